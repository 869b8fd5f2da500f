"""Structure defect classes a seventh blind set found on HTML pages as published, one group per class.

Each class has its small pages written here, both ways (the class, and the near misses that
must not change); the pages of `eval/dev7h/` hold them together.  Classes: a policy inside a
read-only <textarea> or <pre>; page chrome after the policy (forms, label+field rows, link
menus); a site's brand <h1> above the policy's <h2> title; a line repeating the title.
"""

from __future__ import annotations

from helpers import headings, parse_string

BODY = "我們會依法處理您的個人資料，並採取適當的安全措施。"
BODY_HANS = "我们会依法处理您的个人信息，并采取适当的安全措施。"


def page(body: str, title: str = "隱私權政策") -> str:
    """A whole HTML page around `body`."""
    return f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n'


def titled(text: str) -> list[tuple[int | None, int, str | None]]:
    """(line, level, title) of the sections of an HTML page."""
    return headings(parse_string(text, ".html"))


# -- a policy inside a read-only <textarea> or <pre> ------------------------------------------
TEXTAREA_LINES = (
    "一、我們收集的資訊\n"
    "1.1您在使用本網站時，我們會收集您的姓名及電子郵件地址。\n"
    "二、資訊的使用方式\n" + BODY + "\n"
    "三、聯絡我們\n"
    "如有疑問請來信。\n"
)


def test_policy_in_a_readonly_textarea_is_read_as_plain_text_lines() -> None:
    """Its 「一、」 lines are headings at their own line numbers (one block before: no heading at all)."""
    html = page(f"<h2>隱私權政策</h2>\n<p>{BODY}</p>\n<textarea readonly rows='20'>{TEXTAREA_LINES}</textarea>")
    # <h2> on line 8, the paragraph on 9, the textarea's first line on 10
    assert [(line, level, title) for line, level, title in titled(html) if title and "、" in title] == [
        (10, 1, "一、我們收集的資訊"),
        (12, 1, "二、資訊的使用方式"),
        (14, 1, "三、聯絡我們"),
    ]


def test_policy_in_a_pre_is_read_as_plain_text_lines() -> None:
    """A <pre> shows its lines as written: the same reading, columns counted from the line's start."""
    html = page(f"<pre>\n{TEXTAREA_LINES}</pre>")
    doc = parse_string(html, ".html")
    assert [(line, title) for line, _, title in headings(doc)][:1] == [(9, "一、我們收集的資訊")]
    section = next(s for s in doc.sections if s.title == "一、我們收集的資訊")
    assert section.column == 1


def test_title_repeated_on_the_first_line_of_the_box_is_no_parent_section() -> None:
    """「晴空旅宿隱私權政策」 inside the box under the page's 「隱私權政策」: the sections stay at level 1."""
    html = page(f"<h2>隱私權政策</h2>\n<textarea readonly>晴空旅宿隱私權政策\n{TEXTAREA_LINES}</textarea>")
    found = titled(html)
    assert {level for _, level, _ in found} == {1}
    assert "晴空旅宿隱私權政策" not in [title for _, _, title in found]


def test_a_numbered_section_naming_the_policy_under_the_title_keeps_its_place() -> None:
    """Near miss: 「第一條 隱私權政策之適用」 under the title is the first section, numbered: not the title again."""
    box = f"第一條 本隱私權政策\n{BODY}\n第二條 資料之蒐集\n{BODY}\n"
    html = page(f"<h2>隱私權政策</h2>\n<textarea readonly>{box}</textarea>")
    assert [title for _, _, title in titled(html)] == ["第一條 本隱私權政策", "第二條 資料之蒐集"]


def test_form_input_textarea_gives_no_text() -> None:
    """An empty <textarea> with a placeholder, or one with a short default value, is a form field: no heading, no text."""
    html = page(
        f"<h1>隱私權政策</h1>\n<h2>一、蒐集</h2>\n<p>{BODY}</p>\n<h2>二、聯絡</h2>\n<p>{BODY}</p>\n"
        '<div><textarea name="a" placeholder="請輸入您的意見"></textarea></div>\n'
        '<div><textarea name="b">請輸入留言</textarea></div>\n<p>送出</p>\n'
    )
    doc = parse_string(html, ".html")
    assert [title for _, _, title in headings(doc)] == ["一、蒐集", "二、聯絡"]
    assert "請輸入您的意見" not in "".join(p.text for s in doc.sections for p in s.paragraphs)


