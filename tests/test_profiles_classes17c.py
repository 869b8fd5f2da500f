"""Disclosure profiles, the seventeenth session's classes of helper m17c (issue #14): English policies under eu-gdpr and us-ccpa.

The lead described the blind rounds' disagreements on eu-gdpr/{source, requirement, purposes, recipients,
legitimate-interests, withdraw-consent} and us-ccpa/{purposes, sold-or-shared, categories-collected} as classes, with
invented or paraphrased examples; every text below is invented.  Each class is tested both ways, with the verdict and the
cited line:

(1) eu-gdpr/source: data from another party named in new shapes (an ID or token returned or assigned by a sign-in provider
    or another service's authentication, data a payment gateway or an app store provides, publicly accessible sources,
    「通过推特/脸书验证获得的…」); a consent sentence, a settings restriction or a line of code is cited last;
(2) eu-gdpr/requirement: "We do not require accounts", refusing a permission that does not affect the core features, cookies
    deactivated and functions limited, 「您不必对调查作出回应」; a law commentary's citation and "required cookies" cited last;
(3) purposes (both profiles): more verbs of use ("to answer", "sent … to generate"), a permission label with what it is for;
    a sharing lead-in, a third party's use, kinds of cookies, a security exception, a tool named for a job, a token's use are
    cited last;
(4) eu-gdpr/recipients: a named service that records data, data that goes to a kind of service, none stated plainly; a
    generic "our agents, processors and employees" line is cited after named recipients;
(5) eu-gdpr/legitimate-interests: the interest named after Art. 6(1)(f) in its sentence; "collected for our legitimate
    interests is kept …" names none;
(6) eu-gdpr/withdraw-consent: a named access revoked, marketing e-mails opted out of, a control that changes the consent,
    「…可以选择退出」 tracking; "as long as consent is not withdrawn" is cited last; the eu-gdpr convention: cookies cleared in
    the browser withdraw nothing where no consent is asked for;
(7) us-ccpa/sold-or-shared: a row answering under a "We sell" column is cited, not the header; sharing with advertising
    partners to match IDs; a Nevada-law sentence, a right to say no to the sale, selling goods are cited last;
(8) us-ccpa/categories-collected: what is stored or received in words the older list lacked; a lettered heading alone and
    "Usage Data is collected automatically" are cited last;
(9) us-ccpa/last-updated: a Markdown front matter line that a site theme shows at the top of the page (`lastmod:`, a
    description that says "Last Updated: …") covers the item when no body text does; a post's `date:` does not.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers import cited_line, parse_string
from helpers import profile_verdict as verdict

# --- (1) eu-gdpr/source -------------------------------------------------------------------------------------------------

SOURCE_FOUND = [
    ("When you log in, a session token is returned by the sign-in provider and kept on your phone.\n", "session token"),
    ("Your account ID is assigned by Epic's authentication service when you first play.\n", "assigned by"),
    ("Your Unity player ID is issued by Unity's authentication on first launch.\n", "issued by"),
    ("Payment processors provide us with the payment status and the card's last four digits.\n", "Payment processors"),
    ("Your order number is provided to us by the app store when you subscribe.\n", "provided to us by"),
    ("Some company contact details are taken from publicly accessible sources such as trade registers.\n", "publicly"),
    ("Names of authors are obtained from public records of the patent office.\n", "public records"),
    ("我们保存通过推特验证获得的用户名与令牌。\n", "推特"),
    ("我們保存透過臉書授權取得的暱稱。\n", "臉書"),
]


@pytest.mark.parametrize(("text", "words"), SOURCE_FOUND)
def test_a_source_named_in_new_shapes_applies_and_covers(text: str, words: str) -> None:
    assert words in cited_line(text, "eu-gdpr/source")


SOURCE_NOT = [
    "You provide your name and e-mail address yourself; they are provided to us by you.\n",
    "We do not receive any data from payment processors.\n",
    "Your session token is stored on your device.\n",
    "We use publicly accessible fonts.\n",
]


@pytest.mark.parametrize("text", SOURCE_NOT)
def test_no_other_party_named_as_a_source_stays_not_applicable(text: str) -> None:
    assert verdict(text, "eu-gdpr/source").status == "not-applicable"


SOURCE_DEMOTED = [
    "We obtain your consent for cookies through Google's consent mode.\n\n",
    "You can limit the collection of data through Google in your Google account settings.\n\n",
    '```js\nconst scopes = ["email"]; // fetch profile from google\n```\n\n',
]


@pytest.mark.parametrize("first", SOURCE_DEMOTED)
def test_a_consent_sentence_a_settings_restriction_or_code_is_cited_after_the_source(first: str) -> None:
    text = first + "We receive your username and avatar from Discord when you link your account.\n"
    assert "Discord" in cited_line(text, "eu-gdpr/source")


# --- (2) eu-gdpr/requirement --------------------------------------------------------------------------------------------

REQUIREMENT_FOUND = [
    ("We do not require accounts or registration to use the app.\n", "do not require"),
    ("The extension doesn't require an e-mail address.\n", "require"),
    ("We ask for microphone access. Refusing this permission does not affect the other features.\n", "Refusing"),
    ("Denying location access won't limit the core features of the app.\n", "Denying"),
    ("If cookies are disabled, some functions of the site may be restricted.\n", "disabled"),
    ("If JavaScript is turned off, the map will not be available.\n", "JavaScript"),
    ("您不必对问卷作出回应。\n", "不必"),
    ("您無需提供任何個人資料。\n", "無需"),
]


@pytest.mark.parametrize(("text", "words"), REQUIREMENT_FOUND)
def test_whether_providing_is_required_in_new_shapes(text: str, words: str) -> None:
    assert words in cited_line(text, "eu-gdpr/requirement")


REQUIREMENT_NOT = [
    "We use required cookies and analytics cookies.\n",
    "See Müller, Data Protection Law, § 4 Rn. 12 for the commentary.\n",
    "We require our processors to protect your data.\n",
    "Denying the request is our right.\n",
]


@pytest.mark.parametrize("text", REQUIREMENT_NOT)
def test_a_mention_of_required_things_is_no_requirement(text: str) -> None:
    assert verdict(text, "eu-gdpr/requirement").status == "missing"


def test_a_commentary_citation_is_cited_after_the_requirement() -> None:
    text = (
        "Providing the data is voluntary (see Roe, Privacy Commentary, Art. 13 Rn. 7).\n\n"
        "If you do not provide your e-mail address, we cannot answer you.\n"
    )
    assert "cannot answer" in cited_line(text, "eu-gdpr/requirement")


# --- (3) purposes ---------------------------------------------------------------------------------------------------------

PURPOSES_FOUND = [
    ("We use your e-mail address to answer your questions.\n", "answer"),
    ("The text you select is sent to the translation service to translate it.\n", "translate it"),
    ("Your photos are uploaded to generate the thumbnails.\n", "generate"),
    ("Your lists are stored so that you can sync them across devices.\n", "sync"),
    ("We use the information we collect to:\n\n- answer your support requests.\n", "answer"),
    ("The app requests these permissions:\n\n- Camera: to scan QR codes\n- Storage: to save exported files\n", "Camera"),
    ("- **Microphone**: used to record voice notes\n", "Microphone"),
]


@pytest.mark.parametrize("item", ["eu-gdpr/purposes", "us-ccpa/purposes"])
@pytest.mark.parametrize(("text", "words"), PURPOSES_FOUND)
def test_a_purpose_in_more_verbs_or_a_permission_label(text: str, words: str, item: str) -> None:
    assert words in cited_line(text, item)


PURPOSES_ASIDE = [
    "We share data with service providers for marketing purposes:\n\n- Mailchimp\n\n",
    "Google's use of advertising cookies enables it to serve ads to you.\n\n",
    "We use cookies for different purposes, including:\n\n",
    "We may disclose data (a) where required by law, (b) where necessary for security purposes.\n\n",
    "We use Supabase for storage.\n\n",
    "The server uses this ticket to obtain your ID.\n\n",
]


@pytest.mark.parametrize("item", ["eu-gdpr/purposes", "us-ccpa/purposes"])
@pytest.mark.parametrize("first", PURPOSES_ASIDE)
def test_the_policys_own_purpose_is_cited_before_an_aside(first: str, item: str) -> None:
    text = first + "We use the information we collect to:\n\n- answer your support requests.\n"
    assert "answer your support" in cited_line(text, item)


PURPOSE_VALUES = [
    "## Contact form\n\n**Purpose:**\n\nAnswering your enquiry and follow-up questions.\n",
    "## Newsletter\n\nPurposes:\n\nTo send you the monthly newsletter.\n",
    "## Server logs\n\n**Purpose**\n\nFor keeping the website secure and stable.\n",
]


@pytest.mark.parametrize("item", ["eu-gdpr/purposes", "us-ccpa/purposes"])
@pytest.mark.parametrize("text", PURPOSE_VALUES)
def test_the_value_under_a_bare_purpose_label_is_cited(text: str, item: str) -> None:
    line = cited_line(text, item)
    assert "urpose" not in line
    assert line.startswith(("Answering", "To send", "For keeping"))


def test_a_label_over_no_purpose_is_no_value() -> None:
    text = "## Contact form\n\nPurpose:\n\nSee section 3.\n\nWe use your e-mail address to answer your questions.\n"
    assert "answer your questions" in cited_line(text, "eu-gdpr/purposes")


PURPOSES_NOT = [
    "We do not use your e-mail address to send newsletters.\n",
    "Nothing is uploaded to generate previews.\n",
    "- Camera: not used\n",
]


@pytest.mark.parametrize("text", PURPOSES_NOT)
def test_a_denied_use_or_a_label_without_a_purpose_states_none(text: str) -> None:
    assert verdict(text, "eu-gdpr/purposes").status == "missing"


# --- (4) eu-gdpr/recipients -----------------------------------------------------------------------------------------------

RECIPIENTS_FOUND = [
    ("Cloudflare records access data such as your IP address.\n", "Cloudflare"),
    ("Sentry receives crash reports from the app.\n", "Sentry"),
    ("Transaction payloads go to the RPC service you configure.\n", "RPC"),
    ("Your prompts are sent to the AI provider you select.\n", "AI provider"),
    ("No personal data is shared with anyone.\n", "shared"),
    ("We never share your information with anybody.\n", "never share"),
    ("Nothing leaves your device.\n", "leaves"),
]


@pytest.mark.parametrize(("text", "words"), RECIPIENTS_FOUND)
def test_a_recipient_named_or_none_stated(text: str, words: str) -> None:
    assert words in cited_line(text, "eu-gdpr/recipients")


RECIPIENTS_NOT = [
    "Cloudflare does not record any data.\n",
    "No data is shared with anyone unless you choose to export it.\n",
    "Nothing leaves your device unless you enable sync.\n",
]


@pytest.mark.parametrize("text", RECIPIENTS_NOT)
def test_a_denial_with_an_exception_or_a_service_that_records_nothing_is_no_recipient(text: str) -> None:
    assert verdict(text, "eu-gdpr/recipients").status == "missing"


def test_a_generic_agents_line_is_cited_after_a_named_recipient() -> None:
    text = (
        "We may share data with our agents, processors and employees.\n\n"
        "Your e-mail address is passed to Mailchimp to send the newsletter.\n"
    )
    assert "Mailchimp" in cited_line(text, "eu-gdpr/recipients")


# --- (5) eu-gdpr/legitimate-interests -------------------------------------------------------------------------------------

INTERESTS_FOUND = [
    ("The processing is based on Art. 6(1)(f) GDPR to display the site and keep it stable and secure.\n", "6(1)(f)"),
    ("Legal basis is Article 6(1)(f) GDPR in order to detect abuse of the contact form.\n", "detect abuse"),
    ("We process usage data based on our legitimate interest in maintaining and improving the extension.\n", "maintaining"),
]


@pytest.mark.parametrize(("text", "words"), INTERESTS_FOUND)
def test_the_interest_named_in_its_sentence(text: str, words: str) -> None:
    assert words in cited_line(text, "eu-gdpr/legitimate-interests")


INTERESTS_NOT = [
    "Data collected for our legitimate interests is kept for one year.\n",
    "Some processing is based on Art. 6(1)(f) GDPR.\n",
    "Legitimate interests are described in the table below.\n",
]


@pytest.mark.parametrize("text", INTERESTS_NOT)
def test_legitimate_interests_without_the_interest_stay_missing(text: str) -> None:
    assert verdict(text, "eu-gdpr/legitimate-interests").status == "missing"


# --- (6) eu-gdpr/withdraw-consent -----------------------------------------------------------------------------------------

WITHDRAW_FOUND = [
    ("You can revoke Apple Health access at any time in the Health app.\n", "revoke"),
    ("Users may revoke the app's calendar access in the system settings.\n", "revoke the app"),
    ("You can opt out of marketing e-mails.\n", "opt out"),
    ("You may opt out of promotional messages by replying STOP.\n", "opt out"),
    ("Click the Cookie Settings link in the footer to change your consent.\n", "change your consent"),
    ("Use the privacy icon at the bottom left to update your cookie preferences.\n", "update your cookie"),
    ("如不想被跟踪，可以选择退出。\n", "退出"),
    ("若您不希望接收個性化廣告，可隨時選擇退出。\n", "退出"),
]


@pytest.mark.parametrize(("text", "words"), WITHDRAW_FOUND)
def test_withdrawal_in_plain_words(text: str, words: str) -> None:
    assert words in cited_line(text, "eu-gdpr/withdraw-consent")


WITHDRAW_NOT = [
    # the eu-gdpr convention: no consent asked for anywhere, so clearing cookies withdraws nothing
    "We use only necessary cookies. You can clear cookies in your browser.\n",
    "Your browser lets you delete cookies at any time.\n",
    "You can opt out of the sale of your personal information.\n",
    "You can revoke nothing once the data is anonymised.\n",
    "如需退出登录，请点击设置。\n",
]


@pytest.mark.parametrize("text", WITHDRAW_NOT)
def test_no_withdrawal_of_consent(text: str) -> None:
    assert verdict(text, "eu-gdpr/withdraw-consent").status == "missing"


def test_clearing_cookies_withdraws_where_consent_is_asked_for() -> None:
    text = "We set analytics cookies only with your consent.\n\nYou can delete cookies in your browser.\n"
    assert "delete cookies" in cited_line(text, "eu-gdpr/withdraw-consent")


def test_storage_until_consent_is_withdrawn_is_cited_after_the_right() -> None:
    text = "We keep the data as long as your consent is not withdrawn.\n\nYou can unsubscribe at any time.\n"
    assert "unsubscribe" in cited_line(text, "eu-gdpr/withdraw-consent")


# --- (7) us-ccpa/sold-or-shared -------------------------------------------------------------------------------------------

SOLD_TABLES = [
    "| Category | We sell | We share |\n|---|---|---|\n| Identifiers | No | No |\n| Geolocation | No | No |\n",
    "| We sell | Category |\n|---|---|\n| No | Identifiers |\n| No | Commercial information |\n",
]


@pytest.mark.parametrize("text", SOLD_TABLES)
def test_a_row_under_a_we_sell_column_is_cited_not_the_header(text: str) -> None:
    line = cited_line(text, "us-ccpa/sold-or-shared")
    assert "No" in line
    assert "Category" not in line


def test_sharing_with_ad_partners_to_match_ids_is_shared() -> None:
    text = "We give hashed customer e-mail addresses to our advertising partners to match them with advertising IDs.\n"
    assert "advertising partners" in cited_line(text, "us-ccpa/sold-or-shared")


SOLD_DEMOTED = [
    "Under Nevada law, you may submit a request about the sale of covered information.\n\n",
    "You have the right to say no to the sale of your personal information.\n\n",
    "We use personal information to provide services or sell goods.\n\n",
]


@pytest.mark.parametrize("first", SOLD_DEMOTED)
def test_the_sale_statement_is_cited_before_other_sale_sentences(first: str) -> None:
    assert "do not sell" in cited_line(first + "We do not sell personal data to third parties.\n", "us-ccpa/sold-or-shared")


SOLD_NOT = [
    "| Category | Shared with |\n|---|---|\n| Identifiers | No |\n",
    "We share your e-mail address with our advertising partners.\n",
]


@pytest.mark.parametrize("text", SOLD_NOT)
def test_a_share_column_or_sharing_without_matching_is_no_sale(text: str) -> None:
    assert verdict(text, "us-ccpa/sold-or-shared").status == "missing"


# --- (8) us-ccpa/categories-collected -------------------------------------------------------------------------------------

CATEGORIES_FOUND = [
    ("We store only the ID and game progress.\n", "game progress"),
    ("We receive error reports (stack traces, versions) and usage analytics (commands, performance metrics).\n", "stack"),
    ("The app keeps your high scores and saved games.\n", "high scores"),
]


@pytest.mark.parametrize(("text", "words"), CATEGORIES_FOUND)
def test_what_is_stored_or_received_names_a_category(text: str, words: str) -> None:
    assert words in cited_line(text, "us-ccpa/categories-collected")


CATEGORIES_DEMOTED = [
    "## What we collect\n\nA. Identifiers.\n\n",
    "Usage Data is collected automatically when using the Service.\n\n",
    "## What we collect\n\nCookies\n\n",
]


@pytest.mark.parametrize("first", CATEGORIES_DEMOTED)
def test_a_lettered_heading_or_usage_data_alone_is_cited_after_the_categories(first: str) -> None:
    assert "name and e-mail" in cited_line(first + "We collect your name and e-mail address.\n", "us-ccpa/categories-collected")


CATEGORIES_NOT = [
    "We do not store error reports.\n",
    "| Category | Collected |\n|---|---|\n| Biometric information | No |\n| Geolocation data | No |\n",
]


@pytest.mark.parametrize("text", CATEGORIES_NOT)
def test_denied_or_marked_no_names_no_category(text: str) -> None:
    assert verdict(text, "us-ccpa/categories-collected").status == "missing"


# --- (9) us-ccpa/last-updated: the front matter's date a site theme shows at the top of the page ----------------------------


def front_verdict(text: str) -> Any:
    """The us-ccpa/last-updated verdict on a Markdown file read as written (its front matter first, no title put before)."""
    from policylens.profiles import resolve
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_string(text, suffix=".md"), resolve(["us-ccpa"]))
    (found,) = [v for v in result.items if v.item.id == "us-ccpa/last-updated"]
    return found


FRONT_FOUND = [
    ('---\ntitle: Privacy Policy\ndescription: "Last Updated: August 1, 2022"\n---\n\nWe collect your e-mail.\n', 3),
    ("---\ntitle: Privacy Policy\nlastmod: 2023-05-04\n---\n\nWe collect your e-mail.\n", 3),
    ("---\nlayout: page\nlast_updated: 2024-01-15\ntitle: Privacy\n---\n\nWe collect your e-mail.\n", 3),
    ('+++\ntitle = "Privacy"\nlastmod = 2023-05-04\n+++\n\nWe collect your e-mail.\n', 3),
    ("---\ntitle: Privacy\nsummary: Effective date 2021-03-30\n---\n\nWe collect your e-mail.\n", 3),
]


@pytest.mark.parametrize(("text", "line"), FRONT_FOUND)
def test_a_front_matter_date_shown_atop_the_page_covers_last_updated(text: str, line: int) -> None:
    found = front_verdict(text)
    assert found.status == "covered"
    assert found.evidence.line == line


FRONT_NOT = [
    "---\ntitle: Privacy\ndate: 2023-05-04\n---\n\nWe collect your e-mail.\n",
    "---\ntitle: Privacy\ndescription: Our policy since 2020-01-01\n---\n\nWe collect your e-mail.\n",
    "---\ntitle: Privacy\nlastmod: soon\n---\n\nWe collect your e-mail.\n",
    "title: Privacy\nlastmod: 2023-05-04\n\nWe collect your e-mail.\n",
]


@pytest.mark.parametrize("text", FRONT_NOT)
def test_a_post_date_a_date_without_its_label_or_no_front_matter_is_no_last_updated(text: str) -> None:
    assert front_verdict(text).status == "missing"


def test_a_body_date_is_cited_before_the_front_matter() -> None:
    text = "---\ntitle: Privacy\nlastmod: 2023-05-04\n---\n\nWe collect your e-mail.\n\nThis policy was last updated on March 3, 2023.\n"
    assert front_verdict(text).evidence.line == 8


# --- negatives of the review: what the new shapes must not take ------------------------------------------------------------

REVIEW_NOT = [
    ("Our partners provide us with hosting and analytics services.\n", "eu-gdpr/source", "not-applicable"),
    ("Third parties provide us tools to build the app.\n", "eu-gdpr/source", "not-applicable"),
    ("You can use the app to create and share notes.\n", "eu-gdpr/purposes", "missing"),
    ("You can remove a collaborator's access to a shared list.\n", "eu-gdpr/withdraw-consent", "missing"),
]


@pytest.mark.parametrize(("text", "item", "status"), REVIEW_NOT)
def test_services_provided_what_the_app_does_or_a_collaborator_removed_disclose_nothing(text: str, item: str, status: str) -> None:
    assert verdict(text, item).status == status


def test_a_partner_that_provides_data_about_you_is_a_source() -> None:
    text = "Our partners provide us with information about your purchases.\n"
    assert "partners" in cited_line(text, "eu-gdpr/source")


def test_clearing_cookies_under_a_lead_in_that_names_the_browser_withdraws_where_consent_is_asked_for() -> None:
    text = (
        "We set analytics cookies only with your consent.\n\n"
        "Most browsers let you manage cookies, for example:\n\n"
        "- In Firefox, you can delete cookies under Settings > Privacy.\n"
    )
    assert verdict(text, "eu-gdpr/withdraw-consent").status == "covered"
    assert verdict(text.replace("only with your consent", "to count visits"), "eu-gdpr/withdraw-consent").status == "missing"
