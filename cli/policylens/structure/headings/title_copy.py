"""Titles the first reading of `title.find_title` missed or doubled (thirty-sixth session, u36a; eval/structure36).

1. **The title again in a lower heading tag right below it** (`copy_in_lower_tag`): a JSP page's hidden
   「<h1 class="hidettl">酒迷使用者條款</h1>」 (for search engines) then its visible 「<h2><strong>酒迷使用者條款</strong></h2>」
   over `<h3>` sections (eval/structure36 wine-policy-jsp).  The `<h1>` was the title and the `<h2>` a section holding
   every other one, each a level too deep.  When the next block after an HTML title is an `<h*>` of a lower rank with
   the same text (emphasis, width and spacing aside) and a heading further down is lower still, the lower copy is the
   title; the one above it, at a higher rank, is then skipped as chrome above the title (`find_headings`).  A copy at
   the same rank (two `<h1>`s) is `title._title_repeated`'s; a copy with no deeper heading below it is left alone.
2. **A plain text whose first line is its name numbered 「一、」** (`lone_numbered_name`): 「一、安装许可使用协议：」 over
   「1.权利声明」 … 「7.其他条款」, with no 「二、」 anywhere (eval/structure36 yisrookie-terms-txt: the text was cut from a
   longer file).  A numbered first line is never the title on its own evidence (「一、总则」 is a section), so it was a
   section holding all the others, each a level too deep.  It is the title when it is numbered one, names a document
   (ends in 协议, 政策, 条款, 声明, 须知 … before an optional colon), no other line has a number of its style, and a later
   line is numbered in another style (the sections it is the name of).
3. **The title again after a consent pop-up's summary** (`copy_after_consent_prompt`, forty-ninth session, u49a2): a
   Word export opens with the pop-up the app shows, 「魔法突袭隐私政策」 over 「欢迎您使用魔法突袭！…」, 「1.为向您提供游戏服务…」
   … 「如您同意…，请您点击“同意”开始使用…」, then the document itself, 「魔法突袭隐私政策」 over 「更新日期：…」
   (eval/structure48c destruct-wordhtml 50/99).  The pop-up's copy was the title and the document's own title a
   section holding every other one.  When the same unnumbered name comes again within a few blocks, every block
   between is text (no heading) and one of them asks the reader to tap "agree", the copy is the title; the pop-up's
   text stays where it was, above the title in the preamble (nothing is dropped: `find_headings` makes no section of
   the lines above a title, and the document builder keeps them as the preamble's paragraphs).
4. **A bold headline over the document's head line** (`over_head_line`, u49a2): a page with no `<h*>` whose bold first
   line is followed by its version or date line is titled by it, though card titles over their text follow it
   (`title._first_bold_sibling` read it as the first of them: eval/structure48 counseling-privacy-wxml).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.model import Block
from policylens.normalise import fold
from policylens.numbering import number_value
from policylens.patterns import DOCUMENT_KINDS, DOCUMENT_NAME_END
from policylens.structure.memo import parse_number
from policylens.structure.shapes import unemphasise

_NAME_MAX = 30  # a document's name, not a sentence
_SENTENCE_CLOSE = ("。", ".", "；", ";", "：", ":", "！", "!", "？", "?")
_POPUP_MAX = 12  # blocks of a consent pop-up's summary between its copy of the name and the document's title
# 「请您点击“同意”开始使用」, 「点击「同意并继续」」, 「請點擊「接受」」: a pop-up's request to tap its agree button
_TAP_AGREE = lazy(r'(?:点击|點擊|点按|點按|轻触|輕觸)[^。，,\n]{0,3}[“"「『【]?(?:同意|接受|确认|確認)')


def _same_text(a: str, b: str) -> bool:
    """Whether two titles are the same words, emphasis, width and white space aside."""
    return "".join(fold(unemphasise(a)).split()) == "".join(fold(unemphasise(b)).split())


def copy_in_lower_tag(blocks: list[Block], title: int) -> int:
    """`title`, or the next block when it repeats the title in a lower-rank `<h*>` over deeper headings (see above)."""
    below = title + 1
    if below >= len(blocks) or blocks[title].kind != "heading" or blocks[below].kind != "heading":
        return title
    rank, copy_rank = blocks[title].level or 1, blocks[below].level or 1
    if copy_rank <= rank or not _same_text(blocks[title].text, blocks[below].text):
        return title
    if not any(b.kind == "heading" and (b.level or 1) > copy_rank for b in blocks[below + 1 :]):
        return title
    return below


def lone_numbered_name(blocks: list[Block]) -> int | None:
    """Plain text: 0 when the first line is the document's name numbered 「一、」 with no sibling (see above), else None."""
    if not blocks or blocks[0].kind != "paragraph" or len(blocks[0].pieces) != 1:
        return None
    lead = blocks[0].text.strip()
    number = parse_number(lead)
    if number is None or number_value(number) != 1:
        return None
    name = fold(lead[number.rest :]).strip().rstrip("：:").strip()
    if not name or len(name) > _NAME_MAX or DOCUMENT_NAME_END.search(name) is None:
        return None
    others = [parse_number(b.text.strip()) for b in blocks[1:] if b.kind in ("paragraph", "item", "heading")]
    if any(n is not None and n.style == number.style for n in others):
        return None
    return 0 if any(n is not None for n in others) else None


