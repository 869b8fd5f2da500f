"""Vue text the structure never saw (u60r, issue #14; from spent sets, not blind).

1. A UI kit's container component shows a static title over its slot (`load.html.nav_bars.container_title`):
   「<el-collapse-item title="保留政策">」, 「<van-collapse-item title>」, 「<a-collapse-panel header>」, 「<el-tab-pane label>」.
   The title is a heading over the slot's text, at its attribute's line (eval/blind/round58q ilive-tw-vue: six sections
   read as one, under the page's first heading).  A tab with nothing in it (a switch's tab), a bound or interpolated
   title, a self-closed tag and any other component's title stay as before.
2. A `v-for` row of two or more bare slots and nothing of its own, 「<text>{{ c.label }}</text><text>{{ c.text }}</text>」
   (`load.vue_data.slots.slot_paths`): the strings the page shows side by side, read as one line at their own places in
   the script.  Before, the whole array was left unread with a warning.  A row with words of its own, a call, or a
   multi-line value is left as before.  The script-array shapes a page writes (`ref([...])`, `reactive({ list })`,
   `data() { return { list } }`, nested `children`) are read alike.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from parse_helpers import parse_string, shown_lines

_COLLAPSE = """<template>
  <div class="page">
    <h1>隐私政策</h1>
    <el-collapse v-model="open">
      <el-collapse-item title="一、我们收集的信息" name="1">
        <p>我们会收集您的手机号码，用于注册和登录。</p>
      </el-collapse-item>
      <el-collapse-item title="二、信息的保存" name="2">
        <p>注销账号后十五日内删除您的信息。</p>
      </el-collapse-item>
    </el-collapse>
  </div>
</template>
"""


def _headings(text: str) -> list[tuple[int | None, str]]:
    doc = parse_string(text, ".vue")
    return [(s.line, s.title) for s in doc.sections if s.title]


def test_collapse_item_titles_head_their_text() -> None:
    doc = parse_string(_COLLAPSE, ".vue")
    assert shown_lines(doc) == [
        (5, "一、我们收集的信息"),
        (6, "我们会收集您的手机号码，用于注册和登录。"),
        (8, "二、信息的保存"),
        (9, "注销账号后十五日内删除您的信息。"),
    ]


@pytest.mark.parametrize(
    ("open_tag", "close_tag"),
    [
        ('<van-collapse-item title="一、我们收集的信息" name="1">', "</van-collapse-item>"),
        ('<uni-collapse-item title="一、我们收集的信息">', "</uni-collapse-item>"),
        ('<a-collapse-panel key="1" header="一、我们收集的信息">', "</a-collapse-panel>"),
        ('<el-tab-pane label="一、我们收集的信息" name="a">', "</el-tab-pane>"),
        ('<a-tab-pane key="a" tab="一、我们收集的信息">', "</a-tab-pane>"),
        ('<ElCollapseItem title="一、我们收集的信息">', "</ElCollapseItem>"),
    ],
)
def test_every_kit_container_title_is_a_heading(open_tag: str, close_tag: str) -> None:
    page = _COLLAPSE.replace('<el-collapse-item title="一、我们收集的信息" name="1">', open_tag, 1)
    page = page.replace("</el-collapse-item>", close_tag, 1)
    assert (5, "一、我们收集的信息") in _headings(page)


@pytest.mark.parametrize(
    "open_tag",
    [
        '<el-collapse-item :title="t1" name="1">',  # bound: the script's value
        '<el-collapse-item title="{{ t1 }}" name="1">',  # an interpolation
        '<el-collapse-item name="1">',  # no title
        '<el-dialog title="一、我们收集的信息">',  # a dialog's caption is no section title here
        '<el-card title="一、我们收集的信息">',  # not a container this reads
    ],
)
def test_other_titles_stay_as_before(open_tag: str) -> None:
    page = _COLLAPSE.replace('<el-collapse-item title="一、我们收集的信息" name="1">', open_tag, 1)
    assert "一、我们收集的信息" not in [title for _, title in _headings(page)]


def test_an_empty_tab_is_no_heading() -> None:
    page = """<template>
  <div>
    <el-tabs v-model="tab">
      <el-tab-pane label="隐私政策" name="privacy"></el-tab-pane>
      <el-tab-pane label="服务条款" name="terms">
      </el-tab-pane>
    </el-tabs>
    <h1>隐私政策</h1>
    <p>我们会收集您的手机号码，用于注册和登录。</p>
  </div>
</template>
"""
    assert 4 not in [line for line, _ in _headings(page)] and 5 not in [line for line, _ in _headings(page)]


def test_ilive_tw_sections_are_read_under_their_titles() -> None:
    doc = parse_string((ROOT / "eval/blind/round58q/dev/ilive-tw-vue/Privacy.vue").read_text(encoding="utf-8"), ".vue")
    titles = [(s.line, s.title) for s in doc.sections if s.title]
    for expected in [
        (12, "引言"),
        (17, "我們收集哪些資訊以及如何使用資訊"),
        (30, "與第三方共用您的個人資訊"),
        (37, "保留政策"),
        (41, "您的權利"),
        (48, "聯繫我們"),
    ]:
        assert expected in titles
    retention = next(s for s in doc.sections if s.title == "保留政策")
    assert [p.line for p in retention.paragraphs] == [38]


_ROWS = """<template>
  <view class="page">
    <view class="title">隐私政策</view>
    <view v-for="(s, i) in list" :key="i">
      <view class="h">{{ s.name }}</view>
      <view v-for="(c, j) in s.children" :key="j">
        ROW
      </view>
    </view>
  </view>
