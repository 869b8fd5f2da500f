"""The text a React page keeps as data, read where the page shows it: `{sections.map((section) => (<section>…))}`.

A page that keeps its sections as data, `const sections = [{ title: "服务说明", body: "…" }, …]`, and shows them with
`{sections.map((section) => (<section><h2>{section.title}</h2><p>{section.body}</p></section>))}` holds no text in its
markup: the code is blanked (`load.jsx`), so the agreement was read as its title alone (thirty-third session,
eval/blind/round33 carsub-tsx; the lead's warning, `jsx.mapped_data_warnings`).  As `load.vue_data` does for a Vue
page's `v-for`, when the mapped array is plain literals (strings, arrays and objects of them, template literals without
`${}`; defined once, never assigned again) each `{item.field}` slot of the callback's markup is filled with its string,
as the page renders it: a block for each block element of the markup, of the kind the markup gives it (an `<h2>` or a
heading component is a heading, an `<li>` an item, anything else a paragraph), with the line and column of the string
in the source.  An item's own array shown by a nested `.map` (`section.items.map((item) => <li>{item}</li>)`) is read
the same way.  An index parameter (`(section, i) =>`) printed as a number (`{i + 1}.`) is left as not read, with the
punctuation that goes with it.

A constant passed as a prop (u35j; eval/blind/round35b linguaflow: `const sections = [{ title, items, paragraphs }]`
and `<LegalDocument sections={sections} />`, read as an empty page): when the file's own component takes the prop
(`function PolicyLayout({ sections })`) and maps it, the constant is rendered at that `.map` as above, if it is given
in one place only; when the component's body is not in the file (imported), the constant is read where the component
stands if it is an array of objects (or an object holding one) whose fields are prose, in their order: the title (the
short field, `title`, `heading` or `name`) a heading, the bodies (`content`, `text`, `body`, `description`, arrays of
strings, sub-sections) paragraphs or items; ids, keys, routes, icons, i18n keys, markup and code are never read, and
an object with any of them as its title or body leaves the constant unread (`_section`).

Forty-third session (u43k2), the same reading reached further: a page's text keyed by locale (`load.jsx_editions`:
`const content = privacyCopy[language]` rendered once for each edition, `{sec.body[lang]}` each edition its own
paragraph); an array written in the markup and mapped there (`{[{ title, content }, …].map(({ title, content }) =>`,
left as before when its items run into one another); a name bound to one of two arrays by a condition (`const items =
isTerms ? terms : privacy`: both read, as both branches of a language switch); a template literal naming the page's
string constants (`请联系：${CONTACT_EMAIL}`: the constant's text, at its own place); and a function of the page that
picks one of its arguments by language (`const T = (en, zh) => (lang === 'zh' ? zh : en)`, `h: T('…', '重點')`: both
editions, the heading its Chinese one).

Forty-fifth session (u45k): an object keyed by name holding several documents of one shape, the route's one shown
(`const doc = DOCS[params.doc ?? 'agreement'] ?? DOCS.agreement`), each document rendered as an edition is
(`load.jsx_editions.documents`); and a constant's sections handed one by one to a component through a path and an alias
(`const data = POLICY;` `{data.sections.map((section) => <SectionBlock section={section} />)}`), read where the map
stands as the prose of its sections (`_read_item_components`, eval/precision44 hkaiff-hk-tsx).

Forty-sixth session (u46k2): a part of the callback's markup shown when a field of the item is not empty
(`{section.items.length > 0 && (<ol>{section.items.map(…)}</ol>)}`, `{section.note && <p>{section.note}</p>}`) is read
for the items whose field holds something, and not for the others (eval/precision46 oxm-tw-tsx).

Forty-seventh session (u47l): several such tests joined by `&&`, `{section.type === 'list' && section.items && (<ul>…)}`,
`{section.content && !section.subsections && (<p>…)}` (`guards`; eval/profiles47c axiso-zh, read as nothing before), a
field the callback shows twice read once, and a bullet it writes before each item (「<span>•</span>{item}」) left out of
the item (its line was what a rule cited).

Fifty-third session (u53x): a component given its sections as an inline array whose bodies are markup
(`<LegalPage sections={[{ heading: 'Who we are', body: (<p>…</p>) }]} />`, eval/profiles52b elevate-en, read as an
empty page), read where the array stands: each title a heading, each body rendered as the page renders it
(`prop_markup`).

Anything else leaves the page as today, with the warning: a value that is no literal, a slot that is no bare path of
the item (`{t(section.title)}`, `{section.open ? … : …}`), a callback that is not one
element (`=> { … }`), a `.map` whose result is used further (`.map(…).join`), a name defined twice or assigned again.

The package, in the order its modules build on one another: the shared forms (`syntax`), the page's names and literals
(`names`), the page's code as a script (`page_script`), what is read (`mapped_data`), the tests a part of a callback's
markup is shown under (`guards`), a callback's markup rendered (`renderer`), a constant's prose as sections (`sections`), constants passed as props (`props`), editions keyed by locale
(`editions`), arrays written in the markup (`markup_arrays`), sections handed to a component (`item_components`), a
component's inline sections whose bodies are markup (`prop_markup`, u53x), a named array's titles over bodies written as
markup in it (`markup_fields`, u56j), and `read_mapped` (`reader`).

Fifty-sixth session (u56j): `const sections = [{ q: '我們會蒐集什麼', a: (<><p>…</p></>) }, …]` shown by
`{sections.map((s) => (<div><h2>{s.q}</h2><div>{s.a}</div></div>))}`: each title read over its body, the whole array
where the `.map` stands (`markup_fields`, eval/blind/round55q yuguo-tw-tsx: its six questions were dropped).

Sixty-first session (u61j): an edition of a locale copy object shown through the page's layout components by role,
`<LegalSection title={t.collectTitle}><LegalP>{t.collectLead}</LegalP><LegalList items={t.collectItems} />`: each
title a heading, each item an item, the page component's `updated` / `intro` paragraphs, a `<LegalP>` a paragraph of its
own (`role_props`, eval/structure61s demox-tsx: its eleven sections and 25 items were dropped).
"""

from __future__ import annotations

from policylens.load.jsx_data.mapped_data import MappedData
from policylens.load.jsx_data.markup_fields import gathered
from policylens.load.jsx_data.names import _array, _Names, _skip_type
from policylens.load.jsx_data.page_script import _PageScript
from policylens.load.jsx_data.reader import read_mapped
from policylens.load.jsx_data.sections import _LIST_FIELDS, _block, _prose, _section, _section_list

# (`load.script_data` reads constants as sections with these)
__all__ = [
    "_LIST_FIELDS",
    "MappedData",
    "_Names",
    "_PageScript",
    "_array",
    "_block",
    "_prose",
    "_section",
    "_section_list",
    "_skip_type",
    "gathered",
    "read_mapped",
]
