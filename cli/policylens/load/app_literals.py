"""An app's source named on the command line (Kotlin `.kt`/`.kts`, Java `.java`, C# `.cs`): its string literals holding
Chinese are the page, its code is not (u44a, eval/structure44).

An Android or Unity app keeps its policy in its code: a Compose screen calls `Section("一、总则")` and
`Paragraph("…" + "…")`, an Activity builds `String content = "隐私政策\\n\\n" + "1. 信息收集\\n" + …`, a Unity panel holds
`const string PrivacyPolicyText = "《球球战争》隐私政策\\n\\n" + "一、信息收集与使用\\n" + …`.  Read as plain text with only
its comments blanked (`load.swift.blank_comments`), every code line was a line of the policy: `"一、总则")` was glued to
the code before it, a section title written `"一、服务条款的接受\\n" +` was no title, and `package …`/`import …` became the
document's title (eval/structure44 dev: 33 of 91 headings missed on the first run).

`literal_text` writes the source again with the same lines and columns: the body of each string literal that holds a
Han character stays where it is (its `\\n`, `\\t`, `\\r` escapes written as spaces, `\\"` as a quote and a space), every
other character (code, comments, literals with no Chinese such as keys, URLs, class names, English log messages)
becomes a space, line breaks kept.  The plain-text reader then reads the page as it reads any text: one literal per
line is one line of the page, so `"一、服务条款的接受\\n" +` is a title line over its paragraph.

A literal no reader sees is not read: the message of a `Toast`, a log call (`Log.d`, `Debug.Log`, `println`,
`System.out.print…`, `Logger`) or an exception.  A file with no Chinese literal is left as it was (`None`): the loader
reads it as before (its comments blanked).  Not handled: a `\\n` inside a literal does not start a new line of the page
(the page keeps the source's lines), so a title and its text in one literal (`"一、定义\\n…"`) stay one line; C#
verbatim strings `@"…"` are read with `\\` as an escape.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.dart import _blank
from policylens.load.scripts import opaque_spans, remembering
from policylens.load.swift import _string_end
from policylens.patterns import DOCUMENT_NAME_END, HAN_CHAR

# the sources read this way (Swift has its own page reader, `load.swift_page`)
APP_CODE_SUFFIXES = (".kt", ".kts", ".java", ".cs")
# a call whose string no page shows: a toast, a log line, a printed line, an exception
_UNSEEN_CALL = lazy(
    r"(?:\bToast\.makeText|\bDebug\.Log\w{0,20}+|\bprintln|\bSystem\.(?:out|err)\.print\w{0,4}+"
    r"|\b(?:[Ll]og(?:ger)?+|LOG(?:GER)?+)\.\w{1,20}+|\bnew[ \t]++\w{0,60}?(?:Exception|Error)\b|\bconsole\.\w{1,10}+)[ \t]*+\([^\n]{0,160}+\Z"
)
_ESCAPE = lazy(r"\\[\s\S]")


def _escape_blank(m: re.Match[str]) -> str:
    """An escape of a kept literal as two characters of text: a line break or tab as spaces, a quote as itself."""
    text = m.group()
    if text[1] in "\"'\\":
        return text[1] + " "
    return "  " if text[1] in "nrt" else text


def literal_text(src: str, path: str = "") -> str | None:
    """`src` with only its Chinese string literals' bodies left in place (see module doc); None when it has none.
    `path` names the source: a Kotlin one (`.kt`, `.kts`) has its `$NAME` templates filled (`_fill_templates`)."""
    if '"' not in src or HAN_CHAR.search(src) is None:
        return None
    constants = _constants(src) if path.lower().endswith((".kt", ".kts")) and "$" in src else {}
    string_end = remembering(_app_string_end)
    starts = _document_starts(src)
    named_string = any(DOCUMENT_NAME_END.search(name) is not None for name in starts)  # once, not per caption
    out: list[str] = []
    kept = False
    k = 0
    for a, _b in opaque_spans(src, string_end, '"', raw=False):
        if not src.startswith('"', a):
            continue  # a comment: blanked with the code around it
        lit = string_end(src, a)
        if lit is None or HAN_CHAR.search(src, lit[0], lit[1]) is None:
            continue
        line_start = src.rfind("\n", 0, a) + 1
        if _UNSEEN_CALL.search(src[max(line_start, a - 200) : a]) is not None:
            continue
        if _caption(src, a, lit) and (kept or _named_again(src, lit, starts)):
            continue
        if _dialog_chrome(src[max(line_start, a - 200) : a], src[lit[0] : lit[1]], named_string):
            continue
        if _computed_value(src, lit):
            continue
        out.append(_blank(src[k : lit[0]]))
        body = src[lit[0] : lit[1]]
        if constants and "$" in body:
            body = _fill_templates(body, constants)
        out.append(body.replace('""', '" ') if _verbatim(src, a) else _ESCAPE.sub(_escape_blank, body))
        k = lit[1]
        kept = True
    if not kept:
        return None
    out.append(_blank(src[k:]))
    return "".join(out)


def _verbatim(src: str, a: int) -> bool:
    """Whether the literal opening at `a` is a C# verbatim string: `@"…"`, `$@"…"` or `@$"…"`."""
    return src.startswith("@", a - 1) or src.startswith("@$", a - 2)


