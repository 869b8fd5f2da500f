"""Classes of titles and levels fixed by helper u48a2 (forty-eighth session, second wave), each both ways; every text
below is invented, the real documents stay as regressions at the end (eval/structure48 pugo; the m48x set
eval/structure48c is measured blind by another helper and is not on this branch: its forms are rebuilt here).

1. A kicker word over a page's styled headline: 「<view class="privacy-mark">透明</view>」 over 「<view
   class="privacy-title">本地工具本机处理，数据边界清清楚楚</view>」.  The word was read as a level-1 heading holding every
   section and the headline as a section: no title, every section one level deep.  The headline is now the title
   (`structure/headings/kicker.py` `kicker_over_title`); the word is text above it.  A word naming the policy, a plain
   headline, a numbered one, or a headline far below stays as it was.
2. A uni-app navigation bar's lone back arrow 「‹」 beside the bar's copy of the page's name, then the page's own title:
   the arrow was the first block, so no title was found and the bar's copy was a level-1 heading over everything.  The
   page's own copy is now the title (`arrow_over_bar_title`), the bar's copy chrome.
4. A table of contents listing 1.–3. between an unnumbered bold title (「应用权限说明」) and the bold 1.–3. of the same
   style: the numbered sections were read as the title's children and a bold sub-title between 2. and 3. as a top title
   holding 3.  A run the paragraphs above it list in order is now the top outline there (`structure/toc_runs.py`); with
   no table of contents, or under a document's name, the reading is as before.
5. A mini-program or Vue page opening on its app's name styled bold and centred in its own `style`
   (「<view style="font-size: 16px; font-weight: bold; text-align: center">歌宸型号管理</view>」): a plain paragraph, so
   the page had no title; that first element is now a title line (`load/html/titles.py` `_bold_centred`).  Bold or
   centred alone, or such a line further down, is read as before.
6. A bold line directly over a table whose words a Word export writes across two source lines (「<b><span>Android</span>
   </b><b><span⏎>应用权限申请与使用情况</span></b>」): a bold line of several pieces was no heading; directly over a table
   it is now the table's title (`headings._title_over_table`).  The same line over a paragraph is read as before.
3. A Jekyll `.html` page opening on front matter (「---⏎layout: page⏎title: 隐私政策⏎---」): the front matter was the
   first paragraph of the policy's text and its title was lost; it is now blanked and its title taken, as the Markdown
   reader does (`load/html_body.py` `html_front_matter`).  A page whose `---` block has no `key:` line is read as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_file, parse_path, shown_lines

_ROOT = Path(__file__).resolve().parent.parent
_STRUCTURE48 = _ROOT / "eval" / "structure48" / "holdout"


# --- 1. a kicker word over the headline ------------------------------------------------------------------------------

_KICKER_PAGE = """<{box} class="page">
  <{box} class="intro">
    <{tag} class="intro-mark">{kicker}</{tag}>
    <{tag} class="intro-title">{headline}</{tag}>
    <{tag} class="intro-subtitle">本工具不要求登录，输入的内容只在当前设备上处理，不会上传到服务器。</{tag}>
  </{box}>
  <{box} class="section">
    <{tag} class="section-title">我们如何处理数据</{tag}>
    <{tag} class="item-copy">你输入的文字和计算结果只保存在本机缓存中，删除小程序即可清除。</{tag}>
  </{box}>
  <{box} class="section">
    <{tag} class="section-title">使用的设备能力</{tag}>
    <{tag} class="item-copy">保存图片到相册时会请求相册权限，拒绝后不影响其他功能的使用。</{tag}>
  </{box}>
