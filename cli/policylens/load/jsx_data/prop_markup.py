"""(u53x) A component given its sections as an inline array whose bodies are markup: `<LegalPage sections={[{ heading:
'Who we are', body: (<p>…</p>) }, …]} />`, read where the array stands (`read_markup_sections`).

Fifty-third session (u53x, eval/profiles52b elevate-en).  A page that hands its whole text to a layout component it
imports, each section an object whose `body` is JSX (`(<p>…</p>)`, a fragment of `<p>`s, a `<ul>` of `<li>`s), was
read as empty: the prop's expression is code (`load.jsx`), and `load.jsx_data.props._inline_arrays` reads only arrays
of literals (a field of markup is "what the component shows is not told" there), so every paragraph was dropped without
a word, and each disclosure the profile asks for was reported missing.

What is read, in the order written, at each string's and each element's own line and column:

- each object's title field (`title`, `heading`, `name`, `h`: a plain string, title-shaped) a heading of level 2 (as a
  constant of sections passed to a component is read, `_read_props`): the body beside it is laid out in block
  elements, so the short line over it is the section's title;
- each body field (`content`, `body`, `text`, `description`…): a string a paragraph, an array of strings paragraphs
  or items (`items`, `points`, `list`), and markup rendered as the page renders it (`_Renderer`: a block for each block
  element, `<li>` an item, inline elements run into their sentence; a value the code prints, `{site.email}`, recorded
  as printed, not read);
- ids, keys, routes, icons, and any other field, never read.

Only when one body at least is markup (an array of literals alone is `_inline_arrays`'s), the array is an array of
objects, and what is read holds a sentence.  Anything else in a title or body field (a call, a name, a condition) leaves
the array unread, and said so when its markup holds text: `line N: the page passes <Tag> an array of sections written as
markup (…): that text is not read`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.load.jsx import (
    _INTERPOLATED_LITERAL,
    _MAPPED_TEXT_MIN,
    _PLAIN_LITERAL,
    TAG,
    _element_end,
    _string_end,
    imported_slots,
    matching,
)
from policylens.load.jsx_data.mapped_data import MappedData
from policylens.load.jsx_data.props import _CODE_PROPS, _COMPONENT_TAG, _PROP_ARRAY
from policylens.load.jsx_data.props import _NOT_SHOWN_ARRAY as _NOT_SHOWN
from policylens.load.jsx_data.renderer import _Renderer, _table_of_contents, _Unreadable
from policylens.load.jsx_data.sections import _BODY_FIELDS, _LATIN_WORD, _LIST_FIELDS, _TITLE_FIELDS, _block, _prose
from policylens.load.jsx_data.syntax import _MAX_BLOCKS, _NAME, _S
from policylens.load.jsx_local import declared_at
from policylens.load.scripts import skip_blank
from policylens.load.vue_data import Text, _Script
from policylens.model import Block, Piece
from policylens.patterns import HAN_CHAR, SENTENCE_MARKS

_KEY = lazy(rf"(?<![\w$])(?:({_NAME})|\"([\w$-]{{1,40}}+)\"|'([\w$-]{{1,40}}+)'){_S}:")
_TITLE_END = lazy(rf"[{SENTENCE_MARKS}]\s*+$")  # a title has no sentence's end (「Who we are」, not a sentence)
_MAX_ARRAYS = 200  # inline prop arrays looked at on one page
_TAG_SPAN = 200_000  # characters between a component's `<` and its prop looked through
_TAG_STOP = lazy(r"[\"'{>]")  # what `_owner` reads in a start tag: a string's quote, an expression's brace, the tag's end


class _NotSections(Exception):
    """The array is not an array of objects of literal titles and literal or markup bodies: left as it is."""


def read_markup_sections(
    text: str,
    found: MappedData,
    script: _Script,
    where: Callable[[int], tuple[int, int]],
    renderer: Callable[[], _Renderer],
) -> None:
    """Each inline prop array of a component whose objects' bodies are markup, rendered into blocks inserted where the
    array stands (see module doc); a warning for one that holds text and could not be read."""
    tags = [m.start() for m in _COMPONENT_TAG.finditer(text)]
    if "={[" in text.replace(" ", "").replace("\n", ""):
        _read_inline(text, found, script, where, renderer, tags)
    _read_listed_constants(text, found, script, where, renderer, tags)
    _title_data_pages(text, found, where, tags)
    found.inserts.sort(key=lambda insert: insert[0])


def _title_data_pages(text: str, found: MappedData, where: Callable[[int], tuple[int, int]], tags: list[int]) -> None:
    """(u54x) A page component whose sections another reader read where it stands (`props._read_props`) titled (`page_title`)."""
    starts, titled = set(tags), {at for at, blocks in found.inserts if any(b.kind == "heading" and b.level == 1 for b in blocks)}
    for k, (at, blocks) in enumerate(found.inserts):  # (data with its own title, `{ title, sections }`: titled once)
        if at in starts and at not in titled and blocks and (title := page_title(text, at, where)) is not None:
            found.inserts[k] = (at, [title, *blocks])
            titled.add(at)


def _read_inline(
    text: str,
    found: MappedData,
    script: _Script,
    where: Callable[[int], tuple[int, int]],
    renderer: Callable[[], _Renderer],
    tags: list[int],
) -> None:
    """The inline prop arrays of `read_markup_sections` (`sections={[…]}`, `items={[<>…</>, …]}`)."""
    owners: set[int] = set()  # the components whose sections were read (their other text props read once)
    for k, m in enumerate(_PROP_ARRAY.finditer(text)):
        if k >= _MAX_ARRAYS:
            break
        bracket = m.end()  # (`sections={[`: the prop's name, then its `[`)
        if any(a <= bracket < b for a, b in found.spans) or _CODE_PROPS.fullmatch(m.group(1)):
            continue
        owner = _owner(text, tags, m.start())
        if owner is None or _NOT_SHOWN.search(owner[1]):
            continue
        try:
            printed: list[int] = []
            first = skip_blank(text, bracket + 1)
            local_list = _listed(text, owner[1], m.group(1), local=True)
            if _element_at(text, first) is not None or (
                local_list and text[first : first + 1] in ("'", '"', "`") and all(at != owner[0] for at, _ in found.inserts)
            ):
                blocks, end, markup = _elements(text, script, bracket, renderer, printed, _listed(text, owner[1], m.group(1)))
            else:
                blocks, end, markup = _array(text, script, bracket, renderer, printed)
        except _NotSections as unread:
            if (unread.args and unread.args[0]) or _markup_text_ahead(text, bracket):
                line = where(m.start())[0]
                first = skip_blank(text, bracket + 1)
                kind = "sections written as markup" if text[first : first + 1] in "{]" else "elements"
                found.warnings.append(
                    f"line {line}: the page passes <{owner[1]}> an array of {kind} ({m.group(1)}=): that text is not read"
                )
            continue
        held = _holds_text(blocks) or (local_list and any(len(HAN_CHAR.findall(b.text)) >= _LISTED_MIN for b in blocks))
        if not markup or not blocks or not held or _table_of_contents(text, blocks):
            continue
        _take(found, bracket, blocks, bracket, end, printed)  # (the `[` kept: `load.jsx_props` reads the tag's other text props)
        if owner[0] not in owners:
            owners.add(owner[0])
            title = page_title(text, owner[0], where)
            if title is not None:
                found.inserts.append((owner[0], [title]))
            for at, intro in _intro_props(text, owner[0], where, found.printed):
                found.inserts.append((at, [intro]))


# `items={RIGHTS}`: a prop given a bare name; `const RIGHTS = [` / `const RIGHTS: ReactNode[] = [`: an array declared
_NAMED_PROP = lazy(rf"(?<![\w$.:-])({_NAME}){_S}={_S}\{{{_S}({_NAME}){_S}\}}")
_ARRAY_DECLARED = lazy(rf"(?<![\w$.])(?:const|let|var)[ \t]++({_NAME})(?:[ \t]*+:[^=;\r\n]{{1,200}}+)?{_S}={_S}(?=\[)")


def _read_listed_constants(
    text: str,
    found: MappedData,
    script: _Script,
    where: Callable[[int], tuple[int, int]],
    renderer: Callable[[], _Renderer],
    tags: list[int],
) -> None:
    """(u54x) An array of strings or elements the page declares, 「const RIGHTS = ['查詢或請求閱覽…', <>…</>]」, given to a
    component of the page that lists it (`_listed`, 「<UL items={RIGHTS} />」): its items read at their own lines, where
    the component stands, and the array's markup not read again where it is declared.  Before, a list component used
    twice was given two arrays and read neither (`props._prop_source` takes one source), and an element of the array was
    read as a stray paragraph at the top of the page.  Only a name declared once, written nowhere but there and in that
    prop, and no array another reader read; an entry that is code leaves it unread, and said so when it holds text."""
    if "={" not in text or "[" not in text:
        return
    declared: dict[str, list[int]] = {}
    for k, d in enumerate(_ARRAY_DECLARED.finditer(text)):
        if k >= _MAX_ARRAYS:
            break
        declared.setdefault(d.group(1), []).append(d.end())
    if not declared:
        return
    for k, m in enumerate(_NAMED_PROP.finditer(text)):
        if k >= _MAX_ARRAYS:
            break
        name = m.group(2)
        at = declared.get(name, [])
        if len(at) != 1 or name in found.names or name in found.unread or any(a <= at[0] < b for a, b in found.spans):
            continue
        owner = _owner(text, tags, m.start())
        if owner is None or not _listed(text, owner[1], m.group(1), local=True):
            continue
        if _uses(text, name) != 2:
            continue  # (the name used elsewhere too: mapped by the page, handed to two components…)
        bracket = at[0]
        try:
            printed: list[int] = []
            blocks, end, _ = _elements(text, script, bracket, renderer, printed, True)
        except _NotSections:
            if _markup_text_ahead(text, bracket):
                found.warnings.append(
                    f"line {where(m.start())[0]}: the page passes <{owner[1]}> an array of elements ({m.group(1)}={{{name}}}): "
                    "that text is not read"
                )
            continue
        if not blocks or not any(len(HAN_CHAR.findall(b.text)) >= _LISTED_MIN for b in blocks) or _table_of_contents(text, blocks):
            continue
        _take(found, owner[0], blocks, bracket, end, printed)
        found.names.add(name)


def _take(found: MappedData, at: int, blocks: list[Block], bracket: int, end: int, printed: list[int]) -> None:
    """Record an array read: its blocks shown at `at`, its text `[bracket + 1:end]` not read again, its printed slots."""
    found.inserts.append((at, blocks))
    found.spans.append((bracket + 1, end))
    found.printed.extend(printed)


def _uses(text: str, name: str) -> int:
    """How many times `name` is written in `text` as a whole name (not a field, `x.name`, nor part of a longer name)."""
    count, i = 0, text.find(name)
    while i >= 0:
        before, after = text[i - 1 : i], text[i + len(name) : i + len(name) + 1]
        if not (before and (before.isalnum() or before in "_$.")) and not (after and (after.isalnum() or after in "_$")):
            count += 1
        i = text.find(name, i + len(name))
    return count


# an attribute of a start tag: its name, then `=` and its value (or none)
_ATTRIBUTE_NAME = lazy(rf"({_NAME}(?:[:.-][\w$]++)*+){_S}(=?)")
_SLOT = lazy(r"\$\{[^{}`]{0,200}\}")


def _attributes(text: str, start: int) -> tuple[list[tuple[str, tuple[int, int], bool, int, int]], bool]:
    """The attributes of the start tag at `start`, each (name, the span of its literal value or (0, 0), written in
    braces?, where its value starts, where it ends), and whether the tag closes itself (`/>`)."""
    found: list[tuple[str, tuple[int, int], bool, int, int]] = []
    name = _COMPONENT_TAG.match(text, start)
    i = name.end() if name else start + 1
    while i < len(text):
        i = skip_blank(text, i)
        if text.startswith(("/>", ">"), i) or i >= len(text):
            return found, text.startswith("/>", i)
        attribute = _ATTRIBUTE_NAME.match(text, i)
        if attribute is None:
            return found, False
        i = skip_blank(text, attribute.end())
        if not attribute.group(2):
            continue
        c = text[i : i + 1]
        if c in "\"'":
            close = _string_end(text, i, len(text))
            body = (i + 1, close)
        elif c == "{":
            close = matching(text, i, len(text) - 1)
            inner = skip_blank(text, i + 1)
            last = close - 1
            while last > inner and text[last].isspace():
                last -= 1
            quote = text[inner : inner + 1]
            body = (inner + 1, last) if quote in ("`", "'", '"') and text[last] == quote and last > inner else (0, 0)
        else:
            return found, False
        found.append((attribute.group(1), body, c == "{", i, close))
        i = close + 1
    return found, False


def _intro_props(text: str, start: int, where: Callable[[int], tuple[int, int]], printed: list[int]) -> list[tuple[int, Block]]:
    """The text props (`intro`, `description`, `summary`…: `load.jsx_props.body_prop`) of the start tag at `start`
    whose value is written in another language than Chinese (a plain string, or a template literal whose `${…}` slots
    the page prints: recorded in `printed`, not read), each a paragraph at its own place: the component that shows the
    sections shows them too.  A value holding Chinese is the HTML reader's (`load.jsx_props`), not read again here,
    unless `load.jsx` leaves it code (`_attribute_read`: a template literal holding a double quote)."""
    from policylens.load.jsx_props import body_prop

    found: list[tuple[int, Block]] = []
    for name, body, braced, brace, close in _attributes(text, start)[0]:
        if body == (0, 0) or not body_prop(name):
            continue
        if "\\" in text[body[0] : body[1]] or (text[body[0] - 1] != "`" and "${" in text[body[0] : body[1]]):
            continue
        han = HAN_CHAR.search(text, *body) is not None
        if han and (not braced or _attribute_read(text, brace, close)):
            continue  # (the HTML reader's: `load.jsx_props`)
        block = _written(text, body[0], body[1], where, printed)
        if block is not None and (han or (len(_LATIN_WORD.findall(block.text)) >= 3 and block.text.rstrip()[-1:] in ".;:!?)")):
            found.append((body[0], block))
    return found


_PAGE_COMPONENT = lazy(r"(?:Legal|Policy|Privacy|Terms|Doc|Document|Agreement)|(?:Page|Layout|Document)(?![a-z])")
_H1 = lazy(r"<h1(?![\w-])")


def page_title(text: str, start: int, where: Callable[[int], tuple[int, int]]) -> Block | None:
    """(u54x, eval/profiles52b elevate-en, round35b linguaflow) The title a self-closed page component given its sections
    as data shows over them (「<LegalPage title="Privacy Policy" sections={[…]} />」): a level-1 heading at its line; None
    when the tag has children, the page has its own `<h1>` (the prop is then the tab's), the component names neither a
    page nor a legal text, or the value is no title.  Evidence: docs/evaluation.md, u54x row (31 such components)."""
    tag = _COMPONENT_TAG.match(text, start)
    if tag is None or _PAGE_COMPONENT.search(tag.group(1)) is None or _H1.search(text) is not None:
        return None
    if declared_at(text, tag.group(1)) >= 0:
        return None  # (the page's own component: its definition tells where its title goes, `load.jsx_local`)
    attributes, closed = _attributes(text, start)
    for name, body, _, _, _ in attributes:
        if name != "title" or not closed or body == (0, 0) or text[body[0] - 1] == "`":
            continue
        value = text[body[0] : body[1]]
        if not value.strip() or "\n" in value or "\\" in value or len(value) > 80 or _TITLE_END.search(value):
            return None
        block = _written(text, body[0], body[1], where, [])
        return None if block is None else block._replace(kind="heading", level=1)
    return None


def _attribute_read(text: str, brace: int, close: int) -> bool:
    """Whether `load.jsx` writes the attribute expression `text[brace:close + 1]` as a quoted value the HTML reader reads
    (`_literal_attribute`: a plain literal; `_interpolated_attribute`: a template literal whose slots name imported values).
    A template literal holding a double quote (「`本政策说明"我们"如何…`」) is neither, and was dropped without a word."""
    if _PLAIN_LITERAL.fullmatch(text, brace + 1, close) is not None:
        return True
    slotted = _INTERPOLATED_LITERAL.fullmatch(text, brace + 1, close)
    return slotted is not None and "${" in slotted.group(1) and bool(imported_slots(text, slotted.group(1)))


def _written(text: str, start: int, end: int, where: Callable[[int], tuple[int, int]], printed: list[int]) -> Block | None:
    """The paragraph of the literal body `text[start:end]`, each `${…}` slot left out (its place in `printed`), one piece a
    run of one line; None when it is empty."""
    runs: list[tuple[int, int]] = []
    at = start
    for slot in _SLOT.finditer(text, start, end):
        runs.append((at, slot.start()))
        printed.append(slot.start())
        at = slot.end()
    runs.append((at, end))
    value = ""
    pieces: list[Piece] = []
    for a, b in runs:
        while a < b:
            stop = text.find("\n", a, b)
            stop = b if stop < 0 else stop
            if stop > a:
                line, column = where(a)
                pieces.append(Piece(len(value), stop - a, line, column))
                value += text[a:stop]
            if stop < b:
                value += " "
            a = stop + 1
    if not value.strip() or not pieces:
        return None
    return _block("paragraph", (value, tuple(pieces)), None)


def _owner(text: str, tags: list[int], at: int) -> tuple[int, str] | None:
    """(where, name) of the component whose start tag holds the prop at `at`: the last component tag before it, when
    no `>` closes that tag outside a `{…}` before the prop (the prop is its attribute, not a child's text)."""
    k = bisect_left(tags, at)  # (`tags` in the order written: the last one before `at`)
    if k == 0 or at - tags[k - 1] > _TAG_SPAN:
        return None
    start = tags[k - 1]
    i = start + 1
    while (stop := _TAG_STOP.search(text, i, at)) is not None:  # (u53r2) the next quote, brace or `>`: plain runs skipped at once
        i = stop.start()
        c = text[i]
        if c in "\"'":
            i = _string_end(text, i, at) + 1
            continue
        if c == "{":
            close = matching(text, i, at)
            if close >= at:
                return None  # (the prop is inside an expression of the tag, not its attribute)
            i = close + 1
            continue
        return None  # (a `>`: the tag closed before the prop)
    name = _COMPONENT_TAG.match(text, start)
    return (start, name.group(1)) if name else None


def _array(
    text: str, script: _Script, bracket: int, renderer: Callable[[], _Renderer], printed: list[int]
) -> tuple[list[Block], int, bool]:
    """The blocks of the array opened at `bracket`, where it ends (its `]`), and whether a body was markup; where its
    markup prints a value of the code into `printed`."""
    blocks: list[Block] = []
    markup = False
    i = skip_blank(text, bracket + 1)
    while True:
        if i >= len(text):
            raise _NotSections(markup)
        c = text[i]
        if c == "]":
            return blocks, i, markup
        if c != "{":
            raise _NotSections(markup)
        i, wrote = _object(text, script, i, blocks, renderer, printed)
        markup = markup or wrote
        if len(blocks) > _MAX_BLOCKS:
            raise _NotSections(markup)  # (u53h: a page of 2,600 sections was dropped without a word)
        i = skip_blank(text, i)
        if text[i : i + 1] == ",":
            i = skip_blank(text, i + 1)


def _elements(
    text: str, script: _Script, bracket: int, renderer: Callable[[], _Renderer], printed: list[int], listed: bool
) -> tuple[list[Block], int, bool]:
    """(u54x, eval/precision37 redcode-privacy-hk-tsx) The blocks of an array of elements opened at `bracket`,
    「items={[<><b>會員註冊</b>：姓名…</>, (<p>…</p>), …]}」, each element rendered as the page renders it (`_Renderer`), at
    its own lines; an element that renders as one run of text an item when the component lists the array (`listed`),
    a paragraph otherwise.  `_NotSections` (left unread, and said so) when an entry is anything but an element."""
    blocks: list[Block] = []
    i = skip_blank(text, bracket + 1)
    while True:
        if i >= len(text):
            raise _NotSections(True)
        if text[i] == "]":
            return blocks, i, True
        if text[i] in ("'", '"', "`"):
            value, i = script.read(i, 0)
            if not isinstance(value, tuple) or not _prose(value[0], title=True):
                raise _NotSections(True)
            if value[0].strip():
                blocks.append(_block("item" if listed else "paragraph", value, None))
            i = skip_blank(text, i)
            if text[i : i + 1] == ",":
                i = skip_blank(text, i + 1)
            elif text[i : i + 1] != "]":
                raise _NotSections(True)
            continue
        element = _element_at(text, i)
        if element is None:
            raise _NotSections(True)
        shown, i = _rendered(text, element, renderer, printed)
        if listed and len(shown) == 1 and shown[0].kind == "paragraph":
            shown = [shown[0]._replace(kind="item")]
        blocks.extend(shown)
        if len(blocks) > _MAX_BLOCKS:
            raise _NotSections(True)
        if text[i : i + 1] == ",":
            i = skip_blank(text, i + 1)
        elif text[i : i + 1] != "]":
            raise _NotSections(True)


def _rendered(text: str, element: tuple[int, bool], renderer: Callable[[], _Renderer], printed: list[int]) -> tuple[list[Block], int]:
    """The blocks of the element `element` (its `<`, and whether round brackets hold it) as the page renders it, trimmed,
    and where the code goes on after it (past its `)`); where its markup prints a value of the code into `printed`.
    `_NotSections` when it does not end or cannot be rendered (one body of `_object` and one entry of `_elements`)."""
    lt, paren = element
    end = _element_end(text, lt, len(text) - 1)
    if end >= len(text) - 1:
        raise _NotSections(True)
    i = skip_blank(text, end + 1)
    if paren:
        if text[i : i + 1] != ")":
            raise _NotSections(True)
        i = skip_blank(text, i + 1)
    rendering = renderer()
    rendering.lenient = True
    try:
        rendering.element(lt, end, {}, set(), 0)
        rendering.flush()
    except _Unreadable:
        raise _NotSections(True) from None
    printed.extend(rendering.printed)
    return [_trimmed(b) for b in rendering.blocks], i


_LISTED_MIN = 12  # Chinese characters of one item that make a local list component's array the page's text (no menu)
_BODY_SPAN = 3_000  # characters of a local component's definition looked through for the list it makes of a prop


def _listed(text: str, component: str, prop: str, *, local: bool = False) -> bool:
    """Whether the array given as `prop` is shown as a list: the prop is a list's (`items`, `points`…; not with
    `local`), or `component` is declared in the file and maps the prop into `<li>`s (「function UL({ items }) { …
    {items.map((it, i) => (<li key={i}>{it}</li>))} … }」)."""
    if prop in _LIST_FIELDS and not local:
        return True
    at = declared_at(text, component)
    if at < 0:
        return False
    body = text[at : at + _BODY_SPAN]
    mapped = body.find(prop + ".map(")
    if mapped < 0:
        mapped = body.find(prop + "?.map(")
    return mapped >= 0 and "<li" in body[mapped : mapped + 300]


def _object(
    text: str, script: _Script, brace: int, blocks: list[Block], renderer: Callable[[], _Renderer], printed: list[int]
) -> tuple[int, bool]:
    """One object of the array (its `{` at `brace`) as a section into `blocks`: past its `}`, and whether a body of it
    was markup."""
    i = skip_blank(text, brace + 1)
    markup = False
    while True:
        if text[i : i + 1] == "}":
            return i + 1, markup
        key = _KEY.match(text, i)
        if key is None:
            raise _NotSections(markup)
        name = key.group(1) or key.group(2) or key.group(3)
        i = skip_blank(text, key.end())
        title, body = name in _TITLE_FIELDS, name in _BODY_FIELDS
        c = text[i : i + 1]
        element = _element_at(text, i)
        if element is not None and body:
            shown, i = _rendered(text, element, renderer, printed)
            blocks.extend(shown)
            markup = True
        elif (title or body) and c in ("'", '"', "`", "["):
            value, i = script.read(i, 0)
            i = skip_blank(text, i)
            _literal(name, value, title, blocks)
        elif title or body:
            raise _NotSections(markup or _markup_ahead(text, i))
        else:
            i = skip_blank(text, script._skip_expression(i))  # (an id, a key, an icon: not read)
        if text[i : i + 1] == ",":
            i = skip_blank(text, i + 1)
        elif text[i : i + 1] != "}":
            raise _NotSections(markup)


def _element_at(text: str, i: int) -> tuple[int, bool] | None:
    """(where its `<` is, parenthesised?) of the markup written at `i` (`(<p>…</p>)`, `<>…</>`), None otherwise."""
    paren = text[i : i + 1] == "("
    lt = skip_blank(text, i + 1) if paren else i
    if text[lt : lt + 1] == "<" and (text[lt + 1 : lt + 2].isalpha() or text[lt + 1 : lt + 2] == ">"):
        return lt, paren
    return None


def _markup_ahead(text: str, i: int) -> bool:
    """Whether the value at `i` (a call, a condition) holds markup: a body the page shows, then, not read."""
    end = min(len(text), i + 400)
    return TAG.search(text, i, end) is not None


_AHEAD = 20_000  # characters of a refused array looked through for markup that holds text
_ELEMENT_TEXT = lazy(r">([^<>]++)<")


def _markup_text_ahead(text: str, bracket: int) -> bool:
    """Whether the refused array opened at `bracket` holds markup with text in its first `_AHEAD` characters (to its
    first 「]}」): said so, whatever field refused it (u53h: a title that is no title, 「heading: 'x'」 or one ending on
    「。」, refused the array before its first body, and every body's text was dropped without a word; an array of
    elements, 「items={[<><b>會員註冊</b>：姓名…</>, …]}」 handed to a local `UL` that lists them, was dropped so in
    eval/precision37 redcode-privacy-hk-tsx, 7 arrays, and redcode-terms-hk-tsx: still not read, now said)."""
    close = text.find("]}", bracket, bracket + _AHEAD)
    end = close if close >= 0 else min(len(text), bracket + _AHEAD)
    if TAG.search(text, bracket, end) is None:
        return False
    shown = " ".join(m.group(1) for m in _ELEMENT_TEXT.finditer(text, bracket, end))  # (an element's text, not the keys)
    return len(HAN_CHAR.findall(shown)) >= _MAPPED_TEXT_MIN or len(_LATIN_WORD.findall(shown)) >= 12


def _literal(name: str, value: object, title: bool, blocks: list[Block]) -> None:
    """A title's or a body's literal value into `blocks` (see module doc); `_NotSections` if it is no prose."""
    if value is None:
        return
    if isinstance(value, tuple):
        text: Text = value
        if not text[0].strip():
            return
        if title:
            if not _prose(text[0], title=True) or len(text[0]) > 80 or _TITLE_END.search(text[0]):
                raise _NotSections(False)
            blocks.append(_block("heading", text, 2))
        elif _prose(text[0]):
            blocks.append(_block("paragraph", text, None))
        else:
            raise _NotSections(False)
        return
    if isinstance(value, list) and not title and all(isinstance(v, tuple) for v in value):
        for v in value:
            assert isinstance(v, tuple)
            if v[0].strip():
                if not _prose(v[0], title=True):
                    raise _NotSections(False)
                blocks.append(_block("item" if name in _LIST_FIELDS else "paragraph", v, None))
        return
    raise _NotSections(False)


def _holds_text(blocks: list[Block]) -> bool:
    """Whether the blocks read hold a sentence: Chinese enough, or words (three Latin words in a block at least)."""
    chinese = sum(len(HAN_CHAR.findall(b.text)) for b in blocks)
    return chinese >= _MAPPED_TEXT_MIN or any(len(_LATIN_WORD.findall(b.text)) >= 3 for b in blocks if b.kind != "heading")


def _trimmed(block: Block) -> Block:
    """The block without the white space its text opens with (after a value the code prints, `{site.name} is the…`):
    its first piece starts at the first character shown."""
    gap = len(block.text) - len(block.text.lstrip())
    if not gap or not block.pieces or block.pieces[0].offset != 0 or block.pieces[0].length <= gap:
        return block
    first = block.pieces[0]
    pieces = (first._replace(length=first.length - gap, column=first.column + gap),) + tuple(
        p._replace(offset=p.offset - gap) for p in block.pieces[1:]
    )
    return block._replace(text=block.text[gap:], column=first.column + gap, pieces=pieces)
