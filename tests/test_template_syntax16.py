"""Template syntax in policy sources: what the reader of the rendered page sees is read, nothing else, nothing dropped.

Classes (invented inputs):
- server code saved in an HTML page (PHP `echo`/`print`/`<?=`, JSP `<%= %>`/`out.print`, ASP `Response.Write`): the
  string literals it echoes are text in their place, read as HTML; the rest of the code is not text, `?>` never leaks;
- Liquid/Hexo/Jekyll tags and Hugo shortcodes in Markdown: markup, their inner text kept at its line and column, a
  line of tags never a heading or a paragraph, a figure's caption or title kept; `{{ name }}` placeholders untouched.
Modules: `cli/policylens/load/server_code/`, `cli/policylens/load/site_tags.py`.
"""

from __future__ import annotations

import pytest

from policylens.load.html import read_html
from policylens.load.markdown import read_markdown
from policylens.model import Block


def _html(page: str) -> list[Block]:
    return read_html(page, path="t.html").blocks


def _at(text: str, block: Block, part: str) -> tuple[int, int]:
    """The (line, column) of `part` of `block` in the source, from its pieces."""
    offset = block.text.index(part)
    for p in block.pieces:
        if p.offset <= offset < p.offset + p.length:
            return p.line, p.column + offset - p.offset
    raise AssertionError(f"{part!r} has no piece")


def _source_at(source: str, line: int, column: int, length: int) -> str:
    return source.split("\n")[line - 1][column - 1 : column - 1 + length]


@pytest.mark.parametrize(
    ("page", "texts"),
    [
        ('<p><?php echo "我们收集您的手机号码。"; ?></p>', ["我们收集您的手机号码。"]),
        ('<p><?= "联系邮箱：a@b.com" ?></p>', ["联系邮箱：a@b.com"]),
        ("<div><?php print('我們不會出售您的資料。'); ?></div>", ["我們不會出售您的資料。"]),
        ('<?php echo "<p>我们不会出售您的信息。</p>"; ?>\n<p>下一段。</p>', ["我们不会出售您的信息。", "下一段。"]),
        ("<?php\n  echo \"<h2>一、收集</h2>\";\n  echo '<p>' . \"我们收集设备信息。\" . '</p>';\n?>", ["一、收集", "我们收集设备信息。"]),
        ('<p><% out.print("我们收集位置信息。"); %></p>', ["我们收集位置信息。"]),
        ('<p><%= "我们与合作伙伴共享信息。" %></p>', ["我们与合作伙伴共享信息。"]),
        ('<p><% Response.Write("我們使用""Cookie""。") %></p>', ['我們使用"Cookie"。']),
    ],
)
def test_echoed_literals_are_text(page: str, texts: list[str]) -> None:
    assert [b.text for b in _html(page)] == texts


@pytest.mark.parametrize(
    "page",
    [
        '<?php echo "<p>我们不会出售您的信息。</p>"; ?>',
        '<p>第一段。</p><?php if ($x > 1) { echo "<p>第二段。</p>"; } ?>',
        "<p>甲。</p>\n<?php include 'footer.php'; ?>\n<p>乙。</p>",
        "<p><?php echo $name; ?>您好。</p><p><%= user.getName() %></p>",
    ],
)
def test_code_never_leaks_as_text(page: str) -> None:
    for b in _html(page):
        for mark in ("?>", "<?", "%>", "echo", "include", "$", "\ufdd1", '";'):
            assert mark not in b.text, b.text


@pytest.mark.parametrize(
    ("page", "text"),
    [
        ("<p><?php echo $name; ?>，您好。</p>", "，您好。"),  # a variable: computed, not text
        ("<p>版权所有 © <?php echo date('Y'); ?> 示例公司</p>", "版权所有 ©示例公司"),  # a call's argument is no text
        ("<p><?php echo t('privacy.intro'); ?>我们重视隐私。</p>", "我们重视隐私。"),
        ("<p><?php echo \"您好，$name。欢迎{$site['n']}\"; ?></p>", "您好，。欢迎"),  # interpolations are code
        ("<p><?php echo \"第一行\\n第二行\", '它\\'s'; ?></p>", "第一行第二行它's"),  # (a newline between CJK is no blank)
        ('<p><?= "他说：\\"同意\\"" ?></p>', '他说："同意"'),
        ('<p>我们<%= "收集" %>信息</p>', "我们收集信息"),  # no blank where the code stood
    ],
)
def test_computed_values_and_escapes(page: str, text: str) -> None:
    assert [b.text for b in _html(page)] == [text]


