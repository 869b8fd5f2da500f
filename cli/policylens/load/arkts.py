"""A HarmonyOS ArkUI page's source (`.ets`, ArkTS, read when the file is named): the text of its `Text('…')` components
is the page.

A HarmonyOS app keeps its policy as a page or a dialog (`Column() { Text('隐私政策').fontWeight(FontWeight.Bold)
Scroll() { Text('一、…') … } }`), the same shape as a Flutter screen (`load.dart`); read as plain text, the file was
code: its title was the first `import` line and `Text({ PromptParams })` an unfilled slot (thirty-fourth session).
`render_ets` rewrites the source as an HTML page the HTML reader takes as it is, line for line:

- every `Text(…)` (or `Span(…)`) component whose first argument is a string literal (`'…'`, `"…"`, or a template
  literal `` `…` `` without `${…}`) becomes a paragraph `<p>` at that literal's line, literals joined with `+` read as
  one, a `\\n` a line break; a component whose attribute chain sets a bold weight (`.fontWeight(FontWeight.Bold)`,
  `Bolder`, `Medium`, 500–900, `'bold'`) is wrapped in `<b>`;
- a `Text()` without a literal of its own whose body holds `Span('…')` children is one paragraph of those spans (each
  bold one in `<b>`): ArkUI shows the spans as one text;
- the navigation bar (a `Row(` holding a back action, `router.back(…)`, `router.pop(…)`, `.pop(…)` of a navigation
  stack, and at most two `Text`s: the page's name beside the arrow) is chrome and left out, as are a literal with
  `${…}` (its value is computed), a `$r('app.string.…')` resource (its value is in the app's resource files), buttons
  and everything else (code, comments), which becomes blank space: newlines stay, and each text's column, so line and
  column numbers hold.  A file with no such component is left to the plain-text reader (`None`).
"""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right

from policylens.lazyre import lazy
from policylens.load.arkts_carriers import ark_call_literals, ark_carriers
from policylens.load.dart import _blank
from policylens.load.page_columns import ColumnMap, PageWriter, literal_lines
from policylens.load.scripts import bracket_ends, closing_bracket, joined_literals, opaque_spans, skip_blank, unescape, unterminated_note

ETS_SUFFIX = ".ets"
# A component that shows its first argument: `Text(`, `Span(` (not `TextInput(`, `TextArea(`, `.fontSpan(`).
_COMPONENT = lazy(r"(?<![\w.$])(?P<name>Text|Span)[ \t]*+\(")
_SPAN = lazy(r"(?<![\w.$])Span[ \t]*+\(")
_BACK = lazy(r"\brouter\.(?:back|pop|replaceUrl)\(|\.pop(?:ToName|ToIndex)?\(|\bNavigator\.pop\(")
_BOLD = lazy(r"^\s*+\.fontWeight\(\s*+(?:FontWeight\.(?:Bold|Bolder|Medium)|[5-9]00|'(?:bold|bolder|[5-9]00)'|\"(?:bold|bolder|[5-9]00)\")")
_ROW = lazy(r"(?<![\w.$])Row[ \t]*+\(")
_ATTRIBUTE = lazy(r"\s*+\.[A-Za-z_]\w{0,40}[ \t]*+\(")
_INTERPOLATION = "${"
_SIMPLE_ESCAPES = {"n": "\n", "t": " ", "r": "", "b": "", "f": "", "v": "", "0": ""}


def _string_end(src: str, i: int) -> tuple[int, int, int] | None:
    """At a string literal starting at `i` (`'…'`, `"…"`, `` `…` ``): (body start, body end, end); else None."""
    if i >= len(src) or src[i] not in "'\"`":
        return None
    quote = src[i]
    k = i + 1
    depth = 0  # inside a template literal's `${ … }`
    while k < len(src):
        c = src[k]
        if c == "\\":
            k += 2
            continue
        if quote == "`" and src.startswith("${", k):
            depth += 1
            k += 2
            continue
        if depth and c == "}":
            depth -= 1
        elif not depth and c == quote:
            return i + 1, k, k + 1
        elif c == "\n" and quote != "`":
            return None  # an unterminated one-line string: not a literal this reader understands
        k += 1
    return None


