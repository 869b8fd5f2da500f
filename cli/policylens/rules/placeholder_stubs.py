"""Slot forms of `placeholder-instruction` from the thirty-ninth blind round (u39r, issue #11 §1): stubs standing in for
the policy or its facts, and notes to whoever publishes it.

Each is a class seen in the round's dev part (`eval/blind/round39/dev`) or left by the thirty-eighth session
(`eval/blind/round38/holdout`, `eval/blind/round38d`), with invented variants both ways in
`tests/test_u39r_placeholders.py`:

- a contact or party named in brackets with a to-fill marker and no separator: 「[聯絡信箱待補]」, 「【客服邮箱待定】」,
  「［运营主体待确认］」 (the comma form 「【客服邮箱，待确认】」 is `markers`'; round brackets are `placeholder_left_in`'s);
  in English, a field in brackets said to be pending: "[Privacy Policy text pending]", "(contact to be added)",
  "[Contact email to be provided]".  A channel, party or text noun names the field: not 「订单【待确认】」, a state;
- the text calling itself placeholder content: 「這是佔位內容」, 「本页面为占位内容」, "This page is a placeholder"; or a placeholder
  template (u40r, round40 tongri-tsx): 「本页为占位模板，正式文本请由公司法务审定后替换」;
- the real policy promised for the launch: 「正式隱私政策將在產品正式上線前補充」;
- a request to update this policy oneself, said to whoever distributes it: 「若您面向特定地区分发，请根据当地法律自行评估
  并更新本政策」 (not 「我们有权自行决定修改本政策」, the operator's statement: no request);
- the public version's duties written into the draft: 「公开版必须列出每个处理者的名称…」, 「公开版本需提供…」;
- a review by counsel requested before the launch, with more than one reviewer named: 「正式上架前，请由法务或合规顾问复核」
  (one reviewer is `placeholder_left_in`'s; a status line 「上线前须法务/律师审核」 is `placeholder-drafting`'s); not
  「本政策发布前已经法务审核」, a step done;
- an English request to insert the text here: "Please insert the official Privacy Policy here.";
- (u60p, eval/blind/round59q about-zh-js L72) a stand-in for the whole body, alone in its paragraph or string:
  「这里是隐私政策内容...」, 「此处为协议正文」, 「示例文本」, "Privacy policy content goes here" (not 「本隐私政策内容如有变更…」,
  a sentence about the text, nor 「这里是我们收集的信息的说明」: no body's noun).

(Filler standing for the policy, one short phrase repeated as a whole paragraph, is `placeholder-empty`'s: a stand-in.)
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import CONTACT_CHANNELS
from policylens.rules.around import last_before, lstripped, rstripped
from policylens.rules.context import Context, TextUnit, prose_spans

_TO_FILL = r"(?:待填寫|待填写|待填|待補充|待补充|待補|待补|待定|待確認|待确认|待提供)"
# the field a bracket names: a contact channel, a party or the text itself
_FIELD = rf"(?:{CONTACT_CHANNELS}|方式|主体|主體|名称|名稱|网址|網址|链接|鏈接|連結|(?i:e-?mail))"
_PENDING_FIELD = lazy(
    rf"(?<![\]!\[])[\[【［][ \t\u3000]*[\u4e00-\u9fffA-Za-z ]{{0,8}}?{_FIELD}[ \t\u3000]*{_TO_FILL}[ \t\u3000]*[\]】］](?![(\[])"
    r"|(?i:[\[(](?:[A-Za-z][A-Za-z -]{0,30}\s)?(?:text|content|contact|email|e-mail|address|details|name|policy|date)"
    r"\s+(?:pending|to\s+be\s+(?:added|provided|confirmed|completed|determined))[\])])"
)
# 「這是佔位內容」, 「本页面为占位内容」, "This page is a placeholder"
_SELF_PLACEHOLDER = lazy(
    r"(?:本頁|本页|此頁|此页|本頁面|本页面|本文|以下|這|这|此)(?:裡|里)?(?:是|為|为)(?:一段|一份|一些)?(?:佔位|占位)"
    r"(?:內容|内容|文字|文本|頁面|页面|頁|页|说明|說明|模板|模版|範本|范本)"
    r"|(?i:\bthis\s+(?:page\s+|text\s+|section\s+)?is\s+(?:a\s+|only\s+a\s+|just\s+a\s+)?placeholder\b)"
)
# 「正式隱私政策將在產品正式上線前補充」
_BODY_AT_LAUNCH = lazy(
    r"正式(?:的)?(?:隐私政策|隱私政策|隱私權政策|政策|條款|条款|内容|內容|文本)(?:將|将|会|會)(?:在|於|于)[^。\n]{0,12}?"
    r"(?:上線|上线|發布|发布|公開|公开)(?:前|时|時|後|后)(?:補充|补充|提供|公布|公佈|更新)"
)
# 「请根据当地法律（如 COPPA 等）自行评估并更新本政策」: a request (请, 需) to update this policy oneself
_SELF_UPDATE = lazy(r"(?:请|請|需|須)[^。！？!?\n]{0,30}?自行[^。！？!?\n]{0,10}?(?:更新|修改|调整|調整|完善)本(?:隐私|隱私)?(?:權)?政策")
# 「公开版必须列出每个处理者的名称」: a duty of writing the text (列出, 写明, 补充…) put on the public version; what it must
# provide (「公开版本需提供…语言」) is placeholder-pending's, and a product edition's demand of its users is neither
# (「公开版需提供身份证明的用户，可通过客服提交」, tests/test_review30.py)
_PUBLIC_VERSION = lazy(
    r"(?:公开版|公開版|对外版|對外版)(?:本)?[^。\n]{0,6}?(?:必须|必須|须|須|需要|需|应当|應當|应|應)(?:先|再|另行|另外)?"
    r"(?:列出|列明|写明|寫明|载明|載明|注明|註明|标明|標明|补充|補充|补全|補全|填写|填寫|披露|替换|替換|删除|刪除|删去|刪去|移除)"
    r"[^。；;\n]{0,60}"
)
# 「正式上架前，请由法务或合规顾问复核」: a review asked of counsel before the launch, two reviewers named
_REVIEWER = r"(?:法务|法務|律师|律師|法律顾问|法律顧問|合规|合規)"
_LEGAL_REVIEW = lazy(
    r"(?:上架|上线|上線|发布|發布|發佈|公开|公開)前[，,]?[ \t\u3000]*(?:请|請)(?:由|交由)"
    rf"{_REVIEWER}[^，,。；;\n]{{0,4}}?(?:或|和|及|与|與|/)[ \t\u3000]*{_REVIEWER}[^，,。；;\n]{{0,4}}?"
    r"(?:复核|複核|审核|審核|审阅|審閱|确认|確認)"
)
# "Please insert the official Privacy Policy here."
_INSERT_HERE = lazy(r"(?i:\bplease[ \t]+(?:insert|paste|add|put)(?:[ \t]+[A-Za-z-]+){1,6}?[ \t]+here\b)")

# 「这里是隐私政策内容...」, 「此处为协议正文」, 「示例文本」, "Privacy policy content goes here": a stand-in for the body, only
# when it is the whole unit (`_whole`): 这里/此处 + 是/为 + the text's noun + 内容/正文, or a sample text's name
_TEXT_NOUN = (
    r"(?:隐私政策|隱私政策|隱私權政策|隐私协议|隱私協議|用户协议|用戶協議|服务协议|服務協議|服务条款|服務條款|使用条款|使用條款"
    r"|协议|協議|政策|条款|條款)"
)
_BODY_STAND_IN = lazy(
    r"(?:这里|這裡|這裏|此处|此處)(?:是|为|為|放|显示|顯示|展示)"
    rf"(?:{_TEXT_NOUN}(?:的)?(?:具体|具體|详细|詳細)?(?:内容|內容|正文|全文|文本)|(?:内容|內容|正文)(?:区域|區域)?)"
    r"|(?:这是|這是|此处为|此處為)?(?:示例|範例|范例|测试|測試|佔位|占位|假)(?:文本|文字|内容|內容)"
    r"|(?i:(?:(?:your|the)[ \t]+)?(?:privacy[ \t]+policy|terms(?:[ \t]+of[ \t]+(?:service|use))?|policy|agreement)"
    r"(?:[ \t]+(?:content|text|body))?(?:[ \t]+goes)?[ \t]+here|(?:sample|placeholder|dummy)[ \t]+text)"
)
# what may stand around a whole unit's stand-in: blanks and markup before it, the end's punctuation or ellipsis after it;
# then the unit's edge or a quote (a string of a script read as text: `content: '这里是隐私政策内容...',`)
_BEFORE_BODY = " \t\u3000*_#>-"
_AFTER_BODY = " \t\u3000*_.。…!！~"
_QUOTES = "'\"`“”‘’「」『』"


# (u61p, u60h's note) a test's stub: the word "test" or a short word said over and over, the whole of a plain paragraph
# or a heading (「测试」, "test", 「文字文字文字」, 「测试测试测试」: a short line over text is read as a heading, and no real
# heading says that; not 「内容」 alone, which heads a table or labels a field)
_TEST_STUB = lazy(r"(?:测试|測試|文字|内容|內容|(?i:test)){3,}|(?P<word>(?i:test(?:ing)?(?:[ \t]+test(?:ing)?)*)|测试|測試)")
_STUB_MARKS = " \t\u3000.。…!！~"


def _plain(unit: TextUnit) -> bool:
    """Whether a unit is the document's title or a plain paragraph: not a heading, list item or table row (where
    「测试内容」 names a test's content, a real item), nor code."""
    return unit.kind == "title" or (unit.kind == "paragraph" and unit.paragraph is not None and unit.paragraph.kind == "paragraph")


