"""Page chrome by its words: whether a short line of a menu, header or footer is the site's and not the policy's.

Copyright and credit lines, language pickers, menu entries, pagers, app-store links, the class and id names of
menus, banners, dialogs and footers, and which tags are page chrome wherever they stand.  Pure judgements of a
line, a name or a tag; the passes over a whole read page that use them are `chrome`, and the extractor's.
"""

from __future__ import annotations

import re

from policylens.language_names import LANGUAGE_NAMES, only_language_names
from policylens.lazyre import lazy
from policylens.normalise import WHITESPACE
from policylens.patterns import COPYRIGHT_HELD, COPYRIGHT_SIGN, EMAIL, RIGHTS_RESERVED, SENTENCE_ENDS_WIDE_STOP

# Page chrome found by what a container holds (see `_Container`): a block this long, or a sentence, is text of the page.
_CHROME_TEXT_MAX = 40
_MENU_ENTRY_MAX = 20  # characters of a link-only menu entry (「相机」, 「服务支持」, 「Privacy」)
# ... where a Latin (ASCII) character counts this much: an English label says in 32 letters what a Chinese one says in 20
# (「Setup: Cloudflare Tunnel」, 24, in a docs site's nav bar: `eval/pairs49` hermes-nav)
_MENU_LATIN_WIDTH = 0.625
_MENU_SEPARATORS = ("/", "|", "｜", "·")  # what a menu bar writes between its entries, outside the links
_SENTENCE_END = SENTENCE_ENDS_WIDE_STOP
# Page chrome whose <h*> are no headings of the policy: a menu, a cookie or consent dialog, the site's
# logo, a sidebar, a blog's widgets and comment form, the site's footer (class or id names: 「consent-banner」,
# 「cookie-notice」, 「logo」, 「sidebar」, 「widget-area」, 「comment-respond」); a page-level <aside> too.
# (fifty-first session, u51s2) a marquee too, by its tag, its role or its class: a ticker of announcements over the page
# (「<div class="marquee-banner"><span class="marquee-inner">Loading…</span></div>」, `eval/structure51` abotkamay-html)
_CHROME_ROLES = frozenset({"navigation", "dialog", "alertdialog", "marquee"})
_CHROME_NAME = lazy(
    r"consent|cookie[-_ ]?(?:banner|bar|notice|popup|modal|dialog)|gdpr|(?<![a-z])(?:logo|brand|navbar|sidebar|side-bar|breadcrumbs?|widgets?|widget-area|comments?|respond|marquee)(?![a-z])"
    # (fourteenth session) a menu by its class, as a <nav> is: 「<div class="nav">」 on one version, 「<nav>」 on the next
    r"|(?<![a-z])(?:(?:top|site|main|sub)[-_]?)?nav(?:igation)?(?:[-_]?bar)?(?![a-z])",
    re.IGNORECASE,
)
# a logo or brand link, whose short line is the site's name even with a version in it (twenty-third session; a site
# footer by its class or id, 「<div class="footer warpper">」 of an idoc site, is `_FOOTER_NAME`'s)
_BRAND_NAME = lazy(r"(?<![a-z])(?:logo|brand)(?![a-z])", re.IGNORECASE)
# (forty-first session, u41d2) a badge or tag, 「<span class="section-tag">⚖️ 社群須知</span>」: over the page's title the
# site's label of the page, no line of the policy (`chrome._hero_badges`); in the page's frame a badge with a version
# 「v2.0 新版」 stays text (rv13b), so it is counted apart from the brand
_BADGE_NAME = lazy(r"(?<![a-z])(?:badge|tag|eyebrow|kicker)(?![a-z])", re.IGNORECASE)
# Elements that hold the page's own content: a `<section id="consent">` or `<article class="comments-policy">` is a
# part of the policy named after its topic, never chrome (a fresh-eyes review found 「您的同意」 erased this way).
_CONTENT_TAGS = frozenset({"section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6"})
# The page itself: a WordPress theme writes the page's layout state into <body>'s class (「page-template-default
# off-canvas-nav-left」, 「has-sidebar」, 「nav-open」): a name that says where the menu sits, never that the page is a menu.
# Read as chrome, the whole page was a frame holding the policy, and no sidebar or menu of it was chrome (fortieth
# session, u40d: `eval/pairs40` igameinc, a class site's song widget compared as sections, 2 false renames).
_PAGE_TAGS = frozenset({"html", "body"})
# ... unless its name also says it is a piece of interface: <section class="consent-banner">.
_CHROME_UI = lazy(r"banner|(?<![a-z])bar(?![a-z])|popup|modal|dialog|navbar|sidebar|side-bar|breadcrumb|widget", re.IGNORECASE)
# (fifty-second session, u52s) a React page's menu by one word of its `className`, as `_CHROME_NAME` reads a `class`: 「navbar」,
# 「site-nav」, 「legal-page__nav」, 「nav-links」, 「breadcrumb」, 「sidebar」 — a whole word, so that Tailwind's 「text-brand-navy」,
# 「bg-navy-950」 and a wrapper's 「logo-bg-animation」 name nothing (the logo, brand and widget names are left out there)
_JSX_CHROME_WORD = lazy(
    r"(?<![a-z0-9_-])(?:[a-z0-9]++[-_]{1,2}){0,4}(?:navbar|nav|navigation|breadcrumbs?|sidebar|side-bar|topbar|top-bar)"
    r"(?:[-_]{1,2}(?:bar|wrap|wrapper|container|inner|menu|list|links?|items?))?",
    re.IGNORECASE,
)


