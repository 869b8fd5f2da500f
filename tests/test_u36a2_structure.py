"""Heading classes that eval/structure36b (measure only) showed on the final code of the thirty-sixth session (u36a2).

1. A React Native sub-title styled `styles.subheading` (`subHeading`, `sub_heading`) under a section's title was body
   text (eval/structure36b loveboost-privacy-rn: 11 misses).  It is a title class one level under the section's title
   (`load.jsx.native_marks`); a `styles.paragraph` line stays text.
2. The screen header's `styles.subtitle` line right under its `styles.title` was a level-1 heading (the same
   document: 1 false heading).  A subtitle right after the page's title is text; a `sectionSubtitle`, or a `subTitle`
   after a section's title, stays a title.
3. A site footer's `<h3>` column titles (「Download Our App」, 「可用連結」) were headings (eval/structure36b
   aming-privacy-html: 3 false).  A heading in the page's own footer (a `<footer>` or a footer by its class, outside
   <main>/<article>) is page chrome (`load.html.blocks`); a `<footer>` inside the policy's <article> keeps its heading.
4. An `<h5>` holding the whole opening sentence closed by 「：」 above `<h6>` sections was a level-1 heading that pushed
   the six sections a level down (the same document).  A long heading with a clause mark inside and a colon at its end
   is a paragraph (`load.html.lead_ins`); a short title closed by a colon stays a heading.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policylens.load.document import read_document
from policylens.load.html.lead_ins import lead_in_heading

REPO = Path(__file__).resolve().parent.parent


def _sections(tmp_path: Path, body: str, name: str) -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return [(s.level, s.title) for s in read_document(str(path)).sections if s.title]


def _screen(header_sub: str, sub: str) -> str:
    return f"""import React from 'react'
import {{ ScrollView, StyleSheet, View, Text }} from 'react-native'

const Section = ({{ title, children }}: {{ title: string; children: React.ReactNode }}) => (
  <View style={{styles.section}}>
    <Text style={{styles.sectionTitle}}>{{title}}</Text>
    <View style={{styles.sectionContent}}>{{children}}</View>
  </View>
)

export default function PrivacyScreen() {{
  return (
    <View style={{styles.container}}>
      <View style={{styles.header}}>
        <Text style={{styles.title}}>隐私政策</Text>
        <Text style={{styles.{header_sub}}}>保护您的隐私是我们的首要任务</Text>
        <Text style={{styles.lastUpdated}}>最后更新：2024年9月16日</Text>
      </View>
      <ScrollView>
        <Section title="我们收集的信息">
          <Text style={{styles.paragraph}}>我们可能收集以下类型的信息，用于向您提供服务：</Text>
          <Text style={{styles.{sub}}}>个人身份信息</Text>
          <Text style={{styles.paragraph}}>用户名、电子邮件地址和头像。</Text>
          <Text style={{styles.{sub}}}>设备信息</Text>
          <Text style={{styles.paragraph}}>设备型号、操作系统版本和设备标识符。</Text>
        </Section>
        <Section title="联系我们">
          <Text style={{styles.paragraph}}>如有问题，请发送邮件至 privacy@example.org 与我们联系。</Text>
        </Section>
      </ScrollView>
    </View>
  )
}}

const styles = StyleSheet.create({{
  container: {{ flex: 1 }},
  header: {{ padding: 20 }},
  title: {{ fontSize: 28, fontWeight: '900' }},
  {header_sub}: {{ fontSize: 16 }},
  lastUpdated: {{ fontSize: 12 }},
  section: {{ marginTop: 12 }},
  sectionTitle: {{ fontSize: 18, fontWeight: '700' }},
  sectionContent: {{ padding: 20 }},
  {sub}: {{ fontSize: 15, fontWeight: '600' }},
  paragraph: {{ fontSize: 14 }},
}})
"""


@pytest.mark.parametrize("sub", ["subheading", "subHeading", "sub_heading"])
def test_native_subheading_is_a_title_under_its_section(tmp_path: Path, sub: str) -> None:
    got = _sections(tmp_path, _screen("subtitle", sub), "privacy.tsx")
    assert got == [(1, "我们收集的信息"), (2, "个人身份信息"), (2, "设备信息"), (1, "联系我们")]


def test_native_paragraph_style_stays_text(tmp_path: Path) -> None:
    got = _sections(tmp_path, _screen("subtitle", "paragraph"), "privacy.tsx")
    assert got == [(1, "我们收集的信息"), (1, "联系我们")]


@pytest.mark.parametrize("header_sub", ["subtitle", "subTitle", "headerSubtitle"])
def test_native_header_subtitle_under_the_title_is_text(tmp_path: Path, header_sub: str) -> None:
    got = _sections(tmp_path, _screen(header_sub, "subheading"), "privacy.tsx")
    assert got == [(1, "我们收集的信息"), (2, "个人身份信息"), (2, "设备信息"), (1, "联系我们")]


def test_native_section_subtitle_stays_a_title(tmp_path: Path) -> None:
    # a `sectionSubtitle` right under the title is no header's subtitle: it stays a title, as before
    titles = [t for _, t in _sections(tmp_path, _screen("sectionSubtitle", "subheading"), "privacy.tsx")]
    assert "保护您的隐私是我们的首要任务" in titles
    # a `subTitle` that follows a section's title (not the page's) stays a title, one level down
    got = _sections(tmp_path, _screen("subtitle", "subTitle"), "privacy.tsx")
    assert (2, "个人身份信息") in got


_SHOP = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>示例商城</title></head>
<body>
<div class="container">
  <div id="main-title">隐私权政策</div>
  {opening}
  <h6>一、隐私权保护政策的适用范围</h6>
  <p>本政策适用于您使用本商城服务时的个人资料处理。</p>
  <h6>二、资料的收集与使用方式</h6>
  <p>我们会在您注册账号时收集您的姓名、电话和电子邮件地址。</p>
  {inner_footer}
</div>
<div class="{footer_class}">
  <div class="footer-col-1"><h3>下载我们的应用</h3><p>适用于安卓和苹果手机。</p></div>
  <div class="footer-col-3"><h3>可用链接</h3><ul><li><a href="about.html">关于我们</a></li><li><a href="contact.html">联系我们</a></li></ul></div>
</div>
</body></html>
"""


