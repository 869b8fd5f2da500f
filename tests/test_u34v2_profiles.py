"""Profile verdict classes fixed in session 34's second wave (u34v2, issue #14) on eval/profiles34b's dev documents.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own line as a regression case:
- cn-gbt35273/functions and cn-pipl/purposes: a device permission or sensor and the feature it serves in plain words
  (「麦克风权限用于支持 Siri 和通话」 diplay-zh, 「使用前置摄像头在设备内存中完成刷牙动作推理」 brushalarm-zh); a permission
  denied or not used for something, or a server used for something, is none;
- eu-gdpr/purposes: the same in English ("Microphone access supports Siri and calls.", diplay-en); a permission not
  requested or not used is none;
- cn-gbt35273/withdraw-consent and cn-pipl/rights: a permission said to be revocable, object first (「使用情况访问权限也可
  随时撤销」), or a feature whose switching off stops the processing (「…主动启用；关闭后即停止这些查询」); an irrevocable
  grant, or closing the app, is none;
- eu-gdpr/withdraw-consent: the passive ("Usage Access can also be revoked") and "disabling it stops these queries"; a
  permission that cannot be revoked is none.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

ZH = "# 隐私说明\n\n"
EN = "# Privacy and diagnostics\n\n"


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("麦克风权限用于支持 Siri 和通话。", "cn-gbt35273/functions"),  # eval/profiles34b diplay-zh 13
        ("蓝牙/附近设备以及 Wi-Fi/位置权限用于设备发现与传输。", "cn-gbt35273/functions"),
        ("- 使用前置摄像头在设备内存中完成刷牙动作推理；", "cn-gbt35273/functions"),  # brushalarm-zh 9
        ("- 使用前置摄像头在设备内存中完成刷牙动作推理；", "cn-pipl/purposes"),
        ("相机权限用于扫描二维码。", "cn-pipl/purposes"),
    ],
)
def test_a_permission_and_the_feature_it_serves_is_a_function_and_a_purpose(line: str, item: str) -> None:
    found = verdict(ZH + line + "\n", item)
    assert found.status == "covered"
    assert found.evidence.line == 5


@pytest.mark.parametrize(
    "line",
    [
        "您的位置信息不会用于设备发现与传输。",
        "我们的服务器用于传输数据。",
        "本应用不会使用摄像头完成任何识别。",
    ],
)
@pytest.mark.parametrize("item", ["cn-gbt35273/functions", "cn-pipl/purposes"])
def test_a_permission_denied_or_a_server_is_no_function(line: str, item: str) -> None:
    assert status(ZH + line + "\n", item) == "missing"


def test_a_permission_and_its_feature_in_english_is_a_purpose() -> None:
    found = verdict(EN + "Microphone access supports Siri and calls.\n", "eu-gdpr/purposes")  # diplay-en 13
    assert found.status == "covered"
    assert found.evidence.line == 5


def test_a_permission_not_requested_is_no_purpose() -> None:
    text = EN + "We do not request microphone access. Location access is not used for ads.\n"
    assert status(text, "eu-gdpr/purposes") == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "如 [BYD 导航](BYD_NAVIGATION.md)中所述，使用情况访问权限也可随时撤销。",  # diplay-zh 15
        "该权限会暴露应用活动历史。自动模式需要主动启用；关闭后即停止这些查询。",
    ],
)
@pytest.mark.parametrize("item", ["cn-gbt35273/withdraw-consent", "cn-pipl/rights"])
def test_a_revocable_permission_withdraws_consent(line: str, item: str) -> None:
    assert status(ZH + line + "\n", item) == "covered"


@pytest.mark.parametrize("line", ["您授予的权限不可撤销。", "我们会在您关闭应用后停止收集。关闭后停止服务。"])
@pytest.mark.parametrize("item", ["cn-gbt35273/withdraw-consent", "cn-pipl/rights"])
def test_an_irrevocable_grant_or_closing_the_app_withdraws_nothing(line: str, item: str) -> None:
    assert status(ZH + line + "\n", item) == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "Usage Access can also be revoked as described in [BYD navigation](BYD_NAVIGATION.md).",  # diplay-en 15
        "Automatic mode is opt-in; disabling it stops these queries.",
    ],
)
def test_a_revocable_permission_in_english_withdraws_consent(line: str) -> None:
    assert status(EN + line + "\n", "eu-gdpr/withdraw-consent") == "covered"


@pytest.mark.parametrize(
    "line",
    ["This access cannot be revoked. You can turn it off.", "Automatic mode is opt-in, and disabling it stops these queries."],
)
def test_an_irrevocable_permission_withdraws_nothing(line: str) -> None:
    assert status(EN + line + "\n", "eu-gdpr/withdraw-consent") == "missing"
