"""`-o LINK` where LINK is a symbolic link writes the report to the file it points to and keeps
the link (the temporary file was renamed onto the link, which became a regular file and left
its target stale); `-o ''` is one clear error."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import cli

SLOT = "隱私權政策\n\n我們會收集【】。\n"


def test_a_symlinked_report_keeps_its_link(tmp_path: Path) -> None:
    policy = tmp_path / "p.txt"
    policy.write_text(SLOT, encoding="utf-8")
    real = tmp_path / "reports" / "real.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    os.symlink(real, link)
    result = cli("check", str(policy), "--format", "json", "-o", str(link))
    assert result.returncode == 1, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith('{"schema":"policylens.check/1"')
    assert [p.name for p in real.parent.iterdir()] == ["real.json"]  # no temporary file left


def test_an_empty_output_name_is_one_error(tmp_path: Path) -> None:
    policy = tmp_path / "p.txt"
    policy.write_text(SLOT, encoding="utf-8")
    result = cli("check", str(policy), "-o", "")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["policylens: error: the report needs a file name (`-o ''` names none)"]
