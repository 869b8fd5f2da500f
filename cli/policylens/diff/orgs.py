"""Organisation names written in Han, for the cross-script rewording gate (`content.reworded`).

A company named in full (…有限公司, …股份有限公司, …有限责任公司) is a party: 由云上贵州大数据产业发展有限公司运营 and
由云上艾珀（贵州）技术有限公司运营 name two operators, not one operator in other words.  `content` reads Latin names
(Apple Inc.) but not Han ones, so a renamed operator in a paragraph also converted to another script was shown
`≃` reworded and left out of the counts (eval/pairs37 sw-hant).  `org_tails(text)` gives, on the cross-script key,
the last few Han letters before each company suffix: the distinctive end of the name (…产业发展 / …技术), read the same
in both scripts (大資料產業發展 = 大数据产业发展) and untouched by a translator's brackets or spacing."""

from __future__ import annotations

from policylens import lazyre
from policylens.diff.variants import cross_script_key
from policylens.patterns import HAN

# the legal-form suffixes of a company name on the key (mainland forms: the key folds 責任 → 责任)
_SUFFIX = "股份有限公司|有限责任公司|有限公司"
# up to TAIL Han letters (brackets and spaces between them skipped) before a suffix
TAIL = 4
_NAME = lazyre.compile(f"((?:[{HAN}][（）()\\s]*){{1,{TAIL}}})(?:{_SUFFIX})")
_NOT_HAN = lazyre.compile(f"[^{HAN}]+")


def org_tails(text: str) -> tuple[str, ...]:
    """The last Han letters (at most `TAIL`) of each company name in `text`, in order, on the cross-script key."""
    return tuple(_NOT_HAN.sub("", m.group(1)) for m in _NAME.finditer(cross_script_key(text)))
