"""Fill the compiled-pattern stores and hypothesis's tables of a fresh clone before the test run (`.ci/run`, beside the linters).

A fresh clone has no compiled-pattern store (`policylens.lazyre.Store`: the package's patterns, the disclosure profiles'
patterns, their required literals and their split alternations), so each pytest-xdist worker compiled every pattern it
met, both workers the same ones, and neither found what the other had compiled until it exited.  This process compiles
them once, before the workers start; its stores are written when it exits (the stores' own `atexit`), where the workers
read them: it imports `conftest` first, so that bytecode and stores go where the test run puts them
(`conftest._cache_bytecode`).  Measured (fifty-sixth session, docs/history/test-suite.md): it compiles in about 3.6 s of
CPU what a worker compiled for itself.

What it compiles: every module-level `lazy()` pattern of the package, every pattern of the built-in profiles, and what a
run builds only when a document asks (joined tables, the profiles' literals and alternatives): `check` with every
built-in profile on a sample of `corpora/`, a `diff` across scripts and a `compare` with the profiles.  And hypothesis's
Unicode tables (`.hypothesis/unicode_data` under the working folder: run it from the repository's root, as `.ci/run`
does), about 1 s of CPU that each worker spent at its first text strategy.  Nothing here is a test; a store that is not
written (no bytecode written, a folder not writable) only leaves the workers to compile as before.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conftest  # noqa: F401  # (first: where bytecode and the stores go, as in the test run)
from policylens.lazyre import LazyPattern

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
# one corpus file in this many is checked with every profile (both scripts, English; the seed is the first)
SAMPLE_STEP = 4


def lazy_patterns() -> list[LazyPattern]:
    """Every `lazy()` pattern at module level in the package (or in a module-level tuple or list), one per pattern and flags."""
    import policylens

    found: dict[tuple[str, int], LazyPattern] = {}
    for info in pkgutil.walk_packages(policylens.__path__, "policylens."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            for item in value if isinstance(value, (tuple, list)) else (value,):
                for candidate in item if isinstance(item, tuple) else (item,):
                    if isinstance(candidate, LazyPattern):
                        found.setdefault((candidate.pattern, int(candidate.flags)), candidate)
    return list(found.values())


def warm() -> dict[str, int]:
    """Compile what a test run compiles; the number of entries each store holds now, by store name."""
    from policylens import lazyre, profiles
    from policylens.check import CheckOptions, check_paths
    from policylens.compare import CompareOptions, compare_products, discover_products
    from policylens.diff import diff_documents
    from policylens.load import load
    from policylens.profiles import branches, literals
    from policylens.structure import build_document

    for pattern in lazy_patterns():
        pattern.compiled  # noqa: B018  # (compiled through its own store)
    names = tuple(sorted(p.stem for p in profiles.BUILTIN.glob("*.toml")))
    profiles.resolve(names)
    for text in profiles._builtin_patterns():
        lazyre.compile(text, re.I, store=profiles.PATTERN_STORE)
    files = [str(p) for p in sorted(CORPORA.rglob("*")) if p.suffix in (".txt", ".md", ".html") and p.is_file()]
    check_paths(files[::SAMPLE_STEP], CheckOptions(no_config=True, profiles=names))
    hans, hant = CORPORA / "smartmi" / "zh-Hant.2021-03-30.txt", sorted(CORPORA.glob("*/zh-Hans.*.md"))[0]
    diff_documents(build_document(load(str(hant))), build_document(load(str(hans))))
    compare_products(discover_products([str(CORPORA / "mozilla-firefox-privacy")]), CompareOptions(profiles=names))
    _hypothesis_tables()
    stores = {"lazyre": lazyre._STORE, "profiles": profiles.PATTERN_STORE, "literals": literals._STORE, "branches": branches._STORE}
    return {name: len(store.load()) for name, store in stores.items()}


def _hypothesis_tables() -> None:
    """Hypothesis's Unicode tables (`.hypothesis/unicode_data` under the working folder, as the test run has it), which a
    fresh clone lacks: each worker built them at its first text strategy, about 1 s of CPU (fifty-sixth session)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=1, database=None)
    @given(st.text())
    def draw(text: str) -> None:
        pass

    draw()


if __name__ == "__main__":
    print(" ".join(f"{name} {count}" for name, count in warm().items()))
