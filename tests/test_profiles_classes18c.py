"""Disclosure profiles, the eighteenth session's classes of helper m18c (issue #14): GB/T business functions, collection and
processing methods, PIPL purposes and categories.

The lead described the blind rounds' disagreements on cn-gbt35273/functions, cn-gbt35273/methods, cn-pipl/methods,
cn-pipl/purposes and cn-pipl/categories as classes, with invented examples; every text below is invented.  Each class is
tested both ways, with the cited line:

(1) functions: a function named with no subject (「在登录游戏时，您需要提供…」) or through a way in (「通过微信登录时，我们会获取：」
    with its items), a feature that needs registration and data, a feature that processes the person's input, a feature
    the person turns on and what it sends, a feature the data serves, and a feature's own heading over the sentence that
    names the data it reads or sends (cited at the body); not data tied only to a purpose, using the app as a whole, a
    general list by membership level, a heading that names a kind of data, or a feature that needs nothing;
(2) methods: a system API with a longer name, data read as the app runs, a log the server writes on a visit, data given
    at an action with no subject (「评论时提交的昵称」「邮箱地址：您在注册时提供」), the method named by a heading over a
    sentence that obtains data; a general statement about browsers is cited after the policy's own cookie sentence, and
    what refusing costs (「我们将无法为您创建账户」) is never a method;
(3) cn-pipl/purposes: verifying identity before handling a request is no purpose (the real purpose is cited, or the item
    stays missing); the data used to do something for the person is one;
(4) cn-pipl/categories: a clause that denies collecting, with words between the denial and the verb, is never the
    citation; a positive clause after a denial in one sentence names a category; the policy saying what it explains is
    cited after the list it gives.
"""

from __future__ import annotations

import pytest

from helpers import cited_line
from helpers import profile_verdict as verdict

# --- (1) cn-gbt35273/functions -------------------------------------------------------------------------------------------

FUNCTIONS_FOUND = [
    ("在报名参赛时，您需要提供姓名、身份证件号码，以完成资格审核。\n", "身份证件号码"),
    ("在登录游戏时，您需要提供真实姓名。\n", "真实姓名"),
    ("通过微信登录时，我们会获取：\n\n- OpenID\n- 头像\n- 昵称\n", "头像"),
    ("使用 QQ 登录时，我们将获取您的昵称。\n", "QQ"),
    ("私信、评论功能需要您注册，并提供昵称、头像、性别。\n", "私信"),
    ("动态功能需要您先登录，并填写昵称。\n", "动态功能"),
    ("转写功能会处理您的语音音频。\n", "转写功能"),
    ("朗读功能将发送您输入的文字到语音合成服务。\n", "朗读功能"),
    ("如果您使用云同步功能，您的笔记将被上传到我们的服务器。\n", "云同步"),
    ("若您开启云备份，我们会将您的账本数据上传至云端。\n", "云备份"),
    ("为了实现语音输入，我们需要使用您的麦克风。\n", "语音输入"),
    ("## 2.1 GitHub 接口访问\n\n本扩展使用您提供的访问令牌读取仓库列表。\n", "访问令牌"),
    ("## 2.2 AI 生成提交说明\n\n本扩展会把代码差异发送到您配置的模型服务。\n", "代码差异"),
    ("### 三、扫码识别\n\n应用会读取您拍摄的照片以识别二维码。\n", "拍摄的照片"),
    ("为向您提供地图定位服务，我们接入了高德地图 SDK，该 SDK 会获取您的位置信息。\n", "高德地图"),
    ("语音转写由讯飞开放平台提供，转写时会将您的录音发送至讯飞服务器。\n", "转写时"),
    ("跟读练习：我们会录制您的朗读音频并进行评分。\n", "跟读练习"),
    ("在您使用跟读功能时，我们会录制并上传您的声音。\n", "跟读功能"),
]


@pytest.mark.parametrize(("text", "words"), FUNCTIONS_FOUND)
def test_a_business_function_with_its_data_is_covered_at_the_line_that_names_the_data(text: str, words: str) -> None:
    assert words in cited_line(text, "cn-gbt35273/functions")


