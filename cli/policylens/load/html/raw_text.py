"""The HTML block builder's <pre> and <textarea>, and a Taro page's <Text> lines: `_RawText`, one layer of `_Extractor`.

The text inside a <pre> or <textarea> is kept line by line with its places and, when the element ends, grouped into
blocks like a plain-text file (`load.lines.group_lines`); a heading inside a <pre> interrupts it and the <pre> reads
on after the heading.  Not here: deciding that a tag opens such an element (`extractor.handle_starttag`), ordinary
text runs (`text_runs`).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.html.chrome_lines import _CHROME_TEXT_MAX, _tapped
from policylens.load.html.decode import _raw_runs, _split_pieces
from policylens.load.html.tags import _HEADINGS, _PRE_PARENTS
from policylens.load.html.text_runs import _TextRuns
from policylens.load.html.titles import _ITEM_AFTER
from policylens.load.lines import BULLET, group_lines
from policylens.normalise import WHITESPACE
from policylens.numbering import parse_number
from policylens.patterns import CLAUSE_MARKS, DOCUMENT_KINDS, OPENING_WORDS, SENTENCE_MARKS

_SENTENCE_ENDS = frozenset(SENTENCE_MARKS)  # what ends a <Text> before a Taro row of its own (`_taro_box`)
_ROW_PEEK = 200  # characters read after a Taro <Text>'s start tag for what its text opens with (`_row_text`)
_FIELD_LABEL_MAX = 8  # a field's label before its colon (「生效日期：」, 「联系地址：」)
_PARAGRAPH_ROWS = 2  # <Text> rows after a sentence's end that show a parent's <Text>s are paragraphs (`_after_title_row`)
_LEAD_IN_ENDS = frozenset("：:")  # a lead-in <Text>'s end, before rows in a parent of paragraphs (`_after_title_row`)
_TITLE_MAX = 40  # a numbered title's length, number included (`_numbered_title`)
_NOT_IN_TITLE = frozenset(CLAUSE_MARKS + "，,")  # no title holds these after its number (`_numbered_title`)
# A back control's whole label: 「返回」, 「‹ 返回」, 「返回首页」, 「←」, 「Back」 (`_taro_back`)
# (u54x) a start tag whose class list holds Tailwind's 「block」 (display: block): 「<Text className="block mt-2">」
_BLOCK_CLASS = lazy(r"""(?i)\sclass(?:name)?[ \t]*+=[ \t]*+["'][^"'<>]{0,400}?(?<![\w-])block(?![\w-])""")
_BACK_LABEL = lazy(r"(?i)[←‹«〈❮⬅]?[ \t\u3000]*+(?:返回|后退|後退|back)(?:首[页頁]|上一?[页頁])?|[←‹«〈❮⬅]")


def _opens_entry(text: str) -> bool:
    """Does a row's text open a list entry (「• 获得您的同意」, 「2. …」) or a labelled field (「生效日期：2026年5月19日」)?"""
    if BULLET.match(text) is not None or parse_number(text) is not None:
        return True
    colon = min((k for k in (text.find("："), text.find(":")) if k > 0), default=-1)
    return 0 < colon <= _FIELD_LABEL_MAX and not any(mark in text[:colon] for mark in "，,。；;")


def _numbered_title(text: str) -> bool:
    """Is a row's whole text a numbered title (「8、简历投递服务」, 「（一）帮助您成为我们的注册用户」): a number, then at most
    `_TITLE_MAX` characters with no clause's or sentence's mark, no colon and no comma?  Not `lines.numbered_title_line`
    (a line cut out of a run of text: 20 characters at most, a Chinese letter needed): a <Text> row is a line of its own,
    and a Taro page's numbered titles run longer (「（一）帮助您成为我们的注册用户」)."""
    number = parse_number(text)
    rest = text[number.rest :].strip(WHITESPACE) if number is not None else ""
    return bool(rest) and len(text) <= _TITLE_MAX and not any(mark in rest for mark in _NOT_IN_TITLE)


# (u55x) a <Text> given a class as a plain string, and its whole text (no element inside it): `paragraph_classes`
_CLASSED_TEXT = lazy(r"""<Text[ \t\r\n]++className="([^"<>{}]{1,200}+)"[ \t\r\n]*+>([^<]{1,5000}+)</Text>""")
_CLASS_TAG = lazy(r'\sclassName="([^"<>{}]{1,200}+)"')


def paragraph_classes(page: str) -> frozenset[str]:
    """(u55x, eval/blind/round53q ewangshenghuo-taro) The classes a Taro page writes its paragraphs in: a class at least
    `_PARAGRAPH_ROWS` of whose <Text>s hold a whole text ending a sentence (「<Text className="…__text">⏎【特别提示】…
    立即停止访问E网生活。⏎</Text>」).  Its style sheet (another file) makes that class a block: the page's evidence, as a
    parent's rows after a sentence's end are (`_after_title_row`), read over the whole page, not only before the <Text>
    being read (its title, 「引言」 and contents ran together: they come before the parent's second row)."""
    count: dict[str, int] = {}
    for m in _CLASSED_TEXT.finditer(page):
        if "inline" in m.group(1).lower():
            continue  # (a class saying it flows inline, 「mt-2 inline-block」: no row, tests/test_u54x_taro_rows.py)
        if m.group(2).strip(WHITESPACE)[-1:] in _SENTENCE_ENDS:
            count[m.group(1)] = count.get(m.group(1), 0) + 1
    return frozenset(c for c, n in count.items() if n >= _PARAGRAPH_ROWS)


# (u55x) a title with no number: an opening section's name, or a document's (「E网生活隐私政策」, 「用户服务协议」): the shared
# words (`patterns.OPENING_WORDS`, `patterns.DOCUMENT_KINDS`) and a few more a Taro page's title row holds
_NAMED_TITLE = lazy(rf"(?:{OPENING_WORDS}|概述|概要|简介|簡介|目录|目錄)|[^\n]{{0,30}}?(?:{DOCUMENT_KINDS}|规则|規則)")


def _plain_title(text: str) -> bool:
    """(u55x) Is a row's whole text a title with no number: an opening section's name (「引言」) or a document's
    (「E网生活隐私政策」), at most `_TITLE_MAX` characters, no clause's or sentence's mark, no colon, no comma, no word
    addressing the reader (「请您阅读」 cut before 「《隐私政策》」 is a sentence's piece: tests/test_u54x2_structure.py)?"""
    return (
        len(text) <= _TITLE_MAX
        and not any(mark in text for mark in _NOT_IN_TITLE)
        and not any(word in text for word in "您你请請")
        and _NAMED_TITLE.fullmatch(text) is not None
    )


def _labelled_field(text: str) -> bool:
    """Does a row's text open a labelled field (「生效日期：2026年5月19日」), not a list entry? (`_opens_entry`)"""
    return BULLET.match(text) is None and parse_number(text) is None and _opens_entry(text)


class _RawText(_TextRuns):
    """<pre> and <textarea>: their text read as plain text, grouped into blocks when they end."""

    def _item_label(self, found: tuple[int, str]) -> None:
        """(u61r) A description item's label and its colon (`nav_bars.item_label`, 「電子郵件：」) at the attribute's place,
        the item's content read after it on its line."""
        at = self.lineno, self.offset
        self.lineno, self.offset = self._tag_position(self.get_starttag_text() or "", found[0])
        self._text(found[1], None)
        self.lineno, self.offset = at

    # -- <pre> and <textarea> ---------------------------------------------------
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

    # -- a Taro or Remax page's <Text> lines (u42t) -----------------------------------------------
    def _taro_back(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """A Taro <Text> a visitor taps whose whole text is a back label (`_BACK_LABEL`): 「<Text className='back'
        onClick={goBack}>返回</Text>」, its handler's name blanked with its braces (`load.jsx`), so `_back_control` cannot
        read it.  A line of its own (`_taro_box`) and a back control, whose label is page chrome (`_pop`): fifty-second
        session, u52x, eval/structure52 taro-tsx, where 「返回」 ran into the title <Text> after it (「返回隐私政策」, no title)."""
        if tag != "text" or not self.view_page or self.native_text or not _tapped(attrs):
            return False
        return _BACK_LABEL.fullmatch(self._row_text()) is not None

    def _taro_new_parent(self) -> None:
        """An element other than a <Text> opens at the next stack index: the rows seen under the last one there are forgotten."""
        self._taro_rows.discard(len(self._stack))
        self._taro_sentence_rows.pop(len(self._stack), None)

    def _taro_box(self, tag: str, title: bool | None, back: bool = False) -> bool:
        """Does `tag` start (`title`: its class names a title) or end (None) a Taro or Remax <Text> that is a line of its
        own?  Such a page's <Text> is a `<span>` and its style sheet is another file (「import './index.css'」), so its
        sections 「<View><Text className="section-title">1. 我们如何收集…</Text>⏎<Text className="section-content">…</Text>
        ⏎<Text className="section-content"><Text className="content-title">1.1 …</Text></Text>…</View>」 ran into one
        paragraph per <View>, titles glued to their text (eval/profiles42c morena-zh, forty-second session, u42t).

        A title: a <Text> whose class says title (`_TIT_CLASS`), alone on its source line (`_alone_on_line`), opening
        its block or after a sentence's or a clause's end, and inside no <Text> that has text of its own.  Its parent's
        other <Text>s opening a source line are rows (lines) of their own, as is a <Text> opening its source line after
        one that ended a sentence.  A <Text> inside a sentence's line (「请阅读<Text className="link">《隐私政策》</Text>」),
        a label run into its text (「<Text className="content-title">存储地点：</Text>我们在…」) and a <Text> holding text of
        its own around a nested one stay inline."""
        if tag != "text" or not self.view_page or self.native_text:
            return False
        if title is None:  # (a title's end: its line ends after it only when nothing follows on its source line)
            self._text_closed_line = self._closes_line() and bool(self._len)  # (`_entry_row`)
            return (self._taro_boxes.pop() if self._taro_boxes else False) and self._text_closed_line
        classed = _CLASS_TAG.search(self.get_starttag_text() or "")  # (u55x: its class, None when written as code)
        self._text_classes = (self._text_classes[1], classed.group(1) if classed is not None else None)
        own_line = self._opens_line()
        nested = bool(self._open.get("text"))
        parent = max((k for k, open_tag in enumerate(self._stack) if open_tag != "text"), default=-1)
        if (back and own_line and not nested) or (own_line and not nested and _BLOCK_CLASS.search(self.get_starttag_text() or "")):
            # (u54x, eval/structure54x dazi-taro-tsx: a <Text> made a block by its class, 「<Text className="block mt-2">1.
            # 注册信息：…」, ran into the line before it, 「…收集您的以下个人信息：1.注册信息：…」)
            self._taro_boxes.append(True)
            return True
        if (
            own_line
            and title
            and not (nested and self._len)
            and (not self._len or self._last in _ITEM_AFTER or self._after_field())
            and self._alone_on_line()
        ):
            self._taro_rows.add(parent)
            self._taro_boxes.append(True)
            return True
        # a row starts its line where the text before it ended a clause or a contact value (「客服邮箱：a@b.cn」), never
        # inside a sentence cut into <Text> pieces (「<Text>请您阅读</Text>⏎<Text className="link">《隐私政策》</Text>」);
        # it ends where the next row starts
        self._taro_boxes.append(False)
        ended = self._last in _ITEM_AFTER or self._after_value() or _opens_entry(self._row_text())
        if own_line and not nested and bool(self._len) and ended and (parent in self._taro_rows or self._last in _SENTENCE_ENDS):
            if self._last in _SENTENCE_ENDS:
                self._taro_sentence_rows[parent] = self._taro_sentence_rows.get(parent, 0) + 1
            return True
        return own_line and not nested and bool(self._len) and (self._entry_row() or self._after_title_row(parent))

    def _after_title_row(self, parent: int) -> bool:
        """(u54x2, eval/blind/round53q ewangshenghuo-taro) A <Text> opening its source line after a <Text> that held a whole
        numbered title on lines of its own (「<Text className="…__text">⏎8、简历投递服务⏎</Text>」, `_numbered_title`), in a
        parent whose <Text> children are paragraphs (at least `_PARAGRAPH_ROWS` of them already rows after a sentence's
        end): a line of its own.  The page writes one <Text> per paragraph and its style sheet (another file) makes each a
        block; a title ends with no sentence's mark, so the text under it ran into it (「8、简历投递服务如您在使用…」,
        「9、为您提供更个性化的服务1）基于位置信息…」); so does a lead-in's colon before a numbered or bulleted entry
        (「目录：一、…」, 「您的权利包括：（一）…」), not a label's before its value (「联系电话：</Text>⏎<Text>400-…」).  A
        <View> whose <Text>s have not shown themselves as paragraphs keeps them inline (「<View><Text>一、服务说明</Text>⏎
        <Text>1.1 服务内容…」, tests/test_u34a_structure.py: a Taro <Text>
        is a <span>)."""
        if not self._text_closed_line:
            return False
        classed = self._paragraph_class()
        if self._taro_sentence_rows.get(parent, 0) < _PARAGRAPH_ROWS and not classed:
            return False
        if self._last in _LEAD_IN_ENDS:  # (a lead-in over a numbered or bulleted entry; a label's value stays on its line)
            row = self._row_text()
            return BULLET.match(row) is not None or parse_number(row) is not None
        before = "".join(self._chunks).strip(WHITESPACE)
        return _numbered_title(before) or (classed and self._text_classes[0] in (None, self._text_classes[1]) and _plain_title(before))

    def _paragraph_class(self) -> bool:
        """(u55x) Is the <Text> being opened of a class the page writes its paragraphs in (`paragraph_classes`)?  Then its
        parent's rows need not come first, and a title with no number before it, of the same class or one written as
        code (「classNames("…__text", "…__text-center")」), ends its line too (「E网生活隐私政策」⏎「引言」); a label of another
        class over its value (「<Text className="info-label">📸 使用场景</Text>⏎<Text className="info-value">…」) is no
        such title."""
        current = self._text_classes[1]
        if current is None:
            return False
        if self._paragraph_classes is None:
            self._paragraph_classes = paragraph_classes(self.rawdata)
        return current in self._paragraph_classes

    def _after_field(self) -> bool:
        """(u54x, eval/structure54x dazi-taro-tsx) Does the text so far end a labelled field's <Text> that ended its source
        line (「<Text>生效日期：2026年1月30日</Text>」)?  A title <Text> on the next line (「<Text className="text-lg
        font-semibold">引言</Text>」) starts a line of its own: it ran into the date (「生效日期：2026年1月30日引言」, the
        section lost), since no sentence's mark ends a date."""
        return self._text_closed_line and _labelled_field("".join(self._chunks).strip(WHITESPACE))

    def _entry_row(self) -> bool:
        """(u45l, eval/profiles45 yuxuan-zh) A <Text> opening its source line with a labelled field (「最后更新日期：2025年1月1日」,
        「邮箱：…」: `_labelled_field`) after a <Text> that ended its own source line: a line of its own, whatever the text
        before it ended with.  The footer 「<View><Text>⏎本小程序由宇轩百货运营⏎</Text>⏎<Text>⏎最后更新日期：2025年1月1日⏎
        </Text></View>」 read 「本小程序由宇轩百货运营最后更新日期：…」, the owner sentence run into the date: a field is a
        record of its own, never the end of the sentence before it.  A sentence cut into <Text> pieces (「请您阅读</Text>⏎
        <Text className="link">《隐私政策》」) opens no field and stays one line, and so does a numbered line after an
        unmarked title <Text> (「一、服务说明</Text>⏎<Text>1.1 服务内容…」, tests/test_u34a_structure.py: a Taro <Text> is a
        <span>)."""
        return self._text_closed_line and _labelled_field(self._row_text())

    def _row_text(self) -> str:
        """The text right after the start tag being read, up to the next tag (blanks aside)."""
        line, col = self.getpos()
        starts = self._line_starts or self._starts()
        if line > len(starts):
            return ""
        at = self.source.find(">", starts[line - 1] + col) + 1
        end = self.source.find("<", at, at + _ROW_PEEK)
        return self.source[at : end if end >= 0 else at + _ROW_PEEK].strip(WHITESPACE) if at > 0 else ""

    def _opens_line(self) -> bool:
        """Does the start tag being read open its source line (blanks aside)?"""
        line, col = self.getpos()
        starts = self._line_starts or self._starts()
        return line <= len(starts) and not self.source[starts[line - 1] : starts[line - 1] + col].strip(WHITESPACE)

    def _closes_line(self) -> bool:
        """Does nothing but blanks follow the end tag being read on its source line (「<Text>姓名：</Text><Text>张三</Text>」:
        the label's line goes on)?"""
        line, col = self.getpos()
        starts = self._line_starts or self._starts()
        if line > len(starts):
            return True
        at = self.source.find(">", starts[line - 1] + col) + 1
        end = self.source.find("\n", at)
        return at <= 0 or not self.source[at : end if end >= 0 else len(self.source)].strip(WHITESPACE)

    def _alone_on_line(self) -> bool:
        """Does the <Text> being opened close on its own line with nothing after it, and hold no other <Text>?"""
        line, col = self.getpos()
        starts = self._line_starts or self._starts()
        if line > len(starts):
            return False
        at = starts[line - 1] + col + 1
        end = self.source.find("\n", at)
        row = self.source[at : end if end >= 0 else len(self.source)]
        close = row.find("</Text>")
        return close >= 0 and "<Text" not in row[:close] and not row[close + len("</Text>") :].strip(WHITESPACE)
