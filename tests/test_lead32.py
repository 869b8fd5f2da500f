"""The lead's classes of the thirty-second session, each tested both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import parse_string, profile_verdict, rule_excerpts


@pytest.mark.parametrize(
    ("text", "updated"),
    [
        (
            "# Privacy Policy\n\nWe collect your e-mail to answer you.\n\nContact: a@example.com\n\nUpdate date: May 23, 2024\n",
            "2024-05-23",
        ),
        ("# Privacy Policy\n\nWe collect your e-mail.\n\nDate of update: 2023-01-05\n", "2023-01-05"),
        ("# Privacy Policy\n\nWe collect your e-mail.\n\nDate of last update: 2023-01-05\n", "2023-01-05"),
    ],
)
def test_an_english_update_date_label_dates_the_policy(text: str, updated: str) -> None:
    """eval/precision32 eyeexam-en-html (held out): an English policy ending 「Update date: May 23, 2024」 was reported
    as having no date."""
    assert parse_string(text, ".md").metadata.updated == updated


@pytest.mark.parametrize(
    "text",
    [
        "# Privacy Policy\n\nWe collect your e-mail.\n\nYou can update date of birth in the settings.\n",
        "# Privacy Policy\n\nWe collect your e-mail and the update date of your profile.\n",
    ],
)
def test_update_date_without_a_date_dates_nothing(text: str) -> None:
    assert parse_string(text, ".md").metadata.updated is None


@pytest.mark.parametrize("title", ["隐私政策（示例）", "用户协议（样例）", "隐私政策（示范文本）", "隱私權政策（範例）"])
def test_a_title_calling_the_text_a_sample_is_a_drafting_note(tmp_path: Path, title: str) -> None:
    """eval/blind/round32 (held out, two pages): a policy published under the title 「隐私政策（示例）」 is a sample text,
    as 「隐私政策（模板）」 is a template."""
    text = f"# {title}\n\n我们收集您的手机号码用于登录。\n\n更新日期：2024年1月1日\n"
    assert rule_excerpts(tmp_path, text, "placeholder-drafting", "p.md")


@pytest.mark.parametrize(
    "text",
    [
        "# 隐私政策\n\n日期请按格式填写（示例）：2024年1月1日。\n",
        "# 隐私政策\n\n以下为数据字段示例：手机号码。\n\n## 示例\n\n例如您上传的照片。\n",
        "# 隐私政策\n\n我们会收集声纹样本（示例语音）用于识别。\n",
    ],
)
def test_a_sample_that_is_not_the_texts_name_is_no_drafting_note(tmp_path: Path, text: str) -> None:
    assert not rule_excerpts(tmp_path, text, "placeholder-drafting", "p.md")


@pytest.mark.parametrize(
    ("sentence", "covered"),
    [
        ("We do not collect sensitive personal data unless explicitly stated and required.", False),
        ("We never process sensitive personal information except where you ask us to.", False),
        ("We do not collect any sensitive personal information.", True),
        ("We do not use or disclose sensitive personal information other than for permitted purposes.", True),
    ],
)
def test_collecting_sensitive_data_on_conditions_is_no_right_to_limit(sentence: str, covered: bool) -> None:
    """eval/profiles32 whythe-en (held out, fixed after its run): "We do not collect sensitive personal data unless …"
    announces collection on conditions; it neither limits the use of that data nor offers the right to limit it."""
    text = f"# Privacy Policy\n\nLast updated: January 1, 2025\n\n{sentence}\n"
    assert (profile_verdict(text, "us-ccpa/right-to-limit").status == "covered") is covered


@pytest.mark.parametrize(
    ("sentence", "covered"),
    [
        ("您的資訊可能會被傳輸至並儲存在您所在國家/地區以外的伺服器上。", True),
        ("您的資料可能會儲存於您所在國家或地區之外的伺服器。", True),
        ("您所在國家/地區的法律可能賦予您其他權利。", False),
    ],
)
def test_servers_outside_the_users_country_are_the_area_of_use(sentence: str, covered: bool) -> None:
    """eval/profiles32 flirtscan-tw (held out, fixed after its run): 「…儲存在您所在國家/地區以外的伺服器上」 names where the data
    is used (abroad), as 「境外」 does; the user's country named for its law is no area."""
    text = f"# 隱私權政策\n\n最後更新：2025年1月1日\n\n我們蒐集您的電子郵件。\n\n{sentence}\n"
    assert (profile_verdict(text, "tw-pdpa/area").status == "covered") is covered


@pytest.mark.parametrize(
    ("sentence", "covered"),
    [
        ("- **未同意時**：如果您未同意數據收集，我們將限制相關功能的使用。", True),
        ("若您拒絕我們蒐集位置資訊，部分功能將受到限制。", True),
        ("我們會限制員工存取資料的功能權限。", False),
        ("您可以隨時不同意本政策的更新。", False),
    ],
)
def test_not_consenting_to_collection_with_the_limited_features_is_the_effect(sentence: str, covered: bool) -> None:
    """eval/profiles32 flirtscan-tw (held out, fixed after its run): 「如果您未同意數據收集，我們將限制相關功能的使用」 is the
    effect of not providing the data."""
    text = f"# 隱私權政策\n\n最後更新：2025年1月1日\n\n我們蒐集您的電子郵件。\n\n{sentence}\n"
    assert (profile_verdict(text, "tw-pdpa/effect-of-not-providing").status == "covered") is covered


def test_a_signals_interrupt_lost_in_a_callback_prints_no_traceback() -> None:
    """A SIGHUP whose KeyboardInterrupt Python loses in an import lock's weakref callback printed 「Exception ignored …
    KeyboardInterrupt」 and a traceback, and the command went on to exit 0; the run's unraisable hook keeps it quiet (the
    run then ends as interrupted, exit 130) and passes every other unraisable exception on."""
    import sys
    import types

    from policylens import commands

    seen: list[object] = []
    commands._PREVIOUS_HOOK.append(seen.append)
    try:
        commands._SIGNALLED.append(1)
        lost = types.SimpleNamespace(exc_value=KeyboardInterrupt(), exc_type=KeyboardInterrupt)
        commands._quiet_lost_interrupt(lost)
        assert seen == []
        other = types.SimpleNamespace(exc_value=ValueError("x"), exc_type=ValueError)
        commands._quiet_lost_interrupt(other)
        assert seen == [other]
        commands._SIGNALLED.clear()  # no signal: a KeyboardInterrupt of some other cause is shown as Python shows it
        commands._quiet_lost_interrupt(lost)
        assert seen == [other, lost]
    finally:
        commands._SIGNALLED.clear()
        commands._PREVIOUS_HOOK.pop()
    assert sys.unraisablehook is not commands._quiet_lost_interrupt  # only during a run
