"""Build small .docx files for fuzzing: from paragraphs (hypothesis) or around a raw document.xml (atheris)."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# XML 1.0 cannot carry these at all: they are dropped, as Word itself would.
_XML_FORBIDDEN = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


def wrap_document(document: bytes) -> bytes:
    """A minimal .docx holding `document` as word/document.xml."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def docx_bytes(paragraphs: list[str]) -> bytes:
    """A .docx with one paragraph per string (the first as Heading 1)."""
    body = []
    for k, text in enumerate(paragraphs):
        style = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' if k == 0 else ""
        clean = escape(text.translate(_XML_FORBIDDEN))
        body.append(f'<w:p>{style}<w:r><w:t xml:space="preserve">{clean}</w:t></w:r></w:p>')
    return wrap_document(f"<w:document {_W}><w:body>{''.join(body)}</w:body></w:document>".encode())
