"""The text calling itself a placeholder, a sample or a draft, and drafting status notes (u57f, issue #11: the classes of
last session's final blind set eval/blind/round56q, placeholder-en-jsx:11, mochi-en-tsx:15 and :20, not blind).

Forms, each a class with constructed cases both ways in tests/test_u57f_self_described.py:

- the text naming itself a placeholder or a sample: "This placeholder Privacy Policy explains how …", "This is a sample
  privacy policy", "This Privacy Policy page is a draft placeholder for …", 「本政策仅为示例。」 (not "This policy is an
  example of our commitment", "We collect a sample of crash logs", 「本文档为示例代码的说明」: an example *of* something, a
  sample the policy describes, a longer noun);
- a template word opening its clause, then the drafter told to adapt it: 「範本，請依實際情況修改」 (not 「本产品提供多种合同
  范本，请依实际情况修改后使用」: a template the service offers, a noun before it);
- a drafting status opening its line or bracket: "Draft copy only — …", "Draft — do not publish", "(For internal review
  only)", 「仅供内部审阅」, 「內部審閱用，請勿公開」 (not "You can save a draft copy only on your device", 「会议纪要仅供内部审阅」:
  the status of something the policy describes, said after its noun);
- a legal review still due before the text's release: "To be reviewed by legal before launch", "This section is to be
  reviewed by legal before launch" (not "Marketing campaigns are to be reviewed by legal before launch", a practice the
  policy describes: only the text itself or no subject; not "your content …", the reader's).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import READER_SETTING
from policylens.rules.context import Context, TextUnit, prose_spans

_NOUN_EN = r"(?:privacy\s+)?(?:policy|notice|statement)(?:\s+(?:page|text|document))?|page|text|document"
# (u58p, u57h's near-misses) "This sample policy of ours is updated yearly", "This example page shows how your data is
# used": sample and example, words a policy uses of what it shows, name the text itself only as "this is a sample …" or
# before the policy's own noun, no "of" after it; placeholder, dummy, boilerplate and mock before any of its nouns
_SELF_EN = lazy(
    r"(?i:(?<![A-Za-z])this\s+is\s+(?:only\s+|just\s+)?(?:a|an)\s+(?:placeholder|sample|dummy|boilerplate|example|mock)\s+"
    rf"(?:{_NOUN_EN})(?![A-Za-z])"
    rf"|(?<![A-Za-z])this\s+(?:placeholder|dummy|boilerplate|mock)\s+(?:{_NOUN_EN})(?![A-Za-z])"
    r"|(?<![A-Za-z])this\s+(?:sample|example)\s+(?:privacy\s+)?(?:policy|notice|statement)(?:\s+(?:page|text|document))?(?![A-Za-z])"
    r"(?!\s+(?:(?:page|text|document)\s+)?of\b)"  # (u58h) nor "this sample policy page of ours" by leaving "page" out
    rf"|(?<![A-Za-z])this\s+(?:{_NOUN_EN})\s+is\s+(?:only\s+|just\s+|currently\s+|still\s+)?(?:a|an)\s+(?:draft\s+|temporary\s+)?"
    r"(?:placeholder|stand-?in|dummy\s+text|sample\s+(?:text|policy|page))(?![A-Za-z])(?!\s+of\b))"
)
# a drafting status at the start of its clause (`_opens`): Draft copy only, Draft — do not publish, For internal review only
_STATUS_EN = lazy(
    r"(?i:(?<![A-Za-z])draft(?:\s+(?:copy|version|text|content))?\s+only(?![A-Za-z])"
    r"|(?<![A-Za-z])draft\s*[-–—:,]\s*(?:do\s+not|don't|not\s+to\s+be)\s+(?:publish|distribute|share|release)(?![A-Za-z])"
    # (u58p) not "Draft - do not share your password with anyone": the reader's own thing, a warning to the reader
    r"(?!\s+(?:your|you|their|any\s+personal|personal|passwords?|credentials?|(?:login|account)\s+details)\b)"
    r"|(?<![A-Za-z])(?:for\s+)?internal\s+(?:review|discussion)\s+only(?![A-Za-z]))"
)
_SUBJECT_EN = (
    r"(?:(?:this|the)\s+(?:privacy\s+)?(?:text|policy|page|section|draft|copy|notice|document|wording|clause|statement)\s+(?:is|are)\s+)"
)
_REVIEW_EN = lazy(
    rf"(?i:(?<![A-Za-z])(?P<subject>{_SUBJECT_EN})?(?:to\s+be|still\s+to\s+be|pending)\s+(?:reviewed|approved|checked|signed\s+off)\s+by\s+"
    r"(?:the\s+|our\s+|a\s+)?(?:legal(?:\s+(?:team|department|counsel))?|counsel|lawyers?|attorneys?|solicitors?)\s+before\s+"
    r"(?:launch|publication|publishing|release|going\s+live|go-?live|it\s+is\s+published)(?![A-Za-z]))"
)
_READER_EN = lazy(r"(?i)\byour?\b")

# 本政策仅为示例。: the text a sample, the clause ending there (not 本文档为示例代码的说明)
_SELF_ZH = lazy(
    r"本(?:隐私|隱私)?(?:政策|指引|文档|文檔|文件|声明|聲明|页面|頁面|文本)(?:内容|內容)?(?:仅|僅|只)(?:为|為|是|系|作为|作為|用作)"
    r"(?:一份|一个|一個)?(?:演示|示范|示範|示例|範例|范例|样本|樣本|范本|範本|模板|模版|占位|佔位)(?:文本|文字|内容|內容)?(?![\u4e00-\u9fff])"
)
# 範本，請依實際情況修改: a template word opening its clause, then the drafter told to adapt the text to the facts
_ADAPT_ZH = lazy(
    r"(?<![\u4e00-\u9fffA-Za-z])(?:範本|范本|模板|模版|示例|範例|范例|样本|樣本|草稿|初稿|草案|占位|佔位)(?:文本|文字|内容|內容)?"
    r"[ \t\u3000]*+[，,：:；;][ \t\u3000]*+(?:请|請)?[ \t\u3000]*+(?:依|按|根据|根據|依据|依據|视|視|结合|結合)[^。！!？?\n]{0,10}?"
    r"(?:实际|實際|自身|贵公司|貴公司)[^。！!？?\n]{0,10}?(?:修改|调整|調整|填写|填寫|替换|替換|补充|補充|更新|修订|修訂)"
    r"(?![ \t\u3000]*(?:您|你|用户|用戶))"  # (u58p) not 「模板：请根据实际情况修改您的个人资料」: the reader's own data
    rf"(?![ \t\u3000]*{READER_SETTING})"  # (u59p) nor 「示例，请根据实际使用情况调整设置」: the reader's settings
)
# 仅供内部审阅, 內部審閱用，請勿公開: an internal status, at the start of its clause (`_opens`)
_STATUS_ZH = lazy(
    r"(?:仅|僅|只)供(?:内部|內部)(?:审阅|審閱|评审|評審|讨论|討論|审核|審核)(?:之?用)?"
    r"|(?:内部|內部)(?:审阅|審閱|讨论|討論|评审|評審)(?:稿|版|用)[ \t\u3000]*[，,][ \t\u3000]*(?:请勿|請勿|不得|切勿)(?:对外)?(?:公开|公開|外传|外傳|发布|發布)"
)
# 初稿 as the text's status: 【初稿】, 初稿 v0.1, 初稿（2026-01-01） as a whole line; 版本：初稿, 本版本为初稿 (not 您提交的作品初稿,
# 初稿完成后…: a draft the policy describes, in its sentence)
_LINE_ZH = lazy(
    r"[【［\[（(]?[ \t\u3000]*+(?:草稿|草案|初稿)[ \t\u3000]*+[】］\]）)]?[ \t\u3000]*+"
    r"(?:[vV]\d{1,3}(?:\.\d{1,3}){0,3}|[（(]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[）)]?)?"
)
_VERSION_ZH = lazy(r"(?:版本|版本号|版本號|本版本)[ \t\u3000]*+(?:[：:]|为|為|是)[ \t\u3000]*+(?:草稿|草案|初稿)(?![\u4e00-\u9fff])")
_LINE_MARKUP = " \t\u3000\n>*#-+•·|_。."
_NEEDS = lazy(r"(?i:this|draft|internal|review)|本|[範范模示样樣草初占佔]|内部|內部")
_OPENERS = "（(【[［「『—–:："
_LEADS = ("草稿", "草案", "初稿", "draft")
# what a bracket or a dash before a status may follow: the text's title, a status label, a date or a version
_OWN_LABEL = lazy(
    r"(?i:polic(?:y|ies)|notice|statement|terms|privacy|draft(?![a-z])|status|version|notes?(?![a-z])|v?\d)"
    r"|政策|隐私|隱私|声明|聲明|条款|條款|协议|協議|指引|须知|須知|状态|狀態|版本|备注|備註|草稿|初稿|草案"
)
_PROSE = lazy(r"(?<![a-z])[a-z]{2,}+[ \t]++[a-z]{2,}+[ \t]++[a-z]{2}|[\u4e00-\u9fff]{8}")  # a sentence's run of words before the bracket


def _opens(text: str, start: int) -> bool:
    """Whether a status at `start` opens its clause: nothing but markup before it on its unit, or an opening bracket, a
    dash or a draft word right before it (not 会议纪要仅供内部审阅: the status of a noun before it)."""
    before = text[max(0, start - 40) : start].rstrip(" \t\u3000*_")
    if start <= 40 and not before.strip(" \t\u3000\n>*#-+•·|_"):
        return True
    if before[-1:] in _OPENERS:
        # a bracket or a dash after a title, a label or a date (Privacy Policy — Draft copy only), not after a sentence:
        # "Access logs are kept (for internal review only)" says how the logs are used; (u57h) nor after the name of
        # something else the policy keeps: "Audit logs: internal review only", 「审计日志：仅供内部审阅」, "New
        # features: to be reviewed by legal before launch" (the status of data or a practice, not of the text)
        if start > 40 or _PROSE.search(text, 0, start) is not None:
            return False
        head = text[:start].strip(" \t\u3000\n>*#-+•·|_（(【[［「『—–:：")
        return not head or _OWN_LABEL.search(head) is not None
    return before.rstrip(" \t\u3000，,、:：-–—").lower().endswith(_LEADS)


def self_described_spans(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of the forms above."""
    for unit, start, end in prose_spans(ctx, (_SELF_EN, _SELF_ZH, _ADAPT_ZH), _NEEDS):
        yield unit, start, end
    for unit, start, end in prose_spans(ctx, (_STATUS_EN, _STATUS_ZH), _NEEDS):
        if _opens(unit.text, start):
            yield unit, start, end
    for unit, start, end in prose_spans(ctx, (_VERSION_ZH,)):
        yield unit, start, end
    for unit in ctx.units():
        if len(unit.text) > 60 or ("稿" not in unit.text and "案" not in unit.text):
            continue
        bare = unit.text.strip(_LINE_MARKUP)
        if 2 < len(bare) <= 30 and _LINE_ZH.fullmatch(bare):
            at = unit.text.index(bare)
            yield unit, at, at + len(bare)  # (a bare 草稿 or 初稿 line is `_ALONE`'s status line)
    for unit, start, end, m in ctx.scan(_REVIEW_EN, needs=_NEEDS):
        text = unit.text
        if _READER_EN.search(text, max(0, start - 60), end):
            continue  # your content is to be reviewed by legal before publication: the reader's own
        if m.group("subject") is None and not _opens(text, start):
            continue  # Marketing campaigns are to be reviewed by legal before launch: a practice the policy describes
        yield unit, start, end


