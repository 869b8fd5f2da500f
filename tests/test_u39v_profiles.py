"""Profile verdict classes fixed in session 39 (u39v, issue #14), each tested both ways.

From eval/profiles39's dev documents (not blind) and the classes eval/profiles38c left:
- tw-pdpa/methods: the Act's 方式 label whose value names the manner of use (「（四）方式：合於法令規定之利用方式。」, dacheng-tw
  78; taken back in session 47, u47w: a value that only says lawful names no means); not the label of the way to exercise a right;
- tw-pdpa/rights: the way given as writing under its label (「（二）行使權利之方式：書面。」, dacheng-tw 86); not 「書面同意」;
- tw-pdpa/source: the Act's 個人資料之來源 label listing parties other than the person (dacheng-tw 73), and the data a named
  provider's sign-in leaves (「Google OAuth 登入後的名稱、電子郵件…」, profiles38c muizo-tw 16); not 「來源：您本人提供」 nor the
  product's own sign-in;
- tw-pdpa/purposes: bare verb phrases under a heading that names them as purposes (「2. 資料使用目的」 + 「提供登入、身分驗證與帳號管理
  功能。」, muizo-tw 26); not under a 如何使用 heading, nor giving data (「提供個人資料與否…」);
- cn-gbt35273/close-account: 「使用应用程序不需要注册。」 says no account exists (pushup-zh 7), and so does an account in a list
  of what the product lacks or runs (「App 不包含账号系统、广告…」, profiles33 gazeease-zh 9); not a part of the service, a sign-in by
  other means, nor account data denied (「不会使用您的账号信息」);
- cn-gbt35273/cross-border: data moving only between the person's own devices, or only over the LAN (profiles38c coderemote-zh
  9, 39), name the storage place; not a device and the developer's server;
- cn-gbt35273/complaint: a sentence about complaints is cited before a contact line for questions (yuejian-taro 141, not 168);
  the questions line still covers where it is the only evidence;
- eu-gdpr/transfers: a server "hosted in a different country than where you are located" is a transfer (homecloud-en 171),
  not "if our server is ever hosted…"; the UK's International Data Transfer Agreement is a named safeguard (notary-en 595);
- a checklist of what a notice must tell (「The Business must provide a privacy notice … to inform them of:」 + its items,
  notary-en 35-63; the law's 「个人信息处理者…应当…告知下列事项：」) is never a disclosure; the policy's own 「We are required
  to tell you the following:」 + its items still is.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict


def test_a_method_label_that_only_says_lawful_is_no_method() -> None:
    # u39v read this value as covered; session 47 (u47w) took it back: the blind annotators of eval/profiles43c,
    # eval/profiles44c and eval/profiles47 read it as missing (tests/test_profiles47w.py holds both sides)
    text = "## 告知事項\n\n- （三）地區：上述對象所在之地區。（四）方式：合於法令規定之利用方式。\n"
    assert status(text, "tw-pdpa/methods") == "missing"


def test_the_way_to_exercise_a_right_is_no_method_of_use() -> None:
    assert status("## 權利\n\n- （二）行使權利之方式：書面。\n", "tw-pdpa/methods") == "missing"


RIGHTS = (
    "## 告知事項\n\n依據個資法第3條規定，台端就本公司保有台端之個人資料得行使之權利及方式：\n\n"
    "- （一）得向本公司行使之權利：1.向本公司查詢、請求閱覽或請求製給複製本。2.向本公司請求補充或更正。\n"
)


def test_rights_exercised_in_writing_give_the_way() -> None:
    assert status(RIGHTS + "- （二）行使權利之方式：書面。\n", "tw-pdpa/rights") == "covered"


def test_written_consent_is_no_way_to_exercise_the_rights() -> None:
    assert status(RIGHTS + "- 本公司以書面同意為準。\n", "tw-pdpa/rights") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 告知事項\n\n- 個人資料之來源（一）要保人/被保險人（二）司法警憲機關、委託協助處理理賠之公證人或機構（四）各醫療院所。\n",
        "## 蒐集的資料類型\n\n- 帳號與識別資料：Google OAuth 登入後的名稱、電子郵件、頭像、Google 帳號識別碼。\n",
    ],
)
def test_a_source_label_or_a_providers_sign_in_names_the_source(text: str) -> None:
    assert status(text, "tw-pdpa/source") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 告知事項\n\n- 個人資料之來源：您本人提供。\n",
        "## 蒐集的資料類型\n\n- 帳號資料：登入後的名稱、電子郵件。\n",
    ],
)
def test_the_person_or_the_own_sign_in_is_no_other_source(text: str) -> None:
    assert status(text, "tw-pdpa/source") == "not-applicable"


def test_verb_phrases_under_a_purposes_heading_are_the_purposes() -> None:
    text = "## 2. 資料使用目的\n\n- 提供登入、身分驗證與帳號管理功能。\n- 提升服務穩定性與安全性。\n"
    assert status(text, "tw-pdpa/purposes") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 2. 如何使用\n\n- 提供登入、身分驗證與帳號管理功能。\n",
        "## 2. 使用目的\n\n- 提供個人資料與否，您可自由選擇。\n",
        "## 2. 資料使用目的\n\n我們重視您的隱私。\n",
    ],
)
def test_no_purpose_without_a_purposes_heading_or_with_data_given(text: str) -> None:
    assert status(text, "tw-pdpa/purposes") == "missing"


@pytest.mark.parametrize(
    "text",
    ["当您下载和使用该应用程序时，该应用程序不会获取任何信息。使用应用程序不需要注册。", "The app does not require registration."],
)
def test_no_registration_needed_means_no_account(text: str) -> None:
    assert status(f"## 信息\n\n{text}\n", "cn-gbt35273/close-account") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    ["无需注册即可浏览部分内容。", "无需注册，使用手机号一键登录。", "本应用不需要注册，但如果您需要同步数据，请注册账号。"],
)
def test_registration_not_needed_for_a_part_keeps_the_account(text: str) -> None:
    assert status(f"## 信息\n\n{text}\n", "cn-gbt35273/close-account") == "missing"


@pytest.mark.parametrize(
    "text",
    ["用户的会话内容仅在用户的鸿蒙设备与用户自行配对的桌面服务之间传输。", "本应用仅支持在本地局域网内连接用户自行配对的桌面服务。"],
)
def test_data_only_between_the_persons_own_devices_name_the_place(text: str) -> None:
    assert status(f"## 传输\n\n{text}\n", "cn-gbt35273/cross-border") == "covered"


@pytest.mark.parametrize("text", ["会话内容会在您的设备与我们的服务器之间传输。", "本应用支持在局域网或互联网内连接您的设备。"])
def test_a_device_and_a_server_name_no_place(text: str) -> None:
    assert status(f"## 传输\n\n{text}\n", "cn-gbt35273/cross-border") == "missing"


QUESTIONS = "## 八、如何联系我们\n\n如果您对本指引有任何疑问、意见或建议，请通过以下方式与我们联系：\n\n- 客服邮箱：service@yuejian-shop.cn\n\n我们将在收到您联系信息后的15个工作日内予以回复。\n"


def test_a_complaint_sentence_is_cited_before_a_questions_line() -> None:
    text = "## 五、您的权利\n\n- 投诉举报：如果您认为您的个人信息权利受到侵害，可以通过本指引末尾的联系方式与我们联系。\n\n" + QUESTIONS
    found = verdict(text, "cn-gbt35273/complaint")
    assert found.status == "covered" and "投诉" in found.evidence.text


def test_a_questions_line_alone_is_no_complaint_channel() -> None:
    """(u42w, issue #14: session 34's questions-with-a-reply-time convention reversed, see tests/test_u34v_profiles.py)"""
    assert verdict(QUESTIONS, "cn-gbt35273/complaint").status == "missing"


def test_a_server_in_another_country_is_a_transfer() -> None:
    text = "## 11. International Data Transfers\n\nOur authentication server may be hosted in a different country than where you are located.\n"
    assert status(text, "eu-gdpr/transfers") == "missing"


@pytest.mark.parametrize(
    "text",
    ["If our server is ever hosted in a different country, we will tell you.", "We store your data on our own server in Germany."],
)
def test_a_hypothetical_or_a_named_home_country_is_no_transfer(text: str) -> None:
    assert status(f"## Data\n\n{text}\n", "eu-gdpr/transfers") == "not-applicable"


def test_the_uk_transfer_agreement_is_a_named_safeguard() -> None:
    text = (
        "## International data transfers\n\nWe may transfer your personal data to a third party in countries outside the United "
        "Kingdom. We ensure that appropriate transfer mechanisms, such as the UK International Data Transfer Agreement, are in place.\n"
    )
    assert status(text, "eu-gdpr/transfers") == "covered"


CHECKLIST = (
    "## Principles\n\nThe Business must provide a privacy notice to each client to inform them of:\n\n"
    "* the existence of the right to withdraw consent at any time, if applicable;\n"
    "* the right to lodge a complaint with a supervisory authority;\n"
)


@pytest.mark.parametrize("item", ["eu-gdpr/withdraw-consent", "eu-gdpr/complaint"])
def test_a_checklist_of_what_a_notice_must_tell_discloses_nothing(item: str) -> None:
    assert status(CHECKLIST, item) == "missing"


def test_the_laws_list_of_what_to_tell_discloses_nothing() -> None:
    text = "## 说明\n\n个人信息处理者在处理个人信息前，应当向个人告知下列事项：\n\n- 个人信息的保存期限为两年；\n"
    assert status(text, "cn-pipl/retention") == "missing"


def test_the_policys_own_list_after_a_duty_still_discloses() -> None:
    text = "## Principles\n\nWe are required to tell you the following:\n\n* you have the right to lodge a complaint with the ICO, the supervisory authority.\n"
    assert status(text, "eu-gdpr/complaint") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "App 不包含账号系统、广告、遥测、云同步或网络上传路径。",
        "应用没有内置分析 SDK、账户、上传服务或自动崩溃上报。",
        "TextDuet 不运营翻译中转服务、账号服务、遥测服务、云同步。",
        "本应用不要求您注册或登录账户。",
        "**我们不使用**：用户账号系统、登录、Cookie 追踪、广告网络。",
    ],
)
def test_an_account_in_a_list_of_what_the_product_lacks_means_no_account(text: str) -> None:
    assert status(f"## 说明\n\n{text}\n", "cn-gbt35273/close-account") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "我们不会使用您的账号信息。",
        "我们不要求您提供账号密码。",
        "您不需要在每台设备上重复登录账号，我们会同步。",
        "无需注册账号，用户可通过微信登录。",
    ],
)
def test_account_data_denied_or_another_sign_in_keeps_the_account(text: str) -> None:
    assert status(f"## 说明\n\n{text}\n", "cn-gbt35273/close-account") == "missing"


def test_a_list_of_data_a_record_leaves_out_is_no_account_statement() -> None:
    text = "## 说明\n\n- 匿名化的实例标识符（随机生成，不包含您的姓名、账号、设备号等任何个人身份信息，90 天自动旋转）\n"
    assert status(text, "cn-gbt35273/close-account") == "missing"


def test_a_bare_data_source_of_open_data_is_no_source_of_personal_data() -> None:
    text = "## 交通資料API\n\n- **資料來源**：政府開放資料平台\n"
    assert status(text, "tw-pdpa/source") == "not-applicable"


def test_a_processing_label_whose_value_is_security_is_no_method_of_use() -> None:
    text = "## 推送通知消息\n\n处理方式：通过去标识化、加密传输和处理的安全处理方式\n"
    assert status(text, "tw-pdpa/methods") == "missing"
