"""Placeholder classes a blind round missed, and one false error (issue #11, fifteenth session, d11f): both ways.

- a slot that repeats its own label, where a bare one of the same shape was found (生效日期：【日期】):
  「**版本 v1.0｜生效日期：【生效日期】｜最近更新：【更新日期】**」 (the bars of a version line ended no value, and
  生效 qualifies no field of the slot forms), 「- 个人信息保护负责人邮箱：【个人信息保护负责人邮箱】」 and
  「3. 邮寄地址：【运营主体联系地址】。」 (a qualifier the field forms do not know), in Markdown, plain text, HTML and a
  table cell, with ｜, |, · and /; 「日期：【签订日期】」 (a contract template met while searching) is one too.
  `placeholder-instruction` (`cli/policylens/rules/placeholder_instruction/slots.py`, `_repeats_label`).  Not a filled value kept
  in its brackets (「公司名称：【北京某某科技有限公司】」, 「生效日期：【2024年1月1日】」: `placeholder-residue` as before),
  an in-app path 「【个人中心 → 意见反馈】」, a label 「【特别提示】」 or 「【重要】」, a bracketed law or clause title,
  nor emphasised data after a topic that names another field (「设备信息：【设备名称】」);
- seed data in a one-cell `<table>`: the loader reads a one-cell table as paragraphs (old sites wrap the whole policy
  in one), so 「<table><tr><td>测试隐私政策</td></tr></table>」 was a seed-data error (review rv14a).  A one-cell table
  holding one block is a box on the page (a cell), holding several it lays out the page: the seed-data form
  (`cli/policylens/rules/placeholder_forms.py`) is silent on the box and still fires on the layout's paragraph.  No one-cell table
  with one block is in our real HTML (corpora, eval/dev*, eval/holdout*, tests/data), so no real finding moved.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders


def _slots(tmp_path: Path, text: str, suffix: str = "md") -> list[tuple[int, str]]:
    """(line, excerpt) of every placeholder-instruction finding."""
    return [(f.line, f.excerpt) for f in _placeholders(tmp_path, text, suffix) if f.rule == "placeholder-instruction"]


# --- a slot that repeats its own label ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "**版本 v1.0｜生效日期：【生效日期】｜最近更新：【更新日期】**",
        "版本 v1.0｜生效日期：【生效日期】｜最近更新：【更新日期】",
        "版本 v1.0 | 生效日期：【生效日期】 | 最近更新：【更新日期】",
        "版本 v1.0 · 生效日期：【生效日期】 · 最近更新：【更新日期】",
        "版本 v1.0 / 生效日期：【生效日期】 / 最近更新：【更新日期】",
    ],
)
def test_a_version_line_s_slots_are_found_between_its_bars(tmp_path: Path, line: str) -> None:
    assert [e for _, e in _slots(tmp_path, f"# 隐私政策\n\n{line}\n")] == ["【生效日期】", "【更新日期】"]


def test_a_version_line_in_html_and_in_a_table_cell(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>隐私政策</h1>\n<p><strong>版本 v1.0｜生效日期：【生效日期】｜最近更新：【更新日期】</strong></p>\n"
        "<table><tr><td>版本</td><td>v1.0｜生效日期：【生效日期】</td></tr></table>\n</body></html>\n"
    )
    assert _slots(tmp_path, html, "html") == [(2, "【生效日期】"), (2, "【更新日期】"), (3, "【生效日期】")]
    md = "# 隐私政策\n\n| 项目 | 内容 |\n|---|---|\n| 版本 | v1.0｜生效日期：【生效日期】｜最近更新：【更新日期】 |\n"
    assert [e for _, e in _slots(tmp_path, md)] == ["【生效日期】", "【更新日期】"]


def test_a_long_label_s_slot_after_a_list_mark_or_a_number(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n## 联系我们\n\n- 个人信息保护负责人邮箱：【个人信息保护负责人邮箱】\n- 联系邮箱：【联系邮箱】\n\n"
        "1. 运营主体：【运营主体名称】。\n2. 邮寄地址：【运营主体联系地址】。\n\n日期：【签订日期】\n"
    )
    assert [e for _, e in _slots(tmp_path, text)] == [
        "【个人信息保护负责人邮箱】",
        "【联系邮箱】",
        "【运营主体名称】",
        "【运营主体联系地址】",
        "【签订日期】",
    ]


def test_look_alikes_of_a_repeated_label_stay_silent(tmp_path: Path) -> None:
    lines = [
        "公司名称：【北京某某科技有限公司】",  # (某某 is a dummy name, found as such below)
        "生效日期：【2024年1月1日】",
        "您可以通过【个人中心 → 意见反馈】联系我们。",
        "【特别提示】：请仔细阅读。",
        "【重要】本政策适用于所有产品。",
        "依据：【《中华人民共和国个人信息保护法》】",
        "详见：【第三条 信息的使用】。",
        "设备信息：【设备名称】",
        "我们收集：【手机号码】",
        "产品名称：【Hpoi现货】花椰菜",
        "生效日期：【生效日期】2024年1月1日",
    ]
    found = _placeholders(tmp_path, "# 隐私政策\n\n" + "\n\n".join(lines) + "\n")
    assert [(f.rule, f.excerpt) for f in found if f.rule.startswith("placeholder")] == [
        ("placeholder-instruction", "某某"),
        ("placeholder-residue", "【2024年1月1日】"),
    ]


# --- seed data in a one-cell <table> -------------------------------------------------------------------


def test_seed_data_alone_in_a_one_cell_table_is_a_cell(tmp_path: Path) -> None:
    html = (
        "<html><body>\n<h1>隐私政策</h1>\n<p>以下为本平台的测试用例。</p>\n"
        "<table><tr><td>测试隐私政策</td></tr></table>\n<table><tr><td><p>隐私政策示例</p></td></tr></table>\n</body></html>\n"
    )
    assert _slots(tmp_path, html, "html") == []


def test_seed_data_in_a_one_cell_layout_table_is_still_found(tmp_path: Path) -> None:
    html = (
        "<html><body>\n<h1>隐私政策</h1>\n"
        "<table><tr><td><p>测试隐私政策</p><p>更新日期：2024年1月1日</p></td></tr></table>\n</body></html>\n"
    )
    assert _slots(tmp_path, html, "html") == [(3, "测试隐私政策")]
    assert _slots(tmp_path, "<html><body>\n<h1>隐私政策</h1>\n<p>测试隐私政策</p>\n</body></html>\n", "html") == [(3, "测试隐私政策")]
