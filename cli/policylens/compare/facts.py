"""Facts that must agree in every edition, whatever its language, each with the section that holds it.

Contacts, the controller and the dates come from `structure.metadata` (the same extractors
as `parse`); this module adds numeric commitments (「45 天」 = "45 days", 「18 歲」 =
"18 years") and named laws (data/lexicons/laws.tsv), and gives every fact a comparison
key that ignores notation: 2021-03-30 = 2021年3月30日 = 【20210330】 = March 30, 2021.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import cache
from typing import Any, NamedTuple

from policylens import lexicon
from policylens.compare import versions
from policylens.compare.inputs import is_locale
from policylens.compare.months import month_dates
from policylens.diff.keys import url_key
from policylens.language_names import spoken_languages, written_names
from policylens.lazyre import lazy
from policylens.model import Document, Section
from policylens.normalise import fold
from policylens.patterns import HAN, HAN_CHAR, INVISIBLE, SENTENCE_MARKS, chinese_number
from policylens.spans import Taken
from policylens.structure.metadata import (
    ambiguous_numeric_dates,
    extract_contacts,
    find_dates,
    find_english_dates,
    find_numeric_dates,
    link_spans,
)

_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_FILE_SEPARATOR = re.compile(r"[._-]")

FACT_KINDS = ("email", "url", "phone", "controller", "date", "duration", "law", "language", "section-count", "version")
# Kinds a report's fact matrix shows only when an entry reads one (most policies state no version: `compare.versions`).
OPTIONAL_KINDS = frozenset({"version"})


class Fact(NamedTuple):
    """One fact of a document: kind, comparison key, value as written, first section holding it."""

    kind: str
    key: str
    value: str
    section: int | None  # index into Document.sections, None for the document as a whole
    detail: str | None = None  # "updated" / "effective" for dates
    weak: bool = False  # a single unit (「一年」, "a year"): matches a commitment of the other edition, never a divergence alone


_EN_NUMBER = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_ZH_UNITS = {
    "小時": "hour", "小时": "hour", "個工作日": "business day", "个工作日": "business day", "工作日": "business day",
    # Taiwan's 工作天 and 營業日 (「10 個工作天內」 = "10 business days": eval/editions46 peachfit, u46e)
    "個工作天": "business day", "个工作天": "business day", "工作天": "business day",
    "個營業日": "business day", "个营业日": "business day", "營業日": "business day", "营业日": "business day",
    # calendar days, as "3 calendar days" (「在察覺後 3 個日曆日內」: eval/editions49 buddy-lag, u49c)
    "個日曆日": "day", "个日历日": "day", "日曆日": "day", "日历日": "day",
    "天": "day", "日": "day", "週": "week", "周": "week", "星期": "week", "個月": "month", "个月": "month",
    "年": "year", "歲": "year", "岁": "year", "周歲": "year", "週歲": "year", "周岁": "year",
}  # fmt: skip
_ZH_DURATION = re.compile(
    r"([0-9]{1,4}|[〇零一二兩两三四五六七八九十百]{1,4})(?:\s*\(\s*\d{1,4}\s*\))?\s*(個日曆日|个日历日|日曆日|日历日|個工作日|个工作日|工作日|個工作天|个工作天|工作天|個營業日|个营业日|營業日|营业日|小時|小时|周歲|週歲|周岁|個月|个月|天|日|週|周|星期|年|歲|岁)"
)
_EN_WORDS = "|".join(sorted(_EN_NUMBER, key=len, reverse=True))
_EN_DURATION = re.compile(
    r"(?<![\w.])(\d{1,4}|(?:" + _EN_WORDS + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?:\s*\(\d{1,4}\))?"
    r"[\s-]+(?:(business|working|calendar)[\s-]+)?(hours?|days?|weeks?|months?|years?)\b",
    re.I,
)
# An age in digits or in words ("under the age of fourteen" = 「不滿十四周歲」: eval/editions29 emuinotice); "one" is no
# age (「a child under one」 is rare, "anyone under one roof" is not an age), so a word age starts at two.
_EN_AGE_NUMBER = r"(\d{1,2}|(?:" + _EN_WORDS + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
_EN_AGE = re.compile(
    r"\b(?:age|aged)\s+(?:of\s+)?" + _EN_AGE_NUMBER + r"\b"
    r"|\b(?:children|child|minors?|kids|persons?|individuals|users|anyone|people)\s+(?:who\s+are\s+)?(?:under|below|younger\s+than)\s+"
    + _EN_AGE_NUMBER
    + r"\b(?!-|\s*(?:%|percent|seconds?|minutes?|hours?|days?|weeks?|months?|years?))",  # (not "two-factor", "ten minutes")
    re.I,
)
# A second age right after an age, the other threshold of another law ("children under 13 (or 16, where applicable)",
# "under 13 or 16 in the EU" = 「13 岁（或当地法律规定的 16 岁）以下」: eval/editions43 imageharvest).
_EN_AGE_OR = re.compile(
    r" ?[(,]? ?or (?:under |below )?(\d{1,2})\b(?![\d.%-]| ?(?:percent|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)",
    re.I,
)
_EN_UNITS = {"hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year"}
# A range is one fact (「2-12歲」 = "ages 2-12", 「14至18周岁」 = "aged 14 to 18", 「6-12个月」 = "6-12 months"): read as its
# two ends it would be a lone 「12歲」 against an English edition that has no "12 years".  The unit may follow each end
# (「14周岁至18周岁」); a dash between years (「2020-2021年」) is no range of durations.
_ZH_NUM = r"([0-9]{1,3}|[〇零一二兩两三四五六七八九十百]{1,4})"
_ZH_UNIT = r"(個日曆日|个日历日|日曆日|日历日|個工作日|个工作日|工作日|個工作天|个工作天|工作天|個營業日|个营业日|營業日|营业日|小時|小时|周歲|週歲|周岁|個月|个月|天|日|週|周|星期|年|歲|岁)"
_ZH_RANGE = re.compile(_ZH_NUM + r" ?(?:" + _ZH_UNIT + r")? ?(?:[-–—~～至到]) ?" + _ZH_NUM + r" ?" + _ZH_UNIT)
_EN_RANGE = re.compile(
    r"(?<![\w.\-/])(\d{1,3}) ?(?:[-–—]| to ) ?(\d{1,3})[ -](?:(business|working|calendar)[ -])?(hours?|days?|weeks?|months?|years?)\b"
    r"|\b(?:ages|aged|age) (?:of )?(?:between )?(\d{1,2}) ?(?:[-–—]| to | and ) ?(\d{1,2})\b(?![-–—./]\d)"
    r"|\bbetween the ages of (\d{1,2}) and (\d{1,2})\b",
    re.I,
)
_NAME_PUNCT = re.compile(r"[\s,.，。（）()「」『』“”\"'’]")


def _en_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    total = 0
    for part in text.lower().split("-"):
        if part not in _EN_NUMBER:
            return None
        total += _EN_NUMBER[part]
    return total


def duration_key(number: int, unit: str) -> str:
    """The key of a duration as written: "45 day", "12 month", "2 year"."""
    return f"{number} {unit}"


def range_key(low: int, high: int, unit: str) -> str:
    """The key of a range of durations or ages: "2-12 year", "6-12 month"."""
    return f"{low}-{high} {unit}"


def same_duration(key: str) -> str:
    """The key two editions compare: whole years of months in years, so that 2 年 = "24 months" and 12 個月 = "1 year"."""
    number, _, unit = key.partition(" ")
    if unit == "month" and number.isdigit() and int(number) % 12 == 0:
        return f"{int(number) // 12} year"
    return key


# 半年 (half a year): six months.  「每半年」 ("every six months") is kept as "every six months" is.
_HALF_YEAR = re.compile(r"半年|半個月|半个月")


def durations(text: str) -> list[tuple[str, str]]:
    """Numeric commitments in `text` as (key, value as written): 「45 天」 and "45 days" share the key "45 day"."""
    return [(key, value) for key, value, weak in _durations(text) if not weak]


def weak_durations(text: str) -> list[tuple[str, str]]:
    """Single units (「一年」, "one year", "a year"): as often "each year" as a commitment; compared only against a commitment."""
    return [(key, value) for key, value, weak in _durations(text) if weak]


_EN_SINGLE = re.compile(r"(?<![\w.])(?:one|a|an|1)[\s-]+(?:(business|working|calendar)[\s-]+)?(hour|day|week|month|year)\b", re.I)


def _durations(text: str) -> list[tuple[str, str, bool]]:
    """(key, value as written, weak) of every duration in `text`."""
    folded = fold(text)
    taken = Taken(len(folded))
    for s, e, _ in (*find_dates(folded), *find_english_dates(folded)):
        taken.add(s, e)
    found: list[tuple[str, str, bool]] = []
    for key, start, end in _ranges(folded, taken):
        taken.add(start, end)
        found.append((key, folded[start:end], False))
    for m in _ZH_DURATION.finditer(folded):
        if taken.starts_or_ends_inside(m.start(), m.end()):
            continue
        number = chinese_number(m.group(1))
        unit = m.group(2)
        if number is None or number < 1:
            continue
        before = folded[max(0, m.start() - 1) : m.start()]
        if unit in ("年", "日") and (number >= 1000 or re.match(r"\s*\d{1,2}\s*[月日]", folded[m.end() :]) or before == "月"):
            continue  # a year or a day of the month, not a duration
        if unit == "日" and before in ("每", "第"):
            continue
        # 「一天」「一年」 are as often "some day", "each year" as a commitment: weak
        found.append((duration_key(number, _ZH_UNITS[unit]), m.group(0), number == 1))
    for m in _HALF_YEAR.finditer(folded):
        found.append((duration_key(6, "month") if m.group(0) == "半年" else duration_key(15, "day"), m.group(0), False))
    for m in _EN_DURATION.finditer(folded):
        if taken.holds(m.start()):
            continue
        number = _en_number(m.group(1))
        if not number:
            continue
        unit = _EN_UNITS[m.group(3).lower().rstrip("s")]
        if m.group(2) and m.group(2).lower() in ("business", "working") and unit == "day":
            unit = "business day"
        found.append((duration_key(number, unit), m.group(0), number == 1))  # "one day", like 「一天」: weak
    for m in _EN_SINGLE.finditer(folded):
        if taken.holds(m.start()):
            continue
        if m.group(0)[:1].isdigit() or m.group(0).lower().startswith("one"):
            continue  # found above
        unit = m.group(2).lower()
        if m.group(1) and m.group(1).lower() in ("business", "working") and unit == "day":
            unit = "business day"
        found.append((duration_key(1, unit), m.group(0), True))  # "a year"
    for m in _EN_AGE.finditer(folded):
        if taken.holds(m.start()) or taken.holds(m.end() - 1):
            continue  # an end of a range
        written = m.group(1) or m.group(2)
        number = _en_number(written)
        if number is None or (number < 2 and not written.isdigit()):
            continue
        found.append((duration_key(number, "year"), m.group(0), False))
        second = _EN_AGE_OR.match(folded, m.end())
        if second and not taken.holds(second.start(1)):
            found.append((duration_key(int(second.group(1)), "year"), folded[m.start() : second.end()], False))
    return found


def _ranges(folded: str, taken: Taken) -> list[tuple[str, int, int]]:
    """(key, start, end) of every range of durations or ages in `folded` that no date holds."""
    out: list[tuple[str, int, int]] = []
    for m in _ZH_RANGE.finditer(folded):
        if taken.overlaps(m.start(), m.end()):
            continue
        low, high, unit = chinese_number(m.group(1)), chinese_number(m.group(3)), m.group(4)
        if m.group(2) and _ZH_UNITS[m.group(2)] != _ZH_UNITS[unit]:
            continue  # 「3天至2周」: two durations, not one range
        if low is None or high is None or not 0 < low < high or (unit in ("年", "日") and high >= 1000):
            continue  # years of the calendar, or no range
        out.append((range_key(low, high, _ZH_UNITS[unit]), m.start(), m.end()))
    for m in _EN_RANGE.finditer(folded):
        if taken.overlaps(m.start(), m.end()) or any(s < m.end() and m.start() < e for _, s, e in out):
            continue
        if m.group(1):
            low, high, unit = int(m.group(1)), int(m.group(2)), _EN_UNITS[m.group(4).lower().rstrip("s")]
            if m.group(3) and m.group(3).lower() in ("business", "working") and unit == "day":
                unit = "business day"
        else:
            low, high, unit = int(m.group(5) or m.group(7)), int(m.group(6) or m.group(8)), "year"
        if not 0 < low < high:
            continue
        out.append((range_key(low, high, unit), m.start(), m.end()))
    return out


@cache
def _law_table() -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    """(folded alias → key, key → English name, one pattern for every alias) from data/lexicons/laws.tsv."""
    aliases: dict[str, str] = {}
    names: dict[str, str] = {}
    for row in lexicon.rows(lexicon.DATA / "laws.tsv"):
        names[row[0]] = row[1]
        for alias in (n.strip() for n in row[2].split("|")):
            if alias:
                aliases[fold(alias)] = row[0]
    parts = []
    for alias in sorted(aliases, key=len, reverse=True):  # longest first: "UK GDPR" before "GDPR"
        escaped = re.escape(alias)
        if alias.isascii():
            # whole words; acronyms (CCPA) by case, names ("General Data Protection Regulation") in any case, also in
            # the plural ("according to Personal Information Protection Laws": eval/editions27 zoracam)
            parts.append(rf"(?<![A-Za-z]){escaped if alias.isupper() else f'(?i:{escaped})s?'}(?![A-Za-z])")
        else:
            parts.append(escaped)
    return aliases, names, re.compile("|".join(parts))


# The generic names of the `pipl` row (PDPA, "Personal Data Protection Act", 个人资料保护法) are also other countries'
# acts: one that a sentence ties to such a country (「Singapore (PDPA)」, "PDPA 2010", "Personal Data Protection Act
# B.E. 2562", "… of Malaysia") is `FOREIGN_GENERIC`, so that China's or Taiwan's act in one edition and Singapore's in the
# other are two laws (eval/editions30 cutora: 《个人信息保护法》 against Singapore's, Thailand's and Malaysia's PDPA).
# Korea's and Japan's acts so named are their own rows (「韩国个人信息保护法」 is already `pipa-kr`).  Taiwan, Hong Kong and
# China are no such country: their acts are the row itself.
GENERIC_LAW = "pipl"
FOREIGN_GENERIC = "pdpa-other"
# Latin names as whole words, with their adjective (Korean, Japanese, Singaporean, Bangladeshi), not inside another word
# ("Indiana residents" is no Indian act).
_FOREIGN_COUNTRY = (
    r"(?<![A-Za-z])(?i:(?:Singapore|Malaysia|Thailand|Philippines|Indonesia|Vietnam|Viet\s+Nam|Sri\s+Lanka|India|Brunei"
    r"|Korea|Japan|Kenya|Nigeria|South\s+Africa|Ghana|Bangladesh)(?:n|ns|an|ese|ian|i)?)(?![A-Za-z])"
    r"|新加坡|马来西亚|馬來西亞|泰国|泰國|菲律宾|菲律賓|印尼|印度尼西亚|印度尼西亞|越南|斯里兰卡|斯里蘭卡|印度|文莱|汶萊|韩国|韓國|日本"
)
# A country before the name ties it when nothing ends the clause between them (「我们的服务器位于日本东京，我们遵守《中华人民
# 共和国个人信息保护法》」 is China's act), and no China, Taiwan or Hong Kong word comes between them (「在韩国遵守中国《个人信息
# 保护法》」); "… of the People's Republic of China" just after it keeps it the generic row as well.
_FOREIGN_BEFORE = lazy(rf"(?P<country>{_FOREIGN_COUNTRY})(?:['’]s)?(?P<gap>[^.。;；!?！？\n,，]{{0,25}})$")
# English words are longer: "Korea maintains a comprehensive data protection law (the Personal Information Protection
# Act)" = 「韓國訂有完整的資料保護法令（《個人資料保護法》）」 (eval/editions46 peachfit, u46e)
_FOREIGN_BEFORE_LATIN = lazy(rf"(?P<country>{_FOREIGN_COUNTRY})(?:['’]s)?(?P<gap>[^.。;；!?！？\n,，]{{0,60}})$")
_DOMESTIC = (
    r"(?<![A-Za-z])(?i:China|Chinese|PRC|P\.R\.C\.|People['’]s\s+Republic|Taiwan(?:ese)?|Hong\s+Kong|Maca[ou])(?![A-Za-z])"
    r"|中[国國]|中[华華]人民共[和与][国國]|[台臺][湾灣]|香港|澳[门門]"
)
_DOMESTIC_WORD = lazy(_DOMESTIC)
_DOMESTIC_AFTER = lazy(
    r"\s{0,4}(?i:of\s+(?:the\s+)?)(?:(?i:People['’]s\s+Republic\s+of\s+China|Republic\s+of\s+China)|China|PRC|P\.R\.C\.|Taiwan"
    r"|Hong\s+Kong)(?![A-Za-z])"
)
_FOREIGN_AFTER = lazy(
    rf"\s{{0,4}}(?:B\.\s?E\."
    rf"|(?i:of\s+(?:the\s+)?(?:Republic\s+of\s+)?)(?P<country>{_FOREIGN_COUNTRY})"
    rf"|[(（]\s{{0,4}}(?P<bracketed>{_FOREIGN_COUNTRY})\s{{0,4}}[)）])"
)
# An English PDPA name with a year is another country's act ("PDPA 2010", "Personal Data Protection Act 2012"), but not
# with China's year (2021) or a year Taiwan amended its act (2015, 2023: 「個人資料保護法 2023 年修正條文」); a Chinese name
# with a year is no evidence.
_FOREIGN_YEAR = lazy(r"\s{0,4}(?:19|20)\d\d\b(?<!2021)(?<!2015)(?<!2023)")
_PDPA_NAME = lazy(r"(?i)PDPA|Personal\s+Data\s+Protection")


@cache
def _country_laws() -> tuple[tuple[str, str], ...]:
    """(country as written in lower case, law key) of the rows in laws.tsv that are a country's act under the generic name
    (`pipa-kr`: 「韓國個人資料保護法」, `appi`: 「日本個人資料保護法」): the country is what such a Chinese name adds to a
    Chinese name of the generic row, and the English name's "(Country)"."""
    rows = list(lexicon.rows(lexicon.DATA / "laws.tsv"))
    generic = [a.strip() for row in rows if row[0] == GENERIC_LAW for a in row[2].split("|") if not a.strip().isascii()]
    out: dict[str, str] = {}
    for key, english, names in (row[:3] for row in rows):
        if key in (GENERIC_LAW, FOREIGN_GENERIC):
            continue
        countries = {a[: -len(g)] for a in (n.strip() for n in names.split("|")) for g in generic if a.endswith(g) and a != g}
        if countries:
            latin = re.search(r"\(([A-Za-z ]+)\)$", english)
            out.update(dict.fromkeys(countries | ({latin.group(1)} if latin else set()), key))
    return tuple((country.lower(), key) for country, key in out.items())


