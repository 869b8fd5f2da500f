"""Slot forms of `placeholder-instruction` from shop platforms' policy templates (issue #11, fifty-second session, u52p,
after eval/blind/round51e's misses; not blind).  Each form has constructed variants both ways in
`tests/test_u52p_placeholders.py`:

- a platform's default notice that the store is still being built and its policy not yet updated, and the template's
  instruction to the merchant, published as the policy (SHOPLINE: 「商店建置中,以下資訊為尚未更新,實際政策仍需與商家聯繫
  確認。」, 「在發佈如下政策之前,您應該諮詢獨立的法律意見。您應仔細閱讀SHOPLINE以下提供的資訊,並根據您的實際需要修改,刪除或添加
  …」; its Simplified wording; its English edition "This Store is still under preparation, the following information shall
  not be accurate or updated…", "You should also consult independent legal advice before publishing these agreements.").
  A closed set of the template's sentences, each anchored on words a shop's own policy never writes to its customers
  (商店建置中 with 尚未更新; 在發佈如下政策之前; 根據您的實際需要修改…刪除或添加; "before publishing these agreements";
  "modify, delete or add").  Not a shop's own notice 「商店建置中，敬請期待」 (no policy said to be out of date), nor
  「本公司得依實際需要修改本政策」 (the operator's right to amend, no 刪除或添加 by the reader).  One finding a paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.rules.context import Context, TextUnit, in_code

# --- a shop platform's default notice and its instruction to the merchant ------------------------------------------

_NOTICE = lazy(
    # the store being built, its policy not yet updated (Traditional, Simplified)
    r"商店(?:建置|建設|建设|籌備|筹备)中[ \t\u3000]*[,，、]?[^。\n]{0,20}?(?:尚未更新|未更新)"
    # the instruction to the merchant: before publishing, consult; modify, delete or add as you need
    r"|在(?:發佈|發布|发布)如下政策之前"
    r"|(?:根據|根据)(?:您|你)的(?:實際|实际)需要(?:修改|修訂|修订)[,，、]?[ \t\u3000]*(?:刪除|删除)(?:或|和|及)(?:添加|增加|新增)"
    r"|(?:您|你)(?:應|应)(?:仔細|仔细)(?:閱讀|阅读)[ \t\u3000]*SHOPLINE[ \t\u3000]*以下提供的(?:資訊|信息|资讯)"
    r"|(?i:\bthis\s+store\s+is\s+still\s+under\s+preparation\b"
    r"|\b(?:consult|seek)\s+independent\s+legal\s+advice\s+before\s+publishing\s+th(?:ese|is|is\s+policy|e\s+following)"
    r"|\bread\s+the\s+generated\s+information\s+with\s+care\s+and\s+modify,?\s+delete\s+or\s+add\b)"
)
_NOTICE_NEEDS = lazy(r"商店|如下政策|需要修|SHOPLINE|(?i:store|independent|generated)")
# a sentence's end (the finding runs to it)
_SENTENCE_END = lazy(r"[。！？!?]|\.(?=\s|$)")


def _notice_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    reported: set[int] = set()  # id(unit): one finding a paragraph
    for unit, start, _, _ in ctx.scan(_NOTICE, needs=_NOTICE_NEEDS):
        if id(unit) in reported or in_code(unit, start):
            continue
        reported.add(id(unit))
        m = _SENTENCE_END.search(unit.text, start)
        yield unit, start, m.end() if m else len(unit.text.rstrip())


def storefront_slots(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of every slot of the forms above."""
    yield from _notice_slots(ctx)
