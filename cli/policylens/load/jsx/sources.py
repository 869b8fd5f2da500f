"""Which sources are React pages: a `.tsx` or `.jsx` file, or a `.js` one that imports React or React Native and
returns JSX (`is_jsx_source`); and which import a view library (`imports_view`) or React Native's views
(`imports_native_view`), whose components the HTML reader reads as elements."""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.patterns import JS_BLANKS

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


# (u54x) the blanks of JavaScript other than ASCII's (ECMAScript's WhiteSpace: no-break space, the byte-order mark,
# Unicode's space separators, the ideographic space U+3000): a page indented or spaced with them is code all the same
_BLANK_CLASS = JS_BLANKS
_CODE_BLANKS = lazy(f"[{_BLANK_CLASS}]++")
# where such a blank spaces code, not text: an indentation before a tag or a brace, after a keyword, inside a start tag
_CODE_SPACED = lazy(
    rf"(?m)^[{_BLANK_CLASS}]++[<{{}})\]]|(?<![\w$])(?:import|export|const|let|var|function|return|default|from)[{_BLANK_CLASS}]"
    rf"|<[A-Za-z][\w.-]{{0,40}}+[{_BLANK_CLASS}]++[A-Za-z:@]"
)


def code_blanks(text: str) -> str:
    """`text` with each run of JavaScript's non-ASCII blanks (`_CODE_BLANKS`) written as ASCII spaces, length for length,
    where the run stands between code (at a line's start or end, or between two characters below U+2E80, 「export　default」,
    「<LegalPage　title=」), and kept where it touches Chinese text or punctuation (「<p>　　第一條…」, 「。　」: a
    paragraph's indentation is its text).  Before, a `.tsx` page indented and spaced with U+3000 read as "the document is
    empty" (u53h): no tag, keyword or attribute was found.  Only in a page whose code is so spaced (`_CODE_SPACED` twice
    at least): a page whose text alone holds no-break spaces (「\u00a0\u00a0(1) 智趣猴…」 in a uni-app `<text>`, eval/precision32
    zhiqu-agreement-vue) is left as written, its text as the page shows it."""
    if text.isascii() or _CODE_BLANKS.search(text) is None:
        return text
    spaced = _CODE_SPACED.finditer(text)
    if next(spaced, None) is None or next(spaced, None) is None:
        return text
    parts: list[str] = []
    at = 0
    for m in _CODE_BLANKS.finditer(text):
        before = text[m.start() - 1] if m.start() else "\n"
        after = text[m.end()] if m.end() < len(text) else "\n"
        if ord(before) < 0x2E80 and ord(after) < 0x2E80:
            parts.append(text[at : m.start()])
            parts.append(" " * (m.end() - m.start()))
            at = m.end()
    parts.append(text[at:])
    return "".join(parts)
