"""Hostile input, round 20 (q20h): defect classes the earlier rounds missed.

- A stdout whose encoding has no Chinese characters (`PYTHONIOENCODING=ascii`, a Latin-1 locale) stopped every
  command at its first Chinese character with two lines, 「internal error: UnicodeEncodeError …」, after part of the
  report; the report is written as UTF-8, as `-o FILE` writes it (`commands._utf8_unless_it_writes_chinese`).
- A bad byte after a byte-order mark was reported at an offset counted from after the mark (「offset 12」 for a lone
  surrogate at byte 14 of a UTF-16 file); the offset is the file's now, with the bad bytes and their line
  (`load.encoding._strict`).
- DOCX: runs in both branches of one `mc:AlternateContent` inside a paragraph were read twice (「是是」); one branch
  is read, as for text boxes (`load.docx.runs._read_branch`).  A table row deleted with tracked changes (`w:trPr/w:del`)
  was read as text, though every other tracked deletion is not.
- A DOCX whose zip names its parts with backslashes (`word\\document.xml`, some Windows zip libraries) was refused,
  「no word/document.xml」 (`load.docx.parts._forward_slashes`).
- A Markdown line 「[公司名稱]: 某某科技有限公司」 or 「[聯絡信箱]: privacy@example.com」 is a link reference definition to
  CommonMark: not shown by a viewer, not read by policylens, and it was gone without a word.  A definition whose
  target is no address is a warning naming its line (`load.markdown._hidden_definitions`).
- An HTML start tag of a million attributes (`<p a a a …>`, 2 MB) took 530 MB: html.parser's pattern for a tag's end
  keeps a backtracking frame per attribute.  A tag of more than 1,000 is cut there, with a warning
  (`load.html.reader._TagReader.parse_starttag`): 30 MB.
- `check --write-baseline B -o R` wrote the baseline and never the report, without a word (exit 0, no `R`).
- `-o reports/` (or `--write-baseline reports/`) for a folder not yet made wrote a file named `reports` (`Path` drops
  the slash).
- A page in UTF-16 (or with a BOM and then a blank line) piped in or saved without an extension was sniffed on its
  bytes and read as plain text, tags and all; it is sniffed on its decoded text (`load.sniff_format`).
- With stderr closed (`2>&-`) every run ended with exit 1: Python sets `sys.stderr` to None, the first warning or
  error raised again.  A missing file was not 2 and a run with a warning only not 0; stderr is /dev/null now.
- `-o` of a name of 242-255 bytes, which the folder accepts, was 「File name too long」: the temporary file beside it
  added 14 bytes to the name (`output.open_output`).
- `parse -f markdown` wrote the text of a text, HTML or DOCX policy unescaped: a Markdown viewer showed two masked
  numbers 「138****8888 或 139****9999」 as bold 「1388888 或 1399999」, hid a slot 「<YOUR EMAIL>」 as an HTML tag and
  made 「1. 」 lines a list.  Such text is escaped now; a Markdown source's text stays as written
  (`render.markdown._literal`).
- `diff` counted an invisible character as a change: a soft hyphen (`&shy;` of a web page) or a word joiner added
  to a paragraph made it modified (exit 1), where a zero-width space was already ignored.  The formatting key drops
  the characters `check` already sees through (`patterns.INVISIBLE`); `--strict` still shows them.
- rich takes COLUMNS as its width even into a file or a pipe, and pads rules and tables to it:
  `COLUMNS=99999999 diff a b -f rich` wrote 300 MB in 306 s.  Every rich console is at most 1,000 cells wide
  (`render.console`).
"""

from __future__ import annotations

import io
import shlex
import subprocess
import sys
import zipfile
from pathlib import Path

from helpers import cli, cli_process
from policylens.load import load

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
_TITLE = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>隱私權政策</w:t></w:r></w:p>'


def _docx(path: Path, body: str) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {_W} {_MC}><w:body>{_TITLE}{body}</w:body></w:document>')
    path.write_bytes(buffer.getvalue())
    return path


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _texts(path: Path) -> list[str]:
    return [block.text for block in load(str(path)).parsed.blocks]


def test_a_stdout_without_chinese_gets_the_report_in_utf8(tmp_path: Path) -> None:
    """Class: stdout in an encoding without Chinese (`PYTHONIOENCODING=ascii`): an internal error on two lines."""
    policy = tmp_path / "p.md"
    policy.write_text("# 隱私權政策\n\n我們收集【公司名稱】的資料。\n", encoding="utf-8")
    done = cli_process("check", str(policy), env={"PYTHONIOENCODING": "ascii"}, text=False)
    assert done.returncode == 1, done.stderr
    assert done.stderr == b""
    assert "【公司名稱】" in done.stdout.decode("utf-8")


