"""Disclosure profiles, the sixteenth session's classes of helper f16b (issue #14): who is responsible, and the source.

The lead described the blind rounds' disagreements on the identity items (cn-pipl/processor, cn-gbt35273/identity-contact,
tw-pdpa/agency, eu-gdpr/controller) and the source items (eu-gdpr/source, tw-pdpa/source) as classes, with invented or
paraphrased examples; every text below is invented.  Each class is tested both ways, with the verdict and the cited line.

(1) a third party cited as the controller: the provider of a service the policy uses ("an analytics service provided by
    Google Inc.", "a beta-testing service provided by Apple Inc.", "(US)" read as "(us)", "We are hosting … at the following
    provider:" over the host's name) is never the controller; the controller's own block or glossary entry is cited
    ("Company (referred to as …) refers to Acme GmbH");
(2) an operator the tool did not see: a 工作坊 that runs the site, the company alone on a line in the closing lines over its
    address or number, a Taiwan brand that values the person's privacy and collects under the policy, "Acme Inc. (doing
    business as Acme) ("we")", "the small team behind", a contact page as the way in;
(3) false "covered": a bare 「APP」 left after a template slot, a framework's default app name (Laravel), 「运营主体（下称“我们”）」
    with no name, a brand defined as 我们 with no way to reach it (「请联系我们」 alone) for cn-pipl and GB/T;
(4) the source of indirect data: contacts found on social networks, an ID assigned or a session returned by another
    service's authentication, a sign-in written 透過, 「通过第三方服务获取的信息」; not the app's own SDK, not a consent tool.
"""

from __future__ import annotations

import pytest

from helpers import cited_line
from helpers import profile_status as status

IDENTITY = ("cn-pipl/processor", "cn-gbt35273/identity-contact", "tw-pdpa/agency")
ZH_CONTACT = ("cn-pipl/processor", "cn-gbt35273/identity-contact")


# --- (1) a third party cited as the controller -----------------------------------------------------------------------

THIRD_PARTY_FIRST = [
    (
        'We use Google Analytics, a web analytics service provided by Google Inc. ("Google").\n\n'
        "## Owner and Data Controller\n\nRiverstone Apps Ltd.\n12 Harbour Road, Leeds\nOwner contact email: hello@riverstone.io\n",
        "Riverstone",
    ),
    (
        "This app uses TestFlight, a beta-testing service provided by Apple Inc.\n\n"
        "The controller responsible for data processing on this website is:\n\nMaria Keller\nLindenstraße 5\n10115 Berlin\n"
        "E-mail: maria@keller.de\n",
        "controller responsible",
    ),
    (
        "We use reCAPTCHA, a spam protection service provided by Google LLC (or Google Ireland Limited, for users in the EEA).\n\n"
        "DATA CONTROLLER:\nTerraNova Labs Inc.\n55 Main Street, Austin, TX\nprivacy@terranova.dev\n",
        "CONTROLLER",
    ),
    (
        "## 2. Hosting\n\nWe are hosting the content of our website at the following provider:\n\nunited-domains GmbH\n"
        "Gautinger Straße 10\n82319 Starnberg\n\n## 3. General information\n\n"
        "The data processing controller on this website is:\n\nPeter Muster\nMusterweg 4\n12345 Musterstadt\n\nE-mail: peter@muster.de\n",
        "controller on this website",
    ),
    (
        "We use Facebook Pixel, an analytics tool provided by Facebook, Inc. (US).\n\n"
        'Company (referred to as "We" or "Us") refers to Tallyho Labs LLC.\n\nContact us: hi@tallyho.io\n',
        "Tallyho",
    ),
    (
        "## Interpretation and Definitions\n\n### Definitions\n\nFor the purposes of this Privacy Policy:\n\n"
        "- **Account** means a unique account created for You.\n"
        '- **Company** (referred to as either "the Company", "We", "Us" or "Our" in this Agreement) refers to Bluepine '
        "Software GmbH, Hauptstraße 3, Munich.\n\n"
        "We use Hotjar, an analytics tool provided by Hotjar Ltd. (US).\n\n## Contact Us\n\n- By email: privacy@bluepine.de\n",
        "Bluepine",
    ),
]