# -- page chrome after the policy: forms, label+field rows, menus -------------------------------
PLAIN_POLICY = (
    '<div class="policy">\n<p>星河补光隐私声明</p>\n<p>本声明适用于星河补光官方网站及商城。</p>\n'
    f"<p>信息收集</p>\n<p>{BODY_HANS}</p>\n<p>信息使用</p>\n<p>{BODY_HANS}</p>\n<p>联系我们</p>\n<p>{BODY_HANS}</p>\n</div>\n"
)
EXPECTED_PLAIN = ["信息收集", "信息使用", "联系我们"]


def test_contact_form_labels_after_the_policy_are_no_headings() -> None:
    """「您的姓名*」「留言*」 in a <form> before their fields: page chrome."""
    form = (
        '<div><form action="/m">\n<p>在线留言</p>\n<p>您的姓名*</p>\n<input type="text" name="n">\n'
        '<p>邮箱地址*</p>\n<input type="email" name="e">\n<p>留言*</p>\n<textarea name="m"></textarea>\n'
        "<p>提交</p>\n</form></div>"
    )
    assert [title for _, _, title in titled(page(PLAIN_POLICY + form, "隐私声明"))] == EXPECTED_PLAIN


def test_label_and_field_rows_without_a_form_are_no_headings() -> None:
    """`<div class=label>您的手机号码<span>*</span></div><input>` rows with no <form> around them."""
    rows = (
        '<div class="message">\n<div>在线留言</div>\n'
        '<div><div>您的姓名<span>*</span></div><input type="text"></div>\n'
        '<div><div>您的手机号码<span>*</span></div><input type="tel"></div>\n'
        "<div>提交</div>\n</div>"
    )
    assert [title for _, _, title in titled(page(PLAIN_POLICY + rows, "隐私声明"))] == EXPECTED_PLAIN


def test_link_menu_after_the_policy_is_no_heading() -> None:
    """A footer of short link-only entries (「相机」「闪光灯」…「服务支持」) and its column title."""
    menu = (
        '<div class="foot">\n<div>产品</div>\n<div><a href="/1">相机</a></div>\n<div><a href="/2">闪光灯</a></div>\n'
        '<div><a href="/3">镜头</a></div>\n<div><a href="/4">补光灯</a></div>\n<div><a href="/s">服务支持</a></div>\n</div>'
    )
    assert [title for _, _, title in titled(page(PLAIN_POLICY + menu, "隐私声明"))] == EXPECTED_PLAIN


def test_link_menu_with_a_copyright_line_below_it_is_no_heading() -> None:
    """A footer's menu columns above its copyright and ICP line (long, but no sentence): still below the policy's text."""
    menu = (
        '<div class="footer">\n<div><div>产品</div><div><a href="/1">相机</a></div><div><a href="/2">闪光灯</a></div>'
        '<div><a href="/3">镜头</a></div></div>\n<div><div><a href="/s">服务支持</a></div><div><a href="/d">下载中心</a></div>'
        '<div><a href="/j">加入我们</a></div></div>\n'
        "<div>Copyright © 2024 深圳市光影器材科技有限公司 版权所有 粤ICP备12345678号-1 粤公网安备44030502000000号</div>\n</div>"
    )
    assert [title for _, _, title in titled(page(PLAIN_POLICY + menu, "隐私声明"))] == EXPECTED_PLAIN


def test_the_policys_own_link_toc_and_short_headings_stay() -> None:
    """Near misses: a TOC of links inside the policy, <h2>Cookie</h2> and <h2>聯絡我們</h2> keep their sections."""
    body = (
        '<div class="policy">\n<h1>隱私權聲明</h1>\n<p>本聲明說明我們如何處理您的個人資料。</p>\n'
        '<ul><li><a href="#a">資料蒐集</a></li><li><a href="#b">Cookie</a></li><li><a href="#c">聯絡我們</a></li></ul>\n'
        f'<h2 id="a">資料蒐集</h2>\n<p>{BODY}</p>\n<h2 id="b">Cookie</h2>\n<p>{BODY}</p>\n<h2 id="c">聯絡我們</h2>\n<p>{BODY}</p>\n</div>'
    )
    assert [(level, title) for _, level, title in titled(page(body))] == [(1, "資料蒐集"), (1, "Cookie"), (1, "聯絡我們")]


