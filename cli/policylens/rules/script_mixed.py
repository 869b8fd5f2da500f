"""script-mixed: Simplified-only characters in a Traditional document, or the reverse."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from policylens.model import Finding
from policylens.opencc_data import read_dictionary
from policylens.rules.base import Rule, register
from policylens.rules.context import Context
from policylens.script import count_script, script_pattern


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
        foreign = "hans" if script == "hant" else "hant"
        text = ctx.joined().text
        if not script_pattern(foreign, text).search(text):
            return  # the common case: one scan of the whole text finds no character of the other script
        pattern = script_pattern(foreign, text, runs=True)
        convert = _converter(script)
        names = self._NAMES.get(ctx.lang, self._NAMES["en"])
        for unit, start, end, m in ctx.scan(pattern):
            found = m.group(0)
            suggestion = "".join(convert.get(c, c) for c in found)
            yield self.finding(ctx, unit, start, end, suggestion=suggestion, found=found, foreign=names[foreign], own=names[script])
