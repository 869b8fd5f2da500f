"""Which reader a file gets: the extension's format, else what its content is (an HTML page, Markdown, a container).

The tables of extensions (`EXTENSIONS`, `NAMED_ONLY`, the catalogue and script suffixes), the sniffing of a file's
content (`sniff_format`), and the tests `load.load` asks before it picks a reader: a FreeMarker page under `.ftl`, HTML
kept in a `.txt`, a `.html` of bare lines with stray end tags, an RTF/MHTML/PDF file, another document under `.docx`.
"""

from __future__ import annotations

from pathlib import Path

from policylens.errors import UserError
from policylens.lazyre import lazy
from policylens.load.encoding import decode
from policylens.load.limits import control_characters
from policylens.model import Format

EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".ftl": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsp": "html",
    ".vue": "html",
    ".nvue": "html",  # uni-app's native-rendered Vue page
    # mini-program pages: WeChat, Alipay, Baidu, ByteDance markup (<view>, <text>), read as HTML
    ".wxml": "html",
    ".axml": "html",
    ".swan": "html",
    ".ttml": "html",
    ".docx": "docx",
}


# An app's message catalogues (`load.catalogue`): read as text when their content is one
# (u44a) app sources read as their Chinese string literals (`load.app_literals`); tested here, before that module
# (and the script readers it needs) is imported: a plain-text check imports none of it
APP_CODE_SUFFIXES = (".kt", ".kts", ".java", ".cs", ".m", ".mm")  # (u50l: Objective-C, `load.app_literals`)
CATALOGUE_SUFFIXES = (".json", ".arb", ".js", ".mjs", ".cjs", ".ts", ".php", ".yml", ".yaml")

# Formats read when a file is named, never looked for in a directory (a React app's folder holds hundreds of them):
# a React component's source, its JSX markup read as HTML, its code blanked (`load.jsx`)
NAMED_ONLY: dict[str, Format] = {".tsx": "html", ".jsx": "html"}


def named_format(path: str, data: bytes) -> Format | None:
    """The format the file's extension names, or DOCX for a zip archive; None when only its text can tell."""
    ext = Path(path).suffix.lower() if path != "-" else ""
    if ext in EXTENSIONS:
        return EXTENSIONS[ext]
    if ext in NAMED_ONLY:
        return NAMED_ONLY[ext]
    return "docx" if data.startswith(b"PK\x03\x04") else None


def sniff_format(path: str, data: bytes, text: str | None = None) -> Format:
    """Format from the extension; otherwise from the content: its decoded `text` when given, else its bytes as UTF-8.

    The bytes alone missed a page in UTF-16 (`<\\x00!\\x00D…`) or one whose BOM came before a blank line: piped
    (`curl … | policylens check -`) or saved without an extension, its tags were read as text and its
    headings as paragraphs.  `load` reads the name first (`named_format`) and sniffs the content once, decoded.
    """
    named = named_format(path, data)
    if named is not None:
        return named
    sample = text[:65536] if text is not None else data[:65536].decode("utf-8", "replace")
    if path.lower().endswith(CATALOGUE_SUFFIXES):
        from policylens.load.catalogue import is_catalogue

        # (u38l) a message catalogue is text even when its strings hold HTML (`'full_text': '<p>…</p>'`): its
        # values are checked where they stand (`load.catalogue`)
        if is_catalogue(path, text if text is not None else sample):
            return "text"
    if path.lower().endswith((".js", ".mjs")):
        from policylens.load.jsx import is_jsx_source  # (profiles29) a React component saved as `.js`: read as a `.jsx`

        if is_jsx_source(path, sample):
            return "html"
    # (twenty-seventh session) a server page (`.aspx`, `.php`, `.asp`) opens with its directives or code: `<%@ Page … %>`
    # then `<!DOCTYPE html>` or an `<asp:Content>` was read as plain text, its headings lost and its tags shown as text
    served = 0
    if sample.lstrip("\ufeff \t\r\n").startswith(("<%", "<?")):
        from policylens.load.server_code import leading_server_code  # (its patterns compile only for such a page)

        served = leading_server_code(sample)
        if not served:
            from policylens.load.server_code import stored_page  # (structure43: a page kept whole in a PHP string)

            if stored_page(text if text is not None else data.decode("utf-8", "replace")) is not None:
                return "html"
    head = sample[served : served + 4096].lstrip().lstrip("\ufeff").lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or head.count("<p") + head.count("<div") >= 3:
        return "html"
    if served and _ELEMENT_START.match(head):
        return "html"  # the markup the server code comes before (`<asp:Content …>`, `<div class="main">`)
    if any(marker in sample for marker in ("\n# ", "\n## ", "\n### ", "](http", "\n```")) or sample.startswith("#"):
        return "markdown"
    return "text"


