"""Review of the fiftieth session (u50r): the English pending-review notes read by `placeholder-drafting` from its own
package (`rules.placeholder_drafting.pending_review`), scanned in every unit that holds what a note holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, rule_excerpts


@pytest.mark.parametrize(
    ("note", "excerpt"),
    [
        ("This clause is to be confirmed by our legal team.", "to be confirmed by our legal team"),
        # two spaces or a tab: the unit was not scanned (it held no 'to be', 'before', 'pending' or 'draft')
        ("This clause is to  be confirmed by our legal team.", "to  be confirmed by our legal team"),
        ("This clause is to\tbe confirmed by our legal team.", "to\tbe confirmed by our legal team"),
        ("These terms are pending attorney review.", "pending attorney review"),
    ],
)
def test_a_pending_review_note_is_drafting(tmp_path: Path, note: str, excerpt: str) -> None:
    assert rule_excerpts(tmp_path, HEAD_EN + note + "\n", "placeholder-drafting", "policy.md") == [excerpt]


@pytest.mark.parametrize(
    "sentence",
    ["Your request is pending review by our legal team.", "Requests to  be reviewed by our legal team are answered in 30 days."],
)
def test_a_state_the_text_describes_is_no_note(tmp_path: Path, sentence: str) -> None:
    assert rule_excerpts(tmp_path, HEAD_EN + sentence + "\n", "placeholder-drafting", "policy.md") == []
