"""The items a sentence lists (kinds of data, permissions: `ITEM_KINDS`) read in both languages, and a list one edition
widens or an item kind it names that the other edition's counterpart does not.
"""

from __future__ import annotations

import re

from policylens import lazyre
from policylens.compare.sentences.latin import _is_chinese
from policylens.compare.sentences.pieces import Sentence
from policylens.compare.sentences.sides import _Side
from policylens.diff.variants import cross_script_key
from policylens.patterns import HAN_CHAR

# Kinds of data a list may name, for `_item_more` only (the aligner's `CONCEPTS` are not changed by them): (English
# pattern, Chinese words as written, both scripts) that show the item in a sentence, and the looser (English, Chinese) words whose presence
# anywhere in the other section means it may say the item otherwise ("credentials", 口令; "crash reports", 崩溃).
ITEM_KINDS: dict[str, tuple[str, tuple[str, ...], str, tuple[str, ...]]] = {
    "password": (
        r"(?i)\bpass(?:word|code)s?\b",
        ("密码", "密碼"),
        # sign-in details, 登录信息: a translator may say the password so (review u33c)
        r"(?i)\bpass(?:word|code|phrase)|\bcredential|\bpin\b|\bsecret|\blog-?\s?in|\bsign-?\s?in|\bauthenticat",
        ("密码", "口令", "凭据", "凭证", "密钥", "登录", "登入", "认证", "验证"),
    ),
    "log": (
        r"(?i)\b(?:error|crash|diagnostic|event|access|server|system)\s+logs?\b|\blog\s+(?:data|files?)\b",
        ("日志", "日誌"),
        r"(?i)\blog(?:s|ged|ging)?\b|\bcrash|\bdiagnos|\berror",
        ("日志", "崩溃", "诊断", "错误", "出错", "报错"),
    ),
    "location": (
        r"(?i)\b(?:location|geolocation)\b",
        ("位置信息", "位置資訊", "位置資料", "地理位置", "定位信息", "定位資訊"),
        r"(?i)\blocat|\bgeo|\bgps\b|\bwhere\b",
        ("位置", "定位", "地理", "所在地"),
    ),
    "microphone": (
        r"(?i)\bmicrophone\b",
        ("麦克风", "麥克風"),
        r"(?i)\bmicrophone|\baudio|\bvoice|\brecord",
        ("麦克风", "话筒", "录音", "语音", "音频"),
    ),
    "contacts": (
        r"(?i)\b(?:contacts|address\s+book|phonebook)\b",
        ("通讯录", "通訊錄"),
        r"(?i)\bcontact|\baddress\s+book|\bphonebook",
        ("通讯录", "联系人"),
    ),
}

# Clause marks a list does not cross; list separators (、 and the comma) and the words that join a list's last item.
_CLAUSE_END = lazyre.compile(r"[。；;：:！？!?()（）]|\.(?=\s|$)")
# (the first white space of a run only, taken whole: 20,000 spaces took 12 s of backtracking, the regex store's probe)
_EN_JOIN = lazyre.compile(r"(?i)(?:,\s*+|(?<!\s)\s++)(?:and|or|as\s++well\s++as)\s+")
# (not the 及 of 涉及, 提及, 及时, nor the 和 of 和解, nor the 或 of 或许)
_ZH_JOIN = lazyre.compile(r"以及|(?<![涉提普触危波遍])及(?![时格])|和(?![解谐])|与|與|或者|或(?!许)")
_EN_LIST_OPENS = lazyre.compile(r"(?i)(?:like|such\s+as|including|e\.g\.|for\s+(?:example|instance)|namely)\s")
_EN_ITEM_WORDS = 6  # an English list item of more words is a clause ("When a user sends us a feedback email, …")
_ZH_ITEM_CHARS = 12


