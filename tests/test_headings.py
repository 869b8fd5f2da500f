"""Heading detection for every supported style, and the lines that are not headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_path, parse_string

BODY = "我們會依法處理您的個人資料，並採取適當的安全措施。"


def test_markdown_atx_levels() -> None:
    doc = parse_string(f"# 隱私權政策\n\n{BODY}\n\n## 一、定義\n\n{BODY}\n\n### （一）個人資料\n\n{BODY}\n\n## 二、收集\n\n{BODY}\n", ".md")
    assert doc.metadata.title == "隱私權政策"
    assert headings(doc) == [(5, 1, "一、定義"), (9, 2, "（一）個人資料"), (13, 1, "二、收集")]
    assert [s.number for s in doc.sections if s.title] == ["一、", "（一）", "二、"]


def test_markdown_atx_without_space_and_closing_hashes() -> None:
    doc = parse_string(f"#隐私政策\n\n##1. 适用范围 ##\n\n{BODY}\n\n##2.信息使用\n\n{BODY}\n", ".md")
    assert doc.metadata.title == "隐私政策"
    assert [t for _, _, t in headings(doc)] == ["1. 适用范围", "2.信息使用"]


def test_markdown_setext() -> None:
    doc = parse_string(
        f"https://example.com/privacy\n\nGoogle 隱私權政策\n================\n\n{BODY}\n\n資訊收集\n--------\n\n{BODY}\n", ".md"
    )
    assert doc.metadata.title == "Google 隱私權政策"
    assert headings(doc) == [(8, 1, "資訊收集")]


def test_markdown_heading_markup_is_cleaned() -> None:
    doc = parse_string(f'# 政策\n\n## 使用者帳號 <span class="x">及資訊</span> {{: #accounts }}\n\n{BODY}\n', ".md")
    assert headings(doc) == [(3, 1, "使用者帳號 及資訊")]


def test_html_headings(write) -> None:
    html = f"""<html><head><title>隱私權政策</title><style>p{{color:red}}</style></head>
