"""Dates and numbers left unfilled, and values masked with X or 某.

- YYYY-MM-DD, <YYYY年MM月DD日>, 生效日期：[YYYY-MM-DD], 【YYYY-MM-DD】: a date format never replaced (`ymd`; only after
  the label of the policy's own date, `_date_label`, and not as an example, `addresses._in_example`);
- 20XX年X月X日, X个工作日: a date or period whose digits are X (`xdate`, widened to its digits by `_widen_number`);
- 2024年 月 日, 生效日期：____年__月__日, 2024年3月 日: a date left blank (`blankdate`; a blank year only after the
  policy's own date label: `_blank_year_start`);
- XXX公司, XX市XX區, 400-XXX-XXXX (one finding from its first digit: `_widen_number`, `_number_end`), ×××, ○○○,
  某省某市, 某某 (not a masking example, 显示为“张某某”: `_MASK_EXAMPLE`).

`_masked_span` gives the span of one such finding, widened to the whole masked or blank value.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.patterns import DATE_CUE

_DATE_CUE = lazy(DATE_CUE)  # the words that announce a policy's own date


# a blank between the parts of a date: spaces, no-break spaces, underscores, or Markdown's <u>&nbsp;&nbsp;</u>
_BLANK = r"(?:[ \t\u3000\u00a0_＿]|&nbsp;|</?u>){1,24}"


# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_DATE_AND_MASK_FORMS = (
    # YYYY-MM-DD, <YYYY年MM月DD日>: a date format never replaced by a date (not 格式为 YYYY-MM-DD, see `check`)
    # (also in square brackets after the date's label: **生效日期**：[YYYY-MM-DD], Last updated: [YYYY-MM-DD])
    r"(?P<ymd>[<\[【［]?(?<![A-Za-z])YYYY\s*[-/.年]\s*(?:MM|mm)\s*[-/.月]\s*(?:DD|dd)\s*日?(?![A-Za-z])[>\]】］]?"
    # [Month Day, Year], 【MM/DD/YYYY】, [DD-MM-YYYY]: the English orders of a date format, in brackets only (the
    # label's check in `check` as above: Effective date [Month Day, Year])
    r"|[\[【［]\s*(?:(?i:month)\s+(?i:day),?\s+(?i:year)|(?i:day)\s+(?i:month),?\s+(?i:year)|(?:MM|mm)\s*[-/.]\s*(?:DD|dd)\s*[-/.]\s*(?:YYYY|yyyy)"
    r"|(?:DD|dd)\s*[-/.]\s*(?:MM|mm)\s*[-/.]\s*(?:YYYY|yyyy))\s*[\]】］]"
    # (twenty-sixth session, lead) [Month] [Day], [Year], [Day] [Month] [Year]: each part of the date its own slot
    r"|\[(?i:month)\][ \t]?\[(?i:day)\],?[ \t]?\[(?i:year)\]|\[(?i:day)\][ \t]?\[(?i:month)\],?[ \t]?\[(?i:year)\]"
    # Last updated: MM/DD/YYYY, 生效日期：DD-MM-YYYY: the same orders without brackets, in capitals (the label's check
    # in `check`: a format the policy asks of the user is no slot)
    r"|(?<![A-Za-z])(?:MM[-/.]DD|DD[-/.]MM)[-/.]YYYY(?![A-Za-z]))",
    # we retain data for [X] days, 保存 [X] 个月: a period whose number is a bracketed X (not a task list's box: a
    # unit of time must follow)
    r"(?P<xunit>\[[XxＸ]{1,3}\](?=[ \t\u3000]?(?:days?\b|months?\b|years?\b|hours?\b|weeks?\b|business days\b|天|日|个月|個月|月|年|小时|小時|周|週|个工作日|個工作日|工作日)))",
    # 20XX年X月X日, 2024年X月X日, X月X日, X个工作日, XX天: a date or period whose digits are X
    # (the digits before the first X are taken in by `_widen_number`)
    # (and with a space on each side of 年 and 月, as Markdown writers space digits from Chinese: 2024 年 X 月 X 日)
    r"(?P<xdate>(?<![A-Za-z])[XxＸｘ]{1,4}(?:[ \u3000]?[年月](?:[ \u3000]?[0-9XxＸｘ]{1,2}[ \u3000]?[月日号號])*|[日天号號]|[个個]?(?:工作日|小[时時]|月|周|週|星期)|周|週|分[钟鐘]))",
    # XXX公司, XXXApp, XX市XX區, xx年xx月xx日, 400-XXX-XXXX, 010-8888XXXX, ×××, ○○○, 某某
    r"(?<![A-Za-z])(?:(?<![0-9])(?:X{2,}|x{3,}|x{2}(?=[\u4e00-\u9fff])|Ｘ{2,}|ｘ{2,})|(?<=[0-9])(?:X{3,}|x{3,}))"
    r"(?:(?:[\u4e00-\u9fff]{1,2}|-)(?:X{2,}|x{2,}|Ｘ{2,}|ｘ{2,}))*(?:有限公司|公司|集团|集團|[市省区區县縣路街号號楼樓室年月日]|App|APP|app)?(?![A-Za-z0-9])",
    r"×{2,}|(?<![一二三四五六七八九十〇○零])[○◯]{3,}(?![年月日])|某某?[省市区區县縣镇鎮路街](?:某某?[省市区區县縣镇鎮乡鄉村路街号號楼樓室])+|某某+",
    # (u34r, round33b's hkyellow-dart) By email: sxxxxxx@hkmu.edu.hk: a mailbox masked after its first letter, a run of x
    # (four at least) up to the @ (not alex@…, a name with an x in it; not sxx@…, too short to be a mask); the match
    # starts at the first x, as every form of the rule starts with one of `forms._START`'s characters
    r"(?<![A-Za-z0-9._%+-][A-Za-z])(?<=[A-Za-z])x{4,}(?=@[A-Za-z0-9-]+\.)",
    # 臺北市○○區○○路○○號, 民國○○年○○月○○日: a Taiwan template's address or date written with circles (two parts at
    # least: 一〇〇號 is a number, its circles after a numeral)
    # (and the full-width capital Ｏ a typist takes for a circle: 台北市ＯＯ區ＯＯ路ＯＯ號; a year filled and its month and day
    # left as circles: 110年○月○日 — twenty-fourth session, lead)
    # (and the ASCII O, which the placeholder rules read for Ｏ: `Context.width_folded`)
    # (twenty-seventh session, lead: and the white square □ of Taiwan's forms, 臺北市□□區□□路□□號; a run, two parts at least: a
    # single □ before a word is a check box)
    r"(?<![一二三四五六七八九十〇○◯零A-Za-z])[○◯〇ＯO□]{2,4}[市區区路街號号縣县鄉乡鎮镇里段巷弄](?:[○◯〇ＯO□]{1,4}[區区路街號号鄉乡鎮镇里段巷弄樓楼室])+"
    r"|(?<![一二三四五六七八九十〇○◯零A-Za-z])[○◯〇ＯO□]{2,4}年[○◯〇ＯO□]{1,2}月(?:[○◯〇ＯO□]{1,2}日)?"
    r"|(?<=[0-9]年)[○◯〇ＯO□]{1,2}月[○◯〇ＯO□]{1,2}日",
    # OOOO有限公司, ○○科技股份有限公司, 〇〇〇〇公司, OOOO Co., Ltd.: a company's name written as a run of capital O (or
    # the circles 〇○◯), the company form after it (a run of O alone is a word or a number: ○○○ alone is above;
    # 二〇〇〇年 is a year, its circles after a numeral)
    r"(?<![A-Za-z0-9])O{2,}[ \t]?[\u4e00-\u9fff]{0,8}?(?:有限公司|公司|集团|集團)"  # (lead18: 「OOO 有限公司」, a space before the form)
    r"|(?<![一二三四五六七八九十〇○◯□零])[○◯〇□]{2,}[\u4e00-\u9fff]{0,8}?(?:有限公司|公司|集团|集團)"
    # ***有限公司, ＊＊＊科技有限公司: the same with asterisks, only generic words between them and the company form, and
    # no asterisk after it (***小米科技有限公司*** is Markdown's emphasis around a real name: a paragraph keeps its marks)
    r"|(?<![*＊])[*＊]{3,}(?:科技|网络|網絡|信息|資訊|技术|技術|软件|軟件|电子|電子|互联网|互聯網)*"
    r"(?:有限责任公司|有限責任公司|股份有限公司|有限公司|公司|集团|集團)(?![^*＊\n]{0,40}[*＊])"
    r"|(?<![A-Za-z0-9])O{3,}(?=[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}(?:Co\.|Company\b|Inc\b|Ltd\b|Limited\b|Corp\b|Corporation\b))",
    # (twenty-seventh session, lead) 負責人：＊＊＊, 联系人：***: a field's whole value written as asterisks, right after the
    # colon (after a space, placeholder-empty's empty field reports it: 联系人： ***); not 138****1234 (a masked example),
    # nor ***@qq.com; ****年**月**日: a date's digits as asterisks; 〇〇〇 alone (the ideographic zero
    # U+3007 typed for the circle ○; not after a numeral: 二〇〇〇年)
    # (not Markdown's closing emphasis after a label, ***联系方式：*** privacy@…: text follows it; review u27w)
    r"(?<=[：:])[*＊]{3,}(?![*＊\w@.]|[ \t\u3000]+[^\s])"
    r"|(?<![*＊0-9])[*＊]{2,4}年[*＊]{1,2}月(?:[*＊]{1,2}日)?"
    # (thirty-third session, lead) ***@***.com: a contact e-mail whose mailbox and host are both asterisks, an address no
    # one can write to (not ***@qq.com nor abc***@163.com, a masked example of a user's address: its host is real)
    r"|(?<![*＊\w.@])[*＊]{2,}@[*＊]{2,}(?:\.[A-Za-z]{2,12}){1,2}(?![A-Za-z0-9_-])"
    r"|(?<![一二三四五六七八九十〇○◯零0-9])〇{3,}(?![〇年月日一二三四五六七八九十百千萬万零0-9])"  # (not 編號〇〇〇〇一)
    # (u42k, issue #11's known miss) 負責人：ＯＯＯ, 聯絡人：OOO, ＯＯＯ先生: a name written as the full-width capital Ｏ a
    # Taiwan template types for a circle (read as O: `Context.width_folded`), as a field's whole value right after its
    # colon, or before a title of address (not OOO alone in prose, an abbreviation, nor OOOO-OOOO, a phone's)
    r"|(?:(?<=[：:])|(?<=[：:][ \t\u3000]))O{3,4}(?![A-Za-z0-9@.＠_-])"
    r"|(?<![A-Za-z0-9])O{2,3}(?=[ \t]?(?:先生|小姐|女士))",
)


# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_BLANK_DATE = (
    # 2019年 月 日, 2024年＿月＿日: a date whose month and day were left blank
    # (it starts at 年, the year is taken in by `_widen_number`: digits are no scan guard)
    # (the blanks may be no-break spaces or an underlined run of &nbsp; in Markdown: 2025年<u>&nbsp;&nbsp;</u>月…;
    # a year left blank too is checked in `check`: only after the label of the policy's own date, 生效日期：)
    # (an HTML page's &nbsp; run inside <u> is gone from its text: 生效日期：年月日, 更新于 2025 年月日)
    rf"(?P<blankdate>(?:(?<=[0-9]{{4}})|(?<=[0-9]{{4}} )|(?<=[ \u3000\u00a0_＿;>：:【［\[]))年(?:{_BLANK}月{_BLANK}|月)日(?![均期])"
    # 2024年3月 日, 2025 年 月 15 日: the day or the month alone left blank (the year in digits; not 3月 日本…, a
    # date then a word: the blank day ends its field)
    rf"|(?:(?<=[0-9]{{4}})|(?<=[0-9]{{4}}[ \u3000]))年(?:[ \u3000]?[0-9]{{1,2}}[ \u3000]?月{_BLANK}|{_BLANK}月[ \u3000]?[0-9]{{1,2}}[ \u3000]?)日(?![\u4e00-\u9fff]))",
)


# the end of a date's label written without its colon, right before the slot's bracket: 生效日期[…], 更新于【…】,
# Effective date […], Last updated on […]
_DATE_LABEL_END = lazy(rf"(?:{DATE_CUE})(?:日期|时间|時間|于|於|(?i:\s+date|\s+on|\s+as\s+of|\s+from))?\Z")
_OPEN_BRACKETS = ("[", "【", "［")
# (u61z, eval/blind/round61q travel-zh-md L104) 公告日期: [YYYY-MM-DD] beside 施行日期: the date the change is announced,
# the policy's own date too (only with 日期/时间 and a colon; not a cue of `date_format`'s, which finds the policy's date)
_NOTICE_DATE = lazy(r"(?:公告|公布|發布|发布|發佈|颁布|頒布)(?:日期|时间|時間)[ \t\u3000*`]*[:：]\Z")


def _date_label(text: str, start: int, end: int | None = None) -> bool:
    """Whether the text just before `start` is the label of the policy's own date: 生效日期：, Last updated:; or, when
    the date's slot is bracketed, the label without its colon: 生效日期[2024年X月X日], 更新日期【YYYY-MM-DD】; unbracketed,
    the label's verb (更新于 YYYY-MM-DD) or, given the slot's `end`, 起生效 after it."""
    # (a Markdown code span around the slot is the template's way of setting a field off: 最后更新：`[YYYY 年 MM 月 DD 日]`,
    # eval/blind/round39d secagent-md; its backticks are passed over like the emphasis marks)
    before = text[max(0, start - 16) : start].rstrip(" \t\u3000*`")
    if before.endswith((":", "：")):
        return _DATE_CUE.search(before) is not None or _NOTICE_DATE.search(before) is not None
    if text.startswith(_OPEN_BRACKETS, start) or before.endswith(_OPEN_BRACKETS):
        return _DATE_LABEL_END.search(before.rstrip("[【［ \t\u3000*`")) is not None
    # (twenty-sixth session, lead) the label's verb with no colon before an unbracketed slot: 本政策最后更新于 YYYY-MM-DD,
    # Last updated on MM/DD/YYYY, Effective as of …; or the date the policy takes effect from: 自 YYYY 年 MM 月 DD 日起生效
    # (not 日期格式为 YYYY-MM-DD, a format: no date's verb ends the words before it)
    if _DATE_LABEL_END.search(before) is not None:
        return True
    return end is not None and _takes_effect_after(text, end)


_NUMBER_DIGITS = "0123456789０１２３４５６７８９"


def _widen_number(text: str, start: int, *, date: bool) -> int:
    """The start of a masked number or date whose first X is at `start`: 400-XXX-XXXX, 010-8888XXXX, 2024年X月X日."""
    allowed = _NUMBER_DIGITS + ("年月 \u3000" if date else "-－+ ")
    i = start
    while i > 0 and start - i < 20 and text[i - 1] in allowed:
        i -= 1
    while i < start and text[i] not in _NUMBER_DIGITS:
        i += 1  # no separator or space before the first digit
    if not date and i < start and i > 1 and text[i - 1] in ".．" and text[i - 2] in _NUMBER_DIGITS:
        return start  # 「1.3 XX提供…」: the digits end a clause number, the slot is the Xs (u35k, eval/blind/round35d)
    return i


_NUMBER_DIGITS_SET = frozenset(_NUMBER_DIGITS)
_BLANK_BEFORE = lazy(rf"{_BLANK}\Z")


def _blank_year_start(text: str, start: int, end: int) -> int:
    """The start of a date whose year is blank too (生效日期：<u>&nbsp;&nbsp;</u>年…, 本政策自____年__月__日起生效), or -1
    when it is not the policy's own date (申请日期：____年__月__日 in a form for the user)."""
    blank = _BLANK_BEFORE.search(text, max(0, start - 80), start)
    at = blank.start() if blank is not None else start
    if text[at:start].strip(_SPACES):
        while text[at] in _SPACES:
            at += 1  # **生效日期** ____年__月__日: the slot starts at its first underscore (a year of spaces is its own blank)
    if _date_label(text, at) or _DATE_LEAD.search(text, max(0, at - 12), at):
        return at
    if _dated_from(text, at) and _takes_effect_after(text, end):
        return at
    return -1


