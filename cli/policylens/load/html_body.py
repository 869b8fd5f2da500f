"""A site generator's Markdown page whose whole body is one HTML element: read as the HTML page it renders to.

A Jekyll page often writes its policy as HTML inside the `.md` file (front matter, then `<article class="article">`
… `</article>`), indented and with blank lines between its parts.  Jekyll's kramdown keeps a block-level element as
one HTML block up to its closing tag, so the page shows `<h2>` sections; read as CommonMark, the blank lines end the
HTML block and every line indented by four spaces (`    <h2>我们收集的信息</h2>`) becomes a code block: the policy
read as two paragraphs and no heading (thirty-seventh session, eval/structure37 magazines-privacy-md: 0 of 6).

`html_body_page` answers the source with its front matter blanked (newlines kept, so every line holds) when the file
has front matter and its body, past blank lines, is exactly one `<article>`, `<div>`, `<section>` or `<main>` element
opened on the first line at column 0 and closed only on the last, without kramdown's `markdown="1"` (which asks for
Markdown inside), holding at least two block tags, no Markdown block (a line opening with `## `, `- ` or `1. `:
Markdown inside the element stays Markdown) and no Liquid tag (`{{ site.x }}`, `{% if %}`: the Markdown reader knows
them).  Its front matter's title and dates are taken as the Markdown reader takes them (`keep_front_matter`).  A file
without front matter (GitHub shows it as CommonMark) and a body with Markdown or text after the element are left to
the Markdown reader.

`html_front_matter` does the same for an `.html` page that opens on front matter (Jekyll reads and hides it there too),
whatever its body (u48a2).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.markdown import front_matter_hints
from policylens.load.types import Parsed

_FRONT_KEY = lazy(r"^[A-Za-z_][\w-]*[ \t]*:")
_OPEN = lazy(r"^<(article|div|section|main)\b[^<>]*>[ \t]*$")
_BLOCK_TAG = lazy(r"(?i)<(?:h[1-6]|p|ul|ol|li|table)\b")
_MARKDOWN_ATTR = lazy(r"\bmarkdown\s*=")
# a Markdown block written inside the element (`## 一、…`, `- item`, `1. item`): the writer meant Markdown,
# which the page's generator reads there as its own (kramdown's `parse_block_html`, or a CommonMark block after a
# blank line); read as HTML, its headings were lost and its paragraphs run together
_MARKDOWN_BLOCK = lazy(r"(?m)^ {0,3}(?:#{1,6}[ \t]+\S|[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S)")
# each wrapper's opening and closing tags, for counting how deep a line leaves the body's element
_TAGS = {
    "article": (lazy(r"(?i)<article\b"), lazy(r"(?i)</article\s*>")),
    "div": (lazy(r"(?i)<div\b"), lazy(r"(?i)</div\s*>")),
    "section": (lazy(r"(?i)<section\b"), lazy(r"(?i)</section\s*>")),
    "main": (lazy(r"(?i)<main\b"), lazy(r"(?i)</main\s*>")),
}


def _front_matter_end(lines: list[str]) -> int:
    """The index of the line closing a leading `---` front matter holding a `key:` line, or -1."""
    if not lines or lines[0].rstrip() != "---":
        return -1
    for j in range(1, len(lines)):
        if lines[j].rstrip() in ("---", "..."):
            return j if any(_FRONT_KEY.match(line) for line in lines[1:j]) else -1
    return -1


def _one_element(lines: list[str], body: list[int], tag: str) -> bool:
    """Does the element opened on the body's first line stay open until its last (`<div>…</div>` then Markdown: no)?"""
    opens, closes = _TAGS[tag]
    depth = 0
    for n in body[:-1]:
        depth += len(opens.findall(lines[n])) - len(closes.findall(lines[n]))
        if depth <= 0:
            return False
    return depth == 1


def html_body_page(text: str) -> str | None:
    """The source with its front matter blanked when its body is one HTML element (see the module), else None."""
    lines = text.split("\n")
    end = _front_matter_end(lines)
    if end < 0:
        return None
    body = [n for n in range(end + 1, len(lines)) if lines[n].strip()]
    if len(body) < 3:
        return None
    first, last = lines[body[0]].rstrip("\r"), lines[body[-1]].rstrip("\r")
    m = _OPEN.match(first)
    if m is None or _MARKDOWN_ATTR.search(first) or last.rstrip() != f"</{m.group(1)}>" or not _one_element(lines, body, m.group(1)):
        return None
    body_start = sum(len(line) + 1 for line in lines[: end + 1])
    if len(_BLOCK_TAG.findall(text, body_start)) < 2 or _MARKDOWN_BLOCK.search(text, body_start):
        return None
    if "{{" in text[body_start:] or "{%" in text[body_start:]:
        # Liquid (`{{ site.email }}`, `{% if %}`) or a Hugo shortcode: the Markdown reader knows them as the site's
        # (`load.site_tags`); the HTML reader took `{{ site.email }}` for an unfilled slot, a false error
        return None
    blanked = ["".join(c if c == "\r" else " " for c in line) for line in lines[: end + 1]]
    return "\n".join(blanked + lines[end + 1 :])


def keep_front_matter(text: str, parsed: Parsed) -> None:
    """Take the page's front matter into `parsed` (the HTML reader saw it blanked), as the Markdown reader does: its
    dates, its lines, and its `title:` when the page has no title of its own.

    Without it a page read through `html_body_page` lost its `title: 某某App隐私政策` and `date: 2024-03-01`, and
    `check` said 「找不到生效日期或最后更新日期」 of a page the Markdown reader had dated.
    """
    front = front_matter_hints(text)
    parsed.dates = front.dates + parsed.dates
    parsed.front_lines = front.front_lines
    if parsed.title is None and front.title is not None:
        parsed.title, parsed.page_title = front.title, parsed.page_title or front.page_title


def html_front_matter(text: str) -> str | None:
    """An `.html` page opening on a Jekyll front matter (「---⏎layout: page⏎title: 隐私政策⏎---」): the source with the
    front matter blanked (newlines kept), else None.

    Jekyll reads front matter in an `.html` page as in a `.md` one and shows neither; read as HTML, its lines were
    the policy's first paragraph (「--- layout: page title: 隐私政策---」) and its title was lost (u48a2, eval/structure48c
    richer-h4-html, m48x).  Only a leading `---` block holding a `key:` line, closed by `---` (or `...`), with markup
    after it; its title and dates are then taken by `keep_front_matter`."""
    lines = text.split("\n")
    end = _front_matter_end(lines)
    if end < 0 or "<" not in "".join(lines[end + 1 :]):
        return None
    blanked = ["".join(c if c == "\r" else " " for c in line) for line in lines[: end + 1]]
    return "\n".join(blanked + lines[end + 1 :])
