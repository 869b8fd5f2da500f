"""The blanks of placeholder-empty: empty brackets and fill-in lines (【】, （ ）, ＿＿＿, ____, an address's or e-mail's
blanks run together as one), a period's number left as spaces (我们将在  个工作日内回复) and a white box left where a value
goes (生效日期⬜回填); each scan yields the rule's findings in document order."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import IN_CLAUSE
from policylens.rules.base import Rule
from policylens.rules.context import Context, TextUnit, in_code

_SPACE = r"[ \t\u3000\u00a0]"
# Every alternative starts with a literal, so `re` skips ahead with its fast prefix scan
# (a leading lookahead guard would make it try the pattern at every position).
_EMPTY_SLOT = lazy(
    rf"【{_SPACE}*】|［{_SPACE}*］|〔{_SPACE}*〕|〖{_SPACE}*〗|「{_SPACE}*」|『{_SPACE}*』|《{_SPACE}*》"
    rf"|（{_SPACE}*）|\({_SPACE}+\)|\[{_SPACE}+\]|＿＿+"
    # 您与[]（以下简称“我们”）: square brackets with nothing in them where a name is defined (thirtieth session, u30r; a
    # bare `[]` elsewhere is code, an empty list or a Markdown link's text)
    rf"|\[\](?={_SPACE}*[（(](?:以下|下称|下稱|下文|(?i:hereinafter)))"
    # ____, and a date of blanks as one slot: ___/___/______, __/__/____ (twenty-fourth session, lead); a blank day
    # before a year, January __, 2024
    r"|_(?<![A-Za-z0-9_]_)(?:__+(?:[/／]__+){0,2}|_(?:[/／]__+){2}|_(?=,?[ ](?:19|20)[0-9]{2}(?![0-9])))(?![A-Za-z0-9_])"
    # (twenty-seventh session, lead) two underscores alone before a unit of time: for __ days, 保存 __ 个月
    r"|(?<=[ \t])__(?=[ \t]{1,2}(?:(?i:days?|months?|years?|hours?|weeks?|business days|working days)\b|[个個天日月年周週]))"
    # (thirty-third session, lead) …right between Chinese words: 在__个工作日内, 保存__天 (not __个人信息__, Markdown's
    # emphasis left in plain text; a date's blanks, __年__月__日, are `placeholder-instruction`'s)
    r"|(?<=[\u4e00-\u9fff])__(?=[个個](?![人体體别別])|[天周週]|小时|小時|工作日|分钟|分鐘)"
)
# (fortieth session, u40q) a printable form's blank whose note, in the brackets right after it, names the party that fills
# it in: 「紀錄編號：_____【由國立臺灣師範大學教育研究與評鑑中心（以下簡稱本中心）填寫】」, 「收件日期：＿＿＿（承辦人填寫）」,
# 「案號：____（申請人免填）」 (eval/precision40).  The filler is the form's own office (本中心, 本校, 本會…), its clerk
# (承辦人, 經辦人, 工作人員, 審核人) or its signer (申請人, 填表人): never the adopter of a template (「（由运营方填写）」,
# 「（由本公司填写）」, 「【待填寫】」 stay slots).
_FORM_FILLER = lazy(  # (matched right after a blank: the lookbehind keeps a search off the middle of a run of spaces)
    r"(?<![ \t\u3000])[ \t\u3000]*[【（(［\[]"
    r"(?:[^\n】］\]]{0,60}?(?:本中心|本校|本會|本会|本院|本館|本馆|本處|本处|本局|本單位|本单位|本系|本所"
    r"|承辦|承办|經辦|经办|工作人員|工作人员|審核人|审核人|審查人|审查人|申請人|申请人|申請者|申请者|填表人)"
    r"[^\n】］\]]{0,12}?(?:填寫|填写|填列)|[^\n】］\]）)]{0,20}?免填)"
)
# (twenty-fifth session, lead) a period whose number was left as spaces: 我们将在  个工作日内回复, 保存   个月后删除,
# 不超过 天 — a Word template's underlined blank whose underline the text lost.  Only after a word that takes a number
# (在, 于, 超过, 保存, 为期, 届满; 在 after another Chinese character, so that a text spaced out character by character,
# 「在 每 个 月」, is not read as one) and before the end of the period (内, 后, 起, a clause mark): not 保存 日志.
_SPACE_NUMBER = lazy(
    r"(?:(?<=[\u4e00-\u9fff][在于於逾满滿])|(?<=超过|超過|不超|保存|保留|存储|存儲|儲存|留存|为期|為期|届满|屆滿)|(?<=期限为|期限為))"
    r"[ \t\u3000\u00a0]+(?:(?:[个個][ \t\u3000]*)?(?:工作日|自然日|小时|小時|月|星期)|日|天|周|週|年)"
    r"(?=[内內后後之以起，。；,;、）)])"
)
_SPACE_NUMBER_NEEDS = lazy("[个個日天月年周週时時]")
# (twentieth session, round20) a white box left where a value goes: 「生效日期⬜回填」「账号 ID ⬜（字段以实际接入回填）」
# 「具体条号⬜」.  The same boxes are a form's check boxes (「□同意 □不同意」, 「☐ 是」) and bullets (「□ 姓名」 opening a line):
# see `_box_slot`.
_BOX = lazy("[\u2b1c\u2610\u25a1\u25a2\u25fb\u2b1a\u25fd]")
_BOXES = "\u2b1c\u2610\u25a1\u25a2\u25fb\u2b1a\u25fd"
_CHECKED = lazy("[\u2611\u2612\u2705\u2714\u2713\u25a0\u25a3]")  # ☑ ☒ ✅ ✔ ✓ ■ ▣: a form that is ticked
# the note of a slot's filler after it, in its clause: 回填, 待填写, 待核验, 补充 (not a check box's option: 同意, 是)
_FILL_NOTE = lazy(
    rf"{IN_CLAUSE}{{0,12}}?(?:回填|待填|填写|填寫|填入|待补|待補|补充|補充|补齐|補齊|待定|待核|核验|核驗|核实|核實|待确认|待確認|待更新|(?i:TBD|TODO))"
)
_BOX_VALUE_END = "，,。.；;、:：|｜)）]】」”》"
_LINE_OPENING = " \t\u3000>*-+•·#"
_RULE_LINE = lazy(r"^[\s_＿\-—=*]{6,}$")
# (u49p, eval/structure36 corgi-disclaimer-docx) a rule of underscores opening a line, then a label between rule marks
# (「＿＿＿…＿＿=声明=」) or, after a wide gap, a copyright footer (「＿＿＿…＿＿        PAT Laboratory Inc. 2023-2024 保留一切权利」):
# the document's decoration, not a blank (at least 12 underscores; a blank at a line's start takes its label or its
# note right after it: 「＿＿＿＿（签名）」, 「＿＿＿＿    （请填写公司名称）」)
_RULE_OPENING = lazy(
    r"^[ \t\u3000]*[_＿]{12,}(?:[ \t\u3000]*[=—\-*]+[ \t\u3000]*[^\s=—\-*_＿]{1,12}[ \t\u3000]*[=—\-*]+[ \t\u3000]*$"
    r"|[ \t\u3000]{3,}[^\n]{0,60}?(?:保留一切[权權]利|保留所有[权權]利|版[权權]所有|(?i:all rights reserved|copyright)|©))"
)
_TASK_ITEM = lazy(r"^\s*(?:[-*+]|\d+[.)])\s+$")
# (u49p, eval/structure43 wederm-pics-rn) a consent form's signature block: 「如你同意…請在本表格上簽署」 then 「簽署:」,
# 「姓名: ____」, 「日期: ____（年/月/日）」 — lines the signer fills in, not the writer's slots.  A blank after a signature
# label, or within 80 characters after one (the name and date lines of the same block)
_SIGNATURE_LABEL = lazy(r"(?:簽署|簽名|签名|签署|簽字|签字|(?i:signature|signed[ \t]+by))[ \t\u3000]*[:：]")


def _box_slot(text: str, start: int) -> bool:
    """Whether the white box at `start` is a slot: it ends a value's place (a word before it, the clause or cell ending after it:
    「具体条号⬜」「受理邮箱：＿＿ ⬜」), or a filler's note follows it (「⬜回填」「⬜（存储位置清单回填）」).

    Not a bullet or a check box opening its line (「□ 姓名」, 「☐ 同意」), not a form's boxes (two boxes or more on the line with
    no filler's note, or a ticked one: 「同意□ 不同意□」 「☑是 □否」).
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:start].strip(_LINE_OPENING):
        return False  # a bullet or a check box that opens its line
    if text[line_start:start].rstrip(" \t\u3000").endswith(("＿", "_")):
        return False  # 「邮箱：＿＿ ⬜」: the blank before it is the slot (one defect, one finding)
    note = _FILL_NOTE.match(text, start + 1)
    if note is None and _FILL_NOTE.match(text, start + 2) is not None and text[start + 1 : start + 2] in "（(":
        note = _FILL_NOTE.match(text, start + 2)
    if note is not None:
        return True
    line = text[line_start:line_end]
    if _CHECKED.search(line) is not None:
        return False  # a form that is ticked
    after = text[start + 1 : start + 2]
    if sum(line.count(b) for b in _BOXES) > 1:
        # a form's check boxes (「同意□ 不同意□」), unless the box is closed in by a mark right after it (「具体条号⬜】」)
        return after != "" and after in _BOX_VALUE_END and text[start - 1 : start].isalnum()
    return after == "" or after == "\n" or after in _BOX_VALUE_END or (after.isspace() and not text[start + 2 : start + 3].isalnum())


