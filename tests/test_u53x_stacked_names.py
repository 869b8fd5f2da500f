"""u53x class 2: two names of documents stacked at the top of a page, told apart only by the size the page's style sheet
gives their classes (eval/structure50a bluetooth-vue: 「蓝牙用户权益条款」 32rpx over 「蓝牙云大数据平台服务协议」 36rpx): the
larger is the title, the smaller above it text over the title (`load/html/styles.py` `class_font_sizes`,
`structure/headings/stacked_names.py`).  Every text below is invented; the real document stays as a regression."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, paragraph_texts, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent

_NAMES = {
    "hans": ("示例用户权益条款", "示例云平台服务协议", "第一条 协议内容", "本协议是您与示例公司之间的约定，请您仔细阅读。", "第二条 定义"),
    "hant": (
        "示例使用者權益條款",
        "示例雲平台服務條款",
        "第一條 條款內容",
        "本條款是您與示例公司之間的約定，請您詳細閱讀。",
        "第二條 定義",
    ),
}


def _vue(lang: str, upper: str = "32rpx", lower: str = "36rpx", upper_class: str = "main-title", gap: str = "") -> str:
    eyebrow, name, first, sentence, second = _NAMES[lang]
    return f"""<template>
  <view class="content">
    <text class="{upper_class}">{eyebrow}</text>{gap}
    <text class="doc-title">{name}</text>
    <text class="date">2024年5月1日</text>
    <view class="section">
      <text class="section-title">{first}</text>
      <text class="para">{sentence}</text>
    </view>
    <view class="section">
      <text class="section-title">{second}</text>
      <text class="para">{sentence}</text>
    </view>
  </view>
</template>

<style scoped>
.main-title {{ font-size: {upper}; font-weight: bold; display: block; }}
.doc-title {{
  font-size: {lower};
  font-weight: bold;
  display: block;
}}
.date {{ font-size: 24rpx; display: block; }}
.section-title {{ font-size: 30rpx; font-weight: bold; display: block; }}
.para {{ font-size: 26rpx; display: block; }}
</style>
"""


@pytest.mark.parametrize("lang", ["hans", "hant"])
@pytest.mark.parametrize("units", [("32rpx", "36rpx"), ("16px", "20px"), ("1.1em", "1.4em")])
def test_the_larger_name_under_the_title_is_the_title(tmp_path: Path, lang: str, units: tuple[str, str]) -> None:
    eyebrow, name, first, _, second = _NAMES[lang]
    doc = parse_file(tmp_path, "privacy.vue", _vue(lang, *units))
    assert doc.metadata.title == name
    assert [(line, title) for line, _, title in headings(doc)] == [(7, first), (11, second)]
    assert paragraph_texts(doc)[0] == eyebrow  # (text above the title, no section)


@pytest.mark.parametrize("lang", ["hans", "hant"])
@pytest.mark.parametrize(
    "upper,lower",
    [
        ("36rpx", "32rpx"),  # a smaller line under the title: a subtitle, the title stays
        ("32rpx", "32rpx"),  # one size: nothing tells them apart
        ("32rpx", "1.4em"),  # two units: not compared
    ],
)
def test_no_larger_name_below_leaves_the_title(tmp_path: Path, lang: str, upper: str, lower: str) -> None:
    eyebrow = _NAMES[lang][0]
    assert parse_file(tmp_path, "privacy.vue", _vue(lang, upper, lower)).metadata.title == eyebrow


def test_names_set_apart_are_not_stacked(tmp_path: Path) -> None:
    page = _vue("hans", gap="\n\n\n\n")
    assert parse_file(tmp_path, "privacy.vue", page).metadata.title == "示例用户权益条款"


def test_a_larger_line_that_names_no_document_is_not_the_title(tmp_path: Path) -> None:
    page = _vue("hans").replace("示例云平台服务协议", "欢迎使用示例云平台")
    assert parse_file(tmp_path, "privacy.vue", page).metadata.title == "示例用户权益条款"


def test_a_class_without_a_size_changes_nothing(tmp_path: Path) -> None:
    page = _vue("hans", upper_class="eyebrow-title")
    assert parse_file(tmp_path, "privacy.vue", page).metadata.title == "示例用户权益条款"


def test_real_bluetooth_vue() -> None:
    doc = parse_path(_ROOT / "eval" / "structure50a" / "dev2" / "bluetooth-vue" / "privacy.vue")
    assert doc.metadata.title == "蓝牙云大数据平台服务协议"
    assert [line for line, _, _ in headings(doc)] == [14, 19, 26, 32, 38]
    assert {level for _, level, _ in headings(doc)} == {1}
    assert "蓝牙用户权益条款" in paragraph_texts(doc)
