"""Issue #14, session 51 (u51w): the classes behind eval/profiles51c's blind dev run.

Each class is tested both ways, in both scripts where the words differ, with the real lines kept as regressions:

- tw-pdpa/agency: a name with no body's word in it defined only as 本平台 (「「照護一點通」（以下稱本平台）」) names the platform,
  not who collects (u47w2's rule for 本服務/本App/本網站); a body (書院, a company) defined as 本平台, and a name defined as 我們,
  still name one (careeasy-tw 39);
- the identity items' site clause (`{operator_site}`): a Latin name is Latin only, so 「Taigu網站（以下簡稱「本網站」）」 is a site's
  name, as 「某某網站（以下簡稱本網站）」 already was; a brand defined as the site still names the operator (taigu-tw 44);
- tw-pdpa/recipients: 提供之 is 提供的 (「本平台提供之試算」 is what the service offers), and a body the service says it is not
  (「非政府機關」) is no recipient; data given to a named body still is (careeasy-tw 65, 109; the 對象 label, 55, is cited);
- the cited line of a list item whose bullet ends its source line (a JSX `{"\\n"}•` then a line break) is the line of the
  item's words (avant-zh 69, 90);
- us-ccpa/right-to-correct (a debatable verdict of profiles50 decided by the clause's own reading): 'update' granted as the second
  verb of a rights item ('Access, update, or delete your personal information') is correcting, as when the item opens with it;
- us-ccpa categories and sources (profiles50c sip-en, an open class): 'We may receive transaction confirmation data from Apple' names
  commercial information and a named platform as the source; the person receiving, or a denial, does not;
- the JSX loader (found by the held-out deepclean-en after its one run): a comment 「{/* Children's Privacy */}」 opens no string at
  its apostrophe, so the sections after it are read (they had been read as code);
- GB/T 35273 (found by the held-out baowenmao-zh after its one run): the standard's own right names as items under a rights
  lead-in (§8.5 「个人信息主体注销账户」, §8.4 「改变您授权同意的范围」) are granted; 「如您不提供…，不注册、登录账号，将…影响」 is a
  hypothetical, no account denied (close-account stays applicable).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from profile_helpers import file_verdict, profile_status

ROOT = Path(__file__).resolve().parent.parent
P51C = ROOT / "eval" / "profiles51c" / "docs"
CAREEASY = P51C / "careeasy-tw" / "Footer.jsx"
TAIGU = P51C / "taigu-tw" / "PrivacyPolicy.tsx"
AVANT = P51C / "avant-zh" / "PrivacyScreen.js"

_CONTACT = "\n\n## 聯絡我們\n\n如有任何問題，請來信 help@careeasy.tw。\n"
_CONTACT_HANS = "\n\n## 联系我们\n\n如有任何问题，请发送邮件至 help@zhaohu.cn。\n"


# --- tw-pdpa/agency: a platform's name defined as 本平台 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "「照護一點通」（以下稱本平台）重視您的個人資料保護，依據個資法向您告知下列事項。",
        "歡迎使用照護一點通（以下簡稱「本平台」）。本平台重視您的隱私。",
        "“照护一点通”（以下简称“本平台”）重视您的个人信息保护。",
    ],
)
def test_a_platform_name_defined_as_the_platform_names_no_agency(text: str) -> None:
    assert profile_status(text + _CONTACT, "tw-pdpa/agency") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "雲端書院（下稱「本平台」）重視您的隱私。",
        "「好好科技有限公司」（以下稱本平台）重視您的隱私。",
        "「照護一點通」（以下稱「我們」）重視您的隱私。",
        "照护工作室（以下简称“本平台”）重视您的隐私。",
    ],
)
def test_a_body_defined_as_the_platform_or_a_name_defined_as_we_still_names_one(text: str) -> None:
    assert profile_status(text + _CONTACT, "tw-pdpa/agency") == "covered"


def test_careeasy_names_no_agency() -> None:
    assert file_verdict(CAREEASY, "tw-pdpa/agency") == ("missing", None)


# --- the site clause: a Latin name is Latin only ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("本隱私權政策適用於您在 Taigu網站（以下簡稱「本網站」）活動時所涉及的個人資料蒐集。", _CONTACT),
        ("本隐私政策适用于您在 Taigu网站（以下简称「本网站」）活动时所涉及的个人信息收集。", _CONTACT_HANS),
    ],
)
@pytest.mark.parametrize("item", ["tw-pdpa/agency", "cn-pipl/processor", "cn-gbt35273/identity-contact"])
def test_a_latin_name_run_into_its_site_noun_is_a_site_name(text: str, contact: str, item: str) -> None:
    assert profile_status(text + contact, item) == "missing"


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("本隱私權政策適用於 Taigu（以下簡稱「本網站」）。", _CONTACT),
        ("若天（下文称：本网站）重视您的隐私。", _CONTACT_HANS),
    ],
)
@pytest.mark.parametrize("item", ["tw-pdpa/agency", "cn-pipl/processor"])
def test_a_brand_defined_as_the_site_still_names_the_operator(text: str, contact: str, item: str) -> None:
    assert profile_status(text + contact, item) == "covered"


def test_taigu_names_no_agency() -> None:
    assert file_verdict(TAIGU, "tw-pdpa/agency") == ("missing", None)


# --- tw-pdpa/recipients: 提供之 and 非政府機關 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本平台提供之試算與分析為資訊參考，非政府機關正式核定，亦非醫療診斷。",
        "本平台為長期照顧資訊整理與試算工具，非政府機關，亦不提供醫療服務。",
        "本平台提供之服務內容，均與政府機關無涉。",
    ],
)
def test_what_the_service_offers_or_is_not_names_no_recipient(text: str) -> None:
    assert profile_status(text, "tw-pdpa/recipients") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "本公司將您提供之個人資料提供予物流業者，以完成配送。",
        "依法令要求時，我們會將您的資料提供予政府機關。",
        "我们会将您的资料提供给合作伙伴。",
    ],
)
def test_data_given_to_a_named_body_still_names_the_recipients(text: str) -> None:
    assert profile_status(text, "tw-pdpa/recipients") == "covered"


def test_careeasy_recipients_cite_the_label() -> None:
    assert file_verdict(CAREEASY, "tw-pdpa/recipients") == ("covered", 55)


# --- the cited line of an item whose bullet ends its source line ---------------------------------------------------------

_SCREEN = """import React from "react";
import { Text } from "react-native";

