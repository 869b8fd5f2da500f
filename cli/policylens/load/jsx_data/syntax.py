"""The JavaScript every reader of a page's mapped data matches: blanks and a name (`load.jsx_locale`'s), the head of a
`.map` callback up to its markup (`_ARROW`), and the bounds they share
(blocks rendered, arrays nested in arrays, maps read on one page)."""

from __future__ import annotations

from policylens.load.jsx_locale import JS_BLANKS, JS_NAME

_S = JS_BLANKS
_NAME = JS_NAME
# the callback's head up to its markup: `(item, i) => (`, `item => `, or a block body that only names a field of the
# item before it returns its markup, `(section) => { const Icon = section.icon; return (` (an icon component)
# (u51w3, eval/profiles50c yuyue-tw) a TypeScript parameter may carry a plain type, `(item: any, i: number) =>`
_PARAM_TYPE = rf"(?:{_S}:{_S}{_NAME}(?:{_S}\[{_S}\])?)?"
_ARROW = (
    rf"\.map\({_S}(?:\({_S}({_NAME}){_PARAM_TYPE}(?:{_S},{_S}({_NAME}){_PARAM_TYPE})?{_S}\)|({_NAME})){_S}=>{_S}"
    rf"(?:(\{{){_S}(?:(?:const|let){_S}{_NAME}{_S}={_S}{_NAME}(?:\.{_NAME})*+{_S};?{_S})*+return{_S})?\(?{_S}(?=<[A-Za-z])"
)


_MAX_BLOCKS = 5_000


_MAX_NESTING = 6
_MAX_MAPS = 200  # `.map` expressions of one page looked at (each looks its name up in the whole page)
