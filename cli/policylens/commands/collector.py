"""Garbage-collector settings of the batch commands (`check`, `compare`): the command layer's choice, not the library's.

Measured in README › Benchmarks (`benchmarks/bench_check.py`; `POLICYLENS_GC=default`
keeps Python's own settings, to compare against).
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator

from policylens.cli import GC_THRESHOLDS as THRESHOLDS  # the entry point's, set before the CLI's imports

# Checking allocates many small tuples and little cyclic garbage: collecting every 700
# allocations (Python's default) costs a few per cent of a run; every 20,000 is enough.
# The console script already raised them (cli.py); in-process callers get them here.


class Collector:
    """What a batch run may ask of the collector while it runs."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.froze = False

    def freeze(self) -> None:
        """Freeze the objects alive now (patterns, tables, automata): call it right before forking workers.

        Frozen objects are never scanned again, and forked workers leave their memory
        pages alone instead of copying them.  A caller that froze objects itself keeps
        its own freeze, neither undone nor extended.
        """
        if self.enabled and not self.froze and gc.get_freeze_count() == 0:
            gc.freeze()
            self.froze = True


@contextlib.contextmanager
def batch_collector(*, fewer_collections: bool = True, freeze: bool = False) -> Iterator[Collector]:
    """For one batch run: collect less often (forked workers inherit it), optionally freeze now; all undone at the end."""
    enabled = os.environ.get("POLICYLENS_GC") != "default"
    saved = gc.get_threshold()
    collector = Collector(enabled=enabled)
    if enabled and fewer_collections:
        gc.set_threshold(*THRESHOLDS)
    if freeze:
        collector.freeze()
    try:
        yield collector
    finally:
        if collector.froze:
            gc.unfreeze()
        gc.set_threshold(*saved)
