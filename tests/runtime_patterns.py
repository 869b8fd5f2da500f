"""The patterns policylens compiles while parse, check and diff run on corpus files, in a fresh process.

`tests/test_hostile_regex.py` probes them with the package's module-level patterns.  They are
recorded in a process of their own (`python tests/runtime_patterns.py` prints them as JSON), not
in the test process: there a pattern that an earlier test had already compiled into one of the
package's caches (a lazy pattern, a table built from a lexicon) is not compiled again and would
go unrecorded, so what was probed would depend on which tests ran first.  Recording them at
collection, as before, cost every pytest process (each xdist worker, the fast loop) a parse,
check and diff of six corpus files (issue #13).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SEED = CORPORA / "smartmi" / "zh-Hant.2021-03-30.txt"
LABEL = "compiled at run time"


def _called_from_policylens() -> bool:
    """Whether the code asking `re` for a pattern is ours (third-party patterns are not probed here)."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").split(".")[0] in ("re", "functools", "sre_compile"):
        frame = frame.f_back
    return frame is not None and frame.f_globals.get("__name__", "").startswith("policylens")


def record() -> list[tuple[str, int]]:
    """(pattern, flags) of every pattern compiled while parse, check and diff run on corpus files (with a configuration)."""
    from policylens import lazyre
    from policylens.check import CheckOptions, check_file
    from policylens.diff import diff_documents
    from policylens.load import load
    from policylens.structure import build_document

    found: dict[tuple[str, int], None] = {}
    original = re._compile  # type: ignore[attr-defined]

    def recording(pattern: Any, flags: Any) -> Any:
        compiled = original(pattern, flags)
        if isinstance(pattern, str) and _called_from_policylens():
            found.setdefault((pattern, compiled.flags))  # flags as a module pattern has them
        return compiled

    # lazy patterns are compiled by policylens.lazyre (from its store when it can), not by re._compile
    original_lazy = lazyre.compile

    def recording_lazy(pattern: str, flags: int = 0, **store: Any) -> Any:
        compiled = original_lazy(pattern, flags, **store)
        if isinstance(pattern, str):
            found.setdefault((pattern, compiled.flags))
        return compiled

    samples = [SEED, *sorted(CORPORA.glob("*/*.md"))[:3], *sorted(CORPORA.glob("*/*.html"))[:2]]
    re._compile = recording  # type: ignore[attr-defined]
    lazyre.compile = recording_lazy  # type: ignore[assignment]
    try:
        docs = [build_document(load(str(path))) for path in samples]
        for path in samples:
            check_file(str(path), CheckOptions())
        diff_documents(docs[0], docs[-1])
    finally:
        re._compile = original  # type: ignore[attr-defined]
        lazyre.compile = original_lazy  # type: ignore[assignment]
    return list(found)


def runtime_patterns() -> dict[tuple[str, int], str]:
    """`record()` run in a fresh Python process (the test process's own caches would hide patterns)."""
    done = subprocess.run([sys.executable, __file__], capture_output=True, text=True, check=True)
    return {(pattern, flags): LABEL for pattern, flags in json.loads(done.stdout)}


if __name__ == "__main__":
    json.dump(record(), sys.stdout)
