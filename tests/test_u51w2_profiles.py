"""Fifty-first session, second wave (u51w2): the classes of `eval/profiles51`'s disagreements, both sides of each rule.

- retention (cn-pipl, GB/T, tw-pdpa, GDPR): a cookie's lifetime on the device or in the browser (「持久Cookies：在您的设备上保留一段
  时间或直到您删除它们」, letoai-zh 159) is no retention period; the operator's own period still is;
- GB/T functions: a lead-in on the ways of collecting (「我们通过以下方式收集信息：」 + 「自动收集的技术信息（Cookies、日志文件）」,
  letoai-zh 30-33) and a kind of cookie named by its use (「安全Cookies：用于…账户安全」, 169) name no data per function;
- cn-pipl processor / GB/T identity: a company under a 公司全称/企业名称/运营单位 label, or 「本平台由…运营」, with an address
  (经营场所 too) or an e-mail in the contact section (taoyue-zh 43); not a template slot, nor a third party's block;
- tw-pdpa: 「蒐集之目的為：…」 states purposes; the Act's class names (識別類、特徵類、受僱情形…) are kinds of data; 「向台端之前僱主
  蒐集」 is indirect collection with its source (fubon-tw 13);
- a JSX page whose edition's sections are `[title, text]` pairs mapped with a destructuring callback is read (church-bi).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from parse_helpers import parse_path, parse_string
from profile_helpers import file_verdict, profile_status

P51 = ROOT / "eval" / "profiles51" / "docs"
_RETENTION = ["cn-pipl/retention", "cn-gbt35273/retention", "tw-pdpa/period"]


# --- retention: a cookie's lifetime on the device ------------------------------------------------------------------------


@pytest.mark.parametrize("item", _RETENTION)
@pytest.mark.parametrize(
    "text",
    [
        "## Cookie 政策\n\nCookies是存储在您设备上的小型文本文件：\n\n- 会话Cookies：在您关闭浏览器后即失效\n- 持久Cookies：在您的设备上保留一段时间或直到您删除它们\n",
        "## Cookie\n\n持久性 Cookie 會在您的裝置上保留一段時間，直到您刪除為止。\n",
        "## Cookie\n\n持久Cookie将在您的浏览器中保存12个月。\n",
    ],
)
def test_a_cookie_lifetime_on_the_device_is_no_retention_period(item: str, text: str) -> None:
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize("item", _RETENTION)
@pytest.mark.parametrize(
    "text",
    [
        "## 保存期限\n\n我们将在您使用服务期间保存您的个人信息，注销账号后 15 日内删除。\n",
        "## 保存期限\n\n我们将保留您的个人信息直到您删除账号。Cookie 会在关闭浏览器后失效。\n",
        "## 保存期限\n\n我们会将日志与 Cookie 记录在服务器上保存 6 个月。\n",  # the operator keeps them
    ],
)
def test_the_operators_own_period_still_counts(item: str, text: str) -> None:
    assert profile_status(text, item) == "covered"


def test_english_cookie_lifetimes_are_no_retention_period() -> None:
    text = "## Cookies\n\n- Session cookies: expire when you close your browser\n- Persistent cookies: remain on your device for a set period or until you delete them\n"
    assert profile_status(text, "eu-gdpr/retention") == "missing"
    assert (
        profile_status("## Retention\n\nWe keep your personal data for 2 years after your last login.\n", "eu-gdpr/retention") == "covered"
    )


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_letoai_retention_regression(item: str) -> None:
    assert file_verdict(P51 / "letoai-zh" / "PrivacyPolicyContent.tsx", item) == ("missing", None)


# --- GB/T functions: the ways of collecting, a cookie kind's use ---------------------------------------------------------

_FUNCTIONS = "cn-gbt35273/functions"


@pytest.mark.parametrize(
    "text",
    [
        "## 收集\n\n我们通过以下方式收集信息：\n\n- 您主动提供的信息（联系表单、咨询请求）\n- 自动收集的技术信息（Cookies、日志文件）\n",
        "## 蒐集\n\n我們透過下列途徑蒐集資料：\n\n- 自動蒐集的技術資訊（IP 位址、日誌檔案）\n",
        "## 我们如何使用Cookies\n\n我们仅在必要的范围内使用Cookies：\n\n- 功能性Cookies：保存语言、主题等偏好\n- 安全Cookies：用于防止恶意活动和提高账户安全\n",
    ],
)
def test_collection_ways_and_cookie_kinds_are_no_business_function(text: str) -> None:
    assert profile_status(text, _FUNCTIONS) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 收集\n\n注册登录：我们会收集您的手机号码。\n",
        "## 收集\n\n我们通过以下功能收集信息：\n\n- 注册登录：收集您的手机号码\n",
    ],
)
def test_a_function_label_over_its_data_still_counts(text: str) -> None:
    assert profile_status(text, _FUNCTIONS) == "covered"


def test_letoai_functions_regression() -> None:
    assert file_verdict(P51 / "letoai-zh" / "PrivacyPolicyContent.tsx", _FUNCTIONS) == ("missing", None)


# --- the processor named by a label or by 本平台由…运营 in the contact section ------------------------------------------------

_INTRO = '## 一、引言\n\n桃悦教育平台（以下简称"我们"）深知个人信息对您的重要性。\n\n'
_PROCESSOR = ["cn-pipl/processor", "cn-gbt35273/identity-contact"]


@pytest.mark.parametrize("item", _PROCESSOR)
@pytest.mark.parametrize(
    "text",
    [
        "## 十、联系我们\n\n可通过以下方式与我们联系：\n\n公司全称：曲阳县桃悦软件开发中心（统一社会信用代码：92130634MAEA468M01）\n经营场所：保定市曲阳县文德镇东河滩村水乐街110号\n",
        "## 十、联系我们\n\n- 企业名称：杭州某某科技有限公司\n- 联系邮箱：privacy@mouke.cn\n",
        "## 十、聯絡我們\n\n公司全稱：台北某某科技股份有限公司\n地址：台北市信義區松仁路 100 號\n",
        "## 十、联系我们\n\n本平台由杭州某某科技有限公司运营，地址：杭州市西湖区文三路 100 号。\n",
        "## 十、联系我们\n\n本平台由杭州某某科技有限公司运营。如有疑问请发送邮件至 privacy@mouke.cn。\n",
    ],
)
def test_a_company_named_in_the_contact_section_is_the_processor(item: str, text: str) -> None:
    assert profile_status(_INTRO + text, item) == "covered"


@pytest.mark.parametrize("item", _PROCESSOR)
@pytest.mark.parametrize(
    "text",
    [
        "## 十、联系我们\n\n如您有任何疑问，请联系我们。\n\n公司全称：[公司名称]\n地址：[地址]\n",  # template slots
        "## 三、共享\n\n支付服务商：杭州某某科技有限公司，地址：杭州市西湖区文三路 100 号。\n",
        "## 三、共享\n\n本平台的支付服务由杭州某某支付有限公司运营，地址：杭州市西湖区文三路 100 号。\n",  # a service of the platform
        "## 第三方 SDK\n\n公司全称：北京某某科技有限公司\n联系邮箱：sdk@mouke.cn\n",  # a third party's block
    ],
)
def test_other_companies_and_slots_are_not_the_processor(item: str, text: str) -> None:
    assert profile_status(_INTRO + text, item) == "missing"


@pytest.mark.parametrize("item", _PROCESSOR)
def test_taoyue_processor_regression(item: str) -> None:
    status, line = file_verdict(P51 / "taoyue-zh" / "page.tsx", item)
    assert status == "covered" and line in (7, 43)


# --- tw-pdpa: purposes, the Act's class names, indirect collection ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["蒐集之目的為：人事管理、推展相關業務及風險控管。", "本公司蒐集之目的為：行銷及客戶管理。", "搜集之目的为：客户管理。"],
)
def test_the_purpose_of_collecting_is_purposes(text: str) -> None:
    assert profile_status(f"## 告知事項\n\n{text}\n", "tw-pdpa/purposes") == "covered"


def test_a_question_about_the_purpose_is_none() -> None:
    assert profile_status("## 告知事項\n\n蒐集之目的為何，請洽本公司。\n", "tw-pdpa/purposes") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "本公司蒐集台端之個人資料類別為：識別類、特徵類、家庭情形、教育、技術或專業、受僱情形、健康與其他所需之個人資料。",
        "我們蒐集之資料包括辨識個人者（C001）、辨識財務者（C002）。",
        "本公司蒐集台端之个人资料类别为：识别类、特征类、受雇情形。",
    ],
)
def test_the_acts_class_names_are_kinds_of_data(text: str) -> None:
    assert profile_status(f"## 告知事項\n\n{text}\n", "tw-pdpa/categories") == "covered"


def test_one_class_name_alone_is_no_list() -> None:
    assert profile_status("## 告知事項\n\n本公司為識別類身分驗證服務之提供者。\n", "tw-pdpa/categories") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "蒐集方式：(1)直接蒐集：以書面或電子形式蒐集，(2)間接蒐集：向台端之前僱主蒐集。",
        "本公司亦向台端之前僱主蒐集台端之個人資料。",
        "本公司将向您的推荐人收集您的联络资料。",
    ],
)
def test_collection_from_a_named_other_party_is_indirect(text: str) -> None:
    assert profile_status(f"## 告知事項\n\n{text}\n", "tw-pdpa/source") == "covered"


@pytest.mark.parametrize(
    "text",
    ["本公司僅直接向台端蒐集個人資料。", "台端可向本公司申請查詢個人資料。", "本公司不會向台端之前僱主蒐集個人資料。"],
)
def test_the_person_or_a_request_is_no_other_source(text: str) -> None:
    assert profile_status(f"## 告知事項\n\n{text}\n", "tw-pdpa/source") == "not-applicable"


@pytest.mark.parametrize("item", ["tw-pdpa/purposes", "tw-pdpa/categories", "tw-pdpa/source"])
def test_fubon_regression(item: str) -> None:
    assert file_verdict(P51 / "fubon-tw" / "DeclarationIntro.tsx", item) == ("covered", 13)


# --- JSX: an edition's sections as [title, text] pairs ---------------------------------------------------------------------

_PAGE = """const policy = {
  "zh-CN": {
    "title": "隐私政策",
    "sections": [
      ["信息保留", "我们仅在提供服务所必需的期间内保留日志信息，之后予以删除。"],
      ["联系我们", "如有隐私问题，请发送电子邮件至 privacy@example.org 与我们联系。"]
    ]
  },
  "en-US": {
    "title": "Privacy Policy",
    "sections": [
      ["Retention", "We keep log information only as long as needed to provide the service, then delete it."],
      ["Contact", "For privacy questions, e-mail privacy@example.org."]
    ]
  }
} as const;

