"""Fifty-sixth session (u56f2): a bare 待定 that names a state the policy describes is no slot (issue #11 §2,
`placeholder-instruction`'s `pending_states` module); 待定 as the value of a field the policy owes stays one.

The state forms follow real usage (状态为待定, 处于待定状态, 三种状态：待定（pending）、…, 订单状态：待定); the slots are the
field values the rule found before, kept as cases, in both scripts.  A bare 「状态：待定」 line is a document's own
status in every real hit (design notes), so it stays a finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_HANS, HEAD_HANT, paragraph_lines, paragraph_slot_lines, slot_findings


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_HANS, "联系电话：待定"),
        (HEAD_HANS, "生效日期：待定"),
        (HEAD_HANT, "個資聯絡窗口：待定"),
        (HEAD_HANT, "生效日期：待定"),
        (HEAD_HANS, "您的个人信息保存期限待定。"),
        (HEAD_HANS, "状态：待定"),
        (HEAD_HANS, "个人信息保护负责人：**待定**"),
    ],
)
def test_a_fields_pending_value_is_a_slot(tmp_path: Path, head: str, line: str) -> None:
    assert paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_HANS, "当订单状态为待定时，我们会保留您的订单信息。"),
        (HEAD_HANT, "當訂單狀態為待定時，我們會保留您的訂單資料。"),
        (HEAD_HANS, "订单状态：待定"),
        (HEAD_HANT, "審核結果：待定"),
        (HEAD_HANS, "订单状态包括：已完成、待定、已取消。"),
        (HEAD_HANS, "订单有三种状态：待定（pending）、已完成和已取消。"),
        (HEAD_HANT, "如果訂單處於待定狀態，我們會通知您。"),
        (HEAD_HANS, "状态：待定——订单已提交，等待商家确认。"),
        (HEAD_HANS, "活动的具体时间待定，我们会另行通知。"),
        (HEAD_HANT, "您的預約時間待定。"),
        (HEAD_HANS, "我们会对设备进行待定期检查。"),
    ],
)
def test_a_described_state_stays_quiet(tmp_path: Path, head: str, line: str) -> None:
    assert not paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)


_ROOT = Path(__file__).resolve().parents[1]


def test_real_pending_values_stay_found() -> None:
    """Real 待定 slots of annotated documents (the precision sweep's 待定 findings: none moved): eval/blind/round25
    nidomi-tw-md 「生效日期：待定」, 「正式供應商及資料範圍待定」, 「MVP 是否允許未成年人註冊仍待定」 and round29b shike-swift-txt
    「侵权投诉邮箱：待定」."""
    nidomi = _ROOT / "eval/blind/round25/holdout/nidomi-tw-md/PRIVACY_POLICY.md"
    shike = _ROOT / "eval/blind/round29b/holdout/shike-swift-txt/legal.txt"
    assert {5, 55, 103, 121, 164} <= {n for n, rule, _ in slot_findings(nidomi) if rule == "placeholder-instruction"}
    assert 31 in {n for n, rule, _ in slot_findings(shike) if rule == "placeholder-instruction"}
