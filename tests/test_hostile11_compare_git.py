"""Hostile input, round 11: `compare --git` on a file whose name is a pathspec pattern.

git reads a path given after `--` as a pathspec: 「zh-Hant[1].md」 is a glob that also matches
zh-Hant1.md, so the history of that other file (three versions, two of them never this file's)
was compared under this file's name, with no word of it; a name opening with `:(` is pathspec
magic.  Paths are now passed as literal pathspecs.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers import cli
from test_compare_sources import _git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs the git executable")


def _commit(repo: Path, day: str, files: dict[str, str]) -> None:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", day, date=day)


@pytest.mark.parametrize("name", ["zh-Hant[1].md", "zh-Hant*.md", "zh-Hant?.md", ":(glob)zh-Hant.md"])
def test_a_pattern_like_name_has_only_its_own_history(tmp_path: Path, name: str) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    _commit(repo, "2024-01-15", {f"p/{name}": "# 隱私權政策\n\n## 一、收集\n\n我們收集您的姓名。\n", "p/zh-Hant1.md": "# 其他\n\n甲。\n"})
    _commit(repo, "2024-03-01", {"p/zh-Hant1.md": "# 其他\n\n乙。\n"})
    _commit(repo, "2024-06-01", {"p/zh-Hant1.md": "# 其他\n\n丙。\n", "p/zh-Hant2.md": "# 又一個\n\n丁。\n"})
    result = cli("compare", "--git", str(repo / "p" / name), "-f", "json")
    assert result.returncode in (0, 1), result.stderr
    editions = [e for product in json.loads(result.stdout)["products"] for e in product["editions"]]
    assert [e["date"] for e in editions] == ["2024-01-15"], editions  # one commit changed this file
