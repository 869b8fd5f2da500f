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

from helpers import parse_file, shown_lines

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
