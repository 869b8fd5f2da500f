"""Hostile input, round 18 (k18h): defect classes the earlier rounds missed.

- A DOCX part whose XML declaration names a multi-byte encoding expat cannot read (`encoding="big5"`, GB18030,
  Shift_JIS) or no encoding at all (`encoding="nonsense"`): `ET.fromstring` raised `ValueError` or `LookupError`,
  which no caller caught: `parse` was an internal error, `check` said 「cannot be read (ValueError: multi-byte
  encodings are not supported)」.  Such a part is now decoded as declared (`load.docx.numbering.xml_root`); a name
  no codec reads is the usual one line, 「… is not valid XML (its declared encoding 'nonsense' cannot be read)」.
- A profile folder (`profile-paths`) holding a FIFO named `x.toml`: `policylens profiles` and `check -p x` hung
  forever (opening a FIFO waits for a writer); a `z.toml` link to /dev/zero was read until the memory ran out (the
  process was killed).  Every TOML file (configuration, manifest, profile) is now read as an input is: a regular file
  of at most 8 MB (`config._toml_bytes`), else one line.
- UTF-32 without a BOM was refused as 「binary data (NUL byte at offset 1)」; it is read (`load.encoding`).
- A short UTF-8 text with one bad byte (a stray 0x85) was read as UTF-16-LE mojibake (title 「‣铦隭ਊ곧肸껦ꦀ」):
  UTF-16 without a NUL byte has no ASCII character, so a right reading is CJK text only; a reading that mixes
  scripts is now refused like any other unlikely decoding.
- Variation selectors (U+FE00–FE0F, U+E0100–E01EF), the combining grapheme joiner and tag characters inside a slot:
  「【公\\U000e0100司名稱】」 shows as 【公司名稱】 and was not found (zero-width characters already were seen through).
- Floods of one reader warning: 3,000 `<title>`s, `<iframe srcdoc>`s or unclosed Markdown `<!--`, or a DOCX of
  5,000 header parts, each wrote a line to stderr; the first 20 are listed, then one line counts the rest.
- A BOM twice at a file's start (two tools each added one): the second was text, and line 1's Markdown heading
  became a paragraph with its `#` in the title.  Every BOM at the start is a mark now (`load.encoding._strict`).
- Quadratic work in the HTML reader (`cli/policylens/load/html/`): each block looked for its heading by walking
  the whole element stack, so 20,000 unclosed `<div><p>a` took 30 s before the page was refused (and a readable page
  nested as deep, as long); the open headings are now a stack of their own.
- A link to a folder inside a scanned folder was passed over without a word (a linked folder of policies went
  unchecked); it is still not followed, and one note names the links (`check.discovery.discover`).
- A bad `$POLICYLENS_MAX_BYTES`: `check`'s quick path read it per file, so it was one error per file and a summary
  line; it is read once, before any file (`commands.check_run.run_check`, `commands.options.parse_size`).
- Word's Chinese counting past 999 (a list started at 1000): 「十百、」 for 一千.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from helpers import cli, cli_process
from policylens.load.docx.numbering import format_number
from policylens.load.encoding import decode
from policylens.load.html import extractor as html_loader
from policylens.load.html import read_html

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _document(encoding: str, text: str) -> bytes:
    xml = (
        f'<?xml version="1.0" encoding="{encoding}" standalone="yes"?><w:document {_W}><w:body>'
        f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>隱私權政策</w:t></w:r></w:p>'
        f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    )
    return xml.encode(encoding)


@pytest.mark.parametrize("encoding", ["big5", "gb18030", "shift_jis", "euc-kr"])
def test_a_docx_document_declared_in_a_multibyte_encoding_is_read(tmp_path: Path, encoding: str) -> None:
    """Class: a DOCX part declared in an encoding expat does not read (an internal error, ValueError)."""
    path = tmp_path / "policy.docx"
    path.write_bytes(_docx({"word/document.xml": _document(encoding, "請聯絡本公司")}))
    for args in (("parse", "-f", "json"), ("check", "--no-config", "-f", "json")):
        result = cli(*args, str(path))
        assert result.returncode in (0, 1), result.stderr
        assert "internal error" not in result.stderr and "cannot be read" not in result.stderr
    parsed = json.loads(cli("parse", "-f", "json", str(path)).stdout)
    texts = [p["text"] for s in parsed["sections"] for p in s["paragraphs"]]
    assert parsed["metadata"]["title"] == "隱私權政策" and texts == ["請聯絡本公司"]


def test_styles_and_relationships_declared_in_a_multibyte_encoding_are_read(tmp_path: Path) -> None:
    """Class: the same in `styles.xml` (its heading style kept) and in the package's `_rels/.rels`."""
    styles = f'<?xml version="1.0" encoding="big5"?><w:styles {_W}><w:style w:styleId="A1"><w:name w:val="標題 1"/></w:style></w:styles>'
    rels = (
        '<?xml version="1.0" encoding="shift_jis"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document2.xml"/></Relationships>'
    )
    styled = '<w:p><w:pPr><w:pStyle w:val="A1"/></w:pPr><w:r><w:t>我們如何使用您的資料</w:t></w:r></w:p>'
    body = _document("utf-8", "內文").replace(b"</w:body>", styled.encode() + "<w:p><w:r><w:t>說明。</w:t></w:r></w:p></w:body>".encode())
    path = tmp_path / "policy.docx"
    path.write_bytes(_docx({"word/document2.xml": body, "word/styles.xml": styles.encode("big5"), "_rels/.rels": rels.encode("shift_jis")}))
    result = cli("parse", "-f", "json", str(path))
    assert result.returncode == 0 and result.stderr == ""
    sections = json.loads(result.stdout)["sections"]
    assert [s["title"] for s in sections if s["title"]] == ["我們如何使用您的資料"]  # a heading by its style 「標題 1」


