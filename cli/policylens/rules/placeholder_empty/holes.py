"""The holes of placeholder-empty: what is left where a name or number was deleted from a filled-in text (简称“”,
由股份有限公司, dpo@.com, https://.com, 第條, 本应用由（以下简称“我们”）), with the tests that tell a hole from a name
(資本有限公司, 本公司) and the span each finding covers."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.rules.around import rstripped
from policylens.rules.base import Rule
from policylens.rules.context import Context
from policylens.rules.placeholder_empty.characters import _is_cjk
from policylens.rules.placeholder_empty.slots import _SPACE

# Holes left where a name or number was deleted from a filled-in text: 简称“”, 由股份有限公司,
# dpo@.com, https://.com, 第條.  Each alternative starts with a literal or a one-character class.
_HOLE = lazy(
    rf"“{_SPACE}*”|‘{_SPACE}*’|[称稱为為]\"\""
    # a company suffix with nothing before it (checked in `_is_hole`; 本公司 is normal: 公司 alone is not taken)
    r"|(?P<company>股份有限公司|有限責任公司|有限责任公司|有限公司)"
    # an e-mail address or URL whose host is missing: dpo@.com, privacy@.cn, https://.com, www..com
    r"|@\.[A-Za-z]{2,}(?:\.[A-Za-z]{2,})?(?![A-Za-z0-9_-])"
    # …or with no host at all: privacy@。, support@ 与我们联系 (a local part, then nothing a host can start with)
    r"|@(?<=[A-Za-z0-9._+-]@)(?![A-Za-z0-9\[【［(（{<\-.@ＸｘＯ○])"
    # …or without its local part, right after a label: 邮箱：@example-co.com, mailto:@example-co.com
    r"|@(?:(?<=[：:]@)|(?<=[：:][ \u3000]@))[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.[A-Za-z]{2,}(?![A-Za-z0-9_-])"
    r"|h(?<![A-Za-z0-9_.]h)ttps?://(?:www\.)?\.[A-Za-z]{2,}(?:\.[A-Za-z]{2,})?(?![A-Za-z0-9_-])"
    r"|w(?<![A-Za-z0-9_.]w)ww\.\.[A-Za-z]{2,}(?:\.[A-Za-z]{2,})?(?![A-Za-z0-9_-])"
    # a citation without its number: 第條, 第 款, 第項, 第X条 (not 次第, 等第)
    rf"|第(?<![次等]第){_SPACE}*(?:(?:[XxＸｘ]{{1,3}}|[_＿]{{1,8}}){_SPACE}*)?[條条款項项章節节]"
    # a definition whose name was deleted: 本应用由（以下简称“我们”）, 与（以下簡稱「本公司」） (checked in `_bare_suffix`)
    # (only the bracket is matched, so that 简称"" after it is still seen)
    r"|(?P<defined>[（(](?=以下(?:简称|簡稱|统称|統稱|称|稱)))"
)


# the function words after which a bare 有限公司 is a hole: 由股份有限公司, 本有限公司, 您與有限公司…
_BEFORE_BARE_SUFFIX = frozenset("由與与本向被，,：:「“《（(")
# 本 as a determiner ("this"), not the end of a name: 使用本有限公司, 由本有限公司
_BEFORE_DETERMINER = frozenset("用由与與对對向在是为為经經和及或受请請系即指于於")
# …unless the function word ends a word that itself ends a company's name: 冈本有限公司, 資本有限公司, 自由有限公司
_NAME_ENDINGS = frozenset(
    [
        "资本",
        "資本",
        "日本",
        "冈本",
        "岡本",
        "成本",
        "根本",
        "版本",
        "基本",
        "文本",
        "样本",
        "樣本",
        "脚本",
        "腳本",
        "范本",
        "範本",
        "原本",
        "蓝本",
        "藍本",
        "标本",
        "標本",
        "副本",
        "正本",
        "书本",
        "書本",
        "课本",
        "課本",
        "宫本",
        "宮本",
        "山本",
        "松本",
        "坂本",
        "桥本",
        "橋本",
        "自由",
        "理由",
        "经由",
        "經由",
        "缘由",
        "緣由",
        "事由",
        "来由",
        "來由",
        "因由",
        "原由",
        "情由",
        "参与",
        "參與",
        "给与",
        "給與",
        "赋与",
        "賦與",
        "授与",
        "授與",
        "方向",
        "导向",
        "導向",
        "志向",
        "走向",
        "指向",
        "面向",
        "动向",
        "動向",
        "风向",
        "風向",
        "意向",
        "取向",
        "定向",
        "倾向",
        "傾向",
        "双向",
        "雙向",
        "单向",
        "單向",
        "横向",
        "橫向",
        "纵向",
        "縱向",
        "逆向",
        "转向",
        "轉向",
        "去向",
        "外向",
        "内向",
        "內向",
        "棉被",
    ]
)


def _local_part_start(text: str, at: int) -> int:
    """Where the local part of an e-mail address ending at `at` (its @) starts (at most 64 characters back; ASCII, as
    `patterns.EMAIL` reads it: 「并可向service@」 is 「service@」)."""
    start = at
    while start > max(0, at - 64) and text[start - 1].isascii() and (text[start - 1].isalnum() or text[start - 1] in "._+-"):
        start -= 1
    return start


# words of a company's name that are not the name itself: 由科技有限公司, 由网络科技有限公司 lost their name
_GENERIC_NAME_WORDS = (
    "科技",
    "网络",
    "網絡",
    "網路",
    "信息",
    "資訊",
    "技术",
    "技術",
    "软件",
    "軟件",
    "軟體",
    "电子",
    "電子",
    "数据",
    "數據",
    "智能",
    "互联网",
    "互聯網",
    "文化",
    "传媒",
    "傳媒",
    "贸易",
    "貿易",
)


def _name_start(text: str, start: int) -> int:
    """Where a company's name would start: back over blanks and generic words (科技, 网络) from `start`."""
    i = start
    while True:
        while i > 0 and text[i - 1] in " \t\u3000":
            i -= 1
        word = next((w for w in _GENERIC_NAME_WORDS if text.startswith(w, i - len(w)) and i >= len(w)), None)
        if word is None:
            return i
        i -= len(word)


