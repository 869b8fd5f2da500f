"""Hardening u56h: `placeholder_drafting.deferred` and `placeholder_drafting.before_launch` (u56f) asked
`patterns.sentence_bounds` of every match (a `find`/`rfind` per break character from the match to the paragraph's ends),
`deferred` copied the sentence up to each deferral and searched it for the reader's words, `before_launch` searched each
request's sentence for the reader: quadratic in a paragraph of thousands (20,000 deferrals: 5.0 s of `check`; 20,000
「須於上線前補齊正確資訊，」: 20.5 s; 0.8 s now).  The unit's sentence breaks are found once (`patterns.SentenceBreaks`),
the subject is stripped by index, its clause and the reader's words found by bisection, each sentence read once.
Two other rule paths changed this session did the same per match: `placeholder_instruction.field_values._declared`
(u56t) asked its unit for 】括] at every match, `script_mixed.editions.japanese_string` (m56p) copied and counted each
character's whole line; each unit is now asked once, the line's quotes counted from one index.

No timed assertion: the characters the searches and slices read, counted, and the same answers as the code it replaced.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from policylens.lazyre import lazy
from policylens.patterns import SentenceBreaks, sentence_bounds
from policylens.rules.placeholder_drafting import before_launch, deferred


class _Read(str):
    """A text that counts the characters its slices copy and its searches (`find`, `rfind`, `in`) read."""

    read = 0

    def __getitem__(self, index: Any) -> Any:
        out = super().__getitem__(index)
        if isinstance(index, slice):
            _Read.read += len(out)
        return out

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        at = super().find(sub, start, end)
        _Read.read += (at if at >= 0 else len(self) if end is None else end) - (start or 0)
        return at

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        at = super().rfind(sub, start, end)
        _Read.read += (len(self) if end is None else end) - max(at, start or 0)
        return at

    def __contains__(self, item: object) -> bool:
        _Read.read += len(self)
        return super().__contains__(item)  # type: ignore[operator]


class _CountedSearch:
    """A compiled pattern whose `search` counts the characters between its bounds."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        _Read.read += (len(text) if endpos is None else endpos) - pos
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)


def _spans_of(text: str) -> Any:
    """`prose_spans` over one unit holding `text` (no code, every match): the matches of each pattern in turn."""

    def spans(_ctx: Any, patterns: Any, _needs: Any = None) -> Iterator[tuple[Any, int, int]]:
        unit = SimpleNamespace(text=text)
        for pattern in patterns:
            for m in pattern.finditer(text):
                yield unit, m.start(), m.end()

    return spans


def _deferred(monkeypatch: pytest.MonkeyPatch, text: str) -> list[tuple[int, int]]:
    monkeypatch.setattr(deferred, "prose_spans", _spans_of(text))
    return [(s, e) for _, s, e in deferred.deferred_spans(None)]  # type: ignore[arg-type]


def _before_launch(monkeypatch: pytest.MonkeyPatch, text: str) -> list[tuple[int, int]]:
    monkeypatch.setattr(before_launch, "prose_spans", _spans_of(text))
    return [(s, e) for _, s, e in before_launch.before_launch_spans(None)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("one", "found"),
    [
        ("保存期限將由公司確認後公告，", True),
        ("保存期限將由公司確認後公告", True),
        ("* 聯絡窗口待公司確認後公布；", True),
        ("您的联系方式将在公司确认后公告", False),
    ],
    ids=["commas", "run-on", "sentences", "reader"],
)
def test_deferred_reads_each_paragraph_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch, one: str, found: bool) -> None:
    text = _Read(one * 3_000)
    _Read.read = 0
    assert bool(_deferred(monkeypatch, text)) is found
    assert _Read.read <= 40 * len(text)  # (it was over 20,000 × len(text))


@pytest.mark.parametrize(
    "one",
    [
        "請於上線前洽詢專業人士，",
        "須於上線前補齊正確資訊，",
        "您須於上線前補齊正確資訊，",
        "Fields must be completed with real information before launch, ",
        "Please confirm with a qualified professional before launch; ",
    ],
    ids=["consult", "fill", "reader", "fill-en", "consult-en"],
)
def test_before_launch_reads_each_paragraph_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch, one: str) -> None:
    monkeypatch.setattr(before_launch, "_READER_ZH", _CountedSearch(before_launch._READER_ZH))
    monkeypatch.setattr(before_launch, "_READER_EN", _CountedSearch(before_launch._READER_EN))
    text = _Read(one * 3_000)
    _Read.read = 0
    _before_launch(monkeypatch, text)
    assert _Read.read <= 40 * len(text)  # (it was over 20,000 × len(text))


