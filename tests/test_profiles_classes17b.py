"""Disclosure profiles, the seventeenth session's classes of helper m17b (issue #14): who the operator is, and the rights.

The lead described the blind rounds' disagreements on these items as classes, with invented or paraphrased examples; every
text below is invented.  Each class is tested both ways, with the verdict and the cited line.

(1) the operator named in shapes the patterns missed: the service's provider as a role named late (「本服务的提供者为…有限公司」,
    「本服务提供方：…」), a brand that belongs to a company (「「快點」為…有限公司所屬」), a brand's own customer service with its
    number or address (「《橙果购》客服热线 0571-…」, a 《》 title kept from blanking only there); English: a company defined as
    ("Company", "we"), the "Owner and Data Controller" label opening its block, a site "run by" a named person; not a template
    address, not a big platform's customer service, not a bare "Controller" line;
(2) cn-pipl/rights as an action with its way: a place and 可 (「在记录页面可查看、修改或删除单条记录」「登录后可在网站上修改个人信息」),
    a request through a named channel (「可通过客服申请注销账号」), 「相关权利」 exercised through a contact given, a feature that
    reads data turned off in the settings; not rights with no way, nor a template address (cookies refused in the browser
    are left out: eval/profiles/dev/eastereggs annotates them as no PIPL right);
(3) the GB/T rights, each with its own verb, in the same wording (access, correct, delete, copy, close-account);
(4) GB/T public disclosure in other words than 公开披露: visible to everyone, what the pages show, a denial with its object
    further on, disclosure as the law requires; not a flat 「对外披露」 beside sharing with third parties (decided by 公开; with its
    exceptions, 「除…外，未征得您许可…」, it states the rule);
(5) the effect of not providing (GB/T and Taiwan): not wanting the data collected means not joining, no anonymous comments, a
    permission cancelled with what stops working; not being told to stop using the service when the policy (or the terms) is
    not agreed (an instruction, eval/profiles/README.md), not a duty with no consequence.
"""

from __future__ import annotations

import pytest

from helpers import cited_line
from helpers import profile_status as status

ZH_IDENTITY = ("cn-pipl/processor", "cn-gbt35273/identity-contact")


# --- (1) the operator ----------------------------------------------------------------------------------------------------

ZH_OPERATOR = [
    (
        "我们会收集您的手机号码用于登录。\n\n本服务的提供者为上海青禾网络科技有限公司。\n\n地址：上海市徐汇区某路 88 号\n\n客服热线：021-55556666\n",
        "本服务的提供者",
    ),
    ("本服务提供方：北京云帆软件有限公司\n\n联系邮箱：support@yunfan.cn\n", "本服务提供方"),
    ("我们重视您的隐私。\n\n本平台的所有者是杭州远山数据有限公司。如有疑问请发邮件至 privacy@yuanshan.cn。\n", "本平台的所有者"),
    ("《橙果购》非常重视用户隐私。我们会收集您的收货地址。\n\n如有疑问，请拨打《橙果购》客服热线 0571-88887777。\n", "客服热线"),
    ("本隐私政策适用于「记账猫」应用。\n\n「记账猫」客服邮箱：help@jizhangmao.cn\n\n我们会收集您的账目数据。\n", "客服邮箱"),
]


@pytest.mark.parametrize(("text", "words"), ZH_OPERATOR)
@pytest.mark.parametrize("item", ZH_IDENTITY)
def test_the_operator_named_late_or_through_its_brand_is_the_processor(text: str, words: str, item: str) -> None:
    assert words in cited_line(text, item)


TW_OPERATOR = [
    ("「快點」為明晟科技有限公司所屬，我們重視您的隱私。\n\n聯絡信箱：service@kuaidian.tw\n", "明晟科技"),
    ("「小橘」為橘光科技股份有限公司所有並經營之服務。\n\n客服信箱：hi@xiaoju.tw\n", "橘光科技"),
    ("本網站的經營者為青苔設計有限公司。\n\n我們會蒐集您的電子郵件。\n", "青苔設計"),
    ("我們會蒐集您的暱稱。\n\n如有問題，請來信「拾光筆記」客服信箱：care@shiguang.tw\n", "拾光筆記"),
]


