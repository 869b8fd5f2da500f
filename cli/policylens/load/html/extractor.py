"""The HTML block builder: the tag reader's subclass (`reader._TagReader`, `branches._BranchChooser`) that makes blocks.

`_Extractor` follows the open elements (implied end tags, raw text, skipped and hidden elements, conditional
branches, tables, links, a component's slots and loops) and yields blocks of text with the line and column of each
piece in the original source.  Not here: feeding it the source (`feeding`), the passes over the finished page
(`chrome`), the public entry (`policylens.load.html`).
"""

from __future__ import annotations

import bisect
from html import unescape
from itertools import pairwise
from typing import NamedTuple

from policylens.load.html.branches import (
    _PROSE,
    _BranchChooser,
    _conditional_only,
    _Veil,
    _veils,
)
from policylens.load.html.chrome_lines import (
    _APP_STORE,
    _BRAND_NAME,
    _CHROME_NAME,
    _CHROME_ROLES,
    _CHROME_TEXT_MAX,
    _CHROME_UI,
    _CONTENT_TAGS,
    _DIGITS,
    _EMAIL,
    _FOOTER_NAME,
    _IDLE_NUMBER,
    _KEPT_IN_CHROME,
    _MENU_ENTRY_MAX,
    _MENU_KEPT,
    _MENU_SEPARATORS,
    _PAGER,
    _SENTENCE_END,
    _chrome_tag,
    _page_chrome_text,
    _to_another_page,
    _widget_label,
)
from policylens.load.html.decode import _ENTITIES, _ENTITY_CACHE, _line_count, _lines, _raw_runs, _split_pieces
from policylens.load.html.tables import _CELL_CONTENT, _GRID_MAX, _PIECE_OFFSET, _Cell, _span, _Table
from policylens.load.html.tags import (
    _BINDINGS,
    _BLOCK_TAGS,
    _CLOSES_P,
    _DATE_KEY,
    _EMPHASIS_TAGS,
    _FALLBACK_TAGS,
    _HEADINGS,
    _HREF,
    _HTML_BINDINGS,
    _IMPLIED,
    _LINK_TEXT_CHARS,
    _LINK_TEXT_PARTS,
    _LOOP_ALIASES,
    _LOOP_ATTRIBUTES,
    _MAX_LINKS,
    _MEDIA_TAGS,
    _MESSAGE_TAGS,
    _NO_FIELD_TYPES,
    _P_BOUNDARY,
    _PRE_PARENTS,
    _RAW_TAGS,
    _RICH_TEXT_PROPS,
    _RICH_TEXT_TAGS,
    _SCRIPT_TYPES,
    _SFC_BLOCKS,
    _SHADOW_ROOT,
    _SKIP_TAGS,
    _TEMPLATE_CUE,
    _VOID,
)
from policylens.load.html.titles import (
    _BULLET_GLYPHS,
    _FIELD_LABEL,
    _HEADING_CLASS,
    _INNER_BREAK,
    _ITEM_AFTER,
    _NUMBERED_TITLE,
    _PARAGRAPH_CLASS,
    _RECORD_FIELD,
    _RECORD_MIN,
    _RUN_IN_SENTENCE,
    _SECTION_TEXT_CLASS,
    _SENTENCE_TITLE_MAX,
    _TIT_CLASS,
    _TITLE_MARKER_MAX,
    _VALUE_TEXT,
    _bold_parts,
    _bold_title_cuts,
    _cuts,
    _entry_number,
    _entry_parts,
)
from policylens.load.jsx import INLINE_BRANCH_TAGS, STRUCK_ELEMENTS, TAG, component_name, kit_component, rendered_tag, title_prop
from policylens.load.lines import BULLET, group_lines, split_block, title_line
from policylens.load.server_code import CODE
from policylens.load.types import first_few
from policylens.load.vue_data import Mark, parse_v_for, slot_path
from policylens.model import Block, BlockKind, Piece, TableGrid
from policylens.normalise import WHITESPACE, joiner
from policylens.numbering import parse_number
from policylens.patterns import MAILTO

_new_piece = tuple.__new__  # Piece(…) without its Python-level __new__, once per link


class _Container(NamedTuple):
    """What the page had read when an element opened: its blocks, fields, long and link-only blocks are counted from here."""

    blocks: int
    fields: int
    long: int
    links: int
    raw: int
    href: bool  # the element is a link (<a href>; an <a name> anchor around a title is none)
    records: int  # links recorded (`_Extractor.links`)


