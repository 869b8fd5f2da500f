"""Loading: encodings, line endings, special spaces, formats, stdin and bad input."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from conftest import SEED
from helpers import headings, parse_path
from policylens.errors import UserError
from policylens.load import load, sniff_format

SAMPLE = "隱私權政策\n\n本政策於2021年3月30日更新。\n\n關於我們\n\n我們重視您的隱私，並保護您的個人資料。\n"
SAMPLE_HANS = "隐私政策\n\n本政策于2021年3月30日更新。\n\n关于我们\n\n我们重视您的隐私，并保护您的个人信息。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("big5"), "big5"),
        (SAMPLE_HANS.encode("gb18030"), "gb18030"),
    ],
)
def test_encodings(write, data: bytes, encoding: str) -> None:
    doc = parse_path(write("p.txt", data))
    assert doc.source.encoding == encoding
    assert doc.metadata.updated == "2021-03-30"
    assert [t for _, _, t in headings(doc)] in (["關於我們"], ["关于我们"])
    assert headings(doc)[0][0] == 5


def test_seed_in_big5_matches_utf8(write) -> None:
    text = SEED.read_text(encoding="utf-8")
    big5 = parse_path(write("seed.txt", text.encode("big5", errors="strict")))
    utf8 = parse_path(SEED)
    assert big5.source.encoding == "big5"
    assert [(s.line, s.title) for s in big5.sections] == [(s.line, s.title) for s in utf8.sections]


def test_forced_encoding(write) -> None:
    path = write("p.txt", SAMPLE.encode("big5"))
    assert load(str(path), encoding="big5").source.encoding == "big5"
    with pytest.raises(UserError, match="cannot decode as utf-8"):
        load(str(path), encoding="utf-8")
    with pytest.raises(UserError, match="unknown encoding"):
        load(str(path), encoding="no-such-codec")


@pytest.mark.parametrize(("newline", "style"), [("\r\n", "crlf"), ("\r", "cr"), ("\n", "lf")])
def test_line_endings_keep_line_numbers(write, newline: str, style: str) -> None:
    doc = parse_path(write("p.txt", SAMPLE.replace("\n", newline).encode()))
    assert doc.source.newline == style
    assert headings(doc) == [(5, 1, "關於我們")]
    assert [p.line for p in doc.paragraphs()] == [3, 7]
    assert all("\r" not in p.text for p in doc.paragraphs())


def test_ideographic_and_nbsp_spaces(write) -> None:
    text = "隱私權政策\n\n\u3000\u3000本政策說明資料處理。\n\n\u00a0關於我們\u3000\n\n\u3000我們重視您的隱私。\n"
    doc = parse_path(write("p.txt", text))
    assert headings(doc) == [(5, 1, "關於我們")]
    para = doc.paragraphs()[0]
    assert para.text == "本政策說明資料處理。"
    assert para.column == 3  # after two U+3000, counted as characters


def test_fullwidth_numbering_and_columns(write) -> None:
    text = "隱私權政策\n\n本政策說明資料處理。\n\n１．資料收集\n\n我們收集ＩＰ位址。\n"
    doc = parse_path(write("p.txt", text))
    assert headings(doc) == [(5, 1, "１．資料收集")]
    para = doc.paragraphs()[-1]
    assert para.position(para.text.index("ＩＰ")) == (7, 5)


def test_stdin(monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.encode("big5"))))
    loaded = load("-")
    assert loaded.source.path == "<stdin>" and loaded.source.encoding == "big5"


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.md", b"", "markdown"),
        ("a.mdx", b"", "markdown"),
        ("a.htm", b"", "html"),
        ("a.jsp", b"", "html"),
        ("a.docx", b"", "docx"),
        ("a.txt", b"# x", "text"),
        ("noext", b"PK\x03\x04", "docx"),
        ("noext", b"<!DOCTYPE html><p>x", "html"),
        ("noext", "# 標題\n\n## 小節\n".encode(), "markdown"),
        ("noext", "純文字".encode(), "text"),
    ],
)
def test_format_sniffing(name: str, head: bytes, expected: str) -> None:
    assert sniff_format(name, head) == expected


def test_empty_file_is_valid_with_warning(write) -> None:
    for content in (b"", "  \n\u3000\n\r\n".encode()):
        doc = parse_path(write("empty.txt", content))
        assert doc.sections == ()
        assert any("empty" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        ("bad.txt", b"policy \x80\x80\x80 text", "undecodable"),
        ("notzip.docx", b"this is not a zip", "not a zip archive"),
        ("empty-zip.docx", None, "no word/document.xml"),
        ("broken.docx", "broken-xml", "not valid XML"),
        ("bad.html", b"<p>ok</p><!-- unterminated comment with text", "unterminated"),
    ],
)
def test_bad_inputs(write, name: str, content: bytes | str | None, message: str) -> None:
    if content is None or content == "broken-xml":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            if content == "broken-xml":
                zf.writestr("word/document.xml", "<w:document><w:body><w:p>")
            else:
                zf.writestr("[Content_Types].xml", "<Types/>")
        content = buffer.getvalue()
    path = write(name, content)
    with pytest.raises(UserError) as info:
        load(str(path))
    assert info.value.path == str(path)
    assert message in info.value.message


def test_undecodable_bytes_message(write) -> None:
    path = write("bad.txt", bytes([0x80, 0xFF, 0x80, 0xFF, 0x41]))
    with pytest.raises(UserError, match=r"undecodable|binary"):
        load(str(path))


def test_missing_directory_and_size_limit(tmp_path: Path, write) -> None:
    with pytest.raises(UserError, match="no such file"):
        load(str(tmp_path / "missing.txt"))
    with pytest.raises(UserError, match="is a directory"):
        load(str(tmp_path))
    path = write("big.txt", "隱私" * 1000)
    with pytest.raises(UserError, match="over the"):
        load(str(path), max_bytes=1000)


def test_permission_denied(monkeypatch, write) -> None:
    path = write("p.txt", SAMPLE)

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(UserError, match="permission denied"):
        load(str(path))


def test_input_file_is_never_modified(write) -> None:
    path = write("p.txt", b"\xef\xbb\xbf" + SAMPLE.replace("\n", "\r\n").encode())
    before = path.read_bytes()
    parse_path(path)
    assert path.read_bytes() == before


def test_html_positions_and_entities(write) -> None:
    html = "<html><body><h1>隱私權政策</h1>\n<h2>關於我們</h2>\n<p>我們&amp;您\n  第二行內容。</p>\n<ul><li>項目一</li><li>項目二</li></ul>\n</body></html>\n"
    doc = parse_path(write("p.html", html))
    assert headings(doc) == [(2, 1, "關於我們")]
    first, *items = doc.paragraphs()
    assert first.text == "我們&您第二行內容。" and (first.line, first.end_line) == (3, 4)
    assert [(p.kind, p.text, p.line) for p in items] == [("item", "項目一", 5), ("item", "項目二", 5)]


def test_jsp_directives_are_blanked(write) -> None:
    html = '<%@ page contentType="text/html;charset=UTF-8" %>\n<html><body><p>本政策。</p></body></html>'
    doc = parse_path(write("p.jsp", html))
    assert [p.text for p in doc.paragraphs()] == ["本政策。"]


def test_markdown_comments_autolinks_and_tables_keep_text(write) -> None:
    md = (
        "# 政策\n\n<!-- 注释 --> 本政策适用于所有用户。\n\n第九段<!-- TODO 待定 -->结束。\n\n<privacy@example.com>\n\n"
        "| 项目 | 说明 |\n|---|---|\n| - | - |\n"
    )
    doc = parse_path(write("p.md", md))
    texts = [p.text for p in doc.paragraphs()]
    assert "本政策适用于所有用户。" in texts
    assert "第九段结束。" in texts
    assert "<privacy@example.com>" in texts and doc.metadata.emails == ("privacy@example.com",)
    assert "| - | - |" in texts
    para = next(p for p in doc.paragraphs() if p.text == "本政策适用于所有用户。")
    assert (para.line, para.column) == (3, 13)


def test_markdown_unclosed_comment_is_kept_with_a_warning(write) -> None:
    doc = parse_path(write("p.md", "# 政策\n\n<!-- 未关闭的注释\n\n## 关于我们\n\n我们重视隐私。\n"))
    assert "我们重视隐私。" in [p.text for p in doc.paragraphs()]
    assert any("unclosed" in w for w in doc.warnings)


def test_html_entities_keep_columns(write) -> None:
    html = "<html><body><h1>政策</h1><div>x&#x4E2D;&eacute;【】</div>\n<p>您好&nbsp;&amp;&lt;我们&gt;</p></body></html>"
    doc = parse_path(write("p.html", html))
    para = next(p for p in doc.paragraphs() if "【】" in p.text)
    assert para.text == "x中é【】"
    assert para.position(para.text.index("【】")) == (1, 46)
    second = next(p for p in doc.paragraphs() if "我们" in p.text)
    assert second.position(second.text.index("我们")) == (2, 21)


def test_html_with_cr_line_endings(write) -> None:
    doc = parse_path(write("p.html", "<h1>政策</h1>\r<p>第一段。</p>\r<p>第二段。</p>\r".encode()))
    assert [p.line for p in doc.paragraphs()] == [2, 3]


def test_list_item_quick_reject_never_hides_a_bullet() -> None:
    """is_list_item looks at the first character before the regex: no character that can start a bullet is missed."""
    from policylens.load.lines import BULLET, is_list_item
    from policylens.normalise import fold

    for cp in range(0x20, 0x10000):
        for text in (chr(cp) + " x", chr(cp) + ". x", chr(cp) + ") x", chr(cp) + "）x"):
            assert is_list_item(text) == bool(BULLET.match(fold(text))), repr(text)


@pytest.mark.parametrize("blank", ["\u3000", "\u00a0", " \u3000\u3000"])
def test_markdown_paragraph_opened_by_a_line_of_unicode_spaces_keeps_its_text(blank: str) -> None:
    """Class: markdown-it trims a paragraph with JavaScript's trim(), dropping a first line that
    holds only U+3000 or NBSP; the text after it must still be found on its own line (found by the
    no-text-lost property: '、\\n\\n\\t、\\n \\u3000\\n一\\n' lost 一)."""
    from policylens.load.markdown import read_markdown

    blocks = [b for b in read_markdown(f"、\n\n\t、\n{blank}\n一\n正文第二行\n").blocks if b.kind == "paragraph"]
    assert "".join(b.text for b in blocks) == "、一正文第二行"
    assert [(b.line, b.column) for b in blocks if b.text.startswith("一")] == [(5, 1)]


@pytest.mark.parametrize("block", ["---\n一\n...\n", "---\n一\n---\n", "---\n- 一\n- 二\n---\n正文。\n", "+++\n一\n+++\n"])
def test_leading_rules_around_text_without_keys_are_not_front_matter(write, block: str) -> None:
    """Class: a block between `---` (or `+++`) lines with no `key: value` in it is text, not
    front matter to drop (the no-text-lost property found `---` / 一 / `...` losing 一)."""
    doc = parse_path(write("p.md", block))
    text = "".join((s.title or "") + "".join(p.text for p in s.paragraphs) for s in doc.sections) + (doc.metadata.title or "")
    assert "一" in text


def test_front_matter_with_keys_is_still_read_and_dropped(write) -> None:
    doc = parse_path(write("p.md", "---\ntitle: 隐私政策\nupdated: 2024-05-06\n---\n\n## 一、总则\n\n本政策适用于本服务。\n"))
    assert doc.metadata.title == "隐私政策" and doc.metadata.updated == "2024-05-06"
    assert all("title:" not in p.text for p in doc.paragraphs())
