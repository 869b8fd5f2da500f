"""Slot forms of `placeholder-instruction` from the forty-eighth blind round (u48k, issue #11 §1): the text says what it
still owes.

Each is a class seen in the round's dev part (`eval/blind/round48/dev`), with invented variants both ways in
`tests/test_u48k_placeholders.py`:

- a drafting note that lists what is still to be added, without a subject, at the start of its sentence:
  「后续需补齐数据收集、本地网络权限、文件传输范围、支持联系方式和更新说明。」, 「後續需補齊許可範圍…等正式內容。」.  A time still to
  come (后续, 之后, 稍后, 日后), a modal (需, 仍需, 还需), a verb of completing (补齐, 补全, 完善, 补充完善), and what a
  policy states at the end of the clause (说明, 内容, 条款, 信息, 细节, 文本).  Not a sentence with its subject
  (「您后续需补全资料」, 「我们后续将补充说明」: said to the reader, or the policy's own promise), nor 「后续需补齐材料」 (no
  part of a text), nor a note whose owed part is 信息 without 仍/还 or said to the reader (「之后需完善实名认证信息。」: the
  user's task, review u48r);
- the English drafting instruction that opens its sentence: "Prepare final text covering data collection, …" (the
  imperative, and the final text, copy or wording named); not "We prepare the final report …" (a subject);
- the English handoff notice of a template: "Replace it with counsel- or compliance-approved language before production
  launch." (the imperative opening its sentence, replace the text, before a launch or publication) and "This page contains template legal copy for handoff
  purposes only." (the page said to hold template, sample or placeholder copy, as the sentence's subject); not "Replace
  the battery before the trip", "You may replace it with another payment method before the release of your order" (no
  imperative), "Replace it with a new password before the release" (no text named: review u48r), "If this page contains
  template text from our vendor, …", nor "Our emails use templates".
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import IN_CLAUSE, SENTENCE_MARKS
from policylens.rules.context import Context, TextUnit, prose_spans

# the sentence's start: the text's, a line's, after a sentence mark, or after an opening quote or list mark
_OPENS = rf"(?:\A|(?<=[{SENTENCE_MARKS}\n\"'“「]))[ \t\u3000>*_•·+-]*"
_FOLLOW_UP = lazy(
    rf"{_OPENS}(?:后续|後續|之后|之後|稍后|稍後|日后|日後)(?:仍|还|還|再)?(?:需要?|须|須)(?:再)?"
    r"(?:补齐|補齊|补全|補全|补充完善|補充完善|完善)"
    rf"{IN_CLAUSE}{{2,80}}?(?:说明|說明|内容|內容|条款|條款|信息|資訊|细节|細節|文本|正文)(?=[{SENTENCE_MARKS}\"'”」]|\Z)"
)
_FINAL_TEXT_EN = lazy(
    r"(?:\A|(?<=[.!?;\n\"'“]))[ \t>*_-]*(?-i:Prepare)[ \t]+(?:the[ \t]+)?final[ \t]+(?:text|copy|wording|language)\b"
    r"[^.!?\n]{0,200}"
)
_REPLACE_BEFORE_LAUNCH = lazy(
    r"(?:\A|(?<=[.!?;\n\"'“]))[ \t>*_-]*Replace(?i:[ \t]+(?:"
    r"(?:this[ \t]+(?:page|text|copy|content|notice)|the[ \t]+(?:text|copy|content|wording))[ \t]+with\b"
    # (review u48r) `it` or `this` alone is replaced by a text named after `with`: "Replace it with a new password
    # before the release of the update" is said to the user (a lookahead: no second lazy run to backtrack into)
    r"|(?:it|this)[ \t]+with\b(?=[^.!?\n]{0,80}?\b(?:language|text|copy|wording|content|policy|terms|notice)\b))"
    r"[^.!?\n]{0,120}?\bbefore[ \t]+(?:the[ \t]+)?(?:production[ \t]+|public[ \t]+|official[ \t]+)?"
    r"(?:launch(?:ing)?|publication|publishing|release|going[ \t]+live|go-live)\b)"
)
_TEMPLATE_COPY = lazy(
    # (review u48r) the sentence's subject (or a note's, after its colon): not "If this page contains template text from
    # our vendor, …"
    r"(?:\A|(?<=[.!?;:\n\"'“]))[ \t>*_-]*(?i:this[ \t]+(?:page|document|policy|notice|text)[ \t]+(?:contains|is)[ \t]+(?:an?[ \t]+)?"
    r"(?:template|sample|placeholder)[ \t]+(?:legal[ \t]+|policy[ \t]+|privacy[ \t]+)?(?:copy|text|content|language|wording)\b[^.!?\n]{0,80})"
)
# (review u48r) 完善/补全…信息 is also what an app asks of its user: 「之后需完善实名认证信息。」, 「之后需补全您的收货地址
# 信息。」.  A note whose owed part is 信息 says it is still owed (「之后仍需补全合作方名称和共享的信息」) and never
# addresses the reader.
_DATA_OWED = ("信息", "資訊")
_USER_TASK = lazy(r"\A[ \t\u3000>*_•·+-]*(?:后续|後續|之后|之後|稍后|稍後|日后|日後)(?:需要?|须|須)|[您你妳]")
_NEEDS = lazy(r"[后後之稍日]|(?i:prepare|replace|template|sample|placeholder)")


def owed_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every note of the forms above, outside code, in document order per form."""
    for unit, start, end in prose_spans(ctx, (_FOLLOW_UP, _FINAL_TEXT_EN, _REPLACE_BEFORE_LAUNCH, _TEMPLATE_COPY), _NEEDS):
        text = unit.text[start:end]
        if text.endswith(_DATA_OWED) and _USER_TASK.search(text) is not None:
            continue  # 「之后需完善实名认证信息。」: the user's task (`_USER_TASK`)
        lead = len(text) - len(text.lstrip(" \t\u3000>*_•·+-"))
        yield unit, start + lead, end
