"""Issue #14: false verdicts in the fifteenth session's new profile patterns, found by a reviewer (cf15b).

(1) cn-pipl/tw-pdpa purposes: a purpose clause that is negated (不再, 無須/无需/毋须), another named party's processing
    (「微信会使用您的聊天记录来改进其服务」) or a security measure (「使用 HTTPS 加密传输以保障安全」) states no purpose;
(2) eu-gdpr and tw-pdpa recipients: "none" said about one kind of data (recordings, 照片) is no statement of the recipients;
    about the data as a whole (your data, 您的資料, 任何個人資料) it is;
(3) eu-gdpr recipients: "No data is ever stored on GitHub Issues" names no recipient;
(4) eu-gdpr source: "only from you, not from the social media provider" names no other source;
(5) tw-pdpa source: a sign-in provider giving data to someone else, with the operator denying receipt, is no source;
(6) us-ccpa sold-or-shared: a row marked No under "Sold or Shared" states the category is not sold (covered by the row);
    the header row alone covers nothing.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

FILLER = "我们收集您的设备信息，用于提供服务。联系邮箱：privacy@example.com\n\n"
BARE = "我们收集您的设备信息。联系邮箱：privacy@example.com\n\n"  # (no purpose of its own: the purpose items turn on the line)
FILLER_EN = "We collect crash reports and your e-mail address. Contact: privacy@example.com\n\n"


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("我们不再收集崩溃日志以修复问题。", ("cn-pipl/purposes",)),
        ("本應用無須讀取您的相簿來提供服務。", ("cn-pipl/purposes", "tw-pdpa/purposes")),
        ("本应用无需读取您的相册来提供服务。", ("cn-pipl/purposes",)),
        ("微信会使用您的聊天记录来改进其服务。", ("cn-pipl/purposes",)),
        ("第三方 SDK 可能会收集您的设备标识以统计广告效果。", ("cn-pipl/purposes",)),
        ("我们使用 HTTPS 加密传输以保障安全。", ("cn-pipl/purposes",)),
    ],
)
def test_no_purpose_of_the_operator(line: str, items: tuple[str, ...]) -> None:
    for item in items:
        assert status(BARE + line + "\n", item) == "missing", item


@pytest.mark.parametrize(
    "line",
    [
        "我们收集崩溃日志以修复问题。",
        "本應用會讀取您的相簿來提供服務。",
        "我们使用您的聊天记录来改进服务。",
        "我们收集您的设备标识以保障账号安全。",
    ],
)
def test_a_purpose_clause_still_covers(line: str) -> None:
    assert status(BARE + line + "\n", "cn-pipl/purposes") == "covered"
    assert status(BARE + line + "\n", "tw-pdpa/purposes") == "covered"


def test_one_kind_of_data_never_leaving_is_no_recipient() -> None:
    assert status(FILLER_EN + "Your voice recordings never leave your device.\n", "eu-gdpr/recipients") == "missing"
    assert status(FILLER_EN + "Your data never leaves your device.\n", "eu-gdpr/recipients") == "covered"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("我們不會將您的照片轉移給任何第三方。", "missing"),
        ("我們不會將您的錄音傳送給任何第三方。", "missing"),
        ("我們不會將您的資料轉移給任何第三方。", "covered"),
        ("我們不會將任何個人資料轉移給第三方。", "covered"),
        ("本網站不向任何第三方轉移資料。", "covered"),
    ],
)
def test_no_transfer_of_the_data_as_a_whole(line: str, expected: str) -> None:
    assert status(FILLER + line + "\n", "tw-pdpa/recipients") == expected


def test_no_data_stored_on_a_named_service_is_no_recipient() -> None:
    assert status(FILLER_EN + "No data is ever stored on GitHub Issues.\n", "eu-gdpr/recipients") == "missing"
    assert status(FILLER_EN + "Comments are stored on GitHub Issues.\n", "eu-gdpr/recipients") == "covered"


def test_only_from_you_names_no_other_source() -> None:
    line = "We receive your profile only from you, not from the social media provider.\n"
    assert status(FILLER_EN + line, "eu-gdpr/source") == "not-applicable"
    assert status(FILLER_EN + "We receive your profile from the social media provider.\n", "eu-gdpr/source") == "covered"


def test_a_provider_giving_data_to_someone_else_is_no_source() -> None:
    assert status(FILLER + "Google 可能会提供您的姓名给广告主，我们不会接收。\n", "tw-pdpa/source") != "covered"
    assert status(FILLER + "Google 可能會提供您的姓名、電子郵件地址及頭像照片。\n", "tw-pdpa/source") == "covered"
    assert status(FILLER + "Google 可能會提供您的姓名給本網站。\n", "tw-pdpa/source") == "covered"


SOLD_HEADER = "## Categories\n\n| Category | Examples | Sold or Shared |\n|---|---|---|\n"


def test_a_no_under_sold_or_shared_is_the_statement_that_it_is_not_sold() -> None:
    found = verdict(SOLD_HEADER + "| Identifiers | email | No |\n", "us-ccpa/sold-or-shared")
    assert found.status == "covered" and "Identifiers" in found.evidence.text
    assert status(SOLD_HEADER, "us-ccpa/sold-or-shared") == "missing"  # the header row alone
