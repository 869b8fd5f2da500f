"""Disclosure profiles, twenty-fifth session (u25v, issue #14): classes of a fresh blind set's first run, cn-* profiles.

The set is `eval/blind/profiles22` (eight zh-Hans policies, annotated before any run).  Each class is tested both ways with
invented sentences: what the new clause covers and the near miss it must leave alone (a false "covered" costs more than
a miss).  Two false "covered" known since the twenty-fourth session are here too (an irrevocable licence as withdrawal).
"""

from __future__ import annotations

import pytest

from helpers import profile_status, profile_verdict


def _doc(*paragraphs: str) -> str:
    """A policy of these paragraphs (`profile_verdict` puts a title line and a blank line above: the first is line 3)."""
    return "\n\n".join(paragraphs) + "\n"


# --- rights and deletion: the wish, and a role to contact or a path in the host app ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "如需删除账户或全部打卡记录，请联系贵单位的管理员处理。",
        "如需删除报名记录，可联系志愿服务队工作人员。",
        "如需删除数据，可在微信「我-小程序」中删除本小程序。",
    ],
)
@pytest.mark.parametrize("item", ["cn-pipl/rights", "cn-gbt35273/delete"])
def test_a_wish_to_delete_with_a_role_or_an_app_path_is_the_right(sentence: str, item: str) -> None:
    """Phrasing no pattern had: deletion offered as 「如需删除…，请联系…管理员/工作人员」 or through a quoted path in WeChat, with
    no 您可以 and no e-mail (eval/blind/profiles22/docs/iot-zh/privacy.wxml, eval/blind/profiles22/docs/quiz-zh/privacy.wxml,
    eval/blind/profiles22/docs/petrescue-zh/privacy.wxml)."""
    verdict = profile_verdict(_doc("四、您的权利", sentence), item)
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 5


@pytest.mark.parametrize(
    "sentence",
    [
        "如需删除您在第三方平台留下的数据，请联系该平台的管理员。",  # a third party's administrator
        "如需了解更多信息，请联系管理员。",  # no right at all
        "如需删除数据，请谨慎操作。",  # a wish with no way
    ],
)
@pytest.mark.parametrize("item", ["cn-pipl/rights", "cn-gbt35273/delete"])
def test_a_third_partys_admin_or_a_wish_without_a_way_is_no_right(sentence: str, item: str) -> None:
    """The near misses: deletion at a third party, more information from an administrator, a wish with nothing to do."""
    assert profile_status(_doc("四、其他", sentence), item) == "missing"


# --- a definition of personal information names no category and makes nothing sensitive -----------------------------


DEFINITION = "个人信息是指能够单独或与其他信息结合识别自然人身份的信息，包括但不限于姓名、出生日期、身份证号码、手机号码等。"


def test_a_definitions_examples_are_no_category_and_no_sensitive_data() -> None:
    """A false "covered" and a false "applies": the examples of 「个人信息是指…包括…身份证号码」 under a collection heading were
    read as the kinds of data collected, and the ID number made the sensitive-data items apply
    (eval/blind/profiles22/docs/wuyi-zh/yinsizhengce.html)."""
    text = _doc("一、我们收集的信息", "为了提供服务，我们可能会收集您的个人信息。" + DEFINITION)
    assert profile_status(text, "cn-pipl/categories") == "missing"
    assert profile_status(text, "cn-pipl/sensitive-necessity") == "not-applicable"
    assert profile_status(text, "cn-gbt35273/sensitive-marked") == "not-applicable"


def test_data_really_collected_beside_a_definition_still_counts() -> None:
    """The other side: a sentence that collects the ID number is a category and makes the sensitive items apply."""
    text = _doc("一、我们收集的信息", DEFINITION, "实名认证时，我们会收集您的姓名和身份证号码。")
    verdict = profile_verdict(text, "cn-pipl/categories")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 7
    assert profile_status(text, "cn-pipl/sensitive-necessity") != "not-applicable"


