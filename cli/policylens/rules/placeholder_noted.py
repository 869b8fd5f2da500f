"""Slot forms of `placeholder-instruction` from the forty-eighth blind round, set b's held-out part (u48k4, issue #11):
a bracket holding a field or a choice, then a drafting note after a dash.

A class seen in `eval/blind/round48b/holdout` (openmontage-hk-zh-en-ts, found there after the held-out run: the set is
not blind for it any more), with invented variants both ways in `tests/test_u48k4_placeholders.py`:

- a square or lenticular bracket holding a short field or choice (no sentence mark, at most 40 characters), a dash (—,
  ——, –, --, or a hyphen between spaces), then a note that the value is still to be settled: "[Jurisdiction — to be
  confirmed]", "[free / in beta — update once pricing is decided]", "[Retention period – TBD]", 「[司法管轄區——待確認]」,
  「[免費／beta 測試階段——定價確定後更新]」, 「【保存期限——待定】」.  The note is one of: to be confirmed, decided,
  determined, finalised, updated, added, agreed, filled in; TBC, TBD; update, fill in or confirm once, when, after or
  before something; 待確認, 待定, 待補充, 待更新, 待填寫, 待決定 (and Simplified); 尚未確定; a step then 後更新, 後填寫, 後補上
  (定價確定後更新).  Not "[Section 3 — Data we collect]", 「【第三條——資料的蒐集】」 (a heading, no note), "[Status — confirmed]"
  (settled), nor a bracket in code.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.rules.context import Context, TextUnit, prose_spans

# the field or choice: short, no sentence mark, no bracket, no dash of its own
_FIELD = r"[^\[\]【】［］\n—–。！？；!?;]{1,40}?"
_DASH = r"[ \t]*+(?:——|—|–|--|－－|(?<=[ \t])-(?=[ \t]))[ \t]*"
_EN_NOTE = (
    r"(?i:(?:still[ \t]+)?to[ \t]+be[ \t]+(?:confirmed|decided|determined|finali[sz]ed|updated|added|agreed|filled[ \t]+in)"
    r"|tb[cd]\b"
    r"|(?:update|fill[ \t]+in|confirm|replace|revise)[ \t]+(?:this[ \t]+|it[ \t]+)?(?:once|when|after|before)\b)"
)
_ZH_STEP = r"(?:確定|确定|決定|决定|定案|敲定|公布|公佈|上線|上线|確認|确认)"
_ZH_NOTE = (
    r"(?:(?:尚|有)?待(?:確認|确认|定|補充|补充|更新|填寫|填写|決定|决定|確定|确定|補|补|填|定案|敲定)"
    r"|(?:尚未|仍未)(?:確定|确定|決定|决定|定案)"
    rf"|[^\[\]【】［］\n]{{0,12}}?{_ZH_STEP}(?:後|后)(?:更新|填寫|填写|補上|补上|補充|补充|修改|替換|替换))"
)
# "[Jurisdiction — to be confirmed]", 「[司法管轄區——待確認]」, 「【保存期限——待定】」
_NOTED_SLOT = lazy(rf"(?:\[|【|［)[ \t]*+{_FIELD}{_DASH}(?:{_EN_NOTE}|{_ZH_NOTE})[^\[\]【】［］\n]{{0,40}}?[ \t]*(?:\]|】|］)")
_NEEDS = lazy(r"[—–\-－]")

# (u57f2, eval/precision57 yanjushi L9) the note in parentheses after the field, inside the bracket:
# 「【民宿经营主体名称（营业执照对应主体，用户上线前替换）】」, 「[客服电话（发布前填写）]」, "[Company name (to be confirmed)]".
# The note also says when: a step then 前 and the edit (上线前替换, 发布前填写).  Not 【联系我们（客服）】, 【设置（隐私）】.
_PAREN_FIELD = r"[^\[\]【】［］\n—–。！？；!?;（）()]{1,40}?"
_ZH_BEFORE = (
    rf"(?:{_ZH_STEP}|发布|發布|公开|公開|提交|交付|部署)前(?:替换|替換|填写|填寫|补充|補充|修改|更新|确认|確認|核实|核實|补全|補全)"
)
_PAREN_NOTED_SLOT = lazy(
    rf"(?:\[|【|［)[ \t]*+{_PAREN_FIELD}[ \t]*[（(][^（）()\[\]【】［］\n]{{0,30}}?(?:{_EN_NOTE}|{_ZH_NOTE}|{_ZH_BEFORE})"
    r"[^（）()\[\]【】［］\n]{0,20}?[）)][ \t]*(?:\]|】|］)"
)
_PAREN_NEEDS = lazy(r"[（(]")


def noted_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every bracket of the forms above, outside code, in document order."""
    yield from prose_spans(ctx, (_NOTED_SLOT,), _NEEDS)
    yield from prose_spans(ctx, (_PAREN_NOTED_SLOT,), _PAREN_NEEDS)
