"""Two widenings of the seventeenth session narrowed after the blind sets were re-run (issue #14, lead): both ways.

- eu-gdpr/controller: a product that calls itself "we" (「Acme ("we", "us")」) names its controller only with a way to
  reach it, and the words "contact us" alone are no way: they count only followed by an address, a link, a colon or
  "at/via/through/on/by/using/form" (`cli/policylens/data/profiles/eu-gdpr.toml`, `channel`).  With m17d reading a
  heading that is a sentence as body, an intro heading 「#### This policy describes how Acme ("we") …」 with "please
  contact us" at the end and no address was called covered.
- us-ccpa/last-updated: a bare `modified:` key in front matter is a file's metadata, not a date a theme shows as "last
  updated" (`lastmod:`, `last_modified:`, `updated:`, a description "Last Updated: …" still count).
"""

from __future__ import annotations

import pytest

from helpers import profile_verdict

_INTRO = 'This policy describes how Acme Notes ("we", "us" or "our") handles information in connection with the app.\n\n'


@pytest.mark.parametrize(
    "contact",
    [
        "If you have questions about our data practices, please contact us.",
        "You can contact us if you have concerns.",
        "## Contact Us\n\nIf you have any questions, please inform us.",
    ],
)
def test_a_product_calling_itself_we_without_a_way_to_reach_it(contact: str) -> None:
    found = profile_verdict(_INTRO + "We store your notes on your device.\n\n" + contact + "\n", "eu-gdpr/controller")
    assert found.status == "missing"


@pytest.mark.parametrize(
    "contact",
    [
        "Please contact us at privacy@acme-notes.app.",
        "You can contact us via the form at https://acme-notes.app/contact.",
        "Contact us: help@acme-notes.app",
        "Questions? Write to privacy@acme-notes.app.",
    ],
)
def test_a_product_calling_itself_we_with_a_way_to_reach_it(contact: str) -> None:
    found = profile_verdict(_INTRO + "We store your notes on your device.\n\n" + contact + "\n", "eu-gdpr/controller")
    assert found.status == "covered"
    assert found.evidence.line == 3  # the definition, under the title line


def test_a_heading_intro_without_a_channel_names_no_controller() -> None:
    text = "#### " + _INTRO + "## Contact Us\n\nIf you have any concerns, please contact us.\n"
    assert profile_verdict(text, "eu-gdpr/controller").status == "missing"


@pytest.mark.parametrize(
    ("front", "status"),
    [
        ("modified: 2025-02-12", "missing"),
        ("modified:           2025-02-12", "missing"),
        ("lastmod: 2025-02-12", "covered"),
        ("last_modified: 2025-02-12", "covered"),
        ("updated: 2025-02-12", "covered"),
    ],
)
def test_a_bare_modified_key_is_file_metadata(front: str, status: str) -> None:
    from test_profiles_classes17c import front_verdict

    text = f"---\ntitle: Privacy\n{front}\n---\n\nWe collect your e-mail.\n"
    assert front_verdict(text).status == status
