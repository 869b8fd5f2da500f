"""Heading classes of issue #8's third round, one group per class, on small files written here.

The classes come from real policies the code had never seen (`eval/`): (a) plain text that
mixes numbered and unnumbered heading lines, (b) unnumbered peers written at inconsistent `#`
depths, (c) headings glued to their paragraph by a line break, (d) `1 标题` numbers (a number
and a space, no dot), (e) DOCX lists that continue across `numId`s, (f) files holding several
language editions.  Each class also has cases that must stay as they are (precision first).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_path, parse_string

BODY = "我们会依法处理您的个人信息，并采取适当的安全措施。"
EN = "We process your personal information lawfully and protect it with appropriate measures."
JA = "当社は、お客様の個人情報を適切に管理し、法令に従って取り扱います。"


def levels(doc) -> list[tuple[str, int]]:
    return [(title, level) for _, level, title in headings(doc)]


def titles(doc) -> list[str]:
    return [title for _, _, title in headings(doc)]


# -- (a) plain text mixing numbered and unnumbered heading lines ---------------------------
def test_decimal_sub_sections_under_an_unnumbered_line_keep_the_level_their_number_gives() -> None:
    """「1.1」 is a child of 「1.」 whatever bare line stands between them."""
    text = (
        f"隐私政策\n\n1. 信息收集\n{BODY}\n\n我们收集以下两类信息\n\n1.1 账号\n{BODY}\n\n1.2 同步数据\n{BODY}\n\n"
        f"2. 信息使用\n{BODY}\n\n2.1 提供服务\n{BODY}\n"
    )
    got = dict(levels(parse_string(text)))
    assert (got["1.1 账号"], got["1.2 同步数据"], got["2.1 提供服务"]) == (2, 2, 2)
    assert (got["1. 信息收集"], got["2. 信息使用"]) == (1, 1)


def test_unnumbered_line_before_a_restarted_sequence_is_top_level() -> None:
    """「Cookie的使用」 closes the Chinese edition; the English edition's 「1.」 starts the numbers over."""
    text = (
        f"隐私政策\n\n1. 信息收集\n{BODY}\n\n2. 信息使用\n{BODY}\n\nCookie的使用\n{BODY}\n\n"
        f"Privacy Policy\n\n1. Information collection\n{EN}\n\n2. Information use\n{EN}\n"
    )
    assert ("Cookie的使用", 1) in levels(parse_string(text))


def test_latin_title_line_above_its_chinese_paragraph_is_a_heading() -> None:
    """「Cookies」 directly above 「通过使用Cookies，…」 in a Chinese plain-text policy."""
    text = f"隐私政策\n\n一、信息收集\n{BODY}\n\nCookies\n通过使用Cookies，我们向用户提供安全的服务体验。\n\n二、信息使用\n{BODY}\n"
    assert levels(parse_string(text)) == [("一、信息收集", 1), ("Cookies", 1), ("二、信息使用", 1)]


def test_unnumbered_line_between_sub_sections_keeps_the_sub_level() -> None:
    text = f"隐私政策\n\n一、信息收集\n{BODY}\n\n（一）账号\n{BODY}\n\n特别说明\n{BODY}\n\n（二）设备\n{BODY}\n\n二、信息使用\n{BODY}\n"
    assert ("特别说明", 2) in levels(parse_string(text))


HANT = "我們會依法處理您的個人資料，並採取適當的安全措施。"


@pytest.mark.parametrize("labels", [("A. ", "B. ", "C. "), ("（一）", "（二）", "（三）")])
def test_lettered_run_inside_a_bare_titled_section_is_its_sub_sections(labels: tuple[str, ...]) -> None:
    """「A.」–「C.」 under 「如何刪除資料」 (which has text of its own), then bare sections again."""
    parts = "".join(
        f"{label}{name}\n{HANT}\n\n"
        for label, name in zip(labels, ("行動 App 內刪除", "刪除整個應用資料", "要求我們協助刪除"), strict=True)
    )
    text = f"隱私權政策\n\n資料收集\n{HANT}\n\n如何刪除資料\n我們提供數種刪除方式，請依版本選擇：\n\n{parts}兒童隱私\n{HANT}\n\n聯絡方式\n{HANT}\n"
    assert [level for _, level in levels(parse_string(text))] == [1, 1, 2, 2, 2, 1, 1]


