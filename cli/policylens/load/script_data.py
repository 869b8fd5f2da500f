"""A script module that keeps its document as data: its arrays of section objects read as the page shows them.

Thirty-eighth session (u38a, eval/structure38 kecheng-agreement-js): a mini-program page's script (`Page({ … })`, no
markup) holds a service agreement and a privacy agreement as arrays of typed objects, `{ id: 's1', type: 'section',
title: '一、服务内容' }`, `{ id: 's1p1', type: 'para', text: '…' }`, `{ type: 'li', text: '…' }`, and hands them to its
template with `setData`.  Read as plain text, every line of code was a paragraph and none of its twenty titles a
heading.  A React page's arrays are read where its markup shows them (`load.jsx_data`); a script has no markup, so
each array constant (`const NAME = [ … ]`, defined once, never assigned again) whose items are all section objects of
prose — a short `title` (`heading`, `name`) and bodies (`text`, `content`, `body`, arrays of strings or sub-sections),
read by `load.jsx_data`'s rules, ids, keys, routes and types never read — gives its titles as headings and its bodies as
paragraphs, at their lines in the source, in the file's order; an item typed `li`/`item` is a list item.

The same document built by the file's own helpers (u38a, eval/structure37 danci-privacy-js, 13 titles missed): `function
h(text) { return { kind: "h", text }; }`, `function p(segments) { return { kind: "p", segments }; }`, and the document an
array of calls, `h("一、我们如何收集和使用您的个人信息")`, `p([t("…"), b("…")])`.  A helper defined in the file as returning
one object literal whose `kind`/`type`/`tag` names a heading (`h`, `heading`, `title`, `section`, `h1`…`h6`), a
paragraph (`p`, `para`, `paragraph`) or a list (`ul`, `ol`, `list`) is read at its calls: a heading's first argument
(a string literal) a heading, the Chinese string literals of a paragraph's call one paragraph, each argument of a
list's call one item.  Calls of any other helper (a table of contents `toc(…)`, `gap()`) are not read
(`load.script_helpers`).

The file's string constants of text that the document shows by name (`const DRAFT_NOTICE = "本页面为内部评审草案…"`
given as `statusNotice: DRAFT_NOTICE`, `PRIVACY_CONTACT_EMAIL = "…@…"` printed by `link(PRIVACY_CONTACT_EMAIL, …)`) are
read as paragraphs at their lines: Chinese text of six characters or more, or an e-mail address (`_constants`); a
constant named for a date (`…EFFECTIVE_DATE`, `…UPDATED…`) is the document's date hint.  Before, the whole file was
text, and a draft notice or the contact address kept so was what a finding or a profile cited (eval/blind/round36
legaldraft-ts, eval/structure37 danci-privacy-js).

A string of the document that is a template literal with slots (「`本網站由${LEGAL_NAME}經營。`」, the operator's name and
contacts filled from the site's config) is read as written, its `${…}` and all: `${…}` is a script's own syntax, no
unfilled slot (`rules.templates`).  Such a string was no literal, so the whole document was left to the plain-text
reader, its imports and code as paragraphs (u43j, eval/profiles43 pcm-tw: its rights cited at an `import` line).

Only a document: the blocks read must hold two titles or more and at least `_MIN_BODY` Chinese characters of body
text; a menu (`[{ title: '首页', path: '/' }]`), a list of labels or a config is left as it was.  Anything else in the
file (the titles the code passes to `setData`, comments) is not read, and a warning says what was.
"""

from __future__ import annotations

import re

from policylens.load import SCRIPT_SUFFIXES, script_helpers
from policylens.load.jsx_data import _LIST_FIELDS, _array, _block, _Names, _prose, _section, _section_list, _skip_type
from policylens.load.jsx_editions import editions
from policylens.load.lines import shifted_pieces
from policylens.load.mini_page_data import page_data_document
from policylens.load.scripts import skip_blank
from policylens.load.types import Parsed
from policylens.load.vue_data import _MASKED, Text, Unknown, Value, _Script
from policylens.model import Block, Piece
from policylens.patterns import EMAIL, HAN_CHAR

