"""Fixes of the thirtieth session's review (u30fa): each item's section tests both ways.

- 1a: 资讯 among the messages an app sends looked at its whole clause from the paragraph's start for every 资讯
  (quadratic: 33 s on a paragraph of 资讯、 repeated); the look-around is now capped.
- 2f: any 推送 in the clause, even the verb, excused 资讯 (「将您的账户资讯和设备信息推送给合作伙伴」 was no longer
  reported); the sibling must be 短信, 推送通知 or 推送消息 listed as an item, and 的 before 资讯 makes it information.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts as _findings
from policylens.rules import regional_vocabulary

_HEAD = "# 隐私政策\n\n更新日期：2026年1月1日\n\n"


# ---- 1a. 资讯's look-around is bounded --------------------------------------------------------------------------------


def test_1a_news_look_around_is_bounded() -> None:
    # a 短信 listed at the start of a long clause does not reach a 资讯 thousands of characters on: the work per 资讯
    # is bounded (the timing case is benchmarks/bench_worst.py md-news-list-line)
    text = "短信、" + "资讯、" * 3000
    assert regional_vocabulary._news_among_messages(text, 3, 5)
    for at in (text.index("资讯", 3 * 25), text.rindex("资讯")):
        assert not regional_vocabulary._news_among_messages(text, at, at + 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "我们可能向您发送电子邮件、短信、资讯或推送通知。",
        "您可以关闭资讯和推送消息。",
        "我们会通过短信或资讯向您告知活动信息。",
    ],
)
def test_1a_news_listed_close_to_sms_still_mainland(tmp_path: Path, sentence: str) -> None:
    assert _findings(tmp_path, _HEAD + sentence + "\n", "regional-vocabulary", "p.md") == []


# ---- 2f. the verb 推送 and someone's 资讯 do not excuse it -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "我们会将您的账户资讯和设备信息推送给合作伙伴。",
        "我们会将账户资讯和设备信息推送给合作伙伴。",
        "我们会把用户的资讯或短信记录提供给监管部门。",
        "我们收集资讯、位置，并推送至您的设备。",
    ],
)
def test_2f_information_beside_the_verb_push_is_still_reported(tmp_path: Path, sentence: str) -> None:
    assert "资讯" in _findings(tmp_path, _HEAD + sentence + "\n", "regional-vocabulary", "p.md")


@pytest.mark.parametrize(
    "sentence",
    [
        "我们可能通过短信、资讯推送活动。",
        "我们会向您发送推送通知、资讯及优惠券。",
    ],
)
def test_2f_news_listed_with_a_message_kind_is_not_reported(tmp_path: Path, sentence: str) -> None:
    assert _findings(tmp_path, _HEAD + sentence + "\n", "regional-vocabulary", "p.md") == []
