"""Sixty-first session (u61p, issue #11): the placeholder leftovers of the sixtieth session, both ways.

- A phone label ending a paragraph (「…联系电话：」, 「…请拨打客服电话」), its filler value opening the next one
  (`placeholder_dummy_contact._under_label`); a real number there, a heading next, a sample or the user's own phone stay quiet.
- An English field word alone in full-width brackets after the words that take a value, with no colon ("Contact us at
  【Email】", 「请发送邮件至【Email】」, "call 【Phone】", "effective as of 【Date】": `slots._EN_TAKES_VALUE`); a channel named
  ("by 【Email】", 「通过【Email】」), labels ([Android], 【Note】, 【Settings】) stay quiet.
- A test's stub as a whole plain paragraph (「测试内容」, 「测试文本」, "test", 「文字文字文字」: `placeholder_stubs`); the same
  words as a heading, a list item, a table cell or an emphasised label stay quiet, and so does 「内容」 alone.
- round61p's dev classes (m61p, not blind after): 「地址：依上架地區與帳號類型填寫」, how to fill a field as its value
  (`instruction_values`); 「實際文字處理、保存與連網情形」, 文字 + the first verb of a list, no mainland term (`regional_vocabulary`).
- The pair walk shared by the filler and label rules (`placeholder_filler_digits.label_pairs`) and the zero number's one
  home (`patterns.ZERO_NUMBER`): no import at call time.
"""

from __future__ import annotations

import ast
from pathlib import Path

from check_helpers import POLICY_HEAD, POLICY_TAIL, framed_errors
from conftest import ROOT

_HEAD, _TAIL = POLICY_HEAD, POLICY_TAIL
_errors = framed_errors
_FIRST = 5  # the line the body opens on


def test_a_phone_label_ending_a_paragraph_with_its_filler_value_in_the_next(tmp_path: Path) -> None:
    body = (
        "如您对本政策有任何疑问，请与我们联系。联系电话：\n\n12345678\n\n"  # 5, 7
        "如有问题请拨打客服电话\n\n010-12345678（工作日）\n\n"  # 9, 11
        "您也可以拨打我们的服务热线\n\n400-123-4567\n"  # 13, 15
    )
    assert _errors(tmp_path, body) == {7: ["12345678"], 11: ["010-12345678"], 15: ["400-123-4567"]}


def test_a_phone_label_ending_a_paragraph_stays_quiet_without_a_filler(tmp_path: Path) -> None:
    body = (
        "如您有疑问，请联系我们。联系电话：\n\n010-82345671\n\n"  # a real number
        "如有问题请拨打客服电话\n\n## 一、12345678 个人信息\n\n"  # a heading next: a new topic
        "例如手机号码：\n\n13800138000\n\n"  # a sample
        "我们会收集您的手机\n\n12345678\n\n"  # the user's phone, no call's verb nor colon
        "请拨打客服电话\n\n95588\n"  # a real short number
    )
    assert _errors(tmp_path, body) == {}


def test_an_english_field_slot_after_the_words_that_take_a_value(tmp_path: Path) -> None:
    body = (
        "Contact us at 【Email】 for help.\n\n"  # 5
        "Email us at 【Email】 or call 【Phone】.\n\n"  # 7
        "请发送邮件至【Email】。\n\n"  # 9
        "This policy is effective as of 【Date】.\n"  # 11
    )
    assert _errors(tmp_path, body) == {5: ["【Email】"], 7: ["【Email】", "【Phone】"], 9: ["【Email】"], 11: ["【Date】"]}


def test_an_english_field_word_naming_a_channel_or_a_label_stays_quiet(tmp_path: Path) -> None:
    body = (
        "Contact us by 【Email】 or 【Phone】.\n\n"
        "您可以通过【Email】联系我们。\n\n"
        "Sign in with 【Google】, go to 【Settings】, see 【Note】 and [Android].\n\n"
        "截至【Date】，我们共有用户。\n\n"
        "The update of 【Date】 is listed; refer to 【Address】 for details.\n\n"
        "Data collected: 【Email】, see [Section 3](#s3).\n"
    )
    assert _errors(tmp_path, body) == {}


def test_a_test_stub_as_a_whole_plain_paragraph(tmp_path: Path) -> None:
    body = "测试内容\n\n测试文本\n\ntest\n\n文字文字文字\n\n测试测试测试\n\n測試\n"
    assert _errors(tmp_path, body) == {
        5: ["测试内容"],
        7: ["测试文本"],
        9: ["test"],
        11: ["文字文字文字"],
        13: ["测试测试测试"],
        15: ["測試"],
    }


def test_a_repeated_stub_read_as_a_heading(tmp_path: Path) -> None:
    body = "我们重视您的隐私。\n\n## 测试测试测试\n\n文字文字文字\n\n本政策适用于本应用。\n"
    assert _errors(tmp_path, body) == {7: ["测试测试测试"], 9: ["文字文字文字"]}


def test_the_stub_words_as_a_heading_item_cell_or_label_stay_quiet(tmp_path: Path) -> None:
    body = (
        "我们提供心理测评服务。\n\n内容\n\n## 测试内容\n\n我们收集以下信息：\n\n- 测试内容\n- 示例文本\n- test\n\n"
        "| 项目 | 说明 |\n| --- | --- |\n| 测试内容 | 您的答题记录 |\n\n"
        "**测试内容**\n\n我们提供的心理测试内容仅供参考，测试结果不作为诊断依据。\n"
    )
    assert _errors(tmp_path, body) == {}


def test_how_to_fill_a_field_as_its_value(tmp_path: Path) -> None:
    body = "开发者名称：请填写  \n电子邮件：请填写  \n地址：依上架地区与账号类型填写\n\n邮箱：按实际情况填写\n"
    assert _errors(tmp_path, body) == {5: ["请填写"], 6: ["请填写"], 7: ["依上架地区与账号类型填写"], 9: ["按实际情况填写"]}


def test_how_the_reader_fills_a_field_stays_quiet(tmp_path: Path) -> None:
    body = "收货地址：按您的订单填写\n\n填写说明：依照页面提示填写后提交即可。\n\n付款方式：按订单金额结算。\n"
    assert _errors(tmp_path, body) == {}


def test_the_pair_walk_and_the_zero_number_have_one_home() -> None:
    rules = ROOT / "cli" / "policylens" / "rules"
    for name in ("placeholder_dummy_contact.py", "placeholder_filler_digits.py"):
        tree = ast.parse((rules / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                inner = [n for n in ast.walk(node) if isinstance(n, ast.ImportFrom)]
                assert not inner, (name, node.name)  # no import at call time (the cycle closing60 saw)
        source = (rules / name).read_text(encoding="utf-8")
        assert "previous: TextUnit | None" not in source  # the unit pairs walked by `label_pairs`, once
    assert "-0{3,4}-0{3,4}" not in (rules / "placeholder_dummy_number.py").read_text(encoding="utf-8")
