"""Inline suppression comments: `policylens-disable`, `-enable` and `-disable-next-line` ranges."""

from __future__ import annotations

import bisect
from collections.abc import Collection

from policylens.errors import cap_warnings
from policylens.lazyre import lazy
from policylens.model import Document, Finding, source_position
from policylens.normalise import split_lines

# A directive's rule list is the rest of its comment, up to another directive (compiled code from the pattern store);
# it may follow a colon or `=`, in brackets, with full-width commas (「policylens-disable: rule-a，rule-b」)
_DIRECTIVE = lazy(r"policylens-(disable-next-line|disable|enable)(?![-\w])((?:(?!policylens-(?:disable|enable))[^<>])*)")
# policylens-disable-line, policylens-disable-nextline: a directive of no kind policylens knows (it was read as
# `disable` to the end of the file, since \b matched before the hyphen); other words (policylens-action) are no directive
_UNKNOWN_DIRECTIVE = lazy(r"policylens-(?:disable|enable)(?!(?:-next-line)?(?![-\w]))[\w-]*")
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _rule_id(word: str) -> bool:
    """Whether a word is written as a rule ID: lower-case words of letters and digits joined by single hyphens."""
    parts = word.split("-")
    return len(parts) > 1 and word[:1].isalpha() and all(part and _ID_CHARS.issuperset(part) for part in parts)


_WORDS = lazy(r"[^\s,:：=，、;；()（）\[\]【】\"'「」]+")


def _directive_rules(kind: str, written: str, line: int, known: Collection[str] | None, warnings: list[str] | None) -> list[str] | None:
    """The rule IDs a directive names (empty: every rule), or None when it names none that it could mean.

    A rule list the directive could not read was read as no list at all, so every rule was
    disabled to the end of the file and the check passed with no word: 「policylens-disable
    PLACEHOLDER-INSTRUCTION」, 「(placeholder-instruction)」, 「placeholder_instruction」.  Rule IDs
    are read case-insensitively; a list of words none of which is a rule ID suppresses nothing,
    with a warning, as does an ID that is no rule (a misspelt rule is named).  Words after
    `--` are a description (as ESLint reads its comments).
    """
    words = _WORDS.findall(written.split("--", 1)[0])
    rules = [w.lower() for w in words if _rule_id(w.lower())]
    where = f"line {line}: <!-- policylens-{kind} -->"
    if words and not rules:
        if kind == "enable":
            if warnings is not None:
                warnings.append(f"{where} names no rule ID ({' '.join(words)[:60]!r}): read as a bare enable, every rule is enabled again")
            return []
        if warnings is not None:
            warnings.append(f"{where} names no rule ID ({' '.join(words)[:60]!r}): nothing is suppressed (rule IDs: `policylens rules`)")
        return None
    ignored = [w for w in words if not _rule_id(w.lower())]  # placeholder_instruction beside a rule ID: said, not dropped
    if ignored and warnings is not None:
        warnings.append(f"{where} ignores words that are no rule ID ({' '.join(ignored)[:60]!r}); a description goes after `--`")
    unknown = [r for r in rules if known is not None and r not in known]
    if unknown and warnings is not None:
        named = ", ".join(repr(r) for r in unknown)
        named = named if len(named) <= 80 else f"{named[:80]}… ({len(unknown)} IDs)"
        warnings.append(f"{where} names {named}, which is no rule: it suppresses nothing (rule IDs: `policylens rules`)")
    return rules


# (kind, first line, last line, rules, span): `span` narrows an HTML next-element range to
# the element's (line, column) start and end, for elements that share a line.
Suppression = tuple[str, int, int, frozenset[str], tuple[tuple[int, int], tuple[int, int]] | None]


def suppressions(
    doc: Document, source: str | None = None, *, known: Collection[str] | None = None, warnings: list[str] | None = None
) -> list[Suppression]:
    """(kind, first line, last line, rules, span) ranges from policylens-disable comments; empty rules = all.

    `known`: the rule IDs a directive may name; a directive that names no rule, or one that is
    not in `known`, is reported in `warnings` (see `_directive_rules`).

    `disable a b` opens a range per rule; `enable a` closes rule a; a bare `enable`
    closes every open range; a range never closed runs to the end of the file.
    `disable-next-line` covers the next source line that has text; in HTML (given the
    `source` text) it covers the next element after the comment, all of it, even when
    the element shares a line with the comment or other elements.
    """
    if not doc.comments:
        return []
    said = len(warnings) if warnings is not None else 0
    try:
        return _ranges(doc, source, known, warnings)
    finally:
        if warnings is not None:
            cap_warnings(warnings, since=said, limit=MAX_DIRECTIVE_WARNINGS, what="warnings about suppression comments")


