"""Text the HTML reader did not hand over as the paragraphs a reader sees (twenty-second session, s22c).

One test (or one parametrised group) per defect class, each with invented markup:

- a saved PHP page whose text is echoed through a function that only escapes it or turns its line ends into
  `<br />` (`<?php echo nl2br("…", false); ?>`): the literal is an argument, and arguments were read as code, so the
  page lost its whole body (eval/blind/profiles16/docs/gogeili-tw/privacymanifesto.html kept only its titles);
- the line ends of such an `nl2br` literal are line breaks as a browser shows them: an empty line between two
  paragraphs is a paragraph break, a line that opens with a typed bullet is a list entry;
- in plain HTML, a blank line made of two `<br>` inside one `<p>` or `<div>` (eval/dev13/kuaiqi-assets-html/policy.html:
  「1)日志信息。…<br><br>2) 设备信息 …」) is a paragraph break, and a `<br>` line opening with a typed bullet a list entry;
- a short numbered entry between its siblings written as sentences (「3) 终端信息 例如…。」 / 「4) IP地址」 / 「5) …。」),
  or a list's last entry after an entry numbered one less, was read as a section title (structure.headings);
- and the shapes found already read right, kept as regressions: a page whose whole body is one physical line (a
  Typora export, eval/dev21c/editions/ishgo/zh-CN.2014-02-18.html), a sentence cut into `<span>`s mid-word.

Every block keeps the line and column of its first character in the original file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load.document import read_document
from policylens.load.html import read_html
from policylens.model import Block


def _blocks(html: str) -> list[Block]:
    return read_html(html, path="t.php").blocks


def _at(html: str, block: Block) -> str:
    """The text of the original file at the block's line and column (as long as the block's first word)."""
    line = html.split("\n")[block.line - 1]
    return line[block.column - 1 : block.column - 1 + 4]


@pytest.mark.parametrize(
    "call",
    [
        'nl2br("本公司蒐集您的電子郵件地址。", false)',
        "htmlspecialchars('本公司蒐集您的電子郵件地址。', ENT_QUOTES, 'UTF-8')",
        'trim(nl2br(htmlentities("本公司蒐集您的電子郵件地址。")))',
        '"本公司蒐集" . nl2br("您的電子郵件地址。")',
    ],
)
def test_a_literal_echoed_through_a_text_function_is_text(call: str) -> None:
    """Class: `echo nl2br("…")` and its kin: the function hands its first argument back as text."""
    html = f'<h2>一、蒐集</h2>\n<div class="body">\n<?php echo {call}; ?>\n</div>\n'
    blocks = _blocks(html)
    assert [b.text for b in blocks] == ["一、蒐集", "本公司蒐集您的電子郵件地址。"]
    assert (blocks[1].line, _at(html, blocks[1])) == (3, "本公司蒐")


@pytest.mark.parametrize(
    "call",
    ['sprintf("代號%s", $id)', 'nl2br($body, "不是正文")', 't("privacy.title")', 'str_repeat("－", 20)', 'date("Y年")'],
)
def test_other_arguments_stay_code(call: str) -> None:
    """Class (look-alike): a format, a key, a flag or a second argument is no text the page shows."""
    assert [b.text for b in _blocks(f"<p>第一段。</p>\n<p><?php echo {call}; ?></p>\n")] == ["第一段。"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_the_line_ends_nl2br_makes_breaks_are_paragraphs_and_entries_as_shown(newline: str) -> None:
    """Class: `nl2br` text with an empty line between paragraphs and bullet lines (gogeili-tw shape), any line end."""
    html = (
        '<div>\n<?php echo nl2br("本網站蒐集您的姓名，以便\n提供服務。\n\n我們基於下列目的利用資料：\n'
        '• 確認您的身分；\n• 通知訂單狀態。", false); ?>\n</div>\n'
    )
    blocks = _blocks(html.replace("\n", newline))
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "本網站蒐集您的姓名，以便提供服務。"),
        ("paragraph", "我們基於下列目的利用資料："),
        ("item", "• 確認您的身分；"),
        ("item", "• 通知訂單狀態。"),
    ]
    assert [(b.line, b.column) for b in blocks] == [(2, 19), (5, 1), (6, 1), (7, 1)]
    assert [_at(html, b) for b in blocks] == ["本網站蒐", "我們基於", "• 確認", "• 通知"]


def test_a_plain_php_literal_keeps_its_line_ends_as_spaces() -> None:
    """Class (look-alike): without nl2br a line end in an echoed literal is a space in the browser, as before."""
    html = '<p><?php echo "本網站蒐集您的姓名。\n\n我們不會出售資料。"; ?></p>\n'
    assert [b.text for b in _blocks(html)] == ["本網站蒐集您的姓名。我們不會出售資料。"]


def test_a_blank_line_of_two_breaks_ends_a_paragraph() -> None:
    """Class: 「…。<br><br>…」 inside one element is two paragraphs as a reader sees them; a single <br> is not cut."""
    html = (
        '<div class="brief">登录信息。我们记录登录时间。\n  <br><br>终端信息 例如终端型号。<br>\n'
        "网络信息<br/>&nbsp;<br/>以上信息仅用于安全。</div>\n"
    )
    blocks = _blocks(html)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "登录信息。我们记录登录时间。"),
        ("paragraph", "终端信息 例如终端型号。网络信息"),
        ("paragraph", "以上信息仅用于安全。"),
    ]
    assert [(b.line, _at(html, b)) for b in blocks] == [(1, "登录信息"), (2, "终端信息"), (3, "以上信息")]


def test_numbered_break_lines_in_sequence_are_list_entries() -> None:
    """Class: 「：<br>1.\t…；<br>2.\t…；」 (eval/precision21/meg-privacy-hk/tc/terms.html): each numbered line is an entry.

    Two lines numbered in a row make a list; a lone numbered line after a break (「…如下<br>3. 的規定」) is not cut.
    """
    html = "<p>我們可向下列各方披露：<br />\n  1.\t代理商；<br />\n  2.\t銀行。<br />依第<br />3. 條辦理。</p>"
    blocks = _blocks(html)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "我們可向下列各方披露："),
        ("item", "1.\t代理商；"),
        ("item", "2.\t銀行。依第3. 條辦理。"),
    ]
    assert [(b.line, _at(html, b)) for b in blocks] == [(1, "我們可向"), (2, "1.\t代"), (3, "2.\t銀")]
    (first,) = _blocks("<div>1) 日志信息。<br>2) 设备信息。</div>")[:1]
    assert first.kind == "item"


def test_a_break_before_a_typed_bullet_opens_a_list_entry() -> None:
    """Class: 「：<br>• …<br>• …」: each bulleted line is an entry; a break mid-sentence stays inside its paragraph."""
    html = "<p>您可以：<br>• 查詢您的資料；<br>• 請求刪除。我們會在<br>三十日內回覆。</p>"
    blocks = _blocks(html)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "您可以："),
        ("item", "• 查詢您的資料；"),
        ("item", "• 請求刪除。我們會在三十日內回覆。"),
    ]
    assert [b.column for b in blocks] == [4, 12, 25]
    assert [_at(html, b) for b in blocks] == ["您可以：", "• 查詢", "• 請求"]


def test_a_body_on_one_physical_line_keeps_its_columns() -> None:
    """Class (regression): an export whose whole body is one line: headings found, columns on that line."""
    html = (
        "<html><head><title>隱私政策</title></head><body><div id='write'><h1>隱私政策</h1><p>本政策說明我們如何處理資料。</p>"
        "<h2>一、蒐集的資料</h2><ul><li><p>電子郵件地址。</p></li></ul><h2>二、聯絡我們</h2><p>請來信 a@example.com。</p></div></body></html>"
    )
    blocks = _blocks(html)
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "隱私政策"),
        ("paragraph", "本政策說明我們如何處理資料。"),
        ("heading", "一、蒐集的資料"),
        ("item", "電子郵件地址。"),
        ("heading", "二、聯絡我們"),
        ("paragraph", "請來信 a@example.com。"),
    ]
    assert all(b.line == 1 for b in blocks)
    assert [_at(html, b) for b in blocks] == ["隱私政策", "本政策說", "一、蒐集", "電子郵件", "二、聯絡", "請來信 "]


def test_a_sentence_cut_into_spans_mid_word_is_one_sentence() -> None:
    """Class (regression): a word processor's `<span>` runs cut words apart; the reader sees one sentence."""
    html = (
        '<p class="p6"><span class="s1">本政策由示例网</span><span class="s6">络科技有限公</span>'
        '<span class="s1">司制定</span><span class="s4">（“</span><span class="s1">我们</span>'
        '<span class="s4">”）。</span></p>'
    )
    (block,) = _blocks(html)
    assert block.text == "本政策由示例网络科技有限公司制定（“我们”）。"
    assert _at(html, block) == "本政策由"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "a.html",
            "<h2>二、收集</h2><div>1) 登录信息。我们记录登录时间。<br><br>2) 终端信息 例如终端型号。<br><br>3) IP地址"
            "<br><br>4) 操作日志 例如您查看的页面。</div><h2>三、使用</h2><p>我们使用信息。</p>",
        ),
        (
            "a.txt",
            "二、收集\n\n1) 登录信息。我们记录登录时间。\n\n2) 终端信息 例如终端型号。\n\n3) IP地址\n\n4) 操作日志 例如您查看的页面。\n\n三、使用\n\n我们使用信息。\n",
        ),
        (
            "b.md",
            "## 二、收集\n\n我们收集：\n\n1. 登录信息，用于登录；\n2. 终端信息，用于安全；\n3. 网络状态\n\n## 三、使用\n\n我们使用信息。\n",
        ),
    ],
)
def test_a_short_entry_among_its_sentence_siblings_is_no_section(tmp_path: Path, name: str, text: str) -> None:
    """Class: 「3) IP地址」 between 「2) …。」 and 「4) …。」, or 「3. 网络状态」 after 「2. …；」: list entries, not titles."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    titles = [s.title for s in read_document(str(path)).sections if s.title is not None]
    assert titles == ["二、收集", "三、使用"]


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("eval/holdout2/iosprivacy-gbk-txt/隐私政策.txt", "5.Cookie的使用"),  # over 「a)…」
        ("eval/precision20/huanyo-agreement-docx/用户协议.docx", "12.2. 对用户服务的中断与终止"),  # over 「12.2.1. …」
        ("corpora/qiushui-game-privacy/zh-Hans.2022-08-01.md", "9、服务优化："),  # over 「（1）…」
        ("corpora/qunachongdian-privacy/zh-Hans.2024-12-12.md", "2. APP第三方SDK共享信息清单"),  # over a table
    ],
)
def test_a_last_entry_over_content_of_its_own_stays_a_title(path: str, title: str) -> None:
    """Class (look-alike, real files): a list's last entry with a list that starts in another style, or a table,
    right below it is a title, as before."""
    root = Path(__file__).resolve().parent.parent
    assert title in [s.title for s in read_document(str(root / path)).sections]
