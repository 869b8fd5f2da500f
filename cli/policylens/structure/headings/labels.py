"""Lines shaped like titles that are none: a label's value, a contact's name, the page's own lines.

The value under a short label closed by a colon (a flattened table), a bold name under a contact field's label
or over its address, and the lines of the page around the policy (version lines, link rows, copyright lines,
the tail of a contact block, an unwritten body) that `_drop_page_lines` takes back from the headings.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.model import Block
from policylens.normalise import WHITESPACE, fold
from policylens.patterns import (
    CONTACT_CHANNELS,
    CONTACT_LABEL_CHANNELS,
    CONTACT_PERSON,
    EMAIL,
    RIGHTS_RESERVED,
    STATEMENT_ENDS,
    URL_START,
    unwritten_body,
)
from policylens.structure.headings.values import _has_colon
from policylens.structure.memo import UNKNOWN, Table, parse_number
from policylens.structure.shapes import (
    Heading,
    heading_like,
    unemphasise,
)

# What a section over fields is called (「联系方式」, 「第三方SDK列表」, 「基本信息」), unlike a product's or a brand's name
_FIELDS_SECTION_WORD = lazy(
    r"联系|聯絡|聯繫|信息|資訊|資料|数据|數據|列表|清单|清單|目录|目錄|说明|說明|方式|权限|權限|SDK|第三方|主体|主體|运营者|營運者|概况|概況"
)


# Lines of a page that are never a section's title, however short and alone (unless the markup makes them headings):
# a version line (「版本 v1.0 · 生效日期 2026年4月15日」, 「版本：V1.2」), a link row (「查看《服务条款》 →」), a copyright line
# (「© 2025 某某APP 版权所有」, "Plus One © 2021")
# (a bare 「V1.2」 only alone or before a date or separator: 「V2.0 更新说明」 is a section about that version, review rv13a)
_VERSION_LINE = lazy(
    r"\A(?:(?:当前|當前)?版本[号號]?|(?i:version|ver\.?))[ \t]*(?:[:：][ \t]*)?[Vv]?\d"
    r"|\A[Vv]\d+(?:\.\d+)+[ \t]*(?:\Z|[·|｜/,，(（]|\d{4}[-/.年])"
)
_LINK_ROW = lazy(r"\A(?:查看|点击|點擊|前往|阅读|閱讀|详见|詳見)[ \t]*[《「『]")
_ARROWS = ("→", "›", "»", "➜", "➔", "⟶")
# (© or "Copyright 2021" anywhere, 版权所有 / all rights reserved only at the end: 「Copyright」 and 「版权所有与知识产权」 alone
# are titles of a section about copyright, review rv13a)
_COPYRIGHT = lazy(
    r"©|\((?i:c)\)[ \t]*\d|(?i:copyright)[ \t]*(?:©[ \t]*)?\d{4}"
    rf"|(?:{RIGHTS_RESERVED})[ \t]*+(?:[。．.！!][ \t]*+)?\Z"
)
# the last lines of a contact block: a field line above, then a value (a phone number, an address's tail) or a sentence
# that opens with its subject (「客服邮箱：service@example.com」 / 「我们会尽快处理您的反馈」); 「政策更新」 is a title
_FIELD_LINE = lazy(rf"(?:{CONTACT_CHANNELS}|(?i:e-?mail|phone|tel|fax|address))[ \t]*[:：][ \t]*\S")
# a contact field's bare name over its value (「**电话**」 / 「400-888-9999」 in a contact card)
_FIELD_NAME = lazy(
    rf"(?:客服|联系|聯絡|联络|聯繫|服务|服務|官方)?(?:{CONTACT_CHANNELS}|电子邮件|電子郵件|手机|手機|网址|網址|"
    r"(?i:e-?mail|phone|tel|fax|address|website))[ \t]*:?"
)
_VALUE_LINE = lazy(rf"\A(?:[^ \t@]+@[^ \t]+|(?:{URL_START})\S+|\+?[\d \t()-]{{7,}})\Z")
# the tail of a contact block is a sentence: 「我们会尽快处理您的反馈」 (we + a verb of what follows), or any line of these
# subjects that ends as a sentence does; not 「您的权利」 or 「如您对本政策有疑问」, titles right after a field line (rv13a)
_CONTACT_SUBJECT = lazy(r"我们|我們|您|你|请|請|如|若")
_WE_WILL = lazy(r"(?:我们|我們)(?:将|將|会|會|可|承诺|承諾|收到|在收到)")
_TAIL_ENDS = STATEMENT_ENDS  # (not _SENTENCE_ENDS below: a question is no tail)
_QUESTION = lazy(r"如何|怎样|怎樣|什么|什麼|哪些")
_PHONE = lazy(r"\d(?:[ \t-]?\d){6}")
# A consent dialog's buttons (「同意并接受」 / 「暂不同意」, 「我已阅读并同意」, 「确定」): controls, never a section's title
# (eval/structure39c wanshibang-consent-vue: the text of a `<view @click="submit">` styled as a pill button)
_BUTTON = lazy(
    r"\A(?:我已(?:阅读|閱讀|知悉)(?:并|並)?)?(?:暂不|暫不|不)?(?:同意|接受|拒绝|拒絕)"
    r"(?:并|並)?(?:继续|繼續|接受|进入|進入|使用|退出|离开|離開)?(?:应用|應用|APP)?[!！。.]?\Z"
    r"|\A(?:确定|確定|确认|確認|取消|关闭|關閉|我知道了|知道了|退出应用|退出應用)\Z"
    r"|\A(?i:i agree|agree|disagree|accept|decline|cancel|ok)\Z"
)
# A statement of when the text takes effect (「本声明自更新之日起生效」 in a sign-off block over a date and the
# company's name, eval/structure39c quanjing-pre-html): a sentence without its 。, never a title (「生效日期」,
# 「协议的生效」, 「关于本政策的实施」 have no 「自…起」 / 「于…日」)
_TAKES_EFFECT = lazy(r"(?:自|于|於|从|從)[^，,。;；]{0,24}?(?:起|日)(?:正式)?(?:生效|施行|实施|實施)\Z")


def _drop_page_lines(blocks: list[Block], found: dict[int, Heading]) -> None:
    """Version lines, link rows, copyright lines, a dialog's buttons, a statement of effect, the tail of a contact block and
    an unwritten body (暂无内容) are no headings (unless explicit)."""
    for i in [i for i, h in found.items() if h.number is None and blocks[i].kind != "heading"]:
        if _page_line(blocks, i):
            del found[i]


def _page_line(blocks: list[Block], i: int) -> bool:
    """Is block `i` a line of the page around the policy's text rather than a title (see `_drop_page_lines`)?"""
    own, field_name, tail, channel = _page_text(blocks[i].text)
    if own:
        return True
    if field_name and i + 1 < len(blocks) and _VALUE_LINE.fullmatch(fold(blocks[i + 1].text).strip()):
        return True  # 「电话」 over 「400-888-9999」
    if i == 0:
        return False
    # ... under a field line: the line above (often a long paragraph) is read only for a line that reads as a tail
    if tail and _FIELD_LINE.search(fold(blocks[i - 1].text)) is not None:
        return True
    return channel and _channel_entry(blocks, i)


