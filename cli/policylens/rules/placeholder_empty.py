"""placeholder-empty: a template slot that was never filled."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from policylens.lazyre import GuardedPattern, lazy
from policylens.model import Finding
from policylens.patterns import COLON, FAX_WORDS, IN_CLAUSE, PHONE_WORDS, URL_START, contact_channels, spaced, unwritten_body
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit, in_code
from policylens.rules.placeholder_gaps import deleted_name_gaps

_SPACE = r"[ \t\u3000\u00a0]"
# Every alternative starts with a literal, so `re` skips ahead with its fast prefix scan
# (a leading lookahead guard would make it try the pattern at every position).
_EMPTY_SLOT = lazy(
    rf"【{_SPACE}*】|［{_SPACE}*］|〔{_SPACE}*〕|〖{_SPACE}*〗|「{_SPACE}*」|『{_SPACE}*』|《{_SPACE}*》"
    rf"|（{_SPACE}*）|\({_SPACE}+\)|\[{_SPACE}+\]|＿＿+"
    # 您与[]（以下简称“我们”）: square brackets with nothing in them where a name is defined (thirtieth session, u30r; a
    # bare `[]` elsewhere is code, an empty list or a Markdown link's text)
    rf"|\[\](?={_SPACE}*[（(](?:以下|下称|下稱|下文|(?i:hereinafter)))"
    # ____, and a date of blanks as one slot: ___/___/______, __/__/____ (twenty-fourth session, lead); a blank day
    # before a year, January __, 2024
    r"|_(?<![A-Za-z0-9_]_)(?:__+(?:[/／]__+){0,2}|_(?:[/／]__+){2}|_(?=,?[ ](?:19|20)[0-9]{2}(?![0-9])))(?![A-Za-z0-9_])"
    # (twenty-seventh session, lead) two underscores alone before a unit of time: for __ days, 保存 __ 个月
    r"|(?<=[ \t])__(?=[ \t]{1,2}(?:(?i:days?|months?|years?|hours?|weeks?|business days|working days)\b|[个個天日月年周週]))"
    # (thirty-third session, lead) …right between Chinese words: 在__个工作日内, 保存__天 (not __个人信息__, Markdown's
    # emphasis left in plain text; a date's blanks, __年__月__日, are `placeholder-instruction`'s)
    r"|(?<=[\u4e00-\u9fff])__(?=[个個](?![人体體别別])|[天周週]|小时|小時|工作日|分钟|分鐘)"
)
# (fortieth session, u40q) a printable form's blank whose note, in the brackets right after it, names the party that fills
# it in: 「紀錄編號：_____【由國立臺灣師範大學教育研究與評鑑中心（以下簡稱本中心）填寫】」, 「收件日期：＿＿＿（承辦人填寫）」,
# 「案號：____（申請人免填）」 (eval/precision40).  The filler is the form's own office (本中心, 本校, 本會…), its clerk
# (承辦人, 經辦人, 工作人員, 審核人) or its signer (申請人, 填表人): never the adopter of a template (「（由运营方填写）」,
# 「（由本公司填写）」, 「【待填寫】」 stay slots).
_FORM_FILLER = lazy(  # (matched right after a blank: the lookbehind keeps a search off the middle of a run of spaces)
    r"(?<![ \t\u3000])[ \t\u3000]*[【（(［\[]"
    r"(?:[^\n】］\]]{0,60}?(?:本中心|本校|本會|本会|本院|本館|本馆|本處|本处|本局|本單位|本单位|本系|本所"
    r"|承辦|承办|經辦|经办|工作人員|工作人员|審核人|审核人|審查人|审查人|申請人|申请人|申請者|申请者|填表人)"
    r"[^\n】］\]]{0,12}?(?:填寫|填写|填列)|[^\n】］\]）)]{0,20}?免填)"
)
# Holes left where a name or number was deleted from a filled-in text: 简称“”, 由股份有限公司,
# dpo@.com, https://.com, 第條.  Each alternative starts with a literal or a one-character class.
_HOLE = lazy(
    rf"“{_SPACE}*”|‘{_SPACE}*’|[称稱为為]\"\""
    # a company suffix with nothing before it (checked in `_is_hole`; 本公司 is normal: 公司 alone is not taken)
    r"|(?P<company>股份有限公司|有限責任公司|有限责任公司|有限公司)"
    # an e-mail address or URL whose host is missing: dpo@.com, privacy@.cn, https://.com, www..com
    r"|@\.[A-Za-z]{2,}(?:\.[A-Za-z]{2,})?(?![A-Za-z0-9_-])"
    # …or with no host at all: privacy@。, support@ 与我们联系 (a local part, then nothing a host can start with)
    r"|@(?<=[A-Za-z0-9._+-]@)(?![A-Za-z0-9\[【［(（{<\-.@ＸｘＯ○])"
    # …or without its local part, right after a label: 邮箱：@example-co.com, mailto:@example-co.com
    r"|@(?:(?<=[：:]@)|(?<=[：:][ \u3000]@))[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.[A-Za-z]{2,}(?![A-Za-z0-9_-])"
    r"|h(?<![A-Za-z0-9_.]h)ttps?://(?:www\.)?\.[A-Za-z]{2,}(?:\.[A-Za-z]{2,})?(?![A-Za-z0-9_-])"
    r"|w(?<![A-Za-z0-9_.]w)ww\.\.[A-Za-z]{2,}(?:\.[A-Za-z]{2,})?(?![A-Za-z0-9_-])"
    # a citation without its number: 第條, 第 款, 第項, 第X条 (not 次第, 等第)
    rf"|第(?<![次等]第){_SPACE}*(?:(?:[XxＸｘ]{{1,3}}|[_＿]{{1,8}}){_SPACE}*)?[條条款項项章節节]"
    # a definition whose name was deleted: 本应用由（以下简称“我们”）, 与（以下簡稱「本公司」） (checked in `_bare_suffix`)
    # (only the bracket is matched, so that 简称"" after it is still seen)
    r"|(?P<defined>[（(](?=以下(?:简称|簡稱|统称|統稱|称|稱)))"
)
# (twenty-fifth session, lead) a period whose number was left as spaces: 我们将在  个工作日内回复, 保存   个月后删除,
# 不超过 天 — a Word template's underlined blank whose underline the text lost.  Only after a word that takes a number
# (在, 于, 超过, 保存, 为期, 届满; 在 after another Chinese character, so that a text spaced out character by character,
# 「在 每 个 月」, is not read as one) and before the end of the period (内, 后, 起, a clause mark): not 保存 日志.
_SPACE_NUMBER = lazy(
    r"(?:(?<=[\u4e00-\u9fff][在于於逾满滿])|(?<=超过|超過|不超|保存|保留|存储|存儲|儲存|留存|为期|為期|届满|屆滿)|(?<=期限为|期限為))"
    r"[ \t\u3000\u00a0]+(?:(?:[个個][ \t\u3000]*)?(?:工作日|自然日|小时|小時|月|星期)|日|天|周|週|年)"
    r"(?=[内內后後之以起，。；,;、）)])"
)
_SPACE_NUMBER_NEEDS = lazy("[个個日天月年周週时時]")
# (twentieth session, round20) a white box left where a value goes: 「生效日期⬜回填」「账号 ID ⬜（字段以实际接入回填）」
# 「具体条号⬜」.  The same boxes are a form's check boxes (「□同意 □不同意」, 「☐ 是」) and bullets (「□ 姓名」 opening a line):
# see `_box_slot`.
_BOX = lazy("[\u2b1c\u2610\u25a1\u25a2\u25fb\u2b1a\u25fd]")
_BOXES = "\u2b1c\u2610\u25a1\u25a2\u25fb\u2b1a\u25fd"
_CHECKED = lazy("[\u2611\u2612\u2705\u2714\u2713\u25a0\u25a3]")  # ☑ ☒ ✅ ✔ ✓ ■ ▣: a form that is ticked
# the note of a slot's filler after it, in its clause: 回填, 待填写, 待核验, 补充 (not a check box's option: 同意, 是)
_FILL_NOTE = lazy(
    rf"{IN_CLAUSE}{{0,12}}?(?:回填|待填|填写|填寫|填入|待补|待補|补充|補充|补齐|補齊|待定|待核|核验|核驗|核实|核實|待确认|待確認|待更新|(?i:TBD|TODO))"
)
_BOX_VALUE_END = "，,。.；;、:：|｜)）]】」”》"
_LINE_OPENING = " \t\u3000>*-+•·#"


def _box_slot(text: str, start: int) -> bool:
    """Whether the white box at `start` is a slot: it ends a value's place (a word before it, the clause or cell ending after it:
    「具体条号⬜」「受理邮箱：＿＿ ⬜」), or a filler's note follows it (「⬜回填」「⬜（存储位置清单回填）」).

    Not a bullet or a check box opening its line (「□ 姓名」, 「☐ 同意」), not a form's boxes (two boxes or more on the line with
    no filler's note, or a ticked one: 「同意□ 不同意□」 「☑是 □否」).
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:start].strip(_LINE_OPENING):
        return False  # a bullet or a check box that opens its line
    if text[line_start:start].rstrip(" \t\u3000").endswith(("＿", "_")):
        return False  # 「邮箱：＿＿ ⬜」: the blank before it is the slot (one defect, one finding)
    note = _FILL_NOTE.match(text, start + 1)
    if note is None and _FILL_NOTE.match(text, start + 2) is not None and text[start + 1 : start + 2] in "（(":
        note = _FILL_NOTE.match(text, start + 2)
    if note is not None:
        return True
    line = text[line_start:line_end]
    if _CHECKED.search(line) is not None:
        return False  # a form that is ticked
    after = text[start + 1 : start + 2]
    if sum(line.count(b) for b in _BOXES) > 1:
        # a form's check boxes (「同意□ 不同意□」), unless the box is closed in by a mark right after it (「具体条号⬜】」)
        return after != "" and after in _BOX_VALUE_END and text[start - 1 : start].isalnum()
    return after == "" or after == "\n" or after in _BOX_VALUE_END or (after.isspace() and not text[start + 2 : start + 3].isalnum())