@pytest.mark.parametrize(("text", "words"), TW_OPERATOR)
def test_a_taiwan_brand_owned_by_a_company_names_the_agency(text: str, words: str) -> None:
    assert words in cited_line(text, "tw-pdpa/agency")


ZH_NOT_OPERATOR = [
    "本网站收集您的邮箱。\n\n如有疑问请联系 admin@example.com。\n",
    "我们通过支付宝完成付款。如付款失败，请联系「支付宝」客服热线 95188。\n",
    "本服务使用的统计服务由 Google 提供。我们收集您的设备信息。\n\n联系邮箱：a@b.cn\n",
    "如有疑问请参阅《个人信息保护法》。\n\n我们收集您的手机号码。\n",
    "您可以使用微信登录。「微信」为深圳市腾讯计算机系统有限公司所有。\n\n联系邮箱：a@b.cn\n",
    "本网站的服务商为杭州云栈计算有限公司，负责服务器托管。\n\n联系邮箱：a@b.cn\n",
]


@pytest.mark.parametrize("text", ZH_NOT_OPERATOR)
@pytest.mark.parametrize("item", ZH_IDENTITY)
def test_a_template_address_or_a_third_partys_service_names_no_processor(text: str, item: str) -> None:
    assert status(text, item) == "missing"


def test_a_third_partys_customer_service_names_no_taiwan_agency() -> None:
    text = "付款透過 LINE Pay 完成。如有付款問題，請洽「LINE Pay」客服專線：02-1234-5678。\n"
    assert status(text, "tw-pdpa/agency") == "missing"


EN_CONTROLLER = [
    (
        'This Privacy Policy for Kestrel Software Inc. ("Company", "we") explains how we handle data.\n\nEmail us at legal@kestrel.io\n',
        "Kestrel Software",
    ),
    ('This notice for Orchard Apps LLC ("the Company" or "we") covers the Orchard app.\n\nContact: hi@orchard.dev\n', "Orchard Apps"),
    ("Owner and Data Controller\n\nLuna Works Ltd.\nOwner contact email: hello@lunaworks.io\n", "Owner and Data Controller"),
    ("Owner and Data Controller\nFjord Tools AS\nOwner contact email: post@fjordtools.no\n", "Owner and Data Controller"),
    (
        "The data processing controller on this website is:\nAnna Schmidt\nBergstraße 7\n80331 München\nE-mail: anna@schmidt-web.de\n",
        "controller on this website",
    ),
    (
        "## Hosting\n\nThis website is hosted externally. The provider is Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen.\n\n"
        "## Who we are\n\nThis blog is run by Paul Weber (paul@weber.blog).\n",
        "run by Paul Weber",
    ),
    ("Our newsletter is operated by Bright Harbor Media. Write to us at desk@brightharbor.news.\n", "Bright Harbor"),
]


@pytest.mark.parametrize(("text", "words"), EN_CONTROLLER)
def test_the_controller_in_english_shapes(text: str, words: str) -> None:
    assert words in cited_line(text, "eu-gdpr/controller")


EN_NOT_CONTROLLER = [
    "Controller Settings\n\nYou can remap buttons. Contact: help@padmapper.io\n",
    "This site is run by GitHub Pages.\n\nQuestions: ask@pages-demo.io\n",
    "Contact us at privacy@example.com.\n\nThis app collects your email.\n",
    "The extension does not collect any data.\n\nThe extension stores your settings locally.\n",
]


@pytest.mark.parametrize("text", EN_NOT_CONTROLLER)
def test_a_controller_pad_a_host_or_a_template_is_no_controller(text: str) -> None:
    assert status(text, "eu-gdpr/controller") == "missing"


# --- (2) cn-pipl/rights as an action with its way --------------------------------------------------------------------------

