"""False verdicts a fresh-eyes review (rv16) found in the sixteenth session's profile clauses, fixed by the lead (issue #14).

Each text is invented, written for the class the reviewer reported:
- a third party's block closing the policy (「## 第三方 SDK 列表」, a company, its address and e-mail) read as the operator: f16b's
  "company alone on a closing line" clause was taken out of cn-pipl, cn-gbt35273 and tw-pdpa;
- a third party's practice (「我们接入的第三方广告 SDK 不会故意收集儿童的个人信息」) ruling cn-pipl/minors out;
- 「用户可见的…修改记录」 read as the right to correct (可见 is no 可);
- the operator turning a feature off (「我们可以随时停用云同步功能」) read as the person withdrawing consent;
- 「不會永久保存」「不會長期保存」 (kept, for a time not stated) read as data not kept;
- 「未使用任何第三方廣告 SDK」 (one kind denied) read as no recipients at all;
- another project's GitHub link read as the way to reach a brand defined as 我们;
- "The payment processor company refers to Stripe Inc." read as the controller's glossary entry.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status

INTRO = "# 隐私政策\n\n最后更新：2024年1月1日\n\n"


def test_a_third_party_block_closing_the_policy_is_no_operator() -> None:
    text = (
        INTRO + "我们重视您的隐私，会收集您的手机号码。\n\n## 第三方 SDK 列表\n\n友盟同欣（北京）科技有限公司\n\n"
        "地址：北京市朝阳区某路 1 号\n\n邮箱：service@umeng-example.cn\n"
    )
    assert status(text, "cn-pipl/processor") == "missing"
    assert status(text, "cn-gbt35273/identity-contact") == "missing"


@pytest.mark.parametrize(
    "sentence",
    [
        "我们接入的第三方广告 SDK 不会故意收集儿童的个人信息。",
        "Our advertising partner states that it does not knowingly collect personal information from children under 13.",
    ],
)
def test_a_third_party_s_practice_does_not_rule_minors_out(sentence: str) -> None:
    text = INTRO + "本应用是一款面向小学生的识字游戏，儿童可以直接使用。我们会收集孩子的昵称和学习记录。\n\n" + sentence + "\n"
    assert status(text, "cn-pipl/minors") != "not-applicable"


def test_our_own_not_knowingly_collecting_still_rules_minors_out() -> None:
    text = INTRO + "我们会收集您的手机号码。\n\n我们不会在知情的情况下收集不满14周岁儿童的个人信息。\n"
    assert status(text, "cn-pipl/minors") == "not-applicable"


def test_visible_edit_history_is_no_right_to_correct() -> None:
    text = INTRO + "我们会收集您的手机号码。\n\n用户可见的历史版本中会保留您的修改记录。\n"
    assert status(text, "cn-gbt35273/correct") == "missing"


def test_the_operator_turning_a_feature_off_is_no_withdrawal() -> None:
    text = INTRO + "我们会收集您的手机号码。\n\n我们可以随时停用云同步功能，恕不另行通知。\n"
    assert status(text, "cn-gbt35273/withdraw-consent") == "missing"


def test_the_person_turning_a_feature_off_still_withdraws() -> None:
    text = INTRO + "我们会读取您的通知。\n\n您可以随时在设置中关闭此功能，关闭后我们将立即停止读取任何通知。\n"
    assert status(text, "cn-gbt35273/withdraw-consent") == "covered"


@pytest.mark.parametrize("sentence", ["我們不會永久保存您的個人資料。", "我們不會長期保存您上傳的檔案。"])
def test_not_kept_for_ever_is_no_period(sentence: str) -> None:
    text = "# 隱私權政策\n\n最後更新：2024年1月1日\n\n我們會蒐集您的電子郵件地址。\n\n" + sentence + "\n"
    assert status(text, "tw-pdpa/period") == "missing"


def test_one_kind_of_third_party_denied_names_no_recipients() -> None:
    text = "# 隱私權政策\n\n最後更新：2024年1月1日\n\n我們會蒐集您的電子郵件地址。\n\n本應用未使用任何第三方廣告 SDK。\n"
    assert status(text, "tw-pdpa/recipients") == "missing"


def test_another_project_s_github_is_no_way_to_reach_the_brand() -> None:
    text = INTRO + "示例笔记（以下简称“我们”）重视您的隐私。\n\n本应用使用的开源组件 GitHub：https://github.com/square/okhttp\n"
    assert status(text, "cn-pipl/processor") == "missing"


def test_a_third_party_company_refers_to_is_no_controller() -> None:
    text = (
        "# Privacy Policy\n\nLast updated: 1 January 2024\n\nThe payment processor company refers to Stripe Inc. for card data.\n\n"
        "Questions: help@notes-example.org\n"
    )
    assert status(text, "eu-gdpr/controller") == "missing"
