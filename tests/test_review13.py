"""Defects a fresh-eyes review (rv13b) found in the thirteenth session's merge, each kept as a test.

- placeholder-drafting: a draft word is a drafting note only when it is what the text *is* (本文為草稿), not a draft the
  text is about (「本文为对草案第三条的说明」, 「本文是草案阶段意见征集的回应说明」), and 正在起草/仍在编写 only when the text
  itself is being written, not in a relative clause (「本政策正在起草的新版本将于下月发布」);
- placeholder-instruction: a field's name given as its value (「平台：App名称。」) only under the policy's own subject
  (平台, 本应用…), not in a list of fields collected (「应用：应用名称，版本：版本号」);
- profiles: an English word's rest is bounded (linear) but not possessive, so a stem glued to Chinese text still
  reaches its object (「您可以随时withdraw您的consent。」);
- Markdown headings: a component's tag pair (`<Badge>新</Badge>`) goes as a pair, never only its closing tag;
- (rv13a) page lines: 「您的权利」 after a contact field is a title, not a contact block's tail (the tail is a sentence:
  「我们会尽快处理您的反馈」); 「Copyright」 and 「版权所有与知识产权」 alone are titles (a copyright line has © or a year,
  or ends with 版权所有); 「V2.0 更新说明」 is a title (a bare version is a page line alone or before a date).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file
from policylens.load.document import read_document

_FRAME = "# 隐私政策\n\n## 一、说明\n\n{}\n\n生效日期：2024年1月1日\n"


def _errors(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "policy.md"
    path.write_text(_FRAME.format(text), encoding="utf-8")
    return [(f.rule, f.excerpt) for f in check_file(str(path), CheckOptions()).findings if f.severity == "error"]


@pytest.mark.parametrize(
    "text",
    [
        "本文为对草案第三条的说明。",
        "本文系依据征求意见稿修改后的正式稿。",
        "本文是草案阶段意见征集的回应说明，而非草案本身。",
        "本文件系根据个人信息保护法草案说明撰写的正式文本。",
        "本政策正在起草的新版本将于下月发布，届时我们将通知您。",
        "该文件仍在编写中的附件不影响本政策效力。",
        "我们会收集应用信息（应用：应用名称，版本：版本号）。",
        "设备信息：设备型号；应用：应用名称；网络：网络类型。",
        "- 产品：产品名称，",
        "软件：软件名称，版本号：1.0",
    ],
)
def test_finished_sentences_are_no_error(tmp_path: Path, text: str) -> None:
    assert _errors(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("本文为草稿，尚待正式复核后生效。", "placeholder-drafting"),
        ("此政策尚未完成编写，目前不具有任何效力。", "placeholder-drafting"),
        ("本政策为草案。", "placeholder-drafting"),
        ("本文档是本公司隐私政策草案，仅供内部讨论。", "placeholder-drafting"),
        ("平台：App名称。", "placeholder-instruction"),
        ("本应用：应用名称。", "placeholder-instruction"),
    ],
)
def test_drafting_notes_and_slots_are_still_errors(tmp_path: Path, text: str, rule: str) -> None:
    assert [r for r, _ in _errors(tmp_path, text)] == [rule]


def test_an_english_stem_glued_to_chinese_still_covers(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text(
        "# Privacy Policy\n\n## Consent\n\n您可以随时withdraw您的consent。\n\n## Sharing\n\n我们可能会share您的信息给我们的partners和affiliates。\n",
        encoding="utf-8",
    )
    missing = {f.item for f in check_file(str(path), CheckOptions(profiles=("eu-gdpr",))).findings if f.rule == "disclosure-missing"}
    assert "eu-gdpr/withdraw-consent" not in missing and "eu-gdpr/recipients" not in missing
    assert "eu-gdpr/dpo" in missing  # (the profile ran)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("## 数据收集 <Badge>新</Badge>", "数据收集 新"),
        ("## 权利 <svg></svg>", "权利"),
        ('## 标题 <x-badge class="a">新</x-badge>', "标题 新"),
        ("## 标题 </x-badge>", "标题"),
        ("## 联系 <YOUR EMAIL>", "联系 <YOUR EMAIL>"),
        ("### <all_urls> 主机权限", "<all_urls> 主机权限"),
    ],
)
def test_a_heading_loses_a_tag_pair_never_half_of_it(tmp_path: Path, heading: str, title: str) -> None:
    path = tmp_path / "policy.md"
    path.write_text(f"# 隐私政策\n\n{heading}\n\n正文。\n", encoding="utf-8")
    assert [s.title for s in read_document(str(path)).sections] == [title]


# rv13a: a page line (version, copyright, contact tail) is dropped as a title only when it is one whole
_PAGE = "某某App隐私政策\n\n引言\n欢迎使用某某App。我们非常重视您的个人信息保护。\n\n联系我们\n邮箱：privacy@example.com\n\n{}\n{}\n"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("您的权利", "您可以随时访问、更正或删除您的个人信息。"),
        ("如您对本政策有疑问", "请通过上述方式联系我们，我们将在十五个工作日内答复。"),
        ("Copyright", "本应用中的所有内容均受著作权法保护，未经许可不得转载。"),
        ("版权所有与知识产权", "本应用的内容受法律保护。"),
        ("V2.0 更新说明", "本次更新增加了对未成年人信息的保护条款。"),
    ],
)
def test_titles_that_look_like_page_lines_stay_titles(tmp_path: Path, line: str, body: str) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(_PAGE.format(line, body), encoding="utf-8")
    assert line in [s.title for s in read_document(str(path)).sections]


@pytest.mark.parametrize(
    "line",
    [
        "我们会尽快处理您的反馈",
        "© 2025 某某App 版权所有",
        "某某科技有限公司 版权所有",
        "Copyright 2021 Plus One",
        "V1.2 · 2024年1月1日",
        "版本：V1.2",
    ],
)
def test_page_lines_are_no_titles(tmp_path: Path, line: str) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(_PAGE.format(line, "本次更新增加了对未成年人信息的保护条款。"), encoding="utf-8")
    assert line not in [s.title for s in read_document(str(path)).sections]


# rv13c: what the third review of the merge found
_CHROME_PAGE = (
    '<html><head><title>快记隐私政策</title></head><body>\n<nav><a href="/">首页</a></nav>\n'
    '<aside class="sidebar"><p>{}</p></aside>\n<h1>快记隐私政策</h1>\n<h2>一、我们收集的信息</h2>\n'
    "<p>我们收集您的设备信息，用于提供服务。</p>\n<h2>二、联系我们</h2>\n<p>邮箱：privacy@kuaiji.cn</p>\n"
    "<footer><p>{}</p></footer>\n</body></html>\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("要点：共享给合作伙伴", "要点：出售给合作伙伴"),
        ("保存期限：六个月", "保存期限：三年"),
        ("主办单位：快记科技", "主办单位：慢记科技"),
        ("数据保护官：张三", "数据保护官：李四"),
        ("Operated by Kuaiji Tech", "Operated by Manji Tech"),
        ("我们收集您的通讯录", "我们收集您的通讯录和短信"),
    ],
)
def test_a_sidebar_or_footer_line_with_substance_is_compared(tmp_path: Path, old: str, new: str) -> None:
    from policylens.diff import diff_documents

    a, b = tmp_path / "a.html", tmp_path / "b.html"
    a.write_text(_CHROME_PAGE.format(old, old), encoding="utf-8")
    b.write_text(_CHROME_PAGE.format(new, new), encoding="utf-8")
    report = diff_documents(read_document(str(a)), read_document(str(b)))
    shown = [c for s in report.sections for c in s.changes]
    assert len(shown) == 2 and sum(s.chrome for s in report.sections) == 0


def test_menu_entries_are_still_chrome(tmp_path: Path) -> None:
    from policylens.diff import diff_documents

    a, b = tmp_path / "a.html", tmp_path / "b.html"
    a.write_text(_CHROME_PAGE.format("首页 产品", "关于我们"), encoding="utf-8")
    b.write_text(_CHROME_PAGE.format("首页 产品 博客", "关于我们 加入我们"), encoding="utf-8")
    report = diff_documents(read_document(str(a)), read_document(str(b)))
    assert not [c for s in report.sections for c in s.changes] and sum(s.chrome for s in report.sections) > 0


def test_a_filled_vue_page_names_the_interpolations_it_could_not_fill(tmp_path: Path) -> None:
    page = tmp_path / "privacy.vue"
    page.write_text(
        '<template>\n  <div>\n    <h1>快记隐私政策</h1>\n    <p v-for="p in paras">{{ p }}</p>\n    <p>{{ contact }}</p>\n'
        "    <p>{{ retention }}</p>\n  </div>\n</template>\n<script>\nexport default {\n  props: { contact: String },\n"
        "  data() { return { paras: ['更新日期：2025年3月1日', '我们收集您的手机号码，用于注册登录。'] } },\n"
        "  computed: { retention() { return '我们保存您的信息六个月。' } }\n}\n</script>\n",
        encoding="utf-8",
    )
    doc = read_document(str(page))
    assert "我们收集您的手机号码，用于注册登录。" in [p.text for s in doc.sections for p in s.paragraphs]
    # (u46l) an Options-API computed value that returns one string literal is what the page shows there, and is read
    # (`vue_data._Script._method_literal`); the prop is still named as not filled
    assert "我们保存您的信息六个月。" in [p.text for s in doc.sections for p in s.paragraphs]
    assert [w for w in doc.warnings if "1 {{ }} interpolation not filled" in w and "lines 5" in w]
    page.write_text(
        page.read_text(encoding="utf-8").replace("return '我们保存您的信息六个月。'", "return this.days + '天'"), encoding="utf-8"
    )
    doc = read_document(str(page))
    assert [w for w in doc.warnings if "2 {{ }} interpolations not filled" in w and "lines 5, 6" in w]


@pytest.mark.parametrize(
    "text",
    [
        "| 发帖 | [实名] |\n| 评论 | [匿名] |\n| 网站 | [域名] |",
        "注册时请输入您的邮箱（如 your@email.com）。",
        "输入框中的灰色提示文字“your@email.com”仅为示意。",
        'The field shows a hint "your@email.com".',
    ],
)
def test_values_and_samples_are_no_slots(tmp_path: Path, text: str) -> None:
    body = f"| 功能 | 方式 |\n|---|---|\n{text}" if text.startswith("|") else text
    assert _errors(tmp_path, body) == []


def test_generic_cells_and_a_bare_template_mailbox_are_still_slots(tmp_path: Path) -> None:
    body = "| 功能 | 方式 |\n|---|---|\n| 统计 | [服务名] |\n| 类型 | [数据类型] |\n\n联系邮箱：your@email.com"
    assert [r for r, _ in _errors(tmp_path, body)] == ["placeholder-instruction"] * 3
