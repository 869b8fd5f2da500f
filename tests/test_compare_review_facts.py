"""Fact divergences that were only notation (issue #10 review, defect class 3).

Phones before a full stop or after "call"/"telephone"; Minguo (ROC) dates; month-day-year
dates, read only when unambiguous or settled by the document's other dates; durations in
years and months.  Each notation pair is an edition pair that must agree, and each near miss
(a wrong date or phone would be worse than none) is a case that must not be read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import compare_product
from policylens.compare.facts import durations, same_duration, weak_durations
from policylens.structure.metadata import extract_contacts, extract_dates, find_dates, find_numeric_dates, numeric_order

CHINESE = """# 隱私權政策

最後更新日期：{date}

## 一、關於我們

本政策由台灣艾克米股份有限公司提供。如有問題，請寄信至 privacy@acme.com.tw 或致電 (02) 2345-6789。

## 二、資料保存

我們會保存您的資料{keep}，並在收到請求後 30 天內回覆。
"""

ENGLISH = """# Privacy Policy

Last updated: {date}

## 1. About Us

This policy is provided by Acme Taiwan Co., Ltd. If you have questions, write to privacy@acme.com.tw {phone}

## 2. Data Retention

We keep your data for {keep} and answer requests within 30 days.
"""


def _facts(tmp_path: Path, zh: dict[str, str], en: dict[str, str]) -> list[tuple[str, Any, Any]]:
    folder = tmp_path / "acme"
    folder.mkdir()
    (folder / "zh-Hant.2021-03-30.md").write_text(CHINESE.format(**zh), encoding="utf-8")
    (folder / "en.2021-03-30.md").write_text(ENGLISH.format(**en), encoding="utf-8")
    product = compare_product(folder)
    return [(d["fact"], d["base_value"], d["value"]) for d in product["divergences"] if d["kind"] == "fact"]


AGREE = {"date": "2021年3月30日", "keep": "2 年"}
AGREE_EN = {"date": "March 30, 2021", "phone": "or call (02) 2345-6789.", "keep": "two years"}


@pytest.mark.parametrize(
    "phone", ["or telephone (02) 2345-6789.", "or call (02) 2345-6789.", "Tel: (02) 2345-6789.", "phone: +886 2 2345 6789."]
)
def test_phone_notations_agree(tmp_path: Path, phone: str) -> None:
    assert _facts(tmp_path, AGREE, {**AGREE_EN, "phone": phone}) == []


@pytest.mark.parametrize("date", ["民國110年3月30日", "中華民國110年3月30日", "110年3月30日", "2021/03/30", "2021.03.30"])
def test_roc_and_numeric_dates_in_the_chinese_base_agree(tmp_path: Path, date: str) -> None:
    assert _facts(tmp_path, {**AGREE, "date": date}, AGREE_EN) == []


@pytest.mark.parametrize("date", ["03/30/2021", "30/03/2021", "2021/03/30", "2021.03.30", "30.03.2021"])
def test_numeric_dates_in_the_english_edition_agree(tmp_path: Path, date: str) -> None:
    assert _facts(tmp_path, AGREE, {**AGREE_EN, "date": date}) == []


@pytest.mark.parametrize(
    ("zh", "en"),
    [("2 年", "24 months"), ("24 個月", "two years"), ("十二個月", "one year"), ("一年", "12 months"), ("半年", "six months")],
)
def test_durations_in_years_and_months_agree(tmp_path: Path, zh: str, en: str) -> None:
    assert _facts(tmp_path, {**AGREE, "keep": zh}, {**AGREE_EN, "keep": en}) == []


def test_a_real_difference_is_still_reported(tmp_path: Path) -> None:
    found = _facts(
        tmp_path,
        {"date": "民國110年3月30日", "keep": "2 年"},
        {"date": "03/31/2021", "phone": "or call (02) 2345-6780.", "keep": "18 months"},
    )
    assert sorted(found, key=str) == sorted(
        [("date", "2021-03-30", "2021-03-31"), ("phone", "(02) 2345-6789", "(02) 2345-6780"), ("duration", "2 年", "18 months")], key=str
    )


def test_a_single_unit_alone_is_never_a_divergence(tmp_path: Path) -> None:
    """「一年」 against nothing: as often "each year" as a commitment, so it only matches, never diverges."""
    assert _facts(tmp_path, {**AGREE, "keep": "一年"}, {**AGREE_EN, "keep": "as long as needed"}) == []


# ---- the extractors, near misses included --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("最後更新日期：民國110年3月30日", "2021-03-30"),
        ("最後更新日期：中華民國 99 年 12 月 1 日", "2010-12-01"),
        ("最後更新日期：110年3月30日", "2021-03-30"),
        ("Last updated: 03/30/2021", "2021-03-30"),
        ("Last updated: 30/03/2021", "2021-03-30"),
        ("Last updated: 30.03.2021", "2021-03-30"),
        ("Last updated: 2021/03/30", "2021-03-30"),
        ("最後更新日期：99年3月30日", None),  # a bare two-digit year may be a shortened 2021 as well
        ("Last updated: 03/04/2021", None),  # 3 April or 4 March: nothing settles it
        ("Last updated: 13/13/2021", None),
    ],
)
def test_updated_date_notations(text: str, expected: str | None) -> None:
    assert extract_dates([text], [])[0] == expected


def test_an_ambiguous_date_is_read_when_the_documents_other_dates_settle_the_order() -> None:
    texts = ["Effective: 25/03/2021", "Last updated: 03/04/2021"]
    assert numeric_order(texts) == "dmy"
    assert extract_dates(texts, []) == ("2021-04-03", "2021-03-25")
    assert extract_dates(["Effective: 03/25/2021", "Last updated: 03/04/2021"], []) == ("2021-03-04", "2021-03-25")
    # both orders in one document: it settles nothing
    assert numeric_order(["25/03/2021", "03/25/2021"]) is None
    assert find_numeric_dates("03/04/2021", None) == []


def test_numeric_dates_are_not_read_inside_longer_numbers() -> None:
    for text in ("v1.03.04.2021", "123/04/2021", "03/30/20211", "IP 10.03.2021.5"):
        assert find_numeric_dates(text, "mdy") == [], text
    assert find_dates("收費 110 年") == []
    assert find_dates("第110年3月") == []


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Tel: (02) 2345-6789.", ("(02) 2345-6789",)),
        ("Contact: call 400-820-8820 for help.", ("400-820-8820",)),
        ("or telephone (02) 2345-6789.", ("(02) 2345-6789",)),
        ("電話：(02) 2345-6789。", ("(02) 2345-6789",)),
        ("Tel: 02-2345-6789.5", ()),  # a decimal, not a number then a full stop
        ("We recall 2021 data from 1.02-2345-6789", ()),
        ("Version 02 2345 6789 is out.", ()),  # no cue
    ],
)
def test_phone_notations(text: str, phones: tuple[str, ...]) -> None:
    assert extract_contacts([text])[2] == phones


def test_duration_keys() -> None:
    assert [same_duration(k) for k, _ in durations("保存 2 年")] == [same_duration(k) for k, _ in durations("24 months")] == ["2 year"]
    assert [same_duration(k) for k, _ in durations("半年")] == [same_duration(k) for k, _ in durations("6 months")] == ["6 month"]
    assert durations("一年") == [] and [k for k, _ in weak_durations("一年")] == ["1 year"]
    assert [k for k, _ in weak_durations("once a year")] == ["1 year"]
    assert [same_duration(k) for k, _ in durations("18 months")] == ["18 month"]


@pytest.mark.parametrize("date", ["民國110年3月30日", "中華民國110年3月30日", "110年3月30日"])
def test_parse_reads_the_minguo_date_and_check_no_longer_says_there_is_none(tmp_path: Path, date: str) -> None:
    """The shared extractor: `parse` gives the date, so `check`'s date-format rule stops reporting a missing one."""
    import json

    from helpers import cli

    policy = tmp_path / "policy.txt"
    policy.write_text(f"隱私權政策\n\n最後更新日期：{date}\n\n我們收集您的姓名與電子郵件地址，用於提供服務。\n", encoding="utf-8")
    parsed = json.loads(cli("parse", str(policy), "--format", "json").stdout)
    assert parsed["metadata"]["updated"] == "2021-03-30"
    findings = json.loads(cli("check", str(policy), "--format", "json").stdout)["files"][0]["findings"]
    assert [f for f in findings if f["rule"] == "date-format"] == []


