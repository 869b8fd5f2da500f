"""The items of review rv14a of the merged fourteenth session, each with its true side.

1. 「公测前」 (the public beta) as a step before release: only a note about the policy's own content
   (「公开测试前必须补充运营主体、联系方式…完整隐私政策」), never the user's steps before joining the beta
   (「参加公测前，请仔细阅读…」, 「公测前请更新至最新版本的App」) (`cli/policylens/rules/placeholder_drafting/notes.py`).
2. 「关于营销邮件：」 is a topic, not a contact label: the sub-title below it stays a heading
   (`structure/headings._CONTACT_LABEL`, `patterns.CONTACT_LABEL_CHANNELS`).
3. An unnumbered marked-up title between numbered lines moves one level deeper only when it is deeper
   than the rank the numbered lines stand at (an <h3> under an <h1> title), not an <h2>
   (`structure/levels/sub_titles._marked_up_titles_between_numbers`).
4. Lettered colon sub-titles count their siblings under one parent (`structure/headings._colon_siblings`).
5. Lettered colon lines under a question are its answers (`structure/headings._answers_under_questions`).
6. A seed-data stand-in for the policy (「测试隐私政策」) is a finding in a paragraph only, not in a list
   item or a table cell (`cli/policylens/rules/placeholder_forms.py`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load.document import read_document
from test_placeholder_classes import _placeholders


def _levels(tmp_path: Path, name: str, text: str) -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(s.level, s.title) for s in read_document(str(path)).sections if s.title]


def _findings(tmp_path: Path, text: str, suffix: str, rule: str) -> list[tuple[int, str]]:
    return [(f.line, f.excerpt) for f in _placeholders(tmp_path, text, suffix) if f.rule == rule]


# --- 1. 公测前: the operator's note about the policy, not the user's steps ---------------------------


def test_a_note_about_the_policy_before_the_public_beta_is_a_drafting_note(tmp_path: Path) -> None:
    lines = [
        "公开测试前必须补充运营主体、联系方式、保存期限和用户权利等完整隐私政策，并重新征得同意。",
        "公测前需补充运营主体与联系方式。",
        "公開測試前須補充完整隱私政策。",
    ]
    found = _findings(tmp_path, "# 隐私政策\n\n" + "\n\n".join(lines) + "\n", "md", "placeholder-drafting")
    assert [line for line, _ in found] == [3, 5, 7]


def test_the_users_steps_before_the_public_beta_are_not_drafting_notes(tmp_path: Path) -> None:
    text = (
        "测试版用户隐私政策\n\n本政策适用于参加我们产品公测的用户。\n参加公测前，请仔细阅读并确认本协议的全部条款。\n"
        "加入公测前需要您补充实名认证信息。\n公测前请更新至最新版本的App。\n公開測試前，請確認您的裝置已更新。\n"
        "申请公测前须补充完整隐私政策的阅读确认。\n公测期间我们会收集崩溃日志。\n公测结束后我们将删除测试数据。\n"
    )
    assert _findings(tmp_path, text, "txt", "placeholder-drafting") == []


# --- 2. 关于营销邮件： is a topic, not a contact label ------------------------------------------------


def test_a_sub_title_under_a_topic_ending_in_mail_stays_a_heading(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n## 一、营销信息\n\n关于营销邮件：\n\n**退订方式**\n\n您可以点击邮件底部的退订链接退订，我们会在收到请求后停止发送。\n\n"
        "## 二、其他\n\n本政策自发布之日起生效。\n"
    )
    assert _levels(tmp_path, "c.md", text) == [(1, "一、营销信息"), (2, "退订方式"), (1, "二、其他")]


def test_a_name_under_a_contact_label_is_still_its_value(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n## 一、联系我们\n\n联系人：\n\n**张三**\n\n电话：010-12345678\n\n## 二、其他\n\n本政策自发布之日起生效。\n"
    assert _levels(tmp_path, "c.md", text) == [(1, "一、联系我们"), (1, "二、其他")]


# --- 3. marked-up titles between numbered lines ------------------------------------------------------

_HTML = "<html><body>\n<h1>隐私政策</h1>\n<p>{one}</p>\n<p>我们收集以下信息，用于提供服务。</p>\n{inner}\n<p>我们不面向儿童提供服务。</p>\n<p>{two}</p>\n<p>我们使用信息提供服务。</p>\n</body></html>\n"


@pytest.mark.parametrize(
    ("one", "two", "inner"),
    [
        ("一、我们收集的信息", "二、我们如何使用信息", "<h2>儿童个人信息保护</h2>"),
        ("<b>一、我们收集的信息</b>", "<b>二、我们如何使用信息</b>", "<h2>Cookie 与同类技术</h2>"),
    ],
)
def test_a_section_rank_title_between_numbered_lines_stays_their_peer(tmp_path: Path, one: str, two: str, inner: str) -> None:
    assert [level for level, _ in _levels(tmp_path, "l.html", _HTML.format(one=one, two=two, inner=inner))] == [1, 1, 1]


def test_a_markdown_appendix_between_bold_numbers_stays_top_level(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n**一、我们收集的信息**\n\n我们收集以下信息。\n\n## 附录：第三方SDK清单\n\n| SDK | 用途 |\n| --- | --- |\n"
        "| 友盟 | 统计 |\n\n**二、我们如何使用信息**\n\n我们使用信息。\n"
    )
    assert [level for level, _ in _levels(tmp_path, "l.md", text)] == [1, 1, 1]


def test_a_deeper_title_between_numbered_lines_is_a_sub_title(tmp_path: Path) -> None:
    html = _HTML.format(one="一、我们收集的信息", two="二、我们如何使用信息", inner="<h3>儿童个人信息保护</h3>")
    assert _levels(tmp_path, "l.html", html) == [(1, "一、我们收集的信息"), (2, "儿童个人信息保护"), (1, "二、我们如何使用信息")]


# --- 4. and 5. lettered colon lines: siblings under one parent, answers under a question -------------


def test_lone_letters_under_different_sections_are_not_siblings(tmp_path: Path) -> None:
    text = (
        "隐私政策\n\n1. 我们收集的信息\n为提供服务，我们需要以下信息。\nA. 账号信息（注册时）：\n我们收集您的手机号。\n"
        "2. 联系我们\n邮箱：a@b.com\nB. 客服热线（工作日）：\n我们在工作日9:00-18:00接听。\n"
    )
    assert _levels(tmp_path, "a.txt", text) == [(1, "1. 我们收集的信息"), (1, "2. 联系我们")]


def test_letters_under_one_section_are_siblings(tmp_path: Path) -> None:
    text = (
        "隐私政策\n\n1. 我们收集的信息\n为提供服务，我们需要以下信息。\nA. 账号信息（注册时）：\n我们收集您的手机号。\n"
        "B. 客服热线记录（工作日）：\n我们记录通话时间。\n2. 联系我们\n邮箱：a@b.com\n"
    )
    assert _levels(tmp_path, "a.txt", text) == [
        (1, "1. 我们收集的信息"),
        (2, "A. 账号信息（注册时）："),
        (2, "B. 客服热线记录（工作日）："),
        (1, "2. 联系我们"),
    ]


@pytest.mark.parametrize("bold", [True, False])
def test_lettered_colon_lines_under_a_question_are_answers(tmp_path: Path, bold: bool) -> None:
    a, b = ("**A. 立即删除（默认）：**", "**B. 保留30天（可恢复）：**") if bold else ("A. 立即删除（默认）：", "B. 保留30天（可恢复）：")
    text = (
        f"# 常见问题与隐私说明\n\n**1. 注销账号后我的数据会怎样？**\n\n{a}\n\n我们会在15天内删除您的数据。\n\n{b}\n\n"
        "您可在30天内恢复账号。\n\n**2. 联系我们**\n\n邮箱：a@b.com\n"
    )
    assert _levels(tmp_path, "q.md", text) == [(1, "1. 注销账号后我的数据会怎样？"), (1, "2. 联系我们")]


def test_lettered_colon_sub_titles_under_a_statement_title_stay(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n**1. 注销账号后的数据处理**\n\n**A. 立即删除（默认）：**\n\n我们会在15天内删除您的数据。\n\n"
        "**B. 保留30天（可恢复）：**\n\n您可在30天内恢复账号。\n\n**2. 联系我们**\n\n邮箱：a@b.com\n"
    )
    assert [level for level, _ in _levels(tmp_path, "q.md", text)] == [1, 2, 2, 1]


# --- 6. seed data in a paragraph, not in a list item or a table cell ---------------------------------


def test_seed_data_is_a_finding_in_a_paragraph_only(tmp_path: Path) -> None:
    html = (
        "<html><head><title>隐私政策</title></head><body>\n<h1>云测试平台隐私政策</h1>\n<p>我们收集您的手机号，用于登录。</p>\n"
        "<p>隐私政策测试内容</p>\n"
        "<table><tr><th>名称</th><th>说明</th></tr><tr><td>测试隐私政策</td><td>用于测试</td></tr></table>\n"
        "<ul><li>测试隐私政策</li><li>示例隐私政策</li></ul>\n</body></html>\n"
    )
    assert _findings(tmp_path, html, "html", "placeholder-instruction") == [(4, "隐私政策测试内容")]
