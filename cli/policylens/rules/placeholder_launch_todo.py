"""Slot forms of `placeholder-instruction` from the forty-ninth session's blind round 49 and issue #11's open classes
(u49k): the text says what the team must still do, or who must still approve it.

Each is a class seen in `eval/blind/round49/dev` or listed open in README "Known limitations" (the forty-eighth
bullets), with invented variants both ways in `tests/test_u49k_placeholders.py`:

- a to-do before launch opening its clause, in Chinese: 「正式上线前替换为经过审核的客服内容。」, 「正式上线前接入正式隐私政策。」,
  「正式上线前由业务与法律团队确认。」, 「演示联系地址，正式上线前替换。」, 「請於正式上線前替換成真實資料」.  A verb of replacing,
  connecting, completing or updating right after 上线前 (or the legal or business team that confirms it, closing the
  clause: not 「对于新功能，上线前由安全团队审核。」, how a product is reviewed); not said to the reader (「请在正式上线前更新
  您的应用」), not the policy's own promise with its subject (「我们会在上线前通知您」: the phrase does not open its clause);
- the page said to be a demo: 「当前为演示页面。」, 「当前页面只作为本地演示。」, 「本页仅为演示内容」 (the page, not the app: 「本
  应用为演示版本」 says what the product is);
- the same to-do in English, an imperative: "Replace with approved support content before launch.", "Confirm with the
  business and legal teams before launch.", "demo contact only, replace before launch." (a text, a page's part or a
  contact replaced or updated, or a confirmation with the legal or business team; not "You can confirm your order
  before launch": a subject, or the reader's thing; nor "Review everything before publishing it", the reader's own
  content);
(The English pending-review notes on the text, "This is a pre-launch version pending legal counsel review", are
`placeholder-drafting`'s: `rules.placeholder_drafting.pending_review`.)
- an English draft's own statement: "This draft does not constitute the final terms …" (「本草案不构成…」 is found by
  `placeholder-drafting`);
- a demo or test name where the operator's contact belongs: 「請回覆 Demo User 提供的試用聯絡電郵」, "the pilot contact email
  provided by Demo User" (Demo/Test/Sample/Dummy User, Admin, Company or Operator, in the sentence of a contact; not
  "demo users can try the app", lower case, a kind of user);
- a pending note naming the operator by a common noun, as a value or closing its clause: 「保存期限：待本公司確認。」,
  「聯絡信箱：待法務確認」, 「（待法务确认）」 (not 「待本公司確認款項入帳後，契約即成立」, a step of a flow that goes on, nor
  「訂單狀態：待本公司確認」, 「退款申请（待本公司审核）」, a status shown to the reader), and a list or value the operator
  will still add: 「合作廠商名單由本公司另行補充。」 (a list, a period, a channel or a name as the subject; not 「本政策未盡事宜，
  由本公司另行補充」, the usual clause on matters not covered, nor 「活动期限由本公司另行公布」, a value published elsewhere);
- a bracketed note to the drafter: 「［地區—請向法務確認］」, 「【保存期限：请与法务确认】」, "[Region — ask legal]", "[TBC with
  counsel]" (the instruction to check with legal inside the bracket).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import IN_CLAUSE, READER, SENTENCE_MARKS, sentence_bounds
from policylens.rules.context import Context, TextUnit, prose_spans

# a clause's start: the text's, a line's, after a sentence mark, a comma, a colon, an opening quote or a list mark
_ZH_OPENS = rf"(?:\A|(?<=[{SENTENCE_MARKS}\n\"'`“「（(，,：:·]))[ \t\u3000>*_•·+-]*"
_CLAUSE_END = rf"(?=[ \t\u3000]*(?:[{SENTENCE_MARKS}，,）)」』\n\"'`]|\Z))"

# 「正式上线前替换为…」, 「正式上線前接入正式隱私權政策」, 「正式上线前由业务与法律团队确认。」
# (the phrase alone: 「请在上线前补充…」, said to whoever publishes it, is `placeholder-publisher-note`'s)
_BEFORE_LAUNCH = r"(?:正式)?(?:上线|上線|发布|發布|上架|推出|开站|開站)前"
# who signs the text off: the legal or business team (u49r: 「对于新功能，上线前由安全团队审核。」, 「用户发布的内容，发布前由平台审核。」
# say how a product or a post is reviewed, no to-do of the text)
_SIGNER = r"(?:法律|法務|法务|律師|律师|業務|业务|合規|合规|法遵|顧問|顾问)"
_ZH_TODO = lazy(
    rf"{_ZH_OPENS}(?P<slot>{_BEFORE_LAUNCH}(?:"
    rf"(?:替换|替換|接入|补齐|補齊|补上|補上|补充|補充|换成|換成|改为|改為|更换|更換){IN_CLAUSE}{{0,40}}"
    rf"|(?:由|经|經)(?=[^，,{SENTENCE_MARKS}\n]{{0,14}}?{_SIGNER})[^，,{SENTENCE_MARKS}\n]{{1,16}}(?:确认|確認|审核|審核|审阅|審閱|核定|定稿)"
    rf"{_CLAUSE_END}))"
)
# 「当前为演示页面」, 「当前页面只作为本地演示」, 「本页仅为演示内容」
_ZH_DEMO_PAGE = lazy(
    rf"{_ZH_OPENS}(?P<slot>(?:当前|當前|目前|本|此)(?:页面|頁面|页|頁)?(?:只|仅|僅)?(?:为|為|是|作为|作為)(?:本地)?(?:演示|示範|示范)"
    rf"(?:页面|頁面|页|頁|内容|內容|用途|条款|條款)?){_CLAUSE_END}"
)
_ZH_NEEDS = lazy(r"前|演示|示範|示范")

# "Replace with approved support content before launch.", "Confirm with the business and legal teams before launch.":
# a text, a page's part or a contact replaced or updated, or a confirmation with the legal or business team (not "Review
# everything before publishing it": the reader's own content, eval/blind/round48b openmontage L197)
_EN_TODO = lazy(
    r"(?:\A|(?<=[.!?;\n\"'“·,]))[ \t>*_-]*(?P<slot>(?:"
    r"(?:Replace|Update|Finali[sz]e|replace|update)\b(?=[^.!?\n]{0,60}?\b(?:content|text|copy|wording|address|section|page|"
    r"terms|policy|notice|contact|details|placeholder|this)\b)"
    r"|(?:Replace|replace)(?=[ \t]+before\b)"  # "demo contact only, replace before launch": no object at all
    r"|(?:Confirm|confirm)[ \t]+with\b(?=[^.!?\n]{0,60}?\b(?:legal|counsel|lawyers?|business|compliance)\b))"
    r"[^.!?\n]{0,120}?\bbefore[ \t]+(?:the[ \t]+)?(?:production[ \t]+|public[ \t]+|official[ \t]+|final[ \t]+)?"
    r"(?:launch(?:ing)?|publication|going[ \t]+live|go-live)\b)"
)
# "This draft does not constitute the final terms …"
_EN_DRAFT = lazy(r"(?:\A|(?<=[.!?;\n\"'“]))[ \t>*_-]*(?P<slot>This[ \t]+draft\b[^.!?\n]{0,80}?\bfinal\b[^.!?\n]{0,60})")
_EN_NEEDS = lazy(r"(?i:before|draft)")  # (each English form above holds one of them)

# 「Demo User 提供的試用聯絡電郵」, "provided by Demo User"
_DEMO_NAME = lazy(r"(?P<slot>\b(?:Demo|Test|Sample|Dummy|Example)[ \t]+(?:User|Admin|Company|Operator|Owner|Account)\b)")
_DEMO_NEEDS = lazy(r"Demo|Test|Sample|Dummy|Example")
_CONTACT = lazy(r"(?i:e-?mail|contact|support)|電郵|郵件|郵箱|邮箱|邮件|信箱|聯絡|联系|聯繫|联络")

# 「保存期限：待本公司確認。」, 「（待法务确认）」
_OPERATOR_NOUN = (
    r"(?:本公司|本站|本平台|本平臺|我們|我们|公司|法務(?:部|團隊|部門)?|法务(?:部|团队|部门)?|法律顧問|法律顾问|律師|律师|法遵(?:部|單位)?)"
)
_ZH_PENDING = lazy(
    rf"(?P<lead>[：:（(][ \t\u3000]*)(?P<slot>待{_OPERATOR_NOUN}(?:確認|确认|審核|审核|審閱|审阅|提供|補充|补充|定稿)(?:後更新|后更新)?)"
    rf"{_CLAUSE_END}"
)
# the label before a value shown to the reader: 「訂單狀態：待本公司確認」
# (u49r) and a result, an application or an order the reader waits on: 「報名結果：待本公司確認」, 「退款申请（待本公司审核）」
_STATUS_LABEL = lazy(r"(?:狀態|状态|進度|进度|結果|结果|申請|申请|訂單|订单)[ \t\u3000]*\Z")
# 「合作廠商名單由本公司另行補充。」
_ZH_LATER = lazy(
    r"(?P<slot>(?:名單|名单|清單|清单|期限|方式|地址|電話|电话|信箱|郵箱|邮箱|名稱|名称|網址|网址)"
    r"(?:將|将|會|会)?由(?:本公司|本站|本平台|本平臺|我們|我们)另行(?:補充|补充))"
    rf"{_CLAUSE_END}"
)
_OPERATOR_NEEDS = lazy(r"待|另行")

# 「［地區—請向法務確認］」, "[Region — ask legal]"
_ASK = (
    r"(?:(?:請|请)?(?:向|與|与|跟|和|找)(?:法務|法务|律師|律师|法律顧問|法律顾问|法遵)(?:部|團隊|团队|部門|部门)?(?:確認|确认|查詢|查询|核實|核实)"
    r"|(?i:ask|check[ \t]+with|confirm[ \t]+with|tbc[ \t]+with|verify[ \t]+with)[ \t]+(?i:legal|counsel|the[ \t]+legal[ \t]+team|our[ \t]+lawyers?))"
)
_ASK_BRACKET = lazy(rf"(?P<slot>[\[［【][^\[\]［］【】\n]{{0,30}}?{_ASK}[^\[\]［］【】\n]{{0,10}}[\]］】])")
_ASK_NEEDS = lazy(r"[\[［【]")


# "Your password is weak. Replace this with a stronger one before the launch.": a pronoun object after the reader's own
# thing named just before is the reader's, not the text (tests/test_u48r_review.py)
_PRONOUN_OBJECT = lazy(r"(?i:replace|update)[ \t]+(?:this|it|them)\b")
_ANOTHER_ONE = lazy(
    r"(?i:replace|update)[ \t]+(?:this|it|them)[ \t]+with[ \t]+an?[ \t]+\w+(?:[ \t]+\w+)?[ \t]+ones?\b"
)  # "…with a stronger one"


def _slot(unit: TextUnit, start: int, end: int) -> tuple[int, int]:
    """The span without the clause opener's blanks and list marks."""
    text = unit.text[start:end]
    lead = len(text) - len(text.lstrip(" \t\u3000>*_•·+-"))
    return start + lead, end


