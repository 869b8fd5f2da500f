"""script-mixed: Simplified-only characters in a Traditional document, or the reverse."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from pathlib import PurePath

from policylens.language_names import LANGUAGE_NAMES
from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.opencc_data import read_dictionary
from policylens.patterns import HAN, HAN_CHAR, KANA, SENTENCE_MARKS
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit
from policylens.rules.lookup_key import in_lookup_key
from policylens.script import count_script, script_pattern


@cache
def _converter(script: str) -> dict[str, str]:
    """Character map from the foreign script to the document's script (OpenCC's first choice)."""
    name = "STCharacters.txt" if script == "hant" else "TSCharacters.txt"
    return {k: v[0] for k, v in read_dictionary(name).items() if len(k) == 1}


# The names of the written forms of Chinese, as a language menu or an edition note writes them:
# each in its own script by convention (「繁體中文」 in a Simplified page's language switcher).
_LANGUAGE_NAME = lazy(
    r"(?:繁體|正體|繁体|正体|简体|簡體)(?:中文|字)?(?:[（(](?:台灣|臺灣|香港|澳門|台湾|澳门)[)）])?"
    r"|中文[（(](?:繁體|正體|简体|簡體|台灣|臺灣|香港|澳門|台湾|澳门)[)）]"
)
# A heading that names one edition: 「简体中文 (ZH-CN)」, 「繁體中文版」, "zh-Hant".
_NAMES_HANS = lazy(r"简体|簡體|简中|(?<![A-Za-z])zh[-_](?:cn|hans|sg)(?![A-Za-z])", re.I)
_NAMES_HANT = lazy(r"繁體|繁体|正體|正体|繁中|(?<![A-Za-z])zh[-_](?:tw|hk|mo|hant)(?![A-Za-z])", re.I)
_HAN_RUN = lazy(f"[{HAN}]+")
# A sentence: cut at full stops, line ends and the ` // ` or `|` between parallel editions.
_SENTENCE = lazy(rf"[^{SENTENCE_MARKS}\n|/]+[{SENTENCE_MARKS}]?")
_PARALLEL_SHARE = 0.6  # of the minority script's sentences that have a twin in the majority script
_BLOCK_SHARE = 0.3  # of the script-specific characters in the smaller of two block editions
_BLOCK_SWITCHES = 4  # changes of script between consecutive paragraphs, for block editions
_BLOCK_SAME = 0.7  # of the smaller block edition's character pairs found in the larger one
# of a sentence's character pairs found in one sentence of the other script: a Taiwan edition's sentence
# shares 0.6 or more with its mainland twin; a Simplified section pasted into the seed had 0.02–0.05 of its
# sentences over it (corpora/)
_TWIN_SAME = 0.6


def _sentences(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(start, end, Traditional-only count, Simplified-only count) of each sentence of `text`."""
    for m in _SENTENCE.finditer(text):
        t, s = count_script(m.group(0))
        if t or s:
            yield m.start(), m.end(), t, s


def _editions(units: list[str], text: str, headings: Sequence[str] = ()) -> bool:
    """Does a mixed document hold editions in both scripts by design, rather than text pasted
    from another edition?  Either the editions are blocks (a Simplified edition, then a
    Traditional one: at most `_BLOCK_SWITCHES` changes of script from one paragraph to the
    next, and the smaller edition is at least `_BLOCK_SHARE` of the script-specific
    characters) that are one text converted (`_same_text`) or each under a heading naming
    its edition (「繁體中文 (ZH-TW)」 … 「简体中文 (ZH-CN)」: a Taiwan and a mainland
    edition written apart share only half their words), or they alternate sentence by
    sentence (`_twins`)."""
    t_all, s_all = count_script(text)
    if min(t_all, s_all) >= _BLOCK_SHARE * (t_all + s_all):
        blocks: dict[bool, list[str]] = {True: [], False: []}
        scripts = []
        for unit in units:
            t, s = count_script(unit)
            if t != s:
                scripts.append(t > s)
                blocks[t > s].append(unit)
        switches = sum(1 for a, b in itertools.pairwise(scripts) if a != b)
        if switches <= _BLOCK_SWITCHES and (_named_editions(headings) or _same_text(" ".join(blocks[True]), " ".join(blocks[False]))):
            return True
    return _twins(text, "hant" if t_all >= s_all else "hans")


def _named_editions(headings: Sequence[str]) -> bool:
    """Do the headings name both editions, each in a heading of its own (not one title that
    names both, as a language menu does)?"""
    hans = any(_NAMES_HANS.search(h) and not _NAMES_HANT.search(h) for h in headings)
    hant = any(_NAMES_HANT.search(h) and not _NAMES_HANS.search(h) for h in headings)
    return hans and hant


