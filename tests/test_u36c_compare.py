"""`compare` on the classes the edition sets `eval/editions35` (its known misses) and `eval/editions36` showed (u36c).

- A lagging edition names the sections it lacks, and now the values the base brought in with them that the edition
  writes nowhere (`compare/unwritten.py`): eval/editions35 melody's Chinese edition lagged one added section, while the
  English rewrite also brought in Huawei Ads Kit, Huawei's privacy URL and the developer's name (M1, M3, M4); a value
  the edition already writes is not listed.
- "portability" in the sense of software that runs elsewhere ("A small portability environment is passed implicitly",
  a portable build) is no data portability: it made a sure `sentence-only` entry against 「跨平台环境」 (editions36
  reprobrief).  The right to data portability is still read.
- A Markdown link's relative target (`privacy.md`, a `./`-relative page) is a file of the site, which each edition names its own
  way: it was read as a Latin name and made a sentence of one edition "lack privacy.md" (editions36 reprobrief).  An
  absolute URL stays an anchor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import compare_folder as _product
from helpers import compare_product
from policylens.compare import sentences as sentlib
from policylens.compare.unwritten import brought_in_unwritten
from policylens.load import load
from policylens.model import Document
from policylens.structure import build_document

ROOT = Path(__file__).resolve().parents[1] / "eval"

EN_V1 = """# Privacy Policy

## 1. Data stored on your device

The app stores your settings on your device only.

## 2. Contact

Email: help@example.org
"""

ADS_SECTION = """
## 3. Advertising

The app shows ads with Huawei Ads Kit. See https://www.huawei.com/en/privacy-policy for how Huawei processes the
advertising ID. The relay ads-relay.example.pro forwards nothing else.
"""

ZH_V1 = """# 隐私政策

## 1. 存储在你设备上的数据

本应用仅在你的设备本地存储设置。

## 2. 联系方式

