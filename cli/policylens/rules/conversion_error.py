"""conversion-error: a word that a Simplified → Traditional converter got wrong (控製 for 控制, 申請檔 for 申請文件)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import chain

from policylens import lexicon
from policylens.model import Finding
from policylens.rules.base import Rule, register
from policylens.rules.context import Context
from policylens.rules.words import WordTable
from policylens.script import count_script
from policylens.structure.memo import Table


@cache
def conversion_errors() -> dict[str, tuple[str, ...]]:
    """The reviewed table: wrong Traditional word → the right one(s)."""
    return lexicon.mapping("regional/conversion-errors.tsv")


@cache
def _table() -> WordTable:
    """The table keys, plus the right words that hold one (申請檔案 wins over 申請檔, and is skipped)."""
    return WordTable(set(conversion_errors()) | lexicon.keys("regional/conversion-errors.exclude.tsv"))


def _judged(text: str, start: int, end: int, word: str) -> tuple[int, int, str, tuple[str, ...]] | None:
    """The table word at [start, end) with its right forms, or None for a right word that holds a key (申請檔案)."""
    forms = conversion_errors().get(word)
    return None if forms is None else (start, end, word, forms)


_ANSWERS = Table()  # each unit text a run's files held → its wrong words (`WordTable.reported`)


def _traditional(ctx: Context) -> bool:
    """The document is written in Traditional characters (configured, detected, or most of a mixed text)."""
    script = ctx.script
    if script == "mixed":
        t, s = count_script(ctx.joined().text)
        return t > s
    return script == "hant"


@register
class ConversionError(Rule):
    """Flags words of a Traditional text that a Simplified → Traditional converter got wrong: 控製 for 控制.

    ## What it does
    In a document written in Traditional characters (any region), reports the words of a
    reviewed table (`data/lexicons/regional/conversion-errors.tsv`) that a converter
    produces and no writer does: a Simplified character that stands for several Traditional
    ones converted to the wrong one (控制 → 控製, 限制 → 限製, 批准 → 批準, 页面 → 頁麵), a
    Simplified form left that is another word in Traditional (游戲 for 遊戲), or a word
    mapped inside a longer one (文件 → 檔: 申請文件 → 申請檔, 證明文件 → 證明檔).  The right
    word is the suggestion.  Right words that hold a key are not reported
    (`conversion-errors.exclude.tsv`: 申請檔案, 證明檔案).

    Mainland wording that is converted correctly (信息, 數據) is `regional-vocabulary`'s
    matter, and Simplified characters left in the text are `script-mixed`'s: each of
    these words is written in Traditional characters only.

    ## Known problems
    Only the words of the table are found: a converter's other slips (乾擾 for 干擾) are not.

    ## Why is this bad?
    The word is wrong in every Traditional region: 控製 reads as "control-manufacture",
    游戲 as "swim play".  It shows a machine conversion nobody proofread.

    ## Example
        我們會控製存取權限，您需填具申請檔並附上身分證明檔。

    Use instead:
        我們會控制存取權限，您需填具申請文件並附上身分證明文件。
    """

    id = "conversion-error"
    severity = "warning"
    groups = ("script",)
    merges_repeats = True  # the same term again on a line: one word to change, one finding (`check.repeats`)
    messages = {
        "en": "{term} is a Simplified → Traditional conversion error; use {alternatives}",
        "zh-Hant": "{term} 是簡繁轉換錯誤，應為 {alternatives}",
        "zh-Hans": "{term} 是简繁转换错误，应为 {alternatives}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        table = conversion_errors()
        if ctx.memo is None:
            text = ctx.joined().text
            if not any(key in text for key in table):
                return  # the common case: none of the words anywhere
            found = _table().reported(ctx, _judged, _ANSWERS)
        else:  # a run's files: each text's words kept (the 14 `in` tests cost 1% of the benchmark's 200 files, u30k)
            found = _table().reported(ctx, _judged, _ANSWERS)
            first = next(found, None)
            if first is None:
                return
            found = chain([first], found)
        if not _traditional(ctx):
            return
        messages: dict[str, str] = {}
        for unit, (start, end, term, forms) in found:
            message = messages.get(term)
            if message is None:
                message = messages[term] = self.message(ctx, term=term, alternatives=" / ".join(forms))
            yield self.finding(ctx, unit, start, end, suggestion=forms[0], message=message)
