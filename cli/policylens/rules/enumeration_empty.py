"""enumeration-empty: a list announced but never given (包括但不限于等。), an empty clause, an empty table cell."""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding, Piece, TableGrid
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit
from policylens.rules.enumeration_lead_in import starts_sequence

_SPACE = r"[ \t\u3000\u00a0]*"
# 包括但不限于等。 / 包括。 / 如下等。: the announcing word is followed directly by 等 (or, for
# 包括, the full stop).  Every alternative starts with a literal (包, or 下 of 如下/以下 checked
# behind), so that `re` skips ahead in C: a class start such as [如以] scans ~15× slower.
# `_widen` adds back 如/以.
# (u49p, eval/pairs42c tt-add) not the passive 「同样不会被包含；请单独清点…」: included, not a list announced
_INCLUDE = "包(?<![被所]包)(?:括|含)(?:但不限[于於])?"
_FOLLOWING = "下(?<=[如以]下)"
_EMPTY_LIST = lazy(rf"{_INCLUDE}{_SPACE}(?:等{_SPACE}[。；;.]?|[。；;])|{_FOLLOWING}{_SPACE}等{_SPACE}[。；;.]?")
# 综合考虑，。: a clause that stops before its content.  The pattern starts with the full stop,
# rarer than the comma, and looks back for the comma (up to two spaces between);
# `_clause_start` then widens the span to the comma.
_EMPTY_CLAUSE = lazy(
    r"[。．](?<=[，,：:、][。．])|[。．](?<=[，,：:、][ \t\u3000\u00a0][。．])|[。．](?<=[，,：:、][ \t\u3000\u00a0]{2}[。．])"
)
# ……包括但不限于 or ……如下。 ending a paragraph (without a colon: 「包括：」 introduces a list
# that follows).  In the joined text (`Context.joined`) a newline is the end of a unit.
_ANNOUNCED_JOINED = lazy(rf"({_INCLUDE}|{_FOLLOWING}{_SPACE}。?){_SPACE}(?:\n|\Z)")
# A contract's preamble announcing its own articles: 「雙方訂定條款如下。」, 「甲乙双方约定如下。」 (the text
# right before the 下 of 如下/以下): the articles that follow are the list, whatever their numbering.
_OWN_ARTICLES = lazy(r"(?:條款|条款|約定|约定|協議|协议)[ \t\u3000]*[如以]\Z")
# An exposition announced before the sections that give it: 「…具體內容說明如下。」 then the heading 「您的影片與照片」
# (eval/precision22/leanvid-privacy-tw/zh-Hant/privacy.html): what follows is explained, not listed.
_EXPLAINED = lazy(r"(?:說明|说明|詳述|详述|分述|介紹|介绍|詳細|详细)[ \t\u3000]*[如以]\Z")


def _clause_start(text: str, stop: int) -> int:
    """The comma before the full stop at `stop`, over the spaces between."""
    start = stop - 1
    while text[start] in " \t\u3000\u00a0":
        start -= 1
    return start


def _widen(text: str, start: int) -> int:
    """The start of a match, moved back over 如/以 when the match begins with 下."""
    return start - 1 if text[start : start + 1] == "下" else start


_BOLD = lazy(r"(\*\*|__).+\1")
_CELL_SPLIT = lazy(r"(?<!\\)\|")
_QUOTE = lazy(r"^[ \t]*(?:>[ \t]*)+")
# Table columns whose every cell must say something: parties, data, purposes.
_NAMED_COLUMN = lazy(
    r"名称|名稱|第三方|合作方|SDK|公司|主体|主體|提供方|接收方|信息|資訊|資料|数据|數據|字段|欄位|类型|類型|目的|用途|party|name|data|purpose"
    # the links of an SDK table: the partner's site and privacy policy
    r"|链接|鏈接|連結|网址|網址|link|url",
    re.I,
)


# The marks of a yes/no matrix: a tick, a cross, a dot, 是/否, Y/N.
_MARK = lazy(r"(?:[√✓✔☑●○◯•✗✘×✕Xx✅❌]|是|否|有|无|無|[YyNn]|yes|no|Yes|No|YES|NO)")
# The marks that answer "no" (not collected, not shared): a row that answers no in a column of marks leaves the
# cells right of it, which depend on the answer, blank (「| 錄音內容 | 使用者的聲音 | N | N | |」 under Data Collected, Data Shared,
# Data Usage: nothing collected, no usage to name; eval/precision16/vpon-sdk-tw).
_NO = lazy(r"(?:[✗✘×✕❌]|否|无|無|[Nn]|no|No|NO)")