FUNCTIONS_KEPT_MISSING = [
    "我们收集的浏览记录用于改进产品。\n",  # a purpose alone
    "当您使用本App时，系统会自动记录您的设备型号、操作系统版本和IP地址。\n",  # using the app as a whole
    "如果您使用本应用，我们会收集您的设备信息。\n",
    "根据会员等级，我们可能收集以下信息：\n\n- 普通会员：昵称、手机号码\n- 高级会员：昵称、手机号码、收货地址\n",
    "为了实现账户安全，我们需要获取您的设备信息。\n",  # security is no business function
    "## 2.1 设备信息\n\n我们会收集您的设备型号。\n",  # a heading that names a kind of data
    "## 3. 搜索\n\n您可以使用搜索功能查找文件。\n",  # what the person can do
    "## 3. 图片上传\n\n您上传的图片须确保拥有版权。\n",  # a duty of the person
    "## 联系我们\n\n请发送电子邮件至 help@abc.com。\n",
    "## 数据同步\n\n我们不会上传您的笔记。\n",
    "本应用的各项功能不会处理您的语音。\n",
    "在登录时，您无需提供姓名。\n",
    "如果您使用云同步功能，我们不会上传您的笔记。\n",
    "评论功能需要您先登录，但无需提供昵称。\n",
    "搜索时请勿将您的密码发送给他人。\n",  # advice to the person
    "为向您提供更好的服务，我们接入了友盟 SDK，该 SDK 会收集设备标识。\n",  # the service as a whole
    "设备信息：我们会收集您的设备型号。\n",  # a data label
    "转写功能不会处理您的语音音频。\n",
    "若您开启云备份，我们不会上传您的账本数据。\n",
    "跟读练习：我们不会录制您的朗读音频。\n",
]


@pytest.mark.parametrize("text", FUNCTIONS_KEPT_MISSING)
def test_a_purpose_the_app_as_a_whole_a_data_heading_or_a_feature_that_needs_nothing_is_no_business_function(text: str) -> None:
    assert verdict(text, "cn-gbt35273/functions").status == "missing"


# --- (2) methods (cn-gbt35273 and cn-pipl) -------------------------------------------------------------------------------

METHODS_FOUND = [
    ("本 App 会调用 Android 系统 API 获取设备序列号。\n", "系统 API"),
    ("App 通过系统 API 自动获得设备的 Android ID。\n", "系统 API"),
    ("应用在运行时获取设备序列号（SN）。\n", "运行时"),
    ("您访问本站时，服务器会生成访问日志，包括 IP 地址和访问时间。\n", "访问日志"),
    ("访问日志：访问时生成，包括 IP 地址和时间。\n", "访问时生成"),
    ("评论时提交的昵称和邮箱会公开显示。\n", "评论时提交"),
    ("邮箱地址：您在注册时提供。\n", "注册时提供"),
    ("### 自动收集的信息\n\n当您访问网站时，我们会获得您的浏览器类型、访问时间。\n", "浏览器类型"),
]


@pytest.mark.parametrize("item", ["cn-gbt35273/methods", "cn-pipl/methods"])
@pytest.mark.parametrize(("text", "words"), METHODS_FOUND)
def test_how_data_is_obtained_in_new_words_is_a_method(text: str, words: str, item: str) -> None:
    assert words in cited_line(text, item)


METHODS_KEPT_MISSING = [
    "如您不提供手机号码，我们将无法为您创建账户。\n",  # what refusing costs
    "如果您拒绝提供邮箱，将不能登录。\n",
    "本应用不会调用系统 API 获取设备序列号。\n",
    "您的浏览器类型由您自行选择。\n",
    "### 自动收集的信息\n\n我们不会自动收集您的浏览器类型。\n",
    "访问时请注意保护您的密码。\n",
    "评论时请勿提交他人的个人信息。\n",
]


@pytest.mark.parametrize("item", ["cn-gbt35273/methods", "cn-pipl/methods"])
@pytest.mark.parametrize("text", METHODS_KEPT_MISSING)
def test_a_denial_or_what_refusing_costs_is_no_method(text: str, item: str) -> None:
    assert verdict(text, item).status == "missing"


@pytest.mark.parametrize("item", ["cn-gbt35273/methods", "cn-pipl/methods"])
@pytest.mark.parametrize(
    "first",
    ["大多数浏览器默认会自动接受 Cookies，您可以修改浏览器设置以拒绝 Cookies。\n\n", "部分浏览器允许您通过设置管理 Cookie。\n\n"],
)
def test_a_general_statement_about_browsers_is_cited_after_the_policys_own_cookie_sentence(first: str, item: str) -> None:
    assert "登录状态" in cited_line(first + "我们使用 Cookies 记录您的登录状态。\n", item)


@pytest.mark.parametrize("item", ["cn-gbt35273/methods", "cn-pipl/methods"])
def test_what_refusing_costs_is_not_cited_before_the_method(item: str) -> None:
    text = "如您不提供手机号码，我们将无法为您创建账户。\n\n您注册时需填写手机号码。\n"
    assert "注册时需填写" in cited_line(text, item)


