"""Hostile input, round 12: quadratic work in the profile engine, and the probe that missed it.

- `profiles.coverage._NUMBERING` (`^[\\s\\W\\d…]*|[\\s\\W]+$`, a title or sentence without its number
  and trailing marks) tried its trailing branch at every start of a run of punctuation or spaces,
  each scanning to the run's end: `check -p …` on a line of 「{{ 」 (a mini-program page or a Blade
  view with unclosed `{{`) took 31 s at 60 KB, 124 s at 120 KB and over 5 minutes for five profiles.
- `_EMPTY_CELL` (`^[\\s\\W_]*(?:无…)?[\\s\\W_]*$`): two runs side by side, backtracked quadratically
  on a table cell of dashes that ends in a letter.
- `_table_header` walked back to the table's first row from every row: a table of 20,000 rows of
  dashes took 76 s of `check -p`.

The regex probe (`regexguard`) missed both patterns: every failing tail it tried (`!`, a newline,
a space) is itself punctuation or a space, so a `\\W` run never failed, and an anchored first
branch read the whole pump at its start.  It now also pumps between letters.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import cli
from policylens.model import Paragraph
from policylens.patterns import table_rule
from policylens.profiles import coverage
from policylens.regexguard import probe
from timings import recorded, timed

SELF_TEST_BUDGET = 0.02  # as tests/test_hostile_regex.py: a catastrophic shape passes it as surely as 0.25 s

OLD_NUMBERING = re.compile(r"^[\s\W\d一二三四五六七八九十、.．]*|[\s\W]+$")
OLD_EMPTY_CELL = re.compile(
    r"^[\s\W_]*(?:无|無|暂无|暫無|不适用|不適用|否|n/?a|none|no|not applicable|tbd"
    r"|同上|同前|如上|详见下文|詳見下文|见下文|見下文|[Xx×○]{2,}|待填写|待填寫|待定|待补充|待補充)?[\s\W_]*$",
    re.I,
)
PIECES = st.sampled_from(
    [" ", "\t", "\n", "!", "-", "_", ".", "。", "、", "a", "1", "一", "二", "无", "否", "N", "n/a", "X", "×", "tbd", "{{", "|", "目的"]
)
TEXT = st.lists(PIECES, max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_bare_strips_what_it_stripped(text: str) -> None:
    assert coverage._bare(text) == OLD_NUMBERING.sub("", text)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_an_empty_cell_is_what_it_was(text: str) -> None:
    assert bool(coverage._EMPTY_CELL.match(text)) == bool(OLD_EMPTY_CELL.match(text))


def test_runs_of_marks_are_linear() -> None:
    """Each took seconds on 120 KB (4 s on 60 KB); now milliseconds (times: benchmarks/bench_linear.py)."""
    text = "x" + "{{ " * 40_000 + "a"
    with timed("coverage._bare on 40,000 open mustaches", 1.0):
        assert coverage._bare(text) == text  # not a numbering: nothing taken off
    with timed("coverage._bare on 40,000 open mustaches at the start", 1.0):
        assert coverage._bare(text[1:]) == "a"  # marks before the words are taken off
    with timed("coverage._EMPTY_CELL on 40,000 dashes", 1.0):
        assert not coverage._EMPTY_CELL.match("-" * 40_000 + "a")


KINDS = st.lists(st.sampled_from(["table", "rule", "paragraph", "item"]), max_size=12)


def _old_header(paras: tuple[Paragraph, ...], index: int) -> Paragraph | None:
    """`_table_header` as it was: a walk back to the table's first row."""
    if paras[index].kind != "table":
        return None
    start = index
    while start > 0 and paras[start - 1].kind == "table":
        start -= 1
    return paras[start] if start < index and not table_rule(paras[start].text) else None


@settings(max_examples=300, deadline=None)
@given(KINDS)
def test_table_headers_are_the_walk_they_replaced(kinds: list[str]) -> None:
    paras = tuple(
        Paragraph(
            "| --- | --- |" if kind == "rule" else f"| 目的{n} | 依据 |",
            n + 1,
            1,
            n + 1,
            "table" if kind in ("table", "rule") else kind,
            (),
        )
        for n, kind in enumerate(kinds)
    )
    assert coverage._table_headers(paras) == [_old_header(paras, i) for i in range(len(paras))]


def test_check_with_profiles_on_a_line_of_open_mustaches(tmp_path: Path) -> None:
    page = tmp_path / "privacy.wxml"
    # 40,000 only for the benchmark (timings.recorded()): the trailing [\s\W]+$ tried at every start showed only as time
    page.write_text("<view>隐私政策</view>\n<view>" + "{{ " * (40_000 if recorded() else 4_000) + "</view>\n", encoding="utf-8")
    with timed("check -p cn-pipl: a line of 40,000 open mustaches", 8.0):  # about 1 min before
        done = cli("check", "--no-config", str(page), "-p", "cn-pipl", "--format", "json")
    assert done.returncode in (0, 1), done.stderr


def test_check_with_profiles_on_a_long_table_of_dashes(tmp_path: Path) -> None:
    policy = tmp_path / "policy.md"
    # 20,000 rows only for the benchmark (timings.recorded()): the walk back to the table's first row from every row
    # (ad68ed98) showed only as time; 2,000 rows take the same path
    rows = 20_000 if recorded() else 2_000
    policy.write_text("# 隐私政策\n\n| 目的 | 依据 |\n|---|---|\n" + "| - | -- |\n" * rows, encoding="utf-8")
    with timed("check -p tw-pdpa: a table of 20,000 rows of dashes", 8.0):  # 76 s with five profiles before
        done = cli("check", "--no-config", str(policy), "-p", "tw-pdpa", "--format", "json")
    assert done.returncode in (0, 1), done.stderr


@pytest.mark.slow  # the dynamic probe at work
@pytest.mark.parametrize(
    "pattern",
    [
        r"^[\s\W\d]*|[\s\W]+$",  # an anchored branch, then a trailing run tried at every start
        r"^[\s\W_]*(?:no)?[\s\W_]*$",  # two runs side by side
        r"\W+$",
    ],
)
def test_the_probe_pumps_between_letters(pattern: str) -> None:
    assert probe(re.compile(pattern), budget=SELF_TEST_BUDGET) is not None, pattern


@pytest.mark.slow
def test_the_new_pumps_clear_the_fixed_patterns() -> None:
    for compiled in (coverage._NUMBERING, coverage._EMPTY_CELL):
        assert probe(compiled, static=False) is None, compiled.pattern
