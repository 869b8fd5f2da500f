"""Patterns and helpers that several stages share: one home, imported by all.

* `EMAIL`: the regex text of an e-mail address (metadata, two rules and the diff tokens
  embed it in their own patterns);
* `OPEN_ENDINGS`: characters a Chinese line does not end with when its sentence goes on
  (至, 的, 及 … waiting for their object): heading shapes, glued titles, paragraph
  repair and line splitting all ask it;
* `chinese_number`: 十五 → 15, 三十 → 30, 一百零五 → 105, 兩 → 2;
* `HAN`, `HAN_COMPAT`: Chinese characters, for inside a character class (`f"[{HAN}]"`); `HAN_CHAR` is one of them
  compiled (lazily), for counting or finding them;
  `COLON`: a full-width or half-width colon, compiled, the cheap guard of label patterns;
* `ZH_MONTH_DAY`: 年…月…日 after a year (metadata's dates, the diff's date tokens);
* `spaced`: a label alternation that also matches its words spaced out for alignment (电　　话);
* `USER_CONTENT`: what a user posts or lists (照片, 图片, 商品, 作品…): a step that edits it before publishing is
  advice to the user, not a drafting note to whoever publishes the policy (the placeholder rules ask it);
  `USER_CONTENT_RE` is it compiled (lazily), shared so that it is compiled once;
* `SECURITY_MEASURE`: security and technical measures (加密, 签名, 访问控制…) that a bracket lists together as values, not
  as a template's choices (the placeholder rules' bracketed choices ask it);
* `slot_only`: a line that is only template interpolations (`{{ section.title }}`, `{{ i + 1 }}. {{ s.title }}`):
  filled at run time, it names nothing, so it is never a heading or a title (the HTML reader and the headings ask it);
* `SENTENCE_MARKS`, `SENTENCE_ENDS` and its named variants: the marks that close a sentence (headings, glued
  titles, page chrome, line joining, the lead-in and date rules, the profiles' sentence splitter);
  `SENTENCE_BREAKS` and `IN_CLAUSE`: a clause's end within a text unit, and a character inside one (the placeholder rules);
  `sentence_bounds` and `SentenceBreaks` (its index of a text, found once): the sentence around a match (the same);
* `COPYRIGHT_SIGN`, `COPYRIGHT_HELD`, `RIGHTS_RESERVED`: the words of a copyright line (page chrome, page lines
  that are no headings);
* `DIGIT_RANGES`, `URL_START`: ASCII and full-width digits; the start of a web address;
* `CONTACT_CHANNELS`, `CONTACT_PERSON`: the names of a contact block's fields (电话：, 邮箱：, 联系人：) that the
  headings, the HTML reader and the lead-in rule build their label patterns from; `contact_channels` gives them
  without some words (the placeholder rules' label patterns); `PHONE_WORDS`, `FAX_WORDS`: a phone's field names.
* `BUILD_TOKEN`, `BUILD_TOKEN_RE`: a starter's or a build step's token (__APP_NAME__, __NAME_ZH__): the placeholder rules
  report one left in, the Markdown reader keeps one in a heading whole (not as bold);
  `CONTACT_LABEL_CHANNELS` is `CONTACT_CHANNELS` without 邮件 (the headings' contact label).
* `unwritten_body`: a paragraph that only says its text is not written yet (暂无内容, 敬请期待, 內容建置中, "Coming
  soon."): placeholder-empty reports it, and the headings never take such a line for a title;
* `TABLE_RULE`, `table_rule`, `ROW_CELL`: a table's rule row (「|---|:--:|」) and a row's cells between bars (the
  Markdown reader, the headings, the profiles' tables and the placeholder rules ask them);
* `NEGATION`, `NOT_NEGATION`: Chinese negations, and the words that hold one of their characters without negating
  (不同, 未来, 除非…否则, 适不适合): `diff.content` ties a negation to its meaning word, `compare.sentences` reads one
  as a concept (a text's negations are `NEGATION` found in it after `NOT_NEGATION` is removed).
* `LONE_CLOSING_TAG`, `opens_element`: a line that is only a closing tag (`</content>`), and whether a page opens that
  element anywhere: the Markdown walker keeps such a line aside (`Document.stray_tags`), `placeholder-residue` reports it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection

from policylens.lazyre import lazy

# The local part is bounded (64 characters, RFC 5321), so that a long run of its
# characters without an @ costs linear time; written `[x][x]{0,63}` so that a pattern
# that starts with it gets `re`'s fast prefix scan.
EMAIL = r"[A-Za-z0-9._%+-][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
MAILTO = lazy(r"mailto:", re.IGNORECASE)
# The endings of a host name as policies write one bare (`steamcommunity.com`, `api.modrinth.com`, `mcimirror.top`):
# the common generic and Chinese-region top-level domains, so that a file name (`cmp.py`, `base-pl.sh`), a storage key
# (`chrome.storage.local`) or a package name (`com.amap.api`) is no host
WEB_TLDS = r"(?:com|net|org|io|pro|cn|dev|app|ai|co|me|info|xyz|top|tech|cc|tw|hk)"


def mailto_address(href: str) -> str | None:
    """The address of a `mailto:` link target, lower-cased, without its query (「mailto:a@b.com?subject=…」); else None."""
    href = href.strip()
    if not MAILTO.match(href):
        return None
    return href[len("mailto:") :].split("?", 1)[0].strip().lower()


def unglued_address(address: str, mailtos: Collection[str]) -> str:
    """`address` (an `EMAIL` match) without the next link's text glued on: 「a@ex.comGitHub」 is a@ex.com when a `mailto:`
    target of the page is a@ex.com and only letters follow it (two <a> side by side, pairs28 daonale-redesign)."""
    low = address.lower()
    if not mailtos or low in mailtos:
        return address
    glued = [t for t in mailtos if low.startswith(t) and low[len(t) :].isalpha()]
    return address[: len(max(glued, key=len))] if glued else address


# Chinese characters, written inside a character class: CJK Unified Ideographs with Extension A
# (U+3400–U+9FFF, the Yijing hexagrams between them included); HAN_COMPAT adds the
# compatibility ideographs (U+F900–U+FAFF).  A module that means a narrower set (the basic
# block only, or Extension A without the hexagrams) writes its own, and says so.
HAN = "\u3400-\u9fff"
HAN_COMPAT = HAN + "\uf900-\ufaff"
HAN_CHAR = lazy(f"[{HAN}]")
# JavaScript's blanks other than ASCII's and the line terminators (ECMAScript's WhiteSpace: no-break space, U+1680, the
# space separators U+2000-U+200A, U+202F, U+205F, the ideographic space U+3000, the byte-order mark), written inside a
# character class: a code page spaced with them (`load.jsx.code_blanks`), the blanks JavaScript's trim() and
# markdown-it drop (`load.markdown.walker`, with ASCII's and U+2028/U+2029)
JS_BLANKS = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff"
# a round bullet typed at the start of a line's text: a list entry (`load.html.titles`), or written by a page's `.map`
# callback before each item (`load.jsx_data.renderer`).  Not - * + (a paragraph may open with a dash or a footnote mark),
# and not the square and arrow marks (■ ▶ ◆ ✓) that also decorate section titles (「■ 我们如何收集信息」)
BULLET_GLYPHS = frozenset("•·・●○▪▫")
COLON = lazy("[：:]")  # a full-width or half-width colon (a `needs` guard of the rules' label patterns)
# Kana, as a character class's body: hiragana, katakana with the prolonged sound mark ー, their phonetic
# extensions and the half-width forms.  Not the katakana middle dot ・ (U+30FB), which Chinese text uses as a separator.
KANA = "\u3041-\u3096\u30a1-\u30fa\u30fc\u31f0-\u31ff\uff66-\uff9d"

# The English month names, lower-cased, January first (dates in `structure.metadata`; a language name before one still
# names the language in `language_names`: "English January to June").
EN_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
# The English day names, lower-cased, Monday first.
EN_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# The month and day of a date written 2021年3月30日 (blanks allowed around each part; 日, 号 or
# 號), after its year: groups month, day.
ZH_MONTH_DAY = r"\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"

# Form-style labels are padded to one width with spaces between their characters: 电　　话：,
# 传　　真：, 联 系 人：.  `spaced` rewrites each two- or three-character Chinese word of an
# alternation `(?:电话|電話|E-?mail|…)` so that up to four blanks may stand between its characters
# (电    话： pads a two-character label to the four of 联系地址 with ASCII spaces); other alternatives
# (Latin words, regex) are kept as written.
_LABEL_GAP = "[ \t\u3000]{0,4}"


def spaced(alternation: str) -> str:
    """`(?:电话|传真|Email)` → `(?:电[ \t\u3000]{0,3}话|传[ \t\u3000]{0,3}真|Email)`."""
    if not (alternation.startswith("(?:") and alternation.endswith(")")):
        raise ValueError(f"not a plain alternation: {alternation!r}")
    words = alternation[3:-1].split("|")
    if any(not w or "(" in w or ")" in w for w in words):
        raise ValueError(f"not a plain alternation: {alternation!r}")

    def one(word: str) -> str:
        if 2 <= len(word) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in word):
            return _LABEL_GAP.join(word)
        return word

    return "(?:" + "|".join(one(w) for w in words) + ")"


OPEN_ENDINGS = tuple("至向的和與与及或在把被從从給给並并而但將将以對对為为於于即其之且由")

CHINESE_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "兩": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# The digits of a year written in Chinese numerals, a character a digit (「二〇二五年」, 「二○二五年」 with a white circle for
# its zero): CHINESE_DIGITS but 兩 and 两, which count and never write a digit.  Used inside a character class.
YEAR_DIGITS = "".join(c for c in CHINESE_DIGITS if c not in "兩两")
_UNITS = {"十": 10, "百": 100}


def chinese_number(text: str) -> int | None:
    """十五 → 15, 三十 → 30, 一百八十 → 180, 一百零五 → 105, 兩 → 2, Arabic digits as they are.

    None when `text` is not one plain numeral: empty, other characters, two digits in a
    row (一二), or units out of order (十十, 十百).
    """
    if text.isdigit():
        return int(text)
    total, current, last_unit = 0, None, None
    for ch in text:
        if ch in CHINESE_DIGITS:
            value = CHINESE_DIGITS[ch]
            if value == 0 and current is None and last_unit is not None:
                continue  # 一百零五: the zero only marks the empty tens
            if current is not None:
                return None
            current = value
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if last_unit is not None and unit >= last_unit:
                return None
            total += (1 if current is None else current) * unit
            current, last_unit = None, unit
        else:
            return None
    if current is None and last_unit is None:
        return None
    return total + (current or 0)


# Words that announce a policy's own date (更新日期, 生效, Last modified): the cue of `date-format`,
# and the label before a YYYY-MM-DD left unfilled (`placeholder-instruction`).
DATE_CUE = r"更新|修訂|修订|生效|施行|最後|最后|(?i:effective|updated|revised|last\s*modified)"


# 请在发布前删除照片中的他人个人信息, 上架前请删除商品图片中的联系方式: the user's own content, not the policy text
USER_CONTENT = (
    r"照片|相片|图片|圖片|图像|圖像|视频|視頻|影片|商品|作品|帖子|贴文|貼文|动态|動態|评论|評論|留言|截图|截圖|附件|简历|履歷"
    r"|笔记|筆記|直播|文章|稿件|素材|头像|頭像|个人资料|個人資料|聊天|相册|相簿"
)
USER_CONTENT_RE = lazy(USER_CONTENT)

# One option of a template's bracketed choices, 「[微信支付/支付宝/银联 等]」, 「[順豐速運 / 香港郵政]」: a run of up to 16
# characters that opens on neither a space nor a slash and holds no bracket or slash (a pattern's text, for
# `placeholder_storefront`'s spaced choices and `placeholder_choice_slots`' unspaced ones; linear on pumped input)
BRACKET_OPTION = r"[^\[\]\n/／()（）【】 \t\u3000][^\[\]\n/／()（）【】]{0,15}?"

# Security and technical measures (加密, 签名, 访问控制, 备份…): a real policy names them together in one bracket, 「用于[数据加密/传输加密/
# 存储加密]」, 「[数据加密 / 传输加密 / 存储加密]」, so a bracket listing one is a list of values, not a template's choices left
# for its user to pick from (`placeholder_forms`' cell choices, `placeholder_storefront`'s bracketed choices)
SECURITY_MEASURE = lazy(
    r"加密|解密|哈希|散列|签名|簽名|证书|證書|协议|協議|算法|演算法|防火墙|防火牆|认证|認證|鉴权|鑑權|校验|校驗|脱敏|去标识化|去識別化"
    r"|匿名化|访问控制|訪問控制|存取控制|审计|審計|备份|備份|容灾|容災|入侵检测|入侵偵測|传输安全|傳輸安全"
)


# Characters that show nothing and split a word for a regex: zero-width space, non-joiner and joiner, word joiner,
# a BOM inside the text, a soft hyphen.  【公司\u200b名稱】 reads as 【公司名稱】 on every screen, and was not found.
# So do the variation selectors (VS1–VS16 U+FE00–FE0F, VS17–VS256 U+E0100–E01EF: 公\U000e0100 is 公 in another glyph),
# the combining grapheme joiner U+034F and the tag characters U+E0000–E007F: 【公\U000e0100司名稱】 was not found either.
# So do the bidi marks and isolates (twenty-sixth round): the left-to-right and right-to-left marks U+200E/U+200F and
# the Arabic letter mark U+061C (`&lrm;` of a web page, a copy from a right-to-left document), the isolates U+2066–U+2069
# that Fluent, ICU and Android's BidiFormatter put around every value they fill in (「【\u2068公司名稱\u2069】」),
# the invisible operators U+2061–U+2064 and the Mongolian selectors U+180B–U+180F: none of them shows, and none
# moves an ideograph.  The overrides and embeddings U+202A–U+202E are not among them: they reorder what is shown
# (`render.safe` writes them as `<U+202E>`), so `diff` keeps one inserted as a change.
# `INVISIBLE_BMP` is its characters below U+10000, written out (for `str.strip`, and for a class `re` compiles to a
# bitmap: `structure.metadata` searches with it); the tags and VS17–VS256 are astral.
_INVISIBLE_RANGES = (
    (0xAD, 0xAD),
    (0x34F, 0x34F),
    (0x61C, 0x61C),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x2060, 0x2064),
    (0x2066, 0x2069),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
)
INVISIBLE_BMP = "".join(chr(c) for lo, hi in _INVISIBLE_RANGES for c in range(lo, hi + 1))
INVISIBLE = lazy(f"[{INVISIBLE_BMP}\U000e0000-\U000e007f\U000e0100-\U000e01ef]")


# A surrogate code point (U+D800–U+DFFF) in a Python string: a lone half of a pair, which UTF-8 cannot write (a JSON
# `"\ud800"` escape, or a file name's byte that is not UTF-8 under surrogateescape).
SURROGATE = lazy("[\ud800-\udfff]")

# A pictograph that only labels the contact detail or link after it (📧 before an e-mail, ☎ before a number, 🔗 before
# an address, 📍 before a street): 「請聯絡我們：wuwei@…」 re-set as 「請聯絡我們：\n📧 wuwei@…」 says the same (pairs26).
# Not a pictograph that says yes or no (✅ ❌ ⚠ ✔ ✖ 🚫): 「✅ 位置」 → 「❌ 位置」 is a change.  With the spaces after it.
LABEL_PICTOGRAPH = lazy(
    "[\U0001f4e7\u2709\U0001f4e8\U0001f4e9\U0001f4ee\U0001f4de\u260e\U0001f4f1\U0001f4f2\U0001f4e0"
    "\U0001f310\U0001f517\U0001f4cd\U0001f3e0\U0001f3e2\U0001f4ac][\ufe0e\ufe0f]?[ \t\u3000]*"
)


# Pictographs that decorate a heading at its start or end (「📈 广告」, 「🔐 数据安全」, 「隐私 🔒」): no part of the section's
# name, so 「广告」 → 「📈 广告」 is no rename (pairs28 zenmaster-update).  Emoji blocks, Misc Symbols and Dingbats, with
# their variation selectors, skin tones and ZWJ sequences (a skin tone only as a modifier: read also as a pictograph of
# its own, 「☀︎🏻‍☀︎🏻…」 split two ways at each tone, and the runs backtracked exponentially; regex store).  Not a pictograph that says yes or no or warns (✅ ❌ ❎ ⚠ ✔
# ✖ ✓ ✗ ✘ ☑ ☒ 🚫 ⛔ 🔞) nor ♀ ♂: 「✅ 位置」 → 「❌ 位置」 stays a rename.  Not flags (regional indicators) nor keycaps.
_YES_NO = "\u2705\u274c\u274e\u26a0\u2714\u2716\u2713\u2717\u2718\u2611\u2612\u26d4\u2640\u2642\U0001f6ab\U0001f51e"
_EMOJI = (
    "\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001f3fa\U0001f400-\U0001f64f\U0001f680-\U0001f6ff\U0001f900-\U0001f9ff\U0001fa70-\U0001faff"
)
_SKIN_TONE = "\U0001f3fb-\U0001f3ff"
_PICTOGRAPH = f"(?![{_YES_NO}])[{_EMOJI}][\ufe0e\ufe0f]?[{_SKIN_TONE}]?"
_PICTOGRAPH_RUN = f"{_PICTOGRAPH}(?:\u200d{_PICTOGRAPH})*"
# The trailing run starts only where a run can start: not after a pictograph, its selectors or a blank (unless after a
# yes/no mark, which is no part of the run), so a line of 6,000 「📈 」 and an x is tried once, not from each of its
# positions (review u28w: 6.9 s of CPU for one `diff`).
_RUN_INSIDE = f"{_EMOJI}{_SKIN_TONE}\ufe0e\ufe0f\u200d \t\u3000"
HEADING_PICTOGRAPHS = lazy(
    f"^(?:{_PICTOGRAPH_RUN}[ \t\u3000]*)+|(?:(?<![{_RUN_INSIDE}])|(?<=[{_YES_NO}]))(?:[ \t\u3000]*{_PICTOGRAPH_RUN})+$"
)

# `{{ … }}`: a Vue, WeChat or Jinja interpolation, read as Vue reads one: up to the first 「}}」, braces inside (u46l: a
# template literal's hole, 「{{ title || `${$t('authentication.welcomeBack')} 👋🏻` }}」, was no slot, and became the
# page's title; u46h2: so were deeper braces and a lone brace in a string, 「{{ a || { b: { c: 1 } } }}」, 「{{ '{' + a }}」).
# A 「{{」 inside ends the try, so each start reads up to the next one (linear); 「{{{raw}}}」 is 「{{{raw}}」 and a brace.
SLOT = lazy(r"\{\{((?:[^{}\n]++|\{(?!\{)|\}(?!\}))*+)\}\}")
_LETTER = lazy(r"[^\W\d_]")


def slot_only(text: str) -> bool:
    """Is `text` only template interpolations, with at most digits and punctuation around them (no word of its own)?"""
    if "{{" not in text:
        return False
    rest = SLOT.sub("", text)
    return rest != text and _LETTER.search(rest) is None


# A table's rule row: 「|---|:--:|」, 「| --- | --- |」, an Org or grid table's 「|---+---|」「+----+----+」, bars, colons,
# dashes, pluses and blanks only (an empty text is one too).  The Markdown reader drops one from an indented table, the
# profiles' tables skip one, the headings know a plain-text file's pipe table by one (`table_rule`).
TABLE_RULE = lazy(r"[\s|:+-]*")
# A table row's cells: the text between two bars (「| a | b |」 → 「 a 」, 「 b 」; a cell is never empty nor crosses a line).
ROW_CELL = lazy(r"(?<=\|)([^|\n]+)(?=\|)")


def table_rule(text: str) -> bool:
    """Is `text` only a table's rule (`TABLE_RULE`): bars, colons, dashes, pluses and blanks?"""
    return TABLE_RULE.fullmatch(text) is not None


