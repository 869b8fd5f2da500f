"""Hostile input, round 59 (u59x): inputs written to break policylens, a fresh round.

- A policy turned into a symbolic link loop after it was read (closing58 #13): `check._config_for`, `_active_rules`,
  the baseline's keys, the configuration search, `compare`'s folders and `--git` called `Path.resolve()`, which raises
  `RuntimeError` on a loop before Python 3.13 (`race.md: cannot be read (RuntimeError: Symlink loop from …)`).  Every
  user path now goes through `output.resolve_path` (the loop stays as written); a source test keeps `.resolve()` to
  the package's own files.
- stderr on a full disk (`2>/dev/full`, a CI log that fills its disk): the first warning's write raised `OSError`, so the
  run stopped before its report and ended with exit 1 (the code of findings) or 2 whatever it found; `check p.md
  2>/dev/full` wrote nothing on stdout.  stderr is now written through `commands._Diagnostics`: a line it cannot take is
  lost, the report and the exit code are what they would be.
- `foreign-brands` (or `brands`) holding a name of 100,000 characters: `entity-mismatch` built its Aho-Corasick table in
  time growing with the square of the longest name (16,000 characters: 25 s; 100,000: over 10 minutes, in a native call
  that SIGTERM did not stop); a name holding a line break made every file `cannot be read (ValueError: a table word
  contains a newline)`.  Both are one line naming the configuration key (`config_limits.BRAND_MAX`, 200 characters).
"""

from __future__ import annotations

import ast
import errno
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import cli

_PACKAGE = Path(__file__).resolve().parent.parent / "cli" / "policylens"
_POLICY = "# 隐私政策\n\n## 一、收集\n\n我们收集您的手机号码。\n\n【公司名称】\n"


def _resolved_receivers() -> list[str]:
    """Every `X.resolve()` call in the package, as `file:line: X`, but in `output.resolve_path` and on `__file__`."""
    found = []
    for file in sorted(_PACKAGE.rglob("*.py")):
        source = file.read_text(encoding="utf-8")
        if ".resolve(" not in source:  # (a text test first: parsing every module took seconds)
            continue
        tree = ast.parse(source)
        inside = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "resolve_path" for n in ast.walk(f)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "resolve"):
                continue
            receiver = ast.unparse(node.func.value)
            if "__file__" in receiver or id(node) in inside or node.args or node.keywords:
                continue
            found.append(f"{file.relative_to(_PACKAGE)}:{node.lineno}: {receiver}")
    return found


def test_no_user_path_is_resolved_but_through_resolve_path() -> None:
    """The class: `Path.resolve()` of a path the user named raises on a loop (Python < 3.13); `resolve_path` does not."""
    assert _resolved_receivers() == []


