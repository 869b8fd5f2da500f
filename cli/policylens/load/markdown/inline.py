"""Where inline markup is in a line of Markdown: HTML tags (and which of them are markup to cut from a title), code
spans, HTML comments, and the comments outside code.

Only finding spans: nothing is cut or decoded here (`headings` cleans titles with these spans, `escapes` decodes
outside them, `walker` reads paragraphs around comments).  The lowest module of `load.markdown`: it imports none of it.
"""

from __future__ import annotations

from policylens.lazyre import lazy

# an inline HTML tag: a CommonMark tag name (ASCII letters, digits, hyphens; `:` too, for Word's <o:p>), not autolinks
# like <privacy@example.com>, nor text in angle brackets such as a browser extension's <all_urls> permission (an
# underscore or a Chinese character in the name: it is text, shown as written; a pairs12 heading lost it)
_TAG = lazy(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
# The elements a heading's tag is cut as markup for (HTML's, and Word's <o:p>); a tag of another name is cut only with
# an attribute value (<x-badge class="new">) or when it closes (</x-badge>).  `<YOUR EMAIL>`, `<Company Name>` and
# `<all urls>` are tags to CommonMark but slots or text to a reader: the title keeps them, as a paragraph does (a
# placeholder in a heading was cut unseen).
_ELEMENT_NAMES = (
    "a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br button canvas"
    " caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset"
    " figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img"
    " input ins kbd label legend li link main map mark marquee menu meta meter nav nobr noscript object ol optgroup"
    " option output p param picture pre progress q rp rt ruby s samp script section select slot small source span"
    " strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u"
    " ul var video wbr o:p"
)
_HTML_ELEMENTS = frozenset(_ELEMENT_NAMES.split())
_ATTRIBUTE_VALUE = lazy(r"=\s*[\"'A-Za-z0-9#]")
_BACKTICKS = lazy(r"`+")


def _verbatim_spans(text: str) -> list[tuple[int, int]]:
    """Code spans (a run of backticks to the next run of the same length) and inline tags: decoded by nobody."""
    spans = [m.span() for m in _TAG.finditer(text)] if "<" in text else []
    if "`" in text:
        spans += _code_spans(text)
    return spans


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Code spans, in order: a run of backticks to the next run of the same length."""
    spans: list[tuple[int, int]] = []
    if "`" in text:
        runs = [m.span() for m in _BACKTICKS.finditer(text)]
        following: dict[int, int] = {}
        after: list[int] = [-1] * len(runs)  # the next run of the same length
        for k in range(len(runs) - 1, -1, -1):
            size = runs[k][1] - runs[k][0]
            after[k] = following.get(size, -1)
            following[size] = k
        k = 0
        while k < len(runs):
            if after[k] >= 0:
                spans.append((runs[k][0], runs[after[k]][1]))
                k = after[k] + 1
            else:
                k += 1
    return spans


def _markup_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a heading's tags (matches of `_TAG`) that are markup, in order: an HTML element's tags, a tag with an
    attribute value, and a pair `<X>…</X>` of any name (`<Badge>新</Badge>` is a component's markup: both tags go, never
    one of them, review rv13b).  A lone `<YOUR EMAIL>` or `<Company Name>` is a slot or text, kept."""
    tags = [(m.span(), m.group(0).startswith("</"), _tag_name(m.group(0)), m.group(0)) for m in _TAG.finditer(text)]
    closed = {name for _, closing, name, _ in tags if closing}
    opening = {name for _, closing, name, _ in tags if not closing}
    cut = {name for _, closing, name, tag in tags if not closing and (name in closed or _ATTRIBUTE_VALUE.search(tag))}
    spans = []
    for span, closing, name, _ in tags:
        if name in _HTML_ELEMENTS or name in cut or (closing and name not in opening):
            spans.append(span)  # (a lone closing tag: nobody writes a slot as </NAME>)
    return spans


def _tag_name(tag: str) -> str:
    """The lower-case name of a tag (`<x-badge class="a">` → x-badge, `</B>` → b)."""
    return tag.lstrip("</").split(None, 1)[0].rstrip("/>").lower() if len(tag) > 2 else ""


def _outside_code(text: str, comments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The comments of a line that do not open inside a code span.

    `` `<!-- policylens-disable -->` `` (a README showing the directive) is text: it was taken as a directive, which
    disabled every rule to the end of the file, and cut out of its paragraph.  A code span opened inside a comment
    kept is no code span (whichever opens first wins, as in CommonMark).
    """
    code = _code_spans(text)
    kept: list[tuple[int, int]] = []
    k = 0
    for lo, hi in comments:
        while k < len(code) and (code[k][1] <= lo or (kept and code[k][0] < kept[-1][1])):
            k += 1
        if k < len(code) and code[k][0] <= lo:
            continue  # inside a code span: text
        kept.append((lo, hi))
    return kept


def comment_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `<!-- … -->` that open and close inside `text`, found in one linear scan."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            return spans
        end = text.find("-->", start + 4)
        if end < 0:
            return spans  # no closing marker: the rest is scanned once, not once per opener
        spans.append((start, end + 3))
        pos = end + 3
