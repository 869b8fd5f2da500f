"""Sixty-first session (lead, issue #14 / the quality bar's "nothing of the text is silently dropped"): a document kept as
a script constant shows a closing line after its sections (`footer: '点击「同意」表示…若不同意，您将无法使用…'`): read as
the last paragraph, at its line (`load.script_data._TAIL_FIELDS`).  Before, the reader took the title, the lead fields
and the sections and dropped the footer (eval/profiles61p wuliu-zh: its effect of not providing the data was lost,
named only by the count of unread literals)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from helpers import parse_path
from parse_helpers import paragraph_texts, parse_file

_SECTIONS = """  sections: [
    { title: '一、我们收集的信息', body: '我们收集您主动提交的反馈内容和联系方式，用于核实并回复您的反馈，不会用于其他目的。' },
    { title: '二、信息的存储', body: '您的信息存储在中国境内的服务器上，保存至您注销账号后三十日内删除，法律另有规定的除外。' },
    { title: '三、信息的共享', body: '我们不会向任何第三方出售、出租或提供您的个人信息，法律法规另有规定或经您单独同意的除外。' },
    { title: '四、您的权利', body: '您可以随时通过小程序内的反馈入口查询、更正或删除您的个人信息，我们将在十五个工作日内处理。' },
  ],
"""
_CLOSING = "点击「同意并继续」表示您已阅读并同意上述规则。若不同意，您将无法使用查询功能。"


@pytest.mark.parametrize("field", ["footer", "closing", "conclusion"])
def test_a_closing_field_is_the_last_paragraph(tmp_path: Path, field: str) -> None:
    source = f"const PRIVACY = {{\n  title: '隐私政策',\n  intro: '感谢使用本小程序。',\n{_SECTIONS}  {field}:\n    '{_CLOSING}'\n}};\nmodule.exports = {{ PRIVACY }};\n"
    doc = parse_file(tmp_path, "privacy.js", source)
    texts = paragraph_texts(doc)
    assert texts[-1] == _CLOSING, texts
    assert texts.count(_CLOSING) == 1
    last = [p for s in doc.sections for p in s.paragraphs][-1]
    assert last.line == 11  # the string's own line, not the field name's


@pytest.mark.parametrize("footer", ["''", "true", "'v1.0'", "FOOTER_TEXT"])
def test_a_footer_that_is_no_prose_stays_out(tmp_path: Path, footer: str) -> None:
    """An empty footer, a flag, a version label or a name is no paragraph (as a lead field of that shape is none)."""
    source = f"const PRIVACY = {{\n  title: '隐私政策',\n  intro: '感谢使用本小程序。在您开始使用前，请仔细阅读并了解我们如何收集、使用、存储和保护您的个人信息。',\n{_SECTIONS}  footer: {footer},\n}};\n"
    texts = paragraph_texts(parse_file(tmp_path, "privacy.js", source))
    assert texts[-1].startswith("您可以随时通过小程序内的反馈入口")


def test_a_footer_of_an_object_that_is_no_document_stays_out(tmp_path: Path) -> None:
    """Only a document object's footer: an app config's footer text is not made policy text by this reader."""
    source = "const CONFIG = {\n  footer: '若不同意，您将无法使用查询功能，但可以随时关闭小程序。',\n  theme: 'dark',\n};\n"
    doc = parse_file(tmp_path, "config.js", source)
    assert [s.title for s in doc.sections if s.title] == []  # no document read: the script stays as it was read before
    assert "若不同意，您将无法使用查询功能，但可以随时关闭小程序。" not in paragraph_texts(doc)


def test_wuliu_footer_regression() -> None:
    doc = parse_path(ROOT / "eval/profiles61p/docs/wuliu-zh/privacy.js")
    texts = paragraph_texts(doc)
    assert any(t.startswith("点击「同意并继续」表示您已阅读并同意上述规则。若不同意，您将无法使用查询功能") for t in texts), texts[-3:]