@pytest.mark.parametrize(
    "text",
    [
        f"隱私權政策\n\n引言\n{HANT}\n\n一、資料收集\n{HANT}\n\n二、資料利用\n{HANT}\n\n聯絡方式\n{HANT}\n",
        f"隐私政策\n\n一、信息收集\n{BODY}\n\n特别说明\n{BODY}\n\n（一）账号\n{BODY}\n\n（二）设备\n{BODY}\n\n二、信息使用\n{BODY}\n",
    ],
)
def test_numbered_runs_that_are_sections_are_not_nested_under_a_bare_title(text: str) -> None:
    got = levels(parse_string(text))
    assert [level for title, level in got if title[:1] in "一二"] == [1, 1]
    assert [level for title, level in got if title.startswith("（")] in ([], [2, 2])


# -- (b) unnumbered peers written with inconsistent # depths -----------------------------------
@pytest.mark.parametrize(
    "md",
    [
        f"## 隐私政策\n\n#### 总则\n\n{BODY}\n\n## 修订策略\n\n{BODY}\n\n#### 信息收集\n\n{BODY}\n\n## 联系我们\n\n{BODY}\n",
        f"# 隐私政策\n\n#### 总则\n{BODY}\n\n#### 修订策略\n{BODY}\n\n## 信息收集\n{BODY}\n\n#### 信息使用\n{BODY}\n",
    ],
)
def test_unnumbered_peers_at_inconsistent_depths_are_all_top_level(md: str) -> None:
    doc = parse_string(md, ".md")
    assert {level for _, level in levels(doc)} == {1}
    assert {s.depth for s in doc.sections if s.title} == {2, 4}  # the depth as written is kept


def test_deeper_unnumbered_heading_one_level_down_still_nests() -> None:
    md = f"# 隐私政策\n\n## 总则\n\n{BODY}\n\n### 定义\n\n{BODY}\n\n## 信息收集\n\n{BODY}\n"
    assert levels(parse_string(md, ".md")) == [("总则", 1), ("定义", 2), ("信息收集", 1)]


# -- (c) headings glued to their paragraph by a line break ------------------------------------
def test_numbered_lines_glued_to_their_text_in_markdown_with_headings_are_headings() -> None:
    """`## 一、` sections, and below them (一) / 1、 title lines written without blank lines."""
    md = (
        f"# 隐私政策\n\n## 一、信息收集\n{BODY}\n（一）账号信息\n{BODY}\n1、注册成为用户\n{BODY}\n"
        f"（二）设备信息\n{BODY}\n\n## 二、信息使用\n{BODY}\n三、信息共享\n{BODY}\n"
    )
    assert levels(parse_string(md, ".md")) == [
        ("一、信息收集", 1),
        ("（一）账号信息", 2),
        ("1、注册成为用户", 3),
        ("（二）设备信息", 2),
        ("二、信息使用", 1),
        ("三、信息共享", 1),
    ]


def test_wrapped_numbered_sentence_in_markdown_is_not_cut() -> None:
    md = f"# 隐私政策\n\n## 一、信息收集\n{BODY}\n1、我们会收集您的设备信息\n以保障安全。\n"
    assert titles(parse_string(md, ".md")) == ["一、信息收集"]


def test_short_unnumbered_first_line_of_a_markdown_paragraph_is_not_cut() -> None:
    """In a Markdown file with headings, a bare line above its text is still one paragraph."""
    md = "# 隐私政策\n\n## 信息收集\n为了向您提供服务\n我们会收集您的账号信息和设备信息，并依法保护这些信息。\n"
    doc = parse_string(md, ".md")
    assert titles(doc) == ["信息收集"]
    assert len(doc.sections[-1].paragraphs) == 1


def test_opening_notice_between_the_title_and_the_text_is_a_heading() -> None:
    """「温馨提示」 right under the title line and directly above its text (no blank lines at all)."""
    text = (
        "【某某】隐私政策\n温馨提示\n欢迎您使用本应用！我们非常重视保护您的个人信息和隐私。\n"
        f"1.为向您提供服务，我们将收集必要的信息。\n一、信息收集\n{BODY}\n二、信息使用\n{BODY}\n"
    )
    doc = parse_string(text)
    assert doc.metadata.title == "【某某】隐私政策"
    assert levels(doc) == [("温馨提示", 1), ("一、信息收集", 1), ("二、信息使用", 1)]


