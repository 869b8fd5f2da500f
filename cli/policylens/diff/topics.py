"""Material-change topics: which policy subjects a changed text touches.

The words come from the shared topic model (`policylens.topics`, data/lexicons/topics.tsv).
`diff` reports the ten topics its JSON contract has always listed; the other topics of
the model (cookies, SDKs, sensitive data…) are for `parse --topics` and the profiles.
"""

from __future__ import annotations

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


def topics_of(*texts: str | None) -> tuple[str, ...]:
    """Topics whose words occur in any of the texts, in the documented order."""
    joined = "\n".join(t for t in texts if t)
    if not joined:
        return ()
    found = set(topics.words_in(joined, TOPICS))
    return tuple(topic for topic in TOPICS if topic in found)
