"""Structure stage: blocks → title, headings with levels, repaired paragraphs, sections.

`build_document(loaded)` is the single entry point every command uses after `load`.
The heuristics live in `headings` (what is a heading, nesting), `repair` (sentences
broken across paragraphs) and `metadata` (dates, controller, contacts, script).
"""

from __future__ import annotations

import re

from policylens.load import Loaded
from policylens.load.lines import BULLET
from policylens.model import Block, Document, Paragraph, Section
from policylens.normalise import fold
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
from policylens.structure.language import NOT_CHINESE, detect_language, section_languages
from policylens.structure.metadata import build_metadata
from policylens.structure.numbering import CN_DIGITS, parse_number
from policylens.structure.repair import join, should_join

_POLICY_WORD = re.compile(r"政策|隱私|隐私|聲明|声明|條款|条款|指引|協議|协议|須知|须知|policy|notice|privacy", re.I)
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
            found[i] = Heading(i, text.strip(), None, ("plain", "leaf"))
    partners = _pair_bilingual(blocks, found)
    _demote_lists(blocks, found)
    _mark_parents(blocks, found)
    return found, partners


def _edition_title(blocks: list[Block], title_idx: int | None, block: Block) -> bool:
    """The title of a second-language edition (「# 私隱政策」 after 「# Privacy Policy」): not a parent of what follows.

    An explicit heading at the title's depth, naming a policy, in another language than the title.
    """
    if title_idx is None or blocks[title_idx].kind != "heading" or block.level != blocks[title_idx].level:
        return False
    if not _POLICY_WORD.search(block.text) or parse_number(block.text) is not None:
        return False
    return detect_language(block.text) != detect_language(blocks[title_idx].text)


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
    """Two headings written the same way: same depth, same number, or both unmarked."""
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


def build_document(loaded: Loaded) -> Document:
    """Turn loaded blocks into a Document (title, metadata, flat sections)."""
    blocks = loaded.parsed.blocks
    fmt = "text" if loaded.parsed.plain else loaded.source.format
    title_idx = _find_title(blocks, fmt)
    found, partners = _candidates(blocks, title_idx, fmt)
    order = sorted(found)
    levels = dict(zip(order, align_sequences(found, order, assign_levels([found[i].key for i in order])), strict=True))
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
                "line": title_block.line,
                "column": title_block.column,
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
    sections = [s._replace(lang=lang) for s, lang in zip(sections, langs, strict=True)]
    title_block = blocks[title_idx] if title_idx is not None else None
    title = unemphasise(title_block.text).strip() if title_block else loaded.parsed.title
    texts = [t for s in sections for t in ([s.title] if s.title else []) + [p.text for p in s.paragraphs]]
    if title:
        texts.insert(0, title)
    # The Chinese script and region are read from the Chinese sections only.
    chinese = [
        t
        for s in sections
        if s.lang not in NOT_CHINESE
        for t in ([*(s.titles or [s.title])] if s.title else []) + [p.text for p in s.paragraphs]
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
