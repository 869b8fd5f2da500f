"""A name joined by hyphens is read by its words (u56e, `compare.name_forms.parts`, `named_lag`).

WiFi written by a rewrite is the Wi-Fi (or Wi Fi) an edition writes; GitHub-Issues is the name GitHub and a tail, and an
edition writing GitHub has the name; Wi-Fi, e-mail, T-Mobile and X-Ray hold no name with an inner capital (no part of
them is one), so none of them is evidence of a lag; iCloud-Sync still brings in iCloud.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import compare_folder
from policylens.compare import name_forms

EN_OLD = """# Notes Privacy Policy

Effective date: 2026-07-01

## Data stored on the Mac

The app does not store your notes yet.

## File access

The app does not open files yet.
"""

ZH_OLD = """# Notes 隐私政策

生效日期：2026-07-01

## 保存在 Mac 上的数据

本应用尚不会保存你的笔记。

## 文件访问

本应用尚不会打开文件。
"""


def _names(tmp_path: Path, first: str, zh_first: str) -> list[str]:
    """The names of the lag told when the English rewrite names `first` and SwiftData, the Chinese writing `zh_first`."""
    en_new = (
        EN_OLD.replace("2026-07-01", "2026-08-01")
        .replace("The app does not store your notes yet.", f"Notes sync with {first}. Nothing leaves the Mac.")
        .replace("The app does not open files yet.", "Notes are stored with SwiftData. Receipts are kept.")
    )
    zh = ZH_OLD.replace("本应用尚不会保存你的笔记。", f"笔记通过{zh_first}同步。")
    files = {"en.2026-07-01.md": EN_OLD, "en.2026-08-01.md": en_new, "zh-Hans.2026-07-01.md": zh}
    lagging: list[dict[str, Any]] = compare_folder(tmp_path / "notes", files)["lagging"]
    return [n["name"] for lag in lagging for x in lag["lacks"] for n in x.get("names", [])]


@pytest.mark.parametrize(
    ("first", "zh_first"),
    [
        ("WiFi", "Wi-Fi"),
        ("WiFi", "Wi Fi"),
        ("GitHub-Issues", "GitHub"),
        ("T-Mobile", "网络"),
        ("X-Ray", "网络"),
        ("e-mail", "网络"),
        ("Wi-Fi", "网络"),
    ],
)
def test_hyphen_joined_names_tell_no_lag(tmp_path: Path, first: str, zh_first: str) -> None:
    assert _names(tmp_path, first, zh_first) == []


def test_a_part_with_an_inner_capital_is_still_a_name(tmp_path: Path) -> None:
    assert _names(tmp_path, "iCloud-Sync", "网络") == ["iCloud", "SwiftData"]
    assert _names(tmp_path, "GitHub-Issues", "网络") == ["GitHub", "SwiftData"]


def test_parts_and_joined_forms() -> None:
    assert name_forms.parts("GitHub-Issues") == ["GitHub", "Issues"] and name_forms.parts("WiFi") == ["WiFi"]
    text = name_forms.forms("经 wi-fi、wi fi 与 google play store 同步")
    assert {"wifi", "googleplay", "googleplaystore", "playstore"} <= text.joined
    assert "fistore" not in text.joined  # a comma and a Chinese word between: no run
