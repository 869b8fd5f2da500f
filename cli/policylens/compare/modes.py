"""A practice done automatically in one edition and at the user's choice in the other (`compare`'s sentence pass).

(Fifty-first session, u51e, `eval/editions51` grid-lag GL1.)  An English edition whose game progress is "optionally
synced to our cloud servers" ("When you choose to sync your data to the cloud") against Chinese editions that sync it
「自动通过 Firebase 同步」 / 「自動同步至雲端」: the same practice, reversed by a qualifier, in sections the aligner pairs
sentence by sentence, and no anchor or concept of `compare.sentences` differs: nothing was reported.

`reversed_mode` reads, for a few practices a policy makes optional or automatic (sync, back up, upload, share), the mode
a sentence gives it: *automatic* (automatically, 自动) or *optional* (optionally, "if you choose to", "you may opt in",
可选, 如您选择, 您可以选择, 自愿).  A sentence is reported when it gives a practice one mode and the other edition's paired
section gives that practice only the other mode (some sentence with the practice and that mode, none with this one),
and its own section does not give the practice the other mode too.  Precision first: a translation that drops a
qualifier (「我们会同步」 for "we automatically sync") reports nothing, since a mode must be *written* on both sides.
"""

from __future__ import annotations

import re

from policylens.lazyre import lazy
from policylens.patterns import NOT_NEGATION

# practice → (English, Chinese on the cross-script key, lower case)
_PRACTICES = {
    "sync": (r"\bsync(?:s|ed|ing|hroni[sz]\w*)?\b", r"同步"),
    "backup": (r"\bback(?:s|ed|ing)?[ -]?up\b|\bbackups?\b", r"备份"),
    "upload": (r"\bupload(?:s|ed|ing)?\b", r"上传"),
    "share": (r"\bshar(?:e|es|ed|ing)\b", r"共享|分享"),
}
_AUTOMATIC = (r"\bautomatic(?:ally)?\b", r"自动")
_OPTIONAL = (
    r"\boptional(?:ly)?\b|\b(?:if|when|should|once|after|unless) you (?:choose|opt|decide|elect|enable|turn on|switch on)"
    r"|\byou (?:can|may|could) (?:choose|opt|decide)\b|\bopt(?:s|ed)?[- ]in\b|\bat your (?:option|discretion|choice)\b",
    r"可选|选择性|自愿|(?:如果?|若|当|在)?[您你](?:可以|可|能够|能)?(?:自行)?(?:选择|决定|开启|启用|打开)",
)
_MODES = {"automatic": _AUTOMATIC, "optional": _OPTIONAL}
_OPPOSITE = {"automatic": "optional", "optional": "automatic", "not": "affirmed", "affirmed": "not"}
_SENTENCE_END = lazy(r"[。．.!?！？;；\n]+")

# Practices a policy promises not to do (we do not sell / share / track) and their negation.  A sentence negates a
# practice when a negation comes shortly before its word ("we do not sell", "is never shared", 「不会将您的信息出售」);
# it does it when it names the practice with no negation anywhere in it (「我们会与合作伙伴共享」).  A sentence with a
# condition or an exception ("we share only with your consent", 「除…外，我们不会共享」) gives no mode at all.
_PROMISES = {
    "sell": (r"\b(?:sell|sells|selling|sold|rent|rents|rented)\b", r"出售|售卖|贩卖|出租"),
    "share": _PRACTICES["share"],
    "track": (r"\btrack(?:s|ed|ing)?\b", r"追踪|跟踪"),
}
# (avoid and prevent too: "The product direction avoids unnecessary tracking" / 「產品方向避免不必要的追蹤」, eval/editions26
# yorina, found by the regression run: the English read as doing it, the Chinese 不必要 as a negation of 追蹤)
# (review u51r2: prohibit / forbid / refuse / decline / nobody and 严禁 / 防止 / 杜绝 are negations too: "We prohibit our
# employees from selling your data" / 「我们禁止员工出售」, "We prevent third parties from tracking you" / 「我们防止第三方
# 追踪您」 were sure reversals of faithful translations)
_EN_NOT = (
    r"\b(?:not|never|no|neither|nor|cannot|nobody|avoid\w*|prevent\w*|refrain\w*|prohibit\w*|forb[ia]d\w*|refus\w*"
    r"|declin\w*)\b|n['’]t\b"
)
_ZH_NOT = r"不|没|无|未|绝不|从不|禁|避免|拒|防止|杜绝"
# a negation of an adjective, not of the practice: 「不必要的追蹤」, 「不當分享」
_ZH_NOT_ADJECTIVE = lazy(r"不(?:必要|需要|合理|正当|当|良|法|相关|明|安全)")
_HEDGES = (
    r"\b(?:if|when|unless|except|only|other than|apart from|without|consent|permission|authori[sz]\w*|may|might|required|law)\b",
    r"如果|若|当|除|仅|只|经|同意|授权|许可|允许|法律|法规|要求|可能|可以|以外|之外",
)


