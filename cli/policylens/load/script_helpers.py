"""A script module's document built by the file's own helpers (u38a, eval/structure37 danci-privacy-js).

`function h(text) { return { kind: "h", text }; }`, `function p(segments) { return { kind: "p", segments }; }` and
the document an array of calls, `h("一、我们如何收集和使用您的个人信息")`, `p([t("…"), b("…")])`: a helper defined in the
file as returning one object literal whose `kind`/`type`/`tag` names a heading, a paragraph or a list is read at its
calls (`helpers`, `helper_calls`).  Split out of `load.script_data` (u56r2, issue #13: the module had grown past 600
lines), which reads the file's arrays of section objects and calls this for the helpers' calls; its docstring tells
the whole reading.
"""

from __future__ import annotations

import re

from policylens.load.jsx_data import _block, _prose
from policylens.load.lines import shifted_pieces
from policylens.load.vue_data import _MASKED, Text, _Script
from policylens.model import Block, Piece
from policylens.patterns import HAN_CHAR

# a helper that returns one object literal: `function h(text) { return { kind: "h", text }; }`, `const p = (s) => ({ … })`
_HELPER = re.compile(
    r"(?<![\w$.])(?:function[ \t]++([A-Za-z_$][\w$]{0,40}+)[ \t]*+\([^()]{0,120}\)[ \t]*+\{[ \t\r\n]*+return[ \t]*+\("
    r"?[ \t]*+\{([^{}]{0,300})\}"
    r"|(?:const|let|var)[ \t]++([A-Za-z_$][\w$]{0,40}+)[ \t]*+=[ \t]*+(?:\([^()]{0,120}\)|[A-Za-z_$][\w$]*+)[ \t]*+=>[ \t]*+\("
    r"[ \t]*+\{([^{}]{0,300})\})"
)
_KIND_FIELD = re.compile(r"""(?<![\w$])(?:kind|type|tag)[ \t]*+:[ \t]*+(['"])([\w-]{1,20})\1""")
_HEADING_KINDS = frozenset({"h", "heading", "title", "section", "h1", "h2", "h3", "h4", "h5", "h6"})
_PARAGRAPH_KINDS = frozenset({"p", "para", "paragraph"})
_LIST_KINDS = frozenset({"ul", "ol", "list"})


def helpers(masked: str, text: str) -> dict[str, str]:
    """The file's helpers that build a heading, a paragraph or a list, by name: `{"h": "heading", "p": "paragraph"}`."""
    found: dict[str, str] = {}
    for m in _HELPER.finditer(masked):
        name = m.group(1) or m.group(3)
        start, end = m.span(2) if m.group(1) else m.span(4)
        kind = _KIND_FIELD.search(text, start, end)  # (the kind's string is blank in `masked`)
        if kind is None:
            continue
        value = kind.group(2).lower()
        role = (
            "heading" if value in _HEADING_KINDS else "paragraph" if value in _PARAGRAPH_KINDS else "item" if value in _LIST_KINDS else None
        )
        if role is not None:
            found[name] = role if name not in found or found[name] == role else ""
    return {name: role for name, role in found.items() if role}


def helper_calls(text: str, masked: str, script: _Script, helpers: dict[str, str]) -> list[Block]:
    """The blocks the calls of the file's `helpers` build (see `load.script_data`'s doc), in the file's order.

    Each call is read once, to its `)` (`_closes`): a call inside a paragraph's or list's call already read is its
    text, not read again (`ul(p("…"), p("…"))` gives its two items, not four blocks; `p(p(p("…")))` one paragraph), and a
    call whose `(` is never closed ends where the next call begins (thirty-ninth session, u39h: each such call was read
    to the end of the file, the file's later text joined into it again and again, quadratic in time and output).
    """
    if not any(role == "heading" for role in helpers.values()):
        return []
    calls = re.compile(r"(?<![\w$.])(" + "|".join(map(re.escape, helpers)) + r")[ \t]*+\(")
    found = [m for m in calls.finditer(masked) if not masked[max(0, m.start() - 12) : m.start()].rstrip().endswith("function")]
    closes = _closes(masked)
    blocks: list[Block] = []
    read_to = -1  # the end of the last paragraph's or list's call read: calls before it are its text
    for k, m in enumerate(found):
        if m.start() < read_to:
            continue
        role = helpers[m.group(1)]
        close = closes.get(m.end() - 1, found[k + 1].start() if k + 1 < len(found) else len(masked))
        if role == "heading":
            value, _ = script.read(m.end(), 0)
            if isinstance(value, tuple) and _prose(value[0], title=True):
                blocks.append(_block("heading", value, 1))
            continue
        read_to = close
        parts = _arguments(masked, m.end(), close) if role == "item" else [(m.end(), close)]
        for start, end in parts:
            value = _joined(text, script, start, end)
            if value is not None:
                blocks.append(_block("item" if role == "item" else "paragraph", value, None))
    return blocks


def _closes(masked: str) -> dict[int, int]:
    """The offset of the `)` closing each `(` of `masked` (strings and comments blanked), in one pass; a `(` never
    closed has none."""
    out: dict[int, int] = {}
    stack: list[int] = []
    for m in re.finditer(r"[()]", masked):
        if m.group() == "(":
            stack.append(m.start())
        elif stack:
            out[stack.pop()] = m.start()
    return out


def _arguments(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a call's arguments between `start` and `end` (its `)`), split at the commas outside brackets."""
    out: list[tuple[int, int]] = []
    depth, at = 0, start
    for i in range(start, end):
        c = masked[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            out.append((at, i))
            at = i + 1
    out.append((at, end))
    return out


def _joined(text: str, script: _Script, start: int, end: int) -> Text | None:
    """The Chinese string literals of `text[start:end]` joined into one text (their pieces at their places), None
    without any."""
    joined = ""
    pieces: list[Piece] = []
    for m in _MASKED.finditer(text, start, end):
        if text[m.start()] not in "'\"`":
            continue  # (a comment)
        value, _ = script.read(m.start(), 0)
        if not isinstance(value, tuple) or not HAN_CHAR.search(value[0]):
            continue
        pieces.extend(shifted_pieces(value[1], len(joined)))
        joined += value[0]
    return (joined, tuple(pieces)) if pieces else None
