"""Stand-ins and deferred values of `placeholder-instruction`: a value marked as a placeholder, contact details to come, a country as the whole address, an xx place, an operator "named above" whom nothing names (issue #11 §1, q20v, `eval/dev20p`).

Each form has invented variants both ways in `tests/test_placeholder_classes20v.py`:

- a value marked as a stand-in: a contact value followed by a short round-bracketed note that it is a placeholder,
  「privacy@example.cn（暂用占位）」, 「400-800-1234（临时占位，上线前替换）」, or a note that says it is temporary and to be
  replaced whatever comes before it, 「（暂用占位，待启用后更新）」.  Not 「加载时显示灰色方块（占位）」 nor
  「图片加载失败时显示（占位符）」: a placeholder the app shows, after no contact value and with no word of a stand-in;
- contact details the text says will come later: 「（联系方式将在上线前补充）」, 「联系邮箱将于正式发布后公布」.  Not
  「我们将在上线前通知您」 (the operator telling the reader about a release), nor 「新功能将在上线后补充说明」;
- an address field whose value is the country alone: 「注册地址：中华人民共和国」, 「**办公地址**：中国」, 「| 联系地址 | 中国大陆 |」.
  Not 「服务器所在地：中华人民共和国」 or 「数据存储地点：中国」 (a place of storage, a country is its value), nor
  「注册地址：中华人民共和国北京市…」 (the country begins a full address);
- an xx place written with a space before its unit: 「发证机关：xx 市教育局」, 「xx 省 xx 市」 (the form without the space,
  「XX市」, is `placeholder-instruction`'s own).  Not 「Max 市场」 (a word, not x's) nor 「iPhone xx 系列」;
- an operator 'named above' whom no text above names: 「本服务是由上述运营者个人维护的…」 when nothing before it mentions
  an operator (the header line that named it was left out).  Not the same words after 「运营者：张三」 or 「本应用由某公司运营」.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import EMAIL
from policylens.rules.around import rstripped
from policylens.rules.context import Context, TextUnit, in_code

# --- a value marked as a stand-in ---------------------------------------------------------------------------------------

_PLACE = r"(?:占位|佔位)(?![符图圖片位])"
_STAND_IN = lazy(rf"[（(](?P<body>[^（）()\n]{{0,10}}?{_PLACE}[^（）()\n]{{0,16}}?)[）)]")
# words that make the note a stand-in whatever comes before it
_TEMPORARY = lazy(
    r"暂用|暫用|暂时|暫時|临时|臨時|替换|替換|待.{0,6}?(?:更新|启用|啟用|替换|替換|填写|填寫|补充|補充)|上线|上線|发布|發布|正式"
)
# a contact value just before the note: an e-mail, a host or URL, a phone number (the last word before it, markup and
# blanks passed over; bounded runs, so no search backtracks)
_CONTACT_VALUE = lazy(
    rf"(?:{EMAIL}|(?i:https?://)?[A-Za-z0-9-]{{1,63}}(?:\.[A-Za-z0-9-]{{1,63}}){{1,6}}(?:/[^\s（(]{{0,80}})?"
    r"|\+?[0-9][0-9()\-]{4,20}[0-9])"
)
# a date is no contact value: 更新日期：2025-09-16（占位） is the draft's own date marker (`placeholder-drafting`)
_DATE_VALUE = lazy(r"[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}")
_WORD_BREAKS = " \t\u3000\n：:，,。；;（）()【】[]<>「」“”\"'"


def _value_before(text: str, start: int) -> bool:
    """Whether the word just before `start` (markup and blanks passed over) is a contact value, not a date."""
    end = rstripped(text, start, "`*_ \t\u3000")
    begin = end
    while begin > 0 and end - begin < 120 and text[begin - 1] not in _WORD_BREAKS:
        begin -= 1
    word = text[begin:end]
    if not word or _DATE_VALUE.fullmatch(word):
        return False
    if word[0].isdigit() and " " in text[max(0, begin - 12) : begin]:
        word = text[max(0, begin - 12) : end].split("：")[-1].split(":")[-1].strip()  # 400 800 1234: a phone with blanks
        word = word.replace(" ", "")
    return _CONTACT_VALUE.fullmatch(word) is not None


# the `needs` of the scan below, made once (u56t: written in the call, a new lazy pattern compiled and bound at every scan)
_STAND_IN_NEEDS = lazy(r"[占佔]")


def _stand_ins(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for unit, start, end, m in ctx.scan(_STAND_IN, needs=_STAND_IN_NEEDS):
        if in_code(unit, start):
            continue
        if _TEMPORARY.search(m.group("body")) is None and not _value_before(unit.text, start):
            continue  # 加载时显示灰色方块（占位）: a placeholder the app shows
        yield unit, start, end


# --- contact details to come later --------------------------------------------------------------------------------------

# the address fields of a contact block (also the labels of `_COUNTRY_ONLY` below)
_ADDRESS_FIELDS = ("联系地址", "聯繫地址", "聯絡地址", "通讯地址", "通訊地址")
_CONTACT = (
    "(?:"
    + "|".join(
        (
            *("联系方式", "聯繫方式", "聯絡方式", "联系信息", "聯繫資訊", "聯絡資訊", "联系邮箱", "聯繫郵箱", "聯絡信箱"),
            *("联系电话", "聯繫電話", "聯絡電話", "客服电话", "客服電話", "客服邮箱", "客服郵箱", *_ADDRESS_FIELDS),
            *("运营主体信息", "運營主體資訊", "运营主体", "運營主體", "备案信息", "備案資訊"),
        )
    )
    + ")"
)
_LATER = lazy(
    rf"{_CONTACT}(?:[ \t\u3000]{{0,2}}(?:将|將|会|會|拟|擬))?(?:[ \t\u3000]{{0,2}}(?:在|于|於))?[ \t\u3000]{{0,2}}(?:正式)?"
    r"(?:上线|上線|发布|發布|發佈|上架|公测|公測|开通|開通|启用|啟用)(?:前|后|後|之前|之后|之後)[ \t\u3000]*"
    r"(?:补充|補充|补全|補全|补齐|補齊|提供|公布|公佈|更新|完善|填写|填寫|添加|告知)"
)


def _later_contacts(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for unit, start, end, _ in ctx.scan(_LATER):
        if in_code(unit, start):
            continue
        if start > 0 and unit.text[start - 1] in ("（", "(") and unit.text[end : end + 1] in ("）", ")"):
            start, end = start - 1, end + 1  # （联系方式将在上线前补充）: the whole bracket
        yield unit, start, end


# --- an address that is the country alone -------------------------------------------------------------------------------

_ADDRESS_LABEL = (
    "(?:注册地址|註冊地址|办公地址|辦公地址|公司地址|经营地址|經營地址|营业地址|營業地址|"
    + "|".join(_ADDRESS_FIELDS)
    + r"|住所地?|(?<![\u4e00-\u9fff])地址)"
)
_COUNTRY_ONLY = lazy(
    rf"{_ADDRESS_LABEL}[ \t\u3000]*(?:\*+[ \t\u3000]*)?(?:[：:]|[|｜])[ \t\u3000]*(?:\*+[ \t\u3000]*)?"
    r"(?P<val>中华人民共和国|中華人民共和國|中国大陆|中國大陸|中国|中國|(?i:china|p\.?\s?r\.?\s?china|the\s+people's\s+republic\s+of\s+china))"
    r"(?=[ \t\u3000]*(?:\*+[ \t\u3000]*)?(?:[。.;；，,|｜）)\n]|\Z))"
)


# the `needs` of the scan below, made once (u56t: written in the call, a new lazy pattern compiled and bound at every scan)
_COUNTRY_ONLY_NEEDS = lazy(r"[址所]")


def _country_only(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for unit, start, _, m in ctx.scan(_COUNTRY_ONLY, needs=_COUNTRY_ONLY_NEEDS):
        if not in_code(unit, start):
            yield unit, start + m.start("val") - m.start(), start + m.end("val") - m.start()


# --- xx 市: an x place with a space before its unit ---------------------------------------------------------------------

_X_PLACE = lazy(r"(?<![A-Za-z0-9])(?:[Xx]{2,3}|[Ｘｘ]{2,3})[ \t\u3000](?:[省市区區县縣镇鎮])(?![场場长長民政值面])")


# the `needs` of the scan below, made once (u56t: written in the call, a new lazy pattern compiled and bound at every scan)
_X_PLACE_NEEDS = lazy(r"[XxＸｘ]")


def _x_places(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """The x places, those of one unit a blank apart as one (「xx 省 xx 市」: one address, one finding)."""
    held: tuple[TextUnit, int, int] | None = None
    for unit, start, end, _ in ctx.scan(_X_PLACE, needs=_X_PLACE_NEEDS):
        if in_code(unit, start):
            continue
        if held is not None and held[0] is unit and not unit.text[held[2] : start].strip(" \t\u3000"):
            held = (unit, held[1], end)
            continue
        if held is not None:
            yield held
        held = (unit, start, end)
    if held is not None:
        yield held


# --- 上述运营者 when no operator was named ------------------------------------------------------------------------------

_ABOVE = lazy(r"上述(?P<noun>运营者|運營者|运营方|運營方|运营主体|運營主體)")
_OPERATOR_WORD = lazy(r"运营|運營|营运|營運")


def _dangling_operators(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    before: list[str] = []
    for unit in ctx.units():
        m = _ABOVE.search(unit.text) if "上述" in unit.text else None
        if m is not None and not in_code(unit, m.start()):
            if not any(_OPERATOR_WORD.search(t) for t in before) and _OPERATOR_WORD.search(unit.text, 0, m.start()) is None:
                yield unit, m.start(), m.end()
            return  # only the first such reference can dangle: later ones follow it
        before.append(unit.text)


def stand_in_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above, in document order per form."""
    yield from _stand_ins(ctx)
    yield from _later_contacts(ctx)
    yield from _country_only(ctx)
    yield from _x_places(ctx)
    yield from _dangling_operators(ctx)
