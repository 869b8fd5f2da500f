"""u58t (issue #11): the scan memo's keys worked out once per (pattern, needs) pair of objects (`ScanMemo.keys_of`).

`Context._scan_known` built the memo's keys of every scan (the pattern's `(text, flags)`, the key of `needs`' absence,
the two nested for the answers) and hashed them three to five times: ~250 scans a document on the benchmark (−1.7% of its
instructions without them).  `keys_of` keeps them per pair of objects, with the live sets of
`nothing_in` and a number for the answers.  Defect classes: an entry found for another `needs` of the same pattern (the
keys of one used for the other), sets kept past an emptied memo (the memo's new sets never learn what the scans find,
or an old set answers for the new memo), an answers' number given twice (an answer read for another pattern), equal
patterns of different objects not sharing the memo's sets, patterns made at each call filling the memo without bound.
Each is checked against the exhaustive per-unit scan over template documents, and the keys against their plain forms.
"""

from __future__ import annotations

import random
import re

import pytest

from helpers import parse_string
from policylens.lazyre import lazy
from policylens.rules import scan_memo
from policylens.rules.context import Context, Settings, _text_wise
from policylens.rules.scan_memo import ScanMemo
from test_u55t_throughput import _PATTERNS, _document, _located, _plain


def _scans(rng: random.Random, fresh: bool) -> list[tuple[re.Pattern[str], str | re.Pattern[str] | None]]:
    """The u55t pairs in a random order, the same pattern with several `needs`; with `fresh`, each pattern and `needs`
    made again (equal objects that are not the same ones: a rule that builds its pattern in the call)."""
    pairs = rng.sample(_PATTERNS, len(_PATTERNS)) + rng.sample(_PATTERNS, 2)
    if fresh:
        pairs = [(lazy(p.pattern, p.flags), n if n is None or isinstance(n, str) else lazy(n.pattern, n.flags)) for p, n in pairs]
    return pairs


@pytest.mark.parametrize("fresh", [False, True])
def test_hits_are_the_exhaustive_ones_over_template_documents(fresh: bool) -> None:
    """Forty template documents one after the other, every pair scanned (some twice a document): the hits are the
    exhaustive scan's, with the pattern objects kept or made anew at each scan."""
    for seed in range(4):
        rng = random.Random(seed)
        memo = ScanMemo()
        for serial in range(40):
            doc = parse_string(_document(rng, serial), ".md")
            ctx = Context(doc, lang="zh-Hant", settings=Settings(), memo=memo)
            for pattern, needs in _scans(rng, fresh):
                assert _located(ctx, list(ctx.scan(pattern, needs=needs))) == _plain(doc, pattern, needs)


def test_an_emptied_memo_and_a_full_key_cache_keep_the_hits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny bounds: the memo empties between documents and inside one, and the key cache fills every few scans; the
    hits stay the exhaustive ones and the cache never holds more than its bound."""
    monkeypatch.setattr(scan_memo, "MAX_ENTRIES", 25)
    monkeypatch.setattr(scan_memo, "MAX_CHARS", 400)
    monkeypatch.setattr(scan_memo, "MAX_KEYS", 3)
    rng = random.Random(5)
    memo = ScanMemo()
    for serial in range(40):
        doc = parse_string(_document(rng, serial), ".md")
        ctx = Context(doc, lang="zh-Hant", settings=Settings(), memo=memo)
        for pattern, needs in _scans(rng, serial % 2 == 1):
            assert _located(ctx, list(ctx.scan(pattern, needs=needs))) == _plain(doc, pattern, needs)
            assert sum(map(len, memo._keys.values())) <= 3


def test_the_keys_are_their_plain_forms_and_the_sets_the_live_ones() -> None:
    """Each field as `_scan_known` built it before: the pattern's key, the key of `needs`' absence, the memo's sets
    under them (the same objects), whether `needs` can be asked of each text alone."""
    memo = ScanMemo()
    for pattern, needs in [*_PATTERNS, (lazy("a|b"), lazy(r"to\s+be")), (lazy("x"), "\n")]:
        key, nothing, lacking_key, lacking, answer, wise = memo.keys_of(pattern, needs)
        assert key == (pattern.pattern, pattern.flags) and nothing is memo.nothing_in(key)
        assert wise is None  # worked out when first asked
        if needs is None:
            assert lacking_key is None and lacking == set()
        else:
            plain = ("needs", needs if isinstance(needs, str) else (needs.pattern, needs.flags))
            assert lacking_key == plain and lacking is memo.nothing_in(plain)
            keys = memo.keys_of(pattern, needs)
            assert memo.text_wise(keys, needs) == _text_wise(needs) and keys[5] == _text_wise(needs)
        assert memo.keys_of(pattern, needs)[4] == answer  # the same entry asked again


def test_each_pair_has_its_own_answers_number_and_equal_patterns_share_the_sets() -> None:
    """A pattern with two `needs` has two entries (two numbers); an equal pattern of another object its own number
    but the same sets; numbers are never given twice, not even after the memo is emptied."""
    memo = ScanMemo()
    one, same = lazy("【[^】]*】"), lazy("【[^】]*】")
    numbers = [memo.keys_of(one, None)[4], memo.keys_of(one, "：")[4], memo.keys_of(one, lazy("[：:]"))[4], memo.keys_of(same, None)[4]]
    assert memo.keys_of(one, None)[1] is memo.keys_of(same, None)[1]
    memo.clear()
    numbers.append(memo.keys_of(one, None)[4])
    assert len(set(numbers)) == len(numbers)


def test_an_emptied_memo_gives_new_sets_that_learn() -> None:
    """After `clear`, the entry of a pair holds the memo's new sets: what a scan records there is what the memo knows."""
    memo = ScanMemo()
    pattern = lazy("【】")
    old = memo.keys_of(pattern, "【")
    memo.record(old[0], {"甲"})
    memo.clear()
    new = memo.keys_of(pattern, "【")
    assert new[1] is not old[1] and new[1] is memo.nothing_in(new[0]) and new[1] == set()
    assert new[3] is memo.nothing_in(new[2])


def test_cache_bound_empties_the_answers_with_the_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past `MAX_KEYS` pairs, the entries go and the answers under their numbers too (patterns made at each call
    leave no answer behind)."""
    monkeypatch.setattr(scan_memo, "MAX_KEYS", 4)
    memo = ScanMemo()
    for k in range(4):
        memo.keys_of(lazy(f"a{k}"), None)
    memo.answers[0] = (1, {"x"})
    memo.keys_of(lazy("b"), None)
    assert memo.answers == {} and sum(map(len, memo._keys.values())) == 1
