"""Fifty-fifth session, helper u55w (issue #14, required-disclosure profiles):

- a list item read after its heading whose match takes the right's words from the heading must be about the person's data:
  a product's feature list (「…模板信息，包括查询、添加、修改、删除」) under 「（一）查询和更正您的个人信息」 is no right to correct or
  delete (`matcher._item_vetoed`, `{feature_ops_u55w}`; eval/profiles53q jixintong-zh 135), and a subsection titled as the
  right whose items are the cases of GB/T §8.3 (「（二）删除个人信息」 + 「1．如果我们处理个人信息的行为违反法律法规；」) discloses
  the deletion right (jixintong-zh 138).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_verdict

P53Q = ROOT / "eval" / "profiles53q" / "docs"

# --- a product's feature list under the right's heading ----------------------------------------------------------------

_RIGHTS = "## 七、您的权利\n\n### （一）查询和更正您的个人信息\n\n"
_RIGHT_ITEM = "2. 您有权对错误或不完整的信息做出更正。您可以自行进行更正，或通过意见反馈联系我们。\n"


@pytest.mark.parametrize(
    "item",
    [
        "1. 您可以随时登录平台，在“模板配置”中查看短信模板信息，包括查询、添加、修改、删除。",
        "1. 您可以隨時登入平台，在「範本設定」中查看簡訊範本資訊（查詢、新增、修改、刪除）。",
    ],
)
def test_a_feature_list_under_the_rights_heading_is_no_right(item: str) -> None:
    text = _RIGHTS + item + "\n" + _RIGHT_ITEM
    found = profile_verdict(text, "cn-gbt35273/correct")
    assert (found.status, found.evidence.line) == ("covered", 8), found  # the right (item 2), not the feature list (7)
    assert profile_verdict(text, "cn-gbt35273/delete").status == "missing"


@pytest.mark.parametrize("item", ["1. 您可以随时登录平台，查看和更正您的昵称、头像。", "1. 您可以随时登录平台查看。"])
def test_an_item_about_the_persons_data_under_the_heading_is_still_cited(item: str) -> None:
    found = profile_verdict(_RIGHTS + item + "\n" + _RIGHT_ITEM, "cn-gbt35273/correct")
    assert (found.status, found.evidence.line) == ("covered", 7), found


@pytest.mark.parametrize(
    "text",
    [
        "## 七、您的权利\n\n### （二）删除个人信息\n\n1. 如果我们处理个人信息的行为违反法律法规；\n2. 如果我们收集、使用您的个人信息，却未征得您的同意；\n",
        "## 七、您的權利\n\n### （二）刪除個人資料\n\n1. 如果我們處理個人資料的行為違反法律法規；\n",
    ],
)
def test_the_deletion_cases_under_a_title_naming_the_right(text: str) -> None:
    found = profile_verdict(text, "cn-gbt35273/delete")
    assert (found.status, found.evidence.line) == ("covered", 7), found


@pytest.mark.parametrize(
    "text",
    [
        "## 七、安全\n\n我们收集、使用您的个人信息不会违反法律法规。我们会删除个人信息。\n",
        "## 七、您的权利\n\n### （二）我们的承诺\n\n1. 如果我们处理个人信息的行为违反法律法规，我们将承担责任；\n",
    ],
)
def test_the_cases_without_the_title_or_the_title_without_cases_are_no_right(text: str) -> None:
    assert profile_verdict(text, "cn-gbt35273/delete").status == "missing"


def test_jixintong_correct_and_delete_are_cited_at_the_right() -> None:
    path = P53Q / "jixintong-zh" / "login.vue"
    assert file_verdict(path, "cn-gbt35273/correct") == ("covered", 136)
    assert file_verdict(path, "cn-gbt35273/delete") == ("covered", 138)
