"""Disclosure profiles, the lead's classes of the eighteenth session (issue #14).

Each class has both sides: the shape now judged as a reviewer judges it, and its look-alike that keeps its verdict.
The texts are invented; the classes come from the blind sets' disagreements, read in aggregate.

- Markup on a negation: emphasis or a tag inside a phrase is blanked out for the positive patterns (offsets map to the
  source), and the yes/no checks (`none` patterns, denials, vetoes, negated clauses) now read the text without it, so
  「我們**不會**蒐集下列的個人資訊：」 no longer covers the categories with the names listed under it.
- tw-pdpa: the period as use that continues to an end, and use within the purpose's lifetime written without 特定; a
  `保存期間：` label whose value names the purpose as the criterion; the effect of refusing cookies with the refusal
  before the word, and of data provided short or wrong; a purposes lead-in with 下述; a place that only qualifies a
  law is no area; data handed on to others is no collection (categories); data provided to a kind of institution,
  and a denial whose only exception is the authorities (recipients).
"""

from __future__ import annotations

import pytest

from helpers import profile_status, profile_verdict


def _doc(*paragraphs: str) -> str:
    """A policy of these paragraphs (`profile_verdict` puts a title line and a blank line above: the first is line 5)."""
    return "# 隱私權政策\n\n" + "\n\n".join(paragraphs) + "\n"


# --- markup on a negation ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (_doc("我們**不會**蒐集下列的個人資訊：", "- 姓名。", "- 電話號碼。"), "tw-pdpa/categories"),
        (_doc("我们**不会**收集您的姓名、通讯录或位置信息。"), "cn-pipl/categories"),
        (_doc("我们<b>不会</b>收集您的姓名、通讯录或位置信息。"), "cn-pipl/categories"),
        (_doc("我们__不会__收集您的手机号码。"), "cn-pipl/categories"),
    ],
)
def test_bold_negation_is_read_as_a_negation(text: str, item: str) -> None:
    """A denial with its negation in bold or in a tag names what is *not* collected: no category covered by it."""
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize(
    ("text", "item", "line"),
    [
        (_doc("我們會蒐集您的**姓名**與**電話號碼**。"), "tw-pdpa/categories", 5),
        (_doc("我们会收集您的**姓名**和**手机号码**。"), "cn-pipl/categories", 5),
        (_doc("我們**不會**蒐集下列的個人資訊：", "- 姓名。", "我們會蒐集下列資料：", "- IP 位址。"), "tw-pdpa/categories", 11),
    ],
)
def test_bold_data_names_still_cover(text: str, item: str, line: int) -> None:
    """Bold on the data names (not on a negation) still covers, at the line that names them."""
    verdict = profile_verdict(text, item)
    assert verdict.status == "covered"
    assert verdict.evidence.line == line


# --- tw-pdpa/period ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "本公司將持續使用您的個人資料，直至您提出停止使用或本公司停止提供服務之日為止。",
        "本網站將持續保存您所提供之資料，直至您要求刪除為止。",
        "本網站將於蒐集目的存續期間內利用您的個人資料。",
        "個人資料保存期間：依取得個人資料之目的及運用，保存足夠之期間。",
    ],
)
def test_tw_period_shapes(sentence: str) -> None:
    """Use to an end, use within the purpose's lifetime, a 保存期間 label with the purpose as the criterion."""
    assert profile_status(_doc(sentence), "tw-pdpa/period") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "您應持續遵守本條款，直至您停止使用本服務為止。",
        "我們會持續改善服務品質，直至服務終止為止。",
        "本服務的目的在於協助會員管理訂單。",
    ],
)
def test_tw_period_look_alikes(sentence: str) -> None:
    """A duty of the user, a promise about the service, a purpose: no period of use."""
    assert profile_status(_doc(sentence), "tw-pdpa/period") == "missing"


