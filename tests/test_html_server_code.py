"""Server-side code in HTML pages (PHP, ASP/JSP/EJS) is code, not text, and never refuses the page.

Class: a page saved from a PHP theme ends inside its code (`<?php get_footer();` with no
`?>`, which PHP allows and PSR-12 recommends); html.parser left it as an unterminated tag and
the whole policy was refused. A `>` inside PHP code (`$a > 1`) ended the tag early and leaked
the rest of the code into the text.
"""

from __future__ import annotations

import pytest

from policylens.load.html import read_html


def _texts(html: str) -> list[str]:
    return [b.text for b in read_html(html, path="t.html").blocks]


@pytest.mark.parametrize(
    "tail",
    ["<?php get_footer();\n", "<?php get_footer();", "<?PHP\n  wp_footer();\n", "<?= $footer\n"],
)
def test_unclosed_php_at_the_end_is_code(tail: str) -> None:
    parsed = read_html(f"<h2>一、收集</h2>\n<p>我們收集您的資料。</p>\n{tail}", path="t.html")
    assert [b.text for b in parsed.blocks] == ["一、收集", "我們收集您的資料。"]
    assert parsed.warnings == []  # nothing but code follows: nothing to say


def test_php_with_a_greater_than_sign_leaks_nothing() -> None:
    html = '<p>第一段。</p>\n<?php if ($a > 1) { echo "x"; } ?>\n<p>第二段。</p>\n'
    assert _texts(html) == ["第一段。", "第二段。"]


def test_php_keeps_the_lines_of_what_follows() -> None:
    html = "<?php\n$a = 1;\n$b = 2;\n?>\n<p>第四行之後。</p>\n"
    (block,) = read_html(html, path="t.html").blocks
    assert block.line == 5


def test_text_after_unclosed_php_is_announced() -> None:
    parsed = read_html("<p>第一段。</p>\n<?php get_footer();\n<p>後面的政策文字。</p>\n", path="t.html")
    assert [b.text for b in parsed.blocks] == ["第一段。"]
    assert parsed.warnings == ["line 2: PHP code is never closed with ?>: the text after it is not read"]


def test_asp_and_php_mixed() -> None:
    html = "<p>甲。</p><% if x > 1 %><p>乙。</p><?php echo '<%'; ?><p>丙。</p>"
    assert _texts(html) == ["甲。", "乙。", "丙。"]


def test_xml_declaration_is_not_php() -> None:
    assert _texts('<?xml version="1.0"?>\n<p>我們收集資料。</p>') == ["我們收集資料。"]
