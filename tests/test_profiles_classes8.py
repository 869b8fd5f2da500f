"""Disclosure profiles, round 8: generic shapes of plainly written Chinese policies (issue #14).

The blind rounds showed covered recall near 57%: classes fixed before were too narrow. Each
class here is written as short texts of our own, on both sides: the sentence that covers the
item, and the near miss that must stay missing (a mention, a title alone, a template slot, a
refusal, a hypothetical). The real documents that showed them are the round-8 dev data in
eval/profiles (u8-*).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

CONTACT = "\n\n如有问题，请发送邮件至 dev@foo.cn。"
IDENTITY = ("cn-pipl/processor", "cn-gbt35273/identity-contact", "tw-pdpa/agency")

# --- the controller defined as 我们 -------------------------------------------------------------


@pytest.mark.parametrize("item", IDENTITY)
@pytest.mark.parametrize(
    "text",
    [
        "张三工作室（以下简称“我们”）深知个人信息对您的重要性。",
        "拾光工作室（“我们”）尊重您的隐私。",
        "本应用由 李四 提供（以下称“我们”）。",
        "Wii U Hacks Guide（“公司”或“我们的”）会保护你的个人隐私。",
        "ReelFlow（以下简称“我们”）是一款本地优先的应用。",
        "本隐私政策适用于 LastSeenWise 移动应用程序（以下简称“我们”）。",
        "雲端書院（下稱「本平台」）重視您的隱私。",
        "**开发者**: Xingyu Chen (陈星宇)",
        "**公司名称**: 鑫源（杭州）信息科技有限公司",
    ],
)
def test_a_name_defined_as_the_collector_names_it(text: str, item: str) -> None:
    found = verdict(text + CONTACT, item)
    assert found.status == "covered" and found.evidence.line == 3


@pytest.mark.parametrize("item", IDENTITY)
@pytest.mark.parametrize(
    "text",
    [
        "养老小程序（以下简称“本平台”）非常重视用户隐私保护。",  # an app described by a common noun
        # (eighteenth session, m18a) an app's own name defined as 我们 and as 本小程序 names no operator: the blind sets'
        # annotators read it as the app defining itself (tests/test_profiles_classes18a.py)
        "“习惯打卡”小程序（以下简称“我们”或“本小程序”）非常重视用户隐私。",
        "本产品（以下简称“我们”）重视您的隐私。",
        "欢迎使用本软件（以下简称“我们”）。",
        # 「Tetris Runes（以下简称「本應用」）」: the app named by its own name, see test_profiles_classes_v14.py (tw-pdpa takes it)
        "本政策仅适用于本公司（以下简称「我们」）的产品。",  # no name at all
        "Connect-and-Help（“我們”或“我們的”），由[公司名稱]營運。",  # the operator is a slot
        "**开发者**: [待填写]",
        "**开发者**: ",
        "我们（以下简称“我们”）重视隐私。",
        "本应用的开发者（下称“我方”）非常重视您的隐私。",  # a role, no name
        "开发者（以下简称“我们”）重视您的隐私。",
    ],
)
def test_an_app_noun_an_alias_of_the_service_or_a_slot_names_nobody(text: str, item: str) -> None:
    assert status(text + CONTACT, item) == "missing"


@pytest.mark.parametrize("item", IDENTITY[:2])
def test_the_name_needs_a_contact_under_pipl_and_gbt(item: str) -> None:
    assert status("张三工作室（以下简称“我们”）深知个人信息对您的重要性。", item) == "missing"


def test_a_company_label_is_cited_before_a_brand_defined_as_we() -> None:
    text = "青禾计划（以下简称“我们”）重视您的隐私。\n\n运营者：杭州某某信息技术有限公司" + CONTACT
    assert verdict(text, "cn-pipl/processor").evidence.line == 5


# --- retention until the account is closed, the app removed, or the data no longer needed ---------

RETENTION = ("cn-pipl/retention", "cn-gbt35273/retention", "tw-pdpa/period")


@pytest.mark.parametrize("item", RETENTION)
@pytest.mark.parametrize(
    "text",
    [
        "在您注销账号前我们将保存您的账号信息。",
        "账号信息：在您注销账号前持续保存。",
        "您的数据将一直保存，直至您删除账号。",
        "帐号注销后删除您的全部数据。",
        "遊戲進度資料：永久保存於裝置，直到您解除安裝應用程式。",
        "當您的個人資料不再需要使用時，本賣場會將您的資料移除。",
    ],
)
def test_retention_until_an_event_is_a_criterion(text: str, item: str) -> None:
    assert status(text, item) == "covered"


@pytest.mark.parametrize("item", RETENTION)
@pytest.mark.parametrize(
    "text",
    [
        "您可以注销账号。",
        "注销账号前，我们将验证您的身份。",
        "您可以在账号注销后删除您的数据。",  # the user's action
        "如您不再需要本应用，请删除应用。",
        "本隱私政策範本遵循 App Store 和 Google Play 的最新指南（2025 年 1 月）。",  # App Store is no storing
    ],
)
def test_an_account_action_or_a_store_name_is_no_retention(text: str, item: str) -> None:
    assert status(text, item) == "missing"


# --- the source as a sign-in or platform provider -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "当您使用微信登录时，我们会获取您的微信昵称、头像等公开信息。",
        "當您使用 Google 帳號登入時，我們會取得您的暱稱與頭像。",
        "您可以使用 Apple 登录，我们会收到 Apple 提供的匿名标识和邮箱。",
        "通过 Steam 游玩时，我们会获得您的 Steam ID 和昵称。",
    ],
)
def test_data_received_from_a_sign_in_provider_is_a_source(text: str) -> None:
    found = verdict(text, "tw-pdpa/source")
    assert found.status == "covered" and found.trigger is not None


@pytest.mark.parametrize(
    "text",
    [
        "本应用支持微信登录。",  # no data received
        "当您使用微信登录时，我们不会获取您的昵称。",
        "您可以使用 Apple 登录。",
    ],
)
def test_a_mere_sign_in_option_is_no_source(text: str) -> None:
    assert status(text, "tw-pdpa/source") == "not-applicable"


# --- deletion asked for by e-mail, and requests the operator says it handles ---------------------


@pytest.mark.parametrize("item", ("cn-gbt35273/delete", "cn-pipl/rights", "tw-pdpa/rights"))
@pytest.mark.parametrize(
    "text",
    [
        "如需删除您的数据，请发送邮件至 dev@foo.cn。",
        "如需删除数据，请联系 dev@foo.cn，我们将在 7 个工作日内处理。",
        "如果您想删除账号数据，可发邮件到 dev@foo.cn 申请。",
        "如需刪除您的資料，請寄信至 dev@foo.tw。",
    ],
)
def test_deletion_asked_for_by_email_grants_the_right_and_the_way(text: str, item: str) -> None:
    assert status(text, item) == "covered"


@pytest.mark.parametrize("item", ("cn-gbt35273/delete", "cn-pipl/rights", "tw-pdpa/rights"))
@pytest.mark.parametrize(
    "text",
    [
        "如需查看详细信息，请联系 dev@foo.cn。",
        "如需删除，请联系我们。",  # no way in
        "如需删除您的数据，请发送邮件至 privacy@example.com。",  # a template address
        "未来可能支持通过邮件删除数据。",
    ],
)
def test_a_pointer_without_a_way_or_a_template_address_grants_nothing(text: str, item: str) -> None:
    assert status(text, item) == "missing"


def test_a_request_the_operator_handles_is_a_right_with_its_way() -> None:
    text = "在收到提出個人資料的確認、修正、停止使用、刪除等要求時，確認為本人後，將迅速予以對應。相關諮詢請透過 service@shop.tw 聯絡我們。"
    assert status(text, "tw-pdpa/rights") == "covered"
    assert status("收到您的要求時，我們將盡快處理。", "tw-pdpa/rights") == "missing"


# --- a table of contents at the level of the policy's sections -----------------------------------


def test_sections_under_a_table_of_contents_heading_are_read() -> None:
    text = "## 目录\n\n[1. 您的权利](#rights)\n\n### 1. 您的权利\n\n如果我们依靠您的同意来处理您的个人信息，则您有权随时撤回您的同意。"
    found = verdict(text, "cn-gbt35273/withdraw-consent")
    assert found.status == "covered" and found.evidence.line == 9


def test_the_table_of_contents_itself_is_still_skipped() -> None:
    assert status("## 目录\n\n- 您有权随时撤回您的同意", "cn-gbt35273/withdraw-consent") == "missing"


# --- a regulator alone is not the controller's complaint channel (round 4, kept) -------------------


@pytest.mark.parametrize(
    "text",
    [
        "如果您认为我们侵犯了您的个人信息，则您有权向当地的数据保护监督机构提出申诉。",
        "您可以向网信部门投诉。",
        "您可以向人民法院提起诉讼。",
        "如有疑问请联系我们。",
    ],
)
def test_a_regulator_litigation_or_a_question_is_no_complaint_channel(text: str) -> None:
    assert status(text, "cn-gbt35273/complaint") == "missing"


def test_a_complaint_to_the_operator_is_a_channel() -> None:
    assert status("如您对本政策有任何投诉，请发送邮件至 dev@foo.cn。", "cn-gbt35273/complaint") == "covered"


# --- sharing denied for any data, without a recipient ---------------------------------------------


def test_sharing_denied_for_any_data_states_the_sharing() -> None:
    assert status("我们不收集、访问或分享您的任何个人数据。", "cn-gbt35273/sharing") == "covered"
    assert status("请不要分享您的任何个人信息。", "cn-gbt35273/sharing") == "missing"  # the user's own duty


# --- what is not collected, or what the user obtains, is no category -----------------------------


@pytest.mark.parametrize("item", ("cn-pipl/categories", "tw-pdpa/categories"))
@pytest.mark.parametrize(
    "text",
    [
        "我们不使用 Cookies 和其他类似的跟踪技术（例如 web beacons 和 pixels）来获取或保存信息。",
        "We do not use cookies and other tracking technologies to collect and store your information.",
        "加州居民用户每年可向我们获取我们向第三方披露的个人信息的类别以及所有第三方的名称及地址。",
    ],
)
def test_a_denied_collection_or_the_users_own_request_is_no_category(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize("item", ("cn-pipl/categories", "tw-pdpa/categories"))
def test_a_collected_category_still_is(item: str) -> None:
    assert status("我们使用 Cookies 来记录您的偏好，并收集您的电子邮件地址。", item) == "covered"


# --- a link to another site's collection is no indirect collection --------------------------------


def test_a_linked_sites_own_collection_does_not_apply_the_source_item() -> None:
    text = "您可能經由本網站連結至第三方網站，該網站所進行的個人資料蒐集，按照該網站之隱私權政策辦理。"
    assert status(text, "tw-pdpa/source") == "not-applicable"
    assert status("我們會透過合作夥伴取得您的訂單資料。", "tw-pdpa/source") == "covered"


# --- a use stated as what the data serve as ------------------------------------------------------


@pytest.mark.parametrize("item", ("cn-pipl/purposes", "tw-pdpa/purposes"))
def test_data_kept_as_a_reference_for_improving_the_service_states_a_purpose(item: str) -> None:
    text = "於一般瀏覽時，伺服器會自行記錄您使用連線設備的IP位址、使用時間等，做為我們增進服務的參考依據。"
    assert status(text, item) == "covered"
    assert status("本條款作為雙方權利義務之依據。", item) == "missing"
