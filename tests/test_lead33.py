"""The lead's classes of the thirty-third session, each tested both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts
from policylens.errors import UserError
from policylens.load.document import read_document

_JEKYLL_FRONT = "---\nlayout: page\ntitle: Privacy Policy\n---\n\n"
_BODY = "# Privacy Policy\n\nThis policy explains how {expr} collects your e-mail address.\n\nContact: a@b.org\n"


@pytest.mark.parametrize("expr", ["{{ site.author }}", "{{ site.baseurl | prepend: site.url }}", "{{ page.title }}"])
def test_jekyll_globals_on_a_page_with_yaml_front_matter_are_filled_when_built(tmp_path: Path, expr: str) -> None:
    """eval/profiles workshops-retirement-en and eval/profiles26 lexibridge-tw: `{{ site.author }}` on a GitHub Pages
    Markdown page (YAML front matter, no `{% %}` tag) was reported as an unfilled slot; Jekyll fills it from _config.yml."""
    text = _JEKYLL_FRONT + _BODY.format(expr=expr)
    assert rule_excerpts(tmp_path, text, "placeholder-instruction", "privacy.md") == []


@pytest.mark.parametrize(
    ("front", "expr"),
    [
        ("", "{{ site.author }}"),  # no front matter: Jekyll leaves the page as it is, the braces are shown
        ("+++\ntitle = 'Privacy'\n+++\n\n", "{{ site.author }}"),  # TOML front matter: Hugo, which never runs Liquid in content
        (_JEKYLL_FRONT, "{{ company_name }}"),  # not one of Jekyll's globals: a template's slot
        (_JEKYLL_FRONT, "{{ .Site.Params.email }}"),  # Hugo's template syntax, shown as written in content
    ],
)
def test_braces_outside_a_jekyll_page_or_not_its_globals_stay_slots(tmp_path: Path, front: str, expr: str) -> None:
    text = front + _BODY.format(expr=expr)
    assert rule_excerpts(tmp_path, text, "placeholder-instruction", "privacy.md") == [expr]


@pytest.mark.parametrize("mark", [b"\xff\xfe", b"\xfe\xff"])
def test_a_utf16_mark_with_nothing_behind_it_is_an_empty_document(tmp_path: Path, mark: bytes) -> None:
    """A UTF-16 file with only its byte-order mark was refused as "a UTF-16 byte-order mark in front of UTF-8 text"
    (exit 2); it is an empty document, reported with the same warning as an empty UTF-8 file."""
    path = tmp_path / "empty.txt"
    path.write_bytes(mark)
    document = read_document(str(path))
    assert document.source.encoding.startswith("utf-16")
    assert all(not section.paragraphs for section in document.sections)
    assert any("empty" in warning for warning in document.warnings)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("如需联系，请发送邮件至 ***@***.com。", ["***@***.com"]),
        ("邮箱：＊＊＊@＊＊＊.com.cn", ["＊＊＊@＊＊＊.com.cn"]),
        ("**联系邮箱：** ***@***.com", ["***@***.com"]),
        ("我们会对您的邮箱进行脱敏展示，例如 ***@***.com。", []),  # an example of masking the user's address
        ("我们会脱敏展示您的邮箱，如 abc***@163.com。", []),  # a real host: a masked example
        ("联系邮箱：privacy@smartmi.com", []),
    ],
)
def test_an_email_of_asterisks_only_is_an_unfilled_contact(tmp_path: Path, line: str, found: list[str]) -> None:
    """A contact address whose mailbox and host are both asterisks (「***@***.com」) was read as nothing at all."""
    text = f"# 隐私政策\n\n更新日期：2024年5月1日\n\n{line}\n"
    assert rule_excerpts(tmp_path, text, "placeholder-instruction", "p.md") == found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("我们将在__个工作日内回复。", ["__"]),
        ("日志保存__天。", ["__"]),
        ("我们将在 __ 个工作日内回复。", ["__"]),
        ("我们收集您的__个人信息__。", []),  # emphasis marks left in plain text
        ("变量名为 user__id。", []),
    ],
)
def test_two_underscores_before_a_count_between_chinese_words_are_a_blank(tmp_path: Path, line: str, found: list[str]) -> None:
    text = f"隐私政策\n\n更新日期：2024年5月1日\n\n{line}\n"
    assert rule_excerpts(tmp_path, text, "placeholder-empty", "p.txt") == found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Our address: 1234 Street Name, City, Country.", ["1234 Street Name"]),
        ("Write to us at 1 Street Name, Springfield.", ["1 Street Name"]),
        ("Our address: 88 Queen Street, Hong Kong.", []),
        ("The form asks for your Street Name and postcode.", []),
    ],
)
def test_a_numbered_street_name_is_a_templates_address(tmp_path: Path, line: str, found: list[str]) -> None:
    text = f"# Privacy Policy\n\nLast updated: 2024-05-01\n\nWe collect your e-mail address.\n\n{line}\n"
    assert rule_excerpts(tmp_path, text, "placeholder-dummy-contact", "p.md") == found


_BODY_TEXT = "本页面说明我们如何收集、使用、存储和保护您的个人信息，以及您享有的查阅、更正和删除等权利。"
_TSX = """import React from "react";

