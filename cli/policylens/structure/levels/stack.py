"""The nesting of headings by their keys with a stack (`assign_levels`), and the key that closes a plain parent.

Explicit depths nest as written, each numbering style gets the next level the first time it appears below the current
one, the formal numerals (壹、) stand above the ordinary ones; a bare title set off by a blank line after sub-titles
glued to their text closes their parent (`close_spaced_parents`, run on the keys before the stack).
"""

from __future__ import annotations

from policylens.model import Block
from policylens.structure.shapes import Heading


def assign_levels(keys: list[tuple[str, ...]]) -> list[int]:
    """Nest headings by their keys with a stack (see the module docstring)."""
    stack: list[tuple[str, ...]] = []
    levels: list[int] = []
    decimal_depths = [int(k[2]) for k in keys if k[:2] == ("num", "decimal")]
    shallowest = min(decimal_depths, default=1)
    for key in keys:
        if key == ("edition",):  # a second-language edition starts over at the top
            stack.clear()
            levels.append(1)
            continue
        while stack and stack[-1] in _PLAIN_LEAVES:
            stack.pop()
        if key[:2] == ("num", "decimal"):
            depth = int(key[2])
            cut = next((n for n, k in enumerate(stack) if k[:2] == ("num", "decimal") and int(k[2]) >= depth), None)
            if cut is not None:
                del stack[cut:]
            # 「1.1」 is a child of 「1.」 whatever unnumbered line stands between them: the number says so.
            parent = next((n for n in range(len(stack) - 1, -1, -1) if stack[n] == ("num", "decimal", str(depth - 1))), None)
            if parent is not None and all(k[0] in ("plain", "bold") for k in stack[parent + 1 :]):
                del stack[parent + 1 :]
            # 1.2.2.1 without a 1.2.2 heading is still two levels below 1.2: hold the
            # missing depths with placeholder entries so the level follows the numbering.
            deepest = max((int(k[2]) for k in stack if k[:2] == ("num", "decimal")), default=shallowest - 1)
            for missing in range(deepest + 1, depth):
                stack.append(("num", "decimal", str(missing)))
        if key[0] == "md":
            depth = int(key[1])
            while stack and (stack[-1][0] != "md" or int(stack[-1][1]) >= depth):
                stack.pop()
        elif key in (("plain", "parent"), ("plain", "sibling")):
            while stack and stack[-1][0] in ("plain", "bold"):
                stack.pop()
        elif key in stack:
            del stack[stack.index(key) :]
        elif key in _FORMAL_ABOVE and (cut := next((n for n, k in enumerate(stack) if k in _FORMAL_ABOVE[key]), None)) is not None:
            del stack[cut:]  # 壹、 after 一、 (a preamble's list): the formal numerals stand above the ordinary ones
        elif key[:2] == ("num", "decimal"):
            pass
        elif key[0] == "num":
            # Numbering is structure; a bold unnumbered line (「**概要**」) is not its parent.
            while stack and stack[-1] == ("bold",):
                stack.pop()
        stack.append(key)
        levels.append(len(stack))
    return levels


_PLAIN_LEAVES = (("plain", "leaf"), ("plain", "sibling"))
# A Taiwan outline 壹、 > 一、 > （一）: the formal numerals' labels are the parents of the ordinary ones' (style → styles
# below it), never their children, even after a run of 一、 (a preamble's).
_FORMAL_OVER: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {
    ("cn-formal",): (("cn",), ("cn-paren",)),
    ("cn-formal-paren",): (("cn-paren",),),
}
_FORMAL_ABOVE = {("num", *style): tuple(("num", *below) for below in belows) for style, belows in _FORMAL_OVER.items()}


def close_spaced_parents(
    blocks: list[Block], found: dict[int, Heading], order: list[int], keys: list[tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """A bare title set off by a blank line after sub-titles glued to their text closes their parent.

    In plain text every bare title looks the same, so the stack nests every bare line after a
    parent (a title directly followed by another title) under it.  The reader also sees the
    spacing: 「資料收集」 / 「帳戶資料」 / text / 「裝置資料」 / text, each sub-title glued to the text
    above it without a blank line, then a blank line and 「資料用途」 — the blank line says
    「資料用途」 is not one more sub-title but the next section, a sibling of 「資料收集」.  Only when
    every heading since the parent is a bare leaf, at least one of them follows its text with
    no blank line and none with one; the key of such a title becomes ("plain", "sibling"),
    which closes the parent (`assign_levels`).  Without that contrast (all spaced, all glued)
    nothing changes.
    """
    out = list(keys)
    parent: int | None = None  # position of the open plain parent
    glued = False  # a sub-title since the parent follows its text without a blank line
    for k, i in enumerate(order):
        key = keys[k]
        if key == ("plain", "parent"):
            parent, glued = k, False
            continue
        if parent is None:
            continue
        if key != ("plain", "leaf"):
            parent = None  # numbered or marked-up headings since the parent: the numbers and marks decide
            continue
        above = i - 1
        if above < 0 or above in found:
            continue  # directly under a heading: no spacing evidence
        if blocks[above].end_line >= blocks[i].line - 1:
            glued = True
        elif glued:
            out[k] = ("plain", "sibling")
            parent = None
        else:
            parent = None  # the sub-titles are spaced like the rest: no contrast
    return out
