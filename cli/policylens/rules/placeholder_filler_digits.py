"""Counting digits left as a contact's value (u60p, issue #11, eval/blind/round59q yunmeng-zh-vue L31-32).

A template's filler for a mailbox, a QQ or WeChat account or a phone is a counting run of digits: 「您可通过电子邮箱⏎
123456 与我们联系」 (the value on the line after its label: a page's source breaks the line there, and the reader joins
them; or the label ends one unit, a text file's line or a page's element, and the value opens the next), 「QQ：12345678」,
「客服电话：123456」.  No mailbox is digits alone (without its @host), and 123456, 12345678 or
1234567890 name nobody's account.  `placeholder-dummy-contact` reports what `filler_values` yields, as an error.

Not reported: a real account (「QQ：2876543210」, 「邮箱：123456@qq.com」: the host makes it an address), a number that
does not count (「客服电话：95588」), a sample (「例如：QQ：123456」), and a phone of seven digits or more, which
`placeholder-dummy-contact`'s own number rules judge.

`label_pairs` is the walk both rules share over a label's unit and the next one (u61p: one helper, not two loops).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from policylens.lazyre import lazy
from policylens.patterns import PHONE_WORDS
from policylens.rules.around import lstripped, rstripped
from policylens.rules.context import Context, TextUnit

# a contact's label, then blanks, an optional colon and at most one line break, then a run of digits that ends there
# (not an address's local part, a decimal or a word: 123456@qq.com, 123456.78, 123456abc)
_LABELS = (
    r"(?P<label>电子邮箱|電子郵箱|电子邮件|電子郵件|邮箱|郵箱|信箱|电邮|電郵|(?<![A-Za-z])(?:[Ee]-?mail|EMAIL|E-MAIL)"
    rf"|(?<![A-Za-z])(?:QQ|qq)(?:群|号|號)?|微信号?|微信號|(?<![A-Za-z])WeChat|(?P<phone>{PHONE_WORDS}))"
)
_VALUE = r"(?<![0-9])(?P<value>[0-9]{6,11})(?![0-9A-Za-z_@.\-])"
_FILLER = lazy(rf"{_LABELS}[ \t\u3000]*+(?:[：:][ \t\u3000]*+)?(?:\n[ \t\u3000]*+)?{_VALUE}")
# the same split over two units (a text file's lines, a page's elements): the label ends one, the value opens the next
_LABEL_TAIL = lazy(rf"{_LABELS}\Z")
_VALUE_HEAD = lazy(_VALUE)
_TAIL_MARKS = " \t\u3000：:"
_NEEDS = lazy(r"123456|654321|0123456")
# a sample the policy shows (例如：QQ：123456), not the operator's account
_SAMPLE_BEFORE = lazy(r"例如|比如|示例|范例|範例|格式|如：|(?i:e\.g\.|for\s+example|such\s+as|example|format)")
_ASCENDING = "01234567890"
_DESCENDING = "9876543210"


def _counting(value: str) -> bool:
    """123456, 1234567890, 0123456789, 654321, 9876543210: a run counting up from 0 or 1 or down to 1 or 0."""
    return (value[0] in "01" and value in _ASCENDING) or (value[-1] in "10" and value in _DESCENDING)


def label_pairs(ctx: Context) -> Iterator[tuple[TextUnit, TextUnit]]:
    """Each unit with the one before it, when both are of one kind (a label may end the first, its value open the second;
    a heading after a paragraph is a new topic, not a value)."""
    for label, unit in pairwise(ctx.units()):
        if label.kind == unit.kind:
            yield label, unit


def filler_values(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of each counting run of digits given as a contact's value (see the module's docstring)."""
    for unit, start, _end, m in ctx.scan(_FILLER, needs=_NEEDS):
        value = m.group("value")
        if not _counting(value) or (m.group("phone") and len(value) >= 7):
            continue  # a real-looking number; a phone of 7+ digits is `_PHONE`'s (`placeholder_dummy_contact._verdict`)
        if _SAMPLE_BEFORE.search(unit.text, max(0, start - 8), start):
            continue  # 例如：QQ：123456: a sample of the field
        a = start + m.start("value") - m.start()
        yield unit, a, a + len(value)
    if _NEEDS.search(ctx.joined().text) is None:
        return  # no counting run anywhere (the pass over the unit pairs below is for the rare text that has one)
    for label, unit in label_pairs(ctx):
        end = rstripped(label.text, len(label.text), _TAIL_MARKS)
        tail = _LABEL_TAIL.search(label.text, max(0, end - 6), end)
        if tail is None:
            continue
        value = _VALUE_HEAD.match(unit.text, lstripped(unit.text, 0, " \t\u3000"))
        if value is None or not _counting(value.group("value")) or (tail.group("phone") and len(value.group(0)) >= 7):
            continue  # (a phone of seven digits or more: `placeholder_dummy_contact._under_label`)
        if not _SAMPLE_BEFORE.search(label.text, max(0, tail.start() - 8), tail.start()):
            yield unit, value.start(), value.end()