# the function words after which a bare 有限公司 is a hole: 由股份有限公司, 本有限公司, 您與有限公司…
_BEFORE_BARE_SUFFIX = frozenset("由與与本向被，,：:「“《（(")
# 本 as a determiner ("this"), not the end of a name: 使用本有限公司, 由本有限公司
_BEFORE_DETERMINER = frozenset("用由与與对對向在是为為经經和及或受请請系即指于於")
# …unless the function word ends a word that itself ends a company's name: 冈本有限公司, 資本有限公司, 自由有限公司
_NAME_ENDINGS = frozenset(
    [
        "资本",
        "資本",
        "日本",
        "冈本",
        "岡本",
        "成本",
        "根本",
        "版本",
        "基本",
        "文本",
        "样本",
        "樣本",
        "脚本",
        "腳本",
        "范本",
        "範本",
        "原本",
        "蓝本",
        "藍本",
        "标本",
        "標本",
        "副本",
        "正本",
        "书本",
        "書本",
        "课本",
        "課本",
        "宫本",
        "宮本",
        "山本",
        "松本",
        "坂本",
        "桥本",
        "橋本",
        "自由",
        "理由",
        "经由",
        "經由",
        "缘由",
        "緣由",
        "事由",
        "来由",
        "來由",
        "因由",
        "原由",
        "情由",
        "参与",
        "參與",
        "给与",
        "給與",
        "赋与",
        "賦與",
        "授与",
        "授與",
        "方向",
        "导向",
        "導向",
        "志向",
        "走向",
        "指向",
        "面向",
        "动向",
        "動向",
        "风向",
        "風向",
        "意向",
        "取向",
        "定向",
        "倾向",
        "傾向",
        "双向",
        "雙向",
        "单向",
        "單向",
        "横向",
        "橫向",
        "纵向",
        "縱向",
        "逆向",
        "转向",
        "轉向",
        "去向",
        "外向",
        "内向",
        "內向",
        "棉被",
    ]
)


