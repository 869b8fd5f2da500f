"""A link pointed from a document's source file to the same page as published: no change (`published_links`).

A documentation site's Markdown links to its own files by relative path, 「见 [cookie 指南](guide-cookies.md)」; when the
site is built, or its links rewritten for the built site, the same link points at the published page,
「[cookie 指南](https://twisker.github.io/pilot-skill/zh/guide-cookies.html)」 (sixtieth session, `eval/pairs60e`
pilot-links, held out: read after its blind run, not blind).  The words a reader sees and the page they lead to are
the same; only the form of the address changed.  `diff` keys a link by its words *and* its target (`keys.markup`): a
target is content (a link to another party's policy page may change while its words stay), so the rule is narrow and
pairwise, after the redline:

- a `replace` change whose two texts, outside their links, are the same (comparison keys: markup and spacing aside),
  with the same links in the same order, the same words in each;
- every pair of targets that differs is one relative path (no scheme, no leading `/`: `guide-cookies.md`,
  ../en/privacy.md, ./docs/faq.html) and one `http(s)` address whose path ends with that path, its `../` and `./`
  steps dropped, as a page (`.md`/`.mdx` read as `.html`, or the extension left off: `…/guide-cookies.html`,
  `…/guide-cookies`, `…/guide-cookies/`), the same `#fragment` on both.

Such a change is dropped and counted as noise (`--strict` keeps it).  Another host, another file name, another
directory, a query, a target between two absolute addresses, or any word changed beside the link: still a change.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from policylens.diff.keys import layout_key, text_links
from policylens.model import SectionDiff

# The pages a site file's extension is published as: Markdown as HTML, or as a path without extension.
_PAGE_EXTENSIONS = {".md": (".html", ".htm", "", "/"), ".mdx": (".html", ".htm", "", "/"), ".html": (".html",), ".htm": (".htm",)}


def _links(text: str) -> list[tuple[str, str, int, int]]:
    """(words, target, start, end) of each Markdown and HTML link of `text`, in order, images left out."""
    return [(words, target, start, end) for start, end, words, target in text_links(text) if not text.startswith("!", start)]


def _site_file(target: str) -> tuple[str, str, str] | None:
    """(path without extension, extension, fragment) of a relative target naming a site file: no scheme (`https:`,
    `mailto:`), no leading `/` (a path from the site's root names no directory the source file's path can be matched
    against), no query, its leading `./` and `../` steps dropped, a file name with a page's extension."""
    if not target or ":" in target or "?" in target or target.startswith("/") or any(c.isspace() for c in target):
        return None
    path, _, fragment = target.partition("#")
    segments = path.split("/")
    while segments and segments[0] in (".", ".."):
        segments.pop(0)
    if not segments or any(part in ("", ".", "..") for part in segments):
        return None
    stem, dot, extension = segments[-1].rpartition(".")
    extension = f".{extension.lower()}"
    if not dot or not stem or extension not in _PAGE_EXTENSIONS:
        return None
    return "/".join([*segments[:-1], stem]), extension, fragment


def _published(relative: str, absolute: str) -> bool:
    """Is `absolute` (an http(s) address) the published page of the site file `relative` names?"""
    site_file = _site_file(relative)
    if site_file is None:
        return False
    try:
        url = urlsplit(absolute)
    except ValueError:
        return False
    if url.scheme.lower() not in ("http", "https") or not url.netloc or url.query or url.fragment != site_file[2]:
        return False
    path, extension, _ = site_file
    return any(url.path.endswith(f"/{path}{ending}") for ending in _PAGE_EXTENSIONS[extension])


def _same_page(old: str, new: str) -> bool:
    """Is one target the other's page as published (either way round)?"""
    return _published(old, new) or _published(new, old)


def only_published_links(old: str, new: str) -> bool:
    """Do `old` and `new` differ only in link targets, each a site file's relative path against its published page?"""
    a, b = _links(old), _links(new)
    if not a or len(a) != len(b) or all(x[1] == y[1] for x, y in zip(a, b, strict=True)):
        return False
    for (words_a, target_a, _, _), (words_b, target_b, _, _) in zip(a, b, strict=True):
        if words_a != words_b or (target_a != target_b and not _same_page(target_a, target_b)):
            return False
    return _outside(old, a) == _outside(new, b)


def _outside(text: str, links: list[tuple[str, str, int, int]]) -> str:
    """The comparison key of `text` with each link written as its words alone."""
    parts, at = [], 0
    for words, _, start, end in links:
        parts += [text[at:start], words]
        at = end
    parts.append(text[at:])
    return layout_key("".join(parts))


def published_links(s: SectionDiff) -> SectionDiff:
    """`s` without the `replace` changes that only point a link from a site file to its published page (noise)."""
    kept = tuple(
        c for c in s.changes if not (c.op == "replace" and not c.variant and only_published_links(c.old_text or "", c.new_text or ""))
    )
    dropped = len(s.changes) - len(kept)
    if not dropped:
        return s
    status = s.status
    if status == "modified" and not s.renamed and not s.moved and not any(not c.variant for c in kept):
        status = "unchanged"
    return s._replace(status=status, changes=kept, noise=s.noise + dropped)
