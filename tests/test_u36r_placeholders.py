"""Placeholder classes of the thirty-sixth session's u36r (eval/blind/round36's dev part, and the known class of a name
deleted from its frame words): each class both ways, and the dev documents as regression cases.

- 欢迎使用（以下简称“本平台”）, a paragraph opening with （以下简称…） after a heading, 您与之间, 由 提供: a deleted name's
  hole (`placeholder-empty`, `cli/policylens/rules/placeholder_gaps.py`);
- 正式上线版本以法务确认后的协议正文为准, 才能移除占位标记, "Draft — not lawyer-reviewed": the text says it is not the
  final one (`placeholder-instruction`, `cli/policylens/rules/placeholder_unfinal.py`);
- a Vue dialog whose paragraphs are `computed(() => contents[active.value])` over a literal record of lists: every list
  read (`cli/policylens/load/vue_data/`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from policylens.load.html import read_html

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "eval" / "blind" / "round36" / "dev"
PLACEHOLDER = ("placeholder", "enumeration")


def _findings(tmp_path: Path, name: str, text: str) -> list[tuple[str, int, str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.rule, f.line, f.excerpt, f.severity) for f in report.findings if f.rule.startswith(PLACEHOLDER)]


def _doc(line: str) -> str:
    return f"# 隐私政策\n\n生效日期：2024年1月1日\n\n{line}\n"


# --- a deleted name's hole ------------------------------------------------------------------------------------------

_HOLES = [
    "欢迎使用（以下简称“本平台”）提供的服务。",
    "感谢您选择 （以下简称“本应用”）。",
    "本协议由您与之间签订，具有合同效力。",
    "本协议是用户（以下称“您”）与之间关于使用本软件所订立的协议。",
    "本应用由 提供，我们重视您的隐私。",
    "本服务由\u3000运营。",
]
_NO_HOLES = [
    "欢迎使用星河（以下简称“本平台”）提供的服务。",
    "本协议由您与我们之间签订，具有合同效力。",
    "在您与我们之间发生争议时，应友好协商。",
    "本应用由星河科技提供，我们重视您的隐私。",
    "本服务由提供服务的第三方负责维护。",
    "该功能由于网络原因暂不可用，由此提供的数据可能延迟。",
    "请在使用前阅读本协议（以下简称“本协议”）的全部内容。",
    "星河（以下简称“我们”）深知个人信息的重要性。",
    "您在下载、安装、开启、浏览、使用（以下统称“使用”）本软件时，我们将收集信息。",
    "您注册、登录、使用（以下简称“使用”）本服务前，请阅读本协议。",
    "联系邮箱：privacy@xinghe-tech.cn。我们将尽快回复。",
    "我们会收集您的姓名、电话、地址，用于配送。",
]


@pytest.mark.parametrize("line", _HOLES)
def test_deleted_name_is_an_empty_slot(tmp_path: Path, line: str) -> None:
    found = [f for f in _findings(tmp_path, "p.md", _doc(line)) if f[1] == 5]
    assert [(rule, severity) for rule, _, _, severity in found] == [("placeholder-empty", "error")]


@pytest.mark.parametrize("line", _NO_HOLES)
def test_a_name_in_its_frame_is_no_slot(tmp_path: Path, line: str) -> None:
    assert _findings(tmp_path, "p.md", _doc(line)) == []


def test_definition_opening_a_paragraph_after_a_heading(tmp_path: Path) -> None:
    text = "# 用户协议\n\n（以下简称“本平台”）按照下列条款与条件提供信息和产品。\n"
    found = _findings(tmp_path, "p.md", text)
    assert [(rule, line) for rule, line, _, _ in found] == [("placeholder-empty", 3)]


def test_definition_continuing_a_name_from_the_line_before(tmp_path: Path) -> None:
    # plain text that breaks lines: the name ends one line, its definition opens the next
    text = "隐私政策\n\n生效日期：2024年1月1日\n\n本政策由杭州星河科技有限公司\n（以下简称“我们”）制定。\n"
    assert _findings(tmp_path, "p.txt", text) == []


# --- the text says it is not the final one ---------------------------------------------------------------------------

_UNFINAL = [
    "【生效说明】本协议自发布之日起生效。正式上线版本以法务确认后的协议正文为准。",
    "最终版本以律师审核后的文本为准。",
    "以下项目必须由业务与法律负责人确认后，才能移除占位标记并公开注册。",
    "上线前请删除本页占位内容。",
    "Draft — not lawyer-reviewed. The Chinese text is the operative version.",
    "This draft has not been reviewed by legal counsel.",
    "本文为草案，未经律师审阅。",
]
_FINAL = [
    "本协议以中文版本为准。",
    "如有争议，以法院的生效判决为准。",
    "经法务确认后方可签署合同。",
    "图片加载完成后移除占位图。",
    "列表加载时显示骨架屏占位。",
    "The app is not reviewed by Apple before each update.",
    "未经律师同意，不得转载本文。",
]


@pytest.mark.parametrize("line", _UNFINAL)
def test_a_note_that_the_text_is_not_final(tmp_path: Path, line: str) -> None:
    found = [f for f in _findings(tmp_path, "p.md", _doc(line)) if f[1] == 5]
    assert [rule for rule, _, _, _ in found] == ["placeholder-instruction"]


@pytest.mark.parametrize("line", _FINAL)
def test_final_texts_and_app_states_are_no_note(tmp_path: Path, line: str) -> None:
    assert _findings(tmp_path, "p.md", _doc(line)) == []


# --- a Vue dialog's paragraphs picked from a record ------------------------------------------------------------------

_VUE = """<script setup lang="ts">
import { computed, ref } from 'vue'
const active = ref<'service' | 'privacy'>('service')
const contents: Record<'service' | 'privacy', string[]> = {
  service: ['第一条 服务说明：本平台提供视频分析服务。', '第二条 账号：请妥善保管账号。'],
  privacy: ['我们非常重视您的个人信息保护。', '信息收集：我们会获取昵称与头像。'],
}
const paragraphs = computed(() => contents[active.value])
</script>

