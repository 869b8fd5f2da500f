"""diff(a, b) mirrors diff(b, a) at section level (thirteenth session, a9d).

Two classes: the in-order run of section pairs (below) and the pairing of paragraphs inside a
replaced block (`redline._pair_block`, now chosen from both sides' greedy readings).

`sequence.longest_increasing` chose among in-order runs of one length by direction (the
later new index won), so which sections stayed in place, which were `moved` and which gaps
paired (align round 5) changed with the side that was old: a CI run of
`test_diff.py::test_property_mirror_and_spans_rebuild_both_texts` found 2 added / 1 removed
one way and 1 / 0 the other.  The run is now chosen by length, then the text it keeps in
place, then nearness to the diagonal, then earliness, none of which depends on the direction.
"""

from __future__ import annotations

import itertools
import random

import pytest

from helpers import parse_string
from policylens.diff import diff_documents, summary
from policylens.diff.sequence import longest_increasing

# The example the CI run found.
CI_OLD = "隱私權政策\n\n一、定義\n\n三\n\n關於我們\n\n1. 我們使用資料。\n"
CI_NEW = "隱私權政策\n\n關於我們\n\n三\n\n資料保留\n\n一、定義\n\n我們不會出售資料。\n\n關於我們\n"

LINES = (
    "關於我們",
    "一、定義",
    "二、資料保留",
    "資料保留",
    "聯絡我們",
    "三",
    "## 第三方",
    "我們收集您的姓名與電話。",
    "1. 我們使用資料。",
    "- 項目一",
    "我們不會出售資料。",
    "我們會保留資料三十日。",
)
ALPHABET = "我們您的資料收集使用第三方保留刪除，。"


def section_counts(a: str, b: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Section counts of diff(a, b), and those of diff(b, a) with the directed ones swapped back."""
    da, db = parse_string(a), parse_string(b)
    f, g = summary(diff_documents(da, db)), summary(diff_documents(db, da))
    names = ("added", "removed", "modified", "renamed", "moved", "merged", "split", "unchanged")
    mirror = {"added": "removed", "removed": "added", "merged": "split", "split": "merged"}
    return tuple(f[n] for n in names), tuple(g[mirror.get(n, n)] for n in names)


def test_ci_example_mirrors() -> None:
    forward, backward = section_counts(CI_OLD, CI_NEW)
    assert forward == backward
    # 一、定義 (the only section with text) stays in place; 三 moved; 關於我們 is no rename of 資料保留
    report = diff_documents(parse_string(CI_OLD), parse_string(CI_NEW))
    moved = [s.new.title for s in report.sections if s.moved and s.new]
    assert moved == ["三"] and not any(s.renamed for s in report.sections)


# Seed 10's case: 我們會保留資料三十日。 is paired inside a replaced block one way, and moves to an
# added section (`split`) the other way, when only the old side chooses partners.
BLOCK_OLD = (
    "隱私權政策\n\n保們，料們方\n\n我們收集您的姓名與電話。\n\n關於我們\n\n我們收集您的姓名與電話。\n\n"
    "我們會保留資料三十日。\n\n您資使使料您留我資使您除用資的，的用第我。使\n\n1. 我們使用資料。\n"
)
BLOCK_NEW = (
    "隱私權政策\n\n們們們收，\n\n二、資料保留\n\n我們會保留資料三十日。\n\n我三除的刪\n\n"
    "我們收集您的姓名與電話。\n\n我們不會出售資料。\n\n## 第三方\n"
)


def test_paragraphs_of_a_replaced_block_pair_the_same_both_ways() -> None:
    forward, backward = section_counts(BLOCK_OLD, BLOCK_NEW)
    assert forward == backward


def _random_document(rng: random.Random) -> str:
    lines = [
        rng.choice(LINES) if rng.random() < 0.7 else "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 30)))
        for _ in range(rng.randint(1, 12))
    ]
    return "隱私權政策\n\n" + "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", [10, 13])
def test_class_random_documents_mirror_both_directions(seed: int) -> None:
    """Many small documents made of repeated headings and sentences (ties everywhere), both directions.

    A fixed seed, so that CI never meets a new case by chance (`test_diff.py`'s property
    draws new ones).  Seed 10 holds a case of the second class fixed here: paragraphs inside a
    replaced block were paired greedily from the old side only (`redline._pair_block`), so a
    paragraph paired one way was a move (`split`) the other way.  Twins settled by outline
    (`twins._settle`) could cross one way and not the other (five 「關於我們」 against two under a
    new 「## 第三方」: `moved` one way only), until the forty-first session settled twins on both
    sides in an order that does not depend on the direction (`tests/test_diff_twins41.py`)."""
    rng = random.Random(seed)
    for _ in range(150):
        a, b = _random_document(rng), _random_document(rng)
        forward, backward = section_counts(a, b)
        assert forward == backward, (a, b)


# --- the run itself ----------------------------------------------------------------------


def _runs(pairs: list[tuple[int, int]]) -> list[tuple[tuple[int, int], ...]]:
    """Every longest run of `pairs` increasing on both sides (brute force)."""
    for size in range(len(pairs), 0, -1):
        runs = [c for c in itertools.combinations(pairs, size) if all(p[0] < q[0] and p[1] < q[1] for p, q in itertools.pairwise(c))]
        if runs:
            return runs
    return [()]


def _score(run: tuple[tuple[int, int], ...], sizes: dict[tuple[int, int], int]) -> tuple[int, int, int, int]:
    return len(run), sum(sizes[p] for p in run), -sum(abs(i - j) for i, j in run), -sum(i + j for i, j in run)


def test_longest_increasing_is_longest_then_heaviest_then_nearest() -> None:
    rng = random.Random(7)
    for _ in range(400):
        n = rng.randint(0, 7)
        pairs = sorted(zip(rng.sample(range(9), n), rng.sample(range(9), n), strict=True), key=lambda p: p[1])
        sizes = {p: rng.randint(0, 3) for p in pairs}
        flipped_sizes = {(j, i): w for (i, j), w in sizes.items()}
        got = tuple(longest_increasing(pairs, lambda i, j, s=sizes: s[(i, j)]))  # type: ignore[misc]
        runs = _runs(pairs)
        assert _score(got, sizes) == max(_score(r, sizes) for r in runs)
        # and the mirror image chooses the mirror image, unless another run scores the same
        flipped = sorted(((j, i) for i, j in pairs), key=lambda p: p[1])
        back = tuple(sorted((j, i) for i, j in longest_increasing(flipped, lambda i, j, s=flipped_sizes: s[(i, j)])))  # type: ignore[misc]
        if sum(_score(r, sizes) == _score(got, sizes) for r in runs) == 1:
            assert back == got


def test_longest_increasing_tie_no_longer_goes_to_the_later_pair() -> None:
    # (1, 0) and (0, 1) cross: one must move.  Before, the later new index won, (0, 1) one way
    # and, mirrored, the other pair the other way; now the heavier pair stays either way.
    assert longest_increasing([(1, 0), (0, 1)], lambda i, j: 5 if (i, j) == (1, 0) else 1) == [(1, 0)]
    assert longest_increasing([(1, 0), (0, 1)], lambda i, j: 5 if (i, j) == (0, 1) else 1) == [(0, 1)]
    # the nearer pair stays: (2, 2) over (0, 3)
    assert longest_increasing([(2, 2), (0, 3)]) == [(2, 2)]
