"""Hostile input, round 17 (k17h): defect classes the earlier rounds missed.

- Line ends inside server code (`cli/policylens/load/server_code/`): a PHP or JSP block was blanked character by
  character keeping only LF, so in a file with CR-only (classic Mac) or mixed line ends every CR inside the code was
  lost and each line below the block was reported one line too high per CR (a finding on line 6 reported on line 4,
  a column past the end of its line).  A `//` or `#` comment ended only at LF, so in a CR-only file it ran to the end
  of the block and the literals echoed after it were dropped.
- The line named by an HTML page's "unterminated tag/comment" error and its "PHP code is never closed" warning
  counted LF only: in a CR-only page it was always line 1 (`load.html.feeding._feed` counts the source as fed, CR read as LF).
- PHP heredoc and nowdoc echoes (`echo <<<EOT … EOT;`, `<<<'EOT'`): their text was dropped without a word, and the
  quoted label of a nowdoc was read as an echoed literal (「EOT」 became a paragraph).
- A `?>` inside a PHP string literal, a heredoc or a `/* */` comment (`echo '<?xml version="1.0"?>';`): the block was
  cut there, as if the code ended, and the rest of the code (「'; ?>」) leaked in as text.  PHP ends its code only at
  a `?>` outside strings and block comments; a `?>` in a `//` or `#` comment still ends it.
- A JSP/ASP comment `<%-- … --%>` holding code put out of use (「<%-- <%= "旧文字" %> 已停用 --%>」): it ended at
  that code's `%>`, and the rest of the comment leaked in as text (「已停用 --%>」, a commented-out paragraph).
- A Liquid `{% comment %}` never closed (Jekyll refuses such a page): every line after it was blanked, the rest of
  the file dropped without a word (headings, paragraphs and their findings).  Its lines stay text now.
- What a Liquid comment hides, read or dropped by line instead of by tag: text after `{% endcomment %}` on its line
  was dropped (「…{% endcomment %}后文」), text inside a comment that opens after text on a line or closes on the
  same line was read (「正文{% comment %}【待填写】{% endcomment %}」 drew a placeholder error for a note the site
  never shows), and a code fence inside a comment kept the comment open to the end of the file.  The comment's
  span is now hidden exactly, as Liquid does before Markdown (`load.site_tags._hide_comments`).
- A Hugo shortcode whose quoted parameter holds `>}}` (「{{< alert title="注意 >}} 此处" >}}」): the tag ended inside
  the quote and the rest of the parameter leaked in as text; a quoted parameter is now read whole.
- Quadratic work in a wide table (`cli/policylens/rules/enumeration_empty.py`): a Markdown row was split into
  cells again for each of its empty cells (a row of 8,000 cells, 4,000 of them empty under named columns: 6.7 s
  of CPU for `check`, quadratic), and an HTML row tested every cell left of each empty cell for a "no" answer.  Each row is now split
  once, and its first "no" is found in one pass; the findings are the same.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policylens.check import CheckOptions, check_file
from policylens.errors import UserError
from policylens.load.html import read_html
from policylens.load.markdown import read_markdown
from policylens.model import Block

_LINE_END = re.compile(r"\r\n|\r|\n")


def _blocks(page: str) -> list[Block]:
    return read_html(page, path="t.html").blocks


def _pieces_match_source(page: str, blocks: list[Block]) -> None:
    """Every piece of every block shows, at its line and column, the characters of the source it claims."""
    lines = _LINE_END.split(page)
    for block in blocks:
        for piece in block.pieces:
            shown = block.text[piece.offset : piece.offset + piece.length]
            source = lines[piece.line - 1][piece.column - 1 : piece.column - 1 + piece.length]
            if piece.width is None:
                assert source == shown, (block.text, piece)


# -- line ends inside server code ---------------------------------------------------------------------------------


@pytest.mark.parametrize("eol", ["\r", "\r\n", "\n"])
@pytest.mark.parametrize(
    "page",
    [
        '<html><body>{0}<p>前文</p>{0}<?php{0}echo "我们收集信息";{0}?>{0}<p>第七行【】</p>{0}</body></html>',
        '<p>甲</p>{0}<%{0}  out.print("我们共享位置信息");{0}%>{0}<p>后文【】</p>',
        '<p title="<?php{0} echo 1;{0} ?>">文字</p>{0}<p>后文【】</p>',
        "<p>甲</p>{0}<?php // 注释{0}echo '我们不会出售信息';{0}?>{0}<p>后文【】</p>",
        "<p>甲</p>{0}<?php # 注释{0}echo <<<EOT{0}我们收集手机号{0}EOT;{0}?>{0}<p>后文【】</p>",
    ],
)
def test_line_ends_inside_server_code_keep_every_line(page: str, eol: str) -> None:
    page = page.format(eol)
    blocks = _blocks(page)
    _pieces_match_source(page, blocks)
    last = blocks[-1]
    assert last.text.endswith("【】")
    assert last.line == next(n for n, line in enumerate(_LINE_END.split(page), 1) if "【】" in line)


def test_mixed_line_ends_inside_php_block() -> None:
    page = '<html><body>\r\n<?php\recho "第一";\r\n echo "第二";\n?>\r\n<p>后文【】</p>\r\n'
    blocks = _blocks(page)
    assert [(b.text, b.line) for b in blocks] == [("第一第二", 3), ("后文【】", 6)]
    _pieces_match_source(page, blocks)


def test_comment_ends_at_a_lone_cr_in_php_and_jsp() -> None:
    assert [b.text for b in _blocks("<p><?php // x\recho '我们收集'; ?></p>")] == ["我们收集"]
    assert [b.text for b in _blocks('<p><% // x\rout.print("我们共享"); %></p>')] == ["我们共享"]


@pytest.mark.parametrize("eol", ["\r", "\r\n", "\n"])
@pytest.mark.parametrize(
    ("tail", "what"),
    [('<div class="x{0}', "unterminated tag at line 4"), ("<!-- 从未关闭{0}", "unterminated comment at line 4"), ("<p{0}", "at line 4")],
)
def test_unterminated_markup_names_its_line_whatever_the_line_ends(eol: str, tail: str, what: str) -> None:
    page = f"<p>甲</p>{eol}<p>乙</p>{eol}<p>丙</p>{eol}" + tail.format(eol)
    with pytest.raises(UserError, match=what):
        read_html(page, path="t.html")


@pytest.mark.parametrize("eol", ["\r", "\r\n", "\n"])
def test_an_open_php_block_warns_at_its_line_whatever_the_line_ends(eol: str) -> None:
    page = eol.join(["<p>甲</p>", "<p>乙</p>", "", '<?php echo "中文";', ""])
    assert read_html(page, path="t.html").warnings == ["line 4: PHP code is never closed with ?>: the text after it is not read"]


_SERVER_ATOMS = st.sampled_from(
    ["<?php", "?>", "<?=", "<%", "%>", "<%--", "--%>", "echo", " ", '"', "'", "\\", "\n", "\r", "\r\n", "//", "#", "/*", "*/"]
    + ["<<<EOT", "<<<'EOT'", "\nEOT;", "我们", "收集", "<p>", "</p>", "$x", "{$y}", ";", ".", "(", ")", "print", "out.print("]
    + ["&#", "<script>", "</script>", "<!--", "-->", "{{ '文字' }}", "【】", "\u2028", "Response.Write("]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_SERVER_ATOMS, min_size=1, max_size=40).map("".join))
def test_server_code_pages_keep_every_piece_at_its_source(page: str) -> None:
    """Any mix of server code, line ends and markup: a clean refusal, or text whose every piece is the source it names."""
    try:
        blocks = _blocks(page)
    except UserError:
        return
    for block in blocks:
        assert "\ufdd1" not in block.text and "\ufdd0" not in block.text
    _pieces_match_source(page, blocks)


# -- PHP heredoc and nowdoc -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "texts"),
    [
        ("<p>前文</p>\n<?php\necho <<<EOT\n我们收集您的手机号码。\nEOT;\n?>\n<p>后文</p>", ["前文", "我们收集您的手机号码。", "后文"]),
        ("<?php echo <<<'EOT'\n<p>我们收集您的位置信息。</p>\nEOT;\n?>\n<p>后文</p>", ["我们收集您的位置信息。", "后文"]),
        ('<?php print <<< "HTML"\r\n<h2>一、共享</h2>\r\n    HTML;\r\n?>', ["一、共享"]),  # indented closing label (PHP 7.3)
        ("<?php\necho <<<TXT\n您好，{$name}。我们重视隐私。\nTXT;\n?>", ["您好，。我们重视隐私。"]),  # interpolation is code
        ("<?php\necho <<<'TXT'\n价格 $5 {$x}\nTXT;\n?>", ["价格 $5 {$x}"]),  # a nowdoc is as written
        ("<?php\n$x = <<<EOT\n不显示的文字\nEOT;\necho '显示的文字';\n?>", ["显示的文字"]),  # assigned, not echoed
    ],
)
def test_heredoc_and_nowdoc_echoes_are_text(page: str, texts: list[str]) -> None:
    blocks = _blocks(page)
    assert [b.text for b in blocks] == texts
    _pieces_match_source(page, blocks)


@pytest.mark.parametrize(
    "page",
    [
        "<p>甲</p><?php echo <<<EOT\n我们\n?>\n<p>乙</p>",  # the label never closes: PHP refuses it, no literal
        "<p>甲</p><?php echo <<<'A'\n我们\n?>\n<p>乙</p>",
    ],
)
def test_an_unclosed_heredoc_is_no_literal_and_nothing_leaks(page: str) -> None:
    assert [b.text for b in _blocks(page)] == ["甲", "乙"]


# -- `?>` where PHP does not end its code ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "texts"),
    [
        ("<?php echo '<?xml version=\"1.0\"?>'; ?>\n<p>正文</p>", ["正文"]),
        ('<p><?php echo "我们 ?> 收集"; ?></p>\n<p>后文</p>', ["我们 ?> 收集", "后文"]),
        ("<p><?php /* 旧代码 ?> */ echo '我们收集'; ?></p>", ["我们收集"]),
        ("<p><?php echo <<<EOT\n说明 ?> 文字\nEOT;\n?></p>", ["说明 ?> 文字"]),
        ("<p><?php $a = 'x?>y'; echo \"我们共享\"; ?>后文</p>", ["我们共享后文"]),
        ("<p><?php // 注释 ?>我们收集信息</p>", ["我们收集信息"]),  # a line comment ends at `?>`
        ("<p><?php # 注释 ?>我们收集信息</p>", ["我们收集信息"]),
    ],
)
def test_question_close_inside_strings_and_comments_does_not_end_php(page: str, texts: list[str]) -> None:
    blocks = _blocks(page)
    assert [b.text for b in blocks] == texts
    for b in blocks:
        for mark in ("';", '";', "echo", "\ufdd1", "*/"):
            assert mark not in b.text


def test_a_quote_left_open_falls_back_to_the_first_close() -> None:
    """A string never closed (PHP refuses the file): the block ends at its first `?>`, as before, and so does every later one."""
    page = '<p>甲</p><?php echo "未闭合; ?>\n<p>乙</p>\n<?php echo "丙"; ?>\n<p>丁</p>'
    assert [b.text for b in _blocks(page)] == ["甲", "未闭合;", "乙", "丙", "丁"]


# -- JSP/ASP comments that hold code ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "texts"),
    [
        ('<p>甲</p>\n<%-- 旧代码: <%= "旧文字" %> 已停用 --%>\n<p>我们收集信息。</p>\n', ["甲", "我们收集信息。"]),
        ('<%--\n<% out.print("不显示"); %>\n<p>注释里的段落</p>\n--%>\n<p>正文【】</p>\n', ["正文【】"]),
        ('<p>前<%-- a %> b --%>后</p><p><%= "显示" %></p>', ["前后", "显示"]),
        ("<%-- 1 %> --%><%-- 2 <% x %> --%>\r<p>尾</p>", ["尾"]),
        ("<p>甲</p><%-- 未闭合的注释 %>\n<p>乙</p>", ["甲", "乙"]),  # never closed by --%>: ends at its first %>, as before
    ],
)
def test_a_jsp_comment_ends_at_its_own_close(page: str, texts: list[str]) -> None:
    blocks = _blocks(page)
    assert [b.text for b in blocks] == texts
    _pieces_match_source(page, blocks)


# -- Liquid `{% comment %}` never closed ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "# 隱私權政策\n\n我们收集信息。\n\n{% comment %}\n\n## 二、信息使用\n\n我们使用【】信息。\n",
            ["二、信息使用", "我们使用【】信息。"],
        ),
        ("# 政策\n\n{% comment %}\n草稿\n{% endcomment %}\n\n正文。\n\n{% comment %}\n后面的正文。\n", ["正文。", "后面的正文。"]),
        ("# 政策\r\n\r\n{%- comment -%}\r\n\r\n## 联系我们\r\n\r\n邮箱：a@b.com\r\n", ["联系我们", "邮箱：a@b.com"]),
    ],
)
def test_an_unclosed_liquid_comment_does_not_swallow_the_rest(text: str, kept: list[str]) -> None:
    texts = [b.text for b in read_markdown(text).blocks]
    for want in kept:
        assert want in texts, texts
    assert "草稿" not in texts  # a closed comment is still dropped


def test_a_closed_liquid_comment_is_still_dropped() -> None:
    text = "# 政策\n\n{% comment %}\n草稿：待法务确认\n{% endcomment %}\n\n正文。"
    assert [b.text for b in read_markdown(text).blocks] == ["政策", "正文。"]


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("# 政策\n\n{% comment %}注释【待填写】{% endcomment %}我们收集信息。\n", ["政策", "我们收集信息。"]),
        ("# 政策\n\n甲{% comment %}x{% endcomment %}乙{% comment %}y{% endcomment %}丙\n", ["政策", "甲乙丙"]),
        ("# 政策\n\n我们收集信息。{% comment %}草稿\n第二行\n末尾{% endcomment %}后文。\n", ["政策", "我们收集信息。", "后文。"]),
        ("# 政策\n\n{% comment %}\n```\n{% endcomment %}\n\n正文【】。\n", ["政策", "正文【】。"]),
        ("# 政策\n\n{% comment %}\n## 不是标题\n{% endcomment %}\n## 是标题\n\n正文\n", ["政策", "是标题", "正文"]),
        ("# 政策\n\n{%- comment -%}" + "长" * 700 + "{%- endcomment -%}正文。\n", ["政策", "正文。"]),
        ("# 政策\n\n{% comment %}\n" + "长" * 700 + "{% endcomment %}正文。\n", ["政策", "正文。"]),
    ],
)
def test_a_liquid_comment_hides_exactly_its_span(text: str, texts: list[str]) -> None:
    blocks = read_markdown(text).blocks
    assert [b.text for b in blocks] == texts
    lines = text.split("\n")
    for block in blocks:
        for piece in block.pieces:
            shown = block.text[piece.offset : piece.offset + piece.length]
            assert lines[piece.line - 1][piece.column - 1 : piece.column - 1 + piece.length] == shown


def test_a_line_of_many_comments() -> None:
    """5,000 comments on one line: each hidden, the text between them kept in place (the line is rebuilt once)."""
    text = "# 政策\n\n" + "甲{% comment %}【】{% endcomment %}" * 5000 + "\n"
    (_heading, paragraph) = read_markdown(text).blocks
    assert paragraph.text == "甲" * 5000
    assert [p.column for p in paragraph.pieces[:3]] == [1, 33, 65]


def test_a_comment_inside_a_fence_is_code() -> None:
    text = "# 例\n\n```\n{% comment %}\n```\n\n正文。\n\n{% endcomment %}\n"
    assert [(b.kind, b.text) for b in read_markdown(text).blocks][:3] == [
        ("heading", "例"),
        ("code", "{% comment %}"),
        ("paragraph", "正文。"),
    ]


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ('# 政策\n\n{{< alert title="注意 >}} 此处" >}}\n正文\n{{< /alert >}}\n', ["政策", "正文"]),
        ('# 政策\n\n{{< figure src="a.png" caption="图一：a >}} b" >}}\n\n正文。', ["政策", "图一：a >}} b", "正文。"]),
        ('# 政策\n\n我们{{< tip "x >}}y" >}}收集{{< /tip >}}信息。\n', ["政策", "我们收集信息。"]),
        ('# 政策\n\n{{% notice "提示 %}}" %}}\n请注意。\n{{% /notice %}}\n', ["政策", "请注意。"]),
    ],
)
def test_a_shortcode_reads_its_quoted_parameters_whole(text: str, texts: list[str]) -> None:
    assert [b.text for b in read_markdown(text).blocks] == texts


# -- a wide table: each row split once -------------------------------------------------------------------------------


def _wide(width: int, html: bool) -> str:
    """A table of `width` columns alternating 用途 and 是否收集; its last row fills two cells, answers Y, then leaves the rest empty."""
    names = ["用途" if c % 2 == 0 else "是否收集" for c in range(width)]
    full = ["账号信息" if c % 2 == 0 else "N" for c in range(width)]
    last = ["手机号", "Y"] + [""] * (width - 2)
    if html:
        row = "<tr>" + "{}" + "</tr>"
        cells = [row.format("".join(f"<{t}>{x}</{t}>" for x in r)) for t, r in (("th", names), ("td", full), ("td", last))]
        return "<h1>隐私政策</h1>\n<p>更新日期：2024年1月1日</p>\n<table>" + "\n".join(cells) + "</table>\n"
    rows = ["| " + " | ".join(r) + " |" for r in (names, ["---"] * width, full, last)]
    return "# 隐私政策\n\n更新日期：2024年1月1日\n\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize("html", [False, True])
@pytest.mark.parametrize("width", [6, 40, 600])
def test_wide_table_findings_and_each_row_split_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, width: int, html: bool) -> None:
    from policylens.rules import enumeration_empty

    calls = {"cells": 0}
    real = enumeration_empty._cells

    def counted(text: str) -> list[tuple[int, int]]:
        calls["cells"] += 1
        return real(text)

    monkeypatch.setattr(enumeration_empty, "_cells", counted)
    path = tmp_path / ("wide.html" if html else "wide.md")
    path.write_text(_wide(width, html), encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True, select=("enumeration-empty",)))
    assert report.error is None
    found = [f for f in report.findings if f.rule == "enumeration-empty"]
    # every empty 用途 cell of the last row (its 是否收集 cells hold only marks: a blank there means no)
    assert len(found) == (width - 2 + 1) // 2
    assert all("用途" in f.message for f in found)
    assert calls["cells"] <= 4  # the Markdown rows: read once, and the row with findings split once more


def test_a_no_left_of_an_empty_cell_still_excuses_it_in_a_wide_html_row(tmp_path: Path) -> None:
    page = _wide(50, html=True).replace("<td>手机号</td><td>Y</td>", "<td>手机号</td><td>N</td>")
    path = tmp_path / "wide.html"
    path.write_text(page, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True, select=("enumeration-empty",)))
    assert [f for f in report.findings if f.rule == "enumeration-empty"] == []