# --- tw-pdpa/effect-of-not-providing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "假如您選擇停用cookie，則會無法使用某些個人化服務。",
        "若您拒絕接受 Cookie，部分功能將無法正常使用。",
        "惟若提供之資料不足或有誤時，本網站則可能將無法提供完整之服務。",
    ],
)
def test_tw_effect_shapes(sentence: str) -> None:
    """Refusing cookies (the refusal before the word) and data provided short or wrong, with what is lost."""
    assert profile_status(_doc(sentence), "tw-pdpa/effect-of-not-providing") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "若您提供的資料有誤，請來信更正。",
        "本網站使用 cookie 記錄您的偏好設定。",
        "您可以在瀏覽器中停用 cookie。",
    ],
)
def test_tw_effect_look_alikes(sentence: str) -> None:
    """A correction request, cookies described, a way to refuse them: no effect stated."""
    assert profile_status(_doc(sentence), "tw-pdpa/effect-of-not-providing") == "missing"


# --- tw-pdpa/purposes -------------------------------------------------------------------------------------------


def test_tw_purposes_lead_in_with_xiashu() -> None:
    """「以便利下述目的之達成：」 with the purposes listed under it."""
    text = _doc("我們蒐集您的資料，以便利下述目的之達成：", "1. 會員管理。", "2. 訂單處理與配送。")
    assert profile_status(text, "tw-pdpa/purposes") == "covered"


def test_tw_purposes_xiashu_pointer_alone() -> None:
    """下述 alone, with no purpose, no use and no data, is no purpose."""
    assert profile_status(_doc("下述條款適用於本網站之所有會員。"), "tw-pdpa/purposes") == "missing"


# --- tw-pdpa/area -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "我們不會存取您保存在本服務上的資料，但台灣當地《個人資料保護法》所規定的情形除外。",
        "使用者須恪遵相關法令，並承諾遵守中華民國相關法規使用本服務。",
    ],
)
def test_tw_area_place_of_a_law(sentence: str) -> None:
    """A place that only qualifies a law (a title, 遵守…法規) names no area of use."""
    assert profile_status(_doc(sentence), "tw-pdpa/area") == "missing"


@pytest.mark.parametrize(
    "sentence",
    [
        "您的個人資料將儲存於台灣境內之伺服器，並依台灣法令處理。",
        "本公司於臺灣地區內利用您的個人資料。",
    ],
)
def test_tw_area_place_of_use(sentence: str) -> None:
    """Data stored or used in a place stays covered, even beside the place's law."""
    assert profile_status(_doc(sentence), "tw-pdpa/area") == "covered"


# --- tw-pdpa/categories -----------------------------------------------------------------------------------------


def test_tw_categories_not_from_data_handed_on() -> None:
    """「提供予」 another party is sharing: 「訂單」 in its purpose is no category collected."""
    assert profile_status(_doc("您的資料僅提供予內部員工及合作廠商，以完成訂單。"), "tw-pdpa/categories") == "missing"


def test_tw_categories_provided_to_us() -> None:
    """Data the person provides to the operator is collected: covered."""
    assert profile_status(_doc("您提供予本公司之姓名、電話及電子郵件，僅用於會員服務。"), "tw-pdpa/categories") == "covered"


# --- tw-pdpa/recipients -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "您的資料將提供予履約保證或輔助信託機構或其他協力機構，以完成交易。",
        "除了政府要求之外，我們不會將您的個人資訊提供給本工作室以外的人。",
    ],
)
def test_tw_recipients_shapes(sentence: str) -> None:
    """A kind of institution named as the recipient; a denial whose exception names the authorities."""
    assert profile_status(_doc(sentence), "tw-pdpa/recipients") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "您提供予本公司之資料將妥善保管。",
        "除非您同意，我們會妥善保管您的資料。",
    ],
)
def test_tw_recipients_look_alikes(sentence: str) -> None:
    """Data provided *to us*, and an exception with no recipient: none named."""
    assert profile_status(_doc(sentence), "tw-pdpa/recipients") == "missing"