def _local_part_start(text: str, at: int) -> int:
    """Where the local part of an e-mail address ending at `at` (its @) starts (at most 64 characters back; ASCII, as
    `patterns.EMAIL` reads it: 「并可向service@」 is 「service@」)."""
    start = at
    while start > max(0, at - 64) and text[start - 1].isascii() and (text[start - 1].isalnum() or text[start - 1] in "._+-"):
        start -= 1
    return start


# words of a company's name that are not the name itself: 由科技有限公司, 由网络科技有限公司 lost their name
_GENERIC_NAME_WORDS = (
    "科技",
    "网络",
    "網絡",
    "網路",
    "信息",
    "資訊",
    "技术",
    "技術",
    "软件",
    "軟件",
    "軟體",
    "电子",
    "電子",
    "数据",
    "數據",
    "智能",
    "互联网",
    "互聯網",
    "文化",
    "传媒",
    "傳媒",
    "贸易",
    "貿易",
)


def _name_start(text: str, start: int) -> int:
    """Where a company's name would start: back over blanks and generic words (科技, 网络) from `start`."""
    i = start
    while True:
        while i > 0 and text[i - 1] in " \t\u3000":
            i -= 1
        word = next((w for w in _GENERIC_NAME_WORDS if text.startswith(w, i - len(w)) and i >= len(w)), None)
        if word is None:
            return i
        i -= len(word)


def _bare_suffix(text: str, start: int) -> bool:
    """有限公司 with no name before it: at the start of its text, or after a function word that ends no word."""
    name = _name_start(text, start)
    if name == 0 and name != start:
        return False  # 科技有限公司 opening a line: the rest of a name broken over two lines
    start = name
    if start == 0:
        return True
    if text[start - 1] not in _BEFORE_BARE_SUFFIX or text[max(0, start - 2) : start] in _NAME_ENDINGS:
        return False
    if text[start - 1] == "本" and start >= 2 and _is_cjk(text[start - 2]):
        return text[start - 2] in _BEFORE_DETERMINER  # 使用本有限公司 (not 藤本有限公司: a name)
    return True


def _repeated_unit(text: str) -> str:
    """The shortest piece that `text` is made of, written k ≥ 1 times: 哈囉哈囉哈囉 → 哈囉."""
    period = (text + text).find(text, 1)
    return text[:period] if 0 < period < len(text) else text


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


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


# The fields of a third-party SDK list: SDK名称：…, 使用目的：…, 隐私说明：… (issue #11, fifth round).
# A field line may carry a bullet, or the number of its entry (②第三方SDK：…, 3.SDK名称：…).
_FIELD_MARK = r"(?:[-*+•·][ \t\u3000]{0,4}|[\u2460-\u2473][ \t\u3000]{0,2}|[（(]?[0-9]{1,2}[.、．)）][ \t\u3000]{0,2})?"
_SDK_NOUN = (
    r"(?:隐私说明|隱私說明|隐私政策|隱私政策|隐私权政策|隱私權政策|隐私协议|隱私協議|个人信息类型|個人資料類型|个人信息字段|個人資料欄位"
    r"|信息类型|資料類型|收集(?:的)?(?:个人)?信息|收集(?:的)?(?:個人)?資料|使用目的|使用场景|使用場景|处理目的|處理目的|收集方式|共享方式"
    r"|处理方式|處理方式|SDK名称|SDK名稱|第三方SDK|SDK|第三方名称|第三方名稱|第三方主体|第三方主體|提供方|申请权限|申請權限|所需权限|所需權限)"
)
_SDK_LABEL = lazy(
    rf"[ \t\u3000]{{0,8}}{_FIELD_MARK}\*{{0,2}}(?:[\u4e00-\u9fffA-Za-z]{{0,8}}?){_SDK_NOUN}\*{{0,2}}[ \t\u3000]{{0,4}}[：:]\*{{0,2}}"
)
_ANY_LABEL = lazy(
    rf"[ \t\u3000]{{0,8}}{_FIELD_MARK}\*{{0,2}}[\u4e00-\u9fffA-Za-z]{{0,10}}?(?:{_SDK_NOUN}|{_CONTACT_NOUN})\*{{0,2}}[ \t\u3000]{{0,4}}[：:]",
    re.I,
)
# 隐私说明：收集个人信息类型：…, 隐私政策链接：。 within a line: an SDK field with the next field right after it.
# Between the two only a qualifier of the next label (第三方, SDK, 收集: 隐私说明：收集个人信息类型：): other words are the value, glued to the next
# label with no separator (「使用目的：一鍵登錄處理方式：sdk采集」, 「SDK名称：极光认证使用目的：…」, a blind round's false error)
_SDK_INLINE = lazy(
    rf"(?P<label>{_SDK_NOUN})[：:][ \t\u3000]{{0,4}}"
    rf"(?=[。；;]|(?:第三方|(?i:sdk)|对应的?|對應的?|收集的?|获取的?|獲取的?|涉及的?|所|的)?[ \t\u3000]{{0,2}}(?:{_SDK_NOUN}|(?i:{_CONTACT_NOUN}))[：:])"
)


