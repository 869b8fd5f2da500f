"""Where sentences start and end: a paragraph cut into sentences, and section titles read as sentences.

`_sentences` and `_line_sentences` cut a paragraph at sentence marks (and where a later source line opens
with a number), `_cut` keeps a piece under `MAX_SENTENCE`, `_title_line_cut` separates a short numbered
title line from its body; `_lead_in` and `_title_sentence` read a section title as a sentence of the
policy (a lead-in that ends with a colon, a title that states something). The lead-in words
(`_COLON`, `_INTRODUCES`) and the right-granting openings (`_GRANT`) live here too.
Not here: which sentences are left out (`silent`) or how lead-ins take their items (`units`).
"""

from __future__ import annotations

import re

from policylens.model import Paragraph, Section
from policylens.patterns import HAN, SENTENCE_MARKS
from policylens.profiles.coverage.records import MAX_SENTENCE, _lazy
from policylens.profiles.coverage.text import _bare

_SENTENCE_END = _lazy(
    rf"[{SENTENCE_MARKS}]+|(?<!\bLtd)(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bNo)(?<!\bSt)\.(?=\s+[A-Z\"“(]|\s*[{HAN}])|\n"
)  # ". 中文": a bilingual paragraph
_COLON = ("：", ":")
_INTRODUCES = _lazy(r"以下|下列|如下|the following|as follows", re.I)


def _lead_in(section: Section) -> Paragraph | None:
    """A section title that ends with a colon, as a paragraph: it is a sentence that introduces a list."""
    title = section.title
    if not title or section.line is None or not title.replace("*", "").rstrip().endswith(_COLON):
        return None
    return Paragraph(title, section.line, section.column or 1, section.line, "paragraph", section.title_pieces)


# Issue #14, seventeenth session (m17d): some pages put whole sentences of the policy in <h2>–<h4> (「<h3>保存期限：帳號存續期間
# 及刪除後 30 日</h3>」「<h2>本服務由某某有限公司提供。</h2>」).  A title that is a sentence is read as the first paragraph of its
# own section (and cited at its line); a title that only names a topic (「保留期限」「您的權利」「Your rights」) stays a heading and
# covers nothing.  A sentence: it closes with 。/．/. (at least 8 Han characters, or 6 English words), or runs to 25 Han characters
# with a clause break; or it is a label with its value (「保存期限：…」), the label no article number or appendix (「第五條：…」,
# 「附录 A：…」, "Article 5: …").  Only an explicit heading (markup or a style): a line found a title by its shape stays one.
# Questions and exclamations are titles (「我们如何使用您的信息？」「您可以控制您的信息！」).
_TITLE_HAN = _lazy(f"[{HAN}]")
_TITLE_LABEL = _lazy(r"^[^:：]{2,12}[:：][ \t]*\S.{3,}$")
_TITLE_ARTICLE = _lazy(
    r"第[ \t]*[一二三四五六七八九十百\d]{1,4}[ \t]*[条條章节節款部篇]|附录|附錄|附件|附表|\b(?:article|section|chapter|part|step|art|appendix|annex)\b",
    re.I,
)


# a heading that asks (「问题一：…吗」, "Question 1: …", "Q: …") or shows an example ("Example: …", 「示例：…」)
_TITLE_QUESTION = _lazy(
    r"^[#*\s]{0,6}(?:问题|問題|常见问题|常見問題|问|問|答|示例|範例|范例|例如|例子|举例|舉例|Q\d{0,3}|A\d{0,3}|FAQ|Question|Answer|Example|E\.g\.)"
    r"[ \t]{0,2}[\d一二三四五六七八九十]{0,3}[ \t]{0,2}[:：.、)]"
    r"|^[#*\s]{0,6}(?:do|does|did|can|will|is|are|how|what|why|when|where|who)\b",
    re.I,
)


