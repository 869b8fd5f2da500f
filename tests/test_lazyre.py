"""`policylens.lazyre.compile`: stored compiled patterns behave exactly as `re.compile` does."""

from __future__ import annotations

import importlib
import marshal
import os
import pkgutil
import re
import sys
from pathlib import Path

import pytest

import policylens
from conftest import SEED
from policylens import lazyre
from policylens.lazyre import LazyPattern


def _lazy_patterns() -> list[tuple[str, int]]:
    """(pattern, flags) of every `lazy()` pattern defined at module level (or in a module-level tuple)."""
    found: dict[tuple[str, int], None] = {}
    for info in pkgutil.walk_packages(policylens.__path__, "policylens."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            items = value if isinstance(value, (tuple, list)) else (value,)
            for item in items:
                for candidate in item if isinstance(item, tuple) else (item,):
                    if isinstance(candidate, LazyPattern):
                        found[(candidate.pattern, candidate.flags)] = None
    return list(found)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty store in a temporary folder, written even under PYTHONDONTWRITEBYTECODE."""
    path = tmp_path / "__pycache__" / "lazyre.test.patterns"
    monkeypatch.setattr(lazyre, "store_path", lambda name="lazyre": path.with_name(f"{name}.test.patterns"))
    monkeypatch.setattr(lazyre, "_STORE", lazyre._Store())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return path


def _behaviour(pattern: re.Pattern[str], texts: list[str]) -> list[object]:
    found: list[object] = [pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)]
    for text in texts:
        found.append([(m.span(), m.groups()) for m in pattern.finditer(text)])
    return found


def test_every_lazy_pattern_from_the_store_matches_like_re_compile(store: Path) -> None:
    """Each pattern's entry comes back from the file as it was compiled, and the pattern made from it finds what
    `re.compile`'s finds on the seed.

    The behaviour was compared on the seed and six whole corpus files (6 s of CPU); the entries' equality now proves the
    trip through the file, and `test_check_speed_invariants.py::test_first_character_classes_keep_every_pattern_s_matches`
    compares what `lazyre.compile` makes with `re.compile` on corpus heads (u51m, docs/history/test-suite.md).
    """
    keys = _lazy_patterns()
    assert len(keys) > 50
    texts = [SEED.read_text(encoding="utf-8")]
    for pattern, flags in keys:
        lazyre.compile(pattern, flags)
    compiled = {key: lazyre._STORE.get(key) for key in keys}  # the entries as `_sre_entry` made them
    lazyre._STORE.save()
    assert store.is_file()
    reread = lazyre._Store()  # a new process: reads the file
    lazyre._STORE = reread
    # (every key is stored; patterns that importing the modules compiled are there too when this test runs first)
    assert set(keys) <= set(reread.load())
    for pattern, flags in keys:
        assert reread.get((pattern, flags)) == compiled[(pattern, flags)], pattern
        assert _behaviour(lazyre.compile(pattern, flags), texts) == _behaviour(re.compile(pattern, flags), texts), pattern
    assert reread.added == 0  # every one came from the store


def test_a_stored_pattern_is_not_compiled_again(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lazyre.compile("[\u3400-\u9fff]+(?P<tail>年)", re.I)
    lazyre._STORE.save()
    monkeypatch.setattr(lazyre, "_STORE", lazyre._Store())

    def refuse(pattern: str, flags: int) -> tuple[object, ...]:
        raise AssertionError("compiled again")

    monkeypatch.setattr(lazyre, "_sre_entry", refuse)
    compiled = lazyre.compile("[\u3400-\u9fff]+(?P<tail>年)", re.I)
    assert compiled.search("二〇二一年：隱私年").group("tail") == "年"


@pytest.mark.parametrize("content", [b"", b"\x00garbage", marshal.dumps(("another interpreter", {("a", 0): (0, [1], 0, {}, ())}))])
def test_an_unreadable_or_foreign_store_is_ignored(store: Path, content: bytes) -> None:
    store.parent.mkdir()
    store.write_bytes(content)
    assert lazyre.compile("a").match("a")
    assert lazyre._STORE.load() == {("a", 0): lazyre._sre_entry("a", 0)}


def test_code_the_interpreter_rejects_is_compiled_afresh(store: Path) -> None:
    store.parent.mkdir()
    store.write_bytes(marshal.dumps((lazyre._interpreter(), {("ab", 0): (0, [999, 999], 0, {}, ())})))
    assert lazyre.compile("ab").fullmatch("ab")


def test_nothing_is_written_when_python_writes_no_bytecode(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    lazyre.compile("x+y")
    lazyre._STORE.save()
    assert not store.exists()


def test_errors_and_non_text_patterns_behave_as_in_re() -> None:
    with pytest.raises(re.error):
        lazyre.compile("(unclosed")
    assert lazyre.compile(b"ab").match(b"ab")  # type: ignore[arg-type]


def test_the_store_follows_pycache_prefix(tmp_path: Path) -> None:
    """With PYTHONPYCACHEPREFIX, bytecode goes to a mirror tree: the store goes there too, never into the source tree."""
    import subprocess

    code = "from policylens import lazyre; print(lazyre.store_path())"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": str(tmp_path)}
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=True).stdout.strip()
    assert Path(shown).is_relative_to(tmp_path)
    assert "__pycache__" not in Path(shown).parts


def test_two_processes_growing_one_store_keep_each_others_patterns(store: Path) -> None:
    """Two processes that read the store at start (xdist workers) each save what they compiled: the second to exit
    keeps the first one's patterns (it wrote back only its own, u35s), and its own entry wins for a key both hold."""
    first, second = lazyre._Store(), lazyre._Store()
    first.load(), second.load()
    lazyre.compile("甲+", store=first)
    lazyre.compile("乙+", store=second)
    lazyre.compile("丙|丁", store=first)
    lazyre.compile("丙|丁", store=second)
    first.save()
    second.save()
    reread = lazyre._Store()
    assert {("甲+", 0), ("乙+", 0), ("丙|丁", 0)} <= set(reread.load())
    assert lazyre.compile("乙+", store=reread).fullmatch("乙乙") and reread.added == 0


def test_a_damaged_file_on_disk_does_not_stop_a_save(store: Path) -> None:
    grown = lazyre._Store()
    lazyre.compile("戊+", store=grown)
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_bytes(b"\x00damaged")
    grown.save()
    assert set(lazyre._Store().load()) == {("戊+", 0)}
