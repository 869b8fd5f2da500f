"""Diff noise classes of `eval/pairs43c` (forty-third session, u43d2).

1. A custom navigation bar's back button (a tap handler that goes back: 「bindtap="goBack"」, 「@click="navigateBack"」,
   「history.back()」) is page chrome: its labels (「‹」, the page's name repeated in the bar) are no heading and no line
   of the policy, so removing or changing the bar is no change (sh-header).  A tapped element that does not go back, a
   handler that only contains the letters (「feedback」), or a back control around a sentence is still compared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_path, parse_string
from policylens.diff import diff_documents
from policylens.diff.align import has_changes
from policylens.model import Document

EVAL = Path(__file__).resolve().parents[1] / "eval"

_BODY = """  <view class="section">
    <text class="section-title">隐私政策</text>
    <text class="section-content">本政策说明我们如何收集和使用您的个人信息。</text>
  </view>
  <view class="section">
    <text class="section-title">1. 信息收集</text>
    <text class="section-content">我们收集您的手机号码，用于账号注册和登录。</text>
  </view>
  <view class="section">
    <text class="section-title">2. 联系我们</text>
    <text class="section-content">如有疑问，请发送邮件至 privacy@example.com 联系我们。</text>
  </view>
</view>
"""


def _page(bar: str) -> str:
    return f'<view class="container">\n{bar}{_BODY}'


def _bar(handler: str, label: str = "隐私政策", attr: str = "bindtap") -> str:
    return (
        '  <view class="header">\n'
        f'    <view class="header-left" {attr}="{handler}">\n'
        '      <text class="back-arrow">‹</text>\n'
        f'      <text class="header-title">{label}</text>\n'
        "    </view>\n"
        "  </view>\n"
    )


def _wxml(text: str) -> Document:
    return parse_string(text, ".wxml")


def _changes(old: str, new: str, suffix: str = ".wxml") -> tuple[int, int]:
    report = diff_documents(parse_string(old, suffix), parse_string(new, suffix))
    entries = sum(len(s.changes) for s in report.sections)
    assert has_changes(report) == bool(entries)
    return entries, sum(s.chrome for s in report.sections)


@pytest.mark.parametrize(
    ("handler", "attr"),
    [("goBack", "bindtap"), ("navigateBack", "@click"), ("onBack", "bindtap"), ("back", "catchtap"), ("history.back()", "onclick")],
)
def test_a_back_bar_removed_is_page_chrome_not_a_change(handler: str, attr: str) -> None:
    changes, chrome = _changes(_page(_bar(handler, attr=attr)), _page(""))
    assert (changes, chrome) == (0, 1)


def test_a_back_bar_relabelled_is_no_change_and_no_heading() -> None:
    old, new = _page(_bar("goBack")), _page(_bar("goBack", "返回"))
    assert _changes(old, new)[0] == 0
    doc = _wxml(old)
    assert "‹隐私政策" not in [s.title for s in doc.sections]
    assert all("‹" not in p.text for s in doc.sections for p in s.paragraphs if (p.line, p.column) not in doc.chrome)


@pytest.mark.parametrize("handler", ["toggleSection", "goFeedback", "feedback", "callback"])
def test_a_tapped_element_that_does_not_go_back_is_still_compared(handler: str) -> None:
    changes, chrome = _changes(_page(_bar(handler)), _page(""))
    assert (changes, chrome) == (1, 0)


def test_a_sentence_inside_a_back_control_is_still_compared() -> None:
    sentence = "我们不会向第三方出售您的个人信息。"
    changes, chrome = _changes(_page(_bar("goBack", sentence)), _page(""))
    assert changes >= 1 and chrome == 0


def test_pairs43c_sh_header_exits_clean() -> None:
    pair = EVAL / "pairs43c" / "pairs" / "sh-header"
    report = diff_documents(parse_path(pair / "old.wxml"), parse_path(pair / "new.wxml"))
    assert not has_changes(report) and sum(s.chrome for s in report.sections) == 1


# 2. A `.html` of bare text lines whose only markup is a few stray end tags (「</p>」 left by a strip of the page's tags) is
#    read as lines, as a `.html` with no markup at all is, the end tags blanked in place: its numbered titles are headings
#    and text that is on both sides of a diff is no change (story-markup).

_STRIPPED = """
   隐私政策
本软件尊重并保护所有使用服务用户的个人隐私权。</p>

1.适用范围

a)在您使用本软件网络服务时，本软件自动接收并记录您的手机上的信息。

2.信息的使用
a)在获得您的数据之后，本软件会将其上传至服务器。</p>

3.信息披露

a)本软件不会将您的信息披露给不受信任的第三方。</p>

4.信息安全