_ITEM_TYPES = frozenset({"li", "item", "list", "listitem", "list-item", "bullet"})
_MIN_BODY = 200  # Chinese characters of body text the arrays read must hold, all together
_MIN_ARRAY_BODY = 40  # …and each array read (below it: labels or a menu)
_MAX_NAMES = 200  # declarations of one file looked at
_MIN_EDITION_LETTERS = 400  # Latin letters of body an English edition of a document read before it holds at least


def script_document(path: str, text: str) -> Parsed | None:
    """The document a script module keeps as arrays of section objects (see module doc), None when it keeps none."""
    if not path.lower().endswith(SCRIPT_SUFFIXES) or HAN_CHAR.search(text) is None or "[" not in text:
        return None
    masked = _MASKED.sub(lambda s: " " * len(s.group(0)), text)  # (strings and comments define nothing)
    names = _Names(masked)
    script = _Script(1, 1, text)
    script.templates = True  # (u43j) a template literal's `${…}` is the file's own syntax: read as written (`_Script`)
    blocks: list[Block] = []
    read: list[str] = []
    arrays: list[str] = []  # the constants read as sections
    keyed: dict[str, bool] = {}  # (u47l) the documents keyed by language: read, or not (`"…" + KEY + "…"` in a string)
    computed = 0  # (u48w2) entries the script computes, left out of the bodies read (`_plain_body`)
    for k, name in enumerate(names.declared):
        if k >= _MAX_NAMES:
            break
        value = _array(script, masked, names, name)
        skipped: list[int] = []
        if value is None:
            document = _document_object(script, masked, names, name, edition=bool(blocks), keyed_read=keyed, skipped=skipped)
            if document is not None:
                blocks.extend(document)
                read.append(f"the document {name}")
                computed += len(skipped)
            continue
        found = section_array(value, skipped)
        if found is None:
            continue
        computed += len(skipped)
        blocks.extend(found)
        read.append(f"the sections of {name}")
        arrays.append(name)
    helpers = script_helpers.helpers(masked, text) if "return" in masked or "=>" in masked else {}
    built = script_helpers.helper_calls(text, masked, script, helpers)
    if built:
        seen = {(b.line, b.column) for b in blocks}
        blocks.extend(b for b in built if (b.line, b.column) not in seen)
        read.append("the calls of " + ", ".join(f"{name}()" for name in sorted(helpers)))
    paged: list[Block] = []
    page_dates: list[tuple[str, str]] = []
    if "Page" in masked or "Component" in masked:  # (u61r) a mini-program page's document kept in its `data`
        paged, fields = page_data_document(script, masked, page_dates)
        seen = {(b.line, b.column) for b in blocks}
        blocks.extend(b for b in paged if (b.line, b.column) not in seen)
        read.extend(fields)
    if not paged and (sum(b.kind == "heading" for b in blocks) < 2 or _body_chars(blocks) < _MIN_BODY):
        return None
    if any(keyed.values()) and not all(keyed.values()):
        # (u47l, eval/blind/round40d vkpi-ts: four legal pages by language, the privacy policy's retention built with
        # `"…" + RETENTION_TASK_KEY + "…"`) read as two of its documents, its privacy policy and draft notices were lost
        # with their 14 drafting slots: the file stays plain text, all of it read
        return None
    if computed:
        built_items, builders = _spread_items(masked, script)
        if built_items:
            seen = {(b.line, b.column) for b in blocks}
            blocks.extend(b for b in built_items if (b.line, b.column) not in seen)
            read.append("the items built by " + ", ".join(f"{name}()" for name in builders))
    pages = _page_fields(script, masked, names, arrays)
    if pages:
        seen = {(b.line, b.column) for b in blocks}
        blocks.extend(b for b in pages if (b.line, b.column) not in seen)
        read.append("the page's title and description")
    script.templates = False  # (a constant computed from slots is no text of its own: `_constants` reads plain ones)
    dates: list[tuple[str, str]] = page_dates
    notes = _constants(masked, names, script, dates) + _date_fields(masked, script)
    if notes:
        seen = {(b.line, b.column) for b in blocks}
        blocks.extend(b for b in notes if (b.line, b.column) not in seen)
        read.append("its constants of text")
    blocks.sort(key=lambda b: (b.line, b.column))
    shown = ", ".join(read)
    if computed:
        shown += f"; {computed} entries the script computes (a call spread into a list) not read in place"
    warnings = [f"read as a document kept as data: {shown} (the rest of the script is code)"]
    unread = _unread_literals(text, blocks)
    if unread is not None:
        warnings.append(unread)
    return Parsed(blocks, dates=dates, warnings=warnings)


