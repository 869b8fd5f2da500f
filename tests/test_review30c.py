"""Review findings of the thirtieth session fixed by u30fc, one section per item (named after the review's item).

- 2g. `structure.headings.promote_atx_lines` cut `#` lines glued into a paragraph of a `.txt` even when they were the
  comments of a configuration sample (「# 关闭统计」 / 「analytics=false」): two false sections, and the document's title
  lost.  A glued `#` line is now a heading only when no line beside it is code and the line after it is prose (or,
  ending its paragraph, when the file has a `#` line of its own).
- 3a. `diff.keys._form_key` ignored a capital first letter in any paragraph holding one Han character: an English
  paragraph naming 「張三」 read 「Personal Data」 → 「personal data」 as no change.  It now asks `detect_language`.
- 3b. `diff.keys.FORM_MAX_CHARS` is read on each side alone: documented, and pinned below.
- 3c. `rules.date_format` wrote the digits of a year in Chinese numerals as its own class: it is now
  `patterns.YEAR_DIGITS`, the one the metadata reads a year with (so 「二○二五年十二月」, with a white circle, is the month
  date 「二〇二五年十二月」 is).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_string, rule_excerpts
from policylens.diff import diff_documents, has_changes
from policylens.diff.keys import FORM_MAX_CHARS, compare_key
from policylens.patterns import CHINESE_DIGITS, YEAR_DIGITS

# --- 2g. a `#` comment in a configuration sample is not a heading ---------------------------------------------------

_CONFIG = "隐私政策\n\n本政策说明我们如何处理您的个人信息。\n\n本应用支持以下配置项，您可以在配置文件中关闭相关功能：\n{sample}\n\n如有疑问，请联系我们。\n"


@pytest.mark.parametrize(
    "sample",
    [
        "# 关闭统计\nanalytics=false\n# 关闭崩溃报告\ncrash=false",
        "# 关闭统计\nanalytics: false\n# 关闭崩溃报告\ncrash: false",
        '# 关闭统计\n"analytics": false\n# 关闭崩溃报告\n"crash": false',
        "# 关闭统计\n# 默认开启\nanalytics=false\n# 关闭崩溃报告\ncrash=false",
        "# 安装\n$ npm install demo\n# 启动\n$ npm start",
    ],
    ids=["key=value", "yaml", "json", "two-comments", "shell"],
)
def test_2g_comments_of_a_code_sample_stay_text(sample: str) -> None:
    doc = parse_string(_CONFIG.format(sample=sample), ".txt")
    assert [s.title for s in doc.sections if s.title] == []
    assert doc.metadata.title == "隐私政策"
    assert doc.metadata.title_line == 1


def test_2g_a_hash_line_after_a_line_of_code_stays_text() -> None:
    # the line before is code: the `#` line is a comment of it, even with prose after
    text = "示範服務說明\n\n## 簡介\n本服務由志工維護。\n\n## 設定\n設定範例：\nanalytics=false\n# 關閉統計後不再收集使用數據\n本服務仍會記錄錯誤。\n"
    assert [s.title for s in parse_string(text, ".txt").sections if s.title] == ["簡介", "設定"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # prose after each glued line (the pairs30 class)
        ("示範說明\n\n## 簡介\n本服務由志工維護。\n## 您的權利\n您得請求查詢。\n", ["簡介", "您的權利"]),
        # an English policy hard-wrapped: three words or more is prose
        (
            "Demo notice\n\n## Cookies\nWe use cookies to keep you signed in,\nand nothing else.\n## Contact\nWrite to us at any time.\n",
            ["Cookies", "Contact"],
        ),
        # a glued line over another glued line over prose
        ("示範說明\n\n## 第一章\n### 第一節\n本服務由志工維護。\n\n## 第二章\n其他說明。\n", ["第一章", "第一節", "第二章"]),
        # a glued line ending its paragraph, in a file that has a `#` line of its own
        ("# 示範政策\n\n本服務由志工維護\n## 聯絡我們\n\n請來信\n## 附註\n\n完。\n", ["聯絡我們", "附註"]),
    ],
    ids=["prose", "english-wrapped", "nested", "last-line"],
)
def test_2g_glued_headings_over_prose_are_still_cut(text: str, titles: list[str]) -> None:
    assert [
        s.title for s in parse_string(text, ".txt").sections if s.title and s.title not in ("示範說明", "Demo notice", "示範政策")
    ] == titles


def test_2g_a_glued_last_line_alone_stays_text() -> None:
    # no `#` line of its own in the file: two glued lines ending their paragraphs are not enough
    text = "示範說明\n\n本服務由志工維護\n## 聯絡我們\n\n請來信\n## 附註\n\n完。\n"
    assert [s.title for s in parse_string(text, ".txt").sections if s.title and s.title != "示範說明"] == []


# --- 3a. capitals are ignored only in a paragraph written in Chinese ----------------------------------------------------


def _key(text: str) -> str:
    return compare_key(text, script=None, cross_script=False, strict=False)


def _changed(old: str, new: str) -> bool:
    page = "# 示範條款\n\n## 一、總則\n\n{}\n"
    return has_changes(diff_documents(parse_string(page.format(old), ".md"), parse_string(page.format(new), ".md")))


def test_3a_an_english_paragraph_naming_a_chinese_name_keeps_its_capitals() -> None:
    old = "Personal Data means any information our agent 張三 collects about you in Taiwan."
    assert _key(old) != _key(old.replace("Personal Data", "personal data"))
    assert _changed(old, old.replace("Personal Data", "personal data"))
    mixed = "Personal Data (個人資料) means any information our agent collects about you."  # a gloss: still English
    assert _changed(mixed, mixed.replace("Personal Data", "personal data"))


def test_3a_a_chinese_paragraph_naming_a_product_ignores_its_capitals() -> None:
    old = "本服務受 Google cloud 服務條款約束，並由 Cloud Run 代管。"
    assert _key(old) == _key(old.replace("Google cloud", "Google Cloud"))
    assert not _changed(old, old.replace("Google cloud", "Google Cloud"))


# --- 3b. the date cap is read on each side alone ------------------------------------------------------------------------


def test_3b_dates_are_keyed_by_day_up_to_the_cap_only() -> None:
    filler = "本公司依法處理您的個人資料。"
    short = "更新日期：2022-02-14。" + filler * ((FORM_MAX_CHARS - 40) // len(filler))
    assert len(short) < FORM_MAX_CHARS
    assert _key(short) == _key(short.replace("2022-02-14", "2022年2月14日"))
    long = short + filler * 10
    assert len(long) > FORM_MAX_CHARS
    assert _key(long) != _key(long.replace("2022-02-14", "2022年2月14日"))  # over the cap: as written


# --- 3c. the digits of a year in Chinese numerals: one shared class ----------------------------------------------------


def test_3c_year_digits_are_the_ten_digits_and_their_zeros() -> None:
    assert set(YEAR_DIGITS) == {"〇", "零", "○", *"一二三四五六七八九"}
    assert all(CHINESE_DIGITS[c] < 10 for c in YEAR_DIGITS)


def _date_findings(tmp_path: Path, line: str) -> list[str]:
    return rule_excerpts(tmp_path, f"# 隐私政策\n\n{line}\n\n我们收集您的邮箱。\n", "date-format", "policy.md")


@pytest.mark.parametrize("line", ["最后更新：二〇二五年十二月", "最后更新：二○二五年十二月", "最后更新：二零二五年三月"])
def test_3c_a_year_in_chinese_numerals_dates_the_policy_to_the_month(tmp_path: Path, line: str) -> None:
    assert _date_findings(tmp_path, line) == []


@pytest.mark.parametrize("line", ["最后更新：两两两两年十二月", "最后更新：十百十百年十二月", "最后更新：二〇二五年十二月〇"])
def test_3c_other_numerals_are_no_year(tmp_path: Path, line: str) -> None:
    assert len(_date_findings(tmp_path, line)) == 1
