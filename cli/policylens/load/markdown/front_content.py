"""A Markdown page whose body is empty and whose YAML front matter holds the page: its headings and paragraphs.

Page builders keep a page's content as data (a section's `title:`, a text block's `text:` or `paragraphs: [...]`,
Netlify/Decap CMS `body: |`, Hugo/Jekyll data-driven pages' `sections:` with `content:` and `description:`), and their
templates render it; the Markdown body is empty.  Read as a Markdown file such a page was "the document is empty (no
text)", and `check` lost its drafting notes (eval/blind/round35 edgepress-md).  Only when the body is empty (blank, or
HTML comments only) and the front matter is YAML, the front matter is read as the document, in document order:

* a title-like key's value (`title`, `heading`, `headline`, `name` of an object that holds content) is a heading, one
  level deeper per enclosing titled object (the page's own `title:` is level 1);
* a prose value is a paragraph: a prose key's (`text`, `body`, `content`, `description`, `paragraphs` items …), or any
  string that is prose (Han characters, or three words or more with sentence punctuation);
* only a page with prose besides its own summary is read (top-level `description:`, `summary:`, `excerpt:`,
  `subtitle:` alone, a stub's, leave it empty: eval/precision25 ericsj-hugo-stub-tw);
* a block scalar (`|`, `>`) is read as Markdown (a CMS `body: |` is Markdown), each line where it is written.

Every paragraph keeps its original line and column.  Never read as text: code and configuration keys (`type`, `slug`,
`lang`, `url`, `href`, `icon`, `image`, `tone`, `layout`, `columns`, ids, dates (they still feed the metadata),
booleans and numbers), and the UI labels of a builder's component: a compound key ending in `Label`, `Placeholder`,
`Hint`, `Tooltip`, `Button`, `Btn`, `Cta` (`nameLabel`, `top_single_btn_text`), or in `Text`, `Title` or `Message`
inside a component object (one with `type:`, `component:`, `_template:` or `block:`; `missingTitle`, `emptyText`): strings the component shows in a state
of its own (no operator configured, an empty list), not the policy's text.  A page read this way is a template: its
single-brace interpolations (`{days}`) are the builder's (`Parsed.own_syntax`, as `.ftl` and `.mdx` have).
A page with a real body keeps its reading: its front matter only feeds the title and dates (`front_matter`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from policylens.lazyre import lazy
from policylens.load.types import Parsed
from policylens.model import Block, Piece
from policylens.patterns import HAN_CHAR

MAX_SOURCE = 65_536  # characters of front matter read as a page's content (PyYAML's Python loader is slow on megabytes)
MAX_DEPTH = 40  # nesting of the front matter read (YAML nests deep; a page's sections do not)
_TITLE_KEYS = frozenset({"title", "heading", "headline", "header"})
_NAME_KEYS = frozenset({"name"})  # a heading only for an object that holds content (a section), else a label or a name
_PROSE_KEYS = frozenset(
    {
        "text",
        "body",
        "content",
        "contents",
        "description",
        "paragraph",
        "paragraphs",
        "summary",
        "intro",
        "introduction",
        "lead",
        "excerpt",
        "subtitle",
        "note",
        "notes",
        "details",
        "copy",
        "markdown",
        "html",
    }
)
# Code and configuration (lower case, '-' and '_' removed): never text, whatever their value
_CONFIG_KEYS = frozenset(
    {
        "type",
        "kind",
        "slug",
        "lang",
        "language",
        "locale",
        "url",
        "href",
        "link",
        "src",
        "path",
        "file",
        "permalink",
        "alias",
        "aliases",
        "redirect",
        "icon",
        "image",
        "images",
        "img",
        "thumbnail",
        "cover",
        "banner",
        "logo",
        "tone",
        "theme",
        "color",
        "colour",
        "variant",
        "style",
        "class",
        "classname",
        "layout",
        "template",
        "component",
        "columns",
        "column",
        "width",
        "height",
        "size",
        "align",
        "background",
        "id",
        "key",
        "uid",
        "uuid",
        "anchor",
        "target",
        "rel",
        "order",
        "weight",
        "draft",
        "tags",
        "categories",
        "keywords",
        "author",
        "authors",
        "menu",
        "sitemap",
        "robots",
        "canonical",
        "email",
        "phone",
        "block",
        "date",
        "created",
        "datecreated",
        "publishdate",
        "pubdate",
        "updateddate",
        "lastmodifiedat",
        "lastmod",
        "updated",
        "lastupdated",
        "lastupdate",
        "effective",
        "effectivedate",
        "expirydate",
        "version",
    }
)
_META_KEYS = frozenset({"description", "summary", "excerpt", "subtitle"})
_COMPONENT_KEYS = frozenset({"type", "component", "_template", "block"})
# A UI label's key: a compound name (camelCase or snake_case) ending in one of these, lower-cased without '-' and '_'
_UI_ALWAYS = ("label", "placeholder", "hint", "tooltip", "button", "btn", "btntext", "buttontext", "cta", "ctatext")
_UI_IN_COMPONENT = ("text", "title", "message")
_COMPOUND = lazy(r"^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*|[_-][a-z0-9]+)+$")
_WORD = lazy(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE_END = lazy(r"[.!?;:,。！？；，]")


def body_is_empty(raw: list[str], start: int) -> bool:
    """Whether the lines from `start` on hold no text: blank, or closed HTML comments only (one pass, no regex)."""
    rest = "\n".join(raw[start:])
    at = 0
    while True:
        opening = rest.find("<!--", at)
        if opening < 0:
            return not rest[at:].strip()
        if rest[at:opening].strip():
            return False
        closing = rest.find("-->", opening + 4)
        if closing < 0:
            return False  # an unclosed comment is read as text (`html_blocks._unclosed_comments`)
        at = closing + 3


def _ui_label(key: str, norm: str, component: bool) -> bool:
    """A UI label's key: `nameLabel`, `top_single_btn_text`; `missingTitle`, `emptyText` in a component object."""
    if _COMPOUND.match(key) is None:
        return False
    return norm.endswith(_UI_ALWAYS) or (component and norm.endswith(_UI_IN_COMPONENT))


