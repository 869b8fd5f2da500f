"""Forty-seventh session (u47e): compare's classes from eval/editions46 and eval/editions47.

- A locale in a file name (`facts.without_file_locale`): a code with a subtag (zh-Hant, pt_BR) or one that is no
  English word (ja, fr, en) is a locale anywhere; a code that is a word too (it, id, no, hi, he, uk…) only after the
  name of a policy page (privacy-policy-it.html, privacy.id.html: real links in eval/ and corpora/), never as a page's
  whole name (…/faq/no.html, …/help/it.html) nor after another word (…/say-hi.html).
- A word of prose run into an e-mail link by the markup ("…privacy information</span><a>stark…@…", read as
  informationstark…@…) is the address the document writes plainly, not one of its own (`facts.glued_word`:
  eval/editions47 changscan).
- Apple's own apps are named in Chinese by Chinese editions (Photos = 照片: `sentences.NAME_TRANSLATIONS`,
  eval/editions47 screenclips).
- iCloud, iPhone and iPad are kept in Latin letters by every Chinese edition in eval/ and corpora/ but one that
  dropped the iCloud storage (`sentences.KEPT_IN_LATIN`): an English sentence naming iCloud that the Chinese edition
  never names is a sentence it lacks, whatever its length says (eval/editions46 handy HA1).
"""

from __future__ import annotations

from pathlib import Path

from helpers import compare_product, sure_facts, write_files
from policylens.compare import facts


def test_a_word_that_is_a_language_code_is_no_locale_in_a_file_name() -> None:
    key = facts.edition_url_key
    # two pages, not one page in two languages
    assert key("https://a.example/help/it.html") != key("https://a.example/help/id.html")
    assert key("https://a.example/faq/no.html") != key("https://a.example/faq/yes.html")
    assert key("https://a.example/blog/say-hi.html") != key("https://a.example/blog/say.html")
    assert key("https://a.example/uk.html") != key("https://a.example/us.html")


def test_a_locale_in_a_file_name_is_still_folded() -> None:
    key = facts.edition_url_key
    # after a policy page's name, a word code is its locale (real links: izipay.me, sarcopods.github.io)
    assert key("https://izipay.me/privacy-policy-it.html") == key("https://izipay.me/privacy-policy-en.html")
    assert key("https://sarcopods.github.io/work-legal/privacy.id.html") == key("https://sarcopods.github.io/work-legal/privacy.hi.html")
    # a code that is no word, or one with a subtag, anywhere
    assert key("https://getpeachfit.github.io/account-deletion/en.html") == key("https://getpeachfit.github.io/account-deletion/ja.html")
    assert key("https://a.example/guide/zh-hant.html") == key("https://a.example/guide/en.html")
    assert key("https://a.example/help_zh-TW.html") == key("https://a.example/help_en.html")


# -- a word of prose run into an e-mail link (`facts.glued_word`) ------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions47" / "editions"
HANDY = Path(__file__).resolve().parents[1] / "eval" / "editions46" / "editions" / "handy"


def test_a_word_run_into_an_address_it_writes_is_that_address() -> None:
    words = {"privacy", "information", "contact", "us"}
    emails = ["stark.888889@gmail.com", "informationstark.888889@gmail.com"]
    assert facts.glued_word("informationstark.888889@gmail.com", emails, words)
    # two people, or a word the document never writes on its own: kept
    assert not facts.glued_word("jsmith@example.com", ["smith@example.com"], {"j", "smith"})
    assert not facts.glued_word("marysmith@example.com", ["smith@example.com"], {"smith"})
    assert not facts.glued_word("helpdesk@example.com", ["desk@example.com"], {"privacy"})


def test_a_footer_word_glued_to_the_mail_link_is_no_email_of_its_own(tmp_path: Path) -> None:
    # eval/editions47 changscan: <span>Official help and privacy information</span><a href="mailto:…">stark…</a>
    assert sure_facts(compare_product(ROOT / "changscan")) == []
    en = (ROOT / "changscan" / "en.2026-10-07.html").read_text(encoding="utf-8")
    zh = (ROOT / "changscan" / "zh-Hant.2026-10-07.html").read_text(encoding="utf-8")
    folder = tmp_path / "changscan"
    # an address of its own in one edition only is still reported
    write_files(
        folder, {"en.2026-10-07.html": en.replace("contact us at <a", "contact us at other@gmail.com or <a"), "zh-Hant.2026-10-07.html": zh}
    )
    assert any(kind == "fact" and "other@gmail.com" in str(what) for kind, what in sure_facts(compare_product(folder)))


