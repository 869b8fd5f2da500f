"""Profile verdict classes fixed in session 37 (u37v2, issue #14) on eval/profiles37b's dev documents.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own lines as regression cases where useful:
- tw-pdpa/source: data obtained through a named sign-in provider's authorization, written after the data (「大頭貼（透過 LINE
  Login 授權取得）」, nali-tw 44) applies the item and covers it; a denial, or the person's own consent asked for, is neither;
- tw-pdpa/methods: a section titled for the means of use (「4.3 利用個人資料之方式」, cht-tw 170-186; 「收集目的及使用方式」,
  mlpredict-hk 48-50) whose body uses the data; the title alone, a 「使用者與聯絡方式」 title, a 「如何使用」 title and the common
  template's 「個人資料的蒐集、處理及利用方式」 are none;
- tw-pdpa/effect-of-not-providing: required fields not filled in (correctly, completely) with the effect (「如未正確、完整填寫，可能
  無法申辦本服務」, cht-tw 232); a duty to fill in truthfully with no effect is none;
- tw-pdpa/area: the English prepositions as words (the "in" of LINE is none) and a place that begins a company's name
  (「LINE Taiwan(台灣連線股份有限公司)」, cht-tw 119) is no area; the period and area stated by the person's own use (「在您使用本服務
  的期間與地區內利用」, cht-tw 160) is; 「資料儲存於台灣」 still is;
- tw-pdpa/purposes: the Act's specific purposes named without codes under a purposes title (cht-tw 105-112) are cited before a
  later lead-in; a recipient that helps achieve the purpose (「協助我們達成蒐集目的」, cht-tw 166) states no purpose;
- us-ccpa/purposes: "we may share any information we collect … to protect us" (mooxer-ccpa 30) and a table "may receive personal
  data for a business purpose" read with "we have disclosed the following" (mooxer-ccpa 19-25) state no purpose of collection;
- eu-gdpr/controller (the profiles36c leftover tideways-en 129, not blind): a service the site uses "which is operated by" a company
  (Postmark, Wistia) names a processor, not the controller; Section I's block under its heading is cited;
- eu-gdpr/withdraw-consent and legitimate-interests (profiles36c tideways-en 41 and 33, not blind): withdrawal as a trigger of
  erasure, and the template's general lit. f clause, are cited after the right and the interest named (verdicts unchanged);
- us-ccpa/how-to-submit: a step of identity verification ("Confirm your request through a verification email", nuvoxel-ccpa
  119) is no way to submit; a lead-in "submit a request through any of the following methods:" with an e-mail address in its
  section is (nuvoxel-ccpa 79).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

# ---- tw-pdpa/source -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles37b nali-tw 44
        "本平台蒐集以下個人資料：\n\n- LINE 帳號資訊：LINE User ID、顯示名稱、大頭貼（透過 LINE Login 授權取得）\n",
        "您的暱稱與頭像係經由 Google 帳號授權後取得。\n",
    ],
)
def test_data_obtained_through_a_providers_authorization_names_its_source(text: str) -> None:
    assert status(text, "tw-pdpa/source") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "本網站不會透過 LINE Login 授權取得您的任何資料。\n",
        "我們於蒐集前將取得您的授權。\n",
        "您可以透過 LINE 聯繫我們。\n",
    ],
)
def test_a_denial_or_the_persons_own_consent_is_no_source(text: str) -> None:
    assert status(text, "tw-pdpa/source") == "not-applicable"


# ---- tw-pdpa/methods ------------------------------------------------------------------------------------------------

CHT_METHODS = (
    "## 4.3 利用個人資料之方式\n\n"
    "我們會以必要的方式利用您的個人資料以達成蒐集目的，例如：\n\n"
    "- 為您建立客戶/會員檔案以便我們管理帳戶。\n"
    "- 以您的各類聯繫方式與您業務聯繫。\n"
)


def test_a_section_titled_for_the_means_of_use_covers_methods() -> None:
    found = verdict(CHT_METHODS, "tw-pdpa/methods")
    assert found.status == "covered"
    assert found.evidence is not None and "利用您的個人資料" in found.evidence.text


def test_purposes_and_manner_of_use_title_covers_methods() -> None:
    text = "## 4. 收集目的及使用方式\n\n我們收集及使用個人資料的目的包括：處理及回覆閣下的查詢；改善本網站內容。\n"
    assert status(text, "tw-pdpa/methods") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # the title alone, over no body that uses the data
        "## 利用個人資料之方式\n\n詳見本公司網站公告。\n",
        # a contact section whose title holds 使用者…方式 (eval/profiles37b mlpredict-hk 34-36)
        "## 2. 資料使用者與聯絡方式\n\n就本網站而言，資料使用者為 MLPredict。如對個人資料處理有任何查詢，請與我們聯絡。\n",
        # a how-we-use title lists purposes
        "## 我們如何使用您的個人資料\n\n我們使用您的個人資料以提供服務。\n",
        # a means denied under the title
        "## 個人資料之利用方式\n\n我們不會利用您的個人資料進行自動化決策。\n",
        # the common template's collection heading (eval/profiles t14-futa-tw, u8-1a2b-tw; profiles26 nthumods-tw)
        "## 二、個人資料的蒐集、處理及利用方式\n\n本應用程式會保留您所提供的姓名，做為我們增進服務的參考依據，並在特定目的範圍內利用您的個人資料。\n",
        "## 二、資料的蒐集與使用方式\n\n本網站會保留您所提供的姓名、電子郵件地址，並於特定目的範圍內使用您的個人資料。\n",
    ],
)
def test_no_means_of_use_without_the_title_and_a_use(text: str) -> None:
    assert status(text, "tw-pdpa/methods") == "missing"


# ---- tw-pdpa/effect-of-not-providing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles37b cht-tw 232
        "本服務申請網頁中所列的個人資料均為必填欄位，如未正確、完整填寫，可能無法申辦本服務，或將無法即時收到與本服務相關的必要訊息。\n",
        "若您未填寫必填欄位，將無法完成報名。\n",
    ],
)
def test_required_fields_not_filled_in_with_the_effect(text: str) -> None:
    assert status(text, "tw-pdpa/effect-of-not-providing") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "請您確實填寫個人資料，以維護您的權益。\n",
        "如本公司未填寫發票資訊，將另行通知您補正。\n",
        "如未正確填寫，請重新提交表單。\n",
    ],
)
def test_a_duty_to_fill_in_or_the_operators_own_form_is_no_effect(text: str) -> None:
    assert status(text, "tw-pdpa/effect-of-not-providing") == "missing"


# ---- tw-pdpa/area ---------------------------------------------------------------------------------------------------

CHT_LINE = (
    "包含您於本服務申請網頁填寫的個人資料、本服務使用記錄。另為辦理您申請加入或綁定本服務，我們將自LINE\n"
    "Taiwan(台灣連線股份有限公司)取得您的LINE使用者身分識別碼（LINE UID）。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        CHT_LINE,
        "本服務使用 LINE Taiwan 提供之訊息推播。\n",
        "我們使用香港商好好資訊有限公司提供的雲端服務。\n",
    ],
)
def test_a_place_in_a_company_name_or_inside_an_english_word_is_no_area(text: str) -> None:
    assert status(text, "tw-pdpa/area") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles37b cht-tw 160
        "我們會在您使用本服務(保有帳戶)的期間與地區內利用您的個人資料。\n",
        "您的資料將儲存於台灣之伺服器。\n",
        "Your data is stored in 台灣 and processed there.\n",
    ],
)
def test_an_area_stated_still_covers(text: str) -> None:
    assert status(text, "tw-pdpa/area") == "covered"


def test_a_period_and_area_label_alone_is_no_area() -> None:
    assert status("四、利用期間、地區、對象及方式：詳如下表。\n", "tw-pdpa/area") == "missing"


# ---- tw-pdpa/purposes -----------------------------------------------------------------------------------------------

CHT_PURPOSES = (
    "## 2. 我們為什麼蒐集您的個人資料(蒐集目的)\n\n"
    "- 消費者、客戶管理與服務\n"
    "- 行銷\n"
    "- 會員管理\n\n"
    "## 4.2 提供/揭露個人資料之對象\n\n"
    "我們可能會將您的個人資料提供給受我們委託的第三人(例如行銷/分析/廣告業者等)，在受委託的範圍內協助我們達成蒐集目的。\n"
)


def test_the_statutory_purposes_under_a_purposes_title_are_cited() -> None:
    found = verdict(CHT_PURPOSES, "tw-pdpa/purposes")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 5  # 消費者、客戶管理與服務, not the recipients' sentence


def test_a_recipient_helping_achieve_the_purpose_states_no_purpose() -> None:
    text = "我們可能會將您的個人資料提供給受我們委託的第三人(例如行銷/分析/廣告業者等)，在受委託的範圍內協助我們達成蒐集目的。\n"
    assert status(text, "tw-pdpa/purposes") == "missing"


def test_statutory_names_outside_a_purposes_title_are_no_list() -> None:
    assert status("## 聯絡我們\n\n- 行銷\n- 會員管理\n", "tw-pdpa/purposes") == "missing"


# ---- us-ccpa/purposes -----------------------------------------------------------------------------------------------

MOOXER_TABLE = (
    "In the preceding 12 months, we have disclosed the following categories of personal data as part of our Services:\n\n"
    "| Category of Personal Data Collected | Examples | Categories Of Third Parties Who May Receive Personal Data For A"
    " Business Purpose |\n"
    "| :---: | :---: | :---: |\n"
    "| Identifiers. | A real name, alias | Service Providers |\n"
    "| Protected classification characteristics | Age | Advertising Networks (for compliance purposes only) |\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles37b mooxer-ccpa 30
        "In addition to the sharing described above, we may share any information we collect about you with our affiliates,"
        " to protect us or others, or in the event of a merger, sale, or other asset transfer.\n",
        MOOXER_TABLE,
    ],
)
def test_sharing_and_disclosure_for_a_business_purpose_state_no_purpose(text: str) -> None:
    assert status(text, "us-ccpa/purposes") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "We use the information we collect to provide and improve our services.\n",
        "We collect your e-mail address for the following purposes:\n\n- sending receipts\n- customer support\n",
    ],
)
def test_purposes_of_use_still_cover(text: str) -> None:
    assert status(text, "us-ccpa/purposes") == "covered"


# ---- us-ccpa/how-to-submit ------------------------------------------------------------------------------------------

NUVOXEL = (
    "## Submit a Privacy Request\n\n"
    "To exercise your privacy rights, you can submit a request through any of the following methods:\n\n"
    "**Email:** legal@nuvoxel.com\n\n"
    "**Mail:** NuVoxel LLC, 702 via Hermosa, Danville, CA 94526 USA\n\n"
    "## Verification Process\n\n"
    "To protect your privacy and security, we will verify your identity before processing your request. We may ask you to:\n\n"
    "- Confirm your request through a verification email\n"
)


def test_a_lead_in_to_the_following_methods_with_an_email_is_the_way_in() -> None:
    found = verdict(NUVOXEL, "us-ccpa/how-to-submit")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 5  # the lead-in, not the verification step


@pytest.mark.parametrize(
    "text",
    [
        "We may ask you to:\n\n- Confirm your request through a verification email\n",
        "We will verify your identity by email before we act on a request.\n",
        "You can submit a request through any of the following methods:\n\n- our help centre\n",
    ],
)
def test_a_verification_step_or_a_lead_in_with_no_channel_is_no_way_in(text: str) -> None:
    assert status(text, "us-ccpa/how-to-submit") == "missing"


# ---- eu-gdpr/controller (the profiles36c leftover, not blind) -------------------------------------------------------

TIDEWAYS = (
    "## I. Name and address of the controller\n\n"
    "The controller within the meaning of the General Data Protection Regulation (GDPR) is:\n\n"
    "**Tideways Gesellschaft mit beschränkter Haftung (GmbH)**\n"
    "Königswinterer Straße 116\n"
    "53227 Bonn\n"
    "E-Mail: legal@tideways.com\n\n"
    "## II. Newsletter\n\n"
    "To send our newsletters, we use the newsletter delivery service Postmark, which is operated by Wildbit LLC,"
    " 225 Chestnut St., Philadelphia, PA, 19106 USA.\n\n"
    "We embed videos on our website via the Wistia plugin, which is operated by Wistia, Inc., 17 Tudor Street,"
    " Cambridge, MA 02139, USA.\n"
)


def test_a_service_operated_by_a_company_is_no_controller_and_the_heading_block_is_cited() -> None:
    found = verdict(TIDEWAYS, "eu-gdpr/controller")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line < 10  # Section I's block, not Postmark's or Wistia's operator


@pytest.mark.parametrize(
    "text",
    [
        "We embed videos on our website via the Wistia plugin, which is operated by Wistia, Inc., 17 Tudor Street,"
        " Cambridge.\n\nE-Mail: legal@example.com\n",
        "To send newsletters we use the delivery service Postmark, which is operated by Wildbit LLC.\n\nContact: legal@example.com\n",
    ],
)
def test_a_third_party_services_operator_alone_is_no_controller(text: str) -> None:
    assert status(text, "eu-gdpr/controller") == "missing"


def test_a_site_operated_by_its_company_is_still_the_controller() -> None:
    text = "This website is operated by Acme GmbH.\n\nContact: legal@acme.example\n"
    assert status(text, "eu-gdpr/controller") == "covered"


# ---- eu-gdpr/withdraw-consent and legitimate-interests: what is cited (the profiles36c leftovers, not blind) ----------

ERASED_FIRST = (
    "Your personal data will be erased or made unavailable as soon as the purpose of the storage no longer applies, or you"
    " withdraw your consent.\n\n"
    "You can withdraw your consent to receive the newsletter at any time by using the link in each newsletter.\n"
)


def test_withdrawal_as_a_trigger_of_erasure_is_cited_after_the_right() -> None:
    found = verdict(ERASED_FIRST, "eu-gdpr/withdraw-consent")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 5


def test_withdrawal_as_a_trigger_of_erasure_alone_still_covers() -> None:
    # a demotion orders citations; it never changes a verdict
    text = "Your personal data will be deleted as soon as the purpose no longer applies, or you withdraw your consent.\n"
    assert status(text, "eu-gdpr/withdraw-consent") == "covered"


GENERIC_LIT_F = (
    "If the processing is necessary to protect a legitimate interest of our company or a third party and your interests,"
    " basic rights and fundamental freedoms do not outweigh the first-mentioned interest, Art. 6 (1) sentence 1 lit. f GDPR"
    " serves as the legal basis for the processing.\n\n"
    "Our legitimate interest in data processing according to Art. 6 (1) sentence 1 lit. f GDPR is to send you our"
    " newsletter and to protect our systems against misuse.\n"
)


def test_the_generic_lit_f_clause_is_cited_after_the_interest_named() -> None:
    found = verdict(GENERIC_LIT_F, "eu-gdpr/legitimate-interests")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 5
