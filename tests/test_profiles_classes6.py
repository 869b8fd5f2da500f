"""Disclosure profiles, round 6: plain developer prose in Chinese policies (issue #14).

The blind rounds showed false "missing" on plainly written one-person app policies: the rights,
the way to exercise them and the developer in one friendly sentence without 权/權利 words, the
developer named by a role alias, retention stated as an event, sharing denied to anyone, Taiwan
policies in the same style, and policies with no section titles at all, where sentence evidence
must carry every item. Each class is written here as short texts of our own, on both sides: the
sentence that covers the item, and the near miss that must stay missing (a mention, a promise,
the user's own duty, a template, a copy of the software). The real documents that showed them
are dev data in eval/profiles (momentsplus-zh, simpfun-eula, mockgps-tw, erikyin-tw).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

# --- rights in plain prose: a wish, the verbs and the way in one sentence --------------------

_WISH = "如果您希望取回、修改、删除您的数据，欢迎联系开发者：zhangsan@qq.com"
_ASK = "如需查看、更正或删除你的信息，请发邮件至 zhangsan@qq.com 。"


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        (_WISH, "cn-pipl/rights", "covered"),
        (_WISH, "cn-gbt35273/access", "covered"),
        (_WISH, "cn-gbt35273/correct", "covered"),
        (_WISH, "cn-gbt35273/delete", "covered"),
        (_WISH, "cn-gbt35273/copy", "covered"),
        (_ASK, "cn-pipl/rights", "covered"),
        (_ASK, "cn-gbt35273/access", "covered"),
        (_ASK, "cn-gbt35273/correct", "covered"),
        (_ASK, "cn-gbt35273/delete", "covered"),
        ("如需刪除您的資料，請來信 chen@gmail.com。", "tw-pdpa/rights", "covered"),
        ("您可以隨時要求查詢、更正或刪除您的個人資料，請來信 chen@gmail.com。", "tw-pdpa/rights", "covered"),
        ("您可以隨時要求查詢、更正或刪除您的個人資料。如有需要，請寄信至 chen@gmail.com。", "tw-pdpa/rights", "covered"),
        # a list of verbs before one object: 更正 is as far from 信息 as 访问
        ("您有权访问、更正或删除我们收集的您的部分个人信息。", "cn-gbt35273/correct", "covered"),
        # near misses: a promise, a question channel, deleting the app, someone else's details, no way at all
        ("我们尊重您删除数据的权利。如有疑问请联系 a@qq.com。", "cn-pipl/rights", "missing"),
        ("如对本说明有疑问，欢迎联系开发者：zhangsan@qq.com", "cn-pipl/rights", "missing"),
        ("如需删除应用，请长按图标。", "cn-gbt35273/delete", "missing"),
        ("如需查看更多信息，请联系我们：help@qq.com", "cn-gbt35273/access", "missing"),
        ("您有权访问、更正或删除我们收集的您的部分个人信息。", "cn-pipl/rights", "missing"),
        ("您可以隨時要求查詢、更正或刪除您的個人資料。", "tw-pdpa/rights", "missing"),
        ("我們尊重您刪除資料的權利，並會盡力保護您的個人資料。聯絡信箱 a@gmail.com。", "tw-pdpa/rights", "missing"),
    ],
)
def test_rights_as_a_wish_and_a_way(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- the developer named in plain prose: a role alias, 本程式由 NAME 開發 -----------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ('开发者 王小明（下称"开发者"）非常重视您的隐私。联系邮箱：wxm@qq.com', "cn-pipl/processor", "covered"),
        ('开发者 王小明（下称"开发者"）非常重视您的隐私。联系邮箱：wxm@qq.com', "cn-gbt35273/identity-contact", "covered"),
        ("本隱私權政策說明殷慈遠（以下簡稱「我」）如何收集您的個人資料。\n\n電子郵件：yin@erikyin.net", "tw-pdpa/agency", "covered"),
        ("本程式由 陳大文 開發。如有問題請來信 chen@gmail.com 。", "tw-pdpa/agency", "covered"),
        ("本 App 由個人開發者陳大文開發與維護，聯絡信箱 chen@gmail.com。", "tw-pdpa/agency", "covered"),
        ("本应用程式由 Ken Lin 开发，联系邮箱 ken@mail.cn。", "cn-pipl/processor", "covered"),
        # near misses: a contact verb before 开发者, a role alias with no name, a framework or a tool as the maker
        ("如对本说明有疑问，欢迎联系开发者：zhangsan@qq.com", "cn-pipl/processor", "missing"),
        ("如对本说明有疑问，欢迎联系开发者：zhangsan@qq.com", "cn-gbt35273/identity-contact", "missing"),
        ("本应用的开发者（下称“我方”）非常重视您的隐私。联系邮箱：wxm@qq.com", "cn-pipl/processor", "missing"),
        ("本程式由 Flutter 開發。聯絡信箱 a@gmail.com。", "tw-pdpa/agency", "missing"),
        ("本程式由 AI 協作開發。聯絡信箱 a@gmail.com。", "tw-pdpa/agency", "missing"),
    ],
)
def test_developer_named_in_plain_prose(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


def test_the_person_is_cited_not_the_payment_processor_before_it() -> None:
    text = (
        "本政策說明殷慈遠（以下簡稱「我」）如何收集您的個人資料。\n\n"
        "本網站透過 Paddle.com Market Limited（以下簡稱「Paddle」）處理所有付款交易。\n\n"
        "電子郵件：yin@erikyin.net"
    )
    found = verdict(text, "tw-pdpa/agency")
    assert found.status == "covered"
    assert "殷慈遠" in found.evidence.text


# --- sharing denied to anyone, a processor named with what it does ---------------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("我们不会把数据发给任何人。", "cn-gbt35273/sharing", "covered"),
        ("我們不會把您的資料交給任何人。", "tw-pdpa/recipients", "covered"),
        ("本網站透過 Paddle.com Market Limited 處理所有付款交易，並收集您的付款資訊。", "tw-pdpa/recipients", "covered"),
        ("本網站託管於 GitHub Pages，可能會收集 IP 位址。", "tw-pdpa/recipients", "covered"),
        ("## 第三方服务\n\n- Apple StoreKit（应用内购买）\n- Apple MapKit（地图和地理编码）", "cn-gbt35273/sharing", "covered"),
        ("## 第三方服務\n\n| 服務 | 用途 |\n|---|---|\n| Paddle | 付款處理 |", "tw-pdpa/recipients", "covered"),
        # near misses: the user's duty, the user using the controller's brand, a service list elsewhere, an empty cell
        ("请不要把您的密码告诉任何人。", "cn-gbt35273/sharing", "missing"),
        ("請勿把您的帳號交給任何人。", "tw-pdpa/recipients", "missing"),
        ("当您使用 YuXianStudio 时，我们可能会收集您的 IP 地址。", "cn-gbt35273/sharing", "missing"),
        ("## 功能\n\n- Apple StoreKit（应用内购买）", "cn-gbt35273/sharing", "missing"),
        ("## 第三方服務\n\n| 服務 | 用途 |\n|---|---|\n| - | - |", "tw-pdpa/recipients", "missing"),
    ],
)
def test_sharing_denied_or_processor_named(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- retention and area: the device, and the event that ends storage --------------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("数据只保存在您的设备上，卸载即删除。", "cn-pipl/retention", "covered"),
        ("資料僅存於您的裝置，刪除 App 後資料即一併刪除。", "tw-pdpa/period", "covered"),
        ("解除安裝本程式後，所有資料將被刪除。", "tw-pdpa/period", "covered"),
        # (f16f) the device is a place, not a geographic area (eval/profiles/dev/u8-tetrisrunes-tw)
        ("資料僅存於您的裝置，不會上傳到任何伺服器。", "tw-pdpa/area", "missing"),
        # near misses: an instruction, data also synced to a cloud, a user's option
        ("卸载应用前请先导出数据。", "cn-pipl/retention", "missing"),
        ("您的資料會儲存在您的裝置，並同步至 iCloud。", "tw-pdpa/area", "missing"),
        ("您可以把資料存在手機裡。", "tw-pdpa/area", "missing"),
        ("您可以刪除 App。", "tw-pdpa/period", "missing"),
    ],
)
def test_device_storage_and_its_end(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- purposes, functions and methods in plain words ------------------------------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("本应用访问您的照片图库以整理和展示照片。", "cn-pipl/purposes", "covered"),
        ("本应用访问您的照片图库以整理和展示照片。", "cn-gbt35273/functions", "covered"),
        ("本应用读取照片中的位置元数据。", "cn-gbt35273/methods", "covered"),
        ("本软件可能会集成第三方SDK并收集您的部分设备信息。", "cn-pipl/methods", "covered"),
        ("小记账会使用相机权限，用来拍摄小票照片并附在账目上。", "cn-gbt35273/functions", "covered"),
        ("小记账会使用相机权限，用来拍摄小票照片并附在账目上。", "cn-gbt35273/methods", "covered"),
        ("3.1 **收集目的**：为保障本软件功能的正常运行及服务统计分析，本软件可能会收集您的设备信息。", "cn-pipl/purposes", "covered"),
        # near misses: encryption is no purpose, nothing is read, a purpose-limitation promise, the software's purpose
        ("您的数据会以加密方式存储。", "cn-pipl/purposes", "missing"),
        ("本应用不会读取您的照片。", "cn-gbt35273/methods", "missing"),
        ("我们收集的信息仅用于本协议约定的目的。", "cn-pipl/purposes", "missing"),
        ("2.2 **使用目的**：本软件旨在帮助用户简化管理其服务器。", "cn-pipl/purposes", "missing"),
        ("本协议适用于您与我方之间关于本软件的下载、安装、使用、复制等行为，包括以下内容。", "cn-pipl/purposes", "missing"),
    ],
)
def test_purposes_and_methods_in_plain_words(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- refusing, sensitive data marked by a parenthesis, minors in plain words -------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("不开启相机权限的话，你仍然可以正常记账，只是无法添加照片。", "cn-gbt35273/effect-of-not-providing", "covered"),
        ("不開啟相機權限時，您將無法掃描條碼。", "tw-pdpa/effect-of-not-providing", "covered"),
        ("为了向您推荐附近的店铺，我们会收集您的精确位置信息（敏感信息）。", "cn-gbt35273/sensitive-marked", "covered"),
        (
            "| 信息 | 用途 | 备注 |\n| --- | --- | --- |\n| 精确位置 | 推荐附近店铺 | 属于个人敏感信息 |",
            "cn-gbt35273/sensitive-marked",
            "covered",
        ),
        (
            "我们需要使用您的精确位置来推荐附近的店铺，这是实现该功能所必需的；如果您拒绝，将无法使用附近推荐。",
            "cn-pipl/sensitive-necessity",
            "covered",
        ),
        ("如果您未满 14 岁，请让爸爸妈妈先读这份说明，并在他们同意后使用。", "cn-pipl/minors", "covered"),
        # near misses: a copy of the software, sensitive data with no marking or no effect, guidance instead of consent
        ("您有权根据MIT许可证的条款，自由地使用、复制本软件的副本。", "cn-gbt35273/copy", "missing"),
        ("我们会收集您的精确位置来推荐附近的店铺。", "cn-gbt35273/sensitive-marked", "missing"),
        ("我们会收集您的精确位置来推荐附近的店铺。", "cn-pipl/sensitive-necessity", "missing"),
        ("本应用面向所有年龄的用户，儿童请在家长指导下使用。", "cn-pipl/minors", "missing"),
    ],
)
def test_refusal_sensitive_and_minors_in_plain_words(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- a one-person policy with no section titles: sentence evidence carries it -----------------

_FLAT = """小记账是我一个人利用业余时间开发的记账工具。本应用由个人开发者李小龙开发并运营。

