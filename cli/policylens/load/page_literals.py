"""A component or script whose policy is a template literal of Markdown, prose or HTML.

A page keeps its policy as Markdown handed to a renderer (`const PRIVACY_MD = \\`## 一、…\\``: eval/profiles36
chuanyou-tsx, shuxue-tsx, xuno-tsx, every item of both Chinese profiles missing when it was blanked), just as often as plain
prose (``const privacyPolicyContent = `版本号：1.0 … 第一条 服务内容与模式 …` ``, shown in a modal through `{content}`
or split on newlines) or as HTML (`` dangerouslySetInnerHTML={{ __html: `<h2>一、…</h2><p>…</p>` }} ``).  The JSX reader
blanked each with the code, so the policy was read as the page's form labels and buttons, and its headings were lost
(thirty-sixth session, eval/structure36b wukong-register-tsx: 18 headings missed, 4 form labels taken as headings).

`literal_page` finds the literals that are a document (`load.template_literals` walks the source for them) and
says in which format to read them:

- Markdown: two lines opening with `#`, or a first line `# 隐私政策…` / `# Privacy Policy…` naming a policy;
- HTML: block tags (`<p>`, `<h2>`, `<li>`, `<div>`, `<br>` …), at least three;
- plain text: prose, several lines holding Chinese, Chinese the bulk of its characters, closed by sentence marks.

A literal of CSS, SQL, GraphQL or class names holds no such prose (its Chinese, if any, is a comment among code) and
is not counted.  Counted literals must hold most of the file's Chinese, so a page whose
markup is the policy is left to the JSX reader.  The source is returned with everything else blanked, length for
length (newlines kept, so every line and column holds).  A `${…}` inside a counted Markdown literal is blanked; in prose or HTML a value is kept as written (a `${…}` of code, over lines or holding a
template of its own, is blanked: `_code_hole`), as the text and HTML readers read a script's
`${…}` (the checks know it as the language's own, not an empty slot: blanked, 「歡迎使用 ${i.company}（以下簡稱
「本公司」）」 became an empty name before 「以下簡稱」, a false error on eval/blind/round36b songfu-tw-js).
Every counted literal is read, in the format of the one holding most Chinese, with any long Markdown or HTML literal
of that format in another language beside it (the document's English edition); an HTML literal read as text has its
tags blanked.  Each escape (`\\n`, `` \\` ``) is read as its value, length for length (`_cooked`).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.literal_shells import HOLE_NAME as _NAME_HOLE  # a counted literal's `${contactBlock}`
from policylens.load.literal_shells import page_shells
from policylens.load.template_literals import LITERAL_SUFFIXES, template_literals
from policylens.model import Format
from policylens.patterns import DOCUMENT_NAME_END, HAN_CHAR

# (u57j) a hole naming a constant or a member path of an object constant: `${LAST_UPDATED}`, `${PRIVACY.email}`
_PATH_HOLE = lazy(r"\$\{[ \t]*+([A-Za-z_$][\w$]{0,60}+(?:\.[A-Za-z_$][\w$]{0,60}+){0,8}+)[ \t]*+\}")
_MD_HEADING = lazy(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+\S")
_HTML_BLOCK = lazy(r"(?i)<(?:p|h[1-6]|li|ul|ol|div|br|section|article|table|tr|td|strong|b)\b[^<>]{0,300}>")
_SENTENCE_END = lazy(r"[。；！？]")
_TAG = lazy(r"</?[A-Za-z][^<>]{0,300}>")
_INDENTED_AFTER_BLANK = lazy(r"\n[ \t]*\r?\n(?: {4}|\t)[ \t]*\S")  # a blank line, then one indented as Markdown's code
# `const contactBlock = `` / `let x: string = `` right before a literal's backtick
_ASSIGNED = lazy(r"\b(?:const|let|var)[ \t]+([A-Za-z_$][\w$]{0,60})[ \t]*(?::[^=`\n]{1,60})?=[ \t]*`\Z")
_MIN_NAMED_HAN = 4  # Chinese characters a literal shown through `${name}` holds at least
_MIN_HAN = 80  # Chinese characters a counted literal holds at least
_MIN_TEXT_HAN = 200  # a prose literal (no Markdown, no tags) is a document only with this much Chinese
_MIN_TEXT_LINES = 3  # … on this many lines holding Chinese
_MIN_HAN_SHARE = 0.5  # … and Chinese is at least this share of its visible characters
_SHARE = 0.8  # the counted literals hold at least this share of the file's Chinese
_MIN_EDITION_CHARS = 400  # another language's edition of a counted literal holds at least this many visible characters
# (u48k3, eval/blind/round48b cmsfallback-zh-en-tsx) a literal opening with a Markdown heading that names a policy:
# 「# 隐私政策（草案）」, "# Privacy Policy — Draft" — a short page (one heading, a note and a paragraph) is Markdown too
_DOC_HEADING = lazy(
    r"\A\s*#{1,3}[ \t]+[^\n]{0,12}?(?:隐私政策|隱私政策|隱私權政策|隐私权政策|私隱政策|隐私声明|隱私聲明|私隱聲明|服务条款|服務條款"
    r"|用户协议|用戶協議|(?i:privacy[ \t]+(?:policy|notice|statement)|terms[ \t]+of[ \t]+(?:service|use)))"
)
_MIN_HEADED_EDITION_CHARS = 200  # … or this many, when it opens with such a heading
# (u56j) a prose edition's first line naming the document in English: "Privacy Policy", "Terms of Service – App"
_EDITION_NAME = lazy(
    r"\A[ \t\r\n]*+[^\n]{0,20}?(?i:privacy[ \t]+(?:policy|notice|statement)|terms[ \t]+of[ \t]+(?:service|use)|user[ \t]+agreement)"
    r"[^\n]{0,30}+\n"
)
_EDITION_SENTENCE = lazy(r"[a-z][.!?][ \t]*+(?:\n|\Z)")  # a line ending on a sentence's end
_MIN_EDITION_SENTENCES = 3
# a line opening with a Chinese section number: 「一、信息收集」, 「第三条 …」 (`_named_document`)
_SECTION_LINE = lazy(r"(?m)^[ \t\u3000]*+(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百]{1,4}[条條章])")
_NAME_MAX = 30  # characters of a literal's first line naming a document
_MIN_SECTIONS = 2  # numbered section lines a literal opening with a document's name holds at least
_NAMED_SHARE = 0.5  # literals opening with a document's name hold at least this share of the file's Chinese


def _named_document(body: str) -> bool:
    """A literal whose first line names a document (「牌局环境守护 · 隐私政策」, 「AI智能菜谱用户服务协议」) over at least
    two lines opening with a Chinese section number (「一、信息收集」).

    Such a literal is a document however short its items and however much of the file's Chinese the code around it
    holds: a consent dialog's JSX and comments (eval/structure45 paiju-privacy-tsx, 73% of the Chinese in the two
    literals) or a mini-program page's toasts (chilema-login-ts, 58%; its items end in no sentence mark) had the
    documents blanked, the page read as its dialog or as the script's comments.
    """
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    if not 0 < len(first) <= _NAME_MAX or HAN_CHAR.search(first) is None or DOCUMENT_NAME_END.search(first) is None:
        return False
    return len(_SECTION_LINE.findall(body)) >= _MIN_SECTIONS


def _kind(body: str) -> Format | None:
    """The format a literal's text (its `${…}` blanked) is written in, or None when it is no document."""
    han = len(HAN_CHAR.findall(body))
    if han < _MIN_HAN:
        return None
    if len(_MD_HEADING.findall(body)) >= 2 or _DOC_HEADING.match(body):
        return "markdown"
    if len(_HTML_BLOCK.findall(body)) >= 3:
        return "html"
    if _named_document(body):
        return "text"
    visible = sum(1 for c in body if not c.isspace())
    lines = sum(1 for line in body.splitlines() if HAN_CHAR.search(line))
    if han >= _MIN_TEXT_HAN and lines >= _MIN_TEXT_LINES and han >= _MIN_HAN_SHARE * visible and len(_SENTENCE_END.findall(body)) >= 2:
        return "text"
    return None


def _edition_in_another_language(body: str, kind: Format) -> bool:
    """A literal of the same structured format beside the Chinese one, with little or no Chinese: the document's other
    edition (``const info_zh = `<p><strong>引言</strong>…` `` then ``const info_en = `<p><strong>Policy Introduction…` ``).

    Counted only by its Chinese, the English edition was blanked and its seven sections lost (eval/structure37
    xs-policy-ts, read as HTML with its code before `load.page_literals`).  Markdown or HTML only, and long enough to
    be a document: a short English template or prose string stays code.
    """
    visible = sum(1 for c in body if not c.isspace())
    if kind == "markdown" and visible >= _MIN_HEADED_EDITION_CHARS and _DOC_HEADING.match(body):
        return True  # "# Privacy Policy — Draft" then a note and a paragraph: the short page's English edition
    if visible < _MIN_EDITION_CHARS:
        return False
    if kind == "text":
        # (u56j, eval/profiles56p cihui-bil: `Record<SupportedLegalLang, string>` of a zh-CN and an en-US literal, the
        # English edition blanked without a word) a prose literal whose first line names the document in English
        return _EDITION_NAME.match(body) is not None and len(_EDITION_SENTENCE.findall(body)) >= _MIN_EDITION_SENTENCES
    if kind == "markdown":
        return len(_MD_HEADING.findall(body)) >= 2
    return kind == "html" and len(_HTML_BLOCK.findall(body)) >= 3


