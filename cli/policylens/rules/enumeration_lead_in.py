"""enumeration-lead-in: a lead-in that announces a list (我们收集以下信息：) with nothing after it."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.load.lines import is_list_item
from policylens.model import Finding, Section
from policylens.patterns import CLAUSE_MARKS, CONTACT_CHANNELS, DIGIT_RANGES, SENTENCE_MARKS, chinese_number
from policylens.rules.around import only_after
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit

# A unit that ends in a colon (bold markers and blanks after it allowed), in the joined text.
_COLON_END = lazy(r"[：:][ \t\u3000*_]*(?:\n|\Z)")
# The words that announce a list: the colon alone also ends labels (电话：) and headings of a form.
_ANNOUNCES = lazy(r"以下|如下|下列|下面|下述|包括|包含|(?i:following|below|as follows|include|includes|including|listed)")
# A policy generator's lead-in to its list of third parties' policies, in its Chinese and English wording.
_GENERATOR = lazy(
    r"链接到应用程序使用的第三方服务提供商的隐私政策|鏈接到應用程序使用的第三方服務提供商的隱私政策"
    r"|以下是该应用程序使用的第三方服务提供商的隐私政策的链接|以下是(?:该|本)应用使用的第三方服务提供商的隐私政策的链接"
    r"|(?i:link to (?:the )?privacy polic(?:y|ies) of third[- ]party service providers used by the app)"
)
_GENERATOR_WORDS = ("第三方服务提供商的隐私政策", "第三方服務提供商的隱私政策", "ervice providers used by the")
# A lead-in to the operator's contact details: 您可以通过以下方式与我们联系：, 联系方式如下：, You can contact us at:
# (also the verb of one channel: 发送邮件至：, 请致电：, 来信至：)
_CONTACT_LEAD = lazy(
    r"联系|聯絡|聯繫|联络|发送邮件|發送郵件|发邮件|發郵件|来信|來信|致电|致電|拨打|撥打|(?:邮件|郵件)(?:至|到|给|給)"
    r"|(?i:contact|reach us|write to us|e-?mail us|get in touch|call us)"
)
# A contact word that is one item of a list of what a notice holds: 「告知接收方的名称、联系方式、处理目的」
# (the contact noun with the 、 of the list before or after it): the clause is no lead-in to the operator's contact.
_LISTED_CONTACT = lazy(
    r"、(?:联系|聯絡|聯繫|联络)(?:方式|电话|電話|人|信息|資訊|资料|資料|地址|渠道|管道)"
    r"|(?:联系|聯絡|聯繫|联络)(?:方式|电话|電話|人|信息|資訊|资料|資料|地址|渠道|管道)、"
)
# What contact details are made of: an address, a number, a channel, the operator's name.  A paragraph
# after a contact lead-in with none of these is not the contact (我们将在15个工作日内回复).
_CONTACT_DATA = lazy(
    rf"@|(?i:https?:|www\.|\]\()|[{DIGIT_RANGES}]{{5}}|{CONTACT_CHANNELS}|手机|手機|热线|熱線"
    r"|公众号|公眾號|微博|客服|住址|平台|网站|網站|官网|官網|网页|網頁|页面|頁面|反馈|反饋|表单|表單|在线|線上|应用内|應用內|设置|設定"
    r"|有限公司|工作室|路|街|号|號|室|(?i:e-?mail|mail|tel|phone|fax|wechat|address|website|support|github|issue|discord|telegram"
    r"|twitter|ltd|inc|llc|form)"
)
# a channel named in the lead-in itself: 通过App内部的联系方式与我们联系：
_CHANNEL = lazy(r"(?i:app)|应用|應用|软件|軟體|軟件|小程序|客户端|用戶端|用户端")
# a label line (「名称：BigOrange」, 「**开发者**：陈栋」): a field of the contact, not unrelated text
_LABEL_LINE = lazy(rf"[^{SENTENCE_MARKS}]{{0,16}}?[：:]")
_SENTENCE_ENDS = ("。", "！", "？", ".", "!", "?")
_NUMERAL = lazy(r"[0-9]+|[一二三四五六七八九十]+")
_SENTENCE_END = CLAUSE_MARKS  # (a colon too: the lead-in is the clause after the last one)
# (u34r3, round34c) a lead-in that announces the text itself, a declaration, terms or an agreement:
# 「本人在此作出如下授权声明：」, 「双方约定如下：」, 「请阅读以下条款：」 (the sections that follow are its items, even
# numbered in sequence; not 以下内容 nor 以下信息, which name what the list holds)
_ANNOUNCES_TEXT = lazy(
    r"(?:如下|以下|下列|下述)的?[^，,。；;：:\s]{0,4}?(?:声明|聲明|条款|條款|协议|協議|约定|約定|承诺|承諾)[ \t\u3000*_]*$"
    r"|(?:声明|聲明|约定|約定|协议|協議|承诺|承諾|确认|確認)如下[ \t\u3000*_]*$"
)


def _is_contact_lead(text: str, start: int, end: int) -> bool:
    """Whether the clause `text[start:end]` leads in to the operator's contact: a contact word
    (联系, contact) that is not one item of a list of what a notice holds (「名称、联系方式、处理目的」)."""
    listed = [(m.start(), m.end()) for m in _LISTED_CONTACT.finditer(text, start, end)]
    return any(not any(a <= m.start() < b for a, b in listed) for m in _CONTACT_LEAD.finditer(text, start, end))


def _has_contact(ctx: Context, unit: TextUnit) -> bool:
    """Whether a unit holds contact details (an address, a number, a channel, a link)."""
    if _CONTACT_DATA.search(unit.text):
        return True
    if not ctx.doc.links or unit.paragraph is None:
        return False
    span = unit.span(0, max(len(unit.text), 1))  # (u57j) forward, a text gathered from several places too
    start, end = span[:2], span[2:]
    return any(pieces and start <= (pieces[0].line, pieces[0].column) <= end for _, pieces, _ in ctx.doc.links) or any(
        text and text in unit.text for _, _, text in ctx.doc.links
    )


def _missing_contact(
    ctx: Context, unit: TextUnit, clause: tuple[int, int], following: TextUnit | None, by_id: dict[str, Section]
) -> str | None:
    """The severity when a contact lead-in has no contact after it, None when it has one.

    Error: the document ends.  Warning: the next unit is a heading outside the lead-in's section
    whose own text and first paragraph hold no contact (a sibling 「邮箱」 heading above the address
    is the contact), or a sentence with no contact details (「我们将在15个工作日内回复。」; not a
    list item, a label line such as 「**开发者**：陈栋」, or a table).  A lead-in that names its
    channel (「通过App内部的联系方式与我们联系：」) has its contact.
    """
    if _CONTACT_DATA.search(unit.text, *clause) or _CHANNEL.search(unit.text, *clause):
        return None
    if following is None:
        return "error"
    if following.kind == "heading":
        if following.section is None or unit.section is None or _is_below(following.section, unit.section, by_id):
            return None
        if _CONTACT_DATA.search(following.text):
            return None
        first = following.section.paragraphs[0] if following.section.paragraphs else None
        if first is not None and _CONTACT_DATA.search(first.text):
            return None
        return "warning"
    text = following.text
    if following.paragraph is None or following.paragraph.kind != "paragraph" or not text.endswith(_SENTENCE_ENDS):
        return None
    if _LABEL_LINE.match(text) or text.startswith(("|", "-", "*", "+")) or _has_contact(ctx, following):
        return None
    return "warning"


def _another_lead_in(ctx: Context, unit: TextUnit) -> bool:
    """Whether `unit` is one more lead-in to the contact with no contact of its own (「您可以通过以下方式与其联系」)."""
    if unit.kind != "paragraph" or unit.paragraph is None or unit.paragraph.kind != "paragraph" or len(unit.text) > 120:
        return False
    text = unit.text.rstrip(" \t\u3000：:。.*_")
    tail = text[-24:]
    return _ANNOUNCES.search(tail) is not None and _CONTACT_LEAD.search(tail) is not None and not _has_contact(ctx, unit)


def _is_below(section: Section, ancestor: Section, by_id: dict[str, Section]) -> bool:
    """Whether `section` is `ancestor` or one of its sub-sections."""
    current: Section | None = section
    while current is not None:
        if current.id == ancestor.id:
            return True
        current = by_id.get(current.parent) if current.parent is not None else None
    return False


def _nothing_follows(unit: TextUnit, following: TextUnit | None, by_id: dict[str, Section], *, strict: bool) -> bool:
    """Whether the lead-in's list is missing: the document ends, or the next unit is a heading outside the lead-in's section.

    `strict` (for the colon lead-ins) asks more of the heading, because the sections that follow a
    lead-in may be its items (「以下是一些示例：」 then 「#### 我们收集哪些信息」, an introduction's
    「請您詳閱下列內容：」 then the policy): the lead-in's section and the heading are both numbered
    (三、 then 四、, 2.1 then 2.2), the heading is not deeper than that section, and it has a body of
    its own (a heading with none may be a list item read as a heading, a table of contents).
    """
    if following is None:
        return True
    if following.kind != "heading" or following.section is None or unit.section is None:
        return False
    if _is_below(following.section, unit.section, by_id):
        return False  # 如下： then sub-headings: the items are the sub-sections
    if not strict:
        return True
    own, next_ = unit.section, following.section
    if next_.paragraphs and (next_.paragraphs[0].kind == "item" or is_list_item(next_.paragraphs[0].text.lstrip())):
        return False  # 「除以下情况外…：」 then 「5.2 共享情况」 whose body is the list: the items are there (review)
    return bool(next_.paragraphs) and _follows_in_sequence(own.number, next_.number)


def _follows_in_sequence(first: str | None, second: str | None) -> bool:
    """Whether numbering label `second` is the one after `first`: 三、 then 四、, 2.1 then 2.2, （二） then （三）.

    A label that starts a new sequence ((1) after 三、) is a list item read as a heading: its
    lead-in is not empty.
    """
    if not first or not second:
        return False
    a, b = _NUMERAL.findall(first), _NUMERAL.findall(second)
    if not a or len(a) != len(b) or a[:-1] != b[:-1] or _NUMERAL.sub("9", first) != _NUMERAL.sub("9", second):
        return False
    x, y = chinese_number(a[-1]), chinese_number(b[-1])
    return x is not None and y is not None and y == x + 1


def starts_sequence(label: str | None) -> bool:
    """Whether a numbering label opens its sequence: 1., 一、, （一）, 2.1 (the first under 2), I., A."""
    if not label:
        return False
    numerals = _NUMERAL.findall(label)
    if numerals:
        return chinese_number(numerals[-1]) == 1
    core = label.strip(" \t\u3000.、．)）(（:：")
    return core in ("I", "i", "A", "a", "①", "壹")


@register
class EnumerationLeadIn(Rule):
    """Flags a lead-in that announces a list with nothing after it: 我们收集以下信息： followed by the next section.

    ## What it does
    Finds a paragraph that announces a list and is not followed by one:

    - **error**: a policy generator's lead-in to the third parties' policies, 「链接到应用程序使用的第三方服务提供商的隐私政策」
      / "Link to the privacy policy of third-party service providers used by the app", followed
      by a heading or by nothing (the generator's list was never filled);
    - **warning**: a paragraph ending in a colon after a word that announces a list (以下, 如下,
      下列, 包括, the following, below, include), followed by the end of the document, or by the
      next numbered section's heading when the lead-in's own section is numbered (三、… then 四、…,
      not a sub-heading, and a heading with a body of its own);
    - a lead-in to the operator's contact (「您可以通过以下方式与我们联系：」, 「联系方式如下：」, "You can
      contact us at:") with no contact after it: **error** when the document ends there; **warning**
      before a heading whose text and first paragraph hold no contact, or before a sentence with no
      contact details (「我们将在15个工作日内回复。」); a second lead-in with no contact of its own
      (「我们设立了…专职部门，您可以通过以下方式与其联系」) is read past, and what follows it decides;
      a clause that names 联系方式 as one item of what a notice holds (「告知接收方的名称、联系方式、处理目的…，
      将您的个人信息提供给以下第三方：」) is no lead-in to the contact: it is read as any other lead-in.

    Not flagged: a lead-in followed by an image, an embedded frame or a video (`<img>`, `<iframe>`,
    a Markdown image: the list is shown, not written); a contact lead-in followed by a link, a
    list item, a label line (「**开发者**：陈栋」), a table, a company name, or one that names its
    channel (「通过App内部的联系方式与我们联系：」); a lead-in followed by a list, a table or a paragraph (the list after a blank
    line in plain text is a paragraph too); a lead-in whose list follows on the paragraph's own next lines (a `<br>`, a
    string literal's `\\n` escapes: 「…可通过以下方式联系我们：\\n\\n邮箱：…」; for a contact lead-in, lines that hold
    contact details); 「如下：」 followed by sub-headings (the items are the
    sub-sections); a lead-in followed by unnumbered sections of its level, which may be its items
    (「以下是一些示例：」 then 「#### 我们收集哪些信息」), or by an introduction's sections
    (「請您詳閱下列內容：」 then 「一、適用範圍」), or a lead-in that announces the text itself, a declaration,
    terms or an agreement (「本人在此作出如下授权声明：」, 「双方约定如下：」) followed by a heading: its sections are the
    items; headings with no body (a table of contents); a label
    ending in a colon (电话：) with no announcing word; 「包括但不限于等。」 and 「如下。」, which are
    `enumeration-empty`'s.

    ## Known problems
    A lead-in followed by a paragraph that is not a list (「我们收集以下信息：」 then 「我们重视您的隐私。」)
    is not told apart from one followed by its items.

    ## Why is this bad?
    The policy announces the personal data, purposes or third parties and lists none: the notice
    the law requires is missing.

    ## Example
        ## 三、第三方服务
        链接到应用程序使用的第三方服务提供商的隐私政策
        ## 四、联系我们

    Use instead:
        ## 三、第三方服务
        链接到应用程序使用的第三方服务提供商的隐私政策：
        - Google Play 服务
        ## 四、联系我们

    ## References
    - PIPL 第十七条 (个人信息的种类、处理目的); 個人資料保護法第8條 (蒐集之目的、個人資料之類別).
    """

    id = "enumeration-lead-in"
    severity = "warning"
    groups = ("placeholder",)
    merges_repeats = False  # two empty lists or cells on one line (a one-line table's rows) are two defects
    supersedes = ("broken-paragraph",)
    messages = {
        "en": "lead-in with nothing after it: {text}",
        "zh-Hant": "引言後沒有列出項目：{text}",
        "zh-Hans": "引导语后没有列出项目：{text}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        units = ctx.units()
        joined = ctx.joined()
        by_id: dict[str, Section] | None = None
        if any(word in joined.text for word in _GENERATOR_WORDS):
            by_id = {s.id: s for s in ctx.doc.sections}
            for g in _GENERATOR.finditer(joined.text):  # (no newline in the pattern: a match is inside one unit)
                i = joined.index_at(g.start())
                unit, start, end = units[i], g.start() - joined.starts[i], g.end() - joined.starts[i]
                following = units[i + 1] if i + 1 < len(units) else None
                rest = not only_after(unit.text, end, " \t\u3000：:。.*_")  # (no copy of the rest: u32h)
                if unit.kind == "paragraph" and not rest and _nothing_follows(unit, following, by_id, strict=False):
                    yield self.finding(ctx, unit, start, end, text=unit.text[start:end])._replace(severity="error")
        for m in _COLON_END.finditer(joined.text):
            i = joined.index_at(m.start())
            unit = units[i]
            if unit.kind != "paragraph" or unit.paragraph is None or unit.paragraph.kind not in ("paragraph", "item"):
                continue
            colon = m.start() - joined.starts[i]
            start = max(unit.text.rfind(c, 0, colon) for c in _SENTENCE_END) + 1
            while start < colon and unit.text[start] in " \t\u3000*_":
                start += 1
            if _GENERATOR.search(unit.text, start, colon):
                continue
            contact = _is_contact_lead(unit.text, start, colon)
            if not contact and not _ANNOUNCES.search(unit.text, start, colon):
                continue
            if not only_after(unit.text, colon + 1) and (not contact or _CONTACT_DATA.search(unit.text, colon + 1)):
                continue  # (u44k2) the list on the paragraph's next lines: 「…联系我们：\n\n邮箱：…」 (a literal's `\n`, a <br>)
            if by_id is None:
                by_id = {s.id: s for s in ctx.doc.sections}
            following = units[i + 1] if i + 1 < len(units) else None
            if not contact and following is not None and following.kind == "heading" and _ANNOUNCES_TEXT.search(unit.text, start, colon):
                continue  # 本人在此作出如下授权声明： then 「二、出境信息范围」: the sections are the declaration
            verdict = None
            if contact:
                # 「…通过以下方式与我们联系：」 then 「我们设立了…专职部门，您可以通过以下方式与其联系」: a second
                # lead-in with no contact of its own is not the contact either; what follows it decides
                k = i + 1
                while k < len(units) and k - i <= 2 and _another_lead_in(ctx, units[k]):
                    k += 1
                if k > i + 1 and _COLON_END.search(units[k - 1].text):
                    continue  # the second lead-in ends with its own colon: it is judged, and reported, itself
                verdict = _missing_contact(ctx, unit, (start, colon), units[k] if k < len(units) else None, by_id)
            if verdict is None and not _nothing_follows(unit, following, by_id, strict=True):
                continue
            if ctx.shown_after(unit, following):
                continue  # 我们使用以下SDK： then <img>: the list is an image
            finding = self.finding(ctx, unit, start, colon + 1, text=unit.text[start : colon + 1])
            yield finding._replace(severity="error") if verdict == "error" else finding
