"""English notes that the text is still pending legal review: "This is a pre-launch version pending legal counsel
review", "These terms are pending attorney review", "Pending attorney review.", "pending review by our legal team",
"Retention: to be confirmed by our legal team." (u49k, eval/blind/round49).

The text, a version, the terms or a clause's value is pending, so `placeholder-drafting` reports the note with the
drafting notes it finds on the line (one finding); not "Your request is pending review", nor "Requests pending legal
review" in an admin screen (a state the text describes), nor "Content reported under this policy may be removed
pending legal review" (u49r: the content is pending, not the text).  Cases: tests/test_u49k_placeholders.py,
tests/test_u49r_review.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from policylens.lazyre import lazy
from policylens.patterns import READER, sentence_bounds
from policylens.rules.context import Context, TextUnit, prose_spans

# "… version pending legal counsel review", "Pending attorney review.", "pending review by our legal team"
_REVIEWER = r"(?:legal[ \t]+counsel|legal|attorney|counsel|lawyer|compliance)"
_EN_PENDING = lazy(
    rf"(?P<slot>(?i:pending)[ \t]+(?:{_REVIEWER}[ \t]+review|review[ \t]+by[ \t]+(?:our|the)[ \t]+{_REVIEWER}(?:[ \t]+(?:team|department))?))\b"
    r"|(?P<tbc>\bto[ \t]+be[ \t]+(?:confirmed|provided|reviewed|finali[sz]ed|decided)[ \t]+by[ \t]+(?:our|the)[ \t]+"
    r"(?:legal[ \t]+(?:team|department|counsel)|lawyers?|counsel|attorneys?))(?=[ \t]*(?:[.;,)]|\Z))"
)
# the units scanned: those that hold what every match holds (a tab or two spaces in "to  be" count too)
_EN_NEEDS = lazy(r"(?i:pending)|to[ \t]+be")
# ... the text, version or value that is pending, its subject right before it ("a pre-launch version pending…", "These terms are
# pending…"; u49r: not "Content reported under this policy may be removed pending legal review", where the content is)
_TEXT_NOUNS = lazy(
    r"(?i)\b(?:version|draft|terms|policy|text|copy|notice|page|document|statement|wording|agreement|clause|section)s?"
    r"(?:[ \t]+(?:is|are|remains?|still|currently|now))*[ \t]*\Z"
)
# "These terms are pending legal review. This version is final.": the text says it is final (tests/test_u32r_placeholders.py)
_IS_FINAL = lazy(r"(?i)\b(?:version|text|policy|terms|document|copy)[ \t]+(?:is|are)[ \t]+(?:now[ \t]+)?final\b")
_REQUEST = lazy(r"(?i)\b(?:request|application|order|account|submission|claim|booking|refund)s?\b")


def pending_review_spans(ctx: Context) -> Iterator[tuple[TextUnit, int, int]]:
    """(unit, start, end) of an English note that the text is pending legal review: a drafting note."""
    for unit, start, end in prose_spans(ctx, (_EN_PENDING,), _EN_NEEDS):
        a, b = sentence_bounds(unit.text, start, end)
        sentence, before = unit.text[a:b], unit.text[a:start]
        if READER.search(sentence) or _REQUEST.search(sentence) or _IS_FINAL.search(unit.text):
            continue  # "Your request is pending review", "Requests pending legal review": a state, not the text's
        if before.strip(" \t>*_-") and _TEXT_NOUNS.search(before.rstrip(" \t")) is None and ":" not in before:
            continue  # pending review with no text, version or labelled value before it
        yield unit, start, end
