"""tw-pdpa verdict classes fixed in session 37 (u37v5, issue #14) from eval/profiles37d's held-out Taiwan disagreements.

Each class is tested both ways (it covers / a mere mention or a neighbouring text does not), with the document's own
sentences as regression cases:
- period: a third party's API or service that keeps nothing (「API 不會儲存您的個人身份資訊」, aichat-tw 22) states no period of
  the operator's own keeping; the operator's own 「我們不會保存您的資料」 still does;
- recipients: a party the operator entrusts to process the data (「委託專門的技術人員代為對該類資料進行電腦處理」, sao-tw 34) is a
  recipient; the person's own agent (「您可委託他人代為辦理」) and a denial are not;
- methods: the data put through computer processing (「進行電腦處理」) is a means of use; the old name of the Act
  (「電腦處理個人資料保護法」) and a denial are not.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status

# ---- tw-pdpa/period -------------------------------------------------------------------------------------------------

AICHAT = (
    "## AI 互動\n\n當您請求 AI 生成建議時，只有當下您所提供的文字內容（例如對話紀錄、目標描述）會被傳送至 Google Gemini API "
    "進行分析。這些請求是獨立的，API 不會儲存您的個人身份資訊。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        AICHAT,
        "我們使用第三方服務分析流量，第三方服務商不會保存您的資料。\n",
    ],
)
def test_a_third_party_that_keeps_nothing_states_no_period(text: str) -> None:
    assert status(text, "tw-pdpa/period") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "我們不會保存您輸入的任何內容。\n",
        "本應用程式不會儲存您的個人資料。\n",
        "## 紀錄\n\nAPI 呼叫紀錄不予保存。\n",
    ],
)
def test_the_operator_keeping_nothing_still_covers_the_period(text: str) -> None:
    assert status(text, "tw-pdpa/period") == "covered"


# ---- tw-pdpa/recipients and methods ---------------------------------------------------------------------------------

SAO = "「本網站」將視情況在必要時委託專門的技術人員代為對該類資料進行電腦處理，以符合專業分工時代的需求。\n"


@pytest.mark.parametrize(
    "text",
    [
        SAO,
        "本公司得委託合作廠商代為處理您的個人資料。\n",
    ],
)
def test_an_entrusted_processor_is_a_recipient(text: str) -> None:
    assert status(text, "tw-pdpa/recipients") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "您可委託他人代為辦理查詢或更正。\n",
        "若委託他人辦理，另須出具委託書。\n",
        "本公司不會委託廠商代為處理您的個人資料。\n",
    ],
)
def test_an_own_agent_or_a_denied_entrusting_is_no_recipient(text: str) -> None:
    assert status(text, "tw-pdpa/recipients") == "missing"


@pytest.mark.parametrize("text", [SAO, "您的報名資料將以電腦處理並存檔。\n"])
def test_computer_processing_is_a_means_of_use(text: str) -> None:
    assert status(text, "tw-pdpa/methods") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "本網站依據電腦處理個人資料保護法訂定本政策。\n",
        "您的資料不會以電腦處理。\n",
    ],
)
def test_the_acts_old_name_or_a_denial_is_no_means(text: str) -> None:
    assert status(text, "tw-pdpa/methods") == "missing"


# ---- tw-pdpa/purposes -----------------------------------------------------------------------------------------------

WOWMISS = "## 2. 資訊使用\n\n我們使用收集的資訊來：\n\n- 提供、維護和改進我們的服務\n- 處理交易和發送相關通知\n- 回應客戶服務請求\n"


def test_the_use_info_to_lead_in_with_its_items_covers_purposes() -> None:
    assert status(WOWMISS, "tw-pdpa/purposes") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 2. 資訊使用\n\n我們不會使用您的資訊來：\n\n- 提供給廣告商\n",
        "## 2. 服務說明\n\n您可以使用本服務來：\n\n- 提供意見回饋\n",
    ],
)
def test_a_denied_lead_in_or_the_persons_own_use_is_no_purpose(text: str) -> None:
    assert status(text, "tw-pdpa/purposes") == "missing"
