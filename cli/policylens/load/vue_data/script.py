"""A Vue page's script read into values (`load.vue_data`): where each top-level name is defined (comments and strings
blanked), and the literal it stands for — strings, arrays and records of them, a reactive wrapper, a name of another
literal, and the computed values that pick among literals (a selection of a record's entry, a choice between lists, a
field set by the route, returns of string constants, one string literal).  Anything else is `UNKNOWN`.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.lines import shifted_pieces
from policylens.load.paired_literals import paired_text
from policylens.load.scripts import positions, read_literal, skip_blank
from policylens.load.sniff import MARKUP
from policylens.load.vue_data.joined import joined_text
from policylens.load.vue_data.slots import _STRING
from policylens.load.vue_data.values import UNKNOWN, Constant, Text, Value, document_length
from policylens.model import Piece

_SPACE = lazy(r"\s*")
# (u50h) the patterns' blank space between tokens is `[ \t\r\n]`: a page saved with CR LF read as one saved with LF (its
# computed selections were no selection, and the policy was not read)
# a comment or a string of a script body (blanked before its names are looked for: their text defines nothing)
_MASKED = lazy(r"//[^\n]*|/\*(?:[^*]|\*(?!/))*(?:\*/)?|'(?:[^'\\\n]|\\.)*'?|\"(?:[^\"\\\n]|\\.)*\"?|`(?:[^`\\]|\\.)*`?", re.DOTALL)
# where a name is defined (`const name = …`, `name: …`) or assigned again (`this.name = …`, `name.value = …`,
# `name.push(…)`), in one pass over the blanked body
_NAMES = lazy(
    r"\b(?:const|let|var)[ \t\r\n]+([A-Za-z_$][\w$]*)[ \t\r\n]*(?::[^=\n;]{0,120})?=(?![=>])"
    r"|(?<![\w$.])([A-Za-z_$][\w$]*)[ \t\r\n]*:(?!:)"
    r"|(?<![\w$.])(?:this\.)?([A-Za-z_$][\w$]*)(?:\.value)?[ \t\r\n]*(?:[-+*/|&?]?=(?![=>])|\.(?:push|unshift|splice)\()"
)
# a component's props named as strings, `props: ['sections']`, `defineProps(['sections'])`: the template's `sections` is
# the prop the parent passes, not a literal of the same name in the script (forty-sixth round: `const sections = [...]`
# beside `props: ['sections']` was read as the page)
_PROPS_ARRAY = lazy(r"(?<![\w$.])(?:props[ \t\r\n]*+:|defineProps[ \t\r\n]*+\()[ \t\r\n]*+\[")
# a reactive wrapper around a defined value (after its white space): `ref([...])`, `reactive<Section[]>([...])`
_WRAPPER = lazy(r"(?:ref|reactive|shallowRef|readonly)(?:[ \t\r\n]*<[^<>\n]*>)?[ \t\r\n]*\(")
_IDENT = lazy(r"[A-Za-z_$][\w$]*")
_NUMBER = lazy(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_CONSTANT = lazy(r"(?:true|false|null|undefined)\b")
# (u44k) `computed(() => { … return a + b; … return a; … })`: a computed value whose returns name string constants
_COMPUTED_BLOCK = lazy(r"computed[ \t\r\n]*+\([ \t\r\n]*+\([ \t\r\n]*+\)[ \t\r\n]*+=>[ \t\r\n]*+\{")
_RETURNED = lazy(r"(?<![\w$.])return[ \t]++([A-Za-z_$][\w$]*+(?:[ \t]*+\+[ \t]*+[A-Za-z_$][\w$]*+)*+)[ \t]*+(?:;|(?=[\r\n}]))")
_RETURN_WORD = lazy(r"(?<![\w$.])return(?![\w$])")
_MAX_COMPUTED = 4_000  # characters of a computed value's body looked at
# `computed(() => contents[active.value])`: a computed value that picks one entry of a named record (`_Script._selected`)
_SELECTION = lazy(
    r"computed[ \t\r\n]*\([ \t\r\n]*\([ \t\r\n]*\)[ \t\r\n]*=>[ \t\r\n]*([A-Za-z_$][\w$]*)[ \t\r\n]*\[[^\[\]\n]{1,80}\][ \t\r\n]*\)"
)
# (u45l) `computed(() => { return contents[active.value]; })`: the same selection written as a block that only returns it
_SELECTION_BLOCK = lazy(
    r"computed[ \t\r\n]*+\([ \t\r\n]*+\([ \t\r\n]*+\)[ \t\r\n]*+=>[ \t\r\n]*+\{[ \t\r\n]*+return[ \t]++([A-Za-z_$][\w$]*+)[ \t\r\n]*+"
    r"\[[^\[\]\n]{1,80}+\][ \t]*+;?[ \t\r\n]*+\}[ \t\r\n]*+\)"
)
# (u49k2, eval/blind/round49 mileschen-zh-en-vue) `computed(() => language.value === 'zh' ? zh[slug] : en[slug])`: a
# computed value that picks one entry of one of two records by the page's language, each record an edition
# (`_Script.entries`: every entry of the first record, then of the second)
_EDITION_SELECTION = lazy(
    r"computed[ \t\r\n]*+\([ \t\r\n]*+\([ \t\r\n]*+\)[ \t\r\n]*+=>[ \t\r\n]*+\(?[^?;\n{}]{1,120}?\?[ \t\r\n]*+([A-Za-z_$][\w$]*+)[ \t\r\n]*+"
    r"\[[^\[\]\n]{1,80}+\][ \t\r\n]*+:[ \t\r\n]*+([A-Za-z_$][\w$]*+)[ \t\r\n]*+\[[^\[\]\n]{1,80}+\][ \t\r\n]*+\)?[ \t\r\n]*+\)"
)
# (u45l2) `computed(() => (isPrivacy.value ? privacySections : termSections))`, `computed(() => { return a ? b : c; })`:
# where a computed value's expression starts (`_Script._chosen`)
_ARROW = lazy(r"computed[ \t\r\n]*+\([ \t\r\n]*+\([ \t\r\n]*+\)[ \t\r\n]*+=>[ \t\r\n]*+")
# (u45l2) an Options-API computed value, a method without parameters: `current() {` (`_Script._chosen`)
_METHOD = lazy(r"(?<![\w$.])([A-Za-z_$][\w$]*+)[ \t]*+\([ \t]*+\)[ \t\r\n]*+\{")
_KEYWORDS = frozenset(("if", "for", "while", "switch", "catch", "function", "return", "with"))
_RETURN = lazy(r"\{[ \t\r\n]*+return(?![\w$])")
_MAX_DEPTH = 12  # data nests a few levels; deeper is no policy text


def _has_hole(body: str, start: int, end: int) -> bool:
    """(u46h2) Does the template literal `body[start:end]` hold a `${…}`?  An escaped 「\\${」 is text (`read_literal`
    writes it 「${」): a policy that shows a 「${」 was read as a computed value, not at all, with a warning."""
    at = body.find("${", start, end)
    while at >= 0:
        k = at
        while k > start and body[k - 1] == "\\":
            k -= 1  # (the backslashes right before it: each run is counted once)
        if (at - k) % 2 == 0:
            return True
        at = body.find("${", at + 2, end)
    return False


class _Script:
    """One script body: where its names are defined, read into values on demand."""

    def __init__(self, line: int, column: int, body: str) -> None:
        self.body = body
        self.position = positions(body, line, column)
        self.values: dict[str, Value] = {}
        self._defined: dict[str, list[int]] | None = None  # name → where its values start (`_definitions`)
        self._methods: dict[str, list[int]] = {}  # (u45l2) name → where each method `name() {` opens its body
        self._masked = ""  # the body with its comments and strings blanked
        self._assigned: set[str] = set()
        self._resolving: set[str] = set()  # the names being looked up (`a: b` with `b: a` is no value)
        # (u43j) a template literal with `${…}` read as written, its slots and all (a script's document kept as data,
        # `load.script_data`, where `${…}` is the file's own syntax); else it is no literal (UNKNOWN)
        self.templates = False

    def _definitions(self) -> dict[str, list[int]]:
        """Where each name is defined, and which names are assigned again: one pass over the body, comments and
        strings blanked (a commented-out `sections: [...]` is not what the page shows)."""
        if self._defined is None:
            masked = self._masked = _MASKED.sub(lambda m: " " * len(m.group(0)), self.body)
            self._defined = {}
            for m in _METHOD.finditer(masked):
                if m.group(1) not in _KEYWORDS:
                    self._methods.setdefault(m.group(1), []).append(m.end() - 1)
            for m in _PROPS_ARRAY.finditer(masked):
                end = masked.find("]", m.end())
                for prop in _STRING.finditer(self.body, m.end(), end if end >= 0 else len(masked)):
                    self._assigned.add(prop.group(1) or prop.group(2) or "")
            for m in _NAMES.finditer(masked):
                if m.group(3) is not None:
                    self._assigned.add(m.group(3))
                    continue
                if m.group(2) is not None and _before(masked, m.start()) == "?":
                    continue  # (u45l2) a branch of a choice, 「a ? x : y」, defines no `x`
                wrapper = _WRAPPER.match(masked, _SPACE.match(masked, m.end()).end())  # type: ignore[union-attr]
                self._defined.setdefault(m.group(1) or m.group(2), []).append(wrapper.end() if wrapper else m.end())
        return self._defined

    def _resolved(self, name: str) -> Value:
        """`lookup(name)`, or UNKNOWN for a name already being resolved (a definition that names itself, however
        deep): the one guard of every reading that follows a name to its literal."""
        if name in self._resolving:
            return UNKNOWN
        self._resolving.add(name)
        try:
            return self.lookup(name)
        finally:
            self._resolving.discard(name)

    def lookup(self, name: str) -> Value:
        """The literal a top-level name is defined as (`const name = [...]`, `name: [...]`, `ref([...])`), if it is
        defined once and never assigned again."""
        if name in self.values:
            return self.values[name]
        found = self._definitions().get(name, [])
        if len(found) == 2:
            # (twenty-eighth session, precision28) `privacyAgreement: privacyAgreement` in data(): a field that names the
            # constant of the same name is that constant (eval/precision28/chatmeowcat-vue: `const privacyAgreement =
            # \`…\`` shown by {{ privacyAgreement }}), not a second definition
            found = [at for at in found if not self._names_itself(at, name)]
        value: Value = UNKNOWN
        if len(found) == 1 and name not in self._assigned:
            value, _ = self.read(found[0], 0)
        elif len(found) == 1 and (shown := self._routed_text(name, found[0])) is not None:
            value = shown
        elif not found and name not in self._assigned and len(self._methods.get(name, ())) == 1:
            # (u45l2) an Options-API computed value: `computed: { current() { return this.a ? this.x : this.y } }`
            chosen = self._chosen_in(self._methods[name][0])
            value = chosen[0] if chosen is not None else self._method_literal(self._methods[name][0])
        self.values[name] = value
        return value

    def _method_literal(self, at: int) -> Value:
        """(u46l) An Options-API computed value whose body `{ return `…`; }` (at `at`) returns one string literal."""
        ret = _RETURN.match(self.body, at)
        if ret is None:
            return UNKNOWN
        value, _ = self._literal_body(ret.end(), True)
        return UNKNOWN if value is None else value

    def _names_itself(self, at: int, name: str) -> bool:
        """Whether the definition at `at` is the bare name itself, up to the end of its field: `name: name,`."""
        i = self.skip(at)
        if not self.body.startswith(name, i) or _IDENT.match(self.body, i).end() != i + len(name):  # type: ignore[union-attr]
            return False
        return self.body[self.skip(i + len(name)) : self.skip(i + len(name)) + 1] in (",", "}", "")

    def skip(self, i: int) -> int:
        """Past the white space and comments at `i`."""
        return skip_blank(self.body, i)

    def _as_written(self, start: int, end: int) -> Text:
        """The body `body[start:end]` of a template literal without escapes, as written: one piece a line."""
        pieces: list[Piece] = []
        at = start
        while at < end:
            stop = self.body.find("\n", at, end)
            stop = end if stop < 0 else stop + 1
            line, column = self.position(at)
            pieces.append(Piece(at - start, stop - at, line, column))
            at = stop
        return self.body[start:end], tuple(pieces)

    def read(self, i: int, depth: int) -> tuple[Value, int]:
        """The value at `i` and where it ends; UNKNOWN (reading on to its end) when it is not a literal."""
        body = self.body
        i = self.skip(i)
        c = body[i : i + 1]
        if c in ("'", '"', "`"):
            literal, end = read_literal(body, i, c, self.position)
            holes = c == "`" and _has_hole(body, i, end)
            if literal is not None and holes and self.templates and "\\" not in body[i:end]:
                literal = self._as_written(i + 1, end - 1)
            elif literal is None or holes:
                return UNKNOWN, self._skip_expression(end)
            end = self.skip(end)
            if body.startswith(("+", "."), end):  # (u61r) 'a' + 'b': one text (`joined.joined_text`); 'a' + b, `…`.trim(): computed
                return joined_text(body, literal, end, self.skip, self.position, _has_hole) or (UNKNOWN, self._skip_expression(end))
            return literal, end
        if c == "[" and depth < _MAX_DEPTH:
            items: list[Value] = []
            i += 1
            while True:
                i = self.skip(i)
                if body.startswith("]", i):
                    return items, i + 1
                value, i = self.read(i, depth + 1)
                items.append(value)
                i = self.skip(i)
                if body.startswith(",", i):
                    i += 1
                elif not body.startswith("]", i):
                    return UNKNOWN, self._skip_expression(i)
        if c == "{" and depth < _MAX_DEPTH:
            fields: dict[str, Value] = {}
            i += 1
            while True:
                i = self.skip(i)
                if body.startswith("}", i):
                    return fields, i + 1
                key = _IDENT.match(body, i)
                if key is None and body[i : i + 1] in ("'", '"'):
                    literal, after = read_literal(body, i, body[i], self.position)
                    name, i = (literal[0] if literal else "\0"), after
                elif key is not None:
                    name, i = key.group(0), key.end()
                else:
                    return UNKNOWN, self._skip_expression(i)
                i = self.skip(i)
                if body.startswith(":", i):
                    fields[name], i = self.read(i + 1, depth + 1)
                else:
                    fields[name] = UNKNOWN  # shorthand `{ title }` or a method
                    i = self._skip_expression(i)
                i = self.skip(i)
                if body.startswith(",", i):
                    i += 1
                elif not body.startswith("}", i):
                    return UNKNOWN, self._skip_expression(i)
        m = _NUMBER.match(body, i) or _CONSTANT.match(body, i)
        if m is not None:
            end = self.skip(m.end())
            if body[end : end + 1] in (",", "]", "}", ")", ";", "", "\n", "\r"):
                if m.group(0) in ("null", "undefined"):
                    return None, m.end()  # shown as nothing
                line, column = self.position(i)  # a number (or true, false) is shown as written
                return Constant((m.group(0), (Piece(0, len(m.group(0)), line, column),))), m.end()
        if (paired := paired_text(body, i, self.skip, self.position)) is not None:
            return paired  # (u49w) `l("隐私政策", "Privacy Policy")`: the Chinese text (`load.paired_literals`)
        if (named := self._named(i)) is not None:
            return named
        if (selected := self._selected(i)) is not None:
            return selected
        if (chosen := self._chosen(i)) is not None:
            return chosen
        if (returned := self._returned(i)) is not None:
            return returned
        if (one_text := self._computed_literal(i)) is not None:
            return one_text
        return UNKNOWN, self._skip_expression(i)

    def _computed_literal(self, i: int) -> tuple[Value, int] | None:
        """(u46l, eval/blind/round46 yizuw-vue) A computed value that is one string literal: 「computed(() => `隐私政策…`)」
        or 「computed(() => { return `…`; })」, shown as 「{{ privacyPolicyContent }}」 in a modal's <pre>.  Before, the
        policy was read as nothing (a warning that 55 characters of markup were read).  None unless the arrow's whole
        body is that literal (`read`: a literal with `${…}`, a `+` or a call after it is no literal)."""
        m = _ARROW.match(self.body, i)
        if m is None:
            return None
        j, block = self.skip(m.end()), False
        if self.body.startswith("{", j):
            ret = _RETURN.match(self.body, j)
            if ret is None:
                return None
            j, block = ret.end(), True
        value, end = self._literal_body(j, block)
        if value is None:
            return None
        end = self.skip(end)
        return (value, end + 1) if self.body.startswith(")", end) else None

    def _literal_body(self, j: int, block: bool) -> tuple[Text | None, int]:
        """The string literal at `j` and the index past it: alone up to the end of the expression, or (`block`) the one
        statement of a `{ return …; }` body, past its `}`; None when anything else follows it."""
        j = self.skip(j)
        if self.body[j : j + 1] not in ("'", '"', "`"):
            return None, j
        value, end = self.read(j, 0)
        if not isinstance(value, tuple):
            return None, end
        end = self.skip(end)
        if block:
            end = self.skip(end + 1) if self.body.startswith(";", end) else end
            if not self.body.startswith("}", end):
                return None, end
            end += 1
        return value, end

    def _returned(self, i: int) -> tuple[Value, int] | None:
        """(u44k, eval/blind/round44 agreementmodal-vue) A computed value whose body only returns the page's string
        constants by name, or their sum: 「computed(() => { if (props.merged) return a + b; if (type === 'user') return
        a; else return b; })」 shown with `v-html`.  Every text it can show is read, each once, in the order the returns
        name them (as `_selected` reads every list of a dialog that shows one at a time): before, the modal's agreement
        and policy were read as nothing (one paragraph, 「我已阅读」), and the policy's date unseen.  None when a return
        is anything else or a name is no string constant."""
        m = _COMPUTED_BLOCK.match(self.body, i)
        if m is None:
            return None
        from policylens.load.jsx import matching  # (lazily: only a page with such a computed value needs it)

        close = matching(self.body, m.end() - 1, min(len(self.body) - 1, m.end() + _MAX_COMPUTED))
        if close >= len(self.body) or self.body[close] != "}":
            return None
        block = self.body[m.end() : close]
        returns = _RETURNED.findall(block)
        if not returns or len(returns) != len(_RETURN_WORD.findall(block)):
            return None  # (a return of anything else: a call, a member, a literal)
        names = list(dict.fromkeys(name for expr in returns for name in _IDENT.findall(expr)))
        parts: list[Text] = []
        for name in names:
            value = self._resolved(name)
            if not isinstance(value, tuple):
                return None
            parts.append(value)
        end = self.skip(close + 1)
        return _joined(parts), (end + 1 if self.body.startswith(")", end) else end)

    def _selected(self, i: int) -> tuple[Value, int] | None:
        """The values a computed selection can show: 「computed(() => contents[active.value])」 over a literal record
        of lists (`const contents = { service: ['…'], privacy: ['…'] }`), a dialog showing one list at a time, is every
        list in the record's order (thirty-sixth session, u36r: a login dialog's agreement and policy paragraphs read
        as nothing).  None unless the record is a literal whose every value is a list."""
        m = _SELECTION.match(self.body, i)
        if m is None:
            return None
        record = self._resolved(m.group(1))
        if not isinstance(record, dict) or not record:
            return None
        items: list[Value] = []
        for value in record.values():
            if not isinstance(value, list):
                return None
            items.extend(value)
        return items, m.end()

    def _chosen(self, i: int) -> tuple[Value, int] | None:
        """(u45l2, eval/profiles45c jianzhang-zh Agreement.vue) The lists a computed choice can show: 「computed(() =>
        (isPrivacy.value ? privacySections : termSections))」 (or `{ return a ? b : c; }`, or `c1 ? a : c2 ? b : c`),
        a page that shows one document or another by its route.  Every candidate list is read, each whole, in the
        order the script writes them (one document after the other, each its own titles and paragraphs at their own
        lines).  Before, both documents were read as nothing (a warning that their characters were not read).  None
        unless every candidate is the name of a literal list defined once."""
        m = _ARROW.match(self.body, i)
        if m is None:
            return None
        from policylens.load.jsx import matching  # (lazily: only a page with such a computed value needs it)

        close = matching(self.body, self.body.index("(", i), len(self.body) - 1, "(", ")")
        if close >= len(self.body) or self.body[close] != ")":
            return None
        chosen = self._chosen_in(m.end(), close)
        return None if chosen is None else (chosen[0], close + 1)

    def _chosen_in(self, i: int, stop: int | None = None) -> tuple[Value, int] | None:
        """The concatenated candidate lists of the choice at `i` (up to `stop`, else a `{ return …; }` block at `i`),
        in the order their literals are written; None when it is no choice between names of literal lists."""
        from policylens.load.jsx import matching

        self._definitions()
        masked, start = self._masked, i
        if stop is None or masked.startswith("{", i):
            if not masked.startswith("{", i):
                return None
            close = matching(masked, i, len(masked) - 1)
            if close >= len(masked) or masked[close] != "}" or _RETURN.match(masked, i) is None:
                return None
            start, stop = _RETURN.match(masked, i).end(), close  # type: ignore[union-attr]
            expression = masked[start:stop].strip().rstrip(";").strip()
            if ";" in expression or "return" in _IDENT.findall(expression):
                return None  # (more than one statement)
        else:
            expression = masked[start:stop].strip()
        names = _candidates(expression)
        if not names:
            return None
        lists: list[tuple[int, list[Value]]] = []
        for name in dict.fromkeys(names):
            found = self._definitions().get(name, [])
            if len(found) != 1:
                return None
            value = self._resolved(name)
            if not isinstance(value, list) or not value:
                return None
            lists.append((found[0], value))
        items: list[Value] = [item for _, value in sorted(lists, key=lambda pair: pair[0]) for item in value]
        return items, stop

    def entries(self, name: str) -> list[Value] | None:
        """(u45l) The entries a computed selection of a literal record of objects can show, in the record's order:
        `const current = computed(() => contents[tab.value])` (or `{ return contents[tab.value]; }`) over
        `const contents = { notice: { title, items: [...] }, privacy: { title, description, items: [...] } }`.  None
        when `name` is no such selection (defined once, never assigned), or any entry is no object literal."""
        found = self._definitions().get(name, [])
        if len(found) != 1:
            return None
        if name in self._assigned:
            return self._routed(name, found[0])
        i = self.skip(found[0])
        m = _SELECTION.match(self.body, i) or _SELECTION_BLOCK.match(self.body, i) or _EDITION_SELECTION.match(self.body, i)
        if m is None:
            return None
        values: list[Value] = []
        for name in dict.fromkeys(g for g in m.groups() if g):
            record = self._resolved(name)
            if not isinstance(record, dict) or not record:
                return None
            values.extend(record.values())
        # objects (`{ title, items }`), or (u49k2) tuples of texts (`faq: ['常见问题', '…']`, shown as `content[1]`)
        if all(isinstance(v, dict) for v in values) or all(isinstance(v, list) and v for v in values):
            return values
        return None

    def _routed(self, name: str, at: int) -> list[Value] | None:
        """(l53v, eval/blind/round53p fyt360-vue) The documents a field a page sets by its route can hold: `doc:
        AGREEMENT` in `data()` (or `null`, `{}`), and in `onLoad` 「this.doc = isPrivacy ? PRIVACY : AGREEMENT」, each
        name a literal object defined once.  The page shows one or the other (`{{ doc.title }}`, `v-for="s in
        doc.sections"`): every one is read, in the order the script writes them, as a computed selection is
        (`entries`).  Before, the field assigned again was no literal and both documents were read as nothing (a
        warning that their characters were not read).  None unless the first value and every assignment is such a
        name (or the choice of such names, `_candidates`); an assignment of anything else (`this.doc = res.data`,
        `doc.push(…)`, `+=`) keeps the page as written."""
        values = self._route_values(name, at, False)
        return values if values is not None and all(isinstance(v, dict) and v for v in values) else None

    def _routed_text(self, name: str, at: int) -> Text | None:
        """(u59u, eval/blind/round59p huinong-zh-vue) The texts a string a page sets by its route can hold: `const
        content = ref('')` shown by 「<rich-text :nodes="content">」 and, in `onMounted`, 「content.value = type ===
        'user' ? userAgreement : privacyPolicy」, each name a string constant defined once (`const privacyPolicy =`
        an HTML template literal).  Every text is read, each once, in the order the script writes them, a line between two (each
        keeps its own blocks and titles), as `_routed` reads a document object.  Before, the string assigned again was
        no literal, and the page was read as empty (a warning that 1,849 characters of its script were not read).
        None unless the first value is empty (`''`, `null`) or such a name, and every assignment is such a name or a
        choice of them; anything else (`content.value = res.data`, `+=`) keeps the page as written."""
        values = self._route_values(name, at, True)
        # strings only: a number (`this.count = TIME_COUNT`, a countdown's start) is no text of the page
        texts = [v for v in values or () if isinstance(v, tuple) and not isinstance(v, Constant) and v[0].strip()]
        if not values or len(texts) != len(values):
            return None
        # (u60r, u59h's note) a document only: markup or a document's length, not the app's own string the route can
        # also show (「content.value = loading.value ? loadingText : privacyPolicy」, `const loadingText = '内容加载中'`)
        # (u60h) when none is, every string is read as before; (u61r) a short plain policy beside a long one: two sentences
        documents = [text for text in texts if MARKUP.search(text[0]) is not None or document_length(text[0].strip(), long=True)]
        return _joined([t for t in texts if MARKUP.search(t[0]) is not None or document_length(t[0].strip())] if documents else texts)

    def _route_values(self, name: str, at: int, empty_text: bool) -> list[Value] | None:
        """The values of the names a field set by its route can hold (`_route_names`), in the order the script defines
        them; None when one is no name defined once and never assigned (or is the field itself)."""
        names = self._route_names(name, at, empty_text)
        if names is None:
            return None
        values: list[tuple[int, Value]] = []
        for candidate in dict.fromkeys(names):
            where = self._definitions().get(candidate, [])
            if len(where) != 1 or candidate in self._assigned or candidate == name:
                return None
            values.append((where[0], self._resolved(candidate)))
        return [value for _, value in sorted(values, key=lambda pair: pair[0])]

    def _route_names(self, name: str, at: int, empty_text: bool) -> list[str] | None:
        """The names of the values a field set by its route can hold (`_routed`, `_routed_text`): its first value's
        (when a name; `null`, `undefined`, `{}` or, with `empty_text`, an empty string literal hold none) and every
        assignment's; None when the first value or an assignment is anything else, or it is never assigned."""
        masked = self._masked
        first = self.skip(at)
        names: list[str] = []
        initial = _IDENT.match(masked, first)
        if initial is not None and initial.group(0) not in ("null", "undefined"):
            names.append(initial.group(0))
            rest = self.skip(initial.end())
        elif initial is not None:
            rest = self.skip(initial.end())
        elif masked.startswith("{", first) and masked.startswith("}", self.skip(first + 1)):
            rest = self.skip(self.skip(first + 1) + 1)
        elif empty_text and self.body[first : first + 2] in ("''", '""', "``"):
            rest = self.skip(first + 2)
        else:
            return None
        if masked[rest : rest + 1] not in (",", "}", ")", ";", ""):
            return None
        assignments = 0
        for m in _NAMES.finditer(masked):
            if m.group(3) != name:
                continue
            end = m.end()
            if masked[end - 1] != "=" or masked[end - 2] in "-+*/|&?":
                return None  # `doc.push(…)`, `doc += …`
            stop = min(k for k in (masked.find(";", end), masked.find("\n", end), len(masked)) if k >= 0)
            expression = masked[end:stop].strip()
            expression = expression[len("this.") :] if expression.startswith("this.") else expression
            chosen = [expression] if _IDENT.fullmatch(expression) else _candidates(expression)
            if not chosen:
                return None
            names.extend(chosen)
            assignments += 1
        return names if assignments else None

    def _named(self, i: int) -> tuple[Value, int] | None:
        """The value a bare name at `i` stands for, the top-level literal it is defined as: 「content: _html」 in data()
        with 「const _html = `<html>…`」 above (eval/precision29/zzdn-agreement-vue, an agreement read as nothing).
        None when `i` holds no bare name (a call, a member, an operator follows) or the name is no literal."""
        m = _IDENT.match(self.body, i)
        if m is None or m.group(0) in self._resolving:
            return None
        end = self.skip(m.end())
        if self.body[end : end + 1] not in (",", "]", "}", ")", ";", ""):
            return None
        value = self._resolved(m.group(0))
        return None if value is UNKNOWN else (value, m.end())

    def _skip_expression(self, i: int) -> int:
        """Past the expression at `i`: up to a `,` `]` `}` `)` or `;` at its own depth (strings and brackets skipped)."""
        body, depth, n = self.body, 0, len(self.body)
        while i < n:
            c = body[i]
            if c in "'\"`":
                _, i = read_literal(body, i, c, self.position)
                continue
            if c in "([{":
                depth += 1
            elif c in ")]}":
                if depth == 0:
                    return i
                depth -= 1
            elif c in ",;" and depth == 0:
                return i
            i += 1
        return n


def _joined(parts: list[Text]) -> Text:
    """Several texts as one, a line between two (each keeps its own blocks), each piece shifted to its place."""
    text, shift = "", 0
    pieces: list[Piece] = []
    for k, (part, part_pieces) in enumerate(parts):
        if k:
            text, shift = text + "\n", shift + 1
        pieces.extend(shifted_pieces(part_pieces, shift))
        text, shift = text + part, shift + len(part)
    return text, tuple(pieces)


def _before(text: str, at: int) -> str:
    """The last character before `at` that is no white space ("" at the start)."""
    while at > 0 and text[at - 1] in " \t\n\r":
        at -= 1
    return text[at - 1 : at]


def _candidates(expression: str) -> list[str] | None:
    """(u45l2) The names a (blanked) choice expression can give: 「(a.value ? x : y)」 → x, y; 「c1 ? x : c2 ? y : this.z」
    → x, y, z.  None when it is anything else (a name alone, a call, `??`, a branch that is no bare name)."""
    while expression.startswith("(") and expression.endswith(")"):
        from policylens.load.jsx import matching

        if matching(expression, 0, len(expression) - 1, "(", ")") != len(expression) - 1:
            break
        expression = expression[1:-1].strip()
    parts, marks, depth, at = [], [], 0, 0
    for k, c in enumerate(expression):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0 and c in "?:":
            if c == "?" and (expression[k + 1 : k + 2] in ("?", ".") or expression[k - 1 : k] == "?"):
                return None  # `a ?? b`, `a?.b`
            parts.append(expression[at:k])
            marks.append(c)
            at = k + 1
    parts.append(expression[at:])
    if not marks or marks != ["?", ":"] * (len(marks) // 2) or len(marks) % 2:
        return None
    names = []
    for part in parts[1::2] + [parts[-1]]:
        name = part.strip()
        name = name[len("this.") :] if name.startswith("this.") else name
        if _IDENT.fullmatch(name) is None:
            return None
        names.append(name)
    return names
