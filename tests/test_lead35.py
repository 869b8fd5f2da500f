"""The lead's fixes of session 35, each tested both ways.

1. No line of a human-readable report starts a GitHub Actions workflow command: a policy's own line 「::error::…」 (or
   `::add-mask::`, indented or not: the runner trims the indent) at the start of a line of `parse -f markdown`, the rich
   tree's root (`parse -f rich`) or the left column of `diff --side-by-side -f text` forged an annotation in a CI log.
   Such a line gets a backslash (`render.safe.no_command`; in Markdown `\\:` shows `:`), any other line is as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli
from policylens.render.diffview import cells, two_columns
from policylens.render.safe import no_command

OLD = (
    "::error::隐私政策\n\n::error::第一段内容很长很长很长。\n\n## ::warning::二、收集\n\n"
    "  ::add-mask::我们收集您的信息。\n\n```\n::notice::代码\n```\n"
)
NEW = OLD.replace("我们收集您的信息。", "我们收集您的信息与设备信息。") + "\n::error::新增段落。\n"


@pytest.mark.parametrize(
    "args",
    [
        ("parse", "old.md"),
        ("parse", "old.md", "--topics"),
        ("check", "old.md"),
        ("diff", "old.md", "new.md"),
        ("diff", "old.md", "new.md", "--side-by-side"),
        ("compare", "cmp"),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "rich", "markdown"])
def test_no_report_line_starts_a_workflow_command(tmp_path: Path, args: tuple[str, ...], fmt: str) -> None:
    (tmp_path / "old.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.md").write_text(NEW, encoding="utf-8")
    (tmp_path / "cmp").mkdir()
    (tmp_path / "cmp" / "zh-CN.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "cmp" / "zh-TW.md").write_text(NEW, encoding="utf-8")
    result = cli(*args, "-f", fmt, cwd=tmp_path, env={"COLUMNS": "100"})
    if result.returncode == 2:
        assert "format" in result.stderr  # a format this command does not offer
        return
    lines = result.stdout.splitlines()
    assert lines, result.stderr
    assert not [line for line in lines if line.lstrip().startswith("::")]


def test_the_text_stays_readable_where_it_is_escaped(tmp_path: Path) -> None:
    (tmp_path / "old.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.md").write_text(NEW, encoding="utf-8")
    markdown = cli("parse", "old.md", "-f", "markdown", cwd=tmp_path).stdout.splitlines()
    assert "\\::error::第一段内容很长很长很长。" in markdown
    assert "\\::add-mask::我们收集您的信息。" in markdown  # Markdown drops the indent
    assert "\\::notice::代码" in markdown  # shown with its backslash inside the code block: safety first
    side = cli("diff", "old.md", "new.md", "--side-by-side", "-f", "text", cwd=tmp_path, env={"COLUMNS": "100"})
    rows = [row for row in side.stdout.splitlines() if "add-mask" in row]
    assert rows and rows[0].startswith("\\") and "::add-mask::我们收集您的信息" in rows[0]


def test_no_command_changes_only_lines_that_start_with_two_colons() -> None:
    assert no_command("::error::x") == "\\::error::x"
    assert no_command(" \u3000::x") == "\\ \u3000::x"
    for line in ("a::b", ":单个冒号", "说明：：全角", "", "   ", "http://x"):
        assert no_command(line) == line


def test_two_columns_keep_their_width_when_a_row_is_escaped() -> None:
    plain = two_columns("普通文字", "右边", 40)
    escaped = two_columns("::warning::左边", "右边", 40)
    assert escaped[0].startswith("\\::warning::左边")
    assert cells(escaped[0].split("│")[0]) == cells(plain[0].split("│")[0])
    assert two_columns("a::b", "c", 40) == [f"a::b{' ' * (18 - 4)} │ c"]