def test_numbered_heading_behind_zero_width_spaces_is_found() -> None:
    """Pasted from a rich-text editor: U+200B around the title line, a Markdown list further down."""
    md = (
        f"\u200b\u200b欢迎您使用本应用。\u200b\u200b\n\u200b\u200b一、信息收集\u200b\u200b\n{BODY}\n二、信息使用\n1. 最小必要信息\n{BODY}\n"
    )
    assert titles(parse_string(md, ".md"))[:2] == ["一、信息收集", "二、信息使用"]


def test_values_of_a_flattened_label_table_are_not_headings() -> None:
    """`第三方SDK名称：` / `Unity3D SDK` / `应用场景：` / `统计设备信息`: label and value, not sections."""
    text = (
        f"隐私政策\n\n一、信息共享\n\n{BODY}\n\n第三方SDK名称：\n\nUnity3D SDK\n\n应用场景：\n\n统计设备信息\n\n"
        f"第三方SDK名称：\n\n快手广告SDK\n\n二、信息安全\n\n{BODY}\n"
    )
    assert titles(parse_string(text)) == ["一、信息共享", "二、信息安全"]


def test_long_numbered_title_among_short_siblings_is_a_heading() -> None:
    """（2） is longer than a heading usually is, but (1) and (3) around it are titles above their text."""
    text = (
        f"隐私政策\n\n一、信息共享\n\n（1）为实现相关功能或服务与关联方共享\n\n{BODY}\n\n"
        f"（2）为实现程序化广告推送，我们可能会与广告合作伙伴共享去标识化或匿名化处理后的信息\n\n{BODY}\n\n"
        f"（3）为实现特定功能而与业务合作伙伴共享\n\n{BODY}\n\n二、信息安全\n\n{BODY}\n"
    )
    assert [level for _, level in levels(parse_string(text))] == [1, 2, 2, 2, 1]


def test_long_numbered_sentences_among_short_siblings_stay_list_items() -> None:
    text = (
        f"隐私政策\n\n一、信息共享\n\n（1）与国家安全、国防安全直接相关的；\n\n"
        f"（2）为实现程序化广告推送，我们可能会与广告合作伙伴共享去标识化或匿名化处理后的信息\n\n"
        f"（3）与公共安全直接相关的；\n\n二、信息安全\n\n{BODY}\n"
    )
    assert titles(parse_string(text)) == ["一、信息共享", "二、信息安全"]


def test_markdown_headings_typed_into_a_text_file_nest_by_their_depth() -> None:
    """A `.txt` holding a Markdown document: its `#` lines are the outline the reader sees."""
    text = (
        f"# 某某 隐私政策\n\n**更新日期: 2025年3月14日**\n\n## 引言\n{BODY}\n\n## 我们收集的信息\n{BODY}\n\n"
        f"### 您提供的信息\n{BODY}\n\n## 我们如何共享您的信息\n\n### 服务提供商\n{BODY}\n\n## 联系我们\n{BODY}\n"
    )
    doc = parse_string(text)
    assert doc.metadata.title == "某某 隐私政策"
    assert levels(doc) == [
        ("引言", 1),
        ("我们收集的信息", 1),
        ("您提供的信息", 2),
        ("我们如何共享您的信息", 1),
        ("服务提供商", 2),
        ("联系我们", 1),
    ]
    assert [s.depth for s in doc.sections if s.title][:3] == [2, 2, 3]


@pytest.mark.parametrize(
    "line", ["#双十一# 活动说明", "# 仅此一行", "### Translation file for page: https://example.org/privacy\n\n## templates/privacy.hbs"]
)
def test_a_lone_hash_line_in_a_text_file_is_not_markup(line: str) -> None:
    """One `#` line, or hashtags, in a plain-text policy: no Markdown outline is made of them."""
    text = f"隐私政策\n\n{line}\n\n{BODY}\n\n#话题# 我们的活动\n\n一、信息收集\n{BODY}\n"
    doc = parse_string(text)
    assert doc.metadata.title == "隐私政策"
    assert all(s.depth is None for s in doc.sections)


# -- (d) 1 标题: a number, a space and a title -------------------------------------------------
def test_number_space_title_line_in_markdown_is_a_sub_heading() -> None:
    md = (
        f"# 使用条款\n\n{BODY}\n\n# 用户行为规范\n\n1 用户行为要求\n\n{BODY}\n\n"
        "1.1 使用未经我们授权的插件。\n\n# 免责声明\n\n1 您理解并同意，服务可能受多种因素影响。\n"
    )
    assert levels(parse_string(md, ".md")) == [("用户行为规范", 1), ("1 用户行为要求", 2), ("免责声明", 1)]


