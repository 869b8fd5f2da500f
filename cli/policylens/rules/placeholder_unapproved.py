"""Slot forms of `placeholder-instruction` from the forty-eighth blind round, set b (u48k3, issue #11 §1): the text says
it is not approved for publication, or that no final policy exists.

Each is a class seen in the round's dev part (`eval/blind/round48b/dev`, cmsfallback-zh-en-tsx: the page's built-in
text, shown while the CMS holds no policy), with invented variants both ways in `tests/test_u48k3_placeholders.py`:

- the text not approved for publication, a legal or privacy review still due, in one sentence:
  「本内容…尚未获准发布，必须经过隐私与法律专业审核。」, 「本頁尚未獲准發布，須經法務審閱」, "It has not been approved for
  publication and requires professional privacy and legal review."  Not approved (尚未获准, 未經核准; "has not been
  approved", "not yet approved") for publication (发布, 公开, 上线; publication, release), and a review by legal,
  privacy, counsel or a lawyer named in the same sentence.  Not 「未获准发布的评论将被删除」, "Comments that have not been
  approved for publication are removed" (a user's content, no review by legal), nor 「经法务审核后发布」 (approved);
- no final policy in place, said by the page: 「当前没有已定稿的隐私政策」, 「目前尚無正式的隱私權政策」, "No final privacy
  policy is currently published."  A negation of existence, then a final, finalised or formal (定稿, 正式, 最终; final,
  finalised, formal, official) policy, agreement or terms named.  Not 「本政策没有最终解释权条款」, 「我们没有正式员工的…」
  (no policy named after the adjective), nor "no final decision" (no policy).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import IN_CLAUSE, SENTENCE_MARKS
from policylens.rules.context import Context, TextUnit, prose_spans

# in one sentence (no sentence mark, no line break between)
_IN_SENTENCE = rf"[^{SENTENCE_MARKS}\n]"
_REVIEWER = r"(?:法律|法务|法務|律师|律師|法律顾问|法律顧問|合规|合規|隐私与法律|隱私與法律|隐私和法律|隱私和法律|隐私|隱私|专业|專業)"
_REVIEW = r"(?:审核|審核|审阅|審閱|审查|審查|复核|覆核|审定|審定|评估|評估)"
_NOT_APPROVED = r"(?:尚未|还未|還未|仍未|未)(?:经|經)?(?:获准|獲准|获批|獲批|批准|核准)(?:对外)?(?:发布|發布|公开|公開|上线|上線|刊登)"
# 「尚未获准发布，必须经过隐私与法律专业审核」 (the review after) or 「须经法务审核，目前尚未获准发布」 (before)
_UNAPPROVED_ZH = lazy(
    rf"{_NOT_APPROVED}{_IN_SENTENCE}{{0,30}}?(?:须|須|需|必须|必須|应|應|仍需|尚需|有待|待)(?:要)?(?:经过?|經過?|由)?"
    rf"{IN_CLAUSE}{{0,12}}?{_REVIEWER}{IN_CLAUSE}{{0,8}}?{_REVIEW}"
    rf"|(?:须|須|需|必须|必須|有待|待)(?:经过?|經過?|由)?{_IN_SENTENCE}{{0,12}}?{_REVIEWER}{IN_CLAUSE}{{0,8}}?{_REVIEW}"
    rf"{_IN_SENTENCE}{{0,20}}?{_NOT_APPROVED}"
)
_UNAPPROVED_EN = lazy(
    r"(?i:\b(?:has|have|is|are|was)\s+not\s+(?:yet\s+)?(?:been\s+)?approved\s+for\s+(?:publication|release|publishing)\b"
    r"[^.!?\n]{0,80}?\b(?:legal|privacy|counsel|lawyer|attorney|compliance)\b[^.!?\n]{0,30}?\breview(?:ed)?\b"
    r"|\bnot\s+(?:yet\s+)?approved\s+for\s+(?:publication|release|publishing)\b"
    r"[^.!?\n]{0,80}?\b(?:legal|privacy|counsel|lawyer|attorney|compliance)\b[^.!?\n]{0,30}?\breview(?:ed)?\b)"
)
_POLICY = (
    r"(?:隐私政策|隱私政策|隱私權政策|隐私权政策|私隱政策|隐私声明|隱私聲明|私隱聲明|用户协议|用戶協議|服务条款|服務條款"
    r"|使用条款|使用條款|服务协议|服務協議)"
)
# 「当前没有已定稿的隐私政策」, 「目前尚無正式的隱私權政策」
_NO_FINAL_ZH = lazy(
    r"(?:没有|沒有|尚无|尚無|并无|並無|暂无|暫無|还没有|還沒有|尚未有)(?:已)?(?:定稿|正式|最终|最終|正式版|定稿版)(?:的|之)?"
    rf"{_POLICY}"
)
# "No final privacy policy is currently published", "There is no finalised privacy policy yet"
_NO_FINAL_EN = lazy(
    r"(?i:\bno\s+(?:final|finali[sz]ed|formal|official|approved)\s+(?:privacy\s+(?:policy|notice|statement)"
    r"|terms\s+of\s+(?:service|use)|user\s+agreement)\b(?:\s+(?:is|has\s+been)\s+(?:currently\s+|yet\s+)?"
    r"(?:published|available|in\s+place|online))?)"
)
_NEEDS = lazy(r"准|批|定稿|正式|最终|最終|(?i:approved|final|formal|official)")


def unapproved_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every note of the forms above, outside code, in document order per form."""
    yield from prose_spans(ctx, (_UNAPPROVED_ZH, _UNAPPROVED_EN, _NO_FINAL_ZH, _NO_FINAL_EN), _NEEDS)
