"""Precision regressions found by the review r45 of lead45 (helper u45r2), each class with its look-alike kept.

1. `load.jsx.matching` skipped a TypeScript generic arrow `<T,>(x: T) => …` as a JSX element, closing it at the page's
   next closing tag (the policy text after it lost), and a cast `(<any>window)` the same way (exit 2): an operand is
   skipped only when it is an element that closes with its own name.
2. `load.jsx_data.item_components._read_item_components` read the same sections once per `.map` (a table of contents and the body).
5. `rules.placeholder_pending`: a note after a middle dot naming the app's control (「点击【待确认 · 订单】」), and a prose
   example of a control (「例如【类似“分享”按钮】等功能」), were flagged as template text.
(3. and 4., structure/headings, are tested in tests/test_u45a_structure.py beside their original cases.)
"""

from __future__ import annotations

from pathlib import Path

from check_helpers import slot_lines
from helpers import parse_string, title_places

ITEM = "我们会收集您的设备信息，用于安全保障"


def _text(doc: object) -> str:
    return "\n".join(p.text for s in doc.sections for p in s.paragraphs)  # type: ignore[attr-defined]


def _titles(doc: object) -> list[str]:
    return [s.title for s in doc.sections if s.title]  # type: ignore[attr-defined]


# -- 1. `load.jsx.matching`: an operand `<…>` that is no element -------------------------------------------------------


def _tsx(operand: str) -> str:
    return (
        "import React from 'react';\n\n"
        "export default function Privacy({ items }) {\n"
        "  return (\n"
        "    <div>\n"
        "      <h1>隐私政策</h1>\n"
        f"      <ul>{{items.map({operand}).join('、')}}</ul>\n"
        f"      <p>一、{ITEM}。</p>\n"
        "      <p>二、我们不会向第三方出售您的个人信息。</p>\n"
        "      <p>三、如有疑问，请联系 privacy@example.com。</p>\n"
        "    </div>\n"
        "  );\n"
        "}\n"
    )


def test_generic_arrow_is_no_element() -> None:
    for operand in ("<T,>(x: T) => String(x)", "<T extends unknown>(x: T) => String(x)"):
        text = _text(parse_string(_tsx(operand), suffix=".tsx"))
        assert "二、我们不会向第三方出售您的个人信息。" in text and "privacy@example.com" in text, operand


def test_cast_is_no_element() -> None:
    page = _tsx("(x) => (<any>window).label(x)")
    text = _text(parse_string(page, suffix=".tsx"))  # (exit 2, "unterminated tag", on lead45)
    assert "二、我们不会向第三方出售您的个人信息。" in text


def test_element_operand_still_skipped_whole() -> None:
    page = _tsx("(x) => <li key={x}>Users' {x}</li>")  # (the apostrophe opens no string: the page stays whole)
    text = _text(parse_string(page, suffix=".tsx"))
    assert "三、如有疑问，请联系 privacy@example.com。" in text


# -- 2. `load.jsx_data.item_components._read_item_components`: the same sections mapped twice (a table of contents and the body) ------


_SECTIONS = """const PRIVACY_POLICY = {
  title: '隐私政策',
  sections: [
    { id: 'collect', title: '一、我们收集的信息', content: '我们会收集您的手机号码、设备信息和使用记录，用于账号注册、安全保障和改进服务。' },
    { id: 'share', title: '二、我们如何共享信息', content: '除法律法规要求或取得您的单独同意外，我们不会向任何第三方提供您的个人信息。' },
    { id: 'contact', title: '三、联系我们', content: '如您对本政策有任何疑问，请发送邮件至 privacy@example.com，我们将在十五个工作日内答复。' },
  ],
};
"""


def _mapped_twice(first: str, second: str) -> str:
    return (
        "import React from 'react';\nimport { SectionBlock, TocLink, Item } from './parts';\n\n"
        f"{_SECTIONS}\n"
        "export default function Privacy() {\n  const data = PRIVACY_POLICY;\n  return (\n    <main>\n"
        "      <h1>{data.title}</h1>\n"
        f"      {first}\n        {{data.sections.map((section) => (\n"
        "          <TocLink key={section.id} section={section} />\n        ))}\n      </div>\n"
        f"      {second}\n        {{data.sections.map((section) => (\n"
        "          <SectionBlock key={section.id} section={section} />\n        ))}\n      </div>\n"
        "    </main>\n  );\n}\n"
    )


def test_sections_mapped_to_a_toc_and_the_body_are_read_once() -> None:
    for first in ('<div className="toc">', "<div>", '<div className="side-menu">'):
        page = _mapped_twice(first, "<div>")
        doc = parse_string(page, suffix=".tsx")
        assert _titles(doc) == ["一、我们收集的信息", "二、我们如何共享信息", "三、联系我们"], first  # (six on lead45)
        assert title_places(doc)["三、联系我们"][0] == 9


def test_sections_mapped_once_still_read() -> None:
    page = _mapped_twice("<div>", "<div>").replace(
        "<TocLink key={section.id} section={section} />", "<li key={section.id}>{section.title}</li>"
    )
    doc = parse_string(page, suffix=".tsx")
    assert _titles(doc) == ["一、我们收集的信息", "二、我们如何共享信息", "三、联系我们"]


def test_sections_mapped_to_two_body_components_are_not_guessed() -> None:
    page = _mapped_twice("<div>", "<div>").replace("<TocLink key", "<Item key")
    doc = parse_string(page, suffix=".tsx")
    assert _titles(doc).count("三、联系我们") <= 1


# -- 5./6. `rules.placeholder_pending`: an app's label after a middle dot; a prose example of a control ---------------


def test_dot_note_naming_a_control_is_no_slot(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n本条【待法务替换 · 生效日期】起适用。\n\n点击【待确认 · 订单】查看订单信息。\n\n您可在【待确认：订单】页面查看。\n"
    )
    assert slot_lines(tmp_path, text) == {3, 7}  # (the colon note was flagged by base45 too: older)


def test_control_hint_needs_the_template_shape(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n您可以在设置页面点击[类似“关闭”按钮的选项]以停止个性化推荐。\n\n"
        "我们提供多种入口，例如【类似“分享”按钮】等功能。\n\n如需帮助，可查看[诸如“帮助中心”链接]获取更多说明。\n"
    )
    assert slot_lines(tmp_path, text) == {3}
