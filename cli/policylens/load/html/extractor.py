"""The HTML block builder: `_Extractor`, the tag reader's subclass that makes blocks from start and end tags.

It is the top of a chain of layers, one module each, lowest first: `state` (what the builder records and tracks),
`links` (links, media and the page's frame), `blocks` (starting and finishing blocks), `elements` (the open elements),
`text_runs` (text and entity events), `raw_text` (<pre> and <textarea>).  Here: the start and end tag events, which
decide what an element is (implied end tags, raw text, skipped and hidden elements, conditional branches, tables, links,
a component's slots and loops, form fields) and `finish`.  Not here: feeding it the source (`feeding`), the passes
over the finished page (`chrome`), the public entry (`policylens.load.html`).
"""

from __future__ import annotations

from html import unescape

from policylens.lazyre import lazy
from policylens.load.html.bold_leads import bold_style
from policylens.load.html.branches import _conditional_only, _Veil, _veils, hidden_copies, hidden_warnings
from policylens.load.html.chrome_lines import (
    _BADGE_NAME,
    _BRAND_NAME,
    _CHROME_ROLES,
    _CHROME_UI,
    _CONTENT_TAGS,
    _PAGE_TAGS,
    _back_control,
    _chrome_tag,
    _control,
    _tapped,
    _widget_label,
    docs_frame,
    frame_class,
    named_chrome,
)
from policylens.load.html.decode import _line_count
from policylens.load.html.nav_bars import container_title, item_label, nav_bar_title_at
from policylens.load.html.page_scripts import shown_prop_dates
from policylens.load.html.raw_text import _RawText
from policylens.load.html.styles import _DISPLAY_BLOCK
from policylens.load.html.tables import _CELL_CONTENT, _CLASS_CELLS, _CLASS_ROWS, _GRID_MAX, _Cell, _span, _Table
from policylens.load.html.tags import (
    _BINDINGS,
    _DATE_KEY,
    _EMPHASIS_TAGS,
    _HEADINGS,
    _HTML_BINDINGS,
    _LOOP_ALIASES,
    _LOOP_ATTRIBUTES,
    _MEDIA_TAGS,
    _MESSAGE_TAGS,
    _NO_FIELD_TYPES,
    _PRE_PARENTS,
    _RAW_TAGS,
    _RICH_TEXT_PROPS,
    _RICH_TEXT_TAGS,
    _SCRIPT_TYPES,
    _SFC_BLOCKS,
    _SHADOW_ROOT,
    _SKIP_TAGS,
    _VOID,
)
from policylens.load.html.titles import (
    _CENTRED_TAGS,
    _HEADING_CLASS,
    _PARAGRAPH_CLASS,
    _SECTION_TEXT_CLASS,
    _TIT_CLASS,
    _centred,
)
from policylens.load.jsx import INLINE_BRANCH_TAGS, TAG, component_name, kit_component, rendered_tag, title_prop
from policylens.load.jsx_props import locale_title, shown_props
from policylens.load.server_code import CODE
from policylens.load.vue_data import Mark, parse_v_for, slot_path
from policylens.normalise import WHITESPACE
from policylens.patterns import DOCUMENT_NAME_END

_BOLD_CLASS = lazy(r"(?<![\w-])font-(?:semibold|bold|extrabold|black)(?![\w-])")  # Tailwind's bold weights
# 「<div class="lightbox-header">驚喜製造有限公司隱私條款</div>」 over the policy a lightbox holds (eval/structure47
# tableforone-reservation-html): the dialog's title bar names what it shows
_DIALOG_HEADERS = ("lightbox-header", "modal-header", "dialog-header", "popup-header")
_DIALOG_TITLE_MAX = 120  # characters of a title bar's text read after its start tag


def _dialog_title(raw: str, end: int) -> bool:
    """(u47r) Does the text right after a dialog's title bar start tag (ending at `end`) name a document
    (「驚喜製造有限公司隱私條款」, `DOCUMENT_NAME_END`)?  Only then is the bar a title: 「<div class="modal-header">提示</div>」
    over 「您確定要登出嗎」, a dialog of an ordinary policy page, was read as a section 提示 of the policy."""
    stop = raw.find("<", end, end + _DIALOG_TITLE_MAX)
    return stop > end and DOCUMENT_NAME_END.search(" ".join(unescape(raw[end:stop]).split())) is not None


