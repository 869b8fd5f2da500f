"""Disclosure profiles, forty-second session (u42w3, issue #14): the false "missing" classes of eval/profiles42c.

Each class is tested both ways with invented texts modelled on the real ones, and the real files are kept as
regression cases (m42w's probes):

- tw-pdpa/agency: the signer of a consent form agreeing that a named organisation or business collects, with no company
  suffix (「申請人同意新光三越蒐集…」, 「茲同意福智佛教學院籌備處 (以下簡稱「籌備處」)…需蒐集」);
- tw-pdpa/period: the Act's combined label with the period among its items (「個人資料利用之地區、期間：…」), and the period
  as a span from a start to an end (「…個人資料之期間自本同意書簽署之當日起，至特定目的消失後十五年為止」);
- tw-pdpa and cn-gbt35273 effect-of-not-providing: data given incomplete with the service refused, and cookies managed
  at a cost (「…管理Cookie，但这可能影响您使用我们服务的部分功能」);
- eu-gdpr/controller: the US-style list of aliases with the comma inside the quotes (the “Company,” “NSAV,” “we,” …);
- eu-gdpr/source: the law given as the reason between the source and its examples;
- us-ccpa/sold-or-shared: a denial with a promise to offer an opt-out before any future sale is still a denial.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import file_verdict, profile_status

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "eval" / "profiles42c" / "docs"


# --- tw-pdpa/agency: a consent form's collector named without a company suffix ------------------------------------------

_FUZHI = (
    "立同意書人王小明，茲同意福智佛教學院籌備處 (以下簡稱「籌備處」)及福智傳心(以下簡稱「傳心」)，"
    "因辦理與其設立宗旨相關之業務(以下稱「相關業務」)，需蒐集、處理及使用本人之個人資料。"
)


@pytest.mark.parametrize(
    "text",
    [
        "申請人同意新光三越蒐集會員資料及個人訂候位記錄等相關資料，並告知如下：",
        _FUZHI,
        "本人同意青山文教基金會蒐集本人之姓名及電話。",
    ],
)
def test_a_consent_forms_named_collector_is_the_agency(text: str) -> None:
    assert profile_status(text, "tw-pdpa/agency") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "本人同意貴公司蒐集本人之個人資料。",  # 貴公司 names nobody
        "本人同意主辦單位蒐集本人資料。",  # a role
        "本人同意第三方合作廠商蒐集本人資料。",  # a third party
        "本人同意提供個人資料予本公司蒐集。",  # a verb, not a name
        "申請人同意如實填寫資料並同意蒐集。",  # the run after 同意 is a duty, not a name
        "您同意Google蒐集您的瀏覽資料。",  # not the signer of a form
    ],
)
def test_a_consent_without_a_named_collector_is_no_agency(text: str) -> None:
    assert profile_status(text, "tw-pdpa/agency") == "missing"


# --- tw-pdpa/period: the combined label and the span -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "個人資料利用之地區、期間：本公司營運地區及依法保存會計憑證期限內。",
        "個人資料利用之期間、地區：自蒐集之日起至目的消失為止，於台灣地區。",
        "(一) 使用期限:本人同意本會得使用本人所提供之個人資料之期間自本同意書簽署之當日起，至特定目的消失後十五年為止。",
    ],
)
def test_a_combined_label_or_a_span_gives_the_period(text: str) -> None:
    assert profile_status(text, "tw-pdpa/period") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "個人資料利用之期間、地區：台灣地區。",  # the value gives no period
        "優惠券使用期限：自即日起至12月31日止。",  # a coupon's term, no data
    ],
)
def test_a_label_or_a_span_without_the_datas_period_gives_none(text: str) -> None:
    assert profile_status(text, "tw-pdpa/period") == "missing"


# --- effect of not providing ---------------------------------------------------------------------------------------------


def test_incomplete_data_with_the_service_refused_is_the_effect() -> None:
    text = "本人得自由決定是否提供個人資料，惟本人所提供之個人資料不完整時，本會得拒絕提供必要之服務。"
    assert profile_status(text, "tw-pdpa/effect-of-not-providing") == "covered"


@pytest.mark.parametrize("text", ["若您的資料不完整時，請盡速補正。", "資料有誤時，您可以要求停止處理或刪除。"])
def test_incomplete_data_without_a_refusal_is_no_effect(text: str) -> None:
    assert profile_status(text, "tw-pdpa/effect-of-not-providing") == "missing"


def test_cookies_managed_at_a_cost_is_the_effect() -> None:
    text = "您可以通过浏览器设置管理Cookie，但这可能影响您使用我们服务的部分功能。"
    assert profile_status(text, "cn-gbt35273/effect-of-not-providing") == "covered"


@pytest.mark.parametrize("text", ["您可以通过浏览器设置管理Cookie。", "您可以管理Cookie，但我们会持续改进服务。"])
def test_cookies_managed_without_a_cost_is_no_effect(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/effect-of-not-providing") == "missing"


# --- eu-gdpr/controller and source, us-ccpa/sold-or-shared -------------------------------------------------------------

_CONTACT = "\n\nContact us at privacy@acme.example.\n"


@pytest.mark.parametrize(
    "alias",
    [
        "(the “Company,” “ACME,” “ACMEX,” “we,” “us,” or “our”)",
        '(the "Company," "we," "us," or "our")',
    ],
)
def test_the_us_style_list_of_aliases_names_the_controller(alias: str) -> None:
    text = f"ACME – Acme Savings Link Inc. {alias} respects and protects the privacy of its users.{_CONTACT}"
    assert profile_status(text, "eu-gdpr/controller") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        'We use Google Analytics ("GA," "Analytics") to measure visits.',  # a service's aliases, no "we"
        'Cutora ("the App," "we," "us," or "our") is a photo cutout tool.',  # an app that defines itself as we
    ],
)
def test_a_service_or_the_app_itself_names_no_controller(text: str) -> None:
    assert profile_status(text + _CONTACT, "eu-gdpr/controller") == "missing"


def test_a_source_with_the_law_as_the_reason_is_named() -> None:
    text = "We may get information about you from other sources as required or permitted by applicable law, including public databases."
    assert profile_status(text, "eu-gdpr/source") == "covered"


def test_a_denial_with_an_opt_out_promised_for_a_future_sale_is_a_denial() -> None:
    text = (
        "We do not “sell” the personal information we collect (as such term is defined in the CCPA) for monetary "
        "value (and will not sell it without providing a right to opt out)."
    )
    assert profile_status(text, "us-ccpa/sold-or-shared") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "We do not sell the personal information we collect unless you agree (and will not sell it without providing a right to opt out).",
        "You may opt out of any sale (we will not sell it without providing a right to opt out).",
    ],
)
def test_a_denial_with_an_exception_or_no_denial_is_not_covered(text: str) -> None:
    assert profile_status(text, "us-ccpa/sold-or-shared") == "missing"


# --- the real files (eval/profiles42c, m42w's misses) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "item", "lines"),
    [
        ("skm-tw/signup.html", "tw-pdpa/agency", {180}),
        ("fuzhi-tw/CompanyInfo.vue", "tw-pdpa/agency", {211}),
        ("skm-tw/signup.html", "tw-pdpa/period", {185}),
        ("fuzhi-tw/CompanyInfo.vue", "tw-pdpa/period", {229}),
        ("fuzhi-tw/CompanyInfo.vue", "tw-pdpa/effect-of-not-providing", {218}),
        ("galaxy-zh/PrivacyPolicyView.tsx", "cn-gbt35273/effect-of-not-providing", {123}),
        ("nsav-en/Privacy.tsx", "eu-gdpr/controller", {45, 253}),
        ("nsav-en/Privacy.tsx", "eu-gdpr/source", {82, 84}),
        ("nsav-en/Privacy.tsx", "us-ccpa/sold-or-shared", {213}),
    ],
)
def test_profiles42c_misses_are_covered_at_the_annotated_line(doc: str, item: str, lines: set[int]) -> None:
    status, line = file_verdict(DOCS / doc, item)
    assert status == "covered"
    assert line in lines