class _Extractor(_BranchChooser):
    """Collects text runs with positions and cuts them into blocks, tracking the open elements."""

    def __init__(self) -> None:
        super().__init__()
        # a Vue single-file component (.vue): its <template> elements are the page's markup, read as text
        # (in a page, <template> is inert content that is not shown)
        self.sfc = False
        self.mini_program = False  # a mini-program page (.wxml, .axml, .swan, .ttml): its <template name> is a definition
        # a React page (.tsx, .jsx): its components' headings (`load.jsx.rendered_tag`, `title_prop`).  Per open component,
        # (its tag as read, the element it renders); per open section component titled by a prop, its stack depth; the
        # level of the page's heading before the first such title (its titles are one level below it)
        self.jsx = False
        # a Vue or mini-program page: its <text> keeps its line breaks, its class names may name headings (a React page
        # whose <View> is a block, `load.jsx.imports_view`, takes only the block tags: its <Text> is inline)
        self.component_page = False
        # a React page whose <View> is a block (Taro, React Native: `load.jsx.imports_view`): its texts are trimmed at line
        # breaks as JSX renders them (`_jsx_spaces`); a web page's are not (a `{" "}` is blanked before the parser sees
        # it, so trimming glued 「email us at{" "}⏎<a>…」 into 「atprivacy@…」: review u30x)
        self.view_page = False
        # a React Native screen (`load.jsx.imports_native_view`): a <Text> not inside a <Text> is a block of its own
        # (`_native_box`); per open <Text>, whether it is one
        self.native_text = False
        self._native_boxes: list[bool] = []
        self._components: list[tuple[str, str]] = []
        self._prop_titles: list[int] = []
        self._prop_base: int | None = None
        self._block_tags: frozenset[str] | set[str] = _BLOCK_TAGS  # with the component blocks in .vue and mini-program pages
        # after a title's own <text> closed (`_text_start`): 1 on its line so far, 2 when a line break followed
        self._text_gap = 0
        # after a mini-program <text> closed: 1 with only spaces since, 2 when a line break followed (`_text_start`)
        self._text_after = 0
        # the depth of the element stack where each open <template> of the component began: its end closes what
        # was left open inside it (an unclosed <div> made the <i18n> and <docs> blocks after it read as the page)
        self._sfc_templates: list[int] = []
        self.blocks: list[Block] = []
        self.title_parts: list[str] = []
        self._title_at: list[tuple[int, int, int | None]] = []  # (line, column, width) of each part of the <title>
        self.title_line: int | None = None
        self.scripts: list[tuple[int, int, str]] = []  # (line, column, body) of inline scripts, for `load.scripts`
        self.links: list[tuple[str, tuple[Piece, ...], str]] = []  # (href as written, its pieces, the link's text)
        self._link_texts: list[list[str]] = []  # the text of each link so far (parallel to `links`)
        self._link_stack: list[int] = []  # indices of the <a href> open
        self.media: list[tuple[int, int]] = []  # (line, column) of images and embedded frames
        self._in_script = False  # inside an inline JavaScript <script> (not src=, not JSON-LD)
        self.dates: list[tuple[str, str]] = []
        self._skip: list[tuple[str, int]] = []  # (tag, line) of the skipped elements open
        # (line, tag) of fallback elements whose text was skipped → (index of its warning, the
        # elements, by identity): one warning per line and kind, counting the elements
        self._skipped_text: dict[tuple[int, str], tuple[int, dict[int, tuple[str, int]]]] = {}
        self._veiled: list[_Veil] = []  # the elements open that the page hides (`hidden`, `style="display:none"`)
        self.veiled_lines: list[int] = []  # the first line of each hidden element whose text was read
        # (tag, line) of an inline element that is a condition's later branch (`<span v-else>`) → its attribute
        self._branches: dict[tuple[str, int], str] = {}
        self._branch_inner: list[str] = []  # elements opened inside a skipped branch, not yet closed
        self._in_title = False
        # a <title> after the first (browsers show the first alone): its line, and whether it held text (`_text`)
        self._later_title: tuple[int, bool] | None = None
        # The block's text so far, kept as chunks: `+=` on an attribute copies the whole
        # string each time, quadratic on a policy written as one <p> with 60,000 <br>.
        self._chunks: list[str] = []
        self._len = 0  # length of the text so far
        self._last = ""  # its last character
        self._nonspace = 0  # its characters other than " " (for the bold-line test)
        self._pieces: list[Piece] = []
        self._strong_chars = 0
        self._strong_runs: list[tuple[int, int]] = []  # the block's bold runs (offsets in its text): a part cut off may be bold
        self._stack: list[str] = []  # open elements, outermost first
        self._open: dict[str, int] = {}  # how many of each tag are open
        # the open <h1>…<h6>, innermost last: a block's heading is read here, not by walking `_stack` (a page of
        # 20,000 unclosed `<div><p>a` walked the whole stack for every block: 30 s, quadratic)
        self._headings: list[str] = []
        self._titled: list[bool] = []  # per open element: class="…title…"
        # (stack depth, index in `_headings`) of each open block whose class names a heading rank, still its title
        self._class_headings: list[tuple[int, int]] = []
        # per open mini-program <text> (inline, like <span>): a title's line of its own?  (see `_text_start`)
        self._text_titles: list[bool] = []
        # per open mini-program <text>: has it shown text yet?  A line break inside it after its text ends a line, as
        # WeChat and uni-app show it (`_text`); None outside a page of components
        self._text_seen: list[bool] = []
        self._text_newline = False  # a line break inside an open <text> after its text: the next text starts a block
        # (twenty-fifth session, lead) an untitled <text> opened a source line of its own after a sibling <text>: if its
        # first text opens a list item (「1. 」, 「• 」, 「（一）」), it starts a block (`_text_start`, `_text_item_breaks`)
        self._text_item = False
        self._text_item_last = False  # the last such <text> started a list item of its own
        # the depth of the element stack where a title's <text> opened a source line of its own and started its block:
        # its plain sibling <text>s on lines of their own are rows too (`_text_start`); None when that parent closed
        self._row_depth: int | None = None
        self.text_rows = False  # the page's style sheet sets its <text>s as blocks (`_text_rows`): each is a row
        self.row_classes: frozenset[str] = frozenset()  # classes the page's style sheet sets as blocks (`_row_classes`)
        self._text_rowed = False  # the <text> being opened has such a class
        self._chrome: list[bool] = []  # per open element: page chrome (a menu, a consent dialog, the site footer)
        self._chrome_open = 0  # how many chrome elements are open (a count: `any()` over a deep stack is quadratic)
        self._kind: BlockKind = "paragraph"
        self._level: int | None = None
        self._title_class = False
        self._bare_titles = 0  # title-class blocks that are a numbered title and nothing else (`_run_in`)
        self._chrome_level: int | None = None  # the depth of a chrome <h*> whose text is the current block
        self.chrome_headings: list[tuple[int, int]] = []  # (block index, depth) of the <h*> read as page chrome
        self._pending_space = False
        self._items = 0  # <li> elements opened so far
        # (block index, <li> count) of a bold run that opened a list item and ended at a <br> (see `_line_break`)
        self._item_title: tuple[int, int] | None = None
        self._breaks: list[int] = []  # offsets in the block's text of the <br> line breaks kept inside the block
        # the (style, value) of the numbered first lines cut off their <br>-split paragraph as titles; whether a first line
        # may be a title by its siblings (`sibling_title_line`); the numbers of a first reading, for the second (`read_html`)
        self.title_numbers: set[tuple[tuple[str, ...], int]] = set()
        self.sibling_candidates = False
        self.known_numbers: frozenset[tuple[tuple[str, ...], int]] = frozenset()
        # per number style, the value and block index of the last paragraph opened by a number and read whole, as a list
        # entry with its text (「<p>2. 用户在 TLCT发表的内容…</p>」); the styles whose numbered first line was cut off its
        # paragraph as a title (their numbers are titles' on this page: `_title_over_source_line`)
        self.entry_numbers: dict[tuple[str, ...], tuple[int, int]] = {}
        self.title_styles: set[tuple[str, ...]] = set()
        self._link_chars = 0  # characters of the block inside <a href>
        self._href_open = 0  # how many <a href> are open
        # the block's <a href> entries: how many opened, the longest one's characters, and per open link the block's
        # link characters when it opened (a menu of links in the page's frame, `_link_menu`)
        self._block_links = 0
        self._block_link_max = 0
        self._link_marks: list[int] = []
        # indices of the blocks that are sentences of the page (not a copyright or address line): where the policy's text is
        self.sentence_blocks: list[int] = []
        # page-chrome lines but for an e-mail address (「← 返回首页 · privacy@…」 in the footer): (block, places), see `_page_chrome`
        self.mail_chrome: list[tuple[int, list[tuple[int, int]]]] = []
        # Page chrome told by content: per open element, the counts when it opened (see `_judge`)
        self._counts: list[_Container] = []
        self._fields = self._long = self._links = self._raw_blocks = 0
        self.chrome_spans: list[tuple[int, int, bool]] = []  # (first block, end, headings too) of form containers
        # (first block, end) of elements after the page's <main>/<article> made of app-store links (`_promotion`)
        self.promotion_spans: list[tuple[int, int]] = []
        # (stack depth, first block) of the open Axure RP label widgets; (first block, end) of the closed ones
        self._widget_labels: list[tuple[int, int]] = []
        self.label_spans: list[tuple[int, int]] = []
        self._content_closed = False  # a <main> or <article> has closed: what follows is outside the policy's container
        # (first block, end, its links all lead to other pages) of link menus, wherever they are
        self.menu_spans: list[tuple[int, int, bool]] = []
        # (first block, (line, column) of each part) of the page chrome's short lines (`_page_chrome_text`)
        self.page_chrome: list[tuple[int, list[tuple[int, int]]]] = []
        # per open element: a chrome container or the page's own <header>/<footer> (a frame); the spans of closed ones
        self._frames: list[bool] = []
        # per open element: the page's own <header>/<footer> (or a footer by its class), decided when it opened: an
        # <article> inside the page's header (an idoc site's logo and menu) does not make the header the policy's
        self._page_frames: list[bool] = []
        self._page_frames_open = 0
        self._brands: list[bool] = []  # per open element: the site's logo or brand by its class (`_BRAND_NAME`)
        self._brand_open = 0
        self._brand_chars = 0  # non-space characters of the current block written inside a logo or brand element
        self.frame_spans: list[tuple[int, int]] = []
        # indices of the <h*> blocks that hold a link to another page (「<h2><span>About Us</span><a href="about.jsp">关于我们</a>
        # </h2>」): a run of them with no text between is a box of links, no sections (`_link_box_headings`)
        self.link_headings: set[int] = set()
        self._heading_link = False  # an <a href> to another page opened inside the current block's <h*>
        self.menu_blocks: set[int] = set()  # blocks that are a short link and nothing else (a menu's entry)
        # such blocks in the page's frame, with their places: chrome when the frame around them is a menu (`_page_chrome`)
        self.menu_entries: list[tuple[int, list[tuple[int, int]]]] = []
        self.raw_ranges: list[tuple[int, int]] = []  # blocks read from a <textarea>/<pre>: the policy itself, never chrome
        # Inside a <textarea>/<pre>: (tag, depth, [(line, column, text)] of its text, an editable field?),
        # its text grouped like plain text at its end
        self._raw: tuple[str, list[int], list[tuple[int, int, str] | tuple[int, int, str, int]], bool] | None = None
        # the depth in `_stack` of a <pre> whose lines a heading inside it interrupted (`_pre_heading`), read on after it
        self._pre_after: int | None = None
        self._raw_inner: dict[str, int] = {}  # `_PRE_PARENTS` elements opened inside the <pre> (their end tags are theirs)
        # the lines whose line end is a <br> where the page is served: server code's `nl2br("…")` (`load.server_code`)
        self.br_lines: frozenset[int] = frozenset()
        self.entry_starts: frozenset[int] = frozenset()  # where the paragraph being cut has list entries (`_shown_breaks`)
        self.bound: list[int] = []  # lines of a Vue page's text bound at run time (v-html, v-text, a line of {{ }} only)
        self.loop_names: set[str] = set()  # the names a web page's client-side loops bind (`_LOOP_ATTRIBUTES`)
        self.date_message = False  # a message tag whose key names the date (`_MESSAGE_TAGS`): its text is the page's date
        self.sfc_filled = False  # a Vue page's slots were filled from its script's literals
        self.marks: list[Mark] = []  # a Vue page's v-for elements and v-html slots, in document order (`load.vue_data`)
        self._loops: list[tuple[int, int]] = []  # the open v-for elements: (index in `marks`, stack depth; -1 - n for a <template>)
        self._tables: list[_Table] = []  # the open <table>s, innermost last
        self.tables: list[TableGrid] = []  # closed tables with an empty cell, as grids
        self.boxes: list[tuple[int, int]] = []  # (line, column) of a block alone in a one-cell table (not a layout)
        self.rows: list[
            tuple[int, int]
        ] = []  # (line, column) of the first block of each table row (`diff` reads a row as one; a negative column: no row of data, `_Table.end_row`)
        self.line_breaks: list[tuple[int, int]] = []  # (line, column) of the text that opens each <br> line inside a block

    # -- the element stack ---------------------------------------------------
    def _push(self, tag: str, titled: bool, chrome: bool = False, href: bool = False, frame: bool = False, brand: bool = False) -> None:
        self._stack.append(tag)
        if tag in _HEADINGS:
            self._headings.append(tag)
        self._titled.append(titled)
        self._chrome.append(chrome)
        self._chrome_open += chrome
        page_frame = (tag in ("header", "footer") or frame) and self._page_frame_tag()
        self._page_frames.append(page_frame)
        self._page_frames_open += page_frame
        self._brands.append(brand)
        self._brand_open += brand
        self._frames.append(chrome or page_frame)
        self._open[tag] = self._open.get(tag, 0) + 1
        self._counts.append(_Container(len(self.blocks), self._fields, self._long, self._links, self._raw_blocks, href, len(self.links)))
        self._href_open += href
        if href:
            self._block_links += 1
            self._link_marks.append(self._link_chars)

    def _end_class_headings(self) -> None:
        """A block opens inside a heading-class block: 「<view class="privacyH2">访问和可移植性：<view class="privacyContent">
        …」 — the outer block's own text was the title, the blocks inside it are the section's text."""
        while self._class_headings:
            del self._headings[self._class_headings.pop()[1]]

    def _pop(self) -> str:
        if self._prop_titles and self._prop_titles[-1] == len(self._stack):
            self._prop_titles.pop()
        if self._class_headings and self._class_headings[-1][0] == len(self._stack):
            del self._headings[self._class_headings.pop()[1]]
        if self._widget_labels and self._widget_labels[-1][0] == len(self._stack):
            first = self._widget_labels.pop()[1]
            if len(self.blocks) > first:
                self.label_spans.append((first, len(self.blocks)))
        tag = self._stack.pop()
        if tag in _HEADINGS:
            self._headings.pop()
        self._titled.pop()
        if self._loops and self._loops[-1][1] == len(self._stack):
            self._end_loop()
        if self._row_depth is not None and len(self._stack) < self._row_depth:
            self._row_depth = None  # the parent of the row <text>s closed
        if tag == "text" and self.component_page:
            self._text_seen.pop()
            self._text_item = False  # a <text> with no text of its own: the next text is not its item
            self._text_newline = False  # the line break before </text> ends nothing
        if tag == "text" and self.component_page:
            if self._text_titles.pop():
                self._text_gap = 1  # a title's <text> closed: what follows it decides (`_text_settle`)
            else:
                self._text_after = 1
        self._chrome_open -= self._chrome.pop()
        self._page_frames_open -= self._page_frames.pop()
        self._brand_open -= self._brands.pop()
        self._open[tag] -= 1
        opened = self._counts.pop()
        if self._frames.pop() and len(self.blocks) > opened.blocks:
            self.frame_spans.append((opened.blocks, len(self.blocks)))
        self._href_open -= opened.href
        if opened.href and self._link_marks:
            self._block_link_max = max(self._block_link_max, self._link_chars - self._link_marks.pop())
        if opened.href and self._link_stack:
            self._link_stack.pop()
        if tag in ("main", "article"):
            self._content_closed = True
        elif self._content_closed and len(self.blocks) > opened.blocks and self._page_frame_tag() and self._promotion(opened):
            self.promotion_spans.append((opened.blocks, len(self.blocks)))
        if tag in self._block_tags and len(self.blocks) > opened.blocks:
            self._judge(tag, opened)
        if tag == "table" and self._tables:
            table = self._tables.pop()
            if (row := table.end_row()) is not None:
                self.rows.append(row)
            if sum(len(row) for row in table.rows) == 1:
                # a table of one cell lays out a page (old sites wrap the whole policy in one):
                # its blocks are the page's paragraphs, not cells of a table
                for k in table.blocks:
                    self.blocks[k] = self.blocks[k]._replace(kind="paragraph")
                if len(table.blocks) == 1:
                    # one block alone in its one cell is a box on the page (a test platform's entry, a button), not
                    # the page's layout: kept as a paragraph, noted for the rules that read a paragraph whole
                    block = self.blocks[table.blocks[0]]
                    self.boxes.append((block.line, block.column))
            else:
                grid = table.grid()
                if grid is not None:
                    self.tables.append(grid)
        return tag

    def _judge(self, tag: str, opened: _Container) -> None:
        """A closing container that is page chrome by what it holds: a form, label+field rows, a menu.

        None of its blocks may be text of the policy (longer than a label, or a sentence).  A
        <form> with a field is chrome whole, its <h*> included (a contact form after the policy);
        a container of two or more fields with their labels (「您的姓名*」 above an <input>, no
        <form>) is chrome but keeps its <h*>.  One of three or more short `<a href>` entries making
        up half its blocks (a product menu: 「相机」「闪光灯」「镜头」) is a menu candidate: chrome when
        it stands above or below all of the page's text (`_mark_chrome`), not among it.
        """
        if self._long > opened.long:
            return
        fields = self._fields - opened.fields
        blocks = len(self.blocks) - opened.blocks
        raw = self._raw_blocks > opened.raw
        if tag == "form" and fields:
            self.chrome_spans.append((opened.blocks, len(self.blocks), not raw))
        elif fields >= 2:
            self.chrome_spans.append((opened.blocks, len(self.blocks), False))
        elif self._links - opened.links >= 3 and 2 * (self._links - opened.links) >= blocks:
            hrefs = [href for href, _, _ in self.links[opened.records :]]
            self.menu_spans.append((opened.blocks, len(self.blocks), bool(hrefs) and all(_to_another_page(h) for h in hrefs)))

    def _promotion(self, opened: _Container) -> bool:
        """A closing element after the page's <main>/<article>, outside both, that advertises apps: two or more of
        its links, and most of them, go to an app store, and none of its blocks dates the policy or gives an e-mail
        (`_KEPT_IN_CHROME`).  「<section aria-label="同一开发者的更多 App"><h2>同一开发者的更多 App</h2>…App Store 卡片…
        <p>链接会打开 App Store。</p></section>」 after </main>: the developer's other apps, no text of this policy
        (twenty-fourth session, `eval/blind/pairs24` lockhour-promo-footer; `eval/blind/pairs23` hourstag-promo-footer)."""
        hrefs = [href for href, _, _ in self.links[opened.records :]]
        stores = sum(1 for href in hrefs if _APP_STORE.search(href))
        return (
            stores >= 2
            and 2 * stores > len(hrefs)
            and not any(_KEPT_IN_CHROME.search(block.text) for block in self.blocks[opened.blocks :])
        )

    def _close_to(self, tag: str) -> None:
        """Pop open elements up to and including the innermost `tag`."""
        while self._stack and self._pop() != tag:
            pass

    def _close_implied(self, tag: str) -> None:
        """HTML5 implied end tags for a start tag (a new <li> closes the open one, <div> closes <p>)."""
        if tag in _CLOSES_P and self._open.get("p"):
            self._close_within("p", frozenset({"p"}), _P_BOUNDARY)
        if tag in _HEADINGS and self._stack and self._stack[-1] in _HEADINGS:
            self._pop()
        rule = _IMPLIED.get(tag)
        if rule:
            closes, boundary = rule
            for name in closes:
                if self._open.get(name):
                    self._close_within(name, closes, boundary)

    def _close_within(self, name: str, closes: frozenset[str], boundary: frozenset[str]) -> None:
        """Close the innermost `name` unless a boundary element is open inside it."""
        for k in range(len(self._stack) - 1, -1, -1):
            open_tag = self._stack[k]
            if open_tag == name:
                while len(self._stack) > k:
                    self._pop()
                return
            if open_tag in boundary and open_tag not in closes:
                return

    # -- events -------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if self.sfc and tag in _RICH_TEXT_TAGS:
            attrs = [("v-html" if name in _RICH_TEXT_PROPS else name, value) for name, value in attrs]
        component = None
        if self.jsx:
            component = component_name(self.get_starttag_text() or "")
        elif self.sfc:  # a Vue template's kit components: 「<Title :level="2">」, 「<a-typography-title :level="2">」
            component = kit_component(tag, self.get_starttag_text() or "")
        if component is not None:
            rendered = rendered_tag(component, dict(attrs))  # 「<Typography variant="h6">」 is an <h6>
            self._components.append((tag, rendered))
            tag = rendered
        titled = chrome = frame = brand = False
        rank: str | None = None
        for name, value in attrs:
            if name == "class" and value and (heading_class := _HEADING_CLASS.search(value)) is not None:
                rank = heading_class.group(1)
            if name == "datetime" and value:
                self.dates.append(("datetime", value))
            elif name in _BINDINGS and value and self.sfc:
                self.bound.append(self.getpos()[0])  # 「<view v-html="section.content">」: text the script provides
            elif name in _LOOP_ATTRIBUTES and value and not self.sfc and (loop := _LOOP_ALIASES.match(value)) is not None:
                self.loop_names.update(alias for alias in loop.groups() if alias)  # (a Vue file's loops: `load.vue_data`)
            elif (
                name == "class"
                and value
                and (
                    "title" in value.lower()
                    or _TIT_CLASS.search(value) is not None
                    or (self.component_page and "header" in value.lower())
                    or (tag == "text" and self.component_page and _SECTION_TEXT_CLASS.search(value) is not None)
                )
            ):
                titled = True  # (in a mini-program or uni-app page also 「<text class="section-header">引言</text>」)
            if value and (
                (name == "role" and value.strip().lower() in _CHROME_ROLES)
                or (name == "aria-modal" and value.strip().lower() == "true")
                or (name in ("class", "id") and _CHROME_NAME.search(value) and (tag not in _CONTENT_TAGS or _CHROME_UI.search(value)))
            ):
                chrome = True
            if value and name in ("class", "id"):
                # (a whole class word, 「footer-wrap」; not 「footer-note」, which may be the policy's own closing line)
                frame = frame or (tag not in _CONTENT_TAGS and any(_FOOTER_NAME.match(word) for word in value.split()))
                brand = brand or _BRAND_NAME.search(value) is not None
        if self._skip:
            if tag == self._skip[-1][0] and tag not in _VOID:
                self._skip.append((tag, self.getpos()[0]))
            elif self._skip[0] in self._branches and tag not in _VOID:
                self._branch_inner.append(tag)  # (its end tag is the branch's own, `handle_endtag`)
            return
        if self._veiled and self._veiled[-1].tag == tag:
            self._veiled[-1].depth += 1
        elif (attrs and tag not in _VOID and _veils(attrs)) or (tag == "dialog" and not any(name == "open" for name, _ in attrs)):
            self._veiled.append(_Veil(tag, self.getpos()[0]))  # (a <dialog> without `open`: shown when a script opens it)
        if tag in _MESSAGE_TAGS:
            self._message_tag(attrs)
        if self._raw is not None and not self._pre_heading(tag):
            self._raw_tag(tag)
            return
        if tag in _HEADINGS and not attrs and self._len and self._stack and self._stack[-1] == tag and component is None:
            # 「<h2>一、我们收集的信息<h2>」: a bare start tag typed for the end tag of the heading it ends (a browser closes
            # the heading and opens an empty one of the same rank, which made the next sentence a heading; optionlog-html)
            self.handle_endtag(tag)
            return
        if tag == "title":
            self._in_title = True
            if self.title_line is None:
                self.title_line = self.getpos()[0]
            else:
                self._later_title = (self.getpos()[0], False)
            return
        if tag in _MEDIA_TAGS:
            self._medium()
        if self.sfc and tag == "template" and self._sfc_templates and self._len and _conditional_only(attrs):
            # 「我們<template v-if="tw">依個資法</template><template v-else>依私隱條例</template>處理」: a condition inside a
            # sentence; its paragraph goes on (each branch was a paragraph, even a heading, of its own)
            if (branch := self._branch_skipped(tag, attrs)) is not None:
                self._skip.append((tag, self.getpos()[0]))
                self._branches[(tag, self.getpos()[0])] = branch
            else:
                self._sfc_templates.append(~len(self._stack))  # (negative: inline, no paragraph ends at its tags)
            return
        if self.sfc and tag == "template" and (dict(attrs).get("lang") or "html").lower() == "html":
            self._flush()  # a Vue single-file component: <template> holds the page, <template v-if> a part of it
            self._sfc_templates.append(len(self._stack))
            self._vue_slots(attrs, -len(self._sfc_templates))
            return
        if self.sfc and not self._sfc_templates and tag in _SFC_BLOCKS:
            self._skip.append((tag, self.getpos()[0]))  # <i18n>, <docs>: a component's custom block (reported unread)
            return
        if (tag in INLINE_BRANCH_TAGS or (tag == "block" and self.mini_program and self._len)) and (
            branch := self._branch_skipped(tag, attrs)
        ) is not None:
            # 「我們<span v-if="tw">依個資法</span><span v-else>依私隱條例</span>處理」: the page shows one branch; both read
            # ran into one sentence no version says (twenty-eighth session, u28h).  A block branch is a paragraph of its own;
            # a mini-program's <block wx:else> (a wrapper that renders nothing of its own) is inline within a sentence.
            self._skip.append((tag, self.getpos()[0]))
            self._branches[(tag, self.getpos()[0])] = branch
            return
        if tag in _SKIP_TAGS and not (tag == "template" and any(name in _SHADOW_ROOT for name, _ in attrs)):
            self._skip.append((tag, self.getpos()[0]))
            kind = dict(attrs)
            if tag == "iframe" and TAG.sub(" ", kind.get("srcdoc") or "").strip(WHITESPACE):  # a page of its own, shown in place
                self.warnings.append(f"line {self.getpos()[0]}: the document inside <iframe srcdoc> is not read")
            self._in_script = tag == "script" and not kind.get("src") and (kind.get("type") or "text/javascript").lower() in _SCRIPT_TYPES
            return
        if self._tables or tag == "table":
            self._table_tag(tag, attrs)
        if tag == "br":
            self._line_break()
            return
        self._items += tag == "li"
        after, self._text_after = self._text_after, 0
        if self._text_gap:
            self._text_settle(tag in self._block_tags)
        if tag == "text" and self.component_page:
            classes = next((value.split() for name, value in attrs if name == "class" and value), [])
            self._text_rowed = any(word in self.row_classes or _PARAGRAPH_CLASS.match(word) for word in classes)
            self._text_start(titled, after == 2)
        field = tag in ("input", "select", "textarea") and self._field(tag, attrs)
        if tag in self._block_tags or tag in _RAW_TAGS or self._native_box(tag, attrs):
            self._flush()
            self._end_class_headings()
        self._close_implied(tag)
        if self.sfc and tag not in _VOID:
            self._vue_slots(attrs, len(self._stack))
        if tag not in _VOID:
            href = tag == "a" and any(name == "href" and value for name, value in attrs)
            self._push(tag, titled, chrome or _chrome_tag(tag, self._open), href, frame, brand)
            if _widget_label(tag, attrs):
                self._widget_labels.append((len(self._stack), len(self.blocks)))
            if rank is not None and self.component_page and tag in self._block_tags and not self._headings:
                # 「<view class="privacyH2">用户论坛</view>」: read as an <h2>, up to its first block inside
                self._class_headings.append((len(self._stack), len(self._headings)))
                self._headings.append(f"h{rank}")
            if component is not None and self.jsx:
                self._prop_title(component)
            if href:
                self._link(attrs)
            if tag in _EMPHASIS_TAGS and not self._len:
                self._strong_chars = 0
            if tag in _RAW_TAGS:
                self._raw = (tag, [1], [], field)
                if tag == "textarea":
                    # its text is never markup (a browser reads on to </textarea>): `<?php` in it swallows nothing
                    self.set_cdata_mode(tag)

    def _prop_title(self, component: str) -> None:
        """「<Section title="一、我们收集的信息">」 (`load.jsx.title_prop`): its title is a heading, at the prop's own line and
        column, one level below the page's heading before the first such title (a nested one a level further down)."""
        start_tag = self.get_starttag_text() or ""
        found = title_prop(component, start_tag)
        if found is None:
            return
        offset, value = found
        line, col = self.getpos()
        before = start_tag[:offset]
        newlines = before.count("\n")
        line, col = (line + newlines, len(before) - before.rfind("\n") - 1) if newlines else (line, col + offset)
        if self._prop_base is None:
            self._prop_base = next((b.level for b in self.blocks if b.kind == "heading" and b.level), 1)
        self._flush()
        self._headings.append(f"h{min(6, self._prop_base + 1 + len(self._prop_titles))}")
        at = self.lineno, self.offset
        self.lineno, self.offset = line, col
        self._text(value, None)
        self.lineno, self.offset = at
        self._flush()
        self._headings.pop()
        self._prop_titles.append(len(self._stack))

    def _vue_slots(self, attrs: list[tuple[str, str | None]], depth: int) -> None:
        """A Vue element's `v-for` (a loop over script data) and `v-html` (a string of it): marks for `load.vue_data`.

        Any other binding of text (`v-text`, a `v-html` of an expression) is a mark with no path: not read there.
        """
        # v-for first: a `v-html` on the same element shows each item's string
        for name, value in sorted(attrs, key=lambda attr: attr[0] != "v-for"):
            owner = self._loops[-1][0] if self._loops else -1
            if name in _BINDINGS and value:
                path = slot_path("{{" + value + "}}") if name in _HTML_BINDINGS else None
                self.marks.append(Mark(len(self.blocks), owner, path or ""))
            elif name == "v-for" and value:
                self.bound.append(self.getpos()[0])  # items of script data (warned of when they are not read)
                if (loop := parse_v_for(value)) is None:
                    continue
                self._flush()  # each item is shown on its own line (「<text v-for="p in s.content">{{ p }}</text>」)
                self._loops.append((len(self.marks), depth))
                self.marks.append(Mark(len(self.blocks), owner, loop[1], loop[0]))

    def _end_loop(self) -> None:
        self._flush()
        index, _ = self._loops.pop()
        self.marks[index].end = len(self.blocks)

    def _text_start(self, titled: bool, own_line: bool = False) -> None:
        """A mini-program `<text>` opens: inline, except a title's `<text class="section-title">` that starts its block.

        uni-app and WeChat pages have no <h*>: their section titles are `<text class="section-title">1. 我们收集的信息</text>`
        followed, in the same <view>, by `<text class="section-content">…</text>` (eval/dev11, eval/blind/round12).
        Such a title is a line of its own, read as a title by its class as a `<div class="title">` is.  Every
        other <text> stays inline: `请阅读<text class="link">《隐私政策》</text>` is one sentence, and
        `<text>邮箱：</text><text>a@b.cn</text>` one line (a mini-program shows <text> inline).

        `own_line`: the <text> opens a source line right after a sibling <text> closed.  A titled one starts its block
        there too, wherever it stands: 「<text class="section-title">一、…</text>⏎<text class="section-text">…</text>⏎
        <text class="section-title">二、…</text>」 in one <view> are two sections, not one title and a paragraph that
        swallowed the next title.  Whether it is a title is still decided by what follows it (`_text_settle`).
        """
        marker = False
        if own_line and titled and self._nonspace and self._chrome_level is None and not self._open.get("text"):
            # a short number or icon before it (「<text class="sec-num">§1</text>⏎<text class="sec-title">…」) stays on its line
            marker = self._nonspace <= _TITLE_MARKER_MAX
            if not marker:
                self._flush()
                self._row_depth = len(self._stack)
        elif (
            own_line
            and not titled
            and (self.text_rows or self._text_rowed or self._row_depth == len(self._stack))
            and self._chrome_level is None
            and not self._open.get("text")
        ):
            # a sibling of a title that stood on its line, on a line of its own too: the page sets its <text>s one per row
            # (its <view> a flex column): 「<text class="title">一、…</text>⏎<text>…。</text>⏎<text>（一）Cookie</text>⏎<text>为确保
            # …</text>」 shows four lines, and its （一） titles are lines of their own (`eval/dev23g/dev/redmall-vue`); so
            # does a page whose style sheet makes its <text>s blocks (`_text_rows`)
            self._flush()
        # (not inside another <text>: 「<text class="section-title"><text class="title-num">1.</text> 我们…</text>」 is one title)
        alone = marker or (titled and not self._nonspace and self._chrome_level is None and not self._open.get("text"))
        self._text_item = own_line and not alone and self._chrome_level is None and not self._open.get("text")
        if not own_line:
            self._text_item_last = False
        if marker:
            self._title_class = True
        self._text_titles.append(alone)
        self._text_seen.append(False)

    def _text_item_breaks(self, seg: str) -> None:
        """A mini-program page's list written one `<text>` per source line: 「<text>我们会收集以下信息：</text>⏎<text>1. 昵称；
        </text>⏎<text>2. 手机号码。</text>」 shows one item a line (an item's `<text>` is styled as a block; a page never
        runs 「：1. 」 on), so an item's first text starts a block after a lead-in or a clause that ended, or after an item
        that started one.  Text that opens no item stays inline, as a mini-program shows <text> (`_text_start`)."""
        bullet = BULLET.match(seg)
        number = parse_number(seg) if bullet is None else None  # 1., 一、, （一）, 第一条: the shared numbering labels
        end = bullet.end() if bullet is not None else number.rest if number is not None else None
        item = end is not None and end < len(seg)  # an item's text after its mark (a lone 「●」 is an icon)
        if item and self._len and (self._text_item_last or self._last in _ITEM_AFTER):
            self._flush()
        self._text_item_last = item

    def _text_settle(self, breaks: bool, data: str = "") -> None:
        """What follows a title's own <text>: a line break ends the title's line; more on the same line makes it no title.

        「<text class="section-title">1. 我们收集的信息</text>⏎<text class="section-content">…」: the title is a block of
        its own.  「<text class="cell-title">手机号</text><text class="cell-value">已绑定</text>」: one line, a label and its
        value, and no title.  `breaks`: a block tag comes next (it ends the line anyway); `data`: text comes next.
        """
        newline = self._text_gap == 2 or "\n" in data[: len(data) - len(data.lstrip(WHITESPACE))]
        self._text_gap = 0
        if newline:
            self._flush()
        elif not breaks:
            self._title_class = False

    def _field(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Count a form field a visitor fills in (a read-only <textarea> shows text: no field)."""
        values = {name: (value or "").strip().lower() for name, value in attrs}
        if tag == "input" and values.get("type", "text") in _NO_FIELD_TYPES:
            return False
        if tag == "textarea" and ("readonly" in values or "disabled" in values):
            return False
        self._fields += 1
        return True

    def _pre_heading(self, tag: str) -> bool:
        """A heading start tag inside a <pre> is a heading (HTML5 opens it as an element there; a browser shows it as one).

        The <pre>'s lines so far are read, the heading as markup, and its lines after the heading's end (`_pre_resume`).
        A <pre> closed by a `</p>` typed for `</pre>` runs to the end of its parent, in a browser as here: the headings
        after it were read as lines of text (optionlog-html, twenty-seventh session).
        """
        assert self._raw is not None
        if tag not in _HEADINGS or self._raw[0] != "pre" or self._raw[1][0] != 1 or self._stack[-1:] != ["pre"]:
            return False
        self._end_raw()
        self._pre_after = len(self._stack) - 1
        return True

    def _pre_resume(self) -> None:
        """After the heading `_pre_heading` read: the rest of the <pre> still open is read as lines again."""
        depth = self._pre_after
        if depth is None or self._headings or self._raw is not None:
            return
        self._pre_after = None
        if len(self._stack) == depth + 1 and self._stack[depth] == "pre":
            self._flush()
            self._raw = ("pre", [1], [], False)

    def _raw_tag(self, tag: str) -> None:
        """A start tag inside a <textarea>/<pre>: a line break, or markup whose text stays on its lines."""
        assert self._raw is not None
        if tag == "br":
            line, col = self.getpos()
            self._raw[2].append((line, col + 1, "\n"))
        elif tag == self._raw[0]:
            self._raw[1][0] += 1
        elif tag in _PRE_PARENTS:
            self._raw_inner[tag] = self._raw_inner.get(tag, 0) + 1

    def _end_raw(self) -> None:
        """The text of a <textarea>/<pre> read as a plain-text file reads its lines (with their own line numbers).

        Each line keeps where its runs come from: a tag inside a <pre> leaves a gap, and a
        character reference (`&lt;`, decoded here for a <textarea>, whose text comes raw)
        is narrower than its source, so the blocks' pieces are split at those runs and
        columns after them stay right (review, seventh session).
        """
        assert self._raw is not None
        tag, _, parts, field = self._raw
        self._raw = None
        self._raw_inner = {}
        lines: list[tuple[int, int, str]] = []
        runs: dict[int, list[tuple[int, int, int, int | None]]] = {}  # line → (offset in its text, column, length, width)
        current: list[str] = []
        at: tuple[int, int] | None = None
        size = 0  # length of the current line's text so far
        for part in parts:
            line, col, data = part[0], part[1], part[2]
            width = part[3] if len(part) == 4 else None
            pieces = _raw_runs(data) if tag == "textarea" and width is None else [(data, None)]
            for text, ref in pieces:
                for k, chunk in enumerate(text.split("\n")):
                    if k:
                        if at is not None:
                            lines.append((at[0], at[1], "".join(current)))
                        current, at, size = [], None, 0
                        line, col = line + 1, 1
                    if chunk:
                        if at is None:
                            at = (line, col)
                        step = ref if ref is not None else width if width is not None else len(chunk)
                        runs.setdefault(line, []).append((size, col, len(chunk), ref if ref is not None else width))
                        current.append(chunk)
                        size += len(chunk)
                        col += step
        if at is not None:
            lines.append((at[0], at[1], "".join(current)))
        blocks = [_split_pieces(b, runs, {n: c for n, c, _ in lines}) for b in group_lines(lines, split_titles=True)]
        if field and sum(len(b.text) for b in blocks) <= _CHROME_TEXT_MAX:
            # a form's text box with a default value (「请输入留言」): the field's chrome, no text of the policy
            self.blocks.extend(b._replace(kind="item") for b in blocks)
        elif blocks:
            self.raw_ranges.append((len(self.blocks), len(self.blocks) + len(blocks)))
            self.blocks.extend(blocks)
            self._raw_blocks += len(blocks)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if self._skip:
            return
        if self.sfc and (tag in _RICH_TEXT_TAGS or tag == "rich-text"):
            # 「<mp-html :content="content" />」, 「<rich-text :nodes="html"/>」: the element the string fills, closed at once
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)
            return
        if tag in _MESSAGE_TAGS:
            self._message_tag(attrs)
        if tag in _MEDIA_TAGS and self._raw is None:
            self._medium()
        if tag == "br":
            self._line_break()
        elif tag in self._block_tags:
            self._flush()

    def _native_box(self, tag: str, attrs: list[tuple[str, str | None]] | None) -> bool:
        """Does `tag` start (its `attrs` given) or end (None) a React Native <Text> laid out as a box of its own
        (`native_text`): one not inside another <Text>, and not a run of converted markup styled by a CSS string
        (「<Text style="font-family:'宋体'">1</Text><Text …>.我们如何…</Text>」, a Word page turned into JSX: its runs
        join as a web page's <span>s do; React Native itself takes only a style object)?"""
        if not self.native_text or tag != "text":
            return False
        if attrs is None:
            return self._native_boxes.pop() if self._native_boxes else False
        css = any(name == "style" and value and ":" in value and CODE not in value for name, value in attrs)
        self._native_boxes.append(not self._open.get("text") and not css)
        return self._native_boxes[-1]

    def _message_tag(self, attrs: list[tuple[str, str | None]]) -> None:
        """A JSP message tag (`_MESSAGE_TAGS`): its text is the page's date when its key names the date."""
        key = next((value for name, value in attrs if name in ("name", "code", "key") and value), "")
        self.date_message = self.date_message or _DATE_KEY.search(key) is not None

    def _table_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Tables as grids: a new table, row or cell, or content (a nested table, an image) in the open cell."""
        table = self._tables[-1] if self._tables else None
        if tag == "table":
            if table is not None:
                table.fill()  # a table inside a cell fills it
            self._tables.append(_Table())
        elif table is None:
            return
        elif tag == "tr":
            if (row := table.end_row()) is not None:
                self.rows.append(row)
            if table.cells < _GRID_MAX:
                table.rows.append([])
        elif tag == "td" or tag == "th":
            table.row_cells += 1
            if table.cells >= _GRID_MAX:
                table.rows = []  # too large to keep as a grid: the table is read as text only
                return
            table.cells += 1
            if not table.rows:
                table.rows.append([])
            line, col = self.getpos()
            spans = dict(attrs)
            start = self.get_starttag_text() or f"<{tag}>"
            table.rows[-1].append(_Cell(line, col + 1, start, tag == "th", _span(spans.get("rowspan")), _span(spans.get("colspan"))))
        elif tag in _CELL_CONTENT:
            table.fill()

    def _cell_text(self, data: str) -> None:
        """Text in the open cell of the innermost table."""
        if not self._skip and not self._in_title:
            self._tables[-1].add(data)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if self._components and self._components[-1][0] == tag:
            tag = self._components.pop()[1]  # 「</Typography>」 closes the <h6> it opened
        if tag == "title" and self._in_title:
            self._in_title = False
            self._end_later_title()
            return
        if self._skip and tag != self._skip[-1][0] and tag in self._branch_inner:
            # the end of an element the skipped branch opened: 「<template v-else><p>…</p><p>…</p></template>」 (review
            # u28w: its first </p> ended the branch, and the rest was read)
            while self._branch_inner.pop() != tag:
                pass
            return
        if self._skip and tag != self._skip[-1][0] and tag in self._block_tags and self._skip[0] in self._branches:
            # 「<p>我們<span v-else>依私隱條例</p>」: the end of the block ends the inline branch, as a browser reads it
            # (the rest of the page was not read)
            self._skip.clear()
            self._branch_inner.clear()
        if self._skip:
            if tag == self._skip[-1][0]:
                self._skip.pop()
                self._in_script = self._in_script and bool(self._skip)
                if not self._skip:
                    self._branch_inner.clear()
            return
        if self._veiled and self._veiled[-1].tag == tag:
            self._veiled[-1].depth -= 1
            if not self._veiled[-1].depth:
                veil = self._veiled.pop()
                if veil.held:
                    self.veiled_lines.append(veil.line)
        if self._raw is not None:
            if self._raw_inner.get(tag):
                self._raw_inner[tag] -= 1
                return  # (the end of an element opened inside the box)
            if tag != self._raw[0] and not (self._raw[0] == "pre" and tag in _PRE_PARENTS and self._open.get(tag)):
                return  # inline markup inside the box: its text stays on its line
            if tag == self._raw[0]:
                self._raw[1][0] -= 1
                if self._raw[1][0]:
                    return
            self._end_raw()  # (or the end tag of an element the <pre> is in: it ends the <pre> too, as in HTML5)
        if tag == "template" and self._sfc_templates and self._sfc_templates[-1] < 0:
            depth = ~self._sfc_templates.pop()  # an inline condition's <template> (see handle_starttag)
            while len(self._stack) > depth:
                self._pop()
            return
        if tag in self._block_tags or (tag == "template" and self.sfc) or self._native_box(tag, None):
            self._flush()
        if tag == "template" and self._sfc_templates:
            if self._loops and self._loops[-1][1] == -len(self._sfc_templates):
                self._end_loop()
            depth = self._sfc_templates.pop()
            while len(self._stack) > depth:
                self._pop()
            return
        if self._open.get(tag):
            self._close_to(tag)
        elif tag in _HEADINGS and self._headings:
            # HTML5: any </h1>…</h6> closes the innermost open heading, whatever its rank
            # (`<h2>保密條約</h1>`: a browser ends the heading there; read on, every paragraph
            # after it was a heading).
            self._close_to(self._headings[-1])
        if self._pre_after is not None:
            self._pre_resume()

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def _entity(self, raw: str) -> None:
        """One character reference: the common case (text continues the block) appends one piece.

        A page of 600,000 entities calls this 600,000 times; going through `handle_data`
        (split, strip, joiner) cost twice the parser's own work.  The piece records the
        reference's width in the source (`&lt;` is 4 columns, `&lt` without its `;` 3), so
        a finding that ends on it ends after it; a reference without its `;` is decoded as
        written.
        """
        line, col = self.getpos()
        starts = self._line_starts or self._starts()
        at = starts[line - 1] + col + len(raw) - 1 if line <= len(starts) else -1
        if self.source[at : at + 1] != ";" or at < 0:
            raw = raw[:-1]  # `&copy 2024`, `&ampx`: the parser hands the name over with a `;` the source does not have
        data = _ENTITIES.get(raw)
        if data is None:
            data = unescape(raw)  # `&ampx` is 「&x」 as a browser reads it (decoding `&ampx;` gave 「&x;」)
            if len(_ENTITIES) < _ENTITY_CACHE:
                _ENTITIES[raw] = data
        width = len(raw)
        if self._text_gap and data.strip(WHITESPACE) and not self._skip and self._raw is None:
            self._text_settle(False, data)
        if data.strip(WHITESPACE):
            self._text_after = 0
        if self._tables:
            self._cell_text(data)
        if self._raw is not None:
            self._raw[2].append((line, col + 1, data, width))
            return
        if (
            not self._pieces
            or self._pending_space
            or self._in_title
            or self._skip
            or not data
            or data[0] in WHITESPACE
            or data[-1] in WHITESPACE
        ):
            self._text(data, width)
            return
        self._pieces.append(_new_piece(Piece, (self._len, len(data), line, col + 1, width)))  # Piece(…) without its Python-level __new__
        self._chunks.append(data)
        self._len += len(data)
        self._last = data[-1]
        self._nonspace += len(data) - data.count(" ")
        if self._brand_open:
            self._brand_chars += len(data) - data.count(" ")
        if self._open.get("strong") or self._open.get("b"):
            self._strong_chars += len(data)
            self._strong_runs.append((self._len - len(data), self._len))
        if self._href_open:
            self._link_chars += len(data)

    def handle_data(self, data: str) -> None:
        if self.view_page and "\n" in data and self._jsx_spaces(data):
            return
        if CODE in data:
            self._data_around_code(data)
            return
        if self._tables:
            self._cell_text(data)
        self._text(data, None)

    def _jsx_spaces(self, data: str) -> bool:
        """Read a React page's text as JSX renders it, True when done: the spaces around a line break at the start or
        the end of a text are not shown, so 「<Text>1</Text>⏎<Text>.我们如何收集…</Text>」 and 「<Text>3</Text><Text>⏎
        . 数据使用…⏎</Text>」 read 「1.我们如何收集…」 and 「3. 数据使用…」, not 「1 .…」 (thirtieth session, u30t:
        eval/structure30 sliver-tsx, a Word-converted Taro page whose numbers are text runs of their own)."""
        body = data.strip(WHITESPACE)
        if not body:
            return True  # nothing but spaces and a line break between two elements
        lead = len(data) - len(data.lstrip(WHITESPACE))
        end = len(data.rstrip(WHITESPACE))
        if "\n" not in data[:lead] and "\n" not in data[end:]:
            return False
        start = lead if "\n" in data[:lead] else 0
        at = self.lineno, self.offset
        newlines = data.count("\n", 0, start)
        if newlines:
            self.lineno, self.offset = self.lineno + newlines, start - data.rfind("\n", 0, start) - 1
        else:
            self.offset += start
        self.handle_data(data[start : end if "\n" in data[end:] else len(data)])
        self.lineno, self.offset = at  # html.parser moves on from where the data began
        return True

    def _data_around_code(self, data: str) -> None:
        """Text with server code blanked in it (`load.server_code`): each run between the code read at its own position."""
        if self._skip:
            self.handle_data(data.replace(CODE, " "))  # a script's text stays whole (its literals are read as one script)
            return
        at = line, col = self.lineno, self.offset
        for part in data.split(CODE):
            if part:
                self.lineno, self.offset = line, col
                self.handle_data(part)
                newlines = part.count("\n")
                line, col = (line + newlines, len(part) - part.rfind("\n") - 1) if newlines else (line, col + len(part))
            col += 1  # the CODE character itself
        self.lineno, self.offset = at  # html.parser moves on from where the data began

    def _skipped_fallback(self, tag: str, line: int) -> None:
        """Warn of a fallback element's text not read: once per line and kind, with a count.

        Only the line's first element was named: on a minified page (one line) a <noscript>
        after a <template>, or a second <object>, was dropped with no word of it.
        """
        element = self._skip[0]
        branch = self._branches.get((tag, line))
        entry = self._skipped_text.get((line, tag))
        kind = "a condition's other branch: the page shows one of them" if branch else self._skipped_kind(tag)
        shown = f"{tag} {branch}" if branch else tag
        if entry is None:
            self._skipped_text[(line, tag)] = (len(self.warnings), {id(element): element})
            self.warnings.append(f"line {line}: the text inside <{shown}> ({kind}) is not read")
        elif id(element) not in entry[1]:
            entry[1][id(element)] = element  # kept: its id stays unique while it is counted
            self.warnings[entry[0]] = f"line {line}: the text inside {len(entry[1])} <{shown}> elements ({kind}) is not read"

    def _skipped_kind(self, tag: str) -> str:
        """What a skipped element with text is, as its warning names it."""
        if tag in _SFC_BLOCKS:
            return "a component's custom block"
        if self.sfc:
            return "a template not in HTML"
        if self.mini_program and tag == "template":
            return "a template definition, shown only where the page uses it"
        if tag == "datalist":
            return "a form field's suggestions, not shown on the page"
        if tag in STRUCK_ELEMENTS:
            return "struck through, marked deleted"
        return "fallback content"

    def _end_later_title(self) -> None:
        """The end of a <title> after the first: its text was not read (the page's title is the first, as browsers have it)."""
        if self._later_title is not None and self._later_title[1]:
            line = self._later_title[0]
            self.warnings.append(f"line {line}: a second <title> is not read (browsers show the first <title> as the page's title)")
        self._later_title = None

    def _text(self, data: str, width: int | None) -> None:
        """A run of text; `width`: the source width of a character reference that decoded to `data`."""
        if self._in_title:
            if self._later_title is not None:
                self._later_title = (self._later_title[0], self._later_title[1] or bool(data.strip()))
                return
            self.title_parts.append(data)
            self._title_at.append((*self.getpos(), width))
            return
        if self._skip:
            tag, line = self._skip[0]
            if self._in_script and tag == "script":
                at_line, at_col = self.getpos()
                self.scripts.append((at_line, at_col + 1, data))
                return
            if (tag in _FALLBACK_TAGS or tag in _SFC_BLOCKS or (tag, line) in self._branches) and data.strip(WHITESPACE):
                self._skipped_fallback(tag, line)
            return
        if self._veiled and not self._veiled[0].held and _PROSE.search(data):
            self._veiled[0].held = True  # (the outermost: one hidden element, however many hidden ones it holds)
        line, col = self.getpos()
        col += 1
        if self._raw is not None:
            self._raw[2].append((line, col, data))
            return
        if self._text_gap:
            if data.strip(WHITESPACE):
                self._text_settle(False, data)
            elif "\n" in data:
                self._text_gap = 2
        if self._text_after:
            self._text_after = 0 if data.strip(WHITESPACE) else 2 if "\n" in data else self._text_after
        in_text = bool(self._text_seen)
        for k, (part, newline, at) in enumerate(_lines(data, in_text)):
            if k:
                if newline and line in self.br_lines:
                    self._line_break()  # a line end that nl2br made a <br />
                else:
                    self._add_break()
                if newline:
                    line += 1
                    col = 1
                if in_text and self._text_seen[-1] and (not newline or not self.sfc):
                    # (a Vue compiler makes a newline of the source a space: only a mini-program page shows it)
                    self._text_newline = True  # 「<text>1.1 账户信息…\\n⏎1.2 设备信息…</text>」: one line each, as shown
            start = len(part) - len(part.lstrip(WHITESPACE))
            seg = part.strip(WHITESPACE)
            if not seg:
                if part and self._len and self._last != " ":
                    self._pending_space = True
                continue
            if self._text_newline:
                self._text_newline = False
                self._flush()
            if self._text_item:
                self._text_item = False
                self._text_item_breaks(seg)
            start += at
            if in_text:
                self._text_seen[-1] = True
            if not self._pieces:
                self._start_block()
            sep = joiner(self._last, seg) if self._len and (self._pending_space or start) else ""
            self._pending_space = part != part.rstrip(WHITESPACE)
            # A reference decoded with space around it keeps its width only when it is whole.
            self._pieces.append(Piece(self._len + len(sep), len(seg), line, col + start, width if seg == data else None))
            self._chunks += (sep, seg)
            self._len += len(sep) + len(seg)
            self._last = seg[-1]
            self._nonspace += len(seg) - seg.count(" ")
            if self._brand_open:
                self._brand_chars += len(seg) - seg.count(" ")
            if self._open.get("strong") or self._open.get("b"):
                self._strong_chars += len(seg)
                self._strong_runs.append((self._len - len(seg), self._len))
            if self._href_open:
                self._link_chars += len(seg)
                if self._link_stack and self._link_stack[-1] >= 0:
                    parts = self._link_texts[self._link_stack[-1]]
                    if len(parts) < _LINK_TEXT_PARTS:  # (a link's text is read for its address: a link around a whole page keeps no copy)
                        parts.append(seg[:_LINK_TEXT_CHARS])

    # -- helpers ------------------------------------------------------------
    def _medium(self) -> None:
        """An image or embedded frame: where it is (a lead-in followed by it has its content, enumeration-lead-in)."""
        line, col = self.getpos()
        self.media.append((line, col + 1))

    def _link(self, attrs: list[tuple[str, str | None]]) -> None:
        """An <a href> opens: its target, for placeholder-link-target, and where it is.

        A target that may be a template's (`_TEMPLATE_CUE`: mailto:, tel:, example, your, a
        bracket…) is kept as written in the source, located exactly (the value of href=, on
        whatever line of the tag it is); any other is kept as the parser decoded it, with an empty
        piece at the tag (where the link is: a contact lead-in followed by a link has its contact).
        Past `_MAX_LINKS` links only the former are kept (a page of a million links keeps no
        million records).
        """
        value = ""
        for name, v in attrs:
            if name == "href" and v:
                value = v
                break
        if self._headings and not value.lstrip().startswith(("#", "javascript:")):
            self._heading_link = True
        line, col = self.lineno, self.offset  # (what getpos() returns)
        if not _TEMPLATE_CUE.search(value):
            if len(self.links) >= _MAX_LINKS:
                self._link_stack.append(-1)
                return
            self._link_stack.append(len(self.links))
            self.links.append((value, (_new_piece(Piece, (0, 0, line, col + 1, None)),), ""))
            self._link_texts.append([])
            return
        raw = self.get_starttag_text() or ""
        m = _HREF.search(raw)
        value, k = ("", -1) if m is None else next(((g, m.start(i)) for i, g in enumerate(m.groups(), 1) if g is not None), ("", -1))
        if k >= 0:
            newlines = raw.count("\n", 0, k)
            line, col = (line + newlines, k - raw.rfind("\n", 0, k) - 1) if newlines else (line, col + k)
        self._link_stack.append(len(self.links))
        self.links.append((value, (Piece(0, len(value), line, col + 1),) if value else (), ""))
        self._link_texts.append([])

    def _link_menu(self, text: str) -> bool:
        """A line of the page's frame made of short links (twentieth session): a menu, though its entries name topics.

        「<nav><a href="#overview">概述</a><a href="#information">信息收集</a>…<a>您的权利</a></nav>」 holds 收集 and 您,
        which keep a frame line as text (`_page_chrome_text`); a menu's entries are labels, not statements.  Two or more
        links of at most `_MENU_ENTRY_MAX` characters, nine tenths of the line, no sentence end; never a line with a
        number (a registration number, a phone), a company, a date or version, an e-mail address, a negation or scope
        (`_MENU_KEPT`).
        """
        return (
            self._block_links >= 2
            and self._block_link_max <= _MENU_ENTRY_MAX
            and self._link_chars >= self._nonspace * 0.9
            and not text.rstrip(WHITESPACE).endswith(_SENTENCE_END)
            and not _KEPT_IN_CHROME.search(text)
            and not _MENU_KEPT.search(_IDLE_NUMBER.sub(" ", text))
        )

    def _pager(self, text: str) -> bool:
        """A link of the frame to the previous or next page of a site (「下一页从 v1.17 升级到 v1.18」, a VitePress
        pager, twenty-second session): navigation, though the page it names has a version number.  One or two links
        making up nine tenths of the line, each led by its word (上一页/下一页/上一篇/下一篇, Previous/Next), no sentence end."""
        return 1 <= self._block_links <= 2 and self._link_chars >= self._nonspace * 0.9 and bool(_PAGER.fullmatch(text.strip(WHITESPACE)))

    def _page_frame_tag(self) -> bool:
        """No <main> or <article> is open: a <header>/<footer> here is the page's own, not the policy's."""
        return not self._open.get("main") and not self._open.get("article")

    def _page_frame(self) -> bool:
        """Inside the page's own <header> or <footer> (not one opened inside the policy's <main> or <article>)."""
        return self._page_frames_open > 0

    def _brand_line(self, text: str) -> bool:
        """The site's name in its logo or brand link (「KeyClicker 2.5.0」 over the menu): a version number there
        names the app's release, not the policy's (twenty-third session, `eval/blind/pairs23` keyclicker-rebuild).
        Short, no sentence end, no date or e-mail (`_KEPT_IN_CHROME`), no company or legal entity."""
        line = text.strip(WHITESPACE)
        return (
            0 < self._nonspace <= self._brand_chars / 0.9
            and self._page_frame()
            and len(line) <= _CHROME_TEXT_MAX
            and not line.endswith(_SENTENCE_END)
            and not _KEPT_IN_CHROME.search(line)
            and not _MENU_KEPT.search(_DIGITS.sub(" ", line))
        )

    def _start_block(self) -> None:
        """The first text of a block: its kind comes from the elements open around it."""
        heading = self._headings[-1] if self._headings else None
        self._level = int(heading[1]) if heading else None
        self._title_class = bool(self._titled) and self._titled[-1]  # the element holding the text, not a wrapper
        self._chrome_level = None
        if heading and self._chrome_open:
            # a menu's or a consent dialog's <h2> is page chrome, no section (unless the policy itself is in there)
            self._kind, self._chrome_level = "paragraph", self._level
            self._level = None
        elif heading:
            self._kind = "heading"
        elif self._open.get("li") or self._open.get("dt") or self._open.get("dd"):
            self._kind = "item"
        elif self._open.get("td") or self._open.get("th"):
            self._kind = "table"
        else:
            self._kind = "paragraph"

    def _add_break(self) -> None:
        self._pending_space = True

    def _line_break(self) -> None:
        """<br>: a bold run that opens its block and ends at the break is a line of its own (a heading cue).

        In a list item (「<li><b>账号信息</b><br>您注册时提供的…</li>」) that line is the item's title and
        the rest its body: the title becomes a paragraph when its body follows in the same item (`_flush`).
        """
        if self._len and self._strong_chars >= self._nonspace:
            item = self._kind == "item" and self._chrome_level is None
            count = len(self.blocks)
            self._flush()
            if item and len(self.blocks) == count + 1:
                self._item_title = (count, self._items)
        else:
            self._add_break()
            if self._len:
                self._breaks.append(self._len)

    def _flush(self) -> None:
        text = "".join(self._chunks)
        if text.strip(WHITESPACE):
            first, last = self._pieces[0], self._pieces[-1]
            emphasised = (self._strong_chars >= len(text.replace(" ", "")) * 0.9 or self._title_class) and self._chrome_level is None
            kind = self._kind
            if kind == "paragraph" and not emphasised and text.lstrip(WHITESPACE)[:1] in _BULLET_GLYPHS:
                kind = "item"  # 「<div class="list-item">• 手机号码</div>」: a list entry written with its bullet, never a title
            block = Block(kind, text, first.line, first.column, last.line, tuple(self._pieces), self._level, emphasised)
            for at in self._breaks:  # where each <br> line starts in the source (`diff` shows the break)
                k = bisect.bisect_left(self._pieces, at, key=_PIECE_OFFSET)
                if at > 0 and k < len(self._pieces):
                    self.line_breaks.append((self._pieces[k].line, self._pieces[k].column))
            self.entry_starts = frozenset()
            cuts = _cuts(block, self._breaks, self) if self._kind == "paragraph" and not emphasised and self._chrome_level is None else []
            if self._kind == "table" and self._tables and not emphasised and self._chrome_level is None:
                # a cell's bold title lines (`_bold_title_line`): a table of one cell is the page's layout (`_close`)
                cuts = _bold_title_cuts(block.text, self._breaks, self._strong_runs)
            if self._chrome_level is not None:
                self.chrome_headings.append((len(self.blocks), self._chrome_level))
            if self._item_title is not None:
                self._title_over_body(block)
            if self._title_class and emphasised and kind == "paragraph":
                cuts, block = self._run_in(block)
            parts = split_block(block, cuts) if cuts else [block]
            if self._kind == "paragraph" and not emphasised:
                self._note_entry_number(text, cuts)
            if self._kind == "table" and self._tables:
                self._tables[-1].blocks.extend(range(len(self.blocks), len(self.blocks) + len(parts)))
                table = self._tables[-1]
                if table.new_row:
                    table.row_start, table.new_row = (parts[0].line, parts[0].column), False
                table.row_blocks += len(parts)
            if len(parts) > 1 and kind in ("paragraph", "table"):
                if not emphasised and self._strong_runs and self._chrome_level is None:
                    parts = _bold_parts(text, parts, self._strong_runs)
                if self.entry_starts:
                    parts = _entry_parts(text, parts, self.entry_starts)
            if len(parts) == 2 and block.emphasised:
                parts = [parts[0]._replace(emphasised=True), parts[1]]  # the title over its run-in sentence (`_run_in`)
            if self._chrome_open or self._page_frame():
                places = [(part.line, part.column) for part in parts]
                if _page_chrome_text(text) or self._link_menu(text) or self._pager(text) or self._brand_line(text):
                    self.page_chrome.append((len(self.blocks), places))
                elif _EMAIL.search(text) and _page_chrome_text(_EMAIL.sub(" ", MAILTO.sub(" ", text))):
                    self.mail_chrome.append((len(self.blocks), places))  # chrome if the page gives its addresses elsewhere
            if self._heading_link and kind == "heading":
                self.link_headings.add(len(self.blocks))
            self.blocks.extend(parts)
            short = len(text) <= _CHROME_TEXT_MAX and not text.rstrip(WHITESPACE).endswith(_SENTENCE_END)
            self._long += not short
            if text.rstrip(WHITESPACE).endswith(_SENTENCE_END) or (len(text) > _CHROME_TEXT_MAX and ("，" in text or ", " in text)):
                self.sentence_blocks.append(len(self.blocks) - 1)
            # (a menu bar's entries may carry their separator: 「<div><a>主页</a>&nbsp;/&nbsp;</div>」)
            marks = sum(text.count(mark) for mark in _MENU_SEPARATORS)
            entry = short and len(text) <= _MENU_ENTRY_MAX and 0 < self._link_chars >= (self._nonspace - marks) * 0.9
            self._links += entry
            if entry:
                self.menu_blocks.update(range(len(self.blocks) - len(parts), len(self.blocks)))
                if (
                    (self._chrome_open or self._page_frame())
                    and self._block_links <= 1  # (0: the link opened before the block, <a><p>…</p></a>)
                    and not _KEPT_IN_CHROME.search(text)
                    and not _MENU_KEPT.search(_DIGITS.sub(" ", text))
                ):
                    self.menu_entries.append((len(self.blocks) - len(parts), [(part.line, part.column) for part in parts]))
        self._chunks = []
        self._heading_link = False
        self._len = self._nonspace = self._link_chars = self._brand_chars = 0
        self._block_links = self._block_link_max = 0
        self._link_marks = [0] * len(self._link_marks)  # a link still open goes on in the next block
        self._last = ""
        self._breaks = []
        self._pieces = []
        self._strong_chars = 0
        self._strong_runs = []
        self._pending_space = False
        self._text_gap = self._text_after = 0

    def _note_entry_number(self, text: str, cuts: list[tuple[int, int]]) -> None:
        """Note the number that opens a paragraph (`entry_numbers`): read whole, a list entry's; cut (a title over its
        text, <br> lines), no longer known as one (its style's entries end there)."""
        number = _entry_number(text[:40])
        if number is None:
            return
        if cuts:
            self.entry_numbers.pop(number[0], None)
        else:
            self.entry_numbers[number[0]] = (number[1], len(self.blocks))  # (the index the block takes)

    def _run_in(self, block: Block) -> tuple[list[tuple[int, int]], Block]:
        """A numbered title in a title-class element that holds more than its title (fourteenth session, a uni-app page).

        「<view class="tit">七、用户信息使用原则 惟在…：</view>」: the title 「七、用户信息使用原则」 and, run in after a space,
        the section's first sentence; 「<view class="tit">十二、…所有。</view>」: a title written as a sentence.  Either is
        a heading only when an earlier title-class element of the page is a bare numbered title (its siblings are
        titles); otherwise, and for a numbered sentence in a body element, the text stays as it is.  Returns the cut
        between title and sentence (none) and the block (a heading when it is a title written as a sentence).
        """
        text = block.text.strip(WHITESPACE)
        m = _NUMBERED_TITLE.match(text)
        if m is None:
            return [], block
        rest = text[m.end() :]
        if not rest:
            self._bare_titles += 1  # 「一、信息收集」: the page's titles are numbered
            return [], block
        if not self._bare_titles:
            return [], block
        start = len(block.text) - len(block.text.lstrip(WHITESPACE))
        if rest[:1] in WHITESPACE and _RUN_IN_SENTENCE.search(rest):
            return [(start + m.end(), start + m.end())], block
        if rest.endswith(_SENTENCE_END) and len(text) <= _SENTENCE_TITLE_MAX and not _INNER_BREAK.search(text[m.end() : -1]):
            return [], block._replace(kind="heading", emphasised=False)
        return [], block

    def _title_over_body(self, body: Block) -> None:
        """The bold line of a list item above its body in the same item is a title line, not a list entry.

        Only when the two read as a title over its text (`title_line`): 「<li><b>姓名</b><br>张三</li>」,
        a label over its value, 「<li><b>联系邮箱</b><br>privacy@example.com</li>」, a contact field (named, or its value
        an address, a link or a number), and 「<li><b>使用登录功能时：</b><br>…</li>」, a lead-in, stay list items.
        """
        index, item = self._item_title or (-1, -1)
        self._item_title = None
        title = self.blocks[index] if index == len(self.blocks) - 1 else None
        if title is not None and body.kind == "item" and item == self._items and title_line(title.text.strip(), body.text.strip()):
            value = body.text.strip()
            if _FIELD_LABEL.search(title.text.strip(" \t\u3000：:")) or (len(value) <= 40 and _VALUE_TEXT.search(value)):
                return  # 「<li><b>联系邮箱</b><br>privacy@example.com</li>」: a contact field over its value
            if self._record_fields(body):
                return  # 「<li><b>功能性 Cookies</b><br>類型：持久性 Cookies<br>管理者：我們<br>目的：…</li>」: a name over its record
            self.blocks[index] = title._replace(kind="paragraph")

    def _record_fields(self, body: Block) -> bool:
        """Is a list item's body, below its bold line, a record of fields, each on a <br> line of its own?

        「類型：持久性 Cookies」 / 「管理者：我們」 / 「目的：這些 Cookies…」 (round30b novus-tw-angular): the bold line names an entry of
        the list (a cookie, an SDK) that its fields describe, as a table's row would; it titles no section.  Two lines at
        least, the first two each a short label closed by a colon; a body written as text (「您注册时提供的…」) is not.
        """
        bounds = [0, *self._breaks, len(body.text)]
        lines = [body.text[a:b].strip(WHITESPACE) for a, b in pairwise(bounds)]
        lines = [line for line in lines if line]
        return len(lines) >= _RECORD_MIN and all(_RECORD_FIELD.match(line) for line in lines[:_RECORD_MIN])

    def finish(self, text: str) -> None:
        """Say what an unclosed element swallowed (the rest of the file is not text)."""
        cdata = getattr(self, "cdata_elem", None)
        if cdata:
            tag, line = self._skip[-1] if self._skip else (cdata, self.getpos()[0])
            after = _line_count(text) - line  # the lines below the tag's own line
            what = f"the rest of its line and the {after} line(s) after it are" if after else "the rest of its line is"
            self.warnings.append(f"line {line}: <{tag}> is never closed: {what} not read")
            self.rawdata = ""
        elif self._skip:
            tag, line = self._skip[0]
            self.warnings.append(f"line {line}: <{tag}> is never closed: the text after it is not read")
        if self._in_title and self._later_title is not None:
            self._end_later_title()
        elif self._in_title and self.title_line is not None:
            self.warnings.append(f"line {self.title_line}: <title> is never closed: the text after it is read as the title")
        if self._raw is not None:
            self._end_raw()  # an unclosed <pre>: its text is still read
        lines = sorted({*self.veiled_lines, *(veil.line for veil in self._veiled if veil.held)})
        if lines:
            # read, and said: a tab, an accordion or a 「read more」 shows it (the policy's own text), a drafting note
            # hidden by a style is still in the file (twenty-eighth session, u28h)
            shown = first_few(lines)
            self.warnings.append(
                f"line{'s' if len(lines) > 1 else ''} {shown}: text the page hides (hidden, display:none, a closed <dialog>) is read as the policy's"
                " (a tab, an accordion or a script may show it)"
            )
