"""Structure stage: blocks → title, headings with levels, repaired paragraphs, sections.

`build_document(loaded)` is the single entry point every command uses after `load`.
The heuristics live in `headings` (which blocks are headings), `shapes` (what a
heading line looks like), `levels` (nesting), `repair` (sentences broken across
paragraphs) and `metadata` (dates, controller, contacts, script); this module
assembles the sections.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from policylens.errors import cap_warnings
from policylens.load import Loaded
from policylens.load.lines import shifted_pieces, slice_pieces
from policylens.load.types import PageTitle
from policylens.model import Block, Document, Paragraph, Piece, Section
from policylens.structure.bold_titles import split_bold_titles
from policylens.structure.glued import split_glued, split_title_lines, split_trailing_titles
from policylens.structure.headings import (
    bar_title_above,
    colon_title,
    find_headings,
    find_title,
    larger_name_below,
    partner_title,
    past_control_label,
    promote_atx_lines,
    shown_first_title,
)
from policylens.structure.language import NOT_CHINESE, detect_language, kanji_lines, languages
from policylens.structure.levels import align_sequences, align_unnumbered, assign_levels, close_spaced_parents, nest_numbering, peer_depths
from policylens.structure.metadata import build_metadata
from policylens.structure.ordered_titles import ordered_list_titles
from policylens.structure.repair import join, should_join
from policylens.structure.section_peers import section_peers
from policylens.structure.shapes import inline_tag_ranges, unemphasise, untag_ends
from policylens.structure.styled_body import demote_styled_body
from policylens.structure.toc_runs import toc_runs


class _OpenSection(NamedTuple):
    """The section being filled while blocks are read: its heading, before its paragraphs are known.

    A NamedTuple, not a dataclass: `dataclasses` is not imported on the `parse` path (start-up).
    """

    id: str = "s0"
    parent: str | None = None
    level: int = 0
    title: str | None = None
    number: str | None = None
    line: int | None = None
    column: int | None = None
    pieces: tuple[Piece, ...] = ()
    titles: tuple[str, ...] = ()
    depth: int | None = None

    def close(self, paragraphs: tuple[Paragraph, ...]) -> Section:
        """The finished section with its (repaired) paragraphs."""
        return Section(
            id=self.id,
            parent=self.parent,
            level=self.level,
            title=self.title,
            number=self.number,
            line=self.line,
            column=self.column,
            paragraphs=paragraphs,
            title_pieces=self.pieces,
            titles=self.titles,
            depth=self.depth,
        )


_new_tuple = tuple.__new__
# A reader's warnings per file: a page of 3,000 `<iframe srcdoc>` or `<title>`s, 3,000 unclosed `<!--` in
# Markdown, a DOCX of 5,000 header parts each wrote a line to stderr (and to JSON `warnings`); the rest are counted.
MAX_READER_WARNINGS = 20
_GONE = Block("paragraph", "", 0, 0, 0, ())  # stands in for a block its section has taken over (`release`)


def _named_title_line(blocks: list[Block], named: str) -> int | None:
    """(u55x, eval/blind/round53q ewangshenghuo-taro) The page's own line of the title its code names out of reading order
    (a Taro page's `navigationBarTitleText`, a Flutter bar's, `load.data_titles`): a block among the page's first
    `_NAMED_TITLE_BLOCKS` whose whole text is that title (「<Text className="…-center">E网生活隐私政策</Text>」 under a
    reading notice); None when no such block.  Before, the line was a level-1 heading over every section of the page,
    each a level too low."""
    named = named.strip()
    return next((i for i, b in enumerate(blocks[:_NAMED_TITLE_BLOCKS]) if b.text.strip() == named), None)


_NAMED_TITLE_BLOCKS = 4


def _title_pieces(block: Block, title: str) -> tuple[Piece, ...]:
    """Where `title`, a cut of `block.text`, sits in the source.

    A title is its block's text stripped (Python's strip also drops a leading U+2028, U+0085,
    U+1680 or U+001C–U+001F, which the readers keep) or unwrapped (`**標題**`): located with the
    block's own pieces, every finding in it was as many columns too far left.
    """
    if title == block.text or not block.pieces:
        return block.pieces
    k = block.text.find(title)
    return (slice_pieces(block.pieces, k, k + len(title)) if k >= 0 else ()) or block.pieces


def _untagged(title: str, pieces: tuple[Piece, ...], kept: list[tuple[int, int]]) -> tuple[str, tuple[Piece, ...]]:
    """`title` without its inline tags (`kept`: the ranges left) and its pieces, each range's own (true columns)."""
    out: list[Piece] = []
    at = 0
    for a, b in kept:
        out += shifted_pieces(slice_pieces(pieces, a, b), at)
        at += b - a
    return "".join(title[a:b] for a, b in kept), tuple(out) or pieces


