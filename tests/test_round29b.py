"""Classes the twenty-ninth blind round (b) showed on its first run (issue #11, u29q): one test per class, both ways.
Every text below is invented; the round's documents (eval/blind/round29b, read since its first run) showed the classes,
in `luminous-sql-md` and `ntub-tw-swift-md`.

1. 待填充 ("to be filled") as a field's whole value, like 待填写: 「公司名称：待填充」 (`markers._MARKERS`); not
   「待填充的字段会以灰色显示」 or 「待填充颜色」 (a word of the sentence).
2. A form's lines in one Markdown paragraph: the source lines are joined without a separator, so a value ending its
   line was followed by the next line's first character and refused (「公司名称：待填写⏎联系邮箱：待填写⏎负责人：待填写」
   reported only its first and last lines; `markers._line_end_values`); not 「您待填写⏎完表单后…」 (no field's colon).
3. A bracket that names what it stands for, then asks for it: 「[其他特定用途，請補充]」, 「[…，若有請補充]」
   (`instructions._FILL_BRACKETS`, `fillask`), in a list item, in bold, mid-sentence; not a round bracket in prose
   (「（如需注册，请填写真实信息）」, advice to the reader), a Markdown link 「[资料不全，请补充](…)」, nor a message the app
   shows (「页面会弹出[资料不全，请补充]」).
4. A half-width bracket opening with a request to supply, state or decide a fact: 「[請提供聯繫方式，例如 App 內設定或客服
   信箱]」, 「[請根據目標使用者和法規確認具體年齡限制]」 (`fillreq`); not 【請確認】 (a button's label), 「点击 [请确认订单]
   按钮」 (a control), a link, nor a message the app shows (「系统将提示[请确认您的手机号码]」).
5. The template's own disclaimer at the end: 「重要提示：以上為隱私權政策範本內容，僅供參考。」 and 「以上範本僅供參考」 (the
   zh-Hant 參考 too; `placeholder_drafting.notes._NOTES`); not 「以上内容仅供参考」, 「以下示例仅供参考」 (no template word), nor
   「本政策参照行业模板制定，仅供参考」 (no 以上…为).
6. The English twin of 待法务审阅 as a line of its own: "> Pending legal review" (`placeholder_drafting.status_lines._ALONE`); not "We
   may keep the data pending legal review of the request." (a hold the policy describes).
"""

from __future__ import annotations

from pathlib import Path

from test_placeholder_classes import _placeholders

HEAD_HANT = "# 隱私權政策\n\n本政策適用於我們提供的全部服務，請您仔細閱讀。\n\n"
HEAD_HANS = "# 隐私政策\n\n本政策适用于我们提供的全部服务，请您仔细阅读。\n\n"


def _lines(tmp_path: Path, text: str, rule: str = "placeholder-instruction", suffix: str = "md") -> list[int]:
    """The lines of every finding of `rule` in `text`."""
    return sorted({f.line for f in _placeholders(tmp_path, text, suffix) if f.rule == rule})


# --- 1. 待填充 as a value --------------------------------------------------------------------------------------------------


def test_to_be_filled_as_a_fields_value_is_a_slot(tmp_path: Path) -> None:
    text = HEAD_HANS + "公司名称：待填充\n\n| 项目 | 内容 |\n|---|---|\n| 联系邮箱 | 待填充 |\n"
    assert _lines(tmp_path, text) == [5, 9]


def test_to_be_filled_inside_a_sentence_is_no_slot(tmp_path: Path) -> None:
    text = HEAD_HANS + "待填充的字段会以灰色显示，提交前请核对。\n\n画板中的待填充颜色由您自行选择。\n"
    assert _lines(tmp_path, text) == []


# --- 2. a form's lines joined in one paragraph ---------------------------------------------------------------------------


def test_every_line_of_a_form_in_one_paragraph_is_reported(tmp_path: Path) -> None:
    text = HEAD_HANS + "公司名称：待填写\n联系邮箱：待填写\n个人信息保护负责人：待填充\n"
    assert _lines(tmp_path, text) == [5, 6, 7]


