"""Rule machinery: the `Rule` base class, severities, the registry and the per-document context.

A rule is one class in its own module (see `rules/__init__.py` for the list).  It reads
a `Document` through a `Context` and yields `Finding`s; it never prints or reads files.
Its docstring is its documentation: `## What it does`, `## Why is this bad?`,
`## Example` (with "Use instead:") and `## References`, shown by `policylens explain`.
"""

from __future__ import annotations

import inspect
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import accumulate
from typing import ClassVar, NamedTuple

from policylens.joined import Joined
from policylens.model import Document, Finding, Paragraph, Piece, Section, source_position

SEVERITIES = ("info", "warning", "error")
LANGS = ("en", "zh-Hant", "zh-Hans")


def severity_rank(severity: str) -> int:
    """info < warning < error."""
    return SEVERITIES.index(severity) + 1


def fails(severity: str, fail_on: str) -> bool:
    """Does a finding of `severity` fail a run with `--fail-on fail_on` (error, warning, info, never)?"""
    return fail_on != "never" and severity_rank(severity) >= severity_rank(fail_on)


class TextUnit(NamedTuple):
    """A piece of checkable text (title, heading or paragraph) and how to locate it."""

    text: str
    kind: str  # "title" | "heading" | "paragraph"
    position: Callable[[int], tuple[int, int]]
    section: Section | None
    paragraph: Paragraph | None


class Hit(NamedTuple):
    """One match found by `Context.scan`: where it is in its unit, and the match (for its groups)."""

    unit: TextUnit
    start: int  # offsets in unit.text
    end: int
    match: re.Match[str]  # use its groups; its own offsets may be in the joined text


class Settings(NamedTuple):
    """What configuration tells the rules."""

    brands: tuple[str, ...] = ()  # the policy's own brand / company names
    foreign_brands: tuple[str, ...] = ()  # names that are never the policy's own
    placeholder_patterns: tuple[str, ...] = ()  # extra regexes for placeholder-instruction
    region: str | None = None  # expected region: tw | hk | cn
    script: str | None = None  # expected script: hant | hans


def _locator(pieces: tuple[Piece, ...], line: int, column: int) -> Callable[[int], tuple[int, int]]:
    return partial(source_position, pieces, line, column)


class Context:
    """A document plus the language and settings the rules run with."""

    def __init__(self, doc: Document, *, lang: str, settings: Settings, exhaustive: bool = False) -> None:
        self.doc = doc
        self.lang = lang
        self.settings = settings
        self.exhaustive = exhaustive  # scan() skips no unit (the tests compare both ways)
        self._units: list[TextUnit] | None = None
        self._joined: Joined | None = None

    @property
    def script(self) -> str | None:
        """The expected script: configured, else detected (majority script when mixed)."""
        return self.settings.script or self.doc.metadata.script

    @property
    def region(self) -> str | None:
        """The expected region: configured, else detected."""
        return self.settings.region or self.doc.metadata.region

    def joined(self) -> Joined:
        """All unit texts as one string (see `policylens.joined`)."""
        if self._joined is None:
            self._joined = Joined([u.text for u in self.units()])
        return self._joined

    def scan(self, pattern: re.Pattern[str], *, needs: str | re.Pattern[str] | None = None, per_unit: bool = False) -> Iterator[Hit]:
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
        """
        units = self.units()
        if not units:
            return
        if per_unit or self.exhaustive or needs is not None:
            indexes: Iterable[int] = range(len(units)) if per_unit or self.exhaustive else self.joined().having(needs)  # type: ignore[arg-type]
            for i in indexes:
                unit = units[i]
                for m in pattern.finditer(unit.text):
                    yield Hit(unit, m.start(), m.end(), m)
            return
        joined = self.joined()
        starts = joined.starts
        done = -1  # units up to this index were scanned on their own: skip their joined matches
        for m in pattern.finditer(joined.text):
            i = joined.index_at(m.start())
            if i <= done and m.end() - starts[done] <= len(units[done].text):
                continue
            offset = starts[i]
            unit = units[i]
            if m.end() - offset <= len(unit.text):
                yield Hit(unit, m.start() - offset, m.end() - offset, m)
                continue
            # ran across the separator into the next unit: rescan the units it touches
            last = joined.index_at(m.end() - 1)
            first, begin = (done + 1, 0) if i <= done else (i, m.start() - offset)
            for k in range(first, last + 1):
                for hit in pattern.finditer(units[k].text):
                    if k > first or hit.start() >= begin:
                        yield Hit(units[k], hit.start(), hit.end(), hit)
            done = last

    def units(self) -> list[TextUnit]:
        """Title, headings and paragraphs in document order (Japanese and Korean sections left out)."""
        if self._units is None:
            from policylens.structure.language import NOT_CHINESE, detect_language

            units: list[TextUnit] = []
            meta = self.doc.metadata
            if meta.title and meta.title_line and self.doc.title_pieces and detect_language(meta.title) not in NOT_CHINESE:
                units.append(TextUnit(meta.title, "title", _locator(self.doc.title_pieces, meta.title_line, 1), None, None))
            for section in self.doc.sections:
                # Chinese rules read Chinese text only: Japanese kanji are not a script mix-up
                if section.title is not None and section.line is not None and section.lang not in NOT_CHINESE:
                    units.append(
                        TextUnit(section.title, "heading", _locator(section.title_pieces, section.line, section.column or 1), section, None)
                    )
                for para in section.paragraphs:
                    if para.lang not in NOT_CHINESE:  # per paragraph: a Japanese paragraph in a Chinese section
                        units.append(TextUnit(para.text, "paragraph", para.position, section, para))
            self._units = units
        return self._units


_SHARED_TEXTS = 4_096  # distinct messages and excerpts shared per rule and file; beyond that each finding keeps its own


class Rule:
    """Base class: subclasses set the class attributes and implement `check`."""

    id: ClassVar[str]
    severity: ClassVar[str]
    messages: ClassVar[dict[str, str]]  # lang → message template (str.format fields)
    groups: ClassVar[tuple[str, ...]] = ()
    # Less specific rules whose findings on an overlapping span this rule's finding replaces
    # (one defect, one finding): 【20210330】 is template residue, not also a date-format finding.
    supersedes: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def summary(cls) -> str:
        """First line of the docstring."""
        return (inspect.getdoc(cls) or "").splitlines()[0]

    @classmethod
    def documentation(cls) -> str:
        """The whole docstring (Markdown)."""
        return inspect.getdoc(cls) or ""

    def check(self, ctx: Context) -> Iterator[Finding]:
        """Yield the findings for one document."""
        raise NotImplementedError

    def message(self, ctx: Context, **fields: object) -> str:
        """The message in the context's language."""
        template = self.messages.get(ctx.lang) or self.messages["en"]
        return template.format(**fields)

    def finding(
        self,
        ctx: Context,
        unit: TextUnit,
        start: int,
        end: int,
        *,
        suggestion: str | None = None,
        message: str | None = None,
        **fields: object,
    ) -> Finding:
        """A finding for `unit.text[start:end]`, located in the original file.

        `message` is the finished message (a rule that reports one term many times formats
        it once); otherwise it is formatted from `fields`.
        """
        line, column = unit.position(start)
        end_line, end_column = unit.position(max(start, end - 1))
        return Finding(
            rule=self.id,
            severity=self.severity,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column + 1,
            message=self._shared(self.message(ctx, **fields) if message is None else message),
            excerpt=self._shared(unit.text[start:end]),
            suggestion=suggestion,
        )

    def _shared(self, text: str) -> str:
        """One string object for equal texts, so that a flood of equal findings (100,000 `【】`) shares them (issue #12 §2)."""
        shared: dict[str, str] = self.__dict__.setdefault("_shared_texts", {})
        return shared.setdefault(text, text) if len(shared) < _SHARED_TEXTS else shared.get(text, text)


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
    return re.compile(f"(?={head})(?:" + "|".join(re.escape(w) for w in ordered) + ")", flags)


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

    def hits(self, ctx: Context, text: str | None = None) -> list[tuple[TextUnit, int, int, str]]:
        """(unit, start, end, word) for each match in the units of `ctx`, in document order.

        `text` replaces the joined text with a transform of the same length (lower-cased).
        """
        joined, units = ctx.joined(), ctx.units()
        found = []
        for start, end, word in self.find(joined.text if text is None else text):
            i = joined.index_at(start)
            found.append((units[i], start - joined.starts[i], end - joined.starts[i], word))
        return found


