"""Fifty-fourth session, helper u54w2 (issue #14, required-disclosure profiles; each class from eval/profiles54p, after its
blind run, so that set is no longer blind for these items):

- eu-gdpr/automated-decisions: profiling said as building a profile of the person, affirmed or denied ('The Service does
  not build a marketing or behavioural advertising profile of you', 「不会为您建立用户画像」, 「不會建立閣下的…剖析檔案」;
  autoslides-bil 239);
- cn-gbt35273/methods and close-account where the policy speaks of 用户 rather than 您: data a kind of user must provide
  (「门店/代理用户需额外提供营业执照…」, liaoquan-zh 49), data obtained at a third-party login (「头像及昵称（第三方登录时获取）」, 40),
  closing the account granted as a right under a rights heading (「用户有权注销平台账号」, 106), not the operator's right to close it;
- retention: the data maintained with a criterion ('we will maintain your Order Information for our records unless and until
  you ask us to delete this information', buykop-en 119) and 「保存至您要求删除」 with no 为止 (eu-gdpr, cn-pipl, cn-gbt35273);
- eu-gdpr/legal-basis in plain words: processing 'in order to fulfill contracts we might have with you', 'legitimate business
  interests' (buykop-en 107), 「为订立、履行…合同所必需」;
- us-ccpa/how-to-submit: a request instruction pointing to the contact section ('If you would like to exercise this right,
  please contact us through the contact information below', buykop-en 103) where the document gives an address;
- citing lines: eu-gdpr/recipients not at what the service contains none of ('contains no … third-party advertising pixels',
  autoslides-bil 235) but at infrastructure or AI providers said to process the data (221); GB/T sharing cites a disclaimer of
  third-party links or plug-ins (liaoquan-zh 116) after a sharing practice (41); cn-pipl/methods cites a right in English
  ('**Right of access**: You may view all data stored locally', eval/profiles53q chatgenius-en 69) after a method, and reads
  storage in the browser's own storage ('stored only in the browser's chrome.storage.local', 39).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_verdict

P54P = ROOT / "eval" / "profiles54p" / "docs"
P53Q = ROOT / "eval" / "profiles53q" / "docs"

_BODY_EN = "## What we collect\n\nWe collect your email address to run the service.\n\n"

# --- profiling as building a profile of the person ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Service does not build a marketing or behavioural advertising profile of you.",
        "We do not create profiles about our users for advertising.",
        "We never profile you.",
        "我们不会为您建立用户画像。",
        "本服务不会建立您的营销或行为广告画像。",
        "本服務不會建立閣下的營銷或行為廣告剖析檔案。",
    ],
)
def test_building_a_profile_of_the_person_is_the_profiling_statement(sentence: str) -> None:
    found = profile_verdict(_BODY_EN + sentence + "\n", "eu-gdpr/automated-decisions")
    assert found.status == "covered", found
    assert found.evidence.line == 7, found


@pytest.mark.parametrize(
    "sentence",
    [
        "You can create your profile on the settings page.",
        "Create a profile to save your favourite recipes.",
        "Your profile picture is visible to other users.",
        "您可以在设置中创建个人资料并上传头像。",
        "本应用可以为您生成画像风格的头像图片。",
    ],
)
def test_an_account_profile_is_no_profiling(sentence: str) -> None:
    assert profile_verdict(_BODY_EN + sentence + "\n", "eu-gdpr/automated-decisions").status == "missing"


def test_autoslides_profiling_denial_is_cited_at_its_own_paragraph() -> None:
    # 94 ("cookies … are not used by the Developer to build a marketing profile of you") is a thing not used for it
    assert file_verdict(P54P / "autoslides-bil" / "privacy.ts", "eu-gdpr/automated-decisions") == ("covered", 239)


# --- GB/T methods and close-account in the third person ----------------------------------------------------------------------

_BODY_ZH = "## 我们收集的信息\n\n我们收集您的手机号用于登录。\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "门店/代理用户需额外提供营业执照、负责人身份证明、银行账户信息（用于资质审核）。",
        "商家用户须提交身份证号码及营业执照用于资质审核。",
        "• 身份信息：微信/支付宝头像及昵称（第三方登录时获取，用于账号展示）；",
        "• 身份資訊：頭像及暱稱（第三方帳號登入時獲取）；",
    ],
)
def test_a_user_providing_the_data_is_a_collection_method(sentence: str) -> None:
    found = profile_verdict("## 我们使用的信息\n\n" + sentence + "\n", "cn-gbt35273/methods")
    assert found.status == "covered", found
    assert found.evidence.line == 5, found


@pytest.mark.parametrize(
    "sentence",
    [
        "用户无需提供身份证号码即可使用本服务。",
        "第三方登录时获取您的授权后方可继续。",
        "用户应遵守法律法规，不得发布违法信息。",
    ],
)
def test_no_user_providing_is_no_collection_method(sentence: str) -> None:
    assert profile_verdict("## 我们使用的信息\n\n" + sentence + "\n", "cn-gbt35273/methods").status == "missing"


@pytest.mark.parametrize(
    "sentence",
    [
        "用户有权注销平台账号，账号注销后，平台将删除或匿名化处理其个人信息。",
        "用户有权注销其账号。",
        "用戶有權註銷平台帳號，帳號註銷後平台將刪除其個人資料。",
        "用户可以删除其账号。",
        "Users can delete their account in Settings.",
    ],
)
def test_closing_the_account_granted_to_the_user_under_a_rights_heading(sentence: str) -> None:
    found = profile_verdict("## 5. 用户权利行使\n\n" + sentence + "\n", "cn-gbt35273/close-account")
    assert found.status == "covered", found
    assert found.evidence.line == 5, found


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("## 5. 用户权利与义务", "用户违规的，平台有权注销其账号。"),
        ("## 5. 用户权利与义务", "如用户违反本协议，我们有权注销其账号。"),
        ("## 关于我们", "用户有权注销平台账号。"),
        ("## 5. 用户权利与义务", "如用户违规，平台可以删除其账号。"),
        ("## User rights and obligations", "We may delete their account if users break the rules."),
        ("## 4. 用户权利", "4.3 云端服务用户有权按照云端服务协议导出、删除其账户数据。"),
        ("## User rights", "Users can delete their account data in Settings."),
    ],
)
def test_the_operators_right_or_no_rights_heading_is_no_close_account(heading: str, sentence: str) -> None:
    assert profile_verdict(heading + "\n\n" + sentence + "\n", "cn-gbt35273/close-account").status == "missing"


def test_augura_account_data_deleted_is_no_close_account() -> None:
    # eval/profiles36c augura-zh 74 (annotated missing): 「云端服务用户有权…导出、删除其账户数据」 deletes data, not the account
    path = ROOT / "eval" / "profiles36c" / "docs" / "augura-zh" / "PRIVACY.zh-CN.md"
    assert file_verdict(path, "cn-gbt35273/close-account") == ("missing", None)


@pytest.mark.parametrize(("item", "line"), [("cn-gbt35273/methods", 40), ("cn-gbt35273/close-account", 106)])
def test_liaoquan_third_person_methods_and_close_account(item: str, line: int) -> None:
    assert file_verdict(P54P / "liaoquan-zh" / "index.vue", item) == ("covered", line)


# --- kept until the person asks for the deletion -----------------------------------------------------------------------------

_RETENTION = ("eu-gdpr/retention", "cn-pipl/retention", "cn-gbt35273/retention")


@pytest.mark.parametrize("item", _RETENTION)
@pytest.mark.parametrize("sentence", ["您的订单信息将保存至您要求删除。", "您的訂單資料將保留至您申請刪除。"])
def test_kept_until_the_person_asks_for_the_deletion(item: str, sentence: str) -> None:
    found = profile_verdict("## 我们收集的信息\n\n我们收集您的手机号。\n\n" + sentence + "\n", item)
    assert found.status == "covered", found
    assert found.evidence.line == 7, found


@pytest.mark.parametrize(
    "sentence",
    [
        "We will maintain your Order Information for our records unless and until you ask us to delete this information.",
        "We maintain the personal data we collect for as long as your account is active.",
    ],
)
def test_data_maintained_with_a_criterion_is_retention(sentence: str) -> None:
    found = profile_verdict(_BODY_EN + sentence + "\n", "eu-gdpr/retention")
    assert found.status == "covered", found
    assert found.evidence.line == 7, found


@pytest.mark.parametrize(
    "sentence",
    [
        "We maintain the security of your data until you close the app.",
        "We maintain our website as long as the project runs.",
        "您的文件将存储至您要求的文件夹中。",
    ],
)
def test_maintaining_something_else_is_no_retention(sentence: str) -> None:
    assert profile_verdict(_BODY_EN + sentence + "\n", "eu-gdpr/retention").status == "missing"


def test_buykop_retention_is_the_maintained_order_information() -> None:
    assert file_verdict(P54P / "buykop-en" / "index.vue", "eu-gdpr/retention") == ("covered", 119)


# --- legal bases in plain words ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We are processing your information in order to fulfill contracts we might have with you.",
        "We use your address to perform the contract with you.",
        "We process usage data to pursue our legitimate business interests.",
        "我们处理您的信息是为订立、履行您作为一方当事人的合同所必需。",
        "處理您的資料係為訂立、履行您作為一方當事人的合約所必需。",
    ],
)
def test_a_legal_basis_in_plain_words(sentence: str) -> None:
    found = profile_verdict(_BODY_EN + sentence + "\n", "eu-gdpr/legal-basis")
    assert found.status == "covered", found
    assert found.evidence.line == 7, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Our suppliers fulfil contracts with their own customers.",
        "We use your address to fulfil your order.",
        "我们将履行本协议约定的服务。",
    ],
)
def test_no_basis_in_a_contract_or_order_alone(sentence: str) -> None:
    assert profile_verdict(_BODY_EN + sentence + "\n", "eu-gdpr/legal-basis").status == "missing"


def test_buykop_legal_basis_in_plain_words() -> None:
    assert file_verdict(P54P / "buykop-en" / "index.vue", "eu-gdpr/legal-basis") == ("covered", 107)


# --- a request instruction pointing to the contact section -------------------------------------------------------------------

_CONTACT = "\n\n## Contact\n\nE-mail: help@northwind.dev\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "If you would like to exercise this right, please contact us through the contact information below.",
        "To make a deletion request, contact us as described below.",
        "Please contact us using the contact details provided below to exercise your rights.",
        "如您希望行使上述权利，请通过下方的联系方式与我们联系。",
        "如您欲行使上述權利，請依下方聯絡方式與我們聯繫。",
    ],
)
def test_a_request_pointed_to_the_contact_section(sentence: str) -> None:
    found = profile_verdict(_BODY_EN + sentence + _CONTACT, "us-ccpa/how-to-submit")
    assert found.status == "covered", found
    assert found.evidence.line == 7, found


@pytest.mark.parametrize(
    "text",
    [
        "If you would like to exercise this right, please contact us through the contact information below.\n",
        "If you have questions, please contact us through the contact information below." + _CONTACT,
        "Under the GDPR, EU residents may exercise their rights: contact us as described below." + _CONTACT,
        "如您对本政策有任何疑问，请通过下方的联系方式与我们联系。" + _CONTACT,
    ],
)
def test_no_address_no_request_or_eu_only_is_no_way_in(text: str) -> None:
    assert profile_verdict(_BODY_EN + text, "us-ccpa/how-to-submit").status == "missing"


def test_buykop_request_pointed_to_the_contact_section() -> None:
    assert file_verdict(P54P / "buykop-en" / "index.vue", "us-ccpa/how-to-submit") == ("covered", 103)


# --- citing lines ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Cloudflare and any other infrastructure providers used to host the Service process technical traffic data.",
        "The AI provider you selected receives the images you submit for classification.",
    ],
)
def test_infrastructure_or_ai_providers_processing_data_are_recipients(sentence: str) -> None:
    found = profile_verdict(_BODY_EN + sentence + "\n", "eu-gdpr/recipients")
    assert found.status == "covered", found
    assert found.evidence.line == 7, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Service contains no advertising, no third-party advertising pixels, and no sale of personal information.",
        "Our AI provider never receives any personal data.",
    ],
)
def test_what_the_service_contains_none_of_is_no_recipient(sentence: str) -> None:
    assert profile_verdict(_BODY_EN + sentence + "\n", "eu-gdpr/recipients").status == "missing"


def test_a_third_party_links_disclaimer_is_cited_after_sharing() -> None:
    text = (
        "## 第三方服务说明\n\n平台服务可能包含第三方链接或插件（如微信支付），第三方服务的隐私政策由第三方制定，平台不承担第三方处理用户个人信息的责任。\n\n"
        "## 信息\n\n交易信息：支付信息（与支付机构共享，用于完成交易结算）。\n"
    )
    found = profile_verdict(text, "cn-gbt35273/sharing")
    assert found.status == "covered", found
    assert found.evidence.line == 9, found


def test_a_right_in_english_is_cited_after_a_method() -> None:
    text = (
        "## Your rights\n\n- **Right of access**: You may view all data stored locally at any time.\n\n"
        "## Storage\n\nYour settings are stored only in the browser's chrome.storage.local.\n"
    )
    found = profile_verdict(text, "cn-pipl/methods")
    assert found.status == "covered", found
    assert found.evidence.line == 9, found


@pytest.mark.parametrize(
    ("path", "item", "line"),
    [
        (P54P / "autoslides-bil" / "privacy.ts", "eu-gdpr/recipients", 221),
        (P54P / "liaoquan-zh" / "index.vue", "cn-gbt35273/sharing", 41),
        (P53Q / "chatgenius-en" / "PRIVACY.md", "cn-pipl/methods", 39),
    ],
)
def test_citing_lines_of_the_real_documents(path: Path, item: str, line: int) -> None:
    assert file_verdict(path, item) == ("covered", line)
