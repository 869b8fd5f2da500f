"""The HTML block builder's open elements: `_ElementStack`, one layer of `_Extractor`.

It pushes and pops elements with what each one opened with (heading, title class, chrome, frame, brand, link, the
counts of the page so far), closes the elements HTML5 ends implicitly, and when an element closes, records what it
was by its content (a form or a menu: `_judge`; an app-store promotion after the page's <main>: `_promotion`; a
table's grid; a Vue loop's end).  Not here: which start tag pushes what (`extractor.handle_starttag`), the text read
inside (`text_runs`), block assembly (`blocks`).
"""

from __future__ import annotations

from policylens.load.html.blocks import _BlockBuilder
from policylens.load.html.chrome_lines import (
    _APP_STORE,
    _CHROME_TEXT_MAX,
    _KEPT_IN_CHROME,
    _MENU_LATIN_WIDTH,
    _SENTENCE_END,
    _language_toggle,
    _to_another_page,
)
from policylens.load.html.state import _Container
from policylens.load.html.tags import _CLOSES_P, _HEADINGS, _IMPLIED, _P_BOUNDARY
from policylens.load.html.title_lists import title_list, title_ol, title_ol_intro, titled_items
from policylens.load.html.titles import _bold_centred
from policylens.load.lines import lone_number
from policylens.model import Block

# inline elements whose title class makes their text a title line's bold (`_BlockBuilder._title_spans`); not `<label>`,
# a form field's caption (`<label for="birthday" class="input_title">西元年生日<br><span …>此為登入密碼</span>`,
# eval/profiles42c skm-tw signup.html: a sign-up form's hint taken for a section title)
_INLINE_TITLE_TAGS = frozenset(("span", "font"))
# the labels a custom navigation bar holds beside its back button: the page's name, a subtitle, a right-hand action
_BAR_LABELS_MAX = 3


