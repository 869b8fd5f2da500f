"""Shared fixtures: corpus paths and helpers that run the parse pipeline."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SEED = CORPORA / "smartmi" / "zh-Hant.2021-03-30.txt"
POLICY_SUFFIXES = {".txt", ".md", ".mdx", ".html", ".jsp", ".ftl", ".docx"}
sys.path.insert(0, str(ROOT / "tests"))


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
# its time while still trying generated inputs.
FAST_EXAMPLES = 25
settings.register_profile("fast", max_examples=FAST_EXAMPLES)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under the `fast` profile, cap the examples of tests that set their own `max_examples`."""
    current = getattr(settings, "get_current_profile_name", lambda: getattr(settings, "_current_profile", None))  # older hypothesis
    if current() != "fast":
        return
    for item in items:
        test = getattr(item, "obj", None)
        own = getattr(test, "_hypothesis_internal_use_settings", None)
        if own is not None and own.max_examples > FAST_EXAMPLES:
            test._hypothesis_internal_use_settings = settings(own, max_examples=FAST_EXAMPLES)  # type: ignore[union-attr]
