"""Mini-program and uni-app pages: <view>/<text> markup read as a page, section titles found by their class.

Round 12 of the blind sets and eval/dev11 hold uni-app `.vue` pages and WeChat `.wxml` pages that have no
<h*> at all: their section titles are `<view class="section-title">一、信息收集</view>` or
`<text class="section-title">1. 我们收集的信息</text>` beside `<text class="section-content">…</text>` in
the same <view>.  policylens read no heading in any of them (and read `.wxml` as plain text, tags and
all).  Now <view> is a block like <div>, a titled <text> that starts its block is a line of its own, and
every other <text> stays inline, as a mini-program shows it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load.document import read_document

ROOT = Path(__file__).resolve().parent.parent


def _sections(tmp_path: Path, name: str, text: str) -> list[tuple[str | None, list[str]]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(str(path))
    return [(s.title, [p.text for p in s.paragraphs]) for s in doc.sections]


_UNI_APP = """<template>
  <view class="privacy">
    <view class="header"><text class="main-title">隐私政策</text></view>
    <view class="section-item">
      <text class="section-title">1. 我们收集的信息</text>
      <text class="section-content">为了向您提供服务，我们会收集您的手机号码。</text>
      <text class="section-content">请在使用前仔细阅读本政策。</text>
    </view>
    <view class="section-item">
      <text class="section-title">2. 信息使用目的</text>
      <text class="section-content">我们使用您的信息提供和改进服务。</text>
    </view>
  </view>
</template>
<script>export default { data() { return {} } }</script>
<style>.section-title { display: block; font-weight: bold; }</style>
"""


@pytest.mark.parametrize("name", ["privacy.vue", "privacy.nvue"])
def test_uni_app_text_titles_open_sections(tmp_path: Path, name: str) -> None:
    sections = _sections(tmp_path, name, _UNI_APP)
    assert [title for title, _ in sections if title] == ["1. 我们收集的信息", "2. 信息使用目的"]
    assert sections[-1][1] == ["我们使用您的信息提供和改进服务。"]


_WXML = """<!--pages/privacy/privacy.wxml-->
<view class="container">
  <view class="title">隐私政策</view>
  <view class="section">
    <view class="section-title">1. 信息收集</view>
    <view class="section-content">
      <text>我们收集的信息包括：</text>
      <text>• 位置信息：用于提供基于位置的服务</text>
    </view>
  </view>
  <view class="section">
    <view class="section-title">2. 信息使用</view>
    <view class="section-content"><text>我们使用收集的信息改进服务。</text></view>
  </view>
  <wxs module="util">var format = function (d) { return d + "隐私政策" }; module.exports.format = format;</wxs>
</view>
"""


@pytest.mark.parametrize("name", ["privacy.wxml", "privacy.axml", "privacy.swan", "privacy.ttml"])
def test_mini_program_pages_are_read_as_markup(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(_WXML.replace("wxs", "sjs") if name.endswith(".axml") else _WXML, encoding="utf-8")
    doc = read_document(str(path))
    assert doc.source.format == "html"
    assert doc.metadata.title == "隐私政策"
    assert [s.title for s in doc.sections if s.title] == ["1. 信息收集", "2. 信息使用"]
    text = "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "<view" not in text and "class=" not in text  # no markup read as text
    assert "module.exports" not in text  # the page's script module is not its text


@pytest.mark.parametrize(
    ("markup", "paragraph"),
    [
        # a link in a sentence: one sentence, not three lines
        ('<view class="agree">请阅读<text class="link">《隐私政策》</text>并同意</view>', "请阅读《隐私政策》并同意"),
        # a label and its value are one line (a mini-program shows <text> inline): never an empty 「邮箱：」 field
        ('<view class="row"><text class="label">邮箱：</text><text>privacy@example.cn</text></view>', "邮箱：privacy@example.cn"),
        # a titled <text> after other text in its block is part of that line
        ('<view class="row">详见<text class="title-link">第三方清单</text>。</view>', "详见第三方清单。"),
    ],
)
def test_other_text_elements_stay_inline(tmp_path: Path, markup: str, paragraph: str) -> None:
    page = f"<template><view><view class='title'>隐私政策</view><view>我们重视您的隐私，并依法保护。</view>{markup}</view></template>"
    sections = _sections(tmp_path, "privacy.vue", page)
    assert paragraph in [p for _, paragraphs in sections for p in paragraphs]


def test_bullet_lines_of_a_page_are_list_entries_not_titles(tmp_path: Path) -> None:
    """「<div class="list-item">• 手机号码</div>」 was a heading when a longer entry followed it (HTML, any page)."""
    page = """<div class="section">
