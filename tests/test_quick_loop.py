"""`--quick` (tests/conftest.py): the topical modules only, without the slow tests; the README's loops name it."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, session_module


def test_a_module_named_for_a_session_or_round_is_left_out() -> None:
    for name in ("test_u49m_branches.py", "test_profiles48w.py", "test_hostile41.py", "test_lead33.py", "test_l53k_tables.py"):
        assert session_module(Path("tests") / name), name
    for name in ("test_cli.py", "test_diff.py", "test_layout.py", "test_rule_cases.py", "conftest.py", "helpers.py"):
        assert not session_module(Path("tests") / name), name
    assert not session_module(Path("tests/data/real/policy2.txt"))


def test_the_quick_loop_keeps_a_topical_module_of_every_part() -> None:
    kept = {path.name for path in (ROOT / "tests").rglob("test_*.py") if not session_module(path)}
    for part in ("test_cli.py", "test_load.py", "test_diff.py", "test_compare.py", "test_profiles.py", "test_rule_cases.py"):
        assert part in kept, part
    guards = ("test_layout.py", "test_docs.py", "test_shared_patterns.py", "test_module_names.py", "test_u43m_maintenance.py")
    for guard in (*guards, "test_slow_tests.py", "test_check_speed_startup.py", "test_scan_patterns.py"):
        assert guard in kept, guard


def test_the_readme_gives_the_quick_loop() -> None:
    assert "pytest --quick" in (ROOT / "README.md").read_text(encoding="utf-8")
