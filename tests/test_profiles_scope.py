"""A profile's [scope]: text under a heading about another law's users covers none of its items.

A generated policy often ends with sections per jurisdiction: 「Information for Users residing in
Brazil」 lists the LGPD rights (automated decisions reviewed, "you will never be discriminated
against…").  Those lines covered eu-gdpr/automated-decisions and us-ccpa/non-discrimination.  Now
a unit under a heading matching the profile's `scope.elsewhere` is skipped, unless a heading above
it also matches `scope.own` (a section for "EEA and Brazil" users is the GDPR's too).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli
from helpers import profile_status as status

BRAZIL = (
    "# Privacy Policy\n\nWe collect your e-mail address to provide the service.\n\n"
    "## Information for Users residing in Brazil\n\n### Your Brazilian privacy rights\n\n"
    "- request the review of decisions made solely on the basis of the automated processing of your personal information;\n"
    "- You will never be discriminated against, or otherwise suffer any sort of detriment, if you exercise your rights.\n"
)


@pytest.mark.parametrize("item", ["eu-gdpr/automated-decisions", "us-ccpa/non-discrimination"])
def test_another_laws_section_covers_nothing(item: str) -> None:
    assert status(BRAZIL, item) == "missing"


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        ("Information for Users in the EEA and Brazil", "eu-gdpr/automated-decisions"),
        ("Your California and Brazilian privacy rights", "us-ccpa/non-discrimination"),
        ("Your rights", "us-ccpa/non-discrimination"),
    ],
)
def test_a_section_that_also_names_this_law_or_none_still_covers(heading: str, item: str) -> None:
    text = BRAZIL.replace("Information for Users residing in Brazil", heading).replace("### Your Brazilian privacy rights\n\n", "")
    assert status(text, item) == "covered"


def test_a_user_profile_with_a_bad_scope_is_one_clear_error(tmp_path: Path) -> None:
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    builtin = Path(__file__).resolve().parents[1] / "cli" / "policylens" / "data" / "profiles" / "us-ccpa.toml"
    text = builtin.read_text(encoding="utf-8").replace('id = "us-ccpa"', 'id = "my-ccpa"', 1)
    (profiles / "my-ccpa.toml").write_text(text.replace("[scope]\n", "[scope]\nplaces = 'x'\n", 1), encoding="utf-8")
    (tmp_path / "policylens.toml").write_text('profile-paths = ["profiles"]\n', encoding="utf-8")
    policy = tmp_path / "p.md"
    policy.write_text(BRAZIL, encoding="utf-8")
    result = cli("check", str(policy), "--profile", "my-ccpa", cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "scope" in result.stderr, result.stderr
