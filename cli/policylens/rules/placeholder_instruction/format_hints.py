"""Masks that show a format or give an example, not a slot left to fill: 「显示为“张某某”」, 「（格式：09xxxxxxxx）」,
"(e.g. 09XX-XXX-XXX)", 「請輸入手機號碼（09xxxxxxxx）」.

`masking_example` tells such a mask (a run of X found by `placeholder-instruction`) from a value left unfilled: the mask
right after a cue that names a format (格式, format, pattern: any mask) or an example (例如, e.g., for example: a
value's mask, digits, separators or an @ with the x's, no word of a name), or a number's mask alone in brackets in a
clause asking the reader to enter it (請輸入手機號碼（09xxxxxxxx）, 请输入邮箱（xxx@xxx.com）: the input's hint).  The real slots stay: 「客服電話：
02-XXXX-XXXX」, 「XXX公司」, 「xx年xx月xx日」, 「XX市XX區」 have no cue before them (u58p, eval/blind/round57q taichung-tw-vue:283);
「副本的格式：XXX」 (a bare XXX after 格式: the format left to fill) and "your input (xxx@xxx.com)" (the verb as a noun)
stay slots too, as does a hint that is all a contact label holds: 「联系电话：（格式：0591-XXXXXXXX）」, 「联系邮箱：例如
xxx@xxx.com」 (u58h).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.rules.placeholder_instruction.dates import _MASK_EXAMPLE

# the characters of a value's mask before the x that was found: 「09」 of 09xxxxxxxx, 「09XX-」 of 09XX-XXX-XXX,
# 「xxx@」 of xxx@xxx.com, 「(02) 」 of (02) XXXX XXXX
_MASK_LEAD = frozenset("0123456789XxＸｘ+-－.@() ")
# a cue right before the mask (an opening quote or bracket, a colon and spaces between): a format named (group
# `format`: any mask follows) or an example given
_CUE = lazy(
    r"(?:(?P<format>格式(?:[为為是如]|如下)?|(?<![A-Za-z])(?i:format|pattern))"
    r"|例如|比如|譬如|範例|范例|示例|形如|(?<![A-Za-z])(?i:e\.g\.?|eg\.|for example|example|ex\.))"
    r"[ \t\u3000]{0,4}[：:]?[ \t\u3000]{0,4}[“\"'「『‘(（]?[ \t\u3000]{0,4}\Z"
)
# a clause asking the reader to type a value (請輸入手機號碼（…）, "Enter your phone number (…)"), up to the bracket
_INPUT_ASK = lazy(
    r"(?:输入|輸入|键入|鍵入|(?<![A-Za-z])(?i:enter|input|type)(?![A-Za-z]))[^，,。；;！!？?\n（(]{0,16}[（(][ \t\u3000]{0,4}\Z"
)
# a value's mask: only these characters, with a digit, an @ or a separator between groups of x (not XXX alone, a name)
_VALUE_CHARS = frozenset("0123456789XxＸｘ+-－.@() abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_X_GROUPS = lazy(r"[XxＸｘ][-－.][XxＸｘ]")
_CLOSERS = frozenset("）)」』”\"'")
# (u58h) a mask of x's alone, at most four: the generic slot (「格式：XXX」, 「副本的格式为XXX」: the format itself left
# to fill), where 「格式：xxxx年xx月xx日」 and 「格式：XXXXXXXXXX」 show a shape
_BARE_SLOT = lazy(r"[XxＸｘ]{1,4}")
# (u58h) the English verb of `_INPUT_ASK` used as a noun: "We welcome your input (xxx@xxx.com)", "For any type of
# request (xxx@xxx.com)": a contact left unfilled, not an input's hint
_NOUN_BEFORE = lazy(r"(?<![A-Za-z])(?i:your|our|their|any|the|this|that|each|every|some|no|of|a|an)[ \t]{1,4}\Z")
# (u58h) a label's colon right before the hint (an opening bracket between): the hint is the field's whole value
_LABEL_END = lazy(r"[：:][ \t\u3000]{0,4}[（(【\[「『“\"]?[ \t\u3000]{0,4}\Z")
_ASK_WORD = lazy(r"输入|輸入|键入|鍵入|填写|填寫|(?<![A-Za-z])(?i:enter|input|type)(?![A-Za-z])")
_NOUN_AFTER = lazy(r"[ \t]{1,4}(?i:of|from|on|about|and)(?![A-Za-z])")


def _lead_start(text: str, start: int) -> int:
    """Where the mask found at `start` begins: back over its digits, x's and separators (at most 16 characters)."""
    i = start
    while i > 0 and start - i < 16 and text[i - 1] in _MASK_LEAD:
        i -= 1
    while i < start and text[i] in " (.":
        i += 1  # the spaces after a cue's colon, a bracket opening the hint, e.g.'s dot: not the mask's
    return i


