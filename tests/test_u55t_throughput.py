"""u55t (issue #11): the scan memo's answer for a document worked out from its answer for the document before.

`Context._unknown` gives `_scan_known` a document's distinct texts less the memo's sets (the texts a pattern matches
nowhere in, and with `needs` the texts known to lack it).  Those sets only grow until the memo is emptied, so the
answer for the document the memo numbered just before (`ScanMemo.follow`), cut to the texts this one holds, plus this
one's texts that document did not hold, less the sets, is the same set.  Defect classes: an answer kept across an
emptied memo (its sets no longer hold what the answer left out), an answer of another document than the one just
before (a context scanned again after a later one was admitted), the texts new since the last document left out, an
answer read under another pattern's or another `needs`' key.  Each is checked against the plain difference at every
call, and the hits against the exhaustive per-unit scan.
"""

from __future__ import annotations

import random
import re

import pytest

from helpers import parse_string
from policylens.rules import context as context_module
from policylens.rules import scan_memo
from policylens.rules.context import Context, Settings
from policylens.rules.scan_memo import ScanMemo

_LINES = [
    "我們重視您的隱私。",
    "我們收集的資料如下：",
    "聯絡電話：【請填寫】",
    "電子郵件：a@example.com",
    "地址：【】",
    "本政策適用於本服務。",
    "如有疑問，請與我們聯絡。",
    "更新日期：2024年3月1日",
    "附註：無。",
    "我們不會出售您的資料。",
    "您可以隨時要求刪除。",
    "第三方：【公司名稱】",
]
_PATTERNS: list[tuple[re.Pattern[str], str | re.Pattern[str] | None]] = [
    (re.compile(r"【[^】]*】"), None),
    (re.compile(r"【[^】]*】"), "："),
    (re.compile(r"\d{4}"), "："),
    (re.compile(r"\d{4}"), None),
    (re.compile(r"資料"), re.compile("[：:]")),
    (re.compile(r"聯絡"), None),
    (re.compile(r"@"), "@"),
]


def _document(rng: random.Random, serial: int) -> str:
    """A template policy: most lines shared, some dropped, and now and then a line no other document holds."""
    lines = [line for line in _LINES if rng.random() < 0.9]
    if rng.random() < 0.5:
        lines.insert(rng.randrange(len(lines) + 1), f"本文件第{serial}版：【待定】" if rng.random() < 0.5 else f"獨有的第{serial}段。")
    return "# 隱私權政策\n\n" + "\n\n".join(lines) + "\n"


def _located(ctx: Context, hits: list[context_module.Hit]) -> list[tuple[int, int, int]]:
    units = ctx.units()
    return [(next(i for i, u in enumerate(units) if u is h.unit), h.start, h.end) for h in hits]


