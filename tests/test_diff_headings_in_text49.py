"""diff(a, b) and diff(b, a) drop the same heading-made line (forty-ninth session, u49d2).

`test_diff.py::test_property_mirror_and_spans_rebuild_both_texts` failed in CI: three empty-titled 「關於我們」
headings on one side, two 「關於我們」 paragraphs on the other (one of them in the preamble, one inside the section
that took the merged heading's text), gave 1 merged and 1 modified one way, 1 split and 0 modified the other.
`align._headings_in_text` drops a line that is the title of a merged section (an insertion) or of a split section
(a deletion), one line per title; with more lines than titles it dropped the first it met, and the entries run in
the *new* side's order (then the removed sections), so one direction kept the preamble's line and the other the
section's.  Now the lines are taken in an order that does not depend on which side is old: first a line of a section
that took the merged section's text (the mirror: of a section the split section's text came from), then by the
line's place in its own document.
"""

from __future__ import annotations

import random

import pytest

from helpers import both_ways
from policylens.diff.align import summary
from policylens.model import DiffReport

CI_A = "隱私權政策\n\n關於我們\n\n關於我們\n\n我們不會出售資料。\n\n。。。。。。。。。使\n\n關於我們\n\n。三\n"
CI_B = "隱私權政策\n\n關於我們\n\n一、定義\n\n。。。。。。。。。使\n\n關於我們\n\n。三\n"

NAMES = ("added", "removed", "modified", "renamed", "moved", "merged", "split", "unchanged", "noise")
MIRROR = {"added": "removed", "removed": "added", "merged": "split", "split": "merged"}


def assert_mirror(a: str, b: str) -> None:
    forward, backward = (summary(r) for r in both_ways(a, b))
    assert {k: forward[k] for k in NAMES} == {k: backward[MIRROR.get(k, k)] for k in NAMES}


def changes_of(report: DiffReport, backward: bool = False) -> set[tuple[str, int | None]]:
    """(op as seen from a to b, line in its document) of every change the report keeps."""
    flip = {"insert": "delete", "delete": "insert"}
    out = set()
    for s in report.sections:
        for c in s.changes:
            op = flip.get(c.op, c.op) if backward else c.op
            out.add((op, c.new_line if c.op == "insert" else c.old_line))
    return out


def test_ci_example_mirrors() -> None:
    assert_mirror(CI_A, CI_B)
    forward, backward = both_ways(CI_A, CI_B)
    # the 「關於我們」 line inside 一、定義 (line 9) stands for the merged heading; the preamble's (line 3) stays a change
    assert changes_of(forward) == changes_of(backward, backward=True) == {("delete", 7), ("insert", 3)}
    assert summary(forward)["modified"] == summary(backward)["modified"] == 0


SHAPES = {
    # Simplified
    "hans": (
        "隐私政策\n\n关于我们\n\n关于我们\n\n我们不会出售资料。\n\n。。。。。。。。。使\n\n关于我们\n\n。三\n",
        "隐私政策\n\n关于我们\n\n一、定义\n\n。。。。。。。。。使\n\n关于我们\n\n。三\n",
    ),
    # three twins and a Markdown heading of the same title
    "three-twins": (
        "隱私權政策\n\n## 關於我們\n\n關於我們\n\n關於我們\n\n我們不會出售資料。\n\n。。。。。。。。。使\n\n關於我們\n\n。三\n",
        "隱私權政策\n\n關於我們\n\n一、定義\n\n1. 關於我們\n\n。。。。。。。。。使\n\n關於我們\n\n。三\n",
    ),
    # a numbered heading on both sides
    "numbered": (
        "隱私權政策\n\n关于我们\n\n关于我们\n\n我们不会出售资料。\n\n。。。。。。。。。使\n\n关于我们\n\n。三\n\n二、资料保留\n",
        "隱私權政策\n\n关于我们\n\n二、资料保留\n\n一、定义\n\n。。。。。。。。。使\n\n关于我们\n\n。三\n",
    ),
    "numbered-list-line": (
        "隱私權政策\n\n關於我們\n\n關於我們\n\n我們不會出售資料。\n\n。。。。。。。。。使\n\n關於我們\n\n。三\n",
        "隱私權政策\n\n關於我們\n\n一、定義\n\n1. 關於我們\n\n。。。。。。。。。使\n\n關於我們\n\n。三\n",
    ),
    # the title's line in the section that took the merged text is the later one: it is still the one dropped
    "near-before-first": (
        "隱私權政策\n\n。。。。。。。。。使\n\n關於我們\n\n我們不會出售資料。\n\n。。。。。。。。。使\n\n關於我們\n\n。三\n",
        "隱私權政策\n\n關於我們\n\n關於我們\n\n一、定義\n\n。。。。。。。。。使\n\n關於我們\n\n。三\n",
    ),
    "twin-at-end": (
        "隱私權政策\n\n關於我們\n\n關於我們\n\n我們不會出售資料。\n\n。。。。。。。。。使\n\n關於我們\n\n。三\n\n一、定義\n",
        "隱私權政策\n\n關於我們\n\n一、定義\n\n關於我們\n\n。三\n",
    ),
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shapes_of_the_class_mirror(name: str) -> None:
    a, b = SHAPES[name]
    assert_mirror(a, b)
    forward, backward = both_ways(a, b)
    assert changes_of(forward) == changes_of(backward, backward=True)


def test_the_line_dropped_is_the_one_in_the_section_that_took_the_text() -> None:
    a, b = SHAPES["near-before-first"]
    forward, backward = both_ways(a, b)
    # b: 「關於我們」 paragraph at line 3 (preamble) and at line 11 (inside 一、定義, which took the merged heading's 。三)
    for report, side in ((forward, "new"), (backward, "old")):
        lines = {c.new_line if side == "new" else c.old_line for s in report.sections for c in s.changes if c.op != "replace"}
        assert 3 in lines and 11 not in lines


BASE_A = ["關於我們", "關於我們", "我們不會出售資料。", "。。。。。。。。。使", "關於我們", "。三"]
BASE_B = ["關於我們", "一、定義", "。。。。。。。。。使", "關於我們", "。三"]
WORDS = (
    "關於我們",
    "一、定義",
    "我們不會出售資料。",
    "。。。。。。。。。使",
    "。三",
    "資料保留",
    "二、資料保留",
    "1. 關於我們",
    "## 關於我們",
)


def _mutated(rng: random.Random, lines: list[str]) -> str:
    out = list(lines)
    for _ in range(rng.randint(1, 2)):
        k, op = rng.randrange(len(out)), rng.random()
        if op < 0.4:
            out.insert(k, rng.choice(WORDS))
        elif op < 0.7 and len(out) > 2:
            del out[k]
        else:
            out[k] = rng.choice(WORDS)
    return "隱私權政策\n\n" + "\n\n".join(out) + "\n"


@pytest.mark.parametrize("seed", range(4))
def test_neighbours_of_the_ci_example_mirror(seed: int) -> None:
    """Edits of the CI pair (a line inserted, deleted or replaced on each side): before the fix about 1 in 80 of
    these broke the mirror (22 of 1,800 over seeds 7–9)."""
    rng = random.Random(4900 + seed)
    for _ in range(10):
        assert_mirror(_mutated(rng, BASE_A), _mutated(rng, BASE_B))
