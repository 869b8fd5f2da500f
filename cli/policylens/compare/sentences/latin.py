"""Words in Latin letters as the sentence aligner reads them: whether a text is Chinese, a text's Latin words and their
forms, and whether a text writes a word (or a name's usual translation, `compare.sentences.lexicon.NAME_TRANSLATIONS`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from policylens import lazyre
from policylens.compare.sentences.lexicon import NAME_TRANSLATIONS
from policylens.diff.variants import cross_script_key
from policylens.patterns import HAN_CHAR

_WORD = lazyre.compile(r"[A-Za-z][A-Za-z0-9+#]*(?:[.\-'’][A-Za-z0-9+#]+)*")


@lru_cache(maxsize=256)
def _is_chinese(text: str) -> bool:
    """Chinese when its Han characters are a third of its Latin letters or more ("Stepfun AI (阶跃星辰大模型) — Used …" is English).
    (u55h) Answered once a text: asked of the other section's whole text for each sentence and each name it names."""
    han = len(HAN_CHAR.findall(text))
    return bool(han) and han * 3 >= sum(1 for c in text if c.isascii() and c.isalpha())


def _holds(text: str, key: str) -> bool:
    """Does a section's text (lower case, cross-script key) hold an anchor or a concept?"""
    kind, _, value = key.partition(":")
    if kind == "latin":
        if _writes_word(text, value):
            return True
        return any(cross_script_key(w) in text for w in NAME_TRANSLATIONS.get(value, ()))
    return False


def words(text: str) -> set[str]:
    """The Latin words of `text`, lower-cased, each also without hyphens ("Wi-Fi" → wi-fi, wifi)."""
    out = set()
    for w in _WORD.findall(text):
        low = w.lower().rstrip(".'’").removesuffix("'s").removesuffix("’s")
        out |= {low, low.replace("-", "")}
    return out


def _holds_latin(text: str, key: str) -> bool:
    """Does a section's text (lower case) write the name of a `latin:` key in Latin letters?"""
    return _writes_word(text, key.partition(":")[2])


# a run of small letters and digits: the words `_writes_word` looks a plain name up among
_SMALL_RUN = lazyre.compile(r"[a-z0-9]++")


def latin_words(text: str) -> frozenset[str]:
    """Every maximal run of small letters and digits in `text`: called as it is by a caller that reads a text once
    (`pervasive.Written`: not kept in the cache), as `_latin_runs` where one text is read again and again (u55h)."""
    return frozenset(_SMALL_RUN.findall(text))


_latin_runs = lru_cache(maxsize=32)(latin_words)


def plain_word(value: str) -> str | None:
    """The word `_writes_word` looks `value` up as (its plural -s dropped): None when it is no plain run of small
    letters and digits (then only the search answers)."""
    base = value.removesuffix("s")
    return base if base and base.isascii() and base.isalnum() and base == base.lower() else None


def word_forms(base: str) -> tuple[str, str, str]:
    """The runs a `plain_word` is written as: bare, with a plural -s or -es (`_writes_word`, `pervasive.Written`)."""
    return base, f"{base}s", f"{base}es"


def _writes_word(text: str, value: str) -> bool:
    """Does `text` write `value` (lower case) as a word of its own, bare or with a plural -s or -es: the search
    `(?<![a-z0-9])value(?:s|es)?(?![a-z0-9])`.  (u55h) A value of small letters and digits only is such a word exactly
    when the word is one of the text's maximal runs of them, looked up in the set of its runs (`_latin_runs`): the
    search compiled a pattern per name and read the whole text for each, quadratic on a rewrite naming thousands of
    names (`compare.named_lag`, `pervasive`)."""
    base = plain_word(value)
    if base is not None:
        runs = _latin_runs(text)
        return not runs.isdisjoint(word_forms(base))
    return re.search(rf"(?<![a-z0-9]){re.escape(value.removesuffix('s'))}(?:s|es)?(?![a-z0-9])", text) is not None
