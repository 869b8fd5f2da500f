"""An array of plain literals written in the markup and mapped there (`{[{ title, content }, …].map(({ title, content })
=> …)}`), its items named or destructured: rendered as a named array's `.map` is (`_read_inline`)."""

from __future__ import annotations

from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.load.jsx import _MAPPED_TEXT_MIN, _element_end
from policylens.load.jsx_data.mapped_data import MappedData
from policylens.load.jsx_data.page_script import _PageScript
from policylens.load.jsx_data.renderer import _CLOSE_MAP, _Renderer, _table_of_contents, _Unreadable
from policylens.load.jsx_data.syntax import _MAX_MAPS, _NAME, _S
from policylens.load.jsx_editions import (
    FIELD,
    FIELD_PAIR,
)
from policylens.load.vue_data import UNKNOWN, Value
from policylens.patterns import HAN_CHAR

# (u43k2) an array written in the markup and mapped there: `{[{ title: '…', content: '…' }, …].map(({ title, content }) =>`
_INLINE_ARRAY = lazy(rf"\{{{_S}(?=\[)")
_INLINE_ARROW = lazy(
    rf"\]{_S}\.map\({_S}(?:\({_S}({_NAME})(?:{_S},{_S}({_NAME}))?{_S}\)|({_NAME})"
    rf"|\({_S}\{{{_S}({FIELD}(?:{_S},{_S}{FIELD})*+){_S},?{_S}\}}(?:{_S},{_S}({_NAME}))?{_S}\)){_S}=>{_S}\(?{_S}(?=<[A-Za-z])"
)


def _read_inline(
    text: str,
    found: MappedData,
    where: Callable[[int], tuple[int, int]],
    block_tags: frozenset[str] | set[str],
    renders: list[int],
    local: dict[str, str],
) -> None:
    """(u43k2, eval/blind/round41d hkscda-tsx: a Hong Kong policy read as its title alone) An array of plain literals
    written in the markup and mapped there, its items named or destructured (`({ title, content }) =>`): rendered as a
    named array's `.map` is."""
    script = _PageScript(1, 1, text)
    for k, m in enumerate(_INLINE_ARRAY.finditer(text)):
        if k >= _MAX_MAPS:
            break
        if any(a <= m.start() < b for a, b in found.spans):
            continue
        value, after = script.read(m.end(), 0)
        arrow = _INLINE_ARROW.match(text, after - 1) if isinstance(value, list) and text[after - 1 : after] == "]" else None
        if arrow is None:
            continue
        lt = arrow.end()
        end = _element_end(text, lt, len(text) - 1)
        close = _CLOSE_MAP.match(text, end + 1)
        if close is None or not isinstance(value, list):
            continue
        fields = [(p.group(2) or p.group(1), p.group(1)) for p in FIELD_PAIR.finditer(arrow.group(4))] if arrow.group(4) else None
        index = arrow.group(2) or arrow.group(5)
        renderer = _Renderer(text, where, block_tags, renders, local)
        try:
            if fields is None:
                blocks = renderer.loop(value, arrow.group(1) or arrow.group(3), index, lt, end, {}, 0)
            else:
                for item in value:
                    if not isinstance(item, dict):
                        raise _Unreadable
                    scope: dict[str, Value] = {name: item.get(field) for name, field in fields}
                    renderer.element(lt, end, scope | ({index: UNKNOWN} if index else {}), {index} if index else set(), 0)
                renderer.flush()
                blocks = renderer.blocks
        except _Unreadable:
            continue
        if sum(len(HAN_CHAR.findall(b.text)) for b in blocks) < _MAPPED_TEXT_MIN or _table_of_contents(text, blocks):
            continue  # (a menu or a row of labels written inline: left as before)
        if len(blocks) < len(value):
            continue  # (the items run into one another: their element is not known to be a block here, `<Para>{item}</Para>`)
        found.inserts.append((m.start(), blocks))
        found.spans.append((m.start(), close.end()))
    found.inserts.sort(key=lambda insert: insert[0])
