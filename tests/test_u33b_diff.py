"""`diff` on the noise classes the thirty-third session's pair set showed or left (u33b, `eval/pairs33`: sixteen real pairs
of four repositories' policies, two of them across scripts, annotated before any run; the texts below are invented in
their shape, not copied, but for the regression cases, which read the set's own files).

1. *A control character in a heading* (pairs33 px-hans-id: 「### 用户 id」 written with a backspace U+0008 after it, which
   a later commit dropped): the section was flagged renamed and the clean pair exited 1.  `diff.keys.layout_key` now
   removes the control characters that are no space (C0 but tab and line breaks, DEL, C1 but NEL) as it removes the
   invisible format characters: no rename, no change, one formatting difference.  A heading whose words change stays a
   rename; a paragraph whose words change stays a change; `--strict` still shows the character.

2. *A lead paragraph grown past twice its length, its opening kept* (the leftover of pairs32's held-out nyust-remember
   （一）: 「您的學號與密碼僅用於代您向雲科大官方系統（單一入口服務網）進行身分驗證：」 → 「…進行身分驗證。本應用程式使用兩種
   官方驗證管道：…」 read as a deletion and an insertion): a paragraph alone in its place whose key starts as the other
   side's does (ten characters or more) and keeps 60% of the shorter in runs is that paragraph grown (or cut down): one
   replace (`diff.redline._lead_grown` in `_rewritten_in_gaps`).  A paragraph replaced in its place by an unrelated one
   that shares only a short opening, or whose opening is not kept, stays a deletion and an insertion; so does one kept
   whole with text after it (other paragraphs joined to it are moves: tests/test_diff_moves.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.keys import layout_key
from policylens.diff.redline import _lead_grown
from policylens.model import DiffReport
from test_pairs28 import _changes, _flags

ROOT = Path(__file__).resolve().parents[1]

HEAD = "# 示例机器人隐私策略\n\n## 我们收集以下内容\n\n### 用户 id{mark}\n\n当您在使用本 bot 的时候，您的 id 可能会被 bot 记录下来。\n\n"
TAIL = "## 安全\n\nbot 无任何用户跟踪链接，所运行的源码与公开版本完全一样。\n"


def _diff(old: str, new: str, *, strict: bool = False) -> DiffReport:
    return diff_documents(parse_string(old, ".md"), parse_string(new, ".md"), strict=strict)


# --- 1. control characters ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x08", "\x01", "\x1b", "\x7f", "\x90"])
def test_control_character_dropped_from_heading_is_no_rename(char: str) -> None:
    report = _diff(HEAD.format(mark=char) + TAIL, HEAD.format(mark="") + TAIL)
    assert _flags(report) == []
    assert _changes(report) == []


def test_control_character_in_paragraph_is_no_change() -> None:
    old = HEAD.format(mark="") + "其它操作 bot 均不记录\x08您的信息。\n\n" + TAIL
    new = HEAD.format(mark="") + "其它操作 bot 均不记录您的信息。\n\n" + TAIL
    assert _changes(_diff(old, new)) == []


def test_heading_with_control_character_and_new_words_stays_renamed() -> None:
    report = _diff(HEAD.format(mark="\x08") + TAIL, HEAD.format(mark="").replace("### 用户 id", "### 设备标识") + TAIL)
    assert [f[3] for f in _flags(report)] == [True]


def test_control_character_still_shown_with_strict() -> None:
    report = _diff(HEAD.format(mark="\x08") + TAIL, HEAD.format(mark="") + TAIL, strict=True)
    assert any(f[3] for f in _flags(report))


def test_layout_key_keeps_spaces_and_text() -> None:
    assert layout_key("用户\tid\x08") == layout_key("用户 id")
    assert layout_key("a\x85b") == layout_key("a b")  # NEL is a line break, not removed as a control
    assert layout_key("用户 id\x08") != layout_key("用户 ip")


def test_pairs33_px_hans_id_is_clean() -> None:
    pair = ROOT / "eval" / "pairs33" / "pairs" / "px-hans-id"
    report = diff_documents(parse_path(pair / "old.md"), parse_path(pair / "new.md"))
    assert _flags(report) == [] and _changes(report) == []


# --- 2. a lead paragraph grown ---------------------------------------------------------------------------------------

LEAD_HEAD = "# 示範應用程式隱私權政策\n\n## 一、帳號密碼\n\n"
LEAD_OLD = "您的學號與密碼僅用於代您向學校官方系統（單一入口網站）進行身分驗證："
LEAD_NEW = (
    "您的學號與密碼僅用於代您向學校官方系統進行身分驗證。本應用程式使用兩種官方驗證管道：網頁單一入口網站（需圖形驗證碼），"
    "以及官方行動程式所使用的專用端點，兩者皆由學校營運，本應用程式不經手其他伺服器："
)
LEAD_TAIL = (
    "\n\n- 密碼僅存在於登入當下的記憶體中，不會寫入裝置本機儲存空間。\n\n## 二、聯繫管道\n\n如有任何問題，請透過電子郵件與我們聯繫。\n"
)


def test_lead_grown_past_twice_its_length_is_one_replace() -> None:
    changes = _changes(_diff(LEAD_HEAD + LEAD_OLD + LEAD_TAIL, LEAD_HEAD + LEAD_NEW + LEAD_TAIL))
    assert changes == [("replace", LEAD_OLD, LEAD_NEW)]


def test_lead_cut_down_is_one_replace() -> None:
    changes = _changes(_diff(LEAD_HEAD + LEAD_NEW + LEAD_TAIL, LEAD_HEAD + LEAD_OLD + LEAD_TAIL))
    assert changes == [("replace", LEAD_NEW, LEAD_OLD)]


def test_unrelated_paragraph_sharing_a_short_opening_stays_delete_and_insert() -> None:
    new = "您的學號將用於統計各系所的使用人數，我們每學期會將匿名的使用報表提供給學校資訊中心，報表中不含任何可識別個人的資料，亦不含您的成績與課表內容。"
    ops = sorted(c[0] for c in _changes(_diff(LEAD_HEAD + LEAD_OLD + LEAD_TAIL, LEAD_HEAD + new + LEAD_TAIL)))
    assert ops == ["delete", "insert"]


def test_lead_grown_needs_its_opening_kept() -> None:
    assert _lead_grown(LEAD_OLD, LEAD_NEW) and _lead_grown(LEAD_NEW, LEAD_OLD)
    # the same words kept, but not at the start: no evidence of a grown lead
    moved = "本應用程式使用兩種官方驗證管道與多個端點，兩者皆由學校營運，並且另外說明如下。" + LEAD_OLD
    assert not _lead_grown(LEAD_OLD, moved * 2)
    # too short to say anything (a heading-like opening)
    assert not _lead_grown("您的學號與密碼：", LEAD_NEW)
    # at most twice as long: `_rewritten` decides, not this rule
    assert not _lead_grown(LEAD_OLD, LEAD_OLD + "另有說明。")
    # kept whole, text after it: perhaps other paragraphs joined to it (`moves` decides), not this rule
    assert not _lead_grown(LEAD_OLD, LEAD_OLD + LEAD_NEW)


def test_list_items_are_left_to_their_own_rule() -> None:
    # two items are paired by `_grown` (the shorter kept in one run) or `_rewritten` only: this rule is for paragraphs
    old = LEAD_HEAD + "- " + LEAD_OLD + LEAD_TAIL
    new = LEAD_HEAD + "- " + LEAD_NEW + LEAD_TAIL
    assert sorted(c[0] for c in _changes(_diff(old, new))) == ["delete", "insert"]


def test_pairs32_nyust_remember_lead_is_one_replace() -> None:
    pair = ROOT / "eval" / "pairs32" / "pairs" / "nyust-remember"
    changes = _changes(diff_documents(parse_path(pair / "old.md"), parse_path(pair / "new.md")))
    lead = [c for c in changes if (c[1] or c[2] or "").startswith("您的學號與密碼僅用於")]
    assert len(lead) == 1 and lead[0][0] == "replace"