# (u59p, issue #11 §4, u57h's near-miss) "New features: to be reviewed by legal before launch": a label naming something the
# service does or offers, its value a legal review before that thing's launch (a practice the policy describes), not a
# value of the text left to the lawyers ("Effective date: to be confirmed by legal", "Retention: to be reviewed by our legal
# team before launch" name a field of the policy; a status or version label, `_OWN_LABEL`, is the text's own)
_RELEASE_AFTER = lazy(
    r"(?i)[ \t]{1,4}before[ \t]{1,4}(?:(?:its|their|the)[ \t]{1,4})?(?:launch|release|roll-?out|going[ \t]+live)(?![A-Za-z])"
)
_FIELD_LABEL = lazy(
    r"(?i:dates?|effective|updated|contacts?|e-?mail|address|phone|retention|period|controller|officer|dpo|company|operator"
    r"|entity|owner|name|jurisdiction|law|section|clause|paragraph|value|details?|information)(?![a-z])"
)


def practice_gate(text: str, start: int, end: int) -> bool:
    """(u59p) Whether a label's value "to be reviewed by legal" at `text[start:end]` is a review before the launch of what
    the label names ("New features: to be reviewed by legal before launch"): the label names no field of the policy."""
    if _RELEASE_AFTER.match(text, end) is None:
        return False
    colon = max(text.rfind(":", 0, start), text.rfind("：", 0, start))
    if colon < 0 or colon < start - 4:
        return False
    head = text[max(0, colon - 40) : colon]
    label = head[max(head.rfind(c) for c in ".;!?\n。；") + 1 :].strip(" \t*_#>-")
    return bool(label) and _OWN_LABEL.search(label) is None and _FIELD_LABEL.search(label) is None
