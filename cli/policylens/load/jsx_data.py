"""The text a React page keeps as data, read where the page shows it: `{sections.map((section) => (<section>…))}`.

A page that keeps its sections as data, `const sections = [{ title: "服务说明", body: "…" }, …]`, and shows them with
`{sections.map((section) => (<section><h2>{section.title}</h2><p>{section.body}</p></section>))}` holds no text in its
markup: the code is blanked (`load.jsx`), so the agreement was read as its title alone (thirty-third session,
eval/blind/round33 carsub-tsx; the lead's warning, `jsx.mapped_data_warnings`).  As `load.vue_data` does for a Vue
page's `v-for`, when the mapped array is plain literals (strings, arrays and objects of them, template literals without
`${}`; defined once, never assigned again) each `{item.field}` slot of the callback's markup is filled with its string,
as the page renders it: a block for each block element of the markup, of the kind the markup gives it (an `<h2>` or a
heading component is a heading, an `<li>` an item, anything else a paragraph), with the line and column of the string
in the source.  An item's own array shown by a nested `.map` (`section.items.map((item) => <li>{item}</li>)`) is read
the same way.  An index parameter (`(section, i) =>`) printed as a number (`{i + 1}.`) is left as not read, with the
punctuation that goes with it.

A constant passed as a prop (u35j; eval/blind/round35b linguaflow: `const sections = [{ title, items, paragraphs }]`
and `<LegalDocument sections={sections} />`, read as an empty page): when the file's own component takes the prop
(`function PolicyLayout({ sections })`) and maps it, the constant is rendered at that `.map` as above, if it is given
in one place only; when the component's body is not in the file (imported), the constant is read where the component
stands if it is an array of objects (or an object holding one) whose fields are prose, in their order: the title (the
short field, `title`, `heading` or `name`) a heading, the bodies (`content`, `text`, `body`, `description`, arrays of
strings, sub-sections) paragraphs or items; ids, keys, routes, icons, i18n keys, markup and code are never read, and
an object with any of them as its title or body leaves the constant unread (`_section`).

Forty-third session (u43k2), the same reading reached further: a page's text keyed by locale (`load.jsx_editions`:
`const content = privacyCopy[language]` rendered once for each edition, `{sec.body[lang]}` each edition its own
paragraph); an array written in the markup and mapped there (`{[{ title, content }, …].map(({ title, content }) =>`,
left as before when its items run into one another); a name bound to one of two arrays by a condition (`const items =
isTerms ? terms : privacy`: both read, as both branches of a language switch); a template literal naming the page's
string constants (`请联系：${CONTACT_EMAIL}`: the constant's text, at its own place); and a function of the page that
picks one of its arguments by language (`const T = (en, zh) => (lang === 'zh' ? zh : en)`, `h: T('…', '重點')`: both
editions, the heading its Chinese one).

Forty-fifth session (u45k): an object keyed by name holding several documents of one shape, the route's one shown
(`const doc = DOCS[params.doc ?? 'agreement'] ?? DOCS.agreement`), each document rendered as an edition is
(`load.jsx_editions.documents`); and a constant's sections handed one by one to a component through a path and an alias
(`const data = POLICY;` `{data.sections.map((section) => <SectionBlock section={section} />)}`), read where the map
stands as the prose of its sections (`_read_item_components`, eval/precision44 hkaiff-hk-tsx).

Forty-sixth session (u46k2): a part of the callback's markup shown when a field of the item is not empty
(`{section.items.length > 0 && (<ol>{section.items.map(…)}</ol>)}`, `{section.note && <p>{section.note}</p>}`) is read
for the items whose field holds something, and not for the others (eval/precision46 oxm-tw-tsx).

Anything else leaves the page as today, with the warning: a value that is no literal, a slot that is no bare path of
the item (`{t(section.title)}`, `{section.open ? … : …}`), a callback that is not one
element (`=> { … }`), a `.map` whose result is used further (`.map(…).join`), a name defined twice or assigned again.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policylens.load.jsx import _MAPPED_TEXT_MIN, _element_end, _string_end, imported_slots, matching, rendered_tag
from policylens.load.jsx_editions import (
    FIELD,
    FIELD_PAIR,
    KEYED_PATH,
    bindings,
    documents,
    editions,
    first_chinese,
)
from policylens.load.jsx_local import local_elements
from policylens.load.jsx_locale import JS_BLANKS, JS_NAME, _is_code, switch_functions
from policylens.load.lines import slice_pieces
from policylens.load.scripts import positions, read_literal, skip_blank
from policylens.load.vue_data import _MASKED, UNKNOWN, Text, Value, _Script
from policylens.model import Block, BlockKind, Piece
from policylens.patterns import HAN, HAN_CHAR

_S = JS_BLANKS
_NAME = JS_NAME
# the callback's head up to its markup: `(item, i) => (`, `item => `, or a block body that only names a field of the
# item before it returns its markup, `(section) => { const Icon = section.icon; return (` (an icon component)
_ARROW = (
    rf"\.map\({_S}(?:\({_S}({_NAME})(?:{_S},{_S}({_NAME}))?{_S}\)|({_NAME})){_S}=>{_S}"
    rf"(?:(\{{){_S}(?:(?:const|let){_S}{_NAME}{_S}={_S}{_NAME}(?:\.{_NAME})*+{_S};?{_S})*+return{_S})?\(?{_S}(?=<[A-Za-z])"
)
# `{name.map((item, i) => (<…` / `{name?.map(item => <…`: a child expression that maps a top-level name
_MAP_CALL = re.compile(rf"\{{{_S}({_NAME})\??{_ARROW}")
# a nested `.map` inside the callback's markup: `{section.items.map((item) => (<li>…`
_NESTED_MAP = re.compile(rf"(?<![ \t\r\n]){_S}(?<![\w$.])({_NAME}(?:\.(?!map\(){_NAME})*+)\??{_ARROW}")  # (the path stops before `.map(`)
# the end of the callback and of the expression: `))}`, `)}`, `); })}`
_CLOSE_MAP = re.compile(rf"(?<![ \t\r\n]){_S}\)?{_S}\)[ \t\r\n]*+\}}")
_CLOSE_BLOCK = re.compile(rf"(?<![ \t\r\n]){_S}\)?{_S};?{_S}\}}{_S}\){_S}\}}")
_BOUND = re.compile(rf"(?:const|let){_S}({_NAME}){_S}=")
# (u46k2) a part of the markup shown when a field of the item is not empty: `{section.items.length > 0 && (<ol>…</ol>)}`,
# `{section.note && <p>…</p>}` (eval/precision46 oxm-tw-tsx)
_GUARD = re.compile(rf"(?<![ \t\r\n]){_S}(?<![\w$.])({_NAME}(?:\??\.{_NAME})*+)[ \t]*+(?:(?:>|!==?)[ \t]*+0[ \t]*+)?&&{_S}(\(?){_S}(?=<[A-Za-z])")
_CLOSE_GUARD = re.compile(rf"{_S}\)?{_S}\}}")
_PATH = re.compile(r"(?<![ \t\r\n])[ \t\r\n]*+([A-Za-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+)*+)[ \t\r\n]*+")
_INDEX = re.compile(r"(?<![ \t\r\n])[ \t\r\n]*+([A-Za-z_$][\w$]*+)[ \t\r\n]*+(?:[-+][ \t\r\n]*+\d{1,3}[ \t\r\n]*+)?")
_SPACE_LITERAL = re.compile(r"""(?<![ \t\r\n])[ \t\r\n]*+(["'])[ \t]*+\1[ \t\r\n]*+""")
_COMMENT = re.compile(r"(?<![ \t\r\n])[ \t\r\n]*+/\*(?:[^*]|\*(?!/))*+\*/[ \t\r\n]*+")
_STRING_CHILD = re.compile(r"""(?<![ \t\r\n])[ \t\r\n]*+(["'])((?:(?!\1)[^\\\n])*+)\1[ \t\r\n]*+""")
# what goes with a number not read: 「{i + 1}. 」「第{i + 1}条」「({i + 1})」
_NUMBER_MARKS = re.compile(r"[\s.、．:：)）(（第条章节]*+")
_TAG_NAME = re.compile(r"</?([A-Za-z][\w.-]*+)")
_ATTRIBUTE = re.compile(r"""(?<![\w:-])([\w:-]++)[ \t\r\n]*+=[ \t\r\n]*+(?:"([^"]*)"|'([^']*)'|\{[ \t]*+(\d{1,3})[ \t]*+\})""")
_INLINE = frozenset(
    {"span", "b", "strong", "em", "i", "u", "a", "small", "mark", "abbr", "code", "sup", "sub", "bdi", "q", "cite", "time"}
    | {"text", "label", "font"}
)
_WORD = re.compile(r"[^\W_]")
_MAX_BLOCKS = 5_000
_LINE = re.compile(r"[^\s](?:[^\n]*[^\s])?")  # a line's text, its white space trimmed
_MAX_NESTING = 6
_MAX_MAPS = 200  # `.map` expressions of one page looked at (each looks its name up in the whole page)
_MAX_RENDERS = 50_000  # items rendered on one page (nested maps over large arrays multiply)
_TOC_SEARCH = (
    200_000_000  # characters searched for a table of contents (distinct titles × page length): a page past it is no table of contents
)


# (u43k2, eval/blind/round34 scentpersona-tsx) a template literal naming a constant of the page: `请联系：${CONTACT_EMAIL}`
_CONSTANT_SLOT = re.compile(r"\$\{[ \t]*+([A-Za-z_$][\w$]*+)[ \t]*+\}")
# (u45l) a template literal's slot that is a name or a member path: `${BRAND.custodianZh}`
_PATH_SLOT = re.compile(r"\$\{[ \t]*+[A-Za-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+)*+[ \t]*+\}")


# `T(`: a call that may be a language switch's
_CALL = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*+)[ \t]*+\(")


class _PageScript(_Script):
    """A React page's code read as `vue_data` reads a script, and a template literal whose `${…}` are only names of the
    page's string constants (`const CONTACT_EMAIL = "…"`, defined once, never assigned) read with their text, each
    part at its own place in the source (before, the literal was no value, and the array holding it was not read)."""

    def read(self, i: int, depth: int) -> tuple[Value, int]:
        i = self.skip(i)
        call = _CALL.match(self.body, i)
        if call is not None and call.group(1) in switch_functions(self.body):
            value = self._switch_call(call.group(1), call.end(), depth)
            if value is not None:
                return value
        if self.body.startswith("`", i):
            literal, end = read_literal(self.body, i, "`", self.position)
            if literal is not None and "${" in self.body[i:end] and not self.body.startswith(("+", "."), self.skip(end)):
                filled = self._filled(literal, self.body[i:end])
                if filled is None:
                    filled = self._slots_as_written(i, end)
                if filled is not None:
                    return filled, self.skip(end)
        return super().read(i, depth)

    def _slots_as_written(self, i: int, end: int) -> Text | None:
        """(u45l, eval/profiles45 verdant-zh) A template literal `body[i:end]` whose every `${…}` is a name or a member
        path of a value the page imports (`${BRAND.custodianZh}：用于支付、分账与结算。`, `jsx.imported_slots`): its text with
        each slot kept as written, where the page prints the value (`load.jsx.shown_expressions` tells the placeholder
        rules it is no slot left unfilled).  Before, the whole array holding it was dropped without a word.  None when a
        slot is anything else (a call, an operator, a nested literal) or the literal holds an escape."""
        source = self.body[i:end]
        if "\\" in source or len(_PATH_SLOT.findall(source)) != source.count("${") or not imported_slots(self.body, source):
            return None
        return self._as_written(i + 1, end - 1)

    def _switch_call(self, name: str, i: int, depth: int) -> tuple[Value, int] | None:
        """`T('Privacy Policy', '私隱政策')`: the editions its arguments give, keyed by the parameters' tags."""
        params = switch_functions(self.body)[name]
        found: dict[str, Value] = {}
        for k, param in enumerate(params):
            value, i = super().read(i, depth + 1)
            if not isinstance(value, tuple):
                return None
            found[param] = value
            i = self.skip(i)
            if k + 1 < len(params):
                if not self.body.startswith(",", i):
                    return None
                i += 1
        if self.body.startswith(",", i):
            i = self.skip(i + 1)
        if not self.body.startswith(")", i):
            return None
        return found, self.skip(i + 1)

    def _filled(self, literal: Text, source: str) -> Text | None:
        """The literal with each `${NAME}` (read as one character no piece covers, `scripts.read_literal`) replaced
        by the constant's text; None when one is not a name of a string constant."""
        text, pieces = literal
        slots = list(_CONSTANT_SLOT.finditer(source))
        covered = [False] * len(text)
        for p in pieces:
            covered[p.offset : p.offset + p.length] = [True] * p.length
        gaps = [k for k, c in enumerate(covered) if not c]
        if len(slots) != source.count("${") or len(gaps) != len(slots):
            return None  # (an expression, not a name)
        parts: list[str] = []
        out: list[Piece] = []
        at = 0
        for gap, m in zip(gaps, slots, strict=True):
            value = self.lookup(m.group(1))
            if not isinstance(value, tuple) or not value[0].strip():
                return None
            for part, part_pieces in ((text[at:gap], slice_pieces(pieces, at, gap)), value):
                shift = sum(len(p) for p in parts)
                out.extend(p._replace(offset=p.offset + shift) for p in part_pieces)
                parts.append(part)
            at = gap + 1
        shift = sum(len(p) for p in parts)
        out.extend(p._replace(offset=p.offset + shift) for p in slice_pieces(pieces, at, len(text)))
        parts.append(text[at:])
        return "".join(parts), tuple(out)


class _Unreadable(Exception):
    """The callback's markup shows something that is not a plain literal of the item: the page is left as it is."""


class MappedData:
    """What `read_mapped` read: the blocks to insert where each `.map` expression stands, the names read, the spans."""

    def __init__(self) -> None:
        self.inserts: list[tuple[int, list[Block]]] = []  # (offset of the expression's `{`, its blocks)
        self.names: set[str] = set()
        self.unread: set[str] = set()  # names one of whose `.map` expressions could not be read (their warning stays)
        self.spans: list[tuple[int, int]] = []  # the expressions read: [start, end) in the source
        self.warnings: list[str] = []  # constants passed as a prop holding Chinese text, not read (`_unread_prop`)
        self.printed: list[int] = []  # (u43k2) where a read span's code prints a value it computes (`jsx.blank_jsx`)


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


# (u45k, eval/precision44 hkaiff-hk-tsx) a constant's sections handed one by one to a component, through a path and an
# alias: `const data = PRIVACY_POLICY;` … `{data.sections.map((section) => (<SectionBlock key={section.id}
# section={section as Section} />))}` (the path stops before `.map(`)
_ITEM_COMPONENT_MAP = re.compile(
    rf"\{{{_S}({_NAME}(?:\.(?!map\(){_NAME}){{1,4}}+)\??\.map\({_S}(?:\({_S}({_NAME}){_S}\)|({_NAME})){_S}=>{_S}\(?{_S}<([A-Z][\w$]*+)(?![\w$.])"
)
_ALIAS_VALUE = re.compile(rf"(?<![\w$])({_NAME})(?=[ \t]*+[;\n])")


def _aliased(script: _Script, masked: str, names: _Names, name: str) -> Value:
    """The literal `name` is defined as, or that of the constant it is an alias of (`const data = PRIVACY_POLICY;`, one
    step), both defined once and never assigned again; UNKNOWN otherwise."""
    value = _literal(script, masked, names, name, set())
    found = names.declared.get(name, [])
    if value is not UNKNOWN or len(found) != 1:
        return value
    i = _skip_type(masked, found[0])
    alias = _ALIAS_VALUE.match(masked, i) if i >= 0 else None
    if alias is None or alias.group(1) == name or any(a != found[0] - len(name) for a in names.assigned.get(name, [])):
        return UNKNOWN
    return _literal(script, masked, names, alias.group(1), set())


def _read_item_components(text: str, found: MappedData, script: _Script | None, masked: str, names: _Names | None) -> None:
    """(u45k) Each section of a constant's array handed to one component, `{data.sections.map((section) => (<SectionBlock
    section={section} />))}`, read where the `.map` stands as the prose of its sections (`_sections`: titles headings,
    contents paragraphs, items and sub-sections in their order), as a constant passed whole to a component is
    (`_read_props`): the component shows each section's fields, whose markup, conditions and all, is not followed here.
    Only a callback that is that one self-closed component tag given the item (`={section}`, `={section as Section}`),
    over an array of objects read from a literal, with at least `_MAPPED_TEXT_MIN` Chinese characters."""
    if ".map(" not in text:
        return
    read: list[tuple[re.Match[str], int, list[Block], str]] = []
    for m in _ITEM_COMPONENT_MAP.finditer(text):
        if script is None or names is None:
            script = _PageScript(1, 1, text)
            masked = _MASKED.sub(lambda s: " " * len(s.group(0)), text)
            names = _Names(masked)
        if any(a <= m.start() < b for a, b in found.spans):
            continue
        path, item = m.group(1), m.group(2) or m.group(3)
        lt = m.start(4) - 1
        end = _element_end(text, lt, len(text) - 1)
        if end <= lt or text[end - 1] != "/":
            continue  # (a component with children: its markup is more than the item)
        given = re.search(rf"=\{{{_S}{re.escape(item)}(?:[ \t]++as[ \t]++{_NAME})?{_S}\}}", masked[lt:end])
        close = _CLOSE_MAP.match(text, end + 1)
        if given is None or close is None:
            continue
        steps = path.split(".")
        value: Value = _aliased(script, masked, names, steps[0])
        for step in steps[1:]:
            value = value.get(step, UNKNOWN) if isinstance(value, dict) else UNKNOWN
        if not _section_list(value):
            continue
        blocks: list[Block] = []
        if not _sections(value, 2, blocks) or not any(b.kind != "heading" for b in blocks):  # type: ignore[arg-type]
            continue
        if sum(len(HAN_CHAR.findall(b.text)) for b in blocks) < _MAPPED_TEXT_MIN:
            continue
        read.append((m, close.end(), blocks, steps[0]))
    for m, stop, blocks, name in _once_each(text, read):
        found.inserts.append((m.start(), blocks))
        found.inserts.sort(key=lambda insert: insert[0])
        found.names.add(name)
        found.spans.append((m.start(), stop))


# a component or an element class naming a table of contents or a menu (`<TocLink …/>`, `<nav>`, `className="toc"`);
# `Protocol…` is none (the word starts upper-case in a component's name, after a non-letter in a class)
_NAV_COMPONENT = re.compile(r"(?:\A|(?<=[a-z]))(?:Toc|TOC|Menu|Nav|Anchor|Catalog|Outline|Sidebar|SideBar)(?![a-z])")
_NAV_CLASS = re.compile(r"(?<![A-Za-z])(?:[Tt]oc|TOC|[Mm]enu|[Nn]av|[Cc]atalog|[Oo]utline|[Ss]idebar|[Aa]nchor|目录|目錄)(?![a-z])")
_OPEN_TAG = re.compile(r"<(/?)([A-Za-z][\w.:-]{0,80})([^<>]{0,2000}?)(/?)>")


def _in_navigation(text: str, m: re.Match[str]) -> bool:
    """Whether the `.map` matched by `m` renders a table of contents or a menu: its component is named so, or an
    element open around it is a `<nav>` or has such a class."""
    if _NAV_COMPONENT.search(m.group(4)):
        return True
    stack: list[tuple[str, str]] = []
    for tag in _OPEN_TAG.finditer(text, 0, m.start()):
        closing, name, attributes, lone = tag.groups()
        if closing:
            while stack and stack.pop()[0] != name:
                pass
        elif not lone:
            stack.append((name, attributes))
    return any(name.lower() == "nav" or _NAV_CLASS.search(attributes) for name, attributes in stack)


def _once_each(text: str, read: list[tuple[re.Match[str], int, list[Block], str]]) -> list[tuple[re.Match[str], int, list[Block], str]]:
    """(r45 #2) The maps of `_read_item_components` with each array read once: a page mapping the same sections to a
    table of contents (`<nav>…<TocLink section={section} />`) and to its body read the policy twice.  Of the maps over
    the same sections, the one outside a table of contents or menu is kept; none when that leaves other than one."""
    groups: dict[tuple[tuple[str, str], ...], list[tuple[re.Match[str], int, list[Block], str]]] = {}
    for entry in read:
        groups.setdefault(tuple((b.kind, b.text) for b in entry[2]), []).append(entry)
    kept = []
    for same in groups.values():
        if len(same) > 1:
            same = [entry for entry in same if not _in_navigation(text, entry[0])]
            if len(same) != 1:
                continue
        kept.extend(same)
    return sorted(kept, key=lambda entry: entry[0].start())


# (u43k2) an array written in the markup and mapped there: `{[{ title: '…', content: '…' }, …].map(({ title, content }) =>`
_INLINE_ARRAY = re.compile(rf"\{{{_S}(?=\[)")
_INLINE_ARROW = re.compile(
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


# (u43k2) a name bound to one edition of a keyed object, `const content = privacyCopy[language]` (`load.jsx_editions`)
_EDITION_BINDING_CUE = re.compile(rf"(?<![\w$.])(?:const|let)[ \t]++(?:{_NAME}|\{{[^{{}};=]{{1,300}}\}}){_S}={_S}{_NAME}{_S}\[")
_RETURN_MARKUP = re.compile(rf"(?<![\w$.])return{_S}\(?{_S}(?=<[A-Za-z])")
_ROOT_TITLE = re.compile(rf"(?<![\w$.-])title{_S}={_S}\{{{_S}({_NAME})((?:\.{_NAME})++){_S}\}}")


# (u44k2) a string literal in a child expression: `"返回"`, `'กลับ'`
_CHILD_LITERAL = re.compile(r"""(["'])((?:(?!\1)[^\\\n])*+)\1""")
_LABEL_MAX = 8  # characters of a control's label, `返回`, `Back`


def _short_labels(text: str, start: int, end: int) -> bool:
    """(u44k2, eval/precision44 ormfolk-terms-tsx: its terms in five locale blocks unread for a back link's label)
    Whether `text[start:end]` is a condition choosing among short string literals by language, `isZh ? "返回" :
    locale === "th" ? "กลับ" : "Back"`: a control's label, no text of the policy (no markup, every literal at most
    `_LABEL_MAX` characters, no Chinese outside them)."""
    if "?" not in text[start:end] or "<" in text[start:end]:
        return False
    literals = list(_CHILD_LITERAL.finditer(text, start, end))
    if not literals or any(len(m.group(2)) > _LABEL_MAX for m in literals):
        return False
    rest = _CHILD_LITERAL.sub("", text[start:end])
    return HAN_CHAR.search(rest) is None


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


# every declaration and every assignment of a name, found once a page (`_Names`)
_DECLARED = re.compile(r"(?<![\w$.])(?:const|let|var)[ \t\r\n]++(?=([A-Za-z_$][\w$]*+))")
_ASSIGNED = re.compile(r"(?<![\w$.])(?:this\.)?([A-Za-z_$][\w$]*+)[ \t\r\n]*+(?:[-+*/|&?]?=(?![=>])|\.(?:push|unshift|splice|pop|shift)\()")


class _Names:
    """Where each name of a page is declared (`const name`: the name's end) and assigned (`name = …`, `name.push(…)`:
    the statement's start), from one search each over the page: `_array` searched the whole page twice for each of up
    to 200 `.map` expressions (200 maps on a 3 MB page took 45 s, u34h)."""

    def __init__(self, masked: str) -> None:
        self.declared: dict[str, list[int]] = {}
        self.assigned: dict[str, list[int]] = {}
        for m in _DECLARED.finditer(masked):
            self.declared.setdefault(m.group(1), []).append(m.end(1))
        for m in _ASSIGNED.finditer(masked):
            self.assigned.setdefault(m.group(1), []).append(m.start())


def _array(script: _Script, masked: str, names: _Names, name: str) -> list[Value] | None:
    """The array literal a name is defined as, `const name = [...]` or with a type, `const name: { title: string;
    body: string[] }[] = [...]` (`vue_data`'s reader takes no type with a `;` or a line break in it), when it is defined
    once and never assigned again (`name = …`, `name.push(…)`); None otherwise."""
    found = names.declared.get(name, [])
    if len(found) != 1:
        return None
    i = _skip_type(masked, found[0])
    if i < 0 or not masked.startswith("[", i):
        return None
    if any(a != found[0] - len(name) for a in names.assigned.get(name, [])):
        return None
    value, _ = script.read(i, 0)
    return value if isinstance(value, list) else None


# (u43k2, eval/blind/round40 tongri-tsx) a name bound to one of two arrays by a condition
_EITHER = re.compile(rf"{_S}={_S}[\w$.!]++(?:{_S}[!=]==?{_S}[\w$.]*+)?{_S}\?{_S}({_NAME}){_S}:{_S}({_NAME})(?=[ \t]*+[;\n])")


def _either(script: _Script, masked: str, names: _Names, name: str) -> list[Value] | None:
    """The items of both arrays a name is bound to by a condition (`const items = isTerms ? terms : privacy`), the
    first branch's then the second's: the page shows one of them, the reviewer reads both (as both branches of a
    language switch, `load.jsx_locale`); None when it is bound otherwise or either is not a plain array."""
    found = names.declared.get(name, [])
    if len(found) != 1 or len(names.assigned.get(name, [])) > 1:
        return None
    m = _EITHER.match(masked, found[0])
    if m is None:
        return None
    first, second = (_array(script, masked, names, branch) for branch in (m.group(1), m.group(2)))
    return None if first is None or second is None else first + second


def _skip_type(masked: str, i: int) -> int:
    """Past a declaration's type annotation (`: T`) and its `=`, to the value; -1 when there is none to read."""
    i = skip_blank(masked, i)
    if masked.startswith(":", i):
        depth, n = 0, min(len(masked), i + 2000)
        i += 1
        while i < n:
            c = masked[i]
            if c in "([{<":
                depth += 1
            elif c in ")]}>" and not (c == ">" and masked[i - 1] == "="):
                depth -= 1
            elif c == "=" and depth == 0 and masked[i + 1 : i + 2] not in ("=", ">"):
                break
            i += 1
        else:
            return -1
    if not masked.startswith("=", i) or masked.startswith(("==", "=>"), i):
        return -1
    return skip_blank(masked, i + 1)


def _table_of_contents(text: str, blocks: list[Block]) -> bool:
    """Whether every block the `.map` renders is written again elsewhere in the page: a table of contents whose titles
    are the page's own headings, read where they stand (as `jsx.mapped_data_warnings` says nothing of it): left as
    today, not read twice (eval/profiles33 adlo-tw: a `<nav>` of `sections.map(s => <li><a>{s.title}</a></li>)`)."""
    titles = {b.text for b in blocks}
    if len(titles) * len(text) > _TOC_SEARCH:
        return False  # (u34h: each title counted over the whole page: 4,000 of them on a 3 MB page took 80 s; read)
    return all(_twice(text, title) for title in titles)


def _twice(text: str, part: str) -> bool:
    """Whether `part` is written at least twice in `text` without overlapping (`text.count(part) >= 2`, stopping at the
    second)."""
    first = text.find(part)
    return first >= 0 and text.find(part, first + len(part)) >= 0


class _Renderer:
    """Renders a callback's markup for each item of an array into blocks (see module doc)."""

    def __init__(
        self,
        text: str,
        where: Callable[[int], tuple[int, int]],
        block_tags: frozenset[str] | set[str],
        renders: list[int],
        local: dict[str, str] | None = None,
    ) -> None:
        self.text = text
        self.local = local or {}  # the page's own components by the element they render (`load.jsx_local`)
        self.renders = renders  # items rendered on the page so far (shared by its maps: `_MAX_RENDERS`)
        self.block_tags = block_tags
        self.where = where
        self.blocks: list[Block] = []
        self.parts: list[Text] = []
        self.kinds: list[tuple[BlockKind, int | None]] = []  # the open block elements' kinds
        self.drop_marks = False  # the text after a number not read: its punctuation goes with it
        self.data_only = False  # (u43k2) an edition after the first: the markup's own text is not read again
        self.edition: str | None = None  # (u43k2) the language tag of the edition being rendered (`_read_editions`)
        self.constant: Callable[[str], Value] | None = None  # (u43k2) the page's constants, by name (`_read_editions`)
        self.constants: set[str] = set()  # (u43k2) the constants read through `constant`
        self.written_han = 0  # (u43k2) Chinese characters of the text written in the markup, read so far
        self.lenient = False  # (u43k2) a child that computes a value without markup or Chinese is skipped (a page's edition)
        self.printed: list[int] = []  # (u43k2) where such children stand (`jsx.blank_jsx`'s `printed`)
        self.native_depth = 0  # (u44k2) the React Native `<Text>` elements open (`_native_box`)

    def loop(
        self, items: list[Value], alias: str, index: str | None, start: int, end: int, scope: dict[str, Value], depth: int
    ) -> list[Block]:
        """The blocks of the markup `text[start:end + 1]` rendered for each of `items` (named `alias`, its index `index`)."""
        if depth > _MAX_NESTING:
            raise _Unreadable
        for item in items:
            if item is UNKNOWN:
                raise _Unreadable
            inner = dict(scope)
            inner[alias] = item
            if index:
                inner[index] = UNKNOWN
            self.element(start, end, inner, {index} if index else set(), depth)
            if len(self.blocks) > _MAX_BLOCKS:
                raise _Unreadable
        self.flush()
        return self.blocks

    def element(self, start: int, end: int, scope: dict[str, Value], indices: set[str], depth: int) -> None:
        """Render `text[start:end + 1]` (markup) with `scope`'s names."""
        self.renders[0] += 1
        if self.renders[0] > _MAX_RENDERS or depth > _MAX_NESTING or len(self.blocks) > _MAX_BLOCKS:
            raise _Unreadable
        text = self.text
        i = start
        while i <= end:
            c = text[i]
            if c == "<":
                tag_end = self._tag_end(i, end)
                self.tag(text[i : tag_end + 1])
                i = tag_end + 1
            elif c == "{":
                close = matching(text, i, end)
                self.child(i, close, scope, indices, depth)
                i = close + 1
            else:
                j = i
                while j <= end and text[j] not in "<{":
                    j += 1
                self.written(i, j)
                i = j

    def _tag_end(self, start: int, end: int) -> int:
        text = self.text
        i = start + 1
        while i <= end:
            if text[i] in "\"'":
                i = _string_end(text, i, end) + 1
                continue
            if text[i] == "{":
                i = matching(text, i, end) + 1
                continue
            if text[i] == ">":
                return i
            i += 1
        raise _Unreadable

    def tag(self, tag: str) -> None:
        """A start or end tag: a block element's boundaries cut the text into blocks."""
        if tag in ("<>", "</>"):
            return
        m = _TAG_NAME.match(tag)
        if m is None:
            raise _Unreadable
        name = m.group(1)
        if name[0].isupper():
            attrs: dict[str, str | None] = {a.group(1): a.group(2) or a.group(3) or a.group(4) for a in _ATTRIBUTE.finditer(tag)}
            element = self.local.get(name) or rendered_tag(name, attrs)
        else:
            element = name.lower()
        heading = element in ("h1", "h2", "h3", "h4", "h5", "h6")
        if element == "text" and "text" in self.block_tags:
            if not self._native_box(tag):
                return  # (u44k2) a React Native <Text> inside another runs inline; one laid out in a <View> is a box
        elif element in _INLINE or not (heading or element in self.block_tags or element == "br"):
            return  # inline, as the HTML reader reads an element it does not know
        if element == "br":
            self.space()
            return
        self.flush()
        closing = tag.startswith("</")
        if closing:
            if self.kinds:
                self.kinds.pop()
        elif not tag.endswith("/>"):
            if heading:
                self.kinds.append(("heading", int(element[1])))
            elif element == "li":
                self.kinds.append(("item", None))
            else:
                self.kinds.append(self.kinds[-1] if self.kinds else ("paragraph", None))

    def _native_box(self, tag: str) -> bool:
        """(u44k2) Whether a React Native screen's `<Text>` start or end tag opens or closes a box of its own: one not
        inside another `<Text>` (`load.html.extractor`'s `_native_box`; eval/precision44 aineed-rn-tsx: a section's
        `<Text>{section.title}</Text><Text>{section.content}</Text>` read as one paragraph, the title glued on)."""
        if tag.endswith("/>"):
            return False
        if tag.startswith("</"):
            self.native_depth = max(self.native_depth - 1, 0)
            return self.native_depth == 0
        self.native_depth += 1
        return self.native_depth == 1

    def child(self, start: int, close: int, scope: dict[str, Value], indices: set[str], depth: int) -> None:
        """A `{…}` child of the markup: a path of the item (its string), a nested `.map`, a number not read, a space."""
        text = self.text
        if _COMMENT.fullmatch(text, start + 1, close):
            return
        if _SPACE_LITERAL.fullmatch(text, start + 1, close):
            self.space()
            return
        index = _INDEX.fullmatch(text, start + 1, close)
        if index is not None and index.group(1) in indices:
            self._drop_number_marks()
            self.drop_marks = True
            return
        literal = _STRING_CHILD.fullmatch(text, start + 1, close)
        if literal is not None:
            if self.data_only:
                return
            line, column = self.where(literal.start(2))
            self.add((literal.group(2), (Piece(0, len(literal.group(2)), line, column),)))
            return
        keyed = KEYED_PATH.fullmatch(text, start + 1, close)
        if keyed is not None:
            self.keyed(keyed.group(1), scope, indices)
            return
        path = _PATH.fullmatch(text, start + 1, close)
        if path is not None:
            steps = path.group(1).split(".")
            try:
                value = self.named(steps[0], scope, indices)
            except _Unreadable:
                if not self.lenient or steps[0] in indices:
                    raise
                self.printed.append(start)  # (u43k2) a value of the code (`{email}`, a prop, a state): shown, not read
                return
            for step in steps[1:]:
                value = value.get(step, None) if isinstance(value, dict) else UNKNOWN
            if value is None:
                return  # a field the item lacks: `undefined`, shown as nothing
            if isinstance(value, dict) and editions(value) is not None:
                self.editions(value)  # (u43k2) the text in each language, `T('Privacy Policy', '私隱政策')`
                return
            if not isinstance(value, tuple):
                raise _Unreadable
            self.add(value)
            return
        guard = _GUARD.match(text, start + 1, close)
        if guard is not None and _NESTED_MAP.match(text, start + 1, close) is None:
            self._guarded(guard, close, scope, indices, depth)
            return
        nested = _NESTED_MAP.match(text, start + 1, close)
        if nested is not None:
            steps = nested.group(1).split(".")
            value = self.named(steps[0], scope, set())
            for step in steps[1:]:
                value = value.get(step, None) if isinstance(value, dict) else UNKNOWN
            lt = nested.end()
            end = _element_end(text, lt, close - 1)
            if value is None and "?.map" in text[nested.start() : lt]:
                return  # `section.items?.map(…)` on an item without them: nothing
            closing = _CLOSE_BLOCK if nested.group(5) else _CLOSE_MAP
            if not isinstance(value, list) or closing.fullmatch(text, end + 1, close + 1) is None:
                raise _Unreadable
            alias, inner_index = nested.group(2) or nested.group(4), nested.group(3)
            scope = scope | {b.group(1): UNKNOWN for b in _BOUND.finditer(text, nested.start(), lt)}
            self.flush()
            for item in value:
                if item is UNKNOWN:
                    raise _Unreadable
                inner = dict(scope)
                inner[alias] = item
                self.element(lt, end, inner, indices | ({inner_index} if inner_index else set()), depth + 1)
            self.flush()
            return
        if self.lenient and "<" not in text[start:close] and not HAN_CHAR.search(text, start, close):
            self.printed.append(start)  # (u43k2) a value the code computes (`{formatDate(x)}`): shown there, not read
            return
        if self.lenient and _short_labels(text, start + 1, close):
            self.printed.append(start)  # (u44k2) a control's label by language, `{isZh ? "返回" : "Back"}`: the page's chrome
            return
        raise _Unreadable

    def _guarded(self, guard: re.Match[str], close: int, scope: dict[str, Value], indices: set[str], depth: int) -> None:
        """(u46k2) `{section.items.length > 0 && (<ol>…</ol>)}`: the element, when the item's field is not empty (an
        array with items, a string with text); nothing when it is empty or missing.  Anything else is unreadable."""
        text = self.text
        steps = guard.group(1).replace("?.", ".").split(".")
        compared = "0" in text[guard.end(1) : guard.start(2)]
        length = steps[-1] == "length"
        if length:
            steps = steps[:-1]
        elif compared:
            raise _Unreadable  # `{count > 0 && …}`: a number, not a field of text
        value = self.named(steps[0], scope, indices)
        for step in steps[1:]:
            value = value.get(step, None) if isinstance(value, dict) else UNKNOWN
        if value is UNKNOWN or not (value is None or isinstance(value, (list, tuple))):
            raise _Unreadable
        lt = guard.end()
        end = _element_end(text, lt, close - 1)
        if _CLOSE_GUARD.fullmatch(text, end + 1, close + 1) is None or bool(guard.group(2)) != (")" in text[end + 1 : close]):
            raise _Unreadable
        if value is None or (isinstance(value, list) and not value) or (isinstance(value, tuple) and not value[0].strip()):
            return  # an empty field: the page shows nothing
        self.flush()
        self.element(lt, end, scope, indices, depth + 1)
        self.flush()

    def named(self, name: str, scope: dict[str, Value], indices: set[str]) -> Value:
        """The value of a name of the markup: the item's, or (in a page read for each edition) the page's constant."""
        if name in indices:
            raise _Unreadable
        if name in scope:
            return scope[name]
        value = self.constant(name) if self.constant is not None else UNKNOWN
        if value is UNKNOWN:
            raise _Unreadable
        self.constants.add(name)
        return value

    def keyed(self, path: str, scope: dict[str, Value], indices: set[str]) -> None:
        """(u43k2) A field of the item keyed by language shown in the page's language, `{sec.body[lang]}`: each edition
        its own paragraph, in a heading its first Chinese edition (`load.jsx_editions`)."""
        steps = path.split(".")
        value = self.named(steps[0], scope, indices)
        for step in steps[1:]:
            value = value.get(step, None) if isinstance(value, dict) else UNKNOWN
        self.editions(value)

    def editions(self, value: Value) -> None:
        """A value keyed by language: each edition its own paragraph, in a heading its first Chinese edition, in one
        edition of the page that edition's (`load.jsx_editions`)."""
        keyed = editions(value)
        if keyed is None:
            raise _Unreadable
        if self.edition is not None and any(tag == self.edition for tag, _ in keyed):
            keyed = [(tag, v) for tag, v in keyed if tag == self.edition]  # (inside one edition of the page: its own)
        elif self.kinds and self.kinds[-1][0] == "heading":
            keyed = [("zh", first_chinese(keyed))]
        for k, (_, edition) in enumerate(keyed):
            if not isinstance(edition, tuple):
                raise _Unreadable
            if k:
                self.flush()
            self.add(edition)

    def written(self, start: int, end: int) -> None:
        """Text written in the markup between tags: JSX drops the white space of a line break."""
        if self.data_only:
            return
        chunk = self.text[start:end]
        self.written_han += len(HAN_CHAR.findall(chunk))
        if self.drop_marks:
            marks = _NUMBER_MARKS.match(chunk)
            start += marks.end()  # type: ignore[union-attr]
            chunk = chunk[marks.end() :]  # type: ignore[union-attr]
            self.drop_marks = False
        if "\n" not in chunk:
            if chunk.strip():
                line, column = self.where(start)
                self.add((chunk, (Piece(0, len(chunk), line, column),)))
            elif chunk:
                self.space()
            return
        for m in _LINE.finditer(chunk):  # a line break's white space goes, the lines' text is joined by a space
            line, column = self.where(start + m.start())
            if self.parts:
                self.space()
            self.add((m.group(), (Piece(0, len(m.group()), line, column),)))

    def _drop_number_marks(self) -> None:
        """The text just before a number not read that goes with it: 「第」, 「(」."""
        while self.parts:
            last, pieces = self.parts[-1]
            kept = last.rstrip("第(（ \t")
            if kept == last:
                return
            if kept:
                self.parts[-1] = (kept, pieces)
                return
            self.parts.pop()

    def space(self) -> None:
        if self.parts and not self.parts[-1][0].endswith(" "):
            self.parts.append((" ", ()))

    def add(self, value: Text) -> None:
        if value[0]:
            self.parts.append(value)
            self.drop_marks = False

    def flush(self) -> None:
        """The text gathered since the last block boundary as a block (of the innermost block element's kind)."""
        parts, self.parts = self.parts, []
        self.drop_marks = False
        while parts and not parts[0][0].strip():
            parts.pop(0)
        while parts and not parts[-1][0].strip():
            parts.pop()
        if not parts:
            return
        text = ""
        pieces: list[Piece] = []
        for value, value_pieces in parts:
            pieces.extend(p._replace(offset=p.offset + len(text)) for p in value_pieces)
            text += value
        if not pieces:
            return
        kind, level = self.kinds[-1] if self.kinds else ("paragraph", None)
        # where the block's text starts: its first word, not a bullet written in the markup (「<span>·</span>{item}」,
        # the same line for every item) but the string's own line
        first = next((p for p in pieces if _WORD.search(text, p.offset, p.offset + p.length)), pieces[0])
        last = max(p.line for p in pieces)
        self.blocks.append(Block(kind, text, first.line, first.column, last, tuple(pieces), level=level))


# (u35j) a constant passed to a component as a prop: `<LegalDocument sections={sections} />`
_COMPONENT_TAG = re.compile(r"(?<![\w$.])<([A-Z][\w$]*+)(?:\.[A-Za-z_$][\w$]*+)*+(?=[ \t\r\n/>])")
_PROP_ATTRIBUTE = re.compile(
    rf"(?<![\w$.:-])({_NAME}){_S}={_S}\{{{_S}({_NAME}(?:\.{_NAME})*+){_S}\}}"
)  # `sections={sections}`, `data={privacy.sections}`
_COMPONENT_DECLARED = re.compile(rf"(?<![\w$.])(?:function{_S}\*?{_S}|(?:const|let|var|class)[ \t\r\n]++)([A-Z][\w$]*+)(?![\w$])")
_MAX_TAG = 5_000  # characters of one start tag searched for its attributes
_MAX_PROPS = 200  # component tags looked at on one page
# an item's fields as a page without the component's body shows them: its title (the short field), its bodies
_TITLE_FIELDS = ("title", "heading", "name")
_BODY_FIELDS = frozenset(
    {"content", "text", "body", "description", "desc", "paragraphs", "items", "points", "list", "details", "sections"}
    | {"subsections", "children", "clauses"}
)
_LIST_FIELDS = frozenset({"items", "points", "list"})  # an array of strings under these: list items
_ASCII_TOKEN = re.compile(r"[!-~]++")  # one ASCII token, no space: a key, a route, a URL, a name of code…
_CAMEL = re.compile(r"[a-z][A-Z]")  # …when it has a separator or a camelCase hump
_MARKUP = re.compile(r"<[A-Za-z/!]|\$\{|=>|className")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_SLOT = re.compile(r"\$\{[^{}`]{0,200}\}")


def _prop_source(masked: str, prop: str, at: int) -> str | None:
    """The constant this file passes as `prop` to the component whose body maps it at `at` (`function PolicyLayout({
    sections }) { … {sections.map(…)} … }` and `<PolicyLayout sections={privacy} />`): the name, when the component is
    the nearest one declared before the map, takes `prop` by destructuring its parameter, and is given `prop` in one
    place only, as a bare name; None otherwise."""
    declared = [d for d in _COMPONENT_DECLARED.finditer(masked, 0, at)]
    if not declared:
        return None
    component = declared[-1]
    opening = masked.find("(", component.end(), min(at, component.end() + 300))
    if opening < 0:
        return None
    closing = matching(masked, opening, at, "(", ")")
    parameters = masked[opening + 1 : closing]
    if not re.match(rf"{_S}\{{[^{{}}]*?(?<![\w$.])(?:{re.escape(prop)})(?![\w$]|{_S}:)[^{{}}]*\}}", parameters):
        return None
    sources = [
        value
        for tag, attributes in _component_tags(masked)
        if tag == component.group(1)
        for attribute, value in attributes
        if attribute == prop
    ]
    if len(sources) != 1 or "." in sources[0]:
        return None
    return sources[0]


def _component_tags(masked: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The start tags of components on the page (`<LegalDocument …>`, at most `_MAX_PROPS`): each one's name and its
    attributes whose value is a bare name or path (`sections={sections}`), with where the tag starts."""
    return [(tag, [(a, v) for a, v, _ in attributes]) for tag, attributes, _ in _component_tags_at(masked)]


def _component_tags_at(masked: str) -> list[tuple[str, list[tuple[str, str, int]], int]]:
    """`_component_tags` with each tag's offset and each attribute's."""
    tags: list[tuple[str, list[tuple[str, str, int]], int]] = []
    for k, m in enumerate(_COMPONENT_TAG.finditer(masked)):
        if k >= _MAX_PROPS:
            break
        limit = min(len(masked), m.end() + _MAX_TAG)
        i = _start_tag_end(masked, m.end() - 1, limit)
        if i >= limit:
            continue
        region = masked[m.end() : i]
        attributes: list[tuple[str, str, int]] = []
        for a in _PROP_ATTRIBUTE.finditer(region):
            # only an attribute of this tag, not a name inside another attribute's expression
            if region.count("{", 0, a.start()) == region.count("}", 0, a.start()):
                attributes.append((a.group(1), a.group(2), m.end() + a.start(1)))
        tags.append((m.group(1), attributes, m.start()))
    return tags


def _read_props(text: str, found: MappedData, script: _Script | None = None, masked: str = "", names: _Names | None = None) -> None:
    """A constant passed as a prop to a component whose body the file does not show (`import { LegalDocument } from
    "…"`, `<LegalDocument sections={sections} />`): read where the component stands, when the constant is an array of
    objects (or an object holding one) whose fields are prose (`_section`); see the module doc."""
    if "={" not in text or not re.search(r"<[A-Z]", text):
        return
    if script is None or names is None:
        script = _PageScript(1, 1, text)
        masked = _MASKED.sub(lambda s: " " * len(s.group(0)), text)
        names = _Names(masked)
    tags = _component_tags_at(masked)
    uses: dict[str, int] = {}
    props = set()  # where an attribute is written, `sections={…}`: no assignment of the name `sections`
    for _, attributes, _ in tags:
        for _, path, at in attributes:
            props.add(at)
            root = path.split(".")[0]
            uses[root] = uses.get(root, 0) + 1
    declared = {d.group(1) for d in _COMPONENT_DECLARED.finditer(masked)}
    added = False
    passed: list[tuple[str, str, int]] = []  # (component, constant, where the tag starts): said so when left unread
    for tag, attributes, start in tags:
        if tag in declared:
            continue  # the component's body is in this file: read only through its `.map` (`_prop_source`)
        for _, path, _ in attributes:
            passed.append((tag, path.split(".")[0], start))
            steps = path.split(".")
            root = steps[0]
            if root in found.names or root in found.unread or uses.get(root) != 1:
                continue
            data: Value = _literal(script, masked, names, root, props)
            for step in steps[1:]:
                data = data.get(step, UNKNOWN) if isinstance(data, dict) else UNKNOWN
            if not isinstance(data, (list, dict)) or (isinstance(data, dict) and not any(map(_section_list, data.values()))):
                continue  # (an object read only when it holds its sections: `{ title, description }` is a page's meta)
            if re.search(rf"(?<![\w$.]){re.escape(root)}\??\.map\(", masked):
                continue  # mapped by the page itself: read there, or not at all (`read_mapped`)
            blocks: list[Block] = []
            ok = _sections(data, 2, blocks) if isinstance(data, list) else _section(data, 1, blocks)
            if not ok or not any(b.kind != "heading" for b in blocks):
                continue
            if sum(len(HAN_CHAR.findall(b.text)) for b in blocks) < _MAPPED_TEXT_MIN or _table_of_contents(text, blocks):
                continue
            found.inserts.append((start, blocks))
            found.names.add(root)
            added = True
    if _inline_arrays(text, found, script, masked, tags) or added:
        found.inserts.sort(key=lambda insert: insert[0])
    warned: set[str] = set()
    for tag, root, start in passed:
        if root not in found.names and root not in warned and (note := _unread_prop(text, masked, names, tag, root, start)):
            found.warnings.append(note)
            warned.add(root)


_SENTENCE = re.compile(rf"[{HAN}]{{2}}[^。；！？]{{0,200}}[，。；！？]")  # a string holding a clause of Chinese prose
# (u44k, eval/blind/round44 seoulmoment-tw-tsx) a field of a contact or detail block: 「客服電話：（02）xxxx-xxxx」,
# 「通訊地址：臺北市…」 (two of them make an array the page's text, not a menu, though no sentence is in it)
_FIELD_LINE = re.compile(rf"[{HAN}]{{2,10}}[：:][ \t]*+\S")

# (u43j) an array written in a component's prop, `<LegalClauseList items={[ "查询、访问您的个人信息；", … ]} />`
_PROP_ARRAY = re.compile(rf"(?<![\w$.:-])({_NAME}){_S}={_S}\{{{_S}(?=\[)")
# components whose arrays are no text of the page: structured data for search engines, a page head's, a menu's
_NOT_SHOWN_ARRAY = re.compile(r"(?i)json-?ld|breadcrumb|schema|seo|head|meta|nav|menu|tab|select|option|icon|image|carousel")
_CODE_PROPS = re.compile(r"(?i)class(?:names?)?|keywords|tags|icons?|images?|links?|routes?|keys|ids|options|columns|deps")


def _inline_arrays(
    text: str, found: MappedData, script: _Script, masked: str, tags: list[tuple[str, list[tuple[str, str, int]], int]]
) -> bool:
    """The strings of an array written in a component's prop (`<LegalClauseList items={[ "…", "…" ]} />`, or an array
    of objects, `items={[{ title: "…", body: "…" }]}`), read where the component stands, in source order, when they
    are prose: items of a list prop (`items`, `points`, `list`) or paragraphs; an object's title as a paragraph too
    (the component's markup is not in the file: how it shows a title is not told).  Never class names, URLs, icons or
    keys (`_prose`), nor an array of words (a menu, tags: no sentence in it, `_MAPPED_TEXT_MIN` Chinese characters at
    least otherwise, or two fields 「標籤：值」 of a contact block, u44k), nor a page head's, a menu's or structured data's (`_NOT_SHOWN_ARRAY`).  Before, the blanked
    prop dropped them without a word (u43j, eval/profiles43c aitrans-zh: the six rights of its GB/T list).  Returns
    whether any was read."""
    added = False
    for name, _, start in tags:
        if _NOT_SHOWN_ARRAY.search(name):
            continue
        limit = min(len(masked), start + _MAX_TAG)
        end = _start_tag_end(masked, start, limit)
        for m in _PROP_ARRAY.finditer(masked, start, end):
            if masked.count("{", start, m.start()) != masked.count("}", start, m.start()) or _CODE_PROPS.fullmatch(m.group(1)):
                continue  # (a name inside another attribute's expression; a prop of code)
            value, _ = script.read(m.end(), 0)
            blocks: list[Block] = []
            if not isinstance(value, list) or not _array_blocks(value, m.group(1) in _LIST_FIELDS, blocks, 0):
                continue
            shown = [b.text for b in blocks]
            chinese = sum(len(HAN_CHAR.findall(t)) for t in shown)
            fields = sum(1 for t in shown if _FIELD_LINE.match(t))
            if not any(_SENTENCE.search(t) or _english_sentence(t) for t in shown) and chinese < _MAPPED_TEXT_MIN and fields < 2:
                continue  # (labels, a menu: no sentence in it; u44k: a contact block's fields, 「客服電話：…」, are read)
            found.inserts.append((start, blocks))
            added = True
    return added


def _english_sentence(text: str) -> bool:
    """Three words or more ending in a sentence's or a clause's mark ('to withdraw consent;')."""
    return len(_LATIN_WORD.findall(text)) >= 3 and text.rstrip()[-1:] in ".;:!?"


def _start_tag_end(masked: str, start: int, limit: int) -> int:
    """The index of the `>` closing the start tag at `start` (outside its `{…}`), or `limit`."""
    depth = 0
    for i in range(start + 1, limit):
        c = masked[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == ">" and depth == 0:
            return i
    return limit


def _array_blocks(items: list[Value], listed: bool, blocks: list[Block], depth: int) -> bool:
    """An inline prop's array as blocks (`_inline_arrays`): each string an item (`listed`) or a paragraph, each object's
    title and body fields paragraphs in their order (its ids, keys, routes and icons not read); False, nothing read,
    when a string or a field read is not prose, or a value is no literal."""
    if not items or len(items) > _MAX_BLOCKS or depth > _MAX_NESTING:
        return False
    for item in items:
        if isinstance(item, tuple):
            if not _prose(item[0], title=True) or _is_code(item[0]):
                return False  # (a list's short item, 「撤回同意；」 or 'to object;', is one; class names are not)
            blocks.append(_block("item" if listed else "paragraph", item, None))
        elif isinstance(item, list):
            if not _edition_row(item, listed, blocks):
                return False
        elif isinstance(item, dict):
            wrote = False
            for key, field in item.items():
                if key not in _TITLE_FIELDS and key not in _BODY_FIELDS:
                    continue
                if isinstance(field, tuple):
                    if not _prose(field[0], title=key in _TITLE_FIELDS):
                        return False
                    blocks.append(_block("paragraph", field, None))
                elif isinstance(field, list):
                    if not _array_blocks(field, key in _LIST_FIELDS, blocks, depth + 1):
                        return False
                elif field is not None:
                    return False  # (markup, a variable, a call: what the component shows is not told)
                wrote = True
            if not wrote:
                return False
        else:
            return False
    return True


def _edition_row(row: list[Value], listed: bool, blocks: list[Block]) -> bool:
    """(u45l, eval/profiles45 verdant-zh) One entry of an inline prop's array written as its editions, `items={[["注册信息：
    手机号/邮箱…", "Registration: mobile number/email…"], …]}` for a bilingual list component: each edition an item (a
    paragraph) of its own, in the order written, as every branch of a language switch is read (`load.jsx_locale`; the
    page shows one of them or both).  False, nothing read, unless the row is two or three prose strings, one of them
    Chinese.  Before, a list of such rows was dropped without a word (the GB/T rights and sharing lists of the page)."""
    if not 2 <= len(row) <= 3 or not all(isinstance(t, tuple) for t in row):
        return False
    texts: list[Text] = [t for t in row if isinstance(t, tuple)]
    if not any(HAN_CHAR.search(t[0]) for t in texts):
        return False
    for t in texts:
        if not _prose(t[0], title=True) or _is_code(t[0]):
            return False
        blocks.append(_block("item" if listed else "paragraph", t, None))
    return True


def _unread_prop(text: str, masked: str, names: _Names, tag: str, root: str, start: int) -> str | None:
    """The warning for a constant of the page passed to a component (`<LegalDocument sections={sections} />`) and not read,
    when its strings hold Chinese text (as much as `jsx.mapped_data_warnings` asks of a mapped array), else None.

    A constant that holds itself (`[...sections, {…}]`), another constant, a value of code, or a field that is neither
    title nor prose, is not read (`_read_props`); its text was dropped with no word (session 36, u36h).  Not for a
    constant the page maps itself (`jsx.mapped_data_warnings` names it), nor one whose strings all stand elsewhere in
    the page (a table of contents of its own headings)."""
    if re.search(rf"(?<![\w$.]){re.escape(root)}\??\.map\(", masked):
        return None
    extent = _unread_extent(text, masked, names, root)
    if extent is None:
        return None
    return f"line {text.count(chr(10), 0, start) + 1}: the page passes `{root}`, a constant of its code ({extent}), to <{tag}>: that text is not read"


def _unread_extent(text: str, masked: str, names: _Names, root: str) -> str | None:
    """Where the constant `root` stands and how much Chinese its strings hold (`lines 3-40, 900 Chinese characters in its
    strings`), for the warning that its text is not read; None when it is declared more than once or is no literal, or
    its strings hold no sentence or stand elsewhere in the page too (`_unread_prop`)."""
    from policylens.load.jsx import _MAX_ARRAY, _array_end
    from policylens.load.scripts import script_literals

    found = names.declared.get(root, [])
    if len(found) != 1:
        return None
    i = _skip_type(masked, found[0])
    if i < 0 or not masked.startswith(("[", "{"), i):
        return None
    end = _array_end(text, i)
    if end == -1:
        return None
    longer = end == -2  # longer than `jsx._MAX_ARRAY`: named with what was scanned of it
    end = i + _MAX_ARRAY if longer else end
    first = text.count("\n", 0, i) + 1
    shown = [literal for literal, _ in script_literals([(first, 1, text[i:end])]) if HAN_CHAR.search(literal)]
    chinese = sum(len(HAN_CHAR.findall(literal)) for literal in shown)
    if chinese < _MAPPED_TEXT_MIN or not any(_SENTENCE.search(literal) for literal in shown):
        return None  # (labels, a menu, a list of cities: no sentence in it)
    rest = text[:i] + text[end:]
    if all(literal.strip() in rest for literal in shown):
        return None
    last = first + text.count("\n", i, end)
    return (
        f"from line {first}, over {_MAX_ARRAY:,} characters, {chinese} Chinese characters in its first lines {first}-{last}"
        if longer
        else f"lines {first}-{last}, {chinese} Chinese characters in its strings"
    )


def _literal(script: _Script, masked: str, names: _Names, name: str, props: set[int]) -> Value:
    """The array or object literal a name is defined as, once and never assigned again (`_array`); UNKNOWN otherwise."""
    found = names.declared.get(name, [])
    if len(found) != 1:
        return UNKNOWN
    i = _skip_type(masked, found[0])
    if i < 0 or not masked.startswith(("[", "{"), i):
        return UNKNOWN
    if any(a != found[0] - len(name) and a not in props for a in names.assigned.get(name, [])):
        return UNKNOWN
    value, _ = script.read(i, 0)
    return value


def _section_list(value: Value) -> bool:
    """Whether a value is a non-empty array of objects."""
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _sections(items: list[Value], level: int, blocks: list[Block]) -> bool:
    """An array of sections, each an object of prose fields (`_section`), rendered into `blocks`; False if any is not."""
    if not items or len(items) > _MAX_BLOCKS:
        return False
    return all(isinstance(item, dict) and _section(item, level, blocks) for item in items)


def _section(item: dict[str, Value], level: int, blocks: list[Block]) -> bool:
    """One object as a section: its title (`title`, `heading` or `name`, a short prose string) a heading of `level`,
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
