"""A component whose policy is a Markdown template literal is read as that Markdown (u36v; `load.page_literals` since u37a).

eval/profiles36 chuanyou-tsx, shuxue-tsx and xuno-tsx keep their policies as `const PRIVACY_MD = \\`## 一、…\\`` handed to
a renderer; the JSX reader blanked the literal with the code, and every item of both Chinese profiles was missing.
Both ways: such a literal is read with its headings at their source lines (and its `${…}` blanked); a page whose
markup holds the policy, or whose literal is a short note without headings, is read by the JSX reader as before.
"""

from __future__ import annotations

from helpers import parse_string
from policylens.load.page_literals import literal_page

BODY = "我们收集您的手机号码，用于账号注册与登录验证，并在实现目的所必需的期限内保存，期满后删除或匿名化处理。" * 2


def _page(literal: str) -> str:
    return (
        "import { RichContent } from '@/components/rich-content'\n"
        f"const PRIVACY_MD = `{literal}`\n"
        "export function PrivacyPolicy() {\n"
        "  return <RichContent mode='markdown' content={PRIVACY_MD} />\n"
        "}\n"
    )


MARKDOWN = f"\n# 隐私政策\n\n## 一、我们收集的信息\n\n{BODY}\n\n## 二、联系我们\n\n邮箱：${{CONTACT}}\n"


def test_markdown_literal_is_read_at_its_lines() -> None:
    doc = parse_string(_page(MARKDOWN), suffix=".tsx")
    titles = {s.title: s.line for s in doc.sections if s.title}
    assert titles["一、我们收集的信息"] == 5 and titles["二、联系我们"] == 9
    text = "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "手机号码" in text and "CONTACT" not in text and "import" not in text


def test_page_whose_markup_is_the_policy_is_left_to_the_jsx_reader() -> None:
    markup = f"export default function P() {{\n  return <div><h2>一、我们收集的信息</h2><p>{BODY}</p></div>\n}}\n"
    assert literal_page("p.tsx", markup + "const NOTE = `# 提示\\n## 说明\\n请阅读`\n") is None
    doc = parse_string(markup, suffix=".tsx")
    assert any(s.title == "一、我们收集的信息" for s in doc.sections)


def test_literal_without_headings_or_in_markdown_file_is_not_taken() -> None:
    assert literal_page("p.tsx", _page(f"\n{BODY}\n{BODY}\n")) is None
    assert literal_page("p.md", _page(MARKDOWN)) is None
