"""False "covered" verdicts a fresh-eyes review found after round 6, both sides: a refusal of
rights or of a complaint in Chinese or English is no disclosure; a development tool is no
developer; 「由个人开发者开发」 names nobody (eu-gdpr, as the Chinese profiles already said)."""

from __future__ import annotations

import pytest

from helpers import profile_status


@pytest.mark.parametrize(
    "sentence",
    [
        "如果您希望取回、修改、删除您的数据，很抱歉，开发者目前无法做到。",
        "如需查看、更正或删除你的信息，目前暂不支持。",
        "我们暂不支持取回、修改或删除您的数据，敬请谅解。",
        "本程式無帳號系統，因此無法受理查詢、閱覽、更正或刪除個人資料之請求。",
        "The rights of access, rectification and erasure do not apply to this app.",
    ],
)
def test_a_refused_right_is_no_gdpr_right(sentence: str) -> None:
    assert profile_status(f"## 您的权利 / Your rights\n\n{sentence}\n", "eu-gdpr/rights") == "missing"


@pytest.mark.parametrize(
    "sentence",
    [
        "如果您希望取回、修改、删除您的数据，欢迎联系开发者：a@example.cn。",
        "您有权要求访问、更正或删除您的个人数据。",
        "You have the right to access, correct or delete your personal data.",
    ],
)
def test_a_granted_right_is_still_covered(sentence: str) -> None:
    assert profile_status(f"## 您的权利 / Your rights\n\n{sentence}\n", "eu-gdpr/rights") == "covered"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("本应用不适用 GDPR，因此您无权向监管部门投诉。", "missing"),
        ("您是否有权向监管部门投诉，取决于您所在地区的法律，本政策不作说明。", "missing"),
        ("您有权向您所在地的监管机构投诉。", "covered"),
    ],
)
def test_a_complaint_to_an_authority_must_be_granted(sentence: str, status: str) -> None:
    assert profile_status(f"## 欧盟用户（GDPR）\n\n{sentence}\n", "eu-gdpr/complaint") == status


@pytest.mark.parametrize(("name", "status"), [("Android Studio", "missing"), ("GitHub", "missing"), ("王小明", "covered")])
def test_a_development_tool_is_no_agency(name: str, status: str) -> None:
    text = f"## 關於本程式\n\n本程式由 {name} 開發。如有問題，請來信 a@example.tw。\n"
    assert profile_status(text, "tw-pdpa/agency") == status


def test_an_unnamed_individual_developer_is_no_controller() -> None:
    text = "本应用由个人开发者开发。如有问题请联系我们：a@example.cn。\n\n本应用不收集任何个人信息。\n"
    assert profile_status(text, "eu-gdpr/controller") == "missing"
    named = "本应用由个人开发者李明开发。如有问题请联系：liming@example.cn。\n"
    assert profile_status(named, "eu-gdpr/controller") == "covered"


@pytest.mark.parametrize(
    ("sentence", "status"), [("本 App 不會記錄您的收支、金額或帳目。", "missing"), ("本 App 會記錄您的收支、金額與帳目。", "covered")]
)
def test_data_not_recorded_is_no_category(sentence: str, status: str) -> None:
    assert profile_status(f"## 記帳資料\n\n{sentence}\n", "tw-pdpa/categories") == status
    assert profile_status(f"## 記帳資料\n\n{sentence}\n", "cn-pipl/categories") == status
