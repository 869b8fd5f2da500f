"""Memory that follows the input, not the number of findings (issue #12 §2), and the classes behind it.

A flood of findings (1.8 million `【】`, 60,000 `XXX`) once held every match, every
finding's own copy of its message, per-line indexes for eight superseded rules and the
whole JSON document at once.  Each class has a behaviour test here: the scan is lazy
and gives exactly the per-unit results, the supersede index is the same as the per-line
one, equal messages are one object, the streamed JSON is byte for byte the plain dump.
Memory is compared as tracemalloc ratios of two ways of doing the same work, never as
absolute numbers or times; `benchmarks/bench_worst.py` measures peak memory per input byte.
"""

from __future__ import annotations

import io
import json
import re
import tracemalloc
from collections.abc import Callable, Iterator
from itertools import accumulate, islice
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import parse_string
from policylens.check import CheckOptions, check_paths
from policylens.model import CheckReport, FileReport, Finding
from policylens.render.json import check_to_dict, dump, render_check
from policylens.rules import all_rules
from policylens.rules.base import drop_superseded
from policylens.rules.context import Context, Settings


class _Counting:
    """A pattern whose `finditer` counts the matches its consumer pulled."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.pulled = 0

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for m in self.pattern.finditer(text):
            self.pulled += 1
            yield m


def test_scan_is_lazy_a_consumer_that_stops_stops_the_scan() -> None:
    ctx = Context(parse_string("【】" * 5_000 + "\n\n" + "【】【】\n" * 200), lang="en", settings=Settings())
    counting = _Counting(re.compile("【】"))
    first = list(islice(ctx.scan(counting), 3))  # type: ignore[arg-type]
    assert [(h.start, h.end) for h in first] == [(0, 2), (2, 4), (4, 6)]
    assert counting.pulled <= 4  # not the 5,400 matches of the document


SCAN_ALPHABET = st.sampled_from(["【", "】", "【】", " ", "　", "\n", "\n\n", "資料", "。", "[", "]", "[ ]", "a", "1."])


@settings(max_examples=300, deadline=None)
@given(st.lists(SCAN_ALPHABET, min_size=1, max_size=40).map("".join))
def test_scan_with_matches_across_units_gives_the_per_unit_results(text: str) -> None:
    """`\\s` runs across the newline that joins units: earlier hits of the unit, the rescan and the hits after must agree."""
    ctx = Context(parse_string(text), lang="en", settings=Settings())
    for pattern in (re.compile(r"【\s*】"), re.compile(r"\[\s*\]|【"), re.compile(r"\s+"), re.compile(r"】?\s*【?")):
        fast = [(h.unit.text, h.start, h.end, h.match.group(0)) for h in ctx.scan(pattern)]
        slow = [(h.unit.text, h.start, h.end, h.match.group(0)) for h in ctx.scan(pattern, per_unit=True)]
        assert fast == slow


def test_scan_keeps_the_hits_before_a_match_that_runs_into_the_next_unit() -> None:
    ctx = Context(parse_string("【】資料【】再【\n\n】後來【】\n"), lang="en", settings=Settings())
    slot = re.compile(r"【\s*】")
    hits = [(h.unit.text, h.start, h.end) for h in ctx.scan(slot)]
    assert hits == [(h.unit.text, h.start, h.end) for h in ctx.scan(slot, per_unit=True)]
    assert len(hits) == 3


# -- drop_superseded: one index per rule, the same answers as the per-line index ----------


def _per_line_reference(findings: list[Finding], registry: dict[str, Any]) -> list[Finding]:
    """The index as it was: per (line, superseded rule), for every rule a finding's rule supersedes."""
    spans: dict[tuple[int, str], list[tuple[tuple[int, int], tuple[int, int]]]] = {}
    for g in findings:
        for rule in registry[g.rule].supersedes:
            for line in range(g.line, g.end_line + 1):
                spans.setdefault((line, rule), []).append(((g.line, g.column), (g.end_line, g.end_column)))
    index = {}
    for key, items in spans.items():
        items.sort()
        index[key] = ([s for s, _ in items], list(accumulate((e for _, e in items), max)))

    def overlapped(f: Finding, line: int) -> bool:
        entry = index.get((line, f.rule))
        if entry is None:
            return False
        starts, reach = entry
        from bisect import bisect_left

        i = bisect_left(starts, (f.end_line, f.end_column)) - 1
        return i >= 0 and reach[i] > (f.line, f.column)

    return [f for f in findings if not any(overlapped(f, n) for n in range(f.line, f.end_line + 1))]


