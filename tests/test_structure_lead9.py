"""A numbered line closed by a colon that continues a list of numbered sentences is its next item.

Found on a real page once `<br>` lines were grouped like plain-text lines (ninth session): 「1.收集…。」
「2.…。」 「3.…。」 then 「4.第三方SDK:」 above the SDK links.  A short numbered title closed by a colon
is a heading when it opens or continues a run of such titles (「1. 适用范围：」); after sentences of
its own numbering it is the list's next item, announcing its own sub-list.
"""

from __future__ import annotations

from helpers import parse_string

PAGE = (
    "<html><body><h1>隐私政策</h1><h3>一、信息收集</h3>\n"
    "<p>1.收集实现产品功能所必须的信息。例如手机型号、操作系统信息。\n"
    "<br>2.会收集信息只为提供更加个性化的服务和体验。\n"
    "<br>3.收集改善用户体验的信息。例如用户操作习惯。\n"
    "<br>4.第三方SDK:<br>\n"
    '<br><a href="https://www.umeng.com/page/policy">友盟统计</a> 用于App数据统计\n'
    "</p><h3>二、信息使用</h3><p>我们仅在本政策所述目的内使用信息。</p></body></html>\n"
)


def test_a_colon_item_after_numbered_sentences_is_no_heading() -> None:
    doc = parse_string(PAGE, suffix=".html")
    assert [s.title for s in doc.sections if s.title] == ["一、信息收集", "二、信息使用"]


def test_colon_titles_in_a_run_of_titles_stay_headings() -> None:
    text = "隐私政策\n\n1. 适用范围：\n\n本政策适用于本应用。\n\n2. 信息收集：\n\n我们收集您的昵称。\n\n3. 联系我们：\n\n邮箱：a@b.cn\n"
    doc = parse_string(text, suffix=".txt")
    assert [s.title for s in doc.sections if s.title] == ["1. 适用范围：", "2. 信息收集：", "3. 联系我们："]


def test_a_colon_title_in_a_list_that_already_had_titles_stays_a_heading() -> None:
    # corpora/qiushui-game-privacy: 「7、向您发出通知」 is a title, 「8、…。」 a sentence, 「9、服务优化：」 the next title
    text = (
        "# 隐私政策\n\n## 一、收集\n\n7、向您发出通知\n\n我们可能在必需时向您发出与服务有关的通知。\n\n"
        "8、为您提供安全保障：我们可能使用您的信息用于身份验证。\n\n9、服务优化：\n\n（1）为分析和理解我们的用户，改善我们的服务。\n"
    )
    doc = parse_string(text, suffix=".md")
    titles = [s.title for s in doc.sections if s.title]
    assert "7、向您发出通知" in titles and "9、服务优化：" in titles
