"""Field lines of a `<br>`-split paragraph (u55f, issue #11 §1): which lines open with a field's label, for
`load.html.titles._shown_breaks` to read a Word page's record fields as lines.

A Word-exported page puts a record's fields in one `<p>`, one a `<br>` line (eval/blind/round54p teyouliao-zh-vue:
「SDK名：glide<br>开发者名称：<br>收集信息范围：…」).  A run of label lines with an empty field after its first line is cut
into lines, so the empty field is read as in a text file; an empty label opening the run is a heading over its fields
(「个人信息保护负责人：<br>姓名：…」, 「注：<br>例如：…」), and a run of filled fields is left joined as before (a page's
paragraphs and `diff` move only where a field is empty).
"""

from __future__ import annotations

from itertools import pairwise

from policylens.lazyre import lazy
from policylens.normalise import WHITESPACE

# a line opening with a field's label, its value there or not: 「开发者名称：」, 「SDK名：glide」 (a Chinese word in it; no
# bracket, quote or blank line in the label: 「辨識財務者（例如：…」 is a sentence, 「____：」 a signature line)
_LABEL_LINE = lazy(r"[ \t\u3000\n]{0,4}(?=[^：:\n]{0,11}[\u4e00-\u9fff])[^，,。；;：:\s（）()「」“”【】\[\]_＿]{1,12}[：:]")


def field_lines(text: str, breaks_bounds: list[int]) -> list[bool | None]:
    """For each line `text[a:b]` between consecutive `breaks_bounds`: True, a field with its value; False, an empty
    field; None, no field line to cut (no label, or in a run of labels with no empty field after its first line)."""
    labels = [_field_line(text, a, b) for a, b in pairwise(breaks_bounds)]
    out: list[bool | None] = list(labels)
    k = 0
    while k < len(labels):
        if labels[k] is None:
            k += 1
            continue
        end = k
        while end + 1 < len(labels) and labels[end + 1] is not None:
            end += 1
        if all(labels[k + 1 : end + 1]):
            out[k : end + 1] = [None] * (end + 1 - k)
        k = end + 1
    return out


def _field_line(text: str, start: int, end: int) -> bool | None:
    """Whether `text[start:end]` opens with a field's label (`_LABEL_LINE`) and has its value (None: no label)."""
    label = _LABEL_LINE.match(text, start, end)
    return None if label is None else bool(text[label.end() : end].strip(WHITESPACE))