@pytest.mark.parametrize(("encoding", "data"), [("nonsense", b"x"), ("utf-7", "請".encode())])
def test_a_docx_document_in_an_unreadable_declared_encoding_is_one_line(tmp_path: Path, encoding: str, data: bytes) -> None:
    """Class: a declared encoding no codec has (LookupError) or that does not decode: one line naming it."""
    xml = f'<?xml version="1.0" encoding="{encoding}"?><w:document {_W}><w:body><w:p><w:r><w:t>'.encode() + data
    path = tmp_path / "policy.docx"
    path.write_bytes(_docx({"word/document.xml": xml + b"</w:t></w:r></w:p></w:body></w:document>"}))
    result = cli("parse", str(path))
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert f"word/document.xml is not valid XML (its declared encoding '{encoding}' cannot be read)" in line


def _profile_folder(tmp_path: Path, make: str, name: str = "x") -> Path:
    (tmp_path / "profs").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.policylens]\nprofile-paths = ["profs"]\n', encoding="utf-8")
    (tmp_path / "p.md").write_text("# 隱私權政策\n\n我們蒐集您的姓名。\n", encoding="utf-8")
    target = tmp_path / "profs" / f"{name}.toml"
    if make == "fifo":
        os.mkfifo(target)
    elif make == "device":
        target.symlink_to("/dev/zero")
    else:
        target.write_bytes(b'schema = "policylens.profile/1"\n' + b"#" * (8 * 1024 * 1024))
    return target


_FIFO = "is a FIFO (named pipe), not a regular file"


