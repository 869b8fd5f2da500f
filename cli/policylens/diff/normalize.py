"""Comparison keys: what two texts must share to count as "the same content".

Formatting noise never changes a key: CRLF/LF, hard wraps, spaces and U+3000,
full-width vs half-width forms (，/, （/(), list markers and their numbers.  Across
scripts (one side Traditional, the other Simplified) keys are also converted to
Simplified characters and mainland wording (資料/数据, 透過/通过, 帳戶/账户, 軟體/软件
…), so script and regional wording do not count either.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from policylens import lexicon
from policylens.normalise import fold

_SPACE = re.compile(r"\s+")
_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) (?=[\x00-\x7f])|(?<=[\x00-\x7f]) (?=[^\x00-\x7f])")
_LIST_MARKER = re.compile(
    r"^\s*(?:[-*+•·・●○◆▪■]\s+|\d{1,3}\s*[.)、](?!\d)\s*|[(（]\s*\d{1,3}\s*[)）]\s*|[(（][一二三四五六七八九十]+[)）]\s*|[a-zA-Z][.)]\s+)"
)
# Inline emphasis and real HTML tags (never autolinks such as <privacy@example.com> or <https://…>).
_MARKUP = re.compile(r"\*\*|__|</?(?:a|abbr|b|br|code|del|div|em|font|i|ins|mark|p|s|small|span|strong|sub|sup|u)\b(?:[^<>@]|://)*?>", re.I)
_PUNCT_FOLD = str.maketrans(
    {
        "。": ".",
        "、": ",",
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "【": "[",
        "】": "]",
        "《": "<",
        "》": ">",
    }
)


def layout_key(text: str, *, strip_marker: bool = True) -> str:
    """Text with formatting noise removed (widths, spaces, list markers, inline markup)."""
    text = _MARKUP.sub("", fold(text))
    if strip_marker:
        text = _LIST_MARKER.sub("", text, count=1)
    text = _SPACE.sub(" ", text).strip()
    text = _CJK_GAP.sub("", text)
    return text.translate(_PUNCT_FOLD)


@cache
def _t2s() -> dict[str, str]:
    from policylens.script import read_dictionary

    return {k: v[0] for k, v in read_dictionary("TSCharacters.txt").items() if len(k) == 1}


@cache
def _regional() -> tuple[re.Pattern[str], dict[str, str]]:
    """Taiwan wording (in Simplified characters) → mainland wording, for cross-script keys."""
    table = {k: v[0] for k, v in lexicon.mapping("regional/tw-cn.tsv").items()}
    table.update({k: v[0] for k, v in lexicon.mapping("regional/variants-cn.tsv").items()})
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
    return pattern, table


def to_simplified(text: str) -> str:
    """Character-by-character Traditional → Simplified (OpenCC's first choice); keeps length."""
    table = _t2s()
    return "".join(table.get(c, c) for c in text)


@cache
def _opencc():  # type: ignore[no-untyped-def]
    from opencc import OpenCC

    return OpenCC("tw2sp")


@lru_cache(maxsize=65536)
def script_key(text: str, script: str | None) -> str:
    """The cross-script comparison form.  Traditional text goes through OpenCC tw2sp
    (Taiwan → Simplified with mainland phrases: 裝置 → 设备, 應用程式 → 应用程序); text
    that is already Simplified must not (tw2sp would turn 程序 into 进程).  Both then
    go through the variants table (资料/数据, 帐户/账户…)."""
    simplified = _opencc().convert(text) if script != "hans" else text
    pattern, table = _regional()
    return pattern.sub(lambda m: table[m.group(0)], simplified)


def compare_key(text: str, *, script: str | None, cross_script: bool, strict: bool) -> str:
    """The key paragraphs are compared by (exact text when `strict`)."""
    if strict:
        return text
    key = layout_key(text)
    return script_key(key, script) if cross_script else key