def drop_superseded(findings: list[Finding], registry: dict[str, type[Rule]]) -> list[Finding]:
    """Findings minus those whose span overlaps a finding of a more specific rule (`Rule.supersedes`).

    Per superseded rule, the superseding spans are sorted by start with a running maximum
    of their ends, so each finding costs one bisection: a line with 20,000 placeholders
    and 20,000 other findings is not a 400-million-pair comparison.  Only rules that have
    findings are indexed, and a span is one pair of positions shared by every rule it
    supersedes: 60,000 `XXX` findings once built 500,000 per-line entries (400 MB).
    """
    present = {f.rule for f in findings}
    spans: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
    for g in findings:
        span = None
        for rule in registry[g.rule].supersedes:
            if rule in present:
                span = span or ((g.line, g.column), (g.end_line, g.end_column))
                spans.setdefault(rule, []).append(span)
    if not spans:
        return findings
    index: dict[str, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
    for rule, items in spans.items():
        items.sort()
        index[rule] = ([start for start, _ in items], list(accumulate((end for _, end in items), max)))
    spans.clear()
    return [f for f in findings if not _overlapped(f, index.get(f.rule))]


def _overlapped(f: Finding, entry: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None) -> bool:
    """Does a superseding span (sorted starts, running maximum of ends) overlap `f`?"""
    if entry is None:
        return False
    starts, reach = entry
    i = bisect_left(starts, (f.end_line, f.end_column)) - 1  # the spans that start before f ends
    return i >= 0 and reach[i] > (f.line, f.column)  # one of them ends after f starts


# Files that are templates by design, and the template syntax of each: filled when the site is
# built or the page served, so not a slot left by a writer.  Fluent `{ $date }` and
# `{ brand-name }`, MDX `{frontMatter.date}`, Vue `{{ appName }}`, JSP `${company.name}`.
TEMPLATE_SYNTAX: dict[str, frozenset[str]] = {
    ".ftl": frozenset({"brace"}),
    ".mdx": frozenset({"brace"}),
    ".vue": frozenset({"brace", "mustache"}),
    ".jsp": frozenset({"dollar"}),
}


def template_syntax(path: str) -> frozenset[str]:
    """The template syntax (brace, mustache, dollar) that is a file's own, by its extension."""
    dot = path.rfind(".")
    return TEMPLATE_SYNTAX.get(path[dot:].lower(), frozenset()) if dot != -1 else frozenset()


def is_template_file(path: str) -> bool:
    """Is `path` a file whose format is a template by design (see `TEMPLATE_SYNTAX`)?"""
    return bool(template_syntax(path))


REGISTRY: dict[str, type[Rule]] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: add a rule to the registry."""
    REGISTRY[cls.id] = cls
    return cls
