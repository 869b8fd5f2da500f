"""A policy's version number is a fact like its date (u55e, `compare.versions`).

「版本：1.3」 against "Version: 1.2" is a sure `fact` entry `version`, as a date mismatch is; only a labelled line of
its own is read ("Version 2.0 of the GPL" and "app version 1.2" are not), one value per document, and only two stated
versions are compared (an edition without a version line is no evidence).  Regression: eval/editions54 timer-lag
(TL1 across languages, not only between the Chinese) and timer-old; the held-out control timer reads nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import compare_folder, compare_product
from policylens.compare import versions
from policylens.load import load
from policylens.structure import build_document

ROOT = Path(__file__).resolve().parents[1] / "eval" / "editions54"

EN = """# Privacy Policy

Last updated: 2026-08-03
{version}

## 1. Data

The app stores your timers on your device only.
"""

ZH = """# 隐私政策

最后更新：2026-08-03
{version}

## 1. 数据

本应用仅在你的设备上保存计时器。
"""


def _facts(tmp_path: Path, en_version: str, zh_version: str) -> list[dict[str, Any]]:
    files = {"en.md": EN.format(version=en_version), "zh-Hans.md": ZH.format(version=zh_version)}
    product = compare_folder(tmp_path / "p", files)
    return [d for d in product["divergences"] if d["kind"] == "fact" and d["fact"] == "version"]


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("Version: 1.2", "版本：1.3"),
        ("**Version**: 1.2", "**版本**：1.3"),
        ("**Version:** 1.2", "版本号： 1.3"),
        ("Policy version 1.2", "政策版本 1.3"),
        ("Version: v1.2 (first release)", "版本：1.3（首次发布）"),
    ],
)
def test_two_stated_versions_that_differ_are_a_sure_fact(tmp_path: Path, en: str, zh: str) -> None:
    (entry,) = _facts(tmp_path, en, zh)
    assert entry["confidence"] == 1.0
    assert {entry["base_value"], entry["value"]} == {"1.2", "1.3"}


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("Version: 1.3", "版本：1.3"),
        ("Version: 1.0", "版本：1.0.0"),  # the same version, written with one more part
        ("Version: 1.2", ""),  # one edition states none: no evidence
        ("", "版本：1.3"),
        ("Version 2.0 of the GPL applies to the source code.", "版本：1.3"),  # another thing's version
        ("This app version 1.2 stores nothing.", "版本：1.3"),  # not a labelled line
        ("Version: 1.2\n\nVersion 1.1 (older)", "版本：1.3"),  # two versions stated: none read
    ],
)
def test_no_version_entry(tmp_path: Path, en: str, zh: str) -> None:
    assert _facts(tmp_path, en, zh) == []


def test_a_version_line_joined_into_a_paragraph_is_read_by_its_source_line(tmp_path: Path) -> None:
    """Markdown joins "Last updated: …", "Version: 1.2" and "Canonical version: …" into one paragraph."""
    path = tmp_path / "en.md"
    path.write_text(
        "# P\n\nLast updated: 2026-08-03\nVersion: 1.2\nCanonical version: [Japanese](ja.md)\n\n## 1. A\n\nText.\n", encoding="utf-8"
    )
    assert versions.document_version(build_document(load(str(path))))[:2] == ("1.2", "1.2")  # type: ignore[index]


@pytest.mark.parametrize(("value", "key"), [("1.0", "1"), ("1.0.0", "1"), ("1.2.0", "1.2"), ("2.10", "2.10"), ("01.3", "1.3")])
def test_key(value: str, key: str) -> None:
    assert versions.key(value) == key


def test_the_fact_matrix_shows_a_version_row_only_with_a_version_entry() -> None:
    from policylens.render.compare import fact_matrix

    product: dict[str, Any] = {"base": "en", "editions": [{"id": "en"}, {"id": "zh"}], "divergences": []}
    product["editions"] = [{"id": "en", "edition": "en"}, {"id": "zh", "edition": "zh"}]
    _, rows = fact_matrix(product)
    assert "version" not in [k for k, _ in rows]
    product["divergences"] = [{"kind": "fact", "fact": "version", "edition": "zh", "confidence": 1.0}]
    _, rows = fact_matrix(product)
    assert dict(rows)["version"] == ["✗ 1"]


def _versions(group: Path) -> set[tuple[str, str, str]]:
    product = compare_product(group)
    return {(d["edition"], d["base_value"], d["value"]) for d in product["divergences"] if d["kind"] == "fact" and d["fact"] == "version"}


def test_editions54_timer_lag_and_timer_old_versions() -> None:
    """TL1: the English and simplified Chinese 1.2 against the traditional Chinese 1.3; timer-old: the English 1.0."""
    assert _versions(ROOT / "editions" / "timer-lag") == {
        ("en.2026-08-03", "1.3", "1.2"),
        ("zh-Hans.2026-08-03", "1.3", "1.2"),
    }
    assert _versions(ROOT / "editions" / "timer-old") == {("en.2026-06-20", "1.3", "1.0")}
    assert _versions(ROOT / "heldout" / "timer") == set()


# (u55r) a version line that is another thing's: an SDK's or an app's in a record of fields, a changelog's entry
_OTHER_VERSIONS = {
    "sdk": "## 2. 第三方SDK\n\nSDK名称：友盟SDK\n版本：9.4.2\n用途：崩溃统计\n",
    "app": "## 2. 产品信息\n\n产品名称：计时器\n版本：2.3.1\n",
    "changelog": "## 2. 更新记录\n\n版本 1.1（2026-05-01）：新增云同步说明。\n",
    "history": "## 2. Version history\n\nVersion: 1.1\n\nAdded iCloud sync.\n",
    "sdk-record": "## 2. 合作伙伴\n\nSDK名称：友盟SDK\n版本：9.4.2\n",
    "entry": "## 2. 说明\n\n版本 1.1（2026-05-01）：新增云同步说明。\n",
}


@pytest.mark.parametrize("kind", sorted(_OTHER_VERSIONS))
def test_another_things_version_is_no_policy_version(tmp_path: Path, kind: str) -> None:
    """An SDK's 「版本：9.4.2」 under its name, an app's under 「产品名称：」, a changelog's entry: not the policy's version,
    so no sure entry against the English "Version: 1.2"."""
    files = {"en.md": EN.format(version="Version: 1.2"), "zh-Hans.md": ZH.format(version="") + "\n" + _OTHER_VERSIONS[kind]}
    product = compare_folder(tmp_path / "p", files)
    assert [d for d in product["divergences"] if d["kind"] == "fact" and d["fact"] == "version"] == []


def test_a_version_in_a_table_cell_is_no_policy_version(tmp_path: Path) -> None:
    """(u55r) an SDK table's cell 「版本：9.4.2」 (a table row is no line of the policy's own): no entry against "Version: 1.2"."""
    zh = (
        "<html><body><h1>隐私政策</h1><p>最后更新：2026-08-03</p><h2>1. 数据</h2><p>本应用仅在你的设备上保存计时器。</p>"
        "<h2>2. 合作方</h2><table><tr><td>友盟</td><td>版本：9.4.2</td><td>崩溃统计</td></tr></table></body></html>\n"
    )
    product = compare_folder(tmp_path / "p", {"en.md": EN.format(version="Version: 1.2"), "zh-Hans.html": zh})
    assert [d for d in product["divergences"] if d["kind"] == "fact" and d["fact"] == "version"] == []
