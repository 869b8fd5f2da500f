"""Disclosure profiles, round 4: classes seen on the lead's blind round and on two new dev documents (issue #14).

Each class is written as short texts of our own, on both sides: what a reviewer accepts as the
disclosure, and the near misses that must stay missing (a false "covered" is the costly error).
The real documents are kept as dev data in eval/profiles (soulangh-tw, offis-mosaik-en).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

# --- tw-pdpa: the 個資法第8條 告知 block, as a Taiwan agency writes it --------------------------

NOTICE = (
    "歡迎使用青山文化中心（以下簡稱本中心）的服務，依個人資料保護法第八條告知下列事項：\n\n"
    "一、個人資料蒐集目的：從事藝術、娛樂及休閒服務等業務。\n\n"
    "二、個人資料利用之期間、地區、對象及方式：\n\n"
    "（一）期間：利用期間為本中心業務所必須之保存期間。\n\n"
    "（二）地區：您的個人資料將用於本中心提供服務之地區。\n\n"
    "（三）對象：本中心之合作推廣單位、依法有調查權機關。\n\n"
    "（四）方式：電子文件、紙本，或以自動化機器或其他非自動化之利用方式。\n"
)


@pytest.mark.parametrize(
    ("item", "line"),
    [
        ("tw-pdpa/agency", 3),
        ("tw-pdpa/purposes", 5),
        ("tw-pdpa/period", 9),
        ("tw-pdpa/area", 11),
        ("tw-pdpa/recipients", 13),
        ("tw-pdpa/methods", 15),
    ],
)
def test_tw_notice_block_labels_after_numbering(item: str, line: int) -> None:
    found = verdict(NOTICE, item)
    assert found.status == "covered"
    assert found.evidence.line == line


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # an alias that is the policy or the website, not an organisation
        ("本隱私權政策（以下簡稱本政策）說明本網站如何蒐集您的資料。", "tw-pdpa/agency"),
        ("青山網（以下簡稱本網站）重視您的隱私。", "tw-pdpa/agency"),
        ("依據個人資料保護法（以下稱個資法）第八條規定告知。", "tw-pdpa/agency"),
        # an empty label, or a label that is not the one of the 告知 block
        ("（一）期間：\n\n（二）地區：\n", "tw-pdpa/period"),
        ("（一）期間：\n\n（二）地區：\n", "tw-pdpa/area"),
        ("服務對象：年滿十八歲之會員。", "tw-pdpa/recipients"),
        ("聯絡方式：電子郵件 a@mail.example.tw。", "tw-pdpa/methods"),
        ("（四）方式：請來信告知。", "tw-pdpa/methods"),
        ("特定目的外之利用：須經您同意。", "tw-pdpa/purposes"),
    ],
)
def test_tw_notice_block_near_misses(text: str, item: str) -> None:
    assert status(text, item) == "missing"


# --- cn: an event that ends the storage is a retention criterion only as a practice ----------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## 用户权利\n\n注销账户：删除您的账户及全部个人信息。\n", "cn-pipl/retention", "missing"),
        ("## 用户权利\n\n注销账户：删除您的账户及全部个人信息。\n", "cn-gbt35273/retention", "missing"),
        ("## 使用规则\n\n在您注销账号时，我们将停止使用并删除您的个人信息。\n", "cn-pipl/retention", "covered"),
        ("## 使用规则\n\n删除账号：用户资料会被删除，且不可恢复。\n", "cn-gbt35273/retention", "covered"),
        ("## 信息的存储\n\n注销账户：删除您的账户及全部个人信息。\n", "cn-pipl/retention", "covered"),
    ],
)
def test_cn_retention_event_is_a_practice_not_a_right(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- us-ccpa: the consumer's right, not what the business may do -----------------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        (
            "## Disclosure\n\nWe may access, retain, and disclose your personal information if required by law.\n",
            "us-ccpa/right-to-know",
            "missing",
        ),
        (
            "## Disclosure\n\nWe may share information if access or disclosure is necessary to:\n\n"
            "- protect against harm to the rights, property or safety of our users.\n",
            "us-ccpa/right-to-know",
            "missing",
        ),
        (
            "## Your Rights\n\nYou can access, correct, or delete your personal information in Settings.\n",
            "us-ccpa/right-to-know",
            "covered",
        ),
        (
            "## Your Rights\n\nYou can access, correct, or delete your personal information in Settings.\n",
            "us-ccpa/right-to-correct",
            "covered",
        ),
        (
            "## Your Rights\n\nYou have the following rights:\n\n- Request access to your personal data.\n",
            "us-ccpa/right-to-know",
            "covered",
        ),
        ("## Your Rights\n\n您有權：\n\n- Access your personal data\n", "us-ccpa/right-to-know", "covered"),
        (
            "## Accounts\n\nFor more information about how you can delete your personal information, see Section 5.\n",
            "us-ccpa/right-to-delete",
            "missing",
        ),
    ],
)
def test_ccpa_right_has_the_consumer_as_subject(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "## Nevada Residents\n\nNevada residents may opt out of the sale of covered information by e-mailing p@mail.example.net.\n",
            "missing",
        ),
        ("## Nevada\n\nYou may opt out of the sale of covered information by e-mailing p@mail.example.net.\n", "missing"),
        (
            "## California\n\nYou have the right to opt out of the sale of your personal information by e-mailing p@mail.example.net.\n",
            "covered",
        ),
    ],
)
def test_ccpa_nevada_opt_out_is_not_the_ccpa_opt_out(text: str, expected: str) -> None:
    assert status(text, "us-ccpa/right-to-opt-out") == expected


# --- a table of contents is never cited ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("## 目录\n\n1. 我们如何保存您的个人信息：保存期限为 3 年\n\n## 其他\n\n正文。\n", "cn-pipl/retention"),
        ("## 目錄\n\n- [我們保存資料 30 天](#keep)\n\n## 其他\n\n正文。\n", "tw-pdpa/period"),
        ("[We keep data for 30 days](#retention) | [Right to access and erasure](#rights)\n\n## Other\n\nText.\n", "eu-gdpr/retention"),
        ("1. [We keep data for 30 days](#retention)\n2. [Right to access and erasure](#rights)\n\n## Other\n\nText.\n", "eu-gdpr/rights"),
    ],
)
def test_table_of_contents_is_never_cited(text: str, item: str) -> None:
    assert status(text, item) == "missing"


def test_link_to_another_page_keeps_its_text() -> None:
    found = verdict("## Services\n\nWe use [Google Analytics](https://analytics.google.com) to count visits.\n", "eu-gdpr/recipients")
    assert found.status == "covered"


# --- eu-gdpr: Art. 6(1)(f) and its interest, nothing shared, the effect of refusing cookies ---


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        (
            "We use session cookies. The data is processed in accordance to Art. 6 para. 1 lit. f GDPR and in the interest of "
            "optimizing user guidance.",
            "eu-gdpr/legitimate-interests",
            "covered",
        ),
        ("Log files are processed on the basis of Art. 6(1)(f) GDPR.", "eu-gdpr/legitimate-interests", "missing"),
        ("Log files are processed on the basis of Art. 6(1)(b) GDPR.", "eu-gdpr/legitimate-interests", "not-applicable"),
        ("We do not transfer your personal data to third parties.", "eu-gdpr/recipients", "covered"),
        ("We do not sell your personal data to third parties.", "eu-gdpr/recipients", "missing"),
        ("We do not share your data with third parties without your consent.", "eu-gdpr/recipients", "missing"),
        (
            "In the event you refuse the use of cookies, some functions are then no longer technically available.",
            "eu-gdpr/requirement",
            "covered",
        ),
        ("You can refuse cookies in your browser settings.", "eu-gdpr/requirement", "missing"),
        (
            "You can restrict processing, e.g. if you revoke consent, for the duration of an examination.",
            "eu-gdpr/withdraw-consent",
            "missing",
        ),
        ("You can withdraw your consent at any time by e-mail.", "eu-gdpr/withdraw-consent", "covered"),
    ],
)
def test_gdpr_round4_classes(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- tw-pdpa: the law's own wording, as a sentence rather than a label -----------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        (
            "依個人資料保護法第三條規定，您得就本公司保有之個人資料行使下列權利：\n\n1. 查詢或請求閱覽。\n2. 請求製給複製本。\n"
            "3. 請求停止蒐集、處理或利用。\n4. 請求刪除。\n\n您如欲行使上述權利，請來信 a@mail.example.tw 與本公司聯繫。\n",
            "tw-pdpa/rights",
            "covered",
        ),
        # the rights without a way to exercise them in the same section
        (
            "## 當事人權利\n\n您得行使下列權利：查詢或請求閱覽、請求補充或更正、請求刪除。\n\n## 聯絡我們\n\n請來信 a@mail.example.tw。\n",
            "tw-pdpa/rights",
            "missing",
        ),
        ("本公司基於會員管理、行銷及客戶管理之特定目的，蒐集、處理及利用您的個人資料。", "tw-pdpa/purposes", "covered"),
        ("本公司不會於蒐集之特定目的外利用您的個人資料。", "tw-pdpa/purposes", "missing"),
        ("個人資料利用期間為自您同意之日起至您請求停止利用之日止。", "tw-pdpa/period", "covered"),
        ("個人資料利用期間為何，請洽客服。", "tw-pdpa/period", "missing"),
        ("您的個人資料將於本公司營運地區利用。", "tw-pdpa/area", "covered"),
        ("本公司營運地區之客服時間為週一至週五。", "tw-pdpa/area", "missing"),
        ("利用對象包括本公司、本公司之關係企業及委外廠商。", "tw-pdpa/recipients", "covered"),
        ("個人資料利用對象為本公司及與本公司有業務往來之機構。", "tw-pdpa/recipients", "covered"),
    ],
)
def test_tw_statutory_wording_in_sentences(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- eu-gdpr: the controller in an imprint-style block or defined as "we"; hosting and service lists --


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## Controller\n\nJane Doe\nMain Street 1\n10115 Berlin\nEmail: jane@mail.example.de\n", "eu-gdpr/controller", "covered"),
        ("## Name and address of the controller\n\nAcme Labs\nMain Street 1\nBerlin\n", "eu-gdpr/controller", "covered"),
        ('Acme ("we", "us") operates the website example.com. Contact: privacy@mail.example.com\n', "eu-gdpr/controller", "covered"),
        (
            "## Controller\n\nThe controller is the operator of this website. Questions about this Privacy Policy? Please contact us.\n",
            "eu-gdpr/controller",
            "missing",
        ),
        (
            "## Controller\n\n{{ site.author }} is the data controller. Write to Data Protection at our Contact Form.\n",
            "eu-gdpr/controller",
            "missing",
        ),
        (
            "## Services we use\n\nWe use the following services:\n\n- Google Analytics (Google Ireland Ltd.)\n",
            "eu-gdpr/recipients",
            "covered",
        ),
        (
            "## Hosting\n\nThis website is hosted by Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen.\n",
            "eu-gdpr/recipients",
            "covered",
        ),
        ("## Hosting\n\nOur website is hosted on GitHub Pages.\n", "eu-gdpr/recipients", "covered"),
        ("## Self-hosting\n\nYou can host your own copy of the app on any server.\n", "eu-gdpr/recipients", "missing"),
        ("Log files are automatically deleted after seven days.", "eu-gdpr/retention", "covered"),
        ("Log files are stored for several reasons.", "eu-gdpr/retention", "missing"),
    ],
)
def test_gdpr_controller_block_and_named_recipients(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- cn: the processor named as 「我们的主体为…」 or 「运营者为…」 ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们的主体为杭州青山科技有限公司，注册地址为杭州市西湖区文三路 1 号，联系邮箱 a@mail.example.cn。", "covered"),
        ("本应用的运营者为张三（个人开发者），联系邮箱 a@mail.example.cn。", "covered"),
        ("本政策的适用主体为全体用户，联系邮箱 a@mail.example.cn。", "missing"),
        ("运营者为您提供客服，联系邮箱 a@mail.example.cn。", "missing"),
    ],
)
def test_cn_processor_named_as_subject_or_operator(text: str, expected: str) -> None:
    assert status(text, "cn-pipl/processor") == expected


def test_cn_regulator_is_not_the_complaint_channel() -> None:
    # GB/T 35273 asks for the controller's own complaint channel; a regulator alone is not one
    assert status("如您对本政策有任何投诉，可向网信、公安等监管部门进行投诉或举报。", "cn-gbt35273/complaint") == "missing"


# --- us-ccpa: CCPA wording beyond the words of the statute -----------------------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        (
            "We disclose identifiers to advertising partners, which may be considered a sale under the CCPA.",
            "us-ccpa/sold-or-shared",
            "covered",
        ),
        ("We will not deny you goods or services because you exercised your privacy rights.", "us-ccpa/non-discrimination", "covered"),
        ("We won't treat you differently for exercising your rights.", "us-ccpa/non-discrimination", "covered"),
        ("Members may be charged differently for premium plans.", "us-ccpa/non-discrimination", "missing"),
        ("An agent you authorize may submit a request for you.", "us-ccpa/authorized-agent", "covered"),
        ("Our support agents answer questions by chat.", "us-ccpa/authorized-agent", "missing"),
        ("Last Updated: 01/15/2024", "us-ccpa/last-updated", "covered"),
        ("Stand: 15.01.2024 (last revised)", "us-ccpa/last-updated", "covered"),
        ("Version 1.2.3 of the app", "us-ccpa/last-updated", "missing"),
        (
            "We do not use or disclose sensitive personal information for purposes other than those permitted by the CCPA.",
            "us-ccpa/right-to-limit",
            "covered",
        ),
        ("We do not collect sensitive personal information.", "us-ccpa/right-to-limit", "covered"),
        ("Sensitive personal information includes your precise geolocation.", "us-ccpa/right-to-limit", "missing"),
        ("Californians can ask us to correct inaccurate information.", "us-ccpa/right-to-correct", "covered"),
        ("We may correct errors in our records.", "us-ccpa/right-to-correct", "missing"),
        ("We may delete your account if you violate the terms.", "us-ccpa/right-to-delete", "missing"),
    ],
)
def test_ccpa_wording_variants(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- an app described, then its builder; data processed by a named service; a source column ---


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        (
            "RSD Club is a free web app for record collectors, built and operated by Ryan Parr.\n\nContact: r@mail.example.com\n",
            "eu-gdpr/controller",
            "covered",
        ),
        ("Matomo is a web analytics tool developed by Matomo.org.\n\nContact: r@mail.example.com\n", "eu-gdpr/controller", "missing"),
        (
            "Legal basis: consent and legitimate interest (providing the service you signed up for).",
            "eu-gdpr/legitimate-interests",
            "covered",
        ),
        ("Legal basis: legitimate interest (Art. 6(1)(f) GDPR).", "eu-gdpr/legitimate-interests", "missing"),
        ("All user data is stored and processed by Firebase.", "eu-gdpr/recipients", "covered"),
        ("All user data is stored and processed by us.", "eu-gdpr/recipients", "missing"),
        ("Firebase may transfer data internationally.", "eu-gdpr/transfers", "missing"),
        (
            "| Data | Source |\n| --- | --- |\n| Display name | Auth provider (Google/Facebook) or you |\n",
            "eu-gdpr/source",
            "covered",
        ),
        ("| Data | Source |\n| --- | --- |\n| Display name | You |\n", "eu-gdpr/source", "not-applicable"),
        ("| Data | Source |\n| --- | --- |\n| Display name | You |\n", "us-ccpa/sources", "covered"),
    ],
)
def test_app_builder_named_service_and_source_column(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- tw-pdpa: statutory purpose wording is not a recipient; refusing cookies with its effect ----


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        (
            "為了提供電子商務服務、保護當事人及相關利害關係人之權益、行銷，本網站會蒐集您的姓名、電話。",
            "tw-pdpa/recipients",
            "missing",
        ),
        ("本公司會將訂單資料提供予物流業者及金流服務業者。", "tw-pdpa/recipients", "covered"),
        (
            "本網站可能會讀取儲存在您電腦中的 cookie 資料。您可以經由瀏覽器的設定，取消或限制此項功能，但可能因此無法使用部份網站功能。",
            "tw-pdpa/effect-of-not-providing",
            "covered",
        ),
        ("本網站使用 cookie。您可以隨時在瀏覽器中限制 cookie。", "tw-pdpa/effect-of-not-providing", "missing"),
    ],
)
def test_tw_interest_wording_and_cookie_refusal(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- cn: a name that calls itself 我们 and runs the app; SDK use as a method; a situation heading --


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        (
            'Liu Ming（以下简称"我方"）提供的智能手机应用程序用户信息处理规定。\n\n## 联系方式\n\n- dev@mail.example.cn\n',
            "cn-pipl/processor",
            "covered",
        ),
        (
            "紫晶游戏（以下简称“我们”）作为废土游戏的开发商和运营方，重视您的隐私。联系邮箱 dev@mail.example.cn。",
            "cn-gbt35273/identity-contact",
            "covered",
        ),
        # round 8 (the lead's brief): a brand the text defines as 我们 names the processor; round 4 had it missing
        ("青禾 App（以下简称“我们”）非常重视您的隐私。联系邮箱 dev@mail.example.cn。", "cn-pipl/processor", "covered"),
        ("本政策仅适用于本公司（以下简称「我们」）的产品。联系邮箱 dev@mail.example.cn。", "cn-pipl/processor", "missing"),
        ("我方发布的应用程序会使用 Google Firebase Analytics 进行使用情况分析。", "cn-pipl/methods", "covered"),
        ("我们会集成穿山甲广告 SDK，用于实现广告投放的功能。", "cn-gbt35273/methods", "covered"),
        ("本应用不使用任何第三方 SDK 进行统计分析。", "cn-pipl/methods", "missing"),
        ("## 咨询和意见时的个人信息收集\n\n- 发送方邮箱地址、设备识别信息\n", "cn-gbt35273/functions", "covered"),
        ("## 注册时我们不收集的信息\n\n- 身份证号\n", "cn-gbt35273/functions", "missing"),
        ("我方将适当管理个人信息，除以下情况外，不会向第三方披露个人信息。", "cn-gbt35273/sharing", "covered"),
    ],
)
def test_cn_operator_alias_sdk_method_and_situation_heading(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- one pattern for both regions: Taiwan words read in their mainland form (regional/tw-cn.tsv) --


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        # 伺服器/資訊 → 服务器/信息, 個人化 → 个性化, 造訪 → 访问, 身分證 → 身份证
        ("我們會使用您所在國家境外的伺服器來處理您的個人資訊。", "cn-pipl/abroad-methods", "covered"),
        ("您可以前往 Cookie 偏好設定工具，將個人化廣告 Cookie 設定為「停用」，即可選擇退出。", "us-ccpa/right-to-opt-out", "covered"),
        ("- 您有權要求造訪和/或更正我們持有的有關您的任何個人資料。", "cn-gbt35273/access", "covered"),
        ("我們會蒐集您的身分證字號以驗證身分。", "cn-pipl/sensitive-necessity", "missing"),
        # a negated request does not make the sensitive-data items apply
        ("我們絕對不會透過電子郵件要求您提供密碼或身分證字號。", "cn-pipl/sensitive-necessity", "not-applicable"),
    ],
)
def test_taiwan_wording_through_the_regional_table(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


def test_table_of_contents_item_under_a_lead_in_is_not_cited() -> None:
    text = (
        "點選連結即可跳到各規定處：\n\n* [Cookie 及分析術使用方式](#cookies)\n\n## Cookie\n\n我們也可能透過 Cookie 或其他技術收集資訊。\n"
    )
    found = verdict(text, "cn-gbt35273/methods")
    assert found.status == "covered"
    assert found.evidence.line == 9
