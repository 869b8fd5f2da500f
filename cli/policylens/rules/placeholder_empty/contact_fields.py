"""The empty contact fields of placeholder-empty: a contact label with nothing after it (联系电话： alone in a block of
fields, 电话：邮箱：… within a line, 客服电话（海外：）, 公司名称：……), the label and value patterns of each channel, and
whether a value follows on the next line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import GuardedPattern, lazy
from policylens.model import Finding
from policylens.patterns import COLON, FAX_WORDS, PHONE_WORDS, URL_START, contact_channels, spaced
from policylens.rules.base import Rule
from policylens.rules.context import Context, TextUnit

# the names of a company's registration number (mainland, Hong Kong, Taiwan): its value is a code of digits
_ID_NOUNS = (
    r"统一社会信用代码|統一社會信用代碼|营业执照注册号|營業執照註冊號|营业执照号码|營業執照號碼|营业执照号|營業執照號|工商注册号"
    r"|工商註冊號|商業登記號碼|商业登记号码|商業登記證號碼|商業登記編號|公司註冊編號|公司注册编号|統一編號|统一编号"
)
# A contact label with nothing after it: 联系电话：, **邮箱**：, 客服電話: (not 联系方式如下： before a list)
_CONTACT_NOUN = spaced(
    rf"(?:{contact_channels(without=('邮件', '郵件', '微信', 'QQ'))}"
    r"|电话号码|電話號碼|手机|手機|热线|熱線|电子邮件|電子郵件|电子邮箱|電子郵箱|邮件地址|郵件地址"
    r"|网址|網址|链接|鏈接|連結|官网|官網|网站|網站|联系人|聯絡人|聯繫人|邮编|郵編|郵遞區號|邮政编码|郵政編碼"
    r"|名称|名稱|全称|全稱|E-?mail|Email|Tel|Phone|Fax|Address|Website"
    # the verb of one channel, whose object is the value: 发送邮件至：, 请致电：, 拨打：
    r"|邮件至|郵件至|致电|致電|拨打|撥打"
    # (twenty-fourth session, lead) the company's registration number, in a contact block's fields: 统一社会信用代码：,
    # 商業登記號碼：, 統一編號：
    rf"|{_ID_NOUNS})"
)
_CONTACT_LABEL = lazy(
    rf"^[ \t\u3000]{{0,8}}(?:[-*+•·][ \t\u3000]{{0,4}})?\*{{0,2}}[\u4e00-\u9fffA-Za-z]{{0,10}}?{_CONTACT_NOUN}\*{{0,2}}[ \t\u3000]{{0,4}}"
    # (twenty-fifth session, lead) 本公司的商業登記號碼為：, 我们的联系电话是：: the label's verb before its colon
    r"(?:为|為|是)?[：:]\*{0,2}",
    re.I,
)
# a contact field's whole value written as dots or question marks: 公司名称：……, 联系电话：？？？, 客服热线：???
_FILLER_VALUE = lazy(r"[ \t\u3000]{0,8}(?P<value>…{1,12}|\.{3,24}|。{3,24}|[？?]{2,12})[ \t\u3000]{0,8}")  # (bounded runs: linear)
# a label that announces the lines below it: 以下电话：, 各地客服电话：
_ANNOUNCES = lazy(r"以下|如下|下列|下述|各地|各[个個]|分别|分別")
# the words that qualify the next label (联系邮箱：, 客服电话：): what stands between an empty label and the next one.
# Not any Chinese run: 联 系 人：王先生电  话：… (a filled block of padded labels the Markdown reader joined into one
# line) has the value 王先生 there.
_LABEL_PREFIX = (
    r"(?:联系|聯絡|聯繫|客服|官方|办公|辦公|公司|企业|企業|服务|服務|投诉|投訴|紧急|緊急|隐私|隱私|个人|個人|电子|電子|固定|商务|商務"
    r"|售后|售後|总部|總部|注册|註冊|通讯|通訊|邮寄|郵寄|运营|運營|负责人|負責人|备用|備用|工作|反馈|反饋|合作|咨询|諮詢|咨詢"
    # 通过链接：通过电话： (the channels of a contact list, each opened by how to reach it)
    r"|通过|通過|或者|或|以及|及){0,3}"
)
# inside a line: 电话：邮箱：privacy@example.com, 请致电：。
# Guarded (`policylens.lazyre`): a case-insensitive alternation has no fast prefix, so `re`
# would try all of it at every position (1.4 ms per policy); the guard holds the first
# character of every contact noun, searched in C.
_EMPTY_INLINE = GuardedPattern(
    lazy("[电電手传傳热熱邮郵信地网網链鏈連官联聯名全致拨撥统統营營工商公ETPFAW]", re.I),
    lazy(
        rf"(?P<label>{_CONTACT_NOUN})[：:](?:[ \t\u3000]{{0,4}}(?:(?=[。；;]|{_LABEL_PREFIX}{_CONTACT_NOUN}[：:])|(?P<last>\**[ \t\u3000]*\Z))"
        # 本網站（網址：          ）, （電話：    ，信箱：    ）: a run of spaces left for the value, closed by the aside's
        # bracket or the next field's comma
        r"|[ \t\u3000]{2,40}(?=[）)，,]))",
        re.I,
    ),
)
# a contact channel whose value, qualified by a region or a kind in brackets, was never written: 客服电话(如国内：),
# 客服电话（国内：400-820-1234；海外：） (blind round22: a phone number left out of its parenthesis)
_EMPTY_QUALIFIED = lazy(
    rf"{_CONTACT_NOUN}[ \t\u3000]{{0,2}}[（(](?:[^（()）\n]{{0,40}}?[；;，,、][ \t\u3000]{{0,2}})?(?:例如|如)?"
    r"(?P<label>[\u4e00-\u9fffA-Za-z]{1,8})[：:][ \t\u3000]{0,4}(?=[)）；;])",
    re.I,
)
# the label of a run-in list item right before a field: 2）发送邮件至：
_ITEM_LABEL = lazy(r"(?:^|[^0-9A-Za-z])[0-9]{1,2}[）)]\s{0,2}[\u4e00-\u9fff]{0,4}$")
# a contact field with its value, earlier on the line: 邮箱：a@b.cn (before an empty 电话：)
_FILLED_FIELD = lazy(rf"{_CONTACT_NOUN}\**[：:]\**[ \t\u3000]*[^\s：:*]", re.I)
# (spaced: 电    话： is the same phone label as 电话：)
_EMAIL_NOUN = lazy(spaced(r"(?:邮|郵|信箱|电邮|電郵|mail)"), re.I)
_URL_NOUN = lazy(spaced(r"(?:网址|網址|链接|鏈接|連結|官网|官網|网站|網站|website)"), re.I)
_PHONE_NOUN = lazy(spaced(rf"(?:{PHONE_WORDS}|{FAX_WORDS}|致电|致電|拨打|撥打|tel|phone|fax)"), re.I)
_EMAIL_VALUE = lazy(r"[@＠]")
_URL_VALUE = lazy(URL_START + r"|[A-Za-z0-9-]\.(?:com|cn|net|org|io|hk|tw)\b", re.I)
_PHONE_VALUE = lazy(r"[0-9０-９][0-9０-９ \-－()（）]{4,}[0-9０-９]")
_ID_NOUN = lazy(_ID_NOUNS, re.I)
_ID_VALUE = lazy(r"[0-9０-９]{5}|[0-9A-Z]{8}")


def _lacks_value(label: str, following: TextUnit | None) -> bool:
    """Whether an e-mail, phone, URL or registration number label's value is missing from the unit after it (False for
    other labels)."""
    for noun, value in ((_EMAIL_NOUN, _EMAIL_VALUE), (_URL_NOUN, _URL_VALUE), (_PHONE_NOUN, _PHONE_VALUE), (_ID_NOUN, _ID_VALUE)):
        if noun.search(label):
            return following is None or value.search(following.text) is None
    return False


# (u54p) a link or site label that names others' sites, a topic and never the policy's own channel: 第三方連結, 外部網站
_OTHERS_SITES = lazy(r"(?:第三方|外部|其他|其它|他人|合作(?:方|夥伴|伙伴)?|友情)[^：:]{0,4}$")
# a sentence: a clause mark inside or a sentence end (the paragraph below a heading, not a value)
_PROSE = lazy(r"[，,；;].{4}|[。！？!?](?:[ \t\u3000*]*$|.)|[a-z]\.(?:[ \t*]*$| )")
# the label's subject named again in the text below, as its subject (not 「此信箱」「上述網站」: pointing at a value shown)
# (u54r) or sent or reached through it: 「请发送邮件至联系邮箱」, 「請寄信到信箱」, 「透過網站聯絡我們」 (the channel is used, not shown); in English `_EN_POINTED` (u54r2)
_POINTED = lazy(r"(?:此|該|该|上述|以上|下列|下方|這個|这个|這|这|至|到|向|往|联系|聯繫|聯絡|联络|通过|通過|透過|经由|經由)$")


def _heads_its_text(ctx: Context, unit: TextUnit, label: re.Match[str], following: TextUnit | None) -> bool:
    """Whether a contact label alone on its line is a run-in heading over the paragraph below it (u54p, eval/blind/round53q
    moneysaver-tw-tsx 「<p><strong>第三方連結：</strong></p>」 over 「<p>本網站可能包含外部連結（如商家官方網站）…</p>」): the paragraph
    below is prose (a sentence, no value), and either the label names others' sites (第三方連結, 外部網站: a topic, never
    the policy's own channel), or the label is bold as a whole (a Markdown 「**…：**」 line, an HTML `<strong>` paragraph)
    and the prose names its subject again (連結 in 「外部連結」) — not 「此信箱」, a pointer at a value that should be
    shown.  A bold label over a sentence on another subject (「**联系邮箱：**」 over 「我们将在15个工作日内回复。」) stays."""
    if following is None or following.kind != "paragraph" or len(following.text) < 12 or _PROSE.search(following.text) is None:
        return False
    name = label.group(0).rstrip("*：: \t\u3000").lstrip(" \t\u3000-*+•·")
    if _OTHERS_SITES.search(name.removesuffix("連結").removesuffix("链接").removesuffix("鏈接").removesuffix("網站").removesuffix("网站")):
        return _URL_NOUN.search(name) is not None
    rest = unit.text[label.end() :].strip(" \t\u3000")
    bold = unit.text.lstrip(" \t\u3000").startswith(("**", "__")) and rest in ("**", "__", "")
    para = unit.paragraph
    if not bold and (para is None or (para.line, para.column) not in ctx.doc.emphasised):
        return False
    if name.isascii():  # "**Website:**" over "This policy applies to our website …" (its last word again)
        words = name.lower().split()
        if not words:
            return False
        text = following.text.lower()
        at = text.find(words[-1])
        # (u54r2) nor a channel used, not shown: "send an email to us", "reach us by email", "via email"
        return at >= 0 and not text[max(0, at - 9) : at].endswith(_EN_POINTED)
    noun = _NOUN_TAIL.search(name)
    if noun is None:
        return False
    at = following.text.find(noun.group())
    return at >= 0 and _POINTED.search(following.text, max(0, at - 2), at) is None


# (u54r2) the English words pointing at a value shown ("this address") or using the channel ("send an email", "by phone";
# right before the noun: "collected by our website" names the site as the collector, a heading's subject)
_EN_POINTED = ("this ", "that ", "above ", "below ", " an ", " by ", " via ", "through ", "using ", " send ")
# the channel noun a label ends with (its last two characters of one: 連結, 信箱, 網站, 電話)
_NOUN_TAIL = lazy(r"[\u4e00-\u9fff]{2}$")


def _value_ends_its_line(unit: TextUnit, end: int) -> bool:
    """Whether the text after a label's colon (`end`) is a value that ends its source line, the next
    label starting on the line below: 「> SDK 名称：支付宝」 then 「> 公司名称：…」, which Markdown joins
    into one paragraph with no space between Chinese lines (「名称：支付宝公司名称：」)."""
    colon = next((k for k in range(end, min(len(unit.text), end + 16)) if unit.text[k] in "：:"), -1)
    if colon < 0 or not unit.text[end:colon].strip(" \t\u3000"):
        return False
    line = unit.position(end - 1)[0]  # the label's colon
    if unit.position(end)[0] != line:
        return False  # nothing after the colon on its line: 「SDK 名称：」 then 「公司名称：…」 below
    return unit.position(colon)[0] > line


def empty_contact_fields(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """联系电话： with nothing after it in a block of contact fields (邮箱：…, 地址：…).

    A label alone on its line is empty only when the next line is another contact
    label; a label whose value follows on the next line (a table, `<dd>`) is not.
    """
    units = ctx.units()
    labels = [_CONTACT_LABEL.match(u.text) if "：" in u.text or ":" in u.text else None for u in units]
    for i, (unit, label) in enumerate(zip(units, labels, strict=True)):
        if label is not None and (filler := _FILLER_VALUE.fullmatch(unit.text, label.end())) is not None:
            # 公司名称：……, 联系电话：？？？: the value's place held by dots or question marks (twenty-seventh session)
            yield rule.finding(ctx, unit, filler.start("value"), filler.end("value"), slot=filler.group("value"))
            continue
        if label is not None and not unit.text[label.end() :].strip(" \t\u3000*"):
            if _ANNOUNCES.search(unit.text, 0, label.end()):
                continue
            following = units[i + 1] if i + 1 < len(units) else None
            if ctx.shown_in(unit, label.start(), len(unit.text)) or ctx.shown_after(unit, following):
                continue  # 联系邮箱：{MAIL}, 电话：<?php echo $tel; ?>: the page prints the value after the label
            # empty: another contact label follows, or the value its kind needs (an address with @,
            # a number, a URL) is not in what follows: 联系邮箱： and then 我们将在15个工作日内回复。
            in_block = i + 1 < len(units) and labels[i + 1] is not None
            if unit.kind in ("heading", "title") and not _lacks_value(label.group(0), following):
                continue  # a heading that names the fields below it: 查詢熱線： over 電話：+852 …, 傳真：…
            if not in_block and _heads_its_text(ctx, unit, label, following):
                continue  # (u54p) 「**第三方連結：**」 over 「本網站可能包含外部連結…」: a run-in heading over its paragraph
            if in_block or _lacks_value(label.group(0), following):
                start = len(unit.text) - len(unit.text.lstrip(" \t\u3000-*+•·"))
                end = label.end()
                finding = rule.finding(ctx, unit, start, end, slot=unit.text[start:end].rstrip("*：: \t\u3000").strip("*"))
                # outside a block of fields, the value may be an image or a link the text does not show
                yield finding if in_block else finding._replace(severity="warning")
    qualified: set[tuple[int, int]] = set()  # (id(unit), start) of each label reported here: one finding per label
    for unit, start, end, m in ctx.scan(_EMPTY_QUALIFIED, needs=COLON):
        if ctx.shown_in(unit, start, end):
            continue  # 网站（网址：{site}）: the page prints the value
        label_start = start + (m.start("label") - m.start())
        qualified.add((id(unit), label_start))
        yield rule.finding(ctx, unit, label_start, end, slot=m.group("label"))
    index: dict[int, int] | None = None  # id(unit) → its index, built on the first label that ends a unit
    for unit, start, end, m in ctx.scan(_EMPTY_INLINE, needs=COLON):
        if (id(unit), start) in qualified:
            continue  # 网站（网址：   ）: reported above, as a qualified channel's empty value
        if ctx.shown_in(unit, start, min(end + 1, len(unit.text))):
            # 聯絡電話：{t("contact.phone")}。: the page prints the value after the label; (u61z, eval/blind/round61q
            # yurong-zh-tsx L93) also on the line below, before the next character: 「；地址：」 then 「{profile.address}。」
            continue
        if m.group("last") is not None:
            # a label that ends its line after other filled fields (邮箱：a@b.cn 电话：), or as the last item of a
            # run-in list of channels (「…1）线上提交问题：网页端：问题反馈2）发送邮件至：」), and whose value is not below
            if not _FILLED_FIELD.search(unit.text, 0, start) and not _ITEM_LABEL.search(unit.text, max(0, start - 8), start):
                continue
            if index is None:
                index = {id(u): k for k, u in enumerate(units)}
            k = index[id(unit)] + 1
            if not _lacks_value(m.group("label"), units[k] if k < len(units) else None):
                continue
            yield rule.finding(ctx, unit, start, end, slot=m.group("label"))._replace(severity="warning")
            continue
        if not _value_ends_its_line(unit, end):
            yield rule.finding(ctx, unit, start, end, slot=m.group("label"))
