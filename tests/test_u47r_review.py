"""Forty-seventh session, review of the session's change (u47r): each class a false change or a false "not applicable"
the merged work could produce on ordinary policies, with the case that showed it and its other side."""

from __future__ import annotations

import pytest

from helpers import parse_string, section_moves
from policylens.diff import diff_documents
from policylens.diff.tail import footer_line
from profile_helpers import profile_status

# --- diff/tail.py: only footer lines are the document's tail ------------------------------------------------------------

_HEAD = "# 隐私政策\n\n## 1 收集\n\n我们收集您的手机号码。\n\n## 2 联系我们\n\n如有问题请联系我们的客服团队。\n\n"


@pytest.mark.parametrize(
    "last",
    ["我们会在十五个工作日内回复您的请求。", "We will answer your request within fifteen working days."],
)
def test_a_sentence_moved_into_an_appended_last_section_is_a_move(last: str) -> None:
    """The old last section's last sentence moved into a section appended after it: 联系我们 lost it and 回复时限 got it.
    Read as the two documents' tail, the diff showed 联系我们 unchanged and the added section without the sentence."""
    old = parse_string(_HEAD + last + "\n", ".md")
    new = parse_string(_HEAD + "## 3 回复时限\n\n我们将在以下时限内答复。\n\n" + last + "\n", ".md")
    for a, b, moves in (
        (old, new, [("2 联系我们", ("s3",), ()), ("3 回复时限", (), ("s2",))]),
        (new, old, [("2 联系我们", (), ("s3",)), ("3 回复时限", ("s2",), ())]),
    ):
        assert section_moves(diff_documents(a, b)) == moves


@pytest.mark.parametrize(
    ("line", "footer"),
    [
        ("小纸条 · Little Notes · 2026-10-04", True),
        ("© 2026 某某科技有限公司 保留所有权利。", True),  # a copyright line, whatever ends it
        ("Copyright 2026 Acme Inc. All rights reserved.", True),
        ("支持", True),
        ("我们会在十五个工作日内回复您的请求。", False),
        ("如有问题，请联系我们；我们会尽快回复", False),
        ("We will answer within fifteen days.", False),
    ],
)
def test_a_footer_line_is_no_sentence_of_the_policy(line: str, footer: bool) -> None:
    assert footer_line(line) is footer


# --- cn-pipl.toml `abroad_not_transfer_u47w`: the rule and the person's duty do not void a transfer stated by 我们 ---------


@pytest.mark.parametrize(
    "text",
    [
        "我们会将您的个人信息传输至位于新加坡的服务器存储，境外接收方必须遵守中国相关法律法规。",
        "我们会将您的个人信息传输至美国，以用于客服，我们的境外合作方应当符合《个人信息保护法》的规定。",
        "我们会将您的订单信息传输至境外，用户应遵从当地法律。",
    ],
)
def test_a_transfer_with_a_compliance_clause_still_applies(text: str) -> None:
    """The clause of a rule (「境外…必须遵守…法律」) or of the person's duty (「用户应遵从」) in the sentence of a transfer 我们
    state: every Art. 39 item was not applicable."""
    assert profile_status(text, "cn-pipl/abroad-recipient") != "not-applicable"


@pytest.mark.parametrize(
    "text",
    [
        "用户应严格遵守以下义务：从中国大陆向境外传输资料信息必须符合中国有关法规。",  # eval/blind/profiles17 racoon-zh 119
        "在您进行存储、传输等操作前，您应当遵照相关地区适用的法律法规，数据出境须符合当地规定。",  # profiles8 ucloud-app-zh 143
    ],
)
def test_a_rule_or_a_duty_alone_still_sends_nothing_abroad(text: str) -> None:
    assert profile_status(text, "cn-pipl/abroad-recipient") == "not-applicable"


# --- load/html/extractor.py `_DIALOG_HEADERS`: a dialog's title bar is a title only when it names a document ----------

