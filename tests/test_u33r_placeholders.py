"""Placeholder classes from the thirty-third blind round (eval/blind/round33, helper u33r), each both ways.

- an English drafting note whose words carry Markdown emphasis ("This document is a **draft template** of …");
- a bilingual slot, a Chinese field and its English name in one bracket (`[运营方名称 / Operator Name]`);
- a slot offering choices of place (`[司法辖区/所在地区]`, `[司法辖区]`);
- a slot set off in backticks as a whole code span (`` `[fill in region, e.g., Mainland China]` ``).

The documents of the round's dev part are regression cases; its held-out part is not read here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import slot_findings as _slot_findings

ROUND33 = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round33"


HEAD = "# 隐私政策\n\n生效日期：2026年1月1日\n\n"


@pytest.mark.parametrize(
    "note",
    [
        "> This document is a **draft template** of the Privacy Policy for the app, provided for reference only.",
        "This policy is *still* a draft.",
        "This __document__ is a draft and will change.",
    ],
)
def test_english_draft_note_with_emphasis_fires(lines_of, note: str) -> None:
    assert 5 in lines_of(HEAD + note + "\n")


@pytest.mark.parametrize(
    "prose",
    [
        "The **draft** regulations are summarised below for your information.",
        "This policy explains how a **draft** message you save is stored on your device.",
        "Our team reviews each **template** you upload before it is shown to others.",
    ],
)
def test_english_prose_with_emphasis_stays_quiet(lines_of, prose: str) -> None:
    assert 5 not in lines_of(HEAD + prose + "\n")


@pytest.mark.parametrize(
    "slot",
    [
        "运营方：`[运营方名称 / Operator Name]`",
        "联系邮箱：[联系邮箱 / Contact Email]",
        "本条款适用 [司法辖区/所在地区] 法律。",
        "本条款适用 [司法辖区] 法律。",
        "争议提交 [所在城市 / City] 法院。",
    ],
)
def test_bilingual_and_place_choice_slots_fire(lines_of, slot: str) -> None:
    assert 5 in lines_of(HEAD + slot + "\n")


@pytest.mark.parametrize(
    "label",
    [
        "请下载 [Android/iOS] 客户端。",
        "在 [是/否] 选项中选择“是”。",
        "详见 [国家/地区](https://example.org/regions) 列表。",
        "支持的系统：[Windows / macOS]。",
        "我们收集您的 [姓名/昵称] 用于展示。",
    ],
)
def test_choices_that_are_not_slots_stay_quiet(lines_of, label: str) -> None:
    assert 5 not in lines_of(HEAD + label + "\n")


@pytest.mark.parametrize(
    "used",
    ["Servers are located in `[fill in region, e.g., Mainland China]`.\n", "- Email: `[Contact email, e.g. a@b.com]`\n"],
)
def test_code_span_holding_only_the_slot_fires(lines_of, used: str) -> None:
    assert 5 in lines_of(HEAD + used)


@pytest.mark.parametrize(
    "code",
    [
        "Run `export REGION=[fill in region, e.g., cn]` before the build.\n",
        "```\n[Contact email, e.g. privacy@example.com]\n```\n",
        # named as the subject of its sentence: the text talks about the bracket (a form's hint), it does not use it
        "`[Email, e.g. x@y.z]` is the hint the sign-up form shows.\n",
    ],
)
def test_slot_inside_longer_code_stays_quiet(lines_of, code: str) -> None:
    lines = lines_of(HEAD + code)
    assert not any(line >= 5 for line in lines)


@pytest.mark.parametrize(
    ("name", "file", "lines"),
    [
        ("paperbanana-bi-md", "privacy-policy.md", {5, 13, 192}),
        ("navaxterms-tsx", "page.tsx", {53}),
    ],
)
def test_round33_dev_documents(name: str, file: str, lines: set[int]) -> None:
    found = {line for line, _, _ in _slot_findings(ROUND33 / "dev" / name / file)}
    assert lines <= found


@pytest.mark.parametrize(("name", "file"), [("simplenote-vue", "privacy.vue"), ("pethome-md", "privacy-policy.md")])
def test_round33_clean_dev_documents_stay_quiet(name: str, file: str) -> None:
    assert _slot_findings(ROUND33 / "dev" / name / file) == []