def _whole_stand_ins(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """`_BODY_STAND_IN` where it is all its plain paragraph or its string holds (a sentence naming the text is no stand-in;
    u61p: a heading, list item or table row 「测试内容」 names a quiz's content; 「**测试内容**」, emphasised, labels what
    follows; a quoted 「"示例文本"」 may be an input box's hint: only the 这里/此处 and English forms count in quotes)."""
    for unit, start, end in prose_spans(ctx, (_BODY_STAND_IN,), _BODY_NEEDS):
        text = unit.text
        if not _plain(unit):
            continue
        before = last_before(text, start, _BEFORE_BODY)
        after = lstripped(text, end, _AFTER_BODY)
        short = text[start] in _SHORT_HEADS  # 示例文本, 测试内容: a noun, not a sentence about the text
        if short and (before != "" or after != len(text) or "*" in text or "_" in text):
            continue
        if (before == "" or _quoted_alone(text, start, after)) and (after == len(text) or text[after] in _QUOTES):
            yield unit, start, end
    units = list(ctx.units())
    for k, unit in enumerate(units):
        if len(unit.text) <= 40 and (unit.kind == "heading" or _plain(unit)) and unit.text[:1] not in _QUOTES:
            a = lstripped(unit.text, 0, _STUB_MARKS)
            b = rstripped(unit.text, len(unit.text), _STUB_MARKS)
            if a < b and (m := _TEST_STUB.fullmatch(unit.text, a, b)) and not (m.group("word") and _heads_text(unit, units[k + 1 : k + 2])):
                yield unit, a, b


def _quoted_alone(text: str, start: int, after: int) -> bool:
    """(u61h) A stand-in in quotes is a script's string (`content: '这里是隐私政策内容...',`) only when no word runs into
    the quotes from outside: 「如果页面只显示“这里是隐私政策内容”，请…」 and 「曾误显示"Privacy policy content goes here"」
    mention the stand-in in a sentence."""
    opening = rstripped(text, start, _BEFORE_BODY) - 1
    if opening < 0 or text[opening] not in _QUOTES or last_before(text, opening, " \t\u3000").isalnum():
        return False
    if after < len(text):
        closing = lstripped(text, after + 1, " \t\u3000")
        return closing == len(text) or not text[closing].isalnum()
    return True


def _heads_text(unit: TextUnit, following: list[TextUnit]) -> bool:
    """(u61h) Whether a heading that is the word test alone (「测试」, "Testing") heads real text: a topic (beta testing,
    TestFlight), not a stub.  A plain paragraph of the word stays a stub."""
    if unit.kind != "heading" or not following or following[0].kind == "heading":
        return False
    text = following[0].text.strip(_STUB_MARKS)
    return len(text) >= 8 and _TEST_STUB.fullmatch(text) is None


_SHORT_HEADS = "示範范测測佔占假"


_BODY_NEEDS = lazy(r"这里|這裡|這裏|此处|此處|示例|範例|范例|测试|測試|佔位|占位|假|(?i:here|text)")
_NEEDS = lazy(r"待|占位|佔位|自行|公开版|公開版|对外版|對外版|前|(?i:placeholder|pending|to\s+be|insert|paste)")


def stub_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every stub or note of the forms above, in document order per form."""
    forms = (_PENDING_FIELD, _SELF_PLACEHOLDER, _BODY_AT_LAUNCH, _SELF_UPDATE, _PUBLIC_VERSION, _LEGAL_REVIEW, _INSERT_HERE)
    yield from prose_spans(ctx, forms, _NEEDS)
    yield from _whole_stand_ins(ctx)