def _title_sentence(section: Section) -> Paragraph | None:
    """A section title that is a sentence of the policy (not a topic's name), as a paragraph of its section."""
    title = section.title
    if not title or section.line is None or section.depth is None:  # an explicit heading (<h3>, ####, a Word style) only
        return None
    text = title.replace("*", "").strip()
    if not text or text.endswith(_COLON) or text.endswith(("?", "？", "!", "！", "吗", "嗎", "呢")) or _TITLE_QUESTION.match(text):
        return None  # (rv17) an FAQ's question or an example is not the policy's statement, with or without its ？
    han = len(_TITLE_HAN.findall(text))
    if text.endswith(("。", "．")):
        sentence = han >= 8
    elif text.endswith("."):
        sentence = not han and len(text.split()) >= 6
    elif han >= 25 and any(mark in text for mark in "，,；;"):
        sentence = True
    else:
        bare = _bare(text)
        sentence = _TITLE_LABEL.match(bare) is not None and _TITLE_ARTICLE.search(re.split("[:：]", bare, maxsplit=1)[0]) is None
    if not sentence:
        return None
    return Paragraph(title, section.line, section.column or 1, section.line, "paragraph", section.title_pieces)


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, end including its closing punctuation.

    A "sentence" longer than MAX_SENTENCE characters (a policy pasted on one line, a
    run-on list) is cut after the last comma before the limit, or at the limit: it keeps
    every clause's window small, so a hostile input costs what a normal one does.
    """
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.end()].strip():
            out.extend(_cut(text, start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.extend(_cut(text, start, len(text)))
    return out


# Issue #14, tenth session (w14b, class g): the HTML reader joins a paragraph's <br> lines without a break character
# (「…請來信 service@…tw」 + 「九、您可自由選擇…」 read as 「…tw九、您可自由選擇…」); a source line that opens with its
# own number (「九、」「（三）」「3.」, not 「2.0」) starts a sentence, so that each line is read, and cited, on its own.
# (u38v, issue #14: a class named by session 37's unseen sets) a Latin letter numbers an item too: 「a. 」「b）」「(c)」「（d）」 (not
# 「e.g.」: the letter is followed by its mark and then a space or a Chinese character).
_NUMBERED_START = _lazy(
    r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|(?<![\d.])\d{1,2}[、.．](?!\d)"
    r"|[(（][A-Za-z][)）]|(?<![A-Za-z.])[A-Za-z][.．)）](?=[ \t]|[\u4e00-\u9fff])"
)


# (c14e) a right granted to the reader or a named class of users, in a clause that the next ；-clauses continue
_GRANT = _lazy(r"(?:您|你|会员|用户|會員|用戶|消费者|消費者|使用者)[^。;；，,]{0,6}(?:有权|有權|享有|可以|得向)")
_BARE_REQUEST = _lazy(r"(?:要求|请求|請求|申请|申請)(?:我们|我們|本公司|本站|本平台)")


# (u53w2, eval/profiles53b cctv-tw 713-714) the Act's label for one item on a numbered first line with no colon, its value on the
# next source line of the same paragraph (「二、 個人資料蒐集類別」 + 「（一）識別類（中、英文姓名、聯絡電話號碼…」, a template whose
# lines the HTML reader joins): a label and its value, read as one as they are with the colon (「二、個人資料蒐集類別：」).  One item
# only: a title that names several (「三、個人資料利用之期間、地區、對象及方式」) is a heading over labels of their own.
_ITEM_LABEL_LINE = _lazy(
    r"\A[ \t]{0,4}(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])[ \t]{0,3}"
    r"[^、及与與和，,：:。；;\n]{0,12}?(?:资料|資料|信息|資訊|资讯|蒐集|搜集|收集|利用)[^、及与與和，,：:。；;\n]{0,4}?"
    r"(?:类别|類別|种类|種類|类型|類型|目的|期间|期間|期限|地区|地區|对象|對象|方式|来源|來源)[ \t]{0,2}\Z"
)


# (u53w2, eval/profiles53b kuaizai-i18n 84) a script's dictionary read as text, one `'key': 'value',` a source line
# (「'privacy.s1.t': '一、我们收集的信息',」 then 「'privacy.s1.b': '我们仅收集…'」, joined into one paragraph): a source line that opens
# with a quoted key and its colon starts a sentence, so that a heading key's value is not read, and cited, with the next body.
_KEY_START = _lazy(r"""['"][A-Za-z_$][\w.$-]{0,60}['"][ \t]{0,2}:""")


