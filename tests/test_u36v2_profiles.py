"""Profile verdict classes fixed in session 36 (u36v2, issue #14) on eval/profiles36b's dev documents.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own lines as regression cases:
- tw-pdpa/categories: the collecting body's name written with 之/的 (「一、蒐集機關之名稱：「台灣加密型實聯制」網站」, twlink-tw 16) is
  no kind of data; the data items of the next label (「三、所蒐集之個人資料項目：稱呼、電話號碼」) are cited, and a name asked of the
  person (「姓名、公司名稱」) stays a kind of data;
- tw-pdpa/methods: the means named for the collection, processing and use just said, as 為之 (「…為蒐集、處理及利用個人資料，得以紙本
  或電子方式為之」, twlink-tw 31); a means denied (「不得以電子方式為之」) or storage alone is none;
- tw-pdpa/source: information a named third-party service provides (「第三方服務所提供之驗證或統計資訊，例如 Google reCAPTCHA」,
  gretech-tw 45) applies the item and covers it; a bare 第三方服務 applies it but names no source, and a service's own policy is
  neither;
- eu-gdpr/controller: the app "created by HANDLE (Full Name)" with a contact anywhere (scrambled-en 3); a library by someone,
  or no contact at all, is none;
- eu-gdpr/rights: "contact me, e.g. per email (…), if you want me to delete your data" (scrambled-en 27) and the same wish
  before the way in; a refusal is none;
- eu-gdpr/dpo: the contact line under a "Data protection officer" heading is cited before a later "please contact our data
  protection officer" (dfki-en 22, not 41); with no such heading the mention is still cited;
- us-ccpa/sources: a right's request that restates "the personal information we have collected from you" (artifact-ccpa 34)
  names no source; "information we collect directly from you" still does.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

TWLINK = (
    "為增加整體防疫措施之透明性，依個人資料保護法第8條第1項規定，蒐集民眾個人資料時，應明確告知下列事項：<br>\n"
    "一、蒐集機關之名稱：「台灣加密型實聯制」網站<br>\n"
    "二、蒐集目的：防疫目的。<br>\n"
    "三、所蒐集之個人資料項目：稱呼、電話號碼<br>\n"
)


def test_the_collecting_bodys_name_with_zhi_is_no_kind_of_data() -> None:
    found = verdict(TWLINK, "tw-pdpa/categories")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 6  # 三、所蒐集之個人資料項目 (under the title, line 3 is the lead-in)


@pytest.mark.parametrize(
    "text",
    [
        "蒐集民眾個人資料時，應明確告知下列事項：\n一、蒐集機關之名稱：台北市政府\n",
        "本公司蒐集資料前告知：公司之名稱為好好股份有限公司。\n",
        "蒐集單位的名稱：好好協會\n",
    ],
)
def test_an_agencys_name_label_alone_is_no_category(text: str) -> None:
    assert status(text, "tw-pdpa/categories") == "missing"


def test_a_name_asked_of_the_person_is_still_a_category() -> None:
    assert status("本網站蒐集您的姓名、公司名稱及電子郵件。\n", "tw-pdpa/categories") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles36b twlink-tw 31
        "因採行實聯制措施時，本網站暨合作店家為蒐集、處理及利用個人資料，得以紙本或電子方式為之，且皆應善盡資料安全維護義務。\n",
        "本公司處理您的個人資料時，將以電子方式為之。\n",
    ],
)
def test_the_means_named_as_wei_zhi_is_the_method_of_use(text: str) -> None:
    found = verdict(text, "tw-pdpa/methods")
    assert found.status == "covered"
    assert found.evidence is not None and "方式為之" in found.evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "本網站蒐集、處理及利用個人資料時，不得以紙本方式為之。\n",
        "本網站以電子郵件通知您。\n",
        "您的資料儲存於本網站的資料庫中。\n",
    ],
)
def test_a_means_denied_or_storage_is_no_method(text: str) -> None:
    assert status(text, "tw-pdpa/methods") == "missing"


GRETECH = (
    "## 二、蒐集之個人資料類別\n\n視您使用之功能，本公司可能蒐集下列資料：\n\n"
    "1. 身分與聯絡資料：如姓名、電子郵件、電話號碼等。\n"
    "2. 第三方服務所提供之驗證或統計資訊，例如 Google reCAPTCHA、Google 地圖等（依該服務實際啟用情形而定）。\n"
)


def test_information_a_named_third_party_service_provides_is_its_source() -> None:
    found = verdict(GRETECH, "tw-pdpa/source")
    assert found.status == "covered"
    assert found.evidence is not None and "reCAPTCHA" in found.evidence.text


def test_a_bare_third_party_service_applies_the_source_but_names_none() -> None:
    text = "本公司可能蒐集下列資料：\n\n1. 姓名及電子郵件。\n2. 第三方服務所提供之統計資訊。\n"
    assert status(text, "tw-pdpa/source") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "本網站可能嵌入第三方服務（例如 Google 地圖）。該等服務可能依其自身隱私權政策蒐集與處理資料。\n",
        "本網站不會使用第三方服務所提供之統計資訊，例如 Google Analytics。\n",
        "第三方服務所提供之隱私權政策，請另行參閱，例如 Google 的政策。\n",
    ],
)
def test_a_service_used_denied_or_its_policy_is_no_source(text: str) -> None:
    assert status(text, "tw-pdpa/source") == "not-applicable"


SCRAMBLED = (
    "This privacy policy governs your use of the software application Scrambled Eggsif for mobile devices that was created "
    "by juanitobananas (Juan García Basilio).\n\n## Email communication\n\n"
    "Please feel free to contact me, e.g. per email ([juam+scrambled@posteo.net](mailto:juam+scrambled@posteo.net)), if you "
    "want me to delete your data.\n"
)


def test_an_app_created_by_a_handle_with_the_name_and_a_contact_names_the_controller() -> None:
    found = verdict(SCRAMBLED, "eu-gdpr/controller")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 3


@pytest.mark.parametrize(
    "text",
    [
        # a library someone made, with a contact
        "This app uses the image library created by skydoves (Jaewoong Eum). Contact: dev@example.org\n",
        # no contact anywhere
        "This privacy policy governs your use of the software application Scrambled Eggsif that was created by juanitobananas "
        "(Juan García Basilio).\n",
    ],
)
def test_a_librarys_author_or_no_contact_names_no_controller(text: str) -> None:
    assert status(text, "eu-gdpr/controller") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        SCRAMBLED,
        "If you want us to delete your personal data, just e-mail us at privacy@example.org.\n",
    ],
)
def test_erasure_offered_when_the_person_wants_it_with_the_way_in_is_a_right(text: str) -> None:
    found = verdict(text, "eu-gdpr/rights")
    assert found.status == "covered"
    assert found.evidence is not None and "delete your" in found.evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "E-mail me at dev@example.org if you want me to add your app to the list.\n",
        "If you want us to delete your data, we are unable to do so because we hold none.\n",
        "Contact me if you want me to add a feature.\n",
    ],
)
def test_a_refusal_or_another_wish_is_no_right(text: str) -> None:
    assert status(text, "eu-gdpr/rights") == "missing"


def test_the_contact_under_a_dpo_heading_is_cited_before_a_later_mention() -> None:
    text = (
        "## Data protection officer\n\nPhone: +49 (0)631 / 205 75-0, E-Mail: datenschutz@example.de\n\n"
        "## Access and Intervention\n\nYou have the right of access. To exercise these rights, please contact our data "
        "protection officer.\n"
    )
    found = verdict(text, "eu-gdpr/dpo")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 5


def test_a_mention_of_the_officer_is_cited_where_no_heading_names_one() -> None:
    text = "## Contact\n\nE-Mail: info@example.de\n\n## Rights\n\nPlease contact our data protection officer.\n"
    found = verdict(text, "eu-gdpr/dpo")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 9


def test_a_contact_heading_without_an_officer_covers_no_dpo() -> None:
    assert status("## Contact\n\nE-Mail: info@example.de\n", "eu-gdpr/dpo") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles36b artifact-ccpa 34
        "- **Right to Delete.** You can request that we delete the personal information we have collected from you, subject to "
        "certain exceptions.\n",
        "You have the right to request that we disclose the personal information we collected from you.\n",
    ],
)
def test_a_rights_request_restating_collected_from_you_names_no_source(text: str) -> None:
    assert status(text, "us-ccpa/sources") == "missing"


def test_information_collected_directly_from_you_is_still_a_source() -> None:
    assert status("We collect your name and e-mail address directly from you when you sign up.\n", "us-ccpa/sources") == "covered"
