"""Precision of `check` on the thirty-sixth session's set `eval/precision36` (u36q), both ways.

The set's first run with the frozen final code (final36) had no false finding: 19 of 19 true on the first
16 documents (dev 14, held out 5) and 2 of 2 on the 4 documents added after it.  No rule was changed; these
tests keep what the run showed: the classes that fired rightly still fire, the neighbours a reviewer could
mistake for them (Taiwan's accepted 聯繫 / 用戶, a filled address, a real-looking hotline) still draw nothing, and
the dev and batch-3 documents keep exactly their judged findings.  The held-out batch is not named here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.helpers import rule_excerpts

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


def _findings(entry: dict) -> list[tuple[int, int, str]]:
    report = check_file(str(_SET / entry["file"]), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return sorted((f.line, f.column, f.rule) for f in report.findings)


def test_dev_and_later_documents_keep_their_judged_findings() -> None:
    """Batches 1 and 3: every finding judged true on the first run is still there, and nothing else is."""
    batches = json.loads((_SET / "batches.json").read_text(encoding="utf-8"))
    judged = json.loads((_SET / "judgments.json").read_text(encoding="utf-8"))
    entries = [e for e in json.loads((_SET / "sources.json").read_text(encoding="utf-8")) if batches[e["name"]] in (1, 3)]
    assert len(entries) == 15
    for entry in entries:
        expected = sorted((j["line"], j["column"], j["rule"]) for j in judged if j["file"] == entry["file"])
        assert _findings(entry) == expected, entry["name"]
