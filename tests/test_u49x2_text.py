"""Classes of eval/structure49c and eval/pairs49c (m49x, forty-ninth session) fixed by helper u49x2, each both ways;
every text below is invented, the real documents stay as regressions at the end of each part.

1. A template interpolation that is only a string literal (「{{ '\\n\\n' }}」, 「{{ "。" }}」, 「{{ `…` }}」) shows that
   literal: its delimiters and quotes were read as policy text (fctl-vue: 「…以下信息：{{ '」 ⏎ 「' }}1. 【身份信息】…」).
   Now blank, columns kept; its escape \\n is a line break inside a `<text>` and a space elsewhere
   (`load/html/styles.py` `_literal_echoes`).
2. A Taro `<Text>` keeps its line-break children 「{'\\n'}」 as a React Native `<Text>` does: the items of a list written
   so ran into one line (eval/profiles48b weiba-zh).  A `<View>` folds them into a space (`load/jsx/styles.py`
   `text_breaks`).
3. A Markdown `\\.` escape is decoded: 「## **6\\. Windows 应用程序**」 kept its backslash in the title and in `diff`
   (pairs49c biblio-windows-md; `load/markdown/escapes.py`).
4. A `.vue` `<text>` whose text holds a blank line is laid out by its newlines (uni-app shows them): one line each,
   so its numbered titles are titles (mycollege-vue: 11 misses).  Hard-wrapped prose with no blank line stays one
   paragraph (`load/html/styles.py` `_laid_texts`).
6. A Markdown list item hard-wrapped after a sentence ending in a colon, its next line wrapped prose that runs on
   (「…存储在您的设备上：」 ⏎ 「浏览器的同步存储。这意味着您的」 ⏎ …): the item was cut in two there; it is one item
   (`load/lines._colon_wrapped`; structure49c holdout2 aitranslator-md).  A short label (「**说明：**」), a line that
   ends a clause, an item of its own, or plain text is cut as before.
5. `diff`: a section titled by a date field alone (「## 更新日期：2024年05月01日」) whose date changed is one renamed
   section, not one removed and one added (pairs49c pomo-hw-*; `diff/dated.py`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import diff_strings, headings, paragraph_texts, parse_file, parse_path
from policylens.model import Document

_ROOT = Path(__file__).resolve().parent.parent
_S49C = _ROOT / "eval" / "structure49c"
_P49C = _ROOT / "eval" / "pairs49c" / "pairs"


def _paragraphs(doc: Document) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.text) for s in doc.sections for p in s.paragraphs]


# --- 1. an interpolation of a string literal ------------------------------------------------------------------------

_VUE = """<template>
  <view class="page">
    <text class="doc-title">示例小程序隐私政策</text>
    <text class="section-title">一、我们收集的信息</text>
    <text class="section-body">我们收集以下信息：{BREAK}1. 手机号码，用于登录。{ONE}2. 设备信息，用于安全。</text>
  </view>
</template>
"""


@pytest.mark.parametrize(
    ("two", "one"),
    [("{{ '\\n\\n' }}", "{{ '\\n' }}"), ('{{"\\n\\n"}}', '{{ "\\n" }}'), ("{{ `\\n\\n` }}", "{{`\\n`}}")],
)
@pytest.mark.parametrize("name", ["privacy.vue", "index.wxml"])
def test_a_literal_interpolation_shows_its_literal(tmp_path: Path, name: str, two: str, one: str) -> None:
    source = _VUE.replace("{BREAK}", two).replace("{ONE}", one)
    if name.endswith(".wxml"):  # (a mini-program's <template> is a definition: not shown)
        source = source.replace("template>", "view>")
    doc = parse_file(tmp_path, name, source)
    line = source.splitlines()[4]
    found = [(c, t) for n, c, t in _paragraphs(doc) if n == 5]
    assert [t for _, t in found] == ["我们收集以下信息：", "1. 手机号码，用于登录。", "2. 设备信息，用于安全。"]
    assert all(line[c - 1 :].startswith(t) for c, t in found)  # columns exact
    assert not any("{{" in t or "}}" in t or "\\n" in t for t in paragraph_texts(doc))


def test_a_literal_interpolation_crlf_and_traditional(tmp_path: Path) -> None:
    source = _VUE.replace("{BREAK}", "{{ '\\n' }}").replace("{ONE}", "{{ '\\n' }}").replace("我们收集以下信息", "我們蒐集以下資訊")
    doc = parse_file(tmp_path, "privacy.vue", source.replace("\n", "\r\n"))
    assert paragraph_texts(doc)[:3] == ["我們蒐集以下資訊：", "1. 手机号码，用于登录。", "2. 设备信息，用于安全。"]


def test_a_literal_outside_a_text_is_a_space_and_a_value_is_untouched(tmp_path: Path) -> None:
    source = """<template>
  <view class="page">
    <view class="section-title">一、信息收集</view>
    <view class="para">我们收集手机号码。{{ '\\n' }}我们收集设备信息。</view>
    <view class="para">联系邮箱：{{ email }}；电话：{{ 'a' + phone }}</view>
    <view class="para">{{ "隐私政策由示例公司制定。" }}</view>
  </view>
