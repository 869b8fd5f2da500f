"""Placeholder classes fixed by the lead in the fortieth session: a users' posting rule, a date format in a code span.

u40r reported a false `placeholder-instruction` error already in the base: 「用户发布前需填写真实姓名。」 (a
platform's rule for its users' posts) read as 「发布前需填写…」, a step left for whoever adopts the template.  A
release step whose clause names a user of the service before it (用户, 会员, 商家, 卖家, 作者, 主播…) is no drafting
note (`drafting_notes._POSTING_SUBJECT`); the adopter's roles (开发者, 运营者), the text's own name (「用户协议发布前
需补充…」) and a step with no subject stay findings.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

HEAD = "# 隐私政策\n\n我们收集您的手机号码用于登录。\n\n"  # the line under test is line 5


@pytest.mark.parametrize(
    "line",
    [
        "用户发布前需填写真实姓名。",
        "卖家发布前须填写物品描述。",
        "会员发布前需修改违规内容。",
        "用户在发布前需要补充联系方式。",
        "本平台要求商家在商品发布前需填写真实的商品信息。",
        "作者发布前需完善作品简介。",
        "主播上线前需补充实名信息。",
    ],
)
def test_a_users_posting_rule_is_no_drafting_note(lines_of: Callable[[str], set[int]], line: str) -> None:
    assert lines_of(HEAD + line + "\n") == set()


@pytest.mark.parametrize(
    "line",
    [
        "发布前请删除本段。",
        "上线前需更新联系方式。",
        "本政策发布前需补充运营主体名称。",
        "开发者发布前需填写公司名称。",
        "用户协议发布前需补充公司名称。",
        "會員功能上線前，需補齊查詢、更正、刪除、停用與聯絡窗口。",  # eval/blind/round37b taigu-tw-tsx: a feature, no subject
    ],
)
def test_a_drafting_step_stays_a_finding(lines_of: Callable[[str], set[int]], line: str) -> None:
    assert lines_of(HEAD + line + "\n") == {5}


@pytest.mark.parametrize(
    "line",
    [
        "最后更新：`[YYYY 年 MM 月 DD 日]`",
        "生效日期：`YYYY-MM-DD`",
        "**更新日期**：`YYYY年MM月DD日`",
        "本政策自 `YYYY 年 MM 月 DD 日` 起生效。",
    ],
)
def test_a_date_format_in_a_code_span_after_the_date_label_is_a_slot(lines_of: Callable[[str], set[int]], line: str) -> None:
    """eval/blind/round39d secagent-md: a Markdown draft sets its fields off in backticks (u40r's report, left)."""
    assert lines_of(HEAD + line + "\n") == {5}


@pytest.mark.parametrize(
    "line",
    [
        "日期格式为 `YYYY-MM-DD`。",
        "| 出生日期 | `YYYY-MM-DD` |",
        "请以 `YYYY年MM月DD日` 的格式填写出生日期。",
        "`YYYY-MM-DD` 是日期的写法。",
    ],
)
def test_a_date_format_described_in_a_code_span_is_no_slot(lines_of: Callable[[str], set[int]], line: str) -> None:
    assert lines_of(HEAD + line + "\n") == set()
