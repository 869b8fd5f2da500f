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
import re

from policylens.lazyre import lazy
from policylens.load.catalogue.policy_json import (
    _JSON_SUFFIXES,
)
from policylens.load.catalogue.policy_json import (
    _PRIVACY as _PRIVACY,
)
from policylens.load.catalogue.policy_json import (
    _PRIVACY_BYTES as _PRIVACY_BYTES,
)
from policylens.load.catalogue.policy_json import (
    NOT_POLICY_KEY as NOT_POLICY_KEY,
)
from policylens.load.catalogue.policy_json import (
    Unit as Unit,
)
from policylens.load.catalogue.policy_json import (
    catalogue_name as catalogue_name,
)
from policylens.load.catalogue.policy_json import (
    key_parts as key_parts,
)
from policylens.load.catalogue.policy_json import (
    locale_folder as locale_folder,
)
from policylens.load.catalogue.policy_json import (
    policy_catalogue as policy_catalogue,
)
from policylens.load.catalogue.policy_json import (
    policy_string as policy_string,
)
from policylens.load.catalogue.policy_json import (
    units as units,
)
from policylens.load.catalogue.tables import _LEAF as _LEAF
from policylens.load.catalogue.tables import _tables
from policylens.load.catalogue.tables import keyed_strings as keyed_strings
from policylens.load.catalogue.tables import locale_tables as locale_tables
from policylens.model import Catalogue
from policylens.normalise import split_lines

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


def form_input_lines(text: str) -> frozenset[int]:
    """(u58h2) The 1-based lines of `text` holding a form input's string, as a catalogue's `ui_lines` (`_ui_lines`)."""
    return frozenset(_ui_lines(split_lines(text)))


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
    """`trailing_comments` of a script module read as text (u50k), on the lines every reader counts (`split_lines`):
    with `str.splitlines` a string holding U+2028 (or NEL, FF, VT, FS–RS) moved each comment one line down, and a
    placeholder on the line below a `// …` comment, from the comment's column on, was dropped without a word (u60x)."""
    return trailing_comments(split_lines(text))


def module_comment_lines(text: str) -> frozenset[int]:
    """The lines of a script module read as text that are only a comment (`_comment_lines`): a module of locale tables
    that is no catalogue of pairs keeps them as a catalogue does (eval/blind/round41 jacory-js: a `/** 隐私政策页面内容 */`
    block above zh-cn, zh-tw and en tables, five false `script-mixed` errors).  Lines as every reader counts them
    (`split_lines`, as `read_catalogue`'s): with `str.splitlines` a string holding U+2028 (or NEL, FF, VT, FS–RS) moved
    each comment's line one down, and the error on the line below a comment was dropped without a word (u50h)."""
    return frozenset(_comment_lines(split_lines(text)))


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