邮箱：help@example.org
"""


def _lag(tmp_path: Path, zh: str = ZH_V1) -> dict[str, Any]:
    files = {"en.2026-07-01.md": EN_V1, "en.2026-07-02.md": EN_V1 + ADS_SECTION, "zh-Hans.2026-07-01.md": zh}
    (lag,) = _product(tmp_path / "ads", files)["lagging"]
    return lag


def test_a_lag_names_the_values_the_base_brought_in_that_the_edition_writes_nowhere(tmp_path: Path) -> None:
    lag = _lag(tmp_path)
    assert [x["change"] for x in lag["lacks"]] == ["added"]
    assert lag["unwritten"]["since"] == "en.2026-07-01"
    values = lag["unwritten"]["values"]
    assert {"huawei", "kit", "huawei.com/privacy-policy", "ads-relay.example.pro"} <= set(values)


def _doc(folder: Path, name: str, text: str) -> Document:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return build_document(load(str(path)))


def test_a_value_the_lagging_edition_already_writes_is_not_listed(tmp_path: Path) -> None:
    """The Chinese edition names 华为 (Huawei's Chinese name), its URL and the relay: none of them is listed."""

    def parse_text(text: str, name: str) -> Document:
        return _doc(tmp_path, name, text)

    zh = ZH_V1 + "华为的隐私政策：https://www.huawei.com/en/privacy-policy\n\n中转服务：ads-relay.example.pro。\n"
    old, new = parse_text(EN_V1, "en.md"), parse_text(EN_V1 + ADS_SECTION, "en.md")
    assert {"huawei", "huawei.com/privacy-policy", "ads-relay.example.pro"} <= set(
        brought_in_unwritten(old, new, parse_text(ZH_V1, "zh.md"))
    )
    values = brought_in_unwritten(old, new, parse_text(zh, "zh.md"))
    assert not {"huawei", "huawei.com/privacy-policy", "ads-relay.example.pro"} & set(values)
    assert "help@example.org" not in values  # the old version's e-mail was no change
    assert brought_in_unwritten(new, new, parse_text(ZH_V1, "zh.md")) == []  # no change, nothing brought in


def test_no_lag_no_unwritten_values(tmp_path: Path) -> None:
    """An edition that followed the rewrite does not lag, and nothing is listed for it."""
    files = {
        "en.2026-07-01.md": EN_V1,
        "en.2026-07-02.md": EN_V1 + ADS_SECTION,
        "zh-Hans.2026-07-02.md": ZH_V1 + "\n## 3. 广告\n\n本应用通过 Huawei Ads Kit 展示广告。\n",
    }
    assert _product(tmp_path / "ads", files)["lagging"] == []


def test_the_lagging_line_lists_the_unwritten_values() -> None:
    from policylens.render.compare import lagging_lines

    lag = {
        "edition": "zh-Hans.2025-03-29",
        "behind": "en.2025-03-29",
        "lacks": [{"section": {"title": "华为广告处理的数据:", "line": 46}, "change": "added", "since": "2025-04-02"}],
        "unwritten": {"since": "en.2025-03-29", "values": ["huawei", "valiullin"]},
    }
    lines = lagging_lines({"lagging": [lag]})
    assert (
        lines[-1]
        == "zh-Hans.2025-03-29 (at en.2025-03-29) lacks: huawei, valiullin (new in the base after en.2025-03-29, written nowhere in it)"
    )
    assert len(lagging_lines({"lagging": [{k: v for k, v in lag.items() if k != "unwritten"}]})) == 1


def test_editions35_melody_lag_names_huawei_ads_its_url_and_the_developer() -> None:
    """Regression (eval/editions35 melody, held out there and read after its run: not blind): M1, M3, M4."""
    product = compare_product(ROOT / "editions35" / "heldout" / "melody")
    (lag,) = product["lagging"]
    assert {"huawei", "kit", "valiullin", "huawei.com/privacy-policy"} <= set(lag["unwritten"]["values"])
    assert "melody" not in lag["unwritten"]["values"]  # the product's name was in the old version's title


@pytest.mark.parametrize(
    ("text", "portability"),
    [
        ("A small portability environment is passed implicitly;", False),
        ("Download the portable version of the app.", False),
        ("This improves cross-platform portability.", False),
        ("You have the right to data portability.", True),
        ("You may export your data in a portable format.", True),
    ],
)
def test_software_portability_is_no_data_portability(text: str, portability: bool) -> None:
    assert ("portability" in sentlib.concepts(text)) is portability


def test_a_relative_link_target_is_no_latin_name() -> None:
    assert sentlib.anchors("如果解释出现差异，以 [英文原文](privacy.md) 为准。") == frozenset()
    assert "latin:cors.md" not in sentlib.anchors("Remote archive headers: [CORS](./cors.md).")
    kept = sentlib.anchors("见 [说明](https://example.com/privacy) 与 Cloudflare")
    assert {"url:example.com/privacy", "latin:cloudflare"} <= kept


@pytest.mark.parametrize("group", ["d2r", "pixelmeter", "reprobrief", "searchhub"])
def test_editions36_faithful_translations_report_nothing_false(group: str) -> None:
    """Nothing sure but, in reprobrief, its translator's closing note (「本译文与 v0.1.0 的英文威胁模型同步」: R1, borderline)."""
    product = compare_product(ROOT / "editions36" / "editions" / group)
    sure = [d for d in product["divergences"] + product["sentences"] if d["confidence"] >= 0.5]
    assert [d["text"] for d in sure] == (["本译文与 v0.1.0 的英文威胁模型同步。"] if group == "reprobrief" else [])
    assert product["lagging"] == []


FLAT_ZH = """# 隐私说明

本工具默认在本机运行，检测数据保存在本机 SQLite 中，不会主动上传到外部服务。

启用通知时，只发送告警或报告需要的摘要字段，不包含原始日志。

公开页面可以展示已确认的外部攻击源 IP、国家、ASN 和组织，用于公开黑名单。

所有通知令牌和 Cloudflare API 凭据都应保存在本地配置或 systemd 环境文件中，不应提交到仓库。
"""

SECTIONED_EN = """# Privacy

The tool is local-first.

## Defaults

- No log upload.
- SQLite local storage.

## Data Stored

The database stores event summaries, findings and rule state. It does not store large log files.

## Public Blocklist

Confirmed attacker IPs may appear on the public blocklist.

## Secrets

Notification tokens must not be printed in logs.
"""


def _flat(tmp_path: Path, zh: str, en: str) -> list[dict[str, Any]]:
    product = _product(tmp_path / "flat", {"zh-CN.2026-06-25.md": zh, "en.2026-06-25.md": en})
    return [d for d in product["sentences"] if d["confidence"] >= 0.5]


def test_a_flat_chinese_edition_naming_what_the_english_never_writes_is_sure(tmp_path: Path) -> None:
    found = _flat(tmp_path, FLAT_ZH, SECTIONED_EN)
    assert [(d["only_in"], d["lacks"]) for d in found] == [
        ("zh-CN.2026-06-25", ["asn"]),
        ("zh-CN.2026-06-25", ["api", "cloudflare", "systemd"]),
    ]
    assert all(d["other"] is None for d in found)  # the whole English edition was read


def test_names_the_english_edition_writes_are_not_reported(tmp_path: Path) -> None:
    en = SECTIONED_EN.replace("on the public blocklist.", "on the public blocklist with their ASN.").replace(
        "must not be printed in logs.", "and Cloudflare API credentials stay in a systemd environment file."
    )
    assert _flat(tmp_path, FLAT_ZH, en) == []


def test_an_english_edition_without_headings_is_not_read_for_names(tmp_path: Path) -> None:
    """English names (Cloudflare) a Chinese edition may write in Chinese are no evidence: only Chinese sentences are read."""
    flat_en = "# Privacy\n\nCredentials for Cloudflare and Huawei stay in a systemd file.\n\nNothing is uploaded.\n"
    zh = "# 隐私说明\n\n## 默认\n\n不上传日志。\n\n## 存储\n\n数据保存在本机。\n\n## 凭据\n\n凭据保存在本地配置中。\n"
    assert _flat(tmp_path, zh, flat_en) == []


def test_two_editions_in_sections_are_not_read_this_way(tmp_path: Path) -> None:
    """Independent translations in sections are left to the section and fact entries (`flat_against_sections`)."""
    from policylens.compare.flat import flat_against_sections

    zh, en = _doc(tmp_path, "zh.md", FLAT_ZH), _doc(tmp_path, "en.md", SECTIONED_EN)
    assert flat_against_sections(zh, en) and flat_against_sections(en, zh)
    assert not flat_against_sections(en, en)
    assert not flat_against_sections(zh, zh)


def test_editions36_sentinel_names_its_chinese_edition_gives() -> None:
    """Regression (eval/editions36 sentinel, development): S3 (ASN) and S4 (Cloudflare API, systemd, the panel shared secret)."""
    product = compare_product(ROOT / "editions36" / "editions" / "sentinel")
    sure = [d for d in product["sentences"] if d["confidence"] >= 0.5]
    assert [d["lacks"] for d in sure] == [["asn"], ["api", "cloudflare", "shared", "systemd"]]
    assert product["summary"]["sentence-only"] == 2 and product["summary"]["divergences"] == 0


def test_a_new_versions_own_date_is_no_value_brought_in(tmp_path: Path) -> None:
    """「2025年6月3日」 is the version's date: neither the date nor its year (a number) is listed (editions25 timer-lag)."""
    old = _doc(tmp_path, "old.md", EN_V1)
    new = _doc(tmp_path, "new.md", EN_V1.replace("# Privacy Policy\n", "# Privacy Policy\n\nLast updated: June 3, 2025\n"))
    zh = _doc(tmp_path, "zh.md", ZH_V1)
    assert brought_in_unwritten(old, new, zh) == []
    with_year = _doc(tmp_path, "new2.md", EN_V1 + "\nWe keep 2025 records at most.\n")
    assert brought_in_unwritten(old, with_year, zh) == ["number 2025"]


@pytest.mark.parametrize(
    ("text", "concept", "read"),
    [
        # held out in eval/editions36, read after their one run (not blind)
        ("选择“退出应用”才会停止。", "object", False),  # quitting the app (corerobin)
        ("您可以在设置中退出登录。", "object", False),
        ("您可以随时退出个性化推荐。", "object", True),  # opting out stays an objection
        ("您可以拒绝或退出营销推送。", "object", True),
        ("请求发送至该 URL 的来源服务器。", "server", False),  # the URL's origin (lerobot)
        ("數據存儲在我們的伺服器上。", "server", True),
        ("数据存储在我们的服务器上。", "server", True),
    ],
)
def test_quitting_the_app_and_an_origin_server_are_no_concept(text: str, concept: str, read: bool) -> None:
    assert (concept in sentlib.concepts(text)) is read


@pytest.mark.parametrize("group", ["corerobin", "lerobot"])
def test_editions36_held_out_faithful_translations_report_nothing_sure(group: str) -> None:
    """Regression (held out, read after their one run on the branch: not blind)."""
    product = compare_product(ROOT / "editions36" / "heldout" / group)
    assert [d for d in product["divergences"] + product["sentences"] if d["confidence"] >= 0.5] == []
    assert product["lagging"] == []