def _foreign(text: str, start: int, end: int) -> str | None:
    """The law key of the generic law name at text[start:end] when a country ties it to another country (before it in
    its clause, or just after): that country's row, or `FOREIGN_GENERIC`; None for the generic row itself."""
    if _DOMESTIC_AFTER.match(text, end):
        return None
    latin = text[start].isascii()
    before = _FOREIGN_BEFORE_LATIN if latin else _FOREIGN_BEFORE
    window = text[max(0, start - (80 if latin else 40)) : start]
    m = before.search(window)
    while m is not None and (nearer := before.search(window, m.end("country"))) is not None:
        m = nearer  # the country nearest the name
    if m is not None and _DOMESTIC_WORD.search(m.group("gap")):
        return None
    if m is None:
        m = _FOREIGN_AFTER.match(text, end)
    if m is None:
        return FOREIGN_GENERIC if _PDPA_NAME.match(text, start, end) and _FOREIGN_YEAR.match(text, end) else None
    country = (m.groupdict().get("country") or m.groupdict().get("bracketed") or "").lower()
    return next((key for name, key in _country_laws() if country.startswith(name)), FOREIGN_GENERIC)


def laws(text: str) -> list[tuple[str, str]]:
    """Named laws in `text` as (key, name as written), once per law."""
    aliases, _, pattern = _law_table()
    found: dict[str, str] = {}
    folded = fold(text)
    for m in pattern.finditer(folded):
        written = m.group(0)
        key = aliases.get(written) or _lower_aliases().get(written.lower()) or _lower_aliases().get(written.lower().removesuffix("s"))
        if key == GENERIC_LAW:
            key = _foreign(folded, m.start(), m.end()) or key
        if key:
            found.setdefault(key, m.group(0))
    if HAN_CHAR.search(folded):
        # a Chinese name in another region's wording (數據/資料/数据, 條例/规则…): through the diff's cross-script key
        keyed, keyed_pattern = _keyed_laws()
        keyed_text = _cross_key(folded)
        for m in keyed_pattern.finditer(keyed_text):
            key = keyed[m.group(0)]
            if key == GENERIC_LAW:
                key = _foreign(keyed_text, m.start(), m.end()) or key
            found.setdefault(key, m.group(0))
    return list(found.items())


