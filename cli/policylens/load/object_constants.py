"""Same-file object constants a page prints by a member path: `<h1>{PRIVACY.title}</h1>` with `const PRIVACY = { title:
'隱私權政策', … }` in the file.

Fifty-seventh session (u57j): a JSX child naming a member of an object had no reading.  An upper-case root was kept as
written (`jsx.shown._shown_constant`: 「{PRIVACY.title}」 as the document's title), a lower-case one blanked
(「資料蒐集者：（統一編號）」), even when the object is written in the file with the very string the page shows.  Now the
member path is read as its string, as a `{name}` of a same-file string constant is (`shown_constants`) and a template
literal's `${NAME}` (`page_literals._constant_hole`).

Resolved only when the value is certain from the file itself: the root is declared once in the file, with `const`, its
whole value one object literal (nested objects allowed) whose member at the path is one plain string literal (no
escape, no interpolation, no quote, no markup, no line break), the root bound nowhere else (no parameter, no
destructuring, no second declaration: `shown_constants._bound`) and none of its members assigned, deleted or handed
to `Object.assign` and the like.  Anything else (an import, a computed field, a call, a number, an array index) is left
as it was: an upper-case path kept as written (a located slot the reviewer sees), any other blanked.  Linear: one scan
of the declarations, each object read once, one scan for mutations, and the ends of values of code found in the
brackets' depth table (`_Brackets`), read once a file (u57h: a scan to the end of the file for each value whose bracket
never closes, `{ x: f(, … }` in each of 4,000 constants, took 85 s).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from policylens.lazyre import lazy

# `const PRIVACY = {`, `export const site: SiteConfig = {` (a one-line type: no `=`, no line break in it)
_OBJECT_CONSTANT = lazy(r"(?<![\w$.])const[ \t]++([A-Za-z_$][\w$]{0,60}+)[ \t]*+(?::[^=\n]{1,200}+)?=[ \t\r\n]*+(?=\{)")
# white space and comments between tokens
_GAP = lazy(r"(?:[ \t\r\n]++|//[^\n]*+|/\*(?:[^*]|\*(?!/))*+\*/)*+")
# a key: a name or a quoted name
_KEY = lazy(r"""([A-Za-z_$][\w$]{0,60}+)|'([A-Za-z_$][\w$ -]{0,60}+)'|"([A-Za-z_$][\w$ -]{0,60}+)\"""")
# a plain string literal (as `shown_constants._JS_CONSTANT`: no escape, slot, quote, markup or line break)
_PLAIN = lazy(r"""'([^'"\\\n$<>{}`]{1,200}+)'|"([^'"\\\n$<>{}`]{1,200}+)"|`([^'"\\\n$<>{}`]{1,200}+)`""")
# the end of the declaration after the object: `;`, `as const`, a line break
_AFTER = lazy(r"[ \t]*+(?:as[ \t]++const[ \t]*+)?(?:;|\r?\n|\Z)")
# strings and comments, blanked to find where a value of code ends
_MASK = lazy(r"""//[^\n]*+|/\*(?:[^*]|\*(?!/))*+(?:\*/)?|'(?:[^'\\\n]|\\.)*+'?|"(?:[^"\\\n]|\\.)*+"?|`(?:[^`\\]|\\.)*+`?""")
# a member of a name changed by the code: `PRIVACY.title = …`, `site["x"] += …`, `cfg.a++`, `Object.assign(site, …)`,
# `delete site.x`
_MUTATED = lazy(
    r"(?<![\w$.])([A-Za-z_$][\w$]{0,60}+)(?:[ \t]*+(?:\.[ \t]*+[A-Za-z_$][\w$]{0,60}+|\[[^\]\n]{0,200}+\]))++[ \t]*+"
    r"(?:[-+*/%|&?]{0,2}+=(?![=>])|\+\+|--)"
    r"|\bObject[ \t]*+\.[ \t]*+\w{1,30}+[ \t]*+\([ \t\r\n]*+([A-Za-z_$][\w$]{0,60}+)"
    r"|\bdelete[ \t]++([A-Za-z_$][\w$]{0,60}+)"
)
_BRACKET = lazy(r"[\[\](){},]")
_MAX_DEPTH = 8


