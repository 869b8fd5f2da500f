"""Where each name of a React page is declared and assigned (`_Names`, one search each over the page), and the literal
a name is defined as: an array (`_array`), one of two arrays chosen by a condition (`_either`), any literal (`_literal`),
when it is defined once and never assigned again; `_skip_type` steps over a TypeScript type after the name."""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.jsx_data.syntax import _NAME, _S
from policylens.load.scripts import skip_blank
from policylens.load.vue_data import UNKNOWN, Value, _Script

# every declaration and every assignment of a name, found once a page (`_Names`)
_DECLARED = lazy(r"(?<![\w$.])(?:const|let|var)[ \t\r\n]++(?=([A-Za-z_$][\w$]*+))")
_ASSIGNED = lazy(r"(?<![\w$.])(?:this\.)?([A-Za-z_$][\w$]*+)[ \t\r\n]*+(?:[-+*/|&?]?=(?![=>])|\.(?:push|unshift|splice|pop|shift)\()")


class _Names:
    """Where each name of a page is declared (`const name`: the name's end) and assigned (`name = …`, `name.push(…)`:
    the statement's start), from one search each over the page: `_array` searched the whole page twice for each of up
    to 200 `.map` expressions (200 maps on a 3 MB page took 45 s, u34h)."""

    def __init__(self, masked: str) -> None:
        self.declared: dict[str, list[int]] = {}
        self.assigned: dict[str, list[int]] = {}
        for m in _DECLARED.finditer(masked):
            self.declared.setdefault(m.group(1), []).append(m.end(1))
        for m in _ASSIGNED.finditer(masked):
            self.assigned.setdefault(m.group(1), []).append(m.start())


def _array(script: _Script, masked: str, names: _Names, name: str) -> list[Value] | None:
    """The array literal a name is defined as, `const name = [...]` or with a type, `const name: { title: string;
    body: string[] }[] = [...]` (`vue_data`'s reader takes no type with a `;` or a line break in it), when it is defined
    once and never assigned again (`name = …`, `name.push(…)`); None otherwise."""
    found = names.declared.get(name, [])
    if len(found) != 1:
        return None
    i = _skip_type(masked, found[0])
    if i < 0 or not masked.startswith("[", i):
        return None
    if any(a != found[0] - len(name) for a in names.assigned.get(name, [])):
        return None
    value, _ = script.read(i, 0)
    return value if isinstance(value, list) else None


# (u43k2, eval/blind/round40 tongri-tsx) a name bound to one of two arrays by a condition; matched right after the name
# (the look-behind: a search never starts inside a run of blanks, u50h)
_EITHER = lazy(rf"(?<![ \t\r\n]){_S}={_S}[\w$.!]++(?:{_S}[!=]==?{_S}[\w$.]*+)?{_S}\?{_S}({_NAME}){_S}:{_S}({_NAME})(?=[ \t]*+[;\r\n])")


def _either(script: _Script, masked: str, names: _Names, name: str) -> list[Value] | None:
    """The items of both arrays a name is bound to by a condition (`const items = isTerms ? terms : privacy`), the
    first branch's then the second's: the page shows one of them, the reviewer reads both (as both branches of a
    language switch, `load.jsx_locale`); None when it is bound otherwise or either is not a plain array."""
    found = names.declared.get(name, [])
    if len(found) != 1 or len(names.assigned.get(name, [])) > 1:
        return None
    m = _EITHER.match(masked, found[0])
    if m is None:
        return None
    first, second = (_array(script, masked, names, branch) for branch in (m.group(1), m.group(2)))
    return None if first is None or second is None else first + second


# (u48w3, eval/profiles48b tripcircle-zh) `field: NAME` inside a name's value
_FIELD_NAME = lazy(rf"(?<![\w$.])({_NAME}){_S}:{_S}")
# (lead48) `(?<![\w$])`: a whole name (matched right after `:`, so exact; linear under search too)
_BARE_NAME = lazy(rf"(?<![\w$])({_NAME}){_S}(?=[,}}\r\n])")
_MAX_BINDING = 4_000


def _field_arrays(script: _Script, masked: str, names: _Names, name: str, field: str) -> list[Value] | None:
    """The items of every array a name's value holds under `field`, in the order written: the page of
    `const content = useMemo(() => { if (type === 'privacy-policy') { return { title: '隐私政策', sections:
    PRIVACY_POLICY_SECTIONS } } return { title: '用户服务协议', sections: USER_AGREEMENT_SECTIONS } }, [type])` and
    `{content.sections.map((section) => …)}` shows one of them, the reviewer reads both (as `_either`).  None when the
    name is declared more than once or assigned again, its value runs past 4,000 characters, the field holds anything
    but a bare name somewhere in it, or a name it holds is no plain array."""
    found = names.declared.get(name, [])
    if len(found) != 1 or any(a != found[0] - len(name) for a in names.assigned.get(name, [])):
        return None
    start = _skip_type(masked, found[0])
    if start < 0:
        return None
    if masked.startswith("{", start):
        # (u56j) an object written once whose field is an array written in it, `const PRIVACY: Doc = { title: '隐私政策',
        # articles: [{ title, body }, …] }` shown by `{PRIVACY.articles.map((a) => …)}`: that array (the page was read
        # as nothing, without a word)
        value, _ = script.read(start, 0)
        inline = value.get(field) if isinstance(value, dict) else None
        if isinstance(inline, list) and inline:
            return inline
    depth, i, n = 0, start, min(len(masked), start + _MAX_BINDING)
    while i < n:
        c = masked[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0 and c in ";\n":
            break
        i += 1
    else:
        return None
    items: list[Value] = []
    for m in _FIELD_NAME.finditer(masked, start, i):
        if m.group(1) != field:
            continue
        bare = _BARE_NAME.match(masked, m.end(), i)
        value = None if bare is None else _array(script, masked, names, bare.group(1))
        if value is None:
            return None
        items.extend(value)
    return items or None


def _skip_type(masked: str, i: int) -> int:
    """Past a declaration's type annotation (`: T`) and its `=`, to the value; -1 when there is none to read."""
    i = skip_blank(masked, i)
    if masked.startswith(":", i):
        depth, n = 0, min(len(masked), i + 2000)
        i += 1
        while i < n:
            c = masked[i]
            if c in "([{<":
                depth += 1
            elif c in ")]}>" and not (c == ">" and masked[i - 1] == "="):
                depth -= 1
            elif c == "=" and depth == 0 and masked[i + 1 : i + 2] not in ("=", ">"):
                break
            i += 1
        else:
            return -1
    if not masked.startswith("=", i) or masked.startswith(("==", "=>"), i):
        return -1
    return skip_blank(masked, i + 1)


def _literal(script: _Script, masked: str, names: _Names, name: str, props: set[int]) -> Value:
    """The array or object literal a name is defined as, once and never assigned again (`_array`); UNKNOWN otherwise."""
    found = names.declared.get(name, [])
    if len(found) != 1:
        return UNKNOWN
    i = _skip_type(masked, found[0])
    if i < 0 or not masked.startswith(("[", "{"), i):
        return UNKNOWN
    if any(a != found[0] - len(name) and a not in props for a in names.assigned.get(name, [])):
        return UNKNOWN
    value, _ = script.read(i, 0)
    return value
