"""No reference cycles in a `check` of a file: its document and rule context are freed when the run drops them.

Defect class (u33t): an object of the per-file data (`Document`, `Context`, their sections, paragraphs and units) that
refers to itself, so that a whole file's data outlives `check_file` until the cyclic collector runs over it.  On the
benchmark's 200 files every file's context kept itself in its own `__dict__` (`Context.width_folded` when the view is
the context itself): ~140,000 objects collected by the cyclic collector, ~19,000 a collection, 3-4% of the run's CPU.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import cyclic_garbage, parse_string
from policylens.check import CheckOptions, check_file
from policylens.rules.context import Context, Settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "smartmi" / "zh-Hant.2021-03-30.txt"


@pytest.fixture
def no_collector() -> Iterator[None]:
    """The cyclic collector off: what refcounting alone frees is freed, nothing else."""
    was = gc.isenabled()
    gc.disable()  # no collection first: what a test checks is made after this, and a full one cost 0.1-0.25 s
    try:
        yield
    finally:
        if was:
            gc.enable()


def test_plain_context_is_its_own_view_and_dies_with_its_last_reference(no_collector: None) -> None:
    ctx = Context(parse_string("隱私政策\n\n我們會收集您的手機號碼。\n"), lang="zh-Hant", settings=Settings())
    assert ctx.width_folded() is ctx
    assert ctx.width_folded() is ctx  # asked again: the same answer
    gone = weakref.ref(ctx)
    del ctx
    assert gone() is None  # freed by refcounting: no cycle through its own __dict__


def test_width_folded_view_is_another_context_and_both_die(no_collector: None) -> None:
    ctx = Context(parse_string("隱私政策\n\n本政策由［Ｃｏｍｐａｎｙ　Ｎａｍｅ］制定。\n"), lang="zh-Hant", settings=Settings())
    view = ctx.width_folded()
    assert view is not ctx
    assert ctx.width_folded() is view
    assert any("Company" in unit.text for unit in view.units())
    assert not any("Company" in unit.text for unit in ctx.units())
    gone, gone_view = weakref.ref(ctx), weakref.ref(view)
    del ctx, view
    assert gone() is None and gone_view() is None


@pytest.mark.parametrize(
    "text", ["隱私政策\n\n我們會收集您的手機號碼。\n", "隱私政策\n\n本政策由［Ｃｏｍｐａｎｙ　Ｎａｍｅ］制定，聯絡【】。\n"]
)
def test_check_file_leaves_no_document_in_a_cycle(tmp_path: Path, text: str) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(text, encoding="utf-8")
    report = None

    def run() -> None:
        nonlocal report
        report = check_file(str(path), CheckOptions(no_config=True))

    left = cyclic_garbage(run)
    assert report is not None and report.error is None
    assert not {"Document", "Context", "Section", "Paragraph", "TextUnit", "Joined"} & set(left), left


def test_check_file_of_a_real_policy_leaves_no_document_in_a_cycle() -> None:
    left = cyclic_garbage(lambda: check_file(str(SEED), CheckOptions(no_config=True)))
    assert not {"Document", "Context", "Section", "Paragraph", "TextUnit", "Joined"} & set(left), left


def test_the_cycle_check_sees_a_cycle() -> None:
    """The helper itself: a context that keeps itself is found (what the width-folded view did before)."""

    def run() -> None:
        ctx = Context(parse_string("隱私政策\n\n我們會收集您的手機號碼。\n"), lang="zh-Hant", settings=Settings())
        ctx.__dict__["_keep"] = ctx

    assert "Context" in cyclic_garbage(run)
