"""Fifty-fifth session, helper u55w (issue #14, required-disclosure profiles):

- a list item read after its heading whose match takes the right's words from the heading must be about the person's data:
  a product's feature list (「…模板信息，包括查询、添加、修改、删除」) under 「（一）查询和更正您的个人信息」 is no right to correct or
  delete (`matcher._item_vetoed`, `{feature_ops_u55w}`; eval/profiles53q jixintong-zh 135), and a subsection titled as the
  right whose items are the cases of GB/T §8.3 (「（二）删除个人信息」 + 「1．如果我们处理个人信息的行为违反法律法规；」) discloses
  the deletion right (jixintong-zh 138);
- eval/profiles54w heixiazi-zh (held out in session 54): location said with its use and the cost of turning the permission
  off is the necessity of sensitive data (cn-pipl, 52); minors barred only without a guardian's consent have a rule (cn-pipl/minors
  applies and is covered, 103); an integrated SDK whose provider collects in the next sentence is a GB/T method (61);
- a service run abroad with no transfer verb (eu-gdpr transfers, GB/T cross-border; decided in docs/profiles.md), profiles54q's
  remaining disagreements (tw-pdpa rights pointer, purposes, source; eu-gdpr source), and a heading given as a script
  dictionary's key value is a title (`clauses._KEY_TITLE`; profiles53q growhub-hk 383 → 384).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_verdict

P53Q = ROOT / "eval" / "profiles53q" / "docs"

# --- a product's feature list under the right's heading ----------------------------------------------------------------

_RIGHTS = "## 七、您的权利\n\n### （一）查询和更正您的个人信息\n\n"
_RIGHT_ITEM = "2. 您有权对错误或不完整的信息做出更正。您可以自行进行更正，或通过意见反馈联系我们。\n"


@pytest.mark.parametrize(
    "item",
    [
        "1. 您可以随时登录平台，在“模板配置”中查看短信模板信息，包括查询、添加、修改、删除。",
        "1. 您可以隨時登入平台，在「範本設定」中查看簡訊範本資訊（查詢、新增、修改、刪除）。",
    ],
)
def test_a_feature_list_under_the_rights_heading_is_no_right(item: str) -> None:
    text = _RIGHTS + item + "\n" + _RIGHT_ITEM
    found = profile_verdict(text, "cn-gbt35273/correct")
    assert (found.status, found.evidence.line) == ("covered", 8), found  # the right (item 2), not the feature list (7)
    assert profile_verdict(text, "cn-gbt35273/delete").status == "missing"


@pytest.mark.parametrize("item", ["1. 您可以随时登录平台，查看和更正您的昵称、头像。", "1. 您可以随时登录平台查看。"])
def test_an_item_about_the_persons_data_under_the_heading_is_still_cited(item: str) -> None:
    found = profile_verdict(_RIGHTS + item + "\n" + _RIGHT_ITEM, "cn-gbt35273/correct")
    assert (found.status, found.evidence.line) == ("covered", 7), found


@pytest.mark.parametrize(
    "text",
    [
        "## 七、您的权利\n\n### （二）删除个人信息\n\n1. 如果我们处理个人信息的行为违反法律法规；\n2. 如果我们收集、使用您的个人信息，却未征得您的同意；\n",
        "## 七、您的權利\n\n### （二）刪除個人資料\n\n1. 如果我們處理個人資料的行為違反法律法規；\n",
    ],
)
def test_the_deletion_cases_under_a_title_naming_the_right(text: str) -> None:
    found = profile_verdict(text, "cn-gbt35273/delete")
    assert (found.status, found.evidence.line) == ("covered", 7), found


@pytest.mark.parametrize(
    "text",
    [
        "## 七、安全\n\n我们收集、使用您的个人信息不会违反法律法规。我们会删除个人信息。\n",
        "## 七、您的权利\n\n### （二）我们的承诺\n\n1. 如果我们处理个人信息的行为违反法律法规，我们将承担责任；\n",
    ],
)
def test_the_cases_without_the_title_or_the_title_without_cases_are_no_right(text: str) -> None:
    assert profile_verdict(text, "cn-gbt35273/delete").status == "missing"


def test_jixintong_correct_and_delete_are_cited_at_the_right() -> None:
    path = P53Q / "jixintong-zh" / "login.vue"
    assert file_verdict(path, "cn-gbt35273/correct") == ("covered", 136)
    assert file_verdict(path, "cn-gbt35273/delete") == ("covered", 138)


# --- heixiazi-zh's held-out misses: location necessity, minors with a guardian's consent, GB/T methods through an SDK ---------

P54W = ROOT / "eval" / "profiles54w" / "docs"
_PRECISE = "## 二、第三方\n\n高德地图 SDK 会获取您的精确位置。\n\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("我们会收集您的位置信息，用于记录起飞和降落地点。您可以随时在系统设置中关闭位置权限，但这将导致记录功能无法使用。", "covered"),
        ("我們會收集您的位置資訊，用於記錄起飛和降落地點。您可以隨時在系統設定中關閉位置權限，但這將導致記錄功能無法使用。", "covered"),
        ("我们会收集您的位置信息，用于记录起飞和降落地点。您可以随时在系统设置中关闭位置权限。", "missing"),  # no cost said
        ("我们会收集您的设备信息，用于保障安全。您可以关闭通知权限，但这将导致无法收到提醒。", "missing"),  # not location
    ],
)
def test_location_with_its_use_and_the_cost_of_turning_it_off_is_the_necessity(text: str, status: str) -> None:
    found = profile_verdict("## 一、收集\n\n" + text + "\n\n" + _PRECISE, "cn-pipl/sensitive-necessity")
    assert found.status == status, found
    assert status == "missing" or found.evidence.line == 5, found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "我们的产品主要面向成年人。如果没有父母或监护人的同意，不满 14 周岁的儿童不应创建自己的个人信息。"
            "如果我们发现在未获得监护人同意的情况下收集了儿童信息，我们会设法尽快删除。",
            "covered",
        ),
        (
            "我們的產品主要面向成年人。如果沒有父母或監護人的同意，未滿 14 歲的兒童不應建立自己的個人資料。"
            "如果我們發現在未獲得監護人同意的情況下收集了兒童資料，我們會設法盡快刪除。",
            "covered",
        ),
        (
            "Our product is meant for adults. Children under 14 must not create an account without a parent's consent. "
            "If we find that we collected a child's information without a guardian's consent, we will delete it.",
            "covered",
        ),
        # meant for adults, data found collected without consent deleted: no rule that asks for one (u49w)
        ("本平台面向具备完全民事行为能力的成年人。若我们发现在未获得监护人同意的情况下收集了未成年人信息，将尽快删除。", "not-applicable"),
    ],
)
def test_minors_barred_only_without_a_guardians_consent_have_a_rule(text: str, status: str) -> None:
    assert profile_verdict("## 五、儿童\n\n" + text + "\n", "cn-pipl/minors").status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("我们的 App 中集成了高德地图 SDK。在您使用相关功能时，该第三方服务商将收集您的相关个人信息。", "covered"),
        ("我們的 App 中整合了高德地圖 SDK。在您使用相關功能時，該第三方服務商將收集您的相關個人資料。", "covered"),
        ("我们的 App 中集成了高德地图 SDK。该服务商不会收集您的个人信息。", "missing"),
        ("我们的 App 中集成了高德地图 SDK。该服务商将向您提供地图服务。", "missing"),
    ],
)
def test_the_integrated_sdks_provider_collecting_in_the_next_sentence_is_a_method(text: str, status: str) -> None:
    found = profile_verdict("## 二、SDK\n\n" + text + "\n", "cn-gbt35273/methods")
    assert found.status == status, found


def test_heixiazi_held_out_misses() -> None:
    path = P54W / "heixiazi-zh" / "privacy-policy.tsx"
    assert file_verdict(path, "cn-pipl/sensitive-necessity") == ("covered", 52)
    assert file_verdict(path, "cn-pipl/minors") == ("covered", 103)
    assert file_verdict(path, "cn-gbt35273/methods") == ("covered", 61)


# --- a service run abroad with no transfer verb -------------------------------------------------------------------------

_BODY_EN = "## Storage\n\nWe collect your email address to run the service.\n\n"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Your data is stored on servers located in mainland China.", "missing"),  # applies; no safeguard named
        ("The Service is operated from the United States and your information is processed there.", "missing"),
        ("All data is stored on servers in the United States.", "missing"),
        ("Your data is stored on servers located in Frankfurt, Germany.", "not-applicable"),
        ("Our office is located at 1 Market St, San Francisco, USA.", "not-applicable"),
        ("Notifications pass through Google servers (outside China).", "not-applicable"),
        # (u55r) denied: no transfer (not-applicable on base55)
        ("Our service is not operated from the United States; all data stays in the EU.", "not-applicable"),
        ("Nothing here is hosted from China or the United States.", "not-applicable"),
    ],
)
def test_eu_gdpr_data_kept_in_a_named_third_country_is_a_transfer(sentence: str, status: str) -> None:
    assert profile_verdict(_BODY_EN + sentence + "\n", "eu-gdpr/transfers").status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("我们的服务器部署在境外。", "covered"),
        ("服务器均位于境内。", "covered"),
        ("本应用的运营主体位于香港，您的数据在香港处理。", "covered"),
        ("資料於新加坡儲存。", "covered"),
        ("如果您在境外使用本服务，您的数据在境外处理。", "missing"),
        ("您所在地区的数据在当地处理。", "missing"),
    ],
)
def test_gbt_storage_place_said_without_a_transfer_verb(sentence: str, status: str) -> None:
    found = profile_verdict("## 存储\n\n我们收集您的手机号用于登录。\n\n" + sentence + "\n", "cn-gbt35273/cross-border")
    assert found.status == status, found


@pytest.mark.parametrize(
    ("sentence", "status"), [("我们的服务器部署在境外。", "missing"), ("本公司注册地址：新加坡乌节路1号。", "not-applicable")]
)
def test_cn_pipl_servers_abroad_apply_an_address_abroad_does_not(sentence: str, status: str) -> None:
    assert profile_verdict("## 存储\n\n我们收集您的手机号用于登录。\n\n" + sentence + "\n", "cn-pipl/abroad-recipient").status == status


# --- profiles54q's remaining disagreements ---------------------------------------------------------------------------------

P54Q = ROOT / "eval" / "profiles54q" / "docs"
_TW_RIGHTS = (
    "## 5. 當事人權利行使\n\n依據個資法第 3 條，您就本公司所保有之個人資料，得行使以下權利：\n\n"
    "1. 查詢或請求閱覽\n2. 請求製給複製本\n3. 請求刪除\n\n"
)
_TW_CONTACT = "## 10. 聯繫方式\n\n電子郵件：service@tianhe-design.com.tw\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (_TW_RIGHTS + "行使上述權利，請透過下列方式聯繫本公司，本公司將於收到申請後 30 日內回覆處理結果。\n\n" + _TW_CONTACT, "covered"),
        (_TW_RIGHTS + "行使上述權利，請透過下列方式聯繫本公司。\n\n## 10. 其他\n\n本政策如有修訂將公告。\n", "missing"),  # no contact given
        (_TW_RIGHTS + "如您對本政策有任何疑問，請透過下列方式聯繫本公司。\n\n" + _TW_CONTACT, "missing"),  # a question, no request
    ],
)
def test_tw_rights_way_pointed_to_the_contact_details_below(text: str, status: str) -> None:
    assert profile_verdict(text, "tw-pdpa/rights").status == status


_TERMS = "## 5. 使用者義務與禁止行為\n\n使用者同意於使用本網站時，不得從事以下行為：\n\n"


def test_a_prohibited_conduct_list_is_no_source_and_no_purpose() -> None:
    text = "## 2. 蒐集目的\n\n本公司蒐集個人資料之目的為行銷、客戶管理與服務。\n\n" + _TERMS
    text += "- 將本網站用於任何違反中華民國法律或國際法之目的\n- 冒充他人身分或提供虛偽不實之資訊\n"
    assert profile_verdict(text, "tw-pdpa/source").status == "not-applicable"
    found = profile_verdict(text, "tw-pdpa/purposes")
    assert (found.status, found.evidence.line) == ("covered", 5), found
    # data obtained from others is still a source
    assert profile_verdict("## 來源\n\n本公司可能自合作夥伴處取得您的姓名。\n", "tw-pdpa/source").status != "not-applicable"


def test_the_purpose_qualifying_a_means_of_use_is_no_purpose() -> None:
    method = "(四) 方式：以書面、電話、電子郵件或其他基於蒐集目的且合於當時科學技術之適當方式利用。"
    found = profile_verdict("## 利用\n\n" + method + "\n\n## 目的\n\n本公司蒐集您的資料，用於客戶服務與行銷。\n", "tw-pdpa/purposes")
    assert (found.status, found.evidence.line) == ("covered", 9), found


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("- **Personal Information Collected**: OpenID, UnionID, nickname, avatar returned by WeChat Open Platform", "covered"),
        ("When you sign in with Apple, your name and e-mail provided to us by Apple are stored.", "covered"),
        ("微信登录：由微信开放平台返回的 OpenID、昵称、头像。", "covered"),
        ("微信登入：由微信開放平台返回的 OpenID、暱稱、頭像。", "covered"),
        ("Hosting is provided by Google Cloud.", "not-applicable"),
        ("Your data is returned by you when you export it.", "not-applicable"),
        # content, a vendor's statement or infrastructure provided by a company (blind/profiles15 blueangel-en 272, profiles32
        # aurora-en 57, profiles53b weisuan-zh-en 314: each turned wrong with a first, wider form)
        ("Weather data is provided by Open-Meteo under the CC-BY 4.0 licence.", "not-applicable"),
        ("According to the information provided by Adobe, no cookies will be stored.", "not-applicable"),
        ("Our Website data is primarily stored on infrastructure provided by Netlify.", "not-applicable"),
        ("We only receive the order ID, payment status, and product ID returned by Creem.", "covered"),
        ("Order information returned by the payment channel is stored.", "covered"),  # the kind of source
        ("The result returned by the payment channel is shown to you.", "not-applicable"),
    ],
)
def test_eu_gdpr_data_a_named_platform_returns_is_a_source(sentence: str, status: str) -> None:
    body = "## Information we collect\n\nWe collect your email address to run the service.\n\n"
    assert profile_verdict(body + sentence + "\n", "eu-gdpr/source").status == status


def test_profiles54q_documents() -> None:
    powerchi = P54Q / "powerchi-tw" / "LegalPageSeeder.php"
    assert file_verdict(powerchi, "tw-pdpa/rights") == ("covered", 126)
    assert file_verdict(powerchi, "tw-pdpa/purposes") == ("covered", 68)
    assert file_verdict(powerchi, "tw-pdpa/source") == ("not-applicable", None)
    assert file_verdict(P54Q / "changhong-tw" / "Footer.jsx", "tw-pdpa/purposes") == ("covered", 81)
    assert file_verdict(P54Q / "linkchest-en" / "PRIVACY_POLICY.md", "eu-gdpr/source") == ("covered", 235)
    chatgenius = ROOT / "eval" / "profiles53q" / "docs" / "chatgenius-en" / "PRIVACY.md"
    assert file_verdict(chatgenius, "eu-gdpr/source") == ("covered", 45)


# --- a heading given as a script dictionary's key value is a title, cited after the statements -------------------------

_I18N = """export const zh = {
  title: '私隱政策',
  sections: [
    {
      heading: '收集的資料',
      text: '本公司透過網站表格收集閣下的姓名及電郵地址，用於回覆查詢。',
    },
    {
      heading: '第三方披露及服務供應商',
      text: 'ZH_BODY',
    },
  ],
};
export const en = {
  sections: [
    {
      heading: 'Disclosure to Third Parties and Service Providers',
      text: 'EN_BODY',
    },
  ],
};
"""
_ZH_SHARE = (
    "除下列情況外，本公司不會向第三方披露閣下的個人資料：(a) 為處理查詢表格而使用的服務供應商（包括 Netlify）；(b) 法律要求的政府機關。"
)
_EN_SHARE = "We share your personal data with service providers (including Netlify for form processing) and government authorities."


@pytest.mark.parametrize(
    ("zh", "en", "lines"),
    [
        (_ZH_SHARE, _EN_SHARE, (10, 18)),  # the statements under the headings
        ("詳見下文。", "See below.", (9, 17)),  # the headings alone: still a fallback citation, as before
    ],
)
def test_a_dictionary_heading_value_is_cited_after_the_statements(tmp_path: Path, zh: str, en: str, lines: tuple[int, int]) -> None:
    path = tmp_path / "i18n.ts"
    path.write_text(_I18N.replace("ZH_BODY", zh).replace("EN_BODY", en), encoding="utf-8")
    assert file_verdict(path, "tw-pdpa/recipients") == ("covered", lines[0])
    assert file_verdict(path, "eu-gdpr/recipients") == ("covered", lines[1])


def test_growhub_recipients_cited_at_the_statement() -> None:
    path = ROOT / "eval" / "profiles53q" / "docs" / "growhub-hk" / "i18n.ts"
    assert file_verdict(path, "tw-pdpa/recipients") == ("covered", 384)
    assert file_verdict(path, "eu-gdpr/recipients") == ("covered", 384)


@pytest.mark.parametrize(
    "sentence",
    [
        "您可以在“我的-地址管理”中管理您的个人信息，包括添加、修改、删除您的收货地址。",
        "您可以在“设置”中管理您的资料，包括新增、修改和删除个人资料。",
    ],
)
def test_the_persons_own_data_after_the_operations_is_a_right(sentence: str) -> None:
    """(u55r) `{feature_ops_u55w}` vetoes a product's feature list, not the operations on the person's data that follow
    them (「…包括添加、修改、删除您的收货地址」): the deletion right stays covered, as on base55."""
    text = "## 二、您的权利\n\n" + sentence + "\n"
    assert profile_verdict(text, "cn-gbt35273/delete").status == "covered"
