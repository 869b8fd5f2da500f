"""A Taro page's back button in its header (fifty-second session, u52x; eval/structure52 taro-tsx).

「<View className='header'><Text className='back' onClick={goBack}>返回</Text>⏎<Text className='title'>隐私政策</Text>」:
a Taro <Text> is a <span>, and the handler's name is blanked with its braces, so the back label ran into the title after
it (「返回隐私政策」, a preamble paragraph) and the page had no title.  A tapped <Text> whose whole text is a back label
(`_RawText._taro_back` in cli/policylens/load/html/raw_text.py) is now a line of its own and a back control (its label is page chrome for `diff`), so
the title <Text> opens its own line.  Left as they were: a tapped <Text> inside a sentence's line, a tapped <Text> with
other words (「查看《隐私政策》」), a back label nobody taps.
"""

from __future__ import annotations

import pytest

from helpers import parse_string

_PAGE = """import {{ View, Text }} from '@tarojs/components'
import Taro from '@tarojs/taro'

export default function PrivacyPage() {{
  const goBack = () => {{ Taro.navigateBack({{ delta: 1 }}) }}
  return (
    <View className='privacy-page'>
      <View className='header'>
        {back}
        <Text className='title'>{title}</Text>
        <Text className='meta'>{date}： 2025 年 10 月 11 日</Text>
      </View>
      <View className='section'>
        <Text className='h2'>{h2}</Text>
        <View className='para'><Text>{body}</Text></View>
      </View>
    </View>
  )
}}
"""
_HANS = {
    "title": "隐私政策",
    "date": "更新日期",
    "h2": "一、我们收集的信息",
    "body": "当您通过微信授权登录时，我们将获取您的微信昵称、头像等基础信息，用于身份识别和展示。",
}
_HANT = {
    "title": "隱私權政策",
    "date": "更新日期",
    "h2": "一、我們蒐集的資訊",
    "body": "當您透過微信授權登入時，我們將取得您的微信暱稱、頭像等基本資訊，用於身分識別與展示。",
}


def _parse(back: str, words: dict[str, str]):  # type: ignore[no-untyped-def]
    return parse_string(_PAGE.format(back=back, **words), ".tsx")


@pytest.mark.parametrize("words", [_HANS, _HANT])
@pytest.mark.parametrize(
    "back",
    [
        "<Text className='back' onClick={goBack}>返回</Text>",
        "<Text className='nav-back' onClick={() => Taro.navigateBack()}>‹ 返回</Text>",
        "<Text onClick={goBack}>返回首页</Text>",
        "<Text className='back' onTap={goBack}>←</Text>",
    ],
)
def test_a_back_button_text_does_not_run_into_the_title(back: str, words: dict[str, str]) -> None:
    doc = _parse(back, words)
    assert doc.metadata.title == words["title"]
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert not any(words["title"] in t for t in texts)
    assert [s.title for s in doc.sections if s.title] == [words["h2"]]


def test_a_back_label_nobody_taps_is_left_as_it_was() -> None:
    """No handler: the page's text as before (the label stays run into the title; no rule reads it as a control)."""
    doc = _parse("<Text className='back'>返回</Text>", _HANS)
    assert doc.metadata.title is None


def test_a_tapped_text_inside_a_sentence_stays_inline() -> None:
    page = _PAGE.replace(
        "<View className='para'><Text>{body}</Text></View>",
        "<View className='para'><Text>请您阅读</Text><Text className='link' onClick={{goBack}}>返回</Text><Text>页面的说明。</Text></View>",
    )
    doc = parse_string(page.format(back="", **_HANS), ".tsx")
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert "请您阅读返回页面的说明。" in texts


def test_a_tapped_text_saying_more_than_back_is_no_back_control() -> None:
    doc = _parse("<Text className='link' onClick={openPolicy}>查看《隐私政策》</Text>", _HANS)
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert any("查看《隐私政策》" in t for t in texts)


_BAR_PAGE = """import { View, Text } from '@tarojs/components'

export default function Agreement() {
  return (
    <View className="agreement-container">
      <View className="header">
        <Text className="back-btn" onClick={handleBack}>BACK</Text>
        <Text className="title">用户协议</Text>
        <View className="placeholder" />
      </View>
      <View className="content">
        <View className="title-section">
          <Text className="main-title">网贷利率测 · 用户协议</Text>
          <Text className="version-info">版本：V1.0</Text>
        </View>
        <View className="paragraph">
          <Text className="text">欢迎使用“网贷利率测”（以下简称“本工具”）。本工具是一款纯本地计算的网贷实际利率测算工具。</Text>
        </View>
        <View className="section">
          <Text className="section-title">一、服务内容与性质</Text>
          <Text className="text">1.1 本工具通过您自主输入的借款本金与还款金额计算实际年化利率。</Text>
        </View>
      </View>
    </View>
  )
}
"""


@pytest.mark.parametrize("back", ["‹", "返回"])
def test_a_navigation_bar_over_the_page_title_leaves_the_title_to_the_page(back: str) -> None:
    """The bar's short name under its back button, then the page's own full title (eval/blind/round30
    wangdai-agreement-tsx): the page's title is the title, as when the arrow and the name were read as one line."""
    doc = parse_string(_BAR_PAGE.replace("BACK", back), ".tsx")
    assert doc.metadata.title == "网贷利率测 · 用户协议"


def test_the_page_copy_of_the_bar_name_leaves_the_bar_title() -> None:
    """The page's own line repeating the bar's name (「📋 用户协议」, eval/precision28 kidsvideo-vue) is no fuller title: the
    bar's name stays the title, as `arrow_over_bar_title` reads it.  (On the base this Taro form took the page's copy, line
    13, its arrow glued to the bar's name, while the Vue and wxml forms took the bar's: now both take the bar's.)"""
    doc = parse_string(_BAR_PAGE.replace("BACK", "‹").replace("网贷利率测 · 用户协议", "📋 用户协议"), ".tsx")
    assert (doc.metadata.title, doc.metadata.title_line) == ("用户协议", 8)
