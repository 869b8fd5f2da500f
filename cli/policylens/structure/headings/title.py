"""The document's title: `find_title`, and what names a document.

Which block titles the whole document (an HTML page's <title> compared, a bold first line, a plain line naming a
policy, a title under the site's name or chrome), `names_a_document`, and `colon_title` (a title closed by a colon
that announces the text).  The sections under it are `find_headings`' (`structure.headings`).
"""

from __future__ import annotations

from policylens.language_names import is_switcher_line
from policylens.lazyre import lazy
from policylens.model import Block
from policylens.normalise import fold
from policylens.numbering import number_value
from policylens.patterns import DATE_CUE, DOCUMENT_NAME_END, OPENING_WORDS, SENTENCE_MARKS, slot_only
from policylens.structure.headings.kicker import agree_prompt, arrow_over_bar_title, back_over_bar, headline_below, menu_title, skip_link
from policylens.structure.headings.title_copy import copy_after_consent_prompt, copy_in_lower_tag, lone_numbered_name, over_head_line
from policylens.structure.memo import parse_number, per_text
from policylens.structure.shapes import (
    POLICY_WORD,
    heading_like,
    names_an_organisation,
    unbracketed,
    unemphasise,
)


def find_title(blocks: list[Block], fmt: str, page_title: str | None = None) -> int | None:
    """Index of the block that is the document title, if any (`page_title`: an HTML page's <title>)."""
    title = _find_title(blocks, fmt, page_title)
    if title is not None:
        title = copy_after_consent_prompt(blocks, title)
    if title is not None and fmt == "html":
        return copy_in_lower_tag(blocks, title)
    if title is None and fmt == "text":
        return lone_numbered_name(blocks)
    return title