# 本政策更新于 ____年__月__日: the policy's own date after its verb
_DATE_LEAD = lazy(r"(?:更新|修订|修訂|生效|发布|發布)(?:于|於|日期为|日期為)[ \t\u3000]*\Z")
# 本政策自 ____年__月__日起生效: the date the policy takes effect, its verb after the date (not 本人于____年__月__日签署,
# a form's date of signing); read as strings (a pattern anchored at the end of a run of spaces is searched again from
# every space)
_FROM_WORDS = ("自", "从", "從", "于", "於")
_ERAS = ("中華民國", "中华民国", "民國", "民国", "西元", "公元")
_STARTS = ("起", "开始", "開始")
_EFFECT_VERBS = ("生效", "施行", "实施", "實施", "更新", "发布", "發布", "發佈", "修订", "修訂")
_SPACES = " \t\u3000"


def _dated_from(text: str, at: int) -> bool:
    """Whether 自/于 (and an era, 民國) comes right before `at`, spaces apart: 本政策自 ____年…"""
    before = text[max(0, at - 12) : at].rstrip(_SPACES)
    era = next((e for e in _ERAS if before.endswith(e)), "")
    return before[: len(before) - len(era)].rstrip(_SPACES).endswith(_FROM_WORDS)


def _takes_effect_after(text: str, end: int) -> bool:
    """Whether the policy's verb of effect follows the date ending at `end`: …日起生效, …日修訂."""
    after = text[end : end + 40].lstrip(_SPACES + "_＿`")  # (`: the date set off as a code span, round39d secagent-md)
    start = next((w for w in _STARTS if after.startswith(w)), "")
    return after[len(start) :].lstrip(_SPACES).startswith(_EFFECT_VERBS)