@pytest.mark.parametrize(("text", "words"), THIRD_PARTY_FIRST)
def test_a_service_provider_is_never_cited_as_the_controller(text: str, words: str) -> None:
    line = cited_line(text, "eu-gdpr/controller")
    assert words in line
    assert "provided by" not in line and "following provider" not in line


@pytest.mark.parametrize(
    "text",
    [
        "We use Google Analytics, a web analytics service provided by Google Inc. Contact: hello@foo.io\n",
        "Ads are served by AdMob, an advertising platform operated by Google LLC. Write to us at a@b.io\n",
        "We are hosting the content of our website at the following provider:\n\nIONOS SE\nElgendorfer Str. 57\n"
        "56410 Montabaur\n\nE-mail: a@b.io\n",
        "Our maps come from Mapbox, a map service provided by Mapbox Inc. (US). Email: a@b.io\n",
    ],
)
def test_only_a_service_provider_named_is_no_controller(text: str) -> None:
    assert status(text, "eu-gdpr/controller") == "missing"


def test_the_service_of_the_policy_itself_still_names_its_provider() -> None:
    text = "The services provided by Northwind Ltd. (the Service) are for adults. Contact: help@northwind.io\n"
    assert "Northwind" in cited_line(text, "eu-gdpr/controller")


# --- (2) an operator the tool did not see ----------------------------------------------------------------------------

OPERATORS = [
    ("本網站由晨光工作坊經營。如有疑問請來信 morning@light.tw\n", IDENTITY, "晨光工作坊"),
    ("本网站由 青石工作坊 运营。联系邮箱：qs@163.com\n", IDENTITY, "青石工作坊"),
    # (the company alone on a closing line was taken out after review rv16: tests/test_profiles_review16.py)
    (
        "小鹿商城重視您的隱私權，並將依照本隱私權政策蒐集、處理及利用您的個人資料。\n\n客服電話：02-1234-5678\n",
        IDENTITY,
        "小鹿商城",
    ),
    ("SkyNote 重視您的隱私，我們將依照本政策蒐集您的個人資料。\n\n聯絡信箱：sky@note.tw\n", IDENTITY, "SkyNote"),
    ("云朵记账非常重视您的隐私，并将按照本政策收集和使用您的信息。联系邮箱：yd@126.com\n", IDENTITY, "云朵记账"),
]


@pytest.mark.parametrize(("text", "items", "words"), OPERATORS)
def test_an_operator_in_plain_words_is_named(text: str, items: tuple[str, ...], words: str) -> None:
    for item in items:
        assert words in cited_line(text, item), item


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'This privacy notice for Mapleway Inc. (doing business as Mapleway) ("we," "us," or "our"), describes how we '
            "might collect your information.\n\nEmail us at hello@mapleway.com\n",
            "Mapleway Inc.",
        ),
        ("We are Fernhill, the small team behind the Fernhill Journal app. Reach us via our contact page.\n", "Fernhill"),
    ],
)
def test_an_english_operator_in_plain_words_is_the_controller(text: str, words: str) -> None:
    assert words in cited_line(text, "eu-gdpr/controller")


NO_OPERATOR = [
    # a company named on its own line, but in an SDK list far from the end
    "我们接入了以下SDK：\n\n北京锐讯灵通科技有限公司\n地址：北京市朝阳区1号\n\n我们会收集您的昵称。\n\n"
    + "".join(f"第{n}段说明。\n\n" for n in range(1, 14)),
    # the company is a provider named in a sentence, not a line of its own
    "我们会收集您的昵称。\n\n我们使用云存储服务，由华云数据科技有限公司提供\n地址：北京市海淀区\n",
    # a generic noun, not a name, values the privacy
    "平台重视您的隐私，将依照本政策收集您的信息。\n\n客服热线：400-800-1234\n",
    "Google 重视您的隐私，并将依照本政策收集数据。客服热线：400-800-1234\n",
]


