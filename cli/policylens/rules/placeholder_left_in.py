"""Slot forms of `placeholder-instruction` the nineteenth blind round missed (issue #11 §1, n19v).

The forms were given by shape (the round stays blind); each has invented variants both ways in
`tests/test_placeholder_classes19v.py`:

- a contact channel in half-width brackets, in Traditional or Simplified wording, offering alternatives or naming
  a link, page or form of the operator: 「[客服信箱或聯繫頁面連結]」, 「[客服電話或電子郵件]」, 「[Email 或聯絡表單連結]」,
  「[聯絡表單連結]」, 「[官方網站]」; in 【】 or ［］ only with alternatives and the operator's qualifier first
  (「【客服信箱或聯繫頁面連結】」).  Not 「[手机号或邮箱]」 (a login field), 「[链接]」 or 「[網站]」 alone, a Markdown
  link or reference, nor a bracket that names a control (点击 [联系页面] 按钮);
- a date left as bracketed one-word slots: 「[年] 年 [月] 月 [日] 日」, 「【年】年【月】月【日】日」, 「［年］年［月］月」;
- a note in round brackets standing in for a value that is still to be filled: 「我們（運營主體，待填寫工商信息）作為…」,
  「（主体信息待确认）」, a value's to-do after it 「support@example.com（待配置）」; not a list of states 「（待确认、已完成）」,
  「（待付款/待发货）」;
- (u44k2) a phone field whose whole value sends the reader back to customer service: 「客服电话：请联系客服」 (the number
  is missing); not a sentence that goes on 「电话：请联系客服获取退款地址」;
- notes to the drafter about publishing, with no brackets: 「草案 v1（…），供内部评审」, 「正式发布前需法务复核」,
  「正式版前 NAME 替换为…真实路径」, 「详见文末待办清单」, 「（草稿待办）」, 「待 NAME 收口」, and a line 「发布前请确认：」
  when the text holds another of these notes.  Not what a policy tells its reader about changes (「本政策更新前我们会通知您」,
  「以正式发布的版本为准」, 「本政策发布前已经过法务审核」): a clause that names the reader or the operator (您, 我们), or
  says the step was done (已, 经过), is prose.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import IN_CLAUSE, contact_channels
from policylens.rules.context import Context, TextUnit, in_code
from policylens.rules.placeholder_drafting import _ADDRESSEE, _NOTE, _clause

# --- a contact channel in brackets, with alternatives or a link's noun ---------------------------------------------

# the operator's own channels (a qualifier before the noun: 客服信箱, 聯絡表單連結, 官方網站)
_OWN = r"(?:客服|官方|联系|聯繫|聯絡|联络|聯系|公司|本公司|服务|服務|支援|支持|隐私|隱私|粉絲|粉丝|营运|營運|运营|運營|您的|你的|貴公司|贵公司)"
# a channel's noun: the ones a value is written for (mail, phone, site, link, page, form)
# (the contact block's channel words from `patterns`, less fax, WeChat and QQ, which no page or link is; then the others)
_CHANNEL = (
    rf"(?:{contact_channels(without=('传真', '傳真', '微信', 'QQ'))}|电子邮件|電子郵件|网址|網址|网站|網站|链接|鏈接|連結|连结"
    r"|页面|頁面|专页|專頁|表单|表單|(?<![A-Za-z])(?i:e-?mail|line|url)(?![A-Za-z]))"
)
# a link, page, form or site: a channel no real text writes in brackets without its value
_LINK_NOUN = r"(?:链接|鏈接|連結|连结|页面|頁面|专页|專頁|表单|表單|网站|網站|网址|網址|(?<![A-Za-z])(?i:url)(?![A-Za-z]))"
_ITEM = rf"[\u4e00-\u9fffA-Za-z0-9 ]{{0,8}}?{_CHANNEL}"
_OR = r"[ \t\u3000]*(?:或者|或是|或|[/／]|(?i:or))[ \t\u3000]*"
_CHANNEL_SLOT = lazy(
    # [客服信箱或聯繫頁面連結], [Email 或聯絡表單連結]: alternatives (one of them the operator's or a link)
    rf"(?<![\]!\[])\[[ \t\u3000]*(?P<alt>{_ITEM}(?:{_OR}{_ITEM}){{1,3}})[ \t\u3000]*\](?![(\[:：])"
    # [聯絡表單連結], [官方網站]: one qualified link, page, form or site of the operator
    rf"|(?<![\]!\[])\[[ \t\u3000]*(?P<one>{_OWN}[\u4e00-\u9fff]{{0,4}}?{_LINK_NOUN})[ \t\u3000]*\](?![(\[:：])"
    # 【客服信箱或聯繫頁面連結】: full-width brackets also emphasise (【手机号码或邮箱】), so alternatives of the operator's only
    rf"|[【［][ \t\u3000]*(?P<wide>{_OWN}{_ITEM}(?:{_OR}{_ITEM}){{1,3}})[ \t\u3000]*[】］]"
)
_OWN_OR_LINK = lazy(rf"{_OWN}|{_LINK_NOUN}")


def _channel_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    # (the rule's package imports this module through `placeholder_forms`: its helper is imported when first needed)
    from policylens.rules.placeholder_instruction import named_control

    labels: set[str] | None = None
    for unit, start, end, m in ctx.scan(_CHANNEL_SLOT):
        if m.group("alt") is not None and _OWN_OR_LINK.search(m.group("alt")) is None:
            continue  # [手机号或邮箱]: the fields a user logs in with, not the operator's channel
        if in_code(unit, start):
            continue
        if named_control(unit.text, start, end):
            continue  # 点击 [联系页面] 按钮: a control the reader uses
        if labels is None:
            labels = set(ctx.doc.link_labels)
        if m.group(0)[0] == "[" and m.group(0).strip("[] \t\u3000").lower() in labels:
            continue  # a shortcut reference link with its definition
        yield unit, start, end


# --- [年] 年 [月] 月 [日] 日 -------------------------------------------------------------------------------------------

_SPACES = r"[ \t\u3000]{0,2}"
_DATE_WORDS = lazy(
    rf"[\[【［]{_SPACES}年{_SPACES}[\]】］]{_SPACES}年?{_SPACES}[\[【［]{_SPACES}月{_SPACES}[\]】］]{_SPACES}月?"
    rf"(?:{_SPACES}[\[【［]{_SPACES}[日号號]{_SPACES}[\]】］]{_SPACES}(?:[日号號](?![\u4e00-\u9fff]))?)?"
)


# --- （運營主體，待填寫工商信息）: a note standing in for a value -----------------------------------------------------

_TO_FILL = r"(?:待填寫|待填写|待填|待補充|待补充|待補|待补|待定|待確認|待确认|待配置)"  # (u44k2: 待配置, a value still to configure)
_PENDING_NOTE = lazy(rf"[（(](?P<body>[^（）()\n]{{0,30}}?{_TO_FILL}[^（）()\n]{{0,20}}?)[）)]")
# a list of states (待确认、已完成; 待付款/待发货): the states a policy describes, not a note
_STATE_LIST = lazy(r"[、/／]|等")
# (u55f) a bare awaited confirmation, nothing else in the bracket: read by `placeholder_confirm_note`'s grammar
_BARE_AWAITED = lazy(r"[ \t\u3000]{0,2}(?:待|有待|尚待|仍待)(?:确认|確認|核实|核實|核对|核對|补充|補充)[ \t\u3000]{0,2}")


def _pending_notes(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for unit, start, end, m in ctx.scan(_PENDING_NOTE, needs="待"):
        if _STATE_LIST.search(m.group("body")) or in_code(unit, start):
            continue
        if _BARE_AWAITED.fullmatch(m.group("body")):
            continue  # (u55f) 「（待确认）」 alone: `placeholder_confirm_note` tells a value awaited from a state (「订单状态（待确认）」)
        yield unit, start, end


# --- 客服电话：请联系客服: a phone field whose value sends the reader back to customer service -------------------------

# (u44k2, eval/blind/round44d liuhen-rn-tsx L135) the number a reader is to call, given as 「contact customer service」:
# the field's value is an instruction, nothing else (the whole unit up to a full stop: not 「…请联系客服获取退款」)
_CIRCULAR_PHONE = lazy(
    r"(?:电话|電話|热线|熱線|手机|手機)(?:号码|號碼)?[ \t\u3000]*[：:][ \t\u3000]*"
    r"(?P<value>(?:请|請)[ \t\u3000]?(?:联系|联络|聯繫|聯絡|聯系|咨询|諮詢|致电|致電)(?:我们的|我們的)?"
    r"(?:客服|客户服务|客戶服務|在线客服|線上客服)(?:人员|人員|团队|團隊|中心)?)"
)


def _circular_phones(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for unit, _, end, m in ctx.scan(_CIRCULAR_PHONE, needs="客"):
        stop = unit.text.find("\n", end)
        if not unit.text[end : len(unit.text) if stop < 0 else stop].strip(" \t\u3000。.") and not in_code(unit, m.start("value")):
            yield unit, m.start("value"), end


# --- notes to the drafter about publishing ----------------------------------------------------------------------------

_RELEASE = r"(?:正式(?:发布|發布|發佈|上线|上線|版本|版)|(?<![商产產])上架|提审|提審|定稿)前"
_NOT_DONE = r"(?!已|曾|经过|經過|通过|通過)"
_DRAFTER_NOTES = lazy(
    # 草案 v1（2026-10-09），供内部评审: a draft for internal review
    rf"(?:草案|草稿|初稿|本稿|讨论稿|討論稿){IN_CLAUSE}{{0,30}}?供(?:内部|內部)(?:评审|評審|审阅|審閱|讨论|討論|审核|審核)"
    # 正式发布前需法务复核: a legal review still to come before release
    rf"|{_RELEASE}[，,]?[ \t\u3000]*{_NOT_DONE}(?:(?!已|曾|经过|經過|通过|通過){IN_CLAUSE}){{0,12}}?"
    r"(?:法务|法務|律师|律師|法律顾问|法律顧問)(?:部门|部門|团队|團隊)?[ \t\u3000]*(?:复核|複核|审核|審核|审阅|審閱|确认|確認|审定|審定)"
    # 正式版前 NAME 替换为…真实路径: a value to be replaced with the real one before release
    rf"|{_RELEASE}[，,]?[ \t\u3000]*{_NOT_DONE}{IN_CLAUSE}{{0,12}}?(?:替换|替換|改)(?:为|為|成){IN_CLAUSE}{{0,30}}?(?:真实|真實|实际|實際|正式)"
    # 详见文末待办清单, （草稿待办）: the drafter's to-do list (not 待办事项 alone: a to-do app's data)
    r"|(?:详见|詳見|参见|參見|见|見)(?:文末|文后|文後|下文|附录|附錄|末尾)的?(?:待办|待辦)(?:清单|清單|事项|事項|列表)"
    r"|(?:草稿|草案)(?:待办|待辦)"
    # 待 NAME 收口: a value someone is still to settle
    r"|待[ \t\u3000]*(?:[^\s，,。：:、；;\[\]【】（）()]{1,8}?[ \t\u3000]*)?收口"
)
# 发布前请确认： alone on its line (under such notes; alone it may be advice to a user about to post)
_CONFIRM_LINE = lazy(
    r"(?:正式)?(?:发布|發布|上线|上線|上架)前[ \t\u3000]*(?:(?:请|請|需要?|须|須)[ \t\u3000]*)?"
    r"(?:确认|確認|核对|核對|检查|檢查|补充|補充|填写|填寫)(?:以下|下列)?(?:内容|內容|事项|事項|字段|欄位)?[ \t\u3000*]*[：:][ \t\u3000*]*"
)


_CLOSING = {"[": "]", "【": "】", "［": "］"}


def _drafter_notes(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """The notes of `_DRAFTER_NOTES`, those of one unit a few characters apart as one (「待NAME收口的字段（草稿待办）」),
    then a line 「发布前请确认：」 if there was any."""
    found = False
    held: tuple[TextUnit, int, int] | None = None
    for note in _drafter_spans(ctx):
        found = True
        if held is not None and held[0] is note[0] and note[1] - held[2] <= _NOTE_GAP:
            held = (held[0], held[1], note[2])
            continue
        if held is not None:
            yield _closed(*held)
        held = note
    if held is not None:
        yield _closed(*held)
    if not found:
        return
    for unit in ctx.units():
        text = unit.text.strip(" \t\u3000#>*-")
        if "前" in text and len(text) <= 24 and _CONFIRM_LINE.fullmatch(text):
            start = unit.text.index(text)
            yield unit, start, start + len(text)


def _closed(unit: TextUnit, start: int, end: int) -> tuple[TextUnit, int, int]:
    """The note with the round bracket it opened and left open: 「待NAME收口的字段（草稿待办）」 to its 「）」."""
    span = unit.text[start:end]
    if span.count("（") + span.count("(") > span.count("）") + span.count(")") and unit.text[end : end + 1] in ("）", ")"):
        end += 1
    return unit, start, end


_NOTE_GAP = 20  # characters between two notes of one unit that are one finding


def _drafter_spans(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for unit, start, end, _ in ctx.scan(_DRAFTER_NOTES):
        lo, hi = _clause(unit.text, start, end)
        if _ADDRESSEE.search(unit.text, lo, hi):
            continue  # 我们在正式发布前需经法务复核: what the operator does, told to the reader
        if _NOTE.search(unit.text, lo, hi):
            continue  # 本隐私政策为 v1 草案，正式发布前应经…审阅: `placeholder-drafting`'s note, reported there whole
        if start > 0 and unit.text[start - 1] in _CLOSING:
            close = unit.text.find(_CLOSING[unit.text[start - 1]], end)
            if 0 <= close - end <= 40:
                start, end = start - 1, close + 1  # [待 NAME 收口：中国境内 / 海外]: the whole bracket
        yield unit, start, end


def left_in_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above, in document order per form."""
    yield from _channel_slots(ctx)
    for unit, start, end, _ in ctx.scan(_DATE_WORDS):
        yield unit, start, end
    yield from _pending_notes(ctx)
    yield from _circular_phones(ctx)
    yield from _drafter_notes(ctx)
