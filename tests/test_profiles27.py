"""Disclosure profiles, twenty-seventh session (u27v, issue #14): classes of a fresh set's first run.

The set is `eval/profiles27` (eight real policies annotated before any run; five read for the fixes, three held out).
Each class is tested both ways with invented sentences modelled on the real ones: what the changed clause reads and the
near miss it must leave alone (a false "covered" costs more than a miss), plus the real files as regression cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import one_item, paragraphs, parse_string, profile_status

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "eval" / "profiles27" / "docs"


# --- GB/T storage place: device or browser storage counts only when nothing leaves the device ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "所有数据仅保存在您的设备本地。",
        "我们的应用程序将所有数据保存在用户设备的本地存储器上，我们不会将用户的任何数据传输到我们的服务器或任何第三方服务。",
        "这些数据仅存储在您的设备上，不会上传到任何服务器。",
        "您的个人信息将存储在中华人民共和国境内。",
        "我们的服务器位于新加坡。",
        "我們會使用您所在國家/地區境外的伺服器來處理您的個人資訊。",  # corpora/google-privacy-cliqz
    ],
)
def test_a_territory_or_nothing_leaving_the_device_is_the_storage_place(sentence: str) -> None:
    """GB/T 35273-2020 §5.5 c) asks for the 数据出境情况 (Annex D: 「保存地域：…储存于中华人民共和国境内」): a territory, or a
    statement that nothing leaves the device at all, answers it."""
    assert profile_status(paragraphs("## 数据存储", sentence), "cn-gbt35273/cross-border") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "您在应用中创建的所有数据（包括文字、照片）默认存储在您的设备上。",  # eval/profiles27 memex-zh
        "- **配置信息**：存储在本地，直到用户卸载扩展或手动删除",  # xhsaitool-zh, a Chrome extension
        "用户配置：AI 服务配置信息（API 密钥等），存储在 Chrome 浏览器本地存储中。",
        "本地音乐资料（如歌曲文件、歌单、播放记录）仅保存在您的设备上，不会上传至我们的服务器。",  # misuzu-zh
        "所有应用设置和媒体信息都保存在设备沙盒内或由您掌控的服务器上。",
        "用户上传的配置文件仅存储在用户的本地浏览器中。",  # profiles26 clasher-zh
        "如您在境外旅行，请遵守当地法律。",
        "您可以在世界各地访问我们的服务器。",
    ],
)
def test_device_or_browser_storage_alone_is_no_storage_place(sentence: str) -> None:
    """The device is wherever its owner is: storage there, by default, for one kind of data, in the browser, or 'not
    uploaded to our servers' (third parties stay open) names no territory and says nothing about leaving the country."""
    assert profile_status(paragraphs("## 数据存储", sentence), "cn-gbt35273/cross-border") == "missing"


# --- recipients: data sent to a named kind of provider, a kind of processor used for a task ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "当您启用自动获取歌词或封面时，本应用会把歌曲的标题、艺人或专辑等元数据发送到所选第三方内容提供方。",
        "仅在您主动请求时，将内容发送至您配置的 AI 服务（OpenAI 或 Anthropic Claude）。",
        "可能会使用第三方服务来分析数据，但不会将您的个人信息出售或转交给广告商。",
    ],
)
def test_data_sent_to_a_kind_of_provider_is_sharing(sentence: str) -> None:
    assert profile_status(paragraphs("## 第三方服务", sentence), "cn-gbt35273/sharing") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "您可以将内容发送至您的好友。",
        "您的反馈将发送至我们的客服邮箱。",
        "如果您使用第三方服务登录，请阅读其条款。",
        "我们不会将您的个人信息出售给广告商。",  # a narrow promise, not the sharing rule
        "您可以自行使用第三方工具来分析您的数据。",  # the person's own tool
    ],
)
def test_sending_to_people_or_a_login_is_no_sharing(sentence: str) -> None:
    assert profile_status(paragraphs("## 数据", sentence), "cn-gbt35273/sharing") == "missing"