@pytest.mark.parametrize("text", NO_OPERATOR)
@pytest.mark.parametrize("item", IDENTITY)
def test_a_look_alike_names_no_operator(text: str, item: str) -> None:
    assert status(text, item) == "missing"


# --- (3) false "covered" ---------------------------------------------------------------------------------------------

NOT_A_NAME = [
    "歡迎使用 ${appName} APP（以下簡稱「我們」）。我們重視您的隱私。\n\n聯絡信箱：service@demo.tw\n",
    "欢迎使用 {{appName}} APP（以下简称“我们”）。联系邮箱：service@demo.cn\n",
    "LARAVEL（以下簡稱「本網站」）非常重視您的隱私。\n\n聯絡信箱：service@demo.tw\n",
    "Laravel（以下简称“我们”）非常重视您的隐私。联系邮箱：service@demo.cn\n",
    "本政策适用于本应用服务的运营主体（下称“我们”）。联系邮箱：a@b.cn\n",
]


@pytest.mark.parametrize("text", NOT_A_NAME)
@pytest.mark.parametrize("item", IDENTITY)
def test_a_slot_or_a_default_name_is_no_operator(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        'Laravel ("we", "us") respects your privacy. Contact: a@b.io\n',
        'My App ("we", "us") respects your privacy. Contact: a@b.io\n',
    ],
)
def test_a_default_app_name_is_no_controller(text: str) -> None:
    assert status(text, "eu-gdpr/controller") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "青柠笔记（以下简称“我们”）深知个人信息对您的重要性。\n\n如有问题，请联系我们。\n",
        "青柠笔记（以下简称“我们”）深知个人信息对您的重要性。我们会收集您的昵称。\n",
        "Mintly（以下简称“我们”）重视您的隐私。欢迎随时联系我们。\n",
        # a link to another party's page is no way to reach the operator
        "Mintly（以下简称“我们”）重视您的隐私。Google 的隐私政策：https://policies.google.com/privacy\n",
        "Mintly（以下简称“我们”）重视您的隐私。本平台网址（https://mintly.app/）。\n",
        # a third party's name as a bold label over prose, no handle or address
        "Mintly（以下简称“我们”）重视您的隐私。\n\n- **GitHub**：作为代码托管平台，其隐私政策适用。\n",
        # an e-mail label left empty by a blanked slot
        "Mintly（以下简称“我们”）重视您的隐私。\n\n- 邮箱：[Your contact email]\n",
        # quotes left empty by a blanked slot
        "本应用由「[开发者/公司名称]」（“我们”）提供和运营。联系我们：https://a.cn/contact\n",
    ],
)
@pytest.mark.parametrize("item", ZH_CONTACT)
def test_a_brand_defined_as_we_without_a_way_to_reach_it_is_no_processor(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "森林日记（以下简称“我们”）非常重视您的隐私。\n\n如您有任何疑问，可通过应用内“意见反馈”页面联系我们。\n",
        "Mintly（以下简称“我们”）重视您的隐私。您可以通过“设置-联系我们”与我们联系。\n",
        "青柠笔记（以下简称“我们”）深知个人信息对您的重要性。\n\n客服热线：400-800-1234\n",
        "Mintly（以下简称“我们”）重视您的隐私。联系我们：https://mintly.app/contact\n",
        "Mintly（以下简称“我们”）重视您的隐私。\n\n- 在 GitHub 提交 issue：https://github.com/mintly/app\n",
        "Mintly（以下简称“我们”）重视您的隐私。\n\n**电子邮件**：mintly#qq.com\n",
        "松果 App（以下简称“我们”）重视您的隐私。联系邮箱：pine@163.com\n",
        "Mintly（以下简称“我们”）重视您的隐私。\n\n请通过 GitHub 联系我们：\n\n**GitHub：** https://github.com/mintly/app\n",
        "Mintly（以下简称“我们”）重视您的隐私。如有疑问，请通过本扩展内的反馈渠道与我们联系。\n",
    ],
)
@pytest.mark.parametrize("item", ZH_CONTACT)
def test_a_brand_defined_as_we_with_a_way_to_reach_it_is_the_processor(text: str, item: str) -> None:
    assert "以下简称" in cited_line(text, item)


