"""Fifty-sixth session (u56f): a fact the policy owes, deferred in the published text until the company confirms it
(issue #11 §1; eval/blind/round55q ruiyang-tw-tsx L66, L75: 「…保存期限及管理方式，將由公司正式確認後公告。」,
「正式個資聯絡窗口、資料查詢或更正方式與完整告知內容，待公司確認後公告於本頁。」).

`placeholder-drafting` reports the deferral (its `deferred` module) when its subject is a fact a policy states (a period,
a contact window, the person in charge, a way to query or correct, the notice's content) and not the reader's or a
service's own (an order, an event, a prize, a refund): not 「中奖名单待公司确认后公告于本页」, nor 「本政策如有更新，将由公司确认后
公告于本页」.  待定, （待补）, TBD as a field's value were found already (`placeholder-instruction`); kept here as cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import HEAD_EN, HEAD_HANS, HEAD_HANT, paragraph_lines, paragraph_slot_lines, slot_findings

_ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_HANT, "郵件服務與公司信箱的保存期限及管理方式，將由公司正式確認後公告。"),
        (HEAD_HANT, "正式個資聯絡窗口、資料查詢或更正方式與完整告知內容，待公司確認後公告於本頁。"),
        (HEAD_HANT, "以下說明表單的資料處理方式。正式保存期限、個資聯絡窗口與完整告知內容，仍待公司確認。"),
        (HEAD_HANS, "个人信息保护负责人的联系方式待公司确认后公布。"),
        (HEAD_HANS, "数据保存期限将在公司确认后另行公告。"),
        (HEAD_HANS, "数据存储地点，将由运营方确认后补充。"),
        # the field values found before (kept as cases of the class)
        (HEAD_HANS, "保存期限：待定"),
        (HEAD_HANS, "联系邮箱：（待补）"),
        (HEAD_HANT, "聯絡窗口（待補）"),
        (HEAD_HANT, "保存期限：待公司確認"),
        (HEAD_EN, "Retention period: TBD"),
        (HEAD_EN, "Data Protection Officer: TBD"),
    ],
)
def test_a_fact_deferred_until_the_company_confirms_it_is_a_slot(tmp_path: Path, head: str, line: str) -> None:
    assert paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (HEAD_HANS, "您提交的注销申请将由公司确认后生效。"),
        (HEAD_HANS, "我们会在公司确认您的身份后公告结果。"),
        (HEAD_HANS, "中奖名单待公司确认后公告于本页。"),
        (HEAD_HANS, "本政策如有更新，将由公司确认后公告于本页。"),
        (HEAD_HANS, "您的联系方式将在公司确认后更新。"),
        (HEAD_HANS, "退款方式将由公司确认后另行公告。"),
        (HEAD_HANT, "訂單狀態待公司確認。"),
        (HEAD_HANT, "活動獎勵的發放方式，將由公司確認後公告。"),
    ],
)
def test_a_step_or_a_service_fact_stays_quiet(tmp_path: Path, head: str, line: str) -> None:
    assert not paragraph_slot_lines(tmp_path, head, [line]) & paragraph_lines([line], first=head.count("\n") + 1)


def test_round55q_ruiyang_deferred_regression() -> None:
    """eval/blind/round55q ruiyang-tw-tsx: L66 and L75 found, and L38, in a condition's branch the reader does not read,
    through the branch's text given to the placeholder rules (u56j's `check._branch_document`, merged with this rule)."""
    path = _ROOT / "eval/blind/round55q/holdout/ruiyang-tw-tsx"
    (page,) = [p for p in path.iterdir() if p.suffix == ".tsx"]
    assert {n for n, _, _ in slot_findings(page)} == {38, 66, 75}
