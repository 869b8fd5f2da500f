"""Forty-eighth session, second wave (u48w5): two held-out misses of `eval/profiles48b`, both sides of each rule.

- cn-pipl and GB/T retention: the end of the period the purpose needs, then what the operator erases, with no storage verb
  (「在满足服务目的所必需的最短期限后，我们将删除或匿名化您的个人信息」, maoshan-zh 56) is a retention criterion; the same words
  as a right the person asks for, or with nothing erased, are not;
- GB/T access: a lead-in over the rights after its colon (「我们保障您对自己的个人信息行使以下权利：」) run into the first grant
  (weiba-zh 130, the page's `{'\\n'}` breaks not read) no longer refuses it; a lead-in with no grant after it still does.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from profile_helpers import file_verdict, profile_status

P48B = ROOT / "eval" / "profiles48b" / "docs"
_ITEMS = ["cn-pipl/retention", "cn-gbt35273/retention"]


# --- retention: the end of the necessary period, then erasure ----------------------------------------------------------


@pytest.mark.parametrize("item", _ITEMS)
@pytest.mark.parametrize(
    "text",
    [
        "在满足服务目的所必需的最短期限后，我们将删除或匿名化您的个人信息。",
        "超出实现处理目的所必要的期限后，我们会及时删除您的个人信息。",
        "在所需的期限届满后，我们将对您的数据予以删除。",
        "在達成目的所必需的最短期限後，我們將刪除您的個人資料。",
    ],
)
def test_the_end_of_the_necessary_period_is_a_retention_criterion(item: str, text: str) -> None:
    assert profile_status(f"## 信息安全\n\n{text}\n", item) == "covered"


@pytest.mark.parametrize("item", _ITEMS)
@pytest.mark.parametrize(
    "text",
    [
        "您可以要求我们在满足服务目的所必需的最短期限后删除您的个人信息。",  # a right the person asks for
        "您有权在必要的期限后，请求我们删除您的个人信息。",
        "我们将在必要的期限内回复您的请求。",  # a period for an answer, nothing erased
        "我们会在最短期限后通知您处理结果。",
    ],
)
def test_a_mention_of_the_necessary_period_is_not_one(item: str, text: str) -> None:
    assert profile_status(f"## 信息安全\n\n{text}\n", item) == "missing"


@pytest.mark.parametrize("item", _ITEMS)
def test_maoshan_retention_regression(item: str) -> None:
    assert file_verdict(P48B / "maoshan-zh" / "index.tsx", item) == ("covered", 56)


# --- GB/T access: a lead-in over the rights run into the first grant ---------------------------------------------------

_LEAD = "按照相关法律法规，我们保障您对自己的个人信息行使以下权利："


def test_a_rights_lead_in_run_into_the_grant_leaves_it() -> None:
    text = f"## 您的权利\n\n{_LEAD}（一）访问和更正您的个人信息您有权访问和更正您的个人信息。\n"
    assert profile_status(text, "cn-gbt35273/access") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "我们尊重并保障您访问个人信息的权利：我们将依法处理。",  # a colon, no grant after it
        "我们尊重并保护您访问个人信息的权利。",
    ],
)
def test_a_rights_lead_in_without_a_grant_is_not_one(text: str) -> None:
    assert profile_status(f"## 您的权利\n\n{text}\n", "cn-gbt35273/access") == "missing"


def test_weiba_access_regression() -> None:
    status, line = file_verdict(P48B / "weiba-zh" / "index.tsx", "cn-gbt35273/access")
    assert status == "covered" and line is not None
