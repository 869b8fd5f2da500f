"""The lead's classes of the thirty-second session, each tested both ways."""

from __future__ import annotations

import pytest
from tests.helpers import parse_string


@pytest.mark.parametrize(
    ("text", "updated"),
    [
        (
            "# Privacy Policy\n\nWe collect your e-mail to answer you.\n\nContact: a@example.com\n\nUpdate date: May 23, 2024\n",
            "2024-05-23",
        ),
        ("# Privacy Policy\n\nWe collect your e-mail.\n\nDate of update: 2023-01-05\n", "2023-01-05"),
        ("# Privacy Policy\n\nWe collect your e-mail.\n\nDate of last update: 2023-01-05\n", "2023-01-05"),
    ],
)
def test_an_english_update_date_label_dates_the_policy(text: str, updated: str) -> None:
    """eval/precision32 eyeexam-en-html (held out): an English policy ending 「Update date: May 23, 2024」 was reported
    as having no date."""
    assert parse_string(text, ".md").metadata.updated == updated


@pytest.mark.parametrize(
    "text",
    [
        "# Privacy Policy\n\nWe collect your e-mail.\n\nYou can update date of birth in the settings.\n",
        "# Privacy Policy\n\nWe collect your e-mail and the update date of your profile.\n",
    ],
)
def test_update_date_without_a_date_dates_nothing(text: str) -> None:
    assert parse_string(text, ".md").metadata.updated is None
