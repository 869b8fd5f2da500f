"""(u57k) A Vue page's sections handed to a child component whose template is not in the file, read where it stands.

A page that keeps its policy as data in its script and passes it to a component, `<DocPage title="隐私政策"
:sections="sections" />` with `const sections: DocSection[] = [{ heading: '我们收集哪些信息', paragraphs: ['…'] }]`
in `<script setup>` (or a `data()` field, or `ref([...])`), shows its text only through the child's own `v-for`, which
no reader sees: the page was read as empty, nothing checked (eval/precision57 hyforum-zh-vue: "the document is empty",
4 of its 6 cn-pipl items reported missing though written).  As the React reader does for `<LegalDocument
sections={sections} />` (`load.jsx_data.props`), the bound value is read where the component stands when it is a
plain literal (defined once in one script, never assigned again) that is an array of sections, or an object holding
one, whose fields are prose (`load.jsx_data.sections._section`: the title field a heading, the bodies paragraphs or
items, in their order, at their lines in the script); a static `title="…"` of the same component is the page's title
above them (its date props, `updated-at="2026-09-15"`, are not read yet: their reader, `load.html.page_scripts`,
is inside the HTML reader's package).  An array of UI data (menu items, routes, tabs, options: no body field of prose, or under
`_MAPPED_TEXT_MIN` Chinese characters) stays unread, and so does a value the page maps itself with its own `v-for`
(`load.vue_data.render` reads it there) or passes twice.

(u58l) A component rendered once per item, `<SectionCard v-for="s in sections" :key="s.id" :section="s" />`, with the
child's template (`section.title`, `section.body`) in another file: the loop's source is read as if passed whole
(`:sections="sections"`), each item a section where the component stands, when no other `v-for` maps it and no other
component is given it; a prop given one field of the item (`:title="s.title"`) is not read so.

A value that holds the policy's sentences and cannot be read so (a spread, markup in its fields, a table's rows:
eval/blind/pairs24 sevendgame's `cookieData` given to <el-table>) is said in a warning naming the component and the
script lines, as the React reader says it (`_unread_prop`): the page no longer passes as an empty clean page.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.scripts import script_literals
from policylens.load.types import Parsed
from policylens.load.vue_data.script import _Script
from policylens.load.vue_data.slots import _steps, _walk, parse_v_for
from policylens.load.vue_data.values import UNKNOWN, Value
from policylens.model import Block, Piece
from policylens.patterns import HAN_CHAR

# a `<script …>` element's start tag (its body runs to the next `</script>`), and the other raw parts of a component
_SCRIPT_TAG = lazy(r"<script\b[^<>]{0,400}+>", re.IGNORECASE)
_RAW = lazy(r"<style\b[^<>]{0,400}+>|<!--", re.IGNORECASE)
# a child component's start tag: a PascalCase name or a kebab-case one (`<DocPage`, `<doc-page`)
_COMPONENT = lazy(r"<([A-Z][\w$]{0,60}+|[a-z][a-z0-9]{0,30}+(?:-[a-z0-9]{1,30}+){1,4}+)(?=[ \t\r\n/>])")
# a bound attribute whose value is a bare data path, `:sections="sections"`, `v-bind:doc="policy.zh"`
_BOUND = lazy(
    r"(?<![\w$:.@#-])(?::|v-bind:)([A-Za-z][\w-]{0,60}+)[ \t\r\n]*+=[ \t\r\n]*+\"[ \t\r\n]*+"
    r"([A-Za-z_$][\w$]{0,60}+(?:\.[A-Za-z_$][\w$]{0,60}+){0,4}+)[ \t\r\n]*+\""
)
# a static title of the same component, `title="隐私政策"`
_TITLE = lazy(r"(?<![\w$:.@#-])(?:title|heading)[ \t\r\n]*+=[ \t\r\n]*+\"([^\"<>{}\n]{1,80}+)\"")
# a `v-for` of the template: its source is mapped by the page itself (read or warned of by `load.vue_data.render`)
_V_FOR_ATTRIBUTE = lazy(r"(?<![\w$:.@#-])v-for[ \t\r\n]*+=[ \t\r\n]*+\"([^\"]{1,300}+)\"")
# props that never carry the page's text: an element's key, class, style, ref, an HTML string (`load.vue_data`'s v-html)
_NOT_TEXT = frozenset({"key", "class", "style", "ref", "is", "nodes", "id"})
_CLAUSE_ENDS = "，。；！？"  # a literal holding one of them is prose, not a label (`_unread`)
_MAX_TAG = 4_000  # characters of a start tag looked at
_MAX_TAGS = 400  # component tags of a page looked at


def _scripts(text: str) -> list[tuple[int, int, str]]:
    """Each `<script>` body of the component with the line and column it starts at."""
    out = []
    for m in _SCRIPT_TAG.finditer(text):
        end = text.lower().find("</script", m.end())
        end = len(text) if end < 0 else end
        line = text.count("\n", 0, m.end()) + 1
        column = m.end() - text.rfind("\n", 0, m.end())
        out.append((line, column, text[m.end() : end]))
    return out


def _template(text: str) -> str:
    """The component with its scripts, styles and comments blanked (kept the same length and lines): its markup."""
    parts, at = [], 0
    while True:
        m = _SCRIPT_TAG.search(text, at)
        r = _RAW.search(text, at)
        first = min((x for x in (m, r) if x is not None), key=lambda x: x.start(), default=None)
        if first is None:
            break
        closer = "-->" if first.group(0) == "<!--" else ("</script" if first.group(0).lower().startswith("<script") else "</style")
        end = text.lower().find(closer, first.end())
        end = len(text) if end < 0 else end
        parts.append(text[at : first.start()])
        parts.append("".join(c if c == "\n" else " " for c in text[first.start() : end]))
        at = end
    parts.append(text[at:])
    return "".join(parts)


def _tag_end(markup: str, start: int) -> int:
    """The end of the start tag at `start` (past its `>`, quotes skipped), or -1 past `_MAX_TAG` characters."""
    quote = ""
    for k in range(start, min(len(markup), start + _MAX_TAG)):
        c = markup[k]
        if quote:
            quote = "" if c == quote else quote
        elif c in "\"'":
            quote = c
        elif c == ">":
            return k + 1
    return -1


def _position(text: str, at: int) -> tuple[int, int]:
    return text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)


def read_child_props(text: str, parsed: Parsed) -> None:
    """Each child component's sections inserted in the page's blocks where the component stands (their literals no
    longer given to the rules as script text), and a warning for each left unread (`_unread`)."""
    from policylens.load.html import prop_dates  # here: `load.html` imports `load.vue_data` (a cycle at import time)

    if ":" not in text:
        return
    markup = _template(text)
    tags = []
    for k, m in enumerate(_COMPONENT.finditer(markup)):
        if k >= _MAX_TAGS:
            break
        end = _tag_end(markup, m.end())
        if end < 0:
            continue
        tags.append((m.group(1), m.start(), markup[m.end() : end]))
    bound = [(tag, start, attrs, b) for tag, start, attrs in tags for b in _BOUND.finditer(attrs) if b.group(1) not in _NOT_TEXT]
    if not bound:
        return
    looped: set[str] = set()  # names the template maps itself, or loop aliases
    sources: dict[str, int] = {}  # (u58l) how many `v-for`s map each name
    for m in _V_FOR_ATTRIBUTE.finditer(markup):
        loop = parse_v_for(m.group(1))
        if loop is not None:
            source = _steps(loop[1].split("\0")[0])[0]
            looped.update((loop[0], loop[2], source))
            sources[source] = sources.get(source, 0) + 1
    uses: dict[str, int] = {}
    for *_, b in bound:
        root = _steps(b.group(2))[0]
        uses[root] = uses.get(root, 0) + 1
    scripts = [(_page_script(s), s) for s in _scripts(text)]
    if not scripts:
        return
    inserts: list[tuple[tuple[int, int], list[Block]]] = []
    warnings: list[str] = []
    for tag, start, attrs, b in bound:
        steps = _steps(b.group(2))
        root = steps[0]
        each = _per_item(attrs, b.group(2))
        if each is not None:  # (u58l) `<SectionCard v-for="s in sections" :section="s" />`: the source, item by item
            steps = _steps(each)
            root = steps[0]
            if sources.get(root) != 1 or root in uses:
                continue  # (mapped elsewhere too, or passed whole to another component: read there, or not at all)
        elif root in looped or uses.get(root) != 1:
            continue
        owners = [script for script, _ in scripts if script._definitions().get(root)]
        if len(owners) != 1:
            continue
        script = owners[0]
        data: Value = _walk(script.lookup(root), steps[1:])
        blocks = _sections_of(data, markup)
        at = _position(text, start)
        if blocks is None:
            if note := _unread(script, root, tag, at[0], text):
                warnings.append(note)
            continue
        title = _TITLE.search(attrs)
        if title is not None and HAN_CHAR.search(title.group(1)):
            offset = start + len(tag) + 1 + title.start(1)
            line, column = _position(text, offset)
            value = title.group(1)
            blocks.insert(0, Block("heading", value, line, column, line, (Piece(0, len(value), line, column),), level=1))
        inserts.append((at, blocks))
        # its date props (`<DocPage updated-at="2026-09-15">`), read as a React page's are: the metadata's date hints
        # and front matter lines (the CCPA `last-updated` item cites one)
        dated: list[tuple[int, str]] = []
        prop_dates(f"<{tag}{attrs}", at[0], parsed.dates, dated)
        parsed.front_lines = sorted([*parsed.front_lines, *dated])
    parsed.warnings.extend(warnings)
    used = {(p.line, p.column) for _, blocks in inserts for block in blocks for p in block.pieces}
    for at, blocks in sorted(inserts, key=lambda insert: insert[0], reverse=True):
        k = sum(1 for block in parsed.blocks if (block.line, block.column) < at)
        parsed.blocks[k:k] = blocks
    if used:
        parsed.scripts = [(t, p) for t, p in parsed.scripts if not p or (p[0].line, p[0].column) not in used]


def _per_item(attrs: str, value: str) -> str | None:
    """(u58l) The source path of the component's own `v-for` when `value` (a bound prop's) is its item alias, the
    component rendered once per item (`v-for="s in sections"` with `:section="s"`); else None."""
    own = _V_FOR_ATTRIBUTE.search(attrs)
    loop = parse_v_for(own.group(1)) if own is not None else None
    if loop is None or value != loop[0] or "\0" in loop[1]:
        return None
    return loop[1]


def _page_script(script: tuple[int, int, str]) -> _Script:
    """A script body read as `load.vue_data.render` reads a page's (`${CONST}` of its own constants filled)."""
    from policylens.load.jsx_data import _PageScript  # (lazily: only a page passing script data to a component)

    return _PageScript(*script)