def _norm(key: str) -> str:
    return key.lower().replace("-", "").replace("_", "")


def _is_prose(value: str) -> bool:
    """A string a reader reads: Han characters, or three words or more with sentence punctuation (not an address)."""
    text = value.strip()
    if not text or "://" in text.split(" ", 1)[0]:
        return False
    if HAN_CHAR.search(text):
        return True
    return len(_WORD.findall(text)) >= 3 and _SENTENCE_END.search(text) is not None


class _Reader:
    """Walks a composed YAML node tree in document order, appending blocks to `parsed`."""

    def __init__(self, raw: list[str], end: int, parsed: Parsed, read_markdown: Callable[[str], Parsed]) -> None:
        self.read_markdown = read_markdown
        self.raw = raw  # the whole file's lines; the front matter's source starts at raw[1]
        self.end = end  # the closing fence's index
        self.parsed = parsed
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.seen: set[int] = set()  # nodes read: an alias (`*a`) names a node again, a recursive one or billions of times
        self.meta = 0  # of them, the page's own `description:`, `summary:`, `excerpt:` (its search-engine summary)

    def mapping(self, node: Any, level: int, depth: int) -> None:
        if depth > MAX_DEPTH or id(node) in self.seen:
            return
        self.seen.add(id(node))
        keys = {str(k.value) for k, _ in node.value if _scalar(k)}
        component = bool(keys & _COMPONENT_KEYS)
        holds = any(not _scalar(v) or _norm(str(k.value)) in _PROSE_KEYS for k, v in node.value if _scalar(k))
        titled = False
        for key_node, value in node.value:
            if not _scalar(key_node):
                continue
            key = str(key_node.value)
            norm = _norm(key)
            if norm in _CONFIG_KEYS or _ui_label(key, norm, component):
                continue
            if _scalar(value):
                if not _string(value):
                    continue
                if norm in _TITLE_KEYS or (norm in _NAME_KEYS and holds):
                    if _plain_line(value):
                        self.heading(value, level)
                        titled = True
                elif norm in _PROSE_KEYS or _is_prose(value.value):
                    before = self.paragraphs
                    self.scalar(value)
                    self.meta += (self.paragraphs - before) if depth == 0 and norm in _META_KEYS else 0
            else:
                self.node(value, level + 1 if titled else level, depth + 1, prose=norm in _PROSE_KEYS)

    def node(self, node: Any, level: int, depth: int, prose: bool = False) -> None:
        import yaml

        if depth > MAX_DEPTH:
            return
        if isinstance(node, yaml.MappingNode):
            self.mapping(node, level, depth)
        elif isinstance(node, yaml.SequenceNode) and id(node) not in self.seen:
            self.seen.add(id(node))
            for item in node.value:
                if _scalar(item):
                    if _string(item) and (prose or _is_prose(item.value)):
                        self.scalar(item)
                else:
                    self.node(item, level, depth + 1, prose=prose)

    def heading(self, node: Any, level: int) -> None:
        piece = self.located(node)
        if piece is None:
            return
        text = str(node.value).strip()
        self.blocks.append(Block("heading", text, piece.line, piece.column, piece.line, (piece._replace(length=len(text)),), min(level, 6)))

    def scalar(self, node: Any) -> None:
        """A prose value as paragraphs: one line's as is, a block scalar's read as Markdown, a folded one line by line."""
        if id(node) in self.seen:
            return  # an alias of a value read before: written once
        self.seen.add(id(node))
        if node.style in ("|", ">"):
            self.block_scalar(node)
            return
        if _plain_line(node):
            piece = self.located(node)
            pieces = (piece,) if piece is not None else self.escaped(node)
            if pieces:
                text = str(node.value)
                self.blocks.append(Block("paragraph", text, pieces[0].line, pieces[0].column, pieces[0].line, pieces))
                self.paragraphs += 1
            return
        self.folded(node)

    def located(self, node: Any) -> Piece | None:
        """Where a one-line scalar's value is written (after its quote), if written as read; else None."""
        line = node.start_mark.line + 1  # index in raw
        column = node.start_mark.column + (1 if node.style in ("'", '"') else 0)
        text = str(node.value)
        source = self.raw[line] if line < len(self.raw) else ""
        if source[node.start_mark.column : node.start_mark.column + 1] in ("!", "&"):  # `!!str 文字`, `&t 文字`: the property's mark
            column = _after_tag(source, node.start_mark.column, node.style)
        if source[column : column + len(text)] != text:
            return None
        return Piece(0, len(text), line + 1, column + 1)

    def escaped(self, node: Any) -> tuple[Piece, ...]:
        """A one-line quoted value with escapes (`"使用\\"Cookie\\"技术"`, `'It''s'`): a piece per run, if read as YAML reads it.

        It was dropped with no word (session 36, u36h): only a value written as read was located."""
        line = node.start_mark.line + 1
        source = self.raw[line] if line < len(self.raw) else ""
        start = node.start_mark.column
        if source[start : start + 1] in ("!", "&"):
            start = _after_tag(source, start, None)
        if node.style not in ("'", '"') or source[start : start + 1] != node.style:
            return ()
        if node.style == '"':
            from policylens.load.scripts import positions, read_literal

            literal, _ = read_literal(source, start, '"', positions(source, line + 1, 1))
            text, pieces = literal if literal is not None else ("", ())
        else:  # '' is the escape of '
            end = node.end_mark.column - 1 if node.end_mark.line == node.start_mark.line else len(source)
            runs = source[start + 1 : end].split("''")
            pieces, at, offset = (), start + 1, 0  # `at`: the source index where the run starts
            for k, run in enumerate(runs):
                if run:
                    pieces += (Piece(offset, len(run), line + 1, at + 1),)
                    offset, at = offset + len(run), at + len(run)
                if k < len(runs) - 1:
                    pieces += (Piece(offset, 1, line + 1, at + 1, 2),)  # '' is one ' (two columns of source)
                    offset, at = offset + 1, at + 2
            text = "'".join(runs)
        return tuple(pieces) if pieces and text == str(node.value) else ()

    def folded(self, node: Any) -> None:
        """A plain or quoted scalar over several lines (YAML joins them with a space): a piece per line, if written as read."""
        first, last = node.start_mark.line + 1, node.end_mark.line + 1
        parts: list[tuple[int, int, str]] = []
        for j in range(first, min(last + 1, len(self.raw))):
            line = self.raw[j]
            lo = node.start_mark.column + (1 if node.style in ("'", '"') else 0) if j == first else len(line) - len(line.lstrip())
            hi = node.end_mark.column - (1 if node.style in ("'", '"') else 0) if j == last else len(line.rstrip())
            segment = line[lo:hi].strip()
            if segment:
                parts.append((j, lo + line[lo:hi].index(segment), segment))
        if not parts or " ".join(p[2] for p in parts) != str(node.value):
            return  # escapes or blank lines in it: not written as read
        pieces: list[Piece] = []
        offset = 0
        for j, column, segment in parts:
            pieces.append(Piece(offset, len(segment), j + 1, column + 1))
            offset += len(segment) + 1
        text = str(node.value)
        self.blocks.append(Block("paragraph", text, pieces[0].line, pieces[0].column, pieces[-1].line, tuple(pieces)))
        self.paragraphs += 1

    def block_scalar(self, node: Any) -> None:
        """A `|` or `>` scalar: its lines read as Markdown where they are written (columns past their indentation)."""
        # (its end is at the start of the line after it, or within its last line at the end of the front matter)
        first, last = node.start_mark.line + 2, min(node.end_mark.line + 1 + (node.end_mark.column > 0), self.end)
        lines = self.raw[first:last]
        indent = min((len(s) - len(s.lstrip(" ")) for s in lines if s.strip()), default=0)
        if not indent:
            return
        dedented = [s[indent:] if s.strip() else "" for s in lines]
        if not "".join(dedented).strip():
            return
        inner = self.read_markdown("\n" * first + "\n".join(dedented))
        for block in inner.blocks:
            pieces = tuple(p._replace(column=p.column + indent) for p in block.pieces)
            self.blocks.append(block._replace(column=block.column + indent, pieces=pieces))
            self.paragraphs += block.kind != "heading"