def _same_text(hant: str, hans: str) -> bool:
    """Is one edition a conversion of the other?  Folded to Traditional, most character pairs
    of the smaller one (`_BLOCK_SAME`) occur in the larger.  A conversion gives about 0.95; a
    Simplified section pasted into a Traditional policy shares only the words of the genre
    (0.2–0.4 on the corpus)."""
    a, b = _pairs(hant), _pairs(hans)
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return bool(small) and len(small & large) >= _BLOCK_SAME * len(small)


def _twins(text: str, own: str) -> bool:
    """Does a mixed text hold the same sentences in both scripts?  Most sentences of the
    minority script (`_PARALLEL_SHARE`) must have a twin in the majority script: folded to
    Traditional with OpenCC's character table, most of their character pairs
    occur in one majority sentence (`_TWIN_SAME`).  Pairs, not whole sentences: a Taiwan edition writes
    資料 and 登入 where the mainland one writes 信息 and 登录."""
    majority: list[set[str]] = []
    minority: list[set[str]] = []
    for start, end, t, s in _sentences(text):
        pairs = _pairs(text[start:end])
        if len(pairs) < 3:
            continue
        (majority if (t > s) == (own == "hant") else minority).append(pairs)
    if len(minority) < 3 or len(minority) * len(majority) > 250_000:  # (a bound on the work: real pages have far fewer)
        return False
    twinned = sum(1 for pairs in minority if any(len(pairs & other) >= _TWIN_SAME * len(pairs) for other in majority))
    return twinned >= _PARALLEL_SHARE * len(minority)


def _pairs(text: str) -> set[str]:
    """The character pairs of the Han characters of `text`, folded to Traditional."""
    fold = _converter("hant")
    han = "".join(fold.get(c, c) for c in "".join(_HAN_RUN.findall(text)))
    return {han[i : i + 2] for i in range(len(han) - 1)}


