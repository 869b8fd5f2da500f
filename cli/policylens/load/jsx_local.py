"""A React page's own wrapper components, read as the element they render: `<SectionTitle>一、…</SectionTitle>`.

Thirty-eighth session (u38a, eval/structure38 yinxu-policy-tsx): a page that defines its own title and paragraph
components, `const SectionTitle = ({ children }) => (<h2 className="…">{children}</h2>)` and `const Para = ({ children })
=> <p className="…">{children}</p>`, and writes every title as `<SectionTitle>一、我们收集的信息</SectionTitle>`, was read
as if `sectiontitle` were an unknown inline element: thirteen of its sixteen titles (the policy's 一、…八、 and its
agreement's 1.…7.) ran into the paragraph after them.  A component declared in the same file whose whole body is one
heading or paragraph element holding only its children (`{children}`, `{props.children}`) renders that element, and is
read as it (`local_elements`): `<SectionTitle>` as an `<h2>`, `<Para>` as a `<p>`.

Forty-fourth session (u44k, eval/blind/round40d nutritrack-tsx): a page that defines a section component taking its
title as a prop, `function PolicySection({ title, content }) { return (<Card><Text>{title}</Text>…) }`, and writes each
section self-closed, `<PolicySection title="1. 資料收集" content={`…`} />`, was read as two paragraphs: a self-closed
tag's `title` is no section title anywhere else (a table row's label, a list entry's), and a template literal prop is
code.  A component declared in the file whose parameters destructure `title` (or `heading`) and whose body shows it
(`{title}`, or hands it on whole as another component's `title={title}`: u48k) renders that title (`titled_components`): the self-closed tag's title prop is the section's heading, and a
prop's value written as one plain literal (`content={`…`}`, `content={'…'}`) is read as a quoted one is
(`load.jsx.attributes._literal_attribute`, `load.jsx_props`).

Only that shape: a component with statements before its markup, with more than its children inside the element (an
icon, a number, a second child), with a condition, or rendering a `<div>` or another component is left as before (the
kits' own components are `load.jsx.rendered_tag`'s).  A name declared twice is not read.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from policylens.lazyre import lazy
from policylens.load.jsx import _tag_end
from policylens.load.jsx_props import not_shown

_DECLARATION = lazy(r"(?<![\w$.])(?:(?:const|let|var)[ \t]++([A-Z][\w$]{0,60}+)|function[ \t]++([A-Z][\w$]{0,60}+))(?![\w$])")
_HEAD = 600  # characters from the name to the body's `=>` or `return`
_ARROW = lazy(r"=>[ \t\r\n]*+\(?[ \t\r\n]*+<(h[1-6]|p)(?=[\s>])")
_RETURN = lazy(r"\breturn[ \t\r\n]*+\(?[ \t\r\n]*+<(h[1-6]|p)(?=[\s>])")
_CHILDREN = lazy(r"[ \t\r\n]*+\{[ \t\r\n]*+(?:props\.)?children[ \t\r\n]*+\}[ \t\r\n]*+</(h[1-6]|p)[ \t\r\n]*+>")
_TYPE_BRACES = lazy(r"\{[^{};]*+(?:;[^{}]*+)*+\}")  # a props type, `{ children: ReactNode; className?: string }`
_MAX_DECLARATIONS = 500  # component declarations of one page looked at
# (u44k) a component's destructured parameters: `({ title, content }: Props)`, ` = ({ title, children }) =>`
_PARAMS = lazy(r"[ \t]*+(?:=[ \t]*+)?\([ \t\r\n]*+\{([\w$ \t\r\n,:=?'\"]{1,300}+)\}")
_TITLE_PARAM = lazy(r"(?<![\w$:])(title|heading)(?![\w$])(?![ \t]*+:[ \t]*+[A-Za-z_$])")
# `<h2>{title}`, or (u48k, eval/blind/round48 hkdraft-hk-tsx) handed on whole as another component's title prop,
# `<SectionHeader eyebrow="法律文件" title={title} body={body} />`: the page shows it as that component's title (review
# u48r: unless the component shows no text of the page, `<Seo title={title} />`, `jsx_props.not_shown`)
_SHOWN = {
    p: lazy(
        rf">[ \t\r\n]*+\{{[ \t\r\n]*+{p}[ \t\r\n]*+\}}|<([A-Z][\w$.]*+)[^<>]*?\s(?:title|heading)[ \t]*+=[ \t]*+\{{[ \t]*+{p}[ \t]*+\}}"
    )
    for p in ("title", "heading")
}
_BODY = 3_000  # characters of a component's body looked at for its `{title}`


def _declared_once(text: str) -> list[tuple[str, re.Match[str]]]:
    """The page's component declarations among its first `_MAX_DECLARATIONS`, with their names, for the names declared
    once: a name declared twice is left out, since which one the page uses is not told here."""
    matches = list(islice(_DECLARATION.finditer(text), _MAX_DECLARATIONS))
    counts = Counter(m.group(1) or m.group(2) for m in matches)
    return [(m.group(1) or m.group(2), m) for m in matches if counts[m.group(1) or m.group(2)] == 1]


def local_elements(text: str) -> dict[str, str]:
    """The page's own components that render one heading or paragraph element holding only their children, by name:
    `{"SectionTitle": "h2", "Para": "p"}` (see module doc)."""
    if "children" not in text:
        return {}
    found: dict[str, str] = {}
    for name, m in _declared_once(text):
        element = _rendered(text, m.end(), arrow=m.group(1) is not None)
        if element is not None:
            found[name] = element
    return found


def declared_components(text: str) -> frozenset[str]:
    """(u50l) The page's own components, by name: where one shows its `title` prop its definition tells
    (`titled_components`), so `load.jsx_props` reads no other's title as a line (one handed to `<Seo>` is no text)."""
    return frozenset(name for name, _ in _declared_once(text))


