"""Conditional branches and hidden elements of a page: which text a browser shows once.

A template's chain of branches (`v-if` / `v-else-if` / `v-else`, `wx:if` / `wx:elif` …: the patterns, how far the
source is looked ahead, where an element ends), elements that hide themselves (`hidden`, `display: none`:
`_Veil`, `_veils`; a hidden copy of the text the page shows, read once: `hidden_copies`), the warnings that name the
branches not read and the hidden text read (`hidden_warnings`), and `_BranchChooser`, the tag reader that picks
the branch of an inline chain to read (the longest: `_branch_plan`), the extractor's base class.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.html.reader import _TagReader
from policylens.load.jsx import TAG
from policylens.load.types import first_few, gist
from policylens.model import Block, Piece
from policylens.normalise import WHITESPACE, fold

# a sentence's end: the text a hidden element holds is prose (a tab's policy, a dialog's notice), not a menu's entries
# (「繁體中文」「简体中文」, a language picker or a user menu a script opens: named, they only made noise)
_PROSE = lazy(r"[。！？；!?]|[.;](?:\s|$)")
# a style that hides its element: `display: none`, `visibility: hidden` (a declaration of its own, not `--x-display`)
_HIDING_STYLE = lazy(r"(?:^|[;{\s])(?:display\s*+:\s*+none|visibility\s*+:\s*+(?:hidden|collapse))\s*+(?:!\s*+important\s*+)?(?:;|$)", re.I)


class _Veil:
    """An element open that the page hides (`_veils`): its tag, its line, how many of its tag are open in it, and
    whether prose was read inside it (`_PROSE`).

    A plain class, not a dataclass: `dataclasses` imports `inspect` (and `ast`, `dis`, `tokenize`), about 5 ms of every
    process that reads HTML, for a record the reader only reads and counts on (forty-sixth session, u46t)."""

    __slots__ = ("depth", "held", "line", "tag")

    def __init__(self, tag: str, line: int, depth: int = 1, held: bool = False) -> None:
        self.tag = tag
        self.line = line
        self.depth = depth
        self.held = held


def _element_close(raw: str, tag: str, start: int, limit: int, blocks: frozenset[str] | set[str]) -> int:
    """Where the end tag of the element `tag` whose content starts at `start` begins in `raw` (its own elements of
    that name nested), -1 when it does not end before `limit` or a block element (`blocks`) starts or ends first."""
    depth = 1
    for found in _ANY_TAG.finditer(raw, start, limit):
        name = found[2].lower()
        if name != tag:
            if name in blocks:
                return -1
            continue
        if found[1]:
            depth -= 1
            if not depth:
                return found.start()
        elif not found[0].endswith("/>"):
            depth += 1
    return -1


def _conditional_only(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether a Vue `<template>`'s attributes are a condition and nothing else (`v-if`, `v-else-if`, `v-else`)."""
    return bool(attrs) and all(name in ("v-if", "v-else-if", "v-else") for name, _ in attrs)


