"""Fifty-third session, second wave (u53w2): the classes of `eval/profiles53b`'s disagreements, both sides of each rule.

- tw-pdpa methods: a limit on the scope of use (「本會所取得資料，僅於合法及必要範圍內使用：」, worldcase-tw 13) is no means of use;
- tw-pdpa recipients: a denial of sharing with the law and consent as its exceptions (「除符合法令規定或經您同意，本會不會將個人資料提供給
  第三方。」, worldcase-tw 22) still answers the item, as three earlier sets were annotated (decided and written down, not changed);
- the Act's one-item label with no colon read with its value (cctv-tw 709-714); eu-gdpr recipients named by the service a case
  of sharing is needed for (kuaizai-i18n 89, 195); citing lines: 使用者, a dictionary's key line (cctv-tw 706, kuaizai-i18n 84).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status, profile_verdict

P53B = ROOT / "eval" / "profiles53b" / "docs"
WORLDCASE = P53B / "worldcase-tw" / "privacy.txt"


# --- tw-pdpa methods: a limit on the scope of use -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 二、資料使用方式\n\n本會所取得資料，僅於合法及必要範圍內使用：\n\n- 提供會員申請與相關服務。\n- 通知重要公告。\n",
        "## 二、资料使用方式\n\n本会所取得资料，仅在合法及必要范围内使用：\n\n- 提供会员申请与相关服务。\n",
        "## 資料使用方式\n\n本公司於蒐集目的之必要範圍內利用您的個人資料。\n",
        "## 資料使用方式\n\n您的個人資料僅於必要限度內加以利用。\n",
        "## How we use data\n\nWe use your personal data only to the extent lawful and necessary.\n",
    ],
)
def test_a_limit_on_the_scope_of_use_is_no_means(text: str) -> None:
    assert profile_status(text, "tw-pdpa/methods") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 資料使用方式\n\n本公司僅於必要範圍內，以電子方式利用您的個人資料。\n",
        "## 資料使用方式\n\n本公司僅於必要範圍內以電子或書面方式利用您的個人資料。\n",
        "## 资料使用方式\n\n本公司仅于必要范围内，以自动化或非自动化方式利用您的个人资料。\n",
        "## 資料使用方式\n\n我們會以必要的方式利用您的個人資料，例如：為您建立客戶檔案。\n",
        "## 資料使用方式\n\n本公司以電腦系統處理您的個人資料，並僅於必要範圍內使用。\n",
    ],
)
def test_a_means_beside_a_limit_still_covers(text: str) -> None:
    assert profile_status(text, "tw-pdpa/methods") == "covered"


def test_worldcase_methods_regression() -> None:
    assert file_verdict(WORLDCASE, "tw-pdpa/methods") == ("missing", None)


# --- tw-pdpa recipients: a denial whose exceptions name no recipient -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 資料使用\n\n除符合法令規定或經您同意，本會不會將個人資料提供給第三方。\n",
        "## 资料使用\n\n除符合法令规定或经您同意，本会不会将个人资料提供给第三方。\n",
        "## 資料使用\n\n本會不會將個人資料提供給第三方。\n",
        "## 资料使用\n\n本会不会将您的个人资料提供给任何第三方。\n",
        "## 資料使用\n\n除政府機關依法要求外，本公司不會將您的個人資料提供給第三方。\n",
        "## Sharing\n\nWe do not share your personal data with third parties.\n",
    ],
)
def test_a_denial_with_law_and_consent_as_exceptions_still_answers_recipients(text: str) -> None:
    # the decision written in the recipients rule: the data are used by the agency alone (worldcase-tw 22 annotated otherwise)
    assert profile_status(text, "tw-pdpa/recipients") == "covered"


def test_a_positive_sharing_with_a_bare_third_party_names_no_recipient() -> None:
    assert profile_status("## 資料使用\n\n本公司會將您的個人資料提供給第三方。\n", "tw-pdpa/recipients") == "missing"


# --- a numbered label for one item with no colon, its value on the next line of one paragraph ------------------------------


def _html_verdict(body: str, item: str) -> tuple[str, int | None]:
    verdict = profile_verdict("<div>\n" + body + "\n</div>\n", item, suffix=".html")
    return str(verdict.status), (verdict.evidence.line if verdict.evidence else None)


@pytest.mark.parametrize(
    "body",
    [
        "二、 個人資料蒐集類別\n&nbsp;&nbsp;（一）識別類（中、英文姓名、聯絡電話號碼、電子郵遞地址、帳戶號碼與戶名。",
        "二、 个人资料搜集类别\n&nbsp;&nbsp;（一）识别类（中、英文姓名、联络电话号码、电子邮递地址、帐户号码与户名。",
        "2. 個人資料類別\n(1) 識別類：姓名、電話、電子郵件。",
    ],
)
def test_a_label_without_its_colon_reads_with_its_value(body: str) -> None:
    assert _html_verdict(body, "tw-pdpa/categories")[0] == "covered"


def test_a_title_naming_several_items_still_stands_apart() -> None:
    body = "三、 個人資料利用之期間、地區、對象及方式\n（一）期間：利用期間為本單位業務所必須之保存期間。"
    # the 期間 value is cited on its own line, not at the title over it
    assert _html_verdict(body, "tw-pdpa/period") == ("covered", 5)


@pytest.mark.parametrize(
    "body",
    [
        "二、 聯絡我們\n（一）識別類：姓名、電話。",
        "二、 個人資料蒐集類別\n（一）本單位不會蒐集您的姓名。",
    ],
)
def test_no_item_label_or_a_denied_value_covers_nothing_new(body: str) -> None:
    assert _html_verdict(body, "tw-pdpa/categories")[0] == "missing"


def test_cctv_categories_regression() -> None:
    assert file_verdict(P53B / "cctv-tw" / "EditAccountPop.vue", "tw-pdpa/categories") == ("covered", 713)


# --- eu-gdpr recipients: the kinds of providers named by the service a case of sharing is needed for ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "## Sharing\n\nWe do not sell your personal information to any third party. We may share necessary information only when: (1) we have your explicit consent; (2) it is required to deliver payment, hosting or analytics services, and the third party is bound by confidentiality.\n",
        "## Sharing\n\nWe may disclose your data where necessary to provide our hosting and e-mail services.\n",
        "## 第三方共享\n\n我们不会向任何第三方出售您的个人信息。仅在以下情形下，我们可能共享必要的信息：（1）获得您明确同意；（2）为完成支付、托管、分析等服务所必需，且第三方受保密义务约束。\n",
        "## 第三方共享\n\n我們不會向任何第三方出售您的個人資訊。僅在以下情形下，我們可能共享必要的資訊：（1）獲得您明確同意；（2）為完成支付、託管、分析等服務所必需。\n",
    ],
)
def test_a_sharing_case_named_by_its_service_names_recipients(text: str) -> None:
    assert profile_status(text, "eu-gdpr/recipients") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## Use\n\nWe use your data as required to deliver payment services to you.\n",
        "## 共享\n\n我们不会共享您的信息，除非为完成支付服务所必需。\n",
        "## 使用\n\n我们使用您的信息为完成支付服务所必需的身份验证。\n",
    ],
)
def test_a_service_without_sharing_names_no_recipient(text: str) -> None:
    assert profile_status(text, "eu-gdpr/recipients") == "missing"


def test_kuaizai_recipients_regression() -> None:
    assert file_verdict(P53B / "kuaizai-i18n" / "i18n.js", "eu-gdpr/recipients") == ("covered", 89)


# --- citing lines: 使用者 is no use; a purposes label with no colon; a dictionary's heading key --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 告知事項\n\n為了確保使用者之個人資料、隱私及權益之保護，當您已閱讀並同意本告知內容時，即表示您同意本告知。\n",
        "## 告知事项\n\n为了确保使用者之个人资料、隐私及权益之保护，当您已阅读并同意本告知内容时，即表示您同意本告知。\n",
    ],
)
def test_the_user_is_no_use_of_the_data(text: str) -> None:
    assert profile_status(text, "tw-pdpa/purposes") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 告知事項\n\n為了確保服務安全，我們會使用您的登入紀錄。\n",
        "## 告知事项\n\n为了提供会员服务，我们会收集您的电子邮件。\n",
    ],
)
def test_a_purpose_with_a_use_still_covers(text: str) -> None:
    assert profile_status(text, "tw-pdpa/purposes") == "covered"


@pytest.mark.parametrize(
    "body",
    [
        "一、 個人資料蒐集目的\n&nbsp;&nbsp;（一）系統申請時審核身份用。\n&nbsp;&nbsp;（二）上述之相關業務。",
        "一、 个人资料搜集目的\n（一）系统申请时审核身份用。",
    ],
)
def test_a_purposes_label_without_its_colon_reads_with_its_numbered_value(body: str) -> None:
    assert _html_verdict(body, "tw-pdpa/purposes") == ("covered", 4)


def test_a_purposes_label_with_no_numbered_value_is_no_purpose() -> None:
    assert _html_verdict("一、 蒐集目的（以下稱目的）\n本公司重視您的隱私。", "tw-pdpa/purposes")[0] == "missing"


def test_cctv_purposes_regression() -> None:
    assert file_verdict(P53B / "cctv-tw" / "EditAccountPop.vue", "tw-pdpa/purposes") == ("covered", 709)


_DICTIONARY = "var t = {{\n  'privacy.intro': '{intro}',\n  'privacy.s1.t': '{title}',\n  'privacy.s1.b': '{body}',\n}};\n"


@pytest.mark.parametrize(
    ("intro", "title", "body"),
    [
        ("本政策说明我们如何处理信息。", "一、我们收集的信息", "我们收集您的姓名和邮箱地址。"),
        ("本政策說明我們如何處理資訊。", "一、我們蒐集的資訊", "我們蒐集您的姓名和電子郵件地址。"),
        ("This policy explains how we handle information.", "1. Information We Collect", "We collect your name and email address."),
    ],
)
def test_a_dictionary_heading_key_is_not_cited_for_the_next_value(intro: str, title: str, body: str) -> None:
    text = _DICTIONARY.format(intro=intro, title=title, body=body)
    verdict = profile_verdict(text, "cn-pipl/categories", suffix=".js")
    assert (verdict.status, verdict.evidence.line if verdict.evidence else None) == ("covered", 6)


def test_kuaizai_categories_regression() -> None:
    assert file_verdict(P53B / "kuaizai-i18n" / "i18n.js", "cn-pipl/categories") == ("covered", 85)
