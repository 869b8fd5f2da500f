"""Disclosure profiles, round 7: the Chinese profiles and the engine's refusal filter (issue #14).

The blind rounds showed false "missing" on plainly written Chinese policies (the controller
named without a company word, recipients named without a sharing verb, rights offered as a
service, analytics as a method, retention as a label's event) and some false "covered" where a
refusal or a speculation was read as a disclosure. Each class is written here as short texts of
our own, on both sides: the sentence that covers the item, and the near miss that must stay
missing (a mention, a title alone, a table-of-contents line, a template slot, a refusal). The
real documents that showed them are dev data in eval/profiles (t14-kongying-zh, t14-excerpts-zh,
t14-tfa104-tw, t14-futa-tw).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict
from policylens.errors import UserError
from policylens.profiles import load_profile, resolve
from policylens.profiles.coverage import refuses

# --- the engine's refusal / speculation filter --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "未来可能会加入删除账号的功能。",
        "若未来需与第三方分享资料，会事先取得您的同意。",
        "注销功能即将推出。",
        "后续版本将支持导出数据。",
        "We may, in the future, let you export your data.",
        "Account deletion is coming soon.",
        "If we ever add accounts, you will be able to delete them.",
    ],
)
def test_a_speculation_is_filtered_even_where_a_denial_covers(sentence: str) -> None:
    assert refuses(sentence.lower(), denial=False)
    assert refuses(sentence.lower(), denial=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "本应用暂不支持注销账号。",
        "很抱歉，我们无法做到删除单条记录。",
        "没有可供删除的服务器数据。",
        "我们没有任何服务器数据。",
        "您无需提出访问、更改或删除数据的请求。",
        "目前尚未提供数据导出。",
        "no server-side data to request deletion of.",
        "account deletion is not currently supported.",
        "we do not have any data to delete.",
        "there is no personal data to export.",
    ],
)
def test_a_refusal_is_filtered_unless_a_denial_covers_the_item(sentence: str) -> None:
    assert refuses(sentence, denial=False)
    assert not refuses(sentence, denial=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "您可以在设置中注销账号。",
        "如不提供手机号码，您将无法使用登录功能。",
        "我们不会与任何第三方共享您的个人信息。",
        "you can delete your account in settings.",
        "we do not sell your personal information.",
        "this policy is effective as of 2024-01-01 and applies to any changes in the future.",
        "如果今后您不想继续使用，可以注销账号。",
    ],
)
def test_a_grant_a_consequence_or_a_plain_denial_is_not_filtered(sentence: str) -> None:
    assert not refuses(sentence, denial=False)


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        # a refusal is no right, on every profile
        ("本应用暂不支持注销账号。", "cn-gbt35273/close-account", "missing"),
        ("您可以在「设置」中注销账号。", "cn-gbt35273/close-account", "covered"),
        ("没有可供删除的服务器数据，您可以直接卸载应用。", "cn-gbt35273/delete", "missing"),
        ("您可以在「设置」中删除全部数据。", "cn-gbt35273/delete", "covered"),
        ("您无需提出访问、更改或删除数据的请求。", "tw-pdpa/rights", "missing"),
        ("No server-side data to request deletion of.", "us-ccpa/right-to-delete", "missing"),
        ("Account deletion is not currently supported.", "eu-gdpr/rights", "missing"),
        # a speculation is no disclosure
        ("未来可能会加入删除账号的功能。", "cn-gbt35273/close-account", "missing"),
        ("若未來需與第三方（例如 AI 服務供應商）分享資料，會事先取得您的同意。", "tw-pdpa/recipients", "missing"),
        # where a denial covers the item, the refusal filter lets it through
        ("我们不与任何第三方共享您的个人信息，暂不支持第三方登录。", "cn-gbt35273/sharing", "covered"),
        ("We do not currently sell your personal information.", "us-ccpa/sold-or-shared", "covered"),
    ],
)
def test_refusal_filter_on_profiles(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


def test_a_speculation_still_triggers_a_conditional_item() -> None:
    """`when` and `unless` read every sentence: the filter only keeps a sentence from covering."""
    # 「本服务不面向 13 岁以下儿童」 rules Art. 31 out; it is no disclosure for minors either
    assert status("本服务不面向 13 岁以下儿童。", "cn-pipl/minors") == "not-applicable"


def test_the_denial_key_must_be_a_boolean(tmp_path: Path) -> None:
    builtin = Path(resolve(["tw-pdpa"])[0].path).read_text(encoding="utf-8")
    bad = builtin.replace("denial = true", 'denial = "yes"', 1)
    path = tmp_path / "tw-pdpa.toml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(UserError, match="denial"):
        load_profile(path)


def test_denial_items_are_the_ones_whose_rule_says_a_denial_covers() -> None:
    marked = {item.id for p in resolve(["cn-pipl", "cn-gbt35273", "tw-pdpa", "eu-gdpr", "us-ccpa"]) for item in p.items if item.denial}
    assert {"cn-gbt35273/sharing", "tw-pdpa/recipients", "us-ccpa/sold-or-shared", "eu-gdpr/recipients"} <= marked
    assert not marked & {"cn-gbt35273/delete", "cn-gbt35273/close-account", "cn-pipl/rights", "tw-pdpa/rights", "us-ccpa/right-to-delete"}


# --- the controller named without a company word ----------------------------------------------

_ORG = "歡迎光臨財團法人台灣數位文化中心網站。本中心為保護您的隱私，依個資法蒐集您的個人資料。聯絡信箱 svc@tdcc.org.tw。"
_BRAND = "UPICK 將藉由加入會員之過程蒐集您的姓名與電話，本公司並將妥善保管。"


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("本应用由个人开发者 Alex Chen 独立开发并运营。如有问题请联系 alex@gmail.com。", "cn-pipl/processor", "covered"),
        ("本应用由个人开发者 Alex Chen 独立开发并运营。如有问题请联系 alex@gmail.com。", "cn-gbt35273/identity-contact", "covered"),
        (_ORG, "tw-pdpa/agency", "covered"),
        ("欢迎访问中华数字文化协会网站。本会重视您的隐私，如何收集您的信息见下文。联系邮箱 a@b.org。", "cn-pipl/processor", "covered"),
        (_BRAND, "tw-pdpa/agency", "covered"),
        ("本政策說明 CaloLite（下稱「本服務」）如何蒐集、使用及刪除資料。", "tw-pdpa/agency", "covered"),
        ("本政策說明 Google 如何蒐集您的瀏覽資料。", "tw-pdpa/agency", "missing"),
        ("本政策說明本服務如何蒐集、使用及刪除資料。", "tw-pdpa/agency", "missing"),
        ("狗物網將藉由加入會員之過程蒐集您的姓名與電話。", "tw-pdpa/agency", "covered"),
        ("本網將藉由加入會員之過程蒐集您的姓名。", "tw-pdpa/agency", "missing"),
        ("第三方購物網將透過 Cookie 蒐集您的瀏覽資料。", "tw-pdpa/agency", "missing"),
        ("Mozilla 会收集某些数据，以提供浏览器的功能。联系我们：privacy@mozilla.com", "cn-gbt35273/identity-contact", "covered"),
        # near misses: the site alone, an organisation mentioned but never speaking as itself, a product
        # whose data goes to "us", a third party as the collector, a template brand
        ("本網站由財團法人數位文化基金會建置維護，聯絡信箱 a@b.org.tw。", "tw-pdpa/agency", "covered"),
        ("本网站由数字文化基金会主办，联系邮箱 a@b.org。", "cn-pipl/processor", "covered"),
        ("本网站内容由数字文化基金会提供，联系邮箱 a@b.org。", "cn-pipl/processor", "missing"),
        ("本中心網站提供各項資訊。", "tw-pdpa/agency", "missing"),
        ("本網站連結至財團法人消費者文教基金會的網站。", "tw-pdpa/agency", "missing"),
        ("Firefox 將資料傳送給我們的時候，我們也會暫時收集您的 IP 地址。", "tw-pdpa/agency", "missing"),
        ("Google 將透過 Cookie 收集您的瀏覽資料。", "tw-pdpa/agency", "missing"),
        ("[App Name] 將透過註冊過程收集您的電子郵件。", "tw-pdpa/agency", "missing"),
        ("本网站重视您的隐私。如有问题请联系 a@gmail.com。", "cn-pipl/processor", "missing"),
    ],
)
def test_controller_named_without_a_company_word(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- recipients without a sharing verb -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("除司法單位或相關機關依法要求外，您的個人資料不會提供給他人。", "tw-pdpa/recipients", "covered"),
        ("除司法机关或有关部门依法要求外，我们不会将您的信息提供给他人。", "cn-gbt35273/sharing", "covered"),
        ("您的位置信息会发送至 Google 地图 API 以显示附近的地点。", "cn-gbt35273/sharing", "covered"),
        ("您的位置信息会发送至 Google 地图 API 以显示附近的地点。", "tw-pdpa/recipients", "covered"),
        ("登录后的相关数据均由 Gitee 提供并存储于 Gitee 服务器中。", "cn-gbt35273/sharing", "covered"),
        ("我们不会与任何人分享您的数据。", "cn-gbt35273/sharing", "covered"),
        ("我們不會與任何第三方分享您的資料。", "tw-pdpa/recipients", "covered"),
        ("本網站絕不會提供、交換、出租或出售任何您的個人資料給其他個人、團體、私人企業或公務機關。", "tw-pdpa/recipients", "covered"),
        # near misses: the user's own duty, a library or the device, a title alone, a hypothetical
        ("請妥善保管您的密碼，不要將上述資料提供給任何人。", "cn-gbt35273/sharing", "missing"),
        ("請妥善保管您的密碼，不要將上述資料提供給任何人。", "tw-pdpa/recipients", "missing"),
        ("您的笔记存储在 SQLite 数据库中。", "cn-gbt35273/sharing", "missing"),
        ("您的数据保存在 App 的本地目录。", "cn-gbt35273/sharing", "missing"),
        ("## 与第三方分享\n\n本节说明相关内容。", "cn-gbt35273/sharing", "missing"),
        ("未来可能会将数据同步至 Google 云端服务。", "cn-gbt35273/sharing", "missing"),
        ("本站使用百度统计和 Google Analytics 分析访问情况。", "cn-gbt35273/sharing", "covered"),
        ("本站不使用百度统计或 Google Analytics 分析访问情况。", "cn-gbt35273/sharing", "missing"),
    ],
)
def test_recipients_without_a_sharing_verb(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- rights offered as a service, withdrawal as stopping and uninstalling -----------------------

_OFFER = "如需删除剩余邮件，请发邮件至 a@qq.com，我们将在 7 个工作日内处理。"


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        (_OFFER, "cn-gbt35273/delete", "covered"),
        (_OFFER, "cn-pipl/rights", "covered"),
        ("若您欲刪除帳號，請寄信至 a@gmail.com，我們將於 3 日內處理。", "tw-pdpa/rights", "covered"),
        ("若您有任何疑問，請寄信至 a@gmail.com，我們將於 3 日內回覆。", "tw-pdpa/rights", "missing"),
        ("## 撤回同意\n\n您可以随时停止使用并卸载本应用。", "cn-gbt35273/withdraw-consent", "covered"),
        ("您可以随时卸载本应用以停止收集并清除全部数据。", "cn-gbt35273/withdraw-consent", "covered"),
        # near misses: a question channel with a reply time, uninstalling without a withdrawal title,
        # the title alone, a refusal
        ("如有疑问，请发邮件至 a@qq.com，我们将在 7 个工作日内回复。", "cn-gbt35273/delete", "missing"),
        ("您可以随时卸载本应用。", "cn-gbt35273/withdraw-consent", "missing"),
        ("## 撤回同意\n\n本节说明撤回同意的相关事项。", "cn-gbt35273/withdraw-consent", "missing"),
        ("## 撤回同意\n\n本应用暂不支持撤回同意，您可以停止使用。", "cn-gbt35273/withdraw-consent", "missing"),
        ("如需注销账号，请发送邮件至 a@qq.com，我们会在 15 个工作日内完成注销。", "cn-gbt35273/close-account", "covered"),
        ("暂时无法提供账号注销功能，如有疑问请发送邮件至 a@qq.com。", "cn-gbt35273/close-account", "missing"),
        ("如需注销账号相关的帮助，请查看常见问题。", "cn-gbt35273/close-account", "missing"),
    ],
)
def test_rights_as_an_offer(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- methods: analytics services, cookies, security handling under PIPL -------------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("我们通过 Google Analytics 收集您的访问数据。", "cn-pipl/methods", "covered"),
        ("我们通过 Google Analytics 收集您的访问数据。", "cn-gbt35273/methods", "covered"),
        ("我们使用第一方和第三方 Cookie 记录您的浏览行为。", "cn-gbt35273/methods", "covered"),
        ("我们使用第一方和第三方 Cookie 记录您的浏览行为。", "cn-pipl/methods", "covered"),
        ("我们采用加密和访问控制保护您的数据。", "cn-pipl/methods", "covered"),
        ("我们的网站通过使用 Microsoft Clarity 来改进我们的产品和服务。", "cn-pipl/purposes", "covered"),
        # near misses: a denial of analytics, a usage-data label, a URL's scheme as security, advice
        ("本应用不使用 Google Analytics 或任何统计服务。", "cn-pipl/methods", "missing"),
        ("- 使用数据：匿名化处理，无法追溯到具体个人", "cn-pipl/methods", "missing"),
        ("如有疑问请访问 https://github.com/example/app/issues 联系我们。", "cn-gbt35273/security", "missing"),
        ("我们建议您使用 HTTPS 访问本网站。", "cn-gbt35273/security", "missing"),
    ],
)
def test_methods_analytics_cookies_security(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- functions → data, retention as a label's event ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("语音转写功能会录制您的录音并上传转写。", "cn-gbt35273/functions", "covered"),
        ("使用语音转写时，我们会收集您的录音。", "cn-gbt35273/functions", "covered"),
        ("保存期限：至帳號刪除為止。", "tw-pdpa/period", "covered"),
        ("保存期限：至账号删除为止。", "cn-pipl/retention", "covered"),
        ("保存期限：至账号删除为止。", "cn-gbt35273/retention", "covered"),
        ("数据保存在本地，卸载即删除。", "cn-pipl/retention", "covered"),
        ("保存期限：直到您卸载本应用。", "cn-pipl/retention", "covered"),
        ("您的資料將保存至您刪除帳號為止。", "tw-pdpa/period", "covered"),
        ("您的数据将保存至您注销账号为止。", "cn-pipl/retention", "covered"),
        ("您的数据保存至服务器时会被加密。", "cn-pipl/retention", "missing"),
        # near misses: a generic "basic function", a negated recording, an empty label, a label with no event
        ("我们的网站可能会出于基本功能需要使用 Cookie。", "cn-gbt35273/functions", "missing"),
        ("语音转写功能不会录制或上传您的录音。", "cn-gbt35273/functions", "missing"),
        ("保存期限：", "cn-pipl/retention", "missing"),
        ("保存期限：请参阅相关法规。", "tw-pdpa/period", "missing"),
    ],
)
def test_functions_and_retention_labels(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


# --- false "covered" removed: refusals, absences, a reserved right, an intro --------------------


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("没有可供删除的服务器数据。", "cn-gbt35273/delete", "missing"),
        ("本应用暂不支持导出数据副本。", "cn-gbt35273/copy", "missing"),
        ("您可以在设置中导出数据副本。", "cn-gbt35273/copy", "covered"),
        ("本服务不面向 13 岁以下儿童。", "cn-pipl/minors", "not-applicable"),
        ("本網站如何蒐集、利用及保護您所提供的個人資料，請詳閱下列內容。", "tw-pdpa/area", "missing"),
        ("在法律許可的範圍內，本網站保留其修改、增加或刪除部份有關此政策之權利，修改部份將刊登於本網站。", "tw-pdpa/rights", "missing"),
        # the other side: a right with a way is still a right
        ("您可以隨時要求查詢、更正或刪除您的個人資料，請來信 chen@gmail.com。", "tw-pdpa/rights", "covered"),
    ],
)
def test_refusals_and_absences_are_no_disclosure(text: str, item: str, expected: str) -> None:
    assert status(text, item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本平台得蒐集會員之IP位置、交易記錄等資料，本平台將使用於金融交易授權、市場分析及相關業務之開發。", "covered"),
        # the reasons for handing data to courts are about recipients; a denial of other uses states no purpose
        ("為維護本服務相關設備的正常運作與安全，本平台得提供會員個人資料予法院、行政機關。", "missing"),
        ("您的資料不會使用於行銷分析。", "missing"),
        ("这些资料仅用于回复咨询及排查问题，不用于广告。", "covered"),
    ],
)
def test_taiwan_purposes_used_for_and_disclosure_reasons(text: str, expected: str) -> None:
    assert status(text, "tw-pdpa/purposes") == expected


def test_sharing_is_cited_at_the_statement_not_the_hypothetical() -> None:
    text = "若未來需與第三方分享資料，會事先取得同意。目前我們不會將使用者的資料分享給第三方。"
    found = verdict(text, "cn-gbt35273/sharing")
    assert found.status == "covered"
    assert found.evidence is not None and "目前" in found.evidence.text and "若未來" not in found.evidence.text
