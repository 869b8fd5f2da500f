"""Slot forms of `placeholder-instruction` from the forty-eighth session's blind round 48d and precision set (u48k2, issue
#11 §1): text still awaited from someone, said in its place.

Each is a class seen in `eval/blind/round48d` (dev and held out) or noticed in `eval/precision48`, with invented variants
both ways in `tests/test_u48k2_awaited.py`:

- a pending note naming the operator who will confirm or supply the text: 「保留期限：待 AKKI 確認。」, 「申請程序待 AKKI 確認」,
  「法律效力待 AKKI 法律顧問確認。」, 「正式條款由 AKKI 提供。」, 「責任條款將由 AKKI 法律顧問提供」, 「正式版本須由 AKKI 法律顧問撰寫
  及批核」, "Retention periods: to be confirmed by AKKI.", "Final terms are to be provided by AKKI.", "liability wording to be
  provided by AKKI's legal adviser", "to be written and approved by AKKI's legal adviser".  The operator is a name in
  Latin letters the text names three times at least, and a text is the subject of "supplied by" (not 「Firebase（由 Google
  提供）」, a service's provider) (its own name, not a platform it mentions once: 「訂閱待 Apple 確認
  後生效」), and the note ends its clause (not 「待 AKKI 確認後生效」, a step of a flow); not said to the reader;
- the label 「預留」 / "Placeholder" opening a clause, with what it stands in for: 「預留：責任條款將由…提供。」, 「預留預約條款，
  正式條款由…提供。」, 「預留免責聲明文本」, 「（預留聯絡方式，待確認）」, "Placeholder: transfer rules to be confirmed…",
  "Placeholder booking terms.", "Placeholder waiver text, version 2", "(placeholder contact, to be confirmed)".  Not
  「本公司預留修改本政策之權利」 (a right reserved: 預留 does not open the clause), nor "Placeholder text in form fields
  shows an example" (a form's hint);
- the word 占位符 / 佔位符 / "placeholder" written as a labelled value: 「最后更新：占位符 — 正式法律文案待 Wiki 审核」, "Last
  updated: placeholder";
- the page's content said to be still in preparation or development, where the policy should be: 「正式隐私政策内容正在
  准备中。」, 「本頁內容準備中。」, 「完整版隱私權政策將於正式上線前公告。」, 「此頁面尚在開發中，敬請期待更多內容。」.  Not a feature in
  development (「新功能正在開發中」: the page or the policy's content is the subject); (u49k, round49's held-out part, not
  blind) 「本政策內容整理中」, the formal policy 「尚未发布」 and a page saying it is no complete privacy commitment (「本页不构成
  完整的隐私承诺」); not 「新版隐私政策生效前」 (no formal policy still unpublished);
- an instruction to the site's admin shown as a value: 「{ label: '商务合作', value: '请在后台填写邮箱或微信号' }」, 「请在后台填写
  反馈渠道」, 「請於後台設定客服信箱」 (the admin console named, the instruction the whole value: after a quote, a colon or a line's start, to its end; not
  said to the reader, 「您可在后台修改」, nor a step in a sentence, 「商家请在后台填写退货地址，我们据此寄回商品」);
- a bracketed descriptive slot beside a 「[您的…]」 one in the same text: 「[法律適用的法律管轄機構]」 after 「[您的公司名稱]」 and
  「[隱私政策鏈接]」 (Han only, four characters at least; not a link's text 「[隱私政策全文](…)」, nor a bracket in a text with no
  "your …" slot: 「請點選[帳號與安全設定]」).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import HAN, IN_CLAUSE, READER, SENTENCE_MARKS
from policylens.rules.context import Context, TextUnit, in_code

_OPENS = rf"(?:\A|(?<=[{SENTENCE_MARKS}\n\"'`“「（(，,：:]))[ \t\u3000>*_•·+-]*"
_NAME = r"(?P<name>[A-Z][A-Za-z0-9&-]{1,24}(?:[ \t][A-Z][A-Za-z0-9&-]{1,24}){0,2})"
_ADVISER = r"(?:[ \t]*(?:的)?(?:法律顧問|法律顾问|法務|法务|律師|律师|團隊|团队|管理層|管理层))?"
_ZH_CONFIRM = r"(?:確認|确认|審核|审核|審閱|审阅|提供|補充|补充|定稿|撰寫及批核|撰写及批核|撰寫|撰写|批核)"
_CLAUSE_END = rf"(?=[ \t\u3000]*(?:[{SENTENCE_MARKS}，,）)」』\n\"'`]|\Z))"
# 「待 AKKI 確認。」, 「由 AKKI 法律顧問提供。」, 「將由 AKKI 法律顧問提供」, 「須由 AKKI 法律顧問撰寫及批核」
_ZH_OPERATOR = lazy(rf"(?P<slot>(?:待|由|將由|将由|須由|须由|需由|應由|应由)[ \t]*{_NAME}{_ADVISER}[ \t]*{_ZH_CONFIRM}){_CLAUSE_END}")
# "to be confirmed by AKKI", "to be provided by AKKI's legal adviser", "to be written and approved by AKKI's legal adviser"
_EN_VERB = r"(?:confirmed|provided|supplied|written|drafted|finali[sz]ed|approved|decided|determined|reviewed)"
_EN_OPERATOR = lazy(
    rf"(?P<slot>\bto[ \t]+be[ \t]+{_EN_VERB}(?:[ \t]+and[ \t]+{_EN_VERB})?[ \t]+by[ \t]+{_NAME}"
    r"(?:'s[ \t]+(?:legal[ \t]+(?:adviser|advisor|counsel|team)|lawyers?|counsel|team))?)(?=[ \t]*(?:[.;,)]|\Z))"
)
_OPERATOR_NEEDS = lazy(r"由|待|(?i:to be)")
# who supplies a text (由 … 提供, "to be provided by"): only with the text as the subject (「正式條款由 AKKI 提供」, "Final terms
# are to be provided by AKKI"); 「Firebase（由 Google 提供）」 names who provides a service (round48d mopup-hk-zh-en-tsx)
_SUPPLY = lazy(r"^(?:由|將由|将由|須由|须由|需由|應由|应由)|(?i:provided|supplied|written|drafted)")
_TEXT_SUBJECT = lazy(
    r"(?:條款|条款|條文|条文|文本|文字|字句|文案|政策|內容|内容|版本|聲明|声明|規則|规则|措辭|措辞)[^，,。；;（(\n]{0,4}\Z"
    r"|(?i:\b(?:terms|wording|text|policy|copy|waiver|language|version|clauses?|rules|statement)\b(?:[ \t]+(?:is|are|will|shall))?[ \t]*\Z)"
)
_NAMED_TIMES = 3  # the operator's own name: the text names it this often at least

# 「預留：…」, 「預留預約條款，…」, 「（預留聯絡方式，待確認）」; "Placeholder: …", "Placeholder booking terms."
_TEXT_NOUN = r"(?:條款|条款|條文|条文|文本|文字|字句|內容|内容|聲明|声明|政策|聯絡方式|联系方式|聯絡資料|联系资料|規則|规则)"
_ZH_LABEL = lazy(rf"{_OPENS}(?P<slot>(?:預留|预留)(?:[ \t]*[：:]|[{HAN}]{{0,6}}?{_TEXT_NOUN}(?=[ \t]*[，,。；;：:）)\n]|[ \t]*\Z)))")
_EN_NOUN = r"(?:terms|policy|contact|wording|clause|notice|waiver(?:[ \t]+text)?|agreement|statement|copy|section|rules)"
_EN_LABEL = lazy(
    r"(?:\A|(?<=[.!?;\n\"'`“]))[ \t>*_-]*(?P<slot>(?-i:Placeholder)(?:[ \t]*:|(?:[ \t]+[a-z]+){0,2}[ \t]+" + _EN_NOUN + r"\b))"
    r"|[（(][ \t]*(?P<inner>(?i:placeholder)[ \t]+(?:[a-z]+[ \t]+){0,2}?" + _EN_NOUN + r")(?=[ \t]*[,;)）])"
)
_LABEL_NEEDS = lazy(r"預留|预留|(?i:placeholder)")

# 「最后更新：占位符」, "Last updated: placeholder": the word as a labelled value
_WORD_VALUE = lazy(
    rf"[{HAN}A-Za-z][ \t\u3000]*[：:][ \t\u3000*_]*(?P<slot>占位符|佔位符|(?i:placeholder))(?=[ \t\u3000]*(?:[—–\-|｜,，。.;；)]|$))",
)
_WORD_NEEDS = lazy(r"占位|佔位|(?i:placeholder)")

# 「正式隐私政策内容正在准备中」, 「本頁內容準備中」, 「此頁面尚在開發中」, 「完整版隱私權政策將於正式上線前公告」
_PAGE = r"(?:(?:本|此|这个|這個)?(?:页面|頁面|页|頁|网页|網頁))"
_POLICY = r"(?:(?:正式|完整|完整版|正式版)?的?(?:隐私权?政策|隱私權?政策|私隱政策|隐私声明|隱私聲明|私隱聲明|服务条款|服務條款|使用條款|使用条款|用户协议|用戶協議))"
_PREPARING = r"(?:正在|仍在|尚在|还在|還在)?(?:准备|準備|编写|編寫|撰写|撰寫|制定|擬定|拟定|整理|开发|開發|建置|建设|建設|施工|製作|制作)中"
# (u49r) 本政策 and 本條款 with their content or a 正在 (「本政策內容整理中」, 「本政策正在制定中」): 「本政策制定中，我们参考了…」
# says how it was written
_IN_PREPARATION = lazy(
    rf"{_OPENS}(?P<slot>(?:{_PAGE}|{_POLICY}|(?:本政策|本條款|本条款)(?=的?(?:内容|內容|正文)|[ \t]*(?:正在|仍在|尚在|还在|還在)))(?:的)?(?:内容|內容|正文)?[ \t]*{_PREPARING}(?:[，,][ \t]*敬請期待|[，,][ \t]*敬请期待)?"
    rf"{IN_CLAUSE}{{0,12}})"
    rf"|(?P<later>(?:完整版|正式版|完整|正式)的?{_POLICY}(?:内容|內容)?(?:将|將)(?:于|於|在)(?:正式)?(?:上线|上線|发布|發布|推出|開站|开站)(?:前|時|时)(?:公告|公布|公佈|发布|發布|提供|補上|补上))"
)
# (u49k, round49's held-out part, not blind) 「LaunchOS 的正式隐私政策尚未发布。」, 「本页不构成完整的隐私承诺」: the formal policy not yet
# published, the page disclaiming to be it
_NOT_PUBLISHED = lazy(
    rf"(?P<slot>(?:完整版|正式版|完整|正式)的?{_POLICY}(?:内容|內容|全文|文本)?(?:尚未|还未|還未|仍未|暂未|暫未)(?:发布|發布|公布|公佈|上线|上線|定稿|推出))"
    r"|(?P<inner>(?:本页|本頁|此页|此頁|本页面|本頁面)(?:并)?(?:不构成|不構成)(?:完整|正式)的?(?:隐私|隱私|私隱)?(?:承诺|承諾|政策|声明|聲明))"
)
_PREPARATION_NEEDS = lazy(r"中|公告|公布|公佈|发布|發布|提供|補上|补上|尚未|还未|還未|仍未|暂未|暫未|构成|構成")

# 「请在后台填写邮箱或微信号」: an instruction to the site's admin, shown as a value
_ADMIN_ORDER = lazy(
    r"(?:\A|(?<=['\"`“「：:>\n]))[ \t\u3000]*(?P<slot>(?:请|請)(?:在|於|于|到|至)(?:管理)?(?:后台|後台|控制台|管理页面|管理頁面|(?i:admin|cms))"
    r"(?:中|里|裡|內|内)?(?:填写|填寫|设置|設定|配置|输入|輸入|编辑|編輯|补充|補充)[^，,。；;！？!?\n'\"`」”<]{0,30}?)"
    r"(?=[ \t]*(?:[。'\"`”」<\n]|\Z))"
)
_ADMIN_NEEDS = lazy(r"后台|後台|控制台|管理页面|管理頁面|(?i:admin|cms)")

# 「由[您的公司名稱]…提供…[法律適用的法律管轄機構]」: a bracketed descriptive slot (Han only, four characters at least, not a
# link's text) in a text whose other bracket is a "your …" slot (eval/blind/round48d groot-hant-cs, three slots on one line)
# The anchor names the operator's side (「[您的公司名稱]」, 「[你的网站名称]」), not the reader's (「[您的姓名]」, 「[您的手機]」: a form's
# field or an e-mail's template the reader fills; eval/precision28 mstw-md, precision36 fanpaizi-renewal-html), and the
# sibling holds no 您/你 of its own (those are judged as they stand).
_YOUR_SLOT = lazy(
    r"\[[ \t]*[您你]的(?:公司|企業|企业|網站|网站|應用|应用|產品|产品|品牌|平台|平臺|服務|服务|組織|组织|機構|机构|(?i:app))[^\]\n]{0,8}\]"
)
# the slot holds no 您/你 (looked for inside its own Han run only: the same matches, linear on runs of 「[」)
_HAN_BRACKET = lazy(rf"\[(?P<slot>(?![{HAN}]{{0,15}}[您你])[{HAN}]{{4,16}})\](?![(\[:])")


def _sibling_brackets(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """The Han-only bracketed phrases on each source line that also holds a 「[您的…]」 slot (a string of a program's
    source may hold a whole policy on one line, its paragraphs parted by `\r\n`)."""
    units = [unit for unit in ctx.units() if "[" in unit.text]
    lines = {unit.position(m.start())[0] for unit in units for m in _YOUR_SLOT.finditer(unit.text)}
    for unit in units if lines else ():
        for m in _HAN_BRACKET.finditer(unit.text):
            if unit.position(m.start())[0] in lines and not in_code(unit, m.start()):
                yield unit, m.start(), m.end()


# (u48k2, round48d akki-hk-zh-en-ts L22, L35, L41) a script read as plain text: a JavaScript template literal holding
# Chinese or a `${…}` slot (「`私隱查詢請發送至 ${siteConfig.contact.email}（預留聯絡方式，待確認）。`」) is the page's text, not a
# Markdown code span
_SCRIPT_SUFFIXES = (".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".vue", ".svelte")
_TEMPLATE_TEXT = lazy(rf"\$\{{|[{HAN}]{{4}}")


def _code(ctx: Context, unit: TextUnit, at: int) -> bool:
    """`in_code`, but a script's template literal of text (`_TEMPLATE_TEXT`) between its backticks is prose."""
    if not in_code(unit, at):
        return False
    if (unit.paragraph is not None and unit.paragraph.kind == "code") or not ctx.doc.source.path.endswith(_SCRIPT_SUFFIXES):
        return True
    a, b = unit.text.rfind("`", 0, at), unit.text.find("`", at)
    return a < 0 or b < 0 or _TEMPLATE_TEXT.search(unit.text, a + 1, b) is None


