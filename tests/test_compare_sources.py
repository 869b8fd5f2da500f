"""`compare` inputs beyond folders: `--git` history (a real repository with three commits) and Dask."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CORPORA, SEED
from helpers import cli
from policylens.commands import build_app
from policylens.compare import CompareOptions, compare_products, discover_products

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs the git executable")


def _git(repo: Path, *args: str, date: str | None = None) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    if date:
        env.update(GIT_AUTHOR_DATE=f"{date}T12:00:00+00:00", GIT_COMMITTER_DATE=f"{date}T12:00:00+00:00")
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """docs/privacy.txt with three commits: the seed without its CCPA appendix, then 30 → 45 days, then the appendix."""
    repo = tmp_path / "docs-repo"
    (repo / "policies").mkdir(parents=True)
    _git(repo, "init", "-q")
    seed = SEED.read_text(encoding="utf-8")
    cut = seed.index("附錄（僅限加州居民）")
    policy = repo / "policies" / "privacy.txt"
    steps = [
        ("2020-01-15", seed[:cut].replace("【20210330】", "【20200115】")),
        ("2020-06-01", seed[:cut].replace("【20210330】", "【20200601】").replace("我們致力於確保", "我們始終致力於確保")),
        ("2021-03-30", seed),
    ]
    for day, text in steps:
        policy.write_text(text, encoding="utf-8")
        _git(repo, "add", "-A")
        _git(repo, "commit", "-q", "-m", f"policy {day}", date=day)
    (repo / "README.md").write_text("not the policy", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "readme", date="2021-04-01")
    return repo


def test_git_history_gives_one_version_per_commit(repo: Path) -> None:
    discovery = discover_products([], git=[str(repo / "policies" / "privacy.txt")], edition="zh-Hant", product="smartmi")
    (product,) = compare_products(discovery, CompareOptions())
    assert [e["id"] for e in product["editions"]] == ["zh-Hant.2020-01-15", "zh-Hant.2020-06-01", "zh-Hant.2021-03-30"]
    assert all("@" in e["path"] for e in product["editions"])
    assert product["base"] == "zh-Hant.2021-03-30"
    (timeline,) = product["versions"]
    first, second = timeline["steps"]
    assert (first["from"], first["to"], second["from"], second["to"]) == ("2020-01-15", "2020-06-01", "2020-06-01", "2021-03-30")
    assert first["summary"]["modified"] >= 1 and first["summary"]["added"] == 0
    assert second["summary"]["added"] == 3  # the appendix and its two sections
    assert product["divergences"] == [] and product["errors"] == []


def test_git_edition_from_the_text_when_the_name_does_not_say(repo: Path) -> None:
    result = CliRunner().invoke(
        build_app(), ["compare", "--git", str(repo / "policies" / "privacy.txt"), "--format", "json", "--jobs", "1"]
    )
    assert result.exit_code == 0, result.output
    product = json.loads(result.stdout)["products"][0]
    assert product["product"] == "policies" and {e["edition"] for e in product["editions"]} == {"zh-Hant"}


def test_git_outside_a_repository_is_one_clear_line(tmp_path: Path) -> None:
    lonely = tmp_path / "zh-Hant.txt"
    lonely.write_text("隱私權政策\n", encoding="utf-8")
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path)}
    done = cli("compare", "--git", str(lonely), env=env)
    assert done.returncode == 2 and done.stderr.startswith("policylens: error: ") and done.stderr.count("\n") == 1


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_json_as_one_job(tmp_path: Path) -> None:
    """Two products, one of editions and one of versions, each a chunk of work for one of the two workers: a result lost,
    out of order or changed on its way back shows (issue #13, u52m: a third product, mozilla-pocket-privacy, was 1.4 s of
    CPU twice and no planted defect of the Dask path needed it; docs/history/test-suite.md)."""
    pytest.importorskip("distributed")
    folders = [str(CORPORA / "rust-lang-privacy"), str(CORPORA / "filterbox-privacy")]
    one = cli("compare", *folders, "--format", "json", "--jobs", "1")
    dask = subprocess.run(
        [
            sys.executable,
            "-m",
            "policylens",
            "compare",
            *folders,
            "--format",
            "json",
            "--jobs",
            "2",
            "--executor",
            "dask",
            "--scheduler",
            "local",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert one.returncode in (0, 1) and dask.returncode == one.returncode, dask.stderr
    assert json.loads(dask.stdout) == json.loads(one.stdout)
    assert json.loads(one.stdout)["products"]
