"""Heading numbering labels: 壹、 （壹） 一、 （一） (一) 1. 1.1 1.1.1 (1) 1) 第一條 第一章 第一節 第1条 A. a. (a) a) ① II. and 「1 标题」.

`parse_number()` looks at the *folded* text (full-width digits and brackets made
half-width) and returns the label, its style key and the rest of the title.  Styles
get levels by order of first appearance (see `structure.levels.assign_levels`).

Shared by the readers (`load.docx.formatting` reads a DOCX title's number) and the structure stage,
so it sits beside `patterns` and `normalise`: `load` never imports from `structure`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from policylens.lazyre import lazy
from policylens.normalise import KANGXI, fold
from policylens.patterns import HAN, chinese_number

CN_DIGITS = "一二三四五六七八九十百零〇两兩壹贰貳叁參肆伍陆陸柒捌玖拾"
# The formal numerals (大寫數字) of a Taiwan outline 壹、 > 一、 > （一） > 1.: a label written in them only is a
# numbering family of its own (style 「cn-formal」, 「cn-formal-paren」), above the ordinary 一、 when both occur.
FORMAL_DIGITS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰零")
_FORMAL_STYLES = {"cn": "cn-formal", "cn-paren": "cn-formal-paren"}
TIANGAN = "甲乙丙丁戊己庚辛壬癸"  # the ten heavenly stems, an outline's labels 甲、 乙、 丙、
_FORMAL_TO_ORDINARY = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾", "一二二三三四五六六七八九十")
# Units and measure words: after 「3 」 they make a quantity (3 个月, 1 月 1 日), not a section number.
_UNITS = "年月日号號时時小分秒周週天个個次元块塊角倍项項条條页頁位名人岁歲台部款种種份张張万萬千百亿億"
_SPACE = r"[ \t\u3000\u00a0]*"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("di", lazy(rf"^第{_SPACE}([{CN_DIGITS}\d]+){_SPACE}([章節节條条款部編编篇])(?:{_SPACE}[、.:：])?{_SPACE}")),
    ("cn", lazy(rf"^([{CN_DIGITS}]+){_SPACE}[、.,，]{_SPACE}")),
    # 「（ 三 ）」, 「（七 ）」: a PDF's text puts spaces inside the brackets of a justified line
    ("cn-paren", lazy(rf"^[(]{_SPACE}([{CN_DIGITS}]+){_SPACE}[)]{_SPACE}[、.]?{_SPACE}")),
    ("decimal", lazy(rf"^(\d{{1,3}}(?:\.\d{{1,3}})+)\.?(?!\d){_SPACE}")),
    ("decimal", lazy(rf"^(\d{{1,3}})\.(?!\d){_SPACE}")),
    ("arabic-dun", lazy(rf"^(\d{{1,3}})、{_SPACE}")),
    ("arabic-paren", lazy(rf"^[(](\d{{1,3}})[)]{_SPACE}")),
    ("arabic-half-paren", lazy(rf"^(\d{{1,3}})[)]{_SPACE}")),  # 1) nests under (1)
    # Roman numerals of more than one letter (II, IV, XII); a lone I, V or X is read as a letter here
    # and turned into a numeral when a II follows it (`structure.headings`).
    ("roman", lazy(rf"^(II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV)[.、]{_SPACE}(?=[^\s.])")),
    ("latin", lazy(rf"^([A-Z])[.、]{_SPACE}(?=[^\s.])")),
    ("latin-lower", lazy(rf"^([a-z])[.、](?=[ \t\u3000\u00a0]+[^\s.]|[^\x00-\x7f]){_SPACE}")),  # not 「e.g.」
    ("latin-paren", lazy(rf"^[(]([A-Za-z])[)]{_SPACE}")),
    ("latin-half-paren", lazy(rf"^([A-Za-z])[)]{_SPACE}")),
    ("circled", lazy(rf"^([\u2460-\u2473])[、.]?{_SPACE}")),  # ① … ⑳
    # 甲、 乙、 丙、 (天干): a family of its own; not 「甲、乙雙方」 (the parties of a contract named in a row)
    ("tiangan", lazy(rf"^([{TIANGAN}])、{_SPACE}(?![{TIANGAN}])")),
    # 「1 用户行为要求」: a number, a space, then a Chinese title (not a quantity: 「1 月」, 「3 个工作日」).
    ("arabic-space", lazy(rf"^(\d{{1,2}})[ \t\u3000\u00a0]+(?=[{HAN}])(?![{_UNITS}])")),
)
# 「2删除个人信息」: a number glued to its title, read only where the caller knows the line is a numbered
# paragraph (a DOCX paragraph in a run of them, `structure.headings`), in the style it gives; a quantity glued to its unit
# (「2021年」, 「3000元」, 「1天内」, 「3家合作方」, 「10余年」) is never one.
_GLUED_UNITS = _UNITS + "余餘多几幾来來套家类類级級层層期批字句段步轮輪笔筆件对對"
# ...unless the unit's character opens a title's word (「2个人信息的存储」, 「2日志信息的保存期限」, 「3分享与转让」, 「4位置信息」)
_TITLE_WORDS = (
    "个人|個人|日志|日誌|分享|分类|分類|位置|时间|時間|条款|條款|页面|頁面|部分|名称|名稱|号码|號碼|人脸|人臉|对外|對外|对于|對於"
    "|类型|類型|期限"
)
_GLUED = lazy(rf"^(\d{{1,2}})(?=[{HAN}])(?:(?![{_GLUED_UNITS}])|(?={_TITLE_WORDS}))")


class Number(NamedTuple):
    """A heading number: its label as written, style key, and where the title text starts."""

    label: str
    style: tuple[str, ...]
    rest: int  # offset in the text where the title proper starts


_STARTS = (
    "0123456789第(（"
    + CN_DIGITS
    + TIANGAN
    + "ABCDEFGHIJKLMNOPQRSTUVWXYZ０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "abcdefghijklmnopqrstuvwxyzａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ" + "".join(map(chr, range(0x2460, 0x2474)))
)
# ... and the look-alikes a PDF copy writes for them (⼀ U+2F00, ⼆ U+2F06, 六 U+F9D1): `fold` reads them as 一 二 六.
NUMBER_STARTS = frozenset(_STARTS) | {chr(cp) for cp, to in KANGXI.items() if chr(to) in _STARTS}


def parse_number(text: str, *, glued: tuple[str, ...] | None = None) -> Number | None:
    """Recognise a leading numbering label in `text` (original or folded).

    With `glued` (a style), a number written against its title (「2删除个人信息」) is a label
    too, of that style: the caller tells which (that of 「2. 」 or 「2、」 around it).
    """
    if not text or text[0] not in NUMBER_STARTS:
        return None  # most paragraphs: one set lookup instead of eight regex matches
    folded = fold(text)
    patterns = (*_PATTERNS, ("glued", _GLUED)) if glued else _PATTERNS
    for name, pattern in patterns:
        m = pattern.match(folded)
        if not m:
            continue
        rest = m.end()
        if rest >= len(folded.rstrip()):
            return None  # a bare number is not a heading label
        label = text[: m.end()].rstrip(" \t\u3000\u00a0")
        if name == "glued" and glued:
            style: tuple[str, ...] = glued
        elif name == "di":
            style = ("di", _unit(m.group(2)))
        elif name == "decimal":
            style = ("decimal", str(m.group(1).count(".") + 1))
        elif name in _FORMAL_STYLES and FORMAL_DIGITS.issuperset(m.group(1)) and m.group(1) != "零":
            style = (_FORMAL_STYLES[name],)
        else:
            style = (name,)
        return Number(label, style, rest)
    return None


def _unit(ch: str) -> str:
    """Fold Simplified/Traditional variants of 第…X units into one style."""
    return {"節": "节", "條": "条", "編": "编"}.get(ch, ch)


_DIGITS = lazy(r"\d+")


def number_value(number: Number) -> int | None:
    """The number's value from its label: its last Arabic numeral, else its Chinese numeral (「（二）」, 「貳、」 → 2); None when neither.

    Roman labels are read by `structure.headings.roman_value`.  Shared by `structure` (heading levels) and `load` (a
    <br>-split paragraph's first line titled by its siblings), which may not import from `structure`.
    """
    digits = _DIGITS.findall(fold(number.label))
    if digits:
        return int(digits[-1])
    if number.style == ("tiangan",):
        return TIANGAN.index(number.label.strip()[0]) + 1
    return chinese_number(re.sub(r"[^一二三四五六七八九十]", "", number.label.translate(_FORMAL_TO_ORDINARY)))