# -- Apple's own apps, named in Chinese (`sentences.NAME_TRANSLATIONS`) ------------------------------------------------


def test_an_apple_app_the_chinese_edition_names_in_chinese_is_no_name_it_lacks(tmp_path: Path) -> None:
    # eval/editions47 screenclips: "system file pickers, Photos, Face ID" = 「系统文件选择器、照片、Face ID」
    assert sure_facts(compare_product(ROOT / "screenclips")) == []
    folder = tmp_path / "screenclips"
    en = (ROOT / "screenclips" / "en.2026-06-16.html").read_text(encoding="utf-8")
    zh = (ROOT / "screenclips" / "zh-Hans.2026-06-16.html").read_text(encoding="utf-8")
    assert "系统文件选择器、照片、Face ID" in zh
    # the Chinese list without Photos: the English item more is still reported
    write_files(
        folder,
        {"en.2026-06-16.html": en, "zh-Hans.2026-06-16.html": zh.replace("系统文件选择器、照片、Face ID", "系统文件选择器、Face ID")},
    )
    assert [what for kind, what in sure_facts(compare_product(folder)) if kind == "sentence-only"] == [
        "Apple, for App Store, StoreKit, payments, system file pickers, Photos, Face ID, and sharing."
    ]


# -- iCloud, which a Chinese edition always keeps in Latin letters (`sentences.KEPT_IN_LATIN`) -------------------------


def test_icloud_only_in_the_english_edition_is_reported() -> None:
    # eval/editions46 handy HA1: the English stores on iCloud servers; the rewritten Chinese editions never name iCloud
    found = [what for kind, what in sure_facts(compare_product(HANDY)) if kind == "sentence-only"]
    # (since u48e also HA3, "Disclose to third parties with your prior consent;": tests/test_u48e_compare.py)
    assert len(found) == 2 and "stored on iCloud servers" in str(found[0]) and "prior consent" in str(found[1])


def test_a_name_the_chinese_edition_translates_stays_unread(tmp_path: Path) -> None:
    # the same pages with iOS instead of iCloud: Chinese editions often write 苹果系统 for iOS, so its absence says nothing
    folder = tmp_path / "handy"
    for f in HANDY.iterdir():
        text = f.read_text(encoding="utf-8")
        write_files(folder, {f.name: text.replace("stored on iCloud servers", "stored on iOS servers")})
    assert [what for kind, what in sure_facts(compare_product(folder)) if kind == "sentence-only" and "iOS" in str(what)] == []


def test_judicial_authorities_are_authorities_and_a_jurisdiction_is_not() -> None:
    from policylens.compare.sentences import concepts

    # "administrative or judicial authorities" = 「行政或司法機構」 (eval/editions46 handy), both sides alike
    assert "law-enforcement" in concepts("根據法律的有關規定，或者行政或司法機構的要求，向第三方或者行政、司法機構披露。")
    assert "law-enforcement" in concepts("at the request of the administrative or judicial authorities")
    # 司法管轄區 is where the user lives (eval/editions46 valbara): no authority
    assert "law-enforcement" not in concepts("作為用戶，您擁有以下權利（視所在司法管轄區適用）：")


def test_indonesian_and_malay_written_with_wen_and_plain_english_are_read_as_such() -> None:
    """eval/blind/editions23 subskanri: 印尼文 and 馬來文 name the languages the English lists (no false `language` fact);
    "in plain English" is clear wording, not a language offered; "available in English" still is."""
    from policylens.language_names import spoken_languages

    assert {"indonesian", "malay"} <= set(spoken_languages("已完整在地化為日文、韓文、印尼文、馬來文。"))
    assert "english" not in spoken_languages("We explain it in plain English.")
    assert "english" in spoken_languages("The App is available in English.")
