"""Structure of real documents, thirteenth session (a13v): app pages whose text is not where the markup is, and the
last false headings.

1. A Vue/uni-app page whose policy text is in its `<script>` (sections rendered with `v-for` over `{title, content}`
   literals, or HTML in a JS string shown with `v-html`) was read as nearly empty, with one heading 「{{ section.title }}」,
   and `check --profile` then reported every item missing.  Plain literals are now read where the page shows them
   (`load/vue_data.py`), at their script lines; anything else is warned of.  A line of interpolations only is never a
   heading anywhere.
2. A mini-program `<text>` holding its own line breaks (a newline or the `\\n` escape, which WeChat and uni-app show)
   was joined into one line.
3. Version lines, link rows, copyright lines, a contact field's bare name over its value and the last line of a
   contact block were read as headings.
4. A 「三、」 title directly followed by its 「3.1 …」 line in an HTML paragraph broken with <br> was read as a paragraph
   when its own shape did not vouch for it (a space after 、, a long title, 「三. 」).
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import cli
from policylens.load import load
from policylens.load.document import read_document
from policylens.model import Document

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "vue13"


def _doc(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(str(path))


def _titles(doc: Document) -> list[str]:
    return [s.title for s in doc.sections if s.title is not None]


def _at(path: Path, line: int, column: int, text: str) -> bool:
    """Does `text` stand at (line, column) of the file?"""
    source = path.read_text(encoding="utf-8").splitlines()[line - 1]
    return source[column - 1 :].startswith(text)


# -- 1. text kept in the script ----------------------------------------------------------------------------------


def test_real_uniapp_page_reads_its_sections_from_the_script_array() -> None:
    # HRS-1998/uniapp_project: `const content = ref([{ title, text }])`, `<view v-for="(item, index) in content">`
    path = DATA / "hrs-uniapp.zh-Hans.vue"
    doc = read_document(str(path))
    assert doc.metadata.title == "隐私政策"
    assert _titles(doc) == ["1. 信息收集", "2. 信息使用", "3. 信息共享", "4. 数据安全", "5. 政策更新"]
    assert not doc.warnings
    for section in doc.sections[1:]:
        assert section.title is not None and _at(path, section.line, section.column, section.title)  # the script's line
        (paragraph,) = section.paragraphs
        assert _at(path, paragraph.line, paragraph.column, paragraph.text)


def test_real_page_of_html_strings_shown_with_v_html() -> None:
    # 2455332508/ScuerAssemble: `sections = ref([{ title, content: `<p>…</p><h3>…</h3>` }])`, `v-html="section.content"`
    path = DATA / "scuer-assemble.zh-Hans.vue"
    doc = read_document(str(path))
    titles = _titles(doc)
    assert titles[0] == "一、我们如何收集您的个人信息" and "收集原则" in titles and titles[-1] == "十一、概念及定义"
    assert len([t for t in titles if t[1:2] == "、" or t[2:3] == "、"]) == 11
    assert not doc.warnings
    sub = next(s for s in doc.sections if s.title == "收集原则")  # an <h3> inside the string, at its line in the script
    assert _at(path, sub.line, sub.column, "收集原则")
    text = [p for s in doc.sections for p in s.paragraphs if p.text.startswith("我们会遵循正当、合法、必要的原则")]
    assert text and _at(path, text[0].line, text[0].column, "我们会遵循正当")


_NESTED = """<template>
  <view class="page">
    <view class="title">隐私政策</view>
    <view v-for="section in sections" :key="section.id">
      <text class="section-title">{{ section.title }}</text>
      <text class="text" v-for="(line, i) in section.contents" :key="i">{{ line }}</text>
    </view>
    <view class="footer">联系邮箱：privacy@example.cn</view>
  </view>
</template>

