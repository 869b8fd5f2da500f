"""diff(a, b) and diff(b, a) of two strings, and `reworded` asked both ways, for the tests that compare the two
directions (the mirror)."""

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
