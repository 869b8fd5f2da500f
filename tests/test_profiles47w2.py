"""Issue #14, session 47 (u47w2): the conventions on which the annotated sets contradicted each other, decided from the law's
text (docs/profiles.md, "Four conventions decided from the law's text"), and one false "covered" class found on the way.

Each decision is tested both ways, with the real lines kept as regressions:

- cn-gbt35273/security: measures taken against named risks, the technique unnamed (「我们采取了一系列安全措施来保护您的个人信息
  免受未经授权的访问」), name no measure (u41w's clause taken back); a named technique still covers;
- cn-gbt35273/public-disclosure: a 披露 without 公开 on a legal demand or the person's authorisation (「在法律要求…时，我们可能会
  披露您的信息」) is no public disclosure (GB/T 35273-2020 defines 公开披露 as release to the public or to unspecified people);
  the denial of 对外披露 with its exceptions (「除本政策另有规定外，未征得您的许可，我们不会将您的信息对外披露或向第三方提供」)
  still states the rule;
- tw-pdpa/agency: a product or a site defined as 本服務/本App/本網站 names the service, not the agency (Art. 8 asks for the
  agency's name), even with an e-mail; a site named after a body (「中央研究院歷史語言研究所全球資訊網」（以下簡稱本網站）) still names
  it, and a 服務提供者 label with a name is the agency;
- eu-gdpr/controller: a name defined as "we" with a contact identifies the controller, unless the name styles itself as the
  product ("the … Chrome Extension ("we", …)");
- cn-pipl and GB/T retention: the policy's subject, storing named in a list of what it covers (「…期间，…将收集、存储、使用、披露和
  保护您的个人信息的相关事宜」), is no retention period; storing during the service still is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from profile_helpers import file_verdict, profile_status

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
BLIND = EVAL / "blind"


# --- cn-gbt35273/security: generic promises against named risks ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 信息安全\n\n我们采用合理的技术和管理措施保护您的信息，防止未经授权的访问、泄露或篡改。\n",  # blind/profiles11 minxie-zh 31
        "## 信息安全\n\n我们会采取合理的安全措施保护您的信息，防止数据丢失、滥用或被未经授权访问。\n",  # profiles28 qyl-zh 28
        "## 信息安全\n\n大象公司可采取技术措施和其他必要措施，确保用户隐私信息安全，防止用户隐私信息泄露、毁损或丢失。\n",  # profiles43 daxiang-zh
    ],
)
def test_a_generic_promise_against_named_risks_is_no_measure(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/security") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 信息安全\n\n我们采用 HTTPS 加密传输您的数据，防止未经授权的访问。\n",
        "## 信息安全\n\n我们对数据库实施访问控制，并定期进行安全审计，防止数据泄露。\n",
        "## 信息安全\n\n我们对您的密码进行加密存储。\n",
    ],
)
def test_a_named_technique_still_covers_security(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/security") == "covered"


@pytest.mark.parametrize(
    "path",
    [
        BLIND / "profiles11" / "docs" / "minxie-zh" / "隐私政策.md",
        EVAL / "profiles28" / "docs" / "qyl-zh" / "privacy-policy.zh.md",
    ],
)
def test_generic_security_regressions(path: Path) -> None:
    assert file_verdict(path, "cn-gbt35273/security") == ("missing", None)


# --- cn-gbt35273/public-disclosure: disclosure to authorities is no public disclosure ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 信息披露\n\n当法律法规要求，或为保护我们的合法权益时，我们可能披露必要信息。\n",  # blind/profiles4 gukatietie 54
        "## 信息披露\n\n- 法律合规：依法应对合法请求（如法院命令）时可能披露必要信息。\n",  # profiles30 nightguard-zh 59
        "## 信息共享\n\n法律要求：在法律要求的情况下，我们可能会披露您的个人信息。\n",  # profiles43 taoxiaobao-zh 408
        "## 信息共享\n\n在法律要求或您明确授权的情况下，我们可能会披露您的信息。\n",  # profiles39c bandpet-zh 16
    ],
)
def test_a_disclosure_on_legal_demand_is_no_public_disclosure(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/public-disclosure") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 信息披露\n\n在法律要求或您明确授权的情况下，我们可能会公开披露您的信息。\n",
        "## 信息披露\n\n除本政策另有规定外，未征得您的许可，我们不会将您的信息对外披露或向第三方提供。\n",
        "## 公开披露\n\n我们不会公开披露您的个人信息，法律法规另有规定的除外。\n",
    ],
)
def test_public_disclosure_and_the_external_disclosure_rule_still_cover(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/public-disclosure") == "covered"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (BLIND / "profiles4" / "docs" / "gukatietie" / "隐私政策.md", ("missing", None)),
        (EVAL / "profiles30" / "docs" / "nightguard-zh" / "privacy.md", ("missing", None)),
        (BLIND / "profiles" / "docs" / "ruotian-txt" / "隐私政策.txt", ("covered", 3)),
    ],
)
def test_public_disclosure_regressions(path: Path, expected: tuple[str, int | None]) -> None:
    assert file_verdict(path, "cn-gbt35273/public-disclosure") == expected


# --- tw-pdpa/agency: a service defined as 本服務 is no agency --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "歡迎使用 Wow Moments（以下簡稱「本服務」）。本隱私權政策旨在說明我們如何收集您的個人資料。\n\n聯絡我們：hi@wowmoments.tw",
        "非常歡迎您光臨「inLive硬直播」（以下簡稱本服務），特此向您說明本服務的隱私權保護政策。\n\n請通過 service@inlive.tw 與我們聯繫。",
        "歡迎使用「記帳小幫手」App（以下簡稱「本App」）。\n\n客服電話：02-2345-6789",
    ],
)
def test_a_service_defined_as_itself_is_no_agency(text: str) -> None:
    assert profile_status(text, "tw-pdpa/agency") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "親愛的朋友，歡迎您蒞臨「中央研究院歷史語言研究所全球資訊網」(以下簡稱本網站）！\n\n聯絡信箱：service@ihp.example.tw",
        "Firstgram（以下稱「本 App」）重視你的隱私。\n\n服務提供者：CHEN NING YU\n\n聯絡 Email：yu@example.com",
        "歡迎您光臨「達訊數位股份有限公司官網」（以下簡稱本網站）。\n\n聯絡信箱：service@example.com.tw",
    ],
)
def test_a_site_named_after_a_body_or_a_provider_label_is_the_agency(text: str) -> None:
    assert profile_status(text, "tw-pdpa/agency") == "covered"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (EVAL / "profiles29" / "docs" / "inlive-tw" / "privacy.php", ("missing", None)),
        (EVAL / "profiles30" / "docs" / "wowmoment-tw" / "PrivacyPolicy.js", ("missing", None)),
        (EVAL / "profiles37c" / "docs" / "firstgram-tw" / "PRIVACY_POLICY_ZH_TW.md", ("covered", 10)),
        (BLIND / "profiles18" / "docs" / "ihp-tw" / "privacy.html", ("covered", 261)),
    ],
)
def test_agency_regressions(path: Path, expected: tuple[str, int | None]) -> None:
    assert file_verdict(path, "tw-pdpa/agency") == expected


# --- eu-gdpr/controller: a brand defined as "we", not a product ------------------------------------------------------


def test_a_product_defined_as_we_is_no_controller() -> None:
    text = (
        'This Privacy Policy explains how the Contact Information Extractor Chrome Extension ("we", "our", or "the extension") '
        "handles user data.\n\nContact: help@example.com\n"
    )
    assert profile_status(text, "eu-gdpr/controller") == "missing"


def test_a_name_defined_as_we_with_a_contact_is_the_controller() -> None:
    text = 'KeepTouch ("we," "our," or "us") is committed to protecting your privacy.\n\nContact us at privacy@keeptouch.example\n'
    assert profile_status(text, "eu-gdpr/controller") == "covered"


def test_controller_regression() -> None:
    assert file_verdict(EVAL / "profiles34b" / "docs" / "vcfextractor-en" / "PRIVACY.md", "eu-gdpr/controller") == ("missing", None)


# --- retention: the policy's subject is no period --------------------------------------------------------------------


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_the_policys_subject_is_no_retention_period(item: str) -> None:
    text = "本政策与您确认关于您在使用本平台服务期间，我们将收集、存储、使用、披露和保护您的个人信息的相关事宜。\n"
    assert profile_status(text, item) == "missing"
    assert profile_status("## 存储\n\n在您使用服务期间，我们会保存您的个人信息。\n", item) == "covered"


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_retention_regression(item: str) -> None:
    assert file_verdict(BLIND / "profiles19" / "docs" / "aifm-zh" / "ysxy_cn.html", item) == ("missing", None)
