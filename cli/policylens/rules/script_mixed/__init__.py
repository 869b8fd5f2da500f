"""script-mixed: Simplified-only characters in a Traditional document, or the reverse.

The rule (`ScriptMixed`) and its scans: OpenCC's character maps (`converter`), the runs of Han characters
(`han_runs`), editions of both scripts in one document (`editions`), and the runs of the other script that are not
defects (`exceptions`, built of `labels` and `proper_names`).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit
from policylens.rules.lookup_key import in_lookup_key
from policylens.rules.script_mixed.converter import _converter, _other
from policylens.rules.script_mixed.editions import _Editions, _editions, _sentences, japanese_string
from policylens.rules.script_mixed.exceptions import (
    _admonition_title,
    _cantonese_particle,
    _code_block,
    _hong_kong_forms,
    _in_comment,
    _in_language_name,
    _tagged_traditional,
    _written_cantonese,
)
from policylens.rules.script_mixed.han_runs import _han_run
from policylens.rules.script_mixed.shared_forms import converter_leaks, pasted_leaks, queen_names, shared_leaks
from policylens.script import count_script, script_pattern

__all__ = ["ScriptMixed", "_han_run"]


def _selected_edition(ctx: Context, unit: TextUnit, start: int) -> str | None:
    """(u46k2) `hant` or `hans`: the script of the edition a page selects by a language test that holds
    `unit.text[start]` (`Document.editions`: a PHP page's `elseif (nl_lang()==='cn') { echo '条款及细则'; }`,
    eval/precision46 neonlight-hk-php), None outside every one."""
    if not ctx.doc.editions:
        return None
    at = unit.position(start)
    return next(
        (script for line, column, end_line, end_column, script in ctx.doc.editions if (line, column) <= at < (end_line, end_column)), None
    )


# (u49p2, eval/blind/pairs13 phesleep) a social account's handle, 「@星塵Chen」: the run stands in a word opened by @
# (not an e-mail address's @: a letter or digit before it), nothing but letters between
_HANDLE = lazy(r"(?<![\w.])@[\w]{0,20}\Z")
_HANDLE_BACK = 21


def _japanese_document(ctx: Context) -> bool:
    """Is the document a Japanese (or Korean) policy: every section so (`structure.language`), and its paragraphs read
    as Chinese on their own a small part of its text (under a quarter of the Japanese paragraphs' length)?  A list item
    without kana (「居住国・地域、希望言語」 in eval/editions48 rata `ja.2026-06-28.html`) is read as Chinese alone, but
    it is the Japanese policy's: no Chinese text to check.  A Chinese policy with a Japanese paragraph keeps its checks."""
    from policylens.structure.language import NOT_CHINESE  # as `Context` does: not at import

    langs = {section.lang for section in ctx.doc.sections if section.lang}
    if not langs or not langs <= NOT_CHINESE:
        return False
    other = sum(len(p.text) for s in ctx.doc.sections for p in s.paragraphs if p.lang not in NOT_CHINESE)
    own = sum(len(p.text) for s in ctx.doc.sections for p in s.paragraphs if p.lang in NOT_CHINESE)
    return other * 4 < own


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
    the edition a page selects by a language test, held to its own script (a PHP page's
    `elseif (nl_lang()==='cn') { echo '条款及细则'; }` and the markup of its `if (…) :` branches), and
    editions of both scripts in one file by design: a Simplified edition followed by a
    Traditional one converted from it or each under a heading that names its edition
    (「繁體中文 (ZH-TW)」 … 「简体中文 (ZH-CN)」; each at least 30% of the text, in a few blocks), or sentences that
    alternate, most of one script repeating a sentence of the other (「我们收到并存储…」
    then 「我們收到並存儲…」).  There each sentence is checked against its own script
    only, so a stray character inside a sentence is still reported; a Simplified section
    pasted into a Traditional policy is not an edition and is reported.

    Not a Simplified character: 恒, Hong Kong's standard Traditional form (恒生), in a Hong Kong or unplaced
    Traditional text; in a Taiwan one it is a warning that names Taiwan's form 恆.

    A character both scripts write is judged by its word: 后 in a Traditional text is reported where it
    stands for 後 (「之后」, 「然后」, 「最后」, 「登入后即可」: one of OpenCC's phrases writes 後 there, or a word
    that sequences an action follows it), never in 皇后, 王后 or 后土, nor in a name its Latin twin calls a queen
    (「Fresh Queen 鮮后有關收集」) or that name elsewhere in the document.

    Where a Simplified-only character is an error already, 采 and 托 are judged by their word as 后 is: 「采用」, 「采取」,
    「委托」 stand for 採用, 採取, 委託 (one of OpenCC's phrases writes 採 or 託 there), never 精采, 風采, 托兒 or 摩托, nor 托管
    and 托運, which Hong Kong and Taiwan pages with no other Simplified character write (eval/precision54 garbi-tw-tsx).
    In a text with no such error they are left alone: both are Traditional characters too.

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
        leaked: set[str] = set()  # the Simplified characters reported as errors in a Traditional text
        for finding in self._check(ctx):
            if finding.severity == "error" and finding.suggestion is not None and finding.excerpt:
                leaked.add(finding.excerpt)
            yield finding
        if leaked and self._traditional(ctx):
            if len(leaked) >= 2:
                yield from self._converter_leaks(ctx)
            yield from self._leaks(ctx, pasted_leaks)  # (u54k) 采用, 委托 beside a Simplified-only error (`shared_forms`)

    @staticmethod
    def _traditional(ctx: Context) -> bool:
        """Whether `check` held the document to Traditional as one text (not editions side by side, nor tables)."""
        script = ctx.settings.script or ctx.doc.metadata.script
        if ctx.doc.catalogue is not None and ctx.doc.catalogue.tables and not ctx.settings.script:
            return False
        if script == "mixed":
            text = ctx.joined().text
            t, s = count_script(text)
            units = ctx.units()
            return t >= s and not _editions([u.text for u in units], text, [u.text for u in units if u.kind != "paragraph"])
        return script == "hant"

    def _check(self, ctx: Context) -> Iterator[Finding]:
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
        if not ctx.settings.script and _japanese_document(ctx):
            return  # (u49p2) a Japanese policy: its kanji (国, 内, 数) are no Chinese script's
        if parallel:
            yield from self._each_sentence(ctx, script)
            return
        foreign = "hans" if script == "hant" else "hant"
        text = ctx.joined().text
        if script == "hant" and "后" in text:
            yield from self._shared_forms(ctx)
        if not script_pattern(foreign, text).search(text):
            return  # the common case: one scan of the whole text finds no character of the other script
        pattern = script_pattern(foreign, text, runs=True)
        comments = catalogue.comment_lines if catalogue is not None else frozenset()
        region = ctx.region
        editions = _Editions(ctx)
        cantonese = script == "hant" and _written_cantonese(text)
        for unit, start, end, m in ctx.scan(pattern):
            if _cantonese_particle(unit.text, start, end, cantonese):
                continue  # (u48k2) 「刪除晒」: written Cantonese's particle, Hong Kong's form (`_cantonese_particle`)
            if editions.tag(unit, start) == foreign or _selected_edition(ctx, unit, start) == foreign:
                continue  # (u42k2) a string keyed by its own locale (`"zh-Hans": "隐私政策"`): right in its edition
            if japanese_string(unit.text, start):
                continue  # (u48k) 「{ languageLabel: "日本語", title: "利用規約" }」: a Japanese edition's kanji
            if _HANDLE.search(unit.text, max(0, start - _HANDLE_BACK), start) is not None:
                continue  # (u49p2) 「小红书：@星塵Chen」: an account's handle, written as registered
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

    def _shared_forms(self, ctx: Context) -> Iterator[Finding]:
        """(u47k) 后 where its word makes it 後's Simplified form (「登入后即可」, 「之后」) in a Traditional text
        (`shared_forms`); not in a code block, a comment, a language name or an edition the page selects as Simplified."""
        queens = queen_names(ctx.joined().text)  # (u52p2) 「Fresh Queen 鮮后」: that name anywhere in the document
        yield from self._leaks(ctx, lambda text: shared_leaks(text, queens))

    def _converter_leaks(self, ctx: Context) -> Iterator[Finding]:
        """(u53p, eval/blind/round52e youpai) 适, 于, 确 where their word makes them 適, 於, 確's Simplified forms, in a
        Traditional text where two Simplified-only characters or more are errors already: a converter's output that
        missed them all (`shared_forms.converter_leaks`); not in a code block, a comment, a language name or a Simplified
        edition."""
        yield from self._leaks(ctx, converter_leaks)

    def _leaks(self, ctx: Context, leaks: Callable[[str], Iterable[tuple[int, str]]]) -> Iterator[Finding]:
        """A finding for each (index, Traditional form) `leaks` gives in a unit's text, not in a code block, a comment, a
        language name or an edition the page selects as Simplified (`_shared_forms`, `_converter_leaks`)."""
        comments = ctx.doc.catalogue.comment_lines if ctx.doc.catalogue is not None else frozenset()
        editions = _Editions(ctx)
        names = self._NAMES.get(ctx.lang, self._NAMES["en"])
        for unit in ctx.units():
            if _code_block(unit):
                continue
            for i, traditional in leaks(unit.text):
                if editions.tag(unit, i) == "hans" or _selected_edition(ctx, unit, i) == "hans":
                    continue
                if _in_language_name(unit.text, i, i + 1) or _in_comment(unit, i, comments):
                    continue
                found = unit.text[i]
                yield self.finding(ctx, unit, i, i + 1, suggestion=traditional, found=found, foreign=names["hans"], own=names["hant"])

    def _each_sentence(self, ctx: Context, script: str) -> Iterator[Finding]:
        """Editions side by side: each sentence is held to the script most of its characters use."""
        comments = ctx.doc.catalogue.comment_lines if ctx.doc.catalogue is not None else frozenset()
        editions = _Editions(ctx)
        cantonese = _written_cantonese(ctx.joined().text)
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
                    if own == "hant" and _cantonese_particle(unit.text, a, b, cantonese):
                        continue  # (u48k2) written Cantonese's 晒 (`_cantonese_particle`)
                    if editions.tag(unit, a) is not None or _selected_edition(ctx, unit, a) == foreign:
                        continue  # (u42k2) in a string keyed by its locale: judged above, by its tag
                    if japanese_string(unit.text, a):
                        continue  # (u48k) a Japanese edition's kanji (`japanese_string`)
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
                    if japanese_string(unit.text, m.start()):
                        continue  # (u48k) a Japanese edition's kanji (`japanese_string`)
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
