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

A literal no reader sees is not read: the message of a `Toast`, a log call (`Log.d`, `LogUtils.e`, `Timber.d`,
`Debug.Log`, `Console.WriteLine`, `println`, `System.out.print…`, `Logger`) or an exception (`throw …Exception(…)`,
Kotlin's `error(…)`, `require(…) { "…" }`); nor a form's label whose value another widget shows (`"邮箱："`), nor a
control's caption set in code (`agreeLabel.text = "同意"`, r44).  A char literal (`'"'`) opens no string.  A file with no Chinese literal is left as it was (`None`): the loader
reads it as before (its comments blanked).  A `\\n` inside a literal with more text after it on its source line
starts a new line of the page at the same source line (`breaks`, u45a2): a title and its text in one literal
(`"一、定义\\n本协议…"`) are a title line over its text, 「\\n\\n」 a blank line between them; a `\\n` that ends its
line's text (`"1. 信息收集\\n" +`) adds nothing, the source's line break stands for it.  C# verbatim strings `@"…"` are
read with `\\` as an escape.

Objective-C (`.m`, `.mm`; u50l, eval/precision50 skyhawks-tw-objc, found by m50p: not blind) is read the same way:
its `@"…"` literals are C strings (escapes, a backslash ending a line continues the literal over lines, not C#'s
verbatim strings); an `NSLog(…)`'s, a toast's (`makeToast:`, SVProgressHUD's `showErrorWithStatus:`) are no page's,
nor an alert's short caption (`alertControllerWithTitle:@"提示" message:@"…"`, `actionWithTitle:@"确定"`; an alert
holding a whole notice is read).  Read as plain text, `[webView loadHTMLString:html
baseURL:nil]` was a line of the policy (`nil`, a template default: a false error) and a debug log's 「收到来自HTML的消息」
a Simplified line among Traditional ones.  A page whose literals are HTML is read as HTML (`html_literals`).
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.dart import _blank
from policylens.load.scripts import opaque_spans, remembering
from policylens.load.swift import _string_end
from policylens.numbering import parse_number
from policylens.patterns import DOCUMENT_NAME_END, HAN_CHAR, IDENTIFIER_WORDS, SENTENCE_MARKS

# the sources read this way: `load.APP_CODE_SUFFIXES` (Swift has its own page reader, `load.swift_page`)
# a call whose string no page shows: a toast, a log line, a printed line, an exception; (l53j, eval/profiles53w
# sportlottery-tw) an app's own toast helper (`ToastShow.start(this, "驗證碼不得空白")`, `ToastUtils.showShort(…)`,
# `showToast(…)`), a field's error (`phone.setError("…")`) and a snackbar (`Snackbar.make(view, "…", …)`)
_UNSEEN_CALL = lazy(
    r"(?:\bToast\.makeText|\b\w{0,30}?Toast\w{0,20}+\.\w{1,20}+|\b(?:show|make)Toast\w{0,20}+|\.setError|\bSnackbar\.make"
    r"|\b(?:Debug|Timber|[Cc]onsole|Trace)\.\w{1,20}+|\bprint(?:ln|f)?+|\bSystem\.(?:out|err)\.print\w{0,4}+"
    r"|\b(?:[A-Z]{0,3}Log(?:ger|Utils?+|Helper|Manager)?+|log(?:ger)?+|LOG(?:GER)?+)\.\w{1,20}+"
    r"|\b(?:new|throw)[ \t]++(?:new[ \t]++)?+\w{0,60}?(?:Exception|Error)\b|\berror|\b(?:require|check)(?:NotNull)?+)"
    r"[ \t]*+\([^\n]{0,160}+\Z"
)
_ESCAPE = lazy(r"\\[\s\S]")
# (u50l) an Objective-C call whose string no page shows: a log, an assertion, a toast or a progress HUD's status (the
# window before the literal, within its statement)
_OBJC_UNSEEN = lazy(
    r"(?:\bNS(?:Log|Assert\w{0,20}+|CAssert\w{0,20}+)[ \t]*+\(|\b(?:makeToast|show(?:Error|Success|Info)?+WithStatus"
    r"|showToast\w{0,20}+)[ \t]*+:)[^;\n]{0,200}+\Z"
)
# … and an alert's or an action's title or message: a dialog's caption when short, no sentence in it (「提示」, 「确定」,
# 「HTML按钮被点击」); a long one is a document the app shows in an alert (eval/profiles43c paotui-tw: its whole notice
# is an `alertControllerWithTitle:…message:` of 1,000 characters)
_OBJC_DIALOG = lazy(r"\b(?:alert(?:Controller)?+WithTitle|actionWithTitle)[ \t]*+:[^;\n]{0,200}+\Z")
_OBJC_CAPTION_MAX = 20
OBJC_SUFFIXES = (".m", ".mm")
# a literal page's HTML blocks: three or more make it HTML (`html_literals`)
_HTML_BLOCK = lazy(r"(?i)<(?:p|h[1-6]|li|ul|ol|div|br|section|article|table|tr|td)\b[^<>]{0,300}>")


def _ends_statement(text: str) -> bool:
    """Whether `text` (a window of one line) holds a `;` outside its string and char literals."""
    quote = ""
    k = 0
    while k < len(text):
        c = text[k]
        if quote:
            if c == "\\":
                k += 2
                continue
            if c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c == ";":
            return True
        k += 1
    return False


def _unseen(before: str) -> bool:
    """Whether the text `before` a literal on its line ends inside a call whose string no page shows (`_UNSEEN_CALL`):
    a call whose statement has ended (a `;` after its parenthesis, outside strings) holds no later literal (u45h:
    `Log.d(TAG, "加载失败"); val items = listOf("第一条", …)` on one line lost every literal within 160 characters of
    the log call)."""
    k = 0
    while (m := _UNSEEN_CALL.search(before, k)) is not None:
        if not _ends_statement(before[before.index("(", m.start()) :]):
            return True
        k = m.start() + 1
    return False


def _escape_blank(m: re.Match[str]) -> str:
    """An escape of a kept literal as two characters of text: a line break or tab as spaces, a quote as itself."""
    text = m.group()
    if text[1] in "\"'\\":
        return text[1] + " "
    if text[1] == "\n":
        return " \n"  # (u50l) a C or Objective-C literal continued over lines: the backslash is no text
    return "  " if text[1] in "nrt" else text


def literal_text(src: str, path: str = "", breaks: list[int] | None = None) -> str | None:
    """`src` with only its Chinese string literals' bodies left in place (see module doc); None when it has none.
    `path` names the source: a Kotlin one (`.kt`, `.kts`) has its `$NAME` templates filled (`_fill_templates`).
    `breaks`, when given, gets the offset of each `\\n` escape of a kept literal (not a verbatim one) with more of the
    page's text after it on its source line: a line break the page shows (`text.read_text`'s `breaks`)."""
    if '"' not in src or HAN_CHAR.search(src) is None:
        return None
    kotlin = path.lower().endswith((".kt", ".kts"))
    objc = path.lower().endswith(OBJC_SUFFIXES)  # (u50l) `@"…"` is a C string, not C#'s verbatim one
    constants = _constants(src) if kotlin and "$" in src else {}
    raw_strings = kotlin or path.lower().endswith(".cs")  # `"""…"""` is a raw string (no escapes), not Java's text block
    string_end = remembering(_objc_literal_end if objc else _raw_literal_end if raw_strings else _literal_end)
    starts = _document_starts(src)
    named_string = any(DOCUMENT_NAME_END.search(name) is not None for name in starts)  # once, not per caption
    literals = [
        (a, lit)
        for a, _b in opaque_spans(src, string_end, "'\"", raw=False)
        if src.startswith('"', a)  # not a comment (blanked with the code around it), not a char literal `'"'`
        and (lit := string_end(src, a)) is not None
        and HAN_CHAR.search(src, lit[0], lit[1]) is not None
    ]
    out: list[str] = []
    kept = False
    k = size = 0
    for i, (a, lit) in enumerate(literals):
        # (u45h) the window's own line start only: 80,000 literals on one line each searched back to its start (quadratic)
        line_start = src.rfind("\n", max(0, a - 200), a) + 1
        window = src[max(line_start, a - 200) : a]
        if _unseen(window) or (objc and _objc_unseen(window, src[lit[0] : lit[1]])):
            continue
        if _caption(src, a, lit) and _caption_dropped(src, a, lit, kept, starts, literals[i + 1 : i + 2]):
            continue
        if _dialog_chrome(src[max(line_start, a - 200) : a], src[lit[0] : lit[1]], named_string):
            continue
        if _computed_value(src, a, lit) or _ui_label(src, a, lit):
            continue
        out.append(_blank(src[k : lit[0]]))
        at = size = size + len(out[-1])  # (where the body starts on the page: code is blanked to its lines, not its length)
        body = src[lit[0] : lit[1]]
        if constants and "$" in body:
            body = _fill_templates(body, constants)
        verbatim = not objc and _verbatim(src, a)
        # (forty-sixth round) a Kotlin or C# raw string has no escapes: `C:\\new\\table` in one was read as a line break
        # and a tab, the text cut in two (Java's text blocks keep theirs: `_literal_end`)
        raw = raw_strings and lit[0] - a == 3 and not verbatim
        out.append(body.replace('""', '" ') if verbatim else body if raw else _ESCAPE.sub(_escape_blank, body))
        size += len(out[-1])
        if breaks is not None and not verbatim and not raw and "\\n" in body and len(out[-1]) == len(body):
            breaks += (at + m.start() for m in _ESCAPE.finditer(body) if m.group() == "\\n")
        k = lit[1]
        kept = True
    if not kept:
        # (u45h) Chinese literals, none of them the page's (a log's, a toast's, a label's): the page is empty, not the
        # code around them read as text (`a.setText("邮箱：" + b);` was a paragraph of the policy)
        return _blank(src) if literals else None
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


# a char literal: `'"'`, `'\\''`, `'\\u4E2D'`, `'中'`
_CHAR_LITERAL = lazy(r"'(?:\\(?:u[0-9A-Fa-f]{4}|[^\n])|[^'\\\n])'")


def _literal_end(src: str, i: int) -> tuple[int, int, int] | None:
    """A string literal at `i` as `_app_string_end` reads it, or a char literal
    (`'"'`): read whole, so that its quote opens no string (r44: `if (c == '"') "是" else "否"` lost both literals)."""
    if src.startswith("'", i):
        m = _CHAR_LITERAL.match(src, i)
        return None if m is None else (i + 1, m.end() - 1, m.end())
    return _app_string_end(src, i)


def _objc_literal_end(src: str, i: int) -> tuple[int, int, int] | None:
    """An Objective-C string (`@"…"`: escapes, continued over lines by a backslash) or char literal at `i`."""
    if src.startswith("'", i):
        return _literal_end(src, i)
    return _string_end(src, i)


def _objc_unseen(before: str, body: str) -> bool:
    """Whether an Objective-C literal after `before` (its line, up to 200 characters) is no page's text: a log's, a
    toast's (`_OBJC_UNSEEN`), or a dialog's short caption (`_OBJC_DIALOG`)."""
    if _OBJC_UNSEEN.search(before) is not None:
        return True
    caption = len(body.strip()) <= _OBJC_CAPTION_MAX and not any(mark in body for mark in SENTENCE_MARKS)
    return caption and _OBJC_DIALOG.search(before) is not None


def html_literals(page: str) -> bool:
    """(u50l) Whether a source's literal page (`literal_text`) is HTML: three block tags or more (a WebView's
    `loadHTMLString:` of an Objective-C screen holding the policy as one `@"<!DOCTYPE html>…"` literal)."""
    return len(_HTML_BLOCK.findall(page)) >= 3


def _raw_literal_end(src: str, i: int) -> tuple[int, int, int] | None:
    """`_literal_end`, and a Kotlin or C# raw string (opened and closed by three quotes): no backslash in it is an
    escape, so one ending in a backslash ends at its quotes (u45h: read with the backslash as an escape it ran to the
    next literal's opening quotes, and every other literal of the file was read as code); quotes right before the
    closing three are the string's.  Java's text blocks keep their escapes (`_literal_end`)."""
    if not src.startswith('"""', i) or _verbatim(src, i):
        return _literal_end(src, i)
    k = src.find('"""', i + 3)
    if k < 0:
        return None
    while src.startswith('"', k + 3):
        k += 1
    return i + 3, k, k + 3


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


# a caption's setter before it: `setTitle(`, `.title =`, C#'s `Title = `, a `title:` argument, a title view's text
# (`titleText.text = `, `titleTextView.setText(`); not a view of the app's own (`Title("…")` over its text)
_CAPTION_SETTER = lazy(r"(?:\b[Ss]etTitle[ \t]*+\(|[Tt]itle[ \t]*+[=:]|[Tt]itle\w{0,20}+\.(?:text[ \t]*+=|setText[ \t]*+\())[ \t]*+\Z")
_NEAR_LINES = 4  # a lone name with text within this many lines below it is a heading over the text
# a further positional argument after it: `ShowDocument("隐私政策", text, url)` (not a named `fontSize = 17.sp`)
_FURTHER_ARGUMENT = lazy(r"[ \t\r\n]*+,[ \t\r\n]*+(?![A-Za-z_]\w{0,40}+[ \t]*+[=:](?!=))")


def _caption_dropped(
    src: str,
    a: int,
    lit: tuple[int, int, int],
    kept: bool,
    starts: dict[str, int],
    following: list[tuple[int, tuple[int, int, int]]],
) -> bool:
    """Whether a caption (`_caption`) is not read: when the document it names starts again later (`_named_again`); else
    never as the page's first literal (its title); else when it is clearly a caption (the argument of a title setter, or
    a call's first argument before others) or no text follows it within four lines (a Compose `Text(` written over
    four lines, `text = "…",` and its style, before the next `Text(`; another caption, or a document's own
    title line, is no text).  A lone name over its text is a heading: a second document's title (r44:
    `Heading("隐私政策")` over its paragraphs, after a user agreement, was dropped and its text filed under the
    agreement's last section)."""
    if _named_again(src, lit, starts):
        return True
    if not kept:
        return False
    line_start = src.rfind("\n", max(0, a - 80), a) + 1  # (the window's own: a line may be a file long)
    if _CAPTION_SETTER.search(src[max(line_start, a - 80) : a]) or _FURTHER_ARGUMENT.match(src, lit[2]):
        return True
    if not following:
        return True
    after, after_lit = following[0]
    if src.count("\n", lit[2], after) > _NEAR_LINES or _caption(src, after, after_lit):
        return True  # far from any text, or a name over a name (a menu)
    first = src[after_lit[0] : after_lit[1]].split("\\", 1)[0].strip()
    return len(first) <= _MAX_LABEL and DOCUMENT_NAME_END.search(first) is not None  # over a document's own title


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
_DIALOG_BUTTON = lazy(r"\.set(?:Positive|Negative|Neutral)Button[ \t]*+\([ \t]*+\Z")
_TITLE_CALL = lazy(r"\.setTitle[ \t]*+\([ \t]*+\Z")


def _dialog_chrome(before: str, body: str, named_string: bool) -> bool:
    """Whether the literal is a dialog's chrome rather than text of a document: a button's label
    (`.setPositiveButton("确定", …)`), or, in a file holding a document string opened by its name (`"隐私政策\\n\\n" + …`),
    the caption of a dialog that names no document (`.setTitle("账户信息")`, `.setTitle("退出登录")`): a settings screen's
    other dialogs, whose captions made the policy's 1.–4. sections under 「账户信息」 (eval/structure44
    shoestore-settings-java).  A file with no such document string keeps its captions (a dialog's only title):
    `named_string` says whether it holds one."""
    if _DIALOG_BUTTON.search(before) is not None:
        return True
    return named_string and _TITLE_CALL.search(before) is not None and DOCUMENT_NAME_END.search(body.strip()) is None


_JOINED_CODE = lazy(r"[ \t]*+\+[ \t\r\n]*+(?=[A-Za-z_$(])")
# `+` joining the literal to another literal: after it (`"联系电话：" + "400…"`), or before it (`"…\n" + "邮箱："`)
_JOINED_AFTER = lazy(r"[ \t\r\n]*+\+[ \t\r\n]*+\"")
_JOINED_BEFORE = lazy(r"\"[ \t\r\n]*+\+[ \t\r\n]*+\Z")
_MAX_LABEL = 12
# a sentence's lead-in, not a field's name: 「我们会收集以下信息：」
_LEAD_IN = lazy(r"[我您你妳請请]|以下|如下|包括|包含")


def _computed_value(src: str, a: int, lit: tuple[int, int, int]) -> bool:
    """Whether the literal is a label whose value the code computes: it ends in a colon and is joined by `+` to code
    (`"邮箱：" + email`), or it is a short label (no sentence mark, no lead-in word) that no `+` joins to another
    literal, whatever follows it (`mailLabel.setText("邮箱："); mailValue.setText(user.getMail());`, r44).  Read alone
    it would be an empty field, a false `placeholder-empty` (eval/structure44 shoestore-settings-java, its account
    dialog).  A policy's 「联系电话：」 keeps its value in the same literal or joins it with `+ "…"`; a lead-in
    「我们会收集以下信息：」 is read."""
    body = _ESCAPE.sub("", src[lit[0] : lit[1]]).strip()
    if not body.endswith(("：", ":")):
        return False
    if _JOINED_CODE.match(src, lit[2]) is not None:
        return True
    if len(body) > _MAX_LABEL or any(mark in body for mark in SENTENCE_MARKS) or _LEAD_IN.search(body) is not None:
        return False
    return _JOINED_AFTER.match(src, lit[2]) is None and _JOINED_BEFORE.search(src[max(0, a - 80) : a]) is None


# a control's text set in code: `agreeLabel.text = "同意"`, `btnAgree.setText("同意")` (the receiver's name; a bare
# `label`/`noteLabel` is any text's view, not a control's); (l53j, eval/profiles53w sportlottery-tw) a form's
# validation message (`PassWordNotice.setText("密碼最少六位數")`, `phoneError.text = "…"`) and an action's caption
# (`SendSms.setText("發送驗證碼")`, `submitView`, `closeText`): each was read as a section title of the page.  Those
# words also name a section of a page built in code (u53r: `noticeTitle.setText("个人信息收集说明")`,
# `loginTitle`, `errorHeader`, `closeContent`): a receiver named a title, heading or content too is the page's text.
_SET_TEXT = lazy(r"(?<![\w$])([A-Za-z_]\w{0,60}+)\.(?:text[ \t]*+=|setText[ \t]*+\()[ \t]*+\Z")
_CONTROL_WORDS = frozenset({"button", "btn", "tip", "tips", "hint", "toast"}) | frozenset(
    {"agree", "disagree", "accept", "refuse", "reject", "cancel", "confirm", "ok", "exit", "quit"}
)
_MESSAGE_WORDS = frozenset({"notice", "error", "warning", "alert", "send", "submit", "close", "next", "login", "register"})
_SECTION_WORDS = frozenset({"title", "heading", "header", "head", "content", "body", "desc", "detail", "section", "paragraph"})
# a Compose button's label: `Button(onClick = …) {` on the line before `Text("同意")`
_TEXT_CALL_END = lazy(r"(?<![\w.$])Text[ \t]*+\([ \t\r\n]*+(?:text[ \t]*+=[ \t]*+)?+\Z")
_BUTTON_CALL = lazy(r"(?<![\w$])\w{0,30}Button[ \t]*+\(")
_MAX_UI_LABEL = 20


def _ui_label(src: str, a: int, lit: tuple[int, int, int]) -> bool:
    """Whether the literal is a control's caption set in code: short, no sentence mark, no number label, no `+` joining
    it to a neighbour, set as the text of a widget named a button, an action (agree, cancel…), a tip or a hint
    (`agreeLabel.text = "同意"`, `tipText.text = "您需要同意隐私政策才能继续游戏"`) or the `Text` of a Compose
    `Button(…) { … }`, or an icon's `contentDescription`.  Read, each became a line of the page, glued to the policy's last paragraph (r44, a Unity
    panel's 「同意不同意退出游戏…」)."""
    body = src[lit[0] : lit[1]].strip()
    if len(body) > _MAX_UI_LABEL or "\\" in body or any(mark in body for mark in SENTENCE_MARKS):
        return False
    if (
        parse_number(body) is not None
        or DOCUMENT_NAME_END.search(body) is not None
        or src[lit[2] : lit[2] + 80].lstrip(" \t\r\n").startswith("+")
    ):
        return False
    window = src[max(0, a - 200) : a]
    if window.rstrip(" \t\r\n").endswith("+"):
        return False
    assigned = window.rstrip(" \t")
    if assigned.endswith("=") and assigned[:-1].rstrip(" \t").endswith("contentDescription"):
        return True  # an icon's accessible name (`Icon(…, contentDescription = "返回")`), no text of the page
    receiver = _SET_TEXT.search(window[window.rfind("\n") + 1 :])
    if receiver is not None:
        parts = {part.lower() for part in IDENTIFIER_WORDS.findall(receiver.group(1))}
        return not parts.isdisjoint(_CONTROL_WORDS) or (not parts.isdisjoint(_MESSAGE_WORDS) and parts.isdisjoint(_SECTION_WORDS))
    call = _TEXT_CALL_END.search(window)
    if call is None:
        return False
    head = window[: call.start()].rstrip(" \t\r\n")
    return head.endswith("{") and _BUTTON_CALL.search(head[head.rfind("\n") + 1 :]) is not None


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