def _shop(opening: str = "", footer_class: str = "footer", inner_footer: str = "") -> str:
    return _SHOP.format(opening=opening, footer_class=footer_class, inner_footer=inner_footer)


@pytest.mark.parametrize("footer_class", ["footer", "site-footer"])
def test_page_footer_column_titles_are_no_headings(tmp_path: Path, footer_class: str) -> None:
    got = _sections(tmp_path, _shop(footer_class=footer_class), "privacy.html")
    assert got == [(1, "一、隐私权保护政策的适用范围"), (1, "二、资料的收集与使用方式")]


def test_footer_tag_is_chrome_but_not_inside_the_article(tmp_path: Path) -> None:
    page = _shop(footer_class="x").replace('<div class="x">', "<footer>").replace("</div>\n</body>", "</footer>\n</body>")
    got = _sections(tmp_path, page, "privacy.html")
    assert got == [(1, "一、隐私权保护政策的适用范围"), (1, "二、资料的收集与使用方式")]
    # a <footer> inside the policy's <article> is the policy's own: its heading stays one
    inner = "<footer><h6>三、联系我们</h6><p>请发送邮件至 privacy@example.org。</p></footer>"
    page = _shop(footer_class="plain", inner_footer=inner).replace('<div class="container">', '<article class="container">')
    page = page.replace('</div>\n<div class="plain">', '</article>\n<div class="plain">')
    titles = [t for _, t in _sections(tmp_path, page, "privacy.html")]
    assert "三、联系我们" in titles
    # without a footer the column titles are headings, as before
    titles = [t for _, t in _sections(tmp_path, _shop(footer_class="columns"), "privacy.html")]
    assert "可用链接" in titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本商城重视消费者的隐私权益，希望您能安心地使用本商城的各项服务，特此向您说明相关的隐私权保护政策，敬请详阅下列内容：", True),
        ("一、我们收集的信息：", False),
        ("本商城重视消费者的隐私权益，希望您能安心地使用本商城的各项服务。", False),  # no colon at its end
        ("第三方软件开发工具包（SDK）及合作伙伴收集使用个人信息的情形说明与列表：", False),  # no clause mark inside
    ],
)
def test_lead_in_heading(text: str, expected: bool) -> None:
    assert lead_in_heading(text) is expected


def test_opening_sentence_in_a_heading_tag_is_text(tmp_path: Path) -> None:
    opening = (
        "<h5>本商城重视消费者的隐私权益，希望您能安心地使用本商城的各项服务，特此向您说明相关的隐私权保护政策，敬请详阅下列内容：</h5>"
    )
    got = _sections(tmp_path, _shop(opening=opening), "privacy.html")
    assert got == [(1, "一、隐私权保护政策的适用范围"), (1, "二、资料的收集与使用方式")]
    # a short title closed by a colon in the <h5> stays a heading over the <h6> sections
    got = _sections(tmp_path, _shop(opening="<h5>一、适用范围与定义：</h5>"), "privacy.html")
    assert got[:2] == [(1, "一、适用范围与定义："), (2, "一、隐私权保护政策的适用范围")]


@pytest.mark.parametrize(
    "doc",
    [
        "structure36b/dev/loveboost-privacy-rn/privacy.tsx",
        "structure36b/holdout/aming-privacy-html/privacy.html",
        # <h3> sentences (one closed by 「：」) under <h2> sections: body text, not lead-ins over the page's headings
        "structure35/dev/hudun-privacy-php/privacy.php",
    ],
)
def test_documents(doc: str) -> None:
    path = REPO / "eval" / doc
    gold = json.loads((path.parent / "annotation.json").read_text(encoding="utf-8"))
    got = [(s.line, s.level) for s in read_document(str(path)).sections if s.title]
    assert got == [(h["line"], h["level"]) for h in gold["headings"]]
