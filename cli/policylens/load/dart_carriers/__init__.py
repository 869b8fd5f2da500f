"""A Flutter screen's own text helpers (`load.dart`): the literals a screen passes to a method that shows them.

A screen often keeps its policy as calls of its own helper methods (`_buildSection('一、信息收集', '我们会收集…')`,
`_item(title: '…', content: '…')`, `_section('公司简介', ['…', '…'])`) whose body shows the parameter in a widget
(`Text(title, style: …bold…)`, `Text(content)`, `items.map((item) => Text(item))`): reading only literal `Text('…')`
widgets, the reader lost the whole page, and its slot lines (eval/blind/round34c livestream-dart, session 35).

A method is a *carrier* when it is declared in the file with a capitalised return type (`Widget`, `List<Widget>`,
`Container`…) and its body shows a parameter as the first argument of a `Text(`/`SelectableText(` widget (or the
`text:` of a `TextSpan(`): `Text(title)`, `Text(title!, …)`, `Text('$title')`; a `List<String>` parameter counts when
the body maps it (`items.map((item) => … Text(item …))`, `for (final item in items) Text(item)`).  A name declared twice
is no carrier (which one a call reaches is not read).  At each call of a carrier (`_buildSection(`, `this._item(`; not
`other._item(`, and not inside an app bar), each argument bound to a shown parameter, positional or named, is read
when it is a string literal (adjacent literals joined as Dart joins them) or a list of literals, each of its literals
one paragraph, bold when the widget showing it is styled bold.  A parameter shown in a navigation bar (`AppBar(title:
Text(title))`) is chrome, as a literal there is.  Nothing else at a call is read: a computed value, a key, a route
name, an asset path, an icon, a callback, an argument bound to a parameter the body does not show.

(u43k3) The file's own widget classes are carriers too (`widget_carriers`): `class _Body extends StatelessWidget {
final String text; const _Body(this.text); … Text(text) }`, called `_Body('…')`; and an argument that names one of the
file's string constants (`content: _privacyPolicyContent`) is read as that constant's literal, where it is declared.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from heapq import heappop, heappush

from policylens.lazyre import lazy
from policylens.load.dart_carriers.constants import (
    _constant_literal,
    _list_literals,
    _literal_value,
)
from policylens.load.dart_carriers.constants import (
    constant_declarations as constant_declarations,
)
from policylens.load.dart_carriers.constants import (
    shown_constant as shown_constant,
)
from policylens.load.dart_carriers.syntax import (
    Carrier as Carrier,
)
from policylens.load.dart_carriers.syntax import (
    Closer as Closer,
)
from policylens.load.dart_carriers.syntax import (
    Found as Found,
)
from policylens.load.dart_carriers.syntax import (
    Named,
    Predicate,
    _Parameter,
    _parameters,
)
from policylens.load.dart_carriers.syntax import (
    Shown as Shown,
)
from policylens.load.dart_carriers.syntax import (
    _scope as _scope,
)
from policylens.load.dart_carriers.syntax import (
    _Scopes as _Scopes,
)
from policylens.load.dart_carriers.syntax import (
    class_spans as class_spans,
)
from policylens.load.dart_carriers.syntax import (
    in_scope as in_scope,
)
from policylens.load.dart_carriers.syntax import (
    split_arguments as split_arguments,
)
from policylens.load.scripts import StringEnd, skip_blank

# A method declaration: a capitalised return type (`Widget`, `List<Widget>`, `Widget?`) or `void`, and the method's name
_DECLARATION = lazy(r"(?<![\w.$])(?:[A-Z]\w{0,40}(?:<[\w<>?, ]{1,60}>)?\??|(?P<void>void))[ \t]++(?P<name>[A-Za-z_$]\w{0,60})[ \t]*+\(")
# (u46k) a call that opens a dialog, a sheet or a page over the screen: what a `void` helper shows there is the page's
_OPENS = lazy(
    r"(?<![\w.$])(?:show(?:Cupertino|General|Adaptive)?Dialog|show(?:Modal)?BottomSheet|showCupertinoModalPopup"
    r"|Get\.(?:dialog|bottomSheet|defaultDialog)|(?:Material|Cupertino)PageRoute)\b"
)
_NAMED_ARGUMENT = re.compile(r"(?<![\w$])(?P<name>[A-Za-z_$]\w*+)\s*+:(?!:)")
_TEXT_TYPES = {"", "String", "String?", "dynamic", "Object", "Object?"}
_LIST_TYPES = {"List<String>", "List<String>?", "Iterable<String>", "Iterable<String>?"}


def _shows_text(
    body: str, name: str, bold: Callable[[int], bool], calls: list[int] | None = None, copies: list[str] | None = None
) -> Shown | None:
    """How `body` shows the text parameter `name`: as a `Text(name …)`'s first argument or a `TextSpan(text: name)`.
    `calls`: where in `body` a `Text(`, `SelectableText(` or `TextSpan(` that may show `name` starts (`_text_calls`),
    when known: only those places are tried (u44h: 4,000 nested declarations each searched the rest of the file).
    `copies`: the names of the parameter's local copies (`_owned_copies`), `calls` then holding their calls too; when
    not known, the body is searched for them."""
    n = re.escape(name)
    # (lead49, eval/blind/round49e chronic-tw-dart L42: `final cleanText = text.replaceAll('**', '');` then
    # `Text(cleanText, …)`) a local copy of the parameter with its markers taken out shows the same text
    if copies is None:
        copies = [m[1] for m in _COPY.finditer(body) if m[2] == name]
        calls = None if copies else calls  # (`calls` were found for `name` only: search the body)
    if copies:
        n = "(?:" + "|".join([n, *map(re.escape, dict.fromkeys(copies))]) + ")"
    # (`.trim()` shows the same text: its outer blank space is none of the page's)
    value = rf"(?:{n}!?(?:\.trim\(\))?|'\${n}'|\"\${n}\"|'\$\{{{n}\}}'|\"\$\{{{n}\}}\")"
    pattern = rf"(?<![\w.$])(?:(?:Text|SelectableText)\s*\(\s*{value}|TextSpan\s*\(\s*text\s*:\s*{value})\s*(?:[,)]|\?\?)"
    if calls is None:
        shown = [m.start() for m in re.finditer(pattern, body)]
    else:
        compiled = re.compile(pattern)
        shown = [at for at in calls if compiled.match(body, at) is not None]
    if not shown:
        return None
    return Shown(list=False, bold=any(bold(at) for at in shown))


def _shows_list(body: str, name: str, bold: Callable[[int], bool], calls: list[int] | None = None) -> Shown | None:
    """How `body` shows each string of the list parameter `name`: mapped (`name.map((item) => … Text(item …))`) or
    iterated (`for (final item in name) Text(item)`), the item a `Text`'s first argument.  `calls`: where in `body` such
    a loop over `name` may start (`_list_loops`), when known: only those places are tried (u45h)."""
    n = re.escape(name)
    mapped = re.compile(
        rf"(?:(?<![\w.$])|(?<=\.\.\.)){n}\s*\.\s*map\s*(?:<\w+>)?\s*\(\s*\(?\s*(?:String\s+)?(?P<item>[A-Za-z_$]\w*)\s*\)?\s*(?:=>|\{{)"
    )
    iterated = re.compile(rf"\bfor\s*\(\s*(?:final|var|String)?\s*(?:String\s+)?(?P<item>[A-Za-z_$]\w*)\s+in\s+{n}\s*\)")
    if calls is None:
        loops = [*mapped.finditer(body), *iterated.finditer(body)]
    else:
        loops = [m for pattern in (mapped, iterated) for at in calls if (m := pattern.match(body, at)) is not None]
    for loop in loops:
        item = re.escape(loop["item"])
        pattern = rf"(?<![\w.$])(?:(?:Text|SelectableText)\s*\(\s*(?:{item}|'\${item}')|TextSpan\s*\(\s*text\s*:\s*{item})\s*[,)]"
        m = re.compile(pattern).search(body, loop.end(), loop.end() + 600)
        if m is not None:
            return Shown(list=True, bold=bold(m.start()))
    return None


def carriers(
    src: str,
    classes: list[tuple[int, int]],
    close: Closer,
    string_end: StringEnd,
    in_code: Callable[[int], bool],
    bold_at: Callable[[int], bool],
    chrome: Callable[[int], bool],
) -> dict[tuple[str, int], tuple[int, Carrier]]:
    """The file's carriers by name, with where each one's declaration starts (its name), see the module's docstring.
    `bold_at(k)`: is the widget opened at `k` styled bold; `chrome(k)`: is `k` inside a navigation bar."""
    found: dict[tuple[str, int], tuple[int, Carrier] | None] = {}
    scopes = _Scopes(classes)
    declared: list[tuple[re.Match[str], tuple[int, int], list[_Parameter], int]] = []
    seen: set[tuple[str, int]] = set()
    for m in _DECLARATION.finditer(src):
        if not in_code(m.start()) or m["name"] in {"if", "for", "while", "switch", "catch", "return"}:
            continue
        params_end = close(m.end())
        after = skip_blank(src, params_end)
        if src.startswith("async", after):
            after = skip_blank(src, after + 5)
        if src.startswith("{", after):
            body = (after + 1, close(after + 1))
        elif src.startswith("=>", after):
            stop = src.find(";", after)
            body = (after + 2, len(src) if stop < 0 else stop)
            k = skip_blank(src, after + 2)
            call = re.compile(r"[\w.$<> ]*\(").match(src, k)
            if call is not None:
                body = (k, close(call.end()))
        else:
            continue
        if m["void"] and not _OPENS.search(src, body[0], body[1]):
            continue  # (a `void` method shows nothing of its own unless it opens a dialog, a sheet or a page)
        scope = scopes.at(m.start())
        key = (m["name"], scope)
        params = _parameters(src, m.end(), params_end - 1, close, string_end)
        declared.append((m, body, params, scope))
        if key in seen:
            found[key] = None  # (u44h: its body not read again, 4,000 nested `_f` read each other's)
        seen.add(key)
    scoped = [(body, {p.name for p in params}) for _, body, params, _ in declared]
    copies = _owned_copies(src, scoped)
    with_copies = [(body, names.union(*copies[i].values())) for i, (body, names) in enumerate(scoped)]
    owned = zip(_owned_calls(_text_calls(src), with_copies), _owned_calls(_list_loops(src), scoped), copies, strict=True)
    for (m, body, params, scope), (calls, loops, own_copies) in zip(declared, owned, strict=True):
        key = (m["name"], scope)
        if key in found:
            continue  # declared twice in one class (or at the top level): which one a call reaches is not read
        shows = [(p.name, p.name, p.type, p.named) for p in params]
        carrier = _carrier(
            src[body[0] : body[1]], body[0], shows, bold_at, chrome, calls, loops, own_copies, constants_only=bool(m["void"])
        )
        found[key] = (m.start("name"), carrier) if carrier is not None else None
    methods = {key: c for key, c in found.items() if c is not None}
    for key, c in _widget_carriers(src, close, string_end, in_code, bold_at, chrome).items():
        methods.setdefault(key, c)  # (a method of the same name declared at the top level comes first)
    return methods


def _owned_calls(calls: dict[str, list[int]], declarations: list[tuple[tuple[int, int], set[str]]]) -> list[dict[str, list[int]]]:
    """For each declaration (its body's span, its parameters' names, in the order of the source), the text widgets'
    calls of `calls` (`_text_calls`) that show one of its own parameters: a call is the innermost declaration's that
    holds it and names the call's name as a parameter, as Dart scopes it (an inner `Widget _g(String a) { Text(a) }`
    shadows the `a` of the method around it).  (u45h) Each call is one declaration's: 2,000 nested declarations of one
    parameter each tried every inner `Text(a)`, 13 s (quadratic); now each name is one sweep of its calls."""
    owned: list[dict[str, list[int]]] = [{} for _ in declarations]
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for i, (body, names) in enumerate(declarations):
        for name in names:
            if name in calls:
                spans.setdefault(name, []).append((body[0], body[1], i))
    for name, held in spans.items():
        held.sort()
        open_: list[tuple[int, int, int]] = []  # (-start, end, declaration) of the bodies begun, latest first
        k = 0
        for at in calls[name]:
            while k < len(held) and held[k][0] <= at:
                heappush(open_, (-held[k][0], held[k][1], held[k][2]))
                k += 1
            while open_ and open_[0][1] <= at:
                heappop(open_)  # (ended: no later call is inside it; the latest begun that holds `at` is on top)
            if open_:
                owned[open_[0][2]].setdefault(name, []).append(at)
    return owned


# (lead49) `final cleanText = text.replaceAll('**', '');`: a local copy of a parameter with its markers taken out (or
# `.trim()`), its name and the parameter's
_COPY = lazy(r"\b(?:final|var|String)\s++(\w++)\s*+=\s*+([A-Za-z_$]\w*+)\s*+\.\s*+(?:replaceAll|trim)\(")


def _owned_copies(src: str, declarations: list[tuple[tuple[int, int], set[str]]]) -> list[dict[str, set[str]]]:
    """For each declaration (as `_owned_calls` takes them), {parameter: the names of its local copies (`_COPY`)} made in
    its body and not in a declaration inside it that names that parameter too (u50h: each declaration's body was searched
    for them, and 1,000 nested declarations each making one took 11 s, quadratic; now one search of the source)."""
    places: dict[str, list[int]] = {}
    copy_at: dict[int, str] = {}
    for m in _COPY.finditer(src):
        places.setdefault(m[2], []).append(m.start())
        copy_at[m.start()] = m[1]
    copies: list[dict[str, set[str]]] = [{} for _ in declarations]
    for i, owned in enumerate(_owned_calls(places, declarations)):
        for name, at in owned.items():
            copies[i][name] = {copy_at[k] for k in at}
    return copies


def _carrier(
    text: str,
    base: int,
    shows: list[tuple[str, str, str, bool]],
    bold_at: Predicate,
    chrome: Predicate,
    calls: dict[str, list[int]] | None = None,
    loops: dict[str, list[int]] | None = None,
    copies: dict[str, set[str]] | None = None,
    *,
    constants_only: bool = False,
) -> Carrier | None:
    """The carrier whose body `text` (at `base` in the source) shows some of its parameters, each given as (its name at
    a call, its name in the body, its type, named or not); None when it shows none.  `calls`: where in the source a
    text widget's call may show each name (`_text_calls`), `loops`: where a loop over each name may start
    (`_list_loops`), when known; `copies`: the local copies of each parameter (`_owned_copies`), when known."""

    def bold(at: int) -> bool:
        return bold_at(base + at)

    def within(name: str, places: dict[str, list[int]] | None = calls) -> list[int] | None:
        """Where in `text` a text widget's call (or a loop, `places`) may show `name` (and its start: nothing stands
        before it in `text`)."""
        if places is None:
            return None
        at = places.get(name, [])
        return [0, *(k - base for k in at[bisect_left(at, base + 1) : bisect_left(at, base + len(text))])]

    positional: list[Shown | None] = []
    named: dict[str, Shown] = {}
    for name, shown_as, kind, is_named in shows:
        shown = None
        if kind in _TEXT_TYPES:
            own = None if copies is None else sorted(copies.get(shown_as, ()))
            places = within(shown_as)
            if places is not None and own:
                places = sorted(set(places).union(*(within(copy) or () for copy in own)))
            shown = _shows_text(text, shown_as, bold, places, own)
        elif kind in _LIST_TYPES:
            shown = _shows_list(text, shown_as, bold, within(shown_as, loops))
        if shown is not None and _only_in_chrome(text, shown_as, base, chrome, within(shown_as)):
            shown = None
        if is_named:
            if shown is not None:
                named[name] = shown
        else:
            positional.append(shown)
    return Carrier(tuple(positional), named, constants_only) if any(positional) or named else None


# (u43k3, eval/blind/round43d xingluo-dart) a widget class of the file: `class _Body extends StatelessWidget {`, its name
_WIDGET_CLASS = lazy(r"(?<![\w.$])class\s++(?P<name>[A-Za-z_$]\w{0,60})\s++extends\s++(?P<base>Stateless|Stateful)Widget\b[^{;]{0,200}?\{")
# a text widget's call and the name it may show (`_shows_text`): `Text(title`, `SelectableText('$title`,
# `TextSpan(text: "${title}`
# (the call's rest in a lookahead: `Text(Text('…'))` holds two calls)
_TEXT_CALL = lazy(
    r"(?<![\w.$])(?:(?:Text|SelectableText)(?=\s*+\(\s*+(?:['\"]\$\{?)?([A-Za-z_$][\w$]*+))"
    r"|TextSpan(?=\s*+\(\s*+text\s*+:\s*+(?:['\"]\$\{?)?([A-Za-z_$][\w$]*+)))"
)


def _text_calls(src: str, pattern: re.Pattern[str] | None = None) -> dict[str, list[int]]:
    """{name: where each text widget's call that may show it starts} (`_TEXT_CALL`, or `pattern`), in order."""
    found: dict[str, list[int]] = {}
    for m in (pattern or _TEXT_CALL).finditer(src):
        found.setdefault(m.group(1) or m.group(2), []).append(m.start())
    return found


# (u45h) a loop over a list that `_shows_list` may read, and the list's name: `items.map((item) =>`, `...items.map(`,
# `for (final item in items)` (2,000 nested declarations of one list parameter each searched the rest of the file)
_LIST_LOOP = lazy(
    r"(?:(?<![\w.$])|(?<=\.\.\.))([A-Za-z_$]\w*+)(?=\s*+\.\s*+map\b)"
    r"|\bfor(?=\s*+\(\s*+(?:(?:final|var|String)\s*+)?(?:String\s++)?[A-Za-z_$]\w*+\s++in\s++([A-Za-z_$]\w*+)\s*+\))"
)


def _list_loops(src: str) -> dict[str, list[int]]:
    """{name: where each loop over it that `_shows_list` may read starts} (`_LIST_LOOP`), in order."""
    return _text_calls(src, _LIST_LOOP)


# a name called: `_Body(`, `Text (` (a constructor, `_widget_carriers`)
_NAME_CALL = lazy(r"(?<![\w.$])([A-Za-z_$][\w$]*+)\s*+\(")
# a `this.text` / `required this.text` constructor parameter (`super.key`, a typed parameter: not a field it sets)
_FIELD_PARAMETER = re.compile(r"(?:required\s+)?this\.(?P<name>[A-Za-z_$]\w*)\s*(?:=.*)?", re.DOTALL)


def _widget_carriers(src: str, close: Closer, string_end: StringEnd, in_code: Predicate, bold_at: Predicate, chrome: Predicate) -> Found:
    """The file's own widget classes that show a constructor argument, as carriers of the top level: `class _Body
    extends StatelessWidget { final String text; const _Body(this.text); … Text(text, …) }` (and a stateful widget
    whose state shows `widget.text`).  A screen that writes its policy as `_Title('…')`, `_Body('…' '…')` calls of such
    classes was read as no page at all, its code as plain text (eval/blind/round43d xingluo-dart: `{super.key}` taken
    for a slot).  Each `this.field` parameter, positional or named, whose field is declared a `String` (or a list of
    strings) and shown as in `carriers`, is read at each call (`_Body('…')`, `const _Body('…')`)."""
    states: dict[str, tuple[int, int]] = {}
    for m in re.finditer(r"(?<![\w.$])class\s++\w+\s++extends\s++State\s*<\s*(?P<widget>[A-Za-z_$]\w*)\s*>[^{;]{0,200}?\{", src):
        if in_code(m.start()):
            states[m["widget"]] = (m.end(), close(m.end()))
    found: dict[tuple[str, int], tuple[int, Carrier] | None] = {}
    classes = [m for m in _WIDGET_CLASS.finditer(src) if in_code(m.start())]
    # (u44h) where each class's name is called, from one search of the file: each class searched its body for its
    # constructor, and a body never closed runs to the end of the file (2,000 of them took 4 s, quadratic)
    wanted = {m["name"] for m in classes}
    calls: dict[str, tuple[list[int], list[re.Match[str]]]] = {}
    for c in _NAME_CALL.finditer(src) if classes else ():
        if c.group(1) in wanted:
            starts, matches = calls.setdefault(c.group(1), ([], []))
            starts.append(c.start())
            matches.append(c)
    for m in classes:
        name = m["name"]
        body = (m.end(), close(m.end()))
        starts, matches = calls.get(name, ([], []))
        k = bisect_left(starts, body[0])
        ctor = matches[k] if k < len(matches) and matches[k].end() <= body[1] else None
        if ctor is None:
            continue
        stateful = m["base"] == "Stateful"
        shown_in = states.get(name) if stateful else body
        if shown_in is None:
            continue
        fields = _field_parameters(src, ctor.end(), close(ctor.end()) - 1, close, string_end)
        declared = src[body[0] : body[1]]
        shows = [
            (field, f"widget.{field}" if stateful else field, (_field_type(declared, field) if field else None) or "?", is_named)
            for field, is_named in fields
        ]
        key = (name, -1)
        carrier = _carrier(src[shown_in[0] : shown_in[1]], shown_in[0], shows, bold_at, chrome)
        found[key] = None if key in found else (m.start("name"), carrier) if carrier is not None else None
    return {key: c for key, c in found.items() if c is not None}


def _field_parameters(src: str, start: int, end: int, close: Closer, string_end: StringEnd) -> list[tuple[str, bool]]:
    """A widget constructor's parameters in order, as (the field a `this.field` sets, or "", named or not)."""
    out: list[tuple[str, bool]] = []
    for a, b in split_arguments(src, start, end, close, string_end):
        text = src[a:b].strip()
        if text.startswith(("{", "[")):
            inner_start = a + src[a:b].index(text[0]) + 1
            named = text.startswith("{")
            out.extend((field, named) for field, _ in _field_parameters(src, inner_start, close(inner_start) - 1, close, string_end))
            continue
        m = _FIELD_PARAMETER.fullmatch(text)
        out.append((m["name"] if m is not None else "", False))
    return out


def _field_type(body: str, field: str) -> str | None:
    """The declared type of a widget's field (`final String text;`, `final List<String>? items;`), None when not found."""
    m = re.search(rf"(?<![\w.$])(?:final|late)\s+(?:final\s+)?(?P<type>[A-Z]\w*(?:<[\w<>?, ]*>)?\??)\s+{re.escape(field)}\s*[;=]", body)
    return m["type"].replace(" ", "") if m is not None else None


def _only_in_chrome(body: str, name: str, base: int, chrome: Callable[[int], bool], calls: list[int] | None = None) -> bool:
    """Is every `Text(name` of the body inside a navigation bar (the page's name, chrome)?  `calls`: where in `body` a
    text widget's call may show `name` (`_shows_text`), when known."""
    n = re.escape(name)
    pattern = re.compile(rf"(?<![\w.$])(?:Text|SelectableText|TextSpan)\s*\(\s*(?:text\s*:\s*)?(?:{n}|'\${n}')\b")
    at = [m.start() for m in pattern.finditer(body)] if calls is None else [k for k in calls if pattern.match(body, k)]
    return bool(at) and all(chrome(base + k) for k in at)


def call_texts(
    src: str,
    found: dict[tuple[str, int], tuple[int, Carrier]],
    classes: list[tuple[int, int]],
    close: Closer,
    string_end: StringEnd,
    in_code: Callable[[int], bool],
    chrome: Callable[[int], bool],
    value_of: Named | None = None,
) -> list[tuple[int, int, bool]]:
    """The literals the calls of the carriers show: (start of the literal, end of the argument's literals, bold), in
    the order of the source; a literal's text is read by the caller (`load.dart`).  `value_of`: a same-file string
    constant joined between two literals by `+`, as `scripts.joined_literals` reads it (u47h2)."""
    if not found:
        return []
    names = "|".join(sorted({re.escape(name) for name, _ in found}, key=len, reverse=True))
    out: list[tuple[int, int, bool]] = []
    constants: dict[str, list[int]] | None = None  # the file's constant declarations, found at the first name passed
    scopes = _Scopes(classes)
    for m in re.finditer(rf"(?:(?<![\w.$])|(?<=\bthis\.))(?P<name>{names})[ \t]*+\(", src):
        scope = scopes.at(m.start())
        reached = found.get((m["name"], scope)) or found.get((m["name"], -1))
        if reached is None:
            continue
        declared, carrier = reached
        if m.start("name") == declared or not in_code(m.start()) or chrome(m.start()):
            continue
        end = close(m.end())
        index = 0
        for a, b in split_arguments(src, m.end(), end - 1, close, string_end):
            k = skip_blank(src, a)
            named = _NAMED_ARGUMENT.match(src, k)
            if named is not None:
                shown = carrier.named.get(named["name"])
                k = skip_blank(src, named.end())
            else:
                shown = carrier.positional[index] if index < len(carrier.positional) else None
                index += 1
            if shown is None:
                continue
            if carrier.constants_only:
                if constants is None:
                    constants = constant_declarations(src, string_end)
                constant = shown_constant(src, k, constants, string_end, classes, value_of)
                if constant is not None:
                    out.append((*constant, shown.bold))
            elif shown.list:
                out.extend(_list_literals(src, k, b, shown.bold, close, string_end))
            elif _literal_value(src, k, b, string_end, value_of):
                out.append((k, b, shown.bold))
            else:
                if constants is None:
                    constants = constant_declarations(src, string_end)
                reaching = in_scope(constants.get(src[k:b].strip(), []), classes, k)
                constant = _constant_literal(src, reaching, string_end, value_of)
                if constant is not None:
                    out.append((*constant, shown.bold))
    return out
