"""Named slots: a bracket that names the field, place or kind of data the template left to fill, and its look-alikes.

- [公司名称], 【聯絡電話】, [可选：你的地址]: a field (`field`); in 【】 only a qualified one, 【】 also emphasises;
- 受[您所在地区]法律管辖, 提交[指定仲裁机构]仲裁: a generic place (`generic`);
- 【数据类型】, 【业务合作伙伴的类型】: a kind of data or party (`category`);
- 联系电话：【电话号码】: a bare field as a contact label's value (`bare`, `_bare_value`); 生效日期：【生效日期】,
  邮寄地址：【运营主体联系地址】: a qualified field that repeats its label, also inside a version line's bars (`_repeats_label`);
- [您的 GitHub 仓库链接](https://…): link text naming its slot (`linkslot`);
- [Company Name], [insert …]: English slots (`en`); [我/我们], [I/We]: a generator's choice of person;
- ## 【标题】, | [链接] |: a heading or table cell that is only a slot (`_LONE_SLOT`, `_lone_slots`);
- <title>[应用名称]隐私政策</title>: a slot in the page's title that no unit holds (`_page_title`).

The look-alikes are labels, not slots: 【联系方式】 opening its paragraph, [地址]：…, 【我的】-【用户名】 (a UI path),
【设备型号】、【应用名称】 (emphasised data): `_is_label` and the tests it calls.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import ROW_CELL
from policylens.rules.around import last_before, lstripped, only_after, only_before, rstripped
from policylens.rules.base import Rule
from policylens.rules.context import Context, TextUnit
from policylens.rules.placeholder_instruction.vocabulary import (
    _APP_WORD,
    _CATEGORY_SLOT,
    _CONTACT_FIELD,
    _EN_ALT,
    _EN_HEAD,
    _EN_QUALIFIED,
    _FIELD_FREE,
    _FIELD_MORE,
    _FIELD_NOUN,
    _FIELD_QUALIFIED,
    _FILL_NOTE,
    _GENERIC_BARE,
    _GENERIC_SLOT,
    _OPTIONAL,
    _ROLE_DEFINED,
)

# the words before the field noun of a slot that repeats its label: 【生效日期】, 【个人信息保护负责人邮箱】 (no 某)
_REPEAT_QUALIFIER = r"(?:(?!某)[\u4e00-\u9fff]){0,12}?"

# what a 具体 slot asks to be described: [具体用途], [具体功能], [具体收集场景] (not [具体内容见下文]: the noun must close it)
_DESCRIBED = (
    r"(?:用途|目的|功能|场景|場景|情况|情況|内容|內容|信息|資訊|数据|數據|名称|名稱|时间|時間|期限|方式|措施|原因|类型|類型|范围|範圍"
    r"|说明|說明|描述)"
)

# (u60p) the Chinese half after a slash in full-width brackets: 【运营者全称 / 法律实体】, 【公司名称／个人姓名】
_ZH_ALT = r"(?:[ \t\u3000]*[/／][ \t\u3000]*[\u4e00-\u9fff]{1,12})"

# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_NAMED_SLOTS = (
    # privacy@【域名】.com, support@[yourdomain].com, https://【公司网址】/privacy, www.[domain].com: a bracket inside an
    # e-mail address or a web address, where no bracket can stand: the host was never filled in (not @[用户名](…), a
    # Markdown mention link)
    r"(?P<hostslot>(?:(?<=[A-Za-z0-9._%+-]@)|(?<=://)|(?<=www\.))[【［\[][^】］\]\n@ ]{1,24}[】］\]]"
    r"(?![(\[A-Za-z0-9]))",
    # （公司名稱）（以下簡稱「本公司」）: a name's field in round brackets where the name being defined belongs (not after
    # a name: 北辰科技有限公司（公司全称）, a gloss left beside a filled name)
    r"(?P<definedslot>(?:(?<![\u4e00-\u9fffA-Za-z0-9])|(?<=[由为為是即]))[（(][ \t\u3000]*(?:公司|企業|企业|機構|机构|應用|应用|App|APP|網站|网站|平台|產品|产品|運營者|运营者|營運者)"
    r"(?:名稱|名称|全稱|全称)[ \t\u3000]*[）)](?=[ \t\u3000]*+[（(]?[ \t\u3000]*+(?:以下簡稱|以下简称|下稱|下称|以下稱|以下称))"
    # (twenty-fourth session, lead) 本公司（公司名稱）有限公司: the field inside the company's name, its form after it
    r"|[（(][ \t\u3000]*(?:公司)?(?:名稱|名称|全稱|全称)[ \t\u3000]*[）)](?=股份有限公司|有限公司|有限責任公司|有限责任公司))",
    # [公司名称], 【聯絡電話】: the slot names a field (not a label: checked in `_is_label`);
    # (u60p, round59q aition-zh-md) 【运营者全称 / 法律实体】: in full-width brackets, a second field after a slash
    # [可选：你的地址]: with the template's note that the field is optional
    # (u61z, eval/blind/round61q travel-zh-md L7, L63, L86, L87) [运营者名称／个人或商号 — 上线时填写], [联系邮箱: 稍后提供]:
    # the field, then the template's note how or when to fill it, inside the same bracket (`_FILL_NOTE`)
    rf"(?P<field>\[\s*{_OPTIONAL}?(?:{_FIELD_FREE}|{_FIELD_QUALIFIED}{_FIELD_MORE})(?:{_EN_ALT}|{_ZH_ALT}?{_FILL_NOTE})?\s*\](?![(\[])|[【［]\s*{_OPTIONAL}?{_FIELD_QUALIFIED}{_FIELD_MORE}(?:{_EN_ALT}|{_ZH_ALT})?\s*[】］]"
    # (u61z, round61q travel-zh-md L11) [运营者]（“运营者”）遵守…: a bare role in half-width brackets where the operator's
    # name goes, its definition right after it (a name being defined is never a role word in brackets)
    rf"|{_ROLE_DEFINED})",
    # 用于[具体用途], [功能描述], [具体功能描述，如“消息聚合”]: a half-width bracket naming what the drafter was to
    # describe (具体 + what, or a description; with the template's example after 如).  Half-width only: 【具体内容】
    # may be emphasis.  (Not a label opening its paragraph, nor a reference link: checked with `field`.)
    rf"(?P<describe>(?<![\]!\[])\[\s*(?:(?:具体|具體)[\u4e00-\u9fff]{{0,4}}?{_DESCRIBED}|[\u4e00-\u9fff]{{1,6}}?描述)"
    r"(?:\s*[，,]\s*(?:如|例如|比如)[^\[\]\n]{0,40})?\s*\](?![(\[:：\]]))",
    # 受[您所在地区]法律管辖, 提交[指定仲裁机构]仲裁, 【您所在城市】: a generic slot inside a sentence, qualified as the
    # reader's or the operator's place (not a label: 您所在 never opens a heading)
    rf"(?P<generic>[\[【［]\s*{_GENERIC_SLOT}{_EN_ALT}?\s*[\]】］](?![(\[])|\[\s*{_GENERIC_BARE}{_EN_ALT}?\s*\](?![(\[:]))",
    # (u34r, round34 and round33's navax-tsx) 不面向未满[年龄]岁的儿童, [最低年龄，如 14] 周岁以下, 在[天数]个工作日内: a
    # number the template names by its field, in a half-width bracket, its unit right after the bracket (with the
    # template's example after 如); half-width only: 【年龄】 may be emphasis of a data item
    r"(?P<quantity>[\[［]\s*(?:最低|最小|最高|最大|最短|最长|最長)?(?:年龄|年齡|天数|天數|日数|日數|工作日数|工作日數|月数|月數"
    r"|年数|年數|年限|期限|时长|時長|小时数|小時數)(?:限制|要求|下限|上限)?(?:\s*[，,]\s*(?:如|例如|比如)[^\[\]\n]{0,12})?\s*[\]］]"
    r"(?=[ \t\u3000]?(?:周岁|週歲|周歲|岁|歲|个工作日|個工作日|工作日|天|日|个月|個月|年|小时|小時)))",
    # 收集您的手机号码、登录密码、【数据类型】: a kind of data or party left for the drafter (not alone in its
    # paragraph, where it may head a table or list: see `check`)
    rf"(?P<category>[【［]\s*{_CATEGORY_SLOT}\s*[】］](?![(\[]))",
    # 联系电话：【电话号码】, 地址：［地址］: a bare field in full-width brackets as the value of a label of the same
    # field (not 我们收集：【手机号码】, emphasis after a label that is not a contact's); 生效日期：【生效日期】,
    # 邮寄地址：【运营主体联系地址】: a qualified field that repeats its label (`_repeats_label`; the qualifier holds no 某,
    # so that 【某某公司地址】 stays the dummy value it is)
    # (聯絡窗口：【姓名／部門】: a person's name and the department or title to give with it, thirtieth session, u30r)
    rf"(?P<bare>(?<=[：:])[ \t\u3000]?[【［]\s*{_REPEAT_QUALIFIER}(?:{_FIELD_NOUN}|姓名|名字)"
    r"(?:\s*[/／]\s*(?:部门|部門|职位|職位|职称|職稱|职务|職務))?\s*[】］])",
    # [您的 GitHub 仓库链接](https://…): the template's link text naming the slot, left around a filled URL
    # (the text names a template's slot: a project or site's link; not [您的個人主頁](…) or [您的訂單連結](…), real links)
    r"(?P<linkslot>(?<!!)\[\s*[您你]的[^\[\]\n]{0,12}?(?:GitHub|Github|github|仓库|倉庫|项目|項目|网站|網站)[^\[\]\n]{0,6}?(?:链接|鏈接|連結|网址|網址|地址|主页|主頁|URL)?\s*\](?=\())",
    # [insert company name], [Company Name], [Email], [Hong Kong Address] — not links, not reference definitions
    # (twenty-sixth session, lead: and the template's "here" after the field, [your email here], [Company Name Goes Here])
    # (twenty-ninth session, round29) [Specific Country/Region Where Servers Are Located], [Specific Region for Legal
    # Application]: a field the template describes by its qualifier (a translated 具体…), words only; [app]: the product's
    # generic word standing where its name goes
    # (fifty-second session, u52g: Shopify's legacy template's [[INSERT ANY OTHER INFORMATION YOU COLLECT: OFFLINE DATA,
    # PURCHASED MARKETING DATA/LISTS]], an instruction of up to 120 characters, not 50)
    # (u58f, eval/blind/round58q crevio-en-tsx L265) [Name / Designation]: the head, then a slash and a second field
    rf"(?P<en>(?<![\]!])\[\s*(?i:(?:insert|enter|add)\b[^\]\n]{{0,120}}|(?:[a-z0-9][a-z0-9/'\-]*\s+){{0,4}}(?:{_EN_HEAD})(?:[ \t]*/[ \t]*[a-z][a-z'\-]*(?:[ \t]+[a-z][a-z'\-]*){{0,2}})?(?:\s+of\s+[a-z ]{{1,30}})?(?:\s+(?:goes\s+)?here)?"
    rf"|{_EN_QUALIFIED}|{_APP_WORD})\s*\])(?![(\[:])",
    # 【Company Name】, ［Contact Email］, 【Effective Date】: the same in full-width brackets, as the English half of a
    # bilingual policy keeps them (issue #11, eighteenth round).  A qualified field only (【Email】 or 【Date】 alone may
    # emphasise a data item in Chinese text), and no verb (【Add Address】 is a button)
    # (twenty-ninth session, round29) 在使用【app】各项产品或服务前, 【****app****】 (bold markers pasted in as text): the
    # product's generic word left where its name goes
    # (u60p, round59q aition-zh-md L99, L170-172) 【Legal entity / operator name】: a slash and a second field, as in `en`;
    # 【Email】, 【Phone】 alone right after a colon (`enbare`, not TBD or TODO, markers): a slot only as the whole value of
    # a field's label ("- Email: 【Email】"; `_enwide_quiet`)
    rf"(?P<enwide>[【［]\s*(?i:(?!(?:add|insert|enter|edit|change|update|delete|remove|select|view|manage|set)\b)(?:[a-z0-9][a-z0-9/'\-]*\s+){{1,4}}(?:{_EN_HEAD})(?:[ \t]*/[ \t]*[a-z][a-z'\-]*(?:[ \t]+[a-z][a-z'\-]*){{0,2}})?(?:\s+of\s+[a-z ]{{1,30}})?"
    rf"|\*{{0,4}}{_APP_WORD}\*{{0,4}})\s*[】］]"
    # (u61p) or right after the words that take a contact's value: "Contact us at 【Email】", 「请发送邮件至【Email】」,
    # "call 【Phone】", "effective as of 【Date】" (the words before are `_enwide_quiet`'s `_EN_TAKES_VALUE`)
    rf"|(?P<enbare>(?:(?<=[:：])|(?<=[:：][ \t\u3000])|(?<=[Aa]t[ \t])|(?<=[Tt]o[ \t])|(?<=[Cc]all[ \t])|(?<=[Oo]f[ \t])|(?<=[至到])|(?<=[至到][ \t])|(?<=[打电電][ \t])|(?<=[打电電]))[【［][ \t]*(?!(?i:tbd|todo)\b)(?i:(?:{_EN_HEAD})(?:[ \t]*/[ \t]*[a-z][a-z'\-]*)?)[ \t]*[】］]))",
)


# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_PERSON_CHOICE = (
    # [我/我们], [我的/我们的], [I/We], [my/our]: a policy generator's choice of person, never made
    r"\[\s*(?:我的|我们的|我們的|我们|我們|我)\s*[/／]\s*(?:我的|我们的|我們的|我们|我們|我)\s*\]",
    r"\[\s*(?i:I|we|my|our|me|us|I am|we are|I'm|we're|mine|ours)\s*/\s*(?i:I|we|my|our|me|us|I am|we are|I'm|we're|mine|ours)\s*\](?![(\[])",
)


# 【运营主体名称】（以下简称「我们」）: a name being defined is a slot, not a label opening its paragraph
_DEFINES = lazy(r"(?<![ \t\u3000])[ \t\u3000]*(?:[（(，,][ \t\u3000]*)?(?:以下简称|以下簡稱|下称|下稱|以下称|以下稱)")
# What follows a slot that is the subject of its sentence, not a label before its value:
# 「【您的APP名称】尊重并保护您的隐私」, 「[公司名称]深知…」 (a label is followed by its value).  Only whole
# verbs that cannot open a value (not 将/会/是/仅, which open 将台路, 会员专线, 是北京市…), and only
# for a slot that names a name (see `_names_a_name`).  (Review, seventh session.)
_PREDICATE = lazy(
    # [应用名称] 隐私政策, 【APP名称】用户协议: the name slot of the policy's own title (a title line or its heading)
    r"[ \t\u3000]{0,3}(?:的)?(?:用户|用戶)?(?:隐私政策|隱私政策|隐私权政策|隱私權政策|私隱政策|隐私协议|隱私協議|隐私保护政策|隱私保護政策"
    r"|隐私保护指引|隱私保護指引|用户协议|用戶協議|服务协议|服務協議|(?i:privacy\s+policy))"
    r"|[ \t\u3000]{0,3}(?:尊重|重视|重視|深知|非常重视|非常重視|一直|始终|始終|致力于|致力於|承诺|承諾|不会|不會|为您提供|為您提供|向您提供|希望|严格遵守|嚴格遵守)"
)
_NAME_WORDS = ("名称", "名稱", "名字", "姓名")


def _names_a_name(slot: str) -> bool:
    """Whether a slot names a name (【您的APP名称】, [公司名称]), not an address, phone or e-mail."""
    return any(word in slot for word in _NAME_WORDS)


_ROLE_DEFINED_AT = lazy(_ROLE_DEFINED)
_LABEL_BEFORE = lazy(r"^[\s\d.、)）(（一二三四五六七八九十第条條款章节節*#>-]*$")
_PATH_ARROWS = (">", "＞", "→", "》", "›", "»")  # between the steps of a settings path
_UI_PATH = ("-", "－", "—", *_PATH_ARROWS)
_REFERENCE_DEFINITION = lazy(r"^\s*\[([^\]\n]+)\]:\s*\S")
# A heading or a table cell that is only a slot: the bracket holds the generic word of a template's part (a title, a
# link, a purpose), never a label of a real policy (not 【说明】 or 【特别提示】, which open real sections)
_LONE_SLOT = lazy(
    r"[【［]\s*(?:标题|標題|小标题|小標題|章节标题|章節標題|段落标题|段落標題|链接|鏈接|連結|网址|網址)\s*[】］]"
    r"|\[\s*(?:标题|標題|小标题|小標題|章节标题|章節標題|链接|鏈接|連結|网址|網址|用途|目的|描述"
    r"|(?i:(?:section\s+|page\s+)?title|(?:sub)?heading|link|url|purpose|description))\s*\]"
)


_QUOTES_AND_BLANKS = " \t\u3000\"'“”‘’「」『』"
# (twenty-eighth session, precision28) and the emphasis a step is written in: 「選取 **[檔案]** > **[帳戶]** > **[帳戶隱私權]**」
_AROUND_A_STEP = _QUOTES_AND_BLANKS + "*_"


def _ui_path_step(text: str, start: int, end: int) -> bool:
    """Whether the slot is a quoted step between two steps of a settings path: "设置" > "[您的姓名]" > "iCloud".

    Both sides must be path arrows (a dash alone is too common in prose); quotes, blanks and the emphasis
    around the step are passed over.
    """
    before = text[max(0, start - 8) : start].rstrip(_AROUND_A_STEP)
    after = text[end : end + 8].lstrip(_AROUND_A_STEP)
    return before.endswith(_PATH_ARROWS) and after.startswith(_PATH_ARROWS)


# (thirty-sixth session, u36q, precision36) the reader's own name as the row of Apple's account banner at the top of
# Settings: 「点击顶部的[您的姓名]（Apple ID）」, 「轻点 [你的姓名]」 (Apple's own wording of the step).  A slot would name the
# operator's field; the reader's name is never the operator's to fill, and here it is what the reader taps: the account
# named after it in round brackets, or a tap verb (with 顶部的 / 最上方的) right before it.  Not 「联系人：[您的姓名]」 or
# 「申请人（[您的姓名]）」, a form's field, nor 「点击[您的邮箱]」, which names no row.
_READER_NAME = lazy(
    r"[*_ \t\u3000\"“「]{0,4}(?:(?:您|你)的?(?:姓名|名字|名稱|名称|帳戶名稱|账户名称)|(?i:your[ \t]{1,2}name))[*_ \t\u3000\"”」]{0,4}\Z"
)
_ACCOUNT_AFTER = lazy(
    r"[*_ \t\u3000\"”」]{0,3}[（(][ \t\u3000]*(?:Apple[ \t\u3000]?(?:ID|账户|帳戶|账号|帳號|Account)|iCloud)[ \t\u3000]*[）)]"
)
_TAP_BEFORE = lazy(
    r"(?:点击|點擊|点按|點按|轻点|輕點|轻触|輕觸|点一下|點一下|点选|點選|(?i:tap|click))[ \t\u3000]{0,2}"
    r"(?:(?:顶部|頂部|最上方|上方|顶端|頂端|最上面)的?[ \t\u3000]{0,2})?[“「\"*_]{0,2}\Z"
)


def _account_row(text: str, start: int, end: int) -> bool:
    """Whether the bracket `text[start:end]` is the reader's own name as the account row the text tells them to tap:
    「点击顶部的[您的姓名]（Apple ID）」 (not 「联系人：[您的姓名]」, a field left to fill)."""
    if _READER_NAME.match(text, start + 1, end - 1) is None:
        return False
    return _ACCOUNT_AFTER.match(text, end) is not None or _TAP_BEFORE.search(text, max(0, start - 12), start) is not None


# (twenty-eighth session, precision28) a control the reader is told to select, Microsoft's way of naming one in brackets:
# 「然後選取 [檢視帳戶] 或 [訂購記錄]」 (a verb of choosing right before it; not a name, an address or the reader's own
# field, 「選擇[您的公司名稱]」, which stays a slot; nor a link left to fill, 「请点击[隐私政策链接]查看」: review u28w)
_SELECT_BEFORE = lazy(r"(?:选取|選取|点选|點選|点击|點擊|点按|點按|轻触|輕觸|选择|選擇|按一下)[ \t\u3000]{0,2}\Z")
_NOT_A_CONTROL = (
    *("您", "你", "贵", "貴", "名称", "名稱", "邮箱", "郵箱", "地址", "网址", "網址", "电话", "電話"),
    *("链接", "鏈接", "連結", "入口", "URL", "url", "link", "Link"),
)


def _selected_control(text: str, start: int, end: int) -> bool:
    """Whether the bracket `text[start:end]` is a control the text tells the reader to select: 選取 [檢視帳戶]."""
    label = text[start + 1 : end - 1]
    return _SELECT_BEFORE.search(text, max(0, start - 6), start) is not None and not any(w in label for w in _NOT_A_CONTROL)


# (twenty-eighth session, precision28) 「本隱私權聲明之 [<我們共用個人資料的原因>](https://…#mainreasons)」: the title of a section,
# in angle brackets, as the text of a Markdown link to that section (its target has a fragment); not a slot such as
# 「[<您的网站>](https://example.com)」
_LINK_TO_A_SECTION = lazy(r"\]\([^()\s]*#[^()\s]+\)")


def _section_link_text(text: str, start: int, end: int) -> bool:
    """Whether the angle brackets `text[start:end]` are the whole text of a Markdown link to a section of a page."""
    return text[start - 1 : start] == "[" and _LINK_TO_A_SECTION.match(text, end) is not None


# (thirty-fifth session, u35r3) 「继承（…除外）<或>在第三方平台上进行展示」: a conjunction an editor set in angle
# brackets (an insertion or a choice marked in a reviewed copy), the sentence reading on through it: no field is
# named there, nothing to fill.  A slot names what goes in (<公司名称>, <日期>), never a word that joins two others.
_CONJUNCTIONS = frozenset({"或", "或者", "和", "与", "與", "及", "以及", "并", "並", "并且", "並且", "且", "而", "和/或", "及/或", "或/和"})


def _marked_conjunction(text: str, start: int, end: int) -> bool:
    """Whether the angle slot `text[start:end]` holds only a conjunction, inside a sentence (text on both sides)."""
    inner = text[start:end].strip("<> \t")
    return inner in _CONJUNCTIONS and bool(text[:start].strip()) and bool(text[end:].strip())


# (twenty-eighth session, precision28) 豆瓣网页“xxx的帐号”-“帐号管理”: a mask for the reader's own name opening a quoted
# menu label (the page shows 「<name>的帐号」), the label a step of a UI path: a path's dash or arrow and the next quoted
# step after its closing quote, or the step before it ending the same way (“设置”-“xxx的主页”)
_STEP_SEPARATOR = r"[ \t]?(?:[-－—]|[>＞→›»])[ \t]?"
_OWN_LABEL_REST = lazy(r"的[\u4e00-\u9fffA-Za-z]{1,8}[”」』\"]")
_NEXT_STEP = lazy(rf"{_STEP_SEPARATOR}[“「『\"]")
_STEP_BEFORE = lazy(rf"[”」』\"]{_STEP_SEPARATOR}[“「『\"]\Z")


def _own_name_step(text: str, start: int, end: int) -> bool:
    """Whether the mask `text[start:end]` opens a quoted label that names the reader's own account, a step of a UI
    path: 「通过“xxx的帐号”-“帐号管理”」 (not 「“XXX公司”」, a quoted name left unfilled, nor a label outside a path)."""
    if start == 0 or text[start - 1] not in '“「『"':
        return False
    rest = _OWN_LABEL_REST.match(text, end)
    if rest is None:
        return False
    return _NEXT_STEP.match(text, rest.end()) is not None or _STEP_BEFORE.search(text, max(0, start - 8), start) is not None


# the template's note on the slot, in round brackets right after it (past its emphasis): 「**[运营主体名称]**（当前为：星辰科技）」,
# 「[公司名称]（例如：北京某某科技有限公司）」, "[Company Name] (currently: …)" — the bracket names the slot, the note says
# what stands there for now or what to write: a slot with its note, not a label before its value
_SLOT_NOTE = lazy(
    r"[*_ \t\u3000]{0,4}[（(][ \t\u3000]*(?:当前|當前|目前(?:为|為|是)|现为|現為|暂为|暫為|默认|默認|示例|範例|范例|例如|比如"
    r"|(?i:currently|current\s+value|default|e\.g\.|for\s+example))"
)


_APP_SLOT = lazy(rf"[【［\[][ \t]*\**(?i:{_APP_WORD})\**[ \t]*[】］\]]")


# (u51k, after eval/blind/round51's held-out yiyou-en-txt: not blind) "our software product [APP] and related services":
# the generic word in apposition to the product it names, in an English sentence, is the name left out
_APP_NAMED = lazy(r"(?i:\b(?:product|application|software|app|service|platform|called|named))[ \t]+\Z")


def _app_named(text: str, start: int) -> bool:
    """Whether the bracketed generic word at `start` follows the noun it names ("software product [APP]")."""
    return _APP_NAMED.search(text, max(0, start - 24), start) is not None


def _app_label(text: str, start: int, end: int) -> bool:
    """For 【app】 (the product's generic word, `_APP_WORD`): a label before a colon, as a step of a UI path, or as the
    tag that opens its line (「【APP】关于我们」, 「【App】新版本说明」).

    Not 「【app】希望通过本政策…」 (the subject of its sentence, `_PREDICATE`) nor 「（五）【app】所调用的系统权限」 (after a
    heading's number: no tag stands there): the generic word stands where the product's name goes.
    """
    if not _APP_SLOT.fullmatch(text, start, end):
        return _is_label(text, start, end)
    # (u55r) a colon after it, not the text's end: the empty slice is in every string
    if text[end : end + 1] in ("：", ":") or text[max(0, start - 1) : start] in _UI_PATH or text[end : end + 1] in _UI_PATH:
        return True
    opens = only_before(text, start, " \t\u3000*_~`#>-")
    return opens and not only_after(text, end, " \t\u3000*_~`。.") and not _PREDICATE.match(text, end)


def _is_label(text: str, start: int, end: int) -> bool:
    """A label, not a slot: 【联系方式】 opening a paragraph, [地址]： or 【更新日期】2024年… before the value, 【我的】-【用户名】 (a UI path).

    A field alone in its paragraph or list item (`- [姓名]`) labels nothing: it is a slot; so is a field followed by the
    template's note on it (「**[运营主体名称]**（当前为：星辰科技）」: `_SLOT_NOTE`).
    """
    if _SLOT_NOTE.match(text, end):
        return False
    if _wrapped_alone(text, start, end):
        return False  # **[您的公司名称]** alone on its line: the closing ** is the slot's markup, not a value after a label
    if (
        _LABEL_BEFORE.match(text, 0, start)
        and not only_after(text, end, " \t\u3000。.，,；;")
        and text[end : end + 1] != "\t"  # 「【SDK名称】\t广告投放合作」: alone in a cell of a tab-separated row
        and not _DEFINES.match(text, end)
        and not _ROLE_DEFINED_AT.match(text, start)
        and not (_PREDICATE.match(text, end) and _names_a_name(text[start:end]))
        and not _number_after_name(text, start, end)
    ):
        return True
    if (_value_after(text, end) and not _number_after_name(text, start, end)) or _company_after(text, start, end):
        return True
    if text[max(0, start - 1) : start] in _UI_PATH or text[end : end + 1] in _UI_PATH:
        return True
    return _in_emphasised_list(text, start, end)


# Nineteenth round (n19v, issue #11 §1): a slot wrapped in inline markup, alone in its paragraph or heading, as a
# signature line is: 「**[您的公司名称]**」, 「*[公司名称]*」, 「***【运营主体名称】***」, 「~~[公司名称]~~」.  The
# markup after the slot closes the markup before it: it is no value, so the slot labels nothing.
_MARKUP_CHARS = "*_~`"
_ALONE_TAIL = " \t\u3000。.，,；;"


def _wrapped_alone(text: str, start: int, end: int) -> bool:
    """Whether the slot `text[start:end]` is wrapped in markup that the text after it closes, and nothing else is on
    the line but what may open a label (a number, a list's or a quote's mark): 「**[您的公司名称]**」 (not
    「**【联系方式】**：…」, a label before its value); or, a name slot, with only the signature's date on the next line
    of its paragraph (or after a blank: the hard break is read as one): 「**[您的公司名称]**  ⏎ **2025年1月1日**」
    (`_SIGNATURE_DATE`)."""
    mark = text[rstripped(text, start, _MARKUP_CHARS) : start]  # (no copy of the text before: u32h)
    if not mark or len(mark) > 3 or not text.startswith(mark[::-1], end):
        return False
    if _LABEL_BEFORE.match(text, 0, start - len(mark)) is None:
        return False
    after = text[end + len(mark) :]
    if not after.strip(_ALONE_TAIL):
        return True
    return _SIGNATURE_NAME.search(text, start, end) is not None and _SIGNATURE_DATE.match(after) is not None


# Twentieth session (q20v, the round19 miss left open, issue #11 §1): a signature block in one paragraph, the name slot on
# its line and the date on the next after a hard break: 「**[您的公司名称]**  ⏎ **2025年1月1日**」, 「*[运营者名称]*\\ ⏎
# *日期：[日期]*」.  Only a slot that names a name: 「**【联系方式】**  ⏎ **privacy@…**」 and 「**【生效日期】**  ⏎
# **2025年1月1日**」 are labels with their value on the next line.
_SIGNATURE_NAME = lazy(r"名称|名稱|公司|主体|主體|运营者|運營者|运营方|運營方|开发者|開發者|(?i:company|name|operator)")
_DATE_OR_SLOT = (
    r"(?:\d{4}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*[日号號]?"
    r"|\d{4}[./-]\d{1,2}[./-]\d{1,2}|[\[【［][^\]】］\n]{1,12}[\]】］])"
)
_SIGNATURE_DATE = lazy(
    # (the hard break is read as a blank: the paragraph is one line of text, `**[名称]** **2025年1月1日**`)
    r"[ \t\u3000\\\n]{1,8}(?:[*_~]{1,3}[ \t\u3000]{0,2})?"
    r"(?:(?:日期|签署日期|簽署日期|落款日期|(?i:date))[ \t\u3000]{0,2}[：:][ \t\u3000]{0,2})?"
    + _DATE_OR_SLOT
    + r"(?:[ \t\u3000]{0,2}[*_~]{1,3})?[ \t\u3000。.]{0,4}\Z"
)


# an item of a slash list that opens with a technical acronym: IP, MAC, IPv6, TLS, HTTPS, AES-256 (not QQ, URL, ID, APP or
# SDK, which name a contact, a link or a product: [QQ/微信号码] and [Email/URL] are fields to fill)
# (not an instruction's verb in capitals: Shopify's [[INSERT ANY OTHER INFORMATION YOU COLLECT: … MARKETING DATA/LISTS]],
# fifty-second session, u52g)
_ACRONYM_ITEM = lazy(r"(?!(?:QQ|URL|ID|APP|SDK|INSERT|ENTER|ADD)\b)[A-Z]{2,6}(?:v[0-9])?(?:-?[0-9]{1,4})?(?![A-Za-z])")


def _lists_terms(slot: str) -> bool:
    """[IP/MAC地址], [IPv4/IPv6地址], [IP address/MAC address], [TLS/SSL/HTTPS URL]: a slash list of technical terms that
    ends in a field noun is the values a table names (eighteenth round's false error), not a field left to fill."""
    items = slot.strip("[]【】［］ \t").replace("／", "/").split("/")
    return len(items) > 1 and all(_ACRONYM_ITEM.match(item.strip()) for item in items)


_LIST_JOINERS = "、，,和与與及或"


def _in_emphasised_list(text: str, start: int, end: int) -> bool:
    """【设备型号】、【应用名称】与【应用版本】: one of a list of emphasised data items, not a slot.

    Full-width brackets joined by 、/与/和/及 to another bracketed item mark the data a
    policy collects; a slot stands alone (欢迎使用【应用名称】！, 第三方【SDK名称】).
    """
    if text[start : start + 1] not in "【［":
        return False
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if before.endswith("、") or after.startswith("、"):
        return True  # 已安装应用的信息【应用名称】、应用包名: the enumeration comma lists data
    return (len(before) == 2 and before[0] in "】］" and before[1] in _LIST_JOINERS) or (
        len(after) == 2 and after[0] in _LIST_JOINERS and after[1] in "【［"
    )


# the value after a company label: a company's name (「【第三方公司名称】深圳市腾讯计算机系统有限公司【使用目的】…」)
_COMPANY_VALUE = lazy(
    r"[ \t\u3000]{0,2}[^\s【】\[\]，,。；;：:]{2,30}?(?:有限(?:责任)?公司|有限公司|股份公司|集团|集團|Inc\b|Ltd\b|LLC\b|Limited\b)"
)


# a contact's label: the words a bare 【电话号码】 after it fills (联系电话：, 地址：, 客服邮箱：)
_CONTACT_LABEL = lazy(rf"(?:{_CONTACT_FIELD}|联系人|聯絡人|联系|聯絡|聯繫)[^：:\n]{{0,2}}\**[ \t\u3000]*[：:][ \t\u3000]?\Z")


# what may follow a label's whole value: the end of the clause, or the bar or dot between the fields of a version line
# (「版本 v1.0｜生效日期：【生效日期】｜最近更新：【更新日期】」, with |, ·, / or ／ too)
# (and •, the next item's bullet, when a reader joined a list's items into one paragraph: 「联络窗口：【姓名】• 电子邮件：…」, u30r)
_VALUE_END = "。；;，,.｜|·/／•"
# the field noun a slot ends with, and the label before its colon (after a list's or a number's mark, markup, a bar)
_NOUN_END = lazy(rf"(?:{_FIELD_NOUN}|姓名|名字)\Z")
_LABEL_END = lazy(r"([\u4e00-\u9fffA-Za-z]{2,24})[*_ \t\u3000]*[：:][ \t\u3000]?\Z")


def _bare_value(text: str, start: int, end: int) -> bool:
    """联系电话：【电话号码】: a field in brackets that is the whole value of its label (not 收集：【手机号码】).

    A bare field (【电话号码】) after a contact's label; a qualified one (【运营主体联系地址】) after a label it repeats
    (`_repeats_label`).  The value may end its clause, its Markdown emphasis or a field of a version line (｜, ·).
    """
    after = lstripped(text, end, " \t\u3000*_")  # where `text[end:].lstrip(…)` starts (no copy: u32h)
    if after < len(text) and text[after] not in _VALUE_END:
        return False  # 电话：【电话号码】、【邮箱】 or a value after it: emphasis or a label
    slot = text[start:end].strip(" \t\u3000【】［］")
    noun = _NOUN_END.search(slot)
    if noun is not None and noun.start() > 0:
        return _repeats_label(text, start, slot, noun.group(0))
    return _CONTACT_LABEL.search(text, max(0, start - 14), start) is not None


# (u60p) a label naming a field before its colon: "Email:", "Phone number:", "Contact:"
_EN_FIELD_LABEL = lazy(rf"(?i:\b(?:{_EN_HEAD}|contact|tel|mobile|fax))[*_ \t\u3000]*[：:][ \t\u3000]?\Z")


# (u61p) the words before a value with no colon: "Contact us at", "reach us at", "email us at", "write to us at", "send
# requests to", "call", "call us at", "effective as of"; 「发送邮件至」, 「发送至」, 「拨打」, 「致电」 (not "by 【Email】" or
# 「通过【Email】」: a channel named, which a policy may emphasise)
_EN_TAKES_VALUE = lazy(
    r"(?i:\b(?:(?:contact|reach|e-?mail|write\s+to|call|phone|text|message)\s+us(?:\s+directly)?\s+at"
    r"|(?:contact|e-?mail|call)\s+at|(?:send|forward|direct|address|submit|mail)\s+(?:[a-z]+\s+){0,3}?to|write\s+to|call"
    r"|as\s+of)[ \t]?\Z)"
    r"|(?:发送|發送|发|發|寄|邮件|郵件|邮寄|郵寄)(?:邮件|郵件|至)?[至到][ \t]?\Z|(?:拨打|撥打|致电|致電)[ \t]?\Z"
)


def _enwide_quiet(text: str, start: int, end: int, bare: bool) -> bool:
    """Whether an English slot in full-width brackets (`enwide`) is no slot: 【app】 as a label (`_app_label`), or a field
    word alone after a colon (`enbare`: 【Email】, 【Email / Phone】) that is not the whole value of a field's label:
    「我们收集：【Email】、【Phone】」 or "Data collected: 【Email】" may emphasise data items; "- Email: 【Email】" and
    「邮箱：【Email】」 leave the value out (u60p)."""
    if not bare:
        return _app_label(text, start, end)
    if last_before(text, start, " \t\u3000") not in (":", "："):
        return _EN_TAKES_VALUE.search(text, max(0, start - 40), start) is None  # (u61p) "Contact us at 【Email】"
    after = lstripped(text, end, " \t\u3000*_")
    if after < len(text) and text[after] not in _VALUE_END:
        return True
    label = _EN_FIELD_LABEL.search(text, max(0, start - 40), start) or _CONTACT_LABEL.search(text, max(0, start - 14), start)
    return label is None


def _repeats_label(text: str, start: int, slot: str, noun: str) -> bool:
    """生效日期：【生效日期】, 邮寄地址：【运营主体联系地址】, 最近更新：【更新日期】: a slot that repeats its own label.

    The label ends in the slot's field noun, or its last two characters are in the slot (更新); 设备信息：【设备名称】
    names another field (emphasised data after a topic), and a filled value (【北京某某科技有限公司】) ends in no noun.
    """
    label = _LABEL_END.search(text, max(0, start - 30), start)
    if label is None:
        return False
    words = label.group(1)
    return words.endswith(noun) or words[-2:] in slot


def _company_after(text: str, start: int, end: int) -> bool:
    """A slot naming a company (【第三方公司名称】) directly followed by a company's name is that value's label."""
    return "公司" in text[start:end] and _COMPANY_VALUE.match(text, end) is not None


def _number_after_name(text: str, start: int, end: int) -> bool:
    """Whether a slot that names a name is followed by a number (「【公司名称】2024年…」 before a copyright notice, 「运营者：【公司名称】2」): no
    name's value is a number, so the slot labels nothing (u41k: a known leftover of issue #11; a phone's 【电话】 400… stays a
    label before its value)."""
    i = end
    while i < len(text) and text[i] in " \t\u3000":
        i += 1
    c = text[i : i + 1]
    return c != "" and ("0" <= c <= "9" or "０" <= c <= "９") and _names_a_name(text[start:end])


def _value_after(text: str, end: int) -> bool:
    """Whether a value follows `end` after blanks: `[地址]：…`, `【电话】 400…`.

    Plain string code rather than `[ \t\u3000]*[：:0-9０-９@+]`, which a search would
    rescan from every blank of a long run (quadratic; `re.match` alone is linear).
    """
    i = end
    while i < len(text) and text[i] in " \t\u3000":
        i += 1
    c = text[i : i + 1]
    return c != "" and (c in "：:@+" or "0" <= c <= "9" or "０" <= c <= "９")


def _lone_slots(rule: Rule, ctx: Context, pattern: re.Pattern[str]) -> Iterator[Finding]:
    """A heading or a table cell that is only a slot: ## 【标题】, | [链接] |, | [purpose] |; and a value cell that repeats
    the label of the cell before it: | 生效日期 | 【生效日期】 |, <td>联系电话</td><td>【电话】</td> (`_repeating_cell`)."""
    before: TextUnit | None = None  # the unit before: an HTML table's cells are units of their own
    for unit in ctx.units():
        previous, before = before, unit
        if "[" not in unit.text and "【" not in unit.text and "［" not in unit.text:
            continue
        if unit.kind == "heading":
            cells = [(0, len(unit.text))]
        elif unit.paragraph is not None and unit.paragraph.kind == "table":
            # a Markdown row holds its cells between bars.  Not an HTML table's cell (a unit of its own): 「<td><a href=…>
            # [链接]</a></td>」 is a link's label, and the reader keeps no sign of the link on the cell (review rv12b; no
            # real policy was seen with an unlinked <td>[链接]</td>); only its label repeated (`_repeating_cell`)
            if "|" not in unit.text:
                if previous is not None and previous.paragraph is not None and previous.paragraph.kind == "table":
                    text = unit.text.strip()
                    if _repeating_cell(previous.text, text, pattern):
                        start = unit.text.index(text)
                        yield rule.finding(ctx, unit, start, start + len(text), text=text)
                continue
            cells = [(c.start(1), c.end(1)) for c in ROW_CELL.finditer(unit.text)]
        else:
            continue  # 【名称】 opening a paragraph is a label or emphasis, not a slot
        label = ""
        for a, b in cells:
            text = unit.text[a:b].strip()
            cell_label, label = label, text
            if text and _repeating_cell(cell_label, text, pattern):
                start = unit.text.index(text, a)
                yield rule.finding(ctx, unit, start, start + len(text), text=text)
                continue
            if not text or not _LONE_SLOT.fullmatch(text) or next(pattern.finditer(text), None) is not None:
                continue  # not a lone slot, or one of the forms above (found there, or a label they let be)
            if text.strip("[] ").lower() in ctx.doc.link_labels:
                continue  # [link] with its definition: a shortcut reference link
            start = unit.text.index(text, a)
            yield rule.finding(ctx, unit, start, start + len(text), text=text)


# a cell that is only a bracketed field: 【生效日期】, 【电话】, ［运营主体联系地址］
_FIELD_CELL = lazy(rf"[【［\[]\s*{_REPEAT_QUALIFIER}(?:{_FIELD_NOUN}|姓名|名字)\s*[】］\]]")


def _repeating_cell(label: str, text: str, pattern: re.Pattern[str]) -> bool:
    """| 生效日期 | 【生效日期】 |: a cell that is only a bracketed field repeating the label of the cell before it word for
    word, not found by the forms above (a permission table's 「| 直接拨打电话 | 【电话】 |」 names the permission's group).

    A label cell followed by its filled value (| 生效日期 | 2024年1月1日 |), or by a bracket naming another field
    (| 设备信息 | 【设备名称】 |: emphasised data), is not a slot.
    """
    if not _FIELD_CELL.fullmatch(text) or next(pattern.finditer(text), None) is not None:
        return False
    # the very label again: | 生效日期 | 【生效日期】 | (not | 直接拨打电话 | 【电话】 |, a permission and its Android group)
    return label.strip(" \t\u3000*_：:") == text.strip(" \t\u3000【】［］[]")


def _page_title(rule: Rule, ctx: Context, pattern: re.Pattern[str]) -> Iterator[Finding]:
    """A bracketed slot in the page's title that no unit holds: an HTML <title> (the browser's tab), front matter's `title:`;
    (u51k) the same in the page's description (`<meta name="description">`, front matter `description:`)."""
    from policylens.structure.language import NOT_CHINESE, detect_language

    for page in (ctx.doc.page_title, ctx.doc.page_description):
        if page is None:
            continue
        text, pieces = page
        if detect_language(text) in NOT_CHINESE:
            continue
        unit = TextUnit(text, "title", None, None, (pieces, pieces[0].line, pieces[0].column))
        for m in pattern.finditer(text):
            if m.group("en") or m.group("generic") or (m.group("field") and not _is_label(text, m.start(), m.end())):
                yield rule.finding(ctx, unit, m.start(), m.end(), text=m.group(0))
