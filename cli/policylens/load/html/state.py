"""The HTML block builder's state: `_ExtractorState`, the lowest layer of `_Extractor` (`reader._TagReader` and
`branches._BranchChooser` below it).

Its `__init__` declares, with what each one means, everything the builder records for the passes over the finished
page (blocks, links, tables, spans of chrome, frames, menus, titles' numbers…) and everything it tracks while reading
(the open elements, the block so far, the page's kind).  No behaviour: the layers above it (`links`, `blocks`,
`elements`, `text_runs`, `raw_text`, `extractor`) read and change this state.
"""

from __future__ import annotations

from typing import NamedTuple

from policylens.load.html.branches import _BranchChooser, _Veil
from policylens.load.html.page_scripts import prop_dates
from policylens.load.html.tables import _Table
from policylens.load.html.tags import _BLOCK_TAGS
from policylens.load.jsx import LiteralEscapes
from policylens.load.vue_data import Mark
from policylens.model import Block, BlockKind, Piece, TableGrid

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


class _ExtractorState(_BranchChooser):
    """What the block builder records and tracks; the layers above it (up to `extractor._Extractor`) act on it."""

    def __init__(self) -> None:
        super().__init__()
        # a Vue single-file component (.vue): its <template> elements are the page's markup, read as text
        # (in a page, <template> is inert content that is not shown)
        self.sfc = False
        self.mini_program = False  # a mini-program page (.wxml, .axml, .swan, .ttml): its <template name> is a definition
        self.nav_title: str | None = None  # the first navigation bar's `title` attribute (`nav_bars._nav_bar_title`)
        self.nav_title_line: int | None = None  # (u55x) the line it stands on
        self.xml_cdata = False  # an XML file (Android string resources): a CDATA section is its text (`feeding`)
        # a React page (.tsx, .jsx): its components' headings (`load.jsx.rendered_tag`, `title_prop`).  Per open component,
        # (its tag as read, the element it renders); per open section component titled by a prop, its stack depth; the
        # level of the page's heading before the first such title (its titles are one level below it)
        self.jsx = False
        self.local_tags: dict[str, str] = {}  # a React page's own components by the element they render (`load.jsx_local`)
        self.titled_locals: frozenset[str] = frozenset()  # (u44k) its own components showing a title prop (`load.jsx_local`)
        self.own_components: frozenset[str] = frozenset()  # (u50l) every component the page declares (`load.jsx_local`)
        # a React page's escapes in the string literals it reads as text, (start, end, text it stands for) in source
        # order (`load.jsx.literal_escapes`): read as that text, at their source width (`_escaped_data`)
        self.escapes: LiteralEscapes | None = None
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
        # a Taro or Remax page (a `view_page` not `native_text`): per open <Text>, whether it is a box of its own
        # (`_taro_box`); the stack index of each element whose <Text> children are rows, a title <Text> among them
        self._taro_boxes: list[bool] = []
        self._taro_rows: set[int] = set()
        self._text_closed_line = False  # the last <Text> ended its source line, text before it (`_entry_row`)
        # per stack index, how many of its <Text> children were rows after a sentence's end (`_after_title_row`)
        self._taro_sentence_rows: dict[int, int] = {}
        # (u55x) the classes the page writes whole paragraphs in, one <Text> each (`raw_text.paragraph_classes`), read once
        self._paragraph_classes: frozenset[str] | None = None
        self._text_classes: tuple[str | None, str | None] = (None, None)  # the class of the <Text> before and this one's
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
        self.printed: list[tuple[int, int]] = []  # (u55f) those of `media` that are values the page's code prints
        self._in_script = False  # inside an inline JavaScript <script> (not src=, not JSON-LD)
        self.dates: list[tuple[str, str]] = []
        self.prop_dates: list[tuple[int, str]] = []  # (u47l) (line, `name = value`) of a component's date props (`prop_dates`)
        self._skip: list[tuple[str, int]] = []  # (tag, line) of the skipped elements open
        # (line, tag) of fallback elements whose text was skipped → (index of its warning, the
        # elements, by identity): one warning per line and kind, counting the elements
        self._skipped_text: dict[tuple[int, str], tuple[int, dict[int, tuple[str, int]]]] = {}
        self._veiled: list[_Veil] = []  # the elements open that the page hides (`hidden`, `style="display:none"`)
        self.veiled_lines: list[int] = []  # the first line of each hidden element whose text was read
        self.veiled_ends: dict[int, int] = {}  # ... and its last line (`branches.hidden_copies`)
        self.hidden_copy: set[tuple[int, int]] = set()  # (line, column) of the blocks of a hidden copy of the shown text
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
        self._weight_runs: list[tuple[int, int]] = []  # (u59l) its runs set bold by an inline style (`bold_leads`)
        self._weighted: list[int] = []  # (u59l) stack depths of the open inline elements styled bold (`bold_leads.bold_style`)
        self.bold_leads: list[tuple[int, int, int]] = []  # (u59l) (line, column, length) of blocks' leading bold titles
        self._stack: list[str] = []  # open elements, outermost first
        self._open: dict[str, int] = {}  # how many of each tag are open
        # the open <h1>…<h6>, innermost last: a block's heading is read here, not by walking `_stack` (a page of
        # 20,000 unclosed `<div><p>a` walked the whole stack for every block: 30 s, quadratic)
        self._headings: list[str] = []
        self._titled: list[bool] = []  # per open element: class="…title…"
        self._title_dls: list[int] = []  # stack depths of the open <dl>s read as titles over bodies (`title_lists.title_list`)
        self._centred: list[int] = []  # stack depths of the open centred <p>s, <div>s (`titles._centred`)
        self._centred_block = False  # the block being read opened in the innermost of them
        self._title_dls_left = 0  # the next <dl>s of a run of such lists, one pair each (cnstorm)
        self._title_dts: list[int] = []  # stack depths of the open <dt>s of such a list: each a title
        self._title_ols: list[int] = []  # stack depths of the open <ol>s read as titles over bodies (`title_lists.title_ol`)
        self._titled_ols: list[int] = []  # stack depths of the open lists read as items titled by a paragraph (`titled_items`)
        self._titled_lis: list[tuple[int, int]] = []  # their open items: (depth, the block count when the item opened)
        # (stack depth, index in `_headings`) of each open block whose class names a heading rank, still its title
        self._class_headings: list[tuple[int, int]] = []
        # per open mini-program <text> (inline, like <span>): a title's line of its own?  (see `_text_start`)
        self._text_titles: list[bool] = []
        # per open mini-program <text>: has it shown text yet?  A line break inside it after its text ends a line, as
        # WeChat and uni-app show it (`_text`); None outside a page of components
        self._text_seen: list[bool] = []
        self._text_newline = False  # a line break inside an open <text> after its text: the next text starts a block
        # (u49x2) per open <text> of a .vue page: does its text hold a blank line (its newlines are its layout)?
        self._text_laid: list[bool] = []
        self.laid_texts: frozenset[int] = frozenset()  # the lines of such <text> start tags (`styles._laid_texts`)
        # (twenty-fifth session, lead) an untitled <text> opened a source line of its own after a sibling <text>: if its
        # first text opens a list item (「1. 」, 「• 」, 「（一）」), it starts a block (`_text_start`, `_text_item_breaks`)
        self._text_item = False
        self._text_item_last = False  # the last such <text> started a list item of its own
        # (u48a) an untitled <text> that is the first of its block and not on a line after a sibling: if its first
        # text opens a list item, its own-line sibling items start blocks too (`_text_first_item`)
        self._text_item_first = False
        # the depth of the element stack where a title's <text> opened a source line of its own and started its block:
        # its plain sibling <text>s on lines of their own are rows too (`_text_start`); None when that parent closed
        self._row_depth: int | None = None
        self.text_rows = False  # the page's style sheet sets its <text>s as blocks (`_text_rows`): each is a row
        self.style_sheet = False  # the component page carries its own <style> (`styles._has_style_sheet`)
        self.row_classes: frozenset[str] = frozenset()  # classes the page's style sheet sets as blocks (`_row_classes`)
        self._text_rowed = False  # the <text> being opened has such a class
        # per open mini-program <text>: its class is one the style sheet sets as a block (`row_classes`): its end ends
        # the block, so the bare text after it starts a block of its own (`_ElementStack._pop`)
        self._text_blocks: list[bool] = []
        # (stack depth, inside a cell) of each open element whose class names a table row or a cell inside one: a table
        # built of classed boxes (「<view class="tr"><view class="td">功能/场景</view>…」, `_class_table`); the flag is
        # the cell's own or that of the entry below it, so the last entry tells whether a cell is open (`any()` over a
        # deep list at each block was quadratic: 20,000 nested rows took 17 s, review u35x)
        self._class_table: list[tuple[int, bool]] = []
        self._chrome: list[bool] = []  # per open element: page chrome (a menu, a consent dialog, the site footer)
        self._chrome_open = 0  # how many chrome elements are open (a count: `any()` over a deep stack is quadratic)
        self._navs: list[bool] = []  # per open element: a <nav> or role="navigation" (the site's menu, `menus`)
        self._nav_open = 0  # how many of those are open
        self._kind: BlockKind = "paragraph"
        self._level: int | None = None
        self._title_class = False
        self._bare_titles = 0  # title-class blocks that are a numbered title and nothing else (`_run_in`)
        # where the block's text stood when the title-class element it opened in closed, holding only a number (「<p><span
        # class="title">2.1</span>向您提供…。</p>」): text after it, outside any title class, makes the block no title
        self._title_number: int | None = None
        self._field_heading = False  # the block is an <h*>'s text after a form field in it (`_field_in_heading`)
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
        self.bare_titles = False  # a paragraph's unnumbered <br> title lines were cut (`titles._bare_title_lines`)
        self.opening_titles = 0  # (u60r) paragraphs opening with one such line before any was cut (`read_html` reads again)
        self.known_numbers: frozenset[tuple[tuple[str, ...], int]] = frozenset()
        # per number style, the value and block index of the last paragraph opened by a number and read whole, as a list
        # entry with its text (「<p>2. 用户在 TLCT发表的内容…</p>」); the styles whose numbered first line was cut off its
        # paragraph as a title (their numbers are titles' on this page: `_title_over_source_line`)
        self.entry_numbers: dict[tuple[str, ...], tuple[int, int]] = {}
        self.title_styles: set[tuple[str, ...]] = set()
        self._link_chars = 0  # characters of the block inside <a href>
        self._link_latin = 0  # ... of them ASCII (a menu entry's width, `_MENU_LATIN_WIDTH`)
        self._href_open = 0  # how many <a href> are open
        # where the block's text stood when the last <a href> closed and when the open one opened: (block, length)
        # two links side by side, apart in the source (「<a>📧 邮箱</a>⏎<a>🌐 官网</a>」), are two words (`_text`)
        self._link_end = (-1, -1)
        self._link_start = (-1, -1)
        # the block's <a href> entries: how many opened, the longest one's width (characters, a Latin one counting
        # `_MENU_LATIN_WIDTH` each), and per open link the block's link characters (and ASCII ones) when it opened (a
        # menu of links in the page's frame, `_link_menu`)
        self._block_links = 0
        self._block_link_max = 0.0
        self._link_marks: list[int] = []
        self._latin_marks: list[int] = []
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
        # (stack depth, first block, a button?, a back button?) of an open tapped element (`_tapped`; a button:
        # `_control`; a navigation bar's back button, whose labels are page chrome: `_back_control`)
        self._controls: list[tuple[int, int, bool, bool, bool]] = []  # (depth, first block, button, back, native button)
        self.control_labels: list[tuple[int, int]] = []  # (line, column) of a native <button>'s labels (l53b)
        # (stack depth, first block) of the open parents of a closed back button: a custom navigation bar, whose short
        # labels beside the button (the page's name in a `<div>` next to a back `<img>`) are page chrome too (u44d2)
        self._back_bars: list[tuple[int, int]] = []
        self.label_spans: list[tuple[int, int]] = []
        self._content_closed = False  # a <main> or <article> has closed: what follows is outside the policy's container
        # (tag, first block, end) of every closed <main> and <article>: the policy's container (`chrome._outside_container`)
        self.content_spans: list[tuple[str, int, int]] = []
        # (first block, end, its links all lead to other pages) of link menus, wherever they are
        self.menu_spans: list[tuple[int, int, bool]] = []
        # (first block, (line, column) of each part) of the page chrome's short lines (`_page_chrome_text`)
        self.page_chrome: list[tuple[int, list[tuple[int, int]]]] = []
        self.nav_lines: set[tuple[int, int]] = set()  # (line, column) of the chrome lines read inside a <nav> (`menus`)
        self.menus: set[tuple[int, int]] = set()  # (line, column) of the page chrome's menu lines (`chrome._page_chrome`)
        # per open element: a chrome container or the page's own <header>/<footer> (a frame); the spans of closed ones
        self._frames: list[bool] = []
        # per open element: the page's own <header>/<footer> (or a footer by its class), decided when it opened: an
        # <article> inside the page's header (an idoc site's logo and menu) does not make the header the policy's
        self._page_frames: list[bool] = []
        self._page_frames_open = 0
        # per open element: the page's own footer (a <footer> or a footer by its class, outside <main>/<article>): its
        # <h3> column titles (「可用連結」, 「Download Our App」) are page chrome, no section (eval/structure36b aming-privacy-html)
        self._page_footers: list[bool] = []
        self._page_footers_open = 0
        # per open element: the first block of a <footer> inside <main>/<article> (else None), and the (first, end) blocks
        # of each such footer once closed (`chrome._inner_footers`: its link row after the policy is chrome, u51s)
        self._inner_footers: list[int | None] = []
        self.inner_footer_spans: list[tuple[int, int]] = []
        self._brands: list[bool] = []  # per open element: the site's logo or brand by its class (`_BRAND_NAME`)
        self._brand_open = 0
        self._brand_chars = 0  # non-space characters of the current block written inside a logo or brand element
        self._badges: list[bool] = []  # per open element: a logo, brand or badge by its class (`_BADGE_NAME`)
        self._badge_open = 0
        # open inline elements whose class names a title (「<span class="G_headTitle">您的隐私不会被泄露</span><br />…」 in a
        # table cell, eval/structure46 senseu): their text counts as bold, a title line of its own as a <b> line is
        self._title_spans = 0
        self._badge_chars = 0  # non-space characters of the current block written inside a logo, brand or badge element
        self.frame_spans: list[tuple[int, int]] = []
        self.aside_spans: list[tuple[int, int]] = []  # (first block, end) of each <aside> read as chrome (`_aside_headings`)
        # (u46l) a documentation site's page frame (`chrome_lines.docs_frame`): the page's generator, (stack depth, first
        # block) of each open frame element, (first block, end) of each closed one (`chrome._docs_site_frames`)
        self.generator = ""
        self._docs_open: list[tuple[int, int]] = []
        self.docs_spans: list[tuple[int, int]] = []
        # (first block, (line, column) of each part) of the short lines outside the frame written wholly in a logo, brand
        # or badge element (「<span class="section-tag">⚖️ 社群須知</span>」): chrome right above the page's <h1> (`chrome._hero_badges`)
        self.badge_lines: list[tuple[int, list[tuple[int, int]]]] = []
        self.footer_end: int | None = None  # blocks read when the page's own <footer> last closed (`chrome._site_revision`)
        # indices of the <h*> blocks that hold a link to another page (「<h2><span>About Us</span><a href="about.jsp">关于我们</a>
        # </h2>」): a run of them with no text between is a box of links, no sections (`_link_box_headings`)
        self.link_headings: set[int] = set()
        self._heading_link = False  # an <a href> to another page opened inside the current block's <h*>
        self.menu_blocks: set[int] = set()  # blocks that are a short link and nothing else (a menu's entry)
        # such blocks in the page's frame, with their places: chrome when the frame around them is a menu (`_page_chrome`)
        self.menu_entries: list[tuple[int, list[tuple[int, int]]]] = []
        # [first, last) blocks of each <li> of a chrome container (a sidebar's widget, a menu) that links to another page:
        # a list of posts or songs, title and date, chrome when its frame does not hold the policy (`chrome._page_chrome`)
        self.link_items: list[tuple[int, int]] = []
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

    def _tag_position(self, start_tag: str, offset: int) -> tuple[int, int]:
        """(line, column) of `offset` in the start tag being read."""
        return self._tag_positions(start_tag, [offset])[0]

    def _tag_positions(self, start_tag: str, offsets: list[int]) -> list[tuple[int, int]]:
        """(line, column) of each of `offsets` (in order) in the start tag being read, the tag walked once (u40h: a
        tag of many text props was sliced up to each, quadratic in its length)."""
        line, col = self.getpos()
        out: list[tuple[int, int]] = []
        at, newlines, line_start = 0, 0, -1  # the walk so far: newlines before `at`, the offset after the last one
        for offset in offsets:
            newlines += start_tag.count("\n", at, offset)
            last = start_tag.rfind("\n", at, offset)
            line_start = last if last != -1 else line_start
            at = offset
            out.append((line + newlines, offset - line_start - 1) if newlines else (line, col + offset))
        return out

    def _prop_dates(self) -> None:
        """(u47l) A component's date props (`load.html.page_scripts.prop_dates`): the metadata's hints, front lines."""
        start_tag = self.get_starttag_text() or ""
        if "=" in start_tag:
            prop_dates(start_tag, self.getpos()[0], self.dates, self.prop_dates)
