"""What HTML element and attribute names mean to the HTML reader: the tag tables, no logic.

Block and void elements, headings, elements skipped with their content (scripts, styles, fallbacks), raw-text
elements, HTML5's implied end tags, attributes that fill an element from a component's script (`v-html`,
`:nodes`), client-side loops, a server page's message tags, the link's `href` and how much of a link is kept.
Not here: the titles a class names (`titles`), page chrome by name (`chrome_lines`), conditions (`branches`).
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.load.jsx import FALLBACK_ELEMENTS, STRUCK_ELEMENTS

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
    "marquee",  # (u51s2) a ticker box of its own, read as page chrome (`chrome_lines._chrome_tag`)
}
# Mini-program and uni-app components (WeChat .wxml, Alipay .axml, Baidu .swan, ByteDance .ttml, uni-app .vue/.nvue):
# <view> is their <div>.  Blocks only in those files: a browser shows an unknown tag in a web page inline
# (「<p>请阅读<view>《用户协议》</view>后再继续。</p>」 is one sentence there).
_COMPONENT_BLOCK_TAGS = frozenset({"view", "scroll-view", "cover-view", "swiper-item", "movable-view"})
# (u61r) a Vue UI kit's description list item: a row of its own, its label read before its content (`nav_bars.item_label`)
LABELLED_ITEMS = frozenset(f"{kit}{dash}descriptions{dash}item" for kit in ("el", "a", "n") for dash in ("-", ""))
# An Android string resource file (`res/values*/strings.xml`, `<resources>` at its root): each <string>, and each <item>
# of a <string-array> or <plurals>, is a text the app shows on its own, never run into the next one.  Read inline, the
# halves of a message the code completes were one sentence: 「<string>添加新车辆 (</string><string>) 成功!</string>」 as an
# empty slot 「( )」 and 「您收到【」「】赠送的卡片」 as 「【】」 (eval/precision39/kusida-strings-xml: two false errors).
_RESOURCE_BLOCK_TAGS = frozenset({"string", "item", "string-array", "plurals"})
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
_DATE_KEY = lazy(
    r"(?i)(?:updated?|modified|effective|lastmod)(?:[._-]?(?:date|time|on|at))?\Z|(?:update|effective|modified)[._-]?(?:date|time)"
)
_LOOP_ATTRIBUTES = frozenset({"ng-repeat", "data-ng-repeat", "ng-repeat-start", "data-ng-repeat-start", "v-for"})
_LOOP_ALIASES = lazy(
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
# A declarative shadow root (`<template shadowrootmode="open">`, Chrome's older `shadowroot`) is
# rendered in place: a saved web component's text is on the page, so it is read.
_SHADOW_ROOT = {"shadowrootmode", "shadowroot"}
# inline scripts whose string literals may be text shown to users (read by `load.scripts`, not by the blocks)
_SCRIPT_TYPES = {"text/javascript", "application/javascript", "module", "text/babel", "application/x-javascript", "application/json"}
_EMPHASIS_TAGS = {"strong", "b"}
# elements that show content with no text of their own: after a lead-in, they are its list (enumeration-lead-in)
_MEDIA_TAGS = frozenset({"img", "iframe", "video", "audio", "embed", "object", "svg", "picture", "canvas"})
# a link's target as written in its start tag (the value of href=)
_HREF = lazy(r"""\shref[ \t\n]*=[ \t\n]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'<>`=]+))""", re.I)
# links kept whatever their target; past that, only targets with a template's mark
_MAX_LINKS = 5_000
_TEMPLATE_CUE = lazy(r"(?i:mailto:|tel:|example|your|xx|domain|username|tbd|todo|placeholder)|[{\[【<%$待链鏈址]")
# how much of a link's text is kept (enough to see whether it shows the target's address)
_LINK_TEXT_PARTS = 8
_LINK_TEXT_CHARS = 200
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
_TEMPLATE_SUFFIXES = (".vue", ".nvue", ".wxml", ".axml", ".swan", ".ttml")
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
