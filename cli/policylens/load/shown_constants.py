"""Same-file string constants a page prints by name: `Last updated: {lastUpdated}` (React), `'最后更新：$_lastUpdated'` (Dart).

A page often keeps its date in a constant and prints it where the policy shows its date: 「const lastUpdated = 'April 2,
2026';」 then 「<p>Last updated: {lastUpdated}</p>」 (eval/profiles45c waterdamage-en), or 「static const String
_lastUpdated = '2026年3月20日';」 then 「Text('最后更新：$_lastUpdated')」 (eval/precision45 xidiantree-dart).  The readers
blanked the expression (a value the code computes) or dropped the interpolating literal, so the page had no date: a
false `date-format` "no date" and a missed `last-updated` disclosure (forty-fifth session, u45k2).

Resolved only when the value is certain from the file itself: the name is declared once in the file, as a constant
(`const`; Dart also `final`, `static const String`), with one plain string literal as its whole value (no escape, no
interpolation, no quote, no markup, no line break), and assigned nowhere else.  Any other name (an import, a prop, a
parameter, a variable assigned twice, a computed value) is left as it was: no text is invented.  Each pass is linear:
one scan of the declarations, one of the assignments, one of the places that print.
"""

from __future__ import annotations

import re
from collections import Counter

from policylens.load.object_constants import object_members

# --- React (JSX/TSX) -------------------------------------------------------------------------------------------------

# `const lastUpdated = 'April 2, 2026';`, `const EFFECTIVE: string = "2026-01-01"`, `` const date = `2026年1月1日` ``
_JS_CONSTANT = re.compile(
    r"(?<![\w$.])const[ \t]++([A-Za-z_$][\w$]{0,60}+)[ \t]*+(?::[ \t]*+string[ \t]*+)?=[ \t]*+"
    r"""(?:'([^'"\\\n$<>{}`]{1,200}+)'|"([^'"\\\n$<>{}`]{1,200}+)"|`([^'"\\\n$<>{}`]{1,200}+)`)"""
    r"[ \t]*+(?:as[ \t]++const[ \t]*+)?(?=[;\r\n])"
)
# every binding or assignment of a name (a second one makes the value uncertain): `const x`, `let x`, `var x`, `x =`
_JS_BINDING = re.compile(r"(?<![\w$.])(?:(?:const|let|var)[ \t]++([A-Za-z_$][\w$]{0,60}+)|([A-Za-z_$][\w$]{0,60}+)[ \t]*+=(?![=>]))")
# a function's parameter list (`function Footer({ lastUpdated })`, `(a, lastUpdated) =>`, `(p: Props): Element =>`) and
# a lone arrow parameter (`lastUpdated => …`): inside that function a name it lists is the parameter, not the file's
# constant (forty-sixth round: `const lastUpdated = '2020年1月1日'` and `function Footer({ lastUpdated }) { …
# {lastUpdated} … }` showed the constant's date where the page shows the prop's).  Every name in the list counts, a
# type's or a default's too: a name counted once too often only leaves a value unread
_JS_PARAMETERS = re.compile(
    r"(?<![\w$])function[ \t]*+[\w$]{0,60}+[ \t]*+\(([^()]{0,300}+)\)"
    r"|\(([^()]{0,300}+)\)[ \t]*+(?::[ \t]*+[\w$.<>\[\]]{1,60}+[ \t]*+)?=>"
    r"|(?<![\w$.])([A-Za-z_$][\w$]{0,60}+)[ \t]*+=>"
)
# (u55v) a destructuring binding, `const { SUPPORT_EMAIL } = cfg;`, `let [a, LAST_UPDATED] = …`: every name in its pattern is
# bound there (a key's, a default's too: counted once too often only leaves a value unread) — inside a function it shadows
# the file's constant, and the page shows the destructured value, not the constant's
_JS_DESTRUCTURE = re.compile(r"(?<![\w$.])(?:const|let|var)[ \t\r\n]*+([{\[][^;=]{0,300}+)=")
_JS_NAME = re.compile(r"(?<![\w$])[A-Za-z_$][\w$]{0,60}+")
# a child expression that prints one name (u57j: or an object constant's member path, `{PRIVACY.title}`), after the
# text that follows a tag's end on its element's lines (not after an arrow's `=>`, and with no `=` or `;` in that text:
# an attribute's `title={x}` or code is no child); a character reference's `;` is text (u46l, u46h's leftover:
# 「本小程序&nbsp;由{appName}运营」 left the name unread)
_JS_CHILD = re.compile(
    r"(?<!=)>(?:[^<>{}=;&]|&(?:#\w{1,8}+|[A-Za-z]\w{1,10}+);|&(?![#\w]{1,11}+;)){0,300}?"
    r"(\{[ \t]*+([A-Za-z_$][\w$]{0,60}+)((?:\.[A-Za-z_$][\w$]{0,60}+){0,8}+)[ \t]*+\})"
)


def _bound(text: str) -> Counter[str]:
    """How often each name is bound in the page: declared, assigned, a parameter, a name of a destructuring pattern."""
    bound = Counter(m.group(1) or m.group(2) for m in _JS_BINDING.finditer(text))
    for m in _JS_PARAMETERS.finditer(text):
        bound.update(set(_JS_NAME.findall("".join(g for g in m.groups() if g))))
    for m in _JS_DESTRUCTURE.finditer(text):
        bound.update(set(_JS_NAME.findall(m.group(1))))
    return bound


