"""Profile verdict classes fixed in the thirty-second session (u32v, issue #14) on eval/profiles32's dev documents.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone), with the
document's own line as a regression case where useful:
- the person's own clearing stated without a subject (「删除数据：在App内随时可清空全部记录」, growth-zh) is a way to
  delete, never the policy's retention criterion;
- a device permission ("location access", next to "weather requests") under "your choices" is no GDPR right
  (aurora-en);
- children said not to be the audience with 以…为目标 (「不以儿童为目标」, nomo-zh) rule cn-pipl/minors out like 不面向儿童.
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

INTRO = "# 隐私政策\n\n最后更新：2025年7月16日\n\n## 一、我们收集什么信息\n\n我们仅收集您主动输入的宝宝喂养记录和昵称。\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "- **删除数据**：在App内随时可清空全部记录",  # eval/profiles32 growth-zh line 29
        "- 删除记录：可随时在设置页删除全部记录",
    ],
)
def test_the_person_clearing_at_will_is_no_retention_criterion(line: str) -> None:
    text = INTRO + "## 三、数据存储与安全\n\n- **本地存储**：所有记录保存在您的手机中\n" + line + "\n"
    assert status(text, "cn-pipl/retention") == "missing"
    assert status(text, "cn-gbt35273/retention") == "missing"


def test_the_event_that_ends_storage_still_is_one() -> None:
    text = INTRO + "## 三、数据存储与安全\n\n- 卸载本应用后，本机保存的全部记录将被一并删除。\n"
    assert status(text, "cn-pipl/retention") == "covered"
    assert status(text, "cn-gbt35273/retention") == "covered"


def test_clearing_in_the_app_at_will_is_a_way_to_delete() -> None:
    text = INTRO + "## 三、数据存储与安全\n\n- **删除数据**：在App内随时可清空全部记录\n"
    found = verdict(text, "cn-gbt35273/delete")
    assert found.status == "covered" and "随时可清空" in found.evidence.text
    assert status(text, "cn-pipl/rights") == "covered"


@pytest.mark.parametrize(
    "line",
    [
        "- 在App内随时可查看使用教程",  # no data cleared
        "- 在第三方平台上随时可清空其记录",  # a third party's place
        "- 浏览器缓存：在浏览器设置中随时可清空缓存数据",  # the browser cache
    ],
)
def test_other_things_done_at_will_are_no_deletion(line: str) -> None:
    text = INTRO + "## 三、使用说明\n\n" + line + "\n"
    assert status(text, "cn-gbt35273/delete") == "missing"


EN_INTRO = "Last updated: October 3, 2026\n\nThe extension shows local weather. It asks the browser for your coordinates.\n\n"


def test_a_permission_under_your_choices_is_no_right() -> None:
    text = (
        EN_INTRO
        + "## Data retention and your choices\n\n- Blocking location access for the extension in Chrome stops all weather requests.\n"
    )
    assert status(text, "eu-gdpr/rights") == "missing"


def test_a_right_of_access_under_your_choices_still_counts() -> None:
    text = EN_INTRO + "## Your choices\n\n- You may request access to your personal data or its deletion by e-mail.\n"
    assert status(text, "eu-gdpr/rights") == "covered"


def test_children_not_the_target_rule_minors_out() -> None:
    text = (
        INTRO + "## 八、儿童隐私\n\n本应用面向一般用户，不以儿童为目标，也不会主动收集儿童的个人信息。"
        "如果您是未成年人，请在监护人指导下使用本应用。\n"  # eval/profiles32 nomo-zh line 103
    )
    assert status(text, "cn-pipl/minors") == "not-applicable"


def test_children_as_the_target_keep_minors_required() -> None:
    text = INTRO + "## 八、儿童隐私\n\n本应用以儿童为目标用户。如果您是未成年人，请在监护人指导下使用本应用。\n"
    assert status(text, "cn-pipl/minors") == "missing"


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("- 在 Chrome 中禁止本扩展使用位置后，所有天气请求都会停止。", "cn-gbt35273/withdraw-consent"),  # aurora-zh line 70
        ("- Blocking location access for the extension in Chrome stops all weather requests.", "eu-gdpr/withdraw-consent"),
    ],
)
def test_blocking_a_permission_in_the_browser_withdraws_consent(line: str, item: str) -> None:
    text = INTRO + "## 数据保留与你的选择\n\n" + line + "\n"
    assert status(text, item) == "covered"


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("- 我们将在系统设置中禁止读取位置后重新启动服务。", "cn-gbt35273/withdraw-consent"),
        ("- We block location access in Chrome for every tab we do not serve.", "eu-gdpr/withdraw-consent"),
    ],
)
def test_the_operator_blocking_a_permission_is_no_withdrawal(line: str, item: str) -> None:
    text = INTRO + "## 数据处理\n\n" + line + "\n"
    assert status(text, item) == "missing"
