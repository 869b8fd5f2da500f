"""Classes of the thirty-seventh session's u37r (eval/blind/round37: policies kept in Swift, Python, Java, SQL, Dart and
mini-program code): each class both ways, and the dev documents as regression cases.

- a Python module's own template syntax (`str.format`'s `{title}`, a Jinja string's `{{ email }}`, `string.Template`'s
  `${address}`), a Kotlin string template's `${…}`, and the `{{ }}` of server-side page templates by design (Jinja
  `.j2`, Go `.gohtml`/`.tmpl`, Handlebars, Twig, Nunjucks) and the single braces of Svelte and Astro pages: filled when the page is made, not a writer's slot; the
  slots written in their text (TODO, 【公司名称】) are still found (`cli/policylens/rules/templates.py`);
- a marker word and the bracket that only glosses it, 「TODO（待填写）」: one slot, one finding
  (`cli/policylens/rules/placeholder_gloss.py`);
- a Swift source's comments are not the policy's text (`cli/policylens/load/swift.py`): a doc comment naming the
  upstream app 「閱讀」 was a false `script-mixed` error on a clean published policy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from policylens.load.swift import blank_comments

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "eval" / "blind" / "round37" / "dev"
PLACEHOLDER = ("placeholder", "enumeration")


def _findings(tmp_path: Path, name: str, text: str, prefix: tuple[str, ...] = PLACEHOLDER) -> list[tuple[str, int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.rule, f.line, f.excerpt) for f in report.findings if f.rule.startswith(prefix)]


# --- a template's own syntax, by the file's extension ---------------------------------------------------------------

_PY_PAGE = (
    'PAGE = """<html><body>\n'
    "<h1>{title}</h1>\n"
    "<p>本政策由 {company} 发布，联系邮箱：{{ email }}，地址：${address}，负责人：{负责人}。</p>\n"
    "<p>我们重视您的个人信息，请您仔细阅读本政策。</p>\n"
    '</body></html>\n"""\n'
)


def test_python_module_own_template_syntax_is_no_slot(tmp_path: Path) -> None:
    assert _findings(tmp_path, "page.py", _PY_PAGE) == []


def test_the_same_fields_in_a_text_file_are_still_slots(tmp_path: Path) -> None:
    found = _findings(tmp_path, "page.txt", _PY_PAGE)
    excerpts = " ".join(f[2] for f in found)
    for slot in ("{title}", "{company}", "{{ email }}", "${address}"):
        assert slot in excerpts, (slot, found)


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("page.py", "<p>联系邮箱：TODO（待填写）</p>"),
        ("page.py", "<p>本服务由XXX公司提供。</p>"),
        ("page.py", "<p>运营方：【公司名称】</p>"),
        ("page.j2", "<p>运营方：【公司名称】，网站：{{ site_name }}</p>"),
        ("page.gohtml", "<p>联系邮箱：【联系邮箱】，{{ .SiteName }}</p>"),
        ("Screen.kt", 'Text("运营方：【公司名称】，版本 ${BuildConfig.VERSION_NAME}")'),
        ("Policy.svelte", "<p>运营方：【公司名称】，{company}</p>"),
        ("Policy.astro", "<p>联系邮箱：xxx@xxx.com，{email}</p>"),
    ],
)
def test_slots_written_in_a_template_file_are_still_found(tmp_path: Path, name: str, line: str) -> None:
    assert _findings(tmp_path, name, f"隐私政策\n\n{line}\n"), line


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("page.j2", "<p>{{ company_name }}（以下简称“我们”）重视您的隐私。</p>"),
        ("page.jinja2", "<p>联系邮箱：{{ contact_email }}</p>"),
        ("page.gohtml", "<p>{{ .SiteName }}隐私政策，联系邮箱：{{ .Email }}</p>"),
        ("page.tmpl", "<p>{{.SiteName}}隐私政策</p>"),
        ("page.hbs", "<p>联系邮箱：{{email}}</p>"),
        ("page.twig", "<p>联系邮箱：{{ contact.email }}</p>"),
        ("Screen.kt", 'Text("联系邮箱：${config.email}，我们将在 15 个工作日内回复。")'),
        ("Policy.svelte", "<p>{company}（以下简称“我们”）重视您的隐私。联系邮箱：{email}</p>"),
        ("Policy.astro", "<p>{company}（以下简称“我们”）重视您的隐私。联系邮箱：{email}</p>"),
    ],
)
def test_server_template_fields_are_no_slots(tmp_path: Path, name: str, line: str) -> None:
    assert _findings(tmp_path, name, f"隐私政策\n\n{line}\n") == [], line


