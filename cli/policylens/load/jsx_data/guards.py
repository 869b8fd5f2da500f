"""The condition a part of a `.map` callback's markup is shown under, read on each item (`guard`, `Term.holds`).

Forty-sixth session (u46k2, eval/precision46 oxm-tw-tsx): one field of the item, `{section.items.length > 0 &&
(<ol>…</ol>)}`, `{section.note && <p>…</p>}`: the element is shown when the field is not empty.

Forty-seventh session (u47l, eval/profiles47c axiso-zh): a page that picks how to show a section by its fields joins
several tests with `&&`, `{section.type === 'list' && section.items && (<ul>…)}`, `{section.content &&
!section.subsections && (<p>…)}`, `{section.items && section.type !== 'list' && (<ul>…)}`: the whole policy (a `sections`
array of ten items, 1,060 Chinese characters) was left unread with a warning.  Each test is one of a field not empty
(`a.b`, `a.b.length > 0`, `a.b !== 0`), a field empty (`!a.b`), or a field equal or not to a string literal (`a.type ===
'list'`, `a.kind != "note"`; a field the item lacks equals no string); the element is shown when every test holds.
Anything else (`||`, a call, a comparison with a variable, a field holding code) stays unreadable.

Fifty-ninth session (u59r, issue #14, eval/profiles57q tuandui-zh): an accordion, `{expandedSection === section.id &&
(<div>{section.content}</div>)}`, shows each item's body when the reader opens it: a page state (one bare name the page
binds with `useState`) equal to a field of the item that holds a string (its id or key), either way round, is a test that
holds for every item (the text is the page's, every part of it can be opened).  Not `!==` (a part shown while closed), not a field holding no string,
not a constant of the page on the other side, nor two fields of the item.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from policylens.lazyre import lazy
from policylens.load.jsx_data.syntax import _NAME, _S
from policylens.load.vue_data import UNKNOWN, Constant, Value

# one test: `!section.subsections`, `section.items.length > 0`, `section.type === 'list'`, `item?.note`
_TERM = lazy(
    rf"(?<![ \t\r\n]){_S}(!?){_S}(?<![\w$.])({_NAME}(?:\??\.{_NAME})*+)"
    r"""(?:[ \t]*+(>|===?|!==?)[ \t]*+(0|'[^'\\\n]{0,80}+'|"[^"\\\n]{0,80}+"))?"""
)
_AND = lazy(rf"(?<![ \t\r\n]){_S}&&")
# (u59r) an accordion's test: a page state equal to a field of the item, `expanded === section.id`, `item.key == openKey`
_OPENED = lazy(rf"(?<![ \t\r\n]){_S}(?<![\w$.])({_NAME}(?:\??\.{_NAME})*+)[ \t]*+===?[ \t]*+({_NAME}(?:\??\.{_NAME})*+)(?![\w$.(\[])")
# the shown part's start after the last `&&`: `(` and markup, or markup
_OPEN = lazy(rf"(?<![ \t\r\n]){_S}(\(?){_S}(?=<[A-Za-z])")
_MAX_TERMS = 6
# a field's JS literal that is false (`{section.hidden && <p>…</p>}` over `hidden: false` shows nothing; over `n: 0`, React
# writes 0, no text of the element): the data reader keeps numbers and constants as their text
_FALSY = frozenset({"false", "0", "-0", "0.0", "NaN"})


class Unreadable(Exception):
    """A test the reader cannot tell on the item: the callback's markup is left as it is."""


