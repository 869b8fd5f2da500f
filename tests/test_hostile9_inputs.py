"""Hostile input, round 9: numeric DOCX attributes, and file names that are not UTF-8.

- A DOCX attribute read as a number (`w:outlineLvl`, `w:ilvl`, `w:start`…) went through
  `str.isdigit()` then `int()`: 「²」 passes the first and fails the second, 5,000 digits
  pass the first and exceed Python's int-string limit.  Both were an internal error.  Every
  numeric attribute now goes through `load.docx.numbering.small_int` (ASCII digits, at most six).
- A file name that is not UTF-8 (`bad\\xe9.md`, common on old Samba shares and unpacked
  zips) reaches Python as lone surrogates.  JSON and SARIF reports carried them raw: the
  report was not UTF-8 (every JSON reader refused it), SARIF's URI quoting raised, `-o` and
  `--write-baseline` raised, and under a UTF-8 locale (stdout strict) every format did.
  JSON escaped them (`\\udce9`; since the forty-sixth round `bad\\xe9.md`, the name every report shows, with no
  lone surrogate a strict JSON reader refuses: tests/test_hostile46.py), SARIF URIs are quoted from
  the name's bytes, and text reports write the name's bytes, on stdout and with `-o` alike.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from helpers import cli, cli_process

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
POLICY = "# 隱私權政策\n\n## 一、聯絡我們\n\n請聯絡【公司名稱】。\n"


def _docx(path: Path, body: str, styles: str | None = None, numbering: str | None = None) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", f"<w:document {NS}><w:body>{body}</w:body></w:document>")
        if styles is not None:
            archive.writestr("word/styles.xml", f"<w:styles {NS}>{styles}</w:styles>")
        if numbering is not None:
            archive.writestr("word/numbering.xml", f"<w:numbering {NS}>{numbering}</w:numbering>")
    path.write_bytes(buffer.getvalue())
    return path


def _para(text: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


ODD_NUMBERS = ["²", "٣", "9" * 5000, "-1", "1e3", " 1", ""]


def _outlined(tmp_path: Path, value: str, where: str, first: str, title: str) -> Path:
    """`first`, then `title` with w:outlineLvl `value` (on the paragraph, or on its style), then a body sentence."""
    outline = f'<w:outlineLvl w:val="{value}"/>'
    if where == "paragraph":
        return _docx(tmp_path / "p.docx", _para(first) + _para(title, outline) + _para("我們收集資料。"))
    style = f'<w:style w:styleId="S"><w:name w:val="chapter"/><w:pPr>{outline}</w:pPr></w:style>'
    return _docx(tmp_path / "p.docx", _para(first) + _para(title, '<w:pStyle w:val="S"/>') + _para("我們收集資料。"), styles=style)


@pytest.mark.parametrize("value", ODD_NUMBERS, ids=["superscript", "arabic-indic", "5000-digits", "negative", "exponent", "space", "empty"])
@pytest.mark.parametrize("where", ["paragraph", "style"])
def test_an_odd_outline_level_is_not_a_heading_and_no_crash(tmp_path: Path, value: str, where: str) -> None:
    done = cli("parse", str(_outlined(tmp_path, value, where, "隱私權政策", "第一章 總則")), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert "第一章 總則" in done.stdout and "我們收集資料。" in done.stdout  # nothing dropped


@pytest.mark.parametrize("where", ["paragraph", "style"])
def test_a_plain_outline_level_still_makes_a_heading(tmp_path: Path, where: str) -> None:
    """The look-alike that must keep working: w:outlineLvl 0 is a level-1 heading."""
    path = _outlined(tmp_path, "0", where, "前言文字。", "總則")
    metadata = json.loads(cli("parse", str(path), "--format", "json").stdout)["metadata"]
    assert (metadata["title"], metadata["title_line"]) == ("總則", 2)  # the one level-1 heading is the title


def test_odd_numbering_attributes_are_read_as_absent(tmp_path: Path) -> None:
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        for i, start in ((0, "²"), (1, "9" * 5000))
    )
    numbering = f'<w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    body = _para("隱私權政策") + "".join(
        _para(f"項目{k}", f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>')
        for k, (ilvl, num) in enumerate((("0", "1"), ("²", "1"), ("9" * 5000, "1"), ("0", "٣")))
    )
    done = cli("parse", str(_docx(tmp_path / "n.docx", body, numbering=numbering)), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert all(f"項目{k}" in done.stdout for k in range(4))


# ---- file names that are not UTF-8 ---------------------------------------------------------

BAD = os.fsdecode(b"bad\xe9.md")  # 'bad\udce9.md'


@pytest.fixture
def bad_name(tmp_path: Path) -> Path:
    try:
        path = tmp_path / BAD
        path.write_text(POLICY, encoding="utf-8")
    except (OSError, UnicodeEncodeError):  # pragma: no cover - a file system that refuses the name
        pytest.skip("the file system refuses a name that is not UTF-8")
    (tmp_path / "good.md").write_text(POLICY, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_json_report_on_a_name_that_is_not_utf8_is_utf8_and_gives_the_name_back(bad_name: Path, fmt: str) -> None:
    done = cli("check", "--no-config", BAD, "--format", fmt, text=False, cwd=bad_name.parent)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout.decode("utf-8"))  # strict UTF-8: it held the raw byte 0xE9
    if fmt == "json":
        assert report["files"][0]["path"] == "bad\\xe9.md"  # as every report shows it (forty-sixth round)
    else:
        assert report["runs"][0]["artifacts"][0]["location"]["uri"] == "bad%E9.md"  # the name's bytes, percent-encoded


@pytest.mark.parametrize(
    "args",
    [
        ("parse", BAD, "--format", "json"),
        ("diff", BAD, "good.md", "--format", "json"),
        ("check", "--no-config", BAD, "--format", "junit"),
    ],
    ids=["parse", "diff", "junit"],
)
def test_other_machine_reports_are_utf8(bad_name: Path, args: tuple[str, ...]) -> None:
    done = cli(*args, text=False, cwd=bad_name.parent)
    assert done.returncode in (0, 1), done.stderr
    done.stdout.decode("utf-8")


@pytest.mark.parametrize("fmt", ["json", "text", "sarif"])
def test_a_report_file_on_a_name_that_is_not_utf8(bad_name: Path, fmt: str) -> None:
    """`-o` wrote through a strict UTF-8 stream: an internal error, and no report."""
    out = bad_name.parent / f"report.{fmt}"
    done = cli("check", "--no-config", BAD, "--format", fmt, "-o", str(out), cwd=bad_name.parent)
    assert done.returncode == 1, done.stderr
    data = out.read_bytes()
    if fmt == "text":
        assert b'"bad\\xe9.md":5:4: error' in data  # quoted and shown, as on stdout
    else:
        json.loads(data.decode("utf-8"))


def test_a_baseline_written_for_a_name_that_is_not_utf8_is_applied(bad_name: Path) -> None:
    folder = bad_name.parent
    assert cli("check", "--no-config", BAD, "--write-baseline", "b.json", cwd=folder).returncode == 0
    json.loads((folder / "b.json").read_bytes().decode("utf-8"))
    done = cli("check", "--no-config", BAD, "--baseline", "b.json", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["files"][0]["findings"] == []


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_a_strict_utf8_stdout_writes_the_name(bad_name: Path, fmt: str) -> None:
    """Python's stdout is strict under a UTF-8 locale (en_US.UTF-8): every format stopped there."""
    done = cli_process(
        "check", "--no-config", BAD, "--format", fmt, text=False, cwd=bad_name.parent, env={"PYTHONIOENCODING": "utf-8:strict"}
    )
    assert done.returncode == 1, done.stderr
    assert b"internal error" not in done.stderr
    if fmt == "json":
        json.loads(done.stdout.decode("utf-8"))
    elif fmt == "text":
        assert b'"bad\\xe9.md":5:4: error' in done.stdout
    else:  # a GitHub annotation names the undecodable byte as `check -f text` does, in UTF-8 (u41h2)
        assert b"file=bad\\xe9.md," in done.stdout
        done.stdout.decode("utf-8")


