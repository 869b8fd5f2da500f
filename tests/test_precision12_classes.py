"""False-finding classes of `check` found on unseen published documents (issue #11, eval/precision12).

Thirty-eight published documents (user agreements, community rules, a children's statement, SDK
and permission pages, cookie policies, membership terms, a deletion agreement) were checked at
637cae3 and every finding of the first 31 judged by hand before any fix
(`eval/precision12/judgments.json`); the last 7 only after.  Each false class is reproduced here
on a small file written for it, both ways.

- enumeration-empty (errors, 28 in one document): Tencent's TPNS SDK guide lists its data in a
  Markdown table inside a blockquote, 「> | 2 |  | OAID |」 under 「> | 1 | 用户设备信息 | 厂商、机型 |」:
  the 信息类型 cell is merged down over its group (Markdown has no rowspan).  An empty cell was
  taken as a merged continuation only in the first column, and the blockquote's 「>」 was read as
  a column of its own;
- regional-vocabulary: 资讯和通讯软件 (news and messaging apps: a category in mainland game
  policies, 「社交媒体、娱乐、电子商务、资讯和通讯软件或服务」) was reported as Taiwan wording;
- regional-vocabulary (held-out batch): 計算機 inside the registered company name
  深圳市騰訊計算機系統有限公司, in WeChat's zh_TW terms, was reported as mainland wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file


def _findings(tmp_path: Path, text: str, rule: str, name: str = "policy.md") -> list[tuple[int, str]]:
    """(line, excerpt) of the findings of `rule` when `check` (all rules) reads `text` written as `name`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.line, f.excerpt) for f in report.findings if f.rule == rule]


# --- a Markdown cell merged down, right of the serial number --------------------------------------

_HEAD = "# SDK 隐私保护指引\n\n更新日期：2024年1月1日\n\n以下为本 SDK 收集的个人信息：\n\n"
_MERGED = (
    "| 序号 | 信息类型 | 信息名称 | 使用目的 |\n"
    "| ---- | -------- | -------- | -------- |\n"
    "| 1 | 用户设备信息 | 厂商、机型 | 选择厂商通道 |\n"
    "| 2 |  | OAID | 识别真机 |\n"
    "| 3 |  | 系统语言 | 推送不同语言的内容 |\n"
    "| 4 | 网络信息 | 终端IP | 优化网络链路 |\n"
    "| 5 |  | 运营商代号 | 判断网络类型 |\n"
)


def _quoted(table: str) -> str:
    return "".join(f"> {line}\n" for line in table.splitlines())


@pytest.mark.parametrize("table", [_MERGED, _quoted(_MERGED)], ids=["plain", "blockquote"])
def test_a_cell_merged_down_right_of_the_serial_number_is_not_empty(tmp_path: Path, table: str) -> None:
    assert _findings(tmp_path, _HEAD + table, "enumeration-empty") == []


@pytest.mark.parametrize("row", ["| 2 | 设备信息 |  | 识别真机 |\n", "| 2 | 网络信息 |  | 识别真机 |\n"])
def test_an_empty_cell_right_of_a_filled_name_is_still_reported(tmp_path: Path, row: str) -> None:
    # the 信息名称 cell of row 2: a 信息类型 is written on its left, so nothing is merged into it
    table = "| 序号 | 信息类型 | 信息名称 | 使用目的 |\n| -- | -- | -- | -- |\n| 1 | 设备信息 | 厂商 | 选择通道 |\n" + row
    for text in (table, _quoted(table)):
        assert _findings(tmp_path, _HEAD + text, "enumeration-empty") == [(10, "|  |")]


def test_an_empty_cell_with_nothing_filled_above_is_still_reported(tmp_path: Path) -> None:
    table = "| 序号 | 第三方名称 | 收集的信息 |\n| -- | -- | -- |\n| 1 |  | 设备信息 |\n| 2 | 友盟 | 设备信息 |\n"
    for text in (table, _quoted(table)):
        assert _findings(tmp_path, _HEAD + text, "enumeration-empty") == [(9, "|  |")]


def test_a_party_left_of_an_empty_cell_makes_it_missing(tmp_path: Path) -> None:
    table = "| 第三方名称 | 收集的信息 | 目的 |\n| -- | -- | -- |\n| 友盟 | 设备信息 | 统计 |\n| 极光 |  | 推送 |\n"
    assert _findings(tmp_path, _HEAD + table, "enumeration-empty") == [(10, "|  |")]


# --- 资讯 as the mainland name of news apps ----------------------------------------------------------

_CN = "# 隐私政策\n\n更新日期：2024年1月1日\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "我们可能与提供社交媒体、娱乐、电子商务、资讯和通讯软件或服务的第三方合作。",
        "本应用不属于资讯类应用，不提供新闻资讯服务。",
    ],
)
def test_news_apps_are_mainland_wording(tmp_path: Path, sentence: str) -> None:
    assert _findings(tmp_path, _CN + sentence + "\n", "regional-vocabulary") == []


@pytest.mark.parametrize(
    ("sentence", "excerpt"),
    [
        ("如您不再需要营销资讯，可以随时告知我们。", "资讯"),  # 资讯 for information: mainland writes 信息
        ("经由本服务传送的资讯及内容受法律保护。", "资讯"),
        ("用户在每次连线结束时应退出帐号。", "连线"),
    ],
)
def test_taiwan_wording_in_a_mainland_text_is_still_reported(tmp_path: Path, sentence: str, excerpt: str) -> None:
    assert [e for _, e in _findings(tmp_path, _CN + sentence + "\n", "regional-vocabulary")] == [excerpt]


# --- a term inside a registered company name ------------------------------------------------------

_TW = "# 服務條款\n\n最後修訂日期：2024年1月1日\n\n本服務之使用者資料依本條款處理，相關帳號資訊請至設定頁面查詢。\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "本服務由深圳市騰訊計算機系統有限公司提供。",
        "本遊戲由徐州秋水伊人信息技术有限公司營運。",
        "本服務由騰訊計算機系統（深圳）有限公司提供。",
        "本公司為某某數據股份有限公司之子公司。",
    ],
)
def test_a_registered_company_name_is_not_reworded(tmp_path: Path, sentence: str) -> None:
    assert _findings(tmp_path, _TW + sentence + "\n", "regional-vocabulary") == []


@pytest.mark.parametrize(
    ("sentence", "excerpt"),
    [
        ("請勿在他人的計算機上登入您的帳號。", "計算機"),
        ("我們會分析數據的有限公司合作夥伴。", "數據"),  # a particle between: no company name
        ("我們不出售您的數據，本公司亦不分享。", "數據"),  # a mark between
        ("第三方服務公司可能收集您的數據。", "數據"),
    ],
)
def test_the_same_terms_outside_a_company_name_are_still_reported(tmp_path: Path, sentence: str, excerpt: str) -> None:
    assert [e for _, e in _findings(tmp_path, _TW + sentence + "\n", "regional-vocabulary")] == [excerpt]
