"""Pages read as the page shows them (forty-sixth session, helper u46l).

1. A Vue computed value that is one template literal (`computed(() => \\`…\\`)`, `{ return \\`…\\`; }`, an Options-API
   `x() { return \\`…\\` }`), shown as 「{{ privacyPolicyContent }}」, is read where it stands (`load.vue_data`); a mustache
   holding a template literal's `${…}` is a slot (`patterns.SLOT`), never a title or heading (eval/blind/round46 yizuw-vue).
2. A documentation site's page frame (VuePress, VitePress, Docusaurus, MkDocs Material, Docsy, Docsify) is chrome whole,
   its headings lines (`load.html.chrome._docs_site_frames`; eval/pairs46 hutao-md-html).
3. A Dart `'''` never closed is said, naming its line (`load.dart.unclosed_triple`); a Taro/JSX child constant after
   `&nbsp;` is resolved (`load.shown_constants._JS_CHILD`), and a template literal's `${'literal'}` is its text
   (`load.jsx.scanning._blank_substitutions`).
"""

from __future__ import annotations

from pathlib import Path

from cli_runner import cli
from parse_helpers import parse_file, parse_path, shown_lines
from policylens.load import load

ROOT = Path(__file__).resolve().parent.parent
YIZUW = ROOT / "eval" / "blind" / "round46" / "holdout" / "yizuw-vue" / "login.vue"
HUTAO = ROOT / "eval" / "pairs46" / "pairs" / "hutao-md-html"


# --- 1. Vue: a computed template literal --------------------------------------------------------------------------

_VUE = """<script setup lang="ts">
import { computed, ref } from 'vue'
const open = ref(false)
const policyText = COMPUTED
</script>

<template>
  <div>
    <h1>{{ title || `${$t('auth.welcome')} 👋` }}</h1>
    <pre class="whitespace-pre-wrap">
      {{ policyText }}
    </pre>
  </div>
</template>
"""
_BODY = "`隐私政策\n\n一、我们收集的信息\n\n我们收集您的手机号码用于登录。\n\n生效日期：2025年7月1日\n`"


def test_a_computed_template_literal_is_read_where_it_stands(tmp_path: Path) -> None:
    for k, computed in enumerate((f"computed(() => {_BODY})", f"computed(() => {{\n  return {_BODY};\n}})")):
        doc = parse_file(tmp_path, f"c{k}.vue", _VUE.replace("COMPUTED", computed))
        texts = shown_lines(doc)
        start = 4 + (k == 1)  # the literal's first line (the block form returns it a line lower)
        assert (start + 2, "一、我们收集的信息") in texts, computed
        assert (start + 4, "我们收集您的手机号码用于登录。") in texts, computed
        assert doc.metadata.effective == "2025-07-01"
        assert doc.metadata.title is None or "{{" not in doc.metadata.title
        assert not any("{{" in (s.title or "") for s in doc.sections)


def test_an_options_api_computed_literal_is_read(tmp_path: Path) -> None:
    page = """<template>
  <pre>{{ policy }}</pre>
</template>
<script>
export default {
  computed: {
    policy() {
      return `一、我们收集的信息

我们收集您的手机号码用于登录。`
    },
  },
}
</script>
"""
    doc = parse_file(tmp_path, "options.vue", page)
    assert (8, "一、我们收集的信息") in shown_lines(doc)
    assert (10, "我们收集您的手机号码用于登录。") in shown_lines(doc)


def test_what_is_no_computed_literal_is_read_as_before(tmp_path: Path) -> None:
    cases = {
        "slot": "computed(() => `我们收集您的手机号码用于登录。${extra}`)",
        "call": "computed(() => `我们收集您的手机号码用于登录。`.trim())",
        "sum": "computed(() => `我们收集您的手机号码用于登录。` + extra)",
        "statements": "computed(() => {\n  const a = 1;\n  return `我们收集您的手机号码用于登录。`;\n})",
        "argument": "computed((x) => `我们收集您的手机号码用于登录。`)",
    }
    for name, computed in cases.items():
        doc = parse_file(tmp_path, f"{name}.vue", _VUE.replace("COMPUTED", computed))
        assert not any("我们收集您的手机号码" in t for _, t in shown_lines(doc)), name
        assert any("not read" in w or "not filled" in w or "produced by script" in w for w in doc.warnings), name


