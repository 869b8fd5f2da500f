"""The hypothesis profiles of `tests/conftest.py`: how many examples a test tries under each.

The default run (the README's test command, CI) tries the count each test writes; `fast` (the
fast loop) caps it at 25; `deep` (the nightly or manual run) tries four times it.  The counts
and the evidence behind them: README, Development, and docs/history/test-suite.md
(twenty-second session).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DEEP_FACTOR, FAST_EXAMPLES, examples_under, set_examples


def test_each_profile_s_count() -> None:
    assert [examples_under(None, n) for n in (10, 100, 800)] == [10, 100, 800]
    assert [examples_under("default", n) for n in (10, 100, 800)] == [10, 100, 800]
    assert [examples_under("fast", n) for n in (10, 100, 800)] == [10, FAST_EXAMPLES, FAST_EXAMPLES]
    assert [examples_under("deep", n) for n in (10, 100, 800)] == [10 * DEEP_FACTOR, 100 * DEEP_FACTOR, 800 * DEEP_FACTOR]


class _Item:
    """What `set_examples` reads of a pytest item."""

    def __init__(self, obj: object, nodeid: str) -> None:
        self.obj, self.nodeid = obj, nodeid


@pytest.mark.parametrize(("profile", "expected"), [("default", 300), ("fast", FAST_EXAMPLES), ("deep", 300 * DEEP_FACTOR)])
def test_the_collection_hook_sets_each_function_once(profile: str, expected: int) -> None:
    """A parametrized test is one function under several items: its count is set once, never multiplied per item."""

    @settings(max_examples=300, deadline=None)
    @given(st.integers())
    def prop(x: int) -> None:
        pass

    items = [_Item(prop, f"tests/test_x.py::prop[{n}]") for n in range(3)]
    set_examples(items, profile)  # type: ignore[arg-type]
    assert prop._hypothesis_internal_use_settings.max_examples == expected  # type: ignore[attr-defined]
