"""Slot forms and drafting notes of `placeholder-instruction` the twenty-fifth blind round missed (issue #11 §1, u25f).

The round is read since its first run; each form here is a class, not the round's wording, with invented variants both
ways in `tests/test_round25.py`:

- an English field name in capitals in half-width brackets, inside a sentence of either half of a bilingual template:
  「本站由 **[OPERATOR]** 營運」, "Questions go to [CONTACT]", [DATA CONTROLLER].  Case-sensitive, and only the names of
  who runs or answers for the service (OPERATOR, CONTACT, OWNER, CONTROLLER, PUBLISHER, DEVELOPER, MAINTAINER,
  PROVIDER, with a capital qualifier): not [TOC], [NOTE] or [DELETED] (markers and UI text), not [Contact] (a button or a
  link's text), nor a reference link ([CONTACT]: mailto:…) or a code span;
- a bracketed note that the value is still to be confirmed, opening the bracket: 「[待确认：某地图服务]」,
  「[待律师拟定：通知方式]」 anywhere in prose (a Markdown code span too, when the span is the bracket alone: a draft's
  way to grey a note out); a bare 「[待确认]」 only as a whole table cell, paragraph or value after a label.  Not
  「订单显示为[待确认]」 (a state named inside a sentence), nor a row whose label is a state (「| 订单状态 | [待确认] |」),
  nor a bracket inside real code (`` `status == "[待确认]"` ``) or a code block;
- a value given only as a suggestion in tortoise-shell brackets: 「保存期限：〔建议 30 天〕」, 「〔建議 90 至 180 天〕」 (a number
  in it).  Not 〔2021〕 (a document number) nor 〔注〕;
- a bracketed 'optional' as the whole value of a contact field, beside other bracketed values: 「其他联系方式：[可选]」 under
  「邮箱：[有效联系邮箱]」.  Not 「联系电话（可选）：」 (a field the user may leave empty) nor 「手机号：[可选]」 in a list of
  the user's own fields with no slot beside it;
- a bracketed 'your …' as the whole value of a field: 「粉丝页：[您的粉丝页]」.  Not 「点击[您的收藏夹]进入设置」, a control in a
  sentence, nor 「路径：[您的收藏夹]」, a screen after a label of a place in the app;
- drafting notes with no brackets: a step before submission that deletes the section (「提交前请删除本节」), the
  document to be hosted by someone (「本文档需要 NAME 以静态页面形式托管到…」), a line the publisher must fill
  (「这一行…必须由发布者填」), the brackets to complete (「发布前补全方括号内容」), a text that may not be published as it is
  (「不能直接作为正式文本发布」; not 「照片不能直接作为商品图片发布」), and what the section is still to list (「服务商确定后，应在此列明服务商名称…」).  Not when the
  clause speaks to or for the reader (您, 我们: 「我们应在此列明…」), nor a platform's rule for its users' posts
  (「商品信息必须由发布者如实填写」: no line or place of the text named).

The thirtieth round (u30r, `tests/test_round30.py`) added: a pending note up to 80 characters and what is pending named
after 的 (「【待确认的通知方式】」; not 「点击【待确认的订单】」, a control of the app); a line or place of the text to be replaced
(「请把这一行替换为支持邮箱」); the template's pending markers to fill (「必须填写全部 `【待确认】`」) and what the public
version still has to provide (「公开版本需提供…」).

The forty-fifth session (u45k, `tests/test_round45.py`, eval/blind/round45) added: 替换 and 定稿 to the pending verbs
(「【待法务替换】」 opening a clause, 「【待法务替换 · 生效日期】」 with its note after a middle dot, 「【待法务定稿】」), and a
bracketed description of the control the template left to name (「【参与用户体验反馈】[类似“同意”按钮的选项]」; not a
Markdown link).

The thirtieth session's round (b) (u30q, `tests/test_round30b.py`) added two classes:

- a bare review tag 「[待审核]」 (待审核, 待复核, 待审查, 待审阅, 待确认, 待核实, with a reviewer: 待法务审核) opening a list
  item or paragraph before its text (「- [待审核] 引入社交登录时：需确认…」), or closing a heading
  (「③自动收集的项目（通用）[待审核]」): the drafter's mark of what is unsettled.  Not a state the policy names inside a
  sentence (「订单会显示为[待审核]」), a state defined after it (「[待审核]：订单提交后…」, 「[待审核] 状态的申请」), nor a
  tag closing a paragraph that is not a heading;
- a note that the text is to be completed once a plan or a provider is decided: 「须在实现方案确定后予以反映」,
  「待技术方案确定后补充」, 「須在實作方案確定後予以反映」.  Not when the clause speaks to or for the reader (「我们会在方案确定后
  更新本政策」), nor an event of the service (「订单须在支付确认后更新状态」: no plan, provider or opinion decided).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import lru_cache

from policylens.lazyre import lazy
from policylens.patterns import UI_VERBS
from policylens.rules.around import lstripped, only_after, only_before, only_between, rstripped
from policylens.rules.context import Context, TextUnit, in_code
from policylens.rules.placeholder_drafting import _ADDRESSEE, _NOTE, _clause
from policylens.rules.placeholder_instruction import _CONTACT_LABEL

# --- [OPERATOR], [CONTACT]: a capital English field name ---------------------------------------------------------------

_CAPS_FIELD = lazy(
    r"(?<![\]!\w`])\[[ \t]*(?:[A-Z]{2,12}[ _])?(?:OPERATOR|CONTACT|OWNER|CONTROLLER|PUBLISHER|DEVELOPER|MAINTAINER|PROVIDER)"
    r"(?:[ _](?:NAME|EMAIL|E-MAIL|ADDRESS|INFO|DETAILS|PERSON|POINT))?[ \t]*\](?![(\[:])"
)

# --- [待确认：…], [待确认]: a value still to be confirmed ---------------------------------------------------------------

# who is still to confirm or review (待法务确认, 待律师审核), and the reviews of `_PENDING` and `_REVIEW_TAG`
_PENDING_WHO = r"(?:律师|律師|法务|法務|运营者?|運營者?|产品|產品)?"
_REVIEWS = r"审核|審核|复核|複核|审查|審查|审阅|審閱"
_REPLACE = r"替换|替換|定稿"  # (u45k) 【待法务替换】, 【待法务定稿】: a clause the counsel is still to replace or finalise
_PENDING = lazy(
    r"[\[【［][ \t]*待"
    + _PENDING_WHO
    + r"(?:确认|確認|拟定|擬定|补充|補充|定|填写|填寫|提供|核实|核實|选型|選型|"
    + _REVIEWS
    + "|"
    + _REPLACE
    + ")"
    # (a note up to 80 characters: 「【待确认：运营者是否提供任何中转、遥测、举报或支持后台；逐项列明名称、目的…】」, u30r;
    # after a middle dot too, 「【待法务替换 · 生效日期】」, u45k)
    r"(?:(?P<note>[ \t]*[：:·・][^\[\]【】［］\n]{1,80})"
    # 【待确认的通知方式】: what is to be confirmed, named after 的 (a short noun phrase; u30r)
    r"|(?P<what>的[^\[\]【】［］\n：:，,。；;、]{1,10}))?[ \t]*[\]】］]"
)
# before or after 【待确认的…】: a control or a screen of the app (点击【待确认的订单】, 【待确认的申请】页面), not a slot
_UI_BEFORE = lazy(rf"(?:{UI_VERBS}|在)[ \t\u3000]*\Z")
_UI_AFTER = lazy(r"\A[ \t\u3000]*(?:页|頁|列表|栏|欄|标签|標籤|中|里|裡|内|內|-|→|>|＞)")
_STATE_LABEL = lazy(r"状态|狀態")
# before 【待确认的…】: a state the app shows (显示为【待确认的预约】, 订单状态为【待确认的订单】, 变为【待确认的申请】), not a slot
_STATE_BEFORE = lazy(
    r"(?:显示为|顯示為|显示成|顯示成|变为|變為|变成|變成|转为|轉為|更新为|更新為|标记为|標記為|标注为|標註為|置为|置為|设为|設為"
    r"|状态为|狀態為|状态是|狀態是|处于|處於)[ \t\u3000]*(?:[“「\"'][ \t\u3000]*)?\Z"
)
# a state beside it in the same sentence (从【待确认的订单】变为【已完成的订单】): the app's states, not the drafter's notes
_DONE_STATE = lazy(r"[\[【［][ \t]*已")
_CELL_MARKUP = " \t\u3000`*_|>-+"

# --- [待审核] 引入…, …项目[待审核]: a review tag opening an item or closing a heading ---------------------------------------

_REVIEW_TAG = lazy(r"[\[【［][ \t]*待" + _PENDING_WHO + "(?:" + _REVIEWS + "|" + _REPLACE + r"|确认|確認|核实|核實)[ \t]*[\]】］]")
# what may come before a tag that opens its item: a list's mark, an enumerator, markup
# (read after the item's markup and blanks before it and the emphasis after it are stripped in Python, `_ITEM_MARKUP`:
# a run at either end would be tried from each of its characters by a search, quadratic)
_ITEM_MARKUP = " \t\u3000*_>#|"
_ITEM_LEAD = lazy(r"(?:[-+*•·][ \t]+|[0-9０-９]{1,3}[.、．)）][ \t]*|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）][ \t]*|[①-⑳][ \t]*)?\Z")
# after a tag that opens its item: the state is defined or named, not tagged (「[待审核]：…」, 「[待审核] 状态的…」)
# (read after the blanks and emphasis are stripped in Python, as `_ITEM_LEAD`)
# (review u30x) also a state that qualifies what follows it, an app's help page (「【待审核】订单可在个人中心取消」,
# 「1. 【待确认】的订单不会扣款」): 的 or a thing in that state right after the tag; and a table's state column, the next
# cell explaining it (「| [待审核] | 订单提交后等待平台审核 |」)
_REVIEW_WORD = lazy(_REVIEWS)
_STATE_AFTER = lazy(
    r"[：:|｜]|的|状态|狀態|(?:订单|訂單|申请|申請|内容|內容|评论|評論|帖子|文章|商品|记录|記錄|消息|訊息|交易|退款|预约|預約|作品|视频|視頻|图片|圖片)"
)


# --- [类似“同意”按钮的选项]: the template's description of the control to name ----------------------------------------

# (u45k, eval/blind/round45 feedback-dart) 「一旦您选择【参与用户体验反馈】[类似“同意”按钮的选项]并进行后续操作」: the template
# told the drafter to name an agree-like control; the name was filled in before it and the instruction left.  A bracket
# that opens with 类似/诸如 (like, such as) and names a control (按钮, 选项, 字样, 链接); not a Markdown link or reference.
# (r45 #6) The template's own shape: a quoted name, then 的选项/的字样/的按钮 (「[类似“同意”按钮的选项]」, 「【類似「同意」的按鈕】」),
# or a bracket with no quoted name; not a prose example naming one (「例如【类似“分享”按钮】等功能」, 「[诸如“帮助中心”链接]」).
_CONTROL_HINT = lazy(
    r"(?<![\]!\[])(?<!例如)(?<!比如)(?<!譬如)[\[【［][ \t]*(?:类似|類似|诸如|諸如)(?:[^\[\]【】［］\n“”\"「」]{0,20}?"
    r"(?:按钮|按鈕|选项|選項|字样|字樣|链接|鏈接|連結)"
    r"|[^\[\]【】［］\n]{0,20}?(?:按钮|按鈕|链接|鏈接|連結)?的(?:选项|選項|字样|字樣|按钮|按鈕|链接|鏈接|連結))[ \t]*[\]】］](?![(\[:：])"
)

# --- 〔建议 30 天〕: a suggested value ---------------------------------------------------------------------------------

_SUGGESTED = lazy(r"〔[ \t\u3000]*(?:建议|建議)[^〔〕\n]{0,24}?[0-9０-９][^〔〕\n]{0,16}〕")

# --- 其他联系方式：[可选], 粉丝页：[您的粉丝页]: a field's whole value --------------------------------------------------------

_OPTIONAL_VALUE = lazy(r"(?<=[：:])[ \t\u3000]*(?P<slot>[\[【［][ \t]*(?:可选|可選|选填|選填)[ \t]*[\]】］])[ \t\u3000*_]*\Z")
_YOUR_VALUE = lazy(r"(?<=[：:])[ \t\u3000*_]*(?P<slot>[\[【［][ \t]*[您你]的[^\[\]【】［］\n：:]{1,12}?[ \t]*[\]】］])[ \t\u3000*_。.]*\Z")
# a label naming a place in the app, whose value is a screen (路径：[您的收藏夹], 入口：[我的]), not a field
_UI_LABEL = lazy(r"路径|路徑|入口|位置|菜单|菜單|选单|選單|操作|步骤|步驟|按钮|按鈕|(?i:path|menu)")
# the label before the colon: a short field name opening its line (after a list's mark or markup), no sentence in it
_SHORT_LABEL = lazy(r"^[ \t\u3000\-+*•·#>|0-9.、]*[^。！？!?；;，,：:\n]{1,16}[：:]")
# a bracketed value after a label on a line beside it, that is not itself a mark of a field's kind (必填, 可选)
_BRACKET_VALUE = lazy(r"[：:][ \t\u3000*_]*[\[【［][ \t]*(?!(?:可选|可選|选填|選填|必填)[ \t]*[\]】］])[^\[\]【】［］\n]{2,30}[\]】］]")

# --- drafting notes with no brackets -----------------------------------------------------------------------------------

_NOTES = lazy(
    # 提交前请删除本节, 发布前删除此段: the section is to go before submission
    # (one run of blanks each side of the optional 请: two runs in a row backtrack quadratically)
    r"(?:提交|发布|發布|发表|發表|上线|上線|上架|提审|提審|送审|送審)前[ \t\u3000]*(?:(?:请|請|需|须|須|应|應|务必|務必)[ \t\u3000]*)?"
    r"(?:删除|刪除|删去|刪去|移除)(?:本节|本節|此节|此節|本段|此段|本部分|该节|該節|本小节|本小節)"
    # 本文档需要 NAME 以静态页面形式托管到…: the document is to be hosted by someone (no reader in the gap)
    r"|本(?:文档|文檔|文件|页面|頁面)(?:需要|需|须|須|应当|應當|应|應)[^。；;！!？?\n您你]{0,20}?(?:托管|部署|上传|上傳)(?:到|至|在|于|於)"
    # 这一行…必须由发布者填: a line or place of the text the publisher is to fill
    r"|(?:这一?行|這一?行|此行|本行|此处|此處|这里|這裡|此项|此項)[^。！!？?\n]{0,40}?"
    r"(?:必须|必須|须|須|需要|需|应当|應當|应|應)由(?:应用|應用)?(?:发布者|發布者|发布方|發布方|发布人|發布人)"
    r"(?:填写|填寫|填入|填|补全|補全|替换|替換|补充|補充)"
    # 补全方括号内容, 替换文中尖括号里的文字: the template's brackets to fill
    r"|(?:补全|補全|填写|填寫|填入|替换|替換|补充|補充|完善|补齐|補齊)(?:所有|全部|文中|文内|文內|本文)?的?"
    r"(?:方括号|方括號|中括号|中括號|尖括号|尖括號)(?:内|內|中|里|裡)?的?(?:内容|內容|文字|占位符|佔位符|字段|欄位)"
    # 不能直接作为已接受的法律文本发布: the text may not be published as it is
    # (the thing published is a text: not 「照片不能直接作为商品图片发布」, a platform's rule for its users)
    r"|(?:不可|不得|不能|请勿|請勿|切勿)直接(?:作为|作為)[^。；;，,！!？?\n]{0,12}?(?:文本|版本|政策|文件|文档|文檔)"
    r"(?:发布|發布|发表|發表|上线|上線|公开|公開)"
    # 请把这一行替换为支持邮箱, 请将此处文字替换成…: a line or place of the text to be replaced (u30r; the clause speaks to
    # the publisher: 「您可以将头像替换为…」 speaks to the reader, and names no line of the text)
    # (the blanks only after 请: a run of blanks must not be tried from each of its characters, quadratic)
    r"|(?:(?:请|請|需|须|須)[ \t\u3000]*)?(?:把|将|將)(?:这一?行|這一?行|此行|本行|这段|這段|此段|本段|此处|此處)(?:的)?(?:文字|内容|內容)?"
    r"[ \t\u3000]*(?:替换|替換|改|换|換)(?:为|為|成)"
    # 必须填写全部 `【待确认】`: the template's own pending markers to fill, quoted (u30r; not 「请填写全部必填项」)
    r"|(?:填写|填寫|补全|補全|替换|替換|补充|補充|完成)(?:全部|所有)的?[ \t\u3000]*`?[【\[［][ \t]*(?:待|TBD|TODO|TBC)"
    # 公开版本需提供面向上架地区的对应语言: what the published version of the text still has to provide (u30r): 版本 and a
    # text named after the verb (not 「正式版需提供手机号码注册」, 「公开版需提供身份证明的用户」: a product's editions)
    r"|(?:公开|公開|正式|对外|對外)(?:发布|發布)?版本[ \t\u3000]*(?:需|须|須|需要|必须|必須|应|應|应当|應當)(?:提供|补充|補充|附上|另行提供)"
    r"(?=[^。；;，,！!？?\n]{0,16}?(?:语言|語言|语种|語種|译文|譯文|翻译|翻譯|文本|说明|說明|条款|條款|声明|聲明|文字))"
    # 应在此列明服务商名称: what the section is still to list (said of the text, not to the reader)
    r"|(?:应当|應當|应|應|须|須|需要|需)[ \t\u3000]*在此(?:处|處)?(?:列明|列出|写明|寫明|注明|註明|补充|補充|填写|填寫)"
    # (thirtieth session, round30b) 须在实现方案确定后予以反映, 待技术方案确定后补充: to be completed once a plan, a provider or
    # a legal opinion is decided (the thing decided named: not 「订单须在支付确认后更新状态」, an event of the service)
    r"|(?:须|須|需要|需|应当|應當|应|應|必须|必須|待)[ \t\u3000]*(?:在|于|於)?[^。；;！!？?\n，,：:]{0,12}?"
    r"(?:方案|规划|規劃|供应商|供應商|服务商|服務商|合作方|法务意见|法務意見|法律意见|法律意見)"
    r"(?:确定|確定|确认|確認|定稿|落实|落實|敲定|明确|明確)(?:之后|之後|后|後)[ \t\u3000]*+(?:再|予以|另行|及时|及時)?[ \t\u3000]*+"
    r"(?:反映|补充|補充|补全|補全|填写|填寫|列明|写明|寫明|更新|修改|修订|修訂)"
)


@lru_cache(maxsize=8)
def _bars(text: str) -> list[int]:
    """Where the text's `|` stand (u55h)."""
    return [m.start() for m in _BAR.finditer(text)]


