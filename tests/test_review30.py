"""Fixes of the thirtieth session's review (u30fa): each item's section tests both ways.

- 1a: 资讯 among the messages an app sends looked at its whole clause from the paragraph's start for every 资讯
  (quadratic: 33 s on a paragraph of 资讯、 repeated); the look-around is now capped.
- 2f: any 推送 in the clause, even the verb, excused 资讯 (「将您的账户资讯和设备信息推送给合作伙伴」 was no longer
  reported); the sibling must be 短信, 推送通知 or 推送消息 listed as an item, and 的 before 资讯 makes it information.
- 2a: 「正式版需提供手机号码注册」 (a product's edition) was a drafting note: the note needs 版本 and a text it provides.
- 2b: 【待确认的X】 after a state the app shows (显示为, 状态为, 标记为…) or beside an 【已…】 state is no pending note.
- 2c: the operator's role before its place (【运营者所在地】上海市…) is a label like 【公司所在地】; [开发者所在地] alone is a slot.
- 3: the verbs of acting on a control have one home, `patterns.UI_VERBS`, shared by the four rules that listed them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts as _findings
from policylens.patterns import UI_VERBS
from policylens.rules import placeholder_hedge as hedge
from policylens.rules import placeholder_pending as pending
from policylens.rules import regional_vocabulary
from policylens.rules.placeholder_instruction import controls, instructions
from test_round26 import HEAD, _errors

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


# ---- 2a. the public version's note names a text it must provide -------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "本产品的测试版无需登录，正式版需提供手机号码注册。",
        "公开版需提供身份证明的用户，可通过客服提交。",
        "正式版本需提供手机号码及实名信息。",
        "对外版本须提供发票的企业用户，请联系客服。",
    ],
)
def test_2a_a_product_edition_that_asks_for_something_is_no_note(tmp_path: Path, body: str) -> None:
    assert _errors(tmp_path, HEAD + body + "\n") == []


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("公开版本需提供面向上架地区的对应语言。", "公开版本需提供"),
        ("对外发布版本须附上英文译文。", "对外发布版本须附上"),
        ("正式版本应当补充数据出境条款。", "正式版本应当补充"),
    ],
)
def test_2a_the_public_version_of_the_text_still_to_provide_is_a_note(tmp_path: Path, body: str, found: str) -> None:
    assert _errors(tmp_path, HEAD + body + "\n") == [found]


# ---- 2b. 【待确认的X】 after a state the app shows ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "您提交的预约将显示为【待确认的预约】，商家确认后即可到店。",
        "当订单状态为【待确认的订单】时，您可以取消订单。",
        "申请提交后会标记为「【待确认的申请】」。",
        "订单从【待确认的订单】进入【已完成的订单】后，我们会通知您。",
        "您可以点按【待确认的订单】查看详情。",
    ],
)
def test_2b_a_state_or_control_of_the_app_is_no_pending_note(tmp_path: Path, body: str) -> None:
    assert _errors(tmp_path, HEAD + body + "\n") == []


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("重要的数据处理变化将通过【待确认的通知方式】说明。", "【待确认的通知方式】"),
        ("我们会通过【待确认的通知方式】或【待确认的渠道】通知您。", "【待确认的通知方式】"),
        ("保存期限为【待确认的期限】，到期后删除。", "【待确认的期限】"),
    ],
)
def test_2b_a_pending_note_in_prose_is_still_reported(tmp_path: Path, body: str, found: str) -> None:
    assert found in _errors(tmp_path, HEAD + body + "\n")


# ---- 2c. the operator's role as a label before its value -------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "【公司所在地】北京市海淀区中关村大街1号。",
        "【运营者所在地】上海市浦东新区张江路1号。",
        "【运营方所在城市】：上海。",
        "【開發者所在地】台北市信義區市府路1號。",
    ],
)
def test_2c_a_role_s_place_as_a_label_is_no_slot(tmp_path: Path, body: str) -> None:
    assert _errors(tmp_path, HEAD + body + "\n") == []


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("[开发者所在地]", "[开发者所在地]"),
        ("争议应提交[开发者所在地]有管辖权的人民法院解决。", "[开发者所在地]"),
        ("仲裁地为【运营方所在城市】。", "【运营方所在城市】"),
    ],
)
def test_2c_a_role_s_place_left_empty_is_still_a_slot(tmp_path: Path, body: str, found: str) -> None:
    assert _errors(tmp_path, HEAD + body + "\n") == [found]


# ---- 3. one home for the verbs of acting on a control ---------------------------------------------------------------


@pytest.mark.parametrize("verb", UI_VERBS.split("|"))
def test_3_every_ui_verb_reaches_each_rule_that_names_a_control(verb: str) -> None:
    # the four lists that once copied each other: each takes the shared verbs, whatever it adds of its own
    for pattern in (pending._UI_BEFORE, hedge._UI_VERB, controls._CONTROL_BEFORE, instructions._UI_VERB):
        assert pattern.search(verb + " ") is not None, (pattern.pattern, verb)


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("您可以点按【待确认的订单】查看详情。", []),
        ("您可以轻触【待确认的申请】撤回。", []),
        ("您可以阅读【待确认的条款】了解详情。", ["【待确认的条款】"]),
    ],
)
def test_3_a_control_tapped_is_named_not_pending(tmp_path: Path, body: str, found: list[str]) -> None:
    assert _errors(tmp_path, HEAD + body + "\n") == found
