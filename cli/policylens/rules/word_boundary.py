"""Whether a table word was read across a word boundary (u49k2, eval/precision49 personacast-tw-tsx).

A word table is matched leftmost-longest on unsegmented text, so a two-part key can be two characters of two words:
「於合理範圍內存取您的資料」 reads 範圍內 / 存取 ("accessed within the scope"), not the mainland 內存 ("memory");
「系統內存放」 is 系統內 / 存放, 「期間內存檔」 期間內 / 存檔, 「國內存在的風險」 國內 / 存在, 「國內核准」 國內 / 核准.  The
segmentation test (`straddles`): the key opens with a locative that closes the noun before it (內, 外, 上, 中, 下, 間: a
Han character before it that is no particle, as in 範圍內, not 的內存) and the key's last character opens a word of
jieba's dictionary that runs past the key (存取, 存放, 存檔, 存在, 核准, 核對).  「手機內存不足」, 「系統內核的版本」 and 「Linux
內核」 stay findings (存不, 核的 are no words; nothing closes before 內 in 「Linux 內核」).

The dictionary is jieba's own `dict.txt` (Simplified: the text is looked up through OpenCC's character map), read only
when a key opens with a locative after a noun, and then only its lines that start with the characters asked for.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from policylens.opencc_data import read_dictionary

# a locative that closes the noun before it: 範圍內, 國外, 網站上, 期間中
_LOCATIVES = frozenset("內内外上中下間间")
# what a locative after it does not close: a particle, a conjunction, a determiner (「的內存」, 「及內存」, 「該內存」)
_NOT_A_NOUN = frozenset("的之與与和及或等其該该此這这每各於于在從从對对向把被將将為为")
_MIN_FREQUENCY = 10  # jieba's count: rarer entries are mostly names and fragments
_LONGEST = 4  # the longest word looked for after the key's last character


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def straddles(text: str, start: int, end: int) -> bool:
    """Whether the table word at [start, end) of `text` is two characters of two words (see the module doc)."""
    if end - start < 2 or text[start] not in _LOCATIVES or start == 0:
        return False
    before = text[start - 1]
    if not _is_han(before) or before in _NOT_A_NOUN:
        return False
    tail = _simplified(text[end - 1 : end - 1 + _LONGEST])
    if len(tail) < 2 or not all(_is_han(c) for c in tail[:2]):
        return False
    words = _words_from(tail[0])
    return any(tail[:n] in words for n in range(2, len(tail) + 1))


def _simplified(text: str) -> str:
    """`text` character by character in Simplified (OpenCC's first choice): jieba's dictionary is Simplified."""
    table = _t2s()
    return "".join(table.get(c, c) for c in text)


@cache
def _t2s() -> dict[str, str]:
    return {k: v[0] for k, v in read_dictionary("TSCharacters.txt").items() if len(k) == 1}


@cache
def _dictionary() -> str:
    """jieba's `dict.txt` (`word count tag` lines), or "" when jieba is not installed."""
    from importlib.util import find_spec

    spec = find_spec("jieba")
    if spec is None or spec.origin is None:
        return ""
    path = Path(spec.origin).parent / "dict.txt"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


@cache
def _words_from(head: str) -> frozenset[str]:
    """The words of jieba's dictionary that start with `head`, two characters at least, counted often enough."""
    found = re.findall(rf"(?m)^({re.escape(head)}\S{{1,{_LONGEST - 1}}}) (\d+)", _dictionary())
    return frozenset(word for word, count in found if int(count) >= _MIN_FREQUENCY)


__all__ = ["straddles"]