</{box}>
"""


@pytest.mark.parametrize(
    ("name", "tag", "kicker", "headline"),
    [
        ("index.wxml", "view", "透明", "本地工具本机处理，数据边界清清楚楚"),
        ("index.html", "div", "透明", "本地工具本机处理，数据边界清清楚楚"),
        ("index.wxml", "view", "資料安全", "本機處理，資料不離開你的手機"),
        ("index.wxml", "view", "PRIVACY", "你的数据只留在你的设备上"),
        ("index.html", "p", "隐私", "你的数据只留在你的设备上"),
        ("index.wxml", "view", "Your data", "我们如何对待你的数据"),
    ],
)
def test_a_kicker_word_over_the_headline_leaves_it_the_title(tmp_path: Path, name: str, tag: str, kicker: str, headline: str) -> None:
    box = "view" if name.endswith(".wxml") else "div"
    doc = parse_file(tmp_path, name, _KICKER_PAGE.format(box=box, tag=tag, kicker=kicker, headline=headline))
    assert doc.metadata.title == headline
    assert [(level, title) for _, level, title in headings(doc)] == [(1, "我们如何处理数据"), (1, "使用的设备能力")]
    assert kicker in [text for _, text in shown_lines(doc)]  # the word stays text above the title


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("隐私政策", "本地工具本机处理，数据边界清清楚楚"),  # the word names the policy: a title of its own
        ("透明", "一、本地工具本机处理"),  # a numbered headline is a section
        ("透明。", "本地工具本机处理，数据边界清清楚楚"),  # a sentence, no kicker word
        ("透明的数据处理", "本地工具本机处理，数据边界清清楚楚"),  # longer than a kicker word
        ("目录", "我们如何处理数据"),  # a table of contents' title over its first entry
    ],
)
def test_other_lines_over_a_headline_are_read_as_before(tmp_path: Path, kicker: str, headline: str) -> None:
    doc = parse_file(tmp_path, "index.wxml", _KICKER_PAGE.format(box="view", tag="view", kicker=kicker, headline=headline))
    assert doc.metadata.title != headline


def test_a_kicker_over_a_plain_line_is_read_as_before(tmp_path: Path) -> None:
    # the headline has no title class (no emphasis): nothing says it is styled as the page's headline
    page = _KICKER_PAGE.format(box="view", tag="view", kicker="透明", headline="本地工具本机处理，数据边界清清楚楚").replace(
        'class="intro-title"', 'class="intro-line"'
    )
    assert parse_file(tmp_path, "index.wxml", page).metadata.title is None


# --- 2. a bar's lone back arrow ----------------------------------------------------------------------------------------

_ARROW_PAGE = """<template>
  <view class="page">
    <view class="nav-row">
      <view class="back" @tap="goBack">{arrow}</view>
      <text>{bar}</text>
    </view>
    <scroll-view class="content" scroll-y>
      <view class="title">{own}</view>
      <view class="meta">生效日期：2026年01月01日</view>
      <view class="section">
        <view class="section-title">一、我们如何收集信息</view>
        <view class="paragraph">为向您提供账号登录和订单管理功能，我们会收集您的手机号和订单信息。</view>
      </view>
      <view class="section">
        <view class="section-title">二、信息共享</view>
        <view class="paragraph">未经您同意，我们不会向无关第三方共享您的个人信息。</view>
      </view>
    </scroll-view>
  </view>
</template>
"""


@pytest.mark.parametrize(("arrow", "bar"), [("‹", "用户隐私保护指引"), ("←", "用户隐私保护指引"), ("<", "隱私權政策")])
def test_a_bar_arrow_and_its_name_are_chrome_over_the_own_title(tmp_path: Path, arrow: str, bar: str) -> None:
    page = _ARROW_PAGE.format(arrow=arrow.replace("<", "&lt;"), bar=bar, own=bar)
    doc = parse_file(tmp_path, "index.vue", page)
    assert (doc.metadata.title, doc.metadata.title_line) == (bar, 8)
    assert [(level, title) for _, level, title in headings(doc)] == [(1, "一、我们如何收集信息"), (1, "二、信息共享")]
    assert bar not in [text for _, text in shown_lines(doc)]  # the bar's copy is chrome, not text


def test_a_bar_arrow_over_a_name_with_no_copy_keeps_the_name_the_title(tmp_path: Path) -> None:
    page = _ARROW_PAGE.format(arrow="‹", bar="用户隐私保护指引", own="欢迎使用本小程序")
    doc = parse_file(tmp_path, "index.vue", page)
    assert doc.metadata.title == "用户隐私保护指引"
    assert all(level == 1 for _, level, _ in headings(doc))


def test_an_arrow_over_a_line_naming_no_policy_is_read_as_before(tmp_path: Path) -> None:
    page = _ARROW_PAGE.format(arrow="‹", bar="返回首页", own="用户隐私保护指引")
    doc = parse_file(tmp_path, "index.vue", page)
    assert "返回首页" not in [title for _, _, title in headings(doc)] or doc.metadata.title is None


# --- 3. front matter in an .html page ----------------------------------------------------------------------------------

_JEKYLL_PAGE = """{front}

<p>
本应用尊重并保护所有使用服务用户的个人隐私权。
</p>

<h4>
1. 适用范围
</h4>

<p>
在您使用本应用网络服务时，本应用自动接收并记录您的浏览器信息。
</p>