def test_service_providers_relied_on_are_recipients() -> None:
    text = paragraphs(
        "## Recipients of Data",
        "However, for the hosting and maintenance of our website, we rely on the use of service providers whom we "
        "obligate to comply with legal requirements.",
    )
    assert profile_status(text, "eu-gdpr/recipients") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not use any service providers.",
        "You may use third-party service providers of your choice.",
    ],
)
def test_no_processor_or_the_readers_own_is_no_recipient(sentence: str) -> None:
    assert profile_status(paragraphs("## Recipients", sentence), "eu-gdpr/recipients") == "missing"


# --- a right as a bare list item under a rights heading ---------------------------------------------------------------


def test_bare_rights_under_a_rights_heading() -> None:
    text = paragraphs(
        "## 用户权利",
        "### 您的控制权",
        "- **数据删除**：可随时删除存储的配置信息",
        "### 数据访问",
        "- 所有存储的数据都在您的本地设备上\n- 可通过 Chrome 扩展管理页面查看和管理",
    )
    assert profile_status(text, "cn-gbt35273/delete") == "covered"
    assert profile_status(text, "cn-gbt35273/access") == "covered"
    assert profile_status(text, "cn-pipl/rights") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        paragraphs("## 数据收集", "- 可通过 Chrome 扩展管理页面查看和管理", "- **数据删除**：可随时删除存储的配置信息"),
        paragraphs("## 用户权利", "- **管理员**：可删除违规内容和账号", "- 可能会删除您的数据"),
        paragraphs("## 您的权利", "- 可随时清除浏览器缓存"),
        paragraphs("## 您的权利", "- 可在本页面查看本政策的更新"),
    ],
)
def test_bare_items_elsewhere_or_of_another_party_grant_nothing(text: str) -> None:
    """Not outside a rights heading, not an administrator's power, not 可能, not the browser's cache, not the policy."""
    assert profile_status(text, "cn-gbt35273/delete") == "missing"
    assert profile_status(text, "cn-gbt35273/access") == "missing"
    assert profile_status(text, "cn-pipl/rights") == "missing"


def test_removing_all_local_data_is_deletion() -> None:
    text = paragraphs("## 您的选择", "您可以在应用设置中禁用网络检索功能、清除缓存或删除应用来移除全部本地数据。")
    assert profile_status(text, "cn-gbt35273/delete") == "covered"
    assert profile_status(text, "cn-gbt35273/withdraw-consent") == "covered"


def test_clearing_the_cache_alone_is_no_deletion_and_no_withdrawal() -> None:
    text = paragraphs("## 您的选择", "您可以在应用设置中清除缓存，或关闭深色模式功能。")
    assert profile_status(text, "cn-gbt35273/delete") == "missing"
    assert profile_status(text, "cn-gbt35273/withdraw-consent") == "missing"


# --- 敏感信息 that means a service's secrets ---------------------------------------------------------------------------


def test_secrets_called_sensitive_are_no_sensitive_data() -> None:
    text = paragraphs("## 数据安全", "- 所有敏感信息（如 API 密钥）使用 Chrome 安全存储 API")
    assert profile_status(text, "cn-gbt35273/sensitive-marked") == "not-applicable"
    assert profile_status(text, "cn-pipl/sensitive-necessity") == "not-applicable"
    assert profile_status(text, "cn-gbt35273/security") == "covered"


def test_sensitive_data_with_a_sensitive_example_still_applies() -> None:
    text = paragraphs("## 我们收集的信息", "我们会收集您的敏感信息（如身份证号码），用于实名认证。")
    assert profile_status(text, "cn-gbt35273/sensitive-marked") == "covered"
    assert profile_status(text, "cn-pipl/sensitive-necessity") == "missing"
    password = paragraphs("## 数据安全", "- 对存储的敏感个人信息（如密码）进行加密存储")  # GB/T Annex B: passwords are sensitive
    assert profile_status(password, "cn-gbt35273/sensitive-marked") == "covered"


