"""A Qt Quick page's source (`.qml`, read when the file is named): the text of its `Text { text: … }` items is the page.

A Qt app keeps its policy as a page (`Page { Flickable { ColumnLayout { Text { text: qsTr("一、…") font.bold: true }
Text { text: qsTr("…") } … } } }`): read as plain text, the whole file was one run of code with no heading, and a
`Component.onCompleted: {` line was taken for one (thirty-third session, `eval/structure33` ultrabms-qml: 0 of 7).
`render_qml` rewrites the source as an HTML page the HTML reader takes as it is, line for line, as `load.dart` does for
a Flutter screen: every text item (`Text`, `Label`, `TextEdit`, `TextArea`) whose own `text:` property is a string
literal — bare, or in `qsTr(…)` / `qsTrId(…)` / `qsTranslate("context", …)`, literals joined by `+` — becomes a
paragraph `<p>` at that literal's line, a `\\n` a line break; an item styled bold (`font.bold: true`,
`font.weight: Font.Bold`, `Font.DemiBold`, `Font.ExtraBold`, `Font.Black`) is wrapped in `<b>`.  A text computed from
code (a name, a call, an interpolated template) is left out, as are the items of a `ToolBar`/`TabBar`/`header:`
(chrome, like an app bar), the page's `title:` property, buttons, and everything else (code, comments), which becomes
blank space: newlines stay, and each text's column, so line and column numbers hold.  A file with no such item is left
to the plain-text reader (`None`).
"""

from __future__ import annotations

import bisect
import html
import re

from policylens.lazyre import lazy
from policylens.load.scripts import (
    StringEnd,
    closing_bracket,
    opaque_end,
    opaque_spans,
    remembering,
    skip_blank,
    unescape,
    unterminated_note,
)

QML_SUFFIX = ".qml"
# An item that shows its `text:`: `Text {`, `Label {`, `TextEdit {`, `TextArea {`, also qualified (`QQC2.Label {`).
_ITEM = lazy(r"(?<![\w$])(?:[A-Z]\w*\.)?(?:Text|Label|TextEdit|TextArea)[ \t]*+\{")
# The bars of a page: their labels are chrome, not the document.
_CHROME = lazy(r"(?<![\w$.])(?:(?:[A-Z]\w*\.)?(?:ToolBar|TabBar|MenuBar|TabButton|Button|ToolButton)[ \t]*+\{|header[ \t]*+:)")
_TEXT_PROP = lazy(r"text[ \t]*+:[ \t]*+")
_TRANSLATE = lazy(
    r"(?:qsTr|qsTrId|QT_TR_NOOP|QT_TRID_NOOP)[ \t]*+\([ \t]*+|qsTranslate[ \t]*+\([ \t]*+(?:\"[^\"\n]*\"|'[^'\n]*')[ \t]*+,[ \t]*+"
)
# `font.bold: true`, `font.weight: Font.Bold`, or the grouped form `font { bold: true }` / `font { weight: Font.Bold }`
_BOLD = lazy(
    r"font(?:\.|[ \t]*+(?::[ \t]*+)?\{[^{}]*?\b)(?:bold[ \t]*+:[ \t]*+true\b|weight[ \t]*+:[ \t]*+Font\.(?:Bold|DemiBold|ExtraBold|Black)\b)"
)
_SIMPLE_ESCAPES = {"n": "\n", "t": " ", "r": "", "b": "", "f": "", "v": "", "0": ""}


def _string_end(src: str, i: int) -> tuple[int, int, int] | None:
    """At a one-line string literal starting at `i` (`"…"` or `'…'`): (body start, body end, end); else None."""
    if i >= len(src) or src[i] not in "'\"":
        return None
    quote = src[i]
    k = i + 1
    while k < len(src):
        c = src[k]
        if c == quote:
            return i + 1, k, k + 1
        if c == "\\":
            k += 2
            continue
        if c == "\n":
            return None
        k += 1
    return None


_NEXT_ANY = lazy(r"\S|\n")  # at the start of a line: the next character that is not white space, or the newline
_NEXT_MARK = lazy(r"[\"'/()\[\]{};\n]")  # within a line: the next character that matters to `_Layout`


