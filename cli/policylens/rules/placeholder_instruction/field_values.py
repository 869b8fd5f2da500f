"""Field names left where their value goes, told by the kind of field they name (nineteenth session, issue #11 §1).

A template names each of its slots by the field it stands for: 【上线日期】, 【运营主体】, 【上游提供方名单】.  Such a
bracket is a slot when it stands in the value's place, not when it emphasises a term of the text:

- right after a label that asks for the same kind of value, with ：, :, 为, 是, a table's bar or nothing between them,
  and nothing after it but the end of its clause: 「生效日期【上线日期】」, 「更新日期：【发布时间】」,
  「个人信息处理者：**【运营主体】**，当前为…」 (the slot is still there, the prose after it gives the value for now),
  「当前名单：【上游提供方名单】）」, 「| 生效日期 | 【上线日期】 |」.  The kind is read from the last word of each
  (日期 and 时间 are dates; 主体 and 处理者, 运营者 are the operator; 名单 and 清单 lists; 邮箱, 电话, 地址, 网址, 编号,
  负责人…), so a new slot name needs no new entry.  Not 「本应用的【运营主体】为某公司」 (a defined term in a sentence,
  emphasised), 「设备信息：【设备名称】」 (a field of another kind: emphasised data), 「| 直接拨打电话 | 【电话】 |」
  (a bare field word: a permission's group), 「更新日期：【2024年3月1日】」 (a value kept in brackets), nor 「您的联系电话
  【手机号码】」 (the reader's own data);
- anywhere, in a text that says its brackets are placeholders: 「文中【】内为占位符，发布前须逐项填写」 (then
  「本应用的【运营主体】为…」 is a slot too), except a bracket followed by its value (【联系邮箱】：…) or a step of a path;
- an English field with the template's example, in brackets of any kind: "【Contact email, e.g. privacy@example.com】",
  "[Website URL, such as https://…]", "［Company name，例如 …］" (not round brackets, a gloss in prose, nor a link's text);
  a Chinese one with a sample value: 「【联系邮箱，例如：privacy@example.com】」, 「[上线日期，例如 2025-01-01]」 (not
  「【联系方式，如手机号码、邮箱】」, a kind of data with the items it covers).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import SENTENCE_BREAKS
from policylens.rules.context import Context, TextUnit, in_code
from policylens.rules.placeholder_instruction.vocabulary import _EN_HEAD

# The words a field's name ends in, by the kind of value the field holds (longest first where one ends another:
# 邮箱地址 is an e-mail, not an address).  A slot and a label match when their last words are of one kind.
_SLOT_WORDS: dict[str, str] = {
    **dict.fromkeys(("日期", "时间", "時間"), "date"),
    **dict.fromkeys(("主体", "主體"), "operator"),
    **dict.fromkeys(("名称", "名稱", "全称", "全稱"), "name"),
    **dict.fromkeys(("名单", "名單", "清单", "清單", "列表"), "list"),
    **dict.fromkeys(("地址", "住址"), "address"),
    **dict.fromkeys(
        (
            "邮箱",
            "郵箱",
            "信箱",
            "邮件地址",
            "郵件地址",
            "邮箱地址",
            "郵箱地址",
            "电子邮件",
            "電子郵件",
            "电子邮箱",
            "電子郵箱",
            "电邮",
            "電郵",
        ),
        "email",
    ),
    **dict.fromkeys(("电话", "電話", "电话号码", "電話號碼", "手机号", "手機號", "手机号码", "手機號碼", "热线", "熱線"), "phone"),
    **dict.fromkeys(("网址", "網址", "链接", "鏈接", "連結", "网站地址", "網站地址", "域名", "主页", "主頁", "URL"), "url"),
    **dict.fromkeys(("编号", "編號", "代码", "代碼", "号码", "號碼", "备案号", "備案號"), "number"),
    **dict.fromkeys(("负责人", "負責人", "联系人", "聯絡人", "聯繫人", "姓名"), "person"),
    **dict.fromkeys(("联系方式", "聯絡方式", "聯繫方式"), "contact"),
}
# A label's last word may also name the operator's role or the date's event (个人信息处理者：, 最近更新：, 生效于)
_LABEL_WORDS: dict[str, str] = {
    **_SLOT_WORDS,
    **dict.fromkeys(
        (
            "处理者",
            "處理者",
            "运营者",
            "運營者",
            "营运者",
            "營運者",
            "开发者",
            "開發者",
            "经营者",
            "經營者",
            "控制者",
            "提供方",
            "提供者",
            "运营方",
            "運營方",
        ),
        "operator",
    ),
    **dict.fromkeys(("更新", "生效", "施行", "发布", "發布", "發佈"), "date"),
    **dict.fromkeys(("Email", "E-mail", "email"), "email"),
}
# the text's own dates: a date label names the event (生效日期, 更新时间, 最近更新, 上线日期), never a datum collected (登录时间)
_DATE_EVENT = lazy(r"生效|更新|发布|發布|發佈|施行|实施|實施|上线|上線|修订|修訂|版本|公布|公佈|颁布|頒布")
_LONGEST = max(len(w) for w in _LABEL_WORDS)


def _last_word(words: str, table: dict[str, str]) -> tuple[str, str] | None:
    """(the field word `words` ends in, its kind), the longest such word first; None when it ends in none."""
    for n in range(min(_LONGEST, len(words)), 0, -1):
        kind = table.get(words[-n:])
        if kind is not None:
            return words[-n:], kind
    return None


# a slot's name: words, no digit, no 某 (【某某公司地址】 is a dummy value), no punctuation but a slash between choices
_SLOT = lazy(r"[【［\[][ \t\u3000]*((?:(?!某)[\u4e00-\u9fffA-Za-z/]){2,16}?)[ \t\u3000]*[】］\]](?![(\[])")
# what may stand between a label and its value: a colon, a table's bar, 为, 是 or 于 (生效日期为【…】, 更新于【…】)
_SEPARATORS = "：:|｜为為是于於"
_HAN_OR_LETTER = lazy(r"[\u4e00-\u9fffA-Za-z\-]")
# the reader's own data before its field: 您的联系电话【家庭固定电话】 (emphasis of what the user gives, not a slot)
_READER = ("您", "你", "用户", "用戶")
# what may follow a whole value: the end of its clause, a bracket it closes, a bar between a version line's fields
_VALUE_END = "。；;，,.｜|·/／）)】］\n"


_SKIPPED = " \t\u3000*_"  # blanks and the emphasis around a value


def _next_char(text: str, end: int) -> str:
    """The first character at or after `end` that is no blank or emphasis mark ('' at the end): a walk over that run only,
    not a copy of the rest of the text (a line of a million slots)."""
    i = end
    while i < len(text) and text[i] in _SKIPPED:
        i += 1
    return text[i : i + 1]


def _previous_char(text: str, start: int) -> str:
    """The last character before `start` that is no blank or emphasis mark ('' at the start)."""
    i = start
    while i > 0 and text[i - 1] in _SKIPPED:
        i -= 1
    return text[i - 1 : i] if i else ""


def _field_kind(slot: str) -> str | None:
    """The kind of value a slot's name asks for (【上线日期】 → date), or None: no field's name, a bare field word
    (| 直接拨打电话 | 【电话】 |: a permission's group) or a compound of one character and the word (白名单)."""
    word = _last_word(slot, _SLOT_WORDS)
    if word is None or len(slot.replace("/", "")) - len(word[0]) < 2:
        return None
    return word[1]


def _label_asks(label: str, kind: str) -> bool:
    """Whether `label` (the words before a slot, the text before them included) asks for a value of `kind`.

    Not 设备信息 before 【设备名称】 (another kind: emphasised data), 使用时间 before 【登录时间】 (a datum collected, not the
    text's own date, whose label names an event), nor 您的联系电话 (the reader's own data).
    """
    word = _last_word(label, _LABEL_WORDS)
    if word is None or word[1] != kind:
        return False
    if kind == "date" and not _DATE_EVENT.search(label[-8:]):
        return False
    return not any(reader in label[: -len(word[0])][-6:] for reader in _READER)


def _value_place(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the slot `text[start:end]` is the whole value of a label of its `kind` before it (：, 为, a bar or nothing
    between them), followed only by the end of its clause: not 【运营主体】为… (a term of the sentence) nor 【手机号码】、."""
    rest = _next_char(text, end)
    if rest and rest not in _VALUE_END:
        return False
    i = start
    while i > 0 and text[i - 1] in _SKIPPED:
        i -= 1
    if i > 0 and text[i - 1] in _SEPARATORS:
        i -= 1
        while i > 0 and text[i - 1] in _SKIPPED:
            i -= 1
    j = i  # the label's words end here; they run back over letters and Han characters (at most 24)
    while j > 0 and i - j < 24 and (_HAN_OR_LETTER.match(text[j - 1]) is not None):
        j -= 1
    return i - j >= 2 and _label_asks(text[max(0, j - 4) : i], kind)


# (twentieth session, round20) the text's own date named by its event, in the sentence that dates the text: 「本政策自【生效日期】起
# 生效」「本政策于［更新日期］更新」「[发布日期]起施行」.  Between a preposition that takes a date (自, 于, 从, 在) or nothing, and
# a verb of that event (起, 生效, 更新, 施行…): a term of the sentence only a date can fill (not 「【生效日期】：2024年…」, a label).
_DATE_PREPOSITION = "自于於从從在"
_DATE_SENTENCE_END = lazy(r"[ \t\u3000*_]{0,3}(?:起|开始|開始|生效|更新|施行|实施|實施|发布|發布|發佈|修订|修訂|公布|公佈)")


def _date_sentence_place(text: str, start: int, end: int, slot: str) -> bool:
    """Whether a date slot naming the text's own event (【生效日期】) stands where a date goes in the sentence that dates the text."""
    if _DATE_EVENT.search(slot) is None or _DATE_SENTENCE_END.match(text, end) is None:
        return False
    before = _previous_char(text, start)
    return before in _DATE_PREPOSITION or before == "" or before in "，,。；;：:"


def _cell_label(unit: TextUnit, previous: TextUnit | None) -> str:
    """The text of the cell before `unit`, when both are cells of an HTML table, units of their own (else '')."""
    if unit.paragraph is None or unit.paragraph.kind != "table" or "|" in unit.text:
        return ""
    if previous is None or previous.paragraph is None or previous.paragraph.kind != "table" or "|" in previous.text:
        return ""
    return previous.text.strip(" \t\u3000*_：:")


# 「文中【】内为占位符」, 「方括号中的内容为待填写项」: the text says its brackets are slots
_DECLARES = lazy(
    # (where the text is, 内/中/的, must follow the brackets: 「- [ ] 需填写联系方式」 is a task, not a declaration)
    r"(?:【[ \t]*】|［[ \t]*］|\[\]|方括号|方括號|中括号|中括號)[ \t]*(?:内|內|中|里|裡|的)的?(?:内容|內容|文字|部分|字段|欄位|项|項)?"
    r"[ \t]*(?:(?:均|皆|都)?(?:为|為|是|系|表示|代表|属于|屬於)[ \t]*)?(?:待填写|待填寫|待替换|待替換|需填写|需填寫|须填写|須填寫|需替换|需替換"
    r"|占位|佔位|(?i:placeholder))"
)


# a character every match of `_DECLARES` holds (【】, ［］, [], 括号): the units the scan memo must still search (u56t)
_DECLARES_NEEDS = lazy(r"[】］\]括]")


def _declared(ctx: Context) -> bool:
    """Whether the text says its brackets hold placeholders (「文中【】内为占位符」).

    A unit must hold 】, 括 or ] (not ］ alone: the form's test before u56t, kept): asked of the units the memo does not
    know to lack `_DECLARES`, not of every unit of every document (`tests/test_u56t_throughput.py` compares both).
    Each unit is asked once, not once per match (a paragraph of thousands of 「［］内为占位符」, review u56h)."""
    found = False
    asked: str | None = None
    for hit in ctx.scan(_DECLARES, needs=_DECLARES_NEEDS):  # (read to its end: the memo learns the texts without one)
        text = hit.unit.text
        if not found and text is not asked:
            found, asked = "】" in text or "括" in text or "]" in text, text
    return found


_PATH_STEP = ("-", "－", ">", "＞", "→")
_LABEL_OR_STEP = ("：", ":", *_PATH_STEP)


def _declared_slot(text: str, start: int, end: int, slot: str) -> bool:
    """In a text that declares its brackets to be placeholders: any field's name, but a label before its value or a path step."""
    if _last_word(slot, _SLOT_WORDS) is None:
        return False
    # not 【联系邮箱】：… or 【我的】-【设置】: a label before its value, a step of a path
    return _next_char(text, end) not in _LABEL_OR_STEP and _previous_char(text, start) not in _PATH_STEP


# 【Contact email, e.g. privacy@example.com】, [Website URL, such as https://…]: an English field and the template's example
_EN_EXAMPLE = lazy(
    rf"(?<![\]!])[\[【［][ \t]*(?i:(?:[a-z][a-z/'\-]*[ \t]+){{0,4}}(?:{_EN_HEAD}))(?:[ \t]*[,，;；:：][ \t]*|[ \t]+)"
    r"(?i:e\.g\.|eg\.|e\.g\b|such[ \t]+as|for[ \t]+example|for[ \t]+instance|例如|比如)[,:：]?[ \t]*[^\[\]【】［］\n]{1,80}[\]】］](?![(\[])"
)


# 【联系邮箱，例如：privacy@example.com】, [上线日期，例如 2025-01-01]: a Chinese field's name and the template's sample value
_ZH_EXAMPLE = lazy(
    r"(?<![\]!])[\[【［][ \t]*(?:(?!某)[\u4e00-\u9fffA-Za-z]){0,12}?(?:"
    + "|".join(sorted(_SLOT_WORDS, key=len, reverse=True))
    + r")[ \t]*[，,；;：:][ \t]*(?:例如|比如|譬如|如|示例|范例|範例|(?i:e\.g\.))[：:]?[ \t]*(?P<sample>[^\[\]【】［］\n]{1,60})[\]】］](?![(\[])"
)
# ...whose sample is a value (an address, a number, a date, a company, a dummy), not data items named as examples:
# 「我们收集【联系方式，如手机号码、邮箱】」 emphasises a kind of data and what it covers
_SAMPLE_VALUE = lazy(r"@|[0-9０-９]|://|(?i:www\.|example|ltd|inc\b|xx)|公司|某")


def _shown_as_code(unit: TextUnit, start: int, end: int) -> bool:
    """Whether the slot at `unit.text[start:end]` is code the policy shows: in a code block, or in a code span that holds
    more than the slot.  A code span that is the slot alone (`` `[fill in region, e.g., Mainland China]` ``) is the
    template's slot set off in backticks, as a Markdown template marks its fields (thirty-third session, round33: its
    Chinese twin `[填写服务器所在地区 / 例如：中国大陆]` was found, the English one not)."""
    if not in_code(unit, start):
        return False
    text = unit.text
    whole_span = start > 0 and text[start - 1] == "`" and text[end : end + 1] == "`" and (start < 2 or text[start - 2] != "`")
    if not whole_span or (unit.paragraph is not None and unit.paragraph.kind == "code"):
        return True
    # used as a value (located in `[…]`, Email: `[…]`), not named as the subject of its sentence (`[Email, e.g. x@y.z]`
    # is the form's hint: the text talks about the bracket, tests/test_placeholder_classes19.py)
    window = max(0, start - 1 - 200)  # (a bounded look back: the lookahead rescans the window from each boundary)
    lead = _SENTENCE_LEAD.search(text, window, start - 1)
    before = text[lead.end() if lead else window : start - 1]
    return not before.strip(" \t\u3000>*_-+•·#\n")


# (thirty-fourth session) a contact field's name in brackets as the object of a verb of contacting us: 「请发送邮件至【邮箱】
# 联系我们」, 「如有问题请联系 【邮箱】。」, 「请拨打【客服电话】」, 「您可以通过【联系方式】与我们联系」.  A bare field word counts here
# (「【邮箱】」), but only where the sentence is about contacting the operator: a question, a complaint or 联系 before it, or
# 「联系我们」 after it; and only when nothing but the end of the clause or that phrase follows (not 「发送至【邮箱】中心」,
# 「拨打【电话】按钮」), never the reader's own field (「发送至您的【邮箱】」: a code sent to the user).
_CONTACT_KINDS = ("email", "phone", "contact", "address", "url")
_CONTACT_VERB = lazy(
    r"(?:联系|聯繫|聯絡|联络|拨打|撥打|致电|致電|致函|发送至|發送至|发至|發至|发到|發到|邮件至|郵件至|邮件到|郵件到|寄至|寄到|信至|访问|訪問|通过|通過)$"
)
_CONTACT_TOPIC = lazy(r"联系|聯繫|聯絡|联络|咨询|諮詢|疑问|疑問|问题|問題|意见|意見|建议|建議|反馈|反饋|投诉|投訴|举报|舉報|客服")
_CONTACT_AFTER = lazy(
    r"[ \t\u3000*_]{0,3}(?:与我们|與我們|和我们|和我們|联系我们|聯繫我們|聯絡我們|联络我们|联系|聯繫|聯絡|告知我们|告知我們|反馈|反饋)"
)


def _contact_object(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the slot `text[start:end]` naming a contact field of `kind` is what a verb of contacting us takes."""
    if kind not in _CONTACT_KINDS:
        return False
    i = start
    while i > 0 and text[i - 1] in _SKIPPED:
        i -= 1
    verb = _CONTACT_VERB.search(text, max(0, i - 5), i)  # right before the slot: 「发送至您的【邮箱】」 is the reader's
    if verb is None:
        return False
    after = _CONTACT_AFTER.match(text, end)
    rest = _next_char(text, end)
    if after is None and rest and rest not in _VALUE_END:
        return False
    if verb.group(0) in ("通过", "通過"):
        return after is not None  # 「通过【邮箱】与我们联系」, not 「通过【邮箱】登录」
    return after is not None or _CONTACT_TOPIC.search(text, max(0, verb.start() - 30), verb.end()) is not None


# the text of the sentence before a code span: after the last sentence end (or from the text's start)
_SENTENCE_LEAD = lazy(rf"(?:[{SENTENCE_BREAKS}]|(?<=[A-Za-z0-9)])[.](?=[ \t]))(?=[^{SENTENCE_BREAKS}]*\Z)")


def field_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of each field name left in a value's place, and of each English field with its example."""
    declared = _declared(ctx)
    previous: TextUnit | None = None
    for unit in ctx.units():
        before, previous = previous, unit
        text = unit.text
        if "【" not in text and "［" not in text and "[" not in text:
            continue
        whole = text.strip(_SKIPPED)  # (once a unit: a cell that is only its slot)
        for m in _SLOT.finditer(text):
            start, end, slot = m.start(), m.end(), m.group(1)
            if declared and _declared_slot(text, start, end, slot):
                found = True
            elif (kind := _field_kind(slot)) is None:
                bare = _last_word(slot, _SLOT_WORDS)  # 【邮箱】: a bare field word, a slot only as the object of 联系/至
                found = bare is not None and bare[0] == slot and _contact_object(text, start, end, bare[1])
            else:
                # <td>生效日期</td><td>【上线日期】</td>: an HTML row's value cell, the label in the cell before
                found = (
                    _value_place(text, start, end, kind)
                    or _contact_object(text, start, end, kind)
                    or (whole == m.group(0) and _label_asks(_cell_label(unit, before), kind))
                    or (kind == "date" and _date_sentence_place(text, start, end, slot))
                )
            if found and not _shown_as_code(unit, start, end):  # (asked last: it reads the unit's text once per call)
                yield unit, start, end
    for unit, start, end, _ in ctx.scan(_EN_EXAMPLE):
        if not _shown_as_code(unit, start, end):
            yield unit, start, end
    for unit, start, end, m in ctx.scan(_ZH_EXAMPLE):
        if _SAMPLE_VALUE.search(m.group("sample")) and not _shown_as_code(unit, start, end):
            yield unit, start, end