_MIN_UNREAD = 40  # Chinese characters of string literals left unread that the warning names


def _unread_literals(text: str, blocks: list[Block]) -> str | None:
    """(u56j) A warning naming the Chinese text of the file's string literals that no block read holds (lines and
    characters), when it comes to `_MIN_UNREAD` characters or more; None otherwise.

    A document the reader does not know the shape of was dropped without a word: the whole policy and service
    agreement of eval/blind/round55q mianya-zh-ts (`articles: [{ title, body }]` in a typed const object), while the
    warning named only the arrays it had read.  The rule (as `load.vue_data`'s and `load.html`'s): text is read, or a
    warning says it was not."""
    read = {p.line for b in blocks for p in b.pieces} | {b.line for b in blocks}
    han = 0
    lines: list[int] = []
    line, at = 1, 0
    for m in _MASKED.finditer(text):
        if text[m.start()] not in "'\"`":
            continue  # (a comment)
        line += text.count("\n", at, m.start())
        at = m.start()
        count = len(HAN_CHAR.findall(m.group()))
        if count and line not in read:
            han += count
            lines.append(line)
    if han < _MIN_UNREAD:
        return None
    where = f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}-{lines[-1]}"
    if han < _MIN_BODY:  # (labels, buttons, a menu's words: said, and a missing disclosure is still evidence)
        return f"{where}: {len(lines)} string literals of the script ({han} Chinese characters, fewer than a document's) are left out"
    return f"{where}: {len(lines)} string literals of the script ({han} Chinese characters) are in no document read: that text is not read"


# the fields of a document object holding its sections, and those the page shows between its name and its sections
_SECTIONS_FIELDS = ("sections", "chapters", "clauses")
_INLINE_ARRAY = re.compile(r"(?<![\w$])([A-Za-z_$][\w$]*+)[ \t]*+:[ \t\r\n]*+\[")  # a field written as an array
_MAX_EDITIONS = 8  # editions of one document keyed by language
_LEAD_FIELDS = ("subtitle", "notice", "intro", "summary", "lead", "description", "updated", "effective")
# the fields the page shows after its sections (a closing line: 「点击「同意并继续」表示您已阅读…若不同意，您将无法使用…」,
# eval/profiles61p wuliu-zh `footer`): paragraphs after the last section, as the page shows them
_TAIL_FIELDS = ("footer", "closing", "conclusion", "outro", "ending", "postscript")


def section_array(value: Value, skipped: list[int] | None = None) -> list[Block] | None:
    """An array of section objects read as sections (`_typed_section`: titles headings, bodies paragraphs, lists
    items), or None when it is no such array: an entry that is no section, no heading, or less than `_MIN_ARRAY_BODY`
    Chinese characters of body (a menu, labels).  Read so for an array constant and for a mini-program page's data
    field (`load.mini_page_data`)."""
    if not isinstance(value, list) or not _section_list(value):
        return None
    found: list[Block] = []
    if not all(isinstance(item, dict) and _typed_section(item, found, skipped) for item in value):
        return None
    if _body_chars(found) < _MIN_ARRAY_BODY or not any(b.kind == "heading" for b in found):
        return None
    return found


