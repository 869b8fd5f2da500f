"""Load a policy from a path or stdin: read bytes safely, detect format and encoding.

`load()` is the first pipeline stage; it returns the decoded text, a `Source` and
the reader's `Parsed` blocks.  Every problem with the input becomes a `UserError`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from policylens.errors import UserError
from policylens.lazyre import lazy
from policylens.load.app_pages import app_screen
from policylens.load.encoding import decode
from policylens.load.files import (
    DEFAULT_MAX_BYTES,
    is_stdin,
    max_bytes_default,
    read_bytes,
    reject_repeated_stdin,
    scan_verdict,
    shown_path,
    special_file,
    walk_folders,
)
from policylens.load.limits import (
    MANY_LINES,
    MIN_LINE_BYTES,
    control_characters,
    reject_binary,
    reject_block_flood,
    reject_flood,
    reject_line_flood,
)
from policylens.load.sniff import (
    APP_CODE_SUFFIXES,
    CATALOGUE_SUFFIXES,
    CONTAINER_HINTS,
    CONTAINER_TEXT,
    END_TAG,
    EXTENSIONS,
    FREEMARKER_TAG,
    MARKDOWN_BLOCK,
    MARKUP,
    NAMED_ONLY,
    SCRIPT_SUFFIXES,
    blank_markup,
    encoded_container,
    freemarker_page,
    html_in_text,
    named_format,
    refuse_other_document_as_docx,
    sniff_format,
    stray_end_tags_only,
)
from policylens.load.types import Parsed
from policylens.model import Catalogue, Format, Piece, Source
from policylens.normalise import newline_style

# The names other layers import from `policylens.load` (the package's entry: its modules are its own business)
__all__ = [
    "APP_CODE_SUFFIXES",
    "CATALOGUE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "EXTENSIONS",
    "MANY_LINES",
    "MIN_LINE_BYTES",
    "NAMED_ONLY",
    "SCRIPT_SUFFIXES",
    "Loaded",
    "control_characters",
    "escaped_literals",
    "is_stdin",
    "load",
    "max_bytes_default",
    "read_bytes",
    "reject_flood",
    "reject_repeated_stdin",
    "scan_verdict",
    "sha256",
    "shown_path",
    "sniff_format",
    "source_locale_region",
    "special_file",
    "walk_folders",
]


def _sha256_constructor() -> Callable[[bytes], Any]:
    """CPython's built-in SHA-256 (`_sha256` up to 3.11, `_sha2` from 3.12) avoids loading OpenSSL through hashlib (~2 ms of start-up)."""
    for name in ("_sha256", "_sha2"):
        try:
            return __import__(name).sha256  # type: ignore[no-any-return]
        except ImportError:  # pragma: no cover - depends on the interpreter
            continue
    import hashlib  # pragma: no cover

    return hashlib.sha256  # pragma: no cover


sha256 = _sha256_constructor()


class Loaded(NamedTuple):
    """Decoded input: the source description, its full text and the reader's blocks."""

    source: Source
    text: str
    parsed: Parsed


# (u38r, session 37's leftover) a script or data file read as plain text whose strings spell their Chinese as `\\uXXXX`
# escapes: `"\\u8054\\u7cfb\\u90ae\\u7bb1\\uff1a[\\u5f85\\u586b\\u5199]"` reads 「联系邮箱：[待填写]」
# A script module or React page that may hold dictionaries keyed by locale (`load.catalogue.locale_tables`), and a
# cheap test for one's key before its lines are walked
_LOCALE_SOURCES = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".tsx", ".jsx")
# (u47k2, eval/precision47 ecec-hk-php) a quoted locale key naming a Traditional region, `'zh_HK' => [`, `"zh-Hant-TW": {`,
# `zh_HK: {`: the source files the text under it as that region's edition
_SLOT_TEMPLATES = (".vue", ".nvue", ".svelte", ".astro")  # (u59p) templates read as HTML: `load.slot_components`
_LOCALE_KEYED_SOURCES = (*_LOCALE_SOURCES, ".php", ".py", ".rb", ".dart", ".vue", ".json")
_REGION_KEY = lazy(r"""(?i)(?<![\w-])["']?zh[-_](?:hant[-_])?(hk|tw)["']?[ \t]*+(?:=>|:)""")