def test_providing_a_service_to_the_person_is_no_data_provided() -> None:
    """A false "covered" behind the definition: 「为您提供服务…处理您的订单」 read 「您提供」 as data the person gives
    (eval/blind/profiles22/docs/wuyi-zh/yinsizhengce.html); 「您提供的手机号码」 still is."""
    assert profile_status(_doc("二、使用", "为您提供服务：我们会使用您的个人信息来处理您的订单。"), "cn-pipl/categories") == "missing"
    assert profile_status(_doc("二、使用", "注册时您提供的手机号码用于登录。"), "cn-pipl/categories") == "covered"


# --- complaint: handling complaints as a use of data is no channel ----------------------------------------------------


def test_complaints_as_a_use_of_logs_are_no_complaint_channel() -> None:
    """A false "covered": 「…日志，用于运营统计、客服投诉处理…」 says what logs are used for, not where to complain
    (eval/blind/profiles22/docs/game-zh/privacy_zh.html)."""
    text = _doc("一、我们收集的信息", "在您使用服务时，我们会收集您的日志信息，用于运营统计、客服投诉处理和反作弊分析。")
    assert profile_status(text, "cn-gbt35273/complaint") == "missing"


def test_a_complaint_route_split_by_a_semicolon_under_contact_us_counts() -> None:
    """The other side of the veto, where it had left a false "missing": under 「如何联系我们」, 「有任何疑问、投诉；…您都可以通过电子
    邮件…与我们联系」 is the complaint route though the ； splits it from its channel (the first run had cited a log's
    「客服投诉处理」 instead; corpora/qiushui-game-privacy/zh-Hans.2022-08-01.md)."""
    text = _doc(
        "十一、如何联系我们", "如对本政策有任何疑问、投诉；或对授权有任何更改；您都可以通过电子邮件 help@example-game.cn 与我们联系。"
    )
    verdict = profile_verdict(text, "cn-gbt35273/complaint")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 5


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("十一、如何联系我们", "我们非常重视您的投诉与建议。"),  # no contact given
        ("一、我们收集的信息", "处理投诉时我们会记录您的邮箱 a@example-game.cn。"),  # not under a contact heading
        (
            "八、如何联系我们",
            "如您对本政策或个人信息处理有任何疑问、意见或投诉，可通过以下方式联系：\n- 负责人邮箱：【privacy@company.com】",
        ),  # a template's slot
    ],
)
def test_complaints_without_a_contact_or_outside_contact_us_are_no_route(heading: str, sentence: str) -> None:
    """The near misses of that clause: a promise with no contact, a collection section that mentions complaints, and a
    template's 【】 slot for the e-mail (eval/dev9/sheeps-md/隐私政策.md, met on the clause's first version)."""
    assert profile_status(_doc(heading, sentence), "cn-gbt35273/complaint") == "missing"


def test_a_complaint_route_still_counts() -> None:
    """The other side: a complaint with its channel."""
    text = _doc("九、联系我们", "如您对个人信息处理有任何投诉，请发送邮件至 privacy@example-shop.cn，我们将在15个工作日内答复。")
    assert profile_status(text, "cn-gbt35273/complaint") == "covered"


# --- retention: clearing the cache ends the storage on the device -----------------------------------------------------


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_clearing_the_cache_ends_local_storage(item: str) -> None:
    """Phrasing no pattern had: the event that ends storage on the device is clearing the mini-program's cache, said as what
    follows (「清除小程序缓存将导致历史记录丢失」; eval/blind/profiles22/docs/quiz-zh/privacy.wxml)."""
    text = _doc("三、数据存储", "您的答题记录仅保存在本地缓存中。清除小程序缓存将导致这些记录丢失。")
    verdict = profile_verdict(text, item)
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 5