def _find_title(blocks: list[Block], fmt: str, page_title: str | None = None) -> int | None:
    """`find_title` before the title's copy below it (`title_copy`) is looked at."""
    explicit = [i for i, b in enumerate(blocks) if b.kind == "heading" and not slot_only(b.text)]
    if explicit and fmt == "html":
        visible = _visible_title(blocks, explicit[0])
        if visible is not None:
            # 「<div class="title">隱私權政策</div><h2>隱私權政策</h2>」: the first <h*> repeats the
            # visible title, so it is the title (not a parent of every section that follows).
            if same_title(blocks[visible].text, blocks[explicit[0]].text) or _names_the_page(blocks, explicit):
                return explicit[0]
            return visible
    if explicit:
        top = min(blocks[i].level or 1 for i in explicit)
        at_top = [i for i in explicit if (blocks[i].level or 1) == top]
        first = explicit[0]
        unique_top = len(at_top) == 1 and at_top[0] == first
        short_lead = all(len(blocks[j].text) < 200 for j in range(first))
        numbered = parse_number(blocks[first].text) is not None  # 「## 一、总则」 is a section, not the title
        if fmt == "html" and len(at_top) == 2 and _title_repeated(blocks, explicit, at_top):
            return at_top[1]  # a hero banner's 「<h1>某某隐私条款</h1>」, then the article's own 「<h1>某某隐私条款</h1>」
        if fmt == "html" and len(explicit) > 2 and explicit[1] in at_top and _title_repeated(blocks, explicit, explicit[:2]):
            # a breadcrumb banner's 「<h2>收集個人資料及私隱政策聲明</h2>」 and its 「EN」 link, then the article's own
            # <h1> with the same words, the page's one top-rank heading: the article's is the title
            return explicit[1]
        if fmt == "html" and unique_top and len(explicit) > 2 and _brand_above(blocks, explicit):
            return explicit[1]  # 「<h1>云杉笔记</h1>」 (the site's brand) above 「<h2>云杉笔记隐私政策</h2>」 and <h3> sections
        if fmt == "html" and _form_then_document(blocks, explicit):
            return explicit[1]  # 「<h3>填寫註冊資料</h3>」 over a sign-up form, then the dialog's 「<h4>…使用聲明</h4>」
        if fmt == "html" and page_title and unique_top and not numbered and _titles_the_page(blocks[first].text, page_title):
            return first  # 「<title>隱私與裝置資料|Birdland</title>」 over 「<h1>隱私與裝置資料</h1>」, after a long menu
        if len(explicit) >= 2 and _reading_prompt_above(blocks, explicit):
            return explicit[1]  # 「<h1>Please be sure to read the following carefully</h1>」 over 「<h1>Privacy Policy</h1>」
        if first < 4 and not numbered and (unique_top or POLICY_WORD.search(blocks[first].text)) and short_lead:
            return first
        if fmt == "html" and not numbered and unique_top and POLICY_WORD.search(blocks[first].text) and _page_chrome(blocks[:first]):
            return first  # the page's one <h1>-level heading, naming the policy, under a site's menu
        if fmt == "html" and len(at_top) == 2 and _site_name_above(blocks, explicit, at_top):
            return at_top[1]  # 「<h1>某某科技</h1>」 (the site's name) above 「<h1>隐私政策</h1>」
        if fmt == "docx" and numbered and first > 0 and _plain_title_line(blocks[0]):
            return 0  # 「《隐私政策》」 set large and centred in Normal style above 「一、…」 in Heading 2
        if fmt == "markdown" and first > 0 and _wholly_bold(blocks[0].text) and _plain_title_line(blocks[0]):
            return 0  # 「**Privacy Policy**」 on the first line above 「### **Introduction**」…: a bold title (u47a2, structure47 anx)
        return None
    if not blocks:
        return None
    if fmt == "html" and (opening := _title_over_titled_sections(blocks)) is not None:
        return opening  # 「<div class="user-terms-header">…知情同意书</div>」 after a form, over 「<p class="title">一、…</p>」
    at = _after_chrome(blocks) if fmt == "html" else 0
    if fmt == "html" and at == 0 and page_title and (below := menu_title(blocks, page_title)) is not None:
        at = below  # (u55x2) a site menu's links over 「<div class="fs-1">隱私權政策</div>」, the page's <title> again
    if at + 1 < len(blocks) and (is_switcher_line(blocks[at].text) or skip_link(blocks[at].text)):
        at += 1  # 「English | 简体中文 | 繁體中文」, a skip link 「跳至內容」 above the title: navigation, not the title
    elif at + 1 < len(blocks) and _announces_document(blocks[at].text) and POLICY_WORD.search(blocks[at + 1].text):
        at += 1  # 「以下为隐私协议内容：」 above 「Xiu隐私协议」 announces the title below it (u46a, eval/structure46 xiu)
    elif fmt == "html" and at == 0 and headline_below(blocks, at) and not names_a_document(blocks[at].text):
        at += 1  # 「透明」 over 「本地工具本机处理，…」 (u48a2), 「合规与服务」 over 「隐私政策」 (u51s): the line below is the title
    elif fmt == "text" and (named := _document_after_labels(blocks)) is not None:
        at = named  # 「版本 1.0.0」, 「注册时间：2024-01-01」 (a settings screen's labels) above 「隐私政策」 over 「1. 信息收集」
    elif at + 1 < len(blocks) and agree_prompt(blocks[at].text) and names_a_document(blocks[at + 1].text):
        at += 1  # 「请阅读并同意以下协议才能继续使用小程序」 (a first-launch bar) over the title (u50a, structure50a bluetooth)
    elif at + 1 < len(blocks) and names_an_organisation(blocks[at].text) and names_a_document(blocks[at + 1].text):
        at += 1  # 「四川锦城中天智慧有限公司」 above 「个人隐私政策」: the company's letterhead over the title (u46a2, structure46 hulk)
    lead = blocks[at]
    lead_text = unemphasise(lead.text)
    title_like = (
        lead.kind == "paragraph"
        and len(lead.pieces) == 1
        and not slot_only(lead_text)
        and heading_like(colon_title(lead_text) or lead_text, limit=40)
    )
    cue = fmt == "text" or POLICY_WORD.search(lead.text) or lead.emphasised
    if _DATE_FIELD.match(fold(lead_text).strip()):
        return None  # 「生效日期：2026.06.22」 on the first line of an untitled policy is its date, not its title
    if _OPENING_SECTION.fullmatch(unbracketed(unemphasise(lead.text).strip(" \t\u3000：:"))):
        return None  # 「引言」 (「【引言】」) on the first line opens the first section of an untitled policy
    if fmt == "html" and title_like and _first_bold_sibling(blocks, at):
        return None  # 「<b>使用说明</b>」 over its text, then 「<b>用户权利</b>」…: the first section of an untitled page
    if not (title_like and cue and parse_number(lead.text) is None):
        return None
    return _repeated_below(blocks, at) if fmt == "html" else at


