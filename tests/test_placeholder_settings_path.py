"""A quoted step of a settings path is the reader's own row, not a slot (a blind round's false error).

「"设置" > "[您的姓名]" > "iCloud"」 tells the reader to tap the row that shows their own name; the
same bracket in prose, or at the end of a path, is still a slot.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _excerpts as _slots


@pytest.mark.parametrize(
    "line",
    [
        '要删除 iCloud 中的数据，您可以通过 iOS 的"设置" > "[您的姓名]" > "iCloud" > "管理账户存储"来操作。',
        "在 设置 → [您的姓名] → iCloud 中关闭同步。",
        "打开「设置」＞「[您的姓名]」＞「iCloud」。",
        "Open Settings › [Your Name] › iCloud to turn it off.",
    ],
)
def test_a_step_between_two_arrows_is_not_a_slot(tmp_path: Path, line: str) -> None:
    assert _slots(tmp_path, f"# 隐私政策\n\n{line}\n") == []


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("请联系 [您的姓名] 获取帮助。", "[您的姓名]"),
        ("路径：设置 > [您的邮箱]", "[您的邮箱]"),  # the last step: nothing after it says it is a row
        ("联系人：[您的姓名] - 客服部", "[您的姓名]"),  # a dash is prose, not a path arrow
    ],
)
def test_the_same_bracket_elsewhere_is_a_slot(tmp_path: Path, line: str, slot: str) -> None:
    assert _slots(tmp_path, f"# 隐私政策\n\n{line}\n") == [slot]