def test_number_space_titles_carry_their_number() -> None:
    text = f"隐私政策\n\n1 信息收集\n{BODY}\n\n1.1 账号\n{BODY}\n\n2 信息使用\n{BODY}\n"
    doc = parse_string(text)
    assert levels(doc) == [("1 信息收集", 1), ("1.1 账号", 2), ("2 信息使用", 1)]
    assert [s.number for s in doc.sections if s.title] == ["1", "1.1", "2"]


@pytest.mark.parametrize("line", ["1 月 1 日起生效", "3 个工作日内答复", "2 对于涉嫌违法的信息，我们会依法处理。"])
def test_number_space_lines_that_are_not_titles_stay_text(line: str) -> None:
    md = f"# 隐私政策\n\n## 信息收集\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    assert titles(parse_string(md, ".md")) == ["信息收集"]


def test_docx_numbered_title_after_numbered_sentences_is_a_heading(tmp_path: Path) -> None:
    """In Word every paragraph is a line of its own: 「（六）安全事件处置」 after 「（五）…。」 is a heading."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("隐私政策", level=0)
    for text in ("一、信息安全", BODY, "（五）互联网并非绝对安全的环境。", "（六）安全事件处置", BODY):
        document.add_paragraph(text)
    path = tmp_path / "policy.docx"
    document.save(str(path))
    assert "（六）安全事件处置" in titles(parse_path(path))


# -- (e) DOCX lists continued across numIds ------------------------------------------------
def _docx_two_lists(tmp_path: Path, *, restart: bool) -> Path:
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_heading("隐私政策", level=0)
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="80"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
    for num_id, extra in (("80", ""), ("81", override)):
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="80"/>{extra}</w:num>'))
    for title, num_id in (("信息收集", "80"), ("信息使用", "80"), ("信息共享", "81"), ("联系我们", "81")):
        para = document.add_paragraph(title)
        para._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
        document.add_paragraph(BODY)
    path = tmp_path / "policy.docx"
    document.save(str(path))
    return path


def test_docx_list_continued_under_another_num_id_keeps_counting(tmp_path: Path) -> None:
    """Two `w:num`s of one abstract list share its counter, as Word draws them: 三、 not 一、 again."""
    doc = parse_path(_docx_two_lists(tmp_path, restart=False))
    assert titles(doc) == ["一、信息收集", "二、信息使用", "三、信息共享", "四、联系我们"]


def test_docx_list_with_a_start_override_starts_over(tmp_path: Path) -> None:
    doc = parse_path(_docx_two_lists(tmp_path, restart=True))
    assert titles(doc) == ["一、信息收集", "二、信息使用", "一、信息共享", "二、联系我们"]


def test_docx_list_defined_by_a_list_style_takes_the_style_levels(tmp_path: Path) -> None:
    """`w:numStyleLink`: an abstract list that only names a list style counts with that style's list."""
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_heading("隐私政策", level=0)
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.insert(
        1, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="71"><w:numStyleLink w:val="OutlineList"/></w:abstractNum>')
    )
    for num_id in ("70", "71"):
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    document.styles.element.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="numbering" w:styleId="OutlineList"><w:name w:val="Outline List"/>'
            '<w:pPr><w:numPr><w:numId w:val="70"/></w:numPr></w:pPr></w:style>'
        )
    )
    for title, num_id in (("信息收集", "70"), ("信息使用", "71"), ("联系我们", "71")):
        para = document.add_paragraph(title)
        para._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
        document.add_paragraph(BODY)
    path = tmp_path / "policy.docx"
    document.save(str(path))
    assert titles(parse_path(path)) == ["一、信息收集", "二、信息使用", "三、联系我们"]


# -- (f) several language editions in one plain-text file ------------------------------------
def test_three_language_editions_each_start_at_the_top() -> None:
    text = (
        f"隐私政策\n\n信息收集\n{BODY}\n\nCookie的使用\n{BODY}\n\n"
        f"プライバシーポリシー\n\n個人情報の収集\n{JA}\n\nクッキーの使用\n{JA}\n\n"
        f"Privacy Policy\n\nScope of application\n{EN}\n\nInformation use\n{EN}\n"
    )
    doc = parse_string(text)
    assert levels(doc) == [
        ("信息收集", 1),
        ("Cookie的使用", 1),
        ("プライバシーポリシー", 1),
        ("個人情報の収集", 1),
        ("クッキーの使用", 1),
        ("Privacy Policy", 1),
        ("Scope of application", 1),
        ("Information use", 1),
    ]
    assert [s.lang for s in doc.sections if s.title] == ["zh", "zh", "ja", "ja", "ja", "en", "en", "en"]


