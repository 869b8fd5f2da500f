"""Slot forms of `placeholder-instruction` left by a template's author (issue #11, fifty-third session, u53p; the classes
u52p and u52p2 left open; not blind):

- a bracket of choices written without spaces round the slashes: 「我们接受[微信支付/支付宝/银联 等]支付方式」,
  「我們提供[黑貓宅急便/中華郵政/超商取貨]等配送方式」, 「网络权限用于[版本更新检查/云同步/获取汇率数据]」
  (eval/blind/round13 caoliao), 「[开源/免费/免费增值/广告支持/商业]」 (eval/blind/round6).  Chinese prose sets off its own
  examples with （） or lists them with 、; an ASCII square bracket of options in a sentence is the template's.  Two
  options or more that are Chinese words (the text's own technical lists are Latin: [Android/iOS], [TLS/SSL/HTTPS]),
  three options or more or 等 inside the bracket (two with 等 after it are the text's own pair: 「发送[图片/视频]等消息」,
  tests/test_placeholder_review_precision.py); never a list of examples (如, 例如, 包括 first: 「[如IMEI/android
  ID/IDFA 等]」), a Markdown link or reference, a menu path (「前往[设置/隐私/权限管理]」, 「[设置/隐私]中关闭」), numbers,
  nor a bracket in code.  The spaced form 「[A / B / C 等]」 is `placeholder_storefront`'s;
- an English editing note to add a link, left in parentheses: "(insert link)", "(insert link here)", "(add link)",
  "(hyperlink to Terms of Service page)", "(link to be added)", "(URL TBD)".  Decided by the instruction's verb or its
  pending words, not by "link" alone: "(link to https://…)" is how plain text shows a link, "(external link)" or "(link
  opens in a new window)" a page's hint, and neither is reported.  (The Chinese 「（插入链接）」 is `placeholder_instruction`'s.)

(u53v, the session's audit) Neither is a language switcher in a bracket (「切换语言：[简体中文/繁體中文/English]」), a
control's English name after its Chinese one (「点击“添加链接 (Add link)”按钮」, 「“嵌入链接（Embed link）”功能」), nor a list of
what the reader may do, the link one item ("You may post content (add links, photos or videos)"), nor a feature named
after its verb ("(add link preview)").
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.language_names import only_language_names
from policylens.lazyre import lazy
from policylens.patterns import BRACKET_OPTION, SECURITY_MEASURE
from policylens.rules.context import Context, TextUnit, in_code

# (an option opens on a character that is neither a space nor a slash; no spaces round a slash: linear on pumped input)
_UNSPACED = lazy(rf"\[(?P<body>{BRACKET_OPTION}(?:[/／]{BRACKET_OPTION}){{1,8}})\](?![(\[:：])")
_CJK = lazy(r"[\u4e00-\u9fff]")
_ETC_INSIDE = lazy(r"等[ \t\u3000]*$")
_EXAMPLES = lazy(r"(?:如|例如|比如|包括|包含|诸如|諸如)")
# a menu path: a verb of going or tapping just before (前往, 进入, 点击, 打开), a place word after (「[…]中」), or a settings page as its first step
_NAV_BEFORE = lazy(r"(?:前往|进入|進入|点击|點擊|点选|點選|打开|打開|→|>|＞)[ \t\u3000]{0,2}$")
_NAV_FIRST = lazy(r"(?:系統|系统|手機|手机)?(?:設定|設置|设置|设定)|我的|個人中心|个人中心|首页|首頁|菜单|選單|功能表")
_NAV_AFTER = lazy(r"[ \t\u3000]{0,2}(?:中|里|裡|内|內|页面|頁面|菜单|選單|>|→)")
# (u53r2) the options a reader picks from, after a verb of choosing: 「发布时选择[公开/好友可见/仅自己可见]」
_CHOOSE_BEFORE = lazy(r"(?:选择|選擇|挑选|挑選|选定|選定|设为|設為|设置为|設置為|设定为|設定為|切换为|切換為|改为|改為)[ \t\u3000]{0,2}$")


# the `needs` of the scan below, made once (u56t: written in the call, a new lazy pattern compiled and bound at every scan)
_UNSPACED_NEEDS = lazy(r"[/／]")


def unspaced_choices(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of each bracket of Chinese choices with unspaced slashes."""
    for unit, start, end, m in ctx.scan(_UNSPACED, needs=_UNSPACED_NEEDS):
        body = m.group("body")
        options = [o.strip(" \t\u3000") for o in body.replace("／", "/").split("/")]
        if in_code(unit, start) or any(not o or o.replace(".", "").isdigit() for o in options):
            continue  # code, an empty option (a path), numbers
        if start > 0 and unit.text[start - 1] in "!]":
            continue  # an image's alt text, the second bracket of a reference
        if body[0] in "\"'“‘「『-" or body.strip().lower() in ctx.doc.link_labels or _EXAMPLES.match(body):
            continue  # a quoted string in a list (["技术/安全"]), a link's label, the text's own examples 「[如IMEI/android ID 等]」
        if sum(1 for o in options if _CJK.search(o)) < 2:
            continue  # [Android/iOS], [TLS/SSL/HTTPS]: technical names the text lists
        if only_language_names(body.replace("／", "/")):
            continue  # (u53v) a language switcher written in a bracket: 「切换语言：[简体中文/繁體中文/English]」
        if not (_ETC_INSIDE.search(body) or len(options) >= 3) or any(SECURITY_MEASURE.search(o) for o in options):
            continue  # [开启/关闭], 「发送[图片/视频]等消息」: two items; [数据加密/传输加密/存储加密]: measures named together
        if _NAV_BEFORE.search(unit.text, max(0, start - 6), start) or _NAV_FIRST.match(options[0]) or _NAV_AFTER.match(unit.text, end):
            continue  # a menu path: 「前往[设置/隐私/权限管理]」, 「[我的/设置/隐私]中关闭」
        if _CHOOSE_BEFORE.search(unit.text, max(0, start - 6), start):
            continue  # (u53r2) the choices a setting offers: 「选择[公开/好友可见/仅自己可见]」
        yield unit, start, end