@pytest.mark.parametrize(
    ("make", "words", "args"),
    [
        ("fifo", _FIFO, ("profiles",)),  # one process in the fast loop; the others in the full run
        pytest.param("fifo", _FIFO, ("check", "-p", "x", "p.md"), marks=pytest.mark.slow),
        pytest.param("device", "is a device, not a regular file", ("profiles",), marks=pytest.mark.slow),
        pytest.param("device", "is a device, not a regular file", ("check", "-p", "x", "p.md"), marks=pytest.mark.slow),
        pytest.param("huge", "over 8 MB", ("profiles",), marks=pytest.mark.slow),
        pytest.param("huge", "over 8 MB", ("check", "-p", "x", "p.md"), marks=pytest.mark.slow),
    ],
)
def test_a_profile_file_that_is_no_regular_file_is_one_line(tmp_path: Path, make: str, words: str, args: tuple[str, ...]) -> None:
    """Class: a TOML file read without a look at what it is (a FIFO hung `profiles`; /dev/zero filled the memory).

    Run as a process with a timeout: the defect is a hang.  `profiles` loads every profile in the order of
    `profiles.available()`, the built-in ones first, and a user file named like a built-in one takes that
    one's place: named like the first, the unreadable file is read before any built-in profile is compiled
    (2.5 s of CPU a process for the five, issue #13), through the same `load_profile` as `x.toml` after
    them.  `check -p x` loads only the profile it names, a user file that replaces nothing."""
    from policylens.profiles import available

    target = _profile_folder(tmp_path, make, next(iter(available())) if args == ("profiles",) else "x")
    result = cli_process(*args, cwd=tmp_path, timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"policylens: error: {target}: cannot read profile: ") and words in line


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", ["隱私權政策\n\n我們蒐集您的姓名。\n", "Privacy policy\n\nWe collect your name.\n"])
def test_utf32_without_a_bom_is_read(encoding: str, text: str) -> None:
    """Class: UTF-32 without a BOM refused as binary data (「NUL byte at offset 1」)."""
    assert decode(text.encode(encoding), path="p.txt") == (text, encoding, False)


def test_utf8_with_stray_nuls_is_still_no_utf32() -> None:
    """「ab\\0\\0」 decodes as UTF-32-LE (U+6261 扡): UTF-8 with stray NULs stays binary data."""
    with pytest.raises(Exception, match="binary data"):
        decode(b"ab\x00\x00", path="p.txt")


def test_a_short_utf8_text_with_a_bad_byte_is_not_read_as_utf16(tmp_path: Path) -> None:
    """Class: a NUL-free file read as UTF-16 mojibake mixing scripts (「‣铦隭ਊ곧肸껦ꦀ」), which scored nothing with so few ideographs."""
    path = tmp_path / "b.md"
    path.write_bytes("# 政策\n\n第一段\u2029第三段。".encode() + b"\x85\n")
    result = cli("parse", "-f", "json", str(path))
    assert result.returncode == 2 and result.stdout == ""
    assert "decodes only to unlikely characters" in result.stderr
    cjk = "隱私權政策說明我們收集資料"  # UTF-16 without NUL bytes is CJK text only, and still read
    assert decode(cjk.encode("utf-16-le"), path="p.txt") == (cjk, "utf-16-le", False)


@pytest.mark.parametrize("hidden", ["\ufe00", "\ufe0f", "\U000e0100", "\U000e01ef", "\u034f", "\U000e0041"])
def test_a_variation_selector_inside_a_slot_is_seen_through(tmp_path: Path, hidden: str) -> None:
    """Class: characters that show nothing inside a slot hid it (the zero-width ones were handled in round 14)."""
    path = tmp_path / "p.txt"
    path.write_text(f"隱私權政策\n\n更新日期：2024年1月1日\n\n請聯絡【公{hidden}司名稱】。\n", encoding="utf-8")
    result = cli("check", "--no-config", "-f", "json", str(path))
    (finding,) = [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["rule"] == "placeholder-instruction"]
    assert (finding["line"], finding["column"], finding["end_column"]) == (5, 4, 11)  # the slot and its hidden character


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "titles.html",
            "<html><head><title>隱私</title></head><body>"
            + "".join(f"<title>{i}</title><p>內容{i}。</p>" for i in range(60))
            + "</body></html>",
        ),
        (
            "frames.html",
            "<html><body>" + "".join(f"<p>段落{i}。</p>\n<iframe srcdoc='<p>x</p>'></iframe>\n" for i in range(60)) + "</body></html>",
        ),
        ("notes.md", "".join(f"段落{i}的內容。\n\n<!-- 注意{i}\n\n" for i in range(60))),
    ],
)
def test_a_flood_of_reader_warnings_is_counted_past_twenty(tmp_path: Path, name: str, text: str) -> None:
    """Class: one reader warning per repeated construct, each a line on stderr (and an entry of JSON `warnings`)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = cli("parse", "-f", "json", str(path))
    lines = result.stderr.splitlines()
    assert len(lines) == 21 and lines[-1].endswith("more reader warnings are not listed")
    warnings = json.loads(result.stdout)["warnings"]
    assert len(warnings) == 21 and warnings[:20] == [line.split(f"{path}: ", 1)[1] for line in lines[:20]]


def test_a_docx_of_many_header_parts_is_counted_past_twenty(tmp_path: Path) -> None:
    """Class: the same for a DOCX of 60 header parts, each with its own text."""
    body = f"<w:document {_W}><w:body><w:p><w:r><w:t>隱私權政策</w:t></w:r></w:p></w:body></w:document>"
    headers = {f"word/header{i}.xml": f"<w:hdr {_W}><w:p><w:r><w:t>頁首{i}</w:t></w:r></w:p></w:hdr>" for i in range(60)}
    path = tmp_path / "p.docx"
    path.write_bytes(_docx({"word/document.xml": body, **headers}))
    lines = cli("parse", str(path)).stderr.splitlines()
    assert len(lines) == 21 and lines[-1].endswith("40 more reader warnings are not listed")


class _CountingList(list):  # type: ignore[type-arg]
    """A list that counts the elements read from it (indexing, iteration, reversed)."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        _CountingList.reads += 1
        return super().__getitem__(index)

    def __iter__(self):  # type: ignore[no-untyped-def]
        for item in super().__iter__():
            _CountingList.reads += 1
            yield item

    def __reversed__(self):  # type: ignore[no-untyped-def]
        for item in super().__reversed__():
            _CountingList.reads += 1
            yield item


