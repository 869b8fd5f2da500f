"""Tables as units: rows and cells, column evidence, header rows and yes/no columns.

`_table_rows`/`_cell_spans` read a run of table paragraphs (Markdown pipes or one HTML cell a paragraph)
into cells, `column_cells` yields each non-empty cell under a header cell a clause names (*column
evidence*), `_table_headers` finds each row's header row, `_marked_not` reads a No in a "collected" or
"sold" column, `_without_label_cells` drops a row's label cell after a lead-in.
Not here: sentence, paragraph and section units (`units`) or judging a cell (`clauses`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from policylens.model import Document, Paragraph, Section
from policylens.patterns import table_rule
from policylens.profiles.coverage.records import MAX_ITEMS, MAX_SENTENCE, Unit, _lazy
from policylens.profiles.coverage.silent import _skipped
from policylens.profiles.coverage.text import _blank_out, _unit
from policylens.topics import fold

# A cell that states nothing: blank, a dash, 无/否/N/A (the row has no value in that column).  The marks after the word
# belong to it (`^[\s\W_]*(?:无…)?[\s\W_]*$`, two runs side by side, backtracked quadratically on a cell of dashes
# ending in a letter; round 12).
_EMPTY_CELL = _lazy(
    r"^[\s\W_]*(?:(?:无|無|暂无|暫無|不适用|不適用|否|n/?a|none|no|not applicable|tbd"
    # a cell that points elsewhere or is a filler, not a value (an acceptance review found 「同上」, 「详见下文」, XXX covered)
    r"|同上|同前|如上|详见下文|詳見下文|见下文|見下文|[Xx×○]{2,}|待填写|待填寫|待定|待补充|待補充)[\s\W_]*)?$",
    re.I,
)
# a cell that is only a bracketed instruction: 【请填写处理目的】, [待填写], （此处填写…）
_INSTRUCTION_CELL = _lazy(
    r"^[\s*]*[【\[［（(][^】\]］）)\n]{0,40}(?:请|請|填写|填寫|待|insert|fill|tbd)[^】\]］）)\n]{0,40}[】\]］）)][\s*]*$", re.I
)


def _cell_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row, its pipes and the spaces around its text left out."""
    bounds = [i for i, c in enumerate(text) if c == "|"]
    spans = []
    for start, end in zip([-1, *bounds], [*bounds, len(text)], strict=True):
        start += 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    if text.lstrip().startswith("|"):
        spans = spans[1:]
    if text.rstrip().endswith("|"):
        spans = spans[:-1]
    return spans


# (fourteenth session, c14e) a row of a CCPA table whose "Collected" column says No (「| A. Identifiers | real name, alias… | No |」)
# names a category that is *not* collected: the row discloses nothing
# (cf15b) Only a column about collecting: a No under "Sold or Shared" (or "Sold", "Disclosed") names a category collected and
# states that it is not sold (a denial, which the sold-or-shared item reads), so the row still discloses.
_YES_NO_HEADER = _lazy(r"^\W{0,3}(?:collected|是否收集|已收集|收集|是否)\W{0,3}$|\b(?:collected|we collect)\??\W{0,3}$", re.I)
# (fifteenth session, d14g) "Sold or Shared", "Sold/Shared", "Sold or shared in the last 12 months?": a No under it is a denial,
# cited after the rows that state a sale (`_weak_citation`)
_SOLD_HEADER = _lazy(
    r"^\W{0,3}(?:sold|shared|disclosed)(?:\s*(?:or|and|/|&)\s*(?:sold|shared|disclosed))?(?:\s+in\s+the\s+(?:last|past|preceding)\s+(?:12|twelve)\s+months)?\??\W{0,3}$",
    re.I,
)
_NO_CELL = _lazy(r"^\W{0,3}(?:no|否|無|无|没有|✗|❌|×|✘|n)\W{0,3}$", re.I)


def _marked_not(header: str, row: str, column: re.Pattern[str] = _YES_NO_HEADER) -> bool:
    """Whether a table row has No in a yes/no column about collecting (the row names something not collected).

    With `column` (`_SOLD_HEADER`), in a column about selling or sharing (the row states that the category is not sold).
    """
    count, named = _header_columns(header, column)
    if not named:  # no column of that kind: the row is not read (a long table's rows share one header)
        return False
    cells = [row[a:b] for a, b in _cell_spans(row)]
    if count != len(cells):
        return False
    return any(_NO_CELL.match(cells[n]) for n in named)


@functools.lru_cache(maxsize=64)
def _header_columns(header: str, column: re.Pattern[str]) -> tuple[int, tuple[int, ...]]:
    """A header row's number of cells and the positions of those whose name `column` finds (`_marked_not`).

    Every row of a table is read against the same header row: its cells were split and searched again for each row,
    twice (the two kinds of column), 80,000 splits for a table of 20,000 rows (issue #13, thirty-ninth session).
    """
    names = [header[a:b] for a, b in _cell_spans(header)]
    return len(names), tuple(n for n, name in enumerate(names) if column.search(name))


