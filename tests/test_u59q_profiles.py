"""Issue #14 classes of eval/profiles58q, last session's final blind set (u59q; not blind any more: fixed from its misses).

- False "covered": 'other contractual requirements' (what a contract holds) is no statement of whether the person must provide
  data (eu-gdpr `requirement`, crevio-en 155); the operator named after 由 as who provides a service to the person is no source
  of data (tw-pdpa `source`, ilive-tw 13).
- The operator: a company with its address in brackets and then its quoted aliases, 我们 among them (tholattice-zh 6-8); the
  provider after 由 whose alias list ends in 我们 (ilive-tw 13); 'At NAME, we' translated, with a contact (stackunity-zh 14).
- A transfer abroad: the data kept, or the project holding it deployed, in a named country abroad (hellojump-zh 154-156).
- Public disclosure: anyone who visits can see the person's data (hellojump-zh 166).
- Security: the data encrypted by a named processor (tholattice-zh 158).
- GB/T withdrawal: opting out of marketing (选择退出营销通信, tholattice-zh 201), as 退订 is.
- A way to a right: 会员中心 and 用户中心 are the product's own pages, as 个人中心 is (sanqin-zh 156).
- English: a 'Data Protection Contact' with its channel (eu-gdpr `dpo`), 'from third-party services' applying Art. 14
  (eu-gdpr `source`; a 'does not collect' denial does not: eval/blind/profiles21 dei-en 103), 'To exercise an applicable right,
  contact us using the information below' (us-ccpa `how-to-submit`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status

DOCS = ROOT / "eval" / "profiles58q" / "docs"
_MAIL = "\n\n## 联系我们\n\n电子邮件：privacy@xingchen-example.com\n"
_MAIL_EN = "\n\n## Contact\n\nEmail: privacy@acme-example.com\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "We may process information in contracts between users, including fees, payment terms, usage rights, "
            "milestones, approvals, and other contractual requirements.",
            "missing",
        ),
        ("Our staff audit our processes for compliance with legal and contractual requirements.", "missing"),
        ("Providing your personal data is a contractual requirement for opening an account.", "covered"),
        ("The provision of personal data is a statutory or contractual requirement.", "covered"),
    ],
)
def test_contractual_requirements_are_no_requirement_to_provide(text: str, status: str) -> None:
    assert profile_status(text, "eu-gdpr/requirement") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("星辰帳號是由星辰電商平台及其關聯公司（以下簡稱「星辰」或「我們」）為您提供的一項帳號註冊、登入和管理服務。", "not-applicable"),
        ("本服務由星辰科技及其關聯公司為您提供。", "not-applicable"),
        # data obtained from affiliates still apply and name the source
        ("我們會從關聯公司取得您的帳號資料，以便為您提供服務。", "covered"),
        ("您的訂單資料由合作夥伴提供給我們。", "covered"),
    ],
)
def test_a_service_provided_by_the_operator_is_no_source(text: str, status: str) -> None:
    assert profile_status(text, "tw-pdpa/source") == status


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            '本隐私政策概述了 Acme Digital Marketing LLC (位于 1 Main St., Springfield, CA 91362, United States) ("Acme Digital '
            'Marketing, "我们"、"我们的"或"我们的")如何收集、使用和保护个人信息。' + _MAIL,
            "covered",
        ),
        ('本应用由星辰电商平台及其关联公司（以下简称"星辰"或"我们"）为您提供。' + _MAIL, "covered"),
        ("在StackUnity，我们非常重视保护您的个人数据。" + _MAIL, "covered"),
        # no 我们 among the aliases, the product itself as the first alias, a platform with 上, no contact at all
        ('我们使用 Stripe, Inc. (位于 San Francisco) ("Stripe") 处理付款。' + _MAIL, "missing"),
        ('本应用由星辰平台（以下简称"本应用"或"我们"）为您提供。' + _MAIL, "missing"),
        ("在 Android 上，我们只申请必要的权限。" + _MAIL, "missing"),
        ("在StackUnity，我们非常重视保护您的个人数据。", "missing"),
    ],
)
def test_operator_named_with_aliases_or_at_name_we(text: str, status: str, item: str) -> None:
    assert profile_status(text, item) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ('iLive帳號是由iLive電商平台及其關聯公司（以下簡稱"iLive"或"我們"）為您提供的一項帳號註冊、登入和管理服務。', "covered"),
        ('由騰訊（以下簡稱"騰訊"）提供微信登入服務。', "missing"),
    ],
)
def test_tw_agency_provider_alias_list_ending_in_we(text: str, status: str) -> None:
    assert profile_status(text, "tw-pdpa/agency") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("上传的成绩、昵称、机型保存在 Supabase（一个托管式 Postgres 后端服务）的数据库中，项目部署在韩国首尔区域。", "covered"),
        ("您的昵称和成绩保存在位于日本的数据库中。", "covered"),
        ("我们不会将您的数据保存在海外。", "not-applicable"),
        ("您的数据保存在本地，不会上传至美国的服务器。", "not-applicable"),
        ("本项目的前端部署在美国。", "not-applicable"),
    ],
)
def test_data_kept_in_a_named_country_abroad(text: str, status: str) -> None:
    assert profile_status(text, "cn-pipl/abroad-methods") == status


def test_data_kept_abroad_applies_the_recipient_item() -> None:
    text = "上传的成绩、昵称保存在 Supabase 的数据库中，项目部署在韩国首尔区域。"
    assert profile_status(text, "cn-pipl/abroad-recipient") == "missing"
    assert profile_status(text, "cn-pipl/abroad-categories") == "covered"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("榜单是公开的：任何人访问本站都能看到你的昵称、机型和成绩。", "covered"),
        ("所有用户都可以查看您的昵称和头像。", "covered"),
        ("任何人都能看到我们的开源代码。", "missing"),
        ("除您本人外，任何人都不能看到您的记录。", "missing"),
    ],
)
def test_anyone_can_see_the_persons_data(text: str, status: str) -> None:
    assert profile_status(text, "cn-gbt35273/public-disclosure") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("我们使用 Stripe, Inc. 进行付款处理。您的支付卡详细信息由 Stripe 加密和处理。", "covered"),
        ("您的支付信息由支付宝加密处理。", "covered"),
        ("您的备份文件由您自行加密。", "missing"),
        ("您的信息由 Stripe 处理。", "missing"),
    ],
)
def test_data_encrypted_by_a_named_processor(text: str, status: str) -> None:
    assert profile_status(text, "cn-gbt35273/security") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("## Contact\n\n### Privacy / Data Protection Contact\n\n[Name / Designation]\nEmail: dpo@acme-example.com\n", "covered"),
        ("Data Protection Contact: privacy@acme-example.com", "covered"),
        ("Please reach our data protection contact.", "missing"),
    ],
)
def test_a_data_protection_contact_with_its_channel(text: str, status: str) -> None:
    assert profile_status(text, "eu-gdpr/dpo") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("We collect information we receive from third-party services or other users where applicable.", "covered"),
        ("We do not receive information from third-party services.", "not-applicable"),
        # a denial with 'does not' (eval/blind/profiles21 dei-en 103), a kind of service between 'third-party' and the noun
        ("ACME LLC does not collect information about its users from third-party sources, such as public records.", "not-applicable"),
        ("| Category | Source |\n|---|---|\n| Personal data from third-party advertising services | A third party |", "covered"),
    ],
)
def test_data_received_from_third_party_services(text: str, status: str) -> None:
    assert profile_status(text, "eu-gdpr/source") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("To exercise an applicable right, contact us using the information below." + _MAIL_EN, "covered"),
        ("To exercise an applicable right, contact us using the information below.", "missing"),
    ],
)
def test_exercise_an_applicable_right_through_the_contact_below(text: str, status: str) -> None:
    assert profile_status(text, "us-ccpa/how-to-submit") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("## 您的选择与权利\n\n- 您可以在会员中心查看积分和基本账户信息。", "covered"),
        ("## 您的权利\n\n您可以在用户中心修改您的昵称。", "covered"),
        ("## 您的权利\n\n会员中心提供积分兑换服务。", "missing"),
    ],
)
def test_member_centre_is_a_place_of_the_product(text: str, status: str) -> None:
    assert profile_status(text, "cn-pipl/rights") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("选择退出：您可以按照通信中提供的说明随时选择退出营销通信。", "covered"),
        ("您可以随时选择退出个性化广告。", "covered"),
        ("您无法选择退出营销通信。", "missing"),
        ("您可以选择退出本服务。", "missing"),
    ],
)
def test_opting_out_of_marketing_withdraws_consent(text: str, status: str) -> None:
    assert profile_status(text, "cn-gbt35273/withdraw-consent") == status


@pytest.mark.parametrize(
    ("name", "item", "status", "line"),
    [
        ("crevio-en/PrivacyPolicy.tsx", "eu-gdpr/requirement", "covered", 175),
        ("crevio-en/PrivacyPolicy.tsx", "eu-gdpr/dpo", "covered", 266),
        ("crevio-en/PrivacyPolicy.tsx", "eu-gdpr/source", "covered", 125),
        ("crevio-en/PrivacyPolicy.tsx", "us-ccpa/how-to-submit", "covered", 225),
        ("ilive-tw/Privacy.vue", "tw-pdpa/source", "not-applicable", None),
        ("ilive-tw/Privacy.vue", "tw-pdpa/agency", "covered", 13),
        ("tholattice-zh/chinese.tsx", "cn-pipl/processor", "covered", 6),
        ("tholattice-zh/chinese.tsx", "cn-gbt35273/identity-contact", "covered", 6),
        ("tholattice-zh/chinese.tsx", "cn-gbt35273/security", "covered", 158),
        ("stackunity-zh/zh.ts", "cn-pipl/processor", "covered", 14),
        ("hellojump-zh/page.tsx", "cn-pipl/abroad-methods", "covered", 154),
        ("hellojump-zh/page.tsx", "cn-pipl/abroad-rights", "missing", None),
        ("hellojump-zh/page.tsx", "cn-gbt35273/public-disclosure", "covered", 166),
        ("sanqin-zh/page.tsx", "cn-pipl/rights", "covered", 156),
        ("tholattice-zh/chinese.tsx", "cn-gbt35273/withdraw-consent", "covered", 201),
    ],
)
def test_profiles58q_regressions(name: str, item: str, status: str, line: int | None) -> None:
    assert file_verdict(DOCS / name, item) == (status, line)


def test_docs_exist() -> None:
    assert isinstance(DOCS, Path) and (DOCS / "crevio-en" / "PrivacyPolicy.tsx").is_file()
