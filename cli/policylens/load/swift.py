"""A Swift source named on the command line (`.swift`): its comments are not text, so they are blanked before the
plain-text reader reads it (u37r, thirty-seventh blind round).

An iOS app keeps its policy in its SwiftUI source (`Text("生效日期：…")`, a `[(heading: String, body: String)]` table
of sections).  No reader of its own: the file is read as plain text, code and all.  Its comments were read as the
policy's text too, so a doc comment naming the upstream app 「閱讀」 in a Simplified file was a false
`script-mixed` error on a clean published policy (`eval/blind/round37/dev/moyue-swift`).  `blank_comments` writes
every `// …`, `/// …` and `/* … */` comment as spaces (its newlines kept, so every line and column still holds); string
literals (`"…"`, multi-line `\"\"\"…\"\"\"`, with their escapes) are skipped whole, so `"https://…"` keeps its `//`.
The code around the literals stays as it was read before.

Kotlin (`.kt`, `.kts`) and Java (`.java`) sources keep a policy the same way (a `const val PRIVACY = \"\"\"…\"\"\"` or a
Java text block) and write their comments and string literals as Swift does (`//`, `/* … */`, `"…"`, `\"\"\"…\"\"\"`), so
`BLANKED_SUFFIXES` names all three and the loader blanks their comments with the same `blank_comments` (u37h).
"""

from __future__ import annotations

from policylens.load.scripts import opaque_spans, remembering

SWIFT_SUFFIX = ".swift"
# the sources whose comments `blank_comments` writes as spaces: Swift, Kotlin (and its scripts), Java
BLANKED_SUFFIXES = (SWIFT_SUFFIX, ".kt", ".kts", ".java")


def _string_end(src: str, i: int) -> tuple[int, int, int] | None:
    """At a Swift string literal starting at `i` (`"…"` or multi-line `\"\"\"…\"\"\"`): (body start, body end, end);
    None when none starts there or a one-line literal is not closed on its line."""
    if not src.startswith('"', i):
        return None
    quote = '"""' if src.startswith('"""', i) else '"'
    body = k = i + len(quote)
    while k < len(src):
        if src.startswith(quote, k):
            return body, k, k + len(quote)
        c = src[k]
        if c == "\\":
            k += 2  # an escape, `\"` or `\(` of an interpolation
            continue
        if c == "\n" and quote == '"':
            return None
        k += 1
    return None


def blank_comments(src: str) -> str:
    """`src` with each comment written as spaces, its line breaks kept (`\\r`, `\\n`)."""
    spans = [(a, b) for a, b in opaque_spans(src, remembering(_string_end), '"', raw=False) if src.startswith("/", a)]
    if not spans:
        return src
    out: list[str] = []
    k = 0
    for a, b in spans:
        out.append(src[k:a])
        out.append("".join(c if c in "\r\n" else " " for c in src[a:b]))
        k = b
    out.append(src[k:])
    return "".join(out)