def test_the_element_stack_is_not_walked_for_every_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """Class: each block walked the whole open-element stack for its heading: 20,000 unclosed `<div><p>a` took 30 s.

    A work count: the stack's elements read while 2,000 nested blocks are built stay a few per block (it was one
    per open element per block: two million)."""
    init = html_loader._Extractor.__init__

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        init(self, *args, **kwargs)
        self._stack = _CountingList()

    monkeypatch.setattr(html_loader._Extractor, "__init__", counted)
    _CountingList.reads = 0
    blocks = read_html("<html><body><h2>標題</h2>" + "<div><p>隱私權政策內容" * 2_000, path="deep.html").blocks
    assert len(blocks) == 2_001 and _CountingList.reads < 20 * 2_000


@pytest.mark.parametrize(
    ("page", "headings"),
    [
        ("<h2>一、總則<span><b>內</b></span></h2><p>正文</p>", [("一、總則內", 2)]),
        # a block inside the heading after its title is the heading's text, a paragraph (since u40d, fortieth session:
        # an <h2> never closed holds the page's paragraphs, eval/pairs40 igameinc); its text is kept
        ("<h2>甲<div><p>乙</p></div></h2><p>正文</p>", [("甲", 2)]),
        ("<h2><p>甲</p></h2><p>正文</p>", [("甲", 2)]),  # the title itself in a <p> is still the heading
        ("<h2>保密條約</h1><p>正文</p>", [("保密條約", 2)]),  # </h1> closes the open <h2>
        ("<h1>甲<h3>乙</h3></h1><p>正文</p>", [("甲", 1), ("乙", 3)]),
        ("<div>" * 300 + "<h3>深處標題</h3><p>正文</p>", [("深處標題", 3)]),
    ],
)
def test_headings_are_still_read_from_the_elements_open_around_a_block(page: str, headings: list[tuple[str, int]]) -> None:
    """The heading stack gives what the walk gave: the innermost open heading, closed by any </hN>."""
    blocks = read_html(f"<html><body>{page}</body></html>", path="p.html").blocks
    assert [(b.text, b.level) for b in blocks if b.kind == "heading"] == headings
    assert blocks[-1].kind == "paragraph" and blocks[-1].text == "正文"


@pytest.mark.parametrize(
    ("n", "label"),
    [(999, "九百九十九"), (1000, "一千"), (1001, "一千〇一"), (1012, "一千〇一十二"), (1100, "一千一百"), (12345, "一万二千三百四十五")],
)
def test_a_chinese_counter_past_999_has_its_thousands(n: int, label: str) -> None:
    """Class: Word's automatic number in Chinese counting past 999 written as hundreds (1000 was 「十百」)."""
    assert format_number(n, "chineseCounting") == label


