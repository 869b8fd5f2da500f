"""Issue #11, fifty-third session (u53v): the audit of the session's merged `check` classes together.  The sweep of every
eval/ and corpora/ document (eval/precision-sweep49) found no false finding; constructed probes of u53p's new
`placeholder_choice_slots` found three false forms, fixed here (negative forms, and the true forms that keep firing).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts

_ZH = "隐私政策\n\n更新日期：2024年5月1日\n\n{}\n"
_EN = "# Privacy Policy\n\nEffective date: 1 May 2024\n\n{}\n"


@pytest.mark.parametrize(
    "text",
    [
        "切换语言：[简体中文/繁體中文/English]",  # a language switcher in a bracket
        "語言：[繁體中文/简体中文/English/日本語]",
        "本页面提供[简体中文／繁體中文]两种版本。",  # full-width slash, two names
    ],
)
def test_a_language_switcher_in_a_bracket_is_no_choice_slot(tmp_path: Path, text: str) -> None:
    assert rule_excerpts(tmp_path, _ZH.format(text), "placeholder-instruction", "p.txt") == []


def test_a_bracket_of_choices_beside_a_language_name_still_fires(tmp_path: Path) -> None:
    text = "我们提供[中文客服/英文客服/在线工单 等]服务渠道。"
    assert rule_excerpts(tmp_path, _ZH.format(text), "placeholder-instruction", "p.txt") == ["[中文客服/英文客服/在线工单 等]"]


@pytest.mark.parametrize(
    "text",
    [
        "点击“添加链接 (Add link)”按钮即可分享。",  # a control's English name after its Chinese one
        "您可以在编辑器中使用“嵌入链接（Embed link）”功能插入内容。",
        "在工具栏选择插入链接(Insert link)后粘贴网址。",
        "You may post content (add links, photos or videos) to your feed.",  # a list of what the reader may do
        "Members can share posts (add a link, an image and a poll) with their groups.",
        "Version 2.3 brings a new editor (add link preview) and dark mode.",  # a feature named after its verb
    ],
)
def test_a_control_name_or_an_action_list_is_no_link_note(tmp_path: Path, text: str) -> None:
    body = _ZH if any("\u4e00" <= c <= "\u9fff" for c in text) else _EN
    assert rule_excerpts(tmp_path, body.format(text), "placeholder-instruction", "p.md") == []


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("For details, see our Cookie Policy (insert link).", "(insert link)"),
        ("Users may contact the regulator (add link).", "(add link)"),
        ("Our partners are listed here (insert link here, before launch).", "(insert link here, before launch)"),
        ("详见《Cookie政策》(insert link)。", "(insert link)"),  # a note after a Chinese document's name
        ("Read the addendum (insert link to the DPA page).", "(insert link to the DPA page)"),
        ("Our partners (add URL in the footer) process your data.", "(add URL in the footer)"),
    ],
)
def test_link_notes_still_fire(tmp_path: Path, text: str, slot: str) -> None:
    body = _ZH if any("\u4e00" <= c <= "\u9fff" for c in text) else _EN
    assert rule_excerpts(tmp_path, body.format(text), "placeholder-instruction", "p.md") == [slot]


# --- one empty field among filled ones (`placeholder_empty.field_single`) ----------------------------------------------

_HANS_HEAD = "隐私政策\n\n"
_HANS_TAIL = "\n\n一、我们收集的信息\n\n我们收集您的手机号码，用于登录。\n"


def test_a_label_over_its_own_kinds_is_a_lead_in(tmp_path: Path) -> None:
    text = _HANS_HEAD + "应用名称：青柠\n开发者：杭州青柠网络科技有限公司\n权限：\n相机权限：用于扫码\n位置权限：用于推荐" + _HANS_TAIL
    assert rule_excerpts(tmp_path, text, "placeholder-empty", "p.txt") == []


def test_an_empty_label_between_fields_of_another_head_still_fires(tmp_path: Path) -> None:
    text = _HANS_HEAD + "应用名称：青柠\n版本号：\n开发者：杭州青柠网络科技有限公司\n相机权限：用于扫码" + _HANS_TAIL
    assert rule_excerpts(tmp_path, text, "placeholder-empty", "p.txt") == ["版本号"]


def test_a_linked_image_after_the_label_is_its_value(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>隐私政策</h1><p>本政策说明我们如何处理您的个人信息。</p>\n<p>公司名称：杭州青柠网络科技有限公司</p>\n"
        '<p>官方网站：<a href="https://qingning.cn"><img src="logo.png"></a></p>\n<p>注册地址：杭州市西湖区文三路1号</p>\n'
        "</body></html>\n"
    )
    assert rule_excerpts(tmp_path, page, "placeholder-empty", "p.html") == []
    empty = page.replace('<a href="https://qingning.cn"><img src="logo.png"></a>', "")
    assert rule_excerpts(tmp_path, empty, "placeholder-empty", "p.html") == ["官方网站："]


@pytest.mark.parametrize("label", ["個資聯絡窗口", "个人信息联系窗口", "聯絡管道"])
def test_a_contact_point_over_its_channels_is_a_lead_in(tmp_path: Path, label: str) -> None:
    text = f"隱私權政策\n\n公司名稱：臺北晴天網路股份有限公司\n統一編號：12345678\n{label}：\n電子郵件：privacy@qingtian.tw\n電話：02-2719-3321\n"
    assert rule_excerpts(tmp_path, text, "placeholder-empty", "p.txt") == []


# --- a link's label in brackets (`placeholder_storefront`, HTML since u53p) -------------------------------------------

_PAGE = "<html><body><h1>隐私政策</h1><p>更新日期：2024年5月1日</p>\n<p>{}</p>\n</body></html>\n"


@pytest.mark.parametrize("name", ["p.html", "p.txt"])
def test_a_control_acting_on_a_link_is_no_link_label(tmp_path: Path, name: str) -> None:
    body = "您可点击[复制链接]将内容分享给好友。在分享面板选择 [生成分享链接] 即可。Tap [Share link] to invite friends."
    text = _PAGE.format(body) if name.endswith(".html") else f"隐私政策\n\n更新日期：2024年5月1日\n\n{body}\n"
    assert rule_excerpts(tmp_path, text, "placeholder-instruction", name) == []


@pytest.mark.parametrize("name", ["p.html", "p.txt"])
def test_a_link_left_unfilled_still_fires(tmp_path: Path, name: str) -> None:
    body = "请点击[退款政策链接]。See [Shipping Policy link]."
    text = _PAGE.format(body) if name.endswith(".html") else f"隐私政策\n\n更新日期：2024年5月1日\n\n{body}\n"
    assert rule_excerpts(tmp_path, text, "placeholder-instruction", name) == ["[退款政策链接]", "[Shipping Policy link]"]
