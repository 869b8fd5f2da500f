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
from profile_helpers import cited_line, file_verdict, profile_status

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


# --- a label paragraph alone over its value: read as one line, cited at the value ---------------------------------------


@pytest.mark.parametrize(
    ("text", "item", "cited"),
    [
        (
            "# 聲明\n\n個人資料類別：\n\n包含個人基本資料、技術專業背景、工作經歷、工作期望、自傳、通訊資料等。\n",
            "tw-pdpa/categories",
            "包含個人基本資料",
        ),
        ("# 声明\n\n个人资料类别：\n\n包含个人基本资料、技术专业背景、工作经历、通讯资料等。\n", "tw-pdpa/categories", "包含个人基本资料"),
        (
            "# 聲明\n\n資料蒐集之目的：\n\n(包括但不限於建立原始求職者資料檔案、提供推薦報告給徵才企業)，獲取應徵職務之始，所提供各項得以直接或間接識別之個人資料。\n",
            "tw-pdpa/purposes",
            "(包括但不限於",
        ),
    ],
)
def test_a_label_paragraph_reads_with_its_value(text: str, item: str, cited: str) -> None:
    assert cited_line(text, item).startswith(cited)


def test_a_label_over_a_list_is_still_a_lead_in() -> None:
    assert cited_line("# 聲明\n\n個人資料類別：\n\n- 姓名\n- 電話\n", "tw-pdpa/categories") == "- 姓名"


@pytest.mark.parametrize(
    "text",
    [
        "# 聲明\n\n個人資料類別：\n\n無\n",  # an empty value
        "# 聲明\n\n說明：\n\n本公司依法保護您的隱私。\n",  # a label that is no disclosure
    ],
)
def test_a_label_over_nothing_it_names_stays_missing(text: str) -> None:
    assert profile_status(text, "tw-pdpa/categories") == "missing"


def test_a_label_naming_no_notice_item_is_not_read_with_the_next_paragraph() -> None:
    # 「开发者:」 left empty is a slot, not a label over the contact sentence under it (tests/test_profiles_classes8.py)
    assert profile_status("# 聲明\n\n**开发者**: \n\n如有问题，请发送邮件至 dev@foo.cn。\n", "tw-pdpa/agency") == "missing"


def test_the_acts_label_is_cited_before_a_passing_collection() -> None:
    text = "# 聲明\n\n我們將蒐集您的電子郵件以寄送電子報。\n\n個人資料類別： 包含個人基本資料、工作經歷、通訊資料等。\n"
    assert cited_line(text, "tw-pdpa/categories").startswith("個人資料類別：")


def test_a_rights_sentence_with_an_email_way_names_no_category() -> None:
    text = "# 權利\n\n您可以書面或電子郵件方式通知本公司，並針對您的資料請求查詢、閱覽、複製補充、更正、停止蒐集利用、刪除等權利。\n"
    assert profile_status(text, "tw-pdpa/categories") == "missing"
    assert profile_status("# 蒐集\n\n我們以電子郵件方式蒐集您的姓名與電話。\n", "tw-pdpa/categories") == "covered"


@pytest.mark.parametrize("item", _CATEGORIES)
def test_a_file_the_operator_builds_is_cited_after_a_list_of_kinds(item: str) -> None:
    text = "# 聲明\n\n我們蒐集資料以建立原始求職者資料檔案。\n\n我們蒐集您的姓名、電話與電子郵件。\n"
    assert cited_line(text, item).startswith("我們蒐集您的姓名")
    if item.startswith("tw-pdpa"):  # alone it still covers there (a demote moves the citation, never the verdict)
        assert profile_status("# 聲明\n\n我們蒐集資料以建立求職者資料檔案。\n", item) == "covered"


def test_jobmodal_citations_regression() -> None:
    path = P52 / "jobmodal-tw" / "JobModal.tsx"
    assert file_verdict(path, "tw-pdpa/categories") == ("covered", 96)
    assert file_verdict(path, "tw-pdpa/purposes") == ("covered", 90)


# --- tw-pdpa source: a sign-in provider's label item with the data obtained ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 第三方服務\n\n本平台使用以下第三方服務：\n\n- **Google OAuth：**提供第三方登入服務。僅取得您授權的基本資料（電子郵件、顯示名稱、大頭貼）。\n",
        "## 第三方服务\n\n- **Google 登录：**提供第三方登录服务。仅获取您授权的基本信息（邮箱、昵称、头像）。\n",
    ],
)
def test_a_signin_provider_label_with_the_data_obtained_is_a_source(text: str) -> None:
    assert profile_status(text, "tw-pdpa/source") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 第三方服務\n\n- **Google OAuth：**提供第三方登入服務。我們不會取得您的任何資料。\n",
        "## 第三方服務\n\n- **Google OAuth：**提供第三方登入服務。\n",
        "## 第三方服務\n\n- **Vercel：**提供網站部署服務。僅取得您的 IP 位址。\n",
    ],
)
def test_no_data_obtained_or_no_signin_provider_is_no_source(text: str) -> None:
    assert profile_status(text, "tw-pdpa/source") == "not-applicable"


def test_wildmap_source_regression() -> None:
    assert file_verdict(P52 / "wildmap-tw" / "page.tsx", "tw-pdpa/source") == ("covered", 155)


# --- GB/T sharing: a named service as the example of a third-party service -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 第三方服务\n\n本网站可能使用第三方服务（如 Google Analytics）来分析网站访问情况。\n",
        "## 第三方服務\n\n本網站可能使用第三方服務（例如 Google Analytics）來分析網站造訪情況。\n",
    ],
)
def test_a_service_given_as_an_example_with_what_it_does_is_sharing(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/sharing") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 第三方服务\n\n本网站可能使用第三方服务（如 Google Analytics）。\n",  # nothing it does
        "## 第三方服务\n\n本网站使用第三方服务来分析网站访问情况。\n",  # no service named
    ],
)
def test_no_named_service_or_nothing_it_does_is_no_sharing(text: str) -> None:
    assert profile_status(text, "cn-gbt35273/sharing") == "missing"


def test_chuandao_sharing_regression() -> None:
    assert file_verdict(P52 / "chuandao-zh" / "page.tsx", "cn-gbt35273/sharing") == ("covered", 48)