export default function Privacy() {
  return (
    <>
      <Text>3. 我们如何共享您的信息</Text>
      <Text>
        在以下情况下，我们可能会共享您的信息：{"\\n"}• 获得您的明确同意{"\\n"}•
        根据法律法规要求{"\\n"}•
        与可信的服务提供商合作（仅限于提供服务所需）
      </Text>
      <Text>5. 您的权利</Text>
      <Text>
        您对自己的个人信息享有以下权利：{"\\n"}•
        访问权：了解我们收集了您的哪些信息{"\\n"}•
        撤回同意权：随时撤回您的同意
      </Text>
    </>
  );
}
"""


def test_an_item_after_a_bullet_that_ends_the_line_is_cited_at_its_words(tmp_path: Path) -> None:
    path = tmp_path / "Privacy.jsx"
    path.write_text(_SCREEN, encoding="utf-8")
    assert file_verdict(path, "cn-gbt35273/sharing") == ("covered", 11)
    assert file_verdict(path, "cn-gbt35273/withdraw-consent") == ("covered", 17)
    # an item whose words follow its bullet on the same line is cited there, as before
    assert file_verdict(path, "cn-gbt35273/access") == ("covered", 16)


def test_avant_items_are_cited_at_their_words() -> None:
    assert file_verdict(AVANT, "cn-gbt35273/sharing") == ("covered", 69)
    assert file_verdict(AVANT, "cn-gbt35273/withdraw-consent") == ("covered", 90)


# --- us-ccpa/right-to-correct: update as the second verb of a rights item (profiles50 cognito-en, a debatable verdict) ---------

_RIGHTS = "## Your Rights\n\nYou have the right to:\n\n- {item}\n- Opt-out of marketing communications\n"


@pytest.mark.parametrize(
    "item",
    ["Access, update, or delete your personal information", "Update or correct your account details", "View, update your data"],
)
def test_updating_ones_data_granted_in_a_rights_list_is_correcting_it(item: str) -> None:
    assert profile_status(_RIGHTS.format(item=item), "us-ccpa/right-to-correct") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        _RIGHTS.format(item="Access or delete your personal information"),
        "## Changes\n\nWe may access, update, or delete this policy and your account information at any time.\n",
    ],
)
def test_no_update_granted_is_no_right_to_correct(text: str) -> None:
    assert profile_status(text, "us-ccpa/right-to-correct") == "missing"


def test_cognito_update_is_correcting() -> None:
    cognito = ROOT / "eval" / "profiles50" / "docs" / "cognito-en" / "PrivacyPolicy.tsx"
    assert file_verdict(cognito, "us-ccpa/right-to-correct") == ("covered", 67)


# --- us-ccpa: data received from a named platform (profiles50c sip-en, an open class) --------------------------------------

_COLLECT = "## Information We Collect\n\n{text}\n"


def test_transaction_data_received_from_a_store_is_a_category_and_a_source() -> None:
    text = _COLLECT.format(text="We may receive transaction confirmation data from Apple to confirm a purchase.")
    assert profile_status(text, "us-ccpa/categories-collected") == "covered"
    assert profile_status(text, "us-ccpa/sources") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "You may receive purchase receipts from Apple by e-mail.",
        "We do not receive transaction data from Apple.",
        "Payment details are provided directly to Apple and never reach us.",
    ],
)
def test_the_person_receiving_or_a_denial_names_no_source(text: str) -> None:
    assert profile_status(_COLLECT.format(text=text), "us-ccpa/sources") == "missing"


def test_sip_categories_and_sources() -> None:
    sip = ROOT / "eval" / "profiles50c" / "docs" / "sip-en" / "PrivacyPolicy.jsx"
    assert file_verdict(sip, "us-ccpa/categories-collected") == ("covered", 17)
    assert file_verdict(sip, "us-ccpa/sources") == ("covered", 17)


# --- a JSX comment holding an apostrophe (deepclean-en 210, held out) ------------------------------------------------------

_COMMENTED = """import React from 'react';
import { Text, View } from 'react-native';

