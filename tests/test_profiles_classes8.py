"""Disclosure profiles, round 8: generic shapes of plainly written Chinese policies (issue #14).

The blind rounds showed covered recall near 57%: classes fixed before were too narrow. Each
class here is written as short texts of our own, on both sides: the sentence that covers the
item, and the near miss that must stay missing (a mention, a title alone, a template slot, a
refusal, a hypothetical). The real documents that showed them are the round-8 dev data in
eval/profiles (u8-*).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

CONTACT = "\n\n如有问题，请发送邮件至 dev@foo.cn。"
IDENTITY = ("cn-pipl/processor", "cn-gbt35273/identity-contact", "tw-pdpa/agency")

# --- the controller defined as 我们 -------------------------------------------------------------


@pytest.mark.parametrize("item", IDENTITY)
@pytest.mark.parametrize(
    "text",
    [
        "张三工作室（以下简称“我们”）深知个人信息对您的重要性。",
        "拾光工作室（“我们”）尊重您的隐私。",
        "本应用由 李四 提供（以下称“我们”）。",
        "Wii U Hacks Guide（“公司”或“我们的”）会保护你的个人隐私。",
        "“习惯打卡”小程序（以下简称“我们”或“本小程序”）非常重视用户隐私。",
        "ReelFlow（以下简称“我们”）是一款本地优先的应用。",
        "本隐私政策适用于 LastSeenWise 移动应用程序（以下简称“我们”）。",
        "雲端書院（下稱「本平台」）重視您的隱私。",
        "**开发者**: Xingyu Chen (陈星宇)",
        "**公司名称**: 鑫源（杭州）信息科技有限公司",
    ],
)
def test_a_name_defined_as_the_collector_names_it(text: str, item: str) -> None:
    found = verdict(text + CONTACT, item)
    assert found.status == "covered" and found.evidence.line == 3


@pytest.mark.parametrize("item", IDENTITY)
@pytest.mark.parametrize(
    "text",
    [
        "养老小程序（以下简称“本平台”）非常重视用户隐私保护。",  # an app described by a common noun
        "本产品（以下简称“我们”）重视您的隐私。",
        "欢迎使用本软件（以下简称“我们”）。",
        "Tetris Runes（以下简称「本應用」）尊重您的隱私權。",  # the alias is the service itself
        "本政策仅适用于本公司（以下简称「我们」）的产品。",  # no name at all
        "Connect-and-Help（“我們”或“我們的”），由[公司名稱]營運。",  # the operator is a slot
        "**开发者**: [待填写]",
        "**开发者**: ",
        "我们（以下简称“我们”）重视隐私。",
    ],
)
def test_an_app_noun_an_alias_of_the_service_or_a_slot_names_nobody(text: str, item: str) -> None:
    assert status(text + CONTACT, item) == "missing"


@pytest.mark.parametrize("item", IDENTITY[:2])
def test_the_name_needs_a_contact_under_pipl_and_gbt(item: str) -> None:
    assert status("张三工作室（以下简称“我们”）深知个人信息对您的重要性。", item) == "missing"


def test_a_company_label_is_cited_before_a_brand_defined_as_we() -> None:
    text = "青禾计划（以下简称“我们”）重视您的隐私。\n\n运营者：杭州某某信息技术有限公司" + CONTACT
    assert verdict(text, "cn-pipl/processor").evidence.line == 5
