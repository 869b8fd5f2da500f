"""A named slot opening its paragraph as the subject of a sentence is a slot, not a label.

「【您的APP名称】尊重并保护您的隐私」 under a page's title was taken for a label before its value
(【公司名称】深圳市…有限公司), so a blind round's template subtitle went unreported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _excerpts as _slots


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("【您的APP名称】尊重并保护您的隐私。", "【您的APP名称】"),
        ("[公司名称]严格遵守法律法规，保护您的个人信息。", "[公司名称]"),
        ("【公司名称】深知个人信息对您的重要性。", "【公司名称】"),
    ],
)
def test_a_slot_that_is_the_subject_is_reported(tmp_path: Path, line: str, slot: str) -> None:
    assert _slots(tmp_path, f"# 隐私政策\n\n{line}\n") == [slot]


@pytest.mark.parametrize(
    "line",
    [
        "【公司名称】深圳市小米科技有限公司",
        "【联系方式】电话 010-88886666",
        "【特别提示】本政策适用于本应用。",
        "【公司名称】：北京星海科技有限公司",
    ],
)
def test_a_label_before_its_value_is_not(tmp_path: Path, line: str) -> None:
    assert _slots(tmp_path, f"# 隐私政策\n\n{line}\n") == []
