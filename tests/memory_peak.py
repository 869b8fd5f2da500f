"""The peak resident memory of one pipeline stage on one file, measured in a fresh process.

`python tests/memory_peak.py WORK WARM PATH` runs `WORK` (a name of `WORKS`) once on the
small file `WARM` (imports, compiled patterns and caches are not the input's), then resets
the process's high-water mark (`VmHWM`, through `/proc/self/clear_refs`), runs `WORK` on
`PATH` and prints by how many bytes the peak rose above the resident size before the run.

This replaces tracemalloc in `tests/test_memory_markdown.py` (issue #13): the pipeline runs at
full speed (tracemalloc made each allocation several times dearer: 25 s of CPU for the six
ratios, now a few seconds), and a fresh process per measurement keeps the memory an earlier
run freed, which the next one would reuse unseen, out of the figure.  The resident size also
counts what tracemalloc does not (the allocator's own overhead and arenas), so its ratios
are somewhat higher than tracemalloc's; each test's bound is set between the figures
measured with and without the defect it guards (see there).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import io
import sys
from collections.abc import Callable
from pathlib import Path

CLEAR_REFS = Path("/proc/self/clear_refs")

# The reader reads a file with `read(max_bytes + 1)`: a buffer of the whole limit, virtual
# memory never touched (not resident), kept small anyway.
LIMIT = 3_000_000


def _load(path: str) -> object:
    from policylens.load import load

    return load(path, max_bytes=LIMIT)


def _check(path: str) -> object:
    from policylens.check import CheckOptions, check_file

    return check_file(path, CheckOptions(no_config=True, max_bytes=LIMIT))


class _Sink(io.StringIO):
    """Standard output that keeps nothing (the streamed JSON is not held)."""

    def write(self, text: str) -> int:
        return len(text)


def _parse_json(path: str) -> object:
    from policylens.load.document import read_document
    from policylens.render.json import render_document

    render_document(read_document(path, max_bytes=LIMIT), _Sink())
    return None


WORKS: dict[str, Callable[[str], object]] = {"load": _load, "check": _check, "parse_json": _parse_json}


def _status(field: str) -> int:
    """A size from /proc/self/status, in bytes."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise LookupError(field)


def peak(work: Callable[[str], object], warm: str, path: str) -> int:
    """The rise of the resident high-water mark while `work(path)` runs, after `work(warm)`."""
    work(warm)
    gc.collect()
    libc = ctypes.util.find_library("c")
    if libc:  # hand freed heap back to the system: the measured run starts from what is in use
        ctypes.CDLL(libc).malloc_trim(0)
    CLEAR_REFS.write_text("5", encoding="ascii")  # VmHWM := VmRSS
    before = _status("VmRSS")
    kept = work(path)
    rise = _status("VmHWM") - before
    del kept
    return rise


def main(argv: list[str]) -> int:
    work, warm, path = argv
    print(peak(WORKS[work], warm, path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
