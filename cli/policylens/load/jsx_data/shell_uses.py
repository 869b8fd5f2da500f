"""(u54x) Where each edition of a local shell component's keyed text stands: at the use that picks it.

Fifty-fourth session (u54x, eval/structure54x educationos-tsx, held out, blind: levels 0 / 18).  A file that exports two
pages through one local shell, `function LegalShell({ kind, children }) { const meta = META[kind]; return (<article>
<h1>{meta.title}</h1>…{children}…</article>) }` used as `<LegalShell kind="terms">…</LegalShell>` and `<LegalShell
kind="privacy">…</LegalShell>`, had both editions of the shell (用户服务协议, 隐私政策) read where the shell is declared,
before both pages: the second page's title stood over the first page's sections.  When the key is a parameter the
shell destructures and the file uses the shell once with each key written as a plain string (`kind="terms"`), each
edition's blocks are placed at that use's start tag (`edition_uses`); otherwise they stay where the shell is.

(u54x2) The shell's own text after its one slot for the page body (`{children}`: a footer's links 「用户服务协议 隐私政策」,
「返回登录」) is placed at the use's end tag, after the page's text it wraps (`around_slot`); it was read before it.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.jsx import _element_end
from policylens.load.jsx_data.syntax import _NAME, _S
from policylens.model import Block

_INDEX = lazy(rf"\[{_S}({_NAME}){_S}\]{_S};?[ \t]*+$")  # the binding's key, `META[kind];`
_COMPONENT_HEAD = lazy(
    rf"(?<![\w$.])(?:function[ \t]++([A-Z][\w$]{{0,60}}+)|(?:const|let)[ \t]++([A-Z][\w$]{{0,60}}+){_S}(?::[^=;\n]{{1,200}}?)?={_S})"
)
_PARAMS = lazy(rf"{_S}\({_S}\{{([^{{}}()]{{1,300}}+)\}}")
_USE = lazy(r"<([A-Z][\w$]{0,60}+)(?=[ \t\r\n/>])")
_STRING_PROP = lazy(rf"(?<![\w$-])({_NAME}){_S}={_S}[\"']([\w$-]{{1,40}}+)[\"']")
_MAX_USES = 50
_SLOT = lazy(rf"\{{{_S}(?:props{_S}\.{_S})?children{_S}\}}")  # the body's slot in the shell, `{children}`


def edition_uses(text: str, masked: str, after: int, keys: list[str]) -> list[int] | None:
    """Where each key of `keys` is picked: the start of the one use of the shell declared around the binding that ends at
    `after` whose prop (the binding's key, a parameter the shell destructures) is that key as a plain string; None when
    the binding is no such shell's, or any key is used other than once."""
    line_start = masked.rfind("\n", 0, after) + 1
    index = _INDEX.search(masked, line_start, after)
    if index is None:
        return None
    heads = [m for m in _COMPONENT_HEAD.finditer(masked, 0, after)]
    if not heads:
        return None
    head = heads[-1]
    params = _PARAMS.match(masked, head.end())
    prop = index.group(1)
    if params is None or prop not in {p.strip().split(":")[0].split("=")[0].strip() for p in params.group(1).split(",")}:
        return None
    name = head.group(1) or head.group(2)
    found: dict[str, list[int]] = {}
    for k, use in enumerate(_USE.finditer(text, after)):
        if k >= _MAX_USES:
            return None
        if use.group(1) != name:
            continue
        close = text.find(">", use.end())
        for attribute in _STRING_PROP.finditer(text, use.end(), close if close >= 0 else use.end()):
            if attribute.group(1) == prop:
                found.setdefault(attribute.group(2), []).append(use.start())
    if sorted(found) != sorted(keys) or any(len(v) != 1 for v in found.values()):
        return None
    return [found[key][0] for key in keys]


def around_slot(text: str, lt: int, end: int, at: int, blocks: list[Block]) -> list[tuple[int, list[Block]]]:
    """(u54x2, eval/structure54x educationos-tsx) One edition's blocks of the shell whose markup spans `lt`…`end`, used
    at `at`: those of the shell's lines after its one `{children}` placed after the use's end tag, the rest at `at`.
    Blocks of other lines (the edition's data: `META`'s title) and a shell with no slot, or two, or a use closed on
    itself stay at `at`."""
    slots = list(_SLOT.finditer(text, lt, end))
    close = _element_end(text, at, len(text) - 1)
    if len(slots) != 1 or close <= at or text[close - 1] == "/":
        return [(at, blocks)]
    slot = text.count("\n", 0, slots[0].start()) + 1
    last = text.count("\n", 0, end) + 1
    after = [b for b in blocks if slot < b.line <= last]
    if not after:
        return [(at, blocks)]
    return [(at, [b for b in blocks if not slot < b.line <= last]), (close + 1, after)]