_REPEAT_GAP = 2  # short lines (a bar's icons, a date) between a bar's title and the page's own copy of it


def _repeated_below(blocks: list[Block], at: int) -> int:
    """HTML with no <h*>: the page's own copy of a bar's title just below it is the title (the bar's is chrome above it).

    An app page's navigation bar shows the policy's name, 「<view class="nav-title">用户服务协议</view>」, then its icons,
    and the page repeats the name as its own title, 「<view class="page-title">用户服务协议</view>」 (eval/structure34b
    huixiang-user-vue): the copy lower down is the title; taken as a section, every section would nest under it.  Only
    the same unnumbered line naming the policy, at most two short lines apart; otherwise the first stays the title.
    """
    text = blocks[at].text
    if POLICY_WORD.search(text) is None:
        return at
    for k in range(at + 1, min(at + 2 + _REPEAT_GAP, len(blocks))):
        if same_title(text, blocks[k].text) or _named_copy(text, blocks[k]):
            return k
        if len(blocks[k].text.strip()) > 8:
            break
    return at


def bar_title_above(blocks: list[Block], title_idx: int | None, fmt: str) -> int | None:
    """The navigation bar's title a page's own title was taken over (`_repeated_below`): page chrome, not policy text.

    「<div class="tit"><img …back…><p>用户隐私政策</p></div>⏎<div class="name">中国联通…用户隐私政策</div>」 (u45a2,
    eval/structure45c unicom-privacy-vue): once the lower line is the title, the bar's copy above it is the bar's, as the
    title decision read it; shown as the preamble's first paragraph it was the header's text taken for the policy's.
    The same decision as `_repeated_below`, asked of the lines just above the title."""
    if fmt != "html" or title_idx is None:
        return None
    for k in range(max(0, title_idx - 1 - _REPEAT_GAP), title_idx):
        if blocks[k].kind == "paragraph" and _repeated_below(blocks, k) == title_idx:
            return k
    return None


_NAMED_COPY_MAX = 30  # characters of the page's own title that adds the product's name to the bar's


def _named_copy(bar: str, block: Block) -> bool:
    """The page's own title is the bar's with the product's name before it: a uni-app header's back arrow and
    「<text class="page-title">隐私政策</text>」, then 「<view class="privacy-title">澳科保姆隐私政策</view>」 (eval/structure44c
    mustapp-privacy-vue: the bar's was the title, the document's own name in no title and no section).  An unnumbered
    paragraph of one piece ending with the bar's words, longer than them and short, what stands before them a name
    (r45 #3: 「请您在使用前仔细阅读本隐私政策」, 「点击查看完整版隐私政策」 are sentences, no title)."""
    short = unemphasise(bar).strip()
    own = unemphasise(block.text).strip()
    return (
        block.kind == "paragraph"
        and len(block.pieces) == 1
        and len(short) < len(own) <= _NAMED_COPY_MAX
        and own.endswith(short)
        and parse_number(own) is None
        and _product_name(own[: -len(short)].rstrip())
    )


# a product's name: letters, digits and ideographs, single blanks or middle dots inside («Must App», «牌局·助手»)
_NAME_PREFIX = lazy(r"[^\W_](?:[^\W_]|[ ·](?=[^\W_])){0,15}")
# words of a sentence, not of a name, before the bar's words: 「请您…阅读本」, 「以下内容为本应用的」, 「更新了用户协议和」
_SENTENCE_WORD = lazy(r"本|的|和|与|與|及|了|请|請|您|你|我们|我們|阅读|閱讀|查看|点击|點擊|以下|如下|为|為|使用|欢迎|歡迎|更新|完整")


def _product_name(prefix: str) -> bool:
    """Whether `prefix`, what stands before the bar's words in the page's own title, reads as a product's name."""
    return _NAME_PREFIX.fullmatch(prefix) is not None and _SENTENCE_WORD.search(prefix) is None


_BOLD_SIBLINGS_MIN = 2


