"""Slot forms of `placeholder-instruction` from the forty-ninth session's blind round 49d (u49k2, issue #11): the policy's
text still to be supplied, said where the text should be.

Each is a class seen in `eval/blind/round49d` (measure only, helper m49p) or left open by u49k (`eval/blind/round49`),
with invented variants both ways in `tests/test_u49k2_placeholders.py`:

- a pending note on the text, in Chinese, naming who or where it will be set: 「隱私政策內容待管理員配置。」, 「隐私政策内容待
  添加」, 「使用条款内容待后台配置」, 「本页内容待管理員於後台設定」, 「此處內容由管理員在後台填寫。」 (the text, a document's content or the
  page as the subject, a verb of setting, adding or writing, the note closing its clause; not said to the reader: 「您的
  內容待管理員審核」, nor 「訂單待確認」, nor with 由 the platform that provides or keeps it: 「内容由平台提供，仅供参考。」 (u49r);
  待補充 and 待運營提供 alone are `placeholder-instruction`'s markers);
- the same note in the other editions of a bilingual or trilingual page: "Privacy policy content coming soon.", "Terms of
  service: to be added.", 「Contenido de la política de privacidad pendiente.」, "Política de privacidad: próximamente",
  「プライバシーポリシーの内容は準備中です」, 「개인정보처리방침 내용 준비 중」 (a document's name opens it; not "New features
  coming soon", nor "Privacy policy updates are pending review");
- (u52p2) an edition whose whole value says it is being prepared, under a key naming a policy or terms: `userTermsKo:
  "준비중입니다."`, `privacyEs: "En preparación."`, `"termsEn": "Coming soon."` (eval/blind/round52d eryuan-zh-js; not a
  key naming no document, `featureKo: "준비중입니다."`, nor the phrase inside a longer value);
- an English note that a text will be updated once a fact is settled: "Delivery timing … will be updated after the
  fulfilment plan is confirmed." (a plan, terms, details or a provider awaited; not "Your order status will be updated
  once payment is confirmed": the reader's, or an order's state);
- a bare label standing as the whole text of a policy screen: 「隱私權政策內容」, 「隐私政策正文」, "Privacy policy content" as a
  paragraph of its own, or a heading, with no text of the policy in the four units after it (not a label or a heading
  over the policy's paragraphs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import READER, SENTENCE_MARKS, sentence_bounds
from policylens.rules.context import Context, TextUnit, in_code, prose_spans

# (a string's `\n` escape too: 「'# 隱私政策\n\n隱私政策內容待管理員配置。'」 in a TS default, read as text)
_OPENS = rf"(?:\A|(?<=[{SENTENCE_MARKS}\n\"'`“「（(，,：:])|(?<=\\[nrt]))[ \t\u3000>*_•·+-]*"
_CLAUSE_END = rf"(?=[ \t\u3000]*(?:[{SENTENCE_MARKS}，,）)」』\n\"'`]|\Z))"

_DOC = (
    r"(?:隱私權?政策|隐私权?政策|私隱政策|隱私聲明|隐私声明|私隱聲明|使用條款|使用条款|服務條款|服务条款|用戶協議|用户协议|使用者條款|"
    r"個人資料收集聲明|个人资料收集声明|個人信息收集聲明|个人信息收集声明|免責聲明|免责声明|條款|条款|協議|协议|政策|聲明|声明)"
)
_SUBJECT = rf"(?:{_DOC}(?:的)?(?:內容|内容|正文|全文|文本|文案)?|(?:本頁|本页|此頁|此页|本頁面|本页面|此處|此处|頁面|页面)(?:的)?(?:內容|内容)?|(?:內容|内容|正文))"
_ROLE = r"(?:系統管理員|系统管理员|管理員|管理员|管理者|站長|站长|後台|后台|管理後台|管理后台|平台|平臺)"
_SET = r"(?:配置|設定|设定|設置|设置|添加|新增|編輯|编辑|完善|上傳|上传|撰寫|撰写|錄入|录入|維護|维护)"
_SUPPLY = r"(?:填寫|填写|填入|補充|补充|提供)"
# (u49r) who fills it in, with 由: the admin or the back office, the console named or a verb of filling in; not the platform
# that provides, keeps or edits the content (「内容由平台提供，仅供参考。」, 「页面内容由平台维护」, 「条款由平台设置，适用于所有用户。」)
_ADMIN = r"(?:系統管理員|系统管理员|管理員|管理员|管理者|站長|站长|後台|后台|管理後台|管理后台)"
_FILL = r"(?:配置|設定|设定|設置|设置|填寫|填写|填入|錄入|录入|添加|新增)"
# 「隱私政策內容待管理員配置」, 「隐私政策内容待添加」, 「本页内容待管理員於後台設定」, 「此處內容由管理員在後台填寫」
_ZH_PENDING = lazy(
    rf"{_OPENS}(?P<slot>{_SUBJECT}[ \t]*(?:暫|暂|尚|仍|目前)?"
    rf"(?:待[ \t]*(?:{_SET}|{_ROLE}(?:[於于在][ \t]*(?:後台|后台))?[ \t]*(?:{_SET}|{_SUPPLY}))"
    rf"|(?:將|将)?由[ \t]*{_ADMIN}[ \t]*(?:[於于在][ \t]*(?:後台|后台|管理後台|管理后台)[ \t]*(?:{_SET}|{_SUPPLY})|{_FILL}))){_CLAUSE_END}"
)
_ZH_NEEDS = lazy(r"待|由")

# "Privacy policy content coming soon.", "Terms of service: to be added.", "Política de privacidad: próximamente"
_EN_DOC = (
    r"(?:privacy[ \t]+(?:policy|notice|statement)|terms[ \t]+(?:of[ \t]+(?:service|use)|and[ \t]+conditions)|user[ \t]+agreement"
    r"|cookie[ \t]+policy|disclaimer)"
)
_EN_PENDING = lazy(
    rf"(?:\A|(?<=[.!?;\n\"'`“：:]))[ \t>*_-]*(?P<slot>(?i:{_EN_DOC})(?:[ \t]+(?i:content|text|details|page))?[ \t]*+:?[ \t]*+"
    r"(?:(?:is|are|will[ \t]+be)[ \t]+)?(?i:coming[ \t]+soon|to[ \t]+be[ \t]+(?:added|provided|written|published|completed)|to[ \t]+come|"
    r"pending|forthcoming|under[ \t]+construction|TBD|TBA))(?=[ \t]*(?:[.!…。;,)\"'`]|\Z))"
)
_ES_DOC = r"(?:pol[ií]tica[ \t]+de[ \t]+privacidad|aviso[ \t]+de[ \t]+privacidad|t[ée]rminos(?:[ \t]+(?:y[ \t]+condiciones|de[ \t]+(?:servicio|uso)))?|condiciones[ \t]+de[ \t]+uso)"
_ES_PENDING = lazy(
    rf"(?:\A|(?<=[.!?;\n\"'`“：:]))[ \t>*_¡-]*(?P<slot>(?i:(?:(?:contenido|texto)[ \t]+de[ \t]+(?:la[ \t]+|los[ \t]+|las[ \t]+)?)?{_ES_DOC})[ \t]*:?[ \t]*"
    r"(?:(?:est[áa]|estar[áa]|será)[ \t]+)?(?i:pendiente|pr[óo]ximamente|disponible[ \t]+pr[óo]ximamente|por[ \t]+(?:a[ñn]adir|agregar|definir|completar)"
    r"|en[ \t]+(?:construcci[óo]n|preparaci[óo]n)))(?=[ \t]*(?:[.!…。;,)\"'`]|\Z))"
)
_OTHER_NEEDS = lazy(r"(?i:soon|to be|to come|pending|forthcoming|construction|TBD|TBA|pendiente|pr[óo]ximamente|por |preparaci)")

# "… will be updated after the fulfilment plan is confirmed."
_EN_AFTER = lazy(
    r"(?P<slot>\bwill[ \t]+be[ \t]+(?:updated|added|provided|published|completed|finali[sz]ed|filled[ \t]+in|announced)[ \t]+"
    r"(?:after|once|when)[ \t]++(?:the|our|a)?[ \t]*+[^.!?\n]{0,40}?\b(?:plan|terms|details|arrangements?|provider|partner|entity|"
    r"vendor|supplier|process|setup|address|contact|information)[ \t]+(?:is|are|has[ \t]+been|have[ \t]+been)[ \t]+"
    r"(?:confirmed|finali[sz]ed|decided|determined|approved|settled|agreed))\b"
)
_AFTER_NEEDS = lazy(r"will be")
_STATE = lazy(r"(?i)\b(?:orders?|payments?|requests?|status|accounts?|bookings?|refunds?|transactions?|applications?)\b")

# 「隱私權政策內容」, "Privacy policy content": the whole paragraph
_BARE_LABEL = lazy(
    rf"(?<![ \t\u3000])[ \t\u3000]*+(?:{_DOC.replace('|條款|条款|協議|协议|政策|聲明|声明)', ')')}(?:的)?(?:內容|内容|正文|全文)"
    r"|(?i:(?:privacy[ \t]+(?:policy|notice)|terms[ \t]+of[ \t]+(?:service|use))[ \t]+(?:content|text|body)))[ \t\u3000]*"
)
_ENTRY = lazy(r"[\u4e00-\u9fff]{4}")  # an entry of a list of contents under the label
_PROSE = lazy(r"[\u4e00-\u9fff]{12}|(?<![A-Za-z])(?:[A-Za-z]++[ \t]++){8}")  # a paragraph of the policy's text after the label


# (u52p2, eval/blind/round52d eryuan-zh-js) an edition whose whole value is a notice that it is being prepared, under a key
# naming a policy or terms (`userTermsKo: "준비중입니다."`, `privacyEs: "En preparación."`, `"termsEn": "Coming soon."`)
_PREPARING = (
    r"준비[ \t]?중(?:입니다|이에요)?|곧[ \t]제공(?:됩니다|될[ \t]예정입니다)|추후[ \t]제공(?:됩니다|예정입니다)?"
    r"|en[ \t]+preparaci[óo]n|pr[óo]ximamente|em[ \t]+prepara[çc][ãa]o|em[ \t]+breve|en[ \t]+pr[ée]paration|bient[ôo]t[ \t]+disponible"
    r"|in[ \t]+Vorbereitung|demn[äa]chst[ \t]+verf[üu]gbar|in[ \t]+preparation|coming[ \t]+soon|to[ \t]+be[ \t]+(?:added|provided)|under[ \t]+construction"
    r"|準備中(?:です)?|准备中|敬请期待|敬請期待|建设中|建置中|建設中"
)
_EDITION_PENDING = lazy(
    r"(?<![A-Za-z0-9_$])[\"']?(?P<key>[A-Za-z_$][A-Za-z0-9_$]{0,40})[\"']?[ \t]*[:=][ \t]*[\"'`](?P<slot>(?i:"
    + _PREPARING
    + r")[.。!！…]{0,3})[\"'`]"
)
_EDITION_KEY = lazy(r"(?i)privacy|terms|policy|agreement|protocol|notice|disclaimer|condition|eula|yinsi|xieyi")


# a word every phrase of `_PREPARING` holds (in either case where it may open the value): most texts hold none
_PREPARING_WORDS: tuple[str, ...] = (
    "준비",
    "제공",
    "prepar",
    "Prepar",
    "répar",
    "RÉPAR",
    "róxim",
    "roxim",
    "breve",
    "Breve",
    "ient",
    "orbereitung",
    "emn",
    "soon",
    "Soon",
)
_PREPARING_WORDS += ("to be", "To be", "onstruction", "準備", "准备", "期待", "建设", "建置", "建設")
# any of them, in one search of the joined text instead of one `in` per word (issue #11: the same answer, a third of the time)
_PREPARING_ANY = lazy("|".join(re.escape(word) for word in sorted(set(_PREPARING_WORDS), key=lambda w: (-len(w), w))))


def _pending_editions(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    # (u56t) asked of the texts the scan memo does not know instead of the joined text (a literal alternation: the same
    # answer, `joined.local_pattern`; tests/test_u56t_throughput.py)
    for unit, start, _, m in ctx.scan(_EDITION_PENDING) if ctx.holds(_PREPARING_ANY) else ():
        lo, hi = _slot_span(unit, start, m.start(), m.start("slot"), m.end("slot"))
        if _EDITION_KEY.search(m.group("key")) is not None and not in_code(unit, lo):
            yield unit, lo, hi
    # the rules read no Korean or Japanese paragraph (`Context.units`): a script's lines whose Korean editions outweigh its
    # code (`export default { userTermsKo: "준비중입니다.", …`) are such a paragraph, read here for this form only
    from policylens.structure.language import NOT_CHINESE

    for section in ctx.doc.sections:
        for para in section.paragraphs:
            if para.lang in NOT_CHINESE and para.kind != "code" and ("중" in para.text or "準備" in para.text or "제공" in para.text):
                unit = TextUnit(para.text, "paragraph", section, para)
                for m in _EDITION_PENDING.finditer(para.text):
                    if _EDITION_KEY.search(m.group("key")) is not None and not in_code(unit, m.start("slot")):
                        yield unit, m.start("slot"), m.end("slot")


def _slot_span(unit: TextUnit, start: int, m_start: int, lo: int, hi: int) -> tuple[int, int]:
    return start + lo - m_start, start + hi - m_start


def _bare_labels(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """A paragraph that is only a label for the policy's text, with no prose of the policy after it in its section."""
    units = ctx.units()
    for i, unit in enumerate(units):
        if unit.kind == "paragraph" and (unit.paragraph is None or unit.paragraph.kind not in ("paragraph", "item")):
            continue
        if unit.kind not in ("paragraph", "heading") or len(unit.text) > 24 or _BARE_LABEL.fullmatch(unit.text) is None:
            continue
        # (a SwiftUI sheet's `Text` over its bar's items is read as a heading over them: the same label, nothing under it)
        after = units[i + 1 : i + 5]
        if any(_PROSE.search(u.text) for u in after) or sum(1 for u in after if _ENTRY.search(u.text)) >= 3:
            continue  # a label over the policy's paragraphs, or over a list of its contents (「個人資料的蒐集」, …)
        lead = len(unit.text) - len(unit.text.lstrip(" \t\u3000"))
        yield unit, lead, len(unit.text.rstrip(" \t\u3000"))


def pending_text_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above, outside code, in document order per form."""
    for pattern, needs in ((_ZH_PENDING, _ZH_NEEDS), (_EN_PENDING, _OTHER_NEEDS), (_ES_PENDING, _OTHER_NEEDS)):
        for unit, start, _, m in ctx.scan(pattern, needs=needs):
            lo, hi = _slot_span(unit, start, m.start(), m.start("slot"), m.end("slot"))
            if in_code(unit, lo) or READER.search(unit.text, max(0, lo - 12), hi):
                continue
            yield unit, lo, hi
    for unit, start, end in prose_spans(ctx, (_EN_AFTER,), _AFTER_NEEDS):
        a, b = sentence_bounds(unit.text, start, end)
        if READER.search(unit.text, a, b) or _STATE.search(unit.text, a, b):
            continue  # "Your order status will be updated once payment is confirmed": a state the text describes
        yield unit, start, end
    yield from _bare_labels(ctx)
    yield from _pending_editions(ctx)


__all__ = ["pending_text_slots"]
