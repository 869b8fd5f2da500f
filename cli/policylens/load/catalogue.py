"""A message catalogue: the JSON, JS/TS, PHP, YAML or ARB file that holds an app's strings, its policy among them.

An app keeps its privacy policy as translated strings (`locales/zh-CN.json`, `src/lang/zh-TW.js`, a PHP `$lang[]`
file, a Flutter `.arb`): read as text, each value is checked where it stands.  Three things are the catalogue's own,
not the policy's (eval/locale38; a measure-only set of the thirty-eighth session found 69 false slot errors and 179
false `script-mixed` errors in such files):

- the interpolation arguments of its i18n library, filled by the app when it shows the string: ICU MessageFormat
  `{name}` and `{count, plural, one {…} other {…}}`, i18next `{{appName}}`, vue-i18n `{count}` and `@:key`, printf
  `%s`, `%1$s`, `%@`, Rails `%{name}` (`argument`).  A name in capitals with an underscore (`{{COMPANY_NAME}}`) is
  a template constant, a bracketed Chinese field (`[公司名称]`) or a dummy address (`xxx@xxx.com`) a writer's slot:
  those stay findings;
- the strings of a form's inputs: a value under a key named as one (`emailPlaceholder`, `companyHint`, `nameLabel`,
  `inputEmail`) when short (a sentence under such a key is still text), or a value that is an input's prompt
  (「[請輸入關鍵字]」): `Catalogue.ui_lines`;
- its locale tables: a module of several (`zh_CN`, `zh_TW`, `en` side by side) holds several editions, each in its own
  script (`Catalogue.tables`, read by `rules.script_mixed`); a React page or script module read another way (`load.jsx`,
  `load.page_literals`) gets its locale tables alone (`locale_tables`; thirty-ninth session);
- the comments of a JS/TS/PHP module (`// TODO(verify): 占位正文…`, `/** 隐私政策正文（占位） */`): code its reader never
  sees (`Catalogue.comment_lines`; eval/blind/round39 lollipop-ts, thirty-ninth session), and a `// …` after code on a
  line (`Catalogue.trailing_comments`, fiftieth session).  The string they annotate is
  still read: a stub value 「【隐私政策正文待补充】」 stays a finding.

A file is a catalogue by its extension and shape: a JSON (or ARB) object whose leaves are strings, numbers or
booleans; a `.js`/`.ts`/`.php`/`.yml` file most of whose lines are key–string pairs.  Keys stay code (never read as
text by the rules above); nothing of the text is dropped.

Read unit by unit (fifty-second session, u52e): `units` gives each string value of a JSON catalogue with its key path,
line and column, which `compare` reads as one unit each (`compare.catalogue`); `policy_catalogue` tells whether a `.json`
or `.arb` file met in a folder is a catalogue holding policy text (every leaf a string, a sentence naming privacy or
personal data under a key that is no page metadata), which `check` and `compare` then scan (a `package.json`, a lock
file, a report or an annotation file is none: their numbers, booleans, names and paths).

An Android string resource file (`res/values*/strings.xml`, `<resources>` at its root) is one too (thirty-ninth
session, eval/precision39/kusida-strings-xml): it is read as HTML, each `<string>` a block of its own
(`load.html.tags`), and its form strings are the one-line `<string>`s whose name is a form input's (`_UI_KEY`) or
whose value is an input's prompt (「请输入新邮箱」) or a field's label waiting for the value the app shows next to it
(「绑定邮箱：」, 「保养里程 ： 」): `android_catalogue`.
"""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_right
from typing import NamedTuple

from policylens.lazyre import lazy
from policylens.model import Catalogue
from policylens.normalise import split_lines
from policylens.patterns import HAN

_JSON_SUFFIXES = (".json", ".arb")
_CODE_SUFFIXES = (".js", ".mjs", ".cjs", ".ts", ".php", ".yml", ".yaml")

