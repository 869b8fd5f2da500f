"""The regex verdict store: patterns the backtracking probe has cleared, so a run probes only what is new.

A probe's verdict on a pattern is a property of the pattern's text and flags, of Python's
`re` engine, and of the probe itself (its pump strings, steps, budgets).  The store
(`tests/regex_verdicts.txt`, committed like a lock file) holds one line per cleared
pattern: a hash of (engine, pattern, flags) and a label for the reader.  Its first line is
the engine key: a hash of the Python version, `_sre.MAGIC` and the source of every function
and constant the probe reaches (`tests/helpers.py` `probe_pattern` and
`policylens.regexguard.probe`, followed through the names they use).

- A pattern whose hash is in the store is cleared without searching; a new or changed
  pattern is not in it, so it is probed (a bad pattern added to the code is caught on its
  first run, in CI as anywhere).
- When the engine key differs (another Python, a changed probe), no entry matches:
  every pattern is probed, and the run warns that the store should be refreshed.
- An entry no current pattern has is stale: `tests/test_regex_store.py` fails and names
  the refresh command.

Refresh (probes every pattern, about 50 s of CPU, and writes only those cleared)::

    .venv/bin/python tests/regex_store.py
"""

from __future__ import annotations

import hashlib
import sys
import types
import warnings
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

STORE = Path(__file__).resolve().parent / "regex_verdicts.txt"
REFRESH = ".venv/bin/python tests/regex_store.py"
_HEADER = "# regex probe verdicts (tests/regex_store.py): engine key, then one cleared pattern a line; refresh: "


def _code_names(code: types.CodeType) -> Iterator[str]:
    """Every global name a code object (and the functions and comprehensions inside it) reads."""
    yield from code.co_names
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _code_names(constant)


@cache
def _source(value: Any) -> str:
    """`inspect.getsource`, once a function or class a process: the files do not change during a run.

    A class's source is found by parsing its whole module (`ast`), a function's by tokenizing its
    file from its first line: a key computed again (`tests/test_regex_store.py` computes six)
    read `regexguard/` and `helpers.py` over again, 1.5 s of CPU a key (issue #13).  A function
    or constant replaced at run time is another object, so its own source or value is read.
    """
    import inspect

    return inspect.getsource(value)


# The probe's package (u57r2, issue #13: `regexguard` split into `pumps`, `static`, `__init__`): a function or class one
# of its modules imports from another is followed as one of its own module's is, and every name of the package is keyed
# by the package (`policylens.regexguard.probe`, `policylens.regexguard._walk`), as when it was one module: moving code
# between its modules leaves the engine key, and so the store, as it was.
_PROBE_PACKAGE = "policylens.regexguard"


def _followed(value: Any, home: types.ModuleType) -> bool:
    """Whether a function or class named in `home` is part of what the key hashes: its own, or the probe package's."""
    return value.__module__ == home.__name__ or value.__module__.startswith(_PROBE_PACKAGE + ".")


def _keyed(module: str) -> str:
    """The name a module's functions and constants are keyed by: the probe package's for each of its modules."""
    return _PROBE_PACKAGE if module.startswith(_PROBE_PACKAGE + ".") else module


def _reached(roots: Iterable[Any]) -> list[str]:
    """The source (or repr) of every function and constant reachable from `roots` within their own modules."""
    seen: dict[str, str] = {}
    todo = list(roots)
    while todo:
        function = todo.pop()
        module = sys.modules[function.__module__]
        key = f"{_keyed(function.__module__)}.{function.__qualname__}"
        if key in seen:
            continue
        seen[key] = f"{_source(function)}{function.__defaults__!r}{function.__kwdefaults__!r}"  # defaults: values of their own
        names = list(_code_names(function.__code__))
        # names of the module, then of the modules imported inside the function (`from policylens.regexguard import _STEPS`)
        spaces = [module, *(sys.modules[name] for name in names if name.startswith("policylens.") and name in sys.modules)]
        for name in names:
            home = next((space for space in spaces if name in space.__dict__), None)
            if home is None:
                continue
            value = home.__dict__[name]
            if isinstance(value, types.FunctionType) and _followed(value, home):
                todo.append(value)
            elif isinstance(value, type) and _followed(value, home):
                seen.setdefault(f"{_keyed(home.__name__)}.{name}", _source(value))
            elif isinstance(value, int | float | str | tuple | frozenset | list | dict | set):
                # (dicts and lists too: `regexguard._CATEGORY_SOURCE` decides what a class may match)
                text = repr(sorted(value.items(), key=repr) if isinstance(value, dict) else value)
                if seen.setdefault(f"{_keyed(home.__name__)}.{name}", text) != text:  # one name, two values: a module's
                    seen[f"{home.__name__}.{name}"] = text  # own binding replaced (a test's monkeypatch), keyed apart
    return [f"{key}\n{text}" for key, text in sorted(seen.items())]


