"""A unit's text as the clauses read it: folded, with what says nothing blanked out, and mapped back to its source.

`_unit` joins paragraph slices into a `Unit`; `_blank_out` blanks markup, names of laws and documents
inside 《》, template slots and cross-references (keeping offsets); `_marked`/`_unmarked`/`_dense_search`
read a unit without its inline markup and move a match back to the folded text's offsets (`Moved`);
`_to_mainland` writes Taiwan words in their mainland form of the same length; `_as_you` reads a named
class of users as 您; `_bare` is a line without its numbering (how a table of contents repeats a heading).
Not here: which units a document has (`units`) or which text discloses nothing (`silent`).
"""

from __future__ import annotations

import re
from functools import cache

from policylens import lazyre, lexicon
from policylens.model import Paragraph, Section
from policylens.patterns import INVISIBLE
from policylens.profiles import PATTERN_STORE
from policylens.profiles.coverage.records import Hit, Moved, Segment, Unit, _lazy
from policylens.profiles.coverage.slots import SLOT_SPANS
from policylens.profiles.literals import lowered
from policylens.topics import fold

# Text that speaks *about* a topic without disclosing anything, skipped or blanked out:
# law and document names: 《个人信息保护法》; (sixteenth session, f16c) not the name of the policy's own rules for children
# (「我们发布了《秋水游戏未成年人隐私保护指引》」), which states that it has them (cn-pipl/minors); (seventeenth session, m17b)
# not a brand over its own customer service (「《橙果购》客服热线 0571-…」), which names the operator and its contact
_BOOK_TITLE = _lazy(
    r"《(?![^《》\n]{0,30}?(?:儿童|未成年人)[^《》\n]{0,6}(?:隐私|个人信息|个人资讯|个人资料)(?:保护)?(?:指引|政策|声明|规则))[^《》\n]{1,80}》(?![ \t]{0,2}(?:官方)?[ \t]{0,2}客服)"
)
# Inline HTML tags and bold marks between words.  A tag's name ends at a blank, / or >, so a
# Markdown autolink (<privacy@example.com>, <https://…>) is not a tag: it was blanked, and the
# e-mail of 「请发送邮件到<…@…>，要求我们删除…」 with it.
_MARKUP = _lazy(r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:[ \t/][^<>\n]{0,80})?>|\*\*|__")
# (Twenty-third session, t23v) a Markdown link's brackets and target around its words: `[Acme Labs](https://acme.dev)`,
# `本網站由 [example.net](https://example.net) 經營`. A name written as a link was no name to the patterns that want one
# (the operator: "We are [NAME](…), the team behind APP"). Only the text without markup (`Unit.dense`) leaves them out: the
# folded text keeps the target, where a contact (a mailto: or a form link) is read.
_MD_LINK = _lazy(r"\[([^\[\]\n]{1,80})\]\([^()\s]{1,300}\)")
# (a link to a document, 「[GitHub 隐私声明](…)」 "[Privacy Policy](…)", is a reference to another text, not a name: kept whole)
_LINKED_DOCUMENT = _lazy(
    r"隐私|隱私|政策|声明|聲明|条款|條款|协议|協議|规则|規則|指引|privacy|policy|terms|notice|statement|agreement", re.IGNORECASE
)


def _blank(m: re.Match[str]) -> str:
    """Spaces for a match: the text keeps its length, so offsets still map to the source."""
    return " " * len(m.group(0))


# A template's slots are not content: 「[待填写]」「{{ site.author }}」「[Your Company Address]」「（上线后更新）」
# and example.com addresses are blanked out, so they can never be a name or a contact.
_SLOT = _lazy(
    # (a Hugo shortcode that carries a real address, {{< cloakemail "privacy@acme.org" >}}, is the address: kept)
    r"\{\{(?![<%][^{}\n]{0,80}@(?!example\.)[\w-]+\.)[^{}\n]{0,80}\}\}|\{%[^{}\n]{0,80}%\}"
    # an interpolation slot of an i18n string or a page template: 「[{email}](mailto:{email})」「{publisherName}」「${company}」
    r"|\$?\{[A-Za-z_][A-Za-z0-9_.]{0,40}\}"
    r"|\[[^\[\]\n]{0,40}(?:待填|填写|填入|补充|插入|替换|公司名称|主体名称|开发者名称|运营(?:者|方)名称|insert|your |company|app name|name\]|address\]|e-?mail\]|date\]|todo)[^\[\]\n]{0,40}\]"
    r"|[(（](?:请|待|上线后|此处)[^()（）\n]{0,30}[)）]"
    # a template address, with the words that point at it (「请通过 privacy@example.com 联系我们」 gives no way in)
    r"|(?:(?:请)?(?:通过|经由|发送(?:邮件)?至|寄至|来信至|访问|前往)[ \t]{0,2})?"
    r"(?:(?<![\w.+-])[\w.+-]{1,64}@example\.(?:com|org|net)|(?:https?://)?(?:www\.)?(?<![\w.-])example\.(?:com|org|net)(?:/[^\s()（）<>\"'，。；]{0,80})?)"
    r"(?:[ \t]{0,2}(?:与我们)?(?:联系我们|联络我们|联系|联络))?",
    re.I,
)
# A cross-reference in brackets names another section, it discloses nothing where it stands:
# 「(see Exercising Access, Data Portability, and Deletion Rights)」「（详见第五条）」; a pointer to another document
# (「（详见《第三方SDK清单》）」) is kept, since such a list can be the disclosure.
_POINTER = _lazy(
    r"[(（]\s*(?:see|refer to|cf\.)\s[^()（）\n]{0,120}[)）]"
    r"|[(（]\s*(?:详见|参见|参阅|请见|见)(?:本政策|本协议)?第[^()（）\n]{1,10}[条节章款部][^()（）\n]{0,20}[)）]",
    re.I,
)