def jsx_chrome_class(value: str) -> bool:
    """(u52s) Does a React element's `className` name a menu, breadcrumb or sidebar by one whole word (`_JSX_CHROME_WORD`)?"""
    return any(_JSX_CHROME_WORD.fullmatch(word) is not None for word in value.split())


def named_chrome(name: str, value: str) -> bool:
    """Does a `class` or `id` (`_CHROME_NAME`), or a React page's `className` (`jsx_chrome_class`), name page chrome?"""
    return jsx_chrome_class(value) if name == "classname" else _CHROME_NAME.search(value) is not None


# A container named after the site's footer (「<div class="footer">」, 「site-footer」, 「footer-wrap」): the page's frame, as a
# <footer> of the page is (twenty-third session, a Webflow page of `eval/dev23g`); 「footer-note」 and the like are not.
# (forty-fourth session, u44d2) also a box named after its copyright line, 「<div class="copyright">」 at the page's
# foot (`eval/pairs44c` kun-footer: it became a footer component and its line was reported removed)
_FOOTER_NAME = lazy(r"^(?:(?:site|page|main|global)[-_])?(?:footer|copyright)(?:[-_](?:wrap|wrapper|container|section))?$", re.IGNORECASE)
# (fifty-third session, u53x) a container named after the site's header, 「<div class="site-header">」: the page's frame, as a
# <header> of the page is (its brand and menu lines are chrome).  Not 「page-header」: of the 16 such elements in eval/ that are
# no <header>, 14 hold the page's own <h1> or title with its date or subtitle (the page's heading block, not the site's),
# the two others an app's navigation bar, read as one already (its back control, `_back_control`)
_SITE_HEADER_NAME = lazy(r"^(?:site|global)[-_]header(?:[-_](?:wrap|wrapper|container|inner|main|bar))?$", re.IGNORECASE)


def frame_class(tag: str, value: str) -> bool | str:
    """Whether an element whose `class` or `id` is `value` is the page's frame by its name: "header" for the site's header
    (`_SITE_HEADER_NAME`), True for its footer (`_FOOTER_NAME`: a whole class word, 「footer-wrap」; not 「footer-note」, which
    may be the policy's own closing line), False otherwise or for a content or page element (`_CONTENT_TAGS`, `_PAGE_TAGS`)."""
    if tag in _CONTENT_TAGS or tag in _PAGE_TAGS:
        return False
    words = value.split()
    if any(_FOOTER_NAME.match(word) for word in words):
        return True
    return "header" if any(_SITE_HEADER_NAME.match(word) for word in words) else False


