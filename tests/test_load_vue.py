"""A Vue single-file component (.vue) is read from its <template>: the page's markup, not inert content.

In an HTML page a <template> element is not shown (its text is fallback content, reported as not
read); in a `.vue` file the top-level <template> holds the whole page and a nested
<template v-if> a part of it.  Before, a policy page written as a Vue component was read as empty.
"""

from __future__ import annotations

from pathlib import Path

from helpers import cli
from policylens.load import load
from policylens.structure import build_document

_VUE = """<template>
  <div class="privacy">
    <h1>隐私政策</h1>
    <p>更新日期：2024年3月1日</p>
    <h2>一、我们收集的信息</h2>
    <p>我们会收集您的手机号码，用于登录。</p>
    <template v-if="showSdk">
      <h2>二、第三方SDK</h2>
      <p>我们接入了{{ sdkName }}，用于统计。</p>
    </template>
    <p>联系邮箱：support@tanke.cn</p>
  </div>
</template>

<script>
export default { data() { return { showSdk: true, sdkName: "友盟" } } }
</script>
<style scoped>.privacy { padding: 16px; }</style>
"""


def test_a_vue_components_template_is_the_page(tmp_path: Path) -> None:
    path = tmp_path / "Privacy.vue"
    path.write_text(_VUE, encoding="utf-8")
    doc = build_document(load(str(path)))
    assert doc.metadata.title == "隐私政策"
    assert [(s.title, s.line) for s in doc.sections if s.title] == [("一、我们收集的信息", 5), ("二、第三方SDK", 8)]
    text = "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "我们会收集您的手机号码，用于登录。" in text
    assert "我们接入了{{ sdkName }}，用于统计。" in text  # the nested <template v-if> is read too
    assert "export default" not in text and "padding" not in text  # script and style are not text
    assert not doc.warnings


def test_a_vue_components_template_syntax_is_not_a_placeholder(tmp_path: Path) -> None:
    path = tmp_path / "Privacy.vue"
    path.write_text(_VUE, encoding="utf-8")
    result = cli("check", str(path), "--format", "json", "--no-config")
    assert result.returncode == 0, result.stderr
    assert '"placeholder' not in result.stdout  # {{ sdkName }} is the component's own syntax


def test_in_an_html_page_a_template_stays_inert_and_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "privacy.html"
    path.write_text("<html><body><p>正文。</p><template><p>模板内容</p></template></body></html>", encoding="utf-8")
    doc = build_document(load(str(path)))
    assert "模板内容" not in "\n".join(p.text for s in doc.sections for p in s.paragraphs)
    assert any("<template>" in w for w in doc.warnings)


def test_a_heading_the_component_fills_at_run_time_is_not_the_title(tmp_path: Path) -> None:
    # review rv10b: 「<h2>{{ pageTitle }}</h2>」 above the page's real title was taken as the title
    path = tmp_path / "Privacy.vue"
    path.write_text(
        "<template><main><h2><span>{{ pageTitle }}</span></h2><section><h3>某市政府资料开放平台隐私权保护政策</h3>"
        "<p>本平台基于尊重及保护用户的个人隐私权，请您详细阅读本政策。</p><h3>适用范围</h3><p>本政策适用于本平台。</p>"
        "<h3>个人资料的收集</h3><p>我们仅在必要时收集您的电子邮件地址。</p></section></main></template>\n",
        encoding="utf-8",
    )
    doc = build_document(load(str(path)))
    assert doc.metadata.title == "某市政府资料开放平台隐私权保护政策"


def test_a_pug_template_and_custom_blocks_are_reported_not_read(tmp_path: Path) -> None:
    path = tmp_path / "Privacy.vue"
    path.write_text(
        '<template lang="pug">\ndiv.page\n  h1 隐私政策\n</template>\n<i18n>\n{"zh": {"intro": "欢迎使用"}}\n</i18n>\n',
        encoding="utf-8",
    )
    doc = build_document(load(str(path)))
    assert "\n".join(p.text for s in doc.sections for p in s.paragraphs) == ""
    assert any("<template>" in w for w in doc.warnings) and any("<i18n>" in w for w in doc.warnings)


def test_a_later_heading_filled_at_run_time_is_no_heading_either(tmp_path: Path) -> None:
    # review rv10c kept a later interpolation heading as a section; session 13 (a13v): a heading of interpolations only
    # names nothing, wherever it stands (「{{ section.title }}」 made a uni-app page's one "section")
    path = tmp_path / "Privacy.vue"
    path.write_text(
        "<template><div><h1>隐私政策</h1><h2>一、我们如何收集信息</h2><p>我们仅收集您的邮箱。</p>"
        "<h2>{{ $t('policy.contact') }}</h2><p>如有疑问，请发送邮件至 support@kdsoft.cn。</p></div></template>\n",
        encoding="utf-8",
    )
    doc = build_document(load(str(path)))
    assert [s.title for s in doc.sections if s.title] == ["一、我们如何收集信息"]
