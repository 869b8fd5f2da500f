"""bracket-unbalanced: an opening or closing bracket or quote without its partner."""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.model import Finding
from policylens.rules.base import Context, Rule, TextUnit, register

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
        # One pass over the joined text; the stack starts afresh at each unit.
        joined, units = ctx.joined(), ctx.units()
        unit: TextUnit | None = None
        offset = end = -1
        stack: list[tuple[str, int]] = []
        for m in _MARKS.finditer(joined.text):
            at = m.start()
            if at > end:  # the first mark of another unit
                if unit is not None:
                    yield from self._unclosed(ctx, unit, stack)
                index = joined.index_at(at)
                unit, offset = units[index], joined.starts[index]
                end = offset + len(unit.text)
                stack = []
            i, ch = at - offset, m.group(0)
            if ch in _PAIRS:
                stack.append((ch, i))
                continue
            wanted = _SAME.get(ch) or (_CLOSERS[ch],)
            if stack and stack[-1][0] in wanted:
                stack.pop()  # the usual case: it closes the innermost opener
                continue
            depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] in wanted), None)
            if depth is None:
                if ch in "）)" and _LIST_LABEL.match(unit.text[:i]):  # type: ignore[union-attr]
                    continue  # 1） / a) list label
                if ch != ")":
                    yield self.finding(ctx, unit, i, i + 1, mark=ch)  # type: ignore[arg-type]
                continue
            yield from self._unclosed(ctx, unit, stack[depth + 1 :])  # type: ignore[arg-type]
            del stack[depth:]
        if unit is not None:
            yield from self._unclosed(ctx, unit, stack)

    def _unclosed(self, ctx: Context, unit: TextUnit, openers: list[tuple[str, int]]) -> Iterator[Finding]:
        for opener, pos in openers:
            if opener != "(":
                yield self.finding(ctx, unit, pos, pos + 1, mark=opener)
