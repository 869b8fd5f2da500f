"""`tests/slow_tests.txt`: every line names a test function that exists, and the mark it adds reaches `-m`."""

from __future__ import annotations

import ast
import functools
import subprocess
import sys

import pytest

from conftest import ROOT, measured_slow


@functools.cache
def _functions(path: str) -> set[str]:
    """`function` and `Class::function` of every test defined in one file."""
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    found = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.add(node.name)
        elif isinstance(node, ast.ClassDef):
            found |= {f"{node.name}::{f.name}" for f in node.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)}
    return found


def test_every_listed_slow_test_exists() -> None:
    listed = measured_slow()
    assert len(listed) > 50
    missing = []
    for name in sorted(listed):
        path, _, function = name.partition("::")
        if not (ROOT / path).is_file() or function not in _functions(path):
            missing.append(name)
    assert not missing, f"tests/slow_tests.txt names tests that do not exist (renamed or removed?): {missing}"


@pytest.mark.slow  # two pytest processes
def test_the_fast_loop_leaves_the_listed_tests_out() -> None:
    """`-m "not slow"` deselects a listed test, and the full run collects it (the mark is added before `-m` runs)."""
    name = "tests/test_docs.py::test_every_referenced_path_and_module_exists"
    assert name in measured_slow()

    def collected(*options: str) -> str:
        command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "0", "--collect-only", "-q", *options, name]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120).stdout

    assert name in collected()
    assert name not in collected("-m", "not slow")