# the units of an address between its blanks: 台北市＿＿區＿＿路＿＿號, XX省＿＿市 (twenty-sixth session, lead)
_ADDRESS_UNITS = frozenset("省市区區县縣鄉乡镇鎮村路街段巷弄号號楼樓层層室")


def _one_value_between(text: str, end: int, start: int) -> bool:
    """Whether the blanks ending at `end` and starting at `start` are one value's: only one or two units of an address
    stand between them (台北市＿＿區＿＿路), an address's English words (Room ___, ___ Floor, ___ Building: twenty-seventh
    session), or an e-mail's @ (______@______.com)."""
    between = text[end:start]
    if 0 < len(between) <= 2 and all(c in _ADDRESS_UNITS for c in between):
        return True
    return between == "@" or _EN_ADDRESS_BETWEEN.fullmatch(between) is not None


# the English words of an address between or after its blanks (Room ___, ___ Floor, ___ Building)
_EN_ADDRESS_WORDS = (
    r"(?i:floor|building|bldg\.?|room|flat|unit|block|tower|street|st\.|road|rd\.|avenue|ave\.|suite|level|district|/f"
    r"|centre|center|plaza)"
)
# what stands between the blanks of one English address: 「, 」, 「 Floor, 」, 「/F, 」 (not 「 and 」: two values)
_EN_ADDRESS_BETWEEN = lazy(rf"[ ,]{{1,3}}|[ ,]{{0,2}}{_EN_ADDRESS_WORDS}[ ,]{{1,3}}")
_EN_ADDRESS_WORD = lazy(rf"[ ]{_EN_ADDRESS_WORDS}(?![A-Za-z])")
_TLD_AFTER = lazy(r"\.[A-Za-z]{2,12}(?:\.[A-Za-z]{2})?(?![A-Za-z0-9])")


