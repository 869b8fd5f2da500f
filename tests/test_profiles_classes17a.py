"""Disclosure profiles, the seventeenth session's classes of helper m17a (issue #14): business functions, processing methods
and categories of the Chinese profiles.

The blind rounds' aggregate named the classes without the documents; every text below is our own, written to the shapes the
lead described, with the verdict and the cited line asserted.  `profile_verdict` puts the text under 「# Privacy Policy」 and a
blank line, so the text's first line is line 3 (a text that opens with a heading has its first sentence on line 5).

(1) GB/T business functions in small policies' wording: a function named by what the person does with the data it asks for
    (「当您发表评论时，需要填写昵称和邮箱」「注册时需提供…」), a feature's label over what the person puts in (「AI 对话：您输入的文字…」),
    a feature named as what the data serves (「为了给您推荐附近的店铺，…获取您的位置信息」), a data label over the feature that
    produces it (「录音数据：在您主动使用“跟读”功能时产生」), a feature's label over its data (「提醒与偏好：宠物名称、提醒时间」), a function's own heading over a short item naming
    data (「### 2.1 云同步」 + 「- 笔记内容」); cited after them: a cookie sentence, data kept locally with no feature, a third party
    that provides a function, a list item naming only a purpose.  Not the service as a whole, a general list, a request to
    exercise a right, data the person must not send;
(2) methods: kept in the keychain or stored encrypted (cn-pipl); for tw-pdpa, processed only in the browser or on the device, sent
    by the browser itself, written to a public database and shown; cited after a statement: data volunteered beyond the list
    (「您自愿提供的任何其他个人信息」), a bracketed label (「（自动收集）」), what refusing costs, a list item naming data only, a
    line of English in a Chinese policy (cn-pipl).  Not storage alone (tw-pdpa), a means denied, a promise of security;
(3) cn-pipl categories: data named in a feature sentence, kept on the device, produced by the use (「会产生操作日志」) or listed
    under a lead-in that names what is processed (「本应用处理的数据包括：」) covers; a list of data the policy does not ask
    for (「我们不会要求您提供姓名…」) covers nothing; a registration clause naming no data, a use of one kind of data, a
    permission's label are cited after the list of what is collected; a rights or use sentence naming no data covers nothing;
(4) the ranking (`coverage.Matcher.first`): a line that is a denial, a title or a header stays ranked as one where a demote
    pattern finds it too (the demoted lines are statements only);
(5) a line of English in a Chinese policy (`soft_demote`) is cited after the Chinese statement, and an English policy keeps its
    first statement.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict


def _cites(text: str, item: str, line: int) -> None:
    found = verdict(text, item)
    assert found.status == "covered", (item, text)
    assert found.evidence.line == line, (item, found.evidence)


# --- (1) GB/T business functions ---------------------------------------------------------------------------------------

FUNCTIONS = [
    "## 评论\n\n当您发表评论时，需要填写昵称和邮箱。\n",
    "## 留言\n\n在您提交留言时，请填写您的电子邮箱，以便我们回复。\n",
    "## 報名\n\n當您報名活動時，需填寫姓名與手機號碼。\n",
    "## 预约\n\n当您预约服务时，需要提供联系电话和地址。\n",
    "## 数据\n\n录音数据：在您主动使用“跟读”功能时产生。\n",
    "## 資料\n\n照片：在您使用「掃描」功能時由您提供。\n",
    "## 我们收集的信息\n\n提醒与偏好：宠物名称、提醒时间。\n",
    "## 我们收集的信息\n\n记账提醒：账目金额、提醒日期。\n",
    "## 评论\n\n发表评论时，我们会记录您的昵称和 IP 地址。\n",
    "## 註冊\n\n註冊時需提供使用者名稱、密碼和電子郵件地址。\n",
    "## 功能\n\nAI 对话：您输入的文字会发送至模型服务。\n",
    "## 功能\n\n翻譯：您上傳的圖片會傳送至翻譯服務。\n",
    "## 附近\n\n为了给您推荐附近的店铺，我们需要获取您的位置信息。\n",
]


@pytest.mark.parametrize("text", FUNCTIONS)
def test_a_function_with_the_data_it_asks_for(text: str) -> None:
    _cites(text, "cn-gbt35273/functions", 5)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("## 我们处理的数据\n\n### 2.1 云同步\n\n- 笔记内容\n- 账号邮箱\n", 7),
        ("## 我们处理的数据\n\n### 2.2 AI 生成\n\n- 您输入的提示词\n", 7),
        ("## 我们处理的数据\n\n### 2.3 记账功能\n\n- 账目金额\n", 7),
        ("## 收集的資料\n\n### 1. 註冊登入\n\n- 手機號碼\n- 密碼\n", 7),
    ],
)
def test_a_functions_heading_over_its_data(text: str, line: int) -> None:
    _cites(text, "cn-gbt35273/functions", line)


@pytest.mark.parametrize(
    "text",
    [
        # the service as a whole, a general list, a feature label over no data, a feature's heading over what it does
        "## 信息\n\n当您使用本应用时，系统会自动记录日志。\n",
        "## 信息\n\n我们可能收集以下信息：\n\n- 设备型号\n- 操作系统版本\n",
        "## 信息\n\n设备信息：设备型号、系统版本。\n",
        "## 信息\n\n消息推送：我们会向您发送通知。\n",
        "## 功能\n\n### 2.1 云同步\n\n- 支持多台设备之间同步\n",
        "## 介绍\n\n### 核心功能\n\n- 记账\n- 日记本\n",
        # a request to exercise a right, data the person must not send, a function no data is asked for, a third party's function
        "## 权利\n\n当您申请注销时，需要提交身份证明。\n",
        "## 反馈\n\n当您反馈问题时，请不要填写密码。\n",
        "## 评论\n\n当您发表评论时，无需填写邮箱。\n",
        "## 支付\n\n支付功能由第三方支付机构提供。\n",
        # a label that is a kind of data, security as the purpose, a denial
        "## 功能\n\n输入内容：您输入的文字。\n",
        "## 安全\n\n为了保障账号安全，我们会收集您的设备信息。\n",
        "## 注册\n\n注册时不会收集您的手机号码。\n",
    ],
)
def test_no_function_with_its_data(text: str) -> None:
    assert status(text, "cn-gbt35273/functions") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## Cookie\n\n我们使用 Cookie 记录您的登录状态，以便您登录后保持会话。\n\n## 评论\n\n当您发表评论时，我们会收集您的昵称和邮箱。\n",
        "## 存储\n\n您的设置和日记保存在本地存储中，用于同步展示。\n\n## 同步\n\n当您开启云同步功能时，我们会上传您的笔记内容。\n",
        "## 支付\n\n支付功能由第三方支付机构提供，用于支付订单。\n\n## 注册\n\n当您注册时，我们会收集您的手机号码。\n",
    ],
)
def test_a_cookie_local_storage_or_third_party_line_is_cited_after_a_function(text: str) -> None:
    _cites(text, "cn-gbt35273/functions", 9)


# --- (2) methods -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 存储\n\n登录凭证保存在系统钥匙串中。\n",
        "## 安全\n\n密码加密存储。\n",
        "## 安全\n\n您的聊天内容经加密后传输。\n",
        "## 儲存\n\n存取權杖保存在 iOS Keychain。\n",
    ],
)
def test_kept_in_the_keychain_or_encrypted_is_a_pipl_method(text: str) -> None:
    _cites(text, "cn-pipl/methods", 5)


@pytest.mark.parametrize(
    "text",
    [
        "## 安全\n\n请不要发送密码或钥匙串导出的内容。\n",
        "## 安全\n\n我们不会加密存储您的日志。\n",
        "## 安全\n\n我们重视您的信息安全。\n",
    ],
)
def test_no_keychain_or_encryption_method(text: str) -> None:
    assert status(text, "cn-pipl/methods") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 處理\n\n您輸入的文字僅在瀏覽器本機端處理，不會傳送至伺服器。\n",
        "## 處理\n\n所有圖片皆在您的裝置上處理。\n",
        "## 翻譯\n\n翻譯請求由瀏覽器直接傳送至該服務。\n",
        "## 留言\n\n您的留言將寫入公開資料庫並顯示給所有訪客。\n",
    ],
)
def test_how_data_is_used_is_a_taiwan_method(text: str) -> None:
    _cites(text, "tw-pdpa/methods", 5)


@pytest.mark.parametrize(
    "text",
    [
        # storage alone stays no means of use (eval/profiles/dev/erikyin-tw.json), nor a means denied or data in the device
        "## 儲存\n\n所有資料皆儲存於您裝置的本機。\n",
        "## 處理\n\n這些資料並非僅在本機處理。\n",
        "## 裝置\n\n在您的裝置上處理的資料仍由您掌控。\n",
        "## 留言\n\n您的留言不會寫入公開資料庫並顯示給訪客。\n",
        "## 安全\n\n我們重視您的隱私。\n",
    ],
)
def test_no_taiwan_method(text: str) -> None:
    assert status(text, "tw-pdpa/methods") == "missing"


@pytest.mark.parametrize("item", ["cn-pipl/methods", "cn-gbt35273/methods"])
@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("## 我们收集的信息\n\n我们会收集：\n\n- 您自愿提供的任何其他个人信息\n- 您在注册时填写的邮箱地址\n", 8),
        ("## 设备信息\n\n（自动收集）\n\n- 设备型号、系统版本\n\n我们会在您使用时自动收集上述信息。\n", 9),
        ("## 自动收集的信息\n\n- 设备型号、系统版本\n\n我们会通过系统接口读取设备序列号。\n", 7),
        ("## 相机\n\n拍照上传功能可能不可用。\n\n您可以从相册中选择照片作为头像。\n", 7),
    ],
)
def test_a_weak_method_line_is_cited_after_a_statement(text: str, item: str, line: int) -> None:
    _cites(text, item, line)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("## 说明\n\nYou provide your own API keys.\n\nAPI 密钥由您自行填写，仅保存在本地。\n", 7),
        ("## Data / 数据\n\n- API key (stored locally on your device)\n- API 密钥（本地存储在您的设备上）\n", 6),
    ],
)
def test_an_english_line_is_cited_after_the_chinese_method(text: str, line: int) -> None:
    _cites(text, "cn-pipl/methods", line)


def test_an_english_method_alone_still_covers() -> None:
    _cites("## Data\n\nYou provide your own API keys.\n", "cn-pipl/methods", 5)


# --- (3) cn-pipl categories --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 评论\n\n当您发表评论时，需要填写昵称和邮箱。\n",
        "## 实名\n\n在登录游戏时提供的姓名、身份证件号码将用于实名认证。\n",
        "## 客服\n\n当您联系支持时，我们会收到您的邮件内容和截图。\n",
        "## 本地数据\n\n设置、进度与成绩、您选择的文件，均保存在本地。\n",
        "## 本機資料\n\n您的日記與照片都儲存在手機上。\n",
        "## 信息\n\n使用过程中会产生操作日志和崩溃信息。\n",
    ],
)
def test_data_named_in_a_feature_or_kept_locally_is_a_category(text: str) -> None:
    _cites(text, "cn-pipl/categories", 5)


@pytest.mark.parametrize(
    "text",
    [
        "## 我们收集的信息\n\n我们不会要求您提供姓名、通讯录、身份证号。\n",
        "## 資料\n\n我們絕不要求您填寫姓名或電話。\n",
        "## 反馈\n\n绝对不要提交：\n\n- 生产日志或备份\n",
        "## 权利\n\n您可以查询、更正我们收集的信息。\n",
        "## 使用\n\n我们使用收集的信息改进服务。\n",
        "## 信息\n\n本应用不会产生任何日志。\n",
        "## 信息\n\n我们不会处理的数据包括：\n\n- 通讯录\n",
    ],
)
def test_no_category(text: str) -> None:
    assert status(text, "cn-pipl/categories") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 我们收集的信息\n\n我们不会要求您提供姓名、通讯录。\n\n注册时我们会收集您的手机号码。\n",
        "## 注册\n\n您根据要求提供的注册信息将被用于创建账户。\n\n我们收集您的昵称和手机号码。\n",
        "## 信息\n\n我们仅使用您的 IP 地址进行访问统计。\n\n当您注册时，我们收集您的邮箱地址。\n",
        "## 我们收集的信息\n\n相机权限：用于扫描二维码并获取相机画面。\n\n我们收集您的手机号码，用于登录。\n",
    ],
)
def test_a_weak_category_line_is_cited_after_the_list(text: str) -> None:
    _cites(text, "cn-pipl/categories", 7)


@pytest.mark.parametrize("item", ["cn-pipl/categories", "tw-pdpa/categories"])
def test_a_list_not_asked_for_is_no_citation(item: str) -> None:
    _cites("## 資料\n\n我們不會要求您提供姓名、電話。\n\n我們蒐集您的電子郵件地址。\n", item, 7)


# --- (4) the ranking: a denial stays a denial --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 跟踪\n\n- 我们不跨网站跟踪您的行为\n",
        "## 权限\n\n- 本平台不会请求您的精确定位权限\n",
    ],
)
def test_a_denial_that_a_demote_pattern_finds_covers_nothing(text: str) -> None:
    assert status(text, "cn-gbt35273/methods") == "missing"


# --- (5) a line of English in a Chinese policy: `soft_demote`, cited after the Chinese statement, before the demoted lines -


@pytest.mark.parametrize("item", ["cn-pipl/categories", "tw-pdpa/categories"])
@pytest.mark.parametrize(
    "text",
    [
        "## Information / 信息\n\nWe collect your email address and device model.\n\n我们收集您的电子邮箱和设备型号。\n",
        "## Data / 資料\n\nWe collect: email address, phone number.\n\n我們蒐集：電子郵件地址、電話號碼。\n",
    ],
)
def test_an_english_line_is_cited_after_the_chinese_list(text: str, item: str) -> None:
    _cites(text, item, 7)


@pytest.mark.parametrize("item", ["cn-pipl/categories", "tw-pdpa/categories"])
def test_an_english_statement_still_ranks_above_a_demoted_line(item: str) -> None:
    # an English policy: every statement is a line of English, and the first one is cited, not a sharing clause before it
    text = "## Data\n\nWe share your email address with our service providers.\n\nWe collect your email address and device model.\n"
    _cites(text, item, 7)


@pytest.mark.parametrize(
    "text",
    [
        "## 数据\n\n本应用处理的数据包括：\n\n- 笔记内容\n- 标签\n",
        "## 資料\n\n我們保存的資料包含：\n\n- 電子郵件地址\n",
    ],
)
def test_the_list_under_a_lead_in_that_names_what_is_processed(text: str) -> None:
    _cites(text, "cn-pipl/categories", 7)
