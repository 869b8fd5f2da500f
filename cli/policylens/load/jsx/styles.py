"""Titles marked by style on a React page: a React Native `<Text>` whose style is a title's or a sub-title's
(`native_marks`), and a CSS module's class names the page uses (`module_classes`); a Taro `<Text>`'s line breaks
(`text_breaks`)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.load.jsx.scanning import matching
from policylens.load.server_code import CODE

# In a React Native <Text> a line-break literal is a line break: 「<Text>1.1 服务内容{'\n'}本应用是…</Text>」 shows its
# label on a line of its own over the text (a web page collapses it into a space).  Read as a <br>.
_NEWLINE_CHILD = lazy(r"""\{[ \t]*+(["'`])(?:\\n)++\1[ \t]*+\}""")  # (u49x2: 「{'\n\n'}」 too)
# (u49x2) a Taro page's <Text> (`@tarojs/components`, a mini-program's <text>) keeps its line breaks as well: 「<Text>
# 本政策将帮助您了解以下内容：{'\n'}⏎1. 我们如何…{'\n'}」 (eval/profiles48b weiba-zh: its items ran together in one line)
_TAROS_TEXT = lazy(r"<(/?)Text(?=[\s>/])")


def _in_markup(code: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Is a position of the source outside the `code` spans (in order, apart, as `blank_jsx` writes them)?"""
    starts = [a for a, _ in code]

    def in_markup(at: int) -> bool:
        k = bisect_right(starts, at) - 1  # (a search per match: a scan of the spans made 8,000 one-line components 5 s)
        return not (k >= 0 and code[k][0] <= at < code[k][1])

    return in_markup


def _newline_children(source: str, blanked: str, out: list[str], in_markup: Callable[[int], bool], where: Callable[[int], bool]) -> None:
    """Each line-break child `{'\\n'}` of the markup at a position `where` accepts written into `out` as a `<br/>`."""
    for m in _NEWLINE_CHILD.finditer(source):
        if in_markup(m.start()) and where(m.start()) and all(c == CODE for c in blanked[m.start() : m.end()]):
            out[m.start() : m.start() + 5] = "<br/>"


def text_breaks(source: str, blanked: str, code: list[tuple[int, int]]) -> str:
    """`blanked` (`blank_jsx` of a Taro page's `source`) with each line-break child `{'\\n'}` inside a `<Text>` read as
    a `<br/>`, in the columns it took; elsewhere (a `<View>`) the page folds it into a space, as `blank_jsx` left it."""
    if "<Text" not in source or "\\n" not in source:
        return blanked
    starts: list[int] = []
    depths: list[int] = []  # how many <Text>s are open after each tag (a bold <Text> inside one closes into its parent)
    depth = 0
    for m in _TAROS_TEXT.finditer(source):
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        starts.append(m.start())
        depths.append(depth)

    def inside(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and depths[k] > 0

    out = list(blanked)
    _newline_children(source, blanked, out, _in_markup(code), inside)
    return "".join(out)


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

    in_markup = _in_markup(code)  # (`code` in order, apart: `blank_jsx` writes them from the text's start)
    out = list(blanked)
    _newline_children(source, blanked, out, in_markup, lambda at: True)
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
