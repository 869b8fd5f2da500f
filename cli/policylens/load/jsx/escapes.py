"""A JavaScript string literal's escapes (`\\u2022`, `\\u{…}`, surrogate pairs, `\\x41`, line continuations) read at their
source width (`literal_escapes`), so that each character of the text the page shows keeps its place in the source."""

from __future__ import annotations

from array import array
from collections.abc import Iterator

from policylens.lazyre import lazy

# (u41h, left by the fortieth session's sets) the escapes of a string literal read as text: 「{'\\u2022  以合法…'}」 (a React
# Native sheet, eval/precision40 cuhk-nursing-privacy-hk-tsx) was read as written, 「\\u2022  以合法…」.  Each escape is
# one character of the text, at its source column with its source width (as an HTML character reference is); a line
# continuation and `\\0` stand for nothing, `\\n` and the other spacing escapes for a space; a malformed `\\u` / `\\x`
# (a syntax error in JavaScript) stays as written.  JSX text between tags keeps its backslashes: JSX reads no escape there.
_JS_ESCAPE = lazy(
    r"\\(?:u\{[0-9A-Fa-f]{1,6}\}|u[Dd][89ABab][0-9A-Fa-f]{2}\\u[Dd][C-Fc-f][0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}"
    r"|\r\n|[^ux])"
)
_JS_SIMPLE = {"n": " ", "r": " ", "t": " ", "v": " ", "f": " ", "b": "", "0": "", "\r\n": "", "\n": "", "\r": ""}
_JS_SIMPLE |= {"\u2028": "", "\u2029": ""}


def literal_escapes(text: str, literals: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The escapes of the literal bodies `literals` (spans of `text`), in source order: (start, end, the text it stands for)."""
    return list(_escapes(text, literals))


def _escapes(text: str, literals: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    from policylens.load.scripts import unescape

    for start, end in sorted(set(literals)):
        for m in _JS_ESCAPE.finditer(text, start, end):
            code = m.group()[1:]
            yield m.start(), m.end(), _JS_SIMPLE[code] if code in _JS_SIMPLE else unescape(m.group(), {})


def _read_body(text: str, start: int, end: int | None) -> str:
    """A literal body as the page shows it, its escapes read: a condition's branches are measured and named by it (u41h:
    「'\\u500b\\u8cc7\\u6cd5'」 is three characters, not eighteen)."""
    end = len(text) if end is None else end
    if text.find("\\", start, end) == -1:
        return text[start:end]
    return "".join(decoded for _, _, decoded in _pieces(text, start, end))


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """The body `text[start:end]` as runs of (start, end, text): plain runs as written, each escape as what it stands for."""
    at = start
    for m_start, m_end, decoded in _escapes(text, [(start, end)]):
        if m_start > at:
            yield at, m_start, text[at:m_start]
        yield m_start, m_end, decoded
        at = m_end
    if at < end:
        yield at, end, text[at:end]


class LiteralEscapes:
    """The escapes of a page's literals, compact (a page of 160,000 escapes kept them as tuples: 30 MB): their source
    spans in two arrays, the text each stands for shared between equal ones."""

    __slots__ = ("ends", "starts", "texts")

    def __init__(self, text: str = "", literals: list[tuple[int, int]] | None = None) -> None:
        self.starts, self.ends = array("q"), array("q")
        self.texts: list[str] = []
        shared: dict[str, str] = {}
        for start, end, decoded in _escapes(text, literals or []):
            self.starts.append(start)
            self.ends.append(end)
            self.texts.append(shared.setdefault(decoded, decoded))

    def __len__(self) -> int:
        return len(self.starts)