def _literal_markup(body: str, template: bool) -> str | None:
    """A literal's body as HTML text, its source lines kept (a `\\n` escape a `<br>`); None when a template literal
    interpolates code (`${…}`): its value is computed."""
    if template and _INTERPOLATION in body:
        return None
    return literal_lines(body, lambda line: html.escape(unescape(line, _SIMPLE_ESCAPES), quote=False).replace("\n", "<br>"))


class _Source:
    """An ArkTS source read once: its comments and string literals (`spans`, in order), the index past the bracket that
    closes each one opened in its code (`ends`, `scripts.bracket_ends`: the end of the source when none does), and its
    literals by their start (`literal`).  Every question the reader asks of it is then a look-up: asked from each of
    20,000 unclosed `Text(` or `Row(`, or from each backtick of 「`${`${…」, a scan to the end of the file made reading a
    40 KB file take half a minute (review u34x).  A bracket inside a template literal (「Text(`1) 说明`)」) closes nothing,
    as in a single-quoted one; an unterminated template literal reads to the end of the file, so no backtick after it
    opens one (the page's code goes on being read)."""

    def __init__(self, src: str) -> None:
        self.src = src
        self.spans: list[tuple[int, int]] = []
        self._literals: dict[int, tuple[int, int, int] | None] = {}
        self.spans = opaque_spans(src, lambda _src, i: self.literal(i), "'\"`", raw=False)
        self._starts = [a for a, _ in self.spans]
        self.ends = bracket_ends(src, lambda _src, i: self.literal(i), templates=True)  # (the literals read once)

    def literal(self, i: int) -> tuple[int, int, int] | None:
        """`_string_end(src, i)`, each literal scanned once: after an unterminated one (a one-line string runs to its
        line's end, a template literal to the file's), a literal of the same quote starting inside it is unterminated
        too (its escapes pair as they did; a template literal's backtick is not tried again)."""
        if i in self._literals:
            return self._literals[i]
        lit = _string_end(self.src, i)
        self._literals[i] = lit
        if lit is None and i < len(self.src) and self.src[i] in "'\"`":
            quote = self.src[i]
            stop = len(self.src) if quote == "`" else self.src.find("\n", i)
            stop = len(self.src) if stop < 0 else stop
            k = self.src.find(quote, i + 1, stop)
            while k >= 0:
                self._literals.setdefault(k, None)
                k = self.src.find(quote, k + 1, stop)
        return lit

    def close(self, i: int) -> int:
        """`closing_bracket(src, i, …)` for a bracket opened at `i - 1`."""
        end = self.ends.get(i)
        return end if end is not None else closing_bracket(self.src, i, _string_end, "'\"`", raw=False)

    def in_code(self, at: int) -> bool:
        """Is `at` outside the comments and string literals?"""
        k = bisect_right(self._starts, at) - 1
        return not (k >= 0 and self.spans[k][0] <= at < self.spans[k][1])


def _literals(source: _Source, i: int, open_literals: list[int]) -> tuple[list[tuple[int, int, str]], bool]:
    """The string literals from `i` joined with `+` (a component's first argument): (their body spans with their markup,
    whether the text is computed: a template literal's `${…}`, or a value joined to them, `scripts.joined_literals`).
    A literal there that is never closed is added to `open_literals` (its start)."""
    parts, computed, end = joined_literals(source.src, i, source.literal, _literal_markup, "`", adjacent=False)
    if end < len(source.src) and source.src[end] in "'\"`" and source.literal(end) is None:
        open_literals.append(end)
    return parts, computed


def _bold(source: _Source, end: int) -> bool:
    """Does the attribute chain after a component's closing bracket at `end` set a bold weight?"""
    k = end
    for _ in range(30):  # `.fontSize(16).fontColor('#333').margin({…}).fontWeight(FontWeight.Bold)`
        if _BOLD.match(source.src[k : k + 80]):
            return True
        m = _ATTRIBUTE.match(source.src, k)
        if m is None:
            return False
        k = source.close(m.end())
    return False


