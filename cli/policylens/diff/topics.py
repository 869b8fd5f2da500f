"""Material-change topics: which policy subjects a changed text touches.

The words come from the shared topic model (`policylens.topics`, data/lexicons/topics.tsv).
`diff` reports the ten topics its JSON contract has always listed; the other topics of
the model (cookies, SDKs, sensitive data…) are for `parse --topics` and the profiles.

`topics_of` gives what `topics.words_in` gives (a topic's term or weak word occurs,
case-insensitively, Latin words on word boundaries), but finds all the words of the ten
topics in one Aho-Corasick pass instead of twenty regular-expression searches: `diff`
tags every changed paragraph, 60,000 of them in a 20,000-section rewrite.

Senses (forty-second session u42d2, `eval/topics42`; forty-third session u43t): a topic word is also an ordinary word
in other senses, and a tag it gives there is false.  `topics_of` reads a text through `topics.reading` (`policylens.senses`),
the one reading `parse --topics` and `compare`'s sentence evidence use too: phrases that are no topic (a web address,
国家安全, 保留…权利, 检查更新, 共享单车) are blanked, and 访问 outside a right's context, 删除 as a moderation sanction, 分享 by a
user and 获取 with the user as subject give no topic.

`change_topics` tags a changed paragraph by its changed runs (with the words around them), but a run of a copyright
line only in the topics its whole line gives: a run cuts the reserved-rights words (`patterns.RIGHTS_RESERVED`) into
保留 and 權利, which the whole line reads as no topic (fifty-first session, u51e, `eval/editions51` megafactory: a
footer 「© [2025] [X]. 保留…權利。」 written otherwise in the zh-Hans was tagged *retention* and *user-rights*).

`alignment_topics_of` reads every word, ordinary senses included: `compare`'s section alignment matches sections by
what they share, a different job from labelling them (see its docstring).
"""

from __future__ import annotations

from functools import cache

from policylens import senses, topics
from policylens.diff.tail import copyright_line

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
def _words() -> tuple[object, tuple[str, ...], tuple[frozenset[str], ...]]:
    """(automaton, words, topics of each word) over the term and weak words of TOPICS."""
    from ahocorasick_rs import AhoCorasick, MatchKind

    owners: dict[str, set[str]] = {}
    for topic in topics.model():
        if topic.id in TOPICS:
            for word in (*topic.term, *topic.weak):
                key = topics.folded(word)
                if key and "\n" not in key:
                    owners.setdefault(key, set()).add(topic.id)
    ordered = tuple(sorted(owners))
    return AhoCorasick(list(ordered), matchkind=MatchKind.Standard), ordered, tuple(frozenset(owners[w]) for w in ordered)


def _latin(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _found(folded: str, read: senses.Reading | None) -> tuple[str, ...]:
    automaton, words, owners = _words()
    found: set[str] = {topic for *_, topic in read.added} if read is not None else set()
    for k, start, end in automaton.find_matches_as_indexes(folded, overlapping=True):  # type: ignore[attr-defined]
        if _latin(words[k][0]) and ((start and _latin(folded[start - 1])) or (end < len(folded) and _latin(folded[end]))):
            continue  # a Latin word inside a longer word
        if read is not None and read.vetoes:
            found |= {topic for topic in owners[k] if not read.vetoed(topic, start, end)}
        else:
            found |= owners[k]
        if len(found) == len(TOPICS):
            break
    return tuple(topic for topic in TOPICS if topic in found)


def topics_of(*texts: str | None) -> tuple[str, ...]:
    """Topics whose words occur in any of the texts, in their senses (`topics.reading`), in the documented order."""
    joined = "\n".join(t for t in texts if t)
    if not joined:
        return ()
    read = topics.reading(joined)
    return _found(read.folded, read)


def change_topics(runs: list[str], old: str | None, new: str | None) -> tuple[str, ...]:
    """The topics of a replaced paragraph: of its changed runs (`redline.changed_with_context`), and when a side is a
    copyright line, only those its whole old or new text gives too (a copyright line carries no topic)."""
    found = topics_of(*runs)
    if found and any(text and copyright_line(text) for text in (old, new)):
        whole = set(topics_of(old)) | set(topics_of(new))
        found = tuple(topic for topic in found if topic in whole)
    return found


def alignment_topics_of(*texts: str | None) -> tuple[str, ...]:
    """Topics whose words occur in any of the texts, every word in every sense, for `compare`'s section alignment.

    Aligning matches two editions' sections by what they share, it does not label them: a word read in an ordinary
    sense (「感谢您访问」) is still a word both editions have, and the alignment's weights were tuned on this reading
    (u42d2: with the senses, tests/test_compare.py lost an English edition's missing section 「根據監管要求共用」).
    Never show these topics to a reader; `topics_of` is the reading that labels."""
    joined = "\n".join(t for t in texts if t)
    if not joined:
        return ()
    return _found(topics.folded(joined), None)
