"""Placeholder classes of the thirty-fourth session's u34r (eval/blind/round34, and the held-out misses of round33 and
round33b, read after their first runs): each class both ways, and the documents themselves as regression cases.

- a date whose parts a React page's code prints (`{new Date().getFullYear()}年{…}月{…}日`) is no blank date;
- a number the template names by its field in brackets, its unit after them: 未满[年龄]岁, [最低年龄，如 14] 周岁;
- 本页为隐私政策草稿，…: the page (页 alone) calling itself a draft;
- "Development draft only. It has not completed legal review": an English draft notice;
- a note that denies the text is final ("cannot be treated as a final …") is not the text saying it is final;
- sxxxxxx@hkmu.edu.hk: a mailbox masked after its first letter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.check import CheckOptions, check_file

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = ("placeholder", "enumeration")


def _findings(tmp_path: Path, name: str, text: str) -> list[tuple[str, int, int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.rule, f.line, f.end_line, f.excerpt) for f in report.findings if f.rule.startswith(PLACEHOLDER)]


def _lines(findings: list[tuple[str, int, int, str]]) -> set[int]:
    return {line for _, first, last, _ in findings for line in range(first, last + 1)}


# --- a date the page's code prints ---------------------------------------------------------------------------------

_PRINTED_DATE = (
    "export default function Page() {\n"
    "  return (\n"
    "    <div>\n"
    "      <h1>个人信息保护承诺书</h1>\n"
    "      <p>我们收集您的手机号，用于登录和身份验证。</p>\n"
    "      <p>生效日期：{new Date().getFullYear()}年{String(new Date().getMonth() + 1)}月{String(new Date().getDate())}日</p>\n"
    "    </div>\n"
    "  );\n"
    "}\n"
)


def test_printed_date_parts_are_no_blank_date(tmp_path: Path) -> None:
    assert 6 not in _lines(_findings(tmp_path, "page.tsx", _PRINTED_DATE))


def test_blank_date_still_found(tmp_path: Path) -> None:
    md = "# 隐私政策\n\n我们收集您的手机号。\n\n生效日期：年月日\n\n更新日期：2024年 月 日\n"
    assert {5, 7} <= _lines(_findings(tmp_path, "p.md", md))
    # an empty <u></u> in a React page prints nothing: still a date left blank
    page = _PRINTED_DATE.replace(
        "{new Date().getFullYear()}年{String(new Date().getMonth() + 1)}月{String(new Date().getDate())}日",
        "<u></u>年<u></u>月<u></u>日",
    )
    assert 6 in _lines(_findings(tmp_path, "page.tsx", page))


# --- a number named by its field --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "我们的服务不面向未满[年龄]岁的儿童。",
        "本站不面向 [最低年龄，如 14] 周岁以下的未成年人。",
        "我们将在[天数]个工作日内答复您的请求。",
        "您的信息保存[期限]年后删除。",
    ],
)
def test_quantity_field_found(tmp_path: Path, sentence: str) -> None:
    md = f"# 隐私政策\n\n我们收集您的手机号。\n\n{sentence}\n"
    assert 5 in _lines(_findings(tmp_path, "p.md", md))


@pytest.mark.parametrize(
    "sentence",
    [
        "我们收集您的性别、[年龄]等基本信息。",  # a data item, no unit after it
        "我们收集您的【年龄】信息，用于推荐。",  # full-width brackets: emphasis
        "未满14周岁的儿童须由监护人同意。",  # a number written
        "详见[年龄](https://example.org/age)说明。",  # a link's text
    ],
)
def test_quantity_field_not_found(tmp_path: Path, sentence: str) -> None:
    md = f"# 隐私政策\n\n我们收集您的手机号。\n\n{sentence}\n"
    assert 5 not in _lines(_findings(tmp_path, "p.md", md))


# --- drafting notes ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "* 本页为隐私政策草稿，正式发布前须经法务或专业人员审核。",
        "Development draft only. It has not completed legal review and cannot be treated as a final commercial agreement.",
        "This text has not yet completed legal review.",
    ],
)
def test_draft_notice_found(tmp_path: Path, note: str) -> None:
    md = f"# 隐私政策\n\n我们收集您的手机号。\n\n{note}\n"
    assert 5 in _lines(_findings(tmp_path, "p.md", md))


@pytest.mark.parametrize(
    "sentence",
    [
        "本页为个人信息保护法草案的解读。",  # a bill the page is about
        "We keep your working draft only on your device.",  # the user's draft
        "This Privacy Policy has not been reviewed by legal counsel.",  # a published disclaimer
        "本政策为正式版本，取代此前的隐私政策草案。",  # the text says it is final
        "This policy is final and supersedes the previous draft.",
    ],
)
def test_draft_notice_not_found(tmp_path: Path, sentence: str) -> None:
    md = f"# 隐私政策\n\n我们收集您的手机号。\n\n{sentence}\n"
    assert 5 not in _lines(_findings(tmp_path, "p.md", md))


def test_denied_final_keeps_both_notes(tmp_path: Path) -> None:
    # a bilingual toggle's two notes, one after the other: the second one's 「不可视为最终」 and the first's "cannot be
    # treated as a final" deny the text is final, so neither is dropped as a final text's own words
    text = (
        "english\n"
        "? 'Development draft only. It has not completed legal review and cannot be treated as a final commercial agreement.'\n"
        ": '当前仅为开发草案，尚未经过正式法律审核，不可视为最终商业协议。',\n"
    )
    assert {2, 3} <= _lines(_findings(tmp_path, "note.txt", text))


# --- masked mailbox ---------------------------------------------------------------------------------------------------


def test_masked_mailbox_found(tmp_path: Path) -> None:
    md = "# 隐私政策\n\n我们收集您的手机号。\n\n联系邮箱：sxxxxxx@hkmu.edu.hk\n"
    assert 5 in _lines(_findings(tmp_path, "p.md", md))


def test_mailbox_with_x_not_found(tmp_path: Path) -> None:
    md = "# Privacy\n\nWe collect your e-mail.\n\nContact alexxxxx@gmail.com, boxxxx@mail.com or sxx@hkmu.edu.hk.\n"
    assert 5 not in _lines(_findings(tmp_path, "p.md", md))


# --- the documents ----------------------------------------------------------------------------------------------------

_DOCS = [
    ("eval/blind/round34/dev/youhaowan-tsx/page.tsx", {84, 93}, {18, 25, 31}),
    ("eval/blind/round34/dev/xinqingyu-jsx/ConsentFormPage.jsx", {92, 93, 125}, set()),
    ("eval/blind/round33/holdout/navax-tsx/page.tsx", {11, 47, 51, 59}, set()),
    ("eval/blind/round33/holdout/weihe-tsx/PrivacyPage.tsx", {28, 49}, {38}),
    ("eval/blind/round33/holdout/legaldraft-dart/legal_draft_page.dart", {28, 29}, {62, 83}),
    ("eval/blind/round33b/holdout/hkyellow-dart/tnc.dart", {186, 274}, {102, 134, 222}),
]


@pytest.mark.parametrize(("path", "slots", "ambiguous"), _DOCS)
def test_documents(path: str, slots: set[int], ambiguous: set[int]) -> None:
    report = check_file(str(ROOT / path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    found = [(f.line, f.end_line) for f in report.findings if f.rule.startswith(PLACEHOLDER)]
    assert all(any(a <= line <= b for a, b in found) for line in slots)  # every slot line found
    assert all(a in slots | ambiguous for a, _ in found)  # and no finding elsewhere
