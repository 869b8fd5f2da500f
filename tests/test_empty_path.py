"""An empty path argument (`policylens check "$FILE"` with FILE unset) is an error in every command, never the current folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED
from helpers import cli


@pytest.mark.parametrize(
    "args",
    [("parse", ""), ("check", ""), ("check", str(SEED), ""), ("diff", "", str(SEED)), ("diff", str(SEED), ""), ("compare", "")],
    ids=["parse", "check", "check-second", "diff-old", "diff-new", "compare"],
)
def test_an_empty_path_is_refused_in_one_line(args: tuple[str, ...], tmp_path: Path) -> None:
    (tmp_path / "policy.txt").write_bytes(SEED.read_bytes())  # what `check ''` would have scanned in the current folder
    result = cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert (
        result.stderr
        == "policylens: error: an empty path was given (an unset variable?); name a file or folder, or '.' for the current folder\n"
    )