# A key–string pair on one line: `"key": "…"`, `key: '…'`, `'key': `…` (or the value on the next line: `key:`),
# PHP `$lang['key'] = '…'` and `'key' => '…'`, YAML `key: …`
_PAIR = lazy(
    r"""^[ \t]*+(?:"(?P<dq>(?:[^"\\\n]|\\.){1,200})"|'(?P<sq>(?:[^'\\\n]|\\.){1,200})'|(?P<bare>[A-Za-z_$][\w$.-]{0,200}))"""
    r"""[ \t]*:[ \t]*(?:["'`]|$)"""
    r"""|^[ \t]*+\$\w{1,40}(?:\[[ \t]*['"](?P<php>[^'"\n]{1,200})['"][ \t]*\]){1,4}[ \t]*=[ \t]*['"]"""
    r"""|^[ \t]*+['"](?P<arrow>[^'"\n]{1,200})['"][ \t]*=>[ \t]*['"]"""
)
# Lines that are neither pairs nor text: braces, brackets, comments, `export default {`, `const x = {`, `<?php`, a
# string continued on its own line, a TypeScript type's line
_NEUTRAL = lazy(
    r"""^[ \t]*+(?:[{}\[\](),;]*|//.*|/?\*.*|#.*|<\?php|\?>|---|(?:export[ \t]+default|module\.exports[ \t]*=)[ \t]*+\{?"""
    r"""|(?:export[ \t]+)?(?:const|let|var|type|interface)[ \t].*|["'`].*|[|&].*|\[key[ \t].*|\}.*|import[ \t].*)[ \t]*+$"""
    # (u41k2) a nested table's key (`nav: {`, `'slides': [`) and a key whose value is a number, boolean or null
    # (`year: 2024,`): a vue-i18n module of nested sections was read as code (eval/precision41 uprintshop-hk-js:
    # 207 pairs, 70 such keys), its `{highlight}` argument a false unfilled slot
    r"""|^[ \t]*+(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|[A-Za-z_$][\w$-]{0,200})[ \t]*:[ \t]*"""
    r"""(?:[{\[][ \t]*+|-?\d{1,20}(?:\.\d{1,20})?[ \t]*+,?|(?:true|false|null)[ \t]*+,?)$"""
)
_MIN_PAIRS = 3
_PAIR_SHARE = 0.6  # of the lines that are not neutral

# The key of a form input's string: emailPlaceholder, company_hint, nameLabel, submitTip, inputEmail, enterCompany
_UI_KEY = lazy(
    r"(?i)(?:placeholder|hint|label|tip|tooltip|prompt|caption|helper(?:_?text)?|watermark)s?[_-]?\d*$|^(?:input|enter)(?=[A-Z_-])"
)
# a form input's string is short: a policy's sentence under a `*Tip` key (「温馨提示：本应用由[公司名称]运营…」) is text
_UI_MAX = 40
# A value that is an input's prompt: 请输入邮箱, [請輸入關鍵字], 请选择国家, 搜索…
_UI_VALUE = lazy(r"""^[ \t]*+(?:"|'|`)[\[【(（<]?(?:请|請)?(?:输入|輸入|选择|選擇|搜索|搜尋)[^"'`]{0,30}["'`]""")

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

# The interpolation arguments of i18n libraries (see the module doc); a name in capitals with an underscore is a
# template constant, not an argument
_ARGUMENT = lazy(
    r"\{\{-?[ \t]*(?P<m>[A-Za-z_][\w.]{0,40})[ \t]*(?:,[^{}\n]{0,40})?-?\}\}"
    r"|\{[ \t]*(?P<b>[A-Za-z_][\w.]{0,40})[ \t]*(?:,[ \t]*(?:plural|select|selectordinal|number|date|time)\b[^\n]{0,400})?\}"
    r"|%\{(?P<r>[A-Za-z_]\w{0,40})\}"
    r"|%(?:\d{1,2}\$)?[-+ 0#]{0,3}\d{0,3}(?:\.\d{1,3})?[sdif@]"
    r"|@:[\w.]{1,80}"
)
_CONSTANT = lazy(r"(?<![A-Z0-9_])[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)++")