# A row's serial number (1, 02, 一, (3), 4.), in the first column or one headed as the serial (序号, No.): a cell that
# may stand left of a merged cell.  A number in another column (保存期限（天）: 180) is a value.
_SERIAL = lazy(r"[(（]?(?:\d{1,4}|[一二三四五六七八九十]{1,3})[)）.、]?")
_SERIAL_HEADER = lazy(r"序号|序號|编号|編號|(?i:no\.?|#)")


def _lead_width(texts: list[str], serial: int) -> int:
    """How many cells open the row that are empty or its serial number (`serial`: bit c set for a serial column).

    An empty cell no further right than that continues a cell merged down from above (「| 2 |  | OAID |」 under
    「| 1 | 设备信息 | 厂商、机型 |」), as Markdown has no rowspan; a filled name or party on its left (「| 友盟 |  | 统计 |」)
    makes it a missing value.  One pass per row: checking every cell's left side again was quadratic in the columns.
    """
    for c, text in enumerate(texts):
        if text and not (serial >> c & 1 and _SERIAL.fullmatch(text)):
            return c
    return len(texts)


def _cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a Markdown table row, between its pipes."""
    bars = [m.start() for m in _CELL_SPLIT.finditer(text)]
    stripped = _QUOTE.sub("", text).strip()  # 「> | 1 | 设备信息 |」: a table in a blockquote
    if not stripped.startswith("|"):
        bars.insert(0, -1)
    if not stripped.endswith("|"):
        bars.append(len(text))
    return [(bars[i] + 1, bars[i + 1]) for i in range(len(bars) - 1)]


@register
class EnumerationEmpty(Rule):
    """Flags a list that is announced but never given: 包括但不限于等。, 综合考虑，。, an empty table cell.

    ## What it does
    Finds three shapes of a list whose content was deleted or never written:

    - 「包括但不限于」「包括」 followed directly by 等 or 。 (包括但不限于等。),
      「如下」「以下」 followed by 等; any of them ending a paragraph (「如下。」
      too, but not 「如下：」) when no list follows: the next block is a heading,
      or there is none.  A 「如下。」/「以下。」 before a heading that opens its numbering
      (「…規定如下。」 then 「1. 取得的資訊」) announces the sections that follow and is not
      empty, and neither is a contract's 「雙方訂定條款如下。」/「约定如下。」 before its next article
      (「第二條：…」): the articles are what it announces, nor 「說明如下。」/「详述如下。」 before a
      heading (the sections that follow explain it);
    - a clause that ends in 「，。」「：。」 or 「、。」;
    - an empty cell in a Markdown or HTML table column that names parties, data,
      purposes or their links (第三方名称, 收集的信息, 使用目的, 隐私政策链接 …).  A column
      empty in every row is layout, and a row with a single filled cell labels a group
      of rows: neither is reported.  In Markdown an empty cell below a filled one, with
      nothing but empty cells or the row's serial number (序号) on its left, continues a
      merged cell (「| 2 |  | OAID |」 under 「| 1 | 设备信息 | 厂商 |」); in HTML, `rowspan` and `colspan` place every cell, and a
      cell holding only an image, a frame or a nested table is filled, and a column of
      ticks (√, 是/否) leaves blanks that mean "no".  A row that answers no (N, 否, ✗) in
      a column of yes/no marks (是否收集, Data Collected) leaves the cells right of it, which
      depend on the answer, blank (使用目的, Data Usage): not reported.  An HTML finding points at
      the empty cell's start tag.

    ## Known problems
    An HTML table inside a Markdown file is read as text, not as a grid: its empty cells
    are not seen.

    ## Why is this bad?
    The sentence promises to list the personal data collected, the parties it is
    shared with or the purposes, and lists nothing.  The user cannot know what is
    collected, which the law requires the notice to say.

    ## Example
        出于您使用我们的服务而收集和使用您的个人信息，包括但不限于等。

    Use instead:
        出于您使用我们的服务而收集和使用您的个人信息，包括但不限于手机号码、设备信息等。

    ## References
    - PIPL 第十七条 (个人信息的种类、处理目的); 個人資料保護法第8條 (蒐集之目的、個人資料之類別).
    """

    id = "enumeration-empty"
    severity = "error"
    groups = ("placeholder",)
    merges_repeats = False  # two empty lists or cells on one line (a one-line table's rows) are two defects
    supersedes = ("placeholder-empty", "bracket-unbalanced")
    messages = {
        "en": "empty enumeration {text}: the list of items is missing",
        "zh-Hant": "列舉內容空白：{text}，應列出具體項目",
        "zh-Hans": "列举内容为空：{text}，应列出具体项目",
    }
    _CELL = {
        "en": "empty cell in column {text}",
        "zh-Hant": "表格「{text}」欄為空白",
        "zh-Hans": "表格“{text}”列为空",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        units = ctx.units()
        # (a value the page's code prints between the words, `{CONTACT_EMAIL}` or `<?php echo $list; ?>`, is the list or the
        # clause's content: 「請以電郵聯絡我們：{' '}<a>{CONTACT_EMAIL}</a>。」 is no empty clause; twenty-seventh session)
        for unit, start, end, _ in ctx.scan(_EMPTY_LIST):
            start = _widen(unit.text, start)
            if not ctx.shown_in(unit, start, end):
                yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
        for unit, start, end, _ in ctx.scan(_EMPTY_CLAUSE):
            start = _clause_start(unit.text, start)
            if not ctx.shown_in(unit, start, end):
                yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
        joined = ctx.joined()
        for m in _ANNOUNCED_JOINED.finditer(joined.text):  # an announcing word that ends its unit
            i = joined.index_at(m.start())
            unit, following = units[i], units[i + 1] if i + 1 < len(units) else None
            if unit.kind != "paragraph" or not (following is None or following.kind == "heading"):
                continue
            # 「…規定如下。」 then 「## 1. 取得的資訊」: a heading that opens its numbering (1., 一、) begins the
            # sections 如下 announces; before 「## 二、」 or 「## 四、」 something is missing
            if following is not None and following.section is not None and "下" in m.group(1) and starts_sequence(following.section.number):
                continue
            end = m.end(1) - joined.starts[i]
            if following is not None and "下" in m.group(1) and _OWN_ARTICLES.search(unit.text, 0, m.start(1) - joined.starts[i]):
                continue  # 「雙方訂定條款如下。」 then 「第二條：…」: the contract's articles are what 如下 announces
            if following is not None and "下" in m.group(1) and _EXPLAINED.search(unit.text, 0, m.start(1) - joined.starts[i]):
                continue  # 「說明如下。」 then a heading: the sections that follow are the explanation
            start = _widen(unit.text, m.start(1) - joined.starts[i])
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
        if "|" in joined.text:
            yield from self._table_cells(ctx, units)
        for grid in ctx.doc.tables:
            yield from self._empty_html_cells(ctx, grid)

    def _empty_html_cells(self, ctx: Context, grid: TableGrid) -> Iterator[Finding]:
        """Empty cells of an HTML table (read as a grid by the loader, rowspan and colspan placed)
        under a named column that is filled elsewhere; a row with one filled cell labels a group."""
        header = grid[0]
        # a row with one filled cell labels a group (a cell spanned into the row counts as filled)
        rows = [row for row in grid[1:] if sum(1 for c in row if c is None or c.filled) > 1]
        template = self._CELL.get(ctx.lang, self._CELL["en"])
        width = max((len(row) for row in rows), default=0)
        texts = [[c.text.strip() if c is not None and c.filled else "" for c in row] for row in rows]
        marks = sum(1 << c for c in range(width) if all(not row[c] or _MARK.fullmatch(row[c]) for row in texts if c < len(row)))
        # per row: the first column of marks where it answers no (N, 否, ✗), or the row's width (one pass per row:
        # testing every cell's left side again was quadratic in the columns)
        first_no = [next((c for c, text in enumerate(row) if text and _NO.fullmatch(text) and marks >> c & 1), len(row)) for row in texts]
        for column, head in enumerate(header):
            name = head.text if head is not None else ""
            if not name or not _NAMED_COLUMN.search(name):
                continue
            cells = [row[column] if column < len(row) else None for row in rows]
            filled = [c.text for c in cells if c is not None and c.filled]
            if not filled:
                continue  # a column empty in every row is layout, not a missing value
            if all(_MARK.fullmatch(text.strip()) for text in filled):
                continue  # a matrix of ticks (√ under 信息发布): a blank cell means "no", not a missing value
            for cell, no_at in zip(cells, first_no, strict=True):
                if cell is None or cell.filled:
                    continue  # spanned from a cell above or the left, or filled
                if no_at < column:
                    continue  # the row answers no (✗ under 是否收集) left of the cell: the cells that depend on the answer stay blank
                tag = cell.tag.split("\n", 1)[0]  # a start tag written over several lines: its first line
                unit = TextUnit(tag, "paragraph", None, None, ((Piece(0, len(tag), cell.line, cell.column),), cell.line, cell.column))
                finding = self.finding(ctx, unit, 0, len(tag), text=name)
                yield finding._replace(message=template.format(text=name))

    def _table_cells(self, ctx: Context, units: list[TextUnit]) -> Iterator[Finding]:
        table: list[TextUnit] = []
        for unit in [*units, None]:
            if unit is not None and unit.paragraph is not None and unit.paragraph.kind == "table" and "|" in unit.text:
                table.append(unit)
                continue
            if len(table) > 1:
                yield from self._empty_cells(ctx, table)
            table = []

    def _empty_cells(self, ctx: Context, table: list[TextUnit]) -> Iterator[Finding]:
        """Empty cells under a named column, in a column that is filled elsewhere in the table.

        A row is kept as its unit and a bit mask of its empty cells (two lists), and its cells are split
        again only where a finding is made: the cells and texts of every row at once were
        ~0.5 KB a row (a table of 480,000 one-character cells: 74× its size, issue #12).
        """
        header = [table[0].text[a:b].strip() for a, b in _cells(table[0].text)]
        serial = 1 | sum(1 << c for c, name in enumerate(header) if _SERIAL_HEADER.fullmatch(name))
        rows: list[TextUnit] = []
        empties: list[int] = []  # per row: bit c set when cell c is empty
        leads: list[int] = []  # per row: `_lead_width`
        noes: list[int] = []  # per row: bit c set when cell c answers no (N, 否, ✗)
        filled_anywhere = 0  # bit c set when cell c is filled in some kept row
        not_marks = 0  # bit c set when a filled cell of column c is not a yes/no mark
        for unit in table[1:]:
            texts = [unit.text[a:b].strip() for a, b in _cells(unit.text)]
            # a ragged row cannot be placed; an all-empty row is a spacer; an all-bold row is a second
            # header row; a row with one filled cell labels the group of rows below it
            filled = [t for t in texts if t]
            if len(texts) == len(header) and len(filled) > 1 and not all(_BOLD.fullmatch(t) for t in filled):
                empty = sum(1 << c for c, t in enumerate(texts) if not t)
                rows.append(unit)
                empties.append(empty)
                leads.append(_lead_width(texts, serial))
                noes.append(sum(1 << c for c, t in enumerate(texts) if t and _NO.fullmatch(t)))
                filled_anywhere |= ((1 << len(texts)) - 1) & ~empty
                not_marks |= sum(1 << c for c, t in enumerate(texts) if t and not _MARK.fullmatch(t))
        template = self._CELL.get(ctx.lang, self._CELL["en"])
        missing: list[tuple[int, int]] = []  # (column, row) of each empty cell to report, in the order reported
        for column, name in enumerate(header):
            if not _NAMED_COLUMN.search(name) or (not filled_anywhere >> column & 1 and len(rows) > 1):
                continue  # a column empty in every row is layout, not a missing value
            above = False  # a cell of this column is filled in an earlier row
            for n, (empty, lead, no) in enumerate(zip(empties, leads, noes, strict=True)):
                if not empty >> column & 1:
                    above = True
                    continue
                if (column == 0 and n > 0) or (above and lead >= column):
                    continue  # an empty leading cell below a filled one continues a merged cell (rowspan)
                if no & ~not_marks & ((1 << column) - 1):
                    continue  # the row answers no (N under 是否收集) left of the cell: the cells that depend on the answer stay blank
                missing.append((column, n))
        # each row with a finding is split into cells once (splitting it again for each of its empty cells was
        # quadratic in the columns: a row of 8,000 cells, 4,000 of them empty, took 6.7 s of CPU)
        wanted: dict[int, list[int]] = {}
        for column, n in missing:
            wanted.setdefault(n, []).append(column)
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        for n, columns in wanted.items():
            cells = _cells(rows[n].text)
            spans.update(((column, n), cells[column]) for column in columns)
        for column, n in missing:
            unit, name = rows[n], header[column]
            a, b = spans[(column, n)]
            start, end = max(0, a - 1), min(len(unit.text), b + 1)
            finding = self.finding(ctx, unit, start, end, text=name)
            yield finding._replace(message=template.format(text=name))
