"""Disclosure profiles, the fifteenth session's classes of helper d14f (issue #14): both sides of each.

The blind rounds were described as classes of disagreement, without the documents.  Each class was first found in
real text (sources named beside the sentences: our non-blind data, or the forms the lead quoted from the aggregate);
short texts of our own give the near misses.

(1) the operator is not a company: a team or studio that built the service, the developer named where the reader is
    told to reach them, an English "Developer Name:" label, "We are NAME, the team behind APP", a brand defined as the
    site, a group whose companies the policy binds, a platform defined as 我们 with its company in the copyright line;
    a team with no name, an app that defines itself, a third party's team and 本集团 name no operator;
(2) the strongest line, not the first: a title-like line or a table's header row is cited only when no statement
    covers the item, and so is a sharing clause, an SDK introduction or a necessity principle for purposes,
    categories and methods; the verdict never changes;
(3) a GB/T business function named with its data: contacting support with what it sends, a feature used for a
    purpose with the data it needs, a file the person picks opened for a feature;
(4) the effect of not providing: a refused cookie's cost on every visit without 「如果您这么做」.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

IDENTITY = ("cn-pipl/processor", "cn-gbt35273/identity-contact", "tw-pdpa/agency")

# --- (1) the operator is not a company --------------------------------------------------------------------------------

OPERATORS = [
    # a public zh-TW policy found with find_string (ProAnalyst): a team as the maker
    "歡迎您使用「ProAnalyst」（以下簡稱本工具）。本工具由普羅安納利斯特團隊開發與維護。聯絡信箱：pro@analyst.tw\n",
    # eval/precision12/omnitools-terms-cn line 3
    "OmniTools 指 OmniSoftware 团队开发的软件（以下简称本软件）。如有疑问请发送邮件至 omni@soft.dev。\n",
    "本系統由 VNAos 團隊開發與維護。聯絡信箱：vnaos@gmail.com\n",
    # eval/precision11/mathtree-bilingual line 43 (with an address)
    "如对本隐私政策有任何疑问，请通过 topking@icloud.com 联系开发者 Top King。\n",
    "如有任何问题，请通过 lladlam@163.com 与开发者 lladlam 联系。\n",
    "若天（下文称：本网站）重视您的隐私。联系邮箱：ruotian@163.com\n",
    "本政策适用沁园集团所属企业。联系电话：400-100-2000\n",
    '元膳健康平台（以下简称"我们"）重视您的隐私。联系我们：service@yuanshan.com\n\n© 2024 杭州元膳科技有限公司 版权所有\n',
]


@pytest.mark.parametrize("text", OPERATORS)
@pytest.mark.parametrize("item", IDENTITY)
def test_an_operator_not_styled_as_a_company_is_named(text: str, item: str) -> None:
    assert status(text, item) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## Contact\n\nDeveloper Name: ilexl\nEmail: ilexl@outlook.com\n",
        "We are A Bunch of Hacks, the team behind Epicinium. Contact us at info@abunchofhacks.coop.\n",
    ],
)
def test_an_english_developer_label_or_team_names_the_controller(text: str) -> None:
    assert status(text, "eu-gdpr/controller") == "covered"
    assert status(text, "cn-pipl/processor") == "covered"


NO_OPERATOR = [
    "本应用由我们的开发团队维护。联系邮箱：a@b.com\n",  # a team with no name
    "本产品由一个小团队开发。联系邮箱：a@b.com\n",
    "如有问题请联系开发者。联系邮箱：a@b.com\n",  # the developer, unnamed
    "如有问题请与开发者 via email 联系：a@b.com\n",
    "本应用集成了 Google 团队开发的 Firebase SDK。联系邮箱：a@b.com\n",  # a third party's team
    "本政策适用于本集团所属企业。联系邮箱：a@b.com\n",  # 本集团 names no group
    '校园墙平台（以下简称"本平台"）提供的所有产品。联系邮箱：a@b.com\n',  # a platform defined as itself
    "养老小程序（以下简称“本平台”）非常重视用户隐私保护。联系邮箱：a@b.com\n",
    # a platform defined as 我们 without any company named (eval/dev3/hmachine-md line 5, shortened)
    '重型机械信息中介平台（以下简称"我们"或"本平台"）深知个人信息对您的重要性。联系我们：a@b.com\n',
    '元膳健康平台（以下简称"我们"）重视您的隐私。联系我们：service@yuanshan.com\n',  # no company in a copyright line
]


@pytest.mark.parametrize("text", NO_OPERATOR)
def test_no_operator_named_is_no_processor(text: str) -> None:
    assert status(text, "cn-pipl/processor") == "missing"
    assert status(text, "cn-gbt35273/identity-contact") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "We are a small team behind this app. Contact: a@b.com\n",
        "Developer: Google LLC provides the sign-in. Contact: a@b.com\n",
    ],
)
def test_an_unnamed_team_or_a_platform_is_no_controller(text: str) -> None:
    assert status(text, "eu-gdpr/controller") == "missing"


def test_a_company_and_an_owner_sentence_are_still_cited_first() -> None:
    text = "本应用由 VNAos 团队开发。\n\n星河科技有限公司（以下简称“我们”）重视您的隐私。联系邮箱：a@b.com\n"
    found = verdict(text, "cn-pipl/processor")
    assert found.status == "covered" and found.evidence.line == 5


# --- (2) the strongest line, not the first ----------------------------------------------------------------------------

# a bold title on the first line of a paragraph, the body on the next source line (the reader joins the two)
TITLE_THEN_STATEMENT = "## 信息\n\n**用于账号注册和登录的信息**\n注册登录时，我们会收集您的手机号码，用于创建账号和登录验证。\n"


def test_a_bold_title_line_is_cited_after_the_statement_under_it() -> None:
    found = verdict(TITLE_THEN_STATEMENT, "cn-pipl/categories")
    assert found.status == "covered" and found.evidence.line == 6


def test_bold_words_opening_a_longer_line_are_no_title() -> None:
    text = "## 信息\n\n**注意**：注册登录时，我们会收集您的手机号码。\n"
    found = verdict(text, "cn-pipl/categories")
    assert found.status == "covered" and found.evidence.line == 5


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # the necessity principle before the statement (the lead's class 2 example)
        ("## 信息\n\n仅为实现服务必要时收集相关信息。\n\n我们收集您的手机号码，用于创建账号和登录。\n", 7),
        # a sharing clause that names a purpose (the lead's class 2 example)
        ("## 信息\n\n我们为提供支付服务而与支付处理商共享您的订单信息。\n\n我们收集您的手机号码，用于创建账号和登录。\n", 7),
        # an SDK introduction (eval/dev/simpfun-eula line 16, shortened)
        (
            "## 信息\n\n为保障本软件功能的正常运行，本软件可能会集成第三方SDK。\n\n我们收集您的设备型号，用于排查崩溃问题。\n",
            7,
        ),
    ],
)
def test_a_line_about_something_else_is_cited_after_the_purpose_statement(text: str, line: int) -> None:
    found = verdict(text, "cn-pipl/purposes")
    assert found.status == "covered" and found.evidence.line == line


def test_a_sharing_clause_alone_still_covers_the_purposes() -> None:
    text = "## 信息\n\n我们为提供支付服务而与支付处理商共享您的订单信息。\n"
    found = verdict(text, "cn-pipl/purposes")
    assert found.status == "covered" and found.evidence.line == 5


def test_a_purpose_towards_the_person_is_no_sharing_clause() -> None:
    # 「向您提供服务」 is the service to the person, not a recipient: the first statement stays cited
    text = "## 信息\n\n我们收集您的手机号码，用于向您提供登录服务。\n\n我们收集您的昵称，用于展示。\n"
    assert verdict(text, "cn-pipl/purposes").evidence.line == 5


def test_a_table_header_row_is_cited_after_its_rows() -> None:
    text = "## 信息收集\n\n| 我们为提供服务收集的信息 | 说明 |\n| --- | --- |\n| 手机号码 | 用于创建账号和登录 |\n"
    found = verdict(text, "cn-pipl/purposes")
    assert found.status == "covered" and found.evidence.line == 7


def test_a_table_header_row_alone_still_covers() -> None:
    text = "## 信息收集\n\n| 我们为提供服务收集的信息 | 说明 |\n| --- | --- |\n| 手机号码 | 仅存储在本地 |\n"
    found = verdict(text, "cn-pipl/purposes")  # the rank never changes a verdict: the header is cited when nothing else covers
    assert found.status == "covered" and found.evidence.line == 5


def test_english_sharing_is_cited_after_the_purpose() -> None:
    text = (
        "## How we use data\n\nWe share your order details with our payment processor to complete your purchase.\n\n"
        "We use your e-mail address to send you receipts.\n"
    )
    found = verdict(text, "eu-gdpr/purposes")
    assert found.status == "covered" and found.evidence.line == 7


# --- (3) a business function named with the data it uses ---------------------------------------------------------------

FUNCTIONS = [
    # eval/profiles/docs (a games platform's policy, 联系我们时的信息)
    "当您联系我们时，我们会收集您发送给我们的信息，如身份或年龄证明、联系方式、关于您使用服务的反馈或询问。\n",
    "联系支持时，我们会收到您提供的反馈内容和截图。\n",
    "为了使用附近的相关功能，我们需要获取您的 GPS 位置。\n",
    "本应用会访问您选择的乐谱文件，以提供游戏内容。\n",
]


@pytest.mark.parametrize("text", FUNCTIONS)
def test_a_function_with_its_data_covers_functions(text: str) -> None:
    assert status(text, "cn-gbt35273/functions") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "当您联系我们时，我们不会收集您的设备信息。\n",  # a denial
        "如需帮助，请联系我们：a@b.com\n",  # a contact, no data
        "为了使用本应用，您需要同意本政策。\n",  # the service as a whole, no data
        "当您使用本应用时，我们会收集您的设备信息。\n",  # the service as a whole (the item's `none`)
    ],
)
def test_no_function_or_no_data_is_no_function_item(text: str) -> None:
    assert status(text, "cn-gbt35273/functions") == "missing"


# --- (4) the effect of not providing, worded as what the person must do ------------------------------------------------

EFFECTS = [
    # the standard cookie paragraph of zh-Hans policies without 「如果您这么做」 (eval/dev: 「…则需要在每一次访问我们的网站时亲自更改用户设置」)
    "您可以清除计算机上保存的所有 Cookie。如果您禁用 Cookie，则需要在每一次访问本网站时亲自更改设置。\n",
    "大部分浏览器都设有阻止 Cookie 的功能。阻止 Cookie 后，您可能需要在每一次访问本站时手动调整偏好。\n",
]


@pytest.mark.parametrize("text", EFFECTS)
@pytest.mark.parametrize("item", ["cn-gbt35273/effect-of-not-providing", "tw-pdpa/effect-of-not-providing"])
def test_what_the_person_must_do_without_it_is_the_effect(text: str, item: str) -> None:
    assert status(text, item) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "如果您不同意本服务协议，请立即停止使用本应用。\n",  # the terms of service, not the data
        # stopping use when the policy is not agreed: an instruction, not a consequence (eval/profiles/README.md)
        "若您不同意本政策的任何内容，请停止使用本软件。\n",
        "您可以随时停止使用本应用。\n",  # a choice, not a consequence
        "您需要在每一次访问本网站时输入密码。\n",  # no cookie refused
    ],
)
def test_terms_a_choice_or_a_password_are_no_effect(text: str) -> None:
    assert status(text, "cn-gbt35273/effect-of-not-providing") == "missing"
