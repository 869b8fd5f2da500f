"""Text another tool already decoded wrongly, refused with the repair to make: UTF-8 read as GBK or Big5 and saved
as UTF-8, UTF-8 holding another encoding's bytes read as Windows-1252 or Latin-1 (double-encoded), UTF-7, the seven-bit
forms (HZ, ISO-2022), and a text with no CJK character whose escape codes spell Chinese (`refuse_escaped_text`).
"""

from __future__ import annotations

from policylens.errors import UserError
from policylens.lazyre import lazy
from policylens.load.encoding.scoring import _SHOWN, MIN_SCORE, MIN_SCORED, SCORE_SAMPLE, _common, _ideographs, _policy_share, _score
from policylens.patterns import HAN

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