def _cross_key(text: str) -> str:
    from policylens.diff.variants import cross_script_key

    return cross_script_key(text)


@cache
def _keyed_laws() -> tuple[dict[str, str], re.Pattern[str]]:
    """(cross-script key of every Chinese alias → law key, one pattern for them all)."""
    keyed = {_cross_key(alias): key for alias, key in _law_table()[0].items() if not alias.isascii()}
    return keyed, re.compile("|".join(re.escape(k) for k in sorted(keyed, key=len, reverse=True)))


@cache
def _lower_aliases() -> dict[str, str]:
    return {alias.lower(): key for alias, key in _law_table()[0].items()}


def law_name(key: str) -> str:
    """The English name of a law key."""
    return _law_table()[1].get(key, key)


def phone_key(phone: str) -> str:
    """Digits only; a +country code (86, 852, 853, 886, 1) and a trunk 0 dropped."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        for code in ("852", "853", "886", "86", "1"):
            if digits.startswith(code):
                digits = digits[len(code) :]
                break
    return digits.lstrip("0") or digits


# 'Inc.', 'Co., Ltd.': what a Latin company name may add or drop
_LATIN_NOISE = re.compile(r"\b(inc|llc|ltd|limited|co|corp|corporation|company|gmbh|s\.?a)\b")


def controller_key(name: str) -> tuple[str, str]:
    """(writing system, key): Chinese names in Simplified without punctuation; Latin names lower-cased without 'Co., Ltd.' noise."""
    compact = _NAME_PUNCT.sub("", fold(name))
    if any("\u3400" <= ch <= "\u9fff" for ch in compact):
        from policylens.script import count_script

        traditional, simplified = count_script(compact)
        # Taiwan phrasing to mainland phrasing too (資訊科技 → 信息技术), on Traditional names only:
        # on Simplified text tw2sp would rewrite words that are already mainland ones.
        return "cjk", _converter("tw2sp").convert(compact) if traditional > simplified else compact
    lowered = _LATIN_NOISE.sub("", fold(name).lower())
    return "latin", re.sub(r"[^a-z0-9]", "", lowered)


@cache
def _converter(config: str) -> Any:
    import opencc  # lazy: only compare needs it here

    return opencc.OpenCC(config)


def replace_dates(text: str, replacement: Callable[[str], str]) -> str:
    """`text` with every date in any notation (2021年3月30日, 民國110年3月30日, March 30, 2021, 03/30/2021…) replaced by `replacement(iso)`."""
    folded = fold(text)  # the extractors' positions are in the folded text, which has the same length
    spans = find_dates(folded) + find_english_dates(folded)
    taken = Taken(len(folded))
    for s, e, _ in spans:
        taken.add(s, e)
    spans += [d for d in find_numeric_dates(folded, None) if not taken.overlaps(d[0], d[1])]
    spans.sort()
    if any(spans[k][1] > spans[k + 1][0] for k in range(len(spans) - 1)):  # dates that overlap: one at a time, from the last
        for start, end, iso in reversed(spans):
            text = text[:start] + replacement(iso) + text[end:]
        return text
    pieces, last = [], 0  # joined once: one slice per date was quadratic on a line of 20,000 dates
    for start, end, iso in spans:
        pieces += [text[last:start], replacement(iso)]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def dates_in(text: str) -> frozenset[str]:
    """Every date `text` writes, in any notation (`replace_dates`), as ISO strings."""
    found: list[str] = []
    replace_dates(text, lambda iso: found.append(iso) or iso)
    return frozenset(found)


def same_but_date_notation(old: str, new: str, scripts: tuple[str | None, str | None] = (None, None)) -> bool:
    """Do two paragraphs differ only in how they write the same dates (民國110年3月30日 / 2021/03/30), script and regional
    wording aside?  With the sides' scripts known (`old` in `scripts[0]`), the one-way readings `diff` uses are read
    too (`variants.same_across_scripts`: a mainland 图像 is a Taiwan 圖片; forty-fourth session, u44d)."""
    from policylens.diff.variants import same_across_scripts

    if old == new:
        return False
    return same_across_scripts(replace_dates(old, str), replace_dates(new, str), scripts)


def section_text(section: Section) -> list[str]:
    """The title and paragraphs of a section, as a reader sees them: without invisible characters.

    (Twenty-first round, r21h.)  A zero-width space inside an e-mail address, a word joiner inside a phone number or a
    duration (「3\u200d0天」) hid the fact, and `compare` reported it absent from that edition: 「privacy@example.com →
    (absent)」 of an edition that shows the same address.
    """
    texts = ([section.title] if section.title else []) + [p.text for p in section.paragraphs]
    return [INVISIBLE.sub("", t) for t in texts] if any(INVISIBLE.search(t) for t in texts) else texts


def without_file_locale(key: str) -> str:
    """A URL key (`diff.keys.url_key`) without the locale its file name ends with: privacy_zh-Hant.html,
    privacy-en.html, terms.zh-TW.md → privacy.html, terms.md (not privacy-policy.html, about-us.html).

    (Twenty-third session, t23c.)  Each edition of a policy links to its own page (「规范在线版本：…/privacy_zh-Hans.html」,
    「…/privacy_zh-Hant.html」, "…/privacy_en.html"): one link in every edition, which `url_key` already folds when the
    locale is a path segment (/zh-tw/) or a query (?lang=en), and `compare` reported as a sure `url` divergence.
    """
    path, sep, query = key.partition("?")
    head, slash, last = path.rpartition("/")
    if not slash:
        return key
    stem, dot, ext = last.rpartition(".") if _EXTENSION.search(last) else (last, "", "")
    if dot and _file_locale(stem, ""):
        # a page named by its locale alone: …/account-deletion/en.html against …/account-deletion/zh-hant.html
        # (eval/editions46 peachfit, u46e)
        return f"{head}/{dot}{ext}{sep}{query}"
    for m in _FILE_SEPARATOR.finditer(stem):
        if m.start() > 0 and _file_locale(stem[m.end() :], stem[: m.start()]):
            return f"{head}/{stem[: m.start()]}{dot}{ext}{sep}{query}"
    return key


# Language codes that are English words or abbreviations too (…/say-hi.html, …/faq/no.html, …/help/it.html, the UK).
_WORD_CODES = frozenset({"it", "id", "no", "he", "hi", "ms", "ta", "ar", "uk", "el", "da", "pl", "nb", "fa"})
# The last word of a file name that names a policy page: a word code after it is its locale (privacy-policy-it.html,
# privacy.id.html, terms_he.md: eval/ and corpora/ link such pages), after any other word it is a word (say-hi.html).
_DOCUMENT_NAME = lazy(
    r"(?:^|[._-])(?:privacy|policy|policies|terms|tos|eula|legal|agreement|notice|cookies?|statement|conditions|"
    r"disclaimer|index|readme|gdpr|ccpa|license|licence)$",
    re.IGNORECASE,
)


def _file_locale(written: str, before: str) -> bool:
    """Is `written`, the end of a file name after `before` (empty: the whole name), the locale of a language edition?

    (u47e) A locale with a subtag (zh-Hant, pt_BR) or a code that is no English word (ja, fr, zh, en) is one anywhere;
    a code that is a word too (it, id, no, hi, he, uk…) only after the name of a policy page (privacy-it.html,
    privacy.id.html), never alone (…/faq/no.html, …/help/it.html: two pages, not one in two languages) nor after
    another word (…/say-hi.html)."""
    if not is_locale(written):
        return False
    if "-" in written.replace("_", "-") or written.lower() not in _WORD_CODES:
        return True
    return bool(before) and _DOCUMENT_NAME.search(before) is not None


def edition_url_key(url: str) -> str:
    """The comparison key of a URL across editions: `url_key`, and `without_file_locale`."""
    return without_file_locale(url_key(url))


def top_level(doc: Document) -> int:
    """The number of top-level titled sections (level 1)."""
    return sum(1 for s in doc.sections if s.title is not None and s.level == 1)


def section_facts(section: Section, chrome: frozenset[tuple[int, int]] = frozenset()) -> list[tuple[str, str, str]]:
    """(kind, key, value) of the contacts, durations and laws in one section's text, in order of kind.  `chrome`: the
    page-chrome paragraphs of its document (`Document.chrome`), whose laws are none of the policy's (u50l, eval/
    editions50 frames, found by m50w: a footer's per-locale compliance badge 「符合 PIPL」 / 「符合 PDPO」 / "CCPA/CPRA
    Compliant" outside `<main>` was a sure law divergence between identical policies)."""
    texts = section_text(section)
    if not texts:
        return []
    out: list[tuple[str, str, str]] = []
    emails, urls, phones, _ = extract_contacts(texts)
    out.extend(("email", email.lower(), email) for email in emails)
    out.extend(("url", edition_url_key(url), url) for url in urls)
    out.extend(("phone", phone_key(phone), phone) for phone in phones)
    joined = "\n".join(texts)
    out.extend(("duration", same_duration(key), value) for key, value in durations(joined))
    out.extend(("duration-weak", same_duration(key), value) for key, value in weak_durations(joined))
    if chrome and any((p.line, p.column) in chrome for p in section.paragraphs):
        kept = [section.title or ""] + [p.text for p in section.paragraphs if (p.line, p.column) not in chrome]
        joined = INVISIBLE.sub("", "\n".join(kept))
    out.extend(("law", key, value) for key, value in laws(joined))
    return out


