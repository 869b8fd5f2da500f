"""Tokens for word-level redlines: jieba words for Chinese; e-mails, URLs, numbers and dates whole.

jieba is imported only here, and only when a changed paragraph needs segmenting.  It
uses `data/jieba/dict.small.txt` (a frequency-filtered copy of jieba's dictionary)
so that it initialises in ~0.02 s; Traditional text is segmented through its
Simplified form (a length-preserving character mapping), then mapped back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from math import log
from pathlib import Path
from typing import Any, cast

from policylens.diff.keys import to_simplified
from policylens.patterns import EMAIL, HAN_COMPAT, SENTENCE_MARKS, URL_START, ZH_MONTH_DAY

DICTIONARY = Path(__file__).resolve().parent.parent / "data" / "jieba" / "dict.small.txt"

_PROTECTED = re.compile(
    # links and tags whole, so that `[text](url)` ↔ `<a href="url">text</a>` compare by their
    # keys (text⟨url⟩) and a tag never splits into `<`, `a`, `href`…; repeats are bounded
    r"!?\[[^\[\]\n]{0,500}\]\([^()\s]{0,2000}(?:\s+[\"'][^\"'\n]{0,300}[\"'])?\)"
    r"|<a\s[^<>]{0,1000}>[^<]{0,1000}</a\s*>"
    r"|<(?:https?://|mailto:)[^\s<>]{1,2000}>|<[^\s<>@]{1,200}@[^\s<>@]{1,200}>"  # autolink, whole (as its key: the address)
    r"|</?[A-Za-z][A-Za-z0-9]{0,20}(?=[\s/>])[^<>]{0,1000}>"
    r"|\*\*|__|`+"
    r"|\{:?[ \t]{0,10}[#.\w-][^{}\n]{0,1000}\}"  # attribute list {: #id} / { target="_blank" }
    "|"
    + EMAIL  # e-mail (local part ≤ 64: linear)
    + r"|(?:"
    + URL_START
    + r")[A-Za-z0-9\-._~:/?#@!$&*+=%]+(?:\([A-Za-z0-9\-._~:/?#@!$&*+=%]*\))?"  # URL (ASCII only)
    + r"|\d{4}"
    + ZH_MONTH_DAY  # date: 2021年3月30日 (its groups are not read: tokens are whole matches)
    + r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"  # date: 2021-03-30
    r"|[\d０-９]+(?:[.,][\d０-９]+)*%?"  # number
    r"|[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9Ａ-Ｚａ-ｚ０-９_'’-]*"  # Latin word (never glued to CJK)
    r"|\s+"  # whitespace run
)
_CJK_RUN = re.compile(f"[{HAN_COMPAT}]+")
_SENTENCE = re.compile(rf"[^{SENTENCE_MARKS}]*[{SENTENCE_MARKS}]+|[^{SENTENCE_MARKS}]+$")


def _import_jieba() -> Any:
    """`import jieba` without pkg_resources.

    jieba's `_compat` imports pkg_resources only to open its own data files, and falls back
    to a plain `open()` beside its module when the import fails.  pkg_resources costs about
    0.1 s of CPU to import (0.136 → 0.035 s for `import jieba`, measured) and may warn on
    stderr that it is deprecated; policylens hands jieba its own dictionary anyway.
    """
    import sys

    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # `import pkg_resources` raises ImportError
    try:
        import jieba
    finally:
        if sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


@cache
def _tokenizer() -> Any:  # a jieba.Tokenizer (jieba has no type information)
    import logging

    jieba = _import_jieba()
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer(str(DICTIONARY))
    # The prefix dictionary is built here, without jieba's cache: `initialize()` writes a
    # 450 KB temporary file on every run and prints a traceback when the cache in the
    # shared temp folder belongs to another user.  Building it from the small shipped
    # dictionary takes about as long as loading the cache (~40 ms).
    with open(DICTIONARY, "rb") as words:
        tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(words)
    tokenizer.initialized = True
    return tokenizer


# What jieba's `cut` hands whole to its DAG segmenter (its `re_han_default` without the
# Latin letters, digits and signs, which never occur in a run of `_CJK_RUN`).
_JIEBA_HAN = re.compile("[\u4e00-\u9fd5]+")


_NOT_A_PREFIX = object()


@cache
def _log_scores() -> dict[str, float | None]:
    """jieba's score of each dictionary word, log(count) - log(total), and None for a prefix that is no word.

    Computed once (~6 ms) instead of a logarithm per candidate word; `log(count) - logtotal
    + score` is evaluated left to right, so adding the stored difference gives the same float.
    """
    tokenizer = _tokenizer()
    logtotal = log(tokenizer.total)
    return {word: log(count) - logtotal if count else None for word, count in tokenizer.FREQ.items()}


def _cut_han(sentence: str) -> list[str]:
    """`jieba.lcut(sentence, HMM=True)` for a run of ideographs that jieba reads as one block.

    The same dynamic programme as jieba's `get_DAG`, `calc` and `__cut_DAG` (0.42), in
    one pass and without the DAG dictionary, the generator and a tuple per candidate: about
    half the time on the 13,000 changed middles of `bench_worst_diff.py sections-20k` (0.45 →
    0.23 s).  Ties go to the longer word, as `max` over (score, end) does in jieba; the
    scores are the same floating-point sums.  `tests/test_diff_speed.py` compares it with
    jieba on generated text.
    """
    tokenizer = _tokenizer()
    freq = tokenizer.FREQ
    scores = _log_scores()
    n = len(sentence)
    unknown = log(1) - log(tokenizer.total)  # jieba's score of a character that is no word
    score = [0.0] * (n + 1)
    last = [0] * (n + 1)  # the end (inclusive) of the best word starting at each position
    for start in range(n - 1, -1, -1):
        best: float | None = None
        end = start
        i = start + 1
        word_score = scores.get(sentence[start], _NOT_A_PREFIX)
        while word_score is not _NOT_A_PREFIX:  # sentence[start:i] is a word or the prefix of one
            if word_score is not None:
                value = cast(float, word_score) + score[i]
                if best is None or value >= best:
                    best, end = value, i - 1
            if i >= n:
                break
            i += 1
            word_score = scores.get(sentence[start:i], _NOT_A_PREFIX)
        score[start] = unknown + score[start + 1] if best is None else best
        last[start] = end
    words: list[str] = []
    single = ""  # a run of one-character words: jieba's HMM segments it unless it is a word

    def flush() -> None:
        if len(single) == 1:
            words.append(single)
        elif not freq.get(single):
            words.extend(_hmm_words(single))
        else:
            words.extend(single)

    x = 0
    while x < n:
        y = last[x] + 1
        if y - x == 1:
            single += sentence[x]
        else:
            if single:
                flush()
                single = ""
            words.append(sentence[x:y])
        x = y
    if single:
        flush()
    return words


@lru_cache(maxsize=32768)
def _hmm_words(run: str) -> tuple[str, ...]:
    """jieba's HMM segmentation (`finalseg.cut`) of a run of one-character words, cached.

    The runs repeat far more than the middles they come from: 9,249 runs of
    `bench_worst_diff.py sections-20k` are 188 distinct strings, and the Viterbi pass was
    a sixth of the diff's time.
    """
    from jieba import finalseg

    return tuple(finalseg.cut(run))


@lru_cache(maxsize=32768)
def _chinese_words(run: str) -> tuple[str, ...]:
    """Segment a run of CJK ideographs; the words are slices of the original run.  Cached:
    the unchanged runs of a changed paragraph are segmented on both sides."""
    simplified = to_simplified(run)
    words = _cut_han(simplified) if _JIEBA_HAN.fullmatch(simplified) else _tokenizer().lcut(simplified, HMM=True)
    out, pos = [], 0
    for word in words:
        out.append(run[pos : pos + len(word)])
        pos += len(word)
    if pos < len(run):  # defensive: never drop text
        out.append(run[pos:])
    return tuple(out)


def tokenize(text: str, granularity: str = "word") -> list[str]:
    """Split `text` into tokens whose concatenation is exactly `text`, never inside a character as a reader sees it."""
    if granularity == "char":
        return _clusters(list(text))
    if granularity == "sentence":
        return [m.group(0) for m in _SENTENCE.finditer(text) if m.group(0)]
    return _clusters(_words(text))


_ZWJ = "\u200d"


def _extends(ch: str) -> bool:
    """Does `ch` belong to the character before it (a combining mark, a keycap, an emoji modifier or tag, a Hangul
    vowel or final written apart)?"""
    code = ord(ch)
    return (
        ch == _ZWJ
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F
        or 0x1160 <= code <= 0x11FF
        or unicodedata.category(ch) in ("Mn", "Me", "Mc")
    )


_REGIONAL = "".join(map(chr, range(0x1F1E6, 0x1F200)))  # regional indicators: two make a flag


def _clusters(tokens: list[str]) -> list[str]:
    """`tokens` with what belongs to the character before it joined to it (twenty-second round): a redline cut a
    flag 「🇹🇼」 → 「🇹🇯」 into 🇹[-🇼-]{+🇯+}, 「é」 (e + U+0301) into e and a lone accent, a family emoji after its ZWJ.
    A token after a ZWJ joins only after an emoji: a ZWJ between ideographs stays noise (「收」 ZWJ 「集」 reads 收集)."""
    if all(ch.isascii() or ("\u4e00" <= ch <= "\u9fff") for token in tokens for ch in token[:1] + token[-1:]):
        return tokens  # (the common case: no token starts or ends with anything that joins)
    out: list[str] = []
    for token in tokens:
        if out:
            last = out[-1]
            run = len(last) - len(last.rstrip(_REGIONAL))
            joined = len(last) > 1 and last[-1] == _ZWJ and unicodedata.category(last[-2]) in ("So", "Sk", "Mn")
            if _extends(token[0]) or joined or (token[0] in _REGIONAL and run % 2 == 1):
                out[-1] = last + token
                continue
        out.append(token)
    return out


def _words(text: str) -> list[str]:
    """Protected runs whole (links, tags, e-mails, URLs, dates, numbers, Latin words), CJK runs by jieba, the rest by character."""
    tokens: list[str] = []
    pos = 0
    for m in _PROTECTED.finditer(text):
        if m.start() > pos:
            tokens.extend(_split_rest(text[pos : m.start()]))
        tokens.append(m.group(0))
        pos = m.end()
    if pos < len(text):
        tokens.extend(_split_rest(text[pos:]))
    return tokens


def _split_rest(chunk: str) -> list[str]:
    """CJK runs through jieba; everything else (punctuation…) one character at a time."""
    out: list[str] = []
    pos = 0
    for m in _CJK_RUN.finditer(chunk):
        out.extend(chunk[pos : m.start()])
        out.extend(_chinese_words(m.group(0)))
        pos = m.end()
    out.extend(chunk[pos:])
    return out


# A replaced run keeps its shared ideographs out of the redline only when what is left on each side is at least this
# long: 「无感付时有」 → 「小K出行时有」 reads [-无感付-]{+小K出行+}时有, while a one-character edit inside a word
# (「收集」 → 「收到」, 「第三方」 → 「第四方」) stays a whole-word redline.
AFFIX_MIN_CORE = 2
# ... and at most this many shared ideographs a side are moved out (each cut is checked against the run's tokens: the
# bound keeps a long replaced run linear; a shared run longer than this is aligned as equal tokens before it gets here)
AFFIX_MAX = 32


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _cut(tokens: Sequence[str], pos: int) -> str:
    """What a cut at `pos` splits: "edge" (between two tokens), "guess" (a run of ideographs the dictionary does not
    hold, jieba's guess: 「当无感付」, 「当小」), "word" (a dictionary word: 「電話」) or "whole" (a token that is not all
    ideographs: a date, a number, a Latin word, a link)."""
    at = 0
    for token in tokens:
        if at < pos < at + len(token):
            if not all(_han(c) for c in token):
                return "whole"
            return "word" if _tokenizer().FREQ.get(to_simplified(token)) else "guess"
        at += len(token)
    return "edge"


def _cut_ok(old: Sequence[str], new: Sequence[str], at_old: int, at_new: int) -> bool:
    """May the redline be cut here: between tokens on one side at least, or inside two guessed runs, never inside a
    token that is not all ideographs?  (「電話號碼」 → 「電子郵件」 shares 電 inside two dictionary words: kept whole.)"""
    cuts = {_cut(old, at_old), _cut(new, at_new)}
    return "whole" not in cuts and ("edge" in cuts or cuts == {"guess"})


def shared_affixes(old: Sequence[str], new: Sequence[str]) -> tuple[str, str, str, str] | None:
    """(prefix, old core, new core, suffix) of a replaced run (its tokens on each side) whose two sides start or end
    with the same ideographs.

    jieba segments a renamed product name together with the unchanged characters beside it (「无感付|时|有」 /
    「小|K|出行|时有」, 「当无感付」 / 「当小|K|出行」, 「无感|付会」 / 「小|K|出行|会」), so the word redline marked the
    unchanged 时有, 当 or 会 as deleted and inserted (pairs53b gswechat-rename).  Only ideographs are moved out, at a
    cut `_cut_ok` allows (a date 「2025年8月11日」 stays whole, as do Latin words, numbers, addresses and two dictionary
    words that share a character), and only when both cores keep `AFFIX_MIN_CORE` characters; None when there is
    nothing to move.
    """
    a, b = "".join(old), "".join(new)
    n = min(len(a), len(b))
    head = 0
    while head < min(n, AFFIX_MAX) and a[head] == b[head] and _han(a[head]):
        head += 1
    while head and not _cut_ok(old, new, head, head):
        head -= 1
    tail = 0
    while tail < min(n - head, AFFIX_MAX) and a[-1 - tail] == b[-1 - tail] and _han(a[-1 - tail]):
        tail += 1
    while tail and not _cut_ok(old, new, len(a) - tail, len(b) - tail):
        tail -= 1
    if not head and not tail:
        return None
    old_core, new_core = a[head : len(a) - tail], b[head : len(b) - tail]
    if len(old_core) < AFFIX_MIN_CORE or len(new_core) < AFFIX_MIN_CORE:
        return None
    return a[:head], old_core, new_core, a[len(a) - tail :]
