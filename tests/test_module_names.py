"""No module of the package binds one top-level name twice.

Two helpers' branches merged into one module can each bring a module-level pattern of the same name; Python keeps the
last, so every use of the first silently reads the second.  It happened twice in the forty-third session's merges:
`_INLINE_ARRAY` of `cli/policylens/load/jsx_data/markup_arrays.py` (u43k2's markup array read through u43j's prop-array pattern: a Hong Kong policy read as
its title alone again) and `_SENTENCE_END` of `cli/policylens/rules/placeholder_drafting/clauses.py` (an English sentence end read as a Chinese one).
Neither ruff (F811 is for imports and definitions) nor mypy (same type) reports a second assignment.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cli" / "policylens"


def _bound_twice(source: str) -> list[str]:
    """Top-level names assigned, defined or declared more than once in `source` (conditional imports excepted)."""
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return sorted(name for name, count in seen.items() if count > 1)


def test_the_finder_sees_a_name_bound_twice() -> None:
    assert _bound_twice("_A = 1\ndef f():\n    return _A\n_A = 2\n") == ["_A"]
    assert _bound_twice("_A = 1\n_B = 2\nx: int = 3\n") == []


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = {
        path.relative_to(PACKAGE).as_posix(): names
        for path in sorted(PACKAGE.rglob("*.py"))
        if (names := _bound_twice(path.read_text(encoding="utf-8")))
    }
    assert found == {}
