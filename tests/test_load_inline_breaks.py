"""Structure fidelity of inline markup: `<br>` lines, inline HTML in Markdown, Markdown's HTML tables,
numbers written with Kangxi radicals or compatibility ideographs.

* An HTML `<br>` is a line break the reader sees: the lines of a `<br>`-broken paragraph are grouped
  as a plain-text file's lines (a heading line, a list item, a label line, a sentence end start a
  block), never run together (「一、总则本政策适用于…」); a sentence broken in the middle stays one.
* Markdown inline HTML (`<span>`, `<font>`, `<strong>`, `<br>`, `&nbsp;`) is read as the HTML reader
  reads it: the tags are gone, their text stays at its true column, `<br>` breaks the line; a slot
  written like a tag (`<Company Name>`) and code spans stay text.
* An HTML `<table>` inside Markdown is a grid (`Document.tables`), so empty cells are reported.
* ⼀、 （⼀） (PDF copies) are numbered headings; the look-alike rule still reports the characters.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import cli, parse_string
from policylens.model import Document

ROOT = Path(__file__).resolve().parent


def _titles(doc: Document) -> list[tuple[int | None, str | None]]:
    return [(s.line, s.title) for s in doc.sections if s.line is not None]


def _texts(doc: Document) -> list[str]:
    return [p.text for p in doc.paragraphs()]


def _check(tmp_path: Path, name: str, text: str, *rules: str) -> list[tuple[str, int, int, int]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    args = ["check", str(path), "--format", "json", "--no-config", "--fail-on", "never"]
    for rule in rules:
        args += ["--select", rule]
    out = json.loads(cli(*args).stdout)
    return [(f["rule"], f["line"], f["column"], f["end_column"]) for f in out["files"][0]["findings"]]


# -- HTML: <br> lines --------------------------------------------------------------------------

HTML_BR = """<html><body><h1>隐私政策</h1>
<p>
四、我们如何共享、转让、公开披露您的个人信息
<br />
我们充分知晓因违法共享个人信息对个人信息主体造成损害时所应承担的法律责任。
<br />
(一)共享
<br />
除以下情形外，我们不会与任何公司、组织和个人分享您的个人信息：
<br />
1、在获取明确同意的情况下共享。
<br />
2、我们可能会按照司法机关的要求，对外共享您的个人信息。
</p>
<p>本政策适用于所有服务。<br><b>数据安全</b><br>我们采取措施保护您的信息安全，防止数据遭到未经授权访问。</p>
<p>电话：010-12345678<br>地址：北京市海淀区<br>邮箱：privacy@example.com</p>
<p>香港北角渣华道191号<br>嘉华国际中心9楼909室</p>
</body></html>
"""


def test_html_br_lines_are_not_run_together() -> None:
    doc = parse_string(HTML_BR, ".html")
    assert _titles(doc) == [(3, "四、我们如何共享、转让、公开披露您的个人信息"), (7, "(一)共享"), (15, "数据安全")]
    texts = _texts(doc)
    for line in (
        "1、在获取明确同意的情况下共享。",
        "电话：010-12345678",
        "地址：北京市海淀区",
        "邮箱：privacy@example.com",
        "本政策适用于所有服务。",
    ):
        assert line in texts
    # look-alike: an address broken over two lines (no sentence end, no label, no number) stays one
    assert "香港北角渣华道191号嘉华国际中心9楼909室" in texts


def test_html_br_lines_keep_every_character_at_its_line() -> None:
    doc = parse_string(HTML_BR, ".html")
    source = HTML_BR.splitlines()
    for para in doc.paragraphs():
        for piece in para.pieces:
            text = para.text[piece.offset : piece.offset + piece.length]
            assert source[piece.line - 1][piece.column - 1 :].startswith(text)
    # nothing lost: every character of the <p> text is in some block
    kept = "".join(_texts(doc)) + "".join(t for _, t in _titles(doc) if t)
    for line in source[2:14:2]:
        assert line.strip() in kept


def test_html_br_mid_sentence_stays_one_paragraph() -> None:
    doc = parse_string("<html><body><p>我们会收集您的设备信息，<br>以便为您提供更好的服务。</p></body></html>", ".html")
    assert _texts(doc) == ["我们会收集您的设备信息，以便为您提供更好的服务。"]


def test_html_br_last_numbered_item_is_no_heading() -> None:
    page = (
        "<html><body><p>一、我们如何收集个人信息<br>我们会收集以下信息：<br>"
        "12、为了保障软件与服务的安全运行，我们会收集你的硬件型号。<br>13、获取用户的存储权限用于储存生成的表情图片</p>"
        "<p>二、我们如何使用您的个人信息<br>我们会在下列情况下使用您的个人信息。</p></body></html>"
    )
    doc = parse_string(page, ".html")
    assert [t for _, t in _titles(doc)] == ["一、我们如何收集个人信息", "二、我们如何使用您的个人信息"]
    assert "13、获取用户的存储权限用于储存生成的表情图片" in _texts(doc)


def test_numbered_title_with_its_text_is_still_a_heading() -> None:
    text = "隐私政策\n\n（五）事件通知\n我们会及时通知您。\n\n（六）安全事件处置\n我们将启动应急预案。\n"
    assert [t for _, t in _titles(parse_string(text))] == ["（五）事件通知", "（六）安全事件处置"]


def test_real_page_br_headings() -> None:
    """gonghuiyuan (dev8): 「四、…」 glued to its first sentence by <br> is found; 「13、…」 stays an item."""
    doc = parse_string((ROOT / "data" / "placeholders9" / "gonghuiyuan.zh-Hans.html").read_text(encoding="utf-8"), ".html")
    titles = _titles(doc)
    assert (172, "四、我们如何共享、转让、公开披露您的个人信息") in titles
    assert not any(t and t.startswith("13、") for _, t in titles)


def test_real_page_br_numbered_statement() -> None:
    """soulangh (a Taiwan PDPA statement): 一、 二、 三、 lines above their （一） items are its sections."""
    doc = parse_string((ROOT.parent / "eval" / "profiles" / "docs" / "soulangh-tw" / "statement.html").read_text(encoding="utf-8"), ".html")
    titles = [t for _, t in _titles(doc)]
    assert titles[:3] == ["一、  個人資料蒐集目的：", "二、  個人資料蒐集類別：", "三、  個人資料利用之期間、地區、對象及方式："]
    assert any(t.startswith("（一）從事藝術") for t in _texts(doc))


# -- Markdown: inline HTML ------------------------------------------------------------------------

MD_INLINE = """# 隐私政策

