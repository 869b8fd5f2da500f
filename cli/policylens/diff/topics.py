"""Material-change topics: which policy subjects a changed text touches (data/lexicons/topics.tsv)."""

from __future__ import annotations

import re
from functools import cache

from policylens import lexicon

TOPICS = (
    "data-collected",
    "purposes",
    "sharing",
    "cross-border",
    "retention",
    "security",
    "user-rights",
    "children",
    "contact",
    "effective-date",
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    table = lexicon.mapping("topics.tsv")
    unknown = set(table) - set(TOPICS)
    if unknown:
        raise ValueError(f"topics.tsv: unknown topics {sorted(unknown)}")
    out = {}
    for topic in TOPICS:
        words = sorted(table.get(topic, ()), key=len, reverse=True)
        latin = [re.escape(w) for w in words if w.isascii()]
        cjk = [re.escape(w) for w in words if not w.isascii()]
        parts = cjk + ([r"\b(?:" + "|".join(latin) + r")\b"] if latin else [])
        out[topic] = re.compile("|".join(parts), re.I)
    return out


def topics_of(*texts: str | None) -> tuple[str, ...]:
    """Topics whose keywords occur in any of the texts, in the documented order."""
    joined = "\n".join(t for t in texts if t)
    if not joined:
        return ()
    return tuple(topic for topic, pattern in _patterns().items() if pattern.search(joined))
