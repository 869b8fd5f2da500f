"""Disclosure profiles, twenty-sixth session (u26v, issue #14): classes of a fresh set's first run.

The set is `eval/profiles26` (nine real policies annotated before any run).  Each class is tested both ways with invented
sentences modelled on the real ones: what the changed clause reads and the near miss it must leave alone (a false
"covered" costs more than a miss), plus the real file as a regression case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import one_item, paragraphs, parse_string, profile_status, profile_verdict

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "eval" / "profiles26" / "docs"


_doc = paragraphs  # the first paragraph is line 3 under profile_verdict's title


# --- a third party's service "provided by" someone is not the policy's own operator -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "我們使用 Google Analytics，a web analytics service provided by Google, Inc.，來分析流量。",
        "We use Google Analytics, a web analytics service provided by Google, Inc. It uses cookies.",
        "We use Mixpanel, an analytics platform operated by Mixpanel, Inc.",
        "We use Stripe, a payment service provided by Stripe, Inc.",
    ],
)
@pytest.mark.parametrize("item", ["tw-pdpa/agency", "cn-pipl/processor", "cn-gbt35273/identity-contact"])
def test_a_service_provided_by_a_company_is_a_third_party(sentence: str, item: str) -> None:
    """The sentence "Google Analytics, a web analytics service provided by Google, Inc." had named Google as the blog's own agency
    (eval/profiles26/docs/miwa-tw/privacy.md); only ", a service provided by" was read as a third party's."""
    assert profile_status(_doc("## 網站分析", sentence, "聯絡我們：hello@example.org"), item) == "missing"


@pytest.mark.parametrize(
    "sentence",
    [
        "This app is provided by Acme Studio Ltd, 1 Main Street. Contact: hello@acme.example",
        "The website is operated by Blue Sky Labs Inc. (we, us). E-mail: privacy@bluesky.example",
        "Let's Encrypt is a service provided by Internet Security Research Group, a Nonprofit Corporation. Contact: x@isrg.example",
    ],
)
def test_an_app_provided_by_its_owner_still_names_the_agency(sentence: str) -> None:
    """The owner sentence of the policy's own app, site or service is no third party's (corpora/letsencrypt-privacy)."""
    assert profile_status(_doc(sentence), "tw-pdpa/agency") == "covered"


def test_a_blog_that_defines_itself_as_we_names_nobody() -> None:
    """「歡迎來到 miwa23333（「我們」或「本部落格」）」: a site title defined as the blog, like 本網站 (m18a)."""
    text = _doc("歡迎來到 miwa23333（「我們」或「本部落格」）。我們致力於保護您的個人資訊。")
    assert profile_status(text, "tw-pdpa/agency") == "missing"


def test_a_company_that_runs_the_blog_still_names_the_agency() -> None:
    """A company named as the blog's operator is the agency, welcome line or not."""
    text = _doc("歡迎來到藍天數位股份有限公司（以下簡稱「本公司」）經營之部落格。")
    assert profile_status(text, "tw-pdpa/agency") == "covered"


# --- a generic purpose opening its clause, with a chain of adjectives --------------------------------------------------


def test_a_chain_of_generic_adjectives_is_cited_after_a_real_purpose() -> None:
    """「为了给您提供更准确、更有个性化的服务，…」 names no purpose; the 排行榜 sentence does
    (eval/profiles26/docs/technicalsupport-zh/隐私政策.md)."""
    text = _doc(
        "为了给您提供更准确、更有个性化的服务，本软件会按照本隐私权政策的规定使用和披露您的个人信息。",
        "2.信息的使用",
        "在获得您的数据之后，本软件会将其上传至服务器，以生成您的排行榜数据。",
    )
    verdict = profile_verdict(text, "cn-pipl/purposes")
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 7


def test_a_generic_opening_alone_still_covers() -> None:
    """A demotion, not a veto: with nothing else, the generic line is still the citation."""
    text = _doc("为了给您提供更准确、更有个性化的服务，我们会收集您的设备型号。")
    assert profile_status(text, "cn-pipl/purposes") == "covered"


def test_a_named_purpose_after_more_is_not_demoted() -> None:
    """「为了向您提供更精准的广告推送服务」 names a purpose (ads): not demoted, so the first line stays the citation."""
    text = _doc(
        "为了向您提供更精准的广告推送服务，我们会收集您的设备标识。",
        "2.信息的使用",
        "在获得您的数据之后，本软件会将其上传至服务器，以生成您的排行榜数据。",
    )
    verdict = profile_verdict(text, "cn-pipl/purposes")
    assert verdict.evidence is not None and verdict.evidence.line == 3


# --- us-ccpa: the right to know as a request for information, the right to limit with "beyond" ------------------------


