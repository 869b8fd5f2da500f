"""Slot forms of `placeholder-instruction` from the templates site builders and policy generators ship (issue #11,
fifty-second session, u52g, after `eval/templates52`; not blind).

Each form has constructed variants both ways in `tests/test_u52g_template_slots.py`:

- a policy's version left as its slot: 「版本号:[版本号]」, 「版本：【版本號】」, "Version: [Version Number]", a
  half-width 「[版本号]」 anywhere (a generator's sample: 「隐私政策 版本号:[版本号] 生效日期:[YYYY-MM-DD]」).  In
  full-width brackets only after a version label (【版本号】 alone may be a heading's emphasis, 「【版本号】V1.2」 a
  label with its value); never a link's text, 「[版本](https://…)」, nor a label, 「[版本号]：V1.2」, nor a menu step or a
  control the reader taps (「[我的] > [设置] > [版本]」, 「点击 [版本号]」; review u52r);
- a site builder's guide to writing a policy published as the policy: Wix's legal pages ship "The explanations and
  information provided on this page are only general and high-level explanations and information on how to write
  your own document of a Privacy Policy…" and sites publish it as their policy.  The guide's anchor is the owner's
  *own* document named as what the page teaches to write or create: "how to write your own (document of a) Privacy
  Policy", "the creation of your own Privacy Policy", 「如何撰寫您自己的隱私權政策」, 「撰写您自己的隐私政策文件」.  One
  finding a paragraph, on its first such sentence.  Not "you may write to us", "your own data", nor 「您可以自行決定」: no policy named as the
  reader's own to write;
- a template's note on when to include a part, left in: Shopify's legacy policy template ships
  "[[INCLUDE IF USING REMARKETING OR TARGETED ADVERTISING]]" and "[[INCLUDE FOLLOWING SECTION IF YOUR STORE IS LOCATED
  IN … EUROPE]]" (its Chinese editions translate the notes, 「[如果使用再营销或定向广告则包括]」); 「【如適用則包含此部分】」.
  The bracket opens on the condition (Include if / following / this section; 如果, 若) and, in Chinese, closes on the
  include verb.  Not a link's text, nor 「[如需退货，请包括订单号]」 (what to write in a message);
- a purpose a form's field fills, rendered empty: 「开发者收集你的地址，用于。」, WeChat's guide 「为了，开发者将在获取你的
  明示同意后…」, "we collect your e-mail address, used for ."  Not 「用于：」 (a list follows), 「不適用於，」 or 「這是為了，」
  (a translation's comma), "what it is used for." (the sentence ends on its preposition).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.rules.context import Context, TextUnit, in_code

# --- a version slot -------------------------------------------------------------------------------------------------

_VERSION_NOUN = r"(?:(?:政策|协议|協議)?(?:版本号|版本號|版本编号|版本編號|版本)|(?i:version(?:[ \t]+(?:number|no\.?))?))"
# a half-width bracket holding the version noun alone (not a link's text before `(` or a reference `[1]`, not a label
# before a colon, nor a label with its value after it: 「[版本] 3.0」, 「[版本号] V2.1.0」, u52v)
_VERSION_HALF = lazy(rf"\[[ \t]*{_VERSION_NOUN}[ \t]*\](?![(\[:：]|[ \t\u3000]{{0,2}}[Vv]?[0-9])")
# a full-width (or half-width) bracket after a version label: 版本号：【版本号】, Version: [Version Number]
_VERSION_AFTER_LABEL = lazy(
    r"(?:版本号|版本號|版本编号|版本編號|版本|(?i:version(?:[ \t]+(?:number|no\.?))?))[ \t\u3000]*[:：][ \t\u3000]*"
    rf"(?P<slot>[【［\[][ \t]*{_VERSION_NOUN}[ \t]*[】］\]])"
)

_COLON = lazy(r"[:：]")


def _version_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    from policylens.rules.placeholder_instruction import menu_path_end, named_control

    seen: set[tuple[int, int]] = set()
    for unit, start, end, m in ctx.scan(_VERSION_AFTER_LABEL, needs=_COLON):
        s, e = start + (m.start("slot") - m.start()), end
        if not in_code(unit, s):
            seen.add((id(unit), s))
            yield unit, s, e
    for unit, start, end, _ in ctx.scan(_VERSION_HALF, needs="["):
        text = unit.text[start:end]
        if text[1:].lstrip(" \t")[:1].isascii() and not _EN_VERSION_SLOT.fullmatch(text):
            continue  # [Version] alone may be a changelog's or a form's label; an English one only as "Version Number"
        if (id(unit), start) in seen or in_code(unit, start):
            continue
        if named_control(unit.text, start, end) or menu_path_end(unit.text, start):
            continue  # (review u52r) a menu step or a control: 「[我的] > [设置] > [版本]」, 「点击 [版本号]」, 「设置-关于-[版本号]」 (u53p)
        yield unit, start, end


# an English version slot that names the number: [Version Number], [version no.]
_EN_VERSION_SLOT = lazy(r"(?i)\[[ \t]*version[ \t]+(?:number|no\.?)[ \t]*\]")

# --- a site builder's guide to writing a policy -------------------------------------------------------------------

_DOC_EN = (
    r"(?i:privacy[ \t]+(?:policy|notice|statement)|terms(?:[ \t]+(?:and|&)[ \t]+conditions|[ \t]+of[ \t]+(?:use|service))"
    r"|cookie[ \t]+policy|refund[ \t]+policy|return[ \t]+policy|shipping[ \t]+policy|accessibility[ \t]+statement)"
)
_DOC_ZH = (
    r"(?:隱私權政策|隐私权政策|隱私政策|隐私政策|私隱政策|隱私權聲明|隐私声明|隱私聲明|私隱聲明|服務條款|服务条款|使用條款|使用条款"
    r"|條款及細則|条款及细则|退款政策|退貨政策|退货政策|運送政策|配送政策|Cookie[ \t]?政策)"
)
_GUIDE = lazy(
    r"\b(?i:how[ \t]+to[ \t]+(?:write|create|draft)|(?:the[ \t]+)?(?:creation|drafting|writing)[ \t]+of)[ \t]+your[ \t]+own"
    rf"[ \t]+(?:(?i:document[ \t]+of[ \t]+(?:a|an|the)|documents?[ \t]+of)[ \t]+)?{_DOC_EN}"
    r"|(?:撰寫|撰写|編寫|编写|制定|擬定|拟定|草擬|草拟|建立|撰擬|撰拟)(?:您|你)(?:自己|自行撰寫)的"
    rf"[ \t]?{_DOC_ZH}"
)
# (what every guide hit holds, to pick the units to scan)
_GUIDE_NEEDS = lazy(r"(?i:own)|自己")
_SENTENCE_END = lazy(r"[。！？!?]|\.(?=\s|$)")
_SENTENCE_START = lazy(r"(?:[。！？!?]|\.(?=\s))[ \t\u3000]*")


def _guide_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    done: set[int] = set()
    for unit, start, _, _ in ctx.scan(_GUIDE, needs=_GUIDE_NEEDS):
        if in_code(unit, start):
            continue
        text = unit.text
        begin = 0
        for m in _SENTENCE_START.finditer(text, 0, start):
            begin = m.end()
        end = _SENTENCE_END.search(text, start)
        stop = end.end() if end else len(text.rstrip())
        if id(unit) in done:
            continue  # one finding a paragraph (Wix's disclaimer names the owner's own policy twice)
        done.add(id(unit))
        yield unit, begin + (len(text[begin:]) - len(text[begin:].lstrip())), stop


# --- a template's note on when to include a part ----------------------------------------------------------------------

# [[INCLUDE IF USING REMARKETING OR TARGETED ADVERTISING]], [Include the following section if …], [[INCLUDE LINKS TO OPT-OUT
# PAGES …]]: the template tells its user when to keep a part or what to add (never a link's text before `(`)
_INCLUDE_EN = lazy(
    r"\[[ \t]*(?i:include)[ \t]+(?i:if|only[ \t]+if|(?:the[ \t]+)?following|this[ \t]+(?:section|paragraph|part)"
    r"|links?[ \t]+to)\b"
    r"[^\[\]\n]{0,160}\](?!\()"
)
# [如果使用再营销或定向广告则包括], 【如適用則包含此部分】, [若您的商店位于欧洲，请保留以下部分]: the same in Chinese, the
# include verb closing the bracket (not 「[如需退货，请包括订单号]」, what to put in a message)
_INCLUDE_ZH = lazy(
    r"[\[【［][ \t]*(?:如果|如|若|倘若)[^\[\]【】［］\n]{0,40}?(?:[则則，,][ \t]*)?(?:[请請][ \t]*)?"
    r"(?:包括|包含|保留|加入|添加|插入|納入|纳入)(?:此|本|以下|下列|这|這|該|该)?"
    r"(?:一?(?:部分|段落|段|节|節|章节|章節|条款|條款|内容|內容))?[ \t]*[\]】］](?!\()"
)
# (what each form's hits hold, to pick the units to scan: one cue a pattern)
_INCLUDE_EN_NEEDS = lazy(r"(?i:include)")
_INCLUDE_ZH_NEEDS = lazy(r"包括|包含|保留|加入|添加|插入|納入|纳入")


def _include_notes(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for pattern, needs in ((_INCLUDE_EN, _INCLUDE_EN_NEEDS), (_INCLUDE_ZH, _INCLUDE_ZH_NEEDS)):
        for unit, start, end, _ in ctx.scan(pattern, needs=needs):
            if not in_code(unit, start):
                yield unit, start, end


# --- a purpose left empty -------------------------------------------------------------------------------------------

# 「开发者收集你的地址，用于。」, 「用於 。」: the purpose a form's field fills, rendered empty (not 用于：, a list's lead-in,
# nor 用于， — 「本政策並不適用於，我們…」 is a translation's clumsy comma, eval/precision40 bobuy-privacy-hk)
_PURPOSE_ZH = lazy(r"(?<![适適])(?:用于|用於)[ \t\u3000]*[。；;]")
# 「为了，开发者将在获取你的明示同意后…」: the WeChat 用户隐私保护指引 form's purpose left empty before its fixed words (为了
# and a comma alone are a translation's "so that," elsewhere: 「這是為了，移動應用程序可以…」, bobuy-privacy-hk)
_PURPOSE_WECHAT = lazy(r"(?:为了|為了)[ \t\u3000]*[，,][ \t\u3000]*(?=(?:开发者|開發者)(?:将|將))")
# "used for .", "for the purpose of ;": the English field rendered empty, a blank before the stop (not "what it is used
# for.", a sentence that ends on its preposition)
_PURPOSE_EN = lazy(r"\b(?i:used[ \t]+for|for[ \t]+the[ \t]+purposes?[ \t]+of)[ \t]+[.;](?=\s|$)")
# (what every hit of each holds, to pick the units to scan: the word and the mark after it, u53t; the word alone, 用于 or
# 为了, took most Chinese units and "for" most English ones, to search each with the pattern)
_PURPOSE_ZH_NEEDS = lazy(r"用[于於][ \t\u3000]*[。；;]")
_PURPOSE_WECHAT_NEEDS = lazy(r"[为為]了[ \t\u3000]*[，,]")
_PURPOSE_EN_NEEDS = lazy(r"[ \t][.;]")


def _purpose_holes(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    for pattern, needs in (
        (_PURPOSE_ZH, _PURPOSE_ZH_NEEDS),
        (_PURPOSE_WECHAT, _PURPOSE_WECHAT_NEEDS),
        (_PURPOSE_EN, _PURPOSE_EN_NEEDS),
    ):
        for unit, start, end, _ in ctx.scan(pattern, needs=needs):
            if not in_code(unit, start):
                yield unit, start, end


def builder_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above."""
    yield from _version_slots(ctx)
    yield from _guide_slots(ctx)
    yield from _include_notes(ctx)
    yield from _purpose_holes(ctx)
