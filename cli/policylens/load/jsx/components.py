"""Which element a React component renders as (`rendered_tag`): a heading component and its rank, a UI kit's text
variants, a component named like an element; the props that hold a section's title (`title_prop`), the components
that are sections (`section_component`), and the elements the HTML reader skips or strikes."""

from __future__ import annotations

import html

from policylens.lazyre import lazy
from policylens.load.server_code import CODE

# the elements rendered inline, read into the sentence around them: of a condition's branches only one is read (the
# longest, the first of equals: in `_operands`, and in the HTML reader's `<span v-if>…<span v-else>`, `_branch_plan`)
INLINE_BRANCH_TAGS = frozenset(
    {"span", "b", "strong", "em", "i", "u", "a", "small", "mark", "abbr", "code", "sup", "sub", "bdi", "q", "cite", "time"}
    | {"text", "label"}
)


# -- a component's headings (read by `load.html` on a React page) ------------------------------------------------------
# Twenty-sixth session (u26j, eval/blind/round26: 21 headings missed).  A React page marks its titles with components:
# MUI's 「<Typography variant="h6">一、我们收集的信息</Typography>」 (rendered as an <h6>), an element named by a prop
# (「<Typography component="h2">」, 「<Box component="h2">」, 「<Heading as="h2">」), and a section component given its
# title as a prop, 「<Section title="一、我们收集的信息">…</Section>」 (also `heading=`, `label=`).  The HTML reader saw
# none of them: an unknown tag is inline, so a page of <Typography>s was one paragraph, and an attribute is no text.

_HEADING_TAG = lazy(r"h[1-6]")


# Heading components of the UI kits that render a heading element without naming it: antd's `<Title level={2}>`
# (`Typography.Title`) and Mantine's `<Title order={2}>` (an <h1> without either), Chakra's `<Heading>` (an <h2> unless
# `as=` names another); a `<Paragraph>` (antd's `Typography.Paragraph`) is a <p>.  Before, `<Title>` was read as the
# page's <title>: the first one became the page's title, and every later one was dropped with a warning (the twenty-
# seventh session, the lead).
_DEFAULT_RANK = {"Title": 1, "Heading": 2}
# shadcn/ui's title components, headings by definition (forty-first session, u41a3; eval/structure41c deepvape-privacy-
# tsx: eight `<CardTitle>`s missed, their `<h4>` sub-titles one level too high, a `<CardDescription>` glued to its
# title): `CardTitle` the card's <h3> (shadcn's first card.tsx; later ones a styled <div>, still the card's title),
# `DialogTitle`, `SheetTitle`, `AlertDialogTitle` Radix's <h2>.  Their `…Description` is a <p> (an unknown tag is
# inline: it ran on into the title).  By these whole names only (not `Card.Title`, not a page's own `SectionTitle`); a
# component the page defines itself is read as its definition renders (`load.jsx_local`, first).
_SHADCN_TITLES = {"CardTitle": "h3", "DialogTitle": "h2", "SheetTitle": "h2", "AlertDialogTitle": "h2", "DrawerTitle": "h2"}
_SHADCN_DESCRIPTIONS = frozenset({"CardDescription", "DialogDescription", "SheetDescription", "AlertDialogDescription"})
_RANKS = frozenset("123456")
_RANK_PROPS = ("level", "order", ":level", ":order", "v-bind:level", "v-bind:order")  # (a Vue template binds a number)
# Elements whose content an HTML page does not show as text (code, a fallback, a form field's value): a component named
# like one (`<Script>`, `<Style>`, `<Template>`, `<Textarea>`) renders its children, and JSX text is text (its code sits
# in `{…}`, blanked), so it is read as a block.  Before, its text was dropped, silently for `<Script>` and `<Style>`.
# The elements the HTML reader skips whose text a browser may show (`load.html`: a fallback, a struck-through deletion);
# defined here, where a component named like one is read as a block, and imported there: one list for both.
FALLBACK_ELEMENTS = frozenset(
    {"template", "svg", "object", "iframe", "noscript", "video", "audio", "canvas", "noembed", "noframes", "progress"}
    | {"meter", "datalist"}
)
STRUCK_ELEMENTS = frozenset({"del", "s", "strike"})
_RAW_ELEMENTS = (frozenset({"script", "style", "textarea", "title", "xmp", "plaintext"}) | FALLBACK_ELEMENTS | STRUCK_ELEMENTS) - {
    "svg"
}  # (a `<Svg>` component is an icon: its text stays skipped, with the HTML reader's warning)
# MUI's variants rendered inline (its `variantMapping` has none for them: a <span>); every other variant is a block
# (`subtitle1`, `body1`: a <p> or an <h6> styled as a subtitle, no heading of the policy)
_INLINE_VARIANTS = frozenset({"caption", "overline", "button"})
_COMPONENT_NAME = lazy(r"<([A-Z][\w.]{0,60}+)")
# the props that name the element a component renders
_ELEMENT_PROPS = ("component", "as")


