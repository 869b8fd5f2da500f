"""What stands above an HTML page's title with no <h*>: a kicker word over its headline, a bar's lone back arrow.

A kicker (eyebrow) above a page's headline: 「透明」 over 「本地工具本机处理，数据边界清清楚楚」.

A designed app page sets one plain short word above its styled headline (a WeChat page's
「<view class="privacy-mark">透明</view>」 over 「<view class="privacy-title">…</view>」, eval/structure48 pugo-privacy-wxml;
a web page's 「<span class="eyebrow">PRIVACY</span>」 over its title).  Read as the first block of an untitled page, the
word was a level-1 heading holding every section, and the headline under it a section: the page had no title and every
section sat one level too deep.  `kicker_over_title` says when the first block is such a word, so the title is looked
for on the headline below it (`title.find_title`); the word is then text above the title, no section.

A uni-app navigation bar's back arrow on its own, 「<view class="back">‹</view>」, beside 「<text>用户隐私保护指引</text>」,
then the page's own 「<view class="title">用户隐私保护指引</view>」 (eval/structure48c yyf-uniapp-vue, m48x): the arrow was
read as the first block, so no title was found and the bar's copy of the name became a level-1 heading holding the
page's title and every section.  `arrow_over_bar_title` lets the title be looked for from the bar's name (and from it
on the page's own copy below, `title._repeated_below`).

A first-launch bar asking the reader to read and agree, 「请阅读并同意以下协议才能继续使用小程序」, over 「蓝牙用户权益条款」
(eval/structure50a bluetooth-vue, u50a): the prompt was the title.  `agree_prompt` says when the first block is such a
prompt, so the title is looked for on the line below it when that line names a document; the prompt stays text above it.

An eyebrow label that names a category, not the document, over the document's name: a React page's
「<PageHeader eyebrow="合规与服务" title="隐私政策" …>」 (eval/structure51s hegui-tsx, u51s) reads as 「合规与服务」 over 「隐私政策」;
the label was taken for the first line of an untitled page, so no title was found and the name became a level-1 section.
`label_over_name` says when the first block is such a label, so the title is looked for on the name below it.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.model import Block
from policylens.normalise import fold
from policylens.patterns import DOCUMENT_NAME_END, HAN, slot_only
from policylens.structure.memo import parse_number
from policylens.structure.shapes import POLICY_WORD, TOC_TITLES, heading_like, unemphasise

# one to four ideographs, or one or two Latin words: 「透明」, 「隱私」, 「PRIVACY」, 「Your data」; no digit, no mark
_KICKER = lazy(rf"[{HAN}]{{1,4}}|[A-Za-z]{{2,16}}(?: [A-Za-z]{{2,16}})?")
_KICKER_GAP = 2  # source lines between the word and the headline: the two are set together, one over the other
_HEADLINE_MAX = 40  # characters of the headline (a title, not a sentence of the policy)
# 「请阅读并同意以下协议…」, 「請詳細閱讀並同意…」: a line asking the reader to read and agree (a first-launch bar)
_AGREE_PROMPT = lazy(r"(?:请|請)[^。！？]{0,8}(?:阅读|閱讀)[^。！？]{0,4}(?:同意|接受)")


# (lead52, eval/precision52 hkershop-hk-txt: 「跳至內容」 above 「私隱政策」 was the title) a page's accessibility skip link,
# captured with the page's text: navigation, never the document's title
_SKIP_LINK = lazy(
    r"(?:跳(?:至|到|转到|轉到)|跳过|跳過|略过|略過)(?:主要|主)?(?:內容|内容|正文)"
    r"|(?i:skip[ \t]+(?:to[ \t]+)?(?:the[ \t]+)?(?:main[ \t]+)?(?:content|navigation|main))"
)


def skip_link(text: str) -> bool:
    """Is `text` a page's skip link (「跳至內容」, 「跳到主要内容」, "Skip to content"), whole?"""
    return _SKIP_LINK.fullmatch(fold(unemphasise(text)).strip(" \t　›»>")) is not None


