"""placeholder-field-name: a template's field name left where its value belongs (联系邮箱：邮箱地址, 请通过 联系方式 与我们联系)."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import contact_channels
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit

# The names a template gives its contact fields, as the value a reader would have been given.
_FIELDS = (
    "电子邮箱地址|電子郵箱地址|电子邮件地址|電子郵件地址|邮箱地址|郵箱地址|邮件地址|郵件地址|電郵地址|电邮地址"
    "|电话号码|電話號碼|手机号码|手機號碼|联系电话|聯絡電話|聯繫電話|客服电话|客服電話|联系方式|聯絡方式|聯繫方式"
    "|公司名称|公司名稱|公司全称|公司全稱|公司地址|联系地址|聯絡地址|聯繫地址|详细地址|詳細地址|办公地址|辦公地址"
    "|网站地址|網站地址|网址链接|網址鏈接|微信号|微信號|QQ号|QQ號"
)
# A contact label, then its own field's name as the value: 联系邮箱：邮箱地址, 电话：电话号码, Email: email address.
_LABEL_ZH = (
    r"(?P<label>联系邮箱|客服邮箱|官方邮箱|电子邮箱|電子郵箱|电子邮件|電子郵件"
    r"|联系电话|聯絡電話|聯繫電話|客服电话|客服電話|手机|手機|联系地址|聯絡地址|聯繫地址"
    r"|通讯地址|通訊地址|通信地址|邮寄地址|郵寄地址|注册地址|註冊地址|办公地址|辦公地址"
    rf"|{contact_channels(without=('信箱',))}"
    r"|公司名称|公司名稱|公司|运营者|運營者|运营主体|運營主體|运营方|運營方|开发者|開發者|联系人|聯絡人|网址|網址|官网|官網"
    r"|联系方式|聯絡方式|聯繫方式"
    # (twenty-sixth session, lead) the officer a policy names: 个人信息保护负责人：（姓名）
    r"|个人信息保护负责人|個人信息保護負責人|個人資料保護負責人|个人信息保护专员|個人資料保護專員|负责人|負責人)"
)
_LABEL_EN = r"(?P<label>(?i:e-?mail|tel|telephone|phone|fax|address|company|website))"
_COLON_SLOT = r"[ \t\u3000]*(?:\*+[ \t\u3000]*)?[：:][ \t\u3000]*(?:\*+[ \t\u3000]*)?(?:您的|你的|贵公司|貴公司|(?i:your)[ \t])?"
_CLAUSE_END = r"(?=[ \t\u3000*]*(?:[。；;，,！!|）)\n]|\Z))"
# A contact label, then its own field's name as the value: 联系邮箱：邮箱地址, 电话：电话号码, Email: email address.
_LABELLED = lazy(rf"{_LABEL_ZH}{_COLON_SLOT}(?P<value>{_FIELDS}){_CLAUSE_END}")
# an English label with an English value (Email: email address), or a Chinese label with one (邮箱：email address)
_LABELLED_EN = lazy(
    rf"(?:{_LABEL_EN}|{_LABEL_ZH.replace('?P<label>', '')}){_COLON_SLOT}"
    rf"(?P<value>(?i:e-?mail address|phone number|telephone number|company name|address)){_CLAUSE_END}"
)
# A contact label whose whole value is a description of the field in round brackets: 「通讯地址：（平台运营地址）」,
# 「客服电话：（公司客服电话）」 (eval/dev21p/laoma-html).  Not a value that refers elsewhere (「（同注册地址）」,
# 「（详见官网）」, 「（与注册地址一致）」), a note after a value, nor an instruction (「（此处填写公司地址）」 is
# placeholder-instruction's).
_DESCRIBED = lazy(
    rf"{_LABEL_ZH}{_COLON_SLOT}[（(](?P<value>(?!同|见|見|详|詳|即|与|與|如|例|以|参|參)(?![^（）()\n]{{0,10}}?(?:填|请|請|替|待))[^（）()\n]{{0,10}}?"
    r"(?:地址|邮箱|郵箱|电话|電話|名称|名稱|全称|全稱|号码|號碼|姓名))[）)]"
    rf"{_CLAUSE_END}"
)
# every Chinese value of _LABELLED holds one of these characters: only the units with one are scanned
# (a class: `Joined.having` finds its characters without a regex search), and the English values
# only when the text has their words at all
_VALUE_NEEDS = lazy(r"[址码碼式称稱全号號话話]")
_DESCRIBED_NEEDS = lazy(r"[址箱话話称稱码碼名]")  # the last character of every value of _DESCRIBED
_ENGLISH_VALUES = ("ddress", "DDRESS", "umber", "UMBER", "ompany name", "OMPANY NAME", "ompany Name")
_ENGLISH_VALUE_NEEDS = lazy(r"(?i:address|number|company name)")
# what may stand before the label: the start, a separator, a verb (请拨打客服电话：…)
_BEFORE_LABEL = frozenset(" \t\u3000，,。；;：:*|（(>、-")
_VERBS_BEFORE = ("拨打", "撥打", "致电", "致電", "请至", "請至", "发送至", "發送至", "发送到", "發送到")
# A field name with a space on both sides, as the object of a contact verb (请通过 联系方式 与我们联系, 由 公司名称 运营).
_SPACED = lazy(
    r"(?P<cue>通过|通過|经由|經由|发送至|發送至|发送到|發送到|发邮件至|發郵件至|发邮件到|發郵件到|邮件至|郵件至|寄至|寄到"
    r"|致电|致電|拨打|撥打|致函|由|至|向)[ \t\u3000]+"
    rf"(?P<value>{_FIELDS})[ \t\u3000]+"
    r"(?P<after>与我们|與我們|和我们|和我們|联系|聯繫|聯絡|运营|運營|提供|开发|開發|所有|负责|負責|发送|發送|[。，,；;])"
)
# English: "contact us at email address" ("operated by Company Name" is placeholder-default-name's).
_ENGLISH = lazy(r"(?i:\bus\s+at\s+(?P<en>e-?mail address|phone number|telephone number)(?=\s*(?:[.,;)]|$)))")
_ENGLISH_NEEDS = lazy(r"(?i:address|number)")
# Words that make a unit, its heading or the unit before it about contacting the operator.
_CONTACT = lazy(r"联系|聯絡|聯繫|联络|客服|投诉|投訴|反馈|反饋|(?i:contact|reach us|support)")


def _about_contact(unit: TextUnit, start: int, end: int) -> bool:
    """Whether the unit is about contacting the operator: its text around the match, its heading, or a contact lead-in before it.

    The label itself does not count (「- 联系邮箱：邮箱地址」 may be a field of the data collected),
    nor a paragraph before it that only mentions contact data (「联系方式：电话号码、邮箱地址」).
    """
    text = unit.text
    if _CONTACT.search(text, 0, start) or _CONTACT.search(text, end):
        return True
    section = unit.section
    if section is None:
        return False
    if section.title and _CONTACT.search(section.title):
        return True
    para = unit.paragraph
    if para is None:
        return False
    paragraphs = section.paragraphs
    for k, other in enumerate(paragraphs):
        if other is para:
            before = paragraphs[k - 1].text.rstrip(" *\t\u3000") if k > 0 else ""
            return before.endswith(("：", ":")) and _CONTACT.search(before) is not None
    return False


@register
class PlaceholderFieldName(Rule):
    """Flags a template's field name left where its value belongs: 联系邮箱：邮箱地址, 请通过 联系方式 与我们联系.

    ## What it does
    Finds the name of a contact field standing in the place of the value it names:

    - after a contact label, as the whole value, where the policy tells how to contact the
      operator (its paragraph, its heading or the paragraph before it speaks of 联系/客服/投诉/
      contact): 「联系邮箱：邮箱地址」, 「电话：电话号码」, 「公司名称：公司名称」, 「Email: email address」;
      also a description of the field in round brackets as the whole value: 「通讯地址：（平台运营地址）」
      (not 「（同注册地址）」, 「（详见官网）」, which refer to a value given elsewhere);
    - with a space on both sides, as the object of a contact verb: 「请通过 联系方式 与我们联系」,
      「请发送邮件至 邮箱地址 。」, 「本应用由 公司名称 运营」 (Chinese puts no spaces around a word: they
      are where a value was to be pasted);
    - in English: "contact us at email address" ("operated by Company Name" is
      `placeholder-default-name`'s).

    Error: the field's own name is never its value.  Not flagged: the same words as ordinary
    wording (「通过以下联系方式与我们联系」, 「您可以通过联系方式页面」, 「请填写您的邮箱地址」), a field
    name followed by more text (「邮箱：邮箱地址查询/邮件搜索」), a list of the data collected
    (「联系方式：电话号码、邮箱地址」, 「账号信息：手机号码」 outside a contact passage), a value after
    the name (「电话：电话号码 010-6288 8888」), "we will contact you at your email address".

    ## Why is this bad?
    The reader is told to write to 「邮箱地址」: the contact the law requires was never filled in.

    ## Example
        如对本政策有疑问，请通过 联系方式 与我们联系。
        联系邮箱：邮箱地址

    Use instead:
        如对本政策有疑问，请通过 privacy@smartmi.com 与我们联系。
        联系邮箱：privacy@smartmi.com

    ## References
    - PIPL 第十七条 (个人信息处理者的名称或者姓名和联系方式); 個人資料保護法第8條.
    """

    id = "placeholder-field-name"
    severity = "error"
    groups = ("placeholder",)
    messages = {
        "en": "field name left where its value belongs: {text}",
        "zh-Hant": "欄位名稱留在應填入內容之處：{text}",
        "zh-Hans": "字段名称留在应填写内容之处：{text}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        link_texts = {text.strip() for _, _, text in ctx.doc.links}
        joined = ctx.joined().text
        scans = [ctx.scan(_LABELLED, needs=_VALUE_NEEDS), ctx.scan(_DESCRIBED, needs=_DESCRIBED_NEEDS)]
        if any(word in joined for word in _ENGLISH_VALUES):
            scans.append(ctx.scan(_LABELLED_EN, needs=_ENGLISH_VALUE_NEEDS))
        for hit in (hit for scan in scans for hit in scan):
            before = hit.unit.text[max(0, hit.start - 3) : hit.start]
            if before and before[-1] not in _BEFORE_LABEL and not before.endswith(_VERBS_BEFORE):
                continue
            if hit.match.group("value") in link_texts:
                continue  # 电话：<a href="tel:…">客服电话</a>: a link's text, its target is the value (placeholder-link-target)
            start = hit.start + (hit.match.start("value") - hit.match.start())
            end = hit.start + (hit.match.end("value") - hit.match.start())
            if _about_contact(hit.unit, hit.start, hit.end):
                yield self.finding(ctx, hit.unit, start, end, text=hit.unit.text[start:end])
        for hit in ctx.scan(_SPACED):
            m = hit.match
            start = hit.start + (m.start("value") - m.start())
            end = hit.start + (m.end("value") - m.start())
            yield self.finding(ctx, hit.unit, start, end, text=hit.unit.text[start:end])
        for hit in ctx.scan(_ENGLISH, needs=_ENGLISH_NEEDS):
            m = hit.match
            start = hit.start + (m.start("en") - m.start())
            end = hit.start + (m.end("en") - m.start())
            yield self.finding(ctx, hit.unit, start, end, text=hit.unit.text[start:end])
