"""Disclosure profiles, forty-fourth session (u44w, issue #14): classes from eval/profiles43c and eval/profiles44 (dev).

Each class is tested both ways with invented texts modelled on the real ones, and the real lines are kept as regressions:

- a bilingual page gives each lead-in twice, 「您可能享有以下权利：」 then "you may have the following rights:", and then the
  list: the list is the Chinese lead-in's too, so the GB/T rights read its Chinese items (profiles43c aitrans-zh 371-374);
- GB/T access, correct and copy read the wish with a role to contact as the way (「如需查询、更正或删除…，请通过站内反馈渠道联系
  管理员」), as u25v reads it for deletion (profiles44 mdtbbs-zh 85);
- eu-gdpr/legal-basis: "(To) comply with legal obligations" as an item of a purposes list is a purpose, not the legal-obligation
  basis (profiles44 sasanova-en 49, profiles43c topai-en 83, profiles26 vuappstore-en, blind/profiles16 thelab-en); "necessary
  to comply with a legal obligation" still names it; "you consent to our sharing of data" names consent (eval/profiles
  stepscape-en 51);
- eu-gdpr/requirement: cookies "required for basic site functionality. These cannot be disabled." (sasanova-en 63);
- eu-gdpr/withdraw-consent: "Unsubscribe from our newsletter at any time …" opening an item under "You have the right to:"
  (sasanova-en 105);
- cn-pipl: 用以 is no purpose word inside 使用以下 (「APP需要使用以下权限：」, profiles44 yu-zh 112);
- cn-gbt35273/functions: a purposes lead-in with an item of its list (「主要用于以下目的：」 + 「创建和管理您的账户；」) is a purpose,
  cited after a business function with its data (profiles43c aitrans-zh 102).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cited_line_number, file_verdict, profile_status

ROOT = Path(__file__).resolve().parent.parent
AITRANS = ROOT / "eval" / "profiles43c" / "docs" / "aitrans-zh" / "page.tsx"
DOCS44 = ROOT / "eval" / "profiles44" / "docs"
MDTBBS = DOCS44 / "mdtbbs-zh" / "page.tsx"
SASANOVA = DOCS44 / "sasanova-en" / "page.tsx"
YU = DOCS44 / "yu-zh" / "PrivacyPolicyActivity.kt"
TOPAI = ROOT / "eval" / "profiles43c" / "docs" / "topai-en" / "PrivacyContent.tsx"
STEPSCAPE = ROOT / "eval" / "profiles" / "docs" / "stepscape-en" / "stepscape-privacy.md"


# --- a lead-in given twice, once per language, before its list -----------------------------------------------------------

_TWIN = (
    "## 您的权利\n\n在适用法律允许的范围内，您可能享有以下权利：\n\nTo the extent permitted by law, you may have the following rights:\n\n"
    "- 查询、访问您的个人信息；\n- 更正或更新不准确的信息；\n- 撤回同意；\n"
)


@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/correct", "cn-gbt35273/withdraw-consent"])
def test_twin_lead_in_gives_its_list_to_the_chinese_lead_in(item: str) -> None:
    assert profile_status(_TWIN, item) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # no Chinese lead-in: the English one alone does not grant the Chinese items
        "## 您的权利\n\nTo the extent permitted by law, you may have the following rights:\n\n- 查询、访问您的个人信息；\n",
        # the second paragraph is no lead-in (it ends without a colon): the list is its own, and nothing grants it
        "## 您的权利\n\n您可能享有以下权利：\n\nThese rights depend on the law.\n\n- 查询、访问您的个人信息；\n",
    ],
)
def test_no_twin_lead_in_no_right(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/access") == "missing"


@pytest.mark.parametrize(
    ("item", "line"),
    [("cn-gbt35273/access", 371), ("cn-gbt35273/correct", 372), ("cn-gbt35273/withdraw-consent", 374)],
)
def test_aitrans_rights_list(item: str, line: int) -> None:
    assert file_verdict(AITRANS, item) == ("covered", line)


def test_aitrans_functions_cite_the_function_not_the_purposes_list() -> None:
    assert file_verdict(AITRANS, "cn-gbt35273/functions") == ("covered", 102)


# --- GB/T rights asked for through a role to contact ---------------------------------------------------------------------

_ADMIN = "## 查询、更正、删除与注销\n\n如需查询、更正或删除与账号相关的个人信息，请通过站内反馈渠道联系管理员。\n"


@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/correct"])
def test_wish_with_a_role_to_contact(item: str) -> None:
    assert profile_status(_ADMIN, item) == "covered"


def test_copy_wish_with_a_role_to_contact() -> None:
    text = "## 您的权利\n\n如需导出您的个人信息副本，请联系管理员。\n"
    assert profile_status(text, "cn-gbt35273/copy") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 第三方服务\n\n如需查询、更正第三方平台中的个人信息，请联系该平台管理员。\n",  # a third party's administrator
        "## 您的权利\n\n如需查询、更正与账号相关的个人信息，请稍后再试。\n",  # a wish with no way
    ],
)
@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/correct"])
def test_no_role_no_way(text: str, item: str) -> None:
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize("item", ["cn-gbt35273/access", "cn-gbt35273/correct"])
def test_mdtbbs_rights(item: str) -> None:
    assert file_verdict(MDTBBS, item) == ("covered", 85)


# --- eu-gdpr legal basis: a purpose is no basis ---------------------------------------------------------------------------

_USES = "## How We Use Your Information\n\n- To deliver our newsletter to subscribers who have opted in.\n- {item}\n"


@pytest.mark.parametrize(
    "item",
    [
        "To comply with legal obligations.",
        "Comply with our legal obligations",
        "**To Comply With Legal Obligations**: we may use your information to comply with applicable legal obligations.",
    ],
)
def test_comply_with_legal_obligations_is_a_purpose(item: str) -> None:
    assert profile_status(_USES.format(item=item), "eu-gdpr/legal-basis") == "missing"


@pytest.mark.parametrize(
    "item",
    [
        "Processing is necessary to comply with a legal obligation to which we are subject.",
        "Legal obligation: we keep invoices to comply with our legal obligations.",
        "We rely on legal obligation as the legal basis for keeping invoices.",
        "By buying in the app, you consent to our sharing of data about your purchases with Apple.",
    ],
)
def test_a_basis_is_still_named(item: str) -> None:
    assert profile_status(_USES.format(item=item), "eu-gdpr/legal-basis") == "covered"


@pytest.mark.parametrize("path", [SASANOVA, TOPAI])
def test_real_purposes_lists_name_no_basis(path: Path) -> None:
    assert file_verdict(path, "eu-gdpr/legal-basis") == ("missing", None)


def test_stepscape_consent_to_sharing() -> None:
    assert file_verdict(STEPSCAPE, "eu-gdpr/legal-basis") == ("covered", 51)


# --- eu-gdpr: required cookies, unsubscribing -----------------------------------------------------------------------------


def test_cookies_required_for_basic_functionality() -> None:
    text = "## Cookies\n\n- **Essential cookies** — required for basic site functionality. These cannot be disabled.\n"
    assert profile_status(text, "eu-gdpr/requirement") == "covered"


def test_cookies_required_but_nothing_about_refusing() -> None:
    text = "## Cookies\n\n- **Essential cookies** — required for basic site functionality.\n"
    assert profile_status(text, "eu-gdpr/requirement") == "missing"


def test_unsubscribe_item_under_rights() -> None:
    text = "## Your Rights\n\nYou have the right to:\n\n- **Unsubscribe** from our newsletter at any time using the unsubscribe link in every email.\n"
    assert cited_line_number(text, "eu-gdpr/withdraw-consent") == 7


@pytest.mark.parametrize(
    "text",
    [
        "## Newsletter\n\nOur newsletter is sent monthly to subscribers.\n",
        "## Vendors\n\nWe sometimes unsubscribe from vendors' newsletters at any time we like.\n",
    ],
)
def test_no_unsubscribe_offered(text: str) -> None:
    assert profile_status(text, "eu-gdpr/withdraw-consent") == "missing"


@pytest.mark.parametrize(("item", "line"), [("eu-gdpr/requirement", 63), ("eu-gdpr/withdraw-consent", 105)])
def test_sasanova(item: str, line: int) -> None:
    assert file_verdict(SASANOVA, item) == ("covered", line)


# --- cn-pipl: 用以 inside 使用以下 -------------------------------------------------------------------------------------------


def test_permissions_lead_in_is_no_purpose() -> None:
    text = "## 权限说明\n\nAPP需要使用以下权限：\n\n- 获取网络状态\n- 本地存储\n"
    assert profile_status(text, "cn-pipl/purposes") == "missing"


def test_yong_yi_still_a_purpose() -> None:
    text = "## 信息的使用\n\n我们收集的设备信息用以改进服务和保障账号安全。\n"
    assert profile_status(text, "cn-pipl/purposes") == "covered"


def test_yu_purposes_cite_a_use() -> None:
    assert file_verdict(YU, "cn-pipl/purposes") == ("covered", 114)


# --- GB/T functions: a purposes list is cited after a function with its data ----------------------------------------------


def test_purposes_list_cited_after_a_function() -> None:
    text = (
        "## 我们如何使用信息\n\n我们收集和使用您的信息，主要用于以下目的：\n\n- 创建和管理您的账户；\n- 完成支付；\n\n"
        "## 支付信息\n\n当您购买付费服务时，我们会收集订单编号、支付状态、交易时间等信息。\n"
    )
    assert cited_line_number(text, "cn-gbt35273/functions") == 12


# --- a short numbered paragraph is a list item written as a paragraph -----------------------------------------------------

TOURZE = ROOT / "eval" / "blind" / "round33b" / "dev" / "tourze-fixture-php" / "ProtocolEntityFixtures.php"


def test_numbered_paragraph_reads_with_its_heading() -> None:
    text = "<h2>5. 您的权利</h2>\n<p>5.1 删除您的个人信息</p>\n<p>5.2 数据可携带性</p>\n"
    assert profile_status(text, "cn-gbt35273/copy", suffix=".html") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "<h2>5. 您的权利</h2>\n<p>5.1 删除您的个人信息</p>\n",  # no copy in the section
        "<h2>5. 说明</h2>\n<p>5.2 数据可携带性</p>\n",  # no rights heading: the label alone grants nothing
    ],
)
def test_numbered_paragraph_without_the_right(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/copy", suffix=".html") == "missing"


def test_tourze_copy() -> None:
    assert file_verdict(TOURZE, "cn-gbt35273/copy") == ("covered", 228)
