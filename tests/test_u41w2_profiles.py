"""Profile verdict classes fixed in session 41 (u41w2, issue #14) from eval/profiles41's held-out misses (not blind after this).

Each class is tested both ways, with the set's own lines as regression cases:
- a heading that ends with its colon and holds no clause (「5.3 纠正与更正权：」, linuxdo-zh 93) is read as its section's lead-in but
  only labels it: the sentence below that says the item is cited; alone, the label still covers as before (rank, not verdict);
- cn-gbt35273/delete: closing the account offered to the user and the deletion it brings said next (「您可以申请注销账户。注销后，
  我们将立即删除您的所有敏感信息…」, linuxdo-zh 90); the effect alone stays a retention rule;
- us-ccpa/categories-collected: the Act's categories as blocks with an "- Examples:" line (wingman-ccpa 31-32); a block that
  names nothing ("- Examples: Not collected") is not one;
- us-ccpa/purposes: the right to limit the use of sensitive data "to purposes necessary…" is the right, not the purposes
  (wingman-ccpa 172);
- us-ccpa/how-to-submit: a channel's label whose value is a template slot (「- Email: ${COMPANY_INFO.privacyEmail}」, wingman-ccpa
  190) names no way in; the next line's path in the app does;
- cn-pipl/rights: 「…需要行使您的权利，请联系我们」 with the contact in another section is covered, as every other pointer to a way in
  (docs/profiles.md, a14d); with no contact anywhere it stays missing (tests/test_u41w_profiles.py).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

# ---- a heading label over the sentence that says the item --------------------------------------------------------

LINUXDO = (
    "## 5. 您的权利与数据管理\n\n依照《中华人民共和国个人信息保护法》，您对您的个人信息享有完整的控制权：\n\n"
    "### 5.2 删除与遗忘权：\n\n若您决定停止使用本服务，在结清所有应付费用及余额后，您可以申请注销账户。"
    "注销后，我们将立即删除您的所有敏感信息或进行匿名化处理，法律法规规定需保留的日志除外。\n\n"
    "### 5.3 纠正与更正权：\n\n若您发现您的信息有误，您有权要求我们更正或补充。您可以在设置页面直接修改您的信息，或通过客服提交工单。\n"
)


def test_a_heading_label_is_cited_after_the_sentence_below() -> None:
    # eval/profiles41 linuxdo-zh 93-94
    found = verdict(LINUXDO, "cn-gbt35273/correct")
    assert found.status == "covered" and "您有权要求我们更正" in found.evidence.text


def test_a_heading_label_alone_still_covers() -> None:
    text = "## 5. 您的权利\n\n### 5.3 纠正与更正权：\n\n您可以通过客服提交工单。\n"
    found = verdict(text, "cn-gbt35273/correct")
    assert found.status == "covered" and "更正权" in found.evidence.text  # the rank moves citations only


# ---- cn-gbt35273/delete: closing the account offered, and what it deletes --------------------------------------------


def test_deletion_after_closing_the_account_offered() -> None:
    # eval/profiles41 linuxdo-zh 90
    found = verdict(LINUXDO, "cn-gbt35273/delete")
    assert found.status == "covered" and "注销后" in found.evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "## 存储\n\n账号注销后，我们将删除您的个人信息。\n",  # a retention rule: no way to close offered
        "## 存储\n\n注销后，我们将删除您的个人信息。\n",
        "## 账号\n\n您可以申请注销账户。\n",  # closing offered, nothing said to be deleted
    ],
)
def test_the_effect_or_the_act_alone_is_no_deletion_right(text: str) -> None:
    assert status(text, "cn-gbt35273/delete") == "missing"


# ---- us-ccpa/categories-collected: "CATEGORY A" blocks with their examples ----------------------------------------

CATEGORIES = (
    "## California Notice\n\nWe have collected the following categories of personal information within the last twelve months:\n\n"
    "CATEGORY A: IDENTIFIERS\n- Examples: Real name, email address, phone number, account name, IP address, device identifiers\n"
    "- Collected: Yes\n- Source: Directly from you\n"
)


def test_an_examples_line_names_the_category() -> None:
    # eval/profiles41 wingman-ccpa 31-32
    found = verdict(CATEGORIES, "us-ccpa/categories-collected")
    assert found.status == "covered" and "Examples: Real name" in found.evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "## Notice\n\nCATEGORY J: EDUCATION INFORMATION\n- Examples: Not collected\n- Collected: No\n",
        "## Notice\n\nCATEGORY J: EDUCATION INFORMATION\n- Examples: email address (N/A)\n- Collected: No\n",
        "## Notice\n\nExamples: we do not collect your email address or phone number.\n",
    ],
)
def test_an_examples_line_naming_nothing_collected_is_no_category(text: str) -> None:
    assert status(text, "us-ccpa/categories-collected") == "missing"


# ---- us-ccpa/purposes: the right to limit is no purpose -------------------------------------------------------------


def test_the_right_to_limit_is_not_the_purposes() -> None:
    # eval/profiles41 wingman-ccpa 172
    text = (
        "## Use\n\nWe use the personal information we collect for the following business and commercial purposes:\n\n"
        "- Account creation and maintenance\n- Customer support\n\n"
        "## 5.5 RIGHT TO LIMIT USE OF SENSITIVE PERSONAL INFORMATION\n\n"
        "You have the right to limit our use of sensitive personal information to purposes necessary to provide our services.\n"
    )
    found = verdict(text, "us-ccpa/purposes")
    assert found.status == "covered" and "RIGHT TO LIMIT" not in found.evidence.section.upper()
    alone = "## 5.5 RIGHT TO LIMIT\n\nYou have the right to limit our use of sensitive personal information to purposes necessary to provide our services.\n"
    assert status(alone, "us-ccpa/purposes") == "missing"


def test_a_use_to_provide_the_service_is_still_a_purpose() -> None:
    text = "## Use\n\nWe use your email address to provide the service and to send you receipts.\n"
    assert status(text, "us-ccpa/purposes") == "covered"


# ---- us-ccpa/how-to-submit: a channel label with a slot names no way in ---------------------------------------------

SUBMIT = "## 6. Exercising Your Rights\n\n### 6.1 SUBMIT A REQUEST\n\n- Email: ${COMPANY_INFO.privacyEmail}\n"


def test_a_slot_channel_is_passed_for_the_path_in_the_app() -> None:
    # eval/profiles41 wingman-ccpa 189-192
    text = SUBMIT + "- In-App: Settings > Privacy > California Privacy Rights\n- Mail: ${COMPANY_INFO.address}\n"
    found = verdict(text, "us-ccpa/how-to-submit")
    assert found.status == "covered" and "In-App" in found.evidence.text


def test_only_slot_channels_give_no_way_in() -> None:
    assert status(SUBMIT, "us-ccpa/how-to-submit") == "missing"


def test_a_real_address_after_the_label_is_a_way_in() -> None:
    found = verdict(SUBMIT.replace("${COMPANY_INFO.privacyEmail}", "privacy@wingman.example.org"), "us-ccpa/how-to-submit")
    assert found.status == "covered" and "privacy@wingman" in found.evidence.text


# ---- cn-pipl/rights: the wish to exercise rights, the contact in another section -------------------------------------

RIGHTS = "## 6. 您的权利\n\n根据相关法律法规，您享有以下权利：\n\n- 查询、更正或删除您的个人信息\n- 撤回同意或限制信息处理\n\n"
WISH = "## 9. 联系我们\n\n如果您对本隐私政策有任何疑问或需要行使您的权利，请联系我们：\n\n我们将尽快回复。\n\n"


def test_the_wish_with_a_contact_elsewhere_in_the_document() -> None:
    found = verdict(RIGHTS + WISH + "## 10. 公司信息\n\n邮箱：privacy@mediclinic.cn\n", "cn-pipl/rights")
    assert found.status == "covered" and "行使您的权利" in found.evidence.text


@pytest.mark.parametrize("tail", ["## 10. 其他\n\n本政策自发布之日起生效。\n", "## 10. 公司信息\n\n邮箱：[请填写邮箱]\n"])
def test_the_wish_with_no_contact_anywhere_is_no_way(tail: str) -> None:
    assert status(RIGHTS + WISH + tail, "cn-pipl/rights") == "missing"