# 4.充值消费 / …… : a paragraph (or list item) that is only an ellipsis, left where the template's items were
_FILLER = lazy(r"(?:…|⋯){2,}|\.{3,}|。{3,}|(?:…|⋯)[ \t\u3000]*(?:…|⋯)")  # matched on the line without its markup
_RULE_LINE = lazy(r"^[\s_＿\-—=*]{6,}$")
# A body that names any of the policy's own subjects, points elsewhere or answers "none" is content, however often it
# repeats (无。, 不适用, 同上, 详见第三条, 本应用不收集此类信息); a Latin letter makes it content too (TBD and Lorem ipsum
# are `placeholder-instruction`'s).
_SUBJECT = lazy(
    r"信息|資訊|资讯|資料|资料|数据|數據|隐私|隱私|个人|個人|收集|蒐集|搜集|使用|利用|共享|分享|提供|保存|保留|存储|儲存|处理|處理"
    r"|删除|刪除|权利|權利|同意|联系|聯絡|聯繫|联络|参阅|參閱|参见|參見|参考|參考|详见|詳見|请见(?!谅)|請見(?!諒)|同上|如上|见上|見上"
    r"|无|無|不适用|不適用|服务|服務|应用|應用|本|我们|我們|您|法|条|條|[A-Za-z0-9]"
)
# the fewest sections whose whole body is the same filler before it is read as a template's stand-in text
_FILLER_SECTIONS = 3
# words of a writer holding a place: 隨便寫寫, 先佔個位置, 敬请期待, 內容施工中 (a short answer repeated under every
# section, 「履行合同所必需」, is content: without one of these, the stand-in must be written again to fill a body; not 这里,
# 此处 or 测试: 「了解详情，请点击这里」 and 「仅在测试版中开启」 under each section are finished text, review rv17)
_STAND_IN = lazy(r"随便|隨便|占位|佔位|占个位|佔個位|施工中|敬请期待|敬請期待|待写|待寫|乱写|亂寫|哈哈|呵呵")
_TASK_ITEM = lazy(r"^\s*(?:[-*+]|\d+[.)])\s+$")
# (thirty-third session, round33b) a long paragraph that says nothing a policy or agreement is about, written three times
# or more: a designer's filler text pasted under a template's headings (「我常想在纷扰中寻出一点闲静来…」, an essay, as the
# body of a user agreement).  A paragraph naming any of the text's own subjects is content however often it repeats (a
# consent sentence after each SDK), and so is a short one.
_FILLER_PROSE_MIN = 60  # CJK characters of the paragraph
# one CJK character as `_is_cjk` has it: counted by `findall` in C, where a generator asked `_is_cjk` of every character
# of every paragraph without a subject (every paragraph of an English policy: session 38, ~3% of checking `corpora/`)
_CJK_CHARACTER = lazy("[\u4e00-\u9fff]")
_FILLER_PROSE_TIMES = 3
_POLICY_WORD = lazy(
    r"信息|資訊|资讯|資料|资料|数据|數據|隐私|隱私|用户|用戶|使用者|会员|會員|服务|服務|协议|協議|条款|條款|政策"
    r"|平台|网站|網站|应用|應用|软件|軟體|同意|收集|蒐集|权利|權利|权益|權益|法律|法规|法規|您|我们|我們|本公司|账号|賬號|帳號"
    r"|账户|賬戶|帳戶|订单|訂單|支付|商品|交易|责任|責任"
)


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


def _same_block(unit: TextUnit, other: TextUnit) -> bool:
    """Whether `other` is a filled field of the same block as `unit`: a label line of the same kind and indent."""
    a, b = unit.paragraph, other.paragraph
    if a is None or b is None or a.kind != b.kind or a.column != b.column or unit.section is not other.section:
        return False
    return _ANY_LABEL.match(other.text) is not None


def _introduces(unit: TextUnit, following: TextUnit) -> bool:
    """Whether `following` is a list item under `unit` (a paragraph above a list, or a deeper item)."""
    a, b = unit.paragraph, following.paragraph
    if a is None or b is None or b.kind != "item" or unit.section is not following.section:
        return False
    return a.kind != "item" or b.column > a.column


# the units of an address between its blanks: 台北市＿＿區＿＿路＿＿號, XX省＿＿市 (twenty-sixth session, lead)
_ADDRESS_UNITS = frozenset("省市区區县縣鄉乡镇鎮村路街段巷弄号號楼樓层層室")


def _one_value_between(text: str, end: int, start: int) -> bool:
    """Whether the blanks ending at `end` and starting at `start` are one value's: only one or two units of an address
    stand between them (台北市＿＿區＿＿路), an address's English words (Room ___, ___ Floor, ___ Building: twenty-seventh
    session), or an e-mail's @ (______@______.com)."""
    between = text[end:start]
    if 0 < len(between) <= 2 and all(c in _ADDRESS_UNITS for c in between):
        return True
    return between == "@" or _EN_ADDRESS_BETWEEN.fullmatch(between) is not None


