"""Heading classes of the twenty-second session (s22g), found on eval/dev22g (plain text, PDF text, DOCX).

1. Page numbers of a PDF's text: each page's number alone on a line joined the heading above it
   (「七、 您如何管理您的个人信息11」) and hid the title of a policy whose first page is numbered.  A run of three or
   more bare numbers n, n+1, n+2 … a page apart is read as blank lines.  Real file:
   eval/dev22g/dev/rookie-pdf/隐私政策.pdf.txt (and emmm-pdf).
2. A top-level section title of 21–30 characters (「五、 第三方产品或服务如何获得您的个人信息」) directly above its
   hard-wrapped paragraph ran into it: only titles of up to 20 characters were split off.  A 「五、」 or 「第五条」
   title is now split when the line below is clearly longer (a wrapped sentence's first line is as wide as the next).
   Real file: eval/dev22g/dev/rookie-pdf/隐私政策.pdf.txt line 210.
3. Spaces inside a parenthesised Chinese ordinal (「（ 三 ）公开披露」, 「（七 ）…」, from a justified PDF line) hid its number:
   the heading was levelled as a plain title (level 1 or 3 beside its （二） siblings at level 2).
   Real file: eval/dev22g/dev/emmm-pdf/隐私政策.pdf.txt.
4. A bracketed label line 「【前言】」 right under a field line (the effective date 「生效日期：…」) joined the field's
   block and was no heading.  Only under a field: a bracketed phrase of a wrapped sentence stays in it.
   Real file: eval/dev22g/dev/shr-pdf/隐私政策.pdf.txt line 6.
5. Titles: an untitled plain text that opens with its date field (「生效日期：2026.06.22」) had the date as its title
   (eval/dev22g/dev/waskkal-txt/隐私条款.txt); a DOCX whose title is a large centred Normal paragraph (「《隐私政策》」)
   above sections in a Heading style had no title (eval/dev22g/dev/emmm-docx/寅虎游戏隐私政策.docx).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_path, parse_string

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev22g" / "dev"

_WRAPPED = "我们会在您使用本应用的过程中按照本政策的约定收集和使用必要的个人信息，并采取"


def _pdf_text(pages: list[list[str]]) -> str:
    """A PDF's text as copied out: each page's number alone on its first line, then a blank line, then the page."""
    return "\n".join(f"{n}\n \n" + "\n".join(lines) for n, lines in enumerate(pages, start=1)) + "\n"


def _page(head: str) -> list[str]:
    return [head, *[_WRAPPED + "相应的安全措施保护这些信息。"] * 3, _WRAPPED, "严格的安全措施。", "", "", ""]


# -- 1. page numbers ------------------------------------------------------------------------------


def test_page_numbers_are_not_text() -> None:
    text = _pdf_text(
        [
            ["《示例隐私政策》", "更新日期：2024 年 1 月 1 日", *_page("一、我们收集的信息")[1:]],
            _page("二、我们如何使用信息"),
            _page("三、联系我们"),
        ]
    )
    doc = parse_string(text)
    assert doc.metadata.title == "《示例隐私政策》"
    assert [title for _, _, title in headings(doc)] == ["二、我们如何使用信息", "三、联系我们"]


def test_page_number_after_a_heading_is_not_its_title() -> None:
    """The heading is the last line of its page: the next page's number, on the line below, joined it."""
    pages = [["《示例隐私政策》", *_page("")[1:6], "一、我们如何管理您的信息"], _page("")[1:], _page("二、如何联系我们")]
    titles = [title for _, _, title in headings(parse_string(_pdf_text(pages)))]
    assert titles == ["一、我们如何管理您的信息", "二、如何联系我们"]


def test_numbers_of_a_list_are_kept() -> None:
    """Bare numbers on neighbouring lines (a flattened table's 序号 column) are no page numbers."""
    text = "一、权限列表\n\n序号\n1\n2\n3\n4\n\n二、联系我们\n\n如有疑问请联系我们。\n"
    doc = parse_string(text)
    body = " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "1" in body and "4" in body


# -- 2. a long top-level title above its wrapped paragraph ------------------------------------------


def test_long_section_title_above_a_wrapped_paragraph() -> None:
    text = (
        "示例隐私政策\n\n一、我们如何收集和使用您的个人信息\n"
        + _WRAPPED
        + "\n措施。\n\n五、 第三方产品或服务如何获得您的个人信息\n"
        + _WRAPPED
        + "\n措施。\n"
    )
    titles = [title for _, _, title in headings(parse_string(text))]
    assert titles == ["一、我们如何收集和使用您的个人信息", "五、 第三方产品或服务如何获得您的个人信息"]