def test_a_list_of_links_among_the_policys_text_is_no_menu() -> None:
    """Near miss: 「第三方SDK」 above a list of SDK links, with sections after it: a heading of the policy still."""
    body = (
        f"<div>\n<p>隐私声明</p>\n<p>{BODY_HANS}</p>\n<p>信息收集</p>\n<p>{BODY_HANS}</p>\n"
        '<div><p>第三方SDK</p>\n<p><a href="/1">微信SDK</a></p>\n<p><a href="/2">支付宝SDK</a></p>\n<p><a href="/3">友盟SDK</a></p></div>\n'
        f"<p>联系我们</p>\n<p>{BODY_HANS}</p>\n</div>"
    )
    found = [title for _, _, title in titled(page(body, "隐私声明"))]
    assert "第三方SDK" in found
    assert "联系我们" in found


def test_anchored_titles_are_no_links() -> None:
    """Near miss: Word exports wrap titles in `<a name=…>`; a run of them after the text is no menu (`<a href>` is)."""
    from policylens.load.html import read_html

    def kinds(anchor: str) -> list[str]:
        titles = "".join(f"<p>{anchor}第{n}节</a></p>\n" for n in (1, 2, 3))
        return [b.kind for b in read_html(f"<div><p>{BODY_HANS}</p></div>\n<div>{titles}</div>", path="t.html").blocks][1:]

    assert kinds('<a name="_Toc1">') == ["paragraph"] * 3
    assert kinds('<a href="/x">') == ["item"] * 3


def test_short_plain_titles_of_a_policy_are_not_a_menu() -> None:
    """Near miss: bare short titles (「Cookie」「聯絡我們」) with their paragraphs are no link menu."""
    body = f"<div>\n<p>隱私權聲明</p>\n<p>{BODY}</p>\n<p>Cookie</p>\n<p>{BODY}</p>\n<p>聯絡我們</p>\n<p>{BODY}</p>\n</div>"
    assert [title for _, _, title in titled(page(body))] == ["Cookie", "聯絡我們"]


def test_a_page_wrapped_in_one_form_keeps_its_headings() -> None:
    """Near miss: ASP.NET pages put the whole page in a <form> (with a search box): the policy's text is in it."""
    body = (
        '<form id="form1">\n<input type="hidden" name="__VIEWSTATE" value="x">\n<input type="text" name="q">\n'
        f"<h1>隱私權政策</h1>\n<h2>一、蒐集</h2>\n<p>{BODY}</p>\n<h2>二、利用</h2>\n<p>{BODY}</p>\n</form>"
    )
    assert [title for _, _, title in titled(page(body))] == ["一、蒐集", "二、利用"]


def test_a_form_holding_the_policy_box_keeps_the_box_text() -> None:
    """An agreement form: a read-only box with the policy, a checkbox and its label; the box's titles are headings."""
    body = (
        f"<form>\n<h2>隱私權政策</h2>\n<textarea readonly>{TEXTAREA_LINES}</textarea>\n"
        '<input type="checkbox" id="ok"><label for="ok">我已閱讀並同意</label>\n<input type="text" name="n">\n</form>'
    )
    found = [title for _, _, title in titled(page(body))]
    assert found == ["一、我們收集的資訊", "二、資訊的使用方式", "三、聯絡我們"]


# -- levels: a site's brand <h1> above the policy's <h2> title ---------------------------------
BRAND = (
    '<div class="top"><h1>云杉笔记</h1></div>\n<div class="main">\n<h2>云杉笔记隐私政策</h2>\n'
    f"<p>{BODY_HANS}</p>\n<h3>1. 我们收集的信息</h3>\n<p>{BODY_HANS}</p>\n<h3>2. 权限说明</h3>\n<p>{BODY_HANS}</p>\n"
    f"<h4>2.1 存储权限</h4>\n<p>{BODY_HANS}</p>\n<p><strong>3. 信息使用</strong></p>\n<p>{BODY_HANS}</p>\n</div>"
)


def test_brand_h1_above_the_policy_h2_title_is_not_the_title() -> None:
    """The <h2> naming the policy is the title; its <h3> sections and the bold 「3.」 after them are level 1."""
    doc = parse_string(page(BRAND, "隐私政策 | 云杉笔记"), ".html")
    assert doc.metadata.title == "云杉笔记隐私政策"
    assert [(level, title) for _, level, title in headings(doc)] == [
        (1, "1. 我们收集的信息"),
        (1, "2. 权限说明"),
        (2, "2.1 存储权限"),
        (1, "3. 信息使用"),
    ]


