"""eval/pairs55d (u55d) as a guard: a zh-Hans HTML policy against its rewrite keeps its measured report (27 entries, every
one true; 信息存储和交换 → 信息存储与交换 renamed, and since u56d 本隐私政策的更改 → 政策变更 too: the annotated rename #23, the
one miss of the blind run), and a Markdown policy whose organisation is renamed shows the name alone,
three times, its `*x*` → `_x_` lines formatting only."""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path
from policylens.diff import diff_documents, has_changes
from policylens.model import DiffReport

PAIRS = Path(__file__).resolve().parents[1] / "eval" / "pairs55d" / "pairs"


def _pair_report(name: str) -> DiffReport:
    """The report of a pair folder's old.* against its new.*."""
    old, new = (next((PAIRS / name).glob(side + ".*")) for side in ("old", "new"))
    return diff_documents(parse_path(old), parse_path(new))


def test_html_rewrite() -> None:
    report = _pair_report("esendev-rewrite")
    assert sum(len(s.changes) for s in report.sections) == 27
    renamed = [(s.old.title, s.new.title) for s in report.sections if s.renamed and s.old and s.new]
    assert renamed == [("4. 信息存储和交换", "4. 信息存储与交换"), ("6. 本隐私政策的更改", "6. 政策变更")]


def test_markdown_rename_marks_the_name_alone() -> None:
    report = _pair_report("jaf-rename")
    assert has_changes(report)
    changes = [c for s in report.sections for c in s.changes]
    assert len(changes) == 3
    for change in changes:
        marked = [(sp.op, sp.text) for sp in change.spans if sp.op != "equal"]
        assert marked == [("delete", "正义获取"), ("insert", "美国司法可及")]
