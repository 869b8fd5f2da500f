"""Issue #14 classes of eval/precision57's false "missing" profile findings (u57w2; not blind: the set's first run is read).

- A retention period whose end is a clean-up (「原图会在上传 24 小时后进入清理流程」): 清理 ends storage as 清除 does, with a
  period; not a cache the person clears (「清理缓存」), nor a clean-up with no period.
- Photos the person picks (「你选择的照片仅用于…」) are a kind of data the service processes, as uploaded ones are; not where
  the sentence denies collecting or uploading them.
- The service's operator as a role with its name in brackets, said to provide the service (m57p's profiles57p neko-zh 144:
  「Neko歌姬计划由 Neko歌姬计划运营方（Fantasy Network「梦幻网络」）提供…服务」) names the processor; a third party's
  (「由第三方（某SDK）提供」, 「微信登录由微信运营方（腾讯）提供」) and a bare role (「由开发者（张三）提供」) do not.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status

_KEEP = "## 保存期限\n\n"


@pytest.mark.parametrize(
    ("text", "item", "status"),
    [
        ("原图会在上传 24 小时后进入清理流程。", "cn-pipl/retention", "covered"),
        ("上传的图片将在 7 天后自动清理。", "cn-pipl/retention", "covered"),
        ("上傳的照片將在 7 天後自動清理。", "tw-pdpa/period", "covered"),
        ("原图会在上传 24 小时后进入清理流程。", "cn-gbt35273/retention", "covered"),
        # no period, or a cache the person clears: no retention period
        ("我们会定期进入清理流程。", "cn-pipl/retention", "missing"),
        ("您可以在 7 天后清理缓存。", "cn-pipl/retention", "missing"),
    ],
)
def test_a_clean_up_after_a_period_is_the_retention_period(text: str, item: str, status: str) -> None:
    assert profile_status(_KEEP + text + "\n", item) == status


_USE = "## 我们如何使用照片\n\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("你选择的照片仅用于图片预处理、内容生成和分享图合成。", "covered"),
        ("您所拍摄的图片仅用于生成作品。", "covered"),
        ("你選擇的照片僅用於圖片預處理與內容生成。", "covered"),
        # denied, or a choice that is no data
        ("你选择的照片不会上传到服务器。", "missing"),
        ("你选择的主题仅用于显示界面。", "missing"),
    ],
)
def test_photos_the_person_picks_are_a_kind_of_data(text: str, status: str) -> None:
    assert profile_status(_USE + text + "\n", "cn-pipl/categories") == status


def test_precision57_pic2poe_retention_and_categories() -> None:
    path = ROOT / "eval/precision57/pic2poe-zh-wxml/privacy.wxml"
    assert file_verdict(path, "cn-pipl/retention") == ("covered", 4)
    assert file_verdict(path, "cn-pipl/categories") == ("covered", 3)


_CONTACT = "\n\n如有问题，请发送邮件至 help@example-mail.com。\n"


@pytest.mark.parametrize(
    ("text", "item", "status"),
    [
        ("Neko歌姬计划由 Neko歌姬计划运营方（Fantasy Network「梦幻网络」）提供音乐搜索、在线播放服务。", "cn-pipl/processor", "covered"),
        ("Neko歌姬计划由 Neko歌姬计划运营方（Fantasy Network「梦幻网络」）提供音乐搜索服务。", "cn-gbt35273/identity-contact", "covered"),
        ("本应用由本应用开发者（张三）开发和维护。", "cn-pipl/processor", "covered"),
        ("本應用由本應用開發者（張三）開發與維護。", "tw-pdpa/agency", "covered"),
        ("Neko歌姬計畫由 Neko歌姬計畫營運方（Fantasy Network）提供音樂服務。", "tw-pdpa/agency", "covered"),
        # a third party's provider, another service's operator, a bare role: no identity
        ("登录服务由第三方（某SDK）提供。", "cn-pipl/processor", "missing"),
        ("登入服務由第三方（某SDK）提供。", "tw-pdpa/agency", "missing"),
        ("微信登录由微信运营方（腾讯）提供。", "cn-pipl/processor", "missing"),
        ("本应用由开发者（张三）提供。", "cn-pipl/processor", "missing"),
    ],
)
def test_the_operator_as_a_role_with_its_name_in_brackets(text: str, item: str, status: str) -> None:
    assert profile_status("## 关于我们\n\n" + text + _CONTACT, item) == status


def test_the_role_with_a_name_but_no_contact_is_still_missing() -> None:
    text = "## 关于我们\n\nNeko由 Neko运营方（Fantasy Network）提供服务。\n"
    assert profile_status(text, "cn-pipl/processor") == "missing"
