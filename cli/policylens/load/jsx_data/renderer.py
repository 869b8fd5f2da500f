"""The markup of a `.map` callback rendered for each item of an array into blocks (`_Renderer`): each `{item.field}`
slot filled with its string, a block for each block element, nested maps followed; `_Unreadable` when the markup shows
anything else; a table of contents of the page's own headings is not read twice (`_table_of_contents`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from policylens.lazyre import lazy
from policylens.load.jsx import _element_end, _string_end, matching, rendered_tag
from policylens.load.jsx_data.guards import Guard, Unreadable, guard
from policylens.load.jsx_data.syntax import _ARROW, _MAX_BLOCKS, _MAX_NESTING, _NAME, _S
from policylens.load.jsx_editions import (
    KEYED_PATH,
    editions,
    first_chinese,
)
from policylens.load.lines import shifted_pieces
from policylens.load.vue_data import UNKNOWN, Text, Value
from policylens.model import Block, BlockKind, Piece
from policylens.patterns import BULLET_GLYPHS, HAN_CHAR

# a nested `.map` inside the callback's markup: `{section.items.map((item) => (<li>…`
_NESTED_MAP = lazy(rf"(?<![ \t\r\n]){_S}(?<![\w$.])({_NAME}(?:\.(?!map\(){_NAME})*+)\??{_ARROW}")  # (the path stops before `.map(`)
# (u51w2, eval/profiles51 church-bi) a nested `.map` whose callback destructures each item, a tuple: `{copy.sections.map(([title,
# text], index) => <section>…` (an edition's sections as `[title, text]` pairs)
_NESTED_TUPLE_MAP = lazy(
    rf"(?<![ \t\r\n]){_S}(?<![\w$.])({_NAME}(?:\.(?!map\(){_NAME})*+)\??\.map\({_S}\({_S}\[{_S}({_NAME}(?:{_S},{_S}{_NAME}){{0,7}}){_S},?{_S}\]"
    rf"(?:{_S},{_S}({_NAME}))?{_S}\){_S}=>{_S}\(?{_S}(?=<[A-Za-z])"
)
# the end of the callback and of the expression: `))}`, `)}`, `); })}`
_CLOSE_MAP = lazy(rf"(?<![ \t\r\n]){_S}\)?{_S}\)[ \t\r\n]*+\}}")
_CLOSE_BLOCK = lazy(rf"(?<![ \t\r\n]){_S}\)?{_S};?{_S}\}}{_S}\){_S}\}}")
_BOUND = lazy(rf"(?:const|let){_S}({_NAME}){_S}=")
_CLOSE_GUARD = lazy(rf"{_S}\)?{_S}\}}")
_PATH = lazy(r"(?<![ \t\r\n])[ \t\r\n]*+([A-Za-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+)*+)[ \t\r\n]*+")
_INDEX = lazy(r"(?<![ \t\r\n])[ \t\r\n]*+([A-Za-z_$][\w$]*+)[ \t\r\n]*+(?:[-+][ \t\r\n]*+\d{1,3}[ \t\r\n]*+)?")
_SPACE_LITERAL = lazy(r"""(?<![ \t\r\n])[ \t\r\n]*+(["'])[ \t]*+\1[ \t\r\n]*+""")
_COMMENT = lazy(r"(?<![ \t\r\n])[ \t\r\n]*+/\*(?:[^*]|\*(?!/))*+\*/[ \t\r\n]*+")
_STRING_CHILD = lazy(r"""(?<![ \t\r\n])[ \t\r\n]*+(["'])((?:(?!\1)[^\\\n])*+)\1[ \t\r\n]*+""")
# what goes with a number not read: 「{i + 1}. 」「第{i + 1}条」「({i + 1})」
_NUMBER_MARKS = lazy(r"[\s.、．:：)）(（第条章节]*+")
_TAG_NAME = lazy(r"</?([A-Za-z][\w.-]*+)")
_ATTRIBUTE = lazy(r"""(?<![\w:-])([\w:-]++)[ \t\r\n]*+=[ \t\r\n]*+(?:"([^"]*)"|'([^']*)'|\{[ \t]*+(\d{1,3})[ \t]*+\})""")
_INLINE = frozenset(
    {"span", "b", "strong", "em", "i", "u", "a", "small", "mark", "abbr", "code", "sup", "sub", "bdi", "q", "cite", "time"}
    | {"text", "label", "font"}
)
_WORD = lazy(r"[^\W_]")


_LINE = lazy(r"[^\s](?:[^\n]*[^\s])?")  # a line's text, its white space trimmed


_MAX_RENDERS = 50_000  # items rendered on one page (nested maps over large arrays multiply)
_TOC_SEARCH = (
    200_000_000  # characters searched for a table of contents (distinct titles × page length): a page past it is no table of contents
)


class _Unreadable(Unreadable):
    """The callback's markup shows something that is not a plain literal of the item: the page is left as it is."""


# (u44k2) a string literal in a child expression: `"返回"`, `'กลับ'`
# (u54k) `icon: <FileText className="w-5 h-5" />,`: a field of the page's data whose value is a self-closing element
_FIELD_COLON = lazy(r"(?<![\w$.])([A-Za-z_$][\w$]*+)[ \t]*+:[ \t\r\n]*+")


@lru_cache(maxsize=2)
def _field_uses(text: str) -> dict[str, list[int]]:
    """Where each `field:` of the page is given its value (after the colon), found in one scan of the page: each
    renderer asked the whole page again (u57j: a page of 200 arrays scanned it 200 times)."""
    uses: dict[str, list[int]] = {}
    for m in _FIELD_COLON.finditer(text):
        uses.setdefault(m.group(1), []).append(m.end())
    return uses


_SELF_CLOSING = lazy(r"<[A-Za-z][\w.]*+(?:[^<>/]|/(?!>))*+/>")
_CHILD_LITERAL = lazy(r"""(["'])((?:(?!\1)[^\\\n])*+)\1""")
_LABEL_MAX = 8  # characters of a control's label, `返回`, `Back`


def _short_labels(text: str, start: int, end: int) -> bool:
    """(u44k2, eval/precision44 ormfolk-terms-tsx: its terms in five locale blocks unread for a back link's label)
    Whether `text[start:end]` is a condition choosing among short string literals by language, `isZh ? "返回" :
    locale === "th" ? "กลับ" : "Back"`: a control's label, no text of the policy (no markup, every literal at most
    `_LABEL_MAX` characters, no Chinese outside them)."""
    if "?" not in text[start:end] or "<" in text[start:end]:
        return False
    literals = list(_CHILD_LITERAL.finditer(text, start, end))
    if not literals or any(len(m.group(2)) > _LABEL_MAX for m in literals):
        return False
    rest = _CHILD_LITERAL.sub("", text[start:end])
    return HAN_CHAR.search(rest) is None


def _table_of_contents(text: str, blocks: list[Block]) -> bool:
    """Whether every block the `.map` renders is written again elsewhere in the page: a table of contents whose titles
    are the page's own headings, read where they stand (as `jsx.mapped_data_warnings` says nothing of it): left as
    today, not read twice (eval/profiles33 adlo-tw: a `<nav>` of `sections.map(s => <li><a>{s.title}</a></li>)`)."""
    titles = {b.text for b in blocks}
    if len(titles) * len(text) > _TOC_SEARCH:
        return False  # (u34h: each title counted over the whole page: 4,000 of them on a 3 MB page took 80 s; read)
    return all(_twice(text, title) for title in titles)


def _twice(text: str, part: str) -> bool:
    """Whether `part` is written at least twice in `text` without overlapping (`text.count(part) >= 2`, stopping at the
    second)."""
    first = text.find(part)
    return first >= 0 and text.find(part, first + len(part)) >= 0


class _Renderer:
    """Renders a callback's markup for each item of an array into blocks (see module doc)."""

    def __init__(
        self,
        text: str,
        where: Callable[[int], tuple[int, int]],
        block_tags: frozenset[str] | set[str],
        renders: list[int],
        local: dict[str, str] | None = None,
    ) -> None:
        self.text = text
        self.local = local or {}  # the page's own components by the element they render (`load.jsx_local`)
        self.renders = renders  # items rendered on the page so far (shared by its maps: `_MAX_RENDERS`)
        self.block_tags = block_tags
        self.where = where
        self.blocks: list[Block] = []
        self.parts: list[Text] = []
        self.kinds: list[tuple[BlockKind, int | None]] = []  # the open block elements' kinds
        self.drop_marks = False  # the text after a number not read: its punctuation goes with it
        self.data_only = False  # (u43k2) an edition after the first: the markup's own text is not read again
        self.edition: str | None = None  # (u43k2) the language tag of the edition being rendered (`_read_editions`)
        self.constant: Callable[[str], Value] | None = None  # (u43k2) the page's constants, by name (`_read_editions`)
        self.constants: set[str] = set()  # (u43k2) the constants read through `constant`
        self.written_han = 0  # (u43k2) Chinese characters of the text written in the markup, read so far
        self.markup_fields: dict[str, bool] = {}  # (u54k) `_markup_field`'s answers, by field
        self.lenient = False  # (u43k2) a child that computes a value without markup or Chinese is skipped (a page's edition)
        self.printed: list[int] = []  # (u43k2) where such children stand (`jsx.blank_jsx`'s `printed`)
        self.native_depth = 0  # (u44k2) the React Native `<Text>` elements open (`_native_box`)
        self.shown: set[tuple[int, int, str]] | None = None  # (u47l) the blocks of the item being rendered (`flush`)
        # (u48l) a component's start tag and the names in scope → the blocks its props show (`jsx_data.typed_blocks`)
        self.props_hook: Callable[[str, dict[str, Value]], list[Block] | None] | None = None

    def loop(
        self, items: list[Value], alias: str, index: str | None, start: int, end: int, scope: dict[str, Value], depth: int
    ) -> list[Block]:
        """The blocks of the markup `text[start:end + 1]` rendered for each of `items` (named `alias`, its index `index`)."""
        if depth > _MAX_NESTING:
            raise _Unreadable
        for item in items:
            if item is UNKNOWN:
                raise _Unreadable
            inner = dict(scope)
            inner[alias] = item
            if index:
                inner[index] = UNKNOWN
            self.shown = set()
            self.element(start, end, inner, {index} if index else set(), depth)
            if len(self.blocks) > _MAX_BLOCKS:
                raise _Unreadable
        self.flush()
        return self.blocks

    def element(self, start: int, end: int, scope: dict[str, Value], indices: set[str], depth: int) -> None:
        """Render `text[start:end + 1]` (markup) with `scope`'s names."""
        self.renders[0] += 1
        if self.renders[0] > _MAX_RENDERS or depth > _MAX_NESTING or len(self.blocks) > _MAX_BLOCKS:
            raise _Unreadable
        text = self.text
        i = start
        while i <= end:
            c = text[i]
            if c == "<":
                tag_end = self._tag_end(i, end)
                self.tag(text[i : tag_end + 1])
                if self.props_hook is not None and (shown := self.props_hook(text[i : tag_end + 1], scope)):
                    self.flush()
                    self.blocks.extend(shown)
                i = tag_end + 1
            elif c == "{":
                close = matching(text, i, end)
                self.child(i, close, scope, indices, depth)
                i = close + 1
            else:
                j = i
                while j <= end and text[j] not in "<{":
                    j += 1
                self.written(i, j)
                i = j

    def _markup_field(self, field: str) -> bool:
        """(u54k, eval/precision54 qimeng-tw-jsx) Whether every `field:` of the page gives a self-closing element with no
        Chinese in it (`icon: <FileText className="…" />`): the item's icon, shown beside its text and holding none.  The
        page's `sections` (1,047 Chinese characters) was left unread, with a warning, because `{section.icon}` is no
        string.  Any `field:` with another value (a name, a call, an element with children or Chinese) leaves it so."""
        known = self.markup_fields.get(field)
        if known is None:
            uses = _field_uses(self.text).get(field, [])
            known = bool(uses) and all(
                (m := _SELF_CLOSING.match(self.text, i)) is not None and not HAN_CHAR.search(m.group(0)) for i in uses
            )
            self.markup_fields[field] = known
        return known

    def _tag_end(self, start: int, end: int) -> int:
        text = self.text
        i = start + 1
        while i <= end:
            if text[i] in "\"'":
                i = _string_end(text, i, end) + 1
                continue
            if text[i] == "{":
                i = matching(text, i, end) + 1
                continue
            if text[i] == ">":
                return i
            i += 1
        raise _Unreadable

    def tag(self, tag: str) -> None:
        """A start or end tag: a block element's boundaries cut the text into blocks."""
        if tag in ("<>", "</>"):
            return
        m = _TAG_NAME.match(tag)
        if m is None:
            raise _Unreadable
        name = m.group(1)
        if name[0].isupper():
            attrs: dict[str, str | None] = {a.group(1): a.group(2) or a.group(3) or a.group(4) for a in _ATTRIBUTE.finditer(tag)}
            element = self.local.get(name) or rendered_tag(name, attrs)
        else:
            element = name.lower()
        heading = element in ("h1", "h2", "h3", "h4", "h5", "h6")
        if element == "text" and "text" in self.block_tags:
            if not self._native_box(tag):
                return  # (u44k2) a React Native <Text> inside another runs inline; one laid out in a <View> is a box
        elif element in _INLINE or not (heading or element in self.block_tags or element == "br"):
            return  # inline, as the HTML reader reads an element it does not know
        if element == "br":
            self.space()
            return
        self.flush()
        closing = tag.startswith("</")
        if closing:
            if self.kinds:
                self.kinds.pop()
        elif not tag.endswith("/>"):
            if heading:
                self.kinds.append(("heading", int(element[1])))
            elif element == "li":
                self.kinds.append(("item", None))
            else:
                self.kinds.append(self.kinds[-1] if self.kinds else ("paragraph", None))

    def _native_box(self, tag: str) -> bool:
        """(u44k2) Whether a React Native screen's `<Text>` start or end tag opens or closes a box of its own: one not
        inside another `<Text>` (`load.html.extractor`'s `_native_box`; eval/precision44 aineed-rn-tsx: a section's
        `<Text>{section.title}</Text><Text>{section.content}</Text>` read as one paragraph, the title glued on)."""
        if tag.endswith("/>"):
            return False
        if tag.startswith("</"):
            self.native_depth = max(self.native_depth - 1, 0)
            return self.native_depth == 0
        self.native_depth += 1
        return self.native_depth == 1

    def child(self, start: int, close: int, scope: dict[str, Value], indices: set[str], depth: int) -> None:
        """A `{…}` child of the markup: a path of the item (its string), a nested `.map`, a number not read, a space."""
        text = self.text
        if _COMMENT.fullmatch(text, start + 1, close):
            return
        if _SPACE_LITERAL.fullmatch(text, start + 1, close):
            self.space()
            return
        index = _INDEX.fullmatch(text, start + 1, close)
        if index is not None and index.group(1) in indices:
            self._drop_number_marks()
            self.drop_marks = True
            return
        literal = _STRING_CHILD.fullmatch(text, start + 1, close)
        if literal is not None:
            if self.data_only:
                return
            line, column = self.where(literal.start(2))
            self.add((literal.group(2), (Piece(0, len(literal.group(2)), line, column),)))
            return
        keyed = KEYED_PATH.fullmatch(text, start + 1, close)
        if keyed is not None:
            self.keyed(keyed.group(1), scope, indices)
            return
        path = _PATH.fullmatch(text, start + 1, close)
        if path is not None:
            steps = path.group(1).split(".")
            try:
                value = self.named(steps[0], scope, indices)
            except _Unreadable:
                if not self.lenient or steps[0] in indices:
                    raise
                self.printed.append(start)  # (u43k2) a value of the code (`{email}`, a prop, a state): shown, not read
                return
            for step in steps[1:]:
                value = value.get(step, None) if isinstance(value, dict) else UNKNOWN
            if value is None:
                return  # a field the item lacks: `undefined`, shown as nothing
            if value is UNKNOWN and len(steps) > 1 and self._markup_field(steps[-1]):
                return  # (u54k) an icon element of the item (`{section.icon}`): shown, holds no text
            if isinstance(value, dict) and editions(value) is not None:
                self.editions(value)  # (u43k2) the text in each language, `T('Privacy Policy', '私隱政策')`
                return
            if not isinstance(value, tuple):
                raise _Unreadable
            self.add(value)
            return
        shown = guard(text, start + 1, close)
        if shown is not None:
            self._guarded(shown, close, scope, indices, depth)
            return
        tuples = _NESTED_TUPLE_MAP.match(text, start + 1, close)
        if tuples is not None:
            self._tuple_map(tuples.group(1), tuples.group(2), tuples.group(3), tuples.end(), close, scope, indices, depth)
            return
        nested = _NESTED_MAP.match(text, start + 1, close)
        if nested is not None:
            steps = nested.group(1).split(".")
            value = self.named(steps[0], scope, set())
            for step in steps[1:]:
                value = value.get(step, None) if isinstance(value, dict) else UNKNOWN
            lt = nested.end()
            end = _element_end(text, lt, close - 1)
            if value is None and "?.map" in text[nested.start() : lt]:
                return  # `section.items?.map(…)` on an item without them: nothing
            closing = _CLOSE_BLOCK if nested.group(5) else _CLOSE_MAP
            if not isinstance(value, list) or closing.fullmatch(text, end + 1, close + 1) is None:
                raise _Unreadable
            alias, inner_index = nested.group(2) or nested.group(4), nested.group(3)
            scope = scope | {b.group(1): UNKNOWN for b in _BOUND.finditer(text, nested.start(), lt)}
            self.flush()
            for item in value:
                if item is UNKNOWN:
                    raise _Unreadable
                inner = dict(scope)
                inner[alias] = item
                self.element(lt, end, inner, indices | ({inner_index} if inner_index else set()), depth + 1)
            self.flush()
            return
        if self.lenient and "<" not in text[start:close] and not HAN_CHAR.search(text, start, close):
            self.printed.append(start)  # (u43k2) a value the code computes (`{formatDate(x)}`): shown there, not read
            return
        if self.lenient and _short_labels(text, start + 1, close):
            self.printed.append(start)  # (u44k2) a control's label by language, `{isZh ? "返回" : "Back"}`: the page's chrome
            return
        raise _Unreadable

    def _tuple_map(
        self, path: str, names: str, index: str | None, lt: int, close: int, scope: dict[str, Value], indices: set[str], depth: int
    ) -> None:
        """(u51w2) `{copy.sections.map(([title, text], index) => <…>)}`: the markup rendered for each tuple of the array at
        `path`, each name bound to its place (as `load.jsx_data.reader._read_tuples` does for a named array).  Unreadable
        when the path holds no array of tuples as long as the names, or the callback does not close the expression."""
        text = self.text
        steps = path.split(".")
        value = self.named(steps[0], scope, set())
        for step in steps[1:]:
            value = value.get(step, None) if isinstance(value, dict) else UNKNOWN
        fields = [f.strip() for f in names.split(",")]
        end = _element_end(text, lt, close - 1)
        if (
            not isinstance(value, list)
            or not all(isinstance(item, list) and len(item) >= len(fields) for item in value)
            or _CLOSE_MAP.fullmatch(text, end + 1, close + 1) is None
        ):
            raise _Unreadable
        self.flush()
        for item in value:
            assert isinstance(item, list)
            inner = dict(scope) | dict(zip(fields, item, strict=False))
            if index:
                inner[index] = UNKNOWN
            self.element(lt, end, inner, indices | ({index} if index else set()), depth + 1)
        self.flush()

    def _guarded(self, shown: Guard, close: int, scope: dict[str, Value], indices: set[str], depth: int) -> None:
        """(u46k2, u47l) `{section.items.length > 0 && (<ol>…</ol>)}`, `{section.type === 'list' && section.items &&
        (<ul>…</ul>)}`: the element when every test holds on the item (`load.jsx_data.guards`), nothing otherwise.
        Anything else is unreadable."""
        text = self.text
        lt = shown.start
        end = _element_end(text, lt, close - 1)
        if _CLOSE_GUARD.fullmatch(text, end + 1, close + 1) is None or shown.paren != (")" in text[end + 1 : close]):
            raise _Unreadable

        def value_of(steps: list[str]) -> Value:
            value = self.named(steps[0], scope, indices)
            for step in steps[1:]:
                value = value.get(step, None) if isinstance(value, dict) else UNKNOWN
            return value

        try:
            holds = all(term.holds(value_of) for term in shown.terms)
        except Unreadable:
            raise _Unreadable from None
        if not holds:
            return  # an empty field, a type not this part's: the page shows nothing
        self.flush()
        self.element(lt, end, scope, indices, depth + 1)
        self.flush()

    def named(self, name: str, scope: dict[str, Value], indices: set[str]) -> Value:
        """The value of a name of the markup: the item's, or (in a page read for each edition) the page's constant."""
        if name in indices:
            raise _Unreadable
        if name in scope:
            return scope[name]
        value = self.constant(name) if self.constant is not None else UNKNOWN
        if value is UNKNOWN:
            raise _Unreadable
        self.constants.add(name)
        return value

    def keyed(self, path: str, scope: dict[str, Value], indices: set[str]) -> None:
        """(u43k2) A field of the item keyed by language shown in the page's language, `{sec.body[lang]}`: each edition
        its own paragraph, in a heading its first Chinese edition (`load.jsx_editions`)."""
        steps = path.split(".")
        value = self.named(steps[0], scope, indices)
        for step in steps[1:]:
            value = value.get(step, None) if isinstance(value, dict) else UNKNOWN
        self.editions(value)

    def editions(self, value: Value) -> None:
        """A value keyed by language: each edition its own paragraph, in a heading its first Chinese edition, in one
        edition of the page that edition's (`load.jsx_editions`)."""
        keyed = editions(value)
        if keyed is None:
            raise _Unreadable
        if self.edition is not None and any(tag == self.edition for tag, _ in keyed):
            keyed = [(tag, v) for tag, v in keyed if tag == self.edition]  # (inside one edition of the page: its own)
        elif self.kinds and self.kinds[-1][0] == "heading":
            keyed = [("zh", first_chinese(keyed))]
        for k, (_, edition) in enumerate(keyed):
            if not isinstance(edition, tuple):
                raise _Unreadable
            if k:
                self.flush()
            self.add(edition)

    def written(self, start: int, end: int) -> None:
        """Text written in the markup between tags: JSX drops the white space of a line break."""
        if self.data_only:
            return
        chunk = self.text[start:end]
        self.written_han += len(HAN_CHAR.findall(chunk))
        if self.drop_marks:
            marks = _NUMBER_MARKS.match(chunk)
            start += marks.end()  # type: ignore[union-attr]
            chunk = chunk[marks.end() :]  # type: ignore[union-attr]
            self.drop_marks = False
        if "\n" not in chunk:
            if chunk.strip():
                line, column = self.where(start)
                self.add((chunk, (Piece(0, len(chunk), line, column),)))
            elif chunk:
                self.space()
            return
        seen = False
        for m in _LINE.finditer(chunk):  # a line break's white space goes, the lines' text is joined by a space
            line, column = self.where(start + m.start())
            # (u54x) as JSX joins them: a space between two lines of the text, and before its first line only when
            # blanks open it on the line of the tag before (「</b>⏎：姓名」 is 「會員註冊：姓名」, no space)
            if self.parts and (seen or (m.start() > 0 and "\n" not in chunk[: m.start()])):
                self.space()
            self.add((m.group(), (Piece(0, len(m.group()), line, column),)))
            seen = True

    def _drop_number_marks(self) -> None:
        """The text just before a number not read that goes with it: 「第」, 「(」."""
        while self.parts:
            last, pieces = self.parts[-1]
            kept = last.rstrip("第(（ \t")
            if kept == last:
                return
            if kept:
                self.parts[-1] = (kept, pieces)
                return
            self.parts.pop()

    def space(self) -> None:
        if self.parts and not self.parts[-1][0].endswith(" "):
            self.parts.append((" ", ()))

    def add(self, value: Text) -> None:
        if value[0]:
            self.parts.append(value)
            self.drop_marks = False

    def flush(self) -> None:
        """The text gathered since the last block boundary as a block (of the innermost block element's kind)."""
        parts, self.parts = self.parts, []
        self.drop_marks = False
        while parts and not parts[0][0].strip():
            parts.pop(0)
        while parts and not parts[-1][0].strip():
            parts.pop()
        if len(parts) > 1 and parts[0][0].strip() in BULLET_GLYPHS and any(_WORD.search(value) for value, _ in parts[1:]):
            # (u47l) a bullet the callback writes before each item (「<span>•</span>{item}」, eval/profiles47c axiso-zh):
            # the page's ornament, on the callback's line; a rule citing the item cited that line, not the item's
            parts.pop(0)
            while parts and not parts[0][0].strip():
                parts.pop(0)
        if not parts:
            return
        text = ""
        pieces: list[Piece] = []
        for value, value_pieces in parts:
            pieces.extend(shifted_pieces(value_pieces, len(text)))
            text += value
        if not pieces:
            return
        kind, level = self.kinds[-1] if self.kinds else ("paragraph", None)
        # where the block's text starts: its first word, not a bullet written in the markup (「<span>·</span>{item}」,
        # the same line for every item) but the string's own line
        first = next((p for p in pieces if _WORD.search(text, p.offset, p.offset + p.length)), pieces[0])
        if self.shown is not None:
            # (u47l) an item's field the callback shows twice (eval/profiles47c axiso-zh: a contact section's items
            # and note under `section.items && …` and again in its `section.contact && …` box): read once
            word = _WORD.search(text)
            key = (first.line, first.column, text[word.start() :] if word else text)
            if key in self.shown:
                return
            self.shown.add(key)
        last = max(p.line for p in pieces)
        self.blocks.append(Block(kind, text, first.line, first.column, last, tuple(pieces), level=level))