def _document_object(
    script: _Script,
    masked: str,
    names: _Names,
    name: str,
    *,
    edition: bool,
    keyed_read: dict[str, bool] | None = None,
    skipped: list[int] | None = None,
) -> list[Block] | None:
    """A constant defined once as one document: `const privacyZh: LegalDocument = { title: "私隱資料收集聲明", notice:
    "…", sections: [{ title: "私隱保護承諾", paragraphs: [...] }, …] }`: its name a heading, its lead fields paragraphs,
    each section as `_typed_section` reads it, all at level 1 (docs/headings.md, several documents in one file: each
    document's name and its sections from level 1).  None when it is no such object (no prose `title`, no array of
    section objects, a section that is not prose, less than `_MIN_ARRAY_BODY` Chinese characters of body; after a
    document already read (`edition`), another language's edition of it may hold `_MIN_EDITION_LETTERS` letters instead).

    Before, only top-level arrays of sections were read: a Hong Kong site's legal module of four such objects
    (privacy and terms, each in Chinese and English: eval/structure45 tianji-legal-hk-ts) was read as plain text, its
    code as 26 paragraphs and none of its 25 titles a heading.

    (u47l, eval/profiles47c larkygo-zh) The same documents keyed by language, `const DOCS = { zh: { title: '隐私政策与用户协议',
    privacy: [{ h, ps }, …], terms: [{ h, ps }, …] }, en: { … } }`: each edition read in its order (`_keyed_editions`),
    and an edition's several arrays of sections under any name (its privacy policy, its terms) each a document of it.
    """
    found = names.declared.get(name, [])
    if len(found) != 1 or any(a != found[0] - len(name) for a in names.assigned.get(name, [])):
        return None
    i = _skip_type(masked, found[0])
    if i < 0 or not masked.startswith("{", i):
        return None
    value, end = script.read(i, 0)
    if not isinstance(value, dict):
        return None
    inline = {m.group(1) for m in _INLINE_ARRAY.finditer(masked, i, end)}  # (not named by a constant: `_page_fields`')
    keyed = editions(value)
    if keyed is not None:
        read = _keyed_editions(keyed, inline)
        if keyed_read is not None and (
            read is not None or any(isinstance(v, dict) and "title" in v and inline.intersection(v) for _, v in keyed)
        ):
            keyed_read[name] = read is not None  # (a document by language, read or not: `script_document` reads all or none)
        return read
    if not inline.intersection(_SECTIONS_FIELDS):
        # (u56j, eval/blind/round55q mianya-zh-ts) its sections under another name, `articles: [{ title, body }, …]`:
        # the arrays of section objects written in it, as an edition's (`_keyed_editions`); none → sections named by a
        # constant, `sections: PRIVACY_SECTIONS`, read as that array (`_page_fields`)
        fields = tuple(key for key in value if key in inline and isinstance(value[key], list) and _section_list(value[key]))
        return _document(value, edition=edition, fields=fields, skipped=skipped) if fields else None
    return _document(value, edition=edition, skipped=skipped)


def _keyed_editions(keyed: list[tuple[str, Value]], inline: set[str]) -> list[Block] | None:
    """(u47l) The editions of a document keyed by language (`{ zh: {…}, en: {…} }`), each read as `_document` reads it
    (its arrays of sections under any inline field), in their order; None unless every edition reads and one holds
    `_MIN_ARRAY_BODY` Chinese characters of body in each of its documents."""
    if len(keyed) > _MAX_EDITIONS:
        return None
    blocks: list[Block] = []
    chinese = False
    for _, value in keyed:
        if not isinstance(value, dict):
            return None
        fields = tuple(key for key in value if key in inline and _section_list(value[key]))
        read = _document(value, edition=True, fields=fields or _SECTIONS_FIELDS)
        if read is None:
            return None
        chinese = chinese or _document(value, edition=False, fields=fields or _SECTIONS_FIELDS) is not None
        blocks.extend(read)
    return blocks if chinese else None


def _document(
    value: dict[str, Value], *, edition: bool, fields: tuple[str, ...] = _SECTIONS_FIELDS, skipped: list[int] | None = None
) -> list[Block] | None:
    """One document object as `_document_object` reads it: its name, its lead fields, then the sections of each of
    `fields` that holds them (the first of the usual `_SECTIONS_FIELDS`, or each array an edition names), each array
    with a heading and its body (`_MIN_ARRAY_BODY`, `_MIN_EDITION_LETTERS`)."""
    title = value.get("title")
    arrays = [value[key] for key in fields if key in value]
    if fields == _SECTIONS_FIELDS:
        arrays = arrays[:1]
    if not isinstance(title, tuple) or not _prose(title[0], title=True) or not arrays:
        return None
    blocks = [_block("heading", title, 1), *_prose_fields(value, _LEAD_FIELDS)]
    for sections in arrays:
        if not isinstance(sections, list) or not _section_list(sections):
            return None
        start = len(blocks)
        for item in sections:
            mark = len(blocks)
            if isinstance(item, dict) and _typed_section(item, blocks, skipped):
                continue
            del blocks[mark:]  # (what a section read before failing wrote)
            if not (edition and isinstance(item, dict) and _edition_section(item, blocks)):
                return None
        if not any(b.kind == "heading" for b in blocks[start:]):
            return None
        if _body_chars(blocks[start:]) < _MIN_ARRAY_BODY and not (edition and _body_letters(blocks[start:]) >= _MIN_EDITION_LETTERS):
            return None
    blocks.extend(_prose_fields(value, _TAIL_FIELDS))
    return blocks


