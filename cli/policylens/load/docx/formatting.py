"""Direct formatting of DOCX runs as heading cues: colour, font size, a title cut off by a line break.

Word documents typed without heading styles mark their titles by hand: bold, a colour, a
larger font.  Bold is read in `load.docx`; this module reads the rest.

* **Colour.**  A paragraph whose whole text is in a chromatic colour (not a grey, not a link)
  in a document whose body is grey or black is emphasised like a bold one: 「账号信息」 in blue
  between black paragraphs is a sub-title.
* **Size.**  When short paragraphs whose whole text is at least a point larger than the body
  text come in two or more sizes (a 16 pt 「信息收集」 over 14 pt 「账号信息」), the size gives
  their depth, the largest first, and the first paragraph, if it is the largest of all, is the
  title.  One larger size alone is no outline and changes nothing (a 16 pt 「温馨提示」 above a
  pop-up's text is not made a title by its size).
* **Two looks.**  Without sizes, unnumbered short emphasised titles in exactly two looks (bold
  black 「信息收集」, bold blue 「账号信息」) nest by first appearance when the first look comes back
  after the second: the second is the level below.
* **Line break.**  「一、信息收集<w:br/>我们会…」: a paragraph that opens with a title line
  and goes on with its body after a manual line break holds two blocks.  The line before the
  break is a title only when its number says so (「一、信息收集」, see `numbered_title_line`)
  or when it is bold and the text after the break opens in plain text and is mostly plain;
  「我们会通过<w:br/>短信…」, a sentence broken by hand, stays one paragraph.

Both cues apply only in documents without Word heading styles: where the author used
styles, the styles are the outline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from policylens.load.docx.numbering import W, small_int
from policylens.load.lines import numbered_title_line, parent_title_line
from policylens.model import Block
from policylens.normalise import fold
from policylens.numbering import parse_number

# A colour counts as a cue when its channels differ by at least this much (greys and black do not).
_CHROMA = 60
# A larger font is a cue from one point (two half-points) above the body text.
_LARGER = 2
# The longest title line cut off by a line break, and the longest paragraph sized as a heading.
_TITLE_LINE = 30
_SIZED_TITLE = 40
_SENTENCE = re.compile(r"[。；;！!？?，,]")
# A head that is a sentence broken by hand, not a title (review rv10b): it ends on a word that needs what follows
# (「（一）在以下情形中我们可能会向」, 「2、您注册账号时」), or it opens as a sentence does (「我们不会出售…」, 「请您务必…」)
# unless it asks as a title does (「我们如何使用您的信息」).
_OPEN_END = re.compile(
    r"(?:向|时|時|在|及|和|与|與|的|包括|为|為|对|對|将|將|从|從|把|被|给|給|让|讓|由|于|於|至|或|等|并|並|如|若|会|會|可能|需要|通过|通過)$"
)
# (a preposition or a condition opens a sentence; a subject does only with a verb of one: 「我们收集的信息」, 「您的权利」
# are titles, 「我们不会出售您的个人信息」 is not)
_SENTENCE_OPENER = re.compile(r"^(?:请|請|如果|若|当|當|为了|為了|根据|根據|依据|依據|按照|基于|基於|对于|對於|除)")
_SUBJECT_OPENER = re.compile(r"^(?:我们|我們|本公司|您|你|我|这|這|该|該|在|如)")
_NOUN_PHRASE = re.compile(r"(?<![您你我他她它其们們])的[^的，,。；;！!？?]{1,10}$")
_SENTENCE_VERB = re.compile(r"不|会|會|将|將|可以|可能|务必|務必|应当|應當|需要|请|請|已经|已經|仔细|仔細|同意|阅读|閱讀|承诺|承諾")
_ASKS = re.compile(r"如何|怎样|怎樣|怎么|怎麼|什么|什麼|哪些|是否|为何|為何")
# Short lines that are never sized or coloured titles: an address, a date, a company's name, a book title alone,
# a button's label (「https://…」, 「2024年1月1日」, 「某某科技有限公司」, 「《用户服务协议》」, 「点击下方按钮同意」)
_NOT_A_TITLE = re.compile(
    r"://|www\.|@|^\W*\d{4}\s*[年/.\-]|(?:有限公司|有限責任公司|股份公司|集团|集團|工作室)\W*$|^《[^《》]*》\W*$|^(?:点击|點擊|请|請)"
)


def _sentence_head(head: str) -> bool:
    """Whether the line before a manual break reads as part of a sentence rather than a title."""
    body = head.rstrip("：: \t\u3000")
    if _OPEN_END.search(body):
        return True
    text = re.sub(r"^[\W\d一二三四五六七八九十]+", "", body)  # after its number: （一）, 2、
    if _ASKS.search(text):
        return False
    if _SENTENCE_OPENER.match(text):
        return True
    # 「我们可能收集的信息」, 「我们可能向您发送的邮件和信息」: a noun phrase (its last 的 after a verb), a title;
    # 「我们不会出售您的个人信息」 (的 after 您) is a sentence
    return _SUBJECT_OPENER.match(text) is not None and _SENTENCE_VERB.search(text) is not None and _NOUN_PHRASE.search(text) is None


_HEX = re.compile(r"[0-9A-Fa-f]{6}")


@dataclass(frozen=True, slots=True)
class Mark:
    """How a run of text is drawn: bold, its colour is chromatic, its size in half-points, a link."""

    bold: bool
    tinted: bool
    size: int | None
    link: bool


@dataclass(slots=True)
class Styled:
    """What one paragraph's text looked like, kept until the document's body is known."""

    block: int  # index of its block in the parsed blocks
    chars: int
    tinted: bool  # every visible character is in a chromatic colour and none is a link
    size: int | None  # the smallest size of its visible characters (None: unknown)
    table: bool


@dataclass
class Fonts:
    """Sizes and colours of paragraph styles (resolved through `w:basedOn`) and the document default."""

    size: dict[str, int | None] = field(default_factory=dict)
    colour: dict[str, str | None] = field(default_factory=dict)
    default_size: int | None = None


def _is_none(value: object) -> bool:
    return value is None


def chromatic(value: str | None) -> bool:
    """`w:color` values such as 1F4E79 or FF0000 (not auto, not a grey such as 333333)."""
    if not value or not _HEX.fullmatch(value):
        return False
    channels = [int(value[k : k + 2], 16) for k in (0, 2, 4)]
    return max(channels) - min(channels) >= _CHROMA


def _own_font(rpr: ET.Element | None) -> tuple[int | None, str | None]:
    if rpr is None:
        return None, None
    sz = rpr.find(f"{W}sz")
    colour = rpr.find(f"{W}color")
    size = small_int(sz.get(f"{W}val"), -1) if sz is not None else -1
    return (size if size > 0 else None), (colour.get(f"{W}val") if colour is not None else None)


def inherit(own: Mapping[str, tuple[tuple[object, ...], str]], unset: Callable[[object], bool]) -> dict[str, tuple[object, ...]]:
    """Each style's values with those it leaves `unset` taken from its `w:basedOn` chain: `own` maps a styleId to (its own
    values, the styleId it is based on).  A value comes from the nearest style of the chain that sets it; a loop of
    basedOn ends where it comes back (each style of a loop reads the loop once, from itself).

    Linear in the styles: each is resolved once, from its base's result.  Each style walked its whole chain again
    (u41h: 8,000 styles each based on the one before, a generated or damaged styles.xml of 100 KB, took 9 s)."""
    resolved: dict[str, tuple[object, ...]] = {}
    for sid in own:
        if sid in resolved:
            continue
        path: list[str] = []
        index: dict[str, int] = {}
        x = sid
        while x in own and x not in resolved and x not in index:
            index[x] = len(path)
            path.append(x)
            x = own[x][1]
        base: tuple[object, ...] | None = resolved.get(x)
        if x in index:  # a loop: each of its styles reads it once, starting from itself
            cycle = path[index[x] :]
            del path[index[x] :]
            width = len(own[x][0])
            found: list[list[object]] = [list(own[c][0]) for c in cycle]
            for f in range(width):
                nearest = own[cycle[0]][0][f]
                for j in range(2 * len(cycle) - 1, -1, -1):
                    value = own[cycle[j % len(cycle)]][0][f]
                    nearest = nearest if unset(value) else value
                    if j < len(cycle):
                        found[j][f] = nearest
            for c, row in zip(cycle, found, strict=True):
                resolved[c] = tuple(row)
            base = resolved[cycle[0]]
        for y in reversed(path):
            values = own[y][0]
            resolved[y] = values if base is None else tuple(base[k] if unset(v) else v for k, v in enumerate(values))
            base = resolved[y]
    return resolved


def read_fonts(root: ET.Element | None) -> Fonts:
    """The font size and colour of each paragraph style and the document default (styles.xml)."""
    fonts = Fonts()
    if root is None:
        return fonts
    fonts.default_size, _ = _own_font(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
    own: dict[str, tuple[int | None, str | None, str]] = {}
    normal: str | None = None
    for style in root.iter(f"{W}style"):
        sid = style.get(f"{W}styleId") or ""
        size, colour = _own_font(style.find(f"{W}rPr"))
        based = style.find(f"{W}basedOn")
        own[sid] = (size, colour, (based.get(f"{W}val") or "") if based is not None else "")
        if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true", "on"):
            normal = sid
    chains = inherit({sid: ((size, colour), parent) for sid, (size, colour, parent) in own.items()}, _is_none)
    for sid in own:  # (in the styles' order, as before)
        own_size, own_colour = chains[sid]
        fonts.size[sid] = own_size if isinstance(own_size, int) else None
        fonts.colour[sid] = own_colour if isinstance(own_colour, str) else None
    if normal is not None and fonts.size.get(normal) is not None:
        fonts.default_size = fonts.size[normal]
    return fonts


def run_mark(run: ET.Element, *, bold: bool, style: str, fonts: Fonts, link: bool) -> Mark:
    """The mark of one run: its own size and colour, else its paragraph style's, else the default."""
    size, colour = _own_font(run.find(f"{W}rPr"))
    if size is None:
        size = fonts.size.get(style) if style in fonts.size else None
        size = size if size is not None else fonts.default_size
    if colour is None:
        colour = fonts.colour.get(style)
    return Mark(bold, chromatic(colour), size, link)


