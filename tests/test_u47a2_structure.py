"""Classes left by eval/structure47 and eval/structure46c after u47a (forty-seventh session, helper u47a2), each with
invented cases on both sides and the real document's lines as a regression."""

from __future__ import annotations

from pathlib import Path

from helpers import headings, parse_path, parse_string

ROOT = Path(__file__).resolve().parents[1]
S46C = ROOT / "eval" / "structure46c"
S47 = ROOT / "eval" / "structure47"


# -- 1. a numbered sub-title right after a numbered sentence, over its own (1) entries (headings/lists.py) -------------

_AFTER_SENTENCE = """1. 我们如何共享您的信息

1.1 合作方
1.1.1 本平台的某些模块或功能由合作方提供，对此您理解并同意，在此情形下合作方会处理您的信息。
1.1.2 {line}
(1) 保障使用安全：我们非常重视服务安全，会使用您的设备信息。
(2) 分析服务使用情况：为分析服务的使用情况，我们会使用日志。

2. 我们如何保护您的信息
正文。
"""


def _lines(text: str) -> dict[int, int]:
    return {line: level for line, level, _ in headings(parse_string(text, ".md")) if line is not None}


def test_a_title_after_a_numbered_sentence_over_its_own_entries_is_a_sub_section() -> None:
    assert _lines(_AFTER_SENTENCE.format(line="为保障服务安全的数据使用")).get(5) == 3


def test_a_clause_after_a_numbered_sentence_stays_the_lists_next_item() -> None:
    # a lead-in announcing the entries, a clause with a comma, a sentence: the next item of the list, as before
    for line in (
        "在以下情形中我们会共享您的信息：",
        "为保障服务安全，我们会使用以下信息",
        "我们会使用以下信息。",
        "本插件对其质量做出如下承诺",
    ):
        assert 5 not in _lines(_AFTER_SENTENCE.format(line=line)), line
    # its next sibling after the entries is a sentence: one more item of a list of sentences (eval/precision30 hqchart L24)
    sentence_after = _AFTER_SENTENCE.format(line="为保障服务安全的数据使用").replace(
        "\n\n2. ", "\n1.1.3 我们有权对本平台进行定期或不定期的升级，用户可以选择升级新版本。\n\n2. "
    )
    assert 5 not in _lines(sentence_after)
    # entries of the same style as the line's own number do not make it a title
    same_style = _AFTER_SENTENCE.format(line="为保障服务安全的数据使用").replace("(1) ", "1.1.2.1 ").replace("(2) ", "1.1.2.2 ")
    assert 5 not in _lines(same_style)


def test_structure47_moguang_l49_is_a_level_3_sub_section() -> None:
    doc = parse_path(S47 / "holdout" / "moguang-privacy-md" / "privacy.md")
    heads = {line: level for line, level, _ in headings(doc)}
    assert heads.get(49) == 3 and 48 not in heads and heads.get(47) == 2


# -- 2. a bold first line with a hard break, above the file's headings, is the title (markdown/walker.py, title.py) --

_BOLD_TOP = "**{first}**{brk}\n**Last Updated: March 18, 2025**  \n\n### **Introduction**\nWe collect nothing.\n\n### **Contact Us**\nWrite to us.\n"


def _title(text: str) -> tuple[str | None, int | None]:
    doc = parse_string(text, ".md")
    return doc.metadata.title, doc.metadata.title_line


def test_a_bold_first_line_broken_off_above_the_headings_is_the_title() -> None:
    assert _title(_BOLD_TOP.format(first="Privacy Policy", brk="  ")) == ("Privacy Policy", 1)
    assert _title(_BOLD_TOP.format(first="隐私政策", brk="\\")) == ("隐私政策", 1)


def test_a_bold_first_line_naming_no_document_or_not_broken_is_no_title() -> None:
    assert _title(_BOLD_TOP.format(first="温馨提示", brk="  "))[1] is None
    # no hard break: one paragraph with the date line, as Markdown renders it
    assert _title(_BOLD_TOP.format(first="Privacy Policy", brk=""))[1] is None


def test_structure47_anx_title_is_its_bold_first_line() -> None:
    doc = parse_path(S47 / "holdout" / "anx-bilingual-md" / "privacy.md")
    assert (doc.metadata.title, doc.metadata.title_line) == ("Privacy Policy", 1)
    assert len(headings(doc)) == 12


# -- 3. section titles a Markdown renderer set as <ol start=N> items (structure/ordered_titles.py) ----------------------