_BAR = lazy(r"\|")


def _whole_place(unit: TextUnit, start: int, end: int) -> bool:
    """Whether `[start:end]` is all of its table cell or paragraph (markup aside), or the value after a label's colon."""
    text = unit.text
    bars = _bars(text)  # (u55h) the bars found once a text: for each match, the row was split and searched
    if bars:
        at = bisect.bisect_left(bars, start)
        lo = bars[at - 1] + 1 if at else 0
        after = bisect.bisect_left(bars, end)
        hi = bars[after] if after < len(bars) else len(text)
        if lo > 0:
            # the row's label cell: its second bar's cell, or all before its only bar
            first, second = bars[0], (bars[1] if len(bars) > 1 else -1)
            label = text[first + 1 if first < lo - 1 else 0 : lo - 1] if second < 0 or second >= lo - 1 else text[first + 1 : second]
            if _STATE_LABEL.search(label):
                return False  # | 订单状态 | [待确认] |: a state the policy describes
            if only_before(text, lo - 1, _CELL_MARKUP) and not only_after(text, hi, _CELL_MARKUP):
                return False  # | [待确认] | 商家尚未确认订单 |: a row naming a state, the next cell saying what it is (review u30x)
    else:
        lo, hi = 0, len(text)
    if not only_between(text, end, hi, _CELL_MARKUP + "。."):
        return False  # (something after it in its cell or paragraph; asked first: the text before is read only then)
    before = text[lo:start].strip(_CELL_MARKUP)
    if not before:
        return True
    return before[-1] in "：:" and _SHORT_LABEL.match(before + "：") is not None and not _STATE_LABEL.search(before)


