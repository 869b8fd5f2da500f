"""A sensitive kind named as not found or not collected triggers no conditional item (u59u; eval/profiles59p
yanzhidao-zh 126 「未扫到手机号、身份证号、家庭地址、详细单位全称」, not blind: fixed from the set's dev part).

cn-pipl/sensitive-necessity and cn-gbt35273/sensitive-marked applied (reported missing) from a developer's note that no
ID number was found; a denial (未/没有/并未 + 扫到/查到/发现/收集) in the unit is now no trigger, while a collection
sentence still is.
"""

from __future__ import annotations

import pytest

from profile_helpers import profile_status

_ITEMS = ("cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked")


@pytest.mark.parametrize("item", _ITEMS)
@pytest.mark.parametrize(
    "text",
    [
        "二、我们收集的信息\n\n当前特征：\n\n1. 展示名以匿名形式出现\n2. 未扫到手机号、身份证号、家庭地址、详细单位全称",
        "二、收集的信息\n\n经检查，本应用没有查到身份证号、银行卡号等信息的读取。",
        "二、收集的信息\n\n我们不会收集您的身份证号。",
        "二、收集的信息\n\n本应用从未收集您的身份证号码或人脸信息。",
        "二、收集的信息\n\n本轮自查未发现对身份证号、精确位置的调用。",
    ],
)
def test_a_denied_sensitive_kind_is_no_trigger(text: str, item: str) -> None:
    assert profile_status(text, item) == "not-applicable"


@pytest.mark.parametrize("item", _ITEMS)
@pytest.mark.parametrize(
    "text",
    [
        "二、收集的信息\n\n我们会收集您的身份证号，用于实名认证。",
        "二、收集的信息\n\n为完成实名认证，我们将收集您的身份证号码和人脸信息。",
    ],
)
def test_a_collected_sensitive_kind_still_triggers(text: str, item: str) -> None:
    assert profile_status(text, item) != "not-applicable"
