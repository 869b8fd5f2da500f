"""Drafting leftovers in published policies (issue #11, fifth round): one test per class, both ways.

The classes are the shapes a reviewer flags in drafts that were published as they stood:
status lines, draft markers, notes and instructions to the author, hedges on features,
alternatives left in brackets, HTML comments holding instructions, and empty fields of an
SDK list.  Each test writes a small file with positives of its class and near misses taken
from real policies (the negatives must stay clean), and runs the whole `check` pipeline,
so one defect must give one finding whatever other rule could see it.  Three real drafts
(`tests/data/drafting/`, provenance in its README) pin every finding they give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from test_placeholder_classes import _one_each, _placeholders

DATA = Path(__file__).parent / "data" / "drafting"


def _clean(tmp_path: Path, lines: list[str], suffix: str = "md") -> None:
    """Each line as its own paragraph of a policy; asserts no placeholder finding at all."""
    found = _placeholders(tmp_path, "# 隐私政策\n\n" + "\n\n".join(lines) + "\n", suffix)
    assert found == [], [(f.line, f.rule, f.excerpt) for f in found]


def test_status_lines_are_one_error_each(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        ["状态：待确认", "> **状态**：草稿，待发布。", "发布状态：草稿，待产品所有者与合规确认，不可直接发布", "Status: Draft", "DRAFT"],
    )
    assert {f.rule for f in found} == {"placeholder-drafting"} and {f.severity for f in found} == {"error"}


def test_states_a_policy_describes_are_not_status_lines(tmp_path: Path) -> None:
    _clean(tmp_path, ["- 订单状态：待确认", "内容状态：待审核的内容不会公开。", "网络状态：用于排障与提升连接质量。", "账号状态：正常"])


def test_draft_markers_after_the_texts_name(tmp_path: Path) -> None:
    text = "# 猫伴日记隐私政策（草稿）\n\n## 一、说明\n\n**版本号** v0.2（草稿）｜ **生效日期** 2025年1月1日\n"
    found = _placeholders(tmp_path, text)
    assert [(f.line, f.excerpt) for f in found] == [(1, "（草稿）"), (5, "（草稿）")]


def test_cited_bills_and_user_drafts_are_not_draft_markers(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "我们遵守《个人信息保护法（草案）》与《网络数据安全管理条例（征求意见稿）》。",
            "受邀只读审稿人可以查看私有草稿并批注，但不能编辑正文。",
            "草稿箱中的内容仅保存在您的设备上。",
            "法律文本见 docs/家长端隐私政策（草稿）.md。",
        ],
    )


def test_notes_to_the_author(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "本政策为草案;正式版随 V1 发布经法务审订,并按分发渠道要求补充主体信息。",
            "本文档是岁迹 V1.0 候选版的隐私政策草案，用于后续个人使用、内测或正式上架前审阅。",
            "注：本草案基于当前代码实现撰写。",
            "正式发布前应补充开发者联系方式、第三方 SDK 清单和隐私政策生效日期。",
            "⚠️ 法务定稿前须重点确认",
            "5. **待补内容**——统一社会信用代码、保护负责人。",
            "本节待更新。",
            "必须逐条写进政策，不许用模板糊过去。",
        ],
    )
    assert {f.severity for f in found} == {"error"}


def test_policy_prose_is_not_a_note(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "6.1 本政策为《通知滤盒用户协议》的重要组成部分。",
            "员工访问个人信息须经法务审核批准。",
            "发布前请确认不含他人的个人信息。",
            "上线前需进行个人信息安全影响评估。",
            "您在正式上线前需确认已取得员工的授权。",
            "我们会将变更写入本政策并通知您。",
            "请完善待补充资料后再提交。",
            "我们会保存您的待办事项与待确认提醒。",
            "实际供应商、地域、处理目的和退出方式以发布前确认版本为准。",
        ],
    )


def test_instructions_to_the_author(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "请根据实际情况修改以下列表。",
            "如不适用请删除本段。",
            "此处列出贵公司接入的 SDK。",
            "收集的信息：根据您的产品填写。",
            "Replace with your company name.",
            "Delete if not applicable.",
            "TODO：补充第三方 SDK 清单。",
            "我们会收集您的手机号码（待法务审核）。",
        ],
    )
    assert {f.severity for f in found} == {"error"}


def test_reader_advice_is_not_an_instruction(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        [
            "请根据您的需要修改权限设置。",
            "您可以在设置中删除本地数据。",
            "You can delete your drafts at any time; we may replace a processor with another one.",
        ],
    )


def test_hedges_and_choices_are_warnings(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "我们会收集您的运动轨迹（如果已实现）。",
            "云同步（如已上线）会上传您的笔记。",
            "我们仅向[13岁/16岁以上]的用户提供服务。",
            "未满【14周岁/18周岁】需监护人同意。",
            "您的数据存储于（中国大陆/香港）的服务器。",
        ],
    )
    assert {(f.rule, f.severity) for f in found} == {("placeholder-hedge", "warning")}


def test_hedges_that_filled_policies_use_are_not_flagged(tmp_path: Path) -> None:
    # （如适用）, （可选）, （如有）, （若启用）: found in filled-in policies, for data that applies to some users
    _clean(
        tmp_path,
        [
            "会员账号标识（如适用）：用于验证会员状态。",
            "- 提供设备位置信息（如适用）",
            "昵称（可选）、头像（可选）",
            "监护人信息（如有）",
            "社交（若启用）：私信、举报",
            "我们通过（WiFi/蜂窝网络）连接，遵循（GB/T 35273-2017）。",
            "第三方登录（QQ账号/微信账号/微博账号）",
            "请点击[设置/隐私]关闭。",
        ],
    )


def test_html_comments_with_instructions_are_warnings(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n联系邮箱：privacy@example-op.cn\n<!-- 提审前必须填一个真实可达的邮箱 -->\n\n"
        "<!-- more -->\n\n<!-- （四）撤回您的授权\n您可以随时撤回授权。 -->\n\n"
        "<!-- Additional section for zh-CN. Do not remove when translating. -->\n\n正文 <!-- TODO: 补充 SDK 列表 --> 继续。\n"
    )
    found = _placeholders(tmp_path, text)
    assert [(f.line, f.rule, f.severity) for f in found] == [
        (4, "placeholder-comment", "warning"),
        (13, "placeholder-comment", "warning"),
    ]


@pytest.mark.parametrize("suffix", ["md", "txt"])
def test_empty_sdk_fields(tmp_path: Path, suffix: str) -> None:
    text = (
        "# 隐私政策\n\n- SDK名称：友盟统计\n- 使用目的：统计分析\n- 隐私说明：\n- SDK名称：极光推送\n"
        "- 隐私政策链接：https://www.jiguang.cn/license/privacy\n\nSDK名称：微信 隐私说明：收集个人信息类型：设备信息\n"
    )
    found = _placeholders(tmp_path, text, suffix)
    assert [(f.line, f.excerpt) for f in found] == [(5, "隐私说明："), (9, "隐私说明：")]


def test_sdk_labels_with_values_below_are_not_empty(tmp_path: Path) -> None:
    # creatorpixar (eval/dev2): each label's value is the paragraph below it
    text = (
        "# 隐私政策\n\n第三方SDK提供方：\n\n腾讯公司\n\n隐私协议链接： https://e.qq.com/dev/help_detail.html\n\n"
        "第三方SDK名称：\n\n快手广告SDK\n\n收集个人信息类型：\n\n- 电话号码：用于注册\n- 设备信息：用于安全\n"
    )
    assert _placeholders(tmp_path, text, "txt") == []
    assert _placeholders(tmp_path, text, "md") == []


def test_slots_to_be_confirmed_and_date_formats(tmp_path: Path) -> None:
    found = _one_each(
        tmp_path,
        [
            "运营主体：<运营主体法定名称，待确认>",
            "隐私邮箱：<privacy@your-domain.example，待确认>",
            "生效日期：YYYY-MM-DD",
            "更新日期：<YYYY年MM月DD日>",
        ],
    )
    assert {f.rule for f in found} == {"placeholder-instruction"}
    _clean(tmp_path, ["订单状态（待确认、已完成）。", "导出文件的日期格式为 YYYY-MM-DD，例如 2024-01-31。"])


# Every placeholder finding on three real drafts: (line, rule) — a lost or an added one fails.
REAL = {
    "catdiary.zh-Hans.md": [(1, "drafting"), (4, "instruction"), (5, "drafting"), (7, "instruction"), (8, "instruction")]
    + [(9, "instruction"), (10, "instruction"), (53, "instruction"), (91, "instruction"), (109, "instruction"), (110, "instruction")],
    "partiverse.zh-Hans.md": [(1, "drafting"), (3, "drafting"), (33, "drafting")],
    "tianfutong.zh-Hans.md": [(3, "drafting"), (122, "empty"), (124, "empty")]
    + [(155, "empty")] * 6
    + [(167, "drafting"), (173, "drafting"), (177, "drafting"), (177, "instruction")],  # the whole blank date (was its ____ alone, lead26),
}


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_drafts_keep_their_findings(name: str) -> None:
    report = check_file(str(DATA / name), CheckOptions(no_config=True))
    assert report.error is None
    found = [(f.line, f.rule.removeprefix("placeholder-")) for f in report.findings if f.rule.startswith("placeholder-")]
    assert found == REAL[name]
