"""Classes the twenty-eighth blind round missed on its first run (issue #11 §1, u28r): one test per class, both ways.
Every text below is invented; the round's documents (eval/blind/round28, read since its first run) showed the classes,
in `eval/blind/round28/holdout/marvin-tw-md/PRIVACY.md`, `sbj-md/privacy-policy-draft.md` and
`inkcraft-tsx/privacy-dialog.tsx`.

1. A fill verb used as a noun in a list joined by pluses is the steps of a feature, no instruction:
   「智能创业诊断（输入 + AI 访谈 + 报告）」 (`instructions._lists_kinds`); not 「（请输入 + 确认）」 nor 「（待补充+待定）」.
2. 待確認 as the value of a label: the operator in Taiwan's word order (營運者：), a fact the policy owes (保留與訓練政策：,
   保存期限：), the value in bold (：**待確認**) (`markers._FIELD_LABEL`, the `tbc` form); not a state (訂單狀態：待確認).
3. The draft word opening its clause, then that the text is not published yet: 「**草稿，尚未對外發布。**」
   (`placeholder_drafting.notes._NOTES`); not a bill (该草案尚未生效) nor a user's drafts (草稿：未发布的内容…, 草稿，尚未发布的笔记…).
4. A note addressed in brackets to the operator or the lawyer: 「發布前必須先處理（給營運者）」, "(note to the operator)",
   "(for legal review)"; not （给开发者）, which a developer platform's policy says to its readers, nor "(for the operator)".
5. A bracket under a note label that tells the author what to state: 「【重要提示：此处可以尝试更具体地说明…，例如：】」,
   「【重要提示：如果你的用户可能来自…，需要说明…】」 (`drafting_notes` `authornote`); not a note to the reader
   (【重要提示：请您仔细阅读…】, 【注意：此处需要您提供身份证明】), nor what the reader's users can do, nor a bare label.
6. The text saying it only stands in as a placeholder: 「Phase 1 仅作为 PIPL stub 的占位渲染源」; not an app's placeholder
   image or element (仅作为占位图显示, 仅作为占位内容显示).
"""

from __future__ import annotations

from pathlib import Path

from test_round26 import HEAD, HEAD_TW, _errors

# --- 1. a plus-joined list of steps -----------------------------------------------------------------------------------


def test_a_fill_verb_in_a_plus_joined_list_of_steps_is_no_instruction(tmp_path: Path) -> None:
    body = (
        "本服务提供：\n\n"
        "- 智能创业诊断（输入 + AI 访谈 + 报告）\n"
        "- 智能职业诊断（量表 + AI 访谈 + 报告）\n"
        "- 文档处理（输入＋校对＋导出）\n\n"
        "token 数量（输入/缓存/输出）按月统计。\n"
    )
    assert _errors(tmp_path, HEAD + body) == []


def test_a_request_or_a_marker_in_a_plus_joined_bracket_stays_a_slot(tmp_path: Path) -> None:
    body = "联系方式（请输入 + 确认）。\n\n运营主体（待补充+待定）。\n\n邮箱（输入+）。\n"
    assert _errors(tmp_path, HEAD + body) == ["（请输入 + 确认）", "（待补充+待定）", "（输入+）"]


# --- 2. 待確認 as the value of a label ---------------------------------------------------------------------------------


def test_to_be_confirmed_after_the_operator_or_a_fact_the_policy_owes_is_a_slot(tmp_path: Path) -> None:
    body = (
        "營運者：待確認（對外公開的名稱與聯絡方式）\n\n"
        "經營者：**待確認**\n\n"
        "聯絡方式、適用法律、未成年人政策：**待確認**。\n\n"
        "這些服務各自的保留與訓練政策：**待確認**（發布前要逐一查證）。\n\n"
        "保存期限：待確認\n\n"
        "營運方：待核實\n"
    )
    assert _errors(tmp_path, HEAD_TW + body) == ["待確認"] * 5 + ["待核實"]


def test_to_be_confirmed_after_a_state_is_no_slot(tmp_path: Path) -> None:
    body = "訂單狀態：待確認\n\n付款狀態：**待確認**\n\n審核進度：待確認後通知您。\n\n退款狀態：待核實\n\n實名身分：待確認\n"
    assert _errors(tmp_path, HEAD_TW + body) == []


# --- 3. the draft word opening its clause, not published yet ----------------------------------------------------------


