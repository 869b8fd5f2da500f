"""Issue #14, session 46 (u46w): the disagreements of the blind set eval/profiles46, fixed as classes.

Fixing from eval/profiles46 makes it not blind any more (its README says so).  Each class is tested both ways, and the
real lines of eval/profiles46 (and of the older set the denied-list class came from) are kept as regressions:

- precision: 不满 before a number is "under N" (「不满十四周岁的未成年人」), no complaint (cn-gbt35273/complaint was covered by
  the minors' paragraph, sakurachat-zh 299); dissatisfaction with a channel still covers it;
- precision: a denial whose verbs come as a list after the place (「我们不会将您的个人信息在跨境业务中使用、储存、共享和披露，
  或将…传输至境外」) makes the cn-pipl abroad items not apply (nenuauth-zh 11: five false "missing" findings);
- a Latin brand with a qualified noun before the alias (「TradeCraft 跨境电商平台（以下简称"本平台"或"我们"）」) names the processor
  (tradecraft-zh 33), as 「TradeCraft平台（以下简称"我们"）」 did; a brand defined as 我们 with no contact still names nobody;
- data portability (「数据携带权：…以结构化、通用格式提供您的个人信息」) is obtaining a copy (sakurachat-zh 261); a portability denied is not;
- citing lines: a right of access over the data we hold (「访问权：您有权访问我们收集的…您的账户信息」) is cited for GB/T functions
  only after a function statement (sakurachat-zh 228 → 49); items of a list whose lead-in denies collecting them
  (「本程式**不會**蒐集下列的個人資訊：」) are cited for categories after the data really collected (blind/profiles16
  ulogviewer-tw 19 → 24);
- GB/T methods: the data collected named as what the person provides (「我们可能收集您提供的信息」, tradecraft-zh 115);
- tw-pdpa/recipients: the Act's 利用對象 label on a line of its own, read as a heading, takes its value (kinmen-tw 130);
- 「如果您不接受修改后的隐私政策，您应停止使用我们的服务」 stays no effect of not providing (the decision of this session:
  docs/profiles.md; eval/profiles45c solphire-zh's annotation was changed to agree).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from profile_helpers import cited_line_number, file_verdict, paragraphs, profile_status

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "eval" / "profiles46" / "docs"
SAKURA = DOCS / "sakurachat-zh" / "PrivacyPolicyPage.jsx"
NENU = DOCS / "nenuauth-zh" / "activate.ts"
TRADECRAFT = DOCS / "tradecraft-zh" / "page.tsx"
ULOGVIEWER = ROOT / "eval" / "blind" / "profiles16" / "docs" / "ulogviewer-tw" / "PrivacyPolicy-zh-TW.md"

ABROAD = ["cn-pipl/abroad-recipient", "cn-pipl/abroad-purposes", "cn-pipl/abroad-methods"]


@pytest.mark.parametrize(
    "text",
    [
        "如果您是不满十四周岁的未成年人，请在监护人的陪同下使用我们的服务，并由监护人代为提供个人信息。",
        "若您不满 14 周岁，请在监护人指导下使用本服务，并请监护人通过本页联系我们。",
    ],
)
def test_under_an_age_is_no_complaint(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/complaint") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "如果您对我们的数据处理有任何不满，欢迎联系开发者：zs@qq.com",
        "如有不满或投诉，请在应用内“我的-反馈”中提交。",
    ],
)
def test_dissatisfaction_with_a_channel_is_still_a_complaint(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/complaint") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "我们不会将您的个人信息在跨境业务中使用、储存、共享和披露，或将您的个人信息传输至境外。",
        "我们绝不会把您的数据在境外业务中存储、处理或提供给他人。",
    ],
)
@pytest.mark.parametrize("item", ABROAD)
def test_a_denial_with_its_verbs_listed_after_the_place_sends_nothing_abroad(text: str, item: str) -> None:
    assert profile_status(text, item) == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "我们会将您的个人信息在跨境业务中使用、储存，并传输至位于新加坡的服务器。",
        "我们不会将您的个人信息出售给第三方，但会将其传输至位于美国的境外服务器存储。",
    ],
)
def test_a_transfer_abroad_not_denied_still_applies(text: str) -> None:
    assert profile_status(text, "cn-pipl/abroad-recipient") != "not-applicable"


@pytest.mark.parametrize(
    "intro",
    [
        '欢迎使用 TradeCraft 跨境电商平台（以下简称"本平台"或"我们"）。',
        '欢迎使用 Nimbus 云笔记应用（以下简称"我们"）。',
        '欢迎使用 TradeCraft平台（以下简称"我们"）。',
    ],
)
def test_a_latin_brand_with_a_qualified_noun_defined_as_we_is_the_processor(intro: str) -> None:
    text = paragraphs(intro, "客服邮箱：privacy@tradecraft.com")
    assert profile_status(text, "cn-pipl/processor") == "covered"
    assert profile_status(text, "cn-gbt35273/identity-contact") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        paragraphs('欢迎使用 TradeCraft 跨境电商平台（以下简称"本平台"或"我们"）。'),  # no contact
        paragraphs("欢迎使用 TradeCraft 跨境电商平台。", "客服邮箱：privacy@tradecraft.com"),  # only mentioned
    ],
)
def test_no_alias_or_no_contact_names_no_processor(text: str) -> None:
    assert profile_status(text, "cn-pipl/processor") == "missing"


def test_data_portability_is_a_copy() -> None:
    text = "6.1.5 数据携带权：您有权要求我们以结构化、通用格式提供您的个人信息，以便您可以将其转移给其他服务提供商。\n"
    assert profile_status(text, "cn-gbt35273/copy") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "我们目前不支持数据携带，也不提供个人信息副本。\n",
        "本应用以结构化格式保存设置文件。\n",  # a format, nothing handed to the person
    ],
)
def test_portability_denied_or_a_format_alone_is_no_copy(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/copy") == "missing"


ACCESS = "访问权：您有权访问我们收集的关于您的个人信息，包括但不限于您的账户信息、个人资料、使用记录等。"
FUNCTION = "当您注册账户时，我们会收集您的用户名、邮箱地址和电话号码。"


def test_an_access_right_is_cited_after_a_function_statement() -> None:
    # title at 1, the access right at 3, the function statement at 5
    assert cited_line_number(paragraphs(ACCESS, FUNCTION), "cn-gbt35273/functions") == 5


def test_an_access_right_alone_keeps_its_citation() -> None:
    # (a demotion: cited last, never vetoed)
    assert cited_line_number(paragraphs(FUNCTION), "cn-gbt35273/functions") == 3


DENIED = "## 個人資訊之蒐集\n我們 **不會** 蒐集下列的個人資訊：\n+ 姓名。\n+ 電話。\n\n"
COLLECTED = "我們 **會** 蒐集下列可能與您個人資訊有關聯之資料：\n+ 您在本程式中為了日誌讀取而設定的 **IP 位址**。\n"


def test_items_of_a_denied_list_are_cited_after_data_collected() -> None:
    # title 1, heading 3, denied lead-in 4, items 5-6, collecting lead-in 8, its item 9
    assert cited_line_number(DENIED + COLLECTED, "tw-pdpa/categories") in (8, 9)


def test_a_denied_list_alone_keeps_its_citation() -> None:
    # (a demotion: cited last, never vetoed; what the negation filter decides alone is unchanged)
    base = cited_line_number(DENIED, "tw-pdpa/categories")
    assert base is None or base in (4, 5, 6)


def test_stop_using_when_disagreeing_with_the_policy_is_no_effect_of_not_providing() -> None:
    text = "9.3 您继续使用我们的服务，即表示您接受修改后的隐私政策。如果您不接受修改后的隐私政策，您应停止使用我们的服务。\n"
    assert profile_status(text, "cn-gbt35273/effect-of-not-providing") == "missing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## 利用對象\n\n1. 本府（含受本府委託處理事務之委外機構）。\n2. 依法律規定或經法律授權之非公務機關。\n", "covered"),
        ("## 利用對象\n\n無。\n", "missing"),  # the label with no recipient named
        ("## 其他事項\n\n1. 本府（含受本府委託處理事務之委外機構）。\n", "missing"),  # not the label
    ],
)
def test_the_recipients_label_on_a_line_of_its_own_takes_its_value(text: str, expected: str) -> None:
    assert profile_status(text, "tw-pdpa/recipients") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("当您参与营销活动时，我们可能收集您提供的信息，用于发放奖品。\n", "covered"),
        ("当您联系客服时，我们会收集您提供的沟通记录。\n", "covered"),
        ("我们不会收集您提供的任何敏感信息。\n", "missing"),  # a denial
        ("请确保您提供的信息真实有效。\n", "missing"),  # a duty, nothing collected
    ],
)
def test_data_collected_as_what_the_person_provides_is_a_method(text: str, expected: str) -> None:
    assert profile_status(text, "cn-gbt35273/methods") == expected


# Regressions: the real lines of eval/profiles46 and blind/profiles16.


def test_sakurachat_regressions() -> None:
    assert file_verdict(SAKURA, "cn-gbt35273/complaint") == ("missing", None)
    assert file_verdict(SAKURA, "cn-gbt35273/copy") == ("covered", 261)
    assert file_verdict(SAKURA, "cn-gbt35273/functions") == ("covered", 49)


@pytest.mark.parametrize("item", [*ABROAD, "cn-pipl/abroad-categories", "cn-pipl/abroad-rights"])
def test_nenuauth_abroad_regression(item: str) -> None:
    assert file_verdict(NENU, item) == ("not-applicable", None)


def test_tradecraft_regression() -> None:
    assert file_verdict(TRADECRAFT, "cn-pipl/processor") == ("covered", 33)
    assert file_verdict(TRADECRAFT, "cn-gbt35273/methods") == ("covered", 115)
    assert file_verdict(TRADECRAFT, "cn-gbt35273/identity-contact") == ("covered", 33)


def test_kinmen_recipients_regression() -> None:
    assert file_verdict(DOCS / "kinmen-tw" / "PersonalModal.jsx", "tw-pdpa/recipients") == ("covered", 130)


def test_ulogviewer_categories_regression() -> None:
    assert file_verdict(ULOGVIEWER, "tw-pdpa/categories") == ("covered", 24)