# An Android resource file: `<resources>` is its root element, after an XML declaration and comments at most
ANDROID_RESOURCES = lazy(r"\A\ufeff?\s*+(?:<\?xml[^>]{0,200}\?>\s*+)?(?:<!--(?:(?!-->).){0,2000}-->\s*+){0,20}<resources[\s>]", re.S)
# One <string> (or a string array's <item>) on one line: its name and its value
_RESOURCE_STRING = lazy(
    r"""^[ \t]*+<(?:string|item)\b(?:[^>]*?\bname[ \t]*=[ \t]*["'](?P<key>[^"'\n]{1,200})["'])?[^>]*>(?P<value>[^<\n]*)</(?:string|item)>"""
)
# A resource's value that is an input's prompt (请输入新邮箱, 【请选择城市】) or a field's label with nothing after its colon
_RESOURCE_PROMPT = lazy(r"^[ \t]*+[\[【(（<]?(?:请|請)?(?:输入|輸入|选择|選擇|搜索|搜尋)")
_RESOURCE_LABEL = lazy(r"^[ \t]*+[^\s：:，。,.!?！？]{1,12}[ \t]*[：:][ \t]*+$")
# a dummy value in a prompt is still the writer's slot, not the app's (「请输入XXX的激活码」)
_RESOURCE_DUMMY = lazy(r"(?i:x{3,})|某某|×{2,}")


def argument(excerpt: str) -> bool:
    """Whether a finding's text is one interpolation argument of an i18n library (ICU, i18next, vue-i18n, printf,
    Rails), not a template constant (`{{COMPANY_NAME}}`)."""
    m = _ARGUMENT.fullmatch(excerpt.strip())
    if m is None:
        return False
    name = m.group("m") or m.group("b") or m.group("r") or ""
    return _CONSTANT.fullmatch(name.rsplit(".", 1)[-1]) is None


def silenced(catalogue: Catalogue, rule: str, line: int, excerpt: str, column: int = 0) -> bool:
    """Whether a placeholder finding in a catalogue is the catalogue's own: on a form input's string or a comment of
    the module (a whole line, or a `// …` after code from its column on), or one interpolation argument of its i18n
    library."""
    if not rule.startswith("placeholder-"):
        return False
    if line in catalogue.ui_lines or line in catalogue.comment_lines or argument(excerpt):
        return True
    return column > 0 and any(k == line and column >= c for k, c in catalogue.trailing_comments)


def is_catalogue(path: str, text: str) -> bool:
    """Whether `text` is a message catalogue: a JSON object of strings, or a module of key–string pairs."""
    return _json_catalogue(text) if path.lower().endswith(_JSON_SUFFIXES) else pairs_shape(text)


def read_catalogue(path: str, text: str) -> tuple[Catalogue | None, str | None]:
    """The catalogue `text` is, by its file's name and shape, or None; and a warning for a `.json` file that is not
    one (read as plain text, as before)."""
    lower = path.lower()
    if lower.endswith(_JSON_SUFFIXES):
        if not _json_catalogue(text):
            return None, "a JSON file that is not a message catalogue (an object of strings): read as plain text"
    elif not lower.endswith(_CODE_SUFFIXES) or not pairs_shape(text):
        return None, None
    # (u41h) lines as every reader counts them, at LF, CR LF and CR only: `str.splitlines` also ends a line at U+2028,
    # U+2029, NEL, FF, VT and FS–RS, so a value holding one moved every later form input's line by one (the input's
    # 「请输入[公司名称]」 was reported an unfilled slot, and the slot on the line after it was not)
    lines = split_lines(text)
    scripted = not lower.endswith((".yml", ".yaml"))
    comments = frozenset(_comment_lines(lines)) if scripted else frozenset()
    trailing = trailing_comments(lines) if scripted else ()
    return Catalogue(frozenset(_ui_lines(lines)), tuple(_tables(lines)), comments, trailing), None


def _comment_lines(lines: list[str]) -> list[int]:
    """The 1-based lines of `lines` that are only a comment: `// …`, or inside a `/* … */` opened at a line's start."""
    out: list[int] = []
    block = False
    for k, line in enumerate(lines, 1):
        s = line.lstrip()
        if block:
            out.append(k)
            block = "*/" not in s
        elif s.startswith("//"):
            out.append(k)
        elif s.startswith("/*"):
            out.append(k)
            block = "*/" not in s[2:]
    return out


def android_catalogue(text: str) -> Catalogue | None:
    """The form strings of an Android string resource file (see the module doc), or None if `text` is not one."""
    if not ANDROID_RESOURCES.match(text):
        return None
    found: list[int] = []
    for n, line in enumerate(split_lines(text), 1):
        m = _RESOURCE_STRING.match(line)
        if m is None:
            continue
        key, value = re.split(r"[.\s/]", m.group("key") or "")[-1], m.group("value")
        short = len(value.strip()) <= _UI_MAX
        form = _UI_KEY.search(key) or _RESOURCE_PROMPT.match(value) or _RESOURCE_LABEL.match(value)
        if short and form and not _RESOURCE_DUMMY.search(value):
            found.append(n)
    return Catalogue(frozenset(found), ())


