"""Disclosure profiles, forty-first session (u41w3): classes of eval/profiles41c's first run.

Each class is tested both ways with invented texts modelled on the real ones, plus the real file as a regression case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import profile_status

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "eval" / "profiles41c" / "docs"

_ABROAD = [
    "cn-pipl/abroad-recipient",
    "cn-pipl/abroad-purposes",
    "cn-pipl/abroad-methods",
    "cn-pipl/abroad-categories",
    "cn-pipl/abroad-rights",
]

# m41w's probe: the GB/T 35273 template lead-in read with one item that holds 处理.
_TEMPLATE = (
    "北京示例科技有限公司（以下简称“我们”）非常重视您的个人信息保护。\n\n"
    "## 您的权利\n\n"
    "按照中国相关的法律、法规、标准，以及其他国家、地区的通行做法，我们保障您对自己的个人信息行使以下权利：\n\n"
    "1. 您有权访问我们处理的您的个人信息。\n"
)


@pytest.mark.parametrize("item", _ABROAD)
def test_other_countries_common_practice_is_no_transfer_abroad(item: str) -> None:
    """eval/profiles41c zhixue-zh 85: 其他国家 (named for its practice) + 处理 was read as data going abroad."""
    assert profile_status(_TEMPLATE, item) == "not-applicable"


@pytest.mark.parametrize(
    "sentence",
    [
        "我们参照国际惯例和其他国家和地区的法律处理您的个人信息。",
        "我们参照欧盟《通用数据保护条例》的要求处理您的个人信息。",
        "我们参考国外的通行做法存储和处理您的个人信息。",
        "我们按照美国的标准处理您的个人信息。",
    ],
)
def test_foreign_practice_standards_or_laws_never_trigger_a_transfer(sentence: str) -> None:
    assert profile_status(f"## 信息处理\n\n{sentence}\n", "cn-pipl/abroad-recipient") == "not-applicable"


@pytest.mark.parametrize(
    "sentence",
    [
        "为提供翻译服务，我们会将您的文本传输至境外服务器处理。",
        "我们会向境外提供您的账号信息，用于海外业务的客户服务。",
        "您的个人信息将被传输至其他国家的服务器存储。",
        "按照其他国家、地区的通行做法，我们会将您的信息传输至境外的服务器。",
    ],
)
def test_a_real_transfer_abroad_still_applies(sentence: str) -> None:
    assert profile_status(f"## 跨境传输\n\n{sentence}\n", "cn-pipl/abroad-recipient") == "missing"


@pytest.mark.parametrize("item", _ABROAD)
def test_the_real_file_has_no_abroad_items(item: str) -> None:
    from helpers import one_item, parse_path
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_path(SET / "zhixue-zh" / "PrivacyPolicyPage.tsx"), [one_item(item)])
    (found,) = result.items
    assert found.status == "not-applicable"


# --- eu-gdpr: the public-task basis in Art. 6(1)(e)'s words; a department "registered as a Data Controller" ----------------

_CONTACT = "\n\n## Contact\n\nEmail us at privacy@example.gov.uk.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The lawful basis for processing your personal data is that the processing is necessary for the performance of a "
        "task carried out in the public interest or in the exercise of official authority vested in the data controller.",
        "We process your data because it is necessary for the performance of a task carried out in the public interest.",
    ],
)
def test_the_public_task_basis_in_gdpr_words_is_a_legal_basis(sentence: str) -> None:
    """eval/profiles41c rpr-en 32-34."""
    assert profile_status(f"## Lawful basis\n\n{sentence}\n", "eu-gdpr/legal-basis") == "covered"


def test_the_public_interest_alone_is_no_legal_basis() -> None:
    text = "## About us\n\nWe publish this register in the public interest so that employers can check a licence.\n"
    assert profile_status(text, "eu-gdpr/legal-basis") == "missing"


def test_a_department_registered_as_a_data_controller_is_the_controller() -> None:
    """eval/profiles41c rpr-en 105: 「The Department for Business and Trade is registered as a Data Controller…」."""
    text = (
        "## Changes\n\nWe will tell you if we change this notice.\n\n"  # (an "if" anywhere vetoed the older clause)
        "The Department for Business and Trade is registered as a Data Controller under the UK GDPR." + _CONTACT
    )
    assert profile_status(text, "eu-gdpr/controller") == "covered"


def test_registered_as_a_controller_still_needs_a_contact_and_a_name() -> None:
    no_contact = "## Changes\n\nThe Department for Business and Trade is registered as a Data Controller under the UK GDPR.\n"
    assert profile_status(no_contact, "eu-gdpr/controller") == "missing"
    no_name = "## Changes\n\nWe are registered as a data controller." + _CONTACT
    assert profile_status(no_name, "eu-gdpr/controller") == "missing"


@pytest.mark.parametrize(("item", "line"), [("eu-gdpr/legal-basis", 32), ("eu-gdpr/controller", 105)])
def test_rpr_en(item: str, line: int) -> None:
    from helpers import one_item, parse_path
    from policylens.profiles.coverage import coverage

    (result,) = coverage(parse_path(SET / "rpr-en" / "privacy-policy.njk"), [one_item(item)])
    (found,) = result.items
    assert (found.status, found.evidence.line if found.evidence else None) == ("covered", line)
