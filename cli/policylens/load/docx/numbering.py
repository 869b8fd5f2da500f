"""Word's automatic numbering (`w:numPr`): the labels a reader sees but the XML does not hold.

Word draws 「一、」, 「（二）」 or 「1.2」 in front of a numbered paragraph from
`word/numbering.xml`: the paragraph (or its style) names a list (`w:numId`) and a level
(`w:ilvl`); the list's abstract definition gives, per level, the first value
(`w:start`), the counting format (`w:numFmt`: decimal, chineseCounting, …) and the label
pattern (`w:lvlText`, where `%1` … `%9` stand for the counters of levels 1 … 9).
`Numbering.label()` counts the paragraphs in document order as Word does (a level's
counter restarts when a shallower level moves on) and returns the label, so the DOCX
reader can put it in front of the text, where the reader sees it.  Bullets have no label.

The running count belongs to the abstract definition, not to the `w:num` (ECMA-376 §17.9):
two `numId`s of one abstract list continue each other (Word's "continue numbering", and
how authors' outlines end up split over several `numId`s), unless a `w:num` carries a
`w:lvlOverride/w:startOverride`, which restarts its level at that value where the `w:num`
is first used (Word's "restart numbering").
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from xml.etree import ElementTree as ET

# The WordprocessingML namespace, as ElementTree writes it in tag names (every module of the reader uses it).
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PLACEHOLDER = re.compile(r"%([1-9])")
_CN = "〇一二三四五六七八九"
_CN_TW = "零壹貳參肆伍陸柒捌玖"
_IDEOGRAPH = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)

Level = tuple[int, str, str]  # (start, numFmt, lvlText)
# Hostile files: a counter is at most this many digits (int() of 5,000 digits raises), and a
# letter label repeats its letter at most this many times (「zzz…」 for a start of 10**9).
_MAX_DIGITS = 6
_MAX_LETTER_REPEAT = 4
# A label Word draws is a few characters (「第十二條」, 「1.2.3.」, 「(iv)」); a `w:lvlText` of 20,000
# `%1` made every numbered paragraph carry a 20,000-character label (300 paragraphs of a 40 KB
# file became 6 MB of text, 7 s).  A level text or label longer than this is not drawn.
_MAX_LABEL = 100
# A list has nine levels (`w:ilvl` 0–8, what Word writes and draws); a level past them is not read.  (u41h) A 48 KB
# numbering part of one list of 4,000 levels used by 4,000 `w:num`s took 611 MB (each `w:num` copied every level) and
# time quadratic in the levels (each paragraph's counters dropped the deeper ones one by one).
_LEVELS = 9


def _chinese(n: int, digits: str = _CN) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百〇五, 1012 → 一千〇一十二, 20000 → 二万 (counting style).

    Thousands and ten-thousands were written as hundreds: 1000 was 「十百」 and 1001 「十百〇一」 (a list
    numbered from `w:start` 1000, or past 999 items)."""
    if n <= 0:
        return digits[0]
    for unit, name, gap in ((10_000, "萬" if digits is _CN_TW else "万", 1000), (1000, "千", 100)):
        if n >= unit:
            high, low = divmod(n, unit)
            tail = ""
            if low:  # a gap in the lower places is one zero; a ten inside a number keeps its one (一千〇一十二)
                tail = (digits[0] if low < gap else "") + (digits[1] if 10 <= low < 20 else "") + _chinese(low, digits)
            return _chinese(high, digits) + name + tail
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if not rest else (digits[0] + _chinese(rest, digits) if rest < 10 else _chinese(rest, digits))
    if 10 <= rest < 20:
        tail = digits[1] + tail  # 一百一十二
    return _chinese(n // 100, digits) + "百" + tail


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def format_number(n: int, fmt: str) -> str:
    """One counter value in a Word number format."""
    if fmt.startswith(("chineseCounting", "taiwaneseCounting", "japaneseCounting", "chineseLegalSimplified")):
        return _chinese(n)
    if fmt in ("ideographLegalTraditional",):
        return _chinese(n, _CN_TW)
    if fmt in ("ideographTraditional", "ideographZodiac") and 0 < n <= len(_IDEOGRAPH):
        return _IDEOGRAPH[n - 1]
    if fmt == "decimalEnclosedCircle" and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt in ("lowerLetter", "upperLetter") and 0 < n <= 26 * _MAX_LETTER_REPEAT:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and n > 0:
        return _roman(n) if fmt == "lowerRoman" else _roman(n).upper()
    if fmt == "decimalZero" and n < 10:
        return f"0{n}"
    return str(n)


def _num_pr(ppr: ET.Element | None) -> tuple[str, int] | None:
    """(numId, ilvl) of a `w:pPr`, if it has a `w:numPr` with a list id."""
    num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
    if num_pr is None:
        return None
    num_id = num_pr.find(f"{W}numId")
    ilvl = num_pr.find(f"{W}ilvl")
    value = num_id.get(f"{W}val") if num_id is not None else None
    level = ilvl.get(f"{W}val") if ilvl is not None else "0"
    if not value or value == "0" or small_int(level, -1) < 0:
        return None  # numId 0 switches numbering off
    return value, small_int(level, 0)


class Numbering:
    """The list definitions of one document and the running counters."""

    def __init__(self, archive: zipfile.ZipFile, *, read: Callable[[str], bytes | None] | None = None) -> None:
        """`read(name)`: a member's inflated bytes, or None when absent (the loader's size-limited reader)."""
        read = read or (lambda name: archive.read(name) if name in archive.namelist() else None)
        self._lists: dict[str, dict[int, Level]] = {}
        self._abstract_of: dict[str, str] = {}  # numId → abstractNumId: whose counters it shares
        self._restarts: dict[str, dict[int, int]] = {}  # numId → {ilvl: startOverride} not yet applied
        self._styles: dict[str, tuple[str, int]] = {}
        self._counters: dict[str, dict[int, int]] = {}  # abstractNumId → {ilvl: current value}
        data = read("word/styles.xml")
        try:
            styles = xml_root(data) if data else None
        except ET.ParseError:
            styles = None
        if styles is not None:
            for style in styles.iter(f"{W}style"):
                found = _num_pr(style.find(f"{W}pPr"))
                if found:
                    self._styles[style.get(f"{W}styleId") or ""] = found
        data = read("word/numbering.xml")
        try:
            root = xml_root(data) if data else None
        except ET.ParseError:
            root = None
        if root is not None:
            self._read_lists(root)

    def _read_lists(self, root: ET.Element) -> None:
        """The abstract definitions, the `w:num`s that use them and their overrides."""
        abstract: dict[str, dict[int, Level]] = {}
        linked: dict[str, str] = {}  # abstractNumId → list style it takes its levels from (w:numStyleLink)
        for node in root.iter(f"{W}abstractNum"):
            abstract_id = node.get(f"{W}abstractNumId") or ""
            abstract[abstract_id] = {
                small_int(lvl.get(f"{W}ilvl"), -1): (
                    small_int(_val(lvl, "start"), 1),
                    _val(lvl, "numFmt") or "decimal",
                    _val(lvl, "lvlText") or "",
                )
                for lvl in node.findall(f"{W}lvl")
                if 0 <= small_int(lvl.get(f"{W}ilvl"), -1) < _LEVELS
            }
            link = _val(node, "numStyleLink")
            if link:
                linked[abstract_id] = link
        refs = {num.get(f"{W}numId") or "": _val(num, "abstractNumId") or "" for num in root.iter(f"{W}num")}
        for num in root.iter(f"{W}num"):
            num_id = num.get(f"{W}numId") or ""
            abstract_id = refs[num_id]
            # A list that only names a list style (w:numStyleLink) is that style's list: its
            # levels and its counters (Word's multilevel lists defined once as a style).
            style = self._styles.get(linked.get(abstract_id, ""))
            if style is not None and not abstract.get(abstract_id) and refs.get(style[0]) in abstract:
                abstract_id = refs[style[0]]
            levels = dict(abstract.get(abstract_id, {}))
            restarts: dict[int, int] = {}
            for override in num.findall(f"{W}lvlOverride"):
                ilvl = small_int(override.get(f"{W}ilvl"), 0)
                start = small_int(_val(override, "startOverride"), -1)
                if ilvl in levels and start >= 0:
                    levels[ilvl] = (start, *levels[ilvl][1:])
                    restarts[ilvl] = start
            self._lists[num_id] = levels
            self._abstract_of[num_id] = f"a{abstract_id}" if abstract_id in abstract else f"n{num_id}"
            self._restarts[num_id] = restarts

    def label(self, ppr: ET.Element | None, style_id: str) -> str | None:
        """The label Word draws before this paragraph (and count it), or None (not numbered, or a bullet)."""
        found = _num_pr(ppr) or self._styles.get(style_id)
        if found is None:
            return None
        num_id, ilvl = found
        levels = self._lists.get(num_id)
        if not levels or ilvl not in levels:
            return None
        counters = self._counters.setdefault(self._abstract_of.get(num_id, f"n{num_id}"), {})
        restart = self._restarts.get(num_id, {}).pop(ilvl, None)
        if restart is not None:
            counters.pop(ilvl, None)  # this w:num restarts its level here (startOverride)
        counters[ilvl] = counters.get(ilvl, levels[ilvl][0] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a deeper level starts over under the next item
        _, fmt, text = levels[ilvl]
        if fmt in ("bullet", "none") or not text or len(text) > _MAX_LABEL:
            return None

        def counter(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            value = counters.get(k, levels.get(k, (1, "decimal", ""))[0])
            return format_number(value, levels.get(k, (1, fmt, ""))[1] if k != ilvl else fmt)

        label = _PLACEHOLDER.sub(counter, text)
        return label if len(label) <= _MAX_LABEL else None


# The encoding an XML declaration names: `<?xml version="1.0" encoding="big5"?>`.
_DECLARED_ENCODING = re.compile(rb"<\?xml\b[^>]{0,200}?\bencoding\s{0,8}=\s{0,8}[\"']([^\"'>]{1,40})[\"']")


def xml_root(data: bytes) -> ET.Element:
    """The root element of a DOCX part: `ET.fromstring`, which raises only `ET.ParseError` here.

    expat reads UTF-8, UTF-16 and single-byte encodings; a part declared in Big5, GB18030 or
    Shift_JIS raised `ValueError` ("multi-byte encodings are not supported"), and one declared in
    a name no codec has raised `LookupError`: an internal error, or 「cannot be read (ValueError …)」.
    Such a part is decoded as declared and parsed as text (expat then ignores the declaration).
    """
    try:
        return ET.fromstring(data)
    except (ValueError, LookupError):
        pass
    m = _DECLARED_ENCODING.search(data, 0, 300)
    name = m.group(1).decode("ascii", "replace") if m else "?"
    try:
        text = data.decode(name)
    except (LookupError, ValueError):
        raise ET.ParseError(f"its declared encoding {name!r} cannot be read") from None
    return ET.fromstring(text)


def small_int(value: str | None, default: int) -> int:
    """A small non-negative integer attribute, else `default` (hostile or broken values).

    ASCII digits only: `str.isdigit` also accepts 「²」 and 「٣」, which `int()` refuses or reads,
    and `int()` of more than 4,300 digits raises (every numeric attribute of a DOCX goes through here).
    """
    return int(value) if value and value.isascii() and value.isdigit() and len(value) <= _MAX_DIGITS else default


def _val(node: ET.Element, name: str) -> str | None:
    child = node.find(f"{W}{name}")
    return child.get(f"{W}val") if child is not None else None