def test_wrapped_numbered_sentence_stays_one_paragraph() -> None:
    """A numbered sentence's first line is as wide as the next: not a title."""
    text = "示例隐私政策\n\n一、信息收集\n\n二、我们会在您注册账号时收集您的手机号码用于验证身\n份以及在您忘记密码时帮助您找回账号并保障账号的安全\n"
    titles = [title for _, _, title in headings(parse_string(text))]
    assert titles == ["一、信息收集"]


# -- 3. spaces inside a parenthesised ordinal -------------------------------------------------------


def test_spaced_ordinals_are_siblings() -> None:
    body = "我们会依照法律法规的规定处理您的个人信息，并采取必要措施保障安全。"
    text = (
        "示例隐私政策\n\n一、对外提供\n\n（一）共享\n"
        + body
        + "\n\n（二）转让\n"
        + body
        + "\n\n（ 三 ）公开披露\n"
        + body
        + "\n\n（四 ）委托处理\n"
        + body
        + "\n\n二、联系我们\n\n"
        + body
        + "\n"
    )
    assert [(level, title) for _, level, title in headings(parse_string(text))] == [
        (1, "一、对外提供"),
        (2, "（一）共享"),
        (2, "（二）转让"),
        (2, "（ 三 ）公开披露"),
        (2, "（四 ）委托处理"),
        (1, "二、联系我们"),
    ]


# -- 4. a bracketed label under the date line ------------------------------------------------------


def test_bracket_label_under_the_date_line() -> None:
    text = "示例隐私政策\n\n更新日期：2022 年 6 月 28 日\n生效日期：2022 年 6 月 28 日\n【前言】\n欢迎您使用示例游戏！您在使用本游戏服务时，我们可能会收集和使用您的相关个人信息。\n【特别提示】\n请您务必仔细阅读并透彻理解本政策，在确认充分理解并同意后再开始使用。\n"
    titles = [title for _, _, title in headings(parse_string(text))]
    assert titles == ["【前言】", "【特别提示】"]


def test_bracketed_words_inside_a_wrapped_sentence_are_no_label() -> None:
    text = "示例隐私政策\n\n一、权限\n\n我们可能会申请开启您的\n【网络、存储】\n设备权限，您有权拒绝。\n"
    titles = [title for _, _, title in headings(parse_string(text))]
    assert titles == ["一、权限"]


# -- 5. titles --------------------------------------------------------------------------------------


def test_date_line_is_no_title() -> None:
    doc = parse_string(
        "生效日期：2026.06.22\n\n前言\n\n本政策说明示例机器人如何处理您的信息。\n\n第一条 我们会收集哪些信息\n\n仅收集必要信息。\n"
    )
    assert doc.metadata.title is None
    assert doc.metadata.effective == "2026-06-22"


docx = pytest.importorskip("docx")


def test_docx_title_in_normal_style_above_heading_sections(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("《示例隐私政策》")
    document.add_paragraph("更新日期：2024年10月9日")
    document.add_paragraph("欢迎您选择示例游戏！我们深知个人信息对您的重要性。")
    document.add_paragraph("一、我们如何收集信息", style="Heading 2")
    document.add_paragraph("我们会收集您的设备信息。")
    document.add_paragraph("二、如何联系我们", style="Heading 2")
    document.add_paragraph("请发送邮件联系我们。")
    path = tmp_path / "policy.docx"
    document.save(str(path))
    doc = parse_path(path)
    assert (doc.metadata.title, doc.metadata.title_line) == ("《示例隐私政策》", 1)
    assert [title for _, _, title in headings(doc)] == ["一、我们如何收集信息", "二、如何联系我们"]


# -- the real files ---------------------------------------------------------------------------------


def test_real_pdf_text_headings() -> None:
    doc = parse_path(DEV / "rookie-pdf" / "隐私政策.pdf.txt")
    lines = {line: title for line, _, title in headings(doc)}
    assert lines[210] == "五、 第三方产品或服务如何获得您的个人信息"
    assert lines[243] == "七、 您如何管理您的个人信息"
    doc = parse_path(DEV / "emmm-pdf" / "隐私政策.pdf.txt")
    levels = {line: level for line, level, _ in headings(doc)}
    assert (levels[97], levels[124], levels[204], levels[314]) == (2, 2, 2, 2)
    assert doc.metadata.title_line == 3
    assert 6 in {line for line, _, _ in headings(parse_path(DEV / "shr-pdf" / "隐私政策.pdf.txt"))}
