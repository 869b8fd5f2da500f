"""Slot forms of `placeholder-instruction` from the thirty-sixth blind round, second part (u36r2, issue #11 §1).

Traditional Chinese (Taiwan, Hong Kong) and bilingual pages.  Each form is a class seen in the round's dev part
(`eval/blind/round36b/dev`) or named in the issue as a known miss, with invented variants both ways in
`tests/test_u36r2_placeholders.py`:

- a phone or an e-mail whose digits or letters are the letter O, as Taiwan templates write them: 「(02)OOOO-OOOO」,
  「0800-OOO-OOO」, 「OOO@OOO.com.tw」 (full-width 「ＯＯＯ」 is read as O, `Context.width_folded`).  A phone needs an
  area code or country code before its O groups, or a phone label just before it (電話：OOOO-OOOO); an e-mail needs
  O letters on both sides of the @.  Not 「OOP」, not a lone 「○」 (a bullet, a yes mark in a table), not a phone masked on
  purpose (「0912****678」, stars), not a sample (例如 0912-OOO-OOO, 格式：OOO@OOO.com) nor code;
- a half-width bracket slot whose field is named by the Latin word e-mail after a Chinese qualifier: 「[審查聯絡 Email]」,
  「[可即時收信的 Email]」, 「[你的 TestFlight 回饋 Email]」 (the qualifier may hold Latin words; the last word before
  Email is Chinese; 「[Email]」 alone is an English slot head's).  Not a Markdown link 「[聯絡 Email](mailto:…)」, nor a button or field the
  reader is told to use (「點選 [聯絡 Email] 按鈕」);
- a half-width bracket that only describes the value and gives an example cut off by an ellipsis, a form's prompt left as
  the value: 「[含國碼，例如 +886...]」, 「[公司統編，如 1234…]」.  Not a bracket that ends its example (「[例如 Google]」);
- a contact left to be announced: 「請透過本網站日後公布的聯絡方式與我們聯繫」, 「聯絡信箱將於日後公布」.  The deferral
  (日後, 稍後, 另行…) is next to the announcing verb and the thing announced is a contact channel; not 「本政策如有修改，
  將於日後公布」 (a change, not a contact), nor 「聯絡方式如有變更，將另行公告」 (a change of a given contact);
- a note to the operator to add a contact before the page goes live: 「建議在正式上線前補上聯絡信箱或客服窗口」,
  「請於上線前提供客服電話」.  The step (上線, 發布, 上架…) before 前, then the verb of adding (補上, 填入, 提供…) and a
  contact or operator fact; not when the clause names the reader (「建議您在發布前補上聯絡方式」 is said to a user).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import CONTRACT_PARTIES
from policylens.rules.context import Context, TextUnit, in_code
from policylens.rules.placeholder_instruction import _CONTACT_FIELD, _date_label

_O = "[Oo]"  # (full-width Ｏ is folded to O by the context the rule reads)
# a phone: an optional country code, an area code (in brackets or followed by a dash or a blank), then two or three
# groups of three or four O letters; or no prefix and a phone label just before (checked in `_o_phones`)
_O_PHONE = lazy(
    r"(?<![A-Za-z0-9])(?P<prefix>\+\d{1,3}[ \t-]?(?:\(?\d{1,4}\)?[ \t-])?|\(\d{1,4}\)[ \t-]?|\d{2,4}[ \t-])?"
    rf"(?P<groups>{_O}{{3,4}}-{_O}{{3,4}}(?:-{_O}{{3,4}})?|{_O}{{7,8}})(?![A-Za-z0-9])"
)
# (a phone's label, or a company number's: 統一編號：OOOOOOOO)
_PHONE_LABEL = lazy(
    r"(?:電話|电话|專線|专线|傳真|传真|手機|手机|熱線|热线|客服|統一編號|統編|统一编号|稅籍編號|(?i:tel|phone|fax|mobile))"
    r"[^\n]{0,4}[：:]?[ \t\u3000]*\Z"
)
# an e-mail: O letters on both sides of the @ (OOO@OOO.com.tw, ooo@ooo.com)
_O_EMAIL = lazy(rf"(?<![A-Za-z0-9._%+-]){_O}{{2,}}@{_O}{{2,}}(?:\.[A-Za-z]{{2,}})+(?![A-Za-z0-9-])")
# a sample announced just before (例如, 格式, e.g.): not a slot
_SAMPLE_BEFORE = lazy(r"例如|比如|譬如|格式|示例|範例|范例|樣例|样例|舉例|举例|例：|例:|(?i:e\.g\.|for\s+example|such\s+as|format)")

# [審查聯絡 Email]: a Chinese qualifier (Latin words may sit in it), its last word Chinese, then the e-mail word
_EMAIL_SLOT = lazy(
    r"\[(?P<slot>(?=[^\]\n]{0,24}[\u4e00-\u9fff])[\u4e00-\u9fffA-Za-z0-9 \t]{0,20}?[\u4e00-\u9fff][ \t]?"
    r"(?i:e-?mail)(?:[ \t]?(?:地址|信箱|(?i:address)))?)\](?![(\[:])"
)
# a UI control the reader is told to use: 點選 [聯絡 Email] 按鈕, 前往 [聯絡 Email] 頁面
_UI_BEFORE = lazy(r"(?:點選|点选|點擊|点击|按下|選擇|选择|前往|進入|进入|開啟|打开|打開|切換到|切换到)[ \t]*\Z")
_UI_AFTER = lazy(
    r"[ \t]{0,2}(?:按鈕|按钮|鍵|键|頁面|页面|頁籤|页签|分頁|選單|选单|菜單|菜单|欄位|栏位|標籤|标签|(?i:button|tab|page|field))"
)

# [含國碼，例如 +886...]: a short description, then an example cut off by an ellipsis
_PROMPT_SLOT = lazy(
    r"\[(?P<slot>[\u4e00-\u9fff][^\]\n，,。；;]{0,12}[，,][ \t]*(?:例如|比如|譬如|如|(?i:e\.g\.))[ \t：:]*"
    r"[^\]\n]{1,24}?(?:\.{3}|…{1,2}))\]"
)

_CONTACT = (
    r"(?:聯絡方式|聯繫方式|联系方式|聯絡管道|聯繫管道|联系渠道|聯絡窗口|联络窗口|聯繫窗口|客服窗口|客服管道|客服信箱|客服邮箱"
    r"|聯絡信箱|聯繫信箱|联系邮箱|聯絡電話|聯繫電話|联系电话|客服電話|客服电话|電子郵件|电子邮件|電郵|(?i:e-?mail)|信箱|邮箱)"
)
_DEFER = r"(?:日後|日后|之後|之后|稍後|稍后|另行|後續|后续|將來|将来|未來|未来)"
_ANNOUNCE = r"(?:公布|公佈|公告|提供|告知|補上|补上)"
# 日後公布的聯絡方式 (the deferral before the contact) or 聯絡信箱將於日後公布 (after it)
_DEFERRED_CONTACT = lazy(
    rf"(?P<slot>{_DEFER}(?:再)?{_ANNOUNCE}(?:之|的)?{_CONTACT}"
    # (the contact the subject: not 以電子郵件另行告知, a channel the news goes by)
    r"|(?<!以)(?<!用)(?<!透過)(?<!透过)(?<!通過)(?<!通过)(?<!經由)(?<!经由)(?<!藉由)(?<!借由)"
    rf"(?P<subject>{_CONTACT})(?:將|将|會|会)?(?:於|于|在)?{_DEFER}(?:再)?{_ANNOUNCE}(?![^。！!？?\n]{{0,6}}(?:變更|变更|更新|修改)))"
)
# a channel the news goes by, earlier in the clause: 「我們將以應用程式內通知或電子郵件另行告知」 (not a contact left out)
_CHANNEL_BEFORE = lazy(r"(?:以|用|透過|透过|通過|通过|經由|经由|藉由|借由)[^。！!？?\n，,；;]{0,20}\Z")
# a change of a contact already given, announced later: not a slot
_CHANGE_BEFORE = lazy(r"(?:變更|变更|更改|更新|修改|異動|异动)[^。！!？?\n]{0,12}\Z")

# 建議在正式上線前補上聯絡信箱: a note to add a contact or an operator fact before the page goes live
_ADD_BEFORE_LAUNCH = lazy(
    r"(?P<slot>(?:建議|建议|請|请|務必|务必|需|須|须|應|应)[ \t\u3000]?(?:於|于|在)[ \t\u3000]?(?:正式)?"
    r"(?:上線|上线|發布|發佈|发布|上架|公開|公开|啟用|启用|營運|营运)(?:之)?前[，,]?[ \t\u3000]?(?:先)?"
    r"(?:補上|补上|加上|填上|填入|補充|补充|提供|設置|设置|設定|设定|放上|列出|寫明|写明)"
    rf"[^。！!？?\n]{{0,10}}?(?:{_CONTACT}|地址|公司名稱|公司名称|負責人|负责人|營運者|运营者)[^。！!？?\n]{{0,40}})"
)
_READER = lazy(r"[您你]|閣下|阁下")
# (review u36x) the contact is the reader's own, given later: 「通过您日后提供的联系方式」, 「用户在注册之后提供邮箱」
# (a clause whose subject is the reader, or 之後 after a verb: "after registering", not "later")
# (the reader within four characters of the deferral, not the reader told to use a channel: 「请您通过日后公布的联系方式」 is
# the operator's own contact left out)
_READER_BEFORE = lazy(
    r"(?:[您你妳]|閣下|阁下|用户|用戶|使用者)(?:(?!通过|透过|透過|通過|經由|经由|依照|按照|參照|参照)[^。！!？?\n，,；;]){0,4}\Z"
)
_AFTER_AN_ACT = lazy(r"[\u4e00-\u9fff](?<![於于在將将會会再])之[後后]")
# a party of a contract bound to provide the contact: 「乙方应于上线前提供客服电话」, 「商家須於上架前提供聯絡電話」
# (a merchant's or partner's duty, not a note to the page's own operator)
_PARTY_BEFORE = lazy(rf"(?:{CONTRACT_PARTIES}|客户|客戶|会员|會員|用户|用戶|使用者|申请人|申請人)[^。！!？?\n，,；;]{{0,6}}\Z")
# a mail the news goes by, sent earlier in the clause: 「我們會寄送電子郵件另行告知」
_SENT_BEFORE = lazy(r"(?:寄送|寄發|寄发|發送|发送|傳送|传送|發出|发出)[^。！!？?\n，,；;]{0,6}\Z")
# 正式聯絡人、電郵及郵寄地址會喺上線前補上: the same note as a promise, the contact its subject (Cantonese 喺 for 於;
# eval/blind/round36b legendx-hk-tsx, read after its held-out run)
_ADDED_BEFORE_LAUNCH = lazy(
    rf"(?P<slot>(?:{_CONTACT}|地址|聯絡人|联络人|联系人|公司名稱|公司名称|負責人|负责人)(?:(?!變|变|更|改)[^。！!？?\n，,；;]){{0,16}}?"
    r"(?:將|将|會|会)[ \t\u3000]?(?:於|于|喺|在)?[ \t\u3000]?(?:正式)?(?:上線|上线|發布|發佈|发布|上架|公開|公开|啟用|启用)(?:之)?前"
    r"[ \t\u3000]?(?:補上|补上|加上|填上|填入|補充|补充|提供|公布|公佈|列出|寫明|写明))"
)

# 生效日期：民國　　年　　月　　日: the policy's own date left blank after the ROC era (checked: a date label before it)
_ROC_BLANK_DATE = lazy(r"(?:中華民國|中华民国|民國|民国)[ \t\u3000]{0,2}[ \t\u3000_＿]{1,8}年[ \t\u3000_＿]{1,8}月[ \t\u3000_＿]{1,8}日")
# 公司名稱：請輸入公司名稱, 客服信箱：請輸入: a form's prompt as a field's whole value (the label a contact or the
# operator's field; not 密碼：請輸入 8 位以上英數字, a form's help)
_LABEL_PROMPT = lazy(
    rf"[ \t\u3000*]{{0,8}}(?:[^\s:：]{{0,8}}?(?:{_CONTACT_FIELD}|統一編號|統編|负责人|負責人))[ \t\u3000*]{{0,4}}[：:][ \t\u3000]{{0,4}}"
    r"(?P<value>(?:請|请)(?:在此)?(?:輸入|输入|填寫|填写|填入)(?:貴司|贵司|貴公司|贵公司|您的|你的|公司)?"
    rf"(?:[\u4e00-\u9fffA-Za-z]{{0,8}}?(?:{_CONTACT_FIELD}|統一編號|統編))?)[ \t\u3000。.]{{0,8}}"
)


# the `needs` of the scan below, made once (u56t: written in the call, a new lazy pattern compiled and bound at every scan)
_O_PHONE_NEEDS = lazy(r"[Oo]{3}")


def _o_phones(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """Phone numbers written with the letter O for digits (「(02)OOOO-OOOO」), with an area code or a phone label."""
    for unit, start, end, m in ctx.scan(_O_PHONE, needs=_O_PHONE_NEEDS):
        if in_code(unit, start) or _sample(unit, start):
            continue
        if m.group("prefix") is None and _PHONE_LABEL.search(unit.text, max(0, start - 12), start) is None:
            continue  # OOOO-OOOO with no area code and no phone label: not known to be a phone
        yield unit, start, end


def _sample(unit: TextUnit, start: int) -> bool:
    """Whether the 16 characters before `start` announce a sample."""
    return _SAMPLE_BEFORE.search(unit.text, max(0, start - 16), start) is not None


# the `needs` of the scans below, made once (u56t: written in the call, a new lazy pattern compiled and bound at every scan)
_EMAIL_SLOT_NEEDS = lazy(r"(?i:mail)")
_PROMPT_SLOT_NEEDS = lazy(r"\.\.\.|…")
_ROC_BLANK_DATE_NEEDS = lazy(r"民[國国]")


def hant_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above, in document order per form."""
    yield from _o_phones(ctx)
    for unit, start, end, _ in ctx.scan(_O_EMAIL, needs="@"):
        if not in_code(unit, start) and not _sample(unit, start):
            yield unit, start, end
    for unit, start, end, _ in ctx.scan(_EMAIL_SLOT, needs=_EMAIL_SLOT_NEEDS):
        if _UI_BEFORE.search(unit.text, max(0, start - 8), start) or _UI_AFTER.match(unit.text, end):
            continue
        yield unit, start, end
    for unit, start, end, _ in ctx.scan(_PROMPT_SLOT, needs=_PROMPT_SLOT_NEEDS):
        yield unit, start, end
    for unit, start, _, m in ctx.scan(_DEFERRED_CONTACT):
        lo = start + m.start("slot") - m.start()
        hi = start + m.end("slot") - m.start()
        if _CHANGE_BEFORE.search(unit.text, max(0, lo - 20), lo) or _READER.match(unit.text, hi):
            continue
        if m.group("subject") is not None and (
            _CHANNEL_BEFORE.search(unit.text, max(0, lo - 24), lo) or _SENT_BEFORE.search(unit.text, max(0, lo - 12), lo)
        ):
            continue  # 聯絡方式如有變更，將另行公告 (a given contact changed); 另行告知您 (news told to the reader)
        if _READER_BEFORE.search(unit.text, max(0, lo - 16), lo) or _AFTER_AN_ACT.match(unit.text, max(0, lo - 1)):
            continue  # 您日后提供的联系方式, 注册之后提供邮箱: the reader's own contact (review u36x)
        yield unit, lo, hi
    for unit, start, _, m in ctx.scan(_ADD_BEFORE_LAUNCH, needs="前"):
        lo, hi = start + m.start("slot") - m.start(), start + m.end("slot") - m.start()
        if _READER.search(unit.text, lo, hi) or in_code(unit, start):
            continue  # 建議您在發布前補上聯絡方式: said to a user
        if _PARTY_BEFORE.search(unit.text, max(0, lo - 12), lo):
            continue  # 乙方应于上线前提供客服电话: a contract party's duty (review u36x)
        yield unit, lo, hi
    for unit, start, _, m in ctx.scan(_ADDED_BEFORE_LAUNCH, needs="前"):
        if not in_code(unit, start):
            yield unit, start + m.start("slot") - m.start(), start + m.end("slot") - m.start()
    for unit, start, end, _ in ctx.scan(_ROC_BLANK_DATE, needs=_ROC_BLANK_DATE_NEEDS):
        if _date_label(unit.text, start):
            yield unit, start, end
    for unit in ctx.units():
        if len(unit.text) <= 40 and ("請" in unit.text or "请" in unit.text):
            prompt = _LABEL_PROMPT.fullmatch(unit.text)
            if prompt is not None:
                yield unit, prompt.start("value"), prompt.end("value")


__all__ = ["hant_slots"]
