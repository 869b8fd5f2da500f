"""Disclosure profiles, the lead's fixes after merging the fifteenth session's profile branches (issue #14): both sides.

(1) d14h's purpose clause (a processing verb, then 以/来 and what it serves) read across a comma, so that the user's own use of
    a public computer and a later 「以防止…」 clause became the operator's purpose (eval/precision12/luteacher-tw-php line 86,
    a false "covered"): the gap no longer crosses a comma, except right before 以/来 (「收集當機紀錄，以優化我們的服務」);
(2) d14h's veto on a denial of selling alone left GB/T sharing missing where the policy goes on with the cases in which it
    shares (tests/data/real/easyshop.zh-Hant.html line 41 「但在以下情況下，我們可能會共享您的信息：」, eval/dev7/cccloud-txt line 26
    「仅在以下情形可能共享必要信息：」): such a lead-in to a list of cases is the rule for sharing; a lead-in to another act, or to the user's own sharing, is not (a
    lead-in that denies sharing is a denial, which covers the item as before).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict


@pytest.mark.parametrize(
    "text",
    [
        # eval/precision12/luteacher-tw-php line 86, shortened: advice to the user, then a clause of the user's
        "## 安全\n\n確保每次連線完畢，均會登出帳號。若您是與他人共享電腦或使用公共電腦，切記要關閉瀏覽器視窗，以防止他人讀取您的個人資料。\n",
        "## 安全\n\n若您使用公共电脑，请关闭浏览器，以防止他人读取您的信息。\n",
    ],
)
def test_a_purpose_clause_does_not_reach_across_a_comma(text: str) -> None:
    assert status(text, "cn-pipl/purposes") == "missing"
    assert status(text, "tw-pdpa/purposes") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "## 資料\n\n我們收集當機紀錄，以優化我們的服務。\n",  # the brief's form: a comma right before 以
        "## 数据\n\n我们读取推送通知以自动记账。\n",
        "## 数据\n\n我们使用收集的信息来改进应用。\n",
    ],
)
def test_a_purpose_clause_still_found(text: str) -> None:
    assert status(text, "cn-pipl/purposes") == "covered"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "## 信息共享\n\n我們不會出售您的個人信息。但在以下情況下，我們可能會共享您的信息：\n\n- 當法律要求時。\n- 在您同意的情況下。\n",
            5,
        ),
        (
            "## 信息共享\n\n我们不会向任何第三方出售您的个人信息。仅在以下情形可能共享必要信息：\n\n1. 获得您的明确同意；\n2. 依据法律法规的要求。\n",
            5,
        ),
    ],
)
def test_the_cases_of_sharing_after_a_sale_denial_cover_sharing(text: str, line: int) -> None:
    found = verdict(text, "cn-gbt35273/sharing")
    assert found.status == "covered"
    assert "以下情" in found.evidence.text
    assert found.evidence.line == line


@pytest.mark.parametrize(
    "text",
    [
        "## 信息共享\n\n我们不会出售您的个人信息。在以下情况下，我们会删除您的信息：\n\n- 您注销账号时。\n",
        "## 信息共享\n\n我们不会出售您的个人信息。在以下情形下，您可以主动分享您的内容：\n\n- 发布动态时。\n",
        "## 信息共享\n\n我们不会出售您的个人信息。\n",
    ],
)
def test_a_lead_in_to_another_act_or_the_users_own_sharing_does_not(text: str) -> None:
    assert status(text, "cn-gbt35273/sharing") == "missing"