def _alone_in_span(text: str, start: int, end: int) -> bool:
    """Whether the code span around `[start:end]` holds the bracket alone (`` `[待确认]` ``), not code around it."""
    return start > 0 and text[start - 1] == "`" and end < len(text) and text[end] == "`"


def _app_state_or_control(text: str, start: int, end: int) -> bool:
    """Whether 【待确认的…】 at `[start:end]` names a control or screen of the app, or a state it shows, not a slot."""
    if _UI_BEFORE.search(text, max(0, start - 6), start) or _UI_AFTER.match(text, end):
        return True
    if _STATE_BEFORE.search(text, max(0, start - 8), start):
        return True
    lo, hi = _clause(text, start, end)  # the sentence, at most 60 characters each side
    return _DONE_STATE.search(text, lo, hi) is not None


_STATE_WORD = lazy(r"[·・][ \t]*+(?:待|已)")  # 【待确认 · 已取消】: two states of the app, no note


def _state_note(text: str, at: int) -> bool:
    """Whether the dot note of `_PENDING` at `at` opens with another state (待…, 已…)."""
    return _STATE_WORD.match(text, lstripped(text, at, " \t")) is not None


def _dot_note(text: str, at: int) -> bool:
    """Whether the note of `_PENDING` starting at `at` opens with a middle dot (not a colon)."""
    return text[at : at + 4].lstrip(" \t")[:1] in "·・"


