"""Load a policy from a path or stdin: read bytes safely, detect format and encoding.

`load()` is the first pipeline stage; it returns the decoded text, a `Source` and
the reader's `Parsed` blocks.  Every problem with the input becomes a `UserError`.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from policylens.errors import UserError, echo, reject_empty_paths
from policylens.lazyre import lazy
from policylens.load.encoding import decode
from policylens.load.types import Parsed
from policylens.model import Catalogue, Format, Piece, Source
from policylens.normalise import newline_style


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

# The control characters that mark binary data: U+0000–U+0008 and U+000E–U+001F.  In UTF-8
# they are the bytes 0x00–0x08 and 0x0E–0x1F, and no other character's encoding holds those bytes.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
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
APP_CODE_SUFFIXES = (".kt", ".kts", ".java", ".cs")
CATALOGUE_SUFFIXES = (".json", ".arb", ".js", ".mjs", ".cjs", ".ts", ".php", ".yml", ".yaml")

# Formats read when a file is named, never looked for in a directory (a React app's folder holds hundreds of them):
# a React component's source, its JSX markup read as HTML, its code blanked (`load.jsx`)
NAMED_ONLY: dict[str, Format] = {".tsx": "html", ".jsx": "html"}


class Loaded(NamedTuple):
    """Decoded input: the source description, its full text and the reader's blocks."""

    source: Source
    text: str
    parsed: Parsed