def object_members(text: str, bound: Counter[str]) -> dict[str, str]:
    """Each member path (`PRIVACY.title`, `site.contact.email`) of the file's object constants (see module doc) whose
    value is one plain string literal, with that string."""
    if "const" not in text or "{" not in text:
        return {}
    found = [m for m in _OBJECT_CONSTANT.finditer(text) if bound[m.group(1)] == 1]
    if not found:
        return {}
    masked = _MASK.sub(lambda m: " " * len(m.group(0)), text)
    mutated = {name for m in _MUTATED.finditer(masked) for name in m.groups() if name}
    values: dict[str, str] = {}
    brackets = _Brackets(masked)
    for m in found:
        if m.group(1) in mutated or masked[m.start() : m.end()] != text[m.start() : m.end()]:
            continue  # (changed by the code, or a declaration written in a string or a comment)
        members: dict[str, str] = {}
        end = _read_object(text, brackets, m.end(), m.group(1), members, 0)
        if end >= 0 and _AFTER.match(text, end):
            values.update(members)
    return values


def _read_object(text: str, brackets: _Brackets, i: int, path: str, out: dict[str, str], depth: int) -> int:
    """Read the object literal at `text[i]` (`{`): its plain string members into `out` by path; the offset after its
    `}`, or -1 when it is not a literal object (a spread, a method, a computed key)."""
    i += 1
    while True:
        i = _GAP.match(text, i).end()  # type: ignore[union-attr]
        if text.startswith("}", i):
            return i + 1
        key = _KEY.match(text, i)
        if key is None:
            return -1
        i = _GAP.match(text, key.end()).end()  # type: ignore[union-attr]
        if not text.startswith(":", i):
            return -1  # (a shorthand `{ title }`, a method `title() {…}`: no literal)
        i = _GAP.match(text, i + 1).end()  # type: ignore[union-attr]
        name = f"{path}.{key.group(1) or key.group(2) or key.group(3)}"
        plain = _PLAIN.match(text, i)
        if text.startswith("{", i) and depth < _MAX_DEPTH:
            i = _read_object(text, brackets, i, name, out, depth + 1)
            if i < 0:
                return -1
        elif plain is not None and text[_GAP.match(text, plain.end()).end() : _GAP.match(text, plain.end()).end() + 1] in (",", "}"):  # type: ignore[union-attr]
            value = plain.group(1) or plain.group(2) or plain.group(3) or ""
            if value.strip() and any(c.isalnum() for c in value):
                out[name] = value
            i = plain.end()
        else:
            i = brackets.value_end(i)  # (a number, an array, a call: not read, the other members still are)
            if i < 0:
                return -1
        i = _GAP.match(text, i).end()  # type: ignore[union-attr]
        if text.startswith(",", i):
            i += 1
        elif not text.startswith("}", i):
            return -1


class _Brackets:
    """The brackets and commas of a masked file (strings and comments blanked) with the depth before each, read once, on
    the first value of code (`value_end`)."""

    def __init__(self, masked: str) -> None:
        self.masked = masked
        self.places: list[int] = []  # each bracket or comma's offset
        self.depths: list[int] = []  # the depth before it
        self.ends: dict[int, list[int]] = {}  # depth → the offsets of the closers and commas at that depth
        self.read = False

    def _read(self) -> None:
        self.read = True
        depth = 0
        for m in _BRACKET.finditer(self.masked):
            c, at = m.group(), m.start()
            self.places.append(at)
            self.depths.append(depth)
            if c in "([{":
                depth += 1
            else:
                self.ends.setdefault(depth, []).append(at)
                if c != ",":
                    depth -= 1

    def value_end(self, i: int) -> int:
        """Where a value of code starting at `masked[i]` ends: the `,` or `}` closing it at its own depth (the first
        closer or comma after `i` at the depth before `i`); -1 if none."""
        if not self.read:
            self._read()
        k = bisect_left(self.places, i)
        if k == len(self.places):
            return -1
        ends = self.ends.get(self.depths[k], [])
        j = bisect_left(ends, i)
        return ends[j] if j < len(ends) else -1


__all__ = ["object_members"]
