"""bracket-unbalanced: an opening or closing bracket or quote without its partner."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import groupby

from policylens.model import Finding
from policylens.rules.base import Context, Rule, register

_PAIRS = {"「": "」", "『": "』", "（": "）", "【": "】", "《": "》", "〈": "〉", "(": ")"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
# Full-width and half-width parentheses close each other: 「（例如 IP)」 is a width slip, not a missing bracket.
_SAME = {"）": ("（", "("), ")": ("(", "（")}
_MARKS = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS)) + "]")
_LIST_LABEL = re.compile(r"^[\s*\-+>]*(?:<[^>]*>)*[\dA-Za-z一二三四五六七八九十ivx]{1,4}$")


@register
class BracketUnbalanced(Rule):
    """Flags an unmatched 「」『』（）【】《》〈〉 within a paragraph.

    ## What it does
    Matches brackets and corner quotes inside each paragraph and heading, and reports
    an opening mark that is never closed or a closing mark that closes nothing.
    Full-width and half-width parentheses may close each other.  A lone half-width `)`
    after a list number (`1)`) and half-width `(` `)` on their own are not checked,
    because list labels and emoticons use them.

    ## Why is this bad?
    An unclosed 「 or （ leaves the reader unsure where a defined term or an
    exception ends, which matters in a legal text.

    ## Example
        北京智米科技有限公司（以下簡稱「智米」、「我們」。

    Use instead:
        北京智米科技有限公司（以下簡稱「智米」、「我們」）。
    """

    id = "bracket-unbalanced"
    severity = "warning"
    groups = ("typography",)
    messages = {
        "en": "unmatched {mark}",
        "zh-Hant": "括號或引號未成對：{mark}",
        "zh-Hans": "括号或引号未成对：{mark}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for _, group in groupby(ctx.scan(_MARKS), key=lambda hit: id(hit.unit)):
            marks = list(group)
            unit = marks[0].unit
            stack: list[tuple[str, int]] = []
            text = unit.text
            for hit in marks:
                i, ch = hit.start, hit.match.group(0)
                if ch in _PAIRS:
                    stack.append((ch, i))
                elif ch in _CLOSERS:
                    wanted = _SAME.get(ch, (_CLOSERS[ch],))
                    depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] in wanted), None)
                    if depth is None:
                        if ch in "）)" and _LIST_LABEL.match(text[:i]):
                            continue  # 1） / a) list label
                        if ch != ")":
                            yield self.finding(ctx, unit, i, i + 1, mark=ch)
                        continue
                    for opener, pos in stack[depth + 1 :]:
                        if opener != "(":
                            yield self.finding(ctx, unit, pos, pos + 1, mark=opener)
                    del stack[depth:]
            for opener, pos in stack:
                if opener != "(":
                    yield self.finding(ctx, unit, pos, pos + 1, mark=opener)
