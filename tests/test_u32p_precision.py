"""Precision classes of the thirty-second session's set `eval/precision32` (u32p), both ways.

Two classes, leads from a lost earlier session checked on invented pages and on the set:

* placeholder-comment: an HTML comment that is a note about the page's look (logo, icon, font, colour, background,
  layout) names nothing the notice says; the policy's words are complete, so it is no drafting note.  A note that
  also names the text's content (an e-mail, a date, an SDK, 内容, a link) is still reported.
* placeholder-residue: a filled name kept in the template's slot brackets inside the title marks, 《[星空记账]》,
  《【星空记账】隐私政策》, is residue (before: nothing).  Not a slot never filled (《[App名称]》, another rule's), a
  Markdown link or reference inside the marks, a brand styled with brackets and a mark (《【友盟+】服务条款》), nor
  brackets that do not open at the title mark.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import rule_excerpts
from policylens.check import CheckOptions, check_file

_SET = Path(__file__).resolve().parent.parent / "eval" / "precision32"

_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>隐私政策</title></head>
<body>
<h1>星空记账隐私政策</h1>
<p>更新日期：2024年5月1日</p>
{comment}
<p>我们非常重视您的个人信息保护。联系邮箱：privacy@xingkong.cn</p>
</body></html>
"""


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- 请替换为正式的 logo 图标 -->",
        "<!-- TODO: 字体颜色待调整 -->",
        "<!-- 请修改背景颜色 -->",
        "<!-- 待更新：主题色改为品牌蓝 #1677ff -->",
        "<!-- TODO: replace the icon with the final favicon -->",
        "<!-- 上线前请调整页面布局和间距 -->",
    ],
)
def test_a_note_on_the_page_look_is_no_drafting_note(tmp_path: Path, comment: str) -> None:
    assert rule_excerpts(tmp_path, _PAGE.format(comment=comment), "placeholder-comment", "look.html") == []


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- 请补充客服邮箱 -->",
        "<!-- TODO: 第三方SDK清单待补充 -->",
        "<!-- 请替换 logo 和公司名称 -->",
        "<!-- 待确认：更新日期和图标 -->",
        "<!-- TODO: update the contact e-mail and the logo -->",
        "<!-- 上线前请补充隐私政策内容，背景图后面再换 -->",
    ],
)
def test_a_note_that_names_the_text_is_still_reported(tmp_path: Path, comment: str) -> None:
    assert len(rule_excerpts(tmp_path, _PAGE.format(comment=comment), "placeholder-comment", "text.html")) == 1


_TITLES = """星空隐私政策
更新日期：2024年5月1日
{line}
"""


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("本政策适用于《[星空记账]》应用及其服务。", "[星空记账]"),
        ("请阅读《【星空记账】隐私政策》。", "【星空记账】"),
        ("请阅读《［星空记账］用户协议》。", "［星空记账］"),
        ("请阅读《 [星空记账] 隐私协议》。", "[星空记账]"),
    ],
)
def test_a_filled_name_in_slot_brackets_inside_title_marks_is_residue(tmp_path: Path, line: str, found: str) -> None:
    excerpts = rule_excerpts(tmp_path, _TITLES.format(line=line), "placeholder-residue", "titled.txt")
    assert excerpts == [found]


@pytest.mark.parametrize(
    "line",
    [
        "请阅读《[App名称]隐私政策》。",  # a slot never filled: placeholder-instruction's
        "请阅读《【XX公司】用户协议》。",
        "请阅读《星空记账隐私政策》。",
        "本应用遵守《中华人民共和国个人信息保护法》。",
        "请阅读《【友盟+】服务条款》与《【友盟＋】隐私政策》。",  # a brand styled with brackets and a mark
        "请阅读《星空记账【隐私政策】》。",  # the bracket does not open at the title mark
        "【重要】请阅读《星空记账隐私政策》。",
        "《[2024]》",  # no name
    ],
)
def test_no_residue_without_a_filled_name_at_the_title_mark(tmp_path: Path, line: str) -> None:
    assert rule_excerpts(tmp_path, _TITLES.format(line=line), "placeholder-residue", "plain.txt") == []


def test_markdown_links_inside_title_marks_are_markup(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n更新日期：2024年5月1日\n\n本政策适用于《[星空记账](https://x.cn)》与《[星空][1]》及《[星河]》。\n\n[1]: https://x.cn\n[星河]: https://y.cn\n"
    assert rule_excerpts(tmp_path, text, "placeholder-residue", "links.md") == []


@pytest.mark.parametrize(
    "name",
    ["wepo-yszc-html", "xiban-privacy-wxml", "lifetools-agreement-vue", "zhiqu-agreement-vue"],
)
def test_the_set_keeps_its_first_run_findings(name: str) -> None:
    """Batch-1 documents of the set: the same findings as on the frozen base (the two classes change nothing there)."""
    entry = next(e for e in json.loads((_SET / "sources.json").read_text(encoding="utf-8")) if e["name"] == name)
    judged = json.loads((_SET / "judgments.json").read_text(encoding="utf-8"))
    expected = sorted((j["line"], j["column"], j["rule"]) for j in judged if j["file"] == entry["file"])
    report = check_file(str(_SET / entry["file"]), CheckOptions(no_config=True))
    assert report.error is None, report.error
    # (u42k2) a finding for the same text again on its line stands for each occurrence (`check.repeats`)
    assert sorted((f.line, column, f.rule) for f in report.findings for column in f.columns or (f.column,)) == expected