def _prose_fields(value: dict[str, Value], keys: tuple[str, ...]) -> list[Block]:
    """The paragraphs of the prose fields `keys` of a document object, in that order."""
    blocks: list[Block] = []
    for key in keys:
        field = value.get(key)
        # (u56j, eval/profiles36 hanzi-game-ts: `intro: [\`${GAME}（以下简称「本游戏」）…\`]`) a lead of paragraphs, each read
        for one in field if isinstance(field, list) and all(isinstance(v, tuple) for v in field) else [field]:
            if isinstance(one, tuple) and one[0].strip() and _prose(one[0]):
                blocks.append(_block("paragraph", one, None))
    return blocks


def _edition_section(item: dict[str, Value], blocks: list[Block]) -> bool:
    """An English edition's section whose list holds entries of one or two words (`items: ["Name", "Position",
    "Email address"]`, the Chinese edition's 「姓名」「職務」): those entries list items, the rest of the section as
    `_typed_section` reads it.  Read as prose only, the words were no text and the edition was dropped whole
    (eval/structure45 tianji-legal-hk-ts privacyEn).  False when anything else in it is not prose."""
    lists = {
        key: value
        for key, value in item.items()
        if key in _LIST_FIELDS
        and isinstance(value, list)
        and value
        and all(isinstance(v, tuple) and _prose(v[0], title=True) for v in value)
    }
    if not lists:
        return False
    mark = len(blocks)
    if not _typed_section({key: value for key, value in item.items() if key not in lists}, blocks):
        del blocks[mark:]
        return False
    for value in lists.values():
        blocks.extend(_block("item", v, None) for v in value if isinstance(v, tuple))
    return True


def _body_letters(blocks: list[Block]) -> int:
    """Latin letters in the blocks that are no heading (an English edition's body)."""
    return sum(sum(1 for c in b.text if "a" <= c.lower() <= "z") for b in blocks if b.kind != "heading")


# the fields of a page object that the page shows beside its sections (its heading, its lead, its search description)
_PAGE_FIELDS = frozenset({"title", "subtitle", "heading", "description", "summary", "intro", "lead", "notice"})


def _page_fields(script: _Script, masked: str, names: _Names, arrays: list[str]) -> list[Block]:
    """The Chinese prose fields of an object constant that names an array read as sections (`export const PRIVACY_DOC = {
    title: '隱私政策', subtitle: '…', description: '…', sections: PRIVACY_SECTIONS }`): paragraphs at their lines.  The page
    shows them (its title, its lead, its search description): left out, the operator named only in the description
    was dropped without a word (u43j, eval/profiles43 pcm-tw)."""
    if not arrays:
        return []
    named = re.compile(rf"(?<![\w$.])(?:{'|'.join(map(re.escape, arrays))})(?![\w$])")
    blocks: list[Block] = []
    for k, name in enumerate(names.declared):
        found = names.declared.get(name, [])
        if k >= _MAX_NAMES or len(found) != 1 or name in arrays:
            continue
        i = _skip_type(masked, found[0])
        if i < 0 or not masked.startswith("{", i):
            continue
        value, end = script.read(i, 0)
        if not isinstance(value, dict) or named.search(masked, i, end) is None:
            continue
        for key, field in value.items():
            if key in _PAGE_FIELDS and isinstance(field, tuple) and HAN_CHAR.search(field[0]) and _prose(field[0], title=True):
                blocks.append(_block("paragraph", field, None))
    return blocks


