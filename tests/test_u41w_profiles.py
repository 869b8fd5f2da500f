"""Profile verdict classes fixed in session 41 (u41w, issue #14) on eval/profiles41 dev (not blind: fixed from its read misses).

Each class is tested both ways, with the set's own lines as regression cases:
- cn-pipl/sensitive-necessity and cn-gbt35273/sensitive-marked: the statutory definition copied without 指 (「敏感个人信息是一旦泄露或者
  非法使用…，包括生物识别、宗教信仰…」, tigerzh-zh 30) and a sentence that only refers back to sensitive data as handled under the
  policy (「您的明示同意意味着这些敏感个人信息将按照本隐私政策…处理」) say nothing about what the policy processes; a sensitive kind
  collected still makes both apply;
- eu-gdpr in Hong Kong wording (radiance-hk): the 個人資料主任 is the officer to reach (dpo), not the Privacy Commissioner; a complaint
  to the 個人資料私隱專員公署 is a complaint to an authority, cooperation with it is not; 「隨時拒絕接收直接促銷訊息」 withdraws consent to
  marketing; 「停用必要 Cookie 可能影響網站功能」 says what not providing costs (requirement);
- tw-pdpa/categories: activity records in the Taiwanese spelling 紀錄 and log-in times (mbc-tw 66-72) are kinds of data; a lead-in
  with no kind is not;
- cn-pipl/rights: the wish to exercise one's rights that sends the reader to us, with the contact following in the same section
  (medconsult-zh 113-118); without a contact in the section it is no way;
- cn-gbt35273/security: measures of a named kind taken against named risks (tigerzh-zh 94, profiles40c xueba-zh, profiles39c
  bandpet-zh); measures with no risk or no kind named (profiles30 aiqg-zh), advice to the reader and a third party's measures do not;
- cn-gbt35273/sharing: a disclosure on a legal or government demand (tigerzh-zh 81) is cited after a sharing practice of the same list.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

# ---- the statutory definition of sensitive data -------------------------------------------------------------------

DEFINITION = (
    "个人信息是以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息，不包括匿名化处理后的信息。"
    "敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，"
    "包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。"
)
COLLECTS_NAME = "## 信息收集\n\n当您注册账户时，我们会收集您的姓名、邮箱地址。\n"


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles41 tigerzh-zh 30
        "## 我们如何收集和使用您的用户信息\n\n" + DEFINITION + "（我们将在本政策中对涉及到的敏感个人信息以粗体进行显著标识）。"
        "请在使用我们为您提供的服务前谨慎考虑，您的明示同意意味着这些敏感个人信息将按照本隐私政策阐明的目的和方式来进行处理。\n\n"
        + COLLECTS_NAME,
        "## 定义\n\n" + DEFINITION + "\n\n" + COLLECTS_NAME,
        "## 说明\n\n您的明示同意意味着这些敏感个人信息将按照本隐私政策阐明的目的和方式来进行处理。\n\n" + COLLECTS_NAME,
    ],
)
@pytest.mark.parametrize("item", ["cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked"])
def test_a_definition_of_sensitive_data_processes_none(text: str, item: str) -> None:
    assert status(text, item) == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "## 我们如何收集和使用您的用户信息\n\n" + DEFINITION + "\n\n## 实名认证\n\n实名认证时，我们会收集您的身份证号码和人脸信息。\n",
        "## 信息收集\n\n实名认证时，我们需要您提供身份证号码、人脸照片，您的明示同意意味着这些敏感个人信息将按照本隐私政策处理。\n",
    ],
)
@pytest.mark.parametrize("item", ["cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked"])
def test_sensitive_data_collected_beside_the_definition_still_applies(text: str, item: str) -> None:
    assert status(text, item) != "not-applicable"


# ---- eu-gdpr in Hong Kong wording ---------------------------------------------------------------------------------

CONTACT_HK = "## 九、聯絡我們\n\n如欲行使閣下的資料權利，請聯絡：\n\nRadiance Public Relations Limited\n\n個人資料主任\n\n電郵：hello@radiancehk.com\n"


def test_the_personal_data_officer_is_the_dpo() -> None:
    found = verdict(CONTACT_HK, "eu-gdpr/dpo")
    assert found.status == "covered" and "個人資料主任" in found.evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "## 聯絡我們\n\n如有疑問，請電郵 hello@example.org。\n",
        "## 投訴\n\n閣下可向香港個人資料私隱專員公署提出投訴。\n",  # the regulator, not an officer of ours
    ],
)
def test_no_officer_named_is_no_dpo(text: str) -> None:
    assert status(text, "eu-gdpr/dpo") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles41 radiance-hk 133
        "## 九、聯絡我們\n\n如閣下對我們處理查詢的方式不滿，亦可向香港個人資料私隱專員公署（www.pcpd.org.hk）提出投訴。\n",
        "## 您的权利\n\n如您认为我们的处理违法，您有权向网信部门投诉。\n",
    ],
)
def test_a_complaint_to_a_named_authority(text: str) -> None:
    assert status(text, "eu-gdpr/complaint") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 法律要求\n\n我們會配合個人資料私隱專員公署的調查及投訴處理。\n",
        "## 聯絡我們\n\n如有投訴，請電郵 hello@example.org。\n",
    ],
)
def test_cooperation_or_our_own_channel_is_no_complaint_to_an_authority(text: str) -> None:
    assert status(text, "eu-gdpr/complaint") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles41 radiance-hk 102
        "## 六、閣下的權利\n\n根據私隱條例，閣下享有以下權利：\n\n- 拒絕促銷：隨時拒絕接收直接促銷訊息\n",
        "## 推广\n\n您可以随时停止接收我们的营销短信。\n",
    ],
)
def test_marketing_refused_at_any_time_withdraws_consent(text: str) -> None:
    assert status(text, "eu-gdpr/withdraw-consent") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 推广\n\n我们会向您发送促销讯息。\n",
        "## 推广\n\n我们不会向您发送直接促销讯息。\n",
    ],
)
def test_marketing_sent_or_denied_withdraws_nothing(text: str) -> None:
    assert status(text, "eu-gdpr/withdraw-consent") == "missing"


def test_refused_cookies_with_the_cost_say_what_not_providing_costs() -> None:
    # eval/profiles41 radiance-hk 113
    text = (
        "## 七、Cookie 及追蹤技術\n\n本網站使用必要的 Cookie。閣下可透過瀏覽器設定管理 Cookie 偏好，惟停用必要 Cookie 可能影響網站功能。\n"
    )
    assert status(text, "eu-gdpr/requirement") == "covered"
    assert status(text, "tw-pdpa/effect-of-not-providing") == "covered"  # the pattern tw-pdpa had, now shared


def test_cookies_used_with_no_cost_say_nothing_of_requirement() -> None:
    text = "## Cookie\n\n本網站使用必要的 Cookie 以確保網站正常運作。\n"
    assert status(text, "eu-gdpr/requirement") == "missing"


# ---- tw-pdpa/categories: activity records -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles41 mbc-tw 66-72
        "## 5. 系統使用紀錄\n\n系統會記錄使用者的操作行為，包括：\n\n- 登入/登出時間\n- 資料查詢紀錄\n- 資料修改歷程\n",
        "## 資料蒐集\n\n我們會記錄您的瀏覽紀錄與交易紀錄。\n",
    ],
)
def test_activity_records_are_kinds_of_data(text: str) -> None:
    assert status(text, "tw-pdpa/categories") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 5. 系統使用\n\n系統會記錄下列事項：\n\n- 系統異常或故障\n- 收到可疑的系統警示\n",
        "## 紀錄\n\n我們不會記錄您的瀏覽紀錄。\n",
    ],
)
def test_no_kind_of_data_or_a_denial_is_no_category(text: str) -> None:
    assert status(text, "tw-pdpa/categories") == "missing"


# ---- cn-pipl/rights: the contact after the wish -------------------------------------------------------------------

RIGHTS = "## 6. 您的权利\n\n根据相关法律法规，您享有以下权利：\n\n- 查询、更正或删除您的个人信息\n- 撤回同意或限制信息处理\n\n"
WISH = "## 9. 联系我们\n\n如果您对本隐私政策有任何疑问或需要行使您的权利，请联系我们：\n\n"


def test_the_wish_to_exercise_rights_with_the_contact_in_its_section() -> None:
    # eval/profiles41 medconsult-zh 113-118
    found = verdict(RIGHTS + WISH + "邮箱：privacy@mediclinic.cn<br />\n电话：010-62345678\n", "cn-pipl/rights")
    assert found.status == "covered" and "行使您的权利" in found.evidence.text


@pytest.mark.parametrize(
    "tail",
    [
        "我们将尽快回复。\n",  # no contact in the section
        "邮箱：[请填写邮箱]\n",  # a template slot is none
    ],
)
def test_the_wish_without_a_contact_in_its_section_is_no_way(tail: str) -> None:
    assert status(RIGHTS + WISH + tail, "cn-pipl/rights") == "missing"


# ---- cn-gbt35273/security: measures against named risks (no measure, u47w2) --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles41 tigerzh-zh 94
        "## 信息保护\n\n我们采取了一系列安全措施来保护您的个人信息免受未经授权的访问、使用或泄露。然而，互联网上的数据传输并非百分之百安全。\n",
        # eval/profiles40c xueba-zh
        "## 资料保护\n\n学霸银行网将使用相应的技术，防止您的个人资料丢失、被盗用或遭窜改。\n",
    ],
)
def test_measures_against_named_risks_are_no_measure(text: str) -> None:
    # (u47w2) taken back: §5.5 asks for the measures taken, and these name none (docs/profiles.md, "generic security promises";
    # the annotations of both sets were changed)
    assert status(text, "cn-gbt35273/security") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 安全\n\n我们采用行业标准的安全措施保护您的信息。\n",  # no risk named: the rule asks for more
        # eval/profiles30 aiqg-zh 28: 「合理措施」 names no kind of measure (annotated missing there)
        "## 数据安全\n\n我们会采取合理措施保护数据安全，防止未经授权的访问、泄露、篡改或丢失。\n",
        "## 安全\n\n建议您采取安全措施，防止账号密码泄露。\n",  # advice to the reader
        "## 第三方\n\n第三方服务提供商会采取安全措施防止数据泄露。\n",  # a third party's measures
    ],
)
def test_measures_without_a_risk_advice_or_a_third_partys_do_not(text: str) -> None:
    assert status(text, "cn-gbt35273/security") == "missing"


# ---- cn-gbt35273/sharing: a legal demand cited after the sharing practice -----------------------------------------


def test_a_legal_demand_is_cited_after_the_sharing_practice() -> None:
    # eval/profiles41 tigerzh-zh 76-86
    text = (
        "## 信息分享\n\n我们不会出售、交易或转让您的个人信息给第三方。但在以下情况下，我们可能会与第三方分享您的信息：\n\n"
        "- 我们可能会根据法律法规、法院命令或政府要求披露您的个人信息。\n"
        "- 我们可能会与第三方服务提供商合作，以提供和维护我们的服务，这些服务提供商可能会访问您的个人信息。\n"
    )
    found = verdict(text, "cn-gbt35273/sharing")
    assert found.status == "covered" and "服务提供商" in found.evidence.text


def test_a_legal_demand_alone_still_covers() -> None:
    text = (
        "## 信息分享\n\n但在以下情况下，我们可能会与第三方分享您的信息：\n\n"
        "- 我们可能会根据法律法规、法院命令或政府要求披露您的个人信息。\n"
    )
    assert status(text, "cn-gbt35273/sharing") == "covered"  # demoted, not vetoed