def _json_catalogue(text: str) -> bool:
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError):
        return False
    if not isinstance(data, dict):
        return False
    stack: list[object] = [data]
    strings = 0
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            strings += 1
        elif item is not None and not isinstance(item, (int, float, bool)):
            return False
    return strings > 0


def pairs_shape(text: str) -> bool:
    """Whether most lines of `text` that are not braces, comments or declarations are key–string pairs."""
    pairs = other = 0
    for line in split_lines(text):
        if not line.strip():
            continue
        if _PAIR.match(line):
            pairs += 1
        elif not _NEUTRAL.match(line):
            other += 1
    return pairs >= _MIN_PAIRS and pairs >= _PAIR_SHARE * (pairs + other)


def _ui_lines(lines: list[str]) -> list[int]:
    """1-based lines holding a form input's string (see `_UI_KEY`, `_UI_VALUE`)."""
    found: list[int] = []
    for n, line in enumerate(lines, 1):
        m = _PAIR.match(line)
        if m is None:
            continue
        key = next(k for k in (m.group("dq"), m.group("sq"), m.group("bare"), m.group("php"), m.group("arrow")) if k is not None)
        last = re.split(r"[.\s/]", key)[-1]
        value_on_next = not line[m.end() :].strip() and line.rstrip().endswith(":")
        value = lines[n] if value_on_next and n < len(lines) else line[m.end() - 1 :]
        if (_UI_KEY.search(last) and len(value.strip()) <= _UI_MAX) or _UI_VALUE.match(value):
            found.append(n + 1 if value_on_next else n)
    return found


def trailing_comments(lines: list[str]) -> tuple[tuple[int, int], ...]:
    """(line, 1-based column) of each `// …` comment that follows code on a line of a JS/TS/PHP module (u50k: issue #11,
    「title: '隱私權政策',  // 注释：待补充」 — the note is the developer's, the string before it the page's).  Strings are
    stepped over ('…', "…", and a `…` template across lines: `https://` in one opens no comment); a line inside a
    `/* … */` block or only a comment is `_comment_lines`'."""
    out: list[tuple[int, int]] = []
    block = template = False
    for k, line in enumerate(lines, 1):
        quote = "`" if template else ""
        code = False
        i, n = 0, len(line)
        while i < n:
            c = line[i]
            if block:
                if line.startswith("*/", i):
                    block, i = False, i + 2
                    continue
            elif quote:
                if c == "\\":
                    i += 2
                    continue
                if c == quote:
                    quote, code = "", True
            elif c in "'\"`":
                quote, code = c, True
            elif line.startswith("//", i):
                if code and line[i + 2 :].strip():
                    out.append((k, i + 1))
                break
            elif line.startswith("/*", i):
                block, i = True, i + 2
                continue
            elif not c.isspace():
                code = True
            i += 1
        template = quote == "`"
    return tuple(out)


def module_trailing_comments(text: str) -> tuple[tuple[int, int], ...]:
    """`trailing_comments` of a script module read as text (u50k)."""
    return trailing_comments(text.splitlines())


def module_comment_lines(text: str) -> frozenset[int]:
    """The lines of a script module read as text that are only a comment (`_comment_lines`): a module of locale tables
    that is no catalogue of pairs keeps them as a catalogue does (eval/blind/round41 jacory-js: a `/** 隐私政策页面内容 */`
    block above zh-cn, zh-tw and en tables, five false `script-mixed` errors).  Lines as every reader counts them
    (`split_lines`, as `read_catalogue`'s): with `str.splitlines` a string holding U+2028 (or NEL, FF, VT, FS–RS) moved
    each comment's line one down, and the error on the line below a comment was dropped without a word (u50h)."""
    return frozenset(_comment_lines(split_lines(text)))


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


# --- the catalogue unit by unit (fifty-second session, u52e): what `compare` reads and a folder scan picks up ---

# One JSON token after blanks: a string, a punctuation mark, or a number or literal
_TOKEN = lazy(r'[ \t\r\n]*+(?:(?P<s>"(?:[^"\\]|\\.)*+")|(?P<p>[{}\[\]:,])|(?P<l>[-+.\w]++))')

