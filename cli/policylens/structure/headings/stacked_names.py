"""Two names of documents stacked at the top of a page, told apart by their size (`larger_name_below`; u53x,
eval/structure50a bluetooth-vue).

A uni-app page sets 「<text class="main-title">蓝牙用户权益条款</text>」 over 「<text class="doc-title">蓝牙云大数据平台服务协议
</text>」, both bold, both naming a document; only its style sheet tells them apart: `.main-title { font-size: 32rpx }`,
`.doc-title { font-size: 36rpx }`.  The first was taken as the title and the document's own name, set larger, became a
level-1 section over every article.  The larger name is the title: the smaller one above it is a label over it (an
eyebrow: the series or the category the document belongs to), text above the title and no section.

Only when the title found is a short line naming a document (`names_a_document`), the next block is one too, set right
under it (at most `_GAP` source lines between them), neither a `<h*>` heading (a heading's rank is the page's own word),
and the page's style sheet gives both a size in one unit, the second's larger (`load.html.styles.class_font_sizes`).  A
smaller line under the title (a subtitle) and two names of one size leave the title as it was.
"""

from __future__ import annotations

from policylens.model import Block
from policylens.structure.headings.title import find_title, names_a_document

_GAP = 2  # source lines between the two names: set one over the other


def larger_name_below(blocks: list[Block], title_idx: int | None, sizes: dict[tuple[int, int], tuple[float, str]]) -> int | None:
    """The index of the document's title: the next block when it is a larger name stacked under the title found (see the
    module doc), else `title_idx`."""
    if title_idx is None or title_idx + 1 >= len(blocks) or not sizes:
        return title_idx
    upper, lower = blocks[title_idx], blocks[title_idx + 1]
    if upper.kind == "heading" or lower.kind == "heading" or lower.line - upper.end_line > _GAP:
        return title_idx
    first, second = sizes.get((upper.line, upper.column)), sizes.get((lower.line, lower.column))
    if first is None or second is None or first[1] != second[1] or second[0] <= first[0]:
        return title_idx
    if not (names_a_document(upper.text) and names_a_document(lower.text)):
        return title_idx
    return title_idx + 1


def past_control_label(
    blocks: list[Block], title_idx: int | None, controls: frozenset[tuple[int, int]], fmt: str, page_title: str | None
) -> int | None:
    """(l53b, eval/pairs53b hotel-agree-button) The document's title when a control's label stands above it
    (`Parsed.controls`: a mini-program's <button> 「同意隐私保护指引」 set above the page's own 「隐私保护指引」): the title
    found among the blocks after the first `_GAP` labels, read as if they were not there.  Else `title_idx` (the
    label was taken as the title before, or nothing was).  Other page chrome above a title (a navigation bar's name of
    the page, a site's menu) keeps the readings `find_title` gives it."""
    chrome = controls
    if not chrome or not blocks or (title_idx is not None and title_idx > _GAP):
        return title_idx
    k = 0
    while k < len(blocks) and k <= _GAP and (blocks[k].line, blocks[k].column) in chrome:
        k += 1
    if k == 0 or k > _GAP or k >= len(blocks) or (title_idx is not None and title_idx >= k):
        return title_idx
    found = find_title(blocks[k:], fmt, page_title)
    return title_idx if found is None else k + found
