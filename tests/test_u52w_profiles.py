"""Fifty-second session, helper u52w (issue #14, required-disclosure profiles; not blind: each class came from an annotated set):

- tw-pdpa rights: a channel the operator uses to notify the person (「後續透過簡訊及email依照登記順序通知購買」「本公司將以電子郵件通知
  您」, "we will notify you by email") is no way for the person to exercise the rights (eval/profiles50c yuyue-tw 3, once its
  array is read); 通知 + the operator (「請以電子郵件通知本公司」) still is;
- a React page's named array shown through a callback whose parameters carry a TypeScript type, `{listItem.map((item: any) =>
  (<li>{item}</li>))}`, is read (u51w3's 3fefaeb9, taken back then for the false rights verdict above; yuyue-tw: a warning and its
  text unread before);
- us-ccpa how-to-submit: a request made through the contact channels a page points to (「通过教会官网提供的联系渠道提出…访问、更正
  或删除…的请求」, "use the contact channels on the Church website to … request access to") is a way in where the document gives a
  contact (eval/profiles51 church-bi 118, the site's address on its contact line);
- a partner named with its alias and 合作/共同 (「我们与中国青少年发展基金会（以下简称“基金会”）合作」) is not the operator (cn-pipl
  processor, GB/T identity-contact, tw-pdpa agency, eu-gdpr controller; u51w3 saw it while testing).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from parse_helpers import parse_path, parse_string
from profile_helpers import file_verdict, profile_status

P50C = ROOT / "eval" / "profiles50c" / "docs"
P51 = ROOT / "eval" / "profiles51" / "docs"

# --- tw-pdpa rights: the operator's notification channel -------------------------------------------------------------------

_RIGHTS = "tw-pdpa/rights"
_LEAD = "## 個人資料保護法告知事項\n\n1. 預約方式：於活動網頁登記預約資料，{way}\n2. 台端依個資法第三條規定得行使之權利：得隨時向本公司請求查詢、閱覽、製給複製本、補充或更正、停止蒐集、處理、利用或刪除。\n"


@pytest.mark.parametrize(
    "way",
    [
        "後續透過簡訊及email依照登記順序通知購買。",
        "本公司將以電子郵件通知您領取。",
        "得獎者將以電話通知得獎者領獎。",
        "后续通过短信及email依照登记顺序通知购买。",
    ],
)
def test_an_operator_notification_channel_is_no_way_in(way: str) -> None:
    assert profile_status(_LEAD.format(way=way), _RIGHTS) == "missing"


def test_an_operator_notification_channel_in_english_is_no_way_in() -> None:
    text = (
        "## Your rights under the Personal Data Protection Act\n\n台端依個資法第三條規定得行使之權利：得隨時向本公司請求查詢、閱覽、"
        "更正或刪除。\n\nWinners will be notified by email. We will notify you by email about your order.\n"
    )
    assert profile_status(text, _RIGHTS) == "missing"


@pytest.mark.parametrize(
    "way",
    [
        "如欲行使權利，請以電子郵件通知本公司。",
        "您可透過email提出申請。",
        "請來信 privacy@example.tw 通知我們。",
        "如需協助，請透過電話與客服聯繫。",
    ],
)
def test_a_channel_the_person_uses_is_still_a_way_in(way: str) -> None:
    assert profile_status(_LEAD.format(way=way), _RIGHTS) == "covered"


def test_english_contact_by_email_is_still_a_way_in() -> None:
    text = (
        "## Your rights under the Personal Data Protection Act\n\n台端依個資法第三條規定得行使之權利：得隨時向本公司請求查詢、閱覽、"
        "更正或刪除。\n\nYou may exercise them by email or phone.\n"
    )
    assert profile_status(text, _RIGHTS) == "covered"


# --- a named array mapped with a typed callback ------------------------------------------------------------------------------

_TYPED_PAGE = """function Rules() {
  const listItem = ["預約方法：於活動網頁登記預約資料，後續透過簡訊通知購買。", "預約登記僅擁有優先購買資格。"];
  const items = ["我们收集您的手机号码，用于发送验证码。", "We use your e-mail address to send the receipt."];
  return <ol>
    {listItem.map((item: any) => (<li key={item}>{item}</li>))}
    {items.map((text: string, i: number) => (<li key={i}>{text}</li>))}
  </ol>;
}
"""


def test_an_array_mapped_with_a_typed_callback_is_read() -> None:
    doc = parse_string(_TYPED_PAGE, suffix=".tsx")
    body = "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert not doc.warnings
    for words in ("於活動網頁登記預約資料", "用于发送验证码", "to send the receipt"):
        assert words in body


def test_a_typed_callback_reads_as_the_untyped_one() -> None:
    untyped = _TYPED_PAGE.replace("(item: any)", "(item)").replace("(text: string, i: number)", "(text, i)")
    typed, plain = parse_string(_TYPED_PAGE, suffix=".tsx"), parse_string(untyped, suffix=".tsx")
    assert [p.text for s in typed.sections for p in s.paragraphs] == [p.text for s in plain.sections for p in s.paragraphs]


def test_yuyue_is_read_and_its_rights_stay_missing() -> None:
    doc = parse_path(P50C / "yuyue-tw" / "RegRule.tsx")
    body = "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert not doc.warnings and "依照登記順序通知購買" in body
    assert file_verdict(P50C / "yuyue-tw" / "RegRule.tsx", _RIGHTS) == ("missing", None)


# --- us-ccpa how-to-submit: the contact channels a page points to ------------------------------------------------------------

_SUBMIT = "us-ccpa/how-to-submit"
_CONTACT_LINE = "\n\n## Contact\n\n官网与联系渠道 / Website and contact channels: fcfmchurch.org\n"
_ZH_REQUEST = (
    "## 用户选择与隐私请求\n\n您可以停止使用应用，并通过教会官网提供的联系渠道提出隐私问题，以及访问、更正或删除相关个人信息的请求。"
)
_EN_REQUEST = (
    "## Your choices\n\nYou may use the contact channels on the Church website to request access to, correction of, or deletion"
    " of relevant personal information."
)


@pytest.mark.parametrize("request_text", [_ZH_REQUEST, _EN_REQUEST])
def test_a_request_through_the_pointed_contact_channels_is_how_to_submit(request_text: str) -> None:
    assert profile_status(request_text + _CONTACT_LINE, _SUBMIT) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        _ZH_REQUEST + "\n",  # no contact given anywhere: the pointer alone is no way
        _EN_REQUEST + "\n",
        "## Contact\n\nPlease use the contact channels on our website for questions about the App." + _CONTACT_LINE,  # no request
        "## 联系\n\n如有疑问，请通过官网提供的联系渠道与我们联系。" + _CONTACT_LINE,
    ],
)
def test_no_request_or_no_contact_given_is_no_way_to_submit(text: str) -> None:
    assert profile_status(text, _SUBMIT) == "missing"


def test_church_bi_how_to_submit_regression() -> None:
    assert file_verdict(P51 / "church-bi" / "AppPrivacyPolicyPage.tsx", _SUBMIT) == ("covered", 118)


# --- a partner named with its alias is not the policy's own ------------------------------------------------------------------

_OWN_ITEMS = ["cn-pipl/processor", "cn-gbt35273/identity-contact", "tw-pdpa/agency", "eu-gdpr/controller"]
_MAIL_ZH = "\n\n## 联系我们\n\n电子邮箱：help@example-app.cn\n"


@pytest.mark.parametrize("item", _OWN_ITEMS)
@pytest.mark.parametrize(
    "text",
    [
        "本应用为公益学习工具。我们与中国青少年发展基金会（以下简称“基金会”）合作开展助学活动。" + _MAIL_ZH,
        "本公司與財團法人台灣兒童發展基金會（以下簡稱「基金會」）合作辦理公益活動。\n\n## 聯絡我們\n\n電子郵件：help@example-app.tw\n",
        "本公司與財團法人台灣兒童發展基金會共同辦理公益活動。" + _MAIL_ZH,
        'We partner with the Example Youth Development Foundation (the "Foundation") to run scholarships.\n\n## Contact\n\nhelp@example.org\n',
    ],
)
def test_a_partner_named_with_its_alias_is_not_the_operator(item: str, text: str) -> None:
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize("item", _OWN_ITEMS)
@pytest.mark.parametrize(
    "text",
    [
        "中国青少年发展基金会（以下简称“基金会”或“我们”）深知个人信息对您的重要性。" + _MAIL_ZH,
        "本隐私政策适用于中国青少年发展基金会（以下简称“基金会”）运营的“希望学堂”应用。" + _MAIL_ZH,
        "杭州某某科技有限公司（以下简称“我们”）与中国青少年发展基金会（以下简称“基金会”）合作开展助学活动。" + _MAIL_ZH,
    ],
)
def test_the_operator_beside_a_partner_is_still_named(item: str, text: str) -> None:
    assert profile_status(text, item) == "covered"


# --- GB/T sharing: what the person shares with other users is no sharing denied -------------------------------------------

_SHARING = "cn-gbt35273/sharing"


@pytest.mark.parametrize(
    "text",
    [
        "## 信息共享者\n\n我们无法控制与你共享信息的其他用户的行为。我们不能、也不会控制你使用产品与其他用户分享的信息和隐私。\n",
        "## 資訊共享者\n\n我們不能、也不會控制你使用產品與其他用戶分享的資訊和隱私。\n",
        "## 分享\n\n我们不会控制用户与好友分享的照片和记录。\n",
    ],
)
def test_the_persons_own_sharing_is_no_sharing_denied(text: str) -> None:
    assert profile_status(text, _SHARING) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 共享\n\n我们不会与任何公司、组织和个人共享您的个人信息，但以下情况除外。\n",
        "## 共享\n\n我們不會分享您的個人資料。\n",
        "## 共享\n\n煎蛋UWP不会有意将涉及用户个人隐私的内容透露给任何第三方。\n",
    ],
)
def test_sharing_denied_by_the_operator_still_covers(text: str) -> None:
    assert profile_status(text, _SHARING) == "covered"


def test_jandan_sharing_is_cited_at_the_denial() -> None:
    # the operator's denial to any third party (7) by the rule of rounds 6-7, not the person's sharing with other users (45)
    assert file_verdict(ROOT / "eval" / "profiles52w" / "docs" / "jandan-zh" / "Privacy Policy.md", _SHARING) == ("covered", 7)


# --- GB/T security: a password stored hashed; GB/T sharing: a bare 不 before 向 + 第三方 ----------------------------------------

_SECURITY = "cn-gbt35273/security"
P52 = ROOT / "eval" / "profiles52w" / "docs"


@pytest.mark.parametrize(
    "text",
    [
        "## 安全\n\n密码以哈希形式存储，请您妥善保管账户密码并启用强密码。\n",
        "## 安全\n\n密碼以雜湊形式儲存，請您妥善保管帳戶密碼。\n",
        "## 收集\n\n账户信息：UID、展示昵称、密码（经散列存储）。\n",
    ],
)
def test_a_password_stored_hashed_is_a_security_measure(text: str) -> None:
    assert profile_status(text, _SECURITY) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 安全\n\n建议您通过 HTTPS 访问本站。\n",  # advice naming the measure
        "## 安全\n\n请您使用加密的网络连接。\n",
        "## 收集\n\n我们收集设备标识的散列值用于统计。\n",  # a hash as data, no measure
    ],
)
def test_advice_or_a_hash_as_data_is_no_measure(text: str) -> None:
    assert profile_status(text, _SECURITY) == "missing"


@pytest.mark.parametrize(
    "text",
    ["## 共享\n\n原则上不向无关第三方分享您的个人信息。\n", "## 共享\n\n原則上不向無關第三方分享您的個人資料。\n"],
)
def test_a_bare_bu_before_the_third_party_denies_sharing(text: str) -> None:
    assert profile_status(text, _SHARING) == "covered"


@pytest.mark.parametrize(("item", "line"), [(_SECURITY, 52), (_SHARING, 44)])
def test_dengpai_regression(item: str, line: int) -> None:
    assert file_verdict(P52 / "dengpai-zh" / "Privacy.jsx", item) == ("covered", line)


# --- methods: the operator recording data, data said to come from another source ------------------------------------------


@pytest.mark.parametrize("item", ["cn-gbt35273/methods", "cn-pipl/methods"])
@pytest.mark.parametrize(
    "text",
    [
        "## 我们收集的信息\n\n- 日志信息：为保障服务安全与稳定运行，我们可能记录必要的设备、网络与操作日志信息。\n",
        "## 我們蒐集的資訊\n\n- 日誌資訊：為保障服務安全，我們會記錄必要的裝置、網路與操作日誌資訊。\n",
        "## 我们收集的信息\n\n- 交互数据：直播礼物记录的引用信息（来源于上游数据库/第三方数据源），仅用于账号归属验证。\n",
        "## 收集\n\n部分用户数据来自合作伙伴平台。\n",
    ],
)
def test_recorded_or_sourced_data_is_a_method(item: str, text: str) -> None:
    assert profile_status(text, item) == "covered"


@pytest.mark.parametrize("item", ["cn-gbt35273/methods", "cn-pipl/methods"])
@pytest.mark.parametrize(
    "text",
    [
        "## 我们收集的信息\n\n我们不会记录您的设备信息。\n",
        "## 功能\n\n您可以在应用中记录您的饮食和运动日志。\n",
        "## 关于\n\n本应用的图标来源于第三方图库。\n",
    ],
)
def test_a_denial_the_persons_records_or_no_data_is_no_method(item: str, text: str) -> None:
    assert profile_status(text, item) == "missing"


@pytest.mark.parametrize("item", ["cn-gbt35273/methods", "cn-pipl/methods"])
def test_dengpai_methods_regression(item: str) -> None:
    assert file_verdict(P52 / "dengpai-zh" / "Privacy.jsx", item) == ("covered", 30)


# --- GB/T sharing: the person's own choice or a request to the person not to share ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "## 共享\n\n请您不向第三方分享您的密码。\n",
        "## 共享\n\n您可以选择不与第三方分享。\n",
        "## 共享\n\n您可以選擇不與第三方分享。\n",
        "## 共享\n\n您可以选择不分享您的任何个人数据。\n",
    ],
)
def test_the_persons_choice_not_to_share_is_no_denial(text: str) -> None:
    assert profile_status(text, _SHARING) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 共享\n\n您的数据我们不会与任何人分享。\n",
        "## 共享\n\n我们不会与任何第三方分享您的个人信息。\n",
        "## 共享\n\n我们不会分享您的任何个人数据。\n",
    ],
)
def test_the_operators_denial_still_covers(text: str) -> None:
    assert profile_status(text, _SHARING) == "covered"


# --- eu-gdpr purposes: a provider used for a task is no purpose of the data --------------------------------------------------

_GDPR_PURPOSES = "eu-gdpr/purposes"


def test_a_provider_used_for_a_task_is_no_purpose() -> None:
    text = "## Sharing\n\nWe only share personal data:\n\n- with service providers used for distribution/support (e.g., Apple)\n"
    assert profile_status(text, _GDPR_PURPOSES) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## Use\n\nWe use your e-mail address to send you receipts.\n",
        "## Use\n\nYour e-mail address is only used to reply to your support messages.\n",
    ],
)
def test_the_data_used_for_a_task_is_still_a_purpose(text: str) -> None:
    assert profile_status(text, _GDPR_PURPOSES) == "covered"


def test_lumifur_purposes_cited_at_a_purpose_label() -> None:
    assert file_verdict(P52 / "lumifur-en" / "PrivacyPolicy.md", _GDPR_PURPOSES) == ("covered", 59)
