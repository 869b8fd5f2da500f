"""Disclosure profiles, the sixteenth session's classes of helper f16a (issue #14): purposes and categories, the citing line.

The blind rounds' aggregate named the classes without the documents; the texts below are invented (the forms paraphrase the
aggregate), both sides of each, with the verdict and the cited line asserted.  `profile_verdict` puts the text under
「# Privacy Policy」 and a blank line, so the text's first line is line 3.

(1) the word 目的 / purpose(s) in another item's sentence (a retention period, children, a denial of other uses, the policy's
    opening, a security measure, a third party's own use, a setting) is cited only when no line states what the policy's own
    processing is for (`purpose_aside_f16a`, an item's `demote`);
(2) statements of purpose in shapes the clauses did not know: 「为了让应用记住…」「发送至X以获得回答」「如果需要…，您需要授权…访问」
    「所取得之資料以優化服務」「手机号码用于接收验证码」「做為…之用」, "solely to perform the check you requested", "This is necessary to
    display our website", "Business purpose: …", "sends requests … to send and receive transactions", "To create crash
    reports, we use …"; a purpose column named 用途说明, 权限用途, "Purpose of use", "Why we need it"…; "use" as a word (not
    "user information", "because"); what an account can no longer be used for is no purpose;
(3) no purpose at all: a disclaimer about reposted content, a principle as a label, collecting only what is needed, a pointer to a
    list, what the service offers (`purpose_void_f16a`, an item's `veto`);
(4) the categories: a line that names a kind of data in passing (a sharing clause, a third party that collects, the effect of not
    providing, what stops after a setting, where data is kept, what a cookie can record) is cited after a line that lists what the
    policy collects (`category_aside_f16a`), and so is a permission the app does not ask for (a denial, cited last).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

PURPOSES = ("cn-pipl/purposes", "tw-pdpa/purposes")
EN_PURPOSES = ("eu-gdpr/purposes", "us-ccpa/purposes")
CATEGORIES = ("cn-pipl/categories", "tw-pdpa/categories", "us-ccpa/categories-collected")


def _cites(text: str, item: str, line: int) -> None:
    found = verdict(text, item)
    assert found.status == "covered", item
    assert found.evidence.line == line, (item, found.evidence)


# --- (1) 目的 / purpose in another item's sentence ranks below a statement of purpose -------------------------------------


@pytest.mark.parametrize("item", PURPOSES)
@pytest.mark.parametrize(
    "text",
    [
        "## 保存\n\n保存期限为实现处理目的所必要的最短时间。\n\n## 使用\n\n位置信息用于推荐附近的门店。\n",
        "## 保存\n\n我们仅在为实现目的所必需的最短时间内保留您的信息。\n\n## 使用\n\n我们收集您的手机号码，用于登录。\n",
        "## 未成年人\n\n如确需为正当合法目的收集未成年人信息，我们将征得监护人同意。\n\n## 使用\n\n我们收集您的手机号码，用于登录。\n",
        "## 使用\n\n我們不會將資料使用於蒐集目的以外之其他用途。\n\n## 資料\n\n我們收集您的電子郵件，用於寄送訂單通知。\n",
        "## 第三方\n\n第三方 SDK 会使用您的设备信息，以便提供推送服务。\n\n## 使用\n\n我们收集您的手机号码，用于登录。\n",
    ],
)
def test_a_purpose_word_in_another_items_sentence_is_cited_after_a_statement(text: str, item: str) -> None:
    _cites(text, item, 9)


@pytest.mark.parametrize("item", EN_PURPOSES)
@pytest.mark.parametrize(
    "text",
    [
        "## Retention\n\nWe keep your data only as long as needed to fulfil the purposes for which we collected it.\n\n"
        "## Use\n\nWe use your e-mail address to send you the newsletter.\n",
        "## Cookies\n\nGoogle may use cookies to serve ads based on your visits.\n\n## Use\n\nWe use your e-mail address to send you the newsletter.\n",
        "## Security\n\nWe take measures to protect the personal information you provide for the purposes of this policy.\n\n"
        "## Use\n\nWe use your e-mail address to send you the newsletter.\n",
    ],
)
def test_a_purpose_word_in_another_items_english_sentence_is_cited_after_a_statement(text: str, item: str) -> None:
    _cites(text, item, 9)


# --- (2) statements of purpose in new shapes ----------------------------------------------------------------------------


@pytest.mark.parametrize("item", PURPOSES)
@pytest.mark.parametrize(
    "text",
    [
        "## 设置\n\n为了让应用记住你的偏好和提醒，我们在本地保存设置。\n",
        "## 功能\n\n我们将您输入的问题发送至 OpenAI 以获得回答。\n",
        "## 权限\n\n如果需要个性化书籍封面，您需要授权本应用访问您的相册或者相机。\n",
        "## 資料\n\n本應用所取得之資料以優化服務並改善用戶體驗。\n",
        "## 資料\n\n我們會蒐集您的瀏覽紀錄，以優化服務並改善用戶體驗。\n",
        "## 資料\n\n您提供的電子郵件做為寄送通知之用。\n",
        "## 信息\n\n您的手机号码用于接收验证码。\n",
        "## 資料\n\n照片僅用於提供上述功能在本地端運作。\n",
    ],
)
def test_new_chinese_shapes_state_the_purpose(text: str, item: str) -> None:
    _cites(text, item, 5)


@pytest.mark.parametrize("item", EN_PURPOSES)
@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("## Data\n\nWe process your IP address solely to perform the check you requested.\n", 5),
        (
            "## Logs\n\nWhen you visit, your browser sends your IP address.\nThis is necessary to display our website and ensure its stability.\n",
            6,
        ),
        ("## Data\n\nBusiness purpose: providing the feature you requested.\n", 5),
        ("## Data\n\nThe wallet sends requests to the RPC node to send and receive transactions.\n", 5),
        ("## Crashes\n\nTo create anonymous crash reports, we use Firebase Crashlytics, a service provided by Google.\n", 5),
        ("## Crashes\n\nIn order to improve the app, we collect crash logs.\n", 5),
    ],
)
def test_new_english_shapes_state_the_purpose(text: str, item: str, line: int) -> None:
    _cites(text, item, line)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # an introduction is no purpose of processing
        ("## 介绍\n\n为了让您更好地了解我们如何收集和使用您的信息，我们制定了本政策。\n", PURPOSES),
        # a right, not a feature
        ("## 权利\n\n如果您需要删除账号，您需要提供手机号码以验证身份。\n", PURPOSES),
        # negated
        ("## 信息\n\n您的手机号码不会被用于营销。\n", PURPOSES),
        ("## 資料\n\n您的電子郵件不會做為行銷之用。\n", PURPOSES),
        # a vague lead-in alone names no purpose (cn-pipl's older clause 「使用…用于」 reads it)
        ("## 信息\n\n我们的应用使用数据用于各种目的。\n", ("tw-pdpa/purposes",)),
        ("## Data\n\nWe do not process your data solely to provide ads.\n", ("eu-gdpr/purposes", "us-ccpa/purposes")),
        ("## Data\n\nWe do not send requests to any server to fetch your data.\n", ("eu-gdpr/purposes", "us-ccpa/purposes")),
        ("## Data\n\nPurpose: none.\n", ("us-ccpa/purposes",)),
        ("## Rights\n\nTo exercise your rights, contact us.\n", ("eu-gdpr/purposes", "us-ccpa/purposes")),
        ("## Cookies\n\nThese cookies are necessary to display the website.\n", ("eu-gdpr/purposes", "us-ccpa/purposes")),
        ("## Cookies\n\nTo be clear, we do not use cookies.\n", ("eu-gdpr/purposes", "us-ccpa/purposes")),
    ],
)
def test_look_alikes_of_the_new_shapes_state_no_purpose(text: str, items: tuple[str, ...]) -> None:
    for item in items:
        assert status(text, item) == "missing", item


# --- (3) no purpose at all ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("item", PURPOSES)
@pytest.mark.parametrize(
    "text",
    [
        "## 声明\n\n转载内容仅出于传递更多信息之目的，不代表本站观点。\n",
        "## 原则\n\n清晰透明：我们努力用简明的表述向您说明我们如何收集、使用信息，以便您更好地了解。\n",
        "## 原则\n\n数据最小化：仅收集必要的有限信息，以提供服务。\n",
        "## 原则\n\n我们仅收集必要的有限信息。\n",
        "## 说明\n\n为了向您提供服务，我们收集的个人信息种类、目的和方式详见《个人信息收集清单》。\n",
        "## 我们如何使用信息\n\n本平台提供首次使用引导、身份验证、数据统计服务。\n",
    ],
)
def test_a_principle_a_pointer_or_an_offer_is_no_purpose(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize("item", PURPOSES)
@pytest.mark.parametrize(
    ("text", "line"),
    [
        # the statement next to the principle or the offer still covers
        ("## 原则\n\n我们仅收集必要的信息，用于登录。\n", 5),
        ("## 我们如何使用信息\n\n本平台提供数据统计服务。\n\n我们收集您的设备信息，用于数据统计。\n", 7),
        ("## 说明\n\n收集目的：用于登录，详见下表。\n", 5),
    ],
)
def test_a_statement_beside_a_principle_or_an_offer_still_covers(text: str, item: str, line: int) -> None:
    _cites(text, item, line)


# --- (4) categories: a list of what is collected wins over a mention in passing ------------------------------------------

_LIST = "我们收集以下信息：\n\n- 手机号码\n- 设备型号\n"


@pytest.mark.parametrize("item", CATEGORIES)
@pytest.mark.parametrize(
    "passing",
    [
        "为了向您提供服务，我们会与合作伙伴共享您的设备信息。",
        "Cookie是一种小型文本文件，可以记录您的浏览记录和设备信息。",
        "第三方SDK可能会获取您的设备标识符。",
        "如您拒绝提供手机号码，您将无法注册。",
        "您可以在设置中关闭位置权限，关闭后我们将不再获取您的位置。",
        "我们收集的信息将存储在境内服务器，日志保存6个月。",
        "本应用不会申请麦克风、通讯录权限。",
        "3.1 收集目的：为进行技术问题诊断，我们可能收集您的设备信息。",
        "若您所填写之送货地址等非您本人之个人资料，您同意已取得当事人之同意。",
    ],
)
def test_a_list_of_what_is_collected_wins_over_a_mention_in_passing(passing: str, item: str) -> None:
    text = f"## 一、我们如何收集和使用您的个人信息\n\n{passing}\n\n{_LIST}"
    _cites(text, item, 9)  # the list item under the lead-in


@pytest.mark.parametrize(
    "passing",
    [
        "We may share your device information with our partners to provide the service.",
        "A cookie is a small text file that stores your IP address.",
        "Google may collect your IP address when you watch videos.",
        "If you do not provide your e-mail address, you cannot sign up.",
    ],
)
def test_an_english_list_of_what_is_collected_wins_over_a_mention_in_passing(passing: str) -> None:
    text = f"## 1. Information we collect\n\n{passing}\n\nWe collect the following information:\n\n- your e-mail address\n"
    _cites(text, "us-ccpa/categories-collected", 9)


@pytest.mark.parametrize("item", CATEGORIES)
def test_a_mention_in_passing_alone_is_still_the_last_resort_citation(item: str) -> None:
    _cites("## 一、我们如何收集和使用您的个人信息\n\n第三方SDK可能会获取您的设备标识符。\n", item, 5)


@pytest.mark.parametrize("item", CATEGORIES)
def test_a_permission_not_asked_for_beside_one_collected_still_covers(item: str) -> None:
    _cites("## 权限\n\n本应用不会申请麦克风权限。\n\n我们会收集您的手机号码用于登录。\n", item, 7)


# --- (2, continued) a purpose column under more names; the verb "use" as a word; English profiles on Chinese text --------


@pytest.mark.parametrize("item", (*PURPOSES, *EN_PURPOSES))
@pytest.mark.parametrize(
    "header", ["用途说明", "权限用途", "用途/目的", "使用场景/目的", "Purpose of use", "What we use it for", "Why we need it"]
)
def test_a_purpose_column_under_more_names_cites_its_rows(header: str, item: str) -> None:
    _cites(f"## 权限\n\n| 权限 | {header} |\n|---|---|\n| 相机 | 扫描二维码 |\n| 位置 | 推荐门店 |\n", item, 7)


@pytest.mark.parametrize("item", (*PURPOSES, *EN_PURPOSES))
def test_a_column_that_is_no_purpose_column_states_nothing(item: str) -> None:
    assert status("## 权限\n\n| 权限 | 备注 |\n|---|---|\n| 相机 | 可选 |\n", item) == "missing"


@pytest.mark.parametrize("item", EN_PURPOSES)
@pytest.mark.parametrize(
    "passing",
    [
        "Google | Google Analytics - site analytics to gather user information to improve the customer experience | 2 years",
        "We keep logs because the law requires us to provide them to the authorities.",
    ],
)
def test_user_or_because_is_no_use_of_the_data(passing: str, item: str) -> None:
    text = f"## Use of data\n\n{passing}\n\n## Orders\n\nWe use your e-mail address to send you order updates.\n"
    _cites(text, item, 9)


@pytest.mark.parametrize("item", ("us-ccpa/purposes",))
@pytest.mark.parametrize(
    "text",
    [
        "## 设置\n\n为了让应用记住你的偏好和提醒，我们在本地保存设置。\n",
        "## 功能\n\n我们将您输入的问题发送至 OpenAI 以获得回答。\n",
        "## 資料\n\n本應用所取得之資料以優化服務並改善用戶體驗。\n",
        "## 信息\n\n您的手机号码用于接收验证码。\n",
    ],
)
def test_the_ccpa_profile_reads_the_chinese_shapes_too(text: str, item: str) -> None:
    _cites(text, item, 5)


@pytest.mark.parametrize("item", (*PURPOSES, "us-ccpa/purposes"))
def test_what_an_account_can_no_longer_be_used_for_is_no_purpose(item: str) -> None:
    assert status("## 注销\n\n注销后：\n\n- 账号将无法继续用于登录、预约等功能。\n", item) == "missing"