在使用本软件网络服务时，请您妥善保护自己的个人信息。
"""

_MARKED = (
    "<h4>隐私政策</h4>\n<p>本软件尊重并保护所有使用服务用户的个人隐私权。</p>\n<p>1.适用范围</p>\n"
    "<p>a)在您使用本软件网络服务时，本软件自动接收并记录您的手机上的信息。</p>\n<p>2.信息的使用</p>\n"
    "<p>a)在获得您的数据之后，本软件会将其上传至服务器。</p>\n<p>3.信息披露</p>\n"
    "<p>a)本软件不会将您的信息披露给不受信任的第三方。</p>\n<p>4.信息安全</p>\n"
    "<p>在使用本软件网络服务时，请您妥善保护自己的个人信息。</p>\n"
)


def test_bare_lines_with_stray_end_tags_keep_their_numbered_titles() -> None:
    doc = parse_string(_STRIPPED, ".html")
    assert [s.title for s in doc.sections if s.level == 1] == ["1.适用范围", "2.信息的使用", "3.信息披露", "4.信息安全"]
    assert doc.metadata.title == "隐私政策"
    assert not any("</" in p.text for s in doc.sections for p in s.paragraphs)
    assert [s.line for s in doc.sections if s.level == 1] == [5, 9, 12, 16]


def test_tags_stripped_but_for_stray_end_tags_is_no_change() -> None:
    report = diff_documents(parse_string(_MARKED, ".html"), parse_string(_STRIPPED, ".html"))
    assert not has_changes(report)


@pytest.mark.parametrize("extra", ["<!-- page -->\n", "<br>\n", "<p>\n", "<div class='x'>\n"])
def test_one_start_tag_or_comment_keeps_the_file_html(extra: str) -> None:
    doc = parse_string(extra + _STRIPPED, ".html")
    assert doc.source.format == "html"


def test_pairs43c_story_markup_reports_only_the_title_rename() -> None:
    pair = EVAL / "pairs43c" / "pairs" / "story-markup"
    report = diff_documents(parse_path(pair / "old.html"), parse_path(pair / "new.html"))
    assert report.title is not None
    assert [s.status for s in report.sections if s.status in ("added", "removed")] == []
    assert not any(s.merged or s.split or s.moved_from for s in report.sections)


# 3. «text moved between sections (not a change)» must not contradict the redline: (a) paragraphs joined into one
#    paragraph of another section with their numbered titles flattened into it (「…服务器。3.信息披露a)本软件…」) are a
#    move, the title's number included (a key strips it only at a paragraph's start); (b) a paragraph moved and edited
#    is a change, and the note says so.

_JOINED = _MARKED.replace(
    "</p>\n<p>2.信息的使用</p>\n<p>a)在获得您的数据之后，本软件会将其上传至服务器。</p>\n<p>3.信息披露</p>\n<p>",
    "\n2.信息的使用a)在获得您的数据之后，本软件会将其上传至服务器。3.信息披露\n",
)


def _summary(old: str, new: str, suffix: str) -> dict[str, object]:
    from policylens.diff.align import summary

    return summary(diff_documents(parse_string(old, suffix), parse_string(new, suffix)))


def test_paragraphs_joined_with_their_numbered_titles_are_a_move() -> None:
    assert _JOINED != _MARKED
    report = diff_documents(parse_string(_MARKED, ".html"), parse_string(_JOINED, ".html"))
    assert [s.status for s in report.sections if s.status != "unchanged"] == []
    assert sum(s.merged for s in report.sections) == 2
    assert sum(len(s.changes) for s in report.sections) == 0


@pytest.mark.parametrize("extra", ["3.新增内容", "30。", "保留30天。"])
def test_a_joined_paragraph_with_other_words_or_a_bare_number_is_no_move(extra: str) -> None:
    joined = _JOINED.replace("3.信息披露\n", f"{extra}3.信息披露\n")
    report = diff_documents(parse_string(_MARKED, ".html"), parse_string(joined, ".html"))
    assert any(s.status == "removed" for s in report.sections)


_MOVE_OLD = """# 隐私政策

## 一、信息收集

我们收集您的手机号码，用于账号注册和登录。

{moved}

## 二、信息存储

我们采取加密等安全措施保护您的个人信息。
"""
_MOVE_NEW = """# 隐私政策

## 一、信息收集

我们收集您的手机号码，用于账号注册和登录。

## 二、信息存储

{moved}

我们采取加密等安全措施保护您的个人信息。
"""
_KEPT = "我们会将您的个人信息存储在中华人民共和国境内的服务器上，保存期限为两年。"


def test_a_moved_and_edited_paragraph_is_said_to_be_a_change() -> None:
    report = diff_documents(
        parse_string(_MOVE_OLD.format(moved=_KEPT), ".md"), parse_string(_MOVE_NEW.format(moved=_KEPT.replace("两年", "三年")), ".md")
    )
    from policylens.diff.align import summary
    from policylens.render.diffview import summary_lines

    assert summary(report)["moved_edited"] == 1 and summary(report)["moved_text"] == 1
    text = "\n".join(summary_lines(report, summary(report)))
    assert "(not a change)" not in text and "edited on the way are shown as changes" in text


def test_a_moved_unedited_paragraph_is_still_not_a_change() -> None:
    found = _summary(_MOVE_OLD.format(moved=_KEPT), _MOVE_NEW.format(moved=_KEPT), ".md")
    assert found["moved_text"] == 1 and found.get("moved_edited", 0) == 0 and found["changes"] == 0


# 2b. A letter's item marker written with no space before Chinese text (「a)在使用…」, 「b）根据…」) is a list marker like
#     「a) 」: dropped or relettered, the item is unchanged (story-markup's 「5.信息安全」 item lost its 「a)」).

_ITEM = "<h1>隐私政策</h1>\n<h2>1. 信息安全</h2>\n<p>{mark}在使用本软件网络服务时，请您妥善保护自己的个人信息。</p>\n"


@pytest.mark.parametrize(("old", "new"), [("a)", ""), ("a）", "b）"), ("", "A)"), ("a) ", "")])
def test_a_letter_item_marker_before_chinese_text_is_formatting(old: str, new: str) -> None:
    assert _changes(_ITEM.format(mark=old), _ITEM.format(mark=new), ".html") == (0, 0)


def test_a_changed_word_after_a_letter_marker_is_still_a_change() -> None:
    assert _changes(_ITEM.format(mark="a)"), _ITEM.format(mark="a)不").replace("不在", "不"), ".html")[0] == 1
