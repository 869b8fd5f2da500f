"""Load and validate the data files under data/lexicons (TSV, `#` comments).

Every lexicon is sorted by key with no duplicates; `validate()` says what is wrong,
and a test runs it over every file.  Adding a term is a data change, never code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "lexicons"


def rows(path: Path) -> list[list[str]]:
    """Non-comment, non-blank rows split on tabs."""
    out: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


def validate(path: Path, *, min_columns: int = 2) -> list[str]:
    """Problems in a lexicon file: short rows, unsorted or duplicate keys."""
    problems: list[str] = []
    keys: list[str] = []
    for row in rows(path):
        if len(row) < min_columns or not all(cell.strip() for cell in row[:min_columns]):
            problems.append(f"{path.name}: row {row!r} needs {min_columns} non-empty columns")
        keys.append(row[0])
    if keys != sorted(keys):
        problems.append(f"{path.name}: keys are not sorted")
    if len(keys) != len(set(keys)):
        problems.append(f"{path.name}: duplicate keys")
    return problems


@cache
def mapping(relative: str) -> dict[str, tuple[str, ...]]:
    """key → suggestions (second column split on spaces)."""
    return {row[0]: tuple(row[1].split(" ")) for row in rows(DATA / relative)}


@cache
def keys(relative: str) -> frozenset[str]:
    """The first column of a lexicon."""
    return frozenset(row[0] for row in rows(DATA / relative))
