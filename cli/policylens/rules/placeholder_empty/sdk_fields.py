"""The empty fields of a third-party SDK list for placeholder-empty: 隐私说明： with nothing after it in a block of SDK
fields (SDK名称：…, 使用目的：…), alone on its line or followed by the next field within the line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import COLON
from policylens.rules.base import Rule
from policylens.rules.context import Context, TextUnit
from policylens.rules.placeholder_empty.contact_fields import _ANNOUNCES, _CONTACT_NOUN, _value_ends_its_line

# The fields of a third-party SDK list: SDK名称：…, 使用目的：…, 隐私说明：… (issue #11, fifth round).
# A field line may carry a bullet, or the number of its entry (②第三方SDK：…, 3.SDK名称：…).
_FIELD_MARK = r"(?:[-*+•·][ \t\u3000]{0,4}|[\u2460-\u2473][ \t\u3000]{0,2}|[（(]?[0-9]{1,2}[.、．)）][ \t\u3000]{0,2})?"
_SDK_NOUN = (
    r"(?:隐私说明|隱私說明|隐私政策|隱私政策|隐私权政策|隱私權政策|隐私协议|隱私協議|个人信息类型|個人資料類型|个人信息字段|個人資料欄位"
    r"|信息类型|資料類型|收集(?:的)?(?:个人)?信息|收集(?:的)?(?:個人)?資料|使用目的|使用场景|使用場景|处理目的|處理目的|收集方式|共享方式"
    r"|处理方式|處理方式|SDK名称|SDK名稱|第三方SDK|SDK|第三方名称|第三方名稱|第三方主体|第三方主體|提供方|申请权限|申請權限|所需权限|所需權限"
    # (u54f, eval/blind/round54p teyouliao-zh-vue: a Word page's SDK list, its <br> lines joined, 「开发者名称：收集信息范围：存储的
    # 个人文件」 and 「收集信息范围：使用目的：数据解析」 where every other entry fills the field) the developer and the scope
    r"|开发者名称|開發者名稱|开发者|開發者|开发商|開發商|开发方|開發方|运营方|運營方"
    r"|收集信息范围|收集信息範圍|收集资料范围|收集資料範圍|收集范围|收集範圍|信息范围|資訊範圍)"
)
_SDK_LABEL = lazy(
    rf"[ \t\u3000]{{0,8}}{_FIELD_MARK}\*{{0,2}}(?:[\u4e00-\u9fffA-Za-z]{{0,8}}?){_SDK_NOUN}\*{{0,2}}[ \t\u3000]{{0,4}}[：:]\*{{0,2}}"
)
_ANY_LABEL = lazy(
    rf"[ \t\u3000]{{0,8}}{_FIELD_MARK}\*{{0,2}}[\u4e00-\u9fffA-Za-z]{{0,10}}?(?:{_SDK_NOUN}|{_CONTACT_NOUN})\*{{0,2}}[ \t\u3000]{{0,4}}[：:]",
    re.I,
)
# 隐私说明：收集个人信息类型：…, 隐私政策链接：。 within a line: an SDK field with the next field right after it.
# Between the two only a qualifier of the next label (第三方, SDK, 收集: 隐私说明：收集个人信息类型：): other words are the value, glued to the next
# label with no separator (「使用目的：一鍵登錄處理方式：sdk采集」, 「SDK名称：极光认证使用目的：…」, a blind round's false error)
_SDK_INLINE = lazy(
    rf"(?P<label>{_SDK_NOUN})[：:][ \t\u3000]{{0,4}}"
    rf"(?=[。；;]|(?:第三方|(?i:sdk)|对应的?|對應的?|收集的?|获取的?|獲取的?|涉及的?|所|的)?[ \t\u3000]{{0,2}}(?:{_SDK_NOUN}|(?i:{_CONTACT_NOUN}))[：:])"
)


# (u54v) a party's label over its name: 「运营方：」 then 「公司名称：上海…」, 「开发者：」 then 「名称：…」 — the fields below are the
# party's own details, the label their heading (as an officer's over its channels, `field_single`), not an empty field
_PARTY = lazy(
    r"(?:开发者|開發者|开发商|開發商|开发方|開發方|运营方|運營方|营运方|營運方|提供方)\*{0,2}[ \t\u3000]{0,4}[：:]\*{0,2}[ \t\u3000]*+$"
)
_NAME_FIELD = lazy(
    r"[ \t\u3000]{0,8}[-*+•·]?[ \t\u3000]{0,4}\*{0,2}(?:公司|企业|企業|主体|主體|机构|機構|单位|單位|法人)?(?:名称|名稱|全称|全稱)"
    r"\*{0,2}[ \t\u3000]{0,4}[：:]"
)


def _party_over_name(label: str, following: str) -> bool:
    """Whether `label` (a field's label with its colon) names a party, 运营方 or 开发者, and `following` opens with its name's field."""
    return _PARTY.search(label) is not None and _NAME_FIELD.match(following) is not None


def _same_block(unit: TextUnit, other: TextUnit, breaks: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """Whether `other` is a filled field of the same block as `unit`: a label line of the same kind and indent, or (u55f)
    a line of the same HTML paragraph, cut at a `<br>` (`Document.line_breaks`: a Word page's field lines)."""
    a, b = unit.paragraph, other.paragraph
    if a is None or b is None or a.kind != b.kind or unit.section is not other.section:
        return False
    if a.column != b.column and (a.line, a.column) not in breaks and (b.line, b.column) not in breaks:
        return False
    return _ANY_LABEL.match(other.text) is not None


def _introduces(unit: TextUnit, following: TextUnit) -> bool:
    """Whether `following` is a list item under `unit` (a paragraph above a list, or a deeper item)."""
    a, b = unit.paragraph, following.paragraph
    if a is None or b is None or b.kind != "item" or unit.section is not following.section:
        return False
    return a.kind != "item" or b.column > a.column


def empty_sdk_fields(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """隐私说明： with nothing after it in a block of SDK fields (SDK名称：…, 使用目的：…).

    Alone on its line, a field is empty when the next line is another field of the same
    block (the same kind of line at the same indent: both list items or both
    paragraphs), or when it is the last line of its section after such a field.  A
    value may stand on the line below its label (第三方SDK名称： / 优量汇广告SDK), and
    收集个人信息类型： above a list of items introduces the list.
    """
    units = ctx.units()
    for i, unit in enumerate(units):
        if "：" not in unit.text and ":" not in unit.text:
            continue
        label = _SDK_LABEL.match(unit.text)
        if label is None or unit.text[label.end() :].strip(" \t\u3000*") or _ANNOUNCES.search(unit.text, 0, label.end()):
            continue
        if i + 1 < len(units) and _introduces(unit, units[i + 1]):
            continue  # 收集个人信息类型： above a list: the list is its value
        following = units[i + 1] if i + 1 < len(units) and units[i + 1].section is unit.section else None
        if following is not None and following.kind == "paragraph":
            empty = _same_block(unit, following, ctx.doc.line_breaks)  # the next field right below: this one has no value
        else:  # the last field of its section: empty when it closes a block of fields
            empty = i > 0 and _same_block(unit, units[i - 1], ctx.doc.line_breaks)
        if empty and following is not None and _party_over_name(unit.text[: label.end()], following.text):
            continue  # (u54v) 「运营方：」 over 「公司名称：…」「注册地址：…」: the heading of the party's details
        if empty and (ctx.shown_in(unit, 0, len(unit.text)) or ctx.shown_after(unit, following)):
            continue  # (u54p) a value the page's code prints after the label: 「收集个人信息类型：{data_types}」
        if empty:
            start = len(unit.text) - len(unit.text.lstrip(" \t\u3000-*+•·"))
            yield rule.finding(ctx, unit, start, label.end(), slot=unit.text[start : label.end()].rstrip("*：: \t\u3000").strip("*"))
    for unit, start, end, m in ctx.scan(_SDK_INLINE, needs=COLON):
        if ctx.shown_in(unit, start, end):
            continue  # (u54p) the code prints the value after the label (a Python f-string's field, blanked)
        if _party_over_name(unit.text[start:end], unit.text[end:]):
            continue  # (u54v) 「运营方：名称：…」 glued: the party's name follows
        if not _value_ends_its_line(unit, end):
            yield rule.finding(ctx, unit, start, end, slot=m.group("label"))
