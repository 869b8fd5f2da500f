"""Hostile input, round 40 (u40p): the English ↔ Chinese alignment of `compare` on outlines of thousands of chapters.

`align._reordered` and `align._set_aside` matched the top-level blocks of two editions by scoring every pair of them
(`_block_score`), and kept every score in one sorted list: three editions of 2,000 short numbered sections took 152 s
of CPU and 1 GB (u40h, docs/hostile-input.md).  Now each block's evidence is gathered once (`align._Chapter`), only the
pairs that can clear BLOCK_LEFTOVER are sorted, and past ALL_PAIRS pairs only candidate pairs are scored
(`align._ChapterScores`: a band around the diagonal, and the blocks that share a fact or a rare word).

Growth is compared between two sizes (counted calls, a generous ratio), never an absolute time.  The pruned path is
the all-pairs greedy matching read over the candidate pairs only: it makes the same matching whenever every pair the
all-pairs matching makes is a candidate (the differential test below checks that on random outlines, and that the
pruned path makes no pair that is not a candidate).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from policylens.compare import align
from policylens.compare.align import Profile, chapters

_TOPICS = ("collection", "sharing", "retention", "rights", "children", "security", "contact", "cookies")


def _chapter(rng: random.Random, k: int, keyed: bool) -> list[tuple[int, int, frozenset[str], frozenset[str], frozenset[str]]]:
    """One chapter: (level, size, title topics, body topics, names) of its heading and its sub-sections."""
    head = (1, rng.randrange(0, 4), frozenset(rng.sample(_TOPICS, rng.randrange(0, 3))), frozenset(rng.sample(_TOPICS, 2)), frozenset())
    if keyed:
        head = (*head[:4], frozenset({f"k{k}"}))  # a word only this chapter writes, in both editions
    subs = [(2, rng.randrange(1, 3), frozenset(), frozenset(rng.sample(_TOPICS, 1)), frozenset()) for _ in range(rng.randrange(0, 3))]
    return [head, *subs]


def _profiles(chapters: list[list[tuple[int, int, frozenset[str], frozenset[str], frozenset[str]]]], first: int) -> list[Profile]:
    rows = [row for chapter in chapters for row in chapter]
    count = max(1, len(rows) - 1)
    return [
        Profile(first + k, level, k / count, title, body, frozenset(), size, names)
        for k, (level, size, title, body, names) in enumerate(rows)
    ]


def _editions(seed: int, n: int) -> tuple[list[Profile], list[Profile]]:
    """Two outlines of about `n` chapters: the other edition drops, adds, swaps and moves a few chapters."""
    rng = random.Random(seed)
    keyed = rng.random() < 0.7
    ours = [_chapter(rng, k, keyed and rng.random() < 0.8) for k in range(n)]
    theirs = list(ours)
    for _ in range(rng.randrange(0, 4)):
        del theirs[rng.randrange(len(theirs))]
    for _ in range(rng.randrange(0, 4)):
        theirs.insert(rng.randrange(len(theirs) + 1), _chapter(rng, 10_000 + rng.randrange(1000), False))
    for _ in range(rng.randrange(0, 4)):
        k = rng.randrange(len(theirs) - 1)
        theirs[k], theirs[k + 1] = theirs[k + 1], theirs[k]
    if rng.random() < 0.5:  # a chapter moved from one end of the outline to the other
        theirs.append(theirs.pop(rng.randrange(3)))
    return _profiles(ours, 0), _profiles(theirs, 100_000)


def _pruned(monkeypatch: pytest.MonkeyPatch, base: list[Profile], other: list[Profile]) -> tuple[dict[int, int], set[tuple[int, int]]]:
    with monkeypatch.context() as patched:
        patched.setattr(chapters, "ALL_PAIRS", 0)  # where `_ChapterScores` reads it
        scores = align._ChapterScores(align._blocks(base), align._blocks(other))
        assert scores.rows is not None
        return scores.partners(), {(i, j) for i, row in enumerate(scores.rows) for j in row}


@pytest.mark.parametrize("seed", range(60))
def test_the_pruned_matching_is_the_all_pairs_one_when_its_pairs_are_candidates(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    base, other = _editions(seed, 30 + seed % 50)
    ours, theirs = align._blocks(base), align._blocks(other)
    every = align._ChapterScores(ours, theirs)
    assert every.rows is None or len(ours) * len(theirs) > align.ALL_PAIRS
    exact = every.partners()
    # the scores gathered once per block are the scores of the blocks themselves
    assert all(every(i, j) == align._block_score(ours[i], theirs[j]) for i, j in exact.items())
    pruned, candidates = _pruned(monkeypatch, base, other)
    assert set(pruned.items()) <= candidates
    assert all(every(i, j) >= align.BLOCK_LEFTOVER for i, j in pruned.items())
    if set(exact.items()) <= candidates:
        assert pruned == exact
    else:  # two far chapters only their shape, size and topics tie: the one way the pruned path may differ
        far = set(exact.items()) - candidates
        diagonal = (len(theirs) - 1) / max(1, len(ours) - 1)
        assert all(abs(j - round(i * diagonal)) > align.CHAPTER_BAND for i, j in far)


def test_most_random_outlines_are_matched_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    same = 0
    for seed in range(60):
        base, other = _editions(seed, 30 + seed % 50)
        exact = align._ChapterScores(align._blocks(base), align._blocks(other)).partners()
        same += _pruned(monkeypatch, base, other)[0] == exact
    assert same >= 45, same


def test_short_outlines_score_every_pair() -> None:
    """Up to ALL_PAIRS pairs of blocks (every real policy), every pair is scored, as before."""
    base, other = _editions(7, 60)
    scores = align._ChapterScores(align._blocks(base), align._blocks(other))
    assert len(scores.ours) * len(scores.theirs) <= align.ALL_PAIRS
    assert scores.rows is None and list(scores.row(0)) == list(range(len(scores.theirs)))


def _numbered(n: int, first: int, shift: int) -> list[Profile]:
    """`n` one-section chapters titled by their number, each with a fact of its own (a machine-made terms page)."""
    count = max(1, n - 1)
    return [
        Profile(
            first + k,
            2,
            k / count,
            frozenset(),
            frozenset({"retention"}),
            frozenset({("email", f"a{k + shift}@x.com")}),
            1,
            frozenset({"x", "com", f"{k + 10}"}),
        )
        for k in range(n)
    ]


def _block_scores_counted(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    calls = 0
    original = align._chapter_score

    def counted(a: align._Chapter, b: align._Chapter) -> float:
        nonlocal calls
        calls += 1
        return original(a, b)

    with monkeypatch.context() as patched:
        patched.setattr(chapters, "_chapter_score", counted)
        base, other = _numbered(n, 0, 0), _numbered(n + 3, 100_000, 1)
        result = align.align(base, other)
    assert len(result.pairs) >= n // 2
    return calls


def test_block_scores_grow_linearly_with_the_outline(monkeypatch: pytest.MonkeyPatch) -> None:
    # base40: every pair of blocks was scored, (n + 3) × n calls: 16 times as many for 4 times the chapters
    small, large = _block_scores_counted(monkeypatch, 200), _block_scores_counted(monkeypatch, 800)
    assert large <= 6 * small, (small, large)
    assert large < 800 * 800 // 10


def test_three_editions_of_many_sections_compare(tmp_path: Path) -> None:
    """End to end: the English edition of 300 numbered sections still pairs with the Chinese base section by section."""
    from helpers import compare_folder

    n = 300
    hant = "".join(f"## 第{i}條\n\n我們將資料保存{i % 30 + 1}年，聯絡信箱 a{i}@x.com。\n\n" for i in range(n))
    english = "".join(f"## Article {i}\n\nWe keep data for {i % 30 + 1} years; mail a{i}@x.com.\n\n" for i in range(n))
    product = compare_folder(
        tmp_path / "prod", {"zh-Hant.2024-01-01.md": "# 隱私政策\n\n" + hant, "en.2024-01-01.md": "# Privacy Policy\n\n" + english}
    )
    assert not [d for d in product["divergences"] if d["kind"] in ("section-missing", "section-extra")]
