"""Plain one-line sub-titles that pair with their text under an explicit heading (forty-ninth session, u49a2).

「<h4>我们可能向您发送的邮件和信息</h4>」 then 「<p><span>邮件和信息推送</span></p>」 over a paragraph and 「<p><span>与服务有关的公告
</span></p>」 over another (eval/structure49 ikan-privacy-html L91/L93, held out by u49a): a page with `<h*>` headings reads
no plain line as a heading (`find_headings`: `plain_allowed`), so both sub-titles were the section's first and third
paragraphs.  They are sub-titles when the section under the explicit heading is nothing but such pairs: two or more,
each a short plain line (`is_plain_heading`, at most 16 characters, no number, not bold) directly over a paragraph that
ends as a sentence and is at least twice as long.  One short line over its text, or a section where anything else
stands between the pairs (a list, a third paragraph, a bold line), keeps its paragraphs.
"""

from __future__ import annotations

from policylens.model import Block
from policylens.normalise import fold
from policylens.structure.headings.values import _SENTENCE_ENDS
from policylens.structure.memo import parse_number
from policylens.structure.shapes import Heading, is_plain_heading

_TITLE_MAX = 16
_PAIRS_MIN = 2


def _pair(blocks: list[Block], at: int) -> bool:
    """Block `at` a short plain title over its paragraph (see the module's docstring)."""
    title, text = blocks[at], blocks[at + 1]
    shown = fold(title.text).strip()
    if title.emphasised or len(shown) > _TITLE_MAX or parse_number(shown) is not None or not is_plain_heading(title):
        return False
    body = fold(text.text).strip()
    return text.kind == "paragraph" and not text.emphasised and body.endswith(_SENTENCE_ENDS) and len(body) >= 2 * len(shown)


def paired_sub_titles(blocks: list[Block], found: dict[int, Heading]) -> None:
    """Add the plain sub-titles of every explicit heading's section made only of title-and-text pairs."""
    for i in [i for i in sorted(found) if blocks[i].kind == "heading"]:
        end = next((k for k in range(i + 1, len(blocks)) if blocks[k].kind == "heading" or k in found), len(blocks))
        run = range(i + 1, end)
        if len(run) < 2 * _PAIRS_MIN or len(run) % 2:
            continue
        starts = list(run)[::2]
        if all(_pair(blocks, k) for k in starts):
            for k in starts:
                found[k] = Heading(k, blocks[k].text.strip(), None, ("plain", "leaf"))
