"""Markers a draft leaves: to-be-decided words, notes that the value is a placeholder, and product names never given.

- 待定, 待补充, TBD, TODO, [●], 待填写, 待替换, Lorem ipsum;
- 待运营补充, 待法务填写 (a staff role between 待 and the verb); 通过[弹窗/公告]方式, 策略为 [期限/份数], 由 [运营主体] 处理,
  在 [期限] 后删除: a choice or a party/period left in half-width brackets inside a sentence (u38k2); 通过【小程序公告/
  短信通知】公示: the channel of a notice left as a choice, in brackets of either width (u41k);
- 保存期限：待完善, 客服邮箱：待确认 (`tbc`, only after a contact or name field: `_FIELD_LABEL`);
- <运营主体法定名称，待确认>, 【客服邮箱，待确认】: a slot that says its value is still to be confirmed;
- 【注：示例】, （上线后更新）, [律师审]: drafting marks; YourApp, Your Company Name: a name never filled in;
- privacy@… （占位）, 【占位符】 (`marked`; after a date or the text's name, `placeholder-drafting`'s draft mark:
  `_DRAFT_MARK_AFTER`); 【建议 6 个月至 1 年】 (`suggested`): the template's suggested value;
- 邮件：暂未开通，后续补充: a value to come (`_LATER`, scanned apart by `_later_values`);
- 单击或点击此处输入文字。 / 按一下這裡以輸入文字。 / Click or tap here to enter text.: the prompt a Word content
  control shows until it is filled in, left in the text (`_WORD_PROMPT`, scanned apart by `_word_prompts`);
- 这是中文内容。 / This is English content.: a sample sentence of a snippet (a language toggle, a layout) left as a
  paragraph of its own (`_SAMPLE`, matched on whole units by `_sample_sentences`);
- 公司地址：此处填写地址, 请输入公司名称: a form's prompt left as a field's value or as a line (`_PROMPT_VALUE`, matched on
  whole units by `_prompt_values`).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import CLAUSE_MARKS
from policylens.rules.base import Rule
from policylens.rules.context import Context
from policylens.rules.placeholder_instruction.instruction_values import instruction_values
from policylens.rules.placeholder_instruction.vocabulary import _CLOSE, _CONFIRM_NOTE, _CONTACT_FIELD, _FIELD_NOUN

# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_DRAFT_MARKS = (
    # 【注：示例】, [示例], （上线后更新）, [律师审]: drafting notes (上线后 with an edit after it: not 「（上线后 7×24 小时服务）」, a
    # service the text promises; not 待确认 or 待审核, which are
    # also states a policy describes: 订单状态（待确认、已完成）)
    r"[【［\[]\s*(?:(?:注|備註|备注)[：:]?\s*|[：:]\s*)?(?:示例|範例|范例|样例|樣例|example|sample)\s*[】］\]](?![(\[])",
    rf"[（(【［\[][^{_CLOSE}\n]{{0,20}}(?:(?:上线后|上線後)(?=[^{_CLOSE}\n]{{0,6}}?(?:更新|补充|補充|填写|填寫|替换|替換|公布|公佈|确定|確定|完善))|待更新|后续补充|後續補充|稍后补充|稍後補充|律师审|律師審|法务审|法務審)[^{_CLOSE}\n]{{0,20}}[{_CLOSE}]",
)


# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_YOUR_NAMES = (
    # YourApp, YourCompany, Your Company Name: a product name never filled in
    r"(?<![A-Za-z])Your(?:App|Company|Product|Service|Site|Website|Domain|Brand|Name|Email)(?![a-z])",
    r"(?<![A-Za-z])Your\s+(?:Company|App|Application|Product|Organi[sz]ation|Business|Website|Site)\s+Name(?![A-Za-z])",
    # (u35r, round34b) Developer: (your name), 开发者：（你的名字）: the reader's own field in parentheses as the whole value of
    # a name or contact label (after its colon; the label is checked in `check`: 您的姓名 in parentheses in prose explains a
    # word, 「联系人（您的姓名）」, and after 我们收集： it is an item of a list)
    r"(?P<yourfield>(?:(?<=[:：])|(?<=[:：][ \t\u3000]))[(（][ \t]*(?:(?i:your)[ _-]?(?i:name|e-?mail(?:\s+address)?|company(?:\s+name)?"
    r"|app(?:\s+name)?|website|address|phone(?:\s+number)?|contact(?:\s+info)?)"
    r"|(?:你|您)的(?:名字|姓名|名称|名稱|邮箱|郵箱|邮箱地址|郵箱地址|电话|電話|联系方式|聯繫方式|聯絡方式|公司名称|公司名稱|应用名称|應用名稱))[ \t]*[)）])",
)


# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_MARKED_VALUES = (
    # privacy@chronograph.app （占位）, 【占位符】, (placeholder): a value the text itself marks as a placeholder
    # (after a date, a version or the text's name it is the draft marker of `placeholder-drafting`: see `check`)
    # (not （占位符） or "a grey box (placeholder)", a UI element the policy describes: review rv10a)
    r"(?P<marked>[（(【［\[]\s*(?:占位|佔位)(?:内容|內容|信息|資訊)?\s*[）)】］\]]|[【［]\s*(?:占位|佔位)符\s*[】］]|\[\s*(?i:placeholder)\s*\])",
    # 【建议 6 个月至 1 年】, [建议 30 天]: the template's suggested period left in its brackets as the value (a number
    # and a unit of time follow 建议: not 【建议1】, a numbered tip, nor 【建议】 or 【建议开启两步验证】)
    r"(?P<suggested>(?<=[：:为為是至后後 *])[【［\[]\s*(?:建议|建議|推荐|推薦)\s*[0-9０-９]{1,4}\s*(?:[个個]\s*)?(?:月|年|天|日|周|週|小时|小時|工作日)"
    r"[^】］\]\n]{0,16}[】］\]])",
    # (twenty-second session, dev22p) 我们将于 [40 日] 内处理, within [30 days]: a period the template proposes, kept in its
    # half-width brackets for the drafter to confirm (a number and a unit of time fill the bracket; not [1] or [2021], a note
    # or a citation, nor [30天](…), a link's text)
    r"(?P<period>(?<![\]!\[])\[[ \t]*[0-9０-９]{1,3}[ \t]*(?:(?:[个個][ \t]*)?(?:工作日|自然日|小时|小時|月|星期)|日|天|周|週|年"
    r"|(?i:(?:business|working|calendar)[ \t]+days?|days?|hours?|weeks?|months?|years?))[ \t]*\](?![(\[:]))",
)


# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
_TO_CONFIRM = (
    # <运营主体法定名称，待确认>, 【客服邮箱，待确认】, [support@your-domain.example, TBD]: a slot that says its value is
    # still to be confirmed (not （待确认、已完成）, order states in parentheses)
    r"[<【［\[][^<>【】［］\[\]\n]{1,40}?[，,、;；]\s*(?:待确认|待確認|待定|待填写|待填寫|待补充|待補充|待替换|待替換|待更新|待提供|TBD|TBC|TODO)\s*[>】］\]](?!\()",
    # 保存【30】天（发布前请确认）, [180] days (confirm before publishing): a number in the template's brackets, its unit
    # after it, then the note asking to confirm it before publishing (the note is a finding of its own, a drafting note)
    rf"[【［\[][ \t]*[0-9０-９]{{1,4}}(?:\.[0-9]{{1,2}})?[ \t]*[】］\]](?=[ \t\u3000]*(?:(?:[\u4e00-\u9fff]{{1,3}}|[A-Za-z]{{1,8}})[ \t\u3000]*)?{_CONFIRM_NOTE})",
)


# (alternatives of the rule's one pattern, `forms._PATTERNS`, in their place there: order decides which wins)
# a channel a notice reaches the user by, as an alternative of a choice left in brackets (at most 6 characters before it:
# 小程序公告, App 推播, 短信通知)
_CHANNEL = (
    r"(?:[\u4e00-\u9fffA-Za-z]{1,6}[ \t]?)?"
    r"(?:公告|通知|短信|簡訊|简讯|邮件|郵件|电邮|電郵|站内信|站內信|推送|推播|弹窗|彈窗|电话|電話|信函|公众号|公眾號|私信)"
)

_MARKERS = (
    # explicit "to be decided" markers
    # (待补充 as a value or a note, not 请完善待补充资料, a state of a form: like 待填写 below)
    # (TODO naming what a to-do app keeps is no marker: 「TODO 清单」, "TODO list", 「待办（TODO）数据」; u56v: 「待办事项（TODO）
    # 功能」, the gloss after 事项)
    r"待定(?!期)|待[補补]充(?![\u4e00-\u9fff])|(?<![A-Za-z])(?:TBD|TBC|FIXME|TBA)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?<!待办（)(?<!待辦（)(?<!待办\()(?<!待辦\()(?<!事项（)(?<!事項（)(?<!事项\()(?<!事項\()(?<!事项 \()(?<!事項 \()"
    r"TODO(?![A-Za-z])"
    r"(?![ \t]*(?:[-_][ \t]*)?(?:(?i:lists?|items?|apps?)(?![A-Za-z])|清单|清單|事项|事項|列表|应用|應用|任务|任務))",
    # [●], 【●】: the bullet slot of legal drafting (not a bullet: bullets are not bracketed)
    r"[\[［【]\s*[●•◆]\s*[\]］】]",
    # (u57f2) 【未定】, [未定]: "undecided" as a bracketed value (bare 未定 is a word: 未定义, 尚未定)
    r"[\[［【][ \t]*未定[ \t]*[\]］】]",
    # 待填写 as a whole value: 联系电话：待填写, （待填寫）, a cell of its own (not 待填写的表单)
    # (twenty-ninth session, round29b: and 待填充, "to be filled": 公司名称：待填充; not 待填充的字段, 待填充颜色)
    r"待填(?:写|寫|入|充)(?![\u4e00-\u9fff])",
    r"待替(?:换|換)(?![\u4e00-\u9fff])",
    # (u38k2, round38d) 待运营补充, 待法务填写, 待产品提供: a staff role between 待 and the verb, the same slot as 待补充
    # (a whole value: not 待运营补充的活动, which the CJK guard leaves, nor 「待运营补充」 quoted as a word in a comment)
    r"(?<![「『“])待(?:运营|運營|营运|營運|法务|法務|产品|產品|技术|技術|业务|業務|市场|市場|商务|商務|律师|律師|合规|合規)"
    r"(?:补充|補充|填写|填寫|提供|补全|補全|填入)(?![\u4e00-\u9fff])",
    # (u38k2, round38d) 通过[弹窗/公告]方式通知, 备份保留策略为 [期限/份数]: a choice of Chinese words the writer left in
    # square brackets inside a sentence (half-width only: 【设置】/【帮助】 is a UI path; Chinese on both sides, so not a
    # label opening its line, a Markdown link [文本](…) or a reference link [a][b])
    # (not a UI path: 在[设置/隐私]中, 点击[我的/设置], 进入[账号/注销] 页面)
    r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff][ \t]))(?<!在)(?<!点击)(?<!點擊)(?<!进入)(?<!進入)(?<!打开)(?<!打開)(?<!前往)(?<!选择)(?<!選擇)"
    # Only a choice of the manner (…]方式) or among periods and amounts: [姓名/昵称], [图片/视频] name the data (emphasis)
    r"\[(?:[\u4e00-\u9fff]{1,6}(?:[/／][\u4e00-\u9fff]{1,6})+\](?=[ \t]?(?:方式|形式))"
    r"|(?:[\u4e00-\u9fff]{1,6}[/／])*(?:期限|保存期|保留期|份数|份數|天数|天數|金额|金額|次数|次數)(?:[/／][\u4e00-\u9fff]{1,6})*\]"
    r"(?=[ \t]?[\u4e00-\u9fff，。；、]))",
    # (u38k2, round38d) 由 [运营主体] 按服务条款处理, 在 [期限] 后删除: a bare party or period named in square brackets inside
    # a sentence (half-width only; Chinese on both sides; the noun closes the bracket: not [图片], [注], [表情])
    # (u50p2) not a control the reader taps, nor a page or a button named: 点击[指定联系人]设置, 在[指定联系人]页面中
    r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff][ \t]))(?<!点击)(?<!點擊)(?<!点按)(?<!點按)(?<!点选)(?<!點選)(?<!轻触)(?<!輕觸)"
    r"\[[\u4e00-\u9fff]{0,6}(?:运营主体|運營主體|主体名称|主體名稱|责任主体|責任主體|期限|保存期|保留期|份数|份數|金额|金額|联系人|聯絡人)\](?=[ \t]?[\u4e00-\u9fff])(?![ \t]?(?:页面|頁面|按钮|按鈕))",
    # (u41k, round41) 通过【小程序公告/短信通知】公示, 以【App 推播/電子郵件】告知您: the channel of a notice left as a choice,
    # in brackets of either width (full-width too: each alternative names a channel and the verb of the notice follows,
    # so not a UI path 【设置/隐私】 nor a feature named in 【】, 【上传头像、发布图片/视频】, nor 通过【短信/邮件】找回密码)
    rf"(?:(?<=通过)|(?<=通過)|(?<=透过)|(?<=透過)|(?<=经由)|(?<=經由)|(?<=以)|(?<=采用)|(?<=採用))[ \t]?[【［\[]"
    rf"{_CHANNEL}(?:[ \t]?[/／][ \t]?{_CHANNEL})+[】］\]]"
    r"(?=[ \t]?(?:(?:的)?(?:方式|形式)|公示|通知|告知|公布|公佈|发布|發布|提醒|推送))",
    # 待完善, 待更新, 待提供 as the whole value of a field: 保存期限：待完善 (not 待确认: 订单状态：待确认)
    r"(?:(?<=[：:])|(?<=[：:][ \u3000]))待(?:完善|更新|提供|补全|補全|添加|补齐|補齊|补|補|填|公布|公佈)(?![\u4e00-\u9fffA-Za-z0-9])",
    # 客服邮箱：待确认, 联系电话：【待确认】: the value of a contact or name field still to be confirmed
    # (the label is checked in `check`: 订单状态：待确认 is a state the policy describes)
    # (twenty-eighth session, precision28: and 待确定, "to be determined": 最后更新日期：待确定, 运营团队名称：待确定)
    # (twenty-eighth session, round28) 營運者：**待確認**: the value in bold
    # (待核實, 待釐清: the same, still to check or to clear up)
    r"(?P<tbc>(?:(?<=[：:])|(?<=[：:][ \u3000])|(?<=[：:]\*\*)|(?<=[：:][ \u3000]\*\*))[【［\[<]?"
    r"待(?:确认|確認|确定|確定|定|核实|核實|釐清|厘清|查证|查證)[】］\]>]?"
    r"(?![\u4e00-\u9fffA-Za-z0-9]))",
    # 生效日期：待发布: the policy's own date, never set (the label is checked in `check`: 状态：待发布 is the text's
    # status, `placeholder-drafting`'s; 上线时间：待发布 in a product's roadmap is none of the policy's dates)
    r"(?P<pendingdate>(?:(?<=[：:])|(?<=[：:][ \u3000]))[【［\[<]?待(?:发布|發布|上线|上線|生效|定稿)[】］\]>]?(?![\u4e00-\u9fffA-Za-z0-9]))",
    # (邮件：暂未开通，后续补充, a value still to come, is `_LATER` below, scanned apart)
    # Lorem ipsum: filler text never replaced
    r"(?<![A-Za-z])L(?i:orem\s+ipsum)(?![A-Za-z])",
    # (twenty-fourth session, precision24) 待完成 - 詳細內容請參考英文版本: a section's body that says it is still to be
    # written (only where it opens a paragraph: checked in `check`; not 订单状态：待完成, nor a table's cell)
    r"(?P<stub>待(?:完成|撰写|撰寫|编写|編寫|翻译|翻譯)(?![\u4e00-\u9fffA-Za-z0-9]))",
)


# 邮件：暂未开通，后续补充: a field whose value is to come (from the field's colon; not 附件将后续补充, a sentence).
# Scanned apart, only in the units that hold one of its last characters.
# (lead49, eval/blind/round49e sporttime L186) "Sources can postpone, omit, or leave kickoff TBA": TBA said of data the
# text describes (left, marked, listed, shown as TBA), not a value of the text left to fill in ("Effective date: TBA")
_TBA_DESCRIBED = lazy(
    r"(?i:\b(?:leave|leaves|left|mark|marks|marked|list|lists|listed|show|shows|shown|remain|remains|appear|appears)\b)"
    r"[^.!?;:：。\n]{0,30}\Z"
)
_LATER = lazy(
    rf"[：:][^{CLAUSE_MARKS}\n]{{0,10}}?(?P<words>后续补充|後續補充|稍后补充|稍後補充|另行补充|另行補充|后续提供|後續提供|后续公布|後續公布)"
)
_LATER_NEEDS = lazy("[充供布佈]")
# the field before it: 邮件：, **客服电话**：, Email: (not 注：, a sentence's colon)
_LATER_LABEL = lazy(
    rf"(?:{_FIELD_NOUN}|邮件|郵件|手机|手機|客服|微信|QQ|(?i:e-?mail|tel|phone|website))[^：:\n]{{0,4}}?\**[ \t\u3000]*[：:]\Z"
)


# the label before 待确认: a contact or name field (联系电话：, 运营主体：, 生效日期：), not 状态.  (twenty-eighth session,
# round28) The operator in Taiwan's and Hong Kong's word order too (營運者：, 經營者：, 營運方：), and a fact the policy owes
# its reader (保存期限：, 適用法律：, 保留與訓練政策：); the value may be bold (政策：**待確認**).  A state is none of them
# (订单状态：待确认, 审核结果：待定), nor an identity being checked (实名身份：待确认).
_FIELD_LABEL = lazy(
    rf"(?:{_FIELD_NOUN}|主体|主體|运营者|運營者|营运者|營運者|经营者|經營者|运营方|運營方|营运方|營運方|开发者|開發者|负责人|負責人"
    r"|联系人|聯絡人|政策|条款|條款|期限|年限|时限|時限|法律|地点|地點|范围|範圍)"
    r"\**[ \t\u3000]*[：:][ \t\u3000]?(?:\*\*)?\Z"
)


# the last characters of a date, a version or a text's name: a 占位 marker after them marks the whole text as a
# draft (更新日期：2025-09-16（占位）, 隐私政策（占位）), `placeholder-drafting`'s finding
# the element an app shows while it loads, before a （占位） that names it: 灰色方块（占位）, 图片（占位）, 骨架屏（占位）
_UI_PLACEHOLDER = lazy(r"(?:方块|方塊|色块|色塊|图片|圖片|图标|圖標|头像|頭像|骨架屏|区域|區域|图|圖|框)[ \t\u3000]*$")
_DRAFT_MARK_AFTER = frozenset("0123456789日号號年月版本策引明议議款则則稿")


def _later_values(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """邮件：暂未开通，后续补充: a field's value to come (`_LATER`), scanned apart."""
    for unit, start, end, m in ctx.scan(_LATER, needs=_LATER_NEEDS):
        if not _LATER_LABEL.search(unit.text, max(0, start - 16), start + 1):
            continue  # 注：如您需要纸质发票，可后续提供: a sentence after a colon, not a field's value
        start = m.start("words") - m.start() + start  # the words, not the colon and the value before them
        yield rule.finding(ctx, unit, start, end, text=unit.text[start:end])


