"""placeholder-dummy-contact: a template's dummy phone number, street address or person left as the operator's contact."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import COLON, CONTACT_PERSON, EMAIL, FAX_WORDS, IDENTIFIER_WORDS, PHONE_WORDS, ZERO_NUMBER
from policylens.rules.around import rstripped
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit
from policylens.rules.placeholder_filler_digits import filler_values, label_pairs
from policylens.rules.placeholder_instruction import _DUMMY_HOST, shown_on_page

# A contact label, then (within a few characters: a colon, a bar, 「（工作日）」) a phone number.  The
# pattern starts with the labels' literals, so `re` skips ahead to them in C: text without a
# phone label is never looked at.
_LABEL = (
    rf"(?:{PHONE_WORDS}|{FAX_WORDS}|客服|联系方式|聯絡方式|聯繫方式"
    r"|Tel|TEL|Phone|PHONE|phone|Fax|FAX|Mobile|Hotline|WhatsApp)"  # (capitalised: lower-case t, f, m, h are in every English word)
)
# the number: an optional country code, groups of digits split by blanks, dots or hyphens, an
# optional (area code); 7 to 15 digits in all (checked in `_verdict`)
_NUMBER = r"(?P<number>(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\s?\d{1,4}\s?\)[\s.-]?)?(?:\d{7,13}|\d{1,4}(?:[\s.-]\d{1,8}){1,4}))(?![0-9A-Za-z_])"  # (a separator between groups, or one run: a digit run splits one way only, so the scan stays linear)
# (a Chinese character may follow the number: 「电话：400-123-4567邮箱：…」, where a page's <br> or a mini-program's next
# <text> ran the next field into it; before it, only the label itself: 「客服电话400-123-4567」.  Text between the label and
# the number must end in a mark or a space, or 「客服团队每年服务超过1000000名用户」 would be a phone number)
# (u60p, round59q yunmeng-zh-vue) 「客服电话：⏎12345678」: or the label ends its line and the number opens the next one
_PHONE = lazy(rf"{_LABEL}(?P<between>(?:[^\n\d。；;]{{0,14}}?(?<![\d\w]))?|[ \t\u3000]*+(?:[：:][ \t\u3000]*+)?\n[ \t\u3000]*+){_NUMBER}")
# (u60p) a phone's label alone in its paragraph (「客服电话：」, "Phone:"), its value in the next one
_LABEL_ALONE = lazy(rf"(?:[\u4e00-\u9fff]{{0,6}}|[A-Za-z]{{0,12}}[ \t])?{_LABEL}[*_]{{0,2}}[：:]")  # (stripped: `_LABEL_MARKS`)
_LABEL_MARKS = " \t\u3000*_>-"
# (u61p) or a sentence that ends with the label, its value opening the next paragraph: 「如有疑问，请联系我们。联系电话：」,
# 「如有问题请拨打客服电话」 (a colon after the label, or a call's verb before a phone's word: not 「我们会收集您的手机」)
_LABEL_ENDS = lazy(
    rf"(?:{_LABEL})(?:号码|號碼)?[*_]{{0,2}}[：:]\Z"
    rf"|(?:拨打|撥打|致电|致電|联系|聯繫|聯絡|客服|服务|服務|咨询|諮詢|投诉|投訴)[^。；;，,！!？?\n]{{0,6}}?(?:{PHONE_WORDS})(?:号码|號碼)?\Z"
)
_ZERO_NUMBER = lazy(ZERO_NUMBER)  # 400-000-0000: placeholder-dummy-number's
# 例如 13800138000, 格式如 010-12345678, e.g. 123-456-7890: a documentation sample, not the contact
_SAMPLE = lazy(
    r"例如|比如|譬如|像是|舉例|举例|好比|例：|如：|示例|示意|范例|範例|范本|範本|参照|參照|格式|样例|樣例"
    r"|(?i:e\.g\.|for\s+example|such\s+as|example|sample|format)"
)
# An English template's street address: 123 Main Street, 1234 Main St., Anytown.
_ADDRESS = lazy(
    r"(?P<street>(?<![\d\w])(?:123|1234|12345)\s+Main\s+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?)(?![A-Za-z]))"
    r"|(?P<town>(?<![A-Za-z])(?:Anytown|Any\s+Town|Anycity|Anystate)(?![A-Za-z]))"
    # (twenty-second session, dev22p) 123 Game Street, Tech City: a generator's invented street (any name after 123) and
    # town.  The street only with such a town after it, the town only after an address label or such a street (a real
    # address may be 123 Queen Street; Tech City names a London district in prose)
    r"|(?P<anystreet>(?<![\d\w])(?:123|1234|12345)\s+[A-Z][a-z]{2,12}\s+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?)(?![A-Za-z]))"
    r"|(?P<sampletown>(?<![A-Za-z])(?:Tech|Example|Sample|Your|Fake)\s*(?:City|Town|ville)(?![A-Za-z]))"
    # (thirty-third session, lead) 1234 Street Name, City, Country: the template's own words for the street, after a
    # house number (an error wherever it stands: no street is called that)
    r"|(?P<streetname>(?<![\d\w])\d{1,5}\s+Street\s+Name(?![A-Za-z]))"
)
# (u35r, round35) 请通过 10086 与我们联系, 客服电话：10086: a carrier's service number (China Mobile, Unicom, Telecom) given as
# the operator's own contact, a generator's stand-in.  The number must be the contact: a phone label before it (电话,
# 热线, 拨打, 致电; not 通过 or 客服: 通过10000次测试, 客服10000人) or 与我们联系 after it; and the document must not be the carrier's own (中国移动 names its 10086).
_CARRIER_NUMBER = lazy(r"(?<![0-9A-Za-z_.+-])(?:10086|10010|10000|10001)(?![0-9A-Za-z_.-])")
_CARRIER_BEFORE = lazy(rf"(?:{PHONE_WORDS}|热线|熱線|拨打|撥打|致电|致電|联系方式|聯繫方式|聯絡方式)[：:\s*_]{{0,4}}\Z")
_CARRIER_AFTER = lazy(r"[\s*_]{0,4}(?:与|與|和|跟)(?:我们|我們|我方|本公司)(?:取得)?(?:联系|聯繫|聯絡)")
_CARRIER_OWN = lazy(r"中国移动|中國移動|中国联通|中國聯通|中国电信|中國電信|(?i:china\s+(?:mobile|unicom|telecom))")

# a dictionary key naming a phone: {'phone': '400-000-0000'}, "tel": "010-12345678" (words, not a pattern: a key is short)
_KEY_WORDS = frozenset(("phone", "tel", "telephone", "mobile", "hotline", "fax", "cellphone"))
_KEY_HAN = ("电话", "電話", "手机", "手機", "热线", "熱線", "传真", "傳真")
_BARE_NUMBER = lazy(_NUMBER)
# 北京市朝阳区示例路 88 号, 演示路 1 号: a street named "example"
_CN_STREET = lazy(
    r"(?:示例|演示|範例|范例|样例|樣例)(?:路(?![径徑线線由况況])|街(?![道头頭舞])|大街|大道|大厦|大廈|小区|社區|社区|广场|廣場)"
)
_ADDRESS_LABEL = lazy(r"地址|地點|地点|位于|位於|住所|(?i:address)")
# (u46k2, eval/blind/round46d bonbunny-tw-tsx) 台北市大安區甜點街123號: a street whose house number counts 123 (one of many
# real numbers alone: reported only after an address label and near a stand-in phone, `_NEAR_STAND_IN` lines)
_CN_COUNTING_ADDRESS = lazy(r"(?<=[路街道巷弄段])[ \t]?(?:123|1234)[ \t]?[號号](?![0-9])")
_NEAR_STAND_IN = 3  # lines between the address and a stand-in phone of the same contact block
# (u47k, round41d shiba-vue L65 台北市信義區松高路123號: a real street beside a stand-in phone) the counting street is an
# error only with a second stand-in in its block, a template's mailbox (privacy@example.com, service@yourdomain.com);
# beside a stand-in phone alone it is a warning: 123號 is a real number on many real streets
# (twenty-fourth session, lead) 联系人：张三, Contact person: John Doe: the textbooks' stand-in person as the contact, right
# after a person's label (the name alone is a user in an example: 用户张三发布的动态)
_PERSON = lazy(
    rf"(?:{CONTACT_PERSON}|联络人|負責人员|负责人员|(?i:contact(?:\s+person)?|name|data\s+protection\s+officer|DPO|privacy\s+officer))"
    r"\**[ \t\u3000]*[:：]\**[ \t\u3000]*(?P<person>张三|張三|李四|王五|John\s+Doe|Jane\s+Doe|John\s+Smith)(?![A-Za-z\u4e00-\u9fff])"
)
# (twenty-eighth session, round28b) 123 Privacy Street, Security City, 12345: a counting street number, an invented town
# named "<Word> City" and the counting postcode 12345 after it (the three together; a real 123 Queen Street, Kansas City
# has a real postcode)
_INVENTED_TOWN_ZIP = lazy(r"[ ,]{1,3}[A-Z][a-z]{2,12}\s+(?:City|Town)[ ,]{1,3}(?:[A-Z]{2}[ ,]{1,2})?12345(?![0-9])")
# a sample street right before a sample town (the pair is one finding, the street's)
_SAMPLE_STREET_BEFORE = lazy(r"(?<![\d\w])(?:123|1234|12345)\s+[A-Z][a-z]{2,12}\s+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?)[ ,]{1,3}\Z")
# a123456789@qq.com, 1234567@163.com: a mailbox whose name is a run of digits (widened back to the address's start in `check`)
_DIGIT_MAIL = lazy(r"(?:0123456|1234567|2345678|3456789|9876543)[A-Za-z0-9._%+-]{0,30}" + EMAIL[EMAIL.index("@") :])
_DIGIT_LOCAL = lazy(r"[A-Za-z]{0,3}[0-9]{7,}")  # the whole name: 1234567, a123456789
_LOCAL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
_ASCENDING = "01234567890"
_DESCENDING = "9876543210"
_COUNTRY = lazy(r"\+\s?(\d{1,3})")  # matched at the number's start
_FICTION_LOCAL = lazy(r"555[- ]01[0-9]{2}")


def _stand_in_mailboxes(ctx: Context) -> list[int]:
    """The lines of a template's mailbox (privacy@example.com, service@yourdomain.com): a host `_DUMMY_HOST` names, after an @."""
    return [
        unit.position(start)[0] for unit, start, _end, _ in ctx.scan(_DUMMY_HOST, needs="@") if start > 0 and unit.text[start - 1] == "@"
    ]


