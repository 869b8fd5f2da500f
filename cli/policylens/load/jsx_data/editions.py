"""A page's text keyed by locale (`const content = privacyCopy[language]`, `load.jsx_editions`): the markup the component
returns rendered once for each edition (`_read_editions`), a control's short label chosen by language left out."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from policylens.lazyre import lazy
from policylens.load.jsx import _element_end
from policylens.load.jsx_data.mapped_data import MappedData
from policylens.load.jsx_data.names import _literal, _Names
from policylens.load.jsx_data.props import _unread_extent
from policylens.load.jsx_data.renderer import _Renderer, _Unreadable
from policylens.load.jsx_data.role_props import path_boxes, role_blocks
from policylens.load.jsx_data.sections import _block
from policylens.load.jsx_data.shell_uses import around_slot, edition_uses
from policylens.load.jsx_data.syntax import _NAME, _S
from policylens.load.jsx_data.typed_blocks import typed_blocks
from policylens.load.jsx_editions import (
    bindings,
    defaults,
    documents,
    editions,
    slice_of,
    strings,
)
from policylens.load.jsx_locale import tests_locale
from policylens.load.vue_data import UNKNOWN, Value, _Script
from policylens.model import Block
from policylens.patterns import HAN_CHAR

# (u43k2) a name bound to one edition of a keyed object, `const content = privacyCopy[language]` (`load.jsx_editions`)
_EDITION_BINDING_CUE = lazy(
    rf"(?<![\w$.])(?:const|let)[ \t]++(?:{_NAME}|\{{[^{{}};=]{{1,300}}\}}){_S}={_S}{_NAME}{_S}\["
    rf"|(?<![\w$.])(?:const|let)[ \t]++{_NAME}{_S}={_S}[^?;\n{{}}]{{1,120}}?{_S}\?{_S}\{{"  # (u48l) `= isZh ? {`
    rf"|(?<![\w$.])(?:const|let)[ \t]++{_NAME}{_S}={_S}[^?;\n{{}}]{{1,120}}?{_S}\?{_S}{_NAME}{_S}:{_S}{_NAME}[ \t]*+[;\r\n]"
)
_RETURN_MARKUP = lazy(rf"(?<![\w$.])return{_S}\(?{_S}(?=<[A-Za-z>])")  # (u48l: or a fragment, `<>`)
_ROOT_TITLE = lazy(rf"(?<![\w$.-])title{_S}={_S}\{{{_S}({_NAME})((?:\.{_NAME})++){_S}\}}")


def _field(value: Value, path: str) -> Value:
    """The value at `path` (`.a.b`) of `value`; UNKNOWN when it is not there."""
    for step in path.split(".")[1:]:
        if (part := slice_of(value, step)) is not None:
            value = part  # (u48l) `items.slice(0, 2)`
            continue
        value = value.get(step, UNKNOWN) if isinstance(value, dict) else UNKNOWN
    return value


def _path(renderer: _Renderer, path: str, scope: dict[str, Value]) -> Value:
    """(u48l) The value of `c.blocks` in the edition being rendered (`typed_blocks`)."""
    steps = path.split(".")
    value = renderer.named(steps[0], scope, set())
    for step in steps[1:]:
        value = value.get(step, UNKNOWN) if isinstance(value, dict) else UNKNOWN
    return value


def _props_hook(renderer: _Renderer, root: str) -> Callable[[str, dict[str, Value]], list[Block] | None]:
    """The blocks a component's start tag shows through its props in the edition being rendered: typed blocks and a
    hero's title (u48l, `typed_blocks`), else the roles of a locale copy's strings (u61j, `role_props`; `root`: the
    start tag of the markup's root component, whose title `_read_editions` reads)."""

    def hook(tag: str, scope: dict[str, Value]) -> list[Block] | None:
        value_of = partial(_path, renderer, scope=scope)
        # (a role prop naming anything but the edition, a prop of the component's own: not read, the tag as before)
        return typed_blocks(tag, value_of) or role_blocks(
            tag, lambda path: value_of(path) if path.split(".", 1)[0] in scope else UNKNOWN, tag == root
        )

    return hook


def _candidates(
    text: str, script: _Script, masked: str, names: _Names
) -> list[tuple[list[tuple[str, str | None]], str, int, list[tuple[str, Value]] | None, bool]]:
    """`(names bound, the object's name, where the statement ends, its editions or documents, keyed by language?)` of
    each binding to an edition: `const content = COPY[lang]` (`load.jsx_editions.bindings`), then (u48l) an object
    chosen by a language test (`_chosen`)."""
    found: list[tuple[list[tuple[str, str | None]], str, int, list[tuple[str, Value]] | None, bool]] = []
    for bound, source, after in bindings(masked):
        if any(field is None and len(names.declared.get(name, [])) != 1 for name, field in bound):
            continue  # (`const content` twice: which one the markup shows is not told here)
        literal = _literal(script, masked, names, source, set())
        keyed = editions(literal)
        by_language = keyed is not None
        if keyed is None:
            keyed = documents(literal)  # (u45k) documents keyed by name, the route's one shown (`load.jsx_editions`)
        found.append((bound, source, after, keyed, by_language))
    for m in _CHOSEN.finditer(masked):
        if len(names.declared.get(m.group(1), [])) != 1 or not tests_locale(text, m.start(2), m.end(2)):
            continue
        first, i = script.read(m.end(), 0)
        colon = _COLON.match(masked, i)
        if colon is None or not masked.startswith("{", colon.end()):
            continue
        second, j = script.read(colon.end(), 0)
        if _STATEMENT_END.match(masked, j) is None:
            continue
        chosen = _chosen(first, second)
        if chosen is not None:
            names_bound: list[tuple[str, str | None]] = [(m.group(1), None), *defaults(masked, m.group(1), j)]
            found.append((names_bound, m.group(1), j, chosen, True))
    for m in _EITHER_OBJECT.finditer(masked):
        # (u55x) two documents of one shape chosen by a condition that is no language's: both read (`_either_documents`)
        if len(names.declared.get(m.group(1), [])) != 1 or tests_locale(text, m.start(2), m.end(2)):
            continue
        chosen = _either_documents(script, masked, names, m.group(3), m.group(4))
        if chosen is not None:
            found.append(([(m.group(1), None), *defaults(masked, m.group(1), m.end())], m.group(3), m.end(), chosen, False))
    return found


# (u55x, eval/profiles54q yinping-zh) `const data = type === 'privacy' ? PRIVACY_POLICY : SERVICE_AGREEMENT;`
_EITHER_OBJECT = lazy(
    rf"(?<![\w$.])(?:const|let)[ \t]++({_NAME}){_S}={_S}([^?;\n{{}}]{{1,120}}?){_S}\?{_S}({_NAME}){_S}:{_S}({_NAME})"
    rf"(?=[ \t]*+[;\r\n])"
)


def _either_documents(script: _Script, masked: str, names: _Names, first: str, second: str) -> list[tuple[str, Value]] | None:
    """(u55x) The two documents a condition that is no language test chooses between, `const data = type === 'privacy'
    ? PRIVACY_POLICY : SERVICE_AGREEMENT` shown by `<h1>{data.title}</h1>` and `{data.sections.map(…)}`: `(name,
    object)` in the order the condition writes them, when both are constants of the page declared once, objects of the
    same fields (`load.jsx_editions.documents`), and one holds Chinese prose; None otherwise (two styles, two settings).
    The page shows one of them; the reviewer reads both, each under its own title, as every branch of a language
    switch and every document of an object keyed by name is read (`_either` for two arrays, u45k for documents).
    Before, neither was read, without a word (yinping-zh: 3 paragraphs of 用户服务协议 and 隐私政策)."""
    if first == second or any(len(names.declared.get(n, [])) != 1 for n in (first, second)):
        return None
    values = {n: _literal(script, masked, names, n, set()) for n in (first, second)}
    chosen = documents(values)
    if chosen is None or max(sum(len(HAN_CHAR.findall(s)) for s in strings(v)) for v in values.values()) < _PROSE_HAN:
        return None
    return chosen


# (u48l, eval/blind/round46 footballai-hk-en-tsx) `const disclaimer = isChinese ? { title: "免責聲明", … } : { title:
# "Disclaimer", … };` (strings blanked: the test is read on the page's text, `load.jsx_locale.tests_locale`)
_CHOSEN = lazy(rf"(?<![\w$.])(?:const|let)[ \t]++({_NAME}){_S}={_S}([^?;\n{{}}]{{1,120}}?){_S}\?{_S}(?=\{{)")
_COLON = lazy(rf"{_S}:{_S}")
_STATEMENT_END = lazy(r"[ \t]*+(?:;|\r|\n)")


def _chosen(first: Value, second: Value) -> list[tuple[str, Value]] | None:
    """(u48l) The two objects a language test chooses between as editions, `(tag, object)` in source order (the one
    holding more Chinese `zh`, the other `en`), when both are objects of the same fields and one holds Chinese prose;
    None otherwise (two settings, two styles: no editions)."""
    if not isinstance(first, dict) or not isinstance(second, dict) or not first or set(first) != set(second):
        return None
    han = [sum(len(HAN_CHAR.findall(s)) for s in strings(v)) for v in (first, second)]
    if max(han) < _PROSE_HAN or min(han) * 4 > max(han):
        return None  # (no Chinese prose, or both Chinese: two variants, not a language's editions)
    return [("zh" if han[0] > han[1] else "en", first), ("en" if han[0] > han[1] else "zh", second)]


_PROSE_HAN = 12  # Chinese characters an edition holds at least


def _read_editions(renderer: _Renderer, script: _Script, masked: str, names: _Names, found: MappedData) -> None:
    """The markup a component returns after binding a name to one edition of an object keyed by language (`const
    content = privacyCopy[language]`, `const { title, sections } = COPY[lang]`), rendered once for each edition
    (`load.jsx_editions`); the page's own constant arrays may be mapped in it; left as before when any of its
    expressions is not a plain literal (`_Unreadable`)."""
    text = renderer.text
    renderer.constant = lambda name: _literal(script, masked, names, name, set())
    warned: set[str] = set()
    for bound, source, after, keyed, by_language in _candidates(text, script, masked, names):
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
        renderer.props_hook = _props_hook(renderer, text[lt : renderer._tag_end(lt, end) + 1])
        local = renderer.local
        renderer.local = {**path_boxes(text, lt, end), **local}  # (u61j) `<LegalP>{t.lead}</LegalP>` a box of its own
        uses = None if by_language else edition_uses(text, masked, after, [tag for tag, _ in keyed])
        starts: list[int] = []  # (where each edition's blocks start: placed at its use, `shell_uses`)
        try:
            for k, (tag, edition) in enumerate(keyed):
                renderer.flush()
                starts.append(len(renderer.blocks))
                scope = {name: edition if field is None else _field(edition, "." + field) for name, field in bound}
                heading = _field(scope[title.group(1)], title.group(2)) if title is not None and title.group(1) in scope else None
                if isinstance(heading, tuple) and heading[0].strip():
                    renderer.blocks.append(_block("heading", heading, 1))  # (its layout's title: `title={content.title}`)
                renderer.data_only = k > 0 and uses is None  # (the markup's own text: read with the first edition only)
                renderer.edition = tag if by_language else None  # (a field keyed by language inside it: this edition's)
                # (u48l, footballai) a string the edition's markup shows twice, a column for small screens and one for
                # large (`d-lg-none`, `d-none d-lg-block`), is read once (`_Renderer.shown`)
                renderer.shown = set()
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
            renderer.shown = None
            renderer.props_hook = None
            renderer.local = local
            renderer.kinds = []
            renderer.parts = []
        blocks = renderer.blocks
        chinese = sum(len(HAN_CHAR.findall(b.text)) for b in blocks)
        if not chinese or 2 * renderer.written_han > chinese:
            continue  # (a page written in its markup, with a few labels keyed by language: read by the HTML reader, as before)
        if uses is None:
            found.inserts.append((lt, blocks))
        else:
            for at, a, b in zip(uses, starts, [*starts[1:], len(blocks)], strict=True):
                found.inserts.extend(around_slot(text, lt, end, at, blocks[a:b]))  # (u54x2: the shell's footer after the page)
            found.inserts.sort(key=lambda insert: insert[0])
        found.names.update(name for name, _ in bound)
        found.names.add(source)
        found.names |= renderer.constants
        found.printed.extend(sorted(set(renderer.printed)))
        found.spans.append((lt, end + 1))
    renderer.constant = None
