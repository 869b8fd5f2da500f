"""Fifty-fifth session (u55f): a drafting note to confirm read by what it is, not by a list of what it is not (issue #11 §1).

`rules.placeholder_confirm_note` is a positive grammar now: the bracket holds only a request to a person ([place] [team]
need [team] verb) and either asks a named team or place, or stands where a value belongs — before a unit, closing its
phrase (a clause's, a list item's, a cell's end, 等, an English preposition), or (new) a need to confirm between a noun
and its predicate 「设备标识符【需确认】用于…」 — and the place is not a state's, a control's, a label's or an example's.
A bare 「（待确认）」 in round brackets, `placeholder_left_in`'s in any place before, is read by the same grammar: a value
still awaited when it closes its phrase, not a state the app shows 「订单状态（待确认）表示…」.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, HEAD_HANS, HEAD_HANT, paragraph_lines, paragraph_slot_lines, slot_findings

_ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("head", "line", "note"),
    [
        # (u55f) a need to confirm between a noun and its predicate (u54v's cost, now told from a duty before its object)
        (HEAD_HANS, "我们会收集您的设备标识符【需确认】用于安全风控。", "【需确认】"),
        (HEAD_HANS, "日志中的网络类型[需核实]仅用于排查故障。", "[需核实]"),
        (HEAD_HANT, "我們會收集您的裝置識別碼【需確認】用於安全風控。", "【需確認】"),
        (HEAD_EN, "Your device identifier [to confirm] is used for security.", "[to confirm]"),
        # a bare awaited confirmation in round brackets, closing its phrase
        (HEAD_HANS, "我们会收集您的设备标识符（待确认），用于安全风控。", "（待确认）"),
        (HEAD_HANS, "我们会收集访问日志（待确认）等信息。", "（待确认）"),
        (HEAD_HANT, "我們會收集您的裝置識別碼（待確認），用於安全風控。", "（待確認）"),
        # a team asked with 请
        (HEAD_HANS, "我们会收集您的设备标识符[请技术确认]，用于安全风控。", "[请技术确认]"),
        # (u55r) a note ending its paragraph, a label's value (the end of the text is no link's bracket: base55 found these)
        (HEAD_HANS, "公司名称：（待确认）", "（待确认）"),
        (HEAD_HANT, "營運者：（待確認）", "（待確認）"),
        (HEAD_HANS, "数据保存地点：[需要技术确认]", "[需要技术确认]"),
    ],
)
def test_a_note_where_a_value_belongs_is_a_slot(tmp_path: Path, head: str, line: str, note: str) -> None:
    path = tmp_path / "policy.md"
    path.write_text(head + line + "\n", encoding="utf-8")
    assert (7, note) in {(n, e) for n, _, e in slot_findings(path)}


@pytest.mark.parametrize(
    ("head", "line"),
    [
        # a state in round brackets (a false error of `placeholder_left_in` before u55f)
        (HEAD_HANS, "订单状态（待确认）表示商家尚未接单，您可以取消订单。"),
        (HEAD_HANS, "您的预约（待确认），门店确认后会短信通知您。"),
        (HEAD_HANT, "訂單狀態（待確認）表示商家尚未接單，您可以取消訂單。"),
        (HEAD_HANS, "订单提交后将显示为（待确认），商家接单后更新。"),
        # a duty before its object, the reader's step (u54v's and u54f's negatives, kept)
        (HEAD_HANS, "用户【须确认】本人已年满18周岁。"),
        (HEAD_HANS, "注册前【需确认】已阅读本协议全部条款。"),
        (HEAD_HANS, "上传的证件照片【需核实】真实性。"),
        (HEAD_HANS, "删除数据前会弹出提示（需确认），以免误操作。"),
        (HEAD_HANS, "您的实名信息[需核实]后方可提现。"),
        # the verb in brackets with its object; a button's word with 请
        (HEAD_HANS, "客服会【需要确认】您的身份信息后再处理。"),
        (HEAD_HANS, "弹窗出现后，【请确认】即可完成注销。"),
        (HEAD_EN, "We will contact you [to confirm] your identity."),
        (HEAD_EN, "We will call [to verify] whether the request is yours."),
    ],
)
def test_a_state_a_duty_or_a_verb_in_brackets_stays_quiet(tmp_path: Path, head: str, line: str) -> None:
    assert not paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)


# (u60s) `test_round54p_xiongshare_note_regression` was here, word for word the same file and assertion as
# `tests/test_u54f_confirm_notes.py::test_round54p_xiongshare_note_regression`, which keeps it.
