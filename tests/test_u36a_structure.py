"""Heading classes of real documents chosen for hard structure (`eval/structure36`, thirty-sixth session, helper u36a).

1. A page's dates typed into heading tags (`structure.heading_dates`): a Taiwan page's `<header>` holds its name in an
   `<h1>` and 「<h4>更新日期: 2024年05月24日</h4>」, 「<h4>生效日期: 2024年05月31日</h4>」; each was a section holding nothing
   (eval/structure36 cnyesheng-privacy-html: 2 false headings).  An HTML heading that is only a date field is a
   paragraph; a title with words after the date, or a cue with no date, stays a heading.
2. The title again in a lower heading tag right below it (`structure.headings.title_copy.copy_in_lower_tag`): a hidden
   「<h1 class="hidettl">酒迷使用者條款</h1>」 then the visible 「<h2><strong>酒迷使用者條款</strong></h2>」 over `<h3>` sections
   (eval/structure36 wine-policy-jsp: the `<h2>` was a section holding the others, 4 levels wrong).  The lower copy is
   the title; a different `<h2>` below the `<h1>`, or a copy with no deeper heading under it, is read as before.
3. A plain text whose first line is its name numbered 「一、」 with no 「二、」 anywhere
   (`structure.headings.title_copy.lone_numbered_name`; eval/structure36 yisrookie-terms-txt: 「一、安装许可使用协议：」 held
   「1.权利声明」 … 「7.其他条款」, 7 levels wrong).  It is the title; a first 「一、总则」 (no document's name) or one with a
   「二、」 sibling stays a section.
4. Numbered titles in a row that carry on the outline (`structure.headings.outline_runs`): 「2.许可范围」 and 「3.权利限制」
   one after the other between 「1.权利声明」 (with its paragraph) and 「4.用户使用须知」 were dropped as a list (eval/structure36
   yisrookie-terms-txt: 2 misses).  A run that carries on the numbers of the headings around it is kept; a list that
   starts over at 1 under a section is still a list.
5. A page of three or more documents, each under its bare name in the style of the sections (`structure.parts`; the
   leftover of the thirty-fourth and thirty-fifth sessions, eval/structure34 uz-agreement-html, a WPS export: bold
   「免责条款」, 「用户协议」 over 「1、…」 … 「11、…」, 「隐私政策」 over bold sections; 15 of 19 levels wrong).  Each name is at
   the top level with the headings up to the next name under it, when the first heading and two later ones name a
   document and a later name is directly over a heading numbered 1.  A policy whose first heading names it and whose
   later bold sections are 「Cookie政策」, 「免责声明」 (no fresh 1 under them) keeps its levels.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policylens.load.document import read_document
from policylens.structure.heading_dates import date_field
from policylens.structure.levels import unnumbered

REPO = Path(__file__).resolve().parent.parent
SET = REPO / "eval" / "structure36"


def _doc(tmp_path: Path, body: str, name: str):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_document(str(path))


def _sections(tmp_path: Path, body: str, name: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in _doc(tmp_path, body, name).sections if s.title]


# 1. dates in heading tags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("更新日期: 2024年05月24日", True),
        ("生效日期：2024-05-31", True),
        ("最后更新：2024年5月1日", True),
        ("Last updated: 2024/5/24", True),
        ("生效日期：2024年5月1日起適用之條款", False),
        ("更新日期", False),
        ("一、隱私權保護政策的適用範圍", False),
    ],
)
def test_date_field(text: str, expected: bool) -> None:
    assert date_field(text) is expected


_DATED = """<html><body><header><h1>隱私權政策</h1>
<h4>{first}</h4>
<h4>{second}</h4>
</header>
<h1>一、適用範圍</h1>
<p>本政策適用於本網站。</p>
<h1>二、個人資料的蒐集</h1>
<p>我們蒐集您提供的資料。</p>
</body></html>
"""


def test_date_headings_are_paragraphs(tmp_path: Path) -> None:
    body = _DATED.format(first="更新日期: 2024年05月24日", second="生效日期: 2024年05月31日")
    doc = _doc(tmp_path, body, "dated.html")
    assert [s.title for s in doc.sections if s.title] == ["一、適用範圍", "二、個人資料的蒐集"]
    assert doc.metadata.updated == "2024-05-24"
    assert doc.metadata.effective == "2024-05-31"


def test_heading_with_more_than_a_date_stays(tmp_path: Path) -> None:
    body = _DATED.format(first="更新說明", second="生效日期：2024年5月1日起適用之條款")
    titles = [t for _, t in _sections(tmp_path, body, "undated.html")]
    assert "更新說明" in titles
    assert "生效日期：2024年5月1日起適用之條款" in titles


# 2. the title's copy in a lower heading tag


_COPY = """<html><body>
<h1 class="hidettl">{h1}</h1>
<div><h2><strong>{h2}</strong></h2>
<p>歡迎您使用本網站。</p>
<ol>
<li><h3>使用者的守法義務</h3><p>您應遵守法令。</p></li>
<li><h3>服務終止</h3><p>本公司得終止服務。</p></li>
</ol></div>
</body></html>
"""


def test_title_copy_in_lower_tag_is_the_title(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _COPY.format(h1="酒迷使用者條款", h2="酒迷使用者條款"), "copy.html")
    assert doc.metadata.title == "酒迷使用者條款"
    assert [(s.level, s.title) for s in doc.sections if s.title] == [(1, "使用者的守法義務"), (1, "服務終止")]


def test_different_h2_below_the_title_stays_a_section(tmp_path: Path) -> None:
    sections = _sections(tmp_path, _COPY.format(h1="酒迷使用者條款", h2="會員條款"), "other.html")
    assert (1, "會員條款") in sections
    assert (2, "使用者的守法義務") in sections


def test_copy_without_deeper_headings_is_left_alone(tmp_path: Path) -> None:
    body = "<html><body><h1>隱私政策</h1><h2>隱私政策</h2><p>我們重視您的隱私。</p></body></html>\n"
    doc = _doc(tmp_path, body, "flat.html")
    assert doc.metadata.title_line == 1 or doc.metadata.title == "隱私政策"
    assert [s.title for s in doc.sections if s.title] == ["隱私政策"]


# 3. a lone 一、 document name over a plain text


_LONE = """{first}

