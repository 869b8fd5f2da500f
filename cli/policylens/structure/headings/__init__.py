"""Which blocks are headings: the title, explicit, numbered, bold and plain headings, bilingual pairs.

`find_title` picks the document title; `find_headings` every other block that becomes a
heading (keyed by block index) and the second lines of bilingual heading pairs.  What a
single line looks like is in `structure.shapes`; nesting is in `structure.levels`.

This module is the selection itself (`find_headings`: each block's own evidence, then the passes in
order); the evidence and the passes live in the modules beside it:

- `values`: a heading's number as an integer, Roman numerals, letters;
- `atx`: Markdown `#` lines typed into a plain-text file;
- `title`: the document's title (`find_title`) and what names a document;
- `short_items`: runs of short lines announced by a lead-in (list items, no titles);
- `labels`: lines that are no titles: a label's value, a contact's name, the page's own lines;
- `colon`: titles closed by a colon, their siblings and answers;
- `editions`: second-language editions and bilingual heading pairs;
- `lists`: numbered lines that are a list's entries or a table of contents;
- `numbered`: numbered titles found by their siblings and parents, symbol-marked titles, parents.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.lines import title_over_fields
from policylens.model import Block
from policylens.normalise import fold
from policylens.patterns import slot_only
from policylens.structure.headings.atx import promote_atx_lines
from policylens.structure.headings.box_titles import rank_box_titles
from policylens.structure.headings.colon import _answers_under_questions, _bare_colon_titles, _colon_siblings
from policylens.structure.headings.editions import (
    _bare_edition,
    _bilingual_title,
    _edition_title,
    _pair_bilingual,
    _plain_edition_title,
    _translates,
)
from policylens.structure.headings.formal import formal_parents
from policylens.structure.headings.kicker import kicker_over_title
from policylens.structure.headings.labels import (
    _FIELDS_SECTION_WORD,
    _drop_page_lines,
    _name_over_its_address,
    _value_of_contact_label,
    _value_of_label,
    colon_label_siblings,
)
from policylens.structure.headings.lists import (
    _bare_item_markers,
    _closing_clause,
    _demote_lists,
    _entry_among_sentences,
    _item_heading,
    _joined_list,
    _lettered_sentences,
    _next_list_item,
    plain_lead_ins,
    titled_run_entry,
)
from policylens.structure.headings.numbered import (
    _glued_numbers,
    _long_siblings,
    _mark_parents,
    _marked_titles,
    _parents_of_first_children,
    _roman_letters,
    lead_ins_between_siblings,
)
from policylens.structure.headings.pipe_rows import pipe_table_row
from policylens.structure.headings.plain_pairs import paired_sub_titles
from policylens.structure.headings.prelude import prelude_title
from policylens.structure.headings.short_items import ShortItems, announced_item
from policylens.structure.headings.shown_first import shown_first_title
from policylens.structure.headings.stacked_names import larger_name_below, past_control_label
from policylens.structure.headings.title import bar_title_above, colon_title, find_title, names_a_document, same_title
from policylens.structure.headings.values import _SENTENCE_ENDS, heading_value, roman_value
from policylens.structure.memo import parse_number
from policylens.structure.shapes import (
    POLICY_WORD,
    Heading,
    han_pairs,
    heading_like,
    is_label_or_org,
    is_plain_heading,
    numbered_heading,
    opening_title,
    reads_as_sentence,
    unemphasise,
)

# The public names, used by `structure`, `structure.glued` and `structure.levels` (each defined in the module named above).
__all__ = [
    "ShortItems",
    "announced_item",
    "bar_title_above",
    "colon_title",
    "find_headings",
    "find_title",
    "heading_value",
    "larger_name_below",
    "names_a_document",
    "partner_title",
    "past_control_label",
    "promote_atx_lines",
    "roman_value",
    "shown_first_title",
]

_MD_KEYS: dict[int, tuple[str, str]] = {}


def _md_key(depth: int) -> tuple[str, str]:
    """("md", "2"): one tuple per depth, shared by every heading of that depth (issue #12: a tuple per heading was ~4 MB per 62,500)."""
    key = _MD_KEYS.get(depth)
    if key is None:
        key = _MD_KEYS[depth] = ("md", str(depth))
    return key


def _bold_run_announced(blocks: list[Block], i: int, short: ShortItems) -> bool:
    """「本注册协议包含内容如下：」 / 「**《…服务协议》**」 / 「**《…政策》**」: bold short lines in a run under a lead-in are its items.

    Only a run of two or more bold lines: one bold sub-title over list items (「我們可能收集以下類型的資料：」 /
    「個人識別資訊」 styled as a sub-heading / items) stays a heading.
    """
    run = (i + 1 < len(blocks) and blocks[i + 1].emphasised) or (i > 0 and blocks[i - 1].emphasised)
    return run and announced_item(blocks, i, short)


def find_headings(
    blocks: list[Block], title_idx: int | None, fmt: str, bold_titles: dict[int, Heading] | None = None
) -> tuple[dict[int, Heading], dict[int, int]]:
    """Every block that will become a heading, keyed by block index, and the bilingual partners.

    The second mapping sends the second line of a bilingual heading pair to the first.  `bold_titles`: the numbered
    bold titles of a Markdown run `structure.bold_titles` found (「**三、API 密钥存在哪里:**」), headings by that evidence.
    """
    explicit = sum(1 for i, b in enumerate(blocks) if b.kind == "heading" and i != title_idx)
    plain_allowed = fmt == "text" or explicit == 0
    first_body = next((i for i in range(len(blocks)) if i != title_idx), None)
    if title_idx is not None and first_body == title_idx - 1 and kicker_over_title(blocks, first_body):
        first_body = title_idx + 1  # 「透明」 over the headline taken for the title: the first block is the one below it
    if first_body is not None and opening_title(unemphasise(blocks[first_body].text)):
        first_body = None  # 「引言」 (「【引言】」, 「【首部及导言】」) opening the text is its first section
    if first_body is not None and title_idx is not None and first_body < title_idx and blocks[first_body].kind != "heading":
        first_body = None  # above the title, no section (the loop below): a consent pop-up's copy of the name (u49a2)
    bare_edition = _bare_edition(blocks, title_idx) if fmt == "markdown" and not plain_allowed else None
    glued = _glued_numbers(blocks) if fmt == "docx" else {}
    short = ShortItems(blocks)
    colon_labels = colon_label_siblings(blocks)
    title_language: dict[int, str | None] = {}  # the title's language, once asked (`_plain_edition_title`)
    found: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        if i == title_idx or (title_idx is not None and i < title_idx and block.kind != "heading"):
            continue  # the title and the page chrome above it (a back button, a menu line) are not sections
        if slot_only(block.text):
            continue  # 「## {{ section.title }}」: filled at run time, it names nothing here
        if fmt == "html" and title_idx is not None and i < title_idx and (block.level or 1) <= (blocks[title_idx].level or 1):
            continue  # an <h*> at the title's rank above it: the site's name (「<h1>某某科技</h1>」), not a section
        if title_idx is not None and i < title_idx and same_title(block.text, blocks[title_idx].text):
            continue  # a breadcrumb banner's copy of the title above the article's own title, a consent pop-up's: no section
        if i == bare_edition:
            plain_allowed = True  # the edition's titles are bare lines: read them like plain text
            found[i] = Heading(i, block.text.strip(), None, ("edition",))
            continue
        if block.kind == "heading":  # explicit: a heading whatever its text
            key = ("edition",) if _edition_title(blocks, title_idx, block) else _md_key(block.level or 1)
            found[i] = Heading(i, block.text, parse_number(block.text), key)
            continue
        if block.kind in ("code", "table"):
            continue
        heading = numbered_heading(block, glued=glued.get(i))
        if heading is not None and _joined_list(block, heading):
            continue
        if block.kind == "item" and heading is None:
            heading = _item_heading(block)
            if heading is None:
                continue
        if heading is not None:
            if fmt not in ("text", "markdown") or not _next_list_item(blocks, i, heading) or titled_run_entry(blocks, found, i, heading):
                found[i] = Heading(i, heading.title, heading.number, heading.key)
            continue
        text = unemphasise(block.text)
        is_bold = block.emphasised or text != block.text
        if (
            is_bold
            and (len(block.pieces) == 1 or (fmt == "html" and _title_over_table(blocks, i)))
            and heading_like(text, limit=30)
            and i != first_body
            and i + 1 < len(blocks)  # a bold line that ends the document titles nothing (a note's last line, a toggle's)
            and not is_label_or_org(text)
            and not _value_of_contact_label(blocks, i)
            and not _name_over_its_address(blocks, i)
            and not _bold_run_announced(blocks, i, short)
            and i not in colon_labels
        ):
            found[i] = Heading(i, text.strip(), None, ("bold",))
            continue
        if (
            plain_allowed
            and i != first_body
            and i + 1 < len(blocks)
            and blocks[i + 1].kind not in ("table", "code")
            and not (
                i - 1 in found
                and found[i - 1].key != ("edition",)  # 「Privacy Policy」 / 「Scope of application」: the edition's first section
                and block.line == blocks[i - 1].end_line + 1
                and not _translates(blocks[i - 1], block)
                and not _sub_title_below(blocks, found, i)
            )
            and is_plain_heading(block)
            and not _value_of_label(blocks, i)
            and not announced_item(blocks, i, short)
            and not pipe_table_row(blocks, i)
        ):
            key = ("edition",) if _plain_edition_title(blocks, title_idx, block, title_language) else ("plain", "leaf")
            found[i] = Heading(i, text.strip(), None, key)
    for i, heading in (bold_titles or {}).items():
        if i != title_idx:
            found.setdefault(i, heading)
    _bare_item_markers(blocks, found)
    if fmt == "html":
        rank_box_titles(blocks, found)
    if not plain_allowed:
        paired_sub_titles(blocks, found)  # 「<h4>…</h4>」 over 「邮件和信息推送」 / text, 「与服务有关的公告」 / text (u49a2)
    _colon_siblings(blocks, found)
    formal_parents(blocks, found)
    _answers_under_questions(blocks, found)
    if fmt == "text":
        _bare_colon_titles(blocks, found, title_idx)
    _long_siblings(blocks, found)
    _parents_of_first_children(blocks, found)
    lead_ins_between_siblings(blocks, found)
    _drop_title_again(blocks, found, title_idx)
    if first_body is not None and first_body not in found:
        _first_block_like_the_rest(blocks, found, first_body, plain_allowed)
    if first_body is not None and first_body not in found and plain_allowed:
        _first_title_over_fields(blocks, found, first_body)
    if first_body is not None and first_body not in found:
        prelude_title(blocks, found, first_body, title_idx)
    _roman_letters(found)
    _drop_page_lines(blocks, found)
    partners = _pair_bilingual(blocks, found)
    _demote_lists(blocks, found)
    plain_lead_ins(blocks, found)
    _entry_among_sentences(blocks, found)
    _closing_clause(blocks, found)
    _lettered_sentences(blocks, found)
    _marked_titles(blocks, found)
    _mark_parents(blocks, found)
    return found, partners


def _title_over_table(blocks: list[Block], i: int) -> bool:
    """A bold line directly over a table, its words written across source lines (a Word export's 「<b><span>Android</span>
    </b>⏎<b><span>应用权限申请与使用情况</span></b>」, m48x's structure48c destruct-wordhtml; u48a2): one line on the page, the
    table's title.  A bold line of several pieces is otherwise no title by this rule (a bold paragraph broken by `<br>`)."""
    return i + 1 < len(blocks) and blocks[i + 1].kind == "table" and "\n" not in blocks[i].text


def _drop_title_again(blocks: list[Block], found: dict[int, Heading], title_idx: int | None) -> None:
    """A line right under the title that repeats it (with the operator's name) is no section holding all the others.

    「<h2>隱私權政策</h2>」 then a read-only box whose first line is 「晴空旅宿隱私權政策」 above 「一、…」:
    the second line is the policy's title again; as a section it put every section one level deep.
    Only an unnumbered line naming the policy, the first heading after the title, ending with the
    title's words, with later headings under it, and not an explicit <h*>.
    """
    if title_idx is None:
        return
    first = min((i for i in found if i > title_idx), default=None)
    if first is None or blocks[first].kind == "heading" or found[first].number is not None:
        return
    title = "".join(fold(unemphasise(blocks[title_idx].text)).split())
    text = "".join(fold(found[first].title).split())
    if title and POLICY_WORD.search(text) and text != title and text.endswith(title) and len(text) <= 40 and len(found) > 2:
        del found[first]


def _first_block_like_the_rest(blocks: list[Block], found: dict[int, Heading], first: int, plain_allowed: bool) -> None:
    """The first block after the title is a heading when it has the shape of the other headings.

    The first line is usually a subtitle, a date or the opening sentence, so it is not a
    heading on its own evidence; but 「信息收集」 directly above its paragraph, followed
    later by 「Cookie的使用」 and 「信息安全」 written the same way, is the first section.
    The shape: bold or bare, and directly above its paragraph (no blank line) or not.  A
    bare line with a blank line below it is left alone: it may be a subtitle (「智米科技」).
    """
    block = blocks[first]
    text = unemphasise(block.text)
    bold = block.emphasised or text != block.text
    # (u55x2) a bold title over the clauses of its list (「<li>個人資料的蒐集</li><ol><li>…。</li>…」, an outline list)
    if first + 1 >= len(blocks) or blocks[first + 1].kind not in (("paragraph", "item") if bold else ("paragraph",)):
        return
    key: tuple[str, ...]
    if bold:
        ok, key = len(block.pieces) == 1 and heading_like(text, limit=30) and not is_label_or_org(text), ("bold",)
    else:
        ok, key = plain_allowed and is_plain_heading(block), ("plain", "leaf")

    def attached(i: int) -> bool:  # the text starts on the next line (or on the title's own line, glued)
        return i + 1 < len(blocks) and blocks[i + 1].line in (blocks[i].end_line, blocks[i].end_line + 1)

    alike = [i for i, h in found.items() if h.key[0] == key[0] and h.number is None and attached(i) == attached(first)]
    bilingual = _bilingual_title(text) and any(_bilingual_title(found[i].title) for i in alike)
    if not (bold or bilingual or attached(first) or _words_of_the_outline(text, [found[i].title for i in alike], blocks, first)):
        return  # a bare line standing alone under the title may be a subtitle (「智米科技」): precision first
    # one later heading is enough when the first is glued to its text like it and every heading
    # of the document has that shape (a short policy of two sections: 「信息收集」 / text, 「信息使用」 / text)
    uniform = attached(first) and len(alike) == len(found) == 1
    # 「<b>用户服务协议</b>」 then, after its numbered sections, 「<b>隐私政策</b>」: a page of two documents, each opening with its
    # name (round29b, one TSX modal); the first name is the first document's heading, as the second is the second's
    documents = bold and names_a_document(text) and any(names_a_document(found[i].title) for i in alike)
    if ok and (len(alike) >= (1 if bilingual or uniform or documents else 2) or (bold and _bold_intro(blocks, found, first, text))):
        found[first] = Heading(first, text.strip(), None, key)


_INTRO_NUMBERED_MIN = 2  # bold numbered headings after a bold unnumbered first block (`_bold_intro`)
# a topic pair ending 「…和声明」 (「概述和声明」): a section, though 声明 alone names a document
_AND_STATEMENT = lazy(r"[和与與及](?:声明|聲明)\Z")
# an instruction or a sentence, set bold: 「请仔细阅读以下内容」
_INSTRUCTION = lazy(r"请|請|阅读|閱讀|以下|如下|[。，,；;！!？?：:]")


def _bold_intro(blocks: list[Block], found: dict[int, Heading], first: int, text: str) -> bool:
    """A bold first block over its text, before sections that are bold numbered lines: the document's opening section.

    A Flutter screen's 「概述和声明」 (bold) over five paragraphs, then bold 「一、…」「(一)…」「二、…」 (eval/structure45
    jiuding-privacy-dart): written as the sections are, only without a number, it is the first of them, not a subtitle;
    left out, its paragraphs were the preamble.  Not a line naming a document (the title again, 「儿童个人信息保护指引」,
    「用户须知」: `POLICY_WORD`, unless a topic pair 「…和声明」), not an instruction (「请仔细阅读以下内容」, r45 #4), and
    not one whose text does not follow on the next line (or after one blank line); the numbered lines must be
    paragraphs set bold, as it is, not explicit `<h*>`."""
    topic = fold(unemphasise(text)).strip()
    if POLICY_WORD.search(_AND_STATEMENT.sub("", topic)) or _INSTRUCTION.search(topic) or reads_as_sentence(topic):
        return False  # (the title again: `_drop_title_again`'s; a document's name; an instruction)
    below = blocks[first + 1]
    if below.line not in (blocks[first].end_line, blocks[first].end_line + 1, blocks[first].end_line + 2):
        return False
    numbered = [
        i
        for i, h in found.items()
        if i > first
        and h.number is not None
        and blocks[i].kind != "heading"
        and (blocks[i].emphasised or unemphasise(blocks[i].text) != blocks[i].text)
    ]
    return len(numbered) >= _INTRO_NUMBERED_MIN


# ... and the fields of the document's own header, under its title or subtitle (「更新日期：…」, 「版本：V1.0」)
_HEADER_FIELD = lazy(r"^[^:：]{0,6}(?:日期|时间|時間|版本|更新|生效|发布|發布)")


def _first_title_over_fields(blocks: list[Block], found: dict[int, Heading], first: int) -> None:
    """The first block after the title, a bare section title directly over label: value lines: 「联系方式」 / 「电话：…」 / 「邮箱：…」.

    The first line is left alone on its own evidence (a subtitle, a product's name); over a run
    of fields it is a section when it names one (`_FIELDS_SECTION_WORD`) and the fields are not
    the document's dates and version.
    """
    block = blocks[first]
    if first + 2 >= len(blocks) or not is_plain_heading(block) or not _FIELDS_SECTION_WORD.search(block.text):
        return
    below, next_below = blocks[first + 1], blocks[first + 2]
    if below.line != block.end_line + 1 or next_below.line != below.end_line + 1 or _HEADER_FIELD.match(fold(below.text)):
        return
    if title_over_fields(block.text.strip(), below.text.split("\n")[0].strip(), next_below.text.split("\n")[0].strip()):
        found[first] = Heading(first, block.text.strip(), None, ("plain", "leaf"))


def _words_of_the_outline(text: str, titles: list[str], blocks: list[Block], first: int) -> bool:
    """A spaced bare first line shares a word with a later title written like it: 「信息收集」 before 「信息使用」.

    「隐私政策」 / 「信息收集」 / text / 「信息使用」 / text, every title with a blank line below it: the
    first line is the first section, not a subtitle, because it speaks the outline's words.  A
    subtitle (「智米科技」) shares none; a line naming the policy, or sharing a word with the lines
    above it (the title), stays a subtitle.
    """
    if POLICY_WORD.search(text):
        return False
    own = set(han_pairs(fold(text)))
    above = {pair for block in blocks[:first] for pair in han_pairs(fold(block.text))}
    return bool(own) and not own & above and sum(1 for t in titles if own & set(han_pairs(fold(t)))) >= 1


def _sub_title_below(blocks: list[Block], found: dict[int, Heading], i: int) -> bool:
    """「資料收集」 / 「帳戶資料」 / text: the line under a bare title is its first sub-title, not its text.

    The line directly below a title is usually its text; it is a sub-title when the title
    above is a short bare line, the line itself is a short bare line, and a sentence at least
    twice as long follows it on the next line.
    """
    above, block = blocks[i - 1], blocks[i]
    if found[i - 1].number is not None or found[i - 1].key[0] != "plain" or len(above.pieces) != 1 or len(block.pieces) != 1:
        return False
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "paragraph" or blocks[i + 1].line != block.end_line + 1:
        return False
    first = blocks[i + 1].pieces[0]
    below = fold(blocks[i + 1].text[first.offset : first.offset + first.length]).rstrip()
    title = fold(block.text).strip()
    return len(fold(above.text).strip()) <= 16 and len(title) <= 16 and below.endswith(_SENTENCE_ENDS) and len(below) >= 2 * len(title)


def partner_title(block: Block) -> str:
    """The title text of the second line of a bilingual pair."""
    heading = numbered_heading(block)
    return heading.title if heading else unemphasise(block.text).strip()
