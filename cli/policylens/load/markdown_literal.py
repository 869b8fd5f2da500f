"""A script or component whose policy is a Markdown template literal: `const PRIVACY_MD = \\`# 隐私政策 …\\``.

A React, React Native or Taro page often keeps its policy as Markdown in a template literal and hands it to a renderer
(`<RichContent mode='markdown' content={PRIVACY_MD} />`, or its own line splitter: `content.split('\\n').map(…)` with
`line.startsWith('## ')`).  The page's markup then holds no text of the policy: the JSX reader (`load.jsx`) blanks the
code, the literal with it, and the policy was read as a title and a footer (thirty-sixth session, eval/profiles36
chuanyou-tsx, shuxue-tsx, xuno-tsx: every item of both Chinese profiles missing).

`markdown_literal_page` finds such literals and returns the source with everything else blanked, length for length
(newlines kept, so every line and column holds), for the Markdown reader.  It reads a file only when the literals are
its text: a literal counts when it holds Markdown headings (two lines opening with `#`) and enough Chinese, and the
counted literals hold most of the file's Chinese (a page whose markup is the policy and whose literal is a short note
is left to the JSX reader).  A `${…}` inside a counted literal is code and is blanked.  Each counted literal is read
(a page holding its agreement and its policy shows one or the other; both are read, as a page with two tabs is).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.patterns import HAN_CHAR

# The sources this reads: components and scripts (`.tsx`, `.jsx`, `.ts`, `.js`, `.mjs`).
LITERAL_SUFFIXES = (".tsx", ".jsx", ".ts", ".js", ".mjs")
_HEADING_LINE = lazy(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+\S")
_MIN_HAN = 80  # Chinese characters a counted literal holds at least
_SHARE = 0.8  # the counted literals hold at least this share of the file's Chinese


# the characters after which a `/` opens a regular expression literal rather than divides (`x = /a/`, `f(/a/)`,
# `[/a/, /b/]`, `a || /b/`); after a name, a number or `)` it divides, after `<` or `>` it is a JSX tag or text
_REGEX_BEFORE = frozenset("(,=:[!&|?{};")


def _regex_may_start(text: str, i: int) -> bool:
    """Does the `/` at `i` open a regular expression literal (by the last character before it that is not a space)?"""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] in "\r\n":
        return False  # a line opening with `/` is JSX text or a wrapped division more often than a bare regex
    if text[j] in _REGEX_BEFORE:
        return True
    return text.endswith("return", 0, j + 1) and (j < 6 or not (text[j - 6].isalnum() or text[j - 6] in "_$"))


def _regex_end(text: str, i: int) -> int:
    """The index past the regular expression literal opened at `i`: its closing `/` outside a `[…]` class, or the end
    of its line (a `/` that was a division after all spoils one line at most)."""
    j, n, in_class = i + 1, len(text), False
    while j < n and text[j] not in "\r\n":
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            in_class = True
        elif c == "]":
            in_class = False
        elif c == "/" and not in_class:
            return j + 1
        j += 1
    return j


def _hole_end(text: str, i: int) -> int:
    """The index past the `}` closing a `${` whose code starts at `i`, or the end of the text.

    A string's or a nested template's brace is not the code's (``${"{"}``, ``${l.map((x) => `<li>{${x}</li>`)}``:
    counted, the hole ran to the end of the file and every literal after it was lost).  A stack, not recursion, so
    templates nested thousands deep cost no more than flat ones.
    """
    n = len(text)
    stack = [1]  # per level: a code's open braces, or 0 for a nested template's text
    j = i
    while j < n:
        c = text[j]
        if stack[-1] == 0:  # inside a nested template
            if c == "\\":
                j += 2
                continue
            if c == "`":
                stack.pop()
            elif text.startswith("${", j):
                stack.append(1)
                j += 1
        elif c in "'\"":
            j += 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
        elif c == "`":
            stack.append(0)
        elif c == "{":
            stack[-1] += 1
        elif c == "}":
            stack[-1] -= 1
            if stack[-1] == 0:
                stack.pop()
                if not stack:
                    return j + 1
        j += 1
    return n


def template_literals(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, holes) of each template literal: its backticks at start and end - 1, holes its `${…}` spans.

    A string, a comment or a regular expression literal is skipped whole, so a backtick inside one opens nothing (a
    page's own Markdown renderer, `s.replace(/`([^`]+)`/g, …)`, holds three: every literal after it was paired wrongly
    and the policy read as code); an unterminated literal ends the scan.
    """
    found: list[tuple[int, int, list[tuple[int, int]]]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "/" and text[i + 1 : i + 2] not in ("/", "*") and _regex_may_start(text, i):
            i = _regex_end(text, i)
        elif c in "'\"":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
        elif c == "/" and text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif c == "/" and text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif c == "`":
            j, holes = i + 1, []
            while j < n and text[j] != "`":
                if text[j] == "\\":
                    j += 2
                elif text.startswith("${", j):
                    k = _hole_end(text, j + 2)
                    holes.append((j, k))
                    j = k
                else:
                    j += 1
            if j >= n:
                break
            found.append((i, j + 1, holes))
            i = j + 1
        else:
            i += 1
    return found


def markdown_literal_page(path: str, text: str) -> str | None:
    """The source with all but its Markdown template literals blanked (see the module), or None when it has none."""
    if not path.lower().endswith(LITERAL_SUFFIXES) or "`" not in text:
        return None
    total = len(HAN_CHAR.findall(text))
    if total < _MIN_HAN:
        return None
    kept: list[tuple[int, int, list[tuple[int, int]]]] = []
    for start, end, holes in template_literals(text):
        body = text[start + 1 : end - 1]
        if len(_HEADING_LINE.findall(body)) >= 2 and len(HAN_CHAR.findall(body)) >= _MIN_HAN:
            kept.append((start, end, holes))
    if not kept or sum(len(HAN_CHAR.findall(text, s, e)) for s, e, _ in kept) < _SHARE * total:
        return None
    out = [c if c in "\r\n" else " " for c in text]
    for start, end, holes in kept:
        out[start + 1 : end - 1] = text[start + 1 : end - 1]
        for a, b in holes:
            out[a:b] = [c if c in "\r\n" else " " for c in text[a:b]]
    return "".join(out)
