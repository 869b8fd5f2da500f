"""u59h's profile leftovers, mended in named lines of shared/zh.toml (u60r, issue #14; constructed, not from a set).

- `brand_at_we_u59q`, 'At NAME, we …' translated: an operating system, a store, a platform or a network the service runs
  on (「在 Steam，我们…」, 「在HarmonyOS，我们…」) is no brand that speaks as 我们 (a class list; before, only Android, iOS,
  Windows… and a few browsers were left out), while 「在StackUnity，我们…」 with a contact still names the operator.
- `denied_found_u59u`, a sensitive kind denied as found or collected: the veto holds only where no later clause of the
  sentence collects a sensitive kind (「未发现人脸信息时，我们会收集您的身份证号」 kept no trigger before).
"""

from __future__ import annotations

import pytest

from profile_helpers import profile_status

_MAIL = "\n\n## 联系我们\n\n电子邮件：privacy@xingchen-example.com\n"


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("在StackUnity，我们非常重视保护您的个人数据。" + _MAIL, "covered"),
        ("在 Acme Cloud，我们非常重视保护您的个人数据。" + _MAIL, "covered"),
        ("在 Steam，我们非常重视保护您的个人数据。" + _MAIL, "missing"),
        ("在HarmonyOS，我们会申请必要的权限。" + _MAIL, "missing"),
        ("在 Google Play，我们提供应用下载。" + _MAIL, "missing"),
        ("在 TapTap，我们会展示游戏评分。" + _MAIL, "missing"),
        ("在 PlayStation，我们只收集您的账号昵称。" + _MAIL, "missing"),
        ("在 WeChat，我们只收集您的昵称。" + _MAIL, "missing"),
    ],
)
def test_a_platform_is_no_brand_speaking_as_we(text: str, status: str, item: str) -> None:
    assert profile_status(text, item) == status


_SENSITIVE = ("cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked")


@pytest.mark.parametrize("item", _SENSITIVE)
@pytest.mark.parametrize(
    "text",
    [
        "二、收集的信息\n\n未发现人脸信息时，我们会收集您的身份证号，用于实名认证。",
        "二、收集的信息\n\n我们没有收集您的人脸信息，但会收集您的身份证号码用于实名认证。",
    ],
)
def test_a_denial_then_a_collection_keeps_the_trigger(text: str, item: str) -> None:
    assert profile_status(text, item) != "not-applicable"


@pytest.mark.parametrize("item", _SENSITIVE)
@pytest.mark.parametrize(
    "text",
    [
        "二、收集的信息\n\n未扫到手机号、身份证号、家庭地址、详细单位全称",
        "二、收集的信息\n\n本轮自查未发现对身份证号、精确位置的调用，我们只会收集您的手机号。",
        "二、收集的信息\n\n经检查，本应用没有查到身份证号、银行卡号等信息的读取。",
    ],
)
def test_a_denial_alone_is_still_no_trigger(text: str, item: str) -> None:
    assert profile_status(text, item) == "not-applicable"
