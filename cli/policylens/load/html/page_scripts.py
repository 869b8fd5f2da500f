"""What a page's inline scripts hold that the reader uses: date constants, a policy kept as Markdown, text they produce.

A component's `const lastUpdated = '…'` kept as a front matter line (`_script_dates`), a Vue page whose policy is a
Markdown template literal read as Markdown in place (`_markdown_literal`), and the warning for a page whose text its
script produces (`_script_text_warning`).  The script literals themselves are read by `load.scripts` and
`load.vue_data`; the markup by the extractor.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.html.decode import _CJK
from policylens.load.types import Parsed
from policylens.model import Block, Piece
from policylens.patterns import slot_only

# (twenty-sixth session, u26v) a component's date constant in its `<script>` (`const lastUpdated = '2025-12-19'` in a Svelte
# or Vue page whose layout shows it atop): kept as a front matter line, read like a Markdown `lastmod:` (the CCPA
# `last-updated` item reads it only when the body gives no date).
_SCRIPT_DATE = lazy(
    r"^[ \t]*(?:export[ \t]+)?(?:const|let|var)[ \t]+((?:last[_-]?)?(?:updated?|modified|mod)(?:[_-]?(?:at|on|date))?|effective[_-]?date)"
    r"[ \t]*(?::[ \t]*string[ \t]*)?=[ \t]*(['\"`])([^'\"`\n]{4,40})\2",
    re.I | re.M,
)


def _script_dates(scripts: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """(line, `name = value`) of every date constant (`_SCRIPT_DATE`) in a page's inline scripts."""
    return [
        (line + body.count("\n", 0, m.start()), f"{m.group(1)} = {m.group(3)}")
        for line, _column, body in scripts
        for m in _SCRIPT_DATE.finditer(body)
    ]


# (u47l, eval/profiles47c atrox-en) a layout component's date prop, `<LegalLayout title="Privacy Policy" updatedAt="April 7,
# 2026">`, `lastUpdated="2026-01-05"`, `effectiveDate='…'`: the layout shows it atop the page, and nothing else dated it
_PROP_DATE = lazy(
    r"""(?<![\w:@.-])((?:last[_-]?)?(?:updated?|modified)(?:[_-]?(?:at|on|date))?|last[_-]?update|effective[_-]?(?:date|at|on|from)?)"""
    r"""[ \t\r\n]*+=[ \t\r\n]*+(['"`])([^'"`\n{}<>]{4,40})\2""",
    re.I,
)
_YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def prop_dates(start_tag: str, line: int, dates: list[tuple[str, str]], lines: list[tuple[int, str]]) -> None:
    """Each date prop of a component's start tag (`_PROP_DATE`: a value holding a year), `line` the tag's first line:
    its kind (`effective` or `updated`) and value into `dates` (the metadata's hints), its line and `name = value` into
    `lines` (a front matter line: the CCPA `last-updated` item cites it)."""
    for m in _PROP_DATE.finditer(start_tag):
        value = m.group(3).strip()
        if _YEAR.search(value) is not None:
            dates.append(("effective" if m.group(1).lower().startswith("effective") else "updated", value))
            lines.append((line + start_tag.count("\n", 0, m.start()), f"{m.group(1)} = {value}"))


def shown_prop_dates(start_tag: str) -> list[tuple[int, str]]:
    """(u55x2, eval/structure55s chimei-tw-tsx) (offset in `start_tag`, value) of each date prop of a component whose
    `title=` the page shows as its title line (「<LegalDocument title="隱私權政策" updatedAt="2026年7月16日">」): the
    layout prints the date with the title, so a reader of the text sees it there, as the title is."""
    return [(m.start(3), m.group(3).strip()) for m in _PROP_DATE.finditer(start_tag) if _YEAR.search(m.group(3)) is not None]


# What a component shows without its script: below this many characters of its own text, a page that binds its text
# (v-for, v-html) holds no policy to read
_MARKUP_TEXT_MIN = 300
# a script literal that is a policy in Markdown (`_markdown_literal`): two headings of its own, this many CJK characters
_MARKDOWN_POLICY = lazy(r"^#{1,4}[ \t]+\S", re.MULTILINE)
_MARKDOWN_LITERAL_MIN = 200


def _markdown_literal(text: str, scripts: list[tuple[str, tuple[Piece, ...]]]) -> Parsed | None:
    """The policy a Vue page keeps as Markdown in one template literal of its script, read as Markdown in place.

    A uni-app page writes its policy in a template literal (`agreementText`, 「# 隐私政策…」) and shows it with `<rich-text :nodes>` after its
    own method turns the Markdown into HTML (eval/precision27 yuwo-vue): its markup holds nothing of it.  Only when the
    markup shows almost nothing (`_script_text_warning`), and one literal is a policy in Markdown (`_MARKDOWN_POLICY`: its
    headings, `_MARKDOWN_LITERAL_MIN` Chinese characters) written as it is read (no escape: the literal is the source
    text), is it read, every line and column where it stands in the file; anything else keeps the warning.
    """
    found = [
        (body, pieces)
        for body, pieces in scripts
        if pieces
        and len(_CJK.findall(body)) >= _MARKDOWN_LITERAL_MIN
        and len(_MARKDOWN_POLICY.findall(body)) >= 2
        and not body.split("\n", 1)[0].strip()
    ]
    if len(found) != 1:
        return None
    body, pieces = found[0]
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: pieces[0].line - 1]) + pieces[0].column - 1
    if text[start : start + len(body)] != body:
        return None  # (escapes: the literal is not the source text)
    from policylens.load.markdown import read_markdown

    # what stands before the literal becomes blank lines (its first line, after the backtick, is blank too)
    parsed = read_markdown("\n" * text.count("\n", 0, start) + body)
    parsed.warnings.insert(
        0, f"line {pieces[0].line}: the policy is Markdown in a <script> string the page converts and shows: read as Markdown"
    )
    return parsed


def _script_text_warning(blocks: list[Block], bound: list[int], script: int) -> str | None:
    """A Vue page whose text its script produces: say that the markup holds little of it (never a silent near-empty read).

    uni-app pages render their sections with `v-for` over an array of `{title, content}` in `<script>`, or show a
    policy kept as HTML in a JS string with `v-html`; the markup then holds 「{{ section.title }}」 and a few labels.
    `bound`: the lines of the bindings (`v-html`/`v-text`, a block of interpolations only); `script`: the characters of
    text the script may show there.  Warned when the page's own text is short, or shorter than that.
    """
    markup = sum(len(b.text) for b in blocks if not slot_only(b.text))
    if markup >= _MARKUP_TEXT_MIN and script <= markup:
        return None
    where = f"; {script} characters of text in its <script> string literals are not read" if script else ""
    return (
        f"line {bound[0]}: the policy text is produced by script (v-for, v-html, {{{{ }}}}): "
        f"policylens read only {markup} characters of markup{where}"
    )
