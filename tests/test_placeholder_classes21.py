"""Placeholder classes the twenty-first blind round (eval/blind/round21) missed on its first run (issue #11 §1): one test
per class, both ways.  Every text below is invented; the shapes are round21's.

1. a front-matter variable of the site's framework that the page's front matter does not define: Nuxt Content's
   「{{ $doc.site_name }}」, VitePress's 「{{ $frontmatter.email }}」 (`syntax.filled_by_page`); not when the front matter
   defines the key (the page is filled when it is built), nor the framework's own globals (「{{ $site.title }}」);
2. the policy's own date whose value says it is still to come: 「生效日期：待发布」 (`markers`, group `pendingdate`); not
   a status line (「状态：待发布」, `placeholder-drafting`'s) nor a date of something else (「上线时间：待发布」);
3. the page calling its content a stand-in draft: 「本页面内容为占位草案，…」 (`placeholder_drafting`);
4. a step before launch addressed to 你 above the fields it asks to fill: 「正式上线前，你应核对并填写：」 then
   「- 名称：【待填写】」 (`placeholder_drafting.clauses._over_slots`); not the same words to the user above a list of the user's
   own steps;
5. the page calling itself a demo: 「本隐私政策仅为演示版本。」; not an example the policy gives (「以下示例仅为演示」);
6. the author's choice for a feature not integrated yet, in a table cell: 「当前如未接入，可删除或标注未启用」; not the
   user's choice (「如您未开通该功能，可删除相关记录」);
7. a note on where to host the page: 「本页可直接托管在 GitHub Pages / 任意静态站点」.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders

HEAD = "# 隐私政策\n\n本政策适用于我们提供的全部服务，请您仔细阅读。\n\n"


def _excerpts(tmp_path: Path, text: str) -> list[str]:
    """The excerpt of every placeholder finding at error level in the Markdown text."""
    return [f.excerpt for f in _placeholders(tmp_path, text, "md") if f.severity == "error"]


FRONT = "---\ntitle: 隐私政策\nsite_name: 示例站\n---\n"


@pytest.mark.parametrize("variable", ["{{$doc.email}}", "{{ $doc.site_url }}", "{{ $frontmatter.author }}", "{{ $doc.contact.email }}"])
def test_a_front_matter_variable_the_front_matter_does_not_define_is_a_slot(tmp_path: Path, variable: str) -> None:
    found = _excerpts(tmp_path, FRONT + f"# 隐私政策\n\n如有疑问，请通过 {variable} 与我们联系。\n")
    assert any(variable.replace(" ", "") in e.replace(" ", "") for e in found), found


@pytest.mark.parametrize("variable", ["{{ $doc.site_name }}", "{{$doc.title}}", "{{ $frontmatter.site_name }}", "{{ $site.title }}"])
def test_a_variable_the_page_fills_is_no_slot(tmp_path: Path, variable: str) -> None:
    assert _excerpts(tmp_path, FRONT + f"# 隐私政策\n\n欢迎来到 {variable}，我们重视您的隐私。\n") == []


def test_the_policys_date_still_to_come_is_a_slot(tmp_path: Path) -> None:
    assert any("待发布" in e for e in _excerpts(tmp_path, HEAD + "生效日期：待发布\n"))


@pytest.mark.parametrize("line", ["| 功能 | 上线时间：待发布 |\n|---|---|", "商品上架时间：待发布"])
def test_a_date_of_something_else_to_come_is_no_slot(tmp_path: Path, line: str) -> None:
    assert _excerpts(tmp_path, HEAD + line + "\n") == []


def test_the_page_calling_its_content_a_stand_in_draft_is_a_note(tmp_path: Path) -> None:
    found = _excerpts(tmp_path, HEAD + "本页面内容为占位草案，正式条款将由业务与法务审核后发布。\n")
    assert any("占位草案" in e for e in found), found


LAUNCH = "正式上线前，你应核对并填写：\n\n- 模型服务提供方名称：{value}\n- 第三方隐私政策链接：{value}\n"


def test_a_launch_step_to_you_above_empty_fields_is_a_note(tmp_path: Path) -> None:
    found = _excerpts(tmp_path, HEAD + "你输入的内容会发送给模型服务提供方处理。\n\n" + LAUNCH.format(value="【待填写】"))
    assert any("正式上线前" in e for e in found), found


def test_a_launch_step_to_you_above_your_own_steps_is_advice(tmp_path: Path) -> None:
    text = HEAD + "正式上线前，你应核对并填写：\n\n- 店铺名称\n- 客服电话\n"
    assert not any("正式上线前" in e for e in _excerpts(tmp_path, text))


def test_the_page_calling_itself_a_demo_is_a_note(tmp_path: Path) -> None:
    text = HEAD + "我们使用您的个人数据来提供和改进服务。本隐私政策仅为演示版本。\n"
    assert any("演示版本" in e for e in _excerpts(tmp_path, text))


@pytest.mark.parametrize("line", ["以下示例仅为演示，帮助您理解我们如何使用数据。", "本政策提供演示视频，帮助您了解设置方法。"])
def test_a_demonstration_the_policy_gives_is_no_note(tmp_path: Path, line: str) -> None:
    assert _excerpts(tmp_path, HEAD + line + "\n") == []


def test_the_authors_choice_for_a_feature_not_integrated_is_a_note(tmp_path: Path) -> None:
    table = "| 第三方 | 数据 | 说明 |\n|---|---|---|\n| 短信服务提供方 | 手机号 | 当前如未接入，可删除或标注未启用 |\n"
    assert any("如未接入" in e for e in _excerpts(tmp_path, HEAD + table))


def test_the_users_choice_for_a_feature_is_no_note(tmp_path: Path) -> None:
    assert _excerpts(tmp_path, HEAD + "如您未开通该功能，可删除相关记录。\n") == []


def test_a_note_on_where_to_host_the_page_is_a_note(tmp_path: Path) -> None:
    text = HEAD + "我们不会收集您的个人信息。\n\n本页可直接托管在 GitHub Pages / 任意静态站点，用于应用商店的隐私政策网址栏。\n"
    assert any("托管" in e for e in _excerpts(tmp_path, text))
