"""Feeding a page's source to the extractor.

Server code, Blade and literal echoes blanked with positions kept, lone CRs and empty comments handled, the
source fed in pieces that step over what html.parser cannot resume after (a bare `&#`, an unclosed CDATA or
comment), and the extractor made ready for a page (`_html_extractor`: its kind, its style sheet's rows).
Not here: what the extractor does with the tags (`extractor`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from policylens.errors import UserError
from policylens.lazyre import lazy
from policylens.load.blade import blank_blade
from policylens.load.catalogue import ANDROID_RESOURCES
from policylens.load.html.chrome_lines import page_generator
from policylens.load.html.decode import _CJK, _COMMENT_CLOSE, _LONE_CR, _empty_comments
from policylens.load.html.extractor import _Extractor
from policylens.load.html.styles import _has_style_sheet, _laid_texts, _row_classes, _text_rows
from policylens.load.html.tags import _BLOCK_TAGS, _COMPONENT_BLOCK_TAGS, _RESOURCE_BLOCK_TAGS, LABELLED_ITEMS
from policylens.load.server_code import CODE, blank_literal_echoes, blank_server_code
from policylens.normalise import WHITESPACE

# `&#` that starts no character reference (「&#x;」, 「&#-1;」, 「AT&#T」): html.parser stops its scan there and
# waits for more input; at the end, close() handed the rest of the page, tags and all, over as text.
_BARE_CHARREF = lazy(r"&#(?![0-9]|[xX][0-9a-fA-F])")


# (u40h) A CDATA section of an XML file (an Android `strings.xml`: 「<string name="privacy"><![CDATA[<h2>一、…</h2><p>我们…
# </p>]]></string>」, the markup the app hands to Html.fromHtml, or plain text kept from escaping): its content is the
# string's text.  Read as HTML5 reads a page's CDATA (a bogus comment to the first `>`), plain text in it was dropped
# without a word and markup lost its first tag and showed 「]]>」 as a paragraph.  Its two marks become spaces (lines and
# columns kept) and the content is read as the string's markup.  A section never closed is an error (u41h): XML reads
# the rest of the file as its text, aapt2 refuses the file, and read as HTML5 reads it the string's text up to its
# `</string>` was dropped without a word.
def _open_cdata(source: str, path: str) -> str:
    """`source` with the marks of each closed CDATA section (`<![CDATA[`, `]]>`) made spaces of the same length."""
    out: list[str] = []
    at = 0
    while (opened := source.find("<![CDATA[", at)) != -1:
        closed = source.find("]]>", opened + 9)
        if closed == -1:
            line = _LONE_CR.sub("\n", source[:opened]).count("\n") + 1
            excerpt = source[opened : opened + 30].replace(CODE, "").splitlines()[0]
            raise UserError(f"malformed XML: a CDATA section opened at line {line} is never closed with ]]>: {excerpt!r}", path=path)
        out += [source[at:opened], " " * 9, source[opened + 9 : closed], "   "]
        at = closed + 3
    out.append(source[at:])
    return "".join(out)


def _feed_source(extractor: _Extractor, source: str) -> None:
    """Feed `source` to the parser, stepping over each bare `&#` as text, as a browser shows it.

    html.parser (3.11) reads 「&#」 not followed by a number as two characters of text but
    then stops; with no `;` after it anywhere, it waits for more input, and `close()` reads
    the whole rest of the page as text.  The source is fed in pieces that end before each
    bare `&#`: where the parser has read its piece to the end (no tag, comment or script
    left open), the two characters are text and the next piece goes on after them.  A bare
    `&#` inside what the parser holds open (a script, a comment, a tag) is not text: the
    pieces skip to where that can end, so a script is not scanned again for each of them.
    """
    fed = 0
    held_until = 0
    for m in _BARE_CHARREF.finditer(source):
        if m.start() < held_until:
            continue
        extractor.feed(source[fed : m.start()])
        fed = m.start()
        _resume(extractor)
        if not extractor.rawdata and not getattr(extractor, "cdata_elem", None):
            extractor.rawdata = "&#"
            _step_over_bare_charref(extractor)
            fed += 2
        else:
            held_until = _held_until(extractor, source, fed)
    extractor.feed(source[fed:])
    _resume(extractor)


def _held_until(extractor: _Extractor, source: str, fed: int) -> int:
    """Where the construct the parser holds open at `fed` can end (the end of the source if nowhere)."""
    held = extractor.rawdata
    start = fed - len(held)
    elem = getattr(extractor, "cdata_elem", None)
    if elem:
        close = _CDATA_CLOSE.get(elem)
        if close is None:
            close = _CDATA_CLOSE.setdefault(elem, re.compile(rf"</\s*{re.escape(elem)}", re.IGNORECASE))
        found = close.search(source, fed)
        return found.start() if found else len(source)
    if held.startswith("<!--"):
        found = _COMMENT_CLOSE.search(source, start + 4)
        return found.end() if found else len(source)
    if held.startswith("<"):
        # the next `>` may sit inside a quoted attribute: then at least as much again, so that
        # what is held is read again only after it has doubled (linear over the page)
        at = source.find(">", fed)
        return max(at + 1 if at >= 0 else len(source), fed + len(held))
    return fed


_CDATA_CLOSE: dict[str, re.Pattern[str]] = {}


def _step_over_bare_charref(extractor: _Extractor) -> None:
    """The parser holds a bare `&#` at its position: hand it over as text, and move past it."""
    extractor.handle_data("&#")
    extractor.updatepos(0, 2)
    extractor.rawdata = extractor.rawdata[2:]


def _resume(extractor: _Extractor) -> None:
    """Let the parser read on after it stopped at a bare `&#` (feeding nothing goes on where it stopped)."""
    while extractor.rawdata:
        held = len(extractor.rawdata)
        if _BARE_CHARREF.match(extractor.rawdata) and not getattr(extractor, "cdata_elem", None):
            _step_over_bare_charref(extractor)
        extractor.feed("")
        if len(extractor.rawdata) >= held:
            return


def _lines_of(text: str, offsets: list[int]) -> Iterator[int]:
    """The 1-based line of each offset in `text` (LF ends a line, as html.parser counts), the offsets in increasing order."""
    line, pos = 1, 0
    for at in offsets:
        line += text.count("\n", pos, at)
        pos = at
        yield line


def _feed(extractor: _Extractor, text: str, *, path: str, printed: list[int] | None = None) -> None:
    """Run the parser over `text`; unterminated markup that swallows text is an error.  `printed`: the offsets of the
    values a React page's code prints (`load.jsx.blank_jsx`), recorded with those server code writes."""
    try:
        # html.parser counts only LF as a line break: a lone CR becomes LF (same length).
        br_at: list[int] = []  # the line ends nl2br makes <br /> (`load.server_code`)
        computed: list[int] = list(printed or ())  # where server code writes a value it computes (`load.server_code`)
        editions: list[tuple[int, int, str]] = []  # (u46k2) what a PHP page selects by a language test (`load.server_code`)
        source = blank_blade(blank_server_code(text, br_at, computed, editions), computed)  # (a Blade view's directives: code)
        computed.sort()
        if computed or editions:  # shown where the page is served, as an image is: (line, column) as `_medium` records them
            lined = _LONE_CR.sub("\n", text) if "\r" in text else text
            ends = [k for k, c in enumerate(lined) if c == "\n"]

            def place(at: int) -> tuple[int, int]:
                n = bisect.bisect_left(ends, at)
                return n + 1, at - (ends[n - 1] if n else -1)

            places = [place(at) for at in computed]
            extractor.media += places
            extractor.printed += places  # (u55f) no image among them: the values the code prints
            extractor.editions += ((*place(a), *place(b), script) for a, b, script in editions if script)
        if not extractor.sfc and not extractor.mini_program:
            source = blank_literal_echoes(source)  # 「{{ '我们收集…' }}」 shows its literal
        if extractor.xml_cdata:
            source = _open_cdata(source, path)  # a resource string's CDATA section is its text
        extractor.source = _empty_comments(_LONE_CR.sub("\n", source))
        if extractor.sfc:
            extractor.laid_texts = _laid_texts(extractor.source)  # (u49x2) a uni-app <text> laid out by its newlines
        if br_at:
            extractor.br_lines = frozenset(_lines_of(extractor.source, br_at))
        _feed_source(extractor, extractor.source)
        extractor.finish(text)
        # What the parser still holds at the end of input is an unterminated construct;
        # close() would silently turn it into text.
        leftover = extractor.rawdata.lstrip(WHITESPACE)
        if leftover.startswith("<"):
            fed = extractor.source  # (a lone CR made LF: the line of a CR-only page was always 1)
            line = (
                fed.count("\n", 0, len(fed) - len(extractor.rawdata))
                + 1
                + extractor.rawdata[: len(extractor.rawdata) - len(leftover)].count("\n")
            )
            if not leftover.startswith(("<?php", "<?PHP", "<?=")):
                what = "comment" if leftover.startswith("<!--") else "tag"
                excerpt = leftover.replace(CODE, "")[:30]  # (a page's blanked code is no text of the file: a React page's `}`)
                raise UserError(f"malformed HTML: unterminated {what} at line {line}: {excerpt!r}", path=path)
            # PHP lets a file end inside its code (PSR-12 even asks for it): code, not a tag
            if _CJK.search(leftover):
                extractor.warnings.append(f"line {line}: PHP code is never closed with ?>: the text after it is not read")
            extractor.rawdata = ""
        extractor.close()
    except UserError:
        raise
    except Exception as exc:  # html.parser is lenient; this guards against odd inputs
        raise UserError(f"malformed HTML: {exc}", path=path) from None
    extractor._flush()


