"""Files of many tiny paragraphs (issue #12 §2): what each paragraph and each finding keeps alive.

1 MB of 16-byte paragraphs (the densest the loader accepts) once cost ~45× its size with
no finding and ~85× with one finding per paragraph: the reader's blocks lived on through
the rules, every text unit held a bound method, placeholder-instruction kept the span of
every finding, `GuardedPattern.finditer` and `WordTable.hits` listed every match at once,
and the end of a check split the source again while the document was alive.  Each class
is tested here by counting objects or by comparing two ways of doing the same work, never
by absolute memory or time; `benchmarks/bench_worst.py` measures the peak per input byte.
"""

from __future__ import annotations

import gc
import random
import re
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policylens.check as check_module
from helpers import parse_string
from policylens.check import CheckOptions, check_file
from policylens.joined import Joined
from policylens.lazyre import GuardedPattern
from policylens.model import Block, Finding
from policylens.normalise import split_lines
from policylens.rules import all_rules, entity_mismatch, words
from policylens.rules.context import Context, Settings
from policylens.rules.words import WordTable

CJK = [chr(0x4E00 + i) for i in range(250)]


def _distinct_xxx(n: int) -> str:
    """`n` lines of `請..XXX。`, no two equal: nothing is shared by accident."""
    return "".join(f"請{CJK[i // 250 % 250]}{CJK[i % 250]}XXX。\n" for i in range(n))


def _live(kind: type) -> int:
    return sum(1 for o in gc.get_objects() if type(o) is kind)


def test_the_readers_blocks_are_gone_while_the_rules_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text(_distinct_xxx(3_000), encoding="utf-8")
    seen: list[int] = []
    real_units = Context.units

    def units(self: Context) -> list:  # type: ignore[type-arg]
        if self._units is None:
            seen.append(_live(Block))
        return real_units(self)

    monkeypatch.setattr(Context, "units", units)
    gc.collect()
    before = _live(Block)  # whatever other tests keep alive
    report = check_file(str(path), CheckOptions(no_config=True))
    assert len([f for f in report.findings if f.rule == "placeholder-instruction"]) == 3_000
    assert seen and seen[0] - before < 10  # not one per paragraph (3,000)


