"""Disclosure profiles, the thirteenth session's classes (issue #14, helper a14d): both sides of each.

The last blind round was described to this session as classes of disagreement, without the documents.  Each class
below was first found in real text (our non-blind data, or public policies found with the search tool); the tests use
those sentences (the source is named beside each), with short texts of our own for the near misses:

(a) the processing principles (「我们仅会出于合法、正当、必要、特定、明确的目的共享您的个人信息」) are no purposes; a lead-in
    that ends with a colon, or a pointer that announces the purposes that follow (「出于本政策所述的以下目的」), still introduces them;
(b) a scope sentence (「本隐私政策适用于…」「**适用范围：** 本协议适用于…」) is no purposes;
(c) collecting denied in the clause (「我们不会收集用户的任何个人信息，包括但不限于姓名…」, 「- ❌ 不收集位置信息」) is no GB/T
    business function;
(d) 收回 (not 撤回) consent withdraws it (「您可以随时给予或收回您的授权同意」);
(e) a pointer to a contact (「欢迎随时联系我们」「请通过网站提供的联系方式与我们联系」, "contact us using the details below") is the
    way to exercise rights or to complain only when the document gives a contact somewhere (the new item keys
    `pointer` / `pointer_needs`); a template slot (【联系邮箱】) gives none;
(f) the items under a lead-in that denies collecting them (「下列資料**不予收集**:」) are cited only when nothing else is (the
    engine's last-resort citation for denials now reads the lead-in, and 不予收集 / 无需收集 deny);
(g) a guardian's right to a child's data (「家长有权查看和删除其子女的信息」) is cited for the user's own right only when nothing
    else covers it (the new item key `demote`: the verdict is the same, the citation better);
(h) us-ccpa: a section for UK or EU residents (「## 3. Your GDPR & Privacy Rights」, "UK and EU residents have the right to
    request … correction …") is not the California one.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

# --- (a) principles and pointers are no purposes ---------------------------------------------------------------------

# eval/dev8/gonghuiyuan-html line 186 (and its copy in tests/data/placeholders9)
GONGHUIYUAN = "我们仅会出于合法、正当、必要、特定、明确的目的共享您的个人信息，并且只会共享提供服务所必要的个人信息。\n"
# corpora/filterbox-privacy (zh-Hans), the lead-in of its section 3; eval/precision12/tpns-sdk-cn line 36
FILTERBOX = "我们会遵循正当、合法、必要的原则，出于本政策所述的以下目的，收集和使用您在使用服务过程中主动提供或因使用通知滤盒产品和/或服务而产生的设备信息。\n"
TPNS = "我们遵循正当、合法、必要的原则，基于本指引所述的以下目的，收集和使用：\n"
PRINCIPLES = "我们遵循合法、正当、必要和诚信原则处理您的个人信息。\n"


@pytest.mark.parametrize("text", [GONGHUIYUAN, PRINCIPLES])
@pytest.mark.parametrize("item", ["cn-pipl/purposes", "tw-pdpa/purposes", "eu-gdpr/purposes", "us-ccpa/purposes"])
def test_principles_and_pointers_state_no_purpose(text: str, item: str) -> None:
    assert status(text, item) == "missing"


def test_principles_are_no_category() -> None:
    assert status("我们遵循合法、正当、必要的原则收集您的个人信息。\n", "cn-pipl/categories") == "missing"


# eval/precision11/game-docx line 13: a lead-in that names the principles and ends with a colon introduces the purposes
GAME = "我们仅在以下合法、正当的目的下使用您的信息：\n\n- 完成账号注册、登录认证和安全校验。\n- 提供客服支持和意见反馈。\n"


@pytest.mark.parametrize("text", [GAME, FILTERBOX, TPNS + "\n1. 第三方开发者经终端用户同意主动提供给我们的个人信息。\n"])
@pytest.mark.parametrize("item", ["cn-pipl/purposes", "tw-pdpa/purposes", "eu-gdpr/purposes", "us-ccpa/purposes"])
def test_a_principles_lead_in_with_its_list_still_introduces_the_purposes(text: str, item: str) -> None:
    assert status(text, item) == "covered"


def test_a_purpose_in_the_next_clause_still_counts() -> None:
    text = "我们遵循合法、正当、必要的原则，收集您的手机号码用于登录验证。\n"
    found = verdict(text, "cn-pipl/purposes")
    assert found.status == "covered" and "用于" in found.evidence.text


# --- (b) a scope sentence is no purposes ------------------------------------------------------------------------------

# eval/profiles/docs/gdpr6-lastseenwise-zh line 10; eval/precision12/xueke-terms-cn line 5
LASTSEEN = "本隐私政策适用于 LastSeenWise 移动应用程序（以下简称“我们”）及其网站的使用，符合 GDPR、CalOPPA 和 CCPA 等国际隐私法规的要求。\n"
XUEKE = "**适用范围：** 本协议适用于您在使用“学科模拟器”（以下简称“本服务”）时所订立的权利义务关系。\n"


@pytest.mark.parametrize("text", [LASTSEEN, XUEKE])
@pytest.mark.parametrize("item", ["eu-gdpr/purposes", "us-ccpa/purposes", "cn-pipl/purposes", "tw-pdpa/purposes"])
def test_a_scope_sentence_states_no_purpose(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize("item", ["eu-gdpr/purposes", "us-ccpa/purposes", "cn-pipl/purposes", "tw-pdpa/purposes"])
def test_a_purpose_after_the_scope_sentence_is_cited(item: str) -> None:
    text = LASTSEEN + "\n我们收集您的手机号码，仅用于登录验证和账号安全。\n"
    found = verdict(text, item)
    assert found.status == "covered" and found.evidence.line == 5


# --- (c) collecting denied is no GB/T business function ----------------------------------------------------------------

# eval/profiles/docs/t14-excerpts-zh line 5; eval/precision11/yplan-html line 34; eval/precision10/openall-bilingual line 21
DENIED = [
    "1. **收集的信息**：我们不会收集用户的任何个人信息，包括但不限于姓名、电子邮件地址、电话号码或位置数据。\n",
    "在您正常使用本应用的过程中，我们不会获取、储存或分享您的个人信息，包括但不限于联系信息、位置信息或其他任何可能用来识别您身份的数据。\n",
    "Open-All 扩展：\n\n- ❌ 不收集个人身份信息\n- ❌ 不收集位置信息\n",
]


@pytest.mark.parametrize("text", DENIED)
def test_collecting_denied_is_no_business_function(text: str) -> None:
    assert status(text, "cn-gbt35273/functions") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "注册登录：我们会收集您的手机号码，用于创建账号。\n",
        "当您使用记账功能时，我们会收集您录入的金额和账目。\n",
    ],
)
def test_a_function_that_collects_still_covers(text: str) -> None:
    assert status(text, "cn-gbt35273/functions") == "covered"


# --- (d) 收回 consent ----------------------------------------------------------------------------------------------------

# public policies found with the search tool (the GB/T template's 改变您授权同意的范围 paragraph, several sites)
TAKE_BACK = [
    "每个业务功能需要一些基本的个人信息才能得以完成。对于额外收集的个人信息的收集和使用，您可以随时给予或收回您的授权同意。\n",
    "如果您不想接受我们以任何方式向您推送的信息，您可以选择收回您的授权同意。\n",
]


@pytest.mark.parametrize("text", TAKE_BACK)
@pytest.mark.parametrize("item", ["cn-gbt35273/withdraw-consent", "eu-gdpr/withdraw-consent"])
def test_taking_consent_back_is_withdrawing_it(text: str, item: str) -> None:
    found = verdict(text, item)
    assert found.status == "covered" and "收回" in found.evidence.text


@pytest.mark.parametrize(
    "text",
    [
        # eval/precision12/kuadao-terms-cn line 11: the operator takes an account back
        "否则跨岛社区有权立即停止提供服务，收回其帐号并由用户独自承担由此而产生的一切法律责任。\n",
        "我们有权收回长期未使用的账号。\n",
    ],
)
@pytest.mark.parametrize("item", ["cn-gbt35273/withdraw-consent", "eu-gdpr/withdraw-consent", "cn-pipl/rights"])
def test_taking_an_account_back_is_no_withdrawal(text: str, item: str) -> None:
    assert status(text, item) == "missing"


# --- (e) a pointer to a contact needs a contact in the document ----------------------------------------------------------

# eval/dev7/webanalytics-md line 48 (the document gives no address); eval/precision8/pdftoolbox-cn line 68 (nothing below)
POINTERS = [
    "## 您的权利\n\n您有权访问、更正或删除您的个人信息。如需行使这些权利，请通过网站提供的联系方式与我们联系。\n",
    "## 隐私权利\n\n您有权访问、更正或删除您主动提供的个人信息。\n\n如果您希望行使这些权利中的任何一项，请通过下面的联系方式与我们联系。\n",
    "## 您的权利\n\n您有权查阅、更正和删除您的个人信息。如有任何疑问，欢迎随时联系我们。\n",
    # eval/dev7/xiaotuan-txt line 31: the address is a template slot
    "你可要求查询、更正或删除自己的数据，或注销账号，请联系：【联系邮箱】。\n",
]
CONTACT = "\n## 联系我们\n\n邮箱：privacy@dawn-notes.cn\n"


@pytest.mark.parametrize("text", POINTERS)
@pytest.mark.parametrize("item", ["cn-pipl/rights", "tw-pdpa/rights"])
def test_a_pointer_without_a_contact_is_no_way_in(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize("text", POINTERS[:3])
@pytest.mark.parametrize("item", ["cn-pipl/rights", "tw-pdpa/rights"])
def test_the_same_pointer_with_a_contact_in_the_document_covers(text: str, item: str) -> None:
    assert status(text + CONTACT, item) == "covered"


@pytest.mark.parametrize(
    "contact",
    [
        "电话：021-55551234",
        "QQ：12345678",
        "请在 App 的 设置 > 意见反馈 中提交",
        "https://dawn-notes.cn/contact",
        # eval/precision12/campuswall-terms-html line 565
        "通过平台内举报功能或后台管理页面提交反馈。",
    ],
)
def test_other_contacts_count(contact: str) -> None:
    assert status(POINTERS[2] + "\n## 联系我们\n\n" + contact + "\n", "cn-pipl/rights") == "covered"


def test_a_date_is_no_telephone_number() -> None:
    assert status(POINTERS[2] + "\n更新日期：2024-01-01\n", "cn-pipl/rights") == "missing"


def test_a_complaint_pointer_needs_a_contact() -> None:
    text = "## 投诉\n\n如您对我们的处理有任何意见或投诉，欢迎随时联系我们。\n"
    assert status(text, "cn-gbt35273/complaint") == "missing"
    assert status(text + CONTACT, "cn-gbt35273/complaint") == "covered"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # corpora/gdeiassistant-privacy line 34; tests/data/placeholders8/perfectdays line 84 (neither gives an address)
        ("## 投诉\n\n如您对本政策有任何问题、投诉或举报，您可随时通过官方客服与我们联系。\n", "cn-gbt35273/complaint"),
        (
            "## 用户权利\n\n用户有权：\n\n* 访问其已保存的数据\n* 请求更正或删除其数据\n\n如需行使上述权利，请通过应用内支持渠道与我们联系。\n",
            "cn-pipl/rights",
        ),
    ],
)
def test_a_channel_in_the_app_is_no_bare_pointer(text: str, item: str) -> None:
    assert status(text, item) == "covered"


def test_a_way_in_the_app_needs_no_contact() -> None:
    text = "## 您的权利\n\n您有权删除您的个人信息，可以在“我的-设置”中删除全部数据。\n"
    assert status(text, "cn-pipl/rights") == "covered"


def test_ccpa_contact_us_below_needs_details() -> None:
    text = (
        "## Your California Privacy Rights\n\nYou have the right to know and to delete your personal information. "
        "To exercise these rights, please contact us using the details below.\n"
    )
    assert status(text, "us-ccpa/how-to-submit") == "missing"
    assert status(text + "\n## Contact\n\nEmail: privacy@example-app.io\n", "us-ccpa/how-to-submit") == "covered"


# --- (f) a denying lead-in ----------------------------------------------------------------------------------------------

# eval/precision11/bloombee-tw lines 89-90 (zh-Hant): a list of what is not collected, under 不予收集
NOT_COLLECTED = "下列資料**不予收集**:\n\n- 廣告識別碼（AAID）: 已於 AndroidManifest 明確拒絕\n- 位置資訊\n"


@pytest.mark.parametrize("item", ["cn-pipl/categories", "tw-pdpa/categories", "us-ccpa/categories-collected"])
def test_items_under_a_denying_lead_in_are_cited_last(item: str) -> None:
    found = verdict(NOT_COLLECTED + "\n当您注册时，我们会收集您的手机号码。\n", item)
    assert found.status == "covered" and found.evidence.line == 8


@pytest.mark.parametrize("item", ["cn-pipl/categories", "tw-pdpa/categories"])
def test_items_under_a_collecting_lead_in_are_cited(item: str) -> None:
    text = "我们会收集下列资料：\n\n- 手机号码\n- 位置信息\n\n当您注册时，我们会收集您的手机号码。\n"
    found = verdict(text, item)
    assert found.status == "covered" and found.evidence.line < 8


# --- (g) a guardian's right is cited last --------------------------------------------------------------------------------

# eval/dev/pinziji-html line 421; eval/precision11/nonotes-terms-cn line 183
GUARDIAN = [
    "家长有权查看和删除其子女的信息，家长可以联系我们行使相关权利：kids@pinziji.cn\n",
    "监护人有权要求查看、更正、删除未成年人的个人信息，请联系 kids@pinziji.cn。\n",
]
OWN = "\n## 您的权利\n\n您有权查阅、更正和删除您的个人信息，可发送邮件至 privacy@pinziji.cn 行使。\n"


@pytest.mark.parametrize("text", GUARDIAN)
@pytest.mark.parametrize("item", ["cn-pipl/rights", "tw-pdpa/rights", "cn-gbt35273/delete", "eu-gdpr/rights", "us-ccpa/right-to-delete"])
def test_the_users_own_right_is_cited_before_a_guardians(text: str, item: str) -> None:
    found = verdict("## 儿童\n\n" + text + OWN, item)
    assert found.status == "covered" and found.evidence.line == 9


@pytest.mark.parametrize("item", ["cn-pipl/rights", "cn-gbt35273/delete", "eu-gdpr/rights"])
def test_a_guardians_right_alone_still_covers(item: str) -> None:
    assert status(GUARDIAN[1], item) == "covered"


# --- (h) a UK/EU rights section is not California's ---------------------------------------------------------------------

# a public policy found with the search tool (a UK shop's page, its section 3)
UK_EU = (
    "## 3. Your GDPR & Privacy Rights\n\nUK and EU residents have the right to request access to, deletion of, or correction "
    "of their personal data held by CircuitForge. To exercise these rights, contact our Data Protection Officer at "
    "privacy@circuitforge.co.uk.\n"
)


@pytest.mark.parametrize("item", ["us-ccpa/right-to-know", "us-ccpa/right-to-delete", "us-ccpa/right-to-correct", "us-ccpa/how-to-submit"])
def test_a_uk_and_eu_rights_section_is_not_californias(item: str) -> None:
    assert status(UK_EU, item) == "missing"


@pytest.mark.parametrize("heading", ["## Your Privacy Rights", "## Your GDPR and CCPA Rights"])
def test_the_same_rights_for_everyone_or_for_california_too_cover(heading: str) -> None:
    text = f"{heading}\n\nYou have the right to request access to, deletion of, or correction of your personal data.\n"
    assert status(text, "us-ccpa/right-to-correct") == "covered"


def test_uk_and_eu_residents_in_a_general_section_are_another_laws() -> None:
    text = "## Your rights\n\nUK and EU residents have the right to rectify inaccurate personal data by emailing privacy@acme.io.\n"
    assert status(text, "us-ccpa/right-to-correct") == "missing"


# --- (i)-(k) a review of (a), (e) and (h) (fourteenth round, helper a14f; the reviewer's inputs in /tmp/rv13c/in) -------
# (i) a contact is given by a link's target (「欢迎随时<a href="mailto:…">联系我们</a>」) and by TW/HK/CN telephone forms and
#     a WeChat official account named in quotes; (j) a clause that says what the data is used for (用于/为了/以便 …) is no
#     principles sentence; (k) a section whose own text names California or the CCPA is this law's under a GDPR heading.

RIGHTS_CN = "## 二、您的权利\n\n您有权查阅、更正、删除您的个人信息。如需行使上述权利，欢迎随时联系我们。\n\n## 三、联系我们\n\n"
RIGHTS_TW = "## 三、您的權利\n\n您可行使查詢、閱覽、補充更正及刪除之權利。如欲行使上述權利，歡迎隨時聯絡我們。\n\n## 四、聯絡方式\n\n"


def _html(link: str) -> str:
    return f'<h2>二、您的权利</h2><p>您有权查阅、更正、删除您的个人信息。如需行使上述权利，欢迎随时<a href="{link}">联系我们</a>。</p>'


@pytest.mark.parametrize("link", ["mailto:privacy@kuaiji.cn", "tel:0755-8888-6666", "https://kuaiji.cn/feedback"])
def test_a_links_target_gives_a_contact(link: str) -> None:
    # /tmp/rv13c/in/cn6.html (the mailto: link)
    assert status(_html(link), "cn-pipl/rights", suffix=".html") == "covered"


@pytest.mark.parametrize("link", ["#contact", "javascript:void(0)", "/contact"])
def test_a_link_to_the_page_or_a_script_gives_no_contact(link: str) -> None:
    assert status(_html(link), "cn-pipl/rights", suffix=".html") == "missing"


@pytest.mark.parametrize(
    ("contact", "item"),
    [
        ("客服专线：0800-123-456（周一至周五）\n", "tw-pdpa/rights"),  # rv13c tw1.md (in zh-Hant there)
        ("客服專線：0800-123-456（週一至週五）\n", "tw-pdpa/rights"),
        ("服務電話 (02) 2771-8822（週一至週五）\n", "tw-pdpa/rights"),  # rv13c tw3.md
        ("服務電話 02-2345-6789（週一至週五）\n", "tw-pdpa/rights"),  # rv13c tw2.md
        ("客服電話 2123 4567\n", "tw-pdpa/rights"),  # a Hong Kong number after its label
        ("客服热线：0755-8888-6666（工作日 9:00-18:00）\n", "cn-pipl/rights"),  # rv13c cn1.md
        ("微信公众号“快记服务”\n", "cn-pipl/rights"),  # rv13c cn5.md
        ("微信公众号「快记服务」\n", "cn-pipl/rights"),
    ],
)
def test_tw_hk_cn_telephone_forms_and_an_official_account_give_a_contact(contact: str, item: str) -> None:
    text = (RIGHTS_TW if item.startswith("tw") else RIGHTS_CN) + contact
    assert status(text, item) == "covered"


@pytest.mark.parametrize(
    "contact",
    [
        "更新日期：2025-03-01，版本 1.2.3\n",
        "欢迎关注我们的微信公众号了解更多。\n",
        "微信公众号：【公众号名称】\n",
        "客服电话：【联系电话】\n",
        "电话 12345\n",
    ],
)
def test_look_alikes_of_a_contact_give_none(contact: str) -> None:
    assert status(RIGHTS_CN + contact, "cn-pipl/rights") == "missing"


# rv13c cn1.md / cn2.md line 9: the purpose in the clause of 特定、明确
LOCATION = "我们收集您的位置信息，仅用于向您推荐附近门店等特定、明确的目的。\n"


@pytest.mark.parametrize(
    "text",
    [
        LOCATION,
        "我们收集您的收货地址，以便向您配送商品等合法、正当的目的。\n",
        "我们收集您的位置信息，仅用於向您推薦附近門店等特定、明確的目的。\n",
        "为了完成注册和登录，我们将按照合法、正当、必要的原则收集您的手机号码。\n",
    ],
)
def test_a_clause_that_says_what_the_data_is_used_for_is_no_principles_sentence(text: str) -> None:
    assert status(text, "cn-pipl/purposes") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        GONGHUIYUAN,
        PRINCIPLES,
        "我们仅将您的个人信息用于合法、正当、必要的目的。\n",
        "为了保护您的个人信息，我们遵循合法、正当、必要的原则。\n",
        "我们仅将您的个人信息用于本政策所述的合法、正当目的。\n",
    ],
)
def test_principles_with_a_bare_used_for_are_still_no_purpose(text: str) -> None:
    assert status(text, "cn-pipl/purposes") == "missing"


# rv13c us1.md: a GDPR-headed section whose text names California residents
US1 = (
    "## Your Rights (GDPR)\n\nWe grant these rights to all users, wherever they live, including {who}: you have the right to "
    "know what personal information we collect, the right to request deletion of your personal information, and the right "
    "to correct it. To exercise them, email privacy@kuaiji.com. We will not discriminate against you for exercising your "
    "rights.\n"
)
CCPA_RIGHTS = ["us-ccpa/right-to-know", "us-ccpa/right-to-delete", "us-ccpa/right-to-correct", "us-ccpa/non-discrimination"]


@pytest.mark.parametrize("who", ["California residents", "consumers under the CCPA"])
@pytest.mark.parametrize("item", CCPA_RIGHTS)
def test_a_gdpr_headed_section_that_names_california_is_this_laws(who: str, item: str) -> None:
    assert status(US1.format(who=who), item) == "covered"


@pytest.mark.parametrize("item", CCPA_RIGHTS)
def test_a_gdpr_headed_section_that_names_california_only_below_is_still_another_laws(item: str) -> None:
    text = US1.format(who="EU residents") + "\n## Other\n\nCalifornia residents may contact privacy@kuaiji.com.\n"
    assert status(text, item) == "missing"
