"""Forty-ninth session (u49w2): `compare`'s false sure entries of eval/editions49c (m49w's blind first run).

- A policy's title line read as a heading in one edition (「Sushi Ben 隱私與資料蒐集政策」 over its date and notice) and as
  the first words of a paragraph in another ("Sushi Ben Privacy & Data Collection Policy Last Updated: …") was a sure
  `section-missing` and a sure `section-count` 15 → 14 (`compare.lead_title`); in a short policy it also shifted every
  pair by one (a sure `section-missing` of 「2. 資料的使用」).  Now the title's section is aligned apart and unsure.
- Two machine translations of one English (zh-Hans, zh-Hant) worded apart were sure `section-content`: one letter that
  lengthens a word the other side writes (以下情況 / 以下情况下, 儲存 / 存档) read as a word of meaning added
  (`evidence._adds_word`); a URL whose path ran into the Chinese line after it (「…/en/privacy如翻譯版本…」 against
  「…/en/privacy如译文…」) read as two URLs (`evidence._unglued_url`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import compare_folder, compare_product, sure_facts
from policylens.compare.evidence import _unglued_url, hard_facts, inserted_meaning

SET = Path(__file__).resolve().parents[1] / "eval" / "editions49c" / "editions"

ZH_MD = """# 隱私政策

Lumen Notes · 首頁 · 服務條款

## Lumen Notes 隱私與資料保護政策

最後更新：2025年3月1日

{notice}

## 1. 我們蒐集的資料

我們僅蒐集您的電子郵件地址，用於登入與帳號復原。

## 2. 資料的使用

我們使用您的電子郵件地址寄送登入連結，不會用於行銷。

## 3. 保存期限

帳號刪除後，我們於 30 天內刪除您的資料。

## 4. 聯絡我們

如有疑問，請寄信至 privacy@lumen.example。
"""
ZH_NOTICE = (
    "提示：本文件可能由英文翻譯而成，譯文可能有不準確之處。如譯文與英文版本不一致，以英文版本為準。\n\n"
    "本政策說明 Lumen Labs（以下簡稱「我們」）如何蒐集、使用及保護您使用 Lumen Notes 時的個人資料。"
)
EN_MD = """# Privacy Policy

Lumen Notes · Home · Terms

{title}

{lead}

## 1. Data We Collect

We only collect your email address, for sign-in and account recovery.

## 2. How We Use Data

We use your email address to send sign-in links and never for marketing.

## 3. Retention

After an account is deleted, we delete your data within 30 days.

## 4. Contact Us

