"""Review u48r (forty-eighth session): precision fixes to what the session merged, each a class written from an invented
form, both ways.

1. `rules.placeholder_owed`: the drafting-note forms fired on ordinary sentences said to the user or about the page:
   「之后需完善实名认证信息。」 (完善…信息 is what an app asks of its user), "Replace it with a new password before the
   release of the app update." (no text named after `with`), "If this page contains template text from our vendor, …"
   (not the sentence's subject), "Prepare the final version of your documents …" (a version is no text of the page).
   The notes the round found (`tests/test_u48k_placeholders.py`) stay found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import slot_findings

_BODY = "\n\n生效日期：2024年1月1日\n\n我们收集您注册时提供的手机号码，用于登录和找回账号。\n"
_BODY_HANT = "\n\n生效日期：2024年1月1日\n\n我們收集您註冊時提供的手機號碼，用於登入和找回帳號。\n"
_EN_HEAD = "# 隐私政策 Privacy Policy" + _BODY + "\nWe collect your phone number to sign you in.\n\n"


def _slots(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    """(line, excerpt) of the placeholder findings of `check` on `text` written as a Markdown file."""
    path = tmp_path / "privacy.md"
    path.write_text(text, encoding="utf-8")
    return [(line, excerpt) for line, _, excerpt in slot_findings(path)]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("之后需完善实名认证信息。", _BODY),
        ("注册完成后，您可继续使用本服务。之后需完善实名认证信息。", _BODY),
        ("之后需补全您的收货地址信息。", _BODY),
        ("- 后续需完善个人资料信息", _BODY),
        ("之後需完善實名認證資訊。", _BODY_HANT),
        ("日后还需完善您的联系信息。", _BODY),  # still owed, but said to the reader
    ],
)
def test_completing_ones_own_information_is_no_drafting_note(tmp_path: Path, sentence: str, body: str) -> None:
    assert _slots(tmp_path, "# 隐私政策" + body + "\n" + sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("之后仍需补全合作方名称和共享的信息。", _BODY),  # still owed: 仍
        ("後續還需補齊第三方共享資訊。", _BODY_HANT),
        ("后续需补齐数据收集和更新说明。", _BODY),  # a text part, not 信息: as before
    ],
)
def test_information_still_owed_is_a_drafting_note(tmp_path: Path, sentence: str, body: str) -> None:
    slots = _slots(tmp_path, "# 隐私政策" + body + "\n" + sentence + "\n")
    assert [line for line, _ in slots] == [7], slots


@pytest.mark.parametrize(
    "sentence",
    [
        "Replace it with a new password before the release of the app update.",
        "Replace this with a stronger one before the launch.",
        "If this page contains template text from our vendor, please contact us.",
        "We check whether this page is a sample text of a form before publishing it.",
        "Prepare the final version of your documents before the meeting.",
    ],
)
def test_english_sentences_to_the_user_are_no_drafting_note(tmp_path: Path, sentence: str) -> None:
    assert _slots(tmp_path, _EN_HEAD + sentence + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Replace it with the approved policy text before the launch.",
        "Replace this with counsel-approved wording before publication.",
        "Note: this page contains placeholder text for review.",
        "- This page contains template legal copy for handoff purposes only.",
    ],
)
def test_english_drafting_notes_are_still_found(tmp_path: Path, sentence: str) -> None:
    slots = _slots(tmp_path, _EN_HEAD + sentence + "\n")
    assert [line for line, _ in slots] == [9], slots