def test_a_bad_byte_after_a_bom_is_named_at_its_offset_in_the_file(tmp_path: Path) -> None:
    """Class: the offset of a bad byte after a byte-order mark counted from after the mark (2-4 bytes short)."""
    path = tmp_path / "p.txt"
    path.write_bytes(b"\xff\xfe" + "隱私權政策\n".encode("utf-16-le") + b"\x00\xd8" + "收集。\n".encode("utf-16-le"))
    done = cli("parse", str(path))
    assert done.returncode == 2
    assert done.stderr.endswith("invalid utf-16-le after its byte-order mark: bad bytes 00 d8 at offset 14 (line 2)\n"), done.stderr
    utf8 = tmp_path / "q.txt"
    utf8.write_bytes(b"\xef\xbb\xbfab\xff\n")
    assert "bad byte ff at offset 5 (line 1)" in cli("parse", str(utf8)).stderr


def test_docx_runs_in_both_branches_of_an_alternate_content_are_read_once(tmp_path: Path) -> None:
    """Class: `mc:AlternateContent` inside a paragraph, its runs in `mc:Choice` and `mc:Fallback`, read twice."""
    alternate = f'<mc:AlternateContent><mc:Choice Requires="w14">{_run("☒")}</mc:Choice><mc:Fallback>{_run("☒")}</mc:Fallback></mc:AlternateContent>'
    path = _docx(tmp_path / "a.docx", f"<w:p>{_run('我們收集')}{alternate}{_run('您的姓名。')}</w:p>")
    assert _texts(path)[1:] == ["我們收集☒您的姓名。"]


def test_docx_a_table_row_deleted_with_tracked_changes_is_not_read(tmp_path: Path) -> None:
    """Class: a tracked row deletion (`w:trPr/w:del`) read as text; deleted runs and paragraphs were already left out."""
    deleted = f'<w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr><w:tc><w:p>{_run("舊的第三方【公司名稱】")}</w:p></w:tc></w:tr>'
    kept = f"<w:tr><w:tc><w:p>{_run('物流公司')}</w:p></w:tc></w:tr>"
    path = _docx(tmp_path / "t.docx", f"<w:tbl>{deleted}{kept}</w:tbl>")
    assert _texts(path)[1:] == ["物流公司"]