def component_name(start_tag: str) -> str | None:
    """The name of the component a start tag opens as written (`Typography`, `Card.Section`), None for an element (`div`)."""
    m = _COMPONENT_NAME.match(start_tag)
    return m.group(1) if m else None


# ant-design-vue's components as a Vue template writes them (kebab case), by the name of the React kit's same component
_VUE_KIT = {"a-typography-title": "Typography.Title", "a-typography-paragraph": "Typography.Paragraph"}


def kit_component(tag: str, start_tag: str) -> str | None:
    """The component a Vue template's tag opens, for `rendered_tag`: a PascalCase name as written (`Title`), or
    ant-design-vue's kebab-case name as its React name (`a-typography-title` → `Typography.Title`); None otherwise."""
    return component_name(start_tag) or _VUE_KIT.get(tag)


def rendered_tag(name: str, attrs: dict[str, str | None]) -> str:
    """The element a component renders, as the HTML reader should read it: `h1`…`h6` for a heading (a Typography's
    `variant="h1"`…`"h6"`, which gives the level: 「<Typography variant="h6" component="h2">」 is styled and ranked as the
    page's h6; else a `component=` or `as=` naming one), a Typography's other variants a `div` (a block, no heading even
    as `component="h3"`: 「subtitle1」 is a subtitle's style; `span` for caption, overline, button or `component="span"`);
    a UI kit's heading component (antd's `<Typography.Title level={3}>`, `<Title level={2}>`, Mantine's `<Title order={2}>`,
    Chakra's `<Heading>`, `<Heading level={2}>`) the `h1`…`h6` of its rank or the kit's default (`_kit_heading`; twenty-
    seventh session, the lead and round27: seven antd headings missed, and a `Title` lower-cased was an HTML `<title>`,
    whose text left the page), a `Paragraph` component a `p`, a component named like a raw element (`<Script>`) a `div`;
    any other component its own name, lower-cased (as before)."""
    variant = (attrs.get("variant") or "").strip().lower()
    last = name.rsplit(".", 1)[-1]
    typography = last == "Typography"
    if name in _SHADCN_TITLES:
        return _SHADCN_TITLES[name]
    if last == "Paragraph" or name in _SHADCN_DESCRIPTIONS:
        return "p"  # antd's 「<Typography.Paragraph>」, any `<Paragraph>`: a block (an unknown tag is inline, and ran on)
    if typography and _HEADING_TAG.fullmatch(variant):
        return variant
    if not (typography and variant):
        for prop in _ELEMENT_PROPS:
            value = (attrs.get(prop) or "").strip().lower()
            if _HEADING_TAG.fullmatch(value):
                return value
    if not typography and last.startswith("Typo"):
        return _ranked(attrs) or "div"  # (profiles29) a page's own typography wrapper, 「<TypoText level={2}>」: see `_ranked`
    if not typography:
        tag = _kit_heading(name, attrs) or name.lower()
        return "div" if tag in _RAW_ELEMENTS else tag
    if variant in _INLINE_VARIANTS or (attrs.get("component") or "").strip().lower() == "span":
        return "span"
    return "div"


