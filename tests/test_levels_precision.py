"""Lines a reader would not call headings, in plain text without blank lines, on small files written here.

Two classes found in `eval/dev4h/alicezero-tw-txt` (a `.txt` with 1./1.1 sections and bare list
lines under them), reproduced here on shapes of their own:

* the first item of a list announced by a lead-in closed by a colon (「依功能需求，本服務可能會
  處理：」 / 「指令內容」 / 「按鈕、選單或表單互動資料」) is an item, not a sub-title above its text;
* an opening sentence with a space after its subject (「本隱私權政策說明 愛麗絲（以下稱…）如何
  收集…。」) is not a bare title glued to its text when the document's sections are numbered: the
  document title and list items do not make it a document of bare titles.
"""

from __future__ import annotations

import pytest

from helpers import parse_string

ITEMS = ("指令內容", "按鈕、選單或表單互動資料", "必要的訊息 ID、頻道 ID 或伺服器 ID", "錯誤紀錄與系統日誌")


def titles(text: str) -> list[str]:
    return [s.title or "" for s in parse_string(text).sections if s.title is not None]


def numbered_policy(lead_in: str, items: tuple[str, ...] = ITEMS, *, crlf: bool = False) -> str:
    lines = [
        "# 隱私權政策",
        "最後更新日期：2026/08/27",
        "本隱私權政策說明 愛麗絲（以下稱「本服務」）如何收集、使用、儲存與保護使用者資料。",
        "1. 我們可能收集的資料",
        "本服務可能會依功能需要，收集或處理以下相關資料。",
        "1.1 訊息與互動資料",
        lead_in,
        *items,
        "除非功能明確需要，本服務不會主動長期儲存完整聊天內容。",
        "2. 第三方服務",
        "本服務可能使用第三方基礎設施，例如：",
        "Discord API",
        "雲端主機服務",
        "資料庫服務",
        "這些第三方服務可能依其自身政策處理資料。",
    ]
    return ("\r\n" if crlf else "\n").join(lines) + "\n"


@pytest.mark.parametrize("lead_in", ["依功能需求，本服務可能會處理：", "依功能需求，本服務可能會處理:", "本服務可能處理以下資料："])
def test_the_first_item_of_an_announced_list_is_no_heading(lead_in: str) -> None:
    assert titles(numbered_policy(lead_in)) == ["1. 我們可能收集的資料", "1.1 訊息與互動資料", "2. 第三方服務"]


def test_crlf_and_simplified() -> None:
    items = ("指令内容", "按钮、选单或表单互动数据", "错误记录与系统日志")
    text = numbered_policy("依功能需求，本服务可能会处理：", items, crlf=True)
    assert titles(text) == ["1. 我們可能收集的資料", "1.1 訊息與互動資料", "2. 第三方服務"]


def test_the_opening_sentence_with_a_space_stays_a_paragraph() -> None:
    doc = parse_string(numbered_policy("依功能需求，本服務可能會處理："))
    opening = doc.sections[0].paragraphs
    assert any(p.text.startswith("本隱私權政策說明 愛麗絲") for p in opening)


def test_a_sub_title_after_a_lead_in_is_still_a_heading() -> None:
    """The announced sub-titles each above their sentence stay headings (「請依版本選擇：」 / 「行動 App 內刪除」 / text)."""
    body = "在設定頁面點選刪除帳戶，資料將於三十日內刪除。"
    text = (
        f"隱私權政策\n\n資料收集\n我們只收集提供服務所需的資料，並依法妥善保管。\n\n如何刪除資料\n"
        f"我們提供數種刪除方式，請依版本選擇：\n行動 App 內刪除\n{body}\n網站刪除\n{body}\n\n兒童隱私\n{body}\n"
    )
    assert "行動 App 內刪除" in titles(text)


def test_bare_titles_glued_by_a_space_are_still_cut_in_a_document_of_bare_titles() -> None:
    body = "我們會依法處理您的個人資料，並採取適當的安全措施，請您詳細閱讀。"
    text = f"隱私權政策\n\n資料收集\n{body}\n\n資料用途\n{body}\n\n如何刪除資料 我們提供數種刪除方式，請依您使用的版本選擇：\n{body}\n"
    assert titles(text) == ["資料收集", "資料用途", "如何刪除資料"]


@pytest.mark.parametrize("signature", ["**FlirtScan 開發團隊**", "**某某开发团队**", "某某開發團隊"])
def test_a_team_signature_at_the_end_is_no_heading(signature: str) -> None:
    """A bold or bare 「…開發團隊」 line after a rule at the end signs the policy (like 「…有限公司」)."""
    body = "如果您對本隱私政策有任何疑問，請透過應用程式內回饋聯繫我們。"
    text = (
        f"# 隱私政策\n\n## 1. 資料收集\n\n{body}\n\n## 2. 聯繫我們\n\n{body}\n\n---\n\n{signature}\n\n*本隱私政策最後更新於 2025年12月*\n"
    )
    assert [s.title for s in parse_string(text, ".md").sections if s.title] == ["1. 資料收集", "2. 聯繫我們"]


def test_a_sentence_missing_its_full_stop_is_not_a_heading() -> None:
    """「您也可以点击本链接完成注销」 (corpora/qiushui-game-privacy 2022-08-01 line 312): subject + modal verb is a sentence.

    Questions (「您可以做什麼」, the seed) and clauses made into nouns by 的 (「我们不会收集的信息」) stay titles.
    """
    text = (
        "某某隐私政策\n\n一、信息收集\n\n我们会收集您的手机号码，用于注册账号和登录。\n\n您也可以点击本链接完成注销\n\n"
        "我们会在七个工作日内处理您的请求并回复您。\n\n我们还将在七日内回复\n\n请以邮件联系我们。\n\n二、联系我们\n\n如有任何问题，请联系我们。\n"
    )
    doc = parse_string(text, ".txt")
    assert [s.title for s in doc.sections if s.title] == ["一、信息收集", "二、联系我们"]
    for title in ("您可以做什麼", "我们不会收集的信息", "您可以如何管理您的信息", "您可以管理您的个人信息", "我们会保护未成年人"):
        doc = parse_string(
            f"隐私政策\n\n一、总则\n\n本政策适用于本应用。\n\n{title}\n\n我们会依法处理您的个人信息。\n\n二、联系我们\n\n请联系我们。\n",
            ".txt",
        )
        assert title in [s.title for s in doc.sections], title
