"""Placeholders left in filled-in published policies (issue #11, round 9): one test per class, both ways.

The classes: a contact field's name left as its value (联系邮箱：邮箱地址, 请通过 联系方式 与我们联系), a
contact lead-in with no contact after it, a template's dummy behind a link's text (href="mailto:your@email.com"),
slots hidden by Markdown escapes and references (\\[公司名称\\], &lt;公司名称&gt;), and the name cut out
of a policy's scope sentence.  Each test has near misses from real wording that must stay silent,
and real policies (`tests/data/placeholders9/`, see its README) pin the findings.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import cli
from policylens.check import CheckOptions, check_file
from test_placeholder_classes import _one_each, _placeholders

DATA = Path(__file__).parent / "data" / "placeholders9"


def _clean(tmp_path: Path, text: str, suffix: str = "md") -> None:
    found = _placeholders(tmp_path, text, suffix)
    assert found == [], [(f.line, f.rule, f.excerpt) for f in found]


def _source_slices(path: Path, rule: str) -> list[tuple[str, str, str]]:
    """(source slice, excerpt, severity) of each one-line finding of `rule` on `path`."""
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None
    lines = path.read_text(encoding="utf-8").split("\n")
    return [(lines[f.line - 1][f.column - 1 : f.end_column - 1], f.excerpt, f.severity) for f in report.findings if f.rule == rule]


# --- a field's name where its value belongs ------------------------------------------------


def test_field_names_as_values_are_errors(tmp_path: Path) -> None:
    findings = _one_each(
        tmp_path,
        [
            "如有疑问，请通过 联系方式 与我们联系。",
            "本应用由 公司名称 运营。",
            "请发送邮件至\u3000邮箱地址\u3000。",
            "联系我们：联系邮箱：邮箱地址",
            "如需投诉，请拨打客服电话：电话号码",
            "If you have any questions, contact us at email address.",
        ],
    )
    assert [f.rule for f in findings] == ["placeholder-field-name"] * 6
    assert [f.excerpt for f in findings] == ["联系方式", "公司名称", "邮箱地址", "邮箱地址", "电话号码", "email address"]
    assert {f.severity for f in findings} == {"error"}


def test_field_names_in_ordinary_wording_are_not_slots(tmp_path: Path) -> None:
    _clean(
        tmp_path,
        "# 隐私政策\n\n## 一、我们收集的信息\n\n注册时我们收集：\n\n- 联系方式：电话号码、邮箱地址\n- 邮箱：邮箱地址\n- 账号信息：手机号码\n\n"
        "您可以通过以下联系方式与我们联系。您可以通过联系方式页面提交反馈。请填写您的邮箱地址。\n\n"
        "## 二、联系我们\n\n邮箱：邮箱地址查询/邮件搜索\n\n电话：电话号码 010-6288 8888\n\n通过 联系方式 页面提交。\n\n"
        "We will contact you at your email address.\n",
    )


# --- contact lead-ins with nothing after them ---------------------------------------------------


def test_contact_lead_ins_without_contact(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n## 一、联系我们\n\n您可以通过以下方式与我们联系：\n\n我们将在15个工作日内回复您的请求。\n\n"
        "## 二、变更\n\n联系方式如下：\n\n## 三、其他\n\n本政策自发布之日起生效。\n\n## 四、Contact\n\nYou can contact us at:\n"
    )
    found = [(f.line, f.severity) for f in _placeholders(tmp_path, text) if f.rule == "enumeration-lead-in"]
    assert found == [(5, "warning"), (11, "warning"), (19, "error")]


def test_contact_lead_ins_with_their_contact_are_silent(tmp_path: Path) -> None:
    # the contact as a paragraph, a link, a list, a label line, a company name, a sibling heading, a table
    _clean(
        tmp_path,
        "# 隐私政策\n\n## 一、联系我们\n\n如果您有任何疑问，请通过以下方式联系我们：\n\n邮箱: 18250858915@163.com\n\n"
        "请通过以下方式联系我们：\n\n[GitHub Issues](https://github.com/a/b/issues)\n\n您可以通过以下方式与我们联系：\n\n广东欢太科技有限公司\n\n"
        "如你有任何疑问，可联系开发者：\n\n- **开发者**：陈栋\n\n如有疑问，请通过以下方式联系我们：\n\n**数据保护官：**\n\n"
        "联系方式如下：\n\n| 渠道 | 地址 |\n| --- | --- |\n| 邮箱 | a@b.cn |\n\n"
        "如果您对本隐私政策有任何疑问，通过App内部的联系方式与我们联系：\n\n一般情况下，我们将在三十天内回复。\n\n"
        "## 二、联系方式如下：\n\n## 三、邮箱\n\nprivacy@qq.com\n",
    )


def test_html_contact_lead_in_followed_by_a_link(tmp_path: Path) -> None:
    page = (
        '<h1>隐私政策</h1>\n<h2>联系我们</h2>\n<p>如需联系我们，请通过以下方式：</p>\n<p><a href="https://t.me/abc">Telegram</a></p>\n'
        '<h2>反馈</h2>\n<p>请通过以下方式联系我们：</p>\n<p><a href="https://github.com/x/issues">问题入口</a></p>\n'
    )
    _clean(tmp_path, page, "html")


def test_a_lead_in_followed_by_an_image_a_frame_or_a_table_has_its_list(tmp_path: Path) -> None:
    for content in [
        '<img src="sdk.png" alt="">',
        '<iframe src="sdk.html"></iframe>',
        '<video src="a.mp4"></video>',
        '<picture><img src="a.png"></picture>',
        "<table><tr><td>友盟</td></tr></table>",
        '<img src="sdk.png"/>',
    ]:
        page = f"<h1>隐私政策</h1>\n<h2>一、SDK</h2>\n<p>我们使用以下SDK：</p>\n{content}\n<h2>二、联系</h2>\n<p>邮箱：a@b.cn</p>\n"
        _clean(tmp_path, page, "html")
    _clean(tmp_path, "# 隐私政策\n\n## 一、SDK\n\n我们使用以下SDK：\n\n![SDK 列表](sdk.png)\n\n## 二、联系\n\n邮箱：a@b.cn\n")
    # the same lead-in before the next section with nothing shown is still reported
    page = "<h1>隐私政策</h1>\n<h2>一、SDK</h2>\n<p>我们使用以下SDK：</p>\n<h2>二、联系</h2>\n<p>邮箱：a@b.cn</p>\n"
    assert [f.rule for f in _placeholders(tmp_path, page, "html")] == ["enumeration-lead-in"]


# --- link targets -----------------------------------------------------------------------------


def test_dummy_link_targets_point_at_the_target_in_the_source(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<h1>隐私政策</h1>\n<p>请<a href=\"mailto:your@email.com\">联系我们</a>，或<a\n href='https://example.com/privacy'>阅读</a>。</p>\n"
        '<p>电话：<a href=mailto:xxx@xxx.com>发邮件</a> <a href="tel:1234567890">拨打客服</a> <a href="{{privacy_url}}">隐私</a></p>\n',
        encoding="utf-8",
    )
    slices = _source_slices(page, "placeholder-link-target")
    assert slices == [
        ("mailto:your@email.com", "mailto:your@email.com", "error"),
        ("https://example.com/privacy", "https://example.com/privacy", "error"),
        ("mailto:xxx@xxx.com", "mailto:xxx@xxx.com", "error"),
        ("tel:1234567890", "tel:1234567890", "error"),
        ("{{privacy_url}}", "{{privacy_url}}", "error"),
    ]


def test_ordinary_link_targets_are_silent(tmp_path: Path) -> None:
    page = (
        '<h1>隐私政策</h1>\n<p><a href="#">顶部</a> <a href="javascript:void(0)">关闭</a> <a href="mailto:">a@qq.com</a> '
        '<a href="/zh/privacy.html">隐私</a> <a href="mailto:privacy@smartmi.com?subject=隐私">联系我们</a> '
        '<a href="https://www.example-corp.cn/x">官网</a> <a href="tel:400-820-8820">客服</a> '
        '<a href="https://github.com/yourname-tools/app">源码</a></p>\n'
    )
    _clean(tmp_path, page, "html")
    _clean(tmp_path, "# 隐私政策\n\n请[联系我们](mailto:support@qq.com)，或见[条款](terms.md)与![图](https://example.com/a.png)。\n")


def test_markdown_link_target_is_one_finding(tmp_path: Path) -> None:
    found = _placeholders(tmp_path, "# 隐私政策\n\n邮箱：[联系我们](mailto:xxx@xxx.com)\n\n电话：[拨打](tel:1234567890)\n")
    assert [(f.rule, f.excerpt) for f in found] == [
        ("placeholder-link-target", "mailto:xxx@xxx.com"),
        ("placeholder-link-target", "tel:1234567890"),
    ]


# --- Markdown escapes and references ----------------------------------------------------------


def test_escaped_slots_are_found_and_slice_their_escaped_source(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("# 隐私政策\n\n本政策由\\[公司名称\\]制定，联系人：&lt;公司名称&gt;，日期：\\_\\_\\_\\_。\n", encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    line = path.read_text(encoding="utf-8").split("\n")[2]
    found = [(line[f.column - 1 : f.end_column - 1], f.excerpt) for f in report.findings if f.rule.startswith("placeholder")]
    assert found == [("\\[公司名称\\]", "[公司名称]"), ("&lt;公司名称&gt;", "<公司名称>"), ("\\_\\_\\_\\_", "____")]


def test_escaped_slots_in_a_markdown_file_without_markup_are_found(tmp_path: Path) -> None:
    """A .md file with no heading or list is read like plain text, but its escapes are still Markdown's."""
    path = tmp_path / "p.md"
    path.write_text("本政策由\\[公司名称\\]制定。\n\n联系人：&lt;公司名称&gt;\n", encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert [(f.line, f.column, f.end_column, f.excerpt) for f in report.findings if f.rule.startswith("placeholder")] == [
        (1, 5, 13, "[公司名称]"),
        (3, 5, 17, "<公司名称>"),
    ]


def test_escapes_are_decoded_as_commonmark_does_but_not_into_markup(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text(
        "# 隐私政策\n\n代码 `\\[公司名称\\]` 不解码；路径：\\[设置\\]\\-\\[系统\\]。\n\n\\*\\*不是粗体\\*\\*，snake\\_case，&nbsp;保留，&copy; 2024。\n",
        encoding="utf-8",
    )
    doc = json.loads(cli("parse", str(path), "--format", "json").stdout)
    texts = [p["text"] for s in doc["sections"] for p in s["paragraphs"]]
    assert texts == ["代码 `\\[公司名称\\]` 不解码；路径：[设置]\\-[系统]。", "\\*\\*不是粗体\\*\\*，snake\\_case，&nbsp;保留，© 2024。"]
    _clean(tmp_path, path.read_text(encoding="utf-8"))


# --- a name cut out ---------------------------------------------------------------------------


def test_real_policy_with_two_deleted_names() -> None:
    report = check_file(str(DATA / "gonghuiyuan.zh-Hans.html"), CheckOptions(no_config=True))
    found = [(f.line, f.rule, f.excerpt, f.severity) for f in report.findings if f.rule.startswith(("placeholder", "enumeration"))]
    assert found == [
        (41, "placeholder-deleted-name", "适用于的", "warning"),
        (184, "placeholder-deleted-name", "与的", "warning"),
    ]


def test_clean_real_policy_with_a_contact_lead_in_gets_nothing() -> None:
    report = check_file(str(DATA / "classguardian.zh-Hans.html"), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.rule.startswith(("placeholder", "enumeration"))] == []