def source_locale_region(text: str) -> str | None:
    """`hk` or `tw` when every Traditional locale key of a source (`_REGION_KEY`) names the same region, else None: a
    seeder's `'zh_HK' => [ … '隱私政策' … ]` is the Hong Kong edition even where its wording is Taiwan's (蒐集, 數位), as a
    file named privacy_zh-HK.php would be (`script.named_region`)."""
    regions = {m.group(1).lower() for m in _REGION_KEY.finditer(text, 0, min(len(text), 200_000))}
    return regions.pop() if len(regions) == 1 else None


_LOCALE_KEY = lazy(
    r"""(?im)^[ \t]*+["']?(?:zh|cn|tw|hk)[^:\n]{0,12}:[ \t]*[{\[]"""
    # (lead, eval/blind/round53q growhub-hk-ts) or a Chinese table declared as a constant, `const zhHK: Dict = {`
    r"""|^[ \t]*+(?:export[ \t]++)?(?:const|let|var)[ \t]++(?:zh|cn|tw|hk)\w{0,12}+(?:[ \t]*+:[^=\n{]{1,60}+)?[ \t]*+=[ \t]*+[{\[]"""
)
# (u41h) and a Flutter `.arb` (JSON), a YAML or PHP catalogue (「title: "\\u9690\\u79c1…"」, as `yaml.dump` and exporters
# write without allow_unicode): their slots written as escapes passed, exit 0
_ESCAPED_SOURCES = (".js", ".mjs", ".cjs", ".ts", ".json", ".json5", ".arb", ".yml", ".yaml", ".php")


def escaped_literals(text: str) -> list[tuple[str, tuple[Piece, ...]]]:
    """The string literals of `text` that hold an escape, decoded, each piece mapped to its source line and column.

    The plain-text reader shows a `.js` or `.json` file's lines as they are written: a literal without an escape is
    already in its paragraphs, a literal with one is read as escapes only.  The decoded ones are handed to the
    placeholder rules as a page's script literals are (`load.scripts`: dummy values, named slots, markers), so what
    the page shows is checked, and its findings point at the escapes in the source.
    """
    from policylens.load.scripts import script_literals

    return [(t, p) for t, p in script_literals([(1, 1, text)]) if any(piece.width is not None for piece in p)]


def _data_title(parsed: Parsed, path: str, text: str) -> None:
    """(u44a2) A title the page keeps outside its text, as the fallback title (`load.data_titles`)."""
    name = path.lower()
    if not name.endswith((".wxml", ".axml", ".swan", ".ttml", ".js", ".mjs", ".cjs", ".ts", ".jsx", ".tsx")):
        return  # (`data_titles.PAGE_SUFFIXES`, `SCRIPT_SUFFIXES`, `COMPONENT_SUFFIXES`: not imported for other files)
    from policylens.load.data_titles import (
        COMPONENT_SUFFIXES,
        PAGE_SUFFIXES,
        SCRIPT_SUFFIXES,
        config_bar_title,
        data_title,
        sibling_bar_title,
    )

    if name.endswith(COMPONENT_SUFFIXES):  # (u54x2) a Taro page's own config: its navigation bar's title
        if (config := config_bar_title(text)) is not None:
            parsed.title, parsed.title_line = config
        return

    bar = sibling_bar_title(path) if path.lower().endswith(PAGE_SUFFIXES) else None
    if bar is not None:
        parsed.title = bar
        return
    found = data_title(text) if path.lower().endswith(SCRIPT_SUFFIXES) else None
    found = found or (config_bar_title(text) if path.lower().endswith(SCRIPT_SUFFIXES) else None)
    if found is not None:
        parsed.title, parsed.title_line = found


