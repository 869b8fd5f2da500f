"""Structure defect classes left open by the first round of issue #8, one test group per class.

Each class is named after what a reader perceives; the small files are written here, the
real files that showed the class are in `tests/data/real/` (see `tests/data/SOURCES.md`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import cli, headings, parse_string

BODY = "我們會依法處理您的個人資料，並採取適當的安全措施。"
BODY_HANS = "我们会依法处理您的个人信息，并采取适当的安全措施。"
REAL = Path(__file__).parent / "data" / "real"


def levels(doc) -> list[tuple[str, int]]:
    return [(title, level) for _, level, title in headings(doc)]


# -- bilingual pair written two ways ----------------------------------------------------------
def test_bilingual_pair_written_two_ways_is_one_section() -> None:
    """`## 2.1 Personal Information` above `**2.1 個人資料**`: one section, two titles."""
    md = (
        "# Privacy Policy 私隱政策\n\n"
        "## 1. Introduction\n**1. 簡介**\n\nThis policy explains.\n\n" + BODY + "\n\n"
        "## 2. Information We Collect\n**2. 我們收集的資料**\n\n"
        "### 2.1 Personal Information\n**2.1 個人資料**\n\nWe collect your name.\n\n" + BODY + "\n"
    )
    doc = parse_string(md, ".md")
    titled = [s for s in doc.sections if s.title]
    assert [(s.titles, s.level) for s in titled] == [
        (("1. Introduction", "1. 簡介"), 1),
        (("2. Information We Collect", "2. 我們收集的資料"), 1),
        (("2.1 Personal Information", "2.1 個人資料"), 2),
    ]
    assert [s.title for s in titled] == ["1. 簡介", "2. 我們收集的資料", "2.1 個人資料"]


def test_bilingual_pair_needs_the_same_number() -> None:
    """A bold line with another number is not the translation of the heading above it."""
    md = f"# 政策\n\n## 1. Introduction\n**2. 簡介**\n\n{BODY}\n"
    doc = parse_string(md, ".md")
    assert all(not s.titles or len(s.titles) == 1 for s in doc.sections)


def test_bilingual_pair_same_language_is_two_headings() -> None:
    md = f"# 政策\n\n## 1. 簡介\n**1. 簡介說明**\n\n{BODY}\n"
    doc = parse_string(md, ".md")
    assert [s.title for s in doc.sections if s.title] == ["1. 簡介", "1. 簡介說明"]


# -- levels: unnumbered explicit headings whose markup depth is inconsistent ---------------
def test_unnumbered_peers_written_with_skipped_depths_share_a_level() -> None:
    """`## 引言` (with its text), then `####` sections: the reader sees peers, not children."""
    md = (
        f"# 隐私政策\n\n## 引言\n\n{BODY_HANS}\n\n#### 信息收集\n\n{BODY_HANS}\n\n#### 信息使用\n\n{BODY_HANS}\n\n"
        f"## 信息共享\n\n{BODY_HANS}\n\n#### 联系我们\n\n{BODY_HANS}\n"
    )
    doc = parse_string(md, ".md")
    assert levels(doc) == [("引言", 1), ("信息收集", 1), ("信息使用", 1), ("信息共享", 1), ("联系我们", 1)]
    assert [s.depth for s in doc.sections if s.title] == [2, 4, 4, 2, 4]  # as written


def test_unnumbered_children_one_level_deeper_still_nest() -> None:
    md = f"# 隐私政策\n\n## 信息收集\n\n{BODY_HANS}\n\n### 账户信息\n\n{BODY_HANS}\n\n### 设备信息\n\n{BODY_HANS}\n\n## 信息使用\n\n{BODY_HANS}\n"
    doc = parse_string(md, ".md")
    assert levels(doc) == [("信息收集", 1), ("账户信息", 2), ("设备信息", 2), ("信息使用", 1)]


@pytest.mark.parametrize("intro", ["", "我们会收集以下信息：\n\n"])
def test_skipped_depth_under_an_empty_or_introducing_parent_nests(intro: str) -> None:
    """A parent without text of its own, or one that announces a list (…：), has children."""
    md = f"# 隐私政策\n\n## 信息收集\n\n{intro}#### 账户信息\n\n{BODY_HANS}\n\n#### 设备信息\n\n{BODY_HANS}\n\n## 信息使用\n\n{BODY_HANS}\n"
    doc = parse_string(md, ".md")
    assert levels(doc) == [("信息收集", 1), ("账户信息", 2), ("设备信息", 2), ("信息使用", 1)]


def test_skipped_depth_peer_keeps_its_own_children() -> None:
    md = (
        f"# 隐私政策\n\n## 引言\n\n{BODY_HANS}\n\n#### 信息收集\n\n##### 账户信息\n\n{BODY_HANS}\n\n"
        f"##### 设备信息\n\n{BODY_HANS}\n\n## 联系我们\n\n{BODY_HANS}\n"
    )
    doc = parse_string(md, ".md")
    assert levels(doc) == [("引言", 1), ("信息收集", 1), ("账户信息", 2), ("设备信息", 2), ("联系我们", 1)]


# -- levels: plain text that mixes numbered and unnumbered headings ------------------------
def test_unnumbered_line_between_numbered_sections_is_their_sibling() -> None:
    """「Cookie的使用」 between 2. and 3., and 「联系我们」 after the last: top-level sections too."""
    text = (
        f"隐私政策\n\n引言\n{BODY_HANS}\n\n1. 信息收集\n{BODY_HANS}\n\n2. 信息使用\n{BODY_HANS}\n\n"
        f"Cookie的使用\n{BODY_HANS}\n\n3. 信息共享\n{BODY_HANS}\n\n联系我们\n{BODY_HANS}\n"
    )
    doc = parse_string(text)
    assert levels(doc) == [("引言", 1), ("1. 信息收集", 1), ("2. 信息使用", 1), ("Cookie的使用", 1), ("3. 信息共享", 1), ("联系我们", 1)]


def test_unnumbered_line_inside_a_sub_sequence_takes_its_level() -> None:
    text = (
        f"隐私政策\n\n一、信息收集\n{BODY_HANS}\n\n（一）账户信息\n{BODY_HANS}\n\n特别提示\n{BODY_HANS}\n\n"
        f"（二）设备信息\n{BODY_HANS}\n\n二、信息使用\n{BODY_HANS}\n"
    )
    doc = parse_string(text)
    assert levels(doc) == [("一、信息收集", 1), ("（一）账户信息", 2), ("特别提示", 2), ("（二）设备信息", 2), ("二、信息使用", 1)]


def test_unnumbered_parent_with_its_children_moves_as_a_group() -> None:
    """An unnumbered parent between numbered sections keeps its unnumbered children below it."""
    text = (
        f"隐私政策\n\n1. 信息收集\n{BODY_HANS}\n\n2. 信息使用\n{BODY_HANS}\n\n"
        f"其他事项\n\n未成年人保护\n{BODY_HANS}\n\n政策更新\n{BODY_HANS}\n\n3. 联系我们\n{BODY_HANS}\n"
    )
    doc = parse_string(text)
    assert levels(doc) == [
        ("1. 信息收集", 1),
        ("2. 信息使用", 1),
        ("其他事项", 1),
        ("未成年人保护", 2),
        ("政策更新", 2),
        ("3. 联系我们", 1),
    ]


# -- a whole policy inside one HTML paragraph ------------------------------------------------
def test_numbered_title_lines_between_br_in_one_paragraph_are_headings() -> None:
    html = (
        "<html><body><h1>隱私權政策</h1>\n<p>本政策說明我們如何處理您的個人資料。<br>\n一、前言<br>\n"
        f"{BODY}<br>\n{BODY}<br>\n二、資料的蒐集<br>\n{BODY}<br>\n（一）帳戶資料<br>\n{BODY}<br>\n三、聯絡我們<br>\n{BODY}</p></body></html>\n"
    )
    doc = parse_string(html, ".html")
    assert [(line, level, title) for line, level, title in headings(doc)] == [
        (3, 1, "一、前言"),
        (6, 1, "二、資料的蒐集"),
        (8, 2, "（一）帳戶資料"),
        (10, 1, "三、聯絡我們"),
    ]
    first = next(s for s in doc.sections if s.title == "一、前言")
    assert [p.text for p in first.paragraphs] == [f"{BODY} {BODY}".replace("。 ", "。")]
    assert (first.column, first.paragraphs[0].column) == (1, 1)


def test_br_lines_that_are_sentences_stay_one_paragraph() -> None:
    """Numbered list lines that are sentences (1. 我們會…。) are not cut out of their paragraph."""
    html = f"<html><body><h1>政策</h1><p>我們會：<br>1. 依法處理您的個人資料。<br>2. 採取安全措施保護資料。</p><h2>聯絡我們</h2><p>{BODY}</p></body></html>"
    doc = parse_string(html, ".html")
    assert [t for _, _, t in headings(doc)] == ["聯絡我們"]


def test_whole_policy_on_one_long_html_paragraph_is_cut_at_numbered_headings() -> None:
    """No <br> at all: the paragraph is cut like a one-line text file (numbered headings after a sentence end)."""
    sections = "".join(f"{n}、第{n}節標題 " + BODY * 20 + " " for n in "一二三四五")
    html = f"<html><body><p>【生效日期：2024年1月1日】 {sections}</p></body></html>\n"
    doc = parse_string(html, ".html")
    assert [t for _, _, t in headings(doc)] == [f"{n}、第{n}節標題" for n in "一二三四五"]
    for section in doc.sections[1:]:
        assert section.line == 1 and html[section.column - 1 :].startswith(section.title)


# -- a heading glued to its first sentence on the same line ---------------------------------
def test_numbered_titles_glued_to_their_first_sentence_are_cut_off() -> None:
    text = f"隱私權政策\n\n一、資料的蒐集 {BODY}{BODY}\n\n二、資料的利用 {BODY}\n{BODY}\n\n三、聯絡我們 {BODY}\n"
    doc = parse_string(text)
    assert [(line, title) for line, _, title in headings(doc)] == [(3, "一、資料的蒐集"), (5, "二、資料的利用"), (8, "三、聯絡我們")]
    first = doc.sections[0] if doc.sections[0].title else doc.sections[1]
    assert first.paragraphs[0].text == BODY + BODY
    assert (first.paragraphs[0].line, first.paragraphs[0].column) == (3, len("一、資料的蒐集 ") + 1)


@pytest.mark.parametrize(
    "lines",
    [
        # a space inside a sentence before a Latin word
        ["1. 我們使用 Google Analytics 分析您的使用情況。", "2. 我們使用 Firebase 傳送通知給您。"],
        # a lead-in, not a title
        ["一、如果您 不同意本政策，請停止使用本服務並聯絡我們。", "二、如果您 未滿十八歲，請在監護人陪同下閱讀本政策。"],
        # only one such line in the document
        ["一、資料的蒐集 " + BODY + BODY],
        # the rest is not a sentence
        ["一、資料的蒐集 姓名、電話", "二、資料的利用 行銷、統計"],
    ],
)
def test_lines_that_only_look_glued_are_not_cut(lines: list[str]) -> None:
    text = "隱私權政策\n\n" + "\n\n".join(lines) + "\n"
    doc = parse_string(text)
    bodies = [p.text for s in doc.sections for p in s.paragraphs]
    titles = [t for _, _, t in headings(doc)]
    for line in lines:
        assert line in bodies or line in titles


# -- numbered titles closed by a colon ------------------------------------------------------
def test_long_numbered_title_with_a_colon_continuing_a_colon_sequence_is_a_heading() -> None:
    text = (
        f"隐私政策\n\n1. 适用范围：\n{BODY_HANS}\n\n2. 信息使用：\n{BODY_HANS}\n\n"
        f"3. 编辑和删除个人信息的权限：\n{BODY_HANS}\n\n4. 政策修改：\n{BODY_HANS}\n"
    )
    doc = parse_string(text)
    assert [t for _, _, t in headings(doc)] == ["1. 适用范围：", "2. 信息使用：", "3. 编辑和删除个人信息的权限：", "4. 政策修改："]


def test_numbered_lead_in_with_a_colon_is_not_a_heading() -> None:
    """Without a sibling closed by a colon before it, a long 「2. …：」 line introduces a list."""
    text = f"隐私政策\n\n1. 适用范围\n{BODY_HANS}\n\n2. 我们会在以下情形中使用您的个人信息：\n- 提供服务\n- 改进产品\n"
    doc = parse_string(text)
    assert [t for _, _, t in headings(doc)] == ["1. 适用范围"]


# -- real files annotated by hand (tests/data/real/headings.json, tests/data/SOURCES.md) ------
ANNOTATED = {k: v for k, v in json.loads((REAL / "headings.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}


@pytest.mark.parametrize("name", sorted(ANNOTATED))
def test_real_policy_headings_match_the_hand_annotation(name: str) -> None:
    from helpers import parse_path

    annotation = ANNOTATED[name]
    doc = parse_path(REAL / name)
    assert doc.metadata.title_line == annotation["title_line"]
    assert [[s.line, s.level] for s in doc.sections if s.line is not None] == annotation["headings"]


# -- language per paragraph --------------------------------------------------------------------
JA = "当社は、お客様の個人情報を適切に取り扱います。個人情報の利用目的は以下のとおりです。"


def test_each_paragraph_has_its_own_language() -> None:
    md = f"# 隐私政策\n\n## 数据收集 | Data Collection\n\n{BODY_HANS}\n\nWe collect your name and e-mail address.\n\n2024\n"
    doc = parse_string(md, ".md")
    section = next(s for s in doc.sections if s.title)
    assert section.lang == "zh"
    assert [p.lang for p in section.paragraphs] == ["zh", "en", "zh"]  # a paragraph without letters takes its section's


def test_japanese_paragraph_in_a_chinese_section_is_not_checked_as_chinese(tmp_path) -> None:
    from policylens.check import CheckOptions, check_file

    path = tmp_path / "p.md"
    path.write_text(f"# 隐私政策\n\n## 数据收集\n\n{BODY_HANS}\n\n{JA}\n\n{BODY_HANS}\n", encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert not [f for f in report.findings if f.rule == "script-mixed"], report.findings


def test_chinese_paragraph_in_an_english_section_is_chinese() -> None:
    text = (
        "Privacy Policy\n\nAbout us\n\nWe are a small team that builds apps for teachers and students, and we respect the privacy of every single user of our apps.\n\n"
        "我們重視您的個人資料與隱私權。\n"
    )
    doc = parse_string(text)
    langs = [(s.lang, [p.lang for p in s.paragraphs]) for s in doc.sections]
    assert langs == [("en", ["en", "en", "zh"])]
    assert doc.metadata.script == "hant"


def test_parse_json_paragraph_lang(tmp_path) -> None:

    path = tmp_path / "p.md"
    path.write_text(f"# 隐私政策\n\n## 一、总则\n\n{BODY_HANS}\n\nWe respect your privacy.\n", encoding="utf-8")
    run = cli("parse", str(path), "--format", "json")
    data = json.loads(run.stdout)
    assert [p["lang"] for p in data["sections"][0]["paragraphs"]] == ["zh", "en"]


def test_unnumbered_line_after_the_last_sub_section_is_top_level() -> None:
    text = f"隐私政策\n\n第一条 总则\n{BODY_HANS}\n\n1.1 定义\n{BODY_HANS}\n\n第二条 收集\n{BODY_HANS}\n\n2.1 方式\n{BODY_HANS}\n\n附则\n{BODY_HANS}\n"
    doc = parse_string(text)
    assert levels(doc)[-1] == ("附则", 1)


def test_unnumbered_line_directly_under_an_empty_numbered_heading_is_its_child() -> None:
    text = (
        f"隐私政策\n\n一、总则\n{BODY_HANS}\n\n二、您的权利\n\n（一）访问\n{BODY_HANS}\n\n（二）撤回同意\n\n权限管理路径\n\n"
        f"关闭相册权限：设置-隐私设置-相册权限\n\n三、联系我们\n{BODY_HANS}\n"
    )
    doc = parse_string(text)
    assert ("权限管理路径", 3) in levels(doc)


def test_plain_text_second_language_edition_starts_over() -> None:
    """「隐私政策」 after the English edition titled 「Privacy Policy」: its sections are top-level again."""
    text = (
        "Privacy Policy\n\n1. Information We Collect\nWe collect your name and e-mail address when you sign up.\n"
        "2. How We Use It\nWe use it to provide the service to you.\n\n"
        f"隐私政策\n\n1. 我们收集的信息\n{BODY_HANS}\n2. 我们如何使用\n{BODY_HANS}\n"
    )
    doc = parse_string(text)
    assert levels(doc) == [
        ("1. Information We Collect", 1),
        ("2. How We Use It", 1),
        ("隐私政策", 1),
        ("1. 我们收集的信息", 1),
        ("2. 我们如何使用", 1),
    ]


def test_english_numbered_titles_closed_by_a_colon_are_headings() -> None:
    text = (
        "Privacy Policy\n\n1. Information collection:\nWe collect your name when you sign up.\n\n"
        "2. Use of information:\nWe use it to provide the service.\n"
    )
    doc = parse_string(text)
    assert [t for _, _, t in headings(doc)] == ["1. Information collection:", "2. Use of information:"]


def test_numbered_bold_labels_with_a_colon_stay_list_items() -> None:
    md = f"# 隐私政策\n\n## 安全\n\n1. **数据加密**:\n{BODY_HANS}\n\n2. **访问控制**:\n{BODY_HANS}\n"
    doc = parse_string(md, ".md")
    assert [t for _, _, t in headings(doc)] == ["安全"]


# -- the first block after the title ------------------------------------------------------------
@pytest.mark.parametrize(("first", "sep"), [("信息收集", "\n"), ("**信息收集**", "\n\n")])
def test_first_block_shaped_like_the_other_headings_is_the_first_section(first: str, sep: str) -> None:
    rest = "**Cookie的使用**" if first.startswith("*") else "Cookie的使用"
    last = "**信息安全**" if first.startswith("*") else "信息安全"
    text = f"隐私政策\n\n{first}{sep}{BODY_HANS}\n\n{rest}{sep}{BODY_HANS}\n\n{last}{sep}{BODY_HANS}\n"
    doc = parse_string(text, ".md" if first.startswith("*") else ".txt")
    assert [t for _, _, t in headings(doc)] == ["信息收集", "Cookie的使用", "信息安全"]


def test_first_block_shaped_otherwise_is_not_a_heading() -> None:
    """A subtitle line with a blank line after it, while the headings sit directly above their text."""
    for sep in ("\n", "\n\n"):
        text = f"隐私政策\n\n智米科技\n\n{BODY_HANS}\n\n信息收集{sep}{BODY_HANS}\n\n信息安全{sep}{BODY_HANS}\n"
        doc = parse_string(text)
        assert [t for _, _, t in headings(doc)] == ["信息收集", "信息安全"]


# -- (1) sub-headings directly above their text in plain text ----------------------------
def test_paren_numbered_title_line_above_its_text_is_a_sub_heading() -> None:
    text = f"隐私政策\n\n一、我们收集的信息\n{BODY_HANS}\n（1）账号信息\n{BODY_HANS}\n（2）设备信息\n{BODY_HANS}\n二、我们如何使用信息\n{BODY_HANS}\n"
    doc = parse_string(text)
    assert levels(doc) == [("一、我们收集的信息", 1), ("（1）账号信息", 2), ("（2）设备信息", 2), ("二、我们如何使用信息", 1)]


def test_paren_numbered_sentence_wrapped_over_two_lines_stays_an_item() -> None:
    text = f"隐私政策\n\n一、我们收集的信息\n{BODY_HANS}\n（1）我们会收集设备信息\n以保障安全。\n（2）对于账号信息\n我们会加密保存。\n二、我们如何使用信息\n{BODY_HANS}\n"
    doc = parse_string(text)
    assert [t for _, _, t in headings(doc)] == ["一、我们收集的信息", "二、我们如何使用信息"]
