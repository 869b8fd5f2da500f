"""Sections renamed and rewritten in place that keep the name their title opens with (fifty-second session, u52x;
eval/pairs52 sigil-story: three such sections were each shown removed and added, `diff/gap_names.py`).

Paired: an old and a new section left between the same two paired neighbours whose titles open with the same Latin
name (「Session Logs」 → 「Session 日志」), one title at least in Chinese, the bodies 0.15 alike, in order.  Left apart:
a title opening otherwise, a name opening two titles of the gap, two English titles opening with one word, a pair
that would cross another, bodies with nothing in common.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.gap_names import leading_name
from policylens.model import Section

EVAL = Path(__file__).resolve().parents[1] / "eval"

_HEAD = "# 隐私说明\n\n## 概述\n\n本说明介绍工具如何处理数据，所有内容默认保存在本机。\n\n"
_TAIL = "\n## 联系我们\n\n如有问题，请通过 issue 联系维护者。\n"
_HEAD_HANT = "# 隱私說明\n\n## 概述\n\n本說明介紹工具如何處理資料，所有內容預設儲存在本機。\n\n"
_TAIL_HANT = "\n## 聯絡我們\n\n如有問題，請透過 issue 聯絡維護者。\n"


def _title(section: Section | None) -> str | None:
    return section.title if section is not None else None


def _sections(old_middle: str, new_middle: str, hant: bool = False) -> list[tuple[str, str | None, str | None]]:
    old = parse_string(_HEAD + old_middle + _TAIL, ".md")
    new = parse_string((_HEAD_HANT if hant else _HEAD) + new_middle + (_TAIL_HANT if hant else _TAIL), ".md")
    report = diff_documents(old, new)
    return [(s.status, _title(s.old), _title(s.new)) for s in report.sections]


# two sections rewritten in one gap (lists folded into a paragraph, bodies 0.3 alike): the base showed both removed + added
_OLD = (
    "## Session Logs\n\n- 每次运行都会在本机写入一个 JSONL 文件\n- 文件里有你输入的命令和工具输出\n- Sigil 不会上传这些文件\n\n"
    "## Doctor Output\n\n- doctor 命令检查配置、密钥和网络\n- 结果只打印在终端\n- 不包含 API Key 的明文\n"
)
_LOGS = "运行记录以 JSONL 格式留在你的电脑上，内容是命令与输出，程序从不把它们发送出去。\n"
_DOCTOR = "诊断命令会检查配置与网络连通性，密钥只显示掩码；反馈报告在你确认前不会离开本机。\n"
_NEW = f"## Session 日志\n\n{_LOGS}\n## Doctor 与 Feedback 输出\n\n{_DOCTOR}"
_NEW_HANT = (
    "## Session 日誌\n\n執行紀錄以 JSONL 格式留在你的電腦上，內容是命令與輸出，程式從不把它們傳送出去。\n\n"
    "## Doctor 與 Feedback 輸出\n\n診斷命令會檢查設定與網路連通性，金鑰只顯示遮罩；回饋報告在你確認前不會離開本機。\n"
)


@pytest.mark.parametrize("hant", [False, True])
def test_renamed_rewritten_sections_keeping_their_names_are_paired(hant: bool) -> None:
    found = _sections(_OLD, _NEW_HANT if hant else _NEW, hant)
    renamed = [(o, n) for s, o, n in found if s == "modified"]
    assert [o for o, _ in renamed] == ["Session Logs", "Doctor Output"]
    assert not any(s in ("added", "removed") for s, _, _ in found)


def test_both_ways() -> None:
    found = _sections(_NEW, _OLD)
    assert [o for s, o, _ in found if s == "modified"] == ["Session 日志", "Doctor 与 Feedback 输出"]


def test_a_title_opening_otherwise_stays_apart() -> None:
    found = _sections(_OLD, _NEW.replace("## Session 日志", "## 运行日志"))
    assert ("removed", "Session Logs") in [(s, o) for s, o, _ in found]
    assert ("modified", "Doctor Output") in [(s, o) for s, o, _ in found]


def test_a_name_opening_two_titles_of_the_gap_stays_apart() -> None:
    found = _sections(_OLD + "\n## Session Export\n\n导出功能把会话写入一个 zip 文件，由你自己保存和分享。\n", _NEW)
    assert ("removed", "Session Logs") in [(s, o) for s, o, _ in found]


def test_pairs_that_would_cross_stay_apart() -> None:
    found = _sections(_OLD, f"## Doctor 与 Feedback 输出\n\n{_DOCTOR}\n## Session 日志\n\n{_LOGS}")
    assert not any(s == "modified" and o in ("Session Logs", "Doctor Output") for s, o, _ in found)


def test_bodies_with_nothing_in_common_stay_apart() -> None:
    found = _sections(_OLD, _NEW.replace(_LOGS, "本节暂无内容，后续版本补充。\n"))
    assert ("removed", "Session Logs") in [(s, o) for s, o, _ in found]


def test_leading_names() -> None:
    assert leading_name("Session Logs") == "session"
    assert leading_name("MCP 与 Web 数据") == "mcp"
    assert leading_name("How We Use Data") is None  # an English title word, not a name
    assert leading_name("Your Rights") is None
    assert leading_name("Q 与 A") is None  # too short for a name
    assert leading_name("数据与 MCP") is None  # not at the head


def test_english_titles_are_left_to_the_other_rounds() -> None:
    head = "# Privacy\n\n## Overview\n\nThis note explains how the tool handles data on your machine.\n\n"
    tail = "\n## Contact\n\nOpen an issue to reach the maintainers.\n"
    old = head + "## Session Logs\n\n- Logs stay in the sessions folder\n- They hold commands and output\n" + tail
    new = head + "## Session Sharing\n\nShared sessions are uploaded to the link service when you ask for a link.\n" + tail
    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))
    assert any(s.status == "removed" for s in report.sections)


def test_sigil_story_regression() -> None:
    """The real pair: Session Logs, MCP And Secret Egress and Doctor Output are paired with their renamed sections;
    Web Search 数据 and 私密反馈报告 (merged into the sections after them, their titles opening otherwise) and 推荐默认值
    (dropped) stay removed."""
    d = EVAL / "pairs52" / "pairs" / "sigil-story"
    report = diff_documents(parse_path(str(d / "old.md")), parse_path(str(d / "new.md")))
    pairs = {(_title(s.old), _title(s.new)) for s in report.sections if s.status == "modified"}
    assert {
        ("Session Logs", "Session 日志"),
        ("MCP And Secret Egress", "MCP 与 Web 数据"),
        ("Doctor Output", "Doctor 与 Feedback 输出"),
    } <= pairs
    assert sorted(_title(s.old) or "" for s in report.sections if s.status == "removed") == [
        "Web Search 数据",
        "推荐默认值",
        "私密反馈报告",
    ]
    assert not any(s.status == "added" for s in report.sections)