def _first_bold_sibling(blocks: list[Block], at: int) -> bool:
    """An untitled page's first block is the first of its bold section titles, not the page's title.

    「<b>使用说明</b><br/>本站的隐私设置…<br><br><b>用户权利</b><br/>…」 (a 2007 table-layout page, `eval/structure27`
    xiangtu-html): the lead names no policy, the text under it is a paragraph, and two or more later blocks have its form
    (a bold, unnumbered short line naming no policy over a paragraph).  A bold brand line has no text under it; a
    title without the policy's name over numbered sections (「<b>用户须知</b>」 over 「<b>一、…</b>」) keeps its title.
    """

    def bold_title(k: int) -> bool:
        block = blocks[k]
        text = unemphasise(block.text).strip()
        return (
            block.kind == "paragraph"
            and block.emphasised
            and k + 1 < len(blocks)
            and blocks[k + 1].kind == "paragraph"
            and not blocks[k + 1].emphasised
            and POLICY_WORD.search(text) is None
            and parse_number(text) is None
            and heading_like(text, limit=30)
        )

    if not bold_title(at) or over_head_line(blocks, at):
        return False
    return sum(1 for k in range(at + 1, len(blocks)) if bold_title(k)) >= _BOLD_SIBLINGS_MIN


# 「生效日期：2026.06.22」, 「更新日期：2024年…」: the line of a policy's date (a field, never its title); also its release
# date, 「发布日期：2021年06月03日」 on the first line of a policy whose title a PDF-to-text export lost (u46a,
# eval/structure46 yaoji: it was taken for the title), and a bare 「日期：…」
_DATE_FIELD = lazy(rf"(?:{DATE_CUE}|发布|發布|公布|公佈|颁布|頒布|日期)[^:]{{0,6}}:[ \t]*\d")


def _wholly_bold(text: str) -> bool:
    """「**Privacy Policy**」, 「__隐私政策__」: a Markdown line set in bold from end to end."""
    text = text.strip()
    return len(text) > 4 and text[:2] in ("**", "__") and text.endswith(text[:2]) and text[:2] not in text[2:-2]


def _plain_title_line(block: Block) -> bool:
    """A DOCX's first paragraph that names the policy in a short line of its own: its title, though not in a heading style."""
    text = unemphasise(block.text).strip()
    return (
        block.kind == "paragraph"
        and len(text) <= 30
        and POLICY_WORD.search(text) is not None
        and heading_like(text, limit=30)
        and parse_number(text) is None
        and not _DATE_FIELD.match(fold(text))
    )


# Words of a line that announces what follows (「本政策包括以下内容：」), never a title closed by a colon.
_ANNOUNCES = lazy(r"包括|包含|如下|以下|下列|內容|内容|有關|有关|關於|关于|請|请|您|見|见|各")


def colon_title(text: str) -> str | None:
    """「隐私政策：」, 「隱私權政策:」: a title naming the policy closed by a colon, without the colon (None otherwise).

    Written like the section titles below it (「信息收集：」); a line announcing what follows
    (「本政策包括以下内容：」, 「关于隐私政策：」) is no title.
    """
    folded = fold(text).strip()
    if not folded.endswith(":"):
        return None
    bare = text.strip()[:-1].rstrip()
    if not bare or len(bare) > 20 or not POLICY_WORD.search(bare) or _ANNOUNCES.search(bare) or bare.endswith(_NO_TITLE_END):
        return None
    return bare


_NO_TITLE_END = tuple(":：，,、;；")


_LABELS_ABOVE = 3  # at most this many screen labels above the document's name
_LABEL_LINE = 40


def _document_after_labels(blocks: list[Block]) -> int | None:
    """A screen's own labels, then the document it shows: 「版本 1.0.0缓存大小: 12.5MB」 / 「注册时间：2024-01-01」 /
    「隐私政策」 / 「1. 信息收集」 (an app's settings source read for its literals, eval/structure44 shoestore-settings-java; u46a2).

    The blocks above the name are short lines holding a figure (a version, a size, a date) and no sentence; the name
    (`names_a_document`) is one of the first `_LABELS_ABOVE` + 1 blocks and stands over a heading numbered 1."""
    for k in range(1, min(_LABELS_ABOVE, len(blocks) - 2) + 1):
        if not all(
            len(b.text) <= _LABEL_LINE and any(ch.isdigit() for ch in b.text) and not any(m in b.text for m in SENTENCE_MARKS)
            for b in blocks[:k]
        ):
            return None
        below = parse_number(blocks[k + 1].text)
        if names_a_document(blocks[k].text) and below is not None and number_value(below) == 1:
            return k
    return None


