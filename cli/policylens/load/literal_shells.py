"""An HTML page shell in a script: a function returning a whole page around the document it is handed.

(u55x2, eval/structure55s bazi-hant-ts.)  A NestJS controller serves its policy as
``function page(title: string, bodyHtml: string): string { return `<!doctype html>…<body>${bodyHtml}<footer>… 營運者：
${LEGAL_ENTITY} … 生效日期：${EFFECTIVE_DATE}</footer></body></html>` }`` and ``page('隱私權政策', `<h1>隱私權政策</h1>…`)``:
the document literals are counted (`load.page_literals`), the shell was too short to be, and was blanked — its footer,
the only place naming the operator and the effective date, was lost (metadata.controller and effective null).

`page_shells` finds such a shell: a template literal that is not a document itself, returned by a function (declared
`function NAME(…)` or `const NAME = (…) =>`) that opens at most `_NEAR` characters before it, which holds a hole naming
one of the function's parameters (the slot), holds a tag, and whose function is called with a document literal as an
argument (`NAME(` at most `_CALL_NEAR` characters before that literal, no `;` between).  What follows its slot (the last
hole naming a parameter) is read where it is written (in source order: a shell written above the pages is read above
them), in the document's format (HTML only); what stands before the slot is blanked (the head, whose `<title>` is a
parameter and whose styles are no text; a header over the page), and so is every hole naming a parameter.  Its other
holes are read as a document literal's are (a same-file constant written as its value, u55j; any other value kept as
written).
"""

from __future__ import annotations

from policylens.lazyre import lazy

_FUNCTION = lazy(
    r"\bfunction[ \t]+([A-Za-z_$][\w$]{0,60})[ \t]*\(([^()]{0,400})\)"
    r"|\b(?:const|let|var)[ \t]+([A-Za-z_$][\w$]{0,60})[ \t]*=[ \t]*(?:async[ \t]+)?\(([^()]{0,400})\)[^=\n`]{0,80}=>"
)
_PARAM = lazy(r"[ \t\r\n]*+(?:\.\.\.)?([A-Za-z_$][\w$]{0,60})")
HOLE_NAME = lazy(r"\$\{[ \t]*([A-Za-z_$][\w$]{0,60})[ \t]*\}")
_TAG = lazy(r"</?[A-Za-z][^<>]{0,300}>")
_NEAR = 300  # characters from a function's header to the shell literal it returns
_CALL_NEAR = 300  # characters from a call's name to the document literal it is handed


def _functions(text: str) -> list[tuple[int, str, frozenset[str]]]:
    """Every function header of `text`: (where its header ends, its name, its parameters' names)."""
    found = []
    for m in _FUNCTION.finditer(text):
        name = m.group(1) or m.group(3)
        params = m.group(2) if m.group(1) else m.group(4)
        names = frozenset(p.group(1) for part in params.split(",") if (p := _PARAM.match(part)) is not None)
        found.append((m.end(), name, names))
    return found


def page_shells(
    text: str, documents: list[tuple[int, int]], others: list[tuple[int, int, list[tuple[int, int]]]]
) -> list[tuple[int, int, list[tuple[int, int]], list[tuple[int, int]]]]:
    """The shells among `others` (literals that are no document: start, end, holes) of the `documents` (start, end):
    each as (start, end, holes, spans to blank: its head and its parameters' holes)."""
    if not documents or not others or ("function" not in text and "=>" not in text):
        return []
    functions = _functions(text)
    shells = []
    for start, end, holes in others:
        header = next((f for f in reversed(functions) if f[0] <= start), None)
        if header is None or start - header[0] > _NEAR or _TAG.search(text, start, end) is None:
            continue
        _, name, params = header
        slots = [(a, b) for a, b in holes if (h := HOLE_NAME.fullmatch(text, a, b)) is not None and h.group(1) in params]
        if not slots or not _called_with_a_document(text, name, documents):
            continue
        # what stands before the slot (the head, a header over the page) is blanked: only the text after it is read
        shells.append((start, end, holes, [(start + 1, slots[-1][1]), *slots]))
    return shells


def _called_with_a_document(text: str, name: str, documents: list[tuple[int, int]]) -> bool:
    """Is a document literal an argument of a call `name(…)`: the name and `(` at most `_CALL_NEAR` characters before
    the literal, with no `;` between them?"""
    for start, _ in documents:
        window = text[max(0, start - _CALL_NEAR) : start]
        at = window.rfind(name)
        while at >= 0:
            before = window[at - 1] if at else " "
            after = window[at + len(name) :].lstrip(" \t")
            if not (before.isalnum() or before in "_$.") and after.startswith("(") and ";" not in after:
                return True
            at = window.rfind(name, 0, at)
    return False
