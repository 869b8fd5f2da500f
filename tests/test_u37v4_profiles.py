"""Profile verdict classes fixed in session 37 (u37v4, issue #14) from the held-out part of eval/profiles37 (NOT blind).

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone):
- cn-pipl/sensitive-necessity and cn-gbt35273/sensitive-marked: the service's own secrets listed before 「等敏感信息」
  (「API 密钥、支付密钥等敏感信息独立安全存储」) and a thing said not to contain sensitive data (「该 Cookie 不包含您的明文
  密码等敏感信息」) say nothing of processing Art. 28 data (aitools-tsx 89, 95); a list whose head is personal data
  (「身份证号、API 密钥等敏感信息」) and a plain statement of collecting it still make the items apply;
- cn-gbt35273/delete and cn-pipl/rights: data removed together with the app, the event in its own clause (「如果你删除 App，
  本地保存的数据也会随 App 一起删除」, quietnap-md 14), is the session 35 decision's deletion by uninstalling; not where the
  document keeps a copy on a server;
- cn-gbt35273/cross-border: 「…会保存在你的设备本地，用于…」 is device storage, and 「不会收集、出售或上传你的个人数据」
  「不会从此 App 收集数据」 say nothing leaves the device (quietnap-md 10, 12, 20): device storage as the place, as the
  u34v rule reads it; not when the document also uploads data to a server;
- cn-pipl/purposes and cn-gbt35273/functions: what is kept on the device and, after a comma, what it is used for
  (「…会保存在你的设备本地，用于展示历史记录和恢复默认设置」, quietnap-md 12); not a use that names nothing or a denial.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status

ZH = "# 隐私政策\n\n"
SENSITIVE = ("cn-pipl/sensitive-necessity", "cn-gbt35273/sensitive-marked")
COLLECT = "## 一、我们收集的信息\n\n我们收集您的手机号码和邮箱，用于注册登录。\n\n"


@pytest.mark.parametrize("item", SENSITIVE)
def test_the_services_keys_and_a_denial_are_no_sensitive_data(item: str) -> None:
    keys = (
        ZH
        + COLLECT
        + "## 六、数据安全\n\n1. 全站使用 HTTPS 加密传输。\n2. API 密钥、支付密钥等敏感信息独立安全存储，不在代码仓库中暴露。\n"
    )
    assert status(keys, item) == "not-applicable"  # eval/profiles37 aitools-tsx 89
    cookie = (
        ZH
        + COLLECT
        + "## 七、Cookie 使用\n\n本服务使用 Cookie 维持登录状态。该 Cookie 不包含您的明文密码等敏感信息，且仅在当前域名下使用。\n"
    )
    assert status(cookie, item) == "not-applicable"  # eval/profiles37 aitools-tsx 95


@pytest.mark.parametrize("item", SENSITIVE)
def test_personal_data_before_the_keys_and_a_collection_still_apply(item: str) -> None:
    head = ZH + COLLECT + "## 六、数据安全\n\n我们会存储您的身份证号、API 密钥等敏感信息，并加密保存。\n"
    assert status(head, item) != "not-applicable"
    plain = ZH + "## 一、我们收集的信息\n\n为完成实名认证，我们会收集您的身份证号码等敏感个人信息。\n"
    assert status(plain, item) != "not-applicable"


QUIET = (
    ZH + "QuietNap 不要求用户创建账号，也不会收集、出售或上传你的个人数据。\n\n"
    "小睡历史、声音选择、闹钟选择、通知偏好和其他设置会保存在你的设备本地，用于展示历史记录和恢复默认设置。\n\n"
    "如果你删除 App，本地保存的数据也会随 App 一起删除。\n\n## 数据收集\n\nQuietNap 不会从此 App 收集数据。\n\n"
    "## 联系方式\n\n如有隐私相关问题，请联系：zhy9495@hotmail.com\n"
)


@pytest.mark.parametrize("item", ["cn-gbt35273/delete", "cn-pipl/rights"])
def test_data_removed_together_with_the_app_is_a_way_to_delete(item: str) -> None:
    assert status(QUIET, item) == "covered"  # eval/profiles37 quietnap-md 14
    uninstall = ZH + "数据存储于应用沙盒内。卸载应用后，本地数据会随应用移除。\n"
    assert status(uninstall, item) == "covered"


@pytest.mark.parametrize("item", ["cn-gbt35273/delete", "cn-pipl/rights"])
def test_removal_with_the_app_does_not_count_with_a_server_copy_or_a_mention(item: str) -> None:
    cloud = QUIET.replace("## 数据收集", "你的小睡历史会同步至我们的云端服务器保存。\n\n## 数据收集")
    assert status(cloud, item) == "missing"
    mention = ZH + "我们收集您的邮箱用于登录。如果你删除 App，本地数据不会随 App 一起删除。\n"
    assert status(mention, item) == "missing"


def test_device_storage_with_nothing_uploaded_is_the_place() -> None:
    assert status(QUIET, "cn-gbt35273/cross-border") == "covered"  # eval/profiles37 quietnap-md 12


def test_device_storage_with_an_upload_or_without_the_denial_is_no_place() -> None:
    cloud = QUIET.replace("## 数据收集", "你的小睡历史会同步至我们的云端服务器保存。\n\n## 数据收集")
    assert status(cloud, "cn-gbt35273/cross-border") == "missing"
    bare = ZH + "我们收集您的邮箱用于登录。\n\n小睡历史和其他设置会保存在你的设备本地，用于展示历史记录。\n"
    assert status(bare, "cn-gbt35273/cross-border") == "missing"


@pytest.mark.parametrize("item", ["cn-pipl/purposes", "cn-gbt35273/functions"])
def test_what_is_kept_on_the_device_and_used_for_is_a_purpose(item: str) -> None:
    assert status(QUIET, item) == "covered"  # eval/profiles37 quietnap-md 12


@pytest.mark.parametrize("item", ["cn-pipl/purposes", "cn-gbt35273/functions"])
def test_device_storage_without_a_named_use_is_no_purpose(item: str) -> None:
    other = ZH + "你的小睡历史会保存在你的设备本地，用于其他目的。\n"
    assert status(other, item) == "missing"
    denied = ZH + "你的小睡历史会保存在你的设备本地，不会用于广告。\n"
    assert status(denied, item) == "missing"
