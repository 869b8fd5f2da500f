"""False findings of `check` on unseen published documents (issue #11, eval/precision25, first run at e730dc0a).

Each class is reproduced on small texts written for it, both ways (the false finding gone, and the
true one it resembles still reported):

- placeholder-instruction and date-format, a Jekyll page's Liquid output: `{{ content.title }}` after
  `{% assign content = site.data.pages[lang].privacy %}`, `{{ section.heading }}` inside `{% for section in … %}`,
  `{{ nav.home }}` after `{% include locale.liquid %}`, and 「Effective Date: {{ content.effective_date }}」 (5 errors
  and 1 info in eval/precision25/swiftian-liquid-md/privacy.md).  The site fills them when it is built.  A variable
  the page's own Liquid tags bind, one of Liquid's globals, or (on a page that includes another file) any lower-case
  variable is the page's output; `{{ COMPANY_NAME }}` and `{{公司名称}}` on the same page, and `{{ company.name }}`
  on a Markdown page without Liquid tags, still are reported, as is a Liquid page without any date;
- script-mixed, a script toggle's label: 「轉為繁體」, the last of a Hexo theme's right-click menu labels run together
  (「复制地址关闭热评深色模式轉為繁體」) on a Simplified page (1 error in eval/precision25/cecilzhu-hexo-html/index.html).
  A toggle's label (轉為/转为/切换 + a script's name) is not reported; a Traditional word in the text still is.
"""

from __future__ import annotations

from pathlib import Path

from helpers import rule_excerpts

_findings = rule_excerpts


_LIQUID_PAGE = (
    "---\nlayout: default\nlang: zh-hans\npermalink: /zh-hans/privacy/\n---\n\n"
    "{% include lang.liquid %}\n{% assign doc = site.data.legal[lang].privacy %}\n\n"
    "#### [← {{ menu.back }}]({{ base }}/)\n\n# {{ doc.title }}\n\n"
    "{% for part in doc.parts %}\n### {{ part.heading }}\n\n{{ part.body }}\n{% endfor %}\n\n"
    "---\n\n**Effective Date: {{ doc.effective_date }}**\n"
)


def test_liquid_output_on_a_jekyll_page_is_not_a_slot(tmp_path: Path) -> None:
    """`{{ doc.title }}` (assigned), `{{ part.heading }}` (a loop's), `{{ menu.back }}` (the include's): built output."""
    assert _findings(tmp_path, _LIQUID_PAGE, "placeholder-instruction", "privacy.md") == []


def test_a_liquid_page_with_its_date_in_a_variable_is_dated(tmp_path: Path) -> None:
    """「Effective Date: {{ doc.effective_date }}」 on a Liquid page: the date is the site's data, filled when built."""
    assert _findings(tmp_path, _LIQUID_PAGE, "date-format", "privacy.md") == []


def test_slots_on_a_liquid_page_and_variables_without_liquid_are_still_reported(tmp_path: Path) -> None:
    """`{{ COMPANY_NAME }}` and `{{公司名称}}` on the Liquid page; `{{ company.name }}` in a Markdown page without
    Liquid tags; a Liquid page without any date still has no date."""
    slots = _LIQUID_PAGE + "\n本政策由 {{ COMPANY_NAME }} 与 {{公司名称}} 共同发布。\n"
    found = _findings(tmp_path, slots, "placeholder-instruction", "privacy.md")
    assert "{{ COMPANY_NAME }}" in found and "{{公司名称}}" in found
    assert not any(".title" in f or "heading" in f or "menu." in f for f in found)
    plain = "# 隐私政策\n\n更新日期：2024年1月1日\n\n本政策由 {{ company.name }} 发布。\n"
    assert _findings(tmp_path, plain, "placeholder-instruction", "plain.md") == ["{{ company.name }}"]
    undated = _LIQUID_PAGE.replace("**Effective Date: {{ doc.effective_date }}**", "本政策长期有效。")
    assert len(_findings(tmp_path, undated, "date-format", "undated.md")) == 1


_HEXO_MENU = (
    "<!DOCTYPE html><html lang='zh-CN'><head><title>隐私政策</title></head><body>"
    "<div id='rightMenu'><a><span>复制链接</span></a><a><span>深色模式</span></a>"
    "<a id='menu-translate'><span>轉為繁體</span></a></div>\n"
    "<h1>隐私政策</h1><p>更新日期：2024年1月1日</p><p>我们收集您的昵称与邮箱，用于发送通知。</p>\n"
)


def test_a_script_toggle_label_is_not_mixed_script(tmp_path: Path) -> None:
    """「轉為繁體」 at the end of a menu's labels run together (「复制链接深色模式轉為繁體」): the toggle's own label."""
    assert _findings(tmp_path, _HEXO_MENU, "script-mixed", "index.html") == []


def test_a_traditional_word_in_the_text_is_still_mixed_script(tmp_path: Path) -> None:
    """The same page with 「我們收集」 in its Simplified text: a converter's miss, still reported."""
    page = _HEXO_MENU.replace("我们收集您的昵称", "我們收集您的昵称")
    assert _findings(tmp_path, page, "script-mixed", "index.html") == ["們"]
