"""Issue #14, session 46 (u46w2): what the measure-only set eval/profiles46c and the blind set eval/profiles46 left, fixed as
classes.  Fixing from eval/profiles46c makes it not blind from now on (its README says so).

Each class is tested both ways, and the real lines are kept as regressions:

- precision: a right that names a legal basis is not the controller stating its basis (「Object to processing based on
  legitimate interests or for marketing.」, doracomply-en 244: eu-gdpr/legal-basis was covered and legitimate-interests
  applied); a right listing what the business does (「the right to know what personal information we collect, use,
  disclose, and sell」, puraclean-en 93) says nothing about whether it sells (us-ccpa/sold-or-shared);
- citing lines: a duty to notify the supervisory authority of a breach is no right to complain (doracomply-en 290 → 326);
  a list of what a document contains (「we provide Data Processing Agreements (DPAs) that detail: … Sub-processor
  information」) is no recipient (doracomply-en 265 → the sub-processor table);
- tw-pdpa: an organisation that is not a company (a church, 「The Hope 教會…蒐集」) named as the one that collects is the agency;
  a numbered label (「4.1 對象：」) is a label; the place of use joined to a period after one 於 (「於…期間及台灣境內」), and 運用 as a
  verb of use, give the area;
- GB/T: 服务提供方 is a kind of recipient; 「必要信息缺失可能导致部分服务无法继续提供」 is the effect of not providing;
- a web address inside the brackets that define the alias (「OutEye Edu（edu.outeye.top，以下简称「本平台」）」) still defines it;
  a Chinese "name" ending in a preposition (「本政策适用于（以下简称「本平台」）」) names nobody;
- eval/profiles46 leftovers: the Act's own checklist quoted (「應明確告知臺端下列事項：… 2. 蒐集之目的。… 6. …不提供將對其權益之
  影響。」) covers no tw-pdpa item, nor does the Art. 11 right once the purpose is gone (kinmen-tw 75, 80, 82, 109); a named
  university's own system that collects, with its contact office and number, names the processor (nenuauth-zh 11).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from profile_helpers import cited_line_number, file_verdict, paragraphs, profile_status

ROOT = Path(__file__).resolve().parent.parent
C46 = ROOT / "eval" / "profiles46c" / "docs"
DORA = C46 / "doracomply-en" / "page.tsx"
PURA = C46 / "puraclean-en" / "Privacy.jsx"
HOPE = C46 / "thehope-tw" / "ConfPrivacyPolicy.tsx"
ZHIJIAN = C46 / "zhijian-zh" / "Login.vue"
OUTEYE = C46 / "outeye-zh" / "page.tsx"
D46 = ROOT / "eval" / "profiles46" / "docs"
KINMEN = D46 / "kinmen-tw" / "PersonalModal.jsx"
NENU = D46 / "nenuauth-zh" / "activate.ts"


# 1. A right that names a basis, or lists what the business does, states neither.
@pytest.mark.parametrize(
    "text",
    [
        paragraphs("## Right to Object (Art. 21)", "Object to processing based on legitimate interests or for marketing."),
        "You have the right to object to processing based on our legitimate interests.\n",
        "Sie haben das Recht auf Widerspruch. You may object to the use of your data based on legitimate interests.\n",
    ],
)
def test_a_right_naming_a_basis_is_no_basis(text: str) -> None:
    assert profile_status(text, "eu-gdpr/legal-basis") == "missing"
    assert profile_status(text, "eu-gdpr/legitimate-interests") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "We process your data based on our legitimate interests in keeping the service secure.\n",
        paragraphs("We rely on our legitimate interests to prevent fraud.", "You may object to processing based on legitimate interests."),
    ],
)
def test_the_controller_relying_on_legitimate_interests_still_names_the_basis(text: str) -> None:
    assert profile_status(text, "eu-gdpr/legal-basis") == "covered"
    assert profile_status(text, "eu-gdpr/legitimate-interests") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "If you are a California resident, you have certain additional rights under the CCPA. These include the right to know what"
        " personal information we collect, use, disclose, and sell; the right to request deletion of your personal information.\n",
        "You have the right to request the categories of personal information we sold about you.\n",
        "您有权了解我们收集、使用和出售了哪些个人信息。\n",
    ],
)
def test_a_right_listing_a_sale_is_no_sale_statement(text: str) -> None:
    assert profile_status(text, "us-ccpa/sold-or-shared") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        paragraphs(
            "You have the right to know what personal information we collect, use, disclose, and sell.",
            "We do not sell your personal information.",
        ),
        "In the past 12 months we have sold identifiers and internet activity information to advertising partners.\n",
    ],
)
def test_a_sale_stated_or_denied_still_covers(text: str) -> None:
    assert profile_status(text, "us-ccpa/sold-or-shared") == "covered"


# 2. Wrong lines: a breach duty is no complaint; a document's contents are no recipients.
BREACH = paragraphs("In the event of a personal data breach, we will:", "- Notify the relevant supervisory authority within 72 hours")
COMPLAINT = "You have the right to lodge a complaint with a supervisory authority.\n"


def test_a_breach_notice_to_the_authority_is_no_complaint() -> None:
    assert profile_status(BREACH, "eu-gdpr/complaint") == "missing"
    assert (
        profile_status("We will inform the data protection authority of any breach without undue delay.\n", "eu-gdpr/complaint")
        == "missing"
    )


def test_a_complaint_after_a_breach_notice_is_cited() -> None:
    assert cited_line_number(BREACH + "\n" + COMPLAINT, "eu-gdpr/complaint") == 7
    text = "We will notify the supervisory authority of a breach; you may also complain to the supervisory authority.\n"
    assert profile_status(text, "eu-gdpr/complaint") == "covered"


DPA_LIST = paragraphs(
    "For enterprise customers, we provide Data Processing Agreements (DPAs) that detail:",
    "- The scope and purpose of data processing\n- Sub-processor information\n- Audit rights",
)


def test_a_list_of_what_a_dpa_details_is_no_recipient() -> None:
    assert profile_status(DPA_LIST, "eu-gdpr/recipients") == "missing"


def test_sub_processors_named_after_a_dpa_list_are_cited() -> None:
    table = paragraphs("| Provider | Purpose | Location |\n|---|---|---|\n| Supabase (AWS) | Database | EU |")
    assert cited_line_number(DPA_LIST + "\n" + table, "eu-gdpr/recipients") == 11
    assert profile_status("We share your data with our hosting providers.\n", "eu-gdpr/recipients") == "covered"


# 3. Misses.
@pytest.mark.parametrize(
    "text",
    [
        "個人資料蒐集之目的及利用於適用法律允許的範圍內，The Hope 教會基於以下目的蒐集您的個人資料：活動聯繫。\n",
        "個人資料蒐集之目的，光明教會基於以下目的蒐集您的個人資料：活動聯繫。\n",
        "為辦理會員服務，台北市登山協會將蒐集您的姓名及電話。\n",
    ],
)
def test_an_organisation_that_collects_is_the_agency(text: str) -> None:
    assert profile_status(text, "tw-pdpa/agency") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "本公司與台北市醫師公會合作，台北市醫師公會將代為蒐集您的資料。\n",
        "第三方：XX協會將蒐集您的資料。\n",
        "您可加入 Runners 俱樂部，並參加活動。\n",
        "個人資料蒐集之目的，光明教會不會蒐集您的個人資料。\n",
    ],
)
def test_an_organisation_collecting_for_others_or_not_at_all_is_no_agency(text: str) -> None:
    assert profile_status(text, "tw-pdpa/agency") == "missing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4.1 對象：僅限本會內部相關單位或經授權之合作機構使用。\n", "covered"),
        ("2.3.1 對象：本公司及受託廠商。\n", "covered"),
        ("4.1 對象：\n", "missing"),
    ],
)
def test_a_numbered_recipients_label(text: str, expected: str) -> None:
    assert profile_status(text, "tw-pdpa/recipients") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本會僅會基於您授權的範圍，於會員存續期間或法律另有規定之保存期間及台灣境內、或基於活動需求且經您授權後跨境而於前開蒐集目的範圍內為作業之必要運用個人資料。\n",
            "covered",
        ),
        ("本公司僅會於台灣境內運用個人資料。\n", "covered"),
        ("本公司於會員存續期間及法律規定之期間內保存您的資料。\n", "missing"),
    ],
)
def test_the_area_joined_to_a_period_and_used_with_yunyong(text: str, expected: str) -> None:
    assert profile_status(text, "tw-pdpa/area") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("为实现系统托管、存储或智能分析等必要功能，可能向服务提供方委托处理与功能所需的最小范围信息。\n", "covered"),
        ("我们会在必要时联系服务提供方的客服。\n", "missing"),
    ],
)
def test_a_service_provider_called_tigongfang_is_a_recipient(text: str, expected: str) -> None:
    assert profile_status(text, "cn-gbt35273/sharing") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("撤回同意不影响撤回前已开展的处理；必要信息缺失可能导致部分服务无法继续提供。\n", "covered"),
        ("必要資料缺失可能導致您無法參加活動。\n", "covered"),
        ("日志数据缺失可能导致统计结果不准确。\n", "missing"),
    ],
)
@pytest.mark.parametrize("item", ["cn-gbt35273/effect-of-not-providing", "tw-pdpa/effect-of-not-providing"])
def test_data_missing_with_the_service_lost_is_the_effect(text: str, expected: str, item: str) -> None:
    assert profile_status(text, item) == expected


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        ("本政策适用于 OutEye Edu（edu.outeye.top，以下简称「本平台」）提供的服务。", "covered"),
        ("本政策适用于 OutEye Edu（https://edu.outeye.top，以下简称“我们”）提供的服务。", "covered"),
        ("本政策适用于（edu.outeye.top，以下简称「本平台」）提供的服务。", "missing"),
        ("本政策适用于（以下简称「本平台」）提供的服务。", "missing"),
    ],
)
@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
def test_a_web_address_inside_the_alias_brackets(intro: str, expected: str, item: str) -> None:
    assert profile_status(paragraphs(intro, "如有问题请联系 support@outeye.top。"), item) == expected


# 4. profiles46 leftovers.
CHECKLIST = paragraphs(
    "金門縣政府(以下簡稱本府)向臺端蒐集個人資料時，依據個人資料保護法第八條第一項規定，應明確告知臺端下列事項：",
    "1. 公務機關名稱。\n2. 蒐集之目的。\n3. 個人資料之類別。\n4. 個人資料利用之期間、地區、對象及方式。\n"
    "5. 當事人依個資法第三條規定得行使之權利及方式。\n6. 當事人得自由選擇提供個人資料時，不提供將對其權益之影響。",
)


@pytest.mark.parametrize(
    "item",
    [
        "tw-pdpa/purposes",
        "tw-pdpa/categories",
        "tw-pdpa/area",
        "tw-pdpa/recipients",
        "tw-pdpa/methods",
        "tw-pdpa/rights",
        "tw-pdpa/effect-of-not-providing",
    ],
)
def test_the_acts_checklist_quoted_covers_nothing(item: str) -> None:
    assert profile_status(CHECKLIST, item) == "missing"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("二、蒐集之目的：會員管理及行銷。\n", "tw-pdpa/purposes"),
        ("臺端若拒絕提供相關個人資料，本府將無法提供臺端相關服務。\n", "tw-pdpa/effect-of-not-providing"),
        ("3. 個人資料之類別：姓名、電話及電子郵件。\n", "tw-pdpa/categories"),
    ],
)
def test_the_checklist_labels_with_their_values_still_cover(text: str, item: str) -> None:
    assert profile_status(text, item) == "covered"


def test_the_right_once_the_purpose_is_gone_is_no_purpose() -> None:
    text = "依個資法第十一條第三項規定，個人資料蒐集之特定目的消失或期限屆滿時，得向本府請求刪除、停止處理或利用臺端之個人資料。\n"
    assert profile_status(text, "tw-pdpa/purposes") == "missing"


UNIVERSITY = "东北师范大学统一身份认证系统依据法律法规收集和使用您的个人信息。"
OFFICE = "联系人：东北师范大学信息化管理与规划办公室\n\n联系方式：0431-85099900"


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
def test_a_universitys_own_system_with_its_office_is_the_processor(item: str) -> None:
    assert profile_status(paragraphs(UNIVERSITY, OFFICE), item) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        paragraphs(UNIVERSITY, "如有问题，请联系我们。"),  # no way to reach it
        paragraphs("我们会将您的信息提供给合作方，东北师范大学统一身份认证系统不会收集您的个人信息。", "电话：0431-85099900"),
    ],
)
def test_no_contact_or_no_collection_names_no_institution(text: str) -> None:
    assert profile_status(text, "cn-pipl/processor") == "missing"


# Regressions on the real documents.
def test_doracomply_regressions() -> None:
    assert file_verdict(DORA, "eu-gdpr/legal-basis") == ("missing", None)
    assert file_verdict(DORA, "eu-gdpr/legitimate-interests") == ("not-applicable", None)
    assert file_verdict(DORA, "eu-gdpr/complaint") == ("covered", 326)
    status, line = file_verdict(DORA, "eu-gdpr/recipients")
    assert status == "covered" and line is not None and 296 <= line <= 318


def test_puraclean_regression() -> None:
    assert file_verdict(PURA, "us-ccpa/sold-or-shared") == ("missing", None)


def test_thehope_regressions() -> None:
    assert file_verdict(HOPE, "tw-pdpa/agency")[0] == "covered"
    assert file_verdict(HOPE, "tw-pdpa/agency")[1] in (22, 23)
    assert file_verdict(HOPE, "tw-pdpa/recipients") == ("covered", 41)
    assert file_verdict(HOPE, "tw-pdpa/area") == ("covered", 32)


def test_zhijian_regressions() -> None:
    assert file_verdict(ZHIJIAN, "cn-gbt35273/sharing") == ("covered", 290)
    assert file_verdict(ZHIJIAN, "cn-gbt35273/effect-of-not-providing") == ("covered", 298)


@pytest.mark.parametrize("item", ["cn-pipl/processor", "cn-gbt35273/identity-contact"])
def test_outeye_and_nenuauth_regressions(item: str) -> None:
    assert file_verdict(OUTEYE, item) == ("covered", 15)
    assert file_verdict(NENU, item) == ("covered", 11)


def test_kinmen_regressions() -> None:
    # (u54w) cited at the <br> line holding the purposes (121), not the label 「特定目的說明 <br />」 (120); both annotated
    assert file_verdict(KINMEN, "tw-pdpa/purposes") == ("covered", 121)
    assert file_verdict(KINMEN, "tw-pdpa/rights") == ("missing", None)
    assert file_verdict(KINMEN, "tw-pdpa/effect-of-not-providing") == ("covered", 116)