def launch_todo_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above, outside code, in document order per form."""
    for unit, start, end in prose_spans(ctx, (_ZH_TODO, _ZH_DEMO_PAGE), _ZH_NEEDS):
        if READER.search(unit.text, start, end) is None:
            yield unit, *_slot(unit, start, end)
    for unit, start, end in prose_spans(ctx, (_EN_TODO, _EN_DRAFT), _EN_NEEDS):
        at = _slot(unit, start, end)[0]
        if READER.search(unit.text, start, end) is None and not (
            _PRONOUN_OBJECT.match(unit.text, at)
            and (READER.search(unit.text, max(0, start - 80), start) or _ANOTHER_ONE.match(unit.text, at))
        ):
            yield unit, *_slot(unit, start, end)
    for unit, start, end in prose_spans(ctx, (_DEMO_NAME,), _DEMO_NEEDS):
        if _CONTACT.search(unit.text, *sentence_bounds(unit.text, start, end)):
            yield unit, start, end
    for unit, start, _, m in ctx.scan(_ZH_PENDING, needs=_OPERATOR_NEEDS):
        lo, hi = start + m.start("slot") - m.start(), start + m.end("slot") - m.start()
        if _STATUS_LABEL.search(unit.text, 0, start) is None and READER.search(unit.text, max(0, start - 20), hi) is None:
            yield unit, lo, hi
    for unit, start, end in prose_spans(ctx, (_ZH_LATER,), _OPERATOR_NEEDS):
        yield unit, start, end
    for unit, start, end in prose_spans(ctx, (_ASK_BRACKET,), _ASK_NEEDS):
        yield unit, start, end


__all__ = ["launch_todo_slots"]
