"""Terminal and XML safety for every human-readable output: one place that escapes.

Policies and file names come from people nobody vetted.  A raw ESC can rewrite the
reviewer's screen or window title, a BEL rings, a newline in a file name forges extra
`path:line:col:` lines, and XML 1.0 forbids most control characters outright.

- `visible(text)`: control characters as their visible symbols (ESC → ␛), for text that
  is shown as prose (findings, headings, redlines); tab and newline are kept.
  `visible_line(text)` shows a newline too (⏎), for text that must stay on its line.
- `quote_path(path)`: a path as is, or double-quoted with backslash escapes when it holds
  a control or line-separator character, so it stays on one line.
- `no_surrogates(text)`: a lone surrogate (how Python holds a file name's byte that is not
  UTF-8) written `\\xe9`, as `ls -b` shows it: the one spelling of such a name in every report
  (text and rich quote it as a whole, JSON, SARIF messages, GitHub and JUnit hold it as is; a
  SARIF URI percent-encodes the byte, `bad%E9.md`).
- `json_text(text)`, `xml_text(text)`: that spelling inside JSON, and what XML 1.0 allows
  (forbidden characters shown as symbols).
- `json_named(obj, ...)`: JSON text of a report object; every `path` holding such a byte gets a
  `path_bytes` beside it, the name's exact bytes in base64, so a consumer can find the file.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any, TextIO

from policylens.lazyre import lazy
from policylens.patterns import SURROGATE

# C0 controls except tab and newline, then DEL → the Control Pictures block (U+2400…).
_VISIBLE = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)} | {0x7F: 0x2421}
# C1 controls (U+0080–U+009F: CSI U+009B drives terminals too), the line and paragraph separators
# U+2028/U+2029 (a terminal shows nothing for them, or breaks the line: a column after one counted a
# character nobody saw; hostile round 12) and the bidi overrides that reorder what a terminal shows
# (the "Trojan Source" characters) → their code as text.
_HIDDEN = lazy("[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# A lone surrogate is a byte of a file name that is not UTF-8 (`bad\xe9.md` reaches Python as
# `bad\udce9.md`): a terminal drops it and showed `bad.md`, another file's name.
_UNSAFE_IN_PATH = lazy("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# Characters XML 1.0 does not allow at all (§2.2), even as character references.
_NOT_XML = lazy("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def visible(text: str) -> str:
    """Control characters as visible symbols (ESC → ␛, CR → ␍), C1 and bidi controls as `<U+XXXX>`."""
    text = text.translate(_VISIBLE)
    if _HIDDEN.search(text):
        text = _HIDDEN.sub(lambda m: f"<U+{ord(m.group(0)):04X}>", text)
    return text


def visible_line(text: str) -> str:
    """`visible(text)` on one line: a newline shown as ⏎, so text from a file cannot start a line of the report.

    U+2028 and U+2029 (line and paragraph separators, which some terminals and viewers break on) are shown as
    `<U+2028>`, as `quote_path` treats them.
    """
    line = visible(text).replace("\n", " ⏎ ")
    if "\u2028" in line or "\u2029" in line:
        line = line.replace("\u2028", "<U+2028>").replace("\u2029", "<U+2029>")
    return line


def one_line(text: str) -> str:
    """Text on one line, its line breaks (LF, CR) shown as ⏎ and nothing else changed: for a report that keeps
    characters as data but gives each field a line of its own (JUnit's `excerpt:`, `reference:` lines)."""
    if "\n" not in text and "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", " ⏎ ")


def visible_offsets(text: str) -> Callable[[int], int]:
    """Maps an offset of `text` to the same place in `visible(text)`.

    `visible` writes each C1 or bidi control as `<U+XXXX>`, eight characters for one: a column
    of the source is further right in what is shown (the `rich` excerpt around a finding after
    many U+202E showed other text, the caret under it).  Control pictures keep one character.
    """
    hidden = [m.start() for m in _HIDDEN.finditer(text)] if _HIDDEN.search(text) else []
    if not hidden:
        return lambda offset: offset
    return lambda offset: offset + 7 * bisect.bisect_left(hidden, offset)  # every _HIDDEN character is in the BMP


