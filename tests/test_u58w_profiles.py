"""Issue #14 classes of eval/precision57's false "missing" cn-pipl findings left by u57w2 (u58w; not blind: the set's first run
is read).

- A right granted with the way through a role in the same sentence (hyforum-zh-vue 56: 「你可以通过管理员申请注销账号」): the way
  in, as u25's 「如需删除…请联系您的系统管理员处理」.  Not the staff's own act (「管理员可以删除你的帖子」), a request that is no right,
  a third party's administrator, or a right with no way.
- The list items under a lead-in that collects "the following data" (englearn-zh-wxml 8-11: 「本小程序仅收集以下数据用于提升用户体
  验：」 + 「• 学习进度记录（存储在本地）」) are kinds of data by the list's shape, whatever their words.  Not a denied list, a third
  party's, a lead-in with nothing under it, or a list of uses (「收集的数据仅用于：」).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status, profile_verdict

_ACCOUNT = "## 账号\n\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("你可以通过管理员申请注销账号。", "covered"),
        ("你可以透過管理員申請註銷帳號。", "covered"),  # zh-Hant
        ("您可以经由网站管理员提出申请，删除您发布的内容。", "covered"),
        ("你可以联系站点管理员删除你发布的帖子。", "covered"),
        # the staff's act, no right, a third party's administrator, no way
        ("管理员可以删除你的帖子。", "missing"),
        ("你可以通过管理员申请成为版主。", "missing"),
        ("你可以通过第三方平台的管理员申请注销账号。", "missing"),
        ("你可以注销账号。", "missing"),
        # English: not read by this class
        ("You can ask the administrator to delete your account.", "missing"),
    ],
)
def test_a_right_with_the_way_through_a_role(text: str, status: str) -> None:
    assert profile_status(_ACCOUNT + text + "\n", "cn-pipl/rights") == status


_ABOUT = "## 说明\n\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("本小程序仅收集以下数据用于提升用户体验：\n\n- 学习进度记录（存储在本地）\n- 收藏的单词（存储在本地）\n", "covered"),
        ("本程式僅收集以下資料：\n\n1. 學習進度紀錄\n2. 收藏的單字\n", "covered"),  # zh-Hant, numbered
        ("We only collect the following data:\n\n- Learning progress\n- Saved words\n", "covered"),
        # denied, a third party's, a lead-in alone, a list of uses
        ("我们不会收集以下数据：\n\n- 学习进度记录\n- 收藏的单词\n", "missing"),
        ("第三方 SDK 会收集以下数据：\n\n- 学习进度记录\n", "missing"),
        ("本小程序仅收集以下数据。\n\n所有数据均保存在本地。\n", "missing"),
        ("收集的数据仅用于：\n\n- 记录您的学习进度\n- 显示学习统计\n", "missing"),
        ("We do not collect the following data:\n\n- Learning progress\n", "missing"),
    ],
)
def test_the_items_under_a_collects_the_following_lead_in(text: str, status: str) -> None:
    assert profile_status(_ABOUT + text, "cn-pipl/categories") == status


def test_precision57_hyforum_rights_and_englearn_categories() -> None:
    assert file_verdict(ROOT / "eval/precision57/hyforum-zh-vue/index.vue", "cn-pipl/rights") == ("covered", 56)
    assert file_verdict(ROOT / "eval/precision57/englearn-zh-wxml/privacy.wxml", "cn-pipl/categories") == ("covered", 9)


# A security promise that opens with its goal (eval/profiles57p youdeyiwu-zh 116: 「为了保障您的信息安全，我们在收集您的信息后，将采取
# 各种合理必要的措施保护您的信息。」) is cited after the statements of purpose; a purpose that collects for security stays first.
@pytest.mark.parametrize(
    ("first", "then", "item", "line"),
    [
        (
            "为了保障您的信息安全，我们在收集您的信息后，将采取各种合理必要的措施保护您的信息。",
            "我们使用您的手机号码用于登录验证。",
            "cn-pipl/purposes",
            7,
        ),
        (
            "為了保障您的資訊安全，我們在蒐集您的資訊後，將採取合理必要的措施保護您的資訊。",
            "我們使用您的手機號碼用於登入驗證。",
            "tw-pdpa/purposes",
            7,
        ),
        # a purpose that collects for security, and a goal with no protecting measures: still the first line
        ("为了保障您的账号安全，我们会收集您的设备信息。", "我们使用您的手机号码用于登录验证。", "cn-pipl/purposes", 5),
        ("为了保障交易安全，我们会使用您的支付记录进行风险识别。", "我们使用您的手机号码用于登录验证。", "cn-pipl/purposes", 5),
    ],
)
def test_a_security_promise_opening_with_its_goal_is_cited_after_the_purposes(first: str, then: str, item: str, line: int) -> None:
    verdict = profile_verdict(f"## 说明\n\n{first}\n\n{then}\n", item)
    assert (str(verdict.status), verdict.evidence.line if verdict.evidence else None) == ("covered", line)


def test_profiles57p_youdeyiwu_purposes_cite_a_purpose() -> None:
    assert file_verdict(ROOT / "eval/profiles57p/docs/youdeyiwu-zh/privacy.dart", "cn-pipl/purposes") == ("covered", 142)
