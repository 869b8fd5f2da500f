"""Bytes → text: BOM sniffing, UTF-8, UTF-16, Big5 and GB18030 detection."""

from __future__ import annotations

import codecs

from policylens.errors import UserError

# High-frequency characters of policy text in both scripts.  The right legacy
# decoding of CJK bytes is full of them; the wrong one yields rare characters.
_COMMON = set(
    "的一是在不了有和人這这中大為为上個个們们我以要他時时來来用到資资料訊讯隱隐私政策您或及與与"
    "收集使服務务信息護护權权利可本將将會会公司其於于對对提供第三方相關关法律如果此等通過过"
    "請请並并已之所需應应同意理處处保存安全何能否被由其他任商品產产網网站設设備备帳账戶户號号"
)

_LEGACY = ("big5", "gb18030")


def _score(text: str) -> float:
    """Share of CJK ideographs in `text` that are common policy characters."""
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(c in _COMMON for c in cjk) / len(cjk)


def decode(data: bytes, *, path: str, forced: str | None = None) -> tuple[str, str, bool]:
    """Decode `data`; return (text, encoding name, had BOM).  Raise UserError if impossible."""
    if forced:
        try:
            codecs.lookup(forced)
        except LookupError:
            raise UserError(f"unknown encoding {forced!r}", path=path) from None
        try:
            text = data.decode(forced)
        except UnicodeDecodeError as exc:
            raise UserError(f"cannot decode as {forced}: bad byte 0x{data[exc.start]:02x} at offset {exc.start}", path=path) from None
        bom = text.startswith("\ufeff")
        return (text[1:] if bom else text), forced, bom
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path), "utf-8-sig", True
    if data.startswith(codecs.BOM_UTF16_LE) and not data.startswith(codecs.BOM_UTF32_LE):
        return _strict(data[2:], "utf-16-le", path), "utf-16-le", True
    if data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data[2:], "utf-16-be", path), "utf-16-be", True
    if b"\x00" in data:
        raise UserError(f"binary data (NUL byte at offset {data.index(0)}), not a text document", path=path)
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError as exc:
        utf8_error = exc
    candidates: list[tuple[float, str, str]] = []
    for name in _LEGACY:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_score(text), name, text))
    if not candidates:
        bad = data[utf8_error.start]
        raise UserError(
            f"undecodable bytes: not UTF-8, UTF-16, Big5 or GB18030 (byte 0x{bad:02x} at offset {utf8_error.start}); "
            "pass --encoding to choose one",
            path=path,
        )
    candidates.sort(key=lambda c: (-c[0], _LEGACY.index(c[1])))
    _, name, text = candidates[0]
    return text, name, False


def _strict(data: bytes, encoding: str, path: str) -> str:
    """Decode after a BOM, reporting the offset of the first bad byte."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UserError(f"invalid {encoding} after its byte-order mark (offset {exc.start})", path=path) from None
