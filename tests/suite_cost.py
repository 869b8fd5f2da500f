"""Where the test suite's CPU goes, and which pipeline work it does more than once (issue #13; off unless asked for).

Every session that measured the suite wrote a plugin of its own and threw it away; this is the
forty-seventh session's, kept.  It is a pytest plugin, loaded only by name, with `tests/` on the path:

    PYTHONPATH=$PWD/cli:$PWD/tests SUITE_COST=/tmp/cost nice python -m pytest -p suite_cost -n 0 -p no:cacheprovider
    python tests/suite_cost.py /tmp/cost            # the tables

It writes, per process (each xdist worker apart), one JSON line per item (a family of folded cases is
one item: `tests/families.py`) with its CPU, self and reaped children (`getrusage`), its wall time and
its `slow` mark, and one JSON line per call of the pipeline's five costly entry points on a file of
the repository (`load`, `build_document`, `check_file`, `diff_documents`, `coverage`): the function,
its input as a key (the path under the repository, the options, and for documents their digest and
length), the call's CPU, its depth (0: called by the test itself) and the case that made it.  A call
whose key an earlier call of the same process had is work done again; `python tests/suite_cost.py DIR`
sums it by function and by pair of tests.  Files under `tmp_path` are not keyed (written anew by each
test).  The wrappers replace the functions in the package's modules and in the test modules that
imported them; the package's own internal calls keep the original unless its module imported the
name after the plugin (the counts are of what tests ask, which is what a shared cache could serve).
"""

from __future__ import annotations

import collections
import json
import os
import resource
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
_OUT = Path(os.environ.get("SUITE_COST", "/tmp/suite-cost"))
_current = ["<collection>"]
_depth = [0]
_wrapped: dict[int, Callable[..., Any]] = {}
_files: dict[str, Any] = {}


def _repository(path: object) -> str | None:
    """`path` relative to the repository, or None for a file elsewhere (a test's `tmp_path`)."""
    try:
        resolved = Path(str(path)).resolve()
    except (OSError, ValueError, RuntimeError):  # (u58s) RuntimeError: a symlink loop, before Python 3.13
        return None
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else None


def _document(doc: Any) -> str | None:
    where = _repository(doc.source.path)
    return None if where is None else f"{where}|{doc.source.sha256}|{len(doc.sections)}"