def _app_string_end(src: str, i: int) -> tuple[int, int, int] | None:
    """`load.swift._string_end`, and a C# verbatim string (`@"…"`, u44a2): it may run over lines, a backslash in it is
    no escape and `""` is a quote, so `@"C:\\temp\\"` ends at its quote and a policy held in one `@"…"` over many lines
    keeps its lines (read with `\\` as an escape it was not closed on its line and read as code)."""
    if not (src.startswith('"', i) and _verbatim(src, i)):
        return _string_end(src, i)
    k = i + 1
    while (k := src.find('"', k)) >= 0:
        if not src.startswith('""', k):
            return i + 1, k, k + 1
        k += 2
    return None


def _caption(src: str, a: int, lit: tuple[int, int, int]) -> bool:
    """Whether the literal at `a` is a caption naming a document (`setTitle("隐私政策")`, `ShowDocument("用户协议", text,
    url)`, a button's `"隐私政策"`): a short name ending in what the document is, alone (no `+` joins it to another
    literal, no escape in it), after the page's first line.  A dialog's or a button's caption, not a section of the
    text (eval/structure44 shoestore-settings-java, qiuqiu-consent-cs); the page's first literal may be its title, unless
    the document it names starts again later (`_named_again`)."""
    body = src[lit[0] : lit[1]].strip()
    if len(body) > 12 or "\\" in body or DOCUMENT_NAME_END.search(body) is None:
        return False
    before = src[max(0, a - 200) : a].rstrip(" \t\r\n")  # a window: each literal costs its own span, not the file
    after = src[lit[2] : lit[2] + 200].lstrip(" \t\r\n")
    return not before.endswith("+") and not after.startswith("+")


# a literal that starts a document string: a short name, then a `\n` escape (`"用户许可协议\n\n" +`)
_DOCUMENT_START = lazy(r'"([^"\\\r\n]{1,12}+)\\n')


def _document_starts(src: str) -> dict[str, int]:
    """Each short name that starts a document string in `src`, with where its last such literal ends (one pass)."""
    return {m.group(1).strip(): m.end() for m in _DOCUMENT_START.finditer(src)}


def _named_again(src: str, lit: tuple[int, int, int], starts: dict[str, int]) -> bool:
    """Whether the caption's name starts a document string later in the file (`setText("用户许可协议")` before
    `return "用户许可协议\\n\\n" + …`): the document's own first line is its title, not the caption
    (eval/structure44 datidashi-agreement-java)."""
    return starts.get(src[lit[0] : lit[1]].strip(), -1) > lit[2]


# (u44a2) a dialog's button, or the caption of a dialog: the text right before the literal
_BUTTON_CALL = lazy(r"\.set(?:Positive|Negative|Neutral)Button[ \t]*+\([ \t]*+\Z")
_TITLE_CALL = lazy(r"\.setTitle[ \t]*+\([ \t]*+\Z")


def _dialog_chrome(before: str, body: str, named_string: bool) -> bool:
    """Whether the literal is a dialog's chrome rather than text of a document: a button's label
    (`.setPositiveButton("确定", …)`), or, in a file holding a document string opened by its name (`"隐私政策\\n\\n" + …`),
    the caption of a dialog that names no document (`.setTitle("账户信息")`, `.setTitle("退出登录")`): a settings screen's
    other dialogs, whose captions made the policy's 1.–4. sections under 「账户信息」 (eval/structure44
    shoestore-settings-java).  A file with no such document string keeps its captions (a dialog's only title):
    `named_string` says whether it holds one."""
    if _BUTTON_CALL.search(before) is not None:
        return True
    return named_string and _TITLE_CALL.search(before) is not None and DOCUMENT_NAME_END.search(body.strip()) is None