def _after_signature(ctx: Context, unit: TextUnit, start: int, index: dict[int, int]) -> bool:
    """Is the blank at unit.text[start] in a signature block: a signature label in the 80 characters before it, in its
    unit or in the short form lines (at most 40 characters each) of up to three units before it?  `index` maps each
    unit's id to its place in `ctx.units()`, filled on the first call."""
    if _SIGNATURE_LABEL.search(unit.text, max(0, start - 80), start):
        return True
    if len(unit.text) > 40:
        return False  # a form's line is short: a blank in a sentence is not the signer's
    units = ctx.units()
    if not index:
        index.update((id(u), k) for k, u in enumerate(units))
    at = index.get(id(unit))
    if at is None:
        return False
    for before in reversed(units[max(0, at - 3) : at]):
        if len(before.text) > 40:
            return False
        if _SIGNATURE_LABEL.search(before.text):
            return True
    return False


def empty_slots(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """Empty brackets and fill-in lines (【】, （ ）, ＿＿＿, ____); an address's or an e-mail's blanks run together, one finding."""
    pending: tuple[TextUnit, int, int] | None = None  # the last blank, not yet reported: an address's blanks are one
    index: dict[int, int] = {}  # each unit's place, for `_after_signature`
    for unit, start, end, m in ctx.scan(_EMPTY_SLOT):
        if _RULE_LINE.match(unit.text):
            continue  # a separator line (＿＿＿＿＿＿ or ______ alone) is not a slot
        if _RULE_OPENING.match(unit.text) and not unit.text[:start].strip(" \t\u3000"):
            continue  # 「＿＿＿…＿＿=声明=」: a rule before a label or a copyright footer
        if ctx.shown_in(unit, start, end):
            continue  # （<img …>）, (<%=…getWwwUrl()%>): the page shows there what the text cannot
        if m.group(0).startswith(("_", "＿")) and _FORM_FILLER.match(unit.text, end) is not None:
            continue  # 「紀錄編號：_____【由本中心填寫】」: a form's blank for its clerk, not the writer's slot
        if m.group(0).startswith(("_", "＿")) and _after_signature(ctx, unit, start, index):
            continue  # 「簽署: ____ 姓名: ____ 日期: ____」: the signer's lines of a consent form
        if m.group(0).startswith("[") and _TASK_ITEM.match(unit.text, 0, start):
            continue
        if m.group(0) == "[]" and in_code(unit, start):
            continue  # `const a = [](…)`: code, not a slot
        if pending is not None and pending[0] is unit and _one_value_between(unit.text, pending[2], start):
            pending = (unit, pending[1], end)  # 台北市＿＿區＿＿路＿＿號: one address left blank, one finding
            continue
        if pending is not None:
            yield _blank(rule, ctx, *pending)
        pending = (unit, start, end)
    if pending is not None:
        yield _blank(rule, ctx, *pending)


def _blank(rule: Rule, ctx: Context, unit: TextUnit, start: int, end: int) -> Finding:
    """The finding of a blank; of an address's blanks run together (＿＿區＿＿路＿＿), with the unit after the last; of
    an e-mail's (______@______.com), with its domain's end."""
    if any(c in _ADDRESS_UNITS for c in unit.text[start:end]) and unit.text[end : end + 1] in _ADDRESS_UNITS:
        end += 1
    elif "@" in unit.text[start:end] and (tld := _TLD_AFTER.match(unit.text, end)) is not None:
        end = tld.end()
    elif "," in unit.text[start:end] and (word := _EN_ADDRESS_WORD.match(unit.text, end)) is not None:
        end = word.end()  # Room ___, ___ Floor, ___ Building
    return rule.finding(ctx, unit, start, end, slot=unit.text[start:end])


def spaced_numbers(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """A period's number left as spaces: 我们将在  个工作日内回复, 保存   个月后删除 (`_SPACE_NUMBER`)."""
    for unit, start, end, _ in ctx.scan(_SPACE_NUMBER, needs=_SPACE_NUMBER_NEEDS):
        if not ctx.shown_in(unit, start, end):
            yield rule.finding(ctx, unit, start, end, slot=unit.text[start:end])


def box_slots(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """A white box left where a value goes (`_box_slot`): 生效日期⬜回填, 具体条号⬜."""
    for unit, start, end, _ in ctx.scan(_BOX):
        if _box_slot(unit.text, start):
            yield rule.finding(ctx, unit, start, end, slot=unit.text[start:end])