## 一、收集

本政策<span style="color:red">适用于</span>所有服务。Hello&nbsp;world, <b>bold</b> text.

请联系<Company Name>或 `<span>code</span>` 我们。

为了改善服务，我们收集信息的方式如下：
<br>1、您向我们提供的信息。
<br>2、在您使用服务过程中收集的信息。

联系方式<br>如您对本政策有任何疑问，请通过以下方式与我们联系，我们将在十五个工作日内回复。
<br>电话：010-12345678
<br>邮箱：privacy@example.com

<strong>二、使用</strong>

我们使用信息。
"""


def test_markdown_inline_tags_are_markup() -> None:
    doc = parse_string(MD_INLINE, ".md")
    texts = _texts(doc)
    assert "本政策适用于所有服务。Hello world, bold text." in texts
    # a slot written like a tag, and a code span, are text
    assert "请联系<Company Name>或 `<span>code</span>` 我们。" in texts
    assert [t for _, t in _titles(doc)] == ["一、收集", "二、使用"]


def test_markdown_br_lines() -> None:
    doc = parse_string(MD_INLINE, ".md")
    paras = {p.text: (p.kind, p.line, p.column) for p in doc.paragraphs()}
    assert paras["1、您向我们提供的信息。"] == ("item", 10, 5)
    assert paras["2、在您使用服务过程中收集的信息。"] == ("item", 11, 5)
    # a short title line directly above its text (as in plain text), and two label lines
    assert paras["联系方式"] == ("paragraph", 13, 1)
    assert paras["如您对本政策有任何疑问，请通过以下方式与我们联系，我们将在十五个工作日内回复。"] == ("paragraph", 13, 9)
    assert paras["电话：010-12345678"] == ("paragraph", 14, 5)
    assert paras["邮箱：privacy@example.com"] == ("paragraph", 15, 5)
    assert not any("<br>" in t for t in paras)


def test_markdown_inline_tag_positions(tmp_path: Path) -> None:
    """A finding after removed tags points at its true column."""
    text = '# 隐私政策\n\n## 联系\n\n<span style="x">请联系</span>【】以了解您的权利。\n'
    found = _check(tmp_path, "p.md", text, "placeholder-empty")
    column = text.splitlines()[4].index("【】") + 1
    assert found == [("placeholder-empty", 5, column, column + 2)]


def test_markdown_without_markup_reads_br(tmp_path: Path) -> None:
    """A Markdown file with no block markup is read as plain text: its `<br>` still breaks lines."""
    doc = parse_string("隐私政策\n\n我们收集：<br>1、账号信息。<br>2、设备信息。\n", ".md")
    assert _texts(doc)[-2:] == ["1、账号信息。", "2、设备信息。"]


def test_markdown_backslash_hard_break() -> None:
    """`\\` at the end of a line is a hard line break (CommonMark): markup, not a character of the text."""
    for text in (
        "# 政策\n\n## 一、说明\n\n您访问本网站即接受以下服务。\\\n抱歉，现在并没有选择\n",
        "政策\n\n您访问本网站即接受以下服务。\\\n抱歉，现在并没有选择\n",
    ):
        texts = _texts(parse_string(text, ".md"))
        assert texts[-2:] == ["您访问本网站即接受以下服务。", "抱歉，现在并没有选择"]
    # look-alike: an escaped backslash (`\\\\`, no line break) is one backslash of the text
    assert _texts(parse_string("# 政策\n\n## 一、说明\n\n路径为 C:\\\\\n下一行文字\n", ".md"))[-1] == "路径为 C:\\下一行文字"


def test_real_markdown_inline_html() -> None:
    """Real Markdown pages: no tag reaches the reader, `<br>` lines are their own blocks, headings unchanged."""
    corpora = ROOT.parent / "corpora"
    second = parse_string((corpora / "secondspace-privacy" / "zh-Hans.2022-11-05.md").read_text(encoding="utf-8"), ".md")
    paras = {p.text: (p.kind, p.line, p.column) for p in second.paragraphs()}
    assert paras["1、您向我们提供的信息。 当您注册第二空间账户时您提供的电子邮箱等。"] == ("item", 7, 5)
    assert paras["应用请求授权信息说明："] == ("paragraph", 11, 9)
    assert [t for _, t in _titles(second)][:2] == ["一、适用范围", "二、我们如何收集信息"]
    assert not [t for t in _texts(second) if "<br" in t]
    # look-alike: a link stays in the text as `[text](url)` does (its target is read; `diff` knows both forms)
    game = parse_string((corpora / "qiushui-game-privacy" / "zh-Hans.2024-07-25.md").read_text(encoding="utf-8"), ".md")
    assert any('<a href="/docs/user">《秋水游戏许可及服务协议》</a>' in t for t in _texts(game))
    villode = parse_string((ROOT / "data" / "real" / "villode.zh-Hans-en.md").read_text(encoding="utf-8"), ".md")
    titles = [t for _, t in _titles(villode)]
    assert titles[:5] == ["隐私声明", "1. 个人信息的收集", "2. 个人信息的使用和存储", "3. 免责声明", "4. 关于修改"]
    paras = {p.text: (p.kind, p.line) for p in villode.paragraphs()}
    assert paras["（1）访问日志信息：包括IP地址、访问时间、访问页面等；"] == ("item", 60)
    assert paras["（2）用户注册信息：包括但不限于用户名、密码、电子邮箱等；"] == ("item", 61)
    assert not [t for t in _texts(villode) if "&nbsp;" in t or "<font" in t]


# -- Markdown: HTML tables ------------------------------------------------------------------------

MD_TABLE = """# 隐私政策