_PAGE_TEXTS = Table()  # `_page_text`'s answers (`structure.memo`)


def _page_text(raw: str) -> tuple[bool, bool, bool, bool]:
    """What `_page_line` reads of a block's own text, worked out once per text (u54t: the tests read it alone, and a
    folder of one template's policies asks them of the same lines in every file): whether it is a page's line by itself,
    a field's name (「电话」), a contact block's tail, and a contact feature (`_channel_entry`)."""
    found = _PAGE_TEXTS.answers.get(raw, UNKNOWN)
    if found is UNKNOWN:
        text = fold(unemphasise(raw)).strip()
        own = bool(
            _VERSION_LINE.match(text)
            or _LINK_ROW.match(text)
            or text.endswith(_ARROWS)
            or _COPYRIGHT.search(text)
            or _BUTTON.match(text)
            or _TAKES_EFFECT.search(text)
            # 「暂无内容」 under a title: a body never written, not a section of its own (twenty-seventh session)
            or unwritten_body(text) is not None
        )
        tail = bool(
            # (the sentence tests only after the subject's: most titles open with none, twenty-fifth session)
            (_CONTACT_SUBJECT.match(text) and (_WE_WILL.match(text) or text.endswith(_TAIL_ENDS)) and not _QUESTION.search(text))
            or _PHONE.search(text)  # 「我们会尽快处理您的反馈」, 「客服电话 400 888 9999」
            or (_ADDRESS_PART.search(text[-1:]) and any(ch.isdigit() for ch in text))  # 「嘉华国际中心9楼909室」
        )
        found = _PAGE_TEXTS.keep(raw, raw, (own, _FIELD_NAME.fullmatch(text) is not None, tail, _CHANNEL_FEATURE.search(text) is not None))
    return found  # type: ignore[no-any-return]