RULES = sorted(all_rules())


def _finding(rule: str, line: int, column: int, lines: int, width: int) -> Finding:
    return Finding(rule, "error", line, column, line + lines, column + width if not lines else width + 1, "m", "x")


FINDINGS = st.lists(
    st.builds(
        _finding,
        st.sampled_from(RULES),
        st.integers(1, 6),
        st.integers(1, 8),
        st.sampled_from([0, 0, 0, 1, 2]),
        st.integers(1, 5),
    ),
    max_size=30,
)


@settings(max_examples=400, deadline=None)
@given(FINDINGS)
def test_drop_superseded_gives_the_per_line_answer(findings: list[Finding]) -> None:
    registry = all_rules()
    assert drop_superseded(findings, registry) == _per_line_reference(findings, registry)


def _peak(work: Callable[[], object]) -> int:
    """Peak memory traced while `work` runs, above what was allocated before."""
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        result = work()
        _, peak = tracemalloc.get_traced_memory()
        del result
        return peak - before
    finally:
        tracemalloc.stop()


def test_drop_superseded_memory_follows_the_findings_not_the_rules_they_could_supersede() -> None:
    """20,000 placeholder-instruction findings (it supersedes eight rules, none of them present)."""
    registry = all_rules()
    findings = [Finding("placeholder-instruction", "error", n, 4, n, 7, "範本文字未填寫：XXX", "XXX") for n in range(1, 20_001)]
    own = _peak(lambda: [f._replace(column=5) for f in findings])  # one new tuple per finding
    assert _peak(lambda: drop_superseded(findings, registry)) < own / 4  # the per-line index took about 6× `own`
    mixed = findings + [f._replace(rule="date-format") for f in findings[::2]]
    assert len(drop_superseded(mixed, registry)) == len(findings)  # every date-format finding is under an instruction


# -- findings share their strings; the JSON streams ---------------------------------------


def test_equal_findings_share_their_message_and_excerpt(tmp_path: Path) -> None:
    path = tmp_path / "flood.txt"
    path.write_text("請參閱【】。\n" * 50, encoding="utf-8")
    findings = [f for f in check_paths([str(path)], CheckOptions(no_config=True)).files[0].findings if f.rule == "placeholder-empty"]
    assert len(findings) == 50
    assert all(f.message is findings[0].message and f.excerpt is findings[0].excerpt for f in findings)


def _report(tmp_path: Path) -> CheckReport:
    many = tmp_path / "many.txt"
    many.write_text(("請參閱【】" * 30 + "\n") * 400, encoding="utf-8")  # 12,000 findings: twelve batches
    few = tmp_path / "few.txt"
    few.write_text('請填寫 XXX 與【】。\n\n第二段 \x1b 與 \u2028 與 "引號"。\n', encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text("本政策說明我們如何處理您的個人資料。\n", encoding="utf-8")
    return check_paths([str(many), str(clean), str(tmp_path / "missing.txt"), str(few)], CheckOptions(no_config=True))


def test_streamed_check_json_is_byte_for_byte_the_plain_dump(tmp_path: Path) -> None:
    report = _report(tmp_path)
    assert sum(len(f.findings) for f in report.files) > 12_000
    streamed, plain = io.StringIO(), io.StringIO()
    render_check(report, streamed)
    dump(check_to_dict(report), plain, pretty=False)
    assert streamed.getvalue() == plain.getvalue()
    data = json.loads(streamed.getvalue())
    assert [len(f["findings"]) for f in data["files"]] == [len(f.findings) for f in report.files]


def test_streamed_check_json_holds_a_fraction_of_the_plain_dump(tmp_path: Path) -> None:
    report = _report(tmp_path)

    class Sink(io.TextIOBase):
        def write(self, text: str) -> int:
            return len(text)

    streamed = _peak(lambda: render_check(report, Sink()))
    plain = _peak(lambda: dump(check_to_dict(report), Sink(), pretty=False))
    assert streamed < plain / 3


def test_a_report_without_findings_renders_as_before() -> None:
    report = CheckReport((FileReport("a.txt", ()), FileReport("b.txt", (), None, "b.txt: no such file")))
    out = io.StringIO()
    render_check(report, out)
    assert json.loads(out.getvalue())["errors"] == [{"path": "b.txt", "error": "no such file"}]