def _past_opaque(src: str, k: int, string_end: StringEnd) -> tuple[int, bool] | None:
    """Where reading goes on after the string literal or comment at `k` (`opaque_end`), and whether it was a literal (a
    property line does not start after one); a quote left open is read past its mark alone.  None at code."""
    c = src[k]
    if c not in "'\"/":
        return None
    skipped = opaque_end(src, k, string_end, raw=False)
    if c != "/":
        return (k + 1 if skipped is None else skipped), True
    return None if skipped is None else (skipped, False)


class _Layout:
    """The brackets and property lines of a page, found in one pass over its source.

    `close(i)` is `closing_bracket(src, i)`, and `own_props(start, end)` the positions in an item's body [start, end)
    that start a line at the body's own level (not in a child item or a call): the first character that is not white
    space after a newline, a `;` or the body's opening brace, outside strings and comments.  Each nested or unclosed
    item walked its whole body for both (2,000 nested `Text {` items took 40 s, u34h); the pass records, for each
    bracket depth, where a line starts, and an item takes the starts of its own depth between its braces.
    """

    def __init__(self, src: str, string_end: StringEnd = _string_end) -> None:
        self.src = src
        self.string_end = string_end
        self.ends: dict[int, int] = {}
        self.depth: dict[int, int] = {}  # index after an opening bracket: the depth inside it
        self.starts: dict[int, list[int]] = {}  # depth: the line starts at that depth, in order
        stack: list[int] = []
        line_start = True
        k = 0
        n = len(src)
        while k < n:
            m = (_NEXT_ANY if line_start else _NEXT_MARK).search(src, k)
            if m is None:
                break
            k = m.start()
            past = _past_opaque(src, k, string_end)
            if past is not None:
                k, literal = past
                line_start = line_start and not literal
                continue
            c = src[k]
            if c in "([{":
                stack.append(k + 1)
                self.depth[k + 1] = len(stack)
            elif c in ")]}":
                if stack:
                    self.ends[stack.pop()] = k + 1
            elif c == "\n" or c == ";":
                line_start = True
            elif line_start:
                self.starts.setdefault(len(stack), []).append(k)
                line_start = False
            k += 1
        for start in stack:
            self.ends[start] = n

    def close(self, i: int) -> int:
        """The index past the bracket that closes the one opened just before `i`."""
        end = self.ends.get(i)
        return end if end is not None else closing_bracket(self.src, i, self.string_end)

    def own_props(self, start: int, end: int) -> list[int]:
        """The positions in the item's body [start, end) that start a line at its own level."""
        src = self.src
        level = self.depth.get(start)
        if level is None:  # (not an opening bracket of the code: walked as before)
            return _walk_props(src, start, end, self.string_end)
        spots: list[int] = []
        first = start  # the body's first mark: a property right after the brace starts a line too
        depth = 0
        while first < end:
            m = _NEXT_ANY.search(src, first, end)
            if m is None:
                return spots
            first = m.start()
            c = src[first]
            if src.startswith("//", first) or src.startswith("/*", first):
                first = skip_blank(src, first)
                continue
            if c in "([{" or c in ")]}":
                depth += 1 if c in "([{" else -1
                first += 1
                continue
            if c not in "'\"\n;" and depth == 0:
                spots.append(first)
            break
        starts = self.starts.get(level, [])
        lo = bisect.bisect_right(starts, first)
        hi = bisect.bisect_left(starts, end)
        return spots + starts[lo:hi]


def _walk_props(src: str, start: int, end: int, string_end: StringEnd = _string_end) -> list[int]:
    """`_Layout.own_props` by walking the body, for a body that does not start at a bracket of the code."""
    spots = []
    depth = 0
    k = start
    line_start = True
    while k < end:
        past = _past_opaque(src, k, string_end)
        if past is not None:
            k, literal = past
            line_start = line_start and not literal
            continue
        c = src[k]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "\n" or c == ";":
            line_start = True
            k += 1
            continue
        elif not c.isspace() and line_start:
            if depth == 0:
                spots.append(k)
            line_start = False
        k += 1
    return spots


def _open_literal(src: str, i: int, string_end: StringEnd) -> int | None:
    """Where a `text:` value starting at `i` opens a string literal (`"…`, `qsTr("…`) never closed; else None."""
    wrapped = _TRANSLATE.match(src, i)
    j = wrapped.end() if wrapped else i
    return j if src.startswith(("'", '"'), j) and string_end(src, j) is None else None


