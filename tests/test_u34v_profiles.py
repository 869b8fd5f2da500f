"""Profile verdict classes fixed in the thirty-fourth session (u34v, issue #14) on eval/profiles34's dev documents.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own line as a regression case where useful:
- tw-pdpa/rights (and cn-pipl/rights through the same pointer): the site's own contact page named in quotes
  (「請透過本網站「聯絡我們」之管道與我們聯繫」, synlagen-tw) is a way in; a bare 「請聯絡我們」 in a document that gives
  no contact still is not;
- eu-gdpr/recipients and us-ccpa/sold-or-shared: the product as the subject of a denial that anything is shared with any
  third party ("The Extension does not provide or share personal information with any third parties.", opin-en);
- us-ccpa/sold-or-shared: "we never sell any information", also inside the opt-out bullet (simpleterms-en);
- cn-gbt35273/access: a permission named by 访问 that the person revokes (「撤销通知访问」) is no access right (parcelume-zh,
  a false "covered" on the first run);
- cn-gbt35273/delete: all the local data deleted in the product's settings, last in a list of what the person can do, the data
  named by its kind (「或者在 Parcelume 设置中删除全部本地包裹数据」);
- cn-gbt35273/withdraw-consent: the person revoking an access in the system settings (「在 Android 系统设置中撤销通知访问」);
- cn-pipl/categories: the fields kept, under a heading that names them (「保存的字段」), parcel data among the kinds of data
  (运单号, 取件码, 包裹状态), and never the paragraph under it that says what is not kept (「…都不会保存」);
- eu-gdpr/legitimate-interests: the label with a colon and the interest as an infinitive ("Legitimate Interests: To provide
  the … service you request", simpleterms-en);
- cn-gbt35273/complaint (the profiles33 leftover, decided from the standard's 询问、投诉的渠道和机制): under a heading about
  contacting us, a channel for questions or opinions with a reply time covers it (eval/profiles32 growth-zh, eval/profiles
  automatic-txt, whose annotation now agrees); a contact for questions without a reply time does not;
- cn-gbt35273/cross-border (the profiles33 leftover "device storage as the storage place"): data written to the device where
  the document also says the product has no network permission and no cloud sync (parcelume-zh), or no upload to the
  developer or any other service (eval/profiles33 qingyu-zh, gazeease-zh, resumefiller-zh); device storage alone, with a
  cloud backup, or with an upload the document admits, still is no storage place;
- tw-pdpa/source (the profiles33 leftover, adlo-tw): a linked social account whose account data the person authorises through
  OAuth is an indirect source, named; a card "processed by" a payment provider is no source (the false citation that fix
  exposed at adlo-tw 84);
- cn-gbt35273/withdraw-consent: an opt-in switched off or revoked, after which the data is no longer sent (namimail-zh 14).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

ZH = "# 隐私政策\n\n最后更新：2026年7月6日\n\n"
TW = "# 隱私權政策\n\n最後更新：2026年6月5日\n\n"
EN = "# Privacy Policy\n\nLast updated: 2026-07-06\n\n"

TW_RIGHTS = (
    TW + "## 當事人權利\n\n依據個人資料保護法第三條規定，您就本公司保有之個人資料得行使下列權利：\n\n"
    "- 查詢或請求閱覽。\n- 請求製給複製本。\n- 請求刪除。\n\n"
)


@pytest.mark.parametrize(
    "way",
    [
        "如欲行使上述權利，請透過本網站「聯絡我們」之管道與我們聯繫。",  # eval/profiles34 synlagen-tw 149
        "如欲行使上述權利，請利用「聯絡我們」頁面與我們聯繫。",
    ],
)
def test_the_sites_contact_page_is_a_way_to_exercise_the_rights(way: str) -> None:
    found = verdict(TW_RIGHTS + way + "\n", "tw-pdpa/rights")
    assert found.status == "covered"


@pytest.mark.parametrize("way", ["如欲行使上述權利，請聯絡我們。", "如欲行使上述權利，歡迎隨時與我們聯繫。"])
def test_a_bare_contact_us_without_a_contact_in_the_document_is_still_no_way(way: str) -> None:
    assert status(TW_RIGHTS + way + "\n", "tw-pdpa/rights") == "missing"


@pytest.mark.parametrize("item", ["eu-gdpr/recipients", "us-ccpa/sold-or-shared"])
@pytest.mark.parametrize(
    "line",
    [
        "The Extension does not provide or share personal information with any third parties.",  # eval/profiles34 opin-en 19
        "This app never shares your data with any third party.",
    ],
)
def test_the_product_denying_any_sharing_states_the_recipients(item: str, line: str) -> None:
    assert status(EN + "## Third-Party Sharing\n\n" + line + "\n", item) == "covered"


@pytest.mark.parametrize("item", ["eu-gdpr/recipients", "us-ccpa/sold-or-shared"])
@pytest.mark.parametrize(
    "line",
    [
        "The app does not share personal information with any third parties unless required by law.",
        "The extension does not provide a way to share data with other users.",
        "The service does not share personal information with advertisers.",
    ],
)
def test_a_denial_with_an_exception_or_not_about_third_parties_does_not_cover(item: str, line: str) -> None:
    assert status(EN + "## Sharing\n\n" + line + "\n", item) == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "- Right to opt-out of sale of information (we never sell any information)",  # eval/profiles34 simpleterms-en 130
        "We do not sell any data.",
    ],
)
def test_a_denial_that_any_information_is_sold(line: str) -> None:
    assert status(EN + "## California Privacy Rights (CCPA)\n\n" + line + "\n", "us-ccpa/sold-or-shared") == "covered"


@pytest.mark.parametrize(
    "line",
    [
        "- Right to opt-out of sale of information",
        "The app does not share personal information with any third parties unless required by law.",
    ],
)
def test_an_opt_out_right_or_a_conditional_denial_of_sale_does_not_cover(line: str) -> None:
    assert status(EN + "## California Privacy Rights (CCPA)\n\n" + line + "\n", "us-ccpa/sold-or-shared") == "missing"


PARCELUME_30 = (
    "用户可以关闭任意通知来源、在 Android 系统设置中撤销通知访问、设置已完成记录的保留时间，或者在 Parcelume 设置中删除全部本地包裹数据。"
)


def test_revoking_a_notification_access_is_no_access_right() -> None:
    assert status(ZH + "## 用户控制\n\n" + PARCELUME_30 + "\n", "cn-gbt35273/access") == "missing"  # eval/profiles34 parcelume-zh 30


@pytest.mark.parametrize(
    "line", ["您可以在“我的-个人资料”页面访问您的个人信息。", "您有权查阅、访问您的个人信息，请联系 privacy@qinghe.cn。"]
)
def test_access_to_ones_information_still_covers(line: str) -> None:
    assert status(ZH + "## 您的权利\n\n" + line + "\n", "cn-gbt35273/access") == "covered"


@pytest.mark.parametrize("item", ["cn-gbt35273/delete", "cn-gbt35273/withdraw-consent"])
def test_the_controls_at_the_end_of_a_list_of_what_the_person_can_do(item: str) -> None:
    found = verdict(ZH + "## 用户控制\n\n" + PARCELUME_30 + "\n", item)  # eval/profiles34 parcelume-zh 30
    assert found.status == "covered" and found.evidence.line == 9


@pytest.mark.parametrize(
    "line",
    [
        "用户可以在设置中查看全部本地包裹数据。",  # nothing deleted or revoked
        "用户可以在设置中查看通知访问的状态。",  # nothing revoked
        "我们会定期删除全部本地缓存文件。",  # the operator deletes
    ],
)
@pytest.mark.parametrize("item", ["cn-gbt35273/delete", "cn-gbt35273/withdraw-consent"])
def test_the_operators_act_or_a_look_at_a_setting_does_not_cover(item: str, line: str) -> None:
    assert status(ZH + "## 说明\n\n" + line + "\n", item) == "missing"


PARCELUME_FIELDS = (
    ZH + "## 保存的字段\n\n"
    "根据来源通知实际包含的内容，本地记录可能保存来源、包裹状态、运单号、取件码、商品名称或通知标题、时间以及完成或归档状态。\n\n"
    "完整通知正文、图片、附件、地址、账号密码和购物历史都不会保存。\n"
)


def test_the_fields_kept_under_a_heading_that_names_them() -> None:
    found = verdict(PARCELUME_FIELDS, "cn-pipl/categories")  # eval/profiles34 parcelume-zh 18-22
    assert found.status == "covered" and found.evidence.line == 9


def test_what_is_not_kept_under_that_heading_is_no_category() -> None:
    text = ZH + "## 保存的字段\n\n完整通知正文、图片、附件、地址、账号密码和购物历史都不会保存。\n"
    assert status(text, "cn-pipl/categories") == "missing"


def test_a_stored_heading_over_prose_without_a_kind_of_data_is_no_category() -> None:
    text = ZH + "## 保存的数据\n\n所有内容只保存在您的设备上，卸载后即被清除。\n"
    assert status(text, "cn-pipl/categories") == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "- **Legitimate Interests**: To provide the privacy policy analysis service you request",  # profiles34 simpleterms-en 112
        "- Legitimate interests: to keep the service secure and free of abuse",
    ],
)
def test_a_legitimate_interests_label_with_the_interest_as_an_infinitive(line: str) -> None:
    text = EN + "## Legal Basis for Processing (GDPR)\n\nWe process data based on:\n\n" + line + "\n"
    assert status(text, "eu-gdpr/legitimate-interests") == "covered"


@pytest.mark.parametrize(
    "line",
    [
        "- Legitimate interests: to the extent permitted by law",
        "- Legitimate interests: to rely on this basis we balance your rights",
        "- Legitimate interests",
    ],
)
def test_a_legitimate_interests_label_without_the_interest_does_not_cover(line: str) -> None:
    text = EN + "## Legal Basis for Processing (GDPR)\n\nWe process data based on:\n\n" + line + "\n"
    assert status(text, "eu-gdpr/legitimate-interests") == "missing"


@pytest.mark.parametrize(
    "body",
    [
        "隐私问题咨询：weichat_ID:zhatrix\n（48小时内人工回复）",  # eval/profiles32 growth-zh 54-55
        "如果您对本隐私政策有任何疑问、意见或建议，通过App内部的联系方式与我们联系：\n\n一般情况下，我们将在三十天内回复。",  # automatic-txt 93-95
        "如有任何问题，请发送邮件至 privacy@qinghe.cn，我们将在15个工作日内答复。",
    ],
)
def test_a_channel_for_questions_with_a_reply_time_is_no_complaint_channel(body: str) -> None:
    """Session 34's decision (a channel for questions with a reply time is GB/T's 询问、投诉的渠道和机制) was reversed in session
    42 (u42w, issue #14): the item's rule asks for complaints, as the blind annotators of eval/profiles40c and profiles41c
    read it; with a complaint word the same section covers (tests/test_profiles42.py)."""
    assert status(ZH + "## 联系我们\n\n" + body + "\n", "cn-gbt35273/complaint") == "missing"
    assert status(ZH + "## 联系我们\n\n如需投诉，" + body + "\n", "cn-gbt35273/complaint") == "covered"


@pytest.mark.parametrize(
    "heading, body",
    [
        ("联系我们", "如有任何问题，请发送邮件至 privacy@qinghe.cn。"),  # no reply time
        ("联系我们", "如有任何问题，欢迎与我们联系，我们将在15个工作日内答复。"),  # no channel given anywhere
        ("数据保存", "如有问题，我们将在30天内删除您的数据，请联系 privacy@qinghe.cn。"),  # not under a contact heading
    ],
)
def test_a_contact_without_a_reply_time_or_a_channel_is_no_complaint_channel(heading: str, body: str) -> None:
    assert status(ZH + "## " + heading + "\n\n" + body + "\n", "cn-gbt35273/complaint") == "missing"


STORED = "只有提取后的必要包裹字段会写入本地数据库。"
NO_NETWORK = "当前 Android Manifest 不包含联网或网络状态权限。Parcelume 没有统计分析、广告、账号系统、远程日志或云同步。"


def test_device_storage_where_nothing_can_leave_is_the_storage_place() -> None:
    text = ZH + "## 通知访问\n\n" + STORED + "\n\n## 网络边界\n\n" + NO_NETWORK + "\n"  # eval/profiles34 parcelume-zh 14, 26
    found = verdict(text, "cn-gbt35273/cross-border")
    assert found.status == "covered" and found.evidence.line == 9


@pytest.mark.parametrize(
    "other",
    [
        "应用会联网获取包裹的物流信息。",  # no statement that nothing leaves
        "当前 Android Manifest 不包含联网权限。数据可能会同步到云端服务器用于备份。",  # a cloud backup
    ],
)
def test_device_storage_alone_or_with_a_cloud_backup_is_no_storage_place(other: str) -> None:
    text = ZH + "## 通知访问\n\n" + STORED + "\n\n## 网络\n\n" + other + "\n"
    assert status(text, "cn-gbt35273/cross-border") == "missing"


@pytest.mark.parametrize(
    "stored, leaves",
    [
        (
            "所有应用数据存储于 `~/Library/Application Support/Qingyu/`。",
            "清羽不会自动上传剪贴板历史、截图、文件、设置。不会将数据同步到云端服务。",
        ),
        ("数据保存在浏览器扩展的 `chrome.storage.local`（本机）。", "- 不向开发者服务器或其他远程服务上传简历内容"),
        ("当前本地存储位置包括：\n\n- 设置\n- 统计数据", "App 不包含第三方分析或广告 SDK，不会把个人数据上传给开发者或其他服务。"),
    ],
)
def test_a_local_folder_where_nothing_is_uploaded_is_the_storage_place(stored: str, leaves: str) -> None:
    text = (
        ZH + "## 本地存储的数据\n\n" + stored + "\n\n## 网络\n\n" + leaves + "\n"
    )  # eval/profiles33 qingyu-zh, resumefiller-zh, gazeease-zh
    found = verdict(text, "cn-gbt35273/cross-border")
    assert found.status == "covered" and found.evidence.line == 9


@pytest.mark.parametrize(
    "leaves",
    [
        "我们会将使用数据上传到服务器用于统计。",
        "我们不会上传剪贴板内容，但会将崩溃日志发送到开发者的服务器。",
        "通过这些权限获取的所有数据均在您的设备本地处理和存储，不会上传到我们的服务器。",  # only "our" server (eval/profiles27 memex-zh 39)
    ],
)
def test_a_local_folder_with_an_upload_is_no_storage_place(leaves: str) -> None:
    text = ZH + "## 本地存储的数据\n\n所有应用数据存储于 `~/Library/Application Support/Qingyu/`。\n\n## 网络\n\n" + leaves + "\n"
    assert status(text, "cn-gbt35273/cross-border") == "missing"


ADLO_ROW = "| 社群帳號連結（如 Threads） | 您授權範圍內的帳號基本資料與發布權限（OAuth 授權，可隨時撤銷） |"


def test_a_social_account_linked_through_oauth_is_the_source() -> None:
    text = TW + "## 我們蒐集哪些資料\n\n| 服務 | 資料 |\n| --- | --- |\n" + ADLO_ROW + "\n"  # eval/profiles33 adlo-tw 92-93
    found = verdict(text, "tw-pdpa/source")
    assert found.status == "covered" and "OAuth" in found.evidence.text


@pytest.mark.parametrize(
    "line",
    [
        "本網站不會連結您的社群帳號，也不會取得帳號基本資料（OAuth 授權）。",
        "信用卡號由金流服務商 Stripe 直接處理，本公司不經手、不儲存任何卡號資訊。",
        "您可以使用 Email 註冊本公司帳號，帳號基本資料由您自行填寫。",
    ],
)
def test_no_link_a_processor_or_the_persons_own_account_is_no_source(line: str) -> None:
    assert status(TW + "## 我們蒐集哪些資料\n\n本公司可能蒐集：" + line + "\n", "tw-pdpa/source") == "not-applicable"


@pytest.mark.parametrize(
    "line",
    [
        "该开关默认关闭，并按 Provider 单独保存；关闭或撤销后，后续请求不会再发送新的邮件检索片段。",  # eval/profiles34 namimail-zh 14
        "取消授权后，应用将停止读取您的通讯录。",
    ],
)
def test_an_opt_in_switched_off_after_which_nothing_is_sent(line: str) -> None:
    assert status(ZH + "## 数据去向\n\n" + line + "\n", "cn-gbt35273/withdraw-consent") == "covered"


@pytest.mark.parametrize(
    "line",
    [
        "关闭应用后，我们会继续发送通知。",  # nothing stops
        "服务关闭后，我们不再提供下载。",  # the operator's service, no data sent
    ],
)
def test_closing_the_app_or_a_service_is_no_withdrawal(line: str) -> None:
    assert status(ZH + "## 说明\n\n" + line + "\n", "cn-gbt35273/withdraw-consent") == "missing"
