"""A mini-program page's list written one `<text>` per source line is one paragraph per item (twenty-fifth session).

「<text>我们会收集以下信息：</text>⏎<text>1. 昵称和头像；</text>⏎<text>2. 手机号码。</text>」 was one paragraph,
「我们会收集以下信息：1. 昵称和头像；2. 手机号码。」, although the page shows one item a line; profile coverage could not
cite an item, and a diff of one item showed the whole list (u25v, eval/blind/profiles22; eval/dev11/childpark-wxml,
eval/dev23g/dev/minihouse-vue).  An item's first text starts a block after a lead-in or clause that ended, or after an
item that started one (`_text_item_breaks` in `policylens/load/html.py`).  Text that opens no item stays inline, as a mini-program shows
`<text>`: a lone icon 「●」, a label and its value, a link inside a sentence.
"""

from __future__ import annotations

from pathlib import Path

from test_structure13_text import _sections


def test_a_list_written_one_text_a_line_is_one_paragraph_an_item(tmp_path: Path) -> None:
    page = """<view class="page">
  <view class="title">一、我们收集的信息</view>
  <view class="body">
    <text>我们会收集以下信息：</text>
    <text>1. 昵称和头像；</text>
    <text>2. 手机号码；</text>
    <text>• 位置信息</text>
    <text>• 设备型号</text>
  </view>
</view>
"""
    body = [p for _, _, paragraphs in _sections(tmp_path, "privacy.wxml", page) for p in paragraphs]
    assert body == ["我们会收集以下信息：", "1. 昵称和头像；", "2. 手机号码；", "• 位置信息", "• 设备型号"]


def test_texts_that_open_no_item_stay_inline(tmp_path: Path) -> None:
    page = """<view class="page">
  <view class="body">
    <text>请阅读</text>
    <text class="link">《隐私政策》</text>
    <text>后继续。我们的客服邮箱：</text>
    <text>privacy@example.com</text>
    <text class="icon">●</text>
    <text>2024年版本</text>
  </view>
</view>
"""
    body = [p for _, _, paragraphs in _sections(tmp_path, "privacy.wxml", page) for p in paragraphs]
    assert body == ["请阅读《隐私政策》后继续。我们的客服邮箱：privacy@example.com ● 2024年版本"]


def test_an_item_mark_inside_a_running_sentence_stays_inline(tmp_path: Path) -> None:
    page = """<view class="page">
  <view class="body">
    <text>我们收集的信息包括</text>
    <text>1. 昵称</text>
  </view>
</view>
"""
    body = [p for _, _, paragraphs in _sections(tmp_path, "privacy.wxml", page) for p in paragraphs]
    assert body == ["我们收集的信息包括1. 昵称"]


def test_every_numbering_label_the_tool_reads_opens_an_item(tmp_path: Path) -> None:
    """The item marks are `lines.BULLET`'s and `numbering.parse_number`'s (4.1, 第一条, （一）), not a list of their own
    (eval/dev11/tianchen-vue: clauses 4.1, 4.2, 4.3 were one paragraph)."""
    page = """<view class="page">
  <view class="body">
    <text>4.1 我们采用加密保护您的信息。</text>
    <text>4.2 您的信息存储在境内。</text>
    <text>（一）账户信息；</text>
    <text>第二条 保存期限。</text>
  </view>
</view>
"""
    body = [p for _, _, paragraphs in _sections(tmp_path, "privacy.wxml", page) for p in paragraphs]
    assert body == ["4.1 我们采用加密保护您的信息。", "4.2 您的信息存储在境内。", "（一）账户信息；", "第二条 保存期限。"]