# FreeMarker's directives and comments before a page template's markup: `<#include "/common/head.ftl" />`, `<#-- … -->`.
_FREEMARKER_LEAD = lazy(r"\A(?:\s*(?:<#--(?:(?!-->|<#--)[\s\S]){0,4000}-->|<#[^>]{0,500}>|\[#[^\]]{0,500}\]))*\s*")

# One FreeMarker directive, macro call or comment anywhere in a page: `<#if x>`, `</#list>`, `<@macro/>`, `<#-- … -->`.
# (a comment's body stops at the next 「<#--」: an unclosed one is given up there, so a page of them stays linear)
FREEMARKER_TAG = lazy(r"<#--(?:(?!-->|<#--)[\s\S]){0,4000}-->|</?[#@][A-Za-z][^<>]{0,500}>")


def blank_markup(markup: str) -> str:
    """`markup` as spaces, its line breaks kept (the page's lines keep their numbers)."""
    return "".join(c if c in "\r\n" else " " for c in markup)


def freemarker_page(text: str) -> bool:
    """Whether a `.ftl` file is a FreeMarker HTML page (a Spring site's `templates/*.ftl`), not Fluent messages.

    `.ftl` is Fluent's extension (`key = value` messages, read as text) and FreeMarker's (eval/structure40c
    zfs-privacy-ftl: `<!DOCTYPE html>` read as text made its `<title>` and `<meta>` lines sections and lost its
    `<h3>` title and five `<b>第一条【…】</b>` titles).  A page opens, after its directives, with a doctype, `<html>`
    or a tag among block tags; a Fluent file opens with a comment or a message (corpora/rust-lang-privacy: its
    values hold `<p>`, and it stays text).
    """
    sample = text[:65536].lstrip("\ufeff")
    head = sample[_FREEMARKER_LEAD.match(sample).end() :][:4096].lower()  # type: ignore[union-attr]
    if head.startswith(("<!doctype html", "<html")):
        return True
    # a page fragment opens with a tag; a Fluent file with a comment or a `key =` message (its values may hold `<p>`)
    return head.startswith("<") and head.count("<p") + head.count("<div") >= 3


# An element's start tag (`<div`, `<asp:Content`) or a comment opening what follows a server page's leading code.
def html_in_text(text: str) -> bool:
    """Whether a `.txt` file is an HTML document: it opens with an element and holds three block elements or more.

    (u46a, eval/structure46 jinhe) an Android app's `assets/privacy.txt` was a rich-text editor's HTML (`<h1><strong>隐私
    政策协议</strong></h1>`, `<p>…</p>`, `<h2>`) that the app hands to a WebView: read as text, its eleven headings and its
    title were lost in tags.  A plain text that quotes a tag or two, or opens with a sentence, stays text; so does a whole
    page saved as `.txt` (a doctype or `<html>` first: eval/dev22g yunrou-txt, whose unclosed `<h3>` holds its whole body,
    is read right line by line and was scored so).  (u49a, eval/structure49 milkyway) A whole page saved as `.txt` is
    HTML when three of its heading elements or more open and close on one line (`<h4>1. 适用范围</h4>` under `<h1
    class="title">`, a `<style>` block above): its sections are in its tags, and read as text it had none; yunrou's one
    `<h3>` runs to the end of the page.

    (u46h2) A text whose lines are mostly bare prose with a few `<p>` or `<br>` among them stays text: more lines
    without a tag than with one (「<p>隐私政策</p>」 over 「一、我们收集的信息」 lines, three of them ending in 「<br>」)
    is a text file, its line breaks its structure; read as HTML, its lines ran into one paragraph and its sections were
    lost.  A rich-text editor's HTML puts each paragraph in a tag (a pretty-printed 「<p>」 over its line and 「</p>」 under
    it: one bare line in three).
    """
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head[:14].lower().startswith(("<!doctype html", "<html")):
        return len(_TXT_HTML_HEADING.findall(text)) >= 3
    if not _TXT_HTML_OPEN.match(head):
        return False
    if len(_TXT_HTML_BLOCK.findall(head)) < 3:
        return False
    lines = [line for line in head.splitlines()[: -1 if len(text) > 4096 else None] if line.strip()]  # (whole lines)
    bare = sum(1 for line in lines if "<" not in line and ">" not in line)
    return 2 * bare <= len(lines)


# The opening of an HTML fragment: a block element (`<h1>`, `<p class=…>`, `<div>`).
_TXT_HTML_OPEN = lazy(r"(?i)<(?:h[1-6]|p|div|section|article|ul|ol|table)[\s>]")
# A heading element closed on the line it opens: `<h4>1. 适用范围</h4>`, `<h2 class="t">引言</h2>`.
_TXT_HTML_HEADING = lazy(r"(?i)<h([1-6])\b[^<>\n]*>[ \t]*[^<\s][^<\n]*</h\1[ \t]*>")
_TXT_HTML_BLOCK = lazy(r"(?i)<(?:h[1-6]|p|div|section|article|li|tr|br)[\s>/]")

