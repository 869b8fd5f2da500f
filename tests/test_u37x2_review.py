"""Review of session 37's merged change (u37x2): false findings the new draft forms (`cli/policylens/rules/placeholder_drafts.py`) gave
on ordinary published policy language, each class tested both ways.

- a company's own review process (「新產品在上線前，均需經法務審核」, "All new features must be reviewed by our legal team
  before launch") is no note that this text still awaits a lawyer; the text itself before the step still is;
- states listed in a sentence (「草稿 / 待審核 / 已發布」) are no status label of the text; a label ending its line is;
- a reader asked for their contact (「請寫明聯絡方式及請求內容」) is no section-long instruction to the author;
- a beta's promise for after its launch (「正式版本上线后，我们将通过公告提供客服电话」) is no fact left for the final
  version; 「正式上线前需补上…」 still is;
- a policy draft named as an event of the policy's history (a changelog: 「發布了隱私政策草案並徵求意見」) is no draft title;
- "…, this is a draft that only you can see", "Drafts you save are not for publication" (the reader's own drafts) are no
  status sentence; one opening its sentence (or after "DRAFT —") is;
- "Privacy Policy draft published for public comment" (a changelog) is no draft title.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import parse_path

HEAD = "# 隐私政策\n\n我们收集您的手机号码用于登录。\n\n"  # the line under test is line 5
HEAD_EN = "# Privacy Policy\n\nWe collect your e-mail address to sign you in.\n\n"


@pytest.mark.parametrize(
    "prose",
    [
        "我们的新产品和新功能在上线前，均需经过法务及安全团队的审核，确保符合法律要求。",
        "我們的新服務在正式上線前，須經法務部門審核。",
        "您发布的内容可能处于以下状态：草稿 / 待审核 / 已发布。",
        "如需行使上述权利，请发送邮件给我们。请写明联系方式及请求内容，我们将在十五个工作日内答复。",
        "更新记录：2021年10月，我们发布了隐私政策草案并征求用户意见；2022年1月正式发布。",
        "我們曾於官網公開隱私權政策草案，供使用者提供意見。",
        "我们参照《个人信息保护法（草案）》及《数据安全法》的要求制定本政策。",
        "具体保存期限以届时公布为准。",
        "本应用目前为测试版本，正式版本上线后，我们将通过公告提供客服电话。",
        "正式上線後，我們會在本頁列出服務商清單。",
    ],
)
def test_ordinary_zh_policy_language_does_not_fire(lines_of: Callable[[str], set[int]], prose: str) -> None:
    assert lines_of(HEAD + prose + "\n") == set()


@pytest.mark.parametrize(
    "line",
    [
        "正式上线前须交由律师审核。",
        "本政策正式公開前，仍應由律師審閱。",
        "狀態：未發布 · 待確認",
        "草稿 / 待审核",
        "隐私政策草案",
        "正式版本會補上聯絡方式與資料刪除流程。",
        "正式上线前需补上实际服务商清单。",
        "请定义账户数据、日志的保留期限。",
    ],
)
def test_drafts_of_the_text_still_fire(lines_of: Callable[[str], set[int]], line: str) -> None:
    assert lines_of(HEAD + line + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "All new features must be reviewed by our legal team before launch.",
        "When you save a post without publishing it, this is a draft that only you can see.",
        "Drafts you save are not for publication until you send them.",
        "2023-01-05: Privacy Policy draft published for public comment. 2023-03-01: final version adopted.",
        "We published the Privacy Policy (Draft) on our forum on 1 May 2024 and took your comments into account.",
    ],
)
def test_ordinary_english_policy_language_does_not_fire(lines_of: Callable[[str], set[int]], prose: str) -> None:
    assert lines_of(HEAD_EN + prose + "\n") == set()


@pytest.mark.parametrize(
    "line",
    [
        "This policy must be reviewed by counsel before publication.",
        "Note: this is a draft.",
        "> **This is a draft outline.**",
        "DRAFT — NOT LAWYER APPROVED",
        "NOT FOR PRODUCTION PUBLICATION",
        "# Privacy Policy (Draft)",
    ],
)
def test_english_drafts_of_the_text_still_fire(lines_of: Callable[[str], set[int]], line: str) -> None:
    assert lines_of(HEAD_EN + line + "\n") == {5}


# `load/jsx_locale.py`: a language switch reads both editions only when they are editions: branches of code (a web
# address, a path, class names) stay unread as before, and a switch inside a sentence keeps one branch (both read put a
# paragraph break in the sentence: 「…保存 3年」 / 「years，到期后删除。」)
SWITCH_PAGE = """export default function Privacy({ lang }: { lang: string }) {
  return (
    <main>
      <h1>隐私政策</h1>
      <p>我们收集您的手机号码用于登录和账号安全保护。</p>
      <p>{lang === 'zh' ? 'https://example.cn/zh/privacy' : 'https://example.cn/en/privacy'}</p>
      <p>{lang === 'zh' ? 'text-red-500 font-bold' : 'text-sm'}</p>
      <p>{lang === 'zh' ? 'api/v1/user_info' : 'api/v2/user_info'}</p>
      <p>我们将保存您的信息 3 {lang === 'zh' ? '年' : 'years'}，到期后删除。</p>
      <p>{lang === 'zh' ? '最后更新：2025年1月1日' : 'Last updated: January 1, 2025'}</p>
    </main>
  );
}
"""


def test_a_switch_reads_editions_not_code_nor_a_split_sentence(tmp_path: Path) -> None:
    path = tmp_path / "Privacy.tsx"
    path.write_text(SWITCH_PAGE, encoding="utf-8")
    texts = [p.text for p in parse_path(path).paragraphs()]
    assert "我们将保存您的信息 3年，到期后删除。" in texts  # one branch inside a sentence, the sentence whole
    assert not any(word in t for t in texts for word in ("text-sm", "font-bold", "user_info", "example.cn", "years"))
    assert "最后更新：2025年1月1日" in texts and "Last updated: January 1, 2025" in texts  # editions: both read
