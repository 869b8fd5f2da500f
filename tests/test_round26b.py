"""Classes the twenty-sixth blind round (b) missed on its first run (issue #11, u26q): one test per class, both ways.

Every text below is invented; the round's documents (eval/blind/round26b, read since its first run) showed the classes,
in `eval/blind/round26b/holdout/aios-tw-md/隱私權政策.md` and `daoke-word-html/mirrtalk_service.html`.

1. A drafting note tied to the moment the text is finalised or released, the modal before it or 時 for 前:
   「（建議定稿時明定年限，例如 5 年）」, 「需於正式發布前確認…」, 「定稿時須補充…」 (`placeholder_drafting.notes._NOTES`); in
   brackets inside a sentence that speaks to the reader too (`_aside`); not the reader's or the operator's own steps
   (「我们建议您在正式发布前确认您的作品」), the policy's entry into force, nor a contract's finalisation.
2. An opening section named by a compound ending in its word, in brackets: 「【首部及导言】」 as the first bold line
   (`shapes.opening_title`), and an opening section never holding the numbered sections after it as its children
   (`levels.top_titles._opening_section_peers`): 「**引言**」 with its text, then 「1.」, 「2.」 are three peers; not a bold line
   that introduces the list right under it, nor a bold section title that is no opening.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_string
from test_placeholder_classes import _placeholders

HEAD_TW = "# 隱私權政策\n\n本政策適用於我們提供的全部服務，請您仔細閱讀。\n\n"
HEAD = "# 隐私政策\n\n本政策适用于我们提供的全部服务，请您仔细阅读。\n\n"


def _errors(tmp_path: Path, text: str, suffix: str = "md") -> list[str]:
    """The excerpts of every placeholder finding at error level in `text`."""
    return [f.excerpt for f in _placeholders(tmp_path, text, suffix) if f.severity == "error"]


# --- 1. （建議定稿時明定…）, 定稿時須補充… -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("- 帳號資料：於系統運作期間保存（建議定稿時明定年限，例如 3 年）。", "建議定稿時明定年限"),
        ("管理員應於合理期間內（建議定稿時明定，例如 10 個工作日）回覆。", "建議定稿時明定"),
        ("您的日志保存至账号注销（建议定稿时明确具体年限）。", "建议定稿时明确"),
        ("客服电话需于正式发布前确认。", "需于正式发布前确认"),
        ("定稿時須補充資料保護聯絡人的電話。", "定稿時須補充"),
        ("数据保存地区：境内（请在终稿时写明机房所在城市）。", "请在终稿时写明"),
    ],
)
def test_notes_tied_to_finalising_the_text_are_found(tmp_path: Path, line: str, note: str) -> None:
    found = _errors(tmp_path, HEAD + line + "\n")
    assert len(found) == 1 and note in found[0]


def test_the_readers_steps_entry_into_force_and_contracts_are_no_such_notes(tmp_path: Path) -> None:
    body = (
        "我们建议您在正式发布前确认您的作品内容。\n\n"
        "本政策于正式发布时生效。\n\n"
        "双方应在合同定稿时明确各自的责任。\n\n"
        "我们会在正式上线时确认您的通知设置。\n\n"
        "您可以在定稿后随时查看本政策。\n\n"
        "请您确认后再发布（发布前请确认您的作品不含他人信息）。\n"
    )
    assert _errors(tmp_path, HEAD + body) == []


# --- 2. 【首部及导言】; 引言 above 1., 2. ---------------------------------------------------------------------------------


def _html(*paragraphs: str) -> str:
    return "<html><body>\n" + "\n".join(f"<p>{p}</p>" for p in paragraphs) + "\n</body></html>\n"


def test_a_bracketed_compound_opening_is_the_first_section_and_the_numbered_ones_its_peers() -> None:
    text = _html(
        "<b>会员隐私声明</b>",
        "<b>【首部及导言】</b>",
        "本社区专注于数据处理，承诺不单独出售成员资料。",
        "<b>1.【数据的定义】</b>",
        "1.1 位置信息匿名保存。",
        "<b>2.【成员上传的信息】</b>",
        "2.1 个人资料仅用于本人。",
        "<b>3.【其它】</b>",
        "3.1 社区保留修改本声明的权力。",
    )
    assert [(level, title) for _, level, title in headings(parse_string(text, ".html"))] == [
        (1, "【首部及导言】"),
        (1, "1.【数据的定义】"),
        (1, "2.【成员上传的信息】"),
        (1, "3.【其它】"),
    ]


@pytest.mark.parametrize("opening", ["引言", "【引言】", "前言"])
def test_an_opening_section_holds_none_of_the_decimal_sections_after_it(opening: str) -> None:
    text = (
        f"# 隐私政策\n\n**{opening}**\n\n我们重视您的隐私。\n\n**1. 我们收集的信息**\n\n手机号码。\n\n"
        "**2. 我们如何使用信息**\n\n用于提供服务。\n\n**3. 联系我们**\n\n邮箱 privacy@lanting.cn\n"
    )
    assert [level for _, level, _ in headings(parse_string(text, ".md"))] == [1, 1, 1, 1]


def test_a_bold_title_over_its_list_and_a_section_that_is_no_opening_keep_their_children() -> None:
    over_list = "# 隐私政策\n\n**引言**\n\n**1. 我们收集的信息**\n\n手机号码。\n\n**2. 联系我们**\n\n邮箱 privacy@lanting.cn\n"
    # directly above 「1.」 with no text of its own: it may be the list's parent, the nesting stays
    assert [level for _, level, _ in headings(parse_string(over_list, ".md"))] == [1, 2, 2]
    not_opening = (
        "# 隐私政策\n\n更新日期：2026年1月5日\n\n**我们如何收集信息**\n\n我们在以下场景收集信息。\n\n**1. 注册**\n\n手机号码。\n\n"
        "**2. 登录**\n\n设备信息。\n"
    )
    assert [level for _, level, _ in headings(parse_string(not_opening, ".md"))] == [1, 2, 2]
