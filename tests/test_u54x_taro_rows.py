"""u54x class 4 (eval/structure54x dazi-taro-tsx, found blind): two Taro `<Text>` rows run into the line before them.
A title `<Text>` (bold class) on the line after a date field 「<Text>生效日期：2026年1月30日</Text>」 ran into the date
(「生效日期：2026年1月30日引言」, the section 引言 lost); a `<Text className="block mt-2">` item after a lead-in ending in
「：」 ran into it.  Texts invented; the real document stays as a regression."""

from __future__ import annotations

from pathlib import Path

from helpers import parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent


def _page(before: str, title_class: str = "text-lg font-semibold", item_class: str = "block mt-2") -> str:
    return f"""import {{ View, Text }} from '@tarojs/components'

export default function Privacy() {{
  return (
    <View className="page">
      <Text className="text-2xl font-bold">示例小程序隐私政策</Text>
      {before}
      <Text className="{title_class}">引言</Text>
      <View className="text-base">
        本政策说明我们如何处理您在使用本小程序时提供的个人信息，请您仔细阅读。
      </View>
      <Text className="{title_class}">一、我们收集的信息</Text>
      <View className="text-base">
        我们会收集您的以下个人信息：
        <Text className="{item_class}">1. 手机号码：用于注册和登录您的账号。</Text>
        <Text className="{item_class}">2. 位置信息：用于向您展示附近的活动。</Text>
      </View>
    </View>
  )
}}
"""


def _shape(doc):  # type: ignore[no-untyped-def]
    """(section titles with their lines, paragraphs with theirs) of a Taro page read."""
    titles = [(section.line, section.title) for section in doc.sections if section.title]
    return titles, [(paragraph.line, paragraph.text) for section in doc.sections for paragraph in section.paragraphs]


def test_a_title_text_after_a_date_field_is_a_line_of_its_own(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "index.tsx", _page('<Text className="text-sm">生效日期：2026年1月30日</Text>'))
    titles, texts = _shape(doc)
    assert (8, "引言") in titles
    assert (7, "生效日期：2026年1月30日") in texts


def test_a_title_text_inside_a_sentence_stays_inline(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "index.tsx", _page('<Text className="text-sm">请您在使用前阅读本政策的</Text>'))
    titles, _ = _shape(doc)
    assert (8, "引言") not in titles


def test_a_block_text_item_is_a_line_of_its_own(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "index.tsx", _page(""))
    _, texts = _shape(doc)
    assert (14, "我们会收集您的以下个人信息：") in texts
    assert any(line == 15 and text.startswith("1.") for line, text in texts)


def test_an_inline_text_item_stays_in_its_line(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "index.tsx", _page("", item_class="mt-2 inline-block"))
    _, texts = _shape(doc)
    assert not any(line == 15 and text.startswith("1.") for line, text in texts)


def test_dazi_reads_its_introduction_and_items() -> None:
    doc = parse_path(_ROOT / "eval/structure54x/dev/dazi-taro-tsx/index.tsx")
    titles, texts = _shape(doc)
    assert (15, "引言") in titles and len(titles) == 8
    assert (23, "1.注册信息：当您注册本平台账号时，我们可能需要您提供手机号码、昵称、头像等信息。") in texts
