"""Rule machinery: the `Rule` base class, severities, the registry and the per-document context.

A rule is one class in its own module (see `rules/__init__.py` for the list).  It reads
a `Document` through a `Context` and yields `Finding`s; it never prints or reads files.
Its docstring is its documentation: `## What it does`, `## Why is this bad?`,
`## Example` (with "Use instead:") and `## References`, shown by `policylens explain`.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from typing import ClassVar, NamedTuple

from policylens.joined import Joined
from policylens.model import Document, Finding, Paragraph, Piece, Section

SEVERITIES = ("info", "warning", "error")
LANGS = ("en", "zh-Hant", "zh-Hans")


def severity_rank(severity: str) -> int:
    """info < warning < error."""
    return SEVERITIES.index(severity) + 1


class TextUnit(NamedTuple):
    """A piece of checkable text (title, heading or paragraph) and how to locate it."""

    text: str
    kind: str  # "title" | "heading" | "paragraph"
    position: Callable[[int], tuple[int, int]]
    section: Section | None
    paragraph: Paragraph | None


class Settings(NamedTuple):
    """What configuration tells the rules."""

    brands: tuple[str, ...] = ()  # the policy's own brand / company names
    foreign_brands: tuple[str, ...] = ()  # names that are never the policy's own
    placeholder_patterns: tuple[str, ...] = ()  # extra regexes for placeholder-instruction
    region: str | None = None  # expected region: tw | hk | cn
    script: str | None = None  # expected script: hant | hans


def _locator(pieces: tuple[Piece, ...], line: int, column: int) -> Callable[[int], tuple[int, int]]:
    def position(offset: int) -> tuple[int, int]:
        best = pieces[0] if pieces else Piece(0, 0, line, column)
        for piece in pieces:
            if piece.offset <= offset:
                best = piece
            else:
                break
        return best.line, best.column + max(0, offset - best.offset)

    return position


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

    def scan(self, pattern: re.Pattern[str], needs: str | re.Pattern[str] | None = None) -> Iterator[tuple[TextUnit, re.Match[str]]]:
        """`pattern.finditer(unit.text)` for every unit that can match, in document order.

        `needs` is something every match contains: a literal ("@" for e-mail
        addresses) or a regex for one character (r"\\d" for dates).  One C-level
        search of the joined text per candidate unit then skips every other unit,
        instead of a Python call and a regex scan per unit.  Matches are exactly
        those of a per-unit scan (`exhaustive=True` scans every unit; the rule tests
        compare both ways).
        """
        units = self.units()
        if needs is None or self.exhaustive:
            indexes: Iterable[int] = range(len(units))
        else:
            indexes = self.joined().having(needs)
        for i in indexes:
            unit = units[i]
            for m in pattern.finditer(unit.text):
                yield unit, m

    def units(self) -> list[TextUnit]:
        """Title, headings and paragraphs in document order."""
        if self._units is None:
            units: list[TextUnit] = []
            meta = self.doc.metadata
            if meta.title and meta.title_line and self.doc.title_pieces:
                units.append(TextUnit(meta.title, "title", _locator(self.doc.title_pieces, meta.title_line, 1), None, None))
            for section in self.doc.sections:
                if section.title is not None and section.line is not None:
                    units.append(
                        TextUnit(section.title, "heading", _locator(section.title_pieces, section.line, section.column or 1), section, None)
                    )
                for para in section.paragraphs:
                    units.append(TextUnit(para.text, "paragraph", para.position, section, para))
            self._units = units
        return self._units


class Rule:
    """Base class: subclasses set the class attributes and implement `check`."""

    id: ClassVar[str]
    severity: ClassVar[str]
    messages: ClassVar[dict[str, str]]  # lang → message template (str.format fields)
    groups: ClassVar[tuple[str, ...]] = ()

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

    def finding(self, ctx: Context, unit: TextUnit, start: int, end: int, *, suggestion: str | None = None, **fields: object) -> Finding:
        """A finding for `unit.text[start:end]`, located in the original file."""
        line, column = unit.position(start)
        end_line, end_column = unit.position(max(start, end - 1))
        return Finding(
            rule=self.id,
            severity=self.severity,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column + 1,
            message=self.message(ctx, **fields),
            excerpt=unit.text[start:end],
            suggestion=suggestion,
        )


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


REGISTRY: dict[str, type[Rule]] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: add a rule to the registry."""
    REGISTRY[cls.id] = cls
    return cls