@cache
def engine_key() -> str:
    """`compute_engine_key()`, once a process."""
    return compute_engine_key()


def compute_engine_key() -> str:
    """Hash of what a verdict depends on besides the pattern: Python, `re`'s engine, the probe's code."""
    import _sre

    import helpers
    from policylens import regexguard

    roots = [helpers.probe_pattern, helpers.probe_settings, regexguard.probe, regexguard.statically_linear, regexguard.attempt_reach]
    parts = [sys.implementation.name, sys.version, str(_sre.MAGIC), *_reached(roots)]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:16]


def pattern_key(pattern: str, flags: int, engine: str | None = None) -> str:
    """The store's key of one pattern under one engine."""
    text = f"{engine or engine_key()}\0{flags}\0{pattern}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def read_store(path: Path = STORE) -> tuple[str, dict[str, str]]:
    """(engine key, {pattern key: label}) of the store; an absent store is empty."""
    if not path.exists():
        return "", {}
    engine, entries = "", {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, label = line.partition(" ")
        if not engine:
            engine = key
        else:
            entries[key] = label
    return engine, entries


@cache
def _store(path: Path) -> tuple[str, frozenset[str]]:
    """The store's engine key and the keys it clears; none when it was written under another engine."""
    engine, entries = read_store(path)
    if engine != engine_key():
        warnings.warn(
            f"the regex verdict store was written for another engine or probe ({engine or 'none'} != {engine_key()}):"
            f" every pattern is probed; refresh it with `{REFRESH}`",
            stacklevel=3,
        )
        return engine, frozenset()
    return engine, frozenset(entries)


def probe_unless_stored(compiled: Any, store: Path = STORE) -> Any:
    """`helpers.probe_pattern`, skipped for a pattern the store has cleared under this engine."""
    from helpers import probe_pattern

    engine, cleared = _store(store)
    if pattern_key(compiled.pattern, compiled.flags, engine) in cleared:
        return None
    return probe_pattern(compiled)


def current_patterns() -> dict[tuple[str, int], str]:
    """Every pattern the probe tests cover: the package's and the profiles' ((pattern, flags) → label)."""
    from test_hostile_regex import all_patterns
    from test_profiles_classes import profile_patterns

    found = dict(all_patterns())
    for label, compiled in profile_patterns():
        found.setdefault((compiled.pattern, compiled.flags), f"profile {label}")
    return found


def refresh(path: Path = STORE, patterns: dict[tuple[str, int], str] | None = None) -> int:
    """Probe every current pattern (or `patterns`) and write the store of those cleared; 1 when any is not cleared."""
    import re

    from helpers import probe_pattern

    engine = engine_key()
    lines, bad = [], []
    for (pattern, flags), label in sorted((patterns or current_patterns()).items(), key=lambda item: item[1]):
        found = probe_pattern(re.compile(pattern, flags))
        if found is None:
            lines.append((label, f"{pattern_key(pattern, flags, engine)} {label} {pattern[:40]!r}"))
        else:
            bad.append(f"{label}: {found.describe()}")
    path.write_text(f"{_HEADER}{REFRESH}\n{engine} engine\n" + "\n".join(line for _, line in sorted(lines)) + "\n", encoding="utf-8")
    print(f"{path}: {len(lines)} cleared patterns; {len(bad)} not cleared (probed on every run)")
    for line in bad:
        print(f"  not cleared: {line}")
    return 1 if bad else 0


# The key is fixed when this module is imported: at collection (test_hostile_regex.py imports
# it), before any test runs in the process.  `compute_engine_key` reads the module-level values
# the probe reaches, among them the caches `regexguard`'s class analysis fills (`_MEMBERS`), so
# a key first computed after a test had analysed a pattern (a user's pattern checked through
# `statically_linear`) was another key, and that xdist worker probed every pattern of the store:
# some 25 s of CPU, or a failure under load, depending only on the order tests were dealt in
# (issue #13).
engine_key()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import conftest  # noqa: F401  (paths, and the bytecode cache)

    raise SystemExit(refresh())