def _typed_section(item: dict[str, Value], blocks: list[Block], skipped: list[int] | None = None) -> bool:
    """One item as `load.jsx_data.sections._section` reads it, its body a list item when its `type` says so; its bodies'
    tables of rows and computed entries as `_plain_body` reads them (their count of entries not read added to `skipped`)."""
    start = len(blocks)
    item = {key: _plain_body(value, skipped) if isinstance(value, list) else value for key, value in item.items()}
    if not _section(item, 1, blocks):
        return False
    kind = item.get("type")
    if isinstance(kind, tuple) and str(kind[0]).strip().lower() in _ITEM_TYPES:
        blocks[start:] = [b._replace(kind="item") if b.kind == "paragraph" else b for b in blocks[start:]]
    return True


_TABLE_TYPES = frozenset({"table"})


def _plain_body(body: list[Value], skipped: list[int] | None) -> list[Value]:
    """(u48w2, eval/profiles48c xingguang-zh legal.js) A section's body of typed items (`{ type: 'p', text: '…' }`) as the page
    shows it: an item typed `table` whose `rows` are objects of strings (`{ name: '微信昵称、头像', usage: '…；您不提供时可使用默认
    昵称', required: '否' }`) gives one paragraph per row, its strings joined by 「：」 then 「；」 in the row's order; an entry the
    script computes (`...buildContactItems()`, a call spread into the list) is left out and counted in `skipped` (the
    warning says so).  Before, either made the whole document plain text, its code read as paragraphs, with no warning.
    A body with no typed item (of prose or of rows) is returned as it was."""
    if not any(isinstance(v, dict) and isinstance(v.get("type"), tuple) and ("text" in v or "rows" in v) for v in body):
        return body
    plain: list[Value] = []
    for value in body:
        if isinstance(value, Unknown):
            if skipped is not None:
                skipped.append(1)
            continue
        kind = value.get("type") if isinstance(value, dict) else None
        rows = value.get("rows") if isinstance(value, dict) else None
        if isinstance(kind, tuple) and kind[0].strip().lower() in _TABLE_TYPES and isinstance(rows, list):
            joined = [_row_text(row) for row in rows]
            if all(j is not None for j in joined):
                plain.extend({"type": ("p", ()), "text": j} for j in joined if j is not None)
                continue
        plain.append(value)
    return plain


_SPREAD_CALL = re.compile(r"\.\.\.[ \t]*+([A-Za-z_$][\w$]{0,40}+)[ \t]*+\([ \t]*+\)")
_TYPED_OBJECT = re.compile(r"\{(?=[ \t]*+(?:type|kind)[ \t]*+:)")


def _spread_items(masked: str, script: _Script) -> tuple[list[Block], list[str]]:
    """(u48w2) The typed items of prose a function of the file builds for a list it is spread into (`...buildContactItems()`,
    `function buildContactItems() { … items.push({ type: 'ul', text: '可通过小程序内反馈渠道联系我们' }); … }`): list items at
    their lines (each one the page may show: the contact lines and their fallback), and the functions' names."""
    blocks: list[Block] = []
    builders: list[str] = []
    for name in dict.fromkeys(m.group(1) for m in _SPREAD_CALL.finditer(masked)):
        head = re.search(rf"(?<![\w$.])function[ \t]++{re.escape(name)}[ \t]*+\([^()]{{0,120}}\)[ \t]*+\{{", masked)
        if head is None:
            continue
        end = masked.find("\n}", head.end())
        found = []
        for m in _TYPED_OBJECT.finditer(masked, head.end(), end if end >= 0 else len(masked)):
            value, _ = script.read(m.start(), 0)
            text = value.get("text") if isinstance(value, dict) else None
            if isinstance(text, tuple) and HAN_CHAR.search(text[0]) and _prose(text[0]):
                found.append(_block("item", text, None))
        if found:
            blocks.extend(found)
            builders.append(name)
    return blocks, builders


def _row_text(row: Value) -> Text | None:
    """A table row of strings as one text (「名称：用途；必要」), its pieces kept where each string is; None when a cell is no string."""
    if not isinstance(row, dict) or not row or not all(isinstance(v, tuple) for v in row.values()):
        return None
    text = ""
    pieces: list[Piece] = []
    for k, cell in enumerate(v for v in row.values() if isinstance(v, tuple)):
        if k:
            text += "：" if k == 1 else "；"
        pieces.extend(shifted_pieces(cell[1], len(text)))
        text += cell[0]
    return (text, tuple(pieces)) if text.strip() else None


