"""(u61j, eval/structure61s demox-tsx) A locale copy object's strings handed to the page's layout components by role.

A page keeps its whole policy as `const copy = { zh: { title, updated, intro, collectTitle, collectLead, collectItems:
[…], …, contactBody }, en: { …the same keys } } as const`, binds `const t = copy[language === "en" ? "en" : "zh"]` and
shows it through components imported from another file: `<LegalArticle title={t.title} updated={t.updated}
intro={t.intro}>`, `<LegalSection title={t.collectTitle}><LegalP>{t.collectLead}</LegalP><LegalList
items={t.collectItems} /></LegalSection>`.  The components' markup is not in the file, but the props say what each
string is, as `typed_blocks` reads typed blocks: a section component's `title` a heading, its `items` (strings) list
items, the page component's `updated` / `intro` / `description` paragraphs under the title, and a component whose every
use in the markup holds only one string of the edition (`<LegalP>{t.collectLead}</LegalP>`) a paragraph of its own.  A
control's props (a `<Button title>`, a `<Tooltip title>`, a `<Select items>`, a `<Head>`) and a self-closing tag's
`title` are never read so.
Before, the titles, the items, the date and the intro were dropped and the paragraphs ran together as one (743
characters).  Read only in an edition of an object keyed by locale or by name (`load.jsx_data.editions`), and only
when the prop's value is a path of the edition holding a string (a title at most `_TITLE_MAX` long) or a list of
strings: anything else (a handler, a number, a config flag, a label of a button) leaves the tag as before.
"""

from __future__ import annotations

from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.load.jsx import rendered_tag
from policylens.load.jsx_data.sections import _block
from policylens.load.jsx_data.syntax import _NAME, _S
from policylens.load.vue_data import Value
from policylens.model import Block

# a prop given a path of the edition: `title={t.collectTitle}`, `items={t.collectItems}`
_PATH_PROP = lazy(rf"(?<![\w$.-])({_NAME})[ \t]*+={_S}\{{{_S}({_NAME}(?:\.{_NAME})++){_S}\}}")
# a component whose only child is one path: `<LegalP>{t.collectLead}</LegalP>`, `<Note className="x">{t.note}</Note>`
_PATH_CHILD = lazy(rf"<([A-Z][\w]*+)(?:[ \t\r\n][^<>{{}}]*+)?>{_S}\{{{_S}{_NAME}(?:\.{_NAME})++{_S}\}}{_S}</\1>")
_ALONE_BEFORE = lazy(r"[>}][ \t\r\n]*+\Z")  # (only blanks between it and the tag or child before it)
_ALONE_AFTER = lazy(r"[ \t\r\n]*+[<{]")
_OPEN = lazy(r"<([A-Z][\w]*+)(?![\w.])")
# a control or a page's head, whose `title` is a label or a tooltip and whose `items` are options, not the policy's
_CONTROL_ENDINGS = (
    *("Button", "Btn", "Link", "Tab", "Tabs", "Tooltip", "Popover", "Icon", "Image", "Img", "Input", "Select", "Option"),
    *("Menu", "Dropdown", "Nav", "Navbar", "Bar", "Breadcrumb", "Breadcrumbs", "Badge", "Tag", "Chip", "Switch", "Toggle"),
    *("Checkbox", "Radio", "Picker", "Modal", "Dialog", "Toast", "Alert", "Avatar", "Meta", "Head", "Helmet", "Seo", "SEO"),
    *("Field", "Form", "Label", "Step", "Steps", "Carousel", "Slider"),
)


def _control(name: str) -> bool:
    """Whether the component `name` is a control or the page's head (`Button`, `PrimaryButton`, `Menu.Item`)."""
    return name.endswith(_CONTROL_ENDINGS) or "Menu" in name


_SECTION_TITLES = frozenset({"title", "heading"})
_ITEMS = frozenset({"items", "list", "bullets"})
# the page component's lines under its title, in the order the tag gives them
_LEADS = frozenset(
    {"subtitle", "updated", "lastUpdated", "updatedAt", "effective", "effectiveDate", "intro", "description", "lead", "summary"}
)
_TITLE_MAX = 60


def role_blocks(tag: str, value_of: Callable[[str], Value], root: bool) -> list[Block] | None:
    """The blocks a component's start tag `tag` shows through role props (see module doc): the page component's (`root`)
    lines under its title, another component's title and items; `value_of(path)` gives a path's value in the edition.
    None when it shows none."""
    name = _OPEN.match(tag)
    if name is None or _control(name.group(1)):
        return None
    found: list[Block] = []
    for m in _PATH_PROP.finditer(tag):
        prop = m.group(1)
        if root and prop in _LEADS:
            value = value_of(m.group(2))
            if isinstance(value, tuple) and value[0].strip():
                found.append(_block("paragraph", value, None))
        elif not root and prop in _SECTION_TITLES and not tag.endswith("/>"):  # (a section's title: over its children)
            value = value_of(m.group(2))
            if isinstance(value, tuple) and value[0].strip() and len(value[0]) <= _TITLE_MAX and "\n" not in value[0].strip():
                found.append(_block("heading", value, 2))
        elif not root and prop in _ITEMS:
            value = value_of(m.group(2))
            if isinstance(value, list) and value and all(isinstance(x, tuple) for x in value):
                found.extend(_block("item", x, None) for x in value if isinstance(x, tuple) and x[0].strip())
    return found or None


def path_boxes(text: str, start: int, end: int) -> dict[str, str]:
    """The components of the markup `text[start:end]` every use of which holds one path of the edition and nothing else
    (`<LegalP>{t.collectLead}</LegalP>`), as `{name: "p"}`: a box of their own (the HTML reader makes an unknown
    component inline, and the paragraphs ran together).  A component the reader already knows as an element (a `Link`,
    a `Typography`), a control (`_control`), one used with other children anywhere in the markup, or with text beside
    it (「请注意：<Em>{t.note}</Em>」, inline in a paragraph) is left out."""
    only: dict[str, int] = {}
    for m in _PATH_CHILD.finditer(text, start, end):
        alone = _ALONE_BEFORE.search(text, max(start, m.start() - 200), m.start()) and _ALONE_AFTER.match(text, m.end())
        only[m.group(1)] = only.get(m.group(1), 0) + (1 if alone else 0x10000)  # (text beside it: inline, in a paragraph)
    if not only:
        return {}
    uses: dict[str, int] = {}
    for m in _OPEN.finditer(text, start, end):
        if m.group(1) in only:
            uses[m.group(1)] = uses.get(m.group(1), 0) + 1
    return {name: "p" for name, n in only.items() if uses.get(name) == n and rendered_tag(name, {}) == name.lower() and not _control(name)}
