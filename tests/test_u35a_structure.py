"""Heading classes of real pages chosen for hard structure (`eval/structure35`, thirty-fifth session, helper u35a).

1. A table drawn with boxes (a uni-app page's 「<view class="tr"><view class="td col1">功能/场景</view>…」): every cell was a
   short line of its own, and the short-item rules read the first cell of each row as a title over the rest
   (eval/structure35 suixu-infolist-vue: 24 false headings 「功能/场景」, 「重要日子记录」, 「网络」 …).  An element whose class
   names a cell (「td」, 「th」, 「table-cell」) inside one whose class names a row (「tr」, 「table-row」) now holds table
   text (`load.html.extractor._Extractor._class_table_tag`), as a `<td>` does.  A class 「td」 outside such a row, or a
   row's own text outside its cells, is read as before.
2. A page that styles some paragraphs with its deepest heading tag (`structure.styled_body`): the vote counted a lead-in
   closed by a colon (「您了解并同意，以下信息不适用本隐私权政策：」) as no body text, so a level of four `<h3>`s — two long
   paragraphs, two such lead-ins — stayed headings (eval/structure35 hudun-privacy-php: 4 false headings).  A line closed
   by a colon with a clause comma 「，」 before it now reads as body text; a short label closed by a colon (「您保证：」,
   「Information you give us:」) does not.
3. A notice written out in a heading tag: 「<h3>温馨提醒：迅捷PDF转换器为保护…，创建了以下的隐私政策，请您务必仔细阅读本协议。</h3>」
   above the policy's `<h2>` sections was a section holding nothing (eval/structure35 xjpdf-privacy-php).  A heading that
   is a notice label (温馨提示, 温馨提醒, 特别提示, 重要提示 …), a colon and at least one whole sentence of 20 characters or
   more is a paragraph (`structure.styled_body.demote_notices`); the label alone or with a short title stays a heading.
4. Titles closed by a colon, each over a list of its own, in a `<br>` paragraph: 「三、网上注册：…提交。<br>（一）本网站的权利与
   义务：<br>1．按协议…<br>…（二）、会员权利与义务：<br>1．定期享受…」 (eval/structure35 lbteam-protocol-aspx).  The first was
   glued to the sentence above it (a colon keeps a line out of the cut title lines, as it keeps out a lead-in), and in
   `structure` a colon line over a list item was never a candidate title, so only the shorter (二) was found.  The loader
   now cuts lines numbered (一), (二) … from the first, each a short title closed by a colon over a line numbered 1 of
   another style, at least two of them (`load.html.titles._list_title_lines`); `_colon_siblings` takes a colon line over
   the first item of a list of its own as a candidate (`_own_list_below`), kept only with a sibling in its sequence.  A
   single such line, or lines that announce their list with a clause (「（一）我们会收集以下信息，包括：」), stay text.
"""

from __future__ import annotations

from pathlib import Path

from helpers import titled_sections
from policylens.load import load
from policylens.load.document import read_document
from policylens.structure.styled_body import _notice, _reads_as_body

REPO = Path(__file__).resolve().parent.parent
SET = REPO / "eval" / "structure35"


def _table_page(row: str, cell: str) -> str:
    return f"""<template>
  <view class="page">
    <view class="title">个人信息收集清单</view>
    <view class="section">
      <view class="section-title">一、核心业务功能</view>
      <view class="table">
        <view class="{row} th">
          <view class="{cell} col1">功能/场景</view>
          <view class="{cell} col2">收集信息类型</view>
        </view>
        <view class="{row}">
          <view class="{cell} col1">重要日子记录</view>
          <view class="{cell} col2">标题、日期、备注（如有）</view>
        </view>
        <view class="{row}">
          <view class="{cell} col1">体重记录</view>
          <view class="{cell} col2">体重数值、记录日期</view>
        </view>
      </view>
    </view>
    <view class="section">
      <view class="section-title">二、系统权限调用清单</view>
      <view class="desc">权限不会默认开启。</view>
    </view>
  </view>
</template>
"""


def test_cells_of_a_box_table_are_no_titles(tmp_path: Path) -> None:
    for row, cell in (("tr", "td"), ("table-row", "table-cell")):
        found = titled_sections(tmp_path, _table_page(row, cell), "info-list.vue")
        assert [t for _, _, t in found] == ["一、核心业务功能", "二、系统权限调用清单"], (row, cell, found)


