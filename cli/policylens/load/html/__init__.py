"""Reader for HTML (also JSP/Vue pages, mini-program templates, React and Dart screens' markup): the public entry.

`read_html` reads a whole page and `read_html_fragment` a block of HTML inside a Markdown file; both return a
`Parsed` whose blocks carry their source line.  This module runs the steps in order (feed the source to the
extractor, mark page chrome, pick up dates and literals a page's scripts hold, warn about what was skipped); the
steps themselves live in the modules beside it:

- `tags`: what element and attribute names mean (block tags, implied end tags, bindings, loops, skipped elements);
- `decode`: character references, comments html.parser misreads, line counting;
- `reader`: the tag reader, html.parser made to read long tags, CDATA and comments as HTML5 does;
- `branches`: conditional branches (`v-if`/`wx:if` chains: which one is read) and elements the page hides;
- `tables`: a table's cells as a grid;
- `styles`: what a page's own style sheet says about its elements (rows, block classes);
- `page_scripts`: what a page's inline scripts hold (date constants, a policy in Markdown, text they produce);
- `chrome_lines`: whether a short line of a menu, header or footer is page chrome, by its words;
- `titles`: where a paragraph holding several titled sections is cut into blocks;
- `extractor`: the block builder, the tag reader's subclass that follows the open elements and makes the blocks;
- `feeding`: feeding a page's source to the extractor (server code blanked, pieces html.parser cannot resume after);
- `chrome`: the passes over a read page that mark its chrome (menus, footers, link boxes, promotions).

Server code (`<?php … ?>`, JSP/ASP `<% … %>`) is blanked first, keeping positions and the literals it echoes
(`load.server_code`).  Not here: Markdown (`load.markdown`), JSX component reading (`load.jsx`), Vue script data
(`load.vue_data`).
"""

from __future__ import annotations

from policylens.errors import UserError
from policylens.lazyre import lazy
from policylens.load.html.aside_headings import aside_section_headings, chrome_heading_places, promote
from policylens.load.html.branches import _branch_blocks, _branch_warnings
from policylens.load.html.chrome import (
    _back_links,
    _docs_site_frames,
    _frame_bold_lines,
    _hero_badges,
    _inner_footers,
    _link_box_headings,
    _mark_chrome,
    _outside_container,
    _page_chrome,
    _promotions,
    _site_revision,
    _trailing_labels,
)
from policylens.load.html.chrome_lines import back_link_text as back_link_text  # (the Markdown reader's too, u51s2)
from policylens.load.html.decode import _CJK
from policylens.load.html.extractor import _Extractor
from policylens.load.html.feeding import _feed, _html_extractor
from policylens.load.html.lead_ins import demote_lead_ins
from policylens.load.html.meta_description import meta_description
from policylens.load.html.page_scripts import _markdown_literal, _script_dates, _script_text_warning
from policylens.load.html.page_scripts import prop_dates as prop_dates  # (u57k) a Vue child component's date props
from policylens.load.html.styles import _fallback_literals, class_font_sizes
from policylens.load.html.tags import _BLOCK_TAGS, _COMPONENT_BLOCK_TAGS, _TEMPLATE_SUFFIXES
from policylens.load.jsx import (
    LiteralEscapes,
    blank_jsx,
    blank_span,
    code_blanks,
    computed_date,
    imports_native_view,
    imports_view,
    inner_html_lines,
    is_jsx_source,
    mapped_data_warnings,
    module_classes,
    native_marks,
    text_breaks,
)
from policylens.load.types import PageTitle, Parsed, first_few
from policylens.model import Block, Piece
from policylens.patterns import SLOT, slot_only


