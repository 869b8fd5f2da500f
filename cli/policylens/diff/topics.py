"""Material-change topics: which policy subjects a changed text touches.

The words come from the shared topic model (`policylens.topics`, data/lexicons/topics.tsv).
`diff` reports the ten topics its JSON contract has always listed; the other topics of
the model (cookies, SDKs, sensitive data…) are for `parse --topics` and the profiles.

`topics_of` gives what `topics.words_in` gives (a topic's term or weak word occurs,
case-insensitively, Latin words on word boundaries), but finds all the words of the ten
topics in one Aho-Corasick pass instead of twenty regular-expression searches: `diff`
tags every changed paragraph, 60,000 of them in a 20,000-section rewrite.

Ordinary senses (forty-second session, u42d2, `eval/topics42`, `tests/test_u42d2_topics.py`): a topic word is also an
ordinary word in other senses, and a tag it gives there is false.  `topics_of` reads `topics.words_in`'s words except:
- `_ORDINARY`: phrases whose words are no topic words there, blanked before the words are matched: a web address
  (「…/sdk-data-security-…」), safety that is not data security (国家安全, 人身和财产安全, 公众的安全, 安全中心), rights
  that are not the user's (a copyright line's, 保留关闭的权利, 保留调整…, 权利和义务, 知识产权及相关权利, 侵犯他人…权利,
  抗辩法律权利, 修改本协议的权利), a software update (检查更新, 静默更新, 系统更新), a shared thing (共享单车, 屏幕共享).
- `_NEEDS_RIGHTS`: 访问/存取/复制/access/correct name a user's right only in a right's context (listed with another
  right 「访问、更正、删除」, 「有权访问」, "right to access", 「个人信息的访问权」, or 「您可以…访问您的个人信息」);
  「感谢您访问」, 「App 不会访问你的文件库」, 「访问控制」, 「未经授权访问」 are no user right.
- `_COPY_RIGHT`: obtaining a copy (「获取…副本」, "request a copy of") is the user's right of access, not data collected.
"""

from __future__ import annotations

import re
import string
from functools import cache

from policylens import topics
from policylens.lazyre import lazy
from policylens.patterns import RIGHTS_RESERVED, SENTENCE_BREAKS, URL_START

TOPICS = (
    "data-collected",
    "purposes",
    "sharing",
    "cross-border",
    "retention",
    "security",
    "user-rights",
    "children",
    "contact",
    "effective-date",
)


_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)

# Phrases of the folded text (Simplified, ASCII punctuation) whose topic words are ordinary words: see the docstring.
_IN_PHRASE = r"[^,;:。!?\n]"  # a character of a phrase: a comma ends it too (the folded 「，」 is ",")
_ORDINARY = lazy(
    rf"(?:{URL_START})[^\s<>\"'()（）\[\]]{{1,300}}"
    r"|(?:国家|国防|公共|公众|人身|财产|生命|交通|食品|消防)(?:的)?安全|安全中心"
    rf"|{RIGHTS_RESERVED}|保留{_IN_PHRASE}{{0,20}}权利|保留(?:调整|修改|变更|更改|解释|终止|关闭|追究)"
    rf"|权利(?:和|与|及)?义务|知识产权{_IN_PHRASE}{{0,6}}权利|解释{_IN_PHRASE}{{0,8}}权利"
    rf"|(?:修改|变更|更改|解释|调整)本(?:隐私)?(?:协议|政策|条款)的?权利|(?:他人|公众|抗辩){_IN_PHRASE}{{0,12}}?权利"
    r"|(?:检查|静默|自动|软件|系统|在线|热)更新|更新(?:检查|日志|包)"
    r"|共享(?:单车|汽车|充电宝|经济|办公|屏幕)|(?:屏幕|网络|热点)共享|删除(?:线|键)",
    re.I,
)
# Words that name a user's right only in a right's context (the docstring): another right listed beside them
# (「访问、更正、删除」, "access, correct or delete"), 「有权访问」, "right to access", 「个人信息的访问权」, or a user who
# may (可以/请求…) as subject and their information as object in their clause (「您可以访问您的个人信息」).
_NEEDS_RIGHTS = frozenset(("访问", "存取", "复制", "access", "correct"))
_RIGHT_WORDS = (
    r"更正|删除|查阅|查询|导出|副本|撤回|注销|可携|行使|访问|存取|复制"
    r"|\b(?:rights?|rectif\w{0,9}|erasure|delet\w{0,4}|portability|withdraw|access|correct)\b"
)
_GLUE = r"(?:[、,/ ]|和|或|及|与|\b(?:and|or)\b){1,4}"  # between the items of a list
_RIGHT_AFTER = lazy(rf"{_GLUE}(?:{_RIGHT_WORDS})")  # matched at the word's end
_RIGHT_BEFORE = lazy(rf"(?:(?:{_RIGHT_WORDS}){_GLUE}|有权|\bright (?:to|of) )\Z")
_USER_MAY = lazy(r"(?:您|你|用户|\b(?:you|users?)\b)[^,;]{0,8}?(?:有权|可以|可|能够|能|请求|申请|要求|\b(?:may|can)\b)")
_INFO_AFTER = lazy(r"\A[^,;、]{0,10}?(?:信息|资料|数据|账户|帐户|账号|帐号|\b(?:data|information)\b)")
_INFO_BEFORE = lazy(r"(?:信息|资料|数据)的?\Z")
_CLAUSE_BREAKS = frozenset(SENTENCE_BREAKS + ",，")


