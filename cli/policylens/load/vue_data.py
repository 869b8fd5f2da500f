"""The text a Vue page keeps in its script, read where the page shows it: `v-for` over `{title, content}` literals.

uni-app and Vue pages often write a policy as data: `const sections = [{ title: '1. 信息收集', content: ['…'] }]`
in `<script>`, rendered by `<view v-for="s in sections"><text class="section-title">{{ s.title }}</text>…`, or keep
it as HTML in a string shown with `v-html`.  The markup then holds only 「{{ s.title }}」.  When the data is plain
literals (strings, arrays and objects of them, template literals without `${}`), each slot of the template is
filled with its string, as the page renders it: the blocks keep the kind the template gives them (an `<h2>` is a
heading, a title class an emphasised line, an `<li>` an item) and the line and column of the string in the script.
Anything else leaves the page as written, and the HTML reader warns that its text comes from script
(`html._script_text_warning`): a value that is no literal (a call, an identifier, an import, a spread, an interpolated
template literal), a name defined twice or assigned again (`this.sections = res.data`), a loop over an empty literal, a
slot that is not a bare data path (`{{ count + 1 }}`, `{{ $t(s.title) }}`, `{{ s.content | trim }}`), text of its own
around a slot in a loop, and a `v-text` or `v-html` that is not a bare path.  Only a slot of symbols
(「{{ s.open ? '▼' : '▶' }}」) is left out as the decoration it is, and (u50a) a counter of the loop's own index alias
(「{{ idx + 1 }}」 for `(s, idx) in sections`, `_without_counters`).  Comments and strings of the script define no name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.load.lines import shifted_pieces, slice_pieces
from policylens.load.paired_literals import paired_text
from policylens.load.scripts import positions, read_literal, skip_blank
from policylens.model import Block, Piece
from policylens.patterns import SLOT, slot_only

# `v-for="(item, index) in items"`, `v-for="item of section.items"`
_V_FOR = lazy(
    r"\A\(?([A-Za-z_$][\w$]*)(?:[ \t]*,[ \t]*([A-Za-z_$][\w$]*))?(?:[ \t]*,[ \t]*[A-Za-z_$][\w$]*)?\)?\s+(?:in|of)\s+"
    r"([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)(\.split\([ \t]*+(?:'\\n'|\"\\n\")[ \t]*+\))?\Z"
)
# (u55j) a loop over a string's lines, `v-for="line in sec.content.split('\n')"`: the path bears this mark (`_lines`)
_LINES = "\0lines"
# (u50a) a slot showing a loop's counter: its index alias alone or plus a number, 「{{ idx + 1 }}」
_COUNTER_SLOT = lazy(r"^\s*([A-Za-z_$][\w$]*)\s*(?:\+\s*\d{1,3}\s*)?$")
# a slot's expression: a data path (`section.title`, `item`, `section['title']`, `section["title"]`)
# (u49k2) and an item of a tuple (`content[1]`, `s[0]`: eval/blind/round49 mileschen-zh-en-vue `{{ content[1] }}`)
_PATH = lazy(r"^\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\s*(?:'[\w$]+'|\"[\w$]+\"|\d{1,3})\s*\])*)\s*$")
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
_STRING = lazy(r"'([^'\\\n]*)'|\"([^\"\\\n]*)\"")
_WORD = lazy(r"[^\W_]")
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
_CHOICE = "\0choice"  # the name an implicit loop over a selection's entries is looked up by (`_choice_loops`)
_MAX_DEPTH = 12  # data nests a few levels; deeper is no policy text
_MAX_BLOCKS = 5_000
_MAX_RENDERS = 50_000  # loop items rendered (nested loops over large arrays multiply)
_MAX_HTML = 2_000_000  # characters of `v-html` strings read as HTML (each string once)
_MAX_NESTING = 8  # v-for inside v-for


class Mark:
    """A `v-for` element (its alias and source path, the blocks it rendered as written) or a `v-html` slot of the template.

    A binding that cannot be read (`v-text`, a `v-html` that is no bare path) has the path "".
    """

    __slots__ = ("alias", "at", "end", "index", "owner", "path")

    def __init__(self, at: int, owner: int, path: str, alias: str = "", index: str = "") -> None:
        self.at = self.end = at  # blocks[at:end] are the loop's as written (a `v-html` slot holds none)
        self.owner = owner  # the index of the loop around it in the marks, -1 at the top
        self.path, self.alias = path, alias  # a loop has an alias
        self.index = index  # (u50a) and maybe an index alias: 「(section, idx) in sections」


class Unknown:
    """A value that is not a plain literal (a call, a name, an interpolated template literal)."""


UNKNOWN = Unknown()
COUNTER = Unknown()  # (u50a) what a loop's index alias stands for: a number shown by a counter slot, not read
# a string value with its pieces (where each character is in the source)
Text = tuple[str, tuple[Piece, ...]]
Value = Text | list["Value"] | dict[str, "Value"] | Unknown | None


class Constant(tuple[str, tuple[Piece, ...]]):
    """(u48l) A number or `true`/`false` written bare, kept as its text as a string is: told apart from the string
    `"0"` or `"false"` (truthy in JS) by its type, so that a JSX guard over it is read as React reads it."""

    __slots__ = ()


# a slot that is a translation call on a literal key: 「{{ $t('privacy.title') }}」, 「{{ $tm('kungalgame.privacy') }}」,
# 「{{ t("a.b", { n: 1 }) }}」, 「{{ this.$i18n.t('k') }}」: the text is in the app's message files, the key is no text
_TRANSLATION_SLOT = lazy(
    r"""\A[ \t]*+(?:this\.)?(?:\$?i18n\.)?(?:\$(?:t|tc|te|tm|rt)|t|tc|tm|te|rt|translate)[ \t]*+\("""
    r"""[ \t]*+(['"`])[\w.:-]{1,120}+\1[ \t]*+(?:,[^()\n]{0,120}+)?\)[ \t]*+\Z"""
)


def translation_only(text: str) -> bool:
    """Whether a block is only translation calls on literal keys (`_TRANSLATION_SLOT`), with at most digits and
    punctuation around them (forty-fourth session, u44d2: `eval/pairs44c` kun-i18n, a title 「隐私政策」 that became
    「{{ $tm('kungalgame.privacy') }}」 was reported as a new paragraph of the policy)."""
    if not slot_only(text):
        return False
    return all(_TRANSLATION_SLOT.match(m.group(1)) for m in SLOT.finditer(text))


def parse_v_for(expression: str) -> tuple[str, str, str] | None:
    """(alias, source path, index alias or "") of a `v-for` expression, or None when it is not `item in path`."""
    m = _V_FOR.match(expression.strip())
    return (m.group(1), m.group(3) + (_LINES if m.group(4) else ""), m.group(2) or "") if m else None


def _lines(value: Value) -> Value:
    """(u55j, eval/profiles55p buyile-tw) The lines of a string a loop goes over, `sec.content.split('\\n')`, each
    with its own pieces (an empty line renders an empty element: nothing to read); anything else is no value."""
    if not isinstance(value, tuple) or isinstance(value, Constant):
        return UNKNOWN
    text, pieces = value
    out: list[Value] = []
    at = 0
    for line in text.split("\n"):
        out.append((line, slice_pieces(pieces, at, at + len(line))))
        at += len(line) + 1
    return out


def _without_counters(text: str, env: dict[str, Value]) -> str:
    """`text` less its counter slots, 「{{ idx + 1 }}」 where idx is a loop's index alias (u50a): the number a list shows
    beside each item's title (eval/structure50a jiaocai-vue: 「<text>{{ idx + 1 }}</text><text>{{ section.title }}</text>」
    made the whole page unread).  The number is not read (it has no place in the source); the title is."""

    def counter(m: re.Match[str]) -> str:
        name = _COUNTER_SLOT.match(m.group(1))
        return "" if name is not None and env.get(name.group(1)) is COUNTER else m.group(0)

    return SLOT.sub(counter, text) if env and "{{" in text else text


def slot_path(text: str) -> str | None:
    """The one data path a block of interpolations shows (「{{ s.title }} {{ s.open ? '▼' : '▶' }}」 → s.title).

    None when the block shows anything else: a slot that is neither a bare path nor symbols (「{{ i + 1 }}」,
    「{{ $t(s.title) }}」), a second path, or a word or number of its own around the slots (「第{{ n }}条」).
    """
    paths = []
    for m in SLOT.finditer(text):
        path = _PATH.match(m.group(1))
        if path is not None:
            paths.append(path.group(1))
        elif not _decoration(m.group(1)):
            return None
    if len(paths) != 1 or _WORD.search(SLOT.sub("", text)):
        return None
    return paths[0]


def _decoration(expression: str) -> bool:
    """A slot that shows only symbols: string literals with no word or digit (`s.open ? '▼' : '▶'`)."""
    strings = [a or b for a, b in _STRING.findall(expression)]
    return bool(strings) and not any(_WORD.search(t) for t in strings)


def _steps(path: str) -> list[str]:
    return [s.strip() for s in re.split(r"\.|\[\s*['\"]?|['\"]?\s*\]", path) if s.strip()]


def _walk(value: Value, steps: list[str]) -> Value:
    """The value at `steps` (field names, or an index into a list: `content[1]`) inside `value`."""
    for step in steps:
        # a field an object literal lacks is `undefined`: shown as nothing (「v-if="s.note"」 on the items that have one)
        if isinstance(value, list) and step.isdigit():
            value = value[int(step)] if int(step) < len(value) else None
        else:
            value = value.get(step) if isinstance(value, dict) else UNKNOWN
    return value


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
            if body.startswith(("+", "."), end):
                return UNKNOWN, self._skip_expression(end)  # 'a' + b, `…`.trim(): computed
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
        text, shift = "", 0
        pieces: list[Piece] = []
        for k, (part, part_pieces) in enumerate(parts):
            if k:
                text, shift = text + "\n", shift + 1  # (a line between two texts: each keeps its own blocks)
            pieces.extend(shifted_pieces(part_pieces, shift))
            text, shift = text + part, shift + len(part)
        end = self.skip(close + 1)
        return (text, tuple(pieces)), (end + 1 if self.body.startswith(")", end) else end)

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
        if not assignments:
            return None
        documents: list[tuple[int, Value]] = []
        for candidate in dict.fromkeys(names):
            where = self._definitions().get(candidate, [])
            if len(where) != 1 or candidate in self._assigned or candidate == name:
                return None
            value = self._resolved(candidate)
            if not isinstance(value, dict) or not value:
                return None
            documents.append((where[0], value))
        return [value for _, value in sorted(documents, key=lambda pair: pair[0])]

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


def _counter_only(text: str, written: str) -> bool:
    """(u50a) A block that showed only a loop's counter and its marks, 「{{ i + 1 }}.」: nothing of its own is left."""
    return text != written and SLOT.search(text) is None and _WORD.search(text) is None


def _only_decoration(text: str) -> bool:
    """Only slots of symbols (「{{ s.open ? '▼' : '▶' }}」), nothing else of its own."""
    slots = list(SLOT.finditer(text))
    return bool(slots) and all(_decoration(m.group(1)) for m in slots) and not _WORD.search(SLOT.sub("", text))


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
