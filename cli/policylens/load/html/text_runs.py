"""The HTML block builder's text runs: `_TextRuns`, one layer of `_Extractor`.

It receives the parser's text and entity events and adds each run to the block with its line, column and width in the
source (`Piece`s), bold runs and link text included; it skips the text of skipped elements (warning once per line and
kind), trims a React page's JSX spaces, and decides where a component page's <text> elements start blocks of their own
(`_text_start`, `_text_settle`).  Not here: start and end tags (`extractor`, `elements`), cutting and finishing
blocks (`blocks`), <pre>/<textarea> text (`raw_text`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from html import unescape

from policylens.load.html.branches import _PROSE
from policylens.load.html.decode import _ENTITIES, _ENTITY_CACHE, _lines
from policylens.load.html.elements import _ElementStack
from policylens.load.html.state import _new_piece
from policylens.load.html.tags import _FALLBACK_TAGS, _LINK_TEXT_CHARS, _LINK_TEXT_PARTS, _SFC_BLOCKS
from policylens.load.html.titles import _HEADING_CLASS, _ITEM_AFTER, _TITLE_MARKER_MAX
from policylens.load.jsx import STRUCK_ELEMENTS
from policylens.load.lines import BULLET, numbered_title_line
from policylens.load.server_code import CODE
from policylens.model import Piece
from policylens.normalise import WHITESPACE, joiner
from policylens.numbering import parse_number

_VALUE_TAIL = 80  # how much of a line's end is read for the address or number it ends with (`_title_after_value`)


def _is_value(word: str) -> bool:
    """An e-mail or web address, or a number (a phone number, 「2026」): ASCII, what a contact line ends with."""
    if not word:
        return False
    if word.replace("-", "").replace("+", "").isdigit():
        return True
    host = word.rpartition("@")[2] if "@" in word else word
    return ("@" in word or word.lower().startswith(("http://", "https://", "www."))) and "." in host.strip(".")


def _ascii(text: str) -> int:
    """How many of `text`'s characters are ASCII (a Latin menu entry is wider for what it says: `_MENU_LATIN_WIDTH`)."""
    return len(text) if text.isascii() else sum(1 for ch in text if ch.isascii())


