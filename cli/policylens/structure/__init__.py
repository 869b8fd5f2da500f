"""Structure stage: blocks → title, headings with levels, repaired paragraphs, sections.

`build_document(loaded)` is the single entry point every command uses after `load`.
The heuristics live in `headings` (what is a heading, nesting), `repair` (sentences
broken across paragraphs) and `metadata` (dates, controller, contacts, script).
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load import Loaded
from policylens.load.lines import BULLET
from policylens.model import Block, Document, Paragraph, Section
from policylens.normalise import fold
from policylens.structure.glued import split_glued
from policylens.structure.headings import (
    OPENING_TITLES,
    TOC_TITLES,
    Heading,
    assign_levels,
    heading_like,
    is_label_or_org,
    is_plain_heading,
    numbered_heading,
    unemphasise,
)
from policylens.structure.language import NOT_CHINESE, detect_language, paragraph_language, section_languages
from policylens.structure.metadata import build_metadata
from policylens.structure.numbering import CN_DIGITS, parse_number
from policylens.structure.repair import join, should_join

_POLICY_WORD = lazy(r"政策|隱私|隐私|聲明|声明|條款|条款|指引|協議|协议|須知|须知|policy|notice|privacy", re.I)
_TOC_NUMBERED_STYLES = {("num", "cn"), ("num", "di", "章"), ("num", "di", "条")}
# How the styles _item_heading accepts (cn, cn-paren, di) can start.
_ITEM_HEADING_STARTS = frozenset(CN_DIGITS + "第(（*_")


def _find_title(blocks: list[Block], fmt: str) -> int | None:
    """Index of the block that is the document title, if any."""
    explicit = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    if explicit and fmt == "html":
        visible = _visible_title(blocks, explicit[0])
        if visible is not None:
            return visible
    if explicit:
        top = min(blocks[i].level or 1 for i in explicit)
        at_top = [i for i in explicit if (blocks[i].level or 1) == top]
        first = explicit[0]
        unique_top = len(at_top) == 1 and at_top[0] == first
        short_lead = all(len(blocks[j].text) < 200 for j in range(first))
        numbered = parse_number(blocks[first].text) is not None  # 「## 一、总则」 is a section, not the title
        if first < 4 and not numbered and (unique_top or _POLICY_WORD.search(blocks[first].text)) and short_lead:
            return first
        return None
    if not blocks:
        return None
    first = blocks[0]
    title_like = first.kind == "paragraph" and len(first.pieces) == 1 and heading_like(unemphasise(first.text), limit=40)
    cue = fmt == "text" or _POLICY_WORD.search(first.text) or first.emphasised
    return 0 if title_like and cue and parse_number(first.text) is None else None


def _visible_title(blocks: list[Block], first_heading: int) -> int | None:
    """HTML: a bold or class="title" line above the first <h*> is the title the reader sees."""
    for j in range(min(first_heading, 3)):
        block = blocks[j]
        text = unemphasise(block.text)
        if block.emphasised and block.kind == "paragraph" and heading_like(text, limit=40) and parse_number(text) is None:
            return j
        if len(block.text) >= 200:
            return None
    return None


def _item_heading(block: Block) -> Heading | None:
    """A list item whose content is a Chinese-numbered heading: `*   一、我們收集的資料`."""
    m = BULLET.match(fold(block.text))
    if not m or any(ch.isdigit() for ch in m.group(0)) or block.text[m.end() :].lstrip()[:1] not in _ITEM_HEADING_STARTS:
        return None
    inner = Block("paragraph", block.text[m.end() :], block.line, block.column, block.end_line, block.pieces)
    found = numbered_heading(inner)
    if found and found.key in _TOC_NUMBERED_STYLES | {("num", "cn-paren")}:
        return found
    return None


def _candidates(blocks: list[Block], title_idx: int | None, fmt: str) -> tuple[dict[int, Heading], dict[int, int]]:
    """Every block that will become a heading, keyed by block index, and the bilingual partners.

    The second mapping sends the second line of a bilingual heading pair to the first.
    """
    explicit = sum(1 for i, b in enumerate(blocks) if b.kind == "heading" and i != title_idx)
    plain_allowed = fmt == "text" or explicit == 0
    first_body = next((i for i in range(len(blocks)) if i != title_idx), None)
    if first_body is not None and fold(unemphasise(blocks[first_body].text)).strip(" :：").lower() in OPENING_TITLES:
        first_body = None  # 「引言」 opening the text is its first section
    found: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        if i == title_idx:
            continue
        if block.kind == "heading":  # explicit: a heading whatever its text
            key = ("edition",) if _edition_title(blocks, title_idx, block) else ("md", str(block.level or 1))
            found[i] = Heading(i, block.text, parse_number(block.text), key)
            continue
        if block.kind in ("code", "table"):
            continue
        heading = numbered_heading(block)
        if block.kind == "item" and heading is None:
            heading = _item_heading(block)
            if heading is None:
                continue
        if heading is not None:
            found[i] = Heading(i, heading.title, heading.number, heading.key)
            continue
        text = unemphasise(block.text)
        is_bold = block.emphasised or text != block.text
        if is_bold and len(block.pieces) == 1 and heading_like(text, limit=30) and i != first_body and not is_label_or_org(text):
            found[i] = Heading(i, text.strip(), None, ("bold",))
            continue
        if (
            plain_allowed
            and i != first_body
            and i + 1 < len(blocks)
            and blocks[i + 1].kind not in ("table", "code")
            and not (i - 1 in found and block.line == blocks[i - 1].end_line + 1 and not _translates(blocks[i - 1], block))
            and is_plain_heading(block)
        ):
            key = ("edition",) if _plain_edition_title(blocks, title_idx, block) else ("plain", "leaf")
            found[i] = Heading(i, text.strip(), None, key)
    _colon_siblings(blocks, found)
    if first_body is not None and first_body not in found:
        _first_block_like_the_rest(blocks, found, first_body, plain_allowed)
    partners = _pair_bilingual(blocks, found)
    _demote_lists(blocks, found)
    _mark_parents(blocks, found)
    return found, partners


def _first_block_like_the_rest(blocks: list[Block], found: dict[int, Heading], first: int, plain_allowed: bool) -> None:
    """The first block after the title is a heading when it has the shape of the other headings.

    The first line is usually a subtitle, a date or the opening sentence, so it is not a
    heading on its own evidence; but 「信息收集」 directly above its paragraph, followed
    later by 「Cookie的使用」 and 「信息安全」 written the same way, is the first section.
    The shape: bold or bare, and directly above its paragraph (no blank line) or not.  A
    bare line with a blank line below it is left alone: it may be a subtitle (「智米科技」).
    """
    block = blocks[first]
    if first + 1 >= len(blocks) or blocks[first + 1].kind != "paragraph":
        return
    text = unemphasise(block.text)
    bold = block.emphasised or text != block.text
    if bold:
        ok, key = len(block.pieces) == 1 and heading_like(text, limit=30) and not is_label_or_org(text), ("bold",)
    else:
        ok, key = plain_allowed and is_plain_heading(block), ("plain", "leaf")

    def attached(i: int) -> bool:
        return i + 1 < len(blocks) and blocks[i + 1].line == blocks[i].end_line + 1

    if not (bold or attached(first)):
        return  # a bare line standing alone under the title may be a subtitle (「智米科技」): precision first
    alike = [i for i, h in found.items() if h.key[0] == key[0] and h.number is None and attached(i) == attached(first)]
    if ok and len(alike) >= 2:
        found[first] = Heading(first, text.strip(), None, key)


def _colon_siblings(blocks: list[Block], found: dict[int, Heading]) -> None:
    """Numbered titles ending in ： that form a sequence are headings, however long.

    「1. 适用范围：」 … 「4. 信息安全：」 are headings (a short title with a colon); 「5. 编辑和
    删除个人信息的权限：」 is longer than a label, but it is the next number of the same
    sequence, also closed by a colon, so the reader sees the fifth section, not a lead-in.
    The same holds for 「1. Information collection:」 … 「2. Use of information:」.  A line
    that announces a list (包括, 如下, 以下, 下列) or a bold label (「1. **数据加密**:」) is not.
    """
    sequence = {(h.key, _value(h)) for i, h in found.items() if h.number is not None and fold(blocks[i].text).rstrip("*_ ").endswith(":")}
    candidates: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        if i in found or block.kind not in ("paragraph", "item") or len(block.pieces) != 1:
            continue
        text = fold(block.text).rstrip()
        if not text.endswith(":") or parse_number(block.text) is None or re.search("包括|包含|如下|以下|下列", text):
            continue
        stripped = block.text.rstrip()[:-1].rstrip()
        if stripped.endswith(("**", "__")):
            continue
        heading = numbered_heading(block._replace(text=stripped))
        if heading is not None and _value(heading) is not None and (i + 1 >= len(blocks) or blocks[i + 1].kind == "paragraph"):
            candidates[i] = Heading(i, unemphasise(block.text).strip(), heading.number, heading.key)
    sequence |= {(h.key, _value(h)) for h in candidates.values()}
    for i, heading in candidates.items():
        value = _value(heading)
        if value is not None and ((heading.key, value - 1) in sequence or (heading.key, value + 1) in sequence):
            found[i] = heading


def _edition_title(blocks: list[Block], title_idx: int | None, block: Block) -> bool:
    """The title of a second-language edition (「# 私隱政策」 after 「# Privacy Policy」): not a parent of what follows.

    An explicit heading at the title's depth, naming a policy, in another language than the title.
    """
    if title_idx is None or blocks[title_idx].kind != "heading" or block.level != blocks[title_idx].level:
        return False
    if not _POLICY_WORD.search(block.text) or parse_number(block.text) is not None:
        return False
    return detect_language(block.text) != detect_language(blocks[title_idx].text)


def _plain_edition_title(blocks: list[Block], title_idx: int | None, block: Block) -> bool:
    """Plain text: 「隐私政策」 after an English edition titled 「Privacy Policy」 starts the Chinese edition.

    A bare line naming a policy in another language than the plain-text title of the file.
    """
    if title_idx is None or blocks[title_idx].kind == "heading" or not _POLICY_WORD.search(block.text):
        return False
    lang = detect_language(block.text)
    return lang is not None and lang != detect_language(blocks[title_idx].text) and len(fold(block.text).strip()) <= 20


def _translates(above: Block, block: Block) -> bool:
    """An English line directly above a Chinese one (or the reverse): a heading and its translation, not its body."""
    return {detect_language(above.text), detect_language(block.text)} == {"en", "zh"}


def _pair_bilingual(blocks: list[Block], found: dict[int, Heading]) -> dict[int, int]:
    """An English heading line directly followed by its Chinese line (or the reverse) is one heading.

    Both lines are headings of the same kind (the same markup depth, the same numbering
    style and number, or both unmarked), one Latin-only and one Chinese.  The second is
    taken out of `found` and returned as partner → first.
    """
    partners: dict[int, int] = {}
    for i in sorted(found):
        j = i + 1
        if j not in found or i in partners or not _same_kind(blocks[i], found[i], blocks[j], found[j]):
            continue
        if {detect_language(found[i].title), detect_language(found[j].title)} == {"en", "zh"}:
            partners[j] = i
    for j in partners:
        del found[j]
    return partners


def _same_kind(a: Block, ha: Heading, b: Block, hb: Heading) -> bool:
    """Two headings written the same way: same depth, same number, or both unmarked.

    Also an explicit heading and a bold line directly below it that carries the same
    number (`## 2.1 Personal Information` above `**2.1 個人資料**`): the author marked
    the second language with bold instead of a second `##`.
    """
    if (ha.key[0] == "md") != (hb.key[0] == "md"):
        other, other_block = (hb, b) if ha.key[0] == "md" else (ha, a)
        bold = other_block.emphasised or unemphasise(other_block.text) != other_block.text
        same_number = (ha.number is None) == (hb.number is None) and _value(ha) == _value(hb)
        if ha.number is not None and hb.number is not None:
            same_number = same_number and ha.number.style == hb.number.style
        return bold and len(other_block.pieces) == 1 and other.key[0] in ("num", "bold") and same_number
    if ha.key[0] == "md" or hb.key[0] == "md":
        return ha.key == hb.key and (ha.number is None) == (hb.number is None) and _value(ha) == _value(hb)
    if ha.number is not None or hb.number is not None:
        return ha.key == hb.key and _value(ha) == _value(hb)
    return ha.key[0] == hb.key[0] and len(a.pieces) == len(b.pieces) == 1


def _demote_lists(blocks: list[Block], found: dict[int, Heading]) -> None:
    """Runs of same-style numbered lines with no body between them are lists or a TOC."""
    order = sorted(found)
    toc_start: int | None = None
    for i in order:
        if fold(found[i].title).strip(" :：").lower() in TOC_TITLES:
            toc_start = i
            break
    if toc_start is not None:
        j = toc_start + 1
        seen_toc: set[str] = set()
        while j in found and found[j].key[0] not in ("md",):
            t = fold(found[j].title).replace(" ", "")
            if t in seen_toc:
                break
            seen_toc.add(t)
            del found[j]
            j += 1
    prev_title = None
    for i in sorted(found):
        h = found[i]
        t = fold(h.title).replace(" ", "")
        if h.key[0] == "num" and t == prev_title:
            del found[i]  # the same heading written twice in a row (an anchor copy)
            continue
        prev_title = t
    for run in _same_style_runs(found):
        # A table of contents repeats its entries as real headings right after it:
        # the first repeated title starts the content (「一、…」 … 「十一、…」, 「一、…」).
        while len(run) >= 2:
            seen: set[str] = set()
            split = len(run)
            prev_val = None
            for k, i in enumerate(run):
                title = fold(found[i].title).replace(" ", "")
                val = _value(found[i])
                if title in seen or (k and val is not None and prev_val is not None and val <= prev_val):
                    split = k
                    break
                seen.add(title)
                prev_val = val
            for i in run[:split]:
                del found[i]
            run = run[split:]


def _value(h: Heading) -> int | None:
    if h.number is None:
        return None
    digits = re.findall(r"\d+", fold(h.number.label))
    if digits:
        return int(digits[-1])
    cn = re.sub(r"[^一二三四五六七八九十]", "", h.number.label)
    if not cn:
        return None
    m = {c: i for i, c in enumerate("零一二三四五六七八九")}
    if "十" in cn:
        a, _, b = cn.partition("十")
        return (m.get(a, 1) if a else 1) * 10 + (m.get(b, 0) if b else 0)
    return m.get(cn[-1])


def _same_style_runs(found: dict[int, Heading]) -> list[list[int]]:
    """Maximal runs of adjacent blocks that are numbered candidates of the same style."""
    runs: list[list[int]] = []
    for i in sorted(found):
        if found[i].key[0] != "num":
            continue
        if runs and runs[-1][-1] == i - 1 and found[i - 1].key == found[i].key:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) >= 2]


def _mark_parents(blocks: list[Block], found: dict[int, Heading]) -> None:
    """A plain heading directly followed by another heading is a parent."""
    for i, heading in list(found.items()):
        if heading.key == ("plain", "leaf") and (i + 1) in found:
            found[i] = Heading(i, heading.title, None, ("plain", "parent"))


def _to_paragraph(block: Block) -> Paragraph:
    kind = "paragraph" if block.kind == "heading" else block.kind
    return Paragraph(block.text, block.line, block.column, block.end_line, kind, block.pieces)


def _repair(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Join paragraphs that continue a sentence left open by the previous one."""
    out: list[Paragraph] = []
    for para in paragraphs:
        if out and should_join(out[-1], para):
            out[-1] = join(out[-1], para)
        else:
            out.append(para)
    return out


def align_sequences(found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """Siblings in one numbering sequence get one level, whatever their markup.

    Explicit headings keep their depth as written (`Section.depth`), but when `## 1.`,
    `#### 2.` and `## 3.` follow each other (or `## 1.`, `**2.**`, `## 3.`), 2. is the
    sibling of 1. and 3.: it gets the level of the heading numbered one less in the same
    style (written the same way if there is one, else the nearest), and the headings
    nested under it move with it.
    """
    levels = list(levels)
    last: dict[tuple[tuple[str, ...], int], dict[str, int]] = {}  # (style, value) → depth → position in order
    for k, i in enumerate(order):
        heading = found[i]
        value = _value(heading)
        if heading.number is None or value is None:
            continue
        style, depth = heading.number.style, "/".join(heading.key)
        before = last.get((style, value - 1))
        if before:
            prev = before.get(depth, before["nearest"])
            delta = levels[prev] - levels[k]
            if delta:
                own = levels[k]
                levels[k] += delta
                for m in range(k + 1, len(order)):
                    if levels[m] <= own:
                        break
                    levels[m] = max(1, levels[m] + delta)
        slot = last.setdefault((style, value), {})
        slot[depth] = k
        slot["nearest"] = k
    return levels


def align_unnumbered(blocks: list[Block], found: dict[int, Heading], order: list[int], levels: list[int]) -> list[int]:
    """An unnumbered plain heading among numbered ones takes the level of the numbered heading after it.

    In plain text every heading looks the same; only numbers tell depth.  A bare line
    before the next number of a sequence is read as a sibling of that number: between
    `2.` and `3.` (「Cookie的使用」) a top-level section, between （一） and （二） a
    sub-section, between `2.1` and `3.` a top-level section again.  A bare line after
    the last numbered heading (「附则」, 「联系我们」) is a top-level section.  An unnumbered
    parent moves with the unnumbered headings below it.  A bare line directly under a
    numbered heading that has no text of its own is its sub-heading, and one before the
    first number of a new sequence (`1.1` after it) may introduce it: both stay nested.
    """
    levels = list(levels)
    seen: set[tuple[tuple[str, ...], int]] = set()  # (style, value) of the numbered headings so far
    moved: set[int] = set()  # children already moved with their unnumbered parent
    for k, i in enumerate(order):
        heading = found[i]
        if heading.number is not None:
            value = _value(heading)
            if value is not None:
                seen.add((heading.number.style, value))
            continue
        if heading.key[0] != "plain" or not seen or k in moved or parse_number(heading.title) is not None:
            continue  # (a line that starts with a number but was not taken as numbered keeps its place)
        numbered = [m for m in range(len(order)) if found[order[m]].number is not None]
        prev = max(m for m in numbered if m < k)
        if prev == k - 1 and not any(j not in found for j in range(order[prev] + 1, order[k])):
            continue  # directly under a numbered heading without text of its own: its sub-heading
        nxt = next((m for m in numbered if m > k), None)
        if nxt is None:
            target = min(levels[m] for m in numbered)  # after the last number: 「附则」, 「联系我们」
        else:
            after = found[order[nxt]]
            value = _value(after)
            if value is None or (after.number.style, value - 1) not in seen:  # type: ignore[union-attr]
                continue  # before the first of a new sequence: it may introduce it, keep the nesting
            target = min(levels[nxt], levels[prev] + 1)
        delta = target - levels[k]
        if not delta:
            continue
        own = levels[k]
        levels[k] = target
        if heading.key == ("plain", "parent"):
            for m in range(k + 1, nxt if nxt is not None else len(order)):
                if levels[m] <= own or found[order[m]].key[0] != "plain":
                    break
                levels[m] = max(1, levels[m] + delta)
                moved.add(m)
    return levels


def peer_depths(blocks: list[Block], found: dict[int, Heading], order: list[int], partners: dict[int, int]) -> list[tuple[str, ...]]:
    """The nesting keys of the headings, with unnumbered peers written at a skipped depth made peers.

    A reader sees `## 引言` (with its own text) followed by `#### 信息收集` as two sections of
    the same rank, not as a section and its sub-section: the depth jumps over a level, the
    heading above is complete (it has text, and that text does not announce a list with
    ：), and neither heading carries a number that would say otherwise.  From then on that
    depth stands for the depth of the heading above (`#### 信息使用`, `#### 联系我们` are
    peers too), until it is used again for a real child (directly under a heading without
    text of its own, or one level deeper).  `Section.depth` keeps the depth as written.
    """
    keys = [found[i].key for i in order]
    alias: dict[int, int] = {}
    out: list[tuple[str, ...]] = []
    for k, i in enumerate(order):
        key = keys[k]
        if key[0] != "md":
            out.append(key)
            continue
        depth = int(key[1])
        above = order[k - 1] if k else None
        if above is not None and keys[k - 1][0] == "md" and found[above].number is None and found[i].number is None:
            above_depth = int(keys[k - 1][1])
            if depth >= above_depth + 2 and _has_own_text(blocks, above, i, found, partners):
                alias[depth] = alias.get(above_depth, above_depth)
            elif depth > above_depth:
                alias.pop(depth, None)  # used for a real child again
        out.append(("md", str(alias.get(depth, depth))))
    return out


def _has_own_text(blocks: list[Block], start: int, end: int, found: dict[int, Heading], partners: dict[int, int]) -> bool:
    """The heading at `start` has body text before `end`, and it does not end by announcing a list (…：)."""
    body = [blocks[j] for j in range(start + 1, end) if j not in found and j not in partners]
    return bool(body) and not fold(body[-1].text).rstrip().endswith(":")


def build_document(loaded: Loaded) -> Document:
    """Turn loaded blocks into a Document (title, metadata, flat sections)."""
    blocks = split_glued(loaded.parsed.blocks)
    fmt = "text" if loaded.parsed.plain else loaded.source.format
    title_idx = _find_title(blocks, fmt)
    found, partners = _candidates(blocks, title_idx, fmt)
    order = sorted(found)
    keys = peer_depths(blocks, found, order, partners)
    levels = dict(zip(order, align_unnumbered(blocks, found, order, align_sequences(found, order, assign_levels(keys))), strict=True))
    pair_of: dict[int, int] = {main: partner for partner, main in partners.items()}

    sections: list[Section] = []
    parents: list[tuple[int, str]] = []  # (level, id) stack
    body: list[Paragraph] = []
    current: dict[str, object] = {
        "id": "s0",
        "parent": None,
        "level": 0,
        "title": None,
        "number": None,
        "line": None,
        "column": None,
        "pieces": (),
        "titles": (),
        "depth": None,
    }

    def close() -> None:
        if current["title"] is not None or body:
            sections.append(
                Section(
                    id=str(current["id"]),
                    parent=current["parent"],  # type: ignore[arg-type]
                    level=int(current["level"]),  # type: ignore[call-overload]
                    title=current["title"],  # type: ignore[arg-type]
                    number=current["number"],  # type: ignore[arg-type]
                    line=current["line"],  # type: ignore[arg-type]
                    column=current["column"],  # type: ignore[arg-type]
                    paragraphs=tuple(_repair(body)),
                    title_pieces=current["pieces"],  # type: ignore[arg-type]
                    titles=current["titles"],  # type: ignore[arg-type]
                    depth=current["depth"],  # type: ignore[arg-type]
                )
            )
        body.clear()

    count = 0
    for i, block in enumerate(blocks):
        if i == title_idx or i in partners:
            continue
        if i in found:
            close()
            count += 1
            level = levels[i]
            while parents and parents[-1][0] >= level:
                parents.pop()
            heading = found[i]
            sid = f"s{count}"
            partner = pair_of.get(i)
            titles = (heading.title, _partner_title(blocks[partner])) if partner is not None else ()
            shown, title_block = heading.title, block
            if partner is not None and detect_language(heading.title) != "zh":
                shown, title_block = titles[1], blocks[partner]  # the Chinese line is the title the rules read
            current = {
                "id": sid,
                "parent": parents[-1][1] if parents else None,
                "level": level,
                "title": shown,
                "number": heading.number.label if heading.number else None,
                # The section starts at its first heading line (the English one of a pair);
                # `pieces` locate the Chinese title the rules read.
                "line": block.line,
                "column": block.column,
                "pieces": title_block.pieces,
                "titles": titles,
                "depth": block.level if block.kind == "heading" else None,
            }
            parents.append((level, sid))
        else:
            body.append(_to_paragraph(block))
    close()

    from policylens.structure.anchors import section_anchors

    anchors = section_anchors(loaded.text, sections)
    if anchors:
        sections = [s._replace(anchor=anchors.get(s.id)) for s in sections]
    langs = section_languages(" ".join([*s.titles, s.title or "", *(p.text for p in s.paragraphs)]) for s in sections)
    sections = [
        s._replace(lang=lang, paragraphs=tuple(p._replace(lang=paragraph_language(p.text, lang)) for p in s.paragraphs))
        for s, lang in zip(sections, langs, strict=True)
    ]
    title_block = blocks[title_idx] if title_idx is not None else None
    title = unemphasise(title_block.text).strip() if title_block else loaded.parsed.title
    texts = [t for s in sections for t in ([s.title] if s.title else []) + [p.text for p in s.paragraphs]]
    if title:
        texts.insert(0, title)
    # The Chinese script and region are read from the Chinese sections only.
    chinese = [
        t
        for s in sections
        for t in ([*(s.titles or [s.title])] if s.title and s.lang not in NOT_CHINESE else [])
        + [p.text for p in s.paragraphs if p.lang not in NOT_CHINESE]
    ]
    if title and detect_language(title) not in NOT_CHINESE:
        chinese.insert(0, title)
    metadata = build_metadata(
        title=title,
        title_line=title_block.line if title_block else None,
        texts=texts,
        full_text="\n".join(texts),
        hints=loaded.parsed.dates,
        script_text="\n".join(chinese) if len(chinese) != len(texts) else None,
    )
    warnings = list(loaded.parsed.warnings)
    if not blocks:
        warnings.append("the document is empty (no text)")
    return Document(
        loaded.source,
        metadata,
        tuple(sections),
        tuple(warnings),
        tuple(loaded.parsed.comments),
        title_block.pieces if title_block else (),
        tuple(loaded.parsed.references),
    )


def _partner_title(block: Block) -> str:
    """The title text of the second line of a bilingual pair."""
    heading = numbered_heading(block)
    return heading.title if heading else unemphasise(block.text).strip()
