"""`read_docx`: the paragraphs and table cells of a .docx in document order, with their heading cues and warnings.

It opens the archive (`parts`), reads the styles, the numbering and the parts beside the body, builds the body's tree
once the flood bound has passed, finds what each paragraph and run is inside (`places`), reads each paragraph's runs
(`runs`, `fields`, symbols and blanks) into blocks (`blocks`), and gives the formatting its heading cues (`formatting`).
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree as ET

from policylens.errors import UserError
from policylens.load.docx.blanks import blank_runs, blank_text
from policylens.load.docx.blocks import _block
from policylens.load.docx.fields import _ButtonFields, _check_box, _FieldLinks, _FormFields
from policylens.load.docx.flood import _reject_flood
from policylens.load.docx.formatting import Mark, Styled, emphasise, marks_between, paragraph_look, read_fonts, run_mark, title_cut
from policylens.load.docx.notices import _hidden_warning, _placeholder_warning, _tracked_deletions
from policylens.load.docx.numbering import Numbering, W, small_int, xml_root
from policylens.load.docx.parts import _OLE_MAGIC, _ZIP_ERRORS, _forward_slashes, _hyperlinks, _part_names, read_member
from policylens.load.docx.places import _places
from policylens.load.docx.runs import _run_bold, _run_hidden, _runs, _unread_alternatives
from policylens.load.docx.side_parts import _note_marks, _unread_parts
from policylens.load.docx.styles import _HEADING_NAME, _hidden_styles, _styles, _styles_root
from policylens.load.docx.symbols import symbol, symbol_font, symbol_text
from policylens.load.docx.tags import _COMMENT_MARKS, _FIELD_CHAR, _INSTRUCTION, _RUN_FONTS, _SYM, _TABS, _TEXTS
from policylens.load.types import Parsed, first_few
from policylens.model import Piece

_MAX_LINKS = 5_000  # link targets recorded, as the HTML reader's bound


def read_docx(data: bytes, *, path: str, max_bytes: int = 20 * 1024 * 1024) -> Parsed:
    """Read paragraphs and table cells of a .docx in document order.

    `max_bytes` bounds each member once inflated (document.xml, styles.xml).
    """
    if data.startswith(_OLE_MAGIC):
        raise UserError(
            "not a DOCX zip archive but an OLE compound file: a password-protected document or a Word 97-2003 .doc;"
            " save it as an unprotected .docx",
            path=path,
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, *_ZIP_ERRORS):
        raise UserError("malformed DOCX: not a zip archive", path=path) from None
    warnings: list[str] = []
    _forward_slashes(archive)
    with archive:
        main, parts = _part_names(archive, path=path)
        targets = _hyperlinks(archive, main, path=path)
        xml = read_member(archive, main, path=path, max_bytes=max_bytes)
        if xml is None:
            raise UserError(f"malformed DOCX: no {main} in the archive", path=path)
        named = {f"word/{kind}.xml": members[0] for kind, members in parts.items() if members}
        styles_root = _styles_root(
            archive, named.get("word/styles.xml", "word/styles.xml"), path=path, max_bytes=max_bytes, warnings=warnings
        )
        styles, fonts, hidden_styles = _styles(styles_root), read_fonts(styles_root), _hidden_styles(styles_root)
        del styles_root
        comment_texts: dict[str, str] = {}  # Word comment id → its text (`_comment_texts`)
        noted = _unread_parts(archive, xml, parts, warnings, comment_texts)
        numbering = Numbering(archive, read=lambda name: read_member(archive, named.get(name, name), path=path, max_bytes=max_bytes))
    _reject_flood(xml, path)
    try:
        root = xml_root(xml)
    except ET.ParseError as exc:
        raise UserError(f"malformed DOCX: {main} is not valid XML ({exc})", path=path) from None
    del xml
    parsed = Parsed(blocks=[], warnings=warnings)
    body = root.find(f"{W}body")
    if body is None:
        raise UserError(f"malformed DOCX: {main} has no body", path=path)
    places = _places(body, targets)
    in_table = places.in_table
    # the row of each table paragraph (the innermost row last), for rows of data only: at most one paragraph with text in
    # each cell (a table that lays out a page holds paragraphs of the policy in one cell: they are no row)
    # (every row, the rows of data by a number of their own and the others by a negative one: `Parsed.rows` marks where
    # each row starts, a row that is no row of data as a stop, so that no paragraph of it is glued to a row of data)
    row_of = places.row_of
    last_row: int | None = None  # the row of the last table block read (`Parsed.rows`: where each row starts)
    # the paragraphs not read: the `mc:AlternateContent` branches not chosen, a text box in a tracked deletion (its
    # paragraphs are deleted with it; its runs already are), a table row deleted with tracked changes (`w:trPr/w:del`:
    # Word shows it struck through, gone once accepted)
    unread = _unread_alternatives(body, places.texted) | places.unread
    looks: list[Styled] = []
    links = places.links  # runs drawn as links (coloured, not titles)
    # each link's runs → (the link, its target): `placeholder-link-target` reads the targets, as of HTML and Markdown
    # (a Word link to mailto:your@email.com behind 「聯絡我們」 passed without a word; hostile round 25)
    link_runs = places.link_runs
    styled_headings = False
    hidden: list[int] = []  # the paragraphs with hidden text not read
    unknown_symbols: list[tuple[int, str]] = []  # (paragraph, font and code) of the symbols `symbol` cannot tell
    # the runs of content controls that still show their placeholder text (`w:showingPlcHdr`): never filled in.  Word
    # draws that text in grey (「按一下或點選這裡以輸入文字。」, 「Click or tap here to enter text.」, or the template's
    # own prompt) until someone types into the control; the rules read it as any text, so a form left empty passed
    # with no word (twenty-third round)
    prompts = places.prompts
    unfilled: list[tuple[int, str]] = []  # the paragraphs of form fields never filled in, with their placeholder text
    # the paragraphs referencing a note, per kind of the notes with text (`_note_marks`)
    marked: dict[str, list[int]] = {kind: [] for kind in noted if kind != "comment"}
    forms = _FormFields()
    field_links = _FieldLinks()
    buttons = _ButtonFields()
    # each Word comment's paragraph: the first that holds its range's start or its reference (`parsed.comments`, read by
    # `placeholder-comment`: 「请填写公司全称」 on a name left as the template's, thirty-fifth session, u35r3)
    commented: dict[str, int] = {}
    for index, para in enumerate(body.iter(f"{W}p"), start=1):
        if unread and id(para) in unread:
            continue  # the second copy of a text box, or a deleted one (its index is kept: later paragraphs keep their numbers)
        if comment_texts:
            for element in para.iter():
                if element.tag in _COMMENT_MARKS and (key := element.get(f"{W}id")) in comment_texts:
                    commented.setdefault(key, index)
        ppr = para.find(f"{W}pPr")
        style_id = ""
        level: int | None = None
        style_bold = False
        if ppr is not None:
            ps = ppr.find(f"{W}pStyle")
            if ps is not None:
                style_id = ps.get(f"{W}val") or ""
                level, style_bold = styles.get(style_id, (None, False))
                if style_id and level is None:
                    m = _HEADING_NAME.match(style_id)
                    level = int(m.group(1)) if m else (0 if style_id.lower() == "title" else None)
            outline = ppr.find(f"{W}outlineLvl")
            if level is None and outline is not None and (value := small_int(outline.get(f"{W}val"), -1)) >= 0:
                level = value + 1 if value < 9 else None
        marks: list[tuple[str, Mark]] = []
        breaks: list[int] = []
        size = 0
        linked: dict[int, tuple[str, int, list[str]]] = {}  # link → (target, where its text starts, its text)
        hidden_paragraph = style_id in hidden_styles
        runs = list(_runs(para, places.texted))
        blanks = blank_runs(runs, links)  # underlined spaces: the line a form leaves to write on (`load.docx.blanks`)
        for run in runs:
            for kind, paragraphs in marked.items():
                if run.find(f"{W}{kind}Reference") is not None and paragraphs[-1:] != [index]:
                    paragraphs.append(index)
            if _run_hidden(run, hidden_styles, hidden_paragraph):
                if any((t.text or "").strip() for t in run.iter(f"{W}t")) and hidden[-1:] != [index]:
                    hidden.append(index)
                continue
            if prompts and id(run) in prompts:
                prompt = "".join(t.text or "" for t in run.iter(f"{W}t"))
                if unfilled[-1:] and unfilled[-1][0] == index:
                    unfilled[-1] = (index, unfilled[-1][1] + prompt)
                elif prompt.strip():
                    unfilled.append((index, prompt))
            mark = run_mark(run, bold=_run_bold(run, style_bold), style=style_id, fonts=fonts, link=id(run) in links)
            fonts_of_run = run.find(_RUN_FONTS)
            face = fonts_of_run.get(f"{W}ascii") if fonts_of_run is not None else None
            face = face if symbol_font(face) else None
            for child in run:
                if child.tag == _FIELD_CHAR:
                    if (blank := forms.field_char(child)) is not None and unfilled[-1:] != [(index, blank)]:
                        unfilled.append((index, blank))
                    if (field := field_links.char(child, index, size)) is not None:
                        linked[-1 - len(linked)] = field  # (a field has no element: a key no id() takes)
                    if (box := _check_box(child)) is not None:
                        marks.append((box, mark))  # a legacy check box (FORMCHECKBOX): Word draws its state, no text
                        size += 1
                    if shown := buttons.char(child):
                        marks.append((shown, mark))  # MACROBUTTON's display text: what Word shows there
                        size += len(shown)
                        unfilled.append((index, shown))  # a prompt by nature: typing over it removes the field
                    continue
                if child.tag == _INSTRUCTION:
                    field_links.instruction(child.text or "")
                    buttons.instruction(child.text or "")
                    continue
                if child.tag in _TEXTS:
                    t = child.text or ""
                    if face is not None:
                        t = symbol_text(face, t)  # 「þ」 typed in Wingdings: a ticked box ☑
                    forms.text(t)
                    field_links.text(t)
                elif child.tag in _TABS:  # `w:ptab`: a tab to an absolute position
                    t = "\t"
                elif child.tag in (f"{W}br", f"{W}cr"):
                    t = " "
                    breaks.append(size)
                elif child.tag == f"{W}noBreakHyphen":
                    t = "-"  # 「02‑1234‑5678」: Word draws a hyphen that does not break the line
                elif child.tag == _SYM:  # Insert ▸ Symbol: a ticked box, a bullet, 「≥」 (`load.docx.symbols`)
                    font, code = child.get(f"{W}font"), child.get(f"{W}char")
                    if (shown := symbol(font, code)) is None:
                        sym_named = f"{_attribute(font, 'no font')} {_attribute(code, 'no char')}"
                        if unknown_symbols[-1:] != [(index, sym_named)]:
                            unknown_symbols.append((index, sym_named))
                        continue
                    t = shown
                else:
                    continue
                if blanks and child.tag in (*_TEXTS, *_TABS) and id(run) in blanks:
                    t = blank_text(t)
                if link_runs and id(run) in link_runs:
                    anchor, target = link_runs[id(run)]
                    linked.setdefault(anchor, (target, size, []))[2].append(t)
                marks.append((t, mark))
                size += len(t)
        raw = "".join(t for t, _ in marks)
        label = numbering.label(ppr, style_id)  # counted even for an empty paragraph, as Word does
        if not raw.strip():
            continue
        for target, start, text in linked.values():
            if len(parsed.links) < _MAX_LINKS:  # the target stands where its text is shown: a finding spans the text
                shown = "".join(text)
                parsed.links.append((target, (Piece(0, len(target), index, start + 1, len(shown) or None),), shown))
        kind = "table" if id(para) in in_table else "paragraph"
        if ppr is not None and ppr.find(f"{W}numPr") is not None and kind != "table":
            kind = "item"
        styled_headings = styled_headings or bool(level)  # Heading 1–9 (a Title style alone is not an outline)
        if level == 0:
            if parsed.title is None:
                parsed.title = raw.strip()
            level = 1
        if level is not None:
            kind = "heading"
        cut = title_cut(raw, breaks, marks) if level is None and kind != "table" else None
        for lo, hi in ((0, len(raw)),) if cut is None else ((0, cut), (cut, len(raw))):
            lead = (label or "") if lo == 0 else ""
            block = _block(kind, raw, lo, hi, marks, lead=lead, index=index, level=level)
            if block is None:
                continue
            tinted, smallest = paragraph_look(marks_between(marks, lo, hi))
            looks.append(Styled(len(parsed.blocks), len(block.text), tinted, smallest, kind == "table"))
            if kind == "table" and row_of.get(id(para)) != last_row:
                last_row = row_of.get(id(para))
                if last_row is not None:
                    parsed.rows.append((block.line, block.column if last_row >= 0 else -block.column))
            parsed.blocks.append(block)
    parsed.comments = sorted((index, comment_texts[key]) for key, index in commented.items())
    _note_marks(parsed.warnings, noted, marked)
    if hidden:
        parsed.warnings.append(_hidden_warning(hidden))
    if unknown_symbols:
        shown = first_few(unknown_symbols, show=lambda symbol: f"{symbol[0]} ({symbol[1]})")
        parsed.warnings.append(f"symbol characters (w:sym) of a font policylens cannot read are not read: paragraph {shown}")
    if unfilled:
        parsed.warnings.append(_placeholder_warning([(index, text.strip()) for index, text in unfilled]))
    if deleted := _tracked_deletions(body):
        shown = first_few(deleted)
        parsed.warnings.append(
            f"tracked changes not accepted yet: the deleted text of paragraph{'s' if len(deleted) > 1 else ''} {shown} is not read"
            " (read as if every change were accepted; Word still shows it struck through, and the file keeps it)"
        )
    parsed.blocks, sized_title = emphasise(parsed.blocks, looks, styled_headings=styled_headings)
    if sized_title is not None and parsed.title is None:
        parsed.title = sized_title
    return parsed


def _attribute(value: str | None, missing: str) -> str:
    """A `w:sym` attribute as a warning names it: `None` was printed for a missing font, and a 100,000-character
    `w:char` made the warning 100,000 characters long (u52h)."""
    if value is None:
        return missing
    return value if len(value) <= 16 else value[:16] + "…"
