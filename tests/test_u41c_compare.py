"""`compare` of a language switcher with scripts and regions, and of list items labelled by a name (u41c, eval/editions41).

Two classes found on the development groups of eval/editions41. A <select> of language names where some carry a
script or a region in brackets ("Chinese (Simplified)", "Chinese (Traditional)", "Portuguese (Brazil)") read as a
sentence naming eight languages: the bracketed words counted as prose, and each name was a sure `language` fact the
other edition (a "KO | EN | JA" link row) lacked, eight false entries on zipsoon-lag.  A script or a region in
brackets after a language's name is now part of the name (`facts._QUALIFIER`).  An English list whose items start with
a name and a colon ("Supabase: Account and credit data storage") gave the name no anchor (a capital at a sentence's
start says nothing), so the sentences of a section pair were misaligned and the Chinese item the English lacks (an
Apple refund review) was not read: a word at a sentence's start followed by a colon or a slash is a name when the
edition never writes it in lower case (`sentences._LABEL_AFTER`).
"""

from __future__ import annotations

from pathlib import Path

from helpers import compare_product, sure_summary, write_files
from policylens.compare.facts import prose_languages
from policylens.compare.sentences import anchors

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions41"


# -- a switcher's names with a script or a region in brackets -----------------------------------------------------


def test_a_switcher_with_scripts_and_regions_names_no_language() -> None:
    for text in (
        "Korean English Japanese Chinese (Simplified) Chinese (Traditional) Spanish French German Portuguese (Brazil)",
        "English Chinese (Traditional) Japanese",
        "中文（繁體） English 日本語",
    ):
        assert prose_languages(text) == {}, text


def test_a_sentence_naming_languages_still_names_them() -> None:
    assert set(prose_languages("Please contact us in English (or Chinese) by e-mail.")) == {"english", "chinese"}
    assert set(prose_languages("This policy is written in English and Chinese (Simplified).")) == {"english", "chinese"}
    assert set(prose_languages("我们提供英语（以及中文）客服，请联系我们")) == {"english", "chinese"}
    # a bracket of more words is a clause of the sentence, not a qualifier of the name
    assert "english" in prose_languages("We answer in English (the language of the contract governs any dispute).")


_EN_ROWS = """# Privacy Policy

KO | EN | JA

## 1. Information We Collect

We collect your email address when you sign in with Google or Apple.

## 2. Contact

For privacy inquiries: help@example.com
"""

_ZH_SELECT = """# 隱私權政策

Korean English Japanese Chinese (Simplified) Chinese (Traditional) Spanish French German Portuguese (Brazil)

## 1. 收集的個人資訊

透過 Google 或 Apple 登入時，我們會取得您的電子郵件位址。

## 2. 聯絡方式

隱私權相關諮詢：help@example.com
"""


def test_a_select_of_languages_against_a_link_row_is_no_fact(tmp_path: Path) -> None:
    product = compare_product(write_files(tmp_path / "app", {"en.md": _EN_ROWS, "zh-Hant.md": _ZH_SELECT}))
    assert [d for d in product["divergences"] if d.get("fact") == "language"] == []


# -- list items labelled by a name ----------------------------------------------------------------------------------


def test_a_label_at_a_sentence_start_is_a_name_the_chinese_edition_keeps() -> None:
    kept = frozenset({"supabase", "google", "apple", "access"})
    assert "latin:supabase" in anchors("Supabase: Account and credit data storage", kept=kept)
    assert {"latin:google", "latin:apple"} <= anchors("Google / Apple: Sign-in authentication", kept=kept)
    # not a word the Chinese edition does not write in Latin letters: a list of rights' labels ("Portability: …")
    assert anchors("Supabase: Account and credit data storage") == frozenset()
    assert anchors("Portability: export your data from the settings.", kept=kept) == frozenset()
    # nor one the edition writes in lower case elsewhere, nor a capital at a start with no colon or slash after it
    assert anchors("Access: view your data in the app.", frozenset({"access"}), kept) == frozenset()
    assert "latin:supabase" not in anchors("Supabase stores account data.", kept=kept)


_EN_LIST = """# Privacy Policy

## 1. Information We Collect

We collect your email address when you sign in, and your credit balance.

## 2. Third-Party Services

The App uses the following external services:

- Google / Apple: Sign-in authentication
- OpenLens AI: Illustration generation (diary text is sent when generating images)
- Supabase: Account and credit data storage

We do not share your personal information with third parties beyond the purposes described above.

## 3. Contact

For privacy inquiries: help@example.com
"""

_ZH_LIST = """# 隐私政策

## 1. 收集的个人信息

登录时我们会收集您的电子邮件地址，以及您的积分余额。

## 2. 第三方提供

本应用使用以下外部服务：

- Google / Apple：登录认证
- OpenLens AI：插画生成（生成图片时会发送日记文本）
- Supabase：账户信息和积分数据的存储
- Apple（退款审核）：当您申请应用内购买退款时，我们会与 Apple 共享您对所购内容的使用和消费信息。

除上述目的外，本应用不会向第三方提供个人信息。

## 3. 联系方式

隐私相关咨询：help@example.com
"""


def test_a_list_item_more_beside_labelled_items_is_reported(tmp_path: Path) -> None:
    product = compare_product(write_files(tmp_path / "app", {"en.md": _EN_LIST, "zh-Hans.md": _ZH_LIST}))
    sure = sure_summary(product)
    assert any(kind == "sentence-only" and "退款" in (what or "") for kind, what in sure), sure
    assert all(kind == "sentence-only" and "退款" in (what or "") for kind, what in sure), sure


def test_the_same_lists_faithful_report_nothing(tmp_path: Path) -> None:
    zh = _ZH_LIST.replace("- Apple（退款审核）：当您申请应用内购买退款时，我们会与 Apple 共享您对所购内容的使用和消费信息。\n", "")
    product = compare_product(write_files(tmp_path / "app", {"en.md": _EN_LIST, "zh-Hans.md": zh}))
    assert sure_summary(product) == []


# -- the set's groups (regression) ----------------------------------------------------------------------------------


def test_editions41_zipsoon_lag_reports_the_refund_item_and_no_switcher() -> None:
    sure = sure_summary(compare_product(ROOT / "editions" / "zipsoon-lag"))
    assert sure and all(kind == "sentence-only" and "退款" in (what or "") for kind, what in sure), sure


def test_editions41_controls_have_no_sure_entry() -> None:
    for group in ("frameglyph", "marginmate"):
        assert sure_summary(compare_product(ROOT / "editions" / group)) == [], group
