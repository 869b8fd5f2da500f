"""`diff` on the classes the twenty-ninth session's pair set showed (u29b, `eval/pairs29`: thirteen real version pairs,
annotated before any run; the texts below are invented in their shape, not copied).

1. *An HTML table row is one paragraph* (pairs29 unidocs-rows, unidocs-cells: DCloud's SDK table page, HTML tables in
   Markdown; DOCX tables too, whose reader records its rows the same way): an SDK row added read as six inserted cells, a changed cell as a lone 「存储文件」 naming no row.  The HTML
   reader records where each row starts (`Document.rows`) and `diff.rows.table_rows` joins a row's cells with 「 | 」 before
   sections are compared; cells of different rows, paragraphs after a table and Markdown pipe rows stay as they were.
2. *A subheading dropped above its table* (pairs29 unidocs-cells): 「#### Weex」 removed while its table stayed under the
   parent read as the whole table deleted and inserted again (24 noise entries).  With rows, the unchanged rows are moves
   (long keys); a row with one cell edited is the same row moved and edited (`diff.rows.same_row`: as many cells, the
   same first cell, at most a third of the rest changed), though it kept less than the 0.8 of `moves.EDITED_SIMILARITY`.
   Another row with the same name but most cells changed stays a deletion and an insertion.
3. *A heading's `@id`* (pairs29 unidocs-unipush): 「### UniPush」 over 「<a id="push"></a>」 → 「### UniPush@push」 was a
   renamed section.  An ASCII id glued to a Markdown heading's end after `@` is markup (`load.markdown.headings._HEADING_AT_ID`);
   an e-mail address (a dot after the `@`) or a handle after a space stays in the title.
4. *A paragraph rewritten in its place inside a larger block* (the leftover of pairs28: u28b paired a block of one
   paragraph a side): between two paired paragraphs (or a pair and the block's end), one old and one new paragraph left
   are the old one rewritten when `redline._rewritten` holds (0.3 alike, a run of eight characters kept, neither twice the
   other); an unrelated line there stays a deletion and an insertion.
   In the redline a changed row keeps its first cell before the folded context (`render.diffview.fold_context`):
   「阿里weexSDK | …| 存储[-的个人-]文件」 says which row changed; prose, and a first cell over `ROW_NAME_MAX`, fold as before.
5. *`<br>` lines glued in the redline* (the leftover of pairs27 pikori-address and pairs28): 「奥地利<br>电子邮箱：…」 read
   「奥地利电子邮箱：…」.  The HTML reader records where each `<br>` line starts (`Document.line_breaks`) and
   `diff.lines.shown_lines` puts a line break back where nothing separates the two lines; keys fold it away, so the same
   text without the `<br>` is no change, and Latin lines (a space between them already) are as before.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents, has_changes
from policylens.diff.rows import same_row
from test_pairs28 import _changes, _flags, _report  # the helpers of the previous pair set

# --- 1. a table row is one paragraph -----------------------------------------------------------------------------------

ROW = "<tr><td>{0}</td><td>{1}</td><td>{2}</td><td>{3}</td></tr>\n"
HEAD = ROW.replace("td>", "th>").format("SDK名称", "包名信息", "使用目的", "涉及个人信息")
ROWS = [
    ("友盟统计", "com.umeng", "统计应用使用情况", "设备信息、网络信息"),
    ("极光推送", "cn.jpush", "向用户推送消息", "设备标识、网络信息"),
    ("高德定位", "com.amap.api", "提供定位服务", "位置信息"),
]


def _page(rows: list[tuple[str, str, str, str]], after: str = "我们会定期评估第三方SDK的安全性。") -> str:
    table = "<table>\n" + HEAD + "".join(ROW.format(*r) for r in rows) + "</table>\n"
    return f"<h1>隐私政策</h1>\n<h2>第三方SDK</h2>\n<p>我们接入以下第三方SDK：</p>\n{table}<p>{after}</p>\n<h2>联系我们</h2>\n<p>邮箱：a@example.com</p>\n"


def test_an_added_row_is_one_insertion() -> None:
    new = [*ROWS[:2], ("Bugly", "com.tencent.bugly", "崩溃日志上报", "设备型号、系统版本"), ROWS[2]]
    assert _changes(_report(_page(ROWS), _page(new))) == [
        ("insert", None, "Bugly | com.tencent.bugly | 崩溃日志上报 | 设备型号、系统版本"),
    ]


def test_a_changed_cell_is_its_row_modified() -> None:
    new = [ROWS[0], ("极光推送", "cn.jpush", "向用户推送消息", "设备标识"), ROWS[2]]
    changes = _report(_page(ROWS), _page(new)).sections
    [change] = [c for s in changes for c in s.changes]
    assert change.op == "replace"
    assert change.old_text == "极光推送 | cn.jpush | 向用户推送消息 | 设备标识、网络信息"
    assert change.new_text == "极光推送 | cn.jpush | 向用户推送消息 | 设备标识"


def test_a_removed_row_and_the_paragraph_after_the_table_stay_apart() -> None:
    """The row ends where the table does: the paragraph after it and its edit are their own entry."""
    changes = _changes(_report(_page(ROWS), _page(ROWS[:2], after="我们会每年评估第三方SDK的安全性。")))
    assert ("delete", "高德定位 | com.amap.api | 提供定位服务 | 位置信息", None) in changes
    assert [c[0] for c in changes].count("replace") == 1  # 定期 → 每年, a paragraph of its own
    assert all("定期" not in (c[1] or "") or " | " not in (c[1] or "") for c in changes)


def test_unchanged_table_is_no_change() -> None:
    assert not has_changes(_report(_page(ROWS), _page(ROWS)))


def test_cell_positions_stay_exact() -> None:
    """A joined row keeps each cell's place in the source (a redline links to it)."""
    doc = parse_string(_page(ROWS), ".html")
    from policylens.diff.rows import table_rows

    rows = [p for s in table_rows(doc).sections for p in s.paragraphs if p.kind == "table"]
    assert [r.text.split(" | ")[0] for r in rows] == ["SDK名称", "友盟统计", "极光推送", "高德定位"]
    source = _page(ROWS).splitlines()
    for row in rows:
        for cell in row.text.split(" | "):
            line, column = row.position(row.text.index(cell))
            assert source[line - 1][column - 1 :].startswith(cell)


