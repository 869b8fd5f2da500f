"""diff(a, b) and diff(b, a) of two strings, and `reworded` asked both ways, for the tests that compare the two
directions (the mirror); an edit under a title joined to its text that is that edit alone, both ways."""

from __future__ import annotations

from parse_helpers import parse_string
from policylens.diff import diff_documents
from policylens.diff.content import reworded
from policylens.model import DiffReport


def both_ways(a: str, b: str) -> tuple[DiffReport, DiffReport]:
    """The diff of `a` against `b` and of `b` against `a`, each side parsed once."""
    da, db = parse_string(a), parse_string(b)
    return diff_documents(da, db), diff_documents(db, da)


def reworded_both_ways(a: str, b: str) -> tuple[bool, bool]:
    """Whether `a` → `b` and `b` → `a` are each read as a rewording (the cross-script fold tests ask both directions)."""
    return reworded(a, b), reworded(b, a)


def changed_sections(old: str, new: str, ext: str = ".md") -> list[tuple[str, str | None, str | None]]:
    """The sections of the diff of `old` against `new` (Markdown, or as `ext` says) that are not unchanged: (status, old
    title, new title)."""
    report = diff_documents(parse_string(old, ext), parse_string(new, ext))
    return [(s.status, s.old and s.old.title, s.new and s.new.title) for s in report.sections if s.status != "unchanged"]


def only_edit_both_ways(old: str, new: str, title: str, words: tuple[str, str]) -> None:
    """Assert that `old` → `new` (Markdown) and back is the one section `title` modified, the edit's marked words ending
    as `words` (old's, new's) do and the title never marked (u55d, u56d: a title a re-wrap joined to its text)."""
    for a, b, (x, y) in ((old, new, words), (new, old, words[::-1])):
        assert changed_sections(a, b) == [("modified", title, title)]
        report = diff_documents(parse_string(a, ".md"), parse_string(b, ".md"))
        marked = [(sp.op, sp.text) for s in report.sections for c in s.changes for sp in c.spans if sp.op != "equal"]
        assert "".join(t for op, t in marked if op == "delete").endswith(x[-1])
        assert "".join(t for op, t in marked if op == "insert").endswith(y[-1])
        assert all(title not in t for _, t in marked)