# the English words of an address between or after its blanks (Room ___, ___ Floor, ___ Building)
_EN_ADDRESS_WORDS = (
    r"(?i:floor|building|bldg\.?|room|flat|unit|block|tower|street|st\.|road|rd\.|avenue|ave\.|suite|level|district|/f"
    r"|centre|center|plaza)"
)
# what stands between the blanks of one English address: 「, 」, 「 Floor, 」, 「/F, 」 (not 「 and 」: two values)
_EN_ADDRESS_BETWEEN = lazy(rf"[ ,]{{1,3}}|[ ,]{{0,2}}{_EN_ADDRESS_WORDS}[ ,]{{1,3}}")
_EN_ADDRESS_WORD = lazy(rf"[ ]{_EN_ADDRESS_WORDS}(?![A-Za-z])")
_TLD_AFTER = lazy(r"\.[A-Za-z]{2,12}(?:\.[A-Za-z]{2})?(?![A-Za-z0-9])")


@register
class PlaceholderEmpty(Rule):
    """Flags a template slot that was never filled: 【】, ［］, 〔〕, （ ）, ＿＿＿, 简称“”, 第條, 电话：.

    ## What it does
    Finds empty brackets or fill-in lines left where a value belongs: 【】, 【 】, [ ],
    ［］, 〔〕, （ ）, 「」, 《》, “”, ＿＿＿ and ____.  A Markdown task-list box (`- [ ] item`)
    is not a slot.

    Also a white box left where a value goes (⬜, ☐, □, ▢): 生效日期⬜回填, 账号 ID ⬜（以实际接入回填）,
    另立项⬜。 — a box after a word that ends its clause or cell, or one followed by a filler's
    note (回填, 待补充, 核验, TBD).  A box opening its line (a bullet, 「☐ 同意」), a form's boxes
    (「同意□ 不同意□」, 「☑是 □否」) and a box right after a blank ＿＿ (one slot) are not flagged.

    Also filler standing for the policy: a paragraph that is one short phrase written four times
    or more and nothing else (「这是一大堆隐私协议这是一大堆隐私协议…」); not a phrase repeated inside
    a sentence.

    Also finds the holes left when a name or number was deleted from a filled-in text:

    - a defined term with nothing in its quotes: 统称“”, 简称""; 「」 and 《》 as above;
    - a definition whose name was deleted: 本应用由（以下简称“我们”）, 您與（以下簡稱「本公司」）
      (not 本应用（以下简称…）, nor a definition that opens a line of a text file: the
      name may end the line before);
    - a company suffix with no name, right after a function word or at the start, also
      after generic words only: 由股份有限公司, 本有限公司, 您與有限公司, 由网络科技有限公司
      (not 本公司, nor a name that ends in such a character: 資本有限公司, 冈本有限公司,
      自由有限公司; not 科技有限公司 opening a line of a text file);
    - an e-mail address or URL without its host: dpo@.com, privacy@.cn, privacy@。,
      https://.com, www..com; an e-mail address without its local part after a label:
      邮箱：@xingchen.cn (not a mention: @星辰科技).  Host names end at the first
      character that is not ASCII, so a Markdown paragraph that runs on in Chinese on the
      next line (dpo@.com依据…) is read right;
    - a citation without its number: 第條, 第 款, 第項, 第章, 第X条, 第__条 (not 第1條, 次第);
    - a contact field left empty in a block of contact fields: 联系电话： alone on its line
      with 邮箱：… on the next, or 电话：邮箱：… and 电话：。 within a line.  A label whose
      value follows on the next line (a table, `<dd>`), a heading over the fields that hold
      its value (查詢熱線： then 電話：+852 …) and 联系方式如下： before a list are not flagged;
    - a field left empty in a third-party SDK list: 隐私说明：, 隐私政策链接：,
      收集个人信息类型： alone on its line next to another field of the same block
      (SDK名称：…, 使用目的：…, list items at the same indent), or followed by the next field
      within a line (隐私说明：收集个人信息类型：…).  收集个人信息类型： above a list of items
      introduces the list and is not flagged.  A field is also empty right above the
      next numbered entry of the list (隐私说明： then ②第三方SDK：…).
    - Labels spaced out for alignment (电　　话：, 传　　真：) are read as the plain words.

    Also a paragraph or list item that is only an ellipsis (……, ..., 。。。): the items a
    template listed were never written (4.充值消费 followed by …… alone).  And one short
    sentence that is the whole body of three sections or more and says nothing of the
    policy's subject (「隨便寫寫」 under 資料收集, 資料使用 and 您的權利 alike): stand-in text
    where the sections were never written (not 无。, 不适用, 同上 or 详见第三条 repeated).  And a paragraph that only
    says the text is not there yet, 暂无内容, 敬请期待, 内容建设中…, "Coming soon." (a page published before its text;
    not those words in a sentence, 新功能敬请期待, nor 暂无。 alone, an answer: none at present).

    ## Severity
    Error, except for three forms reported as **warnings**: a paragraph that is only an
    ellipsis (the author may mean "and so on"), and two forms because the value may be
    there in a form the text does not show (an image, a QR code, a link): an e-mail,
    phone or web label alone on its line whose next paragraph holds no address, number
    or URL (联系邮箱： and then 我们将在15个工作日内回复。), and such a label ending a
    line of filled fields (邮箱：a@b.cn 电话：) with no number below it.

    ## Why is this bad?
    The reader meets a sentence with a hole in it, often exactly where a legal
    reference, a retention period or a contact should be.  A published policy with a
    blank slot is incomplete and may not meet the duty to inform.

    ## Example
        對於我們收集的特定裝置相關資料，請參閱【】以瞭解特定裝置收集的資料。

    Use instead:
        對於我們收集的特定裝置相關資料，請參閱「智慧型裝置資料說明」以瞭解特定裝置收集的資料。

    ## References
    - 個人資料保護法第8條（告知義務）; PIPL 第十七条 (the notice must be complete).
    """

    id = "placeholder-empty"
    severity = "error"
    groups = ("placeholder",)
    supersedes = ("bracket-unbalanced", "date-format", "enumeration-lead-in")
    messages = {
        "en": "empty placeholder {slot}: a value was never filled in",
        "zh-Hant": "空白的預留位置 {slot}：此處應填入內容",
        "zh-Hans": "空白的占位符 {slot}：此处应填写内容",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        pending: tuple[TextUnit, int, int] | None = None  # the last blank, not yet reported: an address's blanks are one
        for unit, start, end, m in ctx.scan(_EMPTY_SLOT):
            if _RULE_LINE.match(unit.text):
                continue  # a separator line (＿＿＿＿＿＿ or ______ alone) is not a slot
            if ctx.shown_in(unit, start, end):
                continue  # （<img …>）, (<%=…getWwwUrl()%>): the page shows there what the text cannot
            if m.group(0).startswith(("_", "＿")) and _FORM_FILLER.match(unit.text, end) is not None:
                continue  # 「紀錄編號：_____【由本中心填寫】」: a form's blank for its clerk, not the writer's slot
            if m.group(0).startswith("[") and _TASK_ITEM.match(unit.text, 0, start):
                continue
            if m.group(0) == "[]" and in_code(unit, start):
                continue  # `const a = [](…)`: code, not a slot
            if pending is not None and pending[0] is unit and _one_value_between(unit.text, pending[2], start):
                pending = (unit, pending[1], end)  # 台北市＿＿區＿＿路＿＿號: one address left blank, one finding
                continue
            if pending is not None:
                yield self._blank(ctx, *pending)
            pending = (unit, start, end)
        if pending is not None:
            yield self._blank(ctx, *pending)
        for unit, start, end, m in ctx.scan(_HOLE):
            if m.group(0) == "@" and unit.text[start - 1 : start] == "_" and unit.text[start + 1 : start + 2] == "_":
                continue  # ______@______.com: one blank address, reported with its blanks above
            if m.group("defined") and start == 0:
                continue  # a definition continued from the line before, in a text that breaks lines
            if ctx.shown_in(unit, start, end):
                continue  # service@<%=domain%>, 简称“<?php echo $name ?>”: the page shows the value there
            if (m.group("company") or m.group("defined")) and not _bare_suffix(unit.text, start):
                continue  # a company's full name: 深圳市某科技有限公司; 本应用（以下简称…）
            if m.group("company"):
                start = _name_start(unit.text, start)  # 由网络科技有限公司: the generic words are part of the hole
                start += len(unit.text[start:end]) - len(unit.text[start:end].lstrip(" \t\u3000"))
            if m.group("defined"):
                end = start + (5 if unit.text[start + 3 : start + 5] in ("简称", "簡稱", "统称", "統稱") else 4)  # （以下简称
            if m.group(0)[0] in "称稱为為":
                start += 1  # 简称"": the quotes are the hole
            if m.group(0) == "@" or m.group(0).startswith("@."):
                start = _local_part_start(unit.text, start)  # dpo@.com, from its local part
            yield self.finding(ctx, unit, start, end, slot=unit.text[start:end])
        for unit, start, end, _ in ctx.scan(_SPACE_NUMBER, needs=_SPACE_NUMBER_NEEDS):
            if not ctx.shown_in(unit, start, end):
                yield self.finding(ctx, unit, start, end, slot=unit.text[start:end])
        for unit, start, end, _ in ctx.scan(_BOX):
            if _box_slot(unit.text, start):
                yield self.finding(ctx, unit, start, end, slot=unit.text[start:end])
        yield from self._empty_contact_fields(ctx)
        for unit, start, end in deleted_name_gaps(ctx):  # 欢迎使用（以下简称“本平台”）, 您与之间, 由 提供 (u36r)
            yield self.finding(ctx, unit, start, end, slot=unit.text[start:end].strip(" \t\u3000\u00a0"))
        yield from self._empty_sdk_fields(ctx)
        yield from self._filler_lines(ctx)
        bodies = list(self._filler_bodies(ctx))
        yield from bodies
        reported = {(f.line, f.column) for f in bodies}
        # (a stand-in repeated as the body of three sections is `_filler_bodies`' finding: not reported twice)
        prose = [f for f in self._filler_prose(ctx) if (f.line, f.column) not in reported]
        yield from prose
        reported |= {(f.line, f.column) for f in prose}
        yield from (f for f in self._repeated_phrases(ctx) if (f.line, f.column) not in reported)
        yield from self._unwritten_bodies(ctx)

    def _repeated_phrases(self, ctx: Context) -> Iterator[Finding]:
        """A paragraph that is one short phrase naming the text written `_REPEATS` times or more, and nothing else:
        filler standing for the policy (「这是一大堆隐私协议这是一大堆隐私协议…」, eval/blind/round38 pointapplet-wxml,
        thirty-ninth session).  Not a phrase repeated inside a sentence, nor a paragraph repeated as several bodies
        (`_filler_bodies`, `_filler_prose`)."""
        for unit in ctx.units():
            if unit.paragraph is not None and (unit.paragraph.line, unit.paragraph.column) in ctx.doc.chrome:
                continue  # a site template's menu (「亮点概述亮点概述…」 under a product in the navigation): not the policy
            span = repeated_phrase(unit.text)
            if span is not None:
                yield self.finding(ctx, unit, span[0], span[1], slot=unit.text[span[0] : span[1]])

    def _filler_prose(self, ctx: Context) -> Iterator[Finding]:
        """A long paragraph of prose about none of the text's subjects (`_POLICY_WORD`) written `_FILLER_PROSE_TIMES` times
        or more, word for word: filler text standing where the agreement's clauses should be (each occurrence)."""
        groups: dict[str, list[TextUnit]] = {}
        for unit in ctx.units():
            if unit.kind != "paragraph" or _POLICY_WORD.search(unit.text):
                continue  # (asked first, in C: nearly every paragraph of a policy names one of its subjects)
            text = " ".join(unit.text.split())
            if len(_CJK_CHARACTER.findall(text)) < _FILLER_PROSE_MIN:
                continue
            groups.setdefault(text, []).append(unit)
        for text, units in groups.items():
            if len(units) < _FILLER_PROSE_TIMES:
                continue
            for unit in units:
                body = unit.text.strip(" \t\u3000")
                start = unit.text.index(body)
                yield self.finding(ctx, unit, start, start + len(body), slot=f"「{text[:16]}…」")

    def _unwritten_bodies(self, ctx: Context) -> Iterator[Finding]:
        """A paragraph that only says the text is not there yet (暂无内容, 敬请期待, "Coming soon."): the policy's or a
        section's body never written (twenty-sixth session, lead).  The whole paragraph, compared as a string (a short one
        only); where the same words stand as the body of three sections, `_filler_bodies` reports them."""
        found: list[tuple[TextUnit, str]] = []
        for unit in ctx.units():
            if unit.paragraph is None or unit.paragraph.kind != "paragraph":
                continue
            words = unwritten_body(unit.text)
            if words is not None:
                found.append((unit, words))
        counts = Counter(words.lower() for _, words in found)
        for unit, words in found:
            if counts[words.lower()] >= _FILLER_SECTIONS:
                continue  # the same words as the body of three sections or more: one finding of `_filler_bodies`
            start = unit.text.index(words)
            yield self.finding(ctx, unit, start, start + len(words), slot=words)

    def _blank(self, ctx: Context, unit: TextUnit, start: int, end: int) -> Finding:
        """The finding of a blank; of an address's blanks run together (＿＿區＿＿路＿＿), with the unit after the last; of
        an e-mail's (______@______.com), with its domain's end."""
        if any(c in _ADDRESS_UNITS for c in unit.text[start:end]) and unit.text[end : end + 1] in _ADDRESS_UNITS:
            end += 1
        elif "@" in unit.text[start:end] and (tld := _TLD_AFTER.match(unit.text, end)) is not None:
            end = tld.end()
        elif "," in unit.text[start:end] and (word := _EN_ADDRESS_WORD.match(unit.text, end)) is not None:
            end = word.end()  # Room ___, ___ Floor, ___ Building
        return self.finding(ctx, unit, start, end, slot=unit.text[start:end])

    def _filler_bodies(self, ctx: Context) -> Iterator[Finding]:
        """One short sentence (or that sentence written again and again) standing as the whole body of three sections or
        more: stand-in text never replaced.

        「隨便寫寫」 under 資料收集, 資料使用 and 您的權利 alike is no policy; a body that says anything of the
        policy's subject (`_SUBJECT`) is content however often it repeats (无。, 详见第三条), and so is a short
        answer written once under each section (「履行合同所必需」) unless it reads as a place held (`_STAND_IN`).
        """
        bodies: dict[str, list[TextUnit]] = {}
        titles: dict[str, set[str]] = {}
        for unit in ctx.units():
            section = unit.section
            if unit.kind != "paragraph" or section is None or len(section.paragraphs) != 1:
                continue
            text = unit.text.strip(" \t\u3000")
            key = _repeated_unit(text)  # 隨便寫寫隨便寫寫隨便寫寫: the stand-in written again to fill a longer body
            if not 2 <= len(key) <= 60 or sum(1 for c in key if _is_cjk(c)) < 2 or _SUBJECT.search(key):
                continue
            bodies.setdefault(key, []).append(unit)
            titles.setdefault(key, set()).add(section.title or "")
        for key, units in bodies.items():
            if len(titles[key]) < _FILLER_SECTIONS:
                continue
            if not _STAND_IN.search(key) and all(unit.text.strip(" \t\u3000") == key for unit in units):
                continue  # 「履行合同所必需」 under each purpose: an answer, written once each time
            for unit in units:
                text = unit.text.strip(" \t\u3000")
                start = unit.text.index(text)
                yield self.finding(ctx, unit, start, start + len(text), slot=key)

    def _filler_lines(self, ctx: Context) -> Iterator[Finding]:
        """A paragraph that is only an ellipsis (……): the items the template listed were never written."""
        for unit in ctx.units():
            if unit.kind != "paragraph" or len(unit.text) > 24:
                continue
            dots = unit.text.lstrip(" \t\u3000>*+-•·").rstrip(" \t\u3000")
            if _FILLER.fullmatch(dots):
                start = unit.text.index(dots)
                yield self.finding(ctx, unit, start, start + len(dots), slot=dots)._replace(severity="warning")

    def _empty_sdk_fields(self, ctx: Context) -> Iterator[Finding]:
        """隐私说明： with nothing after it in a block of SDK fields (SDK名称：…, 使用目的：…).

        Alone on its line, a field is empty when the next line is another field of the same
        block (the same kind of line at the same indent: both list items or both
        paragraphs), or when it is the last line of its section after such a field.  A
        value may stand on the line below its label (第三方SDK名称： / 优量汇广告SDK), and
        收集个人信息类型： above a list of items introduces the list.
        """
        units = ctx.units()
        for i, unit in enumerate(units):
            if "：" not in unit.text and ":" not in unit.text:
                continue
            label = _SDK_LABEL.match(unit.text)
            if label is None or unit.text[label.end() :].strip(" \t\u3000*") or _ANNOUNCES.search(unit.text, 0, label.end()):
                continue
            if i + 1 < len(units) and _introduces(unit, units[i + 1]):
                continue  # 收集个人信息类型： above a list: the list is its value
            following = units[i + 1] if i + 1 < len(units) and units[i + 1].section is unit.section else None
            if following is not None and following.kind == "paragraph":
                empty = _same_block(unit, following)  # the next field right below: this one has no value
            else:  # the last field of its section: empty when it closes a block of fields
                empty = i > 0 and _same_block(unit, units[i - 1])
            if empty:
                start = len(unit.text) - len(unit.text.lstrip(" \t\u3000-*+•·"))
                yield self.finding(ctx, unit, start, label.end(), slot=unit.text[start : label.end()].rstrip("*：: \t\u3000").strip("*"))
        for unit, start, end, m in ctx.scan(_SDK_INLINE, needs=COLON):
            if not _value_ends_its_line(unit, end):
                yield self.finding(ctx, unit, start, end, slot=m.group("label"))

    def _empty_contact_fields(self, ctx: Context) -> Iterator[Finding]:
        """联系电话： with nothing after it in a block of contact fields (邮箱：…, 地址：…).

        A label alone on its line is empty only when the next line is another contact
        label; a label whose value follows on the next line (a table, `<dd>`) is not.
        """
        units = ctx.units()
        labels = [_CONTACT_LABEL.match(u.text) if "：" in u.text or ":" in u.text else None for u in units]
        for i, (unit, label) in enumerate(zip(units, labels, strict=True)):
            if label is not None and (filler := _FILLER_VALUE.fullmatch(unit.text, label.end())) is not None:
                # 公司名称：……, 联系电话：？？？: the value's place held by dots or question marks (twenty-seventh session)
                yield self.finding(ctx, unit, filler.start("value"), filler.end("value"), slot=filler.group("value"))
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
                if in_block or _lacks_value(label.group(0), following):
                    start = len(unit.text) - len(unit.text.lstrip(" \t\u3000-*+•·"))
                    end = label.end()
                    finding = self.finding(ctx, unit, start, end, slot=unit.text[start:end].rstrip("*：: \t\u3000").strip("*"))
                    # outside a block of fields, the value may be an image or a link the text does not show
                    yield finding if in_block else finding._replace(severity="warning")
        qualified: set[tuple[int, int]] = set()  # (id(unit), start) of each label reported here: one finding per label
        for unit, start, end, m in ctx.scan(_EMPTY_QUALIFIED, needs=COLON):
            if ctx.shown_in(unit, start, end):
                continue  # 网站（网址：{site}）: the page prints the value
            label_start = start + (m.start("label") - m.start())
            qualified.add((id(unit), label_start))
            yield self.finding(ctx, unit, label_start, end, slot=m.group("label"))
        index: dict[int, int] | None = None  # id(unit) → its index, built on the first label that ends a unit
        for unit, start, end, m in ctx.scan(_EMPTY_INLINE, needs=COLON):
            if (id(unit), start) in qualified:
                continue  # 网站（网址：   ）: reported above, as a qualified channel's empty value
            if ctx.shown_in(unit, start, end):
                continue  # 聯絡電話：{t("contact.phone")}。: the page prints the value after the label
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
                yield self.finding(ctx, unit, start, end, slot=m.group("label"))._replace(severity="warning")
                continue
            if not _value_ends_its_line(unit, end):
                yield self.finding(ctx, unit, start, end, slot=m.group("label"))


_REPEATS = 4
# the phrase names the text it stands for: 这是一大堆隐私协议, 此处为政策内容 (not 亮点概述, a product template's filler)
_TEXT_WORD = lazy(r"隐私|隱私|私隱|协议|協議|政策|条款|條款|内容|內容|文本|文字|正文")
_PHRASE = (4, 20)  # the phrase's length in characters


def repeated_phrase(text: str) -> tuple[int, int] | None:
    """The span of `text` when its whole (blanks aside) is one phrase of 4 to 20 characters naming the text it stands
    for (`_TEXT_WORD`), written `_REPEATS` times or more (the last time may be cut short)."""
    body = text.strip(" \t\u3000\n")
    low, high = _PHRASE
    if len(body) < low * _REPEATS:
        return None
    # Each phrase is a prefix of the body's first `high` characters and `_TEXT_WORD` is a set of words: a body whose
    # first `high` characters hold none of them has no phrase to repeat (asked once, not once per size: every paragraph
    # of the benchmark went through 17 sizes).  A body made of its first `size` characters repeated holds its first
    # character again at `size` (`len(body) >= size * _REPEATS`), and is the same shifted by `size`.
    if _TEXT_WORD.search(body[:high]) is None:
        return None
    first, length = body[0], len(body)
    for size in range(low, high + 1):
        if length < size * _REPEATS:
            break
        if body[size] != first:
            continue
        if _TEXT_WORD.search(body[:size]) is not None and body[size:] == body[: length - size]:
            start = text.index(body)
            return start, start + length
    return None
