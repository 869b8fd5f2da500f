"""Disclosure profiles, the twelfth session's classes (issue #14, helper z14d): both sides of each.

The last blind round was described to this session as classes of disagreement, without the documents.  Each class
was first found in real text (our non-blind data or public policies found with the search tool), and the tests use
those sentences where we have them (the source is named beside each), with short texts of our own for the near misses:

(a) rights written as list labels under a heading about rights or managing one's data (「- **访问**：在设置中查看…」,
    「## 管理您的資料」): the bold marks are blanked to spaces before the colon, which the label clauses did not allow;
(b) sharing or public disclosure denied by the operator without naming a recipient (「我们不会与任何公司、组织和个人共享
    您的个人信息，但以下情况除外：」, 「不会共享、转让或公开披露任何用户数据」), which covered only one of the three items;
(c) the correction asked for as an update or an edit (us-ccpa "request that we update …", GB/T 编辑);
(d) English: "X is the data controller" with a lower-case brand or an apposition; "legitimate interests pursued by us
    in …"; a sign-in with Google or GitHub as the source of data; "For exercising these rights, contact …";
(e) 访问 meaning visiting a page, and using the app as a whole, are no right of access and no business function;
(f) citations: a Do-Not-Track paragraph is no recipient; "from other sources" names no CCPA source.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

# --- (a) rights as list labels under a rights or data-management heading ----------------------------------------

# eval/precision10/scriptinjector-tw, lines 55-62 (zh-Hant, a browser extension's rights as bold labels)
SCRIPTINJECTOR = """## 您的權利

您對自己的資料擁有完全控制權：

- **存取**：在選項頁面中檢視所有腳本
- **修改**：隨時編輯或刪除任何腳本
- **匯出**：將腳本備份到 GitHub Gist
- **刪除**：解除安裝擴充功能會移除所有本地儲存的資料
"""

LABELS = """## 您的权利