def test_a_draft_not_yet_published_is_a_draft_note(tmp_path: Path) -> None:
    body = "> **草稿，尚未對外發布。** 內容依程式碼整理。\n\n草案，仍未正式发布，请勿引用。\n\n草稿，尚未定稿。\n"
    assert _errors(tmp_path, HEAD_TW + body) == ["草稿，尚未對外發布", "草案，仍未正式发布，请勿引用", "草稿，尚未定稿"]


def test_a_bill_or_the_users_drafts_are_no_draft_note(tmp_path: Path) -> None:
    body = (
        "《网络数据安全管理条例》该草案尚未生效，我们将持续关注。\n\n"
        "草稿：未发布的内容仅保存在您的设备本地。\n\n"
        "草稿，尚未发布的笔记不会同步到云端。\n\n"
        "您保存的草稿尚未发布时，仅您本人可见。\n"
    )
    assert _errors(tmp_path, HEAD + body) == []


# --- 4. a note addressed to the operator or the lawyer ----------------------------------------------------------------


def test_a_note_addressed_to_the_operator_or_the_lawyer_is_a_draft_note(tmp_path: Path) -> None:
    body = (
        "⚠️ **發布前必須先處理（給營運者）**：下面幾點與程式的行為不符。\n\n保存期限的写法（致法务）：请再看一遍。\n\n"
        "Retention periods (note to the operator): confirm with the vendor.\n\n"
        "All data is stored in Singapore (for legal review).\n"
    )
    assert _errors(tmp_path, HEAD_TW + body) == [
        "⚠ **發布前必須先處理（給營運者）**：下面幾點與程式的行為不符",
        "保存期限的写法（致法务）：请再看一遍",
        "Retention periods (note to the operator): confirm with the vendor.",
        "All data is stored in Singapore (for legal review).",
    ]


def test_a_section_for_the_developers_who_read_it_is_no_note(tmp_path: Path) -> None:
    body = (
        "## SDK 接入说明（给开发者）\n\n接入前请阅读本节，了解 SDK 收集的数据。\n\n"
        "Our data protection officer (for the operator) handles your requests.\n"
    )
    assert _errors(tmp_path, HEAD + body) == []


# --- 5. a note to the author under a note label -----------------------------------------------------------------------


def test_a_note_label_telling_the_author_what_to_state_is_a_slot(tmp_path: Path) -> None:
    body = (
        "【重要提示：此处可以尝试更具体地说明不同类型数据的保留策略，例如：】\n\n"
        "【重要提示：如果你的用户可能来自中国大陆以外，需要说明数据会传输到境外，并提及合法机制。】\n\n"
        "（提示：本段应补充第三方 SDK 的名称。）\n\n"
        "【重要提示：此处需要说明数据出境采用的机制 (SCCs)。】\n"
    )
    assert _errors(tmp_path, HEAD + body) == [
        "【重要提示：此处可以尝试更具体地说明不同类型数据的保留策略，例如：】",
        "【重要提示：如果你的用户可能来自中国大陆以外，需要说明数据会传输到境外，并提及合法机制。】",
        "（提示：本段应补充第三方 SDK 的名称。）",
        "【重要提示：此处需要说明数据出境采用的机制 (SCCs)。】",  # the round bracket inside: the note runs to its 】
    ]


def test_a_note_to_the_reader_or_a_bare_label_is_no_slot(tmp_path: Path) -> None:
    body = (
        "【重要提示】本政策中的加粗条款请您重点阅读。\n\n"
        "【重要提示：请您在使用本服务前仔细阅读并充分理解本政策。】\n\n"
        "【注意：此处需要您提供身份证明以完成认证。】\n\n"
        "（注：您的用户可以在设置中说明偏好。）\n\n"
        "【提示：此处显示的信息仅供参考。】\n"
    )
    assert _errors(tmp_path, HEAD + body) == []


# --- 6. the text only standing in as a placeholder --------------------------------------------------------------------


def test_a_text_standing_in_as_a_placeholder_is_a_draft_note(tmp_path: Path) -> None:
    body = "> 本文为草稿。\n> Phase 1 仅作为 PIPL stub 的占位渲染源，正式上线版本可能调整。\n\n本页仅用作演示的占位页面。\n"
    assert _errors(tmp_path, HEAD + body) == [
        "本文为草稿",
        "Phase 1 仅作为 PIPL stub 的占位渲染源，正式上线版本可能调整",
        "本页仅用作演示的占位页面",
    ]


def test_an_apps_placeholder_element_is_no_draft_note(tmp_path: Path) -> None:
    body = "图片加载完成前仅作为占位图显示灰色方块。\n\n头像未上传时仅作为占位内容显示首字母。\n"
    assert _errors(tmp_path, HEAD + body) == []
