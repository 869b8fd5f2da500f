"""Hostile input, round 59 (u59x): inputs written to break policylens, a fresh round.

- A policy turned into a symbolic link loop after it was read (closing58 #13): `check._config_for`, `_active_rules`,
  the baseline's keys, the configuration search, `compare`'s folders and `--git` called `Path.resolve()`, which raises
  `RuntimeError` on a loop before Python 3.13 (`race.md: cannot be read (RuntimeError: Symlink loop from …)`).  Every
  user path now goes through `output.resolve_path` (the loop stays as written); a source test keeps `.resolve()` to
  the package's own files.
"""

from __future__ import annotations

import ast
import json
import os
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
        tree = ast.parse(file.read_text(encoding="utf-8"))
        owner: dict[ast.AST, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                for inner in ast.walk(node):
                    owner.setdefault(inner, node.name)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "resolve"):
                continue
            receiver = ast.unparse(node.func.value)
            if "__file__" in receiver or owner.get(node) == "resolve_path" or node.args or node.keywords:
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