def _unit(
    parts: list[tuple[Paragraph, int, int]],
    section: Section,
    owners: list[Section] | None = None,
    *,
    lead: int = 0,
    context: int = 0,
    joint: str = "\n",
    joints: str | None = None,
) -> Unit:
    """A unit made of (paragraph, start, end) slices, joined by newlines (`owners`: each slice's section).

    `lead`: how many of the first slices are a lead-in (a sentence ending with a colon, a
    table's header row); the rest is what it introduces, where a citation belongs.
    `joint`: the one character between slices (u44w2: a blank joins a label heading to its value, read as one line).
    """
    texts, segments, pos = [], [], 0
    tail = None
    for n, (para, start, end) in enumerate(parts):
        if lead and n == lead:
            tail = pos
        segments.append(Segment(pos, para, start, owners[n] if owners else section))
        texts.append(para.text[start:end])
        pos += end - start + 1
    # (u59r) `joints`: the one character after each slice but the last, when they differ (a label's blank, a field's newline)
    text = joint.join(texts) if joints is None else "".join(t + (joints[n : n + 1] or joint) for n, t in enumerate(texts))[:-1]
    base = fold(text)
    slots = SLOT_SPANS.get()
    if slots:
        base = _without_slots(base, parts, segments, slots)
    folded = _as_you(_to_mainland(_blank_out(base)))
    marked = _marked(base, folded, text)
    dense = None if marked is None else _unmarked(marked)
    low = lowered(folded)
    if dense is not None and low is not None:
        # (a required string may be whole only without the markup or the invisible characters: `may_match` reads both)
        low_dense = lowered(dense)
        low = None if low_dense is None else f"{low}{_MARK}{low_dense}"
    return Unit(text, folded, section, tuple(segments), tail, low, marked, dense, context)


def _without_slots(
    base: str, parts: list[tuple[Paragraph, int, int]], segments: list[Segment], slots: dict[int, list[tuple[int, int]]]
) -> str:
    """The folded text with the slots `check`'s placeholder rules report as spaces (`slots.slot_spans`, u56w3)."""
    chars: list[str] | None = None
    for (para, start, end), segment in zip(parts, segments, strict=True):
        for s, e in slots.get(id(para), ()):
            a, b = max(s, start), min(e, end)
            if a < b:
                if chars is None:
                    chars = list(base)
                chars[segment.start + a - start : segment.start + b - start] = " " * (b - a)
    return base if chars is None else "".join(chars)


# Emphasis and tags inside a phrase are blanked out (「我们**不会**收集」 → 「我们  不会  收集」), so that offsets map to the
# source; the positive patterns read that.  The checks that only answer yes or no (a `none` pattern, a denial, a veto, a
# negated clause, the refusal filter) read the text with the markup taken out instead (「我们不会收集」), so that bold on a
# negation does not hide it (eighteenth session: 「我們**不會**蒐集下列的個人資訊：」 covered tw-pdpa/categories with the
# names listed under it; 「我们**不会**收集您的姓名…」 was cited for cn-pipl/categories).
_MARK = "\x00"


def _marked(base: str, folded: str, text: str = "") -> str | None:
    """`folded` with the markup of `base` (the fold of `text`) and the invisible characters of `text` as NULs, or None.

    (Twenty-first round, r21h.)  An invisible character inside a phrase (a zero-width space or joiner, a word joiner, a
    soft hyphen or a variation selector: 「保\u200b留您的个人信息」, what a CMS or a copy from a web page leaves) hid the
    phrase from every pattern, and a covered item was reported missing.  It is read as markup is: left out of `dense`.
    """
    spans = [m.span() for m in _MARKUP.finditer(base)] if _has_markup(base) else []
    if "](" in base:
        links = [m for m in _MD_LINK.finditer(base) if not _LINKED_DOCUMENT.search(m.group(1))]
        spans = sorted(spans + [(m.start(), m.start() + 1) for m in links] + [(m.end(1), m.end()) for m in links])
    if INVISIBLE.search(text):
        spans = sorted(spans + [m.span() for m in INVISIBLE.finditer(text)])
    if not spans:
        return None
    pieces, pos = [], 0
    for start, end in spans:
        start = max(start, pos)  # (an invisible character inside a tag is already covered)
        if end <= start:
            continue
        pieces += [folded[pos:start], _MARK * (end - start)]
        pos = end
    pieces.append(folded[pos:])
    return "".join(pieces)


