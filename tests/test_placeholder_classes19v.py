"""Placeholder classes the nineteenth blind round missed on its first run (issue #11 §1, n19v): one test per class, both ways.

The forms were described by shape (the documents stay blind); the texts below are invented variants of each:

1. a slot wrapped in inline markup alone on its line, as a signature is: 「**[您的公司名称]**」, 「*[公司名称]*」
   (`cli/policylens/rules/placeholder_instruction/slots.py`, `_wrapped_alone` in `_is_label`); not 「**【联系方式】**：…」,
   a label before its value;
2. a contact channel in brackets in Traditional (or Simplified) wording, with alternatives or naming a link, page or form:
   「[客服信箱或聯繫頁面連結]」, 「[聯絡表單連結]」 (`cli/policylens/rules/placeholder_left_in.py`, `_CHANNEL_SLOT`); not
   「[手機號碼或電子信箱]」 in full-width emphasis, 「[链接]」 alone, a Markdown link or a control's name;
3. a date left as bracketed one-word slots: 「[年] 年 [月] 月 [日] 日」, 「【年】年【月】月【日】日」 (`_DATE_WORDS`);
4. a note in round brackets in place of a value still to fill: 「我們（運營主體，待填寫工商信息）作為…」 (`_PENDING_NOTE`);
   not a list of states 「（待确认、已完成）」;
5. notes to the drafter about publishing, with no brackets: 「草案 v1（…），供内部评审，正式发布前需法务复核」,
   「正式版前 NAME 替换为…真实路径」, 「详见文末待办清单」, 「[待 NAME 收口：…]」, 「## 待NAME收口的字段（草稿待办）」 and
   the line 「发布前请确认：」 under it (`_DRAFTER_NOTES`, `_CONFIRM_LINE`); not 「本政策更新前我们会通知您」,
   「以正式发布的版本为准」, 「本政策发布前已经过法务审核」, nor 「发布前请确认：」 alone (advice to a user posting content).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders

HEAD = "# 隐私政策\n\n本政策适用于我们提供的全部服务，请您仔细阅读。\n\n"
HEAD_TW = "# 隱私權政策\n\n本政策適用於我們提供的全部服務，請您仔細閱讀。\n\n"


def _excerpts(tmp_path: Path, text: str) -> list[str]:
    """The excerpts of every placeholder finding at error level in `text`."""
    return [f.excerpt for f in _placeholders(tmp_path, text) if f.severity == "error"]


# --- 1. **[您的公司名称]**: a slot wrapped in markup ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("**[您的公司名称]**", "[您的公司名称]"),
        ("*[公司名称]*", "[公司名称]"),
        ("***[运营主体名称]***", "[运营主体名称]"),
        ("**【公司名称】**", "【公司名称】"),
        ("- **[您的公司名称]**", "[您的公司名称]"),
        ("> **[您的公司名稱]**", "[您的公司名稱]"),
        ("`[公司名称]`", "[公司名称]"),
        ("[[公司名称]](https://example.org)", "[公司名称]"),
    ],
)
def test_slot_wrapped_in_markup_alone_on_its_last_line(tmp_path: Path, line: str, slot: str) -> None:
    # the signature line closes the text: nothing after it to make it a heading
    assert _excerpts(tmp_path, HEAD + "感谢您的信任。\n\n" + line + "\n") == [slot]


def test_markup_around_a_label_or_emphasis_is_not_a_slot(tmp_path: Path) -> None:
    body = "**【联系方式】**：privacy@xingchen.cn\n\n**【特别提示】**\n\n**[公司名称]**：星辰科技有限公司\n"
    assert _excerpts(tmp_path, HEAD + body) == []


# --- 2. [客服信箱或聯繫頁面連結]: a contact channel slot with alternatives --------------------------------------------


@pytest.mark.parametrize(
    "slot",
    [
        "[客服信箱或聯繫頁面連結]",
        "[聯絡表單連結]",
        "[官方網站]",
        "[粉絲專頁連結]",
        "[客服電話或電子郵件]",
        "[客服信箱/聯絡表單]",
        "[Email 或聯絡表單連結]",
        "【客服信箱或聯繫頁面連結】",
        "[电子邮箱或联系页面链接]",
    ],
)
def test_contact_channel_slot_with_alternatives(tmp_path: Path, slot: str) -> None:
    text = HEAD_TW + f"如有疑問，請透過 {slot} 與我們聯繫。\n"
    assert _excerpts(tmp_path, text) == [slot]


def test_channels_that_are_data_links_or_controls_are_not_slots(tmp_path: Path) -> None:
    body = (
        "您可以使用【手機號碼或電子信箱】登入。\n\n詳見[連結]。\n\n造訪[官方網站](https://xingchen.tw)了解詳情。\n\n"
        "請點擊 [聯絡頁面] 按鈕與我們聯繫。\n\n請至 [官方網站] 下載。\n\n使用 [curl 或 wget] 下載。\n\n選擇 [Online 或 Offline] 模式。\n\n"
        "[官方網站]: https://xingchen.tw\n"
    )
    assert _excerpts(tmp_path, HEAD_TW + body) == []


# --- 3. [年] 年 [月] 月 [日] 日: a date left as one-word slots ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("**最近更新日期：[年] 年 [月] 月 [日] 日**", "[年] 年 [月] 月 [日] 日"),
        ("生效日期：【年】年【月】月【日】日", "【年】年【月】月【日】日"),
        ("更新日期：［年］年［月］月", "［年］年［月］月"),
        ("最後更新：[ 年 ]年[ 月 ]月[ 日 ]日", "[ 年 ]年[ 月 ]月[ 日 ]日"),
        ("本政策自[年][月][日]起生效。", "[年][月][日]"),
    ],
)
def test_date_left_as_bracketed_one_word_slots(tmp_path: Path, line: str, slot: str) -> None:
    assert _excerpts(tmp_path, HEAD + line + "\n") == [slot]


def test_a_bracketed_year_word_alone_is_not_a_date_slot(tmp_path: Path) -> None:
    body = "请查看【年】度报告与【月】度账单。\n\n本政策于2024年1月1日生效。\n"
    assert _excerpts(tmp_path, HEAD + body) == []


# --- 4. （運營主體，待填寫工商信息）: a note in place of a value -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("我們（運營主體，待填寫工商信息）作為軟體的提供方，重視您的隱私。", "（運營主體，待填寫工商信息）"),
        ("我们（运营主体，待填写工商信息）作为软件的提供方。", "（运营主体，待填写工商信息）"),
        ("本服务由我们（主体信息待确认）提供。", "（主体信息待确认）"),
        ("本服务由我们（运营主体名称，待补充营业执照信息）提供。", "（运营主体名称，待补充营业执照信息）"),
        ("本應用（開發者資訊待填）由個人開發。", "（開發者資訊待填）"),
    ],
)
def test_pending_note_in_place_of_a_value(tmp_path: Path, line: str, slot: str) -> None:
    assert _excerpts(tmp_path, HEAD + line + "\n") == [slot]


def test_states_in_brackets_are_not_pending_notes(tmp_path: Path) -> None:
    body = "订单状态（待确认、已完成）可在订单页查看。\n\n我们会发送通知（上课提醒、待确认提醒等）。\n\n物流（待付款/待发货）信息。\n"
    assert _excerpts(tmp_path, HEAD + body) == []


# --- 5. notes to the drafter about publishing --------------------------------------------------------------------


def test_notes_to_the_drafter_about_publishing(tmp_path: Path) -> None:
    body = (
        "版本：草案 v1（2026-10-09），供内部评审，正式发布前需法务复核。\n\n"
        "| 文件 | 路径 |\n|---|---|\n| 日志 | （具体路径以软件实际写入为准，正式版前 阿明 替换为代码 grep 出来的真实路径） |\n\n"
        "自动更新：默认开启（此项 阿明 可改为“默认关闭”，详见文末待办清单）\n\n"
        "数据存储地：[待 阿明 收口：中国境内 / 海外]\n\n"
        "## 待阿明收口的字段（草稿待办）\n\n发布前请确认：\n\n- 运营主体名称\n"
    )
    assert _excerpts(tmp_path, HEAD + body) == [
        "草案 v1（2026-10-09），供内部评审，正式发布前需法务复核",
        "正式版前 阿明 替换为代码 grep 出来的真实",
        "详见文末待办清单",
        "[待 阿明 收口：中国境内 / 海外]",
        "待阿明收口的字段（草稿待办）",
        "发布前请确认：",
    ]


def test_what_a_policy_tells_its_reader_about_publishing_is_not_a_note(tmp_path: Path) -> None:
    body = (
        "本政策更新前我们会通知您。\n\n如有差异，以正式发布的版本为准。\n\n本政策发布前已经过法务审核。\n\n"
        "本政策正式发布前已经法务复核。\n\n我们在正式发布前需经法务复核本政策。\n\n"
        "您的待办事项和待办清单仅保存在本设备。\n\n发布前请确认：\n\n图片中不含他人个人信息。\n"
    )
    assert _excerpts(tmp_path, HEAD + body) == []
