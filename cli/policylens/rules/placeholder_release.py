"""Slot forms of `placeholder-instruction` from the thirty-fourth blind round, second part (u34r2, issue #11 §1).

Each is a class seen in a real unreleased policy of the round's dev part (`eval/blind/round34b/dev`: an app's draft
policy kept in both languages, zh-Hans and an English edition by the same Chinese developer), with invented variants
both ways in `tests/test_u34r2_placeholders.py`:

- the policy's own date left to be fixed when the text is released: 「生效日期：待发布时确定」, 「生效日期：上线时确定」,
  "Effective date: to be set at release", "Last updated: to be determined upon launch".  Only after the label of the
  policy's own date (生效日期, 更新日期, Effective date, Last updated…) and as that label's whole value, up to the end of
  its clause.  Not a rule about when the text applies, worded on purpose (「生效日期：以正式发布之日为准」, "Effective date:
  the date of first release"), nor a date (「生效日期：发布于 2025 年 3 月 1 日」), nor a state of the user's request
  ("Status: to be set at release" names no date of the policy);
- a note telling the author to check the text against the product before putting it online: 「托管前请复核与实际行为
  一致」, 「部署前须核对本页内容」, "Review it against the actual app behavior before hosting.", "Check this policy against
  the app before publishing it."  The zh note opens its clause with the step (托管前, 部署前: nothing of the user's before
  it, 数据托管前请确认… is advice to a customer) and no reader named in it (您, 你); the English one opens its sentence
  with the imperative, its object the text itself (it, this policy, this page…), the step a release of that text (hosting,
  release, launch, going live, submission).  Not "Review your post before publishing it" (the user's content), nor
  "We review this policy before each release" (a statement, no imperative), nor "Please review this policy before
  using the app" (the reader's use, not a release), nor "Please review this Privacy Policy before submitting any
  personal information" (a submission or launch with the reader's data, form or first use after it: review u34x).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import SENTENCE_BREAKS, USER_CONTENT
from policylens.rules.context import Context, TextUnit, in_code

# the label of the policy's own date, its colon, and emphasis markers around either (Markdown keeps them in the text)
_DATE_LABEL = (
    r"(?:生效日期|生效时间|生效時間|施行日期|更新日期|更新时间|更新時間|最后更新|最後更新|发布日期|發布日期"
    r"|(?i:effective\s+(?:date|from)|last\s+(?:updated|revised|modified)|updated(?:\s+on)?|date\s+of\s+effect))"
    r"[ \t\u3000]*(?:\*+[ \t\u3000]*)?[：:][ \t\u3000]*(?:\*+[ \t\u3000]*)?"
)
# what may close the value: the end of the text or a clause's stop (the next sentence may go on: 「。本页是…草稿」)
_VALUE_END = r"(?=[ \t\u3000]*(?:\*+[ \t\u3000]*)?(?:\Z|[。.，,；;·|（(\n]))"
# the release of the text: published, put online, launched, submitted (发布时, 上线后, at release, upon launch)
_RELEASE_ZH = r"(?:正式)?(?:发布|發布|發佈|上线|上線|上架|公布|公佈|提审|提審)"
_RELEASE_EN = (
    r"(?:(?:the\s+)?(?:first\s+|public\s+|official\s+|final\s+)?(?:release|launch|publication|go-?live|submission)"
    r"|publishing|releasing|launching|going\s+live)"
)
_PENDING_RELEASE_DATE = lazy(
    _DATE_LABEL + r"(?P<val>待?[ \t\u3000]*" + _RELEASE_ZH + r"(?:时|時|后|後|之后|之後)[ \t\u3000]*"
    r"(?:再)?(?:确定|確定|填写|填寫|补充|補充|公布|公佈|更新)"
    r"|(?i:to\s+be\s+(?:set|determined|decided|confirmed|fixed|announced|filled\s+in|added)\s+(?:at|upon|on|after|before)\s+"
    + _RELEASE_EN
    + r"))"
    + _VALUE_END
)
_DATE_LABEL_NEEDS = lazy(r"[：:]")

# 托管前请复核与实际行为一致, 部署前须核对本页内容: the author's step before the text goes online, opening its clause
_BEFORE_ONLINE_ZH = lazy(
    r"(?:(?<=^)|(?<=[。；;！!？?\n>：:]))[ \t\u3000]*(?P<note>(?:托管|託管|部署)(?:本页|本頁|本文|本政策|此页|此頁)?前[，,]?[ \t\u3000]*"
    r"(?:请|請|需要?|须|須|应|應|务必|務必|必须|必須)[ \t\u3000]*(?:再|先)?"
    rf"(?:复核|複核|核对|核對|核实|核實|校对|校對|确认|確認|检查|檢查)[^{SENTENCE_BREAKS}]{{0,30}})"
)
# the reader, or the reader's own content (照片, 评论…); a business reader too, an SDK's or a cloud service's customer
# (「部署前请确认贵司已取得最终用户的授权同意」: an integrator's duty in a published SDK policy; review u34x)
_READER = lazy(rf"[您你]|[贵貴](?:司|公司|方|单位|單位)|{USER_CONTENT}")
# Review it against the actual app behavior before hosting: an imperative opening its sentence, the text its object,
# a release of the text as the step (the sentence's start: the text's, a line's, or after a stop; a quote mark `>` only
# inside the blanks before it, never as the start: a run of 「\t>\t>…」 would be tried from each of its marks)
_BEFORE_ONLINE_EN = lazy(
    r"(?:(?<=^)|(?<=[.!?\n:]))[ \t>*_]*(?P<note>(?:please\s+)?(?:review|check|verify|re-?check|double-check|confirm|proofread)\s+"
    r"(?:it|this(?:\s+(?:privacy\s+)?(?:policy|page|text|document|draft|notice|file))?|the\s+(?:privacy\s+)?(?:policy|draft|text|document))\b"
    r"[^.!?\n]{0,80}?\b(?:before|prior\s+to)\s+(?:(?:hosting|publishing|releasing|deploying|launching|submitting)\b"
    r"|going\s+live\b|(?:the\s+)?(?:app\s+|store\s+)?(?:release|launch|publication|submission|deployment)\b)[^.!?\n]{0,40}[.!?]?)",
    re.IGNORECASE | re.MULTILINE,
)

# (review u34x) "Please review this Privacy Policy before submitting any personal information to us", "…before launching
# the App for the first time": a published policy's advice to its reader, whose submission or launch it is (of the
# reader's data, form, application, request; by the reader).  A submission or launch is the text's release only when
# nothing of the reader's follows it ("…before submission.", "…prior to the app store submission").
_READER_STEP_EN = lazy(
    r"(?i)\b(?:submitting|submission|launching|launch)\b[^.!?\n]{0,60}?\b(?:you|your|yours|any|personal|information|data"
    r"|details|application|request|form|payment|order|first\s+time)\b"
)


def _group(start: int, m: re.Match[str], name: str) -> tuple[int, int]:
    """The span, in the unit (whose match starts at `start`), of group `name` of the match `m`."""
    return start + m.start(name) - m.start(), start + m.end(name) - m.start()


# the `needs` of the scans below, made once (u56t: written in the call, a new lazy pattern compiled and bound at every scan)
_BEFORE_ONLINE_ZH_NEEDS = lazy(r"前")
_BEFORE_ONLINE_EN_NEEDS = lazy(r"(?i:before|prior)")


def release_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above, in document order per form."""
    for unit, start, _, m in ctx.scan(_PENDING_RELEASE_DATE, needs=_DATE_LABEL_NEEDS):
        if not in_code(unit, start):
            yield (unit, *_group(start, m, "val"))
    for unit, start, _, m in ctx.scan(_BEFORE_ONLINE_ZH, needs=_BEFORE_ONLINE_ZH_NEEDS):
        lo, hi = _group(start, m, "note")
        if not in_code(unit, start) and _READER.search(unit.text, lo, hi) is None:
            yield unit, lo, hi
    for unit, start, _, m in ctx.scan(_BEFORE_ONLINE_EN, needs=_BEFORE_ONLINE_EN_NEEDS):
        lo, hi = _group(start, m, "note")
        if not in_code(unit, start) and _READER_STEP_EN.search(unit.text, lo, hi) is None:
            yield unit, lo, hi
