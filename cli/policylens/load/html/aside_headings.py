"""The `<h*>` of a page's sidebar (`<aside>`, read as page chrome) that heads text of the policy: a section heading.

Fifty-seventh session (u57j, eval/profiles55q yuguo-tw: a regression of u56j's `markup_fields`): a Next.js page's
`<aside>` beside the policy's column holds a card 「<h2>個資聯絡窗口</h2><p>資料蒐集者：…</p><p>統一由以下窗口受理，不另設專線。
</p>」.  An `<aside>` outside `<main>`/`<article>` is chrome (`chrome_lines._chrome_tag`), so its `<h2>` was read as a
paragraph, and promoted back to a heading only when the page had no heading at all; once the array's six titles were read
as `<h2>` headings, the card's heading became a paragraph at the end of the last section (the collector's identity under
「網站上的第三方服務」).

Rule: a chrome heading inside an `<aside>` (`_Extractor.aside_spans`) over a sentence of the policy's own (a paragraph
or item of at least `_PROSE_HAN` Chinese characters with a sentence mark, up to the next chrome heading or the aside's
end) is a heading at its `<h*>` depth.  A sidebar's table of contents or page menu (「目录」 over the sections' titles,
「相关页面」 over links) has no such sentence and stays chrome.  (u58l) An HTML page's `<aside>` the same
way, when the sentence speaks of personal data (`_POLICY_WORDS`: a blog's sidebar 「个人信息」 over its author's motto
stays chrome).  Headings are named by position (line, column), not
by block index, since a `.map`'s blocks are inserted among the page's after reading (`_insert_mapped`), and the
chrome headings' promotion on a page with no other heading is placed the same way.
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.html.extractor import _Extractor
from policylens.patterns import HAN_CHAR, SENTENCE_MARKS

# (u58l) on an HTML page the sentence speaks of personal data: a blog's sidebar profile 「<h2>个人信息</h2>」 over the
# author's motto (eval/precision26b cnfte-blog-html) is the site's, not the policy's
_POLICY_WORDS = lazy(
    r"(?i)privacy|personal (?:data|information)|隐私|隱私|私隱|个人信息|個人資料|个人资料|個人資訊|个人数据|個人數據|個資"
    r"|收集|蒐集|處理您|处理您|查阅|查閱|更正|删除|刪除|注销|註銷|撤回"
)
_PROSE_HAN = 8  # Chinese characters of a sentence under the heading (「統一由以下窗口受理，不另設專線。」 has 14)


def chrome_heading_places(extractor: _Extractor) -> dict[tuple[int, int], int]:
    """The (line, column) of each chrome heading's block and its `<h*>` depth (before any block is inserted)."""
    return {(extractor.blocks[k].line, extractor.blocks[k].column): level for k, level in extractor.chrome_headings}


def aside_section_headings(extractor: _Extractor, *, jsx: bool = True) -> dict[tuple[int, int], int]:
    """The (line, column) and depth of each chrome heading of an `<aside>` that heads a sentence (see module doc); on an
    HTML page (`jsx` False) a sentence that speaks of personal data (`_POLICY_WORDS`)."""
    blocks = extractor.blocks
    out: dict[tuple[int, int], int] = {}
    chrome = dict(extractor.chrome_headings)
    for start, end in extractor.aside_spans:
        for k in range(start, min(end, len(blocks))):
            if k not in chrome:
                continue
            below = []
            for j in range(k + 1, min(end, len(blocks))):
                if j in chrome:
                    break
                below.append(blocks[j])
            if any(_sentence(b.text) and (jsx or _POLICY_WORDS.search(b.text)) for b in below if b.kind in ("paragraph", "item")):
                out[(blocks[k].line, blocks[k].column)] = chrome[k]
    return out


def _sentence(text: str) -> bool:
    """A sentence of prose: enough Chinese characters and a sentence mark."""
    return any(mark in text for mark in SENTENCE_MARKS) and len(HAN_CHAR.findall(text)) >= _PROSE_HAN


def promote(extractor: _Extractor, places: dict[tuple[int, int], int]) -> None:
    """Read each block at one of `places` as a heading of its depth."""
    for k, block in enumerate(extractor.blocks):
        level = places.get((block.line, block.column))
        if level is not None:
            extractor.blocks[k] = block._replace(kind="heading", level=level)
