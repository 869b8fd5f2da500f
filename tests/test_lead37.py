"""The lead's integration fixes of the thirty-seventh session, each a class both ways.

- A party's duty in a contract (「乙方应于上线前提供客服电话及负责人信息」) is a term the parties agreed, not a fact left
  for the launch (`rules.placeholder_drafts`, u37r2, found by tests/test_u36x_review.py on the merged branch); the same
  step with no party (「正式上线前需补上实际服务商清单」) is a note to the drafter and stays an error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import slot_lines

HEAD = "# 隐私政策\n\n我们收集您的手机号码用于登录。\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "乙方应于上线前提供客服电话及负责人信息。",
        "开发者须在正式上线前提供联系方式。",
        "服務商應於上線前提供客服電話及負責人資訊。",
        "双方应当在上线前提供各自的联系方式。",
    ],
)
def test_a_partys_duty_before_the_launch_is_no_slot(tmp_path: Path, line: str) -> None:
    assert slot_lines(tmp_path, HEAD + line + "\n") == set()


@pytest.mark.parametrize(
    "line",
    ["正式上线前需补上实际服务商清单。", "上线前提供客服电话及负责人信息。", "正式版本會補上聯絡方式。"],
)
def test_a_fact_left_for_the_launch_is_still_a_slot(tmp_path: Path, line: str) -> None:
    assert slot_lines(tmp_path, HEAD + line + "\n") == {5}
