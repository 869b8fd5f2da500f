"""Disclosure profiles, the seventeenth session's classes of helper m17d (issue #14): both sides of each.

The lead named the classes in the abstract from a blind round's first run; every text below is our own, written for the
class (zh-Hans, Taiwan zh-Hant and English, as each item's profile reads them).

(1) a duty of the user (「您应遵守数据出境的相关法律法规」「用户自行负责…跨境传输的合规性」, "You are responsible for complying with
    laws on transferring data out of your country") is no transfer abroad: it neither makes PIPL Art. 39 (`cn-pipl/abroad-*`)
    or GDPR transfers apply nor covers `cn-gbt35273/cross-border` or `tw-pdpa/area`; the service's own transfer still does;
(2) anonymising data (「我们会对存储的 IP 地址进行匿名化处理」, "IP addresses are anonymised (the last octet removed)") is a method,
    not a retention period; a period in hours, and 「不会永久保存，数小时内删除」, are one;
(3) assigning the agreement, its rights and duties or the account is no 转让 of personal information;
(4) the governing law and the court are no area of use; the period of use as the time the person uses the service, to an end
    they choose, is a period;
(5) a heading element that holds a sentence of the policy (a label with its value, a rights sentence, the operator) is read as
    body text and cited at its line; a heading that only names the topic (「保留期限」「您的權利」) covers nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers import parse_string
from helpers import profile_status as status
from helpers import profile_verdict as verdict


def _cited(text: str, item: str) -> int:
    found = verdict(text, item)
    assert found.status == "covered", found.status
    return int(found.evidence.line)


# --- (1) a duty of the user is no transfer abroad -----------------------------------------------------------------------

_USER_DUTY_ZH = [
    "## 用户义务\n\n您应遵守数据出境的相关法律法规，不得利用本服务向境外传输违法数据。\n",
    "## 用户责任\n\n用户自行负责其上传数据跨境传输的合规性。\n",
    "## 使用规范\n\n您在使用本服务时应自行遵守有关数据跨境传输的法律法规要求。\n",
    "## 使用規範\n\n您應自行確保資料跨境傳輸符合當地法令。\n",
    "## 用户责任\n\n数据出境的合规性由用户自行负责。\n",
]


@pytest.mark.parametrize("text", _USER_DUTY_ZH)
@pytest.mark.parametrize("item", ["cn-pipl/abroad-recipient", "cn-pipl/abroad-purposes", "cn-pipl/abroad-categories"])
def test_a_duty_of_the_user_does_not_make_art39_apply(text: str, item: str) -> None:
    assert status(text, item) == "not-applicable"


@pytest.mark.parametrize("text", _USER_DUTY_ZH)
def test_a_duty_of_the_user_is_no_cross_border_statement(text: str) -> None:
    assert status(text, "cn-gbt35273/cross-border") == "missing"
    assert status(text, "tw-pdpa/area") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## Your obligations\n\nYou are responsible for complying with laws on transferring data out of your country.\n",
        "## Acceptable use\n\nYou must comply with all applicable export control and cross-border data transfer laws.\n",
        "## Acceptable use\n\nYou shall be solely responsible for compliance with export and import laws of your jurisdiction.\n",
    ],
)
def test_a_duty_of_the_user_does_not_make_gdpr_transfers_apply(text: str) -> None:
    assert status(text, "eu-gdpr/transfers") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "## 存储\n\n为向您提供同步服务，我们会将您的信息传输至境外服务器。\n",
        "## 存储\n\n您应知悉，我们会将您的账号信息传输至新加坡的服务器存储。\n",
        "## 存储\n\n您需要了解，您的个人信息将被传输至境外并在境外存储。\n",
    ],
)
def test_the_services_own_transfer_still_applies_and_covers(text: str) -> None:
    assert status(text, "cn-pipl/abroad-purposes") != "not-applicable"
    assert _cited(text, "cn-gbt35273/cross-border") == 5


@pytest.mark.parametrize(
    "text",
    [
        "## Storage\n\nYour data is stored on servers in the United States.\n",
        "## Storage\n\nYou are responsible for your account. We transfer your data to our servers in the United States.\n",
    ],
)
def test_the_services_own_transfer_makes_gdpr_transfers_apply(text: str) -> None:
    assert status(text, "eu-gdpr/transfers") == "missing"


# --- (2) anonymisation is no retention period -------------------------------------------------------------------------

_RETENTION_ZH = ["cn-pipl/retention", "cn-gbt35273/retention", "tw-pdpa/period"]


@pytest.mark.parametrize("item", _RETENTION_ZH)
@pytest.mark.parametrize(
    "text",
    [
        "## 日志\n\n我们会对存储的 IP 地址进行匿名化处理。\n",
        "## 日志\n\n我们在存储 IP 地址前，会删除其最后一段后进行匿名化。\n",
        "## 日志\n\n我们会对存储的 IP 地址进行匿名化处理，不会保存完整的 IP 地址。\n",
        "## 紀錄\n\n我們會將儲存的 IP 位址匿名化，不會保存完整位址。\n",
    ],
)
def test_anonymisation_is_no_retention_period(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## Analytics\n\nIP addresses are anonymised (the last octet removed).\n",
        "## Analytics\n\nIP addresses are anonymised (the last octet removed) as soon as they are received, before they are stored.\n",
        "## Analytics\n\nWe anonymise IP addresses by removing the last octet before storing them.\n",
    ],
)
def test_anonymisation_is_no_retention_period_en(text: str) -> None:
    assert status(text, "eu-gdpr/retention") == "missing"


@pytest.mark.parametrize("item", _RETENTION_ZH)
@pytest.mark.parametrize(
    "text",
    [
        "## 日志\n\n日志保存 30 天后删除。\n",
        "## 日志\n\n日志不会永久保存，数小时内删除。\n",
        "## 日志\n\n服务器日志保存 24 小时后自动删除。\n",
        "## 日志\n\nIP 地址匿名化后保存 30 天。\n",
        "## 紀錄\n\n連線紀錄保留 12 小時後即刪除。\n",
    ],
)
def test_a_period_still_covers(text: str, item: str) -> None:
    assert _cited(text, item) == 5


@pytest.mark.parametrize(
    "text",
    [
        "## Logs\n\nYour data is kept until you delete your account.\n",
        "## Logs\n\nLogs are kept for 48 hours and then deleted.\n",
        "## Logs\n\nServer logs are not stored permanently and are deleted within a few hours.\n",
        "## Logs\n\nUploaded files are stored for 30 minutes and then erased.\n",
        "## Logs\n\nIP addresses are anonymised after 7 days and the logs are kept for 14 days.\n",
    ],
)
def test_a_period_still_covers_en(text: str) -> None:
    assert _cited(text, "eu-gdpr/retention") == 5


# --- (3) the contract's rights are no transfer of personal information ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 协议\n\n未经我方同意，用户不得转让本协议项下的权利义务。\n",
        "## 协议\n\n您不得将本协议项下的权利义务转让给任何第三方。\n",
        "## 账号\n\n您的账号仅限本人使用，不得转让、出借或出售。\n",
        "## 協議\n\n本協議之權利義務，非經本公司書面同意，不得轉讓。\n",
    ],
)
def test_assigning_the_contract_is_no_transfer(text: str) -> None:
    assert status(text, "cn-gbt35273/transfer") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 转让\n\n如发生合并、收购或破产清算，涉及个人信息转让的，我们会要求新的持有者继续受本政策约束。\n",
        "## 转让\n\n我们不会将您的个人信息转让给任何公司、组织和个人，但获得您的明确同意的除外。\n",
    ],
)
def test_a_transfer_of_personal_information_still_covers(text: str) -> None:
    assert _cited(text, "cn-gbt35273/transfer") == 5


# --- (4) Taiwan: the governing law is no area; the period of use to an end the person chooses -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 準據法\n\n本政策以中華民國法律為準據法，以臺灣臺北地方法院為管轄法院。\n",
        "## 準據法\n\n本政策以中華民國法律為準據法，如有爭議，雙方同意提交至臺灣臺北地方法院處理。\n",
        "## 管轄\n\n凡因使用本服務所生之爭議，均以在台灣之臺北地方法院為第一審管轄法院。\n",
        "## 管轄\n\n凡因本政策所生之糾紛，應於台灣進行仲裁。\n",
    ],
)
def test_the_governing_law_is_no_area(text: str) -> None:
    assert status(text, "tw-pdpa/area") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 資料\n\n您的資料儲存於臺灣之伺服器。\n",
        "## 資料\n\n您的個人資料將於台灣地區內利用；如有爭議，以臺北地方法院為管轄法院。\n",
    ],
)
def test_a_place_of_use_still_covers(text: str) -> None:
    assert _cited(text, "tw-pdpa/area") == 5


@pytest.mark.parametrize(
    "text",
    [
        "## 期間\n\n於您持續使用本服務期間，本公司將持續利用您的個人資料，直至您停止使用或要求刪除為止。\n",
        "## 利用期間\n\n於您持續使用本服務期間，直至您停止使用或要求刪除為止。\n",
        "## 資料利用\n\n本公司於您持續使用本服務期間蒐集及利用您的個人資料，直至您停止使用本服務或要求刪除為止。\n",
        "## 期間\n\n在您使用本服務期間，我們會利用您的資料，直到您撤回同意時。\n",
    ],
)
def test_the_period_of_use_to_an_end_is_a_period(text: str) -> None:
    assert _cited(text, "tw-pdpa/period") == 5


@pytest.mark.parametrize(
    "text",
    [
        "## 使用規範\n\n您在使用本服務期間，應遵守相關法令。\n",
        "## 使用規範\n\n在您使用本服務期間，如有任何問題，請聯絡客服。\n",
    ],
)
def test_the_period_of_use_alone_is_no_period(text: str) -> None:
    assert status(text, "tw-pdpa/period") == "missing"


# --- (5) a sentence in a heading element is body text -----------------------------------------------------------------


def _html_verdict(body: str, item: str) -> Any:
    from policylens.profiles import resolve
    from policylens.profiles.coverage import coverage

    doc = parse_string(f"<html><body>\n{body}\n</body></html>\n", suffix=".html")
    (result,) = coverage(doc, resolve([item.split("/", 1)[0]]))
    (found,) = [v for v in result.items if v.item.id == item]
    return found


@pytest.mark.parametrize(
    ("body", "item"),
    [
        ("<h1>隱私權政策</h1>\n<h3>保存期限：帳號存續期間及刪除後 30 日</h3>\n<p>我們重視您的隱私。</p>", "tw-pdpa/period"),
        ("<h1>隐私政策</h1>\n<h4>保存期限：自您注册起至注销账号后 15 日</h4>\n<p>我们重视您的隐私。</p>", "cn-pipl/retention"),
        (
            "<h1>隱私權政策</h1>\n<h3>您可隨時來信 privacy@example.tw 請求查閱、更正或刪除您的個人資料。</h3>\n<p>我們重視您的隱私。</p>",
            "tw-pdpa/rights",
        ),
        (
            "<h1>隐私政策</h1>\n<h2>本服务由上海示例网络科技有限公司提供，联系邮箱 privacy@example.cn。</h2>\n<p>我们重视您的隐私。</p>",
            "cn-pipl/processor",
        ),
        ("<h1>Privacy</h1>\n<h2>We keep your account data until you delete your account.</h2>\n<p>Thank you.</p>", "eu-gdpr/retention"),
        (
            "<h1>隐私政策</h1>\n<h3>如您拒绝提供手机号码，将无法注册账号，但不影响浏览功能的使用。</h3>\n<p>我们重视您的隐私。</p>",
            "cn-gbt35273/effect-of-not-providing",
        ),
    ],
)
def test_a_sentence_in_a_heading_is_read_and_cited(body: str, item: str) -> None:
    found = _html_verdict(body, item)
    assert found.status == "covered", found.status
    assert found.evidence.line == 3


@pytest.mark.parametrize(
    ("body", "item"),
    [
        ("<h1>隱私權政策</h1>\n<h3>保留期限</h3>\n<p>我們會妥善保管您的資料。</p>", "tw-pdpa/period"),
        ("<h1>隱私權政策</h1>\n<h3>您的權利</h3>\n<p>我們重視您的隱私。</p>", "tw-pdpa/rights"),
        ("<h1>Privacy</h1>\n<h2>Data retention</h2>\n<p>Thank you.</p>", "eu-gdpr/retention"),
        ("<h1>隐私政策</h1>\n<h2>我们如何保存您的个人信息？</h2>\n<p>我们重视您的隐私。</p>", "cn-pipl/retention"),
        ("<h1>隐私政策</h1>\n<h2>第五条：保存期限</h2>\n<p>我们重视您的隐私。</p>", "cn-pipl/retention"),
        ("<h1>Privacy</h1>\n<h2>Article 5: Retention period</h2>\n<p>Thank you.</p>", "eu-gdpr/retention"),
    ],
)
def test_a_heading_that_names_the_topic_covers_nothing(body: str, item: str) -> None:
    assert _html_verdict(body, item).status == "missing"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("## 注销\n\n在完成帳戶註銷後，我們將刪除或匿名化處理您的個人資料。\n", "tw-pdpa/period"),
        ("## 注销\n\n在您注销账户后，我们将删除或匿名化处理您的个人信息。\n", "cn-pipl/retention"),
        ("## Account\n\nWhen you close your account, your data is deleted or anonymised.\n", "eu-gdpr/retention"),
    ],
)
def test_deletion_or_anonymisation_after_an_event_still_covers(text: str, item: str) -> None:
    assert _cited(text, item) == 5
