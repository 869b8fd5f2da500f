"""A mini-program page's document kept in its `data`: `Page({ data: { sections: [{ title, items }, …] } })` read as the
page shows it.

Sixty-first session (u61r, issue #14, eval/profiles60p jeffery-zh, held out): a WeChat mini-program's privacy page keeps
its policy in the page's initial data, `Page({ data: { sections: [{ title: '我们收集哪些信息', items: ['登录状态信息', …] },
…] } })`, and its WXML shows it with `wx:for`.  No constant names the array, so `load.script_data` (which reads arrays and
document objects declared as constants) read nothing and the file was plain text: each line of code a paragraph, no
title a heading, and the profile found no purposes or categories in 「items: ['保存训练进度', …] }, { title: '…',」.

Each field of the `data` object given to `Page(…)` or `Component(…)` (the object itself, or `data() { return {…} }`)
that is an array of section objects of prose is read as `load.script_data` reads an array constant
(`_typed_section`: the title a heading, the bodies paragraphs, `items` list items; keys, ids, icons, routes never read),
and a field holding one document object (`{ title, sections }`) as a document constant is read; the data's own prose
lead fields (`title`, `intro`, `notice`…, Chinese) are paragraphs.  Anything else in the data (flags, dates, labels, a
menu) and the rest of the page (toasts, modal texts, button words) is not read: `load.script_data`'s warning names what
was left out.  A page whose arrays hold fewer than two titles or `MIN_PAGE_BODY` Chinese characters of body is left as
it was (a menu, a settings list, a feature grid are short)."""

from __future__ import annotations

import re

from policylens.load.jsx_data import _block, _prose
from policylens.load.vue_data import Value, _Script
from policylens.model import Block
from policylens.patterns import EMAIL, HAN_CHAR

MIN_PAGE_BODY = 100  # Chinese characters of body the page's arrays must hold, all together (a menu, a feature grid: fewer)
_MAX_CALLS = 4  # `Page(…)`/`Component(…)` calls of one file looked at
# the call of a mini-program page or component with its options object (a name of its own: `Page(`, not `wx.Page(`/`myPage(`)
_PAGE_CALL = re.compile(r"(?<![\w$.])(?:Page|Component)[ \t]*+\([ \t\r\n]*+(?=\{)")
_DATE_KEYS = (("effective", "effective"), ("updat", "updated"), ("modified", "updated"))  # a data field naming its date
_LEAD_FIELDS = ("title", "subtitle", "heading", "intro", "notice", "summary", "lead", "description")


def page_data_document(script: _Script, masked: str, dates: list[tuple[str, str]]) -> tuple[list[Block], list[str]]:
    """The blocks of the document a `Page({ data })`/`Component({ data })` call keeps in its data (see module doc), with
    the names of the fields read; nothing when it keeps none.  A date field of that data (`updatedAt: '2026-08-02'`,
    shown over the document) goes into `dates`."""
    from policylens.load.script_data import _DATE_TEXT, _MIN_ARRAY_BODY, _body_chars, _document, section_array

    blocks: list[Block] = []
    read: list[str] = []
    for k, m in enumerate(_PAGE_CALL.finditer(masked)):
        if k >= _MAX_CALLS:
            break
        options, _ = script.read(m.end(), 0)
        data = options.get("data") if isinstance(options, dict) else None
        if not isinstance(data, dict):
            continue
        found: list[Block] = []
        fields: list[str] = []
        for key, value in data.items():
            part = _document(value, edition=False) if isinstance(value, dict) else section_array(value)
            if part and _body_chars(part) >= _MIN_ARRAY_BODY:
                found.extend(part)
                fields.append(key)
        if sum(b.kind == "heading" for b in found) < 2 or _body_chars(found) < MIN_PAGE_BODY:
            continue
        blocks.extend(_leads(data))
        for key, value in data.items():
            kind = next((kind for word, kind in _DATE_KEYS if word in key.lower()), None)
            if kind is not None and isinstance(value, tuple) and _DATE_TEXT.search(value[0]):
                dates.append((kind, value[0].strip()))
        notes = _notes(data)  # (u61h) a closing note, a contact line: the data's other prose, at its place
        first = found[0].line if found else 0
        blocks.extend(b for _, b in notes if b.line < first)
        blocks.extend(found)
        blocks.extend(b for _, b in notes if b.line >= first)
        read.extend(f"the page data's {key}" for key in [*fields, *(key for key, _ in notes)])
    return blocks, read


# (u61h) a sentence's end or an address: prose the page shows beside its sections, not a button's or a toast's word
_NOTE_MARKS = ("。", "！", "？", "@")
_EMAIL_ONLY = re.compile(EMAIL)


def _notes(data: dict[str, Value]) -> list[tuple[str, Block]]:
    """(key, block) of the data's other prose fields, beside the leads and the sections: a Chinese sentence
    (「如您对本政策有任何疑问，请通过邮箱 … 联系我们。」, `footer`, `contact`, `tip`) or an e-mail address alone
    (`contact: 'privacy@…'`); a date, a flag, a button's or a toast's word (no sentence's end) is not read."""
    out: list[tuple[str, Block]] = []
    for key, field in data.items():
        if key in _LEAD_FIELDS or not isinstance(field, tuple) or any(word in key.lower() for word, _ in _DATE_KEYS):
            continue
        text = field[0].strip()
        prose = HAN_CHAR.search(text) is not None and _prose(text) and any(mark in text for mark in _NOTE_MARKS)
        if prose or _EMAIL_ONLY.fullmatch(text):
            out.append((key, _block("paragraph", field, None)))
    return out


def _leads(data: dict[str, Value]) -> list[Block]:
    """The data's Chinese prose lead fields (its title, its notice), paragraphs at their lines."""
    blocks: list[Block] = []
    for key in _LEAD_FIELDS:
        field = data.get(key)
        if isinstance(field, tuple) and HAN_CHAR.search(field[0]) and _prose(field[0], title=True):
            blocks.append(_block("paragraph", field, None))
    return blocks
