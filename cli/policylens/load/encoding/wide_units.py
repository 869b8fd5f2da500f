"""UTF-16 and UTF-32 without a BOM, told from UTF-8 with a few stray NUL bytes; a UTF-16 byte-order mark in front of
UTF-8, Big5 or GB18030 bytes (an editor added the wrong mark: refused); a text whose last character is cut short.
"""

from __future__ import annotations

from typing import NoReturn

from policylens.errors import UserError
from policylens.load.encoding.scoring import _LEGACY, _SHOWN, MIN_SCORE, MIN_SCORED, SCORE_SAMPLE, _score


def _refuse_cut_short(encoding: str, data: bytes, start: int, path: str) -> NoReturn:
    """Text whose last character is cut (bytes from `start` to the end): a download or a copy interrupted."""
    raise UserError(
        f"{encoding} text that ends inside a character (byte{'s' if len(data) - start > 1 else ''} {data[start:].hex(' ')}"
        f" at offset {start}, the last of the file): the file looks cut short; fetch or save it again",
        path=path,
    )


def _cjk_only(text: str) -> bool:
    """Whether `text` is CJK characters, full-width forms and spaces only: UTF-16 without a NUL byte has no
    ASCII character, so a right reading is such text; a wrong one mixes scripts (Hangul, Gurmukhi, ‣)."""
    sample = text[:SCORE_SAMPLE]
    cjk = sum(1 for c in sample if "\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\uff00" <= c <= "\uffef" or c >= "\U00020000")
    return cjk + sum(c.isspace() for c in sample) >= 0.9 * len(sample)


