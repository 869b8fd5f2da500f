"""`compare` on the classes the edition sets `eval/editions35` (its known misses) and `eval/editions36` showed (u36c).

- A lagging edition names the sections it lacks, and now the values the base brought in with them that the edition
  writes nowhere (`compare/unwritten.py`): eval/editions35 melody's Chinese edition lagged one added section, while the
  English rewrite also brought in Huawei Ads Kit, Huawei's privacy URL and the developer's name (M1, M3, M4); a value
  the edition already writes is not listed.
- "portability" in the sense of software that runs elsewhere ("A small portability environment is passed implicitly",
  a portable build) is no data portability: it made a sure `sentence-only` entry against 「跨平台环境」 (editions36
  reprobrief).  The right to data portability is still read.
- A Markdown link's relative target (`privacy.md`, `./cors.md`) is a file of the site, which each edition names its own
  way: it was read as a Latin name and made a sentence of one edition "lack privacy.md" (editions36 reprobrief).  An
  absolute URL stays an anchor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.helpers import compare_folder as _product

from policylens.compare import CompareOptions, compare_products, discover_products
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
        == "zh-Hans.2025-03-29 (at en.2025-03-29) lacks: huawei, valiullin (in the base since en.2025-03-29, written nowhere in it)"
    )
    assert len(lagging_lines({"lagging": [{k: v for k, v in lag.items() if k != "unwritten"}]})) == 1


def test_editions35_melody_lag_names_huawei_ads_its_url_and_the_developer() -> None:
    """Regression (eval/editions35 melody, held out there and read after its run: not blind): M1, M3, M4."""
    (product,) = compare_products(discover_products([str(ROOT / "editions35" / "heldout" / "melody")]), CompareOptions())
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
    (product,) = compare_products(discover_products([str(ROOT / "editions36" / "editions" / group)]), CompareOptions())
    sure = [d for d in product["divergences"] + product["sentences"] if d["confidence"] >= 0.5]
    assert [d["text"] for d in sure] == (["本译文与 v0.1.0 的英文威胁模型同步。"] if group == "reprobrief" else [])
    assert product["lagging"] == []