def test_a_docx_list_started_at_1000_is_labelled_in_thousands(tmp_path: Path) -> None:
    """The same through the reader: a list whose `w:start` is 1000."""
    numbering = (
        f'<w:numbering {_W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1000"/>'
        '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    item = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>條款內容</w:t></w:r></w:p>'
    body = f"<w:document {_W}><w:body>{item * 2}</w:body></w:document>"
    path = tmp_path / "p.docx"
    path.write_bytes(_docx({"word/document.xml": body, "word/numbering.xml": numbering}))
    parsed = json.loads(cli("parse", "-f", "json", str(path)).stdout)
    assert [p["text"] for s in parsed["sections"] for p in s["paragraphs"]] == ["一千、條款內容", "一千〇一、條款內容"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-32-be"])
def test_a_doubled_bom_is_no_text(tmp_path: Path, encoding: str) -> None:
    """Class: a second BOM after the first was text at line 1's start: a Markdown heading became a paragraph, `#` and all."""
    path = tmp_path / "p.md"
    path.write_bytes("\ufeff\ufeff# 隱私權政策\n\n請填寫【公司名稱】。\n".encode(encoding if encoding != "utf-8" else "utf-8"))
    if encoding != "utf-8":  # Python writes no BOM for -le/-be: the first of the two is the file's own mark
        assert path.read_bytes()[:2] in (b"\xff\xfe", b"\x00\x00")
    parsed = json.loads(cli("parse", "-f", "json", str(path)).stdout)
    assert parsed["source"]["bom"] and parsed["metadata"]["title"] == "隱私權政策"
    assert not any("#" in p["text"] for s in parsed["sections"] for p in s["paragraphs"])
    findings = json.loads(cli("check", "--no-config", "-f", "json", str(path)).stdout)["files"][0]["findings"]
    assert [(f["line"], f["column"]) for f in findings if f["rule"] == "placeholder-instruction"] == [(3, 4)]


def test_a_link_to_a_folder_inside_a_scanned_folder_is_named(tmp_path: Path) -> None:
    """Class: a linked folder of policies inside a scanned folder was passed over without a word ("no policy files
    found", or fewer files checked).  It is still not followed (a link to `/` would scan the disk), but one note names it."""
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "p.md").write_text("# 隱私權政策\n\n請填寫【公司名稱】。\n", encoding="utf-8")
    (tmp_path / "scan").mkdir()
    (tmp_path / "scan" / "shared").symlink_to(tmp_path / "real")
    (tmp_path / "scan" / "root").symlink_to("/")
    result = cli("check", "--no-config", str(tmp_path / "scan"))
    assert result.returncode == 2
    note, error = result.stderr.splitlines()
    assert note == (
        f"policylens: note: 2 links to folders were not followed ({tmp_path}/scan/root, {tmp_path}/scan/shared; name one to check its files)"
    )
    assert "no policy files found" in error
    assert cli("check", "--no-config", str(tmp_path / "scan" / "shared")).returncode == 1  # named, it is checked


@pytest.mark.parametrize(
    "args", [("check", "--no-config", "{a}", "{b}", "{c}"), ("check", "--no-config", "-f", "json", "{a}", "{b}"), ("compare", "{d}")]
)
def test_a_bad_max_bytes_variable_is_one_line_before_any_file(tmp_path: Path, args: tuple[str, ...]) -> None:
    """Class: a bad $POLICYLENS_MAX_BYTES was an error per file (`check`'s quick path read it for each file), and the run
    went on to its summary line; it is read once, as `--max-size` is."""
    for name in ("a", "b", "c", "prod/zh-Hant.2024-01-01", "prod/zh-Hans.2024-01-01"):
        (tmp_path / f"{name}.md").parent.mkdir(exist_ok=True)
        (tmp_path / f"{name}.md").write_text("# 隱私權政策\n\n我們蒐集您的姓名。\n", encoding="utf-8")
    shown = {"a": tmp_path / "a.md", "b": tmp_path / "b.md", "c": tmp_path / "c.md", "d": tmp_path / "prod"}
    result = cli(*(a.format(**shown) for a in args), env={"POLICYLENS_MAX_BYTES": "abc"})
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == ["policylens: error: POLICYLENS_MAX_BYTES='abc': not a number of bytes up to 1 TB"]
