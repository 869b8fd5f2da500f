"""Added sections that a weak pairing gave a counterpart which is surely another section's (u37c).

An edition in the other language is paired with the newest base by `compare.align`.  When the base added a section
and the edition did not follow, the alignment may still hand the new section one of the edition's sections with a
weak confidence (0.53: the Chinese 「权限说明」 against "Network: update checks", eval/editions37 osmiumv), and the lag
goes unseen.  The same edition section paired surely (≥ `ALIGN_SURE`) with a section of the older base version that
the base kept ("Permissions") is that section's counterpart, not the new one's: the added section has none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# A section pair at least this confident is sure (`compare.analyse.ALIGN_SURE`, repeated here to avoid an import cycle).
ALIGN_SURE = 0.6


def weak_claims(to_base: Mapping[int, int], confidence: Mapping[int, float] | None, added: Iterable[int]) -> dict[int, int]:
    """The edition sections paired below `ALIGN_SURE` with a section the base added: edition index → base index."""
    sure = confidence or {}
    wanted = set(added)
    return {o: b for o, b in to_base.items() if b in wanted and sure.get(o, 1.0) < ALIGN_SURE}


def taken_elsewhere(
    weak: Mapping[int, int],
    old_to_base: Mapping[int, int],
    old_confidence: Mapping[int, float] | None,
    removed: Iterable[int],
) -> set[int]:
    """The base indexes (of added sections) whose weakly paired edition section is surely paired, against the older
    base version, with a section the base did not remove: that edition section answers the kept section."""
    sure = old_confidence or {}
    gone = set(removed)
    out = set()
    for o, b in weak.items():
        old = old_to_base.get(o)
        if old is not None and old not in gone and sure.get(o, 1.0) >= ALIGN_SURE:
            out.add(b)
    return out
