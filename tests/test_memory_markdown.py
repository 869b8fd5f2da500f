"""Peak memory per input byte of Markdown shapes made of many tiny units (issue #12 §2).

Each class once took more than 50× its size at the peak: a tight ordered list or nested
tight lists (the reader could not cut them into chunks, so markdown-it's tokens for the
whole list lived at once: 105× and 161×), a heading per line (`build_document` holding
every block and the headings' working data beside the new sections), a table of
one-character cells.  Each is bounded here by the growth of the peak resident size of the
pipeline, in a fresh process (`tests/memory_peak.py`), from a generated input to one of twice
its size, as a ratio to the bytes added, with a wide margin (the figures with the defect
planted again and without it are in each test), never by a time.  The bounds were first set
on tracemalloc's peaks (the older figures in each test); the resident size counts the
allocator's overhead too, so its ratios run higher, and tracemalloc made every allocation
several times dearer (25 s of CPU for the six tests, now about 6 s: issue #13).  The chunked reading is
also checked to give exactly the blocks of one parse.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import memory_peak
import policylens.load.markdown as markdown
from helpers import written_file
from policylens.load import load
from policylens.load.markdown import chunks
from policylens.normalise import split_lines
from policylens.structure import build_document

CJK = [chr(0x4E00 + i) for i in range(250)]


def _tag(i: int) -> str:
    """Two CJK characters, different for every i below 62,500: no text is shared by accident."""
    return CJK[i % 250] + CJK[i // 250 % 250]


def _peak_ratio(tmp_path: Path, make: Callable[[int], str], n: int, work: str) -> float:
    """What the peak of `work` grows by per input byte from `make(n)` to `make(2 * n)`.

    Each peak is the rise of the resident high-water mark in a fresh process
    (`tests/memory_peak.py`), after a run on `make(20)`.  The difference of two sizes
    leaves out what does not grow with the input (one chunk's tokens), so that the ratio
    is that of a large file.
    """
    if not memory_peak.CLEAR_REFS.exists():
        pytest.skip("needs Linux's /proc/self/clear_refs to reset the peak")
    warm = written_file(tmp_path, "warm.md", make(20))
    small, large = written_file(tmp_path, "small.md", make(n)), written_file(tmp_path, "large.md", make(2 * n))

    def peak(path: Path) -> int:
        command = [sys.executable, str(Path(memory_peak.__file__)), work, str(warm), str(path)]
        return int(subprocess.run(command, capture_output=True, text=True, check=True).stdout)

    return (peak(large) - peak(small)) / (large.stat().st_size - small.stat().st_size)


# -- tight lists: the reader cuts them into chunks -------------------------------------------


def _ordered_list(n: int) -> str:
    return "# 政策\n\n" + "".join(f"{i}. 請{_tag(i)}XXX。\n" for i in range(1, n + 1))


def _nested_lists(n: int) -> str:
    return "# 政策\n\n" + "".join(f"- 收集{_tag(i)}\n  1. 使用{_tag(i)}\n    - 分享{_tag(i)}\n" for i in range(n))


@pytest.mark.slow  # two pipeline processes on 0.1-0.3 MB
def test_tight_ordered_list_is_read_in_chunks(tmp_path: Path) -> None:
    # 3,000 → 6,000 items (two chunks and more): the reader's peak grew per byte (one parse,
    # `CHUNK_LINES` planted at 10**9: 117× resident; traced 100×, at 6,000 → 12,000 101×),
    # now 37-42× resident (traced 30×; 20× at twice the size).
    assert _peak_ratio(tmp_path, _ordered_list, 3_000, "load") < 70


@pytest.mark.slow  # two pipeline processes on 0.1-0.3 MB
def test_nested_tight_lists_are_read_in_chunks(tmp_path: Path) -> None:
    # 2,000 → 4,000 three-level lists: the reader's peak grew per byte (one parse: 166×
    # resident, 153× traced), now 29-31× resident (28× traced).  Not smaller: at 1,000 → 2,000
    # the chunk the reader holds is a larger share (traced 47×, near the tracemalloc bound).
    assert _peak_ratio(tmp_path, _nested_lists, 2_000, "load") < 70


# -- a heading per line: build_document ------------------------------------------------------


def _md_headings(n: int) -> str:
    return "".join(f"## 標題{_tag(i)}\n\n" for i in range(n))


@pytest.mark.slow  # two pipeline processes on 0.1-0.3 MB
def test_a_markdown_heading_per_line_check(tmp_path: Path) -> None:
    # 4,000 → 8,000 headings: `check` grew 49× per byte traced at twice the size (every block,
    # the levels' key tuples and the new sections at once), now 42-53× resident (35× traced,
    # 40× at twice the size; one parse without `release`: 126× resident, 107× traced).
    # Not smaller: at 2,000 → 4,000 one chunk hides the growth (14× traced).
    assert _peak_ratio(tmp_path, _md_headings, 4_000, "check") < 85


@pytest.mark.slow  # two pipeline processes on 0.1-0.3 MB
def test_a_markdown_heading_per_line_parse_json(tmp_path: Path) -> None:
    # `parse --format json`: 49× per byte traced, now 37-38× resident (30× traced, 27× at twice
    # the size; one parse without `release`: 115× resident, 107× traced).
    assert _peak_ratio(tmp_path, _md_headings, 4_000, "parse_json") < 75


def test_release_consumes_the_blocks_and_changes_nothing(tmp_path: Path) -> None:
    path = written_file(tmp_path, "h.md", "# 政策\n\n" + _md_headings(300) + "正文。\n\n## English\n\n## 中文\n")
    kept = build_document(load(str(path)))
    loaded = load(str(path))
    assert build_document(loaded, release=True) == kept
    assert loaded.parsed.blocks == []


# -- Markdown without markup: read again as plain text ----------------------------------------


def _plain_paragraphs(n: int) -> str:
    return "".join(f"收集{_tag(i)}。\n\n" for i in range(n))


@pytest.mark.slow  # two pipeline processes on 0.1-0.3 MB
def test_markdown_without_markup_drops_its_markdown_reading(tmp_path: Path) -> None:
    # 4,000 → 8,000 short paragraphs: the reader's peak grew 62-65× per byte resident, 54×
    # traced (the Markdown reading alive while the text was read again), now 30-32× resident
    # (36-38× at twice the size; 30× traced).
    assert _peak_ratio(tmp_path, _plain_paragraphs, 4_000, "load") < 50


# -- a table of one-character cells: enumeration-empty ----------------------------------------


def _tiny_cells(n: int) -> str:
    return "# 政策\n\n|名稱|資料|目的|用途|公司|類型|欄位|SDK|\n|-|-|-|-|-|-|-|-|\n" + "|1|2|3|4|5|6|7|8|\n" * n


@pytest.mark.slow  # two pipeline processes on 0.1-0.3 MB
def test_a_table_of_one_character_cells(tmp_path: Path) -> None:
    # 4,000 → 8,000 rows of eight cells: `check` grew per byte (the cells and texts of every
    # row kept by enumeration-empty before 8b1081d: 70-74× resident, 71× traced, 73× at twice
    # the size), now 33-36× resident (30× traced, as at twice the size).
    assert _peak_ratio(tmp_path, _tiny_cells, 4_000, "check") < 52


def _chunk_cuts(text: str) -> list[int]:
    return [lo for lo, _ in chunks._chunks(split_lines(text))][1:]


def test_a_list_is_cut_only_before_an_item_that_continues_it() -> None:
    cut = "1. 甲\n2. 乙\n   續\n   - 丙\n3. 丁\n段落\n4. 戊\n- 己\n- 庚\n+ 辛\n"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chunks, "CHUNK_LINES", 1)
        # lines 1, 4 (0-based): `2.` after `1.`, `3.` after the item's indented lines; 8: `- 庚`
        # after `- 己`.  Not `4.` (after a paragraph), `- 己` (another marker), `+ 辛` (another marker).
        assert _chunk_cuts(cut) == [1, 4, 8]
        assert _chunk_cuts("- 甲\n\t- 乙\n- 丙\n") == [2]
        assert _chunk_cuts("- 甲\n   \n- 乙\n") == [2]  # after a blank line (spaces only), as before
        assert _chunk_cuts("- 甲\n  ```\n- 乙\n") == []  # a fence opened: no cut until it is closed
        assert _chunk_cuts("- - -\n- - -\n") == []  # thematic breaks, not items
        assert _chunk_cuts("1234567890. 甲\n1234567890. 乙\n") == []  # ten digits: not an ordered item


LIST_CONSTRUCTS = [
    "1. 第一\n2. 第二\n",
    "3. 第三\n4. 第四\n",
    "1) 甲\n2) 乙\n",
    "- 甲\n  1. 乙\n    - 丙\n",
    "- 甲\n  续行\n- 乙\n",
    "- 甲\n懒惰续行\n- 乙\n",
    "1. 甲\n\n   段落\n2. 乙\n",
    "段落\n2. 甲\n3. 乙\n",
    "段落\n- 甲\n",
    "<div>\n1. 甲\n2. 乙\n",
    " <div>\n- 甲\n",
    "- 甲\n  ```\n  代码\n- 乙\n",
    "- 甲\n ```\n代码\n- 乙\n",
    "> 引用\n2. 甲\n",
    "| 甲 | 乙 |\n|---|---|\n| 一 | 二 |\n- 丙\n",
    "## 二、标题\n",
    "标题\n---\n",
    "- 甲\n---\n- 乙\n",
    "* 甲\n* 乙\n",
    "+ 甲\n- 乙\n",
    "10. 甲\n11. 乙\n",
    "- [ ] 任务\n- [x] 完成\n",
    "    缩进代码\n- 甲\n",
    "- 甲\n    缩进\n- 乙\n",
    "<!--\n- 注释\n-->\n- 甲\n",
    "- \n- 甲\n",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.sampled_from(LIST_CONSTRUCTS), min_size=1, max_size=12),
    gaps=st.lists(st.sampled_from(["\n", "", "", "\n\n"]), min_size=12, max_size=12),
)
def test_property_list_cuts_change_nothing(parts: list[str], gaps: list[str]) -> None:
    source = "".join(part + gap for part, gap in zip(parts, gaps, strict=False))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chunks, "CHUNK_LINES", 10**9)
        whole = markdown.read_markdown(source)
        patch.setattr(chunks, "CHUNK_LINES", 1)  # a cut at every place `_chunks` allows
        chunked = markdown.read_markdown(source)
    for field in ("blocks", "warnings", "dates", "comments", "references", "title", "plain"):
        assert getattr(chunked, field) == getattr(whole, field), field
