"""Heading classes of real policies chosen for hard structure (`eval/structure28`, twenty-eighth session).

1. An article number whose whole title is in brackets, cut off a `<br>` paragraph (a Japanese app's policy in
   Chinese, `eval/structure28/dev/gensai-html`): 「<p>第1条（隐私信息）<br>个人隐私信息中的…</p>」.  The closing bracket
   counted as a sentence end (`lines.TITLE_LINE_END`), so none of the eight articles was a line of its own.  A line
   that is only 「第N条」/「第N章」 and a bracketed title of at most twenty characters with no sentence or clause mark
   inside is a numbered title line (`lines.numbered_title_line`); a bracket holding a sentence, a clause or a bare
   letter, and a numbered line with a bracketed aside after its title, are not.
2. Part letters over Chinese sections in a `<br>` paragraph (a tool's policy and disclaimer on one page,
   `eval/structure28/dev/twrp-html`): 「A.隐私政策<br>…一、我们如何收集信息<br>…B.免责声明<br>…」.  A letter was no section
   number where lines are cut out of a paragraph, so A. and B. stayed inside their text, the sections under them came
   out a level too high and 「C.…」 (after a blank line) a level too low.  An upper-case letter with 「.」 or 「、」 directly
   before a Chinese title is one (`lines._NUMBERED_TITLE`); a lettered sentence, a letter before Latin text and a
   lower-case list letter are not.
3. A numbered `<br>` line closed by a colon between two numbered titles (a WPS web-page export,
   `eval/structure28/dev/huatu-wpshtml`): 「2.保留政策与数据存储<br>…<br>3.第三方SDK说明:<br>…<br>4.联系我们<br>…」.  The colon
   kept 「3.」 out (it also closes lead-ins announcing a list).  Between title lines numbered one below and one above
   it, in its style, a line of title shape is their sibling (`html._colon_title_lines`); with a title on one side only,
   or holding a clause, it stays text.
4. The last entry of an announced list of sentences (twrp-html): 「…这些功能包括：」 / 「（1）基于摄像头（相机）的应用功能：您可以…。」 /
   「（2）基于相册…：我们无需该功能，…。」 / 「（3）ROOT信息」, then the paragraph after the list.  The short last entry was a
   sub-section title.  A parenthesised entry whose siblings from （1）, right after the lead-in, are all paragraphs ending a
   sentence closes their list (`headings._last_of_sentences`); a section number (「6.4 …」 after 「6.2 …。」「6.3 …。」), an
   unannounced run, an entry over a list of its own and one after title siblings stay titles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policylens.load.document import read_document
from policylens.load.lines import numbered_title_line


def _sections(tmp_path: Path, body: str, name: str = "page.html") -> list[tuple[int, str]]:
    path = tmp_path / name
    if name.endswith(".html"):
        body = f'<html><head><meta charset="utf-8"><title>隐私政策</title></head><body>\n{body}\n</body></html>\n'
    path.write_text(body, encoding="utf-8")
    doc = read_document(str(path))
    return [(s.level, s.title) for s in doc.sections if s.title]


def _titles(tmp_path: Path, body: str) -> list[str]:
    return [title for _, title in _sections(tmp_path, body)]


# 1. 第N条（标题）

_ARTICLES = (
    "<p>一般社团法人（以下称“本公司”）提供本应用程序。</p>\n"
    "<p>第1条（隐私信息）<br>个人隐私信息是指与个人相关的信息，包括使用的服务和浏览的页面。</p>\n"
    "<p>第2条（隐私信息的收集方法）<br>\n本公司在用户使用时，不会询问姓名、出生年月日、地址、电话号码等个人信息。</p>\n"
    "<p>第3条（有无外部发送、第三方提供、信息收集模块）<br>本应用程序中没有嵌入信息收集模块。</p>\n"
    "<p>第4条（咨询窗口）<br>关于本政策的咨询请到以下窗口。</p>\n"
)


def test_bracketed_article_titles_in_br_paragraphs_are_headings(tmp_path: Path) -> None:
    titles = _titles(tmp_path, _ARTICLES)
    assert titles == [
        "第1条（隐私信息）",
        "第2条（隐私信息的收集方法）",
        "第3条（有无外部发送、第三方提供、信息收集模块）",
        "第4条（咨询窗口）",
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("第1条（隐私信息）", True),
        ("第三章（总则）", True),
        ("第六條（資料的蒐集）", True),
        ("第1条（详见下文。）", False),  # a sentence in the brackets
        ("第2条（本公司在用户使用时，不会询问）", False),  # a clause
        ("第3条（a）", False),  # no title, a letter
        ("第4条（本条所称个人信息是指以电子或者其他方式记录的各种信息）", False),  # too long for a title
        ("1. 信息（见下）", False),  # an aside after a numbered title: its bracket still ends it as before
        ("一、信息收集", True),  # unchanged
        # 2. part letters
        ("A.隐私政策", True),
        ("B、免责声明", True),
        ("A. 隐私政策", True),
        ("A.我们会收集您的姓名，用于注册。", False),  # a lettered sentence
        ("A. Privacy Policy", False),  # Latin after the letter: not this class
        ("a.设备信息", False),  # a lower-case list letter
        ("AB.隐私政策", False),
    ],
)
def test_numbered_title_line_shape(line: str, title: bool) -> None:
    assert numbered_title_line(line) is title


def test_bracketed_article_sentences_stay_text(tmp_path: Path) -> None:
    body = (
        "<p>第1条（隐私信息）<br>个人隐私信息是指与个人相关的信息，包括使用的服务和浏览的页面。</p>\n"
        "<p>第2条（本公司在用户使用时，不会询问您的姓名）<br>本公司不会收集您的任何个人信息。</p>\n"
        "<p>第3条（详见第1条。）<br>本公司可能根据法令的变更等变更本政策。</p>\n"
    )
    titles = _titles(tmp_path, body)
    assert titles[0] == "第1条（隐私信息）"
    assert not any(title.startswith(("第2条", "第3条")) for title in titles)


# 2. A./B. parts

_PARTS = (
    '<div style="text-align:center;"><strong>隐私政策和免责声明</strong></div>\n'
    '<span style="background-color:#337FE5;">A.隐私政策</span><br />\n'
    "本政策尊重并保护所有用户的个人隐私权。<br />\n"
    "一、我们如何收集信息<br />\n<br />\n"
    "我们根据合法、正当、必要的原则，仅收集实现产品功能所必要的信息。<br />\n<br />\n"
    "1. 设备信息<br />\n设备信息是指您使用我们产品或服务时使用的设备的信息。<br />\n<br />\n"
    "2. 位置信息<br />\n位置信息是指您开启设备定位功能时收集的有关您位置的信息。<br />\n<br />\n"
    "二、我们如何使用收集的信息<br />\n<br />\n"
    "我们严格遵守法律法规的规定及与用户的约定，将收集的信息用于以下用途。<br />\n<br />\n"
    '<span style="background-color:#FF9900;">B.免责声明</span><br />\n'
    "免责声明的目的是为了避免不必要的纠纷。<br />\n"
    "一、关于儿童的使用说明<br />\n<br />\n"
    "我们的软件主要面向成人。<br />\n<br />\n"
    '<span style="background-color:#E53333;">C.本政策如何更新</span><br />\n<br />\n'
    "我们的隐私政策和免责声明将不定时更新。<br />\n"
)


def test_part_letters_are_headings_over_their_sections(tmp_path: Path) -> None:
    assert _sections(tmp_path, _PARTS) == [
        (1, "A.隐私政策"),
        (2, "一、我们如何收集信息"),
        (3, "1. 设备信息"),
        (3, "2. 位置信息"),
        (2, "二、我们如何使用收集的信息"),
        (1, "B.免责声明"),
        (2, "一、关于儿童的使用说明"),
        (1, "C.本政策如何更新"),
    ]


def test_lettered_sentences_in_br_paragraph_stay_text(tmp_path: Path) -> None:
    body = (
        "<p>一、我们收集的信息<br>我们会收集以下信息：<br>"
        "A.我们会收集您的姓名，用于注册。<br>B.我们会收集您的手机号码，用于登录。<br>"
        "二、信息的使用<br>我们将信息用于提供服务。</p>\n"
    )
    titles = _titles(tmp_path, body)
    assert titles == ["一、我们收集的信息", "二、信息的使用"]


# 3. A numbered line closed by a colon between numbered titles

_WPS = (
    "<p>1.读取照片功能</p>\n<p>图片拼图中自定义拼图内容的读取照片功能仅限于用户体验游戏时使用。</p>\n"
    "<p>2.保留政策与数据存储<br>作为一款益智类应用，目前暂无登录功能，也无服务端。<br>"
    "3.第三方SDK说明:<br>本应用为免费软件，目前无广告内容，无需付费即可使用全部功能。<br>"
    "4.联系我们<br>如果您对本隐私政策有任何疑问，请通过邮件与我们联系。<br>"
    "5.更新说明<br>开发人员保留随时更新本声明的权利。</p>\n"
)


def test_colon_line_between_numbered_titles_is_their_sibling(tmp_path: Path) -> None:
    titles = _titles(tmp_path, _WPS)
    assert titles == ["1.读取照片功能", "2.保留政策与数据存储", "3.第三方SDK说明:", "4.联系我们", "5.更新说明"]


@pytest.mark.parametrize(
    "body",
    [
        # a title on one side only: the last numbered line announces a list
        "<p>1.读取照片功能<br>读取照片功能仅限于游戏时使用。<br>2.保留政策<br>本地保存的数据可随时删除。<br>"
        "3.以下情形除外:<br>法律法规另有规定的。</p>",
        # between titles, but a clause: a lead-in
        "<p>1.读取照片功能<br>读取照片功能仅限于游戏时使用。<br>2.如您需要，我们会提供以下服务:<br>导出您的作品。<br>"
        "3.联系我们<br>请通过邮件与我们联系。</p>",
        # numbered in another style than its neighbours
        "<p>1.读取照片功能<br>读取照片功能仅限于游戏时使用。<br>（二）第三方SDK说明:<br>本应用为免费软件。<br>"
        "3.联系我们<br>请通过邮件与我们联系。</p>",
    ],
)
def test_colon_lines_without_two_title_neighbours_stay_text(tmp_path: Path, body: str) -> None:
    titles = _titles(tmp_path, body)
    assert not any(title.endswith((":", "：")) for title in titles)


# 4. The last entry of a list of sentences

# every line of the page closed by a <br> and set apart by another (a blank line between lines), as the real page is
_ENTRIES = (
    "5. 经您同意后收集的其他信息<br />\r\n<br />\r\n"
    "我们的部分产品和服务的个别特定功能可能需要您提供特定的个人敏感信息来实现。这些功能包括：<br />\r\n<br />\r\n"
    "{entries}<br />\r\n<br />\r\n<br />\r\n<br />\r\n"
    "您理解并同意，上述应用功能可能需要您在您的设备中申请相机和相册的访问权限，以实现这些功能所涉及的信息的收集和使用<br />\r\n<br />\r\n"
    "6. 其他第三方分享的您的信息<br />\r\n<br />\r\n主要包括其他用户发布的信息中可能包含您的信息。<br />\r\n"
)


def test_short_last_entry_after_two_sentence_entries_is_no_title(tmp_path: Path) -> None:
    entries = (
        "（1）基于摄像头（相机）的应用功能：您可以在存储服务中关闭相机等功能，因为我们无该功能。<br />\r\n<br />\r\n"
        "（2）基于相册（图片库）的图片访问及上传的应用功能：我们无需该功能，您可以选择关闭。<br />\r\n<br />\r\n"
        "（3）ROOT信息"
    )
    titles = _titles(tmp_path, _ENTRIES.format(entries=entries))
    assert titles == ["5. 经您同意后收集的其他信息", "6. 其他第三方分享的您的信息"]


def test_short_last_entry_after_title_siblings_stays_a_title(tmp_path: Path) -> None:
    entries = (
        "（1）相机权限<br />\r\n<br />\r\n我们会在您拍摄照片时申请相机权限，您可以随时关闭。<br />\r\n<br />\r\n"
        "（2）相册权限<br />\r\n<br />\r\n我们会在您上传图片时申请相册权限，您可以随时关闭。<br />\r\n<br />\r\n"
        "（3）ROOT信息"
    )
    titles = _titles(tmp_path, _ENTRIES.format(entries=entries))
    assert "（3）ROOT信息" in titles


@pytest.mark.parametrize(
    "body",
    [
        # section numbers: 6.4 is a title over its own paragraph after two numbered sentences
        "6.1 我们采取加密存储措施保护您的数据。<br />\r\n<br />\r\n"
        "6.2 我们仅会在实现功能所需时间内保存您的数据。<br />\r\n<br />\r\n"
        "6.3 尽管我们已采取严格措施，仍无法完全避免安全风险。<br />\r\n<br />\r\n"
        "6.4 信息安全事件处理<br />\r\n<br />\r\n若不幸发生信息泄露等事件，我们将按照法律要求及时通知您<br />\r\n",
        # no lead-in announces the list
        "我们的部分产品和服务的个别特定功能可能需要您提供特定的个人敏感信息来实现。<br />\r\n<br />\r\n"
        "（1）基于摄像头的应用功能：您可以在存储服务中关闭相机等功能。<br />\r\n<br />\r\n"
        "（2）基于相册的应用功能：我们无需该功能，您可以选择关闭。<br />\r\n<br />\r\n"
        "（3）ROOT信息<br />\r\n<br />\r\n<br />\r\n"
        "您理解并同意，上述应用功能可能需要您在您的设备中申请相机和相册的访问权限，以实现这些功能所涉及的信息的收集<br />\r\n",
    ],
)
def test_entries_outside_an_announced_list_keep_their_title(tmp_path: Path, body: str) -> None:
    base = _titles(tmp_path, body)
    assert any(title.startswith(("6.4", "（3）")) for title in base)
