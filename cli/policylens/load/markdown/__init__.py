"""Reader for Markdown: CommonMark (markdown-it-py) plus habits of Chinese authors.

markdown-it-py finds the blocks and their source lines; this module maps every block
back to exact line and column positions in the original text, keeps inline markup in
paragraph text (so columns stay exact) and cleans heading titles of `#`, tags,
`{: …}` and emphasis.  Extensions on top of CommonMark:

* `##标题` without a space is an ATX heading when the line is otherwise heading-shaped
  (no other `#` in it, short, no sentence end), so 「#双十一# 活动说明」 stays text;
* kramdown attribute lines `{: #id}` are markup, not text;
* front matter (`---` YAML or `+++` TOML-like) feeds the title and date hints;
* HTML blocks are read with the HTML reader (so `<h2>` in Markdown is a heading);
* an unclosed `<!--` would swallow the rest of the file: it is kept as text, with a warning;
* a file with no Markdown markup at all is read like plain text (`Parsed.plain`), and in a file
  without any heading a short title line directly above its paragraph is split off as in plain text;
* backslash escapes and character references are decoded as CommonMark decodes them
  (`\\[公司名称\\]` → 「[公司名称]」, `&lt;公司名称&gt;` → 「<公司名称>」), each decoded character
  mapped back to its source (`Piece.width`), outside code spans and inline tags (`escapes._decoded`).

This module is the package's entry, `read_markdown`: it prepares the lines (front matter, footnotes, tight headings,
unclosed comments, site tags), parses them and walks the tokens.  Its modules, lowest first, each importing only those
before it: `inline` (where tags, code spans and comments are), `escapes` (CommonMark's escapes decoded),
`headings` (titles cleaned, tight `##标题` loosened), `front_matter`, `parser` (markdown-it as configured), `html_blocks`
(unclosed comments and HTML starts), `chunks` (the file parsed in pieces), `walker` (tokens to blocks).
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any
from urllib.parse import unquote

from policylens.lazyre import lazy
from policylens.load.markdown.chunks import _segments
from policylens.load.markdown.editor_notes import blank_editor_note
from policylens.load.markdown.escapes import _decoded
from policylens.load.markdown.front_content import body_is_empty, read_front_content
from policylens.load.markdown.front_matter import _front_matter
from policylens.load.markdown.headings import _loosen_tight_atx
from policylens.load.markdown.html_blocks import _open_html_starts, _unclosed_comments
from policylens.load.markdown.walker import _Walker
from policylens.load.site_tags import (
    JEKYLL_GLOBALS,
    blank_container_fences,
    blank_tag_lines,
    liquid_variables,
    unexpanded_files,
    untag_block,
)
from policylens.load.types import Parsed
from policylens.model import Block
from policylens.normalise import WHITESPACE, split_lines
from policylens.patterns import SENTENCE_ENDS_WIDE_STOP

_BLOCK_MARKUP = frozenset(
    {
        "heading_open",
        "bullet_list_open",
        "ordered_list_open",
        "blockquote_open",
        "fence",
        "code_block",
        "table_open",
        "hr",
        "html_block",
    }
)


# A GFM footnote definition, `[^1]: text`.  CommonMark reads it as a link reference definition
# whenever its text has no space (most Chinese sentences): the text vanished, 【】 and all.
_FOOTNOTE = lazy(r"( {0,3})\[(?=\^[^\]\s]{1,40}\]:)")


def _footnote_as_text(line: str) -> str:
    """The parser's copy of a footnote definition line, made a paragraph (same length: the
    text itself is taken from the original line)."""
    return _FOOTNOTE.sub(r"\1\\", line, count=1) if "[^" in line else line


def front_matter_hints(text: str) -> Parsed:
    """The title, dates and lines of `text`'s front matter as `read_markdown` takes them, without its body (a Jekyll
    page whose body `load.html_body` gives the HTML reader)."""
    parsed = Parsed(blocks=[])
    _front_matter(split_lines(text), parsed)
    return parsed


def read_markdown(text: str) -> Parsed:
    """Parse Markdown into blocks; front matter feeds the title and date hints."""
    parsed = Parsed(blocks=[])
    raw = split_lines(text)
    body_start = _front_matter(raw, parsed)
    if (
        body_start > 1
        and raw[0].strip() == "---"
        and body_is_empty(raw, body_start)
        and read_front_content(raw, body_start - 1, parsed, read_markdown)
    ):
        return parsed  # a page builder's page: its content is the front matter's (`front_content`)
    source = [""] * body_start + raw[body_start:]  # front matter lines become blank, numbers stay
    if ">" in text and (note := blank_editor_note(source, body_start)) is not None:
        parsed.warnings.append(note)  # (u61r) a note to the editor at the top of a draft
    tagged = False
    if "{%" in text or "{{<" in text or "{{%" in text:
        # Liquid tags and Hugo shortcodes are markup: a line of tags only is blank, tags inside a line are cut below
        untagged = source
        source, tag_names, tagged = blank_tag_lines(source, body_start)
        parsed.warnings.extend(unexpanded_files(untagged, body_start, tag_names))  # never dropped silently
        parsed.liquid = liquid_variables(text, tag_names)
    if body_start and raw[0].strip() == "---" and "{{" in text:
        parsed.liquid |= JEKYLL_GLOBALS  # a Jekyll page: Liquid fills `{{ site.x }}` and `{{ page.x }}` when it is built
    if ":::" in text:
        source = blank_container_fences(source, body_start)  # `::: tip` … `:::`: markup, not text
    feed = [_footnote_as_text(_loosen_tight_atx(line)) for line in source]
    _open_html_starts(feed, parsed)
    _unclosed_comments(feed, parsed)
    env: dict[str, Any] = {}
    # Chunk by chunk, so that markdown-it's tokens for the whole file never live at once
    # (they cost ~0.5 KB each: 1 MB of headings took 120x its size).  Whether the file
    # has a heading at all is known only at the end: until then, paragraphs wait as lines.
    walker = _Walker(source, parsed, split_titles=None)
    dates = len(parsed.dates)  # a file read as plain text keeps only the front matter's dates
    markup = heading = False
    for segment in _segments(feed, env, parsed):
        if isinstance(segment, tuple):
            markup = True  # lines nested too deep: inside lists or quotes
            walker.text(*segment)
            continue
        markup = markup or any(t.type in _BLOCK_MARKUP for t in segment)
        if not heading and any(t.type == "heading_open" for t in segment):
            heading = True
            walker.settle(split_titles=False)
        walker.walk(segment)
        del segment
    # `[label]: url` definitions are not text; their labels tell `[label]` links from template slots.
    parsed.references = sorted(label.lower() for label in env.get("references", {}))
    if not markup and "<!--" not in text:
        from policylens.load.text import read_text

        del parsed.dates[dates:]
        # The Markdown reading is dropped before the text is read again: both at once were
        # the peak of a file of many short paragraphs without markup (58× its size, issue #12).
        parsed.blocks.clear()
        del walker, feed, raw
        plain = read_text("\n".join(source))
        plain.title, plain.dates, plain.warnings, plain.plain = parsed.title, parsed.dates, parsed.warnings, True
        plain.page_title = parsed.page_title
        plain.front_lines, plain.liquid = parsed.front_lines, parsed.liquid
        if tagged:
            plain.blocks[:] = _untagged(plain.blocks, tag_names)
        if "\\" in text or "&" in text:  # still Markdown to its reader: 「由\[公司名称\]运营」 shows brackets
            plain.blocks[:] = [_decoded(block) for block in plain.blocks]
        _back_links(plain, set())
        return plain
    _hidden_definitions(source, env.get("references", {}), parsed)  # (read as text when the file falls back above)
    # Without a single heading the author did not use Markdown structure: a short title line
    # directly above its paragraph is read as in plain text (「Cookie的使用」 then its text).
    walker.settle(split_titles=not heading)
    if tagged:
        parsed.blocks[:] = _untagged(parsed.blocks, tag_names)
    if "\\" in text or "&" in text:
        parsed.blocks[:] = [block if id(block) in walker.html_blocks else _decoded(block) for block in parsed.blocks]
    _back_links(parsed, walker.html_blocks)
    return parsed


_BACK_LINK_MAX = 20  # characters of a line worth asking `back_link_text` about (its own limit)
_SENTENCE_MIN = 40  # ... a line this long with a comma is a sentence too (as the HTML reader's `sentence_blocks`)


def _back_links(parsed: Parsed, html: Container[int]) -> None:
    """A paragraph that is only a link back to the site's home or list page (「[← 返回首页](index.html)」, 「返回简体中文首页」
    in an HTML block) after the policy's last sentence or before its first is page chrome, as in an HTML page
    (`load.html` `back_link_text`; fifty-first session, u51s2: `eval/dev9h` relaycare-md, `eval/structure50`
    besthistory-site-md).  A heading, a line among the policy's sentences, and the words written without a link
    (「返回首頁」 as Markdown text: pairs26b keeps them a change of the text) stay text; `html` holds the `id` of the
    blocks read from HTML blocks, whose lines are read as an HTML page's are."""
    blocks = parsed.blocks
    said = [k for k, block in enumerate(blocks) if block.kind != "heading" and _sentence(block.text)]
    if not said:
        return
    ends = [k for k in range(len(blocks)) if (k < said[0] or k > said[-1]) and blocks[k].kind != "heading"]
    shown = {k: blocks[k].text if id(blocks[k]) in html else _link_label(blocks[k].text) for k in ends}
    short = [k for k in ends if 0 < len(shown[k].strip(WHITESPACE)) <= _BACK_LINK_MAX]
    if not short:
        return
    from policylens.load.html import back_link_text  # (deferred: a Markdown file without one never loads the HTML reader)

    parsed.chrome.extend((blocks[k].line, blocks[k].column) for k in short if back_link_text(shown[k]))