_MODAL = (
    "<html><body><h1>隱私權政策</h1><p>本公司重視您的隱私。</p><h2>一、蒐集之目的</h2><p>我們蒐集您的姓名。</p>"
    "<h2>二、聯絡方式</h2><p>請來信 privacy@abc.com.tw。</p>"
    '<div class="modal"><div class="{cls}">{bar}</div><div class="modal-body">您確定要登出嗎</div></div></body></html>'
)


@pytest.mark.parametrize("cls", ["modal-header", "popup-header", "dialog-header"])
def test_a_dialog_bar_that_names_no_document_is_no_section(cls: str) -> None:
    """「<div class="modal-header">提示</div>」 of a page's own dialog was read as a section 提示 under 二、聯絡方式."""
    doc = parse_string(_MODAL.format(cls=cls, bar="提示"), ".html")
    assert [s.title for s in doc.sections if s.title] == ["一、蒐集之目的", "二、聯絡方式"]


def test_a_dialog_bar_that_names_the_policy_is_still_its_title() -> None:
    page = '<html><body><div class="lightbox-header">驚喜製造有限公司隱私條款</div><h1>壹、個人資料之安全</h1><p>我們不會提供。</p><h1>貳、修訂</h1><p>本公司有權修訂。</p></body></html>'
    assert parse_string(page, ".html").metadata.title == "驚喜製造有限公司隱私條款"


# --- load/html/elements.py `title_ol`: a list a lead-in announces holds its steps, not section titles --------------------

_STEPS = (
    "<html><body><h1>隱私權政策</h1><h2>一、刪除帳號</h2>{lead}<ol><li>進入設定頁面</li><p><img src='a.png'> 如圖所示</p>"
    "<li>點選刪除帳號</li><p><img src='b.png'> 刪除後無法復原</p></ol><h2>二、聯絡方式</h2><p>請來信 privacy@abc.com.tw。</p></body></html>"
)


@pytest.mark.parametrize(
    ("lead", "titles"),
    [
        ("<p>您可以依下列步驟刪除帳號：</p>", ["一、刪除帳號", "二、聯絡方式"]),  # announced: the steps of a list
        ("您可以依下列步驟刪除帳號：", ["一、刪除帳號", "二、聯絡方式"]),
        ("<p>本節說明帳號的刪除。</p>", ["一、刪除帳號", "進入設定頁面", "點選刪除帳號", "二、聯絡方式"]),  # titles over bodies, as before
    ],
)
def test_an_ordered_list_announced_by_a_lead_in_holds_no_titles(lead: str, titles: list[str]) -> None:
    doc = parse_string(_STEPS.format(lead=lead), ".html")
    assert [s.title for s in doc.sections if s.title] == titles


# --- load/html/blocks.py `_field_in_heading`: a form field in an <h*> makes a label line only of a sentence ---------------

_ACCORDION = (
    "<html><body><h1>隱私權政策</h1><p>本公司重視您的隱私。</p>"
    '<h2><input type="checkbox" id="s1" class="toggle"><label for="s1">{first}</label></h2><div><p>我們蒐集您的姓名。</p></div>'
    '<h2><input type="checkbox" id="s2" class="toggle"><label for="s2">聯絡方式</label></h2><div><p>請來信 a@abc.com.tw。</p></div>'
    "</body></html>"
)


@pytest.mark.parametrize(
    ("first", "titles"),
    [
        ("蒐集之目的", ["蒐集之目的", "聯絡方式"]),  # a CSS accordion's toggle before each section title
        ("我已閱讀並同意本政策。請確認後勾選", ["聯絡方式"]),  # a consent sentence after a checkbox: a form's label line
    ],
)
def test_a_toggle_in_a_heading_keeps_its_title(first: str, titles: list[str]) -> None:
    doc = parse_string(_ACCORDION.format(first=first), ".html")
    assert [s.title for s in doc.sections if s.title] == titles
