"""Material-change topics: which policy subjects a changed text touches.

The words come from the shared topic model (`policylens.topics`, data/lexicons/topics.tsv).
`diff` reports the ten topics its JSON contract has always listed; the other topics of
the model (cookies, SDKs, sensitive data…) are for `parse --topics` and the profiles.

`topics_of` gives what `topics.words_in` gives (a topic's term or weak word occurs,
case-insensitively, Latin words on word boundaries), but finds all the words of the ten
topics in one Aho-Corasick pass instead of twenty regular-expression searches: `diff`
tags every changed paragraph, 60,000 of them in a 20,000-section rewrite.
"""

from __future__ import annotations

import string
from functools import cache

from policylens import topics

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


_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


@cache
def _words() -> tuple[object, tuple[str, ...], tuple[frozenset[str], ...]]:
    """(automaton, words, topics of each word) over the term and weak words of TOPICS."""
    from ahocorasick_rs import AhoCorasick, MatchKind

    owners: dict[str, set[str]] = {}
    for topic in topics.model():
        if topic.id in TOPICS:
            for word in (*topic.term, *topic.weak):
                key = topics.fold(word).translate(_LOWER)
                if key and "\n" not in key:
                    owners.setdefault(key, set()).add(topic.id)
    ordered = tuple(sorted(owners))
    return AhoCorasick(list(ordered), matchkind=MatchKind.Standard), ordered, tuple(frozenset(owners[w]) for w in ordered)


def _latin(c: str) -> bool:
    return c.isascii() and c.isalpha()


def topics_of(*texts: str | None) -> tuple[str, ...]:
    """Topics whose words occur in any of the texts, in the documented order."""
    joined = "\n".join(t for t in texts if t)
    if not joined:
        return ()
    automaton, words, owners = _words()
    folded = topics.fold(joined).translate(_LOWER)
    found: set[str] = set()
    for k, start, end in automaton.find_matches_as_indexes(folded, overlapping=True):  # type: ignore[attr-defined]
        if _latin(words[k][0]) and ((start and _latin(folded[start - 1])) or (end < len(folded) and _latin(folded[end]))):
            continue  # a Latin word inside a longer word
        found |= owners[k]
        if len(found) == len(TOPICS):
            break
    return tuple(topic for topic in TOPICS if topic in found)
