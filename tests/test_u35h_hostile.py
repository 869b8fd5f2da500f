"""Hostile input, thirty-fifth round (u35h): the bytes and formats of documents.

Each class is tested both ways: the hostile input is now read, refused in one line or named in a warning, and ordinary
input reads as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.errors import UserError
from policylens.load import arkts, dart, load, qml

P = "我們收集您的個人資料，用於提供服務。"

# --- class 1: an app page's text literal never closed (.dart, .ets, .qml): its words dropped with no word ---------------

_BROKEN = {
    "screen.dart": f"Widget build() {{ return Column(children: [Text('隱私政策'),\n  Text('{P}\\'), " + "(" * 2000 + "\n",
    "page.ets": f"@Entry @Component struct P {{ build() {{ Column() {{ Text('隱私政策')\n Text(`{P}${{" + "{" * 2000 + "\n",
    "page.qml": f'import QtQuick 2.0\nPage {{ Text {{ text: qsTr("隱私政策") }}\n Text {{ text: "{P}\n' + "Item {" * 2000 + "\n",
}
_WHOLE = {
    "screen.dart": f"Widget build() {{ return Column(children: [Text('隱私政策'),\n  Text('{P}'), Text(\"it's\")]);\n}}\n",
    "page.ets": f"@Entry @Component struct P {{ build() {{ Column() {{ Text('隱私政策')\n Text(`{P}`) Text('a' + name) }} }} }}\n",
    "page.qml": f'import QtQuick 2.0\nPage {{ Text {{ text: qsTr("隱私政策") }}\n Text {{ text: "{P}" }}\n Text {{ text: model.name }} }}\n',
}


@pytest.mark.parametrize("name", sorted(_BROKEN))
def test_unclosed_text_literal_is_named(tmp_path: Path, name: str) -> None:
    """The second widget's literal runs to the end of its line (or, a template literal, of the file): the reader takes
    it as no text.  Its words were left out of the page without a word; now a warning names its line."""
    path = tmp_path / name
    path.write_text(_BROKEN[name], encoding="utf-8")
    loaded = load(str(path))
    notes = [w for w in loaded.parsed.warnings if "never closed" in w]
    line = _BROKEN[name].count("\n", 0, _BROKEN[name].index(P)) + 1
    assert len(notes) == 1 and notes[0].startswith(f"line {line}: a string literal in "), loaded.parsed.warnings
    assert "隱私政策" in loaded.text


@pytest.mark.parametrize("name", sorted(_WHOLE))
def test_closed_and_computed_literals_draw_no_note(tmp_path: Path, name: str) -> None:
    """Closed literals, an escaped quote inside one, and computed values (`'a' + name`, `model.name`) are no unclosed
    literal: no warning, and the text is read."""
    path = tmp_path / name
    path.write_text(_WHOLE[name], encoding="utf-8")
    loaded = load(str(path))
    assert not [w for w in loaded.parsed.warnings if "never closed" in w]
    assert any(P in b.text for b in loaded.parsed.blocks)


def test_many_unclosed_literals_make_one_note() -> None:
    """Many broken widgets make one warning naming the first three lines and a count."""
    src = "Widget build() { return Column(children: [Text('標題'),\n" + "".join(f"Text('第{i}段\n" for i in range(6))
    notes: list[str] = []
    assert dart.render_dart(src, notes=notes) is not None
    assert notes == ["lines 2, 3, 4 and 3 more: string literals in a `Text` widget are never closed: their text is not read"]


def test_renderers_without_notes_list_still_render() -> None:
    """The notes list is optional: a caller that passes none gets the page as before."""
    assert dart.render_dart(_BROKEN["screen.dart"]) is not None
    assert arkts.render_ets(_BROKEN["page.ets"]) is not None
    assert qml.render_qml(_BROKEN["page.qml"]) is not None


# --- class 2: UTF-7 text read as ASCII (its Chinese all `+…-` codes): no ideograph read, `check` passed it ----------


def test_utf7_text_is_refused_with_its_encoding(tmp_path: Path) -> None:
    """A policy saved as UTF-7 is pure ASCII: it decoded as UTF-8 and was read as 「+lrF5wWU/e1Y」 without a word.
    Now one line names the encoding; `--encoding utf-7` reads it."""
    path = tmp_path / "policy.txt"
    path.write_bytes(("隱私政策\n\n" + P + "\n\n第二段：我們不會出售您的資料。\n").encode("utf-7"))
    with pytest.raises(UserError, match=r"UTF-7 text: .*'\+lrF5wWU/e1Y-?'.*pass --encoding utf-7"):
        load(str(path))
    assert "隱私政策" in load(str(path), encoding="utf-7").text


@pytest.mark.parametrize(
    "text",
    [
        "Call +886 2 1234 5678, +852 2345 6789 or +1 555 0100. C++ and a+b=c; +Analytics +Marketing.\n",
        "<img src='data:image/png;base64,iVBORw0KGgo+AAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA+60e6kgAAAAASUVORK5CYII='>\n",
        "Privacy policy +lrF5wWU/e1Y- and nothing else in Chinese.\n",  # one short run: too few ideographs to tell
    ],
)
def test_ascii_with_plus_signs_is_read(tmp_path: Path, text: str) -> None:
    """Phone numbers, `C++`, base64 blobs and one stray run are no UTF-7 text: read as they are."""
    path = tmp_path / "policy.txt"
    path.write_text(text, encoding="ascii")
    assert load(str(path)).text == text


# --- class 3: a UTF-16 byte-order mark of the other order than its text: every character read as another ------------

_EN = "Privacy Policy\n\nWe collect your name and e-mail address to provide the service.\n" * 3
_ZH = "隱私政策\n\n" + P * 10 + "\n"
_ONES = "一、總則\n\n第一條 一律一致：一一說明。\n" * 10  # 「一」 is U+4E00: NULs in the other column


@pytest.mark.parametrize("text", [_EN, _ZH])
@pytest.mark.parametrize(
    ("mark", "written", "other"),
    [
        (b"\xff\xfe", "utf-16-be", "utf-16-be"),
        (b"\xfe\xff", "utf-16-le", "utf-16-le"),
        (b"\xff\xfe\x00\x00", "utf-32-be", "utf-32-be"),
        (b"\x00\x00\xfe\xff", "utf-32-le", "utf-32-le"),
    ],
)
def test_utf16_mark_of_the_other_order_is_refused(tmp_path: Path, text: str, mark: bytes, written: str, other: str) -> None:
    """FF FE in front of big-endian text read 「Privacy」 as 「倀爀椀瘀愀挀礀」 without a word (or, Chinese, stopped at a
    surrogate with `invalid utf-16-le`, no word of why).  Now one line names the order and the way out."""
    path = tmp_path / "policy.txt"
    path.write_bytes(mark + text.encode(written))
    with pytest.raises(UserError, match=f"byte-order mark in front of {other.upper()} text .* --encoding {other}"):
        load(str(path))


@pytest.mark.parametrize("text", [_EN, _ZH, _ONES, _EN + _ONES])
@pytest.mark.parametrize("name", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_with_its_own_mark_is_read(tmp_path: Path, text: str, name: str) -> None:
    """A mark that tells the truth reads as before, a page full of 「一」 (U+4E00, a NUL in the low byte) too."""
    path = tmp_path / "policy.txt"
    path.write_bytes(("\ufeff" + text).encode(name))
    loaded = load(str(path))
    assert (loaded.text, loaded.source.encoding) == (text, name)


# --- class 4: a file mixing UTF-8 lines and GBK or Big5 lines: the error named the wrong reading ----------------------


@pytest.mark.parametrize("legacy", ["gbk", "big5"])
def test_mixed_encodings_are_named_by_line(tmp_path: Path, legacy: str) -> None:
    """No encoding reads such a file; the one line said `cannot tell the encoding … UTF-16-LE stops at byte 0xd3` (the
    reading that got furthest) and sent the reader to `--encoding`.  Now it names a line of each."""
    path = tmp_path / "policy.txt"
    utf8 = ("隱私政策\n\n" + "我們收集您的個人資料。\n" * 40).encode("utf-8")
    path.write_bytes(utf8 + "我們收集您的個人資料，用於提供服務。\n".encode(legacy) * 2)
    with pytest.raises(UserError, match=r"mixes encodings: line 1 is UTF-8, line 43 is not .*save the whole file in one encoding"):
        load(str(path))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("隐私政策\n\n我们收集您的个人信息，用于提供服务。\n".encode("gbk"), None),  # one legacy encoding: read
        ("隐私政策\n\n我们收集您的个人信息。\n".encode() + b"\xc0\xaf\xed\xa0\x80\n", "cannot tell the encoding"),
    ],
)
def test_one_encoding_or_broken_bytes_are_not_mixed(tmp_path: Path, data: bytes, message: str | None) -> None:
    """A GBK file reads as before; bytes no encoding reads (overlong UTF-8, an encoded surrogate) keep their message."""
    path = tmp_path / "policy.txt"
    path.write_bytes(data)
    if message is None:
        assert "个人信息" in load(str(path)).text
    else:
        with pytest.raises(UserError, match=message):
            load(str(path))


# --- class 5: a `.docx` that is really plain text or Markdown: `malformed DOCX: not a zip archive`, no word of what it is


@pytest.mark.parametrize(
    "data",
    [
        ("隱私政策\n\n" + P + "\n").encode("utf-8"),
        ("# 隱私政策\n\n## 一、收集\n\n" + P + "\n").encode("utf-8"),
        ("隐私政策\n\n我们收集您的个人信息，用于提供服务。\n").encode("gbk"),
    ],
)
def test_docx_that_is_text_is_named(tmp_path: Path, data: bytes) -> None:
    """An exporter (or a person) saved text under a Word name: the line now says what the file is and what to do, as
    it did for an HTML page, an RTF or a PDF file."""
    path = tmp_path / "policy.docx"
    path.write_bytes(data)
    suffix = ".md" if data.startswith(b"#") else ".txt"
    with pytest.raises(UserError, match=f"not a DOCX zip archive but a (plain-text|Markdown) file: rename it to \\{suffix}"):
        load(str(path))


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), b"", b"not a document at all"])
def test_docx_of_binary_bytes_is_no_text(tmp_path: Path, data: bytes) -> None:
    """Binary bytes, an OLE file (a .doc), an empty file and a line of junk are not called a text document."""
    path = tmp_path / "policy.docx"
    path.write_bytes(data)
    with pytest.raises(UserError) as caught:
        load(str(path))
    assert "plain-text" not in str(caught.value) and "Markdown" not in str(caught.value)
