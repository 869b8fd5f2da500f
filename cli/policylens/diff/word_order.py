"""A translator's word order across scripts: one sentence whose arguments stand elsewhere (u50d).

Two editions of one version translated apart put the same parties and data in another order:
「我们不会向任何第三方出售、出租或分享您的个人数据」 / 「我們不會將您的個人資料出售、出租或分享給任何第三方」
(eval/pairs49 ginkgo-xscript).  The rewording gate (`content.close_in_meaning`) refuses a pair whose meaning words
are not in the same order, so such a sentence was shown as a change.  A legal reviewer of a cross-script diff wants
the content, not the translator's word order — but a change of who does what to whom must stay a change.

`same_skeleton(a, b, …)` reads the meaning words of both keys (the gate's keys: cross-script, letters only, role,
place and data words as one character per class) and splits them in two:

- the *skeleton*, kept in order: verbs (processing, rights, 出售/出租/分享), negations, modality, conditions,
  restrictions, time, comparison, purpose (a purpose word added or dropped alone passes: `same_skeleton`).  「不会出售…会共享」 ≠ 「会出售…不会共享」; 「仅在您同意时收集位置」 ≠
  「在您同意时仅收集位置」;
- the *arguments*, which may move: parties, actors, places and data items, each with its role — *to* when 向/给/予/至/对
  stands right before it (「向第三方」 = 「给第三方」), *of* when 的 follows it (「您的」), none otherwise — and the run of
  verbs before it (the first run for one before any verb): 「不会收集您的位置，会收集您的姓名」 ≠ 「不會收集您的姓名，會收集
  您的位置」.  A scope word (任何, 所有…) right before an argument moves with it (「任何第三方」).

The pair keeps its content when the skeletons are equal, the arguments are the same with the same roles and runs, and
the arguments before the first skeleton word (the subject) are the same in the same order: 「我们向第三方提供您的数据」 /
「第三方向我们提供您的数据」 swaps roles and stays a change.  A 会/将 is left out of the skeleton: a future auxiliary
(「在设备端处理」 / 「會在裝置端處理」) or a 将 that only brings its object forward (「將您的個人資料出售」, 「将其用于」) is the
translator's; 不会 = 不 (the negation stays).  The keys are compared as bags of characters (`bag_ratio`, the gate's
threshold): a moved phrase costs nothing, a rewritten one does.  Only asked when the gate's ordered comparison fails, and
only across scripts (same-script diffs never ask the gate).
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import NamedTuple


class Word(NamedTuple):
    """One meaning word of a key: its text (a class character for a role, place or data word) and span."""

    text: str
    start: int
    end: int


# the MEANING_WORDS classes that are arguments; every other class is skeleton (kept in order)
_ARGUMENT_CLASSES = ("actor", "subject", "place", "data")
# the MEANING_WORDS classes that are verbs: an argument belongs to the run of verbs before it
_VERB_CLASSES = ("right", "processing")
# the data-item classes that are verbs (出售, 出租, 分享: `content._DATA_ITEMS` "act:…")
_VERB_ITEM = "act:"
# scope words that move with the argument right after them (「任何第三方」); 仅/只 stay skeleton (仅向第三方 ≠ 向第三方仅)
_SCOPE = frozenset({"任何", "所有", "一切", "全部", "部分"})
# what may stand between a scope word and its argument (「任何一家第三方」 is not read: only these)
_SCOPE_GAP = frozenset({"", "的", "个", "些", "位", "家"})
# characters that make the argument right after them a recipient (or the one addressed): 向第三方 = 给第三方 = 对第三方
_TO = frozenset("向给予至对")
# the future auxiliaries a translator adds or drops (会, 將), and 将 bringing its object forward (「将其用于」)
_FUTURE = frozenset({"会", "将"})
# what brings an object before its verb (「将照片保存」 = 「保存照片」)
_FORWARD = frozenset("将把")
# what joins verbs into one run (出售、出租或分享: the key has no punctuation)
_VERB_JOINERS = frozenset({"", "或", "和", "与", "及", "以及", "或者", "并"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(argument words, verb words) on the key: literal words and class characters (`content.class_tokens`)."""
    from policylens.diff import content
    from policylens.diff.variants import cross_script_key

    token = content.class_tokens()
    verb_chars = {ch for name, ch in token.items() if name.startswith(_VERB_ITEM)}
    arguments = {cross_script_key(w) for name in _ARGUMENT_CLASSES for w in content.MEANING_WORDS[name]}
    verbs = {cross_script_key(w) for name in _VERB_CLASSES for w in content.MEANING_WORDS[name]}
    return frozenset(arguments | (set(token.values()) - verb_chars)), frozenset(verbs | verb_chars)