_PROSE_WORD = re.compile(rf"[{HAN}]|[A-Za-z]{{2,}}")
# `](target)` of a Markdown link: a file or an address, no words of the paragraph's prose
_LINK_TARGET = re.compile(r"\]\([^()\s]*+\)")


# the marks that part the entries of a page's link row (「简体中文 · Technical Support · Terms of Use」)
# `\s*[·•|｜]\s*|\s+[/／]\s+`, its whitespace started only after a non-space (linear on long runs of spaces)
_LINK_ROW_MARK = re.compile(r"[·•|｜]\s*|(?<!\s)\s+(?:[·•|｜]\s*|[/／]\s+)")
# an entry of a link row: a few words (Han characters count half), no sentence mark
_LINK_ROW_ENTRY = 5
_SENTENCE_MARK = re.compile(rf"[{SENTENCE_MARKS}]|\.\s")


def link_list(text: str, names: Iterable[str]) -> bool:
    """Is `text` a row of short links, one of them a language's name alone: a page's language switcher beside its other
    links (「<a>简体中文</a> · <a>Technical Support</a> · <a>Terms of Use</a>」, eval/editions39 whyspend)?"""
    entries = [e.strip(" *_[]()") for e in _LINK_ROW_MARK.split(text.strip())]
    if len(entries) < 2 or not any(e.lower() == n.lower() for e in entries for n in names):
        return False
    return all(
        e
        and not _SENTENCE_MARK.search(e)
        and len(_PROSE_WORD.findall(e)) <= (2 * _LINK_ROW_ENTRY if HAN_CHAR.search(e) else _LINK_ROW_ENTRY)
        for e in entries
    )


