"""broken-paragraph: a sentence split across two paragraphs."""

from __future__ import annotations

from collections.abc import Iterator

from policylens.model import Finding
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit


@register
class BrokenParagraph(Rule):
    """Flags a sentence that is split across two paragraphs.

    ## What it does
    Reports each paragraph break that `parse` had to repair: a paragraph that stops
    mid-sentence (no closing punctuation, e.g. 「…其用於進一步」) followed by a
    paragraph that continues it (「改進我們的產品和服務。」).  The finding points at
    the end of the broken-off part and names the line where the sentence goes on.

    ## Why is this bad?
    Rendered on a web page or in an app, the sentence appears as two paragraphs, or
    as a list item followed by a stray line, and readers lose the meaning of the clause.

    ## Example
        - 有關我們的產品和服務的使用方面的分析和開發統計資料，其用於進一步

        改進我們的產品和服務。

    Use instead:
        - 有關我們的產品和服務的使用方面的分析和開發統計資料，其用於進一步改進我們的產品和服務。
    """

    id = "broken-paragraph"
    severity = "warning"
    groups = ("layout",)
    messages = {
        "en": "sentence is broken across paragraphs; it continues on line {line}",
        "zh-Hant": "句子被拆成兩個段落，下文在第 {line} 行",
        "zh-Hans": "句子被拆成两个段落，下文在第 {line} 行",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        """One finding per repaired break, at the last characters before it."""
        for unit in ctx.units():
            if unit.paragraph is None:
                continue
            for brk in unit.paragraph.breaks:
                # The last few characters before the break: where the reader sees it stop.
                text = unit.text[: brk.offset].rstrip()
                start = max(0, len(text) - 6)
                if text and _cut_by_the_reader(unit, len(text), brk.offset):
                    continue
                yield self.finding(ctx, unit, start, len(text), suggestion=None, line=brk.line)


_READER_CUT = 4  # the most source columns between the two parts of a cut the plain-text reader made (its double spaces)


def _cut_by_the_reader(unit: TextUnit, end: int, offset: int) -> bool:
    """Whether the text before a break (ending at `end`) and its continuation (at `offset`) lie in one source line with only a
    few columns between them: a policy written on one line, cut at its double spaces by the plain-text reader
    (corpora/qunachongdian-privacy zh-Hans.2024-12-11.oneline.txt), not paragraphs the author broke.  Elements on one HTML
    line are the author's paragraphs: their tags stand between them."""
    _, _, end_line, end_column = unit.span(end - 1, end)
    line, column, _, _ = unit.span(offset, offset + 1)
    return end_line == line and 0 <= column - end_column <= _READER_CUT
