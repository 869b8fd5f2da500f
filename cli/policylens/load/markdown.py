"""Reader for Markdown: CommonMark (markdown-it-py) plus habits of Chinese authors.

markdown-it-py finds the blocks and their source lines; this module maps every block
back to exact line and column positions in the original text, keeps inline markup in
paragraph text (so columns stay exact) and cleans heading titles of `#`, tags,
`{: …}` and emphasis.  Extensions on top of CommonMark:

* `##标题` without a space is an ATX heading when the line is otherwise heading-shaped
  (no other `#` in it, short, no sentence end), so 「#双十一# 活动说明」 stays text;
* kramdown attribute lines `{: #id}` are markup, not text;
* front matter (`---` YAML or `+++` TOML-like) feeds the title and date hints;
* HTML blocks are read with the HTML reader (so `<h2>` in Markdown is a heading);
* an unclosed `<!--` would swallow the rest of the file: it is kept as text, with a warning;
* a file with no Markdown markup at all is read like plain text (`Parsed.plain`), and in a file
  without any heading a short title line directly above its paragraph is split off as in plain text;
* backslash escapes and character references are decoded as CommonMark decodes them
  (`\\[公司名称\\]` → 「[公司名称]」, `&lt;公司名称&gt;` → 「<公司名称>」), each decoded character
  mapped back to its source (`Piece.width`), outside code spans and inline tags (`_decoded`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cache
from html import unescape
from typing import Any, NamedTuple, cast
from urllib.parse import unquote

from policylens.load.lines import Line, LineTuple, group_lines, make_block, map_pieces
from policylens.load.site_tags import JEKYLL_GLOBALS, blank_container_fences, blank_tag_lines, liquid_variables, untag_block
from policylens.load.types import PageTitle, Parsed
from policylens.model import Block, Piece
from policylens.normalise import split_lines, strip_span
from policylens.patterns import BUILD_TOKEN_RE, HAN_COMPAT, INVISIBLE, SENTENCE_MARKS, SURROGATE

_IAL = re.compile(r"\{:[^{}]*\}")
# A heading's attributes at its end, as Pandoc, markdown-it-attrs, VitePress and Hugo write them without kramdown's colon:
# 「## 数据保留 {#data-retention}」, 「{.unnumbered}」, 「{-}」, 「## 隐私政策 { lang="zh-CN" }」.  They were part of the section's
# title (eval/dev22d vue-md-*, eval/profiles e8-tablepro-*, eval/precision16 openlist-privacy-bi; twenty-seventh session,
# u27h).  Only ids, classes, `-` and key=value pairs: 「{公司名稱}」 or 「{name}」 is a slot and stays.
_ATTR = r"(?:[#.][\w:.-]{1,100}+|-|[A-Za-z][\w-]{0,40}+=(?:\"[^\"\n{}]{0,200}+\"|'[^'\n{}]{0,200}+'|[^\s\"'{}]{1,200}+))"
_HEADING_ATTRS = re.compile(rf"[ \t]*+\{{[ \t]*+{_ATTR}(?:[ \t]++{_ATTR}){{0,20}}+[ \t]*+\}}[ \t]*+$")
# A heading's id written after an `@`, as DCloud's documentation site writes it: 「### UniPush@push」 is the heading 「UniPush」
# with the anchor `push` (pairs29 unidocs-unipush: 「UniPush」 → 「UniPush@push」 read as a renamed section).  An ASCII name
# glued to the title's end, no dot after it (「联系 support@example.com」 keeps its address), no space before the `@`.
_HEADING_AT_ID = re.compile(r"(?<=[^\s@])@[A-Za-z][\w-]{0,60}+[ \t]*+$")
# an inline HTML tag: a CommonMark tag name (ASCII letters, digits, hyphens; `:` too, for Word's <o:p>), not autolinks
# like <privacy@example.com>, nor text in angle brackets such as a browser extension's <all_urls> permission (an
# underscore or a Chinese character in the name: it is text, shown as written; a pairs12 heading lost it)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
# The elements a heading's tag is cut as markup for (HTML's, and Word's <o:p>); a tag of another name is cut only with
# an attribute value (<x-badge class="new">) or when it closes (</x-badge>).  `<YOUR EMAIL>`, `<Company Name>` and
# `<all urls>` are tags to CommonMark but slots or text to a reader: the title keeps them, as a paragraph does (a
# placeholder in a heading was cut unseen).
_ELEMENT_NAMES = (
    "a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br button canvas"
    " caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset"
    " figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img"
    " input ins kbd label legend li link main map mark marquee menu meta meter nav nobr noscript object ol optgroup"
    " option output p param picture pre progress q rp rt ruby s samp script section select slot small source span"
    " strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u"
    " ul var video wbr o:p"
)
_HTML_ELEMENTS = frozenset(_ELEMENT_NAMES.split())
_ATTRIBUTE_VALUE = re.compile(r"=\s*[\"'A-Za-z0-9#]")
_DATETIME_ATTR = re.compile(r"datetime\s*=\s*\"([^\"]+)\"")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_FRONT_KV = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*)$")
# `##标题`: hashes directly followed by a character that is neither space nor '#'.
_TIGHT_ATX = re.compile(r"( {0,3})(#{1,6})(?=[^\s#])")
_CLOSING_HASHES = re.compile(r"[ \t]#+[ \t]*$")
_TABLE_SEP = re.compile(r"\|?[\s:|-]+\|?")
_CJK = re.compile(f"[{HAN_COMPAT}]")
# An indented block of Chinese text is an author's indentation unless it starts like markup or code.
_CODE_FIRST = frozenset("#`~<{[!$/;=")
_TIGHT_SENTENCE_END = tuple(SENTENCE_MARKS + "，,：:")
# An ATX heading of Chinese text inside an indented block (`        ## 一、我们收集的信息`), its closing hashes left out.
_INDENTED_ATX = re.compile(r"(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")


def _indented_markdown(content: str) -> bool:
    """Whether an indented "code block" is Markdown prose pasted with an indentation, not code: it opens with an ATX
    heading of Chinese text, holds at least two of them, and two thirds of its lines hold Chinese (a shell script's
    `# 安装依赖` comments sit among commands with none).  Its headings are then headings (eval/structure33 dn-privacy-md:
    every `## 一、…` of a policy indented by 8 spaces, 0 of 6 found)."""
    lines = [line.strip() for line in content.split("\n") if line.strip()]
    if not lines:
        return False
    heads = [m for m in map(_INDENTED_ATX.fullmatch, lines) if m and _CJK.search(m.group(2))]
    if len(heads) < 2 or not (_INDENTED_ATX.fullmatch(lines[0]) and _CJK.search(lines[0])):
        return False
    return 3 * sum(1 for line in lines if _CJK.search(line)) >= 2 * len(lines)


TIGHT_ATX_MAX = 60
# markdown-it stops reading (and drops the rest of the file) past `maxNesting` levels of
# containers; its default of 20 is ten nested list items.  100 levels take ~300 Python frames.
MAX_NESTING = 100
# Lines nested deeper than that are read as text; after this many such places, all the rest is.
MAX_NESTING_CUTS = 10
# markdown-it parses the file in chunks of at least this many lines (see `_chunks`).
CHUNK_LINES = 2_000
_ATX_LINE = re.compile(r"#{1,6}(?:[ \t]|$)")  # an ATX heading at column 0 (`_chunks`)
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_HTML_OPEN = re.compile(r" {0,3}(<(?:script|pre|style|textarea)(?=[\s>]|$)|<!--|<\?|<!\[CDATA\[|<![A-Za-z])", re.I)
MAX_FRONT_MATTER = 65_536
MAX_FRONT_LINES = 100  # the front matter's lines kept for `check --profile` (a date shown at the top of the page)
MAX_FRONT_LINES_JSON = 2_000  # Hugo's JSON front matter `{ … }` is looked for in the first lines only
# The language named after a front matter's opening `---` (gray-matter's, which Eleventy, Gatsby and VitePress read:
# `---json`, `---toml`).  Such a block was no front matter: a paragraph that the closing `---` made a setext heading,
# the document's title (「---json {"title": …}」).  "code": evaluated by the site (`---js`), its values unknown.
_FRONT_LANGUAGES = {
    "": "yaml",
    "yaml": "yaml",
    "yml": "yaml",
    "json": "json",
    "toml": "toml",
    "js": "code",
    "javascript": "code",
    "coffee": "code",
    "cson": "code",
}
# Front-matter keys that feed the metadata (lower-cased, '-' and '_' removed).  The page's date under the
# names other generators give it, shown at the top of the page as Hugo's `date:` is: Urara's `created`
# (eval/precision26b urara-svelte-md), Hugo's `publishDate`, Astro's `pubDate` and `updatedDate`, Wiki.js'
# `dateCreated`, Jekyll's `last_modified_at`.
_DATE_KEYS = {
    "date": "date",
    "created": "date",
    "datecreated": "date",
    "publishdate": "date",
    "pubdate": "date",
    "updateddate": "updated",
    "lastmodifiedat": "lastmod",
    "lastmod": "lastmod",
    "updated": "updated",
    "lastupdated": "updated",
    "lastupdate": "last_update",
    "effective": "effective",
    "effectivedate": "effective",
}
_BLOCK_MARKUP = frozenset(
    {
        "heading_open",
        "bullet_list_open",
        "ordered_list_open",
        "blockquote_open",
        "fence",
        "code_block",
        "table_open",
        "hr",
        "html_block",
    }
)


# CommonMark's backslash escapes and character references.  Left as written: the escapes that
# would turn into markup the later stages read (`\\*` bold, `\\#` heading, `\\-`/`\\+`/`\\.` list
# items, `\\|` table cells, `\\`` code), and `\\_` outside a blank of three or more (`\\_\\_\\_`).
_ESCAPE = re.compile(r"\\[!\"$%&'(),/:;<=>?@\[\\\]^{}~]|(?:\\_){3,}|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BACKTICKS = re.compile(r"`+")
_SPACE_CATEGORIES = ("Zs", "Zl", "Zp", "Cc", "Cf")


def _decoded(block: Block) -> Block:
    """`block` with its backslash escapes and character references decoded, each mapped to its source.

    A decoded character is a piece of its own whose `width` is its source's (`\\[` is 2 columns,
    `&lt;` 4), so a finding's [column, end_column) slices the escaped source.  Not decoded: code
    spans, inline tags and autolinks (CommonMark leaves them as written), references that decode to
    a space or a control (`&nbsp;`: the text's spacing is not changed; one that shows nothing, `&shy;`
    `&zwj;`, is decoded: 「【公司&shy;名稱】」 was not found), blocks whose
    pieces were decoded already (an HTML block's).
    """
    text = block.text
    if ("\\" not in text and "&" not in text) or block.kind == "code" or any(p.width is not None for p in block.pieces):
        return block
    skips = _verbatim_spans(text)
    found: list[tuple[int, int, str]] = []
    for m in _ESCAPE.finditer(text):
        a, b = m.span()
        if any(lo <= a < hi for lo, hi in skips):
            continue
        raw = m.group()
        if raw[0] == "&":
            value = unescape(raw)
            if value == raw or (all(unicodedata.category(c) in _SPACE_CATEGORIES for c in value) and INVISIBLE.sub("", value)):
                continue  # spacing kept as written; a reference that shows nothing (`&shy;`) is decoded, for the rules to see through
            found.append((a, b, value))
        elif raw.startswith("\\_"):
            found.extend((a + k, a + k + 2, "_") for k in range(0, b - a, 2))
        else:
            found.append((a, b, raw[1]))
    if not found:
        return block
    return block._replace(text=_apply(text, found), pieces=_decoded_pieces(block.pieces, found))


def _verbatim_spans(text: str) -> list[tuple[int, int]]:
    """Code spans (a run of backticks to the next run of the same length) and inline tags: decoded by nobody."""
    spans = [m.span() for m in _TAG.finditer(text)] if "<" in text else []
    if "`" in text:
        spans += _code_spans(text)
    return spans


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Code spans, in order: a run of backticks to the next run of the same length."""
    spans: list[tuple[int, int]] = []
    if "`" in text:
        runs = [m.span() for m in _BACKTICKS.finditer(text)]
        following: dict[int, int] = {}
        after: list[int] = [-1] * len(runs)  # the next run of the same length
        for k in range(len(runs) - 1, -1, -1):
            size = runs[k][1] - runs[k][0]
            after[k] = following.get(size, -1)
            following[size] = k
        k = 0
        while k < len(runs):
            if after[k] >= 0:
                spans.append((runs[k][0], runs[after[k]][1]))
                k = after[k] + 1
            else:
                k += 1
    return spans


def _apply(text: str, found: list[tuple[int, int, str]]) -> str:
    """`text` with each span of `found` (in order, not overlapping) replaced by its value."""
    parts: list[str] = []
    pos = 0
    for a, b, value in found:
        parts += (text[pos:a], value)
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def _decoded_pieces(pieces: tuple[Piece, ...], found: list[tuple[int, int, str]]) -> tuple[Piece, ...]:
    """The pieces of the decoded text: each piece cut around the spans of `found`, a decoded value a piece of its source's width."""
    out: list[Piece] = []
    shift = 0  # decoded text offset − source text offset, so far
    k = 0
    for piece in pieces:
        start, stop = piece.offset, piece.offset + piece.length
        pos = start
        while k < len(found) and found[k][0] < stop:
            a, b, value = found[k]
            if a > pos:
                out.append(Piece(pos + shift, a - pos, piece.line, piece.column + pos - start))
            out.append(Piece(a + shift, len(value), piece.line, piece.column + a - start, b - a))
            shift += len(value) - (b - a)
            pos = b
            k += 1
        if stop > pos:  # (a span never crosses a piece: an escape or a reference is on one line)
            out.append(Piece(pos + shift, stop - pos, piece.line, piece.column + pos - start))
        # the joiner after this piece (none of `found`) keeps its place: offsets before the next piece shift alike
    return tuple(out)


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


def _markup_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a heading's tags (matches of `_TAG`) that are markup, in order: an HTML element's tags, a tag with an
    attribute value, and a pair `<X>…</X>` of any name (`<Badge>新</Badge>` is a component's markup: both tags go, never
    one of them, review rv13b).  A lone `<YOUR EMAIL>` or `<Company Name>` is a slot or text, kept."""
    tags = [(m.span(), m.group(0).startswith("</"), _tag_name(m.group(0)), m.group(0)) for m in _TAG.finditer(text)]
    closed = {name for _, closing, name, _ in tags if closing}
    opening = {name for _, closing, name, _ in tags if not closing}
    cut = {name for _, closing, name, tag in tags if not closing and (name in closed or _ATTRIBUTE_VALUE.search(tag))}
    spans = []
    for span, closing, name, _ in tags:
        if name in _HTML_ELEMENTS or name in cut or (closing and name not in opening):
            spans.append(span)  # (a lone closing tag: nobody writes a slot as </NAME>)
    return spans


def _tag_name(tag: str) -> str:
    """The lower-case name of a tag (`<x-badge class="a">` → x-badge, `</B>` → b)."""
    return tag.lstrip("</").split(None, 1)[0].rstrip("/>").lower() if len(tag) > 2 else ""


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


@cache
def _parser() -> Any:
    """A CommonMark parser with GFM tables (imported only for Markdown input; built once per process)."""
    from markdown_it import MarkdownIt

    _quiet_block_rules()
    options = {"maxNesting": MAX_NESTING}
    md = MarkdownIt("commonmark", options).enable("table").disable("inline")  # block structure only: titles keep their markup
    md.block.ruler.at("table", _lean_table, {"alt": ["paragraph", "reference"]})
    return md


def _lean_table(state: Any, start: int, end: int, silent: bool) -> bool:
    """markdown-it's GFM table rule, keeping only the table_open (with its line map) and table_close tokens.

    The walker reads a table's rows from its line map; the row and cell tokens (eight per
    two-cell row, ~0.5 KB each) made a 4 MB table cost 855 MB.  They are not made at all
    (u32h: making and dropping them was a third of a 170,000-row table's load): the rule
    writes its fields into one reusable stand-in, and the nesting level moves as
    `StateBlock.push` moves it, so the frame tokens get the levels they always had.
    """
    from markdown_it.rules_block.table import table

    if silent:
        return bool(table(state, start, end, silent))
    push = state.push
    dropped = _DroppedToken()

    def frame_only(kind: str, tag: str, nesting: Any) -> Any:
        if kind in ("table_open", "table_close"):
            return push(kind, tag, nesting)
        if nesting < 0:
            state.level -= 1
        if nesting > 0:
            state.level += 1
        return dropped

    state.push = frame_only
    try:
        return bool(table(state, start, end, silent))
    finally:
        del state.push


class _DroppedToken:
    """What `_lean_table` gives the table rule for a row or cell token: it takes the fields the rule sets, and is never
    kept."""

    __slots__ = ("attrs", "block", "children", "content", "level", "map")


class _NoDebug:
    """A logger that drops `debug` calls in one C call (`"".format` accepts and ignores any arguments)."""

    debug = "".format


def _quiet_block_rules() -> None:
    """Give markdown-it's block rules a logger without `debug`, unless their debug logging is on.

    Every block rule logs "entering …" each time it is tried: 360,000 `Logger.debug` calls
    on a Markdown file of 20,000 sections, 13% of its load time (0.11 s, issue #12
    `bench_worst_diff.py sections-20k`).  policylens configures no logging; whoever turns
    on DEBUG for `markdown_it` before the first Markdown file keeps the messages.
    """
    import logging
    import sys

    for name, module in list(sys.modules.items()):
        if not name.startswith("markdown_it.rules_block."):  # all imported with MarkdownIt
            continue
        logger = getattr(module, "LOGGER", None)
        if isinstance(logger, logging.Logger) and not logger.isEnabledFor(logging.DEBUG):
            setattr(module, "LOGGER", _NoDebug())  # noqa: B010 (a module attribute mypy does not know)


# A GFM footnote definition, `[^1]: text`.  CommonMark reads it as a link reference definition
# whenever its text has no space (most Chinese sentences): the text vanished, 【】 and all.
_FOOTNOTE = re.compile(r"( {0,3})\[(?=\^[^\]\s]{1,40}\]:)")


def _footnote_as_text(line: str) -> str:
    """The parser's copy of a footnote definition line, made a paragraph (same length: the
    text itself is taken from the original line)."""
    return _FOOTNOTE.sub(r"\1\\", line, count=1) if "[^" in line else line


def read_markdown(text: str) -> Parsed:
    """Parse Markdown into blocks; front matter feeds the title and date hints."""
    parsed = Parsed(blocks=[])
    raw = split_lines(text)
    body_start = _front_matter(raw, parsed)
    source = [""] * body_start + raw[body_start:]  # front matter lines become blank, numbers stay
    tagged = False
    if "{%" in text or "{{<" in text or "{{%" in text:
        # Liquid tags and Hugo shortcodes are markup: a line of tags only is blank, tags inside a line are cut below
        source, tag_names, tagged = blank_tag_lines(source, body_start)
        parsed.liquid = liquid_variables(text, tag_names)
    if body_start and raw[0].strip() == "---" and "{{" in text:
        parsed.liquid |= JEKYLL_GLOBALS  # a Jekyll page: Liquid fills `{{ site.x }}` and `{{ page.x }}` when it is built
    if ":::" in text:
        source = blank_container_fences(source, body_start)  # `::: tip` … `:::`: markup, not text
    feed = [_footnote_as_text(_loosen_tight_atx(line)) for line in source]
    _open_html_starts(feed, parsed)
    _unclosed_comments(feed, parsed)
    env: dict[str, Any] = {}
    # Chunk by chunk, so that markdown-it's tokens for the whole file never live at once
    # (they cost ~0.5 KB each: 1 MB of headings took 120x its size).  Whether the file
    # has a heading at all is known only at the end: until then, paragraphs wait as lines.
    walker = _Walker(source, parsed, split_titles=None)
    dates = len(parsed.dates)  # a file read as plain text keeps only the front matter's dates
    markup = heading = False
    for segment in _segments(feed, env, parsed):
        if isinstance(segment, tuple):
            markup = True  # lines nested too deep: inside lists or quotes
            walker.text(*segment)
            continue
        markup = markup or any(t.type in _BLOCK_MARKUP for t in segment)
        if not heading and any(t.type == "heading_open" for t in segment):
            heading = True
            walker.settle(split_titles=False)
        walker.walk(segment)
        del segment
    # `[label]: url` definitions are not text; their labels tell `[label]` links from template slots.
    parsed.references = sorted(label.lower() for label in env.get("references", {}))
    if not markup and "<!--" not in text:
        from policylens.load.text import read_text

        del parsed.dates[dates:]
        # The Markdown reading is dropped before the text is read again: both at once were
        # the peak of a file of many short paragraphs without markup (58× its size, issue #12).
        parsed.blocks.clear()
        del walker, feed, raw
        plain = read_text("\n".join(source))
        plain.title, plain.dates, plain.warnings, plain.plain = parsed.title, parsed.dates, parsed.warnings, True
        plain.page_title = parsed.page_title
        plain.front_lines, plain.liquid = parsed.front_lines, parsed.liquid
        if tagged:
            plain.blocks[:] = _untagged(plain.blocks, tag_names)
        if "\\" in text or "&" in text:  # still Markdown to its reader: 「由\[公司名称\]运营」 shows brackets
            plain.blocks[:] = [_decoded(block) for block in plain.blocks]
        return plain
    _hidden_definitions(source, env.get("references", {}), parsed)  # (read as text when the file falls back above)
    # Without a single heading the author did not use Markdown structure: a short title line
    # directly above its paragraph is read as in plain text (「Cookie的使用」 then its text).
    walker.settle(split_titles=not heading)
    if tagged:
        parsed.blocks[:] = _untagged(parsed.blocks, tag_names)
    if "\\" in text or "&" in text:
        parsed.blocks[:] = [block if id(block) in walker.html_blocks else _decoded(block) for block in parsed.blocks]
    return parsed


def _hidden_definitions(source: list[str], references: dict[str, dict[str, Any]], parsed: Parsed) -> None:
    """Warn of link definitions whose target is no address: 「[公司名稱]: 某某科技有限公司」, 「[聯絡信箱]: privacy@example.com」.

    CommonMark reads such a line as a link reference definition, which a Markdown viewer does not show and
    policylens does not read: the company, the mailbox or the phone number was gone without a word (and a
    template's filled-in slots with it).  A target that is an address (`https://…`, `mailto:…`, `/privacy`,
    `#top`, `docs/a.md`, `example.com`) is a real definition and passes in silence."""
    odd = {label for label, ref in references.items() if not _address_like(unquote(str(ref.get("href", ""))))}
    if not odd:
        return
    for number, line in enumerate(source, start=1):
        body = line.lstrip(" ")
        end = body.find("]:")
        if body.startswith("[") and end > 1 and " ".join(body[1:end].split()).upper() in odd:
            odd.discard(" ".join(body[1:end].split()).upper())
            parsed.warnings.append(
                f"line {number}: 「{body.strip()[:60]}」 is a Markdown link definition, which a Markdown viewer does not show: not read"
            )


def _address_like(target: str) -> bool:
    """Whether a link definition's target reads as an address: a scheme, a path, an anchor or a host name (ASCII, no '@')."""
    if ":" in target.split("/", 1)[0] or target.startswith(("/", "#", ".", "?")):
        return True  # `https://…`, `mailto:…`, `tel:…`; `/privacy`, `#top`, `./a.md`
    return target.isascii() and "@" not in target and ("/" in target or "." in target) and not target.replace("-", "").isdigit()