class _TextRuns(_ElementStack):
    """Text and entity events: each run becomes part of the current block with its place in the source."""

    # -- text and entities ------------------------------------------------------
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
        self._reference(data, len(raw))

    def _reference(self, data: str, width: int) -> None:
        """Text that stands for `width` characters of the source at the parser's position (a reference, an escape)."""
        line, col = self.getpos()
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
        if self._badge_open:
            self._badge_chars += len(data) - data.count(" ")
        if self._open.get("strong") or self._open.get("b") or self._title_spans:
            self._strong_chars += len(data)
            self._strong_runs.append((self._len - len(data), self._len))
        elif self._weighted:
            self._weight_runs.append((self._len - len(data), self._len))
        if self._href_open:
            self._link_chars += len(data)
            self._link_latin += _ascii(data)

    def handle_data(self, data: str) -> None:
        if self.view_page and "\n" in data and self._jsx_spaces(data):
            return
        if CODE in data:
            self._data_around_code(data)
            return
        if self.escapes and "\\" in data and not self._skip:
            self._escaped_data(data)
            return
        self._plain_data(data)

    def _plain_data(self, data: str) -> None:
        if self._tables:
            self._cell_text(data)
        self._text(data, None)

    def _escaped_data(self, data: str) -> None:
        """Text of a React page holding a string literal's escapes: each read as the text it stands for, at its source
        width (`load.jsx.literal_escapes`); the runs between them as text."""
        starts = self._line_starts or self._starts()
        at = self.lineno, self.offset
        if at[0] > len(starts):
            self._plain_data(data)
            return
        base = starts[at[0] - 1] + at[1]
        done = base
        escapes = self.escapes
        assert escapes is not None  # (`handle_data` calls it only on a page with escapes)
        k = bisect_left(escapes.starts, base)
        while k < len(escapes) and escapes.ends[k] <= base + len(data):
            start, end, decoded = escapes.starts[k], escapes.ends[k], escapes.texts[k]
            k += 1
            if start > done:
                self._at(starts, done)
                self._plain_data(data[done - base : start - base])
            if decoded:
                self._at(starts, start)
                self._reference(decoded, end - start)
            done = end
        if done < base + len(data):
            self._at(starts, done)
            self._plain_data(data[done - base :])
        self.lineno, self.offset = at  # html.parser moves on from where the data began

    def _at(self, starts: list[int], offset: int) -> None:
        """Set the parser's position to the source `offset` (for text read in pieces of one run)."""
        line = bisect_right(starts, offset)
        self.lineno, self.offset = line, offset - starts[line - 1]

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

    def _cell_text(self, data: str) -> None:
        """Text in the open cell of the innermost table."""
        if not self._skip and not self._in_title:
            self._tables[-1].add(data)

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
                if in_text and self._text_seen[-1] and (not newline or not self.sfc or self._text_laid[-1]):
                    # (a Vue compiler makes a newline of the source a space: only a mini-program page shows it, and a
                    # uni-app <text> whose lines are its layout, blank lines between them: `styles._laid_texts`)
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
            elif self._text_item_first:
                self._text_item_first = False
                self._text_first_item(seg)
            start += at
            if in_text:
                self._text_seen[-1] = True
            if not self._pieces:
                self._start_block()
            sep = joiner(self._last, seg) if self._len and (self._pending_space or start) else ""
            if not sep and self._len and self._pending_space and self._href_open and self._side_by_side_links():
                sep = " "  # 「<a>📧 邮箱</a>⏎<a>🌐 官网</a>」: two buttons, shown apart, not the hard-wrapped 「邮箱🌐 官网」
            self._pending_space = part != part.rstrip(WHITESPACE)
            # A reference decoded with space around it keeps its width only when it is whole.
            self._pieces.append(Piece(self._len + len(sep), len(seg), line, col + start, width if seg == data else None))
            self._chunks += (sep, seg)
            self._len += len(sep) + len(seg)
            self._last = seg[-1]
            self._nonspace += len(seg) - seg.count(" ")
            if self._brand_open:
                self._brand_chars += len(seg) - seg.count(" ")
            if self._badge_open:
                self._badge_chars += len(seg) - seg.count(" ")
            if self._open.get("strong") or self._open.get("b") or self._title_spans:
                self._strong_chars += len(seg)
                self._strong_runs.append((self._len - len(seg), self._len))
            elif self._weighted:
                self._weight_runs.append((self._len - len(seg), self._len))
            if self._href_open:
                self._link_chars += len(seg)
                self._link_latin += _ascii(seg)
                if self._link_stack and self._link_stack[-1] >= 0:
                    parts = self._link_texts[self._link_stack[-1]]
                    if len(parts) < _LINK_TEXT_PARTS:  # (a link's text is read for its address: a link around a whole page keeps no copy)
                        parts.append(seg[:_LINK_TEXT_CHARS])

    def _side_by_side_links(self) -> bool:
        """Does this text open a link that follows another link with only white space between them?

        Between CJK a source line end is a hard wrap and joins as nothing (`joiner`), but two <a href> side by side are
        two things shown apart, a space between them in the browser: contact buttons, 「隐私政策 用户协议」.
        """
        here = (len(self.blocks), self._len)
        return self._link_end == here and self._link_start == here

    # -- a component page's <text> ----------------------------------------------
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
        self._text_item_first = not own_line and not alone and self._chrome_level is None and not self._open.get("text")
        if not own_line:
            self._text_item_last = False
        if marker:
            self._title_class = True
        self._text_titles.append(alone)
        self._text_seen.append(False)
        self._text_laid.append(self.sfc and self.getpos()[0] in self.laid_texts)

    def _ranked_box(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """May a class naming a heading rank make `tag` that rank's heading?  A block tag, or (u54x2, eval/structure54x2
        pengyouquan-vue) a mini-program <text> whose class names the rank and is one the page's own style sheet sets as a
        block (「<text class="h1">隐私政策</text>」 with 「.h1 { display: block; … }」), read as that rank's heading as a
        <view class="h1"> is: both ranks were level 1 (the title a section, the sections under 「用户协议」 its siblings).
        A style sheet that leaves `.h2` inline keeps it a run (precision27)."""
        if tag in self._block_tags:
            return True
        if tag != "text" or not self.row_classes:
            return False
        classes = next((value.split() for name, value in attrs if name == "class" and value), [])
        return any(word in self.row_classes and _HEADING_CLASS.search(word) is not None for word in classes)

    def _text_item_breaks(self, seg: str) -> None:
        """A mini-program page's list written one `<text>` per source line: 「<text>我们会收集以下信息：</text>⏎<text>1. 昵称；
        </text>⏎<text>2. 手机号码。</text>」 shows one item a line (an item's `<text>` is styled as a block; a page never
        runs 「：1. 」 on), so an item's first text starts a block after a lead-in or a clause that ended, or after an item
        that started one.  Text that opens no item stays inline, as a mini-program shows <text> (`_text_start`)."""
        bullet = BULLET.match(seg)
        number = parse_number(seg) if bullet is None else None  # 1., 一、, （一）, 第一条: the shared numbering labels
        end = bullet.end() if bullet is not None else number.rest if number is not None else None
        item = end is not None and end < len(seg)  # an item's text after its mark (a lone 「●」 is an icon)
        if item and self._len and (self._text_item_last or self._last in _ITEM_AFTER or self._title_after_value(seg)):
            self._flush()
        self._text_item_last = item

    def _text_first_item(self, seg: str) -> None:
        """The first <text> of a block opens a list item: 「<view class="doc-list">⏎<text>1. 你输入的弹幕文本</text>⏎<text>2.
        你选择的场景…</text>⏎<text>3. …</text>」 shows one item a line, so the next item on a line of its own starts a
        block (`_text_item_breaks`); the first was read inline and 1. ran into 2. (eval/structure48 tangemu).  Only at
        a block's start: an item mark inside a sentence opens nothing."""
        if self._len:
            return
        bullet = BULLET.match(seg)
        number = parse_number(seg) if bullet is None else None
        end = bullet.end() if bullet is not None else number.rest if number is not None else None
        self._text_item_last = end is not None and end < len(seg)

    def _after_value(self) -> bool:
        """Does the text so far end in an e-mail or web address or a number (「客服邮箱：369751361@qq.com」)?"""
        if not self._last.isascii() or not self._last.isalnum():
            return False
        tail = "".join(self._chunks[-4:])[-_VALUE_TAIL:].split()
        word = tail[-1] if tail else ""
        word = word[max((k for k, char in enumerate(word) if not char.isascii()), default=-1) + 1 :]  # (after 「邮箱：」)
        return _is_value(word)

    def _title_after_value(self, seg: str) -> bool:
        """A numbered title line (「五、更新日期」) after a line that ends in an e-mail or web address or a number (「请联系：
        guangdongyahe@126.com」, 「电话：028-62070130」): no punctuation ends that line, but no sentence runs on from an
        address into a section's number either (u42x3: eval/pairs42c pa-label, 「…@126.com五、更新日期」 was one line)."""
        return self._after_value() and numbered_title_line(seg)

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
