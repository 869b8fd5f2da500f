"""Fifty-sixth session (u56f2): the English form of a fact the policy owes, deferred until the company confirms it
(issue #11 §1, `placeholder-drafting`'s `deferred_en` module).

Positives are constructed, and one real template's line ("Company details, registered address and insurance partner
will be published once finalised."); the near-misses are promises, the reader's steps and a service's facts.  The
bracketed value "[to be confirmed]" and "TBC by Legal" were found before (`placeholder-instruction`): kept as cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, paragraph_lines, paragraph_slot_lines

_LINE = HEAD_EN.count("\n") + 1


@pytest.mark.parametrize(
    "line",
    [
        "Our contact details are to be announced once the company confirms them.",
        "The name of our data protection officer will be published once finalised.",
        "Company details, registered address and insurance partner will be published once finalised.",
        "The registered address of the data controller is pending confirmation by the operator.",
        "The retention period for support tickets will be specified here once Legal confirms it.",
        "Our list of sub-processors will be published on this page when it is confirmed.",
        "The effective date will be added once management approves this notice.",
        "Contact email: to be provided once we confirm the mailbox.",
        "Retention period: to be confirmed",
        "Data Protection Officer: to be announced.",
        "Contact details: pending confirmation from the company.",
        "The contact details of our EU representative are to be confirmed by the company.",
        "Governing law: [GOVERNING LAW / JURISDICTION TO BE CONFIRMED BY THE COMPANY]",
        # found before
        "Data retention period: [to be confirmed]",
        "Retention numbers TBC by Legal.",
    ],
)
def test_an_owed_fact_deferred_until_confirmed_is_a_slot(tmp_path: Path, line: str) -> None:
    assert paragraph_slot_lines(tmp_path, HEAD_EN, [line]) & paragraph_lines([line], first=_LINE)


@pytest.mark.parametrize(
    "line",
    [
        "We will announce changes on this page.",
        "Your account is activated once you confirm your email.",
        "The app will be published in the app store.",
        "Results will be announced once the committee approves them.",
        "Booking details will be available once confirmed by the transport provider.",
        "If we change this policy, the new version will be published on this page once it takes effect.",
        "Your new contact details will be shown once you confirm them.",
        "The exact date and venue of the event will be announced once we confirm interest.",
        "Your refund address is pending confirmation by the operator.",
        "We update the contact list when the company confirms a new hire.",
        "Our contact details will be published once we confirm your identity.",
        # real lines of other pages (find_string): no fact the policy owes
        "Required date: To be confirmed",
        "Code: To be confirmed",
        "Specific role-holders to be confirmed by the company.",
        "Your appointment will be pending confirmation by our clinic.",
        "Retention period: to be confirmed by you when you create the archive.",
    ],
)
def test_a_promise_or_the_readers_step_stays_quiet(tmp_path: Path, line: str) -> None:
    assert not paragraph_slot_lines(tmp_path, HEAD_EN, [line]) & paragraph_lines([line], first=_LINE)
