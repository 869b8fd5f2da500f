"""Hostile input, twenty-ninth round (u29h): text silently dropped or misread by the loaders.

Each class is tested both ways: the input that lost text, and the look-alikes that must read as before.
"""

from __future__ import annotations

import pytest

from helpers import parse_string

VUE = "<template>\n  <div>\n    <h1>隱私權政策</h1>\n    <p>{body}</p>\n  </div>\n</template>\n"
WXML = '<view class="title">隱私權政策</view>\n<view>{body}</view>\n'


def _texts(text: str, suffix: str) -> tuple[list[str], list[str]]:
    doc = parse_string(text, suffix)
    return [p.text for s in doc.sections for p in s.paragraphs], list(doc.warnings)


@pytest.mark.parametrize(
    ("page", "suffix", "skipped"),
    [
        (VUE.format(body='我們<span v-if="loading">載入中</span><span v-else>會將您的資料保存在台灣境內</span>。'), ".vue", "span v-if"),
        (
            VUE.format(body='我們<b v-if="a">載入中</b><b v-else-if="b">稍候</b><b v-else>會將您的資料保存在台灣境內</b>。'),
            ".vue",
            "b v-",
        ),
        (
            WXML.format(body='我們<text wx:if="{{loading}}">載入中</text><text wx:else>會將您的資料保存在台灣境內</text>。'),
            ".wxml",
            "text wx:if",
        ),
        (
            WXML.format(body='我們<block wx:if="{{loading}}">載入中</block>\n  <block wx:else>會將您的資料保存在台灣境內</block>。'),
            ".wxml",
            "block wx:if",
        ),
        (
            VUE.format(body='我們<template v-if="loading">載入中</template><template v-else>會將您的資料保存在台灣境內</template>。'),
            ".vue",
            "template v-if",
        ),
    ],
)
def test_the_longest_inline_template_branch_is_read(page: str, suffix: str, skipped: str) -> None:
    """Class: of a Vue or mini-program condition's inline branches the first was read, so a policy sentence behind a
    loading branch (「我們<span v-if="loading">載入中</span><span v-else>會將…</span>」) was lost for 「我們載入中。」.  The
    longest is read, as the JSX reader reads the longest of `{loading ? '載入中' : '會將…'}`; the others are named."""
    texts, warnings = _texts(page, suffix)
    assert "我們會將您的資料保存在台灣境內。" in texts, texts
    assert any(f"<{skipped}" in w and "a condition's other branch" in w for w in warnings), warnings


def test_jsx_and_templates_keep_the_same_branch() -> None:
    """One rule for both readers: the same condition in JSX and in a Vue template reads the same sentence."""
    jsx = "export default () => (<div><h1>隱私權政策</h1><p>我們{loading ? <span>載入中</span> : <span>會將您的資料保存在台灣境內</span>}。</p></div>);\n"
    vue = VUE.format(body='我們<span v-if="loading">載入中</span><span v-else>會將您的資料保存在台灣境內</span>。')
    assert _texts(jsx, ".jsx")[0] == _texts(vue, ".vue")[0]


@pytest.mark.parametrize(
    ("body", "read"),
    [
        # equal lengths: the first, as in JSX
        ('我們<span v-if="tw">依個資法</span><span v-else>依私條例</span>處理。', "我們依個資法處理。"),
        # the first is the longest
        ('我們<span v-if="tw">依個人資料保護法</span><span v-else>依私隱條例</span>處理。', "我們依個人資料保護法處理。"),
        # a lone v-if: read
        ('我們<span v-if="tw">依個資法</span>處理。', "我們依個資法處理。"),
        # a v-if followed by an unconditioned element: both read
        ('我們<span v-if="tw">依個資法</span><span>及相關法規</span>處理。', "我們依個資法及相關法規處理。"),
    ],
)
def test_inline_branches_that_read_as_before(body: str, read: str) -> None:
    """The look-alikes: equal branches keep the first; a longer first branch is read; a lone `v-if` or one followed by
    an element that is no branch is read whole."""
    texts, _ = _texts(VUE.format(body=body), ".vue")
    assert read in texts, texts


def test_a_branch_holding_a_block_keeps_the_first() -> None:
    """A branch holding a paragraph (`<template v-else><p>…</p></template>`) is no inline piece of the sentence: the
    first branch is read and the other is skipped as before (its paragraphs are not read)."""
    page = VUE.format(body='我們依<template v-if="tw">個資法</template><template v-else><p>个人信息保护法很长很长。</p></template>处理。')
    texts, warnings = _texts(page, ".vue")
    assert "我們依個資法处理。" in texts, texts
    assert not any("很长" in text for text in texts), texts
    assert any("<template v-else>" in w for w in warnings), warnings
