"""Classes left by eval/structure46, structure45c, structure45 and structure44 (forty-sixth session, helper u46a2), each
with invented cases on both sides and the real document's lines as a regression: reStructuredText titles in plain text,
an appendix title with a space before its number, a company's letterhead above the title, bare sub-titles between two
consecutive numbers, a numbered title whose label counts itself, a sub-section title after a numbered clause, an English
edition's titles in a `<br>` paragraph, a reading prompt above the policy's heading, a settings screen's labels above
the document it shows."""

from __future__ import annotations

from pathlib import Path

from helpers import headings, parse_path, parse_string

ROOT = Path(__file__).resolve().parents[1]
S46 = ROOT / "eval" / "structure46"


# -- 1. reStructuredText titles (load/adorned_titles.py) -------------------------------------------------------------

_RST = """==========
隐私政策
==========

本应用会发送两种信息。

崩溃信息
==========

崩溃时发送崩溃信息。

目的
----------

用于修复问题。

使用信息
==========

用于了解使用情况。
"""


def test_rst_titles_take_their_levels_from_their_adornments() -> None:
    for suffix in (".rst", ".txt"):
        doc = parse_string(_RST, suffix)
        assert doc.metadata.title == "隐私政策" and doc.metadata.title_line == 2
        assert headings(doc) == [(7, 1, "崩溃信息"), (12, 2, "目的"), (17, 1, "使用信息")]
        # the adornments are no text
        assert not any("==" in p.text or "--" in p.text for s in doc.sections for p in s.paragraphs)


def test_a_single_rule_or_a_sentence_over_a_rule_is_no_rst_title() -> None:
    one = "隐私政策\n\n一、收集的信息\n\n我们收集手机号码。\n----------\n\n二、联系我们\n\n请来信。\n"
    doc = parse_string(one, ".txt")
    assert [title for _, _, title in headings(doc)] == ["一、收集的信息", "二、联系我们"]
    # two 「underlined」 lines that end a clause, or indented: no titles
    clauses = "隐私政策\n\n我们收集：\n==========\n\n手机号码。\n\n  我们使用：\n  ==========\n\n用于登录。\n"
    assert not any(title in ("我们收集：", "我们使用：") for _, _, title in headings(parse_string(clauses, ".txt")))


def test_nanoem_regression() -> None:
    doc = parse_path(S46 / "holdout" / "nanoem-privacy-rst" / "privacy.rst")
    assert doc.metadata.title_line == 2
    assert [(line, level) for line, level, _ in headings(doc)] == [(7, 1), (19, 2), (24, 1), (35, 2)]


# -- 2./3./4. hulk: an appendix with a space before its number, the company's letterhead, bare sub-titles ---------------

_HULK_LIKE = """某某智慧科技有限公司

个人隐私政策

欢迎您使用某某推送。本政策说明我们如何处理您的个人信息。

一、我们如何收集您的个人信息

为实现功能，我们收集以下信息。

(一) 您作为开发者的个人信息

为实现本平台的基本业务功能，我们需要收集您的相关个人信息。

注册、登录

当您注册账户时，您需要向我们提供您的姓名和手机号码。

日志信息

当您访问网站时，我们会自动收集您的网络日志。

(二) 您的终端用户的个人信息

我们收集终端用户的设备信息。

二、如何联系我们

请来信。

附录 1：关键词定义

本政策中的特定词语具有如下含义。
"""


def test_letterhead_appendix_and_bare_sub_titles_between_consecutive_numbers() -> None:
    doc = parse_string(_HULK_LIKE, ".txt")
    assert doc.metadata.title == "个人隐私政策"  # not the company's name above it
    assert headings(doc) == [
        (7, 1, "一、我们如何收集您的个人信息"),
        (11, 2, "(一) 您作为开发者的个人信息"),
        (15, 3, "注册、登录"),
        (19, 3, "日志信息"),
        (23, 2, "(二) 您的终端用户的个人信息"),
        (27, 1, "二、如何联系我们"),
        (31, 1, "附录 1：关键词定义"),
    ]


def test_one_bare_line_between_consecutive_numbers_is_still_their_sibling() -> None:
    # docs/headings.md: 「特别提示」 between （一） and （二） is a sub-section (a peer of （二）): one bare line, as before
    text = _HULK_LIKE.replace("日志信息\n\n当您访问网站时，我们会自动收集您的网络日志。\n\n", "")
    levels = {title: level for _, level, title in headings(parse_string(text, ".txt"))}
    assert levels["注册、登录"] == 2
    # a company line over a line that names no document stays as it was read (no title moved below it)
    assert parse_string("某某智慧科技有限公司\n\n一、收集\n\n我们收集信息。\n\n二、联系\n\n请来信。\n", ".txt").metadata.title != "一、收集"


