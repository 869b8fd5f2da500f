"""Where an HTML paragraph's leading bold run ends: a run-in title (「<p><b>信息收集</b>当您注册时…</p>」).

A Markdown paragraph keeps its `**` marks in its text, so `diff` (`diff/runin.py`) can tell a bold title run into its
text with no space (「**信息收集**当您…」) from the same words written plain.  The HTML reader drops the bold, so the
same paragraph of an HTML page (「<p><b>信息收集</b>当您…</p>」, 「<li><strong>Cookies.</strong> We use…</li>」,
「<p><span style="font-weight:bold">…</span>…</p>」, a `<b><span>` nested) carried no trace of where its title ends
(fifty-ninth session, u59l).  This records it, per block, as (line, column, length): the block's start in the source
and the characters of its text up to the end of the bold run (`Document.bold_leads`), when

* the bold runs (`<b>`, `<strong>`, an inline title class, an inline `font-weight: bold|bolder|600–900` style) open the
  block, white space between them and before the first aside;
* the run is a line's worth (at most `TITLE_MAX` characters, not blank) and text follows it in the same block: a
  paragraph bold as a whole is a heading candidate already (`Block.emphasised`), and a bold word in mid-sentence
  (「我们<b>不会</b>出售」) opens no block.

It is evidence, not a cut: the blocks are read as before; `diff` cuts on it only where the other side has that title.
"""

from __future__ import annotations

from collections.abc import Sequence

from policylens.load.html.titles import _BOLD_STYLE
from policylens.model import Block
from policylens.normalise import WHITESPACE

# the longest bold run taken for a title (as `diff.runin.TITLE_MAX`: a heading is a line, not a sentence)
TITLE_MAX = 80
# the inline elements whose own style may set a run in bold
_STYLED_TAGS = frozenset(("span", "font"))


def bold_style(tag: str, attrs: Sequence[tuple[str, str | None]]) -> bool:
    """Whether an inline element sets its text bold by its own style: 「<span style="font-weight:bold">」."""
    return tag in _STYLED_TAGS and any(name == "style" and value and _BOLD_STYLE.search(value) for name, value in attrs)


def leading_bold(text: str, runs: Sequence[tuple[int, int]]) -> int | None:
    """The offset where the bold runs (`runs`: (start, end) offsets in `text`) that open `text` end, when they make a
    title with text after it (see module doc); None otherwise."""
    start = len(text) - len(text.lstrip(WHITESPACE))
    end: int | None = None
    for a, b in sorted(runs):
        if a > (start if end is None else end) and (end is None or text[end:a].strip(WHITESPACE)):
            break
        end = b if end is None else max(end, b)
    if end is None:
        return None
    title = text[start:end].strip(WHITESPACE)
    if not title or len(title) > TITLE_MAX or not text[end:].strip(WHITESPACE):
        return None
    return end


def bold_lead(text: str, runs: Sequence[tuple[int, int]], first: Block) -> tuple[int, int, int] | None:
    """(line, column, length) of the title that opens `first`, the first block cut from a block of text `text` with
    bold `runs`, when it has one with text after it (see module doc); None otherwise."""
    end = leading_bold(text, runs)
    if end is None:
        return None
    title = text[:end].strip(WHITESPACE)
    at = first.text.find(title)
    if at < 0 or first.text[:at].strip(WHITESPACE) or not first.text[at + len(title) :].strip(WHITESPACE):
        return None  # the title cut off as a block of its own (a `<br>` after it): a line already
    return first.line, first.column, at + len(title)