# (twenty-ninth session, round29b) 公司名称：待填充⏎联系邮箱：待填充⏎个人信息保护负责人：待填充: a form's lines in one
# Markdown paragraph are joined without a separator (CJK text wraps with none), so a value ending its source line is
# followed by the next line's first character and the `(?![\u4e00-\u9fff])` of `_MARKERS` refuses it.  The same values,
# after a field's colon, at the end of a source line that another line of the paragraph follows; scanned apart.
_LINE_END_VALUE = lazy(
    r"[：:][ \t\u3000]{0,2}(?P<value>待填(?:写|寫|入|充)|待替(?:换|換)|待[補补]充|待(?:完善|更新|提供|补全|補全|补齐|補齊))\Z"
)


def _line_end_values(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """A field's to-be-filled value at the end of a source line that the paragraph's next line follows directly
    (`_LINE_END_VALUE`): the value `_MARKERS` could not see end."""
    for unit in ctx.units():
        para = unit.paragraph
        if para is None or len(para.pieces) < 2:
            continue
        for piece, after in pairwise(para.pieces):
            end = piece.offset + piece.length
            if after.line <= piece.line or after.offset != end or end >= len(unit.text) or not "\u4e00" <= unit.text[end] <= "\u9fff":
                continue  # not a line's end followed at once by a Chinese character: `_MARKERS` reads it
            m = _LINE_END_VALUE.search(unit.text, max(0, end - 12), end)
            if m is not None:
                yield rule.finding(ctx, unit, m.start("value"), end, text=m.group("value"))


# 这是中文内容。 / This is English content.: the sample sentence of a copied snippet (a language toggle's two panes, a
# layout's body) left as a paragraph of its own (blind round22).  Only as the whole paragraph: 「这是中文内容的译本，
# 以中文为准」 says something.  Matched with `fullmatch` on the unit's text, never scanned.
_SAMPLE = lazy(
    r"(?:这|這|此)(?:里|裡|裏|处|處)?(?:是|为|為)(?:一段|一些)?(?:中文|英文|简体中文|簡體中文|繁体中文|繁體中文|示例|範例|范例|样例|樣例"
    r"|测试|測試|演示|占位|佔位|默认|默認|预设|預設)?(?:的)?(?:内容|內容|文本|文字|正文|段落)[。.！!]?"
    r"|(?i:this\s+is\s+(?:the\s+|some\s+)?(?:english|chinese|sample|example|test|demo|placeholder|dummy|default)\s+(?:content|text|paragraph)[.!]?)"
)
_SAMPLE_NEEDS = frozenset("这這此Tt")
_SAMPLE_MAX = 40


def _sample_sentences(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """A paragraph that is only a snippet's sample sentence (`_SAMPLE`): 「这是中文内容。」, 「This is English content.」."""
    for unit in ctx.units():
        text = unit.text.strip(" \t\u3000*_`")
        if not text or len(text) > _SAMPLE_MAX or text[0] not in _SAMPLE_NEEDS or _SAMPLE.fullmatch(text) is None:
            continue
        start = unit.text.index(text)
        yield rule.finding(ctx, unit, start, start + len(text), text=text)


# (twenty-fifth session, lead) 单击或点击此处输入文字。, 按一下這裡以輸入文字。, Click or tap here to enter text., Click or
# tap to enter a date.: the prompt of a Word content control (a form field of a Word template) that was never filled
# in, copied with the text or read from a DOCX whose control lost its `w:showingPlcHdr` mark (the DOCX reader reports
# the marked ones).  Word's own wording in its zh-CN, zh-TW and English editions; 输入 is followed by 文字, 文本 or
# 日期 and nothing else (not 点击此处输入手机号, an app's screen the policy describes).  Scanned apart: its first
# characters are not among the rule's one pattern's.
_WORD_PROMPT = lazy(
    r"(?:单击|單擊|点击|點擊|点选|點選|按一下|点一下|點一下)(?:或(?:点击|點擊|点选|點選|轻按|輕按|轻点|輕點|点一下|點一下))?"
    r"(?:此处|此處|这里|這裡|這裏)?以?(?:输入|輸入)(?:文字|文本|日期)(?![\u4e00-\u9fff])[。.]?"
    r"|(?<![A-Za-z])[Cc]lick(?:[ \t]+or[ \t]+tap)?(?:[ \t]+here)?[ \t]+to[ \t]+enter[ \t]+(?:text|a[ \t]+date)(?![A-Za-z])\.?"
)
_WORD_PROMPT_NEEDS = lazy("[入Cc]")


def _word_prompts(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """A Word content control's prompt left in the text (`_WORD_PROMPT`): 单击或点击此处输入文字。"""
    for unit, start, end, m in ctx.scan(_WORD_PROMPT, needs=_WORD_PROMPT_NEEDS):
        yield rule.finding(ctx, unit, start, end, text=m.group(0))


# (twenty-seventh session, lead) a field's value that is the form's prompt, 公司地址：此处填写地址, 联系电话：在此输入; a line
# that is only a field's prompt, 请输入公司名称 (not 请输入您的手机号码以完成登录, a sentence about the product, nor
# 提示：在此输入的信息会被加密: the whole value or line, ending at the verb or at the field's noun)
_PROMPT_VALUE = lazy(
    r"[ \t\u3000*]{0,8}(?:[^\s:：]{1,12}[ \t\u3000]{0,4}[：:][ \t\u3000]{0,4}(?P<value>(?:此处|此處|在此|这里|這裡)(?:填写|填寫|输入|輸入|填入)"
    rf"(?:(?!的)[\u4e00-\u9fffA-Za-z]{{0,8}}?{_CONTACT_FIELD})?)|(?P<line>(?:请|請)(?:在此)?(?:输入|輸入|填写|填寫)(?:贵司|貴司|贵公司|貴公司|您的|你的|公司)?"
    rf"[\u4e00-\u9fff]{{0,8}}?{_CONTACT_FIELD}))[ \t\u3000。.]{{0,8}}"  # (bounded runs: linear)
)
_PROMPT_VERBS = ("填写", "填寫", "输入", "輸入", "填入")


def _prompt_values(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """The prompts of a form left as the text (see `_PROMPT_VALUE`): one finding, the prompt."""
    for unit in ctx.units():
        if len(unit.text) > 40 or not any(verb in unit.text for verb in _PROMPT_VERBS):
            continue
        m = _PROMPT_VALUE.fullmatch(unit.text)
        if m is not None:
            group = "value" if m.group("value") is not None else "line"
            yield rule.finding(ctx, unit, m.start(group), m.end(group), text=m.group(group))
    yield from instruction_values(rule, ctx)  # (u58f) 联系邮箱：填写可用的联系邮箱, without 此处


# the label whose whole value the parenthesised field is (`yourfield`): a name or a contact
YOUR_FIELD_LABEL = lazy(
    r"(?:(?<![A-Za-z])(?i:developer|operator|publisher|author|owner|contact|e-?mail|name|company|phone)"
    r"|开发者|開發者|运营者|運營者|營運者|运营方|運營方|联系人|聯絡人|联系方式|聯繫方式|聯絡方式|邮箱|郵箱|电话|電話|姓名|名称|名稱|作者)"
    r"[ \t*_]*[:：][ \t\u3000*_]*\Z"
)