<div class="section-title">一、信息收集</div>
<div class="section-content">为了向您提供更好的服务，我们可能会收集以下信息：</div>
<div class="list-item">• 微信头像和昵称</div>
<div class="list-item">• 手机号码</div>
<div class="list-item">• 学校、学院等基本信息</div>
<div class="list-item">• 位置信息（用于签到功能）</div>
</div>
<div class="section"><div class="section-title">二、信息使用</div><div>我们收集的信息将用于提供服务。</div></div>
"""
    sections = _sections(tmp_path, "privacy.html", page)
    assert [title for title, _ in sections if title] == ["一、信息收集", "二、信息使用"]
    assert "• 手机号码" in sections[0][1]


def test_a_bold_bullet_line_keeps_its_title_cue(tmp_path: Path) -> None:
    """A bold 「■ 个人信息的收集」 is a decorated title, as before: only plain bullet lines are list entries."""
    page = "<h1>隐私政策</h1><p><b>■ 个人信息的收集</b></p><p>我们收集您的手机号码，用于登录。</p><p><b>■ 个人信息的使用</b></p><p>我们使用您的信息提供服务。</p>"
    sections = _sections(tmp_path, "privacy.html", page)
    assert [title for title, _ in sections if title] == ["■ 个人信息的收集", "■ 个人信息的使用"]


@pytest.mark.parametrize(
    ("doc", "titles"),
    [
        ("eval/dev11/tianchen-vue/privacy.vue", 14),
        ("eval/dev11/ecoful-vue/privacy.vue", 10),
        ("eval/dev11/childpark-wxml/privacy-policy.wxml", 7),
    ],
)
def test_real_mini_program_pages(doc: str, titles: int) -> None:
    found = [s.title for s in read_document(str(ROOT / doc)).sections if s.title]
    assert len(found) == titles
    assert all(t[:1] != "•" for t in found)


# --- a dummy number whose next field ran into it ------------------------------------------------------
# eval/blind/round12 (a uni-app page's 「<text class="contact-item">电话：400-123-4567</text>」 over the e-mail's
# <text>): the page's lines are joined without a space between a digit and a Chinese character, and the number
# then ended on a word character, which the rule read as part of a longer token.  An HTML <br> did the same.


def _dummy(tmp_path: Path, name: str, text: str) -> list[str]:
    from policylens.check import CheckOptions, check_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [f.excerpt for f in check_file(str(path), CheckOptions()).findings if f.rule == "placeholder-dummy-contact"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "privacy.vue",
            "<template><view><view class='section-title'>联系我们</view><view class='contact'>\n"
            "<text class='contact-item'>电话：400-123-4567</text>\n<text class='contact-item'>邮箱：privacy@jiayou.cn</text>\n"
            "</view></view></template>\n",
        ),
        ("privacy.html", "<h1>隐私政策</h1><p>电话：400-123-4567<br>邮箱：privacy@jiayou.cn<br>地址：北京市朝阳区</p>"),
        ("privacy.md", "# 隐私政策\n\n客服电话400-123-4567，工作日 9:00-18:00。\n"),
    ],
)
def test_a_dummy_number_touching_chinese_text_is_found(tmp_path: Path, name: str, text: str) -> None:
    assert _dummy(tmp_path, name, text) == ["400-123-4567"]


@pytest.mark.parametrize(
    "line",
    [
        "电话：400-123-4567x",  # a letter: another token (a file name, an id), as before
        "电话：4001234567890123",  # too many digits for a phone
        "客服电话400-820-8820，工作日 9:00-18:00。",  # a real hotline touching Chinese text
        "电话：010-6512-3456转8001",  # a real number and its extension
    ],
)
def test_real_or_other_tokens_are_not_dummy_numbers(tmp_path: Path, line: str) -> None:
    assert _dummy(tmp_path, "privacy.md", f"# 隐私政策\n\n{line}\n") == []


def test_a_mini_program_template_definition_is_reported_unread(tmp_path: Path) -> None:
    """WXML's <template name> is a definition (shown where <template is> uses it): skipped, and said so by name."""
    page = '<template name="item">\n<view>我们收集您的手机号码。</view>\n</template>\n<view class="title">隐私政策</view>\n<view>我们重视您的隐私。</view>\n'
    path = tmp_path / "privacy.wxml"
    path.write_text(page, encoding="utf-8")
    doc = read_document(str(path))
    assert doc.warnings == ("line 1: the text inside <template> (a template definition, shown only where the page uses it) is not read",)
    assert [p.text for s in doc.sections for p in s.paragraphs] == ["我们重视您的隐私。"]