_VIEW_TAG = lazy(r"<view[\s/>]")  # a uni-app page's template (a web Vue page writes <div>)


def _html_extractor(
    path: str, text: str = "", *, jsx: bool = False, views: bool = False, native: bool = False, local: dict[str, str] | None = None
) -> _Extractor:
    """A new extractor for the page at `path` (a Vue or mini-program file reads its components' tags as blocks; `jsx`: a
    React component's source, `load.jsx.is_jsx_source`; `views`: its `<View>` is a block, `load.jsx.imports_view`;
    `native`: a React Native screen, whose <Text> is a block, `load.jsx.imports_native_view`; `local`: its own components
    by the element they render, `load.jsx_local`; an Android string resource file reads each <string> as a block)."""
    extractor = _Extractor()
    extractor.sfc = path.lower().endswith((".vue", ".nvue"))
    extractor.mini_program = path.lower().endswith((".wxml", ".axml", ".swan", ".ttml"))
    extractor.jsx = jsx
    extractor.local_tags = local or {}
    extractor.generator = page_generator(text)  # (u46l) a documentation site's generator (`chrome_lines.docs_frame`)
    if jsx and views:
        extractor._block_tags = _BLOCK_TAGS | _COMPONENT_BLOCK_TAGS | {"scrollview"}  # React Native's <ScrollView>
        extractor.view_page = True
        extractor.native_text = native
    if extractor.sfc or extractor.mini_program:
        extractor.component_page = True
        extractor._block_tags = _BLOCK_TAGS | _COMPONENT_BLOCK_TAGS | (LABELLED_ITEMS if extractor.sfc else frozenset())
        if extractor.mini_program or _VIEW_TAG.search(text):
            # (u53x, eval/structure52 shuangbao-vue) a mini-program's or uni-app page's <button> is a block (the platform's
            # default), not a web page's inline button: a row of them ran into one line 「📤 导出全部数据🗑️ 清除本地数据…」
            extractor._block_tags = extractor._block_tags | {"button"}
        extractor.text_rows = _text_rows(text)
        extractor.row_classes = _row_classes(text)
        extractor.style_sheet = _has_style_sheet(text)
    elif ANDROID_RESOURCES.match(text):
        extractor._block_tags = _BLOCK_TAGS | _RESOURCE_BLOCK_TAGS  # each string a text of its own (`tags`)
        extractor.xml_cdata = True
    return extractor