def _verdict(number: str) -> str | None:
    """ "error" for a number no operator has, "warning" for one a template likely left, None for a real-looking number.

    Certain: all the subscriber digits zero (400-000-0000, 138-0000-0000, 000-0000-0000); the last seven
    digits ascending or descending (010-12345678, 02-1234-5678, (07) 123-4567, +852 2123-4567), or seven from
    the first digit (+86 123 4567 8900); the
    famous sample 13800138000 (and its kin 13900139000); the fictional North American 555 numbers
    ((555) 555-5555, +1 212 555 0123).  Likely: every subscriber digit the same non-zero digit
    (400-888-8888, 13888888888): a vanity hotline can look like that, so a reviewer decides.  Not
    flagged: 400-800-8888, 400-820-8820 (real hotlines mix digits).
    """
    digits = "".join(c for c in number if c.isdigit())
    country = _COUNTRY.match(number.lstrip())
    national = digits[len(country.group(1)) :] if country else digits
    if not 7 <= len(national) <= 13:
        return None
    if set(national[3:]) == {"0"}:
        return "error"
    # the subscriber digits a counting run over the last seven (02-1234-5678, 123-456-7890, (07) 123-4567, and
    # after one leading digit: +852 2123-4567, +86 21 6123 4567: eval/blind/round45d), a stand-in's shape; a real
    # number has one of those eleven endings in about a million (none among the eval and corpora phones)
    tail = national[-7:]
    if tail in _ASCENDING or tail in _DESCENDING or national[:7] in ("0123456", "1234567"):
        return "error"  # (or counting from the first digit: +86 123 4567 8900; no area code or mobile starts so)
    if len(national) == 11 and national[3:5] == "00" and national[5:8] == national[:3] and national[8:] == "000":
        return "error"  # 13800138000
    if len(national) == 10 and (national[:3] == "555" or (national[3:6] == "555" and national[6:8] == "01")):
        return "error"  # area code 555 (none exists), and 555-0100 to 555-0199, set aside for fiction
    if len(national) == 7 and _FICTION_LOCAL.fullmatch(number.strip()):
        return "error"  # the same range written without its area code, as North America writes it: Tel: 555-0100
        # (twenty-seventh session; not 5550123, which a Chinese county's landline can be: review u27w)
    if len(set(national[-7:])) == 1:
        return "warning"
    return None