def paragraph_look(marks: list[tuple[str, Mark]]) -> tuple[bool, int | None]:
    """(every visible character tinted and none a link, the smallest size of the visible characters)."""
    visible = [(t, m) for t, m in marks if t.strip()]
    if not visible:
        return False, None
    tinted = all(m.tinted and not m.link for _, m in visible)
    sizes = [m.size for _, m in visible]
    return tinted, (None if any(s is None for s in sizes) else min(s for s in sizes if s is not None))


def title_cut(text: str, breaks: list[int], marks: list[tuple[str, Mark]]) -> int | None:
    """Where a paragraph's opening title line ends, when a manual line break separates it from its body.

    `breaks` are the offsets of the line breaks in `text`, `marks` its runs (their texts join to `text`).
    """
    if not breaks:
        return None
    cut = breaks[0]
    head, rest = text[:cut].strip(), text[cut:].strip()
    if not head or not rest or _sentence_head(fold(head)):
        return None
    if numbered_title_line(head) or parent_title_line(head, rest):
        return cut
    folded = fold(head)
    if len(folded) > _TITLE_LINE or _SENTENCE.search(folded.rstrip("：:")) or not re.search(r"\w", folded):
        return None
    if any(t.strip() and not m.bold for t, m in marks_between(marks, 0, cut)):
        return None
    after = [(t, m) for t, m in marks_between(marks, cut, len(text)) if t.strip()]
    rest_bold = sum(len(t.strip()) for t, m in after if m.bold)
    # the body opens in plain text (「重要<w:br/>**提示：**…」 goes on in bold: one bold lead-in) and is mostly plain
    return cut if not after[0][1].bold and rest_bold < len(rest.replace(" ", "")) * 0.5 else None


