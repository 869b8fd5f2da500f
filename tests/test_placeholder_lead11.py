"""Placeholder class the lead fixed in the eleventh session from blind round11's misses: both ways.

A bracketed drafting instruction that names what decides the value (「[根据服务器所在地填写]」,
「[根据接入的SDK填写，例如：友盟统计]」) or asks to edit a passage it names (「[根据需要修改本段]」),
with no 请 and no 实际情况, often as a bold label's value (「**数据保存地点**：[根据…填写]」).  Only
「（根据实际情况填写）」 was known.  Look-alikes that stay silent: what was filled in (「（根据用户填写的
兴趣标签）」), a revision note (「（根据2023年监管要求修改）」), a legal basis, and a clause to the reader (您).
"""

from __future__ import annotations

from pathlib import Path

from test_placeholder_classes import _one_each
from test_placeholder_classes6 import _clean


def test_a_bracketed_instruction_naming_the_basis_is_an_error(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "**数据保存地点**：[根据服务器所在地填写]",
            "**第三方**：[根据接入的SDK填写，例如：友盟统计]",
            "[根据需要修改本段]",
            "保存期限：【依據貴公司的保存政策填寫】",
            "我们收集的信息包括：（根据产品功能补充）。",
            "- **负责人**：［根据公司情况替换］",
        ],
    )
    assert {f.rule for f in found} == {"placeholder-instruction"}
    assert all(f.severity == "error" for f in found)


def test_brackets_that_are_not_instructions_stay_silent(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "我们会向您展示推荐内容（根据用户填写的兴趣标签）。",
            "第五条（根据2023年监管要求修改）",
            "我们依法处理您的个人信息（根据《个人信息保护法》第十三条）。",
            "（根据您的需要补充）",
            "请您在注册时如实填写资料（根据页面提示填写）。",
        ],
    )