def _after_tag(source: str, at: int, style: str | None) -> int:
    """Where a value written after its properties starts: an explicit tag or an anchor, in either order (`!!str 文字`,
    `&t 文字`, `!!str &u "文字"`: the value's mark is its first property's), past them, their blanks and the quote."""
    end = at
    while source[end : end + 1] in ("!", "&") and end < len(source):
        while end < len(source) and source[end] not in " \t":
            end += 1
        while end < len(source) and source[end] in " \t":
            end += 1
    return end + (1 if style in ("'", '"') and source[end : end + 1] == style else 0)


def _scalar(node: Any) -> bool:
    import yaml

    return isinstance(node, yaml.ScalarNode)


def _string(node: Any) -> bool:
    """A scalar that is a string as YAML resolves it (not a number, boolean, date or null)."""
    return bool(node.tag == "tag:yaml.org,2002:str" and str(node.value).strip())


def _plain_line(node: Any) -> bool:
    """A flow scalar written on one line."""
    return bool(node.style not in ("|", ">") and node.start_mark.line == node.end_mark.line)


def _compose(source: str) -> Any:
    """The YAML node tree, or None: through the Python loader (its marks count characters), else through libyaml.

    The Python loader refuses a tab between a key and its value (`title:\t一、收集`, valid YAML 1.2, which libyaml, the
    front matter's own reading, and the JavaScript builders read): the page was read as empty with no word (session 36,
    u36h).  libyaml's marks count characters too; `_Reader.located` checks each value is written where its mark says.
    """
    import yaml

    try:
        return yaml.compose(source, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError, ValueError):
        pass
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        return None
    try:
        return yaml.compose(source, Loader=loader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None


def read_front_content(raw: list[str], end: int, parsed: Parsed, read_markdown: Callable[[str], Parsed]) -> bool:
    """Read YAML front matter `raw[1:end]` of a page with an empty body as the document; whether it held a paragraph.

    `read_markdown` reads a `|`/`>` block scalar's lines as Markdown (passed in: this module sits below the package's
    `__init__`, which defines it).

    Appends the blocks to `parsed.blocks` and marks single braces as the page's own template syntax; leaves
    `parsed` untouched when the front matter holds no prose but the page's own summary (`description:` beside `title:`):
    a stub, or a page its layout fills, is still empty.
    """
    import yaml

    source = "\n".join(raw[1:end])
    if len(source) > MAX_SOURCE:
        # (a page whose whole content is a 10 MB front matter was only "the document is empty": session 36, u36h)
        parsed.warnings.append(
            f"line 1: the front matter (lines 1-{end + 1}, {len(source):,} characters) is longer than policylens reads "
            f"as a page's content ({MAX_SOURCE:,} characters): not read"
        )
        return False
    root = _compose(source)
    if root is None:
        return False
    if not isinstance(root, yaml.MappingNode):
        return False
    reader = _Reader(raw, end, parsed, read_markdown)
    reader.mapping(root, 1, 0)
    if reader.paragraphs <= reader.meta:
        return False  # a stub (`title:` and `description:` only) is still empty: its layout or nothing fills it
    parsed.blocks.extend(reader.blocks)
    parsed.own_syntax = frozenset({"brace"})
    return True