- **访问**：在设置中查看您的全部数据。
- **编辑**：在“我的”页面修改您填写的资料。
- **删除**：在设置中一键删除全部数据。
"""


@pytest.mark.parametrize(
    ("item", "line"),
    [
        ("cn-gbt35273/access", 5),
        ("cn-gbt35273/correct", 6),
        ("cn-gbt35273/delete", 7),
        ("cn-pipl/rights", 5),
        ("tw-pdpa/rights", 5),
    ],
)
def test_bold_rights_labels_under_a_rights_heading_cover(item: str, line: int) -> None:
    found = verdict(LABELS, item)
    assert found.status == "covered" and found.evidence.line == line


@pytest.mark.parametrize("item", ["tw-pdpa/rights", "cn-pipl/rights", "cn-gbt35273/access"])
def test_a_real_extensions_rights_labels_cover(item: str) -> None:
    assert status(SCRIPTINJECTOR, item) == "covered"


@pytest.mark.parametrize("item", ["tw-pdpa/rights", "cn-pipl/rights", "cn-gbt35273/access", "cn-gbt35273/delete"])
def test_labels_under_a_heading_about_managing_ones_data_cover(item: str) -> None:
    text = "## 管理您的資料\n\n- **存取**：在設定頁面中檢視您的所有記錄。\n- **刪除**：在設定中刪除帳號及資料。\n"
    assert status(text, item) == "covered"


def test_contact_us_to_delete_the_account_is_how_to_close_it() -> None:
    text = "## 管理您的資料\n\n您可以在 App 內查看或修改您的資料。\n\n若要刪除帳號，請聯絡我們：support@dawn-notes.tw\n"
    found = verdict(text, "cn-gbt35273/close-account")
    assert found.status == "covered" and found.evidence.line == 7


@pytest.mark.parametrize(
    "text",
    [
        # a security measure named like a right, under a security heading (eval/dev9/mimusic-md line 137)
        "## 安全措施\n\n- **访问控制**：严格限制数据访问权限，仅授权人员可访问。\n- **删除**：过期日志由系统自动清除。\n",
        # a product's features as labels, not under a rights heading (a README-like list)
        "## 行程管理\n\n- **编辑**：点击编辑按钮修改时间、地点。\n- **删除**：移除不需要的行程。\n",
    ],
)
@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/correct", "cn-gbt35273/delete", "cn-pipl/rights", "tw-pdpa/rights"])
def test_labels_elsewhere_grant_no_right(text: str, item: str) -> None:
    assert status(text, item) == "missing"


def test_what_happens_after_deleting_the_account_is_no_way_to_close_it() -> None:
    assert status("## 帳號\n\n刪除帳號後，資料無法恢復，請聯絡我們了解詳情。\n", "cn-gbt35273/close-account") == "missing"


# --- (b) sharing and public disclosure denied without a recipient -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # corpora/gdeiassistant-privacy, eval/dev/automatic-txt (the GB/T template's sentence)
        "我们不会与任何公司、组织和个人共享您的个人信息，但以下情况除外：\n\n1. 在获取明确同意的情况下共享；\n",
        "我们不会共享、转让或公开披露您的个人信息。",
        "您的数据不会被共享、转让或公开披露。",
        # eval/precision11/mun-school-cn line 39
        "我们承诺：\n\n1. 不出售用户数据\n2. 不会共享、转让或公开披露任何用户数据\n",
    ],
)
def test_sharing_denied_without_a_recipient_is_the_sharing_statement(text: str) -> None:
    assert status("## 信息的共享\n\n" + text, "cn-gbt35273/sharing") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "我们不会共享、转让或公开披露您的个人信息。",
        "您的数据不会被共享、转让或公开披露。",
        "本应用不会将您的信息共享、转让或公开披露给任何人。",
        "我们承诺：\n\n1. 不出售用户数据\n2. 不会共享、转让或公开披露任何用户数据\n",
    ],
)
def test_public_disclosure_denied_in_a_list_of_verbs_is_the_rule(text: str) -> None:
    assert status("## 信息的共享\n\n" + text, "cn-gbt35273/public-disclosure") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "您可以选择不分享您的位置信息。",
        "我们建议您不要分享您的账号信息给他人。",
        "请不要在评论中分享您的个人信息。",
        "用户不得分享他人的个人信息。",
        "您不应公开披露他人的个人信息。",
        "我们如何共享、转让、公开披露您的个人信息",
    ],
)
@pytest.mark.parametrize("item", ["cn-gbt35273/sharing", "cn-gbt35273/public-disclosure"])
def test_the_users_choice_duty_or_a_title_is_no_sharing_rule(text: str, item: str) -> None:
    assert status("## 其他\n\n" + text, item) == "missing"


# --- (c) the correction asked for as an update or an edit --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You may request that we update any inaccurate personal information we hold about you.",
        # public policies found with the search tool (wording kept)
        "- **Correction/Deletion:** Request that we update inaccurate data or erase your information.",
        "You may request that we update or delete the contact information you submitted by reaching out through the contact forms on this site.",
        "You can ask us to update information that is incorrect or outdated.",
    ],
)
def test_an_update_of_what_is_wrong_is_the_ccpa_right_to_correct(text: str) -> None:
    assert status("## Your rights\n\n" + text, "us-ccpa/right-to-correct") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "We may update this policy if information in it becomes outdated.",
        "We will update this policy from time to time.",
        "Please let us know if your information is incorrect so that we can keep our records up to date.",
    ],
)
def test_the_operator_updating_its_policy_is_no_right_to_correct(text: str) -> None:
    assert status("## Changes\n\n" + text, "us-ccpa/right-to-correct") == "missing"


@pytest.mark.parametrize("text", ["您可以在个人中心编辑昵称和头像。", "您可以随时编辑您的资料。"])
def test_editing_ones_data_is_the_gbt_correction(text: str) -> None:
    assert status("## 您的权利\n\n" + text, "cn-gbt35273/correct") == "covered"


# --- (d) English: the controller, legitimate interests, sign-in sources, how to submit ---------------------------

CONTACT = "\n\n## Contact\n\nEmail: privacy@lumen-notes.org\n"


@pytest.mark.parametrize(
    "text",
    [
        # public policies found with the search tool (wording kept)
        'b makers ltd ("bmkrs", "we") is the data controller for personal data collected through bmkrs.com.',
        "KRYPTO KNIGHT LTD, a company incorporated in the Republic of Cyprus (Registration No. HE 434989), is the Data "
        "Controller responsible for deciding how and why your Personal Data is processed.",
        "sigil is the data controller responsible for your personal data.",
        'Scampagnate ("we", "our") is the data controller for personal data collected through this application.',
    ],
)
def test_a_named_controller_covers(text: str) -> None:
    assert status("## 1. Data controller\n\n" + text + CONTACT, "eu-gdpr/controller") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "We are the data controller for your personal data.",
        "The app is the data controller.",
        "For the analytics, Google, as an independent company, is the data controller.",
    ],
)
def test_a_pronoun_or_a_third_party_names_no_controller(text: str) -> None:
    assert status(text + CONTACT, "eu-gdpr/controller") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # public policies found with the search tool (wording kept)
        "We have to load essential cookies for legitimate interests pursued by us in delivering our Site's essential functionality to you.",
        "For the purposes of the legitimate interests pursued by us in promoting our business and in ensuring the security of the Platform.",
    ],
)
def test_the_interest_after_pursued_by_us_is_stated(text: str) -> None:
    assert status(text, "eu-gdpr/legitimate-interests") == "covered"


def test_relying_on_interests_pursued_by_us_states_none() -> None:
    assert status("We may rely on legitimate interests pursued by us.", "eu-gdpr/legitimate-interests") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "You can sign in with your Google or GitHub account. When you do, we receive your name, e-mail address and avatar.",
        "We use Google and GitHub OAuth for sign-in. We receive your name and e-mail address from the provider you choose.",
        "- Account information: your name and email address, provided by Google or GitHub when you sign in.",
    ],
)
@pytest.mark.parametrize("item", ["eu-gdpr/source", "us-ccpa/sources"])
def test_a_sign_in_provider_with_the_data_received_is_the_source(text: str, item: str) -> None:
    found = verdict("## Sign-in\n\n" + text, item)
    assert found.status == "covered" and found.evidence.line == 5


@pytest.mark.parametrize(
    "text",
    [
        "You can sign in with Google or GitHub. We store your settings on our server.",
        "You can sign in with Google. We do not receive your password or any other information.",
    ],
)
def test_a_sign_in_button_names_no_source(text: str) -> None:
    assert status("## Sign-in\n\n" + text, "eu-gdpr/source") == "not-applicable"
    assert status("## Sign-in\n\n" + text, "us-ccpa/sources") == "missing"


def test_for_exercising_these_rights_contact_is_how_to_submit() -> None:
    text = "## Your rights\n\nYou have the right to access and delete your data.\n\nFor exercising these rights, contact privacy@lumen-notes.org.\n"
    found = verdict(text, "us-ccpa/how-to-submit")
    assert found.status == "covered" and found.evidence.line == 7


def test_an_address_for_questions_is_no_way_to_submit() -> None:
    text = "## Your rights\n\nYou have the right to access and delete your data.\n\nFor questions, contact privacy@lumen-notes.org.\n"
    assert status(text, "us-ccpa/how-to-submit") == "missing"


# --- (e) visiting a page is no access; using the app is no business function -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "您可以访问我们的帮助中心页面了解更多信息。",
        "用户可以访问我们的官方网站获取最新版本信息。",
        "您可以随时访问本应用的设置页面调整通知。",
    ],
)
@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-pipl/rights"])
def test_visiting_a_page_is_no_right_of_access(text: str, item: str) -> None:
    assert status("## 其他\n\n" + text, item) == "missing"


@pytest.mark.parametrize(
    "text",
    ["您有权访问您的个人信息。", "您可以访问您的个人资料页面查看和修改信息。", "您可以访问账户设置页面，查看您的个人信息。"],
)
def test_accessing_ones_data_through_a_page_is_still_access(text: str) -> None:
    assert status("## 您的权利\n\n" + text, "cn-gbt35273/access") == "covered"


def test_using_the_app_as_a_whole_is_no_business_function() -> None:
    assert status("## 收集\n\n当您使用本应用时，我们会收集您的设备信息和IP地址。\n", "cn-gbt35273/functions") == "missing"


@pytest.mark.parametrize("text", ["当您使用本应用的记账功能时，我们会收集您的账目金额。", "在您注册账号时，我们会收集您的手机号码。"])
def test_a_named_feature_is_a_business_function(text: str) -> None:
    assert status("## 收集\n\n" + text, "cn-gbt35273/functions") == "covered"


# --- (f) citations: Do Not Track is no recipient; "other sources" names no source --------------------------------


def test_a_do_not_track_paragraph_is_not_cited_as_recipients() -> None:
    text = (
        '## Do Not Track\n\nSome browsers have a "Do Not Track" feature that lets you tell websites that you do not want to '
        "have your online activities tracked by third parties such as advertising networks.\n\n"
        "## Sharing\n\nWe share your e-mail address with Mailchimp, our newsletter service provider.\n"
    )
    found = verdict(text, "eu-gdpr/recipients")
    assert found.status == "covered" and found.evidence.line == 9


def test_a_do_not_track_paragraph_alone_names_no_recipient() -> None:
    text = '## Do Not Track\n\nSome browsers have a "Do Not Track" feature that lets you tell websites that you do not want to have your online activities tracked by third parties such as advertising networks.\n'
    assert status(text, "eu-gdpr/recipients") == "missing"


def test_other_sources_name_no_ccpa_source() -> None:
    text = "## Information we collect\n\nWe may also collect information about you from other sources.\n"
    assert status(text, "us-ccpa/sources") == "missing"


# --- (g) from our own data: an SDK paragraph as the Taiwan recipients; Apple's data through App Store Connect ------

# eval/precision8/wisdomgarden-cn line 21 (its tw-pdpa recipients were reported missing after the eleventh session)
WISDOMGARDEN_SDK = (
    "7. 为保障畅课（TronClass）相关功能的实现与应用安全稳定的运行，我们可能会接入由第三方及关联方提供的软件开发包(SDK)实现相关目的。"
    "我们会对合作方获取信息的软件工具开发包(SDK)进行严格的安全监测，以保护数据安全。"
)


def test_sdks_of_partners_that_obtain_data_are_the_taiwan_recipients() -> None:
    found = verdict("## 第三方\n\n" + WISDOMGARDEN_SDK + "\n", "tw-pdpa/recipients")
    assert found.status == "covered" and found.evidence.line == 5


@pytest.mark.parametrize(
    "text",
    [
        # (sixteenth session, f16f: 「本应用未接入任何第三方 SDK」 was a case here; the blind aggregate counts the recipients
        # stated as none as the disclosure, tests/test_profiles_classes16f.py)
        "我们接入由第三方提供的 SDK 以实现推送功能。",  # no party said to obtain data
        "我们接入由第三方提供的 SDK，以实现消息推送。",
    ],
)
def test_an_sdk_without_a_party_obtaining_data_names_no_recipient(text: str) -> None:
    assert status("## 说明\n\n" + text + "\n", "tw-pdpa/recipients") == "missing"


# eval/profiles/docs/e8-tablepro-zhhans line 97 (eu-gdpr source, us-ccpa sources annotated there)
TABLEPRO = "如果您在 iPhone 或 iPad 设置中选择与应用开发者共享分析数据，Apple 可能通过 App Store Connect 向我们提供崩溃报告和使用统计。"


@pytest.mark.parametrize("item", ["eu-gdpr/source", "us-ccpa/sources"])
def test_apple_providing_data_through_app_store_connect_is_a_source(item: str) -> None:
    assert status("## 崩溃报告\n\n" + TABLEPRO + "\n", item) == "covered"


def test_advice_about_the_app_store_connect_console_is_still_skipped() -> None:
    from policylens.profiles.coverage import _DRAFTING
    from policylens.topics import fold

    # eval/profiles/docs/u8-tetrisrunes-tw line 213: advice to the publisher, not a disclosure
    assert _DRAFTING.search(fold("在 App Store Connect 中設定隱私權標籤時，請選擇以下選項："))
    assert not _DRAFTING.search(fold(TABLEPRO))


def test_the_right_of_access_named_with_its_object_is_granted() -> None:
    # eval/profiles/docs/u8-wiiuguide-zh line 43: 「请求查阅和获得个人资料副本的权利」 (the object between 查阅 and 权利)
    text = "## 您的权利\n\n根据适用的数据保护法，您享有某些权利。这些权利包括：㈠请求查阅和获得个人资料副本的权利。\n"
    assert status(text, "cn-gbt35273/access") == "covered"
    assert status("## 您的权利\n\n我们尊重您访问我们网站和应用的自由。\n", "cn-gbt35273/access") == "missing"


def test_the_users_own_sharing_among_collection_exceptions_is_no_sharing_rule() -> None:
    # tests/data/real/melaliy.zh-Hans.md line 15: the exceptions are to *collection*, the sharing is the user's own
    text = "## 信息收集\n\n我们不会收集您的个人信息，下列情况除外：\n\n（1） 您主动提供的；\n（2） 您自行向第三方共享、转让、公开的；\n"
    assert status(text, "cn-gbt35273/sharing") == "missing"


def test_using_the_app_with_what_the_data_serves_is_a_business_function() -> None:
    # eval/precision10/unicare-txt line 16
    text = "## 收集\n\n当您使用App时，需要打开蓝牙来连接胎心仪设备，打开蓝牙需要获取位置信息。\n"
    assert status(text, "cn-gbt35273/functions") == "covered"
