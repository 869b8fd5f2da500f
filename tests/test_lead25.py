"""Classes the lead found in the twenty-fifth session (issue #11 §1 and §5) by writing the slot shapes of Hong Kong,
Word (DOCX) and bilingual templates one by one and running `check` on each, before the session's blind set was read.
One test per class, both ways.  Every text below is invented.

1. The prompt of a Word content control never filled in, left in the text: 「单击或点击此处输入文字。」 (Word's zh-CN
   wording), 「按一下或點選這裡以輸入文字。」 (zh-TW), "Click or tap here to enter text.", "Click here to enter a date."
   (`markers._WORD_PROMPT`); not an app's screen the policy describes (「点击此处输入手机号」).
2. A telephone number masked whole after its area code, 「(852) XXXX XXXX」, was two findings; it is one
   (`dates._x_groups_end`); 「XX市XX區」 stays one and keeps its own span.
3. An empty registration number or contact field whose label ends in its verb, 「本公司的商業登記號碼為：」,
   「我们的客服邮箱是：」 (`placeholder_empty.contact_fields._CONTACT_LABEL`); not when the value follows on the next line.
4. A period whose number was left as spaces (a Word template's underlined blank whose underline the text lost):
   「我们将在  个工作日内回复」, 「保存   个月后删除」, 「不超过 天」 (`placeholder_empty.slots._SPACE_NUMBER`); not a text spaced
   out character by character, not 「保存 日志」, not a period with its number.
5. A template's note to the drafter that opens its paragraph without its 请, 「此处填写公司名称」
   (`drafting_notes._opens_a_bare_note`); not a form's prompt to the user (「此处填写您的手机号」), nor the policy
   describing itself (「我们在此处列出…」).
6. A stand-in company as the operator's name wherever the name opens, 「公司名称：示例科技有限公司」, 「由範例公司提供」
   (`placeholder_default_name`, `samplename`; before, only when defined as 「我们」); not 「这家示例公司」 in a sentence,
   nor 「第三方测试公司」, a real trade.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _excerpts, _one_each


@pytest.mark.parametrize(
    "line",
    [
        "公司名称：单击或点击此处输入文字。",
        "單擊此處輸入文字。",
        "統一編號：按一下或點選這裡以輸入文字。",
        "按一下這裡以輸入日期。",
        "Company name: Click or tap here to enter text.",
        "Effective date: Click here to enter a date.",
    ],
)
def test_a_word_content_controls_prompt_is_an_unfilled_slot(tmp_path: Path, line: str) -> None:
    (finding,) = _one_each(tmp_path, [line])
    assert finding.rule == "placeholder-instruction"
    assert "输入" in finding.excerpt or "輸入" in finding.excerpt or "enter" in finding.excerpt


def test_a_screen_the_policy_describes_is_no_word_prompt(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n登录时，请点击此处输入手机号，并输入短信验证码。You can click here to enter the settings page.\n"
    assert _excerpts(tmp_path, text) == []


def test_a_number_masked_whole_after_its_area_code_is_one_finding(tmp_path: Path) -> None:
    findings = _one_each(tmp_path, ["如有查詢，請致電 (852) XXXX XXXX。", "地址：XX市XX區"])
    assert [f.excerpt for f in findings] == ["XXXX XXXX", "XX市XX區"]


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("# 聯絡我們\n\n本公司的商業登記號碼為：\n\n聯絡電話：2812 3456\n", "本公司的商業登記號碼為："),
        ("# 联系我们\n\n我们的客服邮箱是：\n\n我们将在十五个工作日内回复。\n", "我们的客服邮箱是："),
    ],
)
def test_an_empty_field_whose_label_ends_in_its_verb_is_a_slot(tmp_path: Path, text: str, slot: str) -> None:
    assert _excerpts(tmp_path, text) == [slot]


def test_a_label_ending_in_its_verb_with_its_value_below_is_filled(tmp_path: Path) -> None:
    text = "# 联系我们\n\n我们的客服邮箱是：\n\nprivacy@example-shop.cn\n\n本公司的統一社會信用代碼為：\n\n91310000MA1FL0000X\n"
    assert _excerpts(tmp_path, text) == []


def test_a_period_whose_number_is_spaces_is_a_slot(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n我们将在  个工作日内回复您。您的信息将保存   个月后删除，最长不超过 天。\n"
    assert _excerpts(tmp_path, text) == ["  个工作日", "   个月", " 天"]


def test_spaced_out_text_and_a_filled_period_are_no_blank_number(tmp_path: Path) -> None:
    text = (
        "# 隐私政策\n\n我 们 将 在 每 个 月 内 更 新。我们会保存 日志，并将在 15 个工作日内回复，"
        "信息保存 6 个月后删除。我们在 每个月的月底汇总。\n"
    )
    assert _excerpts(tmp_path, text) == []


def test_a_bare_here_note_opening_its_paragraph_is_a_drafting_note(tmp_path: Path) -> None:
    findings = _one_each(tmp_path, ["此处填写公司名称", "此處填入本公司地址。"])
    assert [f.excerpt for f in findings] == ["此处填写公司名称", "此處填入本公司地址"]


def test_a_forms_prompt_or_the_policy_describing_itself_is_no_bare_note(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n此处填写您的手机号。\n\n我们在此处列出所收集的信息。\n\n注册时，此处填写的昵称将公开显示。\n"
    assert _excerpts(tmp_path, text) == []


def test_a_stand_in_company_where_the_name_opens_is_a_default_name(tmp_path: Path) -> None:
    findings = _one_each(tmp_path, ["公司名称：示例科技有限公司", "本服务由範例公司提供。"])
    assert [(f.rule, f.excerpt) for f in findings] == [
        ("placeholder-default-name", "示例科技有限公司"),
        ("placeholder-default-name", "範例公司"),
    ]


def test_a_sample_company_inside_a_sentence_is_no_default_name(tmp_path: Path) -> None:
    text = "# 隐私政策\n\n我们委托第三方测试公司进行检测；下文的这家示例公司只是举例。\n\n例如：示例公司的用户可以在设置中关闭。\n"
    assert _excerpts(tmp_path, text) == []