def test_markdown_pipe_rows_are_untouched() -> None:
    md = "# 隐私政策\n\n## 第三方SDK\n\n| SDK | 用途 |\n|---|---|\n| 友盟 | 统计 |\n| 极光 | 推送 |\n"
    new = md.replace("| 极光 | 推送 |", "| 极光 | 推送 |\n| 高德 | 定位 |")
    assert _changes(_report(md, new, ".md")) == [("insert", None, "| 高德 | 定位 |")]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        (
            "阿里weexSDK | com.taobao | uni-app基础模块默认集成 | 存储",
            "阿里weexSDK | …默认集成 | 存储",
        ),  # (the window takes the word whole: lead, session 35)
        ("| 友盟 | com.umeng | 统计应用使用情况与崩溃 | ", "| 友盟 | …情况与崩溃 | "),
        ("我们会收集您的设备信息、网络信息与位置信息，用于", "…与位置信息，用于"),
        ("一个很长很长的第一格" * 5 + " | 第二格 | 第三格的内容在这里 | ", "…内容在这里 | "),
    ],
)
def test_a_changed_row_keeps_its_name(text: str, folded: str) -> None:
    from policylens.render.diffview import fold_context

    assert fold_context(text, 8, first=True, last=False) == folded


def test_a_layout_table_is_no_row() -> None:
    """A page laid out in a table (a menu cell, a content cell of many paragraphs): its paragraphs stay paragraphs."""
    body = "".join(f"<p>第{i}条 我们会依照法律法规的规定收集和使用您的个人信息，并采取合理的安全措施保护它。</p>" for i in range(1, 5))
    page = f"<table><tr><td><a href='/'>首页</a><br><a href='/about'>关于</a></td><td><h1>隐私政策</h1>{body}</td></tr></table>"
    changes = _changes(_report(page, page.replace("第3条 我们会", "第3条 我们将")))
    assert changes == [
        (
            "replace",
            "第3条 我们会依照法律法规的规定收集和使用您的个人信息，并采取合理的安全措施保护它。",
            "第3条 我们将依照法律法规的规定收集和使用您的个人信息，并采取合理的安全措施保护它。",
        )
    ]


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path: Path, rows: list[tuple[str, ...]]) -> Path:
    def cell(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    table = "<w:tbl>" + "".join("<w:tr>" + "".join(cell(t) for t in row) + "</w:tr>" for row in rows) + "</w:tbl>"
    para = "<w:p><w:r><w:t>{0}</w:t></w:r></w:p>"
    body = para.format("隐私政策") + para.format("我们接入以下第三方SDK：") + table + para.format("邮箱：a@example.com")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
        )
    return path


