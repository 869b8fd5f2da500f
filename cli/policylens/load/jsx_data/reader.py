"""`read_mapped`: every `.map` expression of a React page's markup over plain literal arrays, rendered where it stands,
then the arrays written in the markup, the sections handed to components and the constants passed as props."""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.jsx import _element_end
from policylens.load.jsx_data.editions import _EDITION_BINDING_CUE, _read_editions
from policylens.load.jsx_data.item_components import _read_item_components
from policylens.load.jsx_data.mapped_data import MappedData
from policylens.load.jsx_data.markup_arrays import _read_inline
from policylens.load.jsx_data.names import _array, _either, _Names
from policylens.load.jsx_data.page_script import _PageScript
from policylens.load.jsx_data.props import _prop_source, _read_props
from policylens.load.jsx_data.renderer import _BOUND, _CLOSE_BLOCK, _CLOSE_MAP, _Renderer, _table_of_contents, _Unreadable
from policylens.load.jsx_data.syntax import _ARROW, _MAX_MAPS, _NAME, _S
from policylens.load.jsx_local import local_elements
from policylens.load.scripts import positions
from policylens.load.vue_data import _MASKED, UNKNOWN, Value, _Script
from policylens.patterns import HAN_CHAR

# `{name.map((item, i) => (<…` / `{name?.map(item => <…`: a child expression that maps a top-level name
_MAP_CALL = lazy(rf"\{{{_S}({_NAME})\??{_ARROW}")


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
        script = _PageScript(1, 1, text)
        masked = _MASKED.sub(lambda s: " " * len(s.group(0)), text)
        names = _Names(masked)
        _read_editions(_Renderer(text, where, block_tags, renders, local), script, masked, names, found)
    if ".map(" not in text:
        _read_props(text, found, script, masked, names)
        return found
    for k, m in enumerate(_MAP_CALL.finditer(text)):
        name = m.group(1)
        if any(a <= m.start() < b for a, b in found.spans):
            continue  # (inside a page read once for each of its editions, `_read_editions`)
        if k >= _MAX_MAPS:
            found.unread.add(name)  # (a generated file of thousands of maps is no policy page: the rest unread, and said so)
            continue
        if script is None:
            script = _PageScript(1, 1, text)
            masked = _MASKED.sub(lambda s: " " * len(s.group(0)), text)  # (strings and comments define nothing)
            names = _Names(masked)
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
            found.unread.add(name)
            continue
        if not any(HAN_CHAR.search(b.text) for b in blocks) or _table_of_contents(text, blocks):
            continue
        found.inserts.append((m.start(), blocks))
        found.names.add(name)
        if source is not None:
            found.names.add(source)
        found.spans.append((m.start(), close.end()))
    if "].map(" in text:
        _read_inline(text, found, where, block_tags, renders, local)
    _read_item_components(text, found, script, masked, names)
    _read_props(text, found, script, masked, names)
    return found