def test_a_mustache_holding_a_template_literal_is_no_title(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "title.vue", _VUE.replace("COMPUTED", "'x'"))
    assert doc.metadata.title is None
    assert not any(s.title and "{{" in s.title for s in doc.sections)
    # a look-alike: a heading of its own words stays the title
    doc = parse_file(
        tmp_path,
        "own.vue",
        _VUE.replace("COMPUTED", "'x'").replace("<h1>{{ title || `${$t('auth.welcome')} 👋` }}</h1>", "<h1>隐私政策</h1>"),
    )
    assert doc.metadata.title == "隐私政策"


def test_round46_yizuw_vue_reads_both_modals() -> None:
    doc = parse_path(YIZUW)
    titles = [(s.line, s.title) for s in doc.sections if s.title]
    assert (91, "1. 引言") in titles and (174, "生效日期") in titles and (188, "1. 引言") in titles
    assert doc.metadata.effective == "2025-07-01"
    assert doc.metadata.title is None or "{{" not in doc.metadata.title
    assert "jojoconnection@163.com" in doc.metadata.emails


# --- 2. documentation sites' page frames --------------------------------------------------------------------------

_VUEPRESS = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>隐私政策 | 文档</title>GENERATOR</head>
<body><div id="app">
<header class="vp-navbar"><a href="/">文档首页</a><a href="/guide/">指南</a></header>
<aside class="vp-sidebar" id="sidebar"><ul class="vp-sidebar-links">
<li><section class="vp-sidebar-group"><p class="vp-sidebar-header"><span class="vp-sidebar-title">开发日志</span></p>
<ul><li><a class="vp-sidebar-link" href="/blog/a.html">1.9.0 版本重大改变详解</a></li></ul></section></li>
<li><a class="vp-sidebar-link" href="/privacy.html">隐私政策</a></li>
</ul></aside>
<main id="main-content" class="vp-page">
<div class="vp-page-title"><h1>隐私政策</h1>
<div class="page-info"><span class="page-author-info">DGP-Studio</span><span class="page-date-info">2023年1月11日</span><span>大约 2 分钟</span></div><hr></div>
<div class="vp-toc-placeholder"><aside id="toc"><div class="vp-toc-header">此页内容</div>
<ul class="vp-toc-list"><li><a href="#a">一、我们收集的信息</a></li></ul></aside></div>
<div class="theme-hope-content"><h1 id="p">隐私政策</h1><p>我们重视您的隐私。</p>
<h2 id="a">一、我们收集的信息</h2><p>我们收集您的设备标识用于统计。</p></div>
<footer class="vp-page-meta"><div class="vp-meta-item edit-link"><a href="https://github.com/x/y/edit/main/p.md">在 GitHub 上编辑此页</a></div>
<div class="vp-meta-item git-info"><div class="update-time"><span class="vp-meta-label">上次编辑于: </span><span>2025/1/12 04:59:21</span></div>
<div class="contributors"><span class="vp-meta-label">贡献者: </span><span>Masterain</span></div></div></footer>
<nav class="vp-page-nav"><a class="prev" href="/bug.html"><div class="hint">上一页</div><div class="link">提交 BUG 报告</div></a></nav>
</main></div></body></html>
"""


def _chrome(path: Path) -> tuple[list[tuple[str, str]], set[str]]:
    parsed = load(str(path)).parsed
    chrome = set(parsed.chrome)
    kept = [(b.kind, b.text) for b in parsed.blocks if (b.line, b.column) not in chrome]
    return kept, {b.text for b in parsed.blocks if (b.line, b.column) in chrome}


def test_a_vuepress_page_frame_is_chrome_whole(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(_VUEPRESS.replace("GENERATOR", '<meta name="generator" content="VuePress 2.0.0-rc.19">'), encoding="utf-8")
    kept, chrome = _chrome(path)
    assert kept == [
        ("heading", "隐私政策"),
        ("paragraph", "我们重视您的隐私。"),
        ("heading", "一、我们收集的信息"),
        ("paragraph", "我们收集您的设备标识用于统计。"),
    ]
    assert {"此页内容", "在 GitHub 上编辑此页", "1.9.0 版本重大改变详解", "开发日志"} <= chrome
    doc = parse_path(path)
    assert doc.metadata.title == "隐私政策"
    assert [s.title for s in doc.sections if s.title] == ["一、我们收集的信息"]


def test_plain_frame_words_need_the_generator(tmp_path: Path) -> None:
    # without <meta name="generator">, 「page-info」 and 「vp-page-title」 are any site's words: not a frame by them
    # (the prefixed 「vp-sidebar」, 「vp-page-meta」 are the generator's whatever the page's head says)
    path = tmp_path / "p.html"
    path.write_text(_VUEPRESS.replace("GENERATOR", ""), encoding="utf-8")
    kept, chrome = _chrome(path)
    assert any("2023年1月11日" in text for _, text in kept)
    assert {"此页内容", "在 GitHub 上编辑此页", "1.9.0 版本重大改变详解"} <= chrome


_OTHERS = {
    "vitepress": """<html><head><meta name="generator" content="VitePress v1.0.0"></head><body>
