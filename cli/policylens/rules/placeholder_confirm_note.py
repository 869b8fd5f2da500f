"""A note to the drafter that something still needs confirming, left in brackets in the published text
(`placeholder-instruction`'s form; u54f, issue #11 class 2; a positive grammar since u55f).

After eval/blind/round54p's miss on xiongshare-zh-vue L45 (dev there; **after, not blind**): 「…访问日期和时间及您访问的
网页记录[需要技术确认]等。」 — the template's writer asked engineering to confirm which records are kept, and the note was
published mid-sentence.

What a drafting note is (u55f: read by what it is, where u54f–u54v had grown a list of what it is not):

1. **The bracket holds only a request to a person**: an optional place word (此处, 这里), an optional team (技术, 法务, 产品,
   运营, 开发…), a need (需要, 需, 待, 有待, 仍需…; 请 only with a team) and a verb of checking or completing (确认, 核实, 核对,
   补充, 完善, 填写, 审核, 确定); in English "[to confirm]", "[to be confirmed]", "[needs confirmation]", "[to verify with
   engineering]".  In [ ], ［］, 【】, 〔〕; in round brackets a team asked to confirm or complete (「（需技术确认）」), or a
   bare value awaited 「（待确认）」 (「（需确认）」 in round brackets is the reader's step: 「弹出提示（需确认）」).
2. **It asks someone, or stands where a value belongs** (`_value_place`): a team or a place is named; or the note is
   before a unit (「保存[待确认]个月」), closes its phrase — a clause's, a list item's or a cell's end, 等, 及, a closing
   quote before those (「网页记录[待确认]等」, 「保存期限为【待核实】，」, 「| 保存期限 | [待确认] |」), in English punctuation,
   a preposition or a copula ("identifier [to confirm] for security", "[to confirm] is used") — or, a need to confirm
   (需, not 待: a state), between a noun and its predicate (「设备标识符【需确认】用于…」).  So the sentence's own verb set in
   brackets with its object after it (「【需要确认】您的身份信息」, 「[需更新]至…」, 「证件照片【需核实】真实性」, "[to confirm] your
   identity") and a state's duration (「内容【待审核】期间」) are no notes: nothing is missing there.
3. **The place is not a state's, a control's, a label's or an example's** (`_state_place`): the app's word for a thing's
   state (「订单状态【待确认】」, 「变更为【待确认】，商家确认后…」, 「审核队列【待审核】」, 「若您的账户资料【待完善】，」), a control
   or a menu path's step (「点击【待确认】」, 「“我的-订单-[待确认]”中」), one of a list of labels or an example (「包括[待确认]、
   [已发货]」, 例如【待审核】), a label opening its paragraph or a state's table row (「【待确认】订单将在…」, 「| [待审核] | 订单提交后
   … |」, 「| 订单状态 | [待确认] |」); a link 「[待确认](…)」; and 【待法务确认】, the drafting rules' note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.rules.around import lstripped, only_after, only_before, rstripped
from policylens.rules.context import Context, TextUnit, in_code

_TEAM = (
    r"(?:技术|技術|法务|法務|产品|產品|运营|運營|营运|營運|业务|業務|律师|律師|合规|合規|法遵|开发|開發|研发|研發|后端|後端|前端"
    r"|财务|財務|安全|市场|市場|数据|數據|工程|设计|設計)(?:团队|團隊|部门|部門|人员|人員|同事|部)?"
)
_NEED = r"(?P<need>需要|需|待|有待|仍需|尚需|还需|還需|仍待|尚待|须|須|请|請)"
_VERB = (
    r"(?P<verb>确认|確認|核实|核實|核对|核對|补充|補充|完善|填写|填寫|审核|審核|审阅|審閱|核定|确定|確定|评估|評估|提供|更新)"
    r"(?:一下|后补充|後補充|后填写|後填寫|并补充|並補充)?"
)
_TEAM_NAMED = lazy(_TEAM)
_PLACE = r"(?:此处|此處|这里|這裡|此项|此項|该项|該項|该处|該處)"
# the note filling its bracket: 「[需要技术确认]」, 「【待核实】」, 「〔此处需法务确认〕」 (no 您, no value before it)
_ZH_NOTE = lazy(
    rf"(?P<open>[\[［【〔（(])[ \t\u3000]{{0,2}}(?P<place>{_PLACE})?(?P<team1>{_TEAM})?{_NEED}(?P<team2>{_TEAM})?(?:再)?{_VERB}"
    r"[ \t\u3000]{0,2}(?P<close>[\]］】〕）)])"
)
_ZH_NEEDS = lazy(r"确认|確認|核实|核實|核对|核對|补充|補充|完善|填写|填寫|审核|審核|审阅|審閱|核定|确定|確定|评估|評估|提供|更新")
_EN_TEAM = r"(?:tech(?:nical)?|engineering|dev(?:elopment|elopers)?|product|legal|ops|operations|counsel|the[ \t]+team)(?:[ \t]+team)?"
_EN_NOTE = lazy(
    r"(?P<open>[\[(])[ \t]{0,2}(?i:(?:to[ \t]+(?:be[ \t]+)?(?:confirmed|confirm|verified|verify|checked|check)"
    r"|needs?[ \t]+(?:confirmation|confirming|verification|checking|to[ \t]+be[ \t]+(?:confirmed|verified|checked)))"
    rf"(?P<team1>[ \t]+(?:with|by)[ \t]+{_EN_TEAM})?)[ \t]{{0,2}}(?P<close>[\])])"
)
_EN_NEEDS = lazy(r"(?i:confirm|verif|check)")
_ROUND_VERBS = {"确认", "確認", "核实", "核實", "核对", "核對", "补充", "補充"}
_PAIRS = {"[": "]］", "［": "]］", "【": "】", "〔": "〕", "（": "）)", "(": ")）"}
# a state or a control before the bracket: 订单状态【待确认】, 显示为[待审核], 点击【待确认】, 在[待确认]页面, status [to be confirmed]
# (u54r: also with a copula or an adverb between, 「状态是【待确认】」, 「状态仍为【待确认】」)
_STATE_BEFORE = lazy(
    r"(?:状态|狀態|订单|訂單|申请|申請|结果|結果|进度|進度|显示|顯示|标记|標記|标注|標註|变|變|改|设|設|点击|點擊|点按|點按|轻触|輕觸|进入|進入"
    r"|在|选择|選擇|切换|切換|前往|打开|打開|查看|处于|處於|将|將|正在|仍|尚|对于|對於|针对|針對|(?:更|置|转|轉|标|標|列|归|歸)(?=[为為成入至])"
    r"|(?i:status|shows?|shown|marked|labell?ed|tap|click|select|press|choose))"
    r"(?:[ \t\u3000]{0,2}(?:仍然|依然|仍|还|還|将|將|会|會|已|被|都|均|也|一直|始终|始終){0,2}"
    r"(?:为|為|成|至|到|入|是|as|to|(?i:is|are)|[：:]))?[ \t\u3000]{0,2}[“「『\"‘']?\Z"  # (u54v) 点击“[待确认]”: quoted
    # (u54r2) a state reached at a time or by default: 「提交后为【待审核】」, 「创建时即为[待确认]」, 「默认为【待确认】」,
    # 「初始为…」 — the copula required (「生效日期即为【待补充】」 has no time or default word before it: a note)
    r"|(?:后|後|时|時|默认|默認|初始|起初|最初|首先|随后|隨後)[ \t\u3000]{0,2}"
    r"(?:即|便|就|则|則|仍然|依然|仍|还|還|将|將|会|會|已|均|都|也|一直|始终|始終){0,2}"
    r"(?:为|為|是|成|变为|變為|变成|變成)[ \t\u3000]{0,2}\Z"
)
# (u54r2) a unit of time right after the bracket: the bracket stands for a number (「注销后为【待确认】天」), whatever precedes it
_PERIOD_AFTER = lazy(r"[ \t\u3000]{0,2}(?:天|日|个月|個月|月|年|小时|小時|周|週|工作日|(?i:days?|months?|years?|hours?)\b)")
# (u55v) an interface's words quoted: a control's text 「按钮文字为“[需确认]”」, a prompt the app shows 「系统提示“信息【待完善】”」
# (not a name's or a title's value: 「公司名称为【待确认】」 is a note)
_UI_WORDS = lazy(
    r"(?:文字|文案|字样|字樣|按钮|按鈕|标签|標籤)[ \t\u3000]{0,2}(?:(?:为|為|是|[：:])[ \t\u3000]{0,2}[“「『\"]?|[“「『\"])\Z"
    r"|(?:提示|显示|顯示|弹出|彈出|推送|写着|寫著)[：:]?[ \t\u3000]{0,2}[“「『\"][^”」』\"\n]{0,8}\Z"
)
# (u54r) the state's step done later in the sentence: 「…变更为【待确认】，商家确认后…」, 「…[待审核]，审核通过后…」
# (u55v) or under way: 「您的实名信息【待审核】，审核期间部分功能受限」, 「…[待确认]，确认中…」
_DONE = ("后", "後", "通过", "通過", "完成", "成功", "期间", "期間", "中")
_DONE_SPAN = 20  # characters after the bracket looked through for the step done
# a tab, page, list or control named by its state: 【待确认】列表, [待确认]页面, [to confirm] tab; a state of a thing,
# 「【待确认】的订单」 (tests/test_u32r_placeholders.py)
_CONTROL_AFTER = lazy(
    r"[ \t\u3000]{0,2}[”」』\"’']?[ \t\u3000]{0,2}(?:的|(?:页面|頁面|页|頁|列表|标签|標籤|栏|欄|按钮|按鈕|状态|狀態|订单|訂單|选项|選項|中|里|裡|内|內"
    r"|(?i:tab|page|button|list|status|state|column)\b))"
)
# one of a list of bracketed labels or states: 「包括[待确认]、[已发货]」, 「【待确认】【处理中】【已完成】」, "[to confirm] and [done]"
_LIST_BEFORE = lazy(r"[\]］】〕][ \t\u3000]{0,2}(?:[、，,/／和及与與或]|(?i:and|or))?[ \t\u3000]{0,2}\Z")
_LIST_AFTER = lazy(r"[ \t\u3000]{0,2}(?:[、，,/／和及与與或]|(?i:and|or)\b)?[ \t\u3000]{0,2}[\[［【〔]")
# an example or a kind named: 例如【待审核】, 包括[待确认], such as [to confirm]
_EXAMPLE_BEFORE = lazy(
    r"(?:例如|比如|譬如|诸如|諸如|包括|包含|分为|分為|(?i:such[ \t]+as|like|e\.g\.|labels?|tags?))[ \t\u3000：:，,]{0,2}\Z"
)
_LABEL_MARKS = " \t\u3000>*_•·+-"  # what may stand before a label opening its paragraph (a table's first cell: `_note`)
# (u54v) the last step of a menu path: 「“我的-订单-[待确认]”」, 「“设置”→“[需确认]”」, 「我的 > 【待确认】」 (a step after a
# word and a separator, not a blockquote's mark opening the line; with hyphens two steps: 「生效日期-[待确认]」 is a value)
_PATH_BEFORE = lazy(r"(?:[\u4e00-\u9fff][-－][\u4e00-\u9fff]{1,6}[-－]|[^\s>][ \t\u3000]{0,2}[>＞→»›][ \t\u3000]{0,2}[“「『\"]?)\Z")
# (u55f) the phrase the note closes: a clause's or a list item's end, a table cell's, a name slot's (past one closing quote:
# 「（以下简称“[待确认]”）」), 等; in English a punctuation mark or a preposition opening an adjunct ("[to confirm] for
# security") — not an object or a complement (「【需要确认】您的身份信息」, 「[需更新]至…」, 「内容【待审核】期间」, "[to confirm] your
# identity": the sentence's own verb set in brackets, or a state)
_PHRASE_END = lazy(
    r"[ \t\u3000]{0,2}[”」』\"’']?[ \t\u3000]{0,2}(?:[，。；、：,.;:！？!?）)\]］】|\n]|\Z|等|以及|及|和|与|與|或"
    r"|(?i:for|and|or|from|in|on|at|by|with|until|as|is|are|will|may)\b)"
)
_BARE_NEEDS = {"需", "需要", "须", "須"}
_AWAITS = {"待", "有待", "尚待", "仍待"}
_ASKS = {"请", "請"}
# (u55f) a thing named before the note (not a time, the reader or a person who confirms: 「注册前【需确认】已阅读」,
# 「用户【须确认】本人…」) and its predicate after it: 「设备标识符【需确认】用于安全风控」
_SUBJECT_BEFORE = lazy(r"(?![前后後时時您你人者户戶方])[\u4e00-\u9fff]\Z")
_PREDICATE_AFTER = lazy(r"(?:用于|用於|用以|用来|用來|将|將|会|會|仅|僅|均|包括|包含|系|係|由|可能)")
# (u54v) a condition's clause whose predicate the bracket is, ending the clause: 「若您的账户资料【待完善】，…」
_CONDITION = lazy(r"(?:若|如果|倘若|假如|一旦|如您|如你|如用户|如用戶)[^，,。；;！？!?]{0,10}\Z")


# 「【待法务确认】」, 「（待律師審閱）」: the legal review still pending, `placeholder-drafting`'s and `placeholder_drafts`' note
# (read there with its sentence: eval/blind/round40 gobob-tsx L37-38 keeps its one finding over both lines)
_LEGAL_PENDING = lazy(r"[\[［【〔（(][ \t\u3000]{0,2}(?:待|有待|尚待|仍待)(?:法务|法務|律师|律師|法律|法遵|合规|合規)")


def _done_after(text: str, end: int, verb: str | None) -> bool:
    """Whether the sentence goes on to the step the bracket waits for, done (「【待确认】，商家确认后…」): a state, not a note."""
    if verb is None:
        return False
    after = text[end : end + _DONE_SPAN]
    for mark in "。！？!?\n":
        after = after.split(mark, 1)[0]
    at = after.find(verb)
    return at >= 0 and after.startswith(_DONE, at + len(verb))


def _value_place(text: str, start: int, end: int, need: str, verb: str | None) -> bool:
    """(u55f) Where a value belongs and the note stands in for it: before a unit (「保存[待确认]个月」), closing its phrase
    (「网页记录[待确认]等」, 「保存期限为【待核实】，」, 「IP地址[需确认]及…」, 「| 保存期限 | [待确认] |」, "identifier [to confirm] for
    security."), or a need to confirm between a noun and its predicate (「设备标识符【需确认】用于…」: 需, not 待, a state)."""
    if _PERIOD_AFTER.match(text, end) or _PHRASE_END.match(text, end):
        return True
    return (
        need in _BARE_NEEDS
        and verb in _ROUND_VERBS
        and _SUBJECT_BEFORE.search(text[max(0, start - 4) : start]) is not None
        and _PREDICATE_AFTER.match(text, end) is not None
    )


def _state_place(unit: TextUnit, start: int, end: int, team: bool, verb: str | None) -> bool:
    """Where a bracket names a state, a control, a label or an example, not a note: the app's word for a thing's state
    (「订单状态【待确认】」, 「变更为【待确认】，商家确认后…」, 「审核队列【待审核】」, 「若您的账户资料【待完善】，」), a control or a menu path's
    step (「点击【待确认】」, 「“我的-订单-[待确认]”中」), one of a list of labels or an example (「包括[待确认]、[已发货]」, 例如【待审核】),
    a label opening its paragraph or a state's table row (「【待确认】订单将在…」, 「| [待审核] | 订单提交后… |」)."""
    text = unit.text
    before = text[max(0, start - 12) : start]
    if _STATE_BEFORE.search(before) or _CONTROL_AFTER.match(text, end) or _done_after(text, end, verb):
        return True
    if _UI_WORDS.search(before):
        return True
    if _PATH_BEFORE.search(before) or (verb and not team and verb in before):
        return True
    if not team and text[end : end + 1] in ("，", ",") and _CONDITION.search(before):
        return True
    if _LIST_BEFORE.search(before) or _LIST_AFTER.match(text, end) or _EXAMPLE_BEFORE.search(before):
        return True
    if only_before(text, start, _LABEL_MARKS) and not only_after(text, end, " \t\u3000"):
        return True
    # (u54h) a table's first cell naming a state, the next cell saying what it is (「| [待审核] | 订单提交后等待平台审核 |」,
    # tests/test_lead30.py): no note unless it names the team asked (「| [需要技术确认] | 设备信息 |」); a note alone in its
    # row (「| [待确认] | |」), in a value cell (「| 公司名称 | [待确认] |」) or in a row of brackets (「| [待填写] | [待填写] |」,
    # eval/dev4 xiaozhen-md) still is
    first_cell = only_before(text, start, " \t\u3000|") and text.find("|", 0, start) >= 0
    if not first_cell:
        return False
    rest = text[end:].strip(" \t\u3000|")  # (only the first match of a text opens it: read once)
    return bool(rest) and not any(c in rest for c in "[［【〔") and _TEAM_NAMED.search(text, start, end) is None


def _note(unit: TextUnit, start: int, end: int, m: re.Match[str]) -> bool:
    """A drafting note (u55f, a positive grammar): the bracket holds only a request to a person — [place] [team] need
    [team] verb — and either asks a named team or place (「[需要技术确认]」, 「〔此处需法务确认〕」) or stands where a value belongs
    (`_value_place`); and the place is not a state's, a control's, a label's or an example's (`_state_place`)."""
    text = unit.text
    open_, close = m.group("open"), m.group("close")
    if close not in _PAIRS.get(open_, "") or _LEGAL_PENDING.match(text, start):
        return False  # (【待法务确认】: the drafting rules' note)
    # (u55r) a character, not the empty slice at the text's end ("" is in every string: a note ending its paragraph was dropped)
    if text[end : end + 1] in ("(", "[", ":", "：") or in_code(unit, start) or _state_cell(text, start, end):
        return False  # 「[待确认](…)」, 「[待确认]: …」: a link or its definition; a state row's cell
    groups = m.groupdict()
    verb, need = groups.get("verb"), groups.get("need") or ""
    named = bool(groups.get("team1") or groups.get("team2"))
    team = named and (verb or "确认")[:2] in _ROUND_VERBS
    if open_ in "（(":
        # in round brackets a team asked to confirm or complete (「（需技术确认）」, not 「（需安全团队审核）」, a process step),
        # or (u55f) a value still awaited, 「（待确认）」 closing its phrase (「（需确认）」 there is the reader's step: 「提示（需确认）」)
        if not team and not (need in _AWAITS and verb in _ROUND_VERBS):
            return False
    elif need in _ASKS and not named:
        return False  # 「【请确认】」: a button's word; 「[请技术确认]」 asks a team
    addressed = team or (named and open_ not in "（(") or bool(groups.get("place"))
    if not addressed and not _value_place(text, start, end, need, verb):
        return False
    if _PERIOD_AFTER.match(text, end):
        return True  # (u54r2) a period's number never written: 「注销后为【待确认】天」, 「保存[待确认]个月」
    return not _state_place(unit, start, end, team, verb)


def _state_cell(text: str, start: int, end: int) -> bool:
    """A bracket filling a table cell (a row `| … |`) beside a row label that names a state (「| 订单状态 | [待确认] |」).
    「| 保存期限 | [待确认] |」 stays a note: the period was never confirmed (tests/test_round25.py).  A state in the row's
    first cell, the term its row defines, is `_note`'s (u54h)."""
    if not text.startswith("|"):
        return False
    # (u55h) its cell and the one before found from the match backwards over blanks, not by splitting the row before each
    # match (quadratic on a cell of thousands of brackets)
    bar = rstripped(text, start, " \t\u3000") - 1  # (the bar opening its cell, when alone in it)
    after = lstripped(text, end, " \t\u3000")
    if bar < 0 or text[bar] != "|" or text[after : after + 1] != "|":
        return False  # (not alone in its cell)
    before = text.rfind("|", 0, bar)
    if before < 0:
        return False  # (the first cell)
    return _STATE_BEFORE.search(text[before + 1 : bar].strip(" \t\u3000")) is not None


def confirm_note_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of each bracketed note that something still needs confirming, in document order per form."""
    for pattern, needs in ((_ZH_NOTE, _ZH_NEEDS), (_EN_NOTE, _EN_NEEDS)):
        for unit, start, end, m in ctx.scan(pattern, needs=needs):
            if _note(unit, start, end, m):
                yield unit, start, end


__all__ = ["confirm_note_slots"]