def declared_at(text: str, name: str) -> int:
    """(u54x) Where the page declares its component `name` once (the end of `function Name`), -1 if it does not."""
    for found, m in _declared_once(text):
        if found == name:
            return m.end()
    return -1


def titled_components(text: str) -> frozenset[str]:
    """The page's own components that show a `title` or `heading` prop they destructure (see module doc), by name."""
    if "title" not in text and "heading" not in text:
        return frozenset()
    found: set[str] = set()
    for name, m in _declared_once(text):
        params = _PARAMS.match(text, m.end())
        if params is None:
            continue
        shown = set(_TITLE_PARAM.findall(params.group(1)))
        body = text[params.end() : params.end() + _BODY]
        if any(_shows(body, p) for p in shown):
            found.add(name)
    return frozenset(found)


def _shows(body: str, param: str) -> bool:
    """Whether a component's body (up to the next declaration) prints `{param}` as a child, or hands it on whole as the
    title of a component that shows the page's text (`_SHOWN`)."""
    end = _DECLARATION.search(body)
    shown = _SHOWN[param].finditer(body, 0, end.start() if end else len(body))
    return any(m.group(1) is None or not not_shown(m.group(1)) for m in shown)


def _rendered(text: str, start: int, *, arrow: bool) -> str | None:
    """The element a component declared at `start` renders, when its body is only that element around its children."""
    head = text[start : start + _HEAD]
    body = (_ARROW if arrow else _RETURN).search(head)
    if body is None or ";" in _TYPE_BRACES.sub("", head[: body.start()]):
        return None  # (a statement ended before it: the `=>` is another's; `{ children: ReactNode; … }` is a type)
    tag = body.group(1)
    lt = start + body.end() - len(tag) - 1
    gt = _tag_end(text, lt, min(len(text) - 1, lt + 2000))
    if gt <= lt or text[gt] != ">" or text[gt - 1] == "/":
        return None
    inner = _CHILDREN.match(text, gt + 1)
    if inner is None or inner.group(1) != tag:
        return None
    return tag