# --- (4) the source of indirect data ---------------------------------------------------------------------------------

SOURCES = [
    ("We may find your contacts on social networks you connect to the app.\n", ("eu-gdpr/source",)),
    ("Your player ID is assigned by the Unity Authentication service when you start the game.\n", ("eu-gdpr/source",)),
    ("After you sign in, the authentication service of Acme returns a session token to the app.\n", ("eu-gdpr/source",)),
    ("We import your friends from Discord when you link your account.\n", ("eu-gdpr/source",)),
    ("當您透過 Google 帳號登入時，我們會取得您的電子郵件地址與名稱。\n", ("eu-gdpr/source", "tw-pdpa/source")),
    ("我们会使用通过第三方服务获取的信息，用于完善您的资料。\n", ("eu-gdpr/source", "tw-pdpa/source")),
]


@pytest.mark.parametrize(("text", "items"), SOURCES)
def test_an_indirect_source_applies_and_is_cited(text: str, items: tuple[str, ...]) -> None:
    for item in items:
        assert cited_line(text, item) == text.rstrip("\n"), item


@pytest.mark.parametrize(
    "text",
    [
        "We collect device information through our own SDK embedded in the app.\n",
        "We use a consent management platform (IAB TCF) to record your choices.\n",
        "We do not find your contacts on social networks.\n",
        "Your player ID is generated on your device and never leaves it.\n",
        "Sign-in uses our own authentication service; we never receive data from other services.\n",
    ],
)
def test_own_collection_or_a_consent_tool_is_no_source(text: str) -> None:
    assert status(text, "eu-gdpr/source") == "not-applicable"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "## Information we collect\n\nWe automatically collect your IP address and device model when you use the app.\n\n"
            "## Categories of sources\n\nWe collect personal information directly from you, from your device, and from sign-in "
            "providers such as Google.\n",
            "sign-in providers",
        ),
        (
            "Our SDK automatically collects device identifiers.\n\n## Sources of Personal Information\n\n"
            "We obtain personal information from you and from our advertising partners.\n",
            "advertising partners",
        ),
        (
            "## 我們蒐集的資料\n\n我們會自動收集您的裝置型號。\n\n## 個人資料來源\n\n您的資料來自您本人，以及透過 Google 帳號登入時取得的電子郵件。\n",
            "Google 帳號",
        ),
    ],
)
def test_the_ccpa_sources_cite_the_section_about_sources(text: str, words: str) -> None:
    assert words in cited_line(text, "us-ccpa/sources")


def test_a_heading_that_mentions_other_sources_is_not_the_sources_section() -> None:
    text = (
        "我们通过三种方式收集您的信息：您提供的信息、自动收集的信息和来自其他来源的信息。\n\n## 来自其他来源的信息\n\n"
        "我们从可信合作伙伴获取安全信息。\n"
    )
    assert "三种方式" in cited_line(text, "us-ccpa/sources")


def test_an_open_source_section_is_not_the_sources() -> None:
    text = (
        "We automatically collect crash reports from your device.\n\n## Open source\n\n"
        "The open source library we bundle also collects usage counts automatically.\n"
    )
    assert "crash reports" in cited_line(text, "us-ccpa/sources")
