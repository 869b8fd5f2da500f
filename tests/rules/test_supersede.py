"""One defect, one finding: `drop_superseded` keeps exactly what a pairwise overlap test keeps."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.model import Finding
from policylens.rules import all_rules
from policylens.rules.base import drop_superseded

RULES = ["placeholder-instruction", "placeholder-residue", "date-format", "script-mixed", "contact-inconsistent"]


def _finding(rule: str, line: int, column: int, lines: int, width: int, excerpt: str = "x") -> Finding:
    end_line = line + lines
    end_column = column + width if lines == 0 else width + 1
    return Finding(rule, "info", line, column, end_line, end_column, "", excerpt)


def _pairwise(findings: list[Finding]) -> list[Finding]:
    registry = all_rules()

    def overlap(a: Finding, b: Finding) -> bool:
        return (a.line, a.column) < (b.end_line, b.end_column) and (b.line, b.column) < (a.end_line, a.end_column)

    # a finding with no excerpt is about the whole document (date-format's "no date"): nothing supersedes it
    return [f for f in findings if not f.excerpt or not any(f.rule in registry[g.rule].supersedes and overlap(f, g) for g in findings)]


FINDINGS = st.lists(
    st.builds(
        _finding,
        st.sampled_from(RULES),
        st.integers(1, 4),
        st.integers(1, 12),
        st.integers(0, 1),
        st.integers(1, 6),
        st.sampled_from(["x", "x", ""]),
    ),
    max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(FINDINGS)
def test_drop_superseded_matches_the_pairwise_test(findings: list[Finding]) -> None:
    assert drop_superseded(findings, all_rules()) == _pairwise(findings)


def test_residue_replaces_date_format_on_the_same_span() -> None:
    residue = Finding("placeholder-residue", "warning", 5, 10, 5, 20, "", "【20210330】")
    date = Finding("date-format", "info", 5, 11, 5, 19, "", "20210330")
    elsewhere = Finding("date-format", "info", 6, 11, 6, 19, "", "20210330")
    assert drop_superseded([residue, date, elsewhere], all_rules()) == [residue, elsewhere]