def test_an_appendix_label_with_a_value_is_no_title() -> None:
    text = "隐私政策\n\n一、收集\n\n我们收集信息。\n\n附录 1：见下表，包括以下内容\n\n表格略。\n"
    assert "附录 1：见下表，包括以下内容" not in [title for _, _, title in headings(parse_string(text, ".txt"))]


def test_hulk_regression() -> None:
    doc = parse_path(S46 / "holdout" / "hulk-privacy-txt" / "privacy.txt")
    assert doc.metadata.title_line == 3
    found = {line: level for line, level, _ in headings(doc)}
    assert found[58] == found[62] == 3 and found[251] == 1 and len(found) == 31


# -- 5. a numbered title whose label counts itself (structure/shapes.py `_self_numbered`) ------------------------------

_SELF = """隐私政策

一、我们如何收集和使用您的个人信息

（一）为您提供在线学习服务

1、业务功能一：注册成为用户

当您创建账户时，您须向我们提供会员名和手机号码。

2、业务功能二：课程内容展示、个性化推荐、发送促销营销信息。

我们会基于您的订阅向您推荐内容。

二、如何联系我们

请来信。
"""


def test_a_label_counting_itself_with_the_lines_number_is_a_title() -> None:
    found = {title: level for _, level, title in headings(parse_string(_SELF, ".txt"))}
    assert found["1、业务功能一：注册成为用户"] == 3
    assert found["2、业务功能二：课程内容展示、个性化推荐、发送促销营销信息。"] == 3


def test_numbered_label_and_value_entries_stay_entries() -> None:
    entries = _SELF.replace("1、业务功能一：注册成为用户", "1、账户信息：用户名、邮箱").replace(
        "2、业务功能二：课程内容展示、个性化推荐、发送促销营销信息。", "2、设备信息：设备型号、系统版本。"
    )
    titles = [title for _, _, title in headings(parse_string(entries, ".txt"))]
    assert "1、账户信息：用户名、邮箱" not in titles and "2、设备信息：设备型号、系统版本。" not in titles
    # the label's own count must be the line's number: 「1、功能二：…」 is no such title
    crossed = _SELF.replace("1、业务功能一", "1、业务功能二").replace("2、业务功能二", "2、业务功能三")
    assert not any("业务功能" in (title or "") for _, _, title in headings(parse_string(crossed, ".txt")))


def test_raise_regression() -> None:
    doc = parse_path(ROOT / "eval" / "structure45c" / "holdout" / "raise-privacy-vue" / "index.vue")
    found = {line: level for line, level, _ in headings(doc)}
    assert found[32] == found[38] == 3


# -- 6. a sub-section title after a numbered clause (structure/headings/lists.py `_section_after_clauses`) -------------

_CLAUSE = """隐私政策
5.您如何管理您的个人信息
5.1您可以在设置页面最底部查看到隐私政策，点击即可查看
5.2停止运营向您告知
如我们停止运营，我们将及时停止收集您个人信息的活动，将停止运营的通知以逐一送达或公告的形式通知您。
6.未成年人条款
若您是未满18周岁的未成年人，应在监护人指导下阅读本政策。
"""


def test_a_short_sub_section_title_after_a_numbered_clause_is_a_title() -> None:
    titles = [title for _, _, title in headings(parse_string(_CLAUSE, ".txt"))]
    assert "5.2停止运营向您告知" in titles and not any(t.startswith("5.1") for t in titles)


def test_a_run_of_short_numbered_lines_stays_a_list() -> None:
    listed = _CLAUSE.replace("5.1您可以在设置页面最底部查看到隐私政策，点击即可查看", "5.1查看政策")
    assert not any(t.startswith(("5.1", "5.2")) for _, _, t in headings(parse_string(listed, ".txt")) if t)


def test_yaoji_regression() -> None:
    doc = parse_path(S46 / "dev" / "yaoji-privacy-txt" / "privacy.txt")
    lines = [line for line, _, _ in headings(doc)]
    assert 108 in lines and 107 not in lines


# -- 7./8./9. an English edition in a <br> paragraph; a reading prompt above the policy's heading ---------------------

