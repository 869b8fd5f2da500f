"""A fact (`Fact`) and the keys of contacts and controllers across notations: a phone number's key, a controller's name
without its legal form and punctuation in either script (`controller_key`, `same_controller`), the names a document
writes, and the controllers of the editions reconciled.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from policylens.normalise import fold


class Fact(NamedTuple):
    """One fact of a document: kind, comparison key, value as written, first section holding it."""

    kind: str
    key: str
    value: str
    section: int | None  # index into Document.sections, None for the document as a whole
    detail: str | None = None  # "updated" / "effective" for dates
    weak: bool = False  # a single unit (「一年」, "a year"): matches a commitment of the other edition, never a divergence alone


_NAME_PUNCT = re.compile(r"[\s,.，。（）()「」『』“”\"'’]")


def phone_key(phone: str) -> str:
    """Digits only; a +country code (86, 852, 853, 886, 1) and a trunk 0 dropped."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        for code in ("852", "853", "886", "86", "1"):
            if digits.startswith(code):
                digits = digits[len(code) :]
                break
    return digits.lstrip("0") or digits


# 'Inc.', 'Co., Ltd.': what a Latin company name may add or drop
_LATIN_NOISE = re.compile(r"\b(inc|llc|ltd|limited|co|corp|corporation|company|gmbh|s\.?a)\b")


def controller_key(name: str) -> tuple[str, str]:
    """(writing system, key): Chinese names in Simplified without punctuation; Latin names lower-cased without 'Co., Ltd.' noise."""
    compact = _NAME_PUNCT.sub("", fold(name))
    if any("\u3400" <= ch <= "\u9fff" for ch in compact):
        from policylens.script import count_script

        traditional, simplified = count_script(compact)
        # Taiwan phrasing to mainland phrasing too (資訊科技 → 信息技术), on Traditional names only:
        # on Simplified text tw2sp would rewrite words that are already mainland ones.
        return "cjk", _converter("tw2sp").convert(compact) if traditional > simplified else compact
    lowered = _LATIN_NOISE.sub("", fold(name).lower())
    return "latin", re.sub(r"[^a-z0-9]", "", lowered)


@cache
def _converter(config: str) -> Any:
    import opencc  # lazy: only compare needs it here

    return opencc.OpenCC(config)


# -- Across scripts: one controller, one law, whatever the region's wording ------------------


def _is_traditional(name: str) -> bool:
    from policylens.script import count_script

    traditional, simplified = count_script(name)
    return traditional > simplified


def same_controller(base_name: str, other_name: str) -> bool:
    """Do two controller names, as written, name one company?

    Equal keys (OpenCC, punctuation and width aside), or, when exactly one name is written in
    Traditional characters, equal `diff` cross-script keys: 北京日轩信息科技有限公司 =
    北京日軒資訊科技有限公司 (資訊 is the Taiwan word for 信息 inside a legal name). Two names in
    the same script are compared letter for letter, so 信息科技 and 信息技术 stay two companies.
    """
    (system_a, key_a), (system_b, key_b) = controller_key(base_name), controller_key(other_name)
    if system_a != system_b:
        return False
    if key_a == key_b:
        return True
    if system_a != "cjk":
        return False
    compact_a, compact_b = (_NAME_PUNCT.sub("", fold(n)) for n in (base_name, other_name))
    if _is_traditional(compact_a) == _is_traditional(compact_b):
        return False
    from policylens.diff.keys import to_simplified
    from policylens.diff.variants import cross_script_key

    return cross_script_key(to_simplified(compact_a)) == cross_script_key(to_simplified(compact_b))


def names(text: str, name: str) -> bool:
    """Does `text` (a whole edition) write the company `name` (a controller as `document_facts` read it) anywhere?

    Latin names letter for letter, case, punctuation and 'Inc.' noise aside; Chinese names on their `controller_key`
    (Simplified, Taiwan phrasing folded).  A controller that the other edition names too is no controller of its own:
    `metadata` read a different party of the same list in each edition (IPinfo Inc. / Bilibili Inc., two providers
    both editions name; twenty-sixth session, eval/editions26 netpulse).
    """
    system, key = controller_key(name)
    if not key:
        return False
    if system == "latin":
        words = [w for w in re.split(r"[^a-z0-9]+", _LATIN_NOISE.sub(" ", fold(name).lower())) if w]
        return (
            bool(words)
            and re.search(r"(?<![a-z0-9])" + r"[^a-z0-9]*".join(map(re.escape, words)) + r"(?![a-z0-9])", fold(text).lower()) is not None
        )
    return key in controller_key(text)[1]


def reconcile(base_facts: list[Fact], other_facts: list[Fact]) -> list[Fact]:
    """`other_facts` with its controller keyed as the base's when both name one company across scripts."""
    base_names = [f for f in base_facts if f.kind == "controller"]
    if not base_names:
        return other_facts
    base = base_names[0]
    return [
        f._replace(key=base.key) if f.kind == "controller" and f.key != base.key and same_controller(base.value, f.value) else f
        for f in other_facts
    ]