def _modes(sentence: str, chinese: bool) -> dict[str, set[str]]:
    """practice → the modes `sentence` (lower case; Chinese on the cross-script key) gives it."""
    side = 1 if chinese else 0
    found: dict[str, set[str]] = {}
    for practice, words in _PRACTICES.items():
        if re.search(words[side], sentence):
            modes = {mode for mode, marks in _MODES.items() if re.search(marks[side], sentence)}
            if modes:
                found.setdefault(practice, set()).update(modes)
    clean = sentence
    if chinese:
        for words in (NOT_NEGATION, _ZH_NOT_ADJECTIVE):
            clean = words.sub(lambda m: " " * len(m.group()), clean)
    negation = _ZH_NOT if chinese else _EN_NOT
    for practice, words in _PROMISES.items():
        verb = re.search(words[side], clean)
        if verb is None:
            continue
        gap = r"[^,，;；:：]{0,14}?" if chinese else r"(?:\W+\w+){0,4}?\W+"
        # (u52e) read in the sentence as written: blanking the words that are no negation took 「除非」 (unless) with them,
        # and 「除非為提供服務所需，我們不會共享」 read as a plain promise not to share (eval/editions52 travelrizz, a control)
        if re.search(_HEDGES[side], sentence):
            continue  # an exception or a condition: no plain promise either way
        if re.search(rf"(?:{negation}){gap}(?:{words[side]})", clean):
            found.setdefault(f"{practice}:", set()).add("not")
        elif not re.search(negation, clean):
            found.setdefault(f"{practice}:", set()).add("affirmed")
    return found


def _section_modes(section: str, chinese: bool) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for sentence in _SENTENCE_END.split(section):
        for practice, modes in _modes(sentence, chinese).items():
            out.setdefault(practice, set()).update(modes)
    return out


def reversed_mode(sentence: str, chinese: bool, mine: str, theirs: str) -> list[str]:
    """["concept:automatic"] or ["concept:optional"] when `sentence` gives a practice a mode that the other edition's
    section (`theirs`) reverses and its own section (`mine`) never does (module docstring).  Every text is lower case,
    Chinese on the cross-script key (`compare.sentences._Side.text`); `chinese`: the language of `sentence` and `mine`."""
    given = _modes(sentence, chinese)
    if not given:
        return []
    their_modes, my_modes = _section_modes(theirs, not chinese), _section_modes(mine, chinese)
    out = []
    for practice, modes in given.items():
        if len(modes) != 1:
            continue  # "automatically, if you choose to": both
        (mode,) = modes
        other = _OPPOSITE[mode]
        if their_modes.get(practice) == {other} and other not in my_modes.get(practice, set()):
            out.append(f"concept:{mode}")
    return sorted(set(out))


# (u52d, eval/editions51 balkan-lag BL3 and balkan B2) A promise written in the English edition only: "Balkan Currency
# Converter does not use this information to identify or track users", against condensed Chinese editions that name no
# tracking at all.  A sentence that exists in one edition only is reported when its content is absent from the other,
# not its wording: the promise is read as (practice, not) — a negation before the practice's word in one clause of a
# sentence with no condition or exception — and it is absent only when the other edition names the practice nowhere
# (any sentence naming it, negated, done or hedged, may be the same promise condensed).
_EN_CLAUSE = lazy(r"[,;:]|\b(?:but|however|while|whereas|although)\b|\band (?:we|it|they|this|the|our)\b")
# at most this many words between the negation and the practice ("does not use this information to identify or track")
_PROMISE_GAP = 10
# the words of a practice a Chinese edition may say it with, on the cross-script key (wider than `_PROMISES`: an
# edition that names it at all may hold the promise)
# (review u52r: 「我们不会向第三方提供数据」 is "No data is shared with third parties": 向 … 提供, 转让 name sharing too)
_ZH_NAMED = {
    "sell": r"出售|售卖|贩卖|出租|销售|卖",
    "share": r"共享|分享|提供给|披露|透露|转让|向[^，。；,;]{0,16}?提供",
    "track": r"追踪|跟踪|追蹤|(?:识别|辨识|辨别)(?:您|你|用户|使用者|个人|身份)",
}


# (review u52r) the reader's conduct, not the operator's promise: an instruction ("Do not share your password with
# anyone", "Please never sell…") or "you" as the subject before the negation ("you should not share your code")
_READER_CONDUCT = lazy(r"^[ \t]*(?:please[ \t]+)?(?:do[ \t]+not|don['’]t|never|avoid|refrain)\b|\byou\b")


