"""Disclosure profiles, the fifteenth session's classes of helper d14h (issue #14): both sides of each.

The blind round's aggregate named the classes without the documents.  Each form below was first found in real text (our
non-blind data, or public text found with the code search, named beside the sentence); short texts of our own give the
look-alikes.

(1) a negation or an obligation cited as a disclosure: a clause negated as a whole (「亦不會將資料用於廣告」, "We do not use any
    third-party trackers") never cites for an item that needs a positive statement; a denial of selling alone
    (「不会…出售给第三方」) is no statement of GB/T sharing; items where a denial *is* the disclosure keep it;
(2) applicability of the PIPL sensitive-data items: payment data and location tracking in a collection list (支付账号, 金融账户,
    GPS 位置) make them apply; 「敏感凭证（API 密钥、令牌、密码）」, a service's credentials, does not;
(3) purposes written as a clause (「…以自动记账」「使用收集的信息来改进…」「…，以優化我們的服務」, a bold 「**目的**：」 label), not 以 as
    "by means of" nor 来 in 来自/来源;
(4) Taiwan wording: storage ended by the end of a process (「流程結束即立即丟棄」), no transfer to any third party as the
    recipients (none), a sign-in provider returning the person's data as the source;
(5) collection methods as what the person adds or produces, not the app saving into the person's folders;
(6) small forms: a dashed date "06-Feb-2021" (a JSX `<p>` too, and the loader's metadata), "log a complaint with a supervisory
    agency", a security measure and access through the operating system's keychain.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from helpers import profile_status as status
from helpers import profile_verdict as verdict
from policylens.profiles import resolve
from policylens.profiles.coverage import coverage

# --- (1) a clause negated as a whole ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # the form named by the blind round's aggregate, and eval/dev4/catdiary-md line 39 「我们不会将用户内容用于广告投放…」
        ("## 資料\n\n我們不向任何第三方轉移資料，也不會將資料用於廣告或分析。\n", "tw-pdpa/purposes"),
        ("## 資料\n\n我們不向任何第三方轉移資料，也不會將資料用於廣告或分析。\n", "cn-pipl/purposes"),
        ("## 内容\n\n我们不会将用户内容用于广告投放、跨 App 追踪或出售给第三方。\n", "cn-pipl/purposes"),
        ("## Data\n\nWe do not use any analytics or third-party trackers.\n", "us-ccpa/categories-collected"),
        ("## Data\n\nYour e-mail address is never used for advertising.\n", "eu-gdpr/purposes"),
    ],
)
def test_a_clause_negated_as_a_whole_never_cites(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize(
    ("text", "item", "line"),
    [
        # the positive clause before the negated one is the purpose
        ("## 用途\n\n我们使用您的邮箱用于发送通知，不会用于广告。\n", "cn-pipl/purposes", 5),
        ("## 用途\n\n我们使用您的邮箱用于发送通知，不会用于广告。\n", "tw-pdpa/purposes", 5),
        # the negated clause is cited after the positive sentence, never instead of it
        ("## 用途\n\n我们不会将数据用于广告。\n\n我们收集您的手机号码用于登录验证。\n", "cn-pipl/purposes", 7),
    ],
)
def test_a_positive_clause_beside_a_negated_one_still_covers(text: str, item: str, line: int) -> None:
    found = verdict(text, item)
    assert found.status == "covered"
    assert found.evidence.line == line


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # a denial is the disclosure for these items (denial = true): kept
        ("## 資料\n\n我們不向任何第三方轉移資料。\n", "tw-pdpa/recipients"),
        ("## 共享\n\n我们不会与任何第三方共享您的个人信息。\n", "cn-gbt35273/sharing"),
        ("## 共享\n\n我们不会将您的个人信息出售给第三方。\n", "us-ccpa/sold-or-shared"),
        # eval/dev3/xiaomigao-md line 47: sale *and* sharing denied in one clause
        ("## 共享\n\n- **不向无关第三方出售或共享**：我们不会将您的个人信息出售给第三方。\n", "cn-gbt35273/sharing"),
        ("## 共享\n\n我们不会将您的个人信息出售或提供给任何第三方。\n", "cn-gbt35273/sharing"),
    ],
)
def test_items_whose_disclosure_is_a_denial_keep_it(text: str, item: str) -> None:
    assert status(text, item) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # eval/dev13/aqara-assets-html line 388; eval/dev4/campus-md line 66
        "## 共享\n\n我们不会将任何个人信息出售给第三方。\n",
        "## 共享\n\n2.2 我们不会将您的个人信息用于个性化推荐广告或出售给第三方。\n",
        "## 共享\n\n我们绝不出租或出售您的资料。\n",
    ],
)
def test_a_denial_of_selling_is_no_statement_of_sharing(text: str) -> None:
    assert status(text, "cn-gbt35273/sharing") == "missing"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # an obligation of the user is not what refusing costs (the form named by the blind round's aggregate)
        ("## AI\n\n- 您必须提供自己的 API 密钥\n- 您可以随时在设置中禁用它\n", "cn-gbt35273/effect-of-not-providing"),
        ("## AI\n\n- You must provide your own API keys\n- You can disable it at any time in the settings\n", "eu-gdpr/requirement"),
    ],
)
def test_an_obligation_is_not_the_effect_of_not_providing(text: str, item: str) -> None:
    assert status(text, item) == "missing"


# --- (2) applicability of the sensitive-data items ------------------------------------------------------------------

SENSITIVE_ITEMS = ("cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked")


@pytest.mark.parametrize("item", SENSITIVE_ITEMS)
@pytest.mark.parametrize(
    "text",
    [
        "## 收集的信息\n\n- 支付账号：用于提现\n- 设备信息\n",
        "## 收集的信息\n\n- 金融账户信息：用于提现\n",
        "## 收集的信息\n\n- GPS 位置：用于记录运动轨迹\n",
        # eval/dev3/hmachine-md line 62 (a list item under its collection section)
        "## 我们收集的信息\n\n我们收集以下信息：\n\n- GPS定位信息\n- 昵称\n",
        "## 我们收集的信息\n\n为记录您的跑步路线，我们会获取您的 GPS 位置。\n",
    ],
)
def test_payment_data_and_location_tracking_make_the_items_apply(text: str, item: str) -> None:
    assert status(text, item) != "not-applicable"


@pytest.mark.parametrize("item", SENSITIVE_ITEMS)
@pytest.mark.parametrize(
    "text",
    [
        # public READMEs (found with find_string 「敏感凭证（API 密钥」): a service's credentials, not PIPL sensitive data
        "## 安全\n\n所有敏感凭证（API 密钥、令牌、密码）都存储在系统钥匙串中。\n",
        "## 配置\n\n.env 存放敏感凭证（API 密钥、接口地址），不入库。\n",
        # negated (eval/dev4/campus-md line 46, with bold marks between 不会 and the verb)
        "## 收集的信息\n\n我们不会收集您的支付账号或 GPS 位置。\n",
        "## 收集的信息\n\n> 注：本平台**不会**请求您的精确 GPS 定位权限。\n",
    ],
)
def test_credentials_and_negations_do_not_make_them_apply(text: str, item: str) -> None:
    assert status(text, item) == "not-applicable"


# --- (3) purposes written as a clause ---------------------------------------------------------------------------------


@pytest.mark.parametrize("item", ["cn-pipl/purposes", "tw-pdpa/purposes"])
@pytest.mark.parametrize(
    "text",
    [
        "## 通知\n\n本应用会读取支付宝、微信的推送通知以自动记账。\n",
        "## 使用\n\n我们使用收集的信息来改进应用的稳定性。\n",
        "## 資料\n\n我們會收集當機紀錄，以優化我們的服務。\n",
        # a bold label on a list item (the form of public small-app policies)
        "## 网络连接\n\n**2.1 GitHub 访问**\n- **目的**：获取发布信息、管理仓库\n- **传输的数据**：访问令牌\n",
    ],
)
def test_a_purpose_written_as_a_clause(text: str, item: str) -> None:
    assert status(text, item) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # 以 as "by means of", 来 in 来自/来源
        "## 登录\n\n我们以加密方式传输您的密码。\n",
        "## 处理\n\n我们以自动化方式处理您的信息。\n",
        "## 来源\n\n我们收集的数据来自您的设备。\n",
        "## 来源\n\n这些信息来源于您的授权。\n",
        # a label over nothing; eval/profiles/docs/simpfun-eula line 13: the software's purpose, not the data's
        "## 数据\n\n- **目的**：无\n",
        "## 许可\n\n2.2 **使用目的**：本软件旨在帮助用户简化管理服务器。您应仅将本软件用于合法、合规的目的。\n",
        # negated
        "## 数据\n\n我们不会读取您的通知以推荐广告。\n",
    ],
)
def test_look_alikes_of_a_purpose_clause(text: str) -> None:
    assert status(text, "cn-pipl/purposes") == "missing"


# --- (4) Taiwan wording -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("item", ["tw-pdpa/period", "cn-pipl/retention", "cn-gbt35273/retention"])
@pytest.mark.parametrize(
    "text",
    [
        "## 資料\n\n驗證碼僅用於登入，流程結束即立即丟棄。\n",
        # public READMEs (found with find_string 「結束後即刪除」「完成後即刪除」)
        "## 資料\n\n檔案僅暫存於記憶體中，工作階段結束後即刪除。\n",
        "## 資料\n\n上傳的圖片只會暫存在本機伺服器，工作階段結束後即刪除，不會上傳到任何外部服務。\n",
        "## 資料\n\nOpenRouter 從頭到尾處理一切。處理完成後即刪除檔案。\n",
    ],
)
def test_storage_ended_by_the_end_of_a_process(text: str, item: str) -> None:
    assert status(text, item) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # a branch, not personal data (public READMEs found with the same search)
        "## 開發\n\nfeature 為一次性分支，合併完成後即刪除。\n",
        "## 資料\n\n我們會保存您的訂單紀錄。\n",
    ],
)
def test_look_alikes_of_a_process_ending_storage(text: str) -> None:
    assert status(text, "tw-pdpa/period") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 資料\n\n我們不向任何第三方轉移資料。\n",
        "## 資料\n\n本程式不會將您的資料轉移給任何第三方。\n",
    ],
)
def test_no_transfer_to_anyone_states_the_recipients(text: str) -> None:
    assert status(text, "tw-pdpa/recipients") == "covered"


def test_the_user_s_own_duty_is_no_statement_of_recipients() -> None:
    assert status("## 帳號\n\n請勿將您的密碼轉交給任何人。\n", "tw-pdpa/recipients") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 登入\n\n使用 Google 登入時，Google 可能於 OAuth 流程中傳回您的電子郵件地址與頭像。\n",
        # a public app's policy page (found with find_string 「Google 可能會提供」)
        "## 第三方服務\n\n- **Google Sign-In：**用於帳號登入與身份驗證。Google 可能會提供您的姓名、電子郵件地址及頭像照片。\n",
    ],
)
def test_a_sign_in_provider_returning_data_is_the_source(text: str) -> None:
    assert status(text, "tw-pdpa/source") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 分析\n\n我們會向 Google 提供您的電子郵件。\n",
        "## 分析\n\nGoogle 提供網站流量分析服務。\n",
        "## 登入\n\nGoogle 不會提供您的密碼給我們。\n",
    ],
)
def test_look_alikes_of_a_provider_as_source(text: str) -> None:
    assert status(text, "tw-pdpa/source") == "not-applicable"


# --- (5) collection methods: what the person adds or produces -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 1. 我们收集的信息\n\n本应用在您的设备上本地存储以下数据：\n- 您添加到应用中的项目路径\n- 应用偏好设置\n",
        "## 收集\n\n- 录音数据：您主动使用“跟读”功能时产生\n",
        # a public school-timetable app's policy (found with find_string 「功能时产生」)
        "## 收集\n\n下述信息均系您主动使用相应功能时产生，或由您所登录的学校教务系统返回，且仅保存在您的设备本地。\n",
    ],
)
def test_what_the_person_adds_or_produces_is_a_collection_method(text: str) -> None:
    assert status(text, "cn-gbt35273/methods") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 权限\n\n本应用只会访问您的文件目录，用于数据保存。\n",
        "## 收集\n\n我们不会收集您添加到应用中的文件。\n",
    ],
)
def test_saving_into_the_person_s_folders_is_no_collection_method(text: str) -> None:
    assert status(text, "cn-gbt35273/methods") == "missing"


# --- (6) small forms ---------------------------------------------------------------------------------------------------

JSX = (
    "export default function Privacy() {\n  return (\n    <div>\n      <h1>Privacy Policy</h1>\n"
    "      <p>Last updated: 06-Feb-2021</p>\n      <h2>Data</h2>\n"
    "      <p>We collect your e-mail address to send you updates.</p>\n    </div>\n  );\n}\n"
)


def test_a_dashed_date_in_a_jsx_page_is_the_last_update(tmp_path: Path) -> None:
    path = tmp_path / "privacy.jsx"
    path.write_text(JSX, encoding="utf-8")
    document = parse_path(path)
    assert document.metadata.updated == "2021-02-06"
    (result,) = coverage(document, resolve(["us-ccpa"]))
    (found,) = [v for v in result.items if v.item.id == "us-ccpa/last-updated"]
    assert found.status == "covered"
    assert found.evidence.line == 5


@pytest.mark.parametrize(
    "text",
    [
        "## Notes\n\nOrder 06-Feb-2021 shipped.\n",
        "## Notes\n\nBuild 1-Feb-2021-beta was the first release.\n",
    ],
)
def test_a_dashed_date_without_an_update_word_is_no_last_update(text: str) -> None:
    assert status(text, "us-ccpa/last-updated") == "missing"


def test_the_loader_reads_a_dashed_date_as_a_date_only_whole() -> None:
    assert parse_string("Last updated: 06-Feb-2021\n").metadata.updated == "2021-02-06"
    assert parse_string("Last updated: 06-Febx-2021-12\n").metadata.updated is None


def test_a_complaint_with_a_supervisory_agency() -> None:
    # the English of a common German privacy template (public sites, found with find_string)
    text = (
        "## Rights\n\nIn the event of violations of the GDPR, data subjects are entitled to log a complaint with a supervisory "
        "agency, in particular in the member state where they usually maintain their domicile.\n"
    )
    assert status(text, "eu-gdpr/complaint") == "covered"
    assert status("## Support\n\nYou can log a complaint with our support agency.\n", "eu-gdpr/complaint") == "missing"


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## 保护\n\n- 所有凭证都存储在 macOS 钥匙串中\n- macOS 钥匙串提供系统级加密和安全保护\n", "cn-gbt35273/security", "covered"),
        ("## 保护\n\n凭证加密存储在 Android Keystore 中。\n", "cn-gbt35273/security", "covered"),
        # eval/dev7/synodocker-md line 26: where the session is kept, no measure named
        ("## 登录\n\n若开启「记住登录状态」，会话令牌会保存在本机钥匙串。\n", "cn-gbt35273/security", "missing"),
        ("## 权利\n\n- 您可以从 macOS 钥匙串中查看和删除存储的凭证\n", "cn-gbt35273/access", "covered"),
        ("## 登录\n\n我们会从钥匙串中读取令牌以登录。\n", "cn-gbt35273/access", "missing"),
    ],
)
def test_security_and_access_through_the_operating_system(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected
