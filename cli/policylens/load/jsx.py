"""A React page's source (`.tsx`, `.jsx`): its JSX markup is the page, its code is not.

A policy kept as a component (`export default function Privacy() { return <div>…</div> }`, often a Word export
converted to JSX: `style={{fontFamily: '"Times New Roman",serif'}}` on every span, `<style dangerouslySetInnerHTML=
{{__html: "p.Standard {…}"}} />`) was read as an HTML page, and its code as text: the imports and a route's `meta`
became paragraphs, and a self-closed `<style … />` (an HTML reader waits for `</style>`) swallowed the page, so that a
commit that only renamed a class or dropped a colour showed 178 changes (twenty-second session, `eval/dev22d`
blophy-tsx-restyle).  `blank_jsx` rewrites the source in place, length for length, before the HTML reader sees it:

- the code around the markup's top-level elements (imports, types, `export const meta = …`, the function head, the
  rest of a component and a helper component's head after it).  A top-level element is one that starts an operand of
  the code (`return (<Container>`, a second branch's `return (<div>`, `const note = <p>`), capitalised components
  included; with none, the markup runs from the first lower-case tag to the last `>`.  (Twenty-sixth session, round26:
  a page whose helper components follow its default export was refused, the markup then running from its first tag to
  the helpers' last `>` through their code; a page made only of `<Container>`/`<Typography>` lost the text before its
  first `<br />`.);
- every `{…}` expression: an attribute's value (`style={{…}}`, `className={cls}`) and a child (`{" "}`, `{items.map(…)}`:
  text computed at run time, not written here);
- a self-closed `<style … />` or `<script … />` (no text, and no closing tag for the HTML reader to wait for);
- except a style object that hides its element (`style={{ display: 'none' }}`), written as the attribute `hidden`, so
  that the HTML reader reads and announces the hidden text as it does an HTML page's (twenty-ninth session).

A child expression is code, but markup can sit in it: a page localised in place (`{lang === "en" ? (<>…</>) : (<>…</>)}`,
`{isZh && <p>…</p>}`) keeps the whole policy there, and blanking the braces read it as empty, so every paragraph of
the new version was shown deleted and its real edits hidden (twenty-third session, `eval/blind/pairs23`
thousandsmore-tsx).  So an element that starts an operand (after `(`, `?`, `:`, `&&`, `||`, `=>`, `,`, `[`, `{` or
`return`; not `a < b` nor `useState<T>`) is read as markup, its own expressions handled the same way, and a string
literal that is an operand (`{lang === "en" ? "Back to Home" : "返回首页"}`) is kept when it holds Chinese: the Chinese
branch of a language switch is the text a reviewer reads; an English branch's literal, a key (`t("privacy.title")`) and
a comparison (`lang === "中文"`) stay code.  Attribute expressions are blanked whole, as before.

Blanked characters become `server_code.CODE` (the HTML reader drops it, keeping the positions of the text around it);
newlines stay newlines, so line numbers hold.  Text written between the tags is kept as written.

A child expression that prints a value (`{CONTACT_EMAIL}`, `{t("contact")}`, `{items.map(…)}`: none of its markup or
Chinese literals read) leaves no text, but the page shows something there: `blank_jsx` reports where it stands
(`computed`), and the reader records it with the page's other shown-not-written things (`Document.media`), as
`load.server_code` does for `<?php echo $email; ?>`.  Twenty-seventh session, round27: 「請以電郵聯絡我們：{' '}<a …>
{CONTACT_EMAIL}</a>。」 read as 「…：。」 and was reported as an empty clause, an error on a clean Hong Kong page.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from policylens.lazyre import lazy
from policylens.load.jsx_locale import edition_text, in_sentence_or_heading, locale_switch, separate_editions, switch_call, tests_locale
from policylens.load.server_code import CODE
from policylens.patterns import DATE_CUE, EMAIL, HAN_CHAR, URL_START

JSX_SUFFIXES = (".tsx", ".jsx")
# A React component saved as `.js` (Create React App's and Next.js's default name): its source imports React or React
# Native and returns JSX.  Read as a `.jsx` (eval/profiles29 termly-en, ntu-tw): before, one was read as an HTML page with
# its code and its `{/* … */}` comments as text (a commented-out opt-out cited as the GDPR withdrawal), another as plain
# text with its tags (「蒐集目的及類別</Text>為提供…」).
_SCRIPT_SUFFIXES = (".js", ".mjs")
_REACT_IMPORT = lazy(r"""(?m)^[ \t]*+import\b[^;\n]{0,200}?\bfrom[ \t]*+['"](?:react|react-native)['"]""")
_JSX_RETURN = lazy(r"\breturn[ \t\r\n]*+\(?[ \t\r\n]*+<[A-Za-z>]")


def is_jsx_source(path: str, text: str) -> bool:
    """Is the file a React component's source: named `.tsx`/`.jsx`, or a `.js`/`.mjs` that imports React (or React
    Native) and returns JSX markup?"""
    name = path.lower()
    if name.endswith(JSX_SUFFIXES):
        return True
    return name.endswith(_SCRIPT_SUFFIXES) and _REACT_IMPORT.search(text, 0, 20000) is not None and _JSX_RETURN.search(text) is not None


# (thirtieth session, u30t) a component library whose `<View>` is a block, as a mini-program's `<view>`: Taro
# (「import { Text, View } from "@tarojs/components"」, eval/structure30 sliver-tsx: a 59 kB Word-converted policy of
# `<View>` paragraphs read as one paragraph, its 35 titles lost) and React Native.  A web page's own `View` component
# is not assumed to be one.
_VIEW_IMPORT = lazy(
    r"""(?m)^[ \t]*+import[ \t]*+(?:type[ \t]++)?\{[^{}]{0,400}?\bView\b[^{}]{0,400}?\}[ \t\r\n]*+from[ \t]*+"""
    r"""['"](?:@tarojs/components|react-native|remax/(?:wechat|ali|toutiao|one))['"]"""
)


def imports_view(text: str) -> bool:
    """Does a React component take its `<View>` from a library that renders it as a block (`_VIEW_IMPORT`)?"""
    return _VIEW_IMPORT.search(text, 0, 20000) is not None


# A React Native screen: its `<View>` comes from `react-native` itself.  There a `<Text>` laid out in a `<View>` is a box
# of its own (the `<View>` stacks its children), and only a `<Text>` inside a `<Text>` runs inline, so the section
# titles 「<Text style={styles.sectionTitle}>四、隐私保护</Text><Text style={styles.paragraph}>我们重视…</Text>」 are lines
# of their own; a Taro or Remax page's `<Text>` is a `<span>` (thirty-fourth session, u34a).
# (A screen that takes only `Text` and a `ScrollView` from `react-native`, its `View` inside an imported sheet, is one
# too: eval/precision40 cuhk-nursing-privacy-hk-tsx, whose titles and paragraphs ran into one paragraph.)
_NATIVE_VIEW_IMPORT = lazy(
    r"""(?m)^[ \t]*+import[ \t]*+(?:type[ \t]++)?\{[^{}]{0,400}?\b(?:View|ScrollView|SafeAreaView|Text)\b[^{}]{0,400}?\}[ \t\r\n]*+from[ \t]*+['"]react-native['"]"""
)


def imports_native_view(text: str) -> bool:
    """Is a React component a React Native screen, its `<View>` taken from `react-native` (`_NATIVE_VIEW_IMPORT`)?"""
    return _NATIVE_VIEW_IMPORT.search(text, 0, 20000) is not None


# In a React Native <Text> a line-break literal is a line break: 「<Text>1.1 服务内容{'\n'}本应用是…</Text>」 shows its
# label on a line of its own over the text (a web page collapses it into a space).  Read as a <br>.
_NEWLINE_CHILD = lazy(r"""\{[ \t]*+(["'`])\\n\1[ \t]*+\}""")
# A React Native screen's styles are named objects, not classes: 「<Text style={[styles.sectionTitle, {color}]}>」.  A
# style whose name says title or heading marks a title as a web page's 「class="section-title"」 does.
_STYLE_PROP = lazy(r"(?<![\w-])style[ \t]*+=[ \t]*+(?=\{)")
_TITLE_STYLE = lazy(r"\bstyles\.(\w*(?:[Tt]itle|[Hh]eading)\w*)")
# A sub-heading's style, 「<Text style={styles.subheading}>個人識別資訊</Text>」 under a section's title (eval/structure36b
# loveboost-privacy-rn): a title one level down, read as a title class (「subheading-title」, in the columns the style took).
_SUB_HEADING_STYLE = lazy(r"(?i)sub_?heading\d?")
# The screen header's title and the subtitle right under it, 「<Text style={styles.title}>隱私權政策</Text><Text
# style={styles.subtitle}>保護您的隱私是我們的首要任務</Text>」: the subtitle is the header's text, no section of the policy
# (a `sectionSubtitle`, or a `subTitle` after a section's title, stays a title).
_PAGE_TITLE_STYLE = lazy(r"(?i)(?:header|page|main|screen|hero|top)?_?title")
_PAGE_SUBTITLE_STYLE = lazy(r"(?i)(?:header|page|main|screen|hero|top)?_?sub_?title")


def native_marks(source: str, blanked: str, code: list[tuple[int, int]]) -> str:
    """`blanked` (`blank_jsx` of a React Native screen's `source`) with, in its markup (outside the `code` spans), each
    line-break child `{'\\n'}` read as a `<br/>` (`_NEWLINE_CHILD`) and each `style` naming a title style read as that
    class (`_TITLE_STYLE`), in the columns they took."""

    starts = [a for a, _ in code]  # (in order, apart: `blank_jsx` writes them from the text's start)

    def in_markup(at: int) -> bool:
        k = bisect_right(starts, at) - 1  # (a search per match: a scan of the spans made 8,000 one-line components 5 s)
        return not (k >= 0 and code[k][0] <= at < code[k][1])

    out = list(blanked)
    for m in _NEWLINE_CHILD.finditer(source):
        if in_markup(m.start()) and all(c == CODE for c in blanked[m.start() : m.end()]):
            out[m.start() : m.start() + 5] = "<br/>"
    previous = ""  # the previous title style's name
    for m in _STYLE_PROP.finditer(source):
        if not in_markup(m.start()):
            continue
        close = matching(source, m.end(), min(len(source) - 1, m.end() + 2000))
        if source[close] != "}" or any(c != CODE for c in blanked[m.end() : close + 1] if c not in "\r\n"):
            continue
        name = _TITLE_STYLE.search(source, m.end(), close)
        value = f'class="{name.group(1)}"' if name is not None else ""
        if name is not None:
            if _PAGE_SUBTITLE_STYLE.fullmatch(name.group(1)) and _PAGE_TITLE_STYLE.fullmatch(previous):
                value = ""  # the header's subtitle under the screen's title: text
            elif _SUB_HEADING_STYLE.fullmatch(name.group(1)):
                value = f'class="{name.group(1)}-title"'
            previous = name.group(1)
        if value and m.start() + len(value) <= close + 1 and "\n" not in source[m.start() : m.start() + len(value)]:
            out[m.start() : m.start() + len(value)] = value  # (the rest of the expression blank, its line breaks kept)
            out[m.start() + len(value) : close + 1] = [c if c in "\r\n" else " " for c in source[m.start() + len(value) : close + 1]]
    return "".join(out)


# A style sheet imported as an object of class names (a CSS module, or a Less/Sass file a Taro build loads as one):
# `import styles from './privacy.module.scss'`, `import * as styles from './index.module.scss'` (TypeScript's usual form),
# `const styles = require('./index.less')`, `import styles from './index.less'`.
_STYLE_MODULE_IMPORT = lazy(
    r"""(?m)^[ \t]*+(?:import[ \t]++(?:\*[ \t]*+as[ \t]++)?([A-Za-z_$][\w$]{0,40})[ \t]++from[ \t]*+"""
    r"""|(?:const|let|var)[ \t]++([A-Za-z_$][\w$]{0,40})[ \t]*+=[ \t]*+require[ \t]*+\([ \t]*+)"""
    r"""['"][^'"\n]{1,200}\.(?:css|scss|sass|less|styl)['"]"""
)
# a class given as one of its names: `className={styles.sectionTitle}`, `className={styles['section-title']}`
_MODULE_CLASS = lazy(
    r"""(?<![\w-])className[ \t]*+=[ \t]*+\{[ \t]*+([A-Za-z_$][\w$]{0,40})(?:\.([A-Za-z_][\w-]{0,60})|\[[ \t]*+(["'])([A-Za-z_][\w-]{0,60})\3[ \t]*+\])[ \t]*+\}"""
)


def module_classes(source: str, blanked: str) -> str:
    """`blanked` (`blank_jsx` of a Taro or Remax page's `source`) with each class given by its name in an imported style
    module written as the class itself, in the columns it took: 「<Text className={styles.sectionTitle}>一、服务内容</Text>」
    reads as 「<Text className="sectionTitle">」.

    Such a page's `<Text>` is a `<span>`, and the reader keeps a title `<Text>` on a line of its own by its class
    (`load.html.extractor`, `_taro_box`); the expression was code, so a page written with CSS modules (its style sheet
    a `.module.scss` sheet, or a `.less` one a Taro build loads as a module) ran its titles into their text (forty-third session,
    u43a).  Only the names of an object imported from a style file; a class computed otherwise stays code.
    """
    names = {m.group(1) or m.group(2) for m in _STYLE_MODULE_IMPORT.finditer(source, 0, 20000)}
    if not names:
        return blanked
    out: list[str] | None = None
    for m in _MODULE_CLASS.finditer(source):
        brace = m.start() + m.group().index("{")  # (the expression's columns, after 「className =」 and its blanks)
        if m.group(1) not in names or any(c != CODE for c in blanked[brace : m.end()] if c not in " \t"):
            continue  # (not the page's markup: its expression was not blanked as an attribute's)
        value = f'className="{m.group(2) or m.group(4)}"'
        if out is None:
            out = list(blanked)
        out[m.start() : m.end()] = value + " " * (m.end() - m.start() - len(value))
    return blanked if out is None else "".join(out)


# the first element of the markup: a lower-case (intrinsic) tag, `<div`, `<p>`; not a type argument `Array<string>`
_FIRST_TAG = lazy(r"<[a-z][\w.-]{0,40}+(?=[\s/>])")
_SELF_CLOSED_RAW = lazy(r"<(?:style|script)\b[^<>]{0,100000}?/>", re.I)
_QUOTES = "\"'`"
# A date the page computes and prints after a date cue, its code blanked below: 「更新于 <time dateTime={modifiedDate
# .toISOString()}>{modifiedDate.toLocaleDateString("zh", …)}</time>」 (eval/precision26/seekreturns-tsx: a false "no
# date"), "Last updated: <span>{formatDate(meta.updated)}</span>".  Not today's date, `{new Date().toLocaleDateString()}`
# (the policy has no date of its own).
_COMPUTED_DATE = lazy(
    rf"(?:{DATE_CUE})[^<>{{}}\n]{{0,12}}(?:\s*+</?[A-Za-z][^<>]{{0,300}}>)*+\s*+"
    r"\{(?!\s*+(?:new\s+Date\s*+\(\s*+\)|Date\.now\s*+\())[^{}\n]{0,120}?(?i:date|time|updated|modified)"
)


def computed_date(text: str) -> bool:
    """Does a React page print, after a date cue, a date its code computes (`_COMPUTED_DATE`)?"""
    return _COMPUTED_DATE.search(text) is not None


# an element assigned (`const note = <p>`), not a comparison `a <= b`, `a == <b` or an arrow `=>` (an operand opener)
_ASSIGNED = lazy(r"(?<![=!<>])=[ \t\r\n]*\Z")


def blank_jsx(
    text: str,
    computed: list[int] | None = None,
    alternates: list[tuple[int, str, str]] | None = None,
    code: list[tuple[int, int]] | None = None,
    literals: list[tuple[int, int]] | None = None,
) -> str:
    """`text` with its code blanked (see module doc); unchanged when it has no element.  `computed`, if given, receives
    the offset of each child expression that prints a value of its own (see module doc); `alternates` each inline branch
    of a condition not read, as (its offset, its text, the text read in its place) (`_operands`); `code` the spans
    (start, end) of the code around the markup's top-level elements (imports, data constants, the component's head: not
    the expressions inside the markup), whose string literals `load.html` hands to the placeholder rules; `literals` the
    bodies (start, end) of the string literals read as text, whose escapes the reader decodes (`literal_escapes`)."""
    end = text.rfind(">")
    roots = _roots(text, end)
    if not roots:
        first = _FIRST_TAG.search(text)
        if first is None or end < first.start():
            return text
        roots = [(first.start(), end)]  # no element in an operand's place: the markup from the first tag on
    out = list(text)
    done = 0
    for start, stop in roots:
        blank_span(out, done, start)
        if code is not None and start > done:
            code.append((done, start))
        _markup(text, out, start, stop, computed, alternates, literals)
        done = stop + 1
    blank_span(out, done, len(text))
    if code is not None and len(text) > done:
        code.append((done, len(text)))
    blanked = "".join(out)
    for m in _SELF_CLOSED_RAW.finditer(blanked):
        blank_span(out, m.start(), m.end())
    return "".join(out)


# `dangerouslySetInnerHTML={{ __html: … }}` on an element other than <style>/<script>: HTML the page sets at run time
_INNER_HTML = lazy(r"<([A-Za-z][\w.]{0,60}+)\b[^<>]{0,2000}?\bdangerouslySetInnerHTML\s*+=\s*+\{")


def inner_html_lines(text: str) -> list[int]:
    """The lines of the elements whose `dangerouslySetInnerHTML` holds Chinese (「<div dangerouslySetInnerHTML={{ __html:
    '<p>第三方服務。</p>' }} />」): an attribute, blanked as code, so its text is not read; the reader names them
    (it was dropped without a word; twenty-seventh session, u27h).  A <style>'s or <script>'s holds no text."""
    lines: list[int] = []
    if "dangerouslySetInnerHTML" not in text:
        return lines
    for m in _INNER_HTML.finditer(text):
        if m.group(1).lower() in ("style", "script"):
            continue
        end = matching(text, m.end() - 1, len(text) - 1)
        if HAN_CHAR.search(text, m.end(), end) is not None:
            lines.append(text.count("\n", 0, m.start()) + 1)
    return lines


def _roots(text: str, end: int) -> list[tuple[int, int]]:
    """The top-level elements of the markup, as (start, index of the closing `>`): each element of the code that starts
    an operand (`return (<Container>`, a second branch's `return (`, a helper component's `return (<section>`,
    `const note = <p>`).  The code between them (the rest of a component, a helper's head `function Section({ title }:
    { title: string }) {`) is not markup; a root that does not close runs to the last `>`."""
    roots = []
    pos = 0
    while (start := _next_root(text, pos, end)) is not None:
        stop = _element_end(text, start, end)
        roots.append((start, stop))
        pos = stop + 1
    return roots


def _next_root(text: str, start: int, end: int) -> int | None:
    """Index of the next element after `start` that starts an operand (see `_after_operator`, plus `=`), or None."""
    i = text.find("<", start, end)
    while i != -1:
        opens = i + 1 < end and (text[i + 1].isalpha() or text[i + 1] == ">")
        if opens and text[i + 1] != ">" and (m := _ELEMENT_NAME.match(text, i + 1, end)) and _type_parameters(text, m.end()):
            opens = False  # (forty-sixth round) `const pick = <T,>(…) =>` is a generic, no root: it ran to the page's end
        if opens and (_before(text, start, i) in _OPERAND_OPENERS or _ASSIGNED.search(text, max(start, i - 40), i)):
            return i
        i = text.find("<", i + 1, end)
    return None


# an expression child that prints nothing: a space or a line break written as a literal (`{" "}`, `{'\\n'}`), a comment
_SILENT_CHILD = lazy(r"""\s*+(?:(["'`])(?:\s|\\[nt]|&nbsp;)*+\1|/\*(?:[^*]|\*(?!/))*+\*/|//[^\n]*+)?\s*+""")


def _prints_value(text: str, out: list[str], start: int, close: int) -> bool:
    """Whether the child expression `text[start:close + 1]`, its operands restored in `out`, prints a value of its own:
    nothing of it was kept as markup or text, and it is no space literal or comment (`_SILENT_CHILD`)."""
    if any(c != CODE and c not in "\r\n" for c in out[start : close + 1]):
        return False
    return _SILENT_CHILD.fullmatch(text, start + 1, close) is None


def _markup(
    text: str,
    out: list[str],
    start: int,
    end: int,
    computed: list[int] | None = None,
    alternates: list[tuple[int, str, str]] | None = None,
    literals: list[tuple[int, int]] | None = None,
) -> None:
    """Keep the markup of `text[start:end + 1]` as written; blank its expressions (see module doc).  `computed` receives
    the offsets of the child expressions that print a value (`_prints_value`), `alternates` the branches not read."""
    i = start
    in_tag = False
    quote = ""
    while i <= end:
        c = text[i]
        if in_tag and quote:
            if c == quote:
                quote = ""
        elif c == "{":
            close = matching(text, i, end)
            blank_span(out, i, close + 1)
            if not in_tag and not _switch_editions(text, out, i, close, literals):
                _operands(text, out, i, close, computed, alternates, literals)
                if computed is not None and _prints_value(text, out, i, close):
                    computed.append(i)
                    _shown_constant(text, out, i, close)
            elif (quoted := _literal_attribute(text, start, i, close) or _interpolated_attribute(text, start, i, close)) is not None:
                out[i : close + 1] = quoted  # 「content={`我們收集…`}」 → 「content= "我們收集…" 」: a prop's text (`load.jsx_props`)
            elif _NUMBER_VALUE.fullmatch(text, i + 1, close):
                out[i : close + 1] = ['"', *text[i + 1 : close], '"']  # 「level={2}」 → 「level="2"」: a heading's rank
            elif (name := _STYLE_ATTRIBUTE.search(text, max(start, i - 24), i)) and _HIDING_OBJECT.match(text, i, close + 1):
                # 「style={{ display: 'none' }}」 → 「hidden」: the element is hidden as an HTML page's `display:none` is
                out[name.start() : i + 1] = list("hidden".ljust(i + 1 - name.start()))  # (one character a slot: the length kept)
            i = close
        elif in_tag and c in "\"'":
            quote = c
        elif c == "<" and text.startswith(("<>", "</>"), i):
            blank_span(out, i, text.index(">", i) + 1)  # a fragment's tags: no element, and `<>` would read as text
            i = text.index(">", i)
        elif c == "<" and i + 1 <= end and (text[i + 1].isalpha() or text[i + 1] in "/>!"):
            in_tag = True
        elif in_tag and c == ">":
            in_tag = False
        i += 1


def _switch_editions(text: str, out: list[str], start: int, close: int, literals: list[tuple[int, int]] | None) -> bool:
    """(u44k, eval/blind/round39d dimpack-tsx) Read the child expression `text[start:close + 1]` when it is one call of
    the page's language-switch function (`{T('Last updated: 4 July 2026', '最後更新:2026 年 7 月 4 日')}`,
    `load.jsx_locale.switch_call`), as a written switch `{lang === 'zh' ? '…' : '…'}` is read: each edition its own
    paragraph, in a heading or a sentence the Chinese one only.  The page's data was read through the function
    (u43k2) but its markup's calls were code: the title was read as 「| DimPack3D」 and the page's 最後更新 date unseen
    (a false `date-format` info).  A translation call with a key (`{t('privacy.title')}`) stays code: its text lives
    in another file.  Whether it was read."""
    args = switch_call(text, start, close)
    if args is None:
        return False
    if in_sentence_or_heading(text, start, close):
        args = [a for a in args if a[2]][:1]
    else:
        args = [a for a in args if a[2] or edition_text(text[a[0] + 1 : a[1]])]
    for i, j, _ in args:
        _restore_literal(text, out, i, j, literals)
    separate_editions(out, [(i, j) for i, j, _ in args], CODE)
    return bool(args)


# (u44k) an attribute's value that is one plain string literal: `content={`…`}`, `text={'…'}` (no `${`, quote or escape)
_PLAIN_LITERAL = lazy(r"""[ \t\r\n]*+(?:`([^`"\\$]*+)`|'([^'"\\\n]*+)')[ \t\r\n]*+""")


def _literal_attribute(text: str, start: int, i: int, close: int) -> list[str] | None:
    """(u44k, eval/blind/round40d nutritrack-tsx) The attribute expression `text[i:close + 1]` of a component's start tag
    (a capitalised name) written as a quoted value of the same length, when it is one plain string literal (a template
    literal without `${`, or a single-quoted string; no double quote, backslash or `$` in it): `<PolicySection title="1.
    資料收集" content={`我們收集…`} />` shows that text as a `content="…"` prop is shown (`load.jsx_props` decides which
    props are text).  None otherwise: the expression stays blanked code."""
    m = _PLAIN_LITERAL.fullmatch(text, i + 1, close)
    if m is None:
        return None
    lt = text.rfind("<", start, i)
    if lt < 0 or not text[lt + 1 : lt + 2].isupper():
        return None
    group = 1 if m.group(1) is not None else 2
    body_start, body_end = m.start(group), m.end(group)
    if HAN_CHAR.search(text, body_start, body_end) is None:
        return None
    out = [" "] * (close + 1 - i)
    out[body_start - 1 - i] = out[body_end - i] = '"'
    out[body_start - i : body_end - i] = text[body_start:body_end]
    return out


# (u45l) a template literal whose slots are names or member paths: `${BRAND.entity}（下称“我们”）…` (no quote or escape)
_INTERPOLATED_LITERAL = lazy(
    r"""[ \t\r\n]*+`((?:[^`"\\$]|\$(?!\{)|\$\{[ \t]*+[A-Za-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+)*+[ \t]*+\})*+)`[ \t\r\n]*+"""
)
# (u45l) a constant printed as a child, `{SUPPORT_EMAIL}`, `{BRAND.dpoEmail}`: an upper-case name, then its path
_CONSTANT_CHILD = lazy(r"[ \t]*+[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)*+(?:\.[A-Za-z_$][\w$]*+)*+[ \t]*+")
# the expressions kept as written by the two (`shown_expressions`)
_SHOWN_SLOT = lazy(r"\$\{[ \t]*+[A-Za-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+)*+[ \t]*+\}")
_SHOWN_CHILD = lazy(r"(?<![A-Za-z0-9_$=])\{[ \t]*+[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)*+(?:\.[A-Za-z_$][\w$]*+)*+[ \t]*+\}")


def _interpolated_attribute(text: str, start: int, i: int, close: int) -> list[str] | None:
    """(u45l, eval/profiles45 verdant-zh) A component's prop written as a template literal whose `${…}` are names or
    member paths of values the page does not hold (`zh={`${BRAND.entity}（下称“我们”）深知…`}`, `BRAND` imported): a
    quoted value of the same length, each slot kept as written where the page prints the value (what a reviewer sees
    of it: the name of what is printed, not a blank).  `shown_expressions` tells the placeholder rules these slots are
    no template left unfilled.  Before, the prop was code and the page's introduction and its rights' contact line were
    dropped without a word.  None otherwise (`_literal_attribute` reads a literal without slots)."""
    m = _INTERPOLATED_LITERAL.fullmatch(text, i + 1, close)
    if m is None or "${" not in m.group(1) or not imported_slots(text, m.group(1)):
        return None
    lt = text.rfind("<", start, i)
    if lt < 0 or not text[lt + 1 : lt + 2].isupper():
        return None
    body_start, body_end = m.start(1), m.end(1)
    if HAN_CHAR.search(text, body_start, body_end) is None and _ENGLISH_PROP.search(text, max(start, i - 64), i) is None:
        return None  # (an English edition's prop is read beside its Chinese one: `load.jsx_props` decides)
    out = [" "] * (close + 1 - i)
    out[body_start - 1 - i] = out[body_end - i] = '"'
    out[body_start - i : body_end - i] = text[body_start:body_end]
    return out


# the English edition's prop before a `{`: `en=`, `english=`, `titleEn=`, `en_US=`
_ENGLISH_PROP = lazy(r"(?<![\w:.-])(?:[A-Za-z_]\w{0,40}+En|en(?:[-_]?(?:US|GB|us|gb))?|english|English)[ \t]*+=[ \t]*+\Z")


# an import's names: `import { BRAND, P as Para } from "…"`, `import site from "…"`, `import * as cfg from "…"`,
# `const { SUPPORT_EMAIL } = require("…")`
_IMPORT = lazy(
    r"""(?m)^[ \t]*+(?:import[ \t]++(?:type[ \t]++)?([^'"`;]{1,600}?)[ \t\r\n]*+from[ \t]*+['"]"""
    r"""|(?:const|let|var)[ \t]++(\{[^{}]{1,600}\}|[A-Za-z_$][\w$]*+)[ \t]*+=[ \t]*+require[ \t]*+\()"""
)
_SLOT_ROOT = lazy(r"\$\{[ \t]*+([A-Za-z_$][\w$]*+)")


@lru_cache(maxsize=4)
def imported_names(text: str) -> frozenset[str]:
    """The names a page imports from other modules (`_IMPORT`): their values are not in the file."""
    names: set[str] = set()
    for m in _IMPORT.finditer(text, 0, min(len(text), 40_000)):
        clause = (m.group(1) or m.group(2) or "").replace("* as ", "")
        for part in re.split(r"[{},]", clause):
            words = part.split()
            if words and words[-1] != "type":
                names.add(words[-1])
    return frozenset(n for n in names if _JS_IDENT.fullmatch(n))


_JS_IDENT = lazy(r"[A-Za-z_$][\w$]*+")


def imported_slots(text: str, literal: str) -> bool:
    """(u45l) Whether every `${…}` of a template literal's body is a name or member path of a value the page imports
    (`${BRAND.entity}` with `import { BRAND } from "@/components/Legal"`): its value is in another module, so the page
    prints it and the reader can only name it.  A slot of the page's own code (`${config.email}`, `${name}`, an
    undefined or reassigned name) leaves the literal code, as before (tests/test_u43k2_editions.py)."""
    roots = _SLOT_ROOT.findall(literal)
    return bool(roots) and set(roots) <= imported_names(text)


def _shown_constant(text: str, out: list[str], start: int, close: int) -> None:
    """(u45l, eval/profiles45 issue: 「请发送邮件至{SUPPORT_EMAIL}。」) A child expression that prints a constant by its
    upper-case name (`{SUPPORT_EMAIL}`, `{BRAND.dpoEmail}`, imported or defined elsewhere) kept as written: the
    reviewer sees what the page prints there, not 「请发送邮件至。」 (a sentence with a hole, read as a missing e-mail).
    Still recorded as a printed value (`Document.media`), and no placeholder (`shown_expressions`).  A lower-case name
    (`{children}`, `{title}`) and any other expression stay blanked."""
    name = text[start + 1 : close].strip()
    if _CONSTANT_CHILD.fullmatch(text, start + 1, close) and len(name) > 1 and name.split(".")[0] not in _markup_constants(text):
        out[start : close + 1] = text[start : close + 1]


# `const CONTENT = (<>…</>)`, `const NOTE = <p>…</p>`: a constant of markup (read where it is written, `blank_jsx`)
_MARKUP_CONSTANT = lazy(r"(?<![\w$.])(?:const|let|var)[ \t]++([A-Z][A-Z0-9_]*+)[ \t]*+(?::[^=\n]{0,80}+)?=[ \t\r\n(]*+<")


@lru_cache(maxsize=4)
def _markup_constants(text: str) -> frozenset[str]:
    """The upper-case constants of the page that hold markup (`_MARKUP_CONSTANT`): printed as `{CONTENT}`, they show
    that markup, read where it is written, not a value (eval/precision33 youyou-privacy-tsx)."""
    return frozenset(m.group(1) for m in _MARKUP_CONSTANT.finditer(text))


def shown_expressions(source: str) -> frozenset[str]:
    """The slots a React page's text keeps as written (`_interpolated_attribute`, `_shown_constant`,
    `load.jsx_data._PageScript._slots_as_written`): `${BRAND.entity}`, `{SUPPORT_EMAIL}` — values the page prints, which
    the placeholder rules must not read as templates left unfilled (`Document.filled`)."""
    if "{" not in source:
        return frozenset()
    slots = {m.group(0) for t in _TEMPLATE_LITERAL.finditer(source) if "${" in t.group(0) for m in _SHOWN_SLOT.finditer(t.group(0))}
    return frozenset(slots) | frozenset(m.group(0) for m in _SHOWN_CHILD.finditer(source))


# a template literal of the source (its `${…}` slots are filled by the page; in a plain string they are written text)
_TEMPLATE_LITERAL = lazy(r"`(?:[^`\\]|\\.)*+`")


def _operands(
    text: str,
    out: list[str],
    start: int,
    close: int,
    computed: list[int] | None = None,
    alternates: list[tuple[int, str, str]] | None = None,
    literals: list[tuple[int, int]] | None = None,
) -> None:
    """Restore, in the blanked child expression `text[start:close + 1]`, its elements and Chinese text literals.

    Of a condition's inline branches (`{isTW ? '依個資法' : '依私隱條例'}`, `? <b>…</b> : <b>…</b>`) one is kept: the page
    shows one of them, and both read ran into one sentence no version says (「我們依個資法依私隱條例處理」).  The longest is
    kept (review u28w: `{loading ? <span>加载中</span> : <span>我们会将您的信息保存在中国境内。</span>}` kept 「加载中」
    and lost the policy's sentence), the first of equals; the others are left blank and reported in `alternates`
    (twenty-eighth session, u28h).  Block branches (`? <p>…</p> : <p>…</p>`, a page localised in place) are paragraphs of
    their own, each read."""
    i = start + 1
    branches: list[tuple[int, int, bool, str]] = []  # a condition's inline branches: (start, end, an element?, its text)
    switch = locale_switch(text, start, close)  # a language switch: every text branch read (`load.jsx_locale`)
    edition_only: set[int] = set()  # the branches that are text only as an edition of a language switch
    while i < close:
        c = text[i]
        if c in _QUOTES:
            j = _string_end(text, i, close)
            text_literal = _is_text_literal(text, start, i, j, close)
            before = _literal_before(text, start, i, j, close)
            if text_literal or (switch and before in ("?", ":") and edition_text(text[i + 1 : j])):
                if not text_literal:
                    edition_only.add(i)  # (u37x2) read only as a Chinese switch's other edition, see below
                if before in ("?", ":"):
                    branches.append((i, j, False, _read_body(text, i + 1, j)))
                else:
                    _restore_literal(text, out, i, j, literals)
            i = j + 1
            continue
        if c == "<" and i + 1 < close and (text[i + 1].isalpha() or text[i + 1] == ">") and _after_operator(text, start, i):
            e = _element_end(text, i, close - 1)
            if _INLINE_BRANCH.match(text, i) is not None and _before(text, start, i) in ("?", ":"):
                branches.append((i, e, True, TAG.sub("", text[i : e + 1])))
            else:
                out[i : e + 1] = text[i : e + 1]
                _markup(text, out, i, e, computed, alternates, literals)
            i = e + 1
            continue
        i += 1
    if not branches:
        return
    if (
        switch
        and not any(element for _, _, element, _ in branches)
        and any(HAN_CHAR.search(b[3]) for b in branches)
        and any(HAN_CHAR.search(b[3]) is None for b in branches)
    ):  # a Chinese edition and another language's: both read (two Chinese variants, 「個資法」 / 「私隱條例」, keep one)
        for b0, b1, _, _ in branches:
            _restore_literal(text, out, b0, b1, literals)
        separate_editions(out, [(b0, b1) for b0, b1, _, _ in branches], CODE)
        return
    # (u37x2) no Chinese edition beside it: a branch that is no text literal stays unread, as before the switch was
    # read (`{lang === 'zh' ? 'text-red-500' : 'text-sm'}`, two English labels)
    branches = [b for b in branches if b[0] not in edition_only]
    if not branches:
        return
    kept = max(branches, key=lambda b: len(b[3].strip()))  # (max keeps the first of equals)
    if (edition := _chinese_edition(text, start, close, branches)) is not None:
        kept = edition  # (u43j) a heading's language switch keeps its Chinese edition, not the longer English one
    if _script_twins(branches):
        # (u43k, eval/blind/round43 coremachine-hk-tsx) `{isHK ? "我們不會…僅限於…" : "我们不会…仅限 于…"}`: the same
        # string in the two Chinese scripts, one branch a character longer (a stray space): the longest kept the
        # Simplified edition of one paragraph in a page read in its Traditional edition everywhere else, and
        # `script-mixed` reported eleven errors there.  Twins keep the branch in the script of the rest of the page
        # (review r43: the first branch alone kept `{isCN ? "简…" : "繁…"}`'s Simplified one in a Traditional page), the
        # first when the page does not tell.
        kept = _page_twin(text, start, close, branches)
    b0, b1, element, _ = kept
    if element:
        out[b0 : b1 + 1] = text[b0 : b1 + 1]
        _markup(text, out, b0, b1, computed, alternates, literals)
        chosen = TAG.sub("", "".join(out[b0 : b1 + 1]).replace(CODE, ""))
    else:
        _restore_literal(text, out, b0, b1, literals)
        chosen = _read_body("".join(out[b0 + 1 : b1]).replace(CODE, ""), 0, None)
    if alternates is not None:
        alternates.extend((at, other, chosen) for at, _, _, other in branches if at != b0)


def _chinese_edition(text: str, start: int, close: int, branches: list[tuple[int, int, bool, str]]) -> tuple[int, int, bool, str] | None:
    """Of a language switch's two text branches read as one (a heading's, or an English one numbered 「一、」), the Chinese
    edition: the one branch whose text is at least a third Han characters, the other's less (by Han characters against
    Latin letters); None when there is no such pair.  `{isZh ? "一、 隱私權保護政策的適用範圍" : "一、Scope of application
    of privacy protection policy"}`: the longest kept the English title of every section of a Chinese page, so no rule
    for a section's heading saw its Chinese name (u43j, eval/profiles43c guanai-tw)."""
    if len(branches) != 2 or any(element for _, _, element, _ in branches) or not tests_locale(text, start, close):
        return None
    from policylens.script import han_share

    chinese = [b for b in branches if han_share(b[3]) * 3 >= 1]
    return chinese[0] if len(chinese) == 1 else None


def _script_twins(branches: list[tuple[int, int, bool, str]]) -> bool:
    """Are a condition's two inline branches one text in the two Chinese scripts (`{isHK ? "私隱政策" : "私隐政策"}`): one
    mostly Traditional-only characters, the other mostly Simplified-only, and the same string once its characters are
    folded across the scripts and its blanks removed, or nearly (a ratio of at least 0.9: a word the other edition says
    its own way)?  Not a short label beside a sentence (review r43: `{loading ? "加载中" : "我們會將…"}` is no pair of
    editions, and its sentence is the text to read)."""
    if len(branches) != 2:
        return False
    from policylens.script import count_script, fold_characters

    (t0, s0), (t1, s1) = (count_script(b[3]) for b in branches)
    if not ((t0 > s0 and s1 > t1) or (s0 > t0 and t1 > s1)):
        return False
    a, b = ("".join(fold_characters(branch[3]).split()) for branch in branches)
    if a == b:
        return True
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= _TWIN_RATIO and matcher.quick_ratio() >= _TWIN_RATIO and matcher.ratio() >= _TWIN_RATIO


_TWIN_RATIO = 0.9


@lru_cache(maxsize=2)
def _page_scripts(text: str) -> tuple[int, int]:
    """`count_script` of a whole page (one count for all its conditions)."""
    from policylens.script import count_script

    return count_script(text)


def _page_twin(text: str, start: int, close: int, branches: list[tuple[int, int, bool, str]]) -> tuple[int, int, bool, str]:
    """Of two script twins (`_script_twins`), the one in the script of the page outside the condition `text[start:close +
    1]` (Traditional-only against Simplified-only characters); the first when neither script leads by twice the other."""
    from policylens.script import count_script

    page_t, page_s = _page_scripts(text)
    here_t, here_s = count_script(text[start : close + 1])
    rest_t, rest_s = page_t - here_t, page_s - here_s
    if rest_t <= 2 * rest_s and rest_s <= 2 * rest_t:
        # neither script leads: a page whose text is all in such conditions (a trilingual page, `{isEn ? … : isSc ? '资料使用'
        # : '資料使用'}` throughout, eval/blind/round43 sandbox-hk-tsx), whose balance tips one way or the other by the
        # condition left out; the first branch, as everywhere on it, so that the page is read in one edition
        return branches[0]
    for branch in branches:
        t, s = count_script(branch[3])
        if (t > s) == (rest_t > rest_s):
            return branch
    return branches[0]


def _restore_literal(text: str, out: list[str], i: int, j: int, literals: list[tuple[int, int]] | None = None) -> None:
    """A text literal `text[i:j + 1]` (its quotes at i and j) read: its characters restored, a template literal's `${…}`
    blank; its body's span added to `literals` when it holds an escape."""
    out[i + 1 : j] = text[i + 1 : j]
    if literals is not None and text.find("\\", i + 1, j) != -1:
        literals.append((i + 1, j))
    if text[i] == "`":
        _blank_substitutions(text, out, i + 1, j)


# (u41h, left by the fortieth session's sets) the escapes of a string literal read as text: 「{'\\u2022  以合法…'}」 (a React
# Native sheet, eval/precision40 cuhk-nursing-privacy-hk-tsx) was read as written, 「\\u2022  以合法…」.  Each escape is
# one character of the text, at its source column with its source width (as an HTML character reference is); a line
# continuation and `\\0` stand for nothing, `\\n` and the other spacing escapes for a space; a malformed `\\u` / `\\x`
# (a syntax error in JavaScript) stays as written.  JSX text between tags keeps its backslashes: JSX reads no escape there.
_JS_ESCAPE = lazy(
    r"\\(?:u\{[0-9A-Fa-f]{1,6}\}|u[Dd][89ABab][0-9A-Fa-f]{2}\\u[Dd][C-Fc-f][0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}"
    r"|\r\n|[^ux])"
)
_JS_SIMPLE = {"n": " ", "r": " ", "t": " ", "v": " ", "f": " ", "b": "", "0": "", "\r\n": "", "\n": "", "\r": ""}
_JS_SIMPLE |= {"\u2028": "", "\u2029": ""}


def literal_escapes(text: str, literals: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The escapes of the literal bodies `literals` (spans of `text`), in source order: (start, end, the text it stands for)."""
    return list(_escapes(text, literals))


def _escapes(text: str, literals: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    from policylens.load.scripts import unescape

    for start, end in sorted(set(literals)):
        for m in _JS_ESCAPE.finditer(text, start, end):
            code = m.group()[1:]
            yield m.start(), m.end(), _JS_SIMPLE[code] if code in _JS_SIMPLE else unescape(m.group(), {})


def _read_body(text: str, start: int, end: int | None) -> str:
    """A literal body as the page shows it, its escapes read: a condition's branches are measured and named by it (u41h:
    「'\\u500b\\u8cc7\\u6cd5'」 is three characters, not eighteen)."""
    end = len(text) if end is None else end
    if text.find("\\", start, end) == -1:
        return text[start:end]
    return "".join(decoded for _, _, decoded in _pieces(text, start, end))


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """The body `text[start:end]` as runs of (start, end, text): plain runs as written, each escape as what it stands for."""
    at = start
    for m_start, m_end, decoded in _escapes(text, [(start, end)]):
        if m_start > at:
            yield at, m_start, text[at:m_start]
        yield m_start, m_end, decoded
        at = m_end
    if at < end:
        yield at, end, text[at:end]


class LiteralEscapes:
    """The escapes of a page's literals, compact (a page of 160,000 escapes kept them as tuples: 30 MB): their source
    spans in two arrays, the text each stands for shared between equal ones."""

    __slots__ = ("ends", "starts", "texts")

    def __init__(self, text: str = "", literals: list[tuple[int, int]] | None = None) -> None:
        self.starts, self.ends = array("q"), array("q")
        self.texts: list[str] = []
        shared: dict[str, str] = {}
        for start, end, decoded in _escapes(text, literals or []):
            self.starts.append(start)
            self.ends.append(end)
            self.texts.append(shared.setdefault(decoded, decoded))

    def __len__(self) -> int:
        return len(self.starts)


# the elements rendered inline, read into the sentence around them: of a condition's branches only one is read (the
# longest, the first of equals: in `_operands`, and in the HTML reader's `<span v-if>…<span v-else>`, `_branch_plan`)
INLINE_BRANCH_TAGS = frozenset(
    {"span", "b", "strong", "em", "i", "u", "a", "small", "mark", "abbr", "code", "sup", "sub", "bdi", "q", "cite", "time"}
    | {"text", "label"}
)
_INLINE_BRANCH = lazy(rf"<(?:{'|'.join(sorted(INLINE_BRANCH_TAGS))})(?=[\s/>])")
TAG = lazy(r"<[^<>]*>")  # a tag (what is left is its text: a branch not read, an <iframe srcdoc> document)


# a template literal's slot that is one plain string literal (no quote, backslash, `$` or brace in it): `${'宇轩科技'}`
_STRING_SLOT = lazy(r"""\$\{[ \t]*+(?:'([^'"`\\$\n{}]{1,300}+)'|"([^'"`\\$\n{}]{1,300}+)")[ \t]*+\}""")


def _blank_substitutions(text: str, out: list[str], start: int, end: int) -> None:
    """A template literal's `${…}` in `text[start:end]`: code, blanked as a child expression is.  A template literal
    (「<p>{`我們保存五年。`}</p>」, written so when the text holds quotes) was blanked whole: its text dropped without a
    word, where `{'…'}` and `{"…"}` were read (twenty-seventh session, u27h)."""
    k = text.find("${", start, end)
    while k != -1:
        e = matching(text, k + 1, end - 1)
        blank_span(out, k, e + 1)
        if (string := _STRING_SLOT.fullmatch(text, k, e + 1)) is not None:
            # (u46l, u46h's leftover) 「`本政策由${'宇轩科技有限公司'}负责解释`」: a slot of one plain string is that text
            g = 1 if string.group(1) is not None else 2
            out[string.start(g) : string.end(g)] = text[string.start(g) : string.end(g)]
        k = text.find("${", e + 1, end)


def _before(text: str, start: int, i: int) -> str:
    """The operator or punctuation just before `i` in the expression opened at `start` (spaces skipped)."""
    k = i - 1
    while k > start and text[k].isspace():
        k -= 1
    if text[k - 1 : k + 1] in ("&&", "||", "=>"):
        return text[k - 1 : k + 1]
    if text[max(start, k - 5) : k + 1] == "return" and not (text[k - 6].isalnum() or text[k - 6] in "_$"):
        return "return"
    return text[k]


_OPERAND_OPENERS = ("(", "?", ":", "{", ",", "[", "&&", "||", "=>", "return")
# the operators before a parenthesised operand that is one string literal, `? (\n "…"\n) :`
_PAREN_OPERAND = ("?", ":", "{", "&&", "||")


def _literal_before(text: str, start: int, i: int, j: int, close: int) -> str:
    """`_before` the string literal `text[i:j + 1]`, seeing through the parentheses around it when it is the whole of
    them: `{isZh ? (\n "中文…"\n) : (\n "English…"\n)}` (Prettier writes a long branch so) is read as
    `{isZh ? "中文…" : "English…"}`.  Such branches were not read at all, in either language, and with no word
    (u43j, eval/profiles43c guanai-tw: every paragraph of the page); a call's argument (`t("key")`) stays code."""
    before = _before(text, start, i)
    if before != "(":
        return before
    k = i - 1
    while k > start and text[k] != "(":
        k -= 1
    m = j + 1
    while m < close and text[m].isspace():
        m += 1
    if m >= close or text[m] != ")":
        return before  # (`("…" + name)`: computed)
    outer = _before(text, start, k)
    return outer if outer in _PAREN_OPERAND else before


def _after_operator(text: str, start: int, i: int) -> bool:
    """Whether an element at `i` starts an operand (`? <p>`, `&& <p>`, `(<>`), not a comparison `a < b`."""
    return _before(text, start, i) in _OPERAND_OPENERS


def _is_text_literal(text: str, start: int, i: int, j: int, close: int) -> bool:
    """Whether the string literal `text[i:j + 1]` is an operand holding Chinese (`? "返回首页"`, `{"隐私政策"}`), or the
    default wording of a translation call (`{t('privacyTitle', '個人資料聲明')}`: `_translation_default`).  Chinese written
    only as escapes (`'\\u6211\\u4eec…'`) counts."""
    if HAN_CHAR.search(text, i + 1, j) is None and not _escaped_han(text, i + 1, j):
        # a link's shown address as the whole child, `<Text style={styles.link}>{'http://www.cuhk.edu.hk/…'}</Text>`:
        # text the reader sees (left out, the sentence around it read 「…規定( )，確保」)
        return _before(text, start, i) == "{" and _ADDRESS_LITERAL.fullmatch(text, i + 1, j) is not None and _closes(text, j, close)
    before = _literal_before(text, start, i, j, close)
    if before == ",":
        return _translation_default(text, start, i, j, close)
    if before not in ("?", ":", "{", "&&", "||"):
        return False
    k = j + 1
    while k < close and text[k].isspace():
        k += 1
    return k >= close or text[k] in ":)"


def _escaped_han(text: str, start: int, end: int) -> bool:
    """Whether the literal body `text[start:end]` spells a Chinese character with an escape (`\\u6211`, `\\u{6211}`)."""
    if text.find("\\u", start, end) == -1:
        return False
    return any(HAN_CHAR.search(decoded) for _, _, decoded in literal_escapes(text, [(start, end)]))


_ADDRESS_LITERAL = lazy(rf"(?:{URL_START})[^\s'\"`<>{{}}]{{1,300}}|{EMAIL}")


def _closes(text: str, j: int, close: int) -> bool:
    """Whether only blanks stand between the literal ending at `j` and the expression's closing brace at `close`."""
    return not text[j + 1 : close].strip()


# a translation call's key before its default wording: `t('privacyTitle', `, `i18n.t("a.b", `, `$t('k', `, `__('k', `
# (a React Native or i18next page whose strings live in another file shows the default when the key has none: the
# default is the page's text, eval/precision40 cuhk-nursing-privacy-hk-tsx was read as an empty document)
_TRANSLATION_KEY = lazy(
    r"""(?<![\w$.])(?:(?:i18n|i18next|intl|I18n)\.)?(?:\$?t|translate|tr|__|_t)[ \t]*+\([ \t\r\n]*+(['"])[\w.:-]{1,120}\1[ \t\r\n]*+,[ \t\r\n]*+\Z"""
)


def _translation_default(text: str, start: int, i: int, j: int, close: int) -> bool:
    """Whether the literal `text[i:j + 1]` is the second argument of a translation call whose first is a key, the call
    closing after it (or going on with options): its default wording, shown where the call stands."""
    if _TRANSLATION_KEY.search(text, max(start + 1, i - 160), i) is None:
        return False
    k = j + 1
    while k < close and text[k].isspace():
        k += 1
    return k < close and text[k] in "),"


def _string_end(text: str, start: int, limit: int) -> int:
    """Index of the quote closing the string literal opened at `start` (escapes skipped); `limit` if none."""
    quote = text[start]
    i = start + 1
    while i < limit:
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            return i
        i += 1
    return limit


def _element_end(text: str, start: int, limit: int, level: int = 0) -> int:
    """Index of the `>` that closes the element (or fragment) opened at `start`; `limit` if it is not closed."""
    depth = 0
    i = start
    while i <= limit:
        c = text[i]
        if c == "{":
            i = matching(text, i, limit, level=level + 1) + 1
            continue
        if c == "<" and i + 1 <= limit and (text[i + 1].isalpha() or text[i + 1] in "/>"):
            closing = text[i + 1] == "/"
            j = _tag_end(text, i, limit)
            if closing:
                depth -= 1
            elif text[j - 1] != "/":
                depth += 1
            if depth <= 0:
                return j
            i = j + 1
            continue
        i += 1
    return limit


_ELEMENT_NAME = lazy(r"[A-Za-z][\w.:-]{0,80}")


def _operand_element_end(text: str, start: int, limit: int, level: int) -> int:
    """`_element_end` of the element opened at `start` when it really is one, else `limit`: its name is followed by a
    blank, `/` or `>` (not `<T,>`, not `<T extends U>`, TypeScript generics), and it closes with its own `</name>` (or
    `/>`), not any later closing tag (a cast `(<any>window)` is no element: r45 #1)."""
    name = ""
    if text[start + 1] != ">":
        m = _ELEMENT_NAME.match(text, start + 1, limit + 1)
        if m is None or m.end() > limit or _type_parameters(text, m.end()):
            return limit
        name = m.group()
    closed = _element_end(text, start, limit, level)
    if closed >= limit:
        return limit
    if text[closed - 1] == "/" and text.rfind("<", start, closed) == start:
        return closed  # (`<Br />`)
    k = text.rfind("</", start, closed)
    if k == -1 or text[k + 2 : closed].strip() != name:
        return limit
    return closed


def _type_parameters(text: str, name_end: int) -> bool:
    """Whether the name of a `<name` that ends at `name_end` is followed as a TypeScript generic's (`<T,>(x: T) =>`,
    `<T extends object>(x: T) =>`), not as an element's (a blank, `/` or `>`)."""
    after = text[name_end : name_end + 1]
    if not (after.isspace() or after in ("/", ">")):
        return True
    return after.isspace() and text[name_end : name_end + 12].split(None, 1)[:1] == ["extends"]


def _tag_end(text: str, start: int, limit: int) -> int:
    """Index of the `>` ending the tag that starts at `start` (quoted values and `{…}` skipped)."""
    i = start + 1
    while i <= limit:
        c = text[i]
        if c in "\"'":
            i = _string_end(text, i, limit) + 1
            continue
        if c == "{":
            i = matching(text, i, limit) + 1
            continue
        if c == ">":
            return i
        i += 1
    return limit


_ELEMENT_LEVELS = 40  # expressions within elements within expressions `matching` sees through (`_element_end`)


def matching(text: str, start: int, limit: int, opener: str = "{", closer: str = "}", *, level: int = 0) -> int:
    """Index of the `closer` closing the `opener` at `start` (strings and nested pairs skipped); `limit` if none.

    A JSX element that is an operand inside a `{…}` expression (a condition's branch, `{isEn ? (<span>…</span>) :
    (<span>…</span>)}`) is skipped whole (`_element_end`): its text is no code, and an apostrophe in it (「Edgenesis'
    services」, 「users' information」) opened a string, so the expression, and the element around it, ran on: a
    Docusaurus page's last `</Layout>` lost its `>` and the page was refused as malformed HTML (eval/structure45
    shifu-disclaimer-jsx, held out).  Up to `_ELEMENT_LEVELS` deep; below, as before.

    (Also `load.blade`'s, for a directive's parenthesised arguments.)"""
    depth = 0
    quote = ""
    i = start
    while i <= limit:
        c = text[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = ""
        elif (
            c == "<"
            and opener == "{"
            and level < _ELEMENT_LEVELS
            and i + 1 <= limit
            and (text[i + 1].isalpha() or text[i + 1] == ">")
            and _before(text, start, i) in _OPERAND_OPENERS
            and (closed := _operand_element_end(text, i, limit, level)) < limit
        ):
            i = closed + 1  # (no element, a TypeScript cast `(<any>window)` or generic `<T,>(x: T) =>`: as before)
            continue
        elif c in _QUOTES:
            quote = c
        elif c == opener:
            depth += 1
        elif c == closer:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return limit


def blank_span(out: list[str], start: int, end: int) -> None:
    """`out[start:end]` as CODE, its newlines kept (also `load.blade`'s)."""
    for k in range(start, min(end, len(out))):
        if out[k] not in "\r\n":
            out[k] = CODE


# -- a component's headings (read by `load.html` on a React page) ------------------------------------------------------
# Twenty-sixth session (u26j, eval/blind/round26: 21 headings missed).  A React page marks its titles with components:
# MUI's 「<Typography variant="h6">一、我们收集的信息</Typography>」 (rendered as an <h6>), an element named by a prop
# (「<Typography component="h2">」, 「<Box component="h2">」, 「<Heading as="h2">」), and a section component given its
# title as a prop, 「<Section title="一、我们收集的信息">…</Section>」 (also `heading=`, `label=`).  The HTML reader saw
# none of them: an unknown tag is inline, so a page of <Typography>s was one paragraph, and an attribute is no text.

_HEADING_TAG = lazy(r"h[1-6]")
# A style object that hides its element, 「style={{ display: 'none' }}」, 「style={{visibility: "hidden"}}」: written for
# the HTML reader as the attribute `hidden` (`_markup`), so that the page's hidden text is read and announced as an HTML
# page's is (twenty-eighth session's leftover: a React page's hidden drafting note was read with no word).  Not a value
# computed at run time (「display: open ? 'block' : 'none'」): the element is shown at times.
_STYLE_ATTRIBUTE = lazy(r"(?<![\w-])style[ \t]{0,8}=[ \t]{0,8}\Z")
_HIDING_OBJECT = lazy(
    r"""\{[ \t\r\n]*+\{[ \t\r\n]*+(?:[\w$'"]+[ \t]*:[^{},]{0,200},[ \t\r\n]*+){0,20}(?:display[ \t]*:[ \t]*(['"`])none\1|visibility[ \t]*:[ \t]*(['"`])(?:hidden|collapse)\2)[ \t]*[,}\r\n]"""
)
# an attribute's value that is a number literal, `{2}`: kept as the quoted `"2"` (the same length) where every other
# expression is blanked, so that a heading component's rank can be read (`<Title level={2}>`)
_NUMBER_VALUE = lazy(r"[ \t]{0,4}\d{1,3}[ \t]{0,4}")  # (bounded: linear under the regex probe's search)
# Heading components of the UI kits that render a heading element without naming it: antd's `<Title level={2}>`
# (`Typography.Title`) and Mantine's `<Title order={2}>` (an <h1> without either), Chakra's `<Heading>` (an <h2> unless
# `as=` names another); a `<Paragraph>` (antd's `Typography.Paragraph`) is a <p>.  Before, `<Title>` was read as the
# page's <title>: the first one became the page's title, and every later one was dropped with a warning (the twenty-
# seventh session, the lead).
_DEFAULT_RANK = {"Title": 1, "Heading": 2}
# shadcn/ui's title components, headings by definition (forty-first session, u41a3; eval/structure41c deepvape-privacy-
# tsx: eight `<CardTitle>`s missed, their `<h4>` sub-titles one level too high, a `<CardDescription>` glued to its
# title): `CardTitle` the card's <h3> (shadcn's first card.tsx; later ones a styled <div>, still the card's title),
# `DialogTitle`, `SheetTitle`, `AlertDialogTitle` Radix's <h2>.  Their `…Description` is a <p> (an unknown tag is
# inline: it ran on into the title).  By these whole names only (not `Card.Title`, not a page's own `SectionTitle`); a
# component the page defines itself is read as its definition renders (`load.jsx_local`, first).
_SHADCN_TITLES = {"CardTitle": "h3", "DialogTitle": "h2", "SheetTitle": "h2", "AlertDialogTitle": "h2", "DrawerTitle": "h2"}
_SHADCN_DESCRIPTIONS = frozenset({"CardDescription", "DialogDescription", "SheetDescription", "AlertDialogDescription"})
_RANKS = frozenset("123456")
_RANK_PROPS = ("level", "order", ":level", ":order", "v-bind:level", "v-bind:order")  # (a Vue template binds a number)
# Elements whose content an HTML page does not show as text (code, a fallback, a form field's value): a component named
# like one (`<Script>`, `<Style>`, `<Template>`, `<Textarea>`) renders its children, and JSX text is text (its code sits
# in `{…}`, blanked), so it is read as a block.  Before, its text was dropped, silently for `<Script>` and `<Style>`.
# The elements the HTML reader skips whose text a browser may show (`load.html`: a fallback, a struck-through deletion);
# defined here, where a component named like one is read as a block, and imported there: one list for both.
FALLBACK_ELEMENTS = frozenset(
    {"template", "svg", "object", "iframe", "noscript", "video", "audio", "canvas", "noembed", "noframes", "progress"}
    | {"meter", "datalist"}
)
STRUCK_ELEMENTS = frozenset({"del", "s", "strike"})
_RAW_ELEMENTS = (frozenset({"script", "style", "textarea", "title", "xmp", "plaintext"}) | FALLBACK_ELEMENTS | STRUCK_ELEMENTS) - {
    "svg"
}  # (a `<Svg>` component is an icon: its text stays skipped, with the HTML reader's warning)
# MUI's variants rendered inline (its `variantMapping` has none for them: a <span>); every other variant is a block
# (`subtitle1`, `body1`: a <p> or an <h6> styled as a subtitle, no heading of the policy)
_INLINE_VARIANTS = frozenset({"caption", "overline", "button"})
_COMPONENT_NAME = lazy(r"<([A-Z][\w.]{0,60}+)")
# the props that name the element a component renders
_ELEMENT_PROPS = ("component", "as")


def component_name(start_tag: str) -> str | None:
    """The name of the component a start tag opens as written (`Typography`, `Card.Section`), None for an element (`div`)."""
    m = _COMPONENT_NAME.match(start_tag)
    return m.group(1) if m else None


# ant-design-vue's components as a Vue template writes them (kebab case), by the name of the React kit's same component
_VUE_KIT = {"a-typography-title": "Typography.Title", "a-typography-paragraph": "Typography.Paragraph"}


def kit_component(tag: str, start_tag: str) -> str | None:
    """The component a Vue template's tag opens, for `rendered_tag`: a PascalCase name as written (`Title`), or
    ant-design-vue's kebab-case name as its React name (`a-typography-title` → `Typography.Title`); None otherwise."""
    return component_name(start_tag) or _VUE_KIT.get(tag)


def rendered_tag(name: str, attrs: dict[str, str | None]) -> str:
    """The element a component renders, as the HTML reader should read it: `h1`…`h6` for a heading (a Typography's
    `variant="h1"`…`"h6"`, which gives the level: 「<Typography variant="h6" component="h2">」 is styled and ranked as the
    page's h6; else a `component=` or `as=` naming one), a Typography's other variants a `div` (a block, no heading even
    as `component="h3"`: 「subtitle1」 is a subtitle's style; `span` for caption, overline, button or `component="span"`);
    a UI kit's heading component (antd's `<Typography.Title level={3}>`, `<Title level={2}>`, Mantine's `<Title order={2}>`,
    Chakra's `<Heading>`, `<Heading level={2}>`) the `h1`…`h6` of its rank or the kit's default (`_kit_heading`; twenty-
    seventh session, the lead and round27: seven antd headings missed, and a `Title` lower-cased was an HTML `<title>`,
    whose text left the page), a `Paragraph` component a `p`, a component named like a raw element (`<Script>`) a `div`;
    any other component its own name, lower-cased (as before)."""
    variant = (attrs.get("variant") or "").strip().lower()
    last = name.rsplit(".", 1)[-1]
    typography = last == "Typography"
    if name in _SHADCN_TITLES:
        return _SHADCN_TITLES[name]
    if last == "Paragraph" or name in _SHADCN_DESCRIPTIONS:
        return "p"  # antd's 「<Typography.Paragraph>」, any `<Paragraph>`: a block (an unknown tag is inline, and ran on)
    if typography and _HEADING_TAG.fullmatch(variant):
        return variant
    if not (typography and variant):
        for prop in _ELEMENT_PROPS:
            value = (attrs.get(prop) or "").strip().lower()
            if _HEADING_TAG.fullmatch(value):
                return value
    if not typography and last.startswith("Typo"):
        return _ranked(attrs) or "div"  # (profiles29) a page's own typography wrapper, 「<TypoText level={2}>」: see `_ranked`
    if not typography:
        tag = _kit_heading(name, attrs) or name.lower()
        return "div" if tag in _RAW_ELEMENTS else tag
    if variant in _INLINE_VARIANTS or (attrs.get("component") or "").strip().lower() == "span":
        return "span"
    return "div"


def _ranked(attrs: dict[str, str | None]) -> str | None:
    """`h1`…`h6` for a page's own typography component given a rank (「<TypoText level={2}>二、信息使用</TypoText>」), None
    without one: that component is a block either way (eval/profiles29 ccnubox-zh: as an unknown tag it was inline, so
    its whole page was one paragraph, its headings ran into their text and a clause matched across sections)."""
    for prop in _RANK_PROPS:
        value = (attrs.get(prop) or "").strip()
        if value in _RANKS:
            return f"h{value}"
    return None


def _kit_heading(name: str, attrs: dict[str, str | None]) -> str | None:
    """`h1`…`h6` for a UI kit's heading component (`_DEFAULT_RANK`; `Title`, `Typography.Title`, `Heading`, not another
    kit's `Card.Title`, a <div>): its rank from `level=`/`order=` when that is 1–6, else the kit's default; None for any
    other component."""
    head, _, last = name.rpartition(".")
    rank = _DEFAULT_RANK.get(last) if head in ("", "Typography") else None
    if rank is None:
        return None
    for prop in _RANK_PROPS:
        value = (attrs.get(prop) or "").strip()
        if value in _RANKS:  # (not str.isdigit: 「²」 is a digit to it, and int() refuses it)
            rank = int(value)
            break
    return f"h{rank}"


# the props a section component takes its title from; a prop's value as written, quoted (a `{…}` value is code)
_TITLE_PROP = lazy(r"""\s(?:title|heading|label)\s*+=\s*+(?:"([^"\n]{1,200})"|'([^'\n]{1,200})')""")
# Components whose `title`/`label` is no section title: a tooltip's or a button's text, a form field's label, a
# translation (`<Trans>`), a dialog's or a tab's caption, a layout's or a page's document title (shown in the browser's
# tab, 「<Layout title="隐私政策">」), a list entry's label.  Matched on the name's last part, lower-cased.
_NOT_SECTION = lazy(
    r"(?:tooltip|popover|popconfirm|trans|button|link|image|img|icon|avatar|chip|badge|tab|tabs|pane|input|field|select"
    r"|option|checkbox|radio|switch|label|control|item|step|menu|modal|dialog|drawer|helmet|head|seo|meta|layout|page"
    r"|document|html|abbr)"
)
# a key, not text: 「privacy.collect.title」, 「common:title」
_KEY = lazy(r"(?<![\w-])[A-Za-z_][\w-]*+(?:[.:][\w-]++)++")  # (anchored at a word start: a search stays linear)


def section_component(name: str) -> bool:
    """Can the component `name` be a section whose props give its title (not a tooltip, a button, a layout: `_NOT_SECTION`)?"""
    return _NOT_SECTION.fullmatch(name.rsplit(".", 1)[-1].lower()) is None


def title_prop(name: str, start_tag: str) -> tuple[int, str] | None:
    """(offset in `start_tag`, text) of the section title a component's start tag gives as a prop (see `_TITLE_PROP`),
    None when it gives none or the component is no section (`_NOT_SECTION`), or the value is a key or has no letter."""
    if not section_component(name):
        return None
    m = _TITLE_PROP.search(start_tag)
    if m is None:
        return None
    group = 1 if m.group(1) is not None else 2
    value = m.group(group).strip()
    if not value or _KEY.fullmatch(value) or not any(c.isalpha() for c in value) or CODE in value or "&" in value:
        return None
    start = m.start(group) + len(m.group(group)) - len(m.group(group).lstrip())
    return start, value


# (thirty-third session, lead; eval/blind/round33 carsub-tsx) A page that keeps its sections as data, `const sections = [{
# title: "服务说明", body: "…" }, …]`, and shows them with `{sections.map((section) => (<section>…{section.title}…))}`: the
# markup holds no text of them and the code is blanked, so the agreement's whole body was read as nothing, without a word.
# Until such data is read where the page shows it (as `load.vue_data` does for a Vue page's `v-for`), the reader is told.
_ARRAY_CONST = lazy(r"\b(?:const|let|var)[ \t]++([A-Za-z_$][\w$]*+)[ \t]*+(?::[^=\n]{0,120}?)?=[ \t\r\n]*+\[")
_MAPPED_TEXT_MIN = 40  # Chinese characters in an array's strings below which it is labels or a menu, not the policy's text
_MAX_ARRAY = 2_000_000  # characters scanned for an array's end
_MAX_ARRAYS = 200  # arrays of one page looked at


def _array_end(text: str, start: int) -> int:
    """The offset after the `]` that closes the array opened at `text[start]`, or -1 (strings and comments skipped); -2
    when it does not close within `_MAX_ARRAY` characters (an array too long to read, not a broken one)."""
    depth, i, n = 0, start, min(len(text), start + _MAX_ARRAY)
    while i < n:
        c = text[i]
        if c in "[{(":
            depth += 1
        elif c in "]})":
            depth -= 1
            if depth == 0:
                return i + 1
        elif c in _QUOTES:
            j = i + 1
            while j < n and text[j] != c:
                if text[j] == "\\":
                    j += 1  # an escaped character, an escaped backslash (「"路径\\"」) included
                elif text[j] == "\n" and c != "`":
                    return -1  # a string left open: not data this reader can follow
                j += 1
            if j >= n:
                return -2 if n < len(text) else -1  # (the scan ends inside a string: too long, or open at the end)
            i = j
        elif c == "/" and text.startswith("//", i):
            i = text.find("\n", i)
            if i < 0:
                return -1
        elif c == "/" and text.startswith("/*", i):
            i = text.find("*/", i + 2)
            if i < 0:
                return -1
            i += 1
        i += 1
    return -2 if n < len(text) else -1


def mapped_data_warnings(text: str, read: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """One warning for each array of the page's code whose strings hold Chinese text and that its markup shows through
    `{name.map(…)}`: that text is not read (see `_ARRAY_CONST`).  Not for the names in `read`: arrays `load.jsx_data`
    read where the page shows them."""
    if ".map(" not in text:
        return []
    from policylens.load.scripts import script_literals

    warnings: list[str] = []
    for k, m in enumerate(_ARRAY_CONST.finditer(text)):
        if k == _MAX_ARRAYS:
            break  # (each is looked for in the whole page: a generated file of thousands of arrays is no policy page)
        name = m.group(1)
        if name in read:
            continue
        end = _array_end(text, m.end() - 1)
        # (an array longer than `_MAX_ARRAY` is not read either: named with what was scanned of it, session 36, u36h)
        call = re.search(rf"\{{[ \t\r\n]*+{re.escape(name)}\??\.map\(", text) if end > 0 or end == -2 else None
        if call is None:
            continue
        longer = end == -2
        end = m.end() - 1 + _MAX_ARRAY if longer else end
        first = text.count("\n", 0, m.start()) + 1
        literals = script_literals([(first, 1, text[m.end() - 1 : end])])
        shown = [literal for literal, _ in literals if HAN_CHAR.search(literal)]
        chinese = sum(len(HAN_CHAR.findall(literal)) for literal in shown)
        if chinese < _MAPPED_TEXT_MIN:
            continue
        rest = text[: m.start()] + text[end:]
        if all(literal.strip() in rest for literal in shown):
            continue  # a table of contents: the titles it lists are the page's own headings, read where they stand
        last = first + text.count("\n", m.start(), end)
        extent = (
            f"from line {first}, over {_MAX_ARRAY:,} characters, {chinese} Chinese characters in its first lines {first}-{last}"
            if longer
            else f"lines {first}-{last}, {chinese} Chinese characters in its strings"
        )
        warnings.append(
            f"line {text.count(chr(10), 0, call.start()) + 1}: the page shows `{name}`, an array of its code ({extent}), "
            f"through `{name}.map(…)`: that text is not read"
        )
    return warnings