def call_key(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
    """The input of one call of `name`, as a string; None when it reads no file of the repository."""
    options = repr(sorted(kwargs.items()))
    if name == "load":
        where = _repository(args[0] if args else kwargs.get("path"))
        return None if where is None else f"{where}|{options}"
    if name == "build_document":
        loaded = args[0] if args else kwargs["loaded"]
        where = _repository(loaded.source.path)
        return None if where is None else f"{where}|{hash(loaded.text)}|{options}"
    if name == "check_file":
        where = _repository(args[0])
        return None if where is None else f"{where}|{args[1:2]!r}|{options}"
    if name == "diff_documents":
        old, new = _document(args[0]), _document(args[1])
        return None if old is None or new is None else f"{old}|{new}|{options}"
    if name == "coverage":
        doc = _document(args[0])
        return None if doc is None else f"{doc}|{[getattr(p, 'name', p) for p in args[1]]!r}"
    raise ValueError(name)


def _wrap(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        if name == "coverage" and len(args) > 1:
            args = (args[0], tuple(args[1]), *args[2:])  # an iterator of profiles is read once, by the key and the call
        try:
            key = call_key(name, args, kwargs)
        except Exception:  # (u58s) the measuring never changes what the call does: a key it cannot make is no key
            key = None
        start = time.process_time()
        _depth[0] += 1
        try:
            return function(*args, **kwargs)
        finally:
            _depth[0] -= 1
            if key is not None:
                line = {"f": name, "k": key, "cpu": time.process_time() - start, "d": _depth[0], "item": _current[0]}
                _files["calls"].write(json.dumps(line) + "\n")

    counted.__wrapped__ = function  # type: ignore[attr-defined]
    for attribute in ("__name__", "__qualname__", "__doc__", "__module__"):
        setattr(counted, attribute, getattr(function, attribute))
    return counted


_modules = [-1]  # how many modules `sys.modules` held at the last rebinding


def _rebind() -> None:
    """Every name bound to a wrapped function, in the package's modules and the test modules, now names its wrapper.

    Only when a module was imported since the last time: walking every module's names before each item cost 5-16 ms
    an item with the whole suite collected, outside the items measured (u60s: 149 items, 14.7 → 14.0 s of the
    process's CPU; the fast loop, 8,288 items, 148.8 s of the process's CPU outside its items before, 12.9 s after,
    collection included).  A module imported since is the only new place such a name can be bound to the original
    function."""
    if len(sys.modules) == _modules[0]:
        return
    _modules[0] = len(sys.modules)
    tests = str(ROOT / "tests")
    for name, module in list(sys.modules.items()):
        if not (name.startswith("policylens") or str(getattr(module, "__file__", None) or "").startswith(tests)):
            continue
        for attribute, value in list(vars(module).items()):
            if (counted := _wrapped.get(id(value))) is not None:
                setattr(module, attribute, counted)


def pytest_configure(config: pytest.Config) -> None:
    import policylens.check
    import policylens.diff.align
    import policylens.load
    import policylens.profiles.coverage.verdicts
    import policylens.structure

    entry_points = (
        (policylens.load, "load"),
        (policylens.structure, "build_document"),
        (policylens.check, "check_file"),
        (policylens.diff.align, "diff_documents"),
        (policylens.profiles.coverage.verdicts, "coverage"),
    )
    for module, name in entry_points:
        function = getattr(module, name)
        _wrapped.setdefault(id(function), _wrap(name, function))
    _rebind()
    _OUT.mkdir(parents=True, exist_ok=True)
    process = f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-{os.getpid()}"
    _files["items"] = (_OUT / f"items-{process}.jsonl").open("w", encoding="utf-8")
    _files["calls"] = (_OUT / f"calls-{process}.jsonl").open("w", encoding="utf-8")


def pytest_collection_finish(session: pytest.Session) -> None:
    _rebind()  # the test modules imported since


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _current[0] = item.nodeid  # each case of a family sets up through this hook too


def _cpu() -> tuple[float, float]:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    _rebind()  # a module imported by an earlier test (a lazy import) binds its names anew
    own, children = _cpu()
    wall = time.perf_counter()
    _current[0] = item.nodeid
    yield
    own_after, children_after = _cpu()
    line = {
        "id": item.nodeid,
        "self": own_after - own,
        "children": children_after - children,
        "wall": time.perf_counter() - wall,
        "slow": item.get_closest_marker("slow") is not None,
        "cases": len(getattr(item, "cases", [item])),
    }
    _files["items"].write(json.dumps(line) + "\n")
    _files["items"].flush()
    _files["calls"].flush()


def pytest_unconfigure(config: pytest.Config) -> None:
    if "items" in _files:
        own, children = _cpu()
        _files["items"].write(json.dumps({"id": "<process>", "self": own, "children": children}) + "\n")
        for file in _files.values():
            file.close()


# -- the tables ---------------------------------------------------------------------------


def _read(folder: Path, kind: str) -> list[dict[str, Any]]:
    return [
        json.loads(line) for path in sorted(folder.glob(f"{kind}-*.jsonl")) for line in path.open(encoding="utf-8") if line.endswith("}\n")
    ]


def repeats(calls: list[dict[str, Any]]) -> dict[str, tuple[int, int, float, int, float]]:
    """Per function: calls, distinct inputs, CPU, calls repeating an earlier input, their CPU (every depth)."""
    table: dict[str, tuple[int, int, float, int, float]] = {}
    for name in sorted({call["f"] for call in calls}):
        seen: set[str] = set()
        again = again_cpu = 0.0
        mine = [call for call in calls if call["f"] == name]
        for call in mine:
            if call["k"] in seen:
                again, again_cpu = again + 1, again_cpu + call["cpu"]
            seen.add(call["k"])
        table[name] = (len(mine), len(seen), sum(call["cpu"] for call in mine), int(again), again_cpu)
    return table


def repeating_pairs(calls: list[dict[str, Any]]) -> collections.Counter[tuple[str, str, str]]:
    """CPU of the repeated calls, by (function, the test that made the input's first call, the test that made it again)."""
    first: dict[tuple[str, str], str] = {}
    pairs: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for call in calls:
        test = call["item"].split("[", 1)[0]
        if (call["f"], call["k"]) in first:
            pairs[(call["f"], first[(call["f"], call["k"])], test)] += call["cpu"]
        else:
            first[(call["f"], call["k"])] = test
    return pairs


def main(folder: Path) -> None:
    items = _read(folder, "items")
    processes = [item for item in items if item["id"] == "<process>"]
    items = [item for item in items if item["id"] != "<process>"]
    cost = sorted(((item["self"] + item["children"], item) for item in items), key=lambda pair: pair[0])
    total = sum(c for c, _ in cost)
    slow = sum(c for c, item in cost if item["slow"])
    print(
        f"{len(items)} items, {total:.1f} s of CPU in them ({slow:.1f} s in the slow ones); processes {sum(p['self'] + p['children'] for p in processes):.1f} s"
    )
    ranked = [c for c, _ in reversed(cost)]
    for n in (10, 50, 200, 500):
        print(f"  the {n} costliest: {sum(ranked[:n]):.1f} s ({100 * sum(ranked[:n]) / max(total, 1e-9):.1f}%)")
    for c, item in list(reversed(cost))[:40]:
        print(f"  {c:7.2f} (children {item['children']:6.2f}, wall {item['wall']:6.1f}) {'slow ' if item['slow'] else ''}{item['id']}")
    calls = _read(folder, "calls")
    print("pipeline calls on repository files (every depth): calls, distinct inputs, CPU, repeats, their CPU")
    for name, (n, distinct, cpu, again, again_cpu) in repeats(calls).items():
        print(f"  {name:15} {n:6} {distinct:6} {cpu:8.1f} s {again:6} {again_cpu:7.1f} s")
    for (name, one, other), cpu in repeating_pairs(calls).most_common(25):
        print(f"  {cpu:6.2f} s {name}: {one} <- {other}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