def no_command(line: str) -> str:
    """`line` with a backslash before it when it starts with `::` after white space, else unchanged.

    A GitHub Actions runner reads every line of a step's log that starts so (leading white space trimmed) as a workflow
    command: a policy paragraph 「::error::…」 or 「::add-mask::…」 at the start of a line of `parse -f markdown`, the
    rich tree's root or the left column of `diff --side-by-side` forged an annotation in a CI log (lead, session 35).
    In Markdown `\\:` is the escape of `:` and shows the same text.
    """
    from policylens.render.ci_lines import starts_command  # `##[` and `##vso[` too (u36h)

    return "\\" + line if starts_command(line) else line


def quote_path(path: str) -> str:
    """The path unchanged, or quoted with escapes (`"a\\nb.txt"`) if it holds a control character.

    A path that starts with `::` (after white space) is quoted too: `check -f text` starts each line with the path, and
    a GitHub Actions runner reads any line of a step's log that starts so as a workflow command, so a file named
    `::error ::x.md` forged an annotation (or `::add-mask::`, `::stop-commands::`) in a CI log (u34h).
    """
    if not _UNSAFE_IN_PATH.search(path) and not path.lstrip().startswith("::"):
        return path
    escaped = path.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + _UNSAFE_IN_PATH.sub(lambda m: _escape(m.group(0)), escaped) + '"'


def no_surrogates(text: str) -> str:
    """`text` with each lone surrogate written as `quote_path` writes it (`\\xe9` for a file name's byte that is not
    UTF-8, `\\ud800` for half a pair), else unchanged: for a line format that is not quoted as a whole and must stay
    UTF-8 (`--format github`: `file=bad\\udce9.md` went out as the raw byte E9, and the report was not UTF-8)."""
    if not SURROGATE.search(text):
        return text
    return SURROGATE.sub(lambda m: _escape(m.group(0)), text)


def shown_repr(text: str) -> str:
    """`repr(text)` with each byte of a file name that is not UTF-8 spelt `\\xe9`, as `quote_path` and `no_surrogates`
    spell it, not Python's `\\udce9` (u47h2: `…must match the file name 'h\\udce9.toml'` beside `h\\xe9.toml` elsewhere
    on the same line).  One pass over the `repr`: an escaped backslash (`\\\\`) is copied whole, so a name holding the
    characters `\\udce9` keeps them."""
    shown = repr(text)
    if not SURROGATE.search(text):
        return shown
    out: list[str] = []
    k = 0
    while k < len(shown):
        c = shown[k]
        if c != "\\":
            out.append(c)
            k += 1
        elif shown.startswith("\\udc", k) and shown[k + 4 : k + 5] in _HIGH_HEX:  # (U+DC80–U+DCFF: bytes 80–FF)
            out.append("\\x" + shown[k + 4 : k + 6])
            k += 6
        else:
            out.append(shown[k : k + 2])
            k += 2
    return "".join(out)


_HIGH_HEX = frozenset("89abcdef")