@register
class ScriptMixed(Rule):
    """Flags Simplified-only characters in a Traditional document, or the reverse.

    ## What it does
    Decides the document's script (from configuration `script`, else from its
    characters) and reports every run of characters that exist only in the other
    script, with OpenCC's conversion as the suggestion.  Characters that both scripts
    share (目, 介, 件, 的, 於, 台…) are never reported: a character counts only when
    OpenCC converts it in one direction and it is never a form of the other script.

    Not reported: the name of a written form in its own script (「繁體中文」 in a
    Simplified page's language menu, 「简体中文」 in a Traditional edition note), a
    language switcher's pills (「EN 繁 简」) and a label giving one word in both scripts
    (「Language / 語言 / 语言」), an organisation's registered name in the other script
    (「博斯會計師事務所」 in the header of its Simplified page: a run ended by 有限公司,
    事務所, 集團, 協會, 銀行… with no character of the document's script in it), a Japanese word
    (「株式会社アンドプラス」 in a Taiwan page: its Han characters touch kana, or hold 株式会社 or another
    Japanese company word), the Traditional characters of a file tagged as a Traditional edition
    (privacy-zh-TW.html, zh-Hant/privacy.html) whose text is mostly Simplified (its chrome is right, its
    body is the defect, reported once where the policy's text starts: eval/precision22), and
    editions of both scripts in one file by design: a Simplified edition followed by a
    Traditional one converted from it or each under a heading that names its edition
    (「繁體中文 (ZH-TW)」 … 「简体中文 (ZH-CN)」; each at least 30% of the text, in a few blocks), or sentences that
    alternate, most of one script repeating a sentence of the other (「我们收到并存储…」
    then 「我們收到並存儲…」).  There each sentence is checked against its own script
    only, so a stray character inside a sentence is still reported; a Simplified section
    pasted into a Traditional policy is not an edition and is reported.

    Not a Simplified character: 恒, Hong Kong's standard Traditional form (恒生), in a Hong Kong or unplaced
    Traditional text; in a Taiwan one it is a warning that names Taiwan's form 恆.

    A warning, not an error: a run inside the key of a localization call in an app's source
    (`localized("隱私權政策")`, `t('…')`, `_('…')`, `tr('…')`: `rules.lookup_key`), which the app
    shows only when it has no translation for it, and a run in the quoted title of an MkDocs
    admonition (「!!! summary "元数据"」, the label an archive puts over a policy).

    ## Why is this bad?
    Mixed scripts show text pasted from another edition without conversion.  They look
    careless, and can change meaning where a Simplified character stands for several
    Traditional ones.

    ## Example
        我們會保護您的個人资料。

    Use instead:
        我們會保護您的個人資料。
    """

    id = "script-mixed"
    severity = "error"
    groups = ("script",)
    merges_repeats = True  # the same term again on a line: one word to change, one finding (`check.repeats`)
    messages = {
        "en": "{found} is {foreign} in a {own} document",
        "zh-Hant": "{found} 是{foreign}字，本文件為{own}",
        "zh-Hans": "{found} 是{foreign}字，本文件为{own}",
    }
    _NAMES = {
        "en": {"hant": "Traditional", "hans": "Simplified"},
        "zh-Hant": {"hant": "繁體", "hans": "簡體"},
        "zh-Hans": {"hant": "繁体", "hans": "简体"},
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        script = ctx.settings.script or ctx.doc.metadata.script
        catalogue = ctx.doc.catalogue
        if catalogue is not None and catalogue.tables and not ctx.settings.script and script in ("hant", "hans", "mixed"):
            yield from self._each_table(ctx, catalogue.tables)  # (u38l) a module of locale tables: each its own edition
            return
        parallel = False
        if script == "mixed":
            text = ctx.joined().text
            t, s = count_script(text)
            script = "hant" if t >= s else "hans"
            units = ctx.units()
            parallel = _editions([u.text for u in units], text, [u.text for u in units if u.kind != "paragraph"])
        if script not in ("hant", "hans"):
            return
        if script == "hans" and not ctx.settings.script and _tagged_traditional(ctx.doc.source.path):
            # a zh-TW/zh-HK/zh-Hant edition: its Traditional text is right, the Simplified text is the defect,
            # reported once, where it starts
            yield from self._edition_in_simplified(ctx)
            return
        if parallel:
            yield from self._each_sentence(ctx, script)
            return
        foreign = "hans" if script == "hant" else "hant"
        text = ctx.joined().text
        if not script_pattern(foreign, text).search(text):
            return  # the common case: one scan of the whole text finds no character of the other script
        pattern = script_pattern(foreign, text, runs=True)
        comments = catalogue.comment_lines if catalogue is not None else frozenset()
        region = ctx.region
        editions = _Editions(ctx)
        for unit, start, end, m in ctx.scan(pattern):
            if editions.tag(unit, start) == foreign:
                continue  # (u42k2) a string keyed by its own locale (`"zh-Hans": "隐私政策"`): right in its edition
            if not _in_language_name(unit.text, start, end) and not _code_block(unit) and not _in_comment(unit, start, comments):
                hong_kong = script == "hant" and _hong_kong_forms(m.group(0))
                if hong_kong and region != "tw":
                    continue  # (u41k2) 恒 in a Hong Kong (or unplaced) Traditional text: its standard form there
                finding = self._finding(ctx, unit, start, end, m.group(0), script)
                notes = (
                    self._LOOKUP_NOTE  # a key the code looks up (`rules.lookup_key`): shown only when untranslated
                    if in_lookup_key(unit.text, start, end)
                    else self._ADMONITION_NOTE  # an archive's admonition label over the policy, not its text
                    if _admonition_title(unit.text, start, end)
                    else None
                )
                if hong_kong:  # a Taiwan text: Hong Kong's standard form, not a Simplified character
                    template = self._HONG_KONG_FORM.get(ctx.lang, self._HONG_KONG_FORM["en"])
                    yield finding._replace(severity="warning", message=template.format(found=m.group(0), suggestion=finding.suggestion))
                    continue
                if notes is not None:  # uncertain: a warning that says why
                    note = notes.get(ctx.lang, notes["en"])
                    finding = finding._replace(severity="warning", message=finding.message + note)
                yield finding
        if editions.any():  # (u42k2) the strings keyed by the other script's tag, each held to its own
            for unit in ctx.units():
                if not _code_block(unit):
                    for a, b, tag in editions.strings(unit):
                        if tag == foreign:
                            yield from self._in_edition(ctx, unit, a, b, tag, comments)

    def _each_sentence(self, ctx: Context, script: str) -> Iterator[Finding]:
        """Editions side by side: each sentence is held to the script most of its characters use."""
        comments = ctx.doc.catalogue.comment_lines if ctx.doc.catalogue is not None else frozenset()
        editions = _Editions(ctx)
        for unit in ctx.units():
            if _code_block(unit):
                continue
            for a, b, tag in editions.strings(unit):  # (u42k2) a string keyed by its locale: held to its tag's script
                yield from self._in_edition(ctx, unit, a, b, tag, comments)
            for start, end, t, s in _sentences(unit.text):
                own = "hant" if t > s else "hans" if s > t else script  # a tie: the document's script
                foreign = "hans" if own == "hant" else "hant"
                sentence = unit.text[start:end]
                for m in script_pattern(foreign, sentence, runs=True).finditer(sentence):
                    a, b = start + m.start(), start + m.end()
                    if own == "hant" and _hong_kong_forms(m.group(0)):
                        continue  # (u41k2) 恒 beside a Simplified twin: a Traditional form too (`_hong_kong_forms`)
                    if editions.tag(unit, a) is not None:
                        continue  # (u42k2) in a string keyed by its locale: judged above, by its tag
                    if not _in_language_name(unit.text, a, b) and not _in_comment(unit, a, comments):
                        yield self._finding(ctx, unit, a, b, m.group(0), own)

    def _each_table(self, ctx: Context, tables: Sequence[tuple[int, int, str]]) -> Iterator[Finding]:
        """A message catalogue of locale tables (`load.catalogue`: `zh_CN`, `zh_TW`, `en` side by side; a React page's
        dictionaries keyed by locale): each run is held to the script of the table its line is in; a table of another
        language (`en`, `ja`) is not judged, a table tagged only `zh` is held to the script most of its characters use,
        and text outside every table to the script most Chinese tables' characters use.  A table whose text is mostly
        in the other script than its tag's (a zh-HK table holding Simplified terms pasted from the zh-CN one:
        eval/blind/round39d hkchat-tsx) is reported once, at its first such run, as `_edition_in_simplified` does."""
        firsts = [t[0] for t in tables]
        comments = ctx.doc.catalogue.comment_lines if ctx.doc.catalogue is not None else frozenset()
        t_all, s_all = count_script(ctx.joined().text)
        default = "hant" if t_all > s_all else "hans"
        runs: list[tuple[TextUnit, int, int, str, str, int]] = []  # unit, start, end, text, its script, its table (-1: none)
        counts = [{"hant": 0, "hans": 0} for _ in tables]
        for unit in ctx.units():
            if _code_block(unit):
                continue
            for script in ("hans", "hant"):
                for m in script_pattern(script, unit.text, runs=True).finditer(unit.text):
                    if _in_language_name(unit.text, m.start(), m.end()) or _in_comment(unit, m.start(), comments):
                        continue
                    line = unit.position(m.start())[0]
                    k = bisect.bisect_right(firsts, line) - 1
                    k = k if k >= 0 and line <= tables[k][1] else -1
                    runs.append((unit, m.start(), m.end(), m.group(0), script, k))
                    if k >= 0:
                        counts[k][script] += m.end() - m.start()
        own = [("hant" if c["hant"] > c["hans"] else "hans") if tag == "zh" else tag for (_, _, tag), c in zip(tables, counts, strict=True)]
        # a table mostly in the other script: reported once, at its first run of that script in the source's order
        converted = {k for k, script in enumerate(own) if script in ("hant", "hans") and counts[k][_other(script)] > counts[k][script]}
        reported: set[int] = set()
        for unit, start, end, found, script, k in sorted(runs, key=lambda r: r[0].position(r[1])):
            table = own[k] if k >= 0 else default
            if table == script or table == "other" or k in reported or (table == "hant" and _hong_kong_forms(found)):
                continue
            if k in converted:
                reported.add(k)
                names = self._NAMES.get(ctx.lang, self._NAMES["en"])
                template = self._CONVERTED_TABLE.get(ctx.lang, self._CONVERTED_TABLE["en"])
                suggestion = "".join(_converter(table).get(c, c) for c in found)
                message = template.format(found=found, foreign=names[script], own=names[table])
                yield self.finding(ctx, unit, start, end, suggestion=suggestion, message=message)
                continue
            yield self._finding(ctx, unit, start, end, found, table)

    _CONVERTED_TABLE = {
        "en": "{found} is {foreign}: this file's {own} locale table is written mostly in {foreign}",
        "zh-Hant": "{found} 是{foreign}字：本檔案的{own}語系表大多寫成{foreign}",
        "zh-Hans": "{found} 是{foreign}字：本文件的{own}语言表大多写成{foreign}",
    }

    _LOOKUP_NOTE = {
        "en": " (in a localization key: shown as-is only when the app has no translation for it)",
        "zh-Hant": "（在本地化鍵中：應用程式找不到譯文時才原樣顯示）",
        "zh-Hans": "（在本地化键中：应用找不到译文时才原样显示）",
    }

    _ADMONITION_NOTE = {
        "en": " (in the title of an admonition: a label the page's archivist or theme adds, not the policy's text)",
        "zh-Hant": "（在提示框標題中：存檔者或主題加上的標籤，不是政策正文）",
        "zh-Hans": "（在提示框标题中：存档者或主题加上的标签，不是政策正文）",
    }

    _HONG_KONG_FORM = {
        "en": "{found} is Hong Kong's standard form; this Taiwan document's standard form is {suggestion}",
        "zh-Hant": "{found} 是香港標準字形，臺灣標準字形為 {suggestion}",
        "zh-Hans": "{found} 是香港标准字形，台湾标准字形为 {suggestion}",
    }

    _UNCONVERTED = {
        "en": "{found} is Simplified: this file is tagged as a Traditional edition, but its text is Simplified",
        "zh-Hant": "{found} 是簡體字：本檔案標為繁體版，正文卻是簡體",
        "zh-Hans": "{found} 是简体字：本文件标为繁体版，正文却是简体",
    }

    def _edition_in_simplified(self, ctx: Context) -> Iterator[Finding]:
        """One finding at the first Simplified run of a paragraph of a file tagged as a Traditional edition whose text
        is mostly Simplified (eval/precision22/tgimg-privacy-tw/tc/privacy-zh-TW.html: the policy text of a zh-TW
        page left in Simplified under Traditional menus)."""
        text = ctx.joined().text
        pattern = script_pattern("hans", text, runs=True)
        first: tuple[TextUnit, int, int, str] | None = None
        headed = False  # past the first heading: the policy's own text, not a menu above it
        for unit in ctx.units():
            headed = headed or unit.kind == "heading"
            if unit.kind != "paragraph" or (first is not None and not headed):
                continue
            for m in pattern.finditer(unit.text):
                if not _in_language_name(unit.text, m.start(), m.end()):
                    first = (unit, m.start(), m.end(), m.group(0))
                    break
            if first is not None and headed:
                break
        if first is not None:
            unit, a, b, found = first
            template = self._UNCONVERTED.get(ctx.lang, self._UNCONVERTED["en"])
            suggestion = "".join(_converter("hant").get(c, c) for c in found)
            yield self.finding(ctx, unit, a, b, suggestion=suggestion, message=template.format(found=found))

    def _in_edition(self, ctx: Context, unit: TextUnit, a: int, b: int, tag: str, comments: frozenset[int]) -> Iterator[Finding]:
        """The other script's characters in `unit.text[a:b]`, a string keyed by a locale tag of script `tag`."""
        text = unit.text[a:b]
        for m in script_pattern("hans" if tag == "hant" else "hant", text, runs=True).finditer(text):
            start, end = a + m.start(), a + m.end()
            if tag == "hant" and _hong_kong_forms(m.group(0)):
                continue
            if not _in_language_name(unit.text, start, end) and not _in_comment(unit, start, comments):
                yield self._finding(ctx, unit, start, end, m.group(0), tag)

    def _finding(self, ctx: Context, unit: TextUnit, start: int, end: int, found: str, script: str) -> Finding:
        foreign = "hans" if script == "hant" else "hant"
        names = self._NAMES.get(ctx.lang, self._NAMES["en"])
        suggestion = "".join(_converter(script).get(c, c) for c in found)
        return self.finding(ctx, unit, start, end, suggestion=suggestion, found=found, foreign=names[foreign], own=names[script])


class _Editions:
    """(u42k2) Strings keyed by their locale, several on a line (`load.catalogue.keyed_strings`: a content module of
    one-line objects `{ "zh-Hant": "私隱政策", "zh-Hans": "隐私政策", en: "…" }`, the two titles one sentence held to one
    script): the script of the edition a character is in, when the document gives strings in both Chinese scripts."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._any: bool | None = None  # does the document key strings by both Chinese scripts' tags? (read once, lazily)
        self._units: dict[int, list[tuple[int, int, str]]] = {}

    def any(self) -> bool:
        """Does the document key strings by both Chinese scripts' tags?"""
        if self._any is None:
            from policylens.load.catalogue import keyed_strings

            self._any = bool(keyed_strings(self._ctx.joined().text))
        return self._any

    def strings(self, unit: TextUnit) -> list[tuple[int, int, str]]:
        """(start, end, `hant` or `hans`) of the unit's strings keyed by a Chinese tag; none unless `any()`."""
        if not self.any():
            return []
        found = self._units.get(id(unit))
        if found is None:
            from policylens.load.catalogue import keyed_strings

            found = self._units[id(unit)] = [k for k in keyed_strings(unit.text, both=False) if k[2] in ("hant", "hans")]
        return found

    def tag(self, unit: TextUnit, start: int) -> str | None:
        """`hant` or `hans`: the tag of the keyed string holding `unit.text[start]`; None outside one (or another tag)."""
        return next((script for a, b, script in self.strings(unit) if a <= start < b), None)


# (u41k2) Characters OpenCC counts as Simplified only that are Hong Kong's standard Traditional form (常用字字形表),
# where Taiwan writes another: 恒 (恆; 恒生, 恒基, the name 蘇恒峯: eval/precision41 uprintshop-hk-js, a false error).
# The other Hong Kong forms that differ from Taiwan's (着, 綫, 裏, 啓, 峯, 衞, 麪, 爲, 僞, 鷄, 衆, 羣) are Traditional
# only or shared in OpenCC's sets, and never called Simplified.
_HONG_KONG_FORMS = frozenset("恒")


def _hong_kong_forms(found: str) -> bool:
    """Whether a run of Simplified-only characters is made only of Hong Kong's standard Traditional forms: not
    reported in a Hong Kong or unplaced Traditional text, a warning in a Taiwan one; a run that also holds a real
    Simplified character (「恒们」) is reported whole."""
    return all(c in _HONG_KONG_FORMS for c in found)


def _in_comment(unit: TextUnit, start: int, comments: frozenset[int]) -> bool:
    """Whether the character at `start` stands on a comment line of a script module read as text
    (`Catalogue.comment_lines`): code its reader never sees, written in whichever script its developer uses
    (eval/blind/round41 jacory-js: `/** 隐私政策页面内容 */` above zh-cn, zh-tw and en tables)."""
    return bool(comments) and unit.position(start)[0] in comments


def _other(script: str) -> str:
    """The other Chinese script: `hans` for `hant`, `hant` for `hans`."""
    return "hans" if script == "hant" else "hant"


# A locale tag naming a Traditional edition in a file name or its folder: privacy-zh-TW.html, zh_HK/terms.md,
# zh-Hant/privacy.html (a POSIX, Java or BCP 47 spelling, in any case).
_TRADITIONAL_TAG = lazy(r"(?<![A-Za-z])zh[-_](?:hant|tw|hk|mo)(?![A-Za-z])", re.IGNORECASE)


# An MkDocs/Python-Markdown admonition's opening line: `!!! summary "元数据"`, `??? note "…"`, `???+ tip "…"`.
_ADMONITION = lazy(r'^[ \t]*(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+[\w-]+)*[ \t]+"(?P<title>[^"\n]*)"[ \t]*$', re.M)


def _admonition_title(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is in the quoted title of an admonition's opening line: the label an archive of
    policies puts over each one (「!!! summary "元数据"」 above a Traditional policy: eval/precision28 judged it
    debatable, the archivist's label shown on the page; eval/precision12's wechat-terms-tc and xiaomi-tc).  Its body
    is code and is not checked (`_code_block`)."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _ADMONITION.match(text, line_start)
    return m is not None and m.start("title") <= start and end <= m.end("title")


def _code_block(unit: TextUnit) -> bool:
    """Whether `unit` is a code block (fenced or indented), code the page shows, not its prose: 「收录时间: 2022-01-26」 in
    the YAML an archive keeps above a Traditional policy (twenty-eighth session, precision28: an MkDocs admonition's
    body, read as an indented code block; a script-mixed error on a metadata key)."""
    return unit.paragraph is not None and unit.paragraph.kind == "code"


def _tagged_traditional(path: str) -> bool:
    """Does the file's name, or one of the two folders above it, tag it as a Traditional edition?

    A zh-TW page whose policy text was left in Simplified while the site's menus, buttons and
    options are Traditional (eval/precision22/tgimg-privacy-tw/tc/privacy-zh-TW.html: 37 errors
    on 複製, 連結, 縮圖 … of the chrome) is the Traditional edition: its Traditional characters are
    right, and reporting them as foreign in a "Simplified document" points at the wrong half.  Nothing
    is reported there (a miss preferred to 37 false errors: the Simplified body goes unreported)."""
    if path in ("-", "<stdin>"):
        return False
    return any(_TRADITIONAL_TAG.search(part) for part in PurePath(path).parts[-3:])


def _in_language_name(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a language switcher's label rather than policy text?  The name of a
    written form of Chinese (「繁體中文」), a one-character pill 「简」/「簡」 standing alone
    (EN 繁 简), or one word of a label that gives the same word in both scripts
    (「Language / 語言 / 语言」, 「設定｜设定」)."""
    if _lone_script_pill(text, start, end) or _twin_label(text, start, end) or _registered_name(text, start, end):
        return True
    if _japanese_word(text, start, end) or _record_number(text, start, end) or _written_address(text, start, end):
        return True
    lo = max(0, start - 4)
    window = text[lo : end + 4]  # (u40h) the window, not the text: a test of the whole text per run was quadratic
    if "体" not in window and "體" not in window and "中文" not in window:
        return False
    return any(m.start() <= start and end <= m.end() for m in _LANGUAGE_NAME.finditer(text, lo, end + 4))


# A mainland site's filing numbers, shown as issued in any edition's footer: 鲁ICP备18012789号, 京ICP证030173号-1,
# 粤公网安备 44030502008569号 (eval/precision24/iassets-app-tw: three false errors on 鲁, 备, 号 of a zh-Hant page)
_RECORD_NUMBER = lazy(
    rf"[{HAN}]{{0,2}}(?:ICP|公网安备|公網安備)[备備证證案]{{0,2}}[号號]?[:：]?[ \t]{{0,2}}[0-9]{{4,20}}[ \t]?[号號]?(?:-[0-9]{{1,3}})?"
)


def _record_number(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of a mainland site's ICP or public-security filing number (鲁ICP备18012789号)?"""
    lo = max(0, start - 40)  # (the number before a closing 号 is up to 20 digits)
    window = text[lo : end + 30]  # (u40h) the window the numbers are looked for in, not the whole text per run
    if "ICP" not in window and "安备" not in window and "安備" not in window:
        return False
    spans = [m.span() for m in _RECORD_NUMBER.finditer(text, lo, end + 30)]
    # a run may reach from one number into the next (「…789号 粤公网安备…」): each of its characters in one of them
    return bool(spans) and all(text[k].isspace() or any(a <= k < b for a, b in spans) for k in range(start, end))


# (u43k, eval/blind/round43 ecchess-hk-tsx) 「薈學坊 3 樓 B 室, Prince Edward Road West」 in a Simplified Hong Kong page: the
# place as the building and the post write it.  A floor, room or street number (3 樓, B 室, 18 號) within a few characters
# after the run, nothing of the document's own script between.  The mark itself in the other script when it has two forms
# (樓/層/號 in a Simplified text; review r43: 「我们的總部在 3 楼」 hid 總), and only blanks, digits, Latin letters or the
# other script's characters before a mark of one form (室, 座).
_ADDRESS_MARK = lazy(r"[0-9０-９]{1,4}[ \t\u3000]?(?:樓|楼|層|层|號|号|室|座)|\b[A-Za-z][ \t\u3000]?(?:室|座)")


def _written_address(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of an address written in the other script (a building's name, 樓 of 「3 樓」)?"""
    window_end = min(len(text), end + 12)
    m = _ADDRESS_MARK.search(text, max(0, start - 4), window_end)
    if m is None or m.end() < end:
        return False
    foreign_is_hant = count_script(text[start:end])[0] > 0
    mark = count_script(m.group()[-1])
    if mark[1 if foreign_is_hant else 0]:
        return False  # (review r43) 「我们的總部在 3 楼」: the mark in the document's own script, no address in the other one
    if not any(mark):  # 室, 座 (one form in both scripts): only blanks, digits, Latin letters or the other script between
        foreign = script_pattern("hant" if foreign_is_hant else "hans", text)
        return all(c.isspace() or (c.isascii() and c.isalnum()) or foreign.fullmatch(c) for c in text[end : m.start()])
    if start >= m.start():  # the run is the mark's own character (樓 of 「3 樓」): a building's name in that script before it
        lead = text[max(0, m.start() - 10) : m.start()]
        t, s = count_script(lead)
        name = t if foreign_is_hant else s
        if not name:
            return False  # 「我们的办公室在3樓」: the floor alone in the other script is reported
        gap = lead[max(lead.rfind(c) for c in lead if count_script(c)[0 if foreign_is_hant else 1]) + 1 :]
    else:
        gap = text[end : m.start()]
    t, s = count_script(gap)
    return not (s if foreign_is_hant else t)  # nothing of the document's own script between name and mark


_PILL_RUN = lazy("(?:[繁简簡正]中?){1,3}")
# what separates the entries of a switcher or a two-script label: spaces, slashes, bars, dots
_LABEL_GAP = lazy(r"[\s/|｜／・·•]+")


def _han_run(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of Han characters around text[start:end]: extended left from `start` and right
    from `end` over Han characters.

    The runs of a text are found once (`_han_runs`) and looked up by bisection: walking the run
    character by character for each finding was quadratic in a long run of Han characters
    (a paragraph of 6,000 `隐私權` without punctuation, 6,000 findings: over 5 minutes).
    """
    starts, ends = _han_runs(text)
    lo, hi = start, end
    k = bisect.bisect_right(starts, start - 1) - 1  # the run holding text[start - 1], if any
    if start > 0 and k >= 0 and ends[k] > start - 1:
        lo = starts[k]
    k = bisect.bisect_right(starts, end) - 1  # the run holding text[end], if any
    if end < len(text) and k >= 0 and ends[k] > end:
        hi = ends[k]
    return lo, hi


@lru_cache(maxsize=4)
def _han_runs(text: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of the maximal runs of Han characters in `text`, in order."""
    runs = [m.span() for m in _HAN_RUN.finditer(text)]
    return [a for a, _ in runs], [b for _, b in runs]


def _lone_script_pill(text: str, start: int, end: int) -> bool:
    """The pills of a language switcher: a Han run made only of 繁/简/簡/正 (「简」, 「EN繁简」
    as a page's menu gives it), each perhaps with 中 (「简中」「繁中」, run together as 「简中繁中EN」
    when the menu's links have no space between), with no other Han character beside it; or a run
    made only of a switcher's language names, its links run together (「简中繁中日本語」,
    「简体中文简中」: eval/precision24, held-out batch, three false errors); or a script toggle's label
    (「轉為繁體」, `_SCRIPT_TOGGLE`)."""
    lo, hi = _han_run(text, start, end)
    if hi - lo <= 6 and _PILL_RUN.fullmatch(text, lo, hi) is not None:
        return True
    # a toggle's label, alone or the last of a menu's labels run together (「复制地址关闭热评深色模式轉為繁體」); the window
    # is bounded: a long run of findings never rescans its run
    window = _SCRIPT_TOGGLE.finditer(text, max(lo, start - 4), min(hi, end + 6))
    if any(m.start() <= start and end <= m.end() for m in window):
        return True
    return hi - lo <= _NAMES_RUN_MAX and _NAMES_RUN.fullmatch(text, lo, hi) is not None


# A script toggle's label, written in the script it switches to: 「轉為繁體」 on a Simplified page (a Hexo theme's
# right-click menu, its labels run together: eval/precision25/cecilzhu-hexo-html/index.html, a false error on 轉為),
# 「切换简体」, 「转换成簡體中文」
_SCRIPT_TOGGLE = lazy("(?:[转轉][换換]?|切[换換])[为為成到至]?(?:[繁简簡正][体體](?:中文)?|[繁简簡])")
# A Han run that is only language names (each place takes the longest name: possessive, no backtracking)
_NAMES_RUN = lazy(rf"(?:{LANGUAGE_NAMES})++", re.I)
_NAMES_RUN_MAX = 24


# what ends the registered name of an organisation, in either script
_ORGANISATION = lazy(
    "有限公司|事務所|事务所|集團|集团|協會|协会|基金會|基金会|銀行|银行|律師行|律师行|會計師行|会计师行|大學|大学|醫院|医院"
)


def _registered_name(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of an organisation's name written in the other script, as
    registered (「博斯會計師事務所 Henry Ha & Co.」 in a Simplified page, 「由台灣大哥大股份有限
    公司提供」 in a mainland policy)?  An organisation word (有限公司, 事務所, 集團, 協會, 銀行…)
    ends the name within a few characters after it, with no character of the document's own
    script between: a stray character before the name in a sentence of the document's script
    (「请聯絡我们或博斯會計師事務所」) is still reported, and so is 們 before 集團 (「我們集團」)."""
    if text[start] in "們们":
        return False
    foreign_is_hant = count_script(text[start:end])[0] > 0
    for m in _ORGANISATION.finditer(text, max(0, start - 3), min(len(text), start + 20)):
        if m.end() < end:
            continue  # (a match may begin before the run: 務 in 事務所)
        name = text[min(start, m.start()) : m.end()]
        if not _HAN_RUN.fullmatch(name):
            break  # the name is one run of Han characters (not 「本會/本協會」)
        t, s = count_script(name)
        lead = m.start()
        while lead > 0 and HAN_CHAR.match(text[lead - 1]) and m.start() - lead < 2:
            lead -= 1
        if (s if foreign_is_hant else t) == 0 and m.start() - lead >= 2:
            return True  # (at least two characters name it: not 本協會, 該銀行)
        break  # the nearest organisation word after it is the name's, or there is none
    return False


# kana (`patterns.KANA`, as `structure.language` reads it) and Japanese company words written in shinjitai
_KANA = lazy(f"[{KANA}]")
_JAPANESE_COMPANY = lazy("株式会社|有限会社|合同会社|合資会社|合名会社")


def _japanese_word(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of a Japanese word, written in Japanese forms (shinjitai 会, 価, 県)?

    「隸屬株式会社アンドプラス」 in a Taiwan page: the run of Han characters around it touches kana, or holds a
    Japanese company word (株式会社, 有限会社, 合同会社…).  Japanese is neither script of Chinese, and a company's name
    is not to be converted (「株式會社」 is no correction).
    """
    lo, hi = _han_run(text, start, end)
    if (lo > 0 and _KANA.match(text[lo - 1])) or (hi < len(text) and _KANA.match(text[hi])):
        return True
    # (u40h) a company word (four characters) overlapping the run found is within three characters of it: the whole Han
    # run was searched for each run of the other script in it, quadratic in a long unpunctuated line of both scripts
    near = _JAPANESE_COMPANY.finditer(text, max(lo, start - 3), min(hi, end + 3))
    return any(m.start() < end and start < m.end() for m in near)


def _twin_label(text: str, start: int, end: int) -> bool:
    """Is the Han word around text[start:end] written again, in the other script, right before
    or after it with only a separator between (「語言 / 语言」)?  Folded to Traditional, the two
    words are the same and differ as written."""
    return _twin_run(text, *_han_run(text, start, end))


@lru_cache(maxsize=64)
def _twin_run(text: str, lo: int, hi: int) -> bool:
    """`_twin_label` of the Han run text[lo:hi], judged once per run (u40h: each run of the other script in a long run
    copied and folded the whole run again, quadratic in a long unpunctuated line of both scripts)."""
    word = text[lo:hi]
    fold = _converter("hant")
    gap_after = _LABEL_GAP.match(text, hi)
    if gap_after:
        other = text[gap_after.end() : gap_after.end() + len(word)]
        if _same_word(word, other, fold) and not HAN_CHAR.match(text[gap_after.end() + len(word) : gap_after.end() + len(word) + 1]):
            return True
    head = text[max(0, lo - 8) : lo]  # (u40h: not the text before the run, copied for each run)
    gap_before = re.search(r"[\s/|｜／・·•]+$", head) if head else None
    if gap_before:
        b = lo - len(gap_before.group(0))
        other = text[b - len(word) : b]
        if b - len(word) >= 0 and _same_word(word, other, fold):
            return b - len(word) == 0 or not HAN_CHAR.match(text[b - len(word) - 1])
    return False


def _same_word(word: str, other: str, fold: dict[str, str]) -> bool:
    """Is `other` the same word as `word` written differently (the other script)?  (Folded only
    when the lengths agree: folding the whole run for every finding in it was quadratic.)"""
    return len(other) == len(word) and other != word and "".join(fold.get(c, c) for c in other) == "".join(fold.get(c, c) for c in word)
