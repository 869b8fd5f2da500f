"""A React page's source (`.tsx`, `.jsx`): its JSX markup is the page, its code is not.

A policy kept as a component (`export default function Privacy() { return <div>…</div> }`, often a Word export
converted to JSX: `style={{fontFamily: '"Times New Roman",serif'}}` on every span, `<style dangerouslySetInnerHTML=
{{__html: "p.Standard {…}"}} />`) was read as an HTML page, and its code as text: the imports and a route's `meta`
became paragraphs, and a self-closed `<style … />` (an HTML reader waits for `</style>`) swallowed the page, so that a
commit that only renamed a class or dropped a colour showed 178 changes (twenty-second session, `eval/dev22d`
blophy-tsx-restyle).  `blank_jsx` rewrites the source in place, length for length, before the HTML reader sees it:

- the code around the markup's top-level elements (imports, types, `export const meta = …`, the function head, the
  rest of a component and a helper component's head after it).  A top-level element is one that starts an operand of
  the code (`return (<Container>`, a second branch's `return (<div>`, `const note = <p>`), capitalised components
  included; with none, the markup runs from the first lower-case tag to the last `>`.  (Twenty-sixth session, round26:
  a page whose helper components follow its default export was refused, the markup then running from its first tag to
  the helpers' last `>` through their code; a page made only of `<Container>`/`<Typography>` lost the text before its
  first `<br />`.);
- every `{…}` expression: an attribute's value (`style={{…}}`, `className={cls}`) and a child (`{" "}`, `{items.map(…)}`:
  text computed at run time, not written here);
- a self-closed `<style … />` or `<script … />` (no text, and no closing tag for the HTML reader to wait for);
- except a style object that hides its element (`style={{ display: 'none' }}`), written as the attribute `hidden`, so
  that the HTML reader reads and announces the hidden text as it does an HTML page's (twenty-ninth session).

A child expression is code, but markup can sit in it: a page localised in place (`{lang === "en" ? (<>…</>) : (<>…</>)}`,
`{isZh && <p>…</p>}`) keeps the whole policy there, and blanking the braces read it as empty, so every paragraph of
the new version was shown deleted and its real edits hidden (twenty-third session, `eval/blind/pairs23`
thousandsmore-tsx).  So an element that starts an operand (after `(`, `?`, `:`, `&&`, `||`, `=>`, `,`, `[`, `{` or
`return`; not `a < b` nor `useState<T>`) is read as markup, its own expressions handled the same way, and a string
literal that is an operand (`{lang === "en" ? "Back to Home" : "返回首页"}`) is kept when it holds Chinese: the Chinese
branch of a language switch is the text a reviewer reads; an English branch's literal, a key (`t("privacy.title")`) and
a comparison (`lang === "中文"`) stay code.  Attribute expressions are blanked whole, as before.

Blanked characters become `server_code.CODE` (the HTML reader drops it, keeping the positions of the text around it);
newlines stay newlines, so line numbers hold.  Text written between the tags is kept as written.

A child expression that prints a value (`{CONTACT_EMAIL}`, `{t("contact")}`, `{items.map(…)}`: none of its markup or
Chinese literals read) leaves no text, but the page shows something there: `blank_jsx` reports where it stands
(`computed`), and the reader records it with the page's other shown-not-written things (`Document.media`), as
`load.server_code` does for `<?php echo $email; ?>`.  Twenty-seventh session, round27: 「請以電郵聯絡我們：{' '}<a …>
{CONTACT_EMAIL}</a>。」 read as 「…：。」 and was reported as an empty clause, an error on a clean Hong Kong page.

The package, in the order its modules build on one another: which sources are React pages (`sources`), ends found in
the source (`scanning`), titles marked by style (`styles`), string escapes (`escapes`), the element a component renders
as (`components`), values printed without being written (`shown`), editions in both scripts (`editions`), attributes
read as text (`attributes`), markup and the expressions in it (`expressions`), `blank_jsx` (`blanking`) and the warning
for data not read (`mapped_warnings`).
"""

from __future__ import annotations

from policylens.load.jsx.attributes import _INTERPOLATED_LITERAL, _PLAIN_LITERAL, EDITION_PROP, ITEM_PROP
from policylens.load.jsx.blanking import blank_jsx, computed_date, inner_html_lines
from policylens.load.jsx.components import (
    FALLBACK_ELEMENTS,
    INLINE_BRANCH_TAGS,
    STRUCK_ELEMENTS,
    component_name,
    kit_component,
    rendered_tag,
    section_component,
    title_prop,
)
from policylens.load.jsx.escapes import LiteralEscapes, literal_escapes
from policylens.load.jsx.mapped_warnings import _MAPPED_TEXT_MIN, _MAX_ARRAY, _array_end, mapped_data_warnings
from policylens.load.jsx.scanning import TAG, _element_end, _string_end, _tag_end, blank_span, matching
from policylens.load.jsx.shown import imported_expressions, imported_members, imported_slots, shown_expressions
from policylens.load.jsx.sources import JSX_SUFFIXES, code_blanks, imports_native_view, imports_view, is_jsx_source
from policylens.load.jsx.styles import module_classes, native_marks, text_breaks

# (what the other readers import: `load.html`, `load.jsx_data`, `load.jsx_local`, `load.jsx_props`, `load.blade`…)
__all__ = [
    "EDITION_PROP",
    "FALLBACK_ELEMENTS",
    "INLINE_BRANCH_TAGS",
    "ITEM_PROP",
    "JSX_SUFFIXES",
    "STRUCK_ELEMENTS",
    "TAG",
    "_INTERPOLATED_LITERAL",
    "_MAPPED_TEXT_MIN",
    "_MAX_ARRAY",
    "_PLAIN_LITERAL",
    "LiteralEscapes",
    "_array_end",
    "_element_end",
    "_string_end",
    "_tag_end",
    "blank_jsx",
    "blank_span",
    "code_blanks",
    "component_name",
    "computed_date",
    "imported_expressions",
    "imported_members",
    "imported_slots",
    "imports_native_view",
    "imports_view",
    "inner_html_lines",
    "is_jsx_source",
    "kit_component",
    "literal_escapes",
    "mapped_data_warnings",
    "matching",
    "module_classes",
    "native_marks",
    "rendered_tag",
    "section_component",
    "shown_expressions",
    "text_breaks",
    "title_prop",
]
