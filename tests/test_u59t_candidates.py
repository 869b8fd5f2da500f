"""u59t (issue #11): searches of long texts tried only at a pattern's rare first characters (`rare_starts`) find what
the pattern's own search finds: the info-block class read back exactly, `finditer` and `Joined.having` the same."""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from collections.abc import Iterator

import pytest

from policylens import lazyre, rare_starts
from policylens.joined import Joined
from test_check_speed_invariants import _lazy_patterns, _sample_texts

_PARSER = re._parser  # type: ignore[attr-defined]
_COMPILER = re._compiler  # type: ignore[attr-defined]


def test_opcodes_are_re_s_own() -> None:
    c = re._constants  # type: ignore[attr-defined]
    assert (rare_starts._INFO, rare_starts._LITERAL, rare_starts._RANGE) == (c.INFO, c.LITERAL, c.RANGE)
    assert (rare_starts._CHARSET, rare_starts._BIGCHARSET, rare_starts._FAILURE) == (c.CHARSET, c.BIGCHARSET, c.FAILURE)
    assert (rare_starts._INFO_PREFIX, rare_starts._INFO_CHARSET) == (c.SRE_INFO_PREFIX, c.SRE_INFO_CHARSET)


def _compiled_class(chars: set[int]) -> list[int]:
    """A class of `chars` as `re` writes it in an info block (`_optimize_charset`, `_compile_charset`)."""
    charset, _ = _COMPILER._optimize_charset([(_PARSER.LITERAL, c) for c in sorted(chars)])
    code: list[int] = []
    _COMPILER._compile_charset(charset, 0, code)
    return [int(op) for op in code]


def test_class_members_read_every_encoding_back() -> None:
    """Literals, short ranges, a Latin-1 bitmap and a BMP bitmap of blocks, astral characters: the characters written, or
    None beyond `MAX_FIRST` (or for a class written with a range, a category or a negation)."""
    rng = random.Random(59)
    pools = [
        range(0x20, 0x7F),
        range(0xA0, 0x100),
        range(0x4E00, 0x4F00),
        range(0x3000, 0x3040),
        range(0xFF00, 0xFF60),
        range(0x1F600, 0x1F610),
    ]
    kinds = set()
    for _ in range(3000):
        chars = {rng.choice(rng.choice(pools)) for _ in range(rng.randint(1, rare_starts.MAX_FIRST + 3))}
        if rng.random() < 0.2:  # a run: written as a RANGE
            start = rng.choice(rng.choice(pools))
            chars |= set(range(start, start + rng.randint(2, 12)))
        code = _compiled_class(chars)
        kinds.add(code[0])
        got = rare_starts._class_members(code, 0)
        if len(chars) <= rare_starts.MAX_FIRST:
            assert got is not None and sorted(got) == sorted(chars), (sorted(chars), code[:4])
        else:
            assert got is None
    assert {rare_starts._LITERAL, rare_starts._RANGE, rare_starts._CHARSET, rare_starts._BIGCHARSET} <= kinds
    for unread in (r"[\d]", r"[^ab]", r"[\w]"):
        parsed = _PARSER.parse(unread)
        charset, _ = _COMPILER._optimize_charset(parsed.data[0][1])
        written: list[int] = []
        _COMPILER._compile_charset(charset, 0, written)
        assert rare_starts._class_members([int(op) for op in written], 0) is None


def _plain_having(joined: Joined, needs: re.Pattern[str]) -> Iterator[int]:
    """`Joined._search` as it was before u59t: a search from the start of each text after a hit."""
    pos = 0
    while (m := needs.search(joined.text, pos)) is not None:
        i = bisect_right(joined.starts, m.start()) - 1
        yield i
        pos = joined.starts[i] + len(joined.texts[i]) + 1


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


def test_rare_first_characters_of_package_patterns_keep_every_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every `lazy()` pattern of the package with a class of first characters `rare_starts` reads: `finditer` and
    `Joined.having` from the candidates equal the pattern's own, over the corpus samples (texts and a joined document),
    the candidates used however many there are (`SHARE` 1, `MIN_LENGTH` 0)."""
    monkeypatch.setattr(rare_starts, "SHARE", 1)
    monkeypatch.setattr(rare_starts, "MIN_LENGTH", 0)
    texts = _sample_texts()
    lines = [line for text in texts for line in text.split("\n")]
    joined = Joined(lines)
    used = 0
    for source, flags in _lazy_patterns():
        pattern = lazyre.lazy(source, flags)
        pattern.search("")  # compiled: in the store from now on
        if rare_starts.first_characters(pattern) is None:
            continue
        used += 1
        for text in [*texts, joined.text]:
            assert rare_starts.candidates(pattern, text) is not None
            assert _spans(rare_starts.finditer(pattern, text)) == _spans(pattern.finditer(text)), source
        assert list(Joined(lines)._search(pattern)) == list(_plain_having(joined, pattern)), source
    assert used > 50


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("(?<![A-Za-z])(?:本政策|本公司)(?:的)?", "x本政策的本公司本政策的的 a本政策\nb本公司" * 40),  # lookbehinds see the text before
        ("[「『（][^」』）\n]{0,3}[」』）]", "「一「二」』（（三）" * 60 + "「」" * 30),  # overlapping candidates inside a match
        (r"\b(?:ab|cd)\b", "ab cd abcd xab ab\ncd" * 80),  # \b at a candidate reads the character before it
        ("(?:说明|說明)了?(?P<name>[一-鿿]{2,4}?)(?=如何)", "说明了甲乙如何 說明丙丁如何說明戊己庚如何" * 50),
        (r"(?:包括|含有)(?:\n|\Z)", "包括\n含有" * 70),  # the end of the text
    ],
)
def test_constructed_texts_both_ways(source: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Constructed patterns and texts: the same matches and texts with the candidates forced and with the plain search."""
    pattern = lazyre.lazy(source)
    pattern.search("")
    assert rare_starts.first_characters(pattern) is not None, source
    plain = _spans(pattern.finditer(text))
    assert plain
    for share, shortest in ((1, 0), (rare_starts.SHARE, rare_starts.MIN_LENGTH)):  # forced, then as `check` runs
        monkeypatch.setattr(rare_starts, "SHARE", share)
        monkeypatch.setattr(rare_starts, "MIN_LENGTH", shortest)
        assert _spans(rare_starts.finditer(pattern, text)) == plain
        lines = text.split("\n")
        assert list(Joined(lines)._search(pattern)) == list(_plain_having(Joined(lines), pattern))


def test_what_is_searched_as_before() -> None:
    """A literal prefix, a wide class, a pattern of another store, a plain `re.compile`, a short text: no rare_starts."""
    long_text = "本政策" * 1000
    for source in ("本政策", r"[\u4e00-\u9fff]{2}", r"(?i:policy)|政策", r"\d+"):
        pattern = lazyre.lazy(source)
        pattern.search("")
        assert rare_starts.candidates(pattern, long_text) is None, source
    assert rare_starts.candidates(re.compile("[甲乙]丙"), long_text) is None
    rare = lazyre.lazy("[甲乙]丙")
    rare.search("")
    assert rare_starts.first_characters(rare) == "乙甲" or sorted(rare_starts.first_characters(rare) or "") == ["乙", "甲"]
    assert rare_starts.candidates(rare, "甲丙") is None  # shorter than MIN_LENGTH
    assert rare_starts.candidates(rare, "甲" * 2000) is None  # not rare: every character a candidate
    assert rare_starts.candidates(rare, "x" * 3000 + "甲丙") == [3000]