def test_box_table_cells_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "info-list.vue"
    path.write_text(_table_page("tr", "td"), encoding="utf-8")
    doc = read_document(str(path))
    first = next(s for s in doc.sections if s.title == "一、核心业务功能")
    assert [p.text for p in first.paragraphs][:3] == ["功能/场景", "收集信息类型", "重要日子记录"]


def test_td_class_outside_a_row_is_read_as_before(tmp_path: Path) -> None:
    # no row class around the cells: not a table, the short lines are read as they were (a title over its text)
    before = titled_sections(tmp_path, _table_page("line", "item"), "a.vue")
    after = titled_sections(tmp_path, _table_page("line", "td"), "b.vue")
    assert after == before
    kinds = {b.text: b.kind for b in load(str(tmp_path / "b.vue")).parsed.blocks}
    assert kinds["功能/场景"] != "table"


def test_box_table_blocks_are_table_text(tmp_path: Path) -> None:
    path = tmp_path / "c.vue"
    path.write_text(_table_page("tr", "td"), encoding="utf-8")
    kinds = {b.text: b.kind for b in load(str(path)).parsed.blocks}
    assert kinds["功能/场景"] == "table" and kinds["体重数值、记录日期"] == "table"
    assert kinds["一、核心业务功能"] != "table"


def test_infolist_page_regression() -> None:
    doc = read_document(str(SET / "dev" / "suixu-infolist-vue" / "info-list.vue"))
    assert [(s.line, s.level) for s in doc.sections if s.title] == [(14, 1), (60, 1), (92, 1), (134, 1)]


def test_lead_in_with_clause_reads_as_body() -> None:
    assert _reads_as_body("您了解并同意，以下信息不适用本隐私权政策：")
    assert _reads_as_body("在如下情况下，互盾科技将依据您的个人意愿或法律的规定全部或部分的披露您的个人信息：")
    assert not _reads_as_body("您保证：")
    assert not _reads_as_body("本软件的版权和所有权：")
    assert not _reads_as_body("Information you give us:")


_H3_PAGE = """<html><body>
<h1>隐私政策</h1>
<h3>本公司尊重并保护所有使用服务用户的个人隐私权。为了给您提供更准确的服务，本公司会按照本政策使用您的个人信息。</h3>
<h2>1. 适用范围</h2>
<p>a) 在您注册帐号时，您根据要求提供的个人注册信息；</p>
<h3>{lead1}</h3>
<p>a) 您在使用搜索服务时输入的关键字信息；</p>
<h2>2. 信息披露</h2>
<h3>{lead2}</h3>
<p>a) 经您事先同意，向第三方披露；</p>
<h2>3. 信息存储</h2>
<h3>本公司收集的有关您的信息将保存在本公司的服务器上。</h3>
<h2>4. 信息安全</h2>
<p>本公司将采取加密等安全措施。</p>
</body></html>
"""


def test_h3_lead_ins_and_paragraphs_are_body(tmp_path: Path) -> None:
    page = _H3_PAGE.format(lead1="您了解并同意，以下信息不适用本政策：", lead2="在如下情况下，本公司将披露您的个人信息：")
    found = titled_sections(tmp_path, page, "privacy.html")
    assert [t for _, _, t in found] == ["1. 适用范围", "2. 信息披露", "3. 信息存储", "4. 信息安全"]


def test_h3_short_labels_stay_headings(tmp_path: Path) -> None:
    # the same page whose two middle <h3>s are short labels over their lists: the level is not body text, it stays
    page = _H3_PAGE.format(lead1="不适用的信息：", lead2="披露的情形：")
    found = [t for _, _, t in titled_sections(tmp_path, page, "privacy.html")]
    assert "不适用的信息：" in found and "披露的情形：" in found


def test_hudun_page_regression() -> None:
    doc = read_document(str(SET / "dev" / "hudun-privacy-php" / "privacy.php"))
    assert [s.line for s in doc.sections if s.title] == [17, 25, 29, 38, 40, 45]


_NOTICE_PAGE = """<html><body>
<h1>隐私协议</h1>
<h3>{notice}</h3>
<h2>1、隐私政策适用范围</h2>
<p>该隐私政策仅适用于本网站。</p>
<h2>2、个人信息及文档</h2>
<p>本网站不会收集你的个人信息。</p>
</body></html>
"""


def test_notice_in_a_heading_tag_is_a_paragraph(tmp_path: Path) -> None:
    notice = "温馨提醒：本站为保护所有使用者使用我们服务时所涉及的隐私和个人资料，创建了以下的隐私政策，请您务必仔细阅读本协议。"
    found = titled_sections(tmp_path, _NOTICE_PAGE.format(notice=notice), "privacy.html")
    assert [t for _, _, t in found] == ["1、隐私政策适用范围", "2、个人信息及文档"]


