"""A language switcher above the policy is noise in every spelling: Markdown links to the other
editions, one name with "version" and an arrow
(「English version »」), or one name as a link or an edition (「中文版」); one plain name alone (「English」) may head a section and stays text.  It replaced or hid the title, and `diff`
reported a split or a title change."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli
from policylens.language_names import is_switcher_line

OLD = "隱私權政策\n\n我們重視您的隱私。\n\n一、收集\n\n我們收集您的姓名。\n"


@pytest.mark.parametrize(
    "line",
    [
        "[English](./en.md) | [简体中文](./zh-Hans.md) | [繁體中文](./zh-Hant.md)",
        "English version »",
        "中文版",
        "[English](./en.md)",
        "中文版 | English",
    ],
)
def test_a_switcher_line_above_the_title_changes_nothing(tmp_path: Path, line: str) -> None:
    assert is_switcher_line(line)
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(f"{line}\n\n{OLD}", encoding="utf-8")
    result = cli("diff", str(old), str(new), "--format", "text")
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    "line", ["English is our working language.", "中文客服", "[隐私政策](./privacy.md)", "请选择中文或English版本", "English", "中文"]
)
def test_text_that_only_names_a_language_is_not_a_switcher(line: str) -> None:
    assert not is_switcher_line(line)
