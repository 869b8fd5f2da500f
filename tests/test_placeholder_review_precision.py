"""Ordinary policy wording that the new placeholder rules must leave alone (a fresh-eyes review, fourth session).

Each text was a false finding of `placeholder-drafting`, `placeholder-instruction`, `placeholder-hedge` or
`placeholder-comment` when those rules were first merged; the code before them reported nothing on any.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders

HEAD = "# 隐私政策\n\n更新日期：2024年3月1日\n\n## 一、说明\n\n"
PROSE = [
    "我们收集的统计数据仅供内部使用，不会向第三方提供。",
    "去标识化后的分析报告仅供内部参考，我们不会据此识别您的身份。",
    "为保障账号安全，验证码请勿外传，密码请勿对外泄露。",
    "当您使用拼图功能时，所选照片将根据模板生成拼图，生成过程在本地完成。",
    "本政策为正式版本，取代2023年发布的隐私政策草案。",
    "以下内容仅为示例说明，帮助您理解我们如何使用Cookie：当您访问首页时，我们会记录您的语言偏好。",
    "此处省略的技术细节可参见《Cookie政策》。",
    "我们会对员工开展培训，内部讨论稿、会议纪要等文件均按保密制度管理。",
    "我们存储以下内容：\n\n- 笔记\n- 草稿\n- 收藏",
    "We store:\n\n- Notes\n- Draft\n- Attachments",
    "我们参考了国家标准 GB/T 35273（征求意见稿）。",
    "Our obligations under Bill C-27 (draft) are described below.",
    "- 发布状态：待审核（您的作品在人工审核通过前对他人不可见）",
    "| 字段 | 格式 |\n| --- | --- |\n| 出生日期 | YYYY-MM-DD |\n\n注册时，您需要填写出生日期（YYYY-MM-DD）。",
    "注：如您需要纸质发票，可后续提供。",
    "您可以先完成注册：实名信息可稍后补充，不影响浏览。",
    "注销账号前，您需要完成身份验证（请按页面提示填写验证码）。",
    "如需修改绑定手机号（请按系统提示更新），请前往“设置-账号与安全”。",
    "您可以在“设置-自动清理”中选择历史记录的保存时间（7天/30天/180天）。",
    "您可以发送[图片/视频]等消息。",
    "<!-- 本版本已由法务审核通过（2024-02-28） -->\n<!-- Approved after legal review on 2024-02-28 -->\n"
    "<!-- 翻译说明：请保持与英文版同步更新 -->\n<!-- 此段需要 JS 渲染，请勿修改 id -->\n<!-- 构建时间：2023-05-01 发布前自动生成 -->\n\n我们收集您的邮箱。",
]


@pytest.mark.parametrize("body", PROSE, ids=range(len(PROSE)))
def test_policy_wording_is_not_a_placeholder(tmp_path: Path, body: str) -> None:
    found = [(f.rule, f.excerpt) for f in _placeholders(tmp_path, HEAD + body + "\n")]
    assert found == []


def test_headings_citing_a_bill_and_final_status_lines_are_not_drafts(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n文档状态：正式版（替代2023年5月的草案）\n\n更新日期：2024年3月1日\n\n## 一、《个人信息保护法（草案）》对本政策的影响\n\n我们已按草案调整。\n"
    assert [f.rule for f in _placeholders(tmp_path, text)] == []


def test_the_drafts_are_still_found(tmp_path: Path) -> None:
    """The near misses' counterparts: a stub paragraph, a status line, a draft marker after a date and a version."""
    text = (
        "# 隐私政策（草案）\n\n状态：草稿\n\n更新日期：2025-09-16（占位）\n\n## 一、说明\n\n以下内容仅为示例。\n\n"
        "此处省略第三方 SDK 列表。\n\n本文件仅供内部审阅。\n\n- **邮件**：暂未开通，后续补充\n\n生效日期：YYYY-MM-DD\n"
    )
    rules = sorted(f.rule for f in _placeholders(tmp_path, text))
    assert rules.count("placeholder-drafting") >= 6 and "placeholder-instruction" in rules
