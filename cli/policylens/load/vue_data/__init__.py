"""The text a Vue page keeps in its script, read where the page shows it: `v-for` over `{title, content}` literals.

uni-app and Vue pages often write a policy as data: `const sections = [{ title: '1. 信息收集', content: ['…'] }]`
in `<script>`, rendered by `<view v-for="s in sections"><text class="section-title">{{ s.title }}</text>…`, or keep
it as HTML in a string shown with `v-html`.  The markup then holds only 「{{ s.title }}」.  When the data is plain
literals (strings, arrays and objects of them, template literals without `${}`), each slot of the template is
filled with its string, as the page renders it: the blocks keep the kind the template gives them (an `<h2>` is a
heading, a title class an emphasised line, an `<li>` an item) and the line and column of the string in the script.
Anything else leaves the page as written, and the HTML reader warns that its text comes from script
(`html._script_text_warning`): a value that is no literal (a call, an identifier, an import, a spread, an interpolated
template literal), a name defined twice or assigned again (`this.sections = res.data`), a loop over an empty literal, a
slot that is not a bare data path (`{{ count + 1 }}`, `{{ $t(s.title) }}`, `{{ s.content | trim }}`), text of its own
around a slot in a loop, and a `v-text` or `v-html` that is not a bare path.  Only a slot of symbols
(「{{ s.open ? '▼' : '▶' }}」) is left out as the decoration it is, and (u50a) a counter of the loop's own index alias
(「{{ idx + 1 }}」 for `(s, idx) in sections`, `_without_counters`).  Comments and strings of the script define no name.

The reading is split along its seams: `values` (what a script's literal is read into, the template's marks) →
`slots` (the template's expressions: `v-for`, a slot's data path, translation calls) → `script` (a script body's
names and the literals they stand for) → `render` (`expand`: the template filled from the script) → (u57k)
`child_props` (script data handed to a child component).  This module is
the package's entry; every name the other readers use is here.
"""

from __future__ import annotations

from policylens.load.vue_data.child_props import read_child_props
from policylens.load.vue_data.render import expand, named_text
from policylens.load.vue_data.script import _MASKED, _Script
from policylens.load.vue_data.slots import parse_v_for, slot_path, translation_only
from policylens.load.vue_data.values import COUNTER, UNKNOWN, Constant, Mark, Text, Unknown, Value

__all__ = [
    "COUNTER",
    "UNKNOWN",
    "_MASKED",
    "Constant",
    "Mark",
    "Text",
    "Unknown",
    "Value",
    "_Script",
    "expand",
    "named_text",
    "parse_v_for",
    "read_child_props",
    "slot_path",
    "translation_only",
]