_RENDERED = """<html><body><article>
<h1>某某计算器 - 隐私政策</h1>
<p>本政策说明我们如何处理您的信息。</p>
<ul>
<li>
<ol>
<li>信息使用</li>
</ol>
</li>
<li>a) 我们对通讯录的访问需要您的同意，仅方便本地拨打电话。</li>
<li>b) 我们不会向任何无关第三方提供您的个人信息。</li>
</ul>
<ol{start}>
<li>适用范围
在您使用本软件时，您根据要求提供的个人使用信息。</li>
</ol>
<ol{start3}>
<li>信息披露 在如下情况下，我们将依据法律的规定披露您的个人信息：</li>
</ol>
<ul>
<li>a) 经您事先同意，向第三方披露；</li>
</ul>
<ol{start4}>
<li>信息安全
我们均有安全保护功能，但也请您注意信息网络上不存在完善的安全措施。</li>
</ol>
{tail}</article></body></html>
"""


def _rendered(start: bool = True, tail: str = "") -> dict[str, int]:
    marks = (
        {"start": ' start="2"', "start3": ' start="3"', "start4": ' start="4"'}
        if start
        else dict.fromkeys(("start", "start3", "start4"), "")
    )
    doc = parse_string(_RENDERED.format(tail=tail, **marks), ".html")
    return {title: level for _, level, title in headings(doc) if title}


def test_titles_a_renderer_set_as_ordered_list_items_are_headings() -> None:
    heads = _rendered()
    assert heads == {"信息使用": 1, "适用范围": 1, "信息安全": 1}  # the title run into its text on one line stays an item


def test_ordered_list_items_stay_items_without_the_renderers_numbering_or_beside_real_headings() -> None:
    assert _rendered(start=False) == {}  # no list goes on counting: ordinary lists
    # the page's own section headings after the lists: its lists are lists
    assert "适用范围" not in _rendered(tail="<h2>联系我们</h2>\n<p>请来信。</p>\n")


def test_structure46c_yugang_titles_are_found() -> None:
    doc = parse_path(S46C / "dev" / "yugang-privacy-html" / "yinsi.html")
    assert [(line, level) for line, level, _ in headings(doc)] == [(18, 1), (27, 1), (51, 1), (53, 1)]


# -- 4. 「法律声明」 opening the text under the title, over its label lines (structure/headings/prelude.py) --------------

_PRELUDE = """<view>
  <view class="main"><view>《某某小程序隐私政策》</view></view>
  <view> {name} </view>
  <view>{label}</view>
  <view> 提醒您：在使用本小程序各项服务前，请您务必仔细阅读并透彻理解本声明。</view>
  <view> 定义 : </view>
  <view> 小程序：某某小程序。</view>
  <view class="title">一、适用范围</view>
  <view class="content">本政策适用于小程序提供的所有服务。</view>
  {second}
</view>
"""


def _prelude(
    name: str = "法律声明",
    label: str = "提示条款 : ",
    second: str = '<view class="title">二、信息存储</view>\n  <view class="content">我们将信息存储在境内。</view>',
) -> dict[str, int]:
    doc = parse_string(_PRELUDE.format(name=name, label=label, second=second), ".wxml")
    return {title: level for _, level, title in headings(doc) if title}


def test_a_statements_name_over_its_label_lines_opens_the_text_as_a_section() -> None:
    assert _prelude() == {"法律声明": 1, "一、适用范围": 1, "二、信息存储": 1}


def test_a_subtitle_or_a_line_over_a_sentence_or_no_numbered_sections_keeps_the_reading() -> None:
    assert "隐私政策" not in _prelude(name="隐私政策")  # the title's words again
    # a subtitle written as a sentence (eval/precision36 vela-terms-vue L5, over 「**重要提示：**」)
    assert not any("协议条款" in t for t in _prelude(name="欢迎使用本平台，请仔细阅读本协议条款"))
    assert "法律声明" not in _prelude(label="我们非常重视您的个人信息。")  # over a sentence, no label line
    plain = parse_string(_PRELUDE.format(name="法律声明", label="提示条款 : ", second="").replace("一、适用范围", "适用范围"), ".wxml")
    assert "法律声明" not in {title for _, _, title in headings(plain)}


def test_structure46c_park_l5_is_a_level_1_section() -> None:
    doc = parse_path(S46C / "dev" / "park-privacy-wxml" / "privacyPolicy.wxml")
    assert headings(doc)[0][:2] == (5, 1) and len(headings(doc)) == 8


# -- 5. a run that goes on over one missing number keeps its level (structure/levels/moves.py `_shift_run`) -----------