# the groups of a masked number after its first X group: XXX XXXX, XXX-1234 (a space or dash, then Xs or digits)
_NUMBER_GROUPS = lazy(r"(?:[ \-－](?:[Xx]{2,}|[0-9]{1,4})(?![A-Za-z0-9]))+")


def _number_end(text: str, end: int) -> int:
    """The end of a masked number whose first X group ends at `end`: +41 91 XXX XXXX."""
    m = _NUMBER_GROUPS.match(text, end)
    return m.end() if m else end


# (twenty-fourth session, lead) the next X part of an English address written with X slots: 「Room XXX, XX/F, XX
# Building」 — a comma, a slash or a space, at most one short word (F, Floor, Block, Tower), then the next run of capital
# Xs (one address left unfilled is one finding, as 「XX區XX道XX號」 is)
_ADDRESS_PART = lazy(r"[ \t]?[,，/][ \t]?(?:[A-Za-z]{1,6}[ \t]?[,，/]?[ \t]?)?(?<![A-Za-z])X{2,}(?![A-Za-z0-9])")


def _address_end(text: str, end: int) -> int:
    """The end of an English address's X slots whose first run ends at `end`: Room XXX, XX/F, XX Building."""
    while (m := _ADDRESS_PART.match(text, end)) is not None:
        end = m.end()
    return end


