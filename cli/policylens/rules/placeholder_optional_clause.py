"""A template's optional clause left whole in its square brackets (`placeholder-instruction`'s form; u50k3).

Hong Kong privacy-policy templates mark a clause the operator keeps or deletes by square brackets round the whole
sentence: 「[倘若我們向閣下發出電郵,我們可能置入一個標記,使我們識辨已被打開及瀏覽的電郵。]」 (eval/blind/round50e
websol-hk-txt L25, held out there: this form was written from its miss, so it is **not blind**).  Published with the
brackets kept, the operator never decided.  Taken only where the brackets hold the paragraph alone and a whole Chinese
sentence: it ends in 。！？ (or 。」) inside the bracket, holds a clause mark (，,；;) and at least twelve CJK characters,
which are most of its characters.

Not these: a bracketed English gloss 「[Privacy Policy]」, a citation or footnote 「[1]」, 「[^1]」, a Markdown link
「[點此](https://…)」 or reference 「[1]: https://…」, a name left in the brackets inside its sentence
「「資料使用者」指[弘捷國際(香港)有限公司],即…」, a bracketed label with no full stop 「[可選條款，視乎業務]」, an
editor's note 「[註:本政策最近一次修訂,於…。]」, a footnote's body numbered to its mark 「[註1: 在有關款項…方視為完成繳費。]」,
「[注一：…]」, 「[1: …]」, 「[Note 1: …]」 (u54f).
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.rules.context import Context, TextUnit, in_code

# the paragraph is the bracket: [ … 。]  (half- or full-width square brackets); both patterns are used anchored
# (`fullmatch`, `match`): the lookbehind keeps a search linear on a run of spaces (tests/test_hostile_regex.py)
_WHOLE = lazy(r"(?<![ \t\u3000])[ \t\u3000]*(?P<slot>[\[［](?P<body>[^\[\]［］\n]{12,600}?[。！？][」』”]?)[\]］])[ \t\u3000]*")
_CLAUSE = lazy(r"[，,；;]")
_CJK = lazy(r"[\u4e00-\u9fff]")
# a note's number: 1, 一, (1), （一）, ①
_NOTE_NUMBER = r"(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3}|[(（](?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[)）]|[\u2460-\u2473])"
# 「[註:本政策最近一次修訂於…。]」: an editor's note, bracketed as such, is the published text; so is a footnote's or an
# endnote's body, numbered to its mark in the text above (u54f, round54p macaowater-mo-vue L104: 「…完成繳費[註1]，…」 then
# 「[註1: 在有關款項實際支付至…帳戶時，方視為完成繳費。]」): 註1:, 注一：, 附註(1)：, 腳註①：, 1：, Note 1:, Footnote 2:
_NOTE = lazy(
    r"(?<![ \t\u3000])[ \t\u3000]*(?:"
    r"(?:註|注|備註|备注|附註|附注|腳註|腳注|脚注|脚註|尾註|尾注|按|編按|编按|編者按|编者按|說明|说明)[ \t\u3000]{0,2}"
    + _NOTE_NUMBER
    + r"?|(?![0-9]{1,3}[ \t\u3000]{0,2}[:：][0-9])"  # (u54r) 「[10:00 至 18:00 期间…]」: a time, no footnote's number
    + _NOTE_NUMBER
    + r"|(?i:note|footnote|endnote|n\.b\.)(?:[ \t]{0,2}"
    + _NOTE_NUMBER
    + r")?)[ \t\u3000]{0,2}[:：]"
)


def optional_clause_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of each paragraph that is only a bracketed optional sentence."""
    for unit in ctx.units():
        text = unit.text
        if unit.kind != "paragraph" or not text.rstrip().endswith(("]", "］")):
            continue
        m = _WHOLE.fullmatch(text)
        if m is None or in_code(unit, m.start("slot")):
            continue
        body = m.group("body")
        cjk = len(_CJK.findall(body))
        if cjk >= 12 and cjk * 2 > len(body) and _CLAUSE.search(body) and "://" not in body and not _NOTE.match(body):
            yield unit, m.start("slot"), m.end("slot")
