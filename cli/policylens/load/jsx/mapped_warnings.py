"""The warning for text a React page keeps as data and shows by `.map` or a prop, which is not read
(`mapped_data_warnings`): named arrays whose literals hold Chinese, bounded in characters and arrays scanned."""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.jsx.scanning import _QUOTES
from policylens.patterns import HAN_CHAR

# (thirty-third session, lead; eval/blind/round33 carsub-tsx) A page that keeps its sections as data, `const sections = [{
# title: "服务说明", body: "…" }, …]`, and shows them with `{sections.map((section) => (<section>…{section.title}…))}`: the
# markup holds no text of them and the code is blanked, so the agreement's whole body was read as nothing, without a word.
# Until such data is read where the page shows it (as `load.vue_data` does for a Vue page's `v-for`), the reader is told.
_ARRAY_CONST = lazy(r"\b(?:const|let|var)[ \t]++([A-Za-z_$][\w$]*+)[ \t]*+(?::[^=\n]{0,120}?)?=[ \t\r\n]*+\[")
_MAPPED_TEXT_MIN = 40  # Chinese characters in an array's strings below which it is labels or a menu, not the policy's text
_MAX_ARRAY = 2_000_000  # characters scanned for an array's end
_MAX_ARRAYS = 200  # arrays of one page looked at


def _array_end(text: str, start: int) -> int:
    """The offset after the `]` that closes the array opened at `text[start]`, or -1 (strings and comments skipped); -2
    when it does not close within `_MAX_ARRAY` characters (an array too long to read, not a broken one)."""
    depth, i, n = 0, start, min(len(text), start + _MAX_ARRAY)
    while i < n:
        c = text[i]
        if c in "[{(":
            depth += 1
        elif c in "]})":
            depth -= 1
            if depth == 0:
                return i + 1
        elif c in _QUOTES:
            j = i + 1
            while j < n and text[j] != c:
                if text[j] == "\\":
                    j += 1  # an escaped character, an escaped backslash (「"路径\\"」) included
                elif text[j] == "\n" and c != "`":
                    return -1  # a string left open: not data this reader can follow
                j += 1
            if j >= n:
                return -2 if n < len(text) else -1  # (the scan ends inside a string: too long, or open at the end)
            i = j
        elif c == "/" and text.startswith("//", i):
            i = text.find("\n", i)
            if i < 0:
                return -1
        elif c == "/" and text.startswith("/*", i):
            i = text.find("*/", i + 2)
            if i < 0:
                return -1
            i += 1
        i += 1
    return -2 if n < len(text) else -1


def mapped_data_warnings(text: str, read: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """One warning for each array of the page's code whose strings hold Chinese text and that its markup shows through
    `{name.map(…)}`: that text is not read (see `_ARRAY_CONST`).  Not for the names in `read`: arrays `load.jsx_data`
    read where the page shows them."""
    if ".map(" not in text:
        return []
    from policylens.load.scripts import script_literals

    warnings: list[str] = []
    for k, m in enumerate(_ARRAY_CONST.finditer(text)):
        if k == _MAX_ARRAYS:
            break  # (each is looked for in the whole page: a generated file of thousands of arrays is no policy page)
        name = m.group(1)
        if name in read:
            continue
        end = _array_end(text, m.end() - 1)
        # (an array longer than `_MAX_ARRAY` is not read either: named with what was scanned of it, session 36, u36h)
        call = re.search(rf"\{{[ \t\r\n]*+{re.escape(name)}\??\.map\(", text) if end > 0 or end == -2 else None
        if call is None:
            continue
        longer = end == -2
        end = m.end() - 1 + _MAX_ARRAY if longer else end
        first = text.count("\n", 0, m.start()) + 1
        literals = script_literals([(first, 1, text[m.end() - 1 : end])])
        shown = [literal for literal, _ in literals if HAN_CHAR.search(literal)]
        chinese = sum(len(HAN_CHAR.findall(literal)) for literal in shown)
        if chinese < _MAPPED_TEXT_MIN:
            continue
        rest = text[: m.start()] + text[end:]
        if all(literal.strip() in rest for literal in shown):
            continue  # a table of contents: the titles it lists are the page's own headings, read where they stand
        last = first + text.count("\n", m.start(), end)
        extent = (
            f"from line {first}, over {_MAX_ARRAY:,} characters, {chinese} Chinese characters in its first lines {first}-{last}"
            if longer
            else f"lines {first}-{last}, {chinese} Chinese characters in its strings"
        )
        warnings.append(
            f"line {text.count(chr(10), 0, call.start()) + 1}: the page shows `{name}`, an array of its code ({extent}), "
            f"through `{name}.map(…)`: that text is not read"
        )
    return warnings
