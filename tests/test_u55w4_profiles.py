"""Fifty-fifth session, helper u55w4 (issue #14, required-disclosure profiles): classes left by this session's helpers
(u55j, u55w2, u55w3; eval/profiles55p is not blind for these items):

- us-ccpa/sold-or-shared, precision: u55w2's denial with a pronoun ('We don't sell it') covers only when the pronoun's
  antecedent is the data: a data noun in the denial's sentence or the one before it, with no product noun (app, service,
  website…) between them; 'We collect usage data. The app is free and we don't sell it' is about the app.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from parse_helpers import parse_string
from profile_helpers import file_verdict, one_item, profile_status

P55P = ROOT / "eval" / "profiles55p" / "docs"

_BODY_EN = "## What we collect\n\nWe collect your email address to run the service.\n\n"
_BODY_ZH = "## 我们收集的信息\n\n我们收集您的电子邮箱地址以提供服务。\n\n"

# --- us-ccpa/sold-or-shared: the pronoun must stand for the data -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Account info is used to identify and recover your account. We don't sell or share it for marketing.",
        "We collect usage data to count sessions. We never sell it.",
        "Your contact details are used to reply to you, and we will not sell them.",
        "The app collects usage data and we don't sell it.",
        "账号信息仅用于识别您的账号，我们不会将其出售或共享。",
    ],
)
def test_a_pronoun_sale_denial_whose_antecedent_is_the_data_covers(sentence: str) -> None:
    assert profile_status(_BODY_EN + sentence + "\n", "us-ccpa/sold-or-shared") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "We collect usage data. The app is free and we don't sell it.",
        "We collect usage data. Our service is free; we will not sell it.",
        "We collect usage data to improve the app. We don't sell it.",
        "Usage data helps us fix bugs. The website is run by volunteers and we never sell it.",
        "We collect usage data. We are a small company. We don't sell it.",
        "We collect usage data. This software is open source and we do not sell them.",
        "本应用免费下载，我们不会将其出售。",
        "我们收集使用数据。\n\n本应用免费，我们不会将其出售。",
    ],
)
def test_a_pronoun_sale_denial_about_the_product_is_no_sale_statement(sentence: str) -> None:
    assert profile_status(_BODY_EN + sentence + "\n", "us-ccpa/sold-or-shared") == "missing"


# (u60s) `test_photospeak_pronoun_sale_denial_still_cited` was here: the same file, item and verdict as
# `tests/test_u55w2_profiles.py::test_photospeak_sale_denial_with_a_contraction_is_cited`, which keeps it.


# --- tw-pdpa/rights: writing to the operator is a way in -------------------------------------------------------------------

_RIGHTS_TW = "## 一、蒐集之資料\n\n我們蒐集您的電子郵件地址以提供服務。\n\n## 六、您的權利\n\n"
_CONTACT_TW = "\n## 七、聯絡我們\n\nEmail：privacy@buyile-demo.tw\n"


@pytest.mark.parametrize(
    "text",
    [
        "您有權查詢、請求更正或刪除您的個人資料。如需行使相關權利，請來信 privacy@buyile-demo.tw。\n",
        "您有权查询、请求更正或删除您的个人资料。如需行使相关权利，请来信 privacy@buyile-demo.tw。\n",
        "您可以請求查詢或刪除您的個人資料，歡迎來函告知我們。\n" + _CONTACT_TW,
        "您有權請求刪除您的個人資料，請來信至本站信箱。\n" + _CONTACT_TW,
        "You have the right to access or delete your personal data. Please write to us.\n" + _CONTACT_TW,
    ],
)
def test_writing_to_the_operator_is_a_way_to_exercise_the_rights(text: str) -> None:
    assert profile_status(_RIGHTS_TW + text, "tw-pdpa/rights") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "您有權查詢、請求更正或刪除您的個人資料。本公司得來信通知您處理結果。\n" + _CONTACT_TW,
        "您有權查詢或刪除您的個人資料。本公司會定期來信給您。\n" + _CONTACT_TW,
        "You have the right to access or delete your personal data. We may write to you about changes.\n" + _CONTACT_TW,
        # no address anywhere (nor an e-mail slot): 「請來信」 points to nothing, as 「請聯絡我們」 does
        "您有權查詢、請求更正或刪除您的個人資料。如需行使相關權利，請來信。\n",
        "您有權查詢或刪除您的個人資料，請來信 ${SITE_NAME}。\n",
        # in a Markdown file a `${…}` is text no script fills: no address
        "您有權查詢、請求更正或刪除您的個人資料。如需行使相關權利，請來信 ${CONTACT_EMAIL}。\n",
    ],
)
def test_the_operator_writing_to_the_person_or_no_address_is_no_way_in(text: str) -> None:
    assert profile_status(_RIGHTS_TW + text, "tw-pdpa/rights") == "missing"


_VUE = """<template>
  <section v-for="sec in sections" :key="sec.title">
    <h2>{{ sec.title }}</h2>
    <p v-for="(line, li) in sec.content.split('\\n')" :key="li">{{ line }}</p>
  </section>
