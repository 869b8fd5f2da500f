"""False findings a fresh-eyes review found in the seventh session's placeholder rules, both sides.

- placeholder-publisher-note: the operator's statements about its own updates, said to the reader
  (「本政策如有修改，我们将在新版本发布前通知您，请您及时查看」), are no note to the publisher;
- placeholder-default-name: "the Website Operator" / "an App Developer" with an article are defined
  terms; 本公司（以下简称"公司"） when the title or a policy line names the company (「腾讯公司隐私政策」);
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _excerpts


@pytest.mark.parametrize(
    "sentence",
    [
        "本政策如有修改，我们将在新版本发布前通知您，请您及时查看。",
        "本政策更新后，我们会在上线前以弹窗方式提示您，请您仔细阅读修改后的条款。",
        "我们可能会修改本政策，修改后的政策将在正式发布时生效，请您留意。",
        "在产品正式上线前，我们会更新本政策，届时请您注意查阅。",
        "本政策修改后将在发布前通过弹窗告知您，请您仔细阅读。",
        "We will update this policy before release of major changes, and you should review it.",
        "Please note that we may update this policy before we launch new features; please review it.",
    ],
)
def test_updates_said_to_the_reader_are_not_publisher_notes(tmp_path: Path, sentence: str) -> None:
    assert _excerpts(tmp_path, f"# 隐私政策\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    "note",
    [
        "> 提示：请在上线前补充本政策中的第三方SDK清单。",
        "本隐私政策为范本，请于上架前按实际情况调整。",
        "This template must be customized before you publish it.",
    ],
)
def test_notes_to_the_publisher_are_still_found(tmp_path: Path, note: str) -> None:
    assert len(_excerpts(tmp_path, f"# 隐私政策\n\n{note}\n")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        'Acme Analytics processes data on behalf of the Website Operator ("Customer") that embeds our script.',
        'If you are an App Developer ("Developer") using our SDK, you must obtain consent.',
    ],
)
def test_a_default_name_after_an_article_is_a_defined_term(tmp_path: Path, sentence: str) -> None:
    assert _excerpts(tmp_path, f"# Privacy Policy\n\n{sentence}\n") == []


def test_a_default_name_in_the_names_place_is_still_found(tmp_path: Path) -> None:
    assert _excerpts(tmp_path, "# Privacy Policy\n\nWebsite Operator built the app as a free app.\n") != []


@pytest.mark.parametrize(
    "document",
    [
        "# 腾讯公司隐私政策\n\n本公司（以下简称“公司”）非常重视用户的隐私。客服电话：95017。\n",
        "# 隐私政策\n\n华为技术公司隐私声明\n\n本公司（以下简称“公司”）非常重视用户的隐私。\n",
    ],
)
def test_the_generic_word_is_not_flagged_when_the_company_is_named(tmp_path: Path, document: str) -> None:
    assert _excerpts(tmp_path, document) == []


def test_the_generic_word_is_still_flagged_when_no_company_is_named(tmp_path: Path) -> None:
    assert _excerpts(tmp_path, "# 隐私政策\n\n本公司（以下简称“公司”）非常重视用户的隐私。\n") == ["本公司"]


def test_a_lead_in_whose_items_open_the_next_section_is_not_empty(tmp_path: Path) -> None:
    """「除以下情况外…：」 then 「5.2 共享情况」 whose body is the list (a round3 page, reproduced here)."""
    text = (
        "隐私政策\n\n5.1 共享原则\n\n除以下情况外，我们不会向第三方共享、转让、公开披露您的个人信息：\n\n5.2 共享情况\n\n"
        "（1）获得您的明确同意\n在获得您的明确同意后，与第三方共享您的信息\n\n（2）法定披露\n根据法律法规的要求披露。\n"
    )
    assert _excerpts(tmp_path, text, "txt") == []


def test_a_lead_in_followed_by_the_next_numbered_section_of_prose_is_still_warned(tmp_path: Path) -> None:
    text = "隐私政策\n\n5.1 共享原则\n\n我们会向以下第三方共享您的信息：\n\n5.2 转让\n\n我们不会转让您的个人信息。\n"
    assert _excerpts(tmp_path, text, "txt") == ["我们会向以下第三方共享您的信息："]
