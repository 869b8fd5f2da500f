"""Slot forms of `placeholder-instruction` from the thirty-eighth blind round (u38r, issue #11 §1): a text still written for
whoever launches it.

Each form is a class seen in the round's dev part (`eval/blind/round38/dev`), with invented variants both ways in
`tests/test_u38r_placeholders.py`:

- a duty the text still has to meet before launch, stated without a subject at the start of its sentence, naming a fact
  the policy lacks: 「上线前必须维护第三方清单，说明第三方名称…」, 「上线前需在产品内提供可用入口，并设定处理时限…」.  The
  step (上线前, 发布前, 上架前) opens the sentence, a modal follows it, then a verb of stating or providing and what a
  policy states (清单, 入口, 渠道, 时限, 期限, 主体, 联系方式, 负责人, 第三方, SDK).  Not a duty with its subject
  (「新功能上线前需进行隐私评估」, 「我们在上线前需提供…」: the step does not open the sentence), nor one said to the
  reader (「上线前您需提供…」), nor a step that names no such fact (「上线前需完成安全测试」);
- a value left to be fixed "according to the actual requirements" before launch, anywhere in a sentence, the modal
  right after the step: 「当前默认 180 天，上线前需根据实际合规要求确认」 (not 「我们会在上线前根据实际业务调整功能」, 「请在发布前
  根据实际情况修改你的动态」: a subject's plan, a request to the reader);
- the empty fields a drafting note lists: 「上线前需补充:」 then 「- 生效日期:」, 「- 运营主体:」, 「- 隐私负责人联系方式:」
  with nothing after their colons.  Two such fields at least, right after a note that ends with a colon and asks to add
  them (补充, 填写, 补全…) at a step of publication or here (此处); not a form the reader fills (「请您填写以下信息：」,
  said to the reader), nor fields with values;
- the text calling itself a policy template: 「本文件为 Social Copilot（浏览器扩展）的隐私政策模板与数据处理说明」
  (not 《…隐私政策模板》, a cited title, nor 消息模板);
- advice to the publisher in the second person, about what to list when the product is listed or deployed, with the
  users in the third person: 「建议你在上架/部署时明确列出可能使用的第三方服务，并提示用户自行查看其政策。」 (not
  「建议您在发布前确认内容不含他人信息」: nothing of the policy to list, and no third-person users);
- (u46k2, eval/blind/round46d) the publisher named in the third person (运营主体, 运营方, 站长, 管理员) between the
  step and the modal (「正式上线前，运营主体必须在公司信息页公布有效的…联系方式」), or told to decide a final value the policy
  should state (「运营主体应根据成交、争议处理和法定义务确定最终保存期限」; not 「我们会根据…确定保存期限」, the policy's own
  voice, nor a decision with no 最终/具体/正式); a page standing in for the policy that says the final one will be shown
  here (「最終私隱聲明由…提供並批准後，會在此顯示」; not 「更新後的隱私政策會在此公布」, no 最終/正式); a bracketed note to the
  site's admin to add the final text or link (「（Admin 可在「設定」加入正式私隱聲明連結。）」; not 「（您可在「設定」更改）」);
- the whole text of an element or a string left to the developer: 「<h1>请开发者自行补充</h1>」, `"请开发者自行填写"` (not
  an SDK's sentence 「相关说明请开发者自行补充至其隐私政策」: the phrase is not the element's whole text).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import IN_CLAUSE, SENTENCE_MARKS
from policylens.rules.context import Context, TextUnit, in_code
from policylens.rules.placeholder_drafts import _slot, outside_drafting_notes

_STEP = r"(?:正式)?(?:上线|上線|发布|發布|發佈|上架)前"
_MODAL = r"(?:必须|必須|需要?|须|須|应|應|务必|務必)"
# what a policy states and a draft still lacks
_POLICY_FACT = (
    r"(?:清单|清單|入口|渠道|时限|時限|期限|流程|主体|主體|联系方式|聯絡方式|聯繫方式|负责人|負責人|第三方|(?i:SDK)|服务商|服務商)"
)
_STATE_VERB = r"(?:维护|維護|提供|设定|設定|落实|落實|补充|補充|明确|明確|列明|列出|写明|寫明|公布|公佈|公开|公開|建立|完善|指定)"
# (u46k2) the publisher named in the third person, told what to do: 「运营主体必须…」 (a policy's own voice is 我们)
_OPERATOR = r"(?:运营主体|運營主體|运营方|運營方|运营者|運營者|经营主体|經營主體|网站运营者|網站運營者|站长|站長|管理员|管理員)"
# 「上线前必须维护第三方清单…」: the step opens its sentence (after a sentence end, a line start, a list mark); the
# operator may be named between them (「正式上线前，运营主体必须在公司信息页公布…联系方式」, round46d zhongya-tsx)
_LAUNCH_DUTY = lazy(
    rf"(?:\A|(?<=[{SENTENCE_MARKS}\n]))[ \t\u3000>*_•·+-]*(?P<slot>{_STEP}[，,]?[ \t]*(?:{_OPERATOR})?{_MODAL}[ \t]*"
    rf"(?:在{IN_CLAUSE}{{0,8}}?)?{_STATE_VERB}{IN_CLAUSE}{{0,40}}?{_POLICY_FACT}{IN_CLAUSE}{{0,60}})"
)
_LAUNCH_NEEDS = lazy(r"前")
# 「上线前需根据实际合规要求确认」: a value left to be fixed by the actual requirements
_BY_ACTUAL = lazy(
    rf"(?<![在於于])(?P<slot>{_STEP}{_MODAL}(?:根据|根據|按照|依据|依據|视|視)(?:实际|實際|具体|具體){IN_CLAUSE}{{0,16}}?"
    r"(?:确认|確認|确定|確定|调整|調整|补充|補充|填写|填寫|修改))"
)
_BY_ACTUAL_NEEDS = lazy(r"[实實具]")
# (u46k2) 「运营主体应根据成交、争议处理和法定义务确定最终保存期限」: the operator in the third person told to decide a
# final value the policy should state (round46d zhongya-tsx); the operator opens its sentence
_OPERATOR_DECIDES = lazy(
    rf"(?:\A|(?<=[{SENTENCE_MARKS}\n]))[ \t\u3000>*_•·+-]*(?P<slot>{_OPERATOR}{_MODAL}(?:当|當)?(?:根据|根據|按照|依据|依據|视|視)"
    rf"{IN_CLAUSE}{{0,30}}?(?:确定|確定|确认|確認|决定|決定|设定|設定)(?:最终|最終|具体|具體|正式){IN_CLAUSE}{{0,8}}?{_POLICY_FACT})"
)
_OPERATOR_NEEDS = lazy(r"[最具正]")
# (u46k2) a page standing in for the policy: 「最終私隱聲明由 Carey／Jojo 提供並批准後，會在此顯示。」 (round46d careyjojo-hk-tsx)
_SHOWN_LATER = lazy(
    r"(?P<slot>(?:最终|最終|正式)(?:的)?(?:隐私|隱私|私隐|私隱)(?:权|權)?(?:政策|声明|聲明|条款|條款)[^。！？\n]{0,40}?(?:后|後)[，,]?"
    r"[ \t]{0,2}(?:将|將|会|會)?(?:在此|于此|於此|在本页|在本頁)(?:显示|顯示|展示|公布|公佈|发布|發佈|發布|提供))"
)
_SHOWN_LATER_NEEDS = lazy(r"[此本]")
# (u46k2) a bracketed note to the site's admin: 「（Admin 可在「設定」加入正式私隱聲明連結。）」 (round46d careyjojo-hk-tsx)
_ADMIN_NOTE = lazy(
    r"[（(](?P<slot>(?:Admin|admin|ADMIN|管理员|管理員|站长|站長)[ \t]{0,2}(?:可|请|請|需|须|須|应|應)(?:以)?在[^（()）\n]{0,20}?"
    r"(?:加入|添加|设置|設置|設定|填写|填寫|替换|替換|上传|上傳|更新)[^（()）\n]{0,30}?(?:正式|最终|最終)[^（()）\n]{0,30}?)[）)]"
)
_ADMIN_NOTE_NEEDS = lazy(r"[Aa管站]")
# 「上线前需补充:」: a note ending with a colon that asks to add what follows (at a step of publication, or here)
_FIELD_INTRO = lazy(
    rf"(?:{_STEP}|(?:上线|上線|发布|發布|上架)(?:时|時)|此处|此處|这里|這裡)[^。！？\n]{{0,10}}?"
    r"(?:补充|補充|补全|補全|补齐|補齊|填写|填寫|填入|完善|替换|替換)[^。！？\n]{0,8}?[：:][ \t\u3000*]{0,4}\Z"
)
# 「- 运营主体:」: a field's name and its colon, nothing after (a list mark and emphasis allowed)
_EMPTY_FIELD = lazy(
    r"\A[ \t\u3000]*(?:[-*+•·][ \t\u3000]*|[0-9]{1,2}[.、)）][ \t\u3000]*)?\**(?P<label>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z /]{0,15}?)"
    r"\**[ \t\u3000]*[：:][ \t\u3000*]{0,4}\Z"
)
_READER = lazy(r"[您你妳]|閣下|阁下")
# 「本文件为…的隐私政策模板」
_SELF_TEMPLATE = lazy(
    r"(?P<slot>(?:本文件|本文档|本文檔|此文件|此文档|本页面|本頁面|本页|本頁)(?:为|為|是)[^。！？\n《》]{0,40}?"
    r"(?:隐私政策|隱私政策|隐私权政策|隱私權政策|隐私协议|隱私協議|用户协议|用戶協議|服务条款|服務條款)(?:的)?(?:模板|範本|范本|样板|樣板)"
    r"[^。！？\n]{0,30})"
)
_SELF_TEMPLATE_NEEDS = lazy(r"[模範范样樣]")
# 「建议你在上架/部署时明确列出可能使用的第三方服务，并提示用户…」
_PUBLISHER_ADVICE = lazy(
    r"(?P<slot>(?:建议|建議|请|請)[ \t]*[你您][ \t]*(?:在|于|於)[ \t]*(?:上架|部署|发布|發布|上线|上線|提审|提審)"
    r"(?:[/／、或](?:上架|部署|发布|發布|上线|上線))?(?:时|時|前)[^。！？\n]{0,12}?"
    r"(?:列出|列明|写明|寫明|说明|說明|补充|補充|填写|填寫|注明|註明)[^。！？\n]{0,24}?"
    rf"{_POLICY_FACT}[^。！？\n]{{0,60}})"
)
_PUBLISHER_NEEDS = lazy(r"[你您]")
_THIRD_PERSON_USERS = lazy(r"用户|用戶|使用者")
# 「<h1>请开发者自行补充</h1>」: the phrase is the whole text of its element or string
_DEV_FILL = lazy(
    r"(?:\A|(?<=[\s>\"'`「【（(\[]))(?P<slot>(?:请|請)?[ \t]{0,2}(?:由)?(?:开发者|開發者|开发人员|開發人員|运营者|運營者|运营方|運營方|站长|站長)"
    r"(?:请|請)?自行(?:补充|補充|填写|填寫|完善|添加|编写|編寫|撰写|撰寫)(?:内容|內容|本政策|隐私政策|隱私政策)?)"
    r"(?=[\s<\"'`」】）)\]。.!！]|\Z)"
)
_DEV_FILL_NEEDS = lazy(r"自行")


def _empty_fields(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """The empty fields (two at least) a drafting note ending with a colon lists right after it."""
    units = ctx.units()
    for i, unit in enumerate(units):
        if not unit.text.rstrip().endswith((":", "：", "*")) or _FIELD_INTRO.search(unit.text) is None:
            continue
        if _READER.search(unit.text) or in_code(unit, 0):
            continue  # 「请您填写以下信息：」: a form the reader fills
        fields: list[tuple[TextUnit, int, int]] = []
        for item in units[i + 1 : i + 13]:
            m = _EMPTY_FIELD.match(item.text)
            if m is None:
                break
            fields.append((item, m.start("label"), m.end()))
        if len(fields) >= 2:
            yield from fields


def _prelaunch_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above, in document order per form."""
    for pattern, needs in (
        (_LAUNCH_DUTY, _LAUNCH_NEEDS),
        (_BY_ACTUAL, _BY_ACTUAL_NEEDS),
        (_SELF_TEMPLATE, _SELF_TEMPLATE_NEEDS),
        (_OPERATOR_DECIDES, _OPERATOR_NEEDS),
        (_SHOWN_LATER, _SHOWN_LATER_NEEDS),
        (_ADMIN_NOTE, _ADMIN_NOTE_NEEDS),
    ):
        for unit, start, _, m in ctx.scan(pattern, needs=needs):
            lo, hi = _slot(start, m)
            if in_code(unit, lo) or _READER.search(unit.text, lo, hi):
                continue
            yield unit, lo, hi
    for unit, start, _, m in ctx.scan(_PUBLISHER_ADVICE, needs=_PUBLISHER_NEEDS):
        lo, hi = _slot(start, m)
        if not in_code(unit, lo) and _THIRD_PERSON_USERS.search(unit.text, lo, hi):
            yield unit, lo, hi
    for unit, start, _, m in ctx.scan(_DEV_FILL, needs=_DEV_FILL_NEEDS):
        lo, hi = _slot(start, m)
        if not in_code(unit, lo):
            yield unit, lo, hi
    yield from _empty_fields(ctx)


def prelaunch_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above that `placeholder-drafting` or `placeholder-publisher-note`
    does not report already (one defect, one finding: `placeholder_drafts.outside_drafting_notes`)."""
    yield from outside_drafting_notes(ctx, _prelaunch_slots(ctx))


__all__ = ["prelaunch_slots"]