def test_brand_h1_above_a_title_at_the_rank_of_numbered_sections() -> None:
    """「<h1>某某</h1><h2>隐私政策</h2><h2>1. …</h2>」: the <h2> naming the policy is the title, no section."""
    body = f"<header><h1><a href='/'>某某</a></h1></header>\n<h2>隐私政策</h2>\n<p>{BODY_HANS}</p>\n"
    body += "".join(f"<h2>{n}. 第{n}节</h2>\n<p>{BODY_HANS}</p>\n" for n in (1, 2, 3))
    doc = parse_string(page(body, "隐私政策 - 某某"), ".html")
    assert doc.metadata.title == "隐私政策"
    assert [(level, title) for _, level, title in headings(doc)] == [(1, "1. 第1节"), (1, "2. 第2节"), (1, "3. 第3节")]


def test_a_summary_section_under_a_brand_is_no_title() -> None:
    """Near miss: 「<h2>隐私政策概要</h2>」 beside numbered <h2> sections is a section about the policy (the <h1> stays the title)."""
    body = f"<h1>某某</h1>\n<h2>隐私政策概要</h2>\n<p>{BODY_HANS}</p>\n"
    body += "".join(f"<h2>{n}. 第{n}节</h2>\n<p>{BODY_HANS}</p>\n" for n in (1, 2, 3))
    doc = parse_string(page(body, "某某"), ".html")
    assert doc.metadata.title == "某某"
    assert [title for _, _, title in headings(doc)][:2] == ["隐私政策概要", "1. 第1节"]


def test_an_h1_that_names_the_policy_stays_the_title() -> None:
    """Near miss: 「<h1>隐私政策</h1>」 then an <h2> chapter holding <h3> sections: the chapter is a section."""
    body = (
        f"<h1>隐私政策</h1>\n<p>{BODY_HANS}</p>\n<h2>第一部分 个人信息</h2>\n<h3>1. 收集</h3>\n<p>{BODY_HANS}</p>\n"
        f"<h3>2. 使用</h3>\n<p>{BODY_HANS}</p>\n"
    )
    assert [(level, title) for _, level, title in titled(page(body, "隐私政策"))] == [
        (1, "第一部分 个人信息"),
        (2, "1. 收集"),
        (2, "2. 使用"),
    ]


def test_an_h2_not_naming_the_policy_under_a_brand_is_a_section() -> None:
    """Near miss: under 「<h1>云杉笔记</h1>」 an unnamed <h2> chapter is no title (the <h1> stays the title)."""
    body = f"<h1>云杉笔记</h1>\n<h2>总则</h2>\n<p>{BODY_HANS}</p>\n<h3>1. 收集</h3>\n<p>{BODY_HANS}</p>\n<h3>2. 使用</h3>\n<p>{BODY_HANS}</p>\n"
    doc = parse_string(page(body, "云杉笔记"), ".html")
    assert doc.metadata.title == "云杉笔记"
    assert next(title for _, _, title in headings(doc)) == "总则"


# -- false headings from list items: lettered sentences and the items beside them --------------
def test_lettered_sentences_with_text_between_them_are_list_items() -> None:
    """「(a)我们采用…」 / 「(b)我们严格遵照法律法规，保护您的通信秘密，…」: an enumeration, no sub-headings."""
    body = (
        "<h1>畅聊隐私政策</h1>\n<p>一、通信秘密</p>\n<p>(a)我们采用端到端加密技术</p>\n<p>我们不保存消息。</p>\n"
        "<p>(b)我们严格遵照法律法规，保护您的通信秘密，为您提供安全的通信服务</p>\n<p>二、联系我们</p>\n"
        f"<p>{BODY_HANS}</p>\n"
    )
    assert [title for _, _, title in titled(page(body, "隐私政策"))] == ["一、通信秘密", "二、联系我们"]


def test_noun_items_in_a_lettered_run_with_a_sentence_are_list_items() -> None:
    """「（d）IP地址」 next to a sentence item of the same list is an item too."""
    body = (
        "<h1>畅聊隐私政策</h1>\n<p>一、收集的信息</p>\n<p>（a）我们会收集您的手机号码</p>\n<p>用于登录。</p>\n"
        f"<p>（b）IP地址</p>\n<p>用于安全风控。</p>\n<p>二、联系我们</p>\n<p>{BODY_HANS}</p>\n"
    )
    assert [title for _, _, title in titled(page(body, "隐私政策"))] == ["一、收集的信息", "二、联系我们"]