def test_the_sentence_index_is_sentence_bounds() -> None:
    rng = random.Random(56)
    pieces = ["。", "！", "？", "；", "!", "?", ";", ".", "\n", "．", "，", "a", "字", " "]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        index = SentenceBreaks(text)
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert index.bounds(start, end) == sentence_bounds(text, start, end), (text, start, end)


# The code this replaced (u56f, with u56rv's `str.endswith`), the reference for the same answers.
_NOT_OWED_U56F = lazy(r"您|你|用户|用戶|会员|會員|订单|訂單|活动|活動|奖|獎|退款|退費|退费|赔偿|賠償|补偿|補償|费用|費用|价格|價格")


def _subject_u56f(before: str) -> str:
    s = before.rstrip(" \t\u3000")
    for words in deferred._STRIPPED:
        for word in words:
            if s.endswith(word):
                s = s[: -len(word)].rstrip(" \t\u3000")
                break
    return s.rstrip("，, \t\u3000")


def _deferred_u56f(text: str) -> list[tuple[int, int]]:
    out = []
    for m in deferred._DEFERRED.finditer(text):
        start, end = m.span()
        a, _ = sentence_bounds(text, start, end)
        subject = _subject_u56f(text[a:start])
        if not subject or not subject.endswith(deferred._FACT_END):
            continue
        clause = max(subject.rfind(c) for c in "，,：:；;") + 1
        if _NOT_OWED_U56F.search(subject, clause) or re.search("您|你|用户|用戶|会员|會員", subject):
            continue  # (u56v) the reader anywhere in the subject: a step of the reader's own request
        lo = a + clause
        while lo < start and text[lo] in " \t\u3000*>-":
            lo += 1
        out.append((lo, end))
    return out


def _before_launch_u56f(text: str) -> list[tuple[int, int]]:
    out = []
    for pattern in (before_launch._CONSULT_ZH, before_launch._CONSULT_EN, before_launch._FILL_ZH, before_launch._FILL_EN):
        for m in pattern.finditer(text):
            start, end = m.span()
            a, b = sentence_bounds(text, start, end)
            if pattern is before_launch._FILL_ZH or pattern is before_launch._FILL_EN or pattern is before_launch._CONSULT_ZH:
                # (u56v) advice to the reader, a merchant, to consult a lawyer: the reader in the sentence, as for _FILL_ZH
                reader = before_launch._READER_EN if pattern is before_launch._FILL_EN else before_launch._READER_ZH
                if reader.search(text, a, b):
                    continue
            while a < start and text[a] in " \t\u3000*>-":
                a += 1
            out.append((a, b))
    return out


_DEFERRED_PIECES = [
    *("保存期限", "聯絡窗口", "联系方式", "完整內容", "地址", "方式", "期限"),  # facts
    *("將", "将", "仍", "由", "待", "在", "公司", "營運方", "正式", "另行"),  # between subject and verb
    *("確認後公告", "确认后公布", "確認", "待公司確認", "定案後提供"),  # the verbs
    *("您", "退费", "费用", "退费用", "奖", "訂單"),  # the reader's or a service's (退费用: two words overlapping)
    *("，", ",", "：", "；", "。", ".", "\n", " ", "\u3000", "*", ">", "-", "x"),
]
_LAUNCH_PIECES = [
    *("請於上線前洽詢專業人士", "須於上線前補齊正確資訊", "Please confirm with a professional before launch"),
    *("請", "須", "您", "用戶", "於", "上線前", "正式發布前", "，", "洽詢", "專業人士", "補齊", "正確", "由經營者"),
    *("Please ", "confirm with ", "a qualified professional ", "before launch", "must be completed with real information "),
    *("your ", "You ", ", ", ". ", "; ", "。", "\n", " ", "*", "-", ">", "x"),
]


def test_deferred_answers_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5656)
    found = 0
    for _ in range(6_000):
        text = "".join(rng.choice(_DEFERRED_PIECES) for _ in range(rng.randint(1, 14)))
        expected = _deferred_u56f(text)
        assert _deferred(monkeypatch, text) == expected, text
        found += bool(expected)
    assert found >= 100  # the random texts reach the form