请务必认真阅读和理解本协议。

1.权利声明

本软件的一切知识产权归开发者所有。

2.许可范围

您可以在一台设备上安装本软件。

3.其他条款

本协议适用中华人民共和国法律。
"""


def test_lone_numbered_name_is_the_title(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _LONE.format(first="一、安装许可使用协议："), "lone.txt")
    assert doc.metadata.title_line == 1
    assert [(s.level, s.title) for s in doc.sections if s.title] == [(1, "1.权利声明"), (1, "2.许可范围"), (1, "3.其他条款")]


def test_numbered_first_section_stays_a_section(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _LONE.format(first="一、总则"), "general.txt")
    assert doc.metadata.title_line != 1
    assert (1, "一、总则") in [(s.level, s.title) for s in doc.sections if s.title]


def test_name_with_a_sibling_stays_a_section(tmp_path: Path) -> None:
    body = _LONE.format(first="一、安装许可使用协议：") + "\n二、隐私政策\n\n我们不收集您的个人信息。\n"
    doc = _doc(tmp_path, body, "sibling.txt")
    assert doc.metadata.title_line != 1


# 4. numbered titles carrying on the outline


_OUTLINE = """软件使用协议

1.权利声明

本软件的一切知识产权归开发者所有，受法律保护。

2.许可范围

3.权利限制

3.1 禁止反向工程：用户不得对本软件进行反向工程。

3.2 组件分割：本软件产品作为一个单一产品被授予许可。

4.用户使用须知

