"""The HTML block builder's block assembly: `_BlockBuilder`, one layer of `_Extractor`.

It starts a block, keeps its <br> line breaks, and finishes it (`_flush`): the text cut at its kept line breaks, a bold
or numbered run-in title cut off its body, a title over a body of `label：value` records, the evidence noted for the
passes over the finished page (sentence blocks, menu entries, page-chrome lines).  Not here: reading text runs into the
block (`text_runs`), the open elements (`elements`), the page-level passes (`chrome`), the title tests themselves
(`titles`, `load.lines`).
"""

from __future__ import annotations

import bisect
from itertools import pairwise

from policylens.load.html.bold_leads import bold_lead
from policylens.load.html.chrome_lines import (
    _CHROME_TEXT_MAX,
    _DIGITS,
    _EMAIL,
    _KEPT_IN_CHROME,
    _MENU_ENTRY_MAX,
    _MENU_KEPT,
    _MENU_SEPARATORS,
    _SENTENCE_END,
    _page_chrome_text,
)
from policylens.load.html.links import _LinkEvidence
from policylens.load.html.tables import _PIECE_OFFSET
from policylens.load.html.tags import _HEADINGS
from policylens.load.html.title_lists import INNER_BREAK
from policylens.load.html.titles import (
    _BULLET_GLYPHS,
    _FIELD_LABEL,
    _NUMBERED_TITLE,
    _RECORD_FIELD,
    _RECORD_MIN,
    _RUN_IN_SENTENCE,
    _SENTENCE_TITLE_MAX,
    _VALUE_TEXT,
    _bold_parts,
    _bold_title_cuts,
    _centred_name,
    _cuts,
    _entry_number,
    _entry_parts,
    _names_a_heading,
    _shown_breaks,
)
from policylens.load.lines import TITLE_LINE_END, numbered_title_line, split_block, title_line, title_number
from policylens.model import Block
from policylens.normalise import WHITESPACE, fold
from policylens.patterns import MAILTO, SENTENCE_MARKS


