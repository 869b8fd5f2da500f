"""The pre-commit hook: its default file pattern, the README's example, and a run by the real `pre-commit try-repo`."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from policylens import __version__

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _hook() -> dict[str, object]:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return hook


def _readme_config() -> dict[str, object]:
    """The `.pre-commit-config.yaml` example in the README (the yaml block that starts with `repos:`)."""
    blocks = re.findall(r"```yaml\n(repos:.*?)```", README, flags=re.S)
    assert len(blocks) == 1, "the README has one pre-commit example"
    return yaml.safe_load(blocks[0])


@pytest.mark.parametrize(
    ("path", "checked"),
    [
        ("privacy.md", True),
        ("docs/privacy-policy.html", True),
        ("docs/zh-TW/Privacy.txt", True),
        ("legal/隐私政策.md", True),
        ("legal/隱私權政策.docx", True),
        ("hk/私隱政策.htm", True),
        ("README.md", False),
        ("CHANGELOG.md", False),
        ("docs/index.md", False),
        ("privacy/README.md", False),  # the folder's name is not the file's
        ("privacy.py", False),
        ("requirements.txt", False),
    ],
)
def test_default_files_are_only_policies_never_every_markdown_file(path: str, checked: bool) -> None:
    """Without `files:` the hook takes files named as privacy policies only (pre-commit searches the pattern)."""
    assert bool(re.search(str(_hook()["files"]), path)) is checked


def test_readme_example_points_the_hook_at_policy_files() -> None:
    (repo,) = _readme_config()["repos"]  # type: ignore[index]
    assert repo["repo"] == "https://github.com/policylens/policylens"
    assert repo["rev"] == f"v{__version__}"  # the release tag the README promises: this version's
    (hook,) = repo["hooks"]
    assert hook["id"] == _hook()["id"]
    files = re.compile(hook["files"])
    assert files.search("policies/zh-TW.md") and not files.search("README.md")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_try_repo(tmp_path: Path) -> None:
    repo = tmp_path / "site"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "ci@example.com")
    _git(repo, "config", "user.name", "ci")
    placeholder = "# 隱私權政策\n\n請參閱【】以瞭解您的權利。\n"
    (repo / "privacy-bad.md").write_text(placeholder, encoding="utf-8")
    (repo / "privacy-good.md").write_text("# 隱私權政策\n\n更新日期：2021年3月30日\n\n我們依法保護您的個人資料。\n", encoding="utf-8")
    (repo / "README.md").write_text(placeholder, encoding="utf-8")  # not a policy: the default pattern leaves it alone
    _git(repo, "add", ".")
    # Each `try-repo` builds the hook's environment afresh (a virtualenv, then `pip install .`
    # of this repository: 7-10 s of CPU), so the three cases take two runs.  Build isolation
    # is off: pip builds with the setuptools virtualenv seeds instead of installing it again
    # (2 s); the build requirements themselves are installed by every other `pip install`
    # of this repository (.ci/run, the README).
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_BUILD_ISOLATION": "0"}
    for setting in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX"):  # bytecode where a user's pre-commit puts it
        env.pop(setting, None)

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "policylens-check", "--files", *files],
            cwd=repo,
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
        )

    # A bad policy fails the hook, a good one beside it is not reported, and the README is
    # not even passed (its placeholder would be reported).
    bad = try_repo("privacy-bad.md", "privacy-good.md", "README.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    report = bad.stdout.split("policylens check", 1)[1]
    assert "privacy-bad.md:3:4: error placeholder-empty" in report
    assert "privacy-good.md" not in report and "README.md" not in report
    assert "2 files checked: 1 error," in report  # the two policies went to the hook, the README did not
    # Without the bad policy the hook passes: the good one is clean, and the README (which
    # would fail) is left out by the hook's default `files`.
    good = try_repo("privacy-good.md", "README.md")
    assert good.returncode == 0, good.stdout + good.stderr
    assert re.search(r"policylens check\.*Passed", good.stdout), good.stdout
