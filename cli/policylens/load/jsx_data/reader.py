"""`read_mapped`: every `.map` expression of a React page's markup over plain literal arrays, rendered where it stands,
then the arrays written in the markup, the sections handed to components and the constants passed as props."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from policylens.lazyre import lazy
from policylens.load.jsx import _element_end
from policylens.load.jsx_data.editions import _EDITION_BINDING_CUE, _read_editions
from policylens.load.jsx_data.item_components import _read_item_components
from policylens.load.jsx_data.mapped_data import MappedData
from policylens.load.jsx_data.markup_arrays import _read_inline
from policylens.load.jsx_data.markup_fields import _close as _close_at
from policylens.load.jsx_data.markup_fields import markup_field_titles
from policylens.load.jsx_data.names import _array, _either, _field_arrays, _Names, _skip_type
from policylens.load.jsx_data.page_script import _PageScript
from policylens.load.jsx_data.prop_markup import read_markup_sections
from policylens.load.jsx_data.props import _prop_source, _read_props
from policylens.load.jsx_data.renderer import _BOUND, _CLOSE_BLOCK, _CLOSE_MAP, _Renderer, _table_of_contents, _Unreadable
from policylens.load.jsx_data.syntax import _ARROW, _MAX_MAPS, _NAME, _S
from policylens.load.jsx_local import local_elements
from policylens.load.scripts import positions
from policylens.load.vue_data import _MASKED, UNKNOWN, Value, _Script
from policylens.model import Block
from policylens.patterns import HAN_CHAR

# `{name.map((item, i) => (<…` / `{name?.map(item => <…`: a child expression that maps a top-level name
_MAP_CALL = lazy(rf"\{{{_S}({_NAME})\??{_ARROW}")


def _page(text: str) -> tuple[_PageScript, str, _Names]:
    """The page's script, its text with strings and comments blanked (they define nothing), and its names: built once,
    by the first reader that needs them."""
    masked = _MASKED.sub(lambda s: " " * len(s.group(0)), text)
    return _PageScript(1, 1, text), masked, _Names(masked)


def read_mapped(text: str, block_tags: frozenset[str] | set[str]) -> MappedData:
    """The `.map` expressions of a React page's markup over plain literal arrays, rendered (see module doc).
    `block_tags`: the elements the HTML reader makes blocks of on this page (any other element or component is inline
    there, and here: the same markup written out would be read the same way)."""
    found = MappedData()
    script: _Script | None = None
    masked = ""
    names: _Names | None = None
    where = positions(text, 1, 1)
    renders = [0]
    local = local_elements(text)
    if "[" in text and _EDITION_BINDING_CUE.search(text):
        script, masked, names = _page(text)
        _read_editions(_Renderer(text, where, block_tags, renders, local), script, masked, names, found)
    if ".map(" not in text:
        _read_props(text, found, script, masked, names)
        _read_markup(text, found, script, where, lambda: _Renderer(text, where, block_tags, renders, local))
        return found
    for k, m in enumerate(_MAP_CALL.finditer(text)):
        name = m.group(1)
        if any(a <= m.start() < b for a, b in found.spans):
            continue  # (inside a page read once for each of its editions, `_read_editions`)
        if k >= _MAX_MAPS:
            found.unread.add(name)  # (a generated file of thousands of maps is no policy page: the rest unread, and said so)
            continue
        if script is None:
            script, masked, names = _page(text)
        assert names is not None
        value = _array(script, masked, names, name)
        source = None
        if value is None:
            source = _prop_source(masked, name, m.start())  # a prop of this file's component, `sections={data}`
            value = None if source is None else _array(script, masked, names, source)
        if value is None:
            value = _either(script, masked, names, name)  # `const items = isTerms ? terms : privacy`
            if value is None:
                continue
        lt = m.end()
        end = _element_end(text, lt, len(text) - 1)
        close = (_CLOSE_BLOCK if m.group(5) else _CLOSE_MAP).match(text, end + 1)
        if close is None:
            found.unread.add(name)
            continue
        renderer = _Renderer(text, where, block_tags, renders, local)
        bound: dict[str, Value] = {b.group(1): UNKNOWN for b in _BOUND.finditer(text, m.start(), lt)}
        try:
            blocks = renderer.loop(value, m.group(2) or m.group(4), m.group(3), lt, end, bound, 0)
        except _Unreadable:
            if not _titles_over_markup(
                text,
                masked,
                names,
                source or name,
                value,
                found,
                (m.start(), close.end()),
                partial(
                    _render_items,
                    lambda: _Renderer(text, where, block_tags, renders, local),
                    (m.group(2) or m.group(4), m.group(3), lt, end, bound),
                ),
            ):
                found.unread.add(name)
            continue
        if not any(HAN_CHAR.search(b.text) for b in blocks) or _table_of_contents(text, blocks):
            continue
        found.inserts.append((m.start(), blocks))
        found.names.add(name)
        if source is not None:
            found.names.add(source)
        found.spans.append((m.start(), close.end()))
    if "." in text and _FIELD_MAP_CALL.search(text):
        if script is None or names is None:
            script, masked, names = _page(text)
        _read_fields(text, found, script, masked, names, lambda: _Renderer(text, where, block_tags, renders, local))
    if "([" in text and _TUPLE_MAP_CALL.search(text):
        if script is None or names is None:
            script, masked, names = _page(text)
        _read_tuples(text, found, script, masked, names, lambda: _Renderer(text, where, block_tags, renders, local))
    if "].map(" in text:
        _read_inline(text, found, where, block_tags, renders, local)
    _read_item_components(text, found, script, masked, names)
    _read_props(text, found, script, masked, names)
    _read_markup(text, found, script, where, lambda: _Renderer(text, where, block_tags, renders, local))
    return found


def _render_items(
    new_renderer: Callable[[], _Renderer], at: tuple[str, str | None, int, int, dict[str, Value]], items: list[Value]
) -> list[Block]:
    """The blocks of a `.map`'s markup (`at`: its item's name, its index's, its markup's span, the names it binds)
    rendered for `items` alone, by a fresh renderer."""
    alias, index, lt, end, bound = at
    return new_renderer().loop(items, alias, index, lt, end, bound, 0)


def _titles_over_markup(
    text: str,
    masked: str,
    names: _Names,
    name: str,
    value: list[Value],
    found: MappedData,
    span: tuple[int, int],
    render: Callable[[list[Value]], list[Block]],
) -> bool:
    """(u56j) An array whose bodies are markup written in it, its titles put over them (`markup_fields`): True when read."""
    declared = names.declared.get(name, [])
    start = _skip_type(masked, declared[0]) if len(declared) == 1 else -1
    if start < 0 or not masked.startswith("[", start):
        return False
    inserts = markup_field_titles(text, masked, start, value, render)
    if inserts is None or not any(HAN_CHAR.search(b.text) for _, blocks in inserts for b in blocks):
        return False
    found.inserts.extend(inserts)
    found.inserts.sort(key=lambda insert: insert[0])
    found.moves.append((start, _close_at(masked, start), span[0]))
    found.spans.append(span)  # (the map's own words, 「待法务确认：{s.todo}」, read with each item, not once more as written)
    found.names.add(name)
    return True


def _read_markup(
    text: str, found: MappedData, script: _Script | None, where: Callable[[int], tuple[int, int]], renderer: Callable[[], _Renderer]
) -> None:
    """(u53x) A component's inline array of sections whose bodies are markup (`load.jsx_data.prop_markup`)."""
    if "[" in text and "<" in text:
        read_markup_sections(text, found, script or _PageScript(1, 1, text), where, renderer)