def _bare_suffix(text: str, start: int) -> bool:
    """有限公司 with no name before it: at the start of its text, or after a function word that ends no word."""
    name = _name_start(text, start)
    if name == 0 and name != start:
        return False  # 科技有限公司 opening a line: the rest of a name broken over two lines
    start = name
    if start == 0:
        return True
    if text[start - 1] not in _BEFORE_BARE_SUFFIX or text[max(0, start - 2) : start] in _NAME_ENDINGS:
        return False
    if text[start - 1] == "本" and start >= 2 and _is_cjk(text[start - 2]):
        return text[start - 2] in _BEFORE_DETERMINER  # 使用本有限公司 (not 藤本有限公司: a name)
    return True


def holes(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """Every hole left where a name or number was deleted (`_HOLE`), from its local part, name or quotes."""
    for unit, start, end, m in ctx.scan(_HOLE):
        if m.group(0) == "@" and unit.text[start - 1 : start] == "_" and unit.text[start + 1 : start + 2] == "_":
            continue  # ______@______.com: one blank address, reported with its blanks above
        if m.group("defined") and start == 0:
            continue  # a definition continued from the line before, in a text that breaks lines
        if ctx.shown_in(unit, start, end):
            continue  # service@<%=domain%>, 简称“<?php echo $name ?>”: the page shows the value there
        if (m.group("company") or m.group("defined")) and not _bare_suffix(unit.text, start):
            continue  # a company's full name: 深圳市某科技有限公司; 本应用（以下简称…）
        if (m.group("company") or m.group("defined")) and ctx.shown_in(
            unit, max(0, rstripped(unit.text, start, " \t\u3000") - 1), start + 1
        ):
            continue  # (u47k2, precision47 kecheng-tw-jsx) 「使用 ${name}（以下簡稱本服務）」: the page prints the name before it
        if m.group("company"):
            start = _name_start(unit.text, start)  # 由网络科技有限公司: the generic words are part of the hole
            start += len(unit.text[start:end]) - len(unit.text[start:end].lstrip(" \t\u3000"))
        if m.group("defined"):
            end = start + (5 if unit.text[start + 3 : start + 5] in ("简称", "簡稱", "统称", "統稱") else 4)  # （以下简称
        if m.group(0)[0] in "称稱为為":
            start += 1  # 简称"": the quotes are the hole
        if m.group(0) == "@" or m.group(0).startswith("@."):
            start = _local_part_start(unit.text, start)  # dpo@.com, from its local part
        yield rule.finding(ctx, unit, start, end, slot=unit.text[start:end])