def test_a_docx_layout_table_is_no_row(tmp_path: Path) -> None:
    """A cell holding several paragraphs (a page laid out in a table) keeps them apart."""
    cell = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in ("第一条 我们收集您的姓名。", "第二条 我们保护您的信息。"))
    body = f"<w:p><w:r><w:t>隐私政策</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>目录</w:t></w:r></w:p></w:tc><w:tc>{cell}</w:tc></w:tr></w:tbl>"
    path = tmp_path / "layout.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
        )
    assert all(column < 0 for _, column in parse_path(path).rows)  # no row of data: a stop only (review u29x)


def test_docx_rows_are_one_paragraph(tmp_path: Path) -> None:
    old = parse_path(_docx(tmp_path / "old.docx", [ROWS[0], ROWS[1]]))
    new = parse_path(_docx(tmp_path / "new.docx", [ROWS[0], ROWS[1], ROWS[2]]))
    changes = [(c.op, c.new_text) for s in diff_documents(old, new).sections for c in s.changes]
    assert changes == [("insert", "高德定位 | com.amap.api | 提供定位服务 | 位置信息")]
    assert [p.text for s in new.sections for p in s.paragraphs if p.kind == "table"][:2] == ["友盟统计", "com.umeng"]  # parse: cells


# --- 2. a subheading dropped above its table ---------------------------------------------------------------------------


def _nested(rows: list[tuple[str, str, str, str]], *, sub: bool) -> str:
    table = "<table>\n" + HEAD + "".join(ROW.format(*r) for r in rows) + "</table>\n"
    heading = "\n#### 默认集成模块\n" if sub else ""
    return f"# SDK说明\n\n### 基础模块\n{heading}\n{table}\n### 联系我们\n\n邮箱：a@example.com\n"


def test_dropped_subheading_keeps_its_table_rows() -> None:
    new = [ROWS[0], ("极光推送", "cn.jpush", "向用户推送消息", "无"), ROWS[2]]
    report = _report(_nested(ROWS, sub=True), _nested(new, sub=False), ".md")
    assert _changes(report) == [
        ("replace", "极光推送 | cn.jpush | 向用户推送消息 | 设备标识、网络信息", "极光推送 | cn.jpush | 向用户推送消息 | 无")
    ]
    assert ("removed", "默认集成模块", None, False) in _flags(report)  # the heading itself is gone


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ("极光推送 | cn.jpush | 向用户推送消息 | 设备标识、网络信息", "极光推送 | cn.jpush | 向用户推送消息 | 无", True),
        ("| 极光 | cn.jpush | 推送 | 设备标识 |", "| 极光 | cn.jpush | 推送 | 无 |", True),
        # the same name, most cells changed: another row
        ("极光推送 | cn.jpush | 向用户推送消息 | 设备标识", "极光推送 | com.other | 营销 | 位置信息", False),
        # another first cell, a different count of cells, two cells only
        ("极光推送 | cn.jpush | 向用户推送消息 | 设备标识", "个推 | cn.jpush | 向用户推送消息 | 设备标识", False),
        ("极光推送 | cn.jpush | 向用户推送消息 | 设备标识", "极光推送 | cn.jpush | 向用户推送消息", False),
        ("极光推送 | 设备标识", "极光推送 | 无", False),
        ("我们使用极光推送，收集设备标识。", "我们使用极光推送，不收集信息。", False),
    ],
)
def test_same_row(old: str, new: str, same: bool) -> None:
    assert same_row(old, new) is same


def test_a_row_renamed_and_rewritten_under_a_dropped_heading_is_not_paired() -> None:
    new = [ROWS[0], ("极光推送", "com.other.push", "广告营销", "位置信息、通讯录"), ROWS[2]]
    changes = _changes(_report(_nested(ROWS, sub=True), _nested(new, sub=False), ".md"))
    assert [c[0] for c in changes] == ["insert", "delete"] or [c[0] for c in changes] == ["delete", "insert"]


# --- 3. a heading's @id --------------------------------------------------------------------------------------------------

AT = "# SDK说明\n\n### {0}\n{1}\nUniPush 使用个推提供的SDK推送消息。\n\n### 联系我们\n\n邮箱：a@example.com\n"


def test_at_id_is_no_rename() -> None:
    report = _report(AT.format("UniPush", '\n<a id="push"></a>\n'), AT.format("UniPush@push", ""), ".md")
    assert not has_changes(report)


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("UniPush@push", "UniPush"),
        ("消息推送@push-service", "消息推送"),
        ("联系 privacy@example.com", "联系 privacy@example.com"),
        ("关注我们 @policylens", "关注我们 @policylens"),
        ("推送@", "推送@"),
        ("联系@客服", "联系@客服"),
    ],
)
def test_at_id_in_titles(title: str, kept: str) -> None:
    doc = parse_string(AT.format(title, ""), ".md")
    assert doc.sections[0].title == kept  # the h1 is the document's title