class _Extractor(_RawText):
    """Collects text runs with positions and cuts them into blocks, tracking the open elements."""

    # -- tag events -------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if (self.sfc or self.mini_program) and attrs:
            self._language_edition(tag, attrs)  # (u46k2) a branch a language test selects: an edition
        if self.sfc and tag in _RICH_TEXT_TAGS:
            attrs = [("v-html" if name in _RICH_TEXT_PROPS else name, value) for name, value in attrs]
        component = None
        if self.jsx:
            component = component_name(self.get_starttag_text() or "")
        elif self.sfc:  # a Vue template's kit components: 「<Title :level="2">」, 「<a-typography-title :level="2">」
            component = kit_component(tag, self.get_starttag_text() or "")
        if component is not None:
            # 「<Typography variant="h6">」 is an <h6>; the page's own 「<SectionTitle>」 what it renders (`load.jsx_local`)
            rendered = self.local_tags.get(component) or rendered_tag(component, dict(attrs))
            self._components.append((tag, rendered))
            tag = rendered
            self._prop_dates()  # (u47l) `<LegalLayout updatedAt="April 7, 2026">`
        titled = chrome = brand = badge = taro_title = docs = False
        frame: bool | str = False  # a frame by its class: "header" for the site's header (`chrome_lines.frame_class`)
        centred = tag in _CENTRED_TAGS and _centred(attrs)
        rank: str | None = None
        for name, value in attrs:
            if name == "class" and value and (heading_class := _HEADING_CLASS.search(value)) is not None:
                rank = heading_class.group(1)
            if name == "classname" and value and tag == "text" and self.view_page and not self.native_text:
                # a Taro <Text> (`_taro_box`) whose class says title or heading, names a heading rank (「h3」, as
                # 「className={styles.h3}」 reads: `load.jsx.module_classes`), or is bold in Tailwind's words (「font-semibold」)
                taro_title = (
                    "title" in value.lower()
                    or "heading" in value.lower()
                    or _TIT_CLASS.search(value) is not None
                    or _HEADING_CLASS.search(value) is not None
                    or _BOLD_CLASS.search(value) is not None
                )
            if name == "datetime" and value:
                self.dates.append(("datetime", value))
            elif name in _BINDINGS and value and self.sfc:
                self.bound.append(self.getpos()[0])  # 「<view v-html="section.content">」: text the script provides
            elif name in _LOOP_ATTRIBUTES and value and not self.sfc and (loop := _LOOP_ALIASES.match(value)) is not None:
                self.loop_names.update(alias for alias in loop.groups() if alias)  # (a Vue file's loops: `load.vue_data`)
            elif (
                name == "class"
                and value
                and (
                    "title" in value.lower()
                    or _TIT_CLASS.search(value) is not None
                    or (self.component_page and "header" in value.lower())
                    or (  # a lightbox's, a modal's own title bar, naming the document it shows
                        any(box in value.lower() for box in _DIALOG_HEADERS)
                        and _dialog_title(self.rawdata, self._tag_at + len(self.get_starttag_text() or ""))
                    )
                    or (tag == "text" and self.component_page and _SECTION_TEXT_CLASS.search(value) is not None)
                    or (tag == "text" and self.component_page and not self.style_sheet and _HEADING_CLASS.search(value) is not None)
                )
            ):
                # (in a mini-program or uni-app page also 「<text class="section-header">引言</text>」, and, on a page whose
                # style sheet is not in the file (a `.wxml`'s `.wxss`), a <text> whose class names a heading rank:
                # 「<text class="h2">五、更新日期</text>」 after a contact line that ends in an e-mail address is a line of its
                # own, not the end of that line (u42x3, eval/pairs42c pa-label); a style sheet in the file that leaves
                # `.h2` inline is believed, `_row_classes`, tests/test_precision27.py)
                titled = True
            named = name in ("class", "id") or (self.jsx and name == "classname")  # (u52s) a React page's `className` too
            if (
                value
                and tag not in _PAGE_TAGS
                and (
                    (name == "role" and value.strip().lower() in _CHROME_ROLES)
                    or (name == "aria-modal" and value.strip().lower() == "true")
                    or (named and named_chrome(name, value) and (tag not in _CONTENT_TAGS or _CHROME_UI.search(value)))
                )
            ):
                chrome = True
            docs = docs or bool(value and name in ("class", "id") and tag not in _PAGE_TAGS and docs_frame(value, self.generator))
            if value and named:
                frame = frame or frame_class(tag, value)  # 「footer-wrap」, (u53x) 「site-header」: the page's frame
            if value and name in ("class", "id"):
                brand = brand or _BRAND_NAME.search(value) is not None
                badge = badge or _BADGE_NAME.search(value) is not None
        titled = titled or self._page_name_style(attrs)  # (u48a2) a first 「<view style="font-weight: bold; text-align: center">」
        if self._skip:
            if tag == self._skip[-1][0] and tag not in _VOID:
                self._skip.append((tag, self.getpos()[0]))
            elif self._skip[0] in self._branches and tag not in _VOID:
                self._branch_inner.append(tag)  # (its end tag is the branch's own, `handle_endtag`)
            return
        if self._veiled and self._veiled[-1].tag == tag:
            self._veiled[-1].depth += 1
        elif (attrs and tag not in _VOID and _veils(attrs)) or (tag == "dialog" and not any(name == "open" for name, _ in attrs)):
            self._veiled.append(_Veil(tag, self.getpos()[0]))  # (a <dialog> without `open`: shown when a script opens it)
        if tag in _MESSAGE_TAGS:
            self._message_tag(attrs)
        if self._raw is not None and not self._pre_heading(tag):
            self._raw_tag(tag)
            return
        if tag in _HEADINGS and not attrs and self._len and self._stack and self._stack[-1] == tag and component is None:
            # 「<h2>一、我们收集的信息<h2>」: a bare start tag typed for the end tag of the heading it ends (a browser closes
            # the heading and opens an empty one of the same rank, which made the next sentence a heading; optionlog-html)
            self.handle_endtag(tag)
            return
        if tag == "title":
            self._in_title = True
            if self.title_line is None:
                self.title_line = self.getpos()[0]
            else:
                self._later_title = (self.getpos()[0], False)
            return
        if tag in _MEDIA_TAGS:
            self._medium()
        if self.sfc and tag == "template" and self._sfc_templates and self._len and _conditional_only(attrs):
            # 「我們<template v-if="tw">依個資法</template><template v-else>依私隱條例</template>處理」: a condition inside a
            # sentence; its paragraph goes on (each branch was a paragraph, even a heading, of its own)
            if (branch := self._branch_skipped(tag, attrs)) is not None:
                self._skip.append((tag, self.getpos()[0]))
                self._branches[(tag, self.getpos()[0])] = branch
            else:
                self._sfc_templates.append(~len(self._stack))  # (negative: inline, no paragraph ends at its tags)
            return
        if self.sfc and tag == "template" and (dict(attrs).get("lang") or "html").lower() == "html":
            self._flush()  # a Vue single-file component: <template> holds the page, <template v-if> a part of it
            self._sfc_templates.append(len(self._stack))
            self._vue_slots(attrs, -len(self._sfc_templates))
            return
        if self.sfc and not self._sfc_templates and tag in _SFC_BLOCKS:
            self._skip.append((tag, self.getpos()[0]))  # <i18n>, <docs>: a component's custom block (reported unread)
            return
        if (tag in INLINE_BRANCH_TAGS or (tag == "block" and self.mini_program and self._len)) and (
            branch := self._branch_skipped(tag, attrs)
        ) is not None:
            # 「我們<span v-if="tw">依個資法</span><span v-else>依私隱條例</span>處理」: the page shows one branch; both read
            # ran into one sentence no version says (twenty-eighth session, u28h).  A block branch is a paragraph of its own;
            # a mini-program's <block wx:else> (a wrapper that renders nothing of its own) is inline within a sentence.
            self._skip.append((tag, self.getpos()[0]))
            self._branches[(tag, self.getpos()[0])] = branch
            return
        if tag in _SKIP_TAGS and not (tag == "template" and any(name in _SHADOW_ROOT for name, _ in attrs)):
            self._skip.append((tag, self.getpos()[0]))
            kind = dict(attrs)
            if tag == "iframe" and TAG.sub(" ", kind.get("srcdoc") or "").strip(WHITESPACE):  # a page of its own, shown in place
                self.warnings.append(f"line {self.getpos()[0]}: the document inside <iframe srcdoc> is not read")
            self._in_script = tag == "script" and not kind.get("src") and (kind.get("type") or "text/javascript").lower() in _SCRIPT_TYPES
            return
        if self._tables or tag == "table":
            self._table_tag(tag, attrs)
        if tag == "br":
            self._line_break()
            return
        self._items += tag == "li"
        after, self._text_after = self._text_after, 0
        if self._text_gap:
            self._text_settle(tag in self._block_tags)
        if tag == "text" and self.component_page:
            classes = next((value.split() for name, value in attrs if name == "class" and value), [])
            # 「<text style="display: block;…">」: a block by its own style, as by a class the style sheet sets so (u42x3:
            # eval/structure42c longli-privacy-vue, the page's title <text> ran into the block <text> under it)
            styled = any(name == "style" and value and _DISPLAY_BLOCK.search(value) is not None for name, value in attrs)
            self._text_rowed = styled or any(word in self.row_classes or _PARAGRAPH_CLASS.match(word) for word in classes)
            self._text_blocks.append(styled or any(word in self.row_classes for word in classes))
            self._text_start(titled, after == 2)
        field = tag in ("input", "select", "textarea") and self._field(tag, attrs)
        if self.view_page and tag != "text":
            self._taro_new_parent()  # (a new element at that index: not the one whose rows were seen)
        back_text = self._taro_back(tag, attrs)  # (a Taro back button's <Text>, 「返回」: a line of its own and chrome)
        taro = self._taro_box(tag, taro_title, back_text)
        titled = titled or (taro and taro_title)
        if tag in self._block_tags or tag in _RAW_TAGS or self._native_box(tag, attrs) or taro:
            self._flush()
            self._end_class_headings()
        self._close_implied(tag)
        if self.sfc and tag not in _VOID:
            self._vue_slots(attrs, len(self._stack))
        if tag not in _VOID:
            self._class_table_tag(attrs)
            href = tag == "a" and any(name == "href" and value for name, value in attrs)
            title_term = self._title_term(tag)  # a <dt>/<li> of a list of titles over bodies (`_open_title_list`)
            # (a <nav> or role="navigation": the site's menu, whose chrome lines `diff` never brings back, `Document.menus`)
            nav = tag == "nav" or any(name == "role" and (value or "").strip().lower() == "navigation" for name, value in attrs)
            self._push(tag, titled or title_term, chrome or _chrome_tag(tag, self._open), href, frame, brand, nav, badge)
            if docs:
                self._docs_open.append((len(self._stack), len(self.blocks)))
            if centred:
                self._centred.append(len(self._stack))
            if bold_style(tag, attrs):
                self._weighted.append(len(self._stack))  # (u59l) 「<span style="font-weight:bold">」 (`bold_leads`)
            self._open_title_list(tag, title_term)
            if _widget_label(tag, attrs):
                self._widget_labels.append((len(self._stack), len(self.blocks)))
            # (l53b, pairs53b) a mini-program's own <button> (a block, u53x): its label is page chrome, never the title
            native = tag == "button" and "button" in self._block_tags
            if _tapped(attrs) or native:
                self._controls.append(
                    (len(self._stack), len(self.blocks), _control(attrs) or native, _back_control(attrs) or back_text, native)
                )
            if rank is not None and self.component_page and self._ranked_box(tag, attrs) and not self._headings:
                # 「<view class="privacyH2">用户论坛</view>」: read as an <h2>, up to its first block inside
                self._class_headings.append((len(self._stack), len(self._headings)))
                self._headings.append(f"h{rank}")
            titled = component is not None and self.jsx and self._prop_title(component)
            if self.sfc and not self.jsx and (found := container_title(tag, self.get_starttag_text() or "", self.rawdata, self._tag_at)):
                self._prop_title(tag, found=found)  # (u60r) 「<el-collapse-item title="保留政策">」 over its slot
            if self.sfc and (label := item_label(tag, self.get_starttag_text() or "")) is not None:
                self._item_label(label)  # (u61r) 「<el-descriptions-item label="電子郵件">」 before its content
            if (component is not None and self.jsx) or (self.sfc and "-" in tag):
                self._prop_texts(component or tag, titled=titled, headed=component in self.own_components)
            if href:
                self._link(attrs)
            if self.nav_title is None and (self.mini_program or self.sfc):
                self._nav_bar(tag, attrs)
            if tag in _EMPHASIS_TAGS and not self._len:
                self._strong_chars = 0
            if tag in _RAW_TAGS:
                self._raw = (tag, [1], [], field)
                if tag == "textarea":
                    # its text is never markup (a browser reads on to </textarea>): `<?php` in it swallows nothing
                    self.set_cdata_mode(tag)

    def _class_table_tag(self, attrs: list[tuple[str, str | None]]) -> None:
        """An element opening whose class names a table row (「tr」, 「table-row」) or a cell inside one (「td」, 「th」,
        「table-cell」): a table drawn with boxes (a uni-app page's 「<view class="tr"><view class="td col1">功能/场景</view>」,
        eval/structure35 suixu-infolist-vue).  Its cells' text is table text, never a title (`_BlockBuilder._start_block`)."""
        words = next((value.lower().split() for name, value in attrs if name == "class" and value), None)
        if not words:
            return
        inside = bool(self._class_table) and self._class_table[-1][1]  # (an open cell's flag carries down: no walk)
        if self._class_table and any(word in _CLASS_CELLS for word in words):
            self._class_table.append((len(self._stack), True))
        elif any(word in _CLASS_ROWS for word in words):
            self._class_table.append((len(self._stack), inside))

    def _nav_bar(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A navigation bar's static title and its line (`nav_bars.nav_bar_title_at`), when the tag is one."""
        if (found := nav_bar_title_at(tag, attrs, self.get_starttag_text() or "", self.getpos()[0])) is not None:
            self.nav_title, self.nav_title_line = found

    def _prop_title(self, component: str, *, closed: bool = False, found: tuple[int, str] | None = None) -> bool:
        """「<Section title="一、我们收集的信息">」 (`load.jsx.title_prop`), 「<LegalSection zh="我们收集的个人信息" en="…">」
        (`load.jsx_props.locale_title`): its title is a heading, at the prop's own line and column, one level below the
        page's heading before the first such title (a nested one a level further down).  True when the title came from
        the locale props (not read again as text).  `closed`: a self-closed tag (its title heads the blocks after it, and
        no end tag closes it); `found`: the title as given (u60r: a Vue container's, `nav_bars.container_title`)."""
        start_tag = self.get_starttag_text() or ""
        found = found or title_prop(component, start_tag)
        by_locale = found is None and (found := locale_title(component, start_tag)) is not None
        if found is None:
            return False
        offset, value = found
        line, col = self._tag_position(start_tag, offset)
        if self._prop_base is None:
            self._prop_base = next((b.level for b in self.blocks if b.kind == "heading" and b.level), 1)
        self._flush()
        self._headings.append(f"h{min(6, self._prop_base + 1 + len(self._prop_titles))}")
        at = self.lineno, self.offset
        self.lineno, self.offset = line, col
        self._text(value, None)
        self.lineno, self.offset = at
        self._flush()
        self._headings.pop()
        dates = shown_prop_dates(start_tag)  # (u55x2) 「updatedAt="2026年7月16日"」 beside the title: shown with it
        for (line, col), (_, date) in zip(self._tag_positions(start_tag, [o for o, _ in dates]), dates, strict=True):
            self.lineno, self.offset = line, col
            self._text(date, None)
            self.lineno, self.offset = at
            self._flush()
        if not closed:
            self._prop_titles.append(len(self._stack))
        return by_locale

    def _prop_texts(self, component: str, *, closed: bool = False, titled: bool = False, headed: bool = False) -> None:
        """「<LanguageText en="…" zh="我们收集…" />」 (`load.jsx_props`): each value the component shows, at its own line
        and column, a paragraph of its own when the tag holds two, or when the tag stands alone on its source lines
        (「<info-row desc="…" />」 under another, 「<fui-text text="1. …"></fui-text>」: lines, not one run).  `closed`: a
        self-closed tag."""
        start_tag = self.get_starttag_text() or ""
        found = shown_props(component, start_tag, in_heading=bool(self._headings), titled=titled, closed=closed, headed=headed)
        if not found:
            return
        raw, at_tag = self.rawdata, self._tag_at
        end = at_tag + len(start_tag)
        rest = raw[end : (raw.find("\n", end) + 1 or len(raw))].strip()
        if not closed and rest.lower().startswith("</"):
            rest = rest[rest.find(">") + 1 :].strip()  # 「<fui-text text="1. …" :size="28"></fui-text>」
        alone = not raw[raw.rfind("\n", 0, at_tag) + 1 : at_tag].strip() and not rest
        positions = self._tag_positions(start_tag, [offset for offset, _ in found])
        for k, (_, value) in enumerate(found):
            if k or alone:
                self._flush()  # (another edition, or the next prop: its own line)
            at = self.lineno, self.offset
            self.lineno, self.offset = positions[k]
            self._text(value, None)
            self.lineno, self.offset = at
        if len(found) > 1 or alone:
            self._flush()

    def _vue_slots(self, attrs: list[tuple[str, str | None]], depth: int) -> None:
        """A Vue element's `v-for` (a loop over script data) and `v-html` (a string of it): marks for `load.vue_data`.

        Any other binding of text (`v-text`, a `v-html` of an expression) is a mark with no path: not read there.
        """
        # v-for first: a `v-html` on the same element shows each item's string
        for name, value in sorted(attrs, key=lambda attr: attr[0] != "v-for"):
            owner = self._loops[-1][0] if self._loops else -1
            if name in _BINDINGS and value:
                path = slot_path("{{" + value + "}}") if name in _HTML_BINDINGS else None
                self.marks.append(Mark(len(self.blocks), owner, path or ""))
            elif name == "v-for" and value:
                self.bound.append(self.getpos()[0])  # items of script data (warned of when they are not read)
                if (loop := parse_v_for(value)) is None:
                    continue
                self._flush()  # each item is shown on its own line (「<text v-for="p in s.content">{{ p }}</text>」)
                self._loops.append((len(self.marks), depth))
                self.marks.append(Mark(len(self.blocks), owner, loop[1], loop[0], loop[2]))

    def _field(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Count a form field a visitor fills in (a read-only <textarea> shows text: no field)."""
        values = {name: (value or "").strip().lower() for name, value in attrs}
        if tag == "input" and values.get("type", "text") in _NO_FIELD_TYPES:
            return False
        if tag == "textarea" and ("readonly" in values or "disabled" in values):
            return False
        self._fields += 1
        return True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if self._skip:
            return
        if self.sfc and (tag in _RICH_TEXT_TAGS or tag == "rich-text" or any(name in _HTML_BINDINGS for name, _ in attrs)):
            # 「<mp-html :content="content" />」, 「<rich-text :nodes="html"/>」: the element the string fills, closed at once;
            # (u44k, eval/blind/round44 agreementmodal-vue) so is 「<div class="agreement-text" v-html="protocolContent" />」
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)
            return
        if self.nav_title is None and (self.mini_program or self.sfc):
            self._nav_bar(tag, attrs)  # 「<nav-bar title="隐私政策" />」
        if self.jsx and (component := component_name(self.get_starttag_text() or "")) is not None:
            self._prop_dates()  # (u53x) a self-closed layout's date too: 「<LegalPage updated="22 July 2026" sections={[…]} />」
            # (u44k) 「<PolicySection title="1. 資料收集" content={`…`} />」 of the page's own titled component: its heading
            titled = component in self.titled_locals and self._prop_title(component, closed=True)
            headed = component in self.own_components  # (its definition tells where its title goes)
            # 「<LanguageText en="…" zh="…" />」 (`load.jsx_props`); `headed`: an own component, its `title=` no line (u50l)
            self._prop_texts(component, closed=True, titled=titled, headed=headed)
        elif self.sfc and "-" in tag:
            self._prop_texts(tag, closed=True)
        if tag in _MESSAGE_TAGS:
            self._message_tag(attrs)
        if tag in _MEDIA_TAGS and self._raw is None:
            self._medium()
        if tag == "br":
            self._line_break()
        elif tag in self._block_tags:
            self._flush()

    def _native_box(self, tag: str, attrs: list[tuple[str, str | None]] | None) -> bool:
        """Does `tag` start (its `attrs` given) or end (None) a React Native <Text> laid out as a box of its own
        (`native_text`): one not inside another <Text>, and not a run of converted markup styled by a CSS string
        (「<Text style="font-family:'宋体'">1</Text><Text …>.我们如何…</Text>」, a Word page turned into JSX: its runs
        join as a web page's <span>s do; React Native itself takes only a style object)?"""
        if not self.native_text or tag != "text":
            return False
        if attrs is None:
            return self._native_boxes.pop() if self._native_boxes else False
        css = any(name == "style" and value and ":" in value and CODE not in value for name, value in attrs)
        self._native_boxes.append(not self._open.get("text") and not css)
        return self._native_boxes[-1]

    def _message_tag(self, attrs: list[tuple[str, str | None]]) -> None:
        """A JSP message tag (`_MESSAGE_TAGS`): its text is the page's date when its key names the date."""
        key = next((value for name, value in attrs if name in ("name", "code", "key") and value), "")
        self.date_message = self.date_message or _DATE_KEY.search(key) is not None

    def _table_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Tables as grids: a new table, row or cell, or content (a nested table, an image) in the open cell."""
        table = self._tables[-1] if self._tables else None
        if tag == "table":
            if table is not None:
                table.fill()  # a table inside a cell fills it
            self._tables.append(_Table())
        elif table is None:
            return
        elif tag == "tr":
            if (row := table.end_row()) is not None:
                self.rows.append(row)
            if table.cells < _GRID_MAX:
                table.rows.append([])
        elif tag == "td" or tag == "th":
            table.row_cells += 1
            if table.cells >= _GRID_MAX:
                table.rows = []  # too large to keep as a grid: the table is read as text only
                return
            table.cells += 1
            if not table.rows:
                table.rows.append([])
            line, col = self.getpos()
            spans = dict(attrs)
            start = self.get_starttag_text() or f"<{tag}>"
            table.rows[-1].append(_Cell(line, col + 1, start, tag == "th", _span(spans.get("rowspan")), _span(spans.get("colspan"))))
        elif tag in _CELL_CONTENT:
            table.fill()

    def _end_br(self) -> None:
        """「1.适用范围</br>本政策…</br>」: HTML5 reads an end tag </br> as a <br> (a browser breaks the line there), as the
        start tag <br> is read (`handle_starttag`): nothing inside a skipped element, a line inside a <pre> or <textarea>,
        else a line break (in a paragraph, a list item, a table cell).  (Not through `handle_starttag`: a JSX or Vue
        page's component reading looks at the last start tag's text.)"""
        if self._skip:
            return
        if self._raw is not None:
            self._raw_tag("br")
            return
        self._line_break()

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag == "br":
            self._end_br()
            return
        if self._components and self._components[-1][0] == tag:
            tag = self._components.pop()[1]  # 「</Typography>」 closes the <h6> it opened
        if tag == "title" and self._in_title:
            self._in_title = False
            self._end_later_title()
            return
        if self._skip and tag != self._skip[-1][0] and tag in self._branch_inner:
            # the end of an element the skipped branch opened: 「<template v-else><p>…</p><p>…</p></template>」 (review
            # u28w: its first </p> ended the branch, and the rest was read)
            while self._branch_inner.pop() != tag:
                pass
            return
        if self._skip and tag != self._skip[-1][0] and tag in self._block_tags and self._skip[0] in self._branches:
            # 「<p>我們<span v-else>依私隱條例</p>」: the end of the block ends the inline branch, as a browser reads it
            # (the rest of the page was not read)
            self._skip.clear()
            self._branch_inner.clear()
        if self._skip:
            if tag == self._skip[-1][0]:
                self._skip.pop()
                self._in_script = self._in_script and bool(self._skip)
                if not self._skip:
                    self._branch_inner.clear()
            return
        if self._veiled and self._veiled[-1].tag == tag:
            self._veiled[-1].depth -= 1
            if not self._veiled[-1].depth:
                veil = self._veiled.pop()
                if veil.held:
                    self.veiled_lines.append(veil.line)
                    self.veiled_ends[veil.line] = self.getpos()[0]
                if self._len:
                    # (thirty-ninth session, u39r) the hidden element's text ends here: 「<span style="display:none">
                    # your-email@example.com</span><span>support@realcorp.cn</span>」 are two values, not one run of text
                    self._pending_space = True
        if self._raw is not None:
            if self._raw_inner.get(tag):
                self._raw_inner[tag] -= 1
                return  # (the end of an element opened inside the box)
            if tag != self._raw[0] and not (self._raw[0] == "pre" and tag in _PRE_PARENTS and self._open.get(tag)):
                return  # inline markup inside the box: its text stays on its line
            if tag == self._raw[0]:
                self._raw[1][0] -= 1
                if self._raw[1][0]:
                    return
            self._end_raw()  # (or the end tag of an element the <pre> is in: it ends the <pre> too, as in HTML5)
        if tag == "template" and self._sfc_templates and self._sfc_templates[-1] < 0:
            depth = ~self._sfc_templates.pop()  # an inline condition's <template> (see handle_starttag)
            while len(self._stack) > depth:
                self._pop()
            return
        if tag in self._block_tags or (tag == "template" and self.sfc) or self._native_box(tag, None) or self._taro_box(tag, None):
            self._flush()
        if tag == "template" and self._sfc_templates:
            if self._loops and self._loops[-1][1] == -len(self._sfc_templates):
                self._end_loop()
            depth = self._sfc_templates.pop()
            while len(self._stack) > depth:
                self._pop()
            return
        if self._open.get(tag):
            self._close_to(tag)
        elif tag in _HEADINGS and self._headings:
            # HTML5: any </h1>…</h6> closes the innermost open heading, whatever its rank
            # (`<h2>保密條約</h1>`: a browser ends the heading there; read on, every paragraph
            # after it was a heading).
            self._close_to(self._headings[-1])
        if self._pre_after is not None:
            self._pre_resume()

    def finish(self, text: str) -> None:
        """Say what an unclosed element swallowed (the rest of the file is not text)."""
        cdata = getattr(self, "cdata_elem", None)
        if cdata:
            tag, line = self._skip[-1] if self._skip else (cdata, self.getpos()[0])
            after = _line_count(text) - line  # the lines below the tag's own line
            what = f"the rest of its line and the {after} line(s) after it are" if after else "the rest of its line is"
            self.warnings.append(f"line {line}: <{tag}> is never closed: {what} not read")
            self.rawdata = ""
        elif self._skip:
            tag, line = self._skip[0]
            self.warnings.append(f"line {line}: <{tag}> is never closed: the text after it is not read")
        if self._in_title and self._later_title is not None:
            self._end_later_title()
        elif self._in_title and self.title_line is not None:
            self.warnings.append(f"line {self.title_line}: <title> is never closed: the text after it is read as the title")
        if self._raw is not None:
            self._end_raw()  # an unclosed <pre>: its text is still read
        lines = sorted({*self.veiled_lines, *(veil.line for veil in self._veiled if veil.held)})
        self.warnings.extend(hidden_warnings(lines, hidden_copies(self.blocks, self.veiled_ends, self.hidden_copy) if lines else {}))