# (u48l) `{sections.map(([title, body]) => (<…` / `([title, body], i) =>`: a named array of tuples, destructured
_TUPLE_MAP_CALL = lazy(
    rf"\{{{_S}({_NAME})\??\.map\({_S}\({_S}\[{_S}({_NAME}(?:{_S},{_S}{_NAME}){{0,7}}){_S},?{_S}\]"
    rf"(?:{_S},{_S}({_NAME}))?{_S}\){_S}=>{_S}\(?{_S}(?=<[A-Za-z])"
)


def _read_tuples(text: str, found: MappedData, script: _Script, masked: str, names: _Names, new_renderer: Callable[[], _Renderer]) -> None:
    """(u48l, eval/blind/round48 smartreturn-tw-tsx) A constant array of tuples shown through a callback that
    destructures each, `const sections = [['蒐集的資料', '我們可能蒐集…'], …] as const` and `{sections.map(([title,
    body]) => (<section><h2>{title}</h2><p>{body}</p></section>))}`: rendered as a named array's `.map` is, each name
    bound to its place in the tuple.  The page was read as its header alone, with a warning (its vendors promised
    「正式上線前」 unseen).  Left as before when an item is no array as long as the names, or the markup is not read."""
    for k, m in enumerate(_TUPLE_MAP_CALL.finditer(text)):
        if k >= _MAX_MAPS or any(a <= m.start() < b for a, b in found.spans):
            continue
        value = _array(script, masked, names, m.group(1))
        fields = [f.strip() for f in m.group(2).split(",")]
        if value is None or not all(isinstance(item, list) and len(item) >= len(fields) for item in value):
            continue
        lt = m.end()
        end = _element_end(text, lt, len(text) - 1)
        close = _CLOSE_MAP.match(text, end + 1)
        if close is None:
            continue
        index = m.group(3)
        renderer = new_renderer()
        try:
            for item in value:
                assert isinstance(item, list)
                scope: dict[str, Value] = dict(zip(fields, item, strict=False))
                if index:
                    scope[index] = UNKNOWN
                renderer.shown = set()
                renderer.element(lt, end, scope, {index} if index else set(), 0)
            renderer.flush()
        except _Unreadable:
            continue
        blocks = renderer.blocks
        if not any(HAN_CHAR.search(b.text) for b in blocks) or _table_of_contents(text, blocks):
            continue
        found.inserts.append((m.start(), blocks))
        found.names.add(m.group(1))
        found.spans.append((m.start(), close.end()))
    found.inserts.sort(key=lambda insert: insert[0])


