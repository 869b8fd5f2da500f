"""Disclosure profiles, tenth session: the classes left after the last blind round (issue #14, w14).

Each class is tested on both sides: the sentence that discloses the item (cited at its own
line), and the look-alikes that must stay missing (a mention, a subset of the data, a duty,
a refusal).  Texts are short excerpts of real policies where we have one (the file is named
beside it) and our own sentences for the near misses.  Classes:

(a) purposes written as bold group labels (「**Analytics:** we use …」) under a heading about use;
(b) the controller stated as "published by ORG" / "X is developed by NAME" / 「本 App 由…有限公司开发」;
(c) the data never leaves the device: no recipients (covered) vs. local storage of some data (silence);
(d) data that must be provided to use the service: the effect of not providing it;
(e) a month-and-year last-updated date;
(f) a refusal to offer a way to exercise a right covers no right ("we do not sell" still is the sale statement);
(g) consent withdrawn by revoking a system permission or refusing cookies.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

CONTACT = "\n\nContact: dev@foo.com"


def _cited(text: str, item: str, line: int) -> None:
    found = verdict(text, item)
    assert found.status == "covered", (item, text)
    assert found.evidence is not None and found.evidence.line == line, (item, found.evidence)


# --- (a) purposes as bold group labels -----------------------------------------------------------

PURPOSES = ("eu-gdpr/purposes", "us-ccpa/purposes", "cn-pipl/purposes", "tw-pdpa/purposes")


@pytest.mark.parametrize("item", PURPOSES)
@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles/docs/e8-hicalendar-en (without its lead-in "We use the collected information for:")
        "## 2. Information Use\n\n- **Core Functions**: Providing calendar management and AI assistant services",
        "## How we use your information\n\n- **Analytics:** We use PostHog to collect anonymous usage data.",
        "## Purposes\n\n**Analytics:** We use anonymous usage statistics.",
        "## How We Use Data\n\n- **Customer support:** your e-mail address, when you write to us.",
        "## 我们如何使用您的信息\n\n- **账号管理**：使用您的手机号完成注册和登录。",
        # eval/dev7/cccloud-txt (a numbered label, no bold)
        "## 二、我们如何使用信息\n\n1. 提供与维护服务：账号登录、文件上传/下载/分享/回收站/移动/搜索、团队协作、聊天功能正常运行。",
    ],
)
def test_a_bold_purpose_label_under_a_use_heading_states_a_purpose(text: str, item: str) -> None:
    _cited(text, item, 5)


@pytest.mark.parametrize("item", PURPOSES)
@pytest.mark.parametrize(
    "text",
    [
        "## What we collect\n\n- **Analytics:** page views, counted by Plausible.",  # a category under a collection heading
        "## How we use data\n\n- **Email address:** when you sign up.",  # a data category as the label
        "## How we use data\n\n- **Analytics:** none.",
        "## How we use data\n\n- **Analytics:** We do not use analytics.",
        "## How we use data\n\n- **Analytics:**",  # the label alone
        "## Cookies we use\n\n- **Analytics:** _ga, 2 years.",  # a cookie list
        "## How we use data\n\n- **Analytics:** Google Analytics, kept for 26 months.",  # a retention row
    ],
)
def test_a_label_that_is_a_category_empty_denied_or_a_cookie_states_no_purpose(text: str, item: str) -> None:
    assert status(text, item) == "missing"


# --- (b) the controller as who published or built the app ---------------------------------------

CONTROLLER = ("eu-gdpr/controller", "cn-pipl/processor", "cn-gbt35273/identity-contact", "tw-pdpa/agency")


@pytest.mark.parametrize("item", CONTROLLER)
@pytest.mark.parametrize(
    "text",
    [
        "Orbit Notes is published by Acme Labs.",
        "This privacy policy applies to the Orbit app, published by Acme Labs.",
        "Published by Acme Labs GmbH.",
        "Developed by Jane Doe",
        'KBounce ("the Game") is developed by Stefan Schimanski.',  # eval/profiles/docs/en7p-kbounce
        "本 App 由杭州某某科技有限公司开发并运营。",
    ],
)
def test_who_published_or_built_the_app_names_the_controller(text: str, item: str) -> None:
    _cited(text + CONTACT, item, 3)


@pytest.mark.parametrize("item", CONTROLLER)
@pytest.mark.parametrize(
    "text",
    [
        "Flutter is developed by Google.",
        "OpenStreetMap data is maintained by volunteers.",
        "The map tiles, published by Stadia Maps, are cached.",
        "Icons made by Freepik.",
        "This app uses Firebase, published by Google.",
        "本程序使用的 SDK 由腾讯开发。",
        "本应用使用的地图服务由高德软件有限公司提供。",
        "Published by: [Your Company Name]",
    ],
)
def test_a_library_a_service_or_a_slot_names_no_controller(text: str, item: str) -> None:
    assert status(text + CONTACT, item) == "missing"


@pytest.mark.parametrize("item", CONTROLLER[1:])
def test_a_service_the_app_uses_named_with_its_maker_names_no_controller(item: str) -> None:
    # (eu-gdpr's round-6 clause "X is made by NAME" still reads this one: not changed here)
    assert status("Plausible Analytics is made by Plausible Insights OÜ." + CONTACT, item) == "missing"


# --- (c) the data never leaves the device --------------------------------------------------------

RECIPIENTS = ("eu-gdpr/recipients", "tw-pdpa/recipients", "cn-gbt35273/sharing")


@pytest.mark.parametrize("item", RECIPIENTS)
@pytest.mark.parametrize(
    "text",
    [
        "Your data never leaves your device.",
        "All your data is stored only on your device.",
        "数据仅存储在您的设备本地。",
        "所有数据仅存储在您的设备本地，不会上传到我们的服务器。",  # a Memonta app's privacy text (code index)
        "您的資料僅儲存在您的裝置上，不會離開您的裝置。",
        "数据仅在您的设备本地处理。",
        "所有数据仅存储在本地设备，可通过「设置」→「清除数据」永久删除",  # eval/dev9/apneaplan-html (清除 is no exception)
    ],
)
def test_data_that_never_leaves_the_device_states_that_there_are_no_recipients(text: str, item: str) -> None:
    _cited(text, item, 3)


@pytest.mark.parametrize("item", RECIPIENTS)
@pytest.mark.parametrize(
    "text",
    [
        "Data is stored on your device.",  # no "only": silence about anyone else
        "数据存储在您的设备本地。",
        "Your data is stored only on your device and synced with iCloud.",  # an exception
        "数据默认仅存储在您的设备本地。",  # by default
        "除备份外，数据仅存储在您的设备上。",
        "生物识别数据仅存储在您的设备本地。",  # one kind of data
        "核心数据仅存储在您的设备本地。",
        "汉字查询历史记录（仅本地存储，不上传）",  # eval/dev/pinziji-html: one item of a list
        "Your fingerprint or face never leaves your device.",
        "Your data never leaves the EU.",  # an area, not the recipients
        # eval/holdout/pandnext-txt: a guest mode's storage, not the policy's recipients
        "用户可在不登陆的状态下正常使用本应用的所有免费基础功能。在该状态下，所有用户数据将仅存储在设备本地，由用户自行管理。",
    ],
)
def test_local_storage_of_some_data_or_with_an_exception_states_no_recipients(text: str, item: str) -> None:
    assert status(text, item) == "missing"


# --- (d) data that must be provided to use the service ------------------------------------------

NOT_PROVIDING = ("eu-gdpr/requirement", "tw-pdpa/effect-of-not-providing", "cn-gbt35273/effect-of-not-providing")


@pytest.mark.parametrize("item", NOT_PROVIDING)
@pytest.mark.parametrize(
    "text",
    [
        "You must provide your email address to use our Services.",
        "To create an account, you must provide an e-mail address and a password.",
        "To use the app you need to provide your phone number.",
        "您必须提供手机号码才能使用我们的服务。",
        "您需要提供手机号码以注册账号。",
        "注册账号时，您需要提供手机号码和验证码。",
        "您必須提供電子郵件地址，才能使用本服務。",
    ],
)
def test_data_required_to_use_the_service_states_the_effect_of_not_providing_it(text: str, item: str) -> None:
    _cited(text, item, 3)


@pytest.mark.parametrize("item", NOT_PROVIDING)
@pytest.mark.parametrize(
    "text",
    [
        "You must be at least 16 years old to use our Services.",  # an age, no data
        "You must agree to these terms to use our Services.",
        "您必须提供真实、准确的信息。",  # a duty to be truthful
        "使用本服务前，您必须年满14周岁。",
        # corpora/gdeiassistant-privacy: the operator's own duty to disclose to authorities
        "根据法律、法规的要求、强制性的行政执法或司法要求所必须提供您个人信息的情况下，我们可能会依据所要求的信息类型和提供方式披露您的个人信息。",
        # eval/dev/xiaolv-lawyer: proof of identity for a request
        "为保障安全,你可能需要提供书面请求,或以其他方式证明你的身份。",
    ],
)
def test_an_age_a_duty_or_a_request_form_is_no_requirement_to_provide_data(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize("item", NOT_PROVIDING[1:])
def test_a_duty_to_provide_accurate_information_is_not_the_effect_of_not_providing(item: str) -> None:
    assert status("You must provide accurate information to use the Services.", item) == "missing"


# --- (e) a month and a year as the last-updated date --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "_Last updated: March 2024_",
        "Last updated: Mar 2024",
        "This policy was last updated in March 2024.",
        "Effective as of March 2024",
        "Last updated: 2024-03",
        "Last updated: 3/2024",
        "**Last Updated: January 2025**",  # eval/profiles/docs/e8-hicalendar-en
        "**最后更新日期：2025年1月**",  # eval/dev6/wordkouyu-md
        "更新日期：2024年3月",
    ],
)
def test_a_month_and_a_year_next_to_updated_is_the_last_updated_date(text: str) -> None:
    _cited(text, "us-ccpa/last-updated", 3)


@pytest.mark.parametrize(
    "text",
    [
        "© March 2024 Acme",
        "Copyright 2024 Acme",
        "We reviewed this policy in March 2024.",
        "In March 2024 we launched version 2 of the app.",
        "Last updated: March",
        "Last updated: 2024",
        "The app was last updated on the App Store in 2023.",
    ],
)
def test_a_year_alone_or_a_date_without_an_update_is_no_last_updated_date(text: str) -> None:
    assert status(text, "us-ccpa/last-updated") == "missing"


# --- (f) a refusal to offer a way is no disclosure of the right ---------------------------------


@pytest.mark.parametrize(
    "item", ["eu-gdpr/rights", "cn-pipl/rights", "cn-gbt35273/copy", "cn-gbt35273/delete", "cn-gbt35273/access", "us-ccpa/right-to-delete"]
)
@pytest.mark.parametrize(
    "text",
    [
        "We do not offer a way to export or delete your data.",
        "We do not provide a way to access, correct or delete your data from within the app.",
        "我们不会向您提供数据导出或删除功能。",
        "我们不会向您提供复制个人信息的服务。",
        "本应用不提供查询、更正或删除个人信息的功能。",
    ],
)
def test_a_way_not_offered_covers_no_right(text: str, item: str) -> None:
    assert status(text, item) == "missing"


def test_a_copy_not_provided_is_no_way_to_obtain_one() -> None:
    assert status("我们不会向您提供您的个人信息副本。", "cn-gbt35273/copy") == "missing"
    _cited("您有权获取您的个人信息副本，我们不会向您收取费用。", "cn-gbt35273/copy", 3)


@pytest.mark.parametrize("item", ["cn-pipl/rights", "cn-gbt35273/delete"])
def test_a_way_not_offered_followed_by_another_way_still_grants_the_right(item: str) -> None:
    _cited("本应用不提供在线删除功能，但您可以发送邮件至 a@b.com 删除您的个人信息。", item, 3)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("We do not sell your personal information.", "us-ccpa/sold-or-shared"),  # a denial IS the sale statement
        ("We don't sell or share your personal information.", "us-ccpa/sold-or-shared"),
        ("我们不会向任何第三方提供您的个人信息。", "cn-gbt35273/sharing"),  # and the sharing statement
        ("我们不会向任何第三方提供您的个人信息。", "tw-pdpa/recipients"),
    ],
)
def test_a_denial_still_covers_the_items_whose_rule_says_so(text: str, item: str) -> None:
    _cited(text, item, 3)


# --- (g) consent withdrawn by revoking a permission or refusing cookies ---------------------------

WITHDRAW = ("eu-gdpr/withdraw-consent", "cn-gbt35273/withdraw-consent")


@pytest.mark.parametrize("item", WITHDRAW)
@pytest.mark.parametrize(
    "text",
    [
        "您可以在系统设置中关闭相应权限以撤回授权。",
        "您可以在设备本身操作系统中关闭相关敏感权限改变同意范围或撤回您的授权。",  # eval/dev2/creatorpixar-txt
        "您可以随时在系统设置中关闭定位权限。",
        "You can revoke the location permission at any time in your device settings.",
        "You can revoke camera access in iOS Settings > Privacy.",
        "You can refuse cookies through the cookie banner at any time.",
        # (u40w2) in the browser, for GB/T only where the clause names consent (tests/test_u40w2_profiles.py)
        "您可以随时通过浏览器设置拒绝 Cookie 以撤回您的同意。",
    ],
)
def test_revoking_a_permission_or_refusing_cookies_at_any_time_withdraws_consent(text: str, item: str) -> None:
    _cited(text, item, 3)


@pytest.mark.parametrize("item", WITHDRAW)
@pytest.mark.parametrize(
    "text",
    [
        "You can set your browser to refuse cookies.",  # advice on the browser
        # (「您可以通过浏览器设置拒绝 Cookie。」 is withdrawal since the sixteenth session: tests/test_profiles_classes16c.py)
        "If you refuse cookies, some features may not work.",  # the effect of not providing
        "我们会在获得您的授权后访问相机。",
        "您可以在设置中开启或关闭通知。",
        "You cannot revoke this permission in settings.",
        "您可以在系统设置中开启定位权限。",
    ],
)
def test_a_cookie_setting_a_consequence_or_granting_a_permission_is_no_withdrawal(text: str, item: str) -> None:
    assert status(text, item) == "missing"
