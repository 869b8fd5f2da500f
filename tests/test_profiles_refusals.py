"""A sentence that refuses, contradicts, defers or never names the item is not a disclosure.

An acceptance review of issue #14 reproduced false "covered" verdicts of this class: a
business that says it *may* discriminate, consent that *cannot* be withdrawn, a legal basis
relied on but never named, purposes "we decide from time to time", 「我们不提供个人信息副本」,
agents whose requests are *not* accepted, automated decisions to be described "in a future
update", and an equal-opportunity statement about employment.  Each is a test, with the
sentence that does disclose the item beside it.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("## Your rights\n\nWe may discriminate against consumers who exercise their rights.", "us-ccpa/non-discrimination"),
        (
            "## About us\n\nWe are an equal opportunity employer and do not discriminate on the basis of race or gender.",
            "us-ccpa/non-discrimination",
        ),
        ("## Consent\n\nOnce given, consent cannot be withdrawn.", "eu-gdpr/withdraw-consent"),
        ("## Legal basis\n\nWhere required by law, we rely on a legal basis.", "eu-gdpr/legal-basis"),
        ("## Legal basis\n\nWe process data on an appropriate legal basis.", "eu-gdpr/legal-basis"),
        ("## Use\n\nWe use your data for purposes we decide from time to time.", "eu-gdpr/purposes"),
        ("## 获取副本\n\n我们不提供个人信息副本。", "cn-gbt35273/copy"),
        ("## Agents\n\nWe do not accept requests from authorized agents.", "us-ccpa/authorized-agent"),
        ("## Automated decisions\n\nWe will describe automated decision-making in a future update.", "eu-gdpr/automated-decisions"),
    ],
)
def test_refusals_and_empty_mentions_are_missing(text: str, item: str) -> None:
    assert status(text, item) == "missing"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("## Your rights\n\nWe will not discriminate against you for exercising any of your CCPA rights.", "us-ccpa/non-discrimination"),
        ("## Consent\n\nYou may withdraw your consent at any time.", "eu-gdpr/withdraw-consent"),
        ("## Legal basis\n\nOur legal basis for processing is your consent.", "eu-gdpr/legal-basis"),
        (
            "## Legal basis\n\nThe lawful bases we rely on are the performance of a contract and our legitimate interests.",
            "eu-gdpr/legal-basis",
        ),
        ("## 获取副本\n\n您可以通过“设置-导出数据”获取您的个人信息副本。", "cn-gbt35273/copy"),
        ("## Agents\n\nYou may use an authorized agent to submit a request on your behalf.", "us-ccpa/authorized-agent"),
        ("## Automated decisions\n\nWe do not use automated decision-making or profiling.", "eu-gdpr/automated-decisions"),
    ],
)
def test_the_disclosing_sentence_beside_each_is_covered(text: str, item: str) -> None:
    assert status(text, item) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "## 儿童信息\n\n我们将在境内收集的个人信息存储于境内。如涉及跨境业务，我们需要向境外机构传输相关个人信息的，也会依法提供保护。",
        "## 删除\n\n以下情形除外：（3）您要求获取境外服务等个人主动行为。",
    ],
)
def test_a_conditional_or_a_service_abroad_is_no_transfer_abroad(text: str) -> None:
    assert status(text, "cn-pipl/abroad-recipient") == "not-applicable"


def test_a_stated_transfer_abroad_makes_the_items_apply() -> None:
    assert status("## 跨境传输\n\n我们会将您的账户信息传输至位于新加坡的服务器存储。", "cn-pipl/abroad-recipient") != "not-applicable"


def test_a_hypothetical_transfer_does_not_make_the_gdpr_transfer_item_apply() -> None:
    text = (
        "## Data transfers\n\nIf any debugging data is processed or stored in a jurisdiction outside of your country of residence, "
        "we will ensure that appropriate safeguards are in place. Currently, all processing is local to your device."
    )
    assert status(text, "eu-gdpr/transfers") == "not-applicable"
    assert (
        status("## Data transfers\n\nYour data is transferred to and stored in the United States.", "eu-gdpr/transfers") != "not-applicable"
    )


def test_gdpr_rights_for_eea_users_are_not_ccpa_rights() -> None:
    eea = "## Your rights\n\nEEA users (under GDPR): You have rights including access, rectification, erasure and portability."
    assert status(eea, "us-ccpa/right-to-correct") == "missing"
    both = "## Your rights\n\nUnder the GDPR and the CCPA you have the right to request correction of inaccurate personal information."
    assert status(both, "us-ccpa/right-to-correct") == "covered"


@pytest.mark.parametrize("cell", ["【请填写处理目的】", "[待填写]", "同上", "详见下文", "XXX"])
def test_a_table_cell_that_states_nothing_is_no_column_evidence(cell: str) -> None:
    table = f"## 我们收集的信息\n\n| 信息类型 | 处理目的 | 保存期限 |\n|---|---|---|\n| 手机号 | {cell} | {cell} |\n"
    assert status(table, "cn-pipl/purposes") == "missing"