def _untagged(blocks: list[Block], names: frozenset[str]) -> list[Block]:
    """`blocks` with the site tags inside their text cut out (`load.site_tags`), a block of tags only dropped."""
    out = [untag_block(block, names) for block in blocks]
    return [block for block in out if block.text or block.kind == "code"]


def _segments(feed: list[str], env: dict[str, Any], parsed: Parsed) -> Iterator[Any]:
    """`_parse` over the chunks of `_chunks`, checked: a fence or HTML block that the parser
    still had open at the end of a chunk would run on into the next, so then the rest of the
    file is parsed at once (the reader's warnings of the abandoned parse are dropped)."""
    for lo, hi in _chunks(feed):
        said = len(parsed.warnings)
        segments = list(_parse(feed, lo, hi, env, parsed))
        if hi < len(feed) and _open_at(segments, hi, feed):
            del segments, parsed.warnings[said:]
            yield from _parse(feed, lo, len(feed), env, parsed)
            return
        yield from segments
        del segments


def _open_at(segments: list[Any], hi: int, feed: list[str]) -> bool:
    """Whether a top-level fence or HTML block (kinds 1-5) of these segments is still open at line `hi`.

    A chunk ends with a blank line, so such a block reaches line hi - 1 at least; it is
    closed only if its last line is its closing fence or holds its end marker.
    """
    last = segments[-1] if segments else None
    if last is None or isinstance(last, tuple):
        return False
    for t in last:
        if not t.level and t.type == "paragraph_open" and t.map[1] >= hi:
            return True  # a paragraph running up to a cut between two list items (`3. a` cannot start a list)
        if t.level or t.type not in ("fence", "html_block") or t.map[1] < hi - 1:
            continue
        first, final = t.map[0], t.map[1] - 1
        if t.type == "fence":
            m = _FENCE.match(feed[final]) if final > first else None
            closed = (
                m is not None
                and m.group(1)[0] == t.markup[0]
                and len(m.group(1)) >= len(t.markup)
                and not feed[final][m.end() :].strip(" \t")
            )
        else:
            m = _HTML_OPEN.match(feed[first])
            tail = feed[final][m.end() :] if m and final == first else feed[final]
            # kinds 6-7 end at a blank line: open if they run up to the cut itself
            closed = t.map[1] < hi if m is None else any(end in tail.lower() for end in _html_ends(m.group(1).lower()))
        if not closed:
            return True
    return False


