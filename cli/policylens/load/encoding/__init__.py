"""Bytes → text: BOM sniffing, UTF-8, UTF-16 and UTF-32 (with or without BOM), Big5, Big5-HKSCS and GB18030.

Legacy CJK bytes are decoded with each candidate and scored by the share of common
policy characters; when no candidate scores well, charset-normalizer (imported only
then) gets a say, and if it is unsure too the file is refused: never mojibake.
"""

from __future__ import annotations

import codecs

from policylens.errors import UserError, echo
from policylens.load.encoding.misreadings import (
    _NOT_ASCII,
    _refuse_double_encoded,
)
from policylens.load.encoding.misreadings import (
    _refuse_utf8_read_as_cjk as _refuse_utf8_read_as_cjk,
)
from policylens.load.encoding.misreadings import (
    refuse_escaped_text as refuse_escaped_text,
)
from policylens.load.encoding.scoring import (
    _COMMON as _COMMON,
)
from policylens.load.encoding.scoring import (
    _GUESSABLE,
    _LEGACY,
    _TRIED,
    _WESTERN,
    _common,
)
from policylens.load.encoding.scoring import (
    _SHARE_STEP as _SHARE_STEP,
)
from policylens.load.encoding.scoring import (
    _SHOWN as _SHOWN,
)
from policylens.load.encoding.scoring import (
    MIN_SCORE as MIN_SCORE,
)
from policylens.load.encoding.scoring import (
    MIN_SCORED as MIN_SCORED,
)
from policylens.load.encoding.scoring import (
    SCORE_SAMPLE as SCORE_SAMPLE,
)
from policylens.load.encoding.scoring import (
    _ideographs as _ideographs,
)
from policylens.load.encoding.scoring import (
    _policy_share as _policy_share,
)
from policylens.load.encoding.scoring import (
    _score as _score,
)
from policylens.load.encoding.wide_units import (
    _cjk_only,
    _refuse_cut_short,
    _refuse_utf8_after_utf16_mark,
    _utf16_without_bom,
    _utf32_without_bom,
)
from policylens.patterns import SURROGATE