用户应遵守本协议的各项约定。
"""


def test_run_carrying_on_the_outline_is_kept(tmp_path: Path) -> None:
    titles = [t for _, t in _sections(tmp_path, _OUTLINE, "outline.txt")]
    assert titles[:4] == ["1.权利声明", "2.许可范围", "3.权利限制", "4.用户使用须知"]


_LIST = """软件使用协议

1.权利声明

本软件的一切知识产权归开发者所有，受法律保护。

2.用户义务

用户不得从事下列行为：

1.反向工程

2.出租出售

3.其他条款

本协议适用中华人民共和国法律。
"""


def test_list_starting_over_is_still_a_list(tmp_path: Path) -> None:
    titles = [t for _, t in _sections(tmp_path, _LIST, "list.txt")]
    assert "1.反向工程" not in titles
    assert "2.出租出售" not in titles


# the documents of eval/structure36's development part


@pytest.mark.parametrize("name", ["cnyesheng-privacy-html", "wine-policy-jsp", "yisrookie-terms-txt"])
def test_structure36_documents(name: str) -> None:
    folder = SET / "dev" / name
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    doc = read_document(str(folder / ann["file"]))
    excluded = set(ann["ambiguous_lines"]) | ({ann["title"]["line"]} if ann["title"] else set())
    got = {s.line: s.level for s in doc.sections if s.line is not None and s.line not in excluded}
    want = {h["line"]: h["level"] for h in ann["headings"]}
    assert got == want


# 5. a page of documents each under its bare name


_PARTS = """<html><body>
<p style="text-align:center"><b><span style="font-size:24pt">优装美家用户协议</span></b></p>
<p><b>免责条款</b></p>
<p>本网站所载内容仅供参考，本公司不承担由此产生的任何责任。</p>
<p><b>{second}</b></p>
<p>{first_child}</p>
<p>本协议自您注册之日起生效，对双方具有约束力。</p>
<p>2、注册义务</p>
<p>您应提供真实、准确的注册资料，并及时更新。</p>
<p><b>{third}</b></p>
<p>我们重视您的个人信息，并依法加以保护。</p>
<p><b>用户信息的获取</b></p>
<p>我们在您注册时收集您的手机号码。</p>
<p><b>顾客信息的使用</b></p>
<p>我们仅在提供服务所必需的范围内使用您的信息。</p>
</body></html>
"""


def test_documents_each_under_its_name(tmp_path: Path) -> None:
    body = _PARTS.format(second="用户协议", first_child="1、协议生效条件", third="隐私政策")
    assert _sections(tmp_path, body, "parts.html") == [
        (1, "免责条款"),
        (1, "用户协议"),
        (2, "1、协议生效条件"),
        (2, "2、注册义务"),
        (1, "隐私政策"),
        (2, "用户信息的获取"),
        (2, "顾客信息的使用"),
    ]


@pytest.mark.parametrize(
    ("second", "first_child", "third"),
    [
        ("Cookie政策", "Cookie的使用方式", "免责声明"),  # three names, none over a fresh 1
        ("用户协议", "1、协议生效条件", "信息保护"),  # a fresh 1, but two names only
    ],
)
def test_rule_does_not_fire(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, second: str, first_child: str, third: str) -> None:
    body = _PARTS.format(second=second, first_child=first_child, third=third)
    with_rule = _sections(tmp_path, body, "with.html")
    monkeypatch.setattr(unnumbered, "documents_by_name", lambda found, order, levels: levels)
    assert with_rule == _sections(tmp_path, body, "without.html")


def test_structure34_wps_page_of_three_documents() -> None:
    folder = REPO / "eval" / "structure34" / "dev" / "uz-agreement-html"
    ann = json.loads((folder / "annotation.json").read_text(encoding="utf-8"))
    doc = read_document(str(folder / ann["file"]))
    got = {s.line: s.level for s in doc.sections if s.line is not None and s.line not in set(ann["ambiguous_lines"])}
    assert got == {h["line"]: h["level"] for h in ann["headings"]}
