"""Text normalisation: line splitting, width folding and whitespace handling.

The model keeps the original characters (so columns stay true); these helpers give
the *folded* view used for matching: full-width ASCII → half-width, U+3000/NBSP and
other Unicode spaces → ASCII space, Kangxi radicals (PDF-extracted ⼀、⽤) → the ideographs.  Folding never changes string length, so an
offset in the folded text is the same offset in the original.
"""

from __future__ import annotations

from functools import lru_cache
from unicodedata import normalize

from policylens.lazyre import lazy

_LINE_BREAK = lazy(r"\r\n|\r|\n")

# Characters treated as whitespace besides ASCII: NBSP, ideographic space, the
# U+2000 block, narrow NBSP, medium math space, BOM/ZWNBSP, zero-width space.
SPACES = "\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\ufeff\u200b"
WHITESPACE = " \t\n\r\f\v" + SPACES
_WHITESPACE_SET = frozenset(WHITESPACE)

# Full-width ASCII (！ … ～) → ASCII: the one table of it (`topics` folds with it too).
FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD = dict(FULLWIDTH)
_FOLD.update({ord(c): ord(" ") for c in SPACES})
_FOLD[ord("\t")] = ord(" ")
# Kangxi radicals and CJK radical supplements → the ideograph they stand for (⼀ U+2F00 → 一,
# ⽤ U+2F64 → 用): PDF text extraction writes them for ordinary characters they look exactly like.
# CJK compatibility ideographs (U+F900–U+FAFF: 六 U+F9D1 → 六, 參 U+F96B → 參) come out of PDFs and old
# Big5 conversions the same way; only those whose compatibility form is one ideograph.
KANGXI = {
    cp: ord(n)
    for cp in (*range(0x2E80, 0x2FE0), *range(0xF900, 0xFB00))
    if len(n := normalize("NFKC", chr(cp))) == 1 and n != chr(cp) and not n.isascii()
}
_FOLD.update(KANGXI)


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR or LF only (not on U+2028, form feed, … as str.splitlines does)."""
    return text.split("\n") if "\r" not in text else _LINE_BREAK.split(text)


def newline_style(text: str) -> str:
    """Describe the line endings used: lf, crlf, cr, mixed or none."""
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    kinds = [name for name, n in (("crlf", crlf), ("cr", cr), ("lf", lf)) if n]
    if not kinds:
        return "none"
    return kinds[0] if len(kinds) == 1 else "mixed"


_NEEDS_FOLD = lazy("[\uff01-\uff5e\t" + "".join(map(chr, KANGXI)) + SPACES + "]")


_FOLD_CHAR = {chr(k): chr(v) for k, v in _FOLD.items()}


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Full-width ASCII → half-width, Unicode spaces → ' ', Kangxi radicals → ideographs; length-preserving.

    One `str.replace` per distinct character to fold: CJK text uses a handful of them
    (，：（）), and this is ~5× faster than `str.translate`, which looks up every character.
    """
    found = _NEEDS_FOLD.findall(text)
    for ch in set(found):
        text = text.replace(ch, _FOLD_CHAR[ch])
    return text


def is_blank(text: str) -> bool:
    """True when the text has nothing but (Unicode) whitespace."""
    return not text.strip(WHITESPACE)


def strip_span(text: str) -> tuple[int, int]:
    """Return (start, end) of `text` without leading/trailing Unicode whitespace."""
    if text and text[0] not in _WHITESPACE_SET and text[-1] not in _WHITESPACE_SET:
        return 0, len(text)  # most lines: nothing to strip at either end, no stripped copies made (u48t)
    start = len(text) - len(text.lstrip(WHITESPACE))
    end = len(text.rstrip(WHITESPACE))
    return start, max(start, end)


def is_cjk(ch: str) -> bool:
    """True for CJK ideographs and CJK/full-width punctuation."""
    cp = ord(ch)
    return (
        0x3000 <= cp <= 0x303F
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x3FFFF
    )


def joiner(left: str, right: str) -> str:
    """What to put between two hard-wrapped lines: nothing between CJK, a space otherwise."""
    if not left or not right:
        return ""
    return "" if is_cjk(left[-1]) or is_cjk(right[0]) else " "
