"""A page's text keyed by locale (`const content = privacyCopy[language]`, `load.jsx_editions`): the markup the component
returns rendered once for each edition (`_read_editions`), a control's short label chosen by language left out."""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.jsx import _element_end
from policylens.load.jsx_data.mapped_data import MappedData
from policylens.load.jsx_data.names import _literal, _Names
from policylens.load.jsx_data.props import _unread_extent
from policylens.load.jsx_data.renderer import _Renderer, _Unreadable
from policylens.load.jsx_data.sections import _block
from policylens.load.jsx_data.syntax import _NAME, _S
from policylens.load.jsx_editions import (
    bindings,
    documents,
    editions,
)
from policylens.load.vue_data import UNKNOWN, Value, _Script
from policylens.patterns import HAN_CHAR

# (u43k2) a name bound to one edition of a keyed object, `const content = privacyCopy[language]` (`load.jsx_editions`)
_EDITION_BINDING_CUE = lazy(rf"(?<![\w$.])(?:const|let)[ \t]++(?:{_NAME}|\{{[^{{}};=]{{1,300}}\}}){_S}={_S}{_NAME}{_S}\[")
_RETURN_MARKUP = lazy(rf"(?<![\w$.])return{_S}\(?{_S}(?=<[A-Za-z])")
_ROOT_TITLE = lazy(rf"(?<![\w$.-])title{_S}={_S}\{{{_S}({_NAME})((?:\.{_NAME})++){_S}\}}")


def _field(value: Value, path: str) -> Value:
    """The value at `path` (`.a.b`) of `value`; UNKNOWN when it is not there."""
    for step in path.split(".")[1:]:
        value = value.get(step, UNKNOWN) if isinstance(value, dict) else UNKNOWN
    return value


def _read_editions(renderer: _Renderer, script: _Script, masked: str, names: _Names, found: MappedData) -> None:
    """The markup a component returns after binding a name to one edition of an object keyed by language (`const
    content = privacyCopy[language]`, `const { title, sections } = COPY[lang]`), rendered once for each edition
    (`load.jsx_editions`); the page's own constant arrays may be mapped in it; left as before when any of its
    expressions is not a plain literal (`_Unreadable`)."""
    text = renderer.text
    renderer.constant = lambda name: _literal(script, masked, names, name, set())
    warned: set[str] = set()
    for bound, source, after in bindings(masked):
        if any(field is None and len(names.declared.get(name, [])) != 1 for name, field in bound):
            continue  # (`const content` twice: which one the markup shows is not told here)
        literal = _literal(script, masked, names, source, set())
        keyed = editions(literal)
        by_language = keyed is not None
        if keyed is None:
            keyed = documents(literal)  # (u45k) documents keyed by name, the route's one shown (`load.jsx_editions`)
        root = _RETURN_MARKUP.search(masked, after)
        if keyed is None or root is None or any(a <= root.end() < b for a, b in found.spans):
            continue
        lt = root.end()
        end = _element_end(text, lt, len(text) - 1)
        used = "|".join(re.escape(name) for name, _ in bound)
        if end <= lt or not re.search(rf"\{{{_S}(?:{used})(?![\w$])", masked[lt:end]):
            continue
        renderer.blocks = []
        renderer.constants = set()
        renderer.written_han = 0
        renderer.printed = []
        renderer.lenient = True
        title = _ROOT_TITLE.search(text, lt, renderer._tag_end(lt, end)) if text[lt + 1].isupper() else None
        try:
            for k, (tag, edition) in enumerate(keyed):
                scope = {name: edition if field is None else _field(edition, "." + field) for name, field in bound}
                heading = _field(scope[title.group(1)], title.group(2)) if title is not None and title.group(1) in scope else None
                if isinstance(heading, tuple) and heading[0].strip():
                    renderer.blocks.append(_block("heading", heading, 1))  # (its layout's title: `title={content.title}`)
                renderer.data_only = k > 0  # (the text written in the markup: read with the first edition only)
                renderer.edition = tag if by_language else None  # (a field keyed by language inside it: this edition's)
                renderer.element(lt, end, scope, set(), 0)
                renderer.flush()
        except _Unreadable:
            # (u44h) its markup shows something else, or its editions render past `_MAX_BLOCKS` (two editions of 2,000
            # sections): the object's text was dropped with no word, the page "empty"
            extent = None if source in warned else _unread_extent(text, masked, names, source)
            if extent is not None:
                warned.add(source)
                shown = ", ".join(f"`{name}`" for name, _ in bound)
                found.warnings.append(
                    f"line {text.count(chr(10), 0, lt) + 1}: the page shows {shown}, an edition of `{source}`, an object of its "
                    f"code keyed by {'language' if by_language else 'name'} ({extent}): that text is not read"
                )
            continue
        finally:
            renderer.data_only = False
            renderer.lenient = False
            renderer.edition = None
            renderer.kinds = []
            renderer.parts = []
        blocks = renderer.blocks
        chinese = sum(len(HAN_CHAR.findall(b.text)) for b in blocks)
        if not chinese or 2 * renderer.written_han > chinese:
            continue  # (a page written in its markup, with a few labels keyed by language: read by the HTML reader, as before)
        found.inserts.append((lt, blocks))
        found.names.update(name for name, _ in bound)
        found.names.add(source)
        found.names |= renderer.constants
        found.printed.extend(sorted(set(renderer.printed)))
        found.spans.append((lt, end + 1))
    renderer.constant = None
