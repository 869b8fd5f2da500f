"""Lagging editions whose newest version predates the newest base version (issue #10 review, defect class 1).

An edition whose newest version is older than the newest base version lags every change the
base made since its contemporaneous base version (the base version of its date, else the
newest one before it); its divergence entries stay those against that version.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from conftest import SEED
from helpers import cli, compare_product, convert_keeping_misreadings, write_files
from test_compare import DROPPED, ENGLISH

RETENTION = "保留政策"  # the section before DROPPED in the seed


def _drop(text: str, title: str, until: str) -> str:
    """The text without the lines from the heading `title` up to the heading line `until`."""
    lines = text.split("\n")
    start = lines.index(title)
    end = lines.index(until, start + 1)
    return "\n".join(lines[:start] + lines[end:])


def _tw2sp(text: str) -> str:
    """A Simplified edition made with OpenCC `tw2sp`, the seed's 登出 kept (OpenCC writes it 注销, deregistering:
    `policylens.diff.variants.OPENCC_MISREADINGS`)."""
    return convert_keeping_misreadings("tw2sp", text)


def _seed() -> str:
    return SEED.read_text(encoding="utf-8")


def _hant_2020() -> str:
    return _drop(_seed(), DROPPED, "您的權利").replace("【20210330】", "【20200601】")


def _lacks(report: dict[str, Any]) -> dict[str, list[tuple[str, str, str]]]:
    return {lag["edition"]: sorted((x["change"], x["section"]["title"], x["since"]) for x in lag["lacks"]) for lag in report["lagging"]}


def test_edition_at_the_previous_base_date_lags_the_newest_step_and_exits_1(tmp_path: Path) -> None:
    """The reviewer's reproduction: zh-Hans of 2020-06-01 only, the base added a section in 2021."""
    hans = _tw2sp(_hant_2020())
    folder = write_files(
        tmp_path / "smartmi", {"zh-Hant.2021-03-30.txt": _seed(), "zh-Hant.2020-06-01.txt": _hant_2020(), "zh-Hans.2020-06-01.txt": hans}
    )
    report = compare_product(folder)
    assert report["lagging"] == [
        {
            "edition": "zh-Hans.2020-06-01",
            "behind": "zh-Hant.2020-06-01",
            "lacks": [{"section": {"title": DROPPED, "line": 138}, "change": "added", "since": "2021-03-30"}],
        }
    ]
    # its divergences stay those against its contemporaneous base version: a plain conversion has none
    assert report["divergences"] == []
    assert cli("compare", str(folder), "--format", "json").returncode == 1


def test_edition_behind_lags_additions_removals_and_rewrites(tmp_path: Path) -> None:
    """All three kinds of change between the contemporaneous base version and the newest one."""
    old = _hant_2020().replace("45 天", "30 天")
    new = _drop(_seed(), RETENTION, DROPPED)  # 2021: DROPPED added, 保留政策 removed, 30 → 45 天
    hans = _tw2sp(old)
    folder = write_files(
        tmp_path / "smartmi", {"zh-Hant.2021-03-30.txt": new, "zh-Hant.2020-06-01.txt": old, "zh-Hans.2020-06-01.md": hans}
    )
    report = compare_product(folder)
    assert _lacks(report) == {
        "zh-Hans.2020-06-01": [
            ("added", DROPPED, "2021-03-30"),
            ("removed", RETENTION, "2021-03-30"),
            ("rewritten", "CCPA 規定的特殊權利", "2021-03-30"),
        ]
    }
    assert report["divergences"] == []


def test_edition_two_base_steps_behind_lags_each_change_dated_by_its_step(tmp_path: Path) -> None:
    v2019 = _drop(_hant_2020(), RETENTION, "您的權利").replace("【20200601】", "【20190101】")
    hans = _tw2sp(v2019)
    folder = write_files(
        tmp_path / "smartmi",
        {
            "zh-Hant.2021-03-30.txt": _seed(),
            "zh-Hant.2020-06-01.txt": _hant_2020(),
            "zh-Hant.2019-01-01.txt": v2019,
            "zh-Hans.2019-01-01.txt": hans,
        },
    )
    report = compare_product(folder)
    assert _lacks(report) == {"zh-Hans.2019-01-01": [("added", RETENTION, "2020-06-01"), ("added", DROPPED, "2021-03-30")]}
    assert report["lagging"][0]["behind"] == "zh-Hant.2019-01-01"


