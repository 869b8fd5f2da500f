"""The DOCX package: its zip members inflated within a bound, its relationships and the parts they name.

`read_member` inflates one member chunk by chunk, refusing it past the size limit, an encrypted member, or a damaged
stream, in plain words (and reads Strict Office Open XML's namespace as the transitional one).  The relationships name
the main part and its styles, numbering, notes, comments, headers and footers (`_part_names`), and the targets of the
body's hyperlinks (`_hyperlinks`); `_forward_slashes` repairs member names written with backslashes.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from urllib.parse import unquote
from xml.etree import ElementTree as ET

from policylens.errors import UserError
from policylens.load.docx.numbering import xml_root

_STRICT_W = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_TRANSITIONAL_W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# What a damaged archive member raises while it is inflated: a bad CRC, a truncated or
# invalid deflate stream, an encrypted or unsupported member.
# A zip member's general-purpose flag for encryption (ZipCrypto or AES): zipfile's own error for it named the
# member by its Python repr (「File <ZipInfo filename='word/document.xml' filemode='?rw-------' …> is encrypted」).
_ENCRYPTED = 0x1
# What Word writes for a password-protected .docx (an EncryptedPackage) and what a .doc is: an OLE compound file.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError)
_CHUNK = 1 << 20


def read_member(archive: zipfile.ZipFile, name: str, *, path: str, max_bytes: int) -> bytes | None:
    """The inflated bytes of one member (None if absent), refused past `max_bytes` while streaming.

    The size declared in the zip directory is checked first, but it can lie: the limit
    is enforced on the bytes actually inflated, one chunk at a time, so a 300 KB file
    that inflates to 300 MB stops at the limit instead of filling the memory.
    """
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    too_big = f"malformed DOCX: {name} inflates to over the {max_bytes / 1024 / 1024:.1f} MB limit (see --max-size)"
    if info.file_size > max_bytes:
        raise UserError(too_big, path=path)
    if info.flag_bits & _ENCRYPTED:
        raise UserError(f"malformed DOCX: {name} is encrypted (a password-protected document): save it without a password", path=path)
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                total += len(chunk)
                if total > max_bytes:
                    raise UserError(too_big, path=path)
                chunks.append(chunk)
    except _ZIP_ERRORS as exc:
        raise UserError(f"malformed DOCX: cannot inflate {name} ({exc})", path=path) from None
    data = b"".join(chunks)
    # Strict Office Open XML (ISO/IEC 29500 Strict) names the same elements in another namespace
    return data.replace(_STRICT_W, _TRANSITIONAL_W) if _STRICT_W in data else data


_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


_MAIN = "word/document.xml"
# The parts policylens reads or warns about, by the last word of their relationship type.
_PART_TYPES = ("styles", "numbering", "footnotes", "endnotes", "comments", "header", "footer")


def _relationship_elements(archive: zipfile.ZipFile, source: str, *, path: str) -> list[ET.Element]:
    """The `Relationship` elements of the part `source` ("" for the package); none when its part is damaged."""
    folder, name = posixpath.split(source)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    try:
        root = xml_root(read_member(archive, rels, path=path, max_bytes=1 << 20) or b"<none/>")
    except (ET.ParseError, UserError):
        return []  # a damaged relationship part: the usual names are used
    return list(root.iter(_RELS))


def _hyperlinks(archive: zipfile.ZipFile, source: str, *, path: str) -> dict[str, str]:
    """Relationship ID → target of the part's hyperlinks (`w:hyperlink r:id="rId5"` → `mailto:…`)."""
    return {
        rel.get("Id") or "": rel.get("Target") or ""
        for rel in _relationship_elements(archive, source, path=path)
        if (rel.get("Type") or "").endswith("/hyperlink") and rel.get("Target")
    }


def _relationships(archive: zipfile.ZipFile, source: str, *, path: str) -> list[tuple[str, str]]:
    """(type's last word, member name) of each internal relationship of the part `source` ("" for the package)."""
    folder = posixpath.dirname(source)
    found = []
    for rel in _relationship_elements(archive, source, path=path):
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        target = unquote(target)  # a URI: Word writes a part named 「main doc.xml」 as main%20doc.xml
        member = posixpath.normpath(target[1:] if target.startswith("/") else posixpath.join(folder, target))
        found.append(((rel.get("Type") or "").rsplit("/", 1)[-1], member))
    return found


def _part_names(archive: zipfile.ZipFile, *, path: str) -> tuple[str, dict[str, list[str]]]:
    """The main document part and its parts by kind, as the relationships name them.

    Word writes `word/document.xml`, but the package's `_rels/.rels` names the main part, and
    some tools write `word/document2.xml`: that file was refused ("no word/document.xml").  A
    relationship to a part that is not in the archive is passed over for the usual name.
    """
    members = set(archive.namelist())
    # (twenty-sixth round) part names are case-insensitive and relationship targets percent-encoded (OPC, ECMA-376
    # part 2 §9.1.1): `Target="WORD/Main.xml"` or `word/main%20doc.xml` named a part that was there, and the file
    # was refused, 「no word/document.xml in the archive」
    by_case: dict[str, str] = {}
    for name in sorted(members):
        by_case.setdefault(name.lower(), name)

    def present(name: str) -> str | None:
        return name if name in members else by_case.get(name.lower())

    main = next((found for kind, m in _relationships(archive, "", path=path) if kind == "officeDocument" and (found := present(m))), _MAIN)
    parts: dict[str, list[str]] = {kind: [] for kind in _PART_TYPES}
    for kind, named in _relationships(archive, main, path=path):
        member = present(named)
        if kind in parts and member and member not in parts[kind] and member != main:  # (a cycle back to the body)
            parts[kind].append(member)
    for kind in ("styles", "numbering", "footnotes", "endnotes", "comments"):
        if not parts[kind] and f"word/{kind}.xml" in members:
            parts[kind].append(f"word/{kind}.xml")
    for kind in ("header", "footer"):
        if not parts[kind]:
            parts[kind] = sorted(m for m in members if re.fullmatch(rf"word/{kind}\d*\.xml", m))
    return main, parts


def _forward_slashes(archive: zipfile.ZipFile) -> None:
    """Name the members with '/' where a tool wrote '\\' (`word\\document.xml`, as some Windows zip libraries do).

    Word offers to repair such a file; it was refused, 「no word/document.xml in the archive」.  Only the
    names are changed: zipfile still checks each member's local header against its name as written."""
    if any("\\" in info.filename for info in archive.infolist()):
        for info in archive.infolist():
            info.filename = info.filename.replace("\\", "/")
        archive.NameToInfo = {info.filename: info for info in archive.infolist()}
