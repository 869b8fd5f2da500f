"""(u48l, eval/blind/round44 rental819-hk-tsx) An edition's text handed to a component imported from another file as
typed blocks: `<GuideArticle blocks={c.blocks} />` over `blocks: [{ type: "h", text: "我們收集的資料" }, { type: "p",
text: "…" }, { type: "ul", items: ["…", "…"] }]`, and its title to a hero, `<PageHero title={c.title} />`.

The component's markup is not in the file, but the blocks say what each string is: a heading (`h`, `h2`, `heading`,
`title`), a paragraph (`p`, `paragraph`, `text`, `note`, `quote`), a list (`ul`, `ol`, `list`: each string of `items`
an item).  A page keyed by locale that showed its whole policy so (`const c = content[locale]`) was read as empty.
Read only in a page's edition (`load.jsx_data.editions`) and only when every block is of a known type with text:
anything else (a block of another type, a field holding code) leaves the page as before.
"""

from __future__ import annotations

from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.load.jsx_data.sections import _block
from policylens.load.jsx_data.syntax import _NAME, _S
from policylens.load.vue_data import Value
from policylens.model import Block

# a data prop given a path of the edition: `blocks={c.blocks}`, `content={copy.body}`
_BLOCKS_PROP = lazy(rf"(?<![\w$.-])(?:blocks|content|body|sections|items)[ \t]*+={_S}\{{{_S}({_NAME}(?:\.{_NAME})++){_S}\}}")
# a hero's or a header's title prop given a path of the edition: `<PageHero title={c.title} />`
_TITLE_PROP = lazy(rf"(?<![\w$.-])title[ \t]*+={_S}\{{{_S}({_NAME}(?:\.{_NAME})++){_S}\}}")
_TITLE_COMPONENT = lazy(r"<(?:[A-Z]\w*)?(?:Hero|Header|Banner|Title|Heading)\b")
_HEADINGS = frozenset({"h", "h1", "h2", "h3", "h4", "heading", "title", "subtitle"})
_PARAGRAPHS = frozenset({"p", "paragraph", "text", "note", "quote", "callout"})
_LISTS = frozenset({"ul", "ol", "list", "bullets"})
_TITLE_MAX = 60


def typed_blocks(tag: str, value_of: Callable[[str], Value]) -> list[Block] | None:
    """The blocks a component's start tag `tag` shows through a typed-blocks prop or a hero's title (see module doc);
    `value_of(path)` gives a path's value in the edition (raises when it cannot).  None when the tag has neither."""
    if not tag[1:2].isupper():
        return None
    found: list[Block] = []
    title = _TITLE_PROP.search(tag) if _TITLE_COMPONENT.match(tag) else None
    if title is not None:
        value = value_of(title.group(1))
        if isinstance(value, tuple) and value[0].strip() and len(value[0]) <= _TITLE_MAX:
            found.append(_block("heading", value, 1))
    prop = _BLOCKS_PROP.search(tag)
    blocks = _blocks(value_of(prop.group(1))) if prop is not None else None
    return found + blocks if blocks is not None else found or None


def _blocks(value: Value) -> list[Block] | None:
    """Typed blocks as blocks, or None when any is not one (see module doc)."""
    if not isinstance(value, list) or not value:
        return None
    found: list[Block] = []
    for item in value:
        if not isinstance(item, dict):
            return None
        kind = item.get("type")
        if not isinstance(kind, tuple):
            return None
        kind_name = kind[0].strip().lower()
        text = item.get("text")
        if kind_name in _HEADINGS and isinstance(text, tuple):
            found.append(_block("heading", text, 2))
        elif kind_name in _PARAGRAPHS and isinstance(text, tuple):
            found.append(_block("paragraph", text, None))
        elif kind_name in _LISTS and isinstance(items := item.get("items"), list) and items:
            if not all(isinstance(x, tuple) for x in items):
                return None
            found.extend(_block("item", x, None) for x in items if isinstance(x, tuple))
        else:
            return None
    return found
