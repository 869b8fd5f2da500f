"""Editions of both Chinese scripts in one document for script-mixed: blocks that are one text converted or each under a
heading naming its edition, sentences that alternate with their twins (`_editions`), and strings keyed by their locale
tag several on a line (`_Editions`); a Japanese edition's string in a script module read as text (`japanese_string`, u48k)."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from policylens.lazyre import lazy
from policylens.patterns import SENTENCE_MARKS
from policylens.rules.context import Context, TextUnit
from policylens.rules.script_mixed.converter import _converter
from policylens.rules.script_mixed.han_runs import _HAN_RUN
from policylens.script import count_script

# A heading that names one edition: 「简体中文 (ZH-CN)」, 「繁體中文版」, "zh-Hant".
_NAMES_HANS = lazy(r"简体|簡體|简中|(?<![A-Za-z])zh[-_](?:cn|hans|sg)(?![A-Za-z])", re.I)
_NAMES_HANT = lazy(r"繁體|繁体|正體|正体|繁中|(?<![A-Za-z])zh[-_](?:tw|hk|mo|hant)(?![A-Za-z])", re.I)
# A sentence: cut at full stops, line ends and the ` // ` or `|` between parallel editions.
_SENTENCE = lazy(rf"[^{SENTENCE_MARKS}\n|/]+[{SENTENCE_MARKS}]?")
_PARALLEL_SHARE = 0.6  # of the minority script's sentences that have a twin in the majority script
_BLOCK_SHARE = 0.3  # of the script-specific characters in the smaller of two block editions
_BLOCK_SWITCHES = 4  # changes of script between consecutive paragraphs, for block editions
_BLOCK_SAME = 0.7  # of the smaller block edition's character pairs found in the larger one
# of a sentence's character pairs found in one sentence of the other script: a Taiwan edition's sentence
# shares 0.6 or more with its mainland twin; a Simplified section pasted into the seed had 0.02–0.05 of its
# sentences over it (corpora/)
_TWIN_SAME = 0.6


def _sentences(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(start, end, Traditional-only count, Simplified-only count) of each sentence of `text`."""
    for m in _SENTENCE.finditer(text):
        t, s = count_script(m.group(0))
        if t or s:
            yield m.start(), m.end(), t, s


def _editions(units: list[str], text: str, headings: Sequence[str] = ()) -> bool:
    """Does a mixed document hold editions in both scripts by design, rather than text pasted
    from another edition?  Either the editions are blocks (a Simplified edition, then a
    Traditional one: at most `_BLOCK_SWITCHES` changes of script from one paragraph to the
    next, and the smaller edition is at least `_BLOCK_SHARE` of the script-specific
    characters) that are one text converted (`_same_text`) or each under a heading naming
    its edition (「繁體中文 (ZH-TW)」 … 「简体中文 (ZH-CN)」: a Taiwan and a mainland
    edition written apart share only half their words), or they alternate sentence by
    sentence (`_twins`)."""
    t_all, s_all = count_script(text)
    if min(t_all, s_all) >= _BLOCK_SHARE * (t_all + s_all):
        blocks: dict[bool, list[str]] = {True: [], False: []}
        scripts = []
        for unit in units:
            t, s = count_script(unit)
            if t != s:
                scripts.append(t > s)
                blocks[t > s].append(unit)
        switches = sum(1 for a, b in itertools.pairwise(scripts) if a != b)
        if switches <= _BLOCK_SWITCHES and (_named_editions(headings) or _same_text(" ".join(blocks[True]), " ".join(blocks[False]))):
            return True
    return _twins(text, "hant" if t_all >= s_all else "hans")


def _named_editions(headings: Sequence[str]) -> bool:
    """Do the headings name both editions, each in a heading of its own (not one title that
    names both, as a language menu does)?"""
    hans = any(_NAMES_HANS.search(h) and not _NAMES_HANT.search(h) for h in headings)
    hant = any(_NAMES_HANT.search(h) and not _NAMES_HANS.search(h) for h in headings)
    return hans and hant


def _same_text(hant: str, hans: str) -> bool:
    """Is one edition a conversion of the other?  Folded to Traditional, most character pairs
    of the smaller one (`_BLOCK_SAME`) occur in the larger.  A conversion gives about 0.95; a
    Simplified section pasted into a Traditional policy shares only the words of the genre
    (0.2–0.4 on the corpus)."""
    a, b = _pairs(hant), _pairs(hans)
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return bool(small) and len(small & large) >= _BLOCK_SAME * len(small)