<body>
<h1>隱私權政策</h1>
<p>{BODY}</p>
<h2>一、我們收集的資料</h2>
<p>{BODY}</p>
<h3>（一）您提供的資料</h3>
<p>{BODY}</p>
<script>var x = "<h2>not a heading</h2>";</script>
</body></html>"""
    doc = parse_path(write("p.html", html))
    assert doc.metadata.title == "隱私權政策"
    assert headings(doc) == [(5, 1, "一、我們收集的資料"), (7, 2, "（一）您提供的資料")]
    assert "var x" not in "".join(p.text for p in doc.paragraphs())


def test_html_strong_pseudo_headings(write) -> None:
    html = (
        f"<p><strong>一、我们如何收集和使用您的个人信息</strong></p>\n<p>{BODY}</p>\n<p><strong>1.1 账号注册</strong></p>\n<p>{BODY}</p>\n"
    )
    doc = parse_path(write("p.html", html))
    assert headings(doc) == [(1, 1, "一、我们如何收集和使用您的个人信息"), (3, 2, "1.1 账号注册")]


def test_docx_heading_styles(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("隱私權政策", level=0)
    document.add_paragraph(BODY)
    document.add_heading("關於我們", level=1)
    document.add_paragraph(BODY)
    document.add_heading("聯絡方式", level=2)
    document.add_paragraph(BODY)
    document.add_heading("您的權利", level=1)
    document.add_paragraph(BODY)
    path = tmp_path / "policy.docx"
    document.save(str(path))
    doc = parse_path(path)
    assert doc.source.format == "docx"
    assert doc.metadata.title == "隱私權政策"
    # DOCX "lines" are 1-based paragraph indexes
    assert headings(doc) == [(3, 1, "關於我們"), (5, 2, "聯絡方式"), (7, 1, "您的權利")]


@pytest.mark.parametrize(
    ("label", "style"),
    [
        ("一、", "cn"),
        ("十二、", "cn"),
        ("（一）", "cn-paren"),
        ("(一)", "cn-paren"),
        ("1.", "decimal"),
        ("１．", "decimal"),
        ("1.1", "decimal"),
        ("1.1.1", "decimal"),
        ("１.２", "decimal"),
        ("第一條", "di"),
        ("第一章", "di"),
        ("第一節", "di"),
        ("第1条", "di"),
        ("第十二条", "di"),
        ("第１章", "di"),
    ],
)
def test_numbering_labels(label: str, style: str) -> None:
    doc = parse_string(f"隱私權政策\n\n{BODY}\n\n{label} 資料的收集\n\n{BODY}\n")
    found = headings(doc)
    assert len(found) == 1, found
    section = next(s for s in doc.sections if s.title)
    assert section.number is not None and section.number.replace(" ", "") == label.replace(" ", "")


def test_numbering_hierarchy_plain_text() -> None:
    text = "\n\n".join(
        [
            "隐私政策",
            BODY,
            "第一章 总则",
            BODY,
            "一、适用范围",
            BODY,
            "（一）适用对象",
            BODY,
            "1.1 个人用户",
            BODY,
            "1.1.1 注册用户",
            BODY,
            "1.2 企业用户",
            BODY,
            "（二）除外情形",
            BODY,
            "二、定义",
            BODY,
            "第二章 收集",
            BODY,
        ]
    )
    doc = parse_string(text)
    levels = [(t, lvl) for _, lvl, t in headings(doc)]
    assert levels == [
        ("第一章 总则", 1),
        ("一、适用范围", 2),
        ("（一）适用对象", 3),
        ("1.1 个人用户", 4),
        ("1.1.1 注册用户", 5),
        ("1.2 企业用户", 4),
        ("（二）除外情形", 3),
        ("二、定义", 2),
        ("第二章 收集", 1),
    ]
    parents = {s.title: s.parent for s in doc.sections}
    ids = {s.title: s.id for s in doc.sections}
    assert parents["1.1.1 注册用户"] == ids["1.1 个人用户"]
    assert parents["第二章 收集"] is None


def test_plain_heading_followed_by_heading_is_parent() -> None:
    doc = parse_string("\n\n".join(["隱私權政策", BODY, "您的權利", "存取", BODY, "刪除", BODY, "其他", "聯絡我們", BODY]))
    assert [(t, lvl) for _, lvl, t in headings(doc)] == [("您的權利", 1), ("存取", 2), ("刪除", 2), ("其他", 1), ("聯絡我們", 2)]


def test_bold_markdown_pseudo_heading() -> None:
    doc = parse_string(f"# 隐私政策\n\n{BODY}\n\n**（一）分享**\n\n{BODY}\n\n**（二）转让**\n\n{BODY}\n", ".md")
    assert [t for _, _, t in headings(doc)] == ["（一）分享", "（二）转让"]


def test_list_item_sections_mdx() -> None:
    doc = parse_string(f"# 指引\n\n{BODY}\n\n*   一、我们如何收集信息\n\n    {BODY}\n\n*   二、我们如何使用信息\n\n    {BODY}\n", ".mdx")
    assert [t for _, _, t in headings(doc)] == ["一、我们如何收集信息", "二、我们如何使用信息"]


# --- not headings ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "1. 我們可能會使用您的帳戶相關資料為您創建個人智米帳戶和個人資料頁面。",  # numbered sentence
        "- **智慧型裝置資料。** 在您使用裝置連接至智米App的時，我們可能需要收集資料。",  # bullet item
        "- 登入智米帳戶或登出",  # short bullet without punctuation
        "根據您選擇的服務，我們可能會收集以下類型的資料：",  # lead-in ending with ：
        "北京智米科技有限公司",  # company name
        "地址：北京市海淀區朱房路66號",  # label: value
        "電子郵件：privacy@smartmiglobal.com",
        "感謝您花時間閱讀我們的隱私權政策！",  # closing line
        "以下是關於我們如何使用您的個人資料的更多詳情",  # lead-in without colon
        "如果您希望註銷特定的產品或服務，您可發送電子郵件至",  # clause waiting for its object
        "2021年3月30日",  # a date
    ],
)
def test_not_a_heading(line: str) -> None:
    doc = parse_string("\n\n".join(["隱私權政策", BODY, "關於我們", BODY, line, BODY, "聯絡我們", BODY]))
    assert [t for _, _, t in headings(doc)] == ["關於我們", "聯絡我們"], line


def test_first_sentence_is_not_a_heading() -> None:
    doc = parse_string("\n\n".join(["隱私權政策", "本政策說明我們如何處理資料", BODY, "關於我們", BODY]))
    assert [t for _, _, t in headings(doc)] == ["關於我們"]


def test_short_numbered_list_is_not_headings() -> None:
    doc = parse_string("\n\n".join(["隐私政策", BODY, "一、收集的信息", "我们收集：", "1. 姓名", "2. 电话号码", "3. 电子邮箱", BODY]))
    assert [t for _, _, t in headings(doc)] == ["一、收集的信息"]


def test_table_of_contents_is_not_headings() -> None:
    doc = parse_string(
        "\n\n".join(
            [
                "隐私政策",
                BODY,
                "目录",
                "一、我们收集的信息",
                "二、我们如何使用信息",
                BODY,
                "一、我们收集的信息",
                BODY,
                "二、我们如何使用信息",
                BODY,
            ]
        )
    )
    titles = [(line, t) for line, _, t in headings(doc)]
    assert titles == [(5, "目录"), (13, "一、我们收集的信息"), (17, "二、我们如何使用信息")]


def test_separator_line_is_not_a_heading() -> None:
    doc = parse_string("\n\n".join(["隱私權政策", BODY, "________________________", BODY, "關於我們", BODY]))
    assert [t for _, _, t in headings(doc)] == ["關於我們"]


def test_list_item_heading_after_unusual_whitespace() -> None:
    """「* \\u2028**一、…**」: the whitespace that str.strip() removes does not hide the numbered heading."""
    doc = parse_string("隱私政策\n\n* \u2028**一、我們收集的資料**\n\n我們收集您的姓名。\n", suffix=".md")
    assert "一、我們收集的資料" in [s.title for s in doc.sections]


def test_urls_in_any_case_and_width_are_metadata() -> None:
    """「Www.」 and full-width ｗｗｗ are found only in the paragraphs that could hold them, but found."""
    from policylens.structure.metadata import extract_contacts

    _, urls, _, _ = extract_contacts(["請瀏覽 Www.example.com 。", "沒有網址的段落。", "或 ｗｗｗ.example.org"])
    assert urls == ("Www.example.com", "www.example.org")
