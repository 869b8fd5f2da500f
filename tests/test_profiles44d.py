"""Issue #14, session 44 (u44w3): the disagreements of the blind measurement eval/profiles44c, fixed as classes.

Each class is tested both ways, and the real line of eval/profiles44c (or of review r44) is kept as a regression:

- eu-gdpr/requirement: "not legally required" about appointing an officer or a representative says nothing about providing
  data (pazar-en 25, a false "covered");
- cn-gbt35273 access/correct/copy: a business record asked for (「如需查询、修改您的订单记录，请联系管理员」, review r44 item 9) is
  no right to one's personal information;
- eu-gdpr/legal-basis: "legal obligation" as one rule (review r44 item 10): named as a basis it counts; as what is complied
  with, whatever the words between, only with a basis word in the sentence;
- eu-gdpr/controller: a trade name between the company and its aliases, outside brackets (paycheck-en 11);
- eu-gdpr/source: data brought in through a named service the person connects (paycheck-en 24, pazar-en 43);
- tw-pdpa/source: the Act's source label with its bracketed note and the parties as its list (lianhua-tw 37-52);
- eu-gdpr/withdraw-consent: a connected account disconnected, which ends the access (paycheck-en 71);
- cn-pipl/rights: a contact lead-in that takes rights requests, the contact in its item (zhama-zh 90-92);
- cn-pipl/purposes: 「我们使用收集的信息：」 read with each item of its list (zhama-zh 36-42);
- cn-gbt35273/methods: data read by listening through a system service (smartledger-zh 70).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import file_verdict, profile_status

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "eval" / "profiles44c" / "docs"
PAZAR = DOCS / "pazar-en" / "privacy.blade.php"
PAYCHECK = DOCS / "paycheck-en" / "PrivacyPage.tsx"
LIANHUA = DOCS / "lianhua-tw" / "PersonalNoticeClause.tsx"
ZHAMA = DOCS / "zhama-zh" / "PrivacyPolicy.tsx"
SMARTLEDGER = DOCS / "smartledger-zh" / "PrivacyPolicyScreen.kt"


def _doc(*paragraphs: str) -> str:
    return "# Privacy Policy\n\n" + "\n\n".join(paragraphs) + "\n"


# --- eu-gdpr/requirement: what is not required is an appointment ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A data protection officer has not been appointed because this is not legally required.",
        "We have not designated a DPO, as this is not legally required for our organisation.",
        "We have not appointed an EU representative because this is not statutorily required.",
    ],
)
def test_an_appointment_not_required_is_no_requirement(text: str) -> None:
    assert profile_status(_doc(text), "eu-gdpr/requirement") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Providing your personal data is neither legally nor contractually required.",
        "The provision of your data is not legally required, but without it we cannot answer you.",
    ],
)
def test_providing_data_not_required_still_covers(text: str) -> None:
    assert profile_status(_doc(text), "eu-gdpr/requirement") == "covered"


def test_pazar_dpo_sentence() -> None:
    assert file_verdict(PAZAR, "eu-gdpr/requirement") == ("missing", None)


# --- cn-gbt35273: a business record is no right of access ----------------------------------------------------------------


@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/correct"])
@pytest.mark.parametrize(
    "text",
    [
        "## 二、联系我们\n\n如需查询、修改您的订单记录，请联系管理员。\n",  # review r44 item 9
        "## 二、联系我们\n\n如需查询、修改您的物流信息，请联系客服人员。\n",
    ],
)
def test_a_business_record_is_no_right(text: str, item: str) -> None:
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/correct"])
@pytest.mark.parametrize(
    "text",
    [
        "## 二、联系我们\n\n如需查询、修改您的个人信息，请联系管理员。\n",
        "## 二、联系我们\n\n如需查看或更正您的个人信息，请发邮件至 privacy@acme.cn。\n",
    ],
)
def test_personal_information_asked_for_is_a_right(text: str, item: str) -> None:
    assert profile_status(text, item) == "covered"


# --- eu-gdpr/legal-basis: "legal obligation" as one rule ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We use it to comply with the legal obligation to keep invoices.",  # missing before too
        "We use it to comply with a legal obligation.",  # covered before: the uneven lookbehinds
        "We use it to comply with any applicable legal obligation.",
        "We use it for compliance with our legal obligations.",
        "We use it to fulfil our legal obligations.",
        "We retain data as long as necessary to comply with our legal obligations.",
    ],
)
def test_complying_with_a_legal_obligation_is_a_purpose(text: str) -> None:
    assert profile_status(_doc(text), "eu-gdpr/legal-basis") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Processing is necessary to comply with the legal obligation to keep invoices.",
        "Processing necessary for compliance with a legal obligation.",
        "The legal basis is compliance with our legal obligations.",
        "We keep invoices on the basis of a legal obligation.",
        "We process invoices because we are under a legal obligation to keep them.",
        "Legal obligation: we keep invoices to comply with our legal obligations.",
        "- **Legal obligation** — invoices are kept for ten years.",
    ],
)
def test_a_legal_obligation_named_as_the_basis(text: str) -> None:
    assert profile_status(_doc(text), "eu-gdpr/legal-basis") == "covered"


# --- eu-gdpr/controller: a trade name outside brackets -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Acme Global LLC, doing business as "Widget" ("Company", "we", "us", or "our"), collects personal information.',
        'Acme Ltd, trading as Widget ("we", "us"), collects personal information.',
    ],
)
def test_a_trade_name_between_company_and_we(text: str) -> None:
    assert profile_status(_doc(text, "Contact: privacy@acme.com"), "eu-gdpr/controller") == "covered"


def test_a_trade_name_without_a_contact_is_not_enough() -> None:
    text = 'Acme Ltd, trading as Widget ("we", "us"), collects personal information.'
    assert profile_status(_doc(text), "eu-gdpr/controller") == "missing"


def test_paycheck_controller() -> None:
    assert file_verdict(PAYCHECK, "eu-gdpr/controller") == ("covered", 11)


# --- eu-gdpr/source: data brought in through a named service ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "- **Connected account data:** read-only balances and liabilities imported through Plaid if you connect an account.",
        "If you connect a bank account, we use Plaid Inc. to access read-only information such as balances and liabilities.",
        "When you install the app from Shopify, your store domain (shop.myshopify.com) and store name are collected.",
    ],
)
def test_a_named_service_as_the_source(text: str) -> None:
    assert profile_status(_doc(text), "eu-gdpr/source") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "We use Google Analytics to collect usage data.",  # collected on the site, not from another party
        "We use Plaid to access your data.",  # no connection the person makes
        "Files are downloaded via HTTPS.",
        "We use Stripe to process payments.",
    ],
)
def test_no_named_source(text: str) -> None:
    assert profile_status(_doc(text), "eu-gdpr/source") == "not-applicable"


@pytest.mark.parametrize(("path", "line"), [(PAYCHECK, 24), (PAZAR, 43)])
def test_real_named_sources(path: Path, line: int) -> None:
    assert file_verdict(path, "eu-gdpr/source") == ("covered", line)


# --- tw-pdpa/source: the Act's label with its note, the parties as its list ------------------------------------------------

_TW_SOURCE = "個人資料之來源(個人資料非由當事人提供，而為間接蒐集之情形適用)：\n\n- 要保人/被保險人\n- {item}\n"


def test_the_source_label_with_its_note_and_list() -> None:
    text = _TW_SOURCE.format(item="司法警憲機關、委託協助處理理賠之公證人或機構")
    assert profile_status(_doc(text), "tw-pdpa/source") == "covered"


def test_the_person_alone_is_no_source() -> None:
    assert profile_status(_doc("個人資料之來源：\n\n- 您本人\n"), "tw-pdpa/source") == "not-applicable"


def test_lianhua_source() -> None:
    assert file_verdict(LIANHUA, "tw-pdpa/source") == ("covered", 43)


# --- eu-gdpr/withdraw-consent: a connected account disconnected ----------------------------------------------------------


def test_disconnecting_a_linked_account() -> None:
    text = "You can disconnect a linked account at any time, which stops further access."
    assert profile_status(_doc(text), "eu-gdpr/withdraw-consent") == "covered"


@pytest.mark.parametrize("text", ["You can disconnect your bank.", "If you disconnect a linked account, syncing stops."])
def test_no_withdrawal_in_a_disconnection(text: str) -> None:
    assert profile_status(_doc(text), "eu-gdpr/withdraw-consent") == "missing"


def test_paycheck_withdraw_consent() -> None:
    assert file_verdict(PAYCHECK, "eu-gdpr/withdraw-consent") == ("covered", 71)


# --- cn-pipl/rights: the contact lead-in that takes rights requests --------------------------------------------------------


def test_a_rights_request_contact() -> None:
    text = "## 联系我们\n\n如您对本政策有任何疑问或权利请求，您可以通过以下方式与我们联系：\n\n- 邮箱：privacy@acme.cn\n"
    assert profile_status(text, "cn-pipl/rights") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 联系我们\n\n如您对本政策有任何疑问，您可以通过以下方式与我们联系：\n\n- 邮箱：privacy@acme.cn\n",  # questions only
        "## 联系我们\n\n如您有任何权利请求，欢迎联系我们。\n",  # no contact given
    ],
)
def test_no_rights_request_contact(text: str) -> None:
    assert profile_status(text, "cn-pipl/rights") == "missing"


def test_zhama_rights() -> None:
    assert file_verdict(ZHAMA, "cn-pipl/rights") == ("covered", 92)


# --- cn-pipl/purposes: 「我们使用收集的信息：」 with its list ------------------------------------------------------------------


def test_a_use_lead_in_with_its_items() -> None:
    text = "## 信息使用\n\n我们使用收集的信息：\n\n- 提供、维护和改进我们的服务\n- 开发新的服务和功能\n"
    assert profile_status(text, "cn-pipl/purposes") == "covered"


def test_a_use_lead_in_over_data_items() -> None:
    text = "## 信息\n\n我们使用收集的信息：\n\n- 姓名\n- 电话号码\n"
    assert profile_status(text, "cn-pipl/purposes") == "missing"


def test_zhama_purposes_cite_the_list() -> None:
    assert file_verdict(ZHAMA, "cn-pipl/purposes") == ("covered", 38)


# --- cn-gbt35273/methods: listening through a system service ---------------------------------------------------------------


def test_listening_through_a_system_service() -> None:
    text = "## 权限\n\n本应用通过 Android 系统的 NotificationListenerService 监听支付类应用的通知消息，自动识别交易金额。\n"
    assert profile_status(text, "cn-gbt35273/methods") == "covered"


def test_listening_denied() -> None:
    assert profile_status("## 权限\n\n本应用不会通过系统服务监听您的通知消息。\n", "cn-gbt35273/methods") == "missing"


def test_smartledger_methods() -> None:
    assert file_verdict(SMARTLEDGER, "cn-gbt35273/methods") == ("covered", 70)


def test_a_third_partys_rights_request_is_not_ours() -> None:
    text = "## 第三方\n\n如您对第三方 SDK 有权利请求，您可以通过以下方式与其联系：\n\n- 邮箱：sdk@partner.cn\n"
    assert profile_status(text, "cn-pipl/rights") == "missing"