</template>

<script setup>
import { SLOT } from '@/config/site'
const sections = [
  { title: '隱私權政策', content: `我們蒐集您的電子郵件地址以提供服務。` },
  { title: '您的權利', content: `您有權查詢、請求更正或刪除您的個人資料。\\n如需行使相關權利，請來信 ${SLOT}。` },
]
</script>
"""


@pytest.mark.parametrize(("slot", "status"), [("CONTACT_EMAIL", "covered"), ("supportEmail", "covered"), ("SITE_NAME", "missing")])
def test_a_page_filled_e_mail_slot_is_the_address_to_write_to(slot: str, status: str) -> None:
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_string(_VUE.replace("SLOT", slot), suffix=".vue"), [one_item("tw-pdpa/rights")])
    assert result.items[0].status == status


def test_buyile_rights_with_please_write_to_us_is_covered() -> None:
    assert file_verdict(P55P / "buyile-tw" / "PrivacyView.vue", "tw-pdpa/rights") == ("covered", 44)


# --- tw-pdpa/source: data taken from public government sources ---------------------------------------------------------------

_SOURCE_TW = "## 一、蒐集之資料\n\n我們蒐集您的電子郵件地址以提供服務。\n\n## 二、資料說明\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "政府公開資料中的補習班聯絡資訊係依各機關公開內容轉載，非本平台另行蒐集之個人檔案。",
        "政府公开资料中的补习班联络资讯系依各机关公开内容转载。",
        "本站的店家電話取自政府資料開放平臺。",
        "Contact details of the schools are taken from government open data.",
        "School names and phone numbers are compiled from public government sources.",
    ],
)
def test_data_taken_from_public_government_sources_is_an_indirect_source_named(sentence: str) -> None:
    assert profile_status(_SOURCE_TW + sentence + "\n", "tw-pdpa/source") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "本平台不會轉載政府公開資料中的個人資料。",
        "本站使用之政府開放資料依政府資料開放授權條款提供。",
        "We do not take any data from government open data.",
        "We comply with the requirements of government agencies.",
        "本站的天氣與空氣品質數據取自政府資料開放平臺。",
        "Weather forecasts are taken from government open data.",
    ],
)
def test_a_denied_taking_or_government_data_named_alone_is_no_source(sentence: str) -> None:
    assert profile_status(_SOURCE_TW + sentence + "\n", "tw-pdpa/source") == "not-applicable"


def test_buyile_government_open_data_is_its_source() -> None:
    assert file_verdict(P55P / "buyile-tw" / "PrivacyView.vue", "tw-pdpa/source") == ("covered", 19)


# --- us-ccpa/how-to-submit: an in-app path to a right, with an e-mail for the rest --------------------------------------------

_ABOUT_EN = "## What we collect\n\nWe collect your email address to run the service.\n\n"


@pytest.mark.parametrize(
    "section",
    [
        "## Your rights\n\n- **Delete account**: In-app, Account → Delete account.\n- **Access**: for other requests email privacy@photodemo.io.\n",
        "## Your rights\n\n- Export data: in Settings > Privacy > Export.\n- Other requests: write to privacy@photodemo.io.\n",
        "## 您的权利\n\n- **注销账号**：在 app 内的“账号”页面点击“注销账号”。\n- **查询和更正**：请发邮件至 privacy@photodemo.cn。\n",
        "## 您的權利\n\n- **刪除資料**：在 App 內「設定 → 隱私」中刪除。\n- 其他請求請寄信至 privacy@photodemo.tw。\n",
    ],
)
def test_an_in_app_path_to_a_right_with_an_e_mail_is_a_way_to_submit(section: str) -> None:
    assert profile_status(_ABOUT_EN + section, "us-ccpa/how-to-submit") == "covered"


@pytest.mark.parametrize(
    "section",
    [
        # the path alone (no address for the other requests)
        "## Your rights\n\n- Delete account: In-app, Account → Delete account.\n",
        # deleting the app is no request
        "## Your rights\n\n- Delete data: Uninstall the app in Settings → General → Storage.\n- Support: privacy@photodemo.io\n",
        "## 您的权利\n\n- 删除数据：在 app 内“设置 → 通用”中卸载 app 即可。\n- 客服：privacy@photodemo.cn\n",
        # not a rights section
        "## How the app works\n\n- Delete photos: In-app, Album → Delete.\n- Support: help@photodemo.io\n",
    ],
)
def test_an_uninstall_a_path_alone_or_a_feature_path_is_no_way_to_submit(section: str) -> None:
    assert profile_status(_ABOUT_EN + section, "us-ccpa/how-to-submit") == "missing"


def test_photospeak_in_app_path_and_e_mail_are_the_way_to_submit() -> None:
    assert file_verdict(P55P / "photospeak-bil" / "legal.ts", "us-ccpa/how-to-submit") == ("covered", 51)


# --- cn-pipl/minors: not suitable for under-14s, unless a guardian consents --------------------------------------------------

_ABOUT_ZH = "## 我们收集的信息\n\n我们收集您的手机号码用于登录。\n\n## 未成年人保护\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "本应用不适合14岁以下未成年人使用，如需使用，须取得监护人的同意。",
        "本應用不適合14歲以下未成年人使用，如需使用，須取得監護人的同意。",
        "本服务不适合十四周岁以下的儿童单独使用。如需使用，请在监护人同意后使用。",
        "Our service is not suitable for children under 14 unless a parent or guardian gives parental consent.",
    ],
)
def test_not_suitable_for_under_14s_with_a_guardian_consent_asked_applies(text: str) -> None:
    assert profile_status(_ABOUT_ZH + text + "\n", "cn-pipl/minors") != "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "我们的服务不适合14岁以下未成年人使用。",
        "我們的服務不適合14歲以下未成年人使用。如果我們發現收集了未成年人的資訊，將立即刪除。",
        "Our service is not suitable for children under 14.",
    ],
)
def test_not_suitable_for_under_14s_with_no_consent_is_not_applicable(text: str) -> None:
    assert profile_status(_ABOUT_ZH + text + "\n", "cn-pipl/minors") == "not-applicable"


def test_nothing_to_delete_grants_no_right_though_a_way_to_write_is_given() -> None:
    # eval/precision22 tripbee-privacy-tw 138 (the reach scan of 「歡迎來信」): no right granted, only nothing to delete
    text = (
        "## 你的選擇\n\n由於沒有個人資料離開你的裝置，我們這邊沒有帳號可以刪除。要清除本機資料，直接刪除 App 即可。"
        "任何隱私問題或請求，歡迎來信。\n\n## 聯絡方式\n\n隱私相關問題請寄到 tripbee.app@gmail.com。\n"
    )
    assert profile_status(text, "tw-pdpa/rights") == "missing"
    assert file_verdict(ROOT / "eval" / "precision22" / "tripbee-privacy-tw" / "zh-Hant" / "privacy.html", "tw-pdpa/rights") == (
        "missing",
        None,
    )
