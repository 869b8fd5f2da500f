"""Hostile input, round 7: option values and front matter that were read "almost" right.

- `--encoding " utf-8"`: codecs.lookup ignores the spaces, so the file was read, and the
  name was reported with them (`"encoding": " utf-8"`); it is reported as named, stripped.
- front matter that does not parse as YAML or TOML was read line by line, so a raw line
  (`title = 隱私權政策 broken toml`) became the document's title without a word: the reader
  now warns and takes no title from it (dates are still read from its lines).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import cli, parse_string


@pytest.mark.parametrize("name", [" utf-8", "utf-8 ", "\tUTF8\n", "  big5"])
@pytest.mark.parametrize("command", ["parse", "check"])
def test_encoding_names_are_reported_without_their_spaces(tmp_path: Path, name: str, command: str) -> None:
    path = tmp_path / "p.md"
    path.write_bytes("# 隱私政策\n\n內容。\n".encode(name.strip()))
    out = cli(command, str(path), "--encoding", name, "--format", "json")
    assert out.returncode in (0, 1), out.stderr
    if command == "parse":
        assert json.loads(out.stdout)["source"]["encoding"] == name.strip()


def test_a_blank_encoding_name_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("內容。\n", encoding="utf-8")
    for name in ("", "   "):
        out = cli("parse", str(path), "--encoding", name)
        assert out.returncode == 2 and out.stdout == ""
        assert out.stderr.count("\n") == 1 and "--encoding" in out.stderr


@pytest.mark.parametrize(
    "front, language",
    [
        ("+++\ntitle = 隱私權政策 broken toml\n+++\n", "TOML"),
        ('+++\ntitle = "隱私權政策"\nupdated = [\n+++\n', "TOML"),
        ("---\ntitle: [unclosed\n---\n", "YAML"),
        ("---\ntitle: 隱私權政策\n  bad: indent: here\n---\n", "YAML"),
    ],
)
def test_front_matter_that_does_not_parse_gives_no_title_and_a_warning(front: str, language: str) -> None:
    doc = parse_string(front + "\n我們會收集您的姓名。\n", ".md")
    assert doc.metadata.title is None
    assert any(f"not valid {language}" in w for w in doc.warnings), doc.warnings


def test_front_matter_that_parses_still_gives_its_title() -> None:
    for front in ('+++\ntitle = "隱私權政策"\n+++\n', "---\ntitle: 隱私權政策\nupdated: 2024-01-02\n---\n"):
        doc = parse_string(front + "\n我們會收集您的姓名。\n", ".md")
        assert doc.metadata.title == "隱私權政策" and not doc.warnings


def test_yaml_with_an_impossible_date_is_well_formed() -> None:
    """`updated: 2024-02-30` fails PyYAML's timestamp conversion, not its syntax: no warning, the title stays."""
    doc = parse_string("---\ntitle: 隱私政策\nupdated: 2024-02-30\n---\n\n內容。\n", ".md")
    assert doc.metadata.title == "隱私政策" and not doc.warnings


@pytest.mark.parametrize("value", ["", " ", ",", ", ,"])
@pytest.mark.parametrize("option", ["--profile", "--select", "--ignore"])
def test_a_list_option_that_names_nothing_is_one_error(tmp_path: Path, option: str, value: str) -> None:
    """`--profile "$PROFILE"` with an empty variable was no option at all: no disclosure was checked and the run passed."""
    path = tmp_path / "p.md"
    path.write_text("# 隱私政策\n\n內容。\n", encoding="utf-8")
    out = cli("check", str(path), option, value, "--format", "json")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith(f"policylens: error: {option}: ") and out.stderr.count("\n") == 1


def test_compare_profile_that_names_nothing_is_one_error(tmp_path: Path) -> None:
    product = tmp_path / "app"
    product.mkdir()
    (product / "zh-Hant.2021-03-30.md").write_text("# 隱私政策\n\n內容。\n", encoding="utf-8")
    out = cli("compare", str(product), "--profile", "", "--format", "json")
    assert out.returncode == 2 and out.stderr.startswith("policylens: error: --profile: ")


def test_a_list_option_with_a_stray_comma_still_works(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("# 隱私政策\n\n內容。\n", encoding="utf-8")
    assert cli("check", str(path), "--profile", "tw-pdpa,", "--select", "placeholder-empty,", "--format", "json").returncode in (0, 1)


@pytest.mark.parametrize("value", ["", "  "])
def test_compare_base_that_names_nothing_is_one_error(tmp_path: Path, value: str) -> None:
    product = tmp_path / "app"
    product.mkdir()
    (product / "zh-Hant.2021-03-30.md").write_text("# 隱私政策\n\n內容。\n", encoding="utf-8")
    out = cli("compare", str(product), "--base", value, "--format", "json")
    assert out.returncode == 2 and out.stderr.startswith("policylens: error: --base: ") and out.stderr.count("\n") == 1
    assert cli("compare", str(product), "--base", " zh-Hant ", "--format", "json").returncode == 0


def test_compare_git_names_are_checked(tmp_path: Path) -> None:
    """`--edition`/`--product` that name nothing were the defaults; an `--edition` such as 'a b/../c' became an edition id."""
    import subprocess

    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "p.txt").write_text("隱私政策\n\n我們收集您的姓名。\n", encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.email=a@b", "-c", "user.name=n"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "p.txt"], check=True)
    subprocess.run([*git, "commit", "-qm", "a"], check=True)
    policy = str(repo / "p.txt")
    for option, value in (("--edition", ""), ("--edition", "a b/../c"), ("--product", "  ")):
        out = cli("compare", "--git", policy, option, value, "--format", "json")
        assert out.returncode == 2 and out.stderr.startswith(f"policylens: error: {option}: "), (option, value, out.stderr)
    out = cli("compare", "--git", policy, "--edition", " zh-Hant ", "--format", "json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["products"][0]["editions"][0]["edition"] == "zh-Hant"