<h4>
2. 信息使用
</h4>

<p>
本应用不会向任何无关第三方提供、出售或出租您的个人信息。
</p>
"""


@pytest.mark.parametrize("name", ["privacy-cn.html", "privacy.htm"])
def test_front_matter_of_an_html_page_is_no_text_and_gives_the_title(tmp_path: Path, name: str) -> None:
    doc = parse_file(tmp_path, name, _JEKYLL_PAGE.format(front="---\nlayout: page\ntitle: 隐私政策\n---"))
    assert doc.metadata.title == "隐私政策"
    assert not any("layout" in text for text in [text for _, text in shown_lines(doc)])
    assert [(line, level) for line, level, _ in headings(doc)] == [(11, 1), (19, 1)]


def test_rules_with_no_key_in_an_html_page_are_read_as_before(tmp_path: Path) -> None:
    doc = parse_file(tmp_path, "privacy.html", _JEKYLL_PAGE.format(front="---\n隐私政策\n---"))
    assert any("隐私政策" in text for text in [text for _, text in shown_lines(doc)]) or doc.metadata.title == "隐私政策"


# --- 4. a numbered run listed in a table of contents --------------------------------------------------------------------

_TOC_PAGE = """<html><body>
<p><b>某某游戏隐私政策</b></p>
<p>更新日期：2026年1月1日</p>
<p><b>敏感个人信息清单</b></p>
<p>我们处理的敏感个人信息包括精确位置信息和身份证号码，仅用于实名认证和定位服务。</p>
<p><b>{note}</b></p>
<p>相机权限：用于拍摄头像，仅在您主动使用相关功能时调用，您可以随时在系统设置中关闭。</p>
{toc}<p><b>1.我们如何收集个人信息</b></p>
<p>我们会在您注册帐号时收集您的手机号码，用于帐号登录和安全验证。</p>
<p><b>1.1注册登录</b></p>
<p>您注册时需要提供手机号码并设置密码，我们会验证手机号码的真实性。</p>
<p><b>1.2实名认证</b></p>
<p>根据法律要求，我们会收集您的姓名和身份证号码完成实名认证。</p>
<p><b>2.我们如何使用个人信息</b></p>
<p>我们会按照本政策所述的目的使用您的个人信息，不会超出目的范围使用。</p>
<p><b>数据保护措施</b></p>
<p>我们采用加密传输和访问控制等措施保护您的个人信息安全。</p>
<p><b>3.我们如何存储个人信息</b></p>
<p>您的个人信息存储在中华人民共和国境内的服务器上，存储期限为实现目的所必需的最短时间。</p>
</body></html>
"""
_TOC = "<p>1.我们如何收集个人信息{dots}</p>\n<p>2.我们如何使用个人信息{dots}</p>\n<p>3.我们如何存储个人信息{dots}</p>\n"
_NESTED = [(1, "敏感个人信息清单"), (1, "{note}"), (2, "1.我们如何收集个人信息"), (3, "1.1注册登录"), (3, "1.2实名认证")]
_NESTED += [(2, "2.我们如何使用个人信息"), (1, "数据保护措施"), (2, "3.我们如何存储个人信息")]


@pytest.mark.parametrize("dots", ["", "……3", " 5"])
def test_a_run_listed_in_a_table_of_contents_is_the_top_outline(tmp_path: Path, dots: str) -> None:
    page = _TOC_PAGE.format(note="应用权限说明", toc=_TOC.format(dots=dots))
    assert [(level, title) for _, level, title in headings(parse_file(tmp_path, "policy.html", page))] == [
        (1, "敏感个人信息清单"),
        (1, "应用权限说明"),
        (1, "1.我们如何收集个人信息"),
        (2, "1.1注册登录"),
        (2, "1.2实名认证"),
        (1, "2.我们如何使用个人信息"),
        (2, "数据保护措施"),
        (1, "3.我们如何存储个人信息"),
    ]


@pytest.mark.parametrize(("note", "toc"), [("应用权限说明", ""), ("儿童个人信息保护指引", _TOC.format(dots=""))])
def test_no_table_of_contents_or_a_document_name_above_it_nests_as_before(tmp_path: Path, note: str, toc: str) -> None:
    page = _TOC_PAGE.format(note=note, toc=toc)
    found = [(level, title) for _, level, title in headings(parse_file(tmp_path, "policy.html", page))]
    assert found == [(level, title.format(note=note)) for level, title in _NESTED]


# --- 5. a first element styled bold and centred -----------------------------------------------------------------------

_NAME_PAGE = """<!--pages/about/privacy.wxml-->
{before}<view style="{style}"
  >星辰记账</view
