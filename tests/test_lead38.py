"""The lead's integration fixes of the thirty-eighth session, each a class both ways.

- A PHP page whose text is the arguments of a statement call that shows them (a site's own `ec('English','中文')`,
  WordPress's `_e('隐私政策', 'theme')`) was read as empty (eval/precision38's three Hong Kong pages, probed as served by
  u38q): their Chinese wording, and an English edition beside it, is the page's text at its source positions
  (`load.server_code._shown_by_call`); files, constants, settings, keys and text domains stay code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import cli, parse_string
from policylens.load.server_code import CODE, blank_server_code

PAGE = """<div class="page">
\t<h3><?php ec('Terms of Use','使用條款'); ?></h3>
\t\t<p><?php ec('We collect your name.','我們會收集您的姓名及電郵，用於處理訂單。'); ?></p>
\t<h3><?php ec('Cookies','小型文字檔案'); ?></h3>
\t\t<p><?php ec('We use cookies.','本網站使用信息技術記錄瀏覽資料。'); ?></p>
</div>
"""


def test_a_statement_calls_wording_is_the_pages_text() -> None:
    doc = parse_string(PAGE, ".php")
    assert doc.metadata.title is not None and "使用條款" in doc.metadata.title and "Terms of Use" in doc.metadata.title
    assert [s.title for s in doc.sections if s.title] == ["小型文字檔案"]  # "Cookies", one word, is no prose
    text = " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "我們會收集您的姓名及電郵" in text and "We collect your name." in text


def test_a_finding_in_a_calls_argument_is_at_its_source_line_and_column(tmp_path: Path) -> None:
    page = tmp_path / "terms.php"
    page.write_text(PAGE, encoding="utf-8")
    result = cli("check", "--no-config", "--format", "json", "--fail-on", "never", "--select", "regional-vocabulary", str(page))
    found = [(f["line"], f["column"]) for d in json.loads(result.stdout)["files"] for f in d["findings"]]
    line = PAGE.splitlines()[4]
    assert found == [(5, line.index("信息") + 1)]


@pytest.mark.parametrize(
    "code",
    [
        "<?php include('页脚.php'); ?>",
        "<?php require_once '页眉.php'; ?>",
        "<?php define('TITLE', '隐私政策'); ?>",
        "<?php $title = '隐私政策'; ?>",
        "<?php $lang->say('隐私政策'); ?>",
        "<?php if (is_zh()) { $t = '隐私政策'; } ?>",
        "<?php setcookie('语言', 'zh'); ?>",
        "<?php ec($title, $中文); ?>",
        "<?php iszh('p{font-size:15px;}'); ?>",
    ],
)
def test_code_that_does_not_show_its_literals_stays_code(code: str) -> None:
    assert blank_server_code(code).strip(CODE + " ") == ""


def test_a_text_domain_beside_the_wording_stays_code() -> None:
    shown = blank_server_code("<p><?php _e('隐私政策', 'my-theme'); esc_html_e('我们收集您的信息', 'mytheme'); ?></p>")
    assert shown.replace(CODE, "") == "<p>隐私政策我们收集您的信息</p>"


def test_an_echo_is_read_as_before() -> None:
    assert blank_server_code("<p><?php echo '隐私政策'; ?></p>").replace(CODE, "") == "<p>隐私政策</p>"
    assert blank_server_code("<p><?= ec('Privacy', '私隱'); ?></p>").replace(CODE, "") == "<p></p>"