def _bounds(text: str, start: int, end: int, breaks: frozenset[str], reach: int) -> tuple[int, int]:
    """The span of the sentence (or clause) around text[start:end], at most `reach` characters either side."""
    lo, hi = start, end
    while lo > max(0, start - reach) and text[lo - 1] not in breaks:
        lo -= 1
    while hi < min(len(text), end + reach) and text[hi] not in breaks:
        hi += 1
    return lo, hi


def _names_a_right(text: str, start: int, end: int) -> bool:
    """text[start:end] (a `_NEEDS_RIGHTS` word) names a user's right: the context `_NEEDS_RIGHTS` describes."""
    if text.startswith("权", end) and not text.startswith("权限", end) and _INFO_BEFORE.search(text, max(0, start - 4), start):
        return True  # 「个人信息的访问权」 (「访问权限」 is an app's permission)
    if _RIGHT_BEFORE.search(text, max(0, start - 20), start) or _RIGHT_AFTER.match(text, end, end + 20):
        return True
    lo, hi = _bounds(text, start, end, _CLAUSE_BREAKS, 40)
    return _USER_MAY.search(text, lo, start) is not None and _INFO_AFTER.search(text[end:hi]) is not None


# Obtaining a copy is the user's right of access (「您有权获取您本地数据的副本」), not data collected by 获取.
_COPY_RIGHT = lazy(rf"(?:获取|获得|索取|取得){_IN_PHRASE}{{0,20}}?副本|\b(?:obtain|request|receive|get) a copy of\b")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


@cache
def _words() -> tuple[object, tuple[str, ...], tuple[frozenset[str], ...]]:
    """(automaton, words, topics of each word) over the term and weak words of TOPICS."""
    from ahocorasick_rs import AhoCorasick, MatchKind

    owners: dict[str, set[str]] = {}
    for topic in topics.model():
        if topic.id in TOPICS:
            for word in (*topic.term, *topic.weak):
                key = topics.fold(word).translate(_LOWER)
                if key and "\n" not in key:
                    owners.setdefault(key, set()).add(topic.id)
    ordered = tuple(sorted(owners))
    return AhoCorasick(list(ordered), matchkind=MatchKind.Standard), ordered, tuple(frozenset(owners[w]) for w in ordered)


def _latin(c: str) -> bool:
    return c.isascii() and c.isalpha()


def topics_of(*texts: str | None, senses: bool = True) -> tuple[str, ...]:
    """Topics whose words occur in any of the texts, in the documented order.  `senses=False`: every word as
    `topics.words_in` reads it, ordinary senses included (`compare`'s section alignment, tuned on that reading)."""
    joined = "\n".join(t for t in texts if t)
    if not joined:
        return ()
    automaton, words, owners = _words()
    folded = topics.fold(joined).translate(_LOWER)
    found: set[str] = set()
    if senses:
        folded = _ORDINARY.sub(_blank, folded)
        if "副本" in folded or "a copy of" in folded:
            folded, copies = _COPY_RIGHT.subn(_blank, folded)
            if copies:
                found.add("user-rights")
    for k, start, end in automaton.find_matches_as_indexes(folded, overlapping=True):  # type: ignore[attr-defined]
        if _latin(words[k][0]) and ((start and _latin(folded[start - 1])) or (end < len(folded) and _latin(folded[end]))):
            continue  # a Latin word inside a longer word
        if senses and words[k] in _NEEDS_RIGHTS and not _names_a_right(folded, start, end):
            found |= owners[k] - {"user-rights"}
            continue
        found |= owners[k]
        if len(found) == len(TOPICS):
            break
    return tuple(topic for topic in TOPICS if topic in found)
