"""Slot forms of `placeholder-instruction` from the thirty-sixth blind round (u36r, issue #11 §1): the text says it is not
the final one.

Each is a class seen in the round's dev part (`eval/blind/round36/dev`), with invented variants both ways in
`tests/test_u36r_placeholders.py`:

- the final version named as the one a lawyer or the legal team will confirm, so this one is not it:
  「正式上线版本以法务确认后的协议正文为准」, 「最终版本以律师审核后的文本为准」.  A final or published version and a
  reviewer (法务, 律师, 法律顾问, 合规) who has still to confirm it, before 为准.  Not 「本协议以中文版本为准」 (no reviewer),
  「以法院的生效判决为准」, nor 「经法务确认后方可签署合同」 (no version of the text);
- the page's own placeholder marks, to be removed once the facts are confirmed: 「…确认后，才能移除占位标记并公开注册」,
  「上线前请删除本页占位内容」, "before this placeholder can be published".  A verb of removing and the placeholder
  itself (占位标记, 占位内容, 占位文字); not 「图片加载完成后移除占位图」 (an image), 「骨架屏占位」, 「数据加载完成后替换占位
  文字」 (a loading state, said before it in the clause);
- the text's status as unreviewed by a lawyer, said of the text: "Draft — not lawyer-reviewed.", "This draft has not
  been reviewed by legal counsel", 「本文为草案，未经律师审阅」.  The draft named in the same sentence; not "The app is not
  reviewed by Apple" nor 「未经律师同意不得转载」;
- (u47k2, eval/blind/round47d) the formal policy itself still to come, the page standing in for it: 「正式版隐私政策全文正在
  上线中」, 「正式隐私政策和对外联系方式将随正式文本一同发布」, 「（正式版隱私權政策將於上架前補充。）」.  The formal (正式)
  policy or agreement named, then that it is being put online or will be added or published later.  Not 「本政策將不時
  更新」 (no formal version still to come), 「正式版隐私政策自 2024 年 1 月 1 日起生效」 (a date it takes effect), nor 「正式版
  本将于下月上线」 (a release of the app, no policy named);
- (u47k2) the drafter's caveat to the operator, left in the published text: "It should be reviewed against the
  organisation's actual operating practices … before being relied on as a formal privacy policy", 「在作為正式私隱政策依據
  前，應按…進行檢視」.  Relying on it as the formal policy, and a review still due, in one sentence.  Not "This policy
  is reviewed every year" (no formal policy it is not yet).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.rules.context import Context, TextUnit, in_code

_REVIEWER = r"(?:法务|法務|律师|律師|法律顾问|法律顧問|法律部门|法律部門|合规|合規|法律团队|法律團隊)"
_CONFIRMED = r"(?:确认|確認|审核|審核|审定|審定|审阅|審閱|核定|定稿)"
# 「正式上线版本以法务确认后的协议正文为准」
_FINAL_BY_REVIEW = lazy(
    r"(?:正式|最终|最終|定稿)(?:上线|上線|发布|發布|生效|公布)?的?(?:版本|版|文本|稿|协议|協議|政策|正文)"
    rf"[^，。；;\n]{{0,6}}?(?:以|应以|應以)(?:经过?|經過?)?{_REVIEWER}[^，。；;\n]{{0,4}}?{_CONFIRMED}(?:后|後|过|過)?的?"
    r"[^，。；;\n]{0,16}?(?:为准|為準)"
)
# 「才能移除占位标记」, 「上线前请删除本页占位内容」, "before this placeholder can be published"
_PLACEHOLDER_MARKS = lazy(
    r"(?:移除|删除|刪除|去掉|去除|撤下|替换|替換)(?:本页|本頁|此页|此頁|页面|頁面|本文|文中)?的?"
    r"(?:占位|佔位)(?:标记|標記|内容|內容|文字|文本|说明|說明|声明|聲明|状态|狀態)"
    r"|(?i:\b(?:before|until)\s+this\s+placeholder\s+(?:page\s+|text\s+)?(?:can|could|may|will)\s+be\s+(?:published|removed|replaced)\b)"
)
# "Draft — not lawyer-reviewed.", 「本文为草案，未经律师审阅」
_UNREVIEWED = lazy(
    r"(?i:\bdraft\b[^.\n]{0,24}?\bnot\s+(?:yet\s+)?(?:been\s+)?(?:lawyer|attorney|legal(?:ly)?|counsel)[- ]reviewed\b"
    r"|\bdraft\b[^.\n]{0,40}?\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+reviewed\s+by\s+(?:a\s+)?(?:lawyer|attorney|legal\s+counsel)\b)"
    rf"|(?:草案|草稿|初稿)[^。；;\n]{{0,12}}?(?:未经过?|未經過?|尚未经过?|尚未經過?|未)(?:{_REVIEWER})(?:{_CONFIRMED})"
)

# a loading state the app replaces, said earlier in the clause: 「数据加载完成后替换占位文字」, 「页面渲染完成后会移除占位内容」
# (review u36x: the app's own placeholder while it loads, not the page's marks)
_LOADING_BEFORE = lazy(
    r"(?:加载|加載|载入|載入|渲染|刷新|获取到|獲取到|请求|請求|返回|(?i:load(?:ing|ed)?|render(?:ing|ed)?|fetch(?:ing|ed)?))"
    r"[^，,。；;！!？?\n]{0,16}\Z"
)

_POLICY = (
    r"(?:隐私政策|隱私政策|隱私權政策|隐私权政策|私隱政策|隐私声明|隱私聲明|私隱聲明|用户协议|用戶協議|使用者條款|服务条款|服務條款"
    r"|使用条款|使用條款|服务协议|服務協議)"
)
# 「正式版隐私政策全文正在上线中」, 「正式隐私政策和对外联系方式将随正式文本一同发布」, 「正式版隱私權政策將於上架前補充」
_FORMAL_TO_COME = lazy(
    rf"正式(?:版本?)?的?{_POLICY}(?:全文|正文|文本)?[^，,。；;！!？?\n]{{0,12}}?"
    r"(?:正在上[线線]中?|[将將](?:于|於|在|随|隨)[^，,。；;！!？?\n]{0,12}?(?:补充|補充|补齐|補齊|发布|發布|公布|上[线線]|提供))"
)
# "… should be reviewed … before being relied on as a formal privacy policy", 「在作為正式私隱政策依據前，應按…進行檢視」
_REVIEW_BEFORE_RELIED = lazy(
    r"(?i:\bshould\s+be\s+reviewed\b[^.\n]{0,160}?\bbefore\s+being\s+relied\s+(?:up)?on\s+as\s+(?:a|an|the)\s+"
    r"(?:formal|final|official)\s+privacy\s+(?:policy|notice|statement)\b)"
    rf"|(?:作[为為]|用作)正式(?:的)?{_POLICY}(?:之)?(?:依[据據])?(?:之)?前[^。；;\n]{{0,40}}?"
    r"(?:检视|檢視|审阅|審閱|审核|審核|审查|審查|复核|覆核)"
)

_NEEDS = lazy(r"为准|為準|占位|佔位|(?i:placeholder|review)|审|審|正式")


def unfinal_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every note of the forms above, in document order per form."""
    for pattern in (_FINAL_BY_REVIEW, _PLACEHOLDER_MARKS, _UNREVIEWED, _FORMAL_TO_COME, _REVIEW_BEFORE_RELIED):
        for unit, start, end, _ in ctx.scan(pattern, needs=_NEEDS):
            if in_code(unit, start):
                continue
            if pattern is _PLACEHOLDER_MARKS and _LOADING_BEFORE.search(unit.text, max(0, start - 20), start):
                continue  # 加载完成后替换占位文字: a loading state
            yield unit, start, end
