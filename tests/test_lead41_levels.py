"""A bracketed count is no top-level section (forty-first session, lead; found by u41a2 in eval/pairs37 sn-md-html).

`levels.counts._continue_counts` lets a top-level count switch style (「三、」 then 「4.」).  Once u41a kept a section's own
sub-section count (「3、认证服务」 … 「10、其他」 under 「一、」) under it, the last top-level count was 「第二部分」 (2), and
「（3）为实现广告…」, whose 「（1）」 「（2）」 are paragraphs, passed as the next top-level section and took 「三、」 to
「九、」 under it.  A bracketed or lettered number (the sub-section styles) never continues the top-level count; a
plain style switch still does.  The texts are written for the tests in the page's shape.
"""

from __future__ import annotations

from helpers import parse_string

SENTENCE = "我们收集您的手机号码，用于账号注册与登录验证，并在实现目的所必需的期限内保存。"


def _levels(doc: object) -> dict[str, int]:
    return {s.title: s.level for s in doc.sections if s.title}  # type: ignore[attr-defined]


def _page(third: str) -> str:
    bold = '<p><span style="font-weight:bold">{}</span></p>\n'
    text = f"<p>{SENTENCE}</p>\n"
    return (
        "<html><body>\n"
        + bold.format("第一部分 定义")
        + text
        + bold.format("第二部分 隐私政策")
        + text
        + bold.format("一、我们如何收集和使用您的个人信息")
        + bold.format("1、注册账号")
        + text
        + bold.format("2、认证服务")
        + text
        + bold.format("二、我们如何共享您的个人信息")
        + text
        + f"<p>（1）{SENTENCE}</p>\n<p>（2）{SENTENCE}</p>\n"
        + bold.format(third)
        + text
        + bold.format("三、我们如何保存您的个人信息")
        + text
        + bold.format("四、我们如何保护您的个人信息")
        + text
        + "</body></html>\n"
    )


def test_bracketed_count_after_paragraph_items_stays_under_its_section() -> None:
    levels = _levels(parse_string(_page("（3）为实现广告推送与合作伙伴共享的信息"), ".html"))
    assert levels["（3）为实现广告推送与合作伙伴共享的信息"] > levels["二、我们如何共享您的个人信息"]
    assert levels["三、我们如何保存您的个人信息"] == levels["二、我们如何共享您的个人信息"]
    assert levels["四、我们如何保护您的个人信息"] == levels["一、我们如何收集和使用您的个人信息"]


def test_plain_style_switch_still_continues_the_top_level_count() -> None:
    text = "\n\n".join(
        ["# 隐私政策", SENTENCE, "## 一、信息收集", SENTENCE, "## 二、信息使用", SENTENCE, "## 三、信息共享", SENTENCE]
        + ["## 4. 信息存储", SENTENCE, "## 5. 联系我们", SENTENCE]
    )
    levels = _levels(parse_string(text + "\n", ".md"))
    assert levels["4. 信息存储"] == levels["三、信息共享"] == levels["5. 联系我们"]