# A key path segment that is a page's metadata, another page's strings, or an asset: its value is no policy text
NOT_POLICY_KEY = lazy(
    r"(?i)^(?:meta|metadata|seo|og|opengraph|twitter|head|image|images|img|icon|url|href|link|links|src|path|route|"
    r"terms|tos|conditions|eula|agreement|cookies?_?banner|nav|menu|footer|header|button|buttons|cta|breadcrumbs?)$"
    r"|(?:image|img|icon|url|href|link|src|label|button|placeholder)s?$"
)
# A unit's value that is policy text: a sentence of English (eight words) or of Chinese (twelve Han characters)
_ENGLISH_WORD = lazy(r"[A-Za-z][A-Za-z'’-]*+")
_HAN = lazy(f"[{HAN}]")
_MIN_WORDS = 8
_MIN_HAN = 12


class Unit(NamedTuple):
    """One string value of a catalogue, where it stands."""

    key: str  # its key path: `policy`, `meta.description`, `sections[2].title`
    text: str
    line: int
    column: int  # 1-based, of the value's first character (after its quote)
    width: int  # its source characters between the quotes
    item: bool  # a string of a list


# a catalogue a folder scan reads: at most this many bytes, one of these words in its bytes (a cheap test before parsing)
_SCAN_BYTES = 4 * 1024 * 1024
_PRIVACY_BYTES = tuple(
    w.encode() for w in ("privacy", "Privacy", "PRIVACY", "隐私", "隱私", "私隱", "个人信息", "個人資料", "个人数据", "個人數據")
) + (b"\\u9690\\u79c1", b"\\u96b1\\u79c1", b"\\u79c1\\u96b1")  # 隐私, 隱私, 私隱 written as escapes
_PRIVACY = lazy(r"(?i)privacy|personal (?:data|information)|隐私|隱私|私隱|个人信息|個人資料|个人资料|個人資訊|个人数据|個人數據")
# files that are never an app's message catalogue, whatever they hold
_NOT_CATALOGUES = frozenset({"package.json", "package-lock.json", "composer.json", "tsconfig.json", "manifest.json", "app.json"})


def units(text: str) -> list[Unit] | None:
    """The string values of a JSON catalogue in the order they are written, or None when `text` is no JSON object."""
    body = text.lstrip("\ufeff")
    starts = [0]
    starts.extend(k + 1 for k, c in enumerate(body) if c == "\n")
    # a frame per open container: [is_object, path, next key or list index, expecting a key]
    stack: list[list[object]] = []
    found: list[Unit] = []
    pos = 0
    while pos < len(body):
        m = _TOKEN.match(body, pos)
        if m is None:
            if body[pos:].strip():
                return None
            break
        pos = m.end()
        mark, string = m.group("p"), m.group("s")
        if mark in ("{", "["):
            path = _path(stack) if stack else ""
            stack.append([mark == "{", path, None if mark == "{" else 0, mark == "{"])
            continue
        if not stack:
            return None
        top = stack[-1]
        if mark in ("}", "]"):
            stack.pop()
            if not stack and body[pos:].strip():
                return None
            continue
        if mark == ":":
            top[3] = False
            continue
        if mark == ",":
            if top[0]:
                top[3] = True
            else:
                top[2] = int(top[2]) + 1  # type: ignore[call-overload]
            continue
        if string is None:
            continue
        try:
            value = json.loads(string)
        except ValueError:
            return None
        if top[0] and top[3]:
            top[2] = value
            continue
        start = m.start("s") + 1
        line = bisect_right(starts, start) - 1
        found.append(Unit(_path(stack), value, line + 1, start - starts[line] + 1, len(string) - 2, not top[0]))
    return None if stack else found


def _path(stack: list[list[object]]) -> str:
    """The key path of the value the innermost open container is at: `a.b[2].c`."""
    out = ""
    for is_object, _, at, _ in stack:
        if is_object:
            out += f".{at}" if out else str(at)
        else:
            out += f"[{at}]"
    return out


def key_parts(key: str) -> list[str]:
    """The names of a key path, list indices left out: `sections[2].title` → sections, title."""
    return [p for p in key.replace("[", ".").replace("]", "").split(".") if p and not p.isdigit()]


