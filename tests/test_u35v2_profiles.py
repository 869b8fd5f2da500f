"""Profile verdict classes fixed in session 35's second wave (u35v2, issue #14) on eval/profiles35b's dev documents.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own lines as regression cases:
- eu-gdpr/complaint: a national data protection authority named with its website, address or phone ("**Netherlands:**
  Autoriteit Persoonsgegevens (AP) **Website:** …" under a "Supervisory Authority" heading, dataguardian-en; "To contact the
  Data Protection Commission: Office of the Data Protection Commission, Canal House, …", workforce-en); a registration with
  the authority, a notification to it or a mere mention is none;
- eu-gdpr/recipients: a denied use of third-party advertising or tracking ("We do not use third-party advertising or
  tracking cookies.", dataguardian-en 188) is never the citation; a use stated is still one;
- us-ccpa/purposes: what a business may still do once the consumer limits the use of sensitive information ("we are
  limited to processing … only for a handful of statutory allowable purposes, such as …", dotlegal-ccpa 19) is no purpose;
  the business's own "purposes such as" stays one.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles35b dataguardian-en 127-130
        "## Supervisory Authority\n\n**Netherlands:** Autoriteit Persoonsgegevens (AP)  \n**Website:** autoriteitpersoonsgegevens.nl  \n"
        "**Address:** Postbus 93374, 2509 AJ Den Haag\n",
        # workforce-en 191 (an HTML page's paragraph, here in plain text)
        "To contact the Data Protection Commission: Office of the Data Protection Commission, Canal House, Station Road, "
        "Portarlington, Co. Laois, Ireland. Phone +353 761 104 800.\n",
        "You can reach the Information Commissioner's Office at https://ico.org.uk or on 0303 123 1113.\n",
    ],
)
def test_a_named_authority_with_its_contact_is_where_to_complain(text: str) -> None:
    found = verdict(text, "eu-gdpr/complaint")
    assert found.status == "covered"
    assert found.evidence is not None
    assert any(word in found.evidence.text for word in ("Commission", "Persoonsgegevens", "Information Commissioner"))


@pytest.mark.parametrize(
    "text",
    [
        "The Business has notified its data processing activities to the Information Commissioner's Office under registration "
        "number ZB478046 (address: Wycliffe House).\n",
        "We are registered with the Autoriteit Persoonsgegevens (website: autoriteitpersoonsgegevens.nl).\n",
        "We cooperate with the Data Protection Commission when it contacts us.\n",
        "The Data Protection Commission published guidance on cookies.\n",
    ],
)
def test_a_registration_cooperation_or_mention_is_no_complaint_right(text: str) -> None:
    assert status(text, "eu-gdpr/complaint") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "We do not use third-party advertising or tracking cookies.\n",  # dataguardian-en 188
        "The app does not include third-party analytics or tracking.\n",
        "We don't work with third-party advertising networks that track you.\n",
    ],
)
def test_a_denied_third_party_use_is_no_recipient(text: str) -> None:
    assert status(text, "eu-gdpr/recipients") == "missing"


def test_named_processors_are_cited_before_a_denied_advertising_use() -> None:
    text = (
        "## Third-Party Processors\n\n- **Stripe:** Payment processing\n- **OpenAI:** AI analysis\n\n"
        "## Cookies\n\nWe do not use third-party advertising or tracking cookies.\n"
    )
    found = verdict(text, "eu-gdpr/recipients")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 5


def test_an_advertising_partner_that_sets_cookies_is_still_a_recipient() -> None:
    found = verdict("Our advertising partners may set cookies to collect information about your visits.\n", "eu-gdpr/recipients")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 3


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles35b dotlegal-ccpa 19
        "You can request that we limit the use and disclosure of your sensitive personal information. When you've opted out, we are "
        "limited to processing your sensitive personal information only for a handful of statutory allowable purposes, such as "
        "ensuring data security and integrity, or performing the services.\n",
        "Once you opt out, we are restricted to using it for legally permitted purposes, such as security.\n",
    ],
)
def test_the_limits_after_an_opt_out_are_no_business_purpose(text: str) -> None:
    assert status(text, "us-ccpa/purposes") == "missing"


def test_the_business_purposes_such_as_are_still_purposes() -> None:
    found = verdict(
        "We use personal information for the following purposes, such as providing and securing the Service.\n", "us-ccpa/purposes"
    )
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 3
