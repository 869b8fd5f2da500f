"""tw-pdpa verdict classes fixed in session 37 (u37v3, issue #14): eval/profiles36c's Taiwan leftovers and eval/profiles37d dev.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own lines as regression cases where useful:
- categories: a list item that names the operator's official account as a channel (「透過 LINE 官方帳號與您進行應徵相關之諮詢與
  聯繫」, profiles37d drstretch-tw 49) names no kind of data; a LINE account collected still is;
- categories: text the person types in (「您在進行占卜時輸入的問題」, profiles36c yijing-tw 15) under a collection lead-in is a kind
  of data; a denial is not;
- purposes: under a heading about how the data is used, a labelled item whose value serves the person (「**歷史記錄功能**：讓您回顧
  過往的占卜記錄」, yijing-tw 26) is a purpose; a labelled denial (「**無分析追蹤**：我們不會分析…」) and the same label under another
  heading are not;
- period: under a retention-period heading (「保存期間」), a body that gives the criterion or a duration with no verb of keeping
  (profiles37d cleanmo-tw 25) covers; a body with neither does not;
- recipients and methods: the Act's combined label 「對象及方式：」 with its value (profiles37d gougou-tw 324) covers both; a bare
  「方式：」 label for contact (「聯絡方式：」) covers neither;
- recipients: the person's own agent (「若委託他人辦理，另須出具委託書並同時提供受託人身份證明文件」, gougou-tw 329) is no recipient;
  a service provider entrusted with the data still is;
- rights: a pointer to the page's contact (「請透過本頁下方之聯絡方式與本公司聯繫」) is a way in where the page gives a LINE official
  account (drstretch-tw 98, 122); with no contact anywhere it is not.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

# ---- tw-pdpa/categories ---------------------------------------------------------------------------------------------

DRSTRETCH = (
    "## 一、蒐集之目的\n\n本公司於招募、應徵作業過程中，將為以下目的蒐集您的個人資料：\n\n"
    "- 人才招募與甄選作業（含履歷審核、面試安排、錄取通知）\n- 透過 LINE 官方帳號與您進行應徵相關之諮詢與聯繫\n\n"
    "## 二、個人資料之類別\n\n本公司蒐集之個人資料類別包括但不限於：\n\n- 識別類：姓名、出生年月日、聯絡電話、電子郵件、LINE 帳號\n"
)


def test_an_official_account_named_as_a_channel_is_no_category() -> None:
    found = verdict(DRSTRETCH, "tw-pdpa/categories")
    assert found.status == "covered"
    assert "官方帳號" not in found.evidence.text
    assert "識別類" in found.evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "本公司將為以下目的蒐集您的個人資料：\n\n- 透過 LINE 官方帳號與您進行諮詢與聯繫\n",
        "本公司蒐集您的個人資料：透過官方帳號聯繫您。\n",
    ],
)
def test_an_official_account_alone_is_no_category(text: str) -> None:
    assert status(text, "tw-pdpa/categories") == "missing"


def test_a_line_account_collected_is_still_a_category() -> None:
    assert status("本公司蒐集您的 LINE 帳號與電子郵件。\n", "tw-pdpa/categories") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles36c yijing-tw 12-16
        "### 我們收集什麼資料？\n\n本應用程式僅收集以下資料：\n- **占卜問題文字**：您在進行占卜時輸入的問題\n",
        "我們會收集您在表單中填寫的內容。\n",
    ],
)
def test_text_the_person_types_in_is_a_category(text: str) -> None:
    assert status(text, "tw-pdpa/categories") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "我們不會收集您輸入的問題。\n",
        "您輸入的問題只會顯示在畫面上。\n",
    ],
)
def test_typed_text_not_collected_is_no_category(text: str) -> None:
    assert status(text, "tw-pdpa/categories") == "missing"


# ---- tw-pdpa/purposes -----------------------------------------------------------------------------------------------


def test_a_labelled_item_that_serves_the_person_under_a_use_heading_is_a_purpose() -> None:
    # eval/profiles36c yijing-tw 24-26
    text = "### 資料如何使用？\n\n- **歷史記錄功能**：讓您回顧過往的占卜記錄\n- **無分析追蹤**：我們不會分析、追蹤或監控您的使用行為\n"
    found = verdict(text, "tw-pdpa/purposes")
    assert found.status == "covered"
    assert "回顧" in found.evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "### 資料如何使用？\n\n- **無分析追蹤**：我們不會分析、追蹤或監控您的使用行為\n",
        "### 功能介紹\n\n- **歷史記錄功能**：讓您回顧過往的占卜記錄\n",
    ],
)
def test_a_labelled_denial_or_a_feature_list_elsewhere_is_no_purpose(text: str) -> None:
    assert status(text, "tw-pdpa/purposes") == "missing"


# ---- tw-pdpa/period -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles37d cleanmo-tw 24-25
        "### 保存期間\n\n依目的所需或法令規定之最短必要期間（例如會計稅務 5–7 年）。\n",
        "### 資料保存期限\n\n自註冊起 3 年。\n",
    ],
)
def test_a_period_under_a_retention_heading_covers(text: str) -> None:
    assert status(text, "tw-pdpa/period") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "### 保存期間\n\n我們重視您的資料安全。\n",
        "### 聯絡方式\n\n依法令規定之期間內回覆您的來信。\n",
    ],
)
def test_no_period_or_another_heading_does_not_cover(text: str) -> None:
    assert status(text, "tw-pdpa/period") == "missing"


# ---- tw-pdpa/recipients and methods ---------------------------------------------------------------------------------

GOUGOU = (
    "4. 個人資料利用期間、地區、對象及方式：\n\n"
    "c. 對象及方式：捐款者之捐款資料蒐集，將存檔於本會資料庫內，進行捐款人資訊管理，含寄送捐款收據、提供國稅局為捐款人年度申報"
    "綜合所得稅、於網站上徵信等。\n"
)


@pytest.mark.parametrize("item", ["tw-pdpa/recipients", "tw-pdpa/methods"])
def test_the_combined_recipients_and_means_label_covers_both(item: str) -> None:
    found = verdict(GOUGOU, item)
    assert found.status == "covered"
    assert "對象及方式：捐款者" in found.evidence.text


@pytest.mark.parametrize("item", ["tw-pdpa/recipients", "tw-pdpa/methods"])
def test_a_contact_method_label_covers_neither(item: str) -> None:
    assert status("聯絡方式：請來信 service@example.com。\n", item) == "missing"


@pytest.mark.parametrize("item", ["tw-pdpa/recipients", "tw-pdpa/methods"])
def test_the_art8_title_listing_the_label_last_covers_neither(item: str) -> None:
    # eval/profiles37d gougou-tw 321: the title, whatever follows its colon
    assert status("4. 個人資料利用期間、地區、對象及方式：a. 期間：為本會立案起至解散止。\n", item) == "missing"


def test_the_persons_own_agent_is_no_recipient() -> None:
    # eval/profiles37d gougou-tw 329
    text = "請求刪除。若委託他人辦理，另須出具委託書並同時提供受託人身份證明文件以供核對。\n"
    assert status(text, "tw-pdpa/recipients") == "missing"


def test_a_service_provider_entrusted_with_the_data_is_still_a_recipient() -> None:
    assert status("我們會將您的資料提供給受託的物流業者以配送商品。\n", "tw-pdpa/recipients") == "covered"


# ---- tw-pdpa/rights -------------------------------------------------------------------------------------------------

RIGHTS = (
    "## 四、當事人依個資法得行使之權利及方式\n\n依個資法第 3 條規定，您就本公司保有之個人資料得行使以下權利：\n\n"
    "- 查詢或請求閱覽\n- 請求製給複製本\n- 請求刪除\n\n"
    "如您欲行使上述權利，請透過本頁下方之聯絡方式與本公司聯繫，本公司將於受理後依法令規定期限內處理回覆。\n"
)


def test_a_contact_pointer_is_a_way_in_where_a_line_official_account_is_given() -> None:
    # eval/profiles37d drstretch-tw 88-98 and 111-122
    text = RIGHTS + "\n## 六、聯絡方式\n\n歡迎透過本公司 LINE 官方帳號與我們聯繫：LINE 官方帳號諮詢\n"
    assert status(text, "tw-pdpa/rights") == "covered"


def test_a_contact_pointer_with_no_contact_anywhere_is_no_way_in() -> None:
    assert status(RIGHTS, "tw-pdpa/rights") == "missing"
