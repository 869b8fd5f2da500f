"""`python -m policylens.opencc_data [--check] [--output FILE]`: regenerate `data/opencc_sets.json` from the installed OpenCC.

Without options the stored file is rewritten.  `--check` only compares and exits 1 when
the stored file differs from what the installed dictionaries give (for CI); `--output`
writes somewhere else.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from policylens.opencc_data import dictionary_source, script_data_text
from policylens.script import DATA_FILE


def main(argv: list[str] | None = None) -> int:
    """Run the command; the exit code."""
    parser = argparse.ArgumentParser(prog="python -m policylens.opencc_data", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only compare with the stored file; exit 1 when it differs")
    parser.add_argument("--output", type=Path, default=DATA_FILE, help=f"where to write (default: {DATA_FILE})")
    args = parser.parse_args(argv)
    try:
        text = script_data_text()
    except RuntimeError as exc:
        sys.stderr.write(f"policylens: error: {exc}\n")
        return 2
    target: Path = args.output
    try:
        current = target.read_text(encoding="utf-8") if target.is_file() else None
    except (OSError, UnicodeDecodeError) as exc:
        sys.stderr.write(f"policylens: error: {target}: cannot read it: {exc}\n")
        return 2
    if args.check:
        same = current == text
        print(f"{target}: {'is up to date with' if same else 'differs from'} the dictionaries of {dictionary_source()}")
        return 0 if same else 1
    if current == text:
        print(f"{target}: unchanged (the dictionaries of {dictionary_source()} give the same sets)")
        return 0
    from policylens.errors import UserError
    from policylens.output import write_atomic

    try:
        write_atomic(str(target), text, what="the stored sets")
    except UserError as exc:
        sys.stderr.write(f"policylens: error: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"policylens: error: {target}: cannot write it: {exc.strerror or exc}\n")
        return 2
    print(f"{target}: written from the dictionaries of {dictionary_source()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