>
<view style="margin: 0 40rpx">
  <text>
    本应用非常重视用户隐私并严格遵守相关的法律规定。请您仔细阅读本政策后再继续使用。
    1. 适用范围
    在您注册帐号时，您根据要求提供的个人注册信息。
    2. 信息使用
    本应用不会向任何无关第三方提供、出售或出租您的个人信息。
  </text>
</view>
"""


@pytest.mark.parametrize(
    ("name", "style"),
    [
        ("privacy.wxml", "font-size: 16px; font-weight: bold; text-align: center"),
        ("privacy.wxml", "text-align:center;font-weight:700"),
        ("privacy.vue", "font-weight: 600; text-align: center; color: #333"),
    ],
)
def test_a_first_element_styled_bold_and_centred_is_the_title(tmp_path: Path, name: str, style: str) -> None:
    page = _NAME_PAGE.format(before="", style=style)
    if name.endswith(".vue"):
        page = f"<template>\n{page}</template>\n"
    doc = parse_file(tmp_path, name, page)
    assert doc.metadata.title == "星辰记账"
    assert "星辰记账" not in [text for _, text in shown_lines(doc)]


@pytest.mark.parametrize(
    ("before", "style"),
    [
        ("", "font-size: 16px; font-weight: bold"),  # bold alone
        ("", "font-size: 16px; text-align: center"),  # centred alone
        ("", "font-weight: normal; text-align: center"),
        ('<view class="notice">本页面内容仅供参考，以正式文本为准。</view>\n', "font-weight: bold; text-align: center"),
    ],
)
def test_other_styled_lines_are_read_as_before(tmp_path: Path, before: str, style: str) -> None:
    doc = parse_file(tmp_path, "privacy.wxml", _NAME_PAGE.format(before=before, style=style))
    assert doc.metadata.title is None


# --- 6. a bold title over a table, written across source lines -------------------------------------------------------

_TABLE_PAGE = """<html><body>
<p><b>某某应用隐私政策</b></p>
<p><b>信息收集</b></p>
<p>我们会在您注册帐号时收集您的手机号码，用于帐号登录和安全验证。</p>
<p><b><span lang=EN-US>Android</span></b><b><span
>应用权限列表</span></b></p>
{after}<p><b>联系我们</b></p>
<p>如您对本政策有任何疑问，可以通过客服邮箱与我们联系，我们将在十五日内答复。</p>
</body></html>
"""
_TABLE = "<table>{rows}</table>\n".format(rows="<tr><td>权限名称</td><td>使用目的</td></tr><tr><td>相机</td><td>拍摄头像</td></tr>")


def test_a_bold_title_over_a_table_across_source_lines_is_a_heading(tmp_path: Path) -> None:
    found = [(level, title) for _, level, title in headings(parse_file(tmp_path, "policy.html", _TABLE_PAGE.format(after=_TABLE)))]
    assert found == [(1, "信息收集"), (1, "Android应用权限列表"), (1, "联系我们")]


def test_the_same_line_over_a_paragraph_is_read_as_before(tmp_path: Path) -> None:
    page = _TABLE_PAGE.format(after="<p>相机权限：用于拍摄头像，仅在您主动使用相关功能时调用。</p>\n")
    assert [title for _, _, title in headings(parse_file(tmp_path, "policy.html", page))] == ["信息收集", "联系我们"]


# --- the real documents ----------------------------------------------------------------------------------------------


def test_structure47c_gechen_bold_centred_name() -> None:
    doc = parse_path(_ROOT / "eval" / "structure47c" / "dev" / "gechen-ysxy-wxml" / "ysxy.wxml")
    assert (doc.metadata.title, doc.metadata.title_line) == ("歌宸型号管理", 3)
    assert [(line, level) for line, level, _ in headings(doc)][:3] == [(10, 1), (15, 1), (19, 1)]


def test_structure48_pugo_kicker() -> None:
    doc = parse_path(_STRUCTURE48 / "pugo-privacy-wxml" / "index.wxml")
    assert (doc.metadata.title, doc.metadata.title_line) == ("本地工具本机处理，数据边界清清楚楚", 4)
    found = {line: level for line, level, _ in headings(doc)}
    assert 3 not in found
    assert (found[9], found[12], found[35], found[38], found[75], found[77]) == (1, 2, 1, 2, 1, 2)
