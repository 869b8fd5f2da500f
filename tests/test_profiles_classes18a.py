"""Disclosure profiles, the eighteenth session's classes of helper m18a (issue #14): who the operator is.

The lead described the blind rounds' disagreements on tw-pdpa/agency, cn-pipl/processor, cn-gbt35273/identity-contact and
eu-gdpr/controller as classes, with invented examples; every text below is invented.  Each class is tested both ways, with
the verdict and the cited line.

(1) tw-pdpa/agency, false "missing": several makers in one owner sentence (「本系統由 晨光團隊、北區創客 開發與維護」), a brand that
    is a named maker's project or brand (「MoonReader 為 Aster Lab 之開放原始碼專案」), a brand (no company) that collects through
    a named tool (「青蛙旅行 使用 Google Analytics 蒐集…」) or keeps what is given to it (「您提供予 優選 之個人資料，優選 將…保存」);
    not a big platform, a library's maker, a common noun or an adverb opening the sentence, a project with no maker;
(2) tw-pdpa/agency (and the Chinese identity items), false "covered": a website's title defined as 本網站 after 歡迎來到
    (「歡迎來到 Blog K（以下簡稱「本網站」）」) names nobody; a company's own site does;
(3) cn-pipl/processor and cn-gbt35273/identity-contact, false "missing": 我 defined as a named maintainer, a maintainer with
    their address in brackets, the provider named as a role with its company (「本服務的服務提供者為…有限公司」), a company on a
    line of its own under 联系我们, a signature block closing the policy; not an SDK's block (under a third-party heading, or a
    section about SDKs), an SDK developer's address, a payment provider; and, false "covered", an app's own name defined as
    我们 and 本应用 (「咕咕记（以下简称“我们”或“本应用”）」) with only an e-mail;
(4) eu-gdpr/controller: a third party's sentence is never the citation (a host, "Sign in with Apple is provided by Apple
    Inc.", "a service of Google Ireland Limited", "owned, managed and operated by the Apple Inc."), a match that opens with
    the sentence before it is cited at its own words; a template's glossary entry "Company (…) refers to / means NAME" with
    the name in a link or as a domain.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import cited_line, one_item, parse_path, parse_string
from helpers import profile_status as status
from policylens.errors import UserError
from policylens.profiles import load_profile
from policylens.profiles.coverage import coverage

ZH_IDENTITY = ("cn-pipl/processor", "cn-gbt35273/identity-contact")
AGENCY = "tw-pdpa/agency"
CONTROLLER = "eu-gdpr/controller"


def profile_verdict_path(path: str, item: str) -> Any:
    """The verdict on one item for a policy file of the repository."""
    (result,) = coverage(parse_path(Path(__file__).parent.parent / path), [one_item(item)])
    (found,) = result.items
    return found


# --- (1) tw-pdpa/agency: the collector named in other shapes ----------------------------------------------------------------

TW_NAMED = [
    ("本系統由 晨光團隊、北區創客 開發與維護。\n\n我們會蒐集您的帳號與暱稱。\n", "本系統由"),
    ("本網站由 小島工作室 與 Ken Wu 共同經營。\n\n我們會蒐集您的電子郵件地址。\n", "本網站由"),
    ("我們不蒐集任何個人資料。\n\nMoonReader 為 Aster Lab 之開放原始碼專案。\n", "MoonReader"),
    ("「拾光筆記」是 遠帆工作室 的個人作品。\n\n我們會蒐集您的暱稱。\n", "拾光筆記"),
    ("青蛙旅行 使用 Google Analytics 蒐集您的瀏覽資料，以改善網站。\n", "青蛙旅行"),
    ("您提供予 優選 之個人資料，優選 將妥善保存，僅用於寄送商品。\n", "優選"),
    ("本網站係由星河工作室所經營。\n\n我們會蒐集您的電子郵件地址。\n", "本網站係由"),
    ("本網站為 Aster Lab 所有並經營。\n\n我們會蒐集您的電子郵件地址。\n", "本網站為"),
    ("好康go 為 和豐科技有限公司 旗下品牌。\n\n我們會蒐集您的電話。\n", "好康go"),
    ("MoonReader is an open-source project by Aster Lab.\n\n我們會蒐集您的電子郵件。\n", "MoonReader"),
]


@pytest.mark.parametrize(("text", "words"), TW_NAMED)
def test_the_agency_named_in_other_shapes_is_covered(text: str, words: str) -> None:
    assert words in cited_line(text, AGENCY)


TW_NOT_NAMED = [
    "本應用由 Google、Apple 提供登入服務。\n\n我們會蒐集您的暱稱。\n",  # big platforms, and no maker of the app
    "MoonReader 是免費的開源專案。\n\n我們會蒐集您的暱稱。\n",  # a project with no maker
    "本應用使用 OkHttp，OkHttp 為 Square 之開源專案。\n",  # a library's maker
    "網站使用 Google Analytics 蒐集您的瀏覽資料。\n",  # a common noun
    "同時使用 Google Analytics 蒐集您的瀏覽資料。\n",  # an adverb opening the sentence
    "部分功能使用 Firebase 蒐集錯誤報告。\n",
    "您提供予 我們 之個人資料，我們 將妥善保存。\n",  # no name
    "您提供予 優選 之個人資料將被妥善保存。\n",  # the name once: a place the data goes, no collector's act
    "本網站為 您 所有。\n",  # the user
    "好康go 為 和豐 旗下品牌。\n",  # a brand with neither quotes nor a company: nothing tells a name from words
    "MoonReader is an open-source project by Google.\n",  # a big platform
]


@pytest.mark.parametrize("text", TW_NOT_NAMED)
def test_no_maker_a_platform_a_library_or_a_common_noun_is_no_agency(text: str) -> None:
    assert status(text, AGENCY) == "missing"


def test_an_english_owner_sentence_and_a_company_site_stay_covered() -> None:
    assert "operated by" in cited_line("This website is operated by Star River Studio. 我們會蒐集您的電子郵件地址。\n", AGENCY)
    text = "歡迎您光臨「遠聲數位股份有限公司官網」（以下簡稱本網站），本網站重視您的隱私。\n"
    assert "遠聲數位" in cited_line(text, AGENCY)
    text = "財團法人台灣數位信任中心（以下簡稱本中心）非常重視您的隱私。\n\n本中心蒐集您的姓名與電子郵件。\n"
    assert "財團法人" in cited_line(text, AGENCY)


# --- (2) a website's title defined as 本網站 ------------------------------------------------------------------------------


@pytest.mark.parametrize("item", (AGENCY, *ZH_IDENTITY))
@pytest.mark.parametrize(
    "text",
    [
        "歡迎來到 Blog K（以下簡稱「本網站」）。\n\n如有問題請寫信至 k@blogk.tw。\n",
        "欢迎访问 Kite Notes（以下简称“本网站”），本网站尊重您的隐私。\n\n联系邮箱：kite@notes.cn\n",
    ],
)
def test_a_site_title_after_welcome_names_nobody(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize("item", (AGENCY, *ZH_IDENTITY))
def test_a_studio_welcoming_to_its_site_and_a_name_defined_as_the_site_stay_covered(item: str) -> None:
    text = "歡迎來到 星河工作室（以下簡稱「本網站」）。\n\n如有問題請寫信至 k@blogk.tw。\n"
    assert "星河工作室" in cited_line(text, item)
    text = "若天（下文称：本网站）尊重您的隐私。\n\n如有问题请写信至 k@ruotian.cn。\n"
    assert "若天" in cited_line(text, item)


# --- (3) cn-pipl/processor and cn-gbt35273/identity-contact ---------------------------------------------------------------

ZH_NAMED = [
    ("“我”指 NoteX 的维护者 Chen（电子邮件地址：c@notex.cn）。我会收集您的邮箱。\n", "“我”指"),
    ("「我」是指 本站的站长 林小北。\n\n我会收集您的留言。\n\n联系邮箱：bei@lin.cn\n", "「我」是指"),
    ("Tidy 的维护者 Wang Lei（邮箱：wl@tidy.cn）重视您的隐私。\n", "维护者 Wang Lei"),
    (
        '本家园(以下简称为"我们")非常重视您的隐私。\n\n## 一、适用范围\n\n本服务的服务提供者为杭州青禾网络技术有限公司。\n\n'
        "## 九、联系我们\n\n客服电话：0571-88889999，邮箱：kefu@qinghe.cn\n",
        "服务提供者为杭州青禾",
    ),
    ("服务提供者为北京云帆软件有限公司，我们会收集您的手机号码。\n\n联系电话：010-66668888\n", "服务提供者为北京云帆"),
    ("本应用为个人开发者 Zhao 独立开发。\n\n## 联系我们\n\n邮箱：zhao@tidy.cn\n", "个人开发者 Zhao"),
    ("本 App 是个人开发者赵小明的作品。\n\n## 联系我们\n\n邮箱：zhao@tidy.cn\n", "个人开发者赵小明"),
    ("Tidy 是由个人开发者 Zhao 开发的一款记账应用。\n\n## 联系我们\n\n邮箱：zhao@tidy.cn\n", "个人开发者 Zhao"),
    ("本应用由 Zhao（个人开发者）独立开发运营。\n\n## 联系我们\n\n邮箱：zhao@tidy.cn\n", "Zhao（个人开发者）"),
    (
        "本应用由个人开发者 Zhao 独立开发并运营。\n\n## 联系我们\n\n如有问题，请通过 GitHub Issues 反馈：https://github.com/zhao/tidy/issues\n",
        "Zhao",
    ),
    ("本应用由个人开发者 Zhao 独立开发并运营。\n\n## 联系我们\n\n微信：zhao_dev\n", "Zhao"),
    (
        "我们会收集您的手机号码。\n\n## 联系我们\n\n杭州青禾网络技术有限公司\n\n地址：杭州市西湖区文三路 100 号\n\n客服热线：400-888-9999\n",
        "杭州青禾网络技术有限公司",
    ),
    (
        "我们会收集您的手机号码。\n\n## 十、其他\n\n本政策自发布之日起生效。\n\n杭州青禾网络技术有限公司\n地址：杭州市西湖区文三路 100 号\n"
        "客服热线：400-888-9999\n",
        "杭州青禾网络技术有限公司",
    ),
]


@pytest.mark.parametrize("item", ZH_IDENTITY)
@pytest.mark.parametrize(("text", "words"), ZH_NAMED)
def test_the_processor_named_in_other_shapes_is_covered(text: str, words: str, item: str) -> None:
    assert words in cited_line(text, item)


ZH_NOT_NAMED = [
    # a third party's block closing the policy, under its heading or in a section about SDKs
    "我们会收集您的手机号码。\n\n## 第三方 SDK 列表\n\n北京友盟网络科技有限公司\n地址：北京市朝阳区某路 1 号\n邮箱：umeng@umeng.com\n",
    "我们会收集您的手机号码。\n\n## 十、其他\n\n本应用接入的第三方 SDK 信息如下：\n\n北京友盟网络科技有限公司\n地址：北京市朝阳区某路 1 号\n邮箱：umeng@umeng.com\n",
    # an SDK developer's address, a payment provider, a company mentioned under the contact heading
    "如对广告 SDK 有疑问，请联系其开发者 Unity（邮箱：privacy@unity3d.com）。\n",
    "本应用的支付服务提供者为支付宝（中国）网络技术有限公司。\n\n联系邮箱：help@app.cn\n",
    "## 联系我们\n\n如您对微信登录有疑问，请联系深圳市腾讯计算机系统有限公司。\n\n邮箱：help@app.cn\n",
    # the app's own name defined as 我们 and as 本应用, with only an e-mail (annotators split on bare brands: kept missing)
    "咕咕记（以下简称“我们”或“本应用”）重视您的隐私。\n\n联系邮箱：gugu@gugu.cn\n",
    '不认命 App（以下简称"我们"或"本应用"）高度重视用户隐私保护。\n\n邮箱：privacy@buming.app\n',
    "“习惯打卡”小程序（以下简称“我们”或“本小程序”）非常重视用户隐私。\n\n邮箱：habit@daka.cn\n",
    # 我 defined with no name, a maintainer with no way to reach
    "“我”指本应用的开发者。\n\n如有问题请联系我们。\n",
    # no name, or no developer of the app
    "本应用为个人开发者独立开发。\n\n邮箱：zhao@tidy.cn\n",
    "本平台为开发者社区运营的开放平台。\n\n邮箱：zhao@tidy.cn\n",
]


@pytest.mark.parametrize("item", ZH_IDENTITY)
@pytest.mark.parametrize("text", ZH_NOT_NAMED)
def test_a_third_partys_block_an_sdk_developer_or_an_app_that_defines_itself_names_no_processor(text: str, item: str) -> None:
    assert status(text, item) == "missing"


def test_a_bold_developer_label_names_the_agency_where_the_app_defines_itself() -> None:
    """eval/dev4/afterzero-md/隐私政策.md: 「After Zero（以下简称"我们"或"本产品"）」 (line 8) names no operator; the label
    「**开发者：** 余健聪（个人开发者）」 (line 119) does, bold marks and all."""
    found = profile_verdict_path("eval/dev4/afterzero-md/隐私政策.md", AGENCY)
    assert found.status == "covered" and found.evidence.line == 119
    text = "**开发者：** 余健聪（个人开发者）\n\n**联系邮箱：** yu@after.cn\n"
    assert "余健聪" in cited_line(text, AGENCY)
    assert status("**开发者：**\n\n**联系邮箱：** yu@after.cn\n", AGENCY) == "missing"  # an empty label


def test_an_app_made_by_a_named_independent_developer_names_the_processor() -> None:
    """eval/dev9h/relaycare-md/privacy.md line 5: 「TaskKin Care 由独立开发者 Jun Yu 开发和运营。」, the e-mail further down."""
    for item in (*ZH_IDENTITY, AGENCY):
        found = profile_verdict_path("eval/dev9h/relaycare-md/privacy.md", item)
        assert found.status == "covered" and found.evidence.line == 5


def test_a_signature_block_is_cited_at_the_company_not_at_the_address_above_it() -> None:
    """corpora/qiushui-game-privacy/zh-Hans.2022-08-01.md: the contact section's e-mail (line 338), then the company on a line of
    its own closing it (line 342)."""
    for item in ZH_IDENTITY:
        found = profile_verdict_path("corpora/qiushui-game-privacy/zh-Hans.2022-08-01.md", item)
        assert found.status == "covered" and found.evidence.line == 342


@pytest.mark.parametrize("item", ZH_IDENTITY)
def test_a_developer_behind_the_apps_name_is_still_the_processor(item: str) -> None:
    text = "咕咕记（以下简称“我们”或“本应用”）重视您的隐私。\n\n本应用由个人开发者 Zhao 独立开发并运营。\n\n联系邮箱：gugu@gugu.cn\n"
    assert "Zhao" in cited_line(text, item)


# --- (4) eu-gdpr/controller -----------------------------------------------------------------------------------------------

EU_CITED = [
    (
        "## Hosting\n\nThis website is hosted by Strato AG, Otto-Ostrowski-Straße 7, 10249 Berlin. Strato AG acts as our processor.\n\n"
        '## Controller\n\nThe party responsible for processing (the "controller") is:\n\nMax Muster\nMusterstr. 1\n10115 Berlin\n'
        "E-Mail: max@muster.de\n",
        "The party responsible",
    ),
    (
        "## Sign in\n\nSign in with Apple is provided by Apple Inc., One Apple Park Way, Cupertino.\n\n## Who we are\n\n"
        "This app is published by Foo Labs.\n\nContact: hi@foo.eu\n",
        "published by Foo Labs",
    ),
    (
        "## Analytics\n\nWe use Google Analytics, a service of Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, "
        "Ireland.\n\n## Contact\n\nFoo Labs is the data controller. Email: hi@foo.eu\n",
        "Foo Labs is the data controller",
    ),
    (
        "## Terms\n\nThe App Store is owned, managed and operated by the Apple Inc. and its affiliates.\n\n"
        "We are Bar Works, the team behind Baz. Write to hi@bar.eu.\n",
        "We are Bar Works",
    ),
]


@pytest.mark.parametrize(("text", "words"), EU_CITED)
def test_a_third_partys_sentence_is_never_the_controllers_citation(text: str, words: str) -> None:
    assert words in cited_line(text, CONTROLLER)


@pytest.mark.parametrize(
    "text",
    [
        "This website is hosted by Strato AG, Otto-Ostrowski-Straße 7, 10249 Berlin.\n\nContact: hi@blog.de\n",
        "Sign in with Apple is provided by Apple Inc., One Apple Park Way, Cupertino.\n\nContact: hi@notes.eu\n",
        "We use Google Analytics, a service of Google Ireland Limited, Gordon House, Dublin 4.\n\nContact: hi@notes.eu\n",
    ],
)
def test_a_third_party_alone_names_no_controller(text: str) -> None:
    assert status(text, CONTROLLER) == "missing"


@pytest.mark.parametrize(
    "entry",
    [
        '- **Company** (referred to as either "the Company", "We", "Us" or "Our" in this Agreement) refers to Tadashi IO.',
        '- Company (referred to as either "the Company", "We", "Us" or "Our" in this Agreement) refers to tadashi.io.',
        '- **Company** (referred to as either "the Company", "We", "Us" or "Our" in this Agreement) refers to '
        "[Tadashi IO](https://tadashi.io).",
        '- (c) “Company” (referred to herein as either the "Company", "We", "Us" or "Our") means Tadashi IO, Tokyo.',
    ],
)
def test_a_glossary_entry_that_names_the_company_names_the_controller(entry: str) -> None:
    text = (
        f"## Definitions\n\n{entry}\n\n  For the purpose of the GDPR, the Company is the Data Controller.\n\n"
        "- Country refers to: Japan\n\n## Contact Us\n\n- By email: t@tadashi.io\n"
    )
    assert "Company" in cited_line(text, CONTROLLER)


def test_a_glossary_entry_about_the_user_names_no_controller() -> None:
    text = (
        "## Definitions\n\n- You means the individual accessing the Service.\n- Company means the individual or the company "
        "that you represent.\n\n## Contact Us\n\n- By email: t@tadashi.io\n"
    )
    assert status(text, CONTROLLER) == "missing"


# --- the clause key `not_under` -------------------------------------------------------------------------------------------

MINE = (
    'schema = "policylens.profile/1"\nid = "mine"\ntitle = "t"\nlaw = "l"\n[[item]]\nid = "who"\nname = "n"\nreference = "r"\n'
    'hint = "h"\nrule = "r"\n[[item.cover]]\nwithin = "section"\nnot_under = \'第三方|sdk\'\nall = [\'有限公司\']\n'
)


def test_a_clause_is_never_read_under_a_heading_its_not_under_finds(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(MINE, encoding="utf-8")
    profile = load_profile(path)
    assert profile.items[0].cover[0].not_under is not None

    def judged(text: str) -> str:
        (result,) = coverage(parse_string("# 隐私政策\n\n" + text, suffix=".md"), [profile])
        return str(result.items[0].status)

    assert judged("## 其他\n\n青禾网络技术有限公司\n") == "covered"
    assert judged("## 第三方 SDK\n\n友盟网络科技有限公司\n") == "missing"
    assert judged("## 第三方\n\n### 统计\n\n友盟网络科技有限公司\n") == "missing"  # a heading above it counts too


def test_not_under_must_be_a_pattern(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(MINE.replace("not_under = '第三方|sdk'", "not_under = 3"), encoding="utf-8")
    with pytest.raises(UserError, match="not_under"):
        load_profile(path)


EU_BLOCKS = [
    (
        "Verantwortlich für die Datenverarbeitung auf dieser Website ist:\n\nMax Muster\nMusterstr. 1\n10115 Berlin\n\nE-Mail: max@muster.de\n",
        "Verantwortlich",
    ),
    ("Responsible for data processing:\nMax Muster, Musterstr. 1, 10115 Berlin, max@muster.de\n", "Responsible for data processing"),
    ("Data controller\n\nJane Roe\nHauptstraße 5\n80331 München\njane@roe.de\n", "Data controller"),
    ("The controller within the meaning of the GDPR is:\n\nqwe labs\n5 Main Street\nDublin D02\nEmail: hi@qwe.ie\n", "within the meaning"),
    ("The data controller for this app is the developer, Jane Roe (jane@roe.de).\n", "the developer, Jane Roe"),
    ("## Who we are\n\nBazApp is a product of Bar Works GmbH, Alexanderplatz 1, 10178 Berlin.\n\nContact: hi@bar.eu\n", "a product of"),
]


@pytest.mark.parametrize(("text", "words"), EU_BLOCKS)
def test_the_controllers_block_under_its_label_line_is_cited_at_the_label(text: str, words: str) -> None:
    assert words in cited_line(text, CONTROLLER)


@pytest.mark.parametrize(
    "text",
    [
        "## Settings\n\nController\n\nUse the left stick to move.\nMap buttons in 12345 Options.\n\nContact: hi@game.eu\n",
        "Controller settings:\n\nSensitivity\nDead zone\n\nContact: hi@game.eu\n",
        "Data controller\n\nJane Roe\n",  # no address and no way in
        "The data controller for this app is the developer.\n\nContact: hi@app.eu\n",  # no name
        "Maps is a service of Google LLC.\n\nContact: hi@app.eu\n",  # a big platform's
    ],
)
def test_a_bare_controller_line_a_nameless_role_or_a_platform_names_no_controller(text: str) -> None:
    assert status(text, CONTROLLER) == "missing"
