"""Disclosure profiles, round 7: eu-gdpr and us-ccpa on small developers' English policies (issue #14).

On the last clean blind set eu-gdpr agreed with the reviewer on 72.5% of its verdicts (covered
recall 37%) and us-ccpa on 91.7%. The errors were plain-English disclosures read as missing: a team
or a person as the controller ("We are NAME, the team behind APP", "how Randovania uses the data we
collect"), services that receive data named without a sharing verb ("sent to the Google Places
API", "hosted on a TransIP VPS", "hosted by [DigitalOcean](…)"), retention as a criterion ("kept
indefinitely", "while your account exists"), rights as an offer or as self-service ("e-mail us and
we will delete your data", "You may delete your data at My Account"), withdrawal as "you can always
unsubscribe", the consequence of denying a permission, a platform as the source ("retrieved via
Steam"); and a few refusals or empty grants read as covered ("No server-side data to request
deletion of").

Every class is written as short texts of our own, on both sides: the sentence that discloses the
item, and the near miss that must stay missing (a mention, a title alone, a third party's name, a
refusal, a hypothetical, a template slot). The real documents that showed them are dev data in
eval/profiles (en7-*).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

CONTACT = "\n\n## Contact\n\nQuestions? Write to hello@orbit.dev."

# --- the controller: a team, a brand or a person the policy speaks for ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We are Bluefin Games, the team behind Harbour Tales. We collect your e-mail address." + CONTACT, "covered"),
        ("We're Nightjar Labs, a small team that makes Owl Notes." + CONTACT, "covered"),
        ("Zephyr is developed by Kaito, an independent developer based in Osaka." + CONTACT, "covered"),
        ("This privacy policy explains how Randovania uses the personal data we collect from you." + CONTACT, "covered"),
        (
            "This policy describes how **PolygonFleet** (our developer name on Google Play) and **Cao Jundan** (our developer"
            ' name on the App Store) — collectively "we," "us," or "our" — collect your information.' + CONTACT,
            "covered",
        ),
        ("**Main Maintainer**: Diyaeddine Laouid\n\n**Project URL**: https://github.com/x/y" + CONTACT, "covered"),
        ("Website operator: Jana Novak" + CONTACT, "covered"),
        # near misses: no way in, a third party's practice, a template, the reader, no name
        ("We are Bluefin Games, the team behind Harbour Tales.", "missing"),
        ("This section explains how Firebase uses the data we send to it." + CONTACT, "missing"),
        ("This section explains how Google uses the data we share." + CONTACT, "missing"),
        ("Website operator: [Your Name]" + CONTACT, "missing"),
        ("Owner: you keep ownership of your notes." + CONTACT, "missing"),
        ("We operate the Overture Maps API." + CONTACT, "missing"),
        ("Zephyr is developed by Kaito, an independent developer." + "\n\n## Contact\n\nThere is no support address.", "missing"),
    ],
)
def test_controller_as_a_team_a_brand_or_a_person(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/controller") == expected


def test_the_project_page_is_a_way_to_reach_a_named_maintainer() -> None:
    text = (
        "**Main Maintainer**: Diyaeddine Laouid\n\n## Questions\n\nPlease contact the project maintainer through the"
        " channels listed on the GitHub project page."
    )
    assert status(text, "eu-gdpr/controller") == "covered"
    assert status("**Main Maintainer**: Diyaeddine Laouid", "eu-gdpr/controller") == "missing"


# --- recipients: a service that receives or holds data, named without a sharing verb --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Location\n\nYour location is sent to the Google Places API to find cafés near you.", "covered"),
        ("## Hosting\n\nOur backend is hosted on a TransIP VPS in the Netherlands.", "covered"),
        ("## Storage\n\nSessions are stored in Vercel KV (Redis) for a week.", "covered"),
        ("## Storage\n\nWe store your data at our server hosted by [DigitalOcean](https://www.digitalocean.com/).", "covered"),
        ("## Crashes\n\nCrash reports are sent to [Sentry](https://sentry.io/), but you can opt out.", "covered"),
        ("## Sharing\n\nWe may share your data with service providers, such as [Strato](https://www.strato.com/).", "covered"),
        # near misses: nothing is sent to the service, a bare third party, the person's own action
        ("## Location\n\nYour location is never sent to the Google Places API.", "missing"),
        ("## Storage\n\nYour notes are not stored on Vercel or any other server.", "missing"),
        ("## Sharing\n\nSome data may go to third parties.", "missing"),
    ],
)
def test_recipients_named_as_services(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/recipients") == expected


# --- purposes in plain words -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Data\n\nRandovania collects your data so that we can:\n\n* identify you across sessions\n* show your name", "covered"),
        ("## Data\n\nWe only collect data necessary for davidnet to function properly.", "covered"),
        ("## Data\n\nWe store your e-mail so we can send you a login link.", "covered"),
        # near misses: a denial, the person's own ability, a hypothetical
        ("## Data\n\nWe do not collect any data so that we can stay out of your way.", "missing"),
        ("## Data\n\nYou can export your notes so that you can keep a copy.", "missing"),
    ],
)
def test_purposes_in_plain_words(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/purposes") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## How we use information\n\n- To provide the API.\n- To debug and improve the service.", "covered"),
        ("## Data\n\nRandovania collects your data so that we can:\n\n* identify you across sessions", "covered"),
        # near misses: a list under another heading, a pointer
        ("## Contact\n\n- To reach us, write to a@b.co.", "missing"),
        ("## How we use information\n\n- To learn more, see our cookie notice.", "missing"),
    ],
)
def test_ccpa_purposes_under_a_purposes_heading(text: str, expected: str) -> None:
    assert status(text, "us-ccpa/purposes") == expected


# --- retention as a criterion ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Storage\n\nRandovania will currently keep your data for an indefinite length of time.", "covered"),
        ("## Storage\n\nData related to rooms is indefinitely retained in the database.", "covered"),
        ("## Storage\n\nThere is no fixed period: we keep your progress while your account exists.", "covered"),
        ("## Storage\n\nYour scores are kept as long as needed for you to play.", "covered"),
        # near misses: a heading over nothing, a promise without a period, storage on the device
        ("## Data retention\n\nWe take retention seriously.", "missing"),
        ("## Storage\n\nWe keep your data safe and encrypted.", "missing"),
    ],
)
def test_retention_as_a_criterion(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/retention") == expected


# --- rights as an offer or as self-service ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Your data\n\nE-mail us at a@b.co and we will delete your data.", "covered"),
        ("## Your data\n\nJust message me on Discord and I'll remove your scores.", "covered"),
        ("## In short\n\n- You may **delete** your data at [My Account](https://example.org/account).", "covered"),
        ("## Account\n\nUsers can delete their account at any time, which will result in the deletion of all their data.", "covered"),
        ("## Your data\n\nYou can ask us for a copy of your data.", "covered"),
        # near misses: a condition, a refusal, the app deleted, what the developer may do
        ("## Your data\n\nIf you delete your data, it cannot be recovered.", "missing"),
        ("## Your data\n\nYou cannot delete your data once a match has been played.", "missing"),
        ("## Your data\n\nYou can delete the app at any time.", "missing"),
        ("## Your data\n\nWe may delete your data when your account is inactive.", "missing"),
        ("## Your data\n\nYou can delete your account at any time.", "missing"),
        ("## Your data\n\nDeletion requests are not accepted for match history.", "missing"),
    ],
)
def test_rights_as_an_offer_or_self_service(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/rights") == expected


# --- withdrawal of consent in plain words ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Newsletter\n\nWe send the newsletter only with your consent. You can always unsubscribe.", "covered"),
        ("## Permissions\n\nYou can revoke these permissions at any time in the system settings.", "covered"),
        # near misses: no consent behind it, a refusal, opting out of analytics
        ("## Newsletter\n\nWe send a monthly newsletter. It is short.", "missing"),
        ("## Permissions\n\nYou cannot revoke these permissions while a game is running.", "missing"),
        ("## Analytics\n\nYou can opt out of analytics in the settings.", "missing"),
    ],
)
def test_withdrawal_in_plain_words(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/withdraw-consent") == expected


# --- legitimate interests given as the reason ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "## Legal basis\n\nWe process your game data on the basis of our legitimate interest, as we need it to offer you a"
            " functional and secure game.",
            "covered",
        ),
        # near miss: the basis named, the interest not said
        ("## Legal basis\n\nWe process your game data on the basis of our legitimate interest.", "missing"),
    ],
)
def test_legitimate_interests_given_as_the_reason(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/legitimate-interests") == expected


# --- whether providing is required: denying a permission, data not there ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Location\n\nIf you deny location permissions, the app will not function.", "covered"),
        ("## Library\n\nIf your library is private, no games are collected, thus limiting the platform's utility.", "covered"),
        ("## Camera\n\nYou can disable the camera permission; some features will then be unavailable.", "covered"),
        # near misses: a permission described, a hypothetical
        ("## Location\n\nThe app asks for location permissions to show the map.", "missing"),
        ("## Location\n\nThe map will not function on old devices.", "missing"),
    ],
)
def test_consequence_of_refusing_a_permission(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/requirement") == expected


# --- Art. 14 source: a platform that hands over the data ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Data\n\nYour SteamID and nickname are obtained from Steam when you log in.", "covered"),
        ("## Data\n\nThe reliability of the data retrieved via Steam is not guaranteed.", "covered"),
        ("## Data\n\nSteam provides your SteamID and avatar to us.", "covered"),
        (
            "## About\n\nThe site lets Steam users connect via OpenID with their Steam accounts and facilitates the aggregation"
            " of user account information such as nicknames and avatars.",
            "covered",
        ),
    ],
)
def test_a_platform_named_as_the_source(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/source") == expected


@pytest.mark.parametrize(
    "text",
    [
        "## Data\n\nYou directly provide the data. We collect data when you:\n\n* Login via a Discord account.",
        "## Data\n\nThe app fetches contributor data from the GitHub API for the About screen.",
        "## Data\n\nWe do not receive any data from Steam.",
        "## Data\n\nIf we ever obtain data from Steam, we will update this policy.",
    ],
)
def test_no_platform_source_where_none_hands_over_data(text: str) -> None:
    assert status(text, "eu-gdpr/source") == "not-applicable"


# --- transfers: "countries other than your own" applies the item ------------------------------


def test_countries_other_than_your_own_apply_transfers() -> None:
    text = "## Transfers\n\nYour information may be transferred to and processed in countries other than your own."
    assert status(text, "eu-gdpr/transfers") == "missing"
    with_scc = text + " We rely on the Standard Contractual Clauses."
    assert status(with_scc, "eu-gdpr/transfers") == "covered"
    assert status("## Transfers\n\nWe process all data inside the EU.", "eu-gdpr/transfers") == "not-applicable"


# --- the complaint to an authority ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Rights\n\nYou can lodge a complaint with your local data protection authority.", "covered"),
        ("## Rights\n\nYou may also file a complaint with the Information Commissioner.", "covered"),
        # near misses: a complaint to us, a refusal
        ("## Rights\n\nIf you want to complain, write to us first.", "missing"),
        ("## Rights\n\nComplaints are not accepted by e-mail.", "missing"),
    ],
)
def test_complaint_to_an_authority(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/complaint") == expected


# --- us-ccpa: sources, categories, the way in, refusals -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## What Data Do We Collect?\n\n- **User Content**: Images or other data you provide to us through uploading content.", "covered"),
        ("## Data we collect\n\n- Device model (read automatically from your device)", "covered"),
        ("## Data\n\nWe store the nickname you choose and your scores.", "covered"),
        # near misses: a URL word, a denial, a plan the person chooses
        ("## Data we collect\n\n- Update checks ([how to stop](https://support.example.org/firefox-automatically-connects))", "missing"),
        ("## Data we collect\n\nWe do not collect anything you provide.", "missing"),
        ("## Billing\n\nWe store whichever plan you choose.", "missing"),
    ],
)
def test_ccpa_sources_in_plain_words(text: str, expected: str) -> None:
    assert status(text, "us-ccpa/sources") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Data we collect\n\n- Basic request logs.", "covered"),
        ("## Data we collect\n\nWe collect your username and Discord ID.", "covered"),
        # near misses: a developer name, cookies that are not used for collection, logging in
        ("## About\n\nWe collect nothing under our developer name on Google Play.", "missing"),
        ("## Cookies\n\nThese cookies are not used for marketing or additional data collection.", "missing"),
        ("## Account\n\nWe collect feedback when you log in.", "missing"),
    ],
)
def test_ccpa_categories_named(text: str, expected: str) -> None:
    assert status(text, "us-ccpa/categories-collected") == expected


def test_a_developer_name_is_no_category_cited() -> None:
    text = (
        "This policy describes how Acme (our developer name on Google Play) collects, uses and shares your information.\n\n"
        "## Information we collect\n\n- Email address (when you contact us)"
    )
    found = verdict(text, "us-ccpa/categories-collected")
    assert found.status == "covered"
    assert "Email address" in found.evidence.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "## Your rights\n\n- You may request a copy of your data.\n- You may ask us to delete your data.\n- Contact us at aden@maps.dev",
            "covered",
        ),
        ("## In short\n\n- You may **delete** your data at [My Account](https://example.org/account).", "covered"),
        ("## Your data\n\nYou can export your data in the app settings.", "covered"),
        # near misses: an address for questions, a complaint's contact, a feature not there yet
        ("## Your rights\n\nThere is no data to delete.\nIf you have any questions, please contact us at a@b.co.", "missing"),
        ("## Your rights\n\nComplain to your data protection authority, or contact us first (via dpo@b.co).", "missing"),
        ("## Your data\n\nYou can export your data in the app settings (coming soon).", "missing"),
    ],
)
def test_ccpa_way_in_under_rights_or_at_an_account_page(text: str, expected: str) -> None:
    assert status(text, "us-ccpa/how-to-submit") == expected


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("## Your rights\n\nNo server-side data to request deletion of: everything stays on your phone.", "us-ccpa/right-to-delete"),
        ("## Your rights\n\nThere is nothing to delete, since we keep no data.", "us-ccpa/right-to-delete"),
        ("## Your rights\n\nYou cannot request a copy of your data, since we keep none.", "us-ccpa/right-to-know"),
        ("## Your rights\n\nCorrection requests are not accepted.", "us-ccpa/right-to-correct"),
        ("## Your rights\n\nWe do not offer deletion requests.", "us-ccpa/right-to-delete"),
        ("## Your rights\n\nYou cannot request deletion of match results.", "eu-gdpr/rights"),
    ],
)
def test_an_english_refusal_grants_no_right(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("## Your rights\n\nYou may request deletion of your personal information.", "us-ccpa/right-to-delete"),
        ("## Your rights\n\nYou may request a copy of your personal information.", "us-ccpa/right-to-know"),
        ("## Your rights\n\nYou may request that we correct inaccurate information.", "us-ccpa/right-to-correct"),
    ],
)
def test_the_grant_beside_each_refusal_still_covers(text: str, item: str) -> None:
    assert status(text, item) == "covered"


def test_refusal_lists_are_kept_apart_and_identical() -> None:
    """The English refusal and hypothetical wording is one list per profile, the same in both (for the engine's filter)."""
    from importlib import resources

    import tomllib

    folder = resources.files("policylens") / "data" / "profiles"
    gdpr, ccpa = (tomllib.loads((folder / f"{name}.toml").read_text(encoding="utf-8"))["patterns"] for name in ("eu-gdpr", "us-ccpa"))
    for key in ("refusal_en", "hypothetical_en"):
        assert gdpr[key] == ccpa[key]


# --- hypotheticals: a practice the developer has not decided on discloses nothing -------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("## Logs\n\nWe do not know yet whether we will keep crash logs for 30 days.", "eu-gdpr/retention"),
        ("## Analytics\n\nIf we ever add analytics, usage data will be sent to PostHog.", "eu-gdpr/recipients"),
        ("## Sale\n\nIf we ever sell personal information, we will update this policy.", "us-ccpa/sold-or-shared"),
    ],
)
def test_a_hypothetical_discloses_nothing(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("## Logs\n\nIf we decide to close your account, its data is deleted within 30 days.", "eu-gdpr/retention"),
        ("## Analytics\n\nUsage data is sent to PostHog to count active users.", "eu-gdpr/recipients"),
        ("## Sale\n\nWe do not sell personal information.", "us-ccpa/sold-or-shared"),
    ],
)
def test_the_decided_practice_beside_each_hypothetical_still_covers(text: str, item: str) -> None:
    assert status(text, item) == "covered"


