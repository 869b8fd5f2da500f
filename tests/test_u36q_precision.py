"""Precision of `check` on the thirty-sixth session's set `eval/precision36` (u36q), both ways.

The set's first run with the frozen final code (final36) had no false finding on its first 20 documents (dev 14,
held out 5, batch 3 2: all true).  Batch 4 (4 more documents) had one, an error: 番牌子's 自动续费协议 tells the reader
to 「点击顶部的[您的姓名]（Apple ID）」 in Settings, Apple's account banner shown with the reader's own name, and
`placeholder-instruction` called the bracket a slot left unfilled.  Class fixed (`_account_row`): the reader's own
name in brackets as the account row to tap (the Apple account named after it in round brackets, or a tap verb right
before it) is not a slot; a form's field (「联系人：[您的姓名]」), another field after a tap (「点击[您的邮箱]」) or the
operator's slot with the same note (「点击[公司名称]（Apple ID）」) still are.  The other tests keep what the run showed:
the classes that fired rightly still fire, the neighbours a reviewer could mistake for them (Taiwan's accepted
聯繫 / 用戶, a filled address, a real-looking hotline) still draw nothing, and the dev, batch-3 and batch-4 documents
keep exactly their findings judged true.  The held-out batch is not named here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import rule_excerpts
from policylens.check import CheckOptions, check_file

_SET = Path(__file__).resolve().parent.parent / "eval" / "precision36"

_TW = """隱私權政策
最後更新日期：2025年10月1日
本網站依台灣《個人資料保護法》蒐集、處理及利用您的個人資料。
{line}
"""

_CN = """隐私政策
更新日期：2024年1月1日
本政策由星河科技有限公司制定。
{line}
"""


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("我們採取適當的安全措施，包括加密傳輸與安全存儲。", "存儲"),  # wedding-privacy-tw-tsx
        ("利用地區：雲端託管平台服務器所在之地區。", "服務器"),
        ("行使權利時需提供身份證明文件。", "身份"),  # yurizaka-privacy-tw-jsx
    ],
)
def test_a_mainland_word_on_a_taiwan_page_is_reported(tmp_path: Path, line: str, found: str) -> None:
    assert rule_excerpts(tmp_path, _TW.format(line=line), "regional-vocabulary", "tw.txt") == [found]


@pytest.mark.parametrize(
    "line",
    [
        "如對隱私政策有任何疑問，請透過婚禮主辦方聯繫我們。",  # 聯繫 is common in Taiwan (cn-tw.exclude.tsv)
        "顯示用戶名稱和積分。",  # so is 用戶
        "資料存放於位於台灣的伺服器，並以加密方式儲存。",  # the Taiwan words themselves
        "行使權利時需提供身分證明文件。",
    ],
)
def test_taiwan_usage_draws_nothing(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _TW.format(line=line), "regional-vocabulary", "tw-ok.txt") == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("联系地址：中国北京市朝阳区xxx街道xxx号", "xxx街道xxx号"),  # jizhang-privacy-vue
        ("客服热线：400-XXX-XXXX", "400-XXX-XXXX"),  # vela-privacy-vue
        ("地址：[公司地址]", "[公司地址]"),
    ],
)
def test_an_unfilled_contact_is_an_error(tmp_path: Path, line: str, found: str) -> None:
    assert rule_excerpts(tmp_path, _CN.format(line=line), "placeholder-instruction", "slot.txt") == [found]


@pytest.mark.parametrize(
    "line",
    [
        "联系地址：中国北京市朝阳区建国路88号",
        "客服热线：400-810-5688",
        "地址：北京市海淀区中关村大街1号（公司地址）",
    ],
)
def test_a_filled_contact_draws_nothing(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _CN.format(line=line), "placeholder-instruction", "filled.txt") == []


@pytest.mark.parametrize(
    "line",
    [
        "点击顶部的[您的姓名]（Apple ID）",  # fanpaizi-renewal-html, line 66
        "轻点 [你的姓名]，然后选择“订阅”。",
        "点按[您的名字]（Apple 账户）",
        "打开设置，轻点最上方的【您的姓名】。",
    ],
)
def test_the_readers_own_account_row_is_no_slot(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _CN.format(line=line), "placeholder-instruction", "row.txt") == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("联系人：[您的姓名]", "[您的姓名]"),
        ("签名：[您的姓名]", "[您的姓名]"),
        ("本人[您的姓名]同意上述条款。", "[您的姓名]"),
        ("点击[您的邮箱]（Apple ID）", "[您的邮箱]"),
        ("点击[公司名称]（Apple ID）", "[公司名称]"),
    ],
)
def test_a_name_or_field_left_to_fill_is_still_a_slot(tmp_path: Path, line: str, found: str) -> None:
    assert rule_excerpts(tmp_path, _CN.format(line=line), "placeholder-instruction", "field.txt") == [found]


def _findings(entry: dict) -> list[tuple[int, int, str]]:
    report = check_file(str(_SET / entry["file"]), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return sorted((f.line, f.column, f.rule) for f in report.findings)


def test_dev_and_later_documents_keep_their_judged_findings() -> None:
    """Batches 1, 3 and 4: every finding judged true on the first run is still there, and nothing else is (the false
    one of batch 4 is gone)."""
    batches = json.loads((_SET / "batches.json").read_text(encoding="utf-8"))
    judged = json.loads((_SET / "judgments.json").read_text(encoding="utf-8"))
    entries = [e for e in json.loads((_SET / "sources.json").read_text(encoding="utf-8")) if batches[e["name"]] in (1, 3, 4)]
    assert len(entries) == 19
    for entry in entries:
        expected = sorted((j["line"], j["column"], j["rule"]) for j in judged if j["file"] == entry["file"] and j["verdict"] == "true")
        assert _findings(entry) == expected, entry["name"]
