"""What a heading line looks like: the shapes of numbered, bold and plain heading lines.

Explicit headings (Markdown `#`/Setext, HTML h1–h6, DOCX Heading styles) are taken
as written.  Other blocks look like headings when they are:

* **numbered**: a short line led by 一、 （一） 1. 1.1 第一條 … with no
  sentence-final punctuation (「1. 我們可能會…。」 is a list item, not a heading);
* **emphasised**: a short block that is bold as a whole (`<p><strong>…</strong></p>`);
* **plain** (only in documents without explicit headings, e.g. the seed's .txt):
  a short standalone line that is not a sentence — see `is_plain_heading`.

Which of these lines become headings is decided in `structure.headings`, and their
nesting in `structure.levels`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from policylens.lazyre import lazy
from policylens.model import Block
from policylens.normalise import fold
from policylens.numbering import NUMBER_STARTS, Number, number_value
from policylens.patterns import HAN, OPEN_ENDINGS, OPENING_WORDS, URL_START, WEB_TLDS, chinese_number
from policylens.structure.memo import UNKNOWN, Table, parse_number

# Sentence-final or clause-final characters a heading never ends with.
# (「∶」, U+2236 RATIO, typed for a colon: 「为了能使用本服务，您同意以下事项∶」 is a lead-in; eval/structure34 uz-agreement-html)
_NOT_HEADING_END = tuple("。．.；;：:∶，,、！!…—") + ("」。",)
_INSIDE_SENTENCE = lazy(r"[。；;！!]")
# (thirty-fourth session, u34d) a line opening with a typed list bullet: 「- 干扰或破坏系统正常运行」 (a hyphen, asterisk or
# plus sign and a space, as Markdown writes an item) or a bullet glyph (「• 」); an entry of a list, never a title
_TYPED_BULLET = lazy(r"^(?:[-*+][ \t\u3000]|[•·・●○▪▫])")
_EMAIL_URL = lazy(rf"(?=[@hHwW])(?:@|{URL_START})", re.I)
# 「Modrinth（api.modrinth.com）」, 「友盟（umeng.com）」: a service named with its host name in brackets at the end of the
# line, an entry of a list of services or SDKs, never a title (u46a, eval/structure46 modmigrator: the first of three such
# lines under 「1. 搜索/下载模组」 was taken for a sub-title).  A package name read backwards from its domain
# (「高德地图SDK（com.amap.api）」, 「穿山甲广告SDK（com.bytedance）」) is no host: an SDK's bold name over its table stays a
# sub-title, as every SDK of corpora/qunachongdian-privacy's 2025-04-08 edition is one; and it ends in a web domain
# (`WEB_TLDS`): 「1. 本地存储（chrome.storage.local）」 (eval/blind/round26 webcrawler-md) and 「…（/work/tools33/cmp.py）」 stay
# titles
_BRACKETED_HOST = lazy(
    rf"[（(][^（）()]{{0,40}}?(?<![\w.-])(?!(?:com|cn|org|net|io)\.)(?:[A-Za-z0-9-]{{1,63}}\.){{1,4}}(?i:{WEB_TLDS})(?![\w.-])"
    r"[^（）()]{0,40}[）)]$"
)
_LABEL_VALUE = lazy(r"^[^，,。]{1,12}[：:]")
# (u59r, issue #14, eval/profiles57q mentor-tw 137) a numbered line that lists what something holds, 「甲、包含患者姓名/身分證字號/
# 出生年月日/電話/電子郵件」: 包含/包括 and three fields or more cut by slashes (a form's fields) make a list's entry, not a title.
# Not entries cut by 、: 「（5）含有色情、暴力、恐怖内容」 over its ● items is a group's title (eval/precision22 haodf-health-cn 0692)
_CATEGORY_LIST = lazy(r"^(?:包含|包括)(?:[^/／、，,。：:；;]{1,16}[/／]){2,}[^/／、，,。：:；;]{1,16}$")
# 「附件：定义」, 「附录一：第三方SDK清单」, 「附录 1：关键词定义」: an appendix's title names its topic after a colon (not a label and
# its value)
_APPENDIX_TITLE = lazy(rf"^(?:附件|附录|附錄)(?:[ \t]?[一二三四五六七八九十\d]{{1,2}})?[：:][ \t]*[{HAN}A-Za-z（）()、]{{2,20}}$")
_ORG_SUFFIX = lazy(
    r"(?:公司|有限公司|集團|集团|團隊|团队|事務所|事务所|經營部|经营部|工作室|研究院|研究所|協會|协会|大学|大學|学院|學院|医院|醫院|银行|銀行"
    r"|委员会|委員會|基金会|基金會|Inc\.?|Ltd\.?|LLC|Limited|Corporation|Corp\.?|GmbH)$",
    re.I,
)
_LEAD_IN = (
    "以下",
    "下列",
    "如下",
    "如果",
    "若您",
    "若",
    "請",
    "请",
    "倘若",
    "假如",
    "因此",
    "但是",
    "此外",
    "例如",
    "另外",
    "同時",
    "同时",
    "欢迎",  # greetings open the text, never a section: 「欢迎您使用健录」
    "歡迎",
    "感谢",
    "感謝",
    "您好",
)
# 「您也可以点击本链接完成注销」, 「我们还会在七日内回复」: a subject, an adverb (也, 还…) and a modal verb
# open a sentence that goes on from the one before (its full stop was forgotten), not a title (「您可以管理您的
# 个人信息」 and 「我们会保护未成年人」 are titles of plain-text policies); questions stay titles: 「您可以做什麼」, 「我们会如何使用…」.
_SUBJECT_MODAL = lazy(
    r"^(?:您|你|我们|我們|本公司|本平台)(?:也|还|還|亦|均|都|仍|同样|同樣)"
    r"(?:可以|可(?!能)|会|會|将|將|能够|能夠|应当|應當|需要|必须|必須|不会|不會)"
)
# 「您可以通过以下方式操作」 over 「发送邮件到…申请」: a subject and a modal verb, then a word announcing what follows, is a
# lead-in whose colon was left out, not a title (u45a2, eval/structure45c raise-privacy-vue L103)
_ANNOUNCING_SENTENCE = lazy(
    r"^(?:您|你|我们|我們|本公司|本平台)(?:可以|可(?!能)|会|會|将|將|能够|能夠|应当|應當|需要|必须|必須)[^，,。]{0,12}?(?:以下|如下|下列)"
)
_QUESTION = lazy(r"如何|怎样|怎樣|怎么|怎麼|什么|什麼|哪些|哪里|哪裡|何时|何時|为何|為何|吗|嗎|[?？]")
# 「我们不会收集的信息」: a clause made into a noun by 的 near the end is a title (「您的请求」 is not: 的 after a pronoun)
_NOUN_PHRASE_END = lazy(r"(?<!您)(?<!你)(?<!们)(?<!們)(?<!其)的[^的，,。]{1,5}$")
# Conventional names of an opening section: the one first line that may be a heading.
OPENING_TITLES = frozenset(
    {"引言", "前言", "序言", "导言", "導言", "概述", "概要", "简介", "簡介", "说明", "說明", "introduction", "overview", "preamble"}
    # the notice that opens app policies (a consent pop-up's text pasted above the policy)
    | {"温馨提示", "溫馨提示", "特别提示", "特別提示", "重要提示", "提示条款", "提示條款"}
)
# One pair of brackets around a whole title: 「【引言】」 (twenty-fourth session, `eval/blind/pairs24`).
_TITLE_BRACKETS = {"【": "】", "〖": "〗", "[": "]", "［": "］"}
# An opening section's compound name ending in its word: 「【首部及导言】」 above 「1.【…】」 (twenty-sixth session,
# `eval/blind/round26b`: a Word page's preamble section).
_OPENING_END = lazy(rf"(?:{OPENING_WORDS})\Z")
_OPENING_MAX = 8  # characters: 「首部及导言」, 「总则与引言」; a longer line ending so is a sentence's end


def unbracketed(text: str) -> str:
    """「【引言】」 → 「引言」: one pair of brackets around the whole text taken off."""
    return text[1:-1].strip() if len(text) > 2 and _TITLE_BRACKETS.get(text[0]) == text[-1] else text


def opening_title(text: str) -> bool:
    """Whether a heading's text names a policy's opening section: 「引言」, 「【引言】」, 「**导言：**」, 「首部及导言」."""
    bare = unbracketed(fold(text).strip(" \t\u3000:：*"))
    return bare.lower() in OPENING_TITLES or (len(bare) <= _OPENING_MAX and _OPENING_END.search(bare) is not None)


# A line ending in one of these is a clause waiting for its object: 「…您可發送電子郵件至」.
_EMPHASIS = lazy(r"^(\*\*|__)(.+)\1$")
_PHONE_LIKE = lazy(r"\d[\d\s-]{6,}\d")
_NOT_LATIN = lazy(r"[^A-Za-z]+")
_WORD_CHAR = lazy(r"[^\W_]")  # letters, digits and ideographs; a big range class costs 1.5 ms to compile
_DATE_ONLY = lazy(r"^[\d\s年月日./-]+$")
# 「本声明自更新之日起生效, 最近的更新时间是：2022年6月1日」: a sentence that ends by giving a date after a colon or 是/为/于
# states when the text changed; it titles nothing (u46a, eval/structure46 xiu: read as a section between two titles)
# The same in English after a colon, 「online-qr-scanner.net Privacy Policy: Jan 15, 2022」 (u48e, eval/editions48 qr: the
# Chinese copy of that <h2> was no heading and the English one was, so the two editions' outlines differed)
_ENDS_IN_DATE = lazy(
    r"[:是为為于於][ \t]*\d{4}[ \t]*[年./-][ \t]*\d{1,2}[ \t]*[月./-][ \t]*\d{1,2}[ \t]*日?$"
    r"|:[ \t]*(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?"
    r"|\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?)[ \t]+\d{4}$"
)
# A template variable standing alone (「{{support_email}}」, 「${company}」, 「{app_name}」, 「%COMPANY%」, 「<公司名称>」) or an
# English slot in brackets (「[Your Email]」, 「[Insert address]」): a value left to fill, never a section's title
_SLOT_ONLY = lazy(
    r"^(?:\{\{[^{}]{1,60}\}\}|\$\{[^{}]{1,60}\}|\{[A-Za-z_][\w.-]{0,40}\}|%[A-Za-z_][\w-]{0,40}%|<[^<>/=\"']{1,30}>"
    r"|\[(?i:your|insert|enter|company|name|e-?mail|address|phone|date|app|product)\b[^\[\]]{0,40}\])$"
)
_TAG = lazy(r"</?[A-Za-z][^<>]*>")
TOC_TITLES = ("目录", "目錄", "目次", "contents", "table of contents")
# A line naming a policy: a title, or a second-language edition's title (Japanese and Korean too).
POLICY_WORD = lazy(
    r"政策|隱私|隐私|聲明|声明|條款|条款|指引|協議|协议|須知|须知|policy|notice|privacy|ポリシー|プライバシー|個人情報保護方針|개인정보|처리방침",
    re.I,
)

# English words that open a sentence (「We use Google」) or leave a phrase open at its end (「Data we keep for」):
# a line that starts or ends with one is a wrapped sentence, not a title (「Your rights」, 「Sign in」 are titles).
SENTENCE_OPENERS = frozenset(["we", "you", "i", "it", "they", "he", "she", "there", "this", "these"])
OPEN_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "of", "to", "for", "by", "with", "from", "our", "your", "their", "as", "that", "which"]
)

MAX_NUMBERED = 32
MAX_PLAIN = 30
MAX_PLAIN_LATIN = 80


class Heading(NamedTuple):
    """A block recognised as a heading, with how it was recognised."""

    at: int  # index into the block list
    title: str
    number: Number | None
    key: tuple[str, ...]


@lru_cache(maxsize=8192)
def han_pairs(title: str) -> list[str]:
    """The two-character runs of Han characters in a title, in order (「账号信息」 → 账号, 号信, 信息)."""
    return [title[n : n + 2] for n in range(len(title) - 1) if _is_han(title[n]) and _is_han(title[n + 1])]


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def unemphasise(text: str) -> str:
    """Strip a Markdown emphasis pair wrapping the whole text: **（一）分享** → （一）分享."""
    stripped = text.strip()
    if not stripped.startswith(("**", "__")):
        return text  # most blocks: the pattern needs ** or __ first, so no call into `re` (issue #11)
    m = _EMPHASIS.match(stripped)
    return m.group(2).strip() if m else text


# An inline HTML tag as CommonMark reads one (a name of ASCII letters, digits and hyphens, attributes, `/>`), at the start or
# the end of a title: a Markdown paragraph read as a title keeps its tags (「1.佳麦账号的注册、登录<br> <br>」, the spacer
# lines below it; 「<u>2.4 更新及完善</u>」), which an ATX heading's title loses (load.markdown.headings.clean_title).
_TAG_SHAPE = r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,200})?/?>"
_TRAILING_TAG = lazy(rf"{_TAG_SHAPE}\s*+\Z")  # searched in the last 260 characters only: a tag is at most 240 long
_TRAILING_BREAK = lazy(r"<(?:br|BR|Br)\s{0,10}/?>\s*+\Z")
_ANY_TAG = lazy(_TAG_SHAPE)


# An inline formatting tag inside a title written with HTML in a text file (「一、<strong>个人信息的定义</strong>」, eval/structure49
# tongue-privacy-txt): markup around a word, never the title's words (`inline_tag_ranges`)
_INLINE_TAG = lazy(r"</?(?:strong|b|em|i|u|span|font)(?:\s[^<>\n]{0,200})?>", re.IGNORECASE)


def inline_tag_ranges(title: str) -> list[tuple[int, int]] | None:
    """The ranges of `title` left once its inline formatting tags are taken out, or None when it has none.

    「一、<strong>个人信息的定义</strong>」 → [(0, 2), (10, 17)]: 「一、」 and 「个人信息的定义」, shown as 「一、个人信息的定义」.  The
    title is then no longer one cut of its block's text; the caller locates each range with the block's own pieces, so
    every character keeps its true column (forty-ninth session, u49a2).  None too when nothing but spaces would be left,
    or when white space would open or close what is left (the ranges are the shown text, unstripped)."""
    if "<" not in title:
        return None
    ranges: list[tuple[int, int]] = []
    start = 0
    for m in _INLINE_TAG.finditer(title):
        if m.start() > start:
            ranges.append((start, m.start()))
        start = m.end()
    if start == 0:
        return None
    if start < len(title):
        ranges.append((start, len(title)))
    shown = "".join(title[a:b] for a, b in ranges)
    if not shown.strip() or shown != shown.strip():
        return None
    return ranges


def _cut_trailing(text: str, pattern: re.Pattern[str]) -> str:
    """`text` without the run of `pattern` matches that ends it, taken one at a time from the end; linear: each search
    reads a bounded window before the current end (`endpos` stands for the end of the text), nothing is copied."""
    end = len(text)
    while (m := pattern.search(text, max(0, end - 260), end)) is not None and m.start() > 0:
        end = m.start()
    return text[:end]


def untag_ends(title: str) -> str:
    """`title` without the inline tags that wrap or end it (thirty-fourth session, eval/pairs34): 「2.账号公开信息<br> <br>」
    → 「2.账号公开信息」, 「<u>2.4 更新及完善</u>」 → 「2.4 更新及完善」.  Tags at the edges go only when no tag is left
    inside (「<b>一、</b>总则」 keeps them: cutting its first tag would leave a lone `</b>`; its trailing `<br>`s still go);
    a title of tags only is kept.  The result is a cut of the text, so its pieces are found."""
    if "<" not in title or ">" not in title:
        return title  # most titles: no call into `re`
    ended = _cut_trailing(title, _TRAILING_BREAK).rstrip()
    if not _ANY_TAG.sub("", ended).strip():
        return title  # tags only: nothing to show instead
    cut = ended
    while (m := _ANY_TAG.match(cut := cut.lstrip())) is not None and m.end() < len(cut):
        cut = cut[m.end() :]
    cut = _cut_trailing(cut, _TRAILING_TAG).strip()
    return cut if cut and _ANY_TAG.search(cut) is None else ended


def _display_len(text: str) -> int:
    """Length for heading limits: a Latin word counts as one unit, like a CJK character."""
    return len(re.sub(r"[A-Za-z0-9']+", "w", text))


_HEADING_LIKE = Table()  # (text, limit) → `heading_like`'s answer (`structure.memo`)


def heading_like(text: str, *, limit: int) -> bool:
    """Short, no sentence inside it, not a label:value line, no address/URL."""
    key = (text, limit)
    found = _HEADING_LIKE.answers.get(key, UNKNOWN)
    return _HEADING_LIKE.keep(key, text, _heading_like(text, limit)) if found is UNKNOWN else found  # type: ignore[no-any-return]


def _heading_like(text: str, limit: int) -> bool:
    folded = fold(text).strip()
    # Cheapest tests first: most blocks are sentences ending in 。 or far too long.
    if folded.endswith(_NOT_HEADING_END) and not folded.endswith("..."):
        return False
    if len(folded) > limit and _display_len(folded) > limit:
        return False
    if ("<" in folded and not _TAG.sub("", folded).strip()) or not _WORD_CHAR.search(folded):
        return False  # markup only, or a rule line such as ________ or ------
    if _INSIDE_SENTENCE.search(folded[:-1]) or _EMAIL_URL.search(folded) or _PHONE_LIKE.search(folded):
        return False
    if folded.endswith((")", "）")) and _BRACKETED_HOST.search(folded):
        return False
    if (folded[-1:].isdecimal() or folded.endswith("日")) and _ENDS_IN_DATE.search(folded):
        return False
    if "完" in folded and _END_MARK.fullmatch(folded):
        return False  # 「（完）」, 「——全文完——」: the text's end mark (u46a2, eval/structure46c jiafeng L427)
    return not (_DATE_ONLY.match(folded) or _SLOT_ONLY.match(folded))


# The mark that ends a text: 「（完）」, 「【全文完】」, 「——完——」, 「-正文完-」 (the brackets and dashes around it, no other word)
_END_MARK = lazy(r"\A[(（【\[〔<《—–\-－~～=＝*＊ \t]{0,12}(?:全文|正文)?完(?:结|結)?[)）】\]〕>》—–\-－~～=＝*＊ \t]{0,12}\Z")


def numbered_heading(block: Block, *, glued: tuple[str, ...] | None = None) -> Heading | None:
    """A numbered pseudo-heading such as 「一、我們如何收集」 or 「3.1 第三方 SDK」 (with a `glued` style, also 「2删除个人信息」)."""
    first = block.text[:1]
    if first.isspace():
        first = block.text.lstrip()[:1]
    if first not in NUMBER_STARTS and first not in "*_":
        return None  # most paragraphs: no number label, and no emphasis around one
    key = (block.text, glued)
    found = _NUMBERED.answers.get(key, UNKNOWN)
    return _NUMBERED.keep(key, block.text, _numbered_heading(block.text, glued)) if found is UNKNOWN else found  # type: ignore[no-any-return]


_NUMBERED = Table()  # (text, glued style) → `numbered_heading`'s answer, a Heading at -1 or None (`structure.memo`)


def _numbered_heading(written: str, glued: tuple[str, ...] | None) -> Heading | None:
    text = unemphasise(written)
    number = parse_number(text, glued=glued)
    if number is None:
        return None
    rest = text[number.rest :].strip()
    if rest.endswith(("：", ":")) and rest[:-1].rstrip().endswith(("**", "__")):
        return None  # 「1. **数据加密**:」: a bold label introducing its list, not a heading
    if rest.endswith(("：", ":")) and len(rest) <= 9 and not re.search("包括|包含|如下|以下|下列", rest):
        rest = rest[:-1]  # 「（一）服务供应商:」 is a heading with a colon
    if _self_numbered(number, rest):
        return Heading(-1, text, number, ("num",) + number.style)
    if not rest or not heading_like(rest, limit=MAX_NUMBERED) or _LABEL_VALUE.match(fold(rest)) or _CATEGORY_LIST.match(fold(rest)):
        return None
    return Heading(-1, text, number, ("num",) + number.style)


# 「业务功能一：注册成为用户」: a short label that counts itself (a noun and a Chinese numeral), a colon, a short title
_SELF_NUMBERED = lazy(rf"^[{HAN}]{{2,6}}([一二三四五六七八九十]{{1,2}})[：:][ \t]*(?=[{HAN}])([^，,。：:；;！？!?]{{2,30}})。?$")


def _self_numbered(number: Number, rest: str) -> bool:
    """「1、业务功能一：注册成为用户」, 「2、业务功能二：…发送促销营销信息。」: a numbered title whose label counts itself with the
    line's own number (1 and 一, 2 and 二) before a colon and a short title (no comma, at most a full stop at its end).

    In every eval set such lines are titles (eval/structure34 ailiao, eval/structure45c raise: 4 of 4), while numbered
    「label：value」 lines whose label does not count itself are list entries (223 of 230: 「1. 账户信息：用户名、邮箱…」), so
    those stay as they were (u46a2)."""
    m = _SELF_NUMBERED.match(fold(rest))
    return m is not None and number_value(number) is not None and chinese_number(m.group(1)) == number_value(number)


def is_plain_heading(block: Block) -> bool:
    """An unnumbered heading line in plain text: 「關於我們」, 「我是否需同意…？」.

    Not a heading: lines ending in sentence or clause punctuation (so lead-ins ending
    in ：, closing lines ending in ！), lines longer than 30 characters, lines with
    more than one comma, label: value lines, company names, e-mails/URLs/phones,
    sentence starters (以下…, 如果…, 請…), lines ending in a word that needs an object
    (…發送電子郵件至), rows of a tab-separated table (a tab between cells), English lines that open or go on like a sentence (「We use Google」,
    「Data we keep for」), list items, and multi-line blocks.
    """
    if block.kind != "paragraph" or len(block.pieces) != 1:
        return False
    if len(block.text) > MAX_PLAIN_LATIN * 3:
        return False  # far too long for any heading; skip the per-character work
    found = _PLAIN.answers.get(block.text, UNKNOWN)
    return _PLAIN.keep(block.text, block.text, _plain_heading(block.text)) if found is UNKNOWN else found  # type: ignore[no-any-return]


_PLAIN = Table()  # a one-line paragraph's text → `is_plain_heading`'s answer (`structure.memo`)


def _plain_heading(written: str) -> bool:
    text = unemphasise(written).strip()
    if text.endswith("。"):
        return False  # the next test's answer for most blocks, without folding the text (。 folds to itself)
    if "\t" in text:
        return False  # 「网络\t连接网络\t是」: cells of a tab-separated table row, not a title
    folded = fold(text)
    if folded.endswith(_NOT_HEADING_END) and not folded.endswith("..."):
        return False  # what heading_like rejects first, before the Latin count below
    if _TYPED_BULLET.match(folded):
        return False  # 「- 干扰或破坏系统正常运行」 under 「包括但不限于：」: a list's entry (eval/structure34b canteen-user-vue)
    # mostly Latin letters; a text with as many ASCII characters as the others or fewer has no need to count them
    latin = 2 * len(folded.encode("ascii", "ignore")) > len(folded) and len(_NOT_LATIN.sub("", folded)) > len(folded) / 2
    if not heading_like(text, limit=MAX_PLAIN_LATIN if latin else MAX_PLAIN):
        return False
    if folded.count("，") + folded.count(",") > 1 or (_label_value(folded) and not _APPENDIX_TITLE.match(folded)):
        return False
    if _ORG_SUFFIX.search(folded) or folded.startswith(_LEAD_IN) or folded.endswith(OPEN_ENDINGS):
        return False
    if _SUBJECT_MODAL.match(folded) and not _QUESTION.search(folded) and not _NOUN_PHRASE_END.search(folded):
        return False
    if _ANNOUNCING_SENTENCE.match(folded) and not _QUESTION.search(folded):
        return False
    # 「when you register」, 「We use Google」 / 「Analytics to …」: a sentence going on
    return not (latin and (folded[:1].islower() or _opens_or_leaves_open(folded)))


def _opens_or_leaves_open(folded: str) -> bool:
    """An English line starting like a sentence (We, It, There…) or ending on a word that wants more (for, by, the…)."""
    words = folded.lower().split()
    return bool(words) and (words[0] in SENTENCE_OPENERS or words[-1] in OPEN_WORDS)


# a clause opening with its subject (「我们采用…」); 「您的权利」, 「我们的承诺」 are noun phrases
_SUBJECT = lazy(r"^(?:我们|我們|您|你|本公司|本平台|本应用|本應用)(?!的)")
_ASKS_WHO = lazy(r"谁|誰")


def reads_as_sentence(text: str) -> bool:
    """A numbered line's text that is a sentence, not a title: 「我们严格遵照法律法规，保护您的通信秘密」.

    A clause with a Chinese comma (16 characters or more), or one opening with its subject
    (「我们采用端到端加密技术」) unless it asks (「我们如何使用」) or ends as a noun phrase (「我们收集的信息」).
    """
    folded = fold(text).strip()
    # fold() makes 「，」 a half-width comma: look for it in the text as written.  Only the Chinese
    # comma: "(a) Account data, such as your name" is an English sub-heading (review, seventh session).
    if len(folded) >= 16 and "，" in text:
        return True
    if not _SUBJECT.match(folded):
        return False
    return not (_QUESTION.search(folded) or _ASKS_WHO.search(folded) or _NOUN_PHRASE_END.search(folded))


def is_label_or_org(text: str) -> bool:
    """「地址：…」 or 「某某有限公司」: contact-block lines, never headings.

    A line wholly in one pair of 【】 is a bracketed title, not a label and its value: 「【特别提示：关于本地存储机制】」, a
    section's `title:` in an app's list (eval/structure45 sleeptracker L64, left by u45a2; u46a).
    """
    folded = fold(text).strip()
    return bool(_label_value(folded) or _ORG_SUFFIX.search(folded))


def names_an_organisation(text: str) -> bool:
    """「四川锦城中天智慧有限公司」: a short line ending on what an organisation is (a company, a studio, a team)."""
    folded = fold(text).strip()
    return len(folded) <= MAX_PLAIN and _ORG_SUFFIX.search(folded) is not None


def _label_value(folded: str) -> bool:
    """「地址：…」: a short label closed by a colon, then its value (not a line wholly in one pair of 【】 that names a topic
    after its colon, 「【特别提示：关于本地存储机制】」; (u46r) 「【提示：验证码请勿外泄】」, 「【注意：未满14周岁请勿注册】」 are a note's
    label and its request, which were read as sections)."""
    if folded.startswith("【") and folded.endswith("】") and folded.count("【") == 1 and folded.count("】") == 1:
        colon = _LABEL_VALUE.match(folded)
        if colon is None or not _BRACKET_NOTE_VALUE.search(folded, colon.end()):
            return False
    return _LABEL_VALUE.match(folded) is not None


# the words of a note's request or statement after a bracketed label's colon (「请勿」, 「不会」, 「您可以」), or a clause mark
_BRACKET_NOTE_VALUE = lazy(r"请|請|勿|不|须|須|需|必须|应|應|可|会|會|将|將|您|你|[，,。；;！!]")
