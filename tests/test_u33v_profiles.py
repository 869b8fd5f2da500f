"""Profile verdict classes fixed in the thirty-third session (u33v, issue #14) on eval/profiles33's dev documents.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own line as a regression case where useful:
- tw-pdpa/methods: the Act's formula alone, automated *and* non-automated means (「以自動化或非自動化方式」, codetiger-tw);
- us-ccpa and eu-gdpr purposes: the purpose as a gerund after "for" ("for providing and improving the service");
- cn-gbt35273/delete and cn-pipl/rights: a control of the product that clears the person's data (gazeease-zh,
  resumefiller-zh), not a summary of the rights nor a cache;
- cn-gbt35273/withdraw-consent: a permission removable in the settings, recording paused by the person;
- cn-gbt35273/sharing: no upload to the developer *or* any other service (the developer alone leaves third parties open);
- cn-pipl/methods and cn-gbt35273/methods: processing in its place on the device, a folder on the computer, data read
  through a permission the product asks for, e-mail the person sends of their own accord.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

ZH = "# 隐私政策\n\n最后更新：2026年7月6日\n\n"
TW = "# 隱私權政策\n\n最後更新：2026年6月5日\n\n"
EN = "# Privacy Policy\n\nLast updated: 2026-07-06\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "本公司將以自動化或非自動化方式，於必要範圍內進行個人資料之蒐集、紀錄、輸入、儲存。",  # eval/profiles33 codetiger-tw 145
        "以自動化機器或其他非自動化之方式，於前述目的範圍內處理及利用。",
    ],
)
def test_the_acts_formula_states_the_means_of_use(line: str) -> None:
    assert status(TW + "## 利用方式\n\n" + line + "\n", "tw-pdpa/methods") == "covered"


@pytest.mark.parametrize(
    "line",
    [
        "本公司不會以自動化或非自動化方式處理您的資料。",  # a means denied
        "本服務提供自動化或非自動化的客服方式。",  # a service's support, no use of data
    ],
)
def test_automation_words_without_a_means_of_use_do_not_cover(line: str) -> None:
    assert status(TW + "## 說明\n\n" + line + "\n", "tw-pdpa/methods") == "missing"


@pytest.mark.parametrize("item", ["us-ccpa/purposes", "eu-gdpr/purposes"])
def test_a_purpose_written_as_a_gerund_after_for(item: str) -> None:
    text = EN + "## How we use data\n\nWe use the categories of personal information above for providing and improving the service.\n"
    found = verdict(text, item)
    assert found.status == "covered" and "for providing" in found.evidence.text


@pytest.mark.parametrize("item", ["us-ccpa/purposes", "eu-gdpr/purposes"])
@pytest.mark.parametrize("line", ["We do not use your data for providing ads.", "We do not collect any data for improving our models."])
def test_a_gerund_purpose_denied_does_not_cover(item: str, line: str) -> None:
    assert status(EN + "## Data\n\n" + line + "\n", item) == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "设置窗口提供“清除所有分析数据”，用于清除本地分析记录。",  # eval/profiles33 gazeease-zh 73
        "打开「编辑简历数据」编辑器，点击工具栏中的**清除本地数据**，确认后将删除已保存的简历并恢复为中性示例。",  # resumefiller-zh 49
        "点击【一键清空历史记录】即可删除全部记录。",
    ],
)
def test_a_control_that_clears_the_data_is_a_way_to_delete(line: str) -> None:
    text = ZH + "## 用户控制与删除\n\n" + line + "\n"
    assert status(text, "cn-gbt35273/delete") == "covered"
    assert status(text, "cn-pipl/rights") == "covered"


@pytest.mark.parametrize(
    "line",
    [
        "本政策说明平台为用户提供的访问、更新、删除和保护这些信息的方式。",  # eval/profiles30 jinchuang-zh 8: a summary
        "点击“清除缓存”可释放存储空间。",  # the cache
        "点击“删除”可删除他人发布的内容。",  # someone else's content
    ],
)
def test_no_control_over_the_persons_data_is_no_deletion(line: str) -> None:
    text = ZH + "## 说明\n\n" + line + "\n"
    assert status(text, "cn-gbt35273/delete") == "missing"
    assert status(text, "cn-pipl/rights") == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "输入监控权限始终由 macOS 管理，可在“系统设置 → 隐私与安全性 → 输入监控”中手动移除。",  # gazeease-zh 77
        "你可以在应用中暂停剪贴板记录、调整保留期、删除单条记录，或清空全部剪贴板历史。",  # qingyu-zh 23
    ],
)
def test_a_permission_removed_or_recording_paused_withdraws_consent(line: str) -> None:
    assert status(ZH + "## 权限\n\n" + line + "\n", "cn-gbt35273/withdraw-consent") == "covered"


@pytest.mark.parametrize(
    "line",
    [
        "相机权限可在设置中开启。",  # switched on, not off
        "我们可以随时停止记录日志。",  # the operator's own act
        "您可以暂停使用本服务。",  # no recording paused
    ],
)
def test_other_settings_and_pauses_withdraw_nothing(line: str) -> None:
    assert status(ZH + "## 权限\n\n" + line + "\n", "cn-gbt35273/withdraw-consent") == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "- 不向开发者服务器或其他远程服务上传简历内容",  # eval/profiles33 resumefiller-zh 28
        "App 不会把个人数据上传给开发者或其他服务。",  # gazeease-zh 59 (there under a heading that the check skips)
    ],
)
def test_no_upload_to_the_developer_or_anyone_else_states_the_sharing(line: str) -> None:
    assert status(ZH + "## 我们不会做什么\n\n" + line + "\n", "cn-gbt35273/sharing") == "covered"


@pytest.mark.parametrize(
    "line",
    [
        "我们不会把数据上传到我们的服务器。",  # the developer alone: third parties stay open
        "请勿把数据上传给开发者或其他服务。",  # the person's own duty
    ],
)
def test_a_narrower_denial_or_a_duty_is_no_sharing_statement(line: str) -> None:
    assert status(ZH + "## 说明\n\n" + line + "\n", "cn-gbt35273/sharing") == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "清羽可能会在本地存储以下数据：\n\n- 剪贴板记录：文本、富文本的纯文本摘要。",  # qingyu-zh 11
        "所有应用数据存储于 `~/Library/Application Support/Qingyu/`。",  # qingyu-zh 19
        "截图与标注均在本地处理。",  # qingyu-zh 29
        "护眼之道申请“输入监控”权限，用来检测键盘、点击、滚动、触控板和鼠标移动。",  # gazeease-zh 15
    ],
)
def test_processing_in_its_place_or_through_a_permission_is_a_method(line: str) -> None:
    assert status(ZH + "## 本地存储的数据\n\n" + line + "\n", "cn-pipl/methods") == "covered"


@pytest.mark.parametrize(
    "line",
    ["我们不会在本地存储您的密码。", "本应用无需申请任何权限，用来检测的功能已移除。"],
)
def test_a_place_or_permission_denied_is_no_method(line: str) -> None:
    assert status(ZH + "## 说明\n\n" + line + "\n", "cn-pipl/methods") == "missing"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("护眼之道申请“输入监控”权限，用来检测键盘、点击、滚动、触控板和鼠标移动。", "covered"),
        ("反馈仅由用户主动发送邮件。", "covered"),  # qingyu-zh 46
        ("我们不会主动发送邮件。", "missing"),  # the operator's mail, no collection
    ],
)
def test_collection_methods_by_permission_and_the_persons_own_mail(line: str, expected: str) -> None:
    assert status(ZH + "## 权限\n\n" + line + "\n", "cn-gbt35273/methods") == expected


def _html_table(header: str, row: str) -> str:
    cells = "".join(f"<th>{h}</th>" for h in header.split("|"))
    values = "".join(f"<td>{v}</td>" for v in row.split("|"))
    return (
        f"<html><body><h1>隐私政策</h1>\n<h2>三、我们如何存储</h2>\n<table>\n<tr>{cells}</tr>\n<tr>{values}</tr>\n</table></body></html>\n"
    )


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("数据类型|存储地点|接收方", "账号信息（手机号）|中华人民共和国境内（阿里云杭州）|阿里云计算有限公司"),
        ("第三方名称|收集的信息|服务器所在地", "友盟统计|设备标识|中国境内"),
    ],
)
def test_a_territory_in_a_storage_place_cell_states_where_data_is_kept(header: str, row: str) -> None:
    found = verdict(_html_table(header, row), "cn-gbt35273/cross-border", suffix=".html")
    assert found.status == "covered" and "境内" in found.evidence.text


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("数据|存储位置|用途", "设置|浏览器本地 chrome.storage.local|恢复设置"),  # the browser: no place of its own
        ("数据|用途|说明", "账号|登录|中国用户专用"),  # no storage-place column
    ],
)
def test_a_device_cell_or_another_column_states_no_storage_place(header: str, row: str) -> None:
    assert status(_html_table(header, row), "cn-gbt35273/cross-border", suffix=".html") == "missing"


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_the_period_under_a_retention_heading_is_cited_before_storage(item: str) -> None:
    text = (
        ZH + "## 本地保存的数据\n\n护眼之道只保存计时、提醒、重启恢复和“今日 / 近 7 日”本地分析所需要的信息：\n\n"
        "- 输入活动类型与时间。\n\n## 保留期限\n\n当前自动保留期限为：\n\n- 疲劳采样：7 天。\n- 每日汇总：365 天。\n"
    )  # eval/profiles33 gazeease-zh 27 and 63-67
    found = verdict(text, item)
    assert found.status == "covered" and "7 天" in found.evidence.text and "只保存" not in found.evidence.text


@pytest.mark.parametrize("item", ["cn-pipl/retention", "cn-gbt35273/retention"])
def test_a_storage_heading_alone_still_gives_its_period(item: str) -> None:
    text = ZH + "## 数据存储\n\n您的个人信息保存 6 个月，期满后删除。\n"
    assert status(text, item) == "covered"


def test_identifiers_a_sign_in_provider_supplies_are_a_source() -> None:
    text = (
        TW + "## 2.1 帳號與識別資料\n\n本公司將蒐集下列資料：\n\n* 遊戲暱稱\n"
        "* Apple ID 或 Sign in with Apple 所提供之識別資訊\n"  # eval/profiles33 codetiger-tw 28
        "* Google 帳號或 Google Play Games 所提供之登入識別資訊\n"
    )
    found = verdict(text, "tw-pdpa/source")
    assert found.status == "covered" and "Sign in with Apple" in found.evidence.text


def test_the_operators_own_identifiers_or_a_providers_service_are_no_source() -> None:
    text = TW + "## 2. 資料\n\n* Google 提供的地圖服務\n* 本公司所提供之識別資訊\n"
    assert status(text, "tw-pdpa/source") == "not-applicable"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("You can pause clipboard recording, adjust retention, or clear all clipboard history from the app.", "covered"),
        ("We can stop recording at any time.", "missing"),  # the operator's act
        ("You can stop using the app.", "missing"),  # no recording paused
    ],
)
def test_the_person_pausing_recording_withdraws_consent_under_the_gdpr(line: str, expected: str) -> None:
    assert status(EN + "## Clipboard history\n\n" + line + "\n", "eu-gdpr/withdraw-consent") == expected


def test_a_heading_asking_which_data_is_processed_takes_the_kinds_named_under_it() -> None:
    text = (
        ZH + "## 1. 我们处理哪些信息\n\n仅处理您在编辑器中主动填写或导入的简历模板数据，例如：\n\n"
        "- 姓名、手机号、邮箱、证件号码、住址\n- 紧急联系人、家庭成员、证明人联系方式\n"
    )  # eval/profiles33 resumefiller-zh 10-15
    found = verdict(text, "cn-pipl/categories")
    assert found.status == "covered" and "姓名" in found.evidence.text


@pytest.mark.parametrize("heading", ["我们处理哪些信息", "我们处理的信息"])
def test_processing_denied_under_such_a_heading_names_no_category(heading: str) -> None:
    assert status(ZH + f"## 1. {heading}\n\n我们不处理您的姓名、手机号。\n", "cn-pipl/categories") == "missing"
