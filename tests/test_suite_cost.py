"""`tests/suite_cost.py`, the measuring plugin of issue #13: what it keys a call by, and how it counts work done again."""

from __future__ import annotations

from pathlib import Path

import suite_cost
from conftest import ROOT, SEED


def test_a_file_of_the_repository_is_keyed_by_its_path_and_options_a_scratch_file_is_not(tmp_path: Path) -> None:
    assert suite_cost.call_key("load", (str(SEED),), {}) == "corpora/smartmi/zh-Hant.2021-03-30.txt|[]"
    assert suite_cost.call_key("load", (str(SEED),), {"digest": False}) != suite_cost.call_key("load", (str(SEED),), {})
    assert suite_cost.call_key("load", (str(tmp_path / "policy.txt"),), {}) is None
    assert suite_cost.call_key("load", (str(ROOT.parent / "elsewhere.txt"),), {}) is None


def test_only_a_call_whose_input_came_before_is_counted_again() -> None:
    calls = [
        {"f": "load", "k": "a", "cpu": 1.0, "d": 0, "item": "tests/test_x.py::test_one[1]"},
        {"f": "load", "k": "b", "cpu": 2.0, "d": 0, "item": "tests/test_x.py::test_one[2]"},
        {"f": "load", "k": "a", "cpu": 0.5, "d": 0, "item": "tests/test_y.py::test_two"},
        {"f": "check_file", "k": "a", "cpu": 4.0, "d": 0, "item": "tests/test_y.py::test_two"},  # another function: not again
        {"f": "load", "k": "a", "cpu": 0.25, "d": 1, "item": "tests/test_y.py::test_two"},
    ]
    assert suite_cost.repeats(calls) == {"check_file": (1, 1, 4.0, 0, 0.0), "load": (4, 2, 3.75, 2, 0.75)}
    assert suite_cost.repeating_pairs(calls) == {("load", "tests/test_x.py::test_one", "tests/test_y.py::test_two"): 0.75}
