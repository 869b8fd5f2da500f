"""Named laws as facts (data/lexicons/laws.tsv, `laws`): their aliases in either script, a country's laws, a foreign
law told from a domestic one, and a law's display name.
"""

from __future__ import annotations

import re
from functools import cache

from policylens import lexicon
from policylens.lazyre import lazy
from policylens.normalise import fold
from policylens.patterns import HAN_CHAR


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
