"""Profile classes the lead fixed from the tenth blind profile set (profiles10), after its clean run.

* A section headed by how the app uses a permission, a cookie or an SDK (「二、设备权限使用说明」,
  「Cookie 使用说明」, 「第三方SDK使用说明」) is policy text: it was read as a template's drafting
  instructions (「使用说明」) and its disclosures were skipped (the effect of turning a permission off).
  A template's 「使用说明」 or 「本模板使用说明」 still is skipped.
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.profiles import resolve
from policylens.profiles.coverage import coverage


def _lines(text: str, profiles: list[str]) -> dict[str, int | None]:
    (*results,) = coverage(
        parse_string("# 隐私政策\n\n本软件由张三开发，联系邮箱：zhangsan@example.cn。\n\n" + text, suffix=".md"), resolve(profiles)
    )
    return {v.item.id: (v.evidence.line if v.evidence else None) for r in results for v in r.items}


_EFFECT = "您可以在系统设置中关闭相关权限。关闭后，对应功能可能无法正常使用，但不会影响其他与该权限无关的功能。\n"


@pytest.mark.parametrize("heading", ["二、设备权限使用说明", "Cookie 使用说明", "第三方SDK使用说明", "权限使用说明"])
def test_a_section_on_how_permissions_cookies_or_sdks_are_used_is_read(heading: str) -> None:
    assert _lines(f"## {heading}\n\n{_EFFECT}", ["cn-gbt35273"])["cn-gbt35273/effect-of-not-providing"] == 7


@pytest.mark.parametrize("heading", ["使用说明", "本模板使用说明"])
def test_a_templates_instructions_are_still_skipped(heading: str) -> None:
    assert _lines(f"## {heading}\n\n{_EFFECT}", ["cn-gbt35273"])["cn-gbt35273/effect-of-not-providing"] is None


def test_a_denial_is_cited_only_when_nothing_else_discloses() -> None:
    # profiles10: "We do not use user data for personalized advertising" cited for the purposes over the
    # sentence that gives them; the denial is a last resort (the verdict is the same either way)
    text = "## 我们收集的信息\n\n我们不会收集您的姓名、通讯录或位置信息。\n\n我们会收集您的设备型号和操作系统版本，用于排查崩溃问题。\n"
    found = _lines(text, ["cn-pipl"])
    assert found["cn-pipl/categories"] == 9
    alone = _lines("## 我们收集的信息\n\n我们不会收集您的姓名、通讯录或位置信息。\n", ["cn-pipl"])
    assert alone["cn-pipl/categories"] in (None, 7)  # no other sentence: the verdict is not changed by the preference


@pytest.mark.parametrize(
    ("text", "profile", "item"),
    [
        # review (rv10b): a product feature refused is no refused right, and vetoed the sentence's other disclosures
        ("本应用不提供文件下载服务，我们仅收集您的手机号码用于登录。", "cn-pipl", "cn-pipl/categories"),
        ("The app does not include any tracking feature and uses your location only to show nearby stores.", "eu-gdpr", "eu-gdpr/purposes"),
        # another way after a comma still grants the right
        ("本应用不提供账号注销功能，如需删除数据请发送邮件至privacy@kdsoft.cn。", "cn-pipl", "cn-pipl/rights"),
    ],
)
def test_a_refused_feature_vetoes_nothing_else(text: str, profile: str, item: str) -> None:
    assert _lines(text + "\n", [profile])[item] == 5


@pytest.mark.parametrize(
    ("text", "profile", "item"),
    [
        # the operator providing data to others is no requirement on the user
        ("我们需要提供您的订单信息给物流公司以便完成配送。", "eu-gdpr", "eu-gdpr/requirement"),
        ("我们需要提供您的订单信息给物流公司以便完成配送。", "tw-pdpa", "tw-pdpa/effect-of-not-providing"),
        ("We need to share your order details with our courier to make the delivery.", "eu-gdpr", "eu-gdpr/requirement"),
        # a denial after a purpose label is no purpose
        ("## How we use data\n\n**Advertising:** We never show ads in the app.", "eu-gdpr", "eu-gdpr/purposes"),
    ],
)
def test_look_alikes_of_the_new_classes_stay_missing(text: str, profile: str, item: str) -> None:
    assert _lines(text + "\n", [profile])[item] is None


@pytest.mark.parametrize(
    ("text", "profile", "item"),
    [
        # review rv10c: the operator needing something elsewhere in the sentence does not cancel the user's requirement
        ("您必须提供手机号码才能注册，我们需要验证手机号以保障账号安全。", "tw-pdpa", "tw-pdpa/effect-of-not-providing"),
        ("您必须提供手机号码才能注册，我们需要验证手机号以保障账号安全。", "eu-gdpr", "eu-gdpr/requirement"),
    ],
)
def test_the_users_requirement_survives_the_operators_needs(text: str, profile: str, item: str) -> None:
    assert _lines(text + "\n", [profile])[item] == 5


@pytest.mark.parametrize(
    "text",
    [
        # review rv10c: an unrelated 如需 after the refusal is no other way; 下载 of personal data is a right's word
        "## 您的权利\n\n但本应用不提供在App内删除个人信息的功能，如需了解本政策的更多内容请查看帮助中心。",
        "## 您的权利\n\n本应用不提供在App内下载个人信息的功能。",
    ],
)
def test_a_refused_way_with_no_other_way_covers_no_right(text: str) -> None:
    assert _lines(text + "\n", ["cn-pipl"])["cn-pipl/rights"] is None
