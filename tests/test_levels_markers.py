"""Heading labels and marks that hid the level or leaked into the title, on small files written here.

* Roman sections with lettered sub-sections (「I.」, 「A.」, 「B.」, 「II.」): the lone 「I.」 is read as
  a letter unless a Roman 「II.」 follows it; the lettered run between them made it a letter, so
  A.–B. became siblings of I. and II.–III. its children.  An 「I.」 that is the ninth letter of
  a lettered run (after 「H.」) stays a letter.
* Markdown emphasis typed into Word (「一、**我们如何收集…**」, 「**（一）账号信息**」 in a heading
  style): the asterisks are not part of the title, and the title's characters keep their
  columns in the paragraph.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_path, parse_string

HANS = "我们会依法处理您的个人信息，并采取适当的安全措施。"


def outline(text: str, suffix: str = ".txt") -> list[tuple[str, int]]:
    return [(s.title or "", s.level) for s in parse_string(text, suffix).sections if s.title is not None]


@pytest.mark.parametrize("sep", ["\n\n", "\r\n\r\n"])
def test_roman_sections_with_lettered_sub_sections(sep: str) -> None:
    lines = ["隐私政策", "I. 信息收集", HANS, "A. 账号信息", HANS, "B. 设备信息", HANS, "II. 信息使用", HANS, "III. 联系我们", HANS]
    text = lines[0] + sep + sep.join(f"{lines[k]}{sep[: len(sep) // 2]}{lines[k + 1]}" for k in range(1, len(lines), 2)) + sep
    assert [level for _, level in outline(text)] == [1, 2, 2, 1, 1]


def test_roman_sections_with_lettered_sub_sections_in_markdown() -> None:
    text = (
        f"# 隐私政策\n\n## I. 信息收集\n\n{HANS}\n\n### A. 账号信息\n\n{HANS}\n\n### B. 设备信息\n\n{HANS}\n\n## II. 信息使用\n\n{HANS}\n"
    )
    assert [level for _, level in outline(text, ".md")] == [1, 2, 2, 1]


def test_the_ninth_letter_of_a_lettered_run_stays_a_letter() -> None:
    letters = "ABCDEFGHI"
    body = "".join(f"{c}. 第{n + 1}项说明\n{HANS}\n\n" for n, c in enumerate(letters))
    text = f"隐私政策\n\n{body}II. 附则\n{HANS}\n"
    levels = outline(text)
    assert levels[8] == ("I. 第9项说明", levels[7][1])  # a sibling of 「H.」, not a Roman section


docx = pytest.importorskip("docx")


def _docx(tmp_path: Path, paragraphs: list[tuple[str, str | None]]) -> Path:
    document = docx.Document()
    document.add_paragraph("隐私政策", style="Title")
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    path = tmp_path / "policy.docx"
    document.save(str(path))
    return path


def test_typed_asterisks_leave_docx_titles(tmp_path: Path) -> None:
    path = _docx(
        tmp_path,
        [
            ("一、**我们如何收集和使用您的个人信息**", "Heading 1"),
            (HANS, None),
            ("**（一）账号信息**", "Heading 2"),
            (HANS, None),
            ("**二、信息使用**", None),
            (HANS, None),
            ("我们会依法处理您的个人信息，**并采取**适当的安全措施。", None),
        ],
    )
    doc = parse_path(path)
    assert [(level, title) for _, level, title in headings(doc)] == [
        (1, "一、我们如何收集和使用您的个人信息"),
        (2, "（一）账号信息"),
        (1, "二、信息使用"),
    ]
    assert doc.sections[-1].paragraphs[-1].text == "我们会依法处理您的个人信息，**并采取**适当的安全措施。"  # body text as written


def test_titles_without_asterisks_keep_their_columns(tmp_path: Path) -> None:
    from policylens.load import load

    path = _docx(tmp_path, [("一、**我们如何收集**", "Heading 1"), (HANS, None)])
    block = next(b for b in load(str(path)).parsed.blocks if b.text.startswith("一、"))
    assert block.text == "一、我们如何收集"
    assert block.position(0) == (block.line, 1)  # 一
    assert block.position(2) == (block.line, 5)  # 我, after the two asterisks
    assert block.position(7) == (block.line, 10)  # 集


def test_a_bold_span_after_words_keeps_its_asterisks(tmp_path: Path) -> None:
    """Only a number may stand before a pair that wraps the rest of a body paragraph: 「注意：**…**」 is text as written."""
    path = _docx(
        tmp_path, [("一、信息收集", "Heading 1"), ("注意：**请勿向他人透露您的验证码**", None), ("（二）**设备信息**", None), (HANS, None)]
    )
    doc = parse_path(path)
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert "注意：**请勿向他人透露您的验证码**" in texts
    assert "（二）设备信息" in [title for _, _, title in headings(doc)]
