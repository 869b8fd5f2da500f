"""placeholder-empty: a template slot that was never filled."""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.model import Finding
from policylens.rules.base import Context, Rule, register

_SPACE = r"[ \t\u3000\u00a0]"
# Every alternative starts with a literal, so `re` skips ahead with its fast prefix scan
# (a leading lookahead guard would make it try the pattern at every position).
_EMPTY_SLOT = re.compile(
    rf"【{_SPACE}*】|［{_SPACE}*］|〔{_SPACE}*〕|〖{_SPACE}*〗|「{_SPACE}*」|『{_SPACE}*』|《{_SPACE}*》"
    rf"|（{_SPACE}*）|\({_SPACE}+\)|\[{_SPACE}+\]|＿＿+|_(?<![A-Za-z0-9_]_)__+(?![A-Za-z0-9_])"
)
_RULE_LINE = re.compile(r"^[\s_＿\-—=*]{6,}$")
_TASK_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+$")


@register
class PlaceholderEmpty(Rule):
    """Flags a template slot that was never filled: 【】, ［］, 〔〕, （ ）, ＿＿＿.

    ## What it does
    Finds empty brackets or fill-in lines left where a value belongs: 【】, 【 】, [ ],
    ［］, 〔〕, （ ）, 「」, ＿＿＿ and ____.  A Markdown task-list box (`- [ ] item`)
    is not a slot.

    ## Why is this bad?
    The reader meets a sentence with a hole in it, often exactly where a legal
    reference, a retention period or a contact should be.  A published policy with a
    blank slot is incomplete and may not meet the duty to inform.

    ## Example
        對於我們收集的特定裝置相關資料，請參閱【】以瞭解特定裝置收集的資料。

    Use instead:
        對於我們收集的特定裝置相關資料，請參閱「智慧型裝置資料說明」以瞭解特定裝置收集的資料。

    ## References
    - 個人資料保護法第8條（告知義務）; PIPL 第十七条 (the notice must be complete).
    """

    id = "placeholder-empty"
    severity = "error"
    groups = ("placeholder",)
    supersedes = ("bracket-unbalanced", "date-format")
    messages = {
        "en": "empty placeholder {slot}: a value was never filled in",
        "zh-Hant": "空白的預留位置 {slot}：此處應填入內容",
        "zh-Hans": "空白的占位符 {slot}：此处应填写内容",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        for unit, start, end, m in ctx.scan(_EMPTY_SLOT):
            if _RULE_LINE.match(unit.text):
                continue  # a separator line (＿＿＿＿＿＿ or ______ alone) is not a slot
            if m.group(0).startswith("[") and _TASK_ITEM.match(unit.text[:start]):
                continue
            yield self.finding(ctx, unit, start, end, slot=m.group(0))