# a paragraph naming this many languages with no sentence mark, no list mark and no conjunction (「English العربية Català … Deutsch …
# 日本語 … 简体中文繁體中文」, a <select>'s options joined by spaces) is a menu (eval/editions45 mindfulwork-lag, u45e)
_MENU_NAMES = 4
# The one language an edition of the policy itself is in: "This policy is provided in Korean for users in Korea" says what
# 「我們為韓國使用者提供…的韓文版」 says, which names an edition (「韓文版」), no language the service offers
# (eval/editions46 peachfit, u46e).
_EDITION_IN = lazy(
    r"(?i)\b(?:polic(?:y|ies)|notices?|statements?|documents?|terms)\s(?:is|are)\s(?:also\s)?"
    r"(?:provided|available|written|published|offered|drafted|prepared)\sin\s(?:the\s)?([a-z]+)\b"
    # (one language: "This policy is written in English and Chinese (Simplified)" lists the languages it exists in)
    r"(?!\s*+(?:[,/&]|and\b|or\b))"
    # a name in a language is no language offered either: "Covers the App Store listing RecCue (Simplified Chinese name
    # 提词Pro)" (eval/editions45 reccue-lag, held out: read after its run, u46e)
    r"|\b([a-z]+)\s(?:names?|titles?)\b"
    # the same in Chinese, the document the subject: 「本文件仅提供英文版本。」 says what "This document is available in English
    # only." says (eval/editions50c mytides, u50c); 「本應用程式提供英文版本」 (the app, eval/editions23 subskanri) and a list
    # (「本政策提供中英文版本」) still name languages
    r"|(?:本|此)(?:文件|文档|文檔|政策|隐私政策|隱私政策|隱私權政策|声明|聲明|协议|協議|条款|條款|须知|須知)"
    rf"[^{SENTENCE_MARKS}\n]{{0,8}}?"
    r"(?:提供|备有|備有|只有|仅有|僅有)(\w{1,2}?[文语語])(?=版)"
)
_LIST_MARK = re.compile(r"[,，、;；和或及与與]|\b(?:and|or)\b", re.I)