def _announces_document(text: str) -> bool:
    """A short line closed by a colon that announces what follows: 「以下为隐私协议内容：」, 「以下是本应用的隐私政策:」."""
    folded = fold(text).strip()
    return folded.endswith(":") and len(folded) <= 20 and _ANNOUNCES_BELOW.search(folded) is not None


# (u46r) the words of such a line that point below it: not any of `_ANNOUNCES` (「请您注意：」 above 「本隐私政策适用于星辰App」
# made that sentence the title; a greeting or a request announces no document)
_ANNOUNCES_BELOW = lazy(r"以下|如下|下列|下面|下方")


# The name of a policy's opening section: on the first line of a file without a title it is
# that section's heading, not the document's title.
# (twenty-fourth session, `eval/blind/pairs24` activity-policy-wxml) in a pair of brackets too: 「【引言】」 (`unbracketed`)
_OPENING_SECTION = lazy(rf"{OPENING_WORDS}|概述|總則|总则|簡介|简介|介紹|介绍|Introduction|Overview|Preface|Foreword")


def _after_chrome(blocks: list[Block]) -> int:
    """HTML with no <h*>: the first block that is not a bare control label (「返回」, 「首页」) above a title naming the policy.

    An app page puts a back button and the bar's title above the text: 「返回」 / 「隐私政策」.
    Up to three such labels are skipped, and only when an emphasised line naming the policy follows.
    """
    if arrow_over_bar_title(blocks):
        return 1  # 「‹」 alone, then the bar's 「用户隐私保护指引」 (and the page's own copy below it): u48a2
    for k in range(min(len(blocks) - 1, 3)):
        block = blocks[k]
        nxt = blocks[k + 1]
        if nxt.emphasised and _bar_title(block.text, nxt.text):
            return k + 1
        if back_over_bar(blocks, k) and _bar_title("‹" + nxt.text, blocks[k + 2].text):
            return k + 2  # the back label and the bar's name on lines of their own (`kicker.back_over_bar`)
        if block.emphasised or POLICY_WORD.search(block.text) or not _page_chrome([block]) or len(block.text.strip()) > 8:
            break
        if nxt.emphasised and POLICY_WORD.search(nxt.text):
            return k + 1
    return 0


def _bar_title(bar: str, title: str) -> bool:
    """An app page's navigation bar, its back arrow and a short name of the document (「‹用户协议」), above the page's own
    title naming it in full (「网贷利率测 · 用户协议」; u42t, eval/blind/round30 wangdai-agreement-tsx once its Taro title
    <Text> was read as a line of its own; a sentence holding the name, r45 #3, is no such title)."""
    name = bar.strip().lstrip("‹<←〈＜").strip()
    return (
        name != bar.strip()
        and len(name) <= 8
        and POLICY_WORD.search(name) is not None
        and (same_title(name, title) or (_shortened(name, title) and _SENTENCE_WORD.search(title.replace(name, "")) is None))
    )


_TITLED_SECTIONS_MIN = 2  # styled numbered titles below a styled line that open its sections