def _escape(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # the byte Python could not decode, as `ls -b` shows it
        return f"\\x{code - 0xDC00:02x}"
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def xml_text(text: str) -> str:
    """Text XML 1.0 accepts: forbidden characters (NUL, ESC, U+FFFE…) become visible symbols, and a lone surrogate (a
    file name's byte that is not UTF-8) is written as every report writes it, `\\xe9` (`no_surrogates`; it was U+FFFD,
    so JUnit named `bad\\xe9.md` as `bad` U+FFFD `.md` where the other formats wrote `bad\\xe9.md`)."""
    if not _NOT_XML.search(text):
        return text
    return _NOT_XML.sub(_xml_char, text)


def _xml_char(m: Any) -> str:
    code = ord(m.group(0))
    if code in _VISIBLE:
        return chr(_VISIBLE[code])
    return _escape(m.group(0)) if 0xD800 <= code <= 0xDFFF else "\ufffd"


def json_text(text: str) -> str:
    """JSON text (from `json.dumps(..., ensure_ascii=False)`) with each lone surrogate as `no_surrogates` writes it.

    A file name that is not UTF-8 (`bad\\xe9.md`) reaches Python as `bad\\udce9.md`; written raw, it made the report
    invalid UTF-8 (a JSON or SARIF reader refused it, and `-o` stopped with an internal error).  Until the forty-sixth
    round it was written as the escape `\\udce9`, a lone surrogate that strict JSON readers refuse (I-JSON, RFC 7493)
    or turn into U+FFFD; now the string holds `bad\\xe9.md`, the name every other report shows (text, rich, GitHub,
    JUnit, Markdown).  A surrogate can only stand inside a JSON string, so the escaped backslash is always valid there.
    The baseline, which `check` reads back to match files by name, keeps the exact escape (`json_exact`).
    """
    if not SURROGATE.search(text):
        return text
    return SURROGATE.sub(lambda m: _escape(m.group(0)).replace("\\", "\\\\"), text)


# a report's keys that hold a file or folder name, and the key of that name's bytes
NAME_BYTES = {"path": "path_bytes", "product": "product_bytes"}


def with_path_bytes(obj: Any) -> Any:
    """`obj` (a report object: dicts, lists, scalars) with `"path_bytes"` added after every `"path"` (`compare`'s
    `"product_bytes"` after its `"product"`, a folder name) whose string holds a byte of a file name that is not UTF-8 (a lone surrogate U+DC80–U+DCFF): the name's bytes (`os.fsencode`), in
    standard base64 (forty-seventh round).  The `path` string shows such a byte as `\\xe9` (`json_text`), which a name
    holding a real backslash, `x` and two hex digits also shows; `path_bytes` is the one way back to the file.  Absent
    when the name is UTF-8 (then `path` is the name), so reports of ordinary names are byte-identical."""
    if isinstance(obj, list):
        return [with_path_bytes(item) for item in obj]
    if not isinstance(obj, dict):
        return obj
    out: dict[Any, Any] = {}
    for key, value in obj.items():
        out[key] = with_path_bytes(value)
        named = NAME_BYTES.get(key) if isinstance(key, str) else None
        if named is not None and isinstance(value, str) and named not in obj:
            raw = name_bytes(value)
            if raw is not None:
                out[named] = raw
    return out


def name_bytes(path: str) -> str | None:
    """The base64 of `path`'s bytes when it holds a byte that is not UTF-8, else None (see `with_path_bytes`)."""
    if not SURROGATE.search(path):
        return None
    import base64

    try:  # a file name's undecodable byte is a surrogate U+DC80–U+DCFF (`surrogateescape`, as `os.fsencode`)
        raw = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # another lone surrogate (never from a file system): its UTF-8 form, as `json_exact`
        raw = path.encode("utf-8", "surrogatepass")
    return base64.b64encode(raw).decode("ascii")


def json_named(obj: Any, dumps: Callable[[Any], str]) -> str:
    """`dumps(obj)` as JSON text every report writes: a name's byte that is not UTF-8 spelt `\\xe9` (`json_text`) and
    its exact bytes in `path_bytes` beside the `path` (`with_path_bytes`).  A report without such a name is dumped
    once, unchanged."""
    text = dumps(obj)
    if not SURROGATE.search(text):
        return text
    return json_text(dumps(with_path_bytes(obj)))


def json_exact(text: str) -> str:
    """JSON text with each lone surrogate as its `\\udcXX` escape: valid UTF-8, and a Python reader gets the same
    string back (`os.fsencode` turns it into the name's bytes).  For the baseline only, which `check` reads back."""
    if not SURROGATE.search(text):
        return text
    return SURROGATE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


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