</template>
<script>
export default {
  data() {
    return {
      list: [
        { name: '一、我们收集的信息', icon: 'icon-info', children: [
          { label: '1. 账号信息', text: '我们会收集您的手机号码，用于注册和登录账号。', url: '/pages/a' },
          { label: '2. 订单信息', text: '我们会收集您的收货地址，用于配送您购买的商品。', url: '/pages/b' } ] },
        { name: '二、信息的保存', icon: 'icon-save', children: [
          { text: '我们在您使用服务期间保存您的信息，注销账号后十五日内删除。', url: '/pages/c' } ] },
      ]
    }
  }
}
</script>
"""


def _texts(page: str) -> list[tuple[int | None, str]]:
    return shown_lines(parse_string(page, ".vue"))


def test_a_row_of_two_slots_is_read_as_one_line() -> None:
    lines = _texts(_ROWS.replace("ROW", '<text class="sub">{{ c.label }}</text>\n        <text>{{ c.text }}</text>'))
    assert lines == [  # (the page's title 隐私政策 is the document's)
        (18, "一、我们收集的信息"),
        (19, "1. 账号信息"),  # (the label and its text on one script line: a numbered title over it)
        (19, "我们会收集您的手机号码，用于注册和登录账号。"),
        (20, "2. 订单信息"),
        (20, "我们会收集您的收货地址，用于配送您购买的商品。"),
        (21, "二、信息的保存"),
        (22, "我们在您使用服务期间保存您的信息，注销账号后十五日内删除。"),  # (its item has no label)
    ]
    text = " ".join(t for _, t in lines)
    assert "icon-" not in text and "/pages/" not in text and "{{" not in text


@pytest.mark.parametrize(
    "row",
    [
        "<text>第{{ c.label }}条</text><text>{{ c.text }}</text>",  # a word of its own
        "<text>{{ c.label.trim() }}</text><text>{{ c.text }}</text>",  # a call
        "<text>{{ c.label }}</text><text>{{ c.text }}</text>更多",  # text after the slots
    ],
)
def test_a_row_with_anything_else_stays_unread(row: str) -> None:
    text = " ".join(t for _, t in _texts(_ROWS.replace("ROW", row)))
    assert "我们会收集您的手机号码" not in text


_SHAPES = {
    "ref": "const sections = ref([DATA])",
    "reactive": "const state = reactive({ sections: [DATA] })",
    "plain": "const sections = [DATA]",
}


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_script_array_shapes_are_read_in_order(shape: str) -> None:
    data = (
        "{ title: '一、我们收集的信息', items: ['我们会收集您的手机号码，用于注册和登录账号。'] },\n"
        "  { title: '二、信息的保存', items: ['注销账号后十五日内删除您的信息。'] },"
    )
    path = "state.sections" if shape == "reactive" else "sections"
    page = (
        "<script setup>\nimport { ref, reactive } from 'vue'\n"
        + _SHAPES[shape].replace("DATA", "\n  " + data + "\n")
        + f'\n</script>\n<template>\n  <view>\n    <view v-for="s in {path}" :key="s.title">\n'
        '      <view class="section-title">{{ s.title }}</view>\n'
        '      <view v-for="it in s.items" :key="it" class="item">{{ it }}</view>\n    </view>\n  </view>\n</template>\n'
    )
    assert [t for _, t in _texts(page)] == [
        "一、我们收集的信息",
        "我们会收集您的手机号码，用于注册和登录账号。",
        "二、信息的保存",
        "注销账号后十五日内删除您的信息。",
    ]


def test_zhenguo_sections_are_read_in_order() -> None:
    doc = parse_string((ROOT / "eval/profiles59q/docs/zhenguo-zh/index.vue").read_text(encoding="utf-8"), ".vue")
    privacy = next(s for s in doc.sections if s.title == "六、隐私与数据使用")
    assert [p.line for p in privacy.paragraphs] == [46, 47, 48]


_LOADING = """<template>
  <view><rich-text :nodes="content"></rich-text></view>
</template>
<script setup>
import { ref, onMounted } from 'vue'
const content = ref('')
const loading = ref(true)
const loadingText = LOADING
const privacyPolicy = `<h1>隐私政策</h1>
<p>我们会收集您的手机号码，用于登录。</p>`
onMounted(() => {
  content.value = loading.value ? loadingText : privacyPolicy
})
</script>
"""


def test_a_routed_loading_string_is_no_policy_text() -> None:
    """(u59h's note on u59u's `_routed_text`) each string a route can show must be a document: markup or a document's
    length; the app's loading string is left out, the policy still read."""
    lines = _texts(_LOADING.replace("LOADING", "'内容加载中，敬请期待'"))
    assert (10, "我们会收集您的手机号码，用于登录。") in lines
    assert not any("加载中" in text for _, text in lines)


def test_a_routed_plain_document_is_still_read() -> None:
    long_text = "本隐私政策说明我们如何收集和使用您的个人信息。" * 10
    lines = _texts(_LOADING.replace("LOADING", f"'{long_text}'"))
    assert any(text.startswith("本隐私政策说明") for _, text in lines)
    assert (10, "我们会收集您的手机号码，用于登录。") in lines


def test_slots_run_together_stay_unread() -> None:
    """Two slots with nothing between them (「{{ c.label }}{{ c.text }}」) are no row of separate strings: as before
    (tests/test_structure13_review.py)."""
    text = " ".join(t for _, t in _texts(_ROWS.replace("ROW", "<text>{{ c.label }}{{ c.text }}</text>")))
    assert "我们会收集您的手机号码" not in text