_SKIPPED = """隱私條款

一、我們如何收集您的個人信息
我們會在您使用服務時收集您主動提供的信息，以及使用服務時產生的信息。

二、您的權利
按照中國相關的法律、法規、標準，我們保障您對自己的個人信息行使以下權利：

(壹)訪問您的個人信息
您有權訪問您的個人信息，法律法規規定的例外情況除外。

(二)更正您的個人信息
當您發現我們處理的關於您的個人信息有錯誤時，您有權要求我們作出更正。

(三)刪除您的個人信息
在以下情形中，您可以向我們提出刪除個人信息的請求。

{last}約束系統自動決策
在某些業務功能中，我們可能僅依據信息系統、算法等在內的非人工自動決策機制做出決定。

三、聯系我們
如果您對本隱私政策有任何疑問，請與我們聯系。
"""


def _level_of_line_18(last: str) -> int:
    return {line: level for line, level, _ in headings(parse_string(_SKIPPED.format(last=last), ".txt"))}[18]


def test_a_sub_section_after_one_missing_number_is_a_sibling() -> None:
    # (壹) written for (一) by a converter, then (二), (三), and (五) with no (四): all four at one level
    assert _level_of_line_18("（五）") == 2
    assert _level_of_line_18("(四)") == 2


def test_a_count_starting_over_or_two_numbers_missing_keeps_the_reading() -> None:
    assert _level_of_line_18("（一）") == 3
    assert _level_of_line_18("（六）") == 3


def test_structure46c_xuanhuan_l135_is_level_2() -> None:
    doc = parse_path(S46C / "dev" / "xuanhuan-privacy-txt" / "yinsi.html")
    heads = {line: level for line, level, _ in headings(doc)}
    assert heads[127] == heads[135] == 2


# -- 6. a heading opening a <section> of its own beside the sections' higher-ranked headings (structure/section_peers.py)

_BOXED = """<html><body><h1>隐私政策</h1>
<section><h2>1. 信息收集</h2><p>我们收集您的设备信息。</p></section>
<section><h2>2. 信息使用</h2><p>我们用它改进服务。</p></section>
<section><h2>3. 政策更新</h2><p>我们会不时更新本政策。</p>{inside}</section>
{between}<section class="contact-info"><h3>联系我们</h3><p>电子邮件：a@b.cn</p></section>
</body></html>
"""


def _boxed(inside: str = "", between: str = "") -> dict[str, int]:
    doc = parse_string(_BOXED.format(inside=inside, between=between), ".html")
    return {title: level for _, level, title in headings(doc) if title}


def test_a_lower_heading_in_a_sibling_section_is_a_peer_section() -> None:
    assert _boxed()["联系我们"] == 1


def test_a_lower_heading_inside_a_section_or_after_an_outside_heading_keeps_its_rank() -> None:
    # inside 3.'s own box: its sub-section
    nested = _boxed(inside="<section><h3>3.1 通知方式</h3><p>站内信。</p></section>")
    assert nested["3.1 通知方式"] == 2
    # an edition's heading outside the boxes between them: the boxes after it are its own
    assert _boxed(between="<h2>附录</h2>\n")["联系我们"] == 2


def test_structure46c_actionmaster_contact_sections_are_level_1() -> None:
    doc = parse_path(S46C / "holdout" / "actionmaster-bilingual-html" / "ysxy.html")
    heads = {line: level for line, level, _ in headings(doc)}
    assert heads[250] == heads[349] == 1 and heads[245] == 1


# -- 7. an edition's opening section over its numbered sections (structure/levels/top_titles.py) ----------------------

_EDITIONS = """# Privacy Policy

**Overview**

This policy explains how we handle your information.

**1. What we collect**

We collect your device model.

**2. Contact us**

Write to us.

# 隐私政策

**{opening}**

本政策说明我们如何处理您的信息。

**一、我们收集的信息**

我们收集您的设备型号。

**二、联系我们**

请来信。
"""


def _edition_levels(opening: str) -> dict[str, int]:
    doc = parse_string(_EDITIONS.format(opening=opening), ".md")
    return {title: level for _, level, title in headings(doc) if title}


def test_an_editions_opening_section_holds_none_of_its_numbered_sections() -> None:
    heads = _edition_levels("概要")
    assert heads["概要"] == heads["一、我们收集的信息"] == heads["二、联系我们"]


def test_an_editions_bold_parent_that_opens_nothing_keeps_its_sections() -> None:
    heads = _edition_levels("我们如何处理信息")
    assert heads["一、我们收集的信息"] == heads["我们如何处理信息"] + 1


def test_structure45_shifu_chinese_edition_sections_are_level_1() -> None:
    doc = parse_path(ROOT / "eval" / "structure45" / "holdout" / "shifu-disclaimer-jsx" / "index.js")
    heads = {line: level for line, level, _ in headings(doc)}
    assert heads[163] == heads[178] == heads[263] == 1 and heads[204] == 2