# --- eu-gdpr/requirement ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "To sync your notes, the App requires an authentication token.",
        "You have the option of generally agreeing to the transmission of crash notifications.",
        "We collect personal information that you voluntarily provide when registering.",
        "If you object to the processing, this may result in the inability to use the services concerned.",
    ],
)
def test_gdpr_requirement_shapes(sentence: str) -> None:
    """What the app needs, an option to agree, data given voluntarily, an objection that costs the service."""
    assert profile_status("# Privacy Policy\n\n" + sentence + "\n", "eu-gdpr/requirement") == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "We require our processors to keep your data confidential.",
        "Making a request requires you to verify your identity.",
        "The app requires internet access to load maps.",
        "If you object to the processing, we will stop unless we have compelling grounds.",
    ],
)
def test_gdpr_requirement_look_alikes(sentence: str) -> None:
    """A duty of processors, what a request needs, a connection, an objection with no cost to the person."""
    assert profile_status("# Privacy Policy\n\n" + sentence + "\n", "eu-gdpr/requirement") == "missing"


# --- eu-gdpr/legitimate-interests -------------------------------------------------------------------------------

_BASIS = "We process your data on the basis of Art. 6(1)(f) GDPR (legitimate interests).\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "- **Legitimate Interests:** Processing for security, fraud prevention and service improvement.",
        "Our legitimate interest lies in ensuring the security and stability of the service.",
    ],
)
def test_gdpr_interest_shapes(sentence: str) -> None:
    """A label whose value is processing for a named interest; the interest that lies in something."""
    verdict = profile_verdict(_BASIS + sentence + "\n", "eu-gdpr/legitimate-interests")
    assert verdict.status == "covered"
    assert verdict.evidence.line == 5


@pytest.mark.parametrize(
    "sentence",
    [
        "Legitimate interests: processing necessary for the purposes of the legitimate interests pursued by the controller.",
        "Our legitimate interest lies in the purposes described above.",
    ],
)
def test_gdpr_interest_look_alikes(sentence: str) -> None:
    """The basis restated, or a pointer: no interest named."""
    assert profile_status(_BASIS + sentence + "\n", "eu-gdpr/legitimate-interests") != "covered"


# --- eu-gdpr/withdraw-consent -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "## Crash reports\n\nThe transmission of crash reports is based on your consent.\n\n"
            "## Settings\n\nIn the Android settings you can deactivate the sending of the relevant data.\n",
            9,
        ),
        ("## Updates\n\nWe send updates only if you opt in.\n\n## Your choices\n\nYou can always unsubscribe from the updates.\n", 9),
        ("我们会通过弹窗征求您对 Cookie 的同意，您可以随时通过“管理Cookie偏好”按钮更改您的选择。\n", 3),
    ],
)
def test_gdpr_withdrawal_shapes(text: str, line: int) -> None:
    """Where consent is asked: switching off the sending it allowed, unsubscribing, changing the pop-up's choice."""
    verdict = profile_verdict(text, "eu-gdpr/withdraw-consent")
    assert verdict.status == "covered"
    assert verdict.evidence.line == line


@pytest.mark.parametrize(
    "text",
    [
        "In the Android settings you can deactivate the sending of crash data.\n",
        "Service notices are part of the service and cannot be switched off.\n",
        "您可以随时更改您的主题偏好设置。\n",
    ],
)
def test_gdpr_withdrawal_without_consent(text: str) -> None:
    """The same actions where no consent is asked anywhere: no withdrawal of consent."""
    assert profile_status(text, "eu-gdpr/withdraw-consent") == "missing"


# --- us-ccpa: the date on the line after its label; the rights as list items under a rights heading --------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Last updated:\n11 April 2021\n", 3),
        ("{{< notice info >}}\n**Last updated:**\n\n11 April 2021\n{{< /notice >}}\n", 4),
    ],
)
def test_ccpa_date_after_its_label(text: str, line: int) -> None:
    """ "Last updated:" at the end of a line, the date on the next line or in the next paragraph."""
    verdict = profile_verdict(text, "us-ccpa/last-updated")
    assert verdict.status == "covered"
    assert verdict.evidence.line == line