def _js_constants(text: str, *, members: bool = False) -> dict[str, str]:
    """The page's names bound once, to one plain string literal (`_JS_CONSTANT`), with their values; with `members`,
    also the member paths of its object constants (`PRIVACY.title`, `load.object_constants`)."""
    bound = _bound(text)
    values: dict[str, str] = object_members(text, bound) if members else {}
    for m in _JS_CONSTANT.finditer(text):
        value = m.group(2) or m.group(3) or m.group(4) or ""
        if bound[m.group(1)] == 1 and value.strip() and any(c.isalnum() for c in value):
            values[m.group(1)] = value
    return values


def js_string_constants(text: str) -> dict[str, str]:
    """(u55j) The file's names bound once to one plain string literal (`_js_constants`), and (u57j) the member paths of
    its object constants, for a reader that writes a template literal's `${NAME}` or `${OBJ.path}` as its value
    (`load.page_literals`)."""
    return _js_constants(text, members=True) if "const" in text else {}


def jsx_shown_constants(text: str) -> str:
    """`text` with each child expression that prints a same-file string constant (`<p>Last updated: {lastUpdated}</p>`)
    written as the constant's text, as the page shows it.  A shorter value is padded with spaces (the reader collapses
    them), so the columns after it hold; a longer one moves the columns after it on its own line only (no line break
    in a value, so every line number holds).  `text` itself when nothing is printed so."""
    if "const" not in text or "{" not in text:
        return text
    values: dict[str, str] | None = None
    out: list[str] = []
    pos = 0
    for m in _JS_CHILD.finditer(text):
        if values is None:
            values = _js_constants(text, members=True)
            if not values:
                return text
        value = values.get(m.group(2) + m.group(3))  # (u57j) `{PRIVACY.title}`: a member of an object constant
        if value is None:
            continue
        start, end = m.span(1)
        shown = value.replace("&", "&amp;")
        out += [text[pos:start], shown.ljust(end - start)]
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# --- Dart (Flutter) --------------------------------------------------------------------------------------------------

# `static const String _lastUpdated = '2026年3月20日';`, `const _date = "2026-03-20";`, `final String updated = '…';`
_DART_CONSTANT = re.compile(
    r"(?<![\w$.])(?:static[ \t]++)?(?:const|final)[ \t]++(?:String[ \t]++)?([A-Za-z_$][\w$]{0,60}+)[ \t]*+=[ \t]*+"
    r"""(?:'([^'"\\\n$]{1,200}+)'|"([^'"\\\n$]{1,200}+)")[ \t]*+;"""
)
# every declaration or assignment of a name: `String x =`, `var x =`, `x =` (a second one makes the value uncertain)
_DART_BINDING = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]{0,60}+)[ \t]*+=(?![=>])")
# a typed parameter or field of the same name (`Widget _footer(String _lastUpdated)`, `{required String date}`,
# `String date;`): it shadows the file's constant where it is declared (forty-sixth round: `'最后更新：$_lastUpdated'`
# in such a method showed the constant's 2020 date, not the argument the screen passes).  A call's argument
# (`Text(_lastUpdated)`) has no type before it and does not count
_DART_TYPED = re.compile(r"(?<![\w$.])(?:String|Object|dynamic|var|final)\??[ \t\r\n]++([A-Za-z_$][\w$]{0,60}+)[ \t\r\n]*+[,)};=]")
# an interpolation in a literal's body: `$name`, `${name}` (one name, no member or call)
_DART_SLOT = re.compile(r"(?<!\\)\$(?:\{[ \t]*+([A-Za-z_][\w]{0,60}+)[ \t]*+\}|([A-Za-z_][A-Za-z0-9_]{0,60}+))")
_DART_CODE = re.compile(r"(?<!\\)\$[{A-Za-z_]")  # an interpolation left after the names were read


def dart_constants(src: str, *, joined: bool = False) -> dict[str, str]:
    """The screen's names declared once, as a `const`/`final` string of one plain literal, with their values.  Looked
    for only when the screen has a `$` (an interpolation), or with `joined` (a name joined to a literal with `+`)."""
    if "$" not in src and not (joined and "+" in src):
        return {}
    bound = Counter(m.group(1) for m in _DART_BINDING.finditer(src))
    bound.update(m.group(1) for m in _DART_TYPED.finditer(src) if src[m.end() - 1] != "=")  # (`String x =`: counted above)
    values: dict[str, str] = {}
    for m in _DART_CONSTANT.finditer(src):
        value = m.group(2) or m.group(3) or ""
        if bound[m.group(1)] == 1 and value.strip():
            values[m.group(1)] = value
    return values


def dart_interpolated(body: str, values: dict[str, str]) -> str | None:
    """A literal's body with each `$name`/`${name}` written as its constant's text; None when any slot names something
    else (a computed value: the literal stays unread, as before)."""
    missing = False

    def value(m: re.Match[str]) -> str:
        nonlocal missing
        found = values.get(m.group(1) or m.group(2))
        if found is None:
            missing = True
            return m.group(0)
        return found

    resolved = _DART_SLOT.sub(value, body)
    return None if missing or _DART_CODE.search(resolved) else resolved  # (`${a.b}`, `${f()}`: code, computed)