def agree_prompt(text: str) -> bool:
    """Does `text` (at most 60 characters) open by asking the reader to read and agree (module doc)?"""
    folded = fold(unemphasise(text)).strip()
    return len(folded) <= 60 and _AGREE_PROMPT.match(folded) is not None


def kicker_over_title(blocks: list[Block], at: int) -> bool:
    """Is `blocks[at]` a plain kicker word directly over the page's styled headline (`blocks[at + 1]`)?

    The word: a plain (not emphasised) paragraph of one piece, one to four ideographs or one or two Latin words (「隐私」,
    「PRIVACY」; one naming a document, 「隐私政策」 above a bold line, is a title of its own: `title.find_title` asks).  The headline: emphasised (bold, or a title's class),
    one piece, unnumbered (「一、…」 is a section), short and heading-like (it may hold a comma: 「…处理，…清楚」), on
    the next source line or the one after, and with text below it.  Anything else keeps the first block's reading.
    """
    if at + 2 >= len(blocks):
        return False
    word, head = blocks[at], blocks[at + 1]
    if word.kind != "paragraph" or head.kind != "paragraph" or word.emphasised or not head.emphasised:
        return False
    if len(word.pieces) != 1 or len(head.pieces) != 1 or head.line - word.end_line > _KICKER_GAP:
        return False
    kicker = word.text.strip()
    headline = unemphasise(head.text).strip()
    return (
        _KICKER.fullmatch(kicker) is not None
        and kicker.lower() not in TOC_TITLES  # 「目录」 over its first entry: a table of contents, no kicker
        and not slot_only(headline)
        and parse_number(headline) is None
        and heading_like(headline, limit=_HEADLINE_MAX)
    )


# an eyebrow label: one to six ideographs, or one to three Latin words (「合规与服务」, 「Legal & Compliance」)
_LABEL = lazy(rf"[{HAN}]{{1,6}}|[A-Za-z]{{2,16}}(?: (?:&|[A-Za-z]{{2,16}})){{0,3}}")
_NAME_MAX = 30  # characters of the name below it (a document's name, as `title.names_a_document` counts)
# (u51r) a line that refers to the document, not its name: 「请您务必仔细阅读本政策」 under 「温馨提示」, 「We changed our privacy
# policy」 under 「Update」 (a demonstrative before the document's word, a request to read, a person speaking)
_REFERS_TO_DOCUMENT = lazy(
    r"(?:本|该|該|此|这|這)(?:隐私|隱私)?(?:政策|声明|聲明|条款|條款|指引|协议|協議|须知|須知)$|阅读|閱讀|^(?:请|請)"
    r"|\b(?:we|you|please|read|changed|updated|reviewed?)\b|\b(?:this|our|your)\s+(?:privacy\s+)?(?:policy|notice|statement)$",
    re.IGNORECASE,
)


def label_over_name(blocks: list[Block], at: int) -> bool:
    """Is `blocks[at]` a short label (`_LABEL`) that names no document, directly over a line naming one (module doc)?

    Both paragraphs of one source line each, the name on the next source line or the one after, unnumbered, ending on what a
    document is (「隐私政策」, 「服务协议」, 「Privacy Policy」), and text below it.  A label that itself names a document
    or holds a policy word (「隐私」 over 「隐私政策」) is left to the other tests; so is every longer first line, and a line
    below that refers to the document rather than naming it (`_REFERS_TO_DOCUMENT`: 「请您务必仔细阅读本政策」, u51r).
    """
    if at + 2 >= len(blocks):
        return False
    word, name = blocks[at], blocks[at + 1]
    if word.kind != "paragraph" or name.kind != "paragraph" or word.end_line != word.line or name.end_line != name.line:
        return False  # each on one source line (an entity such as 「&amp;」 may cut a line into pieces)
    if name.line - word.end_line > _KICKER_GAP:
        return False
    label = fold(unemphasise(word.text)).strip()
    named = fold(unemphasise(name.text)).strip().strip("《》")
    return (
        _LABEL.fullmatch(label) is not None
        and POLICY_WORD.search(label) is None
        and DOCUMENT_NAME_END.search(label) is None
        and len(named) <= _NAME_MAX
        and parse_number(named) is None
        and DOCUMENT_NAME_END.search(named) is not None
        and _REFERS_TO_DOCUMENT.search(named) is None
    )


