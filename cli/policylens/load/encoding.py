"""Bytes → text: BOM sniffing, UTF-8, UTF-16 and UTF-32 (with or without BOM), Big5, Big5-HKSCS and GB18030.

Legacy CJK bytes are decoded with each candidate and scored by the share of common
policy characters; when no candidate scores well, charset-normalizer (imported only
then) gets a say, and if it is unsure too the file is refused: never mojibake.
"""

from __future__ import annotations

import codecs
from typing import NoReturn

from policylens.errors import UserError, echo
from policylens.lazyre import lazy
from policylens.patterns import HAN, SURROGATE

# High-frequency characters of policy text in both scripts.  The right legacy
# decoding of CJK bytes is full of them; the wrong one yields rare characters.
_COMMON = set(
    "的一是在不了有和人這这中大為为上個个們们我以要他時时來来用到資资料訊讯隱隐私政策您或及與与"
    "收集使服務务信息護护權权利可本將将會会公司其於于對对提供第三方相關关法律如果此等通過过"
    "請请並并已之所需應应同意理處处保存安全何能否被由其他任商品產产網网站設设備备帳账戶户號号"
)

_LEGACY = ("big5", "big5hkscs", "gb18030")
_TRIED = "UTF-8, UTF-16, Big5, Big5-HKSCS, GB18030"
# The Latin-script code pages: charset-normalizer names a Baltic or Central European one (cp1257)
# for a short Western text of 「Café」 and 「naïve」, which is Windows-1252 as often as not.
_WESTERN = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "mac_roman", "mac_latin2", "cp437", "cp850"}
    | {f"iso8859_{n}" for n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)}
)
_SHOWN = {"big5": "Big5", "big5hkscs": "Big5-HKSCS", "gb18030": "GB18030", "utf-16-le": "UTF-16-LE", "utf-16-be": "UTF-16-BE"}
# A right decoding of a policy has 30–60 % common characters; mojibake has a few percent.
MIN_SCORE = 0.12
# What charset-normalizer may choose: multi-byte CJK and Unicode encodings only.
_GUESSABLE = frozenset(
    {
        "utf_16",
        "utf_16_le",
        "utf_16_be",
        "utf_32",
        "big5",
        "big5hkscs",
        "cp950",
        "gb18030",
        "gbk",
        "gb2312",
        "hz",
        "euc_jp",
        "shift_jis",
        "cp932",
        "euc_kr",
        "cp949",
        "iso2022_jp",
    }
)
MIN_SCORED = 20
SCORE_SAMPLE = 200_000  # fewer CJK characters than this: too few to judge, the best candidate wins


# The high bytes of UTF-16 code units that are not those of U+4E00–U+9FFF (0x4E–0x9F): deleted, the rest count the
# ideographs.  An astral character is two surrogates (high bytes 0xD8–0xDF), counted by neither form of `_score`.
_NOT_IDEOGRAPH_HIGH = bytes(range(0x4E)) + bytes(range(0xA0, 0x100))  # (no generator at start-up)
# Runs of common characters (all of them U+4E00–U+9FFF: tests/test_load_speed27.py): removed, the length lost counts them.
_COMMON_RUN = lazy(f"[{''.join(sorted(_COMMON))}]+")
# A share decided early (`_policy_share`) reads the sample this many characters at a time.
_SHARE_STEP = 1024


def _ideographs(text: str) -> int:
    """How many characters of `text` are U+4E00–U+9FFF: the UTF-16 high bytes 0x4E–0x9F, counted in C."""
    return len(text.encode("utf-16-le", "surrogatepass")[1::2].translate(None, _NOT_IDEOGRAPH_HIGH))


def _common(text: str) -> int:
    """How many characters of `text` are common policy characters (`_COMMON`)."""
    return len(text) - len(_COMMON_RUN.sub("", text))


def _score(text: str) -> tuple[float, int]:
    """Share of CJK ideographs in `text` that are common policy characters, and their count.

    A sample decides (the first 200,000 characters): a whole 20 MB file would cost a list of
    millions of characters per candidate.  Its readable form (a list of the ideographs, a test
    of each; 0.16 s of the 0.31 s a `check` of the benchmark's 200 files spent loading them) is
    `tests/test_load_speed27.py`'s `plain_score`; the two counts are made in C here.
    """
    sample = text[:SCORE_SAMPLE]
    count = _ideographs(sample)
    if not count:
        return 0.0, 0
    return _common(sample) / count, count