def test_a_real_rename_with_an_at_id_is_still_a_rename() -> None:
    report = _report(AT.format("UniPush@push", ""), AT.format("统一推送@push", ""), ".md")
    assert ("unchanged", "UniPush", "统一推送", True) in _flags(report)


# --- 4. a paragraph rewritten in its place inside a larger block --------------------------------------------------------

BLOCK = "# 隐私政策\n\n## 数据存储\n\n本段落说明保存期限。\n\n{0}\n\n{1}\n\n本段落说明删除方式。\n\n## 联系我们\n\n邮箱：a@example.com\n"
EDITED = (
    "我们仅在实现本政策所述目的所必需的期间内保存您的个人信息，超出期限后将删除或匿名化处理。",
    "我们仅在实现本政策所述目的所必需的最短期间内保存您的个人信息，超出期限后将及时删除或匿名化处理。",
)
STORAGE = (
    "您的数据使用 Supabase（一家云数据库服务商）进行存储，服务器位于美国，并受到企业级安全措施的保护。",
    "我们通过行业领先的云服务提供商存放您的全部信息，相关机房均设在中国大陆境内，并受到企业级安全措施的保护。",  # 0.44 alike
)


def test_rewritten_paragraph_next_to_an_edited_one_is_modified() -> None:
    changes = _changes(_report(BLOCK.format(EDITED[0], STORAGE[0]), BLOCK.format(EDITED[1], STORAGE[1]), ".md"))
    assert changes == [("replace", EDITED[0], EDITED[1]), ("replace", STORAGE[0], STORAGE[1])]


def test_unrelated_line_next_to_an_edited_one_stays_deleted_and_inserted() -> None:
    other = "如您对儿童个人信息有疑问，请通过邮箱联系我们的个人信息保护负责人。"
    changes = _changes(_report(BLOCK.format(EDITED[0], STORAGE[0]), BLOCK.format(EDITED[1], other), ".md"))
    assert ("replace", EDITED[0], EDITED[1]) in changes
    assert ("delete", STORAGE[0], None) in changes
    assert ("insert", None, other) in changes


# --- 5. <br> lines ----------------------------------------------------------------------------------------------------------

BR = "<h1>隐私政策</h1><h2>联系我们</h2><p>{0}</p><h2>其他</h2><p>本政策自发布之日起生效。</p>"
CONTACT = "公司：某某科技有限公司<br>电话：010-{0}<br>邮箱：privacy@example.com"


def test_br_lines_stay_lines_in_the_redline() -> None:
    [change] = [
        c for s in _report(BR.format(CONTACT.format("12345678")), BR.format(CONTACT.format("87654321"))).sections for c in s.changes
    ]
    assert change.old_text == "公司：某某科技有限公司\n电话：010-12345678\n邮箱：privacy@example.com"
    assert change.new_text == "公司：某某科技有限公司\n电话：010-87654321\n邮箱：privacy@example.com"


def test_the_same_text_without_br_is_no_change() -> None:
    old = BR.format(CONTACT.format("12345678"))
    assert not has_changes(_report(old, old.replace("<br>", "")))


def test_latin_br_lines_keep_their_space() -> None:
    text = "Company: Example Ltd<br>Phone: {0}<br>Email: privacy@example.com"
    [change] = [c for s in _report(BR.format(text.format("123")), BR.format(text.format("456"))).sections for c in s.changes]
    assert change.old_text == "Company: Example Ltd Phone: 123 Email: privacy@example.com"


def test_br_line_positions_stay_exact() -> None:
    from policylens.diff.lines import shown_lines

    source = "<h1>隐私政策</h1>\n<h2>联系我们</h2>\n<p>公司：某某科技<br>\n电话：010-1234<br>邮箱：a@example.com</p>\n"
    doc = shown_lines(parse_string(source, ".html"))
    [para] = [p for s in doc.sections for p in s.paragraphs]
    assert para.text == "公司：某某科技\n电话：010-1234\n邮箱：a@example.com"
    lines = source.splitlines()
    for word in ("公司", "电话", "邮箱", "a@example.com"):
        line, column = para.position(para.text.index(word))
        assert lines[line - 1][column - 1 :].startswith(word)