def _plain(doc, pattern: re.Pattern[str], needs: str | re.Pattern[str] | None) -> list[tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    ctx = Context(doc, lang="zh-Hant", settings=Settings(), exhaustive=True)
    found = []
    for i, unit in enumerate(ctx.units()):
        if needs is not None and (needs not in unit.text if isinstance(needs, str) else needs.search(unit.text) is None):
            continue
        found += [(i, m.start(), m.end()) for m in pattern.finditer(unit.text)]
    return found


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """`Context._unknown` compared with the plain difference at every call; the list counts the calls that took the
    previous document's answer."""
    calls = [0]
    original = Context._unknown

    def unknown(self: Context, key: object, *known: set[str]) -> set[str]:
        last = self.memo.answers.get(key)  # type: ignore[union-attr]
        if last is not None and last[0] == self._serial - 1:
            calls[0] += 1
        answer = original(self, key, *known)
        assert answer == self._distinct.difference(*known)
        return answer

    monkeypatch.setattr(Context, "_unknown", unknown)
    return calls


def test_each_documents_answers_are_the_plain_difference_and_the_hits_the_plain_hits(checked: list[int]) -> None:
    """Sixty template documents one after the other (six seeds), every pattern with and without needs, some twice in
    a document: each answer the plain difference, each scan's hits the exhaustive ones (and the previous document's
    answers were used)."""
    for seed in range(6):
        rng = random.Random(seed)
        memo = ScanMemo()
        for serial in range(60):
            doc = parse_string(_document(rng, serial), ".md")
            ctx = Context(doc, lang="zh-Hant", settings=Settings(), memo=memo)
            for pattern, needs in rng.sample(_PATTERNS, len(_PATTERNS)) + rng.sample(_PATTERNS, 2):
                assert _located(ctx, list(ctx.scan(pattern, needs=needs))) == _plain(doc, pattern, needs)
    assert checked[0] > 600


def test_a_context_scanned_again_after_later_ones_were_admitted(checked: list[int]) -> None:
    """Contexts interleaved: an earlier document scanned again after two later ones were admitted reads no answer
    given for them (it is not the document numbered before them), and its own answers stay right."""
    rng = random.Random(7)
    memo = ScanMemo()
    contexts = []
    for serial in range(12):
        doc = parse_string(_document(rng, serial), ".md")
        contexts.append((doc, Context(doc, lang="zh-Hant", settings=Settings(), memo=memo)))
    for _ in range(3):
        for doc, ctx in rng.sample(contexts, len(contexts)):
            for pattern, needs in _PATTERNS:
                assert _located(ctx, list(ctx.scan(pattern, needs=needs))) == _plain(doc, pattern, needs)


def test_an_emptied_memo_forgets_the_answers(monkeypatch: pytest.MonkeyPatch, checked: list[int]) -> None:
    """A memo that starts again empty between documents and inside one (tiny bounds): no answer outlives its sets."""
    monkeypatch.setattr(scan_memo, "MAX_ENTRIES", 25)
    monkeypatch.setattr(scan_memo, "MAX_CHARS", 400)
    rng = random.Random(11)
    memo = ScanMemo()
    for serial in range(40):
        doc = parse_string(_document(rng, serial), ".md")
        ctx = Context(doc, lang="zh-Hant", settings=Settings(), memo=memo)
        for pattern, needs in _PATTERNS:
            assert _located(ctx, list(ctx.scan(pattern, needs=needs))) == _plain(doc, pattern, needs)
        assert not memo.answers or max(serial for serial, _ in memo.answers.values()) <= memo.serial
    memo.clear()
    assert memo.answers == {}


def test_follow_numbers_documents_and_gives_their_new_texts() -> None:
    """`ScanMemo.follow`: each document its number, and its texts the one before did not hold."""
    memo = ScanMemo()
    assert memo.follow({"a", "b"}) == (1, {"a", "b"})
    assert memo.follow({"b", "c"}) == (2, {"c"})
    assert memo.follow(set()) == (3, set())
    assert memo.follow({"a"}) == (4, {"a"})


def test_a_large_answer_is_not_kept() -> None:
    """An answer of more than `_ANSWER_MAX` texts is not kept (the memo's memory stays bounded by its keys)."""
    many = "# 隱私權政策\n\n" + "\n\n".join(f"第{i}段：【】" for i in range(3 * context_module._ANSWER_MAX)) + "\n"
    memo = ScanMemo()
    doc = parse_string(many, ".md")
    first = Context(doc, lang="zh-Hant", settings=Settings(), memo=memo)
    list(first.scan(re.compile("【】")))  # new texts: the joined text, nothing recorded but what repeats
    second = Context(doc, lang="zh-Hant", settings=Settings(), memo=memo)
    assert len(list(second.scan(re.compile("【】")))) == 3 * context_module._ANSWER_MAX
    assert all(len(texts) <= context_module._ANSWER_MAX for _, texts in memo.answers.values())


def test_a_break_only_line_holds_one_of_the_break_tags() -> None:
    """`load.text._BREAK_TAGS`: what `(?i)` lets 「<」, 「b」 and 「r」 match is those ASCII cases only (every code point), so
    every line `_BREAK_ONLY` takes holds one of them; constructed lines of each case and spacing agree."""
    from policylens.load import text as load_text

    for char, cases in (("<", {"<"}), ("b", {"b", "B"}), ("r", {"r", "R"})):
        pattern = re.compile("(?i)" + re.escape(char))
        assert {chr(c) for c in range(0x110000) if pattern.fullmatch(chr(c))} == cases
    assert set(load_text._BREAK_TAGS) == {f"<{b}{r}" for b in "bB" for r in "rR"}
    lines = ["<br/>", " <BR> <bR />", "\u3000<Br>", "<br >x", "<b>粗体</b>", "a<br>", "<brr>", "<p>", "", "<BR/><br/>"]
    for line in lines:
        taken = load_text._BREAK_ONLY.fullmatch(line) is not None
        assert not taken or any(tag in line for tag in load_text._BREAK_TAGS), line


def test_read_text_blanks_the_same_break_lines() -> None:
    """`read_text` of texts with and without break tags (a 「<」 elsewhere): the blocks the plain form gives."""
    from policylens.load import text as load_text

    texts = [
        "一、个人信息的定义\n<br/>\n我们收集的信息。\n",
        "一、标题\n<BR>\n正文 a < b。\n",
        "一、标题\n正文 a < b，没有换行标签。\n<p>段落</p>\n",
        "标题\n  <Br />  \n内容\n",
    ]
    for text in texts:
        parsed = load_text.read_text(text)
        raw = [("" if load_text._BREAK_ONLY.fullmatch(line) else line) for line in text.split("\n")]
        assert [b.text for b in parsed.blocks] == [b.text for b in load_text.read_text("\n".join(raw)).blocks], text
