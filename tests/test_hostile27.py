"""Hostile input, round 27 (u27h): each test names its class, with the look-alikes that must stay as they are."""

from __future__ import annotations

import pytest

from helpers import parse_string
from policylens.load import html, jsx


def _texts(text: str, suffix: str) -> tuple[list[str], list[str]]:
    doc = parse_string(text, suffix)
    return [p.text for s in doc.sections for p in s.paragraphs], list(doc.warnings)


@pytest.mark.parametrize(
    ("inner", "tag"),
    [
        ("<noembed>您的瀏覽器不支援嵌入內容。</noembed>", "noembed"),
        ("<noframes><body><p>您的瀏覽器不支援框架，請升級瀏覽器。</p></body></noframes>", "noframes"),
        ("<p>上傳進度<progress value='70' max='100'>百分之七十</progress>。</p>", "progress"),
        ("<p>密碼強度<meter value='0.6'>60%</meter>。</p>", "meter"),
        ("<p>城市：<input list='c'><datalist id='c'><option>台北市</option><option>新北市</option></datalist></p>", "datalist"),
    ],
)
def test_fallback_and_suggestions_a_browser_never_shows_are_not_policy_text(inner: str, tag: str) -> None:
    """Class: text a browser shows only without plug-ins, frames, a bar or a gauge (<noembed>, <noframes>, <progress>,
    <meter>), or never (a <datalist>'s options), was read as a sentence of the policy and run into the text around it
    (「城市：台北市新北市」); it is skipped with a warning naming the element, as <video> fallback is."""
    page = f"<html><body><h1>隱私權政策</h1><p>我們收集您的姓名。</p>{inner}<p>我們保存五年。</p></body></html>"
    texts, warnings = _texts(page, ".html")
    joined = "".join(texts)
    assert "我們收集您的姓名。" in texts and "我們保存五年。" in texts
    assert not any(word in joined for word in ("不支援", "百分之七十", "60%", "台北市"))
    assert any(f"<{tag}>" in w and "is not read" in w for w in warnings)


@pytest.mark.parametrize("name", ["Progress", "Meter", "Video", "Audio", "Canvas", "Datalist"])
def test_a_component_named_like_a_skipped_element_is_still_read(name: str) -> None:
    """The look-alike: a React or Vue component `<Progress>`, `<Video>` renders its children, as `<Script>` does."""
    jsx_page = f"export default function P() {{\n  return (\n    <div>\n      <h1>隱私權政策</h1>\n      <{name}>我們收集您的姓名。</{name}>\n    </div>\n  );\n}}\n"
    vue_page = f"<template>\n  <div>\n    <h1>隱私權政策</h1>\n    <{name}>我們收集您的姓名。</{name}>\n  </div>\n</template>\n"
    for page, suffix in ((jsx_page, ".jsx"), (vue_page, ".vue")):
        texts, warnings = _texts(page, suffix)
        assert "我們收集您的姓名。" in texts, (suffix, texts, warnings)


def test_every_element_the_html_reader_skips_is_a_block_as_a_component() -> None:
    """One list kept in step with the other: a component named like a skipped element (but <svg>, whose React
    components draw, and a mini-program's <wxs>/<sjs>) renders its children."""
    assert html._SKIP_TAGS - {"svg", "wxs", "sjs"} <= jsx._RAW_ELEMENTS