def headline_below(blocks: list[Block], at: int) -> bool:
    """Is `blocks[at]` a kicker word over a headline or a label over a document's name: the title is the line below?"""
    return kicker_over_title(blocks, at) or label_over_name(blocks, at)


_BACK_ARROW = frozenset("‹<←〈＜«❮")  # a back button drawn as one glyph


# A back button's whole label on a line of its own: an arrow, or 返回 (a Taro back <Text>, `load.html` `_taro_back`)
_BACK_LABELS = frozenset({"返回", "‹ 返回", "< 返回", "← 返回"})


def back_over_bar(blocks: list[Block], k: int) -> bool:
    """Is block k a back button's label alone (「‹」, 「返回」), the bar's name on the line below it and an emphasised line
    under that which is not the same name (the page's own title naming it in full)?  (u52x: `title._after_chrome` then
    reads the three as the base read 「‹用户协议」 over 「网贷利率测 · 用户协议」, eval/blind/round30 wangdai-agreement-tsx
    once its Taro back <Text> was a line of its own; the page's copy of the same name, eval/precision28 kidsvideo-vue
    「隐私政策」 over 「📋 隐私政策」, leaves the bar's name the title, as `arrow_over_bar_title` does.)"""
    if k + 2 >= len(blocks) or not blocks[k + 2].emphasised:
        return False
    text = blocks[k].text.strip()
    bar, own = ("".join(c for c in fold(unemphasise(b.text)) if c.isalnum()) for b in blocks[k + 1 : k + 3])  # (letters only)
    return (text in _BACK_ARROW or text in _BACK_LABELS) and bar != own


def arrow_over_bar_title(blocks: list[Block]) -> bool:
    """Is the first block a lone back arrow over a plain line of the bar naming the policy (module doc)?"""
    if len(blocks) < 3:
        return False
    arrow, name = blocks[0], blocks[1]
    text = name.text.strip()
    return (
        arrow.text.strip() in _BACK_ARROW
        and name.kind == "paragraph"
        and not name.emphasised
        and len(name.pieces) == 1
        and len(text) <= _HEADLINE_MAX
        and POLICY_WORD.search(text) is not None
        and parse_number(text) is None
    )


_MENU_MAX = 30  # a site menu's links (list items) above the page's own title line, at most
_MENU_LABEL_MAX = 12  # characters of each link's label (「IVM多元化販賣機」, 「帳戶設定」)


def menu_title(blocks: list[Block], page_title: str) -> int | None:
    """(u55x2, eval/structure55s ivm-tw-php) HTML with no <h*>: the first paragraph after a site menu, when it says what
    the page's `<title>` says (「<title>隱私權政策</title>」 … a navbar's 13 links … 「<div class="col text-center fs-1
    fw-bold">隱私權政策</div>」): the page's title (it was a section holding the whole policy, title_line null).  The
    blocks above it all list items (the menu's links) with short labels, at most 30; the line the same text as the
    `<title>` (case and width folded), naming a policy; anything else: None."""
    k = next((i for i, b in enumerate(blocks) if b.kind != "item"), None)
    if not k or k > _MENU_MAX or any(len(b.text.strip()) > _MENU_LABEL_MAX for b in blocks[:k]):
        return None
    line = fold(unemphasise(blocks[k].text)).strip()
    if blocks[k].kind != "paragraph" or line != fold(page_title).strip() or POLICY_WORD.search(line) is None:
        return None
    return k
