"""A constant passed to a component as a prop (`<LegalDocument sections={sections} />`): rendered at the component's
`.map` when the file holds the component (`_prop_source`), else read where the component stands as sections
(`_read_props`); bilingual list props and prop arrays written inline; a constant holding Chinese left unread is named."""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.jsx import _MAPPED_TEXT_MIN, matching
from policylens.load.jsx_data.mapped_data import MappedData
from policylens.load.jsx_data.names import _literal, _Names, _skip_type
from policylens.load.jsx_data.page_script import _PageScript
from policylens.load.jsx_data.renderer import _table_of_contents
from policylens.load.jsx_data.sections import (
    _BODY_FIELDS,
    _LATIN_WORD,
    _LIST_FIELDS,
    _TITLE_FIELDS,
    _block,
    _prose,
    _section,
    _section_list,
    _sections,
)
from policylens.load.jsx_data.syntax import _MAX_BLOCKS, _MAX_NESTING, _NAME, _S
from policylens.load.jsx_locale import _is_code
from policylens.load.vue_data import _MASKED, UNKNOWN, Text, Value, _Script
from policylens.model import Block
from policylens.patterns import HAN, HAN_CHAR

# (u35j) a constant passed to a component as a prop: `<LegalDocument sections={sections} />`
_COMPONENT_TAG = lazy(r"(?<![\w$.])<([A-Z][\w$]*+)(?:\.[A-Za-z_$][\w$]*+)*+(?=[ \t\r\n/>])")
_PROP_ATTRIBUTE = lazy(
    rf"(?<![\w$.:-])({_NAME}){_S}={_S}\{{{_S}({_NAME}(?:\.{_NAME})*+){_S}\}}"
)  # `sections={sections}`, `data={privacy.sections}`
_COMPONENT_DECLARED = lazy(rf"(?<![\w$.])(?:function{_S}\*?{_S}|(?:const|let|var|class)[ \t\r\n]++)([A-Z][\w$]*+)(?![\w$])")
_MAX_TAG = 5_000  # characters of one start tag searched for its attributes
# (u55x) the work of reading the component tags of one page, in characters scanned: a budget linear in the page (every
# tag of a page is read, however many, where the tags do not overlap; only tags nested in others' attributes, or left
# open, spend it faster) and said so when spent.  Before, a count of 200 tags: the data props of a page's 201st tag on
# were dropped without a word (800 `<PolicyPage sections={S_k} />`: 400 of 1,600 sentences; a React Native page of
# 200 `<Text>` before its `<PolicyPage sections={SECTIONS} />`: none of its sections).
_WORK_PER_CHAR = 4
_WORK_FLOOR = 2_000_000
_MAPPED_NAME = lazy(r"(?<![\w$.])([A-Za-z_$][\w$]*+)\??\.map\(")  # `sections.map(`, `data?.map(`: mapped by the page


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
    """The start tags of components on the page (`<LegalDocument …>`, as many as `_tag_budget` allows): each one's
    name and its attributes whose value is a bare name or path (`sections={sections}`), with where the tag starts."""
    return [(tag, [(a, v) for a, v, _ in attributes]) for tag, attributes, _ in _component_tags_at(masked)[0]]


def _tag_budget(masked: str) -> int:
    """The characters `_component_tags_at` may scan on a page (`_WORK_PER_CHAR`): linear in the page."""
    return _WORK_PER_CHAR * len(masked) + _WORK_FLOOR


_Tags = list[tuple[str, list[tuple[str, str, int]], int]]
_tags_cache: list[tuple[str, _Tags, int]] = []  # the last page's tags (`_prop_source` asks once for each `.map`)


def _component_tags_at(masked: str) -> tuple[_Tags, int]:
    """`_component_tags` with each tag's offset and each attribute's, and where the budget (`_tag_budget`) stopped
    the reading (the offset of the first tag not read), or -1 when every tag was read."""
    if _tags_cache and _tags_cache[0][0] is masked:
        return _tags_cache[0][1], _tags_cache[0][2]
    tags: _Tags = []
    budget, stopped = _tag_budget(masked), -1
    for m in _COMPONENT_TAG.finditer(masked):
        limit = min(len(masked), m.end() + _MAX_TAG)
        i = _start_tag_end(masked, m.end() - 1, limit)
        budget -= i - m.start()
        if budget < 0:
            stopped = m.start()
            break
        if i >= limit:
            continue
        region = masked[m.end() : i]
        attributes: list[tuple[str, str, int]] = []
        for a in _PROP_ATTRIBUTE.finditer(region):
            # only an attribute of this tag, not a name inside another attribute's expression
            if region.count("{", 0, a.start()) == region.count("}", 0, a.start()):
                attributes.append((a.group(1), a.group(2), m.end() + a.start(1)))
        tags.append((m.group(1), attributes, m.start()))
    _tags_cache[:] = [(masked, tags, stopped)]
    return tags, stopped


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
    tags, stopped = _component_tags_at(masked)
    mapped = {m.group(1) for m in _MAPPED_NAME.finditer(masked)}  # (once for the page, not once for each tag)
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
            if root in mapped:
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
    looked: set[str] = set()
    work = _tag_budget(masked)  # (each constant's check reads the page once: the same budget, and said so when spent)
    for tag, root, start in passed:
        if root in found.names or root in looked or root in mapped:
            continue
        looked.add(root)
        work -= len(text)
        if work < 0:
            stopped = start if stopped < 0 else min(stopped, start)
            break
        if note := _unread_prop(text, masked, names, tag, root, start):
            found.warnings.append(note)
    if stopped >= 0:
        found.warnings.append(
            f"line {text.count(chr(10), 0, stopped) + 1}: the constants the page gives its component tags from this line on "
            f"were not all looked at ({len(tags):,} tags read before it; the page's budget of work for them spent): "
            "text there may be left unread"
        )


_SENTENCE = lazy(rf"[{HAN}]{{2}}[^。；！？]{{0,200}}[，。；！？]")  # a string holding a clause of Chinese prose
# (u44k, eval/blind/round44 seoulmoment-tw-tsx) a field of a contact or detail block: 「客服電話：（02）xxxx-xxxx」,
# 「通訊地址：臺北市…」 (two of them make an array the page's text, not a menu, though no sentence is in it)
_FIELD_LINE = lazy(rf"[{HAN}]{{2,10}}[：:][ \t]*+\S")

# (u43j) an array written in a component's prop, `<LegalClauseList items={[ "查询、访问您的个人信息；", … ]} />`
_PROP_ARRAY = lazy(rf"(?<![\w$.:-])({_NAME}){_S}={_S}\{{{_S}(?=\[)")
# components whose arrays are no text of the page: structured data for search engines, a page head's, a menu's
_NOT_SHOWN_ARRAY = lazy(r"(?i)json-?ld|breadcrumb|schema|seo|head|meta|nav|menu|tab|select|option|icon|image|carousel")
_CODE_PROPS = lazy(r"(?i)class(?:names?)?|keywords|tags|icons?|images?|links?|routes?|keys|ids|options|columns|deps")


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
    longer = end == -2  # longer than `jsx.mapped_warnings._MAX_ARRAY`: named with what was scanned of it
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
