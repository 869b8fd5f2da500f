"""A name an edition translates or spells another way is no evidence of a lag (u56e, `compare.name_forms`).

`compare.named_lag` tells a lag across languages from two or more names with an inner capital that a rewrite brought
in and the edition writes nowhere.  An edition that writes them otherwise has them: the initials of a name of
capitalised words (JavaScript / JS), the head with the last word rendered in Chinese (macOS / 「Mac 操作系统」,
SwiftData / 「Swift 数据」), the words joined otherwise (WiFi / Wi-Fi, macOS / Mac OS).  An older base that wrote the
short form (JS) did not bring the long one in.  A name joined by hyphens is read by its words: GitHub-Issues is the
name GitHub (written by the edition: no evidence), Wi-Fi, e-mail, T-Mobile and X-Ray are no inner-capital name at all.
Regression: eval/editions54 privateai-lag still lagging from SwiftData and PDFKit (PL2, PL4, PL6).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import NOTES_EN_OLD as EN_OLD
from helpers import NOTES_ZH_OLD as ZH_OLD
from helpers import compare_folder, compare_product
from policylens.compare import name_forms

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions54"


def _names(tmp_path: Path, first: str, second: str, zh_first: str, zh_second: str, en_old: str = EN_OLD) -> list[str]:
    """The names a lag of the Chinese edition is told from, after the English named `first` and `second` in two
    rewritten sections and the Chinese edition wrote `zh_first` and `zh_second` there."""
    en_new = (
        en_old.replace("2026-07-01", "2026-08-01")
        .replace("The app does not store your notes yet.", f"You can share notes with {first}. Nothing leaves the Mac.")
        .replace("The app does not open files yet.", f"You can open files with {second}. Receipts are kept.")
    )
    zh = ZH_OLD.replace("本应用尚不会保存你的笔记。", f"你可以通过{zh_first}分享笔记。数据不会离开 Mac。").replace(
        "本应用尚不会打开文件。", f"你可以通过{zh_second}打开文件。收据会被保存。"
    )
    files = {"en.2026-07-01.md": en_old, "en.2026-08-01.md": en_new, "zh-Hans.2026-07-01.md": zh}
    lagging: list[dict[str, Any]] = compare_folder(tmp_path / "notes", files)["lagging"]
    return [n["name"] for lag in lagging for x in lag["lacks"] for n in x.get("names", [])]


@pytest.mark.parametrize(
    ("first", "second", "zh_first", "zh_second"),
    [
        ("JavaScript", "TypeScript", "JS", "TS"),  # initials
        ("JavaScript", "macOS", "JS", "Mac 操作系统"),  # the head and the last word in Chinese
        ("macOS", "iPadOS", "Mac 系统", "iPad 操作系统"),
        ("SwiftData", "PDFKit", "Swift 数据", "PDF 工具包"),
        ("WeChat", "macOS", "微信", "Mac OS"),  # a usual Chinese name; the words apart
    ],
    ids=["initials", "head-and-chinese-tail", "os", "data-kit", "wechat-mac-os"],
)
def test_names_the_edition_writes_otherwise_tell_no_lag(tmp_path: Path, first: str, second: str, zh_first: str, zh_second: str) -> None:
    assert _names(tmp_path, first, second, zh_first, zh_second) == []


def test_names_the_edition_does_not_write_still_tell_the_lag(tmp_path: Path) -> None:
    """The control: the same sentences, the Chinese edition writing neither name in any form."""
    assert _names(tmp_path, "JavaScript", "macOS", "网页", "电脑") == ["JavaScript", "macOS"]
    assert _names(tmp_path, "SwiftData", "PDFKit", "Swift", "PDF 文件") == ["SwiftData", "PDFKit"]


def test_a_short_form_the_older_base_wrote_is_not_brought_in(tmp_path: Path) -> None:
    """The older English wrote JS: JavaScript is the same name spelled out, not one the rewrite brought in."""
    en_old = EN_OLD.replace("Use the public support channel.", "Use the public support channel. The site uses JS.")
    assert _names(tmp_path, "JavaScript", "SwiftData", "网页", "电脑", en_old) == []


def test_written_forms() -> None:
    text = name_forms.forms("支持 js 与 mac 操作系统；数据经 wi-fi 同步，github issues 反馈；swift 数据库")
    assert [
        n for n in ("JavaScript", "macOS", "WiFi", "GitHubIssues", "SwiftData", "TypeScript", "iPadOS") if name_forms.written(n, text)
    ] == [
        "JavaScript",
        "macOS",
        "WiFi",
        "GitHubIssues",
        "SwiftData",
    ]
    assert name_forms.camel("iPadOS") == ["i", "Pad", "OS"] and name_forms.camel("PDFKit") == ["PDF", "Kit"]


def test_editions54_privateai_lag_is_still_told() -> None:
    product = compare_product(ROOT / "editions" / "privateai-lag")
    names = {n["name"] for lag in product["lagging"] for x in lag["lacks"] for n in x.get("names", [])}
    assert names == {"SwiftData", "PDFKit"}
