"""A mini-program's <button> set above the page's title is a control, not the title (fifty-third session, lead;
eval/pairs53b hotel-agree-button).

A uni-app page added 「<button open-type="agreePrivacyAuthorization">同意隐私保护指引</button>」 above its own
「<text class="title">隐私保护指引</text>」.  Its label, naming the document, was taken as the title, and `diff` of the two
revisions reported the title changed (「{+同意+}隐私保护指引」) and the real title as an added paragraph: two false
changes and a section error for a button.  A native <button> of a mini-program or `<view>` page (a block there, u53x)
is now page chrome, as a back button's label is (`diff` compares it as nothing), its positions are `Parsed.controls`,
and the title is found among the blocks after it (`structure.headings.stacked_names.past_control_label`).  Other page
chrome above a title (a navigation bar's name of the page, a site's menu) keeps the reading it had: over every page of
`eval/` and `corpora/`, only hotel-agree-button's title moved.
"""

from __future__ import annotations

from pathlib import Path

from parse_helpers import parse_file, parse_path, written_file
from policylens.diff import diff_documents

PAIR = Path(__file__).resolve().parent.parent / "eval" / "pairs53b" / "pairs" / "hotel-agree-button"

_PAGE = """<template>
  <view class="page">
    BUTTON
    <text class="title">隐私保护指引</text>
    <text class="date">更新日期：2026年5月27日</text>
    <view class="section">
      <text class="sec-title">1. 我们收集的信息</text>
      <text class="sec-text">当您提交反馈时，我们会收集您的微信OpenID，用于反馈归属标识。</text>
    </view>
    <view class="section">
      <text class="sec-title">2. 联系我们</text>
      <text class="sec-text">如有疑问，请通过小程序内的反馈入口联系我们。</text>
    </view>
  </view>
</template>

<style>
.title { display: block; font-size: 40rpx; font-weight: bold; }
.date { display: block; font-size: 24rpx; }
.sec-title { display: block; font-size: 30rpx; font-weight: bold; }
.sec-text { display: block; font-size: 28rpx; }
</style>
"""

_BUTTONS = (
    '<button class="agree-btn" open-type="agreePrivacyAuthorization" @agreeprivacyauthorization="onAgree">同意隐私保护指引</button>',
    '<view class="bar"><button @tap="onAgree">同意《隐私保护指引》</button></view>',
    '<button class="btn" bindtap="back">返回</button><button class="btn" bindtap="agree">同意隐私政策</button>',
)


def test_a_button_above_the_title_is_no_title(tmp_path: Path) -> None:
    for k, button in enumerate(_BUTTONS):
        doc = parse_file(tmp_path, f"page{k}.vue", _PAGE.replace("BUTTON", button))
        assert doc.metadata.title == "隐私保护指引", button
        assert [s.title for s in doc.sections if s.title] == ["1. 我们收集的信息", "2. 联系我们"], button


def test_adding_the_button_is_no_change_to_the_policy(tmp_path: Path) -> None:
    old = parse_path(written_file(tmp_path, "old.vue", _PAGE.replace("BUTTON", "")))
    for k, button in enumerate(_BUTTONS):
        new = parse_path(written_file(tmp_path, f"new{k}.vue", _PAGE.replace("BUTTON", button)))
        result = diff_documents(old, new)
        assert result.title is None, button
        assert all(s.status == "unchanged" for s in result.sections), (button, [s.status for s in result.sections])


def test_a_web_page_keeps_its_reading(tmp_path: Path) -> None:
    """A web Vue page (<div>, no <view>) keeps its inline buttons as they were (u53x): no control positions recorded."""
    page = _PAGE.replace("<view", "<div").replace("</view>", "</div>").replace("<text", "<p").replace("</text>", "</p>")
    doc = parse_file(tmp_path, "web.vue", page.replace("BUTTON", _BUTTONS[0]))
    assert not [s for s in doc.sections if s.title == "同意隐私保护指引"]


def test_hotel_agree_button_diff_is_clean() -> None:
    """Regression: eval/pairs53b hotel-agree-button (2 noise entries and a section error)."""
    old, new = parse_path(PAIR / "old.vue"), parse_path(PAIR / "new.vue")
    assert new.metadata.title == "隐私保护指引" and new.metadata.title_line == 9
    result = diff_documents(old, new)
    assert result.title is None and all(s.status == "unchanged" for s in result.sections)
