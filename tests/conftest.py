"""Shared fixtures: corpus paths and helpers that run the parse pipeline."""

from __future__ import annotations

import functools
import gc
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SEED = CORPORA / "smartmi" / "zh-Hant.2021-03-30.txt"
POLICY_SUFFIXES = {".txt", ".md", ".mdx", ".html", ".jsp", ".ftl", ".docx"}
sys.path.insert(0, str(ROOT / "tests"))


PYCACHE = ROOT / ".pytest_cache" / "pycache"


def _cache_bytecode() -> None:
    """Keep bytecode in `.pytest_cache/pycache` when the environment says not to write it.

    Under `PYTHONDONTWRITEBYTECODE` (set on this development machine and in many CI images)
    every process recompiles what it imports: each pytest-xdist worker rewrote the asserts of
    all test modules and compiled the package again (2 s of CPU of its 4 s collection), and
    each `python -m policylens` a test starts compiled the package (0.1 s).  Bytecode and the
    stored patterns of `policylens.lazyre` go to a mirror tree under the repository's
    `.pytest_cache` (ignored by git), never beside the sources, which is what that setting
    protects; workers and subprocesses inherit it through the environment.  An explicit
    `PYTHONPYCACHEPREFIX` is left as it is.  The mirror of the temporary folder (tests that
    run Python on files under `tmp_path`) is removed when the run ends.
    """
    if not sys.dont_write_bytecode or sys.pycache_prefix:
        return
    sys.pycache_prefix = str(PYCACHE)
    sys.dont_write_bytecode = False
    os.environ["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


_cache_bytecode()

# Imported only now: pytest rewrites the asserts of every module of a plugin's distribution
# (hypothesis is one), and before `_cache_bytecode` it could neither read nor write the
# rewritten bytecode, so a process that imports this conftest (the xdist controller, `-n 0`)
# rewrote hypothesis's 90 modules again on every run: 1.4 s of CPU (issue #13).
from hypothesis import settings  # noqa: E402

# A parametrized test's cases run as one item; a case that does not pass is reported by its own id.
pytest_plugins = ("families",)


def drop_mirror(mirror: Path, keep: Path) -> None:
    """Remove the bytecode tree `mirror`, except `keep` (a folder's mirror inside it) and the folders leading to it.

    The repository's own mirror is kept when the repository lives in the temporary folder (a clone under
    `/tmp`): removing it made every run there compile the package and the test modules again, about 6 s of
    CPU of each process's collection, and again in every `python -m policylens` a test starts (issue #13).
    """
    if not mirror.is_dir():
        return
    if not keep.is_relative_to(mirror):
        shutil.rmtree(mirror, ignore_errors=True)
        return
    for child in mirror.iterdir():
        if child == keep:
            continue
        if child.is_dir() and not child.is_symlink() and keep.is_relative_to(child):
            drop_mirror(child, keep)
        elif child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Drop the bytecode of files that lived in the temporary folder: they never come back (the repository's own stays)."""
    if sys.pycache_prefix == str(PYCACHE) and not hasattr(session.config, "workerinput"):
        temporary = Path(tempfile.gettempdir()).resolve()
        drop_mirror(PYCACHE / temporary.relative_to(temporary.anchor), PYCACHE / ROOT.relative_to(ROOT.anchor))


def corpus_files() -> list[Path]:
    """Every policy file shipped in corpora/."""
    return sorted(p for p in CORPORA.rglob("*") if p.suffix in POLICY_SUFFIXES)


@pytest.fixture
def write(tmp_path: Path):
    """Write `content` (str or bytes) to a file named `name` and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return _write


@pytest.fixture
def lines_of(tmp_path: Path) -> Callable[[str], set[int]]:
    """The lines of the placeholder findings on a text written as policy.md (`helpers.slot_lines`; one fixture, it was
    copied into fifteen test modules)."""
    from helpers import slot_lines

    return functools.partial(slot_lines, tmp_path)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Under `POLICYLENS_NO_SKIP=1` (set by `.ci/run`) a skipped test fails: CI runs every test.

    Tests skip when a tool is missing (Chromium, git, atheris, an optional package); on a
    developer's machine that is a convenience, in CI it would hide a test that never ran.
    """
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if os.environ.get("POLICYLENS_NO_SKIP") == "1" and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped, but POLICYLENS_NO_SKIP=1 requires every test to run: {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[None]:
    """The same for a whole module skipped at collection (`pytest.importorskip` at module level)."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if os.environ.get("POLICYLENS_NO_SKIP") == "1" and report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"{collector.nodeid} skipped at collection, but POLICYLENS_NO_SKIP=1 requires every test to run: {reason}"


# Hypothesis: the full example counts written on each test run by default (the README's
# test command, CI).  `--hypothesis-profile=fast` (the README's fast loop) caps every test
# at 25 examples, explicit `max_examples=` included, so a property runs in a fraction of
# its time while still trying generated inputs.  `--hypothesis-profile=deep` (the nightly or
# manual run, README: Development) tries four times each test's count: the twenty-second
# session found historical defects that the written counts find in only some runs, and
# more often with four times the examples (docs/history/test-suite.md).
FAST_EXAMPLES = 25
DEEP_FACTOR = 4
settings.register_profile("fast", max_examples=FAST_EXAMPLES)
settings.register_profile("deep")


def examples_under(profile: str | None, written: int) -> int:
    """The examples a hypothesis test asking `written` tries under a profile (`written` itself by default)."""
    if profile == "fast":
        return min(written, FAST_EXAMPLES)
    if profile == "deep":
        return written * DEEP_FACTOR
    return written


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--quick",
        action="store_true",
        help="the quick loop: the topical test modules only, slow tests and modules named for a session or round "
        "(a digit in the name) left out, hypothesis at the fast profile (tests/conftest.py: session_module)",
    )


# numbered modules that are guards of the whole code base, not a round's regressions: kept in the quick loop
QUICK_GUARDS = frozenset({"test_u43m_maintenance.py"})


def session_module(path: Path) -> bool:
    """A test module named for the session or round that added it (`test_u49m_branches.py`, `test_profiles48w.py`,
    `test_hostile41.py`, `test_lead33.py`): `--quick` leaves it out.

    Those modules hold the regressions of each round's real documents and classes (578 of the 722 modules the fast
    loop collects at 735b9f5b, 73 of its 86 s of item CPU in one process); the topical modules (`test_cli.py`,
    `test_diff.py`, `test_layout.py`, `tests/rules/…`) test each part directly.  A new module follows the naming, so
    the split needs no list (issue #13, fifty-fourth session, u54s).
    """
    numbered = path.suffix == ".py" and path.name.startswith("test_") and any(c.isdigit() for c in path.stem)
    return numbered and path.name not in QUICK_GUARDS


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Under `--quick`, the session-named modules are not even imported (their collection is part of the saving).

    pytest does not ask this of a path named on the command line, so `--quick tests/test_u49m_branches.py` runs it."""
    if config.getoption("quick", default=False) and session_module(collection_path):
        return True
    return None


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[None]:
    """The cyclic garbage collector rests while the session collects (issue #13, fifty-fifth session, u55s).

    Collection builds what lives until the run ends (22,000 cases, their nodes, marks, fixture
    data, 780 test modules and the package): almost nothing it makes is garbage, yet as the heap
    grows the collector walked all of it again, nine full passes in a `--collect-only`, 0.5 s of
    a process's 4.3 s of CPU, 0.65 s with the young generations (each pytest-xdist worker
    collects for itself).  Reference counting still frees what is dropped; the collector is on
    again, as it was, before the first test runs.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return (yield)
    finally:
        if enabled:
            gc.enable()


def pytest_configure(config: pytest.Config) -> None:
    """`--quick` runs hypothesis at the fast profile unless a profile is named."""
    if config.getoption("quick", default=False) and config.getoption("hypothesis_profile", default=None) is None:
        settings.load_profile("fast")


SLOW_TESTS = ROOT / "tests" / "slow_tests.txt"


def measured_slow() -> frozenset[str]:
    """The test functions `tests/slow_tests.txt` marks `slow` (`file::function`, without parameters).

    None when the file is absent: this conftest copied beside other tests (`tests/test_no_skip.py`)
    has no list; in the repository `tests/test_slow_tests.py` fails without it.
    """
    if not SLOW_TESTS.is_file():
        return frozenset()
    lines = SLOW_TESTS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects: the added mark must be seen
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The measured `slow` marks; each test's examples under the profile (`examples_under`)."""
    slow = measured_slow()
    for item in items:
        if item.nodeid.split("[", 1)[0] in slow:
            item.add_marker(pytest.mark.slow)
    if config.getoption("quick", default=False):  # the quick loop leaves out the slow tests too
        kept = [item for item in items if not item.get_closest_marker("slow")]
        if len(kept) < len(items):
            config.hook.pytest_deselected(items=[item for item in items if item.get_closest_marker("slow")])
            items[:] = kept
    current = getattr(settings, "get_current_profile_name", lambda: getattr(settings, "_current_profile", None))  # older hypothesis
    set_examples(items, current())


@pytest.hookimpl(tryfirst=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    """Long tests first on every xdist worker, dealt over the items as the workers receive them.

    After `tests/families.py` has folded each parametrized test's cases into one item (its own `tryfirst` hook runs
    before this one: it is registered later) and before pytest-xdist's worker sends its collection (a plain hook).
    Until the fifty-seventh session this ran in `pytest_collection_modifyitems`, on the cases: the slices were cut at
    half the cases (about 22,000), and folding them left the first slice with 3,929 of 8,627 items, so xdist's
    own halving (at item 4,313) gave one worker both slices' long tests and almost every `slow` test, the other only
    quick ones, which it then stole back from the end of the first's queue (u57s, docs/history/test-suite.md).
    """
    _schedule_long_tests_first(session.items)


def set_examples(items: list[pytest.Item], profile: str | None) -> None:
    """Give each hypothesis test among `items` its examples under `profile` (`examples_under`)."""
    if profile not in ("fast", "deep"):
        return
    tests = (getattr(test, "__func__", test) for item in items if (test := getattr(item, "obj", None)) is not None)
    for function in {id(test): test for test in tests}.values():
        own = getattr(function, "_hypothesis_internal_use_settings", None)  # once per function, whatever its parameters
        if own is not None and examples_under(profile, own.max_examples) != own.max_examples:
            function._hypothesis_internal_use_settings = settings(own, max_examples=examples_under(profile, own.max_examples))


# The longest tests, longest first (seconds of CPU each in one process, measured with
# `--durations` and `-n 0`: README, Development).  Only the order of the run depends on
# this list: a name that no longer exists is ignored, a new long test not listed here
# still runs, among the other slow tests.
LONG_FIRST = (
    "tests/test_precommit.py::test_pre_commit_try_repo",  # pip installs the hook's environment
    "tests/test_fuzz.py::test_atheris_harness_runs_clean",  # libFuzzer for a fixed time
    "tests/test_compare_sources.py::test_dask_local_cluster_gives_the_same_json_as_one_job",
    "tests/test_hostile_regex.py::test_the_probe_catches_textbook_catastrophic_shapes_despite_the_growth_check",
    "tests/test_hostile_memory_paragraphs.py::test_a_check_of_many_tiny_paragraphs_peaks_near_reading_them",
    "tests/test_check_speed_invariants.py::test_first_character_classes_keep_every_pattern_s_matches",
    "tests/test_hostile_regex.py::test_the_probe_catches_known_catastrophic_shapes",
    "tests/test_no_skip.py::test_a_skipped_test_fails_under_no_skip_with_xdist_workers",
    "tests/test_html_report.py::test_html_report_in_chromium",
    "tests/test_opencc_reading.py::test_policylens_keeps_working_with_the_official_opencc_wheel",  # pip installs a wheel
    "tests/test_diff_fidelity.py::test_opencc_conversions_of_every_hans_policy_have_no_changes",
    "tests/test_fuzz.py::test_inputs_that_once_broke_policylens",
    "tests/test_compare_profiles.py::test_rewordings_lose_nothing_for_sure",
    # tracemalloc over the whole pipeline on 0.1-0.3 MB, twice each: 2-5 s of CPU apiece
    "tests/test_memory_markdown.py::test_a_markdown_heading_per_line_parse_json",
    "tests/test_memory_markdown.py::test_a_markdown_heading_per_line_check",
    "tests/test_memory_markdown.py::test_a_table_of_one_character_cells",
    "tests/test_memory_markdown.py::test_nested_tight_lists_are_read_in_chunks",
    "tests/test_memory_markdown.py::test_tight_ordered_list_is_read_in_chunks",
    "tests/test_memory_markdown.py::test_markdown_without_markup_drops_its_markdown_reading",
)


def _schedule_long_tests_first(items: list[pytest.Item]) -> None:
    """Order the run so that no long test starts last, when only one core would be left working.

    pytest-xdist's `worksteal` hands each of the N workers one contiguous slice of the
    collection (sizes as `len(pending) // workers_left`), and an idle worker later steals
    the second half of the longest queue.  So the `LONG_FIRST` tests are dealt round-robin
    to the heads of the N slices, then each slice gets its share of the other `slow` tests,
    then of the rest, each share a contiguous run in collection order (a module's tests
    stay together, and so do its fixtures).  Every
    worker computes the same order from the same collection, as xdist requires.  Without
    workers (`-n 0`) the order is left alone.
    """
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "0"))
    if workers < 2:
        return
    rank = {name: i for i, name in enumerate(LONG_FIRST)}

    def function(item: pytest.Item) -> str:
        return item.nodeid.split("[", 1)[0]  # the test function, whatever its parameters

    longest = sorted((item for item in items if function(item) in rank), key=lambda item: rank[function(item)])
    others = [item for item in items if function(item) not in rank]
    slow = [item for item in others if item.get_closest_marker("slow")]
    fast = [item for item in others if not item.get_closest_marker("slow")]
    ordered: list[pytest.Item] = []
    left = len(items)
    for worker in range(workers):
        size = left // (workers - worker)
        left -= size
        head = longest[worker::workers]
        share = len(slow) // (workers - worker)  # the slow tests split evenly, in contiguous runs
        body, slow = slow[:share], slow[share:]
        take = max(0, size - len(head) - len(body))
        ordered += head + body + fast[:take]
        del fast[:take]
    ordered += slow + fast  # more long tests than a slice holds: nothing is dropped
    assert sorted(map(id, ordered)) == sorted(map(id, items))
    items[:] = ordered