def test_english_edition_with_numbered_and_bare_titles_is_found() -> None:
    text = (
        f"隐私政策\n\n1. 适用范围\n{BODY}\n\n2. 信息使用\n{BODY}\n\n"
        f"Privacy Policy\n\n1. Scope of application\n{EN}\n\nUse of cookies\n{EN}\n\n2. Information security\n{EN}\n"
    )
    assert levels(parse_string(text)) == [
        ("1. 适用范围", 1),
        ("2. 信息使用", 1),
        ("Privacy Policy", 1),
        ("1. Scope of application", 1),
        ("Use of cookies", 1),
        ("2. Information security", 1),
    ]


def test_editions_written_without_blank_lines_keep_their_headings() -> None:
    """No blank line anywhere: 「Privacy Policy」 directly above 「Scope of application」 and its text."""
    text = f"隐私政策\n信息收集\n{BODY}\nPrivacy Policy\nScope of application\n{EN}\nInformation use\n{EN}\nUse of cookies\n{EN}\n"
    assert levels(parse_string(text)) == [
        ("信息收集", 1),
        ("Privacy Policy", 1),
        ("Scope of application", 1),
        ("Information use", 1),
        ("Use of cookies", 1),
    ]


def test_heading_right_after_a_one_line_list_item_is_a_heading() -> None:
    text = (
        f"隐私政策\n\n信息收集\n{BODY}\n\nPrivacy Policy\n\nScope of application\n{EN}\n"
        f"- Device information\n- Account information\nInformation use\n{EN}\n"
    )
    assert "Information use" in titles(parse_string(text))


@pytest.mark.parametrize(
    "text",
    [
        # a list item wrapped over three lines: its middle line is not a title
        f"隐私政策\n\n一、信息共享\n{BODY}\n- 我们可能会与广告合作伙伴共享去标识化\n或匿名化处理后的信息\n以帮助其提升广告有效触达率。\n",
        # a hard-wrapped English paragraph: a capitalised line after a sentence end is still the paragraph
        "Privacy Policy\n\nSome team members use Zulip and Discord for\ncommunity collaboration. Zulip has a notice\n"
        "at zulipchat.com.\nDiscord's privacy notice is available\nat discord.com.\n",
        # a numbered list of sentences: its next item wrapped before a Latin word is not a title
        f"隐私政策\n\n一、例外\n{BODY}\n8. 法律法规规定的其他情形。\n9. 我们会集成高德地图 Android\n   地图 SDK，用于实现定位及地图展示的功能，该 SDK 主体为高德软件有限公司。\n",
    ],
)
def test_lines_inside_a_paragraph_that_only_look_like_titles_are_not_cut(text: str) -> None:
    assert len(titles(parse_string(text))) <= 1


def test_bare_title_with_a_bracketed_note_above_its_text_is_a_heading() -> None:
    """「使用者提供（必要、由你上傳或建立）」 directly above its paragraph."""
    text = (
        f"隱私權政策\n\n使用者提供（必要、由你上傳或建立）\n你建立的書籍與註記只保存在你的裝置上，我們不會上傳到任何伺服器。\n\n"
        f"第三方清單（依現況）\n{HANT}\n\nCookie 與類似技術（PWA / 網頁版）\n{HANT}\n\n聯絡方式\n{HANT}\n"
    )
    assert titles(parse_string(text)) == [
        "使用者提供（必要、由你上傳或建立）",
        "第三方清單（依現況）",
        "Cookie 與類似技術（PWA / 網頁版）",
        "聯絡方式",
    ]


def test_request_with_a_bracketed_note_is_not_a_title() -> None:
    text = f"隱私權政策\n\n資料收集\n{HANT}\n\n如需協助請聯絡我們（見第十條）\n{HANT}\n\n聯絡方式\n{HANT}\n"
    assert "如需協助請聯絡我們（見第十條）" not in titles(parse_string(text))


def test_numbered_title_set_off_by_blank_lines_after_numbered_sentences_is_a_heading() -> None:
    md = f"# 隐私政策\n\n## 五、安全\n\n（四）我们会采取一切合理可行的措施。\n\n（五）互联网并非绝对安全的环境。\n\n（六）安全事件处置\n\n{BODY}\n"
    assert titles(parse_string(md, ".md")) == ["五、安全", "（六）安全事件处置"]