def decode(data: bytes, *, path: str, forced: str | None = None) -> tuple[str, str, bool]:
    """Decode `data`; return (text, encoding name, had BOM).  Raise UserError if impossible."""
    forced = forced.strip() if forced else forced  # as `--encoding` names it (codecs.lookup ignores the spaces)
    if forced:
        try:
            codecs.lookup(forced)
        except LookupError:
            raise UserError(f"unknown encoding {echo(forced)}", path=path) from None
        try:
            text = data.decode(forced)
        except UnicodeDecodeError as exc:
            raise UserError(f"cannot decode as {forced}: bad byte 0x{data[exc.start]:02x} at offset {exc.start}", path=path) from None
        if (half := SURROGATE.search(text)) is not None:
            # (twenty-sixth round) UTF-7 writes half a surrogate pair as readily as a character (`+2AA-` is U+D800),
            # which UTF-8 cannot write: every output but JSON was an internal error
            line = text.count("\n", 0, half.start()) + 1
            raise UserError(
                f"cannot decode as {forced}: it reads as half a surrogate pair (U+{ord(half.group()):04X}) on line {line},"
                " which is no character",
                path=path,
            )
        bom = text.startswith("\ufeff")
        return (text[1:] if bom else text), forced, bom
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data, 3, "utf-8", path)
        _refuse_double_encoded(text, path)
        return text, "utf-8-sig", True
    if data.startswith(codecs.BOM_UTF32_LE):
        _refuse_swapped_mark(data[4:], "utf-32-le", path)
        return _strict(data, 4, "utf-32-le", path), "utf-32-le", True
    if data.startswith(codecs.BOM_UTF32_BE):
        _refuse_swapped_mark(data[4:], "utf-32-be", path)
        return _strict(data, 4, "utf-32-be", path), "utf-32-be", True
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        _refuse_utf8_after_utf16_mark(data[2:], name, path)
        _refuse_swapped_mark(data[2:], name, path)
        return _strict(data, 2, name, path), name, True
    if b"\x00" in data:
        utf32 = _utf32_without_bom(data)
        if utf32 is not None:
            return utf32
        utf16 = _utf16_without_bom(data, path)
        if utf16 is not None:
            return utf16
        raise UserError(f"binary data (NUL byte at offset {data.index(0)}), not a text document", path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        _refuse_double_encoded(text, path)
        return text, "utf-8", False
    candidates: list[tuple[float, int, str, str]] = []
    furthest = (["UTF-8"], utf8_error.start)  # the readings that got furthest before a bad byte
    # UTF-16 without BOM and without any ASCII character (so without NUL bytes): CJK only.
    names = _LEGACY + (("utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ())
    unlikely = False
    for name in names:
        try:
            text = data.decode(name)
        except UnicodeDecodeError as exc:
            if exc.start > furthest[1]:
                furthest = ([_SHOWN[name]], exc.start)
            elif exc.start == furthest[1]:
                furthest[0].append(_SHOWN[name])
            continue
        if name.startswith("utf-16") and not _cjk_only(text):
            unlikely = True  # (a short UTF-8 text with one bad byte read as 「‣铦隭ਊ곧肸껦」: too few ideographs to score)
            continue
        candidates.append((*_score(text), name, text))
    # Too few ideographs to score (a one-line file): the reading of fewer kana, bopomofo, rare and private-use
    # characters wins, then the score (twenty-fourth round: GBK 「更新日期：2024年1月1日」 was read as Big5-HKSCS,
    # 「載陔゜ヽㄩ2024爛1堎1゜」: no common character in either reading, and Big5-HKSCS came first).
    candidates.sort(key=lambda c: (-c[0] if c[1] >= MIN_SCORED else 0.0, -_plausible(c[3]), -c[0], names.index(c[2])))
    if candidates and (candidates[0][0] >= MIN_SCORE or candidates[0][1] < MIN_SCORED):
        _, _, name, text = candidates[0]
        return text, name, False
    guessed, hint = _charset_normalizer(data)
    if guessed is not None:
        return guessed[0], guessed[1], False
    if utf8_error.end == len(data) and utf8_error.reason == "unexpected end of data":
        # (twenty-fourth round) a download or a copy cut short: 「undecodable bytes: cannot tell the encoding」 sent
        # the reader to --encoding, where a legacy code page reads the whole file as mojibake
        _refuse_cut_short("UTF-8", data, utf8_error.start, path)
    _refuse_mixed(data, path)
    what = "decodes only to unlikely characters" if candidates or unlikely else "undecodable bytes"
    names_, offset = furthest
    readings = " and ".join(filter(None, (", ".join(names_[:-1]), names_[-1])))
    where = f"{readings} {'stop' if len(names_) > 1 else 'stops'} at byte 0x{data[offset]:02x} at offset {offset}"
    raise UserError(
        f"{what}: cannot tell the encoding (tried {_TRIED} and charset-normalizer; {where}); pass --encoding to choose one{hint}",
        path=path,
    )


def _plausible(text: str) -> float:
    """Share of the non-ASCII characters of `text` (a sample) that are common ideographs or CJK and full-width
    punctuation (ideographs of extension A too: Cantonese 㗎): a wrong multi-byte reading scatters kana, bopomofo, astral or private-use characters among them."""
    sample = [c for c in text[:2000] if c > "\x7f"]
    if not sample:
        return 1.0
    return sum("\u3400" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" for c in sample) / len(sample)


def _charset_normalizer(data: bytes) -> tuple[tuple[str, str] | None, str]:
    """charset-normalizer's reading when it is confident and the text looks like a policy, and a hint.

    The hint (for the error message) names a confident guess that is not taken: a
    single-byte code page "decodes" anything, so an English edition saved as Windows-1252
    is refused, but the message says which `--encoding` to try.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        return None, ""
    if best.encoding not in _GUESSABLE:
        western = best.encoding in _WESTERN
        return None, f" (charset-normalizer guesses {best.encoding}{': for an English edition, try --encoding cp1252' if western else ''})"
    text = str(best)
    score, count = _score(text)
    if count >= MIN_SCORED and score < MIN_SCORE:
        return None, ""
    return (text, best.encoding), ""


def _refuse_mixed(data: bytes, path: str) -> None:
    """A file that no one encoding reads, some of its lines UTF-8 and some another's (u35h): text pasted from two
    sources, or a GBK file an editor appended UTF-8 lines to.  One line names a line of each (it was `cannot tell the
    encoding … UTF-16-LE stops at byte 0xd3`, the reading that got furthest, which sent the reader to `--encoding`
    though no encoding reads the file).  Called only when every reading failed."""
    utf8_line = other_line = 0
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                line.decode("gb18030")
            except UnicodeDecodeError:
                return  # a line no reading takes: not two encodings
            other_line = other_line or number
        else:
            utf8_line = utf8_line or number
        if utf8_line and other_line:
            raise UserError(
                f"mixes encodings: line {utf8_line} is UTF-8, line {other_line} is not (GBK, Big5 or another legacy"
                " encoding): save the whole file in one encoding",
                path=path,
            )


def _plausible_share(text: str) -> float:
    """Share of `text` (a sample) that is ASCII or a common policy ideograph."""
    if not text:
        return 1.0
    return (len(_NOT_ASCII.sub("", text)) + _common(text)) / len(text)


def _refuse_swapped_mark(body: bytes, name: str, path: str) -> None:
    """A UTF-16 (or UTF-32) byte-order mark of the other order than the text after it (u35h): FF FE (little-endian)
    in front of big-endian text, or FE FF in front of little-endian.

    Every ASCII character then reads as U+xx00 (「Privacy」 as 「倀爀椀瘀愀挀礀」), a valid character, so the file was
    read without a word, no letter of it right.  Refused when the other order reads as ASCII and common ideographs
    (at least 80% of a sample) and the marked one does not (under half): a policy whose 「一」 (U+4E00) puts NULs in
    the other column still reads as itself."""
    unit = 4 if name.startswith("utf-32") else 2  # (UTF-32's marks too: FF FE 00 00 in front of big-endian UTF-32)
    sample = body[: unit * SCORE_SAMPLE]
    sample = sample[: len(sample) - len(sample) % unit]
    other = name[:-2] + ("be" if name.endswith("le") else "le")
    if len(sample) < 8 or b"\x00" not in sample:
        return
    # (a sample cut inside a surrogate pair ends in U+FFFD: one character of the share)
    swapped, marked = sample.decode(other, "replace"), sample.decode(name, "replace")
    if _plausible_share(swapped) >= 0.8 and _plausible_share(marked) < 0.5:
        raise UserError(
            f"a {name.upper()} byte-order mark in front of {other.upper()} text (its bytes in the other order): remove"
            f" the first {'two' if unit == 2 else 'four'} bytes (the mark) and pass --encoding {other}",
            path=path,
        )


def _strict(data: bytes, mark: int, encoding: str, path: str) -> str:
    """Decode what follows a BOM of `mark` bytes, reporting the first bad bytes by their offset in the file.

    The offset counted from after the mark (2, 3 or 4 bytes short: 「offset 12」 for a lone surrogate at byte 14),
    so a hex editor showed a good character there; the bad bytes and their line are named too.

    A second BOM right after the first (two tools each added one, or a file with a BOM appended to
    an empty one that had its own) is a mark too, not text: it hid line 1's Markdown heading
    (「\\ufeff# 隱私權政策」 was a paragraph, the title kept its `#`)."""
    body = data[mark:]
    try:
        return body.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        if exc.end == len(body) and exc.reason in ("truncated data", "unexpected end of data"):
            # (twenty-sixth round) UTF-16 or UTF-32 cut short was 「bad byte 41 at offset 32」, UTF-8 after a BOM too
            _refuse_cut_short(encoding.upper(), data, mark + exc.start, path)
        bad = " ".join(f"{b:02x}" for b in body[exc.start : exc.end][:4])
        before = body[: exc.start].decode(encoding)
        line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1  # CR, LF and CRLF end a line
        raise UserError(
            f"invalid {encoding} after its byte-order mark: bad byte{'s' if exc.end - exc.start > 1 else ''} {bad}"
            f" at offset {mark + exc.start} (line {line})",
            path=path,
        ) from None