<div class="VPNav"><a href="/">首页</a></div><aside class="VPSidebar"><h2>指南</h2><a href="/a">开始使用</a></aside>
<main class="main"><div class="vp-doc"><h1>隐私政策</h1><p>我们重视您的隐私。</p><h2>一、收集</h2><p>我们收集您的邮箱。</p></div></main>
<div class="VPDocAside"><nav class="VPDocAsideOutline"><div class="outline-title">On this page</div><a href="#a">一、收集</a></nav></div>
<footer class="VPDocFooter"><div class="edit-info"><a class="edit-link-button" href="x">Edit this page</a>
<p class="VPLastUpdated">Last updated: 2025-01-01</p></div><nav class="prev-next"><a class="pager-link next" href="/b">Next page</a></nav></footer>
</body></html>""",
    "docusaurus": """<html><head><meta name="generator" content="Docusaurus v3.1.0"></head><body>
<nav class="navbar"><a class="navbar__brand" href="/">站点</a></nav>
<aside class="theme-doc-sidebar-container"><h3>文档</h3><a href="/a">开始使用</a></aside>
<main><article><div class="theme-doc-markdown markdown"><h1>隐私政策</h1><p>我们重视您的隐私。</p><h2>一、收集</h2><p>我们收集您的邮箱。</p></div>
<footer class="theme-doc-footer"><a class="theme-edit-this-page" href="x">编辑此页</a><span class="theme-last-updated">最后更新于 2025年1月1日</span></footer>
</article><nav class="pagination-nav"><a href="/b">下一页</a></nav></main>
<div class="theme-doc-toc-desktop"><ul class="table-of-contents"><li><a href="#a">一、收集</a></li></ul></div>
</body></html>""",
    "mkdocs": """<html><head><meta name="generator" content="mkdocs-1.6.0, mkdocs-material-9.5.0"></head><body>
<header class="md-header"><a href="/">站点</a></header>
<div class="md-sidebar md-sidebar--primary"><nav class="md-nav"><h2>目录</h2><a href="/a">开始使用</a></nav></div>
<div class="md-sidebar md-sidebar--secondary"><nav class="md-nav md-nav--secondary"><label class="md-nav__title">Table of contents</label><a href="#a">一、收集</a></nav></div>
<div class="md-content"><article class="md-content__inner md-typeset"><a class="md-content__button" href="x">Edit this page</a>
<h1>隐私政策</h1><p>我们重视您的隐私。</p><h2>一、收集</h2><p>我们收集您的邮箱。</p>
<aside class="md-source-file"><span>Last update: 2025-01-01</span></aside></article></div>
<footer class="md-footer"><a href="/b">下一页</a></footer>
</body></html>""",
}


def test_other_generators_frames_are_chrome(tmp_path: Path) -> None:
    for name, page in _OTHERS.items():
        path = tmp_path / f"{name}.html"
        path.write_text(page, encoding="utf-8")
        kept, _ = _chrome(path)
        assert kept == [
            ("heading", "隐私政策"),
            ("paragraph", "我们重视您的隐私。"),
            ("heading", "一、收集"),
            ("paragraph", "我们收集您的邮箱。"),
        ], name


def test_a_frame_holding_the_policy_is_none(tmp_path: Path) -> None:
    # a page that writes its whole policy inside a frame-named element: the frame is the policy, never chrome
    page = """<html><head><meta name="generator" content="Docusaurus v3"></head><body>
