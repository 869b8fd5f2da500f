"""An edition told lagging by the names a rewrite brought in also lags each rewritten section whose older version named
what the newest base writes nowhere and the edition still writes (u56e, `compare.named_lag._kept`).

eval/editions54 privateai-lag PL7: the English of 09-01 rewrote "Security and retention" (App Sandbox disabled, 0700 /
0600 permissions) and no longer names the Xcode project's entitlements; the Chinese of 08-29, already told lagging from
SwiftData and PDFKit, still writes 「当前开发构建使用 Xcode 项目中配置的 entitlement 和沙盒设置」.  Without the names' lag
nothing is told from a kept word alone; a word the newest base still writes somewhere is no dropped name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import compare_folder, compare_product

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions54"

EN_OLD = """# Notes Privacy Policy

Effective date: 2026-07-01

## Data stored on the Mac

The app does not store your notes yet.

## File access

The app does not open files yet.

## Security

Builds use the entitlements configured in the Xcode project.
"""

ZH_OLD = """# Notes 隐私政策

生效日期：2026-07-01

## 保存在 Mac 上的数据

本应用尚不会保存你的笔记。

## 文件访问

本应用尚不会打开文件。

## 安全

构建使用 Xcode 项目中配置的 entitlement。
"""

NAMED = (
    "The app stores your notes in a local SwiftData database. Nothing leaves the Mac.",
    "Searchable documents are read with PDFKit. Receipts are kept.",
)


def _lacks(tmp_path: Path, stored: str, files: str, security: str) -> dict[str, dict[str, Any]]:
    en_new = (
        EN_OLD.replace("2026-07-01", "2026-08-01")
        .replace("The app does not store your notes yet.", stored)
        .replace("The app does not open files yet.", files)
        .replace("Builds use the entitlements configured in the Xcode project.", security)
    )
    found = compare_folder(tmp_path / "notes", {"en.2026-07-01.md": EN_OLD, "en.2026-08-01.md": en_new, "zh-Hans.2026-07-01.md": ZH_OLD})
    return {x["section"]["title"]: x for lag in found["lagging"] for x in lag["lacks"] if x.get("section")}


def test_a_section_keeping_what_the_base_dropped_is_told_once_the_names_tell_the_lag(tmp_path: Path) -> None:
    lacks = _lacks(tmp_path, *NAMED, "App Sandbox is disabled; files are set to owner-only permissions.")
    assert set(lacks) == {"Data stored on the Mac", "File access", "Security"}
    security = lacks["Security"]
    assert security["change"] == "rewritten" and security["names"] == []
    assert {k["name"] for k in security["kept"]} == {"entitlements", "Xcode"}
    assert all(k["sentence"] == "构建使用 Xcode 项目中配置的 entitlement。" for k in security["kept"])


def test_a_kept_word_alone_tells_nothing(tmp_path: Path) -> None:
    """No names' lag (the rewrites name nothing the edition lacks): the dropped Xcode is no evidence of its own."""
    assert _lacks(tmp_path, "Notes stay on the Mac.", "Files are opened on request.", "App Sandbox is disabled.") == {}


def test_a_word_the_newest_base_still_writes_is_not_dropped(tmp_path: Path) -> None:
    lacks = _lacks(tmp_path, *NAMED, "Builds are signed in Xcode; entitlements are listed in the project.")
    assert "Security" not in lacks


def test_editions54_privateai_lag_tells_the_security_section() -> None:
    """PL7 (and PL8, the same section): the Chinese still names Xcode and the entitlement the English of 09-01 dropped."""
    (lag,) = compare_product(ROOT / "editions" / "privateai-lag")["lagging"]
    by_title = {x["section"]["title"]: x for x in lag["lacks"] if x.get("section")}
    assert {k["name"] for k in by_title["Security and retention"]["kept"]} == {"entitlements", "Xcode"}
    # PL5: "public-IP lookup" read by its parts (u56e class 2): the IP the Chinese still names (「公网 IP 查询」)
    assert [k["name"] for k in by_title["Network features"]["kept"]] == ["IP"]
    assert {n["name"] for x in lag["lacks"] for n in x.get("names", [])} == {"SwiftData", "PDFKit"}