# a way to reach us named as a feature of the app, one more entry of a list of channels: 「应用内置的联系我们功能」
_CHANNEL_FEATURE = lazy(r"(?:联系|聯繫|聯絡|联络|客服|反馈|反饋|回馈|回饋)[^，,。；;:：]{0,8}(?:功能|入口|按钮|按鈕|页面|頁面)\Z")
# a list's field line 「邮箱1: …」, 「qq: …」, 「微信: …」 (numbered, any case)
_LIST_FIELD = lazy(rf"\A[^:：]{{0,6}}(?:{CONTACT_CHANNELS}|(?i:qq|wechat|e-?mail|phone|tel))[ \t]*+(?:\d{{1,2}}[ \t]*+)?[:：][ \t]*+\S")


def _channel_entry(blocks: list[Block], i: int) -> bool:
    """「邮箱1: …」 / 「微信: …」 / 「qq: …」 then 「应用内置的联系我们功能」: the app's own contact feature listed after its fields.

    One more way to reach the operator at the end of a list of channels, not a section (eval/structure49 billx L151,
    held out by u49a, fixed by u49a2): a line naming a contact, feedback or customer-service feature (功能, 入口, 按钮,
    页面) right under two field lines.  「联系方式」 or 「联系我们」 after a contact block stays a title (no feature word).
    """
    if i < 2:  # (the line's own test, `_CHANNEL_FEATURE`, is `_page_text`'s)
        return False
    return all(_LIST_FIELD.search(fold(blocks[k].text).strip()) is not None for k in (i - 1, i - 2))


def _value_of_label(blocks: list[Block], i: int) -> bool:
    """「第三方SDK名称：」 then 「Unity3D SDK」: the line after a short label closed by a colon is its value.

    A table flattened into lines (label, value, label, value) reads as a list of short
    lines; a value is never a section, however heading-shaped (「统计设备信息」).
    """
    if i == 0 or blocks[i - 1].kind != "paragraph" or len(blocks[i - 1].pieces) != 1:
        return False
    if not _has_colon(blocks[i - 1].text):
        return False
    label = fold(unemphasise(blocks[i - 1].text)).rstrip()
    # 「我們提供數種刪除方式，請依版本選擇：」 is a sentence announcing what follows, not a label
    return label.endswith(":") and "," not in label and heading_like(label[:-1], limit=20)


# A field whose value is a person or a way to reach one (「个人信息保护负责人：」, 「联系人：」, "Email:"); not 邮件
# (「关于营销邮件：」 is a topic whose next line may be a sub-title, 「**退订方式**」)
_CONTACT_LABEL = lazy(
    rf"(?:{CONTACT_PERSON}|专员|專員|官员|官員|{CONTACT_LABEL_CHANNELS}|"
    r"(?i:\bDPO|\bname|\bcontact(?: person)?|\be-?mail|\bphone|\baddress))$"
)


# what a contact field's value looks like: a person's name (「张三」, 「歐陽小明」, "Jane Doe"), or an address with a number;
# a title has a title's words (「本政策如何更新」, 「联系我们」, 「其他」)
_PERSON_NAME = lazy(r"[\u4e00-\u9fff·]{2,5}|[A-Z][a-z]+(?:[ -][A-Z][a-z.]+){1,2}")
_TITLE_WORD = lazy(
    r"我们|我們|政策|信息|資訊|资讯|资料|資料|数据|數據|权利|權利|权益|權益|说明|說明|条款|條款|附则|附則|其他|其它|更新|联系|聯絡|聯繫|"
    r"定义|定義|范围|範圍|安全|保护|保護|儿童|兒童|未成年|如何|变更|變更|适用|適用|生效|共享|存储|儲存|使用|收集|蒐集|管理|声明|聲明|协议|協議"
)
_ADDRESS_PART = lazy(r"[省市区區县縣路街道号號楼樓室]")