<div class="theme-doc-footer"><h1>隐私政策</h1><p>我们重视您的隐私，收集您的邮箱用于登录。</p><h2>一、收集</h2><p>我们收集您的邮箱。</p></div>
<p>版权所有</p></body></html>"""
    path = tmp_path / "held.html"
    path.write_text(page, encoding="utf-8")
    kept, _ = _chrome(path)
    assert ("heading", "一、收集") in kept and ("paragraph", "我们收集您的邮箱。") in kept


def test_pairs46_hutao_markdown_against_its_vuepress_page_is_clean() -> None:
    result = cli("diff", str(HUTAO / "old.md"), str(HUTAO / "new.html"), "--format", "json")
    assert result.returncode == 0, result.stdout
    doc = parse_path(HUTAO / "new.html")
    assert [s.title for s in doc.sections if s.title][:3] == ["个人信息数据", "常规数据使用说明", "本地存储"]
    assert doc.metadata.title == "用户数据和隐私权益"


# --- 3. Dart and Taro leftovers -----------------------------------------------------------------------------------

_DART = """import 'package:flutter/material.dart';

class PrivacyPage extends StatelessWidget {
  // a ''' in a comment opens nothing
  static const String policy = '''
隐私政策

一、我们收集的信息
我们收集您的手机号。
''';
SECOND
  @override
  Widget build(BuildContext context) {
    return Scaffold(body: Text(policy));
  }
}
"""


def test_a_dart_triple_quote_never_closed_is_said(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "open.dart", _DART.replace("SECOND", "  static const String terms = '''\n用户协议\n"))
    assert any(w.startswith("line 11: a ''' string is never closed") for w in doc.warnings), doc.warnings
    doc = parse_file(tmp_path, "only.dart", _DART.replace("''';\nSECOND", "\n"))
    assert any(w.startswith("line 5: a ''' string is never closed") for w in doc.warnings), doc.warnings
    # look-alikes: every literal closed (one inside a one-line string too): no such warning
    closed = _DART.replace("SECOND", '  static const String note = "\'\'\'";\n  static const String terms = """\n用户协议\n""";')
    doc = parse_file(tmp_path, "closed.dart", closed)
    assert not any("never closed" in w for w in doc.warnings), doc.warnings


_TARO = """import { View, Text } from '@tarojs/components'

const appName = '宇轩百货'

export default function Privacy() {
  return (
    <View className='page'>
      <Text className='title'>隐私政策</Text>
      <Text>本小程序&nbsp;由{appName}运营，我们重视您的隐私。</Text>
      <Text>{`本政策由${'宇轩科技有限公司'}负责解释。`}</Text>
      <Text>{`本政策由${company}负责解释，${'甲' + b}。`}</Text>
    </View>
  )
}
"""


def test_taro_constants_after_a_character_reference_and_string_slots_are_read(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "privacy.tsx", _TARO)
    texts = [t for _, t in shown_lines(doc)]
    assert any(t.startswith("本小程序由宇轩百货") for t in texts), texts
    assert "本政策由宇轩科技有限公司负责解释。" in texts
    # look-alikes: a name and an expression stay code (blank), as before
    assert any(
        t.startswith("本政策由") and "负责解释" in t and "company" not in t and "甲" not in t for t in texts if "宇轩科技" not in t
    ), texts
