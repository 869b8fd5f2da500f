"""Profile classes the lead fixed from the eleventh blind profile set (profiles11), after its clean run: both ways.

* An event that does *not* erase (「卸载本应用不会删除您在服务器上的数据」, "uninstalling the app does not
  delete your data") is no retention criterion: it was read as 「卸载 … 删除」, the event that ends
  storage (shared fragment `not_erased`, in the `none` of every profile's event clauses).
* Visiting a place to see what *other* users post (「您可以访问我们的社区查看其他用户发布的信息」) is not
  the right of access to one's own information (shared fragment `others_content`).
"""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.profiles import resolve
from policylens.profiles.coverage import coverage


def _lines(text: str, profiles: list[str]) -> dict[str, int | None]:
    (*results,) = coverage(
        parse_string("# 隐私政策\n\n本软件由张三开发，联系邮箱：zhangsan@example.cn。\n\n" + text, suffix=".md"), resolve(profiles)
    )
    return {v.item.id: (v.evidence.line if v.evidence else None) for r in results for v in r.items}


@pytest.mark.parametrize(
    "sentence",
    [
        "卸载本应用不会删除您在服务器上的数据。",
        "注销账号不会自动删除您的历史订单。",
        "卸載本程式並不會刪除您的雲端資料。",
        "卸载本应用后，您在服务器上的数据不会被删除。",  # second review (rv11c): a comma between
        "即使您卸载本应用，数据也不会被删除。",
    ],
)
@pytest.mark.parametrize("profile, item", [("cn-gbt35273", "retention"), ("cn-pipl", "retention"), ("tw-pdpa", "period")])
def test_an_event_that_does_not_erase_is_no_retention_criterion(sentence: str, profile: str, item: str) -> None:
    assert _lines(f"## 三、信息的保存\n\n{sentence}\n", [profile])[f"{profile}/{item}"] is None


def test_uninstalling_that_does_not_delete_is_no_gdpr_retention() -> None:
    text = "## Data retention\n\nUninstalling the app does not delete your data on our servers.\n"
    assert _lines(text, ["eu-gdpr"])["eu-gdpr/retention"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "卸载本应用后，本地保存的数据将被一并删除。",  # the event that ends storage, as a practice
        "注销账号后，我们会删除您的个人信息。",
        "当您注销账号后，我们将删除您的个人信息，但您已公开发布的评论不会被删除。",  # an exception kept (review rv11b)
    ],
)
@pytest.mark.parametrize("profile", ["cn-gbt35273", "cn-pipl"])
def test_an_event_that_erases_still_covers(sentence: str, profile: str) -> None:
    assert _lines(f"## 三、信息的保存\n\n{sentence}\n", [profile])[f"{profile}/retention"] == 7


@pytest.mark.parametrize(
    "sentence",
    [
        "All data is stored on your device and is deleted when you uninstall the app.",
        "When you delete your account, we delete all your personal data, but invoices are not deleted because tax law requires us to keep them.",
    ],
)
def test_an_event_that_erases_still_covers_gdpr_retention(sentence: str) -> None:
    assert _lines(f"## Data retention\n\n{sentence}\n", ["eu-gdpr"])["eu-gdpr/retention"] == 7


def test_an_exception_kept_still_covers_the_taiwan_period() -> None:
    text = "## 三、資料保存\n\n當您註銷帳號後，我們將刪除您的個人資料，但您已公開發布的評論不會被刪除。\n"
    assert _lines(text, ["tw-pdpa"])["tw-pdpa/period"] == 7


@pytest.mark.parametrize(
    "sentence",
    [
        "您可以访问我们的社区查看其他用户发布的信息。",
        "您可以在广场浏览他人分享的内容和资料。",
        "您可以在社区页面查看其他用户的个人资料和动态信息。",  # rv11c
    ],
)
def test_seeing_what_others_post_is_not_the_right_of_access(sentence: str) -> None:
    assert _lines(f"## 四、您的权利\n\n{sentence}\n", ["cn-gbt35273"])["cn-gbt35273/access"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "您可以在“我的-个人资料”中查看您的个人信息。",
        "您可以访问个人中心查看您的账号信息。",
        "您有权访问您的个人信息。",
        "您有权访问您的个人信息，但不包括其他用户的信息。",  # review rv11b
    ],
)
def test_seeing_ones_own_information_is_the_right_of_access(sentence: str) -> None:
    assert _lines(f"## 四、您的权利\n\n{sentence}\n", ["cn-gbt35273"])["cn-gbt35273/access"] == 7


# --- an item's veto reads the clause of the match, not its whole sentence (review rv11b of x14d's veto) ---------


@pytest.mark.parametrize(
    "text, profile, item",
    [
        ("## 一、我们如何使用您的信息\n\n我们使用您的手机号码向您发送订单通知，处理的法律依据是履行与您的合同。\n", "cn-pipl", "purposes"),
        (
            "## How we use your data\n\nWe use your email address to send you order confirmations, and the legal basis for this is "
            "the performance of our contract with you.\n",
            "eu-gdpr",
            "purposes",
        ),
        (
            "## 我们如何存储您的个人信息\n\n您的账号信息、笔记内容及您的偏好设置均存储在我们位于新加坡的服务器上。\n",
            "cn-gbt35273",
            "cross-border",
        ),
        (
            "## Information from third parties\n\nWhen you sign in with Google, we receive your name, email address and profile picture "
            "from Google, and our use of that information adheres to the Google API Services User Data Policy, including the "
            "Limited Use requirements.\n",
            "eu-gdpr",
            "source",
        ),
    ],
)
def test_a_veto_word_in_another_clause_keeps_the_disclosure(text: str, profile: str, item: str) -> None:
    assert _lines(text, [profile])[f"{profile}/{item}"] == 7


@pytest.mark.parametrize(
    "text, profile, item",
    [
        # rv11c: a veto in a clause of the same sentence, joined by a plain English comma, still applies
        (
            "## Google\n\nOur use of information received from Google APIs, such as your Google Drive files, will adhere to "
            "the Google API Services User Data Policy, including the Limited Use requirements.\n",
            "eu-gdpr",
            "source",
        ),
        (
            "## Legal basis\n\nThe legal basis for processing is Art. 6(1)(b) GDPR, as processing is necessary to provide the "
            "service you requested.\n",
            "eu-gdpr",
            "purposes",
        ),
        ("## 存储\n\n浏览器扩展程序的主题设置仅保存在您的设备本地。\n", "cn-gbt35273", "cross-border"),
    ],
)
def test_a_veto_in_the_same_clause_still_applies(text: str, profile: str, item: str) -> None:
    assert _lines(text, [profile])[f"{profile}/{item}"] is None


def test_uninstalling_with_a_comma_before_the_denial_is_no_gdpr_retention() -> None:
    text = "## Data retention\n\nUninstalling the app, however, does not delete your data from our servers.\n"
    assert _lines(text, ["eu-gdpr"])["eu-gdpr/retention"] is None
