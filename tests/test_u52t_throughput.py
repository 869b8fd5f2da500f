"""Issue #11, fifty-second session (u52t): three of the session's new scans made cheaper, with the same answers.

* `placeholder_pending_text._PREPARING_ANY`: one search of a literal alternation answers what 30 `in` tests of the joined
  text answered (any of `_PREPARING_WORDS` in it).
* `placeholder_wp_guide._guide_slots` reads labels only in the units a `ctx.scan(_LABEL_WORD)` hits: those are the units
  whose own text `_LABEL_WORD` finds something in, with or without the scan memo, over a run of documents.
* `field_runs.empty_run_fields` asks the joined text for a colon and `_field` only units holding one (its own first test):
  the same findings as before on the session's field-run forms.

Each is compared with its plain form (kept here) on constructed texts and on the text and Markdown files of `corpora/`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_string
from policylens.model import Document
from policylens.rules.context import Context, Settings
from policylens.rules.placeholder_empty import field_runs
from policylens.rules.placeholder_pending_text import _PREPARING_ANY, _PREPARING_WORDS
from policylens.rules.placeholder_wp_guide import _LABEL_WORD
from policylens.rules.scan_memo import ScanMemo

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted([*(ROOT / "corpora").rglob("*.txt"), *(ROOT / "corpora").rglob("*.md")])[:40]


def _constructed() -> list[str]:
    texts = ["", "本政策。", "\n", "To b", "o be", "준", "비"]
    for word in _PREPARING_WORDS:
        texts += [word, f"前{word}後", word[:-1], word[1:], f"{word[:-1]}\n{word[-1]}", word.swapcase()]
    return texts


@pytest.mark.parametrize("text", _constructed() + [p.read_text(encoding="utf-8") for p in TEXTS])
def test_the_preparing_words_alternation_answers_as_the_in_tests(text: str) -> None:
    assert (_PREPARING_ANY.search(text) is not None) == any(word in text for word in _PREPARING_WORDS)


_LABEL_TEXTS = [
    "建议文本:如果您在本站留言，我们会收集……",
    "Media\n建议文本:如果您向此网站上传图片……",
    "**Suggested text:** When visitors leave comments…",
    "本政策的內容與文字",
    "SUGGESTED\ntext",
    "沒有標籤的段落。",
]


def _docs() -> list[Document]:
    docs = [parse_string("# 隐私政策\n\n" + "\n\n".join(_LABEL_TEXTS) + "\n")]
    docs += [parse_string(p.read_text(encoding="utf-8")) for p in TEXTS]
    return docs


@pytest.mark.parametrize("memo", [None, "run"])
def test_the_label_word_scan_finds_the_units_a_search_of_each_finds(memo: str | None) -> None:
    shared = ScanMemo() if memo else None
    for doc in _docs() * 2:  # twice: the memo's second reading of each text
        ctx = Context(doc, lang="zh-Hans", settings=Settings(), memo=shared)
        worded = {id(unit) for unit, _, _, _ in ctx.scan(_LABEL_WORD)}
        assert worded == {id(u) for u in ctx.units() if _LABEL_WORD.search(u.text)}


def _plain_empty_run_fields(ctx: Context) -> list[tuple[int, int, int]]:
    """The plain form: `_field` of every unit, the colon asked of each unit's text."""
    units = ctx.units()
    if ctx.doc.catalogue is not None or not any(":" in u.text or "：" in u.text for u in units):
        return []
    fields = [field_runs._field(u) for u in units]
    found: list[tuple[int, int, int]] = []
    i = 0
    while i < len(units):
        if fields[i] is None:
            i += 1
            continue
        j = i + 1
        while j < len(units) and fields[j] is not None and field_runs._siblings(units[j - 1], units[j]):
            j += 1
        found += [(id(unit), start, end) for unit, start, end in field_runs._run(ctx, units, fields, i, j)]
        i = j
    return found


_FIELD_TEXTS = [
    "客戶支援資訊\n\n  • 收集目的:\n  • 收集來源:\n  • 收集目的:提供客戶支援。\n  • 收集來源:從您那裡收集。\n",
    "## 联系我们\n\n电子邮件：\n\n电话：\n\n地址：\n\n## 其他\n\n无。\n",
    "Email:\n\nPhone:\n\nAddress:\n",
    "没有冒号的段落。\n\n另一段。\n",
]


@pytest.mark.parametrize("text", _FIELD_TEXTS + [p.read_text(encoding="utf-8") for p in TEXTS[:20]])
def test_empty_run_fields_finds_what_the_plain_form_finds(text: str) -> None:
    ctx = Context(parse_string(text), lang="zh-Hans", settings=Settings())
    fast = [(id(unit), start, end) for unit, start, end in field_runs.empty_run_fields(ctx)]
    assert fast == _plain_empty_run_fields(ctx)
