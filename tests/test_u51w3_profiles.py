"""Fifty-first session, third wave (u51w3): open classes of issue #14's profile sets, both sides of each rule.

- GB/T functions: a bold data label taken for a heading over list items that say what the data is for (「**3. 位置信息**」 then
  「- 用于天气定位和紧急救援」, eval/profiles50c aizhulao-zh 63-64) is the data and its function.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status

P50C = ROOT / "eval" / "profiles50c" / "docs"
_FUNCTIONS = "cn-gbt35273/functions"


# --- GB/T functions: a bold data label over an item that says what it is for ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "# 隐私政策\n\n我们收集以下类型的信息：\n\n**3. 位置信息**\n- 用于天气定位和紧急救援\n- 需您授权后才会获取\n",
        "# 隱私政策\n\n我們收集以下類型的資訊：\n\n**3. 位置資訊**\n- 用於天氣定位和緊急救援\n",
        "# 隐私政策\n\n**手机号码**\n- 用于注册登录和找回密码\n",
        "# 隐私政策\n\n**相机权限**\n- 用来扫描二维码绑定设备\n",
    ],
)
def test_a_data_label_over_what_it_is_for_is_a_function(text: str) -> None:
    assert profile_status(text, _FUNCTIONS) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "# 隐私政策\n\n我们收集以下类型的信息：\n\n**3. 安全**\n- 用于保障服务安全\n",  # no kind of data
        "# 隐私政策\n\n**3. 位置信息**\n- 我们不会收集位置信息，无需用于定位服务\n",  # denied
        "# 隐私政策\n\n**3. 位置信息**\n- 用于改进体验\n",  # no feature named
        "# 隐私政策\n\n**3. 我们的服务**\n- 用于提供服务\n",  # a heading about the service
        "# 隐私政策\n\n**3. 位置信息**\n- 您可以在设置中关闭，关闭后不影响用于其他功能\n",  # the item is no use of the data
    ],
)
def test_other_labels_and_items_are_no_function(text: str) -> None:
    assert profile_status(text, _FUNCTIONS) == "missing"


def test_aizhulao_functions_regression() -> None:
    assert file_verdict(P50C / "aizhulao-zh" / "PrivacyPolicyScreen.tsx", _FUNCTIONS) == ("covered", 64)