def _blank(text: str) -> list[str]:
    """`text` blanked with spaces, its newlines kept."""
    return [c if c in "\r\n" else " " for c in text]


def literal_page(path: str, text: str) -> tuple[str, Format] | None:
    """The source with all but its document literals blanked, and the format to read them in; None when it has none."""
    if not path.lower().endswith(LITERAL_SUFFIXES) or "`" not in text:
        return None
    if len(HAN_CHAR.findall(text)) < _MIN_HAN:
        return None
    kept: list[tuple[int, int, list[tuple[int, int]], Format, int]] = []
    others: list[tuple[int, int, list[tuple[int, int]], str]] = []
    comments: list[tuple[int, int]] = []
    literals = template_literals(text, comments)
    # (u47k, eval/blind/round47 butp-ts) the file's Chinese without its comments: a comment is shown to no reader, and a
    # script whose fallback policy is one prose literal, its code commented in Chinese (「// 使用mammoth解析Word文档」),
    # held 74% of the Chinese in the literal, under `_SHARE`, and was read as plain text, code and all (a false error on
    # `extractRawText({ arrayBuffer })`, its comments as headings)
    total = len(HAN_CHAR.findall(text)) - sum(len(HAN_CHAR.findall(text, a, b)) for a, b in comments)
    for start, end, holes in literals:
        chars = list(text[start + 1 : end - 1])
        for a, b in holes:
            chars[a - start - 1 : b - start - 1] = _blank(text[a:b])
        body = "".join(chars)
        kind = _kind(body)
        if kind is not None:
            kept.append((start, end, holes, kind, len(HAN_CHAR.findall(body))))
        else:
            others.append((start, end, holes, body))
    named = any(own == "text" and _named_document(text[start + 1 : end - 1]) for start, end, _, own, _ in kept)
    if not kept or sum(han for *_, han in kept) < (_NAMED_SHARE if named else _SHARE) * total:
        return None
    kind = max(kept, key=lambda k: k[4])[3]
    if (
        kind == "html"
        and any(own == "markdown" for *_, own, _ in kept)
        and not any(_INDENTED_AFTER_BLANK.search(text, start, end) for start, end, _, own, _ in kept if own == "html")
    ):
        # a Markdown literal beside the HTML one: the Markdown reader reads both (HTML blocks are Markdown's), the HTML
        # reader ran the Markdown into one paragraph 「# 隐私政策## 一、信息…」; HTML indented by four spaces after a
        # blank line would be a code block to it, so such a page stays HTML
        kind = "markdown"
    kept += [(start, end, holes, kind, 0) for start, end, holes, body in others if _edition_in_another_language(body, kind)]
    kept += _interpolated(text, kept, others)
    blanks: list[tuple[int, int]] = []  # (u55x2) a page shell's head and parameter slots (`literal_shells.page_shells`)
    if kind == "html":
        taken = {start for start, *_ in kept}
        rest = [(start, end, holes) for start, end, holes, _ in others if start not in taken]
        for start, end, holes, spans in page_shells(text, [(start, end) for start, end, *_ in kept], rest):
            kept.append((start, end, holes, "html", 0))
            blanks += spans
    out = _blank(text)
    values: dict[str, str] | None = None  # the file's string constants (`_constant_hole`), looked up once if needed
    for start, end, holes, own, _ in kept:
        out[start + 1 : end - 1] = _cooked(text, start + 1, end - 1, holes, markdown=kind == "markdown")
        if kind == "text" and own == "html":
            # an HTML literal beside a longer prose one, all read as text: its tags are markup, not words (read as
            # written, 「<h2>一、我们收集的信息</h2> <p>…</p>」 was one paragraph of tags)
            for tag in _TAG.finditer(text, start + 1, end - 1):
                out[tag.start() : tag.end()] = _blank(tag.group())
        for a, b in holes:
            name = _PATH_HOLE.fullmatch(text, a, b)  # (u57j) `${PRIVACY.email}`: a member of an object constant too
            if name is not None and values is None:
                from policylens.load.shown_constants import js_string_constants

                values = js_string_constants(text)
            if name is not None and "." in name.group(1) and kind == "html" and text.rfind("<", start, a) > text.rfind(">", start, a):
                name = None  # (a member in a tag, `src="${ICONS.lock}"`: no text, and the columns after it would move)
            if name is not None and values and (value := values.get(name.group(1))) is not None:
                _constant_hole(out, a, b, value.replace("&", "&amp;") if kind == "html" else value)
            elif kind == "markdown" or _code_hole(text[a:b]):
                out[a:b] = _blank(text[a:b])
    for a, b in blanks:
        out[a:b] = _blank(text[a:b])
    return "".join(out), kind