PIPL_RIGHTS = [
    ("我们收集您的记账记录。\n\n在记录页面可查看、修改或删除单条记录；在系统设置中可清除全部数据。\n", "在记录页面可查看"),
    ("我们收集您的邮箱。\n\n登录后可在网站上修改个人信息和密码。\n", "登录后可在网站上修改"),
    ("我们收集您的手机号。\n\n可通过客服申请注销账号，10 个工作日内处理。\n", "可通过客服申请注销账号"),
    ("我们收集您的昵称。\n\n进入“我的-资料”页面，即可编辑您的昵称和头像。\n", "即可编辑"),
    ("## 您的权利\n\n您可通过以下方式联系我们行使您的相关权利：\n\n- 邮箱：rights@muyu.cn\n", "rights@muyu.cn"),
    ("我们会读取您的剪贴板以识别链接。\n\n您可以在设置中关闭此功能，我们将不再读取剪贴板。\n", "关闭此功能"),
    ("我們會蒐集您的電子郵件。\n\n登入後可在帳戶頁面修改您的個人資料。\n", "帳戶頁面修改"),
]


@pytest.mark.parametrize(("text", "words"), PIPL_RIGHTS)
def test_a_right_written_as_an_action_with_its_way(text: str, words: str) -> None:
    assert words in cited_line(text, "cn-pipl/rights")


PIPL_NO_WAY = [
    "您可以随时访问、修改或删除您的信息。\n\n我们收集您的邮箱。\n",
    "您可以随时访问、修改或删除您的信息，请发邮件至 help@example.com。\n",
    "在设置中可查看其他用户发布的动态。\n\n我们收集您的昵称。\n",
    "您可以在设置中关闭夜间模式。\n",
    "您有权选择接受或拒绝 Cookie。您可以通过修改浏览器设置的方式拒绝 Cookie。\n",
    "我们使用第三方翻译接口。您可以在其网站上查看该服务商的数据使用政策。\n",
    "## 联系我们\n\n如需行使您的相关权利，请联系我们。\n",
    "若您需要对第三方 SDK 行使相关权利，请联系其服务提供方：sdk@partner.cn。\n",
]


@pytest.mark.parametrize("text", PIPL_NO_WAY)
def test_rights_with_no_way_stay_missing(text: str) -> None:
    assert status(text, "cn-pipl/rights") == "missing"


# --- (3) the GB/T rights, each with its own verb ------------------------------------------------------------------------------

GBT_RIGHTS = [
    ("我们收集您的记账记录。\n\n在记录页面可查看、修改或删除单条记录。\n", ("access", "correct", "delete"), "在记录页面"),
    ("登录后可在网站上修改个人信息和密码。\n", ("correct",), "修改个人信息"),
    ("在“设置-账号”页面可注销账号。\n", ("close-account",), "可注销账号"),
    ("可通过客服申请注销账号，10 个工作日内处理。\n", ("close-account",), "可通过客服申请注销账号"),
    ("如需取回您的数据，请发邮件至 data@qingmu.cn。\n", ("copy",), "取回"),
    ("在“数据管理”页面可将全部记录导出为 CSV 文件。\n", ("copy",), "导出"),
    ("可发邮件至 del@pinecone.cn 要求删除您的全部数据。\n", ("delete",), "要求删除"),
    ("在個人資料頁面可查閱您的紀錄。\n", ("access",), "可查閱"),
]


@pytest.mark.parametrize(("text", "items", "words"), GBT_RIGHTS)
def test_a_gbt_right_written_as_an_action_needs_its_own_verb(text: str, items: tuple[str, ...], words: str) -> None:
    for item in items:
        assert words in cited_line(text, f"cn-gbt35273/{item}"), item


GBT_OTHER_VERB = [
    ("在设置页面可修改昵称。\n", ("access", "delete", "copy", "close-account")),
    ("在记录页面可查看单条记录。\n", ("correct", "delete", "copy")),
    ("在浏览器设置中可清除 Cookie 数据。\n", ("delete",)),
]


@pytest.mark.parametrize(("text", "items"), GBT_OTHER_VERB)
def test_a_gbt_right_is_not_covered_by_another_verb(text: str, items: tuple[str, ...]) -> None:
    for item in items:
        assert status(text, f"cn-gbt35273/{item}") == "missing", item


# --- (4) public disclosure ----------------------------------------------------------------------------------------------