def negated_promises(sentence: str) -> list[str]:
    """The practices an English sentence (any case) promises not to do, plainly: a negation before the practice's word
    in the same clause, no condition or exception in the sentence ("we only share…", "unless…": none)."""
    low = sentence.lower()
    if re.search(_HEDGES[0], low):
        return []
    out = []
    for clause in _EN_CLAUSE.split(low):
        negation = re.search(_EN_NOT, clause)
        if negation is None or _READER_CONDUCT.search(clause, 0, negation.end()) is not None:
            continue
        after = clause[negation.end() :]
        for practice, words in _PROMISES.items():
            verb = re.search(words[0], after)
            if verb and len(after[: verb.start()].split()) <= _PROMISE_GAP:
                out.append(practice)
    return sorted(set(out))


def names_practice(chinese_key: str, practice: str) -> bool:
    """Does a Chinese text (on the cross-script key) name `practice` anywhere, in any mode?"""
    return re.search(_ZH_NAMED[practice], chinese_key) is not None


# (u53e, eval/editions51 balkan B3) A promise one edition makes with an exception and the other makes without it: "Except
# for the optional website analytics described below, the developer does not directly collect your name, email address…"
# against condensed Chinese editions whose only word on it is 「在正常使用过程中，开发者不会直接收集您的姓名…」: the translation
# promises more than the English (no collection at all), and no anchor, concept or mode of the sentence pass differs.  The
# English sentence is read as (practice, not, excepted): an exception word (except, other than, apart from) and a
# negation before the practice's word, at most `_PROMISE_GAP` words apart, in one clause; the Chinese edition drops the
# exception when it makes the plain promise (a negation before the practice's word in a clause, no condition or
# exception in the sentence) and names the practice with a condition or an exception nowhere, nor beside it.
# ("Besides," with its comma is a sentence's "moreover", no exception: 「此外，我们不会收集…」 dropped nothing; u53r)
_EXCEPT_EN = lazy(r"(?i)\b(?:except|other than|apart from|save for|besides(?![ \t]*+,))\b")
# the exception word leading a clause or the sentence (after its blanks, a quote or a bracket)
_EXCEPT_LEAD = lazy(r"(?i)[\s\"'(“‘]{0,4}+(?:except|other than|apart from|save for|besides(?![ \t]*+,))\b")
_EXCEPTED = {
    "collect": (r"\b(?:collect|gather)\w*", r"收集|采集|搜集|获取"),
    "share": (_PRACTICES["share"][0], _ZH_NAMED["share"]),
    "sell": (_PROMISES["sell"][0], _ZH_NAMED["sell"]),
    "transmit": (r"\b(?:transmit|send|upload|transfer)\w*", r"传输|发送|上传|传送|传递|转移"),
}
# a Chinese sentence with a condition or an exception (`_HEDGES`, and 但 / 例外 / 不包括 / 除非): no plain promise
_ZH_EXCEPTION = _HEDGES[1] + r"|但|例外|不包括|除非"


def excepted_promises(sentence: str) -> list[str]:
    """The practices an English sentence (any case) promises not to do but for an exception it names ("Except for …, we
    do not collect", "we do not share … other than with Valve", "we do not share it, except as the law requires"): a
    negation before the practice's word in one clause, the exception in that clause, leading the next one, or opening the
    sentence.  An exception of another clause ("We do not collect your location, and every feature except sync works
    offline") excepts nothing from the promise (u53r)."""
    low = sentence.lower()
    if _EXCEPT_EN.search(low) is None:
        return []
    opens = _EXCEPT_LEAD.match(low) is not None
    clauses = _EN_CLAUSE.split(low)
    out = []
    for k, clause in enumerate(clauses):
        negation = re.search(_EN_NOT, clause)
        if negation is None or _READER_CONDUCT.search(clause, 0, negation.end()) is not None:
            continue
        next_leads = k + 1 < len(clauses) and _EXCEPT_LEAD.match(clauses[k + 1]) is not None
        if not (opens or next_leads or _EXCEPT_EN.search(clause) is not None):
            continue
        after = clause[negation.end() :]
        for practice, (words, _) in _EXCEPTED.items():
            verb = re.search(words, after)
            if verb and len(after[: verb.start()].split()) <= _PROMISE_GAP:
                out.append(practice)
    return sorted(set(out))


def plain_promise_zh(sentence_key: str, practice: str) -> bool:
    """Does a Chinese sentence (on the cross-script key) promise plainly not to do `practice` (`_EXCEPTED`): a negation
    before its word in one clause, no condition or exception in the sentence?"""
    words = _EXCEPTED[practice][1]
    if re.search(_ZH_EXCEPTION, sentence_key):
        return False
    clean = _ZH_NOT_ADJECTIVE.sub(lambda m: " " * len(m.group()), NOT_NEGATION.sub(lambda m: " " * len(m.group()), sentence_key))
    return re.search(rf"(?:{_ZH_NOT})[^,，;；:：]{{0,14}}?(?:{words})", clean) is not None


def excepted_zh(sentence_key: str, practice: str) -> bool:
    """Does a Chinese sentence (on the cross-script key) name `practice` with a condition or an exception?"""
    return re.search(_EXCEPTED[practice][1], sentence_key) is not None and re.search(_ZH_EXCEPTION, sentence_key) is not None
