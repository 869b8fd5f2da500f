"""Text a React or Vue page keeps in a component's attributes (`load/jsx_props.py`, u39j): shown text read at its own
line, code attributes left.

The shapes come from real bilingual pages found in the session (a Next.js privacy page whose every sentence is a
`<LanguageText en="…" zh="…" />`, marketing pages of `<Bilingual>`/`<B zh en>` and `<SectionHeading eyebrow title zh>`);
the sentences here are written for the tests.
"""

from __future__ import annotations

from policylens.load.html import read_html
from policylens.load.jsx_props import shown_props

_PAGE = """"use client"

import LanguageText from "@/components/language-text"

export default function PrivacyContent() {
  return (
    <div className="max-w-3xl mx-auto">
      <h1 className="text-3xl">{t("privacy.title")}</h1>
      <p className="text-lg mb-4">
        <LanguageText
          en="We collect the information you give us, including:"
          zh="我们收集您直接提供给我们的信息，包括："
        />
      </p>
      <ul className="list-disc pl-6">
        <li className="text-lg">
          <LanguageText en="Account information" zh="账户信息（昵称、手机号码）" />
        </li>
      </ul>
    </div>
  )
}
"""


def _blocks(text: str, path: str = "privacy.tsx") -> list[tuple[str, int, str]]:
    return [(b.kind, b.line, b.text) for b in read_html(text, path=path).blocks]


def test_both_editions_of_a_bilingual_component_are_read_each_at_its_own_line() -> None:
    assert _blocks(_PAGE) == [
        ("paragraph", 11, "We collect the information you give us, including:"),
        ("paragraph", 12, "我们收集您直接提供给我们的信息，包括："),
        ("item", 17, "Account information"),
        ("item", 17, "账户信息（昵称、手机号码）"),
    ]


def test_a_component_in_a_heading_gives_its_chinese_edition_as_the_title() -> None:
    text = '<section>\n  <h2><B zh="一、我们收集的信息" en="1. What we collect" /></h2>\n  <p>正文。</p>\n</section>\n'
    parsed = read_html(f"export default function P() {{\n  return (\n{text}  )\n}}\n", path="p.tsx")
    assert [(b.kind, b.text) for b in parsed.blocks] == [("heading", "一、我们收集的信息"), ("paragraph", "正文。")]


def test_text_props_of_a_list_component_are_read_and_code_props_are_not() -> None:
    text = (
        "export default function P() {\n  return (\n    <main>\n"
        '      <Item label="设备信息" desc="包括设备型号、操作系统版本。" className="item-row" id="device" icon="phone" />\n'
        '      <Item label="位置信息" desc="仅在您授权后收集。" href="/privacy#location" />\n'
        "    </main>\n  )\n}\n"
    )
    assert [b.text for b in read_html(text, path="p.tsx").blocks] == [
        "设备信息",
        "包括设备型号、操作系统版本。",
        "位置信息",
        "仅在您授权后收集。",
    ]


def test_a_vue_component_s_locale_attributes_are_read() -> None:
    text = (
        '<template>\n  <div>\n    <p><lang-text zh="我们会收集您的设备型号。" en="We collect your device model." /></p>\n'
        '    <info-row class="row" desc="我们不会向第三方出售您的个人信息。" />\n  </div>\n</template>\n'
    )
    assert _blocks(text, "privacy.vue") == [
        ("paragraph", 3, "我们会收集您的设备型号。"),
        ("paragraph", 3, "We collect your device model."),
        ("paragraph", 4, "我们不会向第三方出售您的个人信息。"),
    ]


