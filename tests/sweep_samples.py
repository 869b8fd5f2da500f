"""Which eval files `tests/test_hostile41.py`'s line-end differential reads: a chosen list, plus files added since.

`tests/line_end_files.txt` lists the files chosen by branch coverage (`benchmarks/sweep_cover.py line-ends`: of
every 89th eligible eval file, those that reach every line and branch of policylens the whole sample reaches).  A
file added to `eval/` later was never a candidate, so the choice would not see it: `tests/line_end_sets.txt` records
each eval set (the first folder under `eval/`, the first two under `eval/blind/`) as it was when the list was chosen,
by the number and a CRC-32 of its eligible files' names, and the files of every set that is new or changed since are
sampled by the rule the candidates were drawn by (every `STRIDE`th of them in sorted order, the first included).  So
a new set is read from its first file on, no one has to remember to measure again, and the test grows by about one
file in 89 added (issue #13, fifty-fourth session, u54s).  The tool rewrites both lists.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
LISTED = ROOT / "tests" / "line_end_files.txt"
SETS = ROOT / "tests" / "line_end_sets.txt"
# the kinds of file the differential reads, and the size under which it reads them
LINE_END_SUFFIXES = (
    ".dart",
    ".ets",
    ".swift",
    ".qml",
    ".kt",
    ".js",
    ".tsx",
    ".jsx",
    ".vue",
    ".wxml",
    ".php",
    ".json",
    ".yml",
    ".md",
    ".html",
    ".txt",
)
LINE_END_MAX_BYTES = 40_000
STRIDE = 89  # 13,485 eligible files // 150 at 2d1c0d01, when the first list was chosen


def eligible(root: Path = EVAL) -> list[str]:
    """Every eval file the differential may read, as a sorted path under `root`."""
    files = (p for p in root.rglob("*") if p.suffix in LINE_END_SUFFIXES and p.is_file() and p.stat().st_size < LINE_END_MAX_BYTES)
    return sorted(str(p.relative_to(root)) for p in files)


def set_of(name: str) -> str:
    """The eval set a path under `eval/` belongs to: its first folder, or its first two under `blind/`."""
    parts = name.split("/")
    return "/".join(parts[:2] if parts[0] == "blind" and len(parts) > 2 else parts[:1])


def fingerprints(names: Iterable[str]) -> dict[str, str]:
    """Each set's `count crc32` of its files' sorted names (the lines of `tests/line_end_sets.txt` after the set)."""
    grouped: defaultdict[str, list[str]] = defaultdict(list)
    for name in names:
        grouped[set_of(name)].append(name)
    return {key: f"{len(files)} {zlib.crc32(chr(10).join(sorted(files)).encode()):08x}" for key, files in sorted(grouped.items())}


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def recorded_sets() -> dict[str, str]:
    """The sets as they were when the list was chosen (`tests/line_end_sets.txt`: `set count crc32` a line)."""
    recorded = {}
    for line in _lines(SETS):
        key, count, crc = line.rsplit(" ", 2)
        recorded[key] = f"{count} {crc}"
    return recorded


def added_since(names: list[str], recorded: dict[str, str]) -> list[str]:
    """Every `STRIDE`th file (the first included) of the sets that are new or changed since `recorded`."""
    now = fingerprints(names)
    pool = sorted(name for name in names if recorded.get(set_of(name)) != now[set_of(name)])
    return pool[::STRIDE]


def line_end_files(root: Path = EVAL) -> list[Path]:
    """The files the differential reads: the chosen list and a sample of what was added since."""
    names = eligible(root)
    chosen = _lines(LISTED)
    extra = [name for name in added_since(names, recorded_sets()) if name not in set(chosen)]
    return [root / name for name in chosen + extra]