def _value_mask(mask: str) -> bool:
    """Whether `mask` is a value's mask: 09xxxxxxxx, 09XX-XXX-XXX, xxx@xxx.com (not XXX, XXX公司)."""
    if not mask or any(c not in _VALUE_CHARS for c in mask):
        return False
    return any(c.isdigit() or c == "@" for c in mask) or _X_GROUPS.search(mask) is not None


def _labelled_value(text: str, at: int) -> bool:
    """Whether the hint starting at `at` is all a field's label holds: 「联系电话：（格式：0591-XXXXXXXX）」, 「联系邮箱：例如
    xxx@xxx.com」, "Email: e.g. xxx@xxx.com" (a contact the policy owes, its value left as a hint: a slot, u58h), not
    a label asking for input (「請輸入電話：例如 09xx-xxx-xxx」)."""
    label = _LABEL_END.search(text, max(0, at - 12), at)
    if label is None:
        return False
    clause = text[max(0, label.start() - 24) : label.start()]
    clause = clause[max(clause.rfind(c) for c in "。；;！!？?\n，,") + 1 :]
    return _ASK_WORD.search(clause) is None


def format_hint(text: str, start: int, end: int) -> bool:
    """Whether the mask `text[start:end]` shows an input's format or an example value (see the module's docstring)."""
    lead = _lead_start(text, start)
    value = _value_mask(text[lead:end])
    cue = _CUE.search(text, max(0, lead - 24), lead)
    if cue is not None and ((cue.group("format") and _BARE_SLOT.fullmatch(text, lead, end) is None) or value):
        return not _labelled_value(text, cue.start())
    if not value or not any(c.isdigit() or c == "@" for c in text[lead:end]) or text[end : end + 1] not in _CLOSERS:
        return False
    ask = _INPUT_ASK.search(text, max(0, lead - 40), lead)  # 請輸入手機號碼（09xxxxxxxx）, 请输入邮箱（xxx@xxx.com）
    if ask is None:
        return False
    if not text[ask.start()].isascii():
        return True
    verb = ask.start() + len(ask.group(0).split(None, 1)[0].split("(", 1)[0])
    return _NOUN_BEFORE.search(text, max(0, ask.start() - 10), ask.start()) is None and _NOUN_AFTER.match(text, verb) is None


