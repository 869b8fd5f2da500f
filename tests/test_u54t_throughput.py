"""u54t (issue #11): the scan memo's bookkeeping made cheaper, the same hits.

`Context._scan_known` takes a document's texts known to lack a scan's `needs` out of its distinct texts first, then
those known to match nothing (one `set.difference` of both sets, where a copy of most texts was made to be emptied),
and `Context.scan` with a memo returns the memo's generator itself.  Defect classes: a unit skipped or scanned twice
when both sets know some of its texts (the order of the two differences), a scan that runs before it is read or that
admits an empty document's texts (the generator handed back), hits out of document order.  And a dated text's own
dates are worked out once per text (`metadata.dates._text_dates`, a `structure.memo` Table): a remembered answer that
is not the one worked out; the same for the tests `labels._page_line` asks of a line's own text (`_page_text`).
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


def test_a_texts_dates_remembered_are_the_dates_worked_out() -> None:
    """`_text_dates` (a structure.memo Table) against `_hinted_dates` + `find_english_dates`: constructed dated lines of every
    form (Chinese, ROC, ISO, English month names, full-width digits, none) and every dated text of `corpora/`, asked twice
    and after the tables are emptied."""
    from pathlib import Path

    from policylens.joined import Joined
    from policylens.structure import memo as structure_memo
    from policylens.structure.metadata.dates import _DATE_HINT, _hinted_dates, _text_dates, find_english_dates

    texts = [
        "更新日期：2024年3月1日",
        "生效日期：中華民國113年5月20日",
        "本政策自2021-03-30起生效，最後更新於 April 7, 2026。",
        "Last updated: 7 April 2026 / 2026年4月7日",
        "更新日期：２０２４年３月１日",
        "二〇二四年三月一日",
        "第3條 本政策無日期",
    ]
    for path in sorted((Path(__file__).resolve().parents[1] / "corpora").rglob("*")):
        if path.suffix in (".txt", ".md"):
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            texts += [lines[i] for i in Joined(lines).having(_DATE_HINT)]
    structure_memo.clear()
    for _ in range(2):
        for text in texts:
            want = (*_hinted_dates(text), *find_english_dates(text))
            assert _text_dates(text) == want
            assert _text_dates(text) == want  # remembered
        structure_memo.clear()


def _old_page_line(blocks, i: int) -> bool:  # type: ignore[no-untyped-def]
    """`labels._page_line` as it was before u54t: every test of the line's own text asked at each call."""
    from policylens.normalise import fold
    from policylens.patterns import unwritten_body
    from policylens.structure.headings import labels as lb
    from policylens.structure.shapes import unemphasise

    text = fold(unemphasise(blocks[i].text)).strip()
    if lb._VERSION_LINE.match(text) or lb._LINK_ROW.match(text) or text.endswith(lb._ARROWS) or lb._COPYRIGHT.search(text):
        return True
    if lb._BUTTON.match(text) or lb._TAKES_EFFECT.search(text) or unwritten_body(text) is not None:
        return True
    if lb._FIELD_NAME.fullmatch(text) and i + 1 < len(blocks) and lb._VALUE_LINE.fullmatch(fold(blocks[i + 1].text).strip()):
        return True
    if i == 0:
        return False
    tail = (
        (lb._CONTACT_SUBJECT.match(text) and (lb._WE_WILL.match(text) or text.endswith(lb._TAIL_ENDS)) and not lb._QUESTION.search(text))
        or lb._PHONE.search(text)
        or (lb._ADDRESS_PART.search(text[-1:]) and any(ch.isdigit() for ch in text))
    )
    if tail and lb._FIELD_LINE.search(fold(blocks[i - 1].text)) is not None:
        return True
    if i < 2 or not lb._CHANNEL_FEATURE.search(text):
        return False
    return all(lb._LIST_FIELD.search(fold(blocks[k].text).strip()) is not None for k in (i - 1, i - 2))


def test_page_lines_with_their_own_tests_remembered_are_the_page_lines_worked_out() -> None:
    """`_page_line` (its line's own tests kept per text, `_page_text`) against the old form: constructed page lines of every
    kind (version, link row, copyright, button, statement of effect, unwritten body, field name over its value, a contact
    block's tail, a contact feature under two fields, at the first blocks too) and every block of `corpora/`'s text and
    Markdown files, asked twice and after the tables are emptied."""
    from pathlib import Path

    from policylens.load import load
    from policylens.model import Block
    from policylens.structure import memo as structure_memo
    from policylens.structure.headings.labels import _page_line

    def block(text: str) -> Block:
        return Block("paragraph", text, 1, 1, 1, (), None, False)

    made = [
        "版本 v1.0 · 生效日期 2026年4月15日",
        "查看《服务条款》 →",
        "© 2025 某某APP 版权所有",
        "同意并继续",
        "本声明自更新之日起生效",
        "暂无内容",
        "电话",
        "400-888-9999",
        "邮箱：a@example.com",
        "我们会尽快处理您的反馈",
        "客服电话 400 888 9999",
        "嘉华国际中心9楼909室",
        "邮箱1: a@example.com",
        "微信: abc",
        "应用内置的联系我们功能",
        "**联系我们**",
        "第三条 信息的使用",
    ]
    lists = [[block(t) for t in made], [block(t) for t in reversed(made)], [block(t) for t in made[6:]]]
    for path in sorted((Path(__file__).resolve().parents[1] / "corpora").rglob("*")):
        if path.suffix in (".txt", ".md"):
            lists.append(list(load(str(path)).parsed.blocks))
    structure_memo.clear()
    for _ in range(2):
        for blocks in lists:
            for i in range(len(blocks)):
                want = _old_page_line(blocks, i)
                assert _page_line(blocks, i) == want
                assert _page_line(blocks, i) == want  # remembered
        structure_memo.clear()
    assert any(_old_page_line(blocks, i) for blocks in lists[:3] for i in range(len(blocks)))
