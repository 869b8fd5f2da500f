"""Numbered lines that are a list's entries, not section titles.

A list item holding a Chinese-numbered heading, a list kept in one block, the next item of a list of sentences,
runs of same-style numbered lines with no body (a list or a table of contents: `_demote_lists`), a short entry
after its sibling written as a sentence, and lettered runs of which one is a sentence.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.lines import BULLET, lone_number
from policylens.model import Block
from policylens.normalise import WHITESPACE, fold
from policylens.numbering import CN_DIGITS, Number, number_value
from policylens.patterns import (
    CLAUSE_MARKS,
    SENTENCE_ENDS,
)
from policylens.structure.headings.outline_runs import continues_outline
from policylens.structure.headings.values import _LETTER, _letter, _number_rest, heading_value
from policylens.structure.memo import parse_number, per_text
from policylens.structure.shapes import (
    TOC_TITLES,
    Heading,
    numbered_heading,
    reads_as_sentence,
    unemphasise,
)

_TOC_NUMBERED_STYLES = {("num", "cn"), ("num", "cn-formal"), ("num", "di", "章"), ("num", "di", "条")}
# How the styles _item_heading accepts (cn, cn-paren, di) can start.
_ITEM_HEADING_STARTS = frozenset(CN_DIGITS + "第(（*_")


def _item_heading(block: Block) -> Heading | None:
    """A list item whose content is a Chinese-numbered heading: `*   一、我們收集的資料`."""
    return _item_heading_of(block.text)


@per_text
def _item_heading_of(text: str) -> Heading | None:
    """`_item_heading` of a block's text, all it reads (`numbered_heading` reads its block's text only)."""
    m = BULLET.match(fold(text))
    if not m or any(ch.isdigit() for ch in m.group(0)) or text[m.end() :].lstrip()[:1] not in _ITEM_HEADING_STARTS:
        return None
    found = numbered_heading(Block("paragraph", text[m.end() :], 0, 0, 0, ()))
    if found and found.key in _TOC_NUMBERED_STYLES | {("num", "cn-paren"), ("num", "cn-formal-paren")}:
        return found
    return None


def _joined_list(block: Block, heading: Heading) -> bool:
    """「a) 姓名」 / 「b) 电话」 kept in one block by the reader: a list whose lines carry the same numbering style.

    The second piece after nothing but emphasis marks opens no second line: 「**」「（一）个人敏感信息说明」「**」, a Word page's
    runs of a title whose Markdown bold marks were pasted as text (a font run each), is one title (twenty-ninth session,
    eval/blind/round29 laoyao-word-html: 22 titles missed)."""
    if len(block.pieces) < 2 or heading.number is None:
        return False
    second = block.pieces[1]
    if not block.text[: second.offset].strip(" \t\u3000*_"):
        return False
    number = parse_number(block.text[second.offset : second.offset + second.length])
    return number is not None and number.style == heading.number.style


def _next_list_item(blocks: list[Block], i: int, heading: Heading) -> bool:
    """「9. 我们会集成高德地图 Android」 right after 「8. 法律法规规定的其他情形。」: the next item of a list of sentences.

    Only in a tight list of a text or Markdown file (no blank line around the line), where the
    line below is the rest of the item wrapped (「地图 SDK，用于实现…」); a numbered title set off
    by blank lines after a numbered paragraph (「（五）…。」, then 「（六）安全事件处置」) is a heading.
    In HTML and DOCX every block is on a line of its own, so there is no such evidence.
    """
    if i == 0 or i + 1 >= len(blocks) or heading.number is None or blocks[i - 1].kind not in ("paragraph", "item"):
        return False
    if blocks[i - 1].end_line + 1 != blocks[i].line or blocks[i].end_line + 1 != blocks[i + 1].line:
        return False
    above = parse_number(blocks[i - 1].text)
    if above is None or above.style != heading.number.style:
        return False
    value, above_value = heading_value(heading), heading_value(Heading(i - 1, blocks[i - 1].text, above, heading.key))
    ends = fold(blocks[i - 1].text).rstrip().endswith(("。", ".", "；", ";"))
    return ends and value is not None and above_value == value - 1 and not _title_over_own_entries(blocks, i, heading)


def titled_run_entry(blocks: list[Block], found: dict[int, Heading], i: int, heading: Heading) -> bool:
    """「7、安全事件处置」 right after the numbered sentence 「6、互联网环境并非百分之百安全，…。」 (u49a, eval/structure49
    huawushang L133): the run 1、–8、 under 「（一）…的技术与措施」 mixes titles over paragraphs (「1、数据安全技术措施」,
    「2、…其他安全措施」, headings found above) with numbered sentences (3、–6、, 8、).  A short title (at most 16
    characters, no clause or sentence mark, not a sentence) over a line that is not numbered, whose run already holds a
    heading of its numbering, every number between them present in order with no other heading among them: the run's
    next title, not the next entry of a list of sentences (`_next_list_item`)."""
    value = heading_value(heading)
    if value is None or heading.number is None or i + 1 >= len(blocks):
        return False
    rest = fold(_number_rest(heading)).strip(WHITESPACE)
    if not rest or len(rest) > 16 or reads_as_sentence(rest) or any(mark in rest for mark in CLAUSE_MARKS + "，,；;"):
        return False
    if parse_number(fold(blocks[i + 1].text).strip(WHITESPACE)) is not None:
        return False
    expected = value - 1
    for k in range(i - 1, -1, -1):
        number = parse_number(fold(blocks[k].text).strip(WHITESPACE))
        if number is None or number.style != heading.number.style:
            if k in found:
                return False  # another heading between: not one run
            continue
        if heading_value(Heading(k, blocks[k].text, number, heading.key)) != expected:
            return False
        if k in found:
            return True
        expected -= 1
        if expected < 1:
            return False
    return False


def _title_over_own_entries(blocks: list[Block], i: int, heading: Heading) -> bool:
    """「3.2.2 为保障服务安全与分析统计的数据使用」 right after the numbered sentence 「3.2.1 本平台…，…。」 and right over
    「(1) 保障使用安全：…」 (eval/structure47 moguang L49, u47a2): the line below opens a list of another style (its
    first entry, bracketed or lettered, never a decimal a run of sub-sections could use) and the line is a title's
    shape (no comma, no sentence, no colon announcing the entries): a sub-section over its own list, not the next
    sentence of the list above it (`_next_list_item`)."""
    rest = fold(_number_rest(heading)).strip(WHITESPACE)
    entry = parse_number(fold(blocks[i + 1].text).strip(WHITESPACE))
    if entry is None or entry.style[0] == "decimal" or heading.number is None or entry.style == heading.number.style:
        return False
    if number_value(entry) != 1 or reads_as_sentence(rest) or rest.endswith(tuple(CLAUSE_MARKS)):
        return False
    if any(mark in rest for mark in "，,；;") or _LEAD_IN_WORDS.search(rest):
        return False  # 「2. HQChart插件对其提供给用户的质量做出如下承诺」: a lead-in to its entries (eval/precision30 hqchart)
    return not _sentence_after_entries(blocks, i, heading, entry)


# Words of a line announcing the entries under it, even with no colon: 「…做出如下承诺」, 「包括以下内容」.
_LEAD_IN_WORDS = lazy(r"如下|以下|下列|下述|as follows|the following", re.IGNORECASE)


def _sentence_after_entries(blocks: list[Block], i: int, heading: Heading, entry: Number) -> bool:
    """After the entries under line `i`, is its next sibling (numbered one more, in its style) a sentence?  Then `i`
    is one more item of a list of sentences that carries a sub-list (「3.HQChart作者有权…，…」 after 「2. …」's 1）2））."""
    value = heading_value(heading)
    k = i + 1
    while k < len(blocks) and (below := parse_number(fold(blocks[k].text).strip(WHITESPACE))) is not None and below.style == entry.style:
        k += 1
    if k >= len(blocks) or value is None or heading.number is None:
        return False
    after = parse_number(fold(blocks[k].text).strip(WHITESPACE))
    if after is None or after.style != heading.number.style or number_value(after) != value + 1:
        return False
    return reads_as_sentence(fold(blocks[k].text)[after.rest :].strip(WHITESPACE))


def _bare_item_markers(blocks: list[Block], found: dict[int, Heading]) -> None:
    """A lone item marker 「(2)」 whose text is the next block, after its sibling 「(1)您同意…」 written as body text under
    the same heading: the second entry of a list, no section (forty-fourth session, u44d2: `eval/structure44c`
    paypay-privacy-vue, 「<p>(2)</p>」 was a level-1 section after 「6. 交易行為」 and took the rest of 6. under it).
    An explicit heading (「<h3>(2)</h3>」) and a marker with no such sibling above it are left as they are."""
    for i in sorted(found):
        block = blocks[i]
        if block.kind == "heading" or not lone_number(block.text):
            continue
        label = fold(block.text).strip(WHITESPACE)
        number = parse_number(f"{label} 标题")
        value = number_value(number) if number is not None else None
        if number is None or value is None or value < 2:
            continue
        for k in range(i - 1, -1, -1):
            if k in found:
                break
            before = parse_number(fold(blocks[k].text).strip(WHITESPACE))
            if before is not None and before.style == number.style and number_value(before) == value - 1:
                del found[i]
                break


_BOLD_TITLES = 3  # unnumbered bold titles that make a document's outline a styled one


def plain_lead_ins(blocks: list[Block], found: dict[int, Heading]) -> None:
    """(u47l2, eval/structure47c zawia-privacy-docx paragraph 9) A plain line over a list, in a document whose titles are
    bold lines, is the list's lead-in when it is longer than every one of those titles: 「Link to privacy policy of third
    party service providers used by the app」 (not bold) / 「AdMob」 / 「Firebase Analytics」 under 「**Information
    Collection and Use**」 (the App Privacy Policy Generator's template saved as DOCX) was a level-2 heading.  Only with
    at least three unnumbered bold titles; a plain title no longer than they are, or over a paragraph, stays a heading."""
    bold = [len(h.title.strip()) for h in found.values() if h.key == ("bold",)]
    if len(bold) < _BOLD_TITLES:
        return
    longest = max(bold)
    for i in [i for i, h in found.items() if h.key == ("plain", "leaf")]:
        block = blocks[i]
        if i + 1 < len(blocks) and blocks[i + 1].kind == "item" and not block.emphasised and len(found[i].title.strip()) > longest:
            del found[i]


def _demote_lists(blocks: list[Block], found: dict[int, Heading]) -> None:
    """Runs of same-style numbered lines with no body between them are lists or a TOC."""
    order = sorted(found)
    toc_start: int | None = None
    for i in order:
        if _TOC_HINT.search(found[i].title) and fold(found[i].title).strip(" :：").lower() in TOC_TITLES:
            toc_start = i
            break
    else:  # a 「目录」 line that is not a heading itself (the first line under the title) still opens a TOC
        toc_start = next(
            (
                i
                for i, b in enumerate(blocks)
                if len(b.pieces) == 1 and len(b.text) <= 40 and b.kind == "paragraph" and _is_toc_title(b.text)
            ),
            None,
        )  # the length test of `_is_toc_title` first: no call for most blocks (issue #11)
    if toc_start is not None:
        j = toc_start + 1
        seen_toc: set[str] = set()
        last: dict[tuple[str, ...], int] = {}  # style → the last value listed
        while j in found and found[j].key[0] not in ("md",):
            t = _without_leader(fold(found[j].title).replace(" ", ""))
            value = heading_value(found[j])
            number = found[j].number
            if t in seen_toc or (number is not None and value is not None and value <= last.get(number.style, 0)):
                break  # the content starts: a title listed again, or a number starting over (「一、」 after 「三、」)
            seen_toc.add(t)
            if number is not None and value is not None:
                last[number.style] = value
            del found[j]
            j += 1
    prev_title = None
    copies: set[int] = set()
    for i in sorted(found):
        h = found[i]
        t = fold(h.title).replace(" ", "")
        if h.key[0] == "num" and t == prev_title:
            del found[i]  # the same heading written twice in a row (an anchor copy)
            copies.add(i)
            continue
        prev_title = t
    for run in _same_style_runs(found, copies):
        if continues_outline(blocks, found, run):
            continue  # 「2.许可范围」, 「3.权利限制」 between 「1.…」 and 「4.…」: the outline's own sections (`outline_runs`)
        if _section_after_clauses(blocks, found, run):
            for i in run[:-1]:
                del found[i]
            continue
        # A table of contents repeats its entries as real headings right after it:
        # the first repeated title starts the content (「一、…」 … 「十一、…」, 「一、…」).
        while len(run) >= 2:
            seen: set[str] = set()
            split = len(run)
            prev_val = None
            for k, i in enumerate(run):
                title = fold(found[i].title).replace(" ", "")
                val = heading_value(found[i])
                if title in seen or (k and val is not None and prev_val is not None and val <= prev_val):
                    split = k
                    break
                seen.add(title)
                prev_val = val
            for i in run[:split]:
                del found[i]
            run = run[split:]


def _section_after_clauses(blocks: list[Block], found: dict[int, Heading], run: list[int]) -> bool:
    """「5.您如何管理…」 / 「5.1您可以在设置页面…查看到-隐私政策，点击即可查看」 / 「5.2停止运营向您告知」 / its paragraph
    (eval/structure46 yaoji L108, u46a2): in a run of sub-section numbers (「5.1」, 「5.2」: a decimal of two parts or
    more), the clauses written as sentences are text, and the last member, a short title over a paragraph of its own
    (not numbered), is the next sub-section.  Only when every other member reads as a sentence (`reads_as_sentence`)."""
    last = run[-1]
    heading = found[last]
    if heading.key[:2] != ("num", "decimal") or len(heading.key) < 3 or heading.key[2] == "1":
        return False
    rest = _number_rest(heading)
    if last + 1 >= len(blocks) or last + 1 in found or blocks[last + 1].kind != "paragraph" or reads_as_sentence(rest) or "，" in rest:
        return False
    if parse_number(fold(blocks[last + 1].text).strip()) is not None:
        return False
    return all(reads_as_sentence(_number_rest(found[i])) for i in run[:-1])


def _entry_among_sentences(blocks: list[Block], found: dict[int, Heading]) -> None:
    """A short numbered line right after its sibling written as a sentence is that list's entry, no title.

    「3) 软件信息 例如，软件的版本号。」 / 「4) IP地址」 / 「5) 服务日志信息 例如，…。」 (eval/dev13/kuaiqi-assets-html, a
    `<div>` whose entries are set apart by `<br><br>`): the entry has a title's shape, but its neighbours numbered 3)
    and 5) in the same style are not titles, so it is no section either.  Both neighbours directly around it settle it
    (a title over a body of its own has no sibling right after it); a list entry (an item) after an entry numbered one
    less is the list's last entry (「12、为了保障…」 / 「13、获取用户的存储权限…」, eval/dev8/gonghuiyuan-html), unless
    content of its own follows (`_over_its_own`).
    """
    for i in sorted(found):
        heading = found[i]
        if heading.key[0] != "num" or heading.number is None or not 0 < i < len(blocks):
            continue
        value = heading_value(heading)
        # (u44d2) right under a title that ends in its list's lead-in (「2. 如須註冊時您的註冊義務 為了…，您同意以下事項：」,
        # `numbered._title_before_lead_in`), only the lead-in's first entry is asked about, below
        led = i - 1 in found
        if led and value == 1 and _bare_first_entry(blocks, found, i, heading.number):
            del found[i]
            continue
        if value is None or (led and not (value == 1 and _announces(blocks[i - 1].text))):
            continue
        before = not led and _sibling_number(blocks[i - 1], heading.number, value - 1)
        after = i + 1 < len(blocks) and i + 1 not in found and _sibling_number(blocks[i + 1], heading.number, value + 1)
        kind = blocks[i].kind
        # a text's entries may be read some as items, some as paragraphs (「1）…」 right under 「2. …」 is a paragraph, 「2）…」 an
        # item: round30b fango-location-tw), so an entry and a paragraph are the same kind of neighbour
        if before and (
            (after and (len(kinds := {blocks[k].kind for k in (i - 1, i, i + 1)}) == 1 or kinds == _ENTRY_KINDS))
            or (
                kind == "item"
                and blocks[i - 1].kind == "item"
                and not _over_its_own(blocks, i, heading.number)
                and not titled_run_entry(blocks, found, i, heading)  # (u49a) a run whose titles are found above
            )
            or _last_of_sentences(blocks, found, i, heading.number, value)
            or _clause_after_sentences(blocks, found, i, heading.number, value)
        ):
            del found[i]
        elif (
            value == 1
            and after
            and {kind, blocks[i + 1].kind} <= _ENTRY_KINDS
            and (_announces(blocks[i - 1].text) or _numbered_clause(blocks[i - 1], heading.number))
        ):
            # the first entry of a list its lead-in announces, its next sibling written as a sentence: 「…无需征得您的授权同意:」
            # / 「(1) 与国家安全、国防安全有关的」 / 「(2) 与公共安全…有关的;」 (eval/dev23g/dev/jingkou-vue/yinsi.vue); or of a
            # numbered clause written as a sentence (「3. 用戶可要求公司查閱或告知下列各項資料，…。」 / 「1）本人的位置資訊…」 /
            # 「2）依據…的理由及內容」, round30b fango-location-tw): the clause is body text, its entries are no sub-titles
            del found[i]


def _bare_first_entry(blocks: list[Block], found: dict[int, Heading], i: int, number: Number) -> bool:
    """A first numbered line right under a heading, its sibling numbered 2 right after it written as a sentence: the
    first of a run of numbered sentences (its own full stop missing), no sub-title with a body of its own.

    「5. 信息的使用规则」 / 「5.1 信息的使用规则 开发者将会在本指引所明示的用途内使用收集的信息」 / 「5.2 开发者承诺，…。」
    (u51s, eval/structure51s gofarm-tsx, a Taro page): a sub-title there would title nothing, its next sibling being text.
    Only a paragraph or item, not an explicit <h*> or `#`; the sibling a paragraph or item of the same number style
    ending in a sentence's end, not itself taken for a heading.
    """
    nxt = i + 1
    return (
        blocks[i].kind in _ENTRY_KINDS
        and nxt < len(blocks)
        and nxt not in found
        and blocks[nxt].kind in _ENTRY_KINDS
        and _sibling_number(blocks[nxt], number, 2)
        and fold(blocks[nxt].text).rstrip(WHITESPACE).endswith(SENTENCE_ENDS)
    )


def _closing_clause(blocks: list[Block], found: dict[int, Heading]) -> None:
    """The document's last block, numbered and written as a sentence, is its last clause, not a title over nothing.

    「2.如有任何爭議，AJO保留最終決定權」 ends eval/structure39c ajo-policies-md without its 。 after the clauses 1.1–1.3.7:
    a heading there would title no text at all.  Only the very last block, not an explicit <h*> or `#`, and only when
    its text reads as a sentence (`reads_as_sentence`: a Chinese comma in 16 characters or more, or a subject opening
    it); a last numbered title such as 「十、联系我们」 over an empty body stays.
    """
    last = len(blocks) - 1
    heading = found.get(last)
    if heading is not None and heading.number is not None and blocks[last].kind != "heading" and reads_as_sentence(_number_rest(heading)):
        del found[last]


_ENTRY_KINDS = frozenset({"paragraph", "item"})


def _numbered_clause(block: Block, number: Number) -> bool:
    """A paragraph or list entry numbered in another style than `number`, written as a sentence (「3. 用戶可要求…。」)."""
    text = fold(unemphasise(block.text)).rstrip(WHITESPACE)
    other = parse_number(text)
    return block.kind in _ENTRY_KINDS and other is not None and other.style != number.style and text.endswith(SENTENCE_ENDS)


def _last_of_sentences(blocks: list[Block], found: dict[int, Heading], i: int, number: Number, value: int) -> bool:
    """Is the numbered paragraph `blocks[i]` the last entry of an announced list of sentences?

    「…这些功能包括：」 / 「（1）基于摄像头（相机）的应用功能：您可以…。」 / 「（2）基于相册…的应用功能：我们无需该功能，…。」 /
    「（3）ROOT信息」, then the paragraph after the list (`eval/structure28/dev/twrp-html`): the last entry has a title's
    shape, but every sibling above it, from （1） right after the lead-in that announces the list, is a paragraph
    written as a sentence, so it closes their list.  Only a parenthesised number (「（3）」, 「(3)」, 「3)」), a list's
    numbering: a section number (「6.4 信息安全事件处理」 after 「6.2 …。」「6.3 …。」, 「4、征得授权同意的例外」,
    「7. 设备权限调用」 after six purposes) goes on over a body of its own, as does an entry over content of its own
    (`_over_its_own`).
    """
    if number.style not in _LIST_STYLES or value < 3 or i < value or blocks[i].kind != "paragraph" or _over_its_own(blocks, i, number):
        return False
    entries = blocks[i - value + 1 : i]
    return (
        _announces(blocks[i - value].text)
        and not any(k in found for k in range(i - value + 1, i))
        and all(
            block.kind == "paragraph" and _sibling_number(block, number, k) and fold(block.text).rstrip(WHITESPACE).endswith(SENTENCE_ENDS)
            for k, block in enumerate(entries, 1)
        )
    )


_LIST_STYLES = (("arabic-paren",), ("arabic-half-paren",))


def _clause_after_sentences(blocks: list[Block], found: dict[int, Heading], i: int, number: Number, value: int) -> bool:
    """Is the numbered paragraph `blocks[i]` a clause that closes a run of numbered sentences, its full stop left out?

    「隐私权限说明」 / 「1. 本应用需要获取您的相机和录音权限，目的是为了拍摄照片和视频。」 / 「2. 本应用需要获取存储权限，目的是为了保存
    照片。」 / 「3. 穿山甲SDK会获取手机IMEI、MAC、ANDROID ID等信息，目的是用来投放广告」 (`eval/pairs40` hj-move): the last entry lacks
    its 「。」, so it had a title's shape, and one version read it as a section of its own (a false added section and
    the entry's edit shown as a deletion).  Every sibling above it, from 「1.」 right under a heading or a lead-in, is a
    paragraph written as a sentence, and the entry itself is a clause (a 「，」 inside it, no lead-in colon at its end):
    it closes their list when the next heading (or the end) follows it (fortieth session, u40d).  A title has no
    comma: 「7. 设备权限调用」 after six numbered purposes goes on over a body of its own, and so does a clause with text of
    its own under it (「（3）为实现广告、推送，与广告类合作伙伴共享的信息」 over its paragraph, `eval/pairs37` sn-md-html) or
    content of its own (`_over_its_own`); a section number in Chinese numerals (「三、」) is never an entry.
    """
    if (
        number.style in _TOC_NUMBERED_STYLES
        or value < 2
        or i < value
        or blocks[i].kind not in _ENTRY_KINDS
        or _over_its_own(blocks, i, number)
    ):
        return False
    text = fold(unemphasise(blocks[i].text)).rstrip(WHITESPACE)
    if "," not in text or text.endswith((":", "：")) or (i + 1 < len(blocks) and i + 1 not in found):
        return False  # (text of its own under it, 「（3）为实现广告、推送，与…共享的信息」 over its paragraph: a sub-title)
    lead = i - value
    entries = blocks[lead + 1 : i]
    return (
        (lead in found or _announces(blocks[lead].text))
        and not any(k in found for k in range(lead + 1, i))
        and all(
            block.kind in _ENTRY_KINDS and _sibling_number(block, number, k) and fold(block.text).rstrip(WHITESPACE).endswith(SENTENCE_ENDS)
            for k, block in enumerate(entries, 1)
        )
    )


def _announces(text: str) -> bool:
    """Does a block end by announcing what follows (「以下情形中…无需征得您的授权同意：」)?"""
    return text.rstrip(WHITESPACE).endswith(("：", ":"))


def _over_its_own(blocks: list[Block], i: int, number: Number) -> bool:
    """Does the numbered line `blocks[i]` stand over content of its own: a table, or a list that starts in another
    style (「4.2. 用户承诺：」 over 「4.2.1. …」, 「9、服务优化：」 over 「（1）…」, 「5.Cookie的使用」 over 「a)…」; not the
    next section, 「二、…」)?"""
    if i + 1 >= len(blocks):
        return False
    below = blocks[i + 1]
    other = parse_number(fold(below.text).strip())
    return below.kind == "table" or (other is not None and other.style != number.style and number_value(other) in (1, None))


def _sibling_number(block: Block, number: Number, value: int) -> bool:
    """Does `block` open with a number of `number`'s style whose value is `value`?"""
    other = parse_number(fold(block.text).strip())
    return other is not None and other.style == number.style and number_value(other) == value


def _without_leader(title: str) -> str:
    """「一、信息收集........1」 → 「一、信息收集」: a TOC entry without its page number and dot leaders."""
    base = title.rstrip("0123456789")
    bare = base.rstrip(".·…_-")
    return bare if len(base) - len(bare) >= 2 else base


# A character every TOC title has once folded and lower-cased (目 of 目录/目錄/目次, n of "contents"): 目 and the Kangxi
# radical ⽬ fold to 目, only n, N, ｎ and Ｎ give n (`tests/test_structure_speed25.py` checks every code point).  A line
# without one is no TOC title: most lines are not folded to find out (twenty-fifth session).
_TOC_HINT = lazy("[目⽬nNｎＮ]")


def _is_toc_title(text: str) -> bool:
    """「目录」, 「目錄」, 「Table of Contents」 (bold or not, with or without a colon)."""
    return len(text) <= 40 and _TOC_HINT.search(text) is not None and fold(unemphasise(text)).strip(" :：").lower() in TOC_TITLES


_LETTERED = frozenset({("num", "latin-paren"), ("num", "latin-half-paren"), ("num", "latin-lower")})


def _lettered_sentences(blocks: list[Block], found: dict[int, Heading]) -> None:
    """A run of lettered lines (a)(b)(c) of which one is a sentence is a list, not sub-headings.

    「(a)我们采用端到端加密技术」 / 「(b)我们严格遵照法律法规，保护您的通信秘密，…」 with a paragraph between
    them: items of an enumeration, each one sentence.  The run is the lettered candidates of one
    style that follow each other among the headings; one sentence in it demotes all of them (the
    noun items next to it, 「(d)IP地址」, are items of the same list).  Lettered titles that are all
    noun phrases (「(a) 收集的信息」) stay headings.
    """
    runs: list[list[int]] = []
    previous: tuple[str, ...] | None = None
    for i in sorted(found):
        key = found[i].key
        if key in _LETTERED:
            if key == previous:
                runs[-1].append(i)
            else:
                runs.append([i])
        previous = key
    for run in runs:
        if any(reads_as_sentence(_number_rest(found[k])) for k in run):
            for k in run:
                del found[k]
    # 「（c）软件信息：如，软件的版本号。」 / 「（d）IP地址」 / 「（e）服务日志信息。例如，…」: a lettered
    # line whose letter's neighbour is the line next to it, a sentence that is no heading, is an
    # item of that list too.
    for i in [k for k in found if found[k].key in _LETTERED]:
        letter = _letter(found[i].title)
        if letter is None:
            continue
        for j, step in ((i - 1, -1), (i + 1, 1)):
            if 0 <= j < len(blocks) and j not in found and _letter(blocks[j].text) == letter + step:
                rest = _LETTER.sub("", fold(blocks[j].text).strip(), count=1)
                if reads_as_sentence(rest) or rest.endswith(("。", ".", "；", ";")):
                    del found[i]
                    break


def _same_style_runs(found: dict[int, Heading], copies: set[int]) -> list[list[int]]:
    """Maximal runs of adjacent blocks that are numbered candidates of the same style.

    A line dropped as a copy of the line above (`copies`) does not break its run: 「八、本政策如何更新」 written twice in a
    table of contents keeps 「九、如何联系我们」 below it in the run, so the last entry is not read as a section (u45a2,
    eval/structure45c raise-privacy-vue).
    """
    runs: list[list[int]] = []
    for i in sorted(found):
        if found[i].key[0] != "num":
            continue
        last = runs[-1][-1] if runs else -1
        if runs and all(j in copies for j in range(last + 1, i)) and found[last].key == found[i].key:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) >= 2]