# --- recipients: a list of services under a heading that says so -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Services we use\n\n- Backend: Hetzner Dedicated, Germany\n- Payments: Stripe", "covered"),
        ("## Sharing\n\nWe never sell your data. We use the following processors:\n\n- Stripe (payments)\n- Postmark (e-mail)", "covered"),
        # near misses: a service not used, a heading over nothing named
        ("## Services we use\n\nWe do not use Google Analytics or any tracker.", "missing"),
        ("## Services we use\n\nWe keep things simple.", "missing"),
    ],
)
def test_services_listed_under_a_processors_heading(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/recipients") == expected


# --- post-tuning run (kbounce, nauthilus): purposes after "stored … to", (optional) marks, month-year dates ----


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## Data\n\nThis data is stored on our servers to display the global leaderboard.", "eu-gdpr/purposes", "covered"),
        ("## Data\n\nThe Game collects minimal data for the online leaderboard feature:\n\n- Nickname", "eu-gdpr/purposes", "covered"),
        ("## Data\n\nThis data is stored on our servers to display the global leaderboard.", "us-ccpa/purposes", "covered"),
        # near misses: storage for its own safety, a denial
        ("## Data\n\nYour data is stored encrypted to protect it.", "eu-gdpr/purposes", "missing"),
        ("## Data\n\nWe do not collect data for analytics.", "eu-gdpr/purposes", "missing"),
        ("## Data\n\nNothing is stored on our servers to display ads.", "us-ccpa/purposes", "missing"),
    ],
)
def test_purpose_as_what_stored_data_is_for(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Data\n\nThe Game collects minimal data:\n\n- Nickname (optional, you choose what to display)\n- Game score", "covered"),
        ("## Provision\n\nProviding the aforementioned personal data is neither legally nor contractually required.", "covered"),
        # near misses: an optional setting, cookies not required
        ("## Settings\n\n- Dark mode (optional)\n- Larger text", "missing"),
        ("## Cookies\n\nCookies are not required for the site.", "missing"),
    ],
)
def test_collected_data_marked_optional_or_not_required(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/requirement") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Automated decisions\n\nWe do not carry out profiling.", "covered"),
        # near miss: the objection right's text about profiling
        (
            "## Right to object\n\nYou have the right to object at any time to processing based on Art. 6 (1) lit. f GDPR;"
            " this also applies to profiling based on those provisions.",
            "missing",
        ),
    ],
)
def test_the_objection_rights_profiling_clause_is_no_statement(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/automated-decisions") == expected


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## Data\n\nThe Game collects:\n\n- Nickname (optional, you choose what to display)", "us-ccpa/sources", "covered"),
        ("## Data\n\nThe Game collects:\n\n- Approximate location (derived from IP address)", "us-ccpa/sources", "covered"),
        ("## Retention\n\nEntries are kept forever. You may request deletion by contacting k@b.org.", "us-ccpa/right-to-delete", "covered"),
        ("## Retention\n\nEntries are kept forever. You may request deletion by contacting k@b.org.", "us-ccpa/how-to-submit", "covered"),
        ("# About\n\nLast updated: January 2026", "us-ccpa/last-updated", "covered"),
        # near misses: the person's choice of theme, a refusal, a year alone, a founding date
        ("## Data\n\nThe Game collects:\n\n- Theme (you choose light or dark)", "us-ccpa/sources", "missing"),
        ("## Retention\n\nYou cannot request deletion of leaderboard entries.", "us-ccpa/right-to-delete", "missing"),
        ("## Retention\n\nDeletion requests are not accepted by e-mail at k@b.org.", "us-ccpa/how-to-submit", "missing"),
        ("# About\n\nUpdated regularly since 2019.", "us-ccpa/last-updated", "missing"),
        ("# About\n\nThe studio was founded in January 2020.", "us-ccpa/last-updated", "missing"),
    ],
)
def test_ccpa_items_of_a_one_person_game(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


def test_collection_required_for_features_states_no_purpose() -> None:
    text = (
        "## Data\n\nThe App does not actively collect any personally identifiable information. If information collection is"
        " required for certain features, we will obtain your consent in advance."
    )
    assert status(text, "eu-gdpr/purposes") == "missing"
    assert status(text, "us-ccpa/purposes") == "missing"


# --- a probe written for the tests (an indie game's policy in plain words, not from any document) ----------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## Why\n\nYour nickname and SteamID are needed to show the high-score table.", "eu-gdpr/purposes", "covered"),
        ("## Why\n\nCrash logs help me fix bugs.", "eu-gdpr/purposes", "covered"),
        ("## Why\n\nCrash logs help me fix bugs.", "us-ccpa/purposes", "covered"),
        ("## Where it goes\n\nHigh scores live in a Supabase database in Frankfurt.", "eu-gdpr/recipients", "covered"),
        ("## Where it goes\n\nCrash logs go to Sentry.", "eu-gdpr/recipients", "covered"),
        (
            "## Legal basis\n\nI process the scores on the basis of my legitimate interest, as I need it to run a fair leaderboard.",
            "eu-gdpr/legitimate-interests",
            "covered",
        ),
        ("## Online\n\nWithout a SteamID the high-score table is not available.", "eu-gdpr/requirement", "covered"),
        ("## Data\n\n- Your SteamID, which Steam provides when you launch the game", "eu-gdpr/source", "covered"),
        # near misses: cookies needed, a promise, a service not reached, a table not available for maintenance
        ("## Cookies\n\nThese cookies are needed to show the site.", "eu-gdpr/purposes", "missing"),
        ("## Where it goes\n\nNothing goes to Sentry or any other service.", "eu-gdpr/recipients", "missing"),
        ("## Online\n\nThe high-score table is not available during maintenance.", "eu-gdpr/requirement", "missing"),
        ("## Data\n\nSteam is a store which Valve runs.", "eu-gdpr/source", "not-applicable"),
    ],
)
def test_an_indie_games_plain_words_for_gdpr(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## What the game stores\n\n- The nickname you pick for the high-score table", "us-ccpa/categories-collected", "covered"),
        ("## What the game stores\n\n- The nickname you pick for the high-score table", "us-ccpa/sources", "covered"),
        ("## Your rights\n\nYou can ask me for a copy of your data.", "us-ccpa/right-to-know", "covered"),
        ("## Your rights\n\nYou can ask me to remove your scores.", "us-ccpa/right-to-delete", "covered"),
        (
            "## California\n\nYou can use these rights by e-mailing me. I will not treat you differently for doing so.",
            "us-ccpa/non-discrimination",
            "covered",
        ),
        ("## California\n\nCalifornia residents can use the rights above by e-mailing me at a@b.co.", "us-ccpa/how-to-submit", "covered"),
        # near misses: a setting, a copy of the app, removing cookies yourself, a different price list
        ("## What the game stores\n\n- Nothing about you; only the volume setting", "us-ccpa/sources", "missing"),
        ("## Downloads\n\nYou can ask me for a copy of the soundtrack.", "us-ccpa/right-to-know", "missing"),
        ("## Cookies\n\nYou can remove cookies in your browser settings.", "us-ccpa/right-to-delete", "missing"),
        ("## Prices\n\nWe treat you differently on weekends: prices drop.", "us-ccpa/non-discrimination", "missing"),
    ],
)
def test_an_indie_games_plain_words_for_ccpa(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- a probe in a Chinese developer's English (written for the tests, not from any document) --------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        (
            "## 1. Information we collect\n\n1. Device information: device model and Android ID, used for crash statistics.",
            "eu-gdpr/purposes",
            "covered",
        ),
        (
            "## 1. Information we collect\n\n1. Device information: device model and Android ID, used for crash statistics.",
            "us-ccpa/purposes",
            "covered",
        ),
        ("## 3. Your rights\n\nYou can request us to delete your personal information by e-mail.", "us-ccpa/how-to-submit", "covered"),
        ("Update date: 2024-06-01\n\n## 1. Data", "us-ccpa/last-updated", "covered"),
        # near misses: a cookie used for something, a pointer to the purposes, a promise to update
        ("## Cookies\n\nA session cookie, used for keeping you signed in.", "eu-gdpr/purposes", "missing"),
        ("## Data\n\nYour e-mail address, used for the purposes described below.", "eu-gdpr/purposes", "missing"),
        ("## Changes\n\nWe will announce each update date in the app.", "us-ccpa/last-updated", "missing"),
        ("## 3. Your rights\n\nYou can request us to delete your personal information.", "us-ccpa/how-to-submit", "missing"),
    ],
)
def test_a_chinese_developers_english(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- the controller's name inside a Markdown link or bold -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This app is developed by [Jane Doe](https://jane.dev)." + CONTACT, "covered"),
        ("This app is developed by **Jane Doe**." + CONTACT, "covered"),
        ("We are [Bluefin Games](https://bluefin.games), the team behind Harbour Tales." + CONTACT, "covered"),
        ("Zephyr is developed by [Kaito](https://kaito.dev), an independent developer." + CONTACT, "covered"),
        ("Developer: [Jane Doe](https://jane.dev)" + CONTACT, "covered"),
        ('[Acme Labs](https://acme.dev) ("we", "us") makes Orbit.' + CONTACT, "covered"),
        # near misses: a framework, artwork someone else made
        ("This app is built with [Flutter](https://flutter.dev)." + CONTACT, "missing"),
        ("Icons in this app are made by [Freepik](https://freepik.com)." + CONTACT, "missing"),
        ("Icons in this app are made by Freepik." + CONTACT, "missing"),
    ],
)
def test_controller_named_in_a_link_or_bold(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/controller") == expected


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("## Your data\n\nContact us to delete your data.", "eu-gdpr/rights", "covered"),
        ("## Your data\n\nContact us at a@b.co to delete your account and data.", "us-ccpa/right-to-delete", "covered"),
        ("## Your data\n\nContact us at a@b.co to delete your account and data.", "us-ccpa/how-to-submit", "covered"),
        (
            "## Avatars\n\nYour e-mail hash is sent to [Gravatar](https://gravatar.com) to show your avatar.",
            "eu-gdpr/recipients",
            "covered",
        ),
        ("## Data\n\n**Retention:** 30 days after your last login.", "eu-gdpr/retention", "covered"),
        # near misses: a contact for questions, a refusal
        ("## Contact\n\nContact us to learn more about your data.", "eu-gdpr/rights", "missing"),
        ("## Your data\n\nContact us at a@b.co; you cannot delete your data yourself.", "us-ccpa/right-to-delete", "missing"),
    ],
)
def test_contact_us_to_delete(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Data\n\nYour timers are stored only on your device so that you can reuse them.", "covered"),
        ("## Data\n\nYour notes are kept locally on your phone.", "covered"),
        # near misses: stored on the device by default, or as well as synced
        ("## Data\n\nYour notes are stored only on your device by default.", "missing"),
        ("## Data\n\nYour notes are stored only on your device until you turn on sync.", "missing"),
        ("## Data\n\nYour notes are stored on your device.", "missing"),
    ],
)
def test_data_stored_only_on_the_device_states_the_recipients(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/recipients") == expected


def test_an_app_that_collects_nothing_covers_nothing_it_does_not_say() -> None:
    text = (
        "Tiny Timer is developed by Ana Lima. Contact: ana@tinytimer.app\n\n## Data\n\nTiny Timer does not collect any"
        " personal data. We do not use Google Analytics, Firebase or any other tracker. If we ever add crash reporting via"
        " Sentry, we will update this policy.\n\n## Your rights\n\nSince we hold no data about you, you cannot request access"
        " to or deletion of your data: there is nothing to delete.\nIf you have questions, please contact us at"
        " ana@tinytimer.app."
    )
    for item in ("eu-gdpr/purposes", "eu-gdpr/retention", "eu-gdpr/rights", "eu-gdpr/recipients"):
        assert status(text, item) == "missing", item
    for item in ("us-ccpa/sources", "us-ccpa/right-to-know", "us-ccpa/right-to-delete", "us-ccpa/how-to-submit"):
        assert status(text, item) == "missing", item