const sections = [
  { title: "信息收集", body: "%s" },
  { title: "信息使用", body: "%s" },
];

export default function Privacy() {
  return (
    <main>
      <h1>隐私政策</h1>
%s      {sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          <p>{section.body}</p>
        </section>
      ))}
    </main>
  );
}
"""


def _warnings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "privacy.tsx"
    path.write_text(text, encoding="utf-8")
    return [w for w in read_document(str(path)).warnings if ".map(" in w]


def test_a_react_page_showing_its_sections_from_an_array_says_that_text_is_not_read(tmp_path: Path) -> None:
    """eval/blind/round33 carsub-tsx: a user agreement kept as `const sections = [{title, body}]` and shown with
    `sections.map` was read as its title alone, without a word.  (Thirty-third session, u33j: plain literals are now read,
    `load.jsx_data`; a slot that is no bare path of the item, `{t(section.body)}`, still leaves the text unread.)"""
    warnings = _warnings(tmp_path, (_TSX % (_BODY_TEXT, _BODY_TEXT, "")).replace("{section.body}", "{t(section.body)}"))
    assert len(warnings) == 1
    assert "line 12:" in warnings[0] and "`sections`" in warnings[0] and "lines 3-6" in warnings[0]


def test_the_round33_page_is_read_and_no_longer_warned_about() -> None:
    """(u33j) its sections are plain literals: read where the page shows them (`load.jsx_data`), so no warning."""
    document = read_document(str(Path(__file__).parent.parent / "eval/blind/round33/dev/carsub-tsx/page.tsx"))
    assert not any("`sections.map(…)`: that text is not read" in w for w in document.warnings)
    assert any(section.title == "账户与登录" for section in document.sections)


@pytest.mark.parametrize(
    ("bodies", "markup"),
    [
        (("隐私", "条款"), ""),  # a few labels: a menu, not the policy's text
        # a table of contents: every title it lists is a heading of the page, read where it stands
        ((_BODY_TEXT, _BODY_TEXT), f"      <h2>信息收集</h2>\n      <p>{_BODY_TEXT}</p>\n      <h2>信息使用</h2>\n"),
    ],
)
def test_labels_and_a_table_of_contents_shown_from_an_array_are_no_lost_text(tmp_path: Path, bodies: tuple[str, str], markup: str) -> None:
    text = _TSX % (bodies[0], bodies[1], markup)
    assert _warnings(tmp_path, text) == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("請您註意本政策的變更。", ["註意"]),  # eval/precision18 wetalk-policy-tw
        ("本應用註重個人數據隱私。", ["註重"]),  # eval/precision33 debuganywhere-tw-html
        ("感謝您的關註。", ["關註"]),
        ("請於備註意見欄填寫。", []),  # 備註 then 意見
        ("請閱讀附註重要事項。", []),  # 附註 then 重要
        ("相關註冊資料與相關註銷流程、有關註明事項。", []),  # 相關 then 註冊, 註銷, 註明
        ("請您注意並注重隱私，感謝關注。", []),
    ],
)
def test_zhu_over_converted_in_a_traditional_text(tmp_path: Path, line: str, found: list[str]) -> None:
    """注 converted as 註 (註冊) inside 注意, 注重, 關注: two real zh-TW pages converted from Simplified."""
    text = f"隱私權政策\n\n最後更新日期：2024年5月1日\n\n{line}\n"
    assert rule_excerpts(tmp_path, text, "conversion-error", "p.txt") == found


def _qml(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "Privacy.qml"
    path.write_text("import QtQuick 2.15\n\nPage {\n" + body + "}\n", encoding="utf-8")
    sections = read_document(str(path)).sections
    return [t for s in sections for t in ([s.title] if s.title else []) + [p.text for p in s.paragraphs]]


def test_a_qml_escape_of_a_surrogate_pair_is_one_character_and_a_bad_one_no_crash(tmp_path: Path) -> None:
    """A review of this session's readers: 「\\uD83D\\uDE00」 (an emoji as JavaScript writes it) stopped `parse` with
    UnicodeEncodeError, and 「\\u{110000}」 with ValueError; the Dart reader shared the code."""
    body = '    Text { text: "隐私政策" }\n    Text { text: "我们重视隐私\\uD83D\\uDE00" }\n    Text { text: "说明\\u{110000}\\uD800" }\n'
    assert _qml(tmp_path, body)[-2:] == ["我们重视隐私\U0001f600", "说明\ufffd\ufffd"]


def test_qml_items_inside_an_item_without_text_are_not_read_again(tmp_path: Path) -> None:
    """Each item's body was walked again for every item nested in it (2,000 unclosed `Text {` lines: 15 s)."""
    texts = _qml(
        tmp_path, '    Text { id: a\n        Text { text: "不是页面文字" }\n    }\n    Text { text: "本政策说明我们如何收集信息。" }\n'
    )
    assert texts == ["本政策说明我们如何收集信息。"]
    unclosed = _qml(tmp_path, "".join("    Text { text: name\n" for _ in range(2000)))
    assert "Text { text: name" in unclosed[1]  # no item with a literal: the file is read as text, as before