# --- a marker and its gloss ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "excerpt"),
    [
        ("生效日期：TODO（待填写）", "TODO（待填写）"),
        ("联系邮箱：TODO（待补充）", "TODO（待补充）"),
        ("公司名称：待定 （待补充）", "待定 （待补充）"),
    ],
)
def test_a_marker_and_its_gloss_are_one_finding(tmp_path: Path, line: str, excerpt: str) -> None:
    found = _findings(tmp_path, "p.txt", f"隐私政策\n\n{line}\n")
    assert len(found) == 1, found
    assert excerpt in found[0][2]


@pytest.mark.parametrize("line", ["电话：TODO，（待填写）", "地址：TODO（下一版再定）"])
def test_a_marker_apart_from_or_not_glossed_by_the_bracket_is_not_joined(tmp_path: Path, line: str) -> None:
    found = _findings(tmp_path, "p.txt", f"隐私政策\n\n{line}\n")
    assert found, line
    assert all("TODO（" not in f[2] for f in found), found


# --- a Swift source's comments ------------------------------------------------------------------------------------


def test_swift_comments_are_blanked_keeping_lines_and_literals() -> None:
    src = '/// 閱讀 upstream\nlet a = "https://example.com" // 注释\n/* 块\n注释 */ let b = """\n正文 // 不是注释\n"""\n'
    out = blank_comments(src)
    assert len(out) == len(src)
    assert out.count("\n") == src.count("\n")
    assert "閱讀" not in out and "注释" not in out.split('"""')[0] and "块" not in out
    assert '"https://example.com"' in out and "正文 // 不是注释" in out


def test_swift_comment_is_not_policy_text_but_its_literals_are(tmp_path: Path) -> None:
    src = (
        "import SwiftUI\n\n"
        "/// 上游应用「閱讀」的网页不再引用。\n"
        "struct Policy {\n"
        '    let body = "我们非常重视你的隐私。本政策说明我们如何处理你的数据，你使用本应用即表示你阅读并理解本政策。"\n'
        '    let contact = "联系邮箱：【联系邮箱】"\n'
        "}\n"
    )
    found = _findings(tmp_path, "Policy.swift", src, ("script-mixed", "placeholder"))
    assert [f for f in found if f[0] == "script-mixed"] == [], found
    assert any(f[0].startswith("placeholder") and f[1] == 6 for f in found), found
    as_text = _findings(tmp_path, "Policy.txt", src, ("script-mixed",))
    assert as_text, "the same comment in a plain-text file is still read"


# --- the dev documents ------------------------------------------------------------------------------------------------


def test_dev_swift_footer_todo_is_one_finding_a_line() -> None:
    report = check_file(str(DEV / "huami-swift" / "LegalDocumentView.swift"), CheckOptions(no_config=True))
    found = sorted((f.line, f.excerpt) for f in report.findings if f.rule.startswith("placeholder"))
    assert [line for line, _ in found] == [32, 33], found


def test_dev_swift_policy_comment_is_not_read() -> None:
    report = check_file(str(DEV / "moyue-swift" / "MoYueLegalDocument.swift"), CheckOptions(no_config=True))
    assert [f for f in report.findings if f.line == 6] == []
    assert [f for f in report.findings if f.rule.startswith("placeholder")] == []
