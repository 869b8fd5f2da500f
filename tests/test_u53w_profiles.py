"""Fifty-third session, helper u53w (issue #14, required-disclosure profiles; not blind: each class came from an annotated set):

- cn-pipl sensitive-necessity / GB/T sensitive-marked: a definition of sensitive data continued by a sentence of examples
  (「个人敏感信息是指…的个人信息。包括身份证件号码、个人生物识别信息、银行账号…等的个人信息等。」) says nothing of what the policy
  processes, and 「本隐私政策中涉及个人敏感信息包括：无」 denies it (eval/profiles52b zesi-zh 60-61).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status

P52B = ROOT / "eval" / "profiles52b" / "docs"

# --- the sensitive items: a definition's examples, and an explicit none ----------------------------------------------------

_SENSITIVE = ("cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked")
_DEFINITION = (
    "个人敏感信息是指一旦泄露、非法提供或滥用可能危害人身和财产安全，极易导致个人名誉、身心健康受到损害或歧视性待遇等的个人信息。"
    "包括身份证件号码、个人生物识别信息、银行账号、财产信息、行踪轨迹、交易信息、14 岁以下（含）儿童信息等的个人信息等。"
)
_DEFINITION_TW = (
    "個人敏感資訊是指一旦洩露、非法提供或濫用可能危害人身和財產安全，極易導致個人名譽、身心健康受到損害或歧視性待遇等的個人資訊。"
    "包括身分證件號碼、個人生物識別資訊、銀行帳號、財產資訊、行蹤軌跡、交易資訊等的個人資訊等。"
)
_INTRO = "# 隐私政策\n\n## 我们如何收集和使用您的个人信息\n\n我们收集您的手机号，用于注册和登录。\n\n"


@pytest.mark.parametrize("item", _SENSITIVE)
@pytest.mark.parametrize("definition", [_DEFINITION, _DEFINITION_TW])
def test_a_definition_continued_by_examples_does_not_apply(item: str, definition: str) -> None:
    assert profile_status(_INTRO + "## 个人敏感信息\n\n" + definition + "\n", item) == "not-applicable"


@pytest.mark.parametrize("item", _SENSITIVE)
@pytest.mark.parametrize("examples_apart", [False, True])
def test_the_examples_as_their_own_paragraph_do_not_apply(item: str, examples_apart: bool) -> None:
    head, tail = _DEFINITION.split("。", 1)
    text = _INTRO + "## 个人敏感信息\n\n" + head + "。" + ("\n\n" if examples_apart else "") + tail + "\n"
    assert profile_status(text, item) == "not-applicable"


@pytest.mark.parametrize("item", _SENSITIVE)
@pytest.mark.parametrize(
    "denial",
    [
        "本隐私政策中涉及个人敏感信息包括：无",
        "**本隱私政策中涉及個人敏感資訊包括：無**",
        "我们处理的敏感个人信息：无。",
        "本政策涉及的个人敏感信息：暂无。",
    ],
)
def test_sensitive_data_said_to_be_none_does_not_apply(item: str, denial: str) -> None:
    assert profile_status(_INTRO + denial + "\n", item) == "not-applicable"


@pytest.mark.parametrize("item", _SENSITIVE)
@pytest.mark.parametrize(
    "statement",
    [
        "我们会收集您的身份证号码、银行账号等个人信息，用于实名认证。",  # a collection sentence with the examples' words
        "我們會收集您的身分證號碼，用於實名認證。",
        "包括身份证件号码、银行账号等的个人信息等，我们会收集您的身份证号码用于实名认证。",  # the subject inside: no definition
    ],
)
def test_a_statement_of_processing_still_applies(item: str, statement: str) -> None:
    text = _INTRO + "## 个人敏感信息\n\n" + _DEFINITION + "\n\n" + statement + "\n"
    assert profile_status(text, item) != "not-applicable"


@pytest.mark.parametrize("item", _SENSITIVE)
def test_a_none_denial_loses_to_a_stated_collection(item: str) -> None:
    text = _INTRO + "本隐私政策中涉及个人敏感信息包括：无\n\n我们会收集您的身份证号码，用于实名认证。\n"
    assert profile_status(text, item) != "not-applicable"


@pytest.mark.parametrize("item", _SENSITIVE)
def test_a_word_starting_with_none_is_no_none(item: str) -> None:
    # 「…包括：无线网络信息、精确位置」 lists data: the denial wants 无 alone
    text = _INTRO + "本隐私政策中涉及的个人敏感信息包括：无线网络信息、精确位置。\n"
    assert profile_status(text, item) != "not-applicable"


def test_an_english_none_is_read() -> None:
    text = _INTRO + "Sensitive personal information involved in this policy: none.\n"
    for item in _SENSITIVE:
        assert profile_status(text, item) == "not-applicable"


def test_zesi_sensitive_items_regression() -> None:
    path = P52B / "zesi-zh" / "Privacy.tsx"
    for item in _SENSITIVE:
        assert file_verdict(path, item)[0] == "not-applicable"


# --- tw-pdpa agency: a named organisation that calls itself 本單位 -------------------------------------------------------------

_AGENCY = "tw-pdpa/agency"
_NOTICE_TAIL = "\n\n一、蒐集目的：年會報名及相關資訊通知。\n二、個人資料類別：姓名、電子郵件。\n"


@pytest.mark.parametrize(
    "lead",
    [
        "MOPCON 科技年會為遵守個人資料保護法規定，在您提供個人資料予本單位前，依法告知下列事項：",
        "开源年会为遵守个人信息保护法规定，在您提供个人信息予本单位前，依法告知下列事项：",
        "臺北市立建國高級中學依個人資料保護法第八條規定，於本校蒐集您的個人資料前告知下列事項：",
        "台灣開源協會依個人資料保護法第八條規定，於本會蒐集您的個人資料前告知下列事項：",
    ],
)
def test_a_named_body_that_calls_itself_ben_danwei_is_the_agency(lead: str) -> None:
    assert profile_status("# 個人資料提供同意\n\n" + lead + _NOTICE_TAIL, _AGENCY) == "covered"


@pytest.mark.parametrize(
    "lead",
    [
        "本單位為遵守個人資料保護法規定，在您提供個人資料予本單位前，依法告知下列事項：",  # the self-reference alone: no name
        "本公司為遵守個人資料保護法規定，在您提供個人資料予本公司前，依法告知下列事項：",
        "本机关为遵守个人信息保护法规定，在您提供个人信息予本机关前，依法告知下列事项：",
        "該協會為遵守個人資料保護法規定，在您提供個人資料予本單位前，依法告知下列事項：",  # 該: no name
        "The conference, to comply with the Personal Data Protection Act, informs you before you provide data to this organisation:",
    ],
)
def test_a_self_reference_alone_is_no_agency_name(lead: str) -> None:
    assert profile_status("# 個人資料提供同意\n\n" + lead + _NOTICE_TAIL, _AGENCY) == "missing"


def test_mopcon_agency_regression() -> None:
    assert file_verdict(P52B / "mopcon-tw" / "Register.vue", _AGENCY)[:2] == ("covered", 133)


# --- cn-pipl processor / GB/T identity-contact: a product name defined as 我们 ------------------------------------------------

_OPERATOR = ("cn-pipl/processor", "cn-gbt35273/identity-contact")
_PRODUCT_WE = (
    '# 隐私政策\n\n{name}（以下简称"我们"）一直致力于保护用户的个人信息。本隐私政策说明我们在您使用我们的{product}时如何收集信息。\n\n'
    "## 联系方式\n\n邮箱：cs@zesiai.com\n"
)


@pytest.mark.parametrize("item", _OPERATOR)
@pytest.mark.parametrize(
    ("name", "product"),
    [
        ("泽思 AI", "泽思 AI 产品和/或服务"),
        ("澤思 AI", "澤思 AI 產品和/或服務"),
        ("青柠笔记", "青柠笔记产品与服务"),
        ("Zenith", "Zenith 产品和服务"),
    ],
)
def test_a_name_used_as_the_product_is_no_processor(item: str, name: str, product: str) -> None:
    assert profile_status(_PRODUCT_WE.format(name=name, product=product), item) == "missing"


@pytest.mark.parametrize("item", _OPERATOR)
@pytest.mark.parametrize(
    ("name", "product"),
    [
        ("泽思科技有限公司", "泽思科技有限公司产品和/或服务"),  # a company so defined is the processor
        ("泽思工作室", "泽思工作室产品和/或服务"),
        ("泽思 AI", "产品和/或服务"),  # the name never used as the product: round 8's reading
    ],
)
def test_a_maker_or_an_unused_name_is_still_the_processor(item: str, name: str, product: str) -> None:
    assert profile_status(_PRODUCT_WE.format(name=name, product=product), item) == "covered"


def test_zesi_processor_regression() -> None:
    for item in _OPERATOR:
        assert file_verdict(P52B / "zesi-zh" / "Privacy.tsx", item) == ("missing", None)


# --- GB/T sharing: the person's sharing vetoes a denial only where the unit shares nothing else (u52r's remark) ---------------

_SHARING = "cn-gbt35273/sharing"
_SHARING_HEAD = "# 隐私政策\n\n## 照片\n\n"


@pytest.mark.parametrize(
    "denial",
    [
        "我们不会分享您与好友分享的个人信息。",  # the person's sharing is the object the operator denies sharing
        "我們不會分享您與好友分享的個人資料。",
        "我们不会共享您与其他用户共享的信息。",
        "我们不会共享您的信息，也不会控制您与好友分享的内容。",  # the operator's denial in another clause
    ],
)
def test_the_operator_denying_the_persons_shared_data_is_a_denial(denial: str) -> None:
    assert profile_status(_SHARING_HEAD + denial + "\n", _SHARING) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "我们不能、也不会控制你使用产品与其他用户分享的信息。",  # u52w's class: still no denial
        "我們無法控制與你共享資訊的其他用戶的行為，也不能且不會控制這些用戶對資訊的使用和分享。",
        "您可以与好友分享您的个人信息。",
    ],
)
def test_the_persons_own_sharing_is_still_no_denial(text: str) -> None:
    assert profile_status(_SHARING_HEAD + text + "\n", _SHARING) == "missing"


def test_jandan_sharing_keeps_its_denial_line() -> None:
    path = ROOT / "eval" / "profiles52w" / "docs" / "jandan-zh" / "Privacy Policy.md"
    assert file_verdict(path, _SHARING) == ("covered", 7)


# --- eu-gdpr purposes: a purpose list item with its basis after a dash (eval/profiles53w kum-en) -------------------------------

_PURPOSES = "eu-gdpr/purposes"
_WHY = "# Privacy Policy\n\n## 3. Why we process it, and legal bases\n\n"


@pytest.mark.parametrize(
    "item",
    [
        "- **To respond to enquiries** and provide our services — Art. 6(1)(b) (steps prior to a contract).",
        "- To operate and secure the site — Art. 6(1)(f) (legitimate interest).",
        "- To improve the website – Art. 6(1)(f) GDPR (legitimate interest).",
    ],
)
def test_a_purpose_with_its_basis_after_a_dash_is_a_purpose(item: str) -> None:
    assert profile_status(_WHY + item + "\n", _PURPOSES) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## Legal bases\n\nThe legal basis for processing is Art. 6(1)(b) GDPR — the contract.",
        "## Legal bases\n\nTo clarify, our legal basis is Art. 6(1)(f) — legitimate interest.",  # the basis before the dash
    ],
)
def test_a_basis_sentence_is_still_no_purpose(text: str) -> None:
    assert profile_status("# Privacy Policy\n\n" + text + "\n", _PURPOSES) == "missing"


# --- GB/T functions: the service as a whole is no business function (eval/profiles53w lianyu-zh 63) ---------------------------

_FUNCTIONS = "cn-gbt35273/functions"
_COLLECT_HEAD = "# 隐私政策\n\n## 一、收集的信息\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "为提供服务，我们可能收集以下信息：\n\n- 您提供的昵称、头像等基本信息\n- 设备信息（如设备型号、操作系统版本等）",
        "為提供服務，我們可能收集以下資訊：\n\n- 您提供的暱稱、頭像等基本資訊",
        "为了向您提供更好的服务，我们会收集您的手机号码和设备信息。",
    ],
)
def test_the_service_as_a_whole_is_no_function(text: str) -> None:
    assert profile_status(_COLLECT_HEAD + text + "\n", _FUNCTIONS) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "为提供打车服务，我们会收集您的手机号码和位置信息。",
        "为提供同步功能，我们会收集您的手机号码。",
        "在您注册账号时，我们会收集您的手机号码。",
    ],
)
def test_a_named_service_or_feature_is_still_a_function(text: str) -> None:
    assert profile_status(_COLLECT_HEAD + text + "\n", _FUNCTIONS) == "covered"


def test_lianyu_functions_regression() -> None:
    path = ROOT / "eval" / "profiles53w" / "docs" / "lianyu-zh" / "index.js"
    assert file_verdict(path, _FUNCTIONS) == ("missing", None)


# --- tw-pdpa, from the held-out sportlottery-tw after its one run (eval/profiles53w; not blind) --------------------------------

_TW_HEAD = "# 個資告知\n\n"
_CHECKLIST = (
    "1.本網個人資料運用法定告知事項：本網向臺端蒐集個人資料時，依據個人資料保護法第八條第一項規定，應明確告知臺端下列事項："
    "（一）非公務機關名稱（二）蒐集之目的（三）個人資料之類別（四）個人資料利用之期間、地區、對象及方式"
    "（五）當事人依個資法第三條規定得行使之權利及方式（六）當事人得自由選擇提供個人資料時，不提供將對其權益之影響。"
)


@pytest.mark.parametrize("item", ["tw-pdpa/purposes", "tw-pdpa/categories"])
def test_the_acts_checklist_run_into_one_clause_is_no_disclosure(item: str) -> None:
    assert profile_status(_TW_HEAD + _CHECKLIST + "\n", item) == "missing"
    simplified = _CHECKLIST.replace("蒐集", "收集").replace("個人資料", "个人资料")
    assert profile_status(_TW_HEAD + simplified + "\n", item) == "missing"


def test_a_labelled_purpose_after_the_checklist_still_counts() -> None:
    text = _TW_HEAD + _CHECKLIST + "\n\n2.蒐集之目的：行銷及會員管理。\n"
    assert profile_status(text, "tw-pdpa/purposes") == "covered"


_CODES = (
    "2.共通特定目的： 059金融服務業依法令規定及金融監理需要，所為之蒐集處理及利用、061金融監督、管理與檢查、"
    "063非公務機關依法定義務所進行個人資料之蒐集處理及利用、104帳務管理及債權交易業務、136資(通)訊與資料庫管理。"
)


def test_the_acts_purpose_codes_are_no_kinds_of_data() -> None:
    assert profile_status(_TW_HEAD + _CODES + "\n", "tw-pdpa/categories") == "missing"
    with_kinds = _TW_HEAD + _CODES + "\n\n3.個人資料之類別：姓名、身分證統一編號、電話。\n"
    assert profile_status(with_kinds, "tw-pdpa/categories") == "covered"
    data_classes = _TW_HEAD + "個人資料之類別：C001識別個人者、C003政府資料中之識別者、C011個人描述。\n"
    assert profile_status(data_classes, "tw-pdpa/categories") == "covered"


@pytest.mark.parametrize(
    "way",
    [
        "臺端如欲行使上述個資法第三條規定之各項權利，有關如何行使之方式，得向本網客服詢問。",
        "台端如欲行使上述权利，请洽本网客服。",
        "如欲行使前述權利，請來信 privacy@example.tw。",
    ],
)
def test_a_way_to_exercise_the_rights_above_in_its_own_section(way: str) -> None:
    text = _TW_HEAD + "## 當事人權利\n\n依據個資法第三條規定，臺端得向本網查詢、請求閱覽、更正或刪除。\n\n## 其他\n\n" + way + "\n"
    assert profile_status(text, "tw-pdpa/rights") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "臺端行使上述權利時，本公司將以電子郵件通知您處理結果。",  # the operator's notification channel
        "本公司尊重臺端行使上述權利。",  # no way
    ],
)
def test_no_way_to_exercise_the_rights_above(text: str) -> None:
    assert profile_status(_TW_HEAD + text + "\n", "tw-pdpa/rights") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "並以本網與客戶往來之相關業務及自客戶或第三人處（例如：財團法人金融聯合徵信中心）所實際蒐集之個人資料為準。",
        "我们亦会从第三方（例如：合作银行）处获取您的信用资料。",
    ],
)
def test_a_third_party_named_by_example_is_a_source(text: str) -> None:
    assert profile_status(_TW_HEAD + text + "\n", "tw-pdpa/source") == "covered"


def test_a_bare_third_party_names_no_source() -> None:
    text = _TW_HEAD + "本網亦可能自第三人處蒐集臺端之個人資料。\n"
    assert profile_status(text, "tw-pdpa/source") != "covered"


def test_sportlottery_regression() -> None:
    path = ROOT / "eval" / "profiles53w" / "docs" / "sportlottery-tw" / "RegisterActivity.java"
    expected = {
        "tw-pdpa/purposes": 414,
        "tw-pdpa/categories": 420,
        "tw-pdpa/rights": 434,
        "tw-pdpa/source": 420,
    }
    for item, line in expected.items():
        assert file_verdict(path, item) == ("covered", line), item
