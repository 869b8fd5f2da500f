"""Instructions to the drafter left in the text: fill-in brackets and the template's asides.

- 【請填寫公司名稱】, （此处填写…）, 联系邮箱：（若有客服邮箱，請填寫於此）: an instruction in its bracket;
- 请把…替换成你的真实信息: an instruction in prose (widened back to its 请 by `_instruction_start`);
- [describe how users can …], (list them with links …), (insert address here): English instructions,
  told from a button's label or a name by `_ui_label`;
- （或个人信息保护专员）, (or DPO): the template's alternative left in (not a gloss: `_ROLE_BEFORE`);
- [添加您在此处收集的…]: a generator's "add … here".

Not an instruction: a fill verb used as a noun, listing kinds (（输入/缓存/输出）: `_lists_kinds`), naming a thing
(【补充协议】: `_fill_compound`) or glossing a noun beside its counterpart (「指令（输入内容）、回应（输出内容）」:
`_input_output_gloss`).
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.patterns import HAN_CHAR, UI_VERBS
from policylens.rules.context import Context
from policylens.rules.placeholder_instruction.vocabulary import _CLOSE, _FILL

# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_FILL_BRACKETS = (
    # 【請填寫公司名稱】, （此处填写公司地址）, [待填写——注册后补充], [插入日期]: the instruction opens the bracket
    # (u34r3, round34c) 增值电信业务经营许可证：【如有请填写】: the request after a condition (如有, 若有, 如适用) right at
    # the opening of a square or lenticular bracket, 请 before the fill verb (not （如有请填写）, a round bracket that may
    # be a form's hint to the user)
    rf"(?P<fillin>[【［〔（(<{{\[]"
    r"(?:(?<=[【［〔\[])(?:如有|若有|如適用|如适用|如需要?)[，,、]?[ \t\u3000]*(?=請|请))?"
    # (u49p, eval/pairs petfolio) not an import's two modes, 「从先前导出的 ZIP 导入(替换全部或合并)」: replace or merge
    rf"\s*(?:(?:此处|此處|这里|這裡|在此)\s*)?(?:(?:請|请)\s*)?(?:在此)?(?:{_FILL})(?<!替换(?=全部或合并|或合并|全部或合併|或合併))(?<!替換(?=全部或合併|或合併|全部或合并|或合并))"
    rf"[^{_CLOSE}\n]{{0,40}}[{_CLOSE}](?!\())",
    # (u43k3, eval/blind/round43d spsconsent-tw-tsx L22) (前述特定目的與個資類別，請參照《法務部…特定目的及個人資料類別》依實填列。):
    # an official form's fill-in instruction kept after its values were filled — the text's own items (前述, 上述, 本欄)
    # or a reference to consult (請參照《…》), then 依實填列 / 依實填寫 / 依實際情形填寫 closing the round bracket; not a
    # form's hint to the user alone (姓名（請依實填寫）: no reference, no item of the text named)
    # (one run of blanks after the bracket, one after 請: never two side by side)
    r"(?P<formnote>[（(][ \t\u3000]*+(?:前述|上述|以上|本欄|本栏|本項|本项|(?:(?:請|请)[ \t\u3000]*+)?(?:參照|参照|參考|参考|參閱|参阅))"
    r"[^（）()\n]{1,100}?(?:依實|依实|依照實際情形|依照实际情形|依實際情形|依实际情形|依實際情況|依实际情况)[ \t\u3000]*(?:填列|填寫|填写)"
    r"[。.]?[ \t\u3000]*[）)])",
    # (u42k, eval/precision41 uprintshop-hk-js) 了解更多（補連結）, （補上連結）, （补链接）: a note to add the link, left where
    # the link's text stands (the verb 補/补 alone, then a link or address word, the whole bracket: not （補充協議）)
    # (each run of blanks after a word that must be there: two runs side by side would backtrack on a long blank)
    r"(?P<addlink>[（(【［\[][ \t\u3000]*(?:(?:待|再|需|請|请)[ \t\u3000]*)?[補补](?:上|回)?[ \t\u3000]*"
    r"(?:連結|链接|鏈接|连结|網址|网址|URL|url|link|Link)[ \t\u3000]*[）)】］\]](?![(\[]))",
    # (u42k3, round42d petfood-tw-vue) (待補 — Phase 1 若無使用者登入…,可簡短寫「本網站不收集任何個人識別資料」), (待補 — 若未來加入
    # Google Analytics 或其他分析 / 廣告工具,須於此列出…): the writer's to-do, 待補 and a dash or colon, then what to write,
    # however long (`fillin` stops at 40 characters); 待補 is never said to the reader (not 待定, a state: （待定，以公告為準）)
    rf"(?P<todonote>[（(【［\[][ \t\u3000]*(?:待補充|待补充|待補|待补|待填寫|待填写|待填)[ \t\u3000]*(?:——?|–|--?|：|:)[^{_CLOSE}\n]{{1,160}}"
    rf"[{_CLOSE}](?![(\[]))",
    # (lead, eval/blind/round53q dimsum-zh-tsx L266, held out, found blind on the final code) 「您可以通过【请说明用户行使权利的
    # 具体途径，例如：账户设置页面、联系邮箱等】来行使您的权利」: a request to the drafter to explain, list or name something,
    # opening a lenticular or square bracket (the half-width [请说明…] was found already); not a round bracket, which may be
    # a hint to the user, and not 请注意/请参阅 (the reader's)
    rf"(?P<explain>[【［\[][ \t\u3000]*+(?:請|请)[ \t\u3000]*+(?:說明|说明|列明|列出|描述|註明|注明|寫明|写明)[^{_CLOSE}\n]{{1,120}}+"
    rf"[{_CLOSE}](?![(\[]))",
    # (u42k3, round42d kunkit-wxml) （增加第三方SDK信息）: the WeChat template's instruction left as a paragraph of its own, a
    # verb that adds and the information to add, in round brackets (kept only when nothing else is in its paragraph:
    # `_alone`; not （新增内容）, a label of a changed part)
    r"(?P<addnote>[（(][ \t\u3000]*(?:增加|添加|加入|補上|补上)[^（）()\n]{1,30}?"
    r"(?:信息|資訊|资讯|說明|说明|內容|内容|列表|清單|清单|名單|名单)[ \t\u3000]*[）)])",
    # GitHub：[如果项目在 GitHub 上，请填写仓库地址]: the instruction after a condition, within a
    # bracket that stands as a field's value (after a colon; 「（如需注册，请填写真实信息）」 in a
    # sentence is advice to the user)
    # (square brackets: （如为企业用户，请填写企业名称） in prose describes a form)
    rf"(?<=[：:])\s?[【［\[][^{_CLOSE}\n，,]{{1,30}}[，,]\s*(?:請|请)\s*(?:{_FILL})[^{_CLOSE}\n]{{0,40}}[{_CLOSE}](?!\()",
    # （此处列明具体字段）, 【在此处注明 SDK 名称】: the place named first, then what to list or note there (not
    # （此处仅为简述）, a gloss, nor 此处列明的…, what the text lists here)
    rf"[【［〔（(\[]\s*在?(?:此处|此處|这里|這裡)\s*(?:(?:請|请|需|须|須)\s*)?(?:列明|列出|注明|註明|写明|寫明|列举|列舉|补上|補上|贴上|貼上)(?!的)[^{_CLOSE}\n]{{0,40}}[{_CLOSE}](?!\()",
    # 联系邮箱：（若有客服邮箱，請填寫於此）: in parentheses only when it names the place to fill
    rf"(?<=[：:])\s?[（(][^{_CLOSE}\n，,]{{1,30}}[，,]\s*(?:請|请)\s*(?:{_FILL})\s*(?:於此|于此|在此|此处|此處)[^{_CLOSE}\n]{{0,20}}[）)]",
    # (twenty-fourth session, round24) [按业务目的和法定义务逐项补充], [待运营主体确认并补充], 【运营者上线前必须填写】: a
    # slot bracket that ends in the fill verb, with who must fill it or how (待, 须, 必须, 逐项, 由…) before it (not
    # 【去填写】, a button, nor 【填写资料】, what a page is called)
    # (u49p, eval/blind/round48 crosync-en-zh-js) no opening bracket inside: in 「body: [ "[中文隐私政策内容待补充]"」 the slot
    # is the inner bracket, not the script array's bracket before it (reported on the array's line, its excerpt 「[ "[中文…」)
    r"(?P<fillend>[【［\[][^【［\[】］\]\n]{0,20}?(?:待|[须須]|需要?|必[须須]|[应應]|逐[项項]|由|上[线線]前|发布前|發布前)[^【［\[】］\]\n]{0,16}?"
    r"(?:补充|補充|填写|填寫|填入|补齐|補齊|补全|補全|回填)[】］\]](?![(\[]))",
    # (twenty-ninth session, round29b) [其他特定用途，請補充], [其他可能收集的資訊，例如…，若有請補充]: what the slot stands
    # for, then the request to supply it closing the bracket (half-width or ［］: not a round bracket in prose, which may
    # be advice to the reader, （如需注册，请填写真实信息）; not a Markdown link or reference)
    # (u41k2, round41d funshow-workbook-md) [例如 3–7 个工作日，请按真实情况填写]: 「按真实情况」 between the request and its verb
    rf"(?P<fillask>[［\[][^{_CLOSE}\n]{{1,40}}?[，,][ \t\u3000]*(?:(?:若有|如有|如適用|如适用|如需要?)[ \t\u3000]*)?(?:請|请)[ \t\u3000]*"
    r"(?:(?:按|依|依照|根据|根據)(?:真实|真實|实际|實際)(?:情况|情況)[ \t\u3000]*)?"
    r"(?:補充|补充|填寫|填写|填入|提供|確認|确认)[ \t\u3000]*[］\]](?![(\[:]))",
    # (twenty-ninth session, round29b) [請提供聯繫方式，例如 App 內設定或客服信箱], [請根據目標使用者和法規確認具體年齡限制]:
    # a request to supply, state or decide a fact opening a half-width bracket, its object after the verb (not 【請確認】, a
    # button's label: 【】 and a bare verb are left out; the fill verbs are `fillin`'s)
    rf"(?P<fillreq>[［\[][ \t\u3000]*(?:請|请)[ \t\u3000]*(?:(?:提供|說明|说明|列出|列明|寫明|写明|確認|确认|決定|决定)[^{_CLOSE}\n]{{1,40}}"
    rf"|(?:根據|根据|依據|依据|依照)[^{_CLOSE}\n]{{1,20}}?(?:確認|确认|決定|决定|調整|调整|填寫|填写|補充|补充|修改)[^{_CLOSE}\n]{{0,30}})"
    r"[］\]](?![(\[:]))",
    # (u41k2, round41d funshow-workbook-md) [请补充：你的真实职业背景、相关工作年限…。不要填写…。]: a square bracket that opens
    # with the request and a colon, then what to supply, however long (`fillin` stops at 40 characters: a round bracket
    # in prose may be a form's hint to the reader)
    rf"(?P<fillspec>[【［\[][ \t\u3000]*(?:請|请)[ \t\u3000]*(?:補充|补充|填寫|填写|填入|提供|說明|说明)[ \t\u3000]*[：:][^{_CLOSE}\n]{{1,160}}"
    r"[】］\]](?![(\[:]))",
    # (u41k2, round41d funshow-workbook-md) [发布前确认已在 AdSense 启用 CMP；未启用前不要声称界面已上线。]: a square bracket
    # that opens with a check to make before publishing, the publisher's note (a round bracket is `drafting_notes`')
    rf"(?P<prepublish>[【［\[][ \t\u3000]*(?:发布|發布|發佈|上线|上線|上架)(?:之)?前[ \t\u3000]*(?:(?:请|請|务必|務必|需要?|[须須])[ \t\u3000]*)?"
    rf"(?:确认|確認|核实|核實|检查|檢查)[^{_CLOSE}\n]{{1,160}}[】］\]](?![(\[:]))",
)


# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_REPLACE_INSTRUCTION = (
    # 请把文中的主体名称…替换成你的真实信息: an instruction to the person filling in the template
    # (替换, not 修改: 请将昵称修改为您的真实姓名 asks the user for real data).  It starts at 替,
    # rarer than 请; `_instruction_start` widens it back to the 请 that opens the sentence.
    r"(?P<instruction>替[换換](?:成|为|為)(?:(?:你|您)(?:自己)?的(?:真实|真實|实际|實際|正式|公司|企业|企業|应用|應用|产品|產品|品牌|网站|網站|App|APP)|(?:贵公司|貴公司|贵司|貴司|贵单位|貴單位|实际|實際|真实|真實|正式))[^。！!\n）)】］\]]{0,20})",
)


# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_EN_INSTRUCTIONS = (
    # [describe how users can request deletion], [specify the retention period]: the template's instruction to its
    # writer in square brackets, an imperative then lower-case words (not [Add Account], a button's title-case label,
    # not a Markdown link or reference)
    r"(?P<enverb>(?<![\]!])\[\s*(?:[Dd]escribe|[Ss]pecify|[Ll]ist|[Ee]xplain|[Ss]tate|[Pp]rovide|[Ii]nclude|[Mm]ention|[Ss]ummari[sz]e|[Oo]utline|[Ii]dentify)"
    r"\s+[a-z][a-z'-]*(?:\s+[^\]\s\n][^\]\n]{0,80}?)?\s*\](?![(\[:]))",
    # (list them with links, for example …), (describe how users can …): the same in round brackets, about the text's
    # own subject (them, how, which); not (list the data you want deleted), said to the reader (see `check`)
    r"(?P<enverbparen>\(\s*+(?![^()\n]*\b[Yy]ou)(?:list|describe|specify|explain|name|identify|outline|summari[sz]e)\s+(?:them|it|each|all|how|which|what|where|who|here)\b[^()\n]{3,100}\))",
    # （或个人信息保护专员）, (or DPO): the template's alternative left in (专职部门 or 专员: one was to be kept)
    r"(?P<alternative>[（(]\s*或\s*(?:个人信息保护|個人信息保護|個人資料保護|个人资料保护|数据保护|數據保護|資料保護)(?:专员|專員|负责人|負責人|官)\s*[）)]"
    r"|\(\s*or\s+(?:the\s+|a\s+|our\s+)?(?:DPO|[Pp]rivacy\s+[Oo]fficer)\s*\))",
    # (insert address here), (enter your e-mail here): an instruction in round brackets
    # (a field is named: not 「(insert the card here)」, said to the user)
    r"(?P<enparen>\(\s*(?i:(?:insert|enter|add|fill\s+in)(?![\w-])[^()\n]{0,30}?\b(?:name|address|e-?mail|date|phone|company|url|website|contact|number|details)\b[^()\n]{0,20})\s*\))",
)


# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_ADD_HERE = (
    # [添加您在此处收集的任何其他信息，例如…]: the generator's "add … here" (not 【添加好友】, a button)
    # (not a step of a UI path: 【设置】-【添加此处的快捷方式】)
    rf"(?<![-－—>＞→】\]][ \t\u3000])(?<![-－—>＞→】\]])[【［\[]\s*(?:(?:請|请)\s*)?添加[^{_CLOSE}\n]{{0,30}}?(?:此处|此處|这里|這裡|在此)[^{_CLOSE}\n]{{0,40}}[{_CLOSE}](?!\()",
)


# an item of a slash list that is no instruction: a bare word (输入, 缓存, 补充), not a marker (待定) nor a request (请填写)
_BARE_ITEM = lazy(r"(?![待請请])(?:(?!此处|此處|这里|這裡|在此)[\u4e00-\u9fffA-Za-z0-9]){1,4}")


# the tail of a list of kinds written with 、: 「…或其他方式」, 「…等」
_OTHER_KINDS = lazy(r"(?:(?:或|及|和|与|與)?其他(?:方式|形式|方法|类型|類型)?|等等?)\Z")
# the separators of such a list: a slash, 、 (twenty-eighth session, precision28: 「文字 (輸入、著色、聽寫或其他方式)」), or a
# plus joining the steps of a feature (round28: 「智能创业诊断（输入 + AI 访谈 + 报告）」)
_KIND_SEPARATORS = lazy(r"[/／+＋、]")
_NO_BLANKS = dict.fromkeys(map(ord, " \t\u3000"))  # 「AI 访谈」 is one item
_FILL_ALONE = lazy(rf"(?:{_FILL})")


def _lists_kinds(slot: str) -> bool:
    """（输入/缓存/输出）, （补充/删除）, （输入 + AI 访谈 + 报告）, (輸入、著色、聽寫或其他方式): a list of bare words whose
    first is a fill verb used as a noun, the kinds of what the text counts or lists (「token 数量（输入/缓存/输出）」,
    「更正（补充/删除）」) or the steps of a feature (「创业诊断（输入 + AI 访谈 + 报告）」), not an instruction to fill in:
    the verb has no object.  A marker among them keeps it a slot: （待补充/待定）, [填写/待定]; a request too: （请输入 + 确认）;
    and so does a verb with its object: 【填写名称、电话】, （填入名称/邮箱） (review u28w)."""
    inner = slot[1:-1]
    if "、" in inner:
        inner = _OTHER_KINDS.sub("", inner.rstrip(" \t\u3000"))
    items = [item.translate(_NO_BLANKS) for item in _KIND_SEPARATORS.split(inner)]
    return len(items) > 1 and _FILL_ALONE.fullmatch(items[0]) is not None and all(_BARE_ITEM.fullmatch(item) for item in items)


# (thirtieth session, precision30) 【补充协议】, 【補充條款】, 【输入法】: a noun whose first word is a fill verb, the whole of its
# bracket (猎板网's 「（四）【补充协议】：由于互联网高速发展…」, a clause's run-in label beside 【审慎阅读】 and 【签约动作】)
_FILL_COMPOUND = lazy(r"(?:补充|補充)(?:协议|協議|条款|條款|规定|規定|约定|約定|规则|規則|细则|細則|合同)|(?:输入|輸入)法")


def _fill_compound(slot: str) -> bool:
    """【补充协议】, 【输入法】: the bracket holds one noun that starts with a fill verb (supplementary agreements, an input
    method), a label or a name, not an instruction; 【请补充协议】, 【补充协议名称】, 【补充】 stay slots."""
    return _FILL_COMPOUND.fullmatch(slot[1:-1].strip(" \t\u3000")) is not None


# (u39k2, eval/blind/round39d hkchat-tsx) 聊天指令（输入内容）、模型回应（输出内容）: 输入 glossing a noun beside its
# counterpart 输出 is the noun "input", what a chat model reads, not a fill verb; the bracket is only the verb and one
# general noun (not （输入公司名称）, a field, nor （请输入内容）, a request)
_INPUT_NOUN = lazy(r"[（(][ \t\u3000]*(?:输入|輸入)(?:内容|內容|文本|文字|数据|數據|信息|資訊|资料|資料)?[ \t\u3000]*[）)]")
_OUTPUT_NOUN = lazy(r"[（(][ \t\u3000]*(?:输出|輸出)")
_IO_REACH = 40  # characters either side of the bracket where its counterpart stands


def _input_output_gloss(text: str, start: int, end: int) -> bool:
    """（输入内容） glossing a noun, with （输出内容） glossing another beside it: the input and output of a model or a
    feature named in a list, not an instruction to fill in (see `_INPUT_NOUN`)."""
    if _INPUT_NOUN.fullmatch(text, start, end) is None or start == 0 or not HAN_CHAR.match(text[start - 1]):
        return False
    return _OUTPUT_NOUN.search(text, max(0, start - _IO_REACH), min(len(text), end + _IO_REACH)) is not None


_PLEASE = lazy(r"[请請][^。！!？?\n]{0,40}$")


def _instruction_start(text: str, start: int) -> int:
    """The 请/請 that opens the sentence of an instruction found at its 替换, if there is one."""
    m = _PLEASE.search(text, max(0, start - 41), start)
    return m.start() if m else start


# an instruction bracket that ends by announcing a sample value: （請填寫公司地址，例如）
_EXAMPLE_AFTER = lazy(r"(?:例如|比如|如|e\.g\.|for example)\s*[）)】\]]\s*$", re.I)


# the officer named in full right before "(or DPO)": the abbreviation's gloss
# the role named right before the bracket: "data protection officer (or DPO)", 「个人信息保护负责人（或数据保护官）」 gloss it
_ROLE_BEFORE = lazy(
    r"(?:(?i:data\s+protection\s+officer|privacy\s+officer)|(?:个人信息保护|個人信息保護|個人資料保護|个人资料保护|数据保护|數據保護|資料保護)"
    r"(?:专员|專員|负责人|負責人|官|官员|官員))\s*\Z"
)
# before an English bracket: the control or place a reader acts on (tap [Provide feedback], switch to [List view])
_UI_VERB = lazy(
    r"(?i:\b(?:tap|click|press|select|choose|hit|toggle|enable|disable|(?:switch|turn) (?:on|off)|(?:switch|go|navigate|scroll) to|under"
    rf"|labell?ed)\b(?:\s+(?:on|the))?|{UI_VERBS})\W{{0,3}}"
    # ... or a control listed after one: select [List view] or [Describe your issue]
    r"(?:\[[^\[\]\n]{1,40}\]\s*(?:,|or|and)\s*)?\Z"
)
# (fortieth session, u40q) after an English bracket: what the page says the code displays, a forum's or a template
# engine's help listing its codes (「[name]：显示会员名字效果！」, 「[date] ：显示日期效果！」, "[name] - shows the member's
# name"), eval/precision40; not a value after a label ([Email]：privacy@…) nor a filler's note ([Name]：请填写)
_CODE_GLOSS = lazy(  # (matched right after a bracket: the lookbehind keeps a search off the middle of a run of spaces)
    r"(?<![ \t\u3000])[ \t\u3000]*(?:[：:=＝]|->|→|-|—)[ \t\u3000]*(?:将|將|会|會|可|即)?(?:显示|顯示|表示|代表|输出|輸出|插入|替换为|替換為"
    r"|(?i:displays?|shows?|prints?|inserts?|outputs?|is\s+replaced|will\s+(?:show|display|be\s+replaced)))"
)
# the small words a title leaves in lower case
_TITLE_SMALL = frozenset(("of", "the", "and", "or", "to", "in", "for", "a", "an", "on", "at", "by", "with"))


def _ui_label(ctx: Context, text: str, start: int, end: int) -> bool:
    """Whether an English bracket opening with a verb is a label, a name or a link, not an instruction to the writer.

    Title case ([State of California], [Provide Feedback]: a name or a button), a Markdown reference with its
    definition, or a control or place the reader is told to use (tap [Provide feedback], switch to [List view]).
    A sentence-case bracket in a value's place is the writer's instruction ([List data categories],
    [Specify retention period]).
    """
    inner = text[start + 1 : end - 1].strip()
    words = inner.split()
    if len(words) > 1 and all(w[:1].isupper() or w in _TITLE_SMALL for w in words[1:]):
        return True  # [State of California], [Provide Feedback]: a name or a title-case label
    if inner.lower() in ctx.doc.link_labels:
        return True
    return _UI_VERB.search(text, max(0, start - 72), start) is not None