def _chunks(feed: list[str]) -> Iterator[tuple[int, int]]:
    """Line ranges that markdown-it can parse one by one with the same result as the whole file.

    A chunk ends (after CHUNK_LINES lines at least) before a line that starts at column 0
    after a blank line: every open block (paragraph, list item, quote, indented code,
    table, HTML block of kinds 6-7) has ended there; or before a list item at column 0
    (`- 甲`, `12. 甲`) that continues a tight list: the last line at column 0 above it is an
    item with the same marker and every line since is indented, not blank (its nested
    lists).  The next chunk starts a new list, which reads the same: the walker takes an
    item's text and marker from the source lines, never its list's start number or
    tightness.  A paragraph that would have taken the item in as a lazy line (`段落` then
    `2. 甲`) is caught by `_open_at`.  Fenced code and HTML blocks of kinds 1-5
    (`<script>`, `<pre>`, `<!--`…) run across blank lines: no cut inside them.

    Without the list cuts, a tight list of 45,000 items was one parse (105× its size in
    memory, issue #12), and nested tight lists 161×.  A chunk also ends before an ATX heading
    at column 0 when every line since the last blank line is one (each a closed block of one
    line, no HTML block of kinds 6-7 around them): 50,000 headings with no blank line between
    them were one parse, 135× their size (twenty-ninth session, u29h).
    """
    start = 0
    fence: tuple[str, int] | None = None
    html_end: tuple[str, ...] | None = None
    lead = ""  # marker of the column-0 list item that every line since continues; "" if none
    headings = True  # every line since the last blank line (if any) is an ATX heading at column 0
    for n, line in enumerate(feed):
        if fence is not None or html_end is not None or line[:1] in (" ", "\t"):
            headings = False
        if fence is not None:
            m = _FENCE.match(line)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= fence[1] and not line[m.end() :].strip(" \t"):
                fence = None
            continue
        if html_end is not None:
            if any(end in line.lower() for end in html_end):
                html_end = None
            continue
        m = _FENCE.match(line)
        if m:
            fence, lead, headings = (m.group(1)[0], len(m.group(1))), "", False
            continue
        m = _HTML_OPEN.match(line)
        if m:
            headings = False
            ends = _html_ends(m.group(1).lower())
            html_end, lead = None if any(end in line[m.end() :].lower() for end in ends) else ends, ""
            continue
        if line[:1] in (" ", "\t") and line.strip(" \t"):
            continue  # indented, not blank: inside the item above, if any (`lead` unchanged)
        marker = _item_marker(line)
        atx = _ATX_LINE.match(line) is not None
        if (
            n - start >= CHUNK_LINES
            and line[:1] not in ("", " ", "\t")
            and (not feed[n - 1].strip(" \t") or (marker and marker == lead) or (atx and headings))
        ):
            yield start, n
            start = n
        lead = marker
        headings = not line.strip(" \t") or (headings and atx)
    yield start, len(feed)