# a script or a region in brackets right after a language's name, as a switcher writes it: "Chinese (Traditional)",
# "Portuguese (Brazil)", 「中文（繁體）」 (eval/editions41 zipsoon-lag, u41c)
_QUALIFIER = r"(?:[ \t]?[(（]([^()（）\n]{1,24})[)）])?"
_QUALIFIER_WORDS = 2


def _qualifier_dropped(match: re.Match[str]) -> str:
    """A language's name and the script or region after it, gone; a bracket of more words (a clause) is kept."""
    inner = match.group(1)
    if inner is None or _SENTENCE_MARK.search(inner) or len(_PROSE_WORD.findall(inner)) > _QUALIFIER_WORDS:
        return " " + ("" if inner is None else f"({inner})")
    return " "


def prose_languages(text: str) -> dict[str, str]:
    """The languages a paragraph names in a sentence (「请使用英语、越南语或中文」), key → the words as written.

    A paragraph of language names alone, a switcher or a link list (「English 简体中文」, "Language: English"), names
    none: besides the names it must hold four Han characters or three English words (eval/editions28; u28c), a
    Markdown link's target not counted (「[English](PRIVACY.md) · [中文 README](README.zh-CN.md)」: eval/editions38
    chatgpt2doc, u38c), nor a script or region in brackets after a name ("Chinese (Simplified) Chinese (Traditional)
    Spanish … Portuguese (Brazil)", a <select>'s options: eval/editions41 zipsoon-lag, u41c).
    """
    named = spoken_languages(text)
    if not named:
        return {}
    editions = [(m.group(1) or m.group(2) or m.group(3)).lower() for m in _EDITION_IN.finditer(text)]
    if editions:
        lowered = text.lower()
        named = {k: v for k, v in named.items() if lowered.count(v.lower()) > editions.count(v.lower())}
        if not named:
            return {}
    rest = _LINK_TARGET.sub("]", text)
    if link_list(rest, named.values()):
        return {}
    if len(named) >= _MENU_NAMES and not _SENTENCE_MARK.search(text) and not _LIST_MARK.search(text):
        return {}  # a <select> of languages in their own names, joined by spaces: a menu, no sentence
    # every writing, not one a language: a <select> of 「繁體中文」「简体中文」「English」 kept 「简体中文」 (the second writing of
    # Chinese) as four Han characters of prose, and its languages became facts every other edition lacked (forty-sixth round)
    for value in written_names(text):
        rest = re.sub(re.escape(value) + _QUALIFIER, _qualifier_dropped, rest, flags=re.I)
    words = _PROSE_WORD.findall(rest)
    han = sum(1 for w in words if len(w) == 1 and not w.isascii())
    return named if han >= 4 or len(words) - han >= 3 else {}


def section_keys(section: Section) -> frozenset[tuple[str, str]]:
    """The (kind, key) of every fact in one section: what stays the same across languages."""
    return frozenset((kind, key) for kind, key, _ in section_facts(section) if kind != "duration-weak")