def test_an_unread_ambiguous_date_is_an_unsure_difference_not_a_sure_one(tmp_path: Path) -> None:
    """A fresh-eyes review's case: "Last updated: 03/04/2021" cannot be read (3 April or 4 March), so the
    edition's date is not "absent" for sure: the divergence is kept, marked unsure; a date that neither
    reading gives stays a sure divergence."""
    folder = tmp_path / "acme"
    folder.mkdir()
    (folder / "zh-Hant.2021-03-30.md").write_text(CHINESE.format(date="2021年3月4日", keep="2 年"), encoding="utf-8")
    (folder / "en.2021-03-30.md").write_text(
        ENGLISH.format(date="03/04/2021", phone="or call (02) 2345-6789.", keep="two years"), encoding="utf-8"
    )
    product = compare_product(folder)
    dates = [(d["base_value"], d["value"], d["confidence"]) for d in product["divergences"] if d.get("fact") == "date"]
    assert dates == [("2021-03-04", None, 0.3)]
    (folder / "zh-Hant.2021-03-30.md").write_text(CHINESE.format(date="2021年5月6日", keep="2 年"), encoding="utf-8")
    product = compare_product(folder)
    dates = [(d["base_value"], d["value"], d["confidence"]) for d in product["divergences"] if d.get("fact") == "date"]
    assert dates == [("2021-05-06", None, 1.0)]
