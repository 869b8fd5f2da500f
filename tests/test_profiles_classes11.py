"""Disclosure profiles, the eleventh session's classes (issue #14, helper x14d).

The last blind round was described to this round as four classes of false "covered" or wrong citation, without the
documents: (a) a legal-basis sentence cited as the purposes; (b) an app setting kept in the browser ("stored in your
browser's local storage") cited as a recipient; (c) a store's "Limited Use" statement cited as the source of data;
(d) negated English sentences without a subject ("Does not use cookies", "No data is shared") cited as a disclosure of
what they negate.  (a)-(c) are an item's `veto` (a sentence that one of its patterns finds never covers the item);
(d) widens the engine's `_NEGATED` (a denial is cited only when no other sentence discloses).  Each class is tested on
both sides: what still covers, and the near miss that must not.  The texts are short ones of our own modelled on the
wording the classes were described with.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict
from policylens.profiles import resolve
from policylens.profiles.coverage import _NEGATED

# --- (a) a legal-basis sentence is not the purposes ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 处理的法律依据\n\n我们基于以下法律依据处理您的个人信息，以实现上述目的：您的同意、履行合同所必需、遵守法定义务。",
        "## Legal basis\n\nWe process your personal data for the following purposes only where we have a legal basis, such as your consent.",
        "## Legal basis\n\nWe process your data to comply with our legal obligations under Art. 6(1)(c) GDPR.",
        "## Legal basis\n\nLegal basis for the processing: Art. 6(1)(b) GDPR (performance of a contract), in order to provide the service.",
    ],
)
@pytest.mark.parametrize("item", ["eu-gdpr/purposes", "us-ccpa/purposes", "cn-pipl/purposes", "tw-pdpa/purposes"])
def test_a_legal_basis_sentence_states_no_purpose(text: str, item: str) -> None:
    assert status(text, item) == "missing"


def test_the_legal_basis_is_still_the_legal_basis() -> None:
    text = "## Legal basis\n\nWe process your data to comply with our legal obligations under Art. 6(1)(c) GDPR."
    assert status(text, "eu-gdpr/legal-basis") == "covered"


@pytest.mark.parametrize("item", ["eu-gdpr/purposes", "us-ccpa/purposes"])
def test_the_purpose_is_cited_rather_than_the_basis(item: str) -> None:
    text = (
        "## Legal basis\n\nThe legal basis for processing is your consent; we process your data for the following purposes.\n\n"
        "## Use\n\nWe use your e-mail address to send you the newsletter.\n"
    )
    found = verdict(text, item)
    assert found.status == "covered" and found.evidence.line == 9


def test_a_purpose_cell_beside_its_legal_basis_cell_is_a_purpose() -> None:
    text = "| Purpose | Legal basis |\n| --- | --- |\n| To send you the newsletter | Consent (Art. 6(1)(a) GDPR) |\n"
    found = verdict(text, "eu-gdpr/purposes")
    assert found.status == "covered" and found.evidence.line == 5


def test_a_chinese_purpose_without_the_words_of_a_basis_is_a_purpose() -> None:
    # the consent asked for is no legal-basis label: 「基于您的同意…用于…」 still states the purpose
    text = "我们基于您的同意收集您的手机号码，用于注册账号和找回密码。"
    for item in ("cn-pipl/purposes", "cn-gbt35273/functions"):
        assert status(text, item) == "covered", item


# --- (b) an app setting kept in the browser is no recipient ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("## Settings\n\nYour settings are stored only in your browser's local storage.", "eu-gdpr/recipients"),
        ("## Settings\n\nYour preferences are kept only in your browser.", "eu-gdpr/recipients"),
        ("## 本地设置\n\n您的偏好设置仅保存在浏览器的本地存储中。", "cn-gbt35273/cross-border"),
        ("## 设置\n\n主题设置保存在您的设备本地。", "cn-gbt35273/cross-border"),
        ("## 設定\n\n您的設定僅儲存於瀏覽器的本機儲存空間（localStorage）。", "tw-pdpa/area"),
    ],
)
def test_an_app_setting_kept_locally_names_no_recipient_or_place(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("All your data is stored only on your device.", "eu-gdpr/recipients"),
        ("Your data and settings are stored only in your browser.", "eu-gdpr/recipients"),
        ("No data leaves your device: your personal data never leaves your device.", "eu-gdpr/recipients"),
        ("您的数据仅保存在您的设备本地，不会上传至服务器。", "cn-gbt35273/cross-border"),
        # (f16f: 「僅存於您的裝置」 is no tw-pdpa area, the device being a place and not a geographic area; tests/test_profiles_classes16f.py)
    ],
)
def test_data_kept_on_the_device_still_says_where_it_goes(text: str, item: str) -> None:
    assert status(text, item) == "covered"


# --- (c) a store's Limited Use statement names no source -------------------------------------------------------

LIMITED_USE = (
    "## Google API\n\n"
    "The use of information received from Google APIs will adhere to the Chrome Web Store User Data Policy, including the "
    "Limited Use requirements.\n"
)


def test_a_limited_use_statement_is_no_source() -> None:
    # eu-gdpr only: us-ccpa/sources was never covered by this statement, with or without the veto (review rv11b)
    assert status(LIMITED_USE, "eu-gdpr/source") != "covered"


@pytest.mark.parametrize("item", ["us-ccpa/sources", "eu-gdpr/source"])
def test_a_source_beside_a_limited_use_statement_is_cited(item: str) -> None:
    text = LIMITED_USE + "\n## Sign-in\n\nWhen you sign in with Google, we receive your name and e-mail address from your Google account.\n"
    found = verdict(text, item)
    assert found.status == "covered" and found.evidence.line == 9


# --- (d) a negation without a subject is a last-resort citation -------------------------------------------------

SUMMARY = """## At a glance