def _policy_share(sample: str, count: int) -> bool:
    """Whether `_score(sample)` is at least MIN_SCORE, given its `count` of ideographs (not 0): read from the start only
    until the common characters found so far make the share (more can only raise it, and the division of
    floats keeps that order), which a policy reaches within its first third or so."""
    found = 0
    for start in range(0, len(sample), _SHARE_STEP):
        found += _common(sample[start : start + _SHARE_STEP])
        if found / count >= MIN_SCORE:
            return True
    return False


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


# Windows-1252 and Latin-1 read back to their bytes: what a tool that read UTF-8 as one of them wrote.  The five bytes
# Windows-1252 leaves undefined (81 8D 8F 90 9D) come out as the C1 controls of the same code, as Windows' own
# conversion writes them; Latin-1 is those controls for 80–9F.
_CP1252_BYTES = {bytes([b]).decode("cp1252", "ignore") or chr(b): b for b in range(0x80, 0x100)} | {chr(b): b for b in range(0x80, 0xA0)}
# A UTF-8 lead byte (C2–F4) read as one of them, then a continuation byte (80–BF): 「éš」 for E9 9A, 「Ã©」 for C3 A9.
_CONTINUATION = "".join(sorted(c for c, b in _CP1252_BYTES.items() if 0x80 <= b <= 0xBF))
_DOUBLE_ENCODED = lazy(f"[\u00c2-\u00f4][{_CONTINUATION}]+")
_HAN_OR_KANA = lazy(f"[\u3040-\u30ff{HAN}\uac00-\ud7af]")
_UTF7_RUN = lazy(r"\+([A-Za-z0-9/+]{2,})-?")  # a UTF-7 shifted run: `+`, base64, an optional `-`
_NOT_ASCII = lazy("[^\\x00-\\x7f]")


def _refuse_utf8_read_as_cjk(sample: str, path: str) -> None:
    """Refuse UTF-8 text that a tool read as GBK or Big5 and saved as UTF-8 (twenty-sixth round).

    The mojibake every Chinese user knows: 「隱私權政策」 became 「闅辩娆婃斂绛」 (read as GBK) or 「��梁��甈」 (as Big5),
    ideographs still, so it was read as a policy: `check` reported 455 `script-mixed` errors on such a copy of a
    Google policy (GBK), and passed the Big5 one.  A text whose ideographs are rarely policy words (the score
    `decode` gives legacy readings) is read back to those bytes; when they are UTF-8 of policy text, it is refused.
    """
    count = _ideographs(sample)  # `_score(sample)`, read only as far as its threshold needs
    if count < MIN_SCORED or _policy_share(sample, count):
        return
    for name in ("gb18030", "big5"):
        repaired = sample.replace("\ufffd", "?").encode(name, "replace").decode("utf-8", "replace")
        found, scored = _score(repaired)
        if scored < MIN_SCORED or found < 2 * MIN_SCORE:
            continue
        start = _HAN_OR_KANA.search(sample).start()  # type: ignore[union-attr]  # (count > 0)
        shown = sample[start : start + 8].split("\n")[0]
        meant = shown.replace("\ufffd", "?").encode(name, "replace").decode("utf-8", "replace").rstrip("\ufffd")
        lost = sample.count("\ufffd")
        fix = (
            f"some characters were lost on the way ({lost} cannot be recovered): fetch or export it again"
            if lost
            else f"repair it (iconv -f utf-8 -t {name} FILE > FIXED) or fetch it again"
        )
        raise UserError(
            f"UTF-8 text read as {_SHOWN[name]} and saved as UTF-8 (mojibake): 「{shown}」 stands for 「{meant}」; {fix}"
            " (--encoding utf-8 reads it as it is)",
            path=path,
        )


def _read_back(text: str, encoding: str = "utf-8") -> str:
    """`text` read back to the bytes Windows-1252 or Latin-1 made of them, then in `encoding` (`?` for a character of neither)."""
    return bytes(ord(c) if c < "\x80" else _CP1252_BYTES.get(c, 0x3F) for c in text).decode(encoding, "replace")