# the note: an imperative to put a link in (insert / add / include / paste / embed … link or URL), "hyperlink" as a verb
# ("hyperlink to …"), or a link said to be pending (to be added, TBD); the rest of the parenthesis bounded and possessive
# (u53r2) not what the text tells its reader: a parenthesis naming "you" ("(add a link to any page you like)"), a link
# pending on a condition or a time ("(links will be updated as the list changes)", "(URLs will be provided on request)")
_EN_LINK_NOTE = lazy(
    r"[(（][ \t]{0,2}(?![^()（）\n]{0,80}?(?i:\byou\b))(?i:(?:please[ \t]+)?(?:insert|add|include|paste|embed)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:hyper)?(?:link|url)s?\b"
    r"|hyperlink(?:ed)?[ \t]+(?:to|here)\b(?![ \t]+(?:an?[ \t]+)?(?:external|another|third)|[^()（）\n]{0,80}+new[ \t]+(?:window|tab))"
    r"|(?:hyper)?(?:link|url)s?[ \t]+(?:(?:to[ \t]+be|will[ \t]+be)[ \t]+(?:added|inserted|provided|confirmed|updated)|tbd|tbc|pending)\b(?![ \t]+(?:as|when|if|once|on|upon|whenever|each|after)\b))"
    r"[^()（）\n]{0,80}+[)）]"
)

# what every note holds: its opening word right after the parenthesis (a cheap test of the whole text first)
_EN_LINK_NEEDS = lazy(r"[(（][ \t]{0,2}(?i:please|insert|add|include|paste|embed|hyperlink|link|url)")


# (u53v) not a note: a list of things the reader can do, the link one of them ("(add links, photos or videos)")
_ACTION_LIST = lazy(r"(?i:\b(?:links?|urls?)\b[ \t]{0,2}(?:[,，、/&]|(?:or|and)[ \t]))")
# (u53v) not a note: a control's English name after its Chinese name (「“添加链接 (Add link)”按钮」, 「嵌入链接（Embed
# link）功能」): the Chinese words for adding a link just before it, or a closing quote or a control's word just after it
_ZH_LINK_ACTION = lazy(r"(?:添加|插入|嵌入|加入|新增|附加|粘贴|粘貼|貼上|复制|複製)(?:超)?(?:链接|鏈接|連結|連接|网址|網址)[ \t]{0,2}$")
# (u53v) after "insert/add … link", a note goes on with its place or aim ("here", "to …", "in the footer") or ends; another
# noun makes it a feature's name: "(add link preview)", "(insert link button)"
_VERB_LINK = lazy(r"(?i:(?:insert|add|include|paste|embed)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:hyper)?(?:link|url)s?\b)")
_NOTE_GOES_ON = lazy(
    r"[ \t]{0,2}(?:[)）.:：;,，]|(?i:(?:here|there|to|for|in|on|at|into|from|below|above|when|once|later|after|before|if"
    r"|tbd|tbc|please|that|which|as|pointing|linking)\b))"
)
_CONTROL_AFTER = lazy(r"[ \t]{0,2}(?:[”」』\"']|按钮|按鈕|按键|按鍵|功能|选项|選項|图标|圖示|菜单|選單)")


def en_link_notes(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of each English editing note asking for a link."""
    for unit, start, end, m in ctx.scan(_EN_LINK_NOTE, needs=_EN_LINK_NEEDS):
        if in_code(unit, start) or _ACTION_LIST.search(m.group(0)):
            continue
        verb = _VERB_LINK.search(m.group(0))
        if verb is not None and not _NOTE_GOES_ON.match(m.group(0), verb.end()):
            continue  # a feature's name: "(add link preview)"
        if _ZH_LINK_ACTION.search(unit.text, max(0, start - 8), start) or _CONTROL_AFTER.match(unit.text, end):
            continue  # a control's English name: 「添加链接 (Add link)」, 「“嵌入链接（Embed link）”功能」
        yield unit, start, end


def choice_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above."""
    yield from unspaced_choices(ctx)
    yield from en_link_notes(ctx)
