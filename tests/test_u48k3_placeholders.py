"""Issue #11, forty-eighth session, set b (u48k3): the misses and the false finding of eval/blind/round48b's dev part,
each a class with invented texts both ways; the real documents stay as regressions at the end.

- A component whose policy is a short Markdown literal, one heading naming the policy, a note and a paragraph
  (「# 隐私政策（草案）」 then 「> 本内容…」), and its English edition ("# Privacy Policy — Draft"): read as Markdown, not
  blanked with the code (`load.page_literals`).
- The text not approved for publication while a legal or privacy review is due, and no final policy in place, in
  Chinese and English (`placeholder_unapproved`).
- 數據報告 / 數據報表 in a Taiwan text: mainland 數據 in a data report (資料報告), not OpenCC's 數據報 → 資料包 (a datagram)
  taking 報 from 報告 (`regional/cn-tw.tsv`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts, slot_findings, written_slots

_ROOT = Path(__file__).resolve().parent.parent
_ROUND = _ROOT / "eval" / "blind" / "round48b"


_HANS = "# 隐私政策\n\n生效日期：2024年1月1日\n\n我们收集您注册时提供的手机号码，用于登录和找回账号。\n\n{}\n"
_HANT = "# 隱私權政策\n\n生效日期：2024年1月1日\n\n我們收集您註冊時提供的手機號碼，用於登入和找回帳號。\n\n{}\n"
_EN = "# Privacy Policy\n\nEffective date: 1 January 2024\n\nWe collect the phone number you give us to sign you in.\n\n{}\n"

# --- not approved for publication, a review due; no final policy ----------------------------------------------------


@pytest.mark.parametrize(
    ("template", "line"),
    [
        (_HANS, "本内容是配置审阅用的后备文本，尚未获准发布，必须经过隐私与法律专业审核。"),
        (_HANT, "本頁內容尚未獲准發布，須經法務審閱後方可公開。"),
        (_HANS, "本文须经律师审阅，目前尚未获准发布。"),
        (_HANS, "当前没有已定稿的隐私政策。"),
        (_HANT, "目前尚無正式的隱私權政策，請稍候。"),
        (_EN, "It has not been approved for publication and requires professional privacy and legal review."),
        (_EN, "This text is not yet approved for release pending legal review."),
        (_EN, "No final privacy policy is currently published."),
        (_EN, "There is no finalised privacy policy yet."),
    ],
)
def test_unapproved_or_no_final_policy_is_reported(tmp_path: Path, template: str, line: str) -> None:
    slots = written_slots(tmp_path, "privacy.md", template.format(line))
    assert [ln for ln, _ in slots] == [7], slots


@pytest.mark.parametrize(
    ("template", "line"),
    [
        (_HANS, "未获准发布的评论将被删除，您可以在个人中心查看审核状态。"),  # a user's content, no legal review
        (_HANS, "本政策经法务审核后发布，自发布之日起生效。"),  # approved
        (_HANT, "我們沒有正式員工以外的人員可以存取您的資料。"),  # no policy named after 正式
        (_HANS, "本政策没有最终解释权条款。"),  # no final policy: a clause
        (_EN, "Comments that have not been approved for publication are removed by our moderators."),  # no legal review
        (_EN, "We have made no final decision on retention; we keep data for 12 months."),  # no policy named
        (_EN, "This policy was approved for publication after legal review on 1 January 2024."),  # approved
    ],
)
def test_published_text_and_other_approvals_are_not_reported(tmp_path: Path, template: str, line: str) -> None:
    assert written_slots(tmp_path, "privacy.md", template.format(line)) == []


def test_a_note_in_code_is_not_reported(tmp_path: Path) -> None:
    text = _HANS.format("配置示例：\n\n```\n// 当前没有已定稿的隐私政策\n```")
    assert written_slots(tmp_path, "privacy.md", text) == []


# --- a short Markdown literal naming the policy, in a component --------------------------------------------------

_PAGE = """import { siteInfo } from "@/config/site-config";

export default function PrivacyPage({ locale }: { locale: string }) {
  const content = () => {
    if (locale === "en") {
      return `# Privacy Policy — Draft

> This fallback for ${siteInfo.legalName} is provided for configuration review only. It has not been approved for publication and requires professional privacy and legal review.

No final privacy policy is currently published. The responsible reviewer must confirm the applicable jurisdictions, collected data and an approved contact channel before release.`;
    }
    return `# 隐私政策（草案）

> 本内容是 ${siteInfo.legalName} 的配置审阅后备文本，尚未获准发布，必须经过隐私与法律专业审核。

当前没有已定稿的隐私政策。正式发布前，负责人必须确认适用司法辖区、收集的数据、处理目的、保存期限、对外披露、用户权利、安全措施和经批准的联系渠道。`;
  };
  return <Markdown content={content()} />;
}
"""


def test_short_markdown_literal_naming_the_policy_is_read(tmp_path: Path) -> None:
    lines = {ln for ln, _ in written_slots(tmp_path, "page.tsx", _PAGE)}
    assert {8, 10, 14, 16} <= lines, lines


def test_short_markdown_literal_of_filled_text_reports_nothing(tmp_path: Path) -> None:
    page = _PAGE.replace(
        "It has not been approved for publication and requires professional privacy and legal review.",
        "We keep it short.",
    )
    page = page.replace("No final privacy policy is currently published. The responsible reviewer must confirm", "We collect")
    page = page.replace("before release.", "to answer you.")
    page = page.replace("尚未获准发布，必须经过隐私与法律专业审核。", "说明我们如何处理您的个人信息。")
    page = page.replace("当前没有已定稿的隐私政策。正式发布前，负责人必须确认", "我们仅在必要时处理")
    page = page.replace("# 隐私政策（草案）", "# 隐私政策").replace("# Privacy Policy — Draft", "# Privacy Policy")
    assert written_slots(tmp_path, "page.tsx", page) == []


def test_a_literal_naming_no_policy_stays_code(tmp_path: Path) -> None:
    # one heading that names no policy, under the prose threshold: a changelog string, not the page's text
    page = _PAGE.replace("# 隐私政策（草案）", "# 更新日志").replace("# Privacy Policy — Draft", "# Changelog")
    assert written_slots(tmp_path, "page.tsx", page) == []


# --- 數據報告 in a Taiwan text ----------------------------------------------------------------------------------------

_TW = "隱私權政策\n\n本公司依個人資料保護法蒐集您的個人資料。\n\n{}\n"


def test_data_report_suggests_a_data_report_not_a_datagram(tmp_path: Path) -> None:
    found = rule_excerpts(tmp_path, _TW.format("我們可能向企業提供匿名化的整體數據報告與數據報表。"), "regional-vocabulary", "p.txt")
    assert found == ["數據報告", "數據報表"], found


def test_a_datagram_is_still_reported(tmp_path: Path) -> None:
    found = rule_excerpts(tmp_path, _TW.format("本服務以數據報協定傳輸。"), "regional-vocabulary", "p.txt")
    assert found == ["數據報"], found


# --- the real documents -------------------------------------------------------------------------------------------


def test_round48b_cmsfallback_slots_are_found() -> None:
    path = _ROUND / "dev" / "cmsfallback-zh-en-tsx" / "page.tsx"
    lines = {line for line, _, _ in slot_findings(path)}
    assert {61, 63, 74, 76} <= lines, lines


def test_round48b_lucidbook_has_no_datagram() -> None:
    path = _ROUND / "dev" / "lucidbook-tw-js" / "PrivacyPolicy.js"
    text = path.read_text(encoding="utf-8")
    assert "數據報告" in text
    assert slot_findings(path) == []
