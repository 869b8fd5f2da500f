"""Heading classes of real policies chosen for hard structure (`eval/structure34`, thirty-fourth session, helper u34a).

1. A React Native screen (`<View>` imported from `react-native`): a `<Text>` laid out in a `<View>` is a box of its own
   there, and only a `<Text>` inside a `<Text>` runs inline.  It was read as a Taro page's inline `<Text>`, so each
   section title ran into its first paragraph (「一、服务说明1.1 服务内容本应用是…」) and a title followed by a single
   paragraph was lost (「四、隐私保护」, 「十、联系我们」): 8 of 27 headings of eval/structure34 idns-user-tsx.  In the
   same screens a line-break literal `{'\\n'}` inside a `<Text>` is a line break (a run-in label 「1.1 服务内容」 on a
   line of its own over its text), and a style named for a title (`style={[styles.sectionTitle, …]}`) marks a title
   as a web page's `class="section-title"` does (`load.jsx.native_marks`).  A Taro page's `<Text>` stays inline, and a
   web React page's `{'\\n'}` stays a space; a `<Text style="font-family:…">` (converted markup styled by a CSS string)
   stays a run that joins its neighbours.
2. 「∶」 (U+2236 RATIO) typed for a colon closes a lead-in as 「：」 does: 「为了能使用本服务，您同意以下事项∶」 (a WPS page,
   eval/structure34 uz-agreement-html) is no title (`structure.shapes._NOT_HEADING_END`); a title without it still is.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import titled_sections
from policylens.load import load
from policylens.load.document import read_document

REPO = Path(__file__).resolve().parent.parent

NATIVE = """import React from 'react';
import { View, Text, ScrollView, StyleSheet } from 'react-native';

export const TermsView = () => {
  const lines = ['a', 'b'].join('\\n');
  return (
    <View style={styles.container}>
      <View style={styles.header}>
        <Text style={[styles.title, { color: '#000' }]}>示例用户协议</Text>
        <Text style={styles.updateDate}>更新日期：2025年12月</Text>
      </View>
      <ScrollView>
        <View style={styles.section}>
          <Text style={[styles.sectionTitle, { color: '#06b6d4' }]}>欢迎使用示例应用</Text>
          <Text style={styles.paragraph}>感谢您选择示例应用。在使用本应用之前，请您仔细阅读本协议。</Text>
          <Text style={styles.paragraph}>使用本应用即表示您同意接受本协议的所有条款和条件。</Text>
        </View>
        <View style={styles.section}>
          <Text style={styles.sectionTitle}>一、服务说明</Text>
          <Text style={styles.paragraph}>
            1.1 服务内容{'\\n'}
            本应用是一款家庭网络守护工具，帮助您过滤不适宜的内容。
          </Text>
          <Text style={styles.paragraph}>
            1.2 我们有权随时修改、暂停或终止部分服务，恕不另行通知。
          </Text>
        </View>
        <View style={styles.section}>
          <Text style={styles.sectionTitle}>二、隐私保护</Text>
          <Text style={styles.paragraph}>我们重视您的隐私保护，详见<Text style={styles.link}>《隐私政策》</Text>。</Text>
        </View>
      </ScrollView>
    </View>
  );
};

const styles = StyleSheet.create({
  container: { flex: 1 },
  title: { fontSize: 24, fontWeight: '700' },
  sectionTitle: { fontSize: 18, fontWeight: '600' },
  paragraph: { fontSize: 14 },
  link: { color: '#06b6d4' },
});
"""


def test_native_text_in_a_view_is_a_block(tmp_path: Path) -> None:
    sections = titled_sections(tmp_path, NATIVE, "TermsView.tsx")
    assert sections == [
        (14, 1, "欢迎使用示例应用"),
        (19, 1, "一、服务说明"),
        (21, 2, "1.1 服务内容"),
        (29, 1, "二、隐私保护"),
    ]
    texts = [b.text for b in load(str(tmp_path / "TermsView.tsx")).parsed.blocks]
    # a <Text> inside a <Text> stays in its sentence; a clause sentence 「1.2 …」 stays a paragraph
    assert "我们重视您的隐私保护，详见《隐私政策》。" in texts
    assert any(t.startswith("1.2 我们有权随时修改") for t in texts)
    assert not any("一、服务说明1.1" in t or "服务内容本应用" in t for t in texts)  # no title run into its text


def test_taro_text_stays_inline(tmp_path: Path) -> None:
    """A Taro page's <Text> is a <span>: two <Text>s in one <View> are one line, and `{'\\n'}` adds no break."""
    taro = NATIVE.replace("from 'react-native'", "from '@tarojs/components'")
    path = tmp_path / "index.tsx"
    path.write_text(taro, encoding="utf-8")
    texts = [b.text for b in load(str(path)).parsed.blocks]
    assert any("一、服务说明" in t and "1.1 服务内容" in t for t in texts)