def _sections_of(data: Value, markup: str) -> list[Block] | None:
    """The blocks of a bound value that is an array of prose sections (or an object holding one), as the React reader
    reads a constant passed to a component (`load.jsx_data.props._read_props`); None for anything else."""
    from policylens.load.jsx import _MAPPED_TEXT_MIN
    from policylens.load.jsx_data import _section, _section_list

    if data is UNKNOWN or not isinstance(data, (list, dict)):
        return None
    if isinstance(data, dict) and not any(map(_section_list, data.values())):
        return None  # (an object read only when it holds its sections: `{ title, description }` is a page's meta)
    blocks: list[Block] = []
    # an array is read as the sub-sections of an untitled section (`_section`'s nested array: each item a section of level 2)
    ok = _section({"sections": data} if isinstance(data, list) else data, 1, blocks)
    if not ok or not any(b.kind != "heading" for b in blocks):
        return None
    if sum(len(HAN_CHAR.findall(b.text)) for b in blocks) < _MAPPED_TEXT_MIN or all(b.text in markup for b in blocks):
        return None  # (labels, or a table of contents of the page's own text: read where the template writes it)
    return blocks


def _unread(script: _Script, root: str, tag: str, line: int, text: str) -> str | None:
    """The warning for script data passed to a component and not read, when its strings hold the page's sentences (as
    much as the React reader asks, `load.jsx_data.props._unread_extent`); None for labels, a menu, a list of options."""
    from policylens.load.jsx import _MAPPED_TEXT_MIN

    found = script._definitions().get(root, [])
    if len(found) != 1:
        return None
    begin = script.skip(found[0])
    end = script._skip_expression(begin)
    first, _ = script.position(begin)
    last, _ = script.position(max(begin, end - 1))
    body = script.body[begin:end]
    shown = [literal for literal, _ in script_literals([(first, 1, body)]) if HAN_CHAR.search(literal)]
    chinese = sum(len(HAN_CHAR.findall(literal)) for literal in shown)
    if chinese < _MAPPED_TEXT_MIN or not any(any(mark in literal for mark in _CLAUSE_ENDS) for literal in shown):
        return None
    return (
        f"line {line}: the page passes `{root}`, data of its script (lines {first}-{last}, {chinese} Chinese characters in "
        f"its strings), to <{tag}>, whose template is not in this file: that text is not read"
    )