def test_a_wrapped_sentence_is_no_form(tmp_path: Path) -> None:
    text = HEAD_HANS + "我们会在您待填写\n完表单后处理您的申请。\n"
    assert _lines(tmp_path, text) == []


# --- 3. a bracket naming its slot, then asking for it --------------------------------------------------------------------


def test_a_bracket_that_asks_for_what_it_names_is_a_slot(tmp_path: Path) -> None:
    text = (
        HEAD_HANT
        + "• **[其他可能收集的資訊，例如從第三方服務取得的資訊，若有請補充]**\n\n"
        + "我們的用途包括 [其他特定用途，請補充] 等。\n\n"
        + "- [其他用途，请补充]\n"
    )
    assert _lines(tmp_path, text) == [5, 7, 9]


def test_advice_in_round_brackets_or_a_link_is_no_slot(tmp_path: Path) -> None:
    text = (
        HEAD_HANS
        + "注册时（如需开具发票，请填写真实信息），我们会核对您的资料。\n\n"
        + "提交后如显示[资料不全，请补充](https://example.cn/help)，请按提示操作。\n\n"
        + "资料缺失时页面会弹出[资料不全，请补充]，请按提示操作。\n"
    )
    assert _lines(tmp_path, text) == []


# --- 4. a half-width bracket opening with a request ----------------------------------------------------------------------


def test_a_request_opening_a_half_width_bracket_is_a_slot(tmp_path: Path) -> None:
    text = (
        HEAD_HANT
        + "您可以透過 [請提供聯繫方式，例如 App 內設定或客服信箱] 行使您的權利。\n\n"
        + "本服務不適用於兒童。**[請根據目標使用者和法規確認具體年齡限制]**\n"
    )
    assert _lines(tmp_path, text) == [5, 7]


def test_a_button_or_a_control_asking_to_confirm_is_no_slot(tmp_path: Path) -> None:
    text = (
        HEAD_HANS
        + "核对无误后，点击【请确认】完成注销。\n\n"
        + "在订单页点击 [请确认订单] 按钮即可提交。\n\n"
        + "详见[请提供身份证明的说明](https://example.cn/id)。\n\n"
        + "系统将提示[请确认您的手机号码]，请按提示操作。\n"
    )
    assert _lines(tmp_path, text) == []


# --- 5. the template's own disclaimer ------------------------------------------------------------------------------------


def test_the_templates_disclaimer_is_a_drafting_note(tmp_path: Path) -> None:
    text = (
        HEAD_HANT
        + "重要提示：以上為隱私權政策範本內容，僅供參考。請務必諮詢法律專業人士。\n\n"
        + "以上範本僅供參考。\n\n"
        + "以上为隐私政策模板，仅供参考。\n"
    )
    assert _lines(tmp_path, text, "placeholder-drafting") == [5, 7, 9]


def test_for_reference_only_without_a_template_is_no_drafting_note(tmp_path: Path) -> None:
    text = (
        HEAD_HANS
        + "以上内容仅供参考，具体以页面展示为准。\n\n"
        + "以下示例仅供参考：张三的订单记录。\n\n"
        + "本政策参照行业模板制定，仅供参考的部分已另行标注。\n"
    )
    assert _lines(tmp_path, text, "placeholder-drafting") == []


# --- 6. "Pending legal review" as a line of its own ----------------------------------------------------------------------


def test_a_pending_legal_review_line_is_a_drafting_note(tmp_path: Path) -> None:
    text = "# Privacy Policy\n\n> Pending legal review\n\n## 1. Contact\n\nAwaiting legal approval.\n"
    assert _lines(tmp_path, text, "placeholder-drafting") == [3, 7]


def test_a_hold_pending_legal_review_is_no_drafting_note(tmp_path: Path) -> None:
    text = (
        "# Privacy Policy\n\nWe may keep the data pending legal review of the request.\n\n"
        "## Legal review\n\nRequests under legal review are answered within 30 days.\n"
    )
    assert _lines(tmp_path, text, "placeholder-drafting") == []