def document_facts(doc: Document) -> list[Fact]:
    """Every fact of `doc`, once per (kind, key), attributed to the first section that holds it."""
    facts: dict[tuple[str, str], Fact] = {}

    def add(kind: str, key: str, value: str, section: int | None, detail: str | None = None) -> None:
        facts.setdefault((kind, key if detail is None else f"{detail}:{key}"), Fact(kind, key, value, section, detail))

    weak: dict[str, Fact] = {}
    for index, section in enumerate(doc.sections):
        for kind, key, value in section_facts(section, doc.chrome):
            if kind == "duration-weak":
                weak.setdefault(key, Fact("duration", key, value, index, weak=True))
            else:
                add(kind, key, value, index)
    for key, fact in weak.items():
        facts.setdefault(("duration", key), fact)  # only where no commitment has that key
    for index, section in enumerate(doc.sections):
        for paragraph in section.paragraphs:
            for key, value in prose_languages(paragraph.text).items():
                add("language", key, value, index)
    emails = [key for kind, key in facts if kind == "email"]
    # (u50c) each address's labels and proper suffixes looked up in a set: every address tried against every other was
    # 3 million steps for three editions of 1,000 addresses (benchmarks/bench_compare_scale.py); the same answers
    known = frozenset(emails)
    words: set[str] | None = None
    for key in emails:
        if glued_label(key, known):
            del facts[("email", key)]
        elif any(key[i:] in known for i in range(1, len(key))):
            words = _prose_words(doc) if words is None else words
            if glued_word(key, emails, words):
                del facts[("email", key)]
    meta = doc.metadata
    for detail, iso in (("updated", meta.updated), ("effective", meta.effective)):
        if iso:
            add("date", iso, iso, _section_with_date(doc, iso), detail)
    for detail, key, value, index in month_dates(doc):  # "Last updated: May 2026" (u51e)
        add("date", key, value, index, detail)
    if meta.controller:
        system, key = controller_key(meta.controller)
        add("controller", f"{system}:{key}", meta.controller, _section_with(doc, meta.controller))
    count = top_level(doc)
    add("section-count", str(count), str(count), None)
    if stated := versions.document_version(doc):  # "Version: 1.2" / 「版本：1.3」 (u55e)
        add("version", *stated)
    return list(facts.values())


# Labels a page runs into the address after them: <strong>Support email</strong><a>support@…</a> reads "emailsupport@…"
_EMAIL_LABELS = frozenset({"email", "e-mail", "mail", "mailto", "contact", "address"})


def glued_label(address: str, others: Collection[str]) -> bool:
    """Is `address` (lower case) a label run into another address of the same document: emailsupport@example.cn
    beside support@example.cn?  Then it is that address written once more, not an address of its own.  (Each label
    taken off the front and the rest looked up: a set of `others` answers in constant time.)"""
    return any(address.startswith(label) and address[len(label) :] in others for label in _EMAIL_LABELS)


# A word of prose run into an address by a page's markup: at least this many letters.
_MIN_GLUED_WORD = 4
_GLUE_WORD = lazy(r"(?<![A-Za-z0-9@._-])[a-z]+(?![A-Za-z0-9@])")


def _prose_words(doc: Document) -> set[str]:
    """The lower-case words `doc` writes on their own (not inside an address or a name)."""
    return {m.group(0) for section in doc.sections for p in section.paragraphs for m in _GLUE_WORD.finditer(p.text)}


def glued_word(address: str, others: list[str], words: set[str]) -> bool:
    """Is `address` (lower case) a word of the document's prose run into another address it writes?

    (u47e) A footer's last word and the e-mail link after it, in two inline elements with nothing between them
    (`<span>Official help and privacy information</span><a href="mailto:stark…">stark…</a>`), read as
    "informationstark.888889@gmail.com" beside the plain stark.888889@gmail.com of the contact section
    (eval/editions47 changscan): the same address written once more.  The word must be one the document writes on its
    own elsewhere, of four letters or more: jsmith@ beside smith@ are two people, and so is marysmith@."""
    for o in others:
        if address != o and address.endswith(o):
            prefix = address[: -len(o)]
            if len(prefix) >= _MIN_GLUED_WORD and prefix.isalpha() and prefix in words:
                return True
    return False


def unglue_emails(facts: list[Fact], other_facts: list[Fact]) -> list[Fact]:
    """`facts` with each e-mail that is a label run into an address of the other edition keyed as that address.

    One edition's page runs its label into the address ("Support emailnana@…", "Privacy contactnana@…") where the
    other edition's label is Chinese (支援信箱nana@…, which the extractor stops at): the same address, written once
    more, not an address of its own (twenty-sixth session, eval/editions26 savemate).  Within one document
    `document_facts` already drops a glued address whose plain form it also writes; this is the same rule across two
    editions of one product.
    """
    plain: dict[str, int] = {}  # each address of the other edition, by its first place (the first that fits wins)
    for f in other_facts:
        if f.kind == "email":
            plain.setdefault(f.key, len(plain))
    out: list[Fact] = []
    seen: set[str] = set()
    for f in facts:
        if f.kind == "email" and f.key not in plain:
            # the address with each label taken off its front (`glued_label`), looked up: not every address tried
            fits = [o for label in _EMAIL_LABELS if f.key.startswith(label) and (o := f.key[len(label) :]) in plain]
            if fits:
                f = f._replace(key=min(fits, key=plain.__getitem__))
        if f.kind == "email":
            if f.key in seen:
                continue
            seen.add(f.key)
        out.append(f)
    return out


def ambiguous_dates(doc: Document) -> set[str]:
    """Both readings (ISO) of every numeric date `doc` could not read: 03/01/2024 is 1 March or 3 January.

    `parse` reads such a date only when another date of the document settles the order; an
    edition whose "Last updated: 03/01/2024" was not read may still agree with its base.
    """
    return {iso for section in doc.sections for text in section_text(section) for iso in ambiguous_numeric_dates(text)}


def _section_with_date(doc: Document, iso: str) -> int | None:
    for index, section in enumerate(doc.sections):
        for text in section_text(section):
            if replace_dates(text, lambda found: "\x00" if found == iso else found) != text:
                return index
    return None


def _section_with(doc: Document, value: str) -> int | None:
    return next((i for i, s in enumerate(doc.sections) if any(value in t for t in section_text(s))), None)


# -- Across scripts: one controller, one law, whatever the region's wording ------------------


def _is_traditional(name: str) -> bool:
    from policylens.script import count_script

    traditional, simplified = count_script(name)
    return traditional > simplified


