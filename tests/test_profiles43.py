"""Disclosure profiles, forty-third session (u43w, issue #14): citing lines and the GB/T sharing wording.

Each class is tested both ways with invented texts modelled on the real ones, and the real lines of
eval/profiles42c and eval/profiles43 are kept as regression cases:

- a prohibition is no grant of a right (「用户不可试图…未经授权访问大象公司所提供的服务…」, profiles43 daxiang-zh 97 was a
  false cn-pipl/rights "covered");
- cn-gbt35273 transfer and public disclosure in other words: 「我们不会将您的个人信息转移或公开给任何无关的第三方」
  (profiles42c morena-zh 127); not a move abroad nor an SDK's promise;
- us-ccpa right-to-know and right-to-delete cite the grants before a sentence on the rights' limits or the identity check
  (profiles42c nsav-en 219, 221 instead of 223);
- eu-gdpr/controller: 'NAME ("we", "us", "our"), a product of MAKER' is the policy's own (profiles43 salesji-en 24);
- tw-pdpa purposes: 作為 ("as") is no 為 of a purpose (profiles42c fuzhi-tw 215 instead of 219);
- tw-pdpa methods under a title that lists several Art. 8 items: a paragraph labelled for another item is that item's
  (fuzhi-tw 232 instead of the period line 229);
- cn-gbt35273 security: the measures listed under 「这些措施包括」 (profiles43 taoxiaobao-zh 415); cn-gbt35273 methods: data
  collected once the person authorises (taoxiaobao-zh 392).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cited_line_number, file_verdict, paragraphs, profile_status

ROOT = Path(__file__).resolve().parent.parent
DOCS42C = ROOT / "eval" / "profiles42c" / "docs"
DOCS43 = ROOT / "eval" / "profiles43" / "docs"


# --- a prohibition is no grant ------------------------------------------------------------------------------------------

_PROHIBITION = paragraphs(
    "# 用户协议",
    "## 四、用户义务",
    "4.5 用户不可试图通过非法侵入、“破解”密码或任何其他非法方式，未经授权访问本公司所提供的服务的任何部分或功能。",
)


@pytest.mark.parametrize("item", ["cn-pipl/rights", "cn-gbt35273/access"])
def test_a_prohibition_to_access_the_service_is_no_right(item: str) -> None:
    assert profile_status(_PROHIBITION, item) == "missing"


@pytest.mark.parametrize("item", ["cn-pipl/rights", "cn-gbt35273/access"])
def test_a_grant_to_access_ones_data_is_still_read(item: str) -> None:
    text = paragraphs("# 隐私政策", "## 您的权利", "您可以在“我的-设置”中访问您的个人信息。")
    assert profile_status(text, item) == "covered"


def test_daxiang_prohibition_is_no_rights_disclosure() -> None:
    assert file_verdict(DOCS43 / "daxiang-zh" / "RegisterAgreement.js", "cn-pipl/rights") == ("missing", None)


# --- GB/T transfer and public disclosure: 转移 / 公开给 --------------------------------------------------------------------

_MOVED = paragraphs(
    "# 隐私政策", "## 转移与公开", "原则上，我们不会将您的个人信息转移或公开给任何无关的第三方。除非在以下情况下：", "- 获得您的明确同意。"
)


@pytest.mark.parametrize("item", ["cn-gbt35273/transfer", "cn-gbt35273/public-disclosure"])
def test_moved_or_made_public_to_third_parties_denied_covers(item: str) -> None:
    assert profile_status(_MOVED, item) == "covered"
    assert cited_line_number(_MOVED, item) == 7  # (under profile_verdict's title, the first paragraph is line 3)


def test_the_templates_transfer_in_other_words_covers() -> None:
    text = paragraphs(
        "# 隐私政策", "## 转让", "我们不会将您的个人信息转移给任何公司、组织和个人，但以下情况除外：", "1. 事先获得您的明确同意；"
    )
    assert profile_status(text, "cn-gbt35273/transfer") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        paragraphs("# 隐私政策", "## 存储", "我们不会将您的个人信息转移至境外服务器。"),  # storage, not a transfer
        paragraphs("# 隐私政策", "## 识别", "识别在设备上完成，ML Kit 不会将数据转移给第三方。"),  # an SDK's promise
    ],
)
def test_moved_abroad_or_an_sdks_promise_is_no_transfer(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/transfer") == "missing"


def test_a_choice_to_make_ones_work_public_is_no_disclosure() -> None:
    text = paragraphs("# 隐私政策", "## 作品", "您可以选择将您的作品公开给其他用户。")
    assert profile_status(text, "cn-gbt35273/public-disclosure") == "missing"


@pytest.mark.parametrize("item", ["cn-gbt35273/transfer", "cn-gbt35273/public-disclosure"])
def test_morena_moved_or_made_public(item: str) -> None:
    assert file_verdict(DOCS42C / "morena-zh" / "index.tsx", item) == ("covered", 127)


# --- us-ccpa: the grants before the rights' limits -------------------------------------------------------------------------

_CCPA = paragraphs(
    "# Privacy",
    "## California residents",
    "Privacy Rights The CCPA grants individuals the following rights:",
    "Access. You can request a copy of the personal information that we maintain about you.",
    "Deletion. You can ask us to delete the personal information that we collected or maintain about you.",
    "Please note that the CCPA limits these rights by, for example, prohibiting us from providing certain sensitive "
    "information in response to an access request and limiting the circumstances in which we must comply with a deletion request.",
)


@pytest.mark.parametrize(("item", "line"), [("us-ccpa/right-to-know", 9), ("us-ccpa/right-to-delete", 11)])
def test_the_grant_is_cited_before_the_limits(item: str, line: int) -> None:
    assert profile_status(_CCPA, item) == "covered"
    assert cited_line_number(_CCPA, item) == line


def test_the_limits_alone_still_cover_as_before() -> None:
    text = paragraphs(
        "# Privacy",
        "## California residents",
        "The CCPA limits these rights, but California residents may request deletion of their personal information.",
    )
    assert profile_status(text, "us-ccpa/right-to-delete") == "covered"


@pytest.mark.parametrize(("item", "line"), [("us-ccpa/right-to-know", 219), ("us-ccpa/right-to-delete", 221)])
def test_nsav_grants_are_cited(item: str, line: int) -> None:
    assert file_verdict(DOCS42C / "nsav-en" / "Privacy.tsx", item) == ("covered", line)


# --- eu-gdpr/controller: a product of its maker, after the we-aliases --------------------------------------------------------

_PRODUCT_OF = (
    'Salesji ("we", "us", "our"), a product of ESS ENN Associates, operates the app.salesji.com platform. Contact: team@salesji.example.org'
)


def test_a_product_of_its_maker_after_the_aliases_is_the_controller() -> None:
    assert profile_status(paragraphs("# Privacy Policy", _PRODUCT_OF), "eu-gdpr/controller") == "covered"


def test_a_service_of_a_platform_is_still_a_third_party() -> None:
    text = paragraphs(
        "# Privacy Policy",
        "We use Google Analytics, a service of Google Ireland Limited, to count visits. Contact: me@example.org",
    )
    assert profile_status(text, "eu-gdpr/controller") == "missing"


def test_salesji_controller() -> None:
    assert file_verdict(DOCS43 / "salesji-en" / "page.tsx", "eu-gdpr/controller") == ("covered", 24)


# --- tw-pdpa purposes and methods ------------------------------------------------------------------------------------------


def test_zuowei_is_no_purpose() -> None:
    text = paragraphs("# 同意書", "本人所提供之資料，得由受託之第三方於上述條件下作為處理及使用。")
    assert profile_status(text, "tw-pdpa/purposes") == "missing"


def test_a_purpose_with_wei_is_still_read() -> None:
    text = paragraphs("# 同意書", "本會為提供會員服務而蒐集及使用您的個人資料。")
    assert profile_status(text, "tw-pdpa/purposes") == "covered"


_ART8_TITLE = paragraphs(
    "# 同意書",
    "## 三、個人資料使用期間、地區、對象及利用方式:",
    "(一) 使用期限:本人同意本會使用本人所提供之個人資料之期間至特定目的消失後十五年為止。",
    "(二) 使用地區:本人之個人資料將於台灣地區利用。",
    "(四) 使用方式:本人之個人資料僅在法令許可之範圍內，非以營利目的之處理與使用。",
)


def test_methods_under_a_combined_title_cite_the_means_label() -> None:
    assert cited_line_number(_ART8_TITLE, "tw-pdpa/methods") == 11  # the 使用方式 label, not the period (7)


@pytest.mark.parametrize(("item", "line"), [("tw-pdpa/purposes", 215), ("tw-pdpa/methods", 232)])
def test_fuzhi_purposes_and_methods(item: str, line: int) -> None:
    assert file_verdict(DOCS42C / "fuzhi-tw" / "CompanyInfo.vue", item) == ("covered", line)


# --- GB/T security and methods -------------------------------------------------------------------------------------------


def test_measures_listed_under_a_lead_in_cover_security() -> None:
    text = paragraphs(
        "# 隐私政策",
        "## 信息安全",
        "我们采取合理的技术和组织措施，保护您的个人信息。这些措施包括但不限于：",
        "- 数据加密：对敏感信息进行加密处理。",
    )
    assert profile_status(text, "cn-gbt35273/security") == "covered"


def test_encryption_advised_to_the_person_is_no_measure() -> None:
    text = paragraphs("# 隐私政策", "## 信息安全", "这些措施包括：建议您对文件进行加密。")
    assert profile_status(text, "cn-gbt35273/security") == "missing"


def test_data_collected_once_authorised_is_a_method() -> None:
    text = paragraphs("# 隐私政策", "## 信息收集", "位置信息：如果您授权，我们会收集您的地理位置信息以提供更精准的服务。")
    assert profile_status(text, "cn-gbt35273/methods") == "covered"


def test_an_authorisation_with_no_collection_is_no_method() -> None:
    text = paragraphs("# 隐私政策", "## 权限", "如果您授权，我们会向您推送通知。")
    assert profile_status(text, "cn-gbt35273/methods") == "missing"


@pytest.mark.parametrize(("item", "line"), [("cn-gbt35273/security", 415), ("cn-gbt35273/methods", 392)])
def test_taoxiaobao_security_and_methods(item: str, line: int) -> None:
    assert file_verdict(DOCS43 / "taoxiaobao-zh" / "index.tsx", item) == ("covered", line)


def test_consent_alone_is_still_no_method() -> None:
    text = paragraphs("# 隐私政策", "## 位置", "在您同意的情况下，我们会收集您的位置信息。")
    assert profile_status(text, "cn-gbt35273/methods") == "missing"


# --- a right or a contact is cited for methods, categories and functions only when nothing else states them ------------------

_RIGHT_FIRST = paragraphs(
    "# 隐私政策",
    "## 说明",
    "您可以随时在应用内直接删除任何记录（文字、照片、语音录音）。",
    "本应用会收集您拍摄的照片和录音，用于生成记录卡片。",
)


def test_a_right_is_cited_after_the_collection() -> None:
    assert cited_line_number(_RIGHT_FIRST, "cn-pipl/categories") == 9  # the collection, not the right (7)


def test_a_right_alone_keeps_its_verdict() -> None:
    text = paragraphs("# 隐私政策", "## 说明", "您可以随时在应用内直接删除任何记录（文字、照片、语音录音）。")
    assert profile_status(text, "cn-pipl/categories") == "covered"  # a demotion moves the citation, never the verdict
    assert cited_line_number(text, "cn-pipl/categories") == 7


def test_viewpilot_categories_cite_the_data() -> None:
    status, line = file_verdict(ROOT / "eval" / "profiles38" / "docs" / "viewpilot-md" / "privacy-policy-zh.md", "cn-pipl/categories")
    assert (status, line) == ("covered", 22)


# --- cn-gbt35273/sharing: the DCloud uni-app SDK is a third party's SDK ------------------------------------------------------


def test_the_uniapp_sdk_collecting_covers_sharing() -> None:
    assert file_verdict(DOCS42C / "morena-zh" / "index.tsx", "cn-gbt35273/sharing") == ("covered", 114)


def test_an_app_built_with_uniapp_shares_nothing() -> None:
    text = paragraphs("# 隐私政策", "## 说明", "本小程序基于 uni-app 框架开发，界面使用 DCloud 的组件库。")
    assert profile_status(text, "cn-gbt35273/sharing") == "missing"