def test_echoed_text_keeps_its_line_and_column() -> None:
    page = (
        '<html><body>\n<h2>一、收集</h2>\n<p>前文<?php echo "我们收集您的手机号码"; ?>。</p>\n<?= "<p>联系：a@b.com</p>" ?>\n</body></html>'
    )
    blocks = _html(page)
    assert [b.text for b in blocks] == ["一、收集", "前文我们收集您的手机号码。", "联系：a@b.com"]
    for block in blocks:
        for piece in block.pieces:
            shown = block.text[piece.offset : piece.offset + piece.length]
            assert _source_at(page, piece.line, piece.column, piece.length) == shown


def test_attribute_code_and_xml_declarations_as_before() -> None:
    page = '<?xml version="1.0"?>\n<p><a href="<?php echo "x.html"; ?>">隐私政策</a>全文。</p>'
    assert [b.text for b in _html(page)] == ["隐私政策全文。"]


# -- Markdown: Liquid / Hexo / Jekyll tags and Hugo shortcodes ------------------------------------------------------


def _md(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in read_markdown(text).blocks]


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        (
            "## 一、收集\n\n我们收集您的信息。\n{% note info %}\n我们不会出售您的信息。\n{% endnote %}\n\n## 二、共享\n\n正文。",
            [
                ("heading", "一、收集"),
                ("paragraph", "我们收集您的信息。"),
                ("paragraph", "我们不会出售您的信息。"),
                ("heading", "二、共享"),
                ("paragraph", "正文。"),
            ],
        ),
        (
            "隐私政策\n\n我们收集您的信息。\n{% endnote %}\n\n最后。",
            [("paragraph", "隐私政策"), ("paragraph", "我们收集您的信息。"), ("paragraph", "最后。")],
        ),
        ("# 政策\n\n{{< alert >}}\n第三方：示例云\n{{< /alert >}}\n", [("heading", "政策"), ("paragraph", "第三方：示例云")]),
        ("# 政策\n\n{{% notice tip %}}\n请注意保护密码。\n{{% /notice %}}\n", [("heading", "政策"), ("paragraph", "请注意保护密码。")]),
        ("# 政策\n\n{% include cookie-banner.html %}\n\n我们使用Cookie。", [("heading", "政策"), ("paragraph", "我们使用Cookie。")]),
        ("# 政策\n\n{% comment %}\n草稿：待法务确认\n{% endcomment %}\n\n正文。", [("heading", "政策"), ("paragraph", "正文。")]),
        (
            "# 政策\n\n我们{% raw %}收集{% endraw %}信息，{{% mark %}}请注意{{% /mark %}}。",
            [("heading", "政策"), ("paragraph", "我们收集信息，请注意。")],
        ),
        ("# 政策\n\n> {% blockquote %}\n> 引用的条款。\n> {% endblockquote %}", [("heading", "政策"), ("paragraph", "引用的条款。")]),
    ],
)
def test_site_tags_are_markup(text: str, blocks: list[tuple[str, str]]) -> None:
    assert _md(text) == blocks


def test_a_closing_tag_line_is_never_a_heading() -> None:
    for closing in ("{% endnote %}", "{{< /alert >}}", "{{% /notice %}}", "{% endtabs %}"):
        opening = closing.replace("end", "").replace("/", "")
        text = f"# 隐私政策\n\n{opening}\n我们会在必要时共享您的信息\n{closing}\n\n其他内容。"
        assert [k for k, _ in _md(text)] == ["heading", "paragraph", "paragraph"], text


def test_figure_caption_and_title_are_shown_text_in_place() -> None:
    text = '# 政策\n\n{{< figure src="flow.png" alt="图" caption="数据将共享给示例支付公司" >}}\n\n{{< img src="a.png" title="第三方SDK清单" >}}\n'
    blocks = read_markdown(text).blocks
    assert [b.text for b in blocks] == ["政策", "数据将共享给示例支付公司", "第三方SDK清单"]
    line, column = _at(text, blocks[1], "示例支付")
    assert _source_at(text, line, column, 4) == "示例支付"
    # any other shortcode's parameters are not shown: dropped with the tag
    assert _md('# 政策\n\n{{< youtube id="abc" title="介绍视频" >}}\n\n正文。') == [("heading", "政策"), ("paragraph", "正文。")]


def test_inner_text_keeps_line_and_column() -> None:
    text = "# 政策\n\n前言{% raw %}我们收集{% endraw %}信息。\n{{< alert >}}\n  第三方：示例云\n{{< /alert >}}"
    for block in read_markdown(text).blocks:
        for piece in block.pieces:
            assert _source_at(text, piece.line, piece.column, piece.length) == block.text[piece.offset : piece.offset + piece.length]