@pytest.fixture
def looping_after_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checked file becomes a symbolic link to itself once it has been read (a race a test can hold still)."""
    import policylens.load as load_module

    original = load_module.load

    def load_then_loop(path: Any, *args: Any, **kwargs: Any) -> Any:
        loaded = original(path, *args, **kwargs)
        file = Path(str(path))
        if file.name.startswith("race"):
            file.unlink()
            os.symlink(file.name, file)
        return loaded

    monkeypatch.setattr(load_module, "load", load_then_loop)


@pytest.mark.usefixtures("looping_after_load")
def test_a_policy_that_loops_after_it_was_read_is_checked(tmp_path: Path) -> None:
    (tmp_path / "race.md").write_text(_POLICY, encoding="utf-8")
    (tmp_path / "policylens.toml").write_text('[per-file-ignores]\n"race.md" = ["date-format"]\n', encoding="utf-8")
    result = cli("check", "race.md", "-f", "json", cwd=tmp_path)
    assert "RuntimeError" not in result.stderr and "cannot be read" not in result.stderr, result.stderr
    report = json.loads(result.stdout)
    rules = {f["rule"] for f in report["files"][0]["findings"]}
    assert "date-format" not in rules and rules, rules  # checked, under its configuration's per-file ignore


@pytest.mark.usefixtures("looping_after_load")
def test_a_policy_that_loops_after_it_was_read_meets_its_baseline(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text(_POLICY, encoding="utf-8")
    assert cli("check", "other.md", "--write-baseline", "b.json", cwd=tmp_path).returncode == 0
    (tmp_path / "race.md").write_text(_POLICY, encoding="utf-8")
    result = cli("check", "race.md", "--baseline", "b.json", cwd=tmp_path)
    assert result.returncode in (0, 1) and "RuntimeError" not in result.stderr, result.stderr


class _FullStream(io.StringIO):
    """A stream on a full disk (`2>/dev/full`): every write fails with ENOSPC."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def _main_with_full_stderr(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    """`policylens ARGS 2>/dev/full` in this process: (exit code, stdout)."""
    import policylens.commands as commands

    out = io.StringIO()
    monkeypatch.setattr(commands, "_silence_stdout", lambda: None)
    monkeypatch.setattr(sys, "argv", ["policylens", *args])
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", _FullStream())
    code: object = None
    try:
        commands.main()
    except SystemExit as ended:
        code = ended.code
    return (code if isinstance(code, int) else 0 if code is None else 1), out.getvalue()


@pytest.mark.parametrize(
    ("files", "args", "code"),
    [
        ({"empty.txt": "\ufeff\u3000\n"}, ("check", "empty.txt", "-f", "json"), 0),  # a warning, no finding: exit 0
        ({"empty.txt": "\ufeff\u3000\n"}, ("parse", "empty.txt", "-f", "json"), 0),
        ({"p.md": _POLICY, "empty.txt": "\u3000"}, ("check", "p.md", "empty.txt", "-f", "json"), 1),  # a finding: exit 1
        ({"p.md": _POLICY}, ("check", "p.md", "missing.md", "-f", "json"), 2),  # an unreadable input: exit 2, as always
    ],
)
def test_a_full_stderr_loses_the_warnings_not_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], args: tuple[str, ...], code: int
) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ended, stdout = _main_with_full_stderr(monkeypatch, *args)
    assert ended == code
    report = json.loads(stdout)  # the whole report (it was none: the first warning stopped the run)
    assert report


def test_a_usage_error_with_a_full_stderr_is_still_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert _main_with_full_stderr(monkeypatch, "check", "--no-such-option")[0] == 2


@pytest.mark.parametrize(
    ("key", "name", "said"),
    [
        ("foreign-brands", "a" * 100_000, "a brand name of 100,000 characters is longer than the 200 allowed"),
        ("brands", "b" * 201, "a brand name of 201 characters is longer than the 200 allowed"),
        ("foreign-brands", "Aqara\nHome", "a brand name holds a line break"),
        ("brands", "智米\r", "a brand name holds a line break"),
    ],
)
def test_a_brand_name_no_brand_has_is_one_line_of_the_configuration(tmp_path: Path, key: str, name: str, said: str) -> None:
    """`foreign-brands` of 100,000 characters: `entity-mismatch`'s word table took over 10 minutes to build (SIGTERM did not
    stop it); a line break in one made every file `cannot be read (ValueError …)`.  Refused when the configuration is read."""
    (tmp_path / "p.md").write_text(_POLICY, encoding="utf-8")
    (tmp_path / "policylens.toml").write_text(f"{key} = [{json.dumps(name)}]\n", encoding="utf-8")
    result = cli("check", "p.md", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("policylens: error: ") and f"configuration key '{key}': {said}" in line and len(line) < 300


def test_a_brand_name_of_200_characters_is_still_read(tmp_path: Path) -> None:
    (tmp_path / "p.md").write_text(_POLICY, encoding="utf-8")
    (tmp_path / "policylens.toml").write_text(f'foreign-brands = ["{"a" * 200}", "Aqara"]\nbrands = ["智米"]\n', encoding="utf-8")
    result = cli("check", "p.md", "-f", "json", cwd=tmp_path)
    assert result.returncode in (0, 1) and result.stderr == "", result.stderr
