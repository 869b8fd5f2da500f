"""Placeholder classes the blind rounds still missed (issue #11, sixteenth session, lead): both ways.

- a table row whose value cell repeats its label word for word as a slot: 「| 生效日期 | 【生效日期】 |」 in Markdown, and
  「<td>生效日期</td><td>【生效日期】</td>」 in HTML, where each cell is a unit of its own
  (`cli/policylens/rules/placeholder_instruction/slots.py`, `_repeating_cell`); not a filled value, not a bracket naming
  another field (emphasised data), not a lone label cell;
- a half-width bracket telling the drafter how to fill in the text, its 您 the drafter's: 「[根据您的实际情况填写]」,
  「[请根据您的实际用途修改]」 (`drafting_notes.py`, `squarenote`); a form's note in parentheses
  「职业（请根据您的实际情况填写）」 stays the user's;
- a half-width bracket naming what to describe: 「用于[具体用途]」, 「[功能描述]」, 「[具体功能描述，如“消息聚合”]」
  (`slots.py`, `describe`), also inside a fenced sample clause; not 「[具体内容见下文]」, a label opening its paragraph,
  a link or a reference link;
- a note to whoever publishes the text: 「正式上架前需在此補上營運者名稱…」 (補上 is an edit of the operator's details, like
  補齊), 「本文本用于微信公众平台「设置 → 服务内容声明」填写」 (the text says where to paste it); not a step told to the
  user (「请在发布前补上您的联系方式」).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders

HEAD = "# 隐私政策\n\n最后更新：2024年1月1日\n\n"
HEAD_TW = "# 隱私權政策\n\n最後更新：2024年1月1日\n\n"


def _slots(tmp_path: Path, text: str, suffix: str = "md") -> list[tuple[int, str]]:
    """(line, excerpt) of every placeholder-instruction finding."""
    return [(f.line, f.excerpt) for f in _placeholders(tmp_path, text, suffix) if f.rule == "placeholder-instruction"]


# --- a table row whose value cell repeats its label ---------------------------------------------------


@pytest.mark.parametrize(
    ("row", "slot"),
    [
        ("| 生效日期 | 【生效日期】 |", "【生效日期】"),
        ("| **联系电话** | 【联系电话】 |", "【联系电话】"),
        ("| 運營主體地址 | ［運營主體地址］ |", "［運營主體地址］"),
        ("| 生效日期： | 【生效日期】 |", "【生效日期】"),
    ],
)
def test_a_markdown_row_whose_value_repeats_its_label(tmp_path: Path, row: str, slot: str) -> None:
    text = f"# 隐私政策\n\n| 项目 | 内容 |\n|---|---|\n{row}\n"
    assert _slots(tmp_path, text) == [(5, slot)]


def test_an_html_row_whose_value_repeats_its_label(tmp_path: Path) -> None:
    text = (
        "<html><body><h1>隐私政策</h1>\n<table>\n<tr><td>生效日期</td><td>【生效日期】</td></tr>\n"
        "<tr>\n<td>公司地址</td>\n<td>【公司地址】</td>\n</tr>\n</table>\n<p>我们重视您的隐私。</p></body></html>\n"
    )
    found = _slots(tmp_path, text, "html")
    assert [e for _, e in found] == ["【生效日期】", "【公司地址】"]
    assert [n for n, _ in found] == [3, 6]


@pytest.mark.parametrize(
    "row",
    [
        "| 生效日期 | 2024年1月1日 |",  # filled
        "| 设备信息 | 【设备名称】 |",  # emphasised data: another field
        "| 【生效日期】 | 2024年1月1日 |",  # the label cell itself, filled after it
        "| 收集的信息 | 【手机号码】 |",  # emphasised data after a topic
        "| 联系邮箱 | privacy@lvdou.cn |",
        # a permission and its Android permission group (review rv16): only the very label again is a slot
        "| 直接拨打电话 | 【电话】 |",
        "| 读取手机号码 | 【手机号码】 |",
        "| 修改系统时间 | 【时间】 |",
    ],
)
def test_rows_that_are_not_slots(tmp_path: Path, row: str) -> None:
    text = f"# 隐私政策\n\n| 项目 | 内容 |\n|---|---|\n{row}\n"
    assert _slots(tmp_path, text) == []


def test_an_html_cell_after_another_field_or_outside_a_table_is_not_a_slot(tmp_path: Path) -> None:
    text = (
        "<html><body><h1>隐私政策</h1>\n<table><tr><td>设备信息</td><td>【设备名称】</td></tr></table>\n"
        "<p>生效日期</p>\n<table><tr><td>【生效日期】</td><td>2024年1月1日</td></tr></table>\n</body></html>\n"
    )
    assert _slots(tmp_path, text, "html") == []


# --- a half-width bracket telling the drafter how to fill in the text ------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "使用场景：[根据您的实际情况填写]",
        "我们收集的信息：[请根据您的实际用途修改]",
        "- 保存期限：[根据贵司的实际业务调整]",
        "[請根據您的實際情況填寫]",
        "第三方：[按照实际接入情况补充]",
    ],
)
def test_a_bracket_that_tells_the_drafter_how_to_fill_in(tmp_path: Path, line: str) -> None:
    found = _slots(tmp_path, HEAD + line + "\n")
    assert len(found) == 1 and found[0][0] == 5 and found[0][1].startswith("[") and found[0][1].endswith("]")


@pytest.mark.parametrize(
    "line",
    [
        "职业（请根据您的实际情况填写）",  # a form's note for the user, in parentheses
        "请根据您的实际情况选择是否开启。",  # advice, no bracket
        "[根据您的实际情况填写](https://example.org/form)",  # a link
        "您可以根据实际情况修改通知设置。",
    ],
)
def test_advice_to_the_user_is_not_a_drafting_note(tmp_path: Path, line: str) -> None:
    assert _slots(tmp_path, HEAD + line + "\n") == []


# --- a half-width bracket naming what to describe ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("我们收集您的位置信息，用于[具体用途]。", "[具体用途]"),
        ("- 相机权限：用于[功能描述]", "[功能描述]"),
        ('我们会收集[具体功能描述，如"消息聚合管理"、"验证码自动识别"]所需的信息。', '[具体功能描述，如"消息聚合管理"、"验证码自动识别"]'),
        ("保存期限为[具體期限]。", "[具體期限]"),
        ("- [服务描述]", "[服务描述]"),
    ],
)
def test_a_bracket_naming_what_to_describe(tmp_path: Path, line: str, slot: str) -> None:
    assert _slots(tmp_path, HEAD + line + "\n") == [(5, slot)]


def test_inside_a_fenced_sample_clause_too(tmp_path: Path) -> None:
    text = HEAD + "示例条款：\n\n```\n我们收集您的通知内容，用于[具体用途]。\n```\n"
    assert _slots(tmp_path, text) == [(8, "[具体用途]")]


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "[具体内容见下文]\n",  # the noun does not close it
        HEAD + "[功能描述] 本功能用于记账。\n",  # a label opening its paragraph
        HEAD + "详见[功能描述](https://example.org/features)。\n",  # a link
        HEAD + "详见[功能描述]。\n\n[功能描述]: https://example.org/features\n",  # a reference link
        HEAD + "【具体用途】\n",  # full-width: may be emphasis
        HEAD + "我们的[具体用途]：提供服务。\n",  # a label before its colon
        # review rv16: a wiki link, a control, a menu path, a part of the text, inline code
        HEAD + "更多信息见 [[功能描述]] 页面。\n",
        HEAD + "点击页面底部的 [具体说明] 按钮。\n",
        HEAD + "我的 > 设置 > [功能描述]\n",
        HEAD + "详见 [功能描述] 一节。\n",
        HEAD + "示例 `[具体用途]` 的写法。\n",
    ],
)
def test_brackets_that_describe_nothing_left_to_fill(tmp_path: Path, text: str) -> None:
    assert _slots(tmp_path, text) == []


# --- a note to whoever publishes the text -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (HEAD_TW + "正式上架前需在此補上營運者名稱、聯絡信箱與公開支援網址。\n", "上架前"),
        (HEAD + "正式上线前需在此补上运营者名称与联系邮箱。\n", "上线前"),
        (HEAD + "使用说明：本文本用于微信公众平台「设置 → 服务内容声明 → 用户隐私保护指引」填写。\n", "本文本"),
        (HEAD + "本文本可用于应用商店的隐私说明处粘贴。\n", "本文本"),
    ],
)
def test_a_note_to_whoever_publishes_the_text(tmp_path: Path, text: str, start: str) -> None:
    found = _slots(tmp_path, text)
    assert len(found) == 1 and found[0][0] == 5 and found[0][1].startswith(start)


@pytest.mark.parametrize(
    "line",
    [
        "请在发布前补上您的联系方式，以便买家联系您。",  # the user's own listing
        "本政策用于说明我们如何处理您的个人信息。",  # the policy names itself
        "发布前请补上商品图片。",  # a seller's step
        # review rv16: a form's note to the reader
        "本文本仅供您在填写个人信息申报表时参考。",
        "本文本可用于您向我们提交注销申请。",
    ],
)
def test_steps_told_to_the_user_are_not_notes(tmp_path: Path, line: str) -> None:
    assert _slots(tmp_path, HEAD + line + "\n") == []


def test_an_upper_case_slot_in_percent_braces_is_no_hugo_shortcode(tmp_path: Path) -> None:
    """`{{%COMPANY_NAME%}}` is a template's slot, not a shortcode that the Markdown reader drops (review rv16)."""
    found = _slots(tmp_path, HEAD + "{{%COMPANY_NAME%}} 将依据本政策处理您的信息。\n")
    assert found and all(line == 5 for line, _ in found) and any("COMPANY_NAME" in e for _, e in found)