def test_a_request_for_information_about_the_categories_is_the_right_to_know() -> None:
    """The lead-in "You can request information about:" with the categories under it, under "Right to Know"
    (eval/profiles26/docs/vuappstore-ccpa/ccpa.svelte)."""
    text = _doc(
        "### 1. Right to Know",
        "You can request information about:\n\n- Categories of personal information we collect\n- Business purposes for collection",
    )
    assert profile_status(text, "us-ccpa/right-to-know") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "You can request information about our products by e-mail.",
        "For details about our data practices, see the section above; you can request information about it on our site.",
    ],
)
def test_a_request_for_other_information_is_no_right_to_know(sentence: str) -> None:
    """Information about products or a pointer elsewhere names no personal information."""
    assert profile_status(_doc(sentence), "us-ccpa/right-to-know") == "missing"


def test_sensitive_information_not_used_beyond_need_is_the_limit() -> None:
    """Not used or disclosed "beyond what's necessary" limits sensitive personal information (vuappstore-ccpa)."""
    text = _doc("We do not use or disclose sensitive personal information beyond what's necessary.")
    assert profile_status(text, "us-ccpa/right-to-limit") == "covered"


def test_beyond_without_sensitive_information_is_no_limit() -> None:
    """The word "beyond" about ordinary data is no statement on sensitive personal information."""
    text = _doc("We do not use your e-mail address beyond what's necessary to run the service.")
    assert profile_status(text, "us-ccpa/right-to-limit") == "missing"


# --- the real files --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "item", "status", "line"),
    [
        ("miwa-tw/privacy.md", "tw-pdpa/agency", "missing", None),
        ("technicalsupport-zh/隐私政策.md", "cn-pipl/purposes", "covered", 9),
        ("vuappstore-ccpa/ccpa.svelte", "us-ccpa/right-to-know", "covered", None),
        ("vuappstore-ccpa/ccpa.svelte", "us-ccpa/right-to-limit", "covered", 44),
        ("vuappstore-ccpa/ccpa.svelte", "us-ccpa/last-updated", "covered", 3),
        ("vuappstore-en/privacy.svelte", "us-ccpa/last-updated", "covered", 3),
        ("vuappstore-en/privacy.svelte", "eu-gdpr/requirement", "covered", 32),
        ("vuappstore-en/privacy.svelte", "eu-gdpr/withdraw-consent", "covered", 154),
    ],
)
def test_profiles26_regression(name: str, item: str, status: str, line: int | None) -> None:
    """The verdicts the classes above fixed on the set's own files (parsed as files, not under a title)."""
    from policylens.profiles.coverage import coverage

    path = SET / name
    (result,) = coverage(parse_string(path.read_text(encoding="utf-8"), suffix=path.suffix), [one_item(item)])
    (verdict,) = result.items
    assert verdict.status == status
    if line is not None:
        assert verdict.evidence is not None and verdict.evidence.line == line


# --- a component's date constant in its script, shown by the layout --------------------------------------------------

_SVELTE = """<script lang="ts">
\timport LegalLayout from '$lib/components/legal/LegalLayout.svelte';
\t{declaration}
</script>

<LegalLayout title="CCPA Compliance" {{lastUpdated}}>
\t<section>
\t\t<h2>Your rights</h2>
\t\t<p>You can request deletion of your personal information.</p>
\t</section>
</LegalLayout>
"""


@pytest.mark.parametrize(
    "declaration",
    ["const lastUpdated = '2024-11-04';", 'export const LAST_UPDATED = "2025-12-16";', "let effectiveDate: string = 'March 1, 2024';"],
)
def test_a_script_date_constant_is_the_last_updated_date(declaration: str) -> None:
    """`const lastUpdated = '2024-11-04'` passed to the layout that shows it (eval/profiles26/docs/vuappstore-ccpa/ccpa.svelte)."""
    from policylens.profiles.coverage import coverage

    document = parse_string(_SVELTE.format(declaration=declaration), suffix=".vue")  # a short page: .svelte is sniffed as text
    (result,) = coverage(document, [one_item("us-ccpa/last-updated")])
    (verdict,) = result.items
    assert verdict.status == "covered"
    assert verdict.evidence is not None and verdict.evidence.line == 3


@pytest.mark.parametrize(
    "declaration",
    ["const createdAt = '2024-11-04';", "const updated = 'never';", "const title = 'Last updated 2024-11-04';"],
)
def test_other_script_constants_give_no_date(declaration: str) -> None:
    """A creation date, a date key without a date, or any other constant is no update date."""
    from policylens.profiles.coverage import coverage

    document = parse_string(_SVELTE.format(declaration=declaration), suffix=".vue")
    (result,) = coverage(document, [one_item("us-ccpa/last-updated")])
    assert result.items[0].status == "missing"


# --- eu-gdpr: required or optional as a data label's value; unsubscribing as a rights-list label -----------------------


