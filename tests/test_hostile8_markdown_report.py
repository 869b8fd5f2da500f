"""Hostile input, round 8: file names that break the table of `diff --format markdown`.

The report's first table shows both file names in code spans.  In a GFM table a `|` ends
the cell even inside a code span, so `x|y.md` split the row into four cells and showed the
name cut in two; a backtick in the name ended the code span early.  The name is now
escaped for the cell (`\\|`) and fenced with more backticks than it holds.  Checked by
rendering the report with markdown-it's GFM tables.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from helpers import cli

POLICY = "# 隱私政策\n\n## 一、收集\n\n請填寫【】。\n"


@pytest.mark.parametrize("name", ["x|y.md", "q`r.md", "a``b|c.md", "plain.md", "空 白.md"])
def test_a_file_name_stays_in_its_table_cell(tmp_path: Path, name: str) -> None:
    old, new = tmp_path / "old.md", tmp_path / name
    old.write_text(POLICY, encoding="utf-8")
    new.write_text(POLICY.replace("【】", "【】與【】"), encoding="utf-8")
    done = cli("diff", str(old), str(new), "--format", "markdown")
    assert done.returncode == 1, done.stderr
    tokens = MarkdownIt("commonmark").enable("table").parse(done.stdout)
    rows: list[list[str]] = []
    for k, token in enumerate(tokens):
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and k and tokens[k - 1].type in ("td_open", "th_open"):
            rows[-1].append("".join(child.content for child in token.children or ()))
    (file_row,) = [r for r in rows if r and r[0] == "file"]
    assert file_row == ["file", str(old), str(new)]
