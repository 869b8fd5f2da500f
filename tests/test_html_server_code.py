"""A PHP page that ends inside its code is read, not refused; server code elsewhere is as before.

Class: a page saved from a PHP theme ends with `<?php get_footer();` and no `?>`, which PHP
allows (PSR-12 recommends it); html.parser left it as an unterminated tag and the whole
policy was refused. Only that end-of-file case changes: `<?php` inside `<textarea>`,
`<script>`, a comment or an attribute is read as before (blanking it to the end of the file
dropped the rest of the page).
"""

from __future__ import annotations

import pytest

from policylens.load.html import read_html


def _texts(html: str) -> list[str]:
    return [b.text for b in read_html(html, path="t.html").blocks]


@pytest.mark.parametrize("tail", ["<?php get_footer();\n", "<?php get_footer();", "<?PHP\n  wp_footer();\n", "<?= $footer\n"])
def test_unclosed_php_at_the_end_is_code(tail: str) -> None:
    parsed = read_html(f"<h2>一、收集</h2>\n<p>我們收集您的資料。</p>\n{tail}", path="t.html")
    assert [b.text for b in parsed.blocks] == ["一、收集", "我們收集您的資料。"]
    assert parsed.warnings == []  # nothing but code follows: nothing to say


def test_chinese_text_inside_unclosed_php_at_the_end_is_announced() -> None:
    parsed = read_html("<p>第一段。</p>\n<?php echo '後面的政策文字';\n", path="t.html")
    assert [b.text for b in parsed.blocks] == ["第一段。"]
    assert parsed.warnings == ["line 2: PHP code is never closed with ?>: the text after it is not read"]


@pytest.mark.parametrize(
    "html",
    [
        "<p>我们收集信息。</p><textarea readonly><?php echo $x;</textarea><h2>English version</h2><p>We collect your phone number.</p>",
        '<script>var tpl = "<?=" + name;</script><h2>English version</h2><p>We collect your phone number.</p>',
        '<p title="<?php echo 1">我们收集信息。</p><h2>English version</h2><p>We collect your phone number.</p>',
        '<!-- <?php include "x"; --><h2>English version</h2><p>We collect your phone number.</p>',
    ],
)
def test_php_openers_inside_other_markup_swallow_nothing(html: str) -> None:
    assert "We collect your phone number." in _texts(html)


def test_unterminated_tags_that_are_not_php_are_still_refused() -> None:
    from policylens.errors import UserError

    with pytest.raises(UserError, match="unterminated tag"):
        read_html("<p>我們收集資料。</p>\n<div class='x' 我們不會讀到這裡", path="t.html")


def test_xml_declaration_is_not_php() -> None:
    assert _texts('<?xml version="1.0"?>\n<p>我們收集資料。</p>') == ["我們收集資料。"]
