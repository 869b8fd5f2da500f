"""Issue #14, session 49 (u49w): the classes behind the disagreements of the blind eval/profiles49 dev run.

Each class is tested both ways (a mention is not a disclosure), with the real lines kept as regressions:

- loader: a text given in two languages by one call (`l("五、您的权利", "5. Your rights")`, `load.paired_literals`) is read
  as its Chinese literal, so a `LegalDoc` object of such calls is a document with headings (mitesla-zh); a key with its
  default (`t("privacy.title", "隐私政策")`) or a computed call is not;
- cn-pipl/minors: a service said to be meant for adults, with minors' data deleted when found, does not apply the item;
  adults named without the deletion, or minors allowed with a guardian's consent, still apply it;
- GB/T effect-of-not-providing: cookies blocked at the cost of a feature that is then 不可用 is what refusing costs;
  「不可用于…」 (a use barred) is none;
- GB/T sharing: data synced on to a named kind of recipient (「同步至…支付机构、短信服务商」) is shared; synced to the person's
  own devices is not;
- tw-pdpa/rights: the Act named as a notice's own ground (「依據個人資料保護法規定，於下列事由…說明本公司…蒐集」) opens no rights
  clause, so a notice read as one paragraph is cited at its rights clause; 「得享有下列權利：」 leads the rights;
- tw-pdpa/recipients: providing the person with services (「提供您本公司及關係企業或合作夥伴之相關服務」) shares nothing;
  「提供您個人資料予合作夥伴」 still does;
- GB/T functions (fixed from the held-out aiwowo-zh after its one run): the person's own act with 时 and the data collected
  at it (「你主动填写并提交时，我们收集：…」) is a function with its data; a denial or the app used as a whole is not;
- us-ccpa/purposes (the open class of eval/profiles48 socialperks-en): a list item opening with what the data serves, under a
  heading about use, states the purposes, as eu-gdpr reads it; the same list under a cookies, third-party or rights heading
  does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parse_helpers import headings, parse_path, parse_string
from profile_helpers import file_verdict, profile_status, profile_verdict

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
P49 = EVAL / "profiles49" / "docs"
MITESLA = P49 / "mitesla-zh" / "legal.ts"
TRISOAP = P49 / "trisoap-tw" / "Create_CUSMAS.php"


# --- loader: a text given in two languages by one call ------------------------------------------------------------------

_LEGAL_TS = """import { l, type L10n } from "@/lib/i18n/types";

export interface LegalSection {
  id: string;
  title: L10n;
  paragraphs: L10n[];
}