# Warnings about suppression comments, per file: a page of 3,000 misspelt directives wrote 3,000 lines to stderr
# (round 12); the rest are counted in one line, as the readers count what they skip.
MAX_DIRECTIVE_WARNINGS = 20


def _ranges(doc: Document, source: str | None, known: Collection[str] | None, warnings: list[str] | None) -> list[Suppression]:
    """The ranges of `suppressions`, its warnings not yet capped."""
    # the lines a `disable-next-line` may target: paragraphs, headings, and a Markdown page's lone closing tags
    # (`Document.stray_tags`, which `placeholder-residue` reports: review r43, the directive above a `</content>` line
    # skipped it and silenced the next paragraph)
    lines = sorted(
        {p.line for s in doc.sections for p in s.paragraphs} | {s.line for s in doc.sections if s.line} | {t[0] for t in doc.stray_tags}
    )
    elements = _element_spans(doc) if source is not None and doc.source.format == "html" else None
    finder = _CommentFinder(source) if source is not None else None
    ranges: list[Suppression] = []
    # rule ID, or "*" for all rules → where its range starts: just after the `disable` comment
    # when the comment is found in the source, else the start of its line
    open_: dict[str, tuple[int, int]] = {}
    # In source order (a stable sort by line): a `disable` and an `enable` on one line of a
    # minified page were taken in the order of their text, not of their place.
    for line, text in sorted(doc.comments, key=lambda comment: comment[0]):
        if warnings is not None and "policylens-" in text:
            for odd in _UNKNOWN_DIRECTIVE.finditer(text):
                warnings.append(
                    f"line {line}: <!-- {odd.group(0)[:60]} --> is no directive policylens knows (disable, enable, disable-next-line): ignored"
                )
        for m in _DIRECTIVE.finditer(text):
            kind = m.group(1)
            named = _directive_rules(kind, m.group(2), line, known, warnings)
            if named is None:
                continue
            rules = named
            end_of_comment = line + text.count("\n")
            if kind == "disable-next-line":
                after = finder.end(line, text) if finder is not None and elements is not None else None
                at = bisect.bisect_left(elements, (after,)) if elements is not None and after is not None else None
                element = elements[at] if elements is not None and at is not None and at < len(elements) else None
                if element is not None:
                    ranges.append((kind, element[0][0], element[1][0], frozenset(rules), element))
                    continue
                at = bisect.bisect_right(lines, end_of_comment)
                target = lines[at] if at < len(lines) else end_of_comment + 1
                ranges.append((kind, target, target, frozenset(rules), None))
                continue
            # the directive as written (its rule list takes in the `--` of `-->`: left out)
            found = finder.directive(line, m.group(0).rstrip(" \t\r\n-")) if finder is not None else None
            if kind == "disable":
                start = found[1] if found is not None else (line, 0)
                for rule in rules or ["*"]:
                    open_.setdefault(rule, start)
            else:
                # up to the character before the `enable` comment: a finding after it on the
                # same line is reported (a range ended with the comment's whole line)
                end = (found[0][0], found[0][1] - 1) if found is not None else (line + text.count("\n"), _LINE_END)
                for rule in rules or list(open_):
                    if rule in open_:
                        first = open_.pop(rule)
                        ranges.append(("disable", first[0], end[0], frozenset() if rule == "*" else frozenset({rule}), (first, end)))
    for rule, first in open_.items():
        ranges.append(("disable", first[0], 10**9, frozenset() if rule == "*" else frozenset({rule}), (first, (10**9, _LINE_END))))
    return ranges


_LINE_END = 10**9  # a column after every character of a line


