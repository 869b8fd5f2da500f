"""Markdown headings' lines and titles: a heading's title cleaned of `#`, tags, kramdown `{: …}`, Pandoc-style
`{#id}` attributes, a DCloud `@id` and emphasis, with where each kept character was (`clean_title_kept`); and the
tight `##标题` (no space) loosened for the parser when the line is heading-shaped (`_loosen_tight_atx`).
Not here: deciding from tokens that a block is a heading (`walker`), the spans of inline markup (`inline`).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.markdown.inline import _markup_spans, comment_spans
from policylens.patterns import BUILD_TOKEN_RE, SENTENCE_MARKS

_IAL = lazy(r"\{:[^{}]*\}")
# A heading's attributes at its end, as Pandoc, markdown-it-attrs, VitePress and Hugo write them without kramdown's colon:
# 「## 数据保留 {#data-retention}」, 「{.unnumbered}」, 「{-}」, 「## 隐私政策 { lang="zh-CN" }」.  They were part of the section's
# title (eval/dev22d vue-md-*, eval/profiles e8-tablepro-*, eval/precision16 openlist-privacy-bi; twenty-seventh session,
# u27h).  Only ids, classes, `-` and key=value pairs: 「{公司名稱}」 or 「{name}」 is a slot and stays.
_ATTR = r"(?:[#.][\w:.-]{1,100}+|-|[A-Za-z][\w-]{0,40}+=(?:\"[^\"\n{}]{0,200}+\"|'[^'\n{}]{0,200}+'|[^\s\"'{}]{1,200}+))"
_HEADING_ATTRS = lazy(rf"[ \t]*+\{{[ \t]*+{_ATTR}(?:[ \t]++{_ATTR}){{0,20}}+[ \t]*+\}}[ \t]*+$")
# A heading's id written after an `@`, as DCloud's documentation site writes it: 「### UniPush@push」 is the heading 「UniPush」
# with the anchor `push` (pairs29 unidocs-unipush: 「UniPush」 → 「UniPush@push」 read as a renamed section).  An ASCII name
# glued to the title's end, no dot after it (「联系 support@example.com」 keeps its address), no space before the `@`.
_HEADING_AT_ID = lazy(r"(?<=[^\s@])@[A-Za-z][\w-]{0,60}+[ \t]*+$")
_EMPHASIS = lazy(r"(\*\*|__)(.+?)\1")
# `##标题`: hashes directly followed by a character that is neither space nor '#'.
_TIGHT_ATX = lazy(r"( {0,3})(#{1,6})(?=[^\s#])")
_CLOSING_HASHES = lazy(r"[ \t]#+[ \t]*$")
_TIGHT_SENTENCE_END = tuple(SENTENCE_MARKS + "，,：:")


TIGHT_ATX_MAX = 60


def clean_title(text: str) -> str:
    """Remove inline markup from a heading: comments, IAL, tags, emphasis markers, stray #."""
    return clean_title_kept(text)[0]


def clean_title_kept(text: str) -> tuple[str, list[int] | range]:
    """The heading's title without its inline markup, and the offset in `text` of each of its characters.

    The title is not a slice of `text` (`## 一、**資料**【】`): locating it with one piece
    put every finding after the markup as many columns too far left.
    """
    kept: list[int] | None = None  # None: every character of `text` is kept so far
    # Each pattern needs its literal: a character test skips the search (most titles have none).
    if "<!--" in text:
        text, kept = _cut(text, kept, comment_spans(text))
    if "{:" in text:
        text, kept = _cut(text, kept, [m.span() for m in _IAL.finditer(text)])
    if "{" in text and (attrs := _HEADING_ATTRS.search(text.rstrip("# \t"))) is not None:
        text, kept = _cut(text, kept, [attrs.span()])
    if "@" in text and (at_id := _HEADING_AT_ID.search(text.rstrip("# \t"))) is not None:
        text, kept = _cut(text, kept, [at_id.span()])
    if "<" in text:
        text, kept = _cut(text, kept, _markup_spans(text))
    if "**" in text or "__" in text:
        # (not `__APP_NAME__`: a build step's token left in, kept whole for the placeholder rules, not bold APP_NAME)
        cuts = [
            span
            for m in _EMPHASIS.finditer(text)
            if not (m.group(1) == "__" and BUILD_TOKEN_RE.fullmatch(m.group(0)))
            for span in ((m.start(), m.start(2)), (m.end(2), m.end()))
        ]
        text, kept = _cut(text, kept, cuts)
    a, b = _stripped(text, 0, len(text), None)  # text.strip().strip("#").strip()
    a, b = _stripped(text, a, b, "#")
    a, b = _stripped(text, a, b, None)
    return text[a:b], (range(a, b) if kept is None else kept[a:b])


def _cut(text: str, kept: list[int] | None, cuts: list[tuple[int, int]]) -> tuple[str, list[int] | None]:
    """`text` without the spans `cuts` (in order, not overlapping), and the source offsets of what is left."""
    if not cuts:
        return text, kept
    if kept is None:
        kept = list(range(len(text)))
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for a, b in cuts:
        parts.append(text[pos:a])
        offsets += kept[pos:a]
        pos = b
    parts.append(text[pos:])
    offsets += kept[pos:]
    return "".join(parts), offsets


def _stripped(text: str, a: int, b: int, chars: str | None) -> tuple[int, int]:
    """The bounds of `text[a:b].strip(chars)`."""
    part = text[a:b]
    inner = part.lstrip(chars)
    a += len(part) - len(inner)
    return a, a + len(inner.rstrip(chars))


def _loosen_tight_atx(line: str) -> str:
    """`##标题` → `## 标题` for the parser when the line is heading-shaped; same line otherwise."""
    if "#" not in line[:4]:
        return line
    m = _TIGHT_ATX.match(line)
    if not m or (len(m.group(2)) == 1 and line[m.end()].isdigit()):
        return line  # 「#1 手机号码」: a number sign, not a heading (「##1. 概述」 still is one)
    rest = _CLOSING_HASHES.sub("", _IAL.sub("", line[m.end() :])).strip()
    if not rest or "#" in rest or len(rest) > TIGHT_ATX_MAX or rest.endswith(_TIGHT_SENTENCE_END):
        return line
    return line[: m.end()] + " " + line[m.end() :]