## 第三方SDK

<table>
<tr><th>SDK名称</th><th>使用目的</th><th>第三方公司名称</th><th>更多信息</th></tr>
<tr><td>支付宝SDK</td><td>支付</td><td></td><td></td></tr>
<tr><td>微信SDK</td><td>分享</td><td>腾讯</td><td>见官网</td></tr>
</table>
"""


def test_markdown_html_table_is_a_grid(tmp_path: Path) -> None:
    doc = parse_string(MD_TABLE, ".md")
    assert len(doc.tables) == 1
    assert doc.tables[0][1][1] is not None and doc.tables[0][1][1].line == 7
    found = _check(tmp_path, "t.md", MD_TABLE, "enumeration-empty")
    # the company cell is reported; the empty 更多信息 (optional notes) cell is not
    assert [(line, column) for _, line, column, _ in found] == [(7, MD_TABLE.splitlines()[6].index("<td></td>") + 1)]


def test_markdown_html_table_with_blank_lines_is_one_grid(tmp_path: Path) -> None:
    """CommonMark ends an HTML block at a blank line; a browser still shows one table: it is one grid."""
    table = MD_TABLE.replace("</tr>\n<tr>", "</tr>\n\n<tr>")
    doc = parse_string(table, ".md")
    assert len(doc.tables) == 1 and len(doc.tables[0]) == 3
    assert [line for _, line, _, _ in _check(tmp_path, "b.md", table, "enumeration-empty")] == [8]
    # look-alikes: text between two HTML blocks ends the wait; a table never closed keeps its text
    doc = parse_string("# 政策\n\n<table><tr><td>甲</td>\n\n正文一段。\n\n<p>乙</p>\n", ".md")
    assert _texts(doc) == ["甲", "正文一段。", "乙"] and not doc.tables


# -- Kangxi radicals and compatibility ideographs --------------------------------------------------


def test_kangxi_numbers_are_numbering(tmp_path: Path) -> None:
    text = "隐私政策\n\n⼀、总则\n本政策适用于所有服务。\n\n二、我们如何收集信息\n我们会收集您的信息。\n\n（⼀）账号信息\n我们收集手机号。\n\n（二）设备信息\n我们收集设备号。\n\n\uf9d1、联系我们\n请联系我们。\n"
    doc = parse_string(text)
    assert [(s.title, s.level) for s in doc.sections if s.line] == [
        ("⼀、总则", 1),
        ("二、我们如何收集信息", 1),
        ("（⼀）账号信息", 2),
        ("（二）设备信息", 2),
        ("\uf9d1、联系我们", 1),
    ]
    rules = [f[0] for f in _check(tmp_path, "k.txt", text, "lookalike-character")]
    assert rules.count("lookalike-character") == 3  # the characters are still reported
    # look-alike: a radical that is no number (⼈ U+2F08) opens no numbered heading
    assert [s.title for s in parse_string("隐私政策\n\n⼈、总则说明如下。\n正文。\n").sections if s.line] == []
