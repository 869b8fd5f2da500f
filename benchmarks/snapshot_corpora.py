"""Snapshot the JSON of `parse`, `check` and `diff` on every file in `corpora/` (issue #13).

Run:  .venv/bin/python benchmarks/snapshot_corpora.py OUT_DIR [--compare OTHER_DIR]

Writes one file per run into OUT_DIR: `parse/<product>/<file>.json`,
`check/<product>/<file>.json` and `diff/<product>/<old>__<new>.json`, each holding the
exit code, stdout and stderr of `policylens <command> … --format json`.  `diff` runs on
consecutive versions of each edition of a product (files of one folder that share the
part of their name before the first dot, in name order).  With `--compare OTHER_DIR`
it then compares the two folders byte for byte and exits 1 when any file differs, so a
restructuring can show that behaviour stayed the same.

The commands run in this process (through `policylens.commands.main`), one after the
other in a fixed order, so the snapshot takes seconds instead of minutes.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SKIPPED = {"SOURCES.md", "external-SOURCES.md"}


def policy_files() -> list[Path]:
    """Every policy file under corpora/, in name order."""
    return sorted(p for p in CORPORA.rglob("*") if p.is_file() and p.name not in SKIPPED)


def version_pairs(files: list[Path]) -> Iterator[tuple[Path, Path]]:
    """Consecutive versions of each edition (same folder, same name before the first dot)."""
    editions: dict[tuple[Path, str], list[Path]] = {}
    for path in files:
        editions.setdefault((path.parent, path.name.split(".", 1)[0]), []).append(path)
    for versions in editions.values():
        yield from itertools.pairwise(versions)


def run(argv: list[str]) -> str:
    """Run `policylens ARGV` in-process; the exit code, stdout and stderr as one JSON text."""
    from policylens.commands import main

    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = ["policylens", *argv]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = saved
    return json.dumps({"exit": code, "stdout": out.getvalue(), "stderr": err.getvalue()}, ensure_ascii=False, indent=1) + "\n"


def snapshot(out_dir: Path) -> int:
    """Write every run's result below `out_dir`; the number of files written."""
    os.chdir(ROOT)  # paths in the output are relative to the repository
    written = 0
    files = policy_files()

    def write(relative: str, text: str) -> None:
        nonlocal written
        target = out_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written += 1

    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        name = path.relative_to(CORPORA).as_posix()
        write(f"parse/{name}.json", run(["parse", rel, "--format", "json"]))
        write(f"check/{name}.json", run(["check", rel, "--format", "json", "--no-config"]))
    for old, new in version_pairs(files):
        rel_old, rel_new = (p.relative_to(ROOT).as_posix() for p in (old, new))
        folder = old.parent.relative_to(CORPORA).as_posix()
        write(f"diff/{folder}/{old.name}__{new.name}.json", run(["diff", rel_old, rel_new, "--format", "json"]))
    return written


def compare(a: Path, b: Path) -> list[str]:
    """Relative paths that differ (or exist on one side only) between two snapshots."""
    names_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    names_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    return sorted(n for n in names_a | names_b if n not in names_a or n not in names_b or (a / n).read_bytes() != (b / n).read_bytes())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the snapshot into")
    parser.add_argument("--compare", type=Path, help="a previous snapshot to compare against, byte for byte")
    args = parser.parse_args()
    count = snapshot(args.out.resolve())
    print(f"{count} results written to {args.out}")
    if args.compare is None:
        return 0
    differing = compare(args.compare.resolve(), args.out.resolve())
    for name in differing:
        print(f"differs: {name}")
    print("identical" if not differing else f"{len(differing)} of {count} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
