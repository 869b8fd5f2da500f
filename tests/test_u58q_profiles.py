"""Issue #14 classes of eval/profiles57q's misses (u58q; not blind: the set was spent as m57p's final blind measure).

- A team named by its role alone (「开发团队（以下简称"我们"）」) names no processor; a named team (「星辰团队」「UIH团队」) does.
- Taiwan: a company that keeps the Act in a consent's opening is the agency; 原廠 (the manufacturer) given the data is a
  recipient; 以電子檔案形式 is a means of use; data not complete or made up with its effect is the effect of not providing.
- Taiwan: a city government named, then speaking as 本府 that collects, is the agency; 以利 a handling and 於…辦理案件時利用 are
  purposes; 於各機關管轄區域…內使用 is the area.
- Joint processors in 【A/B】 after the processor's label name the processor; a template slot in 【】 never does.
- Rights granted as nouns in one sentence (「您享有查阅权、…导出权、撤回同意权和注销权」) with a way in the section.
- ningde-zh: a rights list item 「请求删除…」; a complaint pointed to the contacts above; a request to read the notice cited last
  for the methods; a service only maybe aimed at children one day makes no sensitive data.
- daina-zh: 业务转让时的信息转移 is a transfer; ailibrary-zh: 登录系统查阅 is a way to exercise the rights.
- fantastic-en: data from a kind of service under a 'Third-Party Information' heading is an Art. 14 source.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status

_MAIL = "\n\n如有问题，请发送邮件至 help@example-mail.com。\n"


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("开发团队", "missing"),
        ("运营团队", "missing"),
        ("项目组", "missing"),
        ("由开发团队", "missing"),
        # a named team or studio names the processor
        ("星辰团队", "covered"),
        ("星辰开发团队", "covered"),
        ("星辰工作室", "covered"),
        ("UIH团队", "covered"),
    ],
)
def test_a_team_named_by_its_role_alone_names_no_processor(name: str, status: str) -> None:
    text = f'{name}（以下简称"我们"）非常重视用户的隐私。' + _MAIL
    assert profile_status(text, "cn-pipl/processor") == status
    assert profile_status(text, "cn-gbt35273/identity-contact") == status


@pytest.mark.parametrize(
    ("text", "item", "status"),
    [
        ("偉鉅股份有限公司遵守個人資訊保護法等相關法律，致力於保護顧客個人資料。", "tw-pdpa/agency", "covered"),
        ("大安股份有限公司依照個人資料保護法蒐集您的個人資料。", "tw-pdpa/agency", "covered"),
        # the Act kept by no named company, or by a partner
        ("本公司遵守個人資訊保護法等相關法律，致力於保護顧客個人資料。", "tw-pdpa/agency", "missing"),
        ("合作廠商大安股份有限公司遵守個人資料保護法，保護您的個人資料。", "tw-pdpa/agency", "missing"),
        ("並以電子檔案形式供原廠壯生醫療器材股份有限公司用於審核保固相關資料處理與使用。", "tw-pdpa/recipients", "covered"),
        ("您的個人資料僅供您個人使用。", "tw-pdpa/recipients", "missing"),
        ("並以電子檔案形式供原廠用於審核。", "tw-pdpa/methods", "covered"),
        ("本公司不以電子檔案形式提供您的資料。", "tw-pdpa/methods", "missing"),
        ("請以電子檔案形式上傳照片。", "tw-pdpa/methods", "missing"),
        ("如因資料未能備齊或造假，偉鉅股份有限公司將不負責賠償之責任。", "tw-pdpa/effect-of-not-providing", "covered"),
        ("若資料未備齊，恕不受理申請。", "tw-pdpa/effect-of-not-providing", "covered"),
        # no effect said, or the operator's own omission
        ("請備齊以下資料。", "tw-pdpa/effect-of-not-providing", "missing"),
    ],
)
def test_a_company_consent_form_in_taiwan(text: str, item: str, status: str) -> None:
    assert profile_status("## 告知事項\n\n" + text + "\n", item) == status


@pytest.mark.parametrize(
    ("text", "item", "status"),
    [
        (
            "歡迎使用臺中市政府服務e櫃檯，本網站所提供之各項網路服務，部分需要您提供個人資料，依法告知下列事項： (1) 本府獲取您的個人資料種類如下：姓名。",
            "tw-pdpa/agency",
            "covered",
        ),
        ("本府獲取您的個人資料種類如下：姓名。", "tw-pdpa/agency", "missing"),
        ("臺中市政府提醒您注意交通安全。", "tw-pdpa/agency", "missing"),
        ("申請人同意詳填聯絡電話及住址等通訊資訊，以利資料處理和郵寄作業進行。", "tw-pdpa/purposes", "covered"),
        ("您的個人資料將於機關辦理案件時利用，並保留至法定保存期限後銷毀。", "tw-pdpa/purposes", "covered"),
        ("您的個人資料不會於機關辦理案件時利用。", "tw-pdpa/purposes", "missing"),
        ("您的個人資料僅會於各機關管轄區域、業務範圍內使用。", "tw-pdpa/area", "covered"),
        ("您的個人資料僅會於業務範圍內使用。", "tw-pdpa/area", "missing"),
    ],
)
def test_a_government_notice_in_taiwan(text: str, item: str, status: str) -> None:
    assert profile_status("## 告知事項\n\n" + text + "\n", item) == status


_NINGDE_CONTACT = "\n\n## 联系我们\n\n兴业银行宁德分行\n\n联系地址：宁德市天湖东路6号\n"


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("【兴业银行宁德分行/人保财险宁德市分公司】", "covered"),
        ("【星辰科技有限公司】", "covered"),
        # a template slot in 【】 never covers
        ("【公司名称】", "missing"),
        ("【XX有限公司】", "missing"),
        ("【某某银行】", "missing"),
        ("【请填写公司全称】", "missing"),
        ("【】", "missing"),
    ],
)
def test_joint_processors_in_brackets_and_never_a_slot(value: str, status: str) -> None:
    text = f"## 一、个人信息处理者\n\n个人信息处理者：{value}\n" + _NINGDE_CONTACT
    assert profile_status(text, "cn-pipl/processor") == status
    assert profile_status(text, "cn-gbt35273/identity-contact") == status


_NOUNS = "## 四、您的权利\n\n根据《个人信息保护法》，您享有查阅权、更正权、删除权、导出权、撤回同意权和注销权。\n\n"


@pytest.mark.parametrize(
    ("text", "item", "status"),
    [
        (_NOUNS + "联系方式：privacy@example-mail.com\n", "cn-gbt35273/copy", "covered"),
        (_NOUNS + "联系方式：privacy@example-mail.com\n", "cn-gbt35273/withdraw-consent", "covered"),
        (_NOUNS + "联系方式：privacy@example-mail.com\n", "cn-gbt35273/close-account", "covered"),
        # no way in the section: a mention; one noun of a list of one is no grant of several
        (_NOUNS, "cn-gbt35273/withdraw-consent", "missing"),
        (_NOUNS, "cn-gbt35273/close-account", "missing"),
        ("## 四、您的权利\n\n您享有注销权。\n\n联系方式：privacy@example-mail.com\n", "cn-gbt35273/close-account", "missing"),
    ],
)
def test_rights_as_nouns_in_one_sentence_with_a_way(text: str, item: str, status: str) -> None:
    assert profile_status(text, item) == status


@pytest.mark.parametrize(
    ("text", "item", "status"),
    [
        (
            "## 七、权利\n\n您对自己的个人信息享有以下权利：\n\n1. 查询、查阅您的个人信息；\n2. 请求删除您的个人信息；\n",
            "cn-gbt35273/delete",
            "covered",
        ),
        ("## 七、权利\n\n您对自己的个人信息享有以下权利：\n\n1. 查询、查阅您的个人信息；\n", "cn-gbt35273/delete", "missing"),
        (
            "## 联系我们\n\n联系地址：宁德市天湖东路6号\n\n如您对本次个人信息处理活动存在疑问、意见或投诉，可以通过上述联系方式与我们取得联系。\n",
            "cn-gbt35273/complaint",
            "covered",
        ),
        # no contact given anywhere: the pointer is no channel
        (
            "## 联系我们\n\n如您对本次个人信息处理活动存在疑问、意见或投诉，可以通过上述联系方式与我们取得联系。\n",
            "cn-gbt35273/complaint",
            "missing",
        ),
        ("## 共享\n\n在以下情况下，我们可能会共享您的个人信息：\n\n- 业务转让时的信息转移\n", "cn-gbt35273/transfer", "covered"),
        ("## 共享\n\n我们会在业务转让时通知您。\n", "cn-gbt35273/transfer", "missing"),
    ],
)
def test_rights_items_complaints_and_transfers(text: str, item: str, status: str) -> None:
    assert profile_status(text, item) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("您有权登录系统查阅和更正您的个人信息。", "covered"),
        ("您可以登录后在个人中心删除您的个人信息。", "covered"),
        # logging in with no right exercised, or a third party's
        ("您可以登录系统使用我们的服务。", "missing"),
    ],
)
def test_a_right_exercised_by_logging_in(text: str, status: str) -> None:
    assert profile_status("## 您的权利\n\n" + text + "\n", "cn-pipl/rights") == status


_METHODS = "## 三、处理方式\n\n为保障您的知情权，在您填写问卷前，请您仔细阅读并充分理解本《个人信息处理告知书》。\n\n"


def test_a_request_to_read_the_notice_is_cited_last_for_the_methods() -> None:
    from profile_helpers import profile_verdict

    found = profile_verdict(_METHODS + "我们将通过您主动填写、提交问卷等方式收集您的个人信息。\n", "cn-gbt35273/methods")
    assert (found.status, found.evidence.line) == ("covered", 7)
    # alone, it still covers (cited last, not vetoed)
    assert profile_status(_METHODS, "cn-gbt35273/methods") == "covered"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("如本次问卷明确面向不满14周岁的未成年人，我们将按照法律法规要求制定专门的个人信息处理规则。", "not-applicable"),
        # children's data stated as processed
        ("对于不满14周岁的未成年人，我们会在其监护人同意的前提下收集和使用信息。", "missing"),
    ],
)
def test_a_service_only_maybe_aimed_at_children(text: str, status: str) -> None:
    assert profile_status("## 未成年人\n\n" + text + "\n", "cn-pipl/sensitive-necessity") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("### 3.3 Third-Party Information\n- Information from identity verification services\n", "covered"),
        ("### 3.3 Third-Party Information\n- Social media profile information (when you connect accounts)\n", "covered"),
        # not under such a heading, or the third parties' own services
        ("### 3.3 Account\n- Information from identity verification services\n", "not-applicable"),
        ("### 3.3 Third-Party Information\n- We use analytics services.\n", "not-applicable"),
    ],
)
def test_data_from_a_kind_of_service_under_a_third_party_heading(text: str, status: str) -> None:
    assert profile_status("## 3. Information We Collect\n\n" + text, "eu-gdpr/source") == status


_SET = ROOT / "eval/profiles57q/docs"


@pytest.mark.parametrize(
    ("path", "item", "verdict"),
    [
        ("ailibrary-zh/privacy.tsx", "cn-pipl/processor", ("missing", None)),
        ("ailibrary-zh/privacy.tsx", "cn-gbt35273/identity-contact", ("missing", None)),
        ("ailibrary-zh/privacy.tsx", "cn-pipl/rights", ("covered", 70)),
        ("mentor-tw/WarrantyAgreement.svelte", "tw-pdpa/agency", ("covered", 80)),
        ("mentor-tw/WarrantyAgreement.svelte", "tw-pdpa/recipients", ("covered", 80)),
        ("mentor-tw/WarrantyAgreement.svelte", "tw-pdpa/methods", ("covered", 80)),
        ("mentor-tw/WarrantyAgreement.svelte", "tw-pdpa/effect-of-not-providing", ("covered", 205)),
        ("taichung-tw/Register.vue", "tw-pdpa/agency", ("covered", 133)),
        ("taichung-tw/Register.vue", "tw-pdpa/purposes", ("covered", 128)),
        ("taichung-tw/Register.vue", "tw-pdpa/area", ("covered", 141)),
        ("ningde-zh/RiderSafetySurveyProject.jsx", "cn-pipl/processor", ("covered", 483)),
        ("ningde-zh/RiderSafetySurveyProject.jsx", "cn-gbt35273/identity-contact", ("covered", 483)),
        ("ningde-zh/RiderSafetySurveyProject.jsx", "cn-pipl/sensitive-necessity", ("not-applicable", None)),
        ("ningde-zh/RiderSafetySurveyProject.jsx", "cn-gbt35273/delete", ("covered", 528)),
        ("ningde-zh/RiderSafetySurveyProject.jsx", "cn-gbt35273/complaint", ("covered", 553)),
        ("ningde-zh/RiderSafetySurveyProject.jsx", "cn-gbt35273/methods", ("covered", 498)),
        # (u59r) the page's `sections` array is read now: each right is cited at its own item (annotated 58 / 60 and 256)
        ("tuandui-zh/PrivacyPage.tsx", "cn-gbt35273/copy", ("covered", 58)),
        ("tuandui-zh/PrivacyPage.tsx", "cn-gbt35273/close-account", ("covered", 60)),
        ("daina-zh/PrivacyPolicyPage.tsx", "cn-gbt35273/transfer", ("covered", 104)),
        ("fantastic-en/gdpr_privacy_policy.md", "eu-gdpr/source", ("covered", 34)),
        ("../../blind/profiles9/docs/umetavision-zh/隐私政策.md", "cn-pipl/processor", ("covered", 3)),
    ],
)
def test_profiles57q_documents(path: str, item: str, verdict: tuple[str, int | None]) -> None:
    assert file_verdict(_SET / path, item) == verdict
