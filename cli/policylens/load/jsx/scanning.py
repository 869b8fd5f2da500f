"""Finding ends in a React page's source without parsing it: a string literal's, an element's (`_element_end`), a
start tag's (`_tag_end`), the bracket matching another (`matching`), with generics and type parameters told from tags;
`blank_span` writes a span as code, length for length, and `_blank_substitutions` a template literal's `${…}`."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from policylens.lazyre import lazy
from policylens.load.server_code import CODE

_QUOTES = "\"'`"


TAG = lazy(r"<[^<>]*>")  # a tag (what is left is its text: a branch not read, an <iframe srcdoc> document)


# a template literal's slot that is one plain string literal (no quote, backslash, `$` or brace in it): `${'宇轩科技'}`
_STRING_SLOT = lazy(r"""\$\{[ \t]*+(?:'([^'"`\\$\n{}]{1,300}+)'|"([^'"`\\$\n{}]{1,300}+)")[ \t]*+\}""")


def _blank_substitutions(text: str, out: list[str], start: int, end: int, computed: list[int] | None = None) -> None:
    """A template literal's `${…}` in `text[start:end]`: code, blanked as a child expression is.  A template literal
    (「<p>{`我們保存五年。`}</p>」, written so when the text holds quotes) was blanked whole: its text dropped without a
    word, where `{'…'}` and `{"…"}` were read (twenty-seventh session, u27h).  `computed`, if given, receives where each
    slot that prints a value stands, as a child expression's (u47k2, eval/precision47 kecheng-tw-jsx: 「使用 ${name}（以下簡稱
    本服務）」 read as 「使用 （以下簡稱本服務）」, a name deleted, an error on a clean page)."""
    k = text.find("${", start, end)
    while k != -1:
        e = matching(text, k + 1, end - 1)
        blank_span(out, k, e + 1)
        if (string := _STRING_SLOT.fullmatch(text, k, e + 1)) is not None:
            # (u46l, u46h's leftover) 「`本政策由${'宇轩科技有限公司'}负责解释`」: a slot of one plain string is that text
            g = 1 if string.group(1) is not None else 2
            out[string.start(g) : string.end(g)] = text[string.start(g) : string.end(g)]
        elif computed is not None:
            computed.append(k)
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

    A block comment is skipped whole (u51w): 「{/* Children's Privacy */}」 above a section had opened a string at its
    apostrophe, and every line after it was read as code (eval/profiles51c deepclean-en 210, held out).

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
        elif (
            c == "/"
            and opener == "{"
            and text.startswith("/*", i)
            and (text[i - 1].isspace() or text[i - 1] in _BEFORE_COMMENT)
            and (shut := _comment_close(text, i + 2, limit)) != -1
        ):
            i = shut + 2  # (u51w) a comment is no code: the apostrophe of 「{/* Children's Privacy */}」 opened no string
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


# (u51r) what stands before a comment's 「/*」 in code (or a space): not a regex literal's 「\/*」 or 「[/*]」, which had opened a
# comment that ran to the next 「*/」 on the page, its sections read as code (「{url.replace(/\/*$/, "")}」 … 「{/* 第二节 */}」)
_BEFORE_COMMENT = "{(,;:?=&|!"


@lru_cache(maxsize=4)
def _comment_closes(text: str) -> list[int]:
    """Where each 「*/」 of `text` starts (ascending; two never overlap).  Once per text: `matching` is called for every
    brace of a page, on one text."""
    found: list[int] = []
    k = text.find("*/")
    while k != -1:
        found.append(k)
        k = text.find("*/", k + 2)
    return found


def _comment_close(text: str, start: int, limit: int) -> int:
    """Where the first 「*/」 at or after `start` that ends by `limit` (inclusive) starts; -1 if none (`text.find("*/",
    start, limit + 1)`).  (u51r) Looked up, not searched: a search per 「/*」 to `limit` read the rest of the page for each
    comment that never closes (「{/*a}」 written 20,000 times, 260 kB: 9 s of CPU, 1 s before the comment was read)."""
    closes = _comment_closes(text)
    k = bisect_left(closes, start)
    return closes[k] if k < len(closes) and closes[k] + 1 <= limit else -1


def blank_span(out: list[str], start: int, end: int) -> None:
    """`out[start:end]` as CODE, its newlines kept (also `load.blade`'s)."""
    for k in range(start, min(end, len(out))):
        if out[k] not in "\r\n":
            out[k] = CODE