export default function Privacy() {
  return (
    <View>
      <Text>1. Your Rights</Text>
      <Text>You can ask us to delete your data by e-mail to privacy@example.org.</Text>
      {/* Children's Privacy */}
      <Text>2. Children</Text>
      <Text>Our app is not meant for children under 13.</Text>
      {/* Users' complaints */}
      <Text>3. Complaints</Text>
      <Text>You have the right to lodge a complaint with a supervisory authority.</Text>
      <Text>{"It's a /* plain */ string"}</Text>
    </View>
  );
}
"""


def test_a_comment_with_an_apostrophe_opens_no_string(tmp_path: Path) -> None:
    path = tmp_path / "Privacy.tsx"
    path.write_text(_COMMENTED, encoding="utf-8")
    assert file_verdict(path, "eu-gdpr/complaint") == ("covered", 14)


def test_deepclean_complaint_is_read() -> None:
    deepclean = P51C / "deepclean-en" / "PrivacyPolicyScreen.tsx"
    assert file_verdict(deepclean, "eu-gdpr/complaint") == ("covered", 260)


# --- GB/T: the standard's own right names as items; 如您 as a hypothetical (baowenmao-zh 69, 149, 150; held out) ----------------

_GBT_RIGHTS = "## 四、您的权利\n\n{lead}\n\n1. 访问、更正您的个人信息；\n\n2. {item}\n"
_LEAD = "您对您的个人信息享有以下权利："


@pytest.mark.parametrize(
    ("item", "right"),
    [
        ("个人信息主体注销账户；", "cn-gbt35273/close-account"),
        ("個人資訊主體註銷帳戶；", "cn-gbt35273/close-account"),
        ("改变您授权同意的范围；", "cn-gbt35273/withdraw-consent"),
        ("改變您授權同意的範圍；", "cn-gbt35273/withdraw-consent"),
    ],
)
def test_the_standards_right_names_granted_as_items(item: str, right: str) -> None:
    assert profile_status(_GBT_RIGHTS.format(lead=_LEAD, item=item), right) == "covered"
    assert profile_status(_GBT_RIGHTS.format(lead="我们会定期审查以下事项：", item=item), right) == "missing"


_NOT_PROVIDED = "如您不提供上述信息，不注册、登录账号，将可能会影响您使用本软件的如下功能：文档编辑等功能。\n\n"


def test_if_you_do_not_register_is_no_account_denied() -> None:
    text = _NOT_PROVIDED + _GBT_RIGHTS.format(lead=_LEAD, item="注销账户；")
    assert profile_status(text, "cn-gbt35273/close-account") == "covered"
    assert profile_status("本应用不提供账号系统，您无需注册。\n", "cn-gbt35273/close-account") == "not-applicable"


def test_baowenmao_rights_items() -> None:
    baowenmao = P51C / "baowenmao-zh" / "MPrivacyPolicyPage.tsx"
    assert file_verdict(baowenmao, "cn-gbt35273/close-account") == ("covered", 150)
    assert file_verdict(baowenmao, "cn-gbt35273/withdraw-consent") == ("covered", 149)
