"""How alike two comparison keys are, 0..1: one measure for sections and paragraphs.

Short keys are compared character by character (rapidfuzz's `ratio`); past a length
where that costs too much, by the share of characters in pieces (sentences or
paragraphs) found on both sides, which is linear.
"""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz.fuzz import ratio


def shared_share(a: list[str], b: list[str], *, both: bool = False) -> float:
    """Characters of the pieces found on both sides, over both sides (`both`) or over the smaller side."""
    if not a or not b:
        return 0.0
    counts: dict[str, int] = {}
    for p in b:
        counts[p] = counts.get(p, 0) + 1
    common = 0
    for p in a:
        if counts.get(p):
            counts[p] -= 1
            common += len(p)
    size_a, size_b = sum(map(len, a)), sum(map(len, b))
    if both:
        return 2 * common / max(1, size_a + size_b)
    return common / max(1, min(size_a, size_b))


def similarity(a: str, b: str, *, long_at: int, pieces: Callable[[str], list[str]]) -> float:
    """Similarity 0..1: rapidfuzz's ratio, or past `long_at` characters (both sides) the share of shared `pieces`."""
    if not a and not b:
        return 1.0
    if len(a) + len(b) > long_at:
        return shared_share(pieces(a), pieces(b), both=True)
    return ratio(a, b) / 100.0
