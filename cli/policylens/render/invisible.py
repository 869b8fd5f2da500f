"""Zero-width characters, soft hyphens and bidi marks inside a changed span, named where a redline shows them (fifty-sixth
session, u56d2; the soft hyphen and the bidi marks fifty-seventh session, u57d).

A zero-width space, non-joiner or joiner, word joiner or BOM (U+200B, U+200C, U+200D, U+2060, U+FEFF) shows nothing on
any screen.  Inside an inserted or deleted word of a redline (eval/pairs56d rikka-reword: 特性 → 「功能」 written
功\\u200b\\u200b能) the text, Markdown and HTML reports marked a word that looked like any other: a reviewer read 特性 → 功能
and not that the new word holds two hidden characters (a byte change the publisher may not have meant, that breaks a
search for 功能).  A redline must not hide a change, so each such character of a deleted or inserted span, or of a
paragraph added or removed whole, is written as its name between angle brackets (「{+功⟨ZWSP⟩⟨ZWSP⟩能+}」).  Unchanged text
is shown as it is, and the JSON report keeps the characters as data (a public contract).

A change that is *only* such characters (功能 → 功\\u200b能) is formatting noise for `diff`, as before: the comparison keys
drop `patterns.INVISIBLE` (`diff.keys.layout_key`; docs/hostile-input.md), so the paragraph is unchanged and the exit
code 0, since the words a reader sees are the same; `--strict` shows it as a change, and there the inserted span reads
「{+⟨ZWSP⟩+}」, not 「{++}」 with nothing between the marks.  `check` is where such characters in a policy are reported.

The soft hyphen (U+00AD: shown only where a line breaks at it), the directional marks (LRM, RLM, ALM: U+200E, U+200F,
U+061C) and the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are as hidden inside a changed
word (u57d): the Markdown redline wrote them raw, the text and HTML ones wrote the embeddings, overrides and isolates as
`<U+202E>` (`render.safe.visible`, a code, not a name) and the marks not at all.  Each is now named the same way
(「{+功⟨SHY⟩能+}」, 「{+⟨RLO⟩+}」) in every human-readable redline.  A change of only a soft hyphen, a mark or an isolate is
formatting noise as above (the keys drop them); an embedding or override U+202A–U+202E is not (`patterns.INVISIBLE`:
it reorders what is shown), so one inserted stays a change (exit 1), now named.
"""

from __future__ import annotations

from policylens.model import Change, DiffReport, DiffSpan, SectionDiff

# the characters named, and their names (Unicode's abbreviations)
NAMES = {
    "\u200b": "ZWSP",
    "\u200c": "ZWNJ",
    "\u200d": "ZWJ",
    "\u2060": "WJ",
    "\ufeff": "ZWNBSP",
    # (u57d) the soft hyphen and the bidi marks, embeddings, overrides and isolates
    "\u00ad": "SHY",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u061c": "ALM",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
}
_TABLE = str.maketrans({ch: f"⟨{name}⟩" for ch, name in NAMES.items()})


def named(text: str) -> str:
    """`text` with each character of `NAMES` written as its name (「功\\u200b能」 → 「功⟨ZWSP⟩能」)."""
    return text.translate(_TABLE) if any(ch in text for ch in NAMES) else text


def _change(c: Change) -> Change:
    """`c` with the zero-width characters of its deleted and inserted text named; its equal text as it is."""
    spans = tuple(s._replace(text=named(s.text)) if s.op != "equal" and s.text != named(s.text) else s for s in c.spans)
    old_text = named(c.old_text) if c.op == "delete" and c.old_text else c.old_text
    new_text = named(c.new_text) if c.op == "insert" and c.new_text else c.new_text
    if spans == c.spans and old_text == c.old_text and new_text == c.new_text:
        return c
    return c._replace(spans=spans, old_text=old_text, new_text=new_text)


def _spans_hold(spans: tuple[DiffSpan, ...]) -> bool:
    return any(s.op != "equal" and any(ch in s.text for ch in NAMES) for s in spans)


def _holds(c: Change) -> bool:
    return _spans_hold(c.spans) or any(ch in (c.old_text or "") + (c.new_text or "") for ch in NAMES)


def _section(s: SectionDiff) -> SectionDiff:
    if not any(_holds(c) for c in s.changes):
        return s
    return s._replace(changes=tuple(_change(c) for c in s.changes))


def shown(report: DiffReport) -> DiffReport:
    """`report` as the human-readable redlines show it: zero-width characters of changed text named (see module doc).
    The same object when there are none (the common case)."""
    sections = tuple(_section(s) for s in report.sections)
    title = _change(report.title) if report.title is not None and _holds(report.title) else report.title
    if title is report.title and all(a is b for a, b in zip(sections, report.sections, strict=True)):
        return report
    return report._replace(sections=sections, title=title)
