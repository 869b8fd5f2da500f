"""Issue #14, session 45 (u45w2): the disagreements of the blind measurement eval/profiles45c, fixed as classes.

Fixing from eval/profiles45c makes that set not blind any more (its README says so).  Each class is tested both ways, and
the real lines of eval/profiles45c (and of the older sets the exception-list class came from) are kept as regressions:

- an institute or centre defined as 本所/本中心 is the collecting agency (「臺灣大學電信工程學研究所(以下簡稱本所)」, ntugice-tw 77),
  as 本校/本院/本會 were (c14e); a name must still come before it;
- eu-gdpr/transfers: a denial whose exception names the safeguard ("We do not transfer … outside the EEA, except for services
  that apply appropriate safeguards (Standard Contractual Clauses…)") makes the item apply and covers it (jlisinski-en 67);
  an exception that is a condition ("except where …") does not;
- cn-pipl abroad items: 「当我们需要将您的个人信息传输到中国境外时，我们会：」 is the hypothetical 「如需跨境传输」 (solphire-zh 323);
- citing lines: a bare purposes list under a heading that names the purposes only (ceyan-tw 37); a sentence announcing the
  topics of the notice cited after the statement (ntugice-tw 78); a processing step on what the person entered, and data named
  by who entered it, cited after a collection method (xiaoputao-zh 74, profiles36 mangaroll-md 21); items of a list of
  the cases in which consent is waived cited after a real purpose (`demote_lead`: profiles39c junqi-zh, blind/profiles13
  livebook-en).
- 「如果您不同意本政策的任何内容，您应立即停止使用我们的服务」 stays no effect of not providing (eval/profiles/README.md; solphire-zh
  55 is annotated otherwise: the annotation followed a stale line of docs/profiles.md, now corrected).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cited_line_number, file_verdict, paragraphs, profile_status

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "eval" / "profiles45c" / "docs"
NTUGICE = DOCS / "ntugice-tw" / "Login.jsx"
JLISINSKI = DOCS / "jlisinski-en" / "PrivacyPolicyItems.jsx"
SOLPHIRE = DOCS / "solphire-zh" / "PrivacyPolicy.jsx"
CEYAN = DOCS / "ceyan-tw" / "page.tsx"
XIAOPUTAO = DOCS / "xiaoputao-zh" / "page.tsx"
JUNQI = ROOT / "eval" / "profiles39c" / "docs" / "junqi-zh" / "隐私政策.txt"
LIVEBOOK = ROOT / "eval" / "blind" / "profiles13" / "docs" / "livebook-en" / "privacy-policy.md"


# --- an institute or centre defined as 本所/本中心 is the agency ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "臺灣大學電信工程學研究所(以下簡稱本所)為支持個人資料保護，維護個人隱私權，謹以下列聲明。",
        "國家高速網路與計算中心（以下簡稱本中心）重視您的隱私。",
        "大同聯合律師事務所（以下簡稱「本所」）依個人資料保護法告知您下列事項。",
    ],
)
def test_an_institute_defined_as_its_own_office_is_the_agency(text: str) -> None:
    assert profile_status(text, "tw-pdpa/agency") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "本研究所(以下簡稱本所)重視您的隱私。",  # no name before it
        "我們使用臺灣大學計算機中心（以下簡稱計中）的主機。",  # a third party, not defined as 本中心
        "本網站使用 Google Analytics（以下簡稱 GA）統計流量。",
    ],
)
def test_no_name_or_a_third_party_is_no_agency(text: str) -> None:
    assert profile_status(text, "tw-pdpa/agency") == "missing"


def test_ntugice_agency_regression() -> None:
    assert file_verdict(NTUGICE, "tw-pdpa/agency") == ("covered", 77)


# --- eu-gdpr transfers: a denial whose exception names the safeguard --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We do not transfer your personal data to any third countries outside the European Economic Area, except for services "
        "that apply appropriate safeguards (Standard Contractual Clauses or adequacy decisions).",
        "We never transfer personal data outside the EEA other than to providers bound by Standard Contractual Clauses.",
    ],
)
def test_a_denial_with_an_exception_under_a_safeguard_applies_and_covers(text: str) -> None:
    assert profile_status(text, "eu-gdpr/transfers") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "We do not transfer your personal data outside the EEA.",
        "We do not transfer your personal data outside the EEA, except where required by law.",
        "We do not transfer your personal data outside the EEA, except where Standard Contractual Clauses are in place.",
        "We do not transfer your personal data outside the EEA, except for our hosting provider.",  # no safeguard named
    ],
)
def test_a_plain_or_conditional_denial_does_not_apply(text: str) -> None:
    assert profile_status(text, "eu-gdpr/transfers") == "not-applicable"


def test_jlisinski_transfers_regression() -> None:
    assert file_verdict(JLISINSKI, "eu-gdpr/transfers") == ("covered", 67)


# --- cn-pipl abroad: a transfer announced for when it is needed -------------------------------------------------------

ABROAD = ("abroad-recipient", "abroad-purposes", "abroad-methods", "abroad-categories", "abroad-rights")


@pytest.mark.parametrize("item", ABROAD)
def test_a_transfer_for_when_it_is_needed_does_not_apply(item: str) -> None:
    text = paragraphs("当我们需要将您的个人信息传输到中国境外时，我们会：", "- 评估数据出境的安全性", "- 采取适当的安全措施，如数据加密")
    assert profile_status(text, f"cn-pipl/{item}") == "not-applicable"


def test_a_visitor_from_abroad_is_no_transfer_abroad() -> None:
    # (solphire-zh 321) a hedge about a person outside China, whose data comes into China
    text = "我们的服务器主要位于中国境内。如果您从中国境外访问我们的服务，您的个人信息可能会被传输到中国境内或其他司法管辖区。"
    assert profile_status(text, "cn-pipl/abroad-recipient") == "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "当我们向境外传输您的个人信息时，我们会与接收方签署协议。",  # a practice, no need named
        "我们的服务器位于美国，当您需要联系我们时，请发送邮件。",  # the need is the person's, not a transfer's
    ],
)
def test_a_transfer_stated_as_a_practice_applies(text: str) -> None:
    assert profile_status(text, "cn-pipl/abroad-recipient") == "missing"


@pytest.mark.parametrize("item", ABROAD)
def test_solphire_abroad_regression(item: str) -> None:
    assert file_verdict(SOLPHIRE, f"cn-pipl/{item}") == ("not-applicable", None)


# --- the effect of not providing: 「不同意本政策…停止使用」 stays an instruction -------------------------------------------


def test_solphire_stop_using_is_no_effect_of_not_providing() -> None:
    # eval/profiles/README.md (seventeenth session): an instruction, not a consequence; annotated otherwise in profiles45c
    assert file_verdict(SOLPHIRE, "cn-gbt35273/effect-of-not-providing") == ("missing", None)


# --- tw-pdpa purposes: a bare list under a heading that names the purposes only ---------------------------------------


@pytest.mark.parametrize(
    "items",
    [
        ("課程報名與學員管理", "客戶服務與問題處理", "法令遵循及契約履行"),
        ("網站服務優化與統計分析", "行銷推廣（經您同意後）"),
    ],
)
def test_a_bare_purposes_list_under_a_purposes_heading_covers(items: tuple[str, ...]) -> None:
    text = "## 二、個人資料蒐集之目的\n\n" + "".join(f"- {i}\n" for i in items)
    assert profile_status(text, "tw-pdpa/purposes") == "covered"
    assert cited_line_number(text, "tw-pdpa/purposes") == 5


@pytest.mark.parametrize(
    "text",
    [
        "## 二、個人資料之類別\n\n- 課程報名與學員管理\n",  # not a purposes heading
        "## 二、個人資料蒐集之目的與類別\n\n- 姓名、電話\n- 學員帳號資料\n",  # a heading with the kinds: data items
        "## 蒐集之目的\n\n- 姓名與電話管理\n",  # an item that names data
        "## 二、個人資料蒐集之目的\n\n- 我們不會將資料用於行銷推廣\n",  # a denial
    ],
)
def test_no_bare_purposes_list(text: str) -> None:
    assert profile_status(text, "tw-pdpa/purposes") == "missing"


def test_ceyan_purposes_regression() -> None:
    assert file_verdict(CEYAN, "tw-pdpa/purposes") == ("covered", 37)


# --- citing lines: an announcement, a processing step, data named by who entered it, an exception list ---------------


def test_an_announcement_of_the_topics_is_cited_after_the_statement() -> None:
    text = paragraphs(
        "本所謹以下列聲明，向您說明蒐集個人資料之目的、類別、利用範圍及方式等事項。",
        "本所為辦理招生作業審查，蒐集您的姓名及連絡方式，作為招生審查及通知之用。",
    )
    assert cited_line_number(text, "tw-pdpa/purposes") == 5
    # alone it is still cited (the verdict does not change)
    assert profile_status("本所謹以下列聲明，向您說明蒐集個人資料之目的、類別、利用範圍及方式等事項。", "tw-pdpa/purposes") == "covered"


def test_ntugice_purposes_regression() -> None:
    assert file_verdict(NTUGICE, "tw-pdpa/purposes") == ("covered", 78)


@pytest.mark.parametrize(
    "first",
    [
        "为保障内容合规，我们对您输入大模型的文本进行实时审核与二次过滤。",
        "- 内容安全服务（阿里云内容安全）：您输入的文本、上传的头像（用于违规内容审核）",
        "如果你上传的照片中包含人脸，它将与其他视觉元素一并被风格化为漫画。",
        "| Google Gemini API | 你上传的照片(临时传输) | 分析照片内容 |",
    ],
)
def test_processing_or_data_named_by_its_author_is_cited_after_a_method(first: str) -> None:
    text = paragraphs(first, "当您设置头像时，您可以从相册选取图片作为头像。")
    assert cited_line_number(text, "cn-gbt35273/methods") == 5


def test_data_named_by_its_author_alone_still_covers() -> None:
    assert profile_status("您上传的照片将用于生成头像。", "cn-gbt35273/methods") == "covered"


@pytest.mark.parametrize(
    "path, line",
    [(XIAOPUTAO, 74), (ROOT / "eval" / "profiles36" / "docs" / "mangaroll-md" / "privacy.md", 21)],
)
def test_methods_citation_regressions(path: Path, line: int) -> None:
    assert file_verdict(path, "cn-gbt35273/methods") == ("covered", line)


def test_exception_list_items_are_cited_after_a_purpose() -> None:
    text = paragraphs(
        "在以下情形中，共享、转让、公开披露您的个人信息无需事先征得您的授权同意：",
        "1、与国家安全、国防安全直接相关的；",
        "2、用于维护所提供的产品或服务的安全稳定运行所必需的，例如发现、处置产品或服务的故障；",
        "我们收集您的手机号码，用于账号注册和登录验证。",
    )
    assert cited_line_number(text, "cn-pipl/purposes") == 9
    english = paragraphs(
        "Sharing or disclosing your personal information does not require your prior authorized consent in the following circumstances:",
        "1. for the purpose of safeguarding the life, property and other important legal rights of you or other individuals;",
        "2. directly related to national security.",
        "We use your email address to send you order confirmations.",
    )
    assert cited_line_number(english, "eu-gdpr/purposes") == 9


@pytest.mark.parametrize(
    "path, item, line",
    [(JUNQI, "cn-pipl/purposes", 31), (LIVEBOOK, "eu-gdpr/purposes", 56), (LIVEBOOK, "us-ccpa/purposes", 56)],
)
def test_exception_list_regressions(path: Path, item: str, line: int) -> None:
    assert file_verdict(path, item) == ("covered", line)
