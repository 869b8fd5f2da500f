"""Where a script's or component's template literals are: `const PRIVACY = \\`# 隐私政策 …\\``, with their `${…}` holes.

A React, React Native, Taro or Node page often keeps its policy in a template literal (Markdown, HTML or prose) and
hands it to a renderer; `load.page_literals` decides which literals are the document and reads them.  This module only
finds them: `template_literals` walks the source once, skipping strings, comments and regular expression literals whole
(a backtick inside one opens nothing), and returns each literal's span with its holes (`_hole_end`: a stack, so a
brace in a hole's string or nested template is not the code's).
"""

from __future__ import annotations

# The sources this reads: components and scripts (`.tsx`, `.jsx`, `.ts`, `.js`, `.mjs`).
LITERAL_SUFFIXES = (".tsx", ".jsx", ".ts", ".js", ".mjs")


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
        elif c == "/" and text[j + 1 : j + 2] in ("*", "/") and text[j - 1 : j] != "\\":
            # (u47h2) a comment of the hole's code, skipped whole: its backtick or brace (「${/* ` */ ''}」) is no code's,
            # and the hole ran on, the policy not read.  (A regex's escaped slash, `/\/*/`, is no comment opener.)
            end = text.find("*/" if text[j + 1] == "*" else "\n", j + 2)
            j = n if end < 0 else end + (2 if text[j + 1] == "*" else 0)
            continue
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


def template_literals(text: str, comments: list[tuple[int, int]] | None = None) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, holes) of each template literal: its backticks at start and end - 1, holes its `${…}` spans.

    A string, a comment or a regular expression literal is skipped whole, so a backtick inside one opens nothing (a
    page's own Markdown renderer, `s.replace(/`([^`]+)`/g, …)`, holds three: every literal after it was paired wrongly
    and the policy read as code); an unterminated literal ends the scan.  `comments`, when given, receives the span
    of each `//` and `/* */` comment the walk skips (text no reader is shown).
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
            if comments is not None:
                comments.append((i, n if j < 0 else j))
            i = n if j < 0 else j
        elif c == "/" and text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if comments is not None:
                comments.append((i, n if j < 0 else j + 2))
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