# The marks that close a sentence wherever they stand: 。！？； and their ASCII forms.  The ASCII period is not
# among them (it also stands in 3.5, example.com, Inc.), nor the full-width ．: each variant below says which
# of the two counts.  Written for a character class too (f"[{SENTENCE_MARKS}]": none of them is special there).
SENTENCE_MARKS = "。！？；!?;"
# a line that ends with one of these closes a sentence (a heading does not): the ASCII period counts
SENTENCE_ENDS = tuple(SENTENCE_MARKS + ".")
# the same in page chrome, where a short line's "." closes a name or an abbreviation (「© 2025 Peapod Hotels.」):
# the full-width ．counts, the ASCII period not
SENTENCE_ENDS_WIDE_STOP = tuple(SENTENCE_MARKS + "．")
# where a sentence or a lead-in ends: the marks and the colon (「如下：」 closes the clause before a list)
CLAUSE_MARKS = SENTENCE_MARKS + "：:"
# a statement's end: no question (「如何联系我们？」 is a title), no semicolon (the tail of a contact block)
STATEMENT_ENDS = tuple("。．！!")
# where a clause stops within a text unit: the marks and the line's end (the placeholder rules read one clause)
SENTENCE_BREAKS = SENTENCE_MARKS + "\n"
# the reader addressed (您, 閣下, "you", "your"): a note with one in its sentence speaks to the reader, not the drafter
READER = lazy(r"[您你妳]|閣下|阁下|(?i:\byour?\b)")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence of `text` that holds text[start:end]: from after the last sentence break (a mark, a
    line's end or an ASCII period) before `start` to the first at or after `end`, else the text's ends."""
    breaks = SENTENCE_BREAKS + "."
    before = max(text.rfind(c, 0, start) for c in breaks)
    after = min([i for i in (text.find(c, end) for c in breaks) if i >= 0] or [len(text)])
    return before + 1, after


_SENTENCE_BREAK = lazy(rf"[{SENTENCE_MARKS}\n.]")


class SentenceBreaks:
    """The sentence breaks of one text (`sentence_bounds`' marks, line ends and ASCII periods), found once: `bounds`
    is `sentence_bounds` by bisection, for a rule that asks it of every match of a unit (one pass per match over a
    paragraph of thousands of them was quadratic, review u56rv).  `of` keeps the index while the text stays the same."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._at = [m.start() for m in _SENTENCE_BREAK.finditer(text)]

    @classmethod
    def of(cls, known: SentenceBreaks | None, text: str) -> SentenceBreaks:
        """`known` when it indexes `text` (the same object), else a new index of `text`."""
        return known if known is not None and known.text is text else cls(text)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """`sentence_bounds(self.text, start, end)`."""
        at = self._at
        i = bisect_left(at, start)
        j = bisect_left(at, end)
        return (at[i - 1] + 1 if i else 0), (at[j] if j < len(at) else len(self.text))


# one character of a clause, for a pattern (f"{IN_CLAUSE}{{0,30}}?": up to 30 characters before the clause's end)
IN_CLAUSE = rf"[^{SENTENCE_MARKS}\n]"


# A copyright line: the sign or the word (「©」, 「(c)」, "Copyright"), the words of a held copyright
# (「版权所有 © 2024」) and of the rights reserved (「保留所有权利。」, "All rights reserved.").  Each user keeps its
# own whole-line rule: page chrome (load.html) any short line with one of them, the headings only a sign before a
# year or the reserved rights at the line's end (「Copyright」 alone titles a section about copyright).
COPYRIGHT_SIGN = r"©|\((?i:c)\)|(?i:copyright)"
COPYRIGHT_HELD = r"版权所有|版權所有"
RIGHTS_RESERVED = rf"{COPYRIGHT_HELD}|保留所有权利|保留所有權利|保留一切权利|保留一切權利|(?i:all rights reserved)"


# ASCII and full-width digits, for inside a character class (f"[{DIGIT_RANGES}]{{5}}": a phone's run of digits)
DIGIT_RANGES = "0-9０-９"
# Where a web address starts (「https://example.com」, 「www.example.com」): an alternation, for inside `(?:…)`;
# each user sets its own case rule (metadata and heading shapes also read 「WWW.」 and 「HTTPS://」)
URL_START = r"https?://|www\."


# The names of a way to reach someone, as a contact block labels its fields (「电话：」, 「邮箱：」, 「微信：」):
# simplified and traditional forms, and QQ.  Each user adds the fields of its own kind (手机, 网址, Latin names).
CONTACT_CHANNELS = r"邮箱|郵箱|信箱|电邮|電郵|邮件|郵件|电话|電話|地址|传真|傳真|微信|QQ"


def contact_channels(without: tuple[str, ...] = ()) -> str:
    """`CONTACT_CHANNELS` without some of its words, for a rule that does not read them as a field's name.

    No channel word is the start of another, so a user may put its own longer words (电话号码, 邮件地址) before
    or after these in its alternation: the same text matches either way.
    """
    words = CONTACT_CHANNELS.split("|")
    unknown = set(without) - set(words)
    if unknown:
        raise ValueError(f"not a channel word: {sorted(unknown)}")
    return "|".join(w for w in words if w not in without)


# (u59r) the caption of one field of a contact block, alone (「1、公司名称」, 「注册地址」, 「联系电话」, 'Contact', 'Email', 'Company name'),
# compiled with re.I: a heading over its value alone (`profiles.coverage.units`), and (u59h) a value that is only a field's
# caption, a form's label, not a name (`load.i18n_records`: `company: '公司名称'`, `address: 'Address'`)
FIELD_CAPTION = (
    r"\A[ \t#*]{0,6}(?:[(（]?[\d一二三四五六七八九十]{1,3}[.．、)）][ \t]{0,2})?[^\n。；;！!？?，,:：您你我]{0,10}?"
    r"(?:名称|名稱|全称|全稱|"
    + contact_channels(without=("电邮", "電郵", "微信", "QQ"))  # the shared field names (地址, 电话, 邮箱 …) less four
    + r"|联系方式|聯繫方式|联络方式|聯絡方式|联系人|聯繫人|负责人|負責人"
    r"|网址|網址|官网|官網|e-?mail(?:[ \t]address)?|address|phone|telephone|fax|contact(?:[ \t]us)?|company(?:[ \t]name)?|website)"
    r"(?:[ \t]?(?:information|details|info|信息|資訊|资讯))?[ \t*]{0,4}\Z"
)


# the names of a phone number's field (「电话：」, 「手机：」, 「热线：」): the dummy-number rules' labels and columns
PHONE_WORDS = r"电话|電話|手机|手機|热线|熱線"
FAX_WORDS = r"传真|傳真"
# (u58f; shared by u61p) 0800-000-000, 400-000-0000: a hyphenated number whose subscriber digits are all zero (the dummy-number
# rules: `placeholder_dummy_number` reports it, `placeholder_dummy_contact._under_label` leaves it to that rule)
ZERO_NUMBER = r"(?<![0-9A-Za-z_.+-])(?:0[0-9]{1,3}|[1-9][0-9]{2})-0{3,4}-0{3,4}(?![0-9A-Za-z_-])"

# `CONTACT_LABEL_CHANNELS` leaves out 邮件/郵件, which also end a topic line (「关于营销邮件：」): a contact label that the
# headings read as announcing its value, the next line, must not take the topic's sub-title for one (review rv14a)
CONTACT_LABEL_CHANNELS = contact_channels(without=("邮件", "郵件"))
# the names of a field whose value is a person (「联系人：」, 「个人信息保护负责人：」, 「姓名：」)
# the words of a code identifier: serviceTel → service, Tel; PHONE_NO → PHONE, NO; btnAgree → btn, Agree
IDENTIFIER_WORDS = lazy(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
CONTACT_PERSON = r"负责人|負責人|联系人|聯絡人|聯繫人|姓名"

# the verbs of a reader acting on a control or going to a screen of the app (点击, 点按, 选择, 进入, 打开, 前往, 切换, 查看):
# a bracket after one names the control or the screen, not a slot to fill (点击【待确认的订单】, 点击[设置/隐私], 点按
# [Provide feedback]).  Each rule adds its own words: the hedge rule a path's 依次/路径, the pending notes a place's 在,
# the generic slots a part of the text seen (详见, 参见) or a menu arrow.  A plain alternation.
UI_VERBS = r"点击|點擊|点按|點按|点选|點選|轻触|輕觸|选择|選擇|进入|進入|打开|打開|前往|切换|切換|查看"

# A document's field names besides its contact channels (a name, a web address, a date): a slot asks for one ([公司名称],
# 【生效日期】: `rules.placeholder_instruction.vocabulary`), a field line begins with one (「网址：…」: `diff.redline`).
# A plain alternation, so that `spaced` can take it.
FIELD_NAMES = r"名称|名稱|网址|網址|日期|时间|時間"

# _EMAIL_, __APP_NAME__, __NAME_ZH__: a starter's or a build step's token, in capitals, naming a field (a trailing language
# code too: the token of one edition of a bilingual page), one or two underscores each side; replaced when a project is
# made from the starter or when the page is built (`rules.placeholder_forms` reports one left in; the Markdown reader
# keeps a heading's `__NAME__` whole, not as bold NAME: thirtieth session, u30r)
BUILD_TOKEN = (
    r"_{1,2}(?:[A-Z][A-Z0-9]*_)?(?:[A-Z]{2,}_)?(?:NAME|EMAIL|E_MAIL|ADDRESS|PHONE|TEL|MOBILE|URL|DATE|SITE|DOMAIN|COMPANY"
    r"|CONTACT)(?:_(?:ZH|EN|CN|TW|HK|MO|JA|JP|KO|KR|HANS|HANT))*_{1,2}"
)
BUILD_TOKEN_RE = lazy(BUILD_TOKEN)

# Negations, and the words that hold one of their characters without negating (不同, 未来, 除非…否则, 适不适合)
NEGATION = lazy(r"不|没|沒|无|無|未|非|勿|别|禁止|避免|拒绝|拒絕|绝不")
NOT_NEGATION = lazy(
    r"([^\W\d_])不\1|不同|不过|不過|不断|不斷|不仅|不僅|不论|不論|无论|無論|不少(?![于於])|不久|不得不|非常|是否|与否|與否|能否|可否|否则|否則|除非|未来|未來|未成年"
)


# (twenty-sixth session, lead; twenty-seventh: Taiwan's 建置中) a paragraph that only says the text is not there
# yet, compared whole as a string: not 新功能敬请期待 in a sentence, nor 暂无。 alone (an answer: none at present); not 即將推出
# (a product's "coming soon" badge in a page's footer, precision23's hypno-hk); Lorem ipsum is `placeholder-instruction`'s
# marker wherever it stands
_UNWRITTEN_PHRASES = frozenset(
    (
        "暂无内容",
        "暫無內容",
        "敬请期待",
        "敬請期待",
        "建设中",
        "建設中",
        "内容建设中",
        "內容建設中",
        "页面建设中",
        "頁面建設中",
        "网页建设中",
        "網頁建設中",
        "正在建设中",
        "正在建設中",
        "建置中",
        "内容建置中",
        "內容建置中",
        "網站建置中",
        "網頁建置中",
        "頁面建置中",
        "資料建置中",
        "内容完善中",
        "內容完善中",
        "内容更新中",
        "內容更新中",
        "内容待补充",
        "內容待補充",
        "内容待完善",
        "內容待完善",
        "施工中",
        "網站施工中",
        "页面施工中",
        "頁面施工中",
        "coming soon",
        "under construction",
        "content coming soon",
        "to be added",
    )
)
# what may stand around such a paragraph: 「暂无内容。」, 「……内容建设中……」, "Coming soon!"
_UNWRITTEN_AROUND = " \t\u3000.。…!！~～-—*_（）()"


def unwritten_body(text: str) -> str | None:
    """The words of `text` when the whole of it only says the text is not written yet (「……内容建设中……」 →
    「内容建设中」, "Coming soon!" → "Coming soon"), else None."""
    if len(text) > 24:
        return None
    words = text.strip(_UNWRITTEN_AROUND)
    return words if words.lower() in _UNWRITTEN_PHRASES else None


# A document's name ends with what the document is (「某某用户隐私政策」, 「隱私權聲明」, 「最终用户许可协议」); 「隐私政策概要」 is a
# section about it (`structure.headings.title`; `load.html` reads a centred line so named as the document's title)
DOCUMENT_KINDS = "政策|聲明|声明|條款|条款|指引|協議|协议|須知|须知"  # (the Chinese words, an alternation: u56r)
DOCUMENT_NAME_END = lazy(rf"(?:{DOCUMENT_KINDS}|policy|notice|statement)$", re.IGNORECASE)
# The words an opening section is named with (「引言」, 「導言」), an alternation: each reader adds its own (`structure.shapes`,
# `structure.headings.title`, `load.html.raw_text`; u56r)
OPENING_WORDS = "引言|前言|序言|导言|導言"


# The parties a contract binds, who may be told to provide a contact or a fact (「乙方应于上线前提供客服电话」,
# 「商家須於上架前提供聯絡電話」): a term the parties agreed, not a note left to the page's own operator.  Used by
# `rules.placeholder_hant` (a contact deferred) and `rules.placeholder_drafts` (a fact left for the launch), each adding
# the words its own form needs.
CONTRACT_PARTIES = (
    "[甲乙丙丁]方|[双雙各]方|[开開][发發]者|服[务務]商|供[应應]商|商家|商[户戶]|入[驻駐]方|合作方|受[托託]方|委[托託]方"
    "|[卖賣]家|平台|平臺|[运運][营營]方"
)


# a line that is only a closing tag: `</content>`, `</x-note >` (the tag's name is the group `name`)
# (u59p, issue #11 §4) the reader's settings an instruction may tell them to adjust (「请根据实际使用情况调整设置」, 「…调整权限与
# 通知」): advice to the user, not to a drafter (`placeholder_instruction.drafting_notes`, `placeholder_drafting.self_described`)
READER_SETTING = (
    r"(?:相关|相關|对应的|對應的|应用|應用|系统|系統|浏览器|瀏覽器|隐私|隱私|手机|手機|设备|設備|的){0,2}"
    r"(?:设置|設置|設定|偏好|权限|權限|通知|推送|提醒)"
)
LONE_CLOSING_TAG = lazy(r"\A[ \t]*</(?P<name>[A-Za-z][A-Za-z0-9_-]{0,30})[ \t]*>[ \t]*\Z")


def opens_element(lowered: str, name: str) -> bool:
    """Whether lower-cased `lowered` holds an opening tag of the element `name`: <name>, <name attr…>."""
    at = lowered.find("<" + name)
    while at != -1:
        after = lowered[at + 1 + len(name) : at + 2 + len(name)]
        if not (after.isalnum() or after in "_-"):
            return True
        at = lowered.find("<" + name, at + 1)
    return False
