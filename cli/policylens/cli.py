"""The console-script entry point: `policylens` and `python -m policylens` start here.

It prepares the process before the CLI's imports, then hands over to
`policylens.commands.main` (the typer application, which turns errors into one
stderr line and exit code 2).  Nothing heavy is imported before that hand-over.
"""

import gc
import os

# Start-up allocates tens of thousands of long-lived objects (typer and click, the
# package's modules, tables and compiled patterns) and almost no cyclic garbage.  With
# Python's default gen-0 threshold of 700, the collector ran over them again and again:
# about 13 ms of the ~100 ms that `policylens parse` takes (benchmarks/bench_parse.py).
# Every command then allocates many small, acyclic tuples (`check` already collected
# only every 20,000 allocations while checking), so the raised thresholds stay for the run.
GC_THRESHOLDS = (20_000, 20, 20)


def main() -> None:
    """Run the policylens command line (see `policylens.commands.main`)."""
    if os.environ.get("POLICYLENS_GC") != "default":  # `default` keeps Python's settings, for measuring
        gc.set_threshold(*GC_THRESHOLDS)
    from policylens.commands import main as run

    run()


__all__ = ["GC_THRESHOLDS", "main"]
