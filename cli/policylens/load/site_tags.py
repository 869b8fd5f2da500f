"""Static-site tags in Markdown: Liquid (Jekyll, Hexo) `{% name … %}` and Hugo shortcodes `{{< name … >}}`, `{{% … %}}`.

The site builder replaces a tag by what it renders: the tags are markup, the text between an opening
tag and its closing tag is the reader's text, in its place.  A Liquid tag is markup when its name is
one of the known tags (`_LIQUID_NAMES`) or the file also holds its `{% endname %}`: `{% 公司名称 %}`
or a `{% x %}` of a template left unfilled stays text (the placeholder rules judge `{{ name }}`, never
touched here).  A tag's arguments are dropped with it when the site does not show them (`_HIDDEN_ARGS`:
`{% note info %}`, `{% include x.html %}`); any other tag's arguments stay text in their place
(`{% link 标题,描述 %}`, a Butterfly `{% hideToggle 管理Cookies %}`): nothing a reader may see is dropped.  A shortcode always is markup: its `<`/`%` delimiters say so.  Of a figure or image
shortcode, the `caption="…"` and `title="…"` it shows under or over the picture stay text where they
are written, and so does the address of `{{< cloakemail "…" >}}`; every other parameter (`src`, `alt`,
a class) is not shown and is dropped with the tag.
`{% comment %}…{% endcomment %}` renders nothing: its lines are dropped too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from policylens.lazyre import lazy
from policylens.load.lines import map_pieces
from policylens.model import Block

# `{% note info %}`, `{%- raw -%}`, `{% endnote %}`: one line, bounded; group 2: the arguments
_LIQUID = lazy(r"\{%-?[ \t]{0,20}([A-Za-z_][A-Za-z0-9_]{0,40})(?:[ \t-]([^%\n]{0,300}))?%\}")
# `{{< figure src="x" >}}`, `{{< /alert >}}`, `{{% notice tip %}}` (never `{{</* x */>}}`, an escaped shortcode shown as written)
# (a shortcode's name starts in lower case: `{{%COMPANY_NAME%}}` is a template's slot, `placeholder-instruction`'s; review rv16)
# (a quoted parameter is read whole: 「{{< alert title="a >}} b" >}}」 ends after its quote, not inside it)
_SHORTCODE_BODY = r"[ \t]{0,20}/?[ \t]{0,20}([a-z_][A-Za-z0-9_./-]{0,60})(?:[ \t](?:\"[^\"\n]{0,400}\"|[^\"\n]){0,500}?)?"
_SHORTCODES = (lazy(rf"\{{\{{<{_SHORTCODE_BODY}>\}}\}}"), lazy(rf"\{{\{{%{_SHORTCODE_BODY}%\}}\}}"))
_SHOWN_PARAM = lazy(r"\b(?:caption|title)[ \t]{0,5}=[ \t]{0,5}\"([^\"\n]{0,400})\"")
_FIGURES = frozenset({"figure", "img", "image", "picture", "photo"})
# shortcodes that show the address they are given (Hugo's `cloakemail` writes it, obfuscated for robots only)
_ADDRESSES = frozenset({"cloakemail", "email", "mailto"})
_QUOTED = lazy(r"\"([^\"\n]{1,200})\"")
# shortcodes that print a value the site fills when it is built (Hugo's `param` and `ref`/`relref`, a theme's `siteparam`,
# `i18n`): the value stands where the shortcode is, so the shortcode stays in the text as the site's value, as
# `{{ site.email }}` does (cut, 「包括{{< param "collected" >}}等。」 read as the empty list 「包括等。」: enumeration-empty)
_VALUES = frozenset(
    ["param", "params", "ref", "relref", "siteparam", "site-param", "site_param", "siteparams", "i18n", "data", "var", "value"]
)
# Liquid and Jekyll's own tags, and common Hexo ones (NexT, Butterfly, Fluid themes), whose arguments are not shown:
# a condition, a file, a CSS class, a language, a video id, an address
_HIDDEN_ARGS = frozenset(
    [
        "assign",
        "capture",
        "case",
        "when",
        "if",
        "elsif",
        "else",
        "unless",
        "for",
        "break",
        "continue",
        "cycle",
        "increment",
        "decrement",
        "include",
        "include_relative",
        "render",
        "raw",
        "comment",
        "echo",
        "liquid",
        "tablerow",
        "highlight",
        "codeblock",
        "note",
        "tabs",
        "alert",
        "youtube",
        "vimeo",
        "iframe",
        "gist",
        "jsfiddle",
        "seo",
        "feed_meta",
        "asset_path",
        "post_url",
        # GitBook's blocks: a hint box's style, an embedded page's or a linked page's address (eval/pairs51d cherry-xscript:
        # 「{% hint style="warning" %}」 left `style="warning"` as a line of the page)
        "hint",
        "embed",
        "content",  # `{% content-ref url="…" %}`: the name pattern reads `content`, `-ref url=…` its arguments
    ]
)
# tags whose arguments are shown (a link card's title and description, a quote's author, a toggle's or a tab's label)
_SHOWN_ARGS = frozenset(
    ["link", "post_link", "blockquote", "pullquote", "btn", "button", "label", "tab", "hideToggle", "hideBlock", "hideInline", "quote"]
)
_LIQUID_NAMES = _HIDDEN_ARGS | _SHOWN_ARGS | frozenset(f"end{name}" for name in _HIDDEN_ARGS | _SHOWN_ARGS)


def _liquid_names(text: str) -> frozenset[str]:
    """The Liquid tag names that are markup in `text`: the known ones, and any other whose `end…` tag the text holds."""
    names = {m.group(1) for m in _LIQUID.finditer(text)} if "{%" in text else set()
    ended = {n[3:] for n in names if n.startswith("end") and n[3:] in names}
    return frozenset(n for n in names if n in _LIQUID_NAMES or n in ended or (n.startswith("end") and n[3:] in ended))


# Liquid's and Jekyll's objects a page may print without binding them (`{{ site.title }}`, `{{ page.date }}`)
_LIQUID_GLOBALS = frozenset(["site", "page", "layout", "content", "paginator", "jekyll", "forloop", "include"])
# the variable a binding tag names: `{% assign content = … %}`, `{% for section in … %}`, `{% capture note %}`
_BINDING = lazy(r"([A-Za-z_][A-Za-z0-9_]{0,40})")
# a tag that runs another file, which may bind any variable the page prints (`{% include locale.liquid %}`)
_RUNS_FILE = frozenset(["include", "include_relative", "render"])
# (thirty-third session, lead) Jekyll's own globals: a Markdown page that opens with YAML front matter is run through Liquid
# when the site is built (GitHub Pages), so `{{ site.author }}` and `{{ page.date | date: '%B %d, %Y' }}` are filled from
# `_config.yml` and the front matter even on a page with no `{% %}` tag (eval/profiles: workshops-retirement-en,
# eval/profiles26: lexibridge-tw, two false errors each)
JEKYLL_GLOBALS = frozenset(["site", "page", "jekyll"])
# what `liquid_variables` holds when the page runs another file: any lower-case variable may be that file's
ANY_VARIABLE = "*"


def liquid_variables(text: str, names: frozenset[str]) -> frozenset[str]:
    """The variables a Liquid page's own tags bind, with Liquid's globals; `ANY_VARIABLE` too when it includes a file.

    A Jekyll page prints `{{ content.title }}` after `{% assign content = site.data.pages[lang].privacy %}` and
    `{{ section.heading }}` inside `{% for section in content.sections %}`: output the site fills when it is built,
    not a writer's slot (eval/precision25/swiftian-liquid-md/privacy.md: five false errors and a false "no date" on
    `Effective Date: {{ content.effective_date }}`).  Empty when the file holds no Liquid tag that is markup.
    """
    if not names:
        return frozenset()
    found = set(_LIQUID_GLOBALS)
    for m in _LIQUID.finditer(text):
        name, args = m.group(1), m.group(2) or ""
        if name not in names:
            continue
        if name in ("assign", "for", "capture", "increment", "decrement", "tablerow"):
            bound = _BINDING.match(args.strip(" \t-"))
            if bound:
                found.add(bound.group(1))
        elif name in _RUNS_FILE:
            found.add(ANY_VARIABLE)
    return frozenset(found)


def _shown_arguments(m: re.Match[str]) -> tuple[int, int] | None:
    """The span of a Liquid tag's arguments when the site shows them (`{% link 标题,描述 %}`; never `{% note info %}`)."""
    name = m.group(1)
    if m.group(2) is None or name in _HIDDEN_ARGS or name.startswith("end"):
        return None
    a, b = m.span(2)
    text = m.string
    while a < b and text[a] in " \t-":
        a += 1
    while b > a and text[b - 1] in " \t-":
        b -= 1
    return (a, b) if a < b else None