<template>
  <div class="agreement-content">
    <p v-for="(paragraph, index) in paragraphs" :key="index">{{ paragraph }}</p>
  </div>
</template>
"""


def _paragraphs(tmp_path: Path, text: str) -> list[str]:
    return [block.text for block in read_html(text, path=str(tmp_path / "Dialog.vue")).blocks]


def test_a_computed_pick_from_a_record_of_lists_reads_every_list(tmp_path: Path) -> None:
    texts = "\n".join(_paragraphs(tmp_path, _VUE))
    assert "本平台提供视频分析服务" in texts and "我们会获取昵称与头像" in texts


def test_a_computed_pick_from_a_record_of_strings_is_not_read_as_lists(tmp_path: Path) -> None:
    text = _VUE.replace("service: ['第一条 服务说明：本平台提供视频分析服务。', '第二条 账号：请妥善保管账号。'],", "service: '服务协议',")
    texts = "\n".join(_paragraphs(tmp_path, text))
    assert "我们会获取昵称与头像" not in texts


# --- the dev documents ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("vuedemo-vue/LoginDialog.vue", {63, 70}),
        ("legalshell-tsx/legal-page.tsx", {35, 46}),
        ("ma3-md/privacy-policy.md", {4, 8}),
    ],
)
def test_round36_dev_documents(name: str, lines: set[int]) -> None:
    report = check_file(str(DEV / name), CheckOptions(no_config=True))
    found = {f.line for f in report.findings if f.rule.startswith("placeholder")}
    assert lines <= found


def test_a_contact_label_emptied_before_the_full_stop_is_one_error(tmp_path: Path) -> None:
    # 联系邮箱：。 is enumeration-empty's error; placeholder-empty does not report the same span again
    found = _findings(tmp_path, "p.md", _doc("如有疑问，请发送邮件至联系邮箱：。我们将尽快回复。"))
    assert [(rule, severity) for rule, line, _, severity in found if line == 5] == [("enumeration-empty", "error")]