PUBLIC = [
    ("我们收集您的昵称。您的昵称对全站访客可见。\n", "对全站访客可见"),
    ("我们收集您的位置，前端仅展示所在城市。\n", "前端仅展示"),
    ("我们不会主动公开您未自行公开的信息。\n", "不会主动公开"),
    ("在法律要求或经您授权时，我们可能会公开披露您的信息。\n", "公开披露您的信息"),  # (u47w2) 公开, see NOT_PUBLIC
    ("您发表的留言公开可见，请勿填写隐私内容。\n", "公开可见"),
    ("除本政策另有规定外，未征得您的许可，我们不会将您的信息对外披露或向第三方提供。\n", "对外披露"),
    ("您的暱稱對所有使用者可見。\n", "可見"),
]


@pytest.mark.parametrize(("text", "words"), PUBLIC)
def test_what_is_or_is_not_made_public(text: str, words: str) -> None:
    assert words in cited_line(text, "cn-gbt35273/public-disclosure")


NOT_PUBLIC = [
    "## 第三方共享\n\n我们不会将信息对外披露或向第三方提供。\n",
    "## 第三方共享\n\n我们不会向第三方提供或对外披露您的信息。\n",
    "您可以在隐私设置中选择不公开您的年龄。\n",
    "我们会将订单信息提供给物流公司以完成配送。\n",
    "如需移除数据请联系我们，我们将确保数据不会在网站上公开显示，但可能不会从系统中全部删除。\n",
    "我们不会把您未公开的草稿作为训练数据。\n",
    "本功能仅读取公开可见的商品数据，不含您的个人信息。\n",
    "除非为遵守法律或经您同意，否则我们不会向无关方披露信息。\n",
    "本应用重视隐私。本应用不会将这些信息对外披露或向第三方提供。\n",
    # (u47w2) a disclosure without 公开 on a legal demand or the person's authorisation is no public disclosure (docs/profiles.md)
    "在法律要求或经您授权时，我们可能会披露您的信息。\n",
]


@pytest.mark.parametrize("text", NOT_PUBLIC)
def test_sharing_with_third_parties_is_no_public_disclosure(text: str) -> None:
    assert status(text, "cn-gbt35273/public-disclosure") == "missing"


# --- (5) the effect of not providing ----------------------------------------------------------------------------------------

EFFECT = [
    ("测试版会收集崩溃日志，如不希望这些数据被收集，则无法加入测试。\n", "cn-gbt35273", "无法加入测试"),
    ("若您不希望提供電子郵件，將無法收到活動通知。\n", "tw-pdpa", "無法收到"),
    ("本站不支持匿名评论，评论须填写邮箱。\n", "cn-gbt35273", "不支持匿名评论"),
    ("如您取消定位权限，附近门店功能将无法使用。\n", "cn-gbt35273", "取消定位权限"),
    ("若您關閉相機權限，掃碼功能將無法使用。\n", "tw-pdpa", "關閉相機權限"),
]


@pytest.mark.parametrize(("text", "profile", "words"), EFFECT)
def test_the_consequence_of_not_agreeing_or_not_providing(text: str, profile: str, words: str) -> None:
    assert words in cited_line(text, f"{profile}/effect-of-not-providing")


NO_EFFECT = [
    # not agreeing to the policy and being told to stop: an instruction, not a consequence (eval/profiles/README.md; the
    # seventeenth session tried the other reading and took it back after the blind sets were re-run)
    ("如果您不同意本政策的任何内容，您应立即停止使用本服务。\n", "cn-gbt35273"),
    ("若您不同意本隐私政策，请不要使用本应用。\n", "cn-gbt35273"),
    ("如果您不同意本政策，請立即停止使用本服務。\n", "tw-pdpa"),
    ("如果您不同意本服务条款，请停止使用本服务。\n", "cn-gbt35273"),
    ("若您不同意本使用者條款，請勿使用本服務。\n", "tw-pdpa"),
    ("您需要自行提供 API 密钥。\n", "cn-gbt35273"),
    ("撤回授权不影响撤回前基于授权的处理，撤回后相关权限将失效。\n", "cn-gbt35273"),
]


@pytest.mark.parametrize(("text", "profile"), NO_EFFECT)
def test_terms_of_service_or_a_duty_with_no_consequence_is_no_effect(text: str, profile: str) -> None:
    assert status(text, f"{profile}/effect-of-not-providing") == "missing"


def test_your_own_api_keys_is_no_gdpr_requirement() -> None:
    assert status("You must provide your own API keys.\n", "eu-gdpr/requirement") == "missing"