def copy_after_consent_prompt(blocks: list[Block], title: int) -> int:
    """`title`, or the same name again after a consent pop-up's summary that asks to tap "agree" (see above)."""
    name = blocks[title].text
    if len(fold(unemphasise(name)).strip()) > _NAME_MAX or DOCUMENT_NAME_END.search(fold(unemphasise(name)).strip()) is None:
        return title
    if parse_number(name.strip()) is not None:
        return title
    prompt = False
    for k in range(title + 1, min(title + 2 + _POPUP_MAX, len(blocks) - 1)):
        block = blocks[k]
        if _same_text(name, block.text):
            return k if prompt and block.kind in ("paragraph", "heading") else title
        if block.kind not in ("paragraph", "item") or _numbered_title(block.text):
            return title
        prompt = prompt or _TAP_AGREE.search(fold(block.text)) is not None
    return title


def _numbered_title(text: str) -> bool:
    """「一、概述」: a short numbered line not closed as a sentence, a section's title (the pop-up's 「1.为向您提供…。」 is not)."""
    folded = fold(unemphasise(text)).strip()
    return parse_number(folded) is not None and len(folded) <= _NAME_MAX and not folded.endswith(_SENTENCE_CLOSE)


# a document's head line under its title (`over_head_line`): its date, 「更新日期：2024-05-01」, or its version with the
# document's kind, 「版本 1.0 · 本地演示说明」; not an app's bare version field, 「版本：1.0.0」 under the app's name on an
# about screen (eval/blind/round34c livestream-dart: the name is no title there)
_HEAD_DATE = lazy(r"(?:更新|生效|发布|發布|最近更新|最后更新|最後更新)")
_HEAD_VERSION = lazy(r"(?:版本|(?i:version|v)[ \t]*\d)")
_DOCUMENT_KIND = lazy(rf"说明|說明|{DOCUMENT_KINDS}")
_HEAD_LINE_MAX = 40


def over_head_line(blocks: list[Block], at: int) -> bool:
    """「<text class="hero-title">你的心理数据应被认真保护</text>」 over 「版本 1.0 · 本地演示说明」, then bold card titles over
    their text (eval/structure48 counseling-privacy-wxml; u49a2): a bold first line over the document's version or date
    line heads the document; a section's title stands over its text."""
    below = fold(blocks[at + 1].text).strip() if at + 1 < len(blocks) else ""
    if not 0 < len(below) <= _HEAD_LINE_MAX:
        return False
    return _HEAD_DATE.match(below) is not None or (_HEAD_VERSION.match(below) is not None and _DOCUMENT_KIND.search(below) is not None)
