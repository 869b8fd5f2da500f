"""The regex verdict store (tests/regex_store.py): it spares the probe only what it has cleared, under this engine.

The probe tests (`test_hostile_regex.py`, `test_profiles_classes.py`) clear a pattern
found in `tests/regex_verdicts.txt` without searching it.  These tests keep that safe: a
pattern not in the store (new, or changed) is probed and a bad one is still found; a store
written under another engine clears nothing; the engine key follows the probe's code; an
entry that no current pattern has fails the run, with the command that refreshes it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import regex_store
from policylens import regexguard
from regex_store import REFRESH, STORE, compute_engine_key, engine_key, pattern_key, probe_unless_stored, read_store, refresh

CATASTROPHIC = r"(a+)+$"  # exponential on "aaa…!"
LINEAR = r"[0-9]{3}-[0-9]{4}"


def _store(path: Path, engine: str, *patterns: str) -> Path:
    lines = [f"{engine} engine", *(f"{pattern_key(p, re.compile(p).flags, engine)} planted {p!r}" for p in patterns)]
    path.write_text("# a store for a test\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow  # builds every pattern of the package and the profiles (the probe tests' collection)
def test_the_store_holds_no_stale_entry() -> None:
    """Every entry is the key of a pattern the code has today: a changed or removed pattern leaves a stale line."""
    engine, entries = read_store()
    assert engine, f"{STORE} is missing: write it with `{REFRESH}`"
    if engine != engine_key():  # written under another Python or probe: ignored (every pattern probed), not stale
        with pytest.warns(UserWarning, match="another engine or probe"):
            assert regex_store._store.__wrapped__(STORE)[1] == frozenset()  # every pattern is probed
        return
    current = {pattern_key(pattern, flags) for pattern, flags in regex_store.current_patterns()}
    # Patterns compiled at run time are recorded only when this process had not compiled them yet (lazy caches,
    # test order under xdist): their entries are not judged stale here, or the test would depend on order.
    stale = sorted(label for key, label in entries.items() if key not in current and not label.startswith("compiled at run time"))
    assert not stale, f"{len(stale)} entries of {STORE.name} name no current pattern; refresh it with `{REFRESH}`: {stale[:5]}"


def test_a_pattern_the_store_lacks_is_probed(tmp_path: Path) -> None:
    """A bad pattern added to the code is not in the store, so it is searched and found."""
    store = _store(tmp_path / "verdicts.txt", engine_key(), LINEAR)
    assert probe_unless_stored(re.compile(CATASTROPHIC), store) is not None
    assert probe_unless_stored(re.compile(LINEAR), store) is None


def test_the_store_clears_only_under_its_own_engine(tmp_path: Path) -> None:
    """An entry written under another engine clears nothing, even for its own pattern (then the run warns)."""
    here = _store(tmp_path / "here.txt", engine_key(), CATASTROPHIC)
    assert probe_unless_stored(re.compile(CATASTROPHIC), here) is None  # what the store says is taken as it is
    elsewhere = _store(tmp_path / "elsewhere.txt", "0" * 16, CATASTROPHIC)
    with pytest.warns(UserWarning, match="another engine or probe"):
        assert probe_unless_stored(re.compile(CATASTROPHIC), elsewhere) is not None


@pytest.mark.slow  # the probe's reached code read and hashed four times
def test_the_engine_key_follows_the_probe_s_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """A change to a constant or function the probe reaches, however deep, gives another key."""
    before = compute_engine_key()
    assert compute_engine_key() == before
    monkeypatch.setattr(regexguard, "GROWTH", regexguard.GROWTH + 0.25)  # read by `_super_linear`, three calls down
    assert compute_engine_key() != before
    monkeypatch.undo()
    monkeypatch.setattr(regexguard, "_STEPS", (*regexguard._STEPS, 65536))
    assert compute_engine_key() != before
    import helpers

    monkeypatch.undo()
    monkeypatch.setattr(helpers, "PROBE_CHARS", helpers.PROBE_CHARS // 2)
    assert compute_engine_key() != before
    monkeypatch.undo()
    if hasattr(regexguard, "_CATEGORY_SOURCE"):  # a dict the class analysis reads
        monkeypatch.setitem(regexguard._CATEGORY_SOURCE, "DIGIT", "")
        assert compute_engine_key() != before


def test_the_engine_key_is_fixed_before_any_test_analyses_a_pattern() -> None:
    """Look-ups use the key computed when `regex_store` was imported, at collection.

    Analysing a pattern fills `regexguard`'s caches, which the key's computation reads: a
    key first computed after that was another key, and the worker probed every pattern.
    """
    assert engine_key.cache_info().currsize == 1  # computed at import, before any test ran
    key = engine_key()
    regexguard.statically_linear(re.compile(r"(?i)[a-c]{0,3}[k]x"))  # fills regexguard's class cache
    regexguard.statically_linear(re.compile(r"[^。]{0,100}[^。]{0,100}x"))
    assert engine_key() == key


def test_the_engine_key_holds_every_reached_function() -> None:
    reached = "\n".join(regex_store._reached([regexguard.probe]))
    for name in ("_timed_search", "_grows", "_super_linear", "_pump_families", "_alternating_families", "attempt_reach"):
        assert f"policylens.regexguard.{name}\n" in reached, name


@pytest.mark.slow  # a catastrophic pattern probed to its finding
def test_refresh_writes_only_the_cleared_patterns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "verdicts.txt"
    flags = re.compile("").flags  # re.UNICODE, as every compiled str pattern has
    assert refresh(store, {(LINEAR, flags): "linear", (CATASTROPHIC, flags): "catastrophic"}) == 1
    engine, entries = read_store(store)
    assert engine == engine_key()
    assert list(entries) == [pattern_key(LINEAR, flags)]
    assert "not cleared: catastrophic" in capsys.readouterr().out
    assert probe_unless_stored(re.compile(CATASTROPHIC), store) is not None


def test_the_key_separates_flags_and_engines() -> None:
    assert pattern_key("a", 0) != pattern_key("a", re.IGNORECASE)
    assert pattern_key("a", 0, "x") != pattern_key("a", 0, "y")
    assert pattern_key("\ud800", 0)  # a lone surrogate in a pattern is hashed, not an error