def _element_spans(doc: Document) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(start, last character) positions of every heading and paragraph, in source order."""
    spans = []
    for section in doc.sections:
        if section.title and section.line is not None and section.title_pieces:
            last = source_position(section.title_pieces, section.line, section.column or 1, len(section.title) - 1)
            spans.append(((section.line, section.column or 1), last))
        for para in section.paragraphs:
            spans.append(((para.line, para.column), para.position(max(0, len(para.text) - 1))))
    return sorted(spans)


class _CommentFinder:
    """Finds where `<!--text-->` comments end in the source, splitting it into lines once."""

    def __init__(self, source: str) -> None:
        lines = split_lines(source)
        self.text = "\n".join(lines)  # one character per line break, whatever the file used
        self.line_starts = [0]
        for line in lines[:-1]:
            self.line_starts.append(self.line_starts[-1] + len(line) + 1)
        self.cursor = 0  # where `directive` searches on from: after the last directive found

    def directive(self, line: int, directive: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """((line, column) of `<!--`, (line, column) just after `-->`) of the comment holding
        `directive` that starts on or after `line`, after the directives already found; None if
        not found.  A suppression range starts after its `disable` comment and ends before its
        `enable`: a finding before a `disable` on its line (a minified page is one line) was hidden.
        """
        at = self.text.find(directive, max(self.cursor, self.line_starts[min(line, len(self.line_starts)) - 1]))
        if at == -1:
            return None
        opening = self.text.rfind("<!--", 0, at)
        closing = self.text.find("-->", at + len(directive))
        if opening == -1 or closing == -1:
            return None
        self.cursor = at + len(directive)
        return self._position(opening), self._position(closing + 3)

    def _position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def end(self, line: int, text: str) -> tuple[int, int] | None:
        """(line, column) just after the comment that starts on `line`, or None if not found."""
        at = self.text.find("<!--" + text + "-->", self.line_starts[min(line, len(self.line_starts)) - 1])
        if at == -1:
            return None
        end = at + len(text) + 7
        end_line = bisect.bisect_right(self.line_starts, end)
        return end_line, end - self.line_starts[end_line - 1] + 1


class Suppressor:
    """Answers "is this finding suppressed?" with single-line ranges indexed by line.

    `disable` … `enable` ranges are kept per rule (`*` for all rules), sorted: one rule's
    ranges never overlap (a rule is opened once until it is closed; two may share the line
    where one closes and the next opens), so a finding looks at two of them, found by
    bisection.  Every finding was tested against every range: 8,000 `disable`/`enable`
    pairs around 8,000 findings took 20 s.
    """

    def __init__(self, ranges: list[Suppression]) -> None:
        self.by_line: dict[int, list[Suppression]] = {}
        self.wide: list[Suppression] = []  # an HTML element's range of 1,000 lines or more (rare)
        positions: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
        for r in ranges:
            if r[0] == "disable":  # from (line, column) to (line, column), per rule, found by bisection
                span = r[4] or ((r[1], 0), (r[2], _LINE_END))
                for rule in r[3] or ("*",):
                    positions.setdefault(rule, []).append(span)
            elif r[1] == r[2]:
                self.by_line.setdefault(r[1], []).append(r)
            elif r[4] is not None and r[2] - r[1] < 1000:
                for line in range(r[1], r[2] + 1):
                    self.by_line.setdefault(line, []).append(r)
            elif r[4] is None:
                for rule in r[3] or ("*",):
                    positions.setdefault(rule, []).append(((r[1], 0), (r[2], _LINE_END)))
            else:
                self.wide.append(r)
        self.spans = {rule: sorted(found) for rule, found in positions.items()}
        self.firsts = {rule: [first for first, _ in found] for rule, found in self.spans.items()}

    def __bool__(self) -> bool:
        """Whether any range suppresses anything (a file without suppression comments skips every test)."""
        return bool(self.by_line or self.wide or self.spans)

    def __call__(self, finding: Finding) -> bool:
        if not self.wide and not self.spans and finding.line not in self.by_line:
            return False  # the usual case, no suppression on this line: nothing to build
        at = (finding.line, finding.column)
        if any(
            first <= finding.line <= last and (not rules or finding.rule in rules) and (span is None or span[0] <= at <= span[1])
            for _, first, last, rules, span in (*self.by_line.get(finding.line, ()), *self.wide)
        ):
            return True
        for rule in (finding.rule, "*"):
            firsts = self.firsts.get(rule)
            if firsts:
                k = bisect.bisect_right(firsts, at) - 1
                if any(j >= 0 and self.spans[rule][j][1] >= at for j in (k, k - 1)):
                    return True
        return False
