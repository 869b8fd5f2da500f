"""Placeholders of a blind round (fourteenth session, c11q, issue #11): one test per class, both ways.

- a drafting marker left as a parenthesised suffix of the title line: 「RELAY GO 司機端隱私權政策 (草案範本)」 (the title
  of a ride app's policy page, met while searching), 「隐私政策（草稿）」, 「(范本)」, 「(模板)」, "(Draft)", "(template)",
  in a plain-text first line, a Markdown heading, an HTML `<h1>` or the page's `<title>` (no unit holds it),
  `placeholder-drafting` (`cli/policylens/rules/placeholder_drafting/title_marks.py`: two draft words in one bracket, and the
  page title); not a bill cited in a title (「关于《个人信息保护法（草案）》的说明」, 「数据出境安全评估办法（征求意见稿）解读」),
  nor WeChat's 「模板消息」, nor 「範本」 as a product feature;
- an editor's default page title left in an HTML or JSP page's `<title>`: 「在此处插入标题」 (Eclipse's JSP template:
  ten JSP pages met while searching keep it), "Insert title here", "Document", "Untitled", 「无标题文档」, 「新建网页 1」,
  `placeholder-instruction` (`cli/policylens/rules/placeholder_forms.py`), an **error** like the other template text
  the reader sees (the tab of every visitor's browser), reported at the `<title>` line; not a real title that holds
  the word ("Privacy Document"), nor an `<svg>`'s `<title>`, nor front matter's `title:`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders

_BODY = "<p>我们重视您的隐私。本政策说明我们如何收集、使用和保护您的个人信息。</p>"


def _found(tmp_path: Path, text: str, suffix: str) -> list[tuple[int, str, str, str]]:
    return [(f.line, f.rule, f.severity, f.excerpt) for f in _placeholders(tmp_path, text, suffix) if f.rule.startswith("placeholder")]


@pytest.mark.parametrize(
    ("text", "suffix", "line", "excerpt"),
    [
        ("RELAY GO 司機端隱私權政策 (草案範本)\n\n我們重視您的隱私。本政策說明我們如何收集您的個人資料。\n", "txt", 1, "(草案範本)"),
        ("# 隐私政策（草稿）\n\n我们重视您的隐私。\n", "md", 1, "（草稿）"),
        ("# 甲 App 隐私政策 (模板)\n\n我们重视您的隐私。\n", "md", 1, "(模板)"),
        ("# 隱私權政策（範本草案）\n\n我們重視您的隱私。\n", "md", 1, "（範本草案）"),
        (f"<html><head>\n<title>甲公司隐私政策 (范本)</title></head><body><h1>隐私政策</h1>{_BODY}</body></html>", "html", 2, "(范本)"),
        (
            "<html><head>\n<title>Privacy Policy (Draft)</title></head><body><h1>Privacy Policy</h1><p>We collect your email.</p></body></html>",
            "html",
            2,
            "(Draft)",
        ),
        ("<html><body>\n<h1>Privacy Policy (template)</h1><p>We collect your email.</p></body></html>", "html", 2, "(template)"),
    ],
)
def test_a_drafting_marker_in_the_title_line_is_found(tmp_path: Path, text: str, suffix: str, line: int, excerpt: str) -> None:
    found = _found(tmp_path, text, suffix)
    assert any(f[:3] == (line, "placeholder-drafting", "error") and f[3].endswith(excerpt) for f in found), found


@pytest.mark.parametrize(
    ("text", "suffix"),
    [
        ("# 关于《个人信息保护法（草案）》的说明\n\n本文说明草案对本政策的影响。\n", "md"),
        ("# 数据出境安全评估办法（征求意见稿）解读\n\n我们重视您的隐私。\n", "md"),
        (f"<html><head><title>个人信息保护法（草案）的说明</title></head><body>{_BODY}</body></html>", "html"),
        ("# 隐私政策\n\n## 模板消息\n\n我们通过微信模板消息向您发送订单通知。\n", "md"),
        ("# 隱私權政策\n\n## 範本功能\n\n您可以使用範本快速建立履歷。\n", "md"),
        (f"<html><head><title>隐私政策 | 模板消息</title></head><body>{_BODY}</body></html>", "html"),
    ],
)
def test_a_cited_draft_or_a_template_feature_is_silent(tmp_path: Path, text: str, suffix: str) -> None:
    assert [f for f in _found(tmp_path, text, suffix) if f[1] == "placeholder-drafting"] == []


def _page(title: str, body: str = _BODY) -> str:
    return f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="UTF-8">\n<title>{title}</title>\n</head>\n<body>\n<h1>隐私政策</h1>\n{body}\n</body>\n</html>\n'


@pytest.mark.parametrize(
    "title", ["在此处插入标题", "Insert title here", "Document", "Untitled", "无标题文档", "新建网页 1", "在此處插入標題"]
)
@pytest.mark.parametrize("suffix", ["html", "jsp"])
def test_an_editor_default_page_title_is_found(tmp_path: Path, title: str, suffix: str) -> None:
    assert (5, "placeholder-instruction", "error", title) in _found(tmp_path, _page(title), suffix)


@pytest.mark.parametrize(
    "text",
    [
        _page("Privacy Document"),
        _page("隐私政策 - Document Center"),
        _page("甲公司隐私政策", body=f'<svg><title>Document</title><path d="M0 0"/></svg>{_BODY}'),
        _page("甲公司隐私政策", body="<h2>Document</h2><p>本政策所称文档，是指您上传的文件。</p>"),
    ],
)
def test_a_real_title_or_an_svg_title_is_silent(tmp_path: Path, text: str) -> None:
    assert [f for f in _found(tmp_path, text, "html") if f[1] == "placeholder-instruction"] == []


def test_front_matter_title_is_no_page_tab(tmp_path: Path) -> None:
    text = "---\ntitle: Untitled\n---\n\n# 隐私政策\n\n我们重视您的隐私。\n"
    assert [f for f in _found(tmp_path, text, "md") if f[3] == "Untitled"] == []
