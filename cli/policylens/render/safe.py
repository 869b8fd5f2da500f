"""Terminal and XML safety for every human-readable output: one place that escapes.

Policies and file names come from people nobody vetted.  A raw ESC can rewrite the
reviewer's screen or window title, a BEL rings, a newline in a file name forges extra
`path:line:col:` lines, and XML 1.0 forbids most control characters outright.

- `visible(text)`: control characters as their visible symbols (ESC → ␛), for text that
  is shown as prose (findings, headings, redlines); tab and newline are kept.
- `quote_path(path)`: a path as is, or double-quoted with backslash escapes when it holds
  a control or line-separator character, so it stays on one line.
- `xml_text(text)`: what XML 1.0 allows, with forbidden characters shown as symbols.
"""

from __future__ import annotations

from typing import Any, TextIO

from policylens.lazyre import lazy

# C0 controls except tab and newline, then DEL → the Control Pictures block (U+2400…).
_VISIBLE = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)} | {0x7F: 0x2421}
# C1 controls (U+0080–U+009F: CSI U+009B drives terminals too) and the bidi overrides that
# reorder what a terminal shows (the "Trojan Source" characters) → their code as text.
_HIDDEN = lazy("[\u0080-\u009f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_IN_PATH = lazy("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# Characters XML 1.0 does not allow at all (§2.2), even as character references.
_NOT_XML = lazy("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def visible(text: str) -> str:
    """Control characters as visible symbols (ESC → ␛, CR → ␍), C1 and bidi controls as `<U+XXXX>`."""
    text = text.translate(_VISIBLE)
    if _HIDDEN.search(text):
        text = _HIDDEN.sub(lambda m: f"<U+{ord(m.group(0)):04X}>", text)
    return text


def quote_path(path: str) -> str:
    """The path unchanged, or quoted with escapes (`"a\\nb.txt"`) if it holds a control character."""
    if not _UNSAFE_IN_PATH.search(path):
        return path
    escaped = path.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + _UNSAFE_IN_PATH.sub(lambda m: _escape(m.group(0)), escaped) + '"'


def _escape(ch: str) -> str:
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def xml_text(text: str) -> str:
    """Text XML 1.0 accepts: forbidden characters (NUL, ESC, lone surrogates, U+FFFE…) become visible symbols."""
    if not _NOT_XML.search(text):
        return text
    return _NOT_XML.sub(lambda m: chr(_VISIBLE[ord(m.group(0))]) if ord(m.group(0)) in _VISIBLE else "\ufffd", text)


class SafeWriter:
    """A text stream that shows control characters as symbols (`visible`) in all it writes.

    Plain-text and Markdown renderers write through it, so no string they forget to escape
    reaches the terminal raw.  Not for rich (its own ANSI codes would be escaped) nor for
    formats with their own escaping (JSON, SARIF, HTML, JUnit).
    """

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, text: str) -> int:
        return self._out.write(visible(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._out, name)
