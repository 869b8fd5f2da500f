"""A bold line that is a value, not a title (eleventh session, the lead): both ways.

A line bold as a whole reads as a heading in Markdown and HTML.  Two kinds of bold lines are
values: a template variable or an English slot standing alone (「**{{support_email}}**」,
「**${company}**」, 「**[Your Email]**」), and the value under a contact field's bare label
(「个人信息保护负责人：」 then 「**张三**」).  A bold sub-title under a lead-in (「我们收集以下信息：」
then 「**账号信息**」) and bold bracketed labels (「**【特别提示】**」) stay headings.
"""

from __future__ import annotations

import pytest

from helpers import headings, parse_string

BODY = "我们会依法处理您的个人信息，并采取适当的安全措施保护您的信息安全。"


def _titles(text: str, suffix: str = ".md") -> list[str | None]:
    return [title for _, _, title in headings(parse_string(text, suffix))]


@pytest.mark.parametrize(
    "slot",
    [
        "{{support_email}}",
        "${company_email}",
        "{app_name}",
        "%COMPANY%",
        "<公司名称>",
        "[Your Email]",
        "[Insert address here]",
        "[Company Name]",
    ],
)
def test_a_bold_template_slot_is_not_a_heading(slot: str) -> None:
    text = f"# 隐私政策\n\n## 联系我们\n\n如有任何问题，您可以通过以下方式联系我们：\n\n**{slot}**\n\n{BODY}\n\n## 其他\n\n{BODY}\n"
    assert _titles(text) == ["联系我们", "其他"]


@pytest.mark.parametrize("label", ["个人信息保护负责人：", "联系人：", "**联系人**：", "Contact person:", "DPO:", "邮箱：", "地址："])
def test_a_bold_value_under_a_contact_label_is_not_a_heading(label: str) -> None:
    text = f"# 隐私政策\n\n## 联系我们\n\n{BODY}\n\n{label}\n\n**张三**\n\n{BODY}\n\n## 其他\n\n{BODY}\n"
    assert _titles(text) == ["联系我们", "其他"]


def test_the_same_value_in_html_is_not_a_heading() -> None:
    html = (
        "<html><body><h1>隐私政策</h1><h2>联系我们</h2>"
        f"<p>{BODY}</p><p>个人信息保护负责人：</p><p><strong>张三</strong></p><p><b>{{{{support_email}}}}</b></p>"
        f"<h2>其他</h2><p>{BODY}</p></body></html>"
    )
    assert _titles(html, ".html") == ["联系我们", "其他"]


@pytest.mark.parametrize(
    "lead, bold",
    [
        ("我们收集以下信息：", "账号信息"),  # a lead-in then bold sub-titles
        ("具体如下：", "设备信息"),
        ("联系我们：", "客服中心"),  # 联系我们 is not a contact field's label
        (BODY, "【特别提示】"),  # a bracketed label as a bold title
        (BODY, "Cookie 的使用"),
        (BODY, "[Android] 权限说明"),  # brackets with more after them: not a slot
    ],
)
def test_bold_titles_stay_headings(lead: str, bold: str) -> None:
    text = f"# 隐私政策\n\n## 一、信息收集\n\n{BODY}\n\n{lead}\n\n**{bold}**\n\n{BODY}\n\n**安全措施**\n\n{BODY}\n"
    assert bold in _titles(text)