小记账不需要注册账号。你记的每一笔账都只保存在你的手机上，卸载应用后这些数据会一并删除。

小记账会使用相机权限，用来拍摄小票照片并附在账目上；不开启相机权限的话，你仍然可以正常记账，只是无法添加照片。

我不会把你的数据发给任何人，应用里也没有接入任何广告或统计 SDK。

如果你希望取回、修改、删除你的数据，或者对这份说明有疑问，欢迎联系开发者：lixiaolong@qq.com"""

_FLAT_NEAR = """小记账尊重你的隐私，我们会尽全力保护你查阅、更正和删除个人信息的权利。

如需删除应用，请长按图标。如需查看更多信息，请联系我们。

请不要把你的密码告诉任何人。卸载应用前请先备份。

如对本说明有疑问，欢迎联系开发者：lixiaolong@qq.com"""


@pytest.mark.parametrize(
    "item",
    [
        "cn-pipl/processor",
        "cn-pipl/purposes",
        "cn-pipl/methods",
        "cn-pipl/categories",
        "cn-pipl/retention",
        "cn-pipl/rights",
        "cn-gbt35273/identity-contact",
        "cn-gbt35273/functions",
        "cn-gbt35273/methods",
        "cn-gbt35273/retention",
        "cn-gbt35273/sharing",
        "cn-gbt35273/access",
        "cn-gbt35273/correct",
        "cn-gbt35273/delete",
        "cn-gbt35273/effect-of-not-providing",
    ],
)
def test_flat_one_person_policy_is_read_by_sentences(item: str) -> None:
    assert status(_FLAT, item) == "covered"


@pytest.mark.parametrize(
    "item",
    [
        "cn-pipl/processor",
        "cn-pipl/purposes",
        "cn-pipl/retention",
        "cn-pipl/rights",
        "cn-gbt35273/identity-contact",
        "cn-gbt35273/sharing",
        "cn-gbt35273/access",
        "cn-gbt35273/delete",
        "cn-gbt35273/copy",
    ],
)
def test_flat_policy_of_mentions_covers_nothing(item: str) -> None:
    assert status(_FLAT_NEAR, item) == "missing"


# --- the same plain style in a Taiwan policy with no section titles -------------------------

_FLAT_TW = """本 App 由個人開發者林小明開發與維護。