def _bar_spans(source: _Source) -> list[tuple[int, int]]:
    """The argument and body spans of hand-made navigation bars: a `Row(…) { … }` holding a back action and at most two
    `Text` components (the page's name beside the arrow), merged where they nest or overlap, in order."""
    src = source.src
    components = [m.start() for m in _COMPONENT.finditer(src)]
    backs = [m.start() for m in _BACK.finditer(src)]
    spans: list[tuple[int, int]] = []
    for m in _ROW.finditer(src):
        if not source.in_code(m.start()):
            continue
        end = source.close(m.end())
        k = skip_blank(src, end)
        if k < len(src) and src[k] == "{":
            end = source.close(k + 1)
        # (counted by position: a body searched for each `Row(` made nested or unclosed rows quadratic)
        back = bisect_left(backs, m.end())
        if back < len(backs) and backs[back] < end and bisect_left(components, end) - bisect_left(components, m.end()) <= 2:
            if spans and m.end() < spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((m.end(), end))
    return spans


def render_ets(src: str, columns: ColumnMap | None = None, *, notes: list[str] | None = None) -> str | None:
    """The page's `Text` components as an HTML page of the same lines, or None when it has none with a literal; `columns`,
    when given, is filled with where each run of the page's text came from (`load.page_columns`).  A component whose
    literal is never closed is not read: `notes` (when given) gets a warning naming its line."""
    out = PageWriter(src, columns)
    open_literals: list[int] = []  # where a component's literal starts that is never closed
    found = False
    pos = 0
    closing = ""  # the tags that close the last text, written at the start of the code after it
    source = _Source(src)
    bars = _bar_spans(source)
    bar_starts = [a for a, _ in bars]

    def in_bar(at: int) -> bool:
        k = bisect_right(bar_starts, at) - 1
        return k >= 0 and bars[k][0] <= at < bars[k][1]

    texts: list[list[tuple[int, int, str, bool]]] = []  # each text's pieces: (body start, body end, markup, bold)
    for m in _COMPONENT.finditer(src):
        if in_bar(m.start()) or not source.in_code(m.start()):
            continue
        close = source.close(m.end())
        parts, computed = _literals(source, skip_blank(src, m.end()), open_literals)
        pieces: list[tuple[int, int, str, bool]] = []  # (body start, body end, markup, bold)
        if parts and not computed:
            bold = _bold(source, close)
            pieces = [(a, b, markup, bold) for a, b, markup in parts]
        elif not parts and not computed and m.group("name") == "Text":
            # `Text() { Span('…') Span('…').fontWeight(FontWeight.Bold) }`: the spans are the text
            k = skip_blank(src, close)
            if k < len(src) and src[k] == "{":
                body_end = source.close(k + 1)
                for s in _SPAN.finditer(src, k + 1, body_end):
                    if not source.in_code(s.start()):
                        continue
                    span_parts, span_computed = _literals(source, skip_blank(src, s.end()), open_literals)
                    if span_parts and not span_computed:
                        bold = _bold(source, source.close(s.end()))
                        pieces += [(a, b, markup, bold) for a, b, markup in span_parts]
        if pieces:
            texts.append(pieces)
    # the literals the page passes to its own builders and components that show them (`load.arkts_carriers`)
    literal = lambda _src, i: source.literal(i)  # noqa: E731
    found_carriers = ark_carriers(src, source.close, literal, source.in_code, lambda end: _bold(source, end))
    for at, bold in ark_call_literals(src, found_carriers, source.close, literal, source.in_code):
        if in_bar(at):
            continue
        parts, computed = _literals(source, at, open_literals)
        if parts and not computed:
            texts.append([(a, b, markup, bold) for a, b, markup in parts])
    for pieces in sorted(texts, key=lambda t: t[0][0]):
        if pieces[0][0] < pos:
            continue
        opening = "<p>"
        for start, end, markup, bold in pieces:
            out.write(_gap(src[pos:start], closing, opening + ("<b>" if bold else "")))
            out.text(start, end, markup, _SIMPLE_ESCAPES, raw=False)
            closing, opening, pos = ("</b>" if bold else ""), "", end
        closing += "</p>"
        found = True
    if not found:
        return None
    note = unterminated_note(src, open_literals, "a `Text` component")
    if note and notes is not None:
        notes.append(note)
    out.write(_gap(src[pos:], closing, ""))
    return out.page()


def _gap(code: str, before: str, after: str) -> str:
    """Code as blank space between the tags `before` (closing the text before it) and `after` (opening the next): its
    newlines stay, and its last line's width, so that the text after it keeps its column (a `check` finding's
    line:column points into the source)."""
    if "\n" not in code:
        return before + " " * max(len(code) - len(before) - len(after), 0) + after
    return before + _blank(code, after)