@pytest.mark.parametrize(
    "item",
    [
        "- **Email Address:** Required for account access and important notifications",
        "- **Name:** Optional, for personalization",
        "- Phone number: optional",
    ],
)
def test_a_data_label_marked_required_or_optional_is_the_requirement(item: str) -> None:
    """A kind of data with 「Required」/「Optional」 as its label's value (eval/profiles26/docs/vuappstore-en/privacy.svelte)."""
    text = _doc("## Information You Provide", item)
    assert profile_status(text, "eu-gdpr/requirement") == "covered"


@pytest.mark.parametrize(
    "item",
    [
        "- **Cookies:** Required for the site to work",
        "- **JavaScript:** required",
        "- **Email Address:** Used for account access",
    ],
)
def test_other_labels_or_values_are_no_requirement(item: str) -> None:
    """Not a kind of the person's data, or no word on whether it must be given."""
    assert profile_status(_doc("## Information We Use", item), "eu-gdpr/requirement") == "missing"


def test_an_unsubscribe_label_in_a_rights_list_withdraws_consent() -> None:
    """「Opt-Out: Unsubscribe from all non-essential communications」 in a rights list (vuappstore-en)."""
    text = _doc("You have the following rights regarding your data:\n\n- **Opt-Out:** Unsubscribe from all non-essential communications")
    assert profile_status(text, "eu-gdpr/withdraw-consent") == "covered"


@pytest.mark.parametrize(
    "item",
    [
        "- **Opt-Out:** We do not send marketing communications.",
        "- **Newsletter:** Sent monthly to subscribers.",
    ],
)
def test_a_label_without_unsubscribing_is_no_withdrawal(item: str) -> None:
    """A label over a statement that offers no unsubscribing withdraws nothing."""
    assert profile_status(_doc("## Communications", item), "eu-gdpr/withdraw-consent") == "missing"


# --- retention: a browser extension removed, or its tab closed, ends storage ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("移除擴充功能時，這些資料會一併刪除。", "tw-pdpa/period"),
        ("- 臨時域名記錄：僅保存在記憶體中，關閉分頁後自動清除", "tw-pdpa/period"),
        ("- 临时域名记录：仅保存在内存中，关闭标签页后自动清除", "cn-pipl/retention"),
        ("卸载本插件后，插件保存的全部数据将被一并删除。", "cn-gbt35273/retention"),
    ],
)
def test_an_extension_removed_ends_storage(sentence: str, item: str) -> None:
    """Like an app uninstalled (eval/profiles26/docs/lexibridge-tw/privacy.md, eval/profiles26/docs/clasher-zh)."""
    assert profile_status(_doc("## 資料儲存 数据存储", sentence), item) == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "您可以随时移除本插件。",
        "移除扩展后，您的设置不会被删除，重新安装后仍可使用。",
        "您可以关闭标签页来停止使用本服务。",
    ],
)
def test_removing_an_extension_without_erasure_is_no_retention(sentence: str) -> None:
    """Removing it as a choice, or removal that keeps the data, states no end of storage."""
    assert profile_status(_doc("## 数据存储", sentence), "cn-pipl/retention") == "missing"


def test_a_change_notice_is_cited_after_any_other_purpose_line() -> None:
    """「…发布这些更改，以便您了解我们如何收集、使用您的个人信息」 tells how data is handled, it is no purpose
    (eval/dev5h/raigetsu-md): the generic opening above it stays the citation."""
    text = _doc(
        "为了给您提供更准确、更有个性化的服务，本应用会按照本隐私权政策的规定使用您的个人信息。",
        "如果决定更改隐私政策，我们会在本政策中发布这些更改，以便您了解我们如何收集、使用您的个人信息。",
    )
    verdict = profile_verdict(text, "cn-pipl/purposes")
    assert verdict.evidence is not None and verdict.evidence.line == 3


# --- the addresses of pages visited are a kind of data ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("本插件仅收集用户当前浏览标签页中的域名信息，用于生成和更新网络分流规则。", "cn-pipl/categories"),
        ("本扩展会收集当前页面的 URL 和标题，用于保存书签。", "cn-pipl/categories"),
        ("本扩展会收集当前页面的 URL 和标题，用于保存书签。", "cn-gbt35273/functions"),
        ("本插件使用以下权限：\n\n- webRequest：用于获取域名信息", "cn-gbt35273/functions"),
    ],
)
def test_visited_page_addresses_are_collected_data(sentence: str, item: str) -> None:
    """A browser extension's domain or page URL (eval/profiles26/docs/clasher-zh/PrivacyPolicy.md)."""
    assert profile_status(_doc("## 信息收集和使用", sentence), item) == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "取得網址的人都能開啟您分享的相簿。",
        "本网站的域名为 example.com。",
        "我们不会收集您访问的网址。",
    ],
)
def test_an_address_that_is_no_collected_data(sentence: str) -> None:
    """A shared link anyone may open, the site's own domain, or a denial names no data collected."""
    assert profile_status(_doc("## 信息收集", sentence), "cn-pipl/categories") == "missing"
