"""Placeholder classes from the thirty-fourth blind round's second set (eval/blind/round34b, helper u34r2), each both ways.

- the policy's own date left to be fixed at release, as its label's whole value: 「生效日期：待发布时确定」,
  "Effective date: to be set at release"; not a rule worded on purpose (「生效日期：以正式发布之日为准」), a real date, or a
  state that is not the policy's date;
- a note telling the author to check the text against the product before putting it online: 「托管前请复核与实际行为
  一致」, "Review it against the actual app behavior before hosting."; not advice to the reader about the reader's own
  content or use, nor a statement of what the operator does.

The documents of the set's dev part are regression cases; its held-out part is not read here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import slot_findings

ROUND34B = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round34b"


BODY = "我们收集您的手机号码用于登录。\n"
BODY_EN = "We collect your phone number to sign you in.\n"


@pytest.mark.parametrize(
    "line",
    [
        "> 生效日期：待发布时确定。本页是公开隐私政策草稿。",
        "生效日期：上线时确定",
        "**更新日期**：待正式发布后填写",
        "最後更新：待上架時確定。",
    ],
)
def test_date_left_to_release_fires(lines_of, line: str) -> None:
    assert lines_of("# 隐私政策\n\n" + line + "\n\n" + BODY) == {3}


@pytest.mark.parametrize(
    "line",
    [
        "> Effective date: to be set at release. This is the public draft.",
        "Last updated: to be determined upon launch",
        "**Effective date:** to be announced at the first release.",
        "Updated on: to be confirmed before publication",
    ],
)
def test_english_date_left_to_release_fires(lines_of, line: str) -> None:
    assert lines_of("# Privacy Policy\n\n" + line + "\n\n" + BODY_EN) == {3}


@pytest.mark.parametrize(
    "line",
    [
        "生效日期：以正式发布之日为准。",
        "生效日期：2025年3月1日（发布时生效）",
        "订单状态：待发布时确定",
        "Effective date: the date of first release.",
        "Effective date: March 1, 2025 (the date of release).",
        "Status: to be set at release",
        "Your data will be deleted once the date is to be set at release by you.",
    ],
)
def test_date_rules_and_dates_do_not_fire(lines_of, line: str) -> None:
    assert lines_of("# 隐私政策\n\n" + line + "\n\n" + BODY) == set()


@pytest.mark.parametrize(
    "note",
    [
        "> 以 `docs/flow.md` 为依据编写；托管前请复核与实际行为一致。",
        "部署前须核对本页内容与应用实际功能是否一致。",
        "本页仅供审阅。部署前请再确认各项权限说明。",
        "> Review it against the actual app behavior before hosting.",
        "Please check this policy against the app before publishing it.",
        "Draft only. Verify the document prior to release.",
    ],
)
def test_check_before_online_note_fires(lines_of, note: str) -> None:
    assert lines_of("# Privacy Policy / 隐私政策\n\n" + BODY_EN + "\n" + note + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "数据托管前请确认您拥有相应的合法权利。",
        "托管前请您确认账户余额充足。",
        "部署前请确认评论区已关闭。",
        "上传前请确认照片中不含他人的个人信息。",
        "Review your post before publishing it.",
        "We review this policy before each release of the app.",
        "Please review this policy before using the app.",
        "Please check it carefully before you submit the form.",
        "You may review it at any time before the launch of a new feature.",
    ],
)
def test_advice_and_statements_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of("# Privacy Policy / 隐私政策\n\n" + BODY_EN + "\n" + prose + "\n") == set()


def test_a_note_in_code_does_not_fire(lines_of) -> None:
    text = "# Privacy Policy\n\n" + BODY_EN + "\n```\nReview it against the app before hosting.\n生效日期：待发布时确定\n```\n"
    assert lines_of(text) == set()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("hypermeta-zh-md/privacy-policy-zh.md", {1, 3, 4}),
        ("hypermeta-en-md/privacy-policy-en.md", {1, 3, 4}),
    ],
)
def test_round34b_dev_drafts(name: str, expected: set[int]) -> None:
    assert {line for line, _, _ in slot_findings(ROUND34B / "dev" / name)} == expected


@pytest.mark.parametrize("name", ["qqweb-en-md/Privacy_en_us.md", "tiancivalen-md/terms.md", "kevinchen-tw-html/tw.html"])
def test_round34b_dev_clean_pages_have_no_slot(name: str) -> None:
    assert slot_findings(ROUND34B / "dev" / name) == []


def test_dummy_address_named_by_a_constant_is_one_finding(tmp_path: Path) -> None:
    """YOUR_EMAIL@example.com: one slot, reported once as the dummy address (issue #11 §5), not also as YOUR_EMAIL."""
    path = tmp_path / "policy.md"
    path.write_text("# Privacy Policy\n\n" + BODY_EN + "\nEmail: YOUR_EMAIL@example.com\n", encoding="utf-8")
    assert [excerpt for _, _, excerpt in slot_findings(path)] == ["YOUR_EMAIL@example.com"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Email: YOUR_EMAIL", ["YOUR_EMAIL"]),
        ("Contact COMPANY_NAME at YOUR_EMAIL@example.com or YOUR_PHONE.", ["COMPANY_NAME", "YOUR_EMAIL@example.com", "YOUR_PHONE"]),
    ],
)
def test_constants_apart_from_an_address_are_still_reported(tmp_path: Path, line: str, expected: list[str]) -> None:
    path = tmp_path / "policy.md"
    path.write_text("# Privacy Policy\n\n" + BODY_EN + "\n" + line + "\n", encoding="utf-8")
    assert sorted(excerpt for _, _, excerpt in slot_findings(path)) == sorted(expected)