def _item_label_line(para: Paragraph, offset: int) -> bool:
    """Whether the paragraph's text before `offset` is one source line that is the Act's numbered label for one item."""
    return para.position(0)[0] == para.line and _ITEM_LABEL_LINE.match(para.text[:offset].rstrip()) is not None


def _line_sentences(para: Paragraph) -> list[tuple[int, int]]:
    """`_sentences` of a paragraph, also cut where a source line after the first opens with a number."""
    spans = _sentences(para.text)
    if para.end_line == para.line:
        return spans
    cuts = [cut for cut in _title_line_cut(para) if not _item_label_line(para, cut)]
    for m in _KEY_START.finditer(para.text):  # (u53w2) a dictionary's next key opens a new value
        before = para.text[: m.start()].rstrip()
        if before and para.position(m.start())[0] > para.position(len(before) - 1)[0]:
            cuts.append(m.start())
    for m in _NUMBERED_START.finditer(para.text):
        before = para.text[: m.start()].rstrip()
        # (not after a colon: 「一、個人資料蒐集目的：」 and its 「（一）…」 line read as one, a label and its value)
        if before and not before.endswith(_COLON) and para.position(m.start())[0] > para.position(len(before) - 1)[0]:
            if _item_label_line(para, m.start()):
                continue
            cuts.append(m.start())
    if not cuts:
        return spans
    out = []
    for start, end in spans:
        for cut in cuts:
            if start < cut < end and para.text[start:cut].strip():
                out.append((start, cut))
                start = cut
        out.append((start, end))
    return out


# (fourteenth session, c14e) a numbered title on the first source line of a paragraph, joined to the next line by the
# reader (「<p class="a"><strong>4. 联系我们</strong>⏎如有疑问，请发送邮件至…」 read as 「4. 联系我们如有疑问…」), is a sentence of its
# own: the disclosing sentence on the next line is cited, not the title.
_TITLE_MAX = 40
# (fifteenth session, d14f) a bold title on the paragraph's first line (「**用于账号注册和登录的信息**」 then the body on the next
# source line) is cut off the same way: it is a title, ranked below the body's statement (`_weak_citation`)
_BOLD_FIRST_LINE = _lazy(r"[ \t]{0,4}\*\*[^*\n]{2,40}\*\*")
_TITLE_PUNCT = _lazy(rf"[{SENTENCE_MARKS}，,：:]")


def _title_line_cut(para: Paragraph) -> list[int]:
    """The offset where the paragraph's second source line starts, when its first line is a short numbered title."""
    bold = _BOLD_FIRST_LINE.match(para.text)
    if not _NUMBERED_START.match(para.text.lstrip()) and not bold:
        return []
    for offset in range(1, min(len(para.text), _TITLE_MAX + (5 if bold else 1))):
        if para.position(offset)[0] > para.line:
            title = para.text[:offset]
            if bold and not _NUMBERED_START.match(para.text.lstrip()) and title.rstrip() != bold.group(0).rstrip():
                return []  # (bold words that open a longer first line are no title)
            return [offset] if title.strip() and not _TITLE_PUNCT.search(title) and para.text[offset:].strip() else []
    return []


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) in pieces of at most MAX_SENTENCE characters, cut after a comma where there is one."""
    pieces = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        comma = max(text.rfind(c, start + MAX_SENTENCE // 2, limit) for c in "，,、")
        stop = comma + 1 if comma > start else limit
        pieces.append((start, stop))
        start = stop
    pieces.append((start, end))
    return pieces