def _dense_search(pattern: re.Pattern[str], unit: Unit) -> Hit | None:
    """`pattern` searched in the unit's text without markup, its match moved to the folded text's offsets (or None)."""
    if unit.marked is None or unit.dense is None:
        return None
    m = pattern.search(unit.dense)
    if m is None:
        return None
    kept = [n for n, char in enumerate(unit.marked) if char != _MARK]  # dense offset → marked (and folded) offset
    start = kept[m.start()] if m.start() < len(kept) else len(unit.folded)
    end = kept[m.end() - 1] + 1 if m.end() > m.start() else start
    return Moved(start, end, unit.folded)


def _has_markup(text: str) -> bool:
    """Whether `_MARKUP` can find anything: its first characters are there (it is only run then)."""
    return "<" in text or "**" in text or "__" in text


def _unmarked(text: str) -> str:
    """A piece of a `marked` text without its markup."""
    return text.replace(_MARK, "") if _MARK in text else text


@cache
def _regional() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """Taiwan words and the mainland word of the same length (data/lexicons/regional/tw-cn.tsv): 伺服器 → 服务器, 位址 → 地址.

    Patterns are written once, in mainland wording, and match a Taiwan edition too; a pair of
    different lengths (个资 → 个人信息) is left to the patterns, since offsets must not move.
    """
    table: dict[str, str] = {}
    for word, suggestions in lexicon.mapping("regional/tw-cn.tsv").items():
        key = fold(word)
        same = [fold(s) for s in suggestions if len(fold(s)) == len(key) and fold(s) != key]
        if same:
            table[key] = same[0]
    if not table:
        return None
    return lazyre.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)), store=PATTERN_STORE), table


def _to_mainland(folded: str) -> str:
    """Folded text with Taiwan words in their mainland form (same length, same offsets)."""
    regional = _regional()
    if regional is None or folded.isascii():
        return folded
    pattern, table = regional
    return pattern.sub(lambda m: table[m.group(0)], folded)


# (fourteenth session, c14e) rights granted to a named class of users read as granted to 您: 「会员有权访问…」「用户有权查阅、
# 复制…」「會員得向本公司請求…」.  The class word is the subject (it opens a clause) and a right verb follows; the company's own
# rights (「我们有权…」) and another person's (「其他用户有权查看…」) are left as they are.  Same length, offsets unchanged.
_USER_CLASS = _lazy(
    r"(?:^|(?<=[\s。；;，,：:、」）)\]]))(?:会员|用户|消费者|使用者)(?=(?:均|亦|也)?(?:有权|享有|可以|得(?:随时)?向|得(?:随时)?(?:请求|申请|要求|查阅|查询|阅览)|可(?:随时)?(?:请求|要求|申请|查阅|访问|查询|向)))",
    re.M,
)


def _as_you(folded: str) -> str:
    """A named class of users in the subject of a right, written as 您 (「会员有权」 → 「您您有权」)."""
    if not any(w in folded for w in ("会员", "用户", "消费者", "使用者")):
        return folded
    return _USER_CLASS.sub(lambda m: "您" * len(m.group(0)), folded)


def _blank_out(folded: str) -> str:
    """Markup, names of laws, template slots and cross-references as spaces (each pattern only run when its first character occurs)."""
    if _has_markup(folded):
        folded = _MARKUP.sub(_blank, folded)
    if "《" in folded:
        folded = _BOOK_TITLE.sub(_blank, folded)
    if any(c in folded for c in "{[(（@") or "example." in folded:
        folded = _SLOT.sub(_blank, folded)
    if "(" in folded or "（" in folded:
        folded = _POINTER.sub(_blank, folded)
    return folded


# (the trailing run starts only after a word character: `[\s\W]+$` alone was tried at every start of a long run of
# punctuation or spaces, each scanning to its end, quadratic: a line of 「{{ 」 took minutes; round 12)
_NUMBERING = _lazy(r"^[\s\W\d一二三四五六七八九十、.．]*|(?<!\W)\W+$")


def _bare(text: str) -> str:
    """A line without its numbering, markup and trailing punctuation: how a table of contents repeats a heading."""
    return _NUMBERING.sub("", text)
