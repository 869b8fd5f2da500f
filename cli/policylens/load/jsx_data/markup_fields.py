"""Section titles of an array whose bodies are markup written in the array (`a: (<><p>…</p></>)`), shown by a `.map`.

Fifty-sixth session (u56j, eval/blind/round55q yuguo-tw-tsx): `const sections: { q: string; a: React.ReactNode }[] = [{
q: '我們會蒐集什麼', a: (<><p>只有你主動填在官網表單裡的東西：</p>…</>) }, …]` shown by `{sections.map((s) => (<div><h2>{s.q}
</h2><div>{s.a}</div></div>))}`.  The markup of each `a` is read where it is written (a React page's markup is read
wherever it stands), but the array could not be rendered (`a` is no literal), so its six `q` titles were dropped: the
answers read with no question over them, and a warning that the array's text was not read.

Rule: when every item is an object, and every field no reader can evaluate is markup written in the array (`a: (<…`,
`a: <…`), the `.map` is rendered once per item with those fields empty (their markup is read in place), and each item's
blocks are put where the item stands in the source (its first string), so each title heads the answer written after it.
The page shows the array where the `.map` stands, so the items' blocks, titles and the markup read in place alike, are
moved there (`gathered`): the page's own heading over them (`<h1>隱私權說明</h1>`) comes first, as on the page.
Anything else that stops the rendering (a call, a name, an index the markup shows) leaves the array unread, with its
warning, as before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

from policylens.lazyre import lazy
from policylens.load.jsx_data.renderer import _Unreadable
from policylens.load.vue_data import Unknown, Value
from policylens.model import Block

_EMPTY: Value = ("", ())
_BRACKET = lazy(r"[\[\](){}]")
_NEWLINE = lazy(r"\n")


def markup_field_titles(
    text: str,
    masked: str,
    start: int,
    items: list[Value],
    render: Callable[[list[Value]], list[Block]],
) -> list[tuple[int, list[Block]]] | None:
    """The blocks of each item (`render` of the item with its markup fields empty) with the offset where the item's
    first string stands, as `MappedData.inserts`; None unless the array at `masked[start]` (`[`) is of that shape (see
    module doc)."""
    if not items or not all(isinstance(item, dict) for item in items):
        return None
    unknown = {key for item in items if isinstance(item, dict) for key, value in item.items() if isinstance(value, Unknown)}
    if not unknown:
        return None
    end = _close(masked, start)
    if end < 0:
        return None
    for key in unknown:
        count = sum(1 for item in items if isinstance(item, dict) and isinstance(item.get(key), Unknown))
        markup = re.findall(rf"(?<![\w$.]){re.escape(key)}[ \t]*+:[ \t\r\n]*+\(?[ \t\r\n]*+<[A-Za-z>]", masked[start:end])
        if len(markup) != count:
            return None  # (a field computed by code somewhere: not this shape)
    lines = _line_starts(text)
    # (u58l) the lines by bisection over the page's line starts, found once: counting the newlines from the file's
    # start again for each array was quadratic on a page of many arrays
    first_line, last_line = bisect_right(lines, start), bisect_right(lines, end)
    inserts: list[tuple[int, list[Block]]] = []
    for item in items:
        assert isinstance(item, dict)
        plain: dict[str, Value] = {key: _EMPTY if isinstance(value, Unknown) else value for key, value in item.items()}
        try:
            blocks = [b for b in render([plain]) if b.text.strip()]
        except _Unreadable:
            return None
        at = -1
        for block in blocks:
            # each block where its text from the item stands (「待法务确认：{s.todo}」 where `todo` is, after the body's
            # markup written before it); a block of the map's own words alone follows the block before it
            data = [p for p in block.pieces if first_line <= p.line <= last_line]
            if data:
                first = min(data, key=lambda p: (p.line, p.column))
                at = max(at, lines[first.line - 1] + first.column - 1)
            if at >= 0:
                inserts.append((at, [block]))
    return inserts if inserts else None


def _close(masked: str, start: int) -> int:
    """The offset after the `]` closing the `[` at `masked[start]` (strings and comments blanked), or -1."""
    depth = 0
    for m in _BRACKET.finditer(masked, start):
        depth += 1 if m.group() in "[({" else -1
        if depth == 0:
            return m.end()
    return -1


@lru_cache(maxsize=2)
def _line_starts(text: str) -> tuple[int, ...]:
    """The offset of each line's first character (found once a page: each array of the page asked again, u57j); a
    tuple, since every caller of the cache shares it (u57h)."""
    return (0, *(m.end() for m in _NEWLINE.finditer(text)))


def gathered(
    blocks: list[Block], inserts: list[tuple[int, list[Block]]], moves: list[tuple[int, int, int]], text: str
) -> list[tuple[int, list[Block]]]:
    """The inserts with each moved array's blocks (`MappedData.moves`: the markup read in place within the array, taken
    out of `blocks`, and the inserts placed within it) gathered, in their order, into one insert where its `.map` stands.

    (u57j) Each move looks up the blocks and inserts within its array by bisection over their offsets, found once, and
    the blocks taken are removed once at the end: a page of many arrays read every block again for each."""
    lines = _line_starts(text)

    def offset(block: Block) -> int:
        return lines[block.line - 1] + block.column - 1 if 0 < block.line <= len(lines) else -1

    by_offset = sorted((offset(b), k) for k, b in enumerate(blocks))
    out: list[tuple[int, list[Block]] | None] = list(inserts)
    by_insert = sorted((at, k) for k, (at, _) in enumerate(inserts))
    merged_at: list[int] = []  # the indices in `out` of the merged inserts appended (each move's one)
    taken: set[int] = set()
    for start, end, target in moves:
        candidates = [k for _, k in by_insert[bisect_left(by_insert, (start, -1)) : bisect_left(by_insert, (end, -1))]]
        candidates += [k for k in merged_at if (before := out[k]) is not None and start <= before[0] < end]
        placed = [(insert[0], len(blocks) + k, insert[1]) for k in sorted(candidates) if (insert := out[k]) is not None]
        if not placed:
            continue
        inside = [
            (at, k, [blocks[k]])
            for at, k in by_offset[bisect_left(by_offset, (start, -1)) : bisect_left(by_offset, (end, -1))]
            if k not in taken
        ]
        taken.update(k for _, k, _ in inside)
        for _, k, _ in placed:
            out[k - len(blocks)] = None
        merged = [b for _, _, group in sorted(inside + placed, key=lambda x: (x[0], x[1])) for b in group]
        merged_at.append(len(out))
        out.append((target, merged))
    if taken:
        blocks[:] = [b for k, b in enumerate(blocks) if k not in taken]
    kept = [insert for insert in out if insert is not None]
    kept.sort(key=lambda insert: insert[0])
    return kept
