"""Placeholder classes from the thirty-fifth blind round's second set (eval/blind/round35b, helper u35r2), each both ways.

- a zh note telling the author to fit the text to the product before a release step, the step first: 「请在提交商店前
  根据实际业务调整」; not the reader's step (提交订单前), not a note that names the reader or the reader's content, not a
  statement of what the operator does;
- a drafting imperative with no object but the text, ending its sentence: "Edit as needed.", 「请按需修改。」; not a
  statement ("We update this policy as needed."), the reader's own things ("Please update your details as needed."),
  a sentence that goes on, or the same words in code;
- an English defined term whose short name was left empty: `Acme Company ("", "we", "the company")`, `(hereinafter "")`;
  not an empty string spoken of in prose, nor code.

The documents of the set's dev part are regression cases; its held-out part is not read here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import slot_findings

ROUND35B = Path(__file__).resolve().parent.parent / "eval" / "blind" / "round35b"


BODY = "我们收集您的手机号码用于登录。\n"
BODY_EN = "We collect your phone number to sign you in.\n"


@pytest.mark.parametrize(
    "note",
    [
        "本隐私政策说明本扩展如何处理数据。请在提交商店前根据实际业务调整并在可公开访问的 URL 上托管。",
        "请在上线前根据实际情况修改本页内容。",
        "請在上架前依實際業務調整本政策。",
        "务必在发布前结合产品实际补充第三方清单。",
        "请在提交应用市场前按照实际业务填写联系方式。",
    ],
)
def test_fit_before_release_note_fires(lines_of, note: str) -> None:
    assert lines_of("# 隐私政策\n\n" + BODY + "\n" + note + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "请在提交订单前根据实际情况核对收货地址。",
        "请您在发布前根据实际情况修改相关内容。",
        "请在发布前根据实际情况修改你的动态。",
        "我们会在上线前根据实际业务调整功能。",
        "请在使用前根据实际需要阅读本政策。",
    ],
)
def test_reader_steps_and_statements_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of("# 隐私政策\n\n" + BODY + "\n" + prose + "\n") == set()


@pytest.mark.parametrize(
    "note",
    [
        "Use this content as the app listing metadata when uploading to stores. Edit as needed.",
        "Customize as appropriate.",
        "Please edit as needed before publishing.",
        "Update it as necessary.",
        "Adjust the wording as required. The rest stays.",
        "**Edit as needed.**",
    ],
)
def test_english_as_needed_note_fires(lines_of, note: str) -> None:
    assert lines_of("# Privacy Policy\n\n" + BODY_EN + "\n" + note + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "We will update this policy as needed.",
        "You can edit your profile as needed.",
        "Please update your details as needed.",
        "Edit as needed to keep your account current, we never read your drafts.",
        "Our team may adjust settings as necessary to keep the service secure.",
        "Users edit as needed within the app.",
    ],
)
def test_english_statements_and_reader_steps_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of("# Privacy Policy\n\n" + BODY_EN + "\n" + prose + "\n") == set()


@pytest.mark.parametrize("note", ["请按需修改。", "提示：酌情调整本段。", "视情况补充。"])
def test_zh_as_needed_note_fires(lines_of, note: str) -> None:
    assert lines_of("# 隐私政策\n\n" + BODY + "\n" + note + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        "您可以按需修改设置。",
        "如需更换头像，请按需修改。",
        "请按需修改通知设置。",
        "我们会酌情调整服务内容。",
        "请按需修改，以便我们更好地服务您。",
    ],
)
def test_zh_reader_and_statement_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of("# 隐私政策\n\n" + BODY + "\n" + prose + "\n") == set()


@pytest.mark.parametrize(
    "line",
    [
        'This policy explains how Acme Company ("", "we", "the company") collects data.',
        'Acme Inc. (hereinafter "") operates the app.',
        'Acme Inc. (hereinafter referred to as "") operates the app.',
    ],
)
def test_empty_english_short_name_fires(lines_of, line: str) -> None:
    assert lines_of("# Privacy Policy\n\n" + BODY_EN + "\n" + line + "\n") == {5}


@pytest.mark.parametrize(
    "prose",
    [
        'The field may be left as an empty string ("").',
        'Options ("") are allowed; set the name to "" to clear it.',
        'This policy explains how Acme Company ("Acme", "we") collects data.',
        '```\nrender("", "we")\n```',
    ],
)
def test_empty_strings_and_filled_names_do_not_fire(lines_of, prose: str) -> None:
    assert lines_of("# Privacy Policy\n\n" + BODY_EN + "\n" + prose + "\n") == set()


def test_notes_in_code_do_not_fire(lines_of) -> None:
    text = "# Privacy Policy\n\n" + BODY_EN + "\n```\nEdit as needed.\n请在上线前根据实际情况修改本页内容。\n```\n"
    assert lines_of(text) == set()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("qcxgsxs-privacy-md/privacy_policy.md", {3, 5, 18}),
        ("qcxgsxs-store-md/store_metadata.md", {1, 3, 23}),
        ("nxon-en-md/privacypolicy.md", {4, 74, 75, 76}),
    ],
)
def test_round35b_dev_store_kit(name: str, expected: set[int]) -> None:
    assert {line for line, _, _ in slot_findings(ROUND35B / "dev" / name)} == expected


@pytest.mark.parametrize("name", ["pasteq-zh-md/privacy.md", "pasteq-en-md/privacy.md"])
def test_round35b_dev_clean_pages_have_no_slot(name: str) -> None:
    assert slot_findings(ROUND35B / "dev" / name) == []


def test_round35b_white_label_policy_reports_its_empty_short_name() -> None:
    """nxon-en-md line 4: the short name left empty is the slot (its `{{ user_name }}` is filled by mkdocs.yml)."""
    findings = slot_findings(ROUND35B / "dev" / "nxon-en-md" / "privacypolicy.md")
    assert (4, "placeholder-instruction", '""') in findings
