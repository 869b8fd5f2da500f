"""A lag across languages told from the names a rewrite brought in (u55e, `compare.named_lag`).

The English edition rewrote two sections and named things a translation keeps in Latin letters (SwiftData, PDFKit);
the Chinese edition of the older version names them nowhere: a `rewritten` lag, each name cited with its sentence.
One name alone, two names in one sentence, a plain capitalised word (Finder, Apple) or an acronym (OCR) is no such
evidence.  Regression: eval/editions54 privateai-lag (PL2, PL4, PL6), its control privateai (nothing).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import NOTES_EN_OLD as EN_OLD
from helpers import NOTES_ZH_OLD as ZH_OLD
from helpers import compare_folder, compare_product
from policylens.compare.named_lag import inner_capital

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions54"


def _en_new(stored: str, files: str) -> str:
    return (
        EN_OLD.replace("2026-07-01", "2026-08-01")
        .replace("The app does not store your notes yet.", stored)
        .replace("The app does not open files yet.", files)
    )


TWO_NAMES = _en_new(
    "The app stores your notes in a local SwiftData database. Nothing leaves the Mac.",
    "You can pick documents in a file panel. Searchable documents are read with PDFKit.",
)


def _lagging(tmp_path: Path, en_new: str, zh: str = ZH_OLD) -> list[dict[str, Any]]:
    files = {"en.2026-07-01.md": EN_OLD, "en.2026-08-01.md": en_new, "zh-Hans.2026-07-01.md": zh}
    lagging: list[dict[str, Any]] = compare_folder(tmp_path / "notes", files)["lagging"]
    return lagging


def test_two_names_in_sentences_of_their_own_tell_the_lag(tmp_path: Path) -> None:
    (lag,) = _lagging(tmp_path, TWO_NAMES)
    assert lag["edition"] == "zh-Hans.2026-07-01" and lag["behind"] == "en.2026-07-01"
    lacks = {x["section"]["title"]: x for x in lag["lacks"]}
    assert set(lacks) == {"Data stored on the Mac", "File access"}
    assert all(x["change"] == "rewritten" and x["since"] == "2026-08-01" for x in lacks.values())
    (swift,) = lacks["Data stored on the Mac"]["names"]
    assert swift["name"] == "SwiftData" and swift["sentence"] == "The app stores your notes in a local SwiftData database."
    assert [n["name"] for n in lacks["File access"]["names"]] == ["PDFKit"]


def test_one_name_alone_tells_nothing(tmp_path: Path) -> None:
    en = _en_new("The app stores your notes in a local SwiftData database.", "You can pick documents in a file panel.")
    assert _lagging(tmp_path, en) == []


def test_two_names_in_one_sentence_are_one_piece_of_evidence(tmp_path: Path) -> None:
    en = _en_new("The app stores notes with SwiftData and reads PDFs with PDFKit.", "You can pick documents in a file panel.")
    assert _lagging(tmp_path, en) == []


def test_a_name_the_edition_writes_is_no_evidence(tmp_path: Path) -> None:
    """The Chinese edition writes SwiftData (elsewhere, in another section): one name is left, nothing is told."""
    zh = ZH_OLD.replace("请使用公开支持渠道。", "请使用公开支持渠道。开发版本使用 SwiftData 模板代码。")
    assert _lagging(tmp_path, TWO_NAMES, zh) == []


def test_names_the_older_base_already_wrote_are_not_brought_in(tmp_path: Path) -> None:
    old = EN_OLD.replace("Use the public support channel.", "Use the public support channel. Built with SwiftData and PDFKit.")
    new = TWO_NAMES.replace("Use the public support channel.", "Use the public support channel. Built with SwiftData and PDFKit.")
    files = {"en.2026-07-01.md": old, "en.2026-08-01.md": new, "zh-Hans.2026-07-01.md": ZH_OLD}
    assert compare_folder(tmp_path / "notes", files)["lagging"] == []


def test_capitalised_words_and_acronyms_tell_nothing(tmp_path: Path) -> None:
    """Finder, Apple (访达, 苹果) and OCR, PDFs (a Chinese edition writes most acronyms, not all) may be translated."""
    en = _en_new(
        "Apple services may receive your query. Nothing leaves the Mac.",
        "You can drop files from the Finder. Scanned PDFs are not processed with OCR.",
    )
    assert _lagging(tmp_path, en) == []


@pytest.mark.parametrize(
    ("word", "named"),
    [
        ("SwiftData", True),
        ("PDFKit", True),
        ("iCloud", True),
        ("OAuth", True),
        ("GitHub", True),
        ("OCR", False),
        ("PDFs", False),
        ("URLs", False),
        ("Finder", False),
        ("Apple", False),
        ("iOS", False),
        ("Kit", False),
    ],
)
def test_inner_capital(word: str, named: bool) -> None:
    assert inner_capital(word) is named


def test_the_lagging_line_cites_each_names_sentence() -> None:
    from policylens.render.compare import lagging_lines

    item = {"section": {"title": "File access", "line": 23}, "change": "rewritten", "since": "2026-09-01"}
    named = {**item, "names": [{"name": "PDFKit", "sentence": "Searchable PDFs are read with PDFKit;", "line": 25}]}
    (line,) = lagging_lines({"lagging": [{"edition": "zh-Hans.2026-08-29", "behind": "en.2026-08-29", "lacks": [named]}]})
    assert line == (
        "zh-Hans.2026-08-29 (at en.2026-08-29) lacks: rewritten File access (L23) (base since 2026-09-01); "
        "PDFKit written nowhere in it: 「Searchable PDFs are read with PDFKit;」 (line 25)"
    )
    (plain,) = lagging_lines({"lagging": [{"edition": "zh-Hans.2026-08-29", "lacks": [item]}]})
    assert plain.endswith("(base since 2026-09-01)")


def test_editions54_privateai_lag_is_told_from_swiftdata_and_pdfkit() -> None:
    """Regression: PrivateAI's Chinese edition of 2026-08-29 against the English rewrite of 2026-09-01 (PL2, PL4, PL6)."""
    product = compare_product(ROOT / "editions" / "privateai-lag")
    (lag,) = product["lagging"]
    assert lag["edition"] == "zh-Hans.2026-08-29"
    names = {n["name"]: x["section"]["title"] for x in lag["lacks"] for n in x.get("names", [])}
    assert names == {"SwiftData": "Data stored on the Mac", "PDFKit": "File access"}
    assert product["divergences"] == [] and product["sentences"] == []