export function PolicyPage({locale}: {locale: string}) {
  const copy = policy[locale];
  return <article>
    <h1>{copy.title}</h1>
    {copy.sections.map(([title, text], index) => <section key={title}>
      <h2>{index + 1}. {title}</h2>
      <p>{text}</p>
    </section>)}
  </article>;
}
"""


def test_an_editions_tuple_sections_are_read() -> None:
    doc = parse_string(_PAGE, suffix=".tsx")
    titles = [s.title for s in doc.sections if s.title]
    assert "信息保留" in titles and "联系我们" in titles and "Retention" in titles
    assert not doc.warnings
    body = "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "必需的期间内保留日志信息" in body


def test_tuples_shorter_than_the_names_leave_the_page_unread() -> None:
    page = _PAGE.replace('["信息保留", "我们仅在提供服务所必需的期间内保留日志信息，之后予以删除。"]', '["信息保留"]')
    doc = parse_string(page, suffix=".tsx")
    assert "信息保留" not in [s.title for s in doc.sections]


def test_church_bi_is_read() -> None:
    doc = parse_path(P51 / "church-bi" / "AppPrivacyPolicyPage.tsx")
    assert not doc.warnings
    lines = {s.title: s.line for s in doc.sections if s.title}
    assert lines.get("信息保留") == 42 and lines.get("Scope") == 77


# --- GB/T close-account: no account required (church-bi 19, 82) --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "应用不要求用户创建账号或登录。",
        "應用不要求用戶建立帳號或登入。",
        "Users are not required to create an account or log in.",
        "The App does not require users to create an account.",
    ],
)
def test_no_account_required_is_not_applicable(text: str) -> None:
    assert profile_status(f"## 说明\n\n{text}\n", "cn-gbt35273/close-account") == "not-applicable"


@pytest.mark.parametrize("text", ["本应用不要求用户注册账号，使用手机号一键登录。", "您无需建立账号即可浏览部分内容。"])
def test_an_account_by_other_means_still_applies(text: str) -> None:
    assert profile_status(f"## 说明\n\n{text}\n", "cn-gbt35273/close-account") == "missing"


# --- the sensitive items: a sensitive kind denied with 不代表 (church-bi 23) ------------------------------------------------

_SENSITIVE = ["cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked"]


@pytest.mark.parametrize("item", _SENSITIVE)
@pytest.mark.parametrize(
    "text",
    [
        "## 可能处理的信息\n\n访问应用内容时，后台服务可能处理 IP 地址、由 IP 推断的大致位置。这里所述的大致位置是网络推断信息，不代表应用通过 GPS 获取精确位置。\n",
        "## 可能處理的資訊\n\n此處所述的大致位置為網路推斷資訊，並不代表應用透過 GPS 取得精確位置。\n",
    ],
)
def test_a_sensitive_kind_denied_with_not_meaning_does_not_apply(item: str, text: str) -> None:
    assert profile_status(text, item) == "not-applicable"


@pytest.mark.parametrize("item", _SENSITIVE)
@pytest.mark.parametrize(
    "text",
    [
        "## 收集的信息\n\n我们会收集您的精确位置信息，用于附近推荐。\n",
        "## 收集的信息\n\n我们会通过 GPS 获取您的精确位置，用于导航。开启定位不代表我们会获取您的通讯录。\n",
    ],
)
def test_a_sensitive_kind_collected_still_applies(item: str, text: str) -> None:
    assert profile_status(text, item) == "missing"