# (u48w3) `{content.sections.map((section, idx) => (<…`: a field of a name that is bound to objects holding arrays
_FIELD_MAP_CALL = lazy(rf"\{{{_S}({_NAME})\??\.({_NAME})\??{_ARROW}")


def _read_fields(text: str, found: MappedData, script: _Script, masked: str, names: _Names, new_renderer: Callable[[], _Renderer]) -> None:
    """(u48w3, eval/profiles48b tripcircle-zh) A field of a name bound to one of two documents, `const content =
    useMemo(() => { if (type === 'privacy-policy') { return { …, sections: PRIVACY_POLICY_SECTIONS } } return { …,
    sections: USER_AGREEMENT_SECTIONS } }, [type])` shown by `{content.sections.map((section, idx) => (<View>…))}`: both
    documents' arrays rendered where the map stands, as a named array's `.map` is (`names._field_arrays`).  The page was
    read as its back button, title, date and intro: every item of its privacy policy missing.  Left as before when the
    field holds anything but names of plain arrays, or the markup is not read."""
    for k, m in enumerate(_FIELD_MAP_CALL.finditer(text)):
        if k >= _MAX_MAPS or any(a <= m.start() < b for a, b in found.spans):
            continue
        value = _field_arrays(script, masked, names, m.group(1), m.group(2))
        if value is None:
            continue
        lt = m.end()
        end = _element_end(text, lt, len(text) - 1)
        close = (_CLOSE_BLOCK if m.group(6) else _CLOSE_MAP).match(text, end + 1)
        if close is None:
            continue
        renderer = new_renderer()
        bound: dict[str, Value] = {b.group(1): UNKNOWN for b in _BOUND.finditer(text, m.start(), lt)}
        try:
            blocks = renderer.loop(value, m.group(3) or m.group(5), m.group(4), lt, end, bound, 0)
        except _Unreadable:
            continue
        if not any(HAN_CHAR.search(b.text) for b in blocks) or _table_of_contents(text, blocks):
            continue
        found.inserts.append((m.start(), blocks))
        found.names.add(m.group(1))
        found.spans.append((m.start(), close.end()))
    found.inserts.sort(key=lambda insert: insert[0])