def test_notice_label_alone_stays_a_heading(tmp_path: Path) -> None:
    for notice in ("温馨提示", "特别提示：未成年人保护"):
        found = [t for _, _, t in titled_sections(tmp_path, _NOTICE_PAGE.format(notice=notice), "privacy.html")]
        assert notice in found, (notice, found)


def test_notice_shapes() -> None:
    assert _notice("【温馨提示】：请您在使用本服务前仔细阅读本协议的全部条款，特别是加粗的内容。")
    assert not _notice("温馨提示：请仔细阅读。")  # too short to be more than a title's note
    assert not _notice("特别提示：未成年人保护")
    assert not _notice("一、信息收集：我们收集您在注册时提供的手机号码、邮箱和昵称等信息。")  # no notice label


_LIST_PAGE = """<div class="container">
<h1>会员注册协议</h1>
尊敬的用户，欢迎您注册成为本网站会员。<br />
三、网上注册：凡是带*标志的项目为必填项，都须认真填写，否则不能正确提交。
<br />
{first}
<br />
1．按协议的服务内容及时准确地为会员提供信息和服务。
<br />
2．当会员违反协议规定内容时，本网站有权取消其会员资格。
<br />
{second}
<br />
1．定期享受本网站提供的协议承诺的服务内容。
<br />
2．严格遵守协议内容，遵守国家法律法规。
</div>
"""


def test_colon_titles_over_their_own_lists(tmp_path: Path) -> None:
    page = _LIST_PAGE.format(first="（一）本网站的权利与义务：", second="（二）、会员权利与义务：")
    found = titled_sections(tmp_path, page, "Protocol.aspx.html")
    assert [t for _, _, t in found] == ["（一）本网站的权利与义务：", "（二）、会员权利与义务："]


def test_one_colon_line_over_a_list_stays_text(tmp_path: Path) -> None:
    page = _LIST_PAGE.format(first="（一）本网站的权利与义务：", second="另外，会员应当遵守以下约定。")
    assert titled_sections(tmp_path, page, "a.html") == []


def test_lead_in_clauses_over_lists_stay_text(tmp_path: Path) -> None:
    page = _LIST_PAGE.format(first="（一）我们会收集以下信息，包括：", second="（二）在以下情形中，我们会共享您的信息：")
    assert titled_sections(tmp_path, page, "a.html") == []


def test_lbteam_page_regression() -> None:
    doc = read_document(str(SET / "dev" / "lbteam-protocol-aspx" / "Protocol.aspx"))
    assert [(s.line, s.level) for s in doc.sections if s.title] == [(21, 1), (34, 1)]


def test_announcing_colon_line_over_its_list_stays_text(tmp_path: Path) -> None:
    # 「1、在以下情形中，…请求：」 over 「（1）…」 (eval/precision22 zhongan): a lead-in announcing its list, as before
    text = (
        "隐私政策\n\n（二）删除您的个人信息\n1、在以下情形中，您可以向我们提出删除个人信息的请求：\n"
        "（1）如果我们违反法律法规规定，收集、使用个人信息的\n（2）众安保险违反与您的约定，收集、使用个人信息的。\n"
        "2、众安保险违反法律法规的规定，向第三方转让您的个人信息的，我们应立即停止共享、转让行为。\n"
        "（三）改变您授权同意的范围\n您可以通过注销账户等方式撤回您的授权。\n"
    )
    titles = [t for _, _, t in titled_sections(tmp_path, text, "policy.txt")]
    assert "1、在以下情形中，您可以向我们提出删除个人信息的请求：" not in titles
    assert "（二）删除您的个人信息" in titles


def test_colon_sub_titles_over_steps_join_their_siblings(tmp_path: Path) -> None:
    # 「6.2.1删除一对一全部聊天记录：」 over steps 1. 2., beside 「6.2.2删除部分聊天记录：」 over a paragraph (eval/precision28 qqguide)
    text = (
        "# 隐私保护指引\n\n## 6.2删除个人信息\n\n6.2.1删除一对一全部聊天记录：\n\n1.  进入QQ后，打开一对一对话；\n2.  点击“聊天记录”。\n\n"
        "6.2.2删除部分聊天记录：\n\n进入对话后长按一条消息，即可删除这条消息。\n"
    )
    titles = [t for _, _, t in titled_sections(tmp_path, text, "guide.md")]
    assert "6.2.1删除一对一全部聊天记录：" in titles and "6.2.2删除部分聊天记录：" in titles
