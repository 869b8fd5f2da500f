"""Issue #14 classes of eval/profiles59q, last session's final blind set (u60q; not blind any more: fixed from it).

- False "covered", precision first: an unfilled slot or a stand-in in the operator's name position names no one — the site
  and its subdomains defined as 本站 after a slot defined as 我们 (aition-zh 16), a stand-in XX with a space before the rest of
  the name (「本应用由XX 健身科技有限公司」, u59h's leftover), a form's blank line before 公司; an address label whose slot, blanked,
  ends its line gives no contact (aition-zh 89).
- Promises and scope lines read as disclosures: a line of what the policy does not apply to names no kind of data it
  processes (yunmeng-zh 28); a promise to tell the effect of refusing names no effect (yunmeng-zh 25); reading a third
  party's rules is no access to one's own data (mozhijia-zh 114).  (mozhijia-zh 100's transfer abroad stays covered: six
  earlier sets annotated that template sentence covered; eval/profiles59q/corrected.)
- Misses: transfer and public disclosure denied with their exceptions, the object before the verb (bourse-zh 22).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status

DOCS = ROOT / "eval" / "profiles59q" / "docs"
_MAIL = "\n\n## 联系我们\n\n电子邮件：privacy@xingchen-example.com\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ('【运营者全称】（以下简称"我们"）运营的网站 aition.xin 及其子域（以下简称"本站"）使用 Cookie。' + _MAIL, "missing"),
        ("【運營者全稱】（以下簡稱「我們」）營運的網站 aition.xin 及其子網域（以下簡稱「本站」）使用 Cookie。" + _MAIL, "missing"),
        ("本应用由XX 健身科技有限公司（以下简称“我们”）开发和运营。" + _MAIL, "missing"),
        ("本应用由XXX 健身科技有限公司（以下简称“我们”）开发和运营。" + _MAIL, "missing"),
        ("本應用由XX 健身科技有限公司（以下簡稱「我們」）開發和營運。" + _MAIL, "missing"),
        ("＿＿＿＿公司（以下简称“我们”）非常重视您的个人信息保护。" + _MAIL, "missing"),
        ("本应用由 XX 提供。" + _MAIL, "missing"),
        ("This app is operated by XX Technology Co., Ltd." + _MAIL, "missing"),
        ("This app is operated by XX." + _MAIL, "missing"),
        # named operators stay named
        ("本应用由 XY 工作室提供。" + _MAIL, "covered"),
        ("This app is operated by Acme Technology Co., Ltd." + _MAIL, "covered"),
        ("This app is developed by XXL Studio." + _MAIL, "covered"),
        ("云帆科技有限公司（以下简称“我们”）运营的网站 yunfan.cn 及其子域（以下简称“本站”）使用 Cookie。" + _MAIL, "covered"),
        ("本应用由云帆健身科技有限公司（以下简称“我们”）开发和运营。" + _MAIL, "covered"),
        ("本应用由 XY 健身科技有限公司（以下简称“我们”）开发和运营。" + _MAIL, "covered"),
        ("若天（下文称：本网站）重视您的隐私。" + _MAIL, "covered"),
    ],
)
def test_a_slot_or_stand_in_in_the_name_position_names_no_operator(text: str, status: str) -> None:
    assert profile_status(text, "cn-pipl/processor") == status
    assert profile_status(text, "cn-gbt35273/identity-contact") == status


_NAMED = "云帆科技有限公司（以下简称“我们”）重视您的隐私。\n\n## 联系我们\n\n"


@pytest.mark.parametrize(
    ("contact", "status"),
    [
        ("- 联系地址：【联系地址】\n\n## 其他\n\n本政策自发布之日起生效。", "missing"),
        ("联系地址：\n北京市海淀区中关村大街1号\n", "covered"),
        ("联系地址：  \n北京市海淀区中关村大街1号\n", "covered"),
        ("联系地址：北京市海淀区中关村大街1号\n", "covered"),
    ],
)
def test_an_address_label_with_its_slot_blanked_gives_no_contact(contact: str, status: str) -> None:
    assert profile_status(_NAMED + contact, "cn-pipl/processor") == status


@pytest.mark.parametrize(
    ("text", "item", "status"),
    [
        (
            "3.本政策不适用于其他第三方向您提供的服务,例如第三方依托我方平台向您提供服务时(如第三方支付渠道),您向第三方提供的"
            "个人信息不适用于本政策,我方对任何第三方使用由您提供的信息不承担任何责任。",
            "cn-pipl/categories",
            "missing",
        ),
        ("本隱私政策不適用於第三方向您提供的服務（如第三方支付），您向第三方提供的個人資料不適用本政策。", "cn-pipl/categories", "missing"),
        ("本政策适用于我们的所有产品。我们会收集您的手机号码和设备标识符。", "cn-pipl/categories", "covered"),
        ("为完成支付，我们会收集您的银行卡号。", "cn-pipl/categories", "covered"),
        (
            "我方特此通过本政策向您告知收集、使用用户个人信息的目的、方式和范围,查询、更正信息的渠道以及拒绝提供信息的影响。",
            "cn-gbt35273/effect-of-not-providing",
            "missing",
        ),
        ("本政策将向您说明我们如何收集您的信息，以及您拒绝提供个人信息可能带来的影响。", "cn-gbt35273/effect-of-not-providing", "missing"),
        ("我們將向您說明拒絕提供個人資料的影響。", "cn-gbt35273/effect-of-not-providing", "missing"),
        ("如您拒绝提供手机号码，将无法注册账号。", "cn-gbt35273/effect-of-not-providing", "covered"),
        ("我们会告知您拒绝提供的影响：您将无法使用该功能。", "cn-gbt35273/effect-of-not-providing", "covered"),
        (
            "我们向您说明拒绝提供信息的影响，如您拒绝提供位置信息，将无法使用附近门店功能。",
            "cn-gbt35273/effect-of-not-providing",
            "covered",
        ),
        ("您可以查看以下第三方的数据使用和保护规则。", "cn-gbt35273/access", "missing"),
        ("您可以查閱以下合作夥伴的隱私政策。", "cn-gbt35273/access", "missing"),
        ("您可以通过“我的-设置”查阅您的个人信息。", "cn-gbt35273/access", "covered"),
        ("您可以查看您的个人信息及我们向第三方共享的记录。", "cn-gbt35273/access", "covered"),
    ],
)
def test_promises_and_scope_lines_are_no_disclosure(text: str, item: str, status: str) -> None:
    assert profile_status(text, item) == status


@pytest.mark.parametrize(
    ("text", "item", "status"),
    [
        ("未经过您的事先同意，我们不会将您的信息向第三方进行公开或转让，除非以下情形：", "cn-gbt35273/transfer", "covered"),
        ("我们不会将您的个人信息向任何第三方公开、出售或转让。", "cn-gbt35273/transfer", "covered"),
        ("我们会向合作伙伴提供您的信息以完成转账。", "cn-gbt35273/transfer", "missing"),
        ("未经过您的事先同意，我们不会将您的信息向第三方进行公开或转让，除非以下情形：", "cn-gbt35273/public-disclosure", "covered"),
        ("未經過您的事先同意，我們不會將您的資料向第三方進行公開或轉讓，除非以下情形：", "cn-gbt35273/public-disclosure", "covered"),
        ("您可以设置不将您的信息公开。", "cn-gbt35273/public-disclosure", "missing"),
        ("未经您同意，我们不会将您的信息提供给第三方，除非法律要求。", "cn-gbt35273/public-disclosure", "missing"),
    ],
)
def test_transfer_and_public_disclosure_denied_with_exceptions(text: str, item: str, status: str) -> None:
    assert profile_status(text, item) == status


@pytest.mark.parametrize(
    ("doc", "item", "expected"),
    [
        ("aition-zh/cookie-policy.md", "cn-pipl/processor", ("missing", None)),
        ("aition-zh/cookie-policy.md", "cn-gbt35273/identity-contact", ("missing", None)),
        ("yunmeng-zh/privacy.vue", "cn-pipl/categories", ("missing", None)),
        ("yunmeng-zh/privacy.vue", "cn-gbt35273/effect-of-not-providing", ("missing", None)),
        ("mozhijia-zh/privacy.vue", "cn-gbt35273/access", ("missing", None)),
        # (the template sentence kept on servers and accessed abroad is covered, as six earlier sets annotated it)
        ("mozhijia-zh/privacy.vue", "cn-pipl/abroad-methods", ("covered", 100)),
        ("bourse-zh/yinsi.vue", "cn-gbt35273/transfer", ("covered", 22)),
        ("bourse-zh/yinsi.vue", "cn-gbt35273/public-disclosure", ("covered", 22)),
    ],
)
def test_profiles59q_regressions(doc: str, item: str, expected: tuple[str, int | None]) -> None:
    assert file_verdict(DOCS / doc, item) == expected
