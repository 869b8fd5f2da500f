"""A bare title glued to its first sentence by a space, in plain text whose sections are bare title lines.

The class of `holdout/travelintime-tw` line 41 (reproduced on files written here): 「如何刪除資料
（data deletion 指引） 我們提供…：」 is the section's title and its first sentence on one line.
Lines with a space inside a sentence stay whole (precision first).
"""

from __future__ import annotations

import pytest

from helpers import parse_string

HANT = "我們會依法處理您的個人資料，並採取適當的安全措施。"


def titles(text: str) -> list[str]:
    return [s.title or "" for s in parse_string(text).sections if s.title is not None]


def policy(line: str) -> str:
    return f"隱私權政策\n\n資料收集\n{HANT}\n\n{line}\n\n兒童隱私\n{HANT}\n\n聯絡方式\n{HANT}\n"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("如何刪除資料（data deletion 指引） 我們提供數種刪除方式，請依版本選擇：", "如何刪除資料（data deletion 指引）"),
        ("資料保留 我們僅在提供服務所需的期間內保存您的個人資料。", "資料保留"),
        ("資料保留\u3000我們僅在提供服務所需的期間內保存您的個人資料。", "資料保留"),
    ],
)
def test_bare_title_glued_to_its_sentence_by_a_space_is_cut_off(line: str, title: str) -> None:
    doc = parse_string(policy(line))
    section = next(s for s in doc.sections if s.title == title)
    assert section.line == 6 and section.column == 1
    assert section.paragraphs[0].text.startswith("我們") and section.paragraphs[0].line == 6
    assert titles(policy(line)) == ["資料收集", title, "兒童隱私", "聯絡方式"]


@pytest.mark.parametrize(
    "line",
    [
        "我們使用 Google Analytics 分析網站的流量與使用情形。",  # the space is before a Latin word
        "我們會 依法處理您的個人資料，並採取適當的安全措施。",  # the first part holds a pronoun: a sentence
        "如果您 不同意本政策的任何內容，請立即停止使用本服務。",  # a lead-in
        "資料保留 我們僅保存必要資料。",  # the text is not twice the title
        "資料保留 我們僅在提供服務所需的期間內保存您的個人資料與使用紀錄",  # no sentence end
    ],
)
def test_lines_with_a_space_inside_a_sentence_stay_whole(line: str) -> None:
    assert titles(policy(line)) == ["資料收集", "兒童隱私", "聯絡方式"]


def test_not_cut_in_a_document_without_bare_title_lines() -> None:
    text = f"隱私權政策\n\n一、資料收集\n{HANT}\n\n資料保留 我們僅在提供服務所需的期間內保存您的個人資料。\n\n二、聯絡方式\n{HANT}\n"
    assert titles(text) == ["一、資料收集", "二、聯絡方式"]


def test_bare_title_after_a_sentence_announcing_a_list_is_a_heading() -> None:
    """「我們提供數種刪除方式，請依版本選擇：」 is a sentence, not a label whose value is the line below."""
    text = f"隱私權政策\n\n資料收集\n{HANT}\n\n如何刪除資料\n我們提供數種刪除方式，請依版本選擇：\n\n兒童隱私\n{HANT}\n\n聯絡方式\n{HANT}\n"
    assert titles(text) == ["資料收集", "如何刪除資料", "兒童隱私", "聯絡方式"]


def test_value_under_a_label_is_still_not_a_heading() -> None:
    text = f"隱私權政策\n\n資料收集\n{HANT}\n\n第三方SDK名稱：\n統計設備資訊\n\n兒童隱私\n{HANT}\n\n聯絡方式\n{HANT}\n"
    assert "統計設備資訊" not in titles(text)


# -- a numbered title fused to its sentence without a space ------------------------------------
SOFT = "本软件收集的有关您的信息和资料将保存在本软件的服务器上。"


def numbered(line: str) -> str:
    return f"隐私政策\n\n1.适用范围\n{SOFT}\n\n2.信息使用\n{SOFT}\n\n{line}\n经您事先同意，向第三方披露；\n\n4.信息存储和交换\n{SOFT}\n\n5.信息安全\n{SOFT}\n"


def test_numbered_title_fused_to_its_sentence_between_two_titles_is_cut_off() -> None:
    """「3.信息披露在如下情况下，…：」 between 「2.信息使用」 and 「4.信息存储和交换」."""
    doc = parse_string(numbered("3.信息披露在如下情况下，本软件将依据您的个人意愿或法律的规定披露您的个人信息："))
    section = next(s for s in doc.sections if s.title == "3.信息披露")
    assert (section.line, section.column, section.level) == (9, 1, 1)
    first = section.paragraphs[0]
    assert (first.kind, first.line, first.column) == ("paragraph", 9, 7)
    assert first.text.startswith("在如下情况下")


@pytest.mark.parametrize(
    "line",
    [
        "3.用户因使用我们的产品或者服务而被我们收集的信息，例如账号与设备信息。",  # opens with its subject
        "3.根据本软件各服务条款及声明中的相关规定，向第三方提供您的个人信息；",  # opens with a preposition
        "3.数据存在境内服务器中，我们会采取安全措施保护您的个人信息。",  # 存在 is one word
        "3.编辑和删除个人信息的权限，我们会依法保障您行使这些权利：",  # 删除 is one word
    ],
)
def test_numbered_sentences_are_not_cut(line: str) -> None:
    assert not any(t.startswith("3.") for t in titles(numbered(line)))


def test_numbered_sentence_in_a_list_of_sentences_is_not_cut() -> None:
    """The numbers around it are sentences, not titles: a list, whatever its words."""
    items = "1.为向您提供服务，我们将依据本政策收集您的信息。\n2.信息披露在如下情况下，我们将依法披露您的个人信息。\n3.您可以访问、更正、删除您的个人信息。"
    text = f"隐私政策\n\n一、概述\n{items}\n\n二、信息使用\n{SOFT}\n"
    assert titles(text) == ["一、概述", "二、信息使用"]


def _titled(first: str, last: str) -> str:
    return f"隐私政策\n\n{first}\n\n2.信息使用\n{SOFT}\n\n3.信息披露\n{SOFT}\n\n{last}\n"


def test_first_and_last_of_a_sequence_fused_to_their_sentences_are_cut_off() -> None:
    """Two title lines after the first (2., 3.) or before the last vouch for it, as both neighbours do in between."""
    text = _titled(
        "1.信息收集在您注册本软件账号时，我们会收集您的手机号码，用于身份验证。",
        "4.信息安全我们会采取加密等措施保护您的信息，防止信息泄露。",
    )
    doc = parse_string(text)
    assert [s.title for s in doc.sections if s.title] == ["1.信息收集", "2.信息使用", "3.信息披露", "4.信息安全"]
    last = doc.sections[-1]
    assert (last.line, last.paragraphs[0].line, last.paragraphs[0].column) == (11, 11, 7)


def test_first_of_a_sequence_with_one_title_after_it_is_not_cut() -> None:
    text = f"隐私政策\n\n1.信息收集在您注册本软件账号时，我们会收集您的手机号码，用于身份验证。\n\n2.信息使用\n{SOFT}\n\n3.我们会采取加密等措施保护您的信息。\n"
    assert not any(t.startswith("1.") for t in titles(text))
