"""Slot components: a template's marker for a value not written yet, named for itself (`<Todo />`, `<TBD/>`,
`<Placeholder>公司名称</Placeholder>`, `<FillMe />`), shown as the slot it is (fifty-ninth session, u59p, issue #11 §1).

A React, Vue or Svelte draft marks what is still to be written with a component of its own: 「生效日期：<Todo />」,
「运营者：<Placeholder>公司名称</Placeholder>」.  The HTML reader drops an unknown tag, so the page read 「生效日期：」 (at
best a warning for an empty field) or 「运营者：公司名称」 (nothing): the marker, the one sign that a slot is there, was lost.
u58f caught the instruction text inside `<Todo>填写…</Todo>`; the component's name itself was never read.

`mark_slot_component` rewrites such a tag in the reader's copy of the source, length for length, before the HTML reader
sees it: a self-closed or empty one as its name in square brackets (`[Todo]`, `[TBD]`, `[Placeholder]`; a name the slot
rules do not know as a marker, `FillMe`, as `[TODO]`), one wrapping text as square brackets around that text
(「[公司名称]」, 「[填入正式生效日期]」), the rest of the tags `server_code.CODE` (dropped, positions kept).  The placeholder rules
then judge it as they judge a bracketed slot: an error for a marker or a field's name, a warning (「模板括号未移除」) for a
value already written inside the marker.

Only a tag with no attribute, named exactly so (`_SLOT_NAME`), in the markup's text: a to-do app's own components
(`<TodoList>`, `<TodoItem>{t.title}</TodoItem>`, `<Todo item={t} />`), UI kits' loading skeletons (react-bootstrap's
`<Placeholder xs={6} />`), an import or `function Todo()` (code, never markup) stay as they were; so does a marker around
markup or an expression (`<Todo>{note}</Todo>`, `<Placeholder><Line /></Placeholder>`).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.server_code import CODE

# the names a draft gives its slot marker; the ones the slot rules know as a marker's word are written as they are
_SLOT_NAME = lazy(r"<(Todo|TODO|ToDo|TBD|Tbd|TBC|Placeholder|FillMe|FillIn|ToFill|FixMe|Fixme|FIXME)[ \t]{0,4}(/?)>")
_KNOWN = frozenset({"Todo", "TODO", "ToDo", "TBD", "Tbd", "TBC", "Placeholder", "FIXME"})
_TEXT_MAX = 80  # (a marker's text is a field's name or an instruction, not a paragraph)


def _write(out: list[str], start: int, end: int, shown: str) -> None:
    """`out[start:end]` as `shown`, the rest CODE (`shown` is never longer than the span)."""
    for k in range(start, end):
        out[k] = shown[k - start] if k - start < len(shown) else CODE


def mark_slot_component(text: str, out: list[str], at: int, end: int) -> int:
    """If a slot component's tag opens at `text[at]` (within `end`, inclusive), write it into `out` as its slot (see the
    module) and return where reading goes on (after the start tag); else return `at`."""
    m = _SLOT_NAME.match(text, at, end + 1)
    if m is None:
        return at
    name = m.group(1)
    shown = f"[{name if name in _KNOWN else 'TODO'}]"
    if m.group(2):  # 「<Todo />」
        _write(out, at, m.end(), shown)
        return m.end()
    closing = f"</{name}>"
    close = text.find(closing, m.end(), min(end + 1, m.end() + _TEXT_MAX + len(closing)))
    if close < 0:
        return at
    inner = text[m.end() : close]
    if "<" in inner or "{" in inner or "}" in inner:
        return at  # (a marker around markup or an expression: what it shows is not written here)
    if not inner.strip():  # 「<Todo></Todo>」: empty, as a self-closed one
        _write(out, at, m.end(), shown)
        _write(out, close, close + len(closing), "")
        return m.end()
    _write(out, at, m.end(), "[")
    _write(out, close, close + len(closing), "]")
    return m.end()


def mark_slot_components(text: str) -> str:
    """`text` (a Vue or Svelte component's source) with every slot component's tag written as its slot (see the module);
    `text` itself when it has none.  A tag in a `<script>` is left: the pattern asks for a tag with no attribute, and a
    script's JSX (`return <Todo />`) is the one case read so, harmless (the HTML reader skips a script's text)."""
    if "<" not in text or _SLOT_NAME.search(text) is None:
        return text
    out = list(text)
    at = 0
    while (m := _SLOT_NAME.search(text, at)) is not None:
        at = max(mark_slot_component(text, out, m.start(), len(text) - 1), m.start() + 1)
    return "".join(out)


_FENCE = lazy(r"---[ \t]*+\r?$")


def template_code(path: str, text: str) -> str:
    """An Astro page's source with its component script, the front matter fenced by `---` lines at the top, blanked (spaces,
    newlines kept); any other source as it is.  The script is code (`const title = \\`隐私政策 ${site}\\``, imports): read as
    HTML it was the page's first paragraph (「--- const email = …; ---」) (u59p, issue #11 §2)."""
    if not path.lower().endswith(".astro"):
        return text
    lines = text.split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or _FENCE.match(lines[first].strip(" \t")) is None:
        return text
    end = next((n for n in range(first + 1, len(lines)) if _FENCE.match(lines[n].strip(" \t"))), None)
    if end is None:
        return text
    blanked = ["".join(c if c == "\r" else " " for c in line) for line in lines[: end + 1]]
    return "\n".join(blanked + lines[end + 1 :])