If you have questions, write to privacy@lumen.example.
"""
EN_LEAD = (
    "Last updated: March 1, 2025\n\nNotice: this document may be translated from English, and translations may be"
    " inaccurate. If a translation and the English differ, the English prevails.\n\nThis policy explains how Lumen Labs"
    ' ("we") collects, uses and protects your personal data when you use Lumen Notes.'
)


def _titles(tmp_path: Path, zh: str, en: str) -> dict:
    return compare_folder(tmp_path / "lumen", {"zh-Hant.2025-03-01.md": zh, "en.2025-03-01.md": en})


def test_a_title_heading_in_one_edition_only_is_no_sure_gap(tmp_path: Path) -> None:
    """Must not fire: the title a heading in the Chinese, a plain line in the English, with the same date, notice and
    introduction after it."""
    product = _titles(
        tmp_path, ZH_MD.format(notice=ZH_NOTICE), EN_MD.format(title="Lumen Notes Privacy & Data Protection Policy", lead=EN_LEAD)
    )
    assert sure_facts(product) == []
    gaps = [d for d in product["divergences"] if d["kind"] == "section-missing"]
    assert [d["section"]["title"] for d in gaps] == ["Lumen Notes 隱私與資料保護政策"]  # still told, unsure


def test_a_title_line_run_into_the_date_is_no_sure_gap(tmp_path: Path) -> None:
    """Must not fire: the English's title, date and notice joined in one paragraph (a `<pre>` policy's lines)."""
    joined = "Lumen Notes Privacy & Data Protection Policy " + EN_LEAD.replace("\n\n", " ")
    product = _titles(tmp_path, ZH_MD.format(notice=ZH_NOTICE), EN_MD.format(title=joined, lead=""))
    assert sure_facts(product) == []


def test_a_title_section_whose_body_the_other_lacks_stays_sure(tmp_path: Path) -> None:
    """Fires: the English has the title line and nothing after it before section 1 (the Chinese's date, notice and
    introduction missing)."""
    product = _titles(tmp_path, ZH_MD.format(notice=ZH_NOTICE), EN_MD.format(title="Lumen Notes Privacy & Data Protection Policy", lead=""))
    found = sure_facts(product)
    # (which section the aligner reads as the gap is its own matter: a short outline, paired by places)
    assert any(kind == "section-missing" for kind, _ in found) and ("fact", "section-count 5 -> 4") in found, found


def test_a_lead_naming_another_product_is_no_title(tmp_path: Path) -> None:
    """Fires: the English's line names another product (the title's Latin names are not in it)."""
    product = _titles(tmp_path, ZH_MD.format(notice=ZH_NOTICE), EN_MD.format(title="Orbit Cam Privacy Policy", lead=EN_LEAD))
    assert any(kind == "section-missing" for kind, _ in sure_facts(product)), sure_facts(product)


def test_a_section_heading_is_no_title(tmp_path: Path) -> None:
    """Fires: an unnumbered first heading that names no policy (「資料安全」) and the English lacks."""
    zh = ZH_MD.format(notice=ZH_NOTICE).replace(
        "## Lumen Notes 隱私與資料保護政策", "## 資料安全\n\n我們以加密方式傳輸並儲存您的全部資料，並定期進行安全稽核。"
    )
    product = _titles(tmp_path, zh, EN_MD.format(title="Lumen Notes Privacy & Data Protection Policy", lead=EN_LEAD))
    assert any(kind == "section-missing" for kind, _ in sure_facts(product)), sure_facts(product)


def test_an_english_title_heading_against_a_chinese_line(tmp_path: Path) -> None:
    """Must not fire, the other way round: the English's title a heading, the Chinese's a plain line."""
    zh = ZH_MD.format(notice=ZH_NOTICE).replace("## Lumen Notes 隱私與資料保護政策", "Lumen Notes 隱私與資料保護政策")
    en = EN_MD.format(title="## Lumen Notes Privacy & Data Protection Policy", lead=EN_LEAD)
    assert sure_facts(_titles(tmp_path, zh, en)) == []


# -- two translations of one English worded apart ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("我們可能在以下情況揭露由我們控制的資訊：", "我们可能在以下情况下披露由我们控制的信息："),
        ("遊戲會與平台營運的服務互動，以使用成就與雲端儲存功能。", "游戏会与平台运营的服务进行交互，以使用成就和云存档功能。"),
        ("- 雲端儲存。適用平台負責傳輸、控制及保留雲端儲存資料。", "- 云存档。适用平台负责传输、控制和保留云存档数据。"),
    ],
)
def test_one_letter_lengthening_a_word_is_no_insertion(old: str, new: str) -> None:
    assert not inserted_meaning(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("請父母閱讀本政策。", "請父母及監護人閱讀本政策。"),  # a word added whole
        ("我們會分享您的資料。", "我們不會分享您的資料。"),  # a word of one letter added whole
        ("我們在您使用時收集位置。", "我們在您同意後使用時收集位置。"),  # two letters of a condition added
    ],
)
def test_a_word_added_is_still_an_insertion(old: str, new: str) -> None:
    assert inserted_meaning(old, new)


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://www.sushiben.com/en/privacy如翻譯版本與英文版本之間存在任何不一致", "https://www.sushiben.com/en/privacy"),
        ("www.example.com/privacy如译文与英文版本", "www.example.com/privacy"),
        ("https://例子.中国/privacy", "https://例子.中国/privacy"),  # a host in Chinese letters is kept
        ("https://example.com:8080/a", "https://example.com:8080/a"),
        ("https://example.com/a/b?x=1", "https://example.com/a/b?x=1"),
    ],
)
def test_a_url_run_into_chinese_words(url: str, kept: str) -> None:
    assert _unglued_url(url) == kept


def test_a_url_run_into_two_wordings_is_one_url() -> None:
    a = hard_facts("https://www.sushiben.com/en/privacy如翻譯版本與英文版本之間存在任何不一致、歧義或差異，應以英文版本為準。")
    b = hard_facts("https://www.sushiben.com/en/privacy如译文与英文版本之间存在任何不一致、歧义或差异，应以英文版本为准。")
    assert a == b


def test_a_changed_url_is_still_a_fact() -> None:
    assert hard_facts("請見 https://a.example/privacy 。") != hard_facts("請見 https://b.example/privacy 。")


ZH_PAIR = """# 隱私權政策

## 1. 資訊揭露

{line}

## 2. 聯絡我們

請寄信至 help@example.com。
"""


@pytest.mark.parametrize(
    ("hant", "hans"),
    [
        ("我們可能在以下情況揭露由我們控制的資訊：法律要求時。", "我们可能在以下情况下披露由我们控制的信息：法律要求时。"),
        (
            "網址 https://lumen.example/en/privacy\n如翻譯版本與英文版本不一致，應以英文版本為準。",
            "网址 https://lumen.example/en/privacy\n如译文与英文版本不一致，应以英文版本为准。",
        ),
    ],
)
def test_two_translations_worded_apart_are_not_sure(tmp_path: Path, hant: str, hans: str) -> None:
    files = {"zh-Hant.2025-01-01.md": ZH_PAIR.format(line=hant), "zh-Hans.2025-01-01.md": ZH_PAIR.format(line=hans)}
    assert sure_facts(compare_folder(tmp_path / "p", files)) == []


def test_a_clause_added_between_translations_is_still_sure(tmp_path: Path) -> None:
    files = {
        "zh-Hant.2025-01-01.md": ZH_PAIR.format(line="我們可能在以下情況揭露由我們控制的資訊：法律要求時。"),
        "zh-Hans.2025-01-01.md": ZH_PAIR.format(line="我们可能在以下情况下披露由我们控制的信息：法律要求时，或向广告合作伙伴出售。"),
    }
    assert sure_facts(compare_folder(tmp_path / "p", files)) != []


# -- the real editions (eval/editions49c, m49w's set: run when it is merged) --------------------------------------------


@pytest.mark.skipif(not SET.exists(), reason="eval/editions49c is m49w's set, merged by the lead")
@pytest.mark.parametrize("group", ["sushiben-verbs", "sushiben-lag"])
def test_sushiben_has_no_false_sure_entry(group: str) -> None:
    found = sure_facts(compare_product(SET / group))
    assert not [f for f in found if f[0] in ("section-missing", "section-content")], found
    assert not [f for f in found if f[0] == "fact" and "section-count" in str(f[1])], found
