"""Region: a mainland-worded policy in Traditional script written for Hong Kong is read as Hong Kong text.

The class (eval/blind/round21/holdout/unn-hk-md, read after its scoring run): a mainland policy converted to
Traditional characters, governed by Hong Kong law with disputes put to the HKIAC, and none of 私隱, 電郵 or
香港特別行政區.  It was read as a Taiwan text, so Hong Kong usage (數據, 網絡, 軟件) was reported as mainland wording: 94
warnings where a Hong Kong reviewer keeps most of them.  Hong Kong law or the HKIAC now count as the SAR's name does;
Hong Kong's own table still reports the mainland words (個人信息, 移動設備).  A Taiwan text that names Hong Kong law in
passing, with Taiwan wording, stays Taiwan.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_string
from test_precision8 import _findings

_HK_LAW = (
    "# 隱私政策\n\n我們將收集您的移動設備資訊及個人信息，並通過網絡傳輸數據，以改進我們的軟件。\n\n"
    "## 適用法律\n\n本政策受香港法律管轄。因本政策引起的爭議，應提交{forum}仲裁。\n"
)


@pytest.mark.parametrize("forum", ["香港國際仲裁中心", "香港的仲裁機構"])
def test_a_traditional_text_under_hong_kong_law_is_hong_kong_text(forum: str) -> None:
    assert parse_string(_HK_LAW.format(forum=forum), ".md").metadata.region == "hk"


def test_hong_kong_usage_is_not_reported_and_mainland_words_still_are(tmp_path: Path) -> None:
    found = {f.excerpt for f in _findings(tmp_path, _HK_LAW.format(forum="香港國際仲裁中心"), "regional-vocabulary")}
    assert {"數據", "網絡", "軟件"}.isdisjoint(found), found
    assert {"個人信息", "移動設備"} <= found, found


def test_a_taiwan_text_naming_hong_kong_law_in_passing_stays_taiwan() -> None:
    text = (
        "# 隱私權政策\n\n本網站使用者之個資依台灣個資法處理，我們透過網路提供軟體服務，使用者可隨時查詢。\n\n"
        "我們的香港子公司依香港法律處理當地使用者的個資，並透過網路與軟體提供服務。\n"
    )
    assert parse_string(text, ".md").metadata.region == "tw"
