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
  the business's own "purposes such as" stays one;
- eu-gdpr/purposes: under a heading about use or purposes, a list item or paragraph that opens with what the data serves
  ("- Account management and authentication" under "How We Use Your Data" > "Service Provision", dataguardian-en 52;
  "EN — Provide/improve Services, security & fraud prevention, …" under "Purposes & Legal Bases", synap-bi 19); a kind of
  data listed, a duration, or the same words under a cookies or security heading, is none;
- eu-gdpr/controller: a company with its legal form and a contact as their own paragraph under a controller heading whose
  section also holds the DPO's block (dataguardian-en 9); "the privacy policy for the Android app "X" by Jane Doe"
  (permpilot-en 9) and "as data controller; Acme has taken steps" (workforce-en 124), with a contact anywhere; the DPO's
  paragraph alone, a library "by" someone, or no contact at all, is none;
- eu-gdpr/transfers: a transfer mechanism named as in use ("OpenAI API calls for AI analysis (adequacy decision/SCCs)",
  dataguardian-en 76) makes the item apply and covers it; a hypothetical or hedged one ("If we ever transfer …", "SCCs
  where applicable") does not make it apply;
- eu-gdpr/rights: "respect the right of an individual to ask to be forgotten" and "will respond … to any data access
  request" (workforce-en 179-180); a refused request is none;
- eu-gdpr/source: kinds of source by example ("other internal sources, such as your manager", workforce-en 78); no source
  named is none;
- eu-gdpr/requirement: "does not require you to disclose personal information unless you choose to register"
  (workforce-en 116); a requirement of the site's visitors in general ("does not require cookies") is none;
- eu-gdpr/retention: the deletion as a noun with its period ("Recommended deletion/anonymization within 12 months
  post-study", synap-bi 44); a deletion requested "within the app" with no period is none;
- eu-gdpr/recipients: the product, named in quotes, sharing no data with "3rd parties" ("\"Permission Pilot\" does not
  share user data with 3rd parties.", permpilot-en 13) states the recipients as none; with an exception it states nothing;
- eu-gdpr/purposes: a permission required to read data and what is done with it ("requires the `QUERY_ALL_PACKAGES`
  permission to access and display information about installed applications", permpilot-en 21); a permission not
  required, or access alone, is none.
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


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # eval/profiles35b dataguardian-en 49-55
        ("## How We Use Your Data\n\n### Service Provision\n- Account management and authentication\n- Customer support\n", 6),
        # synap-bi 18-19
        ("## 3. Purposes & Legal Bases\nEN — Provide/improve Services, security & fraud prevention, support, and legal compliance.\n", 4),
    ],
)
def test_a_purpose_opening_a_line_under_a_use_heading_is_a_purpose(text: str, line: int) -> None:
    found = verdict(text, "eu-gdpr/purposes")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == line


@pytest.mark.parametrize(
    "text",
    [
        "## How We Use Your Data\n\n- Email address\n- Device model\n",
        "## How We Use Your Data\n\n- Session duration: 12 months\n",
        "## How we use cookies\n\n- Session management and authentication\n",
        "## Security\n\n- Monitoring and intrusion detection\n",
    ],
)
def test_a_data_list_a_denial_or_a_cookie_heading_is_no_purpose(text: str) -> None:
    assert status(text, "eu-gdpr/purposes") == "missing"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # eval/profiles35b dataguardian-en 7-17
        (
            "## 1. Controller Information\n\n**DataGuardian Pro B.V.**  \n*Registered Address: Amsterdam, Netherlands*  \n"
            "*Email: privacy@dataguardianpro.nl*\n\n**Data Protection Officer:**  \n*Email: dpo@dataguardianpro.nl*\n",
            5,
        ),
        # permpilot-en 9, 15
        (
            'This is the privacy policy for the Android app "Permission Pilot" by Matthias Urhahn (darken).\n\n'
            "Send a [quick mail](mailto:support@darken.eu) if you have questions.\n",
            3,
        ),
        # workforce-en 123-124, 188
        (
            "We will never sell your data to third parties and, as data controller; 123 Workforce has taken steps to keep it safe.\n\n"
            "Please contact info@123workforce.com.\n",
            3,
        ),
    ],
)
def test_a_controller_named_in_these_forms_with_a_contact_is_covered(text: str, line: int) -> None:
    found = verdict(text, "eu-gdpr/controller")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == line