<script>
export default {
  data() {
    return {
      sections: [
        { id: 1, title: '一、我们收集的信息', contents: ['我们收集您的手机号码，用于登录。', "我们收集设备信息，用于安全保障。"] },
        { id: 2, title: '二、您的权利', contents: ['您可以查阅、更正、删除您的个人信息。\\n您也可以注销账号。'] },
      ],
    }
  },
}
</script>
"""


def test_nested_v_for_over_arrays_of_strings_in_options_api_data(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "privacy.vue", _NESTED)
    assert _titles(doc) == ["一、我们收集的信息", "二、您的权利"]
    body = [[p.text for p in s.paragraphs] for s in doc.sections if s.title]
    assert body[0] == ["我们收集您的手机号码，用于登录。", "我们收集设备信息，用于安全保障。"]
    assert body[1][:2] == ["您可以查阅、更正、删除您的个人信息。", "您也可以注销账号。"]  # the \n escape ends a line
    assert body[1][-1] == "联系邮箱：privacy@example.cn"  # the markup after the loop stays where the page shows it
    first = next(s for s in doc.sections if s.title == "一、我们收集的信息")
    assert _at(tmp_path / "privacy.vue", first.line, first.column, "一、我们收集的信息'")  # the string's place in the script
    assert all(_at(tmp_path / "privacy.vue", p.line, p.column, p.text) for s in doc.sections for p in s.paragraphs[:1])
    assert not doc.warnings


def test_the_script_literals_read_into_the_page_are_not_read_twice_by_the_rules(tmp_path: Path) -> None:
    page = _NESTED.replace("我们收集您的手机号码，用于登录。", "请填写【公司名称】的联系方式。")
    path = tmp_path / "privacy.vue"
    path.write_text(page, encoding="utf-8")
    result = cli("check", str(path), "--format", "json", "--no-config")
    findings = json.loads(result.stdout)["files"][0]["findings"]
    spots = [(f["line"], f["column"], f["rule"]) for f in findings if f["line"] >= 12]  # in the script
    assert spots == [(17, 53, "placeholder-instruction")]  # found once, where the literal is


_IMPORTED = """<template>
  <view class="container">
    <view class="privacy-box">
      <template v-for="(section, index) in privacyData" :key="index">
        <view class="section">
          <text class="section-title">{{ section.title }}</text>
          <text class="text" v-for="(content, idx) in section.contents" :key="idx">{{ content }}</text>
        </view>
      </template>
    </view>
  </view>
</template>