class _BlockBuilder(_LinkEvidence):
    """Starts, breaks and finishes blocks: the text so far becomes one or more `Block`s with their pieces."""

    # -- blocks -----------------------------------------------------------------
    def _below_heading_text(self) -> bool:
        """Is this block a <p> (or another block element) opened inside a heading that already gave its title?

        「<h2>如果有任何侵权请联系：<a href="mailto:…">…</a><p><p>注意：点击上方邮箱直接给我发邮件</p>…</div>」 (`eval/pairs40`
        igameinc): the <h2> is never closed, so a browser shows the paragraphs in it as the heading's text, but the title is
        the heading's own first line and the blocks after it are paragraphs.  A heading whose first text is itself in a <p>
        (「<h2><p>一、收集的信息</p></h2>」) is still a title (fortieth session, u40d).
        """
        at = next((k for k in range(len(self._stack) - 1, -1, -1) if self._stack[k] in _HEADINGS), None)
        if at is None or self._counts[at].blocks >= len(self.blocks):
            return False
        return any(tag in self._block_tags for tag in self._stack[at + 1 :])

    def _li_depth(self) -> int:
        """The stack depth of the innermost open <li> (0 when none is open)."""
        if not self._open.get("li"):
            return 0
        return next(depth for depth in range(len(self._stack), 0, -1) if self._stack[depth - 1] == "li")

    def _field_in_heading(self) -> bool:
        """Has a form field opened inside the heading before its text?  Then the heading is a form's label line when its
        text is a sentence (`_flush`; u47r: 「<h2><input type="checkbox" class="toggle"><label>蒐集之目的</label></h2>」, a CSS
        accordion's section title, lost its heading).

        「<h4 class="privacy-check"><input type="checkbox"> 我已閱讀並遵守<a>隱私條款</a>。<span class="alerter">請確認…</span>
        </h4>」 (eval/structure47 tableforone-reservation-html): a consent checkbox set in an <h4>, not a section of the
        policy.  A field after the heading's text (a search box beside a title) does not count: the title came first.
        """
        at = next((k for k in range(len(self._stack) - 1, -1, -1) if self._stack[k] in _HEADINGS), None)
        return at is not None and self._fields > self._counts[at].fields

    def _start_block(self) -> None:
        """The first text of a block: its kind comes from the elements open around it."""
        heading = self._headings[-1] if self._headings else None
        self._level = int(heading[1]) if heading else None
        self._title_class = bool(self._titled) and self._titled[-1]  # the element holding the text, not a wrapper
        self._centred_block = bool(self._centred) and self._centred[-1] == len(self._stack)
        self._chrome_level = None
        if heading and (self._chrome_open or self._page_footers_open):
            # a menu's or a consent dialog's <h2> is page chrome, no section (unless the policy itself is in there); so is
            # a column title of the page's own footer
            self._kind, self._chrome_level = "paragraph", self._level
            self._level = None
        elif heading and self._below_heading_text():
            self._kind, self._level = "paragraph", None
        elif heading:
            self._kind = "heading"
        elif self._title_dts and (not self._open.get("li") or self._title_dts[-1] in (self._li_depth(), self._li_depth() + 1)):
            self._kind, self._title_class = "paragraph", True  # a <dt> title of a definition list of sections
        elif self._open.get("li") or self._open.get("dt") or self._open.get("dd"):
            self._kind = "item"
        elif self._open.get("td") or self._open.get("th") or (self._class_table and self._class_table[-1][1]):
            self._kind = "table"
        else:
            self._kind = "paragraph"
        # a form field before the <h*>'s text: a form's label line when that text is a sentence (`_flush`)
        self._field_heading = self._kind == "heading" and self._field_in_heading()

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
            if self._title_number is not None and text[self._title_number :].strip(WHITESPACE):
                # 「<p><span class="title">2.1</span>⏎向您提供信息浏览…功能。</p>」 (eval/structure42 adzhijia-consent-vue): the class
                # styles the number of a numbered sentence, not a title; the block is read as if unstyled
                self._title_class = False
            emphasised = (self._strong_chars >= len(text.replace(" ", "")) * 0.9 or self._title_class) and self._chrome_level is None
            kind, level = self._kind, self._level
            if self._field_heading and any(mark in text for mark in SENTENCE_MARKS):
                kind, level = "paragraph", None  # 「<h4><input type="checkbox"> 我已閱讀並遵守…。</h4>」: a consent line, no section
            if kind == "paragraph" and self._centred_block and self._chrome_level is None and _centred_name(text):
                # a later document's name set in the middle of the page, below <h*> headings of another: a heading at the
                # rank of the page's highest so far (the first document's name at the top is left to the title's reading)
                # (never a class-titled line, read as before, nor the name of a heading above: the page header's own)
                ranks = [b.level for b in self.blocks if b.kind == "heading" and b.level]
                if ranks and not self._title_class and not _names_a_heading(text, self.blocks):
                    kind, level, emphasised = "heading", min(ranks), True
            if kind == "paragraph" and not emphasised and text.lstrip(WHITESPACE)[:1] in _BULLET_GLYPHS:
                kind = "item"  # 「<div class="list-item">• 手机号码</div>」: a list entry written with its bullet, never a title
            block = Block(kind, text, first.line, first.column, last.line, tuple(self._pieces), level, emphasised)
            for at in self._breaks:  # where each <br> line starts in the source (`diff` shows the break)
                k = bisect.bisect_left(self._pieces, at, key=_PIECE_OFFSET)
                if at > 0 and k < len(self._pieces):
                    self.line_breaks.append((self._pieces[k].line, self._pieces[k].column))
            self.entry_starts = frozenset()
            cuts = _cuts(block, self._breaks, self) if self._kind == "paragraph" and not emphasised and self._chrome_level is None else []
            if self._kind == "table" and self._tables and not emphasised and self._chrome_level is None:
                # a cell's bold title lines (`_bold_title_line`): a table of one cell is the page's layout (`_close`)
                cuts = _bold_title_cuts(block.text, self._breaks, self._strong_runs)
            if self._kind == "item" and self._breaks and not emphasised and self._chrome_level is None and self._item_title is None:
                # a list item whose <br> lines are numbered entries (「<li><p>利用期間、地區、對象及方式：<br>(1) 期間：…<br>(2) 地區：…
                # </p></li>」, eval/profiles39c upick-tw): each entry a line of its own, as in a bare <p> (u39w2)
                cuts = [(at, at) for at in sorted(_shown_breaks(block.text, self._breaks)[1]) if at > 0]
            if self._chrome_level is not None:
                self.chrome_headings.append((len(self.blocks), self._chrome_level))
            if (
                self._item_title is not None
                and self._title_over_body(block)
                and self._breaks
                and not emphasised
                and self._chrome_level is None
            ):
                sub_titles = _item_body_titles(block.text, self._breaks)
                if sub_titles:  # (u40a4) the item is a section: its numbered <br> lines are sub-titles, its body text
                    shown, self.entry_starts = _shown_breaks(block.text, self._breaks)
                    cuts, kind, block = sub_titles + shown, "paragraph", block._replace(kind="paragraph")
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
                    if self._nav_open:
                        self.nav_lines.update(places)
                elif _EMAIL.search(text) and _page_chrome_text(_EMAIL.sub(" ", MAILTO.sub(" ", text))):
                    self.mail_chrome.append((len(self.blocks), places))  # chrome if the page gives its addresses elsewhere
            elif 0 < self._nonspace <= self._badge_chars / 0.9 and _page_chrome_text(text):
                self.badge_lines.append((len(self.blocks), [(part.line, part.column) for part in parts]))
            if self._heading_link and kind == "heading":
                self.link_headings.add(len(self.blocks))
            if kind in ("paragraph", "item") and not emphasised and self._chrome_level is None and parts:
                lead = bold_lead(text, self._strong_runs + self._weight_runs, parts[0])  # (u59l) 「<b>信息收集</b>当您…」
                if lead is not None:
                    self.bold_leads.append(lead)
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
        self._len = self._nonspace = self._link_chars = self._brand_chars = self._badge_chars = 0
        self._block_links = 0
        self._block_link_max = 0.0
        self._link_marks = [0] * len(self._link_marks)  # a link still open goes on in the next block
        self._link_latin = 0
        self._latin_marks = [0] * len(self._latin_marks)
        self._last = ""
        self._breaks = []
        self._pieces = []
        self._strong_chars = 0
        self._strong_runs = []
        self._weight_runs = []
        self._pending_space = False
        self._text_gap = self._text_after = 0
        self._title_number = None

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
        if rest.endswith(_SENTENCE_END) and len(text) <= _SENTENCE_TITLE_MAX and not INNER_BREAK.search(text[m.end() : -1]):
            return [], block._replace(kind="heading", emphasised=False)
        return [], block

    def _title_over_body(self, body: Block) -> bool:
        """The bold line of a list item above its body in the same item is a title line, not a list entry.

        Only when the two read as a title over its text (`title_line`): 「<li><b>姓名</b><br>张三</li>」,
        a label over its value, 「<li><b>联系邮箱</b><br>privacy@example.com</li>」, a contact field (named, or its value
        an address, a link or a number), and 「<li><b>使用登录功能时：</b><br>…</li>」, a lead-in, stay list items.
        Returns whether the bold line became the item's title.
        """
        index, item = self._item_title or (-1, -1)
        self._item_title = None
        title = self.blocks[index] if index == len(self.blocks) - 1 else None
        if title is not None and body.kind == "item" and item == self._items and title_line(title.text.strip(), body.text.strip()):
            value = body.text.strip()
            if _FIELD_LABEL.search(title.text.strip(" \t\u3000：:")) or (len(value) <= 40 and _VALUE_TEXT.search(value)):
                return False  # 「<li><b>联系邮箱</b><br>privacy@example.com</li>」: a contact field over its value
            if self._record_fields(body):
                return (
                    False  # 「<li><b>功能性 Cookies</b><br>類型：持久性 Cookies<br>管理者：我們<br>目的：…</li>」: a name over its record
                )
            self.blocks[index] = title._replace(kind="paragraph")
            return True
        return False

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