# --- (3) cn-pipl/purposes ------------------------------------------------------------------------------------------------

REQUEST_CHECKS = [
    "为保障您的账户安全，在处理您的请求前，我们会验证您的身份。\n\n",
    "为了保障安全，我们可能需要您提供书面请求或以其他方式证明您的身份。\n\n",
    "为保障安全，我们将在验证您的身份后处理您的请求。\n\n",
]


@pytest.mark.parametrize("first", REQUEST_CHECKS)
def test_verifying_identity_before_a_request_is_not_cited_as_the_purpose(first: str) -> None:
    assert "推荐附近" in cited_line(first + "我们使用您的位置信息为您推荐附近的门店。\n", "cn-pipl/purposes")


@pytest.mark.parametrize("text", REQUEST_CHECKS)
def test_verifying_identity_before_a_request_alone_is_no_purpose(text: str) -> None:
    assert verdict(text, "cn-pipl/purposes").status == "missing"


PURPOSES_FOUND = [
    ("我们会使用您的邮箱地址向您发送订单通知。\n", "订单通知"),
    ("我们使用您提供的收货地址为您配送商品。\n", "配送"),
]


@pytest.mark.parametrize(("text", "words"), PURPOSES_FOUND)
def test_data_used_to_do_something_for_the_person_is_a_purpose(text: str, words: str) -> None:
    assert words in cited_line(text, "cn-pipl/purposes")


def test_the_person_using_their_own_data_is_no_purpose() -> None:
    assert verdict("您可以使用您的邮箱地址向我们发送请求。\n", "cn-pipl/purposes").status == "missing"


# --- (4) cn-pipl/categories ----------------------------------------------------------------------------------------------

DENIALS = [
    "我们不会以任何形式收集您的姓名、手机号码或位置信息。\n",
    "本应用不涉及收集您的姓名、手机号码、位置信息。\n",
    "我们不会向您收集姓名、手机号码、位置信息。\n",
    "您的姓名与联系方式不会被我们收集或存储。\n",
    "我们不会收集您的姓名、通讯录、位置信息。\n",
]


@pytest.mark.parametrize("text", DENIALS)
def test_a_clause_that_denies_collecting_names_no_category(text: str) -> None:
    assert verdict(text, "cn-pipl/categories").status == "missing"


@pytest.mark.parametrize("first", DENIALS)
def test_a_denial_is_never_cited_before_the_list_of_what_is_collected(first: str) -> None:
    assert cited_line(first + "\n我们收集：\n\n- 设备型号\n- 崩溃日志\n", "cn-pipl/categories") == "- 设备型号"


def test_collecting_only_with_consent_still_names_a_category() -> None:
    assert "位置信息" in cited_line("我们不会在未经您同意的情况下收集您的位置信息。\n", "cn-pipl/categories")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("我们不会收集您的姓名、身份证号等敏感信息，只收集您的设备型号。\n", "只收集"),
        ("我们不会以任何形式收集您的姓名，但会收集设备标识用于统计。\n", "但会收集"),
    ],
)
def test_a_positive_clause_after_a_denial_names_a_category(text: str, words: str) -> None:
    assert words in cited_line(text, "cn-pipl/categories")


def test_a_second_denial_after_a_comma_names_none() -> None:
    assert verdict("我们不会收集您的姓名，也不会收集您的设备型号。\n", "cn-pipl/categories").status == "missing"


def test_the_policy_saying_what_it_explains_is_cited_after_the_list() -> None:
    text = "本政策说明我们如何收集、使用和保护您的个人信息，包括手机号码等。\n\n我们收集：\n\n- 手机号码\n- 昵称\n"
    assert cited_line(text, "cn-pipl/categories") == "- 手机号码"


@pytest.mark.parametrize("first", ["为保障安全，我们可能会要求您提供身份证明。\n\n", "在您注销账户后，我们将停止收集您的设备信息。\n\n"])
def test_proof_of_identity_or_what_stops_being_collected_is_cited_after_the_list(first: str) -> None:
    assert cited_line(first + "我们收集：\n\n- 设备型号\n- 崩溃日志\n", "cn-pipl/categories") == "- 设备型号"


def test_what_stops_being_collected_alone_still_names_a_category() -> None:
    assert "设备信息" in cited_line("在您注销账户后，我们将停止收集您的设备信息。\n", "cn-pipl/categories")