def policy_string(key: str, text: str) -> bool:
    """Whether a catalogue's string is policy text: a sentence (eight English words or twelve Han characters) under a key
    path none of whose parts names a page's metadata, another page or an asset (`NOT_POLICY_KEY`)."""
    if any(NOT_POLICY_KEY.search(p) for p in key_parts(key)):
        return False
    return len(_HAN.findall(text)) >= _MIN_HAN or len(_ENGLISH_WORD.findall(text)) >= _MIN_WORDS


def policy_catalogue(path: str, *, named: bool = False) -> bool:
    """Whether a `.json`/`.arb` file met in a folder is a message catalogue holding policy text, to read (`check`) or to
    compare as an edition (`compare`): a JSON object every leaf of which is a string (an app's strings: no number, true,
    false or null, which a data file, a report or an annotation holds), with a string of policy text (`policy_string`)
    that names privacy or personal data, named as a catalogue (`catalogue_name`; `named`: the caller knows it is one, a
    file `compare` reads as an edition by its name).  Never a `package.json`, a lock file or another project file."""
    from pathlib import Path

    if Path(path).name.lower() in _NOT_CATALOGUES or not path.lower().endswith(_JSON_SUFFIXES) or not (named or catalogue_name(path)):
        return False
    try:
        if os.path.getsize(path) > _SCAN_BYTES:
            return False
        with open(path, "rb") as fh:
            data = fh.read(_SCAN_BYTES + 1)
    except OSError:
        return False
    if len(data) > _SCAN_BYTES or not any(w in data for w in _PRIVACY_BYTES):
        return False
    try:
        text = data.decode("utf-8-sig")
        parsed = json.loads(text)
    except (ValueError, RecursionError):
        return False
    if not isinstance(parsed, dict) or not _strings_only(parsed):
        return False
    found = units(text) or []
    return any(policy_string(u.key, u.text) and _PRIVACY.search(u.text) for u in found)


def catalogue_name(path: str) -> bool:
    """Whether a file is named as an app's catalogue is: by a locale (`zh-TW.json`, `app_zh.arb`, `messages.en-US.json`,
    `locales/zh-TW/privacy.json`) or by the policy (`privacy.json`, `privacy-policy.json`, `legal.json`).  An annotation,
    a report or a data file (`expected.json`, `annotation.json`, `judgments.json`) quotes a policy's sentences as strings
    too, and is named as none of these (eval/ holds 40 such files of strings only)."""
    from pathlib import Path

    p = Path(path)
    stem = p.name.rsplit(".", 1)[0]
    return bool(_CATALOGUE_STEM.search(stem)) or _LOCALE_NAME.fullmatch(p.parent.name) is not None


# a message's key: a name or words (i18next allows `"weight gain"`), no slash and no line break (an annotation's
# `cn-pipl/processor`, a path)
_MESSAGE_KEY = lazy(r"[^/\\\n]{1,200}")
# a catalogue's file name: a locale tag as its name or its last part (`zh-TW`, `app_zh`, `messages.en-US`), or the policy
_LOCALE_NAME = lazy(rf"(?:{_LOCALE_TAG})", re.IGNORECASE)
_CATALOGUE_STEM = lazy(rf"(?i)(?:^|[._-])(?:{_LOCALE_TAG})$|privacy|policy|legal|隐私|隱私|私隱")


def locale_folder(name: str) -> bool:
    """Whether a folder's name is a locale (`en`, `zh-TW`, `zh_Hans`, `ja`): an i18n tree's `locales/<locale>/`."""
    return _LOCALE_NAME.fullmatch(name) is not None


def _strings_only(data: object) -> bool:
    """Whether every leaf of a parsed JSON value is a string (and there is one) and every key an identifier, as a
    message's key is (`privacyTitle`, `sections.intro`, `@@locale`, `weight gain`; an annotation's `cn-pipl/processor` is none)."""
    stack, strings = [data], 0
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if not all(_MESSAGE_KEY.fullmatch(k) for k in item):
                return False
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            strings += 1
        else:
            return False
    return strings > 0


__all__ = [
    "ANDROID_RESOURCES",
    "NOT_POLICY_KEY",
    "Unit",
    "android_catalogue",
    "argument",
    "catalogue_name",
    "is_catalogue",
    "key_parts",
    "keyed_strings",
    "locale_folder",
    "locale_tables",
    "module_comment_lines",
    "module_trailing_comments",
    "pairs_shape",
    "policy_catalogue",
    "policy_string",
    "read_catalogue",
    "silenced",
    "units",
]