def test_edition_between_two_base_versions_is_compared_with_the_older_one(tmp_path: Path) -> None:
    """zh-Hans of 2020-09-01: contemporaneous with the 2020-06-01 base, not with the 2021 one."""
    hans = _tw2sp(_hant_2020())
    folder = write_files(
        tmp_path / "smartmi", {"zh-Hant.2021-03-30.txt": _seed(), "zh-Hant.2020-06-01.txt": _hant_2020(), "zh-Hans.2020-09-01.txt": hans}
    )
    report = compare_product(folder)
    assert _lacks(report) == {"zh-Hans.2020-09-01": [("added", DROPPED, "2021-03-30")]}
    assert report["divergences"] == []


def test_english_edition_behind_lags_the_added_section(tmp_path: Path) -> None:
    english = _drop(ENGLISH.read_text(encoding="utf-8"), "### Access to Other Features of Your Device", "## Your Rights")
    english = english.replace("March 30, 2021", "June 1, 2020")
    folder = write_files(
        tmp_path / "smartmi", {"zh-Hant.2021-03-30.txt": _seed(), "zh-Hant.2020-06-01.txt": _hant_2020(), "en.2020-06-01.md": english}
    )
    report = compare_product(folder)
    assert _lacks(report) == {"en.2020-06-01": [("added", DROPPED, "2021-03-30")]}
    # against its contemporaneous version the English edition keeps its own divergences only
    found = sorted((d["kind"], d["base"], str((d["section"] or {}).get("title"))) for d in report["divergences"])
    assert found == [("fact", "zh-Hant.2020-06-01", "關於我們"), ("section-missing", "zh-Hant.2020-06-01", "根據監管要求共用")]
    # the lines name the older base version they are against (their line numbers are that version's)
    text = cli("compare", str(folder), "--format", "markdown").stdout
    assert "section missing: 根據監管要求共用 (L103) (against zh-Hant.2020-06-01)" in text


def test_edition_ahead_of_the_base_with_every_change_does_not_lag(tmp_path: Path) -> None:
    hans = _tw2sp(_seed())
    folder = write_files(
        tmp_path / "smartmi", {"zh-Hant.2021-03-30.txt": _seed(), "zh-Hant.2020-06-01.txt": _hant_2020(), "zh-Hans.2022-01-01.txt": hans}
    )
    report = compare_product(folder)
    assert report["lagging"] == []
    assert report["divergences"] == []
    assert report["newer_than_base"] == ["zh-Hans.2022-01-01"]
    assert cli("compare", str(folder), "--format", "json").returncode == 0


def test_edition_ahead_of_the_base_without_its_newest_change_lags(tmp_path: Path) -> None:
    hans = _tw2sp(_hant_2020())
    folder = write_files(
        tmp_path / "smartmi", {"zh-Hant.2021-03-30.txt": _seed(), "zh-Hant.2020-06-01.txt": _hant_2020(), "zh-Hans.2022-01-01.txt": hans}
    )
    assert _lacks(compare_product(folder)) == {"zh-Hans.2022-01-01": [("added", DROPPED, "2021-03-30")]}


def test_reviewer_folder_with_only_an_old_simplified_edition(tmp_path: Path) -> None:
    """The regression case as filed: the edition set's zh-Hant pair plus a zh-Hans of 2020-06-01 only."""
    folder = tmp_path / "smartmi"
    folder.mkdir()
    shutil.copy(SEED, folder / "zh-Hant.2021-03-30.txt")
    (folder / "zh-Hant.2020-06-01.txt").write_text(_hant_2020(), encoding="utf-8")
    (folder / "zh-Hans.2020-06-01.txt").write_text(_tw2sp(_hant_2020()), encoding="utf-8")
    done = cli("compare", str(folder), "--format", "rich")
    assert done.returncode == 1
    assert "zh-Hans.2020-06-01 (at zh-Hant.2020-06-01) lacks: added" in done.stdout.replace("\n", "")
    assert DROPPED in done.stdout