def _pending_notes(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for unit in ctx.units():
        if "待" not in unit.text or (unit.paragraph is not None and unit.paragraph.kind == "code"):
            continue
        for m in _PENDING.finditer(unit.text):
            start, end = m.start(), m.end()
            if in_code(unit, start) and not _alone_in_span(unit.text, start, end):
                continue
            if m.group("what") is not None:
                # 【待审核的评论】: a review state naming what is in it is the app's own state (review u30x), not a note
                if not _app_state_or_control(unit.text, start, end) and not _REVIEW_WORD.search(unit.text, start, end):
                    yield unit, start, end
            elif m.group("note") is not None:
                # 【待法务替换 · 生效日期】; but 点击【待确认 · 订单】, 【待支付 · 待确认】页面: a middle dot also parts the app's own
                # labels (r45 #5), so a note after one is the drafter's only where no control, screen or state is named
                if not _dot_note(unit.text, m.start("note")) or not (
                    _app_state_or_control(unit.text, start, end) or _state_note(unit.text, m.start("note"))
                ):
                    yield unit, start, end
            elif _whole_place(unit, start, end):
                yield unit, start, end


def _lead_span(text: str, start: int) -> tuple[int, int]:
    """Where `text[:start].lstrip(_ITEM_MARKUP).rstrip("*_")` lies in `text` (no copy of the text before: u32h)."""
    lo = min(lstripped(text, 0, _ITEM_MARKUP), start)
    return lo, max(lo, rstripped(text, start, "*_"))


def _review_tags(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """A review tag opening its list item or paragraph before its text, or closing a heading (`_REVIEW_TAG`)."""
    for unit, start, end, _ in ctx.scan(_REVIEW_TAG, needs="待"):
        text = unit.text
        if in_code(unit, start):
            continue
        rest = not only_after(text, end, _CELL_MARKUP + "。.")  # (no copy of the rest of the text: u32h)
        if unit.kind != "paragraph" and not rest:
            yield unit, start, end  # …项目（通用）[待审核]: a heading's tag
        elif (
            rest
            and _ITEM_LEAD.match(text, *_lead_span(text, start))
            and _STATE_AFTER.match(text[end : end + 40].lstrip(" \t\u3000*_")) is None
        ):
            yield unit, start, end  # - [待审核] 引入社交登录时…: an item's tag


def _field_values(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    units = ctx.units()
    for i, unit in enumerate(units):
        text = unit.text
        if ("：" not in text and ":" not in text) or in_code(unit, 0):
            continue
        if not _SHORT_LABEL.match(text):
            continue
        m = _YOUR_VALUE.search(text)
        if m is not None:
            if not _UI_LABEL.search(text, 0, m.start()):
                yield unit, m.start("slot"), m.end("slot")
            continue
        m = _OPTIONAL_VALUE.search(text)
        if m is None or _CONTACT_LABEL.search(text, max(0, m.start() - 14), m.start()) is None:
            continue
        near = units[max(0, i - 3) : i] + units[i + 1 : i + 4]
        if any(_BRACKET_VALUE.search(other.text) for other in near):
            yield unit, m.start("slot"), m.end("slot")


def _drafting_notes(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for unit, start, end, _ in ctx.scan(_NOTES):
        if in_code(unit, start):
            continue
        lo, hi = _clause(unit.text, start, end)
        if _ADDRESSEE.search(unit.text, lo, hi) is None:
            yield unit, start, end


def pending_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot or note of the forms above, in document order per form."""
    labels = ctx.doc.link_labels
    for unit, start, end, m in ctx.scan(_CAPS_FIELD, needs="["):
        if not in_code(unit, start) and m.group(0).strip("[] \t").lower() not in labels:
            yield unit, start, end
    # (a bracket holding a note `placeholder-drafting` reports, 「[待律师确认：…]」, 「〔建議…，待法律確認〕」, stays its finding)
    for unit, start, end in _pending_notes(ctx):
        if _NOTE.search(unit.text, start, end) is None:
            yield unit, start, end
    for unit, start, end in _review_tags(ctx):
        if _PENDING.fullmatch(unit.text, start, end) is None or not _whole_place(unit, start, end):
            yield unit, start, end  # (a whole place's bare 「[待确认]」 is `_pending_notes`'s)
    for unit, start, end, _ in ctx.scan(_CONTROL_HINT):
        if not in_code(unit, start):
            yield unit, start, end
    for unit, start, end, _ in ctx.scan(_SUGGESTED, needs="〔"):
        if not in_code(unit, start) and _NOTE.search(unit.text, start, end) is None:
            yield unit, start, end
    yield from _field_values(ctx)
    yield from _drafting_notes(ctx)
