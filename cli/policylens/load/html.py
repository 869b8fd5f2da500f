"""Reader for HTML (also JSP/Vue pages): block elements become blocks at their source line.

Uses the standard library's html.parser; script/style/head content is markup, not
text.  Server code (`<?php … ?>`, JSP/ASP `<% … %>`) is blanked first, keeping positions and the
literals it echoes (`load.server_code`).
"""

from __future__ import annotations

import bisect
import html.parser as html_parser
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from itertools import pairwise
from operator import attrgetter
from typing import NamedTuple

from policylens.errors import UserError
from policylens.language_names import LANGUAGE_NAMES
from policylens.lazyre import lazy
from policylens.load.blade import blank_blade
from policylens.load.jsx import (
    FALLBACK_ELEMENTS,
    INLINE_BRANCH_TAGS,
    STRUCK_ELEMENTS,
    TAG,
    blank_jsx,
    component_name,
    computed_date,
    imports_view,
    inner_html_lines,
    is_jsx_source,
    kit_component,
    rendered_tag,
    title_prop,
)
from policylens.load.lines import (
    BULLET,
    MAX_TITLE_LINE,
    TITLE_LINE_END,
    group_lines,
    numbered_title_line,
    parent_title_line,
    sibling_title_line,
    split_block,
    title_line,
    title_number,
)
from policylens.load.server_code import CODE, blank_literal_echoes, blank_server_code
from policylens.load.text import CUT, LONG_LINE
from policylens.load.types import PageTitle, Parsed, first_few, gist
from policylens.load.vue_data import Mark, parse_v_for, slot_path
from policylens.model import CELL_TEXT, Block, BlockKind, Piece, TableCell, TableGrid
from policylens.normalise import WHITESPACE, fold, joiner
from policylens.numbering import NUMBER_STARTS, number_value, parse_number
from policylens.patterns import (
    CLAUSE_MARKS,
    CONTACT_CHANNELS,
    CONTACT_PERSON,
    COPYRIGHT_HELD,
    COPYRIGHT_SIGN,
    EMAIL,
    HAN_CHAR,
    HAN_COMPAT,
    MAILTO,
    RIGHTS_RESERVED,
    SENTENCE_ENDS_WIDE_STOP,
    SENTENCE_MARKS,
    SLOT,
    URL_START,
    mailto_address,
    slot_only,
    unglued_address,
)

_LONE_CR = re.compile(r"\r(?!\n)")
# a round bullet typed at the start of a line's text: a list entry.  Not - * + (a paragraph may open with a dash or a
# footnote mark), and not the square and arrow marks (■ ▶ ◆ ✓) that also decorate section titles (「■ 我们如何收集信息」)
_BULLET_GLYPHS = frozenset("•·・●○▪▫")
_CJK = re.compile(f"[{HAN_COMPAT}]")
_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "dt",
    "dd",
    "td",
    "th",
    "tr",
    "table",
    "ul",
    "ol",
    "dl",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "blockquote",
    "pre",
    "address",
    "figure",
    "figcaption",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "body",
    "html",
    "hr",
    "caption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "v-app",
    "v-container",
    "v-card",
    "v-row",
    "v-col",
    "center",
}
# Mini-program and uni-app components (WeChat .wxml, Alipay .axml, Baidu .swan, ByteDance .ttml, uni-app .vue/.nvue):
# <view> is their <div>.  Blocks only in those files: a browser shows an unknown tag in a web page inline
# (「<p>请阅读<view>《用户协议》</view>后再继续。</p>」 is one sentence there).
# the longest run of text (characters other than spaces) before a titled mini-program <text> read as its number or icon
_TITLE_MARKER_MAX = 4
_ITEM_AFTER = frozenset(CLAUSE_MARKS)  # what ends the text before a list item of its own: 。！？；!?;：:
_COMPONENT_BLOCK_TAGS = frozenset({"view", "scroll-view", "cover-view", "swiper-item", "movable-view"})
# Text marked deleted, shown struck through: a redline's old wording (「我們<del>不</del><ins>會</ins>分享」, policylens' own
# `diff -f html` report saved and read back), not the policy's text as it stands, as a DOCX's tracked deletion is not
# read.  It was read into its sentence (「我們不會分享」, the opposite); skipped with a warning (twenty-seventh session, u27h).
# (`STRUCK_ELEMENTS`, from `load.jsx`)
# attributes that fill an element with text from the component's script (`<rich-text :nodes>`: uni-app's v-html)
_BINDINGS = frozenset({"v-html", "v-text", ":innerhtml", "v-bind:innerhtml", ":inner-html", ":nodes", "v-bind:nodes"})
_HTML_BINDINGS = frozenset({"v-html", ":nodes", "v-bind:nodes"})  # a string of HTML (read by `load.vue_data`)
# uni-app's rich-text parser components, fed a string of HTML as `v-html` is: uView's 「<u-parse :content="content">」
# (eval/precision29/zzdn-agreement-vue: a 79 kB agreement read as nothing), jyf-parser's 「<parser :html="html">」
# (eval/precision29/hicity-agreement-vue), mp-html's 「<mp-html :content>」.  Only on these tags: a `:content` elsewhere
# is any component's property.
_RICH_TEXT_TAGS = frozenset({"u-parse", "uv-parse", "up-parse", "mp-html", "parser", "jyf-parser"})
_RICH_TEXT_PROPS = frozenset({":content", "v-bind:content", ":html", "v-bind:html"})
# A client-side template's loop in a web page (AngularJS, Vue from a <script>): the names it binds are its output's
# variables, 「<li ng-repeat="d in about_data">{{d.name}}</li>」 shows each item's name (eval/precision26/taolv-ejs-shell:
# a false error on {{d.name}}).  `ng-repeat="(key, value) in obj | filter:x track by $index"`, `v-for="(item, i) of items"`.
# A server page's message tag whose key names the policy's date: its text is the date, looked up in the site's message
# bundle (「<s:text name="bshare.privacy.last.updated" />」 is 「更新时间：2012年7月20日」, eval/precision25/points-struts-jsp:
# a false "no date").  Struts `<s:text name>`, Spring `<spring:message code>`, JSTL `<fmt:message key>`, `<bean:message key>`.
_MESSAGE_TAGS = frozenset({"s:text", "spring:message", "fmt:message", "bean:message"})
_DATE_KEY = re.compile(
    r"(?i)(?:updated?|modified|effective|lastmod)(?:[._-]?(?:date|time|on|at))?\Z|(?:update|effective|modified)[._-]?(?:date|time)"
)
_LOOP_ATTRIBUTES = frozenset({"ng-repeat", "data-ng-repeat", "ng-repeat-start", "data-ng-repeat-start", "v-for"})
_LOOP_ALIASES = re.compile(
    r"\A\s*+(?:\(\s*+)?([A-Za-z_$][\w$]*+)(?:\s*+,\s*+([A-Za-z_$][\w$]*+))?(?:\s*+,\s*+([A-Za-z_$][\w$]*+))?(?:\s*+\))?\s+(?:in|of)\s"
)
# A Vue single-file component's custom blocks: translations, docs, routes (their text is data, not the page)
_SFC_BLOCKS = {"i18n", "docs", "route", "page-query", "static-query"}
# Skipped on purpose, but they can hold visible fallback text: say so when they do.
_FALLBACK_TAGS = FALLBACK_ELEMENTS | STRUCK_ELEMENTS  # (`load.jsx`, where a component named like one is read as a block)
# (<wxs>/<sjs>: a mini-program page's inline script module)
# (and <video>, <audio>, <canvas>: what they hold is shown only by a browser that cannot play or draw them, "您的浏览器不支持
# 视频" — read before as a sentence of the policy, run together with the text around it; twenty-seventh session, lead)
# (and <noembed>, <noframes>, <progress>, <meter>: fallback a browser shows only when it has no plug-ins, no frames, no bar
# or gauge, 「您的瀏覽器不支援框架」; a <datalist>'s options are a field's suggestions, never shown on the page: 「請輸入城市：
# <input list=c><datalist id=c><option>台北市…」 read as 「請輸入城市：台北市新北市」; twenty-seventh session, u27h)
_SKIP_TAGS = {"script", "style", "wxs", "sjs"} | _FALLBACK_TAGS
# (twenty-sixth session, u26v) a component's date constant in its `<script>` (`const lastUpdated = '2025-12-19'` in a Svelte
# or Vue page whose layout shows it atop): kept as a front matter line, read like a Markdown `lastmod:` (the CCPA
# `last-updated` item reads it only when the body gives no date).
_SCRIPT_DATE = re.compile(
    r"^[ \t]*(?:export[ \t]+)?(?:const|let|var)[ \t]+((?:last[_-]?)?(?:updated?|modified|mod)(?:[_-]?(?:at|on|date))?|effective[_-]?date)"
    r"[ \t]*(?::[ \t]*string[ \t]*)?=[ \t]*(['\"`])([^'\"`\n]{4,40})\2",
    re.I | re.M,
)
# A declarative shadow root (`<template shadowrootmode="open">`, Chrome's older `shadowroot`) is
# rendered in place: a saved web component's text is on the page, so it is read.
_SHADOW_ROOT = {"shadowrootmode", "shadowroot"}
# inline scripts whose string literals may be text shown to users (read by `load.scripts`, not by the blocks)
_SCRIPT_TYPES = {"text/javascript", "application/javascript", "module", "text/babel", "application/x-javascript", "application/json"}
_EMPHASIS_TAGS = {"strong", "b"}
# elements that show content with no text of their own: after a lead-in, they are its list (enumeration-lead-in)
_MEDIA_TAGS = frozenset({"img", "iframe", "video", "audio", "embed", "object", "svg", "picture", "canvas"})
# a link's target as written in its start tag (the value of href=)
_HREF = re.compile(r"""\shref[ \t\n]*=[ \t\n]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'<>`=]+))""", re.I)
_new_piece = tuple.__new__  # Piece(…) without its Python-level __new__, once per link
# links kept whatever their target; past that, only targets with a template's mark
_MAX_LINKS = 5_000
_TEMPLATE_CUE = re.compile(r"(?i:mailto:|tel:|example|your|xx|domain|username|tbd|todo|placeholder)|[{\[【<%$待链鏈址]")
# how much of a link's text is kept (enough to see whether it shows the target's address)
_LINK_TEXT_PARTS = 8
_LINK_TEXT_CHARS = 200
# a sentence's end: the text a hidden element holds is prose (a tab's policy, a dialog's notice), not a menu's entries
# (「繁體中文」「简体中文」, a language picker or a user menu a script opens: named, they only made noise)
_PROSE = re.compile(r"[。！？；!?]|[.;](?:\s|$)")
# a style that hides its element: `display: none`, `visibility: hidden` (a declaration of its own, not `--x-display`)
_HIDING_STYLE = re.compile(
    r"(?:^|[;{\s])(?:display\s*+:\s*+none|visibility\s*+:\s*+(?:hidden|collapse))\s*+(?:!\s*+important\s*+)?(?:;|$)", re.I
)


@dataclass(slots=True)
class _Veil:
    """An element open that the page hides (`_veils`): its tag, its line, how many of its tag are open in it, and
    whether prose was read inside it (`_PROSE`)."""

    tag: str
    line: int
    depth: int = 1
    held: bool = False


def _element_close(raw: str, tag: str, start: int, limit: int, blocks: frozenset[str] | set[str]) -> int:
    """Where the end tag of the element `tag` whose content starts at `start` begins in `raw` (its own elements of
    that name nested), -1 when it does not end before `limit` or a block element (`blocks`) starts or ends first."""
    depth = 1
    for found in _ANY_TAG.finditer(raw, start, limit):
        name = found[2].lower()
        if name != tag:
            if name in blocks:
                return -1
            continue
        if found[1]:
            depth -= 1
            if not depth:
                return found.start()
        elif not found[0].endswith("/>"):
            depth += 1
    return -1


