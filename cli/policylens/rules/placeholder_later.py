"""Slot forms of `placeholder-instruction` from the thirty-second blind round (u32r, issue #11 §1).

Each is a class seen in real unreleased policies (the round's dev part, `eval/blind/round32/dev`, or the leads of an
earlier session whose notes were lost), with invented variants both ways in `tests/test_u32r_placeholders.py`:

- a promise that the real fact comes in a later version of the text, where the text should give it:
  「正式版本将在本政策中列出具体服务商名单」, 「正式版本将在此提供隐私事务联系邮箱」, 「具体服务时限将在正式文本中明确」.  The
  later version and a place in this text (本政策, 此处, 此, 本页) both named, and a verb of stating a fact (列出, 提供,
  明确, 公布…).  Not 「正式版本将于 2023 年第四季度发布」 (a release date), 「我们将在本政策中列出」 (no later version),
  「正式版本将提供云同步功能」 (a feature, no place in the text), nor 「将在正式版本中提供夜间模式」 (提供 after 正式版本中
  is a feature: only verbs of writing a fact down there);
- a fact given only as "still to be decided", as the whole value of a label that names a fact a policy must state, or
  right after that fact's noun: 「数据保存期限：尚未定案」, 「存储地区：待办」, 「境外接收方尚未定案」,
  "Retention period: still to be decided".  Not 「【待办】订单」 or 「您的待办事项将同步」 (an app's feature), 「订单状态：待办」
  (a state, not a fact of the policy), nor 「如您的身份尚未确定」 (尚未确定 only as a whole value);
- an e-mail address the text itself calls a placeholder: "privacy@mycorp.cn (a placeholder address)",
  "support@app.io (placeholder)" (the Chinese 「（占位邮箱…）」 and example.com addresses are found elsewhere).  Not
  "(placeholder)" after anything but an address;
- an address, then the author's colloquial note that it is to be replaced later: 「support@app.vercel.app（你之後可換成真
  email）」, 「（之后再换）」 (u43k3, round43d turtlesoup-hk-tsx).  Not the note after no address;
- sample service hours kept in a template's 【】 after an hours label: 「服务时间：【9:00-18:00】」,
  「客服时间：【周一至周五 9:00-18:00】」.  A range of clock times in the brackets, and nothing after them but the end of
  the clause.  Not 「服务时间：9:00-18:00」 (no brackets), 「营业时间请见【门店详情】」 (a control), nor 「点击【待审核】订单」.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.rules.context import Context, TextUnit, in_code

# A later, formal version of the text, then a place in this text, then a verb of stating a fact there.
_LATER_HERE = (
    r"(?:正式|最终|最終)(?:版本|版|文本|政策)[ \t\u3000]*(?:将|將|会|會)[ \t\u3000]*(?:在|于|於)[ \t\u3000]*"
    r"(?:本政策|本隐私政策|本隱私政策|本页面|本頁面|本页|本頁|此处|此處|此|这里|這裡|下文|文末)中?[ \t\u3000]*"
    r"(?:列出|列明|提供|补充|補充|公布|公佈|明确|明確|说明|說明|披露|载明|載明|写明|寫明)"
)
# ...or a fact this text leaves to a later, formal version (the verb a writing-down one: not 提供, a feature's).
_IN_LATER = (
    r"(?:将|將|会|會)[ \t\u3000]*(?:在|于|於)[ \t\u3000]*(?:正式|最终|最終)(?:版本|版|文本|政策|条款|條款)中[ \t\u3000]*"
    r"(?:列出|列明|明确|明確|载明|載明|写明|寫明|披露|公布|公佈)"
)
_LATER = lazy(f"{_LATER_HERE}|{_IN_LATER}")

# The facts a policy must state, as a label's last word (or the noun right before the undecided state).
_FACT = (
    r"(?:期限|年限|时限|時限|地区|地區|地点|地點|位置|所在地|名称|名稱|全称|全稱|主体|主體|接收方|处理者|處理者|受托方|受託方"
    r"|邮箱|郵箱|电话|電話|地址|方式|渠道|范围|範圍|日期|负责人|負責人)"
)
_UNDECIDED_NEEDS = lazy(r"[定办辦]")
_UNDECIDED_ZH = r"(?:尚未定案|尚未定稿|尚待定案|待定案|待决定|待決定|待办|待辦)"
_CLAUSE_END = r"(?=[ \t\u3000]*(?:\*+[ \t\u3000]*)?(?:\Z|[。.，,；;·|（(\n]))"
_UNDECIDED = lazy(
    # 数据保存期限：尚未定案 / 存储地区：待办 / 境外接收方尚未定案 (the noun first, the colon optional for 尚未定案-type words;
    # 待办 and 尚未确定 only as a label's whole value)
    rf"{_FACT}[ \t\u3000]*(?:\*+[ \t\u3000]*)?(?:[：:][ \t\u3000]*(?:\*+[ \t\u3000]*)?(?:目前|当前|當前|暂|暫)?"
    rf"(?P<val>{_UNDECIDED_ZH}|尚未确定|尚未確定)|(?:目前|当前|當前|仍|尚)?(?P<val2>尚未定案|尚未定稿|待定案|待决定|待決定)){_CLAUSE_END}"
)
# Retention period: still to be decided
_UNDECIDED_EN = lazy(
    r"(?i:(?<![A-Za-z])(?:period|date|location|region|address|e-?mail|contact|entity|operator|controller|recipients?|name)"
    r"[ \t]*(?:\*+[ \t]*)?:[ \t]*(?:\*+[ \t]*)?(?P<val3>(?:still[ \t]+|yet[ \t]+)?to[ \t]+be[ \t]+(?:decided|determined)))" + _CLAUSE_END
)

# An address, then the text's own word that it is a placeholder.
_PLACEHOLDER_ADDRESS = lazy(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}[ \t]{0,3}"
    r"(?P<note>[(（][ \t]*(?i:(?:a|an|the)[ \t]+)?(?i:placeholder)(?:[ \t]+(?i:address|e-?mail(?:[ \t]+address)?))?[ \t]*[)）])"
)

# (u43k3, eval/blind/round43d turtlesoup-hk-tsx L70-71) An address, then the author's note in brackets that it is to be
# replaced later, in colloquial wording, Cantonese or Mandarin, a Latin word in it: 「support@app.vercel.app（你之後可換成真
# email）」, 「（之后改成真的邮箱）」, 「（遲啲再換）」, 「(上線前再替換)」: 換成/改成 and a real one (真, 真實, 正式), or a later time
# and 再/要 then the verb (換, 改, 替換).  Not such a note after no address (「可先用臨時郵箱（之後可換成真 email）」 tells the
# user about their own account), nor 「（可隨時更改）」 (no real one, no later replacement).
_REPLACE_LATER_NOTE = lazy(
    r"(?<![A-Za-z0-9._%+-])(?:[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}|https?://[^\s（）()]{1,200})"
    r"[ \t\u3000]{0,3}(?P<note>[(（][^（）()\n]{0,12}?"
    r"(?:(?:換成|换成|改成|改為|改为|換做|换做|改做|轉成|转成|替換成|替换成)[ \t\u3000]*(?:真|正式|實際|实际)"
    r"|(?:之後|之后|稍後|稍后|日後|日后|以後|以后|遲啲|迟啲|晚啲|上線前|上线前|發布前|发布前)[ \t\u3000]*(?:再|要|先)[ \t\u3000]*"
    r"(?:換|换|改|替換|替换))[^（）()\n]{0,30}[)）])"
)

# An hours label, then a range of clock times kept in the template's 【】.
_CLOCK = r"[0-9０-９]{1,2}[:：][0-9０-９]{2}"
_HOURS = lazy(
    r"(?:服务|服務|客服|工作|营业|營業|接待|办公|辦公|在线|在線|受理|咨询|諮詢)(?:时间|時間)[ \t\u3000]{0,3}(?:\*{1,3}[ \t\u3000]{0,3})?(?:(?:为|為)[ \t\u3000]{0,3})?"
    rf"(?:[：:][ \t\u3000]{{0,3}})?(?P<slot>【[^】\n]{{0,12}}?{_CLOCK}[ \t\u3000]*[-–—~～至到][ \t\u3000]*{_CLOCK}[^】\n]{{0,12}}】)"
    + _CLAUSE_END
)


def _group_span(start: int, m: re.Match[str], *names: str) -> tuple[int, int] | None:
    """The span, in the unit (whose match starts at `start`), of the first of `names` the match `m` set."""
    found = m.groupdict()
    for name in names:
        if found.get(name) is not None:
            return start + m.start(name) - m.start(), start + m.end(name) - m.start()
    return None


# the `needs` of the scans below, made once (u56t: written in the call, a new lazy pattern compiled and bound at every scan)
_LATER_NEEDS = lazy(r"[正最終终]")
_REPLACE_LATER_NOTE_NEEDS = lazy(r"[換换改轉转替]")


def later_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above, in document order per form."""
    for unit, start, end, _ in ctx.scan(_LATER, needs=_LATER_NEEDS):
        if not in_code(unit, start):
            yield unit, start, end
    # (every undecided word holds 定, 办 or 辦; scanned unit by unit, so the clause end may be the end of the text)
    for pattern, needs in ((_UNDECIDED, _UNDECIDED_NEEDS), (_UNDECIDED_EN, ":")):
        for unit, start, _, m in ctx.scan(pattern, needs=needs):
            span = _group_span(start, m, "val", "val2", "val3")
            if span is not None and not in_code(unit, start):
                yield unit, span[0], span[1]
    for unit, start, _, m in ctx.scan(_PLACEHOLDER_ADDRESS, needs="@"):
        span = _group_span(start, m, "note")
        if span is not None and not in_code(unit, start):
            yield unit, start, span[1]
    for unit, start, _, m in ctx.scan(_REPLACE_LATER_NOTE, needs=_REPLACE_LATER_NOTE_NEEDS):
        span = _group_span(start, m, "note")
        if span is not None and not in_code(unit, start):
            yield unit, start, span[1]  # (the stand-in and the note on it: one slot)
    for unit, start, _, m in ctx.scan(_HOURS, needs="【"):
        span = _group_span(start, m, "slot")
        if span is not None and not in_code(unit, start):
            yield unit, span[0], span[1]
