"""Fifty-fifth session, second wave (u55v): probes of the session's merged classes, checked together.

- A same-file string constant written into a template literal's `${NAME}` (u55j, `load.page_literals`) or a JSX child
  `{NAME}` (`load.shown_constants`) only when no other binding of the name can be the one the page prints: a
  destructuring binding (`const { SUPPORT_EMAIL } = cfg;` inside the function) shadows the file's constant, and the
  page shows the destructured value — before, the constant's old address was read into the policy.
- (`wrong-word`'s probe is a rule case: tests/rules/cases/wrong-word.yml `ignores_a_page_named_by_the_bad_word`.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_HANS, paragraph_lines, paragraph_slot_lines, parse_file, shown_lines

_BODY = (
    "<p>我们非常重视您的个人信息保护，并会尽全力保护您的个人信息安全可靠。本政策说明我们如何收集、使用、存储和共享您的个人信息，"
    "以及您享有的权利。</p>\n<p>我们仅在为实现本政策所述目的所必需的期限内保留您的个人信息，法律法规另有规定的除外。</p>\n"
)


def _source(before: str, function: str) -> str:
    return f"{before}\n\n{function}\n  return `\n<h2>隐私政策</h2>\n{_BODY}<p>如有疑问，请发邮件至 ${{SUPPORT_EMAIL}}。</p>\n`;\n}}\n"


_CONSTANT = "const SUPPORT_EMAIL = 'help@old.example.com';"


@pytest.mark.parametrize(
    ("before", "function"),
    [
        (_CONSTANT, "export function privacyHtml(cfg: any): string {\n  const { SUPPORT_EMAIL } = cfg;"),
        (_CONSTANT, "export function privacyHtml(cfg: any): string {\n  const { SUPPORT_EMAIL = 'x@y.cn', other } = cfg;"),
        (_CONSTANT, "export function privacyHtml(cfg: any): string {\n  let [SUPPORT_EMAIL] = cfg.emails;"),
        (_CONSTANT, "export function privacyHtml(SUPPORT_EMAIL: string): string {"),
        ("let SUPPORT_EMAIL = 'help@old.example.com';", "export function privacyHtml(): string {"),
    ],
)
def test_a_shadowed_or_unsure_name_stays_as_written(tmp_path: Path, before: str, function: str) -> None:
    lines = [text for _, text in shown_lines(parse_file(tmp_path, "legal.ts", _source(before, function)))]
    assert "如有疑问，请发邮件至 ${SUPPORT_EMAIL}。" in lines
    assert not any("help@old.example.com" in text for text in lines)


def test_a_constant_bound_once_is_still_read(tmp_path: Path) -> None:
    source = _source(_CONSTANT, "export function privacyHtml(cfg: any): string {\n  const { other } = cfg;")
    lines = [text for _, text in shown_lines(parse_file(tmp_path, "legal.ts", source))]
    assert "如有疑问，请发邮件至 help@old.example.com。" in lines


def test_a_jsx_child_under_a_destructured_name_stays_unread(tmp_path: Path) -> None:
    source = (
        "const lastUpdated = '2020年1月1日';\n\nexport default function Policy(props) {\n  const { lastUpdated } = props;\n"
        "  return (\n    <div>\n      <h1>隐私政策</h1>\n      <p>最后更新：{lastUpdated}</p>\n"
        "      <p>我们非常重视您的个人信息保护，并会尽全力保护您的个人信息安全可靠。本政策说明我们如何收集和使用您的个人信息。</p>\n"
        "    </div>\n  );\n}\n"
    )
    doc = parse_file(tmp_path, "Policy.jsx", source)
    assert doc.metadata.updated is None


@pytest.mark.parametrize(
    "line",
    [
        # (u55v) an interface's words quoted: a control's text, a prompt the app shows
        "按钮文字为“[需确认]”，点击后弹出确认框。",
        "例如，系统可能提示“信息【待完善】”，请您补充。",
        # a state's step under way later in the sentence
        "您的实名信息【待审核】，审核期间部分功能受限。",
    ],
)
def test_a_ui_word_or_a_state_under_way_is_no_confirm_note(tmp_path: Path, line: str) -> None:
    assert not paragraph_slot_lines(tmp_path, HEAD_HANS, [line]) & paragraph_lines([line], first=HEAD_HANS.count("\n") + 1)


@pytest.mark.parametrize(
    "line",
    [
        "本应用的公司名称为【待确认】，注册地址为上海市。",  # a name's value awaited: still a note
        "我们收集的信息包括设备型号、IP地址[待确认]等。",
    ],
)
def test_a_value_awaited_stays_a_confirm_note(tmp_path: Path, line: str) -> None:
    assert paragraph_slot_lines(tmp_path, HEAD_HANS, [line]) & paragraph_lines([line], first=HEAD_HANS.count("\n") + 1)
