"""Hostile input, round 10: `compare --git` on files whose names git quotes.

`git log --name-only` quotes a name that is not plain ASCII (core.quotePath): 「隱私權政策.md」
came back as `"\\351\\232\\261…"`, a name with a newline as `"a\\nb.md"`, and `git show
SHA:"\\351…"` of every version failed (`git show failed: fatal: path … does not exist`): a
Chinese file name, the usual name of a Chinese policy, could not be compared through its
history at all.  The log is now read with `-z` (names as written, NUL-terminated) and its
bytes kept as the file system's (`os.fsdecode`), so a name that is not UTF-8 works too.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from helpers import cli
from test_compare_sources import _git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs the git executable")

STEPS = [
    ("2024-01-15", "# 隱私權政策\n\n## 一、收集\n\n我們收集您的姓名。\n"),
    ("2024-06-01", "# 隱私權政策\n\n## 一、收集\n\n我們收集您的姓名與電子郵件。\n"),
]


def _history(repo: Path, name: str) -> Path:
    repo.mkdir(parents=True)
    _git(repo, "init", "-q")
    _git(repo, "config", "core.quotePath", "true")  # git's default, whatever the machine's configuration says
    policy = repo / name
    for day, text in STEPS:
        policy.write_text(text, encoding="utf-8")
        _git(repo, "add", "-A")
        _git(repo, "commit", "-q", "-m", day, date=day)
    return policy


NAMES = {
    "chinese": "隱私權政策.md",
    "space-and-quote": 'privacy "policy" v2.md',
    "newline": "privacy\npolicy.md",
    "tab-and-backslash": "privacy\t\\policy.md",
    "not-utf8": os.fsdecode(b"privacy\xe9.md"),
}


@pytest.mark.parametrize("name", list(NAMES.values()), ids=list(NAMES))
def test_git_history_of_a_file_whose_name_git_quotes(tmp_path: Path, name: str) -> None:
    policy = _history(tmp_path / "repo", name)
    done = cli("compare", "--git", str(policy), "--edition", "zh-Hant", "--product", "p", "--format", "json", "--jobs", "1")
    assert done.returncode == 0, done.stderr
    (product,) = json.loads(done.stdout)["products"]
    assert product["errors"] == []
    assert [e["id"] for e in product["editions"]] == ["zh-Hant.2024-01-15", "zh-Hant.2024-06-01"]
    (timeline,) = product["versions"]
    assert timeline["steps"][0]["summary"]["modified"] == 1


def test_git_history_follows_a_rename_to_a_chinese_name(tmp_path: Path) -> None:
    policy = _history(tmp_path / "repo", "privacy.md")
    repo = policy.parent
    _git(repo, "mv", "privacy.md", "隱私權政策.md")
    _git(repo, "commit", "-q", "-m", "rename", date="2024-07-01")
    renamed = repo / "隱私權政策.md"
    renamed.write_text(STEPS[-1][1] + "\n## 二、聯絡我們\n\n請寫信給我們。\n", encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "contact", date="2024-08-01")
    done = cli("compare", "--git", str(renamed), "--edition", "zh-Hant", "--format", "json", "--jobs", "1")
    assert done.returncode == 0, done.stderr
    (product,) = json.loads(done.stdout)["products"]
    assert product["errors"] == []
    assert [e["date"] for e in product["editions"]] == [
        "2024-01-15",
        "2024-06-01",
        "2024-07-01",
        "2024-08-01",
    ]  # the rename is a commit of the file


def test_git_commits_reads_the_nul_separated_log() -> None:
    from policylens.compare.inputs import _git_commits

    sha1, sha2 = "a" * 40, "b" * 40
    log = f"\0{sha2}\t2024-06-01T12:00:00+00:00\0\n新.md\0\0{sha1}\t2024-01-15T12:00:00+00:00\0\na\nb.md\0"
    assert _git_commits(log, "x.md") == [(sha2, "2024-06-01", "新.md"), (sha1, "2024-01-15", "a\nb.md")]
    assert _git_commits("", "x.md") == []