def _items(text: str) -> list[list[str]]:
    """The lists a sentence writes: runs of short items separated by 、 (Chinese) or commas (English), the last
    item split at its 和/及/以及/与/或 or "and"/"or".  A list has two items at least.  「用户的电子邮件地址、手机型号、系统版本号
    以及错误日志（如果有）」 is four items ((如果有) aside); "the user's email address, phone model and system version
    number" three."""
    chinese = _is_chinese(text)
    out = []
    for clause in _CLAUSE_END.split(text):
        pieces = [p.strip() for p in (clause.split("、") if chinese else clause.split(","))]
        if chinese:
            # a Chinese clause runs on after its comma: 「…、用户名和密码等，不会…」 ends the list at the comma
            pieces = [p.split("，")[0] if i == len(pieces) - 1 else p.split("，")[-1] for i, p in enumerate(pieces)]
        run: list[str] = []
        for piece in pieces:
            short = len(HAN_CHAR.findall(piece)) <= _ZH_ITEM_CHARS if chinese else len(piece.split()) <= _EN_ITEM_WORDS
            if not chinese and _EN_LIST_OPENS.match(piece):
                run = [piece]  # "…connection details, like the database IP, port": the list opens here
                continue
            if run and not short:
                run = [piece]  # a long piece ends a list and may open the next one (its lead-in)
                continue
            run.append(piece)
        if not run:
            continue
        last = run.pop()
        parts = [p for p in (_ZH_JOIN.split(last, maxsplit=1) if chinese else _EN_JOIN.split(last, maxsplit=1)) if p.strip()]
        run.extend(parts)
        if len(run) >= 2:
            out.append(run)
    return out


def _item_kinds(text: str) -> set[str]:
    """The `ITEM_KINDS` a sentence's text names, its Chinese words as written: not on the cross-script key, which
    folds a record (記錄, 记录) into a log (日志: eval/blind/editions25 kpj's 「產品記錄」, "product recording")."""
    return {k for k, (en, zh, _, _) in ITEM_KINDS.items() if re.search(en, text) or any(w in text for w in zh)}


def _said_otherwise(kind: str, text: str) -> bool:
    """Does a section's text (lower case, cross-script key) hold any of the looser words of an item kind?"""
    _, _, en, zh = ITEM_KINDS[kind]
    return re.search(en, text) is not None or any(cross_script_key(w) in text for w in zh)


def _item_more(unit: Sentence, counterpart: Sentence, other: _Side) -> list[str]:
    """The item kinds of a list in `unit` that its counterpart's list lacks: the two sentences are paired one to one,
    `unit`'s list has exactly one item more, one of its items names a kind of data (`ITEM_KINDS`: 「用户名和密码」, 「错误日志」)
    and the whole other section says nothing of it, not even in looser words.  A list the translator wrote with one
    item more or less (two items run into one) names no such kind, or the other section says it otherwise."""
    mine, theirs = _items(unit.text), _items(counterpart.text)
    if not mine or not theirs:
        return []
    longest, their_longest = max(mine, key=len), max(theirs, key=len)
    if len(longest) != len(their_longest) + 1:
        return []
    kinds = {k for item in longest for k in _item_kinds(item)}
    return sorted(f"item:{k}" for k in kinds if not _said_otherwise(k, other.text))


def _unsaid_kind(units: list[Sentence], other: _Side) -> bool:
    """Does a list of one of `units` name a kind of data (`ITEM_KINDS`) that the `other` section says nothing of, in any
    words?  Only such a list can make an `_item_more` entry; with nothing lacking otherwise, a pair of sections without
    one is not aligned at all (u34h: any sentence naming a kind, 「位置」 or "location" on both sides, ran the quadratic
    alignment: two sections of 400 sentences took 6.7 s, 1.0 s before the list rule)."""
    said: dict[str, bool] = {}
    for unit in units:
        for item in {item for items in _items(unit.text) for item in items}:
            for kind in _item_kinds(item):
                if kind not in said:
                    said[kind] = _said_otherwise(kind, other.text)
                if not said[kind]:
                    return True
    return False
