"""regional-vocabulary's shortcut for protected words decides exactly as the plain search (issue #11).

A protected word (大數據, 數據機) found by the word table is reported only when a table key
starts inside it and reaches past it (統計數據庫: 數據庫).  `_may_reach_past` answers from
the keys' proper prefixes whether any key can; the plain search, kept below as the
reference, tries every slice.  The shortcut must never say no where a key exists.
"""

from __future__ import annotations

import importlib
import random

import pytest

from policylens.rules import all_rules

# Every rule registered first, in the documented order: importing one rule module on its own at
# collection put it first in the registry, and `policylens rules` listed it first in this worker.
all_rules()
rv = importlib.import_module("policylens.rules.regional_vocabulary")


def _plain(region: str, text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """`_reaching_past` without the shortcut: every slice that starts inside the word and ends after it."""
    table = rv.table_for(region)
    longest = rv._longest_key(region)
    for at in range(start + 1, end):
        for stop in range(min(len(text), at + longest), end, -1):
            if text[at:stop] in table:
                return at, stop, text[at:stop]
    return None


def _protected(region: str) -> list[str]:
    table = rv.table_for(region)
    return sorted(w for w in rv._table(region).words if w not in table)


@pytest.mark.parametrize("region", ["tw", "hk", "cn"])
def test_every_protected_word_followed_by_the_rest_of_each_key_it_can_start(region: str) -> None:
    """The class: a key that begins in a protected word's tail and goes on after it (電子通信協議 → 通信協議)."""
    table = rv.table_for(region)
    by_head: dict[str, list[str]] = {}
    for key in table:
        for j in range(1, len(key)):
            by_head.setdefault(key[:j], []).append(key)
    checked = reaching = 0
    for word in _protected(region):
        continuations = {key[len(word) - k :] for k in range(1, len(word)) for key in by_head.get(word[k:], ())}
        for rest in sorted(continuations)[:5] or ["。"]:
            text = f"我們{word}{rest}，"
            start = 2
            expected = _plain(region, text, start, start + len(word))
            assert rv._reaching_past(region, text, start, start + len(word)) == expected, (word, rest)
            checked += 1
            reaching += expected is not None
    assert checked and (reaching or region == "hk")  # the cases reach the shortcut's both answers


@pytest.mark.parametrize("region", ["tw", "cn"])
def test_protected_words_in_random_text_as_the_plain_search(region: str) -> None:
    """Protected words among table keys and filler, in random order: the same answer at every protected hit."""
    rng = random.Random(11)
    keys = sorted(rv.table_for(region))
    words = _protected(region)
    filler = list("的資料数据服務服务，。和與与在")
    for _ in range(300):
        parts = [rng.choice(words), rng.choice(keys), rng.choice(words), *rng.sample(filler, 3), rng.choice(keys)[:2]]
        rng.shuffle(parts)
        text = "".join(parts)
        for start, end, term in rv._table(region).find(text):
            if term not in rv.table_for(region):
                assert rv._reaching_past(region, text, start, end) == _plain(region, text, start, end), text


def test_the_shortcut_says_no_for_a_word_no_key_goes_on_from() -> None:
    """A protected word whose tails start no key: the shortcut answers, with no slice tried."""
    heads = rv._key_heads("tw")
    quiet = [w for w in _protected("tw") if not any(w[k:] in heads for k in range(1, len(w)))]
    assert quiet, "no protected word the shortcut skips: it would not be needed"
    assert not rv._may_reach_past("tw", quiet[0])
