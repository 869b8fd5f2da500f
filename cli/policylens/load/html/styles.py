"""What a page's own style sheet and template literals say about its text, read before the page is parsed.

Whether a component page's `<text>`s are rows (`_text_rows`), which classes its CSS makes blocks (`_row_classes`,
`_css_rules`, `_block_classes`), and the string literals a template interpolation falls back on
(`_fallback_literals`) or only hold (`_literal_echoes`).  Only the page's inline `<style>`: no CSS cascade, no external sheet.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.load.server_code import CODE
from policylens.model import Block

# A component page's style sheet that lays its <text>s out as blocks: each <text> on a source line of its own is a row
# (`_text_rows`; `eval/dev23g/dev/minzong-vue`: 「text{ display: inline-block; }」, one paragraph per <text>)
# The start tag ends before the next `<` ([^<>]*): `[^>]*` ran to the end of the text from every `<` of a page of
# `<style<style…` with no `>` (quadratic; the probe took 0.01 s on 6,144 characters at a high load).
_STYLE_SHEET = lazy(r"<style\b[^<>]*>([^<]*)</style>", re.IGNORECASE)
_TEXT_ROWS = lazy(r"(?<![\w.#:-])text\s*\{[^{}]*?display\s*:\s*(?:block|inline-block|flex)\b", re.IGNORECASE)
# 「.p { …display: block; }」, 「.h2, .list-item { display: block }」: class rules of the page's style sheet that make an element
# of that class a block, not an inline-block (eval/dev23g/dev/redmall-vue: 「<text class="btn">取消</text>」 and its 同意 button
# side by side) (a uni-app page styles its <text class="h2">, <text class="p"> one per row; eval/precision27 lushuo-vue);
# the selector list before the rule's body, each selector a single class, its last compound in a nested SCSS rule
# (read by `_css_rules` from the braces' positions, its selectors split in Python: the regex `((?:\.[\w-]+\s*,\s*)*\.[\w-]+)
# \s*\{` restarted its repetition at every `.` of a long selector list with no `{` after it, quadratic: review u27w)
_BRACE = lazy(r"[{}]")
_TRAILING_CLASS = lazy(r"\.[\w-]+\Z")
# 「{{t1 || '引言'}}」, 「{{ title || "隐私政策" }}」: an interpolation whose expression falls back on a string literal (no
# quote, brace or newline in the expression before it, none in the literal)
_FALLBACK_LITERAL = lazy(r"""\{\{[^{}'"\n]*?\|\|\s*(['"])([^'"{}\n]+)\1\s*\}\}""")
# (u34r3, round34c) a fallback that is only a blank line to write on (「'________'」, 「'——'」): the value is the form's
_BLANK_LITERAL = lazy(r"[_＿\-－—–.·…]{2,}")  # (matched on the literal stripped of blanks)
# (u49x2) 「{{ '\n\n' }}」, 「{{ "。" }}」, 「{{ `…` }}」: an interpolation that is only a string literal shows that literal
# (eval/structure49c fctl-vue: its items joined by 「{{ '\n\n' }}」 kept 「{{ '」 and 「' }}」 in the text); in the literal no
# quote, brace, newline or backslash but the escape \n
_ECHOED_LITERAL = lazy(r"""\{\{[ \t]*(['"`])((?:[^'"`{}\\\n]|\\n)*)\1[ \t]*\}\}""")
_TEXT_OPEN = lazy(r"<text(?![\w-])", re.IGNORECASE)
_TEXT_CLOSE = lazy(r"</text\s*>", re.IGNORECASE)
# (u49x2) a .vue <text> whose text holds a blank line: 「<text>⏎\t尊敬的用户…：⏎\t⏎\t1.我们处理的信息…⏎\t我们将处理…」, the whole
# policy as lines with blank lines between them (eval/structure49c mycollege-vue): the page is laid out by its newlines,
# which uni-app's <text> shows; read a line each, as a mini-program's <text> is.  Hard-wrapped prose has no blank line.
# Read by `_laid_elements`, a scan that finds what 「<text(?![\w-])[^>]*>((?:(?!</text\s*>)[^\n])*+\n(?:(?!</text\s*>)
# [\s\S])*?)</text\s*>」 finds (held to it by tests/test_hostile50.py): that regex read each unclosed <text> to the page's
# end, quadratic (u50h: 8,000 unclosed 「<text>⏎…」 took 38 s)
_BLANK_LINE = lazy(r"\n[ \t\r\u3000]*\n[ \t\r\u3000]*\S")
_DISPLAY_BLOCK = lazy(r"(?<![\w-])display\s*:\s*(?:block|flex)\b", re.IGNORECASE)  # (inline-block: side by side, 「.btn」s)
# (u50a) a .vue <text> whose class the page's style sheet (or its own style attribute) sets `white-space: pre-wrap`
# (pre, pre-line) shows its source newlines too, blank lines or none: 「<text class="paragraph">⏎  1. 【存储地点】…⏎  2. 【存储
# 期限】…</text>」 with 「.paragraph { white-space: pre-wrap; }」 (eval/structure50a guanxian-vue) is three lines, not one run
_WHITE_SPACE_PRE = lazy(r"(?<![\w-])white-space\s*:\s*pre(?:-wrap|-line)?\b", re.IGNORECASE)
_CLASS_ATTR = lazy(r"""(?<![\w:-])class\s*=\s*(["'])([^"'<>]*)\1""", re.IGNORECASE)
_STYLE_ATTR = lazy(r"""(?<![\w:-])style\s*=\s*(["'])([^"'<>]*)\1""", re.IGNORECASE)
_TEXT_TAG = lazy(r"<text(?![\w-])([^<>]*)>", re.IGNORECASE)
# a line of such a text that opens a list item: 「1. 」「2、」「（3）」「- 」「• 」; two of them make the text a list laid out by
# its lines (hard-wrapped prose in a pre-wrap <text> keeps the one-paragraph reading: its lines end mid-sentence)
_ITEM_LINE = lazy(r"^[ \t\u3000]*(?:\d{1,2}(?:\.\d{1,2})*[.、．)）]|[（(]\d{1,2}[）)]|[-•·●]\s)", re.MULTILINE)


def _text_rows(text: str) -> bool:
    """Does the page's own style sheet set its <text>s as blocks (「text { display: block; }」, also nested in SCSS)?"""
    return any(_TEXT_ROWS.search(m.group(1)) for m in _STYLE_SHEET.finditer(text))


def _fallback_literals(text: str) -> str:
    """A mini-program or Vue page's 「{{t1 || '引言'}}」 read as the text it shows by default, 引言, in place.

    The interpolation's expression falls back on a string when the script leaves it empty (an i18n key not loaded, a
    title not set): that string is the page's own wording (eval/precision27 qingduanshi-wxml: its section titles are
    written so).  Everything else of the interpolation becomes spaces, so every line and column stays where it was.
    """

    def keep(m: re.Match[str]) -> str:
        if _BLANK_LITERAL.fullmatch(m.group(2).strip(" \t\u3000")):
            # 「{{ form.phone || '________' }}」: a form's value, blank only when unset: read as 「{{ form.phone }}」
            quote_end = m.end(2) + 1
            return m.group(0)[: m.start(1) - m.start()] + " " * (quote_end - m.start(1)) + m.group(0)[quote_end - m.start() :]
        return " " * (m.start(2) - m.start()) + m.group(2) + " " * (m.end() - m.end(2))

    return _literal_echoes(_FALLBACK_LITERAL.sub(keep, text) if "||" in text else text)


def _literal_echoes(text: str) -> str:
    """A template's 「{{ '\\n\\n' }}」 or 「{{ "隐私政策" }}」 read as the literal it shows, in place (u49x2).

    The delimiters and quotes become `CODE` (dropped by the reader, the positions of the text around them kept), so every
    column stays where it was.  Its escape \\n is a line break inside a `<text>` (which `decode._lines` reads so);
    elsewhere the page folds it into a space, and so it becomes a space.
    """
    if "{{" not in text:
        return text
    opens = [m.start() for m in _TEXT_OPEN.finditer(text)]
    closes = [m.start() for m in _TEXT_CLOSE.finditer(text)]

    def keep(m: re.Match[str]) -> str:
        literal = m.group(2)
        if "\\n" in literal and not _inside(opens, closes, m.start()):
            literal = literal.replace("\\n", " " + CODE)
        return CODE * (m.start(2) - m.start()) + literal + CODE * (m.end() - m.end(2))

    return _ECHOED_LITERAL.sub(keep, text)


def _inside(opens: list[int], closes: list[int], at: int) -> bool:
    """Is `at` inside an element whose start tags are at `opens` and end tags at `closes` (one opened last, not closed since)?"""
    k = bisect.bisect_left(opens, at)
    if not k:
        return False
    j = bisect.bisect_left(closes, at)
    return not j or closes[j - 1] < opens[k - 1]


def _has_style_sheet(text: str) -> bool:
    """Does the page carry its own style sheet (a Vue file's `<style>`; a `.wxml` page's is a `.wxss` file beside it)?"""
    return _STYLE_SHEET.search(text) is not None


def _row_classes(text: str) -> frozenset[str]:
    """The classes the page's own style sheet sets as blocks: 「.p { display: block; }」, 「.h2, .list-item { display: flex }」."""
    return _classes_whose_rule(text, _DISPLAY_BLOCK)


def _classes_whose_rule(text: str, declaration: re.Pattern[str]) -> frozenset[str]:
    """The classes of every rule of the page's own style sheets whose body holds `declaration` (`_css_rules`)."""
    found: set[str] = set()
    for sheet in _STYLE_SHEET.finditer(text):
        for head, body in _css_rules(sheet.group(1)):
            if declaration.search(body):
                found.update(_block_classes(head))
    return frozenset(found)


def _css_rules(sheet: str) -> Iterator[tuple[str, str]]:
    """(head, own body) of each rule of a style sheet: the text since the brace before its `{`, and its declarations.

    A nested SCSS rule's declarations are its parent's no more, and the parent's own declarations are kept whole
    around it: 「.section-text { display: block; …; &:last-child { margin-bottom: 0; } }」 sets .section-text as a
    block (eval/structure34b ida-privacy-vue: read as the innermost rule only, 「7.1 …」「7.2 …」 ran together).
    """
    open_rules: list[tuple[str, list[str]]] = []  # (head, the segments of its own body so far), outermost first
    last = -1
    for brace in _BRACE.finditer(sheet):
        at = brace.start()
        if brace.group() == "{":
            if open_rules:
                open_rules[-1][1].append(sheet[last + 1 : at])  # the parent's declarations before the nested rule
            open_rules.append((sheet[last + 1 : at], []))
        elif open_rules:
            head, own = open_rules.pop()
            own.append(sheet[last + 1 : at])
            yield head, "".join(own)
        last = at


def _block_classes(head: str) -> list[str]:
    """The class names a rule's head lists just before its body, each selector a single class: 「.h2, .list-item」; the
    last compound of a nested SCSS rule's head or of a descendant selector (「.page .p」 → p) ends the run."""
    names: list[str] = []
    for part in reversed(head.split(",")):
        m = _TRAILING_CLASS.search(part.strip())
        if m is None:
            break
        names.append(m.group()[1:])
        if m.start() != 0:
            break  # the run starts inside this selector: no earlier one is part of it
    return names


def _laid_texts(source: str) -> frozenset[int]:
    """The lines of the `<text>` start tags of a .vue page whose text holds a blank line before more text (`_LAID_TEXT`),
    or whose text is a list laid out by its lines under a `white-space: pre-wrap` style (`_pre_texts`, u50a)."""
    if "<text" not in source:
        return frozenset()
    found: set[int] = set()
    pre = _pre_classes(source)
    line, counted = 1, 0
    for start, body_start, body_end, end in _laid_elements(source):
        body = source[body_start:body_end].rstrip()
        if _BLANK_LINE.search(body) or (_pre_text(source[start:end], pre) and len(_ITEM_LINE.findall(body)) >= 2):
            line += source.count("\n", counted, start)
            counted = start
            found.add(line)
    return frozenset(found)


def _laid_elements(source: str) -> Iterator[tuple[int, int, int, int]]:
    """(start, body start, body end, end) of each `<text …>…</text>` whose text holds a newline, in source order and not
    overlapping: the text runs from the start tag's first `>` to the first `</text>` after it (u50h: a scan, linear on
    thousands of unclosed <text>s, each of which the regex it replaces read to the page's end)."""
    closes = [(m.start(), m.end()) for m in _TEXT_CLOSE.finditer(source)]
    gt = newline = -1  # the next `>` and newline at or after the place last asked (each found once, not per <text>)
    done = 0  # where the last element found ends: a <text> inside it is its text
    for opened in _TEXT_OPEN.finditer(source):
        start = opened.start()
        if start < done:
            continue
        if gt < opened.end():
            gt = source.find(">", opened.end())
            if gt < 0:
                return
        k = bisect.bisect_left(closes, (gt + 1, -1))
        if k == len(closes):
            return
        body_end, end = closes[k]
        if newline < gt + 1:
            newline = source.find("\n", gt + 1)
            if newline < 0:
                return
        if newline < body_end:
            yield start, gt + 1, body_end, end
            done = end


def _pre_classes(source: str) -> frozenset[str]:
    """The classes the page's own style sheet sets `white-space: pre-wrap` (pre, pre-line): 「.paragraph { …; white-space:
    pre-wrap; }」, nested in SCSS too (`_css_rules`)."""
    return _classes_whose_rule(source, _WHITE_SPACE_PRE)


def _pre_text(element: str, pre: frozenset[str]) -> bool:
    """Is this `<text …>…</text>` shown with its newlines: a class in `pre`, or `white-space: pre…` in its style attribute?"""
    tag = _TEXT_TAG.match(element)
    if tag is None:
        return False
    style = _STYLE_ATTR.search(tag.group(1))
    if style is not None and _WHITE_SPACE_PRE.search(style.group(2)):
        return True
    classes = _CLASS_ATTR.search(tag.group(1))
    return classes is not None and any(name in pre for name in classes.group(2).split())


# (u53x) a rule's font size: 「font-size: 36rpx」, 「font-size:1.2em」 (the number and its unit, compared only within a unit)
_FONT_SIZE = lazy(r"(?<![\w-])font-size\s*+:\s*+(\d{1,4}(?:\.\d{1,3})?)(rpx|px|pt|em|rem)\b", re.IGNORECASE)
_START_TAG_BEFORE = lazy(r"""<[A-Za-z][\w-]{0,40}+(?:\s++[^<>]{0,400}+)?>\s*+\Z""")
_SIZED_LEAD = 8  # blocks at the top of the page whose size is looked up (the title's neighbours)


def class_font_sizes(source: str, blocks: list[Block]) -> dict[tuple[int, int], tuple[float, str]]:
    """(u53x, eval/structure50a bluetooth-vue) The font size the page's own style sheet gives the first blocks of the page,
    by (line, column): the size a rule of a single class sets (`_block_classes`, the last such rule of the sheet) for the
    class of the start tag written right before the block's text (「<text class="doc-title">蓝牙云大数据平台服务协议」).  Two
    names stacked at the top of a page, 「蓝牙用户权益条款」 (32rpx) over 「蓝牙云大数据平台服务协议」 (36rpx), are told apart by
    it alone (`structure.headings.stacked_names`).  Empty when the page has no style sheet setting a class's size."""
    if "font-size" not in source:
        return {}
    sizes: dict[str, tuple[float, str]] = {}
    for sheet in _STYLE_SHEET.finditer(source):
        for head, body in _css_rules(sheet.group(1)):
            found = list(_FONT_SIZE.finditer(body))
            if found:
                for name in _block_classes(head):
                    sizes[name] = (float(found[-1].group(1)), found[-1].group(2).lower())
    if not sizes:
        return {}
    starts = [0] + [m.end() for m in re.finditer("\n", source)]
    out: dict[tuple[int, int], tuple[float, str]] = {}
    for block in blocks[:_SIZED_LEAD]:
        if not block.pieces or not 0 < block.line <= len(starts):
            continue
        at = starts[block.line - 1] + block.column - 1
        tag = _START_TAG_BEFORE.search(source, max(0, at - 500), at)
        classes = _CLASS_ATTR.search(tag.group()) if tag else None
        if classes is None:
            continue
        found_sizes = {sizes[c] for c in classes.group(2).split() if c in sizes}
        if len(found_sizes) == 1:
            out[(block.line, block.column)] = found_sizes.pop()
    return out
