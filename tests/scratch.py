"""One private folder per test process for the files the helpers write (`parse_string`), removed at exit."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

_SCRATCH: dict[int, Path] = {}  # process id → its folder for parse_string's files, made on first use


def scratch_folder() -> Path:
    """One private folder per test process, removed at exit.

    A folder per call (`TemporaryDirectory`) cost about 6 ms of mkdir/rmdir on this
    machine's disk, 2,400 times a run; one file name is reused (see `parse_string`).  Each
    pytest-xdist worker is its own process, so workers never share a file.
    """
    pid = os.getpid()  # a forked child gets a folder of its own
    if pid not in _SCRATCH:
        _SCRATCH[pid] = Path(tempfile.mkdtemp(prefix="policylens-parse-"))
        atexit.register(shutil.rmtree, _SCRATCH[pid], ignore_errors=True)
    return _SCRATCH[pid]
