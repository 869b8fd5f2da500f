"""Issue #14, session 49 (u49w2): the classes behind the disagreements of m49w's blind eval/profiles49c dev run.

Each class is tested both ways (a mention is not a disclosure), with the real documents as regressions once m49w's set is
merged (skipped before):

- GB/T public-disclosure: disclosure denied with its exceptions as the last of the acts denied (「我们不会出售、租赁或以其他方式
  向第三方披露您的个人信息，除非获得您的明确同意或法律要求」) states the rule, as the denial of 对外披露 with its exceptions does
  (docs/profiles.md, "disclosure to authorities"); disclosure to third parties denied alone (sharing, as two older sets were
  annotated) or a disclosure the law requires (a named recipient) does not;
- GB/T access: the right to know how one's data is collected and used (「您有权了解…的情况」) under a heading that names the right of
  access (「访问权」); the same words under 「知情权」 are no access;
- tw-pdpa/categories: in an Art. 8 notice read as lead-in and items, a rights item (「請求停止蒐集、處理或利用」) with an e-mail as
  the way to ask (「寄送電子郵件至…」) names no kind of data: it covered where no categories were given, and was cited before the
  real 「個人資料類別：」 line; the Act's label with a value the lexicon does not know (「個人資料類別：用戶操作本服務時紀錄的文字資訊」)
  states the categories.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from profile_helpers import file_verdict, profile_status, profile_verdict

ROOT = Path(__file__).resolve().parent.parent
P49C = ROOT / "eval" / "profiles49c" / "docs"
NOT_MERGED = pytest.mark.skipif(not P49C.exists(), reason="eval/profiles49c is m49w's set, merged by the lead")


def _doc(body: str) -> str:
    return f"## 一、我们收集的信息\n\n我们收集您的手机号码，用于登录。\n\n## 二、信息的共享与披露\n\n{body}\n\n## 三、联系我们\n\n邮箱：help@example.com\n"


# --- GB/T public-disclosure: disclosure to third parties denied with its exceptions --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我们不会出售、租赁或以其他方式向第三方披露您的个人信息，除非获得您的明确同意或法律要求。",
        "我们承诺不会向第三方出售、出租或以其他方式披露学生个人信息，除非：\n\n- 获得学生或家长的明确同意；\n- 法律法规要求。",
        "除以下情况外，我们不会向第三方共享、转让或披露您的个人信息：\n\n- 获得您的明确同意；\n- 法律法规要求。",
        "我們不會出售或以其他方式披露您的個人資料，除非法律另有規定。",
    ],
)
def test_disclosure_to_third_parties_denied_with_its_exceptions_is_the_rule(text: str) -> None:
    assert profile_status(_doc(text), "cn-gbt35273/public-disclosure") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "我们不会向第三方披露您的个人信息。",  # flat: sharing
        "我们采取合理的安全措施保护您的数据安全，未经授权不会向第三方披露，法律法规另有规定的除外。",  # alone: sharing (1inorder-zh)
        "除以下情况外，不会向第三方披露个人信息。",  # alone: sharing (destinotify-zh)
        "在法律要求时，我们可能会向第三方披露您的信息。",  # a named recipient
        "您可以选择不向其他用户披露您的昵称，除非您在设置中开启。",  # the person's choice
    ],
)
def test_a_flat_denial_or_a_legal_demand_is_no_public_disclosure(text: str) -> None:
    assert profile_status(_doc(text), "cn-gbt35273/public-disclosure") == "missing"


@NOT_MERGED
@pytest.mark.parametrize(("name", "file", "line"), [("yanyu-zh", "page.tsx", 105), ("intelliclass-zh", "PrivacyPolicy.tsx", 138)])
def test_public_disclosure_regression(name: str, file: str, line: int) -> None:
    assert file_verdict(P49C / name / file, "cn-gbt35273/public-disclosure") == ("covered", line)


# --- GB/T access: 了解 under a heading naming the right of access ---------------------------------------------------------

_RIGHTS = "## 二、您的权利\n\n### {label}\n\n您有权了解我们收集、使用您个人信息的情况\n\n### 删除权\n\n您有权要求我们删除您的个人信息\n"


@pytest.mark.parametrize("label", ["访问权", "查阅权", "1. 访问权", "访问和查阅权"])
def test_the_right_to_know_under_an_access_heading_is_access(label: str) -> None:
    found = profile_verdict(_RIGHTS.format(label=label), "cn-gbt35273/access")
    assert (str(found.status), found.evidence.line) == ("covered", 7)


@pytest.mark.parametrize("label", ["知情权", "您的权利说明", "访问权限"])
def test_the_right_to_know_under_another_heading_is_no_access(label: str) -> None:
    assert profile_status(_RIGHTS.format(label=label), "cn-gbt35273/access") == "missing"


@NOT_MERGED
def test_access_regression() -> None:
    assert file_verdict(P49C / "yanyu-zh" / "page.tsx", "cn-gbt35273/access") == ("covered", 159)


# --- tw-pdpa/categories: a rights item of an Art. 8 notice -------------------------------------------------------------

_NOTICE = """依照個人資料保護法第8條規定進行蒐集前之告知：

1. 機關名稱：範例實驗室。
2. 蒐集目的：學術研究。
{categories}3. 依個人資料保護法第3條規定，您享有查詢或請求閱覽、請求製給複製本、請求補充或更正、請求停止蒐集、處理或利用、請求刪除之權利。您可以透過寄送電子郵件至lab@example.edu.tw的方式行使以上權利。
"""


def test_a_rights_item_with_an_email_way_names_no_category() -> None:
    assert profile_status(_NOTICE.format(categories=""), "tw-pdpa/categories") == "missing"


def test_the_category_line_is_cited_before_the_rights_item() -> None:
    found = profile_verdict(_NOTICE.format(categories="2a. 個人資料類別：姓名、電子郵件。\n"), "tw-pdpa/categories")
    assert (str(found.status), found.evidence.line) == ("covered", 7)


@pytest.mark.parametrize(
    "text",
    [
        "我們蒐集您的姓名與電子郵件地址，用於寄送通知。",
        "本服務蒐集您的電子郵件，並於您請求時停止寄送電子報。",
    ],
)
def test_an_email_collected_is_still_a_category(text: str) -> None:
    assert profile_status(text, "tw-pdpa/categories") == "covered"


@pytest.mark.parametrize("value", ["用戶操作本服務時紀錄的文字資訊。", "使用者上傳的照片與影片。"])
def test_the_act_s_label_with_a_value_states_the_categories(value: str) -> None:
    """Fires: 「個人資料類別：」 with a value the lexicon does not know as a kind (smartrecord-tw 50)."""
    found = profile_verdict(_NOTICE.format(categories=f"2a. 個人資料類別：{value}\n"), "tw-pdpa/categories")
    assert (str(found.status), found.evidence.line) == ("covered", 7)


@pytest.mark.parametrize("value", ["無", "[請填寫]", "如下", "詳見附表"])
def test_the_label_with_no_value_states_none(value: str) -> None:
    assert profile_status(_NOTICE.format(categories=f"2a. 個人資料類別：{value}\n"), "tw-pdpa/categories") == "missing"


@NOT_MERGED
def test_categories_regression() -> None:
    assert file_verdict(P49C / "smartrecord-tw" / "ReadmeFragment.java", "tw-pdpa/categories") == ("covered", 50)
