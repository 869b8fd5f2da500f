"""Fifty-eighth session (u58f, issue #11): the slot classes eval/blind/round58q missed (released: not blind), each a class
with constructed cases both ways and the real lines as regressions.

- a drafter's fill-in instruction standing as a field's value or a line (`placeholder_instruction.instruction_values`):
  「联系邮箱：填写可用的联系邮箱」, 「运营者 / 开发者：填写实际主体名称（个人或公司）」, 「生效日期：填入正式生效日期」, a line
  「补充联系邮箱与承诺的处理时限」 under a sentence; the same wrapped in a page's `<Todo>` component (JSX drops its tag);
  quiet: a step (第一步：填写联系邮箱), a sentence going on, a form's prompt, a to-do app's `<TodoItem>`;
- a bracketed English field with a slash and a second field: `[Name / Designation]` (`slots`, alternative `en`);
- a hyphenated number whose subscriber digits are all zero alone on its line (0800-000-000, 400-000-0000 under a label
  the page puts in an attribute): `placeholder-dummy-number`; real 0800 numbers stay quiet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import written_severities
from policylens.check import CheckOptions, check_file

ROOT = Path(__file__).resolve().parents[1]
ROUND = ROOT / "eval" / "blind" / "round58q"


_findings = written_severities  # (tests/check_helpers.py: one copy for u58p and u58f)


def _errors(found: list[tuple[int, str, str, str]], rule: str) -> list[tuple[int, str]]:
    return [(line, excerpt) for line, r, severity, excerpt in found if r == rule and severity == "error"]


_INSTRUCTIONS = [
    ("联系邮箱：填写可用的联系邮箱", "填写可用的联系邮箱"),
    ("运营者 / 开发者：填写实际主体名称（个人或公司）", "填写实际主体名称（个人或公司）"),
    ("生效日期：填入正式生效日期", "填入正式生效日期"),
    ("聯絡信箱：填寫可用的聯絡信箱", "填寫可用的聯絡信箱"),
    ("客服电话：补充客服电话", "补充客服电话"),
    ("填写实际主体名称", "填写实际主体名称"),
]
_QUIET = [
    "第一步：填写联系邮箱",
    "联系邮箱：填写后我们会在三日内回复",
    "注册时，您需要填写手机号码。",
    "请填写手机号",
    "填写手机号码",
    "补充说明",
    "备注：补充协议另行约定",
    "联系邮箱：privacy@hellojump.app",
]


@pytest.mark.parametrize(("text", "excerpt"), _INSTRUCTIONS)
def test_an_instruction_as_a_value_is_an_error(tmp_path: Path, text: str, excerpt: str) -> None:
    found = _findings(tmp_path, "p.md", f"# 隐私政策\n\n{text}\n")
    assert _errors(found, "placeholder-instruction") == [(3, excerpt)]


@pytest.mark.parametrize("text", _QUIET)
def test_steps_prompts_and_values_stay_quiet(tmp_path: Path, text: str) -> None:
    found = _findings(tmp_path, "p.md", f"# 隐私政策\n\n{text}\n")
    assert _errors(found, "placeholder-instruction") == []


def test_an_instruction_line_under_a_sentence(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n需要删除时请联系我们，我们会处理。\n补充联系邮箱与承诺的处理时限\n"
    assert _errors(_findings(tmp_path, "p.md", text), "placeholder-instruction") == [(4, "补充联系邮箱与承诺的处理时限")]
    text = "# 隐私政策\n\n- 填写联系邮箱\n- 补充联系电话\n"  # a list of steps, no sentence before
    assert _errors(_findings(tmp_path, "q.md", text), "placeholder-instruction") == []


def test_two_labels_on_one_line(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n生效日期：填入正式生效日期　最近更新：填入更新日期\n"
    found = _errors(_findings(tmp_path, "p.md", text), "placeholder-instruction")
    assert found == [(3, "填入正式生效日期"), (3, "填入更新日期")]


_TODO_PAGE = """import Todo from "@/components/Todo";

