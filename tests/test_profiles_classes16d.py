"""Disclosure profiles, the sixteenth session's classes of helper f16d (issue #14): processing methods and business functions.

The blind round's aggregate named the classes without the documents; every text below is our own, written to the shapes
the lead described, in both scripts where the item's profile reads both.

(1) methods the tool did not see: how data is obtained (read through a system interface or a picker, typed in or submitted
    when using a feature or contacting support, collected as the app runs, recorded by the server, received at a sign-in,
    sent through a form, read from the page, from a third party) for cn-pipl and GB/T `methods`; how it is kept or sent
    (cached or kept on the device, sent by the browser itself or over HTTPS/TLS, used in memory only, de-identified,
    combined with other data) for cn-pipl only (GB/T `methods` are collection methods); the means written before the use
    (「以電腦系統處理」) and use in memory only for tw-pdpa `methods`;
(2) methods cited on the wrong line: a clause that opens by denying the method, a duty of the person, the effect of not
    providing, and where backups are kept when a method is stated elsewhere;
(3) business functions with their data (GB/T `functions`): a named feature that processes or sends the person's data, a
    feature that needs data, a function label over what the person sends, a function's name as the label over its data
    (「注册登录：手机号码」), a named service with the data it needs; not a data label with no function (「使用信息：…」
    「设备信息：我们会收集…」), a feature that needs nothing, what category a kind of data belongs to, the service as a whole,
    or the server's log of a visit.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

# --- (1) methods the tool did not see ---------------------------------------------------------------------------------

OBTAINED = [
    "## 信息\n\n应用通过系统接口读取设备序列号，用于识别设备。\n",
    "## 信息\n\n本程式透過系統 API 讀取裝置型號。\n",
    "## 信息\n\n您在注册时需要填写手机号码和昵称。\n",
    "## 客服\n\n您联系客服时提交的问题描述和联系方式。\n",
    "## 檔案\n\n您選擇的圖片僅在本機讀取並處理。\n",
    "## 信息\n\n剪贴板中的文字仅在您点击粘贴时读取。\n",
    "## 信息\n\n我们会收集通过APP运作而收集到的信息。\n",
    "## 信息\n\n我们可能从合作伙伴处获取您的公开资料。\n",
    "## 資料\n\n我們可能自合作夥伴間接取得您的聯絡資料。\n",
    "## 日志\n\n系统会记录您的登录时间和 IP 地址。\n",
    "## 日誌\n\n伺服器會自動記錄訪客的 IP 位址與瀏覽器類型。\n",
    "## 登录\n\n当您使用微信登录时，我们会获得您的昵称和头像。\n",
    "## 表单\n\n您通过表单提交的姓名和电话。\n",
    "## 扩展\n\n本扩展会读取当前网页的内容。\n",
]


@pytest.mark.parametrize("text", OBTAINED)
@pytest.mark.parametrize("item", ["cn-pipl/methods", "cn-gbt35273/methods"])
def test_how_data_is_obtained_is_a_method(text: str, item: str) -> None:
    found = verdict(text, item)
    assert found.status == "covered"
    assert found.evidence.line == 5


KEPT_OR_SENT = [
    "## 存储\n\n图片会缓存在设备上，以加快加载。\n",
    "## 儲存\n\n設定會暫存於瀏覽器，方便下次使用。\n",
    "## 传输\n\n翻译请求由浏览器直接发送至各服务。\n",
    "## 處理\n\n您的檔案僅在程序記憶體中短暫使用，不寫入磁碟。\n",
    "## 处理\n\n我们可能将这些信息与其他数据合并，用于改进服务。\n",
    "## 存储\n\n您的笔记保存在本机。\n",
    "## 儲存\n\n設定寫入本地資料庫。\n",
    "## 安全\n\n我们通过 HTTPS 传输您的数据。\n",
    "## 安全\n\n數據傳輸使用 TLS 加密。\n",
    "## 处理\n\n我们会对数据进行去标识化处理。\n",
    "## 處理\n\n資料經匿名化後用於統計。\n",
]


@pytest.mark.parametrize("text", KEPT_OR_SENT)
def test_how_data_is_kept_or_sent_is_a_pipl_method(text: str) -> None:
    found = verdict(text, "cn-pipl/methods")
    assert found.status == "covered"
    assert found.evidence.line == 5


@pytest.mark.parametrize("text", KEPT_OR_SENT)
def test_how_data_is_kept_or_sent_is_no_collection_method(text: str) -> None:
    assert status(text, "cn-gbt35273/methods") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 處理\n\n您的個人資料將以電子檔案形式儲存，並以電腦系統處理。\n",
        "## 利用\n\n我們將透過自動化方式分析您的使用紀錄。\n",
        "## 處理\n\n您上傳的照片僅在記憶體中處理，不會寫入磁碟。\n",
    ],
)
def test_the_means_of_use_before_the_use_is_a_taiwan_method(text: str) -> None:
    found = verdict(text, "tw-pdpa/methods")
    assert found.status == "covered"
    assert found.evidence.line == 5


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # storage, transmission and security alone are no means of use under the PDPA (eval/profiles/dev/erikyin-tw)
        ("## 儲存\n\n所有資料皆儲存於您裝置的本機，不會上傳至伺服器。\n", "tw-pdpa/methods"),
        ("## 安全\n\n資料以 HTTPS 加密傳輸。\n", "tw-pdpa/methods"),
        ("## 利用\n\n我們不會以自動化方式處理您的資料。\n", "tw-pdpa/methods"),
        # a request to exercise a right is no way data is collected
        ("## 权利\n\n您申请注销时需要提交身份证明。\n", "cn-gbt35273/methods"),
        ("## 权利\n\n您申请注销时需要提交身份证明。\n", "cn-pipl/methods"),
        # nothing cached, nothing merged
        ("## 存储\n\n我们不会缓存在设备上的任何内容进行分析。\n", "cn-pipl/methods"),
        ("## 处理\n\n我们不会将您的信息与其他数据合并。\n", "cn-pipl/methods"),
        ("## 安全\n\n我们不会通过 HTTP 明文传输，也不会把数据存储在本机以外。\n", "cn-pipl/methods"),
        # anonymised or deleted when the period ends: retention, not a way of processing
        ("## 保存\n\n数据在期限届满后会进行匿名化或删除处理。\n", "cn-pipl/methods"),
        # a site that may collect, with no word of how; another site that may collect
        ("## 信息\n\n本網站可能收集基本技術資訊（如瀏覽器類型）以維護服務。\n", "cn-gbt35273/methods"),
        ("## 链接\n\n本应用提供外部网站的链接，这些网站可能会收集用户信息。\n", "cn-gbt35273/methods"),
        # the rights to content the person submits (a term of service)
        ("## 内容\n\n对于用户在本站提交的笔记，用户同意本站享有出版权。\n", "cn-gbt35273/methods"),
        ("## 内容\n\n对于用户在本站提交的笔记，用户同意本站享有出版权。\n", "cn-pipl/methods"),
        # consent alone is no method (eval/profiles/README.md)
        ("## 位置\n\n在您同意的情况下，我们会收集您的位置信息。\n", "cn-gbt35273/methods"),
    ],
)
def test_look_alikes_of_a_method_stay_missing(text: str, item: str) -> None:
    assert status(text, item) == "missing"


# --- (2) methods cited on the wrong line ------------------------------------------------------------------------------

NOT_A_METHOD = [
    "## 文件\n\n本应用不会随链接主动上传你的文件。\n",
    "## 檔案\n\n本程式不會主動上傳您的任何檔案。\n",
    "## 内容\n\n您上传的内容须确保拥有相应权利。\n",
    "## 內容\n\n您應確保您填寫的資料真實，不得侵犯他人權益。\n",
    "## 信息\n\n如您拒绝提供手机号码，将无法注册账号。\n",
    "## 权限\n\n若您不授予相机权限时，将无法扫码。\n",
]


@pytest.mark.parametrize("text", NOT_A_METHOD)
@pytest.mark.parametrize("item", ["cn-pipl/methods", "cn-gbt35273/methods"])
def test_a_denial_a_duty_or_the_effect_of_not_providing_is_no_method(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize("text", NOT_A_METHOD)
@pytest.mark.parametrize("item", ["cn-pipl/methods", "cn-gbt35273/methods"])
def test_the_method_stated_later_is_cited(text: str, item: str) -> None:
    found = verdict(text + "\n## 方式\n\n您主动上传的照片将用于生成相册。\n", item)
    assert found.status == "covered"
    assert found.evidence.line == 9


@pytest.mark.parametrize(
    "text",
    [
        "## 备份\n\n您的备份数据存储于阿里云服务器上。\n\n## 收集\n\n您在注册时需要填写手机号码。\n",
        "## 備份\n\n備份資料以加密方式儲存於雲端伺服器。\n\n## 蒐集\n\n我們會自動收集您的裝置資訊。\n",
    ],
)
def test_where_backups_are_kept_gives_way_to_a_stated_method(text: str) -> None:
    found = verdict(text, "cn-pipl/methods")
    assert found.status == "covered"
    assert found.evidence.line == 9


def test_where_backups_are_kept_alone_is_still_a_pipl_method() -> None:
    found = verdict("## 备份\n\n您的备份数据存储于阿里云服务器上。\n", "cn-pipl/methods")
    assert found.status == "covered"
    assert found.evidence.line == 5


def test_a_method_beside_a_denial_in_another_clause_still_covers() -> None:
    found = verdict("## 存储\n\n数据仅保存在您设备的本地存储中，不会上传至服务器。\n", "cn-pipl/methods")
    assert found.status == "covered"
    assert found.evidence.line == 5


# --- (3) business functions with their data ---------------------------------------------------------------------------

FUNCTIONS = [
    "## 功能\n\n当您使用转写功能时，我们会处理您的语音。\n",
    "## 功能\n\n當您使用轉寫功能時，我們會處理您的語音。\n",
    "## AI\n\n当您使用智能问答功能时，您输入的文字将发送至第三方大模型服务进行处理。\n",
    "## 功能\n\n使用拍照识别功能时，应用会将照片上传至服务器识别。\n",
    "## 功能\n\n私信、评论功能需要您注册并提供昵称、头像。\n",
    "## 權限\n\n附近功能需要 GPS 定位。\n",
    "## 收集\n\n- 反馈：您通过邮件发送的内容\n",
    "## 收集\n\n- 意見反饋：您透過表單提交的問題描述與截圖\n",
    # a function's name as the label over its data (GB/T's own form)
    "## 收集\n\n- 注册登录：手机号码、验证码\n",
    "## 收集\n\n- 訂單支付：收貨地址、聯絡電話\n",
    "## 收集\n\n- 云同步：开启后，您的笔记会上传至我们的服务器。\n",
    # a named service with the data it needs; a use of a feature that needs data
    "## 收集\n\n為了提供訂單配送服務，我們需要您的收貨地址。\n",
    "## 权限\n\n使用语音输入时，需要麦克风权限。\n",
    "## 权限\n\n上传头像需要访问相册。\n",
]


@pytest.mark.parametrize("text", FUNCTIONS)
def test_a_function_with_its_data_covers(text: str) -> None:
    found = verdict(text, "cn-gbt35273/functions")
    assert found.status == "covered"
    assert found.evidence.line == 5


@pytest.mark.parametrize(
    "text",
    [
        # a data label over data, with no function
        "## 收集\n\n- 使用信息：浏览记录、搜索记录\n",
        "## 收集\n\n- 裝置資訊：我們會收集您的裝置型號。\n",
        # a feature that needs nothing
        "## 权限\n\n当前功能不需要访问相机、麦克风。\n",
        "## 功能\n\n离线功能无需联网，也不需要提供手机号码。\n",
        "## 功能\n\n本应用的核心功能不需要提供任何个人信息。\n",
        "## 收集\n\n- 设备信息：我们会收集您的设备型号。\n",
        "## 收集\n\n- 账号信息：手机号码、昵称\n",
        # the service as a whole, and the server's log of a visit
        "## 收集\n\n为了向您提供更好的服务，我们需要收集您的设备信息。\n",
        "## 权限\n\n使用本应用时，需要网络状态权限。\n",
        "## 功能\n\n当您使用本应用的各项功能时，我们会处理您的数据。\n",
        "## 日志\n\n当您访问本网站时，服务器会自动记录您的 IP 地址、访问时间。\n",
        # what category a kind of data belongs to
        "## 信息\n\nIP 地址属于网络身份标识信息，用于保障账号安全。\n",
        # purposes, not functions with data
        "## 用途\n\n我们将会员的数据用于：与会员联系、发送市场资讯。\n",
    ],
)
def test_look_alikes_of_a_function_stay_missing(text: str) -> None:
    assert status(text, "cn-gbt35273/functions") == "missing"


def test_a_data_label_whose_data_names_a_sign_in_gives_way_to_a_function() -> None:
    """「登录记录」 is a kind of data, not the sign-in function: the later row that ties data to a service is cited."""
    text = "## 收集\n\n- **使用信息**：包括您的登录记录、操作日志等\n- **位置信息**：我们会收集您的位置信息，用于推荐附近门店\n"
    found = verdict(text, "cn-gbt35273/functions")
    assert found.status == "covered"
    assert found.evidence.line == 6


def test_a_function_label_with_the_data_collected_still_covers() -> None:
    found = verdict("## 收集\n\n- 使用信息：浏览记录\n- 登录：我们会收集您的手机号码。\n", "cn-gbt35273/functions")
    assert found.status == "covered"
    assert found.evidence.line == 6