_ELEMENT_START = lazy(r"<(?:[a-z][a-z0-9]*[\s:>/]|!--)")
# A script module that may keep its document as data (`load.script_data`): checked before that module is imported.
SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts")
# An HTML element, comment, declaration or processing instruction; a page has at least one.
MARKUP = lazy(r"<[A-Za-z!?/]")
# An end tag (「</p>」, 「</div>」): in a file with no other markup, left behind by a strip of the page's tags.
END_TAG = lazy(r"</[A-Za-z][A-Za-z0-9]{0,20}[ \t]*>")


def stray_end_tags_only(text: str) -> bool:
    """Whether every piece of markup in `text` is an end tag (「</p>」): no element opens, no comment, no declaration.

    A page whose tags were stripped but for a few 「</p>」 is bare text lines (eval/pairs43c story-markup); read as HTML,
    the lines between two end tags ran into one paragraph and its numbered titles were lost.
    """
    markup = sum(1 for _ in MARKUP.finditer(text))
    return markup > 0 and markup == sum(1 for _ in END_TAG.finditer(text))


# Markdown headings at the start of a line: `## 1. 数据收集`.
# (headings only: a list or a rule alone does not make Markdown of it, and Markdown would drop
# `[公司名称]: …` lines as link reference definitions)
MARKDOWN_BLOCK = lazy(r"(?m)^#{1,6}[ \t]\S")


CONTAINER_HINTS = {
    "an RTF document (Rich Text Format)": "save it as .docx or plain text (--input-format text reads its source as it is)",
    "an MHTML archive (a web page saved as a single file)": "save the page as HTML (--input-format text reads its source as it is)",
    "a PDF document": "extract its text first (`pdftotext -layout FILE`) or export it as .docx",
}
# What each kind's text is: none of it is the policy's words as a reader sees them.
CONTAINER_TEXT = {"a PDF document": "whose text is in content streams"}
# The header of a MIME message whose body is in parts: an MHTML file (Chrome's "Webpage, Single File", Word's .mht).
_MIME_HEADER = lazy(r"(?i)\A(?:[A-Za-z0-9-]{1,40}:[^\r\n]{0,300}\r?\n(?:[ \t][^\r\n]{0,300}\r?\n)*){1,30}")
_MULTIPART = lazy(r"(?im)^content-type:[ \t]*multipart/")


def encoded_container(data: bytes) -> str | None:
    """The kind of document `data` is when its text is all escape codes (RTF, MHTML), else None."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{\\rtf"):
        return "an RTF document (Rich Text Format)"
    if head.startswith(b"%PDF-"):  # (twenty-fourth round) read as Big5 mojibake, title 「%PDF-1.4」, and passed
        return "a PDF document"
    text = head.decode("latin-1")
    header = _MIME_HEADER.match(text)
    if header is not None and "mime-version:" in header.group().lower() and _MULTIPART.search(header.group()):
        return "an MHTML archive (a web page saved as a single file)"
    return None


def refuse_other_document_as_docx(path: str, data: bytes, shown: str) -> None:
    """A `.docx` that is no zip archive but a document of another kind: one line naming it (twenty-fourth round).

    Exporters write an HTML page (or an RTF, MHTML or PDF file) under a Word name; it was `malformed DOCX: not a
    zip archive`, with no word of what the file is.  An OLE file (a .doc, a protected .docx) has its own line.
    """
    if data.startswith(b"PK\x03\x04") or Path(path).suffix.lower() != ".docx":
        return
    container = encoded_container(data)
    if container is not None:
        raise UserError(f"not a DOCX zip archive but {container}: {CONTAINER_HINTS[container]}", path=shown)
    if sniff_format("-", data) == "html":
        raise UserError("not a DOCX zip archive but an HTML page (an exporter's Word file): rename it to .html", path=shown)
    if data and not data.startswith(b"\xd0\xcf\x11\xe0"):  # (an OLE file, a .doc: `load.docx` names it)
        # (u35h) text saved under a Word name was `malformed DOCX: not a zip archive`, with no word of what it is; a
        # document has two lines at least (a line of junk stays `not a zip archive`)
        try:
            text, _, _ = decode(data, path=shown)
        except UserError:
            return  # bytes no encoding reads: no text file either
        if sum(1 for line in text[:65536].splitlines() if line.strip()) >= 2 and not control_characters(text[:65536]):
            kind = sniff_format("-", data, text)
            name = "a Markdown file: rename it to .md" if kind == "markdown" else "a plain-text file: rename it to .txt"
            raise UserError(f"not a DOCX zip archive but {name}", path=shown)
