"""Profile verdict classes fixed in session 35 (u35v, issue #14) on eval/profiles35's dev documents.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own line as a regression case:
- tw-pdpa/source: the software obtained from a download place (「可從 GitHub Releases 取得的免費開源桌面應用」,
  mediaforge-tw) obtains no data from a third party; data obtained from Google still does;
- cn-pipl/minors: minors' protection named only as a topic to contact the developer about (the WeChat guide's
  「…或未成年人个人信息保护相关问题，可通过以下方式与开发者联系」, xiaogang-mp) does not make Art. 31 apply;
- cn-pipl/purposes: the retention rule's 「为实现处理目的所必要的最短时间」 names no purpose; the WeChat guide's
  「为了…，开发者将在获取你的明示同意后，访问你的…」 does;
- cn-pipl/processor: a farmers' cooperative (…专业合作社) named as the developer, with a mobile number;
- cn-gbt35273/delete and cn-pipl/rights: the person deletes the data themselves, with the way (a control that can delete,
  a deletion in a named place, the steps of a full deletion); uninstalling or clearing the app's data only where nothing
  is kept on a server (the session 35 decision, eval/profiles35/README.md);
- cn-gbt35273/security: a measure described concretely (end-to-end encryption, a verified key, hashes, kept out of
  backups, checksums); a measure that is absent is none;
- cn-gbt35273/methods: the person's act that starts the collection (「只有用户在 Watch 上主动操作后才会采集麦克风音频」);
  a collection denied is none;
- cn-gbt35273/cross-border: data in IndexedDB or the Keychain with nothing leaving the device (「没有账号、云端视频库」);
  the same storage with an upload to a server is none;
- cn-pipl/purposes and cn-gbt35273/functions: an extension's permission as a list label and its use under a permissions
  heading (「- storage：保存偏好…」); a permission not requested is none;
- cn-gbt35273/withdraw-consent: an access permission revoked with a control; an irrevocable one is none;
- cn-gbt35273/effect-of-not-providing: refusing a permission and what then applies (the profiles34b leftover
  「如果你拒绝，则适用下述兜底方案」); an instruction to stop using the service is none;
- cn-gbt35273/security: credentials and identifiers filtered out of an export (profiles34b diplay-zh 9); a redaction
  that cannot be promised is none;
- cn-gbt35273/methods: the channel of collection (a camera used for something, e-mail received, a permission used to
  track; the profiles34b leftovers brushalarm-zh 9, 34 and diplay-zh 15); a camera not used is none.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

ZH = "# 隐私说明\n\n"
TW = "# 隱私權政策\n\n"


def test_software_downloaded_from_a_release_page_is_no_source() -> None:
    text = (
        TW + "- **MediaForge Open** — 可從 [GitHub Releases](https://github.com/mediaforgeapp/mediaforge/releases) 取得的免費開源桌面應用\n"
    )
    assert status(text, "tw-pdpa/source") == "not-applicable"  # eval/profiles35 mediaforge-tw 21
    assert status(TW + "您可從本站下載最新版本的應用程式。\n", "tw-pdpa/source") == "not-applicable"


def test_data_obtained_from_a_named_party_still_applies_the_source() -> None:
    assert status(TW + "我們會從 Google 取得您的姓名與電子郵件地址。\n", "tw-pdpa/source") == "covered"


GUIDE_CLOSING = (
    "若你认为开发者未遵守上述约定，或有其他的投诉建议、或未成年人个人信息保护相关问题，可通过以下方式与开发者联系；或者向微信进行投诉。\n"
)


def test_minors_named_as_a_complaint_topic_do_not_apply_art_31() -> None:
    assert status(ZH + GUIDE_CLOSING, "cn-pipl/minors") == "not-applicable"  # eval/profiles35 xiaogang-mp 57


def test_minors_spoken_of_still_apply_art_31() -> None:
    assert status(ZH + "未成年人在使用本服务前应仔细阅读本政策。\n", "cn-pipl/minors") == "missing"
    assert status(ZH + "若你是未满十四周岁的未成年人，请在父母同意后使用。\n", "cn-pipl/minors") == "covered"


def test_the_retention_rule_names_no_purpose() -> None:
    text = ZH + "开发者承诺，除法律法规另有规定外，开发者对你的信息的保存期限应当为实现处理目的所必要的最短时间。\n"
    assert status(text, "cn-pipl/purposes") == "missing"  # eval/profiles35 xiaogang-mp 36


def test_the_guides_purpose_before_the_promise_is_a_purpose() -> None:
    line = "· 为了提高用户产品使用体验，开发者将在获取你的明示同意后，访问你的地址信息。\n"  # xiaogang-mp 15
    found = verdict(ZH + line, "cn-pipl/purposes")
    assert found.status == "covered"
    assert found.evidence.line == 5
    assert status(ZH + "为了展示微信昵称、头像，开发者将在获取你的明示同意后，收集你的微信昵称、头像。\n", "cn-pipl/purposes") == "covered"


def test_a_promise_without_a_purpose_is_none() -> None:
    assert status(ZH + "开发者将在获取你的明示同意后，访问你的地址信息。\n", "cn-pipl/purposes") == "missing"


def test_a_cooperative_named_as_the_developer_with_a_mobile_number_is_the_processor() -> None:
    text = (
        ZH + "本指引是小刚副业小程序开发者“兴文县龙山生态水产养殖专业合作社”（以下简称“开发者”）为处理你的个人信息而制定。\n\n"
        "- 手机号: 18483128820\n"
    )
    found = verdict(text, "cn-pipl/processor")  # eval/profiles35 xiaogang-mp 10, 29
    assert found.status == "covered"
    assert found.evidence.line == 5


def test_a_cooperative_without_a_contact_is_no_processor() -> None:
    text = ZH + "本指引是小刚副业小程序开发者“兴文县龙山生态水产养殖专业合作社”（以下简称“开发者”）为处理你的个人信息而制定。\n"
    assert status(text, "cn-pipl/processor") == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "在设置页点击 **Forget connection（忘记连接）**，可删除本地 Nextcloud 配置并撤销对应服务器的可选访问权限。",  # add2calendar-zh 27
        "完整处理结果与任务信息保存在 enhancement/.runtime/jobs，直到你在“处理任务”中明确删除，重启程序后仍保留。",  # wescreen-zh 30
        "如需完整删除，用户应在自己的设备上移除 App 容器、Application Support 数据和 Wrist Remote Keychain 条目。",  # wristremote-zh 29
    ],
)
@pytest.mark.parametrize("item", ["cn-gbt35273/delete", "cn-pipl/rights"])
def test_the_person_deleting_the_data_with_the_way_is_the_deletion_method(line: str, item: str) -> None:
    found = verdict(ZH + line + "\n", item)
    assert found.status == "covered"
    assert found.evidence.line == 5


@pytest.mark.parametrize(
    "line",
    [
        "点击“清除缓存”可删除浏览器缓存数据。",
        "管理员可在“后台”中删除违规内容。",
        "当你在设置中删除账号后，我们会在 15 天内完成处理。",
    ],
)
def test_a_cache_an_administrator_or_an_event_is_no_deletion_method(line: str) -> None:
    assert status(ZH + line + "\n", "cn-gbt35273/delete") == "missing"


LOCAL_ONLY = "所有录像只存放在本机扩展 IndexedDB 中，没有账号或云端视频库。\n\n"


def test_uninstalling_deletes_where_the_data_is_only_on_the_device() -> None:
    text = ZH + LOCAL_ONLY + "清除扩展数据或卸载会移除录像库，请先导出备份。\n"  # eval/profiles35 wescreen-zh 28
    found = verdict(text, "cn-gbt35273/delete")
    assert found.status == "covered"
    assert found.evidence.line == 7


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles35 add2calendar-zh 29: the events stay at the calendar services
        "卸载扩展会删除其本地设置，但不会删除已经添加到日历的条目或已经下载的文件。\n",
        # wristremote-zh 29: deleting the app leaves the Keychain
        "删除 App 不一定会同步删除 Keychain 条目。\n",
        # a copy on a server: uninstalling is no deletion method (the session 35 decision)
        "您的笔记会同步到我们的服务器。\n\n卸载应用会删除本地的笔记数据。\n",
    ],
)
def test_uninstalling_is_no_deletion_where_data_stays_elsewhere(text: str) -> None:
    assert status(ZH + text, "cn-gbt35273/delete") == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "应用载荷在 Apple 设备与 Mac 之间端到端加密。",  # eval/profiles35 wristremote-zh 15
        "客户端凭据、配对状态和端到端加密密钥存放于 Apple Keychain。",  # wristremote-zh 9 (end-to-end encryption)
        "所选视频传递到同一台设备的本机程序，通过密钥验证的本机程序处理。",  # wescreen-zh 15
        "配对材料不会进入系统备份。",
        "每个导出文件都附带校验和。",
    ],
)
def test_a_concrete_security_measure_is_security(line: str) -> None:
    found = verdict(ZH + line + "\n", "cn-gbt35273/security")
    assert found.status == "covered"
    assert found.evidence.line == 5


@pytest.mark.parametrize(
    "line",
    [
        "Nextcloud 应用密码没有额外的静态加密保护。",  # add2calendar-zh 23
        "我们不会加密您的备份。",
    ],
)
def test_an_absent_measure_is_no_security(line: str) -> None:
    assert status(ZH + line + "\n", "cn-gbt35273/security") == "missing"


def test_the_persons_act_that_starts_collection_is_a_method() -> None:
    found = verdict(ZH + "只有用户在 Watch 上主动操作后才会采集麦克风音频。\n", "cn-gbt35273/methods")  # wristremote-zh 11
    assert found.status == "covered"
    assert found.evidence.line == 5
    assert status(ZH + "录制仅在你通过浏览器选择共享源后开始。\n", "cn-gbt35273/methods") == "covered"  # wescreen-zh 7


def test_a_collection_denied_is_no_method() -> None:
    assert status(ZH + "本应用从不采集麦克风音频。\n", "cn-gbt35273/methods") == "missing"


def test_device_storage_with_nothing_leaving_is_the_storage_place() -> None:
    text = ZH + "没有账号、云端视频库、统计分析、广告或遥测。\n\n完成的录像存放在本机扩展 IndexedDB 中。\n"  # wescreen-zh 7, 11
    assert status(text, "cn-gbt35273/cross-border") == "covered"


def test_device_storage_with_an_upload_is_no_storage_place() -> None:
    text = ZH + "完成的录像存放在本机扩展 IndexedDB 中。\n\n录像会自动上传到我们的服务器。\n"
    assert status(text, "cn-gbt35273/cross-border") == "missing"


PERMISSIONS = "## 权限\n\n"


@pytest.mark.parametrize("item", ["cn-pipl/purposes", "cn-gbt35273/functions"])
def test_a_permission_label_and_its_use_is_a_purpose(item: str) -> None:
    text = ZH + PERMISSIONS + "- storage：保存偏好、录制页面归属及临时连接密钥。\n"  # wescreen-zh 19
    found = verdict(text, item)
    assert found.status == "covered"
    assert found.evidence.line == 7


@pytest.mark.parametrize("item", ["cn-pipl/purposes", "cn-gbt35273/functions"])
def test_a_permission_not_requested_is_no_purpose(item: str) -> None:
    assert status(ZH + PERMISSIONS + "- tabs：本扩展不会申请读取全部网站的权限。\n", item) == "missing"


def test_an_access_permission_revoked_with_a_control_withdraws_consent() -> None:
    line = "在设置页点击 **Forget connection（忘记连接）**，可删除本地 Nextcloud 配置并撤销对应服务器的可选访问权限。\n"
    found = verdict(ZH + line, "cn-gbt35273/withdraw-consent")  # add2calendar-zh 27
    assert found.status == "covered"
    assert found.evidence.line == 5


def test_an_irrevocable_permission_withdraws_nothing() -> None:
    assert status(ZH + "该访问权限一经授予即不可撤销。\n", "cn-gbt35273/withdraw-consent") == "missing"


def test_refusing_a_permission_and_what_then_applies_is_the_effect() -> None:
    line = "在 Android 9 及更早版本上，Save diagnostic report 会请求存储权限并保存到 Download；如果你拒绝，则适用下述兜底方案。\n"
    found = verdict(ZH + line, "cn-gbt35273/effect-of-not-providing")  # eval/profiles34b diplay-zh 11
    assert found.status == "covered"
    assert found.evidence.line == 5


def test_an_instruction_to_stop_using_is_no_effect() -> None:
    text = ZH + "如果您拒绝本政策，则请立即停止使用本服务。\n"
    assert status(text, "cn-gbt35273/effect-of-not-providing") == "missing"


def test_credentials_filtered_out_of_an_export_is_security() -> None:
    found = verdict(ZH + "导出器会过滤协议载荷、含凭据的行以及常见标识符。\n", "cn-gbt35273/security")  # diplay-zh 9
    assert found.status == "covered"
    assert found.evidence.line == 5


def test_a_redaction_that_cannot_be_promised_is_no_security() -> None:
    assert status(ZH + "脱敏无法保证识别出每个厂商特有的字符串。\n", "cn-gbt35273/security") == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "- 使用前置摄像头在设备内存中完成刷牙动作推理；",  # eval/profiles34b brushalarm-zh 9
        "视频征集只通过 [BrushAlarm@163.com](mailto:BrushAlarm@163.com) 接收，并要求邮件正文包含明确授权确认。",  # 34
        "仪表盘配置会可选地使用 Android 使用情况访问权限（Usage Access），以跟踪主题与小地图卡片的可见性。",  # diplay-zh 15
    ],
)
def test_the_channel_of_collection_is_a_method(line: str) -> None:
    found = verdict(ZH + line + "\n", "cn-gbt35273/methods")
    assert found.status == "covered"
    assert found.evidence.line == 5


@pytest.mark.parametrize(
    "line",
    [
        "本应用不会使用摄像头完成任何识别。",
        "我们不接收通过电子邮件提交的附件。",
    ],
)
def test_a_channel_not_used_is_no_method(line: str) -> None:
    assert status(ZH + line + "\n", "cn-gbt35273/methods") == "missing"