def test_a_secure_storage_promise_without_a_measure_is_no_security() -> None:
    text = paragraphs("## 数据安全", "我们无法保证安全存储您的数据。")
    assert profile_status(text, "cn-gbt35273/security") == "missing"


# --- a copy, the requirement --------------------------------------------------------------------------------------------


def test_exported_data_a_permission_stores_is_no_copy_right() -> None:
    stored = paragraphs("## 设备权限", "- **存储/文件** — 用于在您的设备上存储本地数据库、媒体文件和导出数据。")
    assert profile_status(stored, "cn-gbt35273/copy") == "missing"
    export = paragraphs("## 您的权利", "您可以在设置中导出您的全部数据。")
    assert profile_status(export, "cn-gbt35273/copy") == "covered"
    kept = paragraphs("## 您的权利", "您可以将数据导出，并保存导出的文件。")
    assert profile_status(kept, "cn-gbt35273/copy") == "covered"


def test_a_voluntary_basis_is_the_requirement() -> None:
    text = paragraphs(
        "## Processing of Content Data",
        "If you use our contact form, the disclosure of this data by the user is on an expressly voluntary basis.",
    )
    assert profile_status(text, "eu-gdpr/requirement") == "covered"
    club = paragraphs("## Data", "The user is on a voluntary basis a member of the club.")
    assert profile_status(club, "eu-gdpr/requirement") == "missing"


# --- the set's own files ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "item", "status", "line"),
    [
        ("memex-zh/PRIVACY_POLICY_CN.md", "cn-gbt35273/cross-border", "missing", None),
        ("memex-zh/PRIVACY_POLICY_CN.md", "cn-gbt35273/copy", "missing", None),
        ("misuzu-zh/PRIVACY_POLICY.md", "cn-gbt35273/cross-border", "missing", None),
        ("misuzu-zh/PRIVACY_POLICY.md", "cn-gbt35273/sharing", "covered", 12),
        ("misuzu-zh/PRIVACY_POLICY.md", "cn-gbt35273/delete", "covered", 36),
        ("misuzu-zh/PRIVACY_POLICY.md", "cn-gbt35273/withdraw-consent", "covered", 36),
        ("xhsaitool-zh/PRIVACY_POLICY_CN.md", "cn-gbt35273/cross-border", "missing", None),
        ("xhsaitool-zh/PRIVACY_POLICY_CN.md", "cn-gbt35273/sharing", "covered", None),
        ("xhsaitool-zh/PRIVACY_POLICY_CN.md", "cn-gbt35273/access", "covered", 95),
        ("xhsaitool-zh/PRIVACY_POLICY_CN.md", "cn-gbt35273/delete", "covered", 89),
        ("xhsaitool-zh/PRIVACY_POLICY_CN.md", "cn-gbt35273/security", "covered", 60),
        ("xhsaitool-zh/PRIVACY_POLICY_CN.md", "cn-gbt35273/sensitive-marked", "not-applicable", None),
        ("xhsaitool-zh/PRIVACY_POLICY_CN.md", "cn-pipl/sensitive-necessity", "not-applicable", None),
        ("xhsaitool-zh/PRIVACY_POLICY_CN.md", "cn-pipl/rights", "covered", None),
        ("wedodev-en/privacy-policy.en.md", "eu-gdpr/recipients", "covered", 43),
        ("wedodev-en/privacy-policy.en.md", "eu-gdpr/requirement", "covered", 39),
    ],
)
def test_profiles27_regression(name: str, item: str, status: str, line: int | None) -> None:
    """The verdicts the classes above fixed on the set's own dev files (parsed as files, not under a title)."""
    from policylens.profiles.coverage import coverage

    path = SET / name
    (result,) = coverage(parse_string(path.read_text(encoding="utf-8"), suffix=path.suffix), [one_item(item)])
    (verdict,) = result.items
    assert verdict.status == status
    if line is not None:
        assert verdict.evidence is not None and verdict.evidence.line == line