def _to_paragraph(block: Block) -> Paragraph:
    kind = "paragraph" if block.kind == "heading" else block.kind
    # Paragraph(text, line, column, end_line, kind, pieces) with its defaults (breaks, lang), through tuple.__new__
    return _new_tuple(Paragraph, (block.text, block.line, block.column, block.end_line, kind, block.pieces, (), None))


def _repair(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Join paragraphs that continue a sentence left open by the previous one."""
    out: list[Paragraph] = []
    for para in paragraphs:
        if out and should_join(out[-1], para):
            out[-1] = join(out[-1], para)
        else:
            out.append(para)
    return out


_PARAGRAPH_LANG = Paragraph._fields.index("lang")
_SECTION_PARAGRAPHS = Section._fields.index("paragraphs")
_SECTION_LANG = Section._fields.index("lang")
_HOLE = Section("", None, 0, None, None, None, None, ())  # fills a section's place while its copy is made


class _LanguageTexts(Sequence[tuple[list[str], list[str]]]):
    """Per section, (its heading texts, its paragraph texts) as `languages` reads them, built as they are read.

    A list of them for every section was the peak of `build_document` on a file of one
    heading per tiny paragraph (three lists and a tuple per section, 12.8 MB for 62,500
    sections, issue #12).
    """

    def __init__(self, sections: list[Section]) -> None:
        self.sections = sections

    def __len__(self) -> int:
        return len(self.sections)

    def __getitem__(self, k: int) -> tuple[list[str], list[str]]:  # type: ignore[override]  # no slices
        section = self.sections[k]
        return [*section.titles, section.title or ""], [p.text for p in section.paragraphs]


def _set_languages(sections: list[Section]) -> None:
    """Give each section its language and each paragraph its own, in place (`language.languages`).

    Section by section, each old paragraph dropped as its copy is made: replacing the
    whole list at once held every section and paragraph twice (~0.2 KB per paragraph at
    the peak of `build_document` on files of many tiny paragraphs, issue #12).  The
    copies are made with `tuple.__new__` on the fields, which is what `_replace` does
    through a keyword mapping, at a quarter of its cost (2.7 → 0.6 µs per record).
    """
    texts = _LanguageTexts(sections)
    langs, per_paragraph = languages(texts)
    kanji_lines(texts, langs, per_paragraph)
    for k, (lang, paragraph_langs) in enumerate(zip(langs, per_paragraph, strict=True)):
        paragraphs = list(sections[k].paragraphs)
        fields: list[object] = list(sections[k])
        fields[_SECTION_PARAGRAPHS], sections[k] = (), _HOLE  # the list now holds the only reference
        for j, para in enumerate(paragraphs):
            if para.lang != paragraph_langs[j]:
                record: list[object] = list(para)
                record[_PARAGRAPH_LANG] = paragraph_langs[j]
                paragraphs[j] = _new_tuple(Paragraph, record)
        fields[_SECTION_PARAGRAPHS], fields[_SECTION_LANG] = tuple(paragraphs), lang
        sections[k] = _new_tuple(Section, fields)


def page_title_shapes(page: PageTitle | None, fmt: str) -> tuple[str | None, int | None, tuple[str, tuple[Piece, ...]] | None]:
    """The page title's two shapes, from its one reading (`load.types.PageTitle`).

    (text, line) for `Metadata.page_title`/`page_title_line`: an HTML page's `<title>` only, the string
    `diff` compares (a front matter's title is the document's title, not a second one); and
    (text, pieces) for `Document.page_title`, HTML or front matter, when located as written (None otherwise).
    """
    if page is None:
        return None, None, None
    located = (page.text, page.pieces) if page.pieces else None
    return (page.text, page.line, located) if fmt == "html" else (None, None, located)


def _located(page: PageTitle | None) -> tuple[str, tuple[Piece, ...]] | None:
    """(text, pieces) of a page's description when located as written (None otherwise)."""
    return (page.text, page.pieces) if page is not None and page.pieces else None


def build_document(loaded: Loaded, *, release: bool = False, full: bool = True) -> Document:
    """Turn loaded blocks into a Document (title, metadata, flat sections).

    With `release`, the reader's blocks are consumed: `loaded.parsed.blocks` is emptied and
    each block is dropped as its section or paragraph takes over its text and pieces, so
    that the blocks and the new sections never all live at once (a block is ~0.14 KB: on
    a file of a heading per tiny line that was the peak of the whole run, issue #12).  For
    callers that drop `loaded` anyway (`parse`, `check`, `compare`).

    `full=False` leaves out what only `parse` and `diff` show: every `Section.anchor` is None,
    and the metadata has no phone numbers and no postal address.  For `check`, whose rules
    and outputs read none of them (~2% of a file's time, issue #11).
    """
    fmt = "text" if loaded.parsed.plain else loaded.source.format
    emphasised = frozenset((b.line, b.column) for b in loaded.parsed.blocks if b.emphasised)  # (u54p) bold as a whole
    blocks = demote_styled_body(
        promote_atx_lines(split_title_lines(split_trailing_titles(split_glued(loaded.parsed.blocks)), fmt), fmt), fmt, loaded.text
    )
    blocks = section_peers(ordered_list_titles(blocks, fmt, loaded.text), fmt, loaded.text)
    blocks, bold_titles = split_bold_titles(blocks, fmt)
    if release:
        loaded.parsed.blocks = []  # `blocks` (a new list, or the same one) now holds the only references
    if loaded.parsed.title_line and loaded.parsed.title and find_title(blocks, fmt, None) is None:
        # a title the loader found out of reading order (u44a2: a Compose title `Text` written after the sections'
        # data): its own line on the page is the document's title (metadata), not a section over what follows it,
        # and not the page's first line either (what stands above a title is read as page chrome)
        named = loaded.parsed.title.strip()
        blocks = [b for b in blocks if not (b.line == loaded.parsed.title_line and b.text.strip() == named)]
    title_idx = find_title(blocks, fmt, loaded.parsed.title if fmt == "html" else None)
    if title_idx is None and loaded.parsed.title_line and loaded.parsed.title:
        title_idx = _named_title_line(blocks, loaded.parsed.title)
    if loaded.parsed.default_from is not None:
        title_idx = shown_first_title(blocks, fmt, title_idx, loaded.parsed.default_from)
    title_idx = larger_name_below(blocks, title_idx, loaded.parsed.font_sizes)  # (u53x) two names stacked: the larger
    title_idx = past_control_label(  # (l53b) a button's label above the title
        blocks, title_idx, loaded.parsed.controls, fmt, loaded.parsed.title if fmt == "html" else None
    )
    found, partners = find_headings(blocks, title_idx, fmt, bold_titles)
    order = sorted(found)
    keys = close_spaced_parents(blocks, found, order, peer_depths(blocks, found, order, partners))
    nested = nest_numbering(blocks, found, order, assign_levels(keys))
    levels = dict(
        zip(
            order,
            toc_runs(blocks, found, order, align_unnumbered(blocks, found, order, align_sequences(found, order, nested))),
            strict=True,
        )
    )
    del keys, nested, order  # the levels' working data (a key tuple per heading), before the sections are made (issue #12)
    pair_of: dict[int, int] = {main: partner for partner, main in partners.items()}

    sections: list[Section] = []
    parents: list[tuple[int, str]] = []  # (level, id) stack
    body: list[Paragraph] = []
    current = _OpenSection()

    def close() -> None:
        if current.title is not None or body:
            sections.append(current.close(tuple(_repair(body))))
        body.clear()

    count = 0
    bar_title = bar_title_above(blocks, title_idx, fmt)  # the header bar's copy of the title: chrome, not a paragraph
    for i, block in enumerate(blocks):
        if i in (title_idx, bar_title) or i in partners:
            continue
        if i in found:
            close()
            count += 1
            level = levels[i]
            while parents and parents[-1][0] >= level:
                parents.pop()
            heading = found.pop(i)  # each heading freed as its section takes it over (issue #12: memory)
            sid = f"s{count}"
            partner = pair_of.get(i)
            titles: tuple[str, ...] = (heading.title, partner_title(blocks[partner])) if partner is not None else ()
            shown, title_block = heading.title, block
            if partner is not None and detect_language(heading.title) != "zh":
                shown, title_block = titles[1], blocks[partner]  # the Chinese line is the title the rules read
            if title_block.kind != "heading":
                shown = untag_ends(shown)  # a paragraph read as a title: its edge tags are markup (an ATX title's are gone)
            title_pieces = _title_pieces(title_block, shown)
            if title_block.kind != "heading" and shown in title_block.text and (kept := inline_tag_ranges(shown)) is not None:
                shown, title_pieces = _untagged(shown, title_pieces, kept)  # 「一、<strong>…</strong>」: its inner tags too
            current = _OpenSection(
                id=sid,
                parent=parents[-1][1] if parents else None,
                level=level,
                title=shown,
                number=heading.number.label if heading.number else None,
                # The section starts at its first heading line (the English one of a pair);
                # `pieces` locate the Chinese title the rules read.
                line=block.line,
                column=block.column,
                pieces=title_pieces,
                titles=titles,
                depth=block.level if block.kind == "heading" else None,
            )
            parents.append((level, sid))
        else:
            body.append(_to_paragraph(block))
        if release and i != title_idx:
            blocks[i] = _GONE
    close()
    del found, partners, pair_of, levels  # the headings' working data, before the passes below (issue #12)

    if full:
        from policylens.structure.anchors import section_anchors

        found_anchors = section_anchors(loaded.text, sections)
        if found_anchors:
            sections = [s._replace(anchor=found_anchors.get(s.id)) for s in sections]
    _set_languages(sections)
    title_source = blocks[title_idx] if title_idx is not None else None
    title = unemphasise(title_source.text).strip() if title_source else loaded.parsed.title
    if title_source and title:
        title = colon_title(title) or title  # 「隐私政策：」 is titled 「隐私政策」 (review rv10b)
        if title_source.kind != "heading":  # 「<strong>汉方舌诊隐私政策</strong> <br/>」 in a text file: its tags are markup
            title = untag_ends(title)
            if (kept := inline_tag_ranges(title)) is not None:
                title = "".join(title[a:b] for a, b in kept)
    texts: list[str] = []  # each section's title (if any), then its paragraphs
    owners: list[Paragraph | None] = []  # the paragraph of each text (None: a title)
    chinese: list[str] = []  # the same of the Chinese sections only: the Chinese script and region are read from them
    for s in sections:
        if s.title:
            texts.append(s.title)
            owners.append(None)
            if s.lang not in NOT_CHINESE:
                chinese += s.titles or [s.title]
        texts += [p.text for p in s.paragraphs]
        owners += s.paragraphs
        chinese += [p.text for p in s.paragraphs if p.lang not in NOT_CHINESE]
    title_at: int | None = None
    if title:
        # the first text below the title (a page's menus may come before it), its lines read up to it
        title_line = title_source.line if title_source else 0
        lines = (line for s in sections for line in ([s.line] if s.title else []) + [p.line for p in s.paragraphs])
        title_at = 1 + next((i for i, line in enumerate(lines) if (line or 0) > title_line), len(texts)) if title_line else 1
        texts.insert(0, title)
        owners.insert(0, None)
    below = owners[title_at] if title_at is not None and title_at < len(owners) else None
    if title and detect_language(title) not in NOT_CHINESE:
        chinese.insert(0, title)
    metadata = build_metadata(
        title=title,
        title_line=title_source.line if title_source else (loaded.parsed.title_line if title else None),
        texts=texts,
        full_text="\n".join(texts),
        hints=loaded.parsed.dates,
        script_text="\n".join(chinese) if len(chinese) != len(texts) else None,
        title_at=title_at,
        below_title_lines=_line_starts(below) if below is not None else frozenset(),
        phones_and_address=full,
        path=loaded.source.path,
        locale_region=loaded.parsed.locale_region,
    )
    page_text, page_line, page_located = page_title_shapes(loaded.parsed.page_title, fmt)
    if page_text is not None:
        metadata = metadata._replace(page_title=page_text, page_title_line=page_line)
    warnings = list(loaded.parsed.warnings)
    cap_warnings(warnings, since=0, limit=MAX_READER_WARNINGS, what="reader warnings")
    if not blocks:
        warnings.append("the document is empty (no text)")
    return Document(
        loaded.source,
        metadata,
        tuple(sections),
        tuple(warnings),
        tuple(loaded.parsed.comments),
        _title_pieces(title_source, title) if title_source and title else (),
        tuple(loaded.parsed.references),
        tuple(loaded.parsed.scripts),
        tuple(loaded.parsed.links),
        tuple(loaded.parsed.media),
        tuple(loaded.parsed.tables),
        frozenset(loaded.parsed.chrome),
        page_located,
        frozenset(loaded.parsed.boxes),
        tuple(loaded.parsed.front_lines),
        loaded.parsed.liquid,
        loaded.parsed.computed_date,
        frozenset(loaded.parsed.rows),
        frozenset(loaded.parsed.line_breaks),
        loaded.parsed.own_syntax,
        loaded.parsed.catalogue,
        loaded.parsed.filled,
        frozenset(loaded.parsed.menus),
        tuple(loaded.parsed.stray_tags),
        loaded.parsed.unread_title,
        editions=tuple(loaded.parsed.editions),
        page_description=_located(loaded.parsed.page_description),
        emphasised=emphasised,
        printed=tuple(sorted(loaded.parsed.printed)),
        bold_leads=frozenset(loaded.parsed.bold_leads),
    )


def _line_starts(paragraph: Paragraph) -> frozenset[int]:
    """The offsets in a paragraph's text where its source breaks off: a later line (a text file's lines joined with no
    blank line, 「2024-12-03」 ⏎ 「我们重视…」) or markup between (「2024-12-03<br>我們重視…」); review u52r."""
    return frozenset(
        b.offset
        for a, b in pairwise(paragraph.pieces)
        if b.offset > 0 and (b.line > a.line or b.column > a.column + (a.width if a.width is not None else a.length))
    )
