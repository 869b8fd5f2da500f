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
