"""Hostile input, round 9: a match tested against every match kept before it (quadratic).

A line of 20,000 dates (`2024-01-01 2024-01-01 …`, 220 KB) took 13 s of `check`: each date
found was compared with every date found before it (`metadata.find_dates`).  The same
shape was in `find_english_dates`, in compare's durations (each against every date) and
`replace_dates` (each numeric date against every date, then one slice of the whole text
per date), and in the placeholder rule's script literals (each slot against every dummy
address).  They now mark the characters taken (`policylens.spans.Taken`): one lookup per
test.  The properties below hold the new code to the old comparisons on generated text.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import cli
from policylens.compare import facts
from policylens.normalise import fold
from policylens.spans import Taken
from policylens.structure import metadata
from timings import recorded, timed

PIECES = [
    "2024年1月1日",
    "2024-01-01",
    "民國113年1月1日",
    "113年2月3日",
    "March 1, 2024",
    "1 March 2024",
    "03/04/2021",
    "保存30天",
    "30 days",
    "一年",
    " ",
    "，",
    "年",
    "月",
    "1",
    "/",
]


def _old_find_dates(text: str) -> list[tuple[int, int, str]]:
    """`find_dates` as it was: every match compared with every date kept."""
    found: list[tuple[int, int, str]] = []
    if not metadata._DATE_HINT.search(text):
        return found
    folded = fold(text)
    for pattern in metadata._DATE_PATTERNS:
        for m in pattern.finditer(folded):
            iso = metadata.to_iso(*m.groups())
            if iso and not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), iso))
    if "年" in folded:
        for m in metadata._ROC_DATE.finditer(folded):
            year = int(m.group(1) or m.group(2)) + metadata.ROC_OFFSET
            iso = metadata.to_iso(str(year), m.group(3), m.group(4))
            if iso and not any(s <= m.start() < e or s < m.end() <= e for s, e, _ in found):
                found.append((m.start(), m.end(), iso))
    return sorted(found)


def _old_replace_dates(text: str, replacement: object) -> str:
    folded = fold(text)
    spans = metadata.find_dates(folded) + metadata.find_english_dates(folded)
    spans += [d for d in metadata.find_numeric_dates(folded, None) if not any(s < d[1] and d[0] < e for s, e, _ in spans)]
    for start, end, iso in sorted(spans, reverse=True):
        text = text[:start] + replacement(iso) + text[end:]  # type: ignore[operator]
    return text


texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_find_dates_keeps_what_the_pairwise_test_kept(text: str) -> None:
    assert metadata.find_dates(text) == _old_find_dates(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_replace_dates_is_what_it_was(text: str) -> None:
    assert facts.replace_dates(text, lambda iso: f"<{iso}>") == _old_replace_dates(text, lambda iso: f"<{iso}>")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=12), st.integers(0, 45), st.integers(0, 12))
def test_taken_answers_as_the_pairwise_tests(spans: list[tuple[int, int]], start: int, width: int) -> None:
    taken = Taken(60)
    kept = [(a, a + w) for a, w in spans]
    for a, b in kept:
        taken.add(a, b)
    end = start + width
    assert taken.holds(start) == any(s <= start < e for s, e in kept)
    assert taken.starts_or_ends_inside(start, end) == any(s <= start < e or (end > start and s < end <= e) for s, e in kept)
    if end > start:  # the callers ask about matches, never empty
        assert taken.overlaps(start, end) == any(s < end and start < e for s, e in kept)


def test_twenty_thousand_dates_on_one_line_are_linear() -> None:
    """Each took seconds to minutes; each now takes well under a second (times: benchmarks/bench_linear.py).

    20,000 only for the benchmark (timings.recorded()): these slow-downs showed only as time; 2,000 takes the same path.
    """
    n = 20_000 if recorded() else 2_000
    with timed("metadata.find_dates: 20,000 dates on one line", 2.0):
        assert len(metadata.find_dates("2024-01-01 " * n)) == n
    with timed("metadata.find_english_dates: 20,000 dates on one line", 2.0):
        assert len(metadata.find_english_dates("March 1, 2024 " * n)) == n
    with timed("facts._durations: 20,000 dates and periods on one line", 2.0):
        assert facts._durations("2024年1月1日保存30天 " * n)
    with timed("facts.replace_dates: 40,000 dates on one line", 2.0):
        assert facts.replace_dates("2024年1月1日 03/04/2021 " * n, str)


def test_check_on_a_line_of_dates(tmp_path: Path) -> None:
    path = tmp_path / "dates.txt"
    # 20,000 only for the benchmark (timings.recorded()): the slow-down showed only as time
    path.write_text("更新日期：2024年1月1日\n" + "2024-01-01 " * (20_000 if recorded() else 2_000) + "\n", encoding="utf-8")
    with timed("check: a line of 20,000 dates", 5.0):  # 13 s before
        done = cli("check", "--no-config", str(path), "--format", "json")
    assert done.returncode in (0, 1), done.stderr


# ---- suppression ranges ----------------------------------------------------------------------

DIRECTIVES = [
    "policylens-disable",
    "policylens-enable",
    "policylens-disable placeholder-empty",
    "policylens-enable placeholder-empty",
    "policylens-disable date-format placeholder-empty",
    "policylens-disable-next-line",
    "policylens-disable-next-line date-format",
    "policylens-enable date-format",
    "policylens-disable placeholder-empty policylens-enable placeholder-empty policylens-disable placeholder-empty",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(DIRECTIVES).map(lambda d: f"<!-- {d} -->"), st.just("段落【】。")), max_size=25))
def test_the_suppressor_answers_as_the_range_by_range_test(blocks: list[str]) -> None:
    from helpers import parse_string
    from policylens.check.suppressions import Suppressor, suppressions
    from policylens.model import Finding

    doc = parse_string("# 政策\n\n" + "\n\n".join(blocks) + "\n", suffix=".md")
    ranges = suppressions(doc)
    suppressed = Suppressor(ranges)
    last_line = 3 + 2 * len(blocks) + 2
    for line in range(1, last_line):
        for rule in ("placeholder-empty", "date-format", "script-mixed"):
            finding = Finding(rule, "error", line, 1, line, 2, "m", "", None)
            expected = any(first <= line <= last and (not rules or rule in rules) for _, first, last, rules, _ in ranges)
            assert suppressed(finding) == expected, (line, rule, ranges)


def test_thousands_of_disable_enable_pairs_are_linear(tmp_path: Path) -> None:
    """8,000 pairs, a finding inside each: 20 s (every finding against every range), now under a second."""
    # 8,000 pairs only for the benchmark (timings.recorded()): every finding against every range showed only as time
    count = 8_000 if recorded() else 800
    pairs = "".join("<!-- policylens-disable placeholder-empty -->\n\n請聯絡【】。\n\n<!-- policylens-enable -->\n\n" for _ in range(count))
    path = tmp_path / "pairs.md"
    path.write_text("# 隱私權政策\n\n更新日期：2024年1月1日\n\n" + pairs, encoding="utf-8")
    with timed("check: 8,000 disable/enable pairs", 5.0):
        done = cli("check", "--no-config", str(path), "--format", "json")
    assert done.returncode == 0, done.stdout[:500]


# ---- script-mixed in a long run of Han characters -------------------------------------------


def _old_han_run(text: str, start: int, end: int) -> tuple[int, int]:
    from policylens.patterns import HAN_CHAR as _HAN_CHAR  # (script-mixed's own copy until the twenty-fourth session)

    lo, hi = start, end
    while lo > 0 and _HAN_CHAR.match(text[lo - 1]):
        lo -= 1
    while hi < len(text) and _HAN_CHAR.match(text[hi]):
        hi += 1
    return lo, hi


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="隐私權語言语言 /a。", max_size=30), st.data())
def test_han_run_is_the_walk_it_replaced(text: str, data: st.DataObject) -> None:
    from policylens.rules.script_mixed import _han_run

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _han_run(text, start, end) == _old_han_run(text, start, end)


def test_a_long_run_of_mixed_script_is_linear(tmp_path: Path) -> None:
    """6,000 `隐私權` without punctuation: a finding per 隐, each walked the whole run (over 5 minutes)."""
    path = tmp_path / "run.md"
    # 6,000 only for the benchmark (timings.recorded()): a walk of the whole run per finding showed only as time; 600
    # crosses the merged finding's shown columns (8) as 6,000 does
    count = 6_000 if recorded() else 600
    path.write_text("# 隱私權政策\n\n更新日期：2024年1月1日\n\n## 一、總則\n\n" + "隐私權" * count + "\n", encoding="utf-8")
    with timed("check: 6,000 mixed-script words in one run", 5.0):
        done = cli("check", "--no-config", str(path), "--format", "json")
    assert done.returncode == 1
    # one finding for the line's 6,000 隐 (`check.repeats`), every column listed
    assert sum(f.get("occurrences", 1) for f in json.loads(done.stdout)["files"][0]["findings"] if f["rule"] == "script-mixed") == count
