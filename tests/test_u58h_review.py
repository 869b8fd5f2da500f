"""u58h's review of the fifty-eighth session's merged changes: the defects found, each with both sides.

- `placeholder_instruction.format_hints` (u58p): a bare XXX after 格式 is the format left to fill, not a format shown
  (「副本的格式：XXX」), where 「格式：xxxx年xx月xx日」 and 「格式：09xxxxxxxx」 stay hints; the English verbs of an input's
  ask used as nouns ("your input (xxx@xxx.com)", "any type of request (xxx@xxx.com)") ask nothing, where "Enter your
  email (xxx@xxx.com)" still does; `_format_shown` asks for a cue right before an x-masked address, not anywhere in
  the 20 characters before (「特别提示，如有疑问请发邮件至xxx@xxx.com」 is a slot).
- profiles (u58q's `processor_bracket_name_u58q`): a stand-in name in 【】 (【ABC有限公司】, 【测试公司】) is a template slot
  and names no processor, as 【XX有限公司】 does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.rules.placeholder_instruction.format_hints import format_hint
from profile_helpers import profile_status
from test_u58p_precision import _both_sides

_ZH_HEAD = "# 隐私政策\n\n更新日期：2025年1月1日"
_EN_HEAD = "# Privacy Policy\n\nLast updated: 1 January 2025"


def test_a_bare_mask_after_format_is_a_slot(tmp_path: Path) -> None:
    quiet = ["日期格式：xxxx年xx月xx日。", "手機號碼格式：09xxxxxxxx。", "客服电话（格式：400-XXX-XXXX）。"]
    reported = ["我们将向您提供个人信息副本，格式：XXX。", "个人信息副本的格式为XXX。", "导出文件格式：【XXXX】。"]
    _both_sides(tmp_path, _ZH_HEAD, quiet, reported)


def test_an_input_noun_asks_for_nothing(tmp_path: Path) -> None:
    quiet = ["Enter your email (xxx@xxx.com).", "Type your phone (0912xxxxxx).", "请输入您的邮箱（xxx@xxx.com）。"]
    reported = [
        "We welcome your input (xxx@xxx.com).",
        "For any type of request (xxx@xxx.com), write to us.",
        "Send the input from your team (xxx@xxx.com).",
    ]
    _both_sides(tmp_path, _EN_HEAD, quiet, reported)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("格式：XXX", False),
        ("格式：XX", False),
        ("格式：XXXXXXXXXX", True),
        ("your input (xxx@xxx.com)", False),
        ("the type of data (xxx@xxx.com)", False),
        ("Enter your email (xxx@xxx.com)", True),
        ("Enter email (xxx@xxx.com)", True),
    ],
)
def test_format_hint_on_its_own(text: str, hint: bool) -> None:
    start = next(i for i, c in enumerate(text) if c in "Xx")
    end = text.index(")") if "(" in text else len(text)
    assert format_hint(text, start, end) is hint


def test_an_example_cue_earlier_in_the_clause_leaves_the_address_a_slot(tmp_path: Path) -> None:
    """`addresses._format_shown` (u58p) asked `_in_example`, a cue anywhere in the 20 characters before: an x-masked
    address after 提示, 例如 DPO or "such as" in its clause was silenced, where it is the contact left to fill."""
    quiet = ["請輸入正確的電子郵件，例如 xxx@xxx.com。", "Enter your email (e.g. xxx@xxx.com).", "请输入您的邮箱（xxx@xxx.com）。"]
    reported = [
        "特别提示，如有疑问请发邮件至xxx@xxx.com。",
        "个人信息保护负责人（例如DPO）邮箱xxx@xxx.com。",
        "You may reach us through channels such as xxx@xxx.com.",
    ]
    _both_sides(tmp_path, _ZH_HEAD, quiet, reported)


_CONTACT = "\n\n## 联系我们\n\n兴业银行宁德分行\n\n联系地址：宁德市天湖东路6号\n"


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("【兴业银行宁德分行/人保财险宁德市分公司】", "covered"),
        ("【星辰科技有限公司】", "covered"),
        ("【Zoom科技有限公司】", "covered"),
        # a stand-in name is a template slot
        ("【ABC有限公司】", "missing"),
        ("【YYY科技有限公司】", "missing"),
        ("【测试公司】", "missing"),
        ("【Company有限公司】", "missing"),
        ("【示范Demo科技有限公司】", "missing"),
    ],
)
def test_a_stand_in_name_in_brackets_names_no_processor(value: str, status: str) -> None:
    text = f"## 一、个人信息处理者\n\n个人信息处理者：{value}\n" + _CONTACT
    assert profile_status(text, "cn-pipl/processor") == status
    assert profile_status(text, "cn-gbt35273/identity-contact") == status


def test_of_after_the_self_described_noun_with_its_page(tmp_path: Path) -> None:
    """`_SELF_EN`'s "sample policy" branch (u58p) kept quiet before "of" ("this sample policy of ours"), but backtracked
    over its optional page/text/document: "This sample policy page of ours" matched "This sample policy"."""
    quiet = [
        "This sample policy of ours is updated yearly.",
        "This sample policy page of ours is updated yearly.",
        "This example notice text of the app explains our practice.",
    ]
    reported = ["This sample policy should be replaced before launch.", "This example policy page is not final."]
    _both_sides(tmp_path, _EN_HEAD, quiet, reported)


def test_a_hint_that_is_all_a_contact_label_holds_is_a_slot(tmp_path: Path) -> None:
    """u58p's cue (格式, 例如, e.g.) right after a contact's label and colon: the contact the policy owes has only its
    format or an example for a value, a slot; a sentence on the format, or a label asking for input, stays a hint."""
    quiet = [
        "手機號碼格式：09xxxxxxxx。",
        "請輸入有效的台灣手機號碼（格式：09xxxxxxxx）。",
        "請輸入電話：例如 09XX-XXX-XXX",
        "Phone number format: +86 1XX XXXX XXXX.",
    ]
    reported = [
        "联系电话：（格式：0591-XXXXXXXX）",
        "客服电话：【格式：400-XXX-XXXX】",
        "联系邮箱：例如 xxx@xxx.com",
        "Phone: (format: +86 1XX XXXX XXXX)",
        "Email: e.g. xxx@xxx.com",
    ]
    _both_sides(tmp_path, _ZH_HEAD, quiet, reported)
