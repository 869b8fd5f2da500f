"""Review of the forty-sixth session's change (helper u46r): each class a fresh look found on small ordinary inputs,
with its test on both sides (the case the change was made for still holds)."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import parse_string

# -- 1. load/lines.py: a quantity a hard wrap put first is no sub-section number glued to its title -------------------

_WRAPPED = (
    "隐私政策\n\n一、我们收集的信息\n我们会收集您的设备信息，本应用支持安卓\n5.0以上的系统版本，以及iOS\n12.0及以上版本，收费标准为每月\n"
    "3.5美元，屏幕尺寸为\n10.1英寸的平板亦可使用。\n二、联系我们\n请来信。\n"
)


def _paragraph_lines(text: str) -> list[int]:
    doc = parse_string(text, ".txt")
    return [p.line for s in doc.sections for p in s.paragraphs]


def test_a_quantity_after_a_wrapped_line_goes_on_its_sentence() -> None:
    assert _paragraph_lines(_WRAPPED) == [4, 10]  # 5.0以上, 12.0及以上, 3.5美元, 10.1英寸 went on their own lines


def test_a_glued_sub_section_under_a_numbered_title_still_starts_a_block() -> None:
    text = "隐私政策\n\n3.我们如何共享个人信息\n3.1共享\n3.1.1共享原则\n未经您的同意，我们不会共享您的个人信息。\n4.联系我们\n请来信。\n"
    doc = parse_string(text, ".txt")
    assert "3.1.1共享原则" in [s.title for s in doc.sections]


def test_a_glued_sub_section_after_its_sibling_or_a_sentence_starts_a_block() -> None:
    sibling = "隐私政策\n\n5.管理信息\n5.1您可以在设置页面查看隐私政策，点击即可查看\n5.2停止运营向您告知\n如我们停止运营，我们将通知您。\n"
    assert 6 in _paragraph_lines(sibling) or "5.2停止运营向您告知" in [s.title for s in parse_string(sibling).sections]
    bold = "隐私政策\n\n1.功能\n1.2资讯浏览\n**您可浏览文章。**\n1.3搜索功能\n我们收集关键字。\n"
    assert "1.3搜索功能" in [s.title for s in parse_string(bold).sections] or 6 in _paragraph_lines(bold)


# -- 2. diff/title.py: a product renamed in the title, each page's header naming its own, is a title change -----------

_BRANDED = (
    '<html><head><title>{0} 隐私政策</title></head><body><header><div class="logo">{0}</div></header>\n<h1>{0} 隐私政策</h1>\n'
    "<h2>一、收集的信息</h2><p>我们收集昵称。</p>\n<h2>二、联系我们</h2><p>请来信。</p></body></html>\n"
)


def test_a_product_renamed_in_the_title_and_the_header_is_a_title_change() -> None:
    from policylens.diff import diff_documents

    report = diff_documents(parse_string(_BRANDED.format("星辰笔记"), ".html"), parse_string(_BRANDED.format("月亮笔记"), ".html"))
    assert report.title is not None and "月亮笔记" in (report.title.new_text or "")


# (the other side, a brand on one page only: tests/test_u46d_diff.py test_site_name_added_by_the_pages_title_is_no_title_change)


# -- 3. diff/moves.py: sub-items reordered under a list item edited in place stay a reordering ------------------------

_DOMAINS = (
    "# 隐私政策\n\n## 一、域名\n\n我们使用以下域名：\n\n- {0}\n  - {1}\n  - {2}\n- example.cn 镜像站\n  - {3}\n\n## 二、联系\n\n请来信。\n"
)
_MAIL, _LOGS, _FAST = "我们仅使用此域名发送系统邮件", "此域名的访问日志保存七天", "仅用于国内访问加速"


def _changed(old: str, new: str) -> list[str]:
    from policylens.diff import diff_documents

    report = diff_documents(parse_string(old, ".md"), parse_string(new, ".md"))
    return [c.op + ":" + (c.old_text or c.new_text or "") for s in report.sections for c in s.changes]


def test_sub_items_reordered_under_an_item_edited_in_place_are_no_change() -> None:
    old = _DOMAINS.format("example.com 主站", _MAIL, _LOGS, _FAST)
    new = _DOMAINS.format("example.com 主站（国际）", _LOGS, _MAIL, _FAST)
    assert _changed(old, new) == ["replace:- example.com 主站"]


def test_a_sub_item_moved_under_another_item_beside_an_edit_stays_a_change() -> None:
    old = _DOMAINS.format("example.com 主站", _MAIL, _LOGS, _FAST)
    new = _DOMAINS.format("example.com 主站（国际）", _LOGS, _FAST, _MAIL)
    assert sum(_MAIL in c for c in _changed(old, new)) == 2


# -- 4. compare/analyse.py: a year or a version beside a title's policy words is no product's name --------------------


def test_a_titles_version_is_no_product_name() -> None:
    from policylens.compare.analyse import product_name

    def name(title: str) -> str | None:
        return product_name(parse_string(f"{title}\n\n一、收集\n我们收集昵称。\n", ".txt"))

    assert name("提詞 隱私權政策") == "提詞" and name("RecCue Privacy Policy") == "RecCue"
    assert name("隐私政策（2023年版）") is None and name("隐私政策 v2.1") is None and name("隱私權政策（修訂版）") is None


def test_a_line_naming_the_version_differs_between_editions(tmp_path: Path) -> None:
    from helpers import compare_folder

    def text(year: int) -> str:
        return f"隐私政策（{year}年版）\n\n一、收集的信息\n我们收集您的昵称。\n二、分享\n本政策{year}年版取消了向合作伙伴提供设备信息的条款。\n三、联系我们\n请来信。\n"

    product = compare_folder(tmp_path, {"zh-CN.txt": text(2023), "zh-SG.txt": text(2024)})
    assert "本政策2024年版" in json.dumps(product["divergences"], ensure_ascii=False)


# -- 5. structure/headings/title.py: only a line pointing below it announces the title under it -----------------------


def test_a_request_above_a_sentence_announces_no_title() -> None:
    doc = parse_string("请您注意：\n本隐私政策适用于星辰App\n\n一、收集的信息\n我们收集昵称。\n二、联系我们\n请来信。\n", ".txt")
    assert doc.metadata.title is None


def test_a_line_announcing_the_document_below_is_still_skipped() -> None:
    doc = parse_string("以下为隐私协议内容：\n\n星辰隐私协议\n\n一、收集的信息\n我们收集昵称。\n二、联系我们\n请来信。\n", ".txt")
    assert doc.metadata.title == "星辰隐私协议"


# -- 6. structure/shapes.py: a bracketed note's label and its request stay a label and its value ----------------------


def test_a_bracketed_note_with_a_request_is_no_section() -> None:
    text = (
        "隐私政策\n\n一、收集的信息\n我们收集手机号码用于登录。\n【提示：验证码请勿外泄】\n我们会通过短信发送验证码。\n"
        "【注意：未满14周岁请勿注册】\n二、联系我们\n请来信。\n"
    )
    assert [s.title for s in parse_string(text, ".txt").sections if s.title] == ["一、收集的信息", "二、联系我们"]


def test_a_bracketed_topic_after_a_colon_is_still_a_title() -> None:
    text = "某某隐私政策\n\n一、收集的信息\n我们收集手机号码。\n\n【特别提示：关于本地存储机制】\n本应用采用系统私有目录存储数据。\n\n二、联系我们\n请来信。\n"
    assert "【特别提示：关于本地存储机制】" in [s.title for s in parse_string(text, ".txt").sections]
