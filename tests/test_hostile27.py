"""Hostile input, round 27 (u27h): each test names its class, with the look-alikes that must stay as they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import cli, parse_string
from policylens.load.html import tags
from policylens.load.jsx import components


def _texts(text: str, suffix: str) -> tuple[list[str], list[str]]:
    doc = parse_string(text, suffix)
    return [p.text for s in doc.sections for p in s.paragraphs], list(doc.warnings)


@pytest.mark.parametrize(
    ("inner", "tag"),
    [
        ("<noembed>您的瀏覽器不支援嵌入內容。</noembed>", "noembed"),
        ("<noframes><body><p>您的瀏覽器不支援框架，請升級瀏覽器。</p></body></noframes>", "noframes"),
        ("<p>上傳進度<progress value='70' max='100'>百分之七十</progress>。</p>", "progress"),
        ("<p>密碼強度<meter value='0.6'>60%</meter>。</p>", "meter"),
        ("<p>城市：<input list='c'><datalist id='c'><option>台北市</option><option>新北市</option></datalist></p>", "datalist"),
    ],
)
def test_fallback_and_suggestions_a_browser_never_shows_are_not_policy_text(inner: str, tag: str) -> None:
    """Class: text a browser shows only without plug-ins, frames, a bar or a gauge (<noembed>, <noframes>, <progress>,
    <meter>), or never (a <datalist>'s options), was read as a sentence of the policy and run into the text around it
    (「城市：台北市新北市」); it is skipped with a warning naming the element, as <video> fallback is."""
    page = f"<html><body><h1>隱私權政策</h1><p>我們收集您的姓名。</p>{inner}<p>我們保存五年。</p></body></html>"
    texts, warnings = _texts(page, ".html")
    joined = "".join(texts)
    assert "我們收集您的姓名。" in texts and "我們保存五年。" in texts
    assert not any(word in joined for word in ("不支援", "百分之七十", "60%", "台北市"))
    assert any(f"<{tag}>" in w and "is not read" in w for w in warnings)


@pytest.mark.parametrize("name", ["Progress", "Meter", "Video", "Audio", "Canvas", "Datalist"])
def test_a_component_named_like_a_skipped_element_is_still_read(name: str) -> None:
    """The look-alike: a React or Vue component `<Progress>`, `<Video>` renders its children, as `<Script>` does."""
    jsx_page = f"export default function P() {{\n  return (\n    <div>\n      <h1>隱私權政策</h1>\n      <{name}>我們收集您的姓名。</{name}>\n    </div>\n  );\n}}\n"
    vue_page = f"<template>\n  <div>\n    <h1>隱私權政策</h1>\n    <{name}>我們收集您的姓名。</{name}>\n  </div>\n</template>\n"
    for page, suffix in ((jsx_page, ".jsx"), (vue_page, ".vue")):
        texts, warnings = _texts(page, suffix)
        assert "我們收集您的姓名。" in texts, (suffix, texts, warnings)


def test_every_element_the_html_reader_skips_is_a_block_as_a_component() -> None:
    """One list kept in step with the other: a component named like a skipped element (but <svg>, whose React
    components draw, and a mini-program's <wxs>/<sjs>) renders its children."""
    assert tags._SKIP_TAGS - {"svg", "wxs", "sjs"} <= components._RAW_ELEMENTS


def test_text_marked_deleted_is_not_read_as_the_policy() -> None:
    """Class: a redline's struck-through wording (<del>, <s>, <strike>) was read into its sentence: 「我們<del>不</del>
    <ins>會</ins>分享」 read 「我們不會分享」, the opposite of the page's text.  It is skipped with a warning, as a DOCX's
    tracked deletion is; the inserted text (<ins>) and every other inline element stay."""
    page = (
        "<html><body><h1>隱私權政策</h1><p>我們<del>不</del><ins>會</ins>分享您的資料<s>給廣告商</s>。</p>"
        "<p>保存<strike>十</strike>五年，<u>依法</u><mark>辦理</mark>。</p></body></html>"
    )
    texts, warnings = _texts(page, ".html")
    assert texts == ["我們會分享您的資料。", "保存五年，依法辦理。"]
    assert [w.split(" (")[0] for w in warnings] == [f"line 1: the text inside <{tag}>" for tag in ("del", "s", "strike")]


def test_a_diff_report_read_back_gives_the_new_version(tmp_path: Path) -> None:
    """The unlucky user: policylens' own `diff -f html` report, saved and checked as a policy, read both sides."""
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text("# 隱私權政策\n\n我們不會分享您的資料。\n", encoding="utf-8")
    new.write_text("# 隱私權政策\n\n我們會分享您的資料。\n", encoding="utf-8")
    report = tmp_path / "r.html"
    assert cli("diff", str(old), str(new), "-f", "html", "-o", str(report)).returncode == 1
    texts, _ = _texts(report.read_text(encoding="utf-8"), ".html")
    assert not any("不會分享" in text for text in texts) and any("會分享您的資料" in text for text in texts)


def test_policylens_reports_written_into_a_checked_folder_are_skipped(tmp_path: Path) -> None:
    """Class: `diff -f html|markdown -o policies/…` or `compare -f html|markdown -o policies/…` written into the folder
    a later `check policies/` scans was checked as a policy: the new version's findings counted twice (exit 1 on a
    report), the struck old words with them.  A folder scan skips policylens' own reports with one note; named, a report
    is read as any file is, and a page or a Markdown file that only mentions policylens is a policy as before."""
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "a.md").write_text("# 隱私權政策\n\n我們不會分享您的資料。\n", encoding="utf-8")
    (folder / "b.md").write_text("# 隱私權政策\n\n我們會分享您的資料。【公司名稱】\n", encoding="utf-8")
    editions = tmp_path / "editions"
    editions.mkdir()
    for date in ("2024-01-01", "2025-01-01"):
        (editions / f"zh-TW.{date}.md").write_text("# 隱私權政策\n\n我們收集您的姓名。\n", encoding="utf-8")
    for fmt, suffix in (("html", "html"), ("markdown", "md")):
        cli("diff", str(folder / "a.md"), str(folder / "b.md"), "-f", fmt, "-o", str(folder / f"redline.{suffix}"))
        cli("compare", str(editions), "-f", fmt, "-o", str(folder / f"compare.{suffix}"))
    # look-alikes: a policy page titled after the tool, a Markdown policy that quotes a report's heading
    (folder / "tool.html").write_text(
        "<!DOCTYPE html><html><head><title>policylens 隱私權政策</title></head><body><p>我們收集您的姓名。</p></body></html>",
        encoding="utf-8",
    )
    (folder / "notes.md").write_text("# 隱私權政策\n\n## Policy changes\n\n我們收集您的姓名。\n", encoding="utf-8")
    result = cli("check", str(folder), "-f", "json")
    checked = sorted(Path(entry["path"]).name for entry in json.loads(result.stdout)["files"])
    assert checked == ["a.md", "b.md", "notes.md", "tool.html"], result.stderr
    assert "4 policylens reports in the scanned folders were skipped" in result.stderr
    named = cli("check", str(folder / "redline.html"), "-f", "json")
    assert [Path(entry["path"]).name for entry in json.loads(named.stdout)["files"]] == ["redline.html"]


def test_a_template_literal_child_of_a_react_page_is_read() -> None:
    """Class: JSX text written as a template literal (「<p>{`我們保存五年。`}</p>」, as one writes text holding quotes)
    was blanked as code, its text dropped without a word, where `{'…'}` was read.  It is read as a string literal is;
    its `${…}` substitutions stay code, and an English literal, a key or an attribute's template stay code too."""
    page = (
        "export default function Privacy({ company }) {\n  return (\n    <main>\n      <h1>隱私權政策</h1>\n"
        "      <p>{`我們保存五年。`}</p>\n"
        "      <p>{`本公司（${company.name}）收集您的「姓名」。`}</p>\n"
        "      <p className={`title ${x}`}>{`Back ${home}`}</p>\n"
        "      <p>{t(`privacy.${key}`)}</p>\n"
        "    </main>\n  );\n}\n"
    )
    doc = parse_string(page, ".jsx")
    assert [(p.line, p.text) for s in doc.sections for p in s.paragraphs] == [
        (5, "我們保存五年。"),
        (6, "本公司（）收集您的「姓名」。"),
    ]


def test_html_a_react_page_sets_with_dangerously_set_inner_html_is_named() -> None:
    """Class: an element's text given as `dangerouslySetInnerHTML={{ __html: '<p>…</p>' }}` is an attribute, blanked as
    code: its text was dropped without a word.  A warning names its line; a <style>'s CSS and an English string do not
    warn."""
    page = (
        "export default function Privacy() {\n  return (\n    <main>\n      <h1>隱私權政策</h1>\n"
        "      <p>我們收集您的姓名。</p>\n"
        "      <div dangerouslySetInnerHTML={{ __html: '<p>第三方服務：某某分析。</p>' }} />\n"
        "      <style dangerouslySetInnerHTML={{ __html: 'p.標題 { color: red }' }} />\n"
        "      <div dangerouslySetInnerHTML={{ __html: html }} />\n"
        "    </main>\n  );\n}\n"
    )
    texts, warnings = _texts(page, ".jsx")
    assert texts == ["我們收集您的姓名。"]
    assert [w for w in warnings if "dangerouslySetInnerHTML" in w] == ["line 6: the HTML set by dangerouslySetInnerHTML (code) is not read"]


def test_container_fences_of_a_docs_site_are_not_text() -> None:
    """Class: markdown-it-container fences (VitePress `::: tip`, Docusaurus `:::note`, a language switch's `::: zh-CN`)
    were read into the box's first paragraph (「::: zh-CN我们非常重视您的隐私。」, eval/precision16 openlist-privacy-bi)
    and the closing `:::` was a paragraph of its own.  A closed container's fences are blank; look-alikes stay: a fence
    with a title (its title is shown), one never closed, fences inside a code block, a line of colons alone."""
    text = (
        "# 隐私政策\n\n::: zh-CN\n我们非常重视您的隐私。\n:::\n\n:::note\n\n- 我们不收集个人信息。\n\n:::\n\n"
        "::::tip 提醒\n请妥善保管您的密码。\n::::\n\n```\n::: en\n:::\n```\n\n::::::\n\n::: warning\n未关闭的提示。\n"
    )
    texts, _ = _texts(text, ".md")
    assert texts == [
        "我们非常重视您的隐私。",
        "- 我们不收集个人信息。",
        "::::tip 提醒请妥善保管您的密码。",
        "::::",
        "::: en\n:::",
        "::::::",
        "::: warning未关闭的提示。",
    ]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("## 数据保留 {#data-retention}", "数据保留"),
        ("## 一、蒐集 {#collect .x}", "一、蒐集"),
        ('## 隐私政策 { lang="zh-CN" }', "隐私政策"),
        ("## 四、其他 {-}", "四、其他"),
        ("## 五、補充 {#x} ##", "五、補充"),
        ("## 六、說明 {: #kramdown}", "六、說明"),
        # look-alikes: a slot in braces, a template's variable, braces inside the title
        ("## 三、聯絡 {公司名稱}", "三、聯絡 {公司名稱}"),
        ("## 三、聯絡 {name}", "三、聯絡 {name}"),
        ("## {#x} 三、聯絡", "{#x} 三、聯絡"),
    ],
)
def test_a_heading_s_attributes_are_not_its_title(heading: str, title: str) -> None:
    """Class: heading attributes written without kramdown's colon (Pandoc, markdown-it-attrs, VitePress, Hugo: 「## 数据保留
    {#data-retention}」, 「{ lang="zh-CN" }」) were part of the section's title (eval/dev22d vue-md-*, eval/profiles
    e8-tablepro-*, eval/precision16 openlist-privacy-bi)."""
    doc = parse_string(f"# 隱私權政策\n\n{heading}\n\n我們收集您的姓名。\n", ".md")
    assert [s.title for s in doc.sections if s.level == 1] == [title]