def _body_chars(blocks: list[Block]) -> int:
    """Chinese characters in the blocks that are no heading."""
    return sum(len(HAN_CHAR.findall(b.text)) for b in blocks if b.kind != "heading")


_EMAIL_VALUE = re.compile(EMAIL)
_DATE_TEXT = re.compile(r"\d{4}[ \t]*+(?:年|[-/.][ \t]*+\d{1,2})")  # 「2026年6月12日」, 「2026-06-12」
_MIN_NOTE = 6  # Chinese characters of a constant read as text
_DATE_NAMES = (("EFFECTIVE", "effective"), ("UPDATE", "updated"), ("MODIFIED", "updated"))


def _constants(masked: str, names: _Names, script: _Script, dates: list[tuple[str, str]]) -> list[Block]:
    """The file's string constants of text as paragraphs (see module doc), its date constants into `dates`."""
    blocks: list[Block] = []
    for name, found in names.declared.items():
        if len(found) != 1 or any(at != found[0] - len(name) for at in names.assigned.get(name, [])):
            continue  # (declared twice, or assigned again: its value is the code's to say)
        i = skip_blank(masked, found[0])
        if not masked.startswith("=", i) or masked.startswith("==", i):
            continue
        value, _ = script.read(i + 1, 0)
        if isinstance(value, dict):
            blocks.extend(_contact_fields(value))
            continue
        if not isinstance(value, tuple):
            continue
        text = value[0].strip()
        key = next((kind for word, kind in _DATE_NAMES if word in name.upper()), None)
        if key is not None and "DATE" in name.upper() and _DATE_TEXT.search(text):
            dates.append((key, text))
        if len(HAN_CHAR.findall(text)) >= _MIN_NOTE or _EMAIL_VALUE.fullmatch(text):
            blocks.append(_block("paragraph", value, None))
    return blocks


# (u47k2, eval/blind/round47d compilesys-hk-ts L347) an object's field naming the document's date, its value a string
# in Chinese with a year: `legal: { lastUpdated: "最後更新：2026 年 6 月", privacy: privacyYue }`.  The page shows it
# over the document; left out, the document read had no date (a false "no date" info), and a month-only one is no date
# `dates` can hold
_DATE_FIELD = re.compile(
    r"(?<![\w$])(?i:last_?updated|last_?update|updated_?(?:at|on)?|last_?modified|effective_?(?:date|from|on)?|update_?date)"
    r"[ \t]*+:(?!:)"
)


def _date_fields(masked: str, script: _Script) -> list[Block]:
    """Each date field's string (`_DATE_FIELD`) as a paragraph at its line, as the page shows it."""
    blocks: list[Block] = []
    for m in _DATE_FIELD.finditer(masked):
        value, _ = script.read(m.end(), 0)
        if isinstance(value, tuple) and _DATE_TEXT.search(value[0]) and HAN_CHAR.search(value[0]):
            blocks.append(_block("paragraph", value, None))
    return blocks


# (u44w2, issue #14, eval/profiles44 yixinyou-zh 110-113) the keys of a contact object whose value is a phone number
_PHONE_KEYS = frozenset({"phone", "tel", "telephone", "mobile", "hotline", "phonenumber", "tel_no", "servicephone"})
_PHONE_VALUE = re.compile(r"\+?[\d(（][\d \-()（）]{5,22}\d")


def _contact_fields(value: dict[str, Value]) -> list[Block]:
    """The contact values of an object constant (`export const privacyContact = { phone: '4006625818', email: 'privacy@…' }`)
    as paragraphs at their lines: an e-mail address in any field, a phone number under a key named for one.

    The page shows them under its 「联系我们」: left out, 「请联系我们」 pointed at no contact and the operator had none (u44w2,
    eval/profiles44 yixinyou-zh).  As for string constants (`_constants`), an address and nothing else, never a label."""
    blocks: list[Block] = []
    for key, field in value.items():
        if not isinstance(field, tuple):
            continue
        text = field[0].strip()
        phone = key.lower().replace("-", "_") in _PHONE_KEYS and _PHONE_VALUE.fullmatch(text) is not None
        if _EMAIL_VALUE.fullmatch(text) or phone:
            blocks.append(_block("paragraph", field, None))
    return blocks