# A line that is only block markers (quote `>`, bullet, ordered number) and blanks, U+3000 and NBSP included.
# (the blanks are JavaScript's trim() set, which markdown-it drops: U+3000, NBSP, and also U+2028/U+2029, U+1680,
# U+2000–U+200A, U+202F, U+205F, U+FEFF; a fuzz run lost 「一」 after 「- \u2028」)
_JS_BLANK = "\t\v\f \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_MARKER_ONLY = re.compile(rf"\A[{_JS_BLANK}]*(?:(?:>|[-*+]|[0-9]{{1,9}}[.)])[{_JS_BLANK}]*)+")


def _item_marker(line: str) -> str:
    """The marker kind of a list item with text at column 0: `-`, `*`, `+`, `.` or `)`; "" if the line is none.

    Not a thematic break such as `- - -`; an ordered marker has 1-9 digits (no regex: linear).
    """
    if line[:1] in ("-", "*", "+"):
        kind, rest = line[0], line[1:]
        if rest[:1] != " ":
            return ""
        rest = rest.lstrip(" ")
        return kind if rest and not rest[0].isspace() and rest.strip("-*+ \t") else ""
    digits = len(line) - len(line.lstrip("0123456789"))
    if not 1 <= digits <= 9 or line[digits : digits + 1] not in (".", ")") or line[digits + 1 : digits + 2] != " ":
        return ""
    rest = line[digits + 2 :].lstrip(" ")
    return line[digits] if rest and not rest[0].isspace() else ""


