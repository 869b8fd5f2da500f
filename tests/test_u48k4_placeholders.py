"""Issue #11, forty-eighth session, set b's held-out misses (u48k4), each a class with invented texts both ways; the
real document stays as a regression at the end (eval/blind/round48b is not blind for these classes any more).

- A bracket holding a field or a choice, then a drafting note after a dash: "[Jurisdiction — to be confirmed]",
  「[司法管轄區——待確認]」, "[free / in beta — update once pricing is decided]" (`placeholder_noted`).
- An English intro calling the text an early or initial draft: "This is an early draft — not yet reviewed by a lawyer"
  (`placeholder_drafts`; its Chinese 「初稿——尚未經律師審閱」 was already found).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import slot_findings, written_slots

_ROOT = Path(__file__).resolve().parent.parent
_HOLDOUT = _ROOT / "eval" / "blind" / "round48b" / "holdout"

_HANS = "# 隐私政策\n\n生效日期：2024年1月1日\n\n我们收集您注册时提供的手机号码，用于登录和找回账号。\n\n{}\n"
_HANT = "# 隱私權政策\n\n生效日期：2024年1月1日\n\n我們收集您註冊時提供的手機號碼，用於登入和找回帳號。\n\n{}\n"
_EN = "# Privacy Policy\n\nEffective date: 1 January 2024\n\nWe collect the phone number you give us to sign you in.\n\n{}\n"

# --- a bracket holding a field or a choice, a drafting note after a dash ------------------------------------------


@pytest.mark.parametrize(
    ("template", "line"),
    [
        (_EN, "These terms are governed by the laws of [Jurisdiction — to be confirmed]."),
        (_EN, "The service is offered [free / paid — update once pricing is decided]."),
        (_EN, "We keep logs for [Retention period – TBD]."),
        (_EN, "Our data protection officer is [Name -- to be added before launch]."),
        (_EN, "We store data in [Region - TBC]."),
        (_HANT, "本條款受[司法管轄區——待確認]法律管轄。"),
        (_HANT, "服務目前係[免費／試用階段——定價確定後更新]提供。"),
        (_HANS, "我们将保存您的日志【保存期限——待定】。"),
        (_HANS, "数据存储于［服务器所在地——尚未确定］。"),
        (_HANS, "本协议适用[司法管辖区——待补充]法律。"),
    ],
)
def test_a_field_with_a_drafting_note_after_a_dash_is_reported(tmp_path: Path, template: str, line: str) -> None:
    slots = written_slots(tmp_path, "privacy.md", template.format(line))
    assert [ln for ln, _ in slots] == [7], slots


@pytest.mark.parametrize(
    ("template", "line"),
    [
        (_EN, "See [Section 3 — Data we collect] for the details."),  # a heading named, no note
        (_EN, "Your order shows [Status — confirmed] once it is paid."),  # settled
        (_EN, "Read our [guide — updated in 2024](https://example.com/guide) for more."),  # no drafting note
        (_EN, "We respond within 30 days [see Article 12 — Rights of the data subject]."),
        (_HANT, "詳見【第三條——資料的蒐集】。"),  # a heading, no note
        (_HANS, "订单状态显示为【支付——已确认】后即可发货。"),  # settled
        (_HANS, "请参阅[常见问题——账号安全]。"),
    ],
)
def test_headings_and_settled_values_are_not_reported(tmp_path: Path, template: str, line: str) -> None:
    assert written_slots(tmp_path, "privacy.md", template.format(line)) == []


def test_a_noted_bracket_in_code_is_not_reported(tmp_path: Path) -> None:
    text = _EN.format('Configuration:\n\n```\nregion = "[Region — to be confirmed]"\n```')
    assert written_slots(tmp_path, "privacy.md", text) == []


# --- the real document ----------------------------------------------------------------------------------------------


def test_round48b_openmontage_noted_brackets_are_found() -> None:
    path = _HOLDOUT / "openmontage-hk-zh-en-ts" / "legal.ts"
    lines = {line for line, _, _ in slot_findings(path)}
    assert {203, 220, 263, 275} <= lines, lines


# --- an English intro calling the text an early draft ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "This is an early draft — not yet reviewed by a lawyer — written to describe what the product does today.",
        "These terms govern your use of the app. This is an early draft.",
        "This policy is an initial draft and may change before launch.",
    ],
)
def test_an_early_or_initial_draft_is_reported(tmp_path: Path, line: str) -> None:
    slots = written_slots(tmp_path, "privacy.md", _EN.format(line))
    assert [ln for ln, _ in slots] == [7], slots


@pytest.mark.parametrize(
    "line",
    [
        "When you save a post before publishing it, this is an early draft that only you can see.",  # the product's drafts
        "Our early draft feature lets you keep unsent messages on your device.",
        "We published an initial draft of this policy for comment in 2021.",  # a former draft
    ],
)
def test_the_products_drafts_are_not_reported(tmp_path: Path, line: str) -> None:
    assert written_slots(tmp_path, "privacy.md", _EN.format(line)) == []


def test_round48b_openmontage_early_draft_intros_are_found() -> None:
    path = _HOLDOUT / "openmontage-hk-zh-en-ts" / "legal.ts"
    lines = {line for line, _, _ in slot_findings(path)}
    assert {21, 166} <= lines, lines
