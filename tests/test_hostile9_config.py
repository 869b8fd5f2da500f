"""Hostile input, round 9: configuration values that break things further down.

- A path in a TOML file holding NUL (`baseline = "a\\u0000b"`, `profile-paths`, a manifest's
  `path`): no file can have that name, and `open` raised a ValueError that was reported
  against the policy being checked (`p.md: cannot be read (ValueError: embedded null byte)`)
  or as an internal error.  Now one line naming the configuration key.
- An operating-system error on a path the run only looked at (a 5,000-character
  `profile-paths` entry: "File name too long") was reported as `cannot write the output`.
  Any `OSError` that names a file is now reported against that file.
- `placeholder-patterns` are joined to the rule's own patterns in one alternation.  A pattern
  that compiles alone could fail there (`(?i)公司名称`: "global flags not at the start", for
  every file checked, blamed on the file), take one of the rule's group names, or mean
  something else (`(.)\\1\\1`: `\\1` became the rule's first group).  Each is refused when the
  configuration is read, naming the pattern.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import cli

POLICY = "# 隱私權政策\n\n## 一、聯絡我們\n\n請聯絡本公司。XXX公司負責。\n"


def _check(folder: Path, toml: str, *extra: str) -> tuple[int, str, str]:
    (folder / "p.md").write_text(POLICY, encoding="utf-8")
    (folder / "policylens.toml").write_text(toml, encoding="utf-8")
    done = cli("check", str(folder / "p.md"), "--format", "json", *extra)
    return done.returncode, done.stdout, done.stderr


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("policylens: error: "), stderr
    assert "internal error" not in stderr
    return lines[0]


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ('baseline = "a\\u0000b.json"\n', "'baseline'"),
        ('profile-paths = ["pro\\u0000files"]\nprofiles = ["x"]\n', "'profile-paths'"),
    ],
    ids=["baseline", "profile-paths"],
)
def test_a_nul_in_a_configured_path_is_one_line_naming_the_key(tmp_path: Path, toml: str, key: str) -> None:
    code, _, stderr = _check(tmp_path, toml)
    assert code == 2
    line = _one_line(stderr)
    assert "policylens.toml" in line and key in line and "NUL" in line and "p.md" not in line


def test_a_nul_in_a_manifest_path_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "policylens.toml").write_text('[[editions]]\nedition = "zh-Hant"\npath = "a\\u0000.md"\n', encoding="utf-8")
    done = cli("compare", str(tmp_path), "--format", "json")
    assert done.returncode == 2
    assert "editions[1].path" in _one_line(done.stderr)


def test_a_name_too_long_is_reported_against_it_not_the_output(tmp_path: Path) -> None:
    code, _, stderr = _check(tmp_path, f'profile-paths = ["{"a" * 5000}"]\nprofiles = ["x"]\n')
    assert code == 2
    line = _one_line(stderr)
    assert "cannot write the output" not in line and "a" * 100 in line


@pytest.mark.parametrize(
    ("pattern", "says"),
    [
        ("(?i)公司名称", "scope it"),
        ("(?is)company", "scope it"),
        ("(.)\\\\1\\\\1", "group references"),
        ("(?P<w>x)(?P=w)", "group references"),
        ("(?P<field>XXX)", "cannot be joined"),
    ],
    ids=["global-i", "global-is", "backreference", "named-reference", "rule-group-name"],
)
def test_a_placeholder_pattern_that_cannot_be_joined_is_refused(tmp_path: Path, pattern: str, says: str) -> None:
    code, _, stderr = _check(tmp_path, f'placeholder-patterns = ["{pattern}"]\n')
    assert code == 2
    line = _one_line(stderr)
    assert "placeholder-patterns" in line and says in line and "p.md" not in line


def test_two_placeholder_patterns_with_one_group_name_are_refused(tmp_path: Path) -> None:
    code, _, stderr = _check(tmp_path, 'placeholder-patterns = ["(?P<a>x)", "(?P<a>y)"]\n')
    assert code == 2 and "cannot be joined" in _one_line(stderr)


@pytest.mark.parametrize("pattern", ["(?i:本公司)", "(?P<mine>本公司)", "本公(司)", "[\\\\x0b-\\\\x0c]|本公司"])
def test_placeholder_patterns_that_join_still_find(tmp_path: Path, pattern: str) -> None:
    """The look-alikes: scoped flags, a group name of one's own, a plain group, a class range of control characters."""
    code, stdout, stderr = _check(tmp_path, f'placeholder-patterns = ["{pattern}"]\n')
    assert code == 1, stderr
    findings = json.loads(stdout)["files"][0]["findings"]
    assert any(f["rule"] == "placeholder-instruction" and f["excerpt"].startswith("本公司") for f in findings), findings