def same_controller(base_name: str, other_name: str) -> bool:
    """Do two controller names, as written, name one company?

    Equal keys (OpenCC, punctuation and width aside), or, when exactly one name is written in
    Traditional characters, equal `diff` cross-script keys: 北京日轩信息科技有限公司 =
    北京日軒資訊科技有限公司 (資訊 is the Taiwan word for 信息 inside a legal name). Two names in
    the same script are compared letter for letter, so 信息科技 and 信息技术 stay two companies.
    """
    (system_a, key_a), (system_b, key_b) = controller_key(base_name), controller_key(other_name)
    if system_a != system_b:
        return False
    if key_a == key_b:
        return True
    if system_a != "cjk":
        return False
    compact_a, compact_b = (_NAME_PUNCT.sub("", fold(n)) for n in (base_name, other_name))
    if _is_traditional(compact_a) == _is_traditional(compact_b):
        return False
    from policylens.diff.keys import to_simplified
    from policylens.diff.variants import cross_script_key

    return cross_script_key(to_simplified(compact_a)) == cross_script_key(to_simplified(compact_b))


def names(text: str, name: str) -> bool:
    """Does `text` (a whole edition) write the company `name` (a controller as `document_facts` read it) anywhere?

    Latin names letter for letter, case, punctuation and 'Inc.' noise aside; Chinese names on their `controller_key`
    (Simplified, Taiwan phrasing folded).  A controller that the other edition names too is no controller of its own:
    `metadata` read a different party of the same list in each edition (IPinfo Inc. / Bilibili Inc., two providers
    both editions name; twenty-sixth session, eval/editions26 netpulse).
    """
    system, key = controller_key(name)
    if not key:
        return False
    if system == "latin":
        words = [w for w in re.split(r"[^a-z0-9]+", _LATIN_NOISE.sub(" ", fold(name).lower())) if w]
        return (
            bool(words)
            and re.search(r"(?<![a-z0-9])" + r"[^a-z0-9]*".join(map(re.escape, words)) + r"(?![a-z0-9])", fold(text).lower()) is not None
        )
    return key in controller_key(text)[1]


def reconcile(base_facts: list[Fact], other_facts: list[Fact]) -> list[Fact]:
    """`other_facts` with its controller keyed as the base's when both name one company across scripts."""
    base_names = [f for f in base_facts if f.kind == "controller"]
    if not base_names:
        return other_facts
    base = base_names[0]
    return [
        f._replace(key=base.key) if f.kind == "controller" and f.key != base.key and same_controller(base.value, f.value) else f
        for f in other_facts
    ]


# -- A line found in one edition only ---------------------------------------------------------

_DIGITS = re.compile(r"\d+")
_ENTITY_ZH = re.compile(rf"([{HAN}]{{2,12}}?)(?:股份有限公司|有限責任公司|有限责任公司|有限公司|集團|集团)")
_ENTITY_LATIN = re.compile(r"(?<=[\w.,] )(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation)\b")  # the name is the text before it


def line_facts(text: str) -> set[str]:
    """What a line carries that must agree in every edition, as keys: e-mail addresses, URLs,
    phones and every number of three digits or more (a registration 「京ICP备12345678号」, a
    licence, an amount), and the parties it names (…有限公司, "… Inc.", through the cross-script key)."""
    folded = fold(text)
    emails, urls, phones, _ = extract_contacts([text])  # (it folds; an address ends where the text as written says)
    keys = {f"email:{e.lower()}" for e in emails} | {f"url:{edition_url_key(u)}" for u in urls} | {f"phone:{phone_key(p)}" for p in phones}
    # the numbers outside the addresses: an address ran to the next white space, and took with it what Chinese text
    # followed it (「详见 https://a.cn，我们保存 180 天」 lost its 180)
    without_links = folded
    for start, end in link_spans(text):
        without_links = without_links[:start] + " " * (end - start) + without_links[end:]
    keys |= {f"number:{d.lstrip('0') or '0'}" for d in _DIGITS.findall(without_links) if len(d.lstrip("0")) >= 3}
    # a party by the core of its name: the six characters before 有限公司 (「…由北京日轩信息科技」 → 日轩信息技术 once keyed)
    keys |= {f"party:{_cross_key(m.group(1))[-6:]}" for m in _ENTITY_ZH.finditer(folded)}
    for m in _ENTITY_LATIN.finditer(folded):
        core = re.sub(r"[^a-z0-9]", "", re.sub(r"(?i)\bco\b", "", folded[max(0, m.start() - 40) : m.start()]).lower())[-12:]
        if core:
            keys.add(f"party:{core}")
    return keys


def document_line_facts(doc: Document) -> set[str]:
    """`line_facts` of every title and paragraph of `doc`, and each party's name found anywhere in its text."""
    return {key for section in doc.sections for text in section_text(section) for key in line_facts(text)}


def holds(doc_keys: set[str], doc_text: str, key: str) -> bool:
    """Does a document hold the fact `key` of a line: among its facts, or (a party's core, a number) anywhere in its keyed text?"""
    if key in doc_keys:
        return True
    kind, _, value = key.partition(":")
    if kind == "party":
        return value in doc_text or value in re.sub(r"[^a-z0-9]", "", doc_text.lower())
    return kind == "number" and value in doc_text


def one_sided_fact(changes: list[dict[str, Any]], base: Document, other: Document) -> bool:
    """Is one of `changes` a line present in one edition only that carries a fact the other edition
    does not hold anywhere (an ICP filing line 「京ICP备…号」, an e-mail, a URL, a party)?

    Such a line is a confident divergence even between two independent translations, where the
    surrounding rewording is only unsure: a translator rewords, but does not invent a registration.
    """
    cache: dict[bool, tuple[set[str], str]] = {}

    def side(in_base: bool) -> tuple[set[str], str]:
        if in_base not in cache:
            doc = base if in_base else other
            text = "\n".join(t for s in doc.sections for t in section_text(s))
            cache[in_base] = (document_line_facts(doc), _cross_key(fold(text)))
        return cache[in_base]

    for change in changes:
        if change.get("variant") or change["op"] not in ("insert", "delete"):
            continue
        text = change["new_text"] if change["op"] == "insert" else change["old_text"]
        keys = line_facts(text or "")
        if keys:
            doc_keys, doc_text = side(change["op"] == "insert")  # an inserted line is missing from the base
            if any(not holds(doc_keys, doc_text, key) for key in keys):
                return True
    return False
