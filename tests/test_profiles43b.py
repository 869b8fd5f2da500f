"""Disclosure profiles, forty-third session (u43w2, issue #14): the false "covered" and the read-word classes of profiles43c.

Each class is tested both ways with invented texts modelled on the real ones, and the real lines of
eval/profiles43c are kept as regression cases:

- an address is the operator's contact only when it is a contact's: 「钱包地址：您提供的 USDT 收款地址」 (wushi-zh 148, a kind of
  collected data) gave cn-pipl/processor and cn-gbt35273/identity-contact a contact; a bare 「地址：」 or 「联系地址：」 still does;
- the operator reserving a right for itself is no right of the person's: 「我们保留随时终止您访问服务的权利」 (wushi-zh 187, the terms
  of service) covered cn-gbt35273/access;
- eu-gdpr/requirement reads the cost of refusing cookies in English ("Disabling certain cookies may affect site functionality",
  topai-en 44; "Required for site functionality … These cannot be disabled", one paragraph);
- cn-gbt35273/methods reads 「您提供的」 opening a data label's value (wushi-zh 148);
- us-ccpa: a rights section under a heading that names the GDPR is another law's only when its text names that law's people
  (EU/EEA/UK residents); offered to "you" with no region named, the rights are general (profiles43 salesji-en 72-81).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import one_item, paragraphs, parse_path, profile_status, profile_verdict

ROOT = Path(__file__).resolve().parent.parent
DOCS43 = ROOT / "eval" / "profiles43" / "docs"
DOCS43C = ROOT / "eval" / "profiles43c" / "docs"
WUSHI = DOCS43C / "wushi-zh" / "InfoPages.tsx"


def _file(path: Path, item: str) -> tuple[str, int | None]:
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_path(path), [one_item(item)])
    (found,) = result.items
    return str(found.status), found.evidence.line if found.evidence else None


def _line(text: str, item: str) -> int | None:
    found = profile_verdict(text, item)
    return found.evidence.line if found.evidence else None


# --- an address is the operator's only when it is a contact's -----------------------------------------------------------

_BRAND = "伍拾支付（以下简称“我们”）非常重视您的隐私。本隐私政策说明了我们如何收集、使用和保护您的信息。"
_OPERATOR_ITEMS = ["cn-pipl/processor", "cn-gbt35273/identity-contact"]


@pytest.mark.parametrize("item", _OPERATOR_ITEMS)
@pytest.mark.parametrize(
    "label",
    [
        "- **钱包地址**：您提供的 USDT 收款地址，用于资金结算。",
        "- IP 地址：每台上网的设备都会指定一个编号。",
        "- **电子邮件地址**：用于帐户创建、身份验证。",
        "- 联系地址：您填写的收货地址，用于寄送商品。",
        "- 地址：用于配送您购买的商品。",
        "我们收集您的姓名、电话、地址：用于配送。",
    ],
)
def test_a_kind_of_collected_data_named_address_is_no_contact(item: str, label: str) -> None:
    text = paragraphs("# 隐私政策", _BRAND, "## 信息收集", "为了提供服务，我们收集以下信息：", label)
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize("item", _OPERATOR_ITEMS)
@pytest.mark.parametrize(
    "contact",
    [
        "- 地址：上海市浦东新区前程路88号",
        "- **地址**：重庆市高新区科园路 8 号",
        "联系地址：陕西省西安市长安区神舟大道 1 号",
        "如有问题，可邮寄至下列地址：北京市朝阳区酒仙桥路 14 号",
        "伍拾支付有限公司地址：深圳市南山区科技园",
    ],
)
def test_the_operators_address_is_still_a_contact(item: str, contact: str) -> None:
    text = paragraphs("# 隐私政策", _BRAND, "## 联系我们", contact)
    assert profile_status(text, item) == "covered"


@pytest.mark.parametrize("item", _OPERATOR_ITEMS)
def test_wushi_wallet_address_is_no_contact(item: str) -> None:
    assert _file(WUSHI, item) == ("missing", None)


# --- the operator reserving a right is no right of the person's -----------------------------------------------------------

_RIGHTS_ITEMS = ["cn-pipl/rights", "cn-gbt35273/access", "cn-gbt35273/correct", "cn-gbt35273/close-account", "tw-pdpa/rights"]


@pytest.mark.parametrize("item", _RIGHTS_ITEMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "如果我们有理由相信您违反了本条款，我们保留随时终止您访问服务的权利。",
        "我们保留随时更正网站信息的权利。",
        "我们保留注销违规账户的权利。",
        "我们保留撤回您的优惠资格的权利。",
        "本网站有权随时暂停或限制您访问本网站的部分或全部功能。",
    ],
)
def test_the_operator_reserving_a_right_grants_none(item: str, sentence: str) -> None:
    text = paragraphs("# 服务条款", "## 五、您的权利", sentence + "如有疑问，请发邮件至 help@wushi.example.cn。")
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("您有权访问、更正您的个人信息，如需行使请发邮件至 help@wushi.example.cn。", "cn-gbt35273/access"),
        ("您有权访问、更正您的个人信息，如需行使请发邮件至 help@wushi.example.cn。", "cn-gbt35273/correct"),
        ("您有权注销账户，我们保留在法律规定的情形下拒绝的权利。", "cn-gbt35273/close-account"),
        ("您有权注销账户，我们保留在法律规定的情形下拒绝的权利，请发邮件至 help@wushi.example.cn。", "cn-pipl/rights"),
        ("我们保留您的账户信息直至您注销账户；您可以在“设置-账户”中访问您的个人信息。", "cn-gbt35273/access"),
    ],
)
def test_the_persons_right_beside_a_reservation_is_still_read(sentence: str, item: str) -> None:
    text = paragraphs("# 隐私政策", "## 五、您的权利", sentence)
    assert profile_status(text, item) == "covered"


def test_wushi_terms_reservation_is_no_access() -> None:
    assert _file(WUSHI, "cn-gbt35273/access") == ("missing", None)


# --- eu-gdpr/requirement: the cost of refusing cookies in English ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        paragraphs(
            "## Cookies", "You can control cookies through your browser settings. Disabling certain cookies may affect site functionality."
        ),
        paragraphs("## Cookies", "Refusing analytics cookies may limit some features of the site."),
        paragraphs(
            "## Cookies",
            "- **Essential cookies:** Required for site functionality, including theme preference. These cannot be disabled.",
        ),
    ],
)
def test_refusing_cookies_at_a_cost_is_the_requirement(text: str) -> None:
    assert profile_status(text, "eu-gdpr/requirement") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        paragraphs("## Cookies", "We use essential cookies that cannot be turned off."),  # (eval/profiles en7-davidnet, left `?`)
        paragraphs("## Cookies", "Disabling certain cookies is possible in your browser settings."),
        paragraphs("## Settings", "Dark mode cannot be disabled on older devices. It is required for the app to run smoothly."),
    ],
)
def test_cookies_that_cannot_be_disabled_alone_are_no_requirement(text: str) -> None:
    assert profile_status(text, "eu-gdpr/requirement") == "missing"


def test_topai_disabling_cookies_is_the_requirement() -> None:
    assert _file(DOCS43C / "topai-en" / "PrivacyContent.tsx", "eu-gdpr/requirement") == ("covered", 44)


# --- cn-gbt35273/methods: 「您提供的」 opening a data label's value ------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["- **钱包地址**：您提供的 USDT 收款地址，用于资金结算。", "- 手机号码：您主动提供的手机号码，用于登录。"],
)
def test_a_label_whose_value_the_person_provides_is_a_method(label: str) -> None:
    text = paragraphs("# 隐私政策", "## 信息收集", "为了提供服务，我们仅收集最必要的信息：", label)
    assert profile_status(text, "cn-gbt35273/methods") == "covered"
    assert _line(text, "cn-gbt35273/methods") == 9


@pytest.mark.parametrize(
    "label",
    [
        "- 信息安全：您提供的信息不会被出售。",  # (a denial: the item's veto and {method_none})
        "- 钱包地址：我们不会要求您提供助记词或私钥。",
        "- 售后：您提供的服务评价将帮助我们改进。",  # (no kind of data)
    ],
)
def test_a_label_that_names_no_provided_data_is_no_method(label: str) -> None:
    text = paragraphs("# 隐私政策", "## 说明", label)
    assert profile_status(text, "cn-gbt35273/methods") == "missing"


def test_wushi_wallet_address_label_is_the_method() -> None:
    assert _file(WUSHI, "cn-gbt35273/methods") == ("covered", 148)


# --- us-ccpa: a rights section labelled by the GDPR, offered to every user ------------------------------------------------

_GDPR_LABELLED = paragraphs(
    "## 7. Your Rights (GDPR / Data Protection)",
    "You have the right to:",
    "- Access your personal data",
    "- Correct inaccurate data",
    "- Request deletion of your data",
    "To exercise any of these rights, contact us at privacy@salesji.example.com.",
)


@pytest.mark.parametrize(
    ("item", "line"),
    [
        ("us-ccpa/right-to-know", 7),
        ("us-ccpa/right-to-correct", 9),
        ("us-ccpa/right-to-delete", 11),
        ("us-ccpa/how-to-submit", 13),
    ],
)
def test_gdpr_labelled_rights_offered_to_you_are_general(item: str, line: int) -> None:
    assert profile_status(_GDPR_LABELLED, item) == "covered"
    assert _line(_GDPR_LABELLED, item) == line


@pytest.mark.parametrize(
    "text",
    [
        # (a14d) the text names the GDPR's people
        paragraphs(
            "## 3. Your GDPR & Privacy Rights",
            "UK and EU residents have the right to:",
            "- Request deletion of your data",
            "Contact us at privacy@acme.example.com to exercise them.",
        ),
        paragraphs(
            "## Your Rights under the GDPR",
            "If you are located in the European Economic Area, you may request deletion of your data.",
            "### How to exercise them",
            "Email privacy@acme.example.com to request deletion of your data.",
        ),
        # a region's law named in the heading: "UK GDPR"
        paragraphs("## Your Rights (UK GDPR)", "You have the right to request deletion of your data at privacy@acme.example.com."),
        # another law or region named beside the GDPR in the heading
        paragraphs("## Your Rights (GDPR, Brazil)", "You have the right to request deletion of your data at privacy@acme.example.com."),
    ],
)
def test_gdpr_rights_for_its_own_people_stay_another_laws(text: str) -> None:
    assert profile_status(text, "us-ccpa/right-to-delete") == "missing"


@pytest.mark.parametrize(("item", "line"), [("us-ccpa/right-to-know", 74), ("us-ccpa/right-to-delete", 76), ("us-ccpa/how-to-submit", 81)])
def test_salesji_gdpr_labelled_rights_are_general(item: str, line: int) -> None:
    assert _file(DOCS43 / "salesji-en" / "page.tsx", item) == ("covered", line)


def test_gdpr_labelled_rights_beside_a_california_section_stay_the_eus() -> None:
    text = paragraphs(
        "## Your Rights Under the GDPR",
        "You have the right to request deletion of your Personal Data at privacy@acme.example.com.",
        "## Additional Rights for California Residents",
        "We do not sell your personal information.",
    )
    assert profile_status(text, "us-ccpa/right-to-delete") == "missing"


def test_gdpr_labelled_rights_in_a_notice_that_names_the_eu_stay_the_eus() -> None:
    text = paragraphs(
        "## Your Rights (GDPR)",
        "You have the right to request deletion of your personal data at privacy@acme.example.com.",
        "## Hosting",
        "Our servers are located in the EU.",
    )
    assert profile_status(text, "us-ccpa/right-to-delete") == "missing"


def test_gdpr_labelled_rights_given_under_the_gdpr_stay_the_gdprs() -> None:
    text = paragraphs(
        "## 2. GDPR 合规声明",
        "### 2.1 您的数据权利",
        "根据GDPR规定，对于Cloudflare收集的数据，您可以：",
        "- 要求更正不准确的个人数据",
    )
    assert profile_status(text, "us-ccpa/right-to-correct") == "missing"
