"""Placeholder classes the lead fixed in the eleventh session from blind round11's misses: both ways.

A bracketed drafting instruction that names what decides the value (「[根据服务器所在地填写]」,
「[根据接入的SDK填写，例如：友盟统计]」) or asks to edit a passage it names (「[根据需要修改本段]」),
with no 请 and no 实际情况, often as a bold label's value (「**数据保存地点**：[根据…填写]」).  Only
「（根据实际情况填写）」 was known.  Look-alikes that stay silent: what was filled in (「（根据用户填写的
兴趣标签）」), a revision note (「（根据2023年监管要求修改）」), a legal basis, and a clause to the reader (您).

A section whose only text is the brief of what it should say (「說明本公司蒐集哪些個人資料及其目的。」,
「此處說明用戶如何行使權利」): `placeholder-drafting`.  Not a label, a sentence to the reader, a lead-in
with its list, or a brief followed by the text it announced.
"""

from __future__ import annotations

from pathlib import Path

from test_placeholder_classes import _one_each, _placeholders
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


# --- a section whose only text is the brief of what it should say (round11, zh-Hant) ---------------------------

_BRIEFS = [
    "說明本公司蒐集哪些個人資料及其目的。",
    "此處說明用戶如何行使權利。",
    "請描述資料保存期限與方式",
    "此段說明貴公司的資料安全措施。",
    "列出本公司委託處理個人資料的第三方。",
    "请说明数据是否会传输至境外。",
]


def test_a_section_that_is_only_its_brief_is_an_error(tmp_path: Path) -> None:
    text = "# 隱私權政策\n\n" + "".join(f"## 第{i + 1}節\n\n{brief}\n\n" for i, brief in enumerate(_BRIEFS))
    found = _placeholders(tmp_path, text)
    assert [(f.rule, f.line) for f in found] == [("placeholder-drafting", 5 + 4 * i) for i in range(len(_BRIEFS))]
    assert all(f.severity == "error" for f in found)


def test_briefs_look_alikes_stay_silent(tmp_path: Path) -> None:
    sections = [
        "本节说明我们如何保护您的信息。",  # to the reader
        "说明：第三方可能独立收集与处理您的信息。",  # a label
        "以下說明本公司蒐集哪些個人資料：\n\n- 姓名\n- 電子郵件",  # a lead-in with its list
        "說明本公司蒐集哪些個人資料及其目的。\n\n本公司蒐集您的姓名與電子郵件，用於提供服務。",  # not the only text
        "列出、查看并控制你有权限管理的容器",  # a feature, to the reader
        "介绍本应用的主要功能。",  # no disclosure named
    ]
    text = "# 隐私政策\n\n" + "".join(f"## 第{i + 1}节\n\n{body}\n\n" for i, body in enumerate(sections))
    assert _placeholders(tmp_path, text) == []
