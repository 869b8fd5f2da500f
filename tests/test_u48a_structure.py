"""Classes of eval/structure48's dev misses and false headings fixed by helper u48a (forty-eighth session), each both
ways; every text below is invented, the documents stay as regressions at the end.

1. A mini-program list written one `<text>` per source line whose first item opens its block: 「<view class="doc-list">
   ⏎<text>1. …</text>⏎<text>2. …</text>⏎<text>3. …</text>」.  The first item was read inline, so 1. ran into 2. and
   3. stood alone, then read as a level-2 heading with no body.  Each item is now a line of its own
   (`load/html/text_runs.py` `_text_first_item`); an item mark inside a sentence opens nothing.
2. A list whose every item opens with a short title paragraph over its body paragraphs, inside the item
   (「<ol><li><p><b>您向我们提供的信息</b></p><p>当您…。</p></li>…」, bold or plain): the titles were list items; they
   are now sub-section titles (`load.html.title_lists.titled_items`).  A list whose items open with sentences, hold
   bare text, or have a title with no body stays a list.
3. Two documents on one page under a top bar naming both (「用户协议与隐私政策」 over 「用户协议」 1.–4. and 「隐私政策」 1.–6.):
   the page opens on a document's name, so `structure.named_second.named_documents` left each run nested under its
   name; when the first heading is one of the names and every heading is a name or in a name's run, each document's
   sections now take their levels from 1 (the several-documents convention, docs/headings.md).  A first name over a
   preface (「引言」) before its numbering is read as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_file, parse_path

_ROOT = Path(__file__).resolve().parent.parent
_STRUCTURE48 = _ROOT / "eval" / "structure48" / "dev"

# --- 1. a mini-program list whose first <text> opens its block ---------------------------------------------------------

_LIST_PAGE = """<view class="page">
  <view class="hero">
    <text class="page-title">隐私说明</text>
    <text class="copy">本工具默认不上传任何内容，数据只保存在本机。</text>
  </view>
  <view class="card">
    <text class="card-title">我们会用到的数据</text>
    <view class="list">
      <text>{first}</text>
      <text>2. 你设置的提醒时间和铃声</text>
      <text>3. 你收藏到本机的计时方案</text>
    </view>
  </view>
  <view class="card">
    <text class="card-title">我们不会做的事</text>
    <view class="list">
      <text>1. 不会上传你的记录</text>
      <text>2. 不会读取通讯录或相册</text>
    </view>
  </view>
</view>
"""


def test_items_one_text_a_line_are_lines_not_titles(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "index.wxml", _LIST_PAGE.format(first="1. 你输入的计时名称"))
    assert [title for _, _, title in headings(doc)] == ["我们会用到的数据", "我们不会做的事"]
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert "1. 你输入的计时名称" in texts and "2. 你设置的提醒时间和铃声" in texts
    assert "1. 不会上传你的记录" in texts and "2. 不会读取通讯录或相册" in texts


def test_a_text_on_the_same_line_stays_inline(tmp_path: Path) -> None:
    # an item's <text> followed on its line by another <text> (a tag): one line, as a mini-program shows it
    page = _LIST_PAGE.format(first='1. 你输入的计时名称</text><text class="tag">（必填）')
    doc = parse_file(tmp_path, "index.wxml", page)
    assert [title for _, _, title in headings(doc)] == ["我们会用到的数据", "我们不会做的事"]
    assert any(p.text.startswith("1. 你输入的计时名称（必填）") for s in doc.sections for p in s.paragraphs)


# --- 2. a list of items titled by their first paragraph --------------------------------------------------------------

_TITLED_LIST = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>隐私政策</title></head>
<body>
<h3>一. 我们收集的信息</h3>
<p>我们收集以下几类信息，用于向您提供服务。</p>
<ol>
  <li>
    <p>{first}</p>
    <p>当您注册账户时，您需要向我们提供手机号码并设置密码，以便我们为您创建账户。</p>
  </li>
  <li>
    <p><b>您使用服务时产生的信息</b></p>
    <p>我们会记录您使用服务的时间、设备型号与操作系统版本，用于保障服务安全与改进体验。</p>
  </li>
</ol>
<h3>二. 我们如何共享信息</h3>
<ol>
  <li>获得您的明确同意。</li>
  <li>
    <p>为维护我们及其他用户的合法权益。</p>
    <p>在法律允许的范围内，我们可能向有关机关提供必要的信息，以保护用户的人身与财产安全。</p>
  </li>
</ol>
</body></html>
"""


@pytest.mark.parametrize("first", ["<b>您向我们提供的信息</b>", "您向我们提供的信息"])
def test_items_titled_by_their_first_paragraph_are_sub_sections(tmp_path: Path, first: str) -> None:
    doc = parse_file(tmp_path, "privacy.html", _TITLED_LIST.format(first=first))
    found = [(level, title) for _, level, title in headings(doc)]
    assert found == [
        (1, "一. 我们收集的信息"),
        (2, "您向我们提供的信息"),
        (2, "您使用服务时产生的信息"),
        (1, "二. 我们如何共享信息"),
    ]