</template>
"""
    texts = paragraph_texts(parse_file(tmp_path, "privacy.vue", source))
    assert texts[0] == "我们收集手机号码。我们收集设备信息。"  # (the space a browser shows between two Chinese sentences: none)
    assert "{{ email }}" in texts[1] and "{{ 'a' + phone }}" in texts[1]  # a value or an expression: as written
    assert texts[2] == "隐私政策由示例公司制定。"


def test_structure49c_fctl_literal_breaks() -> None:
    path = _S49C / "dev" / "fctl-vue" / "privacy.vue"
    doc = parse_path(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert not any("{{" in t or "}}" in t or "'" in t for t in paragraph_texts(doc))
    for n, c, t in _paragraphs(doc):
        assert lines[n - 1][c - 1 :].startswith(t[:8]), (n, c, t)
    assert [title for _, _, title in headings(doc)][:2] == ["一、我们收集的个人信息", "二、我们如何使用您的信息"]


# --- 2. a Taro <Text>'s {'\n'} ----------------------------------------------------------------------------------------

_TARO = """import { View, Text } from '@tarojs/components'

export default function Privacy() {
  return (
    <View className='page'>
      <Text className='section-title'>一、我们收集的信息</Text>
      <Text className='section-text'>
        本政策将帮助您了解以下内容：{'\\n'}
        1. 我们如何收集您的信息{"\\n\\n"}
        2. <Text className='bold'>我们如何使用您的信息</Text>{'\\n'}
        3. 如何联系我们
      </Text>
      <View className='note'>
        我们不会出售您的信息。{'\\n'}
        如有疑问请联系客服。
      </View>
    </View>
  )
}
"""


def test_a_taro_text_keeps_its_line_break_children(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "index.tsx", _TARO)
    texts = paragraph_texts(doc)
    # (「2. 」 before a nested <Text> loses its space: a JSX reading left as it was)
    assert texts[:4] == ["本政策将帮助您了解以下内容：", "1. 我们如何收集您的信息", "2.我们如何使用您的信息", "3. 如何联系我们"]
    # a <View> folds the break into nothing a reader sees apart: one paragraph
    assert texts[4:] == ["我们不会出售您的信息。如有疑问请联系客服。"]


def test_profiles48b_weiba_list_lines() -> None:
    doc = parse_path(_ROOT / "eval" / "profiles48b" / "docs" / "weiba-zh" / "index.tsx")
    found = {n: t for n, _, t in _paragraphs(doc)}
    assert found[29] == "本政策将帮助您了解以下内容：" and found[30] == "1. 我们如何收集和使用您的个人信息"


# --- 3. Markdown's \. -------------------------------------------------------------------------------------------------


def test_a_markdown_escaped_full_stop_is_decoded(tmp_path: Path) -> None:
    source = "# 隐私政策\n\n## **6\\. Windows 应用程序**\n\n版本号 1\\.2 起生效，见 `a\\.b`。\n"
    doc = parse_file(tmp_path, "PRIVACY.zh-CN.md", source)
    assert [title for _, _, title in headings(doc)] == ["6. Windows 应用程序"]
    assert paragraph_texts(doc) == ["版本号 1.2 起生效，见 `a\\.b`。"]  # (a code span keeps it)
    p = doc.sections[-1].paragraphs[0]
    assert (p.line, p.column) == (5, 1)


def test_pairs49c_biblio_titles_in_diff() -> None:
    pair = _P49C / "biblio-windows-md"
    new = parse_path(pair / "new.md")
    assert not any("\\." in (s.title or "") for s in new.sections)
    assert any((s.title or "").startswith("6. Windows") for s in new.sections)


# --- 4. a uni-app <text> laid out by its newlines ----------------------------------------------------------------------

_LAID = """<template>
\t<view>
\t\t<text class="title">隐私政策</text>
\t\t<view class="text-part">
\t\t\t<text >
\t\t\t\t欢迎使用本应用，请阅读本政策：
\t\t\t\t
\t\t\t\t1.我们收集的信息
\t\t\t\t我们收集您的手机号码和设备信息，用于登录和保障安全。
\t\t\t\t
\t\t\t\t2.我们如何使用信息
\t\t\t\t我们仅将信息用于提供服务，不会出售给第三方。
\t\t\t\t
\t\t\t\t3.联系我们
\t\t\t\t如有疑问，请发送邮件至 privacy@example.com。
\t\t\t</text>
\t\t</view>
\t</view>
</template>
"""


@pytest.mark.parametrize("crlf", [False, True])
def test_a_text_laid_out_by_blank_lines_reads_a_line_each(tmp_path: Path, crlf: bool) -> None:
    source = _LAID.replace("\n", "\r\n") if crlf else _LAID
    doc = parse_file(tmp_path, "privacy.vue", source)
    assert [(line, title) for line, _, title in headings(doc)] == [(8, "1.我们收集的信息"), (11, "2.我们如何使用信息"), (14, "3.联系我们")]
    tw = parse_file(tmp_path, "privacy-tw.vue", source.replace("我们收集的信息", "我們蒐集的資訊"))
    assert next(title for _, _, title in headings(tw)) == "1.我們蒐集的資訊"


def test_a_text_of_wrapped_prose_stays_one_paragraph(tmp_path: Path) -> None:
    lines = _LAID.splitlines()
    wrapped = "\n".join(line for line in lines if line.strip("\t") != "") + "\n"  # no blank line: hard-wrapped prose
    doc = parse_file(tmp_path, "privacy.vue", wrapped)
    assert headings(doc) == []
    assert len([t for t in paragraph_texts(doc) if "我们收集您的手机号码" in t]) == 1
    assert any(t.startswith("欢迎使用本应用") and "联系我们" in t for t in paragraph_texts(doc))


def test_structure49c_mycollege_titles() -> None:
    doc = parse_path(_S49C / "dev" / "mycollege-vue" / "privacy.vue")
    assert [line for line, _, _ in headings(doc)] == [13, 16, 32, 46, 55, 62, 65, 70, 77, 80, 83]


# --- 5. diff: a date heading whose date changed ------------------------------------------------------------------------

_DATED = "# 示例隐私政策\n\n## {u}：{d1}\n## {e}：{d2}\n\n本政策适用于示例应用。\n\n## 一、信息收集\n\n我们收集手机号。\n"


@pytest.mark.parametrize(
    ("u", "e", "old", "new"),
    [
        ("更新日期", "生效日期", "2024年05月01日", "2025年05月01日"),
        ("最後更新", "生效日期", "2024/05/01", "2024/06/01"),
        ("版本更新日期", "版本生效日期", "2025年12月14日", "2025年12月24日"),
        ("Last updated", "Effective date", "May 1, 2024", "June 3, 2024"),
    ],
)
def test_a_date_heading_whose_date_changed_is_one_renamed_section(u: str, e: str, old: str, new: str) -> None:
    report = diff_strings(_DATED.format(u=u, e=e, d1=old, d2=old), _DATED.format(u=u, e=e, d1=new, d2=new))
    statuses = [(s.old.title if s.old else None, s.new.title if s.new else None, s.status) for s in report.sections]
    changed = [t for t in statuses if t[0] != t[1]]
    assert [t[:2] for t in changed] == [(f"{u}：{old}", f"{u}：{new}"), (f"{e}：{old}", f"{e}：{new}")]
    assert not any(s.status in ("added", "removed") for s in report.sections)


def test_date_headings_not_paired_by_label() -> None:
    # the same label twice on a side: which date became which is unknown; words after the date: no date field
    old = "# 示例隐私政策\n\n## 更新日期：2024年05月01日\n\n## 更新日期：2023年01月01日\n\n## 生效日期：2024年5月1日起的条款\n\n本政策适用。\n"
    new = "# 示例隐私政策\n\n## 更新日期：2025年05月01日\n\n## 更新日期：2026年01月01日\n\n## 生效日期：2025年5月1日起的条款\n\n本政策适用。\n"
    report = diff_strings(old, new)
    added = [s.new.title for s in report.sections if s.status == "added" and s.new]
    assert "更新日期：2025年05月01日" in added and "更新日期：2026年01月01日" in added


@pytest.mark.parametrize("pair", [_P49C / "pomo-hw-year", _P49C / "pomo-hw-date-email"])
def test_pairs49c_dated_headings(pair: Path) -> None:
    report = diff_strings((pair / "old.md").read_text(encoding="utf-8"), (pair / "new.md").read_text(encoding="utf-8"))
    assert not any(s.status in ("added", "removed") for s in report.sections)
    first = next(s for s in report.sections if s.old and (s.old.title or "").startswith("更新日期"))
    assert first.new is not None and (first.new.title or "").startswith("更新日期") and first.old.line == 8


@pytest.mark.parametrize("name", ["ar-relay", "ar-scope"])
def test_pairs40c_dated_headings(name: str) -> None:
    pair = _ROOT / "eval" / "pairs40c" / "pairs" / name
    report = diff_strings((pair / "old.md").read_text(encoding="utf-8"), (pair / "new.md").read_text(encoding="utf-8"))
    assert not any(s.status in ("added", "removed") and "日期" in ((s.old or s.new).title or "") for s in report.sections if s.old or s.new)


# --- 6. a Markdown list item wrapped after a colon -------------------------------------------------------------------

_ITEM = "# 隐私政策\n\n## 数据存储\n\n- **API 密钥：** 您的 API 密钥仅使用以下方式存储在您的设备上：\n  {second}\n  登录后设置会在浏览器之间同步，但永远不会传输给开发者。\n- **无服务器：** 全部处理都在本地。\n"


@pytest.mark.parametrize("crlf", [False, True])
def test_a_list_item_wrapped_after_a_colon_stays_one_item(tmp_path: Path, crlf: bool) -> None:
    source = _ITEM.format(second="浏览器的同步存储 (`browser.storage.sync`)。这意味着您的")
    doc = parse_file(tmp_path, "privacy.zh.md", source.replace("\n", "\r\n") if crlf else source)
    kinds = [(p.line, p.kind) for s in doc.sections for p in s.paragraphs]
    assert kinds == [(5, "item"), (8, "item")]
    tw = parse_file(tmp_path, "privacy.zh-TW.md", source.replace("您的设备上", "您的裝置上"))
    assert [(p.line, p.kind) for s in tw.sections for p in s.paragraphs] == [(5, "item"), (8, "item")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("- **API 密钥：** 您的 API 密钥仅使用以下方式存储在您的设备上：", "浏览器的同步存储，用于在设备之间同步设置。"),  # ends a clause
        ("- 说明：", "浏览器的同步存储 (`browser.storage.sync`)，这意味着您的"),  # a short label
        ("- **API 密钥：** 您的 API 密钥仅使用以下方式存储在您的设备上：", "（1）浏览器的同步存储 (`browser.storage.sync`)，这意味着您的"),
    ],
)
def test_a_colon_line_still_cuts_what_is_no_wrapped_sentence(tmp_path: Path, first: str, second: str) -> None:
    source = f"# 隐私政策\n\n## 数据存储\n\n{first}\n  {second}\n- **无服务器：** 全部处理都在本地。\n"
    doc = parse_file(tmp_path, "privacy.zh.md", source)
    item = next(p for s in doc.sections for p in s.paragraphs if p.line == 5)
    assert item.text.endswith("：")  # (what follows is a paragraph, or a title, of its own)


def test_plain_text_after_a_colon_is_cut_as_before(tmp_path: Path) -> None:
    source = "隐私政策\n\n- 您的 API 密钥仅使用以下方式存储在您的设备上，具体如下：\n浏览器的同步存储 (browser.storage.sync)。这意味着您的\n设置会同步。\n"
    doc = parse_file(tmp_path, "privacy.txt", source)
    assert [p.line for s in doc.sections for p in s.paragraphs] == [3, 4]


def test_structure49c_aitranslator_item() -> None:
    doc = parse_path(_S49C / "holdout2" / "aitranslator-md" / "privacy.zh.md")
    found = {p.line: p for s in doc.sections for p in s.paragraphs}
    assert found[19].kind == "item" and found[19].text.endswith("您为翻译请求选择的提供商。") and 20 not in found