<script setup>
import { privacyData } from './privacy-data.js'
</script>
"""


def test_data_imported_from_another_file_is_warned_of_in_parse_and_check(tmp_path: Path) -> None:
    # lianghuaApp's settings page: the sections come from './privacy-data.js' — nothing to read here, and it is said
    doc = _doc(tmp_path, "privacy.vue", _IMPORTED)
    assert _titles(doc) == []  # 「{{ section.title }}」 is no heading
    (warning,) = doc.warnings
    assert "produced by script" in warning and "read only 0 characters" in warning
    path = tmp_path / "privacy.vue"
    parsed = cli("parse", str(path), "--format", "text")
    assert "produced by script" in parsed.stderr
    checked = cli("check", str(path), "--profile", "cn-pipl", "--format", "json", "--no-config")
    assert "produced by script" in checked.stderr
    assert any("produced by script" in w for w in json.loads(checked.stdout)["files"][0]["warnings"])


def test_an_interpolated_template_literal_is_not_read_and_is_warned_of(tmp_path: Path) -> None:
    page = _NESTED.replace("'二、您的权利'", "`二、${appName}的权利`")
    doc = _doc(tmp_path, "privacy.vue", page)
    assert _titles(doc) == []
    assert any("produced by script" in w and "characters of text in its <script>" in w for w in doc.warnings)


def test_text_of_its_own_inside_the_loop_leaves_the_page_as_written(tmp_path: Path) -> None:
    # a label repeated in every item (「展开」) is markup the data does not explain: nothing is guessed
    page = _NESTED.replace(
        '<text class="section-title">{{ section.title }}</text>',
        '<text class="section-title">{{ section.title }}</text><view>展开全文</view>',
    )
    doc = _doc(tmp_path, "privacy.vue", page)
    assert "一、我们收集的信息" not in _titles(doc) and not any("{{" in t for t in _titles(doc))
    assert any("produced by script" in w for w in doc.warnings)


def test_a_page_written_in_its_markup_gets_no_warning(tmp_path: Path) -> None:
    paragraph = "我们会收集您的手机号码与设备信息，用于登录、安全保障与改进服务，并依法保护您的个人信息。" * 4
    page = (
        '<template><view><view class="title">{{ appName }}隐私政策</view>'
        f'<view class="section-title">一、信息收集</view><view>{paragraph}</view>'
        f'<view class="section-title">二、信息使用</view><view>{paragraph}</view>'
        "<view>{{ updatedAt }}</view></view></template>\n<script>export default { data() { return { appName: '某某' } } }</script>\n"
    )
    doc = _doc(tmp_path, "privacy.vue", page)
    assert _titles(doc) == ["一、信息收集", "二、信息使用"] and not doc.warnings


def test_interpolation_only_lines_are_never_headings_in_any_format(tmp_path: Path) -> None:
    md = _doc(tmp_path, "p.md", "# 隐私政策\n\n## {{ section.title }}\n\n我们收集手机号。\n\n## 二、信息使用\n\n我们使用信息。\n")
    assert _titles(md) == ["二、信息使用"]
    html = _doc(
        tmp_path,
        "p.html",
        "<h1>隐私政策</h1><h2>{{ i + 1 }}. {{ s.title }}</h2><p>我们收集手机号。</p><h2>二、信息使用</h2><p>我们使用信息。</p>",
    )
    assert _titles(html) == ["二、信息使用"]
    # a title with a word of its own around the slot is still a title
    kept = _doc(
        tmp_path,
        "q.html",
        "<h1>隐私政策</h1><h2>{{ appName }}如何收集信息</h2><p>我们收集手机号。</p><h2>二、信息使用</h2><p>我们使用信息。</p>",
    )
    assert _titles(kept) == ["{{ appName }}如何收集信息", "二、信息使用"]


# -- 2. a <text> holding its own line breaks ----------------------------------------------------------------------


_LINES = """<view class="page">
  <view class="section-title">一、我们收集的信息</view>
  <text class="content">
    1.1 账户信息：我们会收集您的手机号码。\\n
    1.2 设备信息：我们会收集设备型号。
  </text>
  <view class="sec-head"><text class="sec-icon">●</text><text class="sec-title">二、联系我们</text></view>
  <text class="content">
    如有疑问，请发送邮件至 privacy@example.cn。
  </text>
</view>
"""


def test_a_text_element_shows_its_own_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "privacy.wxml"
    path.write_text(_LINES, encoding="utf-8")
    doc = read_document(str(path))
    first = next(s for s in doc.sections if s.title == "一、我们收集的信息")
    assert [p.text for p in first.paragraphs] == ["1.1 账户信息：我们会收集您的手机号码。", "1.2 设备信息：我们会收集设备型号。"]
    assert [(p.line, p.column) for p in first.paragraphs] == [(4, 5), (5, 5)]


def test_an_icon_text_and_a_titled_text_on_one_row_stay_one_line(tmp_path: Path) -> None:
    path = tmp_path / "privacy.wxml"
    path.write_text(_LINES, encoding="utf-8")
    texts = [b.text for b in load(str(path)).parsed.blocks]
    assert "●二、联系我们" in texts and "●" not in texts  # one row, as shown
    # a <text> broken only around its text (a formatter's indentation) is one line
    assert "如有疑问，请发送邮件至 privacy@example.cn。" in texts


# -- 3. page lines that are no titles --------------------------------------------------------------------------


def test_version_link_copyright_and_contact_lines_are_no_headings(tmp_path: Path) -> None:
    page = """<view class="page">
  <view class="page-title">学伴隐私政策</view>
  <view class="page-meta">版本 v1.0 · 生效日期 2026年4月15日</view>
  <view class="section-title">一、信息收集</view>
  <view>我们收集您的手机号码，用于登录。</view>
  <view class="section-title">二、联系我们</view>
  <view>如有疑问，可通过以下方式联系我们：</view>
  <view class="item">客服邮箱：service@example.com</view>
  <view class="item">我们会尽快处理您的反馈</view>
  <view class="link-row">查看《服务条款》 →</view>
  <view class="footer">© 2025 学伴 版权所有</view>