def _text_literals(src: str, i: int, string_end: StringEnd) -> list[tuple[int, int]] | None:
    """The literal bodies of a `text:` value starting at `i`: `"a"`, `qsTr("a")`, `"a" + "b"`; None when computed."""
    parts: list[tuple[int, int]] = []
    while True:
        wrapped = _TRANSLATE.match(src, i)
        j = wrapped.end() if wrapped else i
        lit = string_end(src, j)
        if lit is None:
            return None
        parts.append((lit[0], lit[1]))
        k = lit[2]
        if wrapped:
            k = skip_blank(src, k)
            if src.startswith(")", k):
                k += 1
            else:
                return None  # qsTr("%1").arg(…) and other computed forms
        k = skip_blank(src, k)
        if src.startswith(".arg(", k):
            return None
        if src.startswith("+", k):
            i = skip_blank(src, k + 1)
            continue
        return parts


def _code_only(src: str, string_end: StringEnd = _string_end) -> str:
    """`src` with its comments and string literals blanked (same length): an item named in them is no item."""
    out = []
    pos = 0
    for start, end in opaque_spans(src, string_end, raw=False):
        out.append(src[pos:start])
        out.append(re.sub(r"[^\n]", " ", src[start:end]))
        pos = end
    out.append(src[pos:])
    return "".join(out)


def render_qml(src: str, notes: list[str] | None = None) -> str | None:
    """The page's text items as an HTML page of the same lines, or None when it has none with a literal.  An item whose
    `text:` literal is never closed is not read: `notes` (when given) gets a warning naming its line."""
    string_end = remembering(_string_end)  # (each unterminated line scanned once)
    open_literals: list[int] = []  # where an item's `text:` literal starts that is never closed
    code = _code_only(src, string_end)
    layout = _Layout(src, string_end)
    chrome = [(m.end(), layout.close(m.end())) for m in _CHROME.finditer(code) if src[m.end() - 1] == "{"]
    for m in _CHROME.finditer(code):
        if src[m.end() - 1] == ":":  # `header: ToolBar { … }` or `header: Rectangle { … }`
            k = skip_blank(src, m.end())
            brace = src.find("{", k, k + 200)
            if brace >= 0 and "\n" not in src[k:brace]:
                chrome.append((brace + 1, layout.close(brace + 1)))
    out: list[str] = []
    pos = 0
    found = False
    barren = 0  # the end of the last item read without a literal: an item nested in it is no page text either
    for m in _ITEM.finditer(code):
        if m.start() < pos or m.start() < barren or any(a <= m.start() < b for a, b in chrome):
            continue  # (and each body is walked once: 2,000 nested or unclosed items took 15 s, a review of u33a's reader)
        end = layout.close(m.end())
        literal: list[tuple[int, int]] | None = None
        spots = layout.own_props(m.end(), end)
        for spot in spots:
            prop = _TEXT_PROP.match(src, spot)
            if prop:
                literal = _text_literals(src, prop.end(), string_end)
                if literal is None:
                    at = _open_literal(src, prop.end(), string_end)
                    if at is not None:
                        open_literals.append(at)
                break
        if not literal:
            barren = end
            continue
        bold = any(_BOLD.match(src, spot) for spot in spots)  # the item's own font, not a child's
        opening = "<p>" + ("<b>" if bold else "")
        out.append(_blank(src[pos : literal[0][0]], opening))
        for k, (start, stop) in enumerate(literal):
            if k:
                out.append(_blank(src[literal[k - 1][1] : start]))
            text = unescape(src[start:stop], _SIMPLE_ESCAPES)
            out.append(html.escape(text, quote=False).replace("\n", "<br>"))
        out.append(("</b>" if bold else "") + "</p>")
        found = True
        pos = literal[-1][1]
    if not found:
        return None
    note = unterminated_note(src, open_literals, "a text item's `text:`")
    if note and notes is not None:
        notes.append(note)
    out.append(_blank(src[pos:]))
    return "".join(out)


def _blank(code: str, tag: str = "") -> str:
    """Code as blank space ending in `tag`: its newlines stay, and its last line's width (see `load.dart`)."""
    last = len(code) - code.rfind("\n") - 1
    return "\n" * code.count("\n") + " " * max(last - len(tag), 0) + tag
