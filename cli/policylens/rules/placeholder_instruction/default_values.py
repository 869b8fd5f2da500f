"""A template's or a program's default as a field's value: 电话：none, 传真：null, Email: undefined.

Scanned apart (`_DEFAULT_VALUE`); the field is read from its colon (`_field_colon`) or, for a value alone in its
cell, from the cell before (`_cell_label`).  Not flagged: Fax: none (honest English), a null cell under a header
that documents values (`_documents_values`: | Phone | null | under "Value when not provided").  `_default_values`
finds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.model import Finding
from policylens.patterns import spaced
from policylens.rules.around import lstripped
from policylens.rules.base import Rule
from policylens.rules.context import Context, TextUnit
from policylens.rules.placeholder_instruction.vocabulary import _FIELD_NOUN

# 电话：none, 传真：null, Email: undefined: a field whose value is a template's or a program's default, never filled.
# (N/A after a Chinese label may be an honest 不适用: `placeholder-hedge` reports it as a warning.)
# (no leading lookbehind: it would cost `re` its skip to the first letters, ten times slower on a policy;
# the colon before the value is checked in `_field_colon`)
_DEFAULT_VALUE = lazy(r"(?:none|None|NONE|null|Null|NULL|undefined|NaN|nil)(?![A-Za-z0-9_.@-])")
_VALUE_LEAD = " \t\u3000*"  # what may stand between a field's colon and its value
# the contact or name field before it (a Chinese label for none: Email: none is honest English)
_DEFAULT_WORDS = spaced("(?:传真|傳真|手机|手機|客服|微信|QQ|联系人|聯絡人|联系|聯絡|运营者|運營者|主体|主體|负责人|負責人|公司|官网|官網)")
_DEFAULT_LABEL = lazy(
    rf"(?:(?P<zh>{_FIELD_NOUN}|{_DEFAULT_WORDS})"
    r"|(?i:e-?mail|tel|telephone|phone|fax|address|contact|website|url|company|name))[^：:\n]{0,4}?\**[ \t\u3000]*\Z"
)


def _field_colon(text: str, start: int, end: int) -> int:
    """The offset of the colon that makes `text[start:end]` a field's value (电话：none, **Fax**： null), or -1.

    A table cell counts too: `| 传真 | none |` (the cell's bar stands for the colon; the value must fill its cell).
    """
    i = start
    while i > 0 and start - i < 6 and text[i - 1] in _VALUE_LEAD:
        i -= 1
    if i > 0 and text[i - 1] in "：:":
        return i - 1
    if i > 0 and text[i - 1] == "|" and text[lstripped(text, end, _VALUE_LEAD) : lstripped(text, end, _VALUE_LEAD) + 1] in ("|", ""):
        j = i - 1
        while j > 0 and text[j - 1] in _VALUE_LEAD:
            j -= 1
        return j if j > 0 and text[j - 1] != "|" else -1  # the label cell ends here (an empty cell labels nothing)
    return -1


# a table that documents values (| Field | Default |, | 字段 | 默认值 |): its null cells are the documented values, not slots
_VALUE_HEADER = lazy(
    r"(?i:default|value\s+when|when\s+(?:not\s+provided|absent|empty|missing)|if\s+(?:not\s+provided|absent|empty|missing)|fallback"
    r"|empty\s+value)|默认|默認|缺省|未提供|未填|空值|示例值|範例值|取值|返回值"
)


def _documents_values(units: list[TextUnit], index: dict[int, int], unit: TextUnit) -> bool:
    """Whether the table cell or row `unit` lies under a header naming default values (Value when not provided, 默认值)."""
    k = index.get(id(unit), 0)
    for j in range(k, max(-1, k - 60), -1):
        u = units[j]
        if u.paragraph is None or u.paragraph.kind != "table":
            return False
        if _VALUE_HEADER.search(u.text):
            return True
    return False


def _cell_label(units: list[TextUnit], index: dict[int, int], unit: TextUnit) -> re.Match[str] | None:
    """The contact label of the cell before a value cell (<td>传真</td><td>none</td>), if that cell is only a label.

    `index` maps id(unit) to its position in `units`, built once per document: a search of the
    units for each value cell made 40,000 rows of `none` cells take 33 s (quadratic).
    """
    k = index.get(id(unit), 0)
    if k < 1:
        return None
    before = units[k - 1].text.strip(_VALUE_LEAD + "：:")
    return _DEFAULT_LABEL.fullmatch(before) if len(before) <= 12 else None


def _default_values(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """电话：none, 传真：null, Email: undefined: a default as a contact or name field's value (`_DEFAULT_VALUE`), scanned apart."""
    index: dict[int, int] | None = None
    for unit, start, end, m in ctx.scan(_DEFAULT_VALUE):
        if unit.paragraph is not None and unit.paragraph.kind == "code":
            continue  # {"email": null} in a code block: a sample of data, not a field left empty
        colon = _field_colon(unit.text, start, end)
        label = _DEFAULT_LABEL.search(unit.text, max(0, colon - 16), colon) if colon >= 0 else None
        if colon < 0 and unit.text.strip(_VALUE_LEAD) == m.group(0):
            if index is None:
                index = {id(u): k for k, u in enumerate(ctx.units())}
            label = _cell_label(ctx.units(), index, unit)  # <td>传真</td><td>none</td>: the value is a cell of its own
        if label is None or (label.group("zh") is None and m.group(0).lower() == "none"):
            continue  # 返回值为 null (code), Fax: none (honest English)
        if unit.paragraph is not None and unit.paragraph.kind == "table":
            if index is None:
                index = {id(u): k for k, u in enumerate(ctx.units())}
            if _documents_values(ctx.units(), index, unit):
                continue  # | Phone | null | under "Value when not provided": a table documenting values
        yield rule.finding(ctx, unit, start, end, text=unit.text[start:end])
