"""Judge one disclosure item of a built-in profile alone (`one_item`) on a policy text or file: its verdict, status and
the line its evidence cites."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from parse_helpers import parse_path, parse_string


def profile_verdict(text: str, item: str, *, suffix: str = ".md") -> Any:
    """The verdict (`ItemCoverage`) on one disclosure item (`profile/item`) for a policy text under a title.

    Only that item is judged (`one_item`): an item's verdict depends on the document and the
    item alone, never on the profile's other items (tests/test_profiles_one_item.py holds the
    two equal on every corpus policy for every item), and judging the other 10-20 items was
    about 2 ms of a profile test's 4 (issue #13).
    """
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_string("# Privacy Policy\n\n" + text, suffix=suffix), [one_item(item)])
    (found,) = result.items
    return found


def cited_line(text: str, item: str) -> str:
    """The line a covered item cites, for a policy text under `profile_verdict`'s title (asserts it is covered)."""
    found = profile_verdict(text, item)
    assert found.status == "covered", found
    return ("# Privacy Policy\n\n" + text).splitlines()[found.evidence.line - 1]


def cited_line_number(text: str, item: str) -> int | None:
    """The line a disclosure item's evidence is on (None without evidence), for a policy text under `profile_verdict`'s title."""
    found = profile_verdict(text, item)
    return found.evidence.line if found.evidence else None


def file_verdict(path: Path, item: str) -> tuple[str, int | None]:
    """One disclosure item (`profile/item`) judged alone on a file: its status and the line of its evidence (None without)."""
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_path(path), [one_item(item)])
    (found,) = result.items
    return str(found.status), found.evidence.line if found.evidence else None


def one_item(item: str) -> Any:
    """The built-in profile of `item` (`profile/item`) with that one item: `coverage` judges it alone."""
    from policylens.profiles import resolve

    (profile,) = resolve([item.split("/", 1)[0]])
    (wanted,) = [i for i in profile.items if i.id == item]
    return profile._replace(items=(wanted,))


def paragraphs(*texts: str) -> str:
    """A policy body of these paragraphs, one blank line apart (under `profile_verdict`'s title the first is line 3)."""
    return "\n\n".join(texts) + "\n"


def profile_status(text: str, item: str, *, suffix: str = ".md") -> str:
    """Only the status of `profile_verdict`: covered, missing or not-applicable."""
    return str(profile_verdict(text, item, suffix=suffix).status)