_ITEM_TITLES_MIN = 2  # numbered title lines a list item's body needs before any is cut off


def _item_body_titles(text: str, breaks: list[int]) -> list[tuple[int, int]]:
    """Cuts around the numbered sub-title lines of a list item's body, below the item's bold title.

    「<li><b>第一条【我们如何收集…】</b><br>个人信息是指…。<br>1. 收集并保存的信息<br>1.1 您注册、登录…<br>…<br>2. 信息用途<br>
    2.1 …</li>」 (eval/structure40c zfs-privacy-ftl, a FreeMarker page): the item is a section whose bold line is its
    title (`_title_over_body`), and its bare numbered lines are the sub-sections' titles, as in a <br> paragraph.  Cut
    only when two lines at least are numbered titles (`numbered_title_line`) of one style numbered 1, 2 … in order, each
    directly above a line of text that is no title itself and is at least twice as long or ends a sentence: a list of
    short numbered entries under a bold line (「1. 手机号码<br>2. 设备信息」) is no outline.  None otherwise.
    """
    bounds = [0, *breaks, len(text)]
    lines = [(a, b) for a, b in pairwise(bounds) if text[a:b].strip(WHITESPACE)]
    titles: list[tuple[int, int]] = []
    numbers: list[tuple[tuple[str, ...], int]] = []
    for (a, b), (c, d) in pairwise(lines):
        line, below = text[a:b].strip(WHITESPACE), text[c:d].strip(WHITESPACE)
        if not numbered_title_line(line) or numbered_title_line(below) or (number := title_number(fold(line))) is None:
            continue
        if len(below) < 2 * len(line) and not below.endswith(TITLE_LINE_END):
            continue
        titles.append((a, b))
        numbers.append(number)
    if len(titles) < _ITEM_TITLES_MIN or len({style for style, _ in numbers}) != 1:
        return []
    if [value for _, value in numbers] != list(range(1, len(numbers) + 1)):
        return []
    return [cut for a, b in titles for cut in ((a, a), (b, b))]