def tag_spans(line: str, names: frozenset[str]) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The tags on `line`: (start, end, the span of a shown caption or title, or None), in order."""
    found: list[tuple[int, int, tuple[int, int] | None]] = []
    if "{%" in line and names:
        for m in _LIQUID.finditer(line):
            if m.group(1) in names:
                found.append((m.start(), m.end(), _shown_arguments(m)))
    if "{{<" in line or "{{%" in line:
        for m in (m for pattern in _SHORTCODES for m in pattern.finditer(line)):
            shown = None
            name = m.group(1).lower()
            if (name in _FIGURES and (p := _SHOWN_PARAM.search(line, m.start(), m.end()))) or (
                name in _ADDRESSES and (p := _QUOTED.search(line, m.start(), m.end()))
            ):
                shown = p.span(1)
            elif name in _VALUES:
                shown = m.span()
            found.append((m.start(), m.end(), shown))
        found.sort()
    return found


def _cut_line(line: str, tags: Sequence[tuple[int, int, tuple[int, int] | None]]) -> str:
    """`line` with `tags` blanked (same length), their shown captions kept."""
    chars = list(line)
    for start, end, shown in tags:
        for k in range(start, end):
            if shown is None or not shown[0] <= k < shown[1]:
                chars[k] = " "
    return "".join(chars)


def _comment_filler(length: int) -> str:
    """`length` characters of `{%comment   %}` tags (each within `_LIQUID`'s bounds): text a comment hides, kept as markup
    that `untag_block` cuts, so that the text around it keeps its columns and no run of blanks is left in a line."""
    if length < 11:
        return " " * length
    parts: list[str] = []
    while length:
        size = length if length <= 300 else (290 if length - 290 < 11 else 300)
        parts.append("{%comment" + " " * (size - 11) + "%}")
        length -= size
    return "".join(parts)


def code_line(stripped: str, fence: str) -> tuple[str, bool]:
    """A line (its leading spaces stripped) against the fenced code block open, `fence` (its opening run, 「```」,
    「````」, 「~~~」; "" for none): the fence open after it, and whether the line is code (inside the block, or one of its
    fences).  As CommonMark closes a block: a run of the same character at least as long, and nothing after it (a
    「````md」 block that shows a 「```」 example is not closed by it: review of the twenty-seventh session)."""
    m = _FENCE_RUN.match(stripped)
    if fence:
        closes = m is not None and m.group()[0] == fence[0] and len(m.group()) >= len(fence) and not stripped[m.end() :].strip()
        return ("" if closes else fence), True
    return (m.group(), True) if m is not None else ("", False)


_FENCE_RUN = lazy(r"`{3,}+|~{3,}+")


def _hide_comments(lines: list[str], first: int, names: frozenset[str]) -> list[str]:
    """`lines` with what each closed `{% comment %}…{% endcomment %}` holds turned into markup (`_comment_filler`);
    a line wholly inside one becomes blank.  A comment never closed hides nothing (Jekyll refuses the page): its
    text stays text.  Inside a comment a code fence is comment too; a comment opened inside a fence is code."""
    if "comment" not in names or "endcomment" not in names:
        return lines
    out = list(lines)
    fence = ""
    opened: tuple[int, int] | None = None  # (line, column) where the open comment starts
    for index in range(first, len(lines)):
        line = lines[index]
        if opened is None:
            fence, code = code_line(line.lstrip(" "), fence)
            if code:
                continue
        if "{%" not in line:
            if opened is not None:
                out[index] = "".join(c if c in "\r\n" else " " for c in line)
            continue
        pos = 0
        parts: list[str] = []  # the line up to `pos`, in pieces (joined once: a line of many comments stays linear)
        for m in _LIQUID.finditer(line):
            name = m.group(1)
            if opened is None and name == "comment":
                opened = (index, m.start())
            elif opened is not None and name == "endcomment":
                start = opened[1] if opened[0] == index else 0
                parts += (line[pos:start], _comment_filler(m.end() - start))
                pos = m.end()
                opened = None
        if opened is not None and opened[0] != index and pos == 0:
            out[index] = " " * len(line)  # a line inside the comment
            continue
        if opened is not None:
            start = max(pos, opened[1] if opened[0] == index else 0)
            parts += (line[pos:start], _comment_filler(len(line) - start))
        else:
            parts.append(line[pos:])
        out[index] = "".join(parts)
    if opened is not None:  # never closed: from its line on, as written
        out[opened[0] :] = lines[opened[0] :]
    return out


def blank_tag_lines(lines: list[str], first: int) -> tuple[list[str], frozenset[str], bool]:
    """`lines` (from index `first`) with each line of tags only blanked: such a line is neither a heading nor a paragraph.

    A figure's caption on it stays in place.  Lines inside a fenced code block are code; what a closed
    `{% comment %}` holds is hidden (`_hide_comments`).  Also gives the Liquid names that are markup, and whether a tag
    stands inside a line of text (`untag_block` cuts those).
    """
    names = _liquid_names("\n".join(lines[first:]))
    lines = _hide_comments(lines, first, names)
    out = lines[:first]
    fence = ""
    inline = False
    for line in lines[first:]:
        fence, code = code_line(line.lstrip(" "), fence)
        if code:
            out.append(line)
            continue
        tags = tag_spans(line, names) if ("{%" in line or "{{" in line) else []
        if not tags:
            out.append(line)
            continue
        rest = _cut_line(line, [(a, b, None) for a, b, _ in tags])
        if rest.strip(" \t>"):
            inline = True
            out.append(line)
            continue
        out.append(_cut_line(line, tags))
    return out, names, inline


def unexpanded_files(lines: list[str], first: int, names: frozenset[str]) -> list[str]:
    """One warning per Liquid tag that runs another file (`{% include contact.html %}`, `include_relative`, `render`)
    in `lines` (from index `first`; code and closed comments are not read): the site puts that file's text in its place
    when it is built, and policylens does not read it, so the page's text there is unknown.  The tag is dropped as
    markup (its file name is no sentence of the policy), but never silently: a contact section made only of
    `{% include contact.html %}` read as an empty section (forty-second session, eval/pairs41c dv-rewrite)."""
    if not names & _RUNS_FILE:
        return []
    found: list[str] = []
    fence = ""
    for index, line in enumerate(_hide_comments(lines, first, names)[first:], start=first):
        fence, code = code_line(line.lstrip(" "), fence)
        if code or "{%" not in line:
            continue
        for m in _LIQUID.finditer(line):
            if m.group(1) in names and m.group(1) in _RUNS_FILE:
                target = (m.group(2) or "").strip(" \t-")
                what = f"the text of {target}" if target else "the text it adds"
                found.append(f"line {index + 1}: {m.group().strip()} is not expanded: {what} is not read")
    return found


# markdown-it-container fences (VitePress `::: tip`, Docusaurus `:::note`, a language switch's `::: zh-CN`): the opening
# fence names the box's type, the closing one ends it; neither is text.  Twenty-seventh session (u27h): they were read
# into the box's first paragraph (「::: zh-CN我们非常重视您的隐私。」, eval/precision16 openlist-privacy-bi) and the
# closing `:::` was a paragraph of its own.  A fence with a title after its type (`:::tip 提醒`, `:::tip[提醒]`) is left
# as written: its title is shown, and a blank line would have to be invented to set it apart.
_CONTAINER_OPEN = lazy(r" {0,3}(:{3,}+)[ \t]*+[A-Za-z][\w-]{0,40}+[ \t]*+")
_CONTAINER_CLOSE = lazy(r" {0,3}(:{3,}+)[ \t]*+")


def blank_container_fences(lines: list[str], first: int) -> list[str]:
    """`lines` (from index `first`) with the fences of each closed container (`_CONTAINER_OPEN` … `_CONTAINER_CLOSE`)
    blanked; lines inside a fenced code block are code, and a fence never closed is left as written."""
    out = list(lines)
    opened: list[tuple[int, str]] = []  # (line index, its colons) of the containers open
    fence = ""
    for k in range(first, len(lines)):
        line = lines[k]
        fence, code = code_line(line.lstrip(" "), fence)
        if code or not line.lstrip(" ").startswith(":::"):
            continue
        if (m := _CONTAINER_CLOSE.fullmatch(line)) is not None:
            # it closes the innermost container when it is as long as its opening fence (markdown-it-container); only that
            # one is tried (trying every open one made 50,000 long openers and 50,000 short closers quadratic)
            if opened and len(m.group(1)) >= len(opened[-1][1]):
                out[opened.pop()[0]] = out[k] = ""
        elif (m := _CONTAINER_OPEN.fullmatch(line)) is not None:
            opened.append((k, m.group(1)))
    return out


def untag_block(block: Block, names: frozenset[str]) -> Block:
    """`block` with the tags inside its text cut out (their shown captions kept), each kept character at its own column."""
    text = block.text
    if block.kind == "code" or ("{%" not in text and "{{<" not in text and "{{%" not in text):
        return block
    tags = tag_spans(text, names)
    if not tags:
        return block
    cut = [False] * len(text)
    for start, end, shown in tags:
        for k in range(start, end):
            cut[k] = shown is None or not shown[0] <= k < shown[1]
        # the blank after a tag that follows a blank (or starts the text) goes with it: 「收集 {% x %} 信息」 keeps one blank
        k = end
        if start == 0 or text[start - 1] in " \t":
            while k < len(text) and text[k] in " \t":
                cut[k] = True
                k += 1
    kept = [k for k, gone in enumerate(cut) if not gone]
    new = "".join(text[k] for k in kept).strip()
    if not new:
        return block._replace(text="", pieces=())
    lead = next(k for k in kept if not text[k].isspace())
    kept = kept[kept.index(lead) : kept.index(lead) + len(new)]
    return block._replace(text=new, pieces=map_pieces(block.pieces, kept))
