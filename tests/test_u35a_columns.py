"""Columns of the Flutter and ArkUI readers (`load.dart`, `load.arkts`) when two texts share a source line (helper u35a).

Both readers rewrite the source as an HTML page of the same lines.  A text's column held only while the tags fitted in
the code before it and the text was as wide as its literal: two texts on one line put `</p><p>` (and `<b>`) into a short
gap, an escape `\\n` became `<br>`, `\\'` one character and `&` the five of `&amp;`, so every later character on that line
was reported to the right of where it is (a `check` finding at 8:23 for a 「【待填写】」 at 8:21).  `load.page_columns`
now notes where each run of the page's text came from and moves every position back to its source column.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load import load
from policylens.load.page_columns import ColumnMap
from policylens.model import Piece

DART = """import 'package:flutter/material.dart';
class P extends StatelessWidget {
  Widget build(BuildContext context) {
    return Column(children: [
      Text('一、信息收集', style: TextStyle(fontWeight: FontWeight.bold)),
      Row(children: [Text('联系人：'), Text('【待填写】')]),
      Row(children: [Text('邮箱：', style: TextStyle(fontWeight: FontWeight.bold)), Text('[your@email]')]),
      Text('第一行\\n第二行【待填写】'),
      Text('It\\'s A&B <x> 【待填写】'),
      Text(r'raw \\n A&B【待填写】'),
    ]);
  }
}
"""

ETS = """@Entry
@Component
struct P {
  build() {
    Column() {
      Text('一、信息收集').fontWeight(FontWeight.Bold)
      Row() { Text('联系人：').fontWeight(FontWeight.Bold); Text('【待填写】').fontWeight(FontWeight.Bold) }
      Text('第一行\\n第二行【待填写】')
      Text('A&B \\u3010待填写\\u3011 它\\'s')
      Text() { Span('甲').fontWeight(FontWeight.Bold) Span('乙【待填写】') }
    }
  }
}
"""


def _misplaced(path: Path) -> list[tuple[str, int, str, tuple[int, int], str]]:
    """Every text character whose reported (line, column) does not hold it in the source (escapes excepted)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    bad = []
    for block in load(str(path)).parsed.blocks:
        for k, ch in enumerate(block.text):
            line, column = block.position(k)
            at = lines[line - 1][column - 1 : column]
            if at != ch and at != "\\":  # (an escape's character is reported at its backslash)
                bad.append((block.text, k, ch, (line, column), at))
    return bad


@pytest.mark.parametrize(("name", "source"), [("screen.dart", DART), ("page.ets", ETS)])
def test_every_character_at_its_source_column(tmp_path: Path, name: str, source: str) -> None:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    assert _misplaced(path) == []


def test_escape_reported_at_its_backslash_with_its_width(tmp_path: Path) -> None:
    path = tmp_path / "page.ets"
    path.write_text(ETS, encoding="utf-8")
    block = next(b for b in load(str(path)).parsed.blocks if b.text.startswith("A&B"))
    k = block.text.index("【")
    line = ETS.split("\n")[8]
    assert block.position(k) == (9, line.index("\\u3010") + 1)
    assert block.end_position(k + 1) == (9, line.index("\\u3010") + 7)  # the escape's six characters


def test_second_text_of_a_line_at_its_slot(tmp_path: Path) -> None:
    path = tmp_path / "screen.dart"
    path.write_text(DART, encoding="utf-8")
    slot = next(b for b in load(str(path)).parsed.blocks if b.text == "【待填写】")
    assert (slot.line, slot.column) == (6, DART.split("\n")[5].index("【") + 1)


def test_one_text_a_line_keeps_its_columns(tmp_path: Path) -> None:
    # a page whose texts each have a line and no escape: the same positions as the page's own (nothing to move)
    source = "Column(children: [\n  Text('一、总则'),\n  Text('本政策适用于本应用。'),\n])\n"
    path = tmp_path / "a.dart"
    path.write_text(source, encoding="utf-8")
    blocks = load(str(path)).parsed.blocks
    assert [(b.text, b.line, b.column) for b in blocks] == [("一、总则", 2, 9), ("本政策适用于本应用。", 3, 9)]
    assert _misplaced(path) == []


def test_unmapped_positions_stay() -> None:
    columns = ColumnMap()
    columns.add(3, 10, 4, 20, 4)
    assert columns.column(3, 5) == 5  # before any copied run
    assert columns.column(4, 12) == 12  # another line
    assert columns.column(3, 12) == 22
    assert columns.piece(Piece(0, 6, 3, 8)) == [Piece(0, 2, 3, 8), Piece(2, 4, 3, 20)]
