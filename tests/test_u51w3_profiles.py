"""Fifty-first session, third wave (u51w3): open classes of issue #14's profile sets, both sides of each rule.

- GB/T functions: a bold data label taken for a heading over list items that say what the data is for (「**3. 位置信息**」 then
  「- 用于天气定位和紧急救援」, eval/profiles50c aizhulao-zh 63-64) is the data and its function;
- tw-pdpa purposes: 「基於履行本契約…及行銷等目的，本公司得…蒐集、處理及利用」 states the purposes and is cited at its own sentence, not at
  a later categories sentence's 「…為履行上述蒐集之目的所必要之…資料」 (eval/profiles50 tailing-tw 101, cited at 103 before);
- a website named as the contact channel with its address written without a scheme (「教会官网与联系渠道: fcfmchurch.org」) is a
  contact, as a web address after a contact word already was; an organisation defined by its own noun (「…循理会（…，以下简称“教会”）」)
  is the policy's own; 联系渠道 is a channel as 联系方式 is (eval/profiles51 church-bi).  A domain on no contact line, a template host,
  a file name or a third party's short name is none.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status

P50 = ROOT / "eval" / "profiles50" / "docs"
P51 = ROOT / "eval" / "profiles51" / "docs"
P50C = ROOT / "eval" / "profiles50c" / "docs"
_FUNCTIONS = "cn-gbt35273/functions"


# --- GB/T functions: a bold data label over an item that says what it is for ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "# 隐私政策\n\n我们收集以下类型的信息：\n\n**3. 位置信息**\n- 用于天气定位和紧急救援\n- 需您授权后才会获取\n",
        "# 隱私政策\n\n我們收集以下類型的資訊：\n\n**3. 位置資訊**\n- 用於天氣定位和緊急救援\n",
        "# 隐私政策\n\n**手机号码**\n- 用于注册登录和找回密码\n",
        "# 隐私政策\n\n**相机权限**\n- 用来扫描二维码绑定设备\n",
    ],
)
def test_a_data_label_over_what_it_is_for_is_a_function(text: str) -> None:
    assert profile_status(text, _FUNCTIONS) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "# 隐私政策\n\n我们收集以下类型的信息：\n\n**3. 安全**\n- 用于保障服务安全\n",  # no kind of data
        "# 隐私政策\n\n**3. 位置信息**\n- 我们不会收集位置信息，无需用于定位服务\n",  # denied
        "# 隐私政策\n\n**3. 位置信息**\n- 用于改进体验\n",  # no feature named
        "# 隐私政策\n\n**3. 我们的服务**\n- 用于提供服务\n",  # a heading about the service
        "# 隐私政策\n\n**3. 位置信息**\n- 您可以在设置中关闭，关闭后不影响用于其他功能\n",  # the item is no use of the data
    ],
)
def test_other_labels_and_items_are_no_function(text: str) -> None:
    assert profile_status(text, _FUNCTIONS) == "missing"


def test_aizhulao_functions_regression() -> None:
    assert file_verdict(P50C / "aizhulao-zh" / "PrivacyPolicyScreen.tsx", _FUNCTIONS) == ("covered", 64)


# --- tw-pdpa purposes: 基於…等目的 before collecting ----------------------------------------------------------------------

_PURPOSES = "tw-pdpa/purposes"
_TAILING_FORM = (
    "# 同意書\n\n1. 車主之個人資料係由台鈴工業股份有限公司（以下稱本公司）所蒐集。\n基於履行本契約、維修保養服務、保險理賠、\n"
    "客戶關懷服務及行銷等目的，本公司得於中華民國境內，蒐集、處理及利用\n車主所提供之個人資料。蒐集個人資料類別包括：姓名、性別、\n"
    "出生日期等識別個人者及其他為履行上述蒐集之目的所必要之相關個人資料。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "# 告知\n\n基於履行本契約、客戶關懷服務及行銷等目的，本公司得蒐集、處理及利用車主所提供之個人資料。\n",
        "# 告知\n\n基于提供会员服务及客户联系等目的，本公司得收集、处理及利用您提供的个人信息。\n",
        "# 告知\n\n2. 基於會員管理之目的，本會得蒐集您的姓名與電話。\n",
    ],
)
def test_purposes_named_with_based_on_are_purposes(text: str) -> None:
    assert profile_status(text, _PURPOSES) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "# 告知\n\n基於上述目的之必要，本公司得委託關係企業蒐集、處理或利用您的個人資料。\n",  # referred to
        "# 告知\n\n基於特定目的外之利用，本公司得處理您的個人資料。\n",
        "# 告知\n\n基於您的同意及法定目的，本公司得蒐集您的個人資料。\n",  # consent
    ],
)
def test_purposes_referred_to_or_consent_are_none(text: str) -> None:
    assert profile_status(text, _PURPOSES) == "missing"


def test_the_purposes_sentence_is_cited_before_a_later_category() -> None:
    from profile_helpers import profile_verdict

    found = profile_verdict(_TAILING_FORM, _PURPOSES)
    assert str(found.status) == "covered" and found.evidence is not None and found.evidence.text.startswith("基於履行")


def test_tailing_purposes_regression() -> None:
    assert file_verdict(P50 / "tailing-tw" / "privacy_consent_pdf.py", _PURPOSES) == ("covered", 101)


# --- a website named as the contact channel ------------------------------------------------------------------------------

_OWNER = "# 隐私政策\n\n本应用由杭州某某科技有限公司（以下简称“我们”）运营。\n\n## 联系我们\n\n"
_CONTACTS = ["cn-pipl/processor", "cn-gbt35273/identity-contact"]


@pytest.mark.parametrize("item", _CONTACTS)
@pytest.mark.parametrize(
    "text",
    [
        _OWNER + "官网与联系渠道: fcfmchurch.org\n",
        _OWNER + "如有隐私问题，请通过官网 www.example-church.org 的联系页面与我们联系。\n",
        "# 隱私權政策\n\n本應用由台北某某股份有限公司（以下簡稱「我們」）營運。\n\n## 聯絡我們\n\n官網與聯繫管道：fcfm.org.tw\n",
        "# 隐私政策\n\n本隐私政策适用于印城第一华人循理会（以下简称“教会”）的同名移动应用。\n\n## 联系教会\n\n电子邮箱：office@fcfm.org\n",
    ],
)
def test_a_website_named_as_the_contact_channel_is_a_contact(item: str, text: str) -> None:
    assert profile_status(text, item) == "covered"


@pytest.mark.parametrize("item", _CONTACTS)
@pytest.mark.parametrize(
    "text",
    [
        _OWNER + "本政策并非 paulzhang.org 全站的隐私政策。\n",  # a domain on no contact line
        _OWNER + "联系渠道：example.com\n",  # a template host
        _OWNER + "联系方式请见 contact.html\n",  # a file name
        _OWNER + "请访问官网，并使用该网站公布的联系渠道。\n",  # the channel named, no address given
        "# 隐私政策\n\n我们使用腾讯公司提供的即时通讯服务（以下简称“协会”）。\n\n## 联系\n\n联系渠道: fcfmchurch.org\n",
        "# 隐私政策\n\n我们与本市社区志愿者协会（以下简称“协会”）合作开展公益活动。\n\n## 联系\n\n联系渠道: fcfmchurch.org\n",
    ],
)
def test_other_domains_and_names_are_no_contact(item: str, text: str) -> None:
    assert profile_status(text, item) == "missing"


def test_the_contact_channels_published_on_the_site_are_a_rights_channel() -> None:
    text = "# 隐私政策\n\n## 您的权利\n\n您可以通过官网提供的联系渠道提出访问、更正或删除相关个人信息的请求。\n\n## 联系\n\n官网与联系渠道: fcfmchurch.org\n"
    assert profile_status(text, "cn-pipl/rights") == "covered"


@pytest.mark.parametrize(
    ("item", "line"),
    [("cn-pipl/processor", 15), ("cn-gbt35273/identity-contact", 15), ("cn-pipl/rights", 55), ("cn-gbt35273/complaint", None)],
)
def test_church_bi_contact_regression(item: str, line: int | None) -> None:
    assert file_verdict(P51 / "church-bi" / "AppPrivacyPolicyPage.tsx", item) == ("covered" if line else "missing", line)