def _conditional_only(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether a Vue `<template>`'s attributes are a condition and nothing else (`v-if`, `v-else-if`, `v-else`)."""
    return bool(attrs) and all(name in ("v-if", "v-else-if", "v-else") for name, _ in attrs)


def _veils(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes hide it from the page: `hidden` (not `hidden="until-found"`, which the browser's
    find shows), a style of `display: none` or `visibility: hidden`.  (`aria-hidden` hides it from a screen reader
    only: it is on the page.)"""
    for name, value in attrs:
        if name == "hidden" and (value or "").strip().lower() != "until-found":
            return True
        if name == "style" and value and _HIDING_STYLE.search(value) is not None:
            return True
    return False


# a condition's later branch: Vue's `v-else`, `v-else-if`; the mini-programs' `wx:elif`, `a:else`, `s-else`, `tt:elif`…
_LATER_BRANCH = re.compile(r"v-else(?:-if)?|(?:wx|a|tt|qq|jd|ks):(?:else|elif)|s-(?:else|elif)")
# a condition's first branch: `v-if`, `wx:if`, `a:if`, `s-if`…
_FIRST_BRANCH = re.compile(r"v-if|(?:wx|a|tt|qq|jd|ks):if|s-if")
# a start or end tag in the source (`_branch_plan`): its slash, its name, its attributes
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)(?=[\s/>])([^<>]*)>")
_ATTRIBUTE_NAME = re.compile(r"(?:^|\s)([^\s=/>\"']+)")
# how far the source is searched for a chain of branches (the longest is read, `_branch_plan`); past it, the first is
_BRANCH_LOOKAHEAD = 4_000
_BRANCH_LOOKAHEAD_TOTAL = 2_000_000  # in all: past it, the first branch of every chain is read
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr", "param"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Elements whose text the browser shows line by line as written: a read-only <textarea> holding the
# policy, a <pre>.  Their lines are read as a plain-text file's.  (A box styled `white-space: pre-wrap`
# is not: exports put that style on every <p> and <h2>, whose kind and emphasis must stay.)
_RAW_TAGS = frozenset({"textarea", "pre"})
# End tags that end a <pre> open inside their element (HTML5 pops it with them; `</body>` pops nothing, `</p>` cannot
# close an element around a <pre>, whose start tag closed any <p>)
_PRE_PARENTS = frozenset(
    {"div", "section", "article", "main", "aside", "nav", "header", "footer", "blockquote", "li", "dd", "td", "th", "form"}
)
# Form fields a visitor types into (a hidden input or a button is no field).
_NO_FIELD_TYPES = frozenset({"hidden", "submit", "button", "image", "reset"})
# Page chrome found by what a container holds (see `_Container`): a block this long, or a sentence, is text of the page.
_CHROME_TEXT_MAX = 40
_MENU_ENTRY_MAX = 20  # characters of a link-only menu entry (「相机」, 「服务支持」, 「Privacy」)
_MENU_SEPARATORS = ("/", "|", "｜", "·")  # what a menu bar writes between its entries, outside the links
_SENTENCE_END = SENTENCE_ENDS_WIDE_STOP
# A title-class element's numbered title (「七、用户信息使用原则」, 「第3条 信息共享」, 「4. 信息存储」): the number and up to
# sixteen characters of no space and no punctuation (`_Extractor._run_in`); after it, a sentence run in after a space
# (a comma, a colon, a full stop in it, or its end), or, for a title written as a sentence, no other stop inside it.
_NUMBERED_TITLE = lazy(
    r"(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十百\d]{1,4}[条條章节節]|\d{1,2}[.、．])[ \t\u3000]*"
    r"[^\s，。；：:,;！？!?、.()（）]{2,16}"
)
# 「class="tit"」, 「sub-tit」, 「tit2」: the short class name uni-app and WeChat pages give their section titles
# 「<text class="doc-section">一、政策说明</text>」 then 「<text class="doc-text">…</text>」: a mini-program <text> whose class
# word ends in -section names a section's title (eval/dev21p/shizhou-wxml, a leftover of the twenty-fifth session); a bare
# 「section」 is a container's class (「<view class="section">」, also on a <text> holding a paragraph)
_SECTION_TEXT_CLASS = lazy(r"(?<![^\s])[A-Za-z0-9]+[_-]section(?![^\s])")
_TIT_CLASS = lazy(r"(?<![^\s_-])tit(?:[_-]?\d{1,2})?(?![^\s_-])", re.IGNORECASE)
# 「class="privacyH2"」, 「class="h1"」, 「title-h3」: a block whose class names a heading rank, as a mini-program or uni-app
# page without <h*> marks its titles (a WeChat page's <view>; eval/blind/round23).  A token ending in H1–H4 after a
# lower-case letter or opening the token; not H5, the Chinese developers' word for a mobile web page (「isH5」,
# 「h5-page」).  Web pages only have <h*> for this: there 「h2」 is pdf2htmlEX's height class (「t m0 x1 h2 y1 ff1」) and
# 「abde-h4」 a design system's type size on a dialog's title.
_HEADING_CLASS = lazy(r"(?:(?<![^\s_-])[Hh]|(?<=[a-z])H)([1-4])(?![0-9A-Za-z])")
_RUN_IN_SENTENCE = lazy(f"[{CLAUSE_MARKS}，,]")
_INNER_BREAK = lazy(f"[{SENTENCE_MARKS}]")
_SENTENCE_TITLE_MAX = 40
# A component page's style sheet that lays its <text>s out as blocks: each <text> on a source line of its own is a row
# (`_text_rows`; `eval/dev23g/dev/minzong-vue`: 「text{ display: inline-block; }」, one paragraph per <text>)
_STYLE_SHEET = lazy(r"<style\b[^>]*>([^<]*)</style>", re.IGNORECASE)
_TEXT_ROWS = lazy(r"(?<![\w.#:-])text\s*\{[^{}]*?display\s*:\s*(?:block|inline-block|flex)\b", re.IGNORECASE)
# 「.p { …display: block; }」, 「.h2, .list-item { display: block }」: class rules of the page's style sheet that make an element
# of that class a block, not an inline-block (eval/dev23g/dev/redmall-vue: 「<text class="btn">取消</text>」 and its 同意 button
# side by side) (a uni-app page styles its <text class="h2">, <text class="p"> one per row; eval/precision27 lushuo-vue);
# the selector list before the rule's body, each selector a single class, its last compound in a nested SCSS rule
# (read by `_css_rules` from the braces' positions, its selectors split in Python: the regex `((?:\.[\w-]+\s*,\s*)*\.[\w-]+)
# \s*\{` restarted its repetition at every `.` of a long selector list with no `{` after it, quadratic: review u27w)
_BRACE = lazy(r"[{}]")
_TRAILING_CLASS = lazy(r"\.[\w-]+\Z")
# 「<text class="paragraph">」, 「privacy-paragraph」, 「para」: a <text> whose class names a paragraph is one (a WeChat page's
# style sheet is its .wxss, not in the page; eval/precision27 qingduanshi-wxml: 「<text class="paragraph bold">（一）账号登录
# </text>⏎<text class="paragraph">当您使用…</text>」 shows two rows)
_PARAGRAPH_CLASS = lazy(r"^(?:[A-Za-z0-9]+[_-])?(?:p|para|paragraph)$")
# 「{{t1 || '引言'}}」, 「{{ title || "隐私政策" }}」: an interpolation whose expression falls back on a string literal (no
# quote, brace or newline in the expression before it, none in the literal)
_FALLBACK_LITERAL = lazy(r"""\{\{[^{}'"\n]*?\|\|\s*(['"])([^'"{}\n]+)\1\s*\}\}""")
_TEMPLATE_SUFFIXES = (".vue", ".nvue", ".wxml", ".axml", ".swan", ".ttml")
_DISPLAY_BLOCK = lazy(r"(?<![\w-])display\s*:\s*(?:block|flex)\b", re.IGNORECASE)  # (inline-block: side by side, 「.btn」s)
_LINK_BOX_MIN = 3  # <h*> of links in a row, no text under any: a box of links beside the policy (`_link_box_headings`)
# Page chrome whose <h*> are no headings of the policy: a menu, a cookie or consent dialog, the site's
# logo, a sidebar, a blog's widgets and comment form, the site's footer (class or id names: 「consent-banner」,
# 「cookie-notice」, 「logo」, 「sidebar」, 「widget-area」, 「comment-respond」); a page-level <aside> too.
_CHROME_ROLES = frozenset({"navigation", "dialog", "alertdialog"})
# a contact field's label, and what its value looks like (an e-mail or web address, a phone number, in a short body):
# not a title over text (「如何联系我们」 over a sentence that gives an address is one)
_FIELD_LABEL = lazy(rf"(?:{CONTACT_CHANNELS}|网址|網址|{CONTACT_PERSON}|(?i:e-?mail|phone|address|fax|QQ))$")
# a record's field on a <br> line: 「類型：持久性 Cookies」, 「管理者：我們」 (a short label closed by a colon, then its value)
_RECORD_FIELD = lazy(r"[^，,。：:\s]{1,8}[ \t]*[：:][ \t]*\S")
_RECORD_MIN = 2
_VALUE_TEXT = lazy(rf"@|{URL_START}|\d[\d \t()+-]{{6,}}\d")
_CHROME_NAME = lazy(
    r"consent|cookie[-_ ]?(?:banner|bar|notice|popup|modal|dialog)|gdpr|(?<![a-z])(?:logo|brand|navbar|sidebar|side-bar|breadcrumbs?|widgets?|widget-area|comments?|respond)(?![a-z])"
    # (fourteenth session) a menu by its class, as a <nav> is: 「<div class="nav">」 on one version, 「<nav>」 on the next
    r"|(?<![a-z])(?:(?:top|site|main|sub)[-_]?)?nav(?:igation)?(?:[-_]?bar)?(?![a-z])",
    re.IGNORECASE,
)
# a logo or brand link, whose short line is the site's name even with a version in it (twenty-third session; a site
# footer by its class or id, 「<div class="footer warpper">」 of an idoc site, is `_FOOTER_NAME`'s)
_BRAND_NAME = lazy(r"(?<![a-z])(?:logo|brand)(?![a-z])", re.IGNORECASE)
# Elements that hold the page's own content: a `<section id="consent">` or `<article class="comments-policy">` is a
# part of the policy named after its topic, never chrome (a fresh-eyes review found 「您的同意」 erased this way).
_CONTENT_TAGS = frozenset({"section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6"})
# ... unless its name also says it is a piece of interface: <section class="consent-banner">.
_CHROME_UI = lazy(r"banner|(?<![a-z])bar(?![a-z])|popup|modal|dialog|navbar|sidebar|side-bar|breadcrumb|widget", re.IGNORECASE)
# A container named after the site's footer (「<div class="footer">」, 「site-footer」, 「footer-wrap」): the page's frame, as a
# <footer> of the page is (twenty-third session, a Webflow page of `eval/dev23g`); 「footer-note」 and the like are not.
_FOOTER_NAME = lazy(r"^(?:(?:site|page|main|global)[-_])?footer(?:[-_](?:wrap|wrapper|container|section))?$", re.IGNORECASE)
# A link to an app store's page of an app (a cross-promotion block's cards, `_Extractor._promotion`)
_APP_STORE = lazy(
    r"^https?://(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com/store|appgallery\.huawei\.com|app\.mi\.com"
    r"|sj\.qq\.com|apps\.microsoft\.com|www\.microsoft\.com/[\w-]+/store|www\.amazon\.[a-z.]+/[\w/-]*dp)/",
    re.IGNORECASE,
)
# HTML5 implied end tags: a start tag closes the open element(s) it cannot live in,
# but never past the boundary elements (a list item closes the previous item of its own list).
_CLOSES_P = _BLOCK_TAGS - {
    "td",
    "th",
    "tr",
    "dt",
    "dd",
    "li",
    "body",
    "html",
    "caption",
    "v-app",
    "v-container",
    "v-card",
    "v-row",
    "v-col",
} | {"li", "dt", "dd"}
_IMPLIED: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu", "table"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl", "table"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl", "table"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "tr": (frozenset({"tr", "td", "th"}), frozenset({"table", "tbody", "thead", "tfoot"})),
    "tbody": (frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "thead": (frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "tfoot": (frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
}
_P_BOUNDARY = frozenset({"td", "th", "li", "dd", "dt", "table", "button", "caption"})
# Decoded character references, by their source text (`&amp;`, `&#x4e00;`); bounded: a page can hold any number of distinct ones.
_ENTITIES: dict[str, str] = {}
_ENTITY_CACHE = 4_096
_REFERENCE = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)")


def _raw_runs(data: str) -> list[tuple[str, int | None]]:
    """A <textarea>'s raw text as runs: plain text (width None) and each decoded character reference with its source width."""
    out: list[tuple[str, int | None]] = []
    last = 0
    for m in _REFERENCE.finditer(data):
        decoded = unescape(m.group(0))
        if decoded == m.group(0):
            continue  # not a reference (「&foo」 stays as written)
        if m.start() > last:
            out.append((data[last : m.start()], None))
        out.append((decoded, m.end() - m.start()))
        last = m.end()
    if last < len(data):
        out.append((data[last:], None))
    return out


def _split_pieces(block: Block, runs: dict[int, list[tuple[int, int, int, int | None]]], starts: dict[int, int]) -> Block:
    """The block with each line's piece split at its source runs (a gap left by a tag, a reference's width)."""
    out: list[Piece] = []
    changed = False
    for p in block.pieces:
        line_runs = runs.get(p.line)
        if not line_runs or (len(line_runs) == 1 and line_runs[0][3] is None):
            out.append(p)
            continue
        first = p.column - starts[p.line]  # offset of the piece in its line's text
        last = first + p.length
        for offset, column, length, width in line_runs:
            a, b = max(first, offset), min(last, offset + length)
            if a >= b:
                continue
            if width is not None and (a, b) == (offset, offset + length):
                out.append(Piece(p.offset + a - first, length, p.line, column, width))  # a whole reference
            else:
                out.append(Piece(p.offset + a - first, b - a, p.line, column + a - offset, None))
        changed = True
    return block._replace(pieces=tuple(out)) if changed else block


_new_piece = tuple.__new__
_NEWLINE = re.compile("\n")


# `<!-->` and `<!--->` are empty comments in HTML5 (browsers show the text after them), but
# html.parser reads on to the next `-->`, swallowing that text, or refuses the page when none
# follows.  Each becomes a bogus comment of the same length, so columns stay exact.
_ABRUPT_COMMENT = re.compile(r"<!--?->")
_FILLER = "\ufdd0"  # a noncharacter: no text holds it
# where a comment ends: html.parser's `--\s*>`, and `--!>` (HTML5's incorrectly closed comment, which browsers close)
_COMMENT_CLOSE = re.compile(r"--(?:!|\s*)>")


def _empty_comment(m: re.Match[str]) -> str:
    return "<!-" + _FILLER * (len(m.group(0)) - 4) + ">"


def _empty_comments(text: str) -> str:
    """Each `<!-->` / `<!--->` that opens a comment made an empty one (`_ABRUPT_COMMENT`); one inside a comment is left.

    A downlevel-revealed conditional comment, 「<!--[if gte IE 8]><!-->」 (thirty-second session, u32t: eval/structure32
    glonly-blade), is one whole comment whose text ends in `<!`: its closing `<!-->` was made an empty comment, so the
    comment ran on to the page's closing 「<!--<![endif]-->」 and the whole policy was read as empty.
    """
    if "<!--" not in text:
        return text
    out: list[str] = []
    pos = 0
    i = text.find("<!--")
    while i >= 0:
        abrupt = _ABRUPT_COMMENT.match(text, i)
        if abrupt is not None:
            out.append(text[pos:i])
            out.append(_empty_comment(abrupt))
            pos = abrupt.end()
            i = text.find("<!--", pos)
            continue
        close = _COMMENT_CLOSE.search(text, i + 4)
        if close is None:
            break
        i = text.find("<!--", close.end())
    out.append(text[pos:])
    return "".join(out)


class _Container(NamedTuple):
    """What the page had read when an element opened: its blocks, fields, long and link-only blocks are counted from here."""

    blocks: int
    fields: int
    long: int
    links: int
    raw: int
    href: bool  # the element is a link (<a href>; an <a name> anchor around a title is none)
    records: int  # links recorded (`_Extractor.links`)


# Elements that fill a table cell without text: an image, a frame, a form field.
_CELL_CONTENT = frozenset({"img", "iframe", "input", "select", "textarea", "svg", "video", "audio", "object", "embed", "canvas", "picture"})
_SPAN_MAX = 1000  # HTML caps colspan at 1000
_GRID_MAX = 20_000  # cells of one table's grid: beyond, the table is not kept as a grid (an SDK table has a few hundred)


def _span(value: str | None) -> int:
    """A rowspan/colspan attribute as a browser reads it: its leading digits, at least 1, at most `_SPAN_MAX`."""
    digits = ""
    for ch in (value or "").strip()[:5]:
        if not ("0" <= ch <= "9"):
            break
        digits += ch
    return min(max(int(digits) if digits else 1, 1), _SPAN_MAX)


class _Cell:
    """A cell of an open table, as it is read."""

    __slots__ = ("colspan", "column", "filled", "header", "line", "parts", "rowspan", "size", "tag")

    def __init__(self, line: int, column: int, tag: str, header: bool, rowspan: int, colspan: int) -> None:
        self.line, self.column, self.tag, self.header = line, column, tag, header
        self.rowspan, self.colspan = rowspan, colspan
        self.parts: list[str] = []
        self.size = 0
        self.filled = False

    def cell(self) -> TableCell:
        return TableCell(" ".join("".join(self.parts).split())[:CELL_TEXT], self.line, self.column, self.tag, self.filled, self.header)


_PIECE_OFFSET = attrgetter("offset")  # a piece's place in its block's text (bisect key)


class _Table:
    """An open table: its rows of cells, and the blocks read in its own cells."""

    __slots__ = ("blocks", "cells", "new_row", "row_blocks", "row_cells", "row_start", "rows")

    def __init__(self) -> None:
        self.rows: list[list[_Cell]] = []
        self.blocks: list[int] = []
        self.cells = 0  # cells read (`_GRID_MAX`: beyond, no grid)
        self.new_row = True  # the next block read in a cell opens a row (`_Extractor.rows`)
        self.row_start: tuple[int, int] | None = None  # where the open row's first block starts
        self.row_blocks = self.row_cells = 0  # blocks and cells read in the open row

    def end_row(self) -> tuple[int, int] | None:
        """Where the row just ended starts (None when it held no block): as (line, column) when it is a row of data,
        one block at most in each of its cells; as (line, -column) when it is not (a layout table's cell holds a page's
        paragraphs, which must not be read as one row, nor glued to the row of data before it: review u29x)."""
        start, fits = self.row_start, 0 < self.row_blocks <= self.row_cells
        self.row_start, self.row_blocks, self.row_cells, self.new_row = None, 0, 0, True
        if start is None:
            return None
        return start if fits else (start[0], -start[1])

    def _open_cell(self) -> _Cell | None:
        return self.rows[-1][-1] if self.rows and self.rows[-1] else None

    def fill(self) -> None:
        cell = self._open_cell()
        if cell is not None:
            cell.filled = True

    def add(self, data: str) -> None:
        cell = self._open_cell()
        if cell is not None and data.strip(WHITESPACE):
            cell.filled = True
            if cell.size < CELL_TEXT:
                cell.parts.append(data[:CELL_TEXT])
                cell.size += len(data)

    def grid(self) -> TableGrid | None:
        """The table as a grid (None where a cell spans from above or the left), or None when it
        has fewer than two rows, no empty cell, or more than `_GRID_MAX` cells."""
        if len(self.rows) < 2 or self.cells > _GRID_MAX or all(c.filled for row in self.rows for c in row):
            return None
        pending: dict[int, int] = {}  # column → rows below this one that a cell above still spans
        out: list[tuple[TableCell | None, ...]] = []
        total = 0
        for row in self.rows:
            spanned = {j for j, n in pending.items() if n > 0}
            cells: list[TableCell | None] = []
            opened: list[tuple[int, int]] = []
            for raw in row:
                while len(cells) in spanned:
                    cells.append(None)
                at = len(cells)
                total += raw.colspan
                if total > _GRID_MAX:
                    return None  # checked before the cells are made: colspan=1000 on every cell is no memory bomb
                cells.append(raw.cell())
                cells.extend([None] * (raw.colspan - 1))
                if raw.rowspan > 1:
                    opened += [(j, raw.rowspan - 1) for j in range(at, at + raw.colspan)]
            while len(cells) in spanned:
                cells.append(None)
            for j in spanned:
                pending[j] -= 1
            pending.update(opened)
            out.append(tuple(cells))
        return tuple(out)


# The attributes of a start tag that are read (`_Extractor.parse_starttag`); html.parser's own patterns for a tag's
# name and one attribute (present in 3.10-3.13; without them a tag is read whole, as before).
_MAX_ATTRIBUTES = 1000
_TAG_NAME = getattr(html_parser, "tagfind_tolerant", None)
_ATTRIBUTE = getattr(html_parser, "attrfind_tolerant", None)


class _Extractor(HTMLParser):
    """Collects text runs with positions and cuts them into blocks, tracking the open elements."""

    def __init__(self) -> None:
        # convert_charrefs=False: each entity arrives on its own with its own source
        # position, so columns after &nbsp; or &#x4E2D; stay exact.
        super().__init__(convert_charrefs=False)
        # a Vue single-file component (.vue): its <template> elements are the page's markup, read as text
        # (in a page, <template> is inert content that is not shown)
        self.sfc = False
        self.mini_program = False  # a mini-program page (.wxml, .axml, .swan, .ttml): its <template name> is a definition
        # a React page (.tsx, .jsx): its components' headings (`load.jsx.rendered_tag`, `title_prop`).  Per open component,
        # (its tag as read, the element it renders); per open section component titled by a prop, its stack depth; the
        # level of the page's heading before the first such title (its titles are one level below it)
        self.jsx = False
        # a Vue or mini-program page: its <text> keeps its line breaks, its class names may name headings (a React page
        # whose <View> is a block, `load.jsx.imports_view`, takes only the block tags: its <Text> is inline)
        self.component_page = False
        # a React page whose <View> is a block (Taro, React Native: `load.jsx.imports_view`): its texts are trimmed at line
        # breaks as JSX renders them (`_jsx_spaces`); a web page's are not (a `{" "}` is blanked before the parser sees
        # it, so trimming glued 「email us at{" "}⏎<a>…」 into 「atprivacy@…」: review u30x)
        self.view_page = False
        self._components: list[tuple[str, str]] = []
        self._prop_titles: list[int] = []
        self._prop_base: int | None = None
        self._block_tags: frozenset[str] | set[str] = _BLOCK_TAGS  # with the component blocks in .vue and mini-program pages
        # after a title's own <text> closed (`_text_start`): 1 on its line so far, 2 when a line break followed
        self._text_gap = 0
        # after a mini-program <text> closed: 1 with only spaces since, 2 when a line break followed (`_text_start`)
        self._text_after = 0
        # the depth of the element stack where each open <template> of the component began: its end closes what
        # was left open inside it (an unclosed <div> made the <i18n> and <docs> blocks after it read as the page)
        self._sfc_templates: list[int] = []
        self.blocks: list[Block] = []
        self.title_parts: list[str] = []
        self._title_at: list[tuple[int, int, int | None]] = []  # (line, column, width) of each part of the <title>
        self.title_line: int | None = None
        self.comments: list[tuple[int, str]] = []
        self.scripts: list[tuple[int, int, str]] = []  # (line, column, body) of inline scripts, for `load.scripts`
        self.links: list[tuple[str, tuple[Piece, ...], str]] = []  # (href as written, its pieces, the link's text)
        self._link_texts: list[list[str]] = []  # the text of each link so far (parallel to `links`)
        self._link_stack: list[int] = []  # indices of the <a href> open
        self.media: list[tuple[int, int]] = []  # (line, column) of images and embedded frames
        self._in_script = False  # inside an inline JavaScript <script> (not src=, not JSON-LD)
        self.dates: list[tuple[str, str]] = []
        self.warnings: list[str] = []
        self._skip: list[tuple[str, int]] = []  # (tag, line) of the skipped elements open
        # (line, tag) of fallback elements whose text was skipped → (index of its warning, the
        # elements, by identity): one warning per line and kind, counting the elements
        self._skipped_text: dict[tuple[int, str], tuple[int, dict[int, tuple[str, int]]]] = {}
        self._veiled: list[_Veil] = []  # the elements open that the page hides (`hidden`, `style="display:none"`)
        self.veiled_lines: list[int] = []  # the first line of each hidden element whose text was read
        # (tag, line) of an inline element that is a condition's later branch (`<span v-else>`) → its attribute
        self._branches: dict[tuple[str, int], str] = {}
        self._branch_inner: list[str] = []  # elements opened inside a skipped branch, not yet closed
        self._tag_at = 0  # where the start tag being read begins in `rawdata` (`parse_starttag`)
        # of the branches still to come of a condition chain whose first branch opened: whether each is read (`_branch_plan`)
        self._branch_reads: list[bool] = []
        self._lookahead_left = _BRANCH_LOOKAHEAD_TOTAL  # characters `_branch_plan` may still search
        self._in_title = False
        # a <title> after the first (browsers show the first alone): its line, and whether it held text (`_text`)
        self._later_title: tuple[int, bool] | None = None
        # The block's text so far, kept as chunks: `+=` on an attribute copies the whole
        # string each time, quadratic on a policy written as one <p> with 60,000 <br>.
        self._chunks: list[str] = []
        self._len = 0  # length of the text so far
        self._last = ""  # its last character
        self._nonspace = 0  # its characters other than " " (for the bold-line test)
        self._pieces: list[Piece] = []
        self._strong_chars = 0
        self._strong_runs: list[tuple[int, int]] = []  # the block's bold runs (offsets in its text): a part cut off may be bold
        self._stack: list[str] = []  # open elements, outermost first
        self._open: dict[str, int] = {}  # how many of each tag are open
        # the open <h1>…<h6>, innermost last: a block's heading is read here, not by walking `_stack` (a page of
        # 20,000 unclosed `<div><p>a` walked the whole stack for every block: 30 s, quadratic)
        self._headings: list[str] = []
        self._titled: list[bool] = []  # per open element: class="…title…"
        # (stack depth, index in `_headings`) of each open block whose class names a heading rank, still its title
        self._class_headings: list[tuple[int, int]] = []
        # per open mini-program <text> (inline, like <span>): a title's line of its own?  (see `_text_start`)
        self._text_titles: list[bool] = []
        # per open mini-program <text>: has it shown text yet?  A line break inside it after its text ends a line, as
        # WeChat and uni-app show it (`_text`); None outside a page of components
        self._text_seen: list[bool] = []
        self._text_newline = False  # a line break inside an open <text> after its text: the next text starts a block
        # (twenty-fifth session, lead) an untitled <text> opened a source line of its own after a sibling <text>: if its
        # first text opens a list item (「1. 」, 「• 」, 「（一）」), it starts a block (`_text_start`, `_text_item_breaks`)
        self._text_item = False
        self._text_item_last = False  # the last such <text> started a list item of its own
        # the depth of the element stack where a title's <text> opened a source line of its own and started its block:
        # its plain sibling <text>s on lines of their own are rows too (`_text_start`); None when that parent closed
        self._row_depth: int | None = None
        self.text_rows = False  # the page's style sheet sets its <text>s as blocks (`_text_rows`): each is a row
        self.row_classes: frozenset[str] = frozenset()  # classes the page's style sheet sets as blocks (`_row_classes`)
        self._text_rowed = False  # the <text> being opened has such a class
        self._chrome: list[bool] = []  # per open element: page chrome (a menu, a consent dialog, the site footer)
        self._chrome_open = 0  # how many chrome elements are open (a count: `any()` over a deep stack is quadratic)
        self._kind: BlockKind = "paragraph"
        self._level: int | None = None
        self._title_class = False
        self._bare_titles = 0  # title-class blocks that are a numbered title and nothing else (`_run_in`)
        self._chrome_level: int | None = None  # the depth of a chrome <h*> whose text is the current block
        self.chrome_headings: list[tuple[int, int]] = []  # (block index, depth) of the <h*> read as page chrome
        self._pending_space = False
        self._items = 0  # <li> elements opened so far
        # (block index, <li> count) of a bold run that opened a list item and ended at a <br> (see `_line_break`)
        self._item_title: tuple[int, int] | None = None
        self._breaks: list[int] = []  # offsets in the block's text of the <br> line breaks kept inside the block
        # the (style, value) of the numbered first lines cut off their <br>-split paragraph as titles; whether a first line
        # may be a title by its siblings (`sibling_title_line`); the numbers of a first reading, for the second (`read_html`)
        self.title_numbers: set[tuple[tuple[str, ...], int]] = set()
        self.sibling_candidates = False
        self.known_numbers: frozenset[tuple[tuple[str, ...], int]] = frozenset()
        # per number style, the value and block index of the last paragraph opened by a number and read whole, as a list
        # entry with its text (「<p>2. 用户在 TLCT发表的内容…</p>」); the styles whose numbered first line was cut off its
        # paragraph as a title (their numbers are titles' on this page: `_title_over_source_line`)
        self.entry_numbers: dict[tuple[str, ...], tuple[int, int]] = {}
        self.title_styles: set[tuple[str, ...]] = set()
        self._link_chars = 0  # characters of the block inside <a href>
        self._href_open = 0  # how many <a href> are open
        # the block's <a href> entries: how many opened, the longest one's characters, and per open link the block's
        # link characters when it opened (a menu of links in the page's frame, `_link_menu`)
        self._block_links = 0
        self._block_link_max = 0
        self._link_marks: list[int] = []
        # indices of the blocks that are sentences of the page (not a copyright or address line): where the policy's text is
        self.sentence_blocks: list[int] = []
        # page-chrome lines but for an e-mail address (「← 返回首页 · privacy@…」 in the footer): (block, places), see `_page_chrome`
        self.mail_chrome: list[tuple[int, list[tuple[int, int]]]] = []
        # Page chrome told by content: per open element, the counts when it opened (see `_judge`)
        self._counts: list[_Container] = []
        self._fields = self._long = self._links = self._raw_blocks = 0
        self.chrome_spans: list[tuple[int, int, bool]] = []  # (first block, end, headings too) of form containers
        # (first block, end) of elements after the page's <main>/<article> made of app-store links (`_promotion`)
        self.promotion_spans: list[tuple[int, int]] = []
        # (stack depth, first block) of the open Axure RP label widgets; (first block, end) of the closed ones
        self._widget_labels: list[tuple[int, int]] = []
        self.label_spans: list[tuple[int, int]] = []
        self._content_closed = False  # a <main> or <article> has closed: what follows is outside the policy's container
        # (first block, end, its links all lead to other pages) of link menus, wherever they are
        self.menu_spans: list[tuple[int, int, bool]] = []
        # (first block, (line, column) of each part) of the page chrome's short lines (`_page_chrome_text`)
        self.page_chrome: list[tuple[int, list[tuple[int, int]]]] = []
        # per open element: a chrome container or the page's own <header>/<footer> (a frame); the spans of closed ones
        self._frames: list[bool] = []
        # per open element: the page's own <header>/<footer> (or a footer by its class), decided when it opened: an
        # <article> inside the page's header (an idoc site's logo and menu) does not make the header the policy's
        self._page_frames: list[bool] = []
        self._page_frames_open = 0
        self._brands: list[bool] = []  # per open element: the site's logo or brand by its class (`_BRAND_NAME`)
        self._brand_open = 0
        self._brand_chars = 0  # non-space characters of the current block written inside a logo or brand element
        self.frame_spans: list[tuple[int, int]] = []
        # indices of the <h*> blocks that hold a link to another page (「<h2><span>About Us</span><a href="about.jsp">关于我们</a>
        # </h2>」): a run of them with no text between is a box of links, no sections (`_link_box_headings`)
        self.link_headings: set[int] = set()
        self._heading_link = False  # an <a href> to another page opened inside the current block's <h*>
        self.menu_blocks: set[int] = set()  # blocks that are a short link and nothing else (a menu's entry)
        # such blocks in the page's frame, with their places: chrome when the frame around them is a menu (`_page_chrome`)
        self.menu_entries: list[tuple[int, list[tuple[int, int]]]] = []
        self.raw_ranges: list[tuple[int, int]] = []  # blocks read from a <textarea>/<pre>: the policy itself, never chrome
        # Inside a <textarea>/<pre>: (tag, depth, [(line, column, text)] of its text, an editable field?),
        # its text grouped like plain text at its end
        self._raw: tuple[str, list[int], list[tuple[int, int, str] | tuple[int, int, str, int]], bool] | None = None
        # the depth in `_stack` of a <pre> whose lines a heading inside it interrupted (`_pre_heading`), read on after it
        self._pre_after: int | None = None
        self._raw_inner: dict[str, int] = {}  # `_PRE_PARENTS` elements opened inside the <pre> (their end tags are theirs)
        self.source = ""  # the text fed to the parser (same length as the file), to read a reference's end
        # the lines whose line end is a <br> where the page is served: server code's `nl2br("…")` (`load.server_code`)
        self.br_lines: frozenset[int] = frozenset()
        self.entry_starts: frozenset[int] = frozenset()  # where the paragraph being cut has list entries (`_shown_breaks`)
        self.bound: list[int] = []  # lines of a Vue page's text bound at run time (v-html, v-text, a line of {{ }} only)
        self.loop_names: set[str] = set()  # the names a web page's client-side loops bind (`_LOOP_ATTRIBUTES`)
        self.date_message = False  # a message tag whose key names the date (`_MESSAGE_TAGS`): its text is the page's date
        self.sfc_filled = False  # a Vue page's slots were filled from its script's literals
        self.marks: list[Mark] = []  # a Vue page's v-for elements and v-html slots, in document order (`load.vue_data`)
        self._loops: list[tuple[int, int]] = []  # the open v-for elements: (index in `marks`, stack depth; -1 - n for a <template>)
        self._line_starts: list[int] | None = None
        self._tables: list[_Table] = []  # the open <table>s, innermost last
        self.tables: list[TableGrid] = []  # closed tables with an empty cell, as grids
        self.boxes: list[tuple[int, int]] = []  # (line, column) of a block alone in a one-cell table (not a layout)
        self.rows: list[
            tuple[int, int]
        ] = []  # (line, column) of the first block of each table row (`diff` reads a row as one; a negative column: no row of data, `_Table.end_row`)
        self.line_breaks: list[tuple[int, int]] = []  # (line, column) of the text that opens each <br> line inside a block

    # -- the element stack ---------------------------------------------------
    def _push(self, tag: str, titled: bool, chrome: bool = False, href: bool = False, frame: bool = False, brand: bool = False) -> None:
        self._stack.append(tag)
        if tag in _HEADINGS:
            self._headings.append(tag)
        self._titled.append(titled)
        self._chrome.append(chrome)
        self._chrome_open += chrome
        page_frame = (tag in ("header", "footer") or frame) and self._page_frame_tag()
        self._page_frames.append(page_frame)
        self._page_frames_open += page_frame
        self._brands.append(brand)
        self._brand_open += brand
        self._frames.append(chrome or page_frame)
        self._open[tag] = self._open.get(tag, 0) + 1
        self._counts.append(_Container(len(self.blocks), self._fields, self._long, self._links, self._raw_blocks, href, len(self.links)))
        self._href_open += href
        if href:
            self._block_links += 1
            self._link_marks.append(self._link_chars)

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
        tag = self._stack.pop()
        if tag in _HEADINGS:
            self._headings.pop()
        self._titled.pop()
        if self._loops and self._loops[-1][1] == len(self._stack):
            self._end_loop()
        if self._row_depth is not None and len(self._stack) < self._row_depth:
            self._row_depth = None  # the parent of the row <text>s closed
        if tag == "text" and self.component_page:
            self._text_seen.pop()
            self._text_item = False  # a <text> with no text of its own: the next text is not its item
            self._text_newline = False  # the line break before </text> ends nothing
        if tag == "text" and self.component_page:
            if self._text_titles.pop():
                self._text_gap = 1  # a title's <text> closed: what follows it decides (`_text_settle`)
            else:
                self._text_after = 1
        self._chrome_open -= self._chrome.pop()
        self._page_frames_open -= self._page_frames.pop()
        self._brand_open -= self._brands.pop()
        self._open[tag] -= 1
        opened = self._counts.pop()
        if self._frames.pop() and len(self.blocks) > opened.blocks:
            self.frame_spans.append((opened.blocks, len(self.blocks)))
        self._href_open -= opened.href
        if opened.href and self._link_marks:
            self._block_link_max = max(self._block_link_max, self._link_chars - self._link_marks.pop())
        if opened.href and self._link_stack:
            self._link_stack.pop()
        if tag in ("main", "article"):
            self._content_closed = True
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

    # -- events -------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if self.sfc and tag in _RICH_TEXT_TAGS:
            attrs = [("v-html" if name in _RICH_TEXT_PROPS else name, value) for name, value in attrs]
        component = None
        if self.jsx:
            component = component_name(self.get_starttag_text() or "")
        elif self.sfc:  # a Vue template's kit components: 「<Title :level="2">」, 「<a-typography-title :level="2">」
            component = kit_component(tag, self.get_starttag_text() or "")
        if component is not None:
            rendered = rendered_tag(component, dict(attrs))  # 「<Typography variant="h6">」 is an <h6>
            self._components.append((tag, rendered))
            tag = rendered
        titled = chrome = frame = brand = False
        rank: str | None = None
        for name, value in attrs:
            if name == "class" and value and (heading_class := _HEADING_CLASS.search(value)) is not None:
                rank = heading_class.group(1)
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
                    or (tag == "text" and self.component_page and _SECTION_TEXT_CLASS.search(value) is not None)
                )
            ):
                titled = True  # (in a mini-program or uni-app page also 「<text class="section-header">引言</text>」)
            if value and (
                (name == "role" and value.strip().lower() in _CHROME_ROLES)
                or (name == "aria-modal" and value.strip().lower() == "true")
                or (name in ("class", "id") and _CHROME_NAME.search(value) and (tag not in _CONTENT_TAGS or _CHROME_UI.search(value)))
            ):
                chrome = True
            if value and name in ("class", "id"):
                # (a whole class word, 「footer-wrap」; not 「footer-note」, which may be the policy's own closing line)
                frame = frame or (tag not in _CONTENT_TAGS and any(_FOOTER_NAME.match(word) for word in value.split()))
                brand = brand or _BRAND_NAME.search(value) is not None
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
            self._text_rowed = any(word in self.row_classes or _PARAGRAPH_CLASS.match(word) for word in classes)
            self._text_start(titled, after == 2)
        field = tag in ("input", "select", "textarea") and self._field(tag, attrs)
        if tag in self._block_tags or tag in _RAW_TAGS:
            self._flush()
            self._end_class_headings()
        self._close_implied(tag)
        if self.sfc and tag not in _VOID:
            self._vue_slots(attrs, len(self._stack))
        if tag not in _VOID:
            href = tag == "a" and any(name == "href" and value for name, value in attrs)
            self._push(tag, titled, chrome or _chrome_tag(tag, self._open), href, frame, brand)
            if _widget_label(tag, attrs):
                self._widget_labels.append((len(self._stack), len(self.blocks)))
            if rank is not None and self.component_page and tag in self._block_tags and not self._headings:
                # 「<view class="privacyH2">用户论坛</view>」: read as an <h2>, up to its first block inside
                self._class_headings.append((len(self._stack), len(self._headings)))
                self._headings.append(f"h{rank}")
            if component is not None and self.jsx:
                self._prop_title(component)
            if href:
                self._link(attrs)
            if tag in _EMPHASIS_TAGS and not self._len:
                self._strong_chars = 0
            if tag in _RAW_TAGS:
                self._raw = (tag, [1], [], field)
                if tag == "textarea":
                    # its text is never markup (a browser reads on to </textarea>): `<?php` in it swallows nothing
                    self.set_cdata_mode(tag)

    def _prop_title(self, component: str) -> None:
        """「<Section title="一、我们收集的信息">」 (`load.jsx.title_prop`): its title is a heading, at the prop's own line and
        column, one level below the page's heading before the first such title (a nested one a level further down)."""
        start_tag = self.get_starttag_text() or ""
        found = title_prop(component, start_tag)
        if found is None:
            return
        offset, value = found
        line, col = self.getpos()
        before = start_tag[:offset]
        newlines = before.count("\n")
        line, col = (line + newlines, len(before) - before.rfind("\n") - 1) if newlines else (line, col + offset)
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
        self._prop_titles.append(len(self._stack))

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
                self.marks.append(Mark(len(self.blocks), owner, loop[1], loop[0]))

    def _end_loop(self) -> None:
        self._flush()
        index, _ = self._loops.pop()
        self.marks[index].end = len(self.blocks)

    def _text_start(self, titled: bool, own_line: bool = False) -> None:
        """A mini-program `<text>` opens: inline, except a title's `<text class="section-title">` that starts its block.

        uni-app and WeChat pages have no <h*>: their section titles are `<text class="section-title">1. 我们收集的信息</text>`
        followed, in the same <view>, by `<text class="section-content">…</text>` (eval/dev11, eval/blind/round12).
        Such a title is a line of its own, read as a title by its class as a `<div class="title">` is.  Every
        other <text> stays inline: `请阅读<text class="link">《隐私政策》</text>` is one sentence, and
        `<text>邮箱：</text><text>a@b.cn</text>` one line (a mini-program shows <text> inline).

        `own_line`: the <text> opens a source line right after a sibling <text> closed.  A titled one starts its block
        there too, wherever it stands: 「<text class="section-title">一、…</text>⏎<text class="section-text">…</text>⏎
        <text class="section-title">二、…</text>」 in one <view> are two sections, not one title and a paragraph that
        swallowed the next title.  Whether it is a title is still decided by what follows it (`_text_settle`).
        """
        marker = False
        if own_line and titled and self._nonspace and self._chrome_level is None and not self._open.get("text"):
            # a short number or icon before it (「<text class="sec-num">§1</text>⏎<text class="sec-title">…」) stays on its line
            marker = self._nonspace <= _TITLE_MARKER_MAX
            if not marker:
                self._flush()
                self._row_depth = len(self._stack)
        elif (
            own_line
            and not titled
            and (self.text_rows or self._text_rowed or self._row_depth == len(self._stack))
            and self._chrome_level is None
            and not self._open.get("text")
        ):
            # a sibling of a title that stood on its line, on a line of its own too: the page sets its <text>s one per row
            # (its <view> a flex column): 「<text class="title">一、…</text>⏎<text>…。</text>⏎<text>（一）Cookie</text>⏎<text>为确保
            # …</text>」 shows four lines, and its （一） titles are lines of their own (`eval/dev23g/dev/redmall-vue`); so
            # does a page whose style sheet makes its <text>s blocks (`_text_rows`)
            self._flush()
        # (not inside another <text>: 「<text class="section-title"><text class="title-num">1.</text> 我们…</text>」 is one title)
        alone = marker or (titled and not self._nonspace and self._chrome_level is None and not self._open.get("text"))
        self._text_item = own_line and not alone and self._chrome_level is None and not self._open.get("text")
        if not own_line:
            self._text_item_last = False
        if marker:
            self._title_class = True
        self._text_titles.append(alone)
        self._text_seen.append(False)

    def _text_item_breaks(self, seg: str) -> None:
        """A mini-program page's list written one `<text>` per source line: 「<text>我们会收集以下信息：</text>⏎<text>1. 昵称；
        </text>⏎<text>2. 手机号码。</text>」 shows one item a line (an item's `<text>` is styled as a block; a page never
        runs 「：1. 」 on), so an item's first text starts a block after a lead-in or a clause that ended, or after an item
        that started one.  Text that opens no item stays inline, as a mini-program shows <text> (`_text_start`)."""
        bullet = BULLET.match(seg)
        number = parse_number(seg) if bullet is None else None  # 1., 一、, （一）, 第一条: the shared numbering labels
        end = bullet.end() if bullet is not None else number.rest if number is not None else None
        item = end is not None and end < len(seg)  # an item's text after its mark (a lone 「●」 is an icon)
        if item and self._len and (self._text_item_last or self._last in _ITEM_AFTER):
            self._flush()
        self._text_item_last = item

    def _text_settle(self, breaks: bool, data: str = "") -> None:
        """What follows a title's own <text>: a line break ends the title's line; more on the same line makes it no title.

        「<text class="section-title">1. 我们收集的信息</text>⏎<text class="section-content">…」: the title is a block of
        its own.  「<text class="cell-title">手机号</text><text class="cell-value">已绑定</text>」: one line, a label and its
        value, and no title.  `breaks`: a block tag comes next (it ends the line anyway); `data`: text comes next.
        """
        newline = self._text_gap == 2 or "\n" in data[: len(data) - len(data.lstrip(WHITESPACE))]
        self._text_gap = 0
        if newline:
            self._flush()
        elif not breaks:
            self._title_class = False

    def _field(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Count a form field a visitor fills in (a read-only <textarea> shows text: no field)."""
        values = {name: (value or "").strip().lower() for name, value in attrs}
        if tag == "input" and values.get("type", "text") in _NO_FIELD_TYPES:
            return False
        if tag == "textarea" and ("readonly" in values or "disabled" in values):
            return False
        self._fields += 1
        return True

    def _pre_heading(self, tag: str) -> bool:
        """A heading start tag inside a <pre> is a heading (HTML5 opens it as an element there; a browser shows it as one).

        The <pre>'s lines so far are read, the heading as markup, and its lines after the heading's end (`_pre_resume`).
        A <pre> closed by a `</p>` typed for `</pre>` runs to the end of its parent, in a browser as here: the headings
        after it were read as lines of text (optionlog-html, twenty-seventh session).
        """
        assert self._raw is not None
        if tag not in _HEADINGS or self._raw[0] != "pre" or self._raw[1][0] != 1 or self._stack[-1:] != ["pre"]:
            return False
        self._end_raw()
        self._pre_after = len(self._stack) - 1
        return True

    def _pre_resume(self) -> None:
        """After the heading `_pre_heading` read: the rest of the <pre> still open is read as lines again."""
        depth = self._pre_after
        if depth is None or self._headings or self._raw is not None:
            return
        self._pre_after = None
        if len(self._stack) == depth + 1 and self._stack[depth] == "pre":
            self._flush()
            self._raw = ("pre", [1], [], False)

    def _raw_tag(self, tag: str) -> None:
        """A start tag inside a <textarea>/<pre>: a line break, or markup whose text stays on its lines."""
        assert self._raw is not None
        if tag == "br":
            line, col = self.getpos()
            self._raw[2].append((line, col + 1, "\n"))
        elif tag == self._raw[0]:
            self._raw[1][0] += 1
        elif tag in _PRE_PARENTS:
            self._raw_inner[tag] = self._raw_inner.get(tag, 0) + 1

    def _end_raw(self) -> None:
        """The text of a <textarea>/<pre> read as a plain-text file reads its lines (with their own line numbers).

        Each line keeps where its runs come from: a tag inside a <pre> leaves a gap, and a
        character reference (`&lt;`, decoded here for a <textarea>, whose text comes raw)
        is narrower than its source, so the blocks' pieces are split at those runs and
        columns after them stay right (review, seventh session).
        """
        assert self._raw is not None
        tag, _, parts, field = self._raw
        self._raw = None
        self._raw_inner = {}
        lines: list[tuple[int, int, str]] = []
        runs: dict[int, list[tuple[int, int, int, int | None]]] = {}  # line → (offset in its text, column, length, width)
        current: list[str] = []
        at: tuple[int, int] | None = None
        size = 0  # length of the current line's text so far
        for part in parts:
            line, col, data = part[0], part[1], part[2]
            width = part[3] if len(part) == 4 else None
            pieces = _raw_runs(data) if tag == "textarea" and width is None else [(data, None)]
            for text, ref in pieces:
                for k, chunk in enumerate(text.split("\n")):
                    if k:
                        if at is not None:
                            lines.append((at[0], at[1], "".join(current)))
                        current, at, size = [], None, 0
                        line, col = line + 1, 1
                    if chunk:
                        if at is None:
                            at = (line, col)
                        step = ref if ref is not None else width if width is not None else len(chunk)
                        runs.setdefault(line, []).append((size, col, len(chunk), ref if ref is not None else width))
                        current.append(chunk)
                        size += len(chunk)
                        col += step
        if at is not None:
            lines.append((at[0], at[1], "".join(current)))
        blocks = [_split_pieces(b, runs, {n: c for n, c, _ in lines}) for b in group_lines(lines, split_titles=True)]
        if field and sum(len(b.text) for b in blocks) <= _CHROME_TEXT_MAX:
            # a form's text box with a default value (「请输入留言」): the field's chrome, no text of the policy
            self.blocks.extend(b._replace(kind="item") for b in blocks)
        elif blocks:
            self.raw_ranges.append((len(self.blocks), len(self.blocks) + len(blocks)))
            self.blocks.extend(blocks)
            self._raw_blocks += len(blocks)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if self._skip:
            return
        if self.sfc and (tag in _RICH_TEXT_TAGS or tag == "rich-text"):
            # 「<mp-html :content="content" />」, 「<rich-text :nodes="html"/>」: the element the string fills, closed at once
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)
            return
        if tag in _MESSAGE_TAGS:
            self._message_tag(attrs)
        if tag in _MEDIA_TAGS and self._raw is None:
            self._medium()
        if tag == "br":
            self._line_break()
        elif tag in self._block_tags:
            self._flush()

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

    def _cell_text(self, data: str) -> None:
        """Text in the open cell of the innermost table."""
        if not self._skip and not self._in_title:
            self._tables[-1].add(data)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
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
        if tag in self._block_tags or (tag == "template" and self.sfc):
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

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def _entity(self, raw: str) -> None:
        """One character reference: the common case (text continues the block) appends one piece.

        A page of 600,000 entities calls this 600,000 times; going through `handle_data`
        (split, strip, joiner) cost twice the parser's own work.  The piece records the
        reference's width in the source (`&lt;` is 4 columns, `&lt` without its `;` 3), so
        a finding that ends on it ends after it; a reference without its `;` is decoded as
        written.
        """
        line, col = self.getpos()
        starts = self._line_starts or self._starts()
        at = starts[line - 1] + col + len(raw) - 1 if line <= len(starts) else -1
        if self.source[at : at + 1] != ";" or at < 0:
            raw = raw[:-1]  # `&copy 2024`, `&ampx`: the parser hands the name over with a `;` the source does not have
        data = _ENTITIES.get(raw)
        if data is None:
            data = unescape(raw)  # `&ampx` is 「&x」 as a browser reads it (decoding `&ampx;` gave 「&x;」)
            if len(_ENTITIES) < _ENTITY_CACHE:
                _ENTITIES[raw] = data
        width = len(raw)
        if self._text_gap and data.strip(WHITESPACE) and not self._skip and self._raw is None:
            self._text_settle(False, data)
        if data.strip(WHITESPACE):
            self._text_after = 0
        if self._tables:
            self._cell_text(data)
        if self._raw is not None:
            self._raw[2].append((line, col + 1, data, width))
            return
        if (
            not self._pieces
            or self._pending_space
            or self._in_title
            or self._skip
            or not data
            or data[0] in WHITESPACE
            or data[-1] in WHITESPACE
        ):
            self._text(data, width)
            return
        self._pieces.append(_new_piece(Piece, (self._len, len(data), line, col + 1, width)))  # Piece(…) without its Python-level __new__
        self._chunks.append(data)
        self._len += len(data)
        self._last = data[-1]
        self._nonspace += len(data) - data.count(" ")
        if self._brand_open:
            self._brand_chars += len(data) - data.count(" ")
        if self._open.get("strong") or self._open.get("b"):
            self._strong_chars += len(data)
            self._strong_runs.append((self._len - len(data), self._len))
        if self._href_open:
            self._link_chars += len(data)

    def _starts(self) -> list[int]:
        """Where each line of the fed text starts (made on the first character reference)."""
        self._line_starts = [0, *(m.end() for m in _NEWLINE.finditer(self.source))]
        return self._line_starts

    def parse_starttag(self, i: int) -> int:
        """A start tag of more than 1,000 attributes is read with its first 1,000, and a warning.

        html.parser finds a tag's end with one pattern whose repeat keeps a backtracking frame per attribute: one
        `<p a a a …>` of a million attributes (2 MB) took 530 MB, about 270 times the page (a browser keeps one `a`).
        Such a tag is walked one attribute at a time, handed to html.parser cut after its 1,000th, and the page's
        own text is put back at once, so lines are counted on it as written.  A short tag (its `>` within 256
        characters, no quote before it) goes straight to html.parser.
        """
        raw = self.rawdata
        self._tag_at = i
        close = raw.find(">", i + 1)
        if (0 <= close - i <= 256 and '"' not in raw[i:close] and "'" not in raw[i:close]) or _ATTRIBUTE is None or _TAG_NAME is None:
            return int(super().parse_starttag(i))
        name = _TAG_NAME.match(raw, i + 1)
        if name is None:
            return int(super().parse_starttag(i))
        k, count, cut = name.end(), 0, 0
        while (found := _ATTRIBUTE.match(raw, k)) is not None:
            k = found.end()
            count += 1
            if count == _MAX_ATTRIBUTES:
                cut = k
        if count <= _MAX_ATTRIBUTES:
            return int(super().parse_starttag(i))
        rest = len(raw) - len(raw[k:].lstrip())
        closing = "/>" if raw.startswith("/>", rest) else ">" if raw.startswith(">", rest) else None
        if closing is None:  # no end after the attributes: html.parser decides what it is
            return int(super().parse_starttag(i))
        self.rawdata = raw[:cut] + closing + raw[rest + len(closing) :]
        try:
            super().parse_starttag(i)
        finally:
            self.rawdata = raw
        self.warnings.append(
            f"line {self.getpos()[0]}: a tag of {count:,} attributes: those past the first {_MAX_ATTRIBUTES:,} are not read"
        )
        return rest + len(closing)

    def parse_html_declaration(self, i: int) -> int:
        """`<![CDATA[` in an HTML page is a bogus comment that ends at the first `>`, as HTML5
        reads it (browsers then show the text after it); html.parser waited for `]]>`, so it
        dropped the text of a closed section and refused a page whose section is never
        closed.  (In SVG and MathML a CDATA section is text; policies hold none there.)"""
        rawdata = self.rawdata
        if rawdata.startswith("<![CDATA[", i):
            end = rawdata.find(">", i + 9)
            if end < 0:
                return -1  # at the end of the input: reported as unterminated markup (`_feed`)
            self.handle_comment(rawdata[i + 2 : end])
            return end + 1
        return int(super().parse_html_declaration(i))

    def parse_comment(self, i: int, report: bool = True) -> int:
        """A comment ends at `-->` or at `--!>`, as HTML5 reads it: html.parser (3.11) knew only the
        first, so a page with 「<!-- … --!>」 was refused as an unterminated comment (browsers show it)."""
        rawdata = self.rawdata
        found = _COMMENT_CLOSE.search(rawdata, i + 4)
        if found is None:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4 : found.start()])
        return found.end()

    def handle_comment(self, data: str) -> None:
        if data.startswith("-" + _FILLER):
            return  # an empty comment, `<!-->` (see _ABRUPT_COMMENT)
        self.comments.append((self.getpos()[0], data.replace(CODE, "") if CODE in data else data))

    def handle_data(self, data: str) -> None:
        if self.view_page and "\n" in data and self._jsx_spaces(data):
            return
        if CODE in data:
            self._data_around_code(data)
            return
        if self._tables:
            self._cell_text(data)
        self._text(data, None)

    def _jsx_spaces(self, data: str) -> bool:
        """Read a React page's text as JSX renders it, True when done: the spaces around a line break at the start or
        the end of a text are not shown, so 「<Text>1</Text>⏎<Text>.我们如何收集…</Text>」 and 「<Text>3</Text><Text>⏎
        . 数据使用…⏎</Text>」 read 「1.我们如何收集…」 and 「3. 数据使用…」, not 「1 .…」 (thirtieth session, u30t:
        eval/structure30 sliver-tsx, a Word-converted Taro page whose numbers are text runs of their own)."""
        body = data.strip(WHITESPACE)
        if not body:
            return True  # nothing but spaces and a line break between two elements
        lead = len(data) - len(data.lstrip(WHITESPACE))
        end = len(data.rstrip(WHITESPACE))
        if "\n" not in data[:lead] and "\n" not in data[end:]:
            return False
        start = lead if "\n" in data[:lead] else 0
        at = self.lineno, self.offset
        newlines = data.count("\n", 0, start)
        if newlines:
            self.lineno, self.offset = self.lineno + newlines, start - data.rfind("\n", 0, start) - 1
        else:
            self.offset += start
        self.handle_data(data[start : end if "\n" in data[end:] else len(data)])
        self.lineno, self.offset = at  # html.parser moves on from where the data began
        return True

    def _data_around_code(self, data: str) -> None:
        """Text with server code blanked in it (`load.server_code`): each run between the code read at its own position."""
        if self._skip:
            self.handle_data(data.replace(CODE, " "))  # a script's text stays whole (its literals are read as one script)
            return
        at = line, col = self.lineno, self.offset
        for part in data.split(CODE):
            if part:
                self.lineno, self.offset = line, col
                self.handle_data(part)
                newlines = part.count("\n")
                line, col = (line + newlines, len(part) - part.rfind("\n") - 1) if newlines else (line, col + len(part))
            col += 1  # the CODE character itself
        self.lineno, self.offset = at  # html.parser moves on from where the data began

    def _branch_skipped(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        """The branch attribute of an inline condition branch that is not read (`<span v-else>`), else None.

        Of a chain of inline branches (「我們<span v-if="loading">載入中</span><span v-else>會將您的資料保存在境內</span>。」)
        the longest is read, the first of equals, as the JSX reader keeps the longest of `{a ? '…' : '…'}` (twenty-ninth
        session, u29h: the first was read, and the policy's own sentence behind a loading branch was lost).  The chain
        is measured in the source when its first branch opens (`_branch_plan`); each later branch takes its turn."""
        first = next((name for name, _ in attrs if _FIRST_BRANCH.fullmatch(name)), None)
        later = next((name for name, _ in attrs if _LATER_BRANCH.fullmatch(name)), None)
        if first is not None:
            self._branch_reads = self._branch_plan(tag)
            return first if self._branch_reads and not self._branch_reads.pop(0) else None
        if later is None:
            return None
        if self._branch_reads:
            return None if self._branch_reads.pop(0) else later
        return later

    def _branch_plan(self, tag: str) -> list[bool]:
        """Whether each branch of the condition chain whose first branch starts at `_tag_at` is read: the longest alone.

        Its siblings are the elements right after it (spaces between) that carry a later branch's attribute; a branch's
        length is its text without tags.  An empty list when the chain is one branch, when a branch holds a block
        element (`<template v-else><p>…</p></template>`) or is not closed before a block's tag or within
        `_BRANCH_LOOKAHEAD` characters: then the first branch is read, as before."""
        raw = self.rawdata
        limit = min(len(raw), self._tag_at + _BRANCH_LOOKAHEAD)
        at, lengths = self._tag_at, []
        if self._lookahead_left <= 0:
            return []  # (30,000 unclosed `<span v-if>` each searched 4,000 characters: 9 s)
        while True:
            start = raw.find(">", at, limit)
            end = _element_close(raw, tag, start + 1, limit, self._block_tags) if start >= 0 else -1
            self._lookahead_left -= (limit if end < 0 else end) - at
            if end < 0:
                return []
            lengths.append(len(TAG.sub("", raw[start + 1 : end]).strip(WHITESPACE)))
            at = raw.find(">", end, limit) + 1
            while 0 < at < limit and raw[at] in " \t\r\n\f":
                at += 1  # (spaces between the branches)
            sibling = _ANY_TAG.match(raw, at, limit) if at > 0 else None
            if sibling is None or sibling[1] or sibling[2].lower() != tag:
                break
            if not any(_LATER_BRANCH.fullmatch(name) for name in _ATTRIBUTE_NAME.findall(sibling[3])):
                break
            at = sibling.start()
        if len(lengths) < 2:
            return []
        kept = lengths.index(max(lengths))
        return [index == kept for index in range(len(lengths))]

    def _skipped_fallback(self, tag: str, line: int) -> None:
        """Warn of a fallback element's text not read: once per line and kind, with a count.

        Only the line's first element was named: on a minified page (one line) a <noscript>
        after a <template>, or a second <object>, was dropped with no word of it.
        """
        element = self._skip[0]
        branch = self._branches.get((tag, line))
        entry = self._skipped_text.get((line, tag))
        kind = "a condition's other branch: the page shows one of them" if branch else self._skipped_kind(tag)
        shown = f"{tag} {branch}" if branch else tag
        if entry is None:
            self._skipped_text[(line, tag)] = (len(self.warnings), {id(element): element})
            self.warnings.append(f"line {line}: the text inside <{shown}> ({kind}) is not read")
        elif id(element) not in entry[1]:
            entry[1][id(element)] = element  # kept: its id stays unique while it is counted
            self.warnings[entry[0]] = f"line {line}: the text inside {len(entry[1])} <{shown}> elements ({kind}) is not read"

    def _skipped_kind(self, tag: str) -> str:
        """What a skipped element with text is, as its warning names it."""
        if tag in _SFC_BLOCKS:
            return "a component's custom block"
        if self.sfc:
            return "a template not in HTML"
        if self.mini_program and tag == "template":
            return "a template definition, shown only where the page uses it"
        if tag == "datalist":
            return "a form field's suggestions, not shown on the page"
        if tag in STRUCK_ELEMENTS:
            return "struck through, marked deleted"
        return "fallback content"

    def _end_later_title(self) -> None:
        """The end of a <title> after the first: its text was not read (the page's title is the first, as browsers have it)."""
        if self._later_title is not None and self._later_title[1]:
            line = self._later_title[0]
            self.warnings.append(f"line {line}: a second <title> is not read (browsers show the first <title> as the page's title)")
        self._later_title = None

    def _text(self, data: str, width: int | None) -> None:
        """A run of text; `width`: the source width of a character reference that decoded to `data`."""
        if self._in_title:
            if self._later_title is not None:
                self._later_title = (self._later_title[0], self._later_title[1] or bool(data.strip()))
                return
            self.title_parts.append(data)
            self._title_at.append((*self.getpos(), width))
            return
        if self._skip:
            tag, line = self._skip[0]
            if self._in_script and tag == "script":
                at_line, at_col = self.getpos()
                self.scripts.append((at_line, at_col + 1, data))
                return
            if (tag in _FALLBACK_TAGS or tag in _SFC_BLOCKS or (tag, line) in self._branches) and data.strip(WHITESPACE):
                self._skipped_fallback(tag, line)
            return
        if self._veiled and not self._veiled[0].held and _PROSE.search(data):
            self._veiled[0].held = True  # (the outermost: one hidden element, however many hidden ones it holds)
        line, col = self.getpos()
        col += 1
        if self._raw is not None:
            self._raw[2].append((line, col, data))
            return
        if self._text_gap:
            if data.strip(WHITESPACE):
                self._text_settle(False, data)
            elif "\n" in data:
                self._text_gap = 2
        if self._text_after:
            self._text_after = 0 if data.strip(WHITESPACE) else 2 if "\n" in data else self._text_after
        in_text = bool(self._text_seen)
        for k, (part, newline, at) in enumerate(_lines(data, in_text)):
            if k:
                if newline and line in self.br_lines:
                    self._line_break()  # a line end that nl2br made a <br />
                else:
                    self._add_break()
                if newline:
                    line += 1
                    col = 1
                if in_text and self._text_seen[-1] and (not newline or not self.sfc):
                    # (a Vue compiler makes a newline of the source a space: only a mini-program page shows it)
                    self._text_newline = True  # 「<text>1.1 账户信息…\\n⏎1.2 设备信息…</text>」: one line each, as shown
            start = len(part) - len(part.lstrip(WHITESPACE))
            seg = part.strip(WHITESPACE)
            if not seg:
                if part and self._len and self._last != " ":
                    self._pending_space = True
                continue
            if self._text_newline:
                self._text_newline = False
                self._flush()
            if self._text_item:
                self._text_item = False
                self._text_item_breaks(seg)
            start += at
            if in_text:
                self._text_seen[-1] = True
            if not self._pieces:
                self._start_block()
            sep = joiner(self._last, seg) if self._len and (self._pending_space or start) else ""
            self._pending_space = part != part.rstrip(WHITESPACE)
            # A reference decoded with space around it keeps its width only when it is whole.
            self._pieces.append(Piece(self._len + len(sep), len(seg), line, col + start, width if seg == data else None))
            self._chunks += (sep, seg)
            self._len += len(sep) + len(seg)
            self._last = seg[-1]
            self._nonspace += len(seg) - seg.count(" ")
            if self._brand_open:
                self._brand_chars += len(seg) - seg.count(" ")
            if self._open.get("strong") or self._open.get("b"):
                self._strong_chars += len(seg)
                self._strong_runs.append((self._len - len(seg), self._len))
            if self._href_open:
                self._link_chars += len(seg)
                if self._link_stack and self._link_stack[-1] >= 0:
                    parts = self._link_texts[self._link_stack[-1]]
                    if len(parts) < _LINK_TEXT_PARTS:  # (a link's text is read for its address: a link around a whole page keeps no copy)
                        parts.append(seg[:_LINK_TEXT_CHARS])

    # -- helpers ------------------------------------------------------------
    def _medium(self) -> None:
        """An image or embedded frame: where it is (a lead-in followed by it has its content, enumeration-lead-in)."""
        line, col = self.getpos()
        self.media.append((line, col + 1))

    def _link(self, attrs: list[tuple[str, str | None]]) -> None:
        """An <a href> opens: its target, for placeholder-link-target, and where it is.

        A target that may be a template's (`_TEMPLATE_CUE`: mailto:, tel:, example, your, a
        bracket…) is kept as written in the source, located exactly (the value of href=, on
        whatever line of the tag it is); any other is kept as the parser decoded it, with an empty
        piece at the tag (where the link is: a contact lead-in followed by a link has its contact).
        Past `_MAX_LINKS` links only the former are kept (a page of a million links keeps no
        million records).
        """
        value = ""
        for name, v in attrs:
            if name == "href" and v:
                value = v
                break
        if self._headings and not value.lstrip().startswith(("#", "javascript:")):
            self._heading_link = True
        line, col = self.lineno, self.offset  # (what getpos() returns)
        if not _TEMPLATE_CUE.search(value):
            if len(self.links) >= _MAX_LINKS:
                self._link_stack.append(-1)
                return
            self._link_stack.append(len(self.links))
            self.links.append((value, (_new_piece(Piece, (0, 0, line, col + 1, None)),), ""))
            self._link_texts.append([])
            return
        raw = self.get_starttag_text() or ""
        m = _HREF.search(raw)
        value, k = ("", -1) if m is None else next(((g, m.start(i)) for i, g in enumerate(m.groups(), 1) if g is not None), ("", -1))
        if k >= 0:
            newlines = raw.count("\n", 0, k)
            line, col = (line + newlines, k - raw.rfind("\n", 0, k) - 1) if newlines else (line, col + k)
        self._link_stack.append(len(self.links))
        self.links.append((value, (Piece(0, len(value), line, col + 1),) if value else (), ""))
        self._link_texts.append([])

    def _link_menu(self, text: str) -> bool:
        """A line of the page's frame made of short links (twentieth session): a menu, though its entries name topics.

        「<nav><a href="#overview">概述</a><a href="#information">信息收集</a>…<a>您的权利</a></nav>」 holds 收集 and 您,
        which keep a frame line as text (`_page_chrome_text`); a menu's entries are labels, not statements.  Two or more
        links of at most `_MENU_ENTRY_MAX` characters, nine tenths of the line, no sentence end; never a line with a
        number (a registration number, a phone), a company, a date or version, an e-mail address, a negation or scope
        (`_MENU_KEPT`).
        """
        return (
            self._block_links >= 2
            and self._block_link_max <= _MENU_ENTRY_MAX
            and self._link_chars >= self._nonspace * 0.9
            and not text.rstrip(WHITESPACE).endswith(_SENTENCE_END)
            and not _KEPT_IN_CHROME.search(text)
            and not _MENU_KEPT.search(_IDLE_NUMBER.sub(" ", text))
        )

    def _pager(self, text: str) -> bool:
        """A link of the frame to the previous or next page of a site (「下一页从 v1.17 升级到 v1.18」, a VitePress
        pager, twenty-second session): navigation, though the page it names has a version number.  One or two links
        making up nine tenths of the line, each led by its word (上一页/下一页/上一篇/下一篇, Previous/Next), no sentence end."""
        return 1 <= self._block_links <= 2 and self._link_chars >= self._nonspace * 0.9 and bool(_PAGER.fullmatch(text.strip(WHITESPACE)))

    def _page_frame_tag(self) -> bool:
        """No <main> or <article> is open: a <header>/<footer> here is the page's own, not the policy's."""
        return not self._open.get("main") and not self._open.get("article")

    def _page_frame(self) -> bool:
        """Inside the page's own <header> or <footer> (not one opened inside the policy's <main> or <article>)."""
        return self._page_frames_open > 0

    def _brand_line(self, text: str) -> bool:
        """The site's name in its logo or brand link (「KeyClicker 2.5.0」 over the menu): a version number there
        names the app's release, not the policy's (twenty-third session, `eval/blind/pairs23` keyclicker-rebuild).
        Short, no sentence end, no date or e-mail (`_KEPT_IN_CHROME`), no company or legal entity."""
        line = text.strip(WHITESPACE)
        return (
            0 < self._nonspace <= self._brand_chars / 0.9
            and self._page_frame()
            and len(line) <= _CHROME_TEXT_MAX
            and not line.endswith(_SENTENCE_END)
            and not _KEPT_IN_CHROME.search(line)
            and not _MENU_KEPT.search(_DIGITS.sub(" ", line))
        )

    def _start_block(self) -> None:
        """The first text of a block: its kind comes from the elements open around it."""
        heading = self._headings[-1] if self._headings else None
        self._level = int(heading[1]) if heading else None
        self._title_class = bool(self._titled) and self._titled[-1]  # the element holding the text, not a wrapper
        self._chrome_level = None
        if heading and self._chrome_open:
            # a menu's or a consent dialog's <h2> is page chrome, no section (unless the policy itself is in there)
            self._kind, self._chrome_level = "paragraph", self._level
            self._level = None
        elif heading:
            self._kind = "heading"
        elif self._open.get("li") or self._open.get("dt") or self._open.get("dd"):
            self._kind = "item"
        elif self._open.get("td") or self._open.get("th"):
            self._kind = "table"
        else:
            self._kind = "paragraph"

    def _add_break(self) -> None:
        self._pending_space = True

    def _line_break(self) -> None:
        """<br>: a bold run that opens its block and ends at the break is a line of its own (a heading cue).

        In a list item (「<li><b>账号信息</b><br>您注册时提供的…</li>」) that line is the item's title and
        the rest its body: the title becomes a paragraph when its body follows in the same item (`_flush`).
        """
        if self._len and self._strong_chars >= self._nonspace:
            item = self._kind == "item" and self._chrome_level is None
            count = len(self.blocks)
            self._flush()
            if item and len(self.blocks) == count + 1:
                self._item_title = (count, self._items)
        else:
            self._add_break()
            if self._len:
                self._breaks.append(self._len)

    def _flush(self) -> None:
        text = "".join(self._chunks)
        if text.strip(WHITESPACE):
            first, last = self._pieces[0], self._pieces[-1]
            emphasised = (self._strong_chars >= len(text.replace(" ", "")) * 0.9 or self._title_class) and self._chrome_level is None
            kind = self._kind
            if kind == "paragraph" and not emphasised and text.lstrip(WHITESPACE)[:1] in _BULLET_GLYPHS:
                kind = "item"  # 「<div class="list-item">• 手机号码</div>」: a list entry written with its bullet, never a title
            block = Block(kind, text, first.line, first.column, last.line, tuple(self._pieces), self._level, emphasised)
            for at in self._breaks:  # where each <br> line starts in the source (`diff` shows the break)
                k = bisect.bisect_left(self._pieces, at, key=_PIECE_OFFSET)
                if at > 0 and k < len(self._pieces):
                    self.line_breaks.append((self._pieces[k].line, self._pieces[k].column))
            self.entry_starts = frozenset()
            cuts = _cuts(block, self._breaks, self) if self._kind == "paragraph" and not emphasised and self._chrome_level is None else []
            if self._kind == "table" and self._tables and not emphasised and self._chrome_level is None:
                # a cell's bold title lines (`_bold_title_line`): a table of one cell is the page's layout (`_close`)
                cuts = _bold_title_cuts(block.text, self._breaks, self._strong_runs)
            if self._chrome_level is not None:
                self.chrome_headings.append((len(self.blocks), self._chrome_level))
            if self._item_title is not None:
                self._title_over_body(block)
            if self._title_class and emphasised and kind == "paragraph":
                cuts, block = self._run_in(block)
            parts = split_block(block, cuts) if cuts else [block]
            if self._kind == "paragraph" and not emphasised:
                self._note_entry_number(text, cuts)
            if self._kind == "table" and self._tables:
                self._tables[-1].blocks.extend(range(len(self.blocks), len(self.blocks) + len(parts)))
                table = self._tables[-1]
                if table.new_row:
                    table.row_start, table.new_row = (parts[0].line, parts[0].column), False
                table.row_blocks += len(parts)
            if len(parts) > 1 and kind in ("paragraph", "table"):
                if not emphasised and self._strong_runs and self._chrome_level is None:
                    parts = _bold_parts(text, parts, self._strong_runs)
                if self.entry_starts:
                    parts = _entry_parts(text, parts, self.entry_starts)
            if len(parts) == 2 and block.emphasised:
                parts = [parts[0]._replace(emphasised=True), parts[1]]  # the title over its run-in sentence (`_run_in`)
            if self._chrome_open or self._page_frame():
                places = [(part.line, part.column) for part in parts]
                if _page_chrome_text(text) or self._link_menu(text) or self._pager(text) or self._brand_line(text):
                    self.page_chrome.append((len(self.blocks), places))
                elif _EMAIL.search(text) and _page_chrome_text(_EMAIL.sub(" ", MAILTO.sub(" ", text))):
                    self.mail_chrome.append((len(self.blocks), places))  # chrome if the page gives its addresses elsewhere
            if self._heading_link and kind == "heading":
                self.link_headings.add(len(self.blocks))
            self.blocks.extend(parts)
            short = len(text) <= _CHROME_TEXT_MAX and not text.rstrip(WHITESPACE).endswith(_SENTENCE_END)
            self._long += not short
            if text.rstrip(WHITESPACE).endswith(_SENTENCE_END) or (len(text) > _CHROME_TEXT_MAX and ("，" in text or ", " in text)):
                self.sentence_blocks.append(len(self.blocks) - 1)
            # (a menu bar's entries may carry their separator: 「<div><a>主页</a>&nbsp;/&nbsp;</div>」)
            marks = sum(text.count(mark) for mark in _MENU_SEPARATORS)
            entry = short and len(text) <= _MENU_ENTRY_MAX and 0 < self._link_chars >= (self._nonspace - marks) * 0.9
            self._links += entry
            if entry:
                self.menu_blocks.update(range(len(self.blocks) - len(parts), len(self.blocks)))
                if (
                    (self._chrome_open or self._page_frame())
                    and self._block_links <= 1  # (0: the link opened before the block, <a><p>…</p></a>)
                    and not _KEPT_IN_CHROME.search(text)
                    and not _MENU_KEPT.search(_DIGITS.sub(" ", text))
                ):
                    self.menu_entries.append((len(self.blocks) - len(parts), [(part.line, part.column) for part in parts]))
        self._chunks = []
        self._heading_link = False
        self._len = self._nonspace = self._link_chars = self._brand_chars = 0
        self._block_links = self._block_link_max = 0
        self._link_marks = [0] * len(self._link_marks)  # a link still open goes on in the next block
        self._last = ""
        self._breaks = []
        self._pieces = []
        self._strong_chars = 0
        self._strong_runs = []
        self._pending_space = False
        self._text_gap = self._text_after = 0

    def _note_entry_number(self, text: str, cuts: list[tuple[int, int]]) -> None:
        """Note the number that opens a paragraph (`entry_numbers`): read whole, a list entry's; cut (a title over its
        text, <br> lines), no longer known as one (its style's entries end there)."""
        number = _entry_number(text[:40])
        if number is None:
            return
        if cuts:
            self.entry_numbers.pop(number[0], None)
        else:
            self.entry_numbers[number[0]] = (number[1], len(self.blocks))  # (the index the block takes)

    def _run_in(self, block: Block) -> tuple[list[tuple[int, int]], Block]:
        """A numbered title in a title-class element that holds more than its title (fourteenth session, a uni-app page).

        「<view class="tit">七、用户信息使用原则 惟在…：</view>」: the title 「七、用户信息使用原则」 and, run in after a space,
        the section's first sentence; 「<view class="tit">十二、…所有。</view>」: a title written as a sentence.  Either is
        a heading only when an earlier title-class element of the page is a bare numbered title (its siblings are
        titles); otherwise, and for a numbered sentence in a body element, the text stays as it is.  Returns the cut
        between title and sentence (none) and the block (a heading when it is a title written as a sentence).
        """
        text = block.text.strip(WHITESPACE)
        m = _NUMBERED_TITLE.match(text)
        if m is None:
            return [], block
        rest = text[m.end() :]
        if not rest:
            self._bare_titles += 1  # 「一、信息收集」: the page's titles are numbered
            return [], block
        if not self._bare_titles:
            return [], block
        start = len(block.text) - len(block.text.lstrip(WHITESPACE))
        if rest[:1] in WHITESPACE and _RUN_IN_SENTENCE.search(rest):
            return [(start + m.end(), start + m.end())], block
        if rest.endswith(_SENTENCE_END) and len(text) <= _SENTENCE_TITLE_MAX and not _INNER_BREAK.search(text[m.end() : -1]):
            return [], block._replace(kind="heading", emphasised=False)
        return [], block

    def _title_over_body(self, body: Block) -> None:
        """The bold line of a list item above its body in the same item is a title line, not a list entry.

        Only when the two read as a title over its text (`title_line`): 「<li><b>姓名</b><br>张三</li>」,
        a label over its value, 「<li><b>联系邮箱</b><br>privacy@example.com</li>」, a contact field (named, or its value
        an address, a link or a number), and 「<li><b>使用登录功能时：</b><br>…</li>」, a lead-in, stay list items.
        """
        index, item = self._item_title or (-1, -1)
        self._item_title = None
        title = self.blocks[index] if index == len(self.blocks) - 1 else None
        if title is not None and body.kind == "item" and item == self._items and title_line(title.text.strip(), body.text.strip()):
            value = body.text.strip()
            if _FIELD_LABEL.search(title.text.strip(" \t\u3000：:")) or (len(value) <= 40 and _VALUE_TEXT.search(value)):
                return  # 「<li><b>联系邮箱</b><br>privacy@example.com</li>」: a contact field over its value
            if self._record_fields(body):
                return  # 「<li><b>功能性 Cookies</b><br>類型：持久性 Cookies<br>管理者：我們<br>目的：…</li>」: a name over its record
            self.blocks[index] = title._replace(kind="paragraph")

    def _record_fields(self, body: Block) -> bool:
        """Is a list item's body, below its bold line, a record of fields, each on a <br> line of its own?

        「類型：持久性 Cookies」 / 「管理者：我們」 / 「目的：這些 Cookies…」 (round30b novus-tw-angular): the bold line names an entry of
        the list (a cookie, an SDK) that its fields describe, as a table's row would; it titles no section.  Two lines at
        least, the first two each a short label closed by a colon; a body written as text (「您注册时提供的…」) is not.
        """
        bounds = [0, *self._breaks, len(body.text)]
        lines = [body.text[a:b].strip(WHITESPACE) for a, b in pairwise(bounds)]
        lines = [line for line in lines if line]
        return len(lines) >= _RECORD_MIN and all(_RECORD_FIELD.match(line) for line in lines[:_RECORD_MIN])

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
        if lines:
            # read, and said: a tab, an accordion or a 「read more」 shows it (the policy's own text), a drafting note
            # hidden by a style is still in the file (twenty-eighth session, u28h)
            shown = first_few(lines)
            self.warnings.append(
                f"line{'s' if len(lines) > 1 else ''} {shown}: text the page hides (hidden, display:none, a closed <dialog>) is read as the policy's"
                " (a tab, an accordion or a script may show it)"
            )


# Page chrome that `diff` does not compare (thirteenth session): in a <nav>, a role=navigation, a menu or sidebar by
# its class, or the page's own <header>/<footer>, a line that is no sentence and short (the site's name, a badge
# 「Beta」 → 「v2.0 新版」, menu entries 「首页 常见问题」, 「🌐 EN」, a clock), or a copyright line.  A line there that
# dates or versions the policy (「最后更新：2025-11-07」, 「版本 1.0.1」) or gives an e-mail address is kept, and so
# is every sentence (「本頁譯自英文原文;規格與法遵內容以英文版為準。」, in birdland's footer).
_COPYRIGHT = lazy(COPYRIGHT_SIGN)
_RIGHTS_RESERVED = lazy(rf"(?:{RIGHTS_RESERVED})[。．.！!]?")
# a language picker's entries read as one line (「EnglishNederlandsDeutsch…日本語繁體中文」, birdland), of any length
_LANGUAGES_ONLY = lazy(rf"(?:[ \t\u3000]*+(?:{LANGUAGE_NAMES})[ \t\u3000|｜/／·・•]*+)++", re.IGNORECASE)
# a site generator's credit (「Generated by idoc v1.34.4」, 「Powered by Hexo」) and the site software's licence
# (「Released under the MIT License.」), in a page frame (twenty-third session, `eval/blind/pairs23` keyclicker-rebuild)
_CREDIT = lazy(
    r"(?<![a-z])(?:(?:generated|powered|built|made)[ \t]++(?:by|with)[ \t]++[\w.-]{1,40}+(?:[ \t]++v?\d{1,4}(?:\.\d{1,4}){0,3}+)?+"
    r"|released[ \t]++under[ \t]++the[ \t]++[\w .-]{1,30}?licen[cs]e[.。]?)",
    re.IGNORECASE,
)
_COPYRIGHT_MAX = 60  # a copyright line with more to say (a second sentence, a site description) is kept
_KEPT_IN_CHROME = lazy(
    r"更新|生效|日期|修订|修訂|版本|施行|实施|實施|effective|updated|revised|version|@|\d{2,4}[-/.年]\d{1,2}", re.IGNORECASE
)


# A line of the frame that carries substance is kept (fourteenth review, rv13b): a number (a date, a period, a phone;
# not a copyright year, a clock 「09:12」 or a menu's entry number 「1引言」), a company or legal entity, a person's role,
# an address, a negation or the policy's scope (「本政策不适用于第三方服务」, 「适用于中国大陆地区用户」).
_SUBSTANCE = lazy(
    r"\d|公司|有限|集团|集團|负责人|負責人|联系人|聯絡人|聯繫人|代表|地址|住址|所在地|[省市区區县縣][^\s]{0,12}[路街道巷弄]"
    r"|[不非未]|適用|适用|仅|僅|无需|無需|无法|無法|无权|無權|没有|沒有"
    # (review rv13c) a field line 「要点：共享给合作伙伴」 「主办单位：快记科技」, a period in Chinese numerals 「六个月」, a sentence
    # with its own subject or a verb of processing 「我们收集您的通讯录」, an officer 「数据保护官：张三」, "Operated by …"
    r"|[:：][ \t\u3000]*[\u4e00-\u9fffA-Za-z]|(?<![一二三四五六七八九十百千两兩半])[一二三四五六七八九十百千两兩半]{1,6}+[个個]?(?:月|年|天|日|周|週|小时|小時)|我们|我們|您|你|本公司|本平台|本网站|本網站"
    r"|收集|蒐集|共享|分享|出售|售卖|售賣|转让|轉讓|披露|提供|保存|保留|存储|儲存|删除|刪除|使用|处理|處理|委托|委託|主办|主辦|运营|運營|營運"
    r"|保护官|保護官|专员|專員"
    r"|(?<![a-z])(?:inc|gmbh|ltd|llc|limited|corp|corporation|co\.|plc|dpo|controller|officer|representative|address"
    r"|not|only|no|never|except|unless|we|our|us|you|your|by|operated|owned|sells?|share[sd]?|collect\w{0,3}|retain\w{0,3}"
    r"|delet\w{0,3}|data|information|personal)(?![a-z])",
    re.IGNORECASE,
)
# numbers that say nothing about the policy: 「© 2026」 「版权所有 © 2024–2025」, a clock 「09:12」 (not hours 「09:00–18:00」),
# the entry number of a menu or contents line 「1引言」 「10. 联系我们」 (not 「6个月」)
_IDLE_NUMBER = lazy(
    rf"(?:{COPYRIGHT_SIGN}|{COPYRIGHT_HELD})[ \t\u3000]*(?:©[ \t\u3000]*)?\d{{4}}(?:[ \t\u3000]*[-–][ \t\u3000]*\d{{4}})?"
    r"|(?<![\d:])\d{1,2}:\d{2}(?![\d:]|[ \t\u3000]*[-–~～至][ \t\u3000]*\d)"
    r"|^[ \t\u3000]*\d{1,2}(?:[.、．][ \t\u3000]*|(?=[^\d\s年月日个個天周週小时時号號期岁歲%.:/-]))"
    r"|每一[天日刻]",  # 「记录每一天」: every day, no period (fourteenth session)
    re.IGNORECASE,
)


# what keeps a line of links in the frame as text though it reads as a menu (`_Extractor._link_menu`): a number, a
# company or legal entity, a person's role, an address, a negation or the policy's scope
_MENU_KEPT = lazy(
    r"\d|公司|有限|集团|集團|负责人|負責人|联系人|聯絡人|聯繫人|代表|地址|住址|所在地|[不非未无無]|適用|适用|仅|僅|没有|沒有"
    r"|(?<![a-z])(?:inc|gmbh|ltd|llc|limited|corp|corporation|co\.|plc|not|only|no|never|except|unless)(?![a-z])",
    re.IGNORECASE,
)


# a frame of at least this many one-link lines, more than half of its lines, is a site's sidebar or menu: a number in
# one of its entries (「从 v1.17 升级到 v1.18」) names another page, not a fact of this one; fewer, and a line with a
# number stays text (「京ICP备2024000001号」 beside 「首页」)
_SIDEBAR_MIN = 8
_DIGITS = lazy(r"\d+")


# a site's pager: 「上一页 与 Laravel 对比」 「下一页从 v1.17 升级到 v1.18」 「Next page Privacy」, one or two entries, no sentence end
_PAGER = lazy(
    r"(?:(?:上一[页頁篇章]|下一[页頁篇章]|(?:Previous|Next)(?:[ \t]page)?)[:：]?[ \t\u3000]*+[^。！？!?\n]{0,40}?[ \t\u3000]*+){1,2}",
    re.IGNORECASE,
)


# menu entries that name the site's own pages: no substance, though they hold 我们 / "us"
_NAV_ENTRY = lazy(r"(?:关于|關於|联系|聯絡|聯繫|加入)(?:我们|我們)|(?i:about\s+us|contact\s+us|join\s+us)")


def _page_chrome_text(text: str) -> bool:
    """A line of page chrome that is no text of the policy (see `_COPYRIGHT`)."""
    if _CREDIT.search(text):  # 「Generated by idoc v1.34.4」: the site generator's credit and version, no policy's
        text = _CREDIT.sub(" ", text)
    if _KEPT_IN_CHROME.search(text) or _SUBSTANCE.search(_NAV_ENTRY.sub(" ", _RIGHTS_RESERVED.sub(" ", _IDLE_NUMBER.sub(" ", text)))):
        return False
    line = text.strip(WHITESPACE)
    if (len(line) <= _CHROME_TEXT_MAX and not line.endswith(_SENTENCE_END)) or (len(line) <= 400 and _LANGUAGES_ONLY.fullmatch(line)):
        return True
    # 「© 2025 Peapod Hotels. 保留所有权利。」, but not 「© 2025 Keetio。保留所有权利。本文档仅供参考，不构成法律意见。」
    if len(line) > _COPYRIGHT_MAX or not (_COPYRIGHT.search(line) or _RIGHTS_RESERVED.search(line)):
        return False
    rest = _RIGHTS_RESERVED.sub("", line)
    return sum(map(rest.count, _SENTENCE_END)) <= 1


_EMAIL = lazy(EMAIL)
_TEXT_BREAK = re.compile(r"\n|\\n")


def _lines(data: str, in_text: bool) -> list[tuple[str, bool, int]]:
    """`data` cut at its line breaks: (part, after a newline?, offset of the part from its line's start).

    Inside a mini-program `<text>` the escape `\\n` written in the markup is a line break too (WeChat and
    uni-app show one there); it is no text, so the part after it starts after the escape on the same line.
    """
    if not in_text or "\\n" not in data:
        return [(part, True, 0) for part in data.split("\n")]
    out: list[tuple[str, bool, int]] = []
    pos, newline, line_start = 0, True, 0
    for m in _TEXT_BREAK.finditer(data):
        out.append((data[pos : m.start()], newline, pos - line_start))
        newline = m.group(0) == "\n"
        pos = m.end()
        if newline:
            line_start = pos
    out.append((data[pos:], newline, pos - line_start))
    return out


def _page_chrome(extractor: _Extractor) -> list[tuple[int, int]]:
    """(line, column) of the page-chrome lines, but none of a container that holds the policy.

    A dialog, a 「gdpr-policy」 box or a <header> can wrap the policy itself (a policy shown in a modal): a chrome
    container or page frame holding half of the page's headings or half of its text is the policy, never chrome.
    """
    blocks = extractor.blocks
    if extractor.mail_chrome:
        mailtos = {a for href, _, _ in extractor.links if (a := mailto_address(href))}
        extractor.page_chrome = sorted(extractor.page_chrome + _mail_chrome(blocks, extractor.mail_chrome, mailtos))
    if not extractor.page_chrome and not extractor.menu_entries:
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
    holds = [_holds_policy(start, end, headings, chars, menus) for start, end in spans]
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
    return sorted(set(lines) | {place for first, places in extractor.menu_entries if menu(first) for place in places})


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


def _chrome_tag(tag: str, open_tags: dict[str, int]) -> bool:
    """<nav>, and a <footer> or <aside> of the page (not one inside the policy's <main> or <article>), are page chrome."""
    return tag == "nav" or (tag in ("footer", "aside") and not open_tags.get("main") and not open_tags.get("article"))


def _line_count(text: str) -> int:
    """Lines in `text` as html.parser counts them (LF and a lone CR end a line; a final line break opens no line)."""
    fed = _LONE_CR.sub("\n", text) if "\r" in text else text
    return fed.count("\n") + (1 if fed and not fed.endswith("\n") else 0)


def _cuts(block: Block, breaks: list[int], extractor: _Extractor) -> list[tuple[int, int]]:
    """Where a paragraph that holds several sections is cut into blocks.

    A <br> line that is only a section number and its title (「二、資料的蒐集」), or a Chinese section number and
    title above its first sub-section (「三、 信息共享」 over 「3.1 …」, `parent_title_line`), is a block of its own; a paragraph as long as a whole policy with no such lines is cut like a
    one-line text file (before a numbered heading that follows a sentence end).  So is the paragraph's first line
    numbered as the next or previous sibling of such a first line elsewhere on the page (`_sibling_title`).
    """
    head = _title_over_source_line(block, extractor)
    if head is not None and breaks and head >= breaks[0]:
        head = None  # the title is the first <br> line, cut as one below
    bounds = [0, *breaks, len(block.text)]
    lines = list(pairwise(bounds))
    blank = _blank_line_starts(breaks)
    titles = [
        (a, b)
        for k, (a, b) in enumerate(lines)
        if numbered_title_line(block.text[a:b])
        or (k + 1 < len(lines) and parent_title_line(block.text[a:b], block.text[b : lines[k + 1][1]]))
        or (k == 0 and breaks and _sibling_title(block.text[a:b], block.text[b:], extractor))
        or (k > 0 and a in blank and _bold_title_line(block.text, a, b, blank, extractor._strong_runs))
    ]
    titles = _colon_title_lines(block.text, lines, titles)
    if breaks and titles and titles[0][0] == 0 and numbered_title_line(block.text[: titles[0][1]]):
        number = title_number(fold(block.text[: titles[0][1]]).strip())
        if number is not None:
            extractor.title_numbers.add(number)
    shown, extractor.entry_starts = _shown_breaks(block.text, breaks)
    cuts = [(a, a) for a, _ in titles] + [(b, b) for _, b in titles] + shown
    if not cuts and len(block.text) >= LONG_LINE:
        cuts = [m.span() for m in CUT.finditer(block.text)]
    if head is not None:  # the title on its own source line, then whatever cuts the text below it
        cuts = [(head, head), *(cut for cut in cuts if cut[0] > head)]
    return cuts


def _colon_title_lines(text: str, lines: list[tuple[int, int]], titles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The title lines of a <br> paragraph with each numbered line closed by a colon whose two neighbours are titles.

    「2.保留政策与数据存储<br>…<br>3.第三方SDK说明:<br>…<br>4.联系我们<br>…」 (a WPS web-page export,
    `eval/structure28` huatu-wpshtml): 「3.第三方SDK说明:」 is kept out by its colon (`numbered_title_line`), which
    also closes lead-ins (「2.前项但书之情形包括不限于：」).  Between title lines numbered one below and one above its
    own number, of its style, a line of title shape (`sibling_title_line`) is their sibling.
    """
    if len(titles) < 2:
        return titles
    numbers = {title_number(fold(text[a:b]).strip()) for a, b in titles}
    found = []
    for k, (a, b) in enumerate(lines[:-1]):
        line = fold(text[a:b]).strip()
        if not line.endswith(("：", ":")) or (a, b) in titles or (number := title_number(line)) is None:
            continue
        style, value = number
        if (style, value - 1) in numbers and (style, value + 1) in numbers and sibling_title_line(text[a:b], text[b : lines[k + 1][1]]):
            found.append((a, b))
    return sorted([*titles, *found]) if found else titles


def _bold_title_line(text: str, start: int, end: int, blank: frozenset[int], runs: list[tuple[int, int]]) -> bool:
    """A <br> line inside a paragraph that is bold throughout, after a blank line and above more text: an unnumbered title.

    「…开放程度。<br><br><br/><font size=2><b>用户权利</b></font><br/>在成功登录之后，…」 (a 2007 table-layout page,
    `eval/structure27` xiangtu-html): the page's five sections, each a bold line between breaks in one table cell, were
    read as one paragraph.  The line must follow two breaks in a row (a blank line: its start is in `blank`, from
    `_blank_line_starts`), be a short title (at most
    `MAX_TITLE_LINE` characters, Chinese, no comma, full stop or colon: 「在如下情况下，本站将不对…承担责任：」 announces
    a list) and be bold for nine tenths of its characters; the text below it is its paragraph.
    """
    line = text[start:end].strip(WHITESPACE)
    folded = fold(line)
    if not folded or len(folded) > MAX_TITLE_LINE or start not in blank or not HAN_CHAR.search(folded):
        return False
    if folded.endswith(TITLE_LINE_END) or any(mark in folded for mark in "。，,：:；;"):
        return False
    if not text[end:].strip(WHITESPACE):
        return False
    # the runs are in text order and do not overlap: those that reach into the line start at the one ending after it
    k = bisect.bisect_right(runs, (start, start))
    k = k - 1 if k and runs[k - 1][1] > start else k
    bold = 0
    while k < len(runs) and runs[k][0] < end:
        bold += max(0, min(runs[k][1], end) - max(runs[k][0], start))
        k += 1
    return bold >= len(line.replace(" ", "")) * 0.9


def _bold_title_cuts(text: str, breaks: list[int], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cuts around a table cell's bold title lines (`_bold_title_line`); none when the cell has none."""
    if not runs or not breaks:
        return []
    blank = _blank_line_starts(breaks)
    bounds = [0, *breaks, len(text)]
    titles = [(a, b) for k, (a, b) in enumerate(pairwise(bounds)) if k > 0 and _bold_title_line(text, a, b, blank, runs)]
    return [cut for a, b in titles for cut in ((a, a), (b, b))]


def _blank_line_starts(breaks: list[int]) -> frozenset[int]:
    """Offsets where two or more <br> meet (a blank line above the text that starts there)."""
    return frozenset(a for a, b in pairwise(breaks) if a == b)


def _title_over_source_line(block: Block, extractor: _Extractor) -> int | None:
    """Where a paragraph's first source line ends, when that line is a numbered title over the paragraph's text.

    「<view>⏎一、我们如何收集和使用您的信息⏎我们会出于本政策所述的以下目的…：⏎</view>」 (a uni-app page, blind round22):
    no <br>, but the author wrote the section's title on a line of its own above its first sentence, and the text
    joined the two (「…您的信息我们会出于…」).  Only the first line, only a bare numbered title
    (`numbered_title_line`: 「一、…」, 「（一）…」, 「1.2 …」, no comma or full stop; up to 40 characters with no clause
    mark and no colon at its end, `sibling_title_line`), and only when the next source line
    is at least one and a half times as long: a paragraph hard-wrapped in the source has lines of one width, so its
    first line is never much shorter than its second.  The title must be alone on its source line and the text below
    must open its own: an editor's or an exporter's wrapping (a Word page's 「<span …>5、如我们停止运营</span><span⏎
    style=…>」, text wrapped after markup at a fixed width) breaks lines inside tags or after markup.
    """
    first = block.pieces[0].line
    lines: dict[int, tuple[int, int]] = {}  # source line -> (start, end) offsets of its text in the block
    for piece in block.pieces:
        start, end = lines.get(piece.line, (piece.offset, piece.offset))
        lines[piece.line] = (start, piece.offset + piece.length)
    if len(lines) < 2 or first + 1 not in lines:
        return None
    end = lines[first][1]
    second_start, second_end = lines[first + 1]
    head, rest = block.text[:end], block.text[end:]
    if second_end - second_start < 1.5 * len(head.strip(WHITESPACE)):
        return None
    if not _alone_on_its_line(extractor, block) or not _starts_its_line(extractor, block, second_start):
        return None  # a line cut inside a tag or after markup: an export's wrapping, not the author's
    number = _entry_number(head)
    if (
        number is not None
        and number[0] not in extractor.title_styles
        and extractor.entry_numbers.get(number[0]) == (number[1] - 1, len(extractor.blocks) - 1)
    ):
        # 「<p>⏎3. 用户在⏎TLCT发布…</p>」 right after 「<p>2. 用户在 TLCT发表…</p>」: the next entry of a list, wrapped in the
        # source after its first words; not where a number of its style was a title over its text (review u29w:
        # 「1. 信息收集⏎…」, 「2. 信息使用⏎…」, a list 「1. 用于…」 「2. 用于…」, then the title 「3. 信息共享⏎…」)
        return None
    if numbered_title_line(head) or (sibling_title_line(head, rest) and not head.rstrip(WHITESPACE).endswith(("：", ":"))):
        if number is not None:
            extractor.title_styles.add(number[0])
        return end
    return None


def _source_line(extractor: _Extractor, line: int) -> str:
    """The fed source's line `line` (1-based), without its line break."""
    starts = extractor._line_starts or extractor._starts()
    if line > len(starts):
        return ""
    end = starts[line] - 1 if line < len(starts) else len(extractor.source)
    return extractor.source[starts[line - 1] : end]


def _alone_on_its_line(extractor: _Extractor, block: Block) -> bool:
    """Whether the block's pieces on its first source line are all that line holds (blanks aside)."""
    first = block.pieces[0]
    last = [p for p in block.pieces if p.line == first.line][-1]
    source = _source_line(extractor, first.line)
    after = last.column - 1 + (last.width if last.width is not None else last.length)
    return not source[: first.column - 1].strip(WHITESPACE) and not source[after:].strip(WHITESPACE)


def _starts_its_line(extractor: _Extractor, block: Block, offset: int) -> bool:
    """Whether the block's text at `offset` opens its source line (blanks aside)."""
    piece = next((p for p in block.pieces if p.offset == offset), None)
    return piece is not None and not _source_line(extractor, piece.line)[: piece.column - 1].strip(WHITESPACE)


def _part_starts(text: str, parts: list[Block]) -> list[int]:
    """Where each part cut from a paragraph starts in the paragraph's text (the parts are in order, stripped)."""
    starts: list[int] = []
    at = 0
    for part in parts:
        at = text.find(part.text, at)
        starts.append(at)
        at += len(part.text)
    return starts


def _bold_parts(text: str, parts: list[Block], runs: list[tuple[int, int]]) -> list[Block]:
    """The parts cut from a paragraph, a part that is bold throughout emphasised, as a block of its own would be
    (「…personal data.<br><br><b><u>PERSONAL DATA</u></b>」, eval/precision20/paydollar-privacy-hk).  The bold runs are
    in text order and do not overlap: one walk over both lists."""
    out: list[Block] = []
    k = 0
    for part, start in zip(parts, _part_starts(text, parts), strict=True):
        end = start + len(part.text)
        while k < len(runs) and runs[k][1] <= start:
            k += 1
        bold, j = 0, k
        while j < len(runs) and runs[j][0] < end:
            bold += max(0, min(runs[j][1], end) - max(runs[j][0], start))
            j += 1
        out.append(part._replace(emphasised=True) if bold >= len(part.text.replace(" ", "")) * 0.9 else part)
    return out


def _entry_parts(text: str, parts: list[Block], starts: frozenset[int]) -> list[Block]:
    """The parts cut from a paragraph, those that open where `_shown_breaks` found a list entry made items."""
    opened = sorted(starts)
    out: list[Block] = []
    k = 0
    for part, start in zip(parts, _part_starts(text, parts), strict=True):
        while k + 1 < len(opened) and opened[k + 1] <= start:
            k += 1  # the last entry start at or before this part
        entry = bool(opened) and opened[k] <= start and not text[opened[k] : start].strip(WHITESPACE)
        out.append(part._replace(kind="item") if entry and not part.emphasised else part)
    return out


def _shown_breaks(text: str, breaks: list[int]) -> tuple[list[tuple[int, int]], frozenset[int]]:
    """The <br> breaks of a paragraph that a reader sees as the end of a paragraph, as cuts.

    A blank line made of two breaks (「…的信息。<br><br>2) 设备信息…」, a saved page's `nl2br` text with an empty line
    between its paragraphs): the paragraphs a reader sees.  A line that opens with a typed bullet (「：<br>• 确认您的身分；
    <br>• 向您提供服务；」) or with a number next to its neighbour's in the same style (「：<br>1. 辦理…；<br>2. 在閣下…」):
    a list entry of its own (`_flush` makes it an item).  A single break before any other line is left as it was: a
    line wrapped by hand inside a sentence and a line of its own look alike there.  Returns the cuts and the offsets
    where a list entry starts.
    """
    cuts: list[tuple[int, int]] = []
    entries: set[int] = set()
    bounds = [0, *breaks, len(text)]
    numbers = [_entry_number(text[a:b]) for a, b in pairwise(bounds)]
    for k in range(1, len(bounds) - 1):
        at = bounds[k]
        if not 0 < at < len(text):
            continue
        number = numbers[k]
        entry = _first_char(text, at, bounds[k + 1]) in _BULLET_GLYPHS or (
            number is not None
            and (numbers[k - 1] == (number[0], number[1] - 1) or (k + 1 < len(numbers) and numbers[k + 1] == (number[0], number[1] + 1)))
        )
        if entry or at == bounds[k - 1]:
            cuts.append((at, at))
        if entry:
            entries.add(at)
    if len(numbers) > 1 and numbers[0] is not None and numbers[1] == (numbers[0][0], numbers[0][1] + 1):
        entries.add(0)  # the first of the entries opens the paragraph
    return cuts, frozenset(entries)


def _first_char(text: str, start: int, end: int) -> str:
    """The first character of `text[start:end]` that is no blank, or ""."""
    for k in range(start, end):
        if text[k] not in WHITESPACE:
            return text[k]
    return ""


def _entry_number(line: str) -> tuple[tuple[str, ...], int] | None:
    """The style and value of the number that opens a <br> line (「2.\t在閣下…」 → (decimal style, 2)), or None.

    A number of several parts has its parents in its style: 「3.2」 follows 「3.1」, never 「4.1」.
    """
    line = line.lstrip(WHITESPACE)
    if not line or line[0] not in NUMBER_STARTS:
        return None
    number = parse_number(fold(line[:16]).strip())
    value = number_value(number) if number is not None else None
    if number is None or not value:
        return None
    return (*number.style, number.label.rstrip(".．、)）").rpartition(".")[0]), value


def _sibling_title(line: str, rest: str, extractor: _Extractor) -> bool:
    """A <br>-split paragraph's first line that is a title by its siblings: 「2.刪除您的個人資訊：」 between 「1.存取…」 and 「3.…」.

    Its shape is a title's (`sibling_title_line`) though not a bare one's (too long, or a colon at its end), and a
    first line numbered one less or one more in the same style was cut off its paragraph as a title
    (`numbered_title_line`).  Those are known after a first reading of the page (`read_html`): this one notes that
    a second reading may find more.
    """
    if not sibling_title_line(line, rest):
        return False
    extractor.sibling_candidates = True
    number = title_number(fold(line).strip())
    if number is None:
        return False
    style, value = number
    return (style, value - 1) in extractor.known_numbers or (style, value + 1) in extractor.known_numbers


# `&#` that starts no character reference (「&#x;」, 「&#-1;」, 「AT&#T」): html.parser stops its scan there and
# waits for more input; at the end, close() handed the rest of the page, tags and all, over as text.
_BARE_CHARREF = re.compile(r"&#(?![0-9]|[xX][0-9a-fA-F])")


def _feed_source(extractor: _Extractor, source: str) -> None:
    """Feed `source` to the parser, stepping over each bare `&#` as text, as a browser shows it.

    html.parser (3.11) reads 「&#」 not followed by a number as two characters of text but
    then stops; with no `;` after it anywhere, it waits for more input, and `close()` reads
    the whole rest of the page as text.  The source is fed in pieces that end before each
    bare `&#`: where the parser has read its piece to the end (no tag, comment or script
    left open), the two characters are text and the next piece goes on after them.  A bare
    `&#` inside what the parser holds open (a script, a comment, a tag) is not text: the
    pieces skip to where that can end, so a script is not scanned again for each of them.
    """
    fed = 0
    held_until = 0
    for m in _BARE_CHARREF.finditer(source):
        if m.start() < held_until:
            continue
        extractor.feed(source[fed : m.start()])
        fed = m.start()
        _resume(extractor)
        if not extractor.rawdata and not getattr(extractor, "cdata_elem", None):
            extractor.rawdata = "&#"
            _step_over_bare_charref(extractor)
            fed += 2
        else:
            held_until = _held_until(extractor, source, fed)
    extractor.feed(source[fed:])
    _resume(extractor)


def _held_until(extractor: _Extractor, source: str, fed: int) -> int:
    """Where the construct the parser holds open at `fed` can end (the end of the source if nowhere)."""
    held = extractor.rawdata
    start = fed - len(held)
    elem = getattr(extractor, "cdata_elem", None)
    if elem:
        close = _CDATA_CLOSE.get(elem)
        if close is None:
            close = _CDATA_CLOSE.setdefault(elem, re.compile(rf"</\s*{re.escape(elem)}", re.IGNORECASE))
        found = close.search(source, fed)
        return found.start() if found else len(source)
    if held.startswith("<!--"):
        found = _COMMENT_CLOSE.search(source, start + 4)
        return found.end() if found else len(source)
    if held.startswith("<"):
        # the next `>` may sit inside a quoted attribute: then at least as much again, so that
        # what is held is read again only after it has doubled (linear over the page)
        at = source.find(">", fed)
        return max(at + 1 if at >= 0 else len(source), fed + len(held))
    return fed


_CDATA_CLOSE: dict[str, re.Pattern[str]] = {}


def _step_over_bare_charref(extractor: _Extractor) -> None:
    """The parser holds a bare `&#` at its position: hand it over as text, and move past it."""
    extractor.handle_data("&#")
    extractor.updatepos(0, 2)
    extractor.rawdata = extractor.rawdata[2:]


def _resume(extractor: _Extractor) -> None:
    """Let the parser read on after it stopped at a bare `&#` (feeding nothing goes on where it stopped)."""
    while extractor.rawdata:
        held = len(extractor.rawdata)
        if _BARE_CHARREF.match(extractor.rawdata) and not getattr(extractor, "cdata_elem", None):
            _step_over_bare_charref(extractor)
        extractor.feed("")
        if len(extractor.rawdata) >= held:
            return


def _script_dates(scripts: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """(line, `name = value`) of every date constant (`_SCRIPT_DATE`) in a page's inline scripts."""
    return [
        (line + body.count("\n", 0, m.start()), f"{m.group(1)} = {m.group(3)}")
        for line, _column, body in scripts
        for m in _SCRIPT_DATE.finditer(body)
    ]


def _lines_of(text: str, offsets: list[int]) -> Iterator[int]:
    """The 1-based line of each offset in `text` (LF ends a line, as html.parser counts), the offsets in increasing order."""
    line, pos = 1, 0
    for at in offsets:
        line += text.count("\n", pos, at)
        pos = at
        yield line


def _feed(extractor: _Extractor, text: str, *, path: str, printed: list[int] | None = None) -> None:
    """Run the parser over `text`; unterminated markup that swallows text is an error.  `printed`: the offsets of the
    values a React page's code prints (`load.jsx.blank_jsx`), recorded with those server code writes."""
    try:
        # html.parser counts only LF as a line break: a lone CR becomes LF (same length).
        br_at: list[int] = []  # the line ends nl2br makes <br /> (`load.server_code`)
        computed: list[int] = list(printed or ())  # where server code writes a value it computes (`load.server_code`)
        source = blank_blade(blank_server_code(text, br_at, computed), computed)  # (a Blade view's directives: code)
        computed.sort()
        if computed:  # shown where the page is served, as an image is: (line, column) as `_medium` records them
            lined = _LONE_CR.sub("\n", text) if "\r" in text else text
            ends = [k for k, c in enumerate(lined) if c == "\n"]
            for at in computed:
                n = bisect.bisect_left(ends, at)
                extractor.media.append((n + 1, at - (ends[n - 1] if n else -1)))
        if not extractor.sfc and not extractor.mini_program:
            source = blank_literal_echoes(source)  # 「{{ '我们收集…' }}」 shows its literal
        extractor.source = _empty_comments(_LONE_CR.sub("\n", source))
        if br_at:
            extractor.br_lines = frozenset(_lines_of(extractor.source, br_at))
        _feed_source(extractor, extractor.source)
        extractor.finish(text)
        # What the parser still holds at the end of input is an unterminated construct;
        # close() would silently turn it into text.
        leftover = extractor.rawdata.lstrip(WHITESPACE)
        if leftover.startswith("<"):
            fed = extractor.source  # (a lone CR made LF: the line of a CR-only page was always 1)
            line = (
                fed.count("\n", 0, len(fed) - len(extractor.rawdata))
                + 1
                + extractor.rawdata[: len(extractor.rawdata) - len(leftover)].count("\n")
            )
            if not leftover.startswith(("<?php", "<?PHP", "<?=")):
                what = "comment" if leftover.startswith("<!--") else "tag"
                raise UserError(f"malformed HTML: unterminated {what} at line {line}: {leftover[:30]!r}", path=path)
            # PHP lets a file end inside its code (PSR-12 even asks for it): code, not a tag
            if _CJK.search(leftover):
                extractor.warnings.append(f"line {line}: PHP code is never closed with ?>: the text after it is not read")
            extractor.rawdata = ""
        extractor.close()
    except UserError:
        raise
    except Exception as exc:  # html.parser is lenient; this guards against odd inputs
        raise UserError(f"malformed HTML: {exc}", path=path) from None
    extractor._flush()


def _page_title(parts: list[str], at: list[tuple[int, int, int | None]], title: str) -> tuple[Piece, ...]:
    """The <title>'s pieces in the source, when it stands on one line as written (else empty: not located)."""
    raw = "".join(parts)
    if raw.strip() != title:
        return ()  # on several lines, or runs of blanks the title's spacing folded
    skip, left, pieces, offset = len(raw) - len(raw.lstrip()), len(title), [], 0
    for data, (line, col, width) in zip(parts, at, strict=True):
        cut = min(skip, len(data))
        skip -= cut
        if cut and width is not None:
            continue  # a leading &nbsp;: a blank of the page, not of the title
        length = min(len(data) - cut, left)
        if length > 0:
            newline = data.rfind("\n", 0, cut)  # the blank cut off ran across lines: the title starts on a later one
            line, col = (line + data.count("\n", 0, cut), cut - newline - 1) if newline >= 0 else (line, col + cut)
            pieces.append(Piece(offset, length, line, col + 1, width) if width is not None else Piece(offset, length, line, col + 1))
            offset += length
            left -= length
    return tuple(pieces) if pieces and left == 0 else ()


def _html_extractor(path: str, text: str = "", *, jsx: bool = False, views: bool = False) -> _Extractor:
    """A new extractor for the page at `path` (a Vue or mini-program file reads its components' tags as blocks; `jsx`: a
    React component's source, `load.jsx.is_jsx_source`; `views`: its `<View>` is a block, `load.jsx.imports_view`)."""
    extractor = _Extractor()
    extractor.sfc = path.lower().endswith((".vue", ".nvue"))
    extractor.mini_program = path.lower().endswith((".wxml", ".axml", ".swan", ".ttml"))
    extractor.jsx = jsx
    if jsx and views:
        extractor._block_tags = _BLOCK_TAGS | _COMPONENT_BLOCK_TAGS | {"scrollview"}  # React Native's <ScrollView>
        extractor.view_page = True
    if extractor.sfc or extractor.mini_program:
        extractor.component_page = True
        extractor._block_tags = _BLOCK_TAGS | _COMPONENT_BLOCK_TAGS
        extractor.text_rows = _text_rows(text)
        extractor.row_classes = _row_classes(text)
    return extractor


def _text_rows(text: str) -> bool:
    """Does the page's own style sheet set its <text>s as blocks (「text { display: block; }」, also nested in SCSS)?"""
    return any(_TEXT_ROWS.search(m.group(1)) for m in _STYLE_SHEET.finditer(text))


def _fallback_literals(text: str) -> str:
    """A mini-program or Vue page's 「{{t1 || '引言'}}」 read as the text it shows by default, 引言, in place.

    The interpolation's expression falls back on a string when the script leaves it empty (an i18n key not loaded, a
    title not set): that string is the page's own wording (eval/precision27 qingduanshi-wxml: its section titles are
    written so).  Everything else of the interpolation becomes spaces, so every line and column stays where it was.
    """

    def keep(m: re.Match[str]) -> str:
        return " " * (m.start(2) - m.start()) + m.group(2) + " " * (m.end() - m.end(2))

    return _FALLBACK_LITERAL.sub(keep, text) if "||" in text else text


def _row_classes(text: str) -> frozenset[str]:
    """The classes the page's own style sheet sets as blocks: 「.p { display: block; }」, 「.h2, .list-item { display: flex }」."""
    found: set[str] = set()
    for sheet in _STYLE_SHEET.finditer(text):
        for head, body in _css_rules(sheet.group(1)):
            if _DISPLAY_BLOCK.search(body):
                found.update(_block_classes(head))
    return frozenset(found)


def _css_rules(sheet: str) -> Iterator[tuple[str, str]]:
    """(head, body) of each innermost rule of a style sheet: the text since the brace before a `{`, and up to its `}`."""
    last = opened = head_start = -1
    for brace in _BRACE.finditer(sheet):
        at = brace.start()
        if brace.group() == "{":
            opened = at
            head_start = last
        elif opened != -1:
            yield sheet[head_start + 1 : opened], sheet[opened + 1 : at]
            opened = -1
        last = at


def _block_classes(head: str) -> list[str]:
    """The class names a rule's head lists just before its body, each selector a single class: 「.h2, .list-item」; the
    last compound of a nested SCSS rule's head or of a descendant selector (「.page .p」 → p) ends the run."""
    names: list[str] = []
    for part in reversed(head.split(",")):
        m = _TRAILING_CLASS.search(part.strip())
        if m is None:
            break
        names.append(m.group()[1:])
        if m.start() != 0:
            break  # the run starts inside this selector: no earlier one is part of it
    return names


def _branch_warnings(text: str, alternates: list[tuple[int, str, str]]) -> list[str]:
    """A warning per line for a React page's condition branches not read (`load.jsx._operands`): the first branch not
    read and the one read in its place, and how many more the line has.  (Linear: a chain of 20,000 branches on one
    line was one warning each, its line counted from the file's start each time.)"""
    by_line: dict[int, list[tuple[str, str]]] = {}
    line, counted = 1, 0
    for at, other, read in sorted(alternates):
        line += text.count("\n", counted, at)
        counted = at
        by_line.setdefault(line, []).append((other, read))
    warnings = []
    for line, branches in by_line.items():
        other, read = branches[0]
        more = f" and {len(branches) - 1} more are" if len(branches) > 1 else " is"
        warnings.append(
            f"line {line}: a condition's other branch 「{gist(other)}」{more} not read (the page shows one of them;"
            f" 「{gist(read)}」 is read)"
        )
    return warnings


def read_html(text: str, *, path: str) -> Parsed:
    """Extract blocks from HTML; unterminated markup that swallows text is an error."""
    computed = False  # a React page's date, printed by its code (`load.jsx.computed_date`)
    printed: list[int] = []  # where a React page's code prints a value (`load.jsx.blank_jsx`)
    inner_html: list[int] = []  # a React page's elements whose text its `dangerouslySetInnerHTML` sets
    alternates: list[tuple[int, str, str]] = []  # a React page's condition branches not read (`load.jsx._operands`)
    jsx = is_jsx_source(path, text)
    views = jsx and imports_view(text)
    if jsx:
        computed = computed_date(text)
        inner_html = inner_html_lines(text)
        text = blank_jsx(text, printed, alternates)  # a React component's source: its markup is the page, its code is not (`load.jsx`)
    elif path.lower().endswith(_TEMPLATE_SUFFIXES):
        text = _fallback_literals(text)  # 「{{t1 || '引言'}}」: the page shows 引言 unless its script names another
    extractor = _html_extractor(path, text, jsx=jsx, views=views)
    _feed(extractor, text, path=path, printed=printed)
    if extractor.sibling_candidates and extractor.title_numbers:
        # a numbered first line that may be a title by its siblings, and numbered titles cut off their paragraphs:
        # read again, knowing their numbers (`_sibling_title`); a page without both is read once
        numbers = frozenset(extractor.title_numbers)
        extractor = _html_extractor(path, text, jsx=jsx, views=views)
        extractor.known_numbers = numbers
        _feed(extractor, text, path=path, printed=printed)
    # (after a second reading: the extractor read first is gone)
    extractor.warnings.extend(f"line {line}: the HTML set by dangerouslySetInnerHTML (code) is not read" for line in inner_html)
    extractor.warnings.extend(_branch_warnings(text, alternates))
    # the slots as the template marks them, before they are demoted (a Vue page's v-for, v-html or 「{{ name }}」)
    fillable = extractor.marks or (extractor.sfc and any("{{" in b.text for b in extractor.blocks))
    written = list(extractor.blocks) if fillable else None
    demoted = []
    for k, b in enumerate(extractor.blocks):
        if (b.kind == "heading" or b.emphasised) and slot_only(b.text):
            # 「<h2>{{ pageTitle }}</h2>」, 「<view class="section-title">{{ section.title }}</view>」: filled at run time,
            # it names nothing here, so it is no heading and no title, wherever it stands
            extractor.blocks[k] = b._replace(kind="paragraph", level=None, emphasised=False)
            demoted.append(k)
    title = " ".join("".join(extractor.title_parts).split()) or None
    if extractor.chrome_headings and not any(b.kind == "heading" for b in extractor.blocks):
        # every <h*> of the page is in a dialog or sidebar: that is where the policy is (a policy shown in a modal)
        for k, level in extractor.chrome_headings:
            extractor.blocks[k] = extractor.blocks[k]._replace(kind="heading", level=level)
    _promotions(extractor)
    _trailing_labels(extractor)
    _mark_chrome(extractor)
    _link_box_headings(extractor)
    _frame_bold_lines(extractor)
    chrome = _page_chrome(extractor)  # (before a Vue page's blocks are filled from its script: indices of the blocks as written)
    # the template's blocks as marked (page chrome, a dialog's headings), the slots demoted above as written
    models = list(extractor.blocks)
    if written is not None:
        for k in demoted:
            if models[k].kind == "paragraph":
                models[k] = written[k]
    used: set[tuple[int, int]] = set()  # literals of the script read into the blocks (no second reading by the rules)
    if written is not None:
        from policylens.load.vue_data import expand

        filled = expand(models, extractor.marks, extractor.scripts, _html_string)
        if filled is not None:
            extractor.blocks = [b._replace(kind="paragraph", level=None, emphasised=False) if slot_only(b.text) else b for b in filled[0]]
            used = filled[1]
            extractor.sfc_filled = True  # read from the script: nothing to warn of
    parsed = Parsed(blocks=extractor.blocks, title=title, dates=extractor.dates, comments=extractor.comments, warnings=extractor.warnings)
    parsed.chrome = chrome
    parsed.liquid = frozenset(extractor.loop_names)  # {{ d.name }} inside ng-repeat="d in …": the loop's output
    parsed.computed_date = computed or extractor.date_message
    parsed.boxes = extractor.boxes
    parsed.rows = extractor.rows
    parsed.line_breaks = extractor.line_breaks
    parsed.tables = extractor.tables
    parsed.media = extractor.media
    if title:
        parsed.page_title = PageTitle(title, extractor.title_line, _page_title(extractor.title_parts, extractor._title_at, title))
    parsed.links = [(href, pieces, " ".join(text)) for (href, pieces, _), text in zip(extractor.links, extractor._link_texts, strict=True)]
    if extractor.scripts:
        from policylens.load.scripts import script_literals

        parsed.scripts = [(t, p) for t, p in script_literals(extractor.scripts) if not p or (p[0].line, p[0].column) not in used]
        parsed.front_lines = _script_dates(extractor.scripts)
    bound = (
        sorted(extractor.bound + [b.line for b in extractor.blocks if slot_only(b.text)])
        if extractor.sfc and not extractor.sfc_filled
        else []
    )
    if bound:
        if extractor.bound or any(mark.alias for mark in extractor.marks):
            script = sum(len(text) for text, _ in parsed.scripts if _CJK.search(text))
        else:
            # only 「{{ name }}」 lines: the text of the literals they name (a toast message is not what they show)
            from policylens.load.vue_data import named_text

            paths = [m.group(1) for b in extractor.blocks if slot_only(b.text) for m in SLOT.finditer(b.text)]
            script = named_text(extractor.scripts, paths)
        warning = _script_text_warning(extractor.blocks, bound, script)
        if warning:
            read = _markdown_literal(text, parsed.scripts)
            if read is not None:
                return read  # the policy is Markdown the page converts and shows: read as the page shows it
            parsed.warnings.append(warning)
    elif extractor.sfc_filled:
        # filled from the script, but some 「{{ x }}」 lines are not plain literals (a computed value, a prop, a call, i18n):
        # their text is not read, and the reader is told so (review rv13c; a silent gap otherwise)
        left = [b.line for b in extractor.blocks if slot_only(b.text)]
        if left:
            lines = first_few(left)
            parsed.warnings.append(
                f"line {left[0]}: {len(left)} {{{{ }}}} interpolation{'s' if len(left) > 1 else ''} not filled from the script's "
                f"literals (a computed value, a prop, a call or a translation): text not read at lines {lines}"
            )
    return parsed


# What a component shows without its script: below this many characters of its own text, a page that binds its text
# (v-for, v-html) holds no policy to read
_MARKUP_TEXT_MIN = 300
# a script literal that is a policy in Markdown (`_markdown_literal`): two headings of its own, this many CJK characters
_MARKDOWN_POLICY = lazy(r"^#{1,4}[ \t]+\S", re.MULTILINE)
_MARKDOWN_LITERAL_MIN = 200


def _markdown_literal(text: str, scripts: list[tuple[str, tuple[Piece, ...]]]) -> Parsed | None:
    """The policy a Vue page keeps as Markdown in one template literal of its script, read as Markdown in place.

    A uni-app page writes its policy in a template literal (`agreementText`, 「# 隐私政策…」) and shows it with `<rich-text :nodes>` after its
    own method turns the Markdown into HTML (eval/precision27 yuwo-vue): its markup holds nothing of it.  Only when the
    markup shows almost nothing (`_script_text_warning`), and one literal is a policy in Markdown (`_MARKDOWN_POLICY`: its
    headings, `_MARKDOWN_LITERAL_MIN` Chinese characters) written as it is read (no escape: the literal is the source
    text), is it read, every line and column where it stands in the file; anything else keeps the warning.
    """
    found = [
        (body, pieces)
        for body, pieces in scripts
        if pieces
        and len(_CJK.findall(body)) >= _MARKDOWN_LITERAL_MIN
        and len(_MARKDOWN_POLICY.findall(body)) >= 2
        and not body.split("\n", 1)[0].strip()
    ]
    if len(found) != 1:
        return None
    body, pieces = found[0]
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: pieces[0].line - 1]) + pieces[0].column - 1
    if text[start : start + len(body)] != body:
        return None  # (escapes: the literal is not the source text)
    from policylens.load.markdown import read_markdown

    # what stands before the literal becomes blank lines (its first line, after the backtick, is blank too)
    parsed = read_markdown("\n" * text.count("\n", 0, start) + body)
    parsed.warnings.insert(
        0, f"line {pieces[0].line}: the policy is Markdown in a <script> string the page converts and shows: read as Markdown"
    )
    return parsed


def _script_text_warning(blocks: list[Block], bound: list[int], script: int) -> str | None:
    """A Vue page whose text its script produces: say that the markup holds little of it (never a silent near-empty read).

    uni-app pages render their sections with `v-for` over an array of `{title, content}` in `<script>`, or show a
    policy kept as HTML in a JS string with `v-html`; the markup then holds 「{{ section.title }}」 and a few labels.
    `bound`: the lines of the bindings (`v-html`/`v-text`, a block of interpolations only); `script`: the characters of
    text the script may show there.  Warned when the page's own text is short, or shorter than that.
    """
    markup = sum(len(b.text) for b in blocks if not slot_only(b.text))
    if markup >= _MARKUP_TEXT_MIN and script <= markup:
        return None
    where = f"; {script} characters of text in its <script> string literals are not read" if script else ""
    return (
        f"line {bound[0]}: the policy text is produced by script (v-for, v-html, {{{{ }}}}): "
        f"policylens read only {markup} characters of markup{where}"
    )


def _html_string(text: str) -> list[Block] | None:
    """The blocks of an HTML string a Vue page shows with `v-html` (lines and columns in the string); None if malformed."""
    extractor = _Extractor()
    try:
        _feed(extractor, text, path="")
    except UserError:
        return None
    return extractor.blocks


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


def _widget_label(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """An Axure RP prototype's label widget: 「<div id="u3327" class="ax_default label">」 (its box, then a text <div>)."""
    if tag != "div":
        return False
    classes = next((value.split() for name, value in attrs if name == "class" and value), [])
    return "ax_default" in classes and "label" in classes


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


def _to_another_page(href: str) -> bool:
    """A link to another page of the site (「/site/fa-lv-sheng-ming.htm」), not to a place in this one (「#rights」)."""
    href = href.strip()
    return bool(href) and not href.startswith("#") and not href.lower().startswith("javascript:")


# What a policy's own title says; a caption saying it is the page's title, never the site's (twenty-first session).
_NAMES_A_POLICY = lazy(
    r"隐私|隱私|私隱|个人信息|個人資料|個人信息|政策|声明|聲明|条款|條款|协议|協議|指引|须知|須知|privacy|policy|notice|terms",
    re.IGNORECASE,
)


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


def read_html_fragment(lines: list[str], *, first_line: int) -> Parsed | None:
    """Blocks of an HTML block inside Markdown (`lines` are the original lines from `first_line`); None if malformed."""
    extractor = _Extractor()
    try:
        _feed(extractor, "\n".join(lines), path="")
    except UserError:
        return None
    shift = first_line - 1
    blocks = [
        b._replace(line=b.line + shift, end_line=b.end_line + shift, pieces=tuple(p._replace(line=p.line + shift) for p in b.pieces))
        for b in extractor.blocks
    ]
    comments = [(n + shift, c) for n, c in extractor.comments]
    warnings = [_shift_warning(w, shift) for w in extractor.warnings]
    parsed = Parsed(blocks=blocks, dates=extractor.dates, comments=comments, warnings=warnings)
    parsed.media = [(n + shift, c) for n, c in extractor.media]
    parsed.rows = [(n + shift, c) for n, c in extractor.rows]
    parsed.line_breaks = [(n + shift, c) for n, c in extractor.line_breaks]
    parsed.links = [
        (href, tuple(p._replace(line=p.line + shift) for p in pieces), " ".join(text))
        for (href, pieces, _), text in zip(extractor.links, extractor._link_texts, strict=True)
    ]
    return parsed


def _shift_warning(message: str, shift: int) -> str:
    """`line N: …` of a fragment → its line in the whole file."""
    head, _, rest = message.partition(": ")
    if head.startswith("line ") and head[5:].isdigit():
        return f"line {int(head[5:]) + shift}: {rest}"
    if head.startswith("lines "):  # 「lines 4, 8 and 2 more: …」: the lines move, the count stays (review u28w: 11 → 51)
        more = _MORE_LINES.search(head)
        listed, tail = (head[: more.start()], head[more.start() :]) if more else (head, "")
        return _LISTED_LINE.sub(lambda m: str(int(m.group()) + shift), listed) + tail + ": " + rest
    return message


_LISTED_LINE = re.compile(r"\d+")
_MORE_LINES = re.compile(r" and \d+ more\Z")
