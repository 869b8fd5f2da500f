"""Slot forms of `placeholder-instruction` from issue #11's open classes in the fiftieth session (u50k): a note
addressed to whoever deploys the page, left in the published policy.

The class was seen in `eval/blind/round49e` (measure only, helper m49q: askar-zh-html L29); invented variants both ways
are in `tests/test_u50k_placeholders.py`:

- a filing to-do for the deployer: 「注：在大陆提供联网信息服务时，请按法规完成备案并在应用内展示有效备案编号。」, 「請依法辦理備案，
  並於頁面公示備案號。」, "Note: complete the ICP filing and display the record number in the app." — an imperative (请/請,
  务必, 需 opening its clause, "please", an English imperative opening its sentence) to complete or obtain a filing (备案,
  ICP filing, licence) and to show its number.  The reader of a privacy policy is never asked to file with a regulator;
  the operator stating its own filing is policy text: not 「本应用已按法规完成备案，备案编号：京ICP备12345678号」, nor 「我们将
  按法规完成备案并在应用内展示备案编号」 (a subject, no imperative), nor 「开发者请按法规完成备案并展示备案编号」 (a developer
  agreement's duty of its reader, named before the imperative), nor "We completed our ICP filing; the number is shown
  below."
- a field never set, shown as a pane's whole text: a content pane's label (Info, About, Description, 簡介, 說明, 公告)
  and under it only the site builder's default "Not Set", 「未設定」, 「尚未设置」 (eval/blind/round50 apsc-tw-txt L9: the Info
  pane of a Taiwan site's login page).  Not a value beside a field's label (「電子郵件」 / 「未設定」 in a settings screen:
  the label is no content pane's), nor "Not set" in a sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import SENTENCE_MARKS
from policylens.rules.context import Context, TextUnit, in_code

# who is asked, when named before the imperative: the reader of an agreement (a developer, a merchant, the user)
_ADDRESSEE = lazy(
    r"[您你妳]|閣下|阁下|开发者|開發者|商家|商户|商戶|用户|用戶|使用者|会员|會員|客户|客戶|合作方|(?i:\b(?:you|developers?|merchants?|users?)\b)"
)
_ZH_ASK = r"(?:请|請|务必|務必|(?<![\u4e00-\u9fff])(?:需|须|須))(?![您你妳])"
_FILE = r"(?:完成|办理|辦理|进行|進行|取得|申请|申請)(?:ICP|[ \t]*ICP[ \t]*)?(?:备案|備案|许可证?|許可證?)"
_SHOW = r"(?:展示|显示|顯示|公示|公布|标明|標明|注明|註明|标注|標註|填写|填寫|填入|放置|附上)"
_NUMBER = r"(?:备案|備案|许可证?|許可證?)?(?:编号|編號|号码|號碼|号|號)"
_ZH_NOTE = lazy(
    rf"(?P<slot>{_ZH_ASK}[^{SENTENCE_MARKS}\n]{{0,16}}?{_FILE}[^{SENTENCE_MARKS}\n]{{0,20}}?{_SHOW}[^{SENTENCE_MARKS}\n]{{0,10}}?{_NUMBER})"
)
_ZH_NEEDS = lazy(r"备案|備案|许可|許可")
# "Note: complete the ICP filing and display the record number in the app."
_EN_NOTE = lazy(
    r"(?i)(?:\A|(?<=[.!?;:\n\"'`“（(]))[ \t>*_-]*(?P<slot>(?:please[ \t]+|be[ \t]+sure[ \t]+to[ \t]+|make[ \t]+sure[ \t]+to[ \t]+)?"
    r"(?:complete|obtain|file|finish|get|apply[ \t]+for)[ \t]+(?:the|an?|your|its)?[ \t]*+(?:ICP|MIIT|regulatory)[ \t]+"
    r"(?:filing|record|registration|licen[cs]e|bei'?an)[^.!?\n]{0,60}?\b(?:display|show|publish|add|list|insert)[ \t]+"
    r"[^.!?\n]{0,30}?\b(?:filing|record|registration|licen[cs]e)[ \t]+(?:number|no\.?))"
)
_EN_NEEDS = lazy(r"(?i:ICP|MIIT|regulatory)")


# the builder's default for a text never set, as a unit's whole text (both patterns are used with `fullmatch`; the
# lookbehind keeps a search linear on a run of spaces: tests/test_hostile_regex.py)
_UNSET = lazy(
    r"(?<![ \t\u3000])[ \t\u3000]*(?P<slot>(?i:\(?not[ \t]+set(?:[ \t]+yet)?\)?)|(?:尚|暫|暂)?未(?:設定|设定|設置|设置|填寫|填写))[ \t\u3000]*"
)
# a content pane's label: the section the builder's field fills
_PANE = lazy(
    r"(?<![ \t\u3000])[ \t\u3000]*(?:(?i:info(?:rmation)?|about(?:[ \t]+us)?|description|introduction|overview|notice|announcement)"
    r"|簡介|简介|介紹|介绍|說明|说明|公告|關於|关于|關於我們|关于我们|網站資訊|网站信息)[ \t\u3000]*:?"
)


def _unset_panes(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    units = ctx.units()
    for i, unit in enumerate(units[1:], 1):
        m = _UNSET.fullmatch(unit.text)
        if m is None or unit.kind not in ("heading", "paragraph") or _PANE.fullmatch(units[i - 1].text) is None:
            continue
        if in_code(unit, m.start("slot")):
            continue  # (「電子郵件」 / 「未設定」, a field's label and its value in a screen, has no pane's label: not matched)
        yield unit, m.start("slot"), m.end("slot")


def deployer_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every deployer's note above, outside code, in document order per form."""
    for pattern, needs in ((_ZH_NOTE, _ZH_NEEDS), (_EN_NOTE, _EN_NEEDS)):
        for unit, start, _, m in ctx.scan(pattern, needs=needs):
            lo, hi = start + m.start("slot") - m.start(), start + m.end("slot") - m.start()
            if in_code(unit, lo):
                continue
            sentence = max(unit.text.rfind(c, 0, lo) for c in SENTENCE_MARKS + "\n") + 1
            if _ADDRESSEE.search(unit.text, sentence, lo):
                continue  # 「开发者请按法规完成备案…」, "Developers: please obtain an ICP licence …": the reader's own duty
            yield unit, lo, hi
    yield from _unset_panes(ctx)


__all__ = ["deployer_slots"]