def max_bytes_default() -> int:
    """Size limit: POLICYLENS_MAX_BYTES if set, else 20 MB."""
    value = os.environ.get("POLICYLENS_MAX_BYTES", "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    if not value.isascii() or not value.isdigit() or len(value) > 13:  # 13 digits: 1 TB and more
        raise UserError(f"POLICYLENS_MAX_BYTES={echo(value)}: not a number of bytes up to 1 TB")
    return int(value)


def read_bytes(path: str, *, max_bytes: int) -> bytes:
    """Read a file (or stdin for '-') with clear errors and a size limit."""
    if path == "-":
        if sys.stdin is None:  # `policylens parse - <&-`: Python sets it to None (an internal error, AttributeError)
            raise UserError("standard input is closed", path="<stdin>")
        _refuse_terminal(sys.stdin, "<stdin>")
        try:
            data = sys.stdin.buffer.read(max_bytes + 1)
        except OSError as exc:  # a folder or a write-only descriptor as standard input (`- < folder`, `- 0>file`)
            raise UserError(f"standard input cannot be read: {exc.strerror or exc}", path="<stdin>") from None
        if len(data) > max_bytes:
            raise UserError(f"input is larger than the {_size(max_bytes)} limit (see --max-size)", path="<stdin>")
        return data
    reject_empty_paths([path])
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise UserError("no such file", path=path) from None
    except PermissionError:
        raise UserError("permission denied", path=path) from None
    except OSError as exc:
        raise UserError(exc.strerror or str(exc), path=path) from None
    if stat.S_ISDIR(st.st_mode):
        raise UserError("is a directory, not a file", path=path)
    kind = special_file(path, st.st_mode)
    if kind is not None:
        raise UserError(f"is a {kind}, not a regular file; to read a stream, pipe it to '-'", path=path)
    if st.st_size > max_bytes:
        raise UserError(f"file is {_size(st.st_size)}, over the {_size(max_bytes)} limit (see --max-size)", path=path)
    try:
        with p.open("rb") as fh:
            if stat.S_ISCHR(st.st_mode):  # `/dev/stdin` or `/dev/fd/0` on a terminal (other devices are refused above)
                _refuse_terminal(fh, path)
            data = _read_up_to(fh, max_bytes + 1, st.st_size)
    except PermissionError:
        raise UserError("permission denied", path=path) from None
    except OSError as exc:
        raise UserError(exc.strerror or str(exc), path=path) from None
    if len(data) > max_bytes:
        raise UserError(f"file is over the {_size(max_bytes)} limit (see --max-size)", path=path)
    return data


def _read_up_to(fh: IO[bytes], limit: int, size: int) -> bytes:
    """`fh.read(limit)`, asked first for the `size` bytes the file has and one more (to see it grew).

    `read(limit)` makes Python allocate `limit` bytes before reading and shrink them after: 20 MB
    (`--max-size`) for every file a `check` reads, ~40 µs of system time per file (u28t).  A
    read of the rest follows only when the first got more than `size` bytes (a file that grew,
    a device or a pipe, whose size is 0): together the same bytes as `read(limit)`.
    """
    first = min(size + 1, limit)
    data = fh.read(first)
    if len(data) == first < limit:
        data += fh.read(limit - first)
    return data


def _refuse_terminal(stream: IO[Any], shown: str) -> None:
    """Standard input that is a terminal (`policylens check -` typed at a prompt, a CI step without input) is refused:
    the run waited, without a word, for a policy to be typed and ended with Ctrl-D (hostile round 25)."""
    try:
        terminal = stream.isatty()
    except (OSError, ValueError):  # closed or odd: reading it gives the usual error
        return
    if terminal:
        raise UserError("standard input is a terminal, not a file: pipe one in (`- < policy.md`) or name it", path=shown)


# Already-open descriptors (`diff <(git show HEAD:a.txt) a.txt`) are pipes with a writer:
# reading them cannot hang, unlike a named FIFO that nobody writes to.
_OPEN_STREAMS = ("/dev/fd/", "/proc/self/fd/", "/dev/stdin")


def is_stdin(path: str) -> bool:
    """Whether `path` names standard input: `-`, /dev/stdin, /dev/fd/0, /proc/self/fd/0 (any name of file descriptor 0)."""
    if path == "-":
        return True
    if not path.startswith(_OPEN_STREAMS):
        return False
    try:
        named, zero = os.stat(path), os.fstat(0)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (zero.st_dev, zero.st_ino)


def reject_repeated_stdin(paths: Iterable[str]) -> None:
    """Standard input named twice (`diff /dev/stdin -`, `check - -`) would be read twice, the second time empty: refuse."""
    named = [p for p in paths if is_stdin(p)]
    if len(named) > 1:
        shown = " and ".join(repr(p) for p in named[:2])
        raise UserError(f"standard input is given twice ({shown}); it can be read only once")


def special_file(path: str, mode: int) -> str | None:
    """'FIFO', 'socket' or 'device' for what is not a regular file to read (None for a file).

    Opening a FIFO without a writer blocks forever, and a device such as /dev/zero never
    ends; a policy is a regular file.
    """
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if path.startswith(_OPEN_STREAMS) and (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        return None
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "device"


def scan_verdict(path: Path) -> str | None:
    """Why a file met while scanning a folder is skipped (None: check it).

    A FIFO, socket or device is skipped; a broken link or a symlink loop is kept, so that
    reading it reports the problem on its own line.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    kind = special_file(str(path), mode)
    return f"is a {kind}, not a regular file: skipped" if kind else None


def walk_folders(top: Path, unreadable: list[str]) -> Iterator[tuple[str, list[str], list[str]]]:
    """`os.walk(top)` without recursion: (folder, its folders, its files), top down; prune by editing the folders' list.

    Python 3.11's `os.walk` calls itself for every level: a tree 1,000 folders deep (a recursive copy gone wrong, a
    generated fixture) ended the whole run with `the input is nested too deeply to process`, no file checked, and no
    word of which folder (twenty-sixth round).  A link to a folder is listed but not entered, as `os.walk` does.  A
    folder that cannot be listed (no permission, removed meanwhile) is added to `unreadable` as `path: reason`:
    `os.walk` passed over it, and the policies in it, without a word.
    """
    stack = [os.fspath(top)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            unreadable.append(f"{folder}: {exc.strerror or exc}")
            continue
        dirs: list[str] = []
        files: list[str] = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry.name)
        yield folder, dirs, files
        stack.extend(path for path in (os.path.join(folder, d) for d in reversed(dirs)) if not os.path.islink(path))


# (u38r, session 37's leftover) a script or data file read as plain text whose strings spell their Chinese as `\\uXXXX`
# escapes: `"\\u8054\\u7cfb\\u90ae\\u7bb1\\uff1a[\\u5f85\\u586b\\u5199]"` reads 「联系邮箱：[待填写]」
# A script module or React page that may hold dictionaries keyed by locale (`load.catalogue.locale_tables`), and a
# cheap test for one's key before its lines are walked
_LOCALE_SOURCES = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".tsx", ".jsx")
# (u47k2, eval/precision47 ecec-hk-php) a quoted locale key naming a Traditional region, `'zh_HK' => [`, `"zh-Hant-TW": {`,
# `zh_HK: {`: the source files the text under it as that region's edition
_LOCALE_KEYED_SOURCES = (*_LOCALE_SOURCES, ".php", ".py", ".rb", ".dart", ".vue", ".json")
_REGION_KEY = lazy(r"""(?i)(?<![\w-])["']?zh[-_](?:hant[-_])?(hk|tw)["']?[ \t]*+(?:=>|:)""")


def source_locale_region(text: str) -> str | None:
    """`hk` or `tw` when every Traditional locale key of a source (`_REGION_KEY`) names the same region, else None: a
    seeder's `'zh_HK' => [ … '隱私政策' … ]` is the Hong Kong edition even where its wording is Taiwan's (蒐集, 數位), as a
    file named privacy_zh-HK.php would be (`script.named_region`)."""
    regions = {m.group(1).lower() for m in _REGION_KEY.finditer(text, 0, min(len(text), 200_000))}
    return regions.pop() if len(regions) == 1 else None


_LOCALE_KEY = lazy(r"""(?im)^[ \t]*+["']?(?:zh|cn|tw|hk)[^:\n]{0,12}:[ \t]*[{\[]""")
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


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def shown_path(path: str) -> str:
    """How a path is named in messages and reports: `<stdin>` for '-'."""
    return "<stdin>" if path == "-" else path


def _named_format(path: str, data: bytes) -> Format | None:
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
    headings as paragraphs.  `load` reads the name first (`_named_format`) and sniffs the content once, decoded.
    """
    named = _named_format(path, data)
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
_FREEMARKER_TAG = lazy(r"<#--(?:(?!-->|<#--)[\s\S]){0,4000}-->|</?[#@][A-Za-z][^<>]{0,500}>")


def _blank(markup: str) -> str:
    """`markup` as spaces, its line breaks kept (the page's lines keep their numbers)."""
    return "".join(c if c in "\r\n" else " " for c in markup)


def _freemarker_page(text: str) -> bool:
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
def _html_text(text: str) -> bool:
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
_MARKUP = lazy(r"<[A-Za-z!?/]")
# An end tag (「</p>」, 「</div>」): in a file with no other markup, left behind by a strip of the page's tags.
_END_TAG = lazy(r"</[A-Za-z][A-Za-z0-9]{0,20}[ \t]*>")


def _stray_end_tags_only(text: str) -> bool:
    """Whether every piece of markup in `text` is an end tag (「</p>」): no element opens, no comment, no declaration.

    A page whose tags were stripped but for a few 「</p>」 is bare text lines (eval/pairs43c story-markup); read as HTML,
    the lines between two end tags ran into one paragraph and its numbered titles were lost.
    """
    markup = sum(1 for _ in _MARKUP.finditer(text))
    return markup > 0 and markup == sum(1 for _ in _END_TAG.finditer(text))


# Markdown headings at the start of a line: `## 1. 数据收集`.
# (headings only: a list or a rule alone does not make Markdown of it, and Markdown would drop
# `[公司名称]: …` lines as link reference definitions)
_MARKDOWN_BLOCK = lazy(r"(?m)^#{1,6}[ \t]\S")


_CONTAINER_HINTS = {
    "an RTF document (Rich Text Format)": "save it as .docx or plain text (--input-format text reads its source as it is)",
    "an MHTML archive (a web page saved as a single file)": "save the page as HTML (--input-format text reads its source as it is)",
    "a PDF document": "extract its text first (`pdftotext -layout FILE`) or export it as .docx",
}
# What each kind's text is: none of it is the policy's words as a reader sees them.
_CONTAINER_TEXT = {"a PDF document": "whose text is in content streams"}
# The header of a MIME message whose body is in parts: an MHTML file (Chrome's "Webpage, Single File", Word's .mht).
_MIME_HEADER = lazy(r"(?i)\A(?:[A-Za-z0-9-]{1,40}:[^\r\n]{0,300}\r?\n(?:[ \t][^\r\n]{0,300}\r?\n)*){1,30}")
_MULTIPART = lazy(r"(?im)^content-type:[ \t]*multipart/")


def _encoded_container(data: bytes) -> str | None:
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


def _refuse_other_document_as_docx(path: str, data: bytes, shown: str) -> None:
    """A `.docx` that is no zip archive but a document of another kind: one line naming it (twenty-fourth round).

    Exporters write an HTML page (or an RTF, MHTML or PDF file) under a Word name; it was `malformed DOCX: not a
    zip archive`, with no word of what the file is.  An OLE file (a .doc, a protected .docx) has its own line.
    """
    if data.startswith(b"PK\x03\x04") or Path(path).suffix.lower() != ".docx":
        return
    container = _encoded_container(data)
    if container is not None:
        raise UserError(f"not a DOCX zip archive but {container}: {_CONTAINER_HINTS[container]}", path=shown)
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


def _data_title(parsed: Parsed, path: str, text: str) -> None:
    """(u44a2) A title the page keeps outside its text, as the fallback title (`load.data_titles`)."""
    name = path.lower()
    if not name.endswith((".wxml", ".axml", ".swan", ".ttml", ".js", ".mjs", ".cjs", ".ts")):
        return  # (`data_titles.PAGE_SUFFIXES` and `SCRIPT_SUFFIXES`: the module is not imported for other files)
    from policylens.load.data_titles import PAGE_SUFFIXES, SCRIPT_SUFFIXES, data_title, sibling_bar_title

    bar = sibling_bar_title(path) if path.lower().endswith(PAGE_SUFFIXES) else None
    if bar is not None:
        parsed.title = bar
        return
    found = data_title(text) if path.lower().endswith(SCRIPT_SUFFIXES) else None
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
    kind = fmt or _named_format(path, data)  # (the content is sniffed once decoded, below)
    sha = sha256(data).hexdigest() if digest else ""
    if kind == "docx":
        from policylens.load.docx import read_docx

        _refuse_other_document_as_docx(path, data, shown)
        parsed = read_docx(data, path=shown, max_bytes=limit)
        _reject_block_flood(parsed, shown)
        text = "\n".join(b.text for b in parsed.blocks)
        source = Source(shown, kind, "utf-8", sha, len(data), "none", False)
        return Loaded(source, text, parsed)
    if data.startswith(b"PK\x03\x04"):
        if fmt is not None and sniff_format(path, data) == "docx":
            raise UserError(f"is a DOCX file, which --input-format {fmt} cannot read; leave --input-format out", path=shown)
        raise UserError("looks like a zip archive (DOCX?), not a text document; rename it to .docx", path=shown)
    if fmt is None and (container := _encoded_container(data)):
        # (twenty-third round) its Chinese is all escapes (RTF's \'c1\'f4 and \u38577?, MHTML's quoted-printable
        # =E9=9A=B1), so it was read as ASCII text without one ideograph, and `check` passed it
        what = _CONTAINER_TEXT.get(container, "whose text is escape codes")
        raise UserError(f"{container}, {what}: not read; {_CONTAINER_HINTS[container]}", path=shown)
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
    dart_note = None  # a `'''` string of a `.dart` file that is never closed (`load.dart.unclosed_triple`)
    dart_text = None  # a Flutter screen's `\'\'\'` document constants, the rest blanked (`load.dart.dart_documents`)
    page = None  # the HTML a named Flutter screen, Qt Quick, ArkUI or SwiftUI page renders (`load.dart`, `load.qml`, `load.arkts`, `load.swift_page`)
    columns = None  # where the text of a rendered Flutter or ArkUI page came from (`load.page_columns`)
    page_notes: list[str] = []  # what its reader left unread (a text literal never closed)
    if kind is None and path.lower().endswith(".dart"):
        from policylens.load.dart import render_dart
        from policylens.load.page_columns import ColumnMap

        columns = ColumnMap()
        page = render_dart(text, columns, notes=page_notes)
        kind = "html" if page is not None else None
        from policylens.load.dart import dart_documents, shows_documents  # (u45a2) texts in `\'\'\'` constants behind a menu

        dart_text = dart_documents(text)
        if page is not None and dart_text is not None and not shows_documents(page, dart_text):
            # (u46k, eval/blind/round46 xingjishi-dart) a helper class whose own widgets are toasts and a sheet and
            # whose document constant another file shows: the document is the file's text, not the toasts
            page, kind, columns, page_notes = None, None, None, []
        elif page is not None:
            dart_text = None
        from policylens.load.dart import unclosed_triple

        dart_note = unclosed_triple(text)  # (u46l) a `'''` never closed: said, whichever way the file is read
    elif kind is None and path.lower().endswith(".qml"):
        from policylens.load.qml import render_qml  # a named Qt Quick page: its `Text { text: … }` items (`load.qml`)

        page = render_qml(text, page_notes)
        kind = "html" if page is not None else None
    elif kind is None and path.lower().endswith(".ets"):
        from policylens.load.arkts import render_ets  # a named HarmonyOS ArkUI page: its `Text('…')` components (`load.arkts`)
        from policylens.load.page_columns import ColumnMap

        columns = ColumnMap()
        page = render_ets(text, columns, notes=page_notes)
        kind = "html" if page is not None else None
    elif kind is None and path.lower().endswith(".swift"):
        from policylens.load.page_columns import ColumnMap
        from policylens.load.swift import blank_comments
        from policylens.load.swift_page import render_swift  # (u43j) a named SwiftUI view: its `Text("…")` views

        columns = ColumnMap()
        page = render_swift(blank_comments(text), columns)
        kind = "html" if page is not None else None
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
    if kind == "text" and fmt is None and path.lower().endswith(".ftl") and _freemarker_page(text):
        kind, freemarker = "html", True  # (u40a4) a FreeMarker page template, not a Fluent catalogue: its tags were text
    html_text = kind == "text" and fmt is None and page is None and path.lower().endswith(".txt") and _html_text(text)
    if html_text:
        kind = "html"  # (u46a) an app's `.txt` asset holding the HTML its WebView shows: its tags were read as text
    scripted = None  # a script module's document kept as arrays of section objects (`load.script_data`)
    if kind == "text" and fmt is None and page is None and literal_page is None and path.lower().endswith(SCRIPT_SUFFIXES):
        from policylens.load.script_data import script_document  # (imported for a script only: a text's start-up stays lean)

        scripted = script_document(path, text)
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
    _reject_binary(text, shown)
    _reject_line_flood(written, len(data), shown)
    if fmt is None and kind in ("text", "markdown") and page is None and literal_page is None and scripted is None:
        _refuse_escaped_text(text, path, kind, shown)
    note = "HTML in a .txt file: read as HTML (its tags are markup, not text)" if html_text else None
    if kind == "html" and fmt is None and page is None and scripted is None and not _MARKUP.search(text):
        kind = "markdown" if _MARKDOWN_BLOCK.search(text) else "text"
        note = f"no HTML markup in this .html file: read as {'Markdown' if kind == 'markdown' else 'plain text'} (a browser runs its lines together)"
    elif (
        kind == "html"
        and fmt is None
        and page is None
        and scripted is None
        and literal_page is None
        and body_page is None
        and _stray_end_tags_only(text)
    ):
        # (u43d2) bare text lines with a few stray 「</p>」 left by a strip of the tags and no element: lines, as above, the
        # end tags blanked in place (read as HTML, the text between two of them was one run; eval/pairs43c story-markup)
        text = _END_TAG.sub(lambda m: _blank(m.group()), text)
        kind = "markdown" if _MARKDOWN_BLOCK.search(text) else "text"
        note = f"no HTML element in this .html file, only stray end tags: read as {'Markdown' if kind == 'markdown' else 'plain text'} (a browser runs its lines together)"
    if scripted is not None:
        parsed = scripted
    elif kind == "html":
        from policylens.load.html import read_html

        # a template literal's HTML is HTML even in a `.tsx` page: its `${name}` is not JSX's `{name}` (`load.page_literals`)
        markup = literal_page or body_page or (text if page is None else page)
        if freemarker:  # its directives and comments (`<#include … />`, `<#-- 第三条 -->`) are no text of the page
            markup = _FREEMARKER_TAG.sub(lambda m: _blank(m.group()), markup)
        parsed = read_html(markup, path=shown, markup=literal_page is not None)
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
    _reject_block_flood(parsed, shown)
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


# Every line costs ~250 bytes of objects (a piece with its position, the line itself), so
# a file of very short lines needs ~120× its size: 20 MB of `a\n` went past 2 GB.  Real
# policies have a few thousand lines of 40+ bytes; past MANY_LINES, lines must average
# MIN_LINE_BYTES, which keeps the peak under ~50× the input (benchmarks/bench_worst.py).
MANY_LINES = 10_000
MIN_LINE_BYTES = 8


def _reject_line_flood(text: str, size: int, path: str) -> None:
    """Refuse a file of a huge number of tiny lines, which no policy is, before building them."""
    reject_flood(text.count("\n") or text.count("\r"), size, path)


def reject_flood(count: int, size: int, path: str, *, what: str = "lines") -> None:
    """The one bound on tiny lines or paragraphs: past MANY_LINES of them, they must average MIN_LINE_BYTES.

    Every reader is held to it: text by its lines (before any block is built), DOCX by the
    paragraphs and text of its XML (before the tree is built), and the blocks of every
    reader (`_reject_block_flood`: 500,000 `<p>a</p>` on one line are one line of HTML).
    """
    if count > MANY_LINES and size < count * MIN_LINE_BYTES:
        raise UserError(
            f"{count:,} {what} averaging {size / count:.1f} bytes: not a policy text "
            f"(over {MANY_LINES:,} {what} must average at least {MIN_LINE_BYTES} bytes)",
            path=path,
        )


def _reject_block_flood(parsed: Parsed, path: str) -> None:
    """`reject_flood` on the blocks a reader built (their UTF-8 text plus one separator each)."""
    if len(parsed.blocks) > MANY_LINES:
        reject_flood(len(parsed.blocks), sum(len(b.text.encode()) + 1 for b in parsed.blocks), path, what="paragraphs")


def control_characters(text: str) -> int:
    """How many characters of `text` are U+0000–U+0008 or U+000E–U+001F.

    Counted in the UTF-8 bytes (`surrogatepass`: a lone surrogate is three bytes of 0x80 or
    more): an encode and a byte deletion in C, where a regex class tested each character
    (~1% of `check`, issue #11).
    """
    encoded = text.encode("utf-8", "surrogatepass")
    return len(encoded) - len(encoded.translate(None, _CONTROL_BYTES))


def _reject_binary(text: str, path: str) -> None:
    """Refuse text full of control characters (a binary file that happened to decode)."""
    sample = text[:65536]
    if not sample:
        return
    controls = control_characters(sample)
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise UserError("binary data (control characters), not a text document", path=path)