def _html_ends(opener: str) -> tuple[str, ...]:
    """What ends an HTML block of kinds 1-5 that starts with `opener` (CommonMark 4.6)."""
    if opener.startswith("<!--"):
        return ("-->",)
    if opener.startswith("<?"):
        return ("?>",)
    if opener.startswith("<![cdata["):
        return ("]]>",)
    if opener.startswith("<!"):
        return (">",)
    return ("</script>", "</pre>", "</style>", "</textarea>")


def _parse(feed: list[str], lo: int, hi: int, env: dict[str, Any], parsed: Parsed) -> Iterator[Any]:
    """markdown-it's tokens for lines lo..hi, in segments; a `(start, end)` segment is lines nested too deep, read as text.

    markdown-it silently skips everything after a container nested `maxNesting` deep.  The
    first token at that depth marks the line where reading stopped: the lines before it are
    parsed again on their own, the lines from it to the next blank line are text (with a
    warning naming the line), and parsing resumes after them.
    """
    md = _parser()
    for round_ in range(MAX_NESTING_CUTS + 1):
        if lo >= hi and round_:
            return
        tokens = md.parse("\n".join(feed[lo:hi]), env)
        cut = next((t.map[0] for t in tokens if t.map and t.level >= MAX_NESTING - 1), None)
        if cut is None:
            yield _shifted(tokens, lo)
            return
        del tokens
        if cut:
            yield _shifted(md.parse("\n".join(feed[lo : lo + cut]), env), lo)
        start = lo + cut
        end = hi
        if round_ < MAX_NESTING_CUTS:
            end = next((n for n in range(start, hi) if not feed[n].strip()), hi)
        parsed.warnings.append(
            f"line {start + 1}: Markdown nested more than {MAX_NESTING} levels deep; lines {start + 1}-{end} read as plain text"
        )
        yield (start, end)
        lo = end


def _shifted(tokens: list[Any], offset: int) -> list[Any]:
    """Tokens of a slice starting at line `offset`, their line maps moved to the whole file's numbers."""
    if offset:
        for token in tokens:
            if token.map:
                token.map = [token.map[0] + offset, token.map[1] + offset]
    return tokens


def _front_matter(raw: list[str], parsed: Parsed) -> int:
    """Read a leading `---`/`+++` block (or `---json`, `---toml`…, Hugo's `{…}`); return the index of the first body line."""
    opening = raw[0].strip() if raw else ""
    if opening == "{":
        return _json_front_matter(raw, parsed)
    language = _FRONT_LANGUAGES.get(opening[3:].strip().lower()) if opening.startswith("---") else "toml" if opening == "+++" else None
    if language is None:
        return 0
    fence = opening[:3]
    end = next((j for j in range(1, len(raw)) if raw[j].strip() == fence or (opening == "---" and raw[j].strip() == "...")), None)
    if end is None:
        return 0
    if language == "code":  # `---js`: code that the site runs to get its values; hidden, its title unknown
        parsed.warnings.append(f"line 1: the front matter is {opening[3:].strip()} code (lines 1-{end + 1}): not read")
        return end + 1
    values, broken = _read_front(raw[1:end], language=language)
    if not values:  # no `key: value` in it (`---` / 一 / `...`): text between two rules, not front matter
        return 0
    return _front_values(raw, end, values, broken, parsed)