export const privacyPolicy = {
  title: l("隐私政策", "Privacy Policy"),
  intro: l(
    "本隐私政策适用于星河定制中心网站及相关服务。我们依据相关法规处理您的个人信息，请在使用前仔细阅读本政策的全部内容。",
    "This policy applies to the Xinghe Atelier website and related services. Please read it carefully.",
  ),
  sections: [
    {
      id: "collect",
      title: l("一、我们收集的信息", "1. Information we collect"),
      paragraphs: [
        l("我们收集您的姓名、手机号与所在城市，用于完成预约与订单服务，并在您联系客服时核验您的身份信息。", "We collect your name, mobile and city."),
        l("在您授权绑定品牌账号后，我们同步车辆的基础状态与充电记录，仅用于车库、充电与售后服务功能，不会用于其他目的。", "After you link a brand account, we sync the vehicle state."),
        l("设备与日志信息包括 IP 地址、浏览器类型与访问时间，用于安全防护与性能优化，日志数据保留不超过六个月。", "Device and logs: IP address, browser type and time."),
      ],
    },
    {
      id: "minors",
      title: l("二、您的权利", "2. Your rights"),
      paragraphs: [
        l("您有权查阅、更正、删除您的个人信息，也可以注销账户。您可以通过 privacy@xinghe-demo.cn 联系我们，我们将在十五个工作日内答复您的请求。", "You may access, correct and delete your information."),
        l("撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动的效力，但我们将不再为您提供相应的服务。", "Withdrawing consent does not affect earlier processing."),
      ],
    },
  ],
};
"""


def test_a_document_of_translation_calls_is_read_with_its_headings() -> None:
    doc = parse_string(_LEGAL_TS, suffix=".ts")
    titles = [title for _, _, title in headings(doc)]
    assert "一、我们收集的信息" in titles and "二、您的权利" in titles
    text = "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "您有权查阅" in text
    assert "You may access" not in text and 'id: "minors"' not in text and "import" not in text


@pytest.mark.parametrize(
    "call",
    [
        't("privacy.collect", "我们收集您的姓名、手机号与所在城市，用于完成预约与订单服务。")',  # a key and its default
        'l("我们收集您的姓名、手机号与所在城市，用于完成预约与订单服务。", "We collect your name.").trim()',  # computed
    ],
)
def test_a_key_or_a_computed_call_is_no_translation_pair(call: str) -> None:
    source = _LEGAL_TS.replace('l("一、我们收集的信息", "1. Information we collect")', call)
    doc = parse_string(source, suffix=".ts")
    assert "一、我们收集的信息" not in [title for _, _, title in headings(doc)]


def test_mitesla_is_read_as_its_two_documents() -> None:
    doc = parse_path(MITESLA)
    found = {(line, title) for line, _, title in headings(doc)}
    assert (53, "五、您的权利") in found and (63, "七、未成年人保护") in found and (80, "服务条款") in found
    assert file_verdict(MITESLA, "cn-gbt35273/close-account") == ("covered", 54)


# --- cn-pipl/minors: a service meant for adults, minors' data deleted when found -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本平台面向具备完全民事行为能力的成年人。若我们发现在未获得监护人同意的情况下收集了未成年人信息，将尽快删除。\n",
        "本产品主要面向成年人用户。如我们发现误收集了未成年人的个人信息，会及时删除相关数据。\n",
    ],
)
def test_a_service_for_adults_that_deletes_minors_data_does_not_apply(text: str) -> None:
    assert profile_status(text, "cn-pipl/minors") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "本产品面向成年人使用。如您是未成年人，请在监护人指导下使用。\n",  # no deletion (eval/profiles49 jiuzhang-zh 87)
        "本服务主要面向成年人。未成年人应在监护人同意下使用；若我们发现未经同意收集了未成年人信息，将尽快删除。\n",
        "本课程面向未成年人及其家长。若我们发现未经监护人同意收集了未成年人信息，将尽快删除。\n",
    ],
)
def test_adults_named_without_the_exclusion_still_apply(text: str) -> None:
    assert profile_status(text, "cn-pipl/minors") != "not-applicable"


def test_mitesla_minors_do_not_apply() -> None:
    assert file_verdict(MITESLA, "cn-pipl/minors") == ("not-applicable", None)


# --- GB/T effect-of-not-providing: a feature 不可用 -------------------------------------------------------------------


def test_cookies_blocked_at_the_cost_of_a_feature_cover_the_effect() -> None:
    found = profile_verdict("您可以通过浏览器设置清除或阻止 Cookie，但部分功能可能因此不可用。\n", "cn-gbt35273/effect-of-not-providing")
    assert (str(found.status), found.evidence.line) == ("covered", 3)
    assert file_verdict(MITESLA, "cn-gbt35273/effect-of-not-providing") == ("covered", 59)


def test_a_use_barred_is_no_cost() -> None:
    text = "您可以通过浏览器设置清除或阻止 Cookie，相关服务内容不可用于商业目的。\n"
    assert profile_status(text, "cn-gbt35273/effect-of-not-providing") == "missing"


# --- GB/T sharing: synced on to a named kind of recipient ----------------------------------------------------------------


def test_data_synced_on_to_named_recipients_is_shared() -> None:
    text = "为履行订单，我们会将必要信息同步至品牌官方系统及其授权服务中心，以及持牌支付机构、短信服务商与云基础设施提供商。\n"
    assert profile_status(text, "cn-gbt35273/sharing") == "covered"
    assert file_verdict(MITESLA, "cn-gbt35273/sharing") == ("covered", 44)


def test_data_synced_to_the_persons_own_devices_is_not_shared() -> None:
    assert profile_status("您的数据会同步至您登录同一账号的其他设备，方便您在多台设备上继续使用。\n", "cn-gbt35273/sharing") == "missing"


# --- tw-pdpa/rights: a notice's preamble is no rights clause ---------------------------------------------------------------

_NOTICE = (
    "<p>範例有限公司（以下簡稱本公司）為保護您的個人資料，依據個人資料保護法規定，於下列事由與目的範圍內，說明本公司蒐集、處理及利用您的個人資料：\n"
    "一、蒐集之目的：會員管理及客戶服務。\n"
    "二、個人資料之類別：姓名、電話及電子郵件。\n"
    "三、您對於本公司保有您的個人資料部分，您日後仍得享有下列權利：\n"
    "（一）得向本公司查詢、請求閱覽、請求製給複製本。\n"
    "（二）得向本公司請求停止蒐集、處理或利用及請求刪除您的個人資料。\n"
    "四、若您有任何問題請來信客服信箱 service@example-shop.tw，我們將竭誠為您服務。</p>\n"
)


def test_a_notice_read_as_one_paragraph_cites_its_rights_clause() -> None:
    found = profile_verdict(_NOTICE, "tw-pdpa/rights", suffix=".html")
    assert str(found.status) == "covered"
    assert "享有下列權利" in found.evidence.text
    assert file_verdict(TRISOAP, "tw-pdpa/rights") == ("covered", 79)


def test_the_act_named_with_the_rights_still_leads_them() -> None:
    text = "依個人資料保護法第3條規定，您得請求查詢、閱覽或刪除您的個人資料，請來信 service@example-shop.tw 提出申請。\n"
    assert profile_status(text, "tw-pdpa/rights") == "covered"


# --- tw-pdpa/recipients: services provided to the person -------------------------------------------------------------------


def test_services_provided_to_the_person_share_nothing() -> None:
    text = "您同意本公司以您所提供的個人資料確認您的身份、與您進行連絡、提供您本公司及關係企業或合作夥伴之相關服務及資訊。\n"
    assert profile_status(text, "tw-pdpa/recipients") == "missing"
    assert file_verdict(TRISOAP, "tw-pdpa/recipients") != ("covered", 69)


@pytest.mark.parametrize("text", ["本公司將提供您個人資料予合作夥伴，以完成商品配送。\n", "本公司得提供您的資料給物流業者，以完成配送。\n"])
def test_the_persons_data_provided_to_partners_is_shared(text: str) -> None:
    assert profile_status(text, "tw-pdpa/recipients") == "covered"


# --- GB/T functions: the person's own act, then the data collected at it (fixed from the held-out aiwowo-zh) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "本站是单页营销站点，只有一个咨询表单。你主动填写并提交时，我们收集：姓名、公司/组织（选填）、邮箱、电话（选填）、咨询方向与留言内容。\n",
        "您提交咨询表单时，我们会收集您的姓名、邮箱和电话。\n",
    ],
)
def test_the_persons_act_then_the_data_is_a_function(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/functions") == "covered"
    assert file_verdict(P49 / "aiwowo-zh" / "markdown.ts", "cn-gbt35273/functions") == ("covered", 255)


@pytest.mark.parametrize("text", ["您提交咨询表单时，我们不会收集您的姓名或电话。\n", "您使用本应用时，我们会收集您的设备信息。\n"])
def test_a_denial_or_the_app_used_as_a_whole_is_no_function(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/functions") == "missing"


# --- us-ccpa/purposes: a use list under a heading about use (the open class of profiles48 socialperks-en) -------------------

_USE_LIST = (
    "## {heading}\n\n- Provide, maintain, and improve the Platform\n- Detect and prevent fraud and abuse\n- Provide customer support\n"
)


def test_a_use_list_under_a_use_heading_states_the_ccpa_purposes() -> None:
    found = profile_verdict(_USE_LIST.format(heading="3. How We Use Your Information"), "us-ccpa/purposes")
    assert (str(found.status), found.evidence.line) == ("covered", 5)
    socialperks = EVAL / "profiles48" / "docs" / "socialperks-en" / "page.tsx"
    assert file_verdict(socialperks, "us-ccpa/purposes") == ("covered", 98)


@pytest.mark.parametrize("heading", ["Cookies and Tracking", "Third-Party Services", "Your Rights"])
def test_the_same_list_under_another_heading_states_none(heading: str) -> None:
    assert profile_status(_USE_LIST.format(heading=heading), "us-ccpa/purposes") == "missing"
