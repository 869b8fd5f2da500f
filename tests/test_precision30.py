"""False findings on unseen published zh-Hans documents (issue #11, eval/precision30, first run at cff29b6d).

Each class is reproduced on small texts written for it, both ways (the finding gone, and the look-alike kept):

- placeholder-instruction (an error), a noun that starts with a fill verb as the whole of its bracket: 「（四）【补充协议】：
  由于互联网高速发展…」 (eval/precision30/pcbhunt-agreement-html, 猎板网's 用户服务协议: a clause's run-in label beside
  【审慎阅读】 and 【签约动作】), 【补充条款】, 【输入法】.  【请补充协议】, 【补充协议名称】, 【补充】 and 【补充说明】 are still
  instructions left in;
- regional-vocabulary, 资讯 listed among what an app sends the user beside 短信 or 推送, mainland-only words:
  「我们可能向您发送电子邮件、短信、资讯或推送通知」 (eval/precision30/blockblitz-yinsi-html, a game's 隐私协议 exported from
  Word).  资讯 for "information" in a Taiwan-origin list (「传送的资讯、资料、音讯、视讯」), 资讯 beside 短信 but not listed with
  it, and 资讯 in another clause than the 短信 are still reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rule_excerpts as _findings

_HEAD = "# 用户服务协议\n\n更新日期：2026年1月1日\n\n"

# ---- placeholder-instruction: a fill verb that starts a noun ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "（四）【补充协议】：由于互联网高速发展，平台规则均为本协议的补充协议。",
        "(五) 【補充條款】：本協議未盡事宜，以平台公告為準。",
        "【补充规定】本协议未尽事宜，以平台规则为准。",
        "【输入法】我们会读取您输入的词语以提供联想。",
    ],
)
def test_a_noun_that_starts_with_a_fill_verb_is_no_instruction(tmp_path: Path, line: str) -> None:
    assert _findings(tmp_path, _HEAD + "【审慎阅读】您应当认真阅读本协议。\n\n" + line + "\n", "placeholder-instruction", "p.md") == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("（四）【请补充协议】：由于互联网高速发展。", "【请补充协议】"),
        ("补充协议：【补充协议名称】", "【补充协议名称】"),
        ("联系电话：【补充】", "【补充】"),
        ("【补充说明】本协议自发布之日起生效。", "【补充说明】"),
    ],
)
def test_a_fill_verb_with_its_object_is_still_an_instruction(tmp_path: Path, line: str, found: str) -> None:
    assert _findings(tmp_path, _HEAD + line + "\n", "placeholder-instruction", "p.md") == [found]


# ---- regional-vocabulary: 资讯 among the messages an app sends -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "我们可能向您发送电子邮件、短信、资讯或推送通知。",
        "我们会通过短信或资讯向您告知活动信息。",
        "您可以关闭资讯和推送消息。",
    ],
)
def test_news_listed_with_sms_or_push_is_mainland_wording(tmp_path: Path, sentence: str) -> None:
    assert _findings(tmp_path, _HEAD + sentence + "\n", "regional-vocabulary", "p.md") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "经由本服务传送的资讯、资料、文字、音乐、照片、视讯或其他资料，均由提供者负责。",
        "我们会发送短信验证码，并确保网站资讯的准确性。",
        "我们会发送短信。网站资讯、资料均由第三方提供。",
    ],
)
def test_information_as_zixun_is_still_reported(tmp_path: Path, sentence: str) -> None:
    assert "资讯" in _findings(tmp_path, _HEAD + sentence + "\n", "regional-vocabulary", "p.md")