class Term(NamedTuple):
    """One test of a guard: `negated`, the item's `path`, and a comparison (`op`, `operand` as written) or none."""

    negated: bool
    path: str
    op: str | None
    operand: str | None

    def holds(self, value_of: Callable[[list[str]], Value]) -> bool:
        """Whether the test holds on the item whose fields `value_of` looks up (a path's steps → its value, None for a
        field the item lacks); `Unreadable` when it cannot be told."""
        if self.op == "opened":
            return _opened(self.path, self.operand or "", value_of)
        steps = self.path.replace("?.", ".").split(".")
        length = steps[-1] == "length" and len(steps) > 1
        if length:
            steps = steps[:-1]
        if self.operand is not None and self.operand != "0":
            if length or self.op == ">":
                raise Unreadable
            value = value_of(steps)
            if value is not None and not isinstance(value, tuple):
                raise Unreadable  # (an array, an object, code: no string to compare)
            equal = value is not None and value[0] == self.operand[1:-1]
            return equal == (self.op in ("==", "==="))
        if self.op is not None and (not length or self.op in ("==", "===")):
            raise Unreadable  # `{count > 0 && …}`: a number, not a field of text; `a.length === 0`
        value = value_of(steps)
        if value is UNKNOWN or not (value is None or isinstance(value, (list, tuple))):
            raise Unreadable
        empty = value is None or (isinstance(value, list) and not value) or (isinstance(value, tuple) and not value[0].strip())
        if isinstance(value, Constant) and not length and value[0] in _FALSY:
            # (u47h) `hidden: false`, `n: 0`: the data reader keeps a number or a constant as its text; (u48l) the
            # strings `"0"` and `"false"` are not empty in JS, so they show the part
            empty = True
        return empty == self.negated


# (u59r) a name the page binds with `useState`: `const [open, setOpen] = useState(…)`, `React.useState<string>(…)`
_USE_STATE = lazy(r"\[[ \t]*+([A-Za-z_$][\w$]*+)[ \t]*+,[ \t]*+[A-Za-z_$][\w$]*+[ \t]*+\][ \t]*+=[ \t]*+(?:React\.)?useState\b")


@lru_cache(maxsize=16)
def _states(text: str) -> frozenset[str]:
    """The names `text` binds with `useState` (once a page: a page may hold many guards)."""
    return frozenset(m.group(1) for m in _USE_STATE.finditer(text)) if "useState" in text else frozenset()


def _react_state(text: str, left: str, right: str) -> bool:
    """Whether one side of `left === right` is a bare name the page binds with `useState`: a state the reader changes,
    not a constant of the page."""
    return bool({left, right} & _states(text))


def _opened(left: str, right: str, value_of: Callable[[list[str]], Value]) -> bool:
    """(u59r) Whether `left === right` is an accordion's test (see module doc): one side a bare name that is no constant
    of the page nor a name of the item, the other a field of the item that holds a string; `Unreadable` otherwise."""
    for state, field in ((left, right), (right, left)):
        steps = field.replace("?.", ".").split(".")
        if "." in state or len(steps) < 2:
            continue
        try:
            value_of([state])
        except Unreadable:  # (the renderer's, a subclass: a name it does not know, the page's state)
            pass
        else:
            continue  # a constant of the page or a name of the item: a comparison this reader cannot tell
        if isinstance(value_of(steps), tuple):
            return True
    raise Unreadable


class Guard(NamedTuple):
    """`{test && test && (<…>…</…>)}`: the tests, where the shown markup starts, whether it is parenthesised."""

    terms: tuple[Term, ...]
    start: int
    paren: bool


def guard(text: str, start: int, close: int) -> Guard | None:
    """The guard written in `text[start:close]` (a child expression's body), or None when it is none (see module doc)."""
    terms: list[Term] = []
    i = start
    while len(terms) < _MAX_TERMS:
        opened = _OPENED.match(text, i, close)
        if opened is not None and _AND.match(text, opened.end(), close) and _react_state(text, opened.group(1), opened.group(2)):
            terms.append(Term(False, opened.group(1), "opened", opened.group(2)))
            i = opened.end()
            joined = _AND.match(text, i, close)
            assert joined is not None
            shown = _OPEN.match(text, joined.end(), close)
            if shown is not None:
                return Guard(tuple(terms), shown.end(), bool(shown.group(1)))
            i = joined.end()
            continue
        m = _TERM.match(text, i, close)
        if m is None or (m.group(1) and m.group(3)):
            return None  # (`!a.b > 0`: not a test of this reader)
        terms.append(Term(bool(m.group(1)), m.group(2), m.group(3), m.group(4)))
        joined = _AND.match(text, m.end(), close)
        if joined is None:
            return None
        opened = _OPEN.match(text, joined.end(), close)
        if opened is not None:
            return Guard(tuple(terms), opened.end(), bool(opened.group(1)))
        i = joined.end()
    return None