@pytest.mark.parametrize(
    "text",
    [
        "{{company_name}}将保护您的个人信息。",
        "本政策由{{ 公司名称 }}制定。",
        "请联系{% 公司邮箱 %}。",  # not a Liquid tag: a slot left unfilled, shown as written
        "示例：{% unknowntag %}不是已知标签。",
    ],
)
def test_placeholders_and_unknown_braces_stay_text(text: str) -> None:
    assert "".join(t for _, t in _md(text)) == text


def test_tags_in_code_blocks_are_code() -> None:
    assert _md("# 例\n\n```\n{% note %}\n{{< alert >}}\n```") == [("heading", "例"), ("code", "{% note %}\n{{< alert >}}")]


def test_tag_arguments_the_site_shows_stay_text_in_place() -> None:
    text = "# 政策\n\n{% hideToggle 管理数据共享 %}\n- {% link https://a.example/x,示例统计SDK,https://a.example/i.png,第三方统计服务 %}\n{% endhideToggle %}\n\n{% blockquote 张三, 年度报告 %}\n引文。\n{% endblockquote %}"
    blocks = read_markdown(text).blocks
    assert [b.text for b in blocks] == [
        "政策",
        "管理数据共享",
        "- https://a.example/x,示例统计SDK,https://a.example/i.png,第三方统计服务",
        "张三, 年度报告",
        "引文。",
    ]
    for block in blocks:
        for piece in block.pieces:
            assert _source_at(text, piece.line, piece.column, piece.length) == block.text[piece.offset : piece.offset + piece.length]


@pytest.mark.parametrize("tag", ['{{< cloakemail "privacy@acme.app" >}}', '{{< cloakemail address="privacy@acme.app" >}}'])
def test_an_address_shortcode_shows_its_address(tag: str) -> None:
    assert _md(f"联系我们：{tag}。") == [("paragraph", "联系我们：privacy@acme.app。")]


def test_a_bold_last_line_titles_nothing() -> None:
    """A bold line left alone at the end once a closing tag under it is markup (a toggle's last line) is no heading."""
    from policylens.load import Loaded
    from policylens.load.types import Parsed
    from policylens.model import Source
    from policylens.structure import build_document

    def titles(text: str) -> list[str | None]:
        parsed: Parsed = read_markdown(text)
        source = Source("t.md", "markdown", "utf-8", "", len(text.encode()), "lf", False)
        doc = build_document(Loaded(source, text, parsed))
        return [s.title for s in doc.sections if s.title]

    tail = "- 项目一\n- 项目二\n\n**如您使用其他浏览器，请参阅其说明**\n"
    assert "如您使用其他浏览器，请参阅其说明" not in titles(
        f"## 管理方式\n\n正文。\n\n{{% hideToggle 管理 %}}\n{tail}{{% endhideToggle %}}\n"
    )
    assert "如您使用其他浏览器，请参阅其说明" not in titles(f"## 管理方式\n\n正文。\n\n{tail}")
    assert "数据共享" in titles("## 管理方式\n\n正文。\n\n**数据共享**\n\n我们不共享。\n")


@pytest.mark.parametrize(
    ("page", "text"),
    [
        ("<p>{!! '我们收集<b>位置</b>信息' !!}</p>", "我们收集位置信息"),  # Blade's raw echo: read as HTML
        ('<p>{{ "联系我们" }}：privacy@example.com</p>', "联系我们：privacy@example.com"),  # Blade, Jinja, Twig
        ("<p>{{ $companyName }}将保护您的信息。</p>", "{{ $companyName }}将保护您的信息。"),  # a value: as written
        ("<p>{{company_name}}将保护您的信息。</p>", "{{company_name}}将保护您的信息。"),  # a placeholder: the rules' business
        ("<p>@lang('messages.intro')</p>", "@lang('messages.intro')"),  # a translation key: not the text shown
    ],
)
def test_template_echo_of_a_plain_literal_is_its_text(page: str, text: str) -> None:
    assert [b.text for b in _html(page)] == [text]


def test_vue_pages_keep_their_own_reading_of_mustaches() -> None:
    # (u49x2) a Vue page shows a literal's text, as the server templates above do (`load.html.styles._literal_echoes`:
    # eval/structure49c fctl-vue kept 「{{ '」 and 「' }}」 as policy text); a value stays as written
    page = "<template><view><text>{{ '我们收集信息' }}</text><text>{{ name }}</text></view></template>"
    text = "".join(b.text for b in read_html(page, path="t.vue").blocks)
    assert "我们收集信息" in text and "{{ '" not in text and "{{ name }}" in text


def test_server_code_inside_a_script_leaves_the_script_whole() -> None:
    parsed = read_html('<p>正文。</p><script>var msg = "<?php echo $x; ?>您好"; var t = "隐私政策";</script>', path="t.html")
    assert [b.text for b in parsed.blocks] == ["正文。"]
    assert [t.strip() for t, _ in parsed.scripts] == ["您好", "隐私政策"]