def test_code_and_hint_attributes_stay_code() -> None:
    # no Chinese edition: an English-only page's props are not guessed at
    assert shown_props("Badge", '<Badge en="New" variant="outline" />') == []
    # a form field's label and hint, a tooltip, an image, a translation key, the document head
    assert shown_props("Input", '<Input label="手机号" placeholder="请输入手机号" />') == []
    assert shown_props("FormItem", '<FormItem label="姓名" />') == []
    assert shown_props("Tooltip", '<Tooltip content="点击复制邮箱地址" />') == []
    assert shown_props("Image", '<Image alt="公司标志" desc="公司标志" />') == []
    assert shown_props("Seo", '<Seo zh="隐私政策" en="Privacy" />') == []
    assert shown_props("FormattedMessage", '<FormattedMessage text="隐私政策" />') == []
    # keys, URLs and class names are code, whatever the prop
    assert shown_props("T", '<T zh="privacy.collect.title" en="privacy.collect.title" />') == []
    assert shown_props("Item", '<Item className="text-lg 中文" text="/privacy/说明" />') == []
    # a section's title is its heading (`load.jsx.title_prop`), not read twice
    assert shown_props("Section", '<Section title="一、信息收集" desc="我们收集的信息如下。" />') == [(30, "我们收集的信息如下。")]


def test_a_value_that_is_an_expression_is_not_read() -> None:
    text = 'export default function P() {\n  return <p><T zh={"我们"} en={`We`} />正文。</p>\n}\n'
    assert [b.text for b in read_html(text, path="p.tsx").blocks] == ["正文。"]


def test_a_section_component_opened_with_its_editions_as_props_is_a_heading_over_its_paragraphs() -> None:
    text = (
        "export default function P() {\n  return (\n    <article>\n"
        '      <LegalSection n={2} zh="我们收集的个人信息" en="Personal Information We Collect">\n'
        '        <P zh="我们仅收集实现功能所必需的个人信息：" en="We collect only what a function needs:" />\n'
        "      </LegalSection>\n"
        '      <Callout zh="我们不会出售您的个人信息。" en="We never sell your data.">\n'
        "        <Icon />\n"
        "      </Callout>\n"
        "    </article>\n  )\n}\n"
    )
    assert [(b.kind, b.line, b.text) for b in read_html(text, path="p.tsx").blocks] == [
        ("heading", 4, "我们收集的个人信息"),
        ("paragraph", 5, "我们仅收集实现功能所必需的个人信息："),
        ("paragraph", 5, "We collect only what a function needs:"),
        # a sentence is no title: the component's editions are read as its text
        ("paragraph", 7, "我们不会出售您的个人信息。"),
        ("paragraph", 7, "We never sell your data."),
    ]


def test_a_page_header_s_text_props_are_read_and_a_data_driven_component_s_are_not() -> None:
    head = '<PageHead eyebrow="法律条款" title="隐私政策" desc="我们如何收集、使用与保护你的个人信息。" />'
    assert [value for _, value in shown_props("PageHead", head)] == ["法律条款", "我们如何收集、使用与保护你的个人信息。"]
    # sections given as data are read at the data's own lines (`load.jsx_data`): where a summary stands among them is
    # not told, so it is left (eval/blind/round35b linguaflow)
    data = '<LegalDocument title="隐私政策" summary="这里说明账户数据如何被收集。" sections={﷑﷑﷑﷑﷑﷑﷑﷑} />'
    assert shown_props("LegalDocument", data) == []
    # next/head's <Head> is the browser tab's
    assert shown_props("Head", '<Head zh="隐私政策" en="Privacy" />') == []


def test_a_self_closed_row_s_label_and_a_component_alone_on_its_line_are_lines_of_their_own() -> None:
    rows = (
        "export default function P() {\n  return (\n    <View>\n"
        '      <TableRow label="帳號識別資料" desc="電子郵件信箱、密碼（經加密儲存）" />\n'
        '      <TableRow label="基本資料" desc="姓名／暱稱、聯絡電話" />\n'
        "    </View>\n  )\n}\n"
    )
    assert [b.text for b in read_html(rows, path="p.tsx").blocks] == [
        "帳號識別資料",
        "電子郵件信箱、密碼（經加密儲存）",
        "基本資料",
        "姓名／暱稱、聯絡電話",
    ]
    vue = (
        '<template>\n  <view>\n    <fui-text text="1. 我们收集订单的类型与内容。" :size="28"></fui-text>\n'
        '    <fui-text text="2. 您上传的图片仅用于订单。" :size="28"></fui-text>\n  </view>\n</template>\n'
    )
    assert _blocks(vue, "privacy.vue") == [
        ("paragraph", 3, "1. 我们收集订单的类型与内容。"),
        ("paragraph", 4, "2. 您上传的图片仅用于订单。"),
    ]
