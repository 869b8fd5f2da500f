"""Findings in bulk (issue #12 §2): what `check` keeps per finding while the rules run.

A `Finding` NamedTuple is ~0.14 KB.  On 1 MB of all-different tiny lines with one or two
findings per line, the findings beside the whole document and the rules' text units were
the peak of `check` (~52× the input).  `check.store.FindingStore` keeps them in compact
columns while the rules run and builds the tuples again once the document is gone;
`drop_superseded` indexes positions in arrays.  Tested by counting objects and by
comparing results, never by absolute memory; `benchmarks/bench_worst.py` measures the peak.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import drop_shared_parses
from policylens.check import CheckOptions, check_file
from policylens.check.store import FindingStore
from policylens.model import Finding, Paragraph
from policylens.rules import all_rules
from policylens.rules.base import drop_superseded

CJK = [chr(0x4E00 + i) for i in range(250)]
TEXT = st.text(alphabet=st.sampled_from(list("ab請填寫XXX【】。 \t")), max_size=8)
OPTIONAL = st.none() | TEXT
FINDINGS = st.builds(
    Finding,
    st.sampled_from(["placeholder-instruction", "script-mixed", "date-format"]),
    st.sampled_from(["error", "warning", "info"]),
    st.integers(1, 2**40),
    st.integers(1, 300),
    st.integers(1, 2**40),
    st.integers(1, 300),
    TEXT,
    TEXT,
    OPTIONAL,
    OPTIONAL,
    OPTIONAL,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(FINDINGS, max_size=30))
def test_the_store_gives_back_the_findings_it_was_given(findings: list[Finding]) -> None:
    store = FindingStore()
    for f in findings:
        store.append(f)
    assert len(store) == len(findings)
    taken = store.take()
    assert taken == findings
    assert all(type(f) is Finding for f in taken)
    assert len(store) == 0 and store.take() == []


def test_a_finding_on_one_line_shares_its_line_number() -> None:
    store = FindingStore()
    store.append(Finding("date-format", "info", 70_000, 3, 70_000, 9, "m", "e"))
    (f,) = store.take()
    assert f.line is f.end_line  # one int object, as the rule's finding had


def _new(kind: type, before: frozenset[int]) -> int:
    """The objects of exactly `kind` alive now but those whose ids are in `before` (alive, and held, before the run)."""
    return sum(1 for o in gc.get_objects() if type(o) is kind and id(o) not in before)


def test_no_finding_tuple_and_no_document_are_alive_when_the_findings_are_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "distinct.txt"
    path.write_text("".join(f"請{CJK[i // 250]}{CJK[i % 250]}XXX。\n" for i in range(2_000)), encoding="utf-8")
    seen: list[tuple[int, int, int]] = []
    real_take = FindingStore.take

    def take(self: FindingStore) -> list[Finding]:
        gc.collect()
        seen.append((len(self), _new(Finding, before), _new(Paragraph, before)))
        return real_take(self)

    monkeypatch.setattr(FindingStore, "take", take)
    drop_shared_parses()  # the corpus documents other tests of this process share (`helpers.shared_parse`) hold paragraphs too
    # What other tests of this process still hold (module caches, hypothesis examples: 398 paragraphs in a one-process
    # run of the whole suite) is no part of this check: held here, so that no id is reused, and not counted.
    gc.collect()
    held = [o for o in gc.get_objects() if type(o) in (Finding, Paragraph)]
    before = frozenset(map(id, held))
    report = check_file(str(path), CheckOptions(no_config=True))
    (kept, findings, paragraphs) = seen[0]
    assert kept >= 2_000 and len(report.findings) >= 2_000
    assert findings < 50, "the rules' findings were kept as Finding tuples"
    assert paragraphs == 0, "the document was alive while the findings were built again"


def test_drop_superseded_past_eight_million_lines() -> None:
    """Positions stop fitting 64 bits beside a 40-bit column at 2**23 lines: plain ints then, the same answer."""
    for base in (5, 2**23 + 5):
        residue = Finding("placeholder-residue", "warning", base, 10, base, 20, "", "【20210330】")
        date = Finding("date-format", "info", base, 11, base, 19, "", "20210330")
        elsewhere = Finding("date-format", "info", base + 1, 11, base + 1, 19, "", "20210330")
        assert drop_superseded([residue, date, elsewhere], all_rules()) == [residue, elsewhere]
        assert drop_superseded([date, elsewhere, residue], all_rules()) == [elsewhere, residue]  # not in position order