def _ranked(attrs: dict[str, str | None]) -> str | None:
    """`h1`…`h6` for a page's own typography component given a rank (「<TypoText level={2}>二、信息使用</TypoText>」), None
    without one: that component is a block either way (eval/profiles29 ccnubox-zh: as an unknown tag it was inline, so
    its whole page was one paragraph, its headings ran into their text and a clause matched across sections)."""
    for prop in _RANK_PROPS:
        value = (attrs.get(prop) or "").strip()
        if value in _RANKS:
            return f"h{value}"
    return None


def _kit_heading(name: str, attrs: dict[str, str | None]) -> str | None:
    """`h1`…`h6` for a UI kit's heading component (`_DEFAULT_RANK`; `Title`, `Typography.Title`, `Heading`, not another
    kit's `Card.Title`, a <div>): its rank from `level=`/`order=` when that is 1–6, else the kit's default; None for any
    other component."""
    head, _, last = name.rpartition(".")
    rank = _DEFAULT_RANK.get(last) if head in ("", "Typography") else None
    if rank is None:
        return None
    for prop in _RANK_PROPS:
        value = (attrs.get(prop) or "").strip()
        if value in _RANKS:  # (not str.isdigit: 「²」 is a digit to it, and int() refuses it)
            rank = int(value)
            break
    return f"h{rank}"


# the props a section component takes its title from; a prop's value as written, quoted (a `{…}` value is code)
_TITLE_PROP = lazy(r"""\s(?:title|heading|label)\s*+=\s*+(?:"([^"\n]{1,200})"|'([^'\n]{1,200})')""")
# Components whose `title`/`label` is no section title: a tooltip's or a button's text, a form field's label, a
# translation (`<Trans>`), a dialog's or a tab's caption, a layout's or a page's document title (shown in the browser's
# tab, 「<Layout title="隐私政策">」), a list entry's label.  Matched on the name's last part, lower-cased.
_NOT_SECTION = lazy(
    r"(?:tooltip|popover|popconfirm|trans|button|link|image|img|icon|avatar|chip|badge|tab|tabs|pane|input|field|select"
    r"|option|checkbox|radio|switch|label|control|item|step|menu|modal|dialog|drawer|helmet|head|seo|meta|layout|page"
    r"|document|html|abbr)"
)
# a key, not text: 「privacy.collect.title」, 「common:title」
_KEY = lazy(r"(?<![\w-])[A-Za-z_][\w-]*+(?:[.:][\w-]++)++")  # (anchored at a word start: a search stays linear)


def section_component(name: str) -> bool:
    """Can the component `name` be a section whose props give its title (not a tooltip, a button, a layout: `_NOT_SECTION`)?"""
    return _NOT_SECTION.fullmatch(name.rsplit(".", 1)[-1].lower()) is None


def title_prop(name: str, start_tag: str) -> tuple[int, str] | None:
    """(offset in `start_tag`, text) of the section title a component's start tag gives as a prop (see `_TITLE_PROP`),
    None when it gives none or the component is no section (`_NOT_SECTION`), or the value is a key or has no letter."""
    if not section_component(name):
        return None
    m = _TITLE_PROP.search(start_tag)
    if m is None:
        return None
    group = 1 if m.group(1) is not None else 2
    # (u55x) a character reference decoded, as JSX decodes it in an attribute's string (「title="7. Children&apos;s
    # Privacy"」 shows "7. Children's Privacy"); before, a title holding `&` was no title: its text read as a paragraph
    # under the heading before (eval/profiles54q oneppt-bil)
    value = html.unescape(m.group(group)).strip()
    if not value or _KEY.fullmatch(value) or not any(c.isalpha() for c in value) or CODE in value:
        return None
    start = m.start(group) + len(m.group(group)) - len(m.group(group).lstrip())
    return start, value