# (twenty-fifth session, lead) the next groups of a number masked whole: 「(852) XXXX XXXX」, 「XXX-XXXX-XXXX」 (a space or a
# dash, then capital Xs only: one masked number is one finding, as 400-XXX-XXXX is)
# (twenty-sixth session, lead: and after the area code's closing bracket, or with dots: (XXX) XXX-XXXX, XXX.XXX.XXXX)
_X_GROUPS = lazy(r"(?:(?:[)）][ \-－.]?|[ \-－.])X{2,}(?![A-Za-z0-9]))+")


def _x_groups_end(text: str, end: int) -> int:
    """The end of a number masked whole whose first X group ends at `end`: (852) XXXX XXXX."""
    m = _X_GROUPS.match(text, end)
    return m.end() if m else end


def _x_groups_start(text: str, start: int, end: int) -> int:
    """The start of a number masked whole: the area code's opening bracket when its closing one is inside, (XXX) XXX-XXXX."""
    inside = text[start:end]
    return start - 1 if text[start - 1 : start] in ("(", "（") and (")" in inside or "）" in inside) else start


def _masked_span(text: str, start: int, end: int, m: re.Match[str]) -> tuple[int, int] | None:
    """The span of the one finding of the form `m` found at `text[start:end]`, widened when it is a value masked with X or
    left blank (`blankdate`, `xdate`, a run of X): a masked number from its first digit to its last group, an address of
    XX parts, a date from its blank year; None for a blank date that is not the policy's own (no date label before it)."""
    if m.group("blankdate") is not None and text[max(0, start - 2) : start].rstrip(" ")[-1:] not in _NUMBER_DIGITS_SET:
        year = _blank_year_start(text, start, end)
        if year < 0:
            return None  # 日期：____年__月__日 in a form the user fills in, not the policy's own date
        start = year
    elif m.group("xdate") is not None or m.group("blankdate") is not None or m.group(0)[0] in "Xx":
        start = _widen_number(text, start, date=m.group("xdate") is not None or m.group("blankdate") is not None)
        if text[start : start + 1] in _NUMBER_DIGITS_SET:
            end = _number_end(text, end)  # +41 91 XXX XXXX: one masked number, one finding
        elif m.group(0)[:2] == "XX":
            end = _address_end(text, end)  # Room XXX, XX/F, XX Building: one address, one finding
            if m.group(0).strip("X") == "":
                end = _x_groups_end(text, end)  # (852) XXXX XXXX: one masked number, one finding
                start = _x_groups_start(text, start, end)  # (XXX) XXX-XXXX from its bracket
    return start, end


