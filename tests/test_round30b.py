"""Classes the thirtieth blind round (b) showed on its first run (issue #11, u30q): one test per class, both ways.
Every text below is invented; the round's documents (eval/blind/round30b, read since its first run) showed the classes,
in `fango-privacy-cn` (a consent form's simplified-Chinese literal in a JS module).

1. A bare review tag 「[待审核]」 opening a list item or paragraph before its text, or closing a heading
   (`placeholder_pending._REVIEW_TAG`, `_review_tags`; 待审核/待審核/待复核/待审查/待审阅/待确认/待核实, with a reviewer
   待法务审核); not a state the policy names in a sentence (「订单会显示为[待审核]」), a state defined after it
   (「[待审核]：…」, 「[待审核] 状态的申请」), nor a tag closing a paragraph that is not a heading.
2. A note that the text is to be completed once a plan, a provider or a legal opinion is decided
   (「须在实现方案确定后予以反映」, 「待技术方案确定后补充」, zh-Hant too; `placeholder_pending._NOTES`); not when the
   clause speaks to or for the reader (「我们会在方案确定后更新本政策」), nor an event of the service with no plan decided
   (「订单须在支付确认后更新状态」).
3. Short lines that fill a numbered section, from its title (or a lead-in closed by a colon under it) to the next title
   of the same numbering, are the section's list, not sub-titles (`structure.headings.short_items._fills_its_section`): a consent
   form translated line by line, each item a paragraph, in Chinese and in English (an English item up to 60 letters,
   `_short_item`, in `washed-i18n`).  Not a short line followed by its own sentence (a sub-title), nor a run that stops
   at a title of another numbering (「（一）」 under 「一、」).
"""

from __future__ import annotations

from pathlib import Path

from helpers import headings, parse_string
from test_round29b import HEAD_HANS, HEAD_HANT, _lines

# --- 1. a review tag on an item or a heading -----------------------------------------------------------------------------


def test_a_review_tag_opening_an_item_or_closing_a_heading_is_a_slot(tmp_path: Path) -> None:
    text = (
        HEAD_HANS
        + "## 1. 收集的信息\n\n"
        + "- 账号信息：手机号、昵称\n"
        + "- [待审核] 接入微信登录时，需确认是否新增开放平台标识\n\n"
        + "## 2. 自动收集的信息【待确认】\n\n"
        + "设备型号、系统版本。\n\n"
        + "（1）[待法务审核] 跨境传输条款\n"
    )
    assert _lines(tmp_path, text) == [8, 10, 14]


def test_a_review_tag_in_traditional_chinese_and_plain_text(tmp_path: Path) -> None:
    text = (
        "隱私權政策\n\n"
        + "一、蒐集的資料\n\n"
        + "1. [待審核] 導入社群登入時，是否新增會員識別碼\n\n"
        + "二、自動蒐集的資料（網頁通用）[待複核]\n\n"
        + "連線紀錄、裝置資訊。\n"
    )
    assert _lines(tmp_path, text, suffix="txt") == [5, 7]


def test_a_review_state_the_policy_names_is_no_slot(tmp_path: Path) -> None:
    text = (
        HEAD_HANS
        + "## 申请的状态\n\n"
        + "- 订单提交后会显示为[待审核]，审核通过后发货\n"
        + "- [待审核]：申请提交后等待平台审核的状态\n"
        + "- [待审核] 状态的申请可以随时撤回\n\n"
        + "您可在“我的申请”中查看进度，例如[待确认]。\n"
    )
    assert _lines(tmp_path, text) == []


# --- 2. to be completed once a plan is decided -----------------------------------------------------------------------------


def test_a_note_to_complete_the_text_once_a_plan_is_decided_is_a_slot(tmp_path: Path) -> None:
    text = HEAD_HANS + "- ※上述项目的实际收集与否及范围，须在实现方案确定后予以反映。\n\n" + "第三方 SDK 清单待技术方案确定后补充。\n"
    assert _lines(tmp_path, text) == [5, 7]
    hant = HEAD_HANT + "※上述項目的實際蒐集與否及範圍，須在實作方案確定後予以反映。\n"
    assert _lines(tmp_path, hant) == [5]


def test_an_update_promised_to_the_reader_or_an_event_of_the_service_is_no_slot(tmp_path: Path) -> None:
    text = (
        HEAD_HANS
        + "我们会在技术方案确定后更新本政策，并以弹窗提示您。\n\n"
        + "订单须在支付确认后更新状态，通常不超过 5 分钟。\n\n"
        + "物流信息待商家确认后更新。\n"
    )
    assert _lines(tmp_path, text) == []


# --- 3. short lines filling a numbered section ----------------------------------------------------------------------------

_FORM = (
    "Washed 按以下方式收集和使用个人信息。\n\n"
    "1. 收集的个人信息项目\n\n必填项：姓名、邮箱、密码\n\n"
    "2. 个人信息的收集及使用目的\n\n会员注册及管理\n\n提供服务及履行合同\n\n用户识别及认证\n\n"
    "3. 个人信息的委托\n\n必要时可按以下方式委托处理个人信息：\n\n邮件发送服务提供商\n\n云服务器运营商\n\n"
    "4. Purpose of collection and use\n\nSign-up and account management\n\n"
    "Providing the service and performing the agreement\n\nMeeting legal obligations\n\n"
    "5. 咨询\n\n如有疑问请来信。\n"
)


def test_short_lines_that_fill_a_numbered_section_are_its_list() -> None:
    titles = [title for _, _, title in headings(parse_string(_FORM))]
    assert titles == [
        "1. 收集的个人信息项目",
        "2. 个人信息的收集及使用目的",
        "3. 个人信息的委托",
        "4. Purpose of collection and use",
        "5. 咨询",
    ]


def test_sub_titles_with_their_text_or_under_another_numbering_stay_headings() -> None:
    text = (
        "隐私政策\n\n"
        "一、我们收集的信息\n\n账号信息\n\n注册时您需提供手机号。\n\n设备信息\n\n我们会记录设备型号。\n\n"
        "二、信息的使用\n\n用于提供服务。\n\n"
        "三、信息的共享\n\n第三方服务\n\n支付服务\n\n（一）委托处理\n\n我们会委托服务商处理数据。\n"
    )
    titles = [title for _, _, title in headings(parse_string(text))]
    assert "账号信息" in titles and "设备信息" in titles  # each followed by its sentence
    assert "支付服务" in titles  # the run stops at 「（一）」, another numbering: nothing proved