def load(path: str, *, max_bytes: int | None = None, encoding: str | None = None, fmt: Format | None = None, digest: bool = True) -> Loaded:
    """Read, decode and split `path` ('-' for stdin) into blocks.

    `digest=False` leaves `Source.sha256` empty: for a caller that never shows it
    (`check`, where hashing the bytes was about 2% of a file's time, issue #11).
    """
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    data = read_bytes(path, max_bytes=limit)
    shown = shown_path(path)
    kind = fmt or named_format(path, data)  # (the content is sniffed once decoded, below)
    sha = sha256(data).hexdigest() if digest else ""
    if kind == "docx":
        from policylens.load.docx import read_docx

        refuse_other_document_as_docx(path, data, shown)
        parsed = read_docx(data, path=shown, max_bytes=limit)
        reject_block_flood(parsed, shown)
        text = "\n".join(b.text for b in parsed.blocks)
        source = Source(shown, kind, "utf-8", sha, len(data), "none", False)
        return Loaded(source, text, parsed)
    if data.startswith(b"PK\x03\x04"):
        if fmt is not None and sniff_format(path, data) == "docx":
            raise UserError(f"is a DOCX file, which --input-format {fmt} cannot read; leave --input-format out", path=shown)
        raise UserError("looks like a zip archive (DOCX?), not a text document; rename it to .docx", path=shown)
    if fmt is None and (container := encoded_container(data)):
        # (twenty-third round) its Chinese is all escapes (RTF's \'c1\'f4 and \u38577?, MHTML's quoted-printable
        # =E9=9A=B1), so it was read as ASCII text without one ideograph, and `check` passed it
        what = CONTAINER_TEXT.get(container, "whose text is escape codes")
        raise UserError(f"{container}, {what}: not read; {CONTAINER_HINTS[container]}", path=shown)
    text, used, bom = decode(data, path=shown, forced=encoding)
    if text.endswith("\x1a"):
        # (twenty-sixth round) Ctrl-Z, the end-of-file mark of CP/M and DOS that `copy /a` and old Windows tools still
        # write: no text (an editor shows nothing, or SUB), but it was kept as a paragraph's last character, so `diff`
        # of the file against itself saved by another tool reported 「…[-␚-]」, exit 1
        text = text.rstrip("\x1a")
    written = text
    if "\r" in text:
        # (u41h) a lone CR (classic Mac OS line ends, or a file whose lines a tool joined with CR) is a line end, as
        # every reader counts lines; the readers of code (a Flutter, ArkUI, Qt Quick or SwiftUI page, a React component
        # saved as `.js`) knew only LF: a CR-only page was one line, its texts reported at line 1 and column 1,204,
        # read as plain text with its code, or not read at all (a SwiftUI page: 0 paragraphs, exit 0).  The readers
        # get the text with each lone CR made LF (one character for one: columns hold); the file is kept as written.
        text = _LONE_CR.sub("\n", text)
    if path == "-" and fmt is None and text.lstrip("\ufeff \t\r\n").startswith("{"):
        from policylens.load.catalogue import is_catalogue

        if is_catalogue(".json", text):
            # (u39h) a JSON message catalogue piped in is read as a named one: its values as text where they stand, its
            # form inputs' strings and i18n arguments its own, its `\uXXXX` escapes decoded (it was a plain text, or a
            # page when a value held a tag: a form input's 「[公司名称]」 an error that `check x.json` did not give)
            path = "-.json"
    # a named Flutter screen, Qt Quick, ArkUI or SwiftUI page: the HTML it renders (`load.app_pages`)
    app = app_screen(path, text) if kind is None else None
    page = app.page if app is not None else None
    columns = app.columns if app is not None else None  # where the rendered page's text came from (`load.page_columns`)
    page_notes = app.notes if app is not None else []  # what its reader left unread (a text literal never closed)
    dart_text = app.documents if app is not None else None  # a Flutter source's `\'\'\'` document constants
    dart_note = app.unclosed if app is not None else None  # a `\'\'\'` of a `.dart` file that is never closed
    if page is not None:
        kind = "html"
    literal_page = dart_text  # a component's or script's document template literals, the rest blanked (`load.page_literals`)
    if dart_text is not None:
        kind = "text"
    body_page = None  # a Jekyll page's front matter blanked, its body one HTML element (`load.html_body`)
    if fmt is None and page is None and kind in (None, "html"):
        from policylens.load.page_literals import literal_page as find_literal_page

        found = find_literal_page(path, text)
        if found is not None:
            literal_page, kind = found
    if kind is None:
        kind = sniff_format(path, data, text)  # the decoded text: UTF-16 bytes hid a page's tags
    freemarker = False
    if kind == "text" and fmt is None and path.lower().endswith(".ftl") and freemarker_page(text):
        kind, freemarker = "html", True  # (u40a4) a FreeMarker page template, not a Fluent catalogue: its tags were text
    html_text = kind == "text" and fmt is None and page is None and path.lower().endswith(".txt") and html_in_text(text)
    if html_text:
        kind = "html"  # (u46a) an app's `.txt` asset holding the HTML its WebView shows: its tags were read as text
    py_fields: list[int] = []  # (u54p) where a Python source's f-string fields stand: values its code prints
    if kind in ("text", "markdown") and fmt is None and page is None and literal_page is None and path.lower().endswith(".py"):
        from policylens.load.py_literals import python_literal_text  # (u50l) a Python source: its Chinese literals

        literal_page = python_literal_text(text, py_fields)  # its code blanked (sniffed, a `# comment` was a Markdown heading)
        if literal_page is not None:  # a literal's own `# 隐私政策` or `<h2>` stays
            from policylens.load.app_literals import html_literals

            kind = "html" if html_literals(literal_page) else "markdown" if MARKDOWN_BLOCK.search(literal_page) else "text"
    if fmt is None and page is None and literal_page is None and path.lower().endswith((".m", ".mm")):
        from policylens.load.app_literals import html_literals, literal_text  # (u50l) an Objective-C screen's literals

        objc_page = literal_text(text, path)
        if objc_page is not None and html_literals(objc_page):
            literal_page, kind = objc_page, "html"  # its WebView's `@"<!DOCTYPE html>…"`: HTML, its code blanked
        elif objc_page is not None:
            kind = "text"  # its literals as the page (`load.app_literals`), never sniffed as a page of markup
    scripted = None  # a script module's document kept as arrays of section objects (`load.script_data`)
    if kind == "text" and fmt is None and page is None and literal_page is None and path.lower().endswith(SCRIPT_SUFFIXES):
        from policylens.load.script_data import script_document  # (imported for a script only: a text's start-up stays lean)

        scripted = script_document(path, text)
        if scripted is None:
            from policylens.load.i18n_records import translation_record  # (u58l) `translations = { en: {…}, zh: {…} }`

            scripted = translation_record(path, text, alone=True)
        if scripted is not None:
            kind = "html"
    if kind == "text" and fmt is None and page is None and literal_page is None and path.lower().endswith(".json") and "{" in text:
        from policylens.load.i18n_records import translation_record  # (u58l) a JSON file of the same Record

        scripted = translation_record(path, text, alone=True)
        if scripted is not None:
            kind = "html"
    if kind == "markdown" and fmt is None and literal_page is None and not path.lower().endswith(".mdx"):
        from policylens.load.html_body import html_body_page  # a Jekyll page whose body is one HTML element

        body_page = html_body_page(text)
        if body_page is not None:
            kind = "html"
    if (
        kind == "html"
        and fmt is None
        and page is None
        and literal_page is None
        and body_page is None
        and path.lower().endswith((".html", ".htm"))
        and text.startswith("---")
    ):
        from policylens.load.html_body import html_front_matter  # (u48a2) a Jekyll `.html` page's front matter

        body_page = html_front_matter(text)
    reject_binary(text, shown)
    reject_line_flood(written, len(data), shown)
    if fmt is None and kind in ("text", "markdown") and page is None and literal_page is None and scripted is None:
        _refuse_escaped_text(text, path, kind, shown)
    note = "HTML in a .txt file: read as HTML (its tags are markup, not text)" if html_text else None
    if kind == "html" and fmt is None and page is None and scripted is None and not MARKUP.search(text):
        kind = "markdown" if MARKDOWN_BLOCK.search(text) else "text"
        note = f"no HTML markup in this .html file: read as {'Markdown' if kind == 'markdown' else 'plain text'} (a browser runs its lines together)"
    elif (
        kind == "html"
        and fmt is None
        and page is None
        and scripted is None
        and literal_page is None
        and body_page is None
        and stray_end_tags_only(text)
    ):
        # (u43d2) bare text lines with a few stray 「</p>」 left by a strip of the tags and no element: lines, as above, the
        # end tags blanked in place (read as HTML, the text between two of them was one run; eval/pairs43c story-markup)
        text = END_TAG.sub(lambda m: blank_markup(m.group()), text)
        kind = "markdown" if MARKDOWN_BLOCK.search(text) else "text"
        note = f"no HTML element in this .html file, only stray end tags: read as {'Markdown' if kind == 'markdown' else 'plain text'} (a browser runs its lines together)"
    if note and scripted is None and fmt is None and page is None and path.lower().endswith(_RECORD_PAGES):
        from policylens.load.i18n_records import translation_record  # (u58l) a component with no markup but its Record

        scripted = translation_record(path, text, alone=True)  # (read as text otherwise: every string seen)
        if scripted is not None:
            kind, note = "html", None
    if scripted is not None:
        parsed = scripted
    elif kind == "html":
        from policylens.load.html import read_html

        # a template literal's HTML is HTML even in a `.tsx` page: its `${name}` is not JSX's `{name}` (`load.page_literals`)
        markup = literal_page or body_page or (text if page is None else page)
        if freemarker:  # its directives and comments (`<#include … />`, `<#-- 第三条 -->`) are no text of the page
            markup = FREEMARKER_TAG.sub(lambda m: blank_markup(m.group()), markup)
        if markup is text and path.lower().endswith(_SLOT_TEMPLATES):
            from policylens.load.slot_components import mark_slot_components, template_code

            markup = mark_slot_components(template_code(path, markup))  # (u59p) `<Todo />`; an Astro page's front matter
        parsed = read_html(markup, path=shown, markup=literal_page is not None)
        if page is None and literal_page is None and body_page is None and path.lower().endswith((".vue", ".nvue")):
            from policylens.load.vue_data import read_child_props  # (u57k) `<DocPage :sections="sections" />`

            read_child_props(text, parsed)
        if page is None and literal_page is None and body_page is None and path.lower().endswith(_RECORD_PAGES) and _empty(parsed):
            from policylens.load.i18n_records import translation_record  # (u58l) a component's i18n Record, no markup text

            parsed = translation_record(path, text) or parsed
        if body_page is not None:
            from policylens.load.html_body import keep_front_matter

            keep_front_matter(text, parsed)  # the title and dates of the front matter blanked for the HTML reader
        if columns is not None:
            from policylens.load.page_columns import remap_columns

            remap_columns(parsed, columns)  # the page's columns back to the source's (`load.page_columns`)
        if parsed.catalogue is None and literal_page is None and body_page is None and page is None:
            from policylens.load.catalogue import android_catalogue  # an Android strings.xml: its form strings

            parsed.catalogue = android_catalogue(text)
    elif kind == "markdown":
        from policylens.load.markdown import read_markdown
        from policylens.load.mdx import MDX_SUFFIX, blank_mdx

        if literal_page is not None:
            parsed = read_markdown(literal_page)
        else:
            parsed = read_markdown(blank_mdx(text) if path.lower().endswith(MDX_SUFFIX) else text)
            if fmt is None and "{{" in text:
                from policylens.load.vitepress import site_filled  # (u50p2) a VitePress page's build-time variables

                parsed.filled |= site_filled(path, text)
    else:
        from policylens.load.text import read_text

        app_code = fmt is None and path.lower().endswith(APP_CODE_SUFFIXES)
        shown_breaks: list[int] = []  # where a `\n` inside an app literal starts a page line (`app_literals.literal_text`)
        if app_code:
            from policylens.load.app_literals import literal_text, styled_title
        if literal_page is not None:
            parsed = read_text(literal_page)
        elif app_code and (app_page := literal_text(text, path, shown_breaks)) is not None:
            # (u44a) an app's Kotlin/Java/C# source: its Chinese string literals are the page; (u45a2) a `\n` inside one a line
            parsed = read_text(app_page, shown_breaks)
            if not app_page.strip():  # (u45h) its Chinese literals all a log's, a toast's, a label's: not its code as text
                parsed.warnings.append(
                    "every Chinese string literal of this source is a log's, a toast's, an exception's, a label's or a"
                    " caption's: none is read as the page"
                )
            if (named := styled_title(text)) is not None:
                parsed.title, parsed.title_line = named  # (u44a2) a title `Text` written after the sections' data
        elif fmt is None and path.lower().endswith((".swift", ".kt", ".kts", ".java")):
            from policylens.load.swift import blank_comments  # (u37r, u37h) a Swift/Kotlin/Java source's comments are no text

            parsed = read_text(blank_comments(text))
        elif fmt is None and path.lower().endswith(".py"):
            from policylens.load.py_comments import blank_py_comments  # (u49p2) a Python source's comments are no text

            parsed = read_text(blank_py_comments(text))
        else:
            parsed = read_text(text)
            if path.lower().endswith(_ESCAPED_SOURCES) and "\\u" in text:
                parsed.scripts.extend(escaped_literals(text))
    reject_block_flood(parsed, shown)
    if parsed.title is None and path != "-":
        _data_title(parsed, path, text)
    if parsed.title is None and page is not None and path.lower().endswith(".dart"):
        from policylens.load.dart import bar_title  # (u45a2) a Flutter screen's bar names its document: the fallback title

        if (named_bar := bar_title(text)) is not None:
            parsed.title, parsed.title_line = named_bar
    if kind == "text" and literal_page is None and page is None and path.lower().endswith(CATALOGUE_SUFFIXES):
        from policylens.load.catalogue import read_catalogue  # an app's message catalogue read as text

        parsed.catalogue, catalogue_note = read_catalogue(path, text)
        if catalogue_note:
            parsed.warnings.append(catalogue_note)
    if parsed.catalogue is None and page is None and path.lower().endswith(_LOCALE_SOURCES) and _LOCALE_KEY.search(text):
        from policylens.load.catalogue import locale_tables, module_comment_lines, module_trailing_comments  # (u39k2)

        tables = locale_tables(text)
        if tables:
            # (u41k) a module read as text shows its comments: code, as in a catalogue of pairs (`read_catalogue`)
            comments = module_comment_lines(text) if kind == "text" else frozenset()
            trailing = module_trailing_comments(text) if kind == "text" else ()
            parsed.catalogue = Catalogue(frozenset(), tables, comments, trailing)
    if parsed.catalogue is None and kind == "text" and literal_page is None and path.lower().endswith(SCRIPT_SUFFIXES):
        from policylens.load.catalogue import module_comment_lines, module_trailing_comments

        # (u49k2, eval/blind/round49d luganggong-hk-ts) a script module read as text that is neither a catalogue of pairs
        # nor a module of locale tables (an `export enum` and a `systemContentKeyMap` of defaults) showed its comments:
        # `/** 鲁港通 - 系统内容常量定义 */` above Traditional strings was three false `script-mixed` errors
        comments, trailing = module_comment_lines(text), module_trailing_comments(text)
        if comments or trailing:  # (u50k) and a `// …` after code on a line
            parsed.catalogue = Catalogue(frozenset(), (), comments, trailing)
    if "eplac" in text and path.lower().endswith((*SCRIPT_SUFFIXES, ".jsx", ".tsx", ".vue", ".html", ".htm")):
        from policylens.load.scripts import replaced_names  # (u52p2) `raw.privacy.replace(/appName/g, "文案狗")`

        parsed.filled |= replaced_names(text)
    if py_fields:
        from policylens.load.py_literals import field_places

        fields = field_places(text, py_fields)
        parsed.media += fields  # a label before `{data_types}` is filled by the code, not empty
        parsed.printed += fields
    if literal_page is not None:
        parsed.own_syntax |= {"dollar"}  # a template literal's `${…}` is filled by its code (`load.page_literals`)
    if path.lower().endswith(_LOCALE_KEYED_SOURCES):
        parsed.locale_region = source_locale_region(text)
    if note:
        parsed.warnings.insert(0, note)
    if page is not None:
        parsed.warnings[:0] = page_notes
    if dart_note is not None:
        parsed.warnings.insert(0, dart_note)
    source = Source(shown, kind, used, sha, len(data), newline_style(written), bom)
    return Loaded(source, written, parsed)


_LONE_CR = lazy(r"\r(?!\n)")
_RECORD_PAGES = (".tsx", ".jsx", ".js", ".ts")  # (u58l) a component page whose only text may be an i18n Record


def _empty(parsed: Parsed) -> bool:
    """(u58l) Whether a page's reading holds no text (the reader's "the document is empty")."""
    return not any(b.text.strip() for b in parsed.blocks)


def _refuse_escaped_text(text: str, path: str, kind: str, shown: str) -> None:
    """A text or Markdown file whose Chinese is all escape codes its reader does not decode is one line
    (`encoding.refuse_escaped_text`): Markdown decodes character references, a script or JSON file its `\\u` escapes."""
    from policylens.load.encoding import refuse_escaped_text

    kinds = {"quoted-printable codes", "percent-encoding"}
    if not path.lower().endswith(_ESCAPED_SOURCES + CATALOGUE_SUFFIXES):
        kinds.add("\\u escapes")
    if kind == "text":
        kinds.add("character references")
    refuse_escaped_text(text, shown, frozenset(kinds))