def test_editions54_privateai_control_reports_no_lag() -> None:
    assert compare_product(ROOT / "editions" / "privateai")["lagging"] == []


@pytest.mark.parametrize(
    ("first", "second", "zh_first", "zh_second"),
    [
        ("LinkedIn", "PayPal", "领英", "贝宝"),
        ("AirDrop", "AirPlay", "隔空投送", "隔空播放"),  # Apple's own Chinese names
        ("JPush", "UnionPay", "极光推送", "银联"),  # a Chinese company's SDK and payment names
        ("NetEase", "WeCom", "网易", "企业微信"),
    ],
)
def test_names_the_edition_writes_in_chinese_tell_no_lag(tmp_path: Path, first: str, second: str, zh_first: str, zh_second: str) -> None:
    """(u55r) names written in Chinese (`sentences.NAME_TRANSLATIONS`): the edition has them."""
    en_new = _en_new(f"You can share notes with {first}. Nothing leaves the Mac.", f"You can open files with {second}. Receipts are kept.")
    zh = ZH_OLD.replace("本应用尚不会保存你的笔记。", f"你可以通过{zh_first}分享笔记。数据不会离开 Mac。").replace(
        "本应用尚不会打开文件。", f"你可以通过{zh_second}打开文件。收据会被保存。"
    )
    assert _lagging(tmp_path, en_new, zh) == []
