"""HTML inside Markdown before the parse: an unclosed `<!--` (which would swallow the rest of the file: kept as text,
with a warning) and an HTML block's start whose elements never close (its dates still read).  Not here: reading an
HTML block's content (`walker` hands it to `load.html`), inline tags (`inline`).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.markdown.inline import _TAG
from policylens.load.types import Parsed

_DATETIME_ATTR = lazy(r"datetime\s*=\s*\"([^\"]+)\"")


def _unclosed_comments(feed: list[str], parsed: Parsed) -> None:
    """A `<!--` that is never closed would swallow the rest of the file: keep its text and say so.

    Every comment opener after the last `-->` of the file is unclosed; the parser is
    given `<!-x` there (not an HTML start), so the line is read as text.
    """
    last_close = max((n for n in range(len(feed)) if "-->" in feed[n]), default=-1)
    for n in range(len(feed)):
        line = feed[n]
        start = line.find("<!--")
        if start < 0 or line[:start].strip(" ") or n < last_close:
            continue
        if n == last_close and line.rfind("-->") > start:
            continue
        parsed.warnings.append(f"line {n + 1}: unclosed HTML comment, kept as text")
        feed[n] = line[:start] + "<!-x" + line[start + 4 :]


def _open_html_starts(feed: list[str], parsed: Parsed) -> None:
    """A tag-only line opening an HTML block (`<div id="nav1"></div>`) directly above Markdown text.

    CommonMark would read the Markdown lines below it (`*   一、…`) as raw HTML up to the
    next blank line; authors mean Markdown there.  The tag line carries no text, so the
    parser is given a blank line instead (its datetime attribute is kept).
    """
    for n in range(len(feed) - 1):
        line = feed[n].strip()
        if not line.startswith("<") or (n and feed[n - 1].strip()):
            continue
        below = feed[n + 1].lstrip()
        if not below or below.startswith("<") or _TAG.sub("", line).strip() or not _balanced(line):
            continue
        m = _DATETIME_ATTR.search(line)
        if m:
            parsed.dates.append(("datetime", m.group(1)))
        feed[n] = ""


_VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source", "track"})


def _balanced(line: str) -> bool:
    """Every element the line opens it also closes (`<div id="nav1"></div>`): nothing below is inside it.

    `<script>` or `<div>` alone open an element whose content follows: those lines stay HTML.
    """
    depth: dict[str, int] = {}
    for m in _TAG.finditer(line):
        tag = m.group(0)
        name = tag[2:] if tag.startswith("</") else tag[1:]
        name = name.split(None, 1)[0].rstrip("/>").lower()
        if tag.startswith("</"):
            depth[name] = depth.get(name, 0) - 1
        elif name not in _VOID_TAGS and not tag.endswith("/>"):
            depth[name] = depth.get(name, 0) + 1
    return not any(depth.values())
