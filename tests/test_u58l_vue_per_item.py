"""u58l task 2: a Vue component rendered once per item, `<SectionCard v-for="s in sections" :key="s.id" :section="s" />`,
its template (`section.title`, `section.body`) in another file: the loop's source, the page's own literal array, read
as its sections where the component stands (`load/vue_data/child_props.py`, as u57k's `:sections="sections"`).  Stays
unread: a source the page maps with another `v-for` too, a component given one field (`:title="s.title"`), UI data.
Every text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from parse_helpers import parse_file, shown_lines

_SECTIONS = """[
        {
          id: 'collect',
          title: '一、我们收集的信息',
          body: '我们仅收集您在注册时主动提供的手机号码与昵称，用于创建和维护您的账号。',
        },
        {
          id: 'rights',
          title: '二、您的权利',
          body: '您可以随时查阅、更正或删除您的个人信息，也可以注销账号，我们将在十五个工作日内处理。',
        },
      ]"""

_READ = [
    (18, "一、我们收集的信息"),
    (19, "我们仅收集您在注册时主动提供的手机号码与昵称，用于创建和维护您的账号。"),
    (23, "二、您的权利"),
    (24, "您可以随时查阅、更正或删除您的个人信息，也可以注销账号，我们将在十五个工作日内处理。"),
]


def _page(tag: str, extra: str = "", sections: str = _SECTIONS) -> str:
    return f"""<template>
  <div class="privacy">
    <h1>隐私政策</h1>
    {tag}{extra}
  </div>
</template>

<script>
import SectionCard from '@/components/SectionCard.vue'

export default {{
  components: {{ SectionCard }},
  data() {{
    return {{
      sections: {sections},
    }}
  }},
}}
</script>
"""


@pytest.mark.parametrize(
    "tag",
    [
        '<SectionCard v-for="s in sections" :key="s.id" :section="s" />',
        '<section-card v-for="(item, i) in sections" :key="i" v-bind:data="item"></section-card>',
    ],
)
def test_a_component_per_item_reads_the_loop_s_source(tmp_path: Path, tag: str) -> None:
    doc = parse_file(tmp_path, "Privacy.vue", _page(tag))
    assert doc.metadata.title == "隐私政策"
    assert shown_lines(doc) == _READ  # base58: nothing but the title


def test_script_setup_ref(tmp_path: Path) -> None:
    page = (
        '<template>\n  <h1>隐私政策</h1>\n  <SectionCard v-for="s in sections" :key="s.id" :section="s" />\n</template>\n\n'
        f"<script setup>\nimport {{ ref }} from 'vue'\nconst sections = ref({_SECTIONS})\n</script>\n"
    )
    assert [t for _, t in shown_lines(parse_file(tmp_path, "Privacy.vue", page))] == [t for _, t in _READ]


@pytest.mark.parametrize(
    ("tag", "extra"),
    [
        # one field of the item given (the child's template shows it): not this shape
        ('<SectionCard v-for="s in sections" :key="s.id" :title="s.title" />', ""),
        # the page maps the source itself too (a table of contents): read there
        ('<SectionCard v-for="s in sections" :key="s.id" :section="s" />', '\n    <li v-for="t in sections">{{ t.title }}</li>'),
    ],
)
def test_what_stays_as_before(tmp_path: Path, tag: str, extra: str) -> None:
    doc = parse_file(tmp_path, "Privacy.vue", _page(tag, extra))
    assert "我们仅收集您在注册时主动提供的手机号码与昵称，用于创建和维护您的账号。" not in [t for _, t in shown_lines(doc)]


def test_ui_data_per_item_stays_unread(tmp_path: Path) -> None:
    menu = "[\n        { id: 'home', title: '首页', path: '/' },\n        { id: 'about', title: '关于我们', path: '/about' },\n      ]"
    doc = parse_file(tmp_path, "Privacy.vue", _page('<MenuItem v-for="m in sections" :key="m.id" :item="m" />', sections=menu))
    assert shown_lines(doc) == []