@pytest.mark.parametrize(
    "text",
    [
        "## 1. Controller Information\n\n**Data Protection Officer:** Example Privacy B.V.  \n*Email: dpo@example.nl*\n",
        'This is the privacy policy for the Android app "Pilot" by Matthias Urhahn.\n',  # no contact anywhere
        "The privacy policy for the app uses a library by Square Open Source; licensed under Apache. Mail: a@b.com\n",
    ],
)
def test_the_dpo_alone_no_contact_or_a_library_names_no_controller(text: str) -> None:
    assert status(text, "eu-gdpr/controller") == "missing"


def test_a_transfer_mechanism_in_use_makes_transfers_apply_and_covers_them() -> None:
    text = "## International Transfers\n- **Exception:** OpenAI API calls for AI analysis (adequacy decision/SCCs)\n"
    found = verdict(text, "eu-gdpr/transfers")  # eval/profiles35b dataguardian-en 76
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 4


@pytest.mark.parametrize(
    "text",
    [
        "If we ever transfer data outside our country, we will use SCCs.\n",
        "We rely on Standard Contractual Clauses where applicable.\n",
        "We do not rely on the Privacy Shield.\n",
    ],
)
def test_a_hypothetical_or_hedged_mechanism_does_not_make_transfers_apply(text: str) -> None:
    assert status(text, "eu-gdpr/transfers") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "We will also, if asked, respect the right of an individual to ask to be forgotten entirely.\n",  # workforce-en 180
        "123 Workforce will respond when requested to any data access request in line with data protection law.\n",  # 179
    ],
)
def test_the_right_to_be_forgotten_or_an_answered_access_request_is_a_right(text: str) -> None:
    found = verdict(text, "eu-gdpr/rights")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 3


@pytest.mark.parametrize(
    "text",
    [
        "We will not respond to any data access request sent by e-mail.\n",
        "Data access requests cannot be accepted.\n",
    ],
)
def test_a_refused_access_request_is_no_right(text: str) -> None:
    assert status(text, "eu-gdpr/rights") == "missing"


def test_kinds_of_source_by_example_cover_the_source() -> None:
    text = (
        "We may obtain and store information from third party sources. Much of the information we hold will have been "
        "provided by you, but some may come from other internal sources, such as your manager.\n"
    )
    found = verdict(text, "eu-gdpr/source")  # eval/profiles35b workforce-en 27, 78
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 3


def test_third_party_sources_without_a_kind_leave_the_source_missing() -> None:
    assert status("We may obtain and store information from third party sources.\n", "eu-gdpr/source") == "missing"


def test_providing_data_said_not_required_unless_chosen_is_the_requirement() -> None:
    text = "Use of the Site does not require you to disclose personal information unless you choose to register an enquiry.\n"
    found = verdict(text, "eu-gdpr/requirement")  # eval/profiles35b workforce-en 116
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 3


@pytest.mark.parametrize(
    "text",
    [
        "The Site does not require cookies to work.\n",
        "Use of the Site does not require you to be logged in.\n",
    ],
)
def test_other_things_not_required_are_no_requirement(text: str) -> None:
    assert status(text, "eu-gdpr/requirement") == "missing"


def test_a_deletion_noun_with_its_period_is_the_retention() -> None:
    text = "## Retention & Deletion\nEN — Controllers set retention. Recommended deletion/anonymization within 12 months post-study.\n"
    found = verdict(text, "eu-gdpr/retention")  # eval/profiles35b synap-bi 44
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 4


def test_a_deletion_requested_with_no_period_is_no_retention() -> None:
    assert status("You can request deletion within the app at any time.\n", "eu-gdpr/retention") == "missing"


def test_a_quoted_product_sharing_nothing_with_3rd_parties_states_the_recipients() -> None:
    found = verdict('"Permission Pilot" does not share user data with 3rd parties.\n', "eu-gdpr/recipients")
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 3


def test_a_denial_with_an_exception_states_no_recipients() -> None:
    assert status("The app does not share data with 3rd parties unless you ask.\n", "eu-gdpr/recipients") == "missing"


def test_a_permission_to_access_and_display_data_is_a_purpose() -> None:
    text = (
        "Permission Pilot requires the `QUERY_ALL_PACKAGES` permission to access and display information about installed\n"
        "applications and their permissions.\n"
    )
    found = verdict(text, "eu-gdpr/purposes")  # eval/profiles35b permpilot-en 21
    assert found.status == "covered"
    assert found.evidence is not None and found.evidence.line == 3


@pytest.mark.parametrize(
    "text",
    [
        "The app does not require the contacts permission to access and display your contacts.\n",
        "The app needs the storage permission to access files.\n",
    ],
)
def test_a_permission_not_required_or_access_alone_is_no_purpose(text: str) -> None:
    assert status(text, "eu-gdpr/purposes") == "missing"
