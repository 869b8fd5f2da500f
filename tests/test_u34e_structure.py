"""Run-in block labels and typed bullets of uni-app pages (`eval/structure34b` held-out pages, thirty-fourth session,
second wave, helper u34e).

1. 「<view class="paragraph"><text class="bold">2.1 账号注册</text>您在注册…</view>」 with 「.bold { display: block }」
   in the page's style sheet: the label's `<text>` is a block, so it is a line of its own and the bare text after its
   end tag starts a new block.  The extractor ran the label and the paragraph together, and the label was no heading
   (eval/structure34b canteen-user-vue and canteen-privacy-vue: 24 of 42 headings missed).  The end of a `<text>`
   whose class the style sheet sets as a block (`row_classes`) now ends its block (`load.html.elements._ElementStack._pop`).  A
   `<text>` whose class is no block stays inline: 「请阅读<text class="link">《隐私政策》</text>后…」 is one sentence,
   「<text>邮箱：</text><text>a@b.cn</text>」 one line.
2. 「<view class="list-item">- 侵犯他人知识产权或其他合法权益</view>」: a list entry typed with its bullet and a space
   read as an unnumbered section title, every other entry of a list under a lead-in (canteen-user-vue: 2 false level-1
   headings).  A line opening with a typed bullet (「- 」「* 」「+ 」「• 」) is no plain heading
   (`structure.shapes._plain_heading`); a title without a bullet is read as before.
"""

from __future__ import annotations

import json
from pathlib import Path

from policylens.load.document import read_document
from policylens.model import Document
from policylens.structure.shapes import _plain_heading

REPO = Path(__file__).resolve().parent.parent


def _doc(tmp_path: Path, body: str, name: str = "page.vue") -> Document:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_document(str(path))


def _page(label_class: str, style: str) -> str:
    return f"""<template>
  <view class="page">
    <view class="title">用户协议</view>
    <view class="section">
      <view class="section-title">1. 账号注册与安全</view>
      <view class="paragraph">
        <text class="{label_class}">1.1 账号注册</text>
        您在注册账号时，需要提供真实、准确、完整的个人信息。如个人信息发生变更，您应及时更新。
      </view>
      <view class="paragraph">
        <text class="{label_class}">1.2 账号安全</text>
        您应妥善保管账号及密码信息，对于因账号密码泄露所导致的一切损失由您自行承担。
      </view>
    </view>
    <view class="section">
      <view class="section-title">2. 联系我们</view>
      <view class="paragraph">如您对本协议有任何问题，请阅读<text class="link">《隐私政策》</text>后与我们联系。</view>
      <view class="paragraph"><text class="label">邮箱：</text><text class="value">a@b.cn</text></view>
    </view>
  </view>
</template>

<style lang="scss" scoped>
{style}
</style>
"""


BLOCK_LABEL = """.paragraph {
  margin-bottom: 20rpx;
  .bold {
    font-weight: bold;
    display: block;
  }
}"""


def test_block_label_text_is_a_line_of_its_own(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _page("bold", BLOCK_LABEL))
    got = [(s.line, s.level, s.title) for s in doc.sections if s.title]
    assert got == [(5, 1, "1. 账号注册与安全"), (7, 2, "1.1 账号注册"), (11, 2, "1.2 账号安全"), (16, 1, "2. 联系我们")]
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert texts[0].startswith("您在注册账号时")
    # classes the style sheet does not make blocks stay inline
    assert "如您对本协议有任何问题，请阅读《隐私政策》后与我们联系。" in texts
    assert "邮箱：a@b.cn" in texts


def test_inline_label_text_still_runs_in(tmp_path: Path) -> None:
    """The same page with a label class that is no block: the label runs into its paragraph, as before."""
    doc = _doc(tmp_path, _page("bold", ".paragraph { .bold { font-weight: bold; } }"))
    got = [s.title for s in doc.sections if s.title]
    assert "1.1 账号注册" not in got
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert any(t.startswith("1.1 账号注册") and "您在注册账号时" in t for t in texts)


def test_nested_block_text_inside_text_ends_nothing(tmp_path: Path) -> None:
    """A block-class <text> inside another <text> is part of it: its end does not cut the outer text's line."""
    body = _page("bold", BLOCK_LABEL).replace(
        '<view class="paragraph"><text class="label">邮箱：</text>',
        '<view class="paragraph"><text class="label">邮箱<text class="bold">：</text></text>',
    )
    texts = [p.text for s in _doc(tmp_path, body).sections for p in s.paragraphs]
    assert "邮箱：a@b.cn" in texts


def test_typed_bullet_line_is_no_plain_heading() -> None:
    for line in ("- 侵犯他人知识产权或其他合法权益", "* 干扰或破坏系统正常运行", "+ 发布虚假信息", "• 账号信息"):
        assert not _plain_heading(line), line
    # no bullet, or a dash with no space after it: read as before
    assert _plain_heading("侵犯他人知识产权或其他合法权益")
    assert _plain_heading("账号信息")


def test_typed_bullet_entries_under_a_lead_in(tmp_path: Path) -> None:
    body = """<template>
  <view class="page">
    <view class="title">用户协议</view>
    <view class="section-title">1. 服务规则</view>
    <view class="paragraph">您不得利用我们的服务从事任何违法或不当的活动，包括但不限于：
      <view class="list-item">- 发布虚假信息，误导或欺骗他人</view>
      <view class="list-item">- 侵犯他人知识产权或其他合法权益</view>
      <view class="list-item">- 传播淫秽、暴力、恐怖或其他违法信息</view>
      <view class="list-item">- 干扰或破坏系统正常运行</view>
      <view class="list-item">- 其他违反法律法规、社会公德的行为</view>
    </view>
    <view class="section-title">2. 联系我们</view>
    <view class="paragraph">如您对本协议有任何问题，可以与我们联系。</view>
  </view>
</template>
"""
    doc = _doc(tmp_path, body)
    assert [(s.line, s.level, s.title) for s in doc.sections if s.title] == [(4, 1, "1. 服务规则"), (12, 1, "2. 联系我们")]


def test_structure34b_holdout_regression() -> None:
    """The held-out canteen pages of eval/structure34b read with every annotated heading at its line and level."""
    for name in ("canteen-user-vue", "canteen-privacy-vue"):
        folder = REPO / "eval" / "structure34b" / "holdout" / name
        ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
        doc = read_document(str(folder / ann["file"]))
        got = [(s.line, s.level) for s in doc.sections if s.title]
        assert got == [(h["line"], h["level"]) for h in ann["headings"]], name
