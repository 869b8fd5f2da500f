"""A definition list whose terms are section titles: `<dl><dt>个人信息采集</dt><dd>公司收集…。</dd>…`; an ordered list whose
items are section titles, each followed by its body as a block of the list itself (`title_ol`); a list whose every
item opens with a title paragraph over its body paragraphs (`titled_items`).

Split from `titles` (forty-fifth session, when that module grew past the package's size bound): whether the `<dl>`s
from one opening tag are a run of titles over their bodies, which the extractor then reads as headings
(`title_list`).  Reads the raw source only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from policylens.lazyre import lazy
from policylens.normalise import fold
from policylens.patterns import CLAUSE_MARKS, SENTENCE_ENDS, SENTENCE_MARKS

INNER_BREAK = lazy(f"[{SENTENCE_MARKS}]")

# A definition list read as titles over their bodies (`title_list`): each <dt> and <dd> of one <dl>, up to its end
_DL_ENTRY = lazy(r"<(dt|dd)\b[^<>]*>(.*?)(?=<(?:dt|dd|/dl)\b|\Z)", re.IGNORECASE | re.DOTALL)
_DL_END = lazy(r"</dl\s*>|<dl\b", re.IGNORECASE)
DL_TERM_MARKS = lazy(f"[{CLAUSE_MARKS}，,]")
_DL_NUMBERED_TERM = lazy(
    r"^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百\d]{1,4}[条章节部分]|\d{1,2}(?:\.\d{1,2})*[.、．]?\s*)"
)
_DL_DEFINITION = lazy(r"^(?:指|是指|系指|即|意指|意为|means?\b|refers?\b)", re.IGNORECASE)
_DL_TITLES_MIN = 3  # a <dl> of fewer terms is read as before (a list)
DL_TERM_MAX = 24  # a title's characters at most
_DL_BODY_MIN = 30  # each body's characters at least: one sentence or more


def title_list(source: str, start: int) -> int:
    """How many `<dl>`s, from the one opening at `start` of `source`, are a list of section titles (0: none).

    (Thirty-fifth session, u35a2; eval/structure35 ziben-privacy-php.)  A page may set its sections as a definition
    list: 「<dt>个人信息采集</dt><dd>公司收集必要的客户信息，…。</dd>」, or as a run of `<dl>`s of one pair each
    (cnstorm's privacy.tpl).  Read so when the run has three terms at least, each term a short title (at most 24
    characters, no sentence or clause mark, no colon: 「访客日志：」 is a label of its own reading) followed by a body of
    at least 30 characters that holds a sentence mark, and no body opens a definition (「指…」, 「是指…」, "means …": a
    glossary of term and definition is a list, not headings).  A `<dl>` with another `<dl>` inside, a term with no body
    or a body with no term before it is read as before.  The count is of the `<dl>`s of the run, each next one after
    only spaces: the extractor reads that many as titles.
    """
    lists, terms, at = 0, 0, start
    while True:
        found = _dl_terms(source, at)
        if found is None:
            break
        count, end = found
        lists, terms = lists + 1, terms + count
        while end < len(source) and source[end].isspace():
            end += 1
        if source[end : end + 3].lower() != "<dl" or source[end + 3 : end + 4].isalnum():
            break
        at = end
    return lists if terms >= _DL_TITLES_MIN else 0


def _dl_terms(source: str, start: int) -> tuple[int, int] | None:
    """The terms of the `<dl>` at `start` and where it ends (after `</dl>`), or None when it is no list of titles."""
    end = _DL_END.search(source, start + 3)
    if end is None or end.group(0).lower().startswith("<dl"):
        return None
    entries = [
        (m.group(1).lower(), " ".join(fold(_TAGS_IN_ENTRY.sub("", m.group(2))).split()))
        for m in _DL_ENTRY.finditer(source, start, end.start())
    ]
    entries = [(tag, text) for tag, text in entries if text]
    if len(entries) > 1 and entries[0][0] == "dd" and entries[1][0] == "dt":
        entries = entries[1:]  # an opening paragraph before the first title (ziben's introduction)
    if not entries or entries[0][0] != "dt":
        return None
    terms = [(k, text) for k, (tag, text) in enumerate(entries) if tag == "dt"]
    for k, term in terms:
        body = entries[k + 1][1] if k + 1 < len(entries) and entries[k + 1][0] == "dd" else ""
        if len(term) > DL_TERM_MAX or DL_TERM_MARKS.search(_DL_NUMBERED_TERM.sub("", term, count=1)) is not None:
            return None
        if len(body) < _DL_BODY_MIN or INNER_BREAK.search(body) is None or _DL_DEFINITION.match(body) is not None:
            return None
    return len(terms), end.end()


_TAGS_IN_ENTRY = lazy(r"<[^<>]*>")


# An ordered list whose items are section titles, each followed by its body set as a block of the list itself (`title_ol`)
_OL_TAG = lazy(r"<(/?)(ol|ul|li|p|div|table|blockquote|section)\b[^<>]*>", re.IGNORECASE)
_OL_BODY_TAGS = frozenset({"p", "div", "table", "blockquote", "section"})
_OL_TITLES_MIN = 2  # a list of fewer titled items is read as before
_OL_LATIN_TERM_MAX = 48  # an English title's characters at most (a Chinese one's: `DL_TERM_MAX`)


def title_ol(source: str, start: int) -> bool:
    """Is the `<ol>` opening at `start` of `source` a list of section titles over their bodies?

    (Forty-seventh session, u47a; eval/editions46 handy.)  「<ol><li>适用范围</li><p>在您使用本软件服务时，…。</p>
    <li>信息的使用和存储</li><p>…</p>…</ol>」: each item is closed at once and followed, inside the list itself, by a
    block (a <p>, a <div>, a table) that is its body; a browser shows numbered titles over paragraphs.  Read so when
    every item of the list is such a title (at most 24 characters, 48 in Latin letters, no sentence or clause mark once
    its number is set aside) with a body block after it, and there are two items at least.  An ordinary list (items
    after items, or a body inside its item) is read as before.

    A list set straight after an item is its body when it is a list of sentences, its sub-list when it is a list of
    names (u55x2; eval/structure55s ivm-tw-php): 「<li class="mt-3">資料之保護</li><ol><li>「本服務」主機均設有防火牆…。</li>…」
    is a title over its clauses, 「<li>Google Analytics</li><ol type="I"><li>用户国家</li><li>裝置型號</li>…」
    (eval/structure36 cnyesheng) an item over its sub-items.  Sentences: at least half of the nested list's items end
    with a sentence mark (。！？；.).  The list's first item may be an opening paragraph before the first title (a body
    of 30 characters at least holding a sentence mark, as `title_list` allows a <dd> before the first <dt>): it stays a
    list item (`title_ol_intro`).

    (u47h2) The verdicts of every list of `source` come from one pass (`_ol_verdicts`): each `<ol>` scanned to its own
    end, so 2,000 `<ol>`s never closed took 5 s (each scan ran to the end of the page: quadratic).
    """
    return _ol_verdicts(source)[0].get(start, False)


def title_ol_intro(source: str, start: int) -> bool:
    """Is the `<li>` opening at `start` of `source` the opening paragraph of a `title_ol` list, before its first title?"""
    return start in _ol_verdicts(source)[1]


_ITEM_TEXT_MAX = 400  # a nested item's characters read at most (a long item is a sentence when it holds a sentence mark)


class _OpenList:
    """An `<ol>`/`<ul>` open while `_ol_verdicts` reads on: what it has held so far.  (A plain class with slots, not a
    dataclass: a plain HTML page imports no `dataclasses`, tests/test_u46t_throughput.py.)"""

    __slots__ = ("failed", "first_item", "item_start", "items", "sentences", "start", "state", "text_start", "titles")

    def __init__(self, start: int) -> None:
        self.start = start  # where it opens
        self.titles = 0  # its title items
        # what it read last: "body" (a block), "item" (an item open), "title" (a title item), "sub" (a list opened after
        # a title item), "failed"
        self.state = "body"
        self.failed = False  # no list of titles (an item after an item, a block inside an item…)
        self.item_start = 0  # where the open item's text starts (after its tag)
        self.items = 0  # the items counted (`_count_item`)
        self.sentences = 0  # ... of which end with a sentence mark
        self.text_start = -1  # where the item being counted opens (-1: none)
        self.first_item = -1  # where its first item opens (-1: none yet, -2: past the first item)


@lru_cache(maxsize=2)
def _ol_verdicts(source: str) -> tuple[dict[int, bool], frozenset[int]]:
    """{where an `<ol>`/`<ul>` opens: is it a list of titles over bodies (`title_ol`)}, for every list of `source` in
    one pass: a stack of the open lists, each tag read by the innermost (a list never closed: False); and where the
    opening-paragraph items (`title_ol_intro`) open."""
    verdicts: dict[int, bool] = {}
    intros: set[int] = set()
    stack: list[_OpenList] = []
    for m in _OL_TAG.finditer(source):
        closing, tag = m.group(1) == "/", m.group(2).lower()
        top = stack[-1] if stack else None
        if tag in ("ol", "ul"):
            if closing:
                if top is not None:
                    _count_item(source, top, m.start())
                    stack.pop()
                    verdicts[top.start] = not top.failed and top.state == "body" and top.titles >= _OL_TITLES_MIN
                    if stack and stack[-1].state == "sub":  # a list after a title item: its body, or its sub-list
                        stack[-1].state = "body" if top.items and 2 * top.sentences >= top.items else "failed"
                        stack[-1].failed = stack[-1].failed or stack[-1].state == "failed"
                continue
            if top is not None and top.state == "title" and not top.failed:
                top.state = "sub"
            stack.append(_OpenList(m.start()))
            continue
        if top is not None and tag == "li":
            _count_item(source, top, m.start())
            if not closing:
                top.text_start = m.end()
        if top is None or top.failed:
            continue
        if tag == "li" and not closing:
            if top.state != "body":
                top.failed = True  # an item after an item: an ordinary list
            top.state, top.item_start = "item", m.end()
            top.first_item = m.start() if top.first_item == -1 else -2
        elif tag == "li":
            if top.state != "item":
                top.failed = True
                continue
            term = " ".join(fold(_TAGS_IN_ENTRY.sub("", source[top.item_start : m.start()])).split())
            limit = _OL_LATIN_TERM_MAX if term.isascii() else DL_TERM_MAX  # "Information use and storage": 27
            if not term or len(term) > limit or DL_TERM_MARKS.search(_DL_NUMBERED_TERM.sub("", term, count=1)):
                if top.first_item >= 0 and len(term) >= _DL_BODY_MIN and INNER_BREAK.search(term) is not None:
                    intros.add(top.first_item)  # the first item, a paragraph before the first title (ivm-tw-php's 一)
                    top.state = "body"
                    continue
                top.failed = True
                continue
            top.state, top.titles = "title", top.titles + 1
        elif not closing and tag in _OL_BODY_TAGS:
            if top.state == "item":
                top.failed = True  # a block inside the item: its title is not a line of its own
            top.state = "body"
    for frame in stack:
        verdicts[frame.start] = False
    return verdicts, frozenset(intros)


def _count_item(source: str, frame: _OpenList, end: int) -> None:
    """Count the item of `frame` whose text opened at `frame.text_start` and ends at `end` (none open: nothing): one item,
    and one sentence when it ends with a sentence mark (`title_ol`'s list of sentences after a title item)."""
    if frame.text_start < 0:
        return
    long = end - frame.text_start > _ITEM_TEXT_MAX
    text = " ".join(fold(_TAGS_IN_ENTRY.sub("", source[frame.text_start : min(end, frame.text_start + _ITEM_TEXT_MAX)])).split())
    frame.text_start = -1
    if not text:
        return
    frame.items += 1
    frame.sentences += text.endswith(SENTENCE_ENDS) or (long and INNER_BREAK.search(text) is not None)


# A list whose every item opens with a title paragraph over its body paragraphs, inside the item (`titled_items`)
_ITEM_TAG = lazy(r"<(/?)(ol|ul|li|p)\b[^<>]*>", re.IGNORECASE)
_ITEMS_MIN = 2  # a list of fewer titled items is read as before
# a short field of a record (「管理人：我们」, 「類型：持久性 Cookies」) before an item's body: the item names an entry (a cookie,
# an SDK) that its fields describe, as `blocks._record_fields` reads it in a <br> item; it titles no section
_FIELD = lazy(r"[^，,。：:\s]{1,8}[ \t]*[：:][ \t]*\S")
_FIELD_MAX = 24


def titled_items(source: str, start: int) -> bool:
    """Is the `<ol>`/`<ul>` opening at `start` of `source` a list of items each titled by its first paragraph?

    (Forty-eighth session, u48a; eval/structure48 homemaking.)  「<ol><li><p><b>您向我们提供的信息</b></p><br /><p>当您在注册
    …时，…。</p>…</li><li><p><b>我们在您使用服务过程中获得的信息</b></p>…」 and 「<li><p>Cookie的使用</p><p>Cookie是由网页
    服务器…。</p>…」: each item opens with a paragraph that is a short title (at most 24 characters, 48 in Latin letters, no
    sentence or clause mark once its number is set aside), followed in the item by body paragraphs, one of at least 30
    characters holding a sentence mark.  A browser shows numbered sub-titles over their text.  Read so when every item
    of the list, two at least, is so; an item of bare text, an item whose first paragraph is a sentence (「<li><p>为维护
    …权益。</p>…」), a title with no body after it, or a name over a record of short fields (「管理人：我们」: a cookie
    table written as items, tests/data/real/haozheli) leaves the list as before.  A list inside an item ends the scan
    (read as before).
    """
    return _titled_verdicts(source).get(start, False)


@lru_cache(maxsize=2)
def _titled_verdicts(source: str) -> dict[int, bool]:
    """{where an `<ol>`/`<ul>` opens: is it a list of titled items (`titled_items`)}, for every list of `source` in one
    pass.  A list's verdict is read from its own tags up to the next list tag: its close decides, another list opening
    first (a list inside an item) or the page's end makes it False, as the scan from each list did.  (u48h) Each list
    was scanned from its opening to its close: 4,000 lists whose `<ul title="<">` the tag pattern does not see ran
    each scan to the end of the page (49 s, quadratic); a stray `</p>` re-read the text from the last `<p>`."""
    verdicts: dict[int, bool] = {}
    frame: list[Any] | None = None  # the list being read: [where it opens, items, state, where its paragraph opened]
    for m in _ITEM_TAG.finditer(source):
        closing, tag = m.group(1) == "/", m.group(2).lower()
        if tag in ("ol", "ul"):
            if frame is not None:
                verdicts[frame[0]] = closing and frame[1] >= _ITEMS_MIN and frame[2] == ""
            frame = None if closing else [m.start(), 0, "", -1]
        elif frame is not None and not _item_tag(source, frame, m, closing, tag):
            verdicts[frame[0]] = False
            frame = None
    return verdicts


def _item_tag(source: str, frame: list[Any], m: re.Match[str], closing: bool, tag: str) -> bool:
    """Read one `<li>` or `<p>` tag (`m`) into the list's `frame` (`_titled_verdicts`); False when the list is no list of
    titled items.  The item's state: "" outside an item; "title": the item's first paragraph awaited; "body": its body
    awaited; "done"."""
    state = frame[2]
    if tag == "li":
        if closing:
            if state != "done":
                return False
            frame[1] += 1
            frame[2] = ""
        elif state not in ("", "done"):
            return False
        else:
            frame[2] = "title"
        return True
    if state == "":  # a paragraph outside every item
        return False
    if not closing:
        frame[3] = m.end()
        return True
    if frame[3] < 0:
        return True  # a stray </p>: no paragraph opened
    text = " ".join(fold(_TAGS_IN_ENTRY.sub("", source[frame[3] : m.start()])).split())
    frame[3] = -1
    if not text:
        return True
    if state == "title":
        limit = _OL_LATIN_TERM_MAX if text.isascii() else DL_TERM_MAX
        if len(text) > limit or DL_TERM_MARKS.search(_DL_NUMBERED_TERM.sub("", text, count=1)) is not None:
            return False
        if INNER_BREAK.search(text) is not None:
            return False
        frame[2] = "body"
    elif state == "body" and len(text) <= _FIELD_MAX and _FIELD.match(text) is not None:
        return False  # 「<li><p><b>功能 Cookie</b></p><p>管理人：我们</p><p>目的：…。</p></li>」: a name over its record of fields
    elif state == "body" and len(text) >= _DL_BODY_MIN and INNER_BREAK.search(text) is not None:
        frame[2] = "done"
    return True