def _title_over_titled_sections(blocks: list[Block]) -> int | None:
    """HTML with no <h*>: a styled line directly over the first of the styled numbered titles, below a form's short lines.

    A registration page's form (its labels, options, a consent line and a button: short lines, no sentence), then the
    block the page shows instead, 「<div class="user-terms-header">中国AD之家用户知情同意书</div>」 directly over 「<p
    class="title">一、我们如何收集和使用您的个人信息</p>」, 「<p class="title">1.账号注册</p>」… (forty-second session,
    u42a2: eval/structure42 adzhijia-consent-vue).  The first block was no title, so none was found, and the form's lines
    were read as bare titles.  The line is the title when: it is the first emphasised block (by class or bold), below one
    or more blocks none of which is a sentence or longer than a control's, nor a document's name (「《…用户服务协议》」);
    it is a short unnumbered line, no date field (「生效日期：…」), with no text of its own (the next block is emphasised and numbered at the first value of its style) and no opening section's name
    (「引言」); and at least two emphasised numbered titles follow, one with the document's text (a longer block) under it.
    """
    at = next((k for k, block in enumerate(blocks) if block.emphasised), None)
    if at is None or at == 0 or at + 1 >= len(blocks) or not _page_chrome(blocks[:at]):
        return None
    if any(names_a_document(unbracketed(block.text.strip())) for block in blocks[:at]):
        return None  # 「《乐居邦网用户服务协议》」 above: the document's own name, the title's reading is left as it was
    lead = blocks[at]
    text = unemphasise(lead.text).strip()
    if (
        lead.kind != "paragraph"
        or _DATE_FIELD.match(fold(text))
        or len(lead.pieces) != 1
        or parse_number(text) is not None
        or not heading_like(text, limit=40)
        or _OPENING_SECTION.fullmatch(unbracketed(text.strip(" \t\u3000：:")))
    ):
        return None

    def numbered_title(k: int) -> bool:
        return blocks[k].emphasised and blocks[k].kind == "paragraph" and parse_number(unemphasise(blocks[k].text)) is not None

    first = parse_number(unemphasise(blocks[at + 1].text))
    if not numbered_title(at + 1) or first is None or number_value(first) != 1:
        return None
    titles = [k for k in range(at + 1, len(blocks)) if numbered_title(k)]
    texts = any(k + 1 < len(blocks) and len(blocks[k + 1].text) > _CHROME_MAX and not blocks[k + 1].emphasised for k in titles)
    return at if len(titles) >= _TITLED_SECTIONS_MIN and texts else None


_CHROME_MAX = 60  # characters: a menu entry, a breadcrumb, a button; no sentence of the policy is this short and alone
_FORM_LINES_MIN = 3  # a form's labels, hints and button between its title and the document's


def _form_then_document(blocks: list[Block], explicit: list[int]) -> bool:
    """A form's title, its short lines, then the heading of the document the page shows (a dialog's, below the form).

    A registration page: 「<h3>填寫註冊資料</h3>」, the form's hints, labels and button (「長度為6-12字元…」, 「性別：」,
    「立即註冊」), then the modal 「<h4>請詳細閱讀並同意使用聲明</h4>」 over the policy's 一、…七、 (forty-second session,
    u42a: eval/structure42 vgt-register-jsx).  The form's title was the first heading, so it was taken for the title and
    the dialog's for a section holding every other.  The second heading is the title when: the first opens the page
    (chrome above it at most), names no document and carries no number; at least three lines stand between, none longer
    than a control's (`_CHROME_MAX`); the second names a document, carries no number, ranks no higher than the first, is
    the page's only heading at its rank or above after the form (two dialogs, or a dialog whose document opens on an
    `<h1>` of its own, eval/structure41 xingchen-register-vue, are left as they were) and has the document's text below
    it (a block longer than any control's).  The form's heading, above the title at a rank
    no lower, is then no section either (`find_headings`).
    """
    if len(explicit) < 2:
        return False
    first, second = explicit[0], explicit[1]
    between = blocks[first + 1 : second]
    return (
        _page_chrome(blocks[:first])
        and not POLICY_WORD.search(blocks[first].text)
        and parse_number(blocks[first].text) is None
        and len(between) >= _FORM_LINES_MIN
        and all(len(b.text.strip()) <= _CHROME_MAX for b in between)
        and POLICY_WORD.search(blocks[second].text) is not None
        and parse_number(blocks[second].text) is None
        and (blocks[second].level or 1) >= (blocks[first].level or 1)
        and all((blocks[k].level or 1) > (blocks[second].level or 1) for k in explicit[2:])
        and any(len(b.text) > _CHROME_MAX for b in blocks[second + 1 :])
    )


def _page_chrome(lead: list[Block]) -> bool:
    """The blocks above a page's first heading are site chrome (menu entries, breadcrumbs, buttons).

    HTML pages saved whole put their navigation above the policy: many short lines and no
    sentence.  The first <h*> under them, when it is the page's only heading at its rank and
    names the policy, is the title the reader sees, however many menu lines precede it.
    """
    return all(len(b.text) <= _CHROME_MAX and not b.text.rstrip().endswith(("。", "．", ".", "；", ";")) for b in lead)


def same_title(a: str, b: str) -> bool:
    """Two lines that read as the same title (emphasis, width and spacing aside)."""
    return "".join(fold(unemphasise(a)).split()) == "".join(fold(unemphasise(b)).split())


