"""A page's dates typed into heading tags: 「<h4>更新日期: 2024年05月24日</h4>」 is the policy's date, not a section.

(Thirty-sixth session, u36a; eval/structure36 cnyesheng-privacy-html.)  A Taiwan page's `<header>` holds the policy's
name in an `<h1>` and two `<h4>` lines, 「更新日期: 2024年05月24日」 and 「生效日期: 2024年05月31日」: an explicit heading is a
heading whatever its text, so each was a section holding nothing above 「一、隱私權保護政策的適用範圍」.  The metadata reads
the dates either way; as sections they were two false headings.

A heading tag whose whole text is a date field, a date cue (更新, 生效, 最後, Last updated … as in `patterns.DATE_CUE`),
at most six characters more (「日期」, 「時間」), a colon and a date alone (digits with 年月日, 「-」, 「/」 or 「.」), is a
paragraph.  Only HTML, where heading tags are often picked for their size; a title with more words after the date
(「生效日期：2024年5月1日起適用之條款」) or with no date (「更新日期」) stays a heading.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.model import Block
from policylens.normalise import fold
from policylens.patterns import DATE_CUE

_DATE = r"\d{2,4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?"
_DATE_FIELD_LINE = lazy(rf"(?i:last\s+)?(?:{DATE_CUE})[^:：\d]{{0,6}}[:：]\s*{_DATE}")


def date_field(text: str) -> bool:
    """Is `text` only a date field (「更新日期: 2024年05月24日」, 「Last updated: 2024-05-24」)?"""
    return _DATE_FIELD_LINE.fullmatch(fold(text).strip()) is not None


def demote_date_fields(blocks: list[Block], fmt: str) -> list[Block]:
    """`blocks` with each HTML heading that is only a date field (`date_field`) turned into a paragraph."""
    if fmt != "html" or not any(b.kind == "heading" and date_field(b.text) for b in blocks):
        return blocks
    return [b._replace(kind="paragraph", level=None) if b.kind == "heading" and date_field(b.text) else b for b in blocks]