# A link to an app store's page of an app (a cross-promotion block's cards, `_Extractor._promotion`)
_APP_STORE = lazy(
    r"^https?://(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com/store|appgallery\.huawei\.com|app\.mi\.com"
    r"|sj\.qq\.com|apps\.microsoft\.com|www\.microsoft\.com/[\w-]+/store|www\.amazon\.[a-z.]+/[\w/-]*dp)/",
    re.IGNORECASE,
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
# What a policy's own title says; a caption saying it is the page's title, never the site's (twenty-first session).
_NAMES_A_POLICY = lazy(
    r"隐私|隱私|私隱|个人信息|個人資料|個人信息|政策|声明|聲明|条款|條款|协议|協議|指引|须知|須知|privacy|policy|notice|terms",
    re.IGNORECASE,
)
# the site's own version in its copyright line (「Copyright © 2023 KUNgalgame All rights reserved | Version 0.01」,
# forty-fourth session, u44d2): the release of the site, not the policy's version, when the line names no policy; also
# written 「v1.2.0」, 「V2.3」, 「Ver 1.2」, 「版本号 1.0.3」 (forty-fifth session, u45d: the same class, other spellings)
_SITE_VERSION = lazy(r"(?<![A-Za-z])(?:(?i:version|ver\.?|版本[号號]?)[ \t:：]*+[vV]?|[vV])\d{1,4}(?:\.\d{1,4}){1,3}+(?![\d.])")
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
_DIGITS = lazy(r"\d+")
# what keeps a line of the page frame around the policy's container as text (`chrome._outside_container`), where a
# number no longer does (a sidebar's 「三月 2026」「1篇」): a company or legal entity (a footer's 「© 2025 某某科技有限公司」:
# an operator that changed is substance), a filing number (「我记 App 备案号：沪ICP备2026017841号-1A」, judged a real
# divergence of two editions in `eval/blind/pairs14`), a person's role, an address, the operator ...
_FRAME_ENTITY = lazy(
    r"公司|有限|集团|集團|备案|備案|负责人|負責人|联系人|聯絡人|聯繫人|地址[:：]|[省市区區县縣][^\s]{0,12}[路街道巷弄]|主办|主辦|运营|運營|營運"
    r"|(?<![a-z])(?:icp|inc|gmbh|ltd|llc|limited|corp|corporation|co\.|plc|dpo)(?![a-z])",
    re.IGNORECASE,
)
# ... and a negation, the policy's scope, the operator or the user as a subject (「我们不出售数据」 in a menu of links into
# the page, `tests/test_diff20.py`), unless the line is only links to other pages (a footer's 「此人不存在纪妖latex公式」)
_FRAME_STATEMENT = lazy(
    r"[不非未]|无需|無需|没有|沒有|仅|僅|适用|適用|我们|我們|您|本公司|本平台|本网站|本網站"
    r"|(?<![a-z])(?:not|only|no|never|except|unless|we|our|us|you|your)(?![a-z])",
    re.IGNORECASE,
)
# ... and what the policy says of personal data: an appendix or table after the container (「附录：第三方SDK」, 「友盟统计SDK |
# 设备标识符、位置信息」) is the policy's own, and a change there is material (thirty-ninth session, u39h: such a row
# outside the one <main> was frame, an SDK added to it not reported); not in a line of links to other pages
_FRAME_DATA = lazy(
    r"个人信息|個人信息|个人资料|個人資料|敏感信息|敏感資料|SDK|第三方|收集|共享|權限|权限|标识符|標識符|識別碼|位置信息|位置資訊"
    r"|手机号|手機號|身份证|身分證|cookie|personal (?:data|information)|third[- ]part",
    re.IGNORECASE,
)


# a site's pager: 「上一页 与 Laravel 对比」 「下一页从 v1.17 升级到 v1.18」 「Next page Privacy」, one or two entries, no sentence end
_PAGER = lazy(
    r"(?:(?:上一[页頁篇章]|下一[页頁篇章]|(?:Previous|Next)(?:[ \t]page)?)[:：]?[ \t\u3000]*+[^。！？!?\n]{0,40}?[ \t\u3000]*+){1,2}",
    re.IGNORECASE,
)


# menu entries that name the site's own pages: no substance, though they hold 我们 / "us"
_NAV_ENTRY = lazy(r"(?:关于|關於|联系|聯絡|聯繫|加入)(?:我们|我們)|(?i:about\s+us|contact\s+us|join\s+us)")


def _page_chrome_text(text: str) -> bool:
    """A line of page chrome that is no text of the policy (see `_COPYRIGHT`)."""
    if _RIGHTS_RESERVED.search(text) and _COPYRIGHT.search(text) and not _NAMES_A_POLICY.search(text):
        text = _SITE_VERSION.sub(" ", text)  # 「… All rights reserved | Version 0.01」: the site's release
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


def _chrome_tag(tag: str, open_tags: dict[str, int]) -> bool:
    """<nav> and <marquee>, and a <footer> or <aside> of the page (not one inside the policy's <main> or <article>),
    are page chrome."""
    return tag in ("nav", "marquee") or (tag in ("footer", "aside") and not open_tags.get("main") and not open_tags.get("article"))


def _widget_label(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """An Axure RP prototype's label widget: 「<div id="u3327" class="ax_default label">」 (its box, then a text <div>)."""
    if tag != "div":
        return False
    classes = next((value.split() for name, value in attrs if name == "class" and value), [])
    return "ax_default" in classes and "label" in classes


# A control's tap or click handler: a mini-program's `bindtap`/`catchtap`, Vue's `@click`/`@tap`/`v-on:click` (with
# modifiers, `@click.stop`), the DOM's `onclick` (React's `onClick`, lowered), Angular's `(click)`
_TAP_HANDLER = lazy(r"(?:bind:?|catch:?)tap|(?:@|v-on:)(?:click|tap)(?:\.[\w.-]{1,40})?|on(?:click|tap)|\((?:click|tap)\)")
# A class naming a button: 「contract-button」, 「btn」, 「btn-primary」, 「submit_btn2」, camel-cased 「agreeBtn」
# (tried from each class name's start only, `(?<!\S)`: a search from every `-` of 「a-a-a-…」 was quadratic, lead probe)
_BUTTON_CLASS = lazy(r"(?i:(?<!\S)\S*?(?<![^\s_-])(?:button|btn)s?(?![^\s_\d-]))|(?<=[a-z])(?:Btn|Button)(?![a-z])")


def _tapped(attrs: list[tuple[str, str | None]]) -> bool:
    """An element with a tap or click handler (`_TAP_HANDLER`): a button, a toggle, a collapsible title…"""
    return any(_TAP_HANDLER.fullmatch(name) for name, _ in attrs)


# A language toggle's short label, beside the names `language_names.only_language_names` knows: 「中」, 「ENG」, 「繁」, 「简」
_TOGGLE_LABELS = frozenset({"中", "英", "繁", "简", "簡", "eng", "chn", "chs", "cht", "jp", "kr"})


def _language_toggle(text: str) -> bool:
    """The label of a tapped element that switches the page's language: 「中」, 「ENG」, 「English」, 「繁體中文」 (u42x3:
    eval/structure42c moonshot-privacy-jsx, 「<div onClick={()=>setLanguage('zh')}>中</div>」 was a heading over 「ENG」)."""
    text = text.strip(" \t\n\u3000")
    return text.lower() in _TOGGLE_LABELS or only_language_names(text)


def _control(attrs: list[tuple[str, str | None]]) -> bool:
    """An element a visitor taps: a tap or click handler and a class naming a button (u40a4).

    「<view class="contract-button" bindtap="openPrivacyContract">查看微信《用户隐私保护指引》</view>」 (eval/structure40c
    xiban-privacy-wxml), 「<view class="btn" @click="submit">同意并继续</view>」: its label is no title of the policy.
    A handler alone (a collapsible section title that opens on a tap) or a button's class alone (a style) is not enough.
    """
    return _tapped(attrs) and any(name in ("class", "classname") and value and _BUTTON_CLASS.search(value) for name, value in attrs)


# A handler that takes the visitor back a page: 「bindtap="goBack"」, 「@click="navigateBack"」, 「onClick={handleBack}」,
# 「history.back()」, 「router.go(-1)」 (a camel-cased or separate 「back」; not 「feedback」, 「callback」, 「background」)
_BACK_HANDLER = lazy(r"(?<![A-Za-z])[Bb]ack(?![a-z])|(?<=[a-z])Back(?![a-z])|(?i:(?<![a-z])(?:go|navigate|nav)[-_]?back(?![a-z]))|go\(-1\)")


def _back_control(attrs: list[tuple[str, str | None]]) -> bool:
    """A custom navigation bar's back button (forty-third session, u43d2: `eval/pairs43c` sh-header): a tap handler that
    goes back (`_BACK_HANDLER`).  「<view class="header-left" bindtap="goBack"><text>‹</text><text>隐私政策</text></view>」:
    its labels, the arrow and the page's name repeated, are page chrome, no line of the policy (`_Extractor._pop`)."""
    return any(_TAP_HANDLER.fullmatch(name) and value and _BACK_HANDLER.search(value) for name, value in attrs)


# A back link's whole text (fifty-first session, u51s: `eval/structure51s` pain-php 「<a class="btn btn-ghost" href="/">← 回首頁</a>」
# after the policy; a Jekyll page's 「返回简体中文首页」, 「← Back to home」): an arrow and 返回/回到, or the words going back to
# the site's home, top or list page.  No sentence mark, no other word after the place it goes back to.  A bare 回 goes back only
# straight to the place (「← 回首頁·退款條款」, a link row): 「← 回复本邮件可撤回同意」 and 「回收列表」 are no back links, nor
# 「‹ Back up your data」 (u51r).
_BACK_LINK = lazy(
    r"[←‹«〈❮⬅↩<][ \t\u3000]*+(?:返回|回到|回(?=首[页頁]|主[页頁]|上一?[页頁]|顶部|頂部|列表|目[录錄]))[^。！？!?.,，:：\n]{0,12}"
    r"|[←‹«〈❮⬅↩<][ \t\u3000]*+back(?:[ \t]to[ \t][^。！？!?.,，:：\n]{0,12})?"
    r"|(?:(?:返回|回到)[^。！？!?.,，:：\n]{0,8}?|回)(?:首[页頁]|主[页頁]|上一?[页頁]|顶部|頂部|列表|目[录錄])"
    r"|back(?:[ \t]to(?:[ \t]the)?[ \t](?:home(?:[ \t]?page)?|top|index|main[ \t]page|previous[ \t]page|list))",
    re.IGNORECASE,
)
_BACK_LINK_MAX = 20  # characters of a back link's text: a longer line says more than where it goes


def back_link_text(text: str) -> bool:
    """Is `text` (a whole block's) only a link back to the site's home, top or list page (`_BACK_LINK`)?"""
    line = text.strip(WHITESPACE)
    return len(line) <= _BACK_LINK_MAX and _BACK_LINK.fullmatch(line) is not None


def _to_another_page(href: str) -> bool:
    """A link to another page of the site (「/site/fa-lv-sheng-ming.htm」), not to a place in this one (「#rights」)."""
    href = href.strip()
    return bool(href) and not href.startswith("#") and not href.lower().startswith("javascript:")


# (u46l) The frame a documentation-site generator writes around every page it builds, by the class or id words the
# generator gives it: the site's menu and sidebar, the page's meta line (author, date, reading time), its in-page table
# of contents (「此页内容」, "On this page"), its edit link (「在 GitHub 上编辑此页」), its "last updated" line, its
# contributors and its previous/next links.  Each such element is chrome whole, its headings included
# (`chrome._docs_site_frames`): before, a VuePress page read its sidebar entries as headings and its footer lines as
# policy text (`eval/pairs46` hutao-md-html: 13 noise entries and 3 section errors against the page's own Markdown).
# Words no site writes for its own text (a generator's prefix: `vp-`, `VP…`, `theme-doc-`, `md-`, `td-`) count on any
# page; plain words (「page-nav」, 「table-of-contents」, 「book-summary」) only on a page whose `<meta name="generator">`
# names the generator that writes them (`_GENERATOR_WORDS`).
_DOCS_FRAME_WORDS = frozenset(
    {
        # VuePress 2 (default theme and theme-hope)
        "vp-navbar",
        "vp-sidebar",
        "vp-toc-placeholder",
        "vp-page-meta",
        "vp-page-nav",
        "vp-breadcrumb",
        "vp-skip-link",
        # VitePress
        "VPNav",
        "VPNavBar",
        "VPNavScreen",
        "VPLocalNav",
        "VPSidebar",
        "VPDocAside",
        "VPDocAsideOutline",
        "VPDocOutlineDropdown",
        "VPDocFooter",
        "VPFooter",
        "VPSkipLink",
        # Docusaurus
        "theme-doc-sidebar-container",
        "theme-doc-toc-desktop",
        "theme-doc-toc-mobile",
        "theme-doc-footer",
        "theme-doc-breadcrumbs",
        "theme-edit-this-page",
        "theme-last-updated",
        "theme-doc-version-banner",
        # MkDocs Material
        "md-header",
        "md-tabs",
        "md-sidebar",
        "md-footer",
        "md-source-file",
        "md-content__button",
        # Hugo's Docsy theme
        "td-navbar",
        "td-sidebar",
        "td-sidebar-toc",
        "td-page-meta",
        "td-footer",
        "td-breadcrumbs",
        # Docsify
        "docsify-pagination-container",
        "app-nav",
        "github-corner",
    }
)
# plain words, frame only on a page the generator names (its <meta name="generator">, lower-cased, first word)
_GENERATOR_WORDS = {
    "vuepress": frozenset({"page-info", "vp-page-title", "page-edit", "page-nav", "page-meta", "navbar", "sidebar"}),
    "docusaurus": frozenset({"pagination-nav", "table-of-contents", "navbar", "footer"}),
    "hugo": frozenset({"book-menu", "book-toc", "book-header", "book-footer"}),
    "gitbook": frozenset({"book-summary", "book-header", "navigation", "gitbook-link"}),
    "honkit": frozenset({"book-summary", "book-header", "navigation", "gitbook-link"}),
}


def docs_frame(value: str, generator: str) -> bool:
    """Does a class or id value name a documentation-site generator's page frame (`_DOCS_FRAME_WORDS`)?  `generator`:
    the first word of the page's `<meta name="generator">`, lower-cased ("" when none)."""
    words = value.split()
    plain = _GENERATOR_WORDS.get(generator, frozenset())
    return any(word in _DOCS_FRAME_WORDS or word in plain for word in words)


# a page's `<meta>` tags, and a generator's name and version in one (`page_generator`)
_META_TAG = lazy(r"<meta\b[^<>]{0,600}+>", re.IGNORECASE)
_GENERATOR_NAME = lazy(r"\bname[ \t]*+=[ \t]*+[\"']?generator\b", re.IGNORECASE)
_GENERATOR_CONTENT = lazy(r"\bcontent[ \t]*+=[ \t]*+[\"']([^\"'<>]{0,120}+)", re.IGNORECASE)
_HEAD_MAX = 200_000  # characters of a page looked at for its head's `<meta name="generator">`


def page_generator(text: str) -> str:
    """The page's generator by its 「<meta name="generator" content="VuePress 2.0.0-rc.19">」: the content's first word,
    lower-cased (`vuepress`, for `docs_frame`); "" when the page names none."""
    head = text[: min(_HEAD_MAX, len(text))]
    for tag in _META_TAG.finditer(head):
        if _GENERATOR_NAME.search(tag.group(0)) and (content := _GENERATOR_CONTENT.search(tag.group(0))) is not None:
            return (content.group(1).split() or [""])[0].lower()
    return ""
