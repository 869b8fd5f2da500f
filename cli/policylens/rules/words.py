"""Literal word lists matched fast: `WordTable` (Aho-Corasick) and `alternation` (a guarded regex)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from policylens import lazyre
from policylens.rules.context import Context, TextUnit
from policylens.structure.memo import Table

Found = TypeVar("Found")


def alternation(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """Longest-first alternation of literal words, guarded by a lookahead on their first characters.

    Python's `re` tries every branch at every position; the lookahead rejects most
    positions with one character-class test, which makes a 500-word table ~10× faster.
    """
    ordered = sorted(set(words), key=len, reverse=True)
    firsts = {w[0] for w in ordered}
    seconds = {w[1] for w in ordered if len(w) > 1}
    if flags & re.I:
        firsts |= {c.swapcase() for c in firsts}
        seconds |= {c.swapcase() for c in seconds}
    head = "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"
    if all(len(w) > 1 for w in ordered):
        head += "[" + "".join(re.escape(c) for c in sorted(seconds)) + "]"
    # through the pattern store, which also gives the guarded alternation a first-character class (`lazyre`)
    return lazyre.compile(f"(?={head})(?:" + "|".join(re.escape(w) for w in ordered) + ")", flags)


class WordTable:
    """Literal words found in one pass, leftmost-longest: what a longest-first alternation finds.

    An Aho-Corasick automaton (`ahocorasick-rs`, imported on first use) finds 480 words
    in a document in ~0.15 ms, where `re` needs ~1 ms (README › Benchmarks).  Words must
    not contain a newline, which separates the units in `Context.joined()`.
    """

    def __init__(self, words: Iterable[str]) -> None:
        from ahocorasick_rs import AhoCorasick, MatchKind

        self.words = tuple(sorted(set(words)))
        if any("\n" in w for w in self.words):
            raise ValueError("a table word contains a newline")
        self._automaton = AhoCorasick(list(self.words), matchkind=MatchKind.LeftmostLongest)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) for each match in `text`."""
        return [(start, end, self.words[i]) for i, start, end in self._automaton.find_matches_as_indexes(text)]

    def hits(self, ctx: Context, text: str | None = None) -> Iterator[tuple[TextUnit, int, int, str]]:
        """(unit, start, end, word) for each match in the units of `ctx`, in document order.

        `text` replaces the joined text with a transform of the same length (lower-cased).
        Lazy, and the text is searched a stretch of lines at a time: the automaton returns
        a list of every match of what it is given (a brand in each of 62,500 tiny
        paragraphs held 7 MB, issue #12).  No word holds a newline, so no match crosses a cut.
        """
        joined, units = ctx.joined(), ctx.units()
        starts = joined.starts
        source = joined.text if text is None else text
        pos = 0
        while pos < len(source):
            cut = source.find("\n", pos + _STRETCH)
            cut = len(source) if cut < 0 else cut + 1
            for start, end, word in self.find(source[pos:cut]):
                i = bisect_right(starts, pos + start) - 1  # `joined.index_at`, without a call per word
                yield units[i], pos + start - starts[i], pos + end - starts[i], word
            pos = cut

    def reported(
        self, ctx: Context, judge: Callable[[str, int, int, str], Found | None], answers: Table
    ) -> Iterator[tuple[TextUnit, Found]]:
        """(unit, what `judge` makes of each word found in its text) for the words it does not drop, in document order.

        `judge(text, start, end, word)` must read `text` alone (a unit's text, never the document): a unit's words
        are then its own answer, the same whether its text is searched alone or in the joined text (the words are
        found leftmost-longest and hold no newline).  With a run's memo (`ctx.memo`: several files), each text's
        answer is kept in `answers` (bounded, `structure.memo.Table`): a document whose texts are mostly known reads
        only the others, each alone; one of mostly new texts is searched whole as `hits` does, and every unit's
        answer is kept.  A run of files from one template repeats its paragraphs, and each of their words was judged
        again in every file (the benchmark's 200 files: docs/history/benchmarks.md item 20).
        """
        if ctx.memo is None:  # one file: nothing to learn from
            for unit, start, end, word in self.hits(ctx):
                found = judge(unit.text, start, end, word)
                if found is not None:
                    yield unit, found
            return
        units = ctx.units()
        known = answers.answers
        if sum(1 for unit in units if unit.text not in known) * _JOINED_SHARE > len(units):  # mostly new texts
            per_unit: dict[int, list[Found]] = {}  # by the unit's id: `hits` gives the units' own objects
            for unit, start, end, word in self.hits(ctx):
                found = judge(unit.text, start, end, word)
                if found is not None:
                    per_unit.setdefault(id(unit), []).append(found)
                    yield unit, found
            for unit in units:
                answers.keep(unit.text, unit.text, tuple(per_unit.get(id(unit), ())))
            return
        for unit in units:
            text = unit.text
            kept = known.get(text)
            if kept is None:
                kept = answers.keep(text, text, tuple(f for f in (judge(text, *hit) for hit in self.find(text)) if f is not None))
            for found in kept:
                yield unit, found


_STRETCH = 1 << 16  # characters searched at once by `WordTable.hits` (then up to the next newline)
_JOINED_SHARE = 4  # `WordTable.reported` searches the joined text when more than a quarter of the units are new