def _utf32_without_bom(data: bytes) -> tuple[str, str, bool] | None:
    """UTF-32 text saved without a BOM, or None.

    It was refused as binary data (「NUL byte at offset 1」).  Every four bytes must be one code
    point (at most U+10FFFF, no surrogate), which UTF-16 and binary data almost never are; UTF-8
    with stray NULs (「ab\\0\\0」 is U+6261) is told as for UTF-16, and a reading with control
    characters, or whose CJK characters are mojibake, is out.
    """
    if len(data) % 4 or _utf8_with_stray_nuls(data):
        return None
    for name in ("utf-32-le", "utf-32-be"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _controls(text) > max(2, len(text) // 100):
            continue
        score, count = _score(text)
        if count >= MIN_SCORED and score < MIN_SCORE:
            continue
        return text, name, False
    return None


def _controls(text: str) -> int:
    """The C0 control characters of `text` other than tab, line ends and form feed."""
    return sum(1 for c in text if c < " " and c not in "\t\n\r\f")


def _utf16_without_bom(data: bytes, path: str) -> tuple[str, str, bool] | None:
    """UTF-16 text saved without a BOM, told by the statistics of its NUL bytes, or None.

    ASCII characters (newlines at least) leave a NUL in the high byte of their unit, so one
    byte column holds most NULs; but U+xx00 characters (一 U+4E00, 倀 U+5000…) leave one in
    the other column, so NULs in both columns are normal.  Both byte orders are read; a
    reading with control characters, or whose CJK characters are not policy-like
    (mojibake), is out; of the rest the one with the better CJK score, then with more
    characters below U+0100 (its NUL column), wins.
    """
    if len(data) % 2:
        whole = _utf16_without_bom(data[:-1], path) if len(data) > 2 else None
        if whole is not None and not _controls(whole[0]):
            # (twenty-sixth round) UTF-16 cut short by one byte was 「binary data (NUL byte at offset 11)」
            _refuse_cut_short("UTF-16", data, len(data) - 1, path)
        return None
    if _utf8_with_stray_nuls(data):
        return None  # its UTF-16 reading is mojibake
    even, odd = data[0::2].count(0), data[1::2].count(0)
    best: tuple[tuple[float, int], str, str] | None = None
    undecodable = False
    for name, nuls in (("utf-16-le", odd), ("utf-16-be", even)):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            undecodable = undecodable or not min(even, odd)
            continue
        if _controls(text) > max(2, len(text) // 100):
            continue
        score, count = _score(text)
        if count >= MIN_SCORED and score < MIN_SCORE:
            continue  # mojibake: the other byte order
        if nuls * 8 < len(data) // 2 and not count:
            continue  # a few stray NULs in otherwise non-UTF-16 bytes
        key = (score if count >= MIN_SCORED else 0.0, nuls)
        if best is None or key > best[0]:
            best = (key, name, text)
    if best is not None:
        return best[2], best[1], False
    if undecodable:
        raise UserError("looks like UTF-16 without a byte-order mark, but does not decode as it; re-save the file with a BOM", path=path)
    return None


def _utf8_with_stray_nuls(data: bytes) -> bool:
    """True when `data` is UTF-8 text with a few NUL bytes, not UTF-16 without a BOM.

    UTF-8 text with a stray NUL also "decodes" as UTF-16, to ideographs
    (「Privacy」 → 牐癩捡), and a short file has too few of them for the mojibake score
    (`MIN_SCORED`) to judge.  UTF-16 of Chinese is seldom valid UTF-8 (its bytes 0x80–0xBF
    stand alone); when it is, its right reading is full of common policy characters, even in
    a few words.  UTF-16 of ASCII-heavy text is valid UTF-8 too, and has a NUL for every
    ASCII character and mostly Latin characters in its right reading.  So valid UTF-8 is
    UTF-16 only when one of its UTF-16 readings reads as policy text, or is mostly Latin
    while NULs make up one byte in sixteen or more.  Otherwise it is refused as binary: an
    error, never mojibake.
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    many_nuls = data.count(0) * 16 >= len(data)
    for name in ("utf-16-le", "utf-16-be"):
        text = data.decode(name, errors="replace")
        score, count = _score(text)
        if count and score >= MIN_SCORE:
            return False
        sample = text[:SCORE_SAMPLE]
        if many_nuls and sum(c < "\u0250" for c in sample) * 2 > len(sample):
            return False
    return True


def _refuse_utf8_after_utf16_mark(body: bytes, name: str, path: str) -> None:
    """A UTF-16 byte-order mark in front of UTF-8 text (an editor added the wrong mark).

    Read as UTF-16, such bytes often decode without error into nonsense CJK characters, and
    the policy would be checked as garbage.  UTF-16 text of a policy has NUL bytes (every line
    end, space and digit has one); UTF-8 text has none and decodes as UTF-8.
    """
    if not body or b"\x00" in body:
        return  # nothing behind the mark: an empty UTF-16 file, reported as empty (not "UTF-8 text")
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        _refuse_legacy_after_utf16_mark(body, name, path)
        return
    raise UserError(
        f"a {name.upper()[:6]} byte-order mark in front of UTF-8 text: remove the first two bytes (FF FE or FE FF) and save it as UTF-8",
        path=path,
    )


def _refuse_legacy_after_utf16_mark(body: bytes, name: str, path: str) -> None:
    """A UTF-16 byte-order mark in front of Big5 or GB18030 bytes (twenty-fourth round).

    Such bytes often decode as UTF-16 without error (「私隱政策…」 in Big5 read as 「炨䚬ꚵꔊ…」: Yi, Vai and
    Hangul), and the file was checked as text without one Chinese character, exit 0.  Refused when the
    UTF-16 reading is not CJK text (a single-line UTF-16 policy of ideographs only has no NUL byte either)
    and a legacy encoding reads the bytes as policy text.
    """
    try:
        if _cjk_only(body.decode(name)):
            return
    except UnicodeDecodeError:
        pass  # (it was refused at the first surrogate, as 「invalid utf-16-le」, the encoding left unnamed)
    for legacy in _LEGACY:
        try:
            text = body.decode(legacy)
        except UnicodeDecodeError:
            continue
        score, count = _score(text)
        if count and (score >= MIN_SCORE or count < MIN_SCORED):
            raise UserError(
                f"a {name.upper()[:6]} byte-order mark in front of {_SHOWN[legacy]} text: remove the first two bytes"
                f" (FF FE or FE FF) and read it with --encoding {legacy}",
                path=path,
            )
