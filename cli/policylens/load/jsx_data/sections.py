"""A constant's prose read as sections when the component that shows it is not in the file: the title field a heading,
the bodies (content, text, items, sub-sections) paragraphs or items, in their order; ids, keys, routes, icons, i18n keys,
markup and code never read, and an object with any of them as its title or body leaves the constant unread."""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.jsx_data.syntax import _MAX_BLOCKS
from policylens.load.vue_data import Text, Value
from policylens.model import Block, BlockKind, Piece
from policylens.patterns import HAN_CHAR

# an item's fields as a page without the component's body shows them: its title (the short field), its bodies
# (u47l, eval/profiles47c larkygo-zh: a mini-program's `{ h: '1. 我们收集的信息', ps: ['…', …] }`) `h` a title, `p`/`ps` bodies
_TITLE_FIELDS = ("title", "heading", "name", "h")
_BODY_FIELDS = frozenset(
    {"content", "text", "body", "description", "desc", "paragraphs", "items", "points", "list", "details", "sections"}
    | {"subsections", "children", "clauses", "p", "ps", "paras"}
)
_LIST_FIELDS = frozenset({"items", "points", "list", "li"})  # an array of strings under these: list items
_ASCII_TOKEN = lazy(r"[!-~]++")  # one ASCII token, no space: a key, a route, a URL, a name of code…
_CAMEL = lazy(r"[a-z][A-Z]")  # …when it has a separator or a camelCase hump
_MARKUP = lazy(r"<[A-Za-z/!]|\$\{|=>|className")
_LATIN_WORD = lazy(r"[A-Za-z]{2,}")
_SLOT = lazy(r"\$\{[^{}`]{0,200}\}")


def _section_list(value: Value) -> bool:
    """Whether a value is a non-empty array of objects."""
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _sections(items: list[Value], level: int, blocks: list[Block]) -> bool:
    """An array of sections, each an object of prose fields (`_section`), rendered into `blocks`; False if any is not."""
    if not items or len(items) > _MAX_BLOCKS:
        return False
    return all(isinstance(item, dict) and _section(item, level, blocks) for item in items)


def _section(item: dict[str, Value], level: int, blocks: list[Block]) -> bool:
    """One object as a section: its title (`title`, `heading`, `name` or `h`, a short prose string) a heading of `level`,
    then its bodies in their order (`content`, `text`, `body`, `description`…: a prose string, an array of them, or an
    array of sub-sections; any other field holding an array of prose strings); ids, keys, routes, icons and other
    fields are not read.  False (nothing to read) when a title or body is not prose (an i18n key, a route, markup, code,
    a value that is no literal) or the object has neither."""
    title = next((key for key in _TITLE_FIELDS if key in item), None)
    wrote = False
    if title is not None and item[title] is not None:
        value = item[title]
        if not isinstance(value, tuple) or not _prose(value[0], title=True):
            return False
        blocks.append(_block("heading", value, level))
        wrote = True
    nested = 0
    for key, value in item.items():
        if key == title or value is None:
            continue
        body = key in _BODY_FIELDS
        if isinstance(value, tuple):
            if not body or not value[0].strip():
                continue
            if not _prose(value[0]):
                return False
            blocks.append(_block("paragraph", value, None))
            wrote = True
        elif isinstance(value, list) and value and all(isinstance(v, tuple) for v in value):
            texts = [v for v in value if isinstance(v, tuple) and v[0].strip()]
            if not all(_prose(v[0]) for v in texts):
                if body:
                    return False
                continue  # (tags, keywords, class names: not read)
            kind: BlockKind = "item" if key in _LIST_FIELDS else "paragraph"
            blocks.extend(_block(kind, v, None) for v in texts)
            wrote = wrote or bool(texts)
        elif _section_list(value):
            assert isinstance(value, list)
            nested += 1
            if not body or nested > 1 or not _sections(value, level + 1, blocks):
                return False  # (an object of arrays by language, `{ zh: […], en: […] }`, or links: not read)
            wrote = True
        elif body:
            return False  # markup, a variable, a call: the component shows what the page cannot tell
    return wrote


def _prose(text: str, *, title: bool = False) -> bool:
    """Whether a string is text a reader sees: Chinese, or words (a title: one will do), and no key, route, URL, markup
    or code."""
    stripped = _SLOT.sub("", text).strip()  # (u43j) a template's `${…}` slot, read as written in a script's data
    if not stripped or _MARKUP.search(stripped) or _key_like(stripped):
        return False
    if HAN_CHAR.search(stripped):
        return True
    words = len(_LATIN_WORD.findall(stripped))
    return words >= 1 if title else words >= 3 and " " in stripped


def _key_like(text: str) -> bool:
    """Whether a string is an i18n key, a route, a URL or a name of code (`privacy.collect.title`, `/privacy`,
    `collectTitle`), not words: one ASCII token with a separator (`.`, `:`, `/`, `#`, `_`, not the one ending a title)
    or a camelCase hump."""
    if _ASCII_TOKEN.fullmatch(text) is None:
        return False
    body = text.rstrip(".:")
    return any(c in body for c in "./:#_") or _CAMEL.search(body) is not None


def _block(kind: BlockKind, value: Text, level: int | None) -> Block:
    """A block of one string, at its line and column in the source."""
    text, pieces = value
    first = pieces[0] if pieces else Piece(0, len(text), 1, 1)
    last = max((p.line for p in pieces), default=first.line)
    return Block(kind, text, first.line, first.column, last, pieces, level=level)
