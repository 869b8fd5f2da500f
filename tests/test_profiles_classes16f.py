"""Disclosure profiles, the sixteenth session's classes of helper f16f (issue #14, tw-pdpa): both sides of each.

The blind round's aggregate named the classes without the documents; every text below is our own, written for the
class (Taiwan wording in Traditional script, the mainland forms for cn-gbt35273 where the class is the same).

(1) the effect of not providing: refusing cookies costs re-entering what was typed (「留言時需重新輸入資料」); not sending the
    data means not using the feature that sends it (「若不希望資料送往 Google，請勿使用 AI 功能」); data false or incomplete
    affects the person's standing (「報名資料若不實、不完整，可能影響資格」) — tw-pdpa and cn-gbt35273 alike;
(2) the period stated as data not kept (「不會特地保存」「不予保存」) or as a criterion set by rules (「依政府規定之保存期限」);
(3) recipients: a named kind that obtains data (「廣告商僅取得匿名統計」), more kinds (服務夥伴, 經銷商, 檢調單位, 「提供服務之
    第三方」) and verbs (轉交), cited before a denial of selling; none stated (「未使用任何第三方 SDK」「第三方服務：無」);
(4) area: the device is a place, not a geographic area (the annotators' reading in eval/profiles/dev/u8-tetrisrunes-tw.json and
    eval/profiles/dev/mockgps-tw.json: 「僅存於您的裝置本地」 says where, not an area; round 6 had read it as one); the 於 of 對於/關於/適用於 and a
    scope sentence are no place of use, nor a reading instruction;
(5) categories: a list of what the service records about its use under a collection heading is cited before a cookie
    line elsewhere, a collection-manner sentence (「藉由…交易之過程蒐集個人資料」) names no kind, a definition of 個人資料 is
    not what the policy collects, usage data through Google Analytics is a category.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict


def _cited(text: str, item: str) -> int:
    found = verdict(text, item)
    assert found.status == "covered", found.status
    return int(found.evidence.line)


# --- (1) the effect of not providing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("profile", ["tw-pdpa", "cn-gbt35273"])
@pytest.mark.parametrize(
    "text",
    [
        "## Cookie\n\n若您拒絕 Cookie，留言時需重新輸入資料。\n",
        "## Cookie\n\n您可以在瀏覽器中停用 Cookie，但每次登入時須重新填寫帳號。\n",
        "## Cookie\n\n如果您禁用 Cookie，下次访问时需要重新设置语言。\n",
        "## AI 功能\n\n若不希望資料送往 Google，請勿使用 AI 功能。\n",
        "## 语音\n\n如果您不希望录音上传至服务器处理，请不要使用语音输入功能。\n",
        "## 報名\n\n報名資料若不實、不完整，可能影響資格。\n",
        "## 注册\n\n您填写的信息如有错误，可能影响审核结果。\n",
    ],
)
def test_effect_of_not_providing_in_plain_words(text: str, profile: str) -> None:
    assert _cited(text, f"{profile}/effect-of-not-providing") == 5


@pytest.mark.parametrize("profile", ["tw-pdpa", "cn-gbt35273"])
@pytest.mark.parametrize(
    "text",
    [
        # the terms not agreed are no data withheld (nor the policy: eval/profiles/README.md); advice without a feature; a
        # re-entry that no refusal causes
        "## 同意\n\n如不同意本服務條款，請勿使用本服務。\n",
        "## 同意\n\n如不同意本政策，請勿使用本服務。\n",
        "## 留言\n\n若您不希望個人資料被公開，請勿在留言中填寫電話。\n",
        "## 帳號\n\n更換裝置後需重新登入帳號。\n",
        "## 資料\n\n報名資料若有錯誤，您可以請求更正。\n",
    ],
)
def test_no_effect_without_the_refusal_and_its_cost(text: str, profile: str) -> None:
    assert status(text, f"{profile}/effect-of-not-providing") == "missing"


# --- (2) the period -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 資料\n\nIP 位址僅在請求當下使用，不會特地保存。\n",
        "## 紀錄\n\nAPI 呼叫紀錄不予保存。\n",
        "## 內容\n\n您輸入的文字僅用於產生結果，本服務不會儲存。\n",
        "## 帳號\n\n帳號刪除後，交易紀錄依政府規定之保存期限辦理。\n",
        "## 帳號\n\n發票資料依照稅法規定的保存年限保留。\n",
    ],
)
def test_period_as_not_kept_or_a_rule(text: str) -> None:
    assert _cited(text, "tw-pdpa/period") == 5


@pytest.mark.parametrize(
    "text",
    [
        "## 設定\n\n您可以選擇不保存登入資訊。\n",
        "## 付款\n\n本網站不會保存您的信用卡資料。\n",
        "## 資料\n\n未經您的同意，我們不會保存您的照片。\n",
        "## 資料\n\n我們依法律規定蒐集您的資料。\n",
        # a server that keeps nothing: the data are kept elsewhere for a time not said
        "## 資料\n\n我們的伺服器不儲存任何使用者資料。\n",
        "## 資料\n\n您的資料不會儲存在我們的伺服器上。\n",
    ],
)
def test_no_period_from_a_choice_card_data_consent_or_a_server(text: str) -> None:
    assert status(text, "tw-pdpa/period") == "missing"


# --- (3) recipients -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("## 分享\n\n本平台不會任意出售、交換或出租您的個人資料。\n\n您的個資可能會轉交本公司的服務夥伴或經銷商。\n", 7),
        ("## 分享\n\n本平台不會出售您的個人資料。\n\n我們會將訂單資料提供給提供配送服務之廠商。\n", 7),
        ("## 分享\n\n本平台絕不揭露您的個人資料給第三人。\n\n檢調單位依法調閱時，我們將提供相關資料。\n", 7),
        ("## 廣告\n\n本網站不會出售您的個人資料。\n\n廣告商僅取得匿名統計資料。\n", 7),
        ("## 合作\n\n我們的行銷夥伴可能接收您的電子郵件地址。\n", 5),
    ],
)
def test_recipients_named_win_over_a_denial(text: str, line: int) -> None:
    assert _cited(text, "tw-pdpa/recipients") == line


@pytest.mark.parametrize(
    "text",
    [
        "## 第三方\n\n本 App 未使用任何第三方 SDK。\n",
        "## 說明\n\n- 第三方服務：無\n",
        "## 說明\n\n- 第三方 SDK：無\n",
    ],
)
def test_recipients_stated_as_none(text: str) -> None:
    assert _cited(text, "tw-pdpa/recipients") == 5


@pytest.mark.parametrize(
    "text",
    [
        # data obtained *from* a partner is a source; consent obtained is no data; a label with a value is no denial
        "## 來源\n\n我們從合作夥伴取得您的會員資料。\n",
        "## 同意\n\n服務提供商應取得您的同意。\n",
        "## 說明\n\n- 第三方服務：請見下表\n",
        "## 說明\n\n本 App 將來可能使用第三方 SDK。\n",
    ],
)
def test_no_recipients_from_a_source_or_consent(text: str) -> None:
    assert status(text, "tw-pdpa/recipients") == "missing"


# --- (4) area -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 儲存\n\n您的資料將儲存於台灣之資料中心。\n",
        "## 儲存\n\n您的資料僅儲存在您的裝置上，備份則存放於日本的資料中心。\n",
        "## 傳輸\n\n您的資料會傳輸至位於美國的伺服器處理。\n",
        # no longer read through the 於 of 由於 (「由於網際網路的全球性特點」): the place itself
        "## 傳輸\n\n由於網際網路的全球性特點，伺服器可能位於不同國家或地區，您的資料可能會被跨境傳輸和儲存。\n",
        "## 傳輸\n\n由於我們是全球性公司，您的資料也可能會因與合作夥伴共享而傳輸至其他司法管轄區。\n",
    ],
)
def test_area_as_a_place(text: str) -> None:
    assert _cited(text, "tw-pdpa/area") == 5


@pytest.mark.parametrize(
    "text",
    [
        # the device is a place, not an area
        "## 儲存\n\n您的資料僅儲存在您的裝置上。\n",
        "## 儲存\n\n所有紀錄皆存於手機本機，不會上傳。\n",
        "## 說明\n\n對於台灣資訊協會如何蒐集、利用及保護您所提供的個人資料，請詳細閱讀下列內容。\n",
        "## 說明\n\n關於台灣分公司利用您的資料之方式，請見下文。\n",
        "## 範圍\n\n本政策適用於台灣地區之會員使用本網站服務。\n",
        "## 範圍\n\n本政策適用於本網站全球服務。\n",
        "## 法令\n\n我方將遵守適用於所持個人資訊的日本法律法規。\n",
        # a table-of-contents line under its lead-in
        "## 說明\n\n本政策將幫助您了解：\n\n- 您的個人資訊如何在全球範圍轉移\n",
    ],
)
def test_no_area_from_the_device_a_reading_instruction_or_the_scope(text: str) -> None:
    assert status(text, "tw-pdpa/area") == "missing"


def test_an_item_under_a_reading_instruction_still_states_the_area() -> None:
    text = "對於本網站如何蒐集、利用及保護您所提供的個人資料，請詳細閱讀下列內容：\n\n1. 本網站之伺服器設於台灣\n2. 其他\n"
    assert _cited(text, "tw-pdpa/area") == 5


# --- (5) categories -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("## Cookie\n\n本網站使用 Cookie 記錄您的瀏覽偏好。\n\n## 我們蒐集的資訊\n\n- 使用情況\n- 使用者內容\n- 使用者地區\n", 9),
        ("## 蒐集\n\n本公司將藉由加入會員或交易之過程蒐集個人資料。\n\n## 蒐集的資料\n\n姓名、電話、電子郵件。\n", 9),
        ("## 說明\n\n本網站透過交易流程蒐集個人資料。\n\n## 蒐集的資料\n\n- 會員地區\n- 使用紀錄\n", 9),
    ],
)
def test_categories_cited_at_the_collection_list(text: str, line: int) -> None:
    assert _cited(text, "tw-pdpa/categories") == line


@pytest.mark.parametrize(
    "text",
    [
        "## 分析\n\n本網站不蒐集任何個人資料，但使用 Google Analytics 分析流量。\n",
        "## 分析\n\n本站透過 Google 分析了解訪客的瀏覽行為。\n",
        "## 分析\n\n我們使用 GA4 統計網站的使用情況。\n",
    ],
)
def test_usage_data_through_google_analytics_is_a_category(text: str) -> None:
    assert _cited(text, "tw-pdpa/categories") == 5


@pytest.mark.parametrize(
    "text",
    [
        "## 定義\n\n個人資料是指姓名、出生年月日、身分證統一編號等得以識別之資料。\n",
        "## 定義\n\n本政策所稱個人資料，指自然人之姓名、出生年月日、聯絡方式等資料，您提供時受本法保護。\n",
        "## 蒐集\n\n本公司將藉由加入會員或交易之過程蒐集個人資料。\n",
        "## 分析\n\n本網站不使用 Google Analytics 追蹤您的瀏覽行為。\n",
    ],
)
def test_no_category_from_a_definition_a_manner_or_a_denial(text: str) -> None:
    assert status(text, "tw-pdpa/categories") == "missing"


def test_a_definition_that_says_what_is_collected_still_covers() -> None:
    text = "## 蒐集\n\n本公司蒐集之個人資料係指您註冊時提供之姓名及電子郵件。\n"
    assert _cited(text, "tw-pdpa/categories") == 5