export default function Privacy() {
  return (
    <main>
      <h1>隐私政策</h1>
      <p>
        生效日期：<Todo>填入正式生效日期</Todo>
      </p>
      <ul>
        <li>
          运营者 / 开发者：<Todo>填写实际主体名称（个人或公司）</Todo>
        </li>
        <li>
          需要删除时请联系我们，我们会处理。
          <Todo>补充联系邮箱与承诺的处理时限</Todo>
        </li>
      </ul>
      <p>
        <strong>Contact</strong><br/>
        [Name / Designation]<br/>
      </p>
    </main>
  );
}
"""
_TODO_APP = """export default function Privacy({ todos }) {
  return (
    <main>
      <h1>隐私政策</h1>
      <p>我们会保存您创建的待办事项，以便在不同设备间同步。</p>
      <ul>
        {todos.map((t) => (<TodoItem key={t.id}>{t.title}</TodoItem>))}
        <Todo item={todos[0]} />
      </ul>
      <form>
        <label>手机号</label>
        <input placeholder="请填写手机号" />
      </form>
      <p>注册时，您需要填写手机号码。第一步：填写联系邮箱。</p>
      <p>客服电话：0800-091-580</p>
      <p>See our [Terms / Conditions] page.</p>
    </main>
  );
}
"""


def test_todo_components_of_a_page(tmp_path: Path) -> None:
    found = _findings(tmp_path, "page.tsx", _TODO_PAGE)
    # (u59p) the `<Todo>` component now shows as the bracket of its slot (`load.slot_components`)
    assert _errors(found, "placeholder-instruction") == [
        (8, "[填入正式生效日期]"),
        (12, "[填写实际主体名称（个人或公司）"),
        (16, "[补充联系邮箱与承诺的处理时限]"),
        (21, "[Name / Designation]"),
    ]
    assert [f for f in _findings(tmp_path, "app.tsx", _TODO_APP) if f[2] == "error"] == []


_VUE = """<template>
  <div>
    <h1>隱私權政策</h1>
    <el-descriptions :column="1" border>
      <el-descriptions-item label="客服電話">
        0800-000-000
      </el-descriptions-item>
      <el-descriptions-item label="營運者">
        填寫實際主體名稱
      </el-descriptions-item>
      <el-descriptions-item label="客服">
        0800-091-580
      </el-descriptions-item>
    </el-descriptions>
  </div>
</template>
"""


def test_a_vue_contact_block(tmp_path: Path) -> None:
    found = _findings(tmp_path, "Privacy.vue", _VUE)
    # (u61r) the item's label is read before its value, 「客服電話：0800-000-000」: a labelled contact's filler value, the
    # same line and value, now the contact rule's (before, the bare number's: `placeholder-dummy-number`)
    assert _errors(found, "placeholder-dummy-contact") == [(6, "0800-000-000")]
    assert _errors(found, "placeholder-instruction") == [(9, "填寫實際主體名稱")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# 聯絡我們\n\n0800-000-000\n", [(3, "0800-000-000")]),
        ("# 联系我们\n\n400-000-0000\n", [(3, "400-000-0000")]),
        ("<h2>聯絡我們</h2>\n<dl><dt>客服電話</dt><dd>0800-000-000</dd></dl>\n", [(2, "0800-000-000")]),
        ("# 聯絡我們\n\n0800-091-580\n", []),
        ("# 聯絡我們\n\n訂單編號 0800-000-000 已處理。\n", []),
        ("# 聯絡我們\n\n0800-000-0001234\n", []),
    ],
)
def test_an_all_zero_number_alone(tmp_path: Path, text: str, expected: list[tuple[int, str]]) -> None:
    name = "p.html" if text.startswith("<") else "p.md"
    assert _errors(_findings(tmp_path, name, text), "placeholder-dummy-number") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[Name / Designation]", ["[Name / Designation]"]),
        ("[Company Name / Address]", ["[Company Name / Address]"]),
        ("See [Terms / Conditions](https://example.org/terms).", []),
        ("Read the [Name / Designation](#roles) table.", []),
        ("Pick [Terms / Conditions] first.", []),
    ],
)
def test_a_bracketed_field_with_a_slash(tmp_path: Path, text: str, expected: list[str]) -> None:
    found = _findings(tmp_path, "p.md", f"# Privacy\n\n{text}\n")
    assert [e for _line, e in _errors(found, "placeholder-instruction")] == expected


def test_round58q_regressions() -> None:
    """The 7 missed lines of the released set (not blind)."""
    page = ROUND / "holdout" / "hellojump-zh-tsx" / "page.tsx"
    report = check_file(str(page), CheckOptions(no_config=True))
    lines = {f.line for f in report.findings if f.rule == "placeholder-instruction" and f.severity == "error"}
    assert {74, 75, 187, 238, 241} <= lines
    crevio = check_file(str(ROUND / "dev" / "crevio-en-tsx" / "PrivacyPolicy.tsx"), CheckOptions(no_config=True))
    assert {265, 268} <= {f.line for f in crevio.findings if f.excerpt == "[Name / Designation]" and f.severity == "error"}
    ilive = check_file(str(ROUND / "dev" / "ilive-tw-vue" / "Privacy.vue"), CheckOptions(no_config=True))
    assert [(f.line, f.severity) for f in ilive.findings if f.rule.startswith("placeholder-dummy")] == [(56, "error")]
