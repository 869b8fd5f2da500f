"""Slot forms of `placeholder-instruction` from shop platforms' policy templates (issue #11, fifty-second session, u52p,
after eval/blind/round51e's misses; not blind).  Each form has constructed variants both ways in
`tests/test_u52p_placeholders.py`:

- a platform's default notice that the store is still being built and its policy not yet updated, and the template's
  instruction to the merchant, published as the policy (SHOPLINE: 「商店建置中,以下資訊為尚未更新,實際政策仍需與商家聯繫
  確認。」, 「在發佈如下政策之前,您應該諮詢獨立的法律意見。您應仔細閱讀SHOPLINE以下提供的資訊,並根據您的實際需要修改,刪除或添加
  …」; its Simplified wording; its English edition "This Store is still under preparation, the following information shall
  not be accurate or updated…", "You should also consult independent legal advice before publishing these agreements.").
  A closed set of the template's sentences, each anchored on words a shop's own policy never writes to its customers
  (商店建置中 with 尚未更新; 在發佈如下政策之前; 根據您的實際需要修改…刪除或添加; "before publishing these agreements";
  "modify, delete or add").  Not a shop's own notice 「商店建置中，敬請期待」 (no policy said to be out of date), nor
  「本公司得依實際需要修改本政策」 (the operator's right to amend, no 刪除或添加 by the reader), nor the reader's own records
  「您可以根據您的實際需要修改、刪除或添加您的收貨地址」 (review u52r: the template's words go on to its terms or stop).  One finding a paragraph;
- a template's bracketed choices left for the merchant to pick from, in a sentence: 「我們接受 [Visa / Mastercard / 轉數快 /
  PayMe / 支付寶HK 等]。」, 「我們提供 [順豐速運 / 香港郵政 / 門市自取] 等送貨方式」, "We ship by [SF Express / Hongkong Post]":
  options set off by spaced slashes, with 等 / "etc." inside or right after the bracket, or three options or more.
  Not a list of examples the text gives in brackets ([如IMEI/android ID/IDFA 等]), a Markdown link ([A / B](https://…)),
  a reference with its definition, a check box, a bracket of unspaced options ([Android/iOS], [是/否] —
  `placeholder_forms`'s where a cell or a value), numbers ([1/2]), a bracket in code, nor security measures named
  together (`patterns.SECURITY_MEASURE`: [数据加密 / 传输加密 / 存储加密]);
- a bracketed label naming a link that is not there: 「詳情請參閱 [送貨政策連結]」, 「请点击[退款政策链接]」, "see [Shipping
  Policy link]" (a bracket whose words end in 連結, 链接, 鏈接, 網址, 网址, link or URL), not a Markdown link or a reference
  with its definition, a list of items or a step of a menu path (「[朗讀程式] > [取得影像描述、頁面標題和熱門連結]」), nor a
  bare 「[連結]」 / "[link]", nor any in Word, whose reader keeps no sign of the link on its text; in HTML only
  outside every <a>'s text (the reader records each link's text: u53p); nor a control named by its action on a link,
  「点击[复制链接]」, "[Share link]" (u53v).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import BRACKET_OPTION, SECURITY_MEASURE, URL_START
from policylens.rules.context import Context, TextUnit, in_code

# --- a shop platform's default notice and its instruction to the merchant ------------------------------------------

_NOTICE = lazy(
    # the store being built, its policy not yet updated (Traditional, Simplified)
    r"商店(?:建置|建設|建设|籌備|筹备)中[ \t\u3000]*[,，、]?[^。\n]{0,20}?(?:尚未更新|未更新)"
    # the instruction to the merchant: before publishing, consult; modify, delete or add as you need
    r"|在(?:發佈|發布|发布)如下政策之前"
    r"|(?:根據|根据)(?:您|你)的(?:實際|实际)需要(?:修改|修訂|修订)[,，、]?[ \t\u3000]*(?:刪除|删除)(?:或|和|及)(?:添加|增加|新增)"
    # (review u52r) what is modified is the template's terms (「…添加所有和任何條款及內容」, 「…添加所有条款」) or nothing named, not
    # the reader's own records (「您可以根據您的實際需要修改、刪除或添加您的收貨地址」: an account's addresses)
    r"(?:(?:所有|任何|和|及|與|与|相關|相关|以下|上述|本|此)*+(?:條款|条款|內容|内容|政策|範本|范本|條文|条文)|(?=[ \t\u3000]*+(?:[。，,；;…]|$)))"
    r"|(?:您|你)(?:應|应)(?:仔細|仔细)(?:閱讀|阅读)[ \t\u3000]*SHOPLINE[ \t\u3000]*以下提供的(?:資訊|信息|资讯)"
    r"|(?i:\bthis\s+store\s+is\s+still\s+under\s+preparation\b"
    r"|\b(?:consult|seek)\s+independent\s+legal\s+advice\s+before\s+publishing\s+th(?:ese|is|is\s+policy|e\s+following)"
    r"|\bread\s+the\s+generated\s+information\s+with\s+care\s+and\s+modify,?\s+delete\s+or\s+add\b)"
)
_NOTICE_NEEDS = lazy(r"商店|如下政策|需要修|SHOPLINE|(?i:store|independent|generated)")
# a sentence's end (the finding runs to it)
_SENTENCE_END = lazy(r"[。！？!?]|\.(?=\s|$)")


def _notice_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    reported: set[int] = set()  # id(unit): one finding a paragraph
    for unit, start, _, _ in ctx.scan(_NOTICE, needs=_NOTICE_NEEDS):
        if id(unit) in reported or in_code(unit, start):
            continue
        reported.add(id(unit))
        m = _SENTENCE_END.search(unit.text, start)
        yield unit, start, m.end() if m else len(unit.text.rstrip())


# --- a template's bracketed choices and link labels ----------------------------------------------------------------

# (an option opens on a character that is no space, and the spaces round a slash are possessive: linear on pumped input)
_CHOICES = lazy(
    rf"\[[ \t\u3000]*+(?P<body>{BRACKET_OPTION}(?:[ \t\u3000]*+[/／][ \t\u3000]*+{BRACKET_OPTION}){{1,8}})[ \t\u3000]*+\](?![(\[:：])"
)
_ETC_AFTER = lazy(r"[ \t\u3000]{0,2}(?:等|(?i:etc\b|and\s+so\s+on|or\s+others?\b))")
_ETC_INSIDE = lazy(r"(?:等|(?i:\betc\.?))[ \t\u3000]*$")
# the template's style: options set off by spaced slashes (「[順豐速運 / 香港郵政 / 門市自取]」); not a list of examples the
# text gives in brackets (「[如IMEI/android ID/IDFA/OPENUDID/GUID 等]」, eval/precision38 reducedradius)
_SPACED_SLASH = lazy(r"[ \t\u3000][/／][ \t\u3000]")
_EXAMPLES = lazy(r"(?:如|例如|比如|包括|包含|(?i:e\.g\.|such\s+as|including))")
# (review u52r) a menu path written with slashes: 「前往 [設定 / 隱私權 / 定位服務] 關閉」 (a verb of going or tapping just
# before the bracket: `placeholder_instruction.named_control`), "go to [Settings / Privacy / Location]", or a settings
# page as its first step ("in [Settings / Privacy / Location Services]")
_NAV_EN_BEFORE = lazy(r"(?i:\b(?:go[ \t]+to|navigate[ \t]+to|open|tap|click|select))[ \t]{0,3}$")
_NAV_FIRST = lazy(r"(?:系統|系统|手機|手机)?(?:設定|設置|设置|设定)|我的|個人中心|个人中心|(?i:settings|preferences|my[ \t]+account)\Z")
# a link's label is one name: not a list of items (「[取得影像描述、頁面標題和熱門連結]」, a setting of Windows), a
# description of a control (「[诸如“帮助中心”链接]」, `placeholder_instruction`'s control hint), nor a step
# of a menu path (「[朗讀程式] > [取得影像描述…]」, eval/precision28 mstw), nor terms listed by slashes ("[TLS/SSL/HTTPS
# URL]", u52g's negative case: the lead's merge of u52p and u52g)
_LIST_WORDS = lazy(r"[、，,“”「」\"'/／]|和|及|與|与|诸如|諸如|类似|類似|例如|比如|(?i:\band\b|such\s+as|e\.g\.)")
_MENU_STEP = lazy(r"[>›→»＞][ \t\u3000]*$")
# (u53v) a control the reader taps, named in brackets: a label opening on an action on the link (「点击[复制链接]」,
# 「选择 [生成分享链接]」, "tap [Copy link]") — not the link itself (「请点击[退款政策链接]」 is one left unfilled)
_ACTION_LABEL = lazy(r"(?:复制|複製|拷贝|拷貝|生成|分享|获取|獲取|发送|發送|打开|打開|(?i:(?:copy|share|generate|get|send|open)\b))")
# the address a link label's line gives right after it (the label is a run-in label, its value there)
_VALUE_AFTER = lazy(rf"[ \t\u3000]{{0,3}}(?:[:：][ \t\u3000]{{0,3}})?(?:{URL_START})", re.I)
# (the HTML reader's cap: `load.html.tags._MAX_LINKS`; past it only template-like targets are kept)
_MAX_RECORDED_LINKS = 5_000
_LINK_LABEL = lazy(
    r"\[[ \t\u3000]*(?P<label>[^\[\]\n()（）]{2,16}?(?:連結|链接|鏈接|網址|网址|(?i:\blink|\burl)))[ \t\u3000]*\](?![(\[:：])"
)


# the `needs` of the scan below, made once (u56t: written in the call, a new lazy pattern compiled and bound at every scan)
_CHOICES_NEEDS = lazy(r"[/／]")


def _choices(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    from policylens.rules.placeholder_instruction import named_control

    for unit, start, end, m in ctx.scan(_CHOICES, needs=_CHOICES_NEEDS):
        body = m.group("body")
        options = [o.strip(" \t\u3000") for o in body.replace("／", "/").split("/")]
        if in_code(unit, start) or any(not o or o.replace(".", "").isdigit() for o in options):
            continue  # code, an empty option (a path), numbers ([1/2])
        if body.strip().lower() in ctx.doc.link_labels:
            continue
        if not _SPACED_SLASH.search(body) or _EXAMPLES.match(body):
            continue  # [Android/iOS], [如IMEI/android ID/IDFA 等]: a list the text names, not a template's choice
        etc = _ETC_INSIDE.search(body) is not None or _ETC_AFTER.match(unit.text, end) is not None
        if not (etc or len(options) >= 3) or any(SECURITY_MEASURE.search(o) for o in options):
            continue
        if (
            named_control(unit.text, start, end)
            or _NAV_EN_BEFORE.search(unit.text, max(0, start - 16), start)
            or _NAV_FIRST.match(options[0])
        ):
            continue  # a menu path: 「前往 [設定 / 隱私權 / 定位服務]」
        yield unit, start, end


def _link_labels(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    fmt = ctx.doc.source.format
    if fmt not in ("text", "markdown", "html"):
        return  # Word keeps no sign of a link on its text: 「[送貨政策連結]」 may be one
    # (u53p) an HTML page's reader records each <a>'s text (`Document.links`): a label inside one is the link's own text
    # (「<a href=…>[送貨政策連結]</a>」); past the reader's cap of recorded links nothing is known, and nothing reported
    linked = [text for _, _, text in ctx.doc.links] if fmt == "html" else []
    if fmt == "html" and len(linked) >= _MAX_RECORDED_LINKS:
        return
    for unit, start, end, m in ctx.scan(_LINK_LABEL, needs="["):
        if in_code(unit, start) or m.group("label").strip().lower() in ctx.doc.link_labels:
            continue
        if linked and any(m.group("label").strip() in text for text in linked):
            continue  # the text of a link the page has
        if _VALUE_AFTER.match(unit.text, end):
            continue  # (u53p, eval/dev22p qatime) 「[登录网址] http://www.qatime.cn」: a label with its address after it
        if start > 0 and unit.text[start - 1] in "!]":
            continue  # an image's alt text, the second bracket of a reference
        if _LIST_WORDS.search(m.group("label")) or _MENU_STEP.search(unit.text, max(0, start - 4), start):
            continue  # a list of items, a step of a menu path
        if _ACTION_LABEL.match(m.group("label").strip()):
            continue  # (u53v) a control: 「点击[复制链接]」, 「[生成分享链接]」
        if unit.text[end : end + 4].lstrip(" \t\u3000*")[:1] in (">", "›", "→", "»", "＞"):
            continue  # the first step of a menu path
        yield unit, start, end


def storefront_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above."""
    yield from _notice_slots(ctx)
    yield from _choices(ctx)
    yield from _link_labels(ctx)
