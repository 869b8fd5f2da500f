"""Hostile input, round 14 (c12h): DOCX packages whose relationships name the wrong parts.

- the package's main-document relationship naming a part that is no document (`word/styles.xml`, an image, the
  relationship part itself): the one-line error blamed `word/document.xml` ("word/document.xml has no body", "is not
  valid XML") though that part was never read, and may be fine.  The error now names the part it read;
- the body naming itself as its header, footer, comments or notes (a cycle): the body text was also reported as
  "the header text is not read", though it is read.  A relationship back to the main part is passed over.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from helpers import cli

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOC = f"<w:document {W}><w:body><w:p><w:r><w:t>隐私政策 我们收集您的信息。</w:t></w:r></w:p></w:body></w:document>"
BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def rels(target: str, kind: str = "officeDocument") -> str:
    return (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="r1" Type="{BASE}{kind}" Target="{target}"/></Relationships>'
    )


def docx(tmp_path: Path, files: dict[str, str | bytes]) -> str:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    path = tmp_path / "p.docx"
    path.write_bytes(buffer.getvalue())
    return str(path)


@pytest.mark.parametrize(
    ("target", "extra", "message"),
    [
        ("word/styles.xml", {"word/styles.xml": f"<w:styles {W}/>"}, "word/styles.xml has no body"),
        ("_rels/.rels", {}, "_rels/.rels has no body"),
        ("word/media/x.png", {"word/media/x.png": b"\x89PNG\r\n\x1a\n\x00\xff"}, "word/media/x.png is not valid XML"),
    ],
)
def test_the_error_names_the_part_that_was_read(tmp_path: Path, target: str, extra: dict[str, str | bytes], message: str) -> None:
    run = cli("parse", docx(tmp_path, {"_rels/.rels": rels(target), "word/document.xml": DOC, **extra}))
    assert run.returncode == 2
    assert message in run.stderr and "word/document.xml" not in run.stderr
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr


@pytest.mark.parametrize("kind", ["header", "footer", "comments", "footnotes"])
def test_a_relationship_back_to_the_body_is_no_other_part(tmp_path: Path, kind: str) -> None:
    path = docx(
        tmp_path,
        {"_rels/.rels": rels("word/document.xml"), "word/document.xml": DOC, "word/_rels/document.xml.rels": rels("document.xml", kind)},
    )
    run = cli("parse", path, "--format", "json")
    assert run.returncode == 0, run.stderr
    assert "not read" not in run.stderr
    assert "我们收集您的信息" in run.stdout


def test_a_real_header_is_still_named(tmp_path: Path) -> None:
    header = f"<w:hdr {W}><w:p><w:r><w:t>示例公司</w:t></w:r></w:p></w:hdr>"
    path = docx(
        tmp_path,
        {
            "_rels/.rels": rels("word/document.xml"),
            "word/document.xml": DOC,
            "word/_rels/document.xml.rels": rels("header1.xml", "header"),
            "word/header1.xml": header,
        },
    )
    run = cli("parse", path, "--format", "json")
    assert "the header text is not read" in run.stderr and "示例公司" in run.stderr
