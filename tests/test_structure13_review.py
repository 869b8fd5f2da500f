"""A review of the Vue-script reading (`load/vue_data.py`, `load/html.py`, thirteenth session): each defect with the
class it stands for, both sides.

1. A `v-html` string inside a loop was parsed again for every item (20,000 items: minutes): each string is read once.
2. A slot that is not a bare path (「{{ i + 1 }}」, 「{{ $t(s.title) }}」, a filter, `v-text`) was dropped with no
   warning once the page counted as filled: the page now falls back to the warning.  Numbers are shown.
3. A name was looked up in the script's comments and strings too (a commented-out old array read as the policy).
4. A name assigned again (`this.sections = res.data`) or a loop over the page's own empty literal read as an empty
   page with no warning.
5. Page chrome (a feedback form) after a filled loop lost its marking.
6. A `v-html` string with `\\u` escapes had wrong columns after its first escape.
7. Unrelated script literals (toast messages) made a page written in its markup warn.
9. A source newline inside a `.vue` `<text>` cut the line (a Vue compiler makes it a space).
10. Each name was looked up with its own scan of the script (quadratic).
11. An optional field (`v-if="s.note"`) some items lack, and `v-for` with `v-html` on one element, are read.
12. `<rich-text :nodes>` is read like `v-html`; a top-level 「{{ pageTitle }}」 of a literal is shown as that string.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import cli
from policylens.load import html, vue_data
from policylens.load.vue_data import script as vue_script
from policylens.model import Document
from test_structure13 import _doc, _titles


def _texts(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


def _script_warning(doc: Document) -> bool:
    return any("produced by script" in w for w in doc.warnings)


def _page(template: str, script: str, *, setup: bool = True) -> str:
    return (
        f'<template>\n  <view class="page">\n{template}\n  </view>\n</template>\n<script{" setup" if setup else ""}>\n{script}\n</script>\n'
    )


_LOOP = """    <view v-for="(s, i) in sections" :key="i">
      <view class="section-title">{{ s.title }}</view>
      <view class="para">{{ s.content }}</view>
    </view>"""
_DATA = """const sections = [
  { title: '一、信息收集', content: '我们收集您的手机号码。', days: 180 },
  { title: '二、信息使用', content: '我们使用信息提供服务。', days: 30 },
]"""


# -- 1 and 10: cost --------------------------------------------------------------------------------------------------


def test_a_v_html_string_shown_in_every_loop_item_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = html._html_string
    monkeypatch.setattr(html, "_html_string", lambda text: calls.append(text) or real(text))
    zeros = ",".join(["0"] * 2000)
    page = _page(
        '    <view v-for="x in xs"><view v-html="big"></view></view>', f"const xs = [{zeros}]\nconst big = '<p>我们收集信息。</p>'"
    )
    doc = _doc(tmp_path, "privacy.vue", page)
    assert len(calls) == 1
    assert _texts(doc).count("我们收集信息。") == 2000  # every item still shows it
    # two strings: two readings
    calls.clear()
    page = _page('    <view v-html="a"></view><view v-html="b"></view>', "const a = '<p>第一条。</p>'\nconst b = '<p>第二条。</p>'")
    assert _texts(_doc(tmp_path, "two.vue", page)) == ["第一条。", "第二条。"]
    assert len(calls) == 2


class _Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def sub(self, repl: object, text: str) -> str:
        self.calls += 1
        return self.pattern.sub(repl, text)  # type: ignore[arg-type]


def test_the_script_is_scanned_for_its_names_once_not_once_per_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(vue_data._MASKED)
    monkeypatch.setattr(vue_script, "_MASKED", counting)  # (the script reader's own module, u57k)
    n = 300
    template = "\n".join(f'    <view v-html="d.n{k}"></view>' for k in range(n))
    script = "const d = {\n" + "\n".join(f"  n{k}: '<p>第{k}条 我们收集信息。</p>'," for k in range(n)) + "\n}"
    doc = _doc(tmp_path, "privacy.vue", _page(template, script))
    assert counting.calls == 1
    assert len(_texts(doc)) == n and _texts(doc)[-1] == f"第{n - 1}条 我们收集信息。"


# -- 2: slots that are not bare paths --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "slot",
    [
        # (u50a) 「{{ i + 1 }}. {{ s.title }}」 of the loop's own index alias is read: tests/test_u50a_structure.py
        '<view class="section-title">{{ n + 1 }}. {{ s.title }}</view>',  # a name that is no index alias
        '<view class="section-title">{{ $t(s.title) }}</view>',
        '<view class="para">{{ s.content | trim }}</view>',
        '<view class="para" v-text="s.content"></view>',
        '<view class="para" v-html="s.content.trim()"></view>',
        '<view class="para">第{{ s.days }}天</view>',
        '<view class="para">{{ s.title }}{{ s.content }}</view>',
    ],
)
def test_a_slot_that_is_not_a_bare_path_leaves_the_page_as_written_and_warns(tmp_path: Path, slot: str) -> None:
    # beside a slot that is read: the page would count as filled
    template = f'    <view v-for="(s, i) in sections" :key="i">\n      <view>{{{{ s.title }}}}</view>\n      {slot}\n    </view>'
    doc = _doc(tmp_path, "privacy.vue", _page(template, _DATA))
    assert _script_warning(doc)
    assert "我们收集您的手机号码。" not in _texts(doc)


def test_bare_paths_numbers_and_symbol_slots_are_read(tmp_path: Path) -> None:
    template = """    <view v-for="(s, i) in sections" :key="i">
      <view class="section-title">{{ s["title"] }} <text>{{ s.open ? '▼' : '▶' }}</text></view>
      <view class="para">{{ s['content'] }}</view>
      <view class="para">{{ s.days }}</view>
    </view>"""
    doc = _doc(tmp_path, "privacy.vue", _page(template, _DATA))
    assert not doc.warnings
    assert _titles(doc) == ["一、信息收集", "二、信息使用"]
    assert _texts(doc) == ["我们收集您的手机号码。", "180", "我们使用信息提供服务。", "30"]
    days = doc.sections[0].paragraphs[1]
    source = (tmp_path / "privacy.vue").read_text(encoding="utf-8").splitlines()
    assert source[days.line - 1][days.column - 1 :].startswith("180 }")  # the number's place in the script


# -- 3 and 4: names the page does not define as literals ------------------------------------------------------------


def test_a_commented_out_or_quoted_array_is_not_the_page_s_data(tmp_path: Path) -> None:
    for script in (
        "import sections from './policy.js'\n/* old:\n   sections: [{ title: '一、旧的标题', content: '旧的内容。' }]\n*/",
        "import sections from './policy.js'\n// const sections = [{ title: '一、旧的标题', content: '旧的内容。' }]",
        "import sections from './policy.js'\nconst help = \"sections: [{ title: '一、旧的标题' }]\"",
    ):
        doc = _doc(tmp_path, "privacy.vue", _page(_LOOP, script))
        assert _script_warning(doc), script
        assert "一、旧的标题" not in _titles(doc)
    # the other side: a comment beside the real literal changes nothing
    doc = _doc(tmp_path, "privacy.vue", _page(_LOOP, "// sections: loaded below\n" + _DATA + "\n/* sections: [] */"))
    assert _titles(doc) == ["一、信息收集", "二、信息使用"] and not doc.warnings


@pytest.mark.parametrize(
    "script",
    [
        "export default {\n  data() { return { sections: [] } },\n  async onLoad() { this.sections = (await getPolicy()).sections }\n}",
        "import { ref } from 'vue'\nconst sections = ref([])\nload().then((r) => { sections.value = r.sections })",
        "export default { data() { return { sections: [] } } }",
        _DATA + "\nfunction more(r) { this.sections.push(...r) }",
    ],
)
def test_a_list_assigned_at_run_time_or_left_empty_is_warned_of(tmp_path: Path, script: str) -> None:
    intro = '    <view class="intro">欢迎使用某某App。本隐私政策说明我们如何处理您的个人信息，请您在使用前仔细阅读并充分理解。</view>\n'
    doc = _doc(tmp_path, "privacy.vue", _page(intro + _LOOP, script, setup="export" not in script))
    assert _script_warning(doc)


def test_an_empty_list_inside_an_item_and_other_assignments_are_fine(tmp_path: Path) -> None:
    template = """    <view v-for="s in sections">
      <view class="section-title">{{ s.title }}</view>
      <view v-for="p in s.items">{{ p }}</view>
    </view>"""
    script = (
        "const open = ref(false)\nfunction toggle() { open.value = !open.value; this.other = 1 }\n"
        "const sections = [\n  { title: '一、信息收集', items: ['我们收集手机号码。'] },\n  { title: '二、信息使用', items: [] },\n]"
    )
    doc = _doc(tmp_path, "privacy.vue", _page(template, script))
    assert _titles(doc) == ["一、信息收集", "二、信息使用"] and _texts(doc) == ["我们收集手机号码。"]
    assert not doc.warnings


# -- 5: page chrome after expansion ----------------------------------------------------------------------------------

_FORM = """    <form class="feedback">
      <h2>意见反馈</h2>
      <label>您的邮箱</label><input type="text" />
      <label>反馈内容</label><textarea></textarea>
      <button>提交</button>
    </form>"""


def test_a_form_after_a_filled_loop_stays_page_chrome(tmp_path: Path) -> None:
    loop = '    <div v-for="s in sections">\n      <h2>{{ s.title }}</h2>\n      <p>{{ s.content }}</p>\n    </div>\n'
    doc = _doc(tmp_path, "privacy.vue", _page("    <h1>隐私政策</h1>\n" + loop + _FORM, _DATA))
    assert _titles(doc) == ["一、信息收集", "二、信息使用"]
    kinds = {p.text: p.kind for s in doc.sections for p in s.paragraphs}
    assert kinds["意见反馈"] == "item" and kinds["我们收集您的手机号码。"] == "paragraph"
    # the same page written out: the same reading
    written = "    <h1>隐私政策</h1>\n    <h2>一、信息收集</h2><p>我们收集您的手机号码。</p>\n" + _FORM
    doc = _doc(tmp_path, "written.vue", _page(written, ""))
    assert "意见反馈" not in _titles(doc)


# -- 6: columns of an escaped v-html string --------------------------------------------------------------------------


def test_columns_after_js_escapes_in_a_v_html_string(tmp_path: Path) -> None:
    page = (
        '<template>\n  <div class="policy">\n    <h1>隐私政策</h1>\n    <div v-html="html"></div>\n  </div>\n</template>\n'
        "<script>\nexport default {\n  data() {\n    return {\n"
        "      html: '<h2>一、联系我们</h2><p>\\u6211\\u4eec\\u7684\\u7535\\u8bdd\\uff1a400-XXX-XXXX，邮箱：xxx@xxx.com。我们是【公司名称】。</p>'\n"
        "    }\n  }\n}\n</script>\n"
    )
    path = tmp_path / "privacy.vue"
    path.write_text(page, encoding="utf-8")
    findings = json.loads(cli("check", str(path), "--format", "json", "--no-config").stdout)["files"][0]["findings"]
    spots = [(f["line"], f["column"]) for f in findings if f["rule"] == "placeholder-instruction"]
    assert spots == [(11, 68), (11, 84), (11, 99)]
    line = page.splitlines()[10]
    assert line[67:].startswith("400-XXX") and line[83:].startswith("xxx@") and line[98:].startswith("【公司名称】")


# -- 7: the warning counts only text the bindings can show ----------------------------------------------------------

_MARKUP = "\n".join(
    f'    <view class="section-title">{n}、第{n}节</view><view>我们会依法收集和使用您的个人信息，并采取严格的安全措施保护您的信息安全。</view>'
    for n in "一二三四五六七八九"
)
_TOASTS = (
    "const messages = {\n"
    + "\n".join(f"  e{k}: '网络连接失败，请检查您的网络设置后重试。如果问题仍然存在，请联系客服。'," for k in range(20))
    + "\n}"
)


def test_script_messages_do_not_make_a_written_page_warn(tmp_path: Path) -> None:
    template = '    <view class="date">更新日期：{{ updated }}</view>\n    <view>{{ updated }}</view>\n' + _MARKUP
    doc = _doc(tmp_path, "privacy.vue", _page(template, _TOASTS + "\nconst updated = '2024-01-01'"))
    assert not _script_warning(doc)
    # the other side: the slot names a long literal, more than the markup holds (not read here: two script blocks)
    long = "const notice = '" + "我们会依法收集和使用您的个人信息，并采取严格的安全措施保护您的信息安全。" * 20 + "'"
    page = _page("    <view>{{ notice }}</view>\n" + _MARKUP, long) + f"<script>\n{_TOASTS}\n</script>\n"
    doc = _doc(tmp_path, "notice.vue", page)
    assert any("720 characters of text in its <script>" in w for w in doc.warnings)


# -- 9: a newline in a .vue <text> -----------------------------------------------------------------------------------

_TEXT = """    <view class="section-title">一、信息收集</view>
    <view><text class="para">我们会收集您的手机号码。
      我们会收集设备型号。</text></view>
    <view><text class="para">我们使用您的信息改进产品。\\n我们不会出售您的信息。</text></view>"""


def test_a_source_newline_in_a_vue_text_is_a_space_but_a_wxml_page_breaks_there(tmp_path: Path) -> None:
    vue = _doc(tmp_path, "privacy.vue", _page(_TEXT, ""))
    assert _texts(vue)[0] == "我们会收集您的手机号码。我们会收集设备型号。"
    assert _texts(vue)[1:] == ["我们使用您的信息改进产品。", "我们不会出售您的信息。"]  # the \n escape: a break in both
    wxml = _doc(tmp_path, "privacy.wxml", f'<view class="page">\n{_TEXT}\n</view>\n')
    assert _texts(wxml)[:2] == ["我们会收集您的手机号码。", "我们会收集设备型号。"]
    assert _texts(wxml)[2:] == ["我们使用您的信息改进产品。", "我们不会出售您的信息。"]


# -- 11 and 12: optional fields, v-for with v-html, <rich-text :nodes>, a top-level slot ------------------------------


def test_an_optional_field_some_items_lack_shows_nothing_for_them(tmp_path: Path) -> None:
    template = """    <view v-for="s in sections">
      <view class="section-title">{{ s.title }}</view>
      <view>{{ s.content }}</view>
      <view v-if="s.note" class="note">{{ s.note }}</view>
    </view>"""
    script = (
        "const sections = [\n  { title: '一、信息收集', content: '我们收集手机号。', note: '注：可选信息。' },\n"
        "  { title: '二、信息使用', content: '我们使用信息提供服务。' },\n]"
    )
    doc = _doc(tmp_path, "privacy.vue", _page(template, script))
    assert _texts(doc) == ["我们收集手机号。", "注：可选信息。", "我们使用信息提供服务。"] and not doc.warnings
    # a page whose slots name no field of its items at all shows nothing: not read
    doc = _doc(
        tmp_path, "none.vue", _page(template.replace("s.title", "s.name").replace("s.content", "s.text"), script.replace("note", "x"))
    )
    assert _script_warning(doc)


def test_v_for_and_v_html_on_one_element_and_rich_text_nodes(tmp_path: Path) -> None:
    script = "const items = ['<h2>一、信息收集</h2><p>我们收集手机号。</p>', '<h2>二、信息使用</h2><p>我们提供服务。</p>']\nconst content = items[0]"
    doc = _doc(tmp_path, "privacy.vue", _page('    <view v-for="h in items" v-html="h"></view>', script))
    assert _titles(doc) == ["一、信息收集", "二、信息使用"] and not doc.warnings
    rich = "const content = '<h2>一、信息收集</h2><p>我们会收集您的手机号码和设备信息。</p>'"
    doc = _doc(tmp_path, "rich.vue", _page('    <rich-text :nodes="content"></rich-text>', rich))
    assert _titles(doc) == ["一、信息收集"] and _texts(doc) == ["我们会收集您的手机号码和设备信息。"]
    # nodes given as an array of objects: not read, warned of
    nodes = "const content = [{ name: 'p', children: [{ type: 'text', text: '我们会收集您的手机号码和设备信息。' }] }]"
    doc = _doc(tmp_path, "nodes.vue", _page('    <rich-text :nodes="content"></rich-text>', nodes))
    assert _script_warning(doc)


def test_a_top_level_slot_of_a_literal_shows_its_string(tmp_path: Path) -> None:
    template = '    <view class="title">{{ pageTitle }}</view>\n    <view class="date">{{ updatedAt() }}</view>\n' + _LOOP
    doc = _doc(tmp_path, "privacy.vue", _page(template, "const pageTitle = '某某App隐私政策'\n" + _DATA))
    assert doc.metadata.title == "某某App隐私政策"
    assert "{{ pageTitle }}" not in _texts(doc)
    assert "{{ updatedAt() }}" in _texts(doc)  # a call stays as written (no heading, no title)


def test_a_page_of_top_level_slots_only_shows_its_literals(tmp_path: Path) -> None:
    template = '    <view class="title">{{ pageTitle }}</view>\n    <view>{{ intro }}</view>\n    <view>{{ loaded }}</view>'
    script = "const pageTitle = '某某App隐私政策'\nconst intro = `我们重视您的隐私。`\nconst loaded = ref(null)\nloaded.value = fetchIt()"
    doc = _doc(tmp_path, "privacy.vue", _page(template, script))
    assert doc.metadata.title == "某某App隐私政策"
    assert _texts(doc) == ["我们重视您的隐私。", "{{ loaded }}"]  # a value set at run time stays as written


def test_two_script_blocks_are_not_read_and_are_warned_of(tmp_path: Path) -> None:
    # the documented limit: which block defines a name is not decided (Options API beside <script setup>)
    page = _page(_LOOP, _DATA) + "<script>\nexport default { name: 'Privacy' }\n</script>\n"
    doc = _doc(tmp_path, "privacy.vue", page)
    assert _script_warning(doc) and "一、信息收集" not in _titles(doc)
