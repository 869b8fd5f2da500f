"""A Taro page's `<Text>` rows and titles (forty-second session, helper u42t; `load/html/raw_text.py` `_taro_box`).

A Taro (or Remax) page's `<Text>` is a `<span>`, and its style sheet is another file (the page imports its `index.css`), so a
page of `<View className="policy-section">` sections, each a `<Text className="section-title">` over `<Text
className="section-content">` rows (some holding only a nested `<Text className="content-title">1.1 …</Text>`), was read
as one paragraph per section, its titles glued to their text: eval/profiles42c morena-zh had no heading and its SDK
lines formed no list.  A `<Text>` whose class says title (or Tailwind's 「font-semibold」), alone on its source line, is
now a line of its own, and its parent's other `<Text>`s that open a source line are rows; so is a `<Text>` opening its
line after one that ended a sentence.  Inline runs stay inline: a link `<Text>` inside a sentence, a label run into its
text, a `<Text>` holding text of its own around a nested one, and a page with no title `<Text>` and no sentence end.
"""

from __future__ import annotations

from pathlib import Path

from policylens.load import load
from policylens.load.document import read_document

REPO = Path(__file__).resolve().parent.parent

HEAD = """import React from 'react'
import { View, Text } from '@tarojs/components'
import './index.css'

export default function Privacy() {
  return (
"""
TAIL = """  )
}
"""

SECTIONS = (
    HEAD
    + """    <View className="policy-page">
      <View className="policy-header">
        <Text className="policy-title">示例隐私政策</Text>
        <Text className="policy-date">更新日期：2026年5月19日</Text>
      </View>
      <View className="policy-section">
        <Text className="section-title">1. 我们如何收集信息</Text>
        <Text className="section-content">
          我们收集的信息种类如下：
        </Text>
        <Text className="section-content">
          <Text className="content-title">1.1 账号服务</Text>
        </Text>
        <Text className="section-content">
          <Text className="content-item">账号创建：我们会收集您的手机号码。</Text>
        </Text>
        <Text className="section-content">
          <Text className="content-item">微信SDK：用于处理支付信息。</Text>
        </Text>
      </View>
      <View className="policy-section">
        <Text className="section-title">2. 我们如何存储信息</Text>
        <Text className="section-content">
          <Text className="content-title">存储地点：</Text>我们将信息存储在境内。
        </Text>
      </View>
    </View>
"""
    + TAIL
)


def _write(tmp_path: Path, body: str, name: str = "index.tsx") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def _texts(path: Path) -> list[str]:
    return [b.text for b in load(str(path)).parsed.blocks]


def test_taro_title_texts_and_rows(tmp_path: Path) -> None:
    path = _write(tmp_path, SECTIONS)
    doc = read_document(str(path))
    assert doc.metadata.title == "示例隐私政策"
    assert [(s.line, s.level, s.title) for s in doc.sections if s.title] == [
        (13, 1, "1. 我们如何收集信息"),
        (18, 2, "1.1 账号服务"),
        (28, 1, "2. 我们如何存储信息"),
    ]
    texts = _texts(path)
    # each row its own line; the run-in label 「存储地点：」 stays in its sentence
    for line in (
        "更新日期：2026年5月19日",
        "我们收集的信息种类如下：",
        "账号创建：我们会收集您的手机号码。",
        "微信SDK：用于处理支付信息。",
    ):
        assert line in texts
    assert "存储地点：我们将信息存储在境内。" in texts


def test_inline_texts_stay_one_paragraph(tmp_path: Path) -> None:
    """A link or a styled word inside a sentence, and a <Text> around its own text and a nested one, stay one line."""
    body = (
        HEAD
        + """    <View className="policy-page">
      <View className="consent">
        <Text>请阅读</Text><Text className="link-title">《隐私政策》</Text><Text>了解详情。</Text>
      </View>
      <View className="consent">
        <Text className="agree">
          我已阅读并同意
          <Text className="title-link">《用户协议》</Text>
        </Text>
      </View>
      <View className="row">
        <Text>客服邮箱</Text>
        <Text>help@example.com</Text>
      </View>
      <View className="list">
        <Text className="list-title">共享的情形</Text>
        <Text>• 获得您的明确同意</Text>
        <Text>• 根据法律法规的要求</Text>
        <Text>生效日期：2026年5月19日</Text>
        <Text>联系地址：某市某区</Text>
      </View>
      <View className="notice">
        <Text className="notice-title">温馨提示</Text>
        <Text>请您仔细阅读</Text>
        <Text className="link">《隐私政策》</Text>
        <Text>后再使用本服务。</Text>
      </View>
    </View>
"""
        + TAIL
    )
    texts = _texts(_write(tmp_path, body))
    assert "请阅读《隐私政策》了解详情。" in texts
    assert "我已阅读并同意《用户协议》" in texts
    assert "客服邮箱help@example.com" in texts
    # rows under a title that open an entry or a labelled field are lines of their own
    for line in ("• 获得您的明确同意", "• 根据法律法规的要求", "生效日期：2026年5月19日", "联系地址：某市某区"):
        assert line in texts
    # rows under a title: a sentence cut into <Text> pieces, one a line, stays one line
    assert "请您仔细阅读《隐私政策》后再使用本服务。" in texts
    assert not read_document(str(tmp_path / "index.tsx")).sections[0].title