_JOINED_CODE = lazy(r"[ \t]*+\+[ \t\r\n]*+(?=[A-Za-z_$(])")


def _computed_value(src: str, lit: tuple[int, int, int]) -> bool:
    """Whether the literal is a label whose value the code computes: it ends in a colon and is joined by `+` to code,
    not to another literal (`"邮箱：" + email`).  Read alone it would be an empty field, a false `placeholder-empty`
    (eval/structure44 shoestore-settings-java, its account dialog)."""
    body = _ESCAPE.sub("", src[lit[0] : lit[1]]).rstrip()
    return body.endswith(("：", ":")) and _JOINED_CODE.match(src, lit[2]) is not None


# (u44a2) a Kotlin constant holding one plain literal: `private val PRIVACY_UPDATED_AT = "2026 年 10 月 8 日"`
_CONSTANT = lazy(
    r'(?<![\w$.])(?:const[ \t]++)?+va[lr][ \t]++([A-Za-z_]\w{0,60}+)[ \t]*+(?::[ \t]*+String[ \t]*+)?+=[ \t]*+"([^"\\$\r\n]{1,60}+)"[ \t]*+(?:$|;|//)',
    re.MULTILINE,
)
_TEMPLATE = lazy(r"(?<!\\)\$(?:\{([A-Za-z_]\w{0,60}+)\}|([A-Za-z_]\w{0,60}+))")


def _constants(src: str) -> dict[str, str]:
    """The Kotlin constants of `src` whose value is one plain literal (no escape, no template, not joined), by name."""
    return {m.group(1): m.group(2) for m in _CONSTANT.finditer(src)}


def _fill_templates(body: str, constants: dict[str, str]) -> str:
    """A Kotlin literal's `$NAME` / `${NAME}` templates of the file's constants written as their values, padded with
    spaces to the template's width so that the columns after it hold (`"更新日期：$PRIVACY_UPDATED_AT"` shows
    「更新日期：2026 年 10 月 8 日」, eval/structure44 suibianchi-privacy-kt: read as written, the page had no date and `check`
    said so).  A value wider than its template, or a name the file does not set to a literal, is left as written."""

    def fill(m: re.Match[str]) -> str:
        value = constants.get(m.group(1) or m.group(2))
        if value is None or len(value) > len(m.group()):
            return m.group()
        return value + " " * (len(m.group()) - len(value))

    return _TEMPLATE.sub(fill, body)


# (u44a2) a Compose or Android title `Text`: a literal naming a document, set in a title's weight, size or style
_TEXT_CALL = lazy(r'(?<![\w.$])Text[ \t]*+\([ \t\r\n]*+(?:text[ \t]*+=[ \t]*+)?+(?=")')
_TITLE_STYLE = lazy(
    r"FontWeight\.(?:SemiBold|Bold|ExtraBold|Black)\b|\bfontSize[ \t]*+=[ \t]*+(?:1[89]|[2-9]\d)(?:\.\d++)?+\.sp\b"
    r"|\btypography\.(?:headline|title|display)\w{0,12}+"
)
_CALL_TAIL = 240


def styled_title(src: str) -> tuple[str, int] | None:
    """The first Compose `Text("…隐私政策", fontWeight = FontWeight.SemiBold)` of `src` (a document's name, in a title's
    weight, size or typography, alone in its call) with its line, or None.  A screen may keep its sections as data
    above the composable that shows them, its title written last (eval/structure44 suibianchi-privacy-kt L72, under
    eight sections declared at L29–60): the page read in source order has no title line, but the title is this."""
    string_end = remembering(_app_string_end)
    for m in _TEXT_CALL.finditer(src):
        lit = string_end(src, m.end())
        if lit is None:
            continue
        body = src[lit[0] : lit[1]].strip()
        if not 0 < len(body) <= 40 or "\\" in body or "$" in body or DOCUMENT_NAME_END.search(body) is None:
            continue
        tail = src[lit[2] : lit[2] + _CALL_TAIL]
        close = tail.find(")")
        args = tail[: close if close >= 0 else len(tail)]
        if args.lstrip().startswith(("+", ".")) or _TITLE_STYLE.search(args) is None:
            continue
        return body, src.count("\n", 0, lit[0]) + 1
    return None
