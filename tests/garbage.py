"""What a run leaves in reference cycles (`cyclic_garbage`): the objects the cyclic collector frees after it."""

from __future__ import annotations

import gc
from collections.abc import Callable


def cyclic_garbage(run: Callable[[], object]) -> list[str]:
    """The type names of the objects that `run()` left in reference cycles: what the cyclic collector frees after it.

    The objects alive before `run()` are frozen first (`gc.freeze`: moved out of the collector's sight until
    `gc.unfreeze`), so the one collection after it walks only what `run()` made; the garbage found is saved
    for reading (`gc.DEBUG_SAVEALL`) and dropped afterwards.  Collecting the whole heap before and after, as
    `tests/test_u33t_cycles.py` did, cost 0.1-0.25 s of CPU a call in a process that had run other tests
    (its size is every module and shared document alive), and the earlier garbage it freed was never read
    (docs/history/test-suite.md, thirty-fourth session).  A cycle among objects made by `run()` is found
    either way; a cycle that also passes through an object older than `run()` was garbage before it too.
    """
    flags = gc.get_debug()
    gc.freeze()
    gc.set_debug(flags | gc.DEBUG_SAVEALL)
    try:
        run()
        gc.collect()
        return [type(o).__name__ for o in gc.garbage]
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
        gc.unfreeze()
