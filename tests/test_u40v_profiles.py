"""Profile verdict classes of session 40 (u40v, issue #14), from eval/profiles40's dev misses and profiles39c's open classes.

Each class is tested both ways:
- cn-gbt35273/sharing: the lead-in of a consent-exemption list (「在以下情形中，我们可能会共享或公开披露个人信息无需事先征得您的
  同意：」, profiles40 tuoche-zh 59) names no recipient; it still answers public disclosure, and a sentence naming a kind of
  recipient beside it still covers sharing;
- cn-pipl/categories: the domain data a service names (résumés and work history, driving licences and number plates, health
  records) are categories; a sentence naming no data is not;
- a bare brand as the operator, one convention for every profile (docs/profiles.md): a brand only mentioned names nobody, a brand
  the policy defines as "we" / 「我们」 names the controller or processor;
- profiles39c's open classes: a 【】 menu path as the place of a right (yizhu-zh 114); an age rating under 13 makes
  cn-pipl/minors apply (junqi-zh 3); a system call as a collection method (bandpet-zh 9); a product as the party that shares,
  a recipient named by example or shared with passively, and data got "from them" under a heading that asks about third
  parties (beoliving-en); and (profiles40 yunlin-tw 101-102) a tw-pdpa 期間 label after the colon of the line before it,
  when an HTML or JSX text node joins the notice's lines.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status

EXEMPT = (
    "## 二、我们如何对外提供您的个人信息\n\n"
    "根据相关法律法规及国家标准，在以下情形中，我们可能会共享或公开披露个人信息无需事先征得您的同意：\n\n"
    "（1）与国家安全、国防安全直接相关的；\n\n（2）与刑事侦查、起诉、审判和判决执行等直接相关的；\n"
)


def test_a_consent_exemption_lead_in_is_no_sharing_statement() -> None:
    assert status(EXEMPT, "cn-gbt35273/sharing") == "missing"
    assert status(EXEMPT.replace("在以下情形中", "在下列情况下"), "cn-gbt35273/sharing") == "missing"


def test_the_exemption_list_still_answers_public_disclosure() -> None:
    assert status(EXEMPT, "cn-gbt35273/public-disclosure") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 共享\n\n我们会与提供支付服务的合作伙伴共享您的订单信息。在以下情形中，共享您的个人信息无需事先征得您的同意：\n\n（1）与国家安全直接相关的；\n",
        "## 共享\n\n我们可能会与我们的关联公司共享您的个人信息。\n",
    ],
)
def test_a_named_kind_of_recipient_still_covers_sharing(text: str) -> None:
    assert status(text, "cn-gbt35273/sharing") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 我们收集的信息\n\n我们会收集您上传的简历、工作经历和教育背景，用于为您匹配职位。\n",
        "## 我们收集的信息\n\n为提供问诊服务，我们会收集您的病历和就诊记录。\n",
        "## 我们收集的信息\n\n申请成为司机时，您需要提供驾驶证、行驶证和车牌号码。\n",
    ],
)
def test_domain_data_are_categories(text: str) -> None:
    assert status(text, "cn-pipl/categories") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 我们收集的信息\n\n我们非常重视您的隐私，并会认真对待。\n",
        "## 我们收集的信息\n\n我们会根据您的求职意愿为您推荐合适的工作。\n",
    ],
)
def test_no_data_named_is_no_category(text: str) -> None:
    assert status(text, "cn-pipl/categories") == "missing"


# ---- a bare brand as the operator (one convention for every profile) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # eval/profiles40 rentacar-en 4 (a bare brand, no company, no contact)
        (
            "# Privacy Policy\n\nRentaCar is committed to protecting your personal data.\n\n## Data We Collect\n\n- Name, email address\n",
            "eu-gdpr/controller",
        ),
        ("# 隐私政策\n\n智投简历非常重视您的隐私。\n\n## 我们收集的信息\n\n我们会收集您的姓名和邮箱地址。\n", "cn-pipl/processor"),
    ],
)
def test_a_bare_brand_names_no_operator(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            '# Privacy Policy\n\nAcme ("we", "us") operates the Acme app. Contact: support@acme.example\n\n## Data\n\nWe collect your name.\n',
            "eu-gdpr/controller",
        ),
        (
            "# 隐私政策\n\n快记（以下简称“我们”）非常重视您的隐私。联系邮箱：help@kuaiji.example\n\n## 收集\n\n我们会收集您的姓名。\n",
            "cn-pipl/processor",
        ),
    ],
)
def test_a_brand_defined_as_we_names_the_operator(text: str, item: str) -> None:
    assert status(text, item) == "covered"


# ---- profiles39c's open classes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # eval/profiles39c yizhu-zh 114
        (
            "## 您的权利\n\n进入【个人中心】-【编辑资料】可查看、修改头像、昵称；进入【订单】页面可查看所有订单状态。\n",
            "cn-gbt35273/access",
        ),
        ("## 您的权利\n\n进入【我的】-【个人资料】可修改昵称和头像。\n", "cn-gbt35273/correct"),
    ],
)
def test_a_bracketed_menu_path_is_the_place_of_a_right(text: str, item: str) -> None:
    assert status(text, item) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 社区\n\n进入【社区】页面可查看其他用户发布的内容。\n",
        "## 关于\n\n进入【设置】-【关于】可查看本隐私政策。\n",
    ],
)
def test_a_menu_path_to_others_content_or_the_policy_is_no_access(text: str) -> None:
    assert status(text, "cn-gbt35273/access") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles39c junqi-zh 3
        "# 隐私政策\n\n适龄提示 适用于年满8周岁以上用户\n\n## 收集\n\n我们会收集您的昵称。\n",
        "# 隐私政策\n\n本游戏适合12岁以上用户。\n\n## 收集\n\n我们会收集您的昵称。\n",
    ],
)
def test_an_age_rating_under_thirteen_makes_minors_apply(text: str) -> None:
    assert status(text, "cn-pipl/minors") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "# 隐私政策\n\n本服务仅面向年满18周岁的用户。\n\n## 收集\n\n我们会收集您的昵称。\n",
        "# 隐私政策\n\n本游戏适合16岁以上用户。\n\n## 收集\n\n我们会收集您的昵称。\n",
        # eval/blind/profiles7 masteryee-tw 85: 13 or more reads as 「不面向13岁以下儿童」 (earlier sets: not meant for children)
        "# 隐私政策\n\n## 儿童隐私\n\n本 App 仅适用 13 岁以上使用者。\n",
        "# 隐私政策\n\n## 收集\n\n我们会收集您的昵称。\n",
        # eval/profiles38 photoease-md 23: an age rating beside collecting nothing from anyone
        "# 隐私政策\n\n## 5. 儿童隐私\n\n- PhotoEase 适用于 4 岁及以上的用户。我们不收集或存储任何用户的数据，无论年龄大小。\n",
    ],
)
def test_an_age_of_thirteen_or_more_or_none_leaves_minors_out(text: str) -> None:
    assert status(text, "cn-pipl/minors") == "not-applicable"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # eval/profiles39c bandpet-zh 9
        ("## 收集\n\n本软件会收集您的设备信息（具体为设备序列号 `device.getSerial`），用于绑定账户。\n", "cn-pipl/methods"),
        ("## 收集\n\n本软件会收集您的设备信息（具体为设备序列号 `device.getSerial`），用于绑定账户。\n", "cn-gbt35273/methods"),
        ("## 收集\n\n本应用通过调用系统接口获取您的设备标识，用于统计。\n", "cn-pipl/methods"),
    ],
)
def test_a_system_call_is_a_collection_method(text: str, item: str) -> None:
    assert status(text, item) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 收集\n\n本应用不会调用 getDeviceId() 获取您的设备标识。\n",
        "## 开发\n\n开发者可以调用 api.getUser 接口查询文档。\n",
    ],
)
def test_a_system_call_denied_or_without_data_is_no_method(text: str) -> None:
    assert status(text, "cn-pipl/methods") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles39c beoliving-en
        "# Privacy\n\n## Do we share information with third parties?\n\nTo provide remote access, the home controller will need to share personal information with third parties such as Khimo.\n",
        "# Privacy\n\n## Sharing\n\nThe service is always connected to Khimo cloud services, and information such as your IP address is shared with them.\n",
        # eval/profiles39c beoliving-en 35: the provider in one sentence, "is shared" in the next
        "# Privacy\n\n## Sharing\n\nThe service is always connected to Khimo cloud services in order to provide remote access. For this purpose, information such as your IP address is shared.\n",
    ],
)
def test_a_product_sharing_with_a_named_or_described_recipient(text: str) -> None:
    assert status(text, "eu-gdpr/recipients") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "# Privacy\n\n## Sharing\n\nWe may share personal information with third parties.\n",
        "# Privacy\n\n## Sharing\n\nWe use cloud services, and no personal data is shared with them.\n",
        "# Privacy\n\n## Sharing\n\nThe app uses cloud services to store backups. Your data is not shared with anyone.\n",
    ],
)
def test_bare_third_parties_or_a_denial_name_no_recipient(text: str) -> None:
    assert status(text, "eu-gdpr/recipients") == "missing"


def test_data_got_from_them_under_a_third_party_heading_is_a_source() -> None:
    text = (
        "# Privacy\n\n## Do we receive information from third parties?\n\n"
        "If you connect other systems, the home controller might get some information from them such as logged in credentials and tokens.\n"
    )
    assert status(text, "eu-gdpr/source") == "covered"


def test_data_from_them_under_another_heading_or_denied_is_no_source() -> None:
    assert status("# Privacy\n\n## Support\n\nWe get feedback from them by e-mail.\n", "eu-gdpr/source") == "not-applicable"
    denied = "# Privacy\n\n## Do we receive information from third parties?\n\nWe do not receive any information from them.\n"
    assert status(denied, "eu-gdpr/source") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles40 yunlin-tw 101-102: the lines of one JSX text node are joined
        "<h2>告知</h2>\n<div>\n個人資料利用之期間、地區、對象及方式：\n期間：1.依據上開蒐集目的之存續期間；2.依相關法令規定或契約約定之保存年限。\n</div>\n",
    ],
)
def test_a_period_label_after_a_colon_is_read(text: str) -> None:
    assert status(text, "tw-pdpa/period", suffix=".html") == "covered"


def test_a_period_label_without_a_period_is_not() -> None:
    text = "<h2>告知</h2>\n<div>\n個人資料利用之期間、地區、對象及方式：\n期間：請洽本公司。\n</div>\n"
    assert status(text, "tw-pdpa/period", suffix=".html") == "missing"
