"""`load.markdown.parser._lean_table` no longer makes a GFM table's row and cell tokens at all (u32h).

It made them and dropped them one by one: a third of the load of a 170,000-row table.  The tokens it keeps must be
exactly those markdown-it's own table rule makes, minus the rows and cells, with the same levels and line maps, in
every container a table can stand in; and a table's text must still be read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from helpers import parse_path
from policylens.load.markdown.parser import MAX_NESTING, _parser

_ROW_KINDS = {"thead_open", "thead_close", "tbody_open", "tbody_close", "tr_open", "tr_close", "th_open", "th_close", "td_open", "td_close"}

_TABLE = "| 項目 | 說明 |\n|:---|---:|\n| 姓名 | 收集 |\n| 電話 \\| 傳真 | 聯絡 |\n"
_DOCUMENTS = [
    "# 政策\n\n" + _TABLE + "\n## 二、使用\n\n我們使用資料。\n",
    "> " + _TABLE.replace("\n", "\n> ") + "\n後文。\n",
    "- 項目\n\n  " + _TABLE.replace("\n", "\n  ") + "\n- 第二項\n",
    "1. 一\n   > " + _TABLE.replace("\n", "\n   > ") + "\n2. 二\n",
    _TABLE + _TABLE.replace("項目", "欄位") + "段落。\n",
    "| 只有表頭 |\n|---|\n",
    "| a | b |\n|---|\n| 不是表格 |\n",
]


def _reference(text: str) -> list[tuple[str, int, list[int] | None, str]]:
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table").disable("inline")
    tokens = md.parse(text)
    kept = [t for t in tokens if t.type not in _ROW_KINDS and not (t.type == "inline" and t.level > 0 and _in_table(tokens, t))]
    return [(t.type, t.level, t.map, t.content) for t in kept]


def _in_table(tokens: list, token: object) -> bool:
    depth = 0
    for t in tokens:
        if t is token:
            return depth > 0
        if t.type == "table_open":
            depth += 1
        elif t.type == "table_close":
            depth -= 1
    return False


@pytest.mark.parametrize("text", _DOCUMENTS)
def test_kept_tokens_are_markdown_its_own(text: str) -> None:
    ours = [(t.type, t.level, t.map, t.content) for t in _parser().parse(text)]
    assert ours == _reference(text)
    assert not any(kind in _ROW_KINDS for kind, *_ in ours)


def test_table_text_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    path.write_text(_DOCUMENTS[0], encoding="utf-8")
    doc = parse_path(path)
    text = "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "姓名" in text and "電話" in text and "我們使用資料" in text
    assert [s.title for s in doc.sections if s.title] == ["二、使用"] or "二、使用" in [s.title for s in doc.sections]
