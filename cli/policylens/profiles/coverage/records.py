"""The plain records profile coverage passes around, and the limits every step shares.

`Unit` (a sentence, paragraph, section, document or cell with its folded text and the way back to its
paragraphs), `Segment`, `Evidence`, `ItemCoverage` and `ProfileCoverage` (the verdicts `check --profile`
and `compare` report), `Moved`/`Hit` (a match found in a unit's text without its markup), a profile's
`Scope`, the limits `EXCERPT`, `MAX_SENTENCE` and `MAX_ITEMS`, and `_lazy`, the pattern helper every module
of the package compiles its patterns with (through the profiles' pattern store).
Not here: building units from a document (`text`, `units`) or judging them (`clauses`, `matcher`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from policylens import lazyre
from policylens.model import Paragraph, Section
from policylens.profiles import PATTERN_STORE, Item, Profile


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern of this package, compiled on first use through the profiles' pattern store (as `re.compile` would)."""
    return lazyre.lazy(pattern, flags, store=PATTERN_STORE)


# a profile's scope: (its `elsewhere` heading pattern, its `own` heading pattern, its `named` text pattern, its `opening`
# text pattern, its `general` heading words and its `people` text pattern; see `Profile`)
Scope = tuple[
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
]
NO_SCOPE: Scope = (None, None, None, None, None, None)
EXCERPT = 80
MAX_SENTENCE = 400
MAX_ITEMS = 200  # a lead-in is read with at most this many items (each item is still read on its own)
# An item or table row read with its lead-in or header is cut at MAX_SENTENCE characters too, so that every
# sentence-level unit stays short whatever the input (its own sentences are still read in full).


class Segment(NamedTuple):
    """A stretch of a unit's text that comes from one paragraph."""

    start: int  # offset in the unit text
    paragraph: Paragraph
    offset: int  # offset in the paragraph text
    section: Section


class Unit(NamedTuple):
    """A sentence, paragraph or section body, with the way back to the source."""

    text: str
    folded: str
    section: Section
    segments: tuple[Segment, ...]
    tail: int | None = None  # offset where the list item (or table row) after a lead-in starts: cite there
    lowered: str | None = None  # `literals.lowered(folded)` (and of `dense`): a pattern none of whose strings it holds is not searched
    marked: str | None = None  # `folded` with its markup and invisible characters as NULs (same offsets), when it has some: `_unmarked`
    dense: str | None = None  # `folded` without its markup and invisible characters (`_unmarked(marked)`), when it has some
    # (twenty-fifth session, u25w) read with a context (`_in_context`, `_continued`): 1, a list item after its heading or
    # parent item, a match must lie in the item; 2, a lead-in after which the list goes on in titled subsections, read
    # with a subsection's title and cited at the lead-in; 3, that lead-in with a first-level item of the subsection,
    # cited at the item.  A heading, a parent or a lead-in alone never covers (`_holds_words`)
    # (u44w2) 4: a heading that is a short label, read with the paragraph that holds its value (`units._label_value`), cited
    # at the value; a match may lie in the label (the label alone is a unit too); (u52w2) 5: the same with the label a
    # paragraph of its own (`units._label_paragraph`), ranked as a statement when the match holds the label's words
    context: int = 0

    def segment(self, offset: int) -> Segment:
        """The segment that holds an offset of `text`."""
        seg = self.segments[0]
        for s in self.segments:
            if s.start <= offset:
                seg = s
            else:
                break
        return seg

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, column) in the source of an offset in `text`."""
        seg = self.segment(offset)
        return seg.paragraph.position(seg.offset + max(0, offset - seg.start))


class Parts(NamedTuple):
    """An item's parts (`Item.parts`, forty-second session, issue #14): what a unit must hold to be cited first.

    `every`: each pattern finds something in the unit; `none` (u42w2): no pattern finds something in it (a sentence that
    asks the reader to read the policy, 「我们建议您认真阅读本《隐私政策》」, holds a data word and 「为保障…」 but states no
    purpose); `heading` (u42w2): a list item or table row under a section whose title one of them finds holds the parts,
    its heading naming them (an item of the list under 「3. 数据用途」, 「- 提供与改进功能：睡眠趋势分析…」).
    """

    every: tuple[re.Pattern[str], ...] = ()
    none: tuple[re.Pattern[str], ...] = ()
    heading: tuple[re.Pattern[str], ...] = ()


class Evidence(NamedTuple):
    """The text that covers (or triggers) an item."""

    section: str
    title: str | None
    line: int
    column: int
    text: str  # the sentence (or a cut of the unit) around the matches
    words: tuple[str, ...]


class ItemCoverage(NamedTuple):
    """The verdict on one item."""

    item: Item
    status: str  # "covered" | "missing" | "not-applicable"
    evidence: Evidence | None  # what covers it
    trigger: Evidence | None  # what made a conditional item apply (or, when not applicable, what ruled it out)


class ProfileCoverage(NamedTuple):
    """The verdicts on every item of one profile for one document."""

    profile: Profile
    items: tuple[ItemCoverage, ...]
    # (u55j) the loader's warning that text of the page was left unread (`profiles.check.unread_text`): its missing
    # items are then not evidence (`findings.missing_findings`, `coverage_to_dict`, the coverage table); "" otherwise
    unread: str = ""

    def count(self, status: str) -> int:
        """How many items have this status."""
        return sum(1 for i in self.items if i.status == status)


class Moved:
    """A match found in a unit's text without its markup (`Unit.dense`), with the offsets of the unit's text.

    (Nineteenth session, lead.)  The positive patterns read the folded text, where markup is blanked out so that
    offsets map to the source; a phrase cut by markup (「本 App 由開發者 **NAME** 提供」, 「（以下称为</span><span>“X”」,
    'Acme LLC ("<strong>we</strong>")') then has blanks a pattern does not allow.  A pattern that finds nothing there
    is tried on the text without markup, and its match is moved back: it starts at the first character it holds and
    ends after the last, as a `re.Match` of the folded text would.
    """

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self._text[self._start : self._end]


# a pattern's match in a unit: found in its folded text, or in its text without markup and moved back
Hit = re.Match[str] | Moved
