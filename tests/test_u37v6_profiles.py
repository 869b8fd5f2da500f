"""Profile verdict classes fixed in session 37 (u37v6, issue #14) from eval/profiles37c's read disagreements (not blind).

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own line as a regression case where useful:
- eu-gdpr/legitimate-interests: a bold label with the article between it and its dash ("**Legitimate interests**
  (Art 6(1)(f)) — service security…", restormel-en 68) states the interest; a bracket that is not an Art. 6 reference,
  or a dash followed by a sentence that only names the basis, does not;
- cn-gbt35273/public-disclosure: the operator denying that it shows the person's data publicly (「也不会把用户提交内容公开展示给
  其他用户」, omo-zh 33) covers it; the person's own choice to show something, the operator showing its own content, and content
  the person publishes do not;
- tw-pdpa/source: data a third-party or named sign-in returns (「登入識別資訊（含第三方登入回傳之必要識別欄位）」, challengeletter-tw
  18; the u37v2 「透過 LINE Login 授權取得」 class generalised) applies the item and covers it; a denial, or a sign-in offered with no
  data said to come from it, neither;
- cn-gbt35273/withdraw-consent: a named system permission the person turns off in the settings (「用户可以随时在 iOS 系统设置中
  关闭通知」, omo-zh 71) withdraws the authorisation; the operator's own act, a setting that is only viewed, and a finer setting
  of the permission (its sound) do not;
- cn-pipl/abroad-*: a transfer abroad denied and needed only in the future (「目前我们不会主动跨境传输…如将来确需跨境传输或存储的，
  我们将依法向您告知…」, fileflash-zh 56) makes no Art. 39 item apply; a transfer stated now (even one that mentions 将来) does;
- eu-gdpr/requirement: a processing that stays off until the person opts in ("analytics stay off (cookieless) until you opt in",
  restormel-en 55) says providing that data is optional; off until the operator acts, or consent named alone, does not;
- cn-pipl/processor, cn-gbt35273/identity-contact: a name defined as 我们 (a person in bold, 「是由 **蒋帅**（以下简称「我们」）向您
  提供」, fileflash-zh 10) reached by a telephone number with no 电话 label (「请通过 **15197096860** 与我们联系」, 18; 「请拨打
  010-12345678」); not a number to call with nobody named, nor a bare number that is no way to call;
- cn-gbt35273/tw-pdpa effect-of-not-providing: what still works while the person does not set up or use the feature that takes
  the data (「不配置 AI 时，扩展可完整使用录制与导出功能」, tutorialrec-zh 40; 「不使用雲端投稿功能時，相機仍可在裝置上運作」, firstgram-tw
  38); not what cannot be used, an instruction, or the operator's own act.
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


# ---- cn-gbt35273/public-disclosure ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles37c omo-zh 33
        "我们不会把用户提交内容用于广告追踪，不会向第三方出售用户数据，也不会把用户提交内容公开展示给其他用户。\n",
        "本应用不会将您的个人信息公开显示。\n",
    ],
)
def test_the_operator_denying_it_shows_the_persons_data_publicly_covers_public_disclosure(text: str) -> None:
    assert status(text, "cn-gbt35273/public-disclosure") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "您可以选择将您的作品公开展示给其他用户。\n",
        "我们会在首页公开展示精选的官方内容。\n",
        "用户发布的内容会公开展示。\n",
    ],
)
def test_showing_content_by_choice_or_the_operators_own_is_no_public_disclosure(text: str) -> None:
    assert status(text, "cn-gbt35273/public-disclosure") == "missing"


# ---- tw-pdpa/source -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles37c challengeletter-tw 15-18
        "為提供登入與遊戲功能，本服務可能蒐集或處理以下資料：\n\n1. 帳號識別資料\n"
        "- 例如：使用者 ID、登入識別資訊（含第三方登入回傳之必要識別欄位）。\n",
        "若您使用 Google 登入，我們會取得 Google 登入所提供的電子郵件與暱稱。\n",
    ],
)
def test_data_a_sign_in_returns_names_its_source(text: str) -> None:
    assert status(text, "tw-pdpa/source") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "本服務不會收集第三方登入回傳之任何資料。\n",
        "您可以使用第三方登入。\n",
        "我們提供第三方登入功能。\n",
    ],
)
def test_a_denial_or_a_sign_in_offered_names_no_source(text: str) -> None:
    assert status(text, "tw-pdpa/source") == "not-applicable"


# ---- cn-gbt35273/withdraw-consent -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles37c omo-zh 71
        "如果用户允许系统通知，Omo 会使用 APNs token 发送卡片生成状态或复习提醒。用户可以随时在 iOS 系统设置中关闭通知。"
        "关闭通知不会影响 App 内查看记忆卡和通知列表。\n",
        "您可在手机设置中禁用定位。\n",
    ],
)
def test_a_system_permission_turned_off_in_the_settings_withdraws_consent(text: str) -> None:
    assert status(text, "cn-gbt35273/withdraw-consent") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "我们会在设置中关闭通知。\n",
        "用户可以在设置中关闭通知声音以外的提醒方式。\n",
        "您可以在设置中查看通知。\n",
    ],
)
def test_the_operators_act_or_a_setting_only_viewed_withdraws_nothing(text: str) -> None:
    assert status(text, "cn-gbt35273/withdraw-consent") == "missing"


# ---- cn-pipl/abroad-* -----------------------------------------------------------------------------------------------

ABROAD_ITEMS = ["cn-pipl/abroad-recipient", "cn-pipl/abroad-purposes", "cn-pipl/abroad-categories"]


@pytest.mark.parametrize("item", ABROAD_ITEMS)
@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles37c fileflash-zh 54-56
        "我们会按照法律法规规定，将在中国境内收集的用户个人信息存储于中国境内。\n\n目前我们不会主动跨境传输或存储您的个人信息。"
        "如将来确需跨境传输或存储的，我们将依法向您告知：信息出境的目的、接收方、安全保障措施与风险，并在依法取得您的单独同意"
        "（如适用）后开展。\n",
        "未来需要跨境传输时，我们将另行征得您的同意。\n",
    ],
)
def test_a_transfer_needed_only_in_the_future_applies_no_art39_item(text: str, item: str) -> None:
    assert status(text, item) == "not-applicable"


@pytest.mark.parametrize("item", ABROAD_ITEMS)
@pytest.mark.parametrize(
    "text",
    [
        "我们会将您的个人信息传输至境外的服务器进行存储。\n",
        "您的个人信息将跨境传输至新加坡，以便将来提供服务。\n",
    ],
)
def test_a_transfer_stated_now_applies_the_art39_items(text: str, item: str) -> None:
    assert status(text, item) != "not-applicable"


# ---- eu-gdpr/requirement --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles37c restormel-en 55
        "We use **PostHog (EU region)** for product analytics. Non-essential analytics run **only with your consent** — you "
        "choose in the cookie banner, and analytics stay off (cookieless) until you opt in.\n",
        "Crash reporting remains disabled until you enable it in Settings.\n",
    ],
)
def test_a_processing_off_until_the_person_opts_in_is_optional(text: str) -> None:
    assert status(text, "eu-gdpr/requirement") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The feature stays off until we release it.\n",
        "Analytics run only with your consent.\n",
    ],
)
def test_off_until_the_operator_acts_or_consent_alone_says_nothing_of_the_requirement(text: str) -> None:
    assert status(text, "eu-gdpr/requirement") == "missing"


# ---- cn-pipl/processor, cn-gbt35273/identity-contact ----------------------------------------------------------------

PROCESSOR_ITEMS = ["cn-pipl/processor", "cn-gbt35273/identity-contact"]
NAMED_WE = "**文件闪传桥**（以下简称「本产品」）是由 **蒋帅**（以下简称「我们」）向您提供的应用软件及相关服务。\n\n"


@pytest.mark.parametrize("item", PROCESSOR_ITEMS)
@pytest.mark.parametrize(
    "text",
    [
        # eval/profiles37c fileflash-zh 10, 18
        NAMED_WE + "如对本政策或相关事宜有任何问题，请通过 **15197096860** 与我们联系。\n",
        NAMED_WE + "如有问题，请拨打 010-12345678 联系我们。\n",
    ],
)
def test_a_name_defined_as_we_with_a_number_to_call_names_the_processor(text: str, item: str) -> None:
    assert status(text, item) == "covered"


@pytest.mark.parametrize("item", PROCESSOR_ITEMS)
@pytest.mark.parametrize(
    "text",
    [
        "本应用由我们提供。如对本政策有任何问题，请通过 15197096860 与我们联系。\n",
        NAMED_WE + "我们的版本号为 15197096860。\n",
    ],
)
def test_a_number_with_nobody_named_or_a_bare_number_names_no_processor(text: str, item: str) -> None:
    assert status(text, item) == "missing"


# ---- effect-of-not-providing ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "text"),
    [
        # eval/profiles37c tutorialrec-zh 40, firstgram-tw 38
        ("cn-gbt35273/effect-of-not-providing", "不配置 AI 时，扩展可完整使用录制与导出功能。\n"),
        ("tw-pdpa/effect-of-not-providing", "照片會傳送給 OpenAI 進行自動安全審核。不使用雲端投稿功能時，相機仍可在裝置上運作。\n"),
    ],
)
def test_what_still_works_without_the_feature_states_the_effect(item: str, text: str) -> None:
    assert status(text, item) == "covered"


@pytest.mark.parametrize(
    ("item", "text"),
    [
        ("tw-pdpa/effect-of-not-providing", "不使用本服務時，請關閉應用程式。\n"),
        ("cn-gbt35273/effect-of-not-providing", "不使用时，我们可以运行后台任务。\n"),
    ],
)
def test_an_instruction_or_the_operators_act_states_no_effect(item: str, text: str) -> None:
    assert status(text, item) == "missing"
