"""The locale tables of a catalogue module (`zh_CN`, `zh_TW`, `en` side by side): where each table begins and ends
and the script its tag names (`locale_tables`, read by `rules.script_mixed`), and the strings keyed by a Chinese locale
tag or English (`keyed_strings`).
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.normalise import split_lines

# A locale tag: zh_CN, zhHant, zh-TW, hk, en, en-GB, ja…
_CHINESE_TAG = r"""zh(?:[-_]?(?:hans|hant|cn|tw|hk|mo|sg)(?:[-_](?:cn|tw|hk|mo|sg))?)?|(?:cn|tw|hk)"""
_LOCALE_TAG = (
    _CHINESE_TAG + r"""|(?:en|ja|ko|fr|de|es|it|pt|ru|ar|tr|vi|th|id|ms|nl|pl|sv|da|fi|nb|he|hi|uk|cs|hu|el|ro|bg|hr|sk|fa"""
    r"""|bn|ta|ur)(?:[-_][A-Za-z]{2,4})?"""
)
# A locale table's key: "zh_CN": {, zhHant: {, 'zh-TW': {, en: {, ja: {
_TABLE = lazy(rf"""^[ \t]*+["']?(?P<tag>{_LOCALE_TAG})["']?[ \t]*(?::|=>)[ \t]*[{{\[]""", re.IGNORECASE)
# (lead, eval/blind/round53q growhub-hk-ts) ... or a module's constant named by its tag: `const zhHK: Dict = {`,
# `export const en = {`, `const ja: Dict = {` (its Japanese table's 会社概要 was held to the zh-HK table's script: 5 false
# `script-mixed` errors)
_DECLARED_TABLE = lazy(
    rf"""^[ \t]*+(?:export[ \t]++)?(?:const|let|var)[ \t]++(?P<tag>{_LOCALE_TAG})(?:[ \t]*+:[^=\n{{]{{1,60}}+)?[ \t]*+=[ \t]*+[{{\[]""",
    re.IGNORECASE,
)
# (u42k) One string given in each locale, keyed by its tag: `"zh-Hant": "…",`, `en: '…'`, or the tag alone with the
# string on the next line (a content module whose every title and paragraph is an object of its editions:
# eval/blind/round42 busiscoming-hk-ts, 14 false `script-mixed` errors on its zh-Hans strings held to zh-Hant); only
# a Chinese tag or English, so that `id: "scope"` (Indonesian's tag) stays a key
_LEAF = lazy(rf"""^[ \t]*+["']?(?P<tag>{_CHINESE_TAG}|en(?:[-_][A-Za-z]{{2,4}})?)["']?[ \t]*:[ \t]*(?P<q>["'`]|$)""", re.IGNORECASE)
# (u42k2) The same, anywhere on a line, its string whole: `{ "zh-Hant": "私隱政策", "zh-Hans": "隐私政策", en: "…" }`, several
# editions on one line, which `_LEAF` (a key at the start of its line) does not split (`keyed_strings`)
_KEYED = lazy(
    rf"""(?<![\w$-])["']?(?P<tag>{_CHINESE_TAG}|en(?:[-_][A-Za-z]{{2,4}})?)["']?[ \t]*:[ \t]*"""
    r"""(?:"(?P<d>[^"\\\n]*+(?:\\.[^"\\\n]*+)*+)"|'(?P<s>[^'\\\n]*+(?:\\.[^'\\\n]*+)*+)'|`(?P<b>[^`\\]*+(?:\\.[^`\\]*+)*+)`)""",
    re.IGNORECASE,
)
_HANT_TAG = lazy(r"(?i)hant|tw|hk|mo")
_HANS_TAG = lazy(r"(?i)^(?:zh|cn)")


def locale_tables(text: str) -> tuple[tuple[int, int, str], ...]:
    """The locale tables of a script module or a React page that is not read as a catalogue (a `.tsx` hook whose
    `translations` object holds a zh-HK, a zh-CN and an English dictionary, its policy a template literal in each:
    eval/blind/round39d hkchat-tsx, 346 false `script-mixed` errors when read as one document): see `_tables`."""
    return tuple(_tables(split_lines(text)))


def _tables(lines: list[str]) -> list[tuple[int, int, str]]:
    """(first line, last line, script) of each locale table: `hans`, `hant`, `zh` (a bare `zh`: either script), or
    `other` (another language); none unless two tables, one of them Chinese."""
    tables: list[tuple[int, int, str]] = []
    leaves: list[tuple[int, int, str]] = []
    n = 0
    while n < len(lines):
        m = _TABLE.match(lines[n]) or _DECLARED_TABLE.match(lines[n])
        if m is None:
            leaf = _LEAF.match(lines[n])
            if leaf is not None:
                end = _leaf_end(lines, n, leaf.group("q"))
                leaves.append((n + 1, end + 1, _tag_script(leaf.group("tag"))))
                n = end + 1
                continue
            n += 1
            continue
        script = _tag_script(m.group("tag"))
        depth, end = 0, n
        for k in range(n, len(lines)):
            depth += lines[k].count("{") + lines[k].count("[") - lines[k].count("}") - lines[k].count("]")
            end = k
            if depth <= 0:
                break
        tables.append((n + 1, end + 1, script))
        n = end + 1
    if len({t[2] for t in leaves} - {"other"}) >= 2:  # strings given in both Chinese scripts: editions side by side
        tables = sorted(tables + leaves)
    chinese = sum(1 for t in tables if t[2] != "other")
    return tables if len(tables) >= 2 and chinese else []


def keyed_strings(text: str, *, both: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, script) of each string of `text` keyed by a Chinese locale tag or English (`"zh-Hant": "…"`,
    `zh_CN: '…'`, `en: `…``; script as `_tag_script`); with `both`, only when strings of both Chinese scripts are
    among them: editions side by side, several on a line (a content module of one-line objects); else none."""
    found: list[tuple[int, int, str]] = []
    for m in _KEYED.finditer(text):
        group = "d" if m.group("d") is not None else "s" if m.group("s") is not None else "b"
        found.append((m.start(group), m.end(group), _tag_script(m.group("tag"))))
    return found if not both or {"hant", "hans"} <= {script for _, _, script in found} else []


def _tag_script(tag: str) -> str:
    """A locale tag's script: `hant`, `hans`, `zh` (a bare `zh`: either script, held to the script its text uses by
    `rules.script_mixed`), or `other` (another language)."""
    if tag.lower().startswith(("zh", "tw", "hk")) and _HANT_TAG.search(tag):
        return "hant"
    if tag.lower() == "zh":
        return "zh"
    return "hans" if _HANS_TAG.search(tag) else "other"


def _leaf_end(lines: list[str], n: int, quote: str) -> int:
    """The last line of a string keyed by its locale on line `n` (`_LEAF`): the next line when the key stands alone, the
    line that closes a template literal opened on line `n`, else line `n`."""
    if not quote:
        return min(n + 1, len(lines) - 1)
    if quote == "`" and lines[n].count("`") % 2:
        for k in range(n + 1, len(lines)):
            if "`" in lines[k]:
                return k
    return n