def _page_title(parts: list[str], at: list[tuple[int, int, int | None]], title: str) -> tuple[Piece, ...]:
    """The <title>'s pieces in the source, when it stands on one line as written (else empty: not located)."""
    raw = "".join(parts)
    if raw.strip() != title:
        return ()  # on several lines, or runs of blanks the title's spacing folded
    skip, left, pieces, offset = len(raw) - len(raw.lstrip()), len(title), [], 0
    for data, (line, col, width) in zip(parts, at, strict=True):
        cut = min(skip, len(data))
        skip -= cut
        if cut and width is not None:
            continue  # a leading &nbsp;: a blank of the page, not of the title
        length = min(len(data) - cut, left)
        if length > 0:
            newline = data.rfind("\n", 0, cut)  # the blank cut off ran across lines: the title starts on a later one
            line, col = (line + data.count("\n", 0, cut), cut - newline - 1) if newline >= 0 else (line, col + cut)
            pieces.append(Piece(offset, length, line, col + 1, width) if width is not None else Piece(offset, length, line, col + 1))
            offset += length
            left -= length
    return tuple(pieces) if pieces and left == 0 else ()


def _code_chunks(source: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(line, column, body) of each span of a React page's code (`load.jsx.blank_jsx`'s `code`), for `load.scripts`."""
    chunks = []
    line, counted = 1, 0  # the spans are in order: lines counted on from the last one (from 0 each time, a page of
    # 8,000 one-line components spent 3 s here; review u34x)
    for start, end in spans:
        if start >= counted:
            line += source.count("\n", counted, start)
        else:
            line = source.count("\n", 0, start) + 1
        counted = start
        newline = source.rfind("\n", 0, start)
        chunks.append((line, start - newline, source[start:end]))
    return chunks


def read_html(text: str, *, path: str, markup: bool = False) -> Parsed:
    """Extract blocks from HTML; unterminated markup that swallows text is an error.

    `markup`: the text is HTML whatever `path` names (a component's template literal of HTML, `load.page_literals`),
    so a `.tsx` page's JSX reading (its `{…}` as code) does not apply."""
    original = text  # (the source as written: a template's fallbacks are rewritten below)
    mapped: list[str] = []  # a React page's arrays of text shown through `.map` (`load.jsx.mapped_data_warnings`)
    computed = False  # a React page's date, printed by its code (`load.jsx.computed_date`)
    printed: list[int] = []  # where a React page's code prints a value (`load.jsx.blank_jsx`)
    inner_html: list[int] = []  # a React page's elements whose text its `dangerouslySetInnerHTML` sets
    unclosed: list[int] = []  # (u48h) a React page's child expressions never closed (`load.jsx.expressions._markup`)
    alternates: list[tuple[int, str, str]] = []  # a React page's condition branches not read (`load.jsx.expressions._operands`)
    code: list[tuple[int, int, str]] = []  # a React page's code around its markup, (line, column, body): its data's literals
    escapes = LiteralEscapes()  # a React page's escapes in the string literals it reads as text
    jsx = not markup and (is_jsx_source(path, text) or is_jsx_source(path, code_blanks(text)))
    if jsx:
        text = code_blanks(text)  # (u54x) a page indented or spaced with U+3000, no-break spaces…: code all the same
    description = None if markup else meta_description(text, jsx=jsx)  # (u51k) the page's own description, as written
    native = jsx and imports_native_view(text)  # (a React Native screen may take `Text` alone: its views are native too)
    views = jsx and (native or imports_view(text))
    local: dict[str, str] = {}
    titled: frozenset[str] = frozenset()
    own: frozenset[str] = frozenset()  # (u50l) the page's own components: their definition tells where a title goes
    if jsx:
        # (imported here: only a React page needs them; their imports were about 15 ms of every HTML page's `check`,
        # forty-sixth session, u46t)
        from policylens.load.jsx_data import read_mapped
        from policylens.load.jsx_local import declared_components, local_elements, titled_components
        from policylens.load.shown_constants import jsx_shown_constants

        text = jsx_shown_constants(text)  # 「Last updated: {lastUpdated}」 as the page shows it (`load.shown_constants`)
        local = local_elements(text)  # 「<SectionTitle>」 defined in the page as an <h2> (`load.jsx_local`)
        titled = titled_components(text)  # 「<PolicySection title="…" />」 of its own `function PolicySection({ title })`
        own = declared_components(text)
        computed = computed_date(text)
        inner_html = inner_html_lines(text)
        data = read_mapped(
            text, _BLOCK_TAGS | _COMPONENT_BLOCK_TAGS | {"scrollview"} | ({"text"} if native else set()) if views else _BLOCK_TAGS
        )  # sections kept as data and shown by `.map`: read where the page shows them (`load.jsx_data`; a React Native
        # screen's <Text> a box of its own, as `native_text` makes it for the HTML reader)
        mapped = mapped_data_warnings(text, data.names - data.unread) + data.warnings  # the others: not read, and said so
        spans: list[tuple[int, int]] = []
        source = text
        literals: list[tuple[int, int]] = []
        text = blank_jsx(
            text, printed, alternates, spans, literals, unclosed
        )  # a React component's source: its markup is the page, its code is not (`load.jsx`)
        escapes = LiteralEscapes(source, literals)  # read as the characters they stand for (`text_runs._escaped_data`)
        code = _code_chunks(source, spans)
        if native:
            text = native_marks(source, text, spans)  # a <Text>'s line breaks and title styles (`load.jsx.native_marks`)
        elif views:
            text = module_classes(source, text)  # 「className={styles.sectionTitle}」 as that class (`load.jsx.module_classes`)
            text = text_breaks(source, text, spans)  # (u49x2) a Taro <Text>'s 「{'\n'}」 (`load.jsx.text_breaks`)
        if data.spans:
            text = _blank_spans(text, data.spans)
            printed = sorted([at for at in printed if not any(a <= at < b for a, b in data.spans)] + data.printed)
    elif path.lower().endswith(_TEMPLATE_SUFFIXES):
        if path.lower().endswith((".vue", ".nvue")):
            text = code_blanks(text)  # (u54x) a single-file component spaced with U+3000: its template and script as code
        text = _fallback_literals(text)  # 「{{t1 || '引言'}}」: the page shows 引言 unless its script names another
    extractor = _html_extractor(path, text, jsx=jsx, views=views, native=native, local=local)
    extractor.titled_locals = titled
    extractor.own_components = own
    extractor.escapes = escapes
    _feed(extractor, text, path=path, printed=printed)
    # (u60r) 「<p>信息收集和使用<br />如下所述…。</p>」 … 「<p>邀请朋友<br />…。</p>」: two or more paragraphs opening with an
    # unnumbered title line over their text are titled so (siblings): read again, knowing the page has such titles
    openings = extractor.opening_titles >= _OPENING_TITLES_MIN and not extractor.bare_titles
    if (extractor.sibling_candidates and extractor.title_numbers) or openings:
        # a numbered first line that may be a title by its siblings, and numbered titles cut off their paragraphs:
        # read again, knowing their numbers (`_sibling_title`); a page without both is read once
        numbers = frozenset(extractor.title_numbers)
        extractor = _html_extractor(path, text, jsx=jsx, views=views, native=native, local=local)
        extractor.bare_titles = openings
        extractor.titled_locals = titled
        extractor.own_components = own
        extractor.known_numbers = numbers
        extractor.escapes = escapes
        _feed(extractor, text, path=path, printed=printed)
    chrome_places = chrome_heading_places(extractor)  # (u57j) by position: a `.map`'s blocks are inserted below
    aside_headings = aside_section_headings(extractor, jsx=jsx)  # (u58l) an HTML page's too
    if jsx and data.inserts:
        if data.moves:  # (u56j) an array's bodies written as markup in it: read where its `.map` stands
            from policylens.load.jsx_data import gathered

            data.inserts = gathered(extractor.blocks, data.inserts, data.moves, text)
        _insert_mapped(extractor.blocks, data.inserts, text)
    # (after a second reading: the extractor read first is gone)
    extractor.warnings.extend(f"line {line}: the HTML set by dangerouslySetInnerHTML (code) is not read" for line in inner_html)
    # (u48h) the blanked page keeps every line break, so a child expression's line is counted on it
    extractor.warnings.extend(
        f"line {text.count(chr(10), 0, at) + 1}: a {{ in the markup is never closed: the rest of its element is read as code, not text"
        for at in unclosed
    )
    extractor.warnings.extend(_branch_warnings(text, alternates))
    branches = _branch_blocks(source, alternates, extractor.blocks) if jsx and alternates else []  # (u56j) for `check`'s placeholder rules
    extractor.warnings.extend(mapped)
    # the slots as the template marks them, before they are demoted (a Vue page's v-for, v-html or 「{{ name }}」)
    fillable = extractor.marks or (extractor.sfc and any("{{" in b.text for b in extractor.blocks))
    written = list(extractor.blocks) if fillable else None
    demoted = []
    for k, b in enumerate(extractor.blocks):
        if (b.kind == "heading" or b.emphasised) and slot_only(b.text):
            # 「<h2>{{ pageTitle }}</h2>」, 「<view class="section-title">{{ section.title }}</view>」: filled at run time,
            # it names nothing here, so it is no heading and no title, wherever it stands
            extractor.blocks[k] = b._replace(kind="paragraph", level=None, emphasised=False)
            demoted.append(k)
    demote_lead_ins(extractor.blocks)
    title = " ".join("".join(extractor.title_parts).split()) or None
    if extractor.chrome_headings and not any(b.kind == "heading" for b in extractor.blocks):
        # every <h*> of the page is in a dialog or sidebar: that is where the policy is (a policy shown in a modal)
        promote(extractor, chrome_places)
    promote(extractor, aside_headings)  # (u57j) a sidebar's heading over the policy's own sentences (`aside_headings`)
    docs_frame = _docs_site_frames(extractor)  # (u46l) a documentation site's frame, its headings read as lines
    _promotions(extractor)
    _trailing_labels(extractor)
    _mark_chrome(extractor)
    _link_box_headings(extractor)
    _frame_bold_lines(extractor)
    _hero_badges(extractor)
    _site_revision(extractor)
    _back_links(extractor)
    _inner_footers(extractor)
    chrome = _page_chrome(extractor)  # (before a Vue page's blocks are filled from its script: indices of the blocks as written)
    if frame := _outside_container(extractor):
        chrome = sorted(set(chrome) | set(frame))
    if docs_frame:
        chrome = sorted(set(chrome) | set(docs_frame))
    # the template's blocks as marked (page chrome, a dialog's headings), the slots demoted above as written
    models = list(extractor.blocks)
    if written is not None:
        for k in demoted:
            if models[k].kind == "paragraph":
                models[k] = written[k]
    # demoted slot headings, placed by the blocks as written (`expand` may make one block several: r45 #7)
    headings = {(models[k].line, models[k].column) for k in demoted if k < len(models)}
    used: set[tuple[int, int]] = set()  # literals of the script read into the blocks (no second reading by the rules)
    if written is not None:
        from policylens.load.vue_data import expand

        capped: list[str] = []
        filled = expand(models, extractor.marks, extractor.scripts, _html_string, capped)
        if filled is None and capped:  # (u53h) given up at a limit: said, never a silent read of the markup alone
            extractor.warnings.append(f"the page's script data is not read: {capped[0]}; the page is read as its markup writes it")
        if filled is not None:
            extractor.blocks = [b._replace(kind="paragraph", level=None, emphasised=False) if slot_only(b.text) else b for b in filled[0]]
            used = filled[1]
            extractor.sfc_filled = True  # read from the script: nothing to warn of
    unread_title = extractor.sfc and any("{{" in b.text for b in extractor.blocks) and _drop_translation_keys(extractor, headings)
    # a mini-program or uni-app page's navigation bar title when there is no <title> (`nav_bars._nav_bar_title`): the
    # document's title only when no line of the page is one (`structure.build_document`); not the page's <title>
    if extractor.hidden_copy:  # a hidden copy of the text the page shows (`branches.hidden_copies`): read once, there
        extractor.blocks = [b for b in extractor.blocks if (b.line, b.column) not in extractor.hidden_copy]
    parsed = Parsed(
        blocks=extractor.blocks,
        title=title or extractor.nav_title,
        dates=extractor.dates,
        comments=extractor.comments,
        warnings=extractor.warnings,
    )
    if not title and extractor.nav_title:
        parsed.title_line = extractor.nav_title_line  # (u55x) the nav bar's title at its line
    parsed.chrome = chrome
    parsed.menus = sorted(extractor.menus & set(chrome))
    parsed.liquid = frozenset(extractor.loop_names)  # {{ d.name }} inside ng-repeat="d in …": the loop's output
    if _ANGULAR_APP.search(text) is not None:
        parsed.own_syntax = frozenset({"mustache"})  # an AngularJS controller fills the page's {{ }} (`_ANGULAR_APP`)
    parsed.computed_date = computed or extractor.date_message
    parsed.unread_title = bool(unread_title)
    parsed.boxes = extractor.boxes
    parsed.bold_leads = extractor.bold_leads
    parsed.rows = extractor.rows
    parsed.line_breaks = extractor.line_breaks
    parsed.tables = extractor.tables
    parsed.media = extractor.media
    parsed.printed = extractor.printed
    parsed.editions = extractor.editions
    if title:
        parsed.page_title = PageTitle(title, extractor.title_line, _page_title(extractor.title_parts, extractor._title_at, title))
    parsed.page_description = description
    parsed.branches = branches
    parsed.links = [(href, pieces, " ".join(text)) for (href, pieces, _), text in zip(extractor.links, extractor._link_texts, strict=True)]
    if extractor.scripts:
        from policylens.load.scripts import replaced_tokens, script_literals

        parsed.scripts = [(t, p) for t, p in script_literals(extractor.scripts) if not p or (p[0].line, p[0].column) not in used]
        parsed.filled = replaced_tokens(extractor.scripts)
        if extractor.sfc_filled and any("${" in body for *_, body in extractor.scripts):
            from policylens.load.jsx import imported_expressions  # (u55j) `${CONTACT_EMAIL}` an import fills: no slot

            parsed.filled |= frozenset().union(*(imported_expressions(body) for *_, body in extractor.scripts))
        parsed.front_lines = _script_dates(extractor.scripts)
    if extractor.prop_dates:
        parsed.front_lines = sorted([*parsed.front_lines, *extractor.prop_dates])  # (u47l) a layout's `updatedAt="…"`
    if code:
        # (thirty-third session, round33b) a React page whose legal text is a data constant of its code (`const content =
        # { privacy: { sections: [{ h: "…", p: "…" }] } }`, shown through `doc.sections.map(…)`): its literals are read by
        # the placeholder rules as an inline script's are (dummy contacts, named slots: the forms that are never code), not
        # by the blocks.  Before, such a page was empty and its `support@example.com` unseen.
        from policylens.load.scripts import replaced_tokens, script_literals

        parsed.scripts.extend(script_literals(code))
        parsed.filled |= replaced_tokens(code)
    parsed.controls = frozenset(extractor.control_labels)  # (l53b) a native <button>'s labels: no title
    if not jsx and "<style" in original:
        parsed.font_sizes = class_font_sizes(original, parsed.blocks)  # (u53x) two stacked names told apart by size
    if jsx:
        from policylens.load.jsx import imported_members, shown_expressions
        from policylens.load.jsx_default_edition import default_return_line

        parsed.filled |= shown_expressions(source)  # (u45l) `${BRAND.entity}`, `{SUPPORT_EMAIL}` read as written: printed values
        parsed.filled |= imported_members(source)  # (u56w2) `{brand.phone}` of an imported `brand`: printed at run time
        parsed.default_from = default_return_line(source)  # (u52s) the edition shown first, written second
    bound = (
        sorted(extractor.bound + [b.line for b in extractor.blocks if slot_only(b.text)])
        if extractor.sfc and not extractor.sfc_filled
        else []
    )
    if bound:
        if extractor.bound or any(mark.alias for mark in extractor.marks):
            script = sum(len(text) for text, _ in parsed.scripts if _CJK.search(text))
        else:
            # only 「{{ name }}」 lines: the text of the literals they name (a toast message is not what they show)
            from policylens.load.vue_data import named_text

            paths = [m.group(1) for b in extractor.blocks if slot_only(b.text) for m in SLOT.finditer(b.text)]
            script = named_text(extractor.scripts, paths)
        warning = _script_text_warning(extractor.blocks, bound, script)
        if warning:
            read = _markdown_literal(text, parsed.scripts)
            if read is not None:
                return read  # the policy is Markdown the page converts and shows: read as the page shows it
            parsed.warnings.append(warning)
    elif extractor.sfc_filled:
        # filled from the script, but some 「{{ x }}」 lines are not plain literals (a computed value, a prop, a call, i18n):
        # their text is not read, and the reader is told so (review rv13c; a silent gap otherwise)
        left = [b.line for b in extractor.blocks if slot_only(b.text)]
        if left:
            lines = first_few(left)
            parsed.warnings.append(
                f"line {left[0]}: {len(left)} {{{{ }}}} interpolation{'s' if len(left) > 1 else ''} not filled from the script's "
                f"literals (a computed value, a prop, a call or a translation): text not read at lines {lines}"
            )
    return parsed


def _drop_translation_keys(extractor: _Extractor, headings: set[tuple[int, int]]) -> bool:
    """A Vue page's blocks that are only translation calls on literal keys (「{{ $t('privacy.title') }}」,
    `vue_data.translation_only`) are not read: the key is no text of the policy, whose words are in the app's message
    files, and a reader is told so.  A page made only of interpolations keeps them (the warning on text from script
    speaks for it).  True when the page's title line is one of them (u45d): a heading (`headings`: the slot-only headings
    demoted to paragraphs), or the page's first block
    before any heading (「<div class="title">{{ $tm('k') }}</div>」): the title is then unknown, and `diff` does not
    report it changed (`diff.title.diff_titles`)."""
    from policylens.load.vue_data import translation_only

    keys = [b.line for b in extractor.blocks if translation_only(b.text)]
    if not keys or all(slot_only(b.text) for b in extractor.blocks):
        return False
    first = extractor.blocks[0]
    titled = any(b.kind == "heading" and b.level == 1 and not translation_only(b.text) for b in extractor.blocks)
    lost = any((b.kind == "heading" or (b.line, b.column) in headings) and translation_only(b.text) for b in extractor.blocks)
    unread_title = not titled and (lost or translation_only(first.text))  # an <h1> of words left: the title is known
    extractor.blocks = [b for b in extractor.blocks if not translation_only(b.text)]
    where = f" (lines {first_few(keys)})" if len(keys) > 1 else ""
    extractor.warnings.append(
        f"line {keys[0]}: {len(keys)} translation call{'s' if len(keys) > 1 else ''} 「{{{{ $t('…') }}}}」 not read{where}: "
        "the text is in the app's message files"
    )
    return unread_title


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with `spans` blanked as code (`load.jsx.blank_span`): a `.map` expression read from its data."""
    out = list(text)
    for start, end in spans:
        blank_span(out, start, end)
    return "".join(out)


def _insert_mapped(blocks: list[Block], inserts: list[tuple[int, list[Block]]], text: str) -> None:
    """The blocks a `.map` expression renders (`load.jsx_data`), put where the expression stands among the page's blocks
    (before the first block that starts after it)."""
    at = []
    for offset, rendered in inserts:
        line = text.count("\n", 0, offset) + 1
        column = offset - text.rfind("\n", 0, offset)
        k = next((k for k, b in enumerate(blocks) if (b.line, b.column) > (line, column)), len(blocks))
        at.append((k, rendered))
    for k, rendered in reversed(at):
        blocks[k:k] = rendered


def _html_string(text: str) -> list[Block] | None:
    """The blocks of an HTML string a Vue page shows with `v-html` (lines and columns in the string); None if malformed."""
    extractor = _Extractor()
    try:
        _feed(extractor, text, path="")
    except UserError:
        return None
    return extractor.blocks


def read_html_fragment(lines: list[str], *, first_line: int) -> Parsed | None:
    """Blocks of an HTML block inside Markdown (`lines` are the original lines from `first_line`); None if malformed."""
    extractor = _Extractor()
    try:
        _feed(extractor, "\n".join(lines), path="")
    except UserError:
        return None
    shift = first_line - 1
    blocks = [
        b._replace(line=b.line + shift, end_line=b.end_line + shift, pieces=tuple(p._replace(line=p.line + shift) for p in b.pieces))
        for b in extractor.blocks
    ]
    comments = [(n + shift, c) for n, c in extractor.comments]
    warnings = [_shift_warning(w, shift) for w in extractor.warnings]
    parsed = Parsed(blocks=blocks, dates=extractor.dates, comments=comments, warnings=warnings)
    parsed.media = [(n + shift, c) for n, c in extractor.media]
    parsed.printed = [(n + shift, c) for n, c in extractor.printed]
    parsed.rows = [(n + shift, c) for n, c in extractor.rows]
    parsed.line_breaks = [(n + shift, c) for n, c in extractor.line_breaks]
    parsed.bold_leads = [(n + shift, c, k) for n, c, k in extractor.bold_leads]  # (u59l)
    parsed.links = [
        (href, tuple(p._replace(line=p.line + shift) for p in pieces), " ".join(text))
        for (href, pieces, _), text in zip(extractor.links, extractor._link_texts, strict=True)
    ]
    return parsed


def _shift_warning(message: str, shift: int) -> str:
    """`line N: …` of a fragment → its line in the whole file."""
    head, _, rest = message.partition(": ")
    if head.startswith("line ") and head[5:].isdigit():
        return f"line {int(head[5:]) + shift}: {rest}"
    if head.startswith("lines "):  # 「lines 4, 8 and 2 more: …」: the lines move, the count stays (review u28w: 11 → 51)
        more = _MORE_LINES.search(head)
        listed, tail = (head[: more.start()], head[more.start() :]) if more else (head, "")
        return _LISTED_LINE.sub(lambda m: str(int(m.group()) + shift), listed) + tail + ": " + rest
    return message


# (u49p, eval/structure45 taiwan-privacy-jsp) a page that declares an AngularJS controller on a tag
# (`<body ng-controller="getAppController">`, `data-ng-controller`) has the controller's scope fill every `{{item2_1}}`
# when it runs: the page's own syntax, as a .vue file's or an Angular component's (`rules.templates`).  Not `ng-app`
# alone: with no controller, only an `ng-repeat` loop's names are the page's output (`{{公司名称}}`, `{{ COMPANY_NAME }}`
# there stay slots: tests/test_precision26.py)
_ANGULAR_APP = lazy(r"<[A-Za-z][^<>]*?\s(?:data-)?ng-controller\b")
_LISTED_LINE = lazy(r"\d+")
_MORE_LINES = lazy(r" and \d+ more\Z")
_OPENING_TITLES_MIN = 2  # (u60r) paragraphs opening with a bare title line before the page is read as titled so
