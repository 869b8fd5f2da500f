"""False-finding classes of `check` found on unseen published policies (issue #11, eval/precision11).

Thirty published documents were checked at 34c73bb and every finding of the first 23 judged
by hand before any fix (`eval/precision11/judgments.json`).  Both false classes were
`regional-vocabulary`; each is reproduced here on a small file written for it, both ways.

- 統計數據 (statistical figures) in a Taiwan text — the Taiwan generator template of clinic,
  school and government sites writes 「分析結果之統計數據或說明文字呈現」 — was reported as
  mainland wording;
- a Hong Kong page named `policy_zh-HK.inc.jsp`, too short to show 私隱 or 電郵 and writing
  資訊, was read as Taiwan text, and its 數據 (Hong Kong usage) reported.  A file name's
  locale tag (zh-HK, zh_TW, zh-Hant-HK) now sets the region of a Traditional document, as an
  edition tag does in `compare`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from policylens.model import Finding
from policylens.script import named_region


def _findings(tmp_path: Path, text: str, name: str = "policy.md") -> list[str]:
    """The excerpts of the regional-vocabulary findings of `check` (all rules) on `text` written as `name`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    found: list[Finding] = [f for f in report.findings if f.rule == "regional-vocabulary"]
    return [f.excerpt for f in found]


# --- 統計數據 is Taiwan wording ----------------------------------------------------------------

_TEMPLATE = (
    "# 隱私權保護政策\n\n最後更新日期：2024年1月1日\n\n"
    "為提供精確的服務，我們會將收集的問卷調查內容進行統計與分析，分析結果之統計數據或說明文字呈現，"
    "除供內部研究外，我們會視需要公佈統計數據及說明文字，但不涉及特定個人之資料。\n"
)


def test_statistical_figures_are_taiwan_wording(tmp_path: Path) -> None:
    assert _findings(tmp_path, _TEMPLATE) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "我們會收集您的使用數據，以改善網路服務。",  # 數據 for personal data: Taiwan writes 資料
        "本網站會分析數據統計結果以改善網路服務。",  # 數據統計 is not 統計數據
    ],
)
def test_data_outside_statistical_figures_is_still_reported(tmp_path: Path, sentence: str) -> None:
    text = "# 隱私權保護政策\n\n最後更新日期：2024年1月1日\n\n" + sentence + "\n"
    assert _findings(tmp_path, text) == ["數據"]


# --- a file name's locale tag sets the region ----------------------------------------------------

# eval/precision11/dencode-hk-jsp: the whole zh-HK page (資訊 reads as Taiwan, no 私隱 or 電郵).
_HONG_KONG_PAGE = """<h3>流量分析</h3>
<p>本網站使用流量分析服務進行流量分析。</p>
<p>此類流量分析工具使用 Cookie 來收集流量數據。</p>
<p>詳情請查看 Google 如何使用從使用 Google 服務的網站或應用程式中收集的資訊。</p>
<p>最後更新日期：2024年1月1日</p>
"""


@pytest.mark.parametrize("name", ["policy_zh-HK.html", "privacy-zh-hk.html", "terms.zh-Hant-HK.html", "policy_zh_HK.html"])
def test_a_file_named_for_hong_kong_is_checked_as_hong_kong(tmp_path: Path, name: str) -> None:
    assert _findings(tmp_path, _HONG_KONG_PAGE, name) == []


@pytest.mark.parametrize("name", ["policy.html", "policy_zh-HKX.html", "policy_zh-Hans.html", "hk-policy.html"])
def test_without_a_hong_kong_tag_the_text_decides(tmp_path: Path, name: str) -> None:
    assert _findings(tmp_path, _HONG_KONG_PAGE, name) == ["數據"]


def test_a_taiwan_tag_keeps_the_taiwan_table(tmp_path: Path) -> None:
    assert _findings(tmp_path, _HONG_KONG_PAGE, "privacy-policy-zh_TW.html") == ["數據"]


def test_mainland_wording_is_still_reported_in_a_hong_kong_file(tmp_path: Path) -> None:
    text = _HONG_KONG_PAGE.replace("進行流量分析。", "進行流量分析，並以短信通知閣下。")
    assert _findings(tmp_path, text, "policy_zh-HK.html") == ["短信"]


def test_the_configured_region_wins_over_the_name(tmp_path: Path) -> None:
    (tmp_path / "policylens.toml").write_text('region = "tw"\n', encoding="utf-8")
    path = tmp_path / "policy_zh-HK.html"
    path.write_text(_HONG_KONG_PAGE, encoding="utf-8")
    report = check_file(str(path), CheckOptions())
    assert [f.excerpt for f in report.findings if f.rule == "regional-vocabulary"] == ["數據"]


@pytest.mark.parametrize(
    ("name", "script", "region"),
    [
        ("policy_zh-HK.inc.jsp", "hant", "hk"),
        ("privacy-policy-zh-TW.md", "hant", "tw"),
        ("PRIVACY_ZH_HK.MD", "hant", "hk"),
        ("privacy-zh-Hant-TW.md", "hant", "tw"),
        ("policy_zh-HK.inc.jsp", "hans", None),  # a Simplified text: the name does not make it Hong Kong wording
        ("policy_zh-CN.md", "hant", None),
        ("policy_zh-Hant.md", "hant", None),
        ("policy_zh-hkx.md", "hant", None),
        ("xzh-HK.md", "hant", None),
    ],
)
def test_named_region(name: str, script: str, region: str | None) -> None:
    assert named_region(name, script) == region
