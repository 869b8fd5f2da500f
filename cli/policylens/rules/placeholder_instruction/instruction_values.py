"""A drafter's fill-in instruction standing as a field's value, bracketless (u58f, issue #11, eval/blind/round58q).

A page's template may leave its slots as plain instructions, the brackets replaced by a component of the page's own
(`<Todo>填写实际主体名称</Todo>`, whose tag the JSX loader drops): what is left is an instruction where the value goes.

- 「运营者 / 开发者：填写实际主体名称（个人或公司）」, 「联系邮箱：填写可用的联系邮箱」, 「生效日期：填入正式生效日期」:
  a label naming the operator's field (its last word a field or role word of `field_values`: 邮箱, 日期, 名称, 运营者,
  开发者, 更新…), a colon, then a value that is only 填写/填入/补充 and the field it asks for (its last word a field word;
  an optional note in round brackets after it), up to the end of its clause or the next label.  Not 「第一步：填写联系邮箱」
  (a step, no field in its label), 「邮箱：请填写您的邮箱」 (a form's prompt to the reader), 「联系邮箱：填写后我们会回复」
  (a sentence goes on);
- (u61p) the same label, then how to fill it, the verb last: 「地址：依上架地區與帳號類型填寫」, 「邮箱：按实际情况填写」 (not
  「地址：依您的订单填写」, the reader's);
- 「…我们会处理。⏎补充联系邮箱与承诺的处理时限」: the same instruction as a source line of its own after a sentence of the
  same paragraph (never a paragraph's first line: 「填写联系邮箱」 alone may be a step of a list).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.rules.base import Rule
from policylens.rules.context import Context, TextUnit, in_code
from policylens.rules.placeholder_gaps import _source_lines
from policylens.rules.placeholder_instruction.field_values import _LABEL_WORDS, _SLOT_WORDS

_VERB = r"(?:填写|填寫|填入|填上|补充|補充)"
_FIELD = "|".join(sorted(_SLOT_WORDS, key=len, reverse=True))
# the value: the verb, a few words (no blank, no mark, not the reader), the field's word, an optional round-bracket note;
# then the clause ends (a mark, the end) or the next label starts (最近更新：)
_VALUE = lazy(
    rf"(?<=[：:])[ \t\u3000]{{0,2}}(?P<value>(?:请|請)?{_VERB}[^\s:：。；;，,、（()）您你妳]{{0,12}}?(?:{_FIELD})"
    r"(?:[（(][^（）()\n您你妳]{1,20}[）)])?"
    # (u61p, eval/blind/round61p lexiharbor-hant-md L41) 「地址：依上架地區與帳號類型填寫」: how to fill it, the verb last
    rf"|(?:依|按|根據|根据|視|视)(?:照|據|据)?[^\s:：。；;，,、（()）您你妳]{{2,16}}?{_VERB})"
    r"(?=[ \t\u3000]*(?:\Z|[\n。；;，,]|[^\s:：。；;，,]{1,8}[：:]))"
)
# the line form: the instruction alone, its field word somewhere in it (补充联系邮箱与承诺的处理时限)
_LINE = lazy(rf"{_VERB}(?=[^\s:：。；;，,您你妳]{{0,16}}(?:{_FIELD}))[^\s:：。；;，,您你妳]{{2,24}}")
# a line that is only a qualified instruction, anywhere (its label in an attribute: <el-descriptions-item label="營運者">):
# 填写实际主体名称, 填寫可用的聯絡信箱, 填入正式生效日期 (the drafter's qualifier: not 填写手机号码, a step for the user)
_QUALIFIED = lazy(
    rf"{_VERB}(?:实际|實際|正式|可用的?|具体|具體)[^\s:：。；;，,、（()）您你妳]{{0,10}}?(?:{_FIELD})(?:[（(][^（）()\n您你妳]{{1,20}}[）)])?"
)
_LABEL_BREAKS = "。；;，,\n>|"
_SENTENCE_END = ("。", "！", "？", "!", "?")


def _label(text: str, colon: int) -> str:
    """The words of the label before the colon at `text[colon]`: back to a mark or a run of two blanks, at most 14."""
    start = colon
    while start > 0 and colon - start < 14 and text[start - 1] not in _LABEL_BREAKS and text[start - 2 : start] != "  ":
        start -= 1
    return text[start:colon].strip(" \t\u3000*_")


def _names_a_field(label: str) -> bool:
    """Whether the label ends with a field's or a role's word (联系邮箱, 运营者 / 开发者, 最近更新), not a step (第一步)."""
    words = label.rstrip(" \t\u3000*_")
    return any(words.endswith(word) for word in _LABEL_WORDS)


def instruction_values(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """The instructions standing as a field's value or as a line of their own (see the module's docstring)."""
    for unit, start, _end, m in ctx.scan(_VALUE, needs=_VERB_NEEDS):
        if in_code(unit, start) or not _names_a_field(_label(unit.text, start - 1)):
            continue
        a, b = start + m.start("value") - m.start(), start + m.end("value") - m.start()
        yield rule.finding(ctx, unit, a, b, text=unit.text[a:b])
    previous: TextUnit | None = None
    for unit in ctx.units():
        before, previous = previous, unit
        if unit.kind == "heading" or not any(verb in unit.text for verb in _VERBS):
            continue
        lines = _source_lines(unit)
        if before is not None and len(lines) == 1 and _follows(before, unit):
            lines = [(0, 0), *lines]  # (a Markdown loader's line of its own right under the sentence: its own paragraph)
        for k, (start, end) in enumerate(lines):
            line = unit.text[start:end].strip(" \t\u3000")
            hit = _QUALIFIED.fullmatch(line)
            if hit is None and k > 0 and _ends_sentence(unit.text, *lines[k - 1]):
                hit = _LINE.fullmatch(line)
            if hit is not None and line:
                a = unit.text.index(line, start)
                yield rule.finding(ctx, unit, a, a + hit.end(), text=hit.group())


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is empty (the sentence before, `_follows`) or ends with a sentence's mark."""
    return start == end or text[start:end].rstrip(" \t\u3000").endswith(_SENTENCE_END)


def _follows(before: TextUnit, unit: TextUnit) -> bool:
    """Whether `unit` is a paragraph on the line right under `before`, a paragraph ending with a sentence."""
    kinds = (before.paragraph.kind if before.paragraph else "", unit.paragraph.kind if unit.paragraph else "")
    if kinds != ("paragraph", "paragraph") or not before.text.rstrip(" \t\u3000").endswith(_SENTENCE_END):
        return False
    return before.end_position(len(before.text))[0] + 1 == unit.position(0)[0]


_VERBS = ("填写", "填寫", "填入", "填上", "补充", "補充")
_VERB_NEEDS = lazy(_VERB)
