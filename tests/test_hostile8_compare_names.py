"""Hostile input, round 8: `compare` on folders named the way real projects name them.

An edition written as a POSIX or Java locale (`zh_TW`, `en_US`), in capitals with its script
or region (`ZH-HANT`), or a version date written `2024.03.01` or `20240301`, was skipped
with a warning, so a folder of such files compared nothing.  They are now read as the tags
and ISO dates they write: the id is `zh-TW.2024-03-01` whatever the spelling, and two
spellings of one edition and date are the usual "two files claim" error.  Names that are
not locales stay skipped: `FAQ.md`, eight digits that are no date, `v2`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import cli
from policylens.compare.inputs import parse_name

BODY = "隱私政策\n\n一、總則\n\n本政策適用於本公司。\n"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zh_TW.2024-03-01.txt", ("zh-TW", "2024-03-01", "2024-03-01")),
        ("zh_Hant_HK.2024-03-01.md", ("zh-Hant-HK", "2024-03-01", "2024-03-01")),
        ("en_US.md", ("en-US", None, "")),
        ("ZH-HANT.2024-03-05.TXT", ("zh-Hant", "2024-03-05", "2024-03-05")),
        ("ZH_CN.2024-03-05.html", ("zh-CN", "2024-03-05", "2024-03-05")),
        ("zh-Hant.20240301.txt", ("zh-Hant", "2024-03-01", "2024-03-01")),
        ("zh-Hant.2024.03.01.md", ("zh-Hant", "2024-03-01", "2024-03-01")),
        ("zh-Hant.20240301-v2.md", ("zh-Hant", "2024-03-01", "2024-03-01-v2")),
        ("zh-Hant.2021-03-30.txt", ("zh-Hant", "2021-03-30", "2021-03-30")),  # the convention itself
    ],
)
def test_locale_spellings_and_compact_dates_are_read(name: str, expected: tuple[str, str | None, str]) -> None:
    assert parse_name(name) == expected


@pytest.mark.parametrize(
    "name", ["FAQ.md", "TOS.2024-03-01.md", "zh-Hant.12345678.md", "zh-Hant.20241301.md", "zh-Hant.v2.txt", "en.crawl-2017-05.md"]
)
def test_names_that_are_not_editions_stay_skipped(name: str) -> None:
    assert parse_name(name) is None


def test_a_folder_of_locale_named_files_is_compared(tmp_path: Path) -> None:
    product = tmp_path / "app"
    product.mkdir()
    for name in ("zh_TW.20240301.txt", "zh_CN.2024.03.01.txt", "EN_US.2024-03-01.txt"):
        (product / name).write_text(
            BODY if "EN" not in name else "Privacy Policy\n\n1. General\n\nThis policy applies.\n", encoding="utf-8"
        )
    done = cli("compare", str(tmp_path), "--format", "json")
    assert "skipped" not in done.stderr, done.stderr
    (found,) = json.loads(done.stdout)["products"]
    ids = sorted({found["base"], *(e["id"] for e in found["editions"])})
    assert ids == ["en-US.2024-03-01", "zh-CN.2024-03-01", "zh-TW.2024-03-01"]


def test_two_spellings_of_one_edition_and_date_are_one_clear_error(tmp_path: Path) -> None:
    product = tmp_path / "app"
    product.mkdir()
    for name in ("zh-TW.2024-03-01.txt", "zh_TW.20240301.txt", "zh-TW.2023-01-01.txt"):
        (product / name).write_text(BODY, encoding="utf-8")
    done = cli("compare", str(tmp_path), "--format", "json")
    assert done.returncode == 2
    assert "two files claim" in done.stderr and "zh_TW.20240301.txt" in done.stderr


@pytest.mark.parametrize("base", ["zh_TW", "ZH-tw", "zh-TW"])
def test_the_base_may_be_named_as_the_files_are(tmp_path: Path, base: str) -> None:
    product = tmp_path / "app"
    product.mkdir()
    (product / "zh_TW.20240301.txt").write_text(BODY, encoding="utf-8")
    (product / "zh_CN.20240301.txt").write_text(BODY.replace("隱私", "隐私"), encoding="utf-8")
    done = cli("compare", str(tmp_path), "--base", base, "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["products"][0]["base"] == "zh-TW.2024-03-01"