def test_web_react_newline_literal_is_no_break(tmp_path: Path) -> None:
    """A web React page's `{'\\n'}` is a space in a paragraph, and a `style` prop names no class."""
    web = """import React from 'react';

export default function Terms() {
  return (
    <div>
      <p style={styles.sectionTitle}>说明{'\\n'}本应用是一款家庭网络守护工具，帮助您过滤不适宜的内容。</p>
    </div>
  );
}
"""
    path = tmp_path / "Terms.tsx"
    path.write_text(web, encoding="utf-8")
    doc = read_document(str(path))
    assert not [s for s in doc.sections if s.title]
    texts = [b.text for b in load(str(path)).parsed.blocks]
    assert any(t.startswith("说明") and "本应用是一款" in t for t in texts)


def test_native_code_newlines_and_styles_outside_markup_are_untouched(tmp_path: Path) -> None:
    """The `'\\n'` and `styles.title` of the screen's code are code: no <br>, no class, the lines and columns kept."""
    path = tmp_path / "TermsView.tsx"
    path.write_text(NATIVE, encoding="utf-8")
    blocks = load(str(path)).parsed.blocks
    assert all("join" not in b.text and "fontSize" not in b.text for b in blocks)
    heading = next(b for b in blocks if b.text == "一、服务说明")
    assert heading.pieces[0].line == 19
    assert heading.pieces[0].column == NATIVE.splitlines()[18].index("一") + 1


def test_native_paragraph_style_marks_no_title(tmp_path: Path) -> None:
    """The same greeting in a paragraph style is a paragraph: only a style named for a title marks one."""
    plain = NATIVE.replace("[styles.sectionTitle, { color: '#06b6d4' }]", "[styles.paragraph, { color: '#06b6d4' }]")
    sections = titled_sections(tmp_path, plain, "TermsView.tsx")
    assert (14, 1, "欢迎使用示例应用") not in sections
    assert (19, 1, "一、服务说明") in sections


def test_structure34_native_screen_regression() -> None:
    """The React Native screen of eval/structure34 reads with every annotated heading at its line and level, and no
    other."""
    folder = REPO / "eval" / "structure34" / "dev" / "idns-user-tsx"
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    doc = read_document(str(folder / ann["file"]))
    got = [(s.line, s.level) for s in doc.sections if s.title]
    assert got == [(h["line"], h["level"]) for h in ann["headings"]]
    assert doc.metadata.title == ann["title"]["text"]


COCOA = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Cocoa HTML Writer">
<style type="text/css">
p.p1 {margin: 0.0px; font: 12.0px 'PingFang SC'}
p.p3 {margin: 0.0px; font: 12.0px Helvetica}
span.s2 {font: 12.0px 'PingFang SC'}
</style></head>
<body>
<p class="p1">本应用尊重并保护所有使用服务用户的个人隐私权。</p>
<p class="p1">适用范围</p>
<p class="p1">(a) 在您注册本应用帐号时，您根据本应用要求提供的个人注册信息；</p>
<p class="p3">Cookie<span class="s2">的使用</span></p>
<p class="p1">(a) 在您未拒绝接受cookies的情况下，本应用会在您的计算机上设定或取用cookies。</p>
<p class="p1">信息安全</p>
<p class="p1">(a) 本应用帐号均有安全保护功能，请妥善保管您的用户名及密码信息。</p>
</body></html>
"""


def test_ratio_sign_closes_a_lead_in(tmp_path: Path) -> None:
    body = COCOA.replace('<p class="p3">Cookie<span class="s2">的使用</span></p>', '<p class="p1">为了能使用本服务，您同意以下事项∶</p>')
    sections = titled_sections(tmp_path, body, "privacy.html")
    assert [title for _, _, title in sections] == ["适用范围", "信息安全"]
    with_colon = body.replace("事项∶", "事项：")
    assert [title for _, _, title in titled_sections(tmp_path, with_colon, "privacy.html")] == ["适用范围", "信息安全"]


def test_bare_title_without_ratio_sign_stays_a_title(tmp_path: Path) -> None:
    body = COCOA.replace('<p class="p3">Cookie<span class="s2">的使用</span></p>', '<p class="p1">信息使用</p>')
    sections = titled_sections(tmp_path, body, "privacy.html")
    assert [title for _, _, title in sections] == ["适用范围", "信息使用", "信息安全"]


def test_structure34_wps_page_headings_regression() -> None:
    """The WPS page of eval/structure34 finds every annotated heading and no other (its levels are left)."""
    folder = REPO / "eval" / "structure34" / "dev" / "uz-agreement-html"
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    doc = read_document(str(folder / ann["file"]))
    skip = set(ann["ambiguous_lines"])
    got = [s.line for s in doc.sections if s.title and s.line not in skip]
    assert got == [h["line"] for h in ann["headings"]]
