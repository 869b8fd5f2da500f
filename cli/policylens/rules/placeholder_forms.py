"""Slot forms of `placeholder-instruction` found in policies kept in app code (twelfth session, eval/dev12).

Each form was seen in a real published policy before it was written here, and each has
look-alikes from real clean text in `tests/test_placeholder_classes12.py`:

- an English field in round brackets where its value goes: "the privacy practices for (website address)"
  (a widely copied privacy-notice template; not "your contact details (email address)", a gloss after a noun,
  nor "(quacks.xyz)", the value filled in the same brackets);
- the template's instruction to its writer about "your privacy notice": "If your site has a registration page,
  insert a paragraph like this in your privacy notice:", and its "And/or:" between sample clauses (not "and/or"
  inside a sentence);
- a phone or an address whose parts are named by letters: "+86 AAA-BBB-CCCC", "A市B区C路DDD号"
  (not "XXX YYY-ZZZZ", an X slot found as such, nor "科技园C区D栋", a real block and building);
- a starter project's underscore tokens: "_EMAIL_", "_PHONE_", "_boot-taro-react_小程序"
  (not snake_case identifiers, nor tokens in code);
- a section whose text only says what it should contain later: 「本节应更新为稳定可用的联系方式」,
  「本節應說明本公司如何蒐集個人資料」, "this section should be updated with a stable contact method"
  (not 「本節說明本公司如何保護使用者的個人資料」, a real summary, nor 「本节应与第三条一并阅读」, nor
  "this policy should be updated to reflect them", a commitment about the policy, nor a sentence that goes on
  with its content: 「本节需要说明的是，我们不会…」, "This section should be updated when the law changes, and we…").

A fresh-eyes review (rv12b) narrowed them: a bracket followed by its filled value, a letter address after
例如/格式/示例, SDK documentation telling developers what to add to their policy, and Markdown `_emphasis_`
are not slots; `tests/test_review12.py`.

Thirteenth session (eval/dev13, a11p): the policy's own date field whose whole value says it is still to come
(「生效日期：暂未生效」, "Effective date: pending"), and a definition whose value is the name of its field
(「平台：App名称。」); `tests/test_placeholder_classes13.py`.

Fourteenth session (eval/dev14, c11p): a paragraph that is only a seed row's stand-in for the policy
(「黛西健康用户隐私政策示例内容。」, 「测试隐私政策」); `tests/test_placeholder_classes14.py`; not the one block of a
one-cell table (a box on the page, fifteenth session: `tests/test_placeholder_classes15.py`).
(c11q) An editor's default page title left in an HTML or JSP page's `<title>`, the browser tab every visitor sees:
「在此处插入标题」 (Eclipse's JSP template), "Insert title here", "Document" (VS Code's `!` snippet), "Untitled",
「无标题文档」 (Dreamweaver), 「新建网页 1」 (FrontPage) — the whole title, not a real one that holds the word
("Privacy Document"), nor an `<svg>`'s `<title>` (not the page's); `tests/test_placeholder_classes14b.py`.

Eighteenth session (the blind round's misses, issue #11): a list slot as a table cell (「| 第三方SDK | [列出接入的SDK] |」,
「| [SDK list] |」), the template's unchosen yes/no or kind of operator as a cell or a label's value (「| [是/否] |」,
「主体类型：[公司/个人]」; not 「[男/女]」 or 「[Android/iOS]」), and the unchosen purposes narrowed: a slash list of technical
measures or of kinds of one thing is what a table names together (「用于[数据加密/传输加密/存储加密]」);
`tests/test_placeholder_classes18.py`.

Thirty-second session (u32r, eval/blind/round32): a formal version promised to state a fact here, a fact still to be
decided, an address the text calls a placeholder and sample hours in 【】, in `placeholder_later`;
`tests/test_u32r_placeholders.py`.

Thirty-fourth session (u34r2, eval/blind/round34b): the policy's own date left to be fixed at release, and a note to check
the text against the product before putting it online, in `placeholder_release`; `tests/test_u34r2_placeholders.py`.

Thirty-sixth session (u36r, eval/blind/round36): the text saying it is not the final one (the final version is the one
legal confirms, placeholder marks to remove, a draft not reviewed by a lawyer), in `placeholder_unfinal`;
`tests/test_u36r_placeholders.py`.

Thirty-eighth session (u38r, eval/blind/round38): duties left for the launch, empty fields a drafting note lists, the
text calling itself a template, advice to the publisher, a page left to the developer, in `placeholder_prelaunch`;
`tests/test_u38r_placeholders.py`.

Forty-eighth session (u48k, eval/blind/round48): what the text still owes (a note listing what is still to be added,
the English drafting and handoff instructions), in `placeholder_owed`; `tests/test_u48k_placeholders.py`.

Forty-eighth session, set b (u48k3, eval/blind/round48b): the text not approved for publication while a legal review is
due, no final policy in place, in `placeholder_unapproved`; `tests/test_u48k3_placeholders.py`.

Forty-ninth session (u49k2, eval/blind/round49d): the policy's text still to be supplied, said in each edition of the
page, and a bare label standing as the text, in `placeholder_pending_text`; `tests/test_u49k2_placeholders.py`.

Fiftieth session (u50p2, eval/precision50): a bracket telling the drafter what to specify (「[指定主要位置]」,
「监管机构是[指定机构]」, "Regulator: [Specify Authority]"), in `placeholder_specify`; `tests/test_u50p2_placeholders.py`.

Forty-eighth session, set b's held-out part (u48k4): a bracket holding a field or a choice, a drafting note after a dash,
in `placeholder_noted`; `tests/test_u48k4_placeholders.py`.

Fiftieth session (u50k, issue #11's open classes): a note to whoever deploys the page (a filing to do, its number to
show) left in the published policy, in `placeholder_deployer`; `tests/test_u50k_placeholders.py`.

Fifty-first session (u51p2, eval/blind/round51d): WordPress's privacy guide published as is (its instructions to the
owner, its suggested-text labels), an empty or development site address, a bracketed name before its definition, in
`placeholder_wp_guide`; `tests/test_u51p2_placeholders.py`.

Fifty-second session (u52g, eval/templates52): a policy's version left as its slot, a site builder's guide to writing a
policy published as the policy, in `placeholder_builder`; `tests/test_u52g_template_slots.py`.

Fifty-second session (u52p, eval/blind/round51e): a shop platform's default notice that the store is being built and
its instruction to the merchant, published as the policy, a template's bracketed choices ([Visa / Mastercard 等]) and
link labels ([送貨政策連結]), in `placeholder_storefront`; `tests/test_u52p_placeholders.py`.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import BUILD_TOKEN, ROW_CELL, SECURITY_MEASURE, URL_START
from policylens.rules.context import Context, TextUnit, in_code
from policylens.rules.placeholder_later import later_slots
from policylens.rules.placeholder_left_in import left_in_slots
from policylens.rules.placeholder_optional_clause import optional_clause_slots
from policylens.rules.placeholder_release import release_slots
from policylens.rules.placeholder_stand_ins import stand_in_slots
from policylens.rules.placeholder_unfinal import unfinal_slots

# (website address), (company name): the field where a value goes, after the word that asks for it; not when its value
# follows (「Write to (email address): privacy@acme.cn」, 「at (website address) https://…」, 「(office address) Room 1201」)
_FILLED_AFTER = lazy(
    r"[ \t]{0,3}[:：]?[ \t]{0,3}(?:"
    + URL_START
    + r"|[\w.+-]{1,64}@|[A-Za-z0-9-]{1,63}\.[A-Za-z]{2,}\b|[A-Z][a-z]{1,15}[ \t]{1,3}\d|\S{0,20}\d)"
)
_ROUND_SLOT = lazy(
    r"\b(?:for|at|to|by|via|visit|from)[ \t](?P<slot>\(\s*(?:(?:your|the|our)\s+)?"
    r"(?i:website|web\s+site|site|company|business|app|application|organi[sz]ation|operator|developer|e-?mail|phone|telephone"
    r"|contact|mailing|postal|street|office)\s+(?i:address|name|url|number|e-?mail)\s*\))"
)
# insert a paragraph like this in your privacy notice: the template speaking to the writer of the policy about its own
# sample paragraphs (not an SDK's documentation telling developers what to add: 「include the following in your privacy
# policy」, 「add a link to this notice in your privacy policy」)
_WRITER_NOTE = lazy(
    r"(?i:\b(?:(?:you\s+(?:might|may|can|should)\s+)?(?:insert|add|include|paste|place)\s+(?:a|this|these|the|(?:one|any)\s+or\s+more\s+of\s+(?:these|the))\s+paragraphs?\b"
    r"[^.:;\n]{0,40}?\b(?:in|into|to)\s+your\s+privacy\s+(?:notice|policy|statement)))"
)
# And/or: between two sample clauses, opening its paragraph or its line (after a sentence's end or a <br/>: an HTML
# reader joins the lines), not and/or inside a sentence
_AND_OR = lazy(r"(?:^|(?<=[.!?。！？>])[ \t]*)(?P<and>And[ \t]*/[ \t]*or[ \t]*[:：])")
# +86 AAA-BBB-CCCC: each group one letter repeated (X is the X slot's, found as such)
_LETTER_PHONE = lazy(r"(?<![A-Za-z0-9])(?:\+[0-9]{1,3}[ -]?)?[A-WYZ]{3,4}[- ][A-WYZ]{3,4}[- ][A-WYZ]{3,4}(?![A-Za-z0-9])")
# A市B区C路DDD号: a city named by a letter, then a district by another (a real address never names its city so;
# XX市XX區 is the X slot's, found as such or as the sample value of the instruction before it)
_LETTER_ADDRESS = lazy(
    r"(?<![A-Za-z])[A-WYZ]{1,3}[省市][A-WYZ]{1,3}[区區县縣市镇鎮](?:[A-Z0-9]{1,4}(?:[路街道巷号號栋棟楼樓层層室]|大厦|大廈))*"
)
# _EMAIL_, __APP_NAME__, __NAME_ZH__ (`patterns.BUILD_TOKEN`), _boot-taro-react_: a starter's token, replaced when a project is made from it
_TOKEN = lazy(
    rf"(?<![A-Za-z0-9_/.`]){BUILD_TOKEN}(?![A-Za-z0-9_])"
    # (a lower-case token only against Chinese text: 「_boot-taro-react_小程序」; 「_third-party_ cookies」 is Markdown emphasis)
    r"|(?<![A-Za-z0-9_/.`])_[a-z][a-z0-9]*(?:-[a-z0-9]+)+_(?=[\u4e00-\u9fff])"
)
# 本节应更新为…, 本節應說明…, this section should be updated with…: what the section should say, in its place
_SECTION_DRAFT = lazy(
    r"(?:本节|本節|此节|此節|该节|該節|本部分)(?:内容|內容)?\s*(?:应当|應當|应|應|需要|须|須|有待)\s*(?:在[^，。；\n]{1,16})?"
    r"(?:更新为|更新為|补充|補充|填写|填寫|说明|說明|列出|列明|载明|載明|写明|寫明|描述|完善|替换|替換)"
)
# what may follow the brief in its sentence: no more clauses (「的是，我们…」, 「如下：…」, 「…更新為最新版本，本公司將公告之」)
_DRAFT_GOES_ON = lazy(r"^[^。！？.!?\n]*?(?:的是|如下|[：:，,；;])")
# 例如 A市B区…, 格式示例：+86 AAA-BBB-CCCC: a sample of a format, not the operator's own contact
_SAMPLE_BEFORE = lazy(r"例如|比如|譬如|格式|示例|示意|范例|範例|样例|樣例|举例|舉例|(?i:e\.g\.|for\s+example|such\s+as|format)")
_SECTION_DRAFT_EN = lazy(
    r"(?i:\bthis\s+(?:section|paragraph)\s+(?:should|must|needs\s+to|will\s+need\s+to)\s+be\s+"
    r"(?:updated|completed|filled\s+in|expanded|replaced|written)\s+(?:with|to\s+(?:include|list|describe)|once|when|before)\b)"
)

# 生效日期：暂未生效, Effective date: pending: the policy's own date field whose whole value says the date is still to
# come (「**生效日期**：暂未生效」 and 「Effective date: pending」 in two unreleased real policies met while searching for
# eval/dev13, whose repositories could not be fetched: they are in the tests, not in eval/dev13). Not a date
# (生效日期：2025年3月1日), not a rule about when the text takes effect (生效日期：以项目发布或首次部署为准, deliberately
# worded), not 暂未生效 in a sentence (如您的注销申请暂未生效…), nor "pending approval", a value that goes on.
_PENDING_DATE = lazy(
    r"(?:生效日期|生效时间|生效時間|施行日期|更新日期|更新时间|更新時間|最后更新|最後更新|(?i:effective\s+date|last\s+updated))"
    r"[ \t\u3000]*(?:\*+[ \t\u3000]*)?[：:][ \t\u3000]*(?:\*+[ \t\u3000]*)?"
    # (待发布前确认, 待上线后更新: a date still to settle, q20v's `eval/dev20p/questify-draft-html`)
    r"(?P<val>暂未生效|暫未生效|尚未生效|未生效|(?i:pending|not\s+yet\s+effective)"
    # (待首次正式发布前填写: the first release, twenty-fifth round)
    r"|待[ \t\u3000]*(?:首次|第一次)?(?:正式)?(?:发布|發布|發佈|上线|上線|定稿|公布|公佈)?[前后後]?[ \t\u3000]*(?:确认|確認|补充|補充|填写|填寫|更新|公布|公佈|定))"
    r"(?=[ \t\u3000]*(?:\*+[ \t\u3000]*)?(?:\Z|[。.，,；;·|（(\n]))"
)

# 平台：App名称。: a definition whose value is the name of the field it should hold (eval/dev13, an Android app's bundled
# policy: 「第一部分 定义 / 平台：App名称。」).  The label is the policy's own subject (平台, 本应用, 本软件…) and the value only a
# generic name, the clause ending there; not a gloss of a key in documentation (「`app-name`：应用名称。」,
# 「**Name**：应用名称。」, 「Application：应用名称」), whose label is a code name or a word for a field; nor a list of
# fields collected (「应用：应用名称，版本：版本号」, 「- 产品：产品名称，」: a bare 应用/产品/软件 label names a field, review rv13b).
_NAME_AS_VALUE = lazy(
    r"(?<![\u4e00-\u9fffA-Za-z0-9_`*])(?:平台|本(?:平台|应用|應用|软件|軟體|軟件|产品|產品|网站|網站|小程序|App|APP))"
    r"[ \t\u3000]*[：:][ \t\u3000]*(?:指[ \t\u3000]*)?"
    r"(?P<val>(?:App|APP|app|应用|應用|软件|軟體|軟件|产品|產品|平台|网站|網站|小程序)(?:名称|名稱))"
    r"(?=[ \t\u3000]*(?:[。；;，,]|\Z|\n))"
)

# | [是/否] |, 是否共享：[是/否], 主体类型：[公司/个人]: the template's yes/no or kind of operator, never chosen — the whole cell
# or the whole value after a label (eighteenth round).  Not [男/女] (a form's options for the user, in a policy's
# application form), [Android/iOS] or [AES/RSA/TLS] (the platforms or measures a table names together)
_CHOICE_SLOT = (
    r"\[[ \t]*(?:(?:是|否)[ \t]*[/／][ \t]*(?:是|否)|(?:有|无|無)[ \t]*[/／][ \t]*(?:有|无|無)"
    r"|(?:公司|个人|個人|企业|企業|组织|組織)[ \t]*[/／][ \t]*(?:公司|个人|個人|企业|企業|组织|組織))"
    r"(?:[ \t]*[/／][ \t]*(?:不适用|不適用|其他|N/?A))?[ \t]*\]"
)
_CHOICE_VALUE = lazy(rf"(?<=[：:])[ \t\u3000]{{0,2}}(?:\*\*)?(?P<slot>{_CHOICE_SLOT})(?:\*\*)?[ \t\u3000]*(?=[。；;，,]|\Z)")
# | [第三方库名] | [如：统计/广告] | [数据类型] |: a template's empty table row, each cell the generic noun of its column (a name,
# a type) or its sample (如：…) in half-width brackets (seen in Chinese document templates: 「| [服务名] | [用途] |
# [API Key/OAuth] | [数据类型] |」).  Only a whole cell: not [1] (a footnote), [链接] (a link's label), [Android] or [ ] (a box).
# (a bare 名 only after a word for a thing that has a name, 服务名 库名 公司名: 实名, 匿名, 域名, 签名 are values, review rv13c)
_CELL_SLOT = lazy(
    r"\[[ \t]*(?:(?:如|例如|比如|譬如)[：:][^\[\]\n]{1,30}|[\u4e00-\u9fff]{0,6}(?:服务|服務|库|庫|公司|产品|產品|应用|應用|软件|軟體|平台|机构|機構|企业|企業|厂商|廠商|"
    r"第三方|合作方|SDK|插件|组件|組件|网站|網站|品牌)名"
    r"|[\u4e00-\u9fff]{1,8}(?:名称|名稱|类型|類型|类别|類別)"
    # | [列出接入的SDK] |, | [SDK列表] |, | [SDK list] |, | [List of third-party SDKs] |: the list the cell was to hold
    # (eighteenth round; a list word after what it lists, or the writer's 列出 / "list of": not | [列表] | or | [List View] |,
    # a screen's name)
    r"|(?:[请請][ \t]?)?(?:列出|列明|罗列|羅列)[^\[\]\n]{1,30}|[\u4e00-\u9fffA-Za-z0-9]{2,10}[ \t]?(?:列表|清单|清單)"
    r"|(?i:list\s+(?:of|the|all|any|each|every|your)\s+[a-z0-9][a-z0-9 ,/()-]{0,40}"
    r"|(?:[a-z0-9-]+\s+){0,2}(?:sdks?|third[- ]part(?:y|ies)|partners?|vendors?|providers?|processors?|libraries|permissions|purposes|cookies?)\s+list))"
    r"[ \t]*\]" + "|" + _CHOICE_SLOT
)
# 用于[版本更新检查/云同步/获取汇率数据]: the purposes a template offers, none chosen (three or more, in a table's cell)
_CELL_CHOICE = lazy(r"(?<=用于|用於|用来|用來)\[[\u4e00-\u9fff]{2,12}(?:[/／][\u4e00-\u9fff]{2,12}){2,}\](?!\()")


# ...but not a list of technical measures or of kinds of one thing, which a real table names together (eighteenth round's
# false error: 「用于[数据加密/传输加密/存储加密]」, 「用于[对称加密/非对称加密/哈希校验]」): an item that is a security or
# technical measure (`patterns.SECURITY_MEASURE`), or two items with the same head word (加密, 存储)
def _lists_values(choice: str) -> bool:
    """Whether `[A/B/C]` lists values that go together (technical measures, kinds of one thing), not purposes to choose from."""
    items = [item.strip() for item in choice.strip("[]").replace("／", "/").split("/")]
    if any(SECURITY_MEASURE.search(item) for item in items):
        return True
    heads = [item[-2:] for item in items]
    return len(set(heads)) < len(heads)


# 黛西健康用户隐私政策示例内容。, 隐私政策示例, 测试隐私政策: a paragraph that is only the seed row's stand-in for the
# policy (an admin's or a CMS's seed data shown as the policy page; three seed rows met while searching for eval/dev14:
# 「'用户隐私政策', 'privacy', '黛西健康用户隐私政策示例内容。'」, 「privacy: "<p>隐私政策示例</p>"」, 「'<p>测试隐私政策</p>'」).
# The whole paragraph, and a paragraph only: not a sentence about an example (「以下为隐私政策示例：」 goes on), nor a
# heading, a list item or a table cell (「<li>测试隐私政策</li>」, 「<td>测试隐私政策</td>」: a test platform's lists, review rv14a),
# nor the one block of a one-cell table, which the loader reads as a paragraph (`Document.boxes`: a box, not a layout
# that wraps the page, whose paragraphs are the page's own; fifteenth session).
_SAMPLE_BODY = lazy(
    r"[\u4e00-\u9fffA-Za-z0-9]{0,12}?(?:隐私政策|隱私政策|隐私协议|隱私協議|隐私权政策|隱私權政策|隐私保护指引|隱私保護指引)"
    r"(?:示例|範例|范例|样例|樣例|测试|測試)(?:内容|內容|文本|文字|数据|數據)?[。.]?"
    r"|(?:测试|測試|示例|範例|范例)(?:用的?)?(?:隐私政策|隱私政策|隐私协议|隱私協議)(?:内容|內容|文本)?[。.]?"
)


def _table_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of each template cell of a table (`_CELL_SLOT`, `_CELL_CHOICE`)."""
    for unit in ctx.units():
        if unit.paragraph is None or unit.paragraph.kind != "table" or "[" not in unit.text:
            continue
        # a Markdown row: its cells between bars; an HTML cell: a unit of its own
        cells = [(c.start(1), c.end(1)) for c in ROW_CELL.finditer(unit.text)] if "|" in unit.text else [(0, len(unit.text))]
        for a, b in cells:
            text = unit.text[a:b]
            inner = text.strip(" \t\u3000")
            m = _CELL_SLOT.fullmatch(inner)
            if m is not None and inner.strip("[] \t").lower() not in ctx.doc.link_labels:
                start = a + text.index(inner)
                yield unit, start, start + len(inner)
            for c in _CELL_CHOICE.finditer(unit.text, a, b):
                if not _lists_values(c.group(0)):
                    yield unit, c.start(), c.end()