# 显示为“张某某”, 展示为“用户×××”, 例如 XXX: a masking example the policy gives, not a slot
_MASK_EXAMPLE = lazy(
    r"(?:显示为|顯示為|显示成|顯示成|展示为|展示為|呈现为|呈現為|例如|比如|譬如)[，,：:]?\s?[“\"「『]?[\u4e00-\u9fff]{0,3}$"
)


# (u40k2, round40d vkpi-ts) the format of a number the service issues to the reader, its digits masked after the
# prefix: 「你会得到一个回执号(DSAR-xxxxxxxx)」, "You receive a reference (DSAR-xxxxxxxx)", 工单号：TK-XXXXXX; the
# kind of number named right before the prefix (the operator's own numbers, 备案号 or 统一社会信用代码, are not issued)
_ISSUED_NUMBER_BEFORE = lazy(
    r"(?:回执号|回執號|回执编号|回執編號|受理号|受理號|受理编号|受理編號|工单号|工單號|单号|單號|申请编号|申請編號|申请号|申請號"
    r"|查询码|查詢碼|追踪号|追蹤號|跟踪号|凭证号|憑證號|流水号|流水號"
    r"|(?i:reference|ticket|receipt|case|request|tracking|confirmation|order)(?:[ \t](?i:number|no\.|id|code))?)"
    r"[ \t\u3000]{0,2}[:：(（]?[ \t\u3000]{0,2}[A-Z][A-Z0-9]{1,9}[-_]\Z"
)


def _issued_number(text: str, start: int) -> bool:
    """Whether the masked run at `start` is the format of a reference number the service issues (after its capital
    prefix and the number's kind): not a value the author must fill in (400-XXX-XXXX, 客服电话：XXX)."""
    return _ISSUED_NUMBER_BEFORE.search(text, max(0, start - 40), start) is not None
