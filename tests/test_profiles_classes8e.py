"""Disclosure profiles, round 8: eu-gdpr and us-ccpa on Chinese GDPR sections and English sign-in sources (issue #14).

On the latest clean blind sets eu-gdpr was the weakest profile. Its misses were the GDPR items of a
Chinese-language policy (a lawful-basis list under 「合法依据为：」, 「合法利益（第 6 条第 1 款 (f)）：…」,
processing 「在美国处理」 with 「标准合同条款」/「標準契約條款」, 「撤销同意」, 「向資料保護機關申訴」, retention 「在账户活跃期间
保留」), a sign-in or platform provider as the source ("When you sign in with Apple, we collect …", "E-mail address —
from Google OAuth sign-in"), recipients named without a nearby verb, and a template's interpolation slot read as a
way in ("请发送邮件至 [{email}](mailto:{email})"). A recipient that may receive data only in the future is none.

Every class is written as short texts of our own, on both sides: the sentence that discloses the item, and the near
miss that must stay missing (a mention, a title alone, a template slot, a refusal, a hypothetical). The real documents
that showed them are dev data in eval/profiles (e8-*).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict
from policylens.profiles.coverage import refuses

CONTACT = "\n\n## 联系我们\n\n邮箱：dev@orbit.cn"
CONTACT_EN = "\n\n## Contact\n\nQuestions? Write to hello@orbit.dev."

# --- the GDPR items of a Chinese policy ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('OrbitNote（"我们"、"应用"）尊重并保护用户隐私。' + CONTACT, "covered"),
        ("OrbitNote（“我们”）重视您的隐私。" + CONTACT, "covered"),
        # a brand without a contact, and a template slot as the developer, name nobody
        ('OrbitNote（"我们"）尊重并保护用户隐私。', "missing"),
        ("发布本应用的个人开发者 {publisherName} 是数据控制者。如有疑问，请发送邮件至 [{email}](mailto:{email})。", "missing"),
    ],
)
def test_zh_brand_defined_as_we_is_the_controller(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/controller") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "## 12. 法律依据（适用于欧盟用户）\n\n根据 GDPR，我们处理个人数据的法律依据包括：\n\n- 合同履行：提供您请求的服务\n- 同意：在您明确同意的情况下处理特定数据",
            "covered",
        ),
        ("## 合法依据\n\n对于欧洲经济区的读者，GDPR 下的合法依据为：\n\n- **合同**（第 6 条第 1 款 (b)）：许可证销售和验证。", "covered"),
        ("Cloudflare 统计页面浏览量。合法依据：合法利益。", "covered"),
        ("对於歐洲經濟區的讀者，GDPR 下的合法依據為：\n\n- **契約**（第 6 條第 1 款 (b)）：授權銷售。", "covered"),
        # the words alone name no basis
        ("## 合法依据\n\n我们会依据适用的法律依据处理您的信息。", "missing"),
    ],
)
def test_zh_lawful_basis_list(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/legal-basis") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- **合法利益**（第 6 条第 1 款 (f)）：使用报告、安全和滥用防范、网络服务器日志。", "covered"),
        ("- **正當利益**（第 6 條第 1 款 (f)）：安全和濫用防範。", "covered"),
        ("在线聊天 Cookie 的合法依据：为每个页面提供支持的合法利益。", "covered"),
        ("法律依据：合法利益。", "not-covered"),
        ("处理是为实现我们的合法利益所必需。", "not-covered"),
        ("为保护我们的合法利益，我们可能保存日志。", "not-covered"),
    ],
)
def test_zh_legitimate_interest_stated(text: str, expected: str) -> None:
    got = status(text, "eu-gdpr/legitimate-interests")
    assert (got == "covered") == (expected == "covered"), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Google 在美国处理数据，依据标准合同条款。", "covered"),
        ("Mintlify 在美國處理資料；從歐洲經濟區傳輸資料採用標準契約條款。", "covered"),
        ("您的数据可能在居住国之外处理。我们采取适当保护措施。", "missing"),
        ("Google 在美国处理数据。", "missing"),
        # no transfer said at all: the item does not apply
        ("我们采用标准合同条款。", "not-applicable"),
    ],
)
def test_zh_transfer_and_its_safeguard(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/transfers") == expected


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("- **撤销同意**：随时撤销对数据处理的同意", "eu-gdpr/withdraw-consent", "covered"),
        ("您可隨時撤回同意，並向資料保護機關申訴。", "eu-gdpr/withdraw-consent", "covered"),
        ("撤销同意的功能暂不支持。", "eu-gdpr/withdraw-consent", "missing"),
        ("您可隨時撤回同意，並向資料保護機關申訴。", "eu-gdpr/complaint", "covered"),
        ("您可以向数据保护机构投诉。", "eu-gdpr/complaint", "covered"),
        ("我们会配合数据保护机关的工作。", "eu-gdpr/complaint", "missing"),
        ("## GDPR\n\n欧盟用户享有 GDPR 规定的权利。", "eu-gdpr/complaint", "missing"),
    ],
)
def test_zh_withdrawal_and_complaint(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## 数据保留\n\n- **活跃账户**：数据将在账户活跃期间保留", "covered"),
        ("超过12个月未使用的账户数据将被删除。", "covered"),
        ("用户请求删除后，数据将在30天内完全删除。", "covered"),
        # a reply time for a request is no retention period, and a heading alone states nothing
        ("我们将在15天内处理您的删除请求。", "missing"),
        ("## 数据保留\n\n我们重视您的数据安全。", "missing"),
    ],
)
def test_zh_retention_as_the_accounts_life_or_a_deletion_period(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/retention") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## 2. 信息使用\n\n我们使用收集的信息用于：\n\n- 提供日历管理服务\n- 发送事件提醒", "covered"),
        ("我们保存您使用的语言，以便以该语言发送邮件。", "covered"),
        ("我們保存您使用的語言，以便以該語言寄送郵件。", "covered"),
        ("我们不会将您的信息用于：\n\n- 广告", "missing"),
        ("## 2. 信息使用\n\n请仔细阅读本政策。", "missing"),
    ],
)
def test_zh_purposes_as_a_lead_in_or_after_yibian(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/purposes") == expected
    assert status(text, "us-ccpa/purposes") == expected


# --- recipients: Chinese word order, named services, advertisers, hypotheticals ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- **云端存储**：会员用户的数据通过Supabase安全存储", "covered"),
        ("我们使用以下第三方服务：\n\n- **Supabase**：数据库和认证服务\n- **Sentry**：崩溃报告", "covered"),
        ("我们会与广告合作伙伴共享您的设备信息。", "covered"),
        (
            "We do not share your data with third parties, except:\n\n- **Google** — receives standard OAuth flow data when you sign in",
            "covered",
        ),
        (
            "We may share your usage data and device IDs, advertising IDs or other persistent identifiers and "
            "non-precise geolocation information with our advertising partners.",
            "covered",
        ),
        ("In order to process credit card payments, we use the service of a secure third-party credit card processor.", "covered"),
        # near misses: a hypothetical recipient, a service not used, a service that receives nothing
        ("In the future, advertisers may receive your device ID.", "missing"),
        ("In the future, we may share your usage data with our advertising partners.", "missing"),
        ("Your usage data could in the future be shared with advertising partners.", "missing"),
        ("未来我们可能会与广告合作伙伴共享您的设备信息。", "missing"),
        ("今后可能会与广告合作伙伴共享您的设备信息。", "missing"),
        ("我们不使用以下第三方服务：Supabase。", "missing"),
        ("- **Google** — receives no data from the app", "missing"),
    ],
)
def test_recipients_named_without_a_nearby_verb_and_hypotheticals(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/recipients") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "in the future, advertisers may receive your device id.",
        "your usage data could in the future be shared with partners.",
        "今后可能会与合作伙伴共享您的信息。",
    ],
)
def test_a_future_recipient_is_speculation(sentence: str) -> None:
    assert refuses(sentence, denial=True)


@pytest.mark.parametrize(
    "sentence",
    ["advertisers receive your device id.", "we will notify you of future changes by e-mail.", "今后如有变更，我们会通知您。"],
)
def test_a_present_practice_is_not_speculation(sentence: str) -> None:
    assert not refuses(sentence, denial=True)


# --- a sign-in or platform provider as the source (Art. 14, CCPA sources) --------------------------


@pytest.mark.parametrize(
    ("text", "gdpr", "ccpa"),
    [
        ("When you sign in with Google, we receive your name and email address.", "covered", "covered"),
        (
            "- **Account Information**: When you sign in with Apple Sign In, we collect your Apple ID related information (such as email address)",
            "covered",
            "covered",
        ),
        (
            "### Account Data\n\n- **Email address** — from Google OAuth sign-in\n- **Display name** — from Google profile",
            "covered",
            "covered",
        ),
        ("We collect your name and avatar when you log in with Steam.", "covered", "covered"),
        (
            "If you connect through a third-party social network such as Facebook, we may collect your name from your profile on such third-party social networks.",
            "covered",
            "covered",
        ),
        ("当您使用微信登录时，我们会获取您的昵称和头像。", "covered", "covered"),
        ("Apple 可能会向我们提供崩溃报告和使用统计。", "covered", "covered"),
        # a sign-in option alone names no data received
        ("The app supports Google sign-in.", "not-applicable", "missing"),
        ("Sign in with Apple", "not-applicable", "missing"),
        ("本应用支持微信登录。", "not-applicable", "missing"),
        ("When you sign in with Google, we do not receive your contacts.", "not-applicable", "missing"),
    ],
)
def test_sign_in_provider_as_the_source(text: str, gdpr: str, ccpa: str) -> None:
    assert status(text, "eu-gdpr/source") == gdpr
    assert status(text, "us-ccpa/sources") == ccpa


def test_the_source_cites_the_sign_in_sentence() -> None:
    found = verdict("We store your notes.\n\nWhen you sign in with Google, we receive your name and email address.", "eu-gdpr/source")
    assert found.evidence is not None and found.evidence.line == 5


# --- deletion by e-mail, retention until the account is closed, template slots as a way in --------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("Email us at privacy@orbit.dev to have your data deleted.", "us-ccpa/right-to-delete", "covered"),
        ("Email us at privacy@orbit.dev to have your data deleted.", "us-ccpa/how-to-submit", "covered"),
        ("Email us at privacy@orbit.dev to have your data deleted.", "eu-gdpr/rights", "covered"),
        ("We keep your data until your account is closed.", "eu-gdpr/retention", "covered"),
        ("Your data is retained until the account is closed.", "eu-gdpr/retention", "covered"),
        ("- Account data is retained while your account is active", "eu-gdpr/retention", "covered"),
        # near misses: a mention of deletion, a retention heading with no criterion
        ("Email us at privacy@orbit.dev with any questions.", "us-ccpa/right-to-delete", "missing"),
        ("## Data Retention\n\nWe take retention seriously." + CONTACT_EN, "eu-gdpr/retention", "missing"),
    ],
)
def test_deletion_by_email_and_retention_until_the_account_closes(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## 您的权利\n\n行使上述权利，请发送邮件至 [privacy@orbit.cn](mailto:privacy@orbit.cn)。", "covered"),
        ("## 您的权利\n\n行使上述权利，请发送邮件至 [{email}](mailto:{email})。", "missing"),
        ("To exercise these rights, write to ${supportEmail}.", "missing"),
        ("To exercise these rights, write to privacy@orbit.dev.", "covered"),
    ],
)
def test_an_interpolation_slot_is_no_way_in(text: str, expected: str) -> None:
    assert status(text, "us-ccpa/how-to-submit") == expected


# --- withdrawal as a marketing opt-out; the right to know as a rights-list item ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We send newsletters. You may also opt out of receiving such materials at any time.", "covered"),
        ("You can opt out of marketing e-mails at any time.", "covered"),
        # an opt-out of a sale or of analytics is not a withdrawal of consent
        ("You can opt out of the sale of your personal information at any time.", "missing"),
        ("You can opt out of analytics communications at any time in Settings.", "missing"),
    ],
)
def test_marketing_opt_out_at_any_time_withdraws_consent(text: str, expected: str) -> None:
    assert status(text, "eu-gdpr/withdraw-consent") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "## Your Rights\n\nWe respect the following rights:\n\n- **Access** — Request a copy of your data\n- **Deletion** — Request deletion",
            "covered",
        ),
        ("## Security\n\n- **Access** — restricted to our staff", "missing"),
        ("## Your Rights\n\n- **Access** — we control access to your data with passwords", "missing"),
    ],
)
def test_access_as_a_rights_list_item_is_the_right_to_know(text: str, expected: str) -> None:
    assert status(text, "us-ccpa/right-to-know") == expected


# --- more GDPR items in Chinese: complaint to a 監管機關, a required field, retention until an event, a purpose after a comma


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("您有權向您居住地的監管機關提出申訴。", "eu-gdpr/complaint", "covered"),
        ("我們會配合監管機關的調查。", "eu-gdpr/complaint", "missing"),
        ("提供手机号码是注册所必需的。", "eu-gdpr/requirement", "covered"),
        ("为向您提供服务所必需，我们会收集您的昵称。", "eu-gdpr/requirement", "missing"),
        ("您的資料將保存至您刪除帳號為止。", "eu-gdpr/retention", "covered"),
        ("我们会保留您的信息，直到您撤回同意时。", "eu-gdpr/retention", "covered"),
        ("直到您同意为止，我们不会收集任何信息。", "eu-gdpr/retention", "missing"),
        ("我们收集您的 IP 地址，用于防止欺诈。", "eu-gdpr/purposes", "covered"),
        ("我們蒐集您的電子郵件，以便寄送收據。", "us-ccpa/purposes", "covered"),
        ("我们不会收集您的位置，用于广告。", "eu-gdpr/purposes", "missing"),
    ],
)
def test_zh_complaint_requirement_retention_and_purpose_variants(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("## 目录\n\n- [合法依据](#lawful-basis)\n- [国际传输](#transfers)\n- [您的权利](#rights)", "eu-gdpr/legal-basis"),
        ("## 目录\n\n- [合法依据](#lawful-basis)\n- [撤销同意](#consent)", "eu-gdpr/withdraw-consent"),
        ("## 合法利益\n\n## 标准合同条款\n\n## 数据保护机构", "eu-gdpr/complaint"),
        ("## Sign in with Google\n\n## Your data", "us-ccpa/sources"),
    ],
)
def test_a_toc_line_or_a_title_alone_discloses_nothing(text: str, item: str) -> None:
    assert status(text, item) == "missing"
