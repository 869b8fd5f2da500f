"""eval/pairs54d2 (u54d2) as a guard: a zh-Hans page against its zh-Hant edition (one generator, only script and regional
wording differ) is no change; a placeholder address filled in is the one change; the zh-Hant TypeScript privacy policy's
two editions keep their measured report (33 entries, the new section added, the renamed one renamed)."""

from __future__ import annotations

from pathlib import Path

from helpers import parse_path
from policylens.diff import diff_documents, has_changes
from policylens.model import DiffReport

PAIRS = Path(__file__).resolve().parents[1] / "eval" / "pairs54d2" / "pairs"


def _diff(name: str, suffix: str) -> DiffReport:
    folder = PAIRS / name
    return diff_documents(parse_path(folder / f"old{suffix}"), parse_path(folder / f"new{suffix}"))


def test_cross_script_edition_is_no_change() -> None:
    report = _diff("shaxian-xscript", ".html")
    assert not has_changes(report)
    assert report.cross_script


def test_placeholder_address_is_the_one_change() -> None:
    report = _diff("seize-email", ".html")
    changes = [c for s in report.sections for c in s.changes]
    assert len(changes) == 1
    marked = [(sp.op, sp.text) for sp in changes[0].spans if sp.op != "equal"]
    assert ("delete", "your-email@example.com") in marked and ("insert", "janis.j.wang@gmail.com") in marked


def test_typescript_privacy_editions() -> None:
    report = _diff("jobbeagle-privacy", ".ts")
    assert sum(len(s.changes) for s in report.sections) == 33
    statuses = {(s.status, s.renamed, (s.new.title if s.new else None)) for s in report.sections}
    assert ("added", False, "Chrome 外掛 — 允許的網站") in statuses
    assert ("modified", True, "資料保留與刪除（CCPA／GDPR）") in statuses