def _json_front_matter(raw: list[str], parsed: Parsed) -> int:
    """Hugo's JSON front matter: an object from a first line `{` to a line `}`, if it parses; else 0 (text)."""
    end = next((j for j in range(1, min(len(raw), MAX_FRONT_LINES_JSON)) if raw[j].rstrip() == "}"), None)
    if end is None:
        return 0
    values, broken = _read_front(raw[: end + 1], language="json", strict=True)
    if not values or broken:
        return 0
    return _front_values(raw, end, values, None, parsed)


def _front_values(raw: list[str], end: int, values: dict[str, object], broken: str | None, parsed: Parsed) -> int:
    """Take the title and dates of front matter `raw[1:end]`; return the index of the first body line."""
    if broken:
        # Its lines are read one by one for dates; a title taken from a raw line
        # (`title = 隱私權政策 broken toml`) would be wrong without a word.
        parsed.warnings.append(f"line 1: the front matter is not valid {broken} (lines 1-{end + 1}): its title is not read")
    parsed.front_lines = [(j + 1, raw[j]) for j in range(1, min(end, MAX_FRONT_LINES + 1)) if raw[j].strip()]
    for key, value in values.items():
        norm = key.lower().replace("-", "").replace("_", "")
        if value is None or isinstance(value, (list, dict)):
            continue
        value = str(value).strip().strip("'\"")
        if not value:
            continue
        if norm == "title":
            if not broken:
                parsed.title = value
                parsed.page_title = PageTitle(value, None, _front_title(raw, end, key, value))
        elif norm in _DATE_KEYS:
            parsed.dates.append((_DATE_KEYS[norm], value))
    return end + 1


def _front_title(raw: list[str], end: int, key: str, value: str) -> tuple[Piece, ...]:
    """Where the front matter's title is written (`title: "隐私政策 - [应用名称]"`), if written as read (else empty)."""
    for j in range(1, end):
        line = raw[j]
        named = line.lstrip().removeprefix('"')  # a JSON key is quoted: `"title": "…"`
        if named.startswith(key) and named[len(key) :].removeprefix('"').lstrip()[:1] in (":", "="):
            col = line.find(value, line.index(key) + len(key))
            return (Piece(0, len(value), j + 1, col + 1),) if col >= 0 else ()
    return ()


def _whole_characters(data: object) -> object:
    """`data` (parsed JSON) with every lone surrogate as U+FFFD, as the script reader has it.

    (Twenty-sixth round.)  A JSON string may escape half a surrogate pair (`"title": "\\ud800隱私權政策"`): JSON
    decodes it to a lone surrogate, which UTF-8 cannot write, so `parse -f text`, `-f rich` and `-f markdown` of
    such front matter were `internal error: UnicodeEncodeError`.  Walked without recursion (JSON nests deep).
    """
    if isinstance(data, str):
        return SURROGATE.sub("\ufffd", data)
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in list(item.items()):
                if isinstance(key, str) and SURROGATE.search(key):
                    del item[key]
                    key = SURROGATE.sub("\ufffd", key)
                    item[key] = value
                if isinstance(value, str):
                    item[key] = SURROGATE.sub("\ufffd", value)
                elif isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(item, list):
            for k, value in enumerate(item):
                if isinstance(value, str):
                    item[k] = SURROGATE.sub("\ufffd", value)
                elif isinstance(value, (dict, list)):
                    stack.append(value)
    return data


def _read_front(lines: list[str], *, language: str, strict: bool = False) -> tuple[dict[str, object], str | None]:
    """Front matter as a mapping: YAML through PyYAML, TOML through tomllib, JSON; key: value lines if invalid.

    The second value names the language the block failed to parse as ("YAML", "TOML", "JSON"), else None;
    `strict`: no key: value lines when it fails.
    """
    data: object = None
    broken: str | None = None
    source = "\n".join(lines)
    if language == "yaml" and lines:
        import yaml as pyyaml

        if len(source) <= MAX_FRONT_MATTER:  # PyYAML is slow on megabytes: a huge block gets the line reading
            try:
                data = pyyaml.load(source, Loader=getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader))  # a safe loader (libyaml when built)
            except (pyyaml.YAMLError, RecursionError):
                data, broken = None, "YAML"
            except ValueError:  # well-formed, with an impossible date (`updated: 2024-02-30`): its lines are right
                data = None
    elif language == "json" and lines:
        import json

        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            data, broken = None, "JSON"
        if "\\u" in source:
            data = _whole_characters(data)
    elif lines:
        try:
            import tomllib
        except ImportError:  # Python 3.10
            import tomli as tomllib  # type: ignore[no-redef]
        try:
            data = tomllib.loads(source)
        except (tomllib.TOMLDecodeError, RecursionError):
            data, broken = None, "TOML"
        except ValueError:  # an impossible date
            data = None
    if isinstance(data, dict):
        return {str(k): v for k, v in data.items()}, None
    found: dict[str, object] = {}
    for line in () if strict else lines:
        m = _FRONT_KV.match(line)
        if m:
            found.setdefault(m.group(1), m.group(2).strip())
    return found, broken