def test_a_second_map_of_a_read_array_that_is_not_read_keeps_the_warning(tmp_path: Path) -> None:
    """One readable `.map` of `sections` (a menu of titles) hid the warning for a second one whose bodies were lost."""
    text = _TSX % (_BODY_TEXT, _BODY_TEXT, "      <nav>{sections.map((s) => <li>{s.title}</li>)}</nav>\n")
    text = text.replace("<p>{section.body}</p>", "<p>{t(section.body)}</p>")
    assert len(_warnings(tmp_path, text)) == 1


def test_an_escaped_backslash_ends_no_string_early(tmp_path: Path) -> None:
    """「"路径\\\\"」 was read as a string whose quote is escaped: the array's end was lost, and its warning with it."""
    text = (_TSX % (_BODY_TEXT + "\\\\", _BODY_TEXT, "")).replace("<p>{section.body}</p>", "<p>{t(section.body)}</p>")
    assert len(_warnings(tmp_path, text)) == 1


def test_an_unclosed_react_page_is_refused_without_the_readers_own_marks(tmp_path: Path) -> None:
    """A review: 「malformed HTML: unterminated tag at line 9: '</main\\ufdd1\\n\\ufdd1…'」 showed the blanks the reader
    puts where a React page's code was; the excerpt is the file's own text."""
    path = tmp_path / "privacy.tsx"
    path.write_text(
        'import React from "react";\n\nexport default function P() {\n  return (\n    <main>\n      <h1>隐私政策</h1>\n'
        "      {items.map((s) => (<section><p>{s.body}\n    </main>\n  );\n}\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError) as caught:
        read_document(str(path))
    assert "unterminated tag" in str(caught.value) and "\ufdd1" not in str(caught.value)
