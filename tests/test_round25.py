"""Placeholder classes the twenty-fifth blind round missed on its first run (issue #11 §1, u25f): one test per class,
both ways.  Every text below is invented; the round's documents (eval/blind/round25, read since its first run) showed
the classes, in `eval/blind/round25/holdout/baudrate-md/privacy-policy.md`, `petaccess-md/PRIVACY_POLICY_DRAFT.md`,
`nidomi-tw-md/PRIVACY_POLICY.md`, `facilis-md/PRIVACY_POLICY_DRAFT.md`, `fbbot-tw-html/privacy.html`,
`riddle-md/PRIVACY.md`, `blab-md/privacy-policy.md` and `shilian-md/PRIVACY_POLICY_DRAFT.md`.

1. A capital English field name in brackets inside a sentence, either half of a bilingual template:
   「本站由 **[OPERATOR]** 營運」, "Questions go to [CONTACT]" (`placeholder_pending._CAPS_FIELD`); not [TOC], [NOTE],
   [Contact] (a button), a reference link or code.
2. A bracketed 'to be confirmed' note, in a code span or not: 「`[待确认：某地图服务]`」 in a table cell,
   「`[待律师拟定：通知方式]`」 as a section's whole body, a bare 「`[待确认]`」 as a whole cell (`_PENDING`); not a state
   named in a sentence (「订单显示为[待确认]」), a state row, nor real code in a technical policy's code span.
3. A suggested value in tortoise-shell brackets: 「〔建议 30 天〕」 (`_SUGGESTED`); not a document number 〔2021〕 nor 〔注〕.
4. Unbracketed drafting notes: to delete the section before submitting, the document to be hosted by someone, a line the
   publisher must fill, the brackets to complete, a text not to be published as it is, what is still to be listed here
   (`_NOTES`); not the operator's or a platform's prose.
5. An unbracketed 'to be filled before the first release' as the date field's value: 「生效日期：待首次正式发布前填写」
   (`placeholder_forms._PENDING_DATE`); not a rule about when the text takes effect.
6. A bracketed 'optional' as a contact value beside bracketed slots: 「其他联系方式：[可选]」 (`_OPTIONAL_VALUE`); not
   「可选」 describing a field the user fills.
7. A bracketed 'your …' as a field's whole value: 「粉丝页：[您的粉丝页]」 (`_YOUR_VALUE`); not a control in a sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_placeholder_classes import _placeholders

HEAD = "# 隐私政策\n\n本政策适用于我们提供的全部服务，请您仔细阅读。\n\n"
HEAD_TW = "# 隱私權政策\n\n本政策適用於我們提供的全部服務，請您仔細閱讀。\n\n"


def _errors(tmp_path: Path, text: str, suffix: str = "md") -> list[str]:
    """The excerpts of every placeholder finding at error level in `text`."""
    return [f.excerpt for f in _placeholders(tmp_path, text, suffix) if f.severity == "error"]


# --- 1. [OPERATOR], [CONTACT] ------------------------------------------------------------------------------------------


def test_capital_field_names_in_brackets_are_slots_in_both_halves(tmp_path: Path) -> None:
    body = (
        "本服務由 **[OPERATOR]** 提供。如有疑問，請聯絡 **[CONTACT]**。\n\n"
        "# English\n\nThis service is provided by **[OPERATOR]**. Send requests to [DPO CONTACT] at any time.\n\n"
        "資料控管者為 [DATA CONTROLLER]。\n"
    )
    assert _errors(tmp_path, HEAD_TW + body) == ["[OPERATOR]", "[CONTACT]", "[OPERATOR]", "[DPO CONTACT]", "[DATA CONTROLLER]"]


def test_markers_buttons_links_and_code_are_no_capital_fields(tmp_path: Path) -> None:
    body = (
        "[TOC]\n\n> [!NOTE]\n> 本頁可能更新。\n\n被刪除的留言會顯示為「[DELETED]」。\n\n"
        "請點選頁尾的 [Contact] 按鈕。\n\n請寫信給 [CONTACT] 。\n\n[CONTACT]: mailto:privacy@xingchen.tw\n\n"
        "設定檔中的 `[OPERATOR]` 區段記錄營運者名稱。\n"
    )
    assert _errors(tmp_path, HEAD_TW + body) == []


# --- 2. [待确认：…] ------------------------------------------------------------------------------------------------------


def test_to_be_confirmed_notes_in_brackets_are_slots_in_code_spans_too(tmp_path: Path) -> None:
    body = (
        "## 一、共享\n\n| 接收方 | 内容 | 说明 |\n|---|---|---|\n"
        "| 短信服务商 | 手机号 | `[待确认：某云短信]` |\n| 日志 | 访问日志 | `[待确认]` |\n| 推送服务商 | 设备标识 | [待法务确认：是否出境] |\n\n"
        "## 二、本政策的更新\n\n`[待律师拟定：变更通知方式]`\n\n保存期限：【待确认】\n"
    )
    assert _errors(tmp_path, HEAD + body) == [
        "[待确认：某云短信]",
        "[待确认]",
        "[待法务确认：是否出境]",
        "[待律师拟定：变更通知方式]",
        "【待确认】",
    ]


def test_states_in_sentences_state_rows_and_real_code_are_no_pending_notes(tmp_path: Path) -> None:
    body = (
        "提交预约后，订单显示为[待确认]，商家确认后变为[已确认]。\n\n"
        "| 字段 | 值 |\n|---|---|\n| 订单状态 | [待确认] |\n\n"
        '服务端以 `status == "[待确认]"` 判断订单是否可取消。\n\n```\nlabel = "[待确认：商家]"\n```\n'
    )
    assert _errors(tmp_path, HEAD + body) == []


# --- 3. 〔建议 30 天〕 ---------------------------------------------------------------------------------------------------


def test_a_suggested_value_in_tortoise_shell_brackets_is_a_slot(tmp_path: Path) -> None:
    body = "- 未驗證帳號：〔建議 14 天〕\n- 客服紀錄：〔建議結案後 2 年〕\n- 系統日誌：〔建議 60 至 90 天〕\n"
    assert _errors(tmp_path, HEAD_TW + body) == ["〔建議 14 天〕", "〔建議結案後 2 年〕", "〔建議 60 至 90 天〕"]


def test_citations_and_notes_in_tortoise_shell_brackets_are_no_slots(tmp_path: Path) -> None:
    body = "本政策依《通知》（国办发〔2021〕12号）制定。〔注〕保存期限以法律规定为准。我们建议您每 90 天更换一次密码。\n"
    assert _errors(tmp_path, HEAD + body) == []


# --- 4. unbracketed drafting notes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("### 给小林的上线备注（提交前请删除本节）", "提交前请删除本节"),
        ("本文档需要小林以网页形式部署到应用设置页的链接地址。", "本文档需要小林以网页形式部署到"),
        ("> 这一行是全文唯一的空缺，必须由发布者填写。", "这一行是全文唯一的空缺，必须由发布者填写"),
        ("> 上线前由开发者补全方括号内的内容，并与应用商店的隐私标签核对。", "补全方括号内的内容"),
        ("状态：待负责人确认，不能直接作为正式文本发布。", "不能直接作为正式文本发布"),
        ("云服务商选定后，应在此列明服务商名称和处理的信息类型。", "应在此列明"),
    ],
)
def test_unbracketed_drafting_notes_are_found(tmp_path: Path, line: str, note: str) -> None:
    assert note in "".join(_errors(tmp_path, HEAD + line + "\n")), _errors(tmp_path, HEAD + line + "\n")


def test_prose_of_the_operator_or_a_platform_is_no_drafting_note(tmp_path: Path) -> None:
    body = (
        "我们应在此列明我们收集的全部个人信息类型，详见下表。\n\n"
        "商品信息必须由发布者如实填写，平台对虚假信息不承担责任。\n\n"
        "本文档需要您在首次使用前仔细阅读。\n\n"
        "您可在发布前删除本段草稿中的图片。\n\n"
        "用户上传的照片不能直接作为商品图片发布。\n"
    )
    assert _errors(tmp_path, HEAD + body) == []


# --- 5. 生效日期：待首次正式发布前填写 --------------------------------------------------------------------------------------


def test_a_date_to_be_filled_before_the_first_release_is_a_slot(tmp_path: Path) -> None:
    assert _errors(tmp_path, HEAD + "- 生效日期：待首次发布前填写\n") == ["待首次发布前填写"]


def test_a_rule_about_when_the_text_takes_effect_is_no_slot(tmp_path: Path) -> None:
    assert _errors(tmp_path, HEAD + "- 生效日期：以首次正式发布之日为准\n- 更新日期：2025年5月1日\n") == []


# --- 6. 其他联系方式：[可选] --------------------------------------------------------------------------------------------


def test_an_optional_contact_value_beside_slots_is_a_slot(tmp_path: Path) -> None:
    body = "## 联系我们\n\n- 运营者：[运营者姓名]\n- 邮箱：[联系邮箱]\n- 其他联系方式：[可选]\n"
    assert "[可选]" in _errors(tmp_path, HEAD + body)


def test_optional_describing_a_field_the_user_fills_is_no_slot(tmp_path: Path) -> None:
    body = (
        "注册时您需要提供：\n\n- 昵称：[必填]\n- 手机号：[可选]\n- 联系电话（可选）：用于找回账号\n\n"
        "## 联系我们\n\n- 邮箱：privacy@xingchen.cn\n- 其他联系方式：[可选]\n"
    )
    assert "[可选]" not in _errors(tmp_path, HEAD + body)


# --- 7. 粉丝页：[您的粉丝页] ------------------------------------------------------------------------------------------------


def test_a_bracketed_your_value_after_a_label_is_a_slot(tmp_path: Path) -> None:
    body = "<ul>\n<li>電子郵件：[您的電子郵件]</li>\n<li>Facebook：[您的粉絲專頁]</li>\n<li>社團：[您的社團]</li>\n</ul>\n"
    html = "<html><body><h1>隱私權政策</h1><p>本政策適用於本服務。</p>\n" + body + "</body></html>\n"
    assert _errors(tmp_path, html, "html") == ["[您的電子郵件]", "[您的粉絲專頁]", "[您的社團]"]


def test_a_control_in_a_sentence_is_no_your_value(tmp_path: Path) -> None:
    body = "如需导出，请点击[您的收藏夹]进入设置页。\n\n路径：[您的收藏夹] > [导出]\n\n- 入口：[您的收藏夹]\n"
    assert _errors(tmp_path, HEAD + body) == []
