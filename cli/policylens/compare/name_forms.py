"""Other notations of a name a rewrite brought in, that a translation or an older version writes instead (u56e).

`named_lag` tells a lag across languages from names with an inner capital (SwiftData, PDFKit) that the edition writes
nowhere.  An edition that translates such a name, or spells it another way, has it, and is not lagging:

* the name's words joined otherwise: WiFi / Wi-Fi / Wi Fi, macOS / Mac OS, GitHub Issues / GitHub-Issues (a hyphen or
  one space between its words, or none);
* the initials of a name of capitalised words: JavaScript / JS, TypeScript / TS;
* the name's head followed by its last word or that word's usual Chinese rendering: macOS / 「Mac 操作系统」,
  「Mac 系统」, iPadOS / 「iPad 系统」, SwiftData / 「Swift 数据」, PDFKit / 「PDF 工具包」.

A name joined by hyphens is read by its words (`parts`): GitHub-Issues is the name GitHub and a tail, Wi-Fi, e-mail,
T-Mobile, X-Ray are no name with an inner capital at all.

`Forms` reads a text once (its Latin words, the words joined after each, what follows each word); each name is then
looked up in sets, so a rewrite naming thousands of names costs one pass of the text (`docs/hostile-input.md`).
"""

from __future__ import annotations

from typing import NamedTuple

from policylens import lazyre
from policylens.diff.variants import cross_script_key

# a text's words (lower case) and the marks between them
_RUN = lazyre.lazy(r"[a-z0-9]++")
# Chinese renderings of a name's last word (the head kept in Latin letters: 「Mac 操作系统」 for macOS), on the
# cross-script key; the word itself (Mac OS) is always accepted
TAIL_RENDERINGS: dict[str, tuple[str, ...]] = {
    "os": ("操作系统", "作业系统", "系统"),
    "data": ("数据", "资料"),
    "kit": ("工具包", "开发包", "框架", "套件"),
    "pay": ("支付", "付款"),
    "cloud": ("云",),
    "chat": ("聊天",),
    "script": ("脚本",),
    "id": ("账号", "帐号", "账户", "识别码"),
}
# The words joined into one notation at most (Google Play Store: three).
MAX_JOINED = 3
# The characters read after a word for a rendering of a name's last word.
_FOLLOW = 6


class Forms(NamedTuple):
    words: frozenset[str]  # every Latin word of the text
    joined: frozenset[str]  # two or three words in a row, one hyphen or blank apart, run together (wi-fi → wifi)
    follows: dict[str, frozenset[str]]  # a word → the characters after it (its blanks skipped), cut at `_FOLLOW`


def forms(text: str) -> Forms:
    """Read a text (lower case, cross-script key) once."""
    runs = list(_RUN.finditer(text))
    words = frozenset(m.group(0) for m in runs)
    joined: set[str] = set()
    follows: dict[str, set[str]] = {}
    for i, m in enumerate(runs):
        after = text[m.end() : m.end() + 2 + _FOLLOW].lstrip(" \t")
        follows.setdefault(m.group(0), set()).add(after[:_FOLLOW])
        run = m.group(0)
        end = m.end()
        for n in runs[i + 1 : i + MAX_JOINED]:
            gap = text[end : n.start()]
            if gap not in ("-", " ", "\u2011", "\u2010"):
                break
            run += n.group(0)
            end = n.end()
            joined.add(run)
    return Forms(words, frozenset(joined), {k: frozenset(v) for k, v in follows.items()})


def parts(name: str) -> list[str]:
    """The words of a name as written: GitHub-Issues → GitHub, Issues; Wi-Fi → Wi, Fi."""
    return [p for p in name.split("-") if p]


def camel(word: str) -> list[str]:
    """A camel-case word's words: JavaScript → Java, Script; macOS → mac, OS; PDFKit → PDF, Kit; iPadOS → i, Pad, OS.
    A word starts at a capital after a small letter or digit, and at the last capital of a run before a small letter
    (one pass over the letters)."""
    out: list[str] = []
    start = 0
    for i in range(1, len(word)):
        a, b = word[i - 1], word[i]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if b.isupper() and (a.islower() or a.isdigit() or (a.isupper() and nxt.islower())):
            out.append(word[start:i])
            start = i
    if word:
        out.append(word[start:])
    return out


def written(name: str, text: Forms) -> bool:
    """Does the text write `name` (one word, as written: its capitals tell its words) in another notation?"""
    low = name.lower()
    if low in text.joined or low in text.words:
        return True
    words = camel(name)
    if len(words) < 2:
        return False
    if all(w[0].isupper() and w[1:].islower() and len(w) > 1 for w in words):
        initials = "".join(w[0] for w in words).lower()
        if initials in text.words:
            return True
    head, tail = "".join(words[:-1]).lower(), words[-1].lower()
    if len(head) < 3 or not head.isalnum():
        return False
    after = text.follows.get(head, frozenset())
    renderings = (tail, *TAIL_RENDERINGS.get(tail, ()), *(cross_script_key(r) for r in TAIL_RENDERINGS.get(tail, ())))
    return any(a.startswith(r) for a in after for r in renderings)