class _ElementStack(_BlockBuilder):
    """The stack of open elements and what closing each one records."""

    def _page_name_style(self, attrs: list[tuple[str, str | None]]) -> bool:
        """The first element of a mini-program or Vue page styled bold and centred (`titles._bold_centred`): a title line."""
        return self.component_page and not self.blocks and _bold_centred(attrs)

    # -- the element stack ------------------------------------------------------
    def _push(
        self,
        tag: str,
        titled: bool,
        chrome: bool = False,
        href: bool = False,
        frame: bool | str = False,
        brand: bool = False,
        nav: bool = False,
        badge: bool = False,
    ) -> None:
        self._stack.append(tag)
        self._navs.append(nav)
        self._nav_open += nav
        if tag in _HEADINGS:
            self._headings.append(tag)
        self._titled.append(titled)
        self._title_spans += titled and tag in _INLINE_TITLE_TAGS
        self._chrome.append(chrome)
        self._chrome_open += chrome
        page_frame = (tag in ("header", "footer") or bool(frame)) and self._page_frame_tag()
        self._page_frames.append(page_frame)
        self._page_frames_open += page_frame
        page_footer = page_frame and tag != "header" and frame != "header"  # (u53x) 「<div class="site-header">」 too
        self._page_footers.append(page_footer)
        self._page_footers_open += page_footer
        self._inner_footers.append(len(self.blocks) if tag == "footer" and not page_frame else None)
        self._brands.append(brand)
        self._brand_open += brand
        self._badges.append(brand or badge)
        self._badge_open += brand or badge
        self._frames.append(chrome or page_frame)
        self._open[tag] = self._open.get(tag, 0) + 1
        self._counts.append(_Container(len(self.blocks), self._fields, self._long, self._links, self._raw_blocks, href, len(self.links)))
        self._href_open += href
        if href:
            self._link_start = (len(self.blocks), self._len)
            self._block_links += 1
            self._link_marks.append(self._link_chars)
            self._latin_marks.append(self._link_latin)

    def _title_term(self, tag: str) -> bool:
        """Does the element opening here hold a title of a list of titles over bodies: a <dt> of a `title_list` <dl>
        (「<dl><dt>个人信息采集</dt><dd>公司收集…。</dd>…」), an <li> of a `title_ol` <ol> (「<ol><li>适用范围</li><p>…</p>…」)?"""
        if tag == "dt":
            return bool(self._title_dls) and self._title_dls[-1] == self._open_dl_depth()
        if tag == "p" and self._titled_lis and self._titled_lis[-1][0] == len(self._stack):
            # the first paragraph of an item of a `titled_items` list: its title (「<li><p><b>…信息</b></p><p>…。</p>」)
            return self._titled_lis[-1][1] == len(self.blocks)
        if tag != "li" or not self._title_ols or self._title_ols[-1] != len(self._stack):
            return False
        return not title_ol_intro(self.rawdata, self._tag_at)  # (u55x2) an opening paragraph before the first title

    def _open_title_list(self, tag: str, title_term: bool) -> None:
        """Record the element just pushed: a title entry, or a <dl>/<ol> read as a list of titles over bodies."""
        if title_term:
            self._title_dts.append(len(self._stack))
        elif tag == "ol" and not self._announced() and title_ol(self.rawdata, self._tag_at):
            self._title_ols.append(len(self._stack))
        elif tag in ("ol", "ul") and titled_items(self.rawdata, self._tag_at):
            self._titled_ols.append(len(self._stack))
        elif tag == "li" and self._titled_ols and self._titled_ols[-1] == len(self._stack) - 1:
            self._titled_lis.append((len(self._stack), len(self.blocks)))
        elif tag == "dl" and (self._title_dls_left or (run := title_list(self.rawdata, self._tag_at))):
            self._title_dls_left = self._title_dls_left - 1 if self._title_dls_left else run - 1
            self._title_dls.append(len(self._stack))

    def _announced(self) -> bool:
        """(u47r) Does the block just before end with a colon?  「您可以依下列步驟刪除帳號：」 over 「<ol><li>進入設定頁面</li>
        <p><img> 如圖所示</p>…」 announces a list: its items are the steps, not section titles (`title_ol`)."""
        return bool(self.blocks) and self.blocks[-1].text.rstrip().endswith(("：", ":"))

    def _open_dl_depth(self) -> int:
        """The stack depth of the innermost open <dl> (0 when none is open)."""
        if not self._open.get("dl"):
            return 0
        return next(depth for depth in range(len(self._stack), 0, -1) if self._stack[depth - 1] == "dl")

    def _end_class_headings(self) -> None:
        """A block opens inside a heading-class block: 「<view class="privacyH2">访问和可移植性：<view class="privacyContent">
        …」 — the outer block's own text was the title, the blocks inside it are the section's text."""
        while self._class_headings:
            del self._headings[self._class_headings.pop()[1]]

    def _pop(self) -> str:
        if self._prop_titles and self._prop_titles[-1] == len(self._stack):
            self._prop_titles.pop()
        if self._class_headings and self._class_headings[-1][0] == len(self._stack):
            del self._headings[self._class_headings.pop()[1]]
        if self._widget_labels and self._widget_labels[-1][0] == len(self._stack):
            first = self._widget_labels.pop()[1]
            if len(self.blocks) > first:
                self.label_spans.append((first, len(self.blocks)))
        if self._controls and self._controls[-1][0] == len(self._stack):
            _, first, button, back, native = self._controls.pop()
            labels = self.blocks[first:]
            # a button's label (u40a4), or a language toggle's (u42x3): a list item, no title
            if labels and all(_control_label(block.text) if button or back else _language_toggle(block.text) for block in labels):
                self.chrome_spans.append((first, len(self.blocks), False))
                if back or native:
                    # a back button's labels (「‹」, the page's name in its bar), a mini-program's <button> (「同意隐私保护指引」
                    # above the title, l53b): page chrome, `diff` compares them as nothing
                    self.page_chrome.extend((k, [(block.line, block.column)]) for k, block in enumerate(labels, first))
                if native:
                    self.control_labels.extend((block.line, block.column) for block in labels)
            if back and len(self._stack) > 1 and not (self._back_bars and self._back_bars[-1][0] == len(self._stack) - 1):
                self._back_bars.append((len(self._stack) - 1, self._counts[-2].blocks))
        if self._back_bars and self._back_bars[-1][0] == len(self._stack):
            self._back_bar(self._back_bars.pop()[1])
        if self._docs_open and self._docs_open[-1][0] == len(self._stack):
            if self._len:
                self._flush()  # (an inline frame element, 「<a class="md-content__button">」: its text is the frame's)
            first = self._docs_open.pop()[1]
            if len(self.blocks) > first:
                self.docs_spans.append((first, len(self.blocks)))
        tag = self._stack.pop()
        while self._centred and self._centred[-1] > len(self._stack):
            self._centred.pop()
        while self._weighted and self._weighted[-1] > len(self._stack):
            self._weighted.pop()
        while self._title_dts and self._title_dts[-1] > len(self._stack):
            self._title_dts.pop()
        while self._title_ols and self._title_ols[-1] > len(self._stack):
            self._title_ols.pop()
        while self._titled_ols and self._titled_ols[-1] > len(self._stack):
            self._titled_ols.pop()
        while self._titled_lis and self._titled_lis[-1][0] > len(self._stack):
            self._titled_lis.pop()
        while self._title_dls and self._title_dls[-1] > len(self._stack):
            self._title_dls.pop()
        while self._class_table and self._class_table[-1][0] >= len(self._stack):
            self._class_table.pop()
        if tag in _HEADINGS:
            self._headings.pop()
        titled = self._titled.pop()
        self._title_spans -= titled and tag in _INLINE_TITLE_TAGS
        if titled and self._title_class and self._len and not any(self._titled):
            self._title_number = self._len if lone_number("".join(self._chunks)) else None
        if self._loops and self._loops[-1][1] == len(self._stack):
            self._end_loop()
        if self._row_depth is not None and len(self._stack) < self._row_depth:
            self._row_depth = None  # the parent of the row <text>s closed
        if tag == "text" and self.component_page:
            self._text_seen.pop()
            self._text_laid.pop()
            self._text_item = False  # a <text> with no text of its own: the next text is not its item
            self._text_newline = False  # the line break before </text> ends nothing
        if tag == "text" and self.component_page:
            if self._text_titles.pop():
                self._text_gap = 1  # a title's <text> closed: what follows it decides (`_text_settle`)
            else:
                self._text_after = 1
            if self._text_blocks.pop() and self._open.get("text") == 1 and self._chrome_level is None:
                # 「<view><text class="bold">2.1 账号注册</text>您在注册…</view>」 with 「.bold { display: block }」: the
                # label is a line of its own, and the bare text after it a new block (eval/structure34b canteen-user-vue)
                self._flush()
        chrome = self._chrome.pop()
        self._chrome_open -= chrome
        self._nav_open -= self._navs.pop()
        self._page_frames_open -= self._page_frames.pop()
        page_footer = self._page_footers.pop()
        self._page_footers_open -= page_footer
        if page_footer and tag == "footer":
            self.footer_end = len(self.blocks)
        if (inner := self._inner_footers.pop()) is not None:
            self.inner_footer_spans.append((inner, len(self.blocks)))
        self._brand_open -= self._brands.pop()
        self._badge_open -= self._badges.pop()
        self._open[tag] -= 1
        opened = self._counts.pop()
        if self._frames.pop() and len(self.blocks) > opened.blocks:
            self.frame_spans.append((opened.blocks, len(self.blocks)))
            if chrome and tag == "aside":
                self.aside_spans.append((opened.blocks, len(self.blocks)))
        if (
            tag == "li"
            and self._chrome_open
            and len(self.blocks) > opened.blocks
            and any(_to_another_page(link[0]) for link in self.links[opened.records :])
        ):
            self.link_items.append((opened.blocks, len(self.blocks)))
        self._href_open -= opened.href
        if opened.href:
            self._link_end = (len(self.blocks), self._len)
        if opened.href and self._link_marks:
            chars, latin = self._link_chars - self._link_marks.pop(), self._link_latin - self._latin_marks.pop()
            self._block_link_max = max(self._block_link_max, chars - latin + latin * _MENU_LATIN_WIDTH)
        if opened.href and self._link_stack:
            self._link_stack.pop()
        if tag in ("main", "article"):
            self._content_closed = True
            self.content_spans.append((tag, opened.blocks, len(self.blocks)))
        elif self._content_closed and len(self.blocks) > opened.blocks and self._page_frame_tag() and self._promotion(opened):
            self.promotion_spans.append((opened.blocks, len(self.blocks)))
        if tag in self._block_tags and len(self.blocks) > opened.blocks:
            self._judge(tag, opened)
        if tag == "table" and self._tables:
            table = self._tables.pop()
            if (row := table.end_row()) is not None:
                self.rows.append(row)
            if sum(len(row) for row in table.rows) == 1:
                # a table of one cell lays out a page (old sites wrap the whole policy in one):
                # its blocks are the page's paragraphs, not cells of a table
                for k in table.blocks:
                    self.blocks[k] = self.blocks[k]._replace(kind="paragraph")
                if len(table.blocks) == 1:
                    # one block alone in its one cell is a box on the page (a test platform's entry, a button), not
                    # the page's layout: kept as a paragraph, noted for the rules that read a paragraph whole
                    block = self.blocks[table.blocks[0]]
                    self.boxes.append((block.line, block.column))
            else:
                grid = table.grid()
                if grid is not None:
                    self.tables.append(grid)
        return tag

    def _back_bar(self, first: int) -> None:
        """The parent of a back button closed: a custom navigation bar when all it holds is at most `_BAR_LABELS_MAX`
        short labels (`_control_label`), 「<div class="fx"><div @click="goBack"><img src="back.png"/></div><div
        class="fs-20">隐私协议</div></div>」 (forty-fourth session, u44d2: `eval/pairs44c` msport-header, the bar became
        `<van-nav-bar title="隐私协议">` and its title was reported removed).  Its labels are page chrome, as the back
        button's own are (`diff` compares them as nothing); their kind is kept, so the structure reads the page as before
        (the bar's 「page-title」 may still be taken for the title).  A parent holding a sentence or more labels (the page
        itself, a box of links) is left as it is."""
        labels = self.blocks[first:]
        if not labels or len(labels) > _BAR_LABELS_MAX or not all(_control_label(block.text) for block in labels):
            return
        marked = {k for k, _ in self.page_chrome}
        self.page_chrome.extend((k, [(block.line, block.column)]) for k, block in enumerate(labels, first) if k not in marked)

    def _judge(self, tag: str, opened: _Container) -> None:
        """A closing container that is page chrome by what it holds: a form, label+field rows, a menu.

        None of its blocks may be text of the policy (longer than a label, or a sentence).  A
        <form> with a field is chrome whole, its <h*> included (a contact form after the policy);
        a container of two or more fields with their labels (「您的姓名*」 above an <input>, no
        <form>) is chrome but keeps its <h*>.  One of three or more short `<a href>` entries making
        up half its blocks (a product menu: 「相机」「闪光灯」「镜头」) is a menu candidate: chrome when
        it stands above or below all of the page's text (`_mark_chrome`), not among it.
        """
        if self._long > opened.long:
            return
        fields = self._fields - opened.fields
        blocks = len(self.blocks) - opened.blocks
        raw = self._raw_blocks > opened.raw
        if tag == "form" and fields:
            self.chrome_spans.append((opened.blocks, len(self.blocks), not raw))
        elif fields >= 2:
            self.chrome_spans.append((opened.blocks, len(self.blocks), False))
            self.chrome_spans += [(k, k + 1, True) for k in _taglines(self.blocks, opened.blocks)]
        elif self._links - opened.links >= 3 and 2 * (self._links - opened.links) >= blocks:
            hrefs = [href for href, _, _ in self.links[opened.records :]]
            self.menu_spans.append((opened.blocks, len(self.blocks), bool(hrefs) and all(_to_another_page(h) for h in hrefs)))

    def _promotion(self, opened: _Container) -> bool:
        """A closing element after the page's <main>/<article>, outside both, that advertises apps: two or more of
        its links, and most of them, go to an app store, and none of its blocks dates the policy or gives an e-mail
        (`_KEPT_IN_CHROME`).  「<section aria-label="同一开发者的更多 App"><h2>同一开发者的更多 App</h2>…App Store 卡片…
        <p>链接会打开 App Store。</p></section>」 after </main>: the developer's other apps, no text of this policy
        (twenty-fourth session, `eval/blind/pairs24` lockhour-promo-footer; `eval/blind/pairs23` hourstag-promo-footer)."""
        hrefs = [href for href, _, _ in self.links[opened.records :]]
        stores = sum(1 for href in hrefs if _APP_STORE.search(href))
        return (
            stores >= 2
            and 2 * stores > len(hrefs)
            and not any(_KEPT_IN_CHROME.search(block.text) for block in self.blocks[opened.blocks :])
        )

    def _close_to(self, tag: str) -> None:
        """Pop open elements up to and including the innermost `tag`."""
        while self._stack and self._pop() != tag:
            pass

    def _close_implied(self, tag: str) -> None:
        """HTML5 implied end tags for a start tag (a new <li> closes the open one, <div> closes <p>)."""
        if tag in _CLOSES_P and self._open.get("p"):
            self._close_within("p", frozenset({"p"}), _P_BOUNDARY)
        if tag in _HEADINGS and self._stack and self._stack[-1] in _HEADINGS:
            self._pop()
        rule = _IMPLIED.get(tag)
        if rule:
            closes, boundary = rule
            for name in closes:
                if self._open.get(name):
                    self._close_within(name, closes, boundary)

    def _close_within(self, name: str, closes: frozenset[str], boundary: frozenset[str]) -> None:
        """Close the innermost `name` unless a boundary element is open inside it."""
        for k in range(len(self._stack) - 1, -1, -1):
            open_tag = self._stack[k]
            if open_tag == name:
                while len(self._stack) > k:
                    self._pop()
                return
            if open_tag in boundary and open_tag not in closes:
                return

    def _end_loop(self) -> None:
        self._flush()
        index, _ = self._loops.pop()
        self.marks[index].end = len(self.blocks)


def _taglines(blocks: list[Block], start: int) -> list[int]:
    """The `<h*>`s of a form's box (`blocks[start:]`) right under another, deeper, with nothing between: the form's tagline
    under its title (「<h2>星尘实验室账号注册</h2>」 / 「<h3>我们已为全国100所高校提供服务</h3>」 above the sign-up form,
    eval/structure41 xingchen-register-vue), chrome with the form; the box's own title keeps its rank as before."""
    return [
        k
        for k in range(start + 1, len(blocks))
        if blocks[k].kind == "heading" and blocks[k - 1].kind == "heading" and (blocks[k].level or 0) > (blocks[k - 1].level or 0)
    ]


def _control_label(text: str) -> bool:
    """A control's label: short (at most `_CHROME_TEXT_MAX` characters), no sentence (「查看《用户隐私保护指引》」)."""
    text = text.strip()
    return len(text) <= _CHROME_TEXT_MAX and not text.endswith(_SENTENCE_END)
