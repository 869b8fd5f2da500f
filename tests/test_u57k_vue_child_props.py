"""A Vue page whose sections are script data handed to a child component (u57k, `load.vue_data.child_props`).

eval/precision57 hyforum-zh-vue (u57v's blind precision audit): `<DocPage title="隐私政策" updated-at="2026-09-15"
:sections="sections" />` with `const sections: DocSection[] = [{ heading, paragraphs: [...] }]` in `<script setup>`
was read as empty ("the document is empty"), nothing checked, and 4 of its 6 cn-pipl items reported missing though
written.  The bound value is now read where the component stands when it is a literal array of prose sections (or an
object holding one), as the React reader reads `<LegalDocument sections={sections} />`; UI data (menus, routes,
options) stays unread, and data holding the policy's sentences that cannot be read so is said in a warning.
"""

from __future__ import annotations

from pathlib import Path

from check_helpers import written_findings
from parse_helpers import parse_file, parse_path, shown_lines

ROOT = Path(__file__).resolve().parent.parent

_SECTIONS = """[
  {
    heading: '我们收集哪些信息',
    paragraphs: [
      '账号信息：用户名、昵称、密码（以不可逆的加密形式存储）。',
      '技术信息：服务器会记录必要的访问日志（如请求时间、IP 地址）。',
    ],
  },
  {
    heading: '你的权利',
    paragraphs: ['你可以随时修改自己的头像、昵称与简介，也可以通过管理员申请注销账号。'],
  },
]"""

_READ = [
    "我们收集哪些信息",
    "账号信息：用户名、昵称、密码（以不可逆的加密形式存储）。",
    "技术信息：服务器会记录必要的访问日志（如请求时间、IP 地址）。",
    "你的权利",
    "你可以随时修改自己的头像、昵称与简介，也可以通过管理员申请注销账号。",
]


def _setup(tag: str, value: str = _SECTIONS, name: str = "sections") -> str:
    head = "<script setup lang=\"ts\">\nimport DocPage from '@/components/DocPage.vue'\n"
    return f"<template>\n  {tag}\n</template>\n\n{head}const {name}: DocSection[] = {value}\n</script>\n"


def _texts(tmp_path: Path, name: str, page: str) -> tuple[list[tuple[int | None, str]], list[str]]:
    doc = parse_file(tmp_path, name, page)
    return shown_lines(doc), list(doc.warnings)  # type: ignore[attr-defined]


def test_script_setup_sections_passed_to_a_child_are_read_at_their_lines(tmp_path: Path) -> None:
    page = _setup('<DocPage title="隐私政策" updated-at="2026-09-15" :sections="sections" />')
    doc = parse_file(tmp_path, "index.vue", page)
    lines = shown_lines(doc)
    assert [t for _, t in lines] == _READ
    assert lines[0][0] == 9 and lines[1][0] == 11  # at their lines in the script
    # the component's title: the page's, at the tag's line (its date prop is not read yet: the lead's follow-up)
    assert doc.metadata.title == "隐私政策" and doc.metadata.title_line == 2
    assert not [w for w in doc.warnings if "not read" in w or "empty" in w]  # type: ignore[attr-defined]


def test_the_other_ways_a_vue_page_writes_and_binds_the_data(tmp_path: Path) -> None:
    body = _SECTIONS.replace("\n", "\n    ")
    cases = {
        # Options API: a data() field, a kebab-case component, v-bind:
        "options": '<template>\n  <policy-view v-bind:sections="sections"></policy-view>\n</template>\n<script>\nexport default {\n'
        f"  data() {{\n    return {{\n      sections: {body},\n    }}\n  }},\n}}\n</script>\n",
        # a reactive wrapper
        "ref": _setup('<DocPage :sections="list" />', f"ref({_SECTIONS})", "list"),
        # an object holding its sections, passed whole (its title the page's)
        "object": _setup('<DocPage :doc="doc" />', f"{{ title: '隐私政策', sections: {_SECTIONS} }}", "doc"),
        # a field of an object
        "path": _setup('<DocPage :sections="policy.sections" />', f"{{ sections: {_SECTIONS} }}", "policy"),
    }
    for name, page in cases.items():
        texts, warnings = _texts(tmp_path, f"{name}.vue", page)
        assert [t for _, t in texts] == _READ, name
        assert not [w for w in warnings if "not read" in w], name


