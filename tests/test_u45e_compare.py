"""`compare` of HTML editions that link to one another, and of a section one Chinese edition replaced (u45e,
eval/editions45).

Two classes found on the development groups of eval/editions45.  Each page of a set of HTML editions carries a language
switcher that links to the other editions and not to itself (「App 支援 · 简体 · 香港 · English」 on the zh-TW page,
「App 支援 · 简体 · 台灣 · English」 on the zh-HK one), so the row differs by design: it made an unsure `section-content`
entry in a faithful set (cooktutor) and a false change inside a true entry (cooktutor-lag's version date)
(`analyse._switcher_change`).  And between two Chinese editions written apart (Hong Kong and Taiwan wording), a removed
section beside an added one was always read as one section translated apart, unsure: the zh-TW's 「從網頁匯入」 (the app
opens a pasted recipe URL) against the zh-HK's 「貼上整理」 (the app never opens a pasted address), which share 8% of
their character pairs in one script, where a section Hong Kong and Taiwan wrote apart shares 80% or more
(`analyse._apart`).
"""

from __future__ import annotations

from pathlib import Path

from compare_helpers import last_section
from helpers import compare_product, write_files
from policylens.compare.analyse import _apart, _switcher_change
from policylens.compare.facts import prose_languages
from policylens.model import Section

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions45" / "editions"


def _entries(product: dict) -> list[tuple[str, str, str | None, float]]:
    out = []
    for d in product["divergences"]:
        where = d.get("section") or d.get("other") or {}
        out.append((d["kind"], d["edition"].split(".")[0], d.get("fact") or where.get("title"), d["confidence"]))
    return out


def _sure(product: dict) -> list[tuple[str, str, str | None]]:
    return [(k, e, w) for k, e, w, c in _entries(product) if c >= 0.5]


# -- a language switcher ---------------------------------------------------------------------------------------------


def test_one_switcher_against_another_is_no_change() -> None:
    change = {"op": "replace", "old_text": "App 支援·简体·香港· English", "new_text": "App 支援·简体·台灣· English"}
    assert _switcher_change(change)
    assert _switcher_change({"op": "replace", "old_text": "简体中文 · 香港 · English", "new_text": "简体中文 · 台灣 · English"})


def test_a_sentence_naming_a_language_is_a_change() -> None:
    assert not _switcher_change(
        {"op": "replace", "old_text": "如需英文版，請寫信至 a@example.com。", "new_text": "如需 English 版本，請來電。"}
    )
    # a switcher on one side only (a line added to a menu is still text of one page)
    assert not _switcher_change({"op": "replace", "old_text": "App 支援·简体·香港· English", "new_text": "版本：2026 年 9 月 18 日。"})
    assert not _switcher_change({"op": "insert", "old_text": None, "new_text": "App 支援·简体·台灣· English"})


def test_a_faithful_set_of_pages_has_no_entry_for_its_switchers() -> None:
    product = compare_product(ROOT / "cooktutor")
    assert _sure(product) == []
    assert not [e for e in _entries(product) if e[2] is None], "the preamble (the switcher) is no entry"


def test_a_date_beside_the_switcher_is_the_only_change() -> None:
    product = compare_product(ROOT / "cooktutor-lag")
    for d in product["divergences"]:
        if d["kind"] == "section-content" and d["section"]["title"] is None:
            assert len(d["changes"]) == 1
            assert d["changes"][0]["old_text"].startswith("版本：2026 年 9 月 11 日")


def test_a_switcher_between_two_pages_written_alike(tmp_path: Path) -> None:
    page = "<html lang='{lang}'><body><p>{menu}</p><h1>隱私政策</h1><h2>聯絡</h2><p>請寫信至 help@example.com。</p></body></html>\n"
    folder = write_files(
        tmp_path / "p",
        {
            "zh-TW.html": page.format(lang="zh-TW", menu="简体中文 · 香港 · English"),
            "zh-HK.html": page.format(lang="zh-HK", menu="简体中文 · 台灣 · English"),
        },
    )
    assert _entries(compare_product(folder)) == []


# -- a section replaced, not translated apart ------------------------------------------------------------------------


def test_a_section_one_edition_replaced_is_sure_between_editions_written_apart() -> None:
    sure = _sure(compare_product(ROOT / "cooktutor-lag"))
    for edition, title in (("zh-HK", "貼上整理"), ("zh-Hans", "粘贴整理")):
        assert ("section-missing", edition, "從網頁匯入") in sure
        assert ("section-extra", edition, title) in sure


def _section(tmp_path: Path, name: str, text: str) -> Section:
    return last_section(tmp_path, name, "# 隱私政策\n\n" + text)[0]


def test_a_section_written_apart_is_not_read_apart(tmp_path: Path) -> None:
    tw = _section(
        tmp_path,
        "tw.md",
        "## 頭像照片\n\n你選的頭像會存在這台裝置。儲存前會去掉照片裡的地理位置。飯有方不會把頭像上傳到開發者伺服器。\n",
    )
    hk = _section(
        tmp_path,
        "hk.md",
        "## 頭像相片\n\n你揀的頭像保存在此裝置。儲存前會去掉相片裏的地理位置。飯有方不會把頭像上載到開發者伺服器。\n",
    )
    assert not _apart(tw, hk)


def test_two_sections_that_say_different_things_are_apart(tmp_path: Path) -> None:
    web = _section(
        tmp_path,
        "web.md",
        "## 從網頁匯入\n\n只有當你主動輸入 HTTPS 食譜網址時，App 才會直接開啟該網頁並在裝置上整理內容。目標網站可能按其政策處理瀏覽紀錄。\n",
    )
    paste = _section(
        tmp_path,
        "paste.md",
        "## 粘贴整理\n\n新菜谱只接受你粘贴的模板文字，并在本机整理成菜名、食材和做法。饭有方不会访问你粘贴的网址，也不会向第三方网站或开发者服务器抓取网页。\n",
    )
    assert _apart(web, paste)
    # a body too short to tell is never read apart
    short = _section(tmp_path, "short.md", "## 聯絡\n\n請寫信給我們。\n")
    assert not _apart(short, paste)


# -- a <select> of languages in their own names ----------------------------------------------------------------------

_MENU = (
    "English العربية Català Čeština Dansk Deutsch Ελληνικά Español Suomi Français עברית हिन्दी Hrvatski Magyar Bahasa "
    "Indonesia Italiano日本語한국어 Melayu Norsk Nederlands Polski Português Română Русский Slovenčina Svenska ไทย Türkçe "
    "Українська Tiếng Việt简体中文繁體中文"
)


def test_a_menu_of_languages_in_their_own_names_names_no_language() -> None:
    """Regression: eval/editions45 mindfulwork-lag (held out): the zh-TW page's <select> made eight false `language`
    facts (English, Deutsch, Français, Italiano, 日本語, ไทย, Tiếng Việt, 简体中文 → None)."""
    assert prose_languages(_MENU) == {}


def test_languages_listed_in_a_sentence_are_still_named() -> None:
    for text in (
        "We answer in English, Chinese, Japanese and Korean",
        "Our support team speaks English Chinese Japanese and Korean",
        "客服支持英语 中文 日语或韩语",
        "我们提供英语、中文、日语和韩语客服",
    ):
        assert set(prose_languages(text)) == {"english", "chinese", "japanese", "korean"}, text