@pytest.mark.parametrize("fmt", ["rich", "text"])
def test_a_name_that_is_not_utf8_is_shown_not_dropped(bad_name: Path, fmt: str) -> None:
    """A terminal drops the raw byte: `bad\\xe9.md` was shown as `bad.md`, another file's name."""
    done = cli("check", "--no-config", BAD, "--format", fmt, cwd=bad_name.parent, text=False)
    assert b'"bad\\xe9.md"' in done.stdout and b"bad\xe9.md" not in done.stdout


def test_compare_json_on_a_name_that_is_not_utf8(tmp_path: Path) -> None:
    try:
        product = tmp_path / os.fsdecode(b"prod\xe9")
        product.mkdir()
    except (OSError, UnicodeEncodeError):  # pragma: no cover
        pytest.skip("the file system refuses a name that is not UTF-8")
    (product / "zh-Hant.2024-01-01.md").write_text(POLICY, encoding="utf-8")
    (product / "zh-Hans.2024-01-01.md").write_text(POLICY.replace("隱私權", "隐私权"), encoding="utf-8")
    done = cli("compare", str(tmp_path), "--format", "json", text=False)
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout.decode("utf-8"))
    assert report["products"][0]["product"] == "prod\\xe9"  # as every report shows it (forty-sixth round)


# ---- fallback elements on one line ----------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<h1>政策</h1><template><p>模板</p></template><noscript><p>內容</p></noscript><p>文字</p>",
            [
                "line 1: the text inside <template> (fallback content) is not read",
                "line 1: the text inside <noscript> (fallback content) is not read",
            ],
        ),
        (
            "<h1>政策</h1><object><p>一</p></object><object><p>二</p></object><p>文字</p>",
            ["line 1: the text inside 2 <object> elements (fallback content) is not read"],
        ),
        (  # look-alike: one element whose text comes in several pieces is one element
            "<h1>政策</h1><noscript><p>一</p><p>二</p>三</noscript><p>文字</p>",
            ["line 1: the text inside <noscript> (fallback content) is not read"],
        ),
        ("<h1>政策</h1><noscript> </noscript><p>文字</p>", []),  # look-alike: nothing but spaces is not text
    ],
    ids=["two-kinds", "two-objects", "one-element", "blank"],
)
def test_every_fallback_element_skipped_on_a_line_is_told(html: str, expected: list[str]) -> None:
    """A minified page is one line: only its first skipped element was named, the rest dropped silently."""
    from helpers import parse_string

    doc = parse_string(html, suffix=".html")
    assert [w for w in doc.warnings if "fallback" in w] == expected
