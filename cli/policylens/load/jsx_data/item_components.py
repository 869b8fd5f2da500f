"""A constant's sections handed one by one to a component (`{data.sections.map((section) => <SectionBlock
section={section} />)}`, through a path and an alias): read where the map stands as the prose of its sections, each
array once, the map outside a table of contents or a menu kept (`_read_item_components`)."""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.jsx import _MAPPED_TEXT_MIN, _element_end
from policylens.load.jsx_data.mapped_data import MappedData
from policylens.load.jsx_data.names import _literal, _Names, _skip_type
from policylens.load.jsx_data.page_script import _PageScript
from policylens.load.jsx_data.renderer import _CLOSE_MAP
from policylens.load.jsx_data.sections import _section_list, _sections
from policylens.load.jsx_data.syntax import _NAME, _S
from policylens.load.vue_data import _MASKED, UNKNOWN, Value, _Script
from policylens.model import Block
from policylens.patterns import HAN_CHAR

# (u45k, eval/precision44 hkaiff-hk-tsx) a constant's sections handed one by one to a component, through a path and an
# alias: `const data = PRIVACY_POLICY;` … `{data.sections.map((section) => (<SectionBlock key={section.id}
# section={section as Section} />))}` (the path stops before `.map(`); (u54k) also a name of the page itself and an index
# parameter, `{sections.map((section, idx) => (<SectionCard key={idx} section={section} />))}`
_ITEM_COMPONENT_MAP = lazy(
    rf"\{{{_S}({_NAME}(?:\.(?!map\(){_NAME}){{0,4}}+)\??\.map\({_S}(?:\({_S}({_NAME}){_S}(?:,{_S}{_NAME}{_S})?\)|({_NAME})){_S}=>{_S}\(?{_S}<([A-Z][\w$]*+)(?![\w$.])"
)
_ALIAS_VALUE = lazy(rf"(?<![\w$])({_NAME})(?=[ \t]*+[;\r\n])")


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
_NAV_COMPONENT = lazy(r"(?:\A|(?<=[a-z]))(?:Toc|TOC|Menu|Nav|Anchor|Catalog|Outline|Sidebar|SideBar)(?![a-z])")
_NAV_CLASS = lazy(r"(?<![A-Za-z])(?:[Tt]oc|TOC|[Mm]enu|[Nn]av|[Cc]atalog|[Oo]utline|[Ss]idebar|[Aa]nchor|目录|目錄)(?![a-z])")
_OPEN_TAG = lazy(r"<(/?)([A-Za-z][\w.:-]{0,80})([^<>]{0,2000}?)(/?)>")


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
