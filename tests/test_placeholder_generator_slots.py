"""Slots a policy generator leaves (a blind round's misses, reproduced on text written here):
the choice of person [我/我们], [my/our]; the "add … here" slot; a date whose month and day are
blank; and, not a slot, a document title quoted with angle brackets for 《》."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _excerpts as _slots


@pytest.mark.parametrize(
    "slot",
    ["[我/我们]", "[我的/我们的]", "[我們/我]", "[my/our]", "[me/us]", "[I/We]", "[I am/We are]"],
)
def test_a_choice_of_person_is_a_slot(tmp_path: Path, slot: str) -> None:
    assert _slots(tmp_path, f"# 隐私政策\n\n如果您选择使用 {slot} 服务，即表示您同意本政策。\n") == [slot]


def test_the_generators_add_here_slot(tmp_path: Path) -> None:
    slot = "[添加您在此处收集的任何其他信息，例如用户姓名、地址、位置、图片]"
    assert _slots(tmp_path, f"# 隐私政策\n\n我们可能会要求您提供某些个人身份信息{slot}。\n") == [slot]


@pytest.mark.parametrize("date", ["2019年 月 日", "2024年＿＿月＿＿日", "2020 年   月   日"])
def test_a_date_with_blank_month_and_day(tmp_path: Path, date: str) -> None:
    found = _slots(tmp_path, f"# 隐私政策\n\n生效日期：{date}\n\n我们重视您的隐私。\n")
    assert len(found) == 1 and found[0].endswith("日") and "月" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "请遵守<<內容同意協議>>相關規定。",
        "详见<用户协议>与<隐私政策>。",
        "点击【添加好友】即可邀请。",
        "[I/O] 设备与 [TCP/IP] 协议。",
        "本政策于2021年3月30日更新，自2021年 4月1日起生效。",
        "请在[添加]页面上传图片。",
    ],
)
def test_look_alikes_are_not_slots(tmp_path: Path, text: str) -> None:
    assert _slots(tmp_path, f"# 隐私政策\n\n{text}\n") == []


def test_double_angle_slots_are_slots_and_double_angle_titles_are_not(tmp_path: Path) -> None:
    found = _slots(tmp_path, "# 隐私政策\n\n本政策由<<公司名称>>制定，联系电话<<联系电话>>，请遵守<<內容同意協議>>。\n")
    assert found == ["<<公司名称>>", "<<联系电话>>"]  # the whole slot, both marks each side (twenty-fourth session)


def test_an_add_here_step_of_a_ui_path_is_no_slot(tmp_path: Path) -> None:
    assert _slots(tmp_path, "# 隐私政策\n\n点击【设置】-【添加此处的快捷方式】即可。\n") == []
