"""A Vue page's template rendered from its script's literals (`load.vue_data`): each `v-for` over a literal array
repeated for its items and each slot filled with its string at the string's place in the script (`expand`), a `v-html`
string read as HTML and placed in the script (`_mapped`), an implicit loop over the documents a computed selection can
show (`_choice_loops`), and the characters of script text a page's slots name (`named_text`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policylens.load.lines import shifted_pieces, slice_pieces
from policylens.load.vue_data.script import _Script
from policylens.load.vue_data.slots import (
    _LINES,
    _PATH,
    _counter_only,
    _lines,
    _only_decoration,
    _steps,
    _walk,
    _without_counters,
    slot_path,
    slot_paths,
)
from policylens.load.vue_data.values import COUNTER, UNKNOWN, Mark, Value
from policylens.model import Block, Piece
from policylens.patterns import SLOT

_CHOICE = "\0choice"  # the name an implicit loop over a selection's entries is looked up by (`_choice_loops`)
_MAX_BLOCKS = 5_000
_MAX_RENDERS = 50_000  # loop items rendered (nested loops over large arrays multiply)
_MAX_HTML = 2_000_000  # characters of `v-html` strings read as HTML (each string once)
_MAX_NESTING = 8  # v-for inside v-for


def expand(
    blocks: list[Block],
    marks: list[Mark],
    scripts: list[tuple[int, int, str]],
    read_html: Callable[[str], list[Block] | None],
    capped: list[str] | None = None,
) -> tuple[list[Block], set[tuple[int, int]]] | None:
    """The blocks with each slot filled from the script's literals, and where those literals start; None when any
    slot cannot be read that way.

    `marks`: the `v-for` elements and `v-html` slots in document order; `read_html`: the HTML reader for a string shown
    with `v-html` (its blocks' positions in the string); `capped`: given, it gets the reason when the page rendered past
    a limit (`_MAX_BLOCKS`, `_MAX_RENDERS`) and was given up for it (u53h: 2,500 labelled slot lines over two route-chosen
    documents were dropped without a word when the markup held more text than the script).
    """
    if len(scripts) != 1:
        return None
    script = _page_script(scripts[0])
    looped = _choice_loops(blocks, marks, script)
    if len(looped) > len(marks):
        # (u45l) read with a loop over each selection's entries; a page that cannot be read so is read as before, its
        # selection's slots as written (a `{{ current.title }}` outside any loop was never a reason to give up)
        filled = _expand(blocks, looped, script, read_html, capped)
        if filled is not None:
            if capped:
                capped.clear()
            return filled
        script = _page_script(scripts[0])
    return _expand(blocks, marks, script, read_html, capped)


def _page_script(script: tuple[int, int, str]) -> _Script:
    """(u55j, eval/profiles55p buyile-tw) The page's script read as a React page's code is (`load.jsx_data._PageScript`):
    a template literal whose every `${…}` names a string constant of the script is read with the constant's text, and
    one whose every `${…}` names a value the script imports (`${CONTACT_EMAIL}` with `import { CONTACT_EMAIL } from
    '@/config/site'`) with each slot kept as written, where the page prints the value.  Before, such a literal was no
    value, and the `v-for` over the array holding it left the whole policy unread (a warning; 1,106 characters)."""
    from policylens.load.jsx_data import _PageScript  # (lazily: the React reader is loaded only for such a page)

    return _PageScript(*script)


def _expand(
    blocks: list[Block],
    marks: list[Mark],
    script: _Script,
    read_html: Callable[[str], list[Block] | None],
    capped: list[str] | None = None,
) -> tuple[list[Block], set[tuple[int, int]]] | None:
    """`expand` with the script read (`_Script`) and the marks given."""
    children: dict[int, list[tuple[int, Mark]]] = {}
    for k, mark in enumerate(marks):
        children.setdefault(mark.owner, []).append((k, mark))
        depth, owner = 0, mark.owner
        while owner >= 0 and depth <= _MAX_NESTING:
            depth, owner = depth + 1, marks[owner].owner
        if depth > _MAX_NESTING:
            return None
    out: list[Block] = []
    renders = [0]
    used: set[tuple[int, int]] = set()  # where each literal read into the blocks starts
    html: dict[tuple[int, int], list[Block] | None] = {}  # each `v-html` string read once, by where it starts
    html_read = [0]  # characters of them read

    def resolve(path: str, env: dict[str, Value]) -> Value:
        if path.endswith(_LINES):
            return _lines(resolve(path[: -len(_LINES)], env))
        steps = _steps(path)
        return _walk(env[steps[0]] if steps[0] in env else script.lookup(steps[0]), steps[1:])

    def fragment(text: str, pieces: tuple[Piece, ...]) -> list[Block] | None:
        """The blocks of a `v-html` string, placed in the script (read once per string, within `_MAX_HTML`)."""
        key = (pieces[0].line, pieces[0].column) if pieces else (0, 0)
        if key not in html:
            html_read[0] += len(text)
            read = read_html(text) if html_read[0] <= _MAX_HTML else None
            html[key] = None if read is None else _mapped(read, text, pieces)
        return html[key]

    def fill(value: Value, model: Block | None) -> bool:
        """Add the blocks of one slot's string (the template's block as `model`; None: HTML for `v-html`)."""
        if value is None:
            return True
        if not isinstance(value, tuple):
            return False
        text, pieces = value
        ends = [p.offset + p.length for p in pieces]
        if pieces:
            # (u44k) each piece's start: a text joined from several literals (`_Script._returned`) holds each one's
            used.update((p.line, p.column) for p in pieces)
        if model is None:
            blocks = fragment(text, pieces)
            if blocks is None:
                return False
            out.extend(blocks)
            return True
        for m in re.finditer(r"[^\n]+", text):
            seg = m.group(0).strip()
            if seg:
                a = m.start() + m.group(0).index(seg[0])
                run = slice_pieces(pieces, a, a + len(seg), ends=ends)
                out.append(model._replace(text=seg, line=run[0].line, column=run[0].column, end_line=run[-1].line, pieces=run))
        return True

    def render(owner: int, start: int, end: int, env: dict[str, Value]) -> bool:
        """Render blocks[start:end] of the loop `owner` (-1: the page) into `out`; False when a slot cannot be read."""
        renders[0] += 1
        if renders[0] > _MAX_RENDERS:
            if capped is not None:
                capped.append(f"its loops render more than {_MAX_RENDERS:,} items")
            return False
        mine = children.get(owner, [])
        at, j = start, 0
        while True:
            while j < len(mine) and mine[j][1].at <= at:
                index, mark = mine[j]
                j += 1
                if not mark.path:
                    return False  # `v-text`, a `v-html` of an expression: not read here
                if not mark.alias:
                    if not fill(resolve(mark.path, env), None):
                        return False
                    continue
                items = resolve(mark.path, env)
                if items is None and _steps(mark.path)[0] in env:
                    # (thirty-fourth session, u34d) a loop over a field this item lacks (or holds `null`) renders nothing,
                    # as Vue's `v-for` over `undefined` does: 「<div v-if="s.subsections"><h3 v-for="x in s.subsections">」
                    # beside 「<div v-else><p v-for="p in s.content">」 shows, per item, the branch its fields fill
                    # (eval/structure34b yinban-terms-vue, whose sections were read as nothing)
                    items = []
                if not isinstance(items, list) or (not items and _steps(mark.path)[0] not in env):
                    return False  # the page's own list empty as written: filled at run time
                counters: dict[str, Value] = {mark.index: COUNTER} if mark.index else {}
                for item in items:
                    if not render(index, mark.at, mark.end, {**env, **counters, mark.alias: item}):
                        return False
                at = max(at, mark.end)
            if len(out) > _MAX_BLOCKS:
                if capped is not None:
                    capped.append(f"it renders more than {_MAX_BLOCKS:,} blocks")
                return False
            if at >= end:
                return True
            block = blocks[at]
            text = _without_counters(block.text, env)
            path = slot_path(text) if "{{" in text else None
            if env and path is not None:
                if not fill(resolve(path, env), block):
                    return False
            elif env and "{{" in text and (joined := _joined_slots(text, resolve, env)) is not None:
                if not fill(joined, block):
                    return False
            elif env and owner >= 0 and marks[owner].path.startswith(_CHOICE) and (labelled := _labelled(block, resolve, env)):
                out.append(labelled)
                used.update((p.line, p.column) for p in labelled.pieces[1:])
            elif env and text.strip() and not _only_decoration(text) and not _counter_only(text, block.text):
                return False  # text of its own in a loop (repeated for each item), or a slot not read: not a page of data
            elif not env:
                # 「{{ pageTitle }}」 of a literal is shown as that string; any other slot stays as written
                value = resolve(path, env) if path is not None else UNKNOWN
                if not isinstance(value, tuple) or not fill(value, block):
                    out.append(block)
            at += 1

    if not render(-1, 0, len(blocks), {}) or out == blocks or not used:
        return None
    return out, used


def _joined_slots(text: str, resolve: Callable[[str, dict[str, Value]], Value], env: dict[str, Value]) -> Value | None:
    """(u60r, issue #14) The one line a block of several bare slots shows in a loop (`slots.slot_paths`: 「{{ c.label }}
    {{ c.text }}」), each string at its own place in the script, joined by what the template writes between them (a
    missing field shows nothing); None when the block is no such row or a value is no one-line string (the page is then
    left as written, as before: the whole array unread, with its warning)."""
    paths = slot_paths(text)
    if paths is None:
        return None
    joined, pieces = "", tuple[Piece, ...]()
    for between, path in paths:
        value = resolve(path, env)
        if value is None:
            continue
        if not isinstance(value, tuple) or "\n" in value[0]:
            return None
        if not value[0].strip():
            continue
        if joined:
            joined += between
        pieces += shifted_pieces(value[1], len(joined))
        joined += value[0]
    return (joined, pieces) if joined else None


def _labelled(block: Block, resolve: Callable[[str, dict[str, Value]], Value], env: dict[str, Value]) -> Block | None:
    """(l53v, eval/blind/round53p fyt360-vue) A label and one slot in a loop over the documents a page can show
    (`_choice_loops`), 「更新日期：{{ doc.updated }}」: each document's own value after the label, the label at its
    template place and the value at its script place.  None for anything else (text after the slot, a label without its
    colon, two slots, a value that is no one-line string): that block keeps the page as written, as before."""
    slots = list(SLOT.finditer(block.text))
    if len(slots) != 1 or block.text[slots[0].end() :].strip() or not block.text[: slots[0].start()].rstrip().endswith(("：", ":")):
        return None
    path = _PATH.match(slots[0].group(1))
    value = resolve(path.group(1), env) if path is not None else UNKNOWN
    if not isinstance(value, tuple) or not value[0].strip() or "\n" in value[0] or not value[1]:
        return None
    label = block.text[: slots[0].start()]
    pieces = slice_pieces(block.pieces, 0, len(label)) + shifted_pieces(value[1], len(label))
    return block._replace(text=label + value[0], pieces=pieces)


def _root(path: str) -> str:
    """The name a data path starts with (`current.items` → current)."""
    return _steps(path)[0] if path else ""


def _choice_loops(blocks: list[Block], marks: list[Mark], script: _Script) -> list[Mark]:
    """(u45l, eval/profiles45 udnlucky-tw) The marks with a loop added over each computed selection's entries
    (`_Script.entries`): a dialog that shows one entry of a record at a time (「<h2>{{ current.title }}</h2>
    <p>{{ current.description }}</p><li v-for="item in current.items">」, two buttons switching `tab`) is read once per
    entry, in the record's order, each entry's title, paragraphs and items together, as each button shows them.
    Before, its two notices were read as nothing (a warning that 1,921 characters of script were not read).

    The loop spans the blocks from the first that shows the name to the last, outside every other loop; a span with
    text of its own inside or that cuts a loop is left as written (its slots are then not read, and the page warns)."""
    inside = {k for k, mark in enumerate(marks) if mark.owner >= 0}
    uses: dict[str, list[tuple[int, int]]] = {}  # name → (first block, end) of each top-level use
    for at, block in enumerate(blocks):
        if "{{" in block.text and any(at >= m.at and at < m.end for m in marks if m.alias):
            continue
        for m in SLOT.finditer(block.text):
            path = _PATH.match(m.group(1))
            if path is not None:
                uses.setdefault(_root(path.group(1)), []).append((at, at + 1))
    for k, mark in enumerate(marks):
        if k not in inside and mark.path:
            uses.setdefault(_root(mark.path), []).append((mark.at, max(mark.end, mark.at + 1) if mark.alias else mark.at))
    for name, spans in uses.items():
        entries = script.entries(name) if name else None
        if not entries:
            continue
        start, end = min(a for a, _ in spans), max(b for _, b in spans)
        if any(mark.at < start < mark.end or mark.at < end < mark.end for mark in marks):
            continue  # the span cuts a loop
        key = f"{_CHOICE}{name}"
        script.values[key] = entries
        k = next((j for j, mark in enumerate(marks) if mark.at >= start), len(marks))
        loop = Mark(start, -1, key, name)
        loop.end = end
        moved = []
        for mark in marks:
            copy = Mark(mark.at, mark.owner + (mark.owner >= k), mark.path, mark.alias, mark.index)
            copy.end = mark.end
            if mark.owner < 0 and (start <= mark.at < end or (mark.at == end and not mark.alias and _root(mark.path) == name)):
                copy.owner = k
            moved.append(copy)
        marks = moved[:k] + [loop] + moved[k:]
        inside = {j for j, mark in enumerate(marks) if mark.owner >= 0}
    return marks


def _mapped(fragment: list[Block], text: str, pieces: tuple[Piece, ...]) -> list[Block]:
    """Blocks read from a string's own text (lines and columns in the string) placed where the string is in the script.

    Each piece of a block is cut where the string's pieces are (an escape `\\u6211` is one character of six columns).
    """
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    ends = [p.offset + p.length for p in pieces]
    out = []
    for block in fragment:
        moved = []
        for p in block.pieces:
            if p.line - 1 >= len(starts):
                continue
            offset = starts[p.line - 1] + p.column - 1
            length = p.length if p.width is None else 1  # a decoded reference (`&lt;`): one character of the string
            for q in slice_pieces(pieces, offset, offset + length, ends=ends):
                width = p.width if p.width is not None else q.width
                moved.append(Piece(p.offset + q.offset, p.length - q.offset if p.width is not None else q.length, q.line, q.column, width))
        if moved:
            out.append(block._replace(line=moved[0].line, column=moved[0].column, end_line=moved[-1].line, pieces=tuple(moved)))
    return out


def named_text(scripts: list[tuple[int, int, str]], paths: list[str]) -> int:
    """How many characters of string literals the data paths name (「{{ notice }}」 → `notice: '…'`), in any script."""
    total = 0
    for script in (_Script(*s) for s in scripts):
        for path in paths:
            if _PATH.match(path):
                steps = _steps(path.strip())
                value = _walk(script.lookup(steps[0]), steps[1:])
                total += len(value[0]) if isinstance(value, tuple) else 0
    return total