def test_title_class_inside_a_line_is_no_title(tmp_path: Path) -> None:
    """A title-classed <Text> that shares its source line with more text after it is inline (no line of its own)."""
    body = (
        HEAD
        + """    <View className="box">
      <Text className="section-content">前言。</Text>
      <Text className="item-title">姓名：</Text><Text>张三</Text>
    </View>
"""
        + TAIL
    )
    assert "姓名：张三" in _texts(_write(tmp_path, body))


def test_sentence_rows_and_tailwind_bold_title(tmp_path: Path) -> None:
    body = (
        HEAD
        + """    <View>
      <View>
        <Text className="text-base font-semibold mb-2">五、信息共享</Text>
        <Text className="text-sm leading-relaxed mb-2">
          5.1 我们不会向任何第三方出售您的个人信息。
        </Text>
        <Text className="text-sm leading-relaxed">
          5.2 除以下情况外，我们不会与第三方共享您的个人信息。
        </Text>
      </View>
      <View>
        <Text className="text-sm">第一句话。</Text>
        <Text className="text-sm">第二句话。</Text>
      </View>
    </View>
"""
        + TAIL
    )
    path = _write(tmp_path, body)
    assert [s.title for s in read_document(str(path)).sections if s.title] == ["五、信息共享"]
    texts = _texts(path)
    for line in (
        "5.1 我们不会向任何第三方出售您的个人信息。",
        "5.2 除以下情况外，我们不会与第三方共享您的个人信息。",
        "第一句话。",
        "第二句话。",
    ):
        assert line in texts


def test_web_react_text_component_untouched(tmp_path: Path) -> None:
    """A web React page's own `Text` (no Taro import): its class is not read and its <Text>s stay inline."""
    body = SECTIONS.replace("import { View, Text } from '@tarojs/components'", "import { View, Text } from './ui'")
    texts = _texts(_write(tmp_path, body))
    assert not any(t == "1. 我们如何收集信息" for t in texts)


def test_nav_bar_above_the_page_title(tmp_path: Path) -> None:
    """「‹用户协议」 (a back arrow and the bar's short name) above the page's own title naming it in full: the title."""
    body = (
        HEAD
        + """    <View className="page">
      <View className="header">
        <Text className="back-btn">‹</Text>
        <Text className="title">用户协议</Text>
      </View>
      <View className="content">
        <Text className="main-title">示例工具 · 用户协议</Text>
        <Text className="version-info">版本：V1.0</Text>
      </View>
      <View className="section">
        <Text className="section-title">一、服务内容</Text>
        <Text className="text">本工具提供利率测算服务，所有计算均在您的设备上完成。</Text>
      </View>
      <View className="section">
        <Text className="section-title">二、用户义务</Text>
        <Text className="text">您应当遵守法律法规，不得利用本工具从事违法活动。</Text>
      </View>
    </View>
"""
        + TAIL
    )
    doc = read_document(str(_write(tmp_path, body)))
    assert doc.metadata.title == "示例工具 · 用户协议"
    assert [s.title for s in doc.sections if s.title] == ["一、服务内容", "二、用户义务"]


def test_profiles42c_morena_regression() -> None:
    doc = read_document(str(REPO / "eval/profiles42c/docs/morena-zh/index.tsx"))
    titles = [(s.line, s.level, s.title) for s in doc.sections if s.title]
    assert doc.metadata.title == "「莫瑞娜AI」隐私政策"
    assert (102, 1, "2. 数据使用过程中涉及的合作方以及转移、公开个人信息") in titles
    assert (124, 2, "2.2 转移与公开") in titles
    assert len([t for t in titles if t[1] == 1]) == 8
    assert len([t for t in titles if t[1] == 2]) == 8
    texts = [b.text for b in load(str(REPO / "eval/profiles42c/docs/morena-zh/index.tsx")).parsed.blocks]
    assert "微信SDK：如果您使用支付服务，我们需要集成支付SDK以处理订单和支付信息。" in texts