class Reading(NamedTuple):
    """A key read for its word order: the skeleton in order; the arguments as (word, role, run of verbs) — a bare one
    after its run's first verb, or brought forward by 将/把, is the run's object (role "obj"); the bare arguments before
    each run's first verb, in order (who acts: 「我们向第三方提供」 ≠ 「第三方向我们提供」, 「如果您同意，我们…」 ≠ 「如果我们
    同意，您…」)."""

    skeleton: tuple[str, ...]
    arguments: Counter[tuple[str, str, int]]
    subjects: tuple[tuple[int, str], ...]


def read(key: str, words: list[Word]) -> Reading:
    """Split the meaning words of `key` (in order) into skeleton and arguments (module docstring)."""
    argument_words, verb_words = _words()
    skeleton: list[str] = []
    arguments: Counter[tuple[str, str, int]] = Counter()
    subjects: list[tuple[int, str]] = []
    run, last_verb = 0, -1  # the run of verbs an argument belongs to: the one before it (the first, before any)
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        start, text = w.start, w.text
        if text in _SCOPE and nxt is not None and nxt.text in argument_words and key[w.end : nxt.start] in _SCOPE_GAP:
            w, text = nxt, text + nxt.text
            i += 1
        i += 1
        if w.text in argument_words:
            before = key[start - 1 : start] if start else ""
            role = "to" if before in _TO else "of" if key[w.end : w.end + 1] == "的" else ""
            if not role and (last_verb >= 0 or before in _FORWARD):
                role = "obj"
            elif not role:
                subjects.append((run, text))
            arguments[(text, role, run)] += 1
        elif text not in _FUTURE:  # a future auxiliary, or 将 bringing its object forward: the translator's
            if text in verb_words:
                if last_verb >= 0 and key[last_verb:start] not in _VERB_JOINERS:
                    run += 1
                last_verb = w.end
            skeleton.append(text)
    return Reading(tuple(skeleton), arguments, tuple(subjects))


@cache
def _purpose() -> frozenset[str]:
    """The purpose words on the key (用于, 为了, 以便, 目的…: `content.MEANING_WORDS["purpose"]`)."""
    from policylens.diff import content
    from policylens.diff.variants import cross_script_key

    return frozenset(cross_script_key(w) for w in content.MEANING_WORDS["purpose"])


def same_skeleton(a: str, b: str, words_a: list[Word], words_b: list[Word]) -> bool:
    """Do `a` and `b` say the same with their arguments in another order (module docstring)?  A purpose word added or
    dropped (not moved) is the translator's (u51d2: 「主要是提供更好的登录体验」 / 「主要是為了提供更好的登入體驗」, 「以便更好地保障」 /
    「以更好地保障」, eval/pairs51d it-xscript): the purpose itself is in the words around it, which the bag ratio weighs;
    the verbs, negations, conditions and arguments must still agree, so a purpose word standing where a verb or a
    condition stood stays a change (「提供给第三方」 / 「用于第三方」, 「如果」 / 「为了」)."""
    ra, rb = read(a, words_a), read(b, words_b)
    if ra == rb:
        return True
    purpose = _purpose()
    if ra._replace(skeleton=_without(ra.skeleton, purpose)) != rb._replace(skeleton=_without(rb.skeleton, purpose)):
        return False
    # added or dropped, never moved: each purpose word of one side stands after as many other skeleton words as one of
    # the other's (「收集…用于…，共享…」 / 「收集…，共享…用于…」 moves the purpose from collecting to sharing)
    at_a, at_b = _places(ra.skeleton, purpose), _places(rb.skeleton, purpose)
    return not at_a - at_b or not at_b - at_a


def _without(skeleton: tuple[str, ...], words: frozenset[str]) -> tuple[str, ...]:
    return tuple(w for w in skeleton if w not in words)


def _places(skeleton: tuple[str, ...], words: frozenset[str]) -> Counter[int]:
    """Where each of `words` stands in `skeleton`: the number of other words before it."""
    places: Counter[int] = Counter()
    others = 0
    for w in skeleton:
        if w in words:
            places[others] += 1
        else:
            others += 1
    return places


def bag_ratio(a: str, b: str) -> float:
    """Difflib's ratio for two keys read as bags of characters (2·common / total): a moved phrase costs nothing."""
    common = sum((Counter(a) & Counter(b)).values())
    return 2 * common / (len(a) + len(b)) if a or b else 1.0
