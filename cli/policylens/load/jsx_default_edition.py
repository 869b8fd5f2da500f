"""A React page holding two editions, the one it shows first written second (`default_return_line`).

Fifty-second session (u52s, eval/structure51s lumin-tsx): a client page keeps its English edition in an early branch,
`const [isEnglishMode, setIsEnglishMode] = useState(false);` … `if (isEnglishMode) { return (<main>…<h1>Lumin Privacy
Policy</h1>…</main>); }`, and its default Chinese edition in the component's last `return (<main>…<h1>Lumin 隐私政策</h1>…)`.
The state starts false, so the page first shows the second return: its h1 is the document's title, and the branch is the
other edition (both are read, as `load.jsx_editions` reads a page's editions: the page shows one, the reviewer reads them
all).  Before, the title picker took the first h1 in the file, the English one, and the Chinese name was a section.

Only where the evidence is certain: the state's initial value is a literal the condition rejects (`useState(false)`,
`null`, `undefined`, `0`, `""`, `useState()` under `if (X)`; `useState(true)` under `if (!X)`), the branch is an `if`
whose block starts with `return (` and holds braces that balance, and the next statement after its block is the
default `return (`.  A state set from an expression (`useState(isEnglish())`), a condition on anything else (`if
(lang === "en")`), or code between the branch and the default return leaves the page as before.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.jsx_locale import JS_BLANKS, JS_NAME

_S = JS_BLANKS
# `const [isEnglishMode, setIsEnglishMode] = useState(false)`, `React.useState<boolean>(false)`
_STATE = lazy(
    rf"\[{_S}({JS_NAME}){_S},{_S}{JS_NAME}{_S}\]{_S}={_S}(?:React\.)?useState(?:<[^<>\n]{{1,40}}>)?"
    rf"\({_S}(false|true|null|undefined|0|\"\"|''|)(?:{_S}\))"
)
# `if (isEnglishMode) {` / `if (!isChinese) {` then `return (`
_BRANCH = lazy(rf"(?<![\w$.])if[ \t]*+\([ \t]*+(!?)({JS_NAME})[ \t]*+\)[ \t]*+\{{{_S}return{_S}\(")
_RETURN = lazy(rf"(?<![ \t\r\n]){_S}(?://[^\n]*+\n{_S}){{0,3}}return{_S}\(")  # the next statement (a comment or three between)
_FALSY = frozenset({"false", "null", "undefined", "0", '""', "''", ""})
_MAX_BRANCH = 200_000  # characters of one branch scanned for its closing brace


def default_return_line(source: str) -> int | None:
    """The line of the default `return (` of a page whose first-shown edition is written after an early branch (see module
    doc); None when the page has no such pair (the common case: a page with no `useState` is not scanned further)."""
    if "useState" not in source or "return" not in source:
        return None
    rejected: set[str] = set()
    for m in _STATE.finditer(source):
        value = m.group(2)
        if value in _FALSY:
            rejected.add(m.group(1))
        elif value == "true":
            rejected.add("!" + m.group(1))
    if not rejected:
        return None
    found: list[int] = []
    for m in _BRANCH.finditer(source):
        if m.group(1) + m.group(2) not in rejected:
            continue
        close = _closing_brace(source, m.start() + m.group(0).index("{") + 1)
        if close is None:
            continue
        after = _RETURN.match(source, close + 1)
        if after is not None:
            found.append(source.count("\n", 0, after.end()) + 1)
    return found[0] if len(found) == 1 else None


def _closing_brace(source: str, start: int) -> int | None:
    """Where the block opened just before `start` closes (braces counted; JSX text and expressions balance theirs)."""
    depth = 1
    end = min(len(source), start + _MAX_BRANCH)
    for k in range(start, end):
        c = source[k]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return k
    return None