@pytest.mark.parametrize(
    "first",
    [
        "我们会根据您的使用情况收集信息。",  # a sentence opens the item
        "账户信息：手机号码",  # a label and its value
    ],
)
def test_items_opening_with_no_title_stay_a_list(tmp_path: Path, first: str) -> None:
    doc = parse_file(tmp_path, "privacy.html", _TITLED_LIST.format(first=first))
    assert [title for _, _, title in headings(doc)] == ["一. 我们收集的信息", "二. 我们如何共享信息"]


def test_titles_with_no_body_stay_a_list(tmp_path: Path) -> None:
    page = _TITLED_LIST.format(first="您向我们提供的信息").replace(
        "<p>当您注册账户时，您需要向我们提供手机号码并设置密码，以便我们为您创建账户。</p>", ""
    )
    doc = parse_file(tmp_path, "privacy.html", page)
    assert [title for _, _, title in headings(doc)] == ["一. 我们收集的信息", "二. 我们如何共享信息"]


@pytest.mark.parametrize("field", ["管理人：我们", "類型：持久性 Cookies", "提供方：某某科技有限公司"])
def test_names_over_a_record_of_fields_stay_a_list(tmp_path: Path, field: str) -> None:
    # a cookie table written as items (tests/data/real/haozheli, lead48): 「<li><p><b>功能 Cookie</b></p><p>管理人：我们</p>
    # <p>目的：…。</p></li>」 names an entry that its fields describe; it titles no section (the merge's regression)
    page = _TITLED_LIST.format(first="<b>您向我们提供的信息</b>").replace("<p>当您注册账户时，", f"<p>{field}</p><p>当您注册账户时，")
    doc = parse_file(tmp_path, "privacy.html", page)
    assert [title for _, _, title in headings(doc)] == ["一. 我们收集的信息", "二. 我们如何共享信息"]


# --- 3. two documents under a top bar naming both ---------------------------------------------------------------------

_TWO_DOCUMENTS = """<view class="page">
  <view class="topbar">用户协议与隐私政策</view>
  <view class="doc">
    <view class="doc-title">用户协议</view>
    <view class="doc-h">{first}</view>
    <view class="doc-p">本小程序提供记账与统计功能，你可在登录后使用全部功能。</view>
    <view class="doc-h">2. 用户行为规范</view>
    <view class="doc-p">你应保证发布的内容真实合法，不得发布违法违规信息。</view>
  </view>
  <view class="doc">
    <view class="doc-title">隐私政策</view>
    <view class="doc-h">1. 我们收集的信息</view>
    <view class="doc-p">我们仅在你主动填写时收集昵称与头像，用于展示你的身份。</view>
    <view class="doc-h">2. 存储位置</view>
    <view class="doc-p">上述信息存储于云开发环境中，我们采取加密措施保护其安全。</view>
  </view>
</view>
"""


def test_two_named_documents_take_their_levels_from_one(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "index.wxml", _TWO_DOCUMENTS.format(first="1. 服务说明"))
    assert [(level, title) for _, level, title in headings(doc)] == [
        (1, "用户协议"),
        (1, "1. 服务说明"),
        (1, "2. 用户行为规范"),
        (1, "隐私政策"),
        (1, "1. 我们收集的信息"),
        (1, "2. 存储位置"),
    ]


def test_a_first_name_over_a_preface_still_nests(tmp_path: Path) -> None:
    # the first document's name is over 「引言」, not its numbering: read as before (its sections under it)
    page = _TWO_DOCUMENTS.format(first="引言").replace("2. 用户行为规范", "1. 用户行为规范")
    found = {title: level for _, level, title in headings(parse_file(tmp_path, "index.wxml", page))}
    assert found["1. 用户行为规范"] > found["用户协议"]


# --- the real documents --------------------------------------------------------------------------------------------


def test_structure48_tangemu_lists() -> None:
    doc = parse_path(_STRUCTURE48 / "tangemu-privacy-wxml" / "index.wxml")
    assert [(line, level) for line, level, _ in headings(doc)] == [(8, 1), (17, 1), (26, 1)]


def test_structure48_homemaking_item_titles() -> None:
    doc = parse_path(_STRUCTURE48 / "homemaking-privacy-html" / "privacy.html")
    lines = {line: level for line, level, _ in headings(doc)}
    assert {line: lines.get(line) for line in (29, 41, 60, 149, 161)} == {29: 2, 41: 2, 60: 2, 149: 2, 161: 2}
    assert 126 not in lines  # 「为维护…权益。」 opens its item with a sentence: the list stays a list


def test_structure48_molispark_documents() -> None:
    doc = parse_path(_STRUCTURE48 / "molispark-privacy-wxml" / "index.wxml")
    assert {level for _, level, _ in headings(doc)} == {1}
