"""Heading classes a blind round (round 17) got wrong on its first run, tested both ways.

1. A page's banner shows the policy's name as an `<h1>` and the article repeats it as its own `<h1>` above the
   `<h2>` sections (`cli/policylens/structure/headings/`, `_title_repeated`): both are the title, so the `<h2>`
   sections are level 1 and the `<h3>` level 2 (they were 2 and 3, under two sections named like the title).  The
   banner's text is kept (a paragraph before the first heading), nothing is dropped.  Two `<h1>` of one name with
   other headings between them, or not naming a policy, are not this.
2. A lead-in closed by a colon, then short lines one after another (the rights it announces), then the text's next
   sentence: every short line is an item of the list, not a heading (`_later_item`; the first one was already read
   so by `announced_item`, the later ones became level-1 headings in a numbered plain-text policy).  A sub-title
   after a lead-in, followed by its own sentence, stays a heading.
"""

from __future__ import annotations

from pathlib import Path

from policylens.load.document import read_document


def _sections(tmp_path: Path, text: str, name: str) -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(s.level, s.title) for s in read_document(str(path)).sections if s.title]


def _page(body: str) -> str:
    return f'<html><head><meta charset="utf-8"><title>星河笔记</title></head><body>\n{body}\n</body></html>\n'


_ARTICLE = (
    "<h2>一、我们收集哪些信息</h2>\n<h3>1.1 您主动提供的信息</h3>\n<p>注册时您需要提供手机号码。</p>\n"
    "<h3>1.2 自动收集的信息</h3>\n<p>我们会记录设备型号与系统版本。</p>\n"
    "<h2>二、我们如何使用信息</h2>\n<p>用于提供同步功能。</p>\n"
)


def test_a_banner_title_repeated_by_the_article(tmp_path: Path) -> None:
    page = _page(
        '<div class="hero"><h1>星河笔记隐私条款</h1><p>更新日期：2025年3月1日</p></div>\n'
        f'<article><h1 id="top">星河笔记隐私条款</h1>\n<p>欢迎使用星河笔记。</p>\n{_ARTICLE}</article>'
    )
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(str(path))
    assert [(s.level, s.title) for s in doc.sections if s.title] == [
        (1, "一、我们收集哪些信息"),
        (2, "1.1 您主动提供的信息"),
        (2, "1.2 自动收集的信息"),
        (1, "二、我们如何使用信息"),
    ]
    assert doc.metadata.title == "星河笔记隐私条款"
    preamble = " ".join(p.text for s in doc.sections if not s.title for p in s.paragraphs)
    assert "欢迎使用星河笔记" in preamble and "更新日期" in preamble


def test_the_same_policy_title_with_sections_between_is_not_a_banner(tmp_path: Path) -> None:
    page = _page("<h1>星河笔记隐私条款</h1>\n" + _ARTICLE + "<h1>星河笔记隐私条款</h1>\n<h2>附录</h2>\n<p>无。</p>")
    assert _sections(tmp_path, page, "p.html") == [
        (1, "一、我们收集哪些信息"),
        (2, "1.1 您主动提供的信息"),
        (2, "1.2 自动收集的信息"),
        (1, "二、我们如何使用信息"),
        (1, "星河笔记隐私条款"),  # the second <h1>, after the sections, is a section of its own, as before
        (2, "附录"),
    ]


def test_two_h1_of_one_name_not_naming_a_policy_stay(tmp_path: Path) -> None:
    page = _page("<h1>星河笔记</h1>\n<h1>星河笔记</h1>\n" + _ARTICLE)
    assert _sections(tmp_path, page, "p.html") == [  # unchanged: a site's name twice names no policy
        (1, "星河笔记"),
        (1, "星河笔记"),
        (2, "一、我们收集哪些信息"),
        (3, "1.1 您主动提供的信息"),
        (3, "1.2 自动收集的信息"),
        (2, "二、我们如何使用信息"),
    ]


_RIGHTS = (
    "隐私政策\n\n"
    "1. 信息收集\n\n我们收集您提供的电子邮件地址。\n\n"
    "2. 您的权利\n\n根据适用的数据保护法律，您可能拥有以下权利：\n\n"
    "查阅您的个人信息\n\n更正不准确的个人信息\n\n删除您的个人信息\n\n撤回您的同意\n\n"
    "如需行使上述权利，请通过下方联系方式联系我们。\n\n"
    "3. 联系我们\n\n邮箱：help@xinghe-notes.cn\n"
)


def test_every_item_of_an_announced_list_is_text(tmp_path: Path) -> None:
    assert _sections(tmp_path, _RIGHTS, "p.txt") == [(1, "1. 信息收集"), (1, "2. 您的权利"), (1, "3. 联系我们")]


def test_a_sub_title_after_its_sentence_stays_a_heading(tmp_path: Path) -> None:
    text = (
        "隐私政策\n\n1. 删除账户\n\n请依您使用的版本选择：\n\n"
        "手机应用内删除\n\n在设置页面点选删除账户，确认后即可完成。\n\n"
        "网页版删除\n\n登录网站后进入账户页面，点选删除账户。\n\n"
        "2. 联系我们\n\n邮箱：help@xinghe-notes.cn\n"
    )
    titles = [t for _, t in _sections(tmp_path, text, "p.txt")]
    assert "网页版删除" in titles