def _outside_code(text: str, comments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The comments of a line that do not open inside a code span.

    `` `<!-- policylens-disable -->` `` (a README showing the directive) is text: it was taken as a directive, which
    disabled every rule to the end of the file, and cut out of its paragraph.  A code span opened inside a comment
    kept is no code span (whichever opens first wins, as in CommonMark).
    """
    code = _code_spans(text)
    kept: list[tuple[int, int]] = []
    k = 0
    for lo, hi in comments:
        while k < len(code) and (code[k][1] <= lo or (kept and code[k][0] < kept[-1][1])):
            k += 1
        if k < len(code) and code[k][0] <= lo:
            continue  # inside a code span: text
        kept.append((lo, hi))
    return kept


def comment_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `<!-- … -->` that open and close inside `text`, found in one linear scan."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            return spans
        end = text.find("-->", start + 4)
        if end < 0:
            return spans  # no closing marker: the rest is scanned once, not once per opener
        spans.append((start, end + 3))
        pos = end + 3


def _unclosed_comments(feed: list[str], parsed: Parsed) -> None:
    """A `<!--` that is never closed would swallow the rest of the file: keep its text and say so.

    Every comment opener after the last `-->` of the file is unclosed; the parser is
    given `<!-x` there (not an HTML start), so the line is read as text.
    """
    last_close = max((n for n in range(len(feed)) if "-->" in feed[n]), default=-1)
    for n in range(len(feed)):
        line = feed[n]
        start = line.find("<!--")
        if start < 0 or line[:start].strip(" ") or n < last_close:
            continue
        if n == last_close and line.rfind("-->") > start:
            continue
        parsed.warnings.append(f"line {n + 1}: unclosed HTML comment, kept as text")
        feed[n] = line[:start] + "<!-x" + line[start + 4 :]


def _open_html_starts(feed: list[str], parsed: Parsed) -> None:
    """A tag-only line opening an HTML block (`<div id="nav1"></div>`) directly above Markdown text.

    CommonMark would read the Markdown lines below it (`*   一、…`) as raw HTML up to the
    next blank line; authors mean Markdown there.  The tag line carries no text, so the
    parser is given a blank line instead (its datetime attribute is kept).
    """
    for n in range(len(feed) - 1):
        line = feed[n].strip()
        if not line.startswith("<") or (n and feed[n - 1].strip()):
            continue
        below = feed[n + 1].lstrip()
        if not below or below.startswith("<") or _TAG.sub("", line).strip() or not _balanced(line):
            continue
        m = _DATETIME_ATTR.search(line)
        if m:
            parsed.dates.append(("datetime", m.group(1)))
        feed[n] = ""


_VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source", "track"})


def _balanced(line: str) -> bool:
    """Every element the line opens it also closes (`<div id="nav1"></div>`): nothing below is inside it.

    `<script>` or `<div>` alone open an element whose content follows: those lines stay HTML.
    """
    depth: dict[str, int] = {}
    for m in _TAG.finditer(line):
        tag = m.group(0)
        name = tag[2:] if tag.startswith("</") else tag[1:]
        name = name.split(None, 1)[0].rstrip("/>").lower()
        if tag.startswith("</"):
            depth[name] = depth.get(name, 0) - 1
        elif name not in _VOID_TAGS and not tag.endswith("/>"):
            depth[name] = depth.get(name, 0) + 1
    return not any(depth.values())


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


class _Pending(NamedTuple):
    """A paragraph's lines, waiting until the file is known to have headings or not."""

    lines: list[LineTuple]


class _Walker:
    """Turns markdown-it block tokens into Blocks with positions in the original lines."""

    def __init__(self, source: list[str], parsed: Parsed, *, split_titles: bool | None) -> None:
        self.source = source
        self.parsed = parsed
        self.split_titles = split_titles  # None: not known yet (paragraphs wait as lines, see `settle`)
        self.pending = False
        self.items: list[int] = []  # first lines of the open list items
        self.html_blocks: set[int] = set()  # ids of the blocks read by the HTML reader (decoded there already)

    def walk(self, tokens: Sequence[Any]) -> None:
        """Visit the block tokens in order."""
        i = 0
        while i < len(tokens):
            token = tokens[i]
            kind = token.type
            if kind == "list_item_open":
                self.items.append(token.map[0])
            elif kind == "list_item_close":
                self.items.pop()
            elif kind == "heading_open":
                self._heading(token, tokens[i + 1])
                i += 2
            elif kind == "paragraph_open":
                self._paragraph(tokens[i + 1])
                i += 2
            elif kind == "table_open":
                self._table(token)
                while tokens[i].type != "table_close":
                    i += 1
            elif kind in ("fence", "code_block"):
                self._code(token)
            elif kind == "html_block":
                self._html(token)
            i += 1

    def _group(self, lines: list[LineTuple]) -> None:
        """Paragraph blocks of these lines, or the lines kept for later while `split_titles` is unknown."""
        if self.split_titles is None:
            self.parsed.blocks.append(_Pending(lines))  # type: ignore[arg-type]
            self.pending = True
        else:
            self.parsed.blocks.extend(group_lines(lines, split_titles=self.split_titles))

    def settle(self, *, split_titles: bool) -> None:
        """Fix `split_titles` and turn the lines kept so far into blocks, in place."""
        self.split_titles = split_titles
        if not self.pending:
            return
        blocks: list[Block] = []
        for block in cast(list[object], self.parsed.blocks):  # _Pending entries stand in for blocks until settled
            if isinstance(block, _Pending):
                blocks.extend(group_lines(block.lines, split_titles=split_titles))
            else:
                blocks.append(cast(Block, block))
        self.parsed.blocks[:] = blocks
        self.pending = False

    def text(self, start: int, end: int) -> None:
        """Lines `start`..`end` (0-based, end excluded) read as plain paragraphs."""
        lines: list[LineTuple] = [self._locate(n, self.source[n].strip()) for n in range(start, min(end, len(self.source)))]
        self._group(lines)

    # -- positions ------------------------------------------------------------
    def _content_lines(self, token: Any, content: str) -> list[Line]:
        """Each content line of a block as a Line with its true column."""
        source = self.source
        n, end = token.map[0], min(token.map[1], len(source))
        if token.map[1] - n == 1:  # a one-line block (every ATX heading): nothing to skip
            return [self._locate(n, content.strip())] if n < len(source) else []
        lines: list[Line] = []
        for part in content.split("\n"):
            stripped = part.strip()
            # markdown-it trims a paragraph with JavaScript's trim(), which also drops a first
            # line of U+3000 or NBSP only: skip such blank source lines, or the text that
            # follows is looked for on the wrong line and lost.
            # The same for a list item or quote whose first line holds only its marker and such a
            # blank (「- \u3000」 then 「一」): the item's text starts on the next line.  Not when that
            # line is the text itself: 「-\u3000」 is no list marker to CommonMark (U+3000 is not a
            # space there) but a paragraph's first line, and skipping it lost the 「-」 and read
            # every later line one line down (the last one twice).
            while (
                stripped
                and n < end - 1
                and (not source[n].strip() or (not lines and _MARKER_ONLY.fullmatch(source[n]) and stripped not in source[n]))
            ):
                n += 1
            if n >= len(source):
                break
            lines.append(self._locate(n, stripped))
            n += 1
        return lines

    def _locate(self, n: int, stripped: str) -> Line:
        """Where `stripped` (a suffix of line n, stripped of whitespace) starts in the original line."""
        if not stripped:
            return Line(n + 1, 1, "")
        line = self.source[n]
        end = len(line.rstrip())
        if line.endswith(stripped, 0, end):
            # The text ends the line: its last occurrence, which is also the text itself.
            return Line(n + 1, end - len(stripped) + 1, stripped)
        col = line.find(stripped)
        if col < 0:
            return Line(n + 1, 1, line)  # tabs expanded by the parser: keep the whole line
        return Line(n + 1, col + 1, stripped)

    # -- blocks -----------------------------------------------------------------
    def _heading(self, token: Any, inline: Any) -> None:
        level = int(token.tag[1])
        lines = self._content_lines(token, inline.content)
        if token.markup in ("=", "-"):  # Setext: the text lines, not the underline
            block = make_block(lines, "heading", level=level)
            if block:
                title, kept = clean_title_kept(block.text)
                pieces = map_pieces(block.pieces, kept)
                if title and pieces:
                    self.parsed.blocks.append(Block("heading", title, block.line, block.column, block.end_line, pieces, level))
            return
        if not lines:
            return
        line = lines[0]
        title, kept = clean_title_kept(line.text)
        pieces = map_pieces((Piece(0, len(line.text), line.number, line.column),), kept)
        if not title or not pieces:
            return
        start, _ = strip_span(line.text)
        self.parsed.blocks.append(Block("heading", title, line.number, line.column + start, line.number, pieces, level))

    def _paragraph(self, inline: Any) -> None:
        lines = self._content_lines(inline, inline.content)
        if lines and lines[0].number - 1 in self.items:
            first = lines[0]
            depth = self.items.count(first.number - 1)
            col = _marker_start(self.source[first.number - 1], first.column - 1, depth)
            lines[0] = Line(first.number, col + 1, self.source[first.number - 1][col:].rstrip())
        kept: list[LineTuple] = []
        for line in lines:
            if line.text.lstrip().startswith("{") and _IAL.fullmatch(line.text.strip()):
                self._datetime(line.text)
                continue  # a kramdown attribute line: markup
            if "datetime" in line.text:
                self._datetime(line.text)
            spans = comment_spans(line.text) if "<!--" in line.text else None
            if spans and "`" in line.text:
                spans = _outside_code(line.text, spans)
            if spans:
                kept.extend(self._around_comments(line, spans))
            else:
                kept.append(line)
        self._group(kept)

    def _around_comments(self, line: Line, spans: list[tuple[int, int]]) -> list[Line]:
        """The text on both sides of inline comments (kept for suppressions), each part with its true column."""
        parts: list[Line] = []
        start = 0
        for lo, hi in spans:
            self.parsed.comments.append((line.number, line.text[lo:hi]))
            if lo > start:
                parts.append(Line(line.number, line.column + start, line.text[start:lo]))
            start = hi
        parts.append(Line(line.number, line.column + start, line.text[start:]))
        return parts

    def _table(self, token: Any) -> None:
        start, end = token.map
        for n in range(start, end):
            if n == start + 1:
                continue  # the |---|---| delimiter row
            block = make_block([self._locate(n, self.source[n].strip())], "table")
            if block:
                self.parsed.blocks.append(block)

    def _code(self, token: Any) -> None:
        start, end = token.map
        if (
            token.type == "code_block"
            and _CJK.search(token.content)
            and (token.content.lstrip()[:1] not in _CODE_FIRST or _indented_markdown(token.content))
        ):
            self._indented_prose(start, end)
            return
        if token.type == "fence":
            start += 1
            end -= 1 if end - start > 0 and self.source[end - 1].strip().startswith(token.markup[:1] * 3) else 0
        text = ""
        pieces: list[Piece] = []
        for n in range(start, min(end, len(self.source))):
            line = self.source[n]
            lo, hi = strip_span(line)
            if lo == hi:
                continue
            if text:
                text += "\n"
            pieces.append(Piece(len(text), hi - lo, n + 1, lo + 1))
            text += line[lo:hi]
        if pieces:
            self.parsed.blocks.append(Block("code", text, pieces[0].line, pieces[0].column, pieces[-1].line, tuple(pieces)))

    def _indented_prose(self, start: int, end: int) -> None:
        """An indented "code block" of Chinese text: an author's indented paragraphs (and tables), not code."""
        run: list[LineTuple] = []
        headings = _indented_markdown("\n".join(self.source[start:end]))
        for n in range(start, min(end, len(self.source))):
            line = self._locate(n, self.source[n].strip())
            atx = _INDENTED_ATX.fullmatch(line.text) if headings else None
            if atx:  # `        ## 一、…`: a heading of Markdown pasted with an indentation (eval/structure33 dn-privacy-md)
                self.parsed.blocks.extend(group_lines(run))
                run = []
                title, kept = clean_title_kept(atx.group(2))
                column = line.column + atx.start(2)
                pieces = map_pieces((Piece(0, len(atx.group(2)), line.number, column),), kept)
                if title and pieces:
                    lo, _ = strip_span(atx.group(2))
                    self.parsed.blocks.append(Block("heading", title, line.number, column + lo, line.number, pieces, len(atx.group(1))))
                continue
            if line.text.startswith("|"):
                self.parsed.blocks.extend(group_lines(run))
                run = []
                if not _TABLE_SEP.fullmatch(line.text.strip()):
                    block = make_block([line], "table")
                    if block:
                        self.parsed.blocks.append(block)
                continue
            run.append(line)
        self.parsed.blocks.extend(group_lines(run))

    def _html(self, token: Any) -> None:
        """An HTML block: comments are kept for suppressions, the rest goes through the HTML reader."""
        start, end = token.map
        first = self.source[start]
        if first.lstrip().startswith("<!--"):
            closing = next((n for n in range(start, end) if "-->" in self.source[n]), end - 1)
            cut = self.source[closing].index("-->") + 3 if "-->" in self.source[closing] else len(self.source[closing])
            comment = "\n".join(self.source[start:closing]) + ("\n" if closing > start else "") + self.source[closing][:cut]
            self.parsed.comments.append((start + 1, comment.strip()))
            rest = self.source[closing][cut:]
            if rest.strip():
                self.parsed.blocks.extend(group_lines([Line(closing + 1, cut + 1, rest)]))
            return
        block = "\n".join(self.source[start:end])
        if _TAG.search(block) is not None and not _markup_spans(block):
            # <COMPANY NAME>, <EMAIL> alone on a line: a tag to CommonMark, a slot or text to a reader (no HTML element, no
            # attribute value, never closed): kept as text, as a heading keeps it (twenty-sixth session, lead; it was
            # dropped unseen)
            self.parsed.blocks.extend(group_lines([Line(n + 1, 1, self.source[n]) for n in range(start, end)]))
            return
        from policylens.load.html import read_html_fragment

        fragment = read_html_fragment(self.source[start:end], first_line=start + 1)
        if fragment is None:  # not well-formed enough for the HTML reader: keep its lines as text
            self.parsed.blocks.extend(group_lines([Line(n + 1, 1, self.source[n]) for n in range(start, end)]))
            return
        self.parsed.blocks.extend(fragment.blocks)
        self.html_blocks.update(id(block) for block in fragment.blocks)
        self.parsed.dates.extend(fragment.dates)
        self.parsed.comments.extend(fragment.comments)
        self.parsed.warnings.extend(fragment.warnings)
        self.parsed.links.extend(fragment.links)
        self.parsed.media.extend(fragment.media)
        self.parsed.rows.extend(fragment.rows)
        self.parsed.line_breaks.extend(fragment.line_breaks)

    def _datetime(self, text: str) -> None:
        m = _DATETIME_ATTR.search(text)
        if m:
            self.parsed.dates.append(("datetime", m.group(1)))


def _marker_start(line: str, content: int, depth: int) -> int:
    """Column (0-based) of the outermost of `depth` list markers that end before `content`."""
    pos = content
    for _ in range(depth):
        while pos > 0 and line[pos - 1] in " \t":
            pos -= 1
        if pos > 0 and line[pos - 1] in "-*+":
            pos -= 1
        elif pos > 0 and line[pos - 1] in ".)":
            pos -= 1
            while pos > 0 and line[pos - 1].isdigit():
                pos -= 1
    return pos
