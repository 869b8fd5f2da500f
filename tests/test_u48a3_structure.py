"""Class fixed by helper u48a3 (forty-eighth session, second wave), both ways; the texts are invented, the real
document (eval/structure48c dev destruct-wordhtml) stays as a regression at the end.

A bold unnumbered section title (「<b>敏感信息说明</b>」) opening straight on plain numbered lines in the body's type
(「一、处理原则」, 「二、处理目的」, each with its text), the run closed by the next bold unnumbered title at its level
(「<b>权限使用说明</b>」): the numbered lines were read as the bold title's peers (「a bold unnumbered line is not the
parent of numbering」).  They are now its content, one level down (`structure/bold_run_parents.py`, second form).
Numbered lines set in bold too, a run that goes to the end of the page, or a run with text between the bold title and
its first number, are read as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent
_DESTRUCT = _ROOT / "eval" / "structure48c" / "dev" / "destruct-wordhtml" / "privacy-policy-cn.html"

_TEXT = "我们会在您使用相关功能时收集必要的信息，并依照本政策的约定妥善保存，不会用于与服务无关的其他目的。"


def _page(
    first: str, second: str, *, closing: bool = True, lead: bool = False, names: tuple[str, str] = ("敏感信息说明", "权限使用说明")
) -> str:
    closer = f"<p><b>{names[1]}</b></p>\n<p>{_TEXT}</p>\n" if closing else ""
    opening = f"<p>{_TEXT}</p>\n" if lead else ""
    return (
        "<html><head><title>某某应用隐私政策</title></head><body>\n"
        "<h1>某某应用隐私政策</h1>\n"
        f"<p>{_TEXT}</p>\n"
        f"<p><b>{names[0]}</b></p>\n"
        f"{opening}"
        f"<p>{first}</p>\n<p>{_TEXT}</p>\n"
        f"<p>{second}</p>\n<p>{_TEXT}</p>\n"
        f"{closer}"
        "</body></html>\n"
    )


@pytest.mark.parametrize(("first", "second"), [("一、处理原则", "二、处理目的"), ("1、精确定位信息", "2、实名认证信息")])
def test_plain_run_under_a_bold_title_closed_by_a_bold_peer(tmp_path: Path, first: str, second: str) -> None:
    doc = parse_file(tmp_path, "privacy.html", _page(first, second))
    assert [(level, title) for _, level, title in headings(doc)] == [
        (1, "敏感信息说明"),
        (2, first),
        (2, second),
        (1, "权限使用说明"),
    ]


@pytest.mark.parametrize(
    ("first", "second", "closing", "lead"),
    [
        ("<b>一、处理原则</b>", "<b>二、处理目的</b>", True, False),  # the numbered lines are bold too
        ("一、处理原则", "二、处理目的", False, False),  # the run goes to the end of the page
        ("一、处理原则", "二、处理目的", True, True),  # the bold title has text of its own
    ],
)
def test_near_misses_keep_the_numbering_at_the_top(tmp_path: Path, first: str, second: str, closing: bool, lead: bool) -> None:
    doc = parse_file(tmp_path, "privacy.html", _page(first, second, closing=closing, lead=lead))
    levels = {title: level for _, level, title in headings(doc)}
    assert levels["一、处理原则"] == levels["敏感信息说明"] == 1


def test_documents_names_keep_their_reading(tmp_path: Path) -> None:
    # 「<b>用户协议</b>」 over 1. and 2., then 「<b>隐私政策</b>」: documents' names, left to the named-documents reading
    names = ("用户协议", "隐私政策")
    before = [(1, "用户协议"), (2, "1. 服务说明"), (2, "2. 行为规范"), (1, "隐私政策")]  # as on lead48
    doc = parse_file(tmp_path, "privacy.html", _page("1. 服务说明", "2. 行为规范", names=names))
    assert [(level, title) for _, level, title in headings(doc)] == before


def test_real_word_export_sensitive_data_list() -> None:
    """eval/structure48c dev destruct-wordhtml L179–L251 (6 level errors before)."""
    got = {line: level for line, level, _ in headings(parse_path(_DESTRUCT))}
    assert [got[line] for line in (179, 183, 197, 205, 214, 226, 251, 269)] == [1, 2, 2, 3, 3, 3, 3, 1]
