"""The units of one kind a document has, in document order: `units(doc, within)`.

Sentences (a lead-in that ends with a colon read with each item it introduces, list items read after
their parent item or heading, a closing lead-in read with its subsections' titles), paragraphs,
section bodies and the whole document; the paragraphs a skipped section or a table of contents holds
are left out (`silent`). Headings are never part of a unit.
Not here: table cells under a named column (`tables.column_cells`) or matching clauses (`matcher`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.model import Document, Paragraph, Section
from policylens.patterns import FIELD_CAPTION, SENTENCE_MARKS, table_rule
from policylens.profiles.coverage.records import MAX_ITEMS, MAX_SENTENCE, Unit, _lazy
from policylens.profiles.coverage.sentences import _BARE_REQUEST, _COLON, _GRANT, _INTRODUCES, _lead_in, _line_sentences, _title_sentence
from policylens.profiles.coverage.silent import (
    _TOC_ENTRY,
    _TOC_LEAD,
    _clause,
    _mostly_links,
    _opens_clauses,
    _says_nothing,
    _with_title_sentence,
    _without_contents,
)
from policylens.profiles.coverage.tables import _marked_not, _table_headers, _without_label_cells
from policylens.profiles.coverage.text import _bare, _unit
from policylens.script import han_share
from policylens.topics import fold

# (u45w, issue #14, eval/profiles45 yuxuan-zh 64-73, 80-92) a list written as numbered paragraphs (a Taro page's
# 「<Text>1. 数据加密技术</Text>」 after 「…包括但不限于：」, 「<p>1、访问您的个人信息</p>」): right after a colon, a run of at least two
# short numbered paragraphs, the first numbered 1, are its items, as 「1. 」 list items would be.  Only short ones with no
# sentence inside (a label or a phrase): a numbered paragraph that says a whole thing (「3.在法律法规允许的范围内，为维护…提供;」) or
# a bold numbered heading over a paragraph (「1. 蒐集目的及類別」 + its text) keeps being read on its own; nor a table of contents.
_NUMBERED_FIRST = _lazy(r"\A[ \t]{0,4}(?:1[.．、)）](?!\d)|[（(][1一][)）])")
_NUMBERED = _lazy(r"\A[ \t]{0,4}(?:\d{1,2}[.．、)）](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])")
_NUMBERED_SENTENCE = _lazy(rf"[{SENTENCE_MARKS}](?=.)")
_NUMBERED_MAX = 40
_NUMBERED_TITLE = _lazy(
    r"\A[ \t]{0,4}[(（]?[\d一]{1,2}[.．、)）]?[ \t]{0,2}(?:我们|我們|您|你)?如何"
)  # 「1.我们如何收集…」: a contents entry


def _numbered_item(para: Paragraph) -> bool:
    """Whether `para` is a short numbered paragraph with no sentence inside (「2. 访问控制和权限管理」)."""
    text = para.text.strip()
    return (
        para.kind == "paragraph"
        and len(text) <= _NUMBERED_MAX
        and _NUMBERED.match(text) is not None
        and _NUMBERED_SENTENCE.search(text) is None
    )


def _numbered_run(paras: tuple[Paragraph, ...], index: int) -> int:
    """How many short numbered paragraphs right after paragraph `index` are its list (0 unless at least two, the first
    numbered 1, after a lead-in that is no table of contents)."""
    if index + 1 >= len(paras) or _NUMBERED_FIRST.match(paras[index + 1].text.strip()) is None or _TOC_LEAD.search(paras[index].text):
        return 0
    if _NUMBERED_TITLE.match(paras[index + 1].text.strip()):  # the policy's own headings listed (「1.我们如何收集和使用会员数据」)
        return 0
    run = 0
    for para in paras[index + 1 : index + 1 + MAX_ITEMS]:
        if not _numbered_item(para):
            break
        run += 1
    return run if run >= 2 else 0


def _following_items(paras: tuple[Paragraph, ...], index: int, *, numbered_run: bool = True) -> list[tuple[Paragraph, int, int]]:
    """The list items (or table rows) right after paragraph `index` (for a sentence that ends with a colon), or the run of
    short numbered paragraphs that starts right after it (`_numbered_run`; not after a heading taken for a lead-in, whose
    numbered paragraphs are its body: 「### 1. 個人資料蒐集目的：」 + 「（一）…」, tests/test_profiles44b.py)."""
    items = []
    numbered = _numbered_run(paras, index) if numbered_run else 0
    for k, para in enumerate(paras[index + 1 : index + 1 + MAX_ITEMS]):
        if para.kind not in ("item", "table") and k >= numbered:
            break
        if not table_rule(para.text) and not _mostly_links(para.text):  # a table-of-contents entry is no item
            items.append((para, 0, min(len(para.text), MAX_SENTENCE)))
    return items


# (u44w2, issue #14, eval/profiles44 lvbao-tw 28-29) a heading that is a short label of a disclosure, its value in the paragraph
# under it (「四、利用地區：」 + 「本公司營業所在地，以及依法得進行個人資料國際傳輸之地區。」, a notice written in a template string):
# the label reads with its value on one line, as 「四、利用地區：本公司營業所在地…」 would (`Unit.context` 4), cited at the value.  Not a heading that is a sentence, nor a value
# paragraph that is a lead-in of its own (「您得依…向本公司行使下列權利：」) or a list item.  (u52w2, eval/profiles52 jobmodal-tw 93-96)
# the same label as a paragraph of its own (a `<Typography>` 「個人資料類別：」 over 「包含個人基本資料、…」), a whole paragraph.
_LABEL_TITLE = _lazy(rf"\A[^{SENTENCE_MARKS}:：\n]{{1,24}}[:：]\Z")


# (u52w2) as a paragraph of its own, a label is a short name with no clause in it: no comma, enumeration, pronoun or
# negation (「個人資料類別：」, 「資料蒐集之目的：」; not 「您可以通过以下方式访问…:」, 「为提供基础服务，我们仅收集：」, 「我们不会收集的
# 敏感信息：」, 「三、個人資料使用期間、地區、對象及利用方式:」, which introduce what follows); its value is no numbered item.
_PARA_LABEL = _lazy(rf"\A[ \t]{{0,4}}[^{SENTENCE_MARKS}:：\n，,、您你我们們不以如可将將会會]{{1,16}}[:：]\Z")


# and it names one of the notice's items, as the Taiwan Act's Art. 8 list does: not 「开发者:」 left empty over the next
# paragraph 「如有问题，请发送邮件至…」 (tests/test_profiles_classes8.py), a slot, not a label over its value
_PARA_LABEL_ITEM = _lazy(r"(?:类别|類別|类型|類型|种类|種類|目的|期间|期間|期限|地区|地區|对象|對象|方式|方法|来源|來源)[ \t]{0,2}[:：]\Z")


def _label_paragraph(para: Paragraph) -> bool:
    """Whether `para` is a label of a notice item standing alone as a paragraph (`_PARA_LABEL`, `_PARA_LABEL_ITEM`)."""
    if para.kind != "paragraph":
        return False
    text = para.text.replace("*", "").strip()
    return _PARA_LABEL.match(text) is not None and _PARA_LABEL_ITEM.search(text) is not None


def _label_value(lead: Paragraph, paras: tuple[Paragraph, ...], *, numbered: bool = True) -> list[tuple[Paragraph, int, int]]:
    """The paragraph that holds a label heading's value (`lead`, its section's title ending with a colon), or nothing; with
    `numbered` False (a label paragraph's), not a numbered item (「（一）…」, the first of a list)."""
    if not paras or paras[0].kind != "paragraph" or _LABEL_TITLE.match(lead.text.replace("*", "").strip()) is None:
        return []
    value = paras[0].text.rstrip()
    if not value or value.endswith(_COLON) or (not numbered and _NUMBERED.match(value) is not None):
        return []
    return [(paras[0], 0, min(len(paras[0].text), MAX_SENTENCE))]


# (u59r, issue #14, eval/precision57 tizhong-zh-txt 37-49) a heading that names one field of the policy's contact details, over
# a body that is only its value (「1、公司名称」 over 「合肥日常网络科技有限公司」, 「联系方式」 over an address, 'Contact' over an
# e-mail): the two make one statement, read as 「公司名称：合肥日常网络科技有限公司」 (`Unit.context` 4, cited at the value).  A
# heading alone covers nothing: not over an empty body, two paragraphs, a list, a sentence or a lead-in, nor a title that
# says more than a field's name (「如何联系我们」 is a topic, not a field).
_FIELD_TITLE = _lazy(FIELD_CAPTION, re.I)  # (`patterns.FIELD_CAPTION`; u59h: the i18n reader asks it too)
_FIELD_VALUE_MAX = 80
_FIELD_SENTENCE = _lazy(f"[{SENTENCE_MARKS}]" + r"|[.](?:[ \t]|\Z)")


def _field_value(section: Section, paras: tuple[Paragraph, ...]) -> tuple[Paragraph, Paragraph] | None:
    """(the label as a paragraph ending with a colon, the value) when `section` is a field heading over its value alone."""
    if len(paras) != 1 or paras[0].kind != "paragraph" or not section.title or section.line is None:
        return None
    value = paras[0].text.strip()
    if not value or len(value) > _FIELD_VALUE_MAX or value.endswith(_COLON) or _FIELD_SENTENCE.search(value):
        return None
    if _FIELD_TITLE.match(section.title) is None or _title_sentence(section) is not None:
        return None
    # (the label without its numbering, as it reads in a line 「公司名称：…」; cited at its heading's line, never at its words)
    label = Paragraph(f"{_bare(section.title).strip()}：", section.line, section.column or 1, section.line, "paragraph", ())
    return label, paras[0]


def _field_block(section: Section, children: list[Section], by_id: dict[str, Section]) -> list[tuple[Paragraph, int, int]]:
    """(u59r) The fields of a contact block: a section with no body of its own whose subsections are each a field heading
    over its value (「八、如何联系到我们」 over 「1、公司名称」 + the name, 「2、注册地址」 + the address, …), label then value;
    empty unless there are two such subsections and nothing else under it."""
    parts: list[tuple[Paragraph, int, int]] = []
    if len(children) < 2:
        return parts
    for child in children:
        field = _field_value(child, _without_contents(_with_title_sentence(child, by_id)))
        if field is None:
            return []
        parts.extend((para, 0, len(para.text)) for para in field)
    return parts


def _chinese(text: str) -> bool:
    """Whether Han characters outnumber Latin letters in `text`."""
    return han_share(text) > 0.5


def _items_after_twin(paras: tuple[Paragraph, ...], index: int) -> list[tuple[Paragraph, int, int]]:
    """(u44w, issue #14, eval/profiles43c aitrans-zh 364) The items after the next paragraph when that paragraph is the same
    lead-in in the other language, on a page that gives every paragraph in both (「您可能享有以下权利：」 + "you may have the
    following rights:" + 「- 查询、访问您的个人信息；」): the list is the first lead-in's too.  Empty otherwise."""
    if index + 1 >= len(paras) or paras[index + 1].kind != "paragraph":
        return []
    twin = paras[index + 1].text.rstrip()
    if not twin.endswith(_COLON) or _chinese(twin) == _chinese(paras[index].text):
        return []
    return _following_items(paras, index + 1)


def _with_lead(lead: list[tuple[Paragraph, int, int]], items: list[tuple[Paragraph, int, int]], section: Section) -> Iterator[Unit]:
    """The lead-in alone, then the lead-in with each item: 「您可以：」 + 「- 删除账号。」 reads as one sentence."""
    yield _unit(lead, section)
    for item in items:
        yield _unit([*lead, item], section, lead=len(lead))


# Twenty-fifth session (u25w): the meaning a list item takes from what it sits under.  A list item with no lead-in reads
# with the heading of its section (「### 8.1 查閱權」 + 「- 您可以要求查閱我們持有的您的個人資料」), a nested item with its parent
# item (「- **Cloudflare Pages**」 + 「  - 提供网站托管和CDN服务」), and a lead-in that closes its section with the titles and
# the first items of the subsections that go on with its list ("We use the information we collect to:" + "1. **Provide
# Core Services**" + "   - Create and manage your account").  The item is cited (the lead-in, for a title); a clause must
# find words in the item or the title (`Unit.context`), so a heading or a parent alone covers nothing.
def _title_paragraph(section: Section) -> Paragraph | None:
    """A section's title as a paragraph, for reading its body's first list with it (None without an explicit title)."""
    if not section.title or section.line is None or not _bare(section.title).strip():
        return None
    return Paragraph(section.title, section.line, section.column or 1, section.line, "paragraph", section.title_pieces)


# (u44w, issue #14, eval/blind/round33b tourze-fixture-php 225: a PHP heredoc now read as HTML) a short numbered paragraph
# that carries no sentence (「<p>5.1 访问和更正您的个人信息</p>」 under 「5. 您的权利」) is a list item written as a paragraph: it
# reads with its section's heading as an item does.
_NUMBERED_LABEL = _lazy(rf"\A[ \t]{{0,4}}\d{{1,2}}\.\d{{1,2}}\.?[ \t]{{1,3}}[^{SENTENCE_MARKS}\n]{{2,30}}\Z")


def _numbered_label(para: Paragraph) -> bool:
    """Whether `para` is a short numbered paragraph with no sentence in it (「5.1 访问和更正您的个人信息」)."""
    return para.kind == "paragraph" and _NUMBERED_LABEL.match(para.text) is not None


def _introduced(paras: tuple[Paragraph, ...], start: int) -> bool:
    """Whether the paragraph before a run of list items (which starts at `start`) is a lead-in of them."""
    if start == 0:
        return False
    text = paras[start - 1].text.rstrip()
    return text.endswith(_COLON) or _INTRODUCES.search(text[-MAX_SENTENCE:]) is not None


def _item_places(paras: tuple[Paragraph, ...]) -> list[tuple[int, int | None]]:
    """Per paragraph: where the run of list items up to it starts, and its parent, the nearest item of that run before
    it with a smaller column (None without one); one pass with a stack (thirty-ninth session, u39h: each item of a long
    flat list looked back over the whole run, quadratic: 16,000 items, 18 s of CPU)."""
    out: list[tuple[int, int | None]] = []
    start = 0
    stack: list[int] = []  # the run's items before this one, their columns rising
    for i, para in enumerate(paras):
        if i == 0 or paras[i - 1].kind != "item":
            start, stack = i, []
        while stack and paras[stack[-1]].column >= para.column:
            stack.pop()
        out.append((start, stack[-1] if stack else None))
        stack.append(i)
    return out


def _in_context(
    section: Section, paras: tuple[Paragraph, ...], i: int, heading: Paragraph | None, place: tuple[int, int | None]
) -> Iterator[Unit]:
    """List item `i` read after its parent item, or after its section's heading when it is a first-level item of a list
    that no sentence introduces (`Unit.context` 1); `place` is the item's (`_item_places`)."""
    para = paras[i]
    if _mostly_links(para.text) or _says_nothing(para.text):  # (a table of contents' entry: 「- [数据保护官](#dpo)」)
        return
    item = (para, 0, min(len(para.text), MAX_SENTENCE))
    start, parent_at = place
    if parent_at is not None:
        parent = paras[parent_at]
        if not parent.text.rstrip().endswith(_COLON):  # (a parent that ends with a colon is read as a lead-in already)
            yield _unit([(parent, 0, min(len(parent.text), MAX_SENTENCE)), item], section, lead=1, context=1)
        return
    if heading is not None and not _introduced(paras, start):
        yield _unit([(heading, 0, len(heading.text)), item], section, lead=1, context=1)


def _continued(lead: tuple[Paragraph, int, int], section: Section, children: list[Section], by_id: dict[str, Section]) -> Iterator[Unit]:
    """A lead-in that closes its section, read with the title of each subsection and with the first-level items that open
    it (`Unit.context` 2 and 3)."""
    for child in children:
        title = _title_paragraph(child)
        if title is None:
            continue
        yield _unit([lead, (title, 0, len(title.text))], section, [section, child], lead=1, context=2)
        paras = _without_contents(_with_title_sentence(child, by_id))
        for para in paras[:MAX_ITEMS]:
            if para.kind != "item":
                break
            if para.column == paras[0].column and not _mostly_links(para.text):
                yield _unit([lead, (para, 0, min(len(para.text), MAX_SENTENCE))], section, [section, child], lead=1, context=3)


def units(doc: Document, within: str) -> Iterator[Unit]:
    """Every unit of one kind, in document order (headings are never part of a unit)."""
    by_id = {s.id: s for s in doc.sections}
    if within == "document":
        kept = [(s, _with_title_sentence(s, by_id)) for s in doc.sections]
        body = [(p, 0, len(p.text)) for _, paras in kept for p in paras]
        owners = [s for s, paras in kept for _ in paras]
        if body:
            yield _unit(body, owners[0], owners)
        return
    titles = {_bare(s.title) for s in doc.sections if s.title and _title_sentence(s) is None}
    children: dict[str, list[Section]] = {}
    for s in doc.sections:
        if s.parent is not None:
            children.setdefault(s.parent, []).append(s)
    for section in doc.sections:
        paras = _without_contents(_with_title_sentence(section, by_id))
        lead = _lead_in(section)
        if not paras and lead is None and within in ("paragraph", "section") and section.id in children:
            block = _field_block(section, children[section.id], by_id)
            if block:  # (u59r) a contact block's fields, each label with its value on one line
                owners = [s for s in children[section.id] for _ in (0, 1)]
                yield _unit(block, section, owners, lead=1, context=4, joints=" \n" * (len(block) // 2))
        if not paras:
            # (forty-ninth session) a lead-in heading with no body of its own, read as one with a body is: alone, and
            # with the titles its list goes on in (「1.4 我们仅会出于以下目的，收集和使用您的个人信息：」 over 「1.4.1 用户注册
            # 和登录」…; since u49a such a line over its first numbered sub-heading is a heading, no longer a paragraph)
            if lead is not None and within != "document":
                whole = (lead, 0, len(lead.text))
                yield _unit([whole], section, lead=1) if within == "paragraph" else _unit([whole], section)
                if within != "section" and section.id in children:
                    yield from _continued(whole, section, children[section.id], by_id)
            continue
        heading = _title_paragraph(section) if within == "sentence" and lead is None and _title_sentence(section) is None else None
        if within == "section":
            yield _unit([(p, 0, len(p.text)) for p in ((lead,) if lead else ()) + paras], section)
            continue
        if lead is not None:  # 「3. 安全措施：」 taken for a heading: it introduces the items under it
            items = _following_items((lead, *paras), 0, numbered_run=False)
            if within == "paragraph":
                yield _unit([(lead, 0, len(lead.text)), *items], section, lead=1)
            else:
                yield from _with_lead([(lead, 0, len(lead.text))], items, section)
            value = [] if items else _label_value(lead, paras)
            if value:
                yield _unit([(lead, 0, len(lead.text)), *value], section, lead=1, context=4, joint=" ")
        field = _field_value(section, paras) if lead is None and within != "document" else None
        if field is not None:  # (u59r) a field heading over its value: 「公司名称：合肥日常网络科技有限公司」
            yield _unit([(para, 0, len(para.text)) for para in field], section, lead=1, context=4, joint=" ")
        headers = _table_headers(paras)
        places = _item_places(paras)
        for i, para in enumerate(paras):
            if within == "paragraph":
                if _says_nothing(para.text) or _bare(para.text) in titles:
                    continue
                row_header = headers[i]
                if row_header is not None and _marked_not(row_header.text, para.text):
                    continue
                tail = _following_items(paras, i) if para.text.rstrip().endswith(_COLON) else []
                yield _unit([(para, 0, len(para.text)), *tail], section, lead=1)
                continue
            header = headers[i]
            if header is not None and _marked_not(header.text, para.text):
                continue
            if header is not None and not table_rule(para.text):  # a row reads with its column names
                yield _unit(
                    [(header, 0, min(len(header.text), MAX_SENTENCE)), (para, 0, min(len(para.text), MAX_SENTENCE))], section, lead=1
                )
            spans = _line_sentences(para)
            folded = fold(para.text)
            contents = False  # inside a table of contents that a lead-in opened in this paragraph (its <br> lines)
            grant: tuple[int, int] | None = None  # a sentence that grants a right and ends with ；
            for start, end in spans:
                if contents and _TOC_ENTRY.match(para.text[start:end].strip()) and not _clause(para.text[start:end]):
                    continue  # an entry of the contents (u54r2: not a clause of the text, 「…删除您的个人信息。」)
                lead = _TOC_LEAD.search(para.text[start:end])
                # (u54r2) not when the sentence goes on to a clause: 「本协议包含以下内容：我们收集您的手机号码用于登录。」
                contents = lead is not None and not _opens_clauses(para.text[start + lead.end() : end])
                if contents or _says_nothing(para.text[start:end], folded[start:end]) or _bare(para.text[start:end]) in titles:
                    continue
                introduces = para.text[start:end].rstrip().endswith(_COLON) or (
                    end == spans[-1][1] and _INTRODUCES.search(para.text[start:end])
                )
                if introduces:
                    following = _following_items(paras, i) or (_items_after_twin(paras, i) if end == spans[-1][1] else [])
                    yield from _with_lead([(para, start, end)], _without_label_cells(following, doc.rows), section)
                    # (u52w2) a label paragraph alone over its value paragraph reads as a label heading does (`_label_value`)
                    value = [] if following or start or not _label_paragraph(para) else _label_value(para, paras[i + 1 :], numbered=False)
                    if value:
                        yield _unit([(para, 0, len(para.text)), *value], section, lead=1, context=5, joint=" ")
                    if not following and i == len(paras) - 1 and end == spans[-1][1] and section.id in children:
                        yield from _continued((para, start, end), section, children[section.id], by_id)
                else:
                    yield _unit([(para, start, end)], section)
                # 「会员有权访问…；要求我们更新或更正…；要求我们删除…」: a clause without its subject reads with the grant before it
                if grant is not None and _BARE_REQUEST.match(para.text, end - len(para.text[start:end].lstrip())):
                    yield _unit([(para, *grant), (para, start, end)], section, lead=1)
                elif _GRANT.search(folded, start, end) and para.text[start:end].rstrip().endswith(("；", ";")):
                    grant = (start, start + len(para.text[start:end].rstrip()) - 1)  # (without its ；, which would end a clause)
                else:
                    grant = None
            if para.kind == "item" or _numbered_label(para):
                yield from _in_context(section, paras, i, heading, places[i])
