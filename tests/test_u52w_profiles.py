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