def test_the_sections_stand_where_the_component_stands(tmp_path: Path) -> None:
    tag = '<div>\n    <h1>隐私政策</h1>\n    <DocPage :sections="sections" />\n    <p>如有疑问，请联系管理员。</p>\n  </div>'
    doc = parse_file(tmp_path, "around.vue", _setup(tag))
    assert doc.metadata.title == "隐私政策" and [t for _, t in shown_lines(doc)] == [*_READ, "如有疑问，请联系管理员。"]


def test_the_literals_read_are_not_given_to_the_rules_a_second_time(tmp_path: Path) -> None:
    value = _SECTIONS.replace("用户名、昵称", "【公司名称】的用户名、昵称")
    findings = written_findings(tmp_path, "slot.vue", _setup('<DocPage :sections="sections" />', value))
    slots = [f for f in findings if f[1].startswith("placeholder")]
    assert len(slots) == 1 and slots[0][0] == 11


def test_ui_data_handed_to_a_component_stays_unread_and_unsaid(tmp_path: Path) -> None:
    cases = {
        "menu": "[{ name: '首页', path: '/pages/index/index' }, { name: '我的', path: '/pages/mine/mine' }]",
        "routes": "[{ title: '隐私政策', url: '/pages/privacy/index' }, { title: '用户协议', url: '/pages/terms/index' }]",
        "options": "[{ label: '男', value: 1 }, { label: '女', value: 2 }]",
        "tabs": "[{ title: '推荐', desc: '热门内容' }, { title: '关注', desc: '你关注的人' }]",
        "keys": "[{ title: 'privacy.collect.title', content: 'privacy.collect.body' }]",
    }
    for name, value in cases.items():
        texts, warnings = _texts(tmp_path, f"{name}.vue", _setup('<TabBar :items="sections" />', value))
        assert texts == [], name
        assert not [w for w in warnings if "not read" in w], name


def test_a_value_the_page_maps_itself_is_read_once_there(tmp_path: Path) -> None:
    tag = (
        '<div>\n    <div v-for="s in sections" :key="s.heading"><h2>{{ s.heading }}</h2></div>\n    <Toc :sections="sections" />\n  </div>'
    )
    texts, _ = _texts(tmp_path, "mapped.vue", _setup(tag))
    assert [t for _, t in texts] == ["我们收集哪些信息", "你的权利"]


def test_sections_that_cannot_be_read_are_said_not_read(tmp_path: Path) -> None:
    cases = {
        # markup in a body: the component renders it, the page cannot tell how
        "markup": _SECTIONS.replace("'账号信息：", "'<b>账号信息</b>："),
        # a spread of another value
        "spread": _SECTIONS.replace("[\n  {", "[\n  ...common,\n  {", 1),
    }
    for name, value in cases.items():
        texts, warnings = _texts(tmp_path, f"{name}.vue", _setup('<DocPage :sections="sections" />', value))
        assert texts == [], name
        notes = [w for w in warnings if "not read" in w]
        assert len(notes) == 1 and "`sections`" in notes[0] and "<DocPage>" in notes[0] and notes[0].startswith("line 2:"), name


def test_hyforum_zh_vue_is_read() -> None:
    doc = parse_path(ROOT / "eval/precision57/hyforum-zh-vue/index.vue")
    headings = [s.title for s in doc.sections if s.title]
    assert doc.metadata.title == "隐私政策"
    assert "我们如何使用这些信息" in headings and "你的权利" in headings and len(headings) >= 7
    assert not doc.warnings


def test_a_child_component_s_date_prop_is_the_page_s_date() -> None:
    """(lead57, u57k's follow-up) `<DocPage updated-at="2026-09-15">` dates the page as a React component's prop does:
    no "no date found" info on hyforum."""
    doc = parse_path(ROOT / "eval/precision57/hyforum-zh-vue/index.vue")
    assert doc.metadata.updated == "2026-09-15"