def _title_repeated(blocks: list[Block], explicit: list[int], at_top: list[int]) -> bool:
    """HTML: the only two top-rank <h*> are the same unnumbered title naming the policy, one right after the other (at most
    two short lines between: a banner's date or tagline; not paragraphs of the text, review rv17).

    A page's banner shows the policy's name as an <h1> and the article repeats it as its own <h1> above the <h2>
    sections: both are the title (the second is taken, the first, at the title's rank above it, is the banner), so the
    <h2> sections are the first level.  Two sections of the same name with other headings between them are not this.
    """
    first, second = at_top
    between = [i for i in explicit if first < i < second]
    text = blocks[first].text
    lines_between = blocks[first + 1 : second]  # a banner's date or tagline, never the policy's text (rv17)
    return (
        not between
        and len(lines_between) <= 2
        and all(len(b.text.strip()) <= 40 for b in lines_between)
        and same_title(text, blocks[second].text)
        and parse_number(text) is None
        and POLICY_WORD.search(text) is not None
        and any(i > second for i in explicit)
    )


# 「Please be sure to read the following carefully」, 「请您务必仔细阅读」: a dialog's header asking to read what follows
_READING_PROMPT = lazy(r"(?i)^(?:please\b[^.!?]{0,30}\bread\b|请[^。！？]{0,8}阅读|請[^。！？]{0,8}閱讀)")


def _reading_prompt_above(blocks: list[Block], explicit: list[int]) -> bool:
    """The first heading asks the reader to read what follows, and the next block is a heading naming the policy at its
    rank or deeper: the second is the title (u46a2, eval/structure45 shifu-disclaimer-jsx L33 over L38)."""
    first, second = explicit[0], explicit[1]
    prompt = fold(unemphasise(blocks[first].text)).strip()
    return (
        second == first + 1
        and len(prompt) <= 60
        and _READING_PROMPT.match(prompt) is not None
        and (blocks[second].level or 1) >= (blocks[first].level or 1)
        and POLICY_WORD.search(blocks[second].text) is not None
        and parse_number(blocks[second].text) is None
    )


def _site_name_above(blocks: list[Block], explicit: list[int], at_top: list[int]) -> bool:
    """HTML: the first of two top-rank <h*> is the site's name, the second the policy's title.

    「<header><h1><a href="/">某某科技</a></h1><nav>…</nav></header><main><h1>隐私政策</h1><h2>…」: the
    first does not name the policy, is short, and only menu lines stand between the two; the second
    names the policy, is unnumbered, and every other <h*> is deeper.
    """
    site, title = at_top
    return site == explicit[0] and _site_then_title(blocks, site, title) and len(explicit) > 2


def _site_then_title(blocks: list[Block], site: int, title: int) -> bool:
    """A short <h*> not naming the policy (the site's name), menu lines, then an unnumbered <h*> naming it.

    A header bar that shows the title shortened (「<h1 class="logo">用户协议条款</h1>」 above 「<h2>歪歪游戏用户协议条款</h2>」,
    `eval/structure30` yygame-html) names the policy, but only as a part of the title below it: it is the site's bar too.
    """
    return (
        len(blocks[site].text.strip()) <= 20
        and (not POLICY_WORD.search(blocks[site].text) or _shortened(blocks[site].text, blocks[title].text))
        and parse_number(blocks[site].text) is None
        and POLICY_WORD.search(blocks[title].text) is not None
        and parse_number(blocks[title].text) is None
        and heading_like(unemphasise(blocks[title].text), limit=40)
        and _page_chrome(blocks[site + 1 : title])
    )


def _shortened(short: str, title: str) -> bool:
    """`short` is a proper part of `title` (「用户协议条款」 of 「歪歪游戏用户协议条款」), emphasis, width and spacing aside."""
    a, b = ("".join(fold(unemphasise(t)).split()) for t in (short, title))
    return bool(a) and len(a) < len(b) and a in b


