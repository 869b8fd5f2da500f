"""Heading classes of real uni-app Vue pages (`eval/structure34b`, thirty-fourth session, second wave, helper u34a2).

1. A nested SCSS rule inside a class rule (「.section-text { display: block; … &:last-child { … } }」) hid the class's
   own declarations: only the innermost rule was read (`load.html.styles._css_rules`), so the page's `<text
   class="section-text">`s were not rows and ran together (「7.1 …7.2 …」), and the last of them, alone, read as a title
   (eval/structure34b ida-privacy-vue: 「7.3 如发现未成年人信息被不当使用,请立即联系我们」).  A rule's own declarations
   are now read around its nested rules; a class set as a block only inside a nested rule (「.page { .p { display: block } }」)
   makes only that nested class a block, and a class with no `display` stays inline.
2. An app page with no <h*> shows the policy's name twice: in its navigation bar (「<view class="nav-title">用户服务协议
   </view>」, then the bar's icons) and as the page's own title (「<view class="page-title">用户服务协议</view>」).  The
   bar's copy was the title and the page's copy became a heading over every section (eval/structure34b
   huixiang-user-vue: sections 1.–8. at level 2).  The copy just below (at most two short lines apart) is now the title
   (`structure.headings.title._repeated_below`); a different line below the title, or a copy after a paragraph, is not.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import titled_sections
from policylens.load.document import read_document
from policylens.load.html.styles import _row_classes

REPO = Path(__file__).resolve().parent.parent


def _vue(style: str) -> str:
    return f"""<template>
  <view class="page">
    <text class="title">隐私政策</text>
    <view class="section">
      <text class="section-title">一、未成年人保护</text>
      <text class="section-text">
        1.1 本平台面向在校学生,部分用户可能为未成年人
      </text>
      <text class="section-text">
        1.2 我们会采取特殊措施保护未成年人的个人信息
      </text>
      <text class="section-text">
        1.3 如发现未成年人信息被不当使用,请立即联系我们
      </text>
    </view>
    <view class="section">
      <text class="section-title">二、联系我们</text>
      <text class="section-text">如您对本隐私政策有任何疑问,请联系我们。</text>
    </view>
  </view>
</template>

<style lang="scss" scoped>
{style}
</style>
"""


NESTED = """.section-title {
    font-weight: bold;
    display: block;
}
.section-text {
    color: #666;
    display: block;
    margin-bottom: 16rpx;

    &:last-child {
        margin-bottom: 0;
    }
}"""


def test_nested_scss_rule_keeps_the_parent_block_class() -> None:
    assert {"section-text", "section-title"} <= _row_classes(f"<style>{NESTED}</style>")
    # a class set as a block only by a rule nested in it: the nested class, not the parent
    inner = "<style>.page { color: red; .p { display: block; } }</style>"
    assert _row_classes(inner) == frozenset({"p"})
    # no display, or inline-block: not a block
    assert _row_classes("<style>.t { color: red; &:last-child { display: inline; } }</style>") == frozenset()
    assert _row_classes("<style>.btn { display: inline-block; }</style>") == frozenset()


def test_rows_of_a_nested_scss_class_are_paragraphs(tmp_path: Path) -> None:
    sections = titled_sections(tmp_path, _vue(NESTED), "privacy-policy.vue")
    assert sections == [(5, 1, "一、未成年人保护"), (17, 1, "二、联系我们")]
    doc = read_document(str(tmp_path / "privacy-policy.vue"))
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert "1.1 本平台面向在校学生,部分用户可能为未成年人" in texts
    assert "1.3 如发现未成年人信息被不当使用,请立即联系我们" in texts


def test_inline_text_class_numbered_a_line_each(tmp_path: Path) -> None:
    """Without a block rule for the class, the <text>s are inline; but numbered items written one <text> a line, the
    first opening its block, are one item a line since the forty-eighth session (u48a, eval/structure48 tangemu:
    `text_runs._text_first_item`), where they ran together before.  None of them is a title."""
    doc = read_document(_write(tmp_path, _vue(".section-text { color: #666; }")))
    assert [s.title for s in doc.sections if s.title] == ["一、未成年人保护", "二、联系我们"]
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert [t[:3] for t in texts if t.startswith("1.")] == ["1.1", "1.2", "1.3"]


def _write(tmp_path: Path, body: str) -> str:
    path = tmp_path / "page.vue"
    path.write_text(body, encoding="utf-8")
    return str(path)


BAR = """<template>
  <view class="page">
    <view class="navbar">
      <view class="nav-left" @click="goBack">
        <text class="back-icon">‹</text>
      </view>
      <view class="nav-title">{bar}</view>
      <view class="nav-right">
        <text class="icon-menu">⋯</text>
      </view>
    </view>
    <scroll-view class="content" scroll-y>
      <view class="page-title">{page}</view>
      <view class="paragraph">
        <text class="text">欢迎您使用本应用。在使用本应用之前，请您务必仔细阅读并充分理解本协议的全部内容。</text>
      </view>
      <view class="section">
        <text class="section-title">1. 协议的接受</text>
        <text class="text">(a) 当您下载、安装、注册或使用本应用时，即表示您已同意本协议的全部内容。</text>
      </view>
      <view class="section">
        <text class="section-title">2. 服务内容</text>
        <text class="text">(a) 本应用提供社交互动和学习辅助功能。</text>
      </view>
    </scroll-view>
  </view>
</template>

<style lang="scss" scoped>
.nav-title {{ font-weight: 500; }}
.page-title {{ font-size: 40rpx; font-weight: bold; }}
.section-title {{ display: block; font-weight: 600; }}
</style>
"""


def test_page_copy_of_the_bar_title_is_the_title(tmp_path: Path) -> None:
    path = _write(tmp_path, BAR.format(bar="用户服务协议", page="用户服务协议"))
    doc = read_document(path)
    assert (doc.metadata.title, doc.metadata.title_line) == ("用户服务协议", 13)
    assert [(s.line, s.level, s.title) for s in doc.sections if s.title] == [(18, 1, "1. 协议的接受"), (22, 1, "2. 服务内容")]


def test_a_different_line_below_the_bar_title_is_not_taken(tmp_path: Path) -> None:
    """The bar names 用户协议 and the page 用户服务协议: not a copy, so the bar's line stays the title as before."""
    path = _write(tmp_path, BAR.format(bar="用户协议", page="用户服务协议"))
    doc = read_document(path)
    assert doc.metadata.title_line == 7


def test_structure34b_dev_regression() -> None:
    """The dev pages of eval/structure34b read with every annotated heading at its line and level, and the title."""
    for name in ("ida-user-vue", "ida-privacy-vue", "huixiang-user-vue", "huixiang-privacy-vue"):
        folder = REPO / "eval" / "structure34b" / "dev" / name
        ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
        doc = read_document(str(folder / ann["file"]))
        got = [(s.line, s.level) for s in doc.sections if s.title]
        assert got == [(h["line"], h["level"]) for h in ann["headings"]], name
        assert doc.metadata.title_line == ann["title"]["line"], name
