"""Profile verdict classes fixed in session 37 (u37v6, issue #14) from eval/profiles37c's read disagreements (not blind).

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own line as a regression case where useful:
- eu-gdpr/legitimate-interests: a bold label with the article between it and its dash ("**Legitimate interests**
  (Art 6(1)(f)) — service security…", restormel-en 68) states the interest; a bracket that is not an Art. 6 reference,
  or a dash followed by a sentence that only names the basis, does not.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status

# ---- eu-gdpr/legitimate-interests -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles37c restormel-en 68
        "- **Legitimate interests** (Art 6(1)(f)) — service security and protection of users, product improvement and "
        "reliability, and customer support.\n",
        "- Legitimate interest (Article 6(1)(f) GDPR) – keeping the service secure.\n",
    ],
)
def test_an_article_between_the_label_and_its_dash_states_the_interest(text: str) -> None:
    assert status(text, "eu-gdpr/legitimate-interests") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "- **Legitimate interests** (Art 6(1)(f)) — where we rely on this basis we balance it against your rights.\n",
        "- **Legitimate interests** (see section 4) — we may rely on this basis.\n",
        "We may process data on the basis of legitimate interests (Art 6(1)(f)).\n",
    ],
)
def test_an_article_before_a_dash_that_names_no_interest_states_none(text: str) -> None:
    assert status(text, "eu-gdpr/legitimate-interests") == "missing"
