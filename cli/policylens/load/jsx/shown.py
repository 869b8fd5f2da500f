"""What a React page prints without writing it: the names it imports and the template slots naming them
(`imported_slots`), an upper-case constant printed as a child (`{SUPPORT_EMAIL}`), the values `shown_expressions`
tells the placeholder rules are no unfilled template."""

from __future__ import annotations

import re
from functools import lru_cache

from policylens.lazyre import lazy

# (u45l) a constant printed as a child, `{SUPPORT_EMAIL}`, `{BRAND.dpoEmail}`: an upper-case name, then its path
_CONSTANT_CHILD = lazy(r"[ \t]*+[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)*+(?:\.[A-Za-z_$][\w$]*+)*+[ \t]*+")
# the expressions kept as written by the two (`shown_expressions`)
_SHOWN_SLOT = lazy(r"\$\{[ \t]*+[A-Za-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+)*+[ \t]*+\}")
_SHOWN_CHILD = lazy(r"(?<![A-Za-z0-9_$=])\{[ \t]*+[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)*+(?:\.[A-Za-z_$][\w$]*+)*+[ \t]*+\}")


# an import's names: `import { BRAND, P as Para } from "…"`, `import site from "…"`, `import * as cfg from "…"`,
# `const { SUPPORT_EMAIL } = require("…")`
_IMPORT = lazy(
    r"""(?m)^[ \t]*+(?:import[ \t]++(?:type[ \t]++)?([^'"`;]{1,600}?)[ \t\r\n]*+from[ \t]*+['"]"""
    r"""|(?:const|let|var)[ \t]++(\{[^{}]{1,600}\}|[A-Za-z_$][\w$]*+)[ \t]*+=[ \t]*+require[ \t]*+\()"""
)
_SLOT_ROOT = lazy(r"\$\{[ \t]*+([A-Za-z_$][\w$]*+)")


@lru_cache(maxsize=4)
def imported_names(text: str) -> frozenset[str]:
    """The names a page imports from other modules (`_IMPORT`): their values are not in the file."""
    names: set[str] = set()
    for m in _IMPORT.finditer(text, 0, min(len(text), 40_000)):
        clause = (m.group(1) or m.group(2) or "").replace("* as ", "")
        for part in re.split(r"[{},]", clause):
            words = part.split()
            if words and words[-1] != "type":
                names.add(words[-1])
    return frozenset(n for n in names if _JS_IDENT.fullmatch(n))


_JS_IDENT = lazy(r"[A-Za-z_$][\w$]*+")


def imported_slots(text: str, literal: str) -> bool:
    """(u45l) Whether every `${…}` of a template literal's body is a name or member path of a value the page imports
    (`${BRAND.entity}` with `import { BRAND } from "@/components/Legal"`): its value is in another module, so the page
    prints it and the reader can only name it.  A slot of the page's own code (`${config.email}`, `${name}`, an
    undefined or reassigned name) leaves the literal code, as before (tests/test_u43k2_editions.py)."""
    roots = _SLOT_ROOT.findall(literal)
    return bool(roots) and set(roots) <= imported_names(text)


def imported_expressions(script: str) -> frozenset[str]:
    """(u55j) The `${…}` slots of a script's template literals that name a value it imports (`imported_slots`): kept as
    written where a Vue page's `v-for` shows the literal (`load.vue_data._page_script`), they are printed values, which
    the placeholder rules must not read as templates left unfilled (`Document.filled`), as `shown_expressions` says
    for a React page."""
    if "${" not in script:
        return frozenset()
    slots = {m.group(0) for t in _TEMPLATE_LITERAL.finditer(script) if "${" in t.group(0) for m in _SHOWN_SLOT.finditer(t.group(0))}
    return frozenset(slot for slot in slots if imported_slots(script, slot))


def _shown_constant(text: str, out: list[str], start: int, close: int) -> None:
    """(u45l, eval/profiles45 issue: 「请发送邮件至{SUPPORT_EMAIL}。」) A child expression that prints a constant by its
    upper-case name (`{SUPPORT_EMAIL}`, `{BRAND.dpoEmail}`, imported or defined elsewhere) kept as written: the
    reviewer sees what the page prints there, not 「请发送邮件至。」 (a sentence with a hole, read as a missing e-mail).
    Still recorded as a printed value (`Document.media`), and no placeholder (`shown_expressions`).  A lower-case name
    (`{children}`, `{title}`) and any other expression stay blanked."""
    name = text[start + 1 : close].strip()
    if _CONSTANT_CHILD.fullmatch(text, start + 1, close) and len(name) > 1 and name.split(".")[0] not in _markup_constants(text):
        out[start : close + 1] = text[start : close + 1]


# `const CONTENT = (<>…</>)`, `const NOTE = <p>…</p>`: a constant of markup (read where it is written, `blank_jsx`)
_MARKUP_CONSTANT = lazy(r"(?<![\w$.])(?:const|let|var)[ \t]++([A-Z][A-Z0-9_]*+)[ \t]*+(?::[^=\n]{0,80}+)?=[ \t\r\n(]*+<")


@lru_cache(maxsize=4)
def _markup_constants(text: str) -> frozenset[str]:
    """The upper-case constants of the page that hold markup (`_MARKUP_CONSTANT`): printed as `{CONTENT}`, they show
    that markup, read where it is written, not a value (eval/precision33 youyou-privacy-tsx)."""
    return frozenset(m.group(1) for m in _MARKUP_CONSTANT.finditer(text))


def shown_expressions(source: str) -> frozenset[str]:
    """The slots a React page's text keeps as written (`_interpolated_attribute`, `_shown_constant`,
    `load.jsx_data._PageScript._slots_as_written`): `${BRAND.entity}`, `{SUPPORT_EMAIL}` — values the page prints, which
    the placeholder rules must not read as templates left unfilled (`Document.filled`)."""
    if "{" not in source:
        return frozenset()
    slots = {m.group(0) for t in _TEMPLATE_LITERAL.finditer(source) if "${" in t.group(0) for m in _SHOWN_SLOT.finditer(t.group(0))}
    return frozenset(slots) | frozenset(m.group(0) for m in _SHOWN_CHILD.finditer(source))


# (u56w2, issue #14) a child expression printing a member of a value the page imports, whatever its case: `{brand.phone}`,
# `{site.contactEmail}` with `import { brand } from "@/lib/data"`
_MEMBER_CHILD = lazy(r"(?<![A-Za-z0-9_$=])\{[ \t]*+([A-Za-z_$][\w$]*+)(?:\.[A-Za-z_$][\w$]*+)++[ \t]*+\}")


def imported_members(source: str) -> frozenset[str]:
    """(u56w2, issue #14, eval/profiles56p longtou-zh 73-75) The child expressions of a React page that print a member of a
    name it imports (`{brand.phone}` with `import { brand } from "@/lib/data"`): values the page prints at run time, not a
    template's blanks (`Document.filled`; the coverage reads a contact-named one as a contact given, as u55w4's
    `${CONTACT_EMAIL}`).  The text is not changed: a lower-case expression is still blanked where it stands."""
    if "{" not in source or "import" not in source:
        return frozenset()
    names = imported_names(source)
    return frozenset(m.group(0) for m in _MEMBER_CHILD.finditer(source) if m.group(1) in names) if names else frozenset()


# a template literal of the source (its `${…}` slots are filled by the page; in a plain string they are written text)
_TEMPLATE_LITERAL = lazy(r"`(?:[^`\\]|\\.)*+`")