# a paragraph that is one inline link, 「[← 返回首页](index.html)」 (a block's text keeps its Markdown): its label
_LINK_ONLY = lazy(r"[ \t]*+\[([^\[\]\n]{1,40})\]\([^()\s]{0,300}\)[ \t]*+")


def _link_label(text: str) -> str:
    """The label of the one inline link `text` is (`_LINK_ONLY`), or "" (no link: no back link)."""
    link = _LINK_ONLY.fullmatch(text)
    return link.group(1) if link else ""


def _sentence(text: str) -> bool:
    line = text.rstrip(WHITESPACE)
    return line.endswith(SENTENCE_ENDS_WIDE_STOP) or (len(line) > _SENTENCE_MIN and ("，" in line or ", " in line))


def _hidden_definitions(source: list[str], references: dict[str, dict[str, Any]], parsed: Parsed) -> None:
    """Warn of link definitions whose target is no address: 「[公司名稱]: 某某科技有限公司」, 「[聯絡信箱]: privacy@example.com」.

    CommonMark reads such a line as a link reference definition, which a Markdown viewer does not show and
    policylens does not read: the company, the mailbox or the phone number was gone without a word (and a
    template's filled-in slots with it).  A target that is an address (`https://…`, `mailto:…`, `/privacy`,
    `#top`, `docs/a.md`, `example.com`) is a real definition and passes in silence."""
    odd = {label for label, ref in references.items() if not _address_like(unquote(str(ref.get("href", ""))))}
    if not odd:
        return
    for number, line in enumerate(source, start=1):
        body = line.lstrip(" ")
        end = body.find("]:")
        if body.startswith("[") and end > 1 and " ".join(body[1:end].split()).upper() in odd:
            odd.discard(" ".join(body[1:end].split()).upper())
            parsed.warnings.append(
                f"line {number}: 「{body.strip()[:60]}」 is a Markdown link definition, which a Markdown viewer does not show: not read"
            )


def _address_like(target: str) -> bool:
    """Whether a link definition's target reads as an address: a scheme, a path, an anchor or a host name (ASCII, no '@')."""
    if ":" in target.split("/", 1)[0] or target.startswith(("/", "#", ".", "?")):
        return True  # `https://…`, `mailto:…`, `tel:…`; `/privacy`, `#top`, `./a.md`
    return target.isascii() and "@" not in target and ("/" in target or "." in target) and not target.replace("-", "").isdigit()


def _untagged(blocks: list[Block], names: frozenset[str]) -> list[Block]:
    """`blocks` with the site tags inside their text cut out (`load.site_tags`), a block of tags only dropped."""
    out = [untag_block(block, names) for block in blocks]
    return [block for block in out if block.text or block.kind == "code"]