@pytest.mark.parametrize("text", ["Copyright:\n2021 Foo Inc.\n", "Last updated:\nsee the changelog\n"])
def test_ccpa_label_without_a_date(text: str) -> None:
    """A copyright year after a label, or an update label with no date: no date last updated."""
    assert profile_status(text, "us-ccpa/last-updated") == "missing"


_RIGHTS = "## Your Rights\n\n- Access your data\n\n- Correct inaccurate data\n\n- Delete your data\n"


@pytest.mark.parametrize(("item", "line"), [("us-ccpa/right-to-know", 5), ("us-ccpa/right-to-correct", 7), ("us-ccpa/right-to-delete", 9)])
def test_ccpa_rights_as_list_items(item: str, line: int) -> None:
    """Under a rights heading, a list item that is the right as a verb covers it, cited at its line."""
    verdict = profile_verdict(_RIGHTS, item)
    assert verdict.status == "covered"
    assert verdict.evidence.line == line


@pytest.mark.parametrize("item", ["us-ccpa/right-to-correct", "us-ccpa/right-to-delete"])
def test_ccpa_rights_list_look_alikes(item: str) -> None:
    """The same verbs under another heading, or what the operator does under a rights heading: no right granted."""
    text = "## How we use data\n\n- Correct inaccurate data we hold\n\n- Delete old records\n\n## Your Rights\n\nWe delete your data after 30 days.\n"
    assert profile_status(text, item) == "missing"


# --- cn-gbt35273/sensitive-marked -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我们会收集您的身份证号码和人脸信息用于实名认证，这部分信息包含有您的个人敏感信息。\n",
        "我们收集的个人敏感信息包括身份证件号码、银行账号。\n",
        "本隐私政策涉及的个人敏感信息主要包括：身份证件号码、银行账号。\n\n我们会收集您的身份证件号码。\n",
    ],
)
def test_gbt_sensitive_named_as_such(text: str) -> None:
    """Sensitive data named as such, in a list the policy involves or after the data: marked."""
    assert profile_status(text, "cn-gbt35273/sensitive-marked") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "个人敏感信息是指一旦泄露可能危害人身和财产安全的个人信息，包括身份证件号码等。\n",
        "本服务不涉及个人敏感信息。\n",
        "我们会收集您的身份证件号码用于实名认证。\n",
    ],
)
def test_gbt_sensitive_not_marked(text: str) -> None:
    """A definition, a denial, or sensitive data collected with no mark: never covered."""
    assert profile_status(text, "cn-gbt35273/sensitive-marked") != "covered"


# --- cn-gbt35273/cross-border -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "我们收集的个人信息在我们或合作伙伴维护设施的地方存储和/或处理，这些地点可能与您所在的国家/地区不同。",
        "如果我们将您的个人信息转移给其他国家/地区的第三方，我们将确保其受到同等保护。",
    ],
)
def test_gbt_cross_border_other_countries(sentence: str) -> None:
    """Storage places that may differ from the person's country, a transfer to a party in another country."""
    assert profile_status(sentence + "\n", "cn-gbt35273/cross-border") == "covered"


def test_gbt_cross_border_user_abroad() -> None:
    """The person's own use abroad is no transfer."""
    assert profile_status("您在其他国家使用本服务时，应遵守当地法律。\n", "cn-gbt35273/cross-border") == "missing"


# --- tw-pdpa/rights: a request through a channel the page points to ---------------------------------------------


def test_tw_rights_through_the_pointed_mailbox() -> None:
    """「透過下方信箱…要求刪除」 with an address in the document: a right with its way, cited at the request."""
    verdict = profile_verdict("您可透過下方信箱隨時要求刪除您的資料。\n\n聯絡信箱：help@masterapp.tw\n", "tw-pdpa/rights")
    assert verdict.status == "covered"
    assert verdict.evidence.line == 3


def test_tw_rights_pointed_mailbox_absent() -> None:
    """The same pointer with no address anywhere is no way."""
    assert profile_status("您可透過下方信箱隨時要求刪除您的資料。\n", "tw-pdpa/rights") == "missing"
