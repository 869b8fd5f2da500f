"""The words and shapes every reading of a glued title shares: the longest title (`MAX_TITLE`), the gap, Han
characters, punctuation, sentence ends and lead-in words that make a line a sentence, a number's value, and a block's
lines given back as text blocks (`_as_text`).
"""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.lines import is_list_item
from policylens.model import Block
from policylens.patterns import HAN, SENTENCE_ENDS
from policylens.structure.headings import heading_value
from policylens.structure.memo import parse_number
from policylens.structure.shapes import Heading

MAX_TITLE = 16
_GAP = lazy(r"[ \t\u3000\u00a0]+")
_HAN = lazy("[\u3400-\u4dbf\u4e00-\u9fff]")
_PUNCT = lazy(r"[，,。．；;：:、！!？?「」『』（）()【】《》“”\"']")
_SENTENCE_END = SENTENCE_ENDS
_LEAD_IN = ("如果", "如", "若", "以下", "下列", "我們", "我们", "您", "請", "请", "本公司", "當", "当", "為了", "为了")


# A bracketed note closing a short title: 「第三方清單（依現況）」.
_TRAILING_NOTE = lazy(rf"(?<=[{HAN}A-Za-z0-9]{{2}})\s*[（(][^（）()]{{1,30}}[）)]$")
_SENTENCE_WORDS = lazy(r"[我您你妳請请需應应]")
_LINE_END = _SENTENCE_END + ("：", ":", "！", "？")


def _as_text(parts: list[Block]) -> list[Block]:
    """The text cut off a numbered list-item title is a paragraph, not a list item."""
    return [part._replace(kind="paragraph") if part.kind == "item" and not is_list_item(part.text) else part for part in parts]


def _value(label: str) -> int | None:
    """The numeral of a label: 「3.」 → 3, 「三、」 → 3, 「2.4」 → 4."""
    return heading_value(Heading(-1, label, parse_number(label + "x"), ()))
