"""Hostile input, round 7: edition folders and user profiles that were read "almost" right.

- an edition file that is a broken or looping symbolic link was skipped with a warning,
  so `compare` exited 0 without it; it is now an error entry (exit 2), as `check` has it;
- a user profile's `[patterns]` names that refer to each other were left in the regex as
  the literal text `{a}`, and a pattern that matches the empty string (`資料|`, `(?=)`,
  `x?`) made its item covered by every sentence: both are one error naming the key.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import cli

SEED = Path(__file__).resolve().parent.parent / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"


@pytest.mark.parametrize("link", ["dangling", "loop"])
def test_an_edition_that_is_a_broken_link_is_an_error_entry(tmp_path: Path, link: str) -> None:
    product = tmp_path / "app"
    product.mkdir()
    shutil.copy(SEED, product / "zh-Hant.2021-03-30.txt")
    edition = product / "zh-HK.2021-03-30.txt"
    edition.symlink_to("nowhere.txt" if link == "dangling" else edition.name)
    out = cli("compare", str(product), "--format", "json", "--jobs", "1")
    assert out.returncode == 2, out.stderr
    (entry,) = json.loads(out.stdout)["products"][0]["errors"]
    assert entry["path"].endswith("zh-HK.2021-03-30.txt") and entry["error"]
    assert f"policylens: error: {edition}" in out.stderr


def test_a_fifo_edition_is_still_skipped_with_a_warning(tmp_path: Path) -> None:
    import os

    product = tmp_path / "app"
    product.mkdir()
    shutil.copy(SEED, product / "zh-Hant.2021-03-30.txt")
    os.mkfifo(product / "zh-HK.2021-03-30.txt")
    out = cli("compare", str(product), "--format", "json", "--jobs", "1")
    assert out.returncode == 0 and "not a regular file; skipped" in out.stderr


_HEAD = """schema = "policylens.profile/1"
id = "house"
title = "T"
law = "L"
lang = "zh-Hant"
[[item]]
id = "a"
name = "n"
reference = "r"
hint = "h"
rule = "x"
"""


def _check_with_profile(tmp_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "pp").mkdir(exist_ok=True)
    (tmp_path / "pp" / "house.toml").write_text(_HEAD + body, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.policylens]\nprofile-paths = ["pp"]\n', encoding="utf-8")
    shutil.copy(SEED, tmp_path / "p.txt")
    return cli("check", "p.txt", "--profile", "house", "--format", "json", cwd=tmp_path)


@pytest.mark.parametrize("pattern", ["區塊鏈|", "(?=)", "x?", "\\\\b", "(?:區塊鏈)*", "|資料"])
@pytest.mark.parametrize("key", ["all", "none"])
def test_a_profile_pattern_that_matches_the_empty_string_is_refused(tmp_path: Path, pattern: str, key: str) -> None:
    clause = f'all = ["區塊鏈"]\nnone = ["{pattern}"]' if key == "none" else f'all = ["{pattern}"]'
    body = f"[[item.cover]]\n{clause}\n"
    out = _check_with_profile(tmp_path, body)
    assert out.returncode == 2, out.stdout[:300]
    assert f"item.a.cover[0].{key}" in out.stderr and "matches the empty string" in out.stderr
    assert out.stderr.count("\n") == 1


@pytest.mark.parametrize("patterns", ['a = "{a}"', 'a = "{b}"\nb = "{a}|區塊鏈"', 'a = "x{b}"\nb = "{c}"\nc = "{a}"'])
def test_profile_pattern_names_that_refer_to_themselves_are_refused(tmp_path: Path, patterns: str) -> None:
    out = _check_with_profile(tmp_path, f'[[item.cover]]\nall = ["{{a}}"]\n[patterns]\n{patterns}\n')
    assert out.returncode == 2
    assert "refers to itself" in out.stderr and out.stderr.count("\n") == 1


def test_a_sound_user_profile_still_works(tmp_path: Path) -> None:
    out = _check_with_profile(tmp_path, '[[item.cover]]\nall = ["{a}"]\n[patterns]\na = "{b}隱私"\nb = "我們"\n')
    assert out.returncode in (0, 1), out.stderr
    coverage = json.loads(out.stdout)["files"][0]["coverage"]
    assert coverage[0]["items"][0]["status"] in ("covered", "missing")


@pytest.mark.parametrize("kind", ["dangling", "loop", "folder"])
def test_a_policylens_toml_that_cannot_be_read_is_an_error_not_skipped(tmp_path: Path, kind: str) -> None:
    """A broken `policylens.toml` was passed over: the configuration above it (here: select one rule) applied silently."""
    (tmp_path / "policylens.toml").write_text('select = ["broken-paragraph"]\n', encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    shutil.copy(SEED, sub / "p.txt")
    own = sub / "policylens.toml"
    if kind == "folder":
        own.mkdir()
    else:
        own.symlink_to("nowhere.toml" if kind == "dangling" else own.name)
    out = cli("check", "sub/p.txt", "--format", "json", cwd=tmp_path)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith(f"policylens: error: {own}: cannot read configuration") and out.stderr.count("\n") == 1
    assert cli("check", "sub/p.txt", "--no-config", "--format", "json", cwd=tmp_path).returncode in (0, 1)
