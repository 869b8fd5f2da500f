"""Which files of a test sweep reach the same lines and branches of policylens as the whole sweep (issue #13, u53s).

    pip install coverage   # not a dependency of policylens: install it beside, e.g. pip install --target /tmp/cov coverage
    PYTHONPATH=cli:/tmp/cov python benchmarks/sweep_cover.py lean        # rewrites tests/lean_sweep_covered.txt
    PYTHONPATH=cli:/tmp/cov python benchmarks/sweep_cover.py line-ends   # rewrites tests/line_end_files.txt

Runs the sweep's work on every file of the whole sweep under coverage.py (branch coverage of cli/policylens, one
dynamic context per file), then keeps the files a sweep must keep and adds, greedily, the file that reaches the most
arcs not reached yet, until the kept files reach every arc the whole sweep reaches; then runs the kept files alone,
in a process of their own, and compares the two unions (caches and lazily compiled patterns: what the first file of
a process reaches).  The list's header (its comment lines) is kept; only its paths are rewritten.

* `lean`: the lean `check` of tests/test_check_speed_lean.py (five profiles, searches remembered); kept: each part's
  first policy and those whose full document differs from the lean one beyond the digest.  Writes the others.
* `line-ends`: tests/test_hostile41.py's LF/lone-CR differential on every 89th eligible eval file (tests/sweep_samples.py);
  writes the kept ones, and tests/line_end_sets.txt: the eval sets now, whose later additions the test samples itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "cli" / "policylens"
LISTS = {"lean": ROOT / "tests/lean_sweep_covered.txt", "line-ends": ROOT / "tests/line_end_files.txt"}


def _candidates(kind: str) -> tuple[list[str], list[str]]:
    """(every file of the whole sweep, the files it must keep) as paths the list names."""
    sys.path.insert(0, str(ROOT / "tests"))
    if kind == "lean":
        import test_check_speed_lean as lean
        from policylens.load import load
        from policylens.structure import build_document

        every = lean._policies()
        must = []
        for k, path in enumerate(every):
            short = build_document(load(str(path), digest=False), release=True, full=False)
            full = build_document(load(str(path), digest=True), full=True)
            if k < lean.SWEEP_PARTS or not lean._same_but_the_digest(short, full):
                must.append(str(path.relative_to(ROOT)))
        return [str(p.relative_to(ROOT)) for p in every], must
    import sweep_samples

    return sweep_samples.eligible()[:: sweep_samples.STRIDE], []


def _run(kind: str, names: list[str], data_file: str) -> None:
    """The sweep's work on `names` under coverage (a context per file), saved to `data_file`."""
    import coverage

    cov = coverage.Coverage(branch=True, data_file=data_file, source=[str(SOURCE)])
    cov.start()
    sys.path.insert(0, str(ROOT / "tests"))
    from policylens.check import CheckOptions, check_file
    from policylens.render.json import _finding_json

    if kind == "lean":
        import pytest

        import test_check_speed_lean as lean

        patch = pytest.MonkeyPatch()
        lean._searches_remembered(patch)
        options = CheckOptions(no_config=True, profiles=lean.FIVE_PROFILES)
        for name in names:
            cov.switch_context(name)
            for finding in check_file(str(ROOT / name), options).findings:
                _finding_json(finding)
    else:
        from helpers import parse_path

        tmp = Path(tempfile.mkdtemp())
        for n, name in enumerate(names):
            cov.switch_context(name)
            source = ROOT / "eval" / name
            data = source.read_bytes().replace(b"\r\n", b"\n")
            for ending in (b"\n", b"\r"):
                path = tmp / f"{n}{len(ending)}{ending[0]}" / source.parent.name / source.name
                path.parent.mkdir(parents=True)
                path.write_bytes(data.replace(b"\n", ending))
                try:
                    parse_path(path)
                except Exception:  # a refusal: the test compares its name
                    continue
                check_file(str(path), CheckOptions())
    cov.stop()
    cov.save()


def _arcs(data_file: str) -> tuple[dict[str, set[Any]], set[Any]]:
    """(each context's arcs, every arc: imports' too)."""
    from coverage import CoverageData

    data = CoverageData(data_file)
    data.read()
    files = sorted(data.measured_files())
    per = {}
    for context in sorted(c for c in data.measured_contexts() if c):
        data.set_query_contexts([context])
        per[context] = {(f, arc) for f in files for arc in data.arcs(f) or ()}
    data.set_query_contexts(None)
    return per, {(f, arc) for f in files for arc in data.arcs(f) or ()}


def main(kind: str) -> None:
    every, must = _candidates(kind)
    work = Path(tempfile.mkdtemp())
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "cli"), os.environ.get("PYTHONPATH", "")])}
    (work / "all.json").write_text(json.dumps(every), encoding="utf-8")
    subprocess.run([sys.executable, __file__, "--run", kind, str(work / "all.json"), str(work / "all.cov")], check=True, env=env)
    per, whole = _arcs(str(work / "all.cov"))
    kept, reached = list(must), set().union(*(per[name] for name in must))
    wanted = set().union(*per.values())
    while wanted - reached:
        best = max((n for n in every if n not in kept), key=lambda n: len(per[n] - reached))
        kept.append(best)
        reached |= per[best]
    (work / "kept.json").write_text(json.dumps(kept), encoding="utf-8")
    subprocess.run([sys.executable, __file__, "--run", kind, str(work / "kept.json"), str(work / "kept.cov")], check=True, env=env)
    _, alone = _arcs(str(work / "kept.cov"))
    print(f"{len(kept)} of {len(every)} files; arcs {len(whole)} whole, {len(alone)} kept alone, {len(whole - alone)} missing")
    listed = LISTS[kind]
    header = [line for line in listed.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    names = sorted(kept) if kind == "line-ends" else [n for n in every if n not in kept]
    listed.write_text("\n".join([*header, *names]) + "\n", encoding="utf-8")
    if kind == "line-ends":  # the sets as they are now: the test samples those added or changed from here on
        import sweep_samples

        sets = sweep_samples.SETS
        header = [line for line in sets.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        now = [f"{key} {print_}" for key, print_ in sweep_samples.fingerprints(sweep_samples.eligible()).items()]
        sets.write_text("\n".join([*header, *now]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1] == "--run":
        _run(sys.argv[2], json.loads(Path(sys.argv[3]).read_text(encoding="utf-8")), sys.argv[4])
    else:
        main(sys.argv[1])