def test_lettered_noun_titles_with_their_paragraphs_stay_headings() -> None:
    """Near miss: 「(a) 我们收集的信息」 / 「(b) 信息的使用」, each above its paragraph, are sub-headings."""
    body = (
        "<h1>隐私政策</h1>\n<p>一、个人信息</p>\n<p>(a) 我们收集的信息</p>\n"
        f"<p>{BODY_HANS}</p>\n<p>(b) 信息的使用</p>\n<p>{BODY_HANS}</p>\n<p>(c) 我们如何保护您的信息</p>\n<p>{BODY_HANS}</p>\n"
        f"<p>(d) 我们与谁共享信息</p>\n<p>{BODY_HANS}</p>\n<p>(e) 您的权利</p>\n<p>{BODY_HANS}</p>\n"
    )
    assert [(level, title) for _, level, title in titled(page(body, "隐私政策"))] == [
        (1, "一、个人信息"),
        (2, "(a) 我们收集的信息"),
        (2, "(b) 信息的使用"),
        (2, "(c) 我们如何保护您的信息"),
        (2, "(d) 我们与谁共享信息"),
        (2, "(e) 您的权利"),
    ]


def test_chinese_parenthesised_sub_titles_are_not_lettered_runs() -> None:
    """Near miss: （一）（二） sub-titles next to a long （三） sentence keep their headings."""
    body = (
        "<h1>隐私政策</h1>\n<p>一、信息安全</p>\n<p>（一）安全措施</p>\n"
        f"<p>{BODY_HANS}</p>\n<p>（二）安全事件处置</p>\n<p>{BODY_HANS}</p>\n"
        "<p>（三）互联网并非绝对安全的环境，而且电子邮件、即时通讯、及与其他用户的交流方式并未加密，我们强烈建议您不要通过此类方式发送个人信息。</p>\n"
    )
    assert [title for _, _, title in titled(page(body, "隐私政策"))] == ["一、信息安全", "（一）安全措施", "（二）安全事件处置"]


def test_a_lettered_sentence_with_a_full_width_comma_is_a_list_item() -> None:
    """「(b)…法规，保护…」 with full-width commas reads as a sentence (fold() makes 「，」 a half-width comma)."""
    body = (
        "<h1>畅聊隐私政策</h1>\n<p>1、安全可靠：</p>\n<p>(a)我们竭尽全力通过合理有效的信息安全技术，防止您的信息泄露。</p>\n"
        "<p>(b)严格遵照法律法规，保护您的通信秘密，为您提供安全的通信服务</p>\n<p>2. 适用范围</p>\n"
        f"<p>{BODY_HANS}</p>\n<p>3. 联系我们</p>\n<p>{BODY_HANS}</p>\n"
    )
    assert [(level, title) for _, level, title in titled(page(body, "隐私政策"))] == [
        (1, "1、安全可靠："),
        (1, "2. 适用范围"),
        (1, "3. 联系我们"),
    ]


def test_a_short_lettered_item_between_sentence_items_is_a_list_item() -> None:
    """「（d）IP地址」 between 「（c）软件信息：如，软件的版本号。」 and 「（e）服务日志信息。…」: one list; the
    numbered sections after it stay at level 1 (they were nested under it at level 3)."""
    body = (
        "<h1>畅聊隐私政策</h1>\n<p>3. 我们获取的信息</p>\n<p>（a）日志信息：我们可能会自动收集相关信息并存储为服务日志信息。</p>\n"
        "<p>（b）设备信息：如，设备型号、操作系统版本等信息。</p>\n<p>（c）软件信息：如，软件的版本号。</p>\n<p>（d）IP地址</p>\n"
        "<p>（e）服务日志信息。例如，您在使用我们服务时搜索、查看的信息。</p>\n"
        f"<p>4. 信息使用</p>\n<p>{BODY_HANS}</p>\n<p>5. 信息披露</p>\n<p>{BODY_HANS}</p>\n"
    )
    assert [(level, title) for _, level, title in titled(page(body, "隐私政策"))] == [
        (1, "3. 我们获取的信息"),
        (1, "4. 信息使用"),
        (1, "5. 信息披露"),
    ]