def marks_between(marks: list[tuple[str, Mark]], lo: int, hi: int) -> list[tuple[str, Mark]]:
    """The runs of `marks` cut to the characters lo..hi of their joined text."""
    out, at = [], 0
    for t, mark in marks:
        a, b = max(lo, at), min(hi, at + len(t))
        if a < b:
            out.append((t[a - at : b - at], mark))
        at += len(t)
    return out


def emphasise(blocks: list[Block], looks: list[Styled], *, styled_headings: bool) -> tuple[list[Block], str | None]:
    """Mark tinted and larger paragraphs as emphasised and give sized titles their depth.

    Returns the blocks and the title found by size (None when sizes give no outline).
    """
    if styled_headings or not looks:
        return blocks, None
    body = [s for s in looks if not s.table]
    total = sum(s.chars for s in body)
    if not total:
        return blocks, None
    tinted_share = sum(s.chars for s in body if s.tinted) / total
    by_size: dict[int | None, int] = {}
    for s in body:
        by_size[s.size] = by_size.get(s.size, 0) + s.chars
    body_size = max(by_size, key=lambda k: by_size[k])
    out = list(blocks)
    larger: list[Styled] = []
    for s in body:
        block = out[s.block]
        big = body_size is not None and s.size is not None and s.size >= body_size + _LARGER
        if s.tinted and tinted_share < 0.5 and _NOT_A_TITLE.search(fold(block.text).strip()) is None:
            out[s.block] = block._replace(emphasised=True)  # (not a coloured address, book title or button label)
        if big and _short_title(block.text):
            larger.append(s)
    title = _size_outline(out, larger)
    if title is None and not any(b.kind == "heading" for b in out):
        title = _look_outline(out, [s for s in body if out[s.block].emphasised and _short_title(out[s.block].text)])
    return out, title