def _allocations(work: object) -> tuple[int, int]:
    """(blocks, bytes) allocated and still alive after `work()`."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        kept = work()  # type: ignore[operator]
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    diff = [d for d in after.compare_to(before, "filename") if not d.traceback[0].filename.endswith("tracemalloc.py")]
    del kept
    return sum(d.count_diff for d in diff), sum(d.size_diff for d in diff)


def test_a_text_unit_is_one_object_per_paragraph() -> None:
    """A unit locates through its paragraph or section: no bound method or partial of its own."""
    doc = parse_string("".join(f"{CJK[i % 250]}{CJK[i // 250]}資料。\n\n" for i in range(4_000)))
    paragraphs = len(doc.paragraphs())
    assert paragraphs >= 3_900
    ctx = Context(doc, lang="en", settings=Settings())
    count, _ = _allocations(ctx.units)
    assert count <= paragraphs + 50  # the TextUnits and their list
    unit = ctx.units()[5]
    assert unit.position(1) == (unit.paragraph.line, unit.paragraph.column + 1)  # type: ignore[union-attr]


def test_heading_and_title_units_locate_their_text() -> None:
    doc = parse_string("隱私政策\n\n一、我們收集的資料\n\n我們收集您的【姓名】。\n\n二、聯絡我們\n\n請來信。\n")
    ctx = Context(doc, lang="en", settings=Settings())
    for unit in ctx.units():
        line, column = unit.position(0)
        assert doc.source.path
        if unit.kind == "heading":
            assert (line, column) == (unit.section.line, unit.section.column)  # type: ignore[union-attr]
        if unit.kind == "title":
            assert line == doc.metadata.title_line


def test_placeholder_instruction_keeps_nothing_per_finding() -> None:
    """Consumed one by one, its findings leave nothing behind in the rule: no span list, no match list."""
    ctx = Context(parse_string(_distinct_xxx(4_000)), lang="en", settings=Settings())
    ctx.units()
    ctx.joined()
    rule = all_rules()["placeholder-instruction"]()
    findings = rule.check(ctx)
    for _ in range(100):
        next(findings)  # the pattern is compiled, the shared message exists
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        for _ in range(3_000):
            next(findings)
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    grown = sum(d.count_diff for d in after.compare_to(before, "filename") if "policylens" in d.traceback[0].filename)
    assert grown < 300  # was one span and one match (or more) per finding: 6,000+
    assert len(list(findings)) == 900


def test_drafting_notes_inside_a_slot_are_one_finding() -> None:
    """Notes are found first now, and a slot marks the notes it covers: the same findings as before."""
    text = "隱私政策\n\n聯絡：【此處請填寫公司名稱】\n\n請務必在此處列出合作夥伴。\n\n（请根据实际情况修改）\n"
    ctx = Context(parse_string(text), lang="en", settings=Settings())
    found = [(f.line, f.column, f.excerpt) for f in all_rules()["placeholder-instruction"]().check(ctx)]
    # 此處請填寫 is also a drafting note, inside the slot: reported once, as the slot
    assert found == [(3, 4, "【此處請填寫公司名稱】"), (5, 1, "請務必在此處列出合作夥伴"), (7, 1, "（请根据实际情况修改）")]


def test_guarded_pattern_yields_matches_as_they_are_consumed() -> None:
    pattern = GuardedPattern(re.compile("【"), re.compile("【】"))
    matches = pattern.finditer("【】" * 1_000)
    assert isinstance(matches, Iterator) and not isinstance(matches, list)
    assert [m.span() for m in matches][:2] == [(0, 2), (2, 4)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["小米", "xiaomi", "\n", "您的", "App", " ", "字", "Σ", "mi"]), max_size=60).map("".join))
def test_word_table_hits_a_stretch_at_a_time_are_the_hits_of_one_search(text: str) -> None:
    ctx = Context(parse_string(text or "x"), lang="en", settings=Settings())
    table = WordTable(["小米", "xiaomi", "mi", "app"])
    whole = [(u.text, s, e, w) for u, s, e, w in table.hits(ctx)]
    saved = words._STRETCH, entity_mismatch._STRETCH
    words._STRETCH = entity_mismatch._STRETCH = 3
    try:
        cut = [(u.text, s, e, w) for u, s, e, w in table.hits(ctx)]
        lowered = entity_mismatch._lower(ctx.joined().text)
    finally:
        words._STRETCH, entity_mismatch._STRETCH = saved
    assert cut == whole
    assert lowered == ctx.joined().text.lower()


def test_lower_a_stretch_at_a_time_keeps_final_sigma(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entity_mismatch, "_STRETCH", 2)
    text = "ΟΔΟΣ\nΣΑ ΣΣ\nаБΣ\n字Σ\n" * 3
    assert entity_mismatch._lower(text) == text.lower()


def test_joined_starts_are_where_each_text_starts() -> None:
    texts = ["ab", "", "字字字", "c"]
    joined = Joined(texts)
    assert list(joined.starts) == [0, 3, 4, 8]
    assert [joined.index_at(joined.text.index(t)) for t in ("ab", "字字字", "c")] == [0, 2, 3]
    assert list(Joined([]).starts) == []


def test_equal_short_paragraphs_share_one_string() -> None:
    doc = parse_string("請填寫XXX。\n" * 500 + "請填寫XXX。\r\n" * 500)
    texts = [p.text for p in doc.paragraphs()]
    assert len(texts) == 1_000 and len({id(t) for t in texts}) == 1
    longer = "這是一段較長的段落，超過共用的長度上限，每一段各自保留自己的字串。"
    doc = parse_string((longer + "\n\n") * 3)
    assert len({id(p.text) for p in doc.paragraphs()}) == 3


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "字", "\n", "\r\n", "\r", "\n\n", " "]), max_size=40).map("".join),
    st.lists(st.integers(-1, 30), max_size=8),
)
def test_context_lines_a_stretch_at_a_time_are_the_lines_of_one_split(text: str, numbers: list[int]) -> None:
    lines = split_lines(text)
    wanted = sorted(set(numbers))
    expected = tuple((n, lines[n - 1]) for n in wanted if 0 < n <= len(lines))
    saved = check_module._STRETCH
    check_module._STRETCH = 3
    try:
        assert check_module._lines_at(text, wanted) == expected
    finally:
        check_module._STRETCH = saved
    assert check_module._lines_at(text, wanted) == expected


def test_findings_sorted_and_their_lines_as_with_key_tuples_and_a_set() -> None:
    rng = random.Random(12)
    for _ in range(500):
        findings = []
        for _ in range(rng.randint(0, 15)):
            line = rng.randint(1, 9)
            end_line = line + rng.choice([0, 0, 0, 1, 3])
            findings.append(Finding(rng.choice("abc"), "error", line, rng.randint(1, 5), end_line, 9, "m", "x"))
        expected = sorted(findings, key=lambda f: (f.line, f.column, f.rule))
        check_module._sort_findings(findings)
        assert [tuple(f) for f in findings] == [tuple(f) for f in expected]
        assert check_module._lines_of(findings) == sorted({n for f in findings for n in range(f.line, f.end_line + 1)})


def _peak(work: object) -> int:
    """Peak bytes traced while `work()` runs (what it returns is dropped first)."""
    gc.collect()
    tracemalloc.start()
    try:
        work()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_check_of_many_tiny_paragraphs_peaks_near_reading_them(tmp_path: Path) -> None:
    """Two ways of reading one file: a whole check, and load + structure alone.

    The check adds the rules' units, one finding per paragraph and the report; it once
    also kept the reader's blocks, a span and a match per finding and a second split of
    the source (2.2× the reading's peak; now about 1.4×).

    4,000 lines (8,000 until the forty-seventh session: 10 s of CPU, most of it tracemalloc's): the ratio does not
    depend on the size.  Measured with this test's body on the code before the fixes: a75f54f7^ 9.51× at 8,000 lines
    and 9.43× at 4,000, c12f1e5e^ 2.02× and 2.03×; on 7bb3296f 1.20× and 1.23× (docs/history/test-suite.md).
    """
    path = tmp_path / "tiny.txt"
    path.write_text(_distinct_xxx(4_000), encoding="utf-8")
    limit = 2 * path.stat().st_size  # the read buffer is sized by the limit: keep it out of both peaks
    options = CheckOptions(no_config=True, max_bytes=limit)

    def read() -> None:
        from policylens.load import load
        from policylens.structure import build_document

        build_document(load(str(path), max_bytes=limit))

    read()  # imports and caches first
    check_file(str(path), options)
    reading = _peak(read)
    checking = _peak(lambda: check_file(str(path), options))
    assert checking < 1.8 * reading