def test_write_baseline_with_an_output_file_is_refused(tmp_path: Path) -> None:
    """Class: conflicting options where one is silently ignored: `--write-baseline B -o R` never wrote R (exit 0)."""
    policy = tmp_path / "p.md"
    policy.write_text("# 隱私權政策\n\n我們收集資料。\n", encoding="utf-8")
    done = cli("check", str(policy), "--write-baseline", str(tmp_path / "b.json"), "-o", str(tmp_path / "r.txt"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--write-baseline" in done.stderr
    assert not (tmp_path / "b.json").exists()


def test_an_output_ending_in_a_slash_is_not_written_as_a_file(tmp_path: Path) -> None:
    """Class: `-o reports/`, `--write-baseline reports/` (a folder not made yet) wrote a file named `reports`."""
    policy = tmp_path / "p.md"
    policy.write_text("# 隱私權政策\n\n我們收集資料。\n", encoding="utf-8")
    folder = str(tmp_path / "reports") + "/"
    for args in (
        ("check", str(policy), "-o", folder),
        ("diff", str(policy), str(policy), "-o", folder),
        ("check", str(policy), "--write-baseline", folder),
    ):
        done = cli(*args)
        assert done.returncode == 2 and "ends with '/'" in done.stderr, done.stderr
        assert not (tmp_path / "reports").exists()


def test_a_utf16_page_on_stdin_is_read_as_html() -> None:
    """Class: format sniffed on raw bytes: a UTF-16 page (or a BOM, a blank line, then `<!DOCTYPE`) was plain text."""
    page = "<!DOCTYPE html><html><body><h1>隱私權政策</h1><p>我們收集您的姓名。</p></body></html>"
    for data in (b"\xff\xfe" + page.encode("utf-16-le"), b"\xef\xbb\xbf\n  " + page.encode()):
        done = cli("parse", "-f", "json", "-", stdin=data)
        assert '"format":"html"' in done.stdout and "<h1>" not in done.stdout, done.stdout[:300]


def test_a_huge_columns_does_not_pad_rich_reports(tmp_path: Path) -> None:
    """Class: an absurd COLUMNS padded every rule and table of a rich report to that width (300 MB at 99,999,999)."""
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text("# 隱私權政策\n\n我們收集您的姓名。\n", encoding="utf-8")
    new.write_text("# 隱私權政策\n\n我們收集您的姓名與電話。\n", encoding="utf-8")
    done = cli("diff", str(old), str(new), "-f", "rich", env={"COLUMNS": "20000"})
    assert done.returncode == 1, done.stderr
    assert "電話" in done.stdout
    assert max(len(line) for line in done.stdout.splitlines()) <= 1000


def test_a_closed_stderr_keeps_the_exit_codes(tmp_path: Path) -> None:
    """Class: stderr closed (`2>&-`): the first message raised again and every run ended with exit 1."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    codes = []
    for args in ((str(empty),), (str(empty), str(tmp_path / "missing.md"))):  # a warning only; a missing file
        command = " ".join(shlex.quote(a) for a in (sys.executable, "-m", "policylens", "check", *args))
        done = subprocess.run(["sh", "-c", f"{command} >/dev/null 2>&-"], timeout=120)
        codes.append(done.returncode)
    assert codes == [0, 2]


def test_markdown_output_of_a_text_policy_shows_its_text_as_written(tmp_path: Path) -> None:
    """Class: `parse -f markdown` of a non-Markdown source left its text to be read as Markdown (emphasis, tags, links)."""
    from markdown_it import MarkdownIt

    policy = tmp_path / "p.txt"
    policy.write_text("隱私權政策\n\n電話 138****8888 或 139****9999，聯絡 <YOUR EMAIL> 或 [客服](網站)。\n", encoding="utf-8")
    shown = MarkdownIt("commonmark").render(cli("parse", "-f", "markdown", str(policy)).stdout)
    assert "<strong>" not in shown and "<em>" not in shown and "<a " not in shown, shown
    assert "電話 138****8888 或 139****9999，聯絡 &lt;YOUR EMAIL&gt; 或 [客服](網站)。" in shown
    source = tmp_path / "p.md"
    source.write_text("# 隱私權政策\n\n我們**收集**資料。\n", encoding="utf-8")
    assert "我們**收集**資料。" in cli("parse", "-f", "markdown", str(source)).stdout  # Markdown stays Markdown


def test_diff_ignores_an_invisible_character(tmp_path: Path) -> None:
    """Class: an inserted soft hyphen, word joiner or variation selector made `diff` report the paragraph modified."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    text = "隱私權政策\n\n一、收集\n\n我們收集您的姓名與電話。\n"
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("我們", "我們\u00ad").replace("姓名", "姓\u2060名"), encoding="utf-8")
    assert cli("diff", str(old), str(new)).returncode == 0
    assert cli("diff", str(old), str(new), "--strict").returncode == 1


def test_an_output_name_the_folder_accepts_is_written(tmp_path: Path) -> None:
    """Class: a legal report name near the 255-byte limit refused, as the temporary name beside it grew past it."""
    policy = tmp_path / "p.md"
    policy.write_text("# 隱私權政策\n\n我們收集資料。\n", encoding="utf-8")
    report = tmp_path / ("r" * 250 + ".txt")
    done = cli("check", str(policy), "-o", str(report))
    assert done.returncode == 0, done.stderr
    assert "1 file checked" in report.read_text(encoding="utf-8")


def test_a_docx_with_backslashes_in_its_member_names_is_read(tmp_path: Path) -> None:
    """Class: zip member names written with '\\' (`word\\document.xml`): the DOCX was refused as having no document part."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "word\\document.xml",
            f'<?xml version="1.0"?><w:document {_W}><w:body>{_TITLE}<w:p>{_run("我們收集資料。")}</w:p></w:body></w:document>',
        )
    path = tmp_path / "p.docx"
    path.write_bytes(buffer.getvalue())
    assert _texts(path) == ["隱私權政策", "我們收集資料。"]


def test_a_markdown_link_definition_that_is_content_is_warned_of(tmp_path: Path) -> None:
    """Class: text dropped without a word: Markdown link reference definitions whose target is a name, a mailbox or a phone."""
    path = tmp_path / "p.md"
    path.write_text(
        "# 隱私權政策\n\n[公司名稱]: 某某科技有限公司\n[聯絡信箱]: privacy@example.com\n\n我們收集資料。\n\n[官網]: https://example.com\n",
        encoding="utf-8",
    )
    warnings = load(str(path)).parsed.warnings
    assert [w.split(":", 1)[0] for w in warnings] == ["line 3", "line 4"], warnings
    assert "某某科技有限公司" in warnings[0] and "does not show" in warnings[0]


def test_a_tag_of_very_many_attributes_is_cut_with_a_warning(tmp_path: Path) -> None:
    """Class: memory per attribute of one start tag (about 500 bytes each, 270 times the page); its text is still read."""
    path = tmp_path / "p.html"
    path.write_text(
        "<h1>隱私權政策</h1>\n<p " + "a " * 5000 + '>我們收集資料。</p>\n<p class="x" ' + 'b="1" ' * 2000 + "/>第二段。", encoding="utf-8"
    )
    parsed = load(str(path)).parsed
    assert [b.text for b in parsed.blocks] == ["隱私權政策", "我們收集資料。", "第二段。"]
    assert [(b.line, b.column) for b in parsed.blocks[1:]] == [(2, 10005), (3, 12016)]
    assert parsed.warnings == [
        "line 2: a tag of 5,000 attributes: those past the first 1,000 are not read",
        "line 3: a tag of 2,001 attributes: those past the first 1,000 are not read",
    ]