</view>
"""
    doc = _doc(tmp_path, "privacy.wxml", page)
    assert _titles(doc) == ["一、信息收集", "二、联系我们"]


def test_a_contact_card_field_name_over_its_value_is_no_heading(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>隐私政策</h1><h2>一、联系我们</h2>"
        "<div><strong>邮件</strong><br>privacy@dronecontrol.com</div><div><strong>电话</strong><br>400-888-9999</div>"
        "<h2>二、法律依据</h2><p>本政策依据《个人信息保护法》制定。</p></body></html>"
    )
    assert _titles(_doc(tmp_path, "p.html", page)) == ["一、联系我们", "二、法律依据"]


def test_titles_that_look_like_page_lines_stay_titles(tmp_path: Path) -> None:
    # a title after a contact line (「政策更新」), a question with 我们 (「我们如何联系您」), an explicit version heading
    page = """<view class="page">
  <view class="page-title">隐私政策</view>
  <view class="section-title">联系我们</view>
  <view>邮箱：privacy@example.com</view>
  <view class="section-title">政策更新</view>
  <view>我们可能会不时更新本政策，并在页面上公布。</view>
  <view>电话：010-12345678</view>
  <view class="section-title">我们如何联系您</view>
  <view>我们会通过站内信联系您。</view>
</view>
"""
    assert _titles(_doc(tmp_path, "privacy.wxml", page)) == ["联系我们", "政策更新", "我们如何联系您"]
    md = _doc(tmp_path, "p.md", "# DNS管家隐私政策\n\n### 版本更新日期：2025年11月1日\n\n我们不会收集您的个人信息。\n")
    assert _titles(md) == ["版本更新日期：2025年11月1日"]


# -- 4. 「三、」 over 「3.1 …」 in a <br> paragraph ----------------------------------------------------------------------


def _br_page(title: str, child: str) -> str:
    return (
        "<html><body><h1>隐私政策</h1><p>一、信息收集<br>我们收集手机号。</p><p>二、信息使用<br>我们使用信息提供服务。</p>"
        f"<p>{title}<br>{child}<br>3.2 我们不会转让您的个人信息。</p><p>四、联系我们<br>邮箱：a@b.cn</p></body></html>\n"
    )


def test_a_section_title_over_its_first_sub_section_is_cut_from_the_br_paragraph(tmp_path: Path) -> None:
    for title in ("三、 信息共享", "三. 信息共享", "三、我们如何共享、转让、公开披露您的个人信息"):
        doc = _doc(tmp_path, "p.html", _br_page(title, "3.1 我们不会与第三方共享您的个人信息，除非获得您的明确同意。"))
        assert title in _titles(doc), title


def test_a_sentence_or_another_number_below_is_no_such_title(tmp_path: Path) -> None:
    sentence = _doc(tmp_path, "p.html", _br_page("三、 我们会在以下情况下共享，", "3.1 我们不会与第三方共享您的个人信息。"))
    assert not any(t.startswith("三") for t in _titles(sentence))
    # (thirtieth session, u30t) a space after 「三、」 is how Word writes a list number (eval/structure30
    # ysxy-agreement-html: 「一、 特别提示」 over its sentence): a short title line of that shape is a title whatever line
    # follows it, so these two, once kept out for want of their 3.1, are titles now
    other = _doc(tmp_path, "q.html", _br_page("三、 信息共享", "4.1 我们不会与第三方共享您的个人信息，除非获得您的同意。"))
    assert "三、 信息共享" in _titles(other)
    deeper = _doc(tmp_path, "r.html", _br_page("三、 信息共享", "3.12 我们不会与第三方共享您的个人信息，除非获得您的同意。"))
    assert "三、 信息共享" in _titles(deeper)