def _one_letter_groups(text: str) -> bool:
    """Whether each letter group of a phone is one letter repeated: AAA-BBB-CCCC (not ABC-DEF-GHIJ, a code)."""
    groups = [g for g in text.replace("-", " ").split() if g.isalpha()]
    return len(groups) == 3 and all(len(set(g)) == 1 for g in groups)


def _sample(unit: TextUnit, start: int) -> bool:
    """Whether the 30 characters before `start` announce a sample (例如, 格式, e.g.)."""
    return _SAMPLE_BEFORE.search(unit.text, max(0, start - 30), start) is not None


# an editor's default title, as the whole page title (「在此处插入标题」, "Insert title here", "Document", 「无标题文档」)
_DEFAULT_TITLE = lazy(
    r"在此[处處]插入[标標][题題]|(?i:insert\s+title\s+here|document|untitled(?:\s+(?:document|page))?(?:[-\s]?\d{1,2})?)"
    r"|无标题文档|無標題文件|無標題文檔|无标题网页|無標題網頁|新建网页[ \t]?\d{0,2}|新建網頁[ \t]?\d{0,2}"
)


def _default_page_title(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """An HTML page's `<title>` that is still its editor's default (the title `Document.page_title` locates)."""
    page = ctx.doc.page_title
    if page is None or ctx.doc.metadata.page_title_line is None:
        return  # no title, one not located, or front matter's `title:` (not a page's tab)
    text, pieces = page
    core = text.strip(" \t\u3000")
    if core and _DEFAULT_TITLE.fullmatch(core):
        unit = TextUnit(text, "title", None, None, (pieces, pieces[0].line, pieces[0].column))
        start = text.index(core)
        yield unit, start, start + len(core)


# the `needs` of the scans below, made once (u56t: written in the call, a new lazy pattern compiled and bound at every scan)
_WRITER_NOTE_NEEDS = lazy(r"[Yy]")
_SECTION_DRAFT_EN_NEEDS = lazy(r"[Tt]")
_NAME_AS_VALUE_NEEDS = lazy(r"[名]")
_PENDING_DATE_NEEDS = lazy(r"[：:]")


def extra_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above, in document order per form."""
    for unit, start, _, m in ctx.scan(_ROUND_SLOT, needs="("):
        end = start + m.end("slot") - m.start()
        if not _FILLED_AFTER.match(unit.text, end):
            yield unit, start + m.start("slot") - m.start(), end
    for unit, start, end, _ in ctx.scan(_WRITER_NOTE, needs=_WRITER_NOTE_NEEDS):
        yield unit, start, end
    for unit in ctx.units():
        if "And" in unit.text and "/" in unit.text:
            for m in _AND_OR.finditer(unit.text):
                yield unit, m.start("and"), m.end("and")
    for unit, start, end, m in ctx.scan(_LETTER_PHONE, needs="-"):
        if _one_letter_groups(m.group(0)) and not in_code(unit, start) and not _sample(unit, start):
            yield unit, start, end
    for unit, start, end, _ in ctx.scan(_LETTER_ADDRESS):
        if not _sample(unit, start):
            yield unit, start, end
    for unit, start, end, _ in ctx.scan(_TOKEN, needs="_"):
        if not in_code(unit, start):
            yield unit, start, end
    for unit, start, end, _ in ctx.scan(_SECTION_DRAFT):
        if not _DRAFT_GOES_ON.search(unit.text[end : end + 80]):
            yield unit, start, end
    for unit, start, end, _ in ctx.scan(_SECTION_DRAFT_EN, needs=_SECTION_DRAFT_EN_NEEDS):
        if not _DRAFT_GOES_ON.search(unit.text[end : end + 80]):
            yield unit, start, end
    for unit, start, _, m in ctx.scan(_NAME_AS_VALUE, needs=_NAME_AS_VALUE_NEEDS):
        yield unit, start + m.start("val") - m.start(), start + m.end("val") - m.start()
    for unit, start, _, m in ctx.scan(_PENDING_DATE, needs=_PENDING_DATE_NEEDS):
        yield unit, start + m.start("val") - m.start(), start + m.end("val") - m.start()
    yield from _table_slots(ctx)
    for unit, start, _, m in ctx.scan(_CHOICE_VALUE, needs="/"):
        yield unit, start + m.start("slot") - m.start(), start + m.end("slot") - m.start()
    yield from _default_page_title(ctx)
    yield from left_in_slots(ctx)  # the nineteenth round's forms (n19v), in their own module
    yield from optional_clause_slots(ctx)  # (u50k3) a template's optional clause left in its brackets
    yield from stand_in_slots(ctx)  # the twentieth session's forms (q20v, eval/dev20p)
    # the twenty-fifth round's forms (u25f); imported here: `placeholder_pending` reads `placeholder_instruction`'s label
    # pattern, and that package imports this module (a module-level import was circular when this module came first)
    from policylens.rules.placeholder_pending import pending_slots

    yield from pending_slots(ctx)
    yield from later_slots(ctx)  # the thirty-second round's forms (u32r), in their own module
    yield from release_slots(ctx)  # the thirty-fourth round's second part (u34r2), in its own module
    yield from unfinal_slots(ctx)  # the thirty-sixth round's notes that the text is not final (u36r)
    # the thirty-fifth round's second part (u35r2), in its own module; imported here for the reason above (it reads
    # `placeholder_instruction`'s drafting vocabulary)
    from policylens.rules.placeholder_kit import kit_slots

    yield from kit_slots(ctx)
    # the thirty-sixth round's second part (u36r2: zh-Hant O-letter phones and e-mails, bracket prompts, deferred contacts)
    from policylens.rules.placeholder_hant import hant_slots

    yield from hant_slots(ctx)
    # the thirty-seventh round's second part (u37r2: drafts published as the policy, zh-Hant and English)
    from policylens.rules.placeholder_drafts import draft_slots

    yield from draft_slots(ctx)
    # the thirty-eighth round's forms (u38r: a text still written for whoever launches it)
    from policylens.rules.placeholder_prelaunch import prelaunch_slots

    yield from prelaunch_slots(ctx)
    # the thirty-ninth round's forms (u39r: stubs for the policy or its facts, notes to whoever publishes it)
    from policylens.rules.placeholder_stubs import stub_slots

    yield from stub_slots(ctx)
    # the fortieth round's forms (u40r: a text handed over unfinished, a document's name where its address belongs)
    from policylens.rules.placeholder_handover import handover_slots

    yield from handover_slots(ctx)
    # the fortieth session's round 40d (u40k2: missing-notes, stand-ins with an instruction, review and to-do marks,
    # titles marked as drafts)
    from policylens.rules.placeholder_undecided import undecided_slots

    yield from undecided_slots(ctx)
    # the forty-eighth round's set b (u48k3: the text not approved for publication, no final policy in place)
    from policylens.rules.placeholder_unapproved import unapproved_slots

    yield from unapproved_slots(ctx)
    # the forty-eighth round's set b, held-out part (u48k4: a bracket holding a field, a drafting note after a dash)
    from policylens.rules.placeholder_noted import noted_slots

    yield from noted_slots(ctx)
    # the forty-eighth round's forms (u48k: what the text still owes, in Chinese and English)
    from policylens.rules.placeholder_owed import owed_slots

    yield from owed_slots(ctx)
    # the forty-eighth session's round 48d and precision48 (u48k2: text still awaited from the operator or its admin)
    from policylens.rules.placeholder_awaited import awaited_slots

    yield from awaited_slots(ctx)
    # the forty-ninth session's round 49 and issue #11's open classes (u49k: to-dos before launch, pending reviews)
    from policylens.rules.placeholder_launch_todo import launch_todo_slots

    yield from launch_todo_slots(ctx)
    # the forty-ninth session's round 49d (u49k2: the policy's text still to be supplied, in each edition; a bare label)
    from policylens.rules.placeholder_pending_text import pending_text_slots

    yield from pending_text_slots(ctx)
    # the fiftieth session's open classes (u50k: a deployer's filing note left in the published page)
    from policylens.rules.placeholder_deployer import deployer_slots

    yield from deployer_slots(ctx)
    # the fiftieth session's precision set (u50p2: a bracket telling the drafter what to specify, [指定主要位置])
    from policylens.rules.placeholder_specify import specify_slots

    yield from specify_slots(ctx)
    # the fifty-first session's round 51d (u51p2: WordPress's privacy guide published as is, site-address stand-ins)
    from policylens.rules.placeholder_wp_guide import wp_guide_slots

    yield from wp_guide_slots(ctx)
    # the fifty-second session's templates (u52g: a version slot, a site builder's guide published as the policy)
    from policylens.rules.placeholder_builder import builder_slots

    yield from builder_slots(ctx)
    # the fifty-second session's round 52d (u52p2: a template variable's name printed raw, an editing note to link a name)
    from policylens.rules.placeholder_raw_name import raw_name_slots

    yield from raw_name_slots(ctx)
    # the fifty-second session (u52p, eval/blind/round51e: a shop platform's default notice, a template's bracketed choices)
    from policylens.rules.placeholder_storefront import storefront_slots

    yield from storefront_slots(ctx)
    # the fifty-third session (u53p: a template's choices in a bracket without spaces)
    from policylens.rules.placeholder_choice_slots import choice_slots

    yield from choice_slots(ctx)
    # the fifty-fourth session (u54f, eval/blind/round54p: a note that something still needs confirming, in its brackets)
    from policylens.rules.placeholder_confirm_note import confirm_note_slots

    yield from confirm_note_slots(ctx)
    for unit in ctx.units():
        if unit.paragraph is None or unit.paragraph.kind != "paragraph" or len(unit.text) > 40:
            continue
        if (unit.paragraph.line, unit.paragraph.column) in ctx.doc.boxes:
            continue  # 「<table><tr><td>测试隐私政策</td></tr></table>」: a box's entry, a cell (a layout's paragraphs stay)
        if "政策" in unit.text or "协议" in unit.text or "協議" in unit.text:
            text = unit.text.strip(" \t\u3000")
            if _SAMPLE_BODY.fullmatch(text):
                start = unit.text.index(text)
                yield unit, start, start + len(text)