def _short_title(text: str) -> bool:
    folded = fold(text).strip()
    return (
        0 < len(folded) <= _SIZED_TITLE
        and not _SENTENCE.search(folded[:-1])
        and not folded.endswith("。")
        and _NOT_A_TITLE.search(folded) is None
        and not _sentence_head(folded)
    )


def _size_outline(blocks: list[Block], larger: list[Styled]) -> str | None:
    """Depths from font sizes: two or more sizes of short larger paragraphs, the largest first."""
    if not larger:
        return None
    title: Styled | None = None
    first = larger[0]
    if first.block == 0 and all(s.size is not None and first.size is not None and s.size < first.size for s in larger[1:]):
        title, larger = first, larger[1:]
    sizes = sorted({s.size for s in larger if s.size is not None}, reverse=True)
    if len(sizes) < 2 or larger[0].size != sizes[0]:
        return None  # one size is no outline; a smaller title before the first larger one is not its child
    for s in larger:
        assert s.size is not None
        blocks[s.block] = blocks[s.block]._replace(kind="heading", level=sizes.index(s.size) + (2 if title else 1))
    if title is None:
        return None
    blocks[title.block] = blocks[title.block]._replace(kind="heading", level=1)
    return blocks[title.block].text


def _look_outline(blocks: list[Block], titles: list[Styled]) -> str | None:
    """Depths from two looks of short emphasised titles: 「信息收集」 in bold black, 「账号信息」 in blue.

    The look (coloured or not, and size) of the first title is the top level, the other
    look the level below, as numbering styles nest by first appearance; only with the evidence
    of an outline: exactly two looks, the second used at least twice, the first coming back after
    the second (「信息收集」, 「账号信息」, 「设备信息」, 「信息使用」).  A document that numbers its
    titles is left to its numbers; an emphasised first paragraph before the first title is the title.
    """
    if any(parse_number(blocks[s.block].text) is not None for s in titles):
        return None
    title: Styled | None = None
    if titles and titles[0].block == 0:
        title, titles = titles[0], titles[1:]
    order: list[tuple[bool, int | None]] = []
    look = {s.block: (s.tinted, s.size) for s in titles}
    for s in titles:
        if look[s.block] not in order:
            order.append(look[s.block])
    if len(order) != 2:
        return None
    second = [k for k, s in enumerate(titles) if look[s.block] == order[1]]
    if len(second) < 2 or not any(look[s.block] == order[0] for s in titles[second[0] :]):
        return None
    shift = 2 if title is not None else 1
    for s in titles:
        blocks[s.block] = blocks[s.block]._replace(kind="heading", level=order.index(look[s.block]) + shift)
    if title is None:
        return None
    blocks[title.block] = blocks[title.block]._replace(kind="heading", level=1)
    return blocks[title.block].text
