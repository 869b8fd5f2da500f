"""Placeholder classes from the thirty-ninth blind round (eval/blind/round39, helper u39r), each both ways.

Stubs for the policy or its facts, and notes to whoever publishes it (`cli/policylens/rules/placeholder_stubs.py`):

- a contact or party in brackets with a to-fill marker and no separator (「[聯絡信箱待補]」, 「【客服邮箱待定】」), in English
  a field said to be pending in brackets ("[Privacy Policy text pending]", "(contact to be added)"); not a state in
  brackets (「订单【待确认】」) nor a bracket naming no field;
- the text calling itself placeholder content (「這是佔位內容」); the real policy promised for the launch
  (「正式隱私政策將在產品正式上線前補充」);
- a request to update this policy oneself (「请根据当地法律…自行评估并更新本政策」); not the operator's statement
  (「我们有权自行决定不时修改或更新本隐私政策」);
- the public version's duties (「公开版必须列出…」); a review asked of counsel before launch, two reviewers named
  (「正式上架前，请由法务或合规顾问复核」, round38's held-out miss; not a review done); "Please insert … here";
- filler repeated as a whole paragraph (「这是一大堆隐私协议」 ×4, round38's held-out miss); not a phrase repeated inside a
  sentence.

Precision classes of the round's dev part:

- a bracketed field the page's own script replaces before showing the text (`.replaceAll('[联系地址]', value)`): not a
  slot (`load.scripts.replaced_tokens`); the same field without the replacement still is;
- a comment of a JS/TS message catalogue (`// TODO(verify): 占位正文…`): code, not reported; the stub value it annotates
  still is (`load.catalogue`).

Session 38's leftover: a hidden inline element's text no longer runs into the visible text after it (「your-email@
example.comsupport」).  The documents of the set's dev part are regression cases.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import slot_findings
from policylens.load.scripts import replaced_tokens

ROUND39 = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round39"

HEAD = "# 隐私政策\n\n我们收集您的手机号码用于登录。\n\n"  # the line under test is line 5


@pytest.mark.parametrize(
    "line",
    [
        "如有任何問題，請聯絡我們：[聯絡信箱待補]",
        "客服邮箱：【客服邮箱待定】",
        "运营方：［运营主体待确认］",
        "联系电话：[客服电话待提供]",
        "To delete your account, contact us: (contact to be added).",
        "[Privacy Policy text pending] Please read it later.",
        "Email: [Contact email to be provided]",
        "⚠️ 這是佔位內容。",
        "本页面为占位内容。",
        "This page is a placeholder.",
        "正式隱私政策將在產品正式上線前補充。",
        "若您面向特定地区分发，请根据当地法律（如 COPPA 等）自行评估并更新本政策。",
        "公开版必须列出每个处理者的名称、目的、字段、地区、保存期和退出方式。",
        "本政策说明我们如何处理个人信息。正式上架前，请由法务或合规顾问复核。",
        "Please insert the official Privacy Policy here.",
        "这是一大堆隐私协议这是一大堆隐私协议这是一大堆隐私协议这是一大堆隐私协议",
    ],
)
def test_a_stub_or_a_note_to_the_publisher_is_found(lines_of: Callable[[str], set[int]], line: str) -> None:
    assert 5 in lines_of(HEAD + line + "\n")


@pytest.mark.parametrize(
    "line",
    [
        "订单显示【待确认】状态时，您可以取消订单。",
        "我们有权自行决定不时修改或更新本隐私政策。",
        "本政策发布前已经法务和合规顾问审核。",
        "请您定期查看本政策，了解更新内容。",
        "加载时显示占位图，数据返回后替换。",
        "您的订单状态（待付款/待发货）会在页面显示。",
        "隐私政策隐私政策：我们重视您的隐私，隐私政策适用于本应用。",
        "We will insert a notice here when this policy changes.",
        "The review is pending (see below).",
        "亮点概述亮点概述亮点概述亮点概述",
    ],
)
def test_a_look_alike_is_not_found(lines_of: Callable[[str], set[int]], line: str) -> None:
    assert 5 not in lines_of(HEAD + line + "\n")


def test_a_status_line_asking_for_review_stays_a_drafting_note(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text(HEAD + "- 文档状态：模板初稿，上线前须法务/律师审核\n", encoding="utf-8")
    assert [(line, rule) for line, rule, _ in slot_findings(path)] == [(5, "placeholder-drafting")]


SELF_FILLED = """<template><div><p v-for="s in sections">{{ s }}</p></div></template>
<script>
const info = { operator: '饭时记维护者', address: '本应用不收集联系地址' };
function fill(text) {
  return text.replaceAll('[项目维护者]', info.operator).replace(/\\[联系地址\\]/g, info.address);
}
const sections = ['个人信息处理者：[项目维护者]。联系地址：[联系地址]。本应用不上传您的记录。'];
</script>
"""


def test_a_field_the_page_replaces_itself_is_not_a_slot(tmp_path: Path) -> None:
    path = tmp_path / "Privacy.vue"
    path.write_text(SELF_FILLED, encoding="utf-8")
    assert slot_findings(path) == []
    unfilled = SELF_FILLED.replace(".replace(/\\[联系地址\\]/g, info.address)", "")
    path.write_text(unfilled, encoding="utf-8")
    assert [excerpt for _, _, excerpt in slot_findings(path)] == ["[联系地址]"]


def test_replaced_tokens_reads_literals_and_regular_expressions() -> None:
    body = """t.replaceAll('[项目维护者]', a); t.replace("【公司名称】", b); t.replace(/\\[联系渠道\\]/g, c);
    s.replacingOccurrences(of: "[邮箱]", with: d); t.replace('[x', y); t.split('[联系人]')"""
    assert replaced_tokens([(1, 1, body)]) == {"[项目维护者]", "【公司名称】", "[联系渠道]", "[邮箱]"}


CATALOGUE = """export const enroll = {
  "zh-CN": {
    title: "隐私政策",
    // TODO(verify): 占位正文，待法务提供正式条款后替换
    privacyBody: "【隐私政策正文待补充】请在此填入《隐私政策》正式内容。",
    /** 合作协议正文（占位，TODO(verify) 待补真实条款） */
    termsTitle: "合作协议",
    companyNamePlaceholder: "请输入公司名称",
  },
};
"""


def test_a_catalogue_comment_is_code_and_its_stub_value_still_a_slot(tmp_path: Path) -> None:
    path = tmp_path / "enroll.ts"
    path.write_text(CATALOGUE, encoding="utf-8")
    assert {line for line, _, _ in slot_findings(path)} == {5}


def test_a_hidden_inline_element_does_not_run_into_the_next(tmp_path: Path) -> None:
    path = tmp_path / "privacy.html"
    path.write_text(
        '<html><body><p>客服邮箱：<span style="display:none">your-email@example.com</span><span>support@realcorp.cn</span></p></body></html>\n',
        encoding="utf-8",
    )
    assert [excerpt for _, _, excerpt in slot_findings(path)] == ["your-email@example.com"]


@pytest.mark.parametrize("name", ["storyhenge-tsx", "chemindex-tsx", "lollipop-ts"])
def test_round39_dev_documents_have_every_slot_line_found(name: str) -> None:
    folder = ROUND39 / "dev" / name
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    found = {line for line, _, _ in slot_findings(folder / ann["file"])}
    gold = {p["line"] for p in ann["placeholders"]}
    scored = found - set(ann["ambiguous_placeholder_lines"])
    assert gold <= found and scored <= gold


@pytest.mark.parametrize("name", ["fanshiji-jsx", "hkaaa-ts", "imagetoolkit-md", "pigpig-md"])
def test_round39_clean_dev_documents_have_no_placeholder_finding(name: str) -> None:
    folder = ROUND39 / "dev" / name
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    assert slot_findings(folder / ann["file"]) == []
