"""Issue #14 classes of the fifty-seventh session (u57w; not blind: every real case is from a set already run).

- English rights exercise: 'To exercise rights, email ADDRESS' (no determiner before rights) is the way to submit a request;
  bare imperative rights items under a rights heading ('Request access to personal data we hold about you', 'Ask us to
  delete your data') are the rights, 'we' in a relative clause after the data not being the operator acting.
- 支付信息 a payment platform handles is not the policy's own financial account (PIPL; GB/T keeps order records sensitive);
  「不主动收集未成年人敏感信息」 does not exclude children, nor does 「不会故意收集…」 beside their use with a guardian's consent.
- 「联系开发者」 is a way to exercise the rights when the document names the channel, a mini-program's feedback channel too.
- 'Compliance with legal obligations and lawful requests': 'lawful requests' is no basis word.
- 「调用以下第三方服务：- OpenAI API（…）」 names recipients.
- eval/profiles57p's dev classes: cookies as the browser allows and a browser add-on's data (no consent withdrawn, no right);
  recipients named by their service in a long list (向支付服务、…、应用商店或审核平台提供); a cloud provider that stores the data;
  a denial limited to the recipients' marketing and a sentence on third-party sourcing cited last.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import cited_line, file_verdict, profile_status, profile_verdict

# --- 1. English rights exercise ------------------------------------------------------------------------------------------------

_RIGHTS = "## Your Rights\n\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("To exercise rights, email base@example-mail.com.", "covered"),
        ("To exercise privacy rights, contact us at help@example-mail.com.", "covered"),
        ("To exercise these rights, email base@example-mail.com.", "covered"),
        ("We exercise rights granted by law on our website.", "missing"),
        ("To exercise rights, please read this policy carefully.", "missing"),
    ],
)
def test_exercising_rights_with_no_determiner_and_an_address_is_the_way_in(text: str, status: str) -> None:
    assert profile_status(_RIGHTS + text + "\n", "us-ccpa/how-to-submit") == status


@pytest.mark.parametrize(
    ("text", "item", "status"),
    [
        ("- Request access to personal data we hold about you.", "us-ccpa/right-to-know", "covered"),
        ("- Ask us for a copy of the data we collect from you.", "us-ccpa/right-to-know", "covered"),
        ("- Ask us for a copy of your data.", "us-ccpa/right-to-know", "covered"),
        ("- Request deletion of personal data we hold about you.", "us-ccpa/right-to-delete", "covered"),
        ("- Ask us to delete your account data.", "us-ccpa/right-to-delete", "covered"),
        # the operator acting stays out
        ("- Access your data, which we sell to partners.", "us-ccpa/right-to-know", "missing"),
        ("- We access your data to run the service.", "us-ccpa/right-to-know", "missing"),
    ],
)
def test_bare_imperative_rights_items_under_a_rights_heading(text: str, item: str, status: str) -> None:
    assert profile_status(_RIGHTS + text + "\n", item) == status


def test_an_imperative_rights_item_outside_a_rights_heading_is_no_right() -> None:
    assert (
        profile_status("## How we use data\n\n- Request access to personal data we hold about you.\n", "us-ccpa/right-to-know") == "missing"
    )


P56Q = ROOT / "eval" / "profiles56q" / "docs"


@pytest.mark.parametrize(("item", "line"), [("us-ccpa/right-to-know", 94), ("us-ccpa/how-to-submit", 100)])
def test_unimatch_rights_list_and_its_way_in(item: str, line: int) -> None:
    assert file_verdict(P56Q / "unimatch-en" / "Privacy.jsx", item) == ("covered", line)


# --- 2. payment data a platform handles; children's sensitive data only -------------------------------------------------------

_COLLECTED = "## 2.1 您主动提供的信息\n\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("- 注册信息：手机号\n- 支付信息：支付方式、订单信息（由第三方支付平台处理）", "not-applicable"),
        ("我们收集您的支付信息，支付信息由微信支付处理。", "not-applicable"),
        ("- 支付信息：支付方式、订单信息", "missing"),
        ("- 支付信息：支付账号、银行卡号（由第三方支付平台处理）", "missing"),
        ("我们收集您的支付信息并提供给支付平台处理。", "missing"),
    ],
)
def test_payment_information_a_platform_handles_is_not_the_policys_financial_account(text: str, status: str) -> None:
    assert profile_status(_COLLECTED + text + "\n", "cn-pipl/sensitive-necessity") == status


def test_payment_information_a_platform_handles_stays_gbt_transaction_records() -> None:
    # GB/T 35273 Annex B counts 交易和消费记录 as sensitive (eval/profiles48c aipic-zh, xingguang-zh annotations): the item applies
    text = _COLLECTED + "- 支付信息：支付方式、订单信息（由第三方支付平台处理）\n"
    assert profile_status(text, "cn-gbt35273/sensitive-marked") == "missing"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("若您为未满14周岁的未成年人，请在监护人同意与指导下使用本服务；我们不主动收集未成年人敏感信息。", "covered"),
        ("若您為未滿14周歲的未成年人，請在監護人同意與指導下使用本服務；我們不主動收集未成年人敏感資訊。", "covered"),
        ("我们不会主动收集未成年人的个人信息。", "not-applicable"),
        ("我们不主动收集未满14周岁儿童的个人信息。", "not-applicable"),
    ],
)
def test_a_refusal_of_childrens_sensitive_data_only_does_not_exclude_children(text: str, status: str) -> None:
    assert profile_status("## 未成年人保护\n\n" + text + "\n", "cn-pipl/minors") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("我们不会故意收集未满 18 岁未成年人的个人信息。如果您是未成年人，请在使用本应用前征得父母或监护人的同意。", "covered"),
        ("我們不會故意收集未滿 18 歲未成年人的個人資料。如果您是未成年人，請在監護人同意的情況下使用本應用。", "covered"),
        ("我们不会主动收集不满十四周岁未成年人的个人信息。如果您是不满十四周岁的未成年人，请由监护人代为提供个人信息。", "missing"),
        ("我们不会故意收集儿童的个人信息。未满14周岁的用户请在监护人指导下使用。", "not-applicable"),
        ("我们不会故意收集儿童的个人信息。如发现未成年人在未经监护人同意的情况下注册，我们将删除相关信息。", "not-applicable"),
        ("我们不会故意收集儿童的个人信息。", "not-applicable"),
        # the consent rule before the refusal leaves the refusal the last word (eval/profiles36 xuno-tsx 211, annotated n/a)
        (
            "如果您是未满14周岁的未成年人，请在取得监护人同意后使用我们的服务。我们不会主动收集未满14周岁未成年人的个人信息。",
            "not-applicable",
        ),
        # English keeps its sentence clause: a guardian in the next sentence does not keep the refusal from ruling the item out
        (
            "We do not knowingly collect personal information from children under 13. If you are a parent or guardian, please contact us.",
            "not-applicable",
        ),
    ],
)
def test_a_refusal_to_collect_childrens_data_beside_their_use_with_a_guardians_consent(text: str, status: str) -> None:
    assert profile_status("## 六、未成年人隐私\n\n" + text + "\n", "cn-pipl/minors") == status


# --- 3. 「联系开发者」 with the channel given elsewhere -------------------------------------------------------------------------------

_DELETE = "## 五、信息删除\n\n如您希望删除本应用中的个人数据，请联系开发者，我们将在合理时间内处理您的请求。\n\n## 七、联系我们\n\n"


@pytest.mark.parametrize(
    ("contact", "status"),
    [
        ("如对本隐私政策有任何疑问，请通过微信小程序反馈渠道联系开发者。", "covered"),
        ("如有疑问，可通过应用中的意见反馈入口联系我们。", "covered"),
        ("如有疑問，請透過 App 內的客服功能聯繫我們。", "covered"),
        ("如有疑问，请发送邮件至 dev@example-mail.com。", "covered"),
        ("如有疑问，欢迎联系开发者。", "missing"),
        ("我们会持续改进反馈体验。", "missing"),
    ],
)
def test_contact_the_developer_is_a_way_where_the_document_gives_the_channel(contact: str, status: str) -> None:
    assert profile_status(_DELETE + contact + "\n", "cn-pipl/rights") == status


# --- 4. 'lawful requests' is no basis ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "## 3) Purposes of Use\n\n- Service analytics and improvement.\n- Compliance with legal obligations and lawful requests.",
            "missing",
        ),
        ("## Purposes\n\n- To comply with legal obligations and respond to lawful requests by public authorities.", "missing"),
        ("## Purposes\n\n- Compliance with legal obligations and lawful orders.", "missing"),
        ("## Purposes\n\nWe process data lawfully to comply with legal obligations.", "covered"),
        ("## Purposes\n\nProcessing is necessary to comply with legal obligations and lawful requests.", "covered"),
        ("## Legal basis\n\n- Compliance with legal obligations.", "covered"),
    ],
)
def test_lawful_requests_beside_a_purpose_name_no_legal_basis(text: str, status: str) -> None:
    assert profile_status(text + "\n", "eu-gdpr/legal-basis") == status


# --- 5. 调用以下第三方服务 ----------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("我们可能会调用以下第三方服务来实现功能：\n- Apple（提供账户登录与认证）\n- OpenAI API（用于释义生成）", "covered"),
        ("我們可能會調用以下第三方服務來實現功能：\n- Apple（提供帳戶登入與認證）\n- OpenAI API（用於釋義生成）", "covered"),
        ("本应用引入了以下第三方服务：\n- Firebase Crashlytics（崩溃分析）", "covered"),
        ("本应用不会调用以下第三方服务：\n- OpenAI API", "missing"),
        ("我们调用以下接口：\n- 本地数据库", "missing"),
    ],
)
def test_services_called_from_a_list_are_recipients(text: str, status: str) -> None:
    assert profile_status("## 三、第三方服务\n\n" + text + "\n", "eu-gdpr/recipients") == status


def test_cihui_zh_services_list_is_cited() -> None:
    status, line = file_verdict(ROOT / "eval" / "profiles56p" / "docs" / "cihui-bil" / "legalTexts.ts", "eu-gdpr/recipients")
    assert status == "covered" and line is not None and 20 <= line <= 23


def test_verdict_object_is_usable() -> None:  # the helper's full verdict keeps its evidence for a covered item
    assert profile_verdict(_RIGHTS + "To exercise rights, email base@example-mail.com.\n", "us-ccpa/how-to-submit").evidence is not None


# --- 6. eval/profiles57p's dev classes (m57p; not blind) --------------------------------------------------------------------------

_COOKIE = "## 二、Cookie\n\n"


@pytest.mark.parametrize(
    ("text", "item", "status"),
    [
        ("如您的浏览器或浏览器附加服务允许，您可以修改对Cookie的接受程度或者拒绝相关Cookie。", "cn-gbt35273/withdraw-consent", "missing"),
        ("如您的瀏覽器允許，您可以修改對Cookie的接受程度或者拒絕相關Cookie。", "cn-gbt35273/withdraw-consent", "missing"),
        ("您可以通过改变浏览器附加程序的设置，来关闭或删除浏览器附加程序使用的类似数据。", "cn-pipl/rights", "missing"),
        ("如您的浏览器允许，您可以修改对Cookie的接受程度或者拒绝相关Cookie。", "cn-pipl/rights", "missing"),
        # a sentence that names consent still withdraws it; a permission switched off is no cookie
        ("您可以随时在设置中撤回对Cookie的同意，如您的浏览器允许，也可以拒绝Cookie。", "cn-gbt35273/withdraw-consent", "covered"),
        ("您可以随时在系统设置中关闭相机权限。", "cn-gbt35273/withdraw-consent", "covered"),
    ],
)
def test_cookies_as_the_browser_allows_withdraw_no_consent_and_grant_no_right(text: str, item: str, status: str) -> None:
    assert profile_status(_COOKIE + text + "\n", item) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "为了实现特定功能，我们可能在必要范围内向支付服务、邮件或验证码服务、网易云音乐/QQ 音乐等歌单来源、文件存储/CDN/下载服务、应用商店或审核平台提供必要信息。",
            "covered",
        ),
        ("為了實現特定功能，我們可能在必要範圍內向支付服務、郵件或驗證碼服務、應用商店或審核平台提供必要資訊。", "covered"),
        ("我们使用专业的云服务提供商（部署于中国大陆境内）进行数据存储，确保数据传输和存储的安全。", "covered"),
        ("我们会向支付服务商、物流公司、门店和客服团队等了解情况后为您提供服务。", "missing"),
        ("我们将根据您的需要向您提供服务。", "missing"),
    ],
)
def test_recipients_named_by_their_service_or_a_cloud_provider_that_stores(text: str, status: str) -> None:
    assert profile_status("## 四、委托处理、共享\n\n" + text + "\n", "cn-gbt35273/sharing") == status


def test_a_denial_for_the_recipients_marketing_is_cited_after_the_entrusted_storage() -> None:
    text = (
        "## 二、共享\n\n2.3 我们保证不会将您的个人信息出售、出租或以其他形式提供给任何第三方用于其营销目的。\n\n"
        "## 三、存储\n\n3.1 我们使用专业的云服务提供商（部署于中国大陆境内）进行数据存储。\n"
    )
    assert cited_line(text, "cn-gbt35273/sharing").startswith("3.1 ")


def test_a_sentence_on_obtaining_data_from_third_parties_is_cited_after_the_purposes() -> None:
    text = (
        "## 三、信息来源\n\n2. 如果为了向您提供服务而需要从第三方获取您的信息，我们将要求第三方说明信息来源。\n\n"
        "## 五、我们如何使用信息\n\n1. 为了提供适合您的服务，提供服务状态通知等功能，对您的信息进行分析、加工或其他处理。\n"
    )
    assert cited_line(text, "cn-pipl/purposes").startswith("1. ")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("您可以通过访问“我”的界面查阅您的昵称、头像以及注册信息等个人信息。", "covered"),
        ("您可以在登录界面查看本应用的功能介绍。", "missing"),
    ],
)
def test_a_screen_of_the_app_is_the_way_to_exercise_a_right(text: str, status: str) -> None:
    assert profile_status("## 六、您的权利\n\n" + text + "\n", "cn-pipl/rights") == status
