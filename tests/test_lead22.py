"""Classes the twenty-second blind round (eval/blind/round22) missed on its first run (issues #8 and #11 §1), found by
the lead after that run: one test per class, both ways.  Every text below is invented; the shapes are round22's.

1. A numbered title written on a source line of its own at the top of a block element, above the block's first
   sentence, with no <br> between them (a uni-app page: 「<view>⏎一、我们如何收集…⏎我们会出于…</view>」): the text
   read 「…您的信息我们会出于…」 as one paragraph, and the page lost 15 of its 18 headings.  The first source line is a
   title when it is a bare numbered title and the next source line is at least one and a half times as long
   (`load.html.titles._title_over_source_line`); a paragraph hard-wrapped in its source (lines of one width) stays one
   paragraph, as does a numbered lead-in ending in a colon.  Real file:
   eval/blind/round22/holdout/carservice-vue/privacy.vue (all 18 headings, levels included).
2. A contact channel whose value, qualified in brackets by a region or a kind, was never written: 「客服电话(如国内：)」,
   「客服电话（国内：400-820-1234；海外：）」 (`placeholder_empty.contact_fields._EMPTY_QUALIFIED`); not a qualifier with its value
   (「客服电话（工作日：9:00-18:00）」).
3. A snippet's sample sentence left as a paragraph of its own: 「这是中文内容。」, 「This is English content.」 (a language
   toggle's two panes; `placeholder_instruction.markers._sample_sentences`); not a sentence that says something with
   the same words (「这是中文内容的译本，以中文为准。」, 「This is the English version of our policy.」).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import headings, parse_path, parse_string
from test_placeholder_classes import _placeholders

ROOT = Path(__file__).resolve().parent.parent

_BODY = "我们会出于本政策所述的以下目的，收集和使用您的个人信息，并在收集前征得您的同意："


def _page(first: str, body: str = _BODY) -> str:
    return (
        '<template><view class="content">\n'
        f'\t<view class="list">\n\t\t{first}\n\t\t{body}\n\t\t<view>\n\t\t\t（一）账号注册\n'
        "\t\t\t您注册账号时，需要向我们提供手机号码和密码，我们将通过短信验证码验证您的身份是否有效。\n\t\t</view>\n\t</view>\n"
        '\t<view class="list">\n\t\t<view>二、我们如何共享您的个人信息</view>\n'
        "\t\t<view>我们不会与本公司以外的任何公司、组织和个人共享您的个人信息，但事先获得您明确同意的除外。</view>\n\t</view>\n"
        "</view></template>\n"
    )


def test_a_numbered_title_on_its_own_source_line_above_its_text_is_a_heading() -> None:
    found = [(title, level) for _, level, title in headings(parse_string(_page("一、我们如何收集和使用您的信息"), ".vue"))]
    assert found == [("一、我们如何收集和使用您的信息", 1), ("（一）账号注册", 2), ("二、我们如何共享您的个人信息", 1)]


def test_the_title_keeps_the_line_and_column_of_its_source() -> None:
    doc = parse_string(_page("一、我们如何收集和使用您的信息"), ".vue")
    section = next(s for s in doc.sections if s.title == "一、我们如何收集和使用您的信息")
    assert section.line == 3
    first = section.paragraphs[0]
    assert (first.line, first.column) == (4, 3)
    assert first.text.startswith("我们会出于")


@pytest.mark.parametrize(
    ("first", "body"),
    [
        # hard-wrapped in the source: the first line is as long as the next
        ("一、我们会收集您的姓名、手机号码和电子邮箱地", "址等信息，用于为您提供服务。"),
        # a numbered lead-in: its colon asks for the list below
        ("1、我们会收集以下信息：", "您的姓名、手机号码、电子邮箱地址、收货地址以及您在使用服务时主动提供的其他信息。"),
    ],
)
def test_a_wrapped_paragraph_or_a_lead_in_stays_one_paragraph(first: str, body: str) -> None:
    titles = [title for _, _, title in headings(parse_string(_page(first, body), ".vue"))]
    assert first not in titles
    assert titles == ["（一）账号注册", "二、我们如何共享您的个人信息"]


def test_round22s_uni_app_page_keeps_all_its_headings() -> None:
    path = ROOT / "eval/blind/round22/holdout/carservice-vue/privacy.vue"
    found = headings(parse_path(path))
    assert len(found) == 18
    assert found[0] == (26, 1, "一、我们如何收集和使用您的信息")
    assert (99, 1, "二、我们如何使用 Cookie 和同类技术") in found
    assert (147, 2, "（二）转让") in found


HEAD = "# 隐私政策\n\n更新日期：2024年1月1日\n\n## 联系我们\n\n"


def _errors(tmp_path: Path, text: str) -> list[str]:
    return [f.excerpt for f in _placeholders(tmp_path, HEAD + text, "md") if f.severity == "error"]


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("您可拨打官网公布的客服电话(如国内：)，根据语音提示转至人工服务。", "国内"),
        ("联系邮箱（中国大陆：），我们将在十五日内答复。", "中国大陆"),
        ("客服电话（国内：400-820-1234；海外：），我们将尽快答复。", "海外"),
    ],
)
def test_a_contact_value_missing_from_its_qualifying_brackets_is_a_slot(tmp_path: Path, line: str, slot: str) -> None:
    assert any(slot in e for e in _errors(tmp_path, line + "\n"))


@pytest.mark.parametrize(
    "line",
    ["客服电话（工作日：9:00-18:00），我们将尽快答复。", "客服电话（国内：400-820-1234；海外：+86 21 1234 5678）。"],
)
def test_a_qualifier_with_its_value_is_no_slot(tmp_path: Path, line: str) -> None:
    assert _errors(tmp_path, line + "\n") == []


@pytest.mark.parametrize("sample", ["这是中文内容。", "This is English content.", "这里是示例文本", "This is sample text."])
def test_a_snippets_sample_sentence_left_as_a_paragraph_is_a_slot(tmp_path: Path, sample: str) -> None:
    assert sample in _errors(tmp_path, f"我们重视您的隐私。\n\n{sample}\n")


@pytest.mark.parametrize("line", ["这是中文内容的译本，以中文为准。", "This is the English version of our policy.", "这是我们的承诺。"])
def test_a_sentence_with_the_same_words_is_no_slot(tmp_path: Path, line: str) -> None:
    assert _errors(tmp_path, f"我们重视您的隐私。\n\n{line}\n") == []


def test_a_long_block_under_its_source_line_title_is_still_cut_at_its_inner_numbered_titles() -> None:
    """Class 1 with the one-line fallback: a block of 2,000+ characters (a page pasted into one element) whose first
    source line is a numbered title keeps that title and is also cut before each numbered title after a sentence end."""
    sentence = "我们会按照法律法规的要求，在必要的范围内收集和使用您的个人信息，并采取合理的安全措施保护这些信息。"
    body = sentence * 25 + "二、信息的共享" + sentence * 25
    page = f'<template><view class="list">\n\t\t一、我们如何收集和使用您的信息\n\t\t{body}\n</view></template>\n'
    doc = parse_string(page, ".vue")
    assert headings(doc)[0][2] == "一、我们如何收集和使用您的信息"
    texts = [p.text for p in doc.paragraphs()] + [s.title or "" for s in doc.sections]
    assert any(text.startswith("二、信息的共享") for text in texts)  # cut before the inner title, as a one-line text is
