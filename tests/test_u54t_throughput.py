"""u54t (issue #11): the scan memo's bookkeeping made cheaper, the same hits.

`Context._scan_known` takes a document's texts known to lack a scan's `needs` out of its distinct texts first, then
those known to match nothing (one `set.difference` of both sets, where a copy of most texts was made to be emptied),
and `Context.scan` with a memo returns the memo's generator itself.  Defect classes: a unit skipped or scanned twice
when both sets know some of its texts (the order of the two differences), a scan that runs before it is read or that
admits an empty document's texts (the generator handed back), hits out of document order.
"""

from __future__ import annotations

import re

from helpers import parse_string
from policylens.rules.context import Context, Settings
from policylens.rules.scan_memo import ScanMemo

# Template policies: most paragraphs shared, so the memo knows most texts of the later documents (its "mostly known"
# way), some holding the needed 「：」 with and without a match, some lacking it.
_TEMPLATE = (
    "# {name}隱私權政策\n\n"
    "更新日期：2024年3月1日\n\n"
    "聯絡電話：{phone}\n\n"
    "電子郵件：{mail}\n\n"
    "我們重視您的隱私。\n\n"
    "我們收集的資料如下。\n\n"
    "本政策適用於本服務。\n\n"
    "如有疑問，請與我們聯絡。\n\n"
    "{extra}"
)
_VARIANTS = [
    {"name": "甲", "phone": "02-1234-5678", "mail": "a@example.com", "extra": ""},
    {"name": "乙", "phone": "【請填寫】", "mail": "a@example.com", "extra": "地址：【】\n"},
    {"name": "甲", "phone": "02-1234-5678", "mail": "【】", "extra": "附註：無。\n"},
    {"name": "丙", "phone": "02-1234-5678", "mail": "a@example.com", "extra": ""},
]
_SLOT = re.compile(r"【[^】]*】")
_DIGITS = re.compile(r"\d{4}")


def _hits(ctx: Context, pattern: re.Pattern[str], needs: str | re.Pattern[str] | None) -> list[tuple[int, int, int]]:
    units = ctx.units()
    return [(next(i for i, u in enumerate(units) if u is h.unit), h.start, h.end) for h in ctx.scan(pattern, needs=needs)]


def test_scans_with_needs_give_the_plain_hits_when_the_memo_knows_texts_both_ways() -> None:
    """Texts known to lack 「：」 and texts known to hold it without a match, in every later document: the plain hits."""
    docs = [parse_string(_TEMPLATE.format(**v), ".md") for v in _VARIANTS]
    memo = ScanMemo()
    for doc in docs * 3:  # later passes: every shared text known, both to lack the needs and to match nothing
        for pattern, needs in ((_SLOT, "："), (_SLOT, re.compile("[：:]")), (_DIGITS, "："), (_SLOT, None), (_DIGITS, None)):
            with_memo = _hits(Context(doc, lang="zh-Hant", settings=Settings(), memo=memo), pattern, needs)
            plain = _hits(Context(doc, lang="zh-Hant", settings=Settings(), exhaustive=True), pattern, None)
            wanted = [h for h in plain if needs is None or _holds(doc, h[0], needs)]
            assert with_memo == wanted
    assert len(memo) > 0  # the memo was used


def _holds(doc, index: int, needs: str | re.Pattern[str]) -> bool:  # type: ignore[no-untyped-def]
    text = Context(doc, lang="zh-Hant", settings=Settings()).units()[index].text
    return needs in text if isinstance(needs, str) else needs.search(text) is not None


def test_a_scan_with_a_memo_does_nothing_until_it_is_read() -> None:
    """The generator handed back: the document's texts are admitted when the scan is read, not when it is asked for."""
    doc = parse_string(_TEMPLATE.format(**_VARIANTS[1]), ".md")
    memo = ScanMemo()
    ctx = Context(doc, lang="zh-Hant", settings=Settings(), memo=memo)
    scan = ctx.scan(_SLOT)
    assert not memo.shared()  # nothing admitted yet
    assert [h.unit.text[h.start : h.end] for h in scan] == ["【請填寫】", "【】"]
    assert memo.shared()


def test_a_document_without_units_scans_to_nothing_and_admits_nothing() -> None:
    """No units: no hit, and the memo is left as it was (as before: the empty document never reached the memo)."""
    doc = parse_string("\n", ".md")
    memo = ScanMemo()
    ctx = Context(doc, lang="zh-Hant", settings=Settings(), memo=memo)
    assert ctx.units() == []
    assert list(ctx.scan(_SLOT)) == [] and list(ctx.scan(_SLOT, needs="【")) == []
    assert not memo.shared() and len(memo) == 0
