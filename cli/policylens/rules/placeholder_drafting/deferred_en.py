"""A fact the policy owes, deferred in English until the company confirms it (u56f2, issue #11 §1, the English form of
`deferred`): "Our contact details are to be announced once the company confirms them", "Company details, registered
address and insurance partner will be published once finalised" (a real template's line), "The registered address of
the data controller is pending confirmation by the operator".

Two forms, each checked against its sentence's subject:

- put off, then given: is/are/will be/shall be/to be + announced/published/provided/added/disclosed/confirmed/listed/
  specified/set out/shared/posted (+ here, below, on this page) + once/when/after/upon + the company (the operator,
  legal, management, we) confirms/finalises/approves, or (it is/they are) confirmed/finalised/approved, or confirmation;
- still waiting: is/are/remains pending confirmation/approval by/from the company, the operator, legal, management; (is/are,
  needs) to be confirmed/determined/decided by the company ("[GOVERNING LAW / JURISDICTION TO BE CONFIRMED BY THE
  COMPANY]", a real template's slot); a field's whole value after its label: "Retention period:
  to be confirmed", "Contact details: pending confirmation from the company" (not "Required date: To be confirmed",
  "Code: To be confirmed": no fact the policy owes).

The words before the deferral must name a fact a policy states (contact details, an address, the retention period, the
controller, the data protection officer, the effective date, the company's details or legal name, the (sub-)processors,
the governing law) and not the reader's or a service's own (you, your, an order, a booking, an event, a prize, the
results, a refund, an interview): not "We will announce changes on this page", "Your account is activated once you
confirm your email", "The app will be published in the app store", "Booking details will be available once confirmed by
the transport provider", "Results will be announced once the committee approves them".  Cases:
tests/test_u56f2_deferred_en.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import sentence_bounds
from policylens.rules.context import Context, TextUnit, prose_spans

_PARTY = r"(?:(?:the\s+)?(?:company|operator|business|legal(?:\s+team)?|management|counsel|controller)|we)"
_DONE = r"(?:confirm(?:s|ed)?|finali[sz](?:es|ed)|approv(?:es|ed))"
_DEFERRED_EN = lazy(
    r"(?i:(?<![A-Za-z])(?:is|are|will\s+be|shall\s+be|to\s+be)\s+"
    r"(?:announced|published|provided|added|disclosed|confirmed|listed|specified|set\s+out|shared|posted)"
    r"(?:\s+(?:here|below|on\s+this\s+page|in\s+this\s+(?:policy|notice|section)))?\s+(?:once|when|after|upon)\s+"
    rf"(?:{_PARTY}\s+(?:has\s+|have\s+)?{_DONE}(?!\s+(?:your|you)(?![A-Za-z]))"
    r"|(?:it|they)\s+(?:is|are|has\s+been|have\s+been)\s+(?:confirmed|finali[sz]ed|approved)"
    r"|(?:confirmed|finali[sz]ed|approved|confirmation)(?!\s+(?:of|by)\s+(?:your|you)(?![A-Za-z])))(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:is|are|remains?)\s+pending\s+(?:confirmation|approval)\s+(?:by|from)\s+"
    rf"{_PARTY}(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:(?:is|are|remains?|needs?)\s+)?to\s+be\s+(?:confirmed|determined|decided|finali[sz]ed)\s+by\s+"
    rf"{_PARTY}(?![A-Za-z])"
    # Retention period: to be confirmed, Contact details: pending confirmation from the company (the label is the subject)
    r"|(?<=:)[ \t]{0,3}(?:to\s+be\s+(?:confirmed|announced|determined|decided|advised|finali[sz]ed)"
    r"|pending\s+(?:confirmation|approval))"
    rf"(?=[ \t]*(?:[.;,)\]\n]|\Z|(?:by|from)\s+{_PARTY}(?![A-Za-z]))))"
)
_NEEDS = lazy("(?i:once|when|after|upon|pending|to\\s+be)")
# the subject names a fact the policy owes
_FACT_EN = lazy(
    r"(?i:(?<![A-Za-z])(?:contact|address(?:es)?|retention|controller|data\s+protection\s+officer|DPO|privacy\s+officer"
    r"|effective\s+date|(?:company|operator|business)(?:'s)?\s+(?:details|name|identity|information)"
    r"|legal\s+(?:entity|name)|registered\s+(?:office|address|name)|(?:sub-?)?processors?|representative"
    r"|governing\s+law)(?![A-Za-z]))"
)
# the reader's or a service's own: a step or a state the policy describes
_NOT_OWED_EN = lazy(
    r"(?i:(?<![A-Za-z])(?:you|your|order|orders|booking|bookings|event|events|prizes?|winners?|results?|refunds?"
    r"|interview|application|appointment|account)(?![A-Za-z]))"
)


def deferred_en_spans(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of an English deferral of a fact the policy owes: from its sentence's start to the deferral."""
    for unit, start, end in prose_spans(ctx, (_DEFERRED_EN,), _NEEDS):
        text = unit.text
        a, _ = sentence_bounds(text, start, end)
        if not _FACT_EN.search(text, a, start) or _NOT_OWED_EN.search(text, a, end):
            continue
        while a < start and text[a] in " \t\u3000*>-":
            a += 1
        yield unit, a, end
