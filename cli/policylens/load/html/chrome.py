"""Marking a read page's chrome: the passes that run over the finished extractor.

The page's menus, header and footer lines (`_page_chrome`; not an e-mail address the page gives elsewhere too,
`_mail_chrome`), a box of link headings beside the policy, bold lines of the page frame, cross-promotion blocks,
a prototype's label widgets, and the blocks of forms and menus (`_mark_chrome`).
The judgements of single lines and names are `chrome_lines`; `diff` and the rules read the marks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from policylens.lazyre import lazy
from policylens.load.html.chrome_lines import (
    _CHROME_TEXT_MAX,
    _DIGITS,
    _EMAIL,
    _FRAME_DATA,
    _FRAME_ENTITY,
    _FRAME_STATEMENT,
    _KEPT_IN_CHROME,
    _NAMES_A_POLICY,
    _SENTENCE_END,
    _page_chrome_text,
    _to_another_page,
    back_link_text,
)
from policylens.load.html.extractor import _Extractor
from policylens.model import Block
from policylens.normalise import WHITESPACE
from policylens.patterns import MAILTO, mailto_address, unglued_address

_LINK_BOX_MIN = 3  # <h*> of links in a row, no text under any: a box of links beside the policy (`_link_box_headings`)


# a frame of at least this many one-link lines, more than half of its lines, is a site's sidebar or menu: a number in
# one of its entries (「从 v1.17 升级到 v1.18」) names another page, not a fact of this one; fewer, and a line with a
# number stays text (「京ICP备2024000001号」 beside 「首页」)
_SIDEBAR_MIN = 8


def _page_chrome(extractor: _Extractor) -> list[tuple[int, int]]:
    """(line, column) of the page-chrome lines, but none of a container that holds the policy.

    A dialog, a 「gdpr-policy」 box or a <header> can wrap the policy itself (a policy shown in a modal): a chrome
    container or page frame holding half of the page's headings or half of its text is the policy, never chrome.
    """
    blocks = extractor.blocks
    if extractor.mail_chrome:
        mailtos = {a for href, _, _ in extractor.links if (a := mailto_address(href))}
        extractor.page_chrome = sorted(extractor.page_chrome + _mail_chrome(blocks, extractor.mail_chrome, mailtos))
    if not extractor.page_chrome and not extractor.menu_entries and not extractor.link_items:
        return []
    headings = [0]
    chars = [0]
    for block in blocks:
        headings.append(headings[-1] + (block.kind == "heading"))
        chars.append(chars[-1] + len(block.text.strip(WHITESPACE)))
    menus = [0]
    for k in range(len(blocks)):
        menus.append(menus[-1] + (k in extractor.menu_blocks))
    spans = sorted(set(extractor.frame_spans), key=lambda span: (span[0], -span[1]))
    among = _among_sections(extractor)
    holds = [_holds_policy(start, end, headings, chars, menus) or among(start, end) for start, end in spans]
    inner = _innermost(spans, len(blocks))

    def kept(first: int) -> bool:
        # the innermost frame around the line decides: a pager's <nav> inside a container holding the policy is chrome
        n = inner[first]
        return n is not None and holds[n]

    def menu(first: int) -> bool:
        # a link entry of a frame made mostly of link entries (a sidebar): navigation, though it holds a number
        # (「从 v1.17 升级到 v1.18」, 「v1.17」: pages of a versioned documentation site)
        n = inner[first]
        if n is None or holds[n]:
            return False
        start, end = spans[n]
        entries = menus[end] - menus[start]
        return entries >= _SIDEBAR_MIN and 2 * entries > end - start

    lines = [place for first, places in extractor.page_chrome if not kept(first) for place in places]
    listed: list[tuple[int, int]] = []
    if extractor.link_items:
        listed = _link_item_lines(extractor, kept)
    entries = {place for first, places in extractor.menu_entries if menu(first) for place in places}
    # the site's menus among them: the lines of a <nav> or role="navigation", of a frame made of link entries and of
    # a frame's linked list entries (`Document.menus`: `diff` never compares them against a policy line)
    extractor.menus = (extractor.nav_lines & set(lines)) | set(listed) | entries
    return sorted(set(lines) | set(listed) | entries)


# what keeps a line of a linked list entry as text (`_link_item_lines`): a date's label, so the policy's own date
# (「最后更新：2025-01-01」), not a post's bare 「2025-07-11」
_DATE_LABEL = lazy(r"更新|生效|修订|修訂|版本|施行|实施|實施|effective|updated|revised|version", re.IGNORECASE)


def _link_item_lines(extractor: _Extractor, kept: Callable[[int], bool]) -> list[tuple[int, int]]:
    """(line, column) of the lines of the linked list entries of the page's frame (fortieth session, u40d).

    A sidebar widget's list of posts or songs (「<ul class="recent-posts-widget"><li><h4><a href="…">25時の情熱</a></h4>
    <span>2025-07-11</span></li>」, `eval/pairs40` igameinc) is replaced as the site publishes: each entry is a link
    to another page and its date, in a <li> of a container named as a sidebar, widget or menu.  Its lines are
    chrome, though a title ends with 「！」 or a date reads as one (a post's date dates no policy), unless the frame
    around it holds the policy (`_holds_policy`), or the line gives an e-mail address, names a company, a filing
    number, a role or an address (`_FRAME_ENTITY`) or labels a date (「更新」, 「生效」: the policy's own); a line of the entry
    that is no link (its entry links to another page) is kept, too, when it holds a negation, the scope, 我们/您 (`_FRAME_STATEMENT`) or
    what the policy says of personal data (`_FRAME_DATA`), as around the policy's container (`_outside_container`).
    """
    blocks = extractor.blocks
    out = []
    for first, last in extractor.link_items:
        if kept(first):
            continue
        for k in range(first, last):
            text = blocks[k].text
            if _EMAIL.search(text) or _FRAME_ENTITY.search(text) or _DATE_LABEL.search(text):
                continue
            # (a link-only line of an entry that links to another page: 「我不是天才吗 (臙脂)」 names a song, no statement)
            if k not in extractor.menu_blocks and (_FRAME_STATEMENT.search(text) or _FRAME_DATA.search(text)):
                continue
            out.append((blocks[k].line, blocks[k].column))
    return out


# the share of the page's sentences its one <main> (or one <article>) must hold to be the policy's container
_CONTAINER_SHARE = 0.8
_CONTAINER_MIN = 3  # ... and at least this many of them


def _sentence(text: str) -> bool:
    """A line that reads as a sentence of the page (the extractor's `sentence_blocks` test): never page chrome."""
    line = text.strip(WHITESPACE)
    return line.endswith(_SENTENCE_END) or (len(line) > _CHROME_TEXT_MAX and ("，" in line or ", " in line))


def _outside_container(extractor: _Extractor) -> list[tuple[int, int]]:
    """(line, column) of the page frame's lines around the policy's one container (thirty-ninth session, u39d).

    A built blog page (a Hexo theme: AnZhiYu, Butterfly) writes the policy in its one <main> and, around it, the
    site's menus, the sidebar's author card, tag cloud and archive months with post counts, site statistics, the
    footer's link groups and © line, a right-click menu and keyboard tips, in plain <div>s as often as in
    <nav>/<aside>/<footer>.  Their lines carry numbers (「三月 2026」「1篇」「56」) that keep a frame line
    as text elsewhere (`chrome_lines._SUBSTANCE`), so every deploy that moved them was a change (`eval/pairs39`).
    When the page has one <main> (else one <article>) holding most of its sentences, a line outside it (or inside it,
    in a widget, sidebar or menu container that holds no sentence: the theme's sidebar cards) is chrome
    unless it is a sentence, dates or versions the policy or gives an e-mail address (`_KEPT_IN_CHROME`, but not a
    link-only menu entry such as an archive month 「2026年3月」), names a company, a filing number (ICP, 备案), a role or
    an address (`chrome_lines._FRAME_ENTITY`), holds a negation, the policy's scope or 我们/您 (`_FRAME_STATEMENT`), or
    what the policy says of personal data (an SDK table's row, `_FRAME_DATA`; these two not in a line of links to other
    pages), names a policy as a heading (the page's title), or was read from a <textarea>/<pre>.  `parse` shows these lines; `diff` compares them as
    nothing and counts them (「page chrome ignored」), and `--strict` shows them.
    """
    spans = extractor.content_spans
    mains = [(start, end) for tag, start, end in spans if tag == "main"]
    articles = [(start, end) for tag, start, end in spans if tag == "article"]
    chosen = mains if mains else articles
    if len(chosen) != 1:
        return []
    start, end = chosen[0]
    blocks = extractor.blocks
    sentences = [k for k, block in enumerate(blocks) if _sentence(block.text)]
    inside = sum(1 for k in sentences if start <= k < end)
    if inside < _CONTAINER_MIN or inside < _CONTAINER_SHARE * len(sentences):
        return []
    raw = [False] * (len(blocks) + 1)
    for first, last in extractor.raw_ranges:
        raw[first:last] = [True] * (last - first)
    # inside the container, a widget or sidebar by its name (`_CHROME_NAME`), a <nav>, that holds no sentence: the
    # theme's sidebar cards set beside the policy's text inside <main> (「<div class="card-widget">」 in AnZhiYu's
    # 「aside-content」), read as the frame outside it is
    # (a difference array over the blocks: nested frames cost no more than one)
    framed = [0] * (len(blocks) + 1)
    among = _among_sections(extractor)
    for first, last in extractor.frame_spans:
        n = bisect.bisect_left(sentences, first)
        if start <= first and last <= end and (n == len(sentences) or sentences[n] >= last) and not among(first, last):
            framed[first] += 1
            framed[last] -= 1
    away = _links_away(extractor)
    out = []
    depth = 0
    for k, block in enumerate(blocks):
        depth += framed[k]
        if (start <= k < end and not depth) or raw[k] or _sentence(block.text):
            continue
        text = block.text
        entry = k in extractor.menu_blocks  # a short line of links and nothing else
        elsewhere = entry and away.get(k, False)  # ... all of them to other pages: a menu (「文档源码更新日志」)
        if _EMAIL.search(text) or (not elsewhere and _KEPT_IN_CHROME.search(_DIGITS.sub(" ", text) if entry else text)):
            continue  # (an archive month 「2026年3月」 is a link entry: its date is no date of the policy)
        if _FRAME_ENTITY.search(text) or (block.kind == "heading" and _NAMES_A_POLICY.search(text)):
            continue
        if (_FRAME_STATEMENT.search(text) or _FRAME_DATA.search(text)) and not elsewhere:
            continue
        out.append((block.line, block.column))
    return out


def _links_away(extractor: _Extractor) -> dict[int, bool]:
    """Per block holding a link: whether all its links lead to other pages (`_to_another_page`), not into this one."""
    starts = [(block.line, block.column) for block in extractor.blocks]
    away: dict[int, bool] = {}
    for href, pieces, _ in extractor.links:
        if pieces:
            k = bisect.bisect_right(starts, (pieces[0].line, pieces[0].column)) - 1
            if k >= 0:
                away[k] = away.get(k, True) and _to_another_page(href)
    return away


def _among_sections(extractor: _Extractor) -> Callable[[int, int], bool]:
    """Does the frame span of blocks [first, last) sit between two headings of the policy (headings in no frame)?

    A list inside a section is the policy's, whatever its class says: 「<ul class="nav-list">」 of the SDKs a section
    names, each a link to the SDK's own policy, or 「<ul class="widget-list">」 of data items, between 「二、第三方SDK」
    and 「三、联系我们」 (forty-first session, u41d: an SDK replaced there was page chrome, so no change).  The site's
    menus sit above the first section or below the last, and a sidebar's widget titles are headings inside a frame.
    A page whose section titles are bold paragraphs (「<p><strong>二、第三方SDK</strong></p>」, headings only once the
    structure stage reads them) counts them when it has fewer than `_AMONG_MIN` <h*> outside the frame (u41d2: `_bold_title`)."""
    blocks = extractor.blocks
    framed = [0] * (len(blocks) + 1)
    for first, last in extractor.frame_spans:
        framed[first] += 1
        framed[last] -= 1
    headings: list[int] = []
    bold: list[int] = []
    navs = [0]  # blocks read inside a <nav> or role="navigation", a prefix count (linear on nested frames)
    depth = 0
    for k, block in enumerate(blocks):
        depth += framed[k]
        if not depth and block.kind == "heading":
            headings.append(k)
        elif not depth and _bold_title(block):
            bold.append(k)
        navs.append(navs[-1] + ((block.line, block.column) in extractor.nav_lines))
    if len(headings) < _AMONG_MIN:
        # a page with no <h*> sections titles them in bold paragraphs (u41d2); on a page with <h*> sections, bold lines
        # are labels (a blog theme's widget titles between the policy and its footer, eval/pairs39 bl-site)
        headings = sorted(headings + bold)

    def among(first: int, last: int) -> bool:
        # (the first heading is the page's title: a menu right under it, 「<h1>隐私政策</h1><nav>…</nav>」, is still above
        # the policy's sections)
        # (a <nav> or role="navigation" is a menu by its element, not by a class: a policy's own table of contents in
        # one stays a menu, `Document.menus`)
        n = bisect.bisect_left(headings, first)
        if n < 2 or bisect.bisect_left(headings, last) == len(headings):
            return False
        return navs[last] == navs[first]

    return among


_AMONG_MIN = 3  # <h*> outside the frame (a title and two sections) that make a page titled by headings (`_among_sections`)


def _bold_title(block: Block) -> bool:
    """A short bold paragraph with no sentence end: a section's title as the structure stage will read it
    (「<p><strong>二、第三方SDK</strong></p>」); a bold sentence 「<p><b>请您仔细阅读本政策。</b></p>」 is no title."""
    line = block.text.strip(WHITESPACE)
    return block.kind == "paragraph" and block.emphasised and 0 < len(line) <= _CHROME_TEXT_MAX and not line.endswith(_SENTENCE_END)


def _innermost(spans: list[tuple[int, int]], count: int) -> list[int | None]:
    """For each block, the index in `spans` (nested frames, sorted by start, the outer first) of the innermost one
    holding it; one sweep with a stack of the open frames."""
    out: list[int | None] = [None] * (count + 1)
    stack: list[int] = []
    n = 0
    for k in range(count + 1):
        while stack and spans[stack[-1]][1] <= k:
            stack.pop()
        while n < len(spans) and spans[n][0] <= k:
            if spans[n][1] > k:
                stack.append(n)
            n += 1
            while stack and spans[stack[-1]][1] <= k:
                stack.pop()
        out[k] = stack[-1] if stack else None
    return out


def _holds_policy(start: int, end: int, headings: list[int], chars: list[int], menus: list[int]) -> bool:
    """Does the frame span of blocks [start, end) hold the policy (half of the page's headings or of its text)?

    Not a span mostly made of short link entries: a VitePress sidebar (「序言」「入门」… over their links) holds more
    headings and text than a short policy page, and is a menu (twenty-second session, `eval/dev22d` goravel-rebuild)."""
    if 2 * (menus[end] - menus[start]) > end - start:
        return False
    held = headings[end] - headings[start]
    return bool(held and 2 * held >= headings[-1]) or 2 * (chars[end] - chars[start]) >= chars[-1]


def _mail_chrome(
    blocks: list[Block], lines: list[tuple[int, list[tuple[int, int]]]], mailtos: set[str]
) -> list[tuple[int, list[tuple[int, int]]]]:
    """The frame lines that are chrome but for e-mail addresses the page gives elsewhere too (fourteenth session).

    「<footer>← 返回首页 · privacy@woji.app</footer>」 under a policy that names privacy@woji.app in its text repeats the
    policy's own address: a reviewer reads it there.  An address found nowhere else (a new one, a changed one) keeps
    the line: an e-mail that changed is substance.  An address glued to the next link's text (「<a href="mailto:
    daonale.app@gmail.com">daonale.app@gmail.com</a><a href="https://github.com/…">GitHub</a>」 reads
    「daonale.app@gmail.comGitHub」, pairs28 daonale-redesign) ends where a `mailto:` target of the page does
    (`patterns.unglued_address`).
    """
    own = {k for k, _ in lines}
    elsewhere = {m.lower() for k, b in enumerate(blocks) if k not in own for m in _EMAIL.findall(b.text)}
    return [
        (k, places) for k, places in lines if {unglued_address(m, mailtos).lower() for m in _EMAIL.findall(blocks[k].text)} <= elsewhere
    ]


def _link_box_headings(extractor: _Extractor) -> None:
    """A run of `_LINK_BOX_MIN` or more <h*> in a row, each holding a link to another page, none with text under it: boxes
    of links (a news site's sidebar: 「<h2><span>About Us</span><a href="bottom-about.jsp">关于我们</a></h2>」 … 「Feedback
    联系我们」 beside the policy, `eval/dev23g/dev/sshnews-jsp`), page chrome and no sections of the policy.

    A heading with a link and a body (「<h2><a href="#collect">一、收集</a></h2><p>…</p>」) is a section as written.
    """
    blocks = extractor.blocks
    said = set(extractor.sentence_blocks)
    run: list[int] = []
    for k in sorted(extractor.link_headings) + [len(blocks) + 1]:
        if run and k == run[-1] + 1:
            run.append(k)
            continue
        if len(run) >= _LINK_BOX_MIN:
            # the run's last heading too, unless sentences follow it (then it may title them: it stays a section)
            last = run[-1] + 1 < len(blocks) and run[-1] + 1 in said
            for i in run[:-1] if last else run:
                blocks[i] = blocks[i]._replace(kind="item", level=None, emphasised=False)
        run = [k]


def _frame_bold_lines(extractor: _Extractor) -> None:
    """Bold lines of the page's frame (its <footer>, a 「footer」 container, chrome) below the policy, with no sentence (no
    block that ends as one) in it or after it, are no titles: 「<strong>台灣企業總部</strong><br>100臺北市…」 in a site footer is a label over an address
    (`eval/dev23g/dev/dentall-tw-html`).  A frame that holds the policy (half its headings or text) keeps its bold titles.
    """
    if not extractor.frame_spans:
        return
    blocks = extractor.blocks
    headings, chars, menus, sentences = [0], [0], [0], [0]
    for k, block in enumerate(blocks):
        headings.append(headings[-1] + (block.kind == "heading"))
        chars.append(chars[-1] + len(block.text.strip(WHITESPACE)))
        menus.append(menus[-1] + (k in extractor.menu_blocks))
        # (a sentence that ends as one: a long address line with commas is no sentence of the policy)
        sentences.append(sentences[-1] + block.text.rstrip(WHITESPACE).endswith(_SENTENCE_END))
    for start, end in set(extractor.frame_spans):
        # below the policy (no sentence in it or after it): a menu bar's title above the policy names the page
        if sentences[-1] - sentences[start] or _holds_policy(start, end, headings, chars, menus):
            continue
        for k in range(start, end):
            if blocks[k].emphasised and blocks[k].kind == "paragraph":
                blocks[k] = blocks[k]._replace(emphasised=False)


def _promotions(extractor: _Extractor) -> None:
    """A cross-promotion block after the policy (`_Extractor._promotion`) is page chrome whole, its heading included: its
    blocks lose their rank (`_mark_chrome`) and their lines are left out of `diff` (`_page_chrome`), unless the block
    holds half of the page's headings or text (`_holds_policy`: then it is the policy)."""
    for start, end in set(extractor.promotion_spans):
        extractor.chrome_spans.append((start, end, True))
        extractor.frame_spans.append((start, end))
        extractor.page_chrome.extend((k, [(extractor.blocks[k].line, extractor.blocks[k].column)]) for k in range(start, end))


# what a site's own revision line says (「網站最後修改日期 2026.04.11」, 「Site last updated …」): the site's, not the policy's
_SITE_REVISION = lazy(
    r"(?:網站|网站|本站|全站)(?:最後|最后|上次)?(?:修改|更新|修訂|修订)|(?i:(?:web)?site[ \t]last[ \t](?:updated|modified|changed))"
)
_SITE_REVISION_MAX = 60  # characters of such a line: a longer one says more than the site's date


def _hero_badges(extractor: _Extractor) -> None:
    """A short line written wholly in a logo, brand or badge element right above the page's <h1>, before any sentence,
    is page chrome (forty-first session, u41d2): 「<div class="page-hero"><span class="section-tag">⚖️ 社群須知</span>
    <h1>隱私權政策</h1>」 names the site's channel of the page; removed on the next version it was a change
    (`eval/pairs40c` sw-frame).  A line with substance (a date, a number, a company: `_page_chrome_text`), a sentence,
    a line in no such element or one not followed by the <h1> stays text."""
    blocks = extractor.blocks
    first_sentence = extractor.sentence_blocks[0] if extractor.sentence_blocks else len(blocks)
    for k, places in extractor.badge_lines:
        after = k + len(places)
        if after < len(blocks) and after <= first_sentence and blocks[after].kind == "heading" and blocks[after].level == 1:
            extractor.page_chrome.append((k, places))


def _site_revision(extractor: _Extractor) -> None:
    """The site's revision line after the page's own <footer> (「<p class="page-revise">網站最後修改日期 2026.04.11 / 總計修改
    <span id="deployCount">—</span> 次</p>」) is page chrome (forty-first session, u41d2; `eval/pairs40c` sw-frame): it
    dates the site's last deploy, not the policy.  Only after the footer, with no heading or sentence of the page after
    the footer, and only a line that names the site (網站/网站/本站/全站, "site"): the policy's own 「最後修改日期 …」
    there, a line naming a policy (「本站更新隱私權政策 2026.05.01」), a sentence, or a site's date anywhere above the
    footer, is still compared."""
    end = extractor.footer_end
    blocks = extractor.blocks
    if end is None or end >= len(blocks) or any(block.kind == "heading" for block in blocks[end:]):
        return
    for k in range(end, len(blocks)):
        line = blocks[k].text.strip(WHITESPACE)
        if (
            len(line) <= _SITE_REVISION_MAX
            and not line.endswith(_SENTENCE_END)
            and not _EMAIL.search(line)
            and _SITE_REVISION.match(line)
            and not _NAMES_A_POLICY.search(line)
        ):
            extractor.page_chrome.append((k, [(blocks[k].line, blocks[k].column)]))


def _back_links(extractor: _Extractor) -> None:
    """A line that is only a link back to the site's home or list page (`chrome_lines.back_link_text`: 「← 回首頁」,
    「返回简体中文首页」, 「Back to home」) after the policy's last sentence or before its first is page chrome (fifty-first
    session, u51s: `eval/structure51s` pain-php's 「<p><a class="btn btn-ghost" href="/">← 回首頁</a></p>」 closing
    <main> was a paragraph of 七、聯絡我們).  A heading, and a line among the policy's sentences, stay as they are."""
    text = extractor.sentence_blocks
    if not text:
        return
    blocks = extractor.blocks
    for k, block in enumerate(blocks):
        if (k < text[0] or k > text[-1]) and block.kind != "heading" and back_link_text(block.text):
            extractor.page_chrome.append((k, [(block.line, block.column)]))


def _inner_footers(extractor: _Extractor) -> None:
    """A <footer> inside <main> or <article> after the policy's last sentence, with no heading, holds the site's link row:
    its lines of page chrome (`_page_chrome_text`: 「macOS 版 Nightjar · 首頁 · 支援 · 隱私權」) are chrome as in the
    page's own footer, and a line that is chrome but for an e-mail address is chrome when the page gives the address
    elsewhere too (`_mail_chrome`).  Fifty-first session, u51s: `eval/structure50` nightjar-hant-html L149, a paragraph
    of 變更與聯絡.  A footer among the policy's sentences or holding a heading, and a line with substance (a date, a
    sentence, a company), stay text: the policy's own footer may date or sign it."""
    text = extractor.sentence_blocks
    if not text:
        return
    blocks = extractor.blocks
    for start, end in extractor.inner_footer_spans:
        if start <= text[-1] or any(block.kind == "heading" for block in blocks[start:end]):
            continue
        for k in range(start, end):
            line, places = blocks[k].text, [(blocks[k].line, blocks[k].column)]
            if _page_chrome_text(line):
                extractor.page_chrome.append((k, places))
            elif _EMAIL.search(line) and _page_chrome_text(_EMAIL.sub(" ", MAILTO.sub(" ", line))):
                extractor.mail_chrome.append((k, places))


def _trailing_labels(extractor: _Extractor) -> None:
    """Axure RP label widgets after the policy's last sentence are the prototype's menus and buttons (「登录」「注册」
    「工商注册」「HOT」), page chrome whole, no headings: an exported prototype lays them out by position, so its header
    menus come after the text widget in the page's source, with no <nav> or link around them (twenty-fifth session,
    `eval/blind/pairs25` zwy-menu-chrome).  A label that carries substance (`_page_chrome_text`: a number, a company, a
    date) stays text; labels above the policy's text (its title) are left as they are, and so is every label of a page
    whose policy is itself written in label widgets (its last sentence in one): there a trailing label is its text."""
    text = extractor.sentence_blocks
    if not text or not extractor.label_spans or any(start <= text[-1] < end for start, end in extractor.label_spans):
        return
    blocks = extractor.blocks
    for start, end in extractor.label_spans:
        if start > text[-1] and all(_page_chrome_text(block.text) for block in blocks[start:end]):
            extractor.chrome_spans.append((start, end, True))
            extractor.frame_spans.append((start, end))
            extractor.page_chrome.extend((k, [(blocks[k].line, blocks[k].column)]) for k in range(start, end))


def _mark_chrome(extractor: _Extractor) -> None:
    """Blocks of forms and menus (`_Extractor._judge`) are list items: page chrome, no heading of the policy.

    Their text stays (a check may still read it); a <form>'s <h*> lose their rank too.  Text
    read from a <textarea> or <pre> is never chrome.
    """
    text = extractor.sentence_blocks
    if text:
        # a menu is chrome above or below the policy's sentences, not among them (a list of SDK links in a section);
        # a copyright or address line after it does not count
        extractor.chrome_spans += [(start, end, False) for start, end, _ in extractor.menu_spans if end <= text[0] or start > text[-1]]
        # a menu in the site's footer or header is chrome wherever the footer's own sentences are (「抵制不良游戏，…」 after
        # 「主页 / 游戏 / … / 注册」: its last entry, with no separator, was read as a section title, `eval/structure27` veewo-html)
        extractor.chrome_spans += [
            (start, end, False)
            for start, end, _ in extractor.menu_spans
            if any(a <= start and end <= b for a, b in extractor.frame_spans) and not any(start <= k < end for k in text)
        ]
        # a channel's caption over its menu, before the policy: chrome with its heading, even below a page header whose
        # menus hold sentences (a product blurb in a drop-down)
        first = next((k for k in text if not any(start <= k < end for start, end in extractor.frame_spans)), None)
        extractor.chrome_spans += [
            (start, end, True)
            for start, end, elsewhere in extractor.menu_spans
            if elsewhere and first is not None and end <= first and _caption(extractor.blocks, start, end)
        ]
    if not extractor.chrome_spans:
        return
    # coverage counts over the block indices (a difference array: nested forms cost no more than one)
    size = len(extractor.blocks) + 1
    chrome, headings, raw = [0] * size, [0] * size, [0] * size
    for start, end, with_headings in extractor.chrome_spans:
        chrome[start] += 1
        chrome[end] -= 1
        if with_headings:
            headings[start] += 1
            headings[end] -= 1
    for start, end in extractor.raw_ranges:
        raw[start] += 1
        raw[end] -= 1
    blocks = extractor.blocks
    in_chrome = in_headings = in_raw = 0
    for k, block in enumerate(blocks):
        in_chrome += chrome[k]
        in_headings += headings[k]
        in_raw += raw[k]
        if in_chrome and not in_raw and (block.kind != "heading" or in_headings):
            blocks[k] = block._replace(kind="item", level=None, emphasised=False)


def _caption(blocks: list[Block], start: int, end: int) -> bool:
    """The menu's one heading is its first block, a channel's caption above links to other pages: chrome with them.

    「<div class="sidebar"><h1>站点信息</h1><ul><li><a href="/site/search.htm">全站搜索</a>…<li><a href="/site/privacy.htm">
    隐私政策</a></ul></div>」 before the policy: the site's section menu and its name, not the policy's first section
    (which would hold the whole policy, its bare titles then never read as titles).  A caption that names a policy
    (「<h1>隐私政策</h1>」 over a language switcher) is the page's title and keeps its rank; a table of contents
    (links to 「#…」 in this page) is the policy's own.
    """
    headings = [k for k in range(start, end) if blocks[k].kind == "heading"]
    return headings == [start] and _NAMES_A_POLICY.search(blocks[start].text) is None


def _docs_site_frames(extractor: _Extractor) -> list[tuple[int, int]]:
    """(u46l) (line, column) of every block of a documentation site's page frame (`chrome_lines.docs_frame`: a VuePress,
    VitePress, Docusaurus, MkDocs Material, Docsy or Docsify sidebar, meta line, in-page table of contents, edit link,
    "last updated" line, contributors, previous/next links), its headings read as lines (a sidebar's group title is no
    section of the policy, but an entry of the menu).  Whole, short lines or long, unlike other chrome (`_page_chrome`): the generator wrote the
    element, the policy's author did not.  A frame that holds half of the page's sentences (`_sentence`) holds the
    policy and is none; so is every frame of a page without a sentence.  Headings do not count here: a VitePress
    sidebar's group titles outnumber a short policy's (`eval/dev22d` goravel-rebuild)."""
    blocks = extractor.blocks
    if not extractor.docs_spans:
        return []
    said = [0]
    for block in blocks:
        said.append(said[-1] + (len(block.text.strip(WHITESPACE)) if _sentence(block.text) else 0))
    if not said[-1]:
        return []
    inside: set[int] = set()
    for start, end in extractor.docs_spans:
        if 2 * (said[end] - said[start]) < said[-1]:
            inside.update(range(start, end))
    # a line naming an e-mail address or an operator (a company, a filing number 「京ICP备…号」, an address) stays text,
    # as in any frame (`_link_item_lines`): an operator that changed is substance
    inside = {k for k in inside if not (_EMAIL.search(blocks[k].text) or _FRAME_ENTITY.search(blocks[k].text))}
    for k in inside:
        if blocks[k].kind == "heading" or blocks[k].emphasised:
            # (an entry of the frame's menu: a paragraph over the menu's items was made a section again by its shape)
            blocks[k] = blocks[k]._replace(kind="item", level=None, emphasised=False)
    return [(blocks[k].line, blocks[k].column) for k in sorted(inside)]
