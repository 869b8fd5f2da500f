"""script-mixed: Simplified-only characters in a Traditional document, or the reverse."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from policylens.model import Finding
from policylens.rules.base import Context, Rule, register
from policylens.script import count_script, read_dictionary, script_sets


@cache
def _pattern(script: str) -> re.Pattern[str]:
    hant, hans = script_sets()
    foreign = hans if script == "hant" else hant
    return re.compile("[" + "".join(sorted(foreign)) + "]+")


@cache
def _converter(script: str) -> dict[str, str]:
    """Character map from the foreign script to the document's script (OpenCC's first choice)."""
    name = "STCharacters.txt" if script == "hant" else "TSCharacters.txt"
    return {k: v[0] for k, v in read_dictionary(name).items() if len(k) == 1}


@register
class ScriptMixed(Rule):
    """Flags Simplified-only characters in a Traditional document, or the reverse.

    ## What it does
    Decides the document's script (from configuration `script`, else from its
    characters) and reports every run of characters that exist only in the other
    script, with OpenCC's conversion as the suggestion.  Characters that both scripts
    share (目, 介, 件, 的, 於, 台…) are never reported: a character counts only when
    OpenCC converts it in one direction and it is never a form of the other script.

    ## Why is this bad?
    Mixed scripts show text pasted from another edition without conversion.  They look
    careless, and can change meaning where a Simplified character stands for several
    Traditional ones.

    ## Example
        我們會保護您的個人资料。

    Use instead:
        我們會保護您的個人資料。
    """

    id = "script-mixed"
    severity = "error"
    groups = ("script",)
    messages = {
        "en": "{found} is {foreign} in a {own} document",
        "zh-Hant": "{found} 是{foreign}字，本文件為{own}",
        "zh-Hans": "{found} 是{foreign}字，本文件为{own}",
    }
    _NAMES = {
        "en": {"hant": "Traditional", "hans": "Simplified"},
        "zh-Hant": {"hant": "繁體", "hans": "簡體"},
        "zh-Hans": {"hant": "繁体", "hans": "简体"},
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        script = ctx.settings.script or ctx.doc.metadata.script
        if script == "mixed":
            t, s = count_script("\n".join(u.text for u in ctx.units()))
            script = "hant" if t >= s else "hans"
        if script not in ("hant", "hans"):
            return
        pattern = _pattern(script)
        convert = _converter(script)
        names = self._NAMES.get(ctx.lang, self._NAMES["en"])
        foreign = "hans" if script == "hant" else "hant"
        hant, hans = script_sets()
        foreign_chars = (hans if script == "hant" else hant) & ctx.chars()
        if not foreign_chars:
            return  # the common case: no character of the other script anywhere
        for unit in ctx.units():
            if foreign_chars.isdisjoint(unit.text):
                continue  # the common case: a set test instead of a scan with a 3,700-character class
            for m in pattern.finditer(unit.text):
                found = m.group(0)
                suggestion = "".join(convert.get(c, c) for c in found)
                yield self.finding(
                    ctx, unit, m.start(), m.end(), suggestion=suggestion, found=found, foreign=names[foreign], own=names[script]
                )
