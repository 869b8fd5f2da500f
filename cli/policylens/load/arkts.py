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
from bisect import bisect_right

from policylens.lazyre import lazy
from policylens.load.dart import _blank
from policylens.load.scripts import closing_bracket, skip_blank, unescape

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
    lines = [html.escape(unescape(line, _SIMPLE_ESCAPES), quote=False).replace("\n", "<br>") for line in body.split("\n")]
    return "<br>\n".join(lines)


def _literals(src: str, i: int) -> tuple[list[tuple[int, int, str]], bool, int]:
    """The string literals from `i` joined with `+` (a component's first argument): (their body spans with their markup,
    whether one of them is computed, the index after them)."""
    parts: list[tuple[int, int, str]] = []
    computed = False
    while True:
        lit = _string_end(src, i)
        if lit is None:
            break
        markup = _literal_markup(src[lit[0] : lit[1]], src[i] == "`")
        if markup is None:
            computed = True
        else:
            parts.append((lit[0], lit[1], markup))
        i = skip_blank(src, lit[2])
        if i < len(src) and src[i] == "+":
            i = skip_blank(src, i + 1)
        else:
            break
    return parts, computed, i


def _bold(src: str, end: int) -> bool:
    """Does the attribute chain after a component's closing bracket at `end` set a bold weight?"""
    k = end
    for _ in range(30):  # `.fontSize(16).fontColor('#333').margin({…}).fontWeight(FontWeight.Bold)`
        if _BOLD.match(src[k : k + 80]):
            return True
        m = _ATTRIBUTE.match(src, k)
        if m is None:
            return False
        k = closing_bracket(src, m.end(), _string_end)
    return False


def _bar_spans(src: str) -> list[tuple[int, int]]:
    """The argument and body spans of hand-made navigation bars: a `Row(…) { … }` holding a back action and at most two
    `Text` components (the page's name beside the arrow)."""
    spans = []
    for m in _ROW.finditer(src):
        end = closing_bracket(src, m.end(), _string_end)
        k = skip_blank(src, end)
        if k < len(src) and src[k] == "{":
            end = closing_bracket(src, k + 1, _string_end)
        body = src[m.end() : end]
        if _BACK.search(body) and len(_COMPONENT.findall(body)) <= 2:
            spans.append((m.end(), end))
    return spans


def _not_code(src: str) -> list[tuple[int, int]]:
    """The spans of the comments and string literals of `src`, in order (a component named in them is no component)."""
    spans = []
    k = 0
    while k < len(src):
        c = src[k]
        if src.startswith("//", k) or src.startswith("/*", k):
            end = skip_blank(src, k)
            spans.append((k, end))
            k = end
            continue
        if c in "'\"`":
            lit = _string_end(src, k)
            if lit is not None:
                spans.append((k, lit[2]))
                k = lit[2]
                continue
        k += 1
    return spans


def render_ets(src: str) -> str | None:
    """The page's `Text` components as an HTML page of the same lines, or None when it has none with a literal."""
    out: list[str] = []
    pos = 0
    closing = ""  # the tags that close the last text, written at the start of the code after it
    bars = _bar_spans(src)
    skipped = _not_code(src)
    starts = [a for a, _ in skipped]

    def in_code(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return not (k >= 0 and skipped[k][0] <= at < skipped[k][1])

    for m in _COMPONENT.finditer(src):
        if m.start() < pos or any(a <= m.start() < b for a, b in bars) or not in_code(m.start()):
            continue
        close = closing_bracket(src, m.end(), _string_end)
        parts, computed, _ = _literals(src, skip_blank(src, m.end()))
        pieces: list[tuple[int, int, str, bool]] = []  # (body start, body end, markup, bold)
        if parts and not computed:
            bold = _bold(src, close)
            pieces = [(a, b, markup, bold) for a, b, markup in parts]
        elif not parts and not computed and m.group("name") == "Text":
            # `Text() { Span('…') Span('…').fontWeight(FontWeight.Bold) }`: the spans are the text
            k = skip_blank(src, close)
            if k < len(src) and src[k] == "{":
                body_end = closing_bracket(src, k + 1, _string_end)
                for s in _SPAN.finditer(src, k + 1, body_end):
                    if not in_code(s.start()):
                        continue
                    span_parts, span_computed, _ = _literals(src, skip_blank(src, s.end()))
                    if span_parts and not span_computed:
                        bold = _bold(src, closing_bracket(src, s.end(), _string_end))
                        pieces += [(a, b, markup, bold) for a, b, markup in span_parts]
        if not pieces:
            continue
        opening = "<p>"
        for start, end, markup, bold in pieces:
            out.append(_gap(src[pos:start], closing, opening + ("<b>" if bold else "")))
            out.append(markup)
            closing, opening, pos = ("</b>" if bold else ""), "", end
        closing += "</p>"
    if not out:
        return None
    out.append(_gap(src[pos:], closing, ""))
    return "".join(out)


def _gap(code: str, before: str, after: str) -> str:
    """Code as blank space between the tags `before` (closing the text before it) and `after` (opening the next): its
    newlines stay, and its last line's width, so that the text after it keeps its column (a `check` finding's
    line:column points into the source)."""
    if "\n" not in code:
        return before + " " * max(len(code) - len(before) - len(after), 0) + after
    return before + _blank(code, after)