def _slot_of(start: int, m: re.Match[str]) -> tuple[int, int, str]:
    """The offsets and name of the first group of `slot`, `inner`, `later` that matched."""
    for group in ("slot", "inner", "later"):
        if group in m.re.groupindex and m.group(group) is not None:
            return start + m.start(group) - m.start(), start + m.end(group) - m.start(), group
    return start, start + len(m.group()), ""


def _clause(text: str, lo: int, hi: int) -> str:
    """The clause around `text[lo:hi]`, between sentence marks."""
    a = max(text.rfind(c, 0, lo) for c in SENTENCE_MARKS + "\n")
    ends = [i for i in (text.find(c, hi) for c in SENTENCE_MARKS + "\n") if i >= 0]
    return text[a + 1 : min(ends) if ends else len(text)]


def awaited_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above, outside code, in document order per form."""
    joined = ctx.joined().text
    for pattern in (_ZH_OPERATOR, _EN_OPERATOR):
        for unit, start, _, m in ctx.scan(pattern, needs=_OPERATOR_NEEDS):
            lo, hi, _group = _slot_of(start, m)
            if _code(ctx, unit, lo) or joined.count(m.group("name")) < _NAMED_TIMES:
                continue  # a platform named once (「待 Apple 確認」): not the operator's own pending note
            if READER.search(_clause(unit.text, lo, hi)):
                continue  # 「您的預約待 AKKI 確認。」: a state of the reader's booking
            supply = _SUPPLY.search(unit.text[lo:hi])
            if supply is not None and _TEXT_SUBJECT.search(unit.text[max(0, lo - 24) : lo].rstrip(" \t")) is None:
                continue  # 「Firebase（由 Google 提供）」: a service's provider, not a text still to be supplied
            yield unit, lo, hi
    for pattern, needs in (
        (_ZH_LABEL, _LABEL_NEEDS),
        (_EN_LABEL, _LABEL_NEEDS),
        (_WORD_VALUE, _WORD_NEEDS),
        (_IN_PREPARATION, _PREPARATION_NEEDS),
        (_NOT_PUBLISHED, _PREPARATION_NEEDS),
        (_ADMIN_ORDER, _ADMIN_NEEDS),
    ):
        for unit, start, _, m in ctx.scan(pattern, needs=needs):
            lo, hi, _group = _slot_of(start, m)
            if _code(ctx, unit, lo) or (pattern is _ADMIN_ORDER and READER.search(unit.text, lo, hi)):
                continue
            yield unit, lo, hi
    yield from _sibling_brackets(ctx)


__all__ = ["awaited_slots"]
