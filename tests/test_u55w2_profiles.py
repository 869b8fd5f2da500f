"""Fifty-fifth session, helper u55w2 (issue #14, required-disclosure profiles; each class from eval/profiles55p, after its
blind run, so that set is no longer blind for these items):

- eu-gdpr/transfers: storage in a named country outside the EEA written as 'the People's Republic of China', 'mainland
  China', 'the PRC', 「中华人民共和国境内的服务器」 makes the item apply (photospeak-bil 44, 101); a law named, an if-clause
  or a denial does not;
- us-ccpa/sold-or-shared: the denial with a pronoun for the data in any negative form ('Account info is used to identify and
  recover your account. We don't sell or share it for marketing', photospeak-bil 88); not 'We don't sell it' about the app.
- eu-gdpr/purposes: a processor's promise not to use the data ('These vendors commit to not using your content for model
  training or other commercial purposes', photospeak-bil 94) is vetoed, as a denied use is; a processor's use still counts.
- cn-pipl/minors: the service not suitable for children under an age (「不适合14岁以下未成年人使用」, xinsheng-zh 91, already read;
  「不适合未满14周岁的儿童使用」, 'not suitable for children under 14') rules the item out, unless a guardian's consent is asked for.
- retention (cn-pipl, cn-gbt35273): data kept after the account is closed to meet a legal duty (「我们会在您注销账号后保留必要的
  数据以遵守法律义务」, xinsheng-zh 55; decided in docs/profiles.md): the closure ends storage and the law sets the period of what
  stays; keeping for the law with no end named is none.
- GB/T methods: data collected or obtained by a named SDK (「设备信息：由友盟+SDK收集」, gofish-zh 111; 'collected by the Umeng SDK');
  not a feature an SDK provides with no data named, nor a denial.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status

P55P = ROOT / "eval" / "profiles55p" / "docs"

_BODY_EN = "## What we collect\n\nWe collect your email address to run the service.\n\n"

# --- eu-gdpr/transfers: storage in the People's Republic of China ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Account info is stored on servers located in the People's Republic of China (Aliyun, Shanghai region).",
        "Your data is stored in mainland China.",
        "Our servers are hosted in the PRC.",
        "账号信息存储于位于中华人民共和国境内的服务器（阿里云上海地域）。",
        "您的数据存储在中国境内的服务器上。",
        "帳號資訊儲存於位於中華人民共和國境內的伺服器。",
    ],
)
def test_storage_in_the_peoples_republic_of_china_is_a_transfer(sentence: str) -> None:
    # no safeguard named: the item applies and is missing
    assert profile_status(_BODY_EN + sentence + "\n", "eu-gdpr/transfers") == "missing"


@pytest.mark.parametrize(
    "sentence",
    [
        "This policy is governed by the laws of the People's Republic of China.",
        "We comply with the Personal Information Protection Law of the PRC.",
        "本政策适用中华人民共和国法律。",
        "我们依据《中华人民共和国个人信息保护法》处理您的信息。",
        "If your data is stored in China, we rely on safeguards.",
        "如果您的数据存储在中国境内，我们将采取保护措施。",
        "Your data is not stored in China.",
        "您的数据不会存储在中国境内。",
    ],
)
def test_a_law_named_or_a_supposed_or_denied_storage_in_china_is_no_transfer(sentence: str) -> None:
    assert profile_status(_BODY_EN + sentence + "\n", "eu-gdpr/transfers") == "not-applicable"


def test_photospeak_storage_in_china_makes_transfers_apply() -> None:
    assert file_verdict(P55P / "photospeak-bil" / "legal.ts", "eu-gdpr/transfers") == ("missing", None)


# --- us-ccpa/sold-or-shared: the denial with a pronoun for the data ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Account info is used to identify and recover your account. We don't sell or share it for marketing.",
        "Account info is used to identify and recover your account. We won’t sell it.",
        "Account info is used to identify your account. We do not sell or share it.",
        "Account info is used to identify your account. We never sell it.",
        "Your contact details are used to reply to you. We will not sell them.",
        "账号信息仅用于识别您的账号，我们不会将其出售或共享。",
    ],
)
def test_a_denial_of_selling_the_data_named_by_a_pronoun_covers_sold_or_shared(sentence: str) -> None:
    assert profile_status(_BODY_EN + sentence + "\n", "us-ccpa/sold-or-shared") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "Our app is free to download. We don't sell it.",
        "We don't sell it. Our app is open source.",
        "Account info is used to identify your account. We don't sell or share it unless you agree.",
        "本应用免费下载，我们不会将其出售。",
    ],
)
def test_a_product_not_sold_or_a_denial_with_an_exception_is_no_sale_statement(sentence: str) -> None:
    assert profile_status(_BODY_EN + sentence + "\n", "us-ccpa/sold-or-shared") == "missing"


def test_photospeak_sale_denial_with_a_contraction_is_cited() -> None:
    assert file_verdict(P55P / "photospeak-bil" / "legal.ts", "us-ccpa/sold-or-shared") == ("covered", 88)


# --- eu-gdpr/purposes: a processor's promise not to use the data is no purpose ------------------------------------------------

_ABOUT = "## About\n\nPhotoSpeak helps you learn English.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "These vendors commit to not using your content for model training or other commercial purposes.",
        "Our processors are contractually bound not to use your data for their own purposes.",
        "The providers agree that they will not use your data for advertising purposes.",
        "Your content is not used for model training or other commercial purposes.",
        "这些服务商承诺不会将您的内容用于模型训练或其他商业用途。",
    ],
)
def test_a_promise_not_to_use_the_data_is_no_purpose(sentence: str) -> None:
    assert profile_status(_ABOUT + sentence + "\n", "eu-gdpr/purposes") == "missing"


@pytest.mark.parametrize(
    "sentence",
    [
        "These vendors process your content for speech recognition purposes.",
        "We commit to using your data only for the purposes listed below: to provide the app.",
        "服务商处理您的录音，用于语音转文字。",
    ],
)
def test_a_use_by_a_processor_or_a_promise_to_use_is_still_a_purpose(sentence: str) -> None:
    assert profile_status(_ABOUT + sentence + "\n", "eu-gdpr/purposes") == "covered"


def test_photospeak_purposes_are_cited_at_the_use_not_at_the_vendors_promise() -> None:
    # 94 ('These vendors commit to not using your content …') was cited before
    assert file_verdict(P55P / "photospeak-bil" / "legal.ts", "eu-gdpr/purposes") == ("covered", 88)


# --- cn-pipl/minors: the service not suitable for children under an age ------------------------------------------------------

_BODY_ZH = "## 我们收集的信息\n\n我们收集您的手机号用于登录。\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "我们的服务不适合14岁以下未成年人使用。如果我们发现收集了未成年人的信息，将立即删除。",
        "本服务不适合未满14周岁的儿童使用，如发现将删除相关信息。",
        "本服務不適合未滿14週歲的兒童使用。",
        "Our service is not suitable for children under 14. If we learn that we have collected a child's data, we will delete it.",
    ],
)
def test_a_service_not_suitable_for_children_under_an_age_rules_minors_out(sentence: str) -> None:
    assert profile_status(_BODY_ZH + sentence + "\n", "cn-pipl/minors") == "not-applicable"


@pytest.mark.parametrize(
    "sentence",
    [
        "本服务不适合未满14周岁的儿童单独使用，须在监护人同意下使用。",
        "Our service is not suitable for children under 14 without parental consent.",
    ],
)
def test_unsuitable_unless_a_guardian_consents_is_a_minors_rule(sentence: str) -> None:
    assert profile_status(_BODY_ZH + sentence + "\n", "cn-pipl/minors") == "covered"


def test_children_named_with_no_bar_still_need_the_rules() -> None:
    assert profile_status(_BODY_ZH + "Children under 14 may use the service with a parent.\n", "cn-pipl/minors") == "missing"


def test_xinsheng_not_suitable_for_children_is_not_applicable() -> None:
    # 「8.1 我们的服务不适合14岁以下未成年人使用。8.2 如果我们发现收集了未成年人的信息，将立即删除。」 (91)
    assert file_verdict(P55P / "xinsheng-zh" / "privacy_screen.dart", "cn-pipl/minors") == ("not-applicable", None)


# --- retention: data kept after the account is closed to meet a legal duty ---------------------------------------------------


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
@pytest.mark.parametrize(
    "sentence",
    [
        "4.4 数据保留：我们会在您注销账号后保留必要的数据以遵守法律义务。",
        "为履行法定义务，我们会在您注销账号后保存交易记录。",
        "註銷帳號後，我們會保留必要的資料以遵守法律義務。",
        "After you delete your account, we retain the data needed to comply with legal obligations.",
    ],
)
def test_data_kept_after_closing_the_account_for_a_legal_duty_is_a_retention_criterion(item: str, sentence: str) -> None:
    assert profile_status(_BODY_ZH + sentence + "\n", item) == "covered"


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
@pytest.mark.parametrize(
    "sentence",
    [
        "為遵守法律義務，我們會保留必要的資料。",
        "我们会遵守相关法律义务。",
        "我们可能根据法律要求向监管机关披露您的信息。",
        "我们不会保留您的数据，以遵守法律义务。",
    ],
)
def test_a_legal_duty_with_no_keeping_or_no_end_is_no_retention_criterion(item: str, sentence: str) -> None:
    assert profile_status(_BODY_ZH + sentence + "\n", item) == "missing"


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_xinsheng_retention_after_closing_the_account_is_cited(item: str) -> None:
    assert file_verdict(P55P / "xinsheng-zh" / "privacy_screen.dart", item) == ("covered", 55)


# --- GB/T methods: data collected or obtained by a named SDK ------------------------------------------------------------------

_ABOUT_ZH = "## 关于我们\n\n本应用是一款钓鱼记录工具。\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "2. 设备信息：由友盟+SDK收集，用于统计 App 稳定性、捕获崩溃日志。",
        "1. 地理位置：由高德地图SDK提供，用于钓点标记、导航及气象建议。",
        "2. 設備資訊：由友盟+SDK收集，用於統計 App 穩定性。",
        "Device information is collected by the Umeng SDK to measure app stability.",
    ],
)
def test_data_collected_by_a_named_sdk_is_a_collection_method(sentence: str) -> None:
    assert profile_status(_ABOUT_ZH + sentence + "\n", "cn-gbt35273/methods") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "地图展示由高德地图SDK提供。",
        "本应用的推送服务由极光SDK提供。",
        "设备信息不会由友盟SDK收集。",
        "Device information is not collected by any SDK.",
    ],
)
def test_a_feature_provided_by_an_sdk_or_a_denial_is_no_collection_method(sentence: str) -> None:
    assert profile_status(_ABOUT_ZH + sentence + "\n", "cn-gbt35273/methods") == "missing"


def test_gofish_collection_by_the_umeng_sdk_is_cited() -> None:
    # 「2. 设备信息：」「由友盟+SDK收集，用于统计 App 稳定性…」 (111)
    assert file_verdict(P55P / "gofish-zh" / "PrivacyDialog.kt", "cn-gbt35273/methods") == ("covered", 111)