def _veils(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes hide it from the page: `hidden` (not `hidden="until-found"`, which the browser's
    find shows), a style of `display: none` or `visibility: hidden`.  (`aria-hidden` hides it from a screen reader
    only: it is on the page.)"""
    for name, value in attrs:
        if name == "hidden" and (value or "").strip().lower() != "until-found":
            return True
        if name == "style" and value and _HIDING_STYLE.search(value) is not None:
            return True
    return False


# a condition's later branch: Vue's `v-else`, `v-else-if`; the mini-programs' `wx:elif`, `a:else`, `s-else`, `tt:elif`…
_LATER_BRANCH = lazy(r"v-else(?:-if)?|(?:wx|a|tt|qq|jd|ks):(?:else|elif)|s-(?:else|elif)")
# a condition's first branch: `v-if`, `wx:if`, `a:if`, `s-if`…
_FIRST_BRANCH = lazy(r"v-if|(?:wx|a|tt|qq|jd|ks):if|s-if")
# a start or end tag in the source (`_branch_plan`): its slash, its name, its attributes
_ANY_TAG = lazy(r"<(/?)([A-Za-z][\w:-]*)(?=[\s/>])([^<>]*)>")
_ATTRIBUTE_NAME = lazy(r"(?:^|\s)([^\s=/>\"']+)")
# how far the source is searched for a chain of branches (the longest is read, `_branch_plan`); past it, the first is
_BRANCH_LOOKAHEAD = 4_000
_BRANCH_LOOKAHEAD_TOTAL = 2_000_000  # in all: past it, the first branch of every chain is read


def _branch_warnings(text: str, alternates: list[tuple[int, str, str]]) -> list[str]:
    """A warning per line for a React page's condition branches not read (`load.jsx.expressions._operands`): the first branch not
    read and the one read in its place, and how many more the line has.  (Linear: a chain of 20,000 branches on one
    line was one warning each, its line counted from the file's start each time.)"""
    by_line: dict[int, list[tuple[str, str]]] = {}
    line, counted = 1, 0
    for at, other, read in sorted(alternates):
        line += text.count("\n", counted, at)
        counted = at
        by_line.setdefault(line, []).append((other, read))
    warnings = []
    for line, branches in by_line.items():
        other, read = branches[0]
        more = f" and {len(branches) - 1} more are" if len(branches) > 1 else " is"
        warnings.append(
            f"line {line}: a condition's other branch 「{gist(other)}」{more} not read (the page shows one of them;"
            f" 「{gist(read)}」 is read)"
        )
    return warnings


def _branch_blocks(source: str, alternates: list[tuple[int, str, str]], read: list[Block]) -> list[Block]:
    """(u56j) The condition branches of text not read (`alternates`, each a string literal the page may show instead of
    the one read) as blocks where each literal's text is written, for `check`'s placeholder rules, each of the kind of
    the block read on its line (`<h2>{isPrivacy ? '隐私政策正文' : '用户协议正文'}</h2>`: a heading, as its twin is; else a
    paragraph); a branch that is an element, or whose text is not written as it reads (an escape, a line break), is left
    out (its warning stays)."""
    kinds: dict[int, Block] = {}
    for block in read:
        for piece in block.pieces:
            kinds.setdefault(piece.line, block)
    blocks: list[Block] = []
    line, counted, line_start = 1, 0, 0  # (counted on from the branch before, as `_branch_warnings`: linear in the source)
    for at, other, _ in sorted(alternates):
        newline = source.rfind("\n", counted, at)
        if newline >= 0:
            line += source.count("\n", counted, at)
            line_start = newline + 1
        counted = max(counted, at)
        if source[at : at + 1] not in ("'", '"', "`") or not other.strip() or source[at + 1 : at + 1 + len(other)] != other:
            continue
        if "\n" in other:
            continue
        column = at + 2 - line_start  # (of the literal's first character, after its quote)
        twin = kinds.get(line)
        block = Block("paragraph", other, line, column, line, (Piece(0, len(other), line, column),))
        if twin is not None and twin.kind != "paragraph":
            block = block._replace(kind=twin.kind, level=twin.level, emphasised=twin.emphasised)
        blocks.append(block)
    return blocks


class _BranchChooser(_TagReader):
    """The tag reader that measures a chain of inline condition branches when its first opens, and says which is read."""

    _block_tags: frozenset[str] | set[str]  # the page's block elements (set by the extractor: component blocks in .vue pages)

    def __init__(self) -> None:
        super().__init__()
        # of the branches still to come of a condition chain whose first branch opened: whether each is read (`_branch_plan`)
        self._branch_reads: list[bool] = []
        self._lookahead_left = _BRANCH_LOOKAHEAD_TOTAL  # characters `_branch_plan` may still search
        self._language_chain = False  # (u46k2) the condition chain open tests the page's language (`_language_edition`)
        # (u46k2) (line, column, end line, end column, `hant` or `hans`) of the branches a language test selects
        self.editions: list[tuple[int, int, int, int, str]] = []

    def _language_edition(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """(u46k2) Record the element starting at `_tag_at` as an edition (`Document.editions`) when it is a branch of a
        condition chain that tests the page's language: 「<h1 v-if="lang === 'zh-CN'">条款及细则</h1><h1 v-else>條款及細則</h1>」,
        each branch read as a block of its own, is held to its own script by `script-mixed`, as a PHP page's are
        (`load.server_code._language_editions`).  The element must close within `_BRANCH_LOOKAHEAD` characters."""
        from policylens.load.jsx_locale import tests_locale

        first = next((value for name, value in attrs if _FIRST_BRANCH.fullmatch(name)), None)
        later = next(((name, value) for name, value in attrs if _LATER_BRANCH.fullmatch(name)), None)
        if first is not None:
            self._language_chain = tests_locale(first, 0, len(first))
        elif later is not None:
            self._language_chain = self._language_chain or tests_locale(later[1] or "", 0, len(later[1] or ""))
        else:
            return
        if not self._language_chain or self._lookahead_left <= 0:
            return
        raw, at = self.rawdata, self._tag_at
        limit = min(len(raw), at + _BRANCH_LOOKAHEAD)
        opened = raw.find(">", at, limit)
        end = _element_close(raw, tag, opened + 1, limit, frozenset()) if opened > 0 and raw[opened - 1] != "/" else -1
        self._lookahead_left -= (limit if end < 0 else end) - at
        if end < 0:
            return
        from policylens.script import count_script

        t, s = count_script(raw[at:end])
        if t == s:
            return
        line, column = self.getpos()
        newlines = raw.count("\n", at, end)
        end_column = column + 1 + end - at if not newlines else end - raw.rfind("\n", 0, end)
        self.editions.append((line, column + 1, line + newlines, end_column, "hant" if t > s else "hans"))

    def _branch_skipped(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        """The branch attribute of an inline condition branch that is not read (`<span v-else>`), else None.

        Of a chain of inline branches (「我們<span v-if="loading">載入中</span><span v-else>會將您的資料保存在境內</span>。」)
        the longest is read, the first of equals, as the JSX reader keeps the longest of `{a ? '…' : '…'}` (twenty-ninth
        session, u29h: the first was read, and the policy's own sentence behind a loading branch was lost).  The chain
        is measured in the source when its first branch opens (`_branch_plan`); each later branch takes its turn."""
        first = next((name for name, _ in attrs if _FIRST_BRANCH.fullmatch(name)), None)
        later = next((name for name, _ in attrs if _LATER_BRANCH.fullmatch(name)), None)
        if first is not None:
            self._branch_reads = self._branch_plan(tag)
            return first if self._branch_reads and not self._branch_reads.pop(0) else None
        if later is None:
            return None
        if self._branch_reads:
            return None if self._branch_reads.pop(0) else later
        return later

    def _branch_plan(self, tag: str) -> list[bool]:
        """Whether each branch of the condition chain whose first branch starts at `_tag_at` is read: the longest alone.

        Its siblings are the elements right after it (spaces between) that carry a later branch's attribute; a branch's
        length is its text without tags.  An empty list when the chain is one branch, when a branch holds a block
        element (`<template v-else><p>…</p></template>`) or is not closed before a block's tag or within
        `_BRANCH_LOOKAHEAD` characters: then the first branch is read, as before."""
        raw = self.rawdata
        limit = min(len(raw), self._tag_at + _BRANCH_LOOKAHEAD)
        at, lengths = self._tag_at, []
        if self._lookahead_left <= 0:
            return []  # (30,000 unclosed `<span v-if>` each searched 4,000 characters: 9 s)
        while True:
            start = raw.find(">", at, limit)
            end = _element_close(raw, tag, start + 1, limit, self._block_tags) if start >= 0 else -1
            self._lookahead_left -= (limit if end < 0 else end) - at
            if end < 0:
                return []
            lengths.append(len(TAG.sub("", raw[start + 1 : end]).strip(WHITESPACE)))
            at = raw.find(">", end, limit) + 1
            while 0 < at < limit and raw[at] in " \t\r\n\f":
                at += 1  # (spaces between the branches)
            sibling = _ANY_TAG.match(raw, at, limit) if at > 0 else None
            if sibling is None or sibling[1] or sibling[2].lower() != tag:
                break
            if not any(_LATER_BRANCH.fullmatch(name) for name in _ATTRIBUTE_NAME.findall(sibling[3])):
                break
            at = sibling.start()
        if len(lengths) < 2:
            return []
        kept = lengths.index(max(lengths))
        return [index == kept for index in range(len(lengths))]


# what a hidden copy and the shown text are compared without: white space and Markdown's marks (a blog's hidden source)
_COPY_MARKS = lazy(r"[\s#*_`>]+")
_COPY_MIN = 40  # characters: a hidden copy worth naming (a hidden value beside a shown one is no copy of the text)


def _copy_text(blocks: list[Block]) -> str:
    return "".join(_COPY_MARKS.sub("", fold(b.text)) for b in blocks)


def hidden_copies(blocks: list[Block], spans: dict[int, int], out: set[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Hidden elements whose text is the text the page shows right after them (or before), taken out of `blocks`.

    A blog engine keeps a post's Markdown source in 「<div id="md" style="display: none;">」 over the rendered
    「<div class="entry">」 (eval/structure48c stevedong-hiddenmd-html, u49a2): read as the policy's, the whole text came
    twice, once run together as one paragraph.  When the hidden element's text, white space and Markdown marks aside,
    is that of the blocks shown just after it (or just before it) and at least `_COPY_MIN` characters long, its blocks
    are left out (their (line, column) put in `out`; `read_html` drops them once the page is read: the extractor's
    lists of block indices stay true) and the element named in a warning (`hidden_warnings`): the text is read once,
    where the page shows it.  `spans`: each hidden element's first line → its last.  Returns first line → the shown
    copy's lines.
    """
    dropped: dict[int, tuple[int, int]] = {}
    for first, last in spans.items():
        inside = [k for k, b in enumerate(blocks) if first <= b.line <= last]
        if not inside or inside != list(range(inside[0], inside[-1] + 1)):
            continue
        hidden = _copy_text([blocks[k] for k in inside])
        if len(hidden) < _COPY_MIN:
            continue
        for shown in (range(inside[-1] + 1, len(blocks)), range(inside[0] - 1, -1, -1)):
            text, run = "", []
            for k in shown:
                run.append(k)
                text = _copy_text([blocks[k]]) + text if k < inside[0] else text + _copy_text([blocks[k]])
                if len(text) >= len(hidden):
                    break
            if run and text == hidden:
                lines = sorted(blocks[k].line for k in run)
                dropped[first] = (lines[0], blocks[max(run)].end_line)
                out.update((blocks[k].line, blocks[k].column) for k in inside)
                break
    return dropped


def hidden_warnings(read: list[int], copies: dict[int, tuple[int, int]]) -> list[str]:
    """The warnings for hidden text: read as the policy's (`read`, first lines), or dropped as a copy (`hidden_copies`)."""
    warnings = [
        f"line {line}: text the page hides (display:none) is a copy of the text it shows at lines {a}–{b}: read once, there"
        for line, (a, b) in sorted(copies.items())
    ]
    lines = [line for line in read if line not in copies]
    if lines:
        # read, and said: a tab, an accordion or a 「read more」 shows it (the policy's own text), a drafting note
        # hidden by a style is still in the file (twenty-eighth session, u28h)
        warnings.append(
            f"line{'s' if len(lines) > 1 else ''} {first_few(lines)}: text the page hides (hidden, display:none, a closed <dialog>)"
            " is read as the policy's (a tab, an accordion or a script may show it)"
        )
    return warnings
