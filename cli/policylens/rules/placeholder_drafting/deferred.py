"""A fact the policy owes, deferred in the published text until the company confirms it (u56f, issue #11 §1;
eval/blind/round55q ruiyang-tw-tsx L66, L75): 「郵件服務與公司信箱的保存期限及管理方式，將由公司正式確認後公告。」,
「正式個資聯絡窗口、資料查詢或更正方式與完整告知內容，待公司確認後公告於本頁。」, 「数据保存期限将在公司确认后另行公告」,
「完整告知內容，仍待公司確認。」.

A draft's way of leaving a slot open: the value (a period, a contact window, a way to query or correct, the complete
notice) is not given, only promised once someone confirms it.  Two forms, each checked against its subject:

- confirmed, then announced: 确认/確認/确定/核定/定案 + 后/後 + (另行) 公告/公布/发布/补充/公示/揭露/说明/提供;
- still awaiting confirmation, ending its sentence: 待 + (公司/营运方…) + (正式) + 确认/確認/确定/定案 right before a
  sentence's end (。．. ；; ！! ？? or the end of its line or text): 「…仍待公司確認。」, not 「…仍待公司確認，請見…」.

The subject, the words before (past 正式, the party, 由/待/在/经, 将/会/仍/尚 and a comma), must end in a fact a policy
states — a period, a contact window or contact details, the person in charge, an address, an e-mail, a phone, a place, a
way to query, correct or handle, the notice's or the policy's content — and its clause must not be the reader's or a
service's (您, 用户, 会员, an order, an event, a prize, a refund, a fee): not 「中奖名单待公司确认后公告于本页」, 「本政策如有更新，
将由公司确认后公告于本页」 (a change the policy promises to announce), 「您的联系方式将在公司确认后更新」, 「退款方式将由公司确认后另行
公告」, 「注销申请将由公司确认后生效」.  Cases: tests/test_u56f_deferred.py.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import SentenceBreaks
from policylens.rules.context import Context, TextUnit, prose_spans

_CONFIRM = r"(?:确认|確認|确定|確定|核定|定案)"
_PARTIES = (
    "本公司", "公司", "营运方", "營運方", "運營方", "运营方", "营运者", "營運者", "运营者", "運營者", "经营者", "經營者",
    "主办方", "主辦方", "我们", "我們",
)  # fmt: skip
# confirmed, then announced (the verb first: a literal start); still awaiting confirmation at its sentence's end
_DEFERRED = lazy(
    rf"{_CONFIRM}[后後][ \t\u3000]*+(?:另行|再行|统一|統一|正式)?[ \t\u3000]*+"
    r"(?:公告|公布|发布|發布|补充|補充|公示|揭露|说明|說明|提供)"
    rf"|待(?:{'|'.join(_PARTIES)})?(?:正式)?{_CONFIRM}(?![^。．.；;！!？?\n])"
)
_NEEDS = lazy("[认認定]")
# the words between the subject and the verb, stripped from the end in this order
_STRIPPED = (
    ("正式",),
    _PARTIES,
    ("由", "待", "在", "经", "經", "于", "於"),
    ("将", "將", "会", "會", "仍", "尚", "另", "均", "皆"),
)
# the subject ends in a fact the policy states
# (a tuple for `str.endswith`: a pattern ending in \Z searched the whole sentence before each deferral, quadratic in a
# long paragraph of them, review u56rv)
_FACT_END = (
    *("期限", "年限", "期間", "期间", "窗口", "联系方式", "聯絡方式", "聯繫方式", "负责人", "負責人", "地址", "邮箱", "郵箱"),
    *("信箱", "电话", "電話", "地点", "地點", "方式", "告知內容", "告知内容", "政策內容", "政策内容", "完整內容", "完整内容"),
)
# the reader anywhere before the verb in its sentence: a step of the reader's own request, 「如您申请更正，具体更正方式待我们确认后
# 提供」 (u56v: the way of a correction the reader asked for, confirmed per request, not a slot the policy leaves open)
_READER = ("您", "你", "用户", "用戶", "会员", "會員")
# the reader's, a member's or a service's own (an order, an event, a prize, a refund, a fee) in the subject's clause: steps
# the policy describes
_NOT_OWED = (
    *_READER,
    *("订单", "訂單", "活动", "活動", "奖", "獎", "退款", "退費", "退费"),
    *("赔偿", "賠償", "补偿", "補償", "费用", "費用", "价格", "價格"),
)
_BLANKS = " \t\u3000"
_CLAUSE_MARK = lazy("[，,：:；;]")


def _rstrip(text: str, a: int, e: int, chars: str) -> int:
    """The end of text[a:e].rstrip(chars)."""
    while e > a and text[e - 1] in chars:
        e -= 1
    return e


def _subject_end(text: str, a: int, e: int) -> int:
    """The end of text[a:e] (the sentence up to the verb) without the words that stand between a subject and its verb
    (indices, not a copy: the sentence may be a paragraph of thousands of deferrals)."""
    e = _rstrip(text, a, e, _BLANKS)
    for words in _STRIPPED:
        for word in words:
            if text.endswith(word, a, e):
                e = _rstrip(text, a, e - len(word), _BLANKS)
                break
    return _rstrip(text, a, e, "，," + _BLANKS)


class _Unit:
    """One text unit's sentence breaks, clause marks and words of `_NOT_OWED`, each found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = SentenceBreaks(text)
        self._marks = [m.start() for m in _CLAUSE_MARK.finditer(text)]
        # by word set: the ends of its words' occurrences, sorted, and the latest start of a word ending at or before each
        self._index: dict[str, tuple[list[int], list[int]]] = {}
        self._clause_starts: dict[int, int] = {}

    def clause_start(self, a: int, e: int) -> int:
        """Where the clause of text[a:e] that ends at `e` starts: after its last clause mark, else at `a`."""
        i = bisect_left(self._marks, e) - 1
        return self._marks[i] + 1 if i >= 0 and self._marks[i] >= a else a

    def owes(self, lo: int, hi: int) -> bool:
        """Does no word of `_NOT_OWED` stand within text[lo:hi]?"""
        return self.none_of("owed", _NOT_OWED, lo, hi)

    def none_of(self, key: str, words: tuple[str, ...], lo: int, hi: int) -> bool:
        """Does no word of `words` (indexed once a unit under `key`) stand within text[lo:hi]?"""
        if key not in self._index:
            found = sorted((i + len(w), i) for w in words for i in _occurrences(self.text, w))
            starts, latest = [], -1
            for _, start in found:
                latest = max(latest, start)
                starts.append(latest)
            self._index[key] = ([end for end, _ in found], starts)
        ends, starts = self._index[key]
        k = bisect_right(ends, hi) - 1
        return k < 0 or starts[k] < lo

    def lead(self, lo: int) -> int:
        """`lo` past the blanks and list or quote marks that open its clause (the clause holds its subject's words)."""
        if lo not in self._clause_starts:
            at = lo
            while self.text[at] in " \t\u3000*>-":
                at += 1
            self._clause_starts[lo] = at
        return self._clause_starts[lo]


def _occurrences(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def deferred_spans(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of a fact the policy owes, deferred until the company confirms it: from its subject's clause
    to the verb of the deferral."""
    seen: _Unit | None = None
    for unit, start, end in prose_spans(ctx, (_DEFERRED,), _NEEDS):
        text = unit.text
        if seen is None or seen.text is not text:
            seen = _Unit(text)
        a, _ = seen.sentences.bounds(start, end)
        e = _subject_end(text, a, start)
        if e == a or not text.endswith(_FACT_END, a, e):
            continue
        lo = seen.clause_start(a, e)
        if not seen.owes(lo, e) or not seen.none_of("reader", _READER, a, e):
            continue
        yield unit, min(seen.lead(lo), start), end
