"""Placeholder classes the eighteenth blind round still missed after its fixes (issue #11 §1, nineteenth session): one test per
class, both ways.

The lead described the shapes (the documents stay blind); every text below is invented:

1. a bracketed field name in a value's place, after a label that asks for the same kind of value, with or without ：, 为
   or a table's bar: 「版本 1.0，生效日期【上线日期】」, 「更新日期：【发布时间】」, 「| 生效日期 | 【上线日期】 |」
   (`cli/policylens/rules/placeholder_instruction/field_values.py`, `_value_place`: the kind is read from the last word of
   the label and of the slot, 日期/时间, 主体/处理者, 名单, 邮箱…, not from a list of slot names); not emphasised data after a
   label of another kind (设备信息：【设备名称】), a datum of the same kind that is not the text's own date
   (使用时间：【登录时间】 is a list of data), a bare field word (| 拨打电话 | 【电话】 |, a permission's group), a compound
   (| 名单 | [白名单] |), a value kept in brackets, or the reader's own data (您的联系电话【家庭固定电话】);
2. the same slot followed by the value it has for now: 「个人信息处理者：**【运营主体】**，当前为星辰科技有限公司。」; and any
   field name in a text that says its brackets are placeholders (「文中【】内为占位符」): there 「本应用的【运营主体】为…」 is a slot,
   elsewhere a defined term in a sentence (the false error the eighteenth session's vocabulary made);
3. a slot after its label inside parentheses in a table cell: 「（某官方接口或其他兼容提供方，当前名单：【上游提供方名单】）」;
4. an English field with the template's example, in brackets of any kind: 「【Contact email, e.g. privacy@example.com】」,
   「[Website URL, such as https://…]」 (`field_values._EN_EXAMPLE`), and a Chinese field with a sample value,
   「【联系邮箱，例如：privacy@example.com】」 (`_ZH_EXAMPLE`); not a gloss in round brackets, a link's text, nor a kind of data
   with the items it covers (「【联系方式，如手机号码、邮箱】」);
5. the false error removed: a slash list of bare words after a noun, whose first is a fill verb used as a noun, lists kinds
   of what the text counts: 「token 数量（输入/缓存/输出）」, 「更正（补充/删除）」 (`instructions._lists_kinds`); a marker
   among them keeps it a slot: 「联系电话（待补充/待定）」.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders

HEAD = "# 隐私政策\n\n本政策适用于我们提供的全部服务，请您仔细阅读。\n\n"


def _excerpts(tmp_path: Path, body: str, suffix: str = "md") -> list[str]:
    """The excerpt of every placeholder finding at error level in HEAD + body."""
    return [f.excerpt for f in _placeholders(tmp_path, HEAD + body, suffix) if f.severity == "error"]


# --- 1. 生效日期【上线日期】: a field name where the label's value goes --------------------------------------------


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("版本 1.0，生效日期【上线日期】", "【上线日期】"),
        ("本政策的生效日期为【正式上线日期】。", "【正式上线日期】"),
        ("更新日期：【发布时间】", "【发布时间】"),
        ("**最近更新**：【版本发布日期】｜版本 2.0", "【版本发布日期】"),
        ("本政策生效日期【上線日期】，請您仔細閱讀。", "【上線日期】"),
        ("- 联系邮箱：【客服专用邮箱】", "【客服专用邮箱】"),
        ("运营者：【开发主体】。", "【开发主体】"),
        ("個人資料處理者：【營運主體】。", "【營運主體】"),
        ("备案编号：【网站备案编号】", "【网站备案编号】"),
        ("| 生效日期 | 【上线日期】 |", "【上线日期】"),
    ],
)
def test_field_name_in_a_labels_value_place(tmp_path: Path, line: str, slot: str) -> None:
    body = ("| 项目 | 内容 |\n| --- | --- |\n" if line.startswith("|") else "") + line + "\n"
    assert _excerpts(tmp_path, body) == [slot]


def test_field_name_as_an_html_value_cell(tmp_path: Path) -> None:
    html = "<html><body><h1>隐私政策</h1><table><tr><td>生效日期</td><td>【上线日期】</td></tr></table></body></html>\n"
    assert [f.excerpt for f in _placeholders(tmp_path, html, "html") if f.severity == "error"] == ["【上线日期】"]


def test_brackets_that_emphasise_data_or_keep_a_value_are_not_slots(tmp_path: Path) -> None:
    body = (
        "我们收集以下信息：\n\n- 设备信息：【设备名称】\n- 使用记录：【登录时间】、【退出时间】\n- 联系方式：【手机号码】\n\n"
        "请留下您的联系电话【家庭固定电话】。\n\n个人信息处理者：【北京星辰科技有限公司】。\n\n更新日期：【2024年3月1日】\n\n"
        "我们会在更新日期【版本日期】前通知您。\n\n我们记录的访问时间为【页面停留时间】。\n\n| 权限 | 分组 |\n| --- | --- |\n| 拨打电话 | 【电话】 |\n| 名单 | [白名单] |\n"
    )
    assert _excerpts(tmp_path, body) == []


# --- 2. 处理者：**【运营主体】**，当前为…: the slot with the value it has for now; a text that declares its brackets --------


@pytest.mark.parametrize(
    "line",
    [
        "个人信息处理者：**【运营主体】**，当前为北京星辰科技有限公司（统一社会信用代码见官网）。",
        "> 个人信息处理者：【运营主体】，目前为星辰科技有限公司。",
        "本服务的运营者为【运营主体】，暂定为星辰工作室。",
    ],
)
def test_slot_followed_by_its_value_for_now(tmp_path: Path, line: str) -> None:
    assert _excerpts(tmp_path, line + "\n") == ["【运营主体】"]


def test_a_text_that_declares_its_brackets_makes_each_field_name_a_slot(tmp_path: Path) -> None:
    term = "本应用的【运营主体】为星辰科技有限公司，负责处理您的个人信息。\n"
    assert _excerpts(tmp_path, term) == []  # a defined term, emphasised: the eighteenth session's false error
    declared = "> 说明：文中【】内为占位符，上线前逐项确认。\n\n" + term + "\n【联系邮箱】：privacy@xingchen.cn\n"
    assert "【运营主体】" in _excerpts(tmp_path, declared)
    assert "【联系邮箱】" not in _excerpts(tmp_path, declared)  # a label before its value stays one


# --- 3. （…，当前名单：【上游提供方名单】）: a slot after its label inside a cell's parentheses ------------------------


def test_slot_inside_parentheses_in_a_table_cell(tmp_path: Path) -> None:
    body = (
        "| 接收方 | 说明 |\n| --- | --- |\n"
        "| 模型服务商 | 上游模型服务商（某官方接口或其他兼容服务商，当前名单：【上游服务商名单】） |\n"
        "| 合作方 | 合作方（如有，当前名单：【合作方名单】；可随时更新） |\n"
    )
    assert _excerpts(tmp_path, body) == ["【上游服务商名单】", "【合作方名单】"]
    filled = "| 接收方 | 说明 |\n| --- | --- |\n| 合作方 | 合作方（当前名单：星辰科技、月光数据） |\n"
    assert _excerpts(tmp_path, filled) == []


# --- 4. 【Contact email, e.g. privacy@example.com】: an English field with the template's example -----------------------


@pytest.mark.parametrize(
    "slot",
    [
        "【Contact email, e.g. privacy@example.com】",
        "[Website URL, such as https://example.com]",
        "［Company name，例如 Xingchen Ltd.］",
        "【Phone number, for example +86 10 1234 5678】",
        "[Email e.g. dpo@example.org]",
    ],
)
def test_english_field_with_its_example(tmp_path: Path, slot: str) -> None:
    body = f"## Contact\n\n- Developer: Xingchen Ltd.\n- Contact: {slot}\n"
    assert _excerpts(tmp_path, body) == [slot]


@pytest.mark.parametrize(
    "slot",
    [
        "【隐私联系邮箱，例如：privacy@example.com】",
        "[上线日期，例如 2025-01-01]",
        "【运营主体名称，如：北京某科技有限公司】",
        "［客服電話，如 400-000-0000］",
    ],
)
def test_chinese_field_with_a_sample_value(tmp_path: Path, slot: str) -> None:
    assert _excerpts(tmp_path, f"联系我们：{slot}\n") == [slot]


def test_examples_in_prose_links_or_data_kinds_are_not_slots(tmp_path: Path) -> None:
    body = (
        "## Contact\n\nWe ask for your name (e.g. John) and your email (such as a@b.cn).\n\n"
        "See [Email, e.g. this page](https://xingchen.cn/contact).\n\n`[Email, e.g. x@y.z]` is the form's hint.\n\n"
        "我们收集【联系方式，如手机号码、邮箱】及【位置信息，例如：所在城市】。\n"
    )
    assert _excerpts(tmp_path, body) == []


# --- 5. the false error removed: 数量（输入/缓存/输出） lists kinds, it is no instruction -------------------------------


def test_slash_list_of_kinds_after_a_noun_is_not_an_instruction(tmp_path: Path) -> None:
    body = (
        "| 数据 | 说明 |\n| --- | --- |\n| 用量 | 模型名称、token 数量（输入/缓存/输出）、积分扣减额 |\n\n"
        "您可以查阅、复制、更正（补充/删除）您的信息。\n\n端口方向（输入/输出）由系统决定。\n"
    )
    assert _excerpts(tmp_path, body) == []


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("联系电话（待补充/待定）。", "（待补充/待定）"),
        ("联系邮箱：（请输入/粘贴）", "（请输入/粘贴）"),
        ("运营者：[填写/待定]", "[填写/待定]"),
        ("本政策由（请填写公司名称）制定。", "（请填写公司名称）"),
    ],
)
def test_instructions_and_markers_in_a_slash_list_stay_slots(tmp_path: Path, line: str, slot: str) -> None:
    assert _excerpts(tmp_path, line + "\n") == [slot]
