"""Fifty-second session, second wave (u52w2): the classes of `eval/profiles52`'s disagreements, both sides of each rule.

- eu-gdpr transfers: a transfer abroad stated only as the condition of an if-clause ('If data is transferred outside the
  EEA/UK, we rely on … Standard Contractual Clauses', bary-en 62) does not make the item apply;
- cn-pipl / tw-pdpa categories: a cookie's definition (「Cookie 是存储在您设备上的小型文本文件，用于记录您的偏好设置。」,
  chuandao-zh 41) names no kind of data collected;
- GB/T cross-border: one named kind of data processed on the device (「所有通知内容仅在设备本地处理，不会上传到任何服务器」,
  tongzhi-zh 32) is no storage place.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status

P52 = ROOT / "eval" / "profiles52" / "docs"


# --- eu-gdpr transfers: a transfer that is only the condition -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## International Transfers\n\nIf data is transferred outside the EEA/UK, we rely on lawful safeguards such as Standard Contractual Clauses or equivalent protections.\n",
        "## International Transfers\n\nIf your personal data is processed outside the EEA, we use Standard Contractual Clauses.\n",
        "## International Transfers\n\nIf we transfer your data outside the European Union, we rely on adequacy decisions.\n",
        "## 国际传输\n\n如果数据被传输到欧洲经济区以外，我们将依据标准合同条款。\n",
    ],
)
def test_a_transfer_only_supposed_does_not_make_transfers_apply(text: str) -> None:
    assert profile_status(text, "eu-gdpr/transfers") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "## International Transfers\n\nWe transfer personal data outside the EEA to our processors and rely on Standard Contractual Clauses.\n",
        "## International Transfers\n\nOur servers are located in the United States. If data is transferred outside the EEA/UK, we rely on Standard Contractual Clauses.\n",
        "## International Transfers\n\nYour data is transferred outside the EEA under Standard Contractual Clauses.\n",
    ],
)
def test_a_stated_transfer_still_applies_and_covers(text: str) -> None:
    assert profile_status(text, "eu-gdpr/transfers") == "covered"


def test_a_stated_transfer_without_a_safeguard_is_missing() -> None:
    text = "## International Transfers\n\nWe transfer your personal data outside the EEA. If data is transferred outside the EEA, we take care.\n"
    assert profile_status(text, "eu-gdpr/transfers") == "missing"


def test_bary_transfers_regression() -> None:
    assert file_verdict(P52 / "bary-en" / "page.tsx", "eu-gdpr/transfers") == ("not-applicable", None)


# --- categories: a cookie's definition ----------------------------------------------------------------------------------

_CATEGORIES = ["cn-pipl/categories", "tw-pdpa/categories"]


@pytest.mark.parametrize("item", _CATEGORIES)
@pytest.mark.parametrize(
    "text",
    [
        "## Cookie 使用\n\n本网站可能使用 Cookie 来提升您的浏览体验。Cookie 是存储在您设备上的小型文本文件，用于记录您的偏好设置。\n",
        "## Cookie 使用\n\n本網站可能使用 Cookie 來提升您的瀏覽體驗。Cookie 是儲存在您裝置上的小型文字檔案，用於記錄您的偏好設定。\n",
        "## Cookie\n\nCookie（小型文本文件）是指网站存储在您浏览器中的数据文件，用于记录登录状态。\n",
    ],
)
def test_a_cookie_definition_names_no_category(item: str, text: str) -> None:
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize("item", _CATEGORIES)
@pytest.mark.parametrize(
    "text",
    [
        "## Cookie 使用\n\nCookie 是存储在您设备上的小型文本文件，我们通过 Cookie 收集您的 IP 地址和浏览记录。\n",
        "## 我们收集的信息\n\n我们会记录您的偏好设置、IP 地址和设备型号。\n",
        "## Cookie\n\nCookie 是小型文字檔案。我們透過 Cookie 蒐集您的 IP 位址與瀏覽紀錄。\n",
    ],
)
def test_collection_beside_a_cookie_still_counts(item: str, text: str) -> None:
    assert profile_status(text, item) == "covered"


def test_chuandao_categories_regression() -> None:
    assert file_verdict(P52 / "chuandao-zh" / "page.tsx", "cn-pipl/categories") == ("missing", None)


# --- GB/T cross-border: one kind of data processed on the device --------------------------------------------------------

_CROSS = "cn-gbt35273/cross-border"


@pytest.mark.parametrize(
    "text",
    [
        "## 通知\n\n所有通知内容仅在设备本地处理，不会上传到任何服务器。\n",
        "## 通知\n\n- 应用通过通知监听服务获取系统通知内容\n- 所有通知內容僅在裝置本地處理，不會上傳到任何伺服器\n",
        "## 照片\n\n所有照片数据仅在手机上处理，不会上传到任何服务器。\n",
    ],
)
def test_one_kind_processed_on_the_device_is_no_storage_place(text: str) -> None:
    assert profile_status(text, _CROSS) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 数据\n\n所有数据仅在您的设备本地处理，不会上传到任何服务器。\n",
        "## 数据\n\n所有应用数据仅保存在您的设备本地，不会上传到任何服务器。\n",
        "## 数据\n\n所有记账数据仅在设备本地处理与存储，不会上传到任何服务器。\n",
        "## 存储\n\n我们收集的信息存储在中华人民共和国境内。\n",
    ],
)
def test_all_data_kept_on_the_device_or_a_place_still_covers(text: str) -> None:
    assert profile_status(text, _CROSS) == "covered"


def test_tongzhi_cross_border_regression() -> None:
    assert file_verdict(P52 / "tongzhi-zh" / "privacy_policy_page.dart", _CROSS) == ("missing", None)