為了提供記帳與統計功能，本 App 會記錄您輸入的收支金額、類別與備註。

這些資料僅存於您的裝置，不會上傳到任何伺服器，刪除 App 後資料即一併刪除。

我們不會把您的資料交給任何人，也沒有使用任何廣告或分析服務。

若您不提供收支資料，將無法使用記帳功能。

您可以隨時要求查詢、更正或刪除您的個人資料，請來信 lin@gmail.com。"""

_FLAT_TW_NEAR = """我們重視您的隱私，並尊重您查詢、更正或刪除個人資料的權利。

本程式由 Flutter 開發。請勿把您的帳號交給任何人。

您可以把資料存在手機裡，也可以隨時刪除 App。

如有任何問題，歡迎聯絡開發者：lin@gmail.com"""


@pytest.mark.parametrize(
    "item",
    [
        "tw-pdpa/agency",
        "tw-pdpa/purposes",
        "tw-pdpa/categories",
        "tw-pdpa/period",
        # (f16f) not tw-pdpa/area: 「僅存於您的裝置」 is a place, not a geographic area (eval/profiles/dev/u8-tetrisrunes-tw)
        "tw-pdpa/recipients",
        "tw-pdpa/rights",
        "tw-pdpa/effect-of-not-providing",
    ],
)
def test_flat_taiwan_policy_is_read_by_sentences(item: str) -> None:
    assert status(_FLAT_TW, item) == "covered"


@pytest.mark.parametrize(
    "item",
    ["tw-pdpa/agency", "tw-pdpa/purposes", "tw-pdpa/period", "tw-pdpa/area", "tw-pdpa/recipients", "tw-pdpa/rights"],
)
def test_flat_taiwan_policy_of_mentions_covers_nothing(item: str) -> None:
    assert status(_FLAT_TW_NEAR, item) == "missing"


# --- more plain shapes: the developer introducing themselves, replies, settings, events ------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("我是独立开发者张三，邮箱 zs@qq.com。", "cn-pipl/processor", "covered"),
        ("这是张三开发的一款小工具，有问题请发邮件到 zs@qq.com。", "cn-gbt35273/identity-contact", "covered"),
        ("我是獨立開發者陳大文，信箱 chen@gmail.com。", "tw-pdpa/agency", "covered"),
        ("你的邮箱仅用来回复你的反馈。", "cn-pipl/purposes", "covered"),
        ("我们收集这些信息只是为了让应用正常工作。", "cn-pipl/purposes", "covered"),
        ("本应用会保存您的日记内容和心情记录。", "cn-pipl/categories", "covered"),
        ("如需查閱或刪除您的資料，請至設定頁面操作。", "tw-pdpa/rights", "covered"),
        ("如需删除您的账号和全部数据，请在“我的-设置-注销账号”中操作。", "cn-pipl/rights", "covered"),
        ("反馈时您提供的邮箱，我们会在问题解决后删除。", "cn-pipl/retention", "covered"),
        ("我们只在您使用本应用期间保存这些数据。", "cn-gbt35273/retention", "covered"),
        # near misses: the team as 我们, a password tip, more information in the settings, no purpose named
        ("这是我们开发的一款小工具。联系 a@qq.com", "cn-pipl/processor", "missing"),
        ("在您使用本应用期间，请保存好您的密码。", "cn-pipl/retention", "missing"),
        ("如需查看更多信息，请至设置页面。", "cn-pipl/rights", "missing"),
        ("我们会收集这些信息。", "cn-pipl/purposes", "missing"),
    ],
)
def test_more_plain_shapes(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- complaints, withdrawal and the author in plain words ------------------------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("如果您对我们的数据处理有任何不满，欢迎联系开发者：zs@qq.com", "cn-gbt35273/complaint", "covered"),
        ("如有意见或投诉，请在应用内“我的-反馈”中提交。", "cn-gbt35273/complaint", "covered"),
        ("您可以随时在系统设置里撤回对本应用的定位授权。", "cn-gbt35273/withdraw-consent", "covered"),
        ("作者：张三（zs@qq.com）", "cn-pipl/processor", "covered"),
        # near misses: a question is no complaint, 不满足 is not 不满, a slot is no author
        ("如对本政策有疑问，欢迎联系我们：a@qq.com", "cn-gbt35273/complaint", "missing"),
        ("我们不满足于现状，欢迎联系我们：a@qq.com", "cn-gbt35273/complaint", "missing"),
        ("作者：[待填写]，邮箱 a@qq.com", "cn-pipl/processor", "missing"),
        ("如对本说明有疑问，欢迎联系作者：zs@qq.com", "cn-pipl/processor", "missing"),
    ],
)
def test_complaint_withdrawal_and_author_in_plain_words(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected
