"""MDX (`.mdx`): Markdown with JSX, whose comments and ES module lines are code, not the page (twenty-fourth round).

MDX 2 has no HTML comment: a note to the editors is written `{/* … */}`, and the site shows nothing of it.  Read as
Markdown, its text was a paragraph of the policy: 「{/* 內部備註：【請填寫公司名稱】 */}」 drew a
`placeholder-instruction` finding nobody sees.  The `import …` and `export const meta = {…}` lines that open a page
(Docusaurus, Nextra) became a paragraph of code too.  `blank_mdx` rewrites them in place, length for length, newlines
kept, before the Markdown reader sees the text:

- a comment `{/* x */}` becomes the HTML comment `<!--x -->` (what the Markdown reader already hides, at its
  columns); one whose text cannot stand in an HTML comment (`--`, no space after `{/*`) becomes one of blanks,
  and one too short for that (`{/**/}`) blanks;
- an `import` or `export` statement that starts a paragraph outside a code fence, to the next blank line, becomes blanks.

JSX elements (`<Callout>…</Callout>`) are HTML to the Markdown reader already: their text is read.  A `{…}`
expression is left as written: the placeholder rules take MDX's single braces as the site's template already.
"""

from __future__ import annotations

from policylens.lazyre import lazy

MDX_SUFFIX = ".mdx"

# an ES module statement at the start of a line: `import X from 'y'`, `import {a} from`, `export const meta = {`
_ESM = lazy(r"(?:import|export)(?=[\s{*])")


def _blanks(text: str) -> str:
    """`text` as spaces, its line ends kept."""
    return "".join(c if c in "\r\n" else " " for c in text)


def _as_html_comment(comment: str) -> str:
    """`{/* x */}` as an HTML comment of the same length, or blanks when none fits."""
    inner = comment[3:-3]
    if inner[:1] in (" ", "\t") and "--" not in inner and not inner.endswith("-") and not inner[1:].startswith(">"):
        return "<!--" + inner[1:] + "-->"  # its text kept: a drafting note in it is a comment's, as in HTML
    blank = _blanks(inner)
    if not blank.strip("\r\n"):
        return _blanks(comment)
    cut = blank.index(" ")
    return "<!--" + blank[:cut] + blank[cut + 1 :] + "-->"


def _comments(text: str) -> str:
    """`text` with each closed `{/* … */}` rewritten (`_as_html_comment`); an unclosed one stays text."""
    parts: list[str] = []
    pos = 0
    while (start := text.find("{/*", pos)) >= 0:
        end = text.find("*/}", start + 3)
        if end < 0:
            break  # never closed: no later one can close either
        parts += (text[pos:start], _as_html_comment(text[start : end + 3]))
        pos = end + 3
    parts.append(text[pos:])
    return "".join(parts)


def blank_mdx(text: str) -> str:
    """`text` with MDX comments and ES module statements out of the reader's way, length and lines kept."""
    if "{/*" in text:
        text = _comments(text)
    if "import" not in text and "export" not in text:
        return text
    lines = text.split("\n")  # (LF only: a U+2028 or NEL inside a line is no line end; a CR was made LF by `load`)
    lines = [line + "\n" for line in lines[:-1]] + [lines[-1]]
    fence = ""
    in_esm = False
    previous_blank = True
    for index, line in enumerate(lines):
        stripped = line.strip()
        if fence:
            fence = "" if stripped.startswith(fence) else fence
        elif stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
        elif in_esm or (previous_blank and _ESM.match(line)):
            in_esm = bool(stripped)
            lines[index] = _blanks(line)
        previous_blank = not stripped
    return "".join(lines)