# (fifty-ninth session, u59p, issue #11 §3) a template's example in brackets after an example cue, the mask inside it:
# 「公司名称：杭州云帆科技有限公司（如：XX科技有限公司）」.  The bracket opens with the cue (如/例如/比如/示例/e.g., a colon after
# it), at most six characters before the mask; it closes within 30 characters.
_EXAMPLE_OPEN = lazy(
    r"[（(][ \t\u3000]{0,2}(?:如|例如|比如|譬如|示例|范例|範例|举例|舉例|(?i:e\.g\.?|eg\.|for example|such as))[ \t\u3000]{0,2}[：:]?"
    r"[ \t\u3000]{0,2}[“\"「『]?[^（）()\n：:]{0,6}\Z"
)
_EXAMPLE_CLOSE = lazy(r"[^（）()\n]{0,30}?[）)]")
# a label's colon before the bracket, the value between them (a clause's start before the label)
_LABEL_VALUE = lazy(r"[：:][ \t\u3000]{0,4}(?P<value>[^：:，,。；;！!？?\n（(]{0,40})\Z")
# after the bracket: the label's colon and its value (「运营者名称（例如：某某科技有限公司）：杭州云帆科技有限公司」)
_VALUE_AFTER = lazy(r"[ \t\u3000]{0,2}[：:][ \t\u3000]{0,4}(?P<value>[^，,。；;！!？?\n]{0,40})")
# a field's label alone before the bracket (「公司名称」「联系邮箱」), not a sentence (「您的昵称会显示为」)
_FIELD_LABEL = lazy(
    r"(?:名称|全称|名字|姓名|公司|主体|运营者|运营方|开发者|地址|邮箱|信箱|电话|日期|网址|网站|域名|联系人|负责人|单位|机构|品牌|名稱|全稱|主體|營運者|營運方|開發者|郵箱|電話|網址|網站|聯絡人|負責人|單位|機構)"
    r"[ \t\u3000]{0,2}\Z"
)
# a value that is itself a slot or nothing: empty, a mask, a stand-in, a bracketed field
_NO_VALUE = lazy(r"[ \t\u3000]*(?:(?:[XxＸｘ×*＊_＿○〇某]{2,}|[\[【<［{].*)[^，,。；;]*)?")


def example_beside_value(text: str, start: int, end: int) -> bool | None:
    """(u59p) For a mask at `text[start:end]` inside a bracketed example after a cue (「（如：XX科技有限公司）」, 「（例如：某某
    科技有限公司）」): True when the field it illustrates holds a real value beside it (「公司名称：杭州云帆科技有限公司（如：XX…）」,
    「运营者名称（例如：某某…）：杭州云帆科技有限公司」: the template's note, not a slot), False when the example is all the field
    holds (「公司名称（如：XX科技有限公司）」 alone, 「运营者名称（例如：某某科技有限公司）：」, 「公司名称：（如：…）」: the value left
    to fill).  None when the mask is in no such bracket, or the bracket sits in a sentence with no label (as before)."""
    opening = _EXAMPLE_OPEN.search(text, max(0, start - 16), start)
    close = _EXAMPLE_CLOSE.match(text, end)
    if opening is None or close is None:
        return None
    before = _LABEL_VALUE.search(text, max(0, opening.start() - 44), opening.start())
    if before is not None and before.group("value").strip(" \t\u3000"):
        return _NO_VALUE.fullmatch(before.group("value")) is None
    after = _VALUE_AFTER.match(text, close.end())
    if after is not None:
        return _NO_VALUE.fullmatch(after.group("value")) is None
    if before is not None:
        return False  # 「公司名称：（如：XX科技有限公司）」: the label's value is the example alone
    line = text[text.rfind("\n", 0, opening.start()) + 1 : opening.start()].strip(" \t\u3000*-#>|")
    rest = text[close.end() : close.end() + 2].strip(" \t\u3000")
    if _FIELD_LABEL.search(line) and len(line) <= 12 and rest[:1] in ("", "\n", "。", "；", ";"):
        # 「公司名称（如：XX科技有限公司）」 opening its line, nothing after: the field with only its example (not 「建议使用完整
        # 企业名称（如：XX科技有限公司）」, a sentence's illustration, judged as before)
        return False
    return None


def masking_example(text: str, start: int, end: int) -> bool:
    """Whether the mask at `text[start:end]` is an example or a format the text gives: 显示为“张某某”, 例如 XXX
    (`_MASK_EXAMPLE`), or an input's format hint (`format_hint`); (u59p) a bracketed example beside a field's value, and
    not one that is all the field holds (`example_beside_value`)."""
    beside = example_beside_value(text, start, end)
    if beside is not None:
        return beside
    return _MASK_EXAMPLE.search(text, max(0, start - 10), start) is not None or (
        text[start : start + 1] in "0123456789XxＸｘ" and format_hint(text, start, end)
    )