@pytest.mark.parametrize(
    "sentence",
    [
        "您可以随时清除小程序缓存，清除后记录将被删除。",  # the person's right to clear it
        "清除浏览器缓存后，cookie 将被删除。",  # cookies in a browser
        "我们采取多种措施防止您的数据丢失。",  # no event at all
    ],
)
def test_a_right_to_clear_or_cookies_cleared_is_no_retention(sentence: str) -> None:
    """The near misses: a right the person exercises, cookies cleared in a browser, a security promise."""
    assert profile_status(_doc("三、其他", sentence), "cn-pipl/retention") == "missing"


# --- withdrawal: an irrevocable licence withdraws nothing (known since the twenty-fourth session) ---------------------


def test_an_irrevocable_licence_is_no_withdrawal_of_consent() -> None:
    """A false "covered": 「您授予我们…不可撤销的授权」 (a licence to use content) was read as consent withdrawn, 可…撤销…授权."""
    text = _doc("五、用户内容", "您授予我们一项全球范围内、免费、不可撤销的授权，以使用您上传的内容。")
    assert profile_status(text, "cn-gbt35273/withdraw-consent") == "missing"


def test_revoking_a_permission_still_withdraws_consent() -> None:
    """The other side: the person may revoke the authorisation in the settings."""
    text = _doc("五、您的权利", "您可以随时在手机设置中撤销相机权限的授权。")
    assert profile_status(text, "cn-gbt35273/withdraw-consent") == "covered"


# --- purposes: a purpose that names nothing is cited last -------------------------------------------------------------


def test_a_generic_better_service_is_cited_after_a_real_purpose() -> None:
    """A wrong line: 「为了向您提供更好的服务，我们可能会收集…」 was cited before the uses that follow it
    (eval/blind/profiles22/docs/wuyi-zh/yinsizhengce.html); alone it still covers."""
    text = _doc("二、使用", "为了向您提供更好的服务，我们可能会收集您的个人信息。", "我们会使用您的手机号码用于发送订单通知。")
    verdict = profile_verdict(text, "cn-pipl/purposes")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 7
    alone = profile_verdict(_doc("二、使用", "为了向您提供更好的服务，我们可能会收集您的个人信息。"), "cn-pipl/purposes")
    assert alone.status == "covered"


# --- collection methods: obtained through the platform's authorisation ------------------------------------------------


def test_data_obtained_through_wechat_authorisation_is_a_collection_method() -> None:
    """Phrasing no pattern had: a mini-program's 「通过微信授权获取您的昵称和头像」 with no login word
    (eval/blind/profiles22/docs/quiz-zh/privacy.wxml)."""
    text = _doc("一、信息收集", "我们仅通过微信授权获取您的昵称和头像，用于生成成绩海报。")
    verdict = profile_verdict(text, "cn-gbt35273/methods")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 5


@pytest.mark.parametrize(
    "sentence",
    [
        "我们会通过微信获取您的授权。",  # the authorisation, no data
        "我们不会通过微信授权获取您的任何信息。",  # denied
    ],
)
def test_an_authorisation_alone_or_denied_is_no_collection_method(sentence: str) -> None:
    """The near misses: the consent itself obtained, and a denial."""
    assert profile_status(_doc("一、其他", sentence), "cn-gbt35273/methods") == "missing"


def test_a_real_purpose_beside_better_service_is_not_demoted() -> None:
    """The near miss of the demotion: 「为了改进我们的产品并为您提供更好的服务，…」 names a purpose (改进产品) and stays the
    first citation (a sharing sentence of eval/blind/profiles21/docs/inad-zh/隐私声明.html opens so; the first version of
    the demotion moved its citation to a weaker line)."""
    text = _doc(
        "二、使用",
        "为了改进我们的产品并为您提供更好的服务，我们会分析您的使用记录。",
        "我们会使用您的手机号码用于发送订单通知。",
    )
    verdict = profile_verdict(text, "cn-pipl/purposes")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 5
