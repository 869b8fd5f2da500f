"""The scanning context: a document's checkable text units, and one scan of a pattern over all of them.

A rule reads a `Document` through a `Context`: `units()` lists the title, headings and
paragraphs (Chinese and English only), `scan()` finds a pattern in all of them in one
pass, and `settings` carries what configuration tells the rules.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from policylens import rare_starts
from policylens.joined import Joined, local_pattern
from policylens.lazyre import GuardedPattern, lazy
from policylens.model import Document, Paragraph, Piece, Section, forward_end, piece_column, piece_end, source_end, source_position
from policylens.patterns import INVISIBLE
from policylens.rules.scan_memo import ScanMemo
from policylens.structure.memo import Table, any_text

_BACKTICK = lazy("`")


def seen_through(para: Paragraph) -> Paragraph:
    """`para` as a reader sees it: its invisible characters (`INVISIBLE`) left out of its text.

    Its pieces are cut around them, so every offset of the new text still maps to its own column
    in the source (a finding across one ends after it: its source slice holds it).  A character in a
    decoded run (`Piece.width`: `&#8203;`) is kept, the run mapping as a whole, unless the run holds
    nothing visible: then it goes whole (`【公司&shy;名稱】` was not found, the raw U+00AD was).
    """
    seen = _seen(para.text, para.pieces)
    if seen is None:
        return para
    text, pieces, shifted = seen
    return para._replace(text=text, pieces=pieces, breaks=tuple(b._replace(offset=shifted(b.offset)) for b in para.breaks))


def _seen(text: str, pieces: tuple[Piece, ...]) -> tuple[str, tuple[Piece, ...], Callable[[int], int]] | None:
    """(text, pieces, old offset → new) without the invisible characters of `text` (see `seen_through`), or None if none."""
    starts = [p.offset for p in pieces]
    removed: list[int] = []
    hidden: set[int] = set()  # decoded runs that hold nothing visible (HTML's `&shy;`): left out whole
    for m in INVISIBLE.finditer(text):
        at = bisect.bisect_right(starts, m.start()) - 1
        if at < 0 or m.start() >= pieces[at].offset + pieces[at].length:
            continue
        piece = pieces[at]
        if piece.width is None:
            removed.append(m.start())
        elif at not in hidden and not INVISIBLE.sub("", text[piece.offset : piece.offset + piece.length]):
            hidden.add(at)
            removed.extend(range(piece.offset, piece.offset + piece.length))
    if not removed:
        return None
    removed.sort()

    def shifted(offset: int) -> int:
        return offset - bisect.bisect_left(removed, offset)

    cut: list[Piece] = []
    for at, piece in enumerate(pieces):
        end = piece.offset + piece.length
        if at in hidden:
            continue
        if piece.width is not None:
            cut.append(piece._replace(offset=shifted(piece.offset)))
            continue
        run = piece.offset
        for r in removed[bisect.bisect_left(removed, piece.offset) : bisect.bisect_left(removed, end)]:
            if r > run:
                cut.append(Piece(shifted(run), r - run, piece.line, piece.column + run - piece.offset))
            run = r + 1
        if end > run:
            cut.append(Piece(shifted(run), end - run, piece.line, piece.column + run - piece.offset))
    kept = "".join(text[a + 1 : b] for a, b in zip([-1, *removed], [*removed, len(text)], strict=True))
    return kept, tuple(cut), shifted


class TextUnit(NamedTuple):
    """A piece of checkable text (title, heading or paragraph) and how to locate it.

    One per paragraph and heading, so it holds no object of its own: a paragraph is
    located through `paragraph`, a heading through `section`, the title through `where`
    (a bound method or `partial` per unit cost ~0.07 KB each on files of many tiny
    paragraphs, issue #12).
    """

    text: str
    kind: str  # "title" | "heading" | "paragraph"
    section: Section | None
    paragraph: Paragraph | None
    where: tuple[tuple[Piece, ...], int, int] | None = None  # the title: (pieces, line, column) of its text

    def position(self, offset: int) -> tuple[int, int]:
        """Map a character offset in `text` back to (line, column) in the source."""
        if self.paragraph is not None:
            para = self.paragraph
            if len(para.pieces) == 1:  # most paragraphs are one source line: `source_position` without its search
                piece = para.pieces[0]
                k = offset - piece.offset
                return piece.line, piece.column + (k if k < piece.length else piece_column(piece, k))
            return source_position(para.pieces, para.line, para.column, offset)
        if self.where is not None:
            return source_position(*self.where, offset)
        section: Section = self.section  # type: ignore[assignment]  # a heading: a unit has one of the three
        return source_position(section.title_pieces, section.line or 0, section.column or 1, offset)

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        """`(*position(start), *end_position(end))`: where `text[start:end]` starts and ends in the source (end ≥ 1).

        One call per finding (`Rule.finding`), the piece of a one-line paragraph looked up once for both ends.
        """
        para = self.paragraph
        if para is not None and len(para.pieces) == 1:
            piece = para.pieces[0]
            k, j = start - piece.offset, end - piece.offset
            return (
                piece.line,
                piece.column + (k if k < piece.length else piece_column(piece, k)),
                piece.line,
                piece.column + (j if 0 < j <= piece.length and piece.width is None else piece_end(piece, j)),
            )
        first, last = self.position(start), self.end_position(end)
        if last < first:  # (u56j2) gathered from several places: end on the last character written after the first
            last = forward_end(self.pieces(), start, end, first)
        return (*first, *last)

    def pieces(self) -> tuple[Piece, ...]:
        """The pieces that locate the unit's text in the source."""
        if self.paragraph is not None:
            return self.paragraph.pieces
        if self.where is not None:
            return self.where[0]
        return self.section.title_pieces if self.section is not None else ()

    def end_position(self, end: int) -> tuple[int, int]:
        """The exclusive end (line, column) in the source of `text[:end]` (end ≥ 1)."""
        if self.paragraph is not None:
            para = self.paragraph
            if len(para.pieces) == 1:
                piece = para.pieces[0]
                k = end - piece.offset
                return piece.line, piece.column + (k if 0 < k <= piece.length and piece.width is None else piece_end(piece, k))
            return source_end(para.pieces, para.line, para.column, end)
        if self.where is not None:
            return source_end(*self.where, end)
        section: Section = self.section  # type: ignore[assignment]
        return source_end(section.title_pieces, section.line or 0, section.column or 1, end)


class Hit(NamedTuple):
    """One match found by `Context.scan`: where it is in its unit, and the match (for its groups)."""

    unit: TextUnit
    start: int  # offsets in unit.text
    end: int
    match: re.Match[str]  # use its groups; its own offsets may be in the joined text


# A scan with a memo searches the joined text, as without one, when more than 1/_JOINED_SHARE of the
# document's distinct texts are new to the pattern; else each new unit on its own.
_JOINED_SHARE = 4
# The largest answer `_unknown` keeps for the next document (a document whose texts are mostly known leaves a few).
_ANSWER_MAX = 64


def _text_wise(needs: str | re.Pattern[str]) -> bool:
    """Whether asking each text for `needs` gives the units `Joined.having` gives: a literal without the separator, or a
    pattern whose matches hold no separator and read no context (`joined.local_pattern`: classes, literal alternations);
    `DATE_CUE`'s `last\\s*modified` can match across two units, so it asks the joined text."""
    return ("\n" not in needs) if isinstance(needs, str) else local_pattern(needs)


# Hit(…) and a paragraph's TextUnit(…) through tuple.__new__: the NamedTuple's Python-level __new__
# costs twice as much, once per match or paragraph.
_new_hit = tuple.__new__


class Settings(NamedTuple):
    """What configuration tells the rules."""

    brands: tuple[str, ...] = ()  # the policy's own brand / company names
    foreign_brands: tuple[str, ...] = ()  # names that are never the policy's own
    placeholder_patterns: tuple[str, ...] = ()  # extra regexes for placeholder-instruction
    region: str | None = None  # expected region: tw | hk | cn
    script: str | None = None  # expected script: hant | hans


def in_code_span(text: str, start: int) -> bool:
    """Whether `start` is inside a code span of `text`: an odd number of backticks before it.

    The backticks are counted by bisection in their positions, found once per text: a rule asks
    this of every match in a paragraph, and counting from the paragraph's start each time was
    quadratic (a 1.2 MB line of 「`{sessionId}` 与」 took 13 s; `tests/test_hostile13_inputs.py`).
    """
    ticks = _backticks(text)  # (u55h: not `"`" in text` first, a pass over the text for each match)
    return bool(ticks) and bisect.bisect_left(ticks, start) % 2 == 1


@lru_cache(maxsize=8)
def _backticks(text: str) -> list[int]:
    """The offsets of the backticks of `text` (a text's hash is kept in it: a lookup costs no pass over it)."""
    return [m.start() for m in _BACKTICK.finditer(text)]


def in_code(unit: TextUnit, start: int) -> bool:
    """Whether `start` of `unit` is in a code block or a code span: code the policy shows, not its prose."""
    return (unit.paragraph is not None and unit.paragraph.kind == "code") or in_code_span(unit.text, start)


def prose_spans(
    ctx: Context, patterns: Iterable[re.Pattern[str]], needs: str | re.Pattern[str] | None = None
) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every match of each pattern in turn, outside code (`in_code`): the scan of the placeholder
    rules' prose forms (notes, labels, stubs), in document order per pattern."""
    for pattern in patterns:
        for unit, start, end, _ in ctx.scan(pattern, needs=needs):
            if not in_code(unit, start):
                yield unit, start, end


# Full-width Latin letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９), as a Chinese input method types them: 「［Ｃｏｍｐａｎｙ　Ｎａｍｅ］」,
# 「ＴＢＤ」, 「ｐｒｉｖａｃｙ＠ｅｘａｍｐｌｅ．ｃｏｍ」.  The placeholder rules read them as ASCII (`Context.width_folded`).
_WIDE_ALNUM = lazy("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_WIDE_TEXTS = Table()  # (u57t) a unit's text → whether it holds `_WIDE_ALNUM`: the joined text's search in `width_folded`, per text
_WIDE_JOINERS = "＠．－＿"  # folded only between two full-width letters or digits: ｐｒｉｖａｃｙ＠ｅｘａｍｐｌｅ．ｃｏｍ


def _is_wide_alnum(c: str) -> bool:
    return "\uff10" <= c <= "\uff19" or "\uff21" <= c <= "\uff3a" or "\uff41" <= c <= "\uff5a"


def fold_width(text: str) -> str:
    """`text` with its full-width Latin letters and digits as ASCII, character for character (the length is kept, so
    every offset still points where it did): Ａ→A, ０→0; ＠ ． － ＿ between two of them, and an ideographic space
    between two full-width letters (Ｃｏｍｐａｎｙ　Ｎａｍｅ).  Full-width brackets and punctuation stay: the rules tell
    【】［］（） from [ ] ( ) on purpose."""
    if _WIDE_ALNUM.search(text) is None:
        return text
    chars = list(text)
    last = len(chars) - 1
    for i, c in enumerate(text):
        if _is_wide_alnum(c):
            chars[i] = chr(ord(c) - 0xFEE0)
        elif (c in _WIDE_JOINERS or c == "\u3000") and 0 < i < last and _is_wide_alnum(text[i - 1]) and _is_wide_alnum(text[i + 1]):
            chars[i] = " " if c == "\u3000" else chr(ord(c) - 0xFEE0)
    return "".join(chars)


class Context:
    """A document plus the language and settings the rules run with."""

    def __init__(self, doc: Document, *, lang: str, settings: Settings, exhaustive: bool = False, memo: ScanMemo | None = None) -> None:
        self.doc = doc
        self.lang = lang
        self.settings = settings
        self.exhaustive = exhaustive  # scan() skips no unit (the tests compare both ways)
        self.page_looks = 0  # searches of the whole text for script slots (`placeholder_instruction.scripts.shown_on_page`)
        self.memo = memo  # what the earlier files of the run told `scan` (`rules/scan_memo.py`), or None
        self._units: list[TextUnit] | None = None
        self._joined: Joined | None = None
        self._where: dict[str, list[int]] | None = None  # each distinct unit text → the indexes of its units
        self._unseen = 0  # how many of them no earlier document of the memo held
        self._repeated: list[str] = []  # the others
        # With a memo: the distinct texts as a set made once (`set.difference` walks it and asks the memo's set; `where.keys()
        # - nothing` built a set of the keys at every scan, then walked all of `nothing`), and each unit's text; both as the
        # memo's own objects (`ScanMemo.shared`), which its sets find by identity
        self._distinct: set[str] = set()
        self._shared_texts: list[str] = []
        self._serial = 0  # the memo's number for this document, and its texts the one numbered before did not hold (`_unknown`)
        self._since: set[str] = set()

    @property
    def script(self) -> str | None:
        """The expected script: configured, else detected (majority script when mixed)."""
        return self.settings.script or self.doc.metadata.script

    @property
    def region(self) -> str | None:
        """The expected region: configured (`check` passes the file name's zh-HK/zh-TW tag here), else detected."""
        return self.settings.region or self.doc.metadata.region

    def width_folded(self) -> Context:
        """This context as the placeholder rules read it: each unit's full-width Latin letters and digits as ASCII
        (`fold_width`), so that 「［Ｃｏｍｐａｎｙ　Ｎａｍｅ］」 and 「ＴＢＤ」 are the slots they look like (twenty-sixth
        session, lead).  The same context when no unit holds one (nearly every document); otherwise a context whose
        changed units keep their paragraph and section (offsets are unchanged), and `Rule.finding` quotes the
        original characters (`originals`)."""
        # False when the view is this context: keeping `self` in its own `__dict__` made every context, its document and
        # units a reference cycle, left for the cyclic collector (~19,000 objects a collection on the benchmark)
        view: Context | bool | None = self.__dict__.get("_width_folded")
        if view is None:
            view = False
            if any_text(_WIDE_TEXTS, lambda t: _WIDE_ALNUM.search(t) is not None, [u.text for u in self.units()]):
                units = self.units()
                folded = [u if (t := fold_width(u.text)) is u.text else u._replace(text=t) for u in units]
                view = Context(self.doc, lang=self.lang, settings=self.settings, exhaustive=self.exhaustive)
                view._units = folded
                view.__dict__["originals"] = {id(f): u for f, u in zip(folded, units, strict=True) if f is not u}
            self.__dict__["_width_folded"] = view
        return view if isinstance(view, Context) else self

    def shown_in(self, unit: TextUnit, start: int, end: int) -> bool:
        """Whether an image, a frame or a value the page's code prints (`Document.media`: `<%=…getWwwUrl()%>`, a React
        page's `{CONTACT_EMAIL}`) stands at or inside `unit.text[start:end]`: the page shows something there that the text
        cannot, so the slot, the brackets or the clause around it are not empty."""
        media = self._media()
        if not media:
            return False
        span = unit.span(start, end)  # (u57j) forward, a text gathered from several places too (`TextUnit.span`)
        at = bisect.bisect_left(media, span[:2])
        return at < len(media) and media[at] <= span[2:]

    def shown_after(self, unit: TextUnit, following: TextUnit | None) -> bool:
        """Whether an image, a frame or a printed value (`Document.media`) sits between the end of `unit` and the next
        unit (the end of the document when None): what the unit announces or labels is there, shown, not written."""
        media = self._media()
        if not media:
            return False
        start = unit.span(0, max(len(unit.text), 1))[2:]
        end = following.position(0) if following is not None else (1 << 62, 0)
        at = bisect.bisect_left(media, start)
        return at < len(media) and media[at] < end

    def shown_before(self, unit: TextUnit, previous: TextUnit | None = None) -> bool:
        """Whether a value the page's code prints (`Document.printed`) stands right before the unit's first character, on
        its line: the unit's text goes on from what the page prints there (u54q, eval/blind/round54q powerchi-tw-php:
        `<p>{$company}（以下簡稱「本公司」）…`, the name the code prints, then its definition).  (u55f) The printed value
        only, adjacent: not an image or a frame (an icon before a nameless 「（以下简称…）」 names nothing), none between the
        value and the unit, and the value not inside or before the text of `previous` (the unit before, ending on that line:
        `<p>{$date}</p><p>（以下简称…`)."""
        printed = self.doc.printed
        if not printed:
            return False
        first = unit.position(0)
        at = bisect.bisect_left(printed, first) - 1
        if at < 0 or printed[at][0] != first[0]:
            return False
        value = printed[at]
        if previous is not None and previous.span(0, max(len(previous.text), 1))[2:] > value:
            return False
        media = self._media()
        between = bisect.bisect_right(media, value)
        return not (between < len(media) and media[between] < first)

    def _media(self) -> list[tuple[int, int]]:
        """`Document.media` in order, sorted once a context (u54h: `shown_in` and `shown_after` read every entry for each
        unit asked about; since u54p a Python source's f-string fields are entries too, and 12,000 fields on one line
        took 10 s of `check`, 1.2 s before): looked up by bisection."""
        media: list[tuple[int, int]] | None = self.__dict__.get("_media_sorted")
        if media is None:
            media = sorted(self.doc.media)
            self.__dict__["_media_sorted"] = media
        return media

    def joined(self) -> Joined:
        """All unit texts as one string (see `policylens.joined`)."""
        if self._joined is None:
            self._joined = Joined([u.text for u in self.units()])
        return self._joined

    def scan(
        self, pattern: re.Pattern[str] | GuardedPattern, *, needs: str | re.Pattern[str] | None = None, per_unit: bool = False
    ) -> Iterator[Hit]:
        """Every match of `pattern` in every unit's text, in document order, as `finditer` per unit gives.

        Lazy: hits are produced as the caller consumes them and none is kept, so memory
        does not grow with the number of matches (1.8 million `【】` once held 600 MB),
        and a caller that stops early (the findings cap) stops the scan.

        Three ways to get there, fastest first:

        * by default, one `finditer` over the joined text (units separated by a
          newline).  With a pattern that starts with a literal or a class, `re` skips
          ahead in C, so a document costs one call instead of one per unit.  A match
          that runs past the end of its unit marks the units it touches, and those
          are scanned on their own instead: from where that match starts in its first
          unit (the earlier matches of that unit are the same either way, since the
          pattern cannot see the separator), and whole in the units after it.  The
          pattern must treat the newline as it treats the end of a text: no `^`, `$`
          or `\\Z`, and no lookaround whose class includes the newline (`(?!\\S)`,
          `(?<![^a])`).
        * `needs`: a literal or a one-character regex that every match contains; only
          the units that contain it are scanned, each on its own.  For patterns with
          no fast prefix, such as case-insensitive alternations.
        * `per_unit=True`: every unit on its own, for patterns from configuration.

        `Context(exhaustive=True)` always scans unit by unit: the tests compare both.
        With a `memo` (`rules/scan_memo.py`), the units whose text the pattern is known to
        match nowhere in are skipped: the same hits.
        """
        if self.memo is not None and not (per_unit or self.exhaustive):
            # (u54t) the memo's generator itself, not one more generator passing each hit on: ~270 scans a document
            return self._scan_known(pattern, needs)
        return self._scan_plain(pattern, needs, per_unit)

    def holds(self, pattern: re.Pattern[str], *, needs: str | re.Pattern[str] | None = None) -> bool:
        """Whether some unit's text holds a match of `pattern` (as `scan` finds them): a whole-text prefilter that the
        memo answers from what earlier files told it, where `pattern.search(self.joined().text)` searched every
        character of every document again.  The two agree when `pattern` is `joined.local_pattern` (no match holds the
        separator or reads around it); a caller that replaces such a search asks that in its tests.  The scan is read
        to its end, so that the memo learns the texts without a match (u56t)."""
        found = False
        for _ in self.scan(pattern, needs=needs):
            found = True
        return found

    def holding(self, pattern: re.Pattern[str] | GuardedPattern) -> list[int]:
        """Indexes, in order, of the units whose text holds a match of `pattern` (as `scan` finds them): a rule's loop over
        every unit that first asks each text for `pattern` asks only these, the texts the memo knows to hold none left out
        (u56t)."""
        at: dict[int, int] | None = self.__dict__.get("_unit_index")
        if at is None:
            at = self.__dict__["_unit_index"] = {id(unit): i for i, unit in enumerate(self.units())}
        return sorted({at[id(hit.unit)] for hit in self.scan(pattern)})

    def _scan_plain(self, pattern: re.Pattern[str] | GuardedPattern, needs: str | re.Pattern[str] | None, per_unit: bool) -> Iterator[Hit]:
        """`scan` without the memo, or unit by unit (`per_unit`, `exhaustive`)."""
        units = self.units()
        if not units:
            return
        if per_unit or self.exhaustive:
            indexes: Iterable[int] = range(len(units))
        elif needs is not None:
            indexes = self.joined().having(needs)
        else:
            yield from self._scan_joined(pattern)
            return
        for i in indexes:
            unit = units[i]
            for m in pattern.finditer(unit.text):
                yield _new_hit(Hit, (unit, m.start(), m.end(), m))

    def _scan_known(self, pattern: re.Pattern[str] | GuardedPattern, needs: str | re.Pattern[str] | None) -> Iterator[Hit]:
        """`scan` with the memo: only the units whose text the pattern was never searched in without a match.

        When most of the document's distinct texts are new to the pattern, the joined text is
        searched as without a memo; otherwise each unknown unit is searched on its own.  The
        texts found to hold no match are recorded once the scan has run to its end, except, after
        a search of the joined text, the texts no earlier document held: recording every text of
        a run of distinct policies cost more than the searches it saved (the second document
        that holds a text records it).  With `needs` (a literal or a class: `_text_wise`), a
        document whose texts are mostly known asks for `needs` only the texts not known to
        lack it, and records those without it under the `needs` itself, not the pattern:
        `needs` chooses the units (date-format's cue words are not in every match), so its
        absence says nothing of the pattern elsewhere (the benchmark's 200 files: −6.6%
        instructions, docs/history/benchmarks.md item 17).
        """
        units = self.units()
        if not units:
            return
        memo: ScanMemo = self.memo  # type: ignore[assignment]  # only called with one
        where = self._texts_where() if self._where is None else self._where  # first: admitting the texts may empty the memo
        keys = memo.keys_of(pattern, needs)  # (u58t) no key built and hashed at each scan
        key, nothing, lacking_key, lacking, answer, wise = keys
        if needs is None:
            # texts no earlier document held are new to every pattern: no need to ask which are new to this one
            new = None if self._unseen * _JOINED_SHARE > len(where) else self._unknown(answer, nothing)
            if new is not None and not new:
                return
            if new is None or len(new) * _JOINED_SHARE > len(where):  # mostly new: one search of the joined text
                matched: set[str] = set()
                for hit in self._scan_joined(pattern):
                    matched.add(hit.unit.text)
                    yield hit
                memo.record(key, self._repeated, matched)  # a text's first document records nothing: most never come again
                return
            indexes: Iterable[int] = sorted([i for text in new for i in where[text]])
        elif self._unseen * _JOINED_SHARE > len(where) or not (wise if wise is not None else memo.text_wise(keys, needs)):
            shared = self._shared_texts
            indexes = [i for i in self.joined().having(needs) if shared[i] not in nothing]
        else:  # most texts known: only the texts neither known to lack `needs` nor known to match nothing are asked for `needs`
            # the texts known to lack `needs` first: most of a document's texts (a set of ~150 against ~15 known to match
            # nothing), so the set made is the few left, then those of `nothing` taken out of it (not a copy of ~120
            # texts made to be emptied: u54t, 8% of the benchmark's CPU sat on this line); the same set either way
            new = self._unknown(answer, lacking, nothing)
            if not new:
                return
            if isinstance(needs, str):
                holding = [text for text in new if needs in text]
            else:
                search = needs.search
                holding = [text for text in new if search(text)]
            if len(holding) < len(new):  # known from now on to lack `needs`, for every pattern scanned with it
                memo.record(lacking_key, new.difference(holding))
            indexes = sorted([i for text in holding for i in where[text]])
        empty: set[str] = set()
        for i in indexes:
            unit = units[i]
            found = False
            for m in pattern.finditer(unit.text):
                found = True
                yield _new_hit(Hit, (unit, m.start(), m.end(), m))
            if not found:
                empty.add(self._shared_texts[i])
        if empty:
            memo.record(key, empty)

    def _unknown(self, key: object, *known: set[str]) -> set[str]:
        """`self._distinct.difference(*known)` (`known`: sets of the memo, which only grow until it is emptied), by way of
        the memo's last answer under `key` (`ScanMemo.answers`) when it was given for this document or the one the memo
        numbered before it: that answer's texts this document holds, plus the texts that document did not hold, less
        `known`.  The same set, from a walk of a few texts instead of every distinct text at each scan (u55t)."""
        answers = self.memo.answers  # type: ignore[union-attr]  # only called with one
        last = answers.get(key)
        if last is None or not 0 <= self._serial - last[0] <= 1:
            new = self._distinct.difference(*known)
        elif last[0] == self._serial:  # asked again in this document
            new = last[1].difference(*known)
        elif not last[1]:  # (u56t) nothing was left in that document (most scans): only this one's own texts are asked
            new = self._since.difference(*known)
        else:  # (the texts are the memo's objects: found by identity)
            since = self._distinct.intersection(last[1])
            since |= self._since
            new = since.difference(*known)
        if len(new) <= _ANSWER_MAX:  # (a larger one is rare and not kept: the memo's memory stays bounded by its keys)
            answers[key] = (self._serial, new)
        return new

    def _texts_where(self) -> dict[str, list[int]]:
        """Each distinct unit text and the indexes of the units that hold it, in order (admitted to the memo once)."""
        if self._where is None:
            where: dict[str, list[int]] = {}
            for i, unit in enumerate(self.units()):
                at = where.get(unit.text)
                if at is None:
                    where[unit.text] = [i]
                else:
                    at.append(i)
            self._where = where
            if self.memo is not None:
                fresh = self.memo.admit(where)
                get = self.memo.shared().get  # (a text the memo forgot as it admitted these stays this document's own)
                self._distinct = {get(text, text) for text in where}
                self._shared_texts = [get(unit.text, unit.text) for unit in self.units()]
                self._unseen = len(fresh)
                self._repeated = [get(text, text) for text in where if text not in fresh]
                self._serial, self._since = self.memo.follow(self._distinct)
        return self._where

    def _scan_joined(self, pattern: re.Pattern[str] | GuardedPattern) -> Iterator[Hit]:
        """`scan`'s default way: one `finditer` over the joined text (see `scan`)."""
        units = self.units()
        joined = self.joined()
        starts = joined.starts
        done = -1  # units up to this index were scanned on their own: skip their joined matches
        for m in rare_starts.finditer(pattern, joined.text):  # (u59t) from its rare first characters
            i = joined.index_at(m.start())
            if i <= done and m.end() - starts[done] <= len(units[done].text):
                continue
            offset = starts[i]
            unit = units[i]
            if m.end() - offset <= len(unit.text):
                yield _new_hit(Hit, (unit, m.start() - offset, m.end() - offset, m))
                continue
            # ran across the separator into the next unit: rescan the units it touches
            last = joined.index_at(m.end() - 1)
            first, begin = (done + 1, 0) if i <= done else (i, m.start() - offset)
            for k in range(first, last + 1):
                for hit in pattern.finditer(units[k].text):
                    if k > first or hit.start() >= begin:
                        yield _new_hit(Hit, (units[k], hit.start(), hit.end(), hit))
            done = last

    def units(self) -> list[TextUnit]:
        """Title, headings and paragraphs in document order (Japanese and Korean sections left out)."""
        if self._units is None:
            from policylens.structure.language import NOT_CHINESE, detect_language
            from policylens.structure.metadata import any_invisible

            units: list[TextUnit] = []
            meta = self.doc.metadata
            if meta.title and meta.title_line and self.doc.title_pieces and detect_language(meta.title) not in NOT_CHINESE:
                units.append(TextUnit(meta.title, "title", None, None, (self.doc.title_pieces, meta.title_line, 1)))
            sections = self.doc.sections
            # Whether any title or paragraph holds an invisible character, asked of them all at once: nearly no document
            # does, and a search per text (INVISIBLE, with its astral tags, tries a list of ranges at every character)
            # cost 40 M of the benchmark's 11,500 M instructions, the one test 19 M (u28t).  When one does, each text is asked as before.
            hidden = any_invisible([*(s.title for s in sections if s.title), *(p.text for s in sections for p in s.paragraphs)])
            for section in sections:
                # Chinese rules read Chinese text only: Japanese kanji are not a script mix-up
                if section.title is not None and section.line is not None and section.lang not in NOT_CHINESE:
                    seen = _seen(section.title, section.title_pieces) if hidden and INVISIBLE.search(section.title) else None
                    if seen is None:
                        units.append(TextUnit(section.title, "heading", section, None))
                    else:  # located through `where`, the heading's pieces cut around what it hides
                        units.append(TextUnit(seen[0], "heading", section, None, (seen[1], section.line, section.column or 1)))
                for para in section.paragraphs:
                    if para.lang not in NOT_CHINESE:  # per paragraph: a Japanese paragraph in a Chinese section
                        if hidden and INVISIBLE.search(para.text):
                            para = seen_through(para)
                        # TextUnit(para.text, "paragraph", section, para) through tuple.__new__ (every field, `where` None)
                        units.append(_new_hit(TextUnit, (para.text, "paragraph", section, para, None)))
            self._units = units
        return self._units
