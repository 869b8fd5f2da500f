"""A React page's code read as `load.vue_data` reads a script (`_PageScript`), and a template literal whose `${…}` are
names of the page's string constants, or of values it imports, read with their text or kept as written; a language
switch function's call (`T('Privacy Policy', '私隱政策')`) read as its editions."""

from __future__ import annotations

import re
from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.load.jsx import imported_slots
from policylens.load.jsx_locale import switch_functions
from policylens.load.lines import shifted_pieces, slice_pieces
from policylens.load.scripts import read_literal
from policylens.load.vue_data import Text, Value, _Script
from policylens.model import Piece

# (u43k2, eval/blind/round34 scentpersona-tsx) a template literal naming a constant of the page: `请联系：${CONTACT_EMAIL}`
_CONSTANT_SLOT = lazy(r"\$\{[ \t]*+([A-Za-z_$][\w$]*+)[ \t]*+\}")
# (u45l) a template literal's slot that is a name or a member path: `${BRAND.custodianZh}`
_PATH_SLOT = lazy(r"\$\{[ \t]*+[A-Za-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+)*+[ \t]*+\}")


# `T(`: a call that may be a language switch's
_CALL = lazy(r"(?<![\w$.])([A-Za-z_$][\w$]*+)[ \t]*+\(")


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
                if filled is None:
                    filled = self._each_slot(literal, i, end)
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

    def _each_slot(self, literal: Text, i: int, end: int) -> Text | None:
        """(u55j, eval/profiles55p buyile-tw) A template literal whose slots are each a name of the page's string
        constants (its text) or a name or member path of a value the page imports (kept as written, as
        `_slots_as_written` keeps it), in any mix, and whose text may hold escapes (`\\n\\n` between paragraphs, read as
        their values): 「…請以 Email 聯絡：${CONTACT_EMAIL}。\\n\\n本平台…」 was no value (an escape), and the `v-for`
        over the Vue page's array holding it read nothing.  A kept slot's piece is its `${…}` in the source.  None when a
        slot is anything else (a call, an operator, a name of the page's own code that is no string constant)."""

        def value_of(m: re.Match[str]) -> Text | None:
            name = _CONSTANT_SLOT.fullmatch(m.group(0))
            value = self._constant(name.group(1)) if name is not None else None
            if value is None and imported_slots(self.body, m.group(0)):
                line, column = self.position(i + m.start())
                value = (m.group(0), (Piece(0, len(m.group(0)), line, column),))
            return value

        return self._spliced(literal, self.body[i:end], _PATH_SLOT, value_of)

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
        return self._spliced(literal, source, _CONSTANT_SLOT, lambda m: self._constant(m.group(1)))

    def _constant(self, name: str) -> Text | None:
        """The text of the page's string constant `name`; None when it is no such constant or holds only blanks."""
        value = self.lookup(name)
        return value if isinstance(value, tuple) and value[0].strip() else None

    def _spliced(self, literal: Text, source: str, slot: re.Pattern[str], value_of: Callable[[re.Match[str]], Text | None]) -> Text | None:
        """The literal (its `source`) with each `${…}` (read as one character no piece covers,
        `scripts.read_literal`) replaced by `value_of` its match of `slot`; None when a `${…}` is no match of `slot`
        (an expression, not a name) or `value_of` gives None for one."""
        text, pieces = literal
        slots = list(slot.finditer(source))
        covered = [False] * len(text)
        for p in pieces:
            covered[p.offset : p.offset + p.length] = [True] * p.length
        gaps = [k for k, c in enumerate(covered) if not c]
        if not slots or len(slots) != source.count("${") or len(gaps) != len(slots):
            return None
        parts: list[str] = []
        out: list[Piece] = []
        at = shift = 0
        for gap, m in zip(gaps, slots, strict=True):
            value = value_of(m)
            if value is None:
                return None
            for part, part_pieces in ((text[at:gap], slice_pieces(pieces, at, gap)), value):
                out.extend(shifted_pieces(part_pieces, shift))
                parts.append(part)
                shift += len(part)
            at = gap + 1
        out.extend(shifted_pieces(slice_pieces(pieces, at, len(text)), shift))
        parts.append(text[at:])
        return "".join(parts), tuple(out)
