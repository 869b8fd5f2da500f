"""What the seventeenth session's fresh-eyes review (rv17) found wrong in the session's own changes, tested both ways.

- `placeholder-empty` `_filler_bodies`: a linking or status sentence written once under each section (「了解详情，请点击这里。」,
  「仅在测试版中开启。」, 「相關內容此處不再贅述。」) is finished text: 这里, 此处 and 测试 no longer read as a place held
  (`cli/policylens/rules/placeholder_empty/fillers.py`, `_STAND_IN`); 「敬請期待！」 under three sections still is.
- `placeholder-instruction` `xhost`: only the xxx slot with a generic word (xxxeditor, XXXtech) is a template's host; a real
  name that starts with xxx (xxxlutz.com) is not.
- headings (`cli/policylens/structure/headings/`): the last short line after a list announced by a colon is an item only
  when the next sentence goes back to the list (这些, 上述, "these"); a sub-title followed by its own text (「附则」 after
  contact lines, "How we use data") stays a heading; a second `<h1>` of the same title after paragraphs of text is a
  section, not the title (`_title_repeated`: at most two short banner lines between).
- profiles: data the person is not asked for, must not enter or need not give is no category (cn-pipl's vetoes had lost a
  `|`); a heading that asks (「问题一：…吗」, "Question 1: …") or shows an example is not read as body; another company's
  brand owned by it (「「高德地图」为…有限公司所有」) or a carrier's hotline is no operator; another app's settings (「在微信设置中
  可以查看…」) are no way to exercise a right against this policy's operator.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import profile_status
from policylens.check import CheckOptions, check_file
from policylens.load.document import read_document


def _errors(tmp_path: Path, text: str, name: str = "p.md") -> list[tuple[int, str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(str(path), CheckOptions(no_config=True))
    assert report.error is None, report.error
    return [(f.line, f.rule, f.excerpt) for f in report.findings if f.severity == "error"]


def _three(body: str) -> str:
    return (
        "# 隐私政策摘要\n\n本摘要说明我们如何处理您的个人信息。\n\n"
        + "".join(f"## {t}\n\n{body}\n\n" for t in ("一、收集", "二、使用", "三、共享"))
        + "## 四、联系\n\n邮箱：help@qingning.cn\n"
    )


@pytest.mark.parametrize(
    "body", ["了解详情，请点击这里。", "請點這邊查看。", "仅在测试版中开启。", "測試階段暫不開放。", "相關內容此處不再贅述。"]
)
def test_a_finished_sentence_under_each_section_is_no_stand_in(tmp_path: Path, body: str) -> None:
    assert [e for e in _errors(tmp_path, _three(body)) if e[1] == "placeholder-empty"] == []


def test_a_stand_in_under_each_section_is_still_one(tmp_path: Path) -> None:
    assert [e[2] for e in _errors(tmp_path, _three("敬請期待！")) if e[1] == "placeholder-empty"] == ["敬請期待！"] * 3


def test_a_real_host_that_starts_with_xxx(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n联系邮箱：privacy@xxxlutz.com，网站 https://www.xxxlutz.com 。\n\n也可写信至 service@XXXtech.cn。\n"
    assert [e[2] for e in _errors(tmp_path, text)] == ["service@XXXtech.cn"]


def _titles(tmp_path: Path, text: str, name: str) -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(s.level, s.title) for s in read_document(str(path)).sections if s.title]


def test_a_sub_title_after_contact_lines_stays_a_heading(tmp_path: Path) -> None:
    text = (
        "青禾笔记隐私政策\n\n一、信息收集\n\n我们收集您的邮箱地址。\n\n二、联系我们\n\n请通过以下方式联系我们：\n\n"
        "邮箱：help@qinghe.cn\n\n电话：010-8888 6666\n\n附则\n\n本政策自2026年3月1日起生效。\n"
    )
    assert (1, "附则") in _titles(tmp_path, text, "p.txt")


def test_an_english_sub_title_after_a_list_stays_a_heading(tmp_path: Path) -> None:
    text = (
        "Privacy Policy of Nightowl\n\nLast updated: March 1, 2026\n\nWe may collect the following:\n\nDevice information\n\n"
        "Crash reports\n\nHow we use data\n\nWe use the data above only to fix bugs.\n\nContact\n\nWrite to help@nightowl.app.\n"
    )
    titles = [t for _, t in _titles(tmp_path, text, "p.txt")]
    assert "How we use data" in titles and "Crash reports" not in titles


def test_a_second_h1_after_paragraphs_is_a_section(tmp_path: Path) -> None:
    page = (
        "<html><head><title>隐私政策 - 青禾笔记</title></head><body>\n<h1>隐私政策</h1>\n"
        "<p>更新日期：2026年3月1日。我们更新了隐私政策：新增了云同步功能的说明。以下为更新后的全文。</p>\n"
        "<p>青禾笔记不收集任何个人信息，所有笔记均保存在您的设备本地。</p>\n<p>如有疑问，请联系 help@qinghe.cn。</p>\n"
        "<h1>隐私政策</h1>\n<p>以下为2025年版本，仅供参考。</p>\n<h2>一、信息收集</h2>\n<p>我们收集您的邮箱地址。</p>\n"
    )
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(str(path))
    assert doc.metadata.title_line == 2
    assert [(s.level, s.title) for s in doc.sections if s.title] == [(1, "隐私政策"), (2, "一、信息收集")]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("本应用不会要求您填写手机号码、邮箱或姓名。\n", "cn-pipl/categories"),
        ("禁止在昵称或评论中填写他人的手机号码或身份证号码。\n", "cn-pipl/categories"),
        ("注册时无需提供手机号码或邮箱。\n", "cn-pipl/categories"),
        ("### 问题一：小鹿记账会收集我的手机号码和通讯录吗\n\n不会。\n", "cn-pipl/categories"),
        ("### 问题四：会保存我的账单多长时间，比如30天\n\n视情况而定。\n", "cn-pipl/retention"),
        ("### Question 1: Do you keep my notes for 30 days after deletion\n\nNo.\n", "eu-gdpr/retention"),
        ("「高德地图」为高德软件有限公司所有，本应用调用其定位服务。\n", "cn-pipl/processor"),
        ("如需开通流量套餐，可咨询「中国移动」客服热线：10086。\n", "cn-pipl/processor"),
        ("如您选择使用微信登录，在微信设置中可以查看或解除授权记录。\n", "cn-pipl/rights"),
    ],
)
def test_not_a_disclosure(text: str, item: str) -> None:
    assert profile_status(text, item) == "missing"