def test_before_launch_answers_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(56561)
    found = 0
    for _ in range(6_000):
        text = "".join(rng.choice(_LAUNCH_PIECES) for _ in range(rng.randint(1, 14)))
        expected = _before_launch_u56f(text)
        assert _before_launch(monkeypatch, text) == expected, text
        found += bool(expected)
    assert found >= 100  # the random texts reach the forms


def test_the_reference_finds_what_the_fuzz_needs() -> None:
    """The random texts reach both rules' forms (else the comparisons above compare nothing)."""
    assert _deferred_u56f("保存期限將由公司確認後公告。") and not _deferred_u56f("退费用的保存期限將由公司確認後公告。")
    assert _before_launch_u56f("請於上線前洽詢專業人士。") and not _before_launch_u56f("您須於上線前補齊正確資訊。")


@pytest.mark.parametrize("one", ["［］内为占位符，", "［］内为占位符。【】内为占位符，"], ids=["full-width", "found"])
def test_declared_asks_each_unit_once(one: str) -> None:
    """`placeholder_instruction.field_values._declared` (u56t) asked its unit for 】, 括 and ] at every match: a
    paragraph of thousands of 「［］内为占位符」 (no 】) was read once per match."""
    from policylens.rules.placeholder_instruction.field_values import _DECLARES, _declared

    text = _Read(one * 3_000)
    unit = SimpleNamespace(text=text)
    ctx = SimpleNamespace(scan=lambda pattern, needs=None: (SimpleNamespace(unit=unit) for _ in _DECLARES.finditer(text)))
    _Read.read = 0
    assert _declared(ctx) is ("【" in one)  # type: ignore[arg-type]
    assert _Read.read <= 40 * len(text)


def _japanese_string_m56p(text: str, start: int) -> bool:
    """`script_mixed.editions.japanese_string` as m56p merged it (the reference), with u58p's object named for Japanese."""
    from policylens.rules.script_mixed.editions import (
        _JAPANESE_KEY,
        _JAPANESE_LABEL,
        _JAPANESE_OBJECT,
        _KEY_BACK,
        _NAME_BACK,
        _OBJECT_BACK,
        _japanese_sentence,
    )

    if _japanese_sentence(text, start):
        return True
    brace = text.rfind("{", max(0, start - _OBJECT_BACK), start)
    if brace >= 0 and "}" not in text[brace:start]:
        before = text[brace:start]
        if not any(before.count(q) % 2 for q in "\"'`"):
            return False
        if _JAPANESE_LABEL.search(before) is not None or _JAPANESE_OBJECT.search(text, max(0, brace - _NAME_BACK), brace):
            return True  # (u58p: `privacy_ja = {`, the object's own name)
    else:
        before = text[text.rfind("\n", 0, start) + 1 : start]
        if not any(before.count(q) % 2 for q in "\"'`"):
            return False
    quote = max(before.rfind(q) for q in "\"'`")
    return _JAPANESE_KEY.search(before, max(0, quote - _KEY_BACK), quote) is not None


def test_japanese_string_answers_as_before() -> None:
    from policylens.rules.script_mixed.editions import japanese_string

    pieces = ["ja", ": ", '"', "'", "`", "\n", "{", "}", "第4条", "個別", "の", "です", "x", "jp", " ", "$", "-", "languageLabel"]
    rng = random.Random(5657)
    found = 0
    for _ in range(4_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        for start in range(len(text)):
            expected = _japanese_string_m56p(text, start)
            assert japanese_string(text, start) == expected, (text, start)
            found += expected
    assert found >= 100


def test_japanese_string_reads_a_long_line_a_bounded_number_of_times() -> None:
    """m56p's key on the line (no open object): each character's line was copied and counted (a paragraph of thousands
    of Traditional characters in a Simplified text: 5.7 s of `check`, 3.1 s now, 2.9 s at the session's start)."""
    from policylens.rules.script_mixed.editions import japanese_string

    text = _Read("这里有一个錯字與個別的說明，" * 2_000)
    _Read.read = 0
    for start in range(0, len(text), 7):
        assert not japanese_string(text, start)
    assert _Read.read <= 400 * len(text)  # (_japanese_sentence's own bounded look, 240 a character; the line's was 4,000 × len)