def _constant_hole(out: list[str], a: int, b: int, value: str) -> None:
    """(u55j, eval/profiles55p photospeak-bil) A document literal's `${NAME}` naming a string constant of the same file
    (`const LAST_UPDATED = '2026-05-05';`: bound once, one plain literal, `shown_constants.js_string_constants`) written
    as the constant's text, as the page shows it: 「最后更新：${LAST_UPDATED}」 was a page with no date (a missed
    `last-updated`), 「请发邮件至 ${SUPPORT_EMAIL}」 one with no address.  The value takes the slot's place as it is: the
    columns after it move on its own line only (a value holds no line break, so every line number holds).  Not padded
    to the slot's length, as `shown_constants.jsx_shown_constants` pads a JSX child: a literal read as text keeps
    spaces, and 「（暫行版本 ${CONSENT_TEXT_VERSION}）」 became 「（暫行版本 v0-provisional-2026-05 ）」 (profiles46c kinroster-tw).  Any other `${…}` (an import, a parameter, a name bound twice, a
    computed value) stays as written (prose, HTML) or blanked (Markdown), as before: never an empty slot."""
    out[a] = value
    out[a + 1 : b] = [""] * (b - a - 1)


def _interpolated(
    text: str, kept: list[tuple[int, int, list[tuple[int, int]], Format, int]], others: list[tuple[int, int, list[tuple[int, int]], str]]
) -> list[tuple[int, int, list[tuple[int, int]], Format, int]]:
    """The short literals a counted one shows through a `${name}` (``const contactBlock = `<strong>聯絡我們</strong>…` ``
    then `${contactBlock}` at the policy's end), read where they are written: too short to count, they were blanked
    and the policy's contact section lost (eval/blind/round36b songfu-tw-js).  Only a literal holding Chinese and no
    brace outside its holes (a `${styles}` of CSS is code); read in the document's format, tags and all.
    """
    names = {m.group(1) for start, end, *_ in kept for m in _NAME_HOLE.finditer(text, start, end)}
    found: list[tuple[int, int, list[tuple[int, int]], Format, int]] = []
    for start, end, holes, body in others:
        named = _ASSIGNED.search(text, max(0, start - 120), start + 1)
        if named is None or named.group(1) not in names or "{" in body or "}" in body:
            continue
        if len(HAN_CHAR.findall(body)) >= _MIN_NAMED_HAN:
            found.append((start, end, holes, "html" if _HTML_BLOCK.search(body) else "text", 0))
    return found


def _code_hole(hole: str) -> bool:
    """A `${…}` that is a block of code, not a value: it runs over lines or holds a template of its own
    (``${items.map((item) => `<li>${item}</li>`).join('')}``).  Kept, the HTML reader showed it as a paragraph 「$」
    and the text reader as prose; a value (`${i.company}`, `${t('name')}`) stays, as the checks know it."""
    return "\n" in hole or "`" in hole


# an escape of a template literal and what the page shows for it, length for length: `\n` ends a line in the
# literal's value (a one-line literal of `<h2>…</h2>\n<p>…</p>`), which every reader takes as white space
_ESCAPES = {"n": "  ", "r": "  ", "t": "  ", "`": " `", "$": " $", "\\": " \\", "'": " '", '"': ' "', "\n": " \n"}


def _cooked(text: str, start: int, end: int, holes: list[tuple[int, int]], *, markdown: bool = False) -> list[str]:
    """The literal's text `text[start:end]` with its escapes (`\\n`, `` \\` ``, `\\$`, `\\\\`, a quote, a line
    continuation) as its value shows them, length for length (in Markdown, `\\n`, `\\t`, `\\r` only); a `${…}` is code
    and left as it is.  Read as written,
    `<h2>一、…</h2>\\n<p>` held a paragraph 「\\n」 and 「答复您的\\`请求\\`」 its backslashes."""
    out = list(text[start:end])
    spans = sorted(holes)
    h, i = 0, start
    while i < end - 1:
        while h < len(spans) and spans[h][1] <= i:
            h += 1
        if h < len(spans) and spans[h][0] <= i:
            i = spans[h][1]
            continue
        if text[i] == "\\":
            # Markdown reads a backslash before punctuation itself (`` \\` `` is a backtick, not code): only a letter's
            # escape is cooked there
            shown = None if markdown and not text[i + 1].isalpha() else _ESCAPES.get(text[i + 1])
            if shown is not None:
                out[i - start : i - start + 2] = list(shown)
            i += 2
        else:
            i += 1
    return out