def _utf7_ideographs(run: str) -> int:
    """The ideographs a UTF-7 shifted run `+…-` (its base64 `run`) writes, or 0 when it writes anything but CJK
    characters and full-width punctuation (or is no UTF-7)."""
    try:
        decoded = ("+" + run + "-").encode("ascii").decode("utf-7")
    except UnicodeError:
        return 0
    if not decoded or any(not ("\u3000" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\uff00" <= c <= "\uffef") for c in decoded):
        return 0
    return len(_HAN_OR_KANA.findall(decoded))


def _refuse_utf7(sample: str, path: str) -> None:
    """Refuse UTF-7 text (u35h): pure ASCII, its Chinese written as shifted base64 runs, 「+lrF5wWU/e1Y-」 for 「隱私政策」.

    It decoded as UTF-8 without an error and was read as ASCII text with no ideograph, so `check` passed it (and
    `--encoding utf-7` reads it).  Refused when most of its runs write CJK text only, at least six ideographs in all
    (a phone number's 「+886」 writes none, a base64 blob's runs are long and write other characters).
    """
    if "+" not in sample or not sample.isascii():
        return
    runs = hits = ideographs = 0
    first = ""
    for m in _UTF7_RUN.finditer(sample):
        runs += 1
        n = _utf7_ideographs(m.group(1))
        if n:
            hits += 1
            ideographs += n
            first = first or m.group()
    if ideographs >= 6 and 2 * hits >= runs:
        raise UserError(
            f"UTF-7 text: its Chinese is written as +…- codes ({first!r}) and would be read as ASCII; pass --encoding utf-7",
            path=path,
        )


_HZ_RUN = lazy(r"~\{(?:[\x21-\x7d\n]|~(?![{}])){2,4000}~\}")  # an HZ run: `~{`, GB2312 bytes as pairs of printable ASCII, `~}`
# ISO-2022's designations of a double-byte set: `ESC $ @`, `ESC $ B` (JIS), `ESC $ A` (GB2312), `ESC $ ( C`, `ESC $ ) C`…
_ISO2022 = ("iso2022_jp_2", "iso2022_kr", "iso2022_jp_3", "iso2022_jp_ext")
_CONTROL = lazy("[\x00-\x08\x0e-\x1f]")  # (a reading that leaves SO, SI or ESC is another ISO-2022's)
_SHOWN_ISO2022 = {
    "iso2022_jp_2": "ISO-2022-JP-2",
    "iso2022_kr": "ISO-2022-KR",
    "iso2022_jp_3": "ISO-2022-JP-3",
    "iso2022_jp_ext": "ISO-2022-JP-EXT",
}


def _refuse_seven_bit(sample: str, path: str) -> None:
    """Refuse HZ and ISO-2022 text (u41h): 7-bit encodings of Chinese (HZ, RFC 1843: 「~{R~K=U~2_~}」 for 「隐私政策」,
    old Usenet and e-mail archives) and of Japanese, Korean or Chinese (ISO-2022-JP-2's `ESC $ A`, ISO-2022-KR), which
    decode as ASCII without an error: read without a word, no ideograph in them, `check` passed an unfilled
    「~{!>GkLnP49+K>C{3F!?~}」 (【请填写公司名称】) with exit 0, as it did UTF-7's.  Refused when the runs decode to at least
    six CJK characters; `--encoding hz` (or the ISO-2022 name the message gives) reads it."""
    if "~{" in sample:
        ideographs = common = 0
        first = ""
        for m in _HZ_RUN.finditer(sample):
            try:
                decoded = m.group().encode("ascii").decode("hz")
            except UnicodeError:
                continue
            n = len(_HAN_OR_KANA.findall(decoded))
            if n:
                ideographs += n
                common += _common(decoded)
                first = first or m.group()[:24]
            if ideographs >= 6 and common >= ideographs * MIN_SCORE:  # (any ASCII letters read as HZ are ideographs)
                raise UserError(
                    f"HZ text (7-bit GB2312): its Chinese is written as ~{{…~}} codes ({first!r}) and would be read as ASCII;"
                    " pass --encoding hz",
                    path=path,
                )
    if "\x1b$" not in sample:
        return
    data = sample.encode("ascii")
    for name in _ISO2022:
        try:
            decoded = data.decode(name)
        except UnicodeError:
            continue
        if len(_HAN_OR_KANA.findall(decoded)) >= 6 and not _CONTROL.search(decoded):  # (ESC sequences are no chance text)
            raise UserError(
                f"{_SHOWN_ISO2022[name]} text: its characters are written as escape sequences and would be read as ASCII;"
                f" pass --encoding {name}",
                path=path,
            )


def _unescape_html(run: str) -> str:
    from html import unescape  # (only for a text of references: html.entities is no start-up import)

    return unescape(run)


def _utf8_bytes(hex_digits: str) -> str:
    data = bytes.fromhex(hex_digits)
    for name in ("utf-8", "gb18030"):
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


# (u41h) A text whose Chinese is written as escape codes: a mail part saved with its quoted-printable body, a URL's
# percent-encoding, a JSON string's `\\uXXXX` pasted into a text or Markdown file, an HTML page's `&#x9690;` references in
# a text file.  Read as ASCII, no ideograph in them, `check` passed an unfilled 【请填写公司名称】 with exit 0 (as it did an
# RTF or MHTML file's, refused since the twenty-third round).  Each: its name, a run of it, and how a run decodes.
_ESCAPED_KINDS = (
    ("quoted-printable codes", lazy(r"(?:=[89A-Fa-f][0-9A-Fa-f]){2,600}"), lambda run: _utf8_bytes(run.replace("=", ""))),
    ("percent-encoding", lazy(r"(?:%[89A-Fa-f][0-9A-Fa-f]){2,600}"), lambda run: _utf8_bytes(run.replace("%", ""))),
    ("\\u escapes", lazy(r"(?:\\u[0-9A-Fa-f]{4}){1,600}"), lambda run: "".join(chr(int(h, 16)) for h in run.split("\\u")[1:])),
    ("character references", lazy(r"(?:&#(?:[xX][0-9A-Fa-f]{2,6}|[0-9]{2,7});){1,600}"), _unescape_html),
)


def refuse_escaped_text(text: str, path: str, kinds: frozenset[str]) -> None:
    """Refuse a text with no CJK character whose escape codes of one of `kinds` (the names of `_ESCAPED_KINDS` the
    reader does not decode itself) spell Chinese: at least six ideographs, mostly common policy characters."""
    sample = text[:SCORE_SAMPLE]
    if _HAN_OR_KANA.search(sample):
        return
    for name, pattern, decode_run in _ESCAPED_KINDS:
        if name not in kinds:
            continue
        ideographs = common = covered = 0
        first = ""
        joined = sample.replace("=\r\n", "").replace("=\n", "") if name == "quoted-printable codes" else sample  # (soft breaks)
        for m in pattern.finditer(joined):
            decoded = decode_run(m.group())
            n = len(_HAN_OR_KANA.findall(decoded))
            if n:
                ideographs += n
                common += _common(decoded)
                covered += len(m.group())
                first = first or m.group()[:30]
        # most of the text: an English policy's link to a Chinese page (「…/wiki/%E9%9A%90%E7%A7%81」) is read
        if ideographs >= 6 and common >= ideographs * MIN_SCORE and 3 * covered >= len(joined) - joined.count(" "):
            raise UserError(
                f"its Chinese is written as {name} ({first!r}) and would be read as ASCII: not read; decode it first"
                " (--input-format text reads it as it is)",
                path=path,
            )


def _refuse_double_encoded(text: str, path: str) -> None:
    """Refuse UTF-8 text that holds another encoding's bytes read as Windows-1252 or Latin-1 (twenty-sixth round).

    A tool read a policy's bytes as Windows-1252 or Latin-1 and saved what it read as UTF-8 (an FTP client in ASCII
    mode, a CMS export, a database column declared latin1): UTF-8's 「隱私權政策」 became 「éš±ç§æ¬Šæ”¿ç­–」, GBK's
    「隐私政策」 「ÒþË½Õþ²ß」, valid UTF-8 and plausible Latin text, so the file was read without a word, no ideograph
    in it, and `check` passed it (or reported 「«²»」 as a slot).  Only a text without a Chinese, Japanese or Korean
    character is tested.  Read back to its bytes, it is refused when most of its runs of accented letters are UTF-8
    of ideographs (at least three: a Western 「Café」 or 「São」 is not, é before ASCII is no UTF-8), or when it reads
    as GB18030 or Big5 policy text (the score `decode` gives legacy readings, over at least 20 ideographs).
    `--encoding utf-8` still reads it as it is.
    """
    sample = text[:SCORE_SAMPLE]
    if _HAN_OR_KANA.search(sample):
        _refuse_utf8_read_as_cjk(sample, path)
        return
    _refuse_utf7(sample, path)
    if sample.isascii():
        _refuse_seven_bit(sample, path)
    first = _DOUBLE_ENCODED.search(sample)
    if first is None:
        return
    runs = sum(1 for _ in _DOUBLE_ENCODED.finditer(sample, first.start()))
    found = ""
    if runs >= 3:
        repaired = _read_back(sample)
        hits = len(_HAN_OR_KANA.findall(repaired))
        if hits >= 3 and 2 * hits >= runs:  # most runs must read as CJK (a lossy converter's U+FFFD breaks a few)
            found = "utf-8"
    if not found and runs >= MIN_SCORED // 2:
        legacy = [(_score(_read_back(sample, name)), name) for name in ("gb18030", "big5")]
        (share, count), name = max(legacy)
        if count >= MIN_SCORED and share >= 2 * MIN_SCORE:
            found = name
    if not found:
        return
    start = first.start() if found == "utf-8" else _NOT_ASCII.search(sample).start()  # type: ignore[union-attr]
    end = start
    while end < len(sample) and sample[end] not in "\r\n" and end - start < 16:
        end += 1
    while end < len(sample) and end > start and 0x80 <= _CP1252_BYTES.get(sample[end], 0) <= 0xBF and found == "utf-8":
        end -= 1  # do not cut a character's bytes
    shown = sample[start:end]
    meant = _read_back(shown, found)
    if meant.endswith("\ufffd") and found != "utf-8":  # a lead byte cut from its trail
        shown, meant = shown[:-1], meant[:-1]
    code_page = "cp1252" if any(c in _CP1252_BYTES and c > "\u00ff" for c in sample) else "latin1"
    lost = sample.count("\ufffd")
    what = "UTF-8" if found == "utf-8" else _SHOWN[found]
    back = "" if found == "utf-8" else f" | iconv -f {found} -t utf-8"
    fix = (
        f"some characters were lost on the way ({lost} cannot be recovered): fetch or export it again"
        if lost
        else f"repair it (iconv -f utf-8 -t {code_page} FILE{back} > FIXED) or fetch it again"
    )
    raise UserError(
        f"{what} text read as {'Windows-1252' if code_page == 'cp1252' else 'Latin-1'} and saved as UTF-8"
        f" (mojibake): 「{shown}」 stands for 「{meant}」; {fix} (--encoding utf-8 reads it as it is)",
        path=path,
    )


def _refuse_cut_short(encoding: str, data: bytes, start: int, path: str) -> NoReturn:
    """Text whose last character is cut (bytes from `start` to the end): a download or a copy interrupted."""
    raise UserError(
        f"{encoding} text that ends inside a character (byte{'s' if len(data) - start > 1 else ''} {data[start:].hex(' ')}"
        f" at offset {start}, the last of the file): the file looks cut short; fetch or save it again",
        path=path,
    )


def _plausible(text: str) -> float:
    """Share of the non-ASCII characters of `text` (a sample) that are common ideographs or CJK and full-width
    punctuation (ideographs of extension A too: Cantonese 㗎): a wrong multi-byte reading scatters kana, bopomofo, astral or private-use characters among them."""
    sample = [c for c in text[:2000] if c > "\x7f"]
    if not sample:
        return 1.0
    return sum("\u3400" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" for c in sample) / len(sample)


def _cjk_only(text: str) -> bool:
    """Whether `text` is CJK characters, full-width forms and spaces only: UTF-16 without a NUL byte has no
    ASCII character, so a right reading is such text; a wrong one mixes scripts (Hangul, Gurmukhi, ‣)."""
    sample = text[:SCORE_SAMPLE]
    cjk = sum(1 for c in sample if "\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\uff00" <= c <= "\uffef" or c >= "\U00020000")
    return cjk + sum(c.isspace() for c in sample) >= 0.9 * len(sample)


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
