"""lookalike-character: Kangxi radicals, CJK compatibility ideographs and one-stroke signs standing in for ordinary characters."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import HAN
from policylens.rules.base import Rule, register
from policylens.rules.context import Context

# CJK Radicals Supplement, Kangxi Radicals, CJK Compatibility Ideographs (and Supplement).
# Four ranges, not a list of characters: the class scans as fast as a BMP-only one.  Written
# `[x][x]*`, not `[x]+`: `re` gives a pattern its fast prefix scan only when it starts with a
# class, and `[x]+` was tried at every position (3x slower on a document with none).
_LOOKALIKE_CLASS = "[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufad9\U0002f800-\U0002fa1d]"
_LOOKALIKE = lazy(f"{_LOOKALIKE_CLASS}{_LOOKALIKE_CLASS}*")


# One-stroke signs typed for 一 inside Chinese words, where no NFKC form helps: the Bopomofo letter ㄧ (U+3127, a
# Zhuyin IME's first candidate for "yi": 「第ㄧ條」, 「ㄧ般」, eval/precision40) and the katakana prolonged sound mark ー
# (U+30FC, 「第ー條」).  Only before an ideograph and after no phonetic sign: a Zhuyin annotation (「ㄧˋ」, 「ㄅㄧ」),
# the letter named (「注音是ㄧ，」) and Japanese (「データ」) keep them.
_ONE_STAND_INS = lazy("[\u3127\u30fc]")
_HAN_NEIGHBOUR = lazy(f"[{HAN}]")
_PHONETIC = frozenset(chr(c) for c in range(0x3105, 0x3130)) | frozenset("ˊˇˋ˙\u02c9") | frozenset(chr(c) for c in range(0x3041, 0x30FF))


def _stands_for_one(text: str, start: int) -> bool:
    """Whether the sign at `text[start]` is typed for 一: an ideograph right after it (第ㄧ條, ㄧ般), no kana or Zhuyin
    before it; the letter named on its own (「注音是ㄧ，」, 「ㄧ」) has no ideograph after it."""
    before = text[start - 1] if start > 0 else ""
    after = text[start + 1] if start + 1 < len(text) else ""
    return before not in _PHONETIC and bool(after) and _HAN_NEIGHBOUR.match(after) is not None


def _ordinary(text: str) -> str | None:
    """The ordinary characters `text` stands for (NFKC), or None when NFKC leaves it alone."""
    folded = unicodedata.normalize("NFKC", text)
    return folded if folded != text and len(folded) == len(text) else None


@register
class LookalikeCharacter(Rule):
    """Flags Kangxi radicals and CJK compatibility ideographs that look like ordinary characters: ⼈ for 人.

    ## What it does
    Finds characters from the Kangxi Radicals block (`⼈` U+2F08 for 人, `⽅` U+2F45
    for 方), the CJK Radicals Supplement and the CJK Compatibility Ideographs
    (U+F90A, drawn like 金, for 金) whose Unicode compatibility form (NFKC) is an ordinary
    ideograph, and suggests that form.  Such characters are usually left by copying
    text out of a PDF.  Compatibility ideographs that NFKC leaves alone (﨎, 﨏…, which
    are ordinary characters) are not flagged.

    Also the one-stroke signs typed for 一 inside Chinese words: the Bopomofo letter
    `ㄧ` (U+3127, a Zhuyin input method's first choice for "yi": 第ㄧ條, ㄧ般) and the
    katakana prolonged sound mark `ー` (U+30FC), when an ideograph follows and no Zhuyin
    or kana comes before (a Zhuyin annotation ㄧˋ, the letter named on its own and
    Japanese データ are left alone).

    ## Known problems
    Most of the CJK Radicals Supplement (⻔ U+2EE8 for 门) has no NFKC form, so it
    is not flagged: the rule suggests only what Unicode itself maps.

    ## Why is this bad?
    The text looks right but is not: a search for 個人資料 does not find 個⼈資料,
    screen readers spell out "Kangxi radical man", and copy-paste carries the wrong
    characters into other documents.

    ## Example
        我們如何保護您的個⼈資料及處理⽅式

    Use instead:
        我們如何保護您的個人資料及處理方式
    """

    id = "lookalike-character"
    severity = "warning"
    groups = ("script",)
    merges_repeats = True  # the same term again on a line: one word to change, one finding (`check.repeats`)
    messages = {
        "en": "{text} ({codes}) only looks like {ordinary}: use the ordinary character",
        "zh-Hant": "{text}（{codes}）是外觀相似的部首或相容字元，應為 {ordinary}",
        "zh-Hans": "{text}（{codes}）是外观相似的部首或兼容字符，应为 {ordinary}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for unit, start, end, m in ctx.scan(_LOOKALIKE):
            suggestion = _ordinary(m.group(0))
            if suggestion is None:
                continue
            codes = " ".join(f"U+{ord(c):04X}" for c in m.group(0))
            yield self.finding(ctx, unit, start, end, suggestion=suggestion, text=m.group(0), codes=codes, ordinary=suggestion)
        for unit, start, end, m in ctx.scan(_ONE_STAND_INS):
            if _stands_for_one(unit.text, start):
                codes = f"U+{ord(m.group(0)):04X}"
                yield self.finding(ctx, unit, start, end, suggestion="一", text=m.group(0), codes=codes, ordinary="一")