def _names_a_phone(key: str) -> bool:
    """Whether a script literal is a dictionary key naming a phone field: 'phone', "serviceTel", '客服电话'."""
    key = key.strip()
    if not 0 < len(key) <= 30 or " " in key:
        return False
    # whole words of the key (hotelCount, contactId and intelVersion hold "tel" and "contact" inside other words)
    # and the key ends with it (mobileUsers is a count): phone, serviceTel, mobilePhone, tel_no, phoneNumber
    tokens = [token.lower() for token in IDENTIFIER_WORDS.findall(key)]
    if tokens and tokens[-1] in ("no", "num", "number"):
        tokens = tokens[:-1]
    return (bool(tokens) and tokens[-1] in _KEY_WORDS) or any(key.endswith(word) for word in _KEY_HAN)


@register
class PlaceholderDummyContact(Rule):
    """Flags a template's dummy phone number or street address given as the operator's contact: 电话：010-12345678, 123 Main Street.

    ## What it does
    Reads the phone number after a contact label (电话, 手机, 热线, 客服, 传真, 联系方式, Tel,
    Phone, Fax, Hotline) and the English template addresses, and reports the values no operator has:

    - **error** (certain): every subscriber digit zero (400-000-0000, 138-0000-0000, 000-0000-0000);
      subscriber digits that count up or down (the last seven, or from the first digit: 010-12345678,
      02-1234-5678, (07) 123-4567, +852 2123-4567, 123-456-7890, +86 123 4567 8900; not a shorter run
      inside a real number such as (852) 2812 3456); the sample mobile 13800138000; area code 555 and 555-0100…0199, North
      America's fictional numbers (not 415 555 2671, a real exchange); the template town Anytown; a counting street number with an invented "<Word> City" and the postcode
      12345 (123 Privacy Street, Security City, 12345); a street named "example" after an address label (地址：示例路 1 号; not 「示例广场」, a product's page);
      a street numbered 123號 after an address label, within three lines of a certain stand-in phone (「電話：02-2345-6789」 then
      「地址：台北市大安區甜點街123號」; never alone: a real address may be number 123); a mailbox
      whose whole name is a run of digits (a123456789@qq.com, 1234567@163.com; not ticket-1234567@…); a counting run
      of digits as a mailbox's, a QQ or WeChat account's or a phone's value, on the label's next line too (「电子邮箱⏎
      123456」, 「QQ：12345678」, 「客服电话：」 alone, then 「12345678」; or a paragraph ending with the phone's label, 「…请拨打客服电话」, then
      「12345678」; not QQ：2876543210 or 123456@qq.com);
    - **warning** (likely): every subscriber digit the same non-zero digit (400-888-8888,
      13888888888): a vanity hotline can look like that; 123 Main Street (a real street address
      somewhere, but the one every English template uses).

    Not flagged: real hotlines that mix digits (400-800-8888, 400-820-8820, 95588); a number after
    例如, 格式, e.g., for example (a sample the policy shows, such as the format of a phone field);
    numbers with no contact label (dates, version numbers, amounts).  Masked values (400-XXX-XXXX,
    138xxxxxxxx) are `placeholder-instruction`'s.

    ## Severity
    Error when no real line has that number; warning when one could.  A street numbered 123號 after an
    address label, beside a stand-in phone, is a warning; an error only with a template's mailbox
    (privacy@example.com) in the same block too.

    ## Why is this bad?
    The reader is told to call a number that reaches nobody (or a stranger): the policy has no
    working contact, which PIPL 第十七条 and the PDPO's DPP5 require.

    ## Example
        客服电话：010-12345678  地址：123 Main Street, Anytown

    Use instead:
        客服电话：010-8888 6543  地址：北京市海淀区中关村大街 27 号

    ## References
    - PIPL 第十七条 (the handler's name and contact); GB/T 35273-2020 §5.5.
    """

    id = "placeholder-dummy-contact"
    severity = "warning"
    groups = ("placeholder",)
    supersedes = ("contact-inconsistent", "script-mixed", "placeholder-residue", "placeholder-instruction")
    messages = {
        "en": "template's dummy contact value: {text}",
        "zh-Hant": "聯絡資料仍為範本的虛構值：{text}",
        "zh-Hans": "联系信息仍为模板的虚构值：{text}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        joined = ctx.joined().text
        stand_ins: list[int] = []  # the lines of the certain stand-in phones (`_CN_COUNTING_ADDRESS`)
        for unit, start, _end, m in ctx.scan(_PHONE):
            if (
                _SAMPLE.search(m.group("between"))
                or _SAMPLE.search(unit.text, max(0, start - 8), start)
                or m.group("between").rstrip(" \t\u3000：:（(").endswith(("如", "像"))
                or _SAMPLE.search(unit.text, start + m.end() - m.start(), start + m.end() - m.start() + 6)
            ):
                continue  # 手机号（如 13800138000）: a sample of the data, not the contact
            verdict = _verdict(m.group("number"))
            if verdict is None:
                continue
            a = start + m.start("number") - m.start()
            b = start + m.end("number") - m.start()
            finding = self.finding(ctx, unit, a, b, text=unit.text[a:b])
            if verdict == "error":
                stand_ins.append(finding.line)
            yield finding if verdict == "warning" else finding._replace(severity="error")
        mailboxes: list[int] | None = None
        if stand_ins and ("123" in joined or "1234" in joined):
            for unit, start, end, _ in ctx.scan(_CN_COUNTING_ADDRESS):
                label = _ADDRESS_LABEL.search(unit.text, max(0, start - 30), start)
                line = unit.position(start)[0]
                if label is not None and any(abs(line - n) <= _NEAR_STAND_IN for n in stand_ins):
                    begin = label.end()
                    while begin < start and unit.text[begin] in "：: \t\u3000":
                        begin += 1  # the address from its first character after the label
                    mailboxes = _stand_in_mailboxes(ctx) if mailboxes is None else mailboxes
                    certain = any(abs(line - n) <= _NEAR_STAND_IN for n in mailboxes)
                    finding = self.finding(ctx, unit, begin, end, text=unit.text[begin:end])
                    yield finding._replace(severity="error") if certain else finding
        yield from self._in_scripts(ctx)
        yield from self._under_label(ctx)
        for unit, start, end in filler_values(ctx):  # (u60p) 电子邮箱⏎123456, QQ：12345678: counting digits as the value
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])._replace(severity="error")
        if any(n in joined for n in ("10086", "10010", "10000", "10001")) and not _CARRIER_OWN.search(joined):
            for unit, start, end, _ in ctx.scan(_CARRIER_NUMBER):
                if _CARRIER_BEFORE.search(unit.text, max(0, start - 16), start) or _CARRIER_AFTER.match(unit.text, end):
                    yield self.finding(ctx, unit, start, end, text=unit.text[start:end])._replace(severity="error")
        for unit, start, end, _ in ctx.scan(_CN_STREET):  # (a pre-check with `in` for the six words cost twice the scan)
            if not _ADDRESS_LABEL.search(unit.text, max(0, start - 24), start):
                continue  # 在"示例广场"浏览作品: a product's page, not an address
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])._replace(severity="error")
        for unit, start, _end, m in ctx.scan(_PERSON, needs=COLON):
            if _SAMPLE.search(unit.text, max(0, start - 12), start):
                continue  # 例如：联系人：张三, e.g. Name: John Doe: a form's sample, not the contact
            a, b = start + m.start("person") - m.start(), start + m.end("person") - m.start()
            yield self.finding(ctx, unit, a, b, text=unit.text[a:b])._replace(severity="error")
        for unit, start, end, _ in ctx.scan(_DIGIT_MAIL, needs="@"):
            while start > 0 and unit.text[start - 1] in _LOCAL_CHARS:
                start -= 1
            if not _DIGIT_LOCAL.fullmatch(unit.text, start, unit.text.index("@", start)):
                continue  # ticket-1234567@…, support+1234567@…: a real mailbox may carry a number
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])._replace(severity="error")
        hits = (
            ctx.scan(_ADDRESS)
            if ("Main" in joined or "Any" in joined or "Your" in joined or "City" in joined or "Town" in joined or "Street Name" in joined)
            else ()
        )  # a literal pre-check, in C
        for unit, start, end, m in hits:
            if m.group("town") and unit.text.rfind("Main", max(0, start - 40), start) != -1:
                continue  # 123 Main Street, Anytown: one address, reported with its street
            if m.group("sampletown") and (
                _SAMPLE_STREET_BEFORE.search(unit.text, max(0, start - 40), start) is not None
                or not _ADDRESS_LABEL.search(unit.text, max(0, start - 80), start)
            ):
                continue  # reported with its street (123 Game Street, Tech City), or a town named in prose, not an address
            if m.group("anystreet"):
                town = _ADDRESS.search(unit.text, end, min(len(unit.text), end + 40))
                if town is None or not (town.group("town") or town.group("sampletown")):
                    zipped = _INVENTED_TOWN_ZIP.match(unit.text, end)
                    if zipped is not None:  # 123 Privacy Street, Security City, 12345
                        f = self.finding(ctx, unit, start, zipped.end(), text=unit.text[start : zipped.end()])
                        yield f._replace(severity="error")
                    continue  # 123 Queen Street, a real-looking address: only with an invented town is the street a sample
                yield self.finding(ctx, unit, start, town.end(), text=unit.text[start : town.end()])._replace(severity="error")
                continue
            if m.group("street"):
                town = _ADDRESS.search(unit.text, end, min(len(unit.text), end + 40))
                if town is not None and town.group("town"):
                    f = self.finding(ctx, unit, start, town.end(), text=unit.text[start : town.end()])
                    yield f._replace(severity="error")
                    continue
                yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
                continue
            yield self.finding(ctx, unit, start, end, text=unit.text[start:end])._replace(severity="error")

    def _under_label(self, ctx: Context) -> Iterator[Finding]:
        """(u60p) 「客服电话：」 alone in its paragraph, the next one a number and nothing else: the label's value; (u61p) or
        a paragraph ending with the label (「…联系电话：」, 「…请拨打客服电话」), the next one opening with the number."""
        for label, unit in label_pairs(ctx):
            alone = _LABEL_ALONE.fullmatch(label.text.strip(_LABEL_MARKS)) is not None
            if not alone:
                end = rstripped(label.text, len(label.text), _LABEL_MARKS)
                tail = _LABEL_ENDS.search(label.text, max(0, end - 16), end)
                if tail is None or _SAMPLE.search(label.text, max(0, tail.start() - 8), tail.end()):
                    continue  # no label at the paragraph's end, or a sample's (例如手机号码：)
            lead = len(unit.text) - len(unit.text.lstrip())
            bare = _BARE_NUMBER.fullmatch(unit.text.strip()) if alone else _BARE_NUMBER.match(unit.text, lead)
            verdict = None if bare is None else _verdict(bare.group("number"))
            if bare is not None and verdict is not None and _ZERO_NUMBER.fullmatch(bare.group("number")) is None:
                a, b = (lead + bare.start("number"), lead + bare.end("number")) if alone else bare.span("number")
                finding = self.finding(ctx, unit, a, b, text=unit.text[a:b])
                yield finding if verdict == "warning" else finding._replace(severity="error")  # (400-000-0000: the other rule's)

    def _in_scripts(self, ctx: Context) -> Iterator[Finding]:
        """Dummy numbers in the string literals of a page's inline scripts: 'contact': '联系电话：13800138000',
        {'phone': '400-000-0000'} (the key names the field), unless the page shows the same text itself."""
        previous = ""
        for text, pieces in ctx.doc.scripts:
            key, previous = previous, text
            spans: list[tuple[int, int]] = []
            for m in _PHONE.finditer(text):
                if not _SAMPLE.search(m.group("between")):
                    spans.append(m.span("number"))
            bare = _BARE_NUMBER.fullmatch(text.strip())
            if not spans and bare is not None and _names_a_phone(key):
                lead = len(text) - len(text.lstrip())
                spans.append((lead + bare.start("number"), lead + bare.end("number")))
            for start, end in spans:
                verdict = _verdict(text[start:end])
                if verdict is None or shown_on_page(ctx, text, start, end):
                    continue
                unit = TextUnit(text, "script", None, None, (pieces, pieces[0].line, pieces[0].column))
                finding = self.finding(ctx, unit, start, end, text=text[start:end])
                yield finding if verdict == "warning" else finding._replace(severity="error")