def _brand_above(blocks: list[Block], explicit: list[int]) -> bool:
    """HTML: the page's one top-rank <h*> is the site's brand, the next <h*> the policy's title, a rank below.

    「<div class="top"><h1>云杉笔记</h1></div><h2>云杉笔记隐私政策</h2><h3>1. …</h3>」: the <h1> does not
    name the policy and is short; the <h2> names it, is unnumbered, and every later one is deeper
    (or at its rank and numbered, when the <h2> ends on the policy's name: 「<h2>隐私政策</h2><h2>1. …」);
    only menu lines stand between the two.  Read as the title, the <h1> put every section one level
    too deep, or made the policy's title a section.
    """
    site, title = explicit[0], explicit[1]
    rank = blocks[title].level or 1
    return (
        _site_then_title(blocks, site, title)
        and (
            all((blocks[i].level or 1) > rank for i in explicit[2:])
            # 「<h2>隐私政策</h2>」 above numbered <h2> sections: a title at the sections' rank, ending on the policy's name
            or (
                _ENDS_AS_TITLE.search(fold(unemphasise(blocks[title].text)).strip()) is not None
                and all((blocks[i].level or 1) > rank or parse_number(blocks[i].text) is not None for i in explicit[2:])
            )
        )
    )


# A title ends with what the document is (「某某用户隐私政策」, 「隱私權聲明」); 「隐私政策概要」 is a section about it.
_ENDS_AS_TITLE = DOCUMENT_NAME_END
_DOCUMENT_NAME_MAX = 30


@per_text
def names_a_document(title: str) -> bool:
    """A short unnumbered line ending on what a document is: 「用户服务协议」, 「隐私政策」, 「《应用用户协议》」."""
    folded = fold(unemphasise(title)).strip().strip("《》")
    return len(folded) <= _DOCUMENT_NAME_MAX and parse_number(folded) is None and _ENDS_AS_TITLE.search(folded) is not None


def _names_the_page(blocks: list[Block], explicit: list[int]) -> bool:
    """The first <h*> names the policy and is the only heading of its rank, every other one deeper.

    「<p class="title">李浩哲的隐私政策</p>」 (the site's page header) above 「<h1>隐私政策</h1>」 and
    <h2> sections: the <h1> is the document's title, not a section holding all the others.
    A numbered first heading (「<h3>一、总则</h3>」) or one with peers at its rank is a section.
    """
    first = blocks[explicit[0]]
    rank = first.level or 1
    return (
        len(explicit) > 1
        and parse_number(first.text) is None
        and POLICY_WORD.search(first.text) is not None
        and heading_like(unemphasise(first.text), limit=40)
        and all((blocks[i].level or 1) > rank for i in explicit[1:])
    )


def _titles_the_page(heading: str, page_title: str) -> bool:
    """HTML: the page's one top-rank <h*> is its document title by what the <title> says.

    Either the <title> is the <h*> with the site's name added (「隱私與裝置資料|Birdland」 over
    「<h1>隱私與裝置資料</h1>」: the <h*> is the title however much menu stands above it), or the
    <title> is the site's name alone (「云杉科技」) and the <h*> ends on what the document is
    (「<h1>用户隐私政策</h1>」).  An <h*> equal to a <title> that names no policy is the site's
    brand (「<title>云杉科技</title>」, 「<h1>云杉科技</h1>」), so is the part of a <title> naming the
    policy that leaves the policy out (「隐私政策 - 云杉笔记」 over 「<h1>云杉笔记</h1>」), and
    「<h1>隐私政策概要</h1>」 under a site's name is a section about the policy: none is taken.
    """
    text = unemphasise(heading)
    if not heading_like(text, limit=40):
        return False
    shown, page = "".join(fold(text).split()), "".join(fold(page_title).split())
    if not shown:
        return False
    if shown in page and (POLICY_WORD.search(shown) or (shown != page and not POLICY_WORD.search(page))):
        return True  # the part that names the policy (「隐私政策 - 云杉笔记」 over 「<h1>云杉笔记</h1>」: the brand)
    return POLICY_WORD.search(page) is None and _ENDS_AS_TITLE.search(shown) is not None


def _visible_title(blocks: list[Block], first_heading: int) -> int | None:
    """HTML: a bold or class="title" line above the first <h*> is the title the reader sees."""
    for j in range(min(first_heading, 3)):
        block = blocks[j]
        text = unemphasise(block.text)
        if block.emphasised and block.kind == "paragraph" and heading_like(text, limit=40) and parse_number(text) is None:
            return j
        if len(block.text) >= 200:
            return None
    return None