_EDITION = """<html><body>
<h1>Please be sure to read the following carefully</h1>
<h1>Privacy Policy</h1>
<p>
Effective Date: March 29, 2021<br/>
<br/>
<strong>One. How we collect your information</strong><br/>
We collect the information you provide when you register for the service.<br/>
<br/>
<strong>Two. Storage of information</strong><br/>
2.1 The way and duration of information storage<br/>
We will only store your personal information for as long as the service needs it.<br/>
2.2 Geography of information storage<br/>
We store the personal information we collect in the country where we operate.<br/>
1.1 We collect logs<br/>
We may collect your IP address when you use the service, and we use it to connect you.<br/>
<br/>
<strong>in connection with the law</strong><br/>
We follow the law.<br/>
</p>
</body></html>
"""


def test_english_bold_and_numbered_titles_in_a_br_paragraph() -> None:
    doc = parse_string(_EDITION, ".html")
    assert doc.metadata.title == "Privacy Policy"  # not the reading prompt above it
    titles = [title for _, _, title in headings(doc)]
    for title in (
        "One. How we collect your information",
        "Two. Storage of information",
        "2.1 The way and duration of information storage",
        "2.2 Geography of information storage",
    ):
        assert title in titles
    # an English numbered sentence and a bold line in lower case stay text
    assert "1.1 We collect logs" not in titles and "in connection with the law" not in titles


def test_a_heading_that_asks_no_reading_is_no_prompt() -> None:
    # 「Important notice」 over 「Privacy Policy」: no reading prompt, so this rule leaves the first heading's reading alone
    page = _EDITION.replace("Please be sure to read the following carefully", "Important notice about your account today")
    assert parse_string(page, ".html").metadata.title_line != 3


def test_shifu_regression() -> None:
    doc = parse_path(ROOT / "eval" / "structure45" / "holdout" / "shifu-disclaimer-jsx" / "index.js")
    assert doc.metadata.title_line == 38
    lines = {line for line, _, _ in headings(doc)}
    assert {59, 84, 85, 87, 89, 94, 95, 100, 128, 133, 139, 144} <= lines


# -- 10. a settings screen's labels above the document it shows (structure/headings/title.py `_document_after_labels`) -

_SETTINGS = """版本 1.0.0
缓存大小: 12.5MB

注册时间：2024-01-01

隐私政策

1. 信息收集
我们收集您主动提供的信息。

2. 信息使用
我们使用收集的信息来提供服务。
"""


def test_a_settings_screens_labels_above_the_document_name_are_not_its_title() -> None:
    doc = parse_string(_SETTINGS, ".txt")
    assert doc.metadata.title == "隐私政策" and doc.metadata.title_line == 6
    assert [level for _, level, _ in headings(doc)] == [1, 1]


def test_a_sentence_above_the_document_name_keeps_the_reading() -> None:
    text = _SETTINGS.replace("注册时间：2024-01-01", "欢迎使用本应用，请阅读以下内容。")
    assert parse_string(text, ".txt").metadata.title_line != 6


def test_shoestore_regression() -> None:
    doc = parse_path(ROOT / "eval" / "structure44" / "dev" / "shoestore-settings-java" / "SettingsFragment.java")
    assert doc.metadata.title_line == 115
    assert [(line, level) for line, level, _ in headings(doc) if line in (116, 118, 120, 122)] == [
        (116, 1),
        (118, 1),
        (120, 1),
        (122, 1),
    ]


# -- 11. the text's end mark (structure/shapes.py `_END_MARK`, eval/structure46c jiafeng L427: not blind after) ---------

_END = """<html><body><p><b>隐私政策</b></p>
<p><b>一、我们如何收集信息</b></p><p>我们收集您的手机号码，用于登录。</p>
<p><b>二、如何联系我们</b></p><p>请发邮件至 a@example.com。</p>
<p><b>{mark}</b></p>
<p>某某科技有限公司</p>
</body></html>
"""


def test_the_texts_end_mark_is_no_heading() -> None:
    for mark in ("（完）", "(完)", "——全文完——", "【正文完】"):
        titles = [title for _, _, title in headings(parse_string(_END.format(mark=mark), ".html"))]
        assert titles == ["一、我们如何收集信息", "二、如何联系我们"], mark
    # a title holding 完 among its words keeps its shape
    titles = [title for _, _, title in headings(parse_string(_END.format(mark="完善服务"), ".html"))]
    assert "完善服务" in titles
