"""Whether a clause of placeholder-drafting says the text is final (正式版本, supersedes, final), not that a final text is
still to come ("before final launch terms") nor that it is denied to be final (非正式版本, "cannot be treated as final")."""

from __future__ import annotations

from policylens.lazyre import lazy

_FINAL = lazy(r"正式版|正式版本|定稿版|取代|替代|代替|废止|廢止|(?i:approved|final|supersede)")
# (thirty-second session) "…pending legal review and may change before final launch terms are adopted": a final text still
# to come, not this one called final
_BEFORE_FINAL = lazy(r"(?i:(?:before|until|prior\s+to|pending)\s+(?:the\s+|a\s+|any\s+)?)\Z")
# (u34r, round33's legaldraft-dart) "…cannot be treated as a final commercial agreement", 「非正式版本」, 「不可视为正式版」:
# the text denied to be final, which is what a draft says of itself (not "this text is final")
_NOT_FINAL = lazy(
    r"(?i:\b(?:not|never|cannot|can't|can\s+not)\s+(?:yet\s+)?(?:be\s+)?(?:(?:treated|regarded|considered|seen|used|relied\s+(?:up)?on)\s+as\s+)?"
    r"(?:a\s+|an\s+|the\s+)?)\Z|(?:不可|不得|不应|不應|不能|并非|並非|不是|尚非|非)(?:视为|視為|作为|作為|当作|當作)?\Z"
)


def _says_final(text: str, lo: int, hi: int) -> bool:
    """Whether the clause `text[lo:hi]` says the text is final (正式版本, final, supersedes…), not that a final one is to come."""
    return any(
        _BEFORE_FINAL.search(text, max(lo, m.start() - 16), m.start()) is None
        and _NOT_FINAL.search(text, max(lo, m.start() - 40), m.start()) is None
        for m in _FINAL.finditer(text, lo, hi)
    )
