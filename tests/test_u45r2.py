"""Precision regressions found by the review r45 of lead45 (helper u45r2), each class with its look-alike kept.

1. `load.jsx.matching` skipped a TypeScript generic arrow `<T,>(x: T) => …` as a JSX element, closing it at the page's
   next closing tag (the policy text after it lost), and a cast `(<any>window)` the same way (exit 2): an operand is
   skipped only when it is an element that closes with its own name.
"""

from __future__ import annotations

from helpers import parse_string

ITEM = "我们会收集您的设备信息，用于安全保障"


def _text(doc: object) -> str:
    return "\n".join(p.text for s in doc.sections for p in s.paragraphs)  # type: ignore[attr-defined]


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