def _twins(text: str, own: str) -> bool:
    """Does a mixed text hold the same sentences in both scripts?  Most sentences of the
    minority script (`_PARALLEL_SHARE`) must have a twin in the majority script: folded to
    Traditional with OpenCC's character table, most of their character pairs
    occur in one majority sentence (`_TWIN_SAME`).  Pairs, not whole sentences: a Taiwan edition writes
    資料 and 登入 where the mainland one writes 信息 and 登录."""
    majority: list[set[str]] = []
    minority: list[set[str]] = []
    for start, end, t, s in _sentences(text):
        pairs = _pairs(text[start:end])
        if len(pairs) < 3:
            continue
        (majority if (t > s) == (own == "hant") else minority).append(pairs)
    if len(minority) < 3 or len(minority) * len(majority) > 250_000:  # (a bound on the work: real pages have far fewer)
        return False
    twinned = sum(1 for pairs in minority if any(len(pairs & other) >= _TWIN_SAME * len(pairs) for other in majority))
    return twinned >= _PARALLEL_SHARE * len(minority)


def _pairs(text: str) -> set[str]:
    """The character pairs of the Han characters of `text`, folded to Traditional."""
    fold = _converter("hant")
    han = "".join(fold.get(c, c) for c in "".join(_HAN_RUN.findall(text)))
    return {han[i : i + 2] for i in range(len(han) - 1)}


class _Editions:
    """(u42k2) Strings keyed by their locale, several on a line (`load.catalogue.keyed_strings`: a content module of
    one-line objects `{ "zh-Hant": "私隱政策", "zh-Hans": "隐私政策", en: "…" }`, the two titles one sentence held to one
    script): the script of the edition a character is in, when the document gives strings in both Chinese scripts."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._any: bool | None = None  # does the document key strings by both Chinese scripts' tags? (read once, lazily)
        self._units: dict[int, list[tuple[int, int, str]]] = {}

    def any(self) -> bool:
        """Does the document key strings by both Chinese scripts' tags?"""
        if self._any is None:
            from policylens.load.catalogue import keyed_strings

            self._any = bool(keyed_strings(self._ctx.joined().text))
        return self._any

    def strings(self, unit: TextUnit) -> list[tuple[int, int, str]]:
        """(start, end, `hant` or `hans`) of the unit's strings keyed by a Chinese tag; none unless `any()`."""
        if not self.any():
            return []
        found = self._units.get(id(unit))
        if found is None:
            from policylens.load.catalogue import keyed_strings

            found = self._units[id(unit)] = [k for k in keyed_strings(unit.text, both=False) if k[2] in ("hant", "hans")]
        return found

    def tag(self, unit: TextUnit, start: int) -> str | None:
        """`hant` or `hans`: the tag of the keyed string holding `unit.text[start]`; None outside one (or another tag)."""
        return next((script for a, b, script in self.strings(unit) if a <= start < b), None)


# (u48k, eval/blind/round48 crosync-en-zh-js) the object a string stands in names its Japanese edition: a label
# `languageLabel: "日本語"`, `lang: 'ja'` (a value: not a quoted key, `"ja": …`, review u48r)
_JAPANESE_LABEL = lazy(r"""["'`](?:日本語|日本语|Japanese|ja|jp|ja[-_]JP)["'`](?![ \t]*:)""")
# ... or the string's own key, `ja: "…"`, `"ja-JP": "…"`, right before its opening quote (review u48r: not any key of the
# object before it, so 「{ ja: "利用規約", zh: "…保護…" }」 still reports the Chinese string's 護)
_JAPANESE_KEY = lazy(r"""(?<![\w$-])["']?(?:ja|jp|ja[-_]JP)["']?[ \t]*:[ \t]*\Z""")
_KEY_BACK = 40  # characters looked back from the string's opening quote for its key
# (u58p, cybermoji-privacy-tri.ts L109/L111 of u57f's Japanese probe) ... or the object's own name, right before its brace:
# `export const privacy_ja = {`, `ja: {`, `"ja-JP": {`, `const ja: Messages = {` (a module of editions read as text, as
# English: its Latin outweighs the kana; 「"法的情報"」 and 「"最終更新日: …"」 hold no kana of their own)
_JAPANESE_OBJECT = lazy(
    r"""(?<![\w$])["']?(?:[\w$]{0,40}[_.])?(?:ja|jp|ja[-_]?JP|japanese|Japanese)["']?[ \t]*(?:[:=]|:[^=\n{};]{0,40}=)[ \t]*\Z"""
)
_NAME_BACK = 80  # characters looked back from the object's brace for its name
_OBJECT_BACK = 300  # characters looked back for the object's opening brace


