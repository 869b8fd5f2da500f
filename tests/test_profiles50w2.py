"""Issue #14, session 50, second wave (u50w2): classes behind the disagreements of eval/profiles50 (m50w's measure-only
set; fixing from it makes it not blind from now on; docs/profiles.md, "u50w2").

Each class is tested both ways (a mention is not a disclosure), with the real lines kept as regressions:

- GB/T access/correct/delete/close-account/withdraw-consent: the rights granted as nouns after the template's guarantee in
  one sentence (「我们保障您对自己的个人信息行使以下权利：访问权、更正权、删除权、撤回同意权以及注销账户权。」, ssq-zh 98-100); the
  two items that want a way take it from "these rights" in the paragraph; respect for the rights with no guarantee to exercise
  them grants none;
- tw-pdpa / GB/T effect-of-not-providing: 不願(意)提供 (unwilling to provide) is not providing (tailing-tw 111);
- eu-gdpr withdraw-consent: opting out of marketing as a list item under 'You have the right to:' (cognito-en 65-68); a bare
  item with no rights lead-in grants nothing;
- cn-pipl processor and GB/T identity-contact: a bare name defined as 我们 whose features the document offers or that it says
  was designed for someone is the app styling itself (readex-zh 18); a studio or an unused name keeps round 8's reading.
- GB/T cross-border: device storage and "nothing uploaded to any server" in two sentences of one paragraph (liteledger-zh 55),
  as in one sentence; not with an exception (同步, 除…外) in the paragraph.
- cn-pipl minors: not specially for children (并非专门为…设计) with a guardian's consent *not* obtained (在未获得监护人同意的情况下
  收集…删除) does not apply (readex-zh 148); with a consent required it still does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from profile_helpers import file_verdict, profile_status

ROOT = Path(__file__).resolve().parent.parent
P50 = ROOT / "eval" / "profiles50" / "docs"
MAIL = "\n\n如有问题，请发送邮件至 dev@foo.cn。\n"

# --- GB/T rights as nouns after 「我们保障您…行使以下权利：」 ----------------------------------------------------------------

GUARANTEE = "## 您的权利\n\n按照中国相关的法律、法规、标准，我们保障您对自己的个人信息行使以下权利：访问权、更正权、删除权、撤回同意权以及注销账户权。"
WAY = "您可以通过应用内的设置选项或联系我们的客服团队来行使这些权利。"
ALL_FIVE = ["access", "correct", "delete", "close-account", "withdraw-consent"]


@pytest.mark.parametrize("item", ALL_FIVE)
def test_rights_as_nouns_after_the_guarantee_are_granted(item: str) -> None:
    assert profile_status(GUARANTEE + WAY + "\n", f"cn-gbt35273/{item}") == "covered"


@pytest.mark.parametrize("item", ["close-account", "withdraw-consent"])
def test_nouns_with_no_way_do_not_close_or_withdraw(item: str) -> None:
    assert profile_status(GUARANTEE + "\n", f"cn-gbt35273/{item}") == "missing"


@pytest.mark.parametrize("item", ALL_FIVE)
@pytest.mark.parametrize(
    "text",
    [
        "## 您的权利\n\n我们尊重并保障您的个人信息权利：访问权、更正权、删除权、撤回同意权以及注销账户权均依法受到保护。\n",
        "## 您的权利\n\n我们保障您的权利。\n",
    ],
)
def test_respect_for_rights_grants_none(text: str, item: str) -> None:
    assert profile_status(text, f"cn-gbt35273/{item}") == "missing"


@pytest.mark.parametrize(
    ("item", "line"), [("access", 99), ("correct", 99), ("delete", 99), ("close-account", 98), ("withdraw-consent", 98)]
)
def test_ssq_rights(item: str, line: int) -> None:
    assert file_verdict(P50 / "ssq-zh" / "Privacy.tsx", f"cn-gbt35273/{item}") == ("covered", line)


# --- 不願(意)提供 -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("當事人如不願提供上開個人資料，可能導致上述目的無法完成。\n", "tw-pdpa/effect-of-not-providing"),
        ("如您不愿意提供手机号码，将无法完成注册。\n", "cn-gbt35273/effect-of-not-providing"),
    ],
)
def test_unwilling_to_provide_is_not_providing(text: str, item: str) -> None:
    assert profile_status(text, item) == "covered"


@pytest.mark.parametrize("item", ["tw-pdpa/effect-of-not-providing", "cn-gbt35273/effect-of-not-providing"])
def test_unwilling_with_no_effect_says_nothing(item: str) -> None:
    assert profile_status("如您不願提供個人資料，請勿填寫本表。\n", item) == "missing"


def test_tailing_effect_of_not_providing() -> None:
    assert file_verdict(P50 / "tailing-tw" / "privacy_consent_pdf.py", "tw-pdpa/effect-of-not-providing") == ("covered", 111)


# --- eu-gdpr: opting out of marketing as an item under 'You have the right to:' ---------------------------------------------


@pytest.mark.parametrize(
    "entry", ["Opt-out of marketing communications", "Unsubscribe from promotional emails", "Opt out of receiving marketing emails"]
)
def test_marketing_opt_out_item_under_rights(entry: str) -> None:
    text = f"## Your Rights\n\nYou have the right to:\n\n- Access your personal information\n- {entry}\n"
    assert profile_status(text, "eu-gdpr/withdraw-consent") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## Features\n\nOur app lets you:\n\n- Opt-out of marketing communications\n- Export your notes\n",
        "## Your Rights\n\n- Opt-out of marketing communications\n- Request a copy of your data\n",
        "## Your Rights\n\nYou have the right to:\n\n- Opt out of the sale of your personal information\n",
    ],
)
def test_no_lead_in_or_no_marketing_no_withdrawal(text: str) -> None:
    assert profile_status(text, "eu-gdpr/withdraw-consent") == "missing"


def test_cognito_withdraw_consent() -> None:
    assert file_verdict(P50 / "cognito-en" / "PrivacyPolicy.tsx", "eu-gdpr/withdraw-consent") == ("covered", 68)


# --- a bare name defined as 我们 whose features are offered -------------------------------------------------------------------


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
@pytest.mark.parametrize(
    "tail",
    ["我们会向您提供 Readex 的基本功能和高级功能。", "Readex 并非专门为 13 周岁以下儿童设计或提供。", "Readex的全部功能免费。"],
)
def test_a_name_whose_features_are_offered_names_no_processor(tail: str, item: str) -> None:
    text = 'Readex（以下简称"我们"）重视您的隐私。\n\n' + tail + MAIL
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
@pytest.mark.parametrize(
    "tail",
    ["我们会向您提供基本功能和高级功能。", "张三工作室的成员会回复您的邮件。", "我们专门为学生设计了复习计划。"],
)
def test_features_not_of_the_name_leave_it_named(tail: str, item: str) -> None:
    text = '张三工作室（以下简称"我们"）重视您的隐私。\n\n' + tail + MAIL
    assert profile_status(text, item) == "covered"


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
def test_readex_processor_is_missing(item: str) -> None:
    assert file_verdict(P50 / "readex-zh" / "PrivacyPolicyPage.tsx", item)[0] == "missing"


# --- GB/T cross-border: device storage and no upload in two sentences of one paragraph ----------------------------------------


def test_device_storage_and_no_upload_in_one_paragraph() -> None:
    text = "## 数据存储\n\n您的所有数据都存储在您设备的浏览器本地存储中。我们不会将您的个人数据上传到任何远程服务器。\n"
    assert profile_status(text, "cn-gbt35273/cross-border") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # an exception in the paragraph
        "## 数据存储\n\n您的所有数据都存储在您设备的浏览器本地存储中。我们不会将您的个人数据上传到任何远程服务器，除非您开启云同步。\n",
        # the upload denied in another paragraph, another upload said
        "## 数据存储\n\n您的所有数据都存储在您设备的浏览器本地存储中。\n\n我们会将您的订单信息上传到服务器。\n",
    ],
)
def test_device_storage_with_an_exception_or_alone_is_no_place(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/cross-border") == "missing"


def test_liteledger_cross_border() -> None:
    assert file_verdict(P50 / "liteledger-zh" / "PrivacyPolicyPage.tsx", "cn-gbt35273/cross-border") == ("covered", 55)


# --- cn-pipl minors: not specially for children, with a consent *not* obtained ------------------------------------------------


def test_not_specially_for_children_with_consent_not_obtained_does_not_apply() -> None:
    text = (
        "## 儿童隐私\n\n本应用并非专门为 13 周岁以下儿童设计或提供。如您为 13 周岁以下儿童监护人并认为我们可能在未获得监护人同意的情况下"
        "收集了相关儿童的信息，请尽快与我们联系，我们将删除相关信息。\n"
    )
    assert profile_status(text, "cn-pipl/minors") == "not-applicable"


def test_not_specially_for_children_with_consent_required_still_applies() -> None:
    text = "## 儿童隐私\n\n本应用并非专门为儿童设计。如您未满 14 周岁，请在取得监护人同意后使用。\n"
    assert profile_status(text, "cn-pipl/minors") == "covered"


def test_readex_minors_does_not_apply() -> None:
    assert file_verdict(P50 / "readex-zh" / "PrivacyPolicyPage.tsx", "cn-pipl/minors")[0] == "not-applicable"
