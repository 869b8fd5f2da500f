"""A Flutter screen's source (`.dart`, read when the file is named): the text of its `Text('…')` widgets is the page.

An app keeps its policy as a screen (`Scaffold(appBar: AppBar(title: Text('隐私政策')), body: Column(children: [Text(
'一、…', style: TextStyle(fontWeight: FontWeight.bold)), Text('…'), …]))`): read as plain text, the whole file was one
run of code with no heading (thirty-second session, `eval/structure32`: 0 of 25 headings on four screens).
`render_dart` rewrites the source as an HTML page the HTML reader takes as it is, line for line: every `Text` (or
`SelectableText`) widget whose first argument is a string literal becomes a paragraph `<p>` at that literal's line,
its adjacent literals joined as Dart joins them (`'…：\\n' '• …'`, also with `+`), a `\\n` a line break; a widget
styled bold (`FontWeight.bold`, `w600`–`w900`) is wrapped in `<b>`.  The app bar's title (a `Text` inside `AppBar(`,
or in a hand-made bar: a `Row` with a back button, `eval/structure32` thumbsir-dart) is chrome, not the document's
first line, and is left out, as are a literal holding a `$name`/`${…}` interpolation's code (the value is computed) and
everything else (code, comments), which becomes blank space: newlines stay, and each text's column, so line and column
numbers hold.  A file with no such widget is left to the plain-text reader (`None`).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import partial

from policylens.lazyre import lazy
from policylens.load.dart_carriers import call_texts, carriers, class_spans, constant_declarations, shown_constant
from policylens.load.page_columns import ColumnMap, PageWriter, literal_lines
from policylens.load.scripts import (
    StringEnd,
    bracket_ends,
    closing_bracket,
    joined_literals,
    opaque_spans,
    remembering,
    skip_blank,
    unescape,
    unterminated_note,
)
from policylens.load.shown_constants import dart_constants, dart_interpolated
from policylens.patterns import DOCUMENT_NAME_END

DART_SUFFIX = ".dart"
# A widget that shows its first argument: `Text(`, `const Text(`, `SelectableText(` (not `TextStyle(`, `RichText(`).
_WIDGET = lazy(r"(?<![\w.$])(?:Text|SelectableText)[ \t]*+\(")
_BACK = lazy(r"\bNavigator(?:\.of\([^()]*\))?\.(?:pop|maybePop)\(|\bGet\.back\(")
_BOLD = lazy(r"FontWeight\.(?:bold|w[6-9]00)\b")
_INTERPOLATION = lazy(r"(?<!\\)\$[{A-Za-z_]")
_SIMPLE_ESCAPES = {"n": "\n", "t": " ", "r": "", "b": "", "f": "", "v": ""}


def _string_end(src: str, i: int) -> tuple[int, int, int] | None:
    """At a string literal starting at `i` (`'…'`, `"…"`, triple-quoted, `r'…'`): (body start, body end, end); else None."""
    j = i
    raw = False
    if src.startswith(("r'", 'r"'), j):
        raw = True
        j += 1
    if j >= len(src) or src[j] not in "'\"":
        return None
    quote = src[j] * 3 if src.startswith(src[j] * 3, j) else src[j]
    body = j + len(quote)
    k = body
    while k < len(src):
        if src.startswith(quote, k):
            return body, k, k + len(quote)
        if src[k] == "\\" and not raw:
            k += 2
            continue
        if src[k] == "\n" and len(quote) == 1:
            return None  # an unterminated one-line string: not a literal this reader understands
        k += 1
    return None


def _literal_markup(body: str, raw: bool, values: dict[str, str] | None = None) -> str | None:
    """A literal's body as HTML text, its source lines kept (a `\\n` escape a `<br>`); None when it interpolates code
    (`$name`, `${…}`): its value is computed, unless every slot names a string constant of the screen (`values`,
    `load.shown_constants`: 「'最后更新：$_lastUpdated'」 reads as the date it shows)."""
    if not raw and _INTERPOLATION.search(body):
        resolved = dart_interpolated(body, values) if values else None
        if resolved is None:
            return None
        body = resolved
    return literal_lines(
        body, lambda line: html.escape(line if raw else unescape(line, _SIMPLE_ESCAPES), quote=False).replace("\n", "<br>")
    )


def _closer(src: str, string_end: StringEnd) -> Callable[[int], int]:
    """`closing_bracket(src, i)` for any `i`, from one pass over the source (`scripts.bracket_ends`): each nested `Row(`
    walked its whole body again (2,000 nested rows took 19 s, u34h)."""
    ends = bracket_ends(src, string_end)

    def close(i: int) -> int:
        end = ends.get(i)
        return end if end is not None else closing_bracket(src, i, string_end)

    return close


def _app_bar_spans(src: str, close: Callable[[int], int]) -> list[tuple[int, int]]:
    """The argument spans of the screen's navigation bars: each `AppBar(` / `SliverAppBar(` / `CupertinoNavigationBar(`
    call, and a hand-made one, a `Row(` holding a back button (`Navigator.pop(…)`, `Navigator.of(context).pop(…)`,
    `Get.back(`) and at most two `Text` widgets (the page's name beside the arrow)."""
    spans = []
    for m in re.finditer(r"(?<![\w.$])(?:AppBar|SliverAppBar|CupertinoNavigationBar)[ \t]*+\(", src):
        spans.append((m.end(), close(m.end())))
    for m in re.finditer(r"(?<![\w.$])Row[ \t]*+\(", src):
        end = close(m.end())
        body = src[m.end() : end]
        if _BACK.search(body) and len(_WIDGET.findall(body)) <= 2:
            spans.append((m.end(), end))
    return spans


def _not_code(src: str, string_end: StringEnd) -> list[tuple[int, int]]:
    """The spans of the comments and string literals of `src`, in order (a widget named in them is no widget)."""
    return opaque_spans(src, string_end)


def render_dart(src: str, columns: ColumnMap | None = None, *, notes: list[str] | None = None) -> str | None:
    """The screen's `Text` widgets as an HTML page of the same lines, or None when it has none with a literal; `columns`,
    when given, is filled with where each run of the page's text came from (`load.page_columns`).  A widget whose
    literal is never closed is not read: `notes` (when given) gets a warning naming its line."""
    out = PageWriter(src, columns)
    open_literals: list[int] = []  # where a widget's literal starts that is never closed
    pos = 0
    found = False
    string_end = remembering(_string_end)  # (each unterminated line scanned once)
    close = _closer(src, string_end)
    bars = _app_bar_spans(src, close)
    skipped = _not_code(src, string_end)
    starts = [a for a, _ in skipped]
    values = dart_constants(src, joined=True)
    read_literal = partial(_literal_markup, values=values)  # (u45k2) `$name` of a same-file string constant

    def named(at: int) -> tuple[str, int] | None:
        """(u47h) A same-file string constant joined to a literal with `+` (「Text('…用于' + appName + '的…')」): its
        value, as `$appName` is read; the sentence was dropped without a word.  None for anything else."""
        end = at
        while end < len(src) and (src[end].isascii() and (src[end].isalnum() or src[end] in "_$")):
            end += 1
        value = values.get(src[at:end]) if end > at else None
        if value is None or src.startswith((".", "(", "["), skip_blank(src, end)):
            return None
        return html.escape(value, quote=False), end

    def joined(at: int) -> tuple[list[tuple[int, int, str]], bool, int]:
        """The literals of one text from `at`, adjacent or joined with `+`, a joined same-file constant read (`named`)."""
        return joined_literals(src, at, lambda k: string_end(src, k), read_literal, "r", adjacent=True, named=named)

    def in_code(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return not (k >= 0 and skipped[k][0] <= at < skipped[k][1])  # (not in a comment or a string)

    def chrome(at: int) -> bool:
        return any(a <= at < b for a, b in bars)

    constants: dict[str, list[int]] | None = None
    spans: list[tuple[int, int]] | None = None  # the class bodies, found with the first constant shown (`in_scope`)

    def _shown_constant(at: int) -> tuple[int, int] | None:
        nonlocal constants, spans
        if constants is None:
            constants = constant_declarations(src, string_end)
        if spans is None:
            spans = class_spans(src, close, in_code)
        return shown_constant(src, at, constants, string_end, spans, named)

    def bold_at(at: int) -> bool:
        opening = src.find("(", at)
        return opening >= 0 and bool(_BOLD.search(src, opening + 1, close(opening + 1)))

    # (start of the first literal, the literals as (body start, body end, markup), bold) of each text the page shows
    texts: list[tuple[int, list[tuple[int, int, str]], bool]] = []
    for m in _WIDGET.finditer(src):
        if chrome(m.start()) or not in_code(m.start()):
            continue
        i = skip_blank(src, m.end())
        # adjacent literals joined as Dart joins them, also with `+`
        parts, computed, i = joined(i)
        if _opens_literal(src, i) and string_end(src, i) is None:
            open_literals.append(i)
        if parts and not computed:
            texts.append((parts[0][0], parts, bool(_BOLD.search(src, i, close(m.end())))))
        elif not parts and (constant := _shown_constant(skip_blank(src, m.end()))) is not None:
            # (u46k) `Text(_privacyPolicy)`: the same-file constant's literal, where it is declared
            parts, computed, _i = joined(constant[0])
            if parts and not computed:
                texts.append((parts[0][0], parts, bool(_BOLD.search(src, i, close(m.end())))))
    classes = class_spans(src, close, in_code)
    found_carriers = carriers(src, classes, close, string_end, in_code, bold_at, chrome)
    for at, _end, bold in call_texts(src, found_carriers, classes, close, string_end, in_code, chrome, named):
        parts, computed, _i = joined(at)
        if parts and not computed:
            texts.append((parts[0][0], parts, bold))
    if not texts:  # (u43k3) no `Text` literal, no carrier of the file: the app's own widgets of other files
        for at in _prose_calls(src, string_end, in_code, chrome, skipped):
            parts, computed, _i = joined(at)
            if parts and not computed:
                texts.append((parts[0][0], parts, False))
    for _at, parts, bold in sorted(texts, key=lambda t: t[0]):
        if parts[0][0] < pos:
            continue
        opening = "<p>" + ("<b>" if bold else "")
        out.write(_blank(src[pos : parts[0][0]], opening))  # the code before the text's first literal
        for k, (start, end, markup) in enumerate(parts):
            if k:  # the quotes, `+` and names between two joined literals: only their line breaks (u47h2)
                out.write(_joint(src[parts[k - 1][1] : start]))
            out.text(start, end, markup, _SIMPLE_ESCAPES, raw=_raw(src, start))
        out.write(("</b>" if bold else "") + "</p>")
        found = True
        pos = parts[-1][1]
    if not found:
        return None
    note = unterminated_note(src, open_literals, "a `Text` widget")
    if note and notes is not None:
        notes.append(note)
    out.write(_blank(src[pos:]))
    return out.page()


def bar_title(src: str) -> tuple[str, int] | None:
    """The name of the document a screen's navigation bar shows, and its line: `AppBar(title: Text('用户协议'))`, or
    `Row(children: [BackButton(…), const Text('隐私协议', …)])` (eval/structure45 orion-privacy-dart, structure35
    lulab-agreement-dart, u45a2).  The bar is chrome (`render_dart` leaves it out of the page), but a screen whose page has
    no title of its own is titled by it, as the reader sees it above the text: the loader's fallback title, only when
    the page gives none (`load.load`).  The first bar `Text` whose one literal names a document (`DOCUMENT_NAME_END`:
    协议, 政策, 声明, 条款 …, in Chinese, at most `_BAR_TITLE_MAX` characters, no interpolation); None otherwise."""
    string_end = remembering(_string_end)
    close = _closer(src, string_end)
    for a, b in _app_bar_spans(src, close):
        for m in _WIDGET.finditer(src, a, b):
            lit = string_end(src, skip_blank(src, m.end()))
            if lit is None:
                continue
            body = src[lit[0] : lit[1]].strip()
            if (
                len(body) <= _BAR_TITLE_MAX
                and DOCUMENT_NAME_END.search(body)
                and _HAN.search(body)  # (not a translation key: `Text("privacyPolicy".tr)`, structure32 eams-dart)
                and not _INTERPOLATION.search(body)
                and "\\" not in body
            ):
                return body, src.count("\n", 0, lit[0]) + 1
    return None


_BAR_TITLE_MAX = 30
_DOCUMENT_MIN_HAN = 20  # Chinese characters a `\'\'\'` constant holds at least to be a document (`dart_documents`)
_DOCUMENT_MIN_LINES = 3  # … on this many lines holding Chinese
_EDITION_MIN_RUNS = 20  # runs of four English words a `\'\'\'` constant in English holds at least to be an edition
_DOCUMENT_SHARE = 0.8  # the documents hold at least this share of the Chinese of the file's literals outside the bar


def dart_documents(src: str) -> str | None:
    """A screen showing no `Text` literal of its own whose texts are multi-line constants: the page those texts make.

    An About screen keeps its texts as `static const String _privacyContent = \'\'\'⏎隐私政策⏎⏎一、引言⏎…\'\'\';` and hands
    each to a content page from a menu (`_navigateToContent(context, '隐私政策', _privacyContent)`); its only `Text`
    widgets are the header's, beside the back arrow (eval/structure45 linkdrop-about-dart, u45a2).  Read as plain text,
    the file's code came with them (44 paragraphs of code, no title).  The page is the source with everything blanked
    but the bodies of its triple-quoted literals that are documents (no interpolation, `_DOCUMENT_MIN_HAN` Chinese
    characters on `_DOCUMENT_MIN_LINES` lines at least, together most of the Chinese of the file's literals outside the
    bar; an English one beside them with `_EDITION_MIN_RUNS` runs of four words is its edition) and the header's own `Text` literals, which name the screen above them (its title, as the page shows it): a
    text read line for line, every line and column kept.  None when no such literal is found or a triple-quoted literal
    holds HTML markup (`HtmlWidget(` over a triple-quoted `<h1>…`: the file is read as the HTML page it holds, as before).
    """
    if "'''" not in src and '"""' not in src:
        return None
    string_end = remembering(_string_end)
    close = _closer(src, string_end)
    bars = _app_bar_spans(src, close)
    # the first literal of each `Text(` in the bar: the header's own text
    bar_texts = {skip_blank(src, m.end()) for a, b in bars for m in _WIDGET.finditer(src, a, b)}
    kept: list[tuple[int, int, str]] = []
    held = total = 0
    for a, _b in opaque_spans(src, string_end):
        if not _opens_literal(src, a) and not src.startswith("r", a):
            continue  # a comment
        lit = string_end(src, a)
        if lit is None:
            continue
        body = src[lit[0] : lit[1]]
        han = len(_HAN.findall(body))
        in_bar = any(x <= a < y for x, y in bars)
        if not in_bar:
            total += han
        triple = lit[0] - a >= 3 and src[lit[0] - 3 : lit[0]] in ("'''", '"""')
        if triple and not in_bar and _MARKUP.search(body):
            return None  # an HTML string (`HtmlWidget(` over a triple-quoted `<h1>…`): a page of its own, read as the HTML it is
        lines = sum(1 for line in body.split("\n") if _LETTER.search(line))
        documented = triple and not in_bar and lines >= _DOCUMENT_MIN_LINES
        shown = (body if src.startswith("r", a) else _without_slots(body)) if documented else None  # (a raw string: no slot)
        if shown is not None:
            if han >= _DOCUMENT_MIN_HAN:
                kept.append((lit[0], lit[1], shown))
                held += han
            elif len(_WORDS.findall(body)) >= _EDITION_MIN_RUNS:
                kept.append((lit[0], lit[1], shown))  # the English edition of a document beside it
        elif a in bar_texts and _prose(body) and "\n" not in body and not _INTERPOLATION.search(body):
            kept.append((lit[0], lit[1], body))
    if not held or held < _DOCUMENT_SHARE * total:
        return None
    out: list[str] = []
    pos = 0
    for a, b, shown in kept:
        out += (_blank(src[pos:a]), shown)
        pos = b
    out.append(_blank(src[pos:]))
    return "".join(out)


def unclosed_triple(src: str) -> str | None:
    """(u46l; u46h's leftover) A warning naming the line of the first triple-quoted string that is never closed, else
    None.  Dart reads no string after it (the file does not compile): the screen's widgets and document constants after it
    are not read as the page shows them (the file was read as plain text, code and all, or the document left out, with no
    word).  Found where the file's own string reading (`opaque_spans`) finds no literal at a triple quote."""
    if "'''" not in src and '"""' not in src:
        return None
    string_end = remembering(_string_end)
    spans = opaque_spans(src, string_end)
    starts = [a for a, _ in spans]
    for quote in re.finditer(r"'''|\"\"\"", src):
        at = quote.start()
        k = bisect_right(starts, at) - 1
        if k >= 0 and spans[k][0] <= at < spans[k][1]:
            continue  # inside a comment or a closed literal
        opened = at - 1 if src.startswith("r", at - 1) else at
        if string_end(src, opened) is None:
            line = src.count("\n", 0, at) + 1
            return f"line {line}: a {quote.group(0)} string is never closed: the text after it is not read as the screen shows it"
    for a, _b in spans:
        # (u46h2) a `${` never closed in a triple-quoted literal: no document either (`_without_slots`), and no word
        lit = string_end(src, a) if _opens_literal(src, a) else None
        raw = src.startswith("r", a)
        if lit is not None and lit[0] - a >= 3 and not raw and _without_slots(src[lit[0] : lit[1]]) is None:
            hole = lit[0] + src[lit[0] : lit[1]].find("${")
            line = src.count("\n", 0, hole) + 1
            return f"line {line}: a ${{ in a string is never closed: the text after it is not read as the screen shows it"
    return None


def shows_documents(page: str, documents: str) -> bool:
    """(u46k) Does the page `render_dart` made of a screen show its document constants (`dart_documents`'s text)?  No
    when the page holds less Chinese than they do: its own widgets are a helper's toasts and sheet (「关闭」, 「联系客服」)
    while the file keeps a `static String agreement = \"\"\"…\"\"\";` another file shows (eval/blind/round46 xingjishi-dart):
    the documents are the file's text.  A screen that shows them (`Text(_privacyPolicy)` in a dialog, a helper given the
    constant) holds at least their Chinese."""
    return len(_HAN.findall(page)) >= len(_HAN.findall(documents))


def _without_slots(body: str) -> str | None:
    """A document literal's body with each interpolation (`$appName`, `${app.name}`) blanked to spaces of its width, so
    every line and column holds; None when a `${` is never closed.  Its value is computed, so it is not read; the rest of
    the document is (forty-sixth round: one `$appName` in a 40-line `\'\'\'` policy made the reader pass it over, and the
    file was read as plain text, its code as the policy's paragraphs)."""
    if not _INTERPOLATION.search(body):
        return body
    out: list[str] = []
    pos = 0
    for m in _INTERPOLATION.finditer(body):
        start = m.start()
        if start < pos:
            continue  # inside a `${…}` already blanked
        if body[start + 1] == "{":
            depth, k = 0, start + 1
            while k < len(body):
                depth += {"{": 1, "}": -1}.get(body[k], 0)
                if depth == 0:
                    break
                k += 1
            if k >= len(body):
                return None
            end = k + 1
        else:
            end = start + 1
            while end < len(body) and (body[end].isalnum() or body[end] == "_") and body[end].isascii():
                end += 1
        out += (body[pos:start], " " * (end - start))
        pos = end
    out.append(body[pos:])
    return "".join(out)


# (u43k3) a call of a capitalised name, a widget of the app's (`AppParagraph('…')`, `const PolicyTitle('…')`), not a
# dotted one (`Image.asset('…')`, `Uri.parse('…')`)
_WIDGET_CALL = lazy(r"(?<![\w.$])(?:const[ \t]++)?_?[A-Z]\w{0,60}[ \t]*+\(")
_LETTER = lazy(r"[\u4e00-\u9fffA-Za-z]")
_HAN = lazy(r"[\u4e00-\u9fff]")
_WORDS = lazy(r"(?<![A-Za-z])[A-Za-z]{1,40}+(?:[ \t]++[A-Za-z,.'’-]{1,40}+){3}")
_MARKUP = lazy(r"</?[A-Za-z][A-Za-z0-9]{0,12}[ \t>/]")
_PROSE_SHARE = 0.6  # of the letters (Han, Latin) of the file's literals, the calls' first arguments must hold this much


def _prose_calls(
    src: str, string_end: StringEnd, in_code: Callable[[int], bool], chrome: Callable[[int], bool], opaque: list[tuple[int, int]]
) -> list[int]:
    """Where the prose first arguments of the screen's widget calls start (`_Paragraph('一、…')`, `AppText('…' '…')`),
    for a screen whose widgets come from another file (what they show is not read, but a sentence passed first is
    their text): a literal holding two Han characters or four English words, no interpolation and no HTML markup
    (`HtmlWidget('<h1>…')` is a page of its own), the argument nothing but literals.  Read only when those literals
    hold most of the letters of the file's prose literals outside the app bar (`_PROSE_SHARE`): a file whose text is a
    constant, a data table or an HTML string stays with the plain-text reader."""
    found: list[int] = []
    held = 0
    for m in _WIDGET_CALL.finditer(src):
        if not in_code(m.start()) or chrome(m.start()):
            continue
        k = start = skip_blank(src, m.end())
        end = start
        while (lit := string_end(src, k)) is not None:
            end = lit[2]
            k = skip_blank(src, end)
        body = src[start:end]
        if end == start or src[k : k + 1] not in ",)" or _INTERPOLATION.search(body) or _MARKUP.search(body):
            continue
        if _prose(body):
            found.append(start)
            held += len(_LETTER.findall(body))
    total = sum(
        len(_LETTER.findall(src, a, b))
        for a, b in opaque
        if (_opens_literal(src, a) or src.startswith("r", a)) and not chrome(a) and _prose(src[a:b])
    )
    return found if found and held >= _PROSE_SHARE * total else []


def _prose(literal: str) -> bool:
    """Is a literal a sentence or a title: two Han characters, or four English words (not a key, a path, a number)?"""
    return len(_HAN.findall(literal, 0, 400)) >= 2 or _WORDS.search(literal) is not None


def _raw(src: str, body: int) -> bool:
    """Is the literal whose body starts at `body` a raw one (`r'…'`, `r'''…'''`)?"""
    quote = src[body - 1]
    k = body - 1
    while k > 0 and src[k - 1] == quote and body - k < 3:
        k -= 1
    return k > 0 and src[k - 1] == "r"


def _opens_literal(src: str, i: int) -> bool:
    """Does a string literal (`'`, `"`, raw `r'`) open at `i`?"""
    return src.startswith(("'", '"', "r'", 'r"'), i)


def _joint(code: str) -> str:
    """The code between two literals a text joins (`'…小记' '的…'`, `'…' + appName + '…'`) as its line breaks alone: what
    the screen shows is the joined string, so the blank columns `_blank` keeps became spaces inside the sentence
    (「用于小记   的账号」, u47h).  The text after it keeps its source column through the page's `ColumnMap`."""
    return "\n" * code.count("\n")


def _blank(code: str, tag: str = "") -> str:
    """Code as blank space ending in `tag`: its newlines stay, and its last line's width, so that the text after it
    keeps its column (a `check` finding's line:column points into the source)."""
    last = len(code) - code.rfind("\n") - 1
    return "\n" * code.count("\n") + " " * max(last - len(tag), 0) + tag
