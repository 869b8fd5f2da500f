"""Mini-program and uni-app pages whose section titles are `<text>` siblings of the body `<text>`s in one `<view>`.

A blind round held a uni-app page written as 「<view>⏎<text class="section-title">一、…</text>⏎<text class="section-text">…
</text>⏎<text class="section-title">二、…</text>…」: title, body, title, body in one container, no <view> per section.
Only the first title was read (it starts its block); every later one merged into the paragraph before it.  Now a
titled <text> that opens a source line right after a sibling <text> closed starts its own line wherever it stands;
whether it is a title is still decided by what follows it.  Body <text>s stay paragraphs, a short number or icon
before a title stays on its line, and a <text> without a title class (an icon, a label, a link) stays inline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load.document import read_document


def _sections(tmp_path: Path, name: str, text: str) -> list[tuple[str | None, int | None, list[str]]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(str(path))
    return [(s.title, s.line if s.title else None, [p.text for p in s.paragraphs]) for s in doc.sections]


_SIBLINGS = """<template>
  <view class="privacy">
    <text class="page-title">隐私政策</text>
    <view class="body">
      <text class="section-title">一、我们收集的信息</text>
      <text class="section-text">我们会收集您的手机号码和设备信息。</text>
      <text class="section-title">二、信息的使用</text>
      <text class="section-text">我们使用您的信息提供和改进服务。</text>
      <text class="section-text">我们不会出售您的个人信息。</text>
      <text class="section-title">三、联系我们</text>
      <text class="section-text">如有疑问，请发送邮件至 <text class="link">privacy@example.com</text> 与我们联系。</text>
    </view>
  </view>
</template>
"""


def _wxml(page: str) -> str:
    return page.replace("<template>\n", "").replace("</template>\n", "")


@pytest.mark.parametrize(("name", "text"), [("privacy.vue", _SIBLINGS), ("privacy.wxml", _wxml(_SIBLINGS))])
def test_every_sibling_title_text_opens_its_section(tmp_path: Path, name: str, text: str) -> None:
    sections = _sections(tmp_path, name, text)
    titled = [(title, line) for title, line, _ in sections if title]
    shift = 0 if name.endswith(".vue") else -1
    assert titled == [("一、我们收集的信息", 5 + shift), ("二、信息的使用", 7 + shift), ("三、联系我们", 10 + shift)]
    bodies = [body for title, _, body in sections if title]
    # the body <text>s between the titles stay paragraphs (and the inline link stays in its sentence)
    assert "".join(bodies[0]) == "我们会收集您的手机号码和设备信息。"
    assert "".join(bodies[1]).replace(" ", "") == "我们使用您的信息提供和改进服务。我们不会出售您的个人信息。"
    assert [p.replace(" ", "") for p in bodies[2]] == ["如有疑问，请发送邮件至privacy@example.com与我们联系。"]


def test_a_short_number_before_a_sibling_title_stays_on_its_line(tmp_path: Path) -> None:
    page = """<view class="page">
  <view class="sec-head">
    <text class="sec-num">1.</text>
    <text class="sec-title">我们收集哪些信息</text>
  </view>
  <view class="body-text">我们只在必要时收集以下四类信息，并严格限定用途。</view>
</view>
"""
    sections = _sections(tmp_path, "privacy.wxml", page)
    assert [title for title, _, _ in sections if title] == ["1.我们收集哪些信息"]


def test_untitled_icon_and_label_texts_stay_inline(tmp_path: Path) -> None:
    page = """<view class="page">
  <view class="row">
    <text class="section-text">我们会收集您的手机号码。</text>
    <text class="icon">●</text>
    <text class="label">邮箱：</text><text>privacy@example.com</text>
  </view>
</view>
"""
    sections = _sections(tmp_path, "privacy.wxml", page)
    assert [title for title, _, _ in sections if title] == []
    assert [p for _, _, body in sections for p in body] == ["我们会收集您的手机号码。●邮箱：privacy@example.com"]


def test_a_titled_text_on_the_same_line_or_followed_by_text_is_no_title(tmp_path: Path) -> None:
    page = """<view class="page">
  <view class="cells">
    <text class="section-text">绑定信息如下。</text><text class="cell-title">手机号</text><text class="cell-value">已绑定</text>
    <text class="section-text">请核对您的资料。</text>
    <text class="cell-title">邮箱</text><text class="cell-value">未绑定</text>
  </view>
</view>
"""
    sections = _sections(tmp_path, "privacy.wxml", page)
    assert [title for title, _, _ in sections if title] == []
    paragraphs = [p.replace(" ", "") for _, _, body in sections for p in body]
    # on the same line it stays inline; on a line of its own it starts a line, but text after it makes it no title
    assert paragraphs == ["绑定信息如下。手机号已绑定请核对您的资料。", "邮箱未绑定"]
