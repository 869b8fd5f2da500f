"""u34t: `TextUnit.span(start, end)`, the one call `Rule.finding` makes, is `position(start)` then `end_position(end)`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from policylens.load.document import read_document
from policylens.model import Paragraph, Piece
from policylens.rules.context import Context, Settings, TextUnit

_REAL = Path(__file__).parent / "data" / "real"


def _spans_agree(unit: TextUnit) -> int:
    """Every (start, end) with end ≥ 1, past the text's end too: the same four numbers both ways; how many were asked.

    Except where `end_position(end)` falls before `position(start)` (an empty span at a line break of an ordinary
    paragraph: it starts on the next line, it "ends" after the line before): `span` never ends before it starts
    (u56j2, `model.forward_end`), so there it starts at `position(start)` and ends at or after it."""
    n = len(unit.text)
    asked = 0
    for start in range(n + 2):
        for end in range(max(1, start), n + 3):
            first, last = unit.position(start), unit.end_position(end)
            if last < first:
                span = unit.span(start, end)
                assert span[:2] == first and span[2:] >= first, (unit.text, start, end)
            else:
                assert unit.span(start, end) == (*first, *last), (unit.text, start, end)
            asked += 1
    return asked


def _paragraph(text: str, pieces: tuple[Piece, ...]) -> TextUnit:
    para = Paragraph(text, pieces[0].line, pieces[0].column, pieces[-1].line, "paragraph", pieces)
    return TextUnit(text, "paragraph", None, para)


# (made inside the test, not at collection: a `Paragraph` alive for the whole process was counted by
# tests/test_memory_findings.py, which asks that no document's paragraph is alive while findings are rebuilt)
_MADE_UNITS: dict[str, Callable[[], TextUnit]] = {
    "one line": lambda: _paragraph("我們收集資料。", (Piece(0, 7, 3, 5),)),  # the shared piece
    "decoded entity": lambda: _paragraph("a > b", (Piece(0, 2, 1, 1), Piece(2, 1, 1, 3, 4), Piece(3, 2, 1, 7))),  # `&gt;`: its width
    "decoded, not first": lambda: _paragraph("x>", (Piece(1, 1, 2, 4, 4),)),  # one piece, not at the text's start
    "two lines": lambda: _paragraph("第一行第二行", (Piece(0, 3, 1, 1), Piece(3, 3, 2, 1))),
    "after spaces": lambda: _paragraph("  text", (Piece(2, 4, 9, 3),)),  # a piece after spaces it does not cover
    "title": lambda: TextUnit("標題", "title", None, None, ((Piece(0, 2, 1, 3),), 1, 3)),  # located through `where`
}


@pytest.mark.parametrize("name", sorted(_MADE_UNITS))
def test_made_units(name: str) -> None:
    assert _spans_agree(_MADE_UNITS[name]()) > 0


@pytest.mark.parametrize("name", ["easyshop.zh-Hant.html", "creatorpixar.zh-Hans.txt", "meinc.zh-Hans.md", "fittingroom-spec.zh-Hans.docx"])
def test_real_documents(name: str) -> None:
    """Titles, headings and paragraphs of real files (HTML entities, Markdown markup, DOCX runs): the same both ways."""
    ctx = Context(read_document(str(_REAL / name)), lang="en", settings=Settings())
    units = [u for u in ctx.units() if len(u.text) <= 60][:40]
    assert {u.kind for u in units} >= {"paragraph"}
    assert sum(_spans_agree(u) for u in units) > 0