def _table_rows(run: list[Paragraph], starts: frozenset[tuple[int, int]] = frozenset()) -> list[list[tuple[Paragraph, int, int]]]:
    """The rows of one table (a run of table paragraphs), each a list of (paragraph, start, end) cells.

    A Markdown row is one paragraph whose cells sit between pipes; the HTML and DOCX readers give
    one paragraph per cell.  Where the reader recorded where each row starts (`Document.rows`), a row
    runs from one start to the next (u33v2: a table written on one line, 「<tr><th>数据</th><th>存储地点</th></tr><tr>…」,
    read as one row, had no row under its header); else cells on one source line are taken as one row
    (a table written with one cell per line has no rows that can be told apart, and is left out).
    """
    if any("|" in para.text for para in run):
        return [[(para, start, end) for start, end in _cell_spans(para.text)] for para in run if not table_rule(para.text)]
    rows: list[list[tuple[Paragraph, int, int]]] = []
    marked = [(p.line, p.column) in starts or (p.line, -p.column) in starts for p in run]
    if any(marked):
        for para, opens in zip(run, marked, strict=True):
            if rows and not opens:
                rows[-1].append((para, 0, len(para.text)))
            else:
                rows.append([(para, 0, len(para.text))])
        return rows if len(rows[0]) > 1 else []
    for para in run:
        if rows and rows[-1][0][0].line == para.line:
            rows[-1].append((para, 0, len(para.text)))
        else:
            rows.append([(para, 0, len(para.text))])
    return rows if len(rows[0]) > 1 else []


def column_cells(doc: Document, column: re.Pattern[str]) -> Iterator[Unit]:
    """Column evidence: each non-empty cell under a header cell that matches `column`, as a unit of its own."""
    by_id = {s.id: s for s in doc.sections}
    for section in doc.sections:
        paras = section.paragraphs
        if not any(p.kind == "table" for p in paras) or _skipped(section, by_id):
            continue
        i = 0
        while i < len(paras):
            if paras[i].kind != "table":
                i += 1
                continue
            j = i
            while j < len(paras) and paras[j].kind == "table":
                j += 1
            rows = _table_rows(list(paras[i:j]), doc.rows)
            i = j
            if len(rows) < 2:
                continue
            header = rows[0]
            columns = [n for n, (para, start, end) in enumerate(header) if column.search(_blank_out(fold(para.text[start:end])))]
            for row in rows[1 : MAX_ITEMS + 1]:
                for n in columns:
                    if n >= len(row):
                        continue
                    para, start, end = row[n]
                    end = min(end, start + MAX_SENTENCE)
                    cell = para.text[start:end]
                    if not _EMPTY_CELL.match(cell) and not _INSTRUCTION_CELL.match(cell):
                        yield _unit([(para, start, end)], section)


def _table_headers(paras: tuple[Paragraph, ...]) -> list[Paragraph | None]:
    """For each paragraph, the first row of its table when it is a later row of one, else None.

    One pass over the section: a walk back to the table's start from every row was quadratic in the
    rows (a table of 20,000 rows of dashes took over a minute; round 12).
    """
    headers: list[Paragraph | None] = []
    first: Paragraph | None = None  # the current table's first row, when it is not a rule (| --- |)
    inside = False
    for para in paras:
        headers.append(first if inside and para.kind == "table" else None)
        if para.kind != "table":
            inside, first = False, None
        elif not inside:
            inside, first = True, None if table_rule(para.text) else para
    return headers


# (u33v2) the header of an HTML table's first column when that column names a situation, a feature or a purpose (「使用情境」
# 「功能」「用途」), not data: its cells are the rows' labels.
_LABEL_HEADER = _lazy(r"情境|场景|場景|功能|用途|目的|业务|業務|服务|服務|scenario|feature|purpose|function|use case|context", re.I)


def _without_label_cells(items: list[tuple[Paragraph, int, int]], starts: frozenset[tuple[int, int]]) -> list[tuple[Paragraph, int, int]]:
    """The cells after a lead-in less each row's label, when they are an HTML table (one paragraph a cell, rows known from
    the reader) whose first column names a situation or a feature: 「本公司可能蒐集：」 + 「諮詢／深度診斷表單」 is no kind of
    data, while the cell beside it (「姓名、電話…」) is, and is cited on its own line (u33v2, eval/profiles33 adlo-tw)."""
    if not starts or not items or any(p.kind != "table" or "|" in p.text for p, _, _ in items):
        return items
    rows = _table_rows([p for p, _, _ in items], starts)
    if len(rows) < 2 or not _LABEL_HEADER.search(fold(rows[0][0][0].text)):
        return items
    labels = {id(row[0][0]) for row in rows[1:] if len(row) > 1}
    return [item for item in items if id(item[0]) not in labels]


def _is_header_row(section: Section, para: Paragraph) -> bool:
    """Whether a table paragraph is the first row of its table (a Markdown header row: its column names)."""
    paras = section.paragraphs
    for i, other in enumerate(paras):
        if other is para:
            return (i == 0 or paras[i - 1].kind != "table") and i + 1 < len(paras) and paras[i + 1].kind == "table" and "|" in para.text
    return False
