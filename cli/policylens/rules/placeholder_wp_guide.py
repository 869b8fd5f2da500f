"""Slot forms of `placeholder-instruction` from WordPress's privacy-policy guide and site-address stand-ins (issue #11,
fifty-first session, u51p2, after eval/blind/round51d's misses; not blind).

WordPress (`wp-admin/includes/class-wp-privacy-policy-content.php`) offers a site owner a privacy-policy guide: its
tutorial paragraphs speak to the owner ("In this section you should note your site URL…") and its suggested paragraphs
open with a label ("Suggested text:") that is meant to go before publishing.  Pages publish the guide as is.  Each form
has constructed variants both ways in `tests/test_u51p2_placeholders.py`:

- the guide's instructions to the owner, a closed set of its sentences in its zh_CN wording (「在此章节中您应当写出您的站点
  URL…」, 「您应该在下面加入有关的信息。」), their Traditional-script forms and the English source ("In this section you
  should…", "You should add the relevant information below.").  The anchors (在此章节中您应当, In this (sub)section you
  should) are the guide's own; the guide's other sentences (您也应该表明…, You should also note…) are general words, so
  they count only in a text that holds an anchor or a suggested-text label.  One finding a paragraph;
- the suggested-text label left before the text it introduces, opening its paragraph or one of its source lines (a
  text file's lines joined: 「Media」 ⏎ 「建议文本:…」): 「推荐的文本:」, 「建议文本:」,
  「建議內容:」, "Suggested text:" (a closed set of the guide's translations), in a text that shows the guide: an anchor,
  the guide's Gravatar paragraph, or two labels of its own (推荐的文本, Suggested text; not 建議內容 or 建議文字, a UI's
  and a tip's words too).  Not a table's column 「| 欄位 | 建議內容 |」, a lead-in to a list 「建議內容：」 alone on its
  line, nor a site's own tips 「建议内容：定期更换密码」 in a text with no sign of the guide;
- the guide's site address left empty: 「我们的站点地址是:」, 「我们的站点地址是 Our site address is:」, "Our website
  address is: ." — the whole paragraph, its value neither after it nor on the next paragraph;
- a development address as the site's or contact's address: 「我们网站的地址是: Http://localhost/songa。」,
  「網站網址：http://127.0.0.1:8080」, 「官网：https://shop.local」 (localhost, a loopback IP, a .local or .test host), after
  a site-address or contact label.  Not a developer's `http://localhost:3000` in a code span or a sentence with no
  such label (a README's 访问 http://localhost:3000 查看);
- a bracketed site or company name followed by its definition's parenthesis, 「[网站名称](以下简称“本网站”)」, or by the
  short name alone in quotes, 「[公司名称](“我们”)」 (fifty-second session, u52g: a generator's sample): Markdown
  would read a link, but the "target" is Chinese prose, not a URL; and such a name opening its line before 的 or its
  definition or its service (「欢迎使用\\n[网站名称]的服务」, 「[公司名称]提供的服务」).  Not 「[隐私政策](https://…)」 nor 「[网站名称]：https://…」, a label.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from policylens.lazyre import lazy
from policylens.patterns import URL_START
from policylens.rules.context import Context, TextUnit, in_code

# --- the guide's instructions to the site owner --------------------------------------------------------------------

# the anchors: the guide's own opening words, never a policy's (在此章节中您应当…, In this subsection you should…)
_ANCHOR = lazy(
    r"在此(?:小)?(?:章节|章節|节|節|部分)中?[ \t]?(?:您|你)(?:应当|應當|应该|應該|应|應)"
    r"|\bIn\s+this\s+(?:sub)?section\s+you\s+should\b"
)
# the guide's other sentences to the owner, read only beside an anchor or a label (zh_CN wording, its Traditional form,
# the English source)
_COMPANION = lazy(
    r"此(?:章节|章節)中需要的(?:信息|資訊)多少"
    r"|(?:您|你)也(?:应该|應該|应当|應當)(?:留下|表明|写出|寫出|列出)"
    r"|(?:您|你)也需要表明"
    r"|(?:您|你)(?:应该|應該|应当|應當)在下面加入有关的(?:信息|資訊)|(?:您|你)(?:应该|應該)在下面加入有關的(?:信息|資訊)"
    r"|这里的说明必须指出|這裡的說明必須指出"
    r"|\bYou\s+should\s+also\s+note\b|\byou\s+need\s+to\s+note\s+why\s+you\s+collect\b"
    r"|\bYou\s+should\s+add\s+the\s+relevant\s+information\s+below\b|\buse\s+this\s+subsection\s+to\s+note\b"
    r"|\badd\s+information\s+from\s+that\s+plugin\s+here\b"
    r"|\bThe\s+amount\s+of\s+information\s+you\s+may\s+be\s+required\s+to\s+show\b"
    r"|\byou\s+should\s+describe\s+how\s+you\s+ensure\s+that\s+these\s+standards\b"
    r"|\byou\s+should\s+note\s+the\s+following\s+information\s+in\s+your\s+privacy\s+policy\b"
)
# the suggested-text label, opening its paragraph (bold or a bullet before it), then its text on the same line
_LABEL = lazy(
    r"^[ \t\u3000*_>•·-]*(?P<label>推荐的文本|推薦的文本|建议的文本|建議的文本|建议文本|建議文本|建议内容|建議內容|建議文字|推薦文字"
    r"|(?i:suggested\s+text))[ \t\u3000]*+(?:[*_]++[ \t\u3000]*+)?[:：][*_]*[ \t\u3000]*+(?=\S)"
)
# any label's word, before `_LABEL` is tried at each line start of a unit
_LABEL_WORD = lazy(r"文本|內容|内容|文字|(?i:suggested)")
_COMMON_LABELS = frozenset({"建议内容", "建議內容", "建議文字"})
# the guide's sign in a text: its Gravatar paragraph (every translation keeps the names)
_GUIDE_SIGN = lazy(r"Gravatar|automattic\.com|WordPress")
# a sentence's end (the finding runs to it)
_SENTENCE_END = lazy(r"[。！？!?]|\.(?=\s|$)")


def _sentence_end(text: str, start: int) -> int:
    m = _SENTENCE_END.search(text, start)
    return m.end() if m else len(text.rstrip())


def _line_starts(unit: TextUnit) -> Iterator[int]:
    """The offsets in `unit.text` where a source line starts: the unit's start, after a kept line break, and each piece
    of a paragraph that starts on a later line than the piece before it (a text file's lines joined with no blank line)."""
    yield 0
    text = unit.text
    at = text.find("\n")
    while at != -1:
        yield at + 1
        at = text.find("\n", at + 1)
    pieces = unit.paragraph.pieces if unit.paragraph is not None else ()
    for before, piece in pairwise(pieces):
        if piece.line > before.line and 0 < piece.offset < len(text):
            yield piece.offset


def _labels(unit: TextUnit) -> Iterator[tuple[str, int, int]]:
    """(label, start, end) of each suggested-text label opening `unit` or one of its source lines (u52p2: 「Media」 ⏎
    「建议文本:如果您…」 in a text file is one paragraph, eval/blind/round52d mockr-zh-en-txt)."""
    text = unit.text
    if not _LABEL_WORD.search(text):
        return
    for at in sorted(set(_line_starts(unit))):
        m = _LABEL.match(text[at : at + 80])
        if m is not None:
            yield m.group("label"), at + m.start("label"), at + len(m.group(0).rstrip())


def _guide_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    anchors = [(unit, start) for unit, start, _, _ in ctx.scan(_ANCHOR) if not in_code(unit, start)]
    # only the units holding a label's word, found by one scan (the memo's) instead of a search of every unit (issue #11)
    worded = {id(unit) for unit, _, _, _ in ctx.scan(_LABEL_WORD)}
    labels = [(unit, *found) for unit in ctx.units() if unit.kind == "paragraph" and id(unit) in worded for found in _labels(unit)]
    labels = [(unit, label, start, end) for unit, label, start, end in labels if not in_code(unit, start)]
    # two of the guide's own labels (推荐的文本, Suggested text) show it; 建议内容 / 建議內容 / 建議文字 are also a UI's and a
    # tip's words, so they need the guide's Gravatar paragraph or an anchor
    own = [label for _, label, _, _ in labels if label not in _COMMON_LABELS]
    shown = bool(anchors) or len(own) >= 2 or (bool(labels) and any(_GUIDE_SIGN.search(u.text) for u in ctx.units()))
    if not shown:
        return
    spans: dict[tuple[int, int], tuple[TextUnit, int, int]] = {}  # (id(unit), start) → a finding: one a label
    for unit, _, start, end in labels:
        spans[(id(unit), start)] = (unit, start, end)
    labelled = {key for key, _ in spans}
    found = [(unit, start) for unit, start in anchors]
    found += [(unit, start) for unit, start, _, _ in ctx.scan(_COMPANION) if not in_code(unit, start)]
    for unit, start in found:
        if id(unit) not in labelled:  # one finding a paragraph without a label
            labelled.add(id(unit))
            spans[(id(unit), start)] = (unit, start, _sentence_end(unit.text, start))
    yield from spans.values()


# --- the site's address left empty ---------------------------------------------------------------------------------

_EMPTY_ADDRESS = lazy(
    r"(?<![ \t\u3000*_#>-])[ \t\u3000*_#>-]*+(?:(?:我们|我們|本)的?(?:站点|站點|网站|網站)的?(?:地址|网址|網址|URL|域名)(?:是|为|為)?"
    r"(?:[ \t\u3000]*[:：])?(?:[ \t\u3000]*(?i:our\s+(?:web)?site\s+address\s+is)[ \t]*:?)?"
    r"|(?i:our\s+(?:web)?site\s+address\s+is)[ \t]*:?)[ \t\u3000*_]*+[.。]?[ \t\u3000]*"
)
# a value given on the next paragraph instead: a URL, a host or an address
_VALUE_START = lazy(r"(?<![ \t\u3000*_>A-Za-z0-9-])[ \t\u3000*_>-]*+(?:" + URL_START + r"|(?:[A-Za-z0-9-]++|(?<=-))(?:\.[A-Za-z0-9-]+)+)")


# the guide's section that follows its site address (WordPress 4.9.6 to 6.x, zh_CN and English): no value
_GUIDE_NEXT = lazy(
    r"(?<![ \t\u3000*_#>-])[ \t\u3000*_#>-]*+(?:评论|評論|(?i:comments)\b|我们收集何种|我們收集何種|(?i:what\s+personal\s+data)\b|媒体|媒體)"
)
_SENTENCE_MARK = lazy(r"[。！？；，,;!?]|\.(?=\s|$)")


def _named_value(unit: TextUnit) -> bool:
    """Whether `unit` is a short line, no sentence and no heading of the guide, that names the address (a link's text)."""
    text = unit.text.strip()
    return unit.kind == "paragraph" and 0 < len(text) <= 40 and _SENTENCE_MARK.search(text) is None and _GUIDE_NEXT.match(text) is None


def _empty_addresses(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    units = [u for u in ctx.units() if u.kind != "title"]
    for k, unit in enumerate(units):
        if unit.kind != "paragraph" or len(unit.text) > 60 or not _EMPTY_ADDRESS.fullmatch(unit.text):
            continue
        if in_code(unit, 0):
            continue
        following = units[k + 1].text if k + 1 < len(units) else ""
        if _VALUE_START.match(following):
            continue  # 我们的网站地址是：\nhttps://…: the value on its own line
        if units[k + 1 :] and _named_value(units[k + 1]):
            continue  # (review u51r2) the value as a link's name on the next line: 「[星河官方网站](https://…)」
        text = unit.text.strip(" \t\u3000*_#>-")
        start = unit.text.index(text)
        yield unit, start, start + len(text)


# --- a development address as the site's address -------------------------------------------------------------------

_DEV_HOST = lazy(
    r"(?:(?<![A-Za-z0-9-])(?<![A-Za-z0-9-]\.)|(?=(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?![A-Za-z0-9-]|\.[A-Za-z0-9])))"
    r"(?i:" + URL_START + r")?(?P<host>localhost|127\.0\.0\.1|0\.0\.0\.0|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:local|test|localhost))"
    r"(?![A-Za-z0-9-]|\.[A-Za-z0-9])(?::[0-9]{2,5})?(?:/[A-Za-z0-9._~%/-]*)?"
)
# the label of a site's or a contact's address just before, then the value's place: 是, 为, a colon (「搜尋你的網站（或
# localhost）」 names a host the reader types, no value of a label)
_SITE_LABEL = lazy(
    r"(?:站点|站點|网站|網站|本站|官网|官網|网址|網址|域名|主页|主頁|首页|首頁|联系|聯絡|聯繫|邮箱|郵箱|信箱|地址|链接|鏈接|連結)"
    r"[^。！？\n（(]{0,6}?(?:是|为|為|[:：])[ \t\u3000]*$"
    r"|(?i:\b(?:website|site|homepage|url|address|contact|e-?mail)\b[^.\n(]{0,16}(?:\bis|:)[ \t]*$)"
)


# the `needs` of the scan below, made once (u56t: written in the call, a new lazy pattern compiled and bound at every scan)
_DEV_HOST_NEEDS = lazy(r"localhost|127\.0\.0\.1|0\.0\.0\.0|\.local|\.test")


def _dev_addresses(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for unit, start, end, m in ctx.scan(_DEV_HOST, needs=_DEV_HOST_NEEDS):
        if in_code(unit, start):
            continue
        if m.group(0)[:1] not in "Hhw" and unit.text[max(0, start - 1) : start] == "@":
            continue  # an e-mail's host: `placeholder-instruction`'s reserved hosts
        if start > 0 and (unit.text[start - 1].isalnum() or unit.text[start - 1] in "./@-_"):
            continue  # part of a longer host or a path
        if not _SITE_LABEL.search(unit.text, max(0, start - 24), start):
            continue
        if not m.group(0).startswith(("h", "H", "w", "W")) and ":" not in m.group(0)[len(m.group("host")) :]:
            continue  # a bare host with no scheme or port: a name the text may mention, not a URL given as the value
        yield unit, start, end


# --- a bracketed name slot before its definition's parenthesis -----------------------------------------------------

_NAME_SLOT = lazy(
    r"\[[ \t]*(?:网站|網站|站点|站點|平台|公司|企业|企業|应用|應用|App|APP|产品|產品|小程序|服务|服務|品牌|运营者|運營者|主体|主體"
    r"|开发者|開發者|运营方|運營方|商店|店铺|店鋪)"
    r"(?:全称|全稱)?(?:名称|名稱|全称|全稱)[ \t]*\]"
    # (the definition's parenthesis — 以下简称…, or the short name itself in quotes, 「[公司名称](“我们”)」 —, 的, or
    # 提供 / 运营 of its service: never how a name value starts; not 将 or 是, which may:
    # `placeholder_instruction.slots._PREDICATE`)
    r"(?=[(（][ \t]*(?:以下|下称|下稱|简称|簡稱|[“「『\"‘])|的|提供|运营|運營)"
)


# the same in English: a name slot before the parenthesis that defines its short name, 「[Company Name]("we", "us")」
# (its name word then Name, or Your before it; not [Company](https://…), a link)
_EN_NAME_SLOT = lazy(
    r"\[[ \t]*(?:(?i:your)[ \t]+)?(?i:company|app|application|website|site|business|store|shop|product|service|developer"
    r"|operator|brand)(?:[ \t]+(?i:legal[ \t]+)?(?i:name))?[ \t]*\](?=\([ \t]*(?:[\"“‘]|(?i:hereinafter)\b))"
)


def _name_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for pattern in (_NAME_SLOT, _EN_NAME_SLOT):
        for unit, start, end, _ in ctx.scan(pattern, needs="["):
            if in_code(unit, start):
                continue
            if pattern is _EN_NAME_SLOT and " " not in unit.text[start:end].strip("[] \t"):
                continue  # 「[Company]("Acme")」: one word may be a defined term's label; keep … Name, Your …
            yield unit, start, end


def wp_guide_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above."""
    yield from _guide_slots(ctx)
    yield from _empty_addresses(ctx)
    yield from _dev_addresses(ctx)
    yield from _name_slots(ctx)
