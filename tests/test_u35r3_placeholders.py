"""Slots Word leaves in a DOCX and a look-alike of a clean Word agreement (thirty-fifth session, u35r3; issue #11).

- An underlined run of spaces or tabs is the blank a Word form draws (「请发送邮件至[u]␣␣␣␣[/u]与我们联系」,
  「联系电话：[u]⇥⇥⇥[/u]」): read as 「＿」, so the placeholder rules see the blank (`load/docx/blanks.py`).  Not a blank:
  the spaces of an underlined phrase, one underlined space, `words` underline, a paragraph of nothing but a line.
- A conjunction an editor set in angle brackets inside a sentence (「继承（…除外）<或>在第三方平台上」, round35c's
  yujia-terms, a false error on the first run) is no slot; <公司名称> still is.

Files are built with python-docx; the real documents are in `eval/blind/round35c/dev/`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file

docx = pytest.importorskip("docx")
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ROUND = ROOT / "eval" / "blind" / "round35c" / "dev"
PLACEHOLDER = ("placeholder", "enumeration")


def _findings(path: Path) -> list[tuple[str, int, str, str]]:
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.rule, f.line, f.excerpt, f.severity) for f in report.findings if f.rule.startswith(PLACEHOLDER)]


def _docx(tmp_path: Path, *paragraphs: list[tuple[str, str]]) -> Path:
    """A DOCX of paragraphs, each a list of runs (text, look): look "u" underlined, "w" underlined words only,
    "tab" underlined tabs (the text is their count), "" plain.  Paragraph k is line k (no title paragraph)."""
    document = docx.Document()
    for runs in paragraphs:
        para = document.add_paragraph()
        for text, look in runs:
            if look == "tab":
                run = para.add_run()
                run.underline = True
                for _ in range(int(text)):
                    run._r.append(OxmlElement("w:tab"))
                continue
            run = para.add_run(text)
            if look == "u":
                run.underline = True
            elif look == "w":
                line = OxmlElement("w:u")
                line.set(qn("w:val"), "words")
                run._r.get_or_add_rPr().append(line)
    path = tmp_path / "policy.docx"
    document.save(str(path))
    return path


def _error_lines(findings: list[tuple[str, int, str, str]]) -> set[int]:
    return {line for _, line, _, severity in findings if severity == "error"}


# --- an underlined blank ------------------------------------------------------------------------------------------


def test_underlined_spaces_inside_a_sentence_are_a_blank(tmp_path: Path) -> None:
    path = _docx(
        tmp_path,
        [("本隐私政策由", ""), ("\u3000" * 8, "u"), ("（以下简称“我们”）制定。", "")],
        [("如您有任何问题，请发送邮件至", ""), (" " * 16, "u"), ("与我们联系。", "")],
    )
    findings = _findings(path)
    assert _error_lines(findings) == {1, 2}
    assert all("＿＿" in excerpt for _, _, excerpt, _ in findings)


def test_underlined_blank_at_the_end_of_a_field_is_a_blank(tmp_path: Path) -> None:
    path = _docx(
        tmp_path,
        [("我们的注册地址为：", ""), (" " * 8, "u")],
        [("联系电话：", ""), ("3", "tab")],
        [("一个工作日内回复，最迟不超过", ""), ("\t", "u"), ("日。", "")],
    )
    assert _error_lines(_findings(path)) == {1, 2, 3}


def test_underlined_words_and_phrase_spaces_are_no_blank(tmp_path: Path) -> None:
    path = _docx(
        tmp_path,
        [("请阅读", ""), ("重要条款", "u"), ("，尤其是加粗划线的内容。", "")],
        [("我们将在", ""), ("15", "u"), ("个工作日内回复。", "")],
        [("请您", ""), ("特别注意", "u"), ("  ", "u"), ("免除责任的条款", "u"), ("。", "")],
        [("本协议的", ""), ("  ", "w"), ("签订地为上海市。", "")],
        [("联系邮箱：privacy@yujiacun.net", ""), (" ", "u")],
        [(" " * 30, "u")],
    )
    assert _findings(path) == []


def test_underlined_blank_reads_as_the_line_word_draws(tmp_path: Path) -> None:
    from helpers import parse_path

    path = _docx(tmp_path, [("联系邮箱：", ""), ("  ", "u"), ("，电话：", ""), ("1", "tab")], [("请阅读", ""), ("重要条款", "u")])
    texts = [p.text for s in parse_path(path).sections for p in s.paragraphs]
    assert texts == ["联系邮箱：＿＿，电话：＿＿", "请阅读重要条款"]


# --- a conjunction in angle brackets ------------------------------------------------------------------------------


def test_conjunction_in_angle_brackets_inside_a_sentence_is_no_slot(tmp_path: Path) -> None:
    path = tmp_path / "terms.md"
    path.write_text(
        "# 用户协议\n\n您的账户不得以任何方式转让、继承（与账户相关的财产权益除外）<或>在第三方平台上进行展示或售卖。\n\n"
        "您可以通过电子邮件<和>客服电话与我们联系。\n",
        encoding="utf-8",
    )
    assert _findings(path) == []


def test_angle_slot_naming_a_field_is_still_a_slot(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text("# 隐私政策\n\n本政策由<公司名称>制定，联系电话<联系电话>。\n", encoding="utf-8")
    assert {(rule, line) for rule, line, _, _ in _findings(path)} == {("placeholder-instruction", 3)}


def test_round35c_yujia_terms_has_no_false_error() -> None:
    assert _findings(ROUND / "yujia-terms-docx" / "terms.DOCX") == []


def test_round35c_dev_documents_have_no_placeholder_finding() -> None:
    for document in sorted(ROUND.glob("*/*")):
        if document.name != "annotation.json":
            assert _findings(document) == [], document


# --- a Word comment asking the author to fill ---------------------------------------------------------------------


def _commented(tmp_path: Path, *notes: tuple[str, str]) -> Path:
    """A DOCX of paragraphs (text, the Word comment attached to the paragraph or "")."""
    document = docx.Document()
    for text, note in notes:
        para = document.add_paragraph(text)
        if note:
            document.add_comment(para.runs, text=note, author="审阅人")
    path = tmp_path / "commented.docx"
    document.save(str(path))
    return path


def test_word_comment_asking_to_fill_is_a_drafting_note(tmp_path: Path) -> None:
    path = _commented(
        tmp_path,
        ("我们会在15个工作日内回复您的请求。", ""),
        ("本政策由深圳市云帆信息技术有限公司制定。", "请填写公司全称，上线前法务确认"),
        ("联系邮箱：privacy@yujiacun.net", "TODO: 换成正式邮箱"),
    )
    found = [(rule, line, severity) for rule, line, _, severity in _findings(path)]
    assert found == [("placeholder-comment", 2, "warning"), ("placeholder-comment", 3, "warning")]
    report = check_file(str(path), CheckOptions(no_config=True))
    assert any(f.message.startswith("Word 批注中留有草稿说明") for f in report.findings)


def test_word_comment_without_a_request_is_no_note(tmp_path: Path) -> None:
    path = _commented(
        tmp_path,
        ("我们会在15个工作日内回复您的请求。", "这段写得很清楚"),
        ("联系邮箱：privacy@yujiacun.net", "已与客服核对，邮箱可用"),
    )
    assert _findings(path) == []