- Does not use cookies to track you.
- Doesn't collect personal data to improve the app.
- Never uses your data for advertising purposes.

## What we do

We collect your e-mail address to send you updates.
"""


@pytest.mark.parametrize("item", ["eu-gdpr/purposes", "us-ccpa/purposes", "us-ccpa/categories-collected"])
def test_a_subjectless_negation_is_not_cited_before_the_disclosure(item: str) -> None:
    found = verdict(SUMMARY, item)
    assert found.status == "covered" and found.evidence.line == 11


@pytest.mark.parametrize(
    "sentence",
    [
        "- Does not use cookies.",
        "Doesn't track you.",
        "* Never collects your location.",
        "No personal data is collected.",
        "No data is shared with third parties.",
        "Not used for advertising.",
    ],
)
def test_subjectless_negations_are_denials(sentence: str) -> None:
    assert _NEGATED.search(sentence.lower())


@pytest.mark.parametrize(
    "sentence",
    [
        "We use cookies to remember your settings.",
        "No matter where you are, we collect your e-mail address.",
        "Notifications are used to remind you.",
        "Data is used to provide the service.",
    ],
)
def test_statements_that_deny_nothing_are_no_denials(sentence: str) -> None:
    assert not _NEGATED.search(sentence.lower())


def test_a_denial_that_is_the_disclosure_still_covers() -> None:
    # a sale denied is the CCPA sale statement; data that never leaves the device states the recipients
    assert verdict("We do not sell your personal information.", "us-ccpa/sold-or-shared").status == "covered"
    assert verdict("No data leaves your device: all your data stays on your device.", "eu-gdpr/recipients").status == "covered"


def test_the_veto_key_is_read_from_the_profiles() -> None:
    vetoed = {item.id for p in resolve(["cn-pipl", "cn-gbt35273", "tw-pdpa", "eu-gdpr", "us-ccpa"]) for item in p.items if item.veto}
    assert {"eu-gdpr/purposes", "eu-gdpr/recipients", "us-ccpa/sources", "tw-pdpa/area", "cn-gbt35273/functions"} <= vetoed


# --- (e) from the dev sets: the service works without the data, and refusing cookies costs something ------------
# eval/holdout/pandnext-txt line 16, eval/profiles/docs/gdpr6-lastseenwise-zh line 29, eval/dev/automatic-txt line 21.


@pytest.mark.parametrize(
    "text",
    [
        "用户可在不登陆的状态下正常使用本应用的所有免费基础功能。",
        "应用的所有功能在无此类信息的情况下正常运行。",
        "无需注册即可使用本应用。",
    ],
)
@pytest.mark.parametrize("item", ["cn-gbt35273/effect-of-not-providing", "eu-gdpr/requirement"])
def test_a_service_that_works_without_the_data_states_the_effect(text: str, item: str) -> None:
    assert status(text, item) == "covered"


def test_refusing_cookies_with_its_cost_states_the_effect() -> None:
    text = "大部分网络浏览器都设有阻止 Cookie 的功能。但如果您这么做，则需要在每一次访问我们的网站时亲自更改用户设置。"
    assert status(text, "cn-gbt35273/effect-of-not-providing") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "在未登录状态下，数据仅保存在本地。",  # a mode's storage, not what not logging in costs
        "您可以随时删除 Cookie。",  # a way to refuse, no cost named
        "大部分网络浏览器都设有阻止 Cookie 的功能。",
        "登录后即可使用云同步功能。",
    ],
)
def test_a_mode_or_a_way_to_refuse_alone_states_no_effect(text: str) -> None:
    assert status(text, "cn-gbt35273/effect-of-not-providing") == "missing"
