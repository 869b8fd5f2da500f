"""The shared pattern libraries (data/profiles/shared/<name>.toml): which exist (`libraries`), each read and checked once
(`load_library`), folded (`_folded_library`), and the fragments a profile's `use = [...]` brings (`_used_fragments`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from policylens.errors import echo
from policylens.profiles.reading import _LIBRARY_TOP, BUILTIN, _fail, _fold_pattern, _read_checked, _strings

SHARED = BUILTIN / "shared"  # shared pattern libraries: not profiles (`available` lists only BUILTIN/*.toml)
PATTERNS_SCHEMA = "policylens.patterns/1"


def libraries() -> dict[str, Path]:
    """Shared pattern library name → file (data/profiles/shared/*.toml)."""
    return {file.stem: file for file in sorted(SHARED.glob("*.toml"))} if SHARED.is_dir() else {}


@cache
def load_library(path: Path) -> dict[str, str]:
    """The fragments of one shared pattern library, checked like a profile's [patterns]."""
    data = _read_checked(path, "shared pattern library", _LIBRARY_TOP, PATTERNS_SCHEMA)
    if data.get("id") != path.stem:
        raise _fail(path, "id", f"must match the file name {echo(path.name)}")
    fragments = data.get("patterns", {})
    if not isinstance(fragments, dict) or not fragments or not all(isinstance(v, str) and v for v in fragments.values()):
        raise _fail(path, "patterns", "must be a non-empty table of name = 'regex'")
    return dict(fragments)


def _used_fragments(value: Any, path: Path) -> dict[str, str]:
    """The fragments of the libraries a profile names in `use`, in order (a later library wins a name)."""
    names = _strings(value, "use", path) if value is not None else ()
    known = libraries()
    merged: dict[str, str] = {}
    for name in names:
        if name not in known:
            listed = ", ".join(sorted(known)) or "none"
            raise _fail(path, "use", f"unknown shared pattern library {echo(name)} (known: {listed}; see data/profiles/shared/)")
        merged.update(_folded_library(known[name]))
    return merged


@cache
def _folded_library(path: Path) -> dict[str, str]:
    """`load_library(path)` with its fragments folded as `_compile` reads them (once per process, not per profile)."""
    return {name: _fold_pattern(value) for name, value in load_library(path).items()}