def japanese_string(text: str, start: int) -> bool:
    """Whether `text[start]` stands in a string literal of a script object that names its Japanese edition (see
    `_JAPANESE_LABEL`, or whose own key is `ja`, `_JAPANESE_KEY`): 「{ languageLabel: "日本語", title: "利用規約" }」 read as text is the Japanese title, whose kanji
    are no Traditional characters in a Simplified text.  The object's brace within `_OBJECT_BACK` characters, no
    closing brace between, and the character inside an open quote; with no open object in the unit (one key a line,
    `ja: "第4条（損害賠償）",`), the string's own key on its line.  Or the character stands in a Japanese sentence
    (`_japanese_sentence`)."""
    if _japanese_sentence(text, start):
        return True
    brace = text.rfind("{", max(0, start - _OBJECT_BACK), start)
    if brace >= 0 and "}" not in text[brace:start]:
        before = text[brace:start]
        if not any(before.count(q) % 2 for q in "\"'`"):
            return False  # not inside a string literal
        if _JAPANESE_LABEL.search(before) is not None or _JAPANESE_OBJECT.search(text, max(0, brace - _NAME_BACK), brace):
            return True
        quote = max(before.rfind(q) for q in "\"'`")  # the opening quote of the string holding `start`
        return _JAPANESE_KEY.search(before, max(0, quote - _KEY_BACK), quote) is not None
    # (m56p, eval/blind/round56p kurashiki-tri-ts) no open object in the unit: a script module read as text, one key a
    # line (`ja: "第4条（損害賠償）",`): only the string's own key tells, from the line's start (its quotes counted from
    # one index of the text: a long line of such characters was read once per character, review u56h)
    marks = _Marks.of(text)
    line = marks.line_start(start)
    if not any(marks.count(q, line, start) % 2 for q in "\"'`"):
        return False
    quote = max(marks.last(q, line, start) for q in "\"'`")  # the opening quote of the string holding `start`
    return _JAPANESE_KEY.search(text, max(line, quote - _KEY_BACK), quote) is not None


class _Marks:
    """The line ends and quotes of the last text asked (`of`), found once: `japanese_string` is asked of many characters
    of one unit in turn."""

    _last: _Marks | None = None

    def __init__(self, text: str) -> None:
        self.text = text
        self._at = {c: [i for i, x in enumerate(text) if x == c] for c in "\n\"'`"}

    @classmethod
    def of(cls, text: str) -> _Marks:
        if cls._last is None or cls._last.text is not text:
            cls._last = cls(text)
        return cls._last

    def line_start(self, start: int) -> int:
        """After the last line end before `start`, else 0."""
        at = self._at["\n"]
        i = bisect_left(at, start)
        return at[i - 1] + 1 if i else 0

    def count(self, c: str, lo: int, hi: int) -> int:
        """text.count(c, lo, hi)."""
        at = self._at[c]
        return bisect_left(at, hi) - bisect_left(at, lo)

    def last(self, c: str, lo: int, hi: int) -> int:
        """text.rfind(c, lo, hi) (-1 when none)."""
        at = self._at[c]
        i = bisect_left(at, hi) - 1
        return at[i] if i >= 0 and at[i] >= lo else -1


_KANA = lazy("[\u3041-\u3096\u30a1-\u30fa\u30fc]")
# a sentence's bounds: a sentence mark, a quote, a line end, a bracket of JSON or code
_SENTENCE_BOUND = frozenset("。！？!?\"'`\n{}[]")
_SENTENCE_BACK = 120  # characters looked at on either side


def _japanese_sentence(text: str, start: int) -> bool:
    """Whether `text[start]` stands in a Japanese sentence: between its bounds (`_SENTENCE_BOUND`, at most
    `_SENTENCE_BACK` characters either side) at least two kana, a fifth of its Han and kana (as `structure.language`
    tells Japanese).  (u48k) A unit that runs English and Japanese together (a JSON line, a script module read as text)
    may be judged English now (`structure.language`: Latin letters outweigh its kana); its Japanese sentences' kanji
    (「…必要な個人情報（氏名・住所・連絡先）を収集…」) are no Traditional characters in a Simplified text."""
    lo = start
    while lo > max(0, start - _SENTENCE_BACK) and text[lo - 1] not in _SENTENCE_BOUND:
        lo -= 1
    hi = start
    while hi < min(len(text), start + _SENTENCE_BACK) and text[hi] not in _SENTENCE_BOUND:
        hi += 1
    sentence = text[lo:hi]
    kana = len(_KANA.findall(sentence))
    han = sum(1 for c in sentence if "\u4e00" <= c <= "\u9fff")
    return kana >= 2 and kana >= 0.2 * (han + kana)
