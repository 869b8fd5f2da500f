"""Garbage-collector settings of the batch commands (`check`, `compare`): the command layer's choice, not the library's.

Measured in README › Benchmarks (`benchmarks/bench_check.py`, with `POLICYLENS_GC=default`
to compare against Python's own settings).
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator

# Checking allocates many small tuples and little cyclic garbage: collecting every 700
# allocations (Python's default) costs a few per cent of a run; every 20,000 is enough.
THRESHOLDS = (20_000, 20, 20)


@contextlib.contextmanager
def batch_collector(*, fewer_collections: bool = True) -> Iterator[None]:
    """For one batch run: collect less often, and freeze the objects alive now (modules, tables).

    Frozen objects are never scanned again, and worker processes forked later leave
    their memory pages alone instead of copying them.  Forked workers inherit both
    settings.  Everything is put back when the run ends; a caller that froze objects
    itself keeps its own freeze.  `POLICYLENS_GC=default` keeps Python's settings (for
    measuring).
    """
    if os.environ.get("POLICYLENS_GC") == "default":
        yield
        return
    saved = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0
    if fewer_collections:
        gc.set_threshold(*THRESHOLDS)
    if freeze:
        gc.freeze()
    try:
        yield
    finally:
        if freeze:
            gc.unfreeze()
        gc.set_threshold(*saved)