def _value_of_contact_label(blocks: list[Block], i: int) -> bool:
    """「个人信息保护负责人：」 then 「**张三**」: a bold line under a contact field's bare label is its value, not a title.

    Only a contact field's label (a person, e-mail, phone, address): a lead-in such as
    「我们收集以下信息：」 may well be followed by bold sub-titles.
    """
    if i == 0 or blocks[i - 1].kind != "paragraph" or len(blocks[i - 1].pieces) != 1:
        return False
    label = fold(unemphasise(blocks[i - 1].text)).strip()
    if not label.endswith(":") or len(label) > 16 or not _CONTACT_LABEL.search(unemphasise(label[:-1]).strip()):
        return False  # `fold` makes ： a colon
    # the bold line must read as a value: a blank field in a draft (「联系电话：」) may stand right above the next title
    value = unemphasise(blocks[i].text).strip()
    if _PERSON_NAME.fullmatch(value):
        return _TITLE_WORD.search(value) is None
    return _ADDRESS_PART.search(value) is not None and any(ch.isdigit() for ch in value)


# A contact value in an address block: an e-mail address or a web address
_CONTACT_VALUE = lazy(rf"{EMAIL}|{URL_START}", re.IGNORECASE)
_ADDRESS_BLOCK_MAX = 200  # an address block is a few short lines; a section's first paragraph may well give an e-mail


def _name_over_its_address(blocks: list[Block], i: int) -> bool:
    """「数据控制者为：」 then 「<strong>ShyBen Apps</strong><br />奥地利<br />电子邮箱：…」: the bold first line of an address
    block that a lead-in announces is the name it gives, not a title (twenty-seventh session, `eval/pairs27` pikori-address:
    the controller's name changed and was shown as a section renamed).

    The lead-in ends with a colon, the bold line is no section over fields (「联系方式」 stays a title) and carries no number,
    and the block right below it (the rest of the same <p>, on the next line) is short and gives an e-mail or web address.
    """
    if i == 0 or i + 1 >= len(blocks) or blocks[i - 1].kind != "paragraph" or blocks[i + 1].kind != "paragraph":
        return False
    if not fold(unemphasise(blocks[i - 1].text)).rstrip(WHITESPACE).endswith(":"):  # `fold` makes ： a colon
        return False
    name = unemphasise(blocks[i].text).strip()
    if _FIELDS_SECTION_WORD.search(name) or parse_number(name) is not None:
        return False
    below = blocks[i + 1]
    if below.line not in (blocks[i].end_line, blocks[i].end_line + 1) or len(below.text.strip()) > _ADDRESS_BLOCK_MAX:
        return False
    return _CONTACT_VALUE.search(below.text) is not None


# a bold label over a list, closed by a colon: 「**允许：**」 (at most this many characters before the colon)
_LABEL_MAX = 30


def _bold_label_over_list(block: Block, below: Block | None) -> bool:
    """A whole-bold single line directly over a list item (its label or a title over its list)."""
    if below is None or below.kind != "item" or len(block.pieces) > 1:
        return False
    return block.kind == "paragraph" and (block.emphasised or unemphasise(block.text) != block.text)


def _colon_label(block: Block) -> bool:
    """「**允许：**」: closed by a colon, the only one, after at most `_LABEL_MAX` characters."""
    label = fold(unemphasise(block.text)).strip(WHITESPACE)
    return label.endswith(":") and 0 < len(label) - 1 <= _LABEL_MAX and ":" not in label[:-1]


def colon_label_siblings(blocks: list[Block]) -> frozenset[int]:
    """「## 滥用」 / 「**允许：**」 / items / 「**禁止**」 / items: the bold lines over a list that are labels like their
    colon-closed siblings, not sub-titles (forty-fourth session, u44d; `eval/pairs43` kk-realname: 「**禁止**」 was a
    heading and 「**禁止：**」 in the next version was not, so diff showed the section 禁止 merged into 滥用 though only a
    colon was added).

    Within one explicit section (Markdown `#`, HTML `<h*>`), among the bold lines each directly over a list item: when at
    least half of them are closed by a colon, the others are labels too.  One 「**请注意：**」 among three bold
    sub-titles over their lists (review r44) leaves the sub-titles as they are; a run of bold lines with no colon, or a
    bold line over a paragraph, stays a title.  One pass over the blocks (the first form walked the section both ways
    from every line: quadratic, 20 s of CPU on 3,000 label and list pairs).
    """
    labels: set[int] = set()
    bare: list[int] = []
    colons = 0
    for i in range(len(blocks) + 1):
        if i == len(blocks) or blocks[i].kind == "heading":
            if colons and 2 * colons >= colons + len(bare):
                labels.update(bare)
            bare, colons = [], 0
            continue
        if _bold_label_over_list(blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None):
            if _colon_label(blocks[i]):
                colons += 1
            elif not _has_colon(blocks[i].text):
                bare.append(i)
    return frozenset(labels)
